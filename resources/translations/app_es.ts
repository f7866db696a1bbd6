<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Microneedling Window</source>
        <translation>Acerca de Ventana de microneedling</translation>
    </message>
    <message>
        <source>**Microneedling Window {version}**

Policy: {policy} (reviewed {reviewed}; next review {next}). Its sources are under *Show Details*; each rule&apos;s own sources are in the *Why this date* panel.</source>
        <translation>**Ventana de microneedling {version}**

Política: {policy} (revisada el {reviewed}; próxima revisión el {next}). Sus fuentes están en *Mostrar los detalles*; las fuentes de cada regla están en el panel *Por qué esta fecha*.</translation>
    </message>
    <message>
        <source>Sources of the timing policy:</source>
        <translation>Fuentes de la política de tiempos de espera:</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <source>Important notice</source>
        <translation>Aviso importante</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Save calendar</source>
        <translation>Guardar calendario</translation>
    </message>
    <message>
        <source>Language of the calendar events:</source>
        <translation>Idioma de los eventos del calendario:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Enter a plan first.</source>
        <translation>Primero introduzca un plan.</translation>
    </message>
    <message>
        <source>A calendar lists the sessions of a course; choose one of: {names}.</source>
        <translation>Un calendario recoge las sesiones de un curso; elija uno de estos: {names}.</translation>
    </message>
    <message>
        <source>No calendar yet. {problem}</source>
        <translation>Todavía no hay calendario. {problem}</translation>
    </message>
    <message>
        <source>No calendar yet</source>
        <translation>Todavía no hay calendario</translation>
    </message>
    <message>
        <source>The calendar could not be saved as “{path}”: {problem}.</source>
        <translation>No se pudo guardar el calendario como «{path}»: {problem}.</translation>
    </message>
    <message>
        <source>Could not save the calendar</source>
        <translation>No se pudo guardar el calendario</translation>
    </message>
</context>
<context>
    <name>ClinicAdmin</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Timing &amp;policy…</source>
        <translation>&amp;Política de tiempos de espera…</translation>
    </message>
    <message>
        <source>The settings could not be saved in {folder}: {problem}. They are used until you close the app; check the folder and save them again.</source>
        <translation>No se pudo guardar la configuración en {folder}: {problem}. Se usará hasta que cierre la aplicación; revise la carpeta y vuelva a guardarla.</translation>
    </message>
    <message>
        <source>Microneedling Window</source>
        <translation>Ventana de microneedling</translation>
    </message>
</context>
<context>
    <name>ClosuresField</name>
    <message>
        <source>{month} is a whole month; add each closed day on its own.</source>
        <translation>{month} es un mes entero; añada cada día de cierre por separado.</translation>
    </message>
    <message>
        <source>That is any day from {first} to {last}; add each closed day on its own.</source>
        <translation>Eso es cualquier día del {first} al {last}; añada cada día de cierre por separado.</translation>
    </message>
    <message>
        <source>Closure dates</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <source>Closure date to add</source>
        <translation>Día de cierre que añadir</translation>
    </message>
    <message>
        <source>e.g. 25 Dec 2026</source>
        <translation>p. ej., 25 dic 2026</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the closure date</source>
        <translation>Añadir el día de cierre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected closure dates</source>
        <translation>Quitar los días de cierre seleccionados</translation>
    </message>
    <message>
        <source>the date typed to add is not understood: correct it or clear it</source>
        <translation>la fecha escrita para añadir no se entiende: corríjala o bórrela</translation>
    </message>
    <message>
        <source>{date} is already in the list.</source>
        <translation>{date} ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. 10 Nov 2026, 2 weeks ago, Nov 2026</source>
        <translation>p. ej., 10 nov 2026, hace 2 semanas, nov 2026</translation>
    </message>
    <message>
        <source>{name}: clear</source>
        <translation>{name}: borrar</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>{name}: pick from a calendar</source>
        <translation>{name}: elegir en un calendario</translation>
    </message>
    <message>
        <source>{name} calendar</source>
        <translation>{name}: calendario</translation>
    </message>
    <message>
        <source>{name}: as understood</source>
        <translation>{name}: tal como se ha entendido</translation>
    </message>
