<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Sample resume</source>
        <translation>CV d&apos;exemple</translation>
    </message>
    <message>
        <source>The Vitae resume editor.</source>
        <translation>Vitae, l&apos;éditeur de CV.</translation>
    </message>
    <message>
        <source>Use this library file.</source>
        <translation>Utiliser ce fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>Print the start-up time in ms once the library is ready, then quit.</source>
        <translation>Afficher le temps de démarrage en ms dès que la bibliothèque est prête, puis quitter.</translation>
    </message>
</context>
<context>
    <name>vitae::Finding</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels.</source>
        <translation>Le document est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (at byte %1).</source>
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide (à l&apos;octet %1).</translation>
    </message>
    <message>
        <source>The file escapes half of a character (\u%1 at byte %2); such text cannot be kept.</source>
        <translation>Le fichier échappe la moitié d&apos;un caractère (\u%1 à l&apos;octet %2)&#xa0;; un tel texte ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; at most %2 are allowed.</source>
        <translation>Le fichier fait %1 octets&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Expected %1 here, found %2.</source>
        <translation>Attendu ici&#xa0;: %1&#xa0;; trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This value is null; it is kept but ignored.</source>
        <translation>Cette valeur est null&#xa0;; elle est conservée mais ignorée.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Ce texte compte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>This text contains a control or invalid character at position %1.</source>
        <translation>Ce texte contient un caractère de contrôle ou invalide à la position %1.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https:// and name a host).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (elle doit commencer par http:// ou https:// et nommer un hôte).</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>The end date %2 is before the start date %1.</source>
        <translation>La date de fin %2 précède la date de début %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as DE or US.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays à deux lettres comme FR ou US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide (lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»).</translation>
    </message>
    <message>
        <source>This list has %1 items; at most %2 are allowed.</source>
        <translation>Cette liste compte %1 éléments&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de section «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is listed twice.</source>
        <translation>La section «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>The resume shows %1 sections; at most %2 are allowed.</source>
        <translation>Le CV affiche %1 sections&#xa0;; %2 au maximum sont autorisées.</translation>
    </message>
    <message>
        <source>The resume holds %1 characters of text; at most %2 are allowed.</source>
        <translation>Le CV contient %1 caractères de texte&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The template &quot;%2&quot; needs the section &quot;%1&quot; to be shown and filled in.</source>
        <translation>Le modèle «&#xa0;%2&#xa0;» exige que la section «&#xa0;%1&#xa0;» soit affichée et remplie.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Une valeur est requise ici.</translation>
    </message>
