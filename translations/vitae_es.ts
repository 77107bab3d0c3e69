<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Sample resume</source>
        <translation>Currículum de ejemplo</translation>
    </message>
    <message>
        <source>The Vitae resume editor.</source>
        <translation>Vitae, el editor de currículums.</translation>
    </message>
    <message>
        <source>Use this library file.</source>
        <translation>Usar este archivo de biblioteca.</translation>
    </message>
    <message>
        <source>Print the start-up time in ms once the library is ready, then quit.</source>
        <translation>Mostrar el tiempo de arranque en ms en cuanto la biblioteca esté lista y salir.</translation>
    </message>
</context>
<context>
    <name>vitae::Finding</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels.</source>
        <translation>El documento se anida en más de %1 niveles.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (at byte %1).</source>
        <translation>El archivo no es UTF-8 válido (en el byte %1).</translation>
    </message>
    <message>
        <source>The file escapes half of a character (\u%1 at byte %2); such text cannot be kept.</source>
        <translation>El archivo escapa la mitad de un carácter (\u%1 en el byte %2); ese texto no se puede conservar.</translation>
    </message>
    <message>
        <source>The file has %1 bytes; at most %2 are allowed.</source>
        <translation>El archivo tiene %1 bytes; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Expected %1 here, found %2.</source>
        <translation>Se esperaba %1 aquí y se encontró %2.</translation>
    </message>
    <message>
        <source>This value is null; it is kept but ignored.</source>
        <translation>Este valor es null; se conserva, pero se ignora.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Este texto tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>This text contains a control or invalid character at position %1.</source>
        <translation>Este texto contiene un carácter de control o no válido en la posición %1.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>La dirección de correo electrónico está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it must start with http:// or https:// and name a host).</source>
        <translation>«%1» no es una dirección web (debe empezar por http:// o https:// e indicar un host).</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escriba AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 no existe en el calendario.</translation>
    </message>
    <message>
        <source>The end date %2 is before the start date %1.</source>
        <translation>La fecha de fin %2 es anterior a la fecha de inicio %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as DE or US.</source>
        <translation>«%1» no es un código de país de dos letras como ES o US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>«%1» no es un identificador válido (letras, dígitos, «-» y «_»).</translation>
    </message>
    <message>
        <source>This list has %1 items; at most %2 are allowed.</source>
        <translation>Esta lista tiene %1 elementos; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;.</source>
        <translation>No existe la sección «%1».</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is listed twice.</source>
        <translation>La sección «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>The resume shows %1 sections; at most %2 are allowed.</source>
        <translation>El currículum muestra %1 secciones; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The resume holds %1 characters of text; at most %2 are allowed.</source>
        <translation>El currículum contiene %1 caracteres de texto; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>No existe la plantilla «%1».</translation>
    </message>
    <message>
        <source>The template &quot;%2&quot; needs the section &quot;%1&quot; to be shown and filled in.</source>
        <translation>La plantilla «%2» necesita que la sección «%1» esté visible y rellena.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>Aquí se requiere un valor.</translation>
    </message>
</context>
<context>
    <name>vitae::PlanPolicy</name>
    <message>
        <source>Your plan allows this.</source>
        <translation>Su plan lo permite.</translation>
    </message>
    <message>
        <source>This export of %1 bytes would exceed your plan&apos;s daily upload limit of %2 bytes; %3 bytes have been used today.</source>
        <translation>Esta exportación de %1 bytes superaría el límite diario de subida de su plan, de %2 bytes; hoy ya se han usado %3 bytes.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not included in your plan.</source>
        <translation>La plantilla «%1» no está incluida en su plan.</translation>
    </message>
    <message>
        <source>The request is invalid: a count or size of %1 cannot be negative.</source>
        <translation>La solicitud no es válida: un número o un tamaño no puede ser negativo (aquí %1).</translation>
    </message>
    <message>
        <source>Your plan sets no limit here; %1 in use.</source>
        <translation>Su plan no fija aquí ningún límite; %1 en uso.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n resumes and you already have %1.</source>
        <translation>
            <numerusform>Su plan permite %n currículum y ya tiene %1.</numerusform>
            <numerusform>Su plan permite %n currículums y ya tiene %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This resume shows %1 sections, but at most %n are allowed.</source>
        <translation>
            <numerusform>Este currículum muestra %1 secciones, pero se permite como máximo %n.</numerusform>
            <numerusform>Este currículum muestra %1 secciones, pero se permiten como máximo %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n exports per day and you have already exported %1 today.</source>
        <translation>
            <numerusform>Su plan permite %n exportación al día y hoy ya ha exportado %1.</numerusform>
            <numerusform>Su plan permite %n exportaciones al día y hoy ya ha exportado %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 recipients would exceed your plan&apos;s daily limit of %n recipients; %2 have been used today.</source>
        <translation>
            <numerusform>Enviar a %1 destinatarios superaría el límite diario de su plan, de %n destinatario; hoy ya se han usado %2.</numerusform>
            <numerusform>Enviar a %1 destinatarios superaría el límite diario de su plan, de %n destinatarios; hoy ya se han usado %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::desktop::EditorWindow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Elegir plantilla</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export JSON Resume</source>
        <translation>Exportar JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>%1 — Vitae</source>
        <translation>%1 — Vitae</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Export JSON &amp;Resume…</source>
        <translation>Exportar JSON &amp;Resume…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>Show section</source>
        <translation>Mostrar sección</translation>
    </message>
    <message>
        <source>Hide section</source>
        <translation>Ocultar sección</translation>
    </message>
    <message>
        <source>Section form</source>
        <translation>Formulario de la sección</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>&amp;Subir sección</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>&amp;Bajar sección</translation>
    </message>
    <message>
        <source>Move Entry &amp;Up</source>
        <translation>&amp;Subir entrada</translation>
    </message>
    <message>
        <source>Move Entry &amp;Down</source>
        <translation>&amp;Bajar entrada</translation>
    </message>
    <message>
        <source>Move %1 section</source>
        <translation>Mover la sección «%1»</translation>
    </message>
    <message>
        <source>Add %1 entry</source>
        <translation>Añadir una entrada a «%1»</translation>
    </message>
    <message>
        <source>Move %1 entry</source>
        <translation>Mover una entrada de «%1»</translation>
    </message>
    <message>
        <source>Remove %1 entry</source>
        <translation>Quitar una entrada de «%1»</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::LibraryWindow</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renombrar a «%1»</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <source>Untitled resume</source>
        <translation>Currículum sin título</translation>
    </message>
    <message>
        <source>Import JSON Resume</source>
        <translation>Importar JSON Resume</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>%1 resume</source>
        <translation>Currículum %1</translation>
    </message>
    <message>
        <source>Vitae — Library</source>
        <translation>Vitae — Biblioteca</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Currículums</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;New Resume</source>
        <translation>&amp;Nuevo currículum</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Establecer como &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Import JSON Resume…</source>
        <translation>&amp;Importar JSON Resume…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>New resume</source>
        <translation>Nuevo currículum</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message>
        <source>Rename Resume</source>
        <translation>Renombrar currículum</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n currículum</numerusform>
            <numerusform>%n currículums</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>This title cannot be used: %1</source>
        <translation>Este título no se puede usar: %1</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>Importar «%1»</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>New resumes use &amp;template:</source>
        <translation>Los currículums nuevos usan la plan&amp;tilla:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Template for new resumes</source>
        <translation>Plantilla para currículums nuevos</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of menus, messages and resume headings.</source>
        <translation>El idioma de los menús, los mensajes y los títulos del currículum.</translation>
    </message>
    <message>
        <source>As the template sets it</source>
        <translation>El de la plantilla</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>The paper of the preview, printing and PDF export.</source>
        <translation>El papel de la vista previa, la impresión y la exportación a PDF.</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Resume file.</source>
        <translation>%1 no es un archivo JSON Resume.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una página nueva.</translation>
    </message>
    <message>
        <source>Imported resume</source>
        <translation>Currículum importado</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::ResumeListModel</name>
    <message>
        <source>Untitled resume</source>
        <translation>Currículum sin título</translation>
    </message>
    <message>
        <source>Default resume</source>
        <translation>Currículum predeterminado</translation>
    </message>
    <message>
        <source>Not the default</source>
        <translation>No es el predeterminado</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::EntryFrame</name>
    <message>
        <source>Drag to move this entry</source>
        <translation>Arrastre para mover esta entrada</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move entry %1 up</source>
        <translation>Subir la entrada %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move entry %1 down</source>
        <translation>Bajar la entrada %1</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Quitar la entrada %1</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1, entrada %2</translation>
    </message>
    <message>
        <source>Drag handle of %1</source>
        <translation>Asa de arrastre de %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::detail::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
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
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
</context>
<context>
    <name>vitae::desktop::fields</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Awarder</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Título profesional</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Study type</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un elemento por línea</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
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
        <translation>Experiencia laboral</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
</context>
<context>
    <name>vitae::render</name>
    <message>
        <source>present</source>
        <translation>actualidad</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Cursos: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia laboral</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>PDF/A needs the sRGB colour profile that Qt Gui ships (%1)</source>
        <translation>PDF/A necesita el perfil de color sRGB que incluye Qt Gui (%1)</translation>
    </message>
</context>
<context>
    <name>vitae::templates</name>
    <message>
        <source>Classic</source>
        <translation>Clásica</translation>
    </message>
    <message>
        <source>One column, serif headings, generous spacing. Reads well on paper and in any applicant tracking system.</source>
        <translation>Una columna, títulos con serifa y espaciado generoso. Se lee bien en papel y en cualquier sistema de seguimiento de candidatos (ATS).</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Moderna</translation>
    </message>
    <message>
        <source>A coloured sidebar for contact details, skills and languages beside the main column of experience.</source>
        <translation>Una barra lateral de color para los datos de contacto, las habilidades y los idiomas, junto a la columna principal de experiencia.</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source>Tight type and small margins to fit an experienced career on one page.</source>
        <translation>Tipografía ajustada y márgenes pequeños para que una trayectoria larga quepa en una página.</translation>
    </message>
</context>
</TS>
