<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Sample resume</source>
        <translation>Beispiel-Lebenslauf</translation>
    </message>
    <message>
        <source>The Vitae resume editor.</source>
        <translation>Der Lebenslauf-Editor Vitae.</translation>
    </message>
    <message>
        <source>Use this library file.</source>
        <translation>Diese Bibliotheksdatei verwenden.</translation>
    </message>
    <message>
        <source>Print the start-up time in ms once the library is ready, then quit.</source>
        <translation>Die Startzeit in ms ausgeben, sobald die Bibliothek bereit ist, dann beenden.</translation>
    </message>
</context>
<context>
    <name>vitae::Finding</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels.</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (at byte %1).</source>
        <translation>Die Datei ist kein gültiges UTF-8 (bei Byte %1).</translation>
    </message>
    <message>
        <source>The file escapes half of a character (\u%1 at byte %2); such text cannot be kept.</source>
        <translation>Die Datei maskiert nur die Hälfte eines Zeichens (\u%1 bei Byte %2); solcher Text kann nicht übernommen werden.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; at most %2 are allowed.</source>
        <translation>Die Datei hat %1 Bytes; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Expected %1 here, found %2.</source>
        <translation>Hier wurde %1 erwartet, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>This value is null; it is kept but ignored.</source>
        <translation>Dieser Wert ist null; er bleibt erhalten, wird aber ignoriert.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Dieser Text hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>This text contains a control or invalid character at position %1.</source>
        <translation>Dieser Text enthält an Position %1 ein Steuerzeichen oder ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https:// and name a host).</source>
        <translation>„%1“ ist keine Webadresse (sie muss mit http:// oder https:// beginnen und einen Host nennen).</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Das Datum ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie JJJJ, JJJJ-MM oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 gibt es im Kalender nicht.</translation>
    </message>
    <message>
        <source>The end date %2 is before the start date %1.</source>
        <translation>Das Enddatum %2 liegt vor dem Startdatum %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as DE or US.</source>
        <translation>„%1“ ist kein Ländercode aus zwei Buchstaben wie DE oder US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>„%1“ ist keine gültige Kennung (Buchstaben, Ziffern, „-“ und „_“).</translation>
    </message>
    <message>
        <source>This list has %1 items; at most %2 are allowed.</source>
        <translation>Diese Liste hat %1 Einträge; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;.</source>
        <translation>Es gibt keinen Abschnitt „%1“.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is listed twice.</source>
        <translation>Der Abschnitt „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The resume shows %1 sections; at most %2 are allowed.</source>
        <translation>Der Lebenslauf zeigt %1 Abschnitte; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The resume holds %1 characters of text; at most %2 are allowed.</source>
        <translation>Der Lebenslauf enthält %1 Zeichen Text; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>The template &quot;%2&quot; needs the section &quot;%1&quot; to be shown and filled in.</source>
        <translation>Die Vorlage „%2“ braucht den Abschnitt „%1“ – sichtbar und ausgefüllt.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Hier ist ein Wert erforderlich.</translation>
    </message>
</context>
<context>
    <name>vitae::PlanPolicy</name>
    <message>
        <source>Your plan allows this.</source>
        <translation>Ihr Tarif erlaubt das.</translation>
    </message>
    <message>
        <source>This export of %1 bytes would exceed your plan&apos;s daily upload limit of %2 bytes; %3 bytes have been used today.</source>
        <translation>Dieser Export von %1 Bytes würde das tägliche Upload-Limit Ihres Tarifs von %2 Bytes überschreiten; heute wurden bereits %3 Bytes genutzt.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not included in your plan.</source>
        <translation>Die Vorlage „%1“ ist in Ihrem Tarif nicht enthalten.</translation>
    </message>
    <message>
        <source>The request is invalid: a count or size of %1 cannot be negative.</source>
        <translation>Die Anfrage ist ungültig: Eine Anzahl oder Größe darf nicht negativ sein (hier %1).</translation>
    </message>
    <message>
        <source>Your plan sets no limit here; %1 in use.</source>
        <translation>Ihr Tarif setzt hier keine Grenze; %1 in Gebrauch.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n resumes and you already have %1.</source>
        <translation>
            <numerusform>Ihr Tarif erlaubt %n Lebenslauf, und Sie haben bereits %1.</numerusform>
            <numerusform>Ihr Tarif erlaubt %n Lebensläufe, und Sie haben bereits %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This resume shows %1 sections, but at most %n are allowed.</source>
        <translation>
            <numerusform>Dieser Lebenslauf zeigt %1 Abschnitte, erlaubt ist aber höchstens %n.</numerusform>
            <numerusform>Dieser Lebenslauf zeigt %1 Abschnitte, erlaubt sind aber höchstens %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n exports per day and you have already exported %1 today.</source>
        <translation>
            <numerusform>Ihr Tarif erlaubt %n Export pro Tag, und Sie haben heute bereits %1 exportiert.</numerusform>
            <numerusform>Ihr Tarif erlaubt %n Exporte pro Tag, und Sie haben heute bereits %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 recipients would exceed your plan&apos;s daily limit of %n recipients; %2 have been used today.</source>
        <translation>
            <numerusform>Ein Versand an %1 Empfänger würde das Tageslimit Ihres Tarifs von %n Empfänger überschreiten; heute wurden bereits %2 genutzt.</numerusform>
            <numerusform>Ein Versand an %1 Empfänger würde das Tageslimit Ihres Tarifs von %n Empfängern überschreiten; heute wurden bereits %2 genutzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::desktop::EditorWindow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>JSON Resume exportieren</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>%1 — Vitae</source>
        <translation>%1 — Vitae</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export JSON &amp;Resume…</source>
        <translation>Als JSON &amp;Resume exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>Show section</source>
        <translation>Abschnitt anzeigen</translation>
    </message>
    <message>
        <source>Hide section</source>
        <translation>Abschnitt ausblenden</translation>
    </message>
    <message>
        <source>Section form</source>
        <translation>Abschnittsformular</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Abschnitt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>Abschnitt nach &amp;unten</translation>
    </message>
    <message>
        <source>Move Entry &amp;Up</source>
        <translation>Eintrag nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Entry &amp;Down</source>
        <translation>Eintrag nach &amp;unten</translation>
    </message>
    <message>
        <source>Move %1 section</source>
        <translation>Abschnitt „%1“ verschieben</translation>
    </message>
    <message>
        <source>Add %1 entry</source>
        <translation>Eintrag in „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Move %1 entry</source>
        <translation>Eintrag in „%1“ verschieben</translation>
    </message>
    <message>
        <source>Remove %1 entry</source>
        <translation>Eintrag aus „%1“ entfernen</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::LibraryWindow</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Untitled resume</source>
        <translation>Unbenannter Lebenslauf</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>JSON Resume importieren</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>%1 resume</source>
        <translation>Lebenslauf (%1)</translation>
    </message>
    <message>
        <source>Vitae — Library</source>
        <translation>Vitae — Bibliothek</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Lebensläufe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New Resume</source>
        <translation>&amp;Neuer Lebenslauf</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>U&amp;mbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Import JSON Resume…</source>
        <translation>JSON Resume &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New resume</source>
        <translation>Neuer Lebenslauf</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Rename Resume</source>
        <translation>Lebenslauf umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n Lebenslauf</numerusform>
            <numerusform>%n Lebensläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>This title cannot be used: %1</source>
        <translation>Dieser Titel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>„%1“ importieren</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>New resumes use &amp;template:</source>
        <translation>Neue Lebensläufe nutzen die &amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Template for new resumes</source>
        <translation>Vorlage für neue Lebensläufe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of menus, messages and resume headings.</source>
        <translation>Die Sprache der Menüs, Meldungen und Überschriften im Lebenslauf.</translation>
    </message>
    <message>
        <source>As the template sets it</source>
        <translation>Wie in der Vorlage</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>The paper of the preview, printing and PDF export.</source>
        <translation>Das Papier für Vorschau, Druck und PDF-Export.</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Resume file.</source>
        <translation>%1 ist keine JSON-Resume-Datei.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
        <source>Imported resume</source>
        <translation>Importierter Lebenslauf</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeListModel</name>
    <message>
        <source>Untitled resume</source>
        <translation>Unbenannter Lebenslauf</translation>
    </message>
    <message>
        <source>Default resume</source>
        <translation>Standard-Lebenslauf</translation>
    </message>
    <message>
        <source>Not the default</source>
        <translation>Nicht der Standard</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::EntryFrame</name>
    <message>
        <source>Drag to move this entry</source>
        <translation>Ziehen, um diesen Eintrag zu verschieben</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move entry %1 up</source>
        <translation>Eintrag %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move entry %1 down</source>
        <translation>Eintrag %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Eintrag %1 entfernen</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>Drag handle of %1</source>
        <translation>Ziehgriff von %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::SectionForm</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
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
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <source>Awarder</source>
        <translation>Verliehen von</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Sprachniveau</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Bildungseinrichtung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Study type</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
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
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Auszeichnungen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>vitae::render</name>
    <message>
        <source>present</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Berufserfahrung</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamtliches Engagement</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Auszeichnungen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>PDF/A needs the sRGB colour profile that Qt Gui ships (%1)</source>
        <translation>PDF/A braucht das sRGB-Farbprofil, das Qt Gui mitliefert (%1)</translation>
    </message>
</context>
<context>
    <name>vitae::templates</name>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>One column, serif headings, generous spacing. Reads well on paper and in any applicant tracking system.</source>
        <translation>Einspaltig, Überschriften mit Serifen, großzügige Abstände. Liest sich gut auf Papier und in jedem Bewerbermanagementsystem.</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Modern</translation>
    </message>
    <message>
        <source>A coloured sidebar for contact details, skills and languages beside the main column of experience.</source>
        <translation>Eine farbige Seitenleiste für Kontaktdaten, Kenntnisse und Sprachen neben der Hauptspalte mit der Berufserfahrung.</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Tight type and small margins to fit an experienced career on one page.</source>
        <translation>Enge Schrift und schmale Ränder, damit eine lange Laufbahn auf eine Seite passt.</translation>
    </message>
</context>
</TS>