</context>
<context>
    <name>vitae::PlanPolicy</name>
    <message>
        <source>Your plan allows this.</source>
        <translation>Votre formule le permet.</translation>
    </message>
    <message>
        <source>This export of %1 bytes would exceed your plan&apos;s daily upload limit of %2 bytes; %3 bytes have been used today.</source>
        <translation>Cet export de %1 octets dépasserait la limite d&apos;envoi quotidienne de votre formule, fixée à %2 octets&#xa0;; %3 octets ont déjà été utilisés aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not included in your plan.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;est pas inclus dans votre formule.</translation>
    </message>
    <message>
        <source>The request is invalid: a count or size of %1 cannot be negative.</source>
        <translation>La requête n&apos;est pas valide&#xa0;: un nombre ou une taille ne peut pas être négatif (ici %1).</translation>
    </message>
    <message>
        <source>Your plan sets no limit here; %1 in use.</source>
        <translation>Votre formule ne fixe ici aucune limite&#xa0;; %1 en cours d&apos;utilisation.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n resumes and you already have %1.</source>
        <translation>
            <numerusform>Votre formule autorise %n CV et vous en avez déjà %1.</numerusform>
            <numerusform>Votre formule autorise %n CV et vous en avez déjà %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This resume shows %1 sections, but at most %n are allowed.</source>
        <translation>
            <numerusform>Ce CV affiche %1 sections, mais %n au maximum est autorisée.</numerusform>
            <numerusform>Ce CV affiche %1 sections, mais %n au maximum sont autorisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n exports per day and you have already exported %1 today.</source>
        <translation>
            <numerusform>Votre formule autorise %n export par jour et vous en avez déjà fait %1 aujourd&apos;hui.</numerusform>
            <numerusform>Votre formule autorise %n exports par jour et vous en avez déjà fait %1 aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 recipients would exceed your plan&apos;s daily limit of %n recipients; %2 have been used today.</source>
        <translation>
            <numerusform>Un envoi à %1 destinataires dépasserait la limite quotidienne de votre formule, fixée à %n destinataire&#xa0;; %2 ont déjà été utilisés aujourd&apos;hui.</numerusform>
            <numerusform>Un envoi à %1 destinataires dépasserait la limite quotidienne de votre formule, fixée à %n destinataires&#xa0;; %2 ont déjà été utilisés aujourd&apos;hui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::desktop::EditorWindow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Choisir le modèle</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>Exporter en JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>%1 — Vitae</source>
        <translation>%1 — Vitae</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export JSON &amp;Resume…</source>
        <translation>Exporter en JSON &amp;Resume…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>Show section</source>
        <translation>Afficher la section</translation>
    </message>
    <message>
        <source>Hide section</source>
        <translation>Masquer la section</translation>
    </message>
    <message>
        <source>Section form</source>
        <translation>Formulaire de la section</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>&amp;Monter la section</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>&amp;Descendre la section</translation>
    </message>
    <message>
        <source>Move Entry &amp;Up</source>
        <translation>&amp;Monter l&apos;entrée</translation>
    </message>
    <message>
        <source>Move Entry &amp;Down</source>
        <translation>&amp;Descendre l&apos;entrée</translation>
    </message>
    <message>
        <source>Move %1 section</source>
        <translation>Déplacer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 entry</source>
        <translation>Ajouter une entrée à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move %1 entry</source>
        <translation>Déplacer une entrée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1 entry</source>
        <translation>Retirer une entrée de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Vos modifications n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::LibraryWindow</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Untitled resume</source>
        <translation>CV sans titre</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>Importer un JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>%1 resume</source>
        <translation>CV %1</translation>
    </message>
    <message>
        <source>Vitae — Library</source>
        <translation>Vitae — Bibliothèque</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;New Resume</source>
        <translation>&amp;Nouveau CV</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Import JSON Resume…</source>
        <translation>&amp;Importer un JSON Resume…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>New resume</source>
        <translation>Nouveau CV</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename Resume</source>
        <translation>Renommer le CV</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n CV</numerusform>
            <numerusform>%n CV</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>This title cannot be used: %1</source>
        <translation>Ce titre ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>New resumes use &amp;template:</source>
        <translation>Les nouveaux CV utilisent le &amp;modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format du &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template for new resumes</source>
        <translation>Modèle des nouveaux CV</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of menus, messages and resume headings.</source>
        <translation>La langue des menus, des messages et des titres du CV.</translation>
    </message>
    <message>
        <source>As the template sets it</source>
        <translation>Celui du modèle</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>The paper of the preview, printing and PDF export.</source>
        <translation>Le papier de l&apos;aperçu, de l&apos;impression et de l&apos;export PDF.</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Resume file.</source>
        <translation>%1 n&apos;est pas un fichier JSON Resume.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L&apos;imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>Imported resume</source>
        <translation>CV importé</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeListModel</name>
    <message>
        <source>Untitled resume</source>
        <translation>CV sans titre</translation>
    </message>
    <message>
        <source>Default resume</source>
        <translation>CV par défaut</translation>
    </message>
    <message>
        <source>Not the default</source>
        <translation>Pas celui par défaut</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::EntryFrame</name>
    <message>
        <source>Drag to move this entry</source>
        <translation>Faites glisser pour déplacer cette entrée</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move entry %1 up</source>
        <translation>Monter l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move entry %1 down</source>
        <translation>Descendre l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Retirer l&apos;entrée %1</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>Drag handle of %1</source>
        <translation>Poignée de déplacement de %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::SectionForm</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::fields</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Awarder</source>
        <translation>Décerné par</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Maîtrise</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Titre professionnel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Study type</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::sections</name>
    <message>
        <source>Work</source>
        <translation>Expérience professionnelle</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Distinctions</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>vitae::render</name>
    <message>
        <source>present</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience professionnelle</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Distinctions</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>PDF/A needs the sRGB colour profile that Qt Gui ships (%1)</source>
        <translation>Le PDF/A a besoin du profil de couleurs sRGB fourni avec Qt Gui (%1)</translation>
    </message>
</context>
<context>
    <name>vitae::templates</name>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>One column, serif headings, generous spacing. Reads well on paper and in any applicant tracking system.</source>
        <translation>Une colonne, titres à empattements, espacement généreux. Se lit bien sur papier et dans tout logiciel de recrutement (ATS).</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Moderne</translation>
    </message>
    <message>
        <source>A coloured sidebar for contact details, skills and languages beside the main column of experience.</source>
        <translation>Une barre latérale colorée pour les coordonnées, les compétences et les langues, à côté de la colonne principale consacrée à l&apos;expérience.</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Tight type and small margins to fit an experienced career on one page.</source>
        <translation>Typographie serrée et petites marges pour faire tenir une longue carrière sur une page.</translation>
    </message>
</context>
</TS>