</context>
<context>
    <name>EntryUndo</name>
    <message>
        <source>Add treatment {number}</source>
        <translation>Añadir el tratamiento {number}</translation>
    </message>
    <message>
        <source>Remove treatment {number}</source>
        <translation>Quitar el tratamiento {number}</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Details were written to {path}.</source>
        <translation>Los detalles se han guardado en {path}.</translation>
    </message>
    <message>
        <source>The details could not be logged ({problem}).</source>
        <translation>No se pudieron registrar los detalles ({problem}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Microneedling Window. What you typed is still there and the window keeps working; please check the dates shown. {where}</source>
        <translation>Algo ha fallado dentro de Ventana de microneedling. Lo que escribió sigue ahí y la ventana sigue funcionando; compruebe las fechas que se muestran. {where}</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problema</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>No printer is set up on this computer. You can save the handout as a PDF instead.</source>
        <translation>No hay ninguna impresora configurada en este equipo. Puede guardar la hoja informativa como PDF.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>that is a folder, not a file name</source>
        <translation>es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>you do not have permission to write there</source>
        <translation>no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>that is not a regular file (a device, a pipe or a socket); choose a file name</source>
        <translation>no es un archivo normal (es un dispositivo, una tubería o un socket); elija un nombre de archivo</translation>
    </message>
    <message>
        <source>the file name is not valid</source>
        <translation>el nombre del archivo no es válido</translation>
    </message>
    <message>
        <source>the file name must end in .pdf</source>
        <translation>el nombre del archivo debe terminar en .pdf</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for drawing</source>
        <translation>no se pudo abrir la impresora o el archivo para imprimir</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enter a plan first.</source>
        <translation>Introduzca primero un plan.</translation>
    </message>
    <message>
        <source>No handout yet. {problem}</source>
        <translation>Todavía no hay hoja informativa. {problem}</translation>
    </message>
    <message>
        <source>No handout yet</source>
        <translation>Todavía no hay hoja informativa</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja informativa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>The handout could not be printed: {problem}. Check the printer, or save the handout as a PDF.</source>
        <translation>No se pudo imprimir la hoja informativa: {problem}. Revise la impresora o guarde la hoja informativa como PDF.</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <source>The handout could not be saved in the folder “{folder}”: {problem}.</source>
        <translation>No se pudo guardar la hoja informativa en la carpeta «{folder}»: {problem}.</translation>
    </message>
    <message>
        <source>Could not save the handout</source>
        <translation>No se pudo guardar la hoja informativa</translation>
    </message>
    <message>
        <source>Choose another folder, such as Documents, and try again. Nothing you entered has been lost.</source>
        <translation>Elija otra carpeta, como Documentos, y vuelva a intentarlo. No se ha perdido nada de lo que introdujo.</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>the file name must end in .ics</source>
        <translation>el nombre del archivo debe terminar en .ics</translation>
    </message>
</context>
<context>
    <name>HandoutQuestion</name>
    <message>
        <source>Patient name to print on the handout (optional, up to 80 characters; it is not saved):</source>
        <translation>Nombre del paciente para la hoja informativa (opcional, hasta 80 caracteres; no se guarda):</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>&amp;Idioma de la hoja informativa:</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja informativa</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Earliest date</source>
        <translation>Primera fecha posible</translation>
    </message>
    <message>
        <source>Earliest bookable date</source>
        <translation>Primer día abierto para la cita</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Risks of going too early</source>
        <translation>Riesgos de hacerlo demasiado pronto</translation>
    </message>
    <message>
        <source>Course sessions to move</source>
        <translation>Sesiones del curso que hay que cambiar</translation>
    </message>
    <message>
        <source>Today is {date}</source>
        <translation>Hoy es {date}</translation>
    </message>
    <message>
        <source>Verdict: {title}. {detail}</source>
        <translation>Valoración: {title}. {detail}</translation>
    </message>
</context>
<context>
    <name>HistoryEditor</name>
    <message>
        <source>&amp;Add treatment</source>
        <translation>Añadir &amp;tratamiento</translation>
    </message>
    <message>
        <source>Add a treatment (Ctrl+T)</source>
        <translation>Añadir un tratamiento (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Exact day</source>
        <translation>Día exacto</translation>
    </message>
    <message>
        <source>Around (± days)</source>
        <translation>Aproximado (± días)</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Solo el mes</translation>
    </message>
    <message>
        <source>Treatment date</source>
        <translation>Fecha del tratamiento</translation>
    </message>
    <message>
        <source>How sure is the date</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <source>Plus or minus days</source>
        <translation>Días de más o de menos</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation>Zona (opcional)</translation>
    </message>
    <message>
        <source>Treated area (optional)</source>
        <translation>Zona tratada (opcional)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Tick for a treatment already booked after the next one</source>
        <translation>Marque si el tratamiento ya está reservado después del próximo</translation>
    </message>
    <message>
        <source>Planned (booked after the next treatment)</source>
        <translation>Previsto (reservado después del próximo tratamiento)</translation>
    </message>
    <message>
        <source>Remove this treatment (Ctrl+Shift+Delete)</source>
        <translation>Quitar este tratamiento (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Planned treatment {number}</source>
        <translation>Tratamiento previsto {number}</translation>
    </message>
    <message>
        <source>Treatment {number}</source>
        <translation>Tratamiento {number}</translation>
    </message>
    <message>
        <source>Remove treatment {number}</source>
        <translation>Quitar el tratamiento {number}</translation>
    </message>
    <message>
        <source>For a treatment already booked, tick Planned.</source>
        <translation>Si el tratamiento ya está reservado, marque Previsto.</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>after a booked date</comment>
        <translation>previsto</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after ± and a number</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>Row {number}</source>
        <translation>Fila {number}</translation>
    </message>
    <message>
        <source>The moved session</source>
        <translation>La sesión cambiada</translation>
    </message>
    <message>
        <source>The proposed date</source>
        <translation>La fecha propuesta</translation>
    </message>
    <message>
        <source>Check row {number}: {problem}</source>
        <translation>Revise la fila {number}: {problem}</translation>
    </message>
    <message>
        <source>Check the moved session: {problem}</source>
        <translation>Revise la sesión cambiada: {problem}</translation>
    </message>
    <message>
        <source>Check the proposed date: {problem}</source>
        <translation>Revise la fecha propuesta: {problem}</translation>
    </message>
    <message>
        <source>choose a product.</source>
        <translation>elija un producto.</translation>
    </message>
    <message>
        <source>type the date of the injection.</source>
        <translation>escriba la fecha de la inyección.</translation>
    </message>
    <message>
        <source>Prior injections and treatments</source>
        <translation>Inyecciones y tratamientos previos</translation>
    </message>
    <message>
        <source>&amp;Next treatment:</source>
        <translation>Pró&amp;ximo tratamiento:</translation>
    </message>
    <message>
        <source>Next treatment</source>
        <translation>Próximo tratamiento</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sesiones:</translation>
    </message>
    <message>
        <source>Sessions in the course</source>
        <translation>Sesiones de la serie</translation>
    </message>
    <message>
        <source>A course: each session at least the policy&apos;s spacing after the one before</source>
        <translation>Una serie: cada sesión al menos con la separación de la política tras la anterior</translation>
    </message>
    <message>
        <source>A course of sessions is for a treatment the policy gives a spacing, such as microneedling</source>
        <translation>Una serie de sesiones es para un tratamiento al que la política da una separación, como el microneedling</translation>
    </message>
    <message>
        <source>&amp;Move session:</source>
        <translation>&amp;Mover sesión:</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Session to move</source>
        <translation>Sesión que se cambia</translation>
    </message>
    <message>
        <source>Session 1 is the proposed date; move a later one here, or drag it on the timeline</source>
        <translation>La sesión 1 es la fecha propuesta; cambie aquí una posterior o arrástrela en la línea de tiempo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Day the session is moved to</source>
        <translation>Día al que se cambia la sesión</translation>
    </message>
    <message>
        <source>empty = as the policy places it</source>
        <translation>vacío = como la coloca la política</translation>
    </message>
    <message>
        <source>&amp;Proposed date:</source>
        <translation>Fecha &amp;propuesta:</translation>
    </message>
    <message>
        <source>Proposed appointment date</source>
        <translation>Fecha propuesta para la cita</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026, in 2 weeks (empty = today)</source>
        <translation>p. ej., 1 dic 2026, dentro de 2 semanas (vacío = hoy)</translation>
    </message>
    <message>
        <source>session {number} must come after session {before} ({day}): choose a later day.</source>
        <translation>la sesión {number} debe ir después de la sesión {before} ({day}): elija un día posterior.</translation>
    </message>
    <message>
        <source>there is no session {number} in {count} sessions: pick one or clear the day.</source>
        <translation>no hay sesión {number} en {count} sesiones: elija otra o borre el día.</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>the file {name} cannot be read as an SVG image; choose another file</source>
        <translation>el archivo {name} no se puede leer como imagen SVG; elija otro archivo</translation>
    </message>
    <message>
        <source>the file {name} cannot be read as a PNG image; choose another file</source>
        <translation>el archivo {name} no se puede leer como imagen PNG; elija otro archivo</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>PNG or SVG, up to 1 MB (optional)</source>
        <translation>PNG o SVG, máx. 1 MB (opcional)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Elegir un archivo de logotipo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Logo images (*.png *.svg)</source>
        <translation>Imágenes de logotipo (*.png *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>No logo: handouts show the clinic name only</source>
        <translation>Sin logotipo: las hojas informativas muestran solo el nombre de la clínica</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Microneedling Window</source>
        <translation>Ventana de microneedling</translation>
    </message>
    <message>
        <source>Rows that need attention</source>
        <translation>Filas que requieren atención</translation>
    </message>
    <message>
        <source>Active timing policy</source>
        <translation>Política de tiempos de espera en uso</translation>
    </message>
    <message>
        <source>Plan and explanations</source>
        <translation>Plan y explicaciones</translation>
    </message>
    <message>
        <source>The entries changed after the calendar was saved: save it again for the new dates.</source>
        <translation>Los datos cambiaron después de guardar el calendario: guárdelo de nuevo para las fechas nuevas.</translation>
    </message>
    <message>
        <source>The entries changed after the handout went out: print or save it again for the new dates.</source>
        <translation>Los datos cambiaron después de imprimir o guardar la hoja informativa: hágalo de nuevo para las fechas nuevas.</translation>
    </message>
    <message>
        <source>⚠ Calendar out of date: save it again</source>
        <translation>⚠ Calendario desactualizado: guárdelo de nuevo</translation>
    </message>
    <message>
        <source>⚠ Handout out of date: print or save it again</source>
        <translation>⚠ Hoja informativa desactualizada: imprímala o guárdela de nuevo</translation>
    </message>
    <message>
        <source>Now using {policy}.</source>
        <translation>Ahora se usa {policy}.</translation>
    </message>
    <message>
        <source>Policy: {policy}</source>
        <translation>Política: {policy}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n entries are not understood yet, so no date or verdict is given:</source>
        <translation>
            <numerusform>⚠ %n dato aún no se entiende, así que no se da ninguna fecha ni valoración:</numerusform>
            <numerusform>⚠ %n datos aún no se entienden, así que no se da ninguna fecha ni valoración:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared for a new patient. Undo with Ctrl+Z.</source>
        <translation>Listo para un nuevo paciente. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Treatment {number} added.</source>
        <translation>Tratamiento {number} añadido.</translation>
    </message>
    <message>
        <source>Treatment {number} removed. Undo with Ctrl+Z.</source>
        <translation>Tratamiento {number} quitado. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Deshecho: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rehecho: {what}.</translation>
    </message>
    <message>
        <source>Calendar saved: {path}</source>
        <translation>Calendario guardado: {path}</translation>
    </message>
    <message>
        <source>Handout saved: {path}</source>
        <translation>Hoja informativa guardada: {path}</translation>
    </message>
    <message>
        <source>Handout sent to the printer {printer}.</source>
        <translation>Hoja informativa enviada a la impresora {printer}.</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation>Hoja informativa enviada a la impresora.</translation>
    </message>
    <message>
        <source>Its calendar code was left out to keep it on one page.</source>
        <translation>Se ha omitido su código de calendario para que quepa en una página.</translation>
    </message>
    <message>
        <source>Under Move session, choose a day that fits, or empty the date to let the policy place it.</source>
        <translation>En Mover sesión, elija un día que encaje, o vacíe la fecha para que la política la coloque.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Timing policy</source>
        <translation>Política de tiempos de espera</translation>
    </message>
    <message>
        <source>About this policy</source>
        <translation>Sobre esta política</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <source>Policy editor status</source>
        <translation>Estado del editor de políticas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a policy file</source>
        <translation>Importar un archivo de política</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export this policy to a file</source>
        <translation>Exportar esta política a un archivo</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Restablecer la pre&amp;determinada</translation>
    </message>
    <message>
        <source>Reset to the default policy</source>
        <translation>Restablecer la política predeterminada</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the policy editor</source>
        <translation>Cerrar el editor de políticas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this signed policy as the clinic policy</source>
        <translation>Guardar esta política firmada como la política de la clínica</translation>
    </message>
    <message>
        <source>Rule for one produ&amp;ct…</source>
        <translation>Regla para un &amp;solo producto…</translation>
    </message>
    <message>
        <source>Copy the selected class rule into a rule for one of its products</source>
        <translation>Copiar la regla de la clase seleccionada en una regla para uno de sus productos</translation>
    </message>
    <message>
        <source>Remove product r&amp;ule</source>
        <translation>&amp;Quitar regla del producto</translation>
    </message>
    <message>
        <source>Remove the selected product rule; its class&apos;s rule applies again</source>
        <translation>Quitar la regla del producto seleccionado; vuelve a valer la regla de su clase</translation>
    </message>
    <message>
        <source>Timin&amp;g rules</source>
        <translation>Reglas de tiemp&amp;os</translation>
    </message>
    <message>
        <source>Screening &amp;questions</source>
        <translation>Preguntas antes del trata&amp;miento</translation>
    </message>
    <message>
        <source>Rules and screening questions</source>
        <translation>Reglas y preguntas previas</translation>
    </message>
    <message>
        <source>&amp;Timing rules (read-only)</source>
        <translation>&amp;Reglas de tiempos (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;Timing rules (double-click a wait to change it)</source>
        <translation>&amp;Reglas de tiempos (doble clic en una espera para cambiarla)</translation>
    </message>
    <message>
        <source>&amp;Problems to fix before saving</source>
        <translation>&amp;Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <source>This desk uses the shared policy file {path}: to change what every desk uses, sign this policy and Export it over that file.</source>
        <translation>Este puesto usa el archivo de política compartido {path}: para cambiar lo que usan todos los puestos, firme esta política y expórtela sobre ese archivo con Exportar.</translation>
    </message>
    <message>
        <source>The file that was not used is kept as {file}: press Import to open it, check it and sign it again.</source>
        <translation>El archivo que no se usó se guardó como {file}: pulse Importar para abrirlo, revíselo y fírmelo de nuevo.</translation>
    </message>
    <message>
        <source>✓ The rules pass the same checks as a policy file. To save, it needs:</source>
        <translation>✓ Las reglas superan las mismas comprobaciones que un archivo de política. Para guardarla, falta:</translation>
    </message>
    <message>
        <source>✓ No problems: this policy passes the same checks as a policy file.</source>
        <translation>✓ Sin problemas: esta política supera las mismas comprobaciones que un archivo de política.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not saved: fix the %n problem(s) listed below the table, then press Save.</source>
        <translation>
            <numerusform>⚠ No se ha guardado: corrija el problema indicado bajo la tabla y pulse Guardar.</numerusform>
            <numerusform>⚠ No se ha guardado: corrija los %n problemas indicados bajo la tabla y pulse Guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Saved as this clinic&apos;s policy: {policy}.</source>
        <translation>✓ Guardada como política de esta clínica: {policy}.</translation>
    </message>
    <message>
        <source>⚠ {what}: see the message.</source>
        <translation>⚠ {what}: vea el mensaje.</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Espera mínima</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Ideal until</source>
        <translation>Ideal hasta</translation>
    </message>
    <message>
        <source>Effect ends</source>
        <translation>Fin del efecto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Required to save: the name of whoever approved this policy.</source>
        <translation>Necesario para guardar: el nombre de quien aprobó esta política.</translation>
    </message>
    <message>
        <source>Required to save: the day it was approved (today or earlier).</source>
        <translation>Necesario para guardar: el día en que se aprobó (hoy o antes).</translation>
    </message>
    <message>
        <source>Required to save: a name of the clinic&apos;s own. These rules differ from the shipped default, so they cannot carry its name.</source>
        <translation>Necesario para guardar: un nombre propio de la clínica. Estas reglas no son las predeterminadas, así que no pueden llevar su nombre.</translation>
    </message>
    <message>
        <source>Required to save: a new version. These rules differ from the ones signed under this name and version, and papers tell the two apart by it.</source>
        <translation>Necesario para guardar: una versión nueva. Estas reglas no son las que se firmaron con este nombre y versión, y los papeles las distinguen por ella.</translation>
    </message>
    <message>
        <source>The approval date cannot be before {day}, when the policy in force was approved: a change is approved after what it changes.</source>
        <translation>La fecha de aprobación no puede ser anterior al {day}, cuando se aprobó la política en vigor: un cambio se aprueba después de lo que cambia.</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Nombre de la política</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>This is the default policy that ships with the app. Change it, say who approved it and press Save to make it this clinic&apos;s policy.</source>
        <translation>Esta es la política predeterminada que incluye la aplicación. Modifíquela, indique quién la aprobó y pulse Guardar para convertirla en la política de esta clínica.</translation>
    </message>
    <message>
        <source>This is this clinic&apos;s own policy, saved on this computer.</source>
        <translation>Esta es la política propia de esta clínica, guardada en este equipo.</translation>
    </message>
    <message>
        <source>The clinic&apos;s policy file could not be used, so this is the last good copy of it.</source>
        <translation>No se pudo usar el archivo de política de la clínica, así que esta es su última copia válida.</translation>
    </message>
    <message>
        <source>This is the shared policy file.</source>
        <translation>Este es el archivo de política compartido.</translation>
    </message>
    <message>
        <source>This is the last good copy of the shared policy file.</source>
        <translation>Esta es la última copia válida del archivo de política compartido.</translation>
    </message>
    <message>
        <source>Imported from a file: check it, say who approved it and press Save to make it this clinic&apos;s policy.</source>
        <translation>Importada de un archivo: revísela, indique quién la aprobó y pulse Guardar para convertirla en la política de esta clínica.</translation>
    </message>
    <message>
        <source>{name} (class)</source>
        <translation>{name} (clase)</translation>
    </message>
    <message>
        <source>{name} only (this rule wins over its class&apos;s rule)</source>
        <translation>Solo {name} (esta regla prevalece sobre la de su clase)</translation>
    </message>
    <message>
        <source>Every product in this class: {products}</source>
        <translation>Todos los productos de esta clase: {products}</translation>
    </message>
    <message>
        <source>{rule} before {target}</source>
        <translation>{rule} antes del {target}</translation>
    </message>
    <message>
        <source>The wait of this rule changed, its reason did not: check that the reason still fits the new numbers (patients and the check sheet read it).</source>
        <translation>La espera de esta regla cambió y su motivo no: compruebe que el motivo sigue de acuerdo con los nuevos números (lo leen los pacientes y la hoja de comprobación).</translation>
    </message>
    <message>
        <source>⚠ This desk uses the shared policy file {path}. Shown: {policy}. To change it or sign it again, press Import and open that file; check it, sign it and Export it over the file.</source>
        <translation>⚠ Este puesto usa el archivo de política compartido {path}. Se muestra: {policy}. Para cambiarlo o firmarlo de nuevo, pulse Importar y abra ese archivo; revíselo, fírmelo y expórtelo sobre el archivo con Exportar.</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes de</translation>
    </message>
    <message>
        <source>Write a number and a unit: 14 days, 4 weeks, 3 months, 1 year. Double-click or type to edit.</source>
        <translation>Escriba un número y una unidad en inglés: 14 days, 4 weeks, 3 months, 1 year. Haga doble clic o escriba para editar.</translation>
    </message>
    <message>
        <source>The wait the clinic prefers, when longer than the earliest: between the two the desk says to ask the practitioner first. Leave empty when the earliest is preferred.</source>
        <translation>La espera que prefiere la clínica, si es más larga que la mínima: entre las dos, la recepción dice que se consulte antes al profesional. Déjelo vacío si se prefiere la mínima.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>Timing rules</source>
        <translation>Reglas de tiempos</translation>
    </message>
</context>
<context>
    <name>PolicyMetaForm</name>
    <message>
        <source>{month} is a whole month; give the day the policy was approved.</source>
        <translation>{month} es un mes entero; indique el día en que se aprobó la política.</translation>
    </message>
    <message>
        <source>{day} is after today ({today}); a policy is approved today or earlier.</source>
        <translation>{day} es posterior a hoy ({today}); una política se aprueba hoy o antes.</translation>
    </message>
    <message>
        <source>e.g. Clinic policy</source>
        <translation>p. ej., Política de la clínica</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ej., 3</translation>
    </message>
    <message>
        <source>Name of who approved it, e.g. Dr Lee</source>
        <translation>Nombre de quien la aprobó, p. ej., Dra. López</translation>
    </message>
    <message>
        <source>e.g. 20 Nov 2026 (today or earlier)</source>
        <translation>p. ej., 20 nov 2026 (hoy o antes)</translation>
    </message>
    <message>
        <source>Policy &amp;name</source>
        <translation>&amp;Nombre de la política</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>&amp;Aprobada por</translation>
    </message>
    <message>
        <source>Approval &amp;date</source>
        <translation>&amp;Fecha de aprobación</translation>
    </message>
</context>
<context>
    <name>PolicyPrompts</name>
    <message>
        <source>Import a policy file</source>
        <translation>Importar un archivo de política</translation>
    </message>
    <message>
        <source>Policy files (*.toml)</source>
        <translation>Archivos de política (*.toml)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>Exportar la política</translation>
    </message>
    <message>
        <source>Reset to the default policy</source>
        <translation>Restablecer la política predeterminada</translation>
    </message>
    <message>
        <source>Go back to the default policy ({policy})?</source>
        <translation>¿Volver a la política predeterminada ({policy})?</translation>
    </message>
    <message>
        <source>This desk stops using the clinic&apos;s own policy. Its file is kept in {folder}, renamed policy.replaced-…; changes not saved are lost.</source>
        <translation>Este puesto dejará de usar la política propia de la clínica. Su archivo se conserva en {folder}, con el nombre policy.replaced-…; los cambios no guardados se pierden.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>Close the policy editor</source>
        <translation>Cerrar el editor de políticas</translation>
    </message>
    <message>
        <source>Close without saving? The changes made in the editor are lost.</source>
        <translation>¿Cerrar sin guardar? Se pierden los cambios hechos en el editor.</translation>
    </message>
    <message>
        <source>The desk keeps the policy in force. To keep the changes: Keep editing, then Save.</source>
        <translation>El puesto sigue con la política vigente. Para conservar los cambios: Seguir editando y luego Guardar.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>The policy was not saved</source>
        <translation>La política no se ha guardado</translation>
    </message>
    <message>
        <source>The policy was not exported</source>
        <translation>La política no se ha exportado</translation>
    </message>
    <message>
        <source>The policy was not reset</source>
        <translation>La política no se ha restablecido</translation>
    </message>
    <message>
        <source>{what}. The folder {folder} could not be written: {problem}.

Nothing you typed is lost: the editor stays open. Check that the folder exists and that this computer may write to it, then try again.</source>
        <translation>{what}. No se pudo escribir en la carpeta {folder}: {problem}.

No se ha perdido nada de lo que escribió: el editor sigue abierto. Compruebe que la carpeta existe y que este equipo puede escribir en ella, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>⚠ {file} was not imported, and the table is unchanged. Problems in that file:</source>
        <translation>⚠ {file} no se ha importado y la tabla no ha cambiado. Problemas de ese archivo:</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not imported: {file} has %n problem(s), listed below the table.</source>
        <translation>
            <numerusform>⚠ No se ha importado: {file} tiene %n problema, indicado bajo la tabla.</numerusform>
            <numerusform>⚠ No se ha importado: {file} tiene %n problemas, indicados bajo la tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Imported {policy} from {path}.</source>
        <translation>✓ Se ha importado {policy} de {path}.</translation>
    </message>
    <message>
        <source>✓ Exported {policy} to {path}.</source>
        <translation>✓ Se ha exportado {policy} a {path}.</translation>
    </message>
    <message>
        <source>⚠ Not exported: fix the problems listed below the table first.</source>
        <translation>⚠ No se ha exportado: corrija primero los problemas indicados bajo la tabla.</translation>
    </message>
    <message>
        <source> The clinic&apos;s file was kept as {file}.</source>
        <translation> El archivo de la clínica se ha conservado como {file}.</translation>
    </message>
    <message>
        <source>✓ Back to {policy}.</source>
        <translation>✓ De nuevo con {policy}.</translation>
    </message>
    <message>
        <source>⚠ Not saved: {problem}</source>
        <translation>⚠ No se ha guardado: {problem}</translation>
    </message>
</context>
<context>
    <name>ProductCombo</name>
    <message>
        <source>Product… (type to search)</source>
        <translation>Producto… (escriba para buscar)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a product name; it could be {products}. Choose one.</source>
        <translation>«{name}» no es el nombre de un producto; puede ser {products}. Elija uno.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not on the list; did you mean {products}?</source>
        <translation>«{name}» no está en la lista; ¿quería decir {products}?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not on the list; choose a product.</source>
        <translation>«{name}» no está en la lista; elija un producto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; means {product}: press Tab or Enter to take it.</source>
        <translation>«{name}» es {product}: pulse Tab o Intro para elegirlo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could be {products}; choose one.</source>
        <translation>«{name}» puede ser {products}; elija uno.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Prioridad del trabajo:</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Impresión &amp;programada:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Datos de &amp;facturación:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Final:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>TOML document</source>
        <translation>Documento TOML</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Páginas &amp;por hoja:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Orden de las páginas:</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Algunas opciones están en conflicto. Corríjalas.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Encuadernación por el lado largo</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Encuadernación por el lado corto</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indique páginas o intervalos separados por comas. Un intervalo son dos números unidos por un guion. Por ejemplo, 3,5-7,9 imprime las páginas 3, 5, 6, 7 y 9.</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
</context>
<context>
    <name>RuleDetail</name>
    <message>
        <source>Selected rule</source>
        <translation>Regla seleccionada</translation>
    </message>
    <message>
        <source>Sources, one per line</source>
        <translation>Fuentes, una por línea</translation>
    </message>
    <message>
        <source>Basis (why this &amp;wait)</source>
        <translation>F&amp;undamento (por qué esta espera)</translation>
    </message>
    <message>
        <source>S&amp;ources, one per line</source>
        <translation>Fuen&amp;tes, una por línea</translation>
    </message>
    <message>
        <source>Selected rule: {rule}</source>
        <translation>Regla seleccionada: {rule}</translation>
    </message>
    <message>
        <source>Select a rule in the table</source>
        <translation>Seleccione una regla en la tabla</translation>
    </message>
</context>
<context>
    <name>ScreeningDetail</name>
    <message>
        <source>Englis&amp;h</source>
        <translation>Ing&amp;lés</translation>
    </message>
    <message>
        <source>Spanish (optional: where empty, the English is used)</source>
        <translation>Español (opcional: si está vacío, se usa el inglés)</translation>
    </message>
    <message>
        <source>Question, as staff ask it</source>
        <translation>Pregunta, tal como la hace el personal</translation>
    </message>
    <message>
        <source>What a yes means, in a few words</source>
        <translation>Qué significa un sí, en pocas palabras</translation>
    </message>
    <message>
        <source>Why (the patient reads it)</source>
        <translation>Por qué (lo lee el paciente)</translation>
    </message>
    <message>
        <source>Sources, one per line</source>
        <translation>Fuentes, una por línea</translation>
    </message>
    <message>
        <source>Asked before (none ticked: before every next treatment)</source>
        <translation>Se pregunta antes de (nada marcado: antes de cualquier tratamiento)</translation>
    </message>
    <message>
        <source>Code (for --screen on the command line)</source>
        <translation>Código (para --screen en la línea de órdenes)</translation>
    </message>
    <message>
        <source>e.g. Is the skin in the area sunburned now?</source>
        <translation>p. ej., Is the skin in the area sunburned now?</translation>
    </message>
    <message>
        <source>e.g. sunburn in the area</source>
        <translation>p. ej., sunburn in the area</translation>
    </message>
    <message>
        <source>e.g. sunburn</source>
        <translation>p. ej., sunburn</translation>
    </message>
    <message>
        <source>Selected: {question}</source>
        <translation>Seleccionada: {question}</translation>
    </message>
    <message>
        <source>Select a question in the table</source>
        <translation>Seleccione una pregunta en la tabla</translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <source>Question “{question}”</source>
        <translation>Pregunta «{question}»</translation>
    </message>
    <message>
        <source>(no question yet: write it below)</source>
        <translation>(aún sin pregunta: escríbala debajo)</translation>
    </message>
    <message>
        <source>Not today: a yes means no treatment that day. Ask the practitioner first: the date stands, but a practitioner decides. Double-click or type to change it.</source>
        <translation>Hoy no: un sí significa que ese día no hay tratamiento. Consultar antes con el profesional: la fecha se mantiene, pero decide un profesional. Doble clic o escriba para cambiarlo.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question in Spanish</source>
        <translation>Pregunta en español</translation>
    </message>
    <message>
        <source>What a yes means</source>
        <translation>Qué significa un sí</translation>
    </message>
    <message>
        <source>What a yes means, in Spanish</source>
        <translation>Qué significa un sí, en español</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why, in Spanish</source>
        <translation>Por qué, en español</translation>
    </message>
    <message>
        <source>A yes means</source>
        <translation>Un sí significa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Asked before</source>
        <translation>Se pregunta antes de</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Ask the practitioner first</source>
        <translation>Consultar antes con el profesional</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Cualquiera de</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening questions</source>
        <translation>Preguntas previas</translation>
    </message>
    <message>
        <source>Questions as&amp;ked at the desk (double-click what a yes means to change it)</source>
        <translation>Preguntas &amp;hechas en recepción (doble clic en «Un sí significa» para cambiarlo)</translation>
    </message>
    <message>
        <source>A yes never moves a date: it adds &apos;not today&apos; or &apos;ask the practitioner first&apos;, with the reason. Answers are never saved.</source>
        <translation>Un sí nunca cambia una fecha: añade «hoy no» o «consultar antes con el profesional», con el motivo. Las respuestas nunca se guardan.</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>A&amp;ñadir pregunta</translation>
    </message>
    <message>
        <source>Add a screening question</source>
        <translation>Añadir una pregunta previa</translation>
    </message>
    <message>
        <source>Re&amp;move question</source>
        <translation>&amp;Borrar pregunta</translation>
    </message>
    <message>
        <source>Remove the selected screening question</source>
        <translation>Borrar la pregunta previa seleccionada</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>Not asked</source>
        <translation>Sin preguntar</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>S&amp;creening (asked now, never saved)</source>
        <translation>Preguntas de se&amp;guridad (ahora, nunca se guardan)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <source>The language of the window and of the handouts.</source>
        <translation>El idioma de la ventana y de las hojas informativas.</translation>
    </message>
    <message>
        <source>Print it for the first session of a course</source>
        <translation>Imprimirlo para la primera sesión de un curso</translation>
    </message>
    <message>
        <source>A code a phone camera turns into a calendar event; it holds no patient data.</source>
        <translation>Un código que la cámara del móvil convierte en un evento de calendario; no contiene datos del paciente.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemas de la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: close without saving</source>
        <translation>Cancelar: cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>How dates typed in numbers, such as 03/04/2026, are read.</source>
        <translation>Cómo se leen las fechas escritas en números, como 03/04/2026.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not saved: %n field(s) need attention: {names}.</source>
        <translation>
            <numerusform>⚠ No se ha guardado: %n campo requiere atención: {names}.</numerusform>
            <numerusform>⚠ No se ha guardado: %n campos requieren atención: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic by country</source>
        <translation>Automático según el país</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Follow this computer ({reading})</source>
        <translation>Según este equipo ({reading})</translation>
    </message>
    <message>
        <source>Day/month/year (03/04/2026 = 3 April)</source>
        <translation>Día/mes/año (03/04/2026 = 3 de abril)</translation>
    </message>
    <message>
        <source>Month/day/year (03/04/2026 = March 4)</source>
        <translation>Mes/día/año (03/04/2026 = 4 de marzo)</translation>
    </message>
    <message>
        <source>day/month</source>
        <translation>día/mes</translation>
    </message>
    <message>
        <source>month/day</source>
        <translation>mes/día</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>sin orden</translation>
    </message>
    <message>
        <source>03/04/2026 is read as 3 April 2026, here and on the command line.</source>
        <translation>03/04/2026 se lee como 3 de abril de 2026, aquí y en la línea de comandos.</translation>
    </message>
    <message>
        <source>03/04/2026 is read as 4 March 2026, here and on the command line.</source>
        <translation>03/04/2026 se lee como 4 de marzo de 2026, aquí y en la línea de comandos.</translation>
    </message>
    <message>
        <source>This computer has no date order, so a numeric date whose day and month are both 12 or less (03/04/2026) is refused: type the month as a word.</source>
        <translation>Este equipo no tiene un orden para las fechas, así que no se acepta una fecha en números si el día y el mes son los dos 12 o menos (03/04/2026): escriba el mes con letras.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Handout page size</source>
        <translation>Tamaño de página de la hoja informativa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Calendar code on the handout</source>
        <translation>Código de calendario en la hoja informativa</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Fechas en números</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Días de apertura</translation>
    </message>
    <message>
        <source>Closure dates</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <source>Shared policy file</source>
        <translation>Archivo de política compartido</translation>
    </message>
    <message>
        <source>As printed on handouts</source>
        <translation>Tal como aparece en las hojas informativas</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0000</source>
        <translation>p. ej., +34 912 345 678</translation>
    </message>
    <message>
        <source>e.g. harbourskin.example</source>
        <translation>p. ej., clinicadelpuerto.example</translation>
    </message>
    <message>
        <source>Read-only. When set, every desk uses this policy.</source>
        <translation>Solo lectura. Si se indica, todos los puestos usan esta política.</translation>
    </message>
    <message>
        <source>Clinic (printed on handouts)</source>
        <translation>Clínica (aparece en las hojas informativas)</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>Timing policy</source>
        <translation>Política de tiempos de espera</translation>
    </message>
    <message>
        <source>Shared polic&amp;y file</source>
        <translation>Archivo de política co&amp;mpartido</translation>
    </message>
    <message>
        <source>Language, dates and handout</source>
        <translation>Idioma, fechas y hoja informativa</translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation>Tamaño de &amp;página</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Calendar &amp;QR code</source>
        <translation>Código QR de calendari&amp;o</translation>
    </message>
    <message>
        <source>&amp;Numeric dates</source>
        <translation>&amp;Fechas en números</translation>
    </message>
    <message>
        <source>Calendar (for booking suggestions)</source>
        <translation>Calendario (para sugerir citas)</translation>
    </message>
    <message>
        <source>&amp;Opening days</source>
        <translation>Días de ape&amp;rtura</translation>
    </message>
    <message>
        <source>Closure da&amp;tes</source>
        <translation>Días de &amp;cierre</translation>
    </message>
</context>
<context>
    <name>SharedPolicyField</name>
    <message>
        <source>this file is not a usable policy ({problem})</source>
        <translation>este archivo no se puede usar como política ({problem})</translation>
    </message>
    <message numerus="yes">
        <source> and %n more problem(s)</source>
        <translation>
            <numerusform> y %n problema más</numerusform>
            <numerusform> y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared policy file</source>
        <translation>Archivo de política compartido</translation>
    </message>
    <message>
        <source>None: this desk uses its own policy</source>
        <translation>Ninguno: se usa la política propia</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Choose the shared policy file</source>
        <translation>Elegir el archivo de política compartido</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Stop using a shared policy file</source>
        <translation>Dejar de usar un archivo de política compartido</translation>
    </message>
    <message>
        <source>Policy files (*.toml)</source>
        <translation>Archivos de política (*.toml)</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Information panels</source>
        <translation>Paneles de información</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Por qué esta fecha</translation>
    </message>
    <message>
        <source>About these treatments</source>
        <translation>Sobre estos tratamientos</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>&amp;Beneficios</translation>
    </message>
    <message>
        <source>&amp;Why this date</source>
        <translation>Por &amp;qué esta fecha</translation>
    </message>
    <message>
        <source>Ab&amp;out</source>
        <translation>&amp;Información</translation>
    </message>
    <message>
        <source>No dates until every entry is understood: check the entries marked on the left.</source>
        <translation>No hay fechas hasta que se entiendan todos los datos: revise los datos marcados a la izquierda.</translation>
    </message>
    <message>
        <source>⚠ &amp;Risks</source>
        <translation>⚠ &amp;Riesgos</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Riesgos</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <source>Policy check sheet</source>
        <translation>Hoja de comprobación de la política</translation>
    </message>
    <message>
        <source>Check and sign: {policy}</source>
        <translation>Comprobar y firmar: {policy}</translation>
    </message>
    <message>
        <source>Every line of this sheet is what the desks will say under the policy you are signing. Read it; sign and export only if each line is what the clinic means. The signature covers these exact rules: if the file is later changed by hand, no desk uses it until it is signed again.</source>
        <translation>Cada línea de esta hoja es lo que dirán las recepciones con la política que va a firmar. Léala; firme y exporte solo si cada línea es lo que la clínica quiere decir. La firma cubre exactamente estas reglas: si después alguien cambia el archivo a mano, ninguna recepción lo usa hasta que se vuelva a firmar.</translation>
    </message>
    <message>
        <source>Every line of this sheet is what the desk will say under the policy you are signing. Read it; sign and save only if each line is what the clinic means. The signature covers these exact rules: if the file is later changed by hand, no desk uses it until it is signed again.</source>
        <translation>Cada línea de esta hoja es lo que dirá la recepción con la política que va a firmar. Léala; firme y guarde solo si cada línea es lo que la clínica quiere decir. La firma cubre exactamente estas reglas: si después alguien cambia el archivo a mano, ninguna recepción lo usa hasta que se vuelva a firmar.</translation>
    </message>
    <message>
        <source>Check sheet preview</source>
        <translation>Vista previa de la hoja de comprobación</translation>
    </message>
    <message>
        <source>Zoom out of the check sheet (Ctrl and minus)</source>
        <translation>Alejar la hoja de comprobación (Ctrl y menos)</translation>
    </message>
    <message>
        <source>Zoom into the check sheet (Ctrl and plus)</source>
        <translation>Acercar la hoja de comprobación (Ctrl y más)</translation>
    </message>
    <message>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Guardar la hoja como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the check sheet as a PDF file</source>
        <translation>Guardar la hoja de comprobación como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Imprimir la hoja…</translation>
    </message>
    <message>
        <source>Print the check sheet</source>
        <translation>Imprimir la hoja de comprobación</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>&amp;Firmar y guardar</translation>
    </message>
    <message>
        <source>Sign this policy and save it</source>
        <translation>Firmar esta política y guardarla</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Firmar y exportar…</translation>
    </message>
    <message>
        <source>Sign this policy and export it</source>
        <translation>Firmar esta política y exportarla</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Volver al editor</translation>
    </message>
    <message>
        <source>Go back to the editor without saving</source>
        <translation>Volver al editor sin guardar</translation>
    </message>
    <message>
        <source>Save the check sheet as PDF</source>
        <translation>Guardar la hoja de comprobación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check sheet not saved</source>
        <translation>La hoja de comprobación no se guardó</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Treatment timeline</source>
        <translation>Línea de tiempo del tratamiento</translation>
    </message>
    <message>
        <source>Click a day or use the arrow keys to propose a date; drag a session circle to move it</source>
        <translation>Haga clic en un día o use las flechas para proponer una fecha; arrastre el círculo de una sesión para cambiarla</translation>
    </message>
</context>
<context>
    <name>WeekdayBoxes</name>
    <message>
        <source>Open on Mondays</source>
        <translation>Abierta los lunes</translation>
    </message>
    <message>
        <source>Open on Tuesdays</source>
        <translation>Abierta los martes</translation>
    </message>
    <message>
        <source>Open on Wednesdays</source>
        <translation>Abierta los miércoles</translation>
    </message>
    <message>
        <source>Open on Thursdays</source>
        <translation>Abierta los jueves</translation>
    </message>
    <message>
        <source>Open on Fridays</source>
        <translation>Abierta los viernes</translation>
    </message>
    <message>
        <source>Open on Saturdays</source>
        <translation>Abierta los sábados</translation>
    </message>
    <message>
        <source>Open on Sundays</source>
        <translation>Abierta los domingos</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>&amp;Add treatment</source>
        <translation>&amp;Añadir tratamiento</translation>
    </message>
    <message>
        <source>&amp;Remove this treatment</source>
        <translation>&amp;Quitar este tratamiento</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja informativa…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Guardar hoja informativa como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;calendar…</source>
        <translation>Guardar &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;About Microneedling Window</source>
        <translation>&amp;Acerca de Ventana de microneedling</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>White text on black, yellow focus and selection</source>
        <translation>Texto blanco sobre negro; foco y selección en amarillo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
</TS>
