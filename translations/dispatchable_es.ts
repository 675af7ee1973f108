<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispatchable</source>
        <translation>Acerca de Dispatchable</translation>
    </message>
    <message>
        <source>Dispatchable registers Microsoft Teams phone numbers with 911 at their emergency addresses, and shows which numbers still rely on basic 911.</source>
        <translation>Dispatchable registra los números de teléfono de Microsoft Teams en el 911 con sus direcciones de emergencia y muestra qué números todavía dependen del 911 básico.</translation>
    </message>
    <message>
        <source>Registering a number does not make emergency calling work everywhere. Read Help &gt; Limitations of emergency calling (F1).</source>
        <translation>Registrar un número no hace que las llamadas de emergencia funcionen en todas partes. Lea Ayuda &gt; Limitaciones de las llamadas de emergencia (F1).</translation>
    </message>
    <message>
        <source>Third-party software and data</source>
        <translation>Software y datos de terceros</translation>
    </message>
    <message>
        <source>Qt %1 — LGPL 3.0 (qt.io)</source>
        <translation>Qt %1 — LGPL 3.0 (qt.io)</translation>
    </message>
    <message>
        <source>QtKeychain — BSD 3-Clause</source>
        <translation>QtKeychain — BSD de 3 cláusulas</translation>
    </message>
    <message>
        <source>libphonenumber (Google) — Apache License 2.0</source>
        <translation>libphonenumber (Google) — Apache License 2.0</translation>
    </message>
    <message>
        <source>Map tiles: © OpenStreetMap contributors, ODbL (openstreetmap.org/copyright)</source>
        <translation>Mosaicos del mapa: © colaboradores de OpenStreetMap, ODbL (openstreetmap.org/copyright)</translation>
    </message>
    <message>
        <source>Postal code centroids (reference backend): GeoNames, CC BY 4.0</source>
        <translation>Centroides de códigos postales (servidor de referencia): GeoNames, CC BY 4.0</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Versión %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>✓ Validated</source>
        <translation>✓ Validada</translation>
    </message>
    <message>
        <source>✖ Not valid</source>
        <translation>✖ No válida</translation>
    </message>
    <message>
        <source>✖ Not valid: %1</source>
        <translation>✖ No válida: %1</translation>
    </message>
    <message>
        <source>○ Not validated</source>
        <translation>○ Sin validar</translation>
    </message>
    <message>
        <source>&amp;New address…</source>
        <translation>&amp;Nueva dirección…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Emergency addresses of %1</source>
        <translation>Direcciones de emergencia de %1</translation>
    </message>
    <message>
        <source>Addresses of %1. Only validated US addresses can carry E911; an address that numbers use cannot be deleted until they point elsewhere.</source>
        <translation>Direcciones de %1. Solo las direcciones validadas de EE. UU. pueden llevar E911; una dirección que usan números no se puede eliminar hasta que apunten a otra.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Solo lectura: inició sesión como auditor.</translation>
    </message>
    <message>
        <source>You can look at the addresses, not change them.</source>
        <translation>Puede consultar las direcciones, pero no cambiarlas.</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Direcciones de emergencia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New address (Ctrl+N)</source>
        <translation>Nueva dirección (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected address (Delete)</source>
        <translation>Eliminar la dirección seleccionada (Supr)</translation>
    </message>
    <message>
        <source>◐ New, waiting to be sent</source>
        <translation>◐ Nueva, pendiente de envío</translation>
    </message>
    <message>
        <source>◑ Deletion waiting to be sent</source>
        <translation>◑ Eliminación pendiente de envío</translation>
    </message>
    <message>
        <source>◐ Edit waiting to be sent</source>
        <translation>◐ Cambio pendiente de envío</translation>
    </message>
    <message>
        <source>This tenant has no emergency addresses yet.</source>
        <translation>Este inquilino aún no tiene direcciones de emergencia.</translation>
    </message>
    <message>
        <source>This tenant has no emergency addresses yet. Press New address to add the first one.</source>
        <translation>Este inquilino aún no tiene direcciones de emergencia. Pulse Nueva dirección para agregar la primera.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Eliminar dirección</translation>
    </message>
    <message>
        <source>Delete the emergency address %1?</source>
        <translation>¿Eliminar la dirección de emergencia %1?</translation>
    </message>
    <message>
        <source>No number uses it. Deleting cannot be undone.</source>
        <translation>Ningún número la usa. La eliminación no se puede deshacer.</translation>
    </message>
    <message>
        <source>The deletion could not be written to the outbox: %1</source>
        <translation>No se pudo escribir la eliminación en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Address in use</source>
        <translation>Dirección en uso</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: numbers are registered with 911 there.</source>
        <translation>No se puede eliminar %1: hay números registrados en el 911 con esa dirección.</translation>
    </message>
    <message>
        <source>Point these numbers at another address first:
%1</source>
        <translation>Primero asigne estos números a otra dirección:
%1</translation>
    </message>
</context>
<context>
    <name>AddressEditorDialog</name>
    <message>
        <source>Only a validated address can carry E911. Validate the address before numbers are registered with 911 here.</source>
        <translation>Solo una dirección validada puede llevar E911. Valide la dirección antes de registrar números en el 911 con ella.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Solo lectura: inició sesión como auditor.</translation>
    </message>
    <message>
        <source>You can look at this address and validate it, not change it.</source>
        <translation>Puede consultar esta dirección y validarla, pero no cambiarla.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>1 Microsoft Way, Bldg 92, Floor 3, Redmond, WA 98052</source>
        <translation>1 Microsoft Way, Bldg 92, Floor 3, Redmond, WA 98052</translation>
    </message>
    <message>
        <source>Paste an address</source>
        <translation>Pegar una dirección</translation>
    </message>
    <message>
        <source>Paste an address on one line and press Enter to split it into the fields below.</source>
        <translation>Pegue una dirección en una sola línea y pulse Intro para repartirla en los campos de abajo.</translation>
    </message>
    <message>
        <source>&amp;Paste an address:</source>
        <translation>&amp;Pegar una dirección:</translation>
    </message>
    <message>
        <source>&amp;Fill the fields</source>
        <translation>&amp;Rellenar los campos</translation>
    </message>
    <message>
        <source>Map of the address</source>
        <translation>Mapa de la dirección</translation>
    </message>
    <message>
        <source>⚠ The pin is far from where the address lies. Check that the address and the pin mark the same building.</source>
        <translation>⚠ El marcador está lejos de donde se encuentra la dirección. Compruebe que la dirección y el marcador señalan el mismo edificio.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Check the address with the backend (Ctrl+Return)</source>
        <translation>Comprobar la dirección con el servidor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the address (Ctrl+S)</source>
        <translation>Guardar la dirección (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This address is not in the offline copy any more; it may have been deleted. Nothing here can be saved.</source>
        <translation>Esta dirección ya no está en la copia sin conexión; puede que se haya eliminado. Aquí no se puede guardar nada.</translation>
    </message>
    <message>
        <source>An earlier edit of this address has not reached the backend yet; it is shown here.</source>
        <translation>Un cambio anterior de esta dirección aún no ha llegado al servidor; se muestra aquí.</translation>
    </message>
    <message>
        <source>New emergency address</source>
        <translation>Nueva dirección de emergencia</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>Edit emergency address</source>
        <translation>Editar dirección de emergencia</translation>
    </message>
    <message>
        <source>Paste an address into the box first.</source>
        <translation>Primero pegue una dirección en el cuadro.</translation>
    </message>
    <message>
        <source>The pasted address was split into the fields. Check them, then validate.</source>
        <translation>La dirección pegada se repartió en los campos. Revíselos y luego valide.</translation>
    </message>
    <message>
        <source>Fill in the fields marked ⚠ first.</source>
        <translation>Primero rellene los campos marcados con ⚠.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <source>The address could not be validated: %1 %2 You can still save it; the backend validates it when the change arrives.</source>
        <translation>No se pudo validar la dirección: %1 %2 Aun así puede guardarla; el servidor la valida cuando recibe el cambio.</translation>
    </message>
    <message>
        <source>Use the corrected address</source>
        <translation>Usar la dirección corregida</translation>
    </message>
    <message>
        <source>The corrected address is in the fields. Save to keep it.</source>
        <translation>La dirección corregida está en los campos. Guarde para conservarla.</translation>
    </message>
    <message>
        <source>Canadian addresses can be validated and kept for the record, but no number can be registered with 911 at one.</source>
        <translation>Las direcciones canadienses se pueden validar y guardar como registro, pero no se puede registrar ningún número en el 911 con ellas.</translation>
    </message>
    <message>
        <source>Move the pin</source>
        <translation>Mover el marcador</translation>
    </message>
    <message>
        <source>Fix the fields marked ⚠ before saving.</source>
        <translation>Corrija los campos marcados con ⚠ antes de guardar.</translation>
    </message>
    <message>
        <source>The change could not be written to the outbox, so nothing was saved: %1</source>
        <translation>No se pudo escribir el cambio en la bandeja de salida, así que no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this address?</source>
        <translation>¿Guardar los cambios de esta dirección?</translation>
    </message>
    <message>
        <source>If you discard them, the address stays as it was.</source>
        <translation>Si los descarta, la dirección queda como estaba.</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>House number</source>
        <translation>Número de la casa</translation>
    </message>
    <message>
        <source>Number suffix</source>
        <translation>Sufijo del número</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Prefijo del número</translation>
    </message>
    <message>
        <source>Direction before the street</source>
        <translation>Punto cardinal antes de la calle</translation>
    </message>
    <message>
        <source>Street type before the name</source>
        <translation>Tipo de vía antes del nombre</translation>
    </message>
    <message>
        <source>Street name modifier</source>
        <translation>Modificador del nombre de la calle</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Tipo de vía</translation>
    </message>
    <message>
        <source>Direction after the street</source>
        <translation>Punto cardinal después de la calle</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Suite or unit</source>
        <translation>Oficina o unidad</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Other location detail</source>
        <translation>Otro detalle de ubicación</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Province or territory</source>
        <translation>Provincia o territorio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Inside the building</source>
        <translation>Dentro del edificio</translation>
    </message>
    <message>
        <source>⚠ No building, floor, suite or room. If the building has more than one floor or suite, add them: a 911 call must say where inside the building the caller is.</source>
        <translation>⚠ No hay edificio, piso, oficina ni sala. Si el edificio tiene más de un piso u oficina, agréguelos: una llamada al 911 debe indicar en qué parte del edificio está la persona que llama.</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (no está en la lista)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Location note</source>
        <translation>Nota de ubicación</translation>
    </message>
    <message>
        <source>Choose a province or territory</source>
        <translation>Elija una provincia o territorio</translation>
    </message>
    <message>
        <source>Choose a state</source>
        <translation>Elija un estado</translation>
    </message>
    <message>
        <source>How to find the phone, e.g. &quot;north entrance, security desk&quot;</source>
        <translation>Cómo encontrar el teléfono, p. ej., &quot;entrada norte, mostrador de seguridad&quot;</translation>
    </message>
</context>
<context>
    <name>AddressFormCheck</name>
    <message>
        <source>Enter the house number: responders look for it on the building.</source>
        <translation>Introduzca el número de la casa: los equipos de emergencia lo buscan en el edificio.</translation>
    </message>
    <message>
        <source>Enter the street name.</source>
        <translation>Introduzca el nombre de la calle.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Introduzca la ciudad.</translation>
    </message>
    <message>
        <source>Choose the province or territory.</source>
        <translation>Elija la provincia o el territorio.</translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation>Elija el estado.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Introduzca el código postal.</translation>
    </message>
    <message>
        <source>Enter the ZIP code.</source>
        <translation>Introduzca el código postal (ZIP).</translation>
    </message>
    <message>
        <source>Choose the country.</source>
        <translation>Elija el país.</translation>
    </message>
    <message>
        <source>A post office box or mailbox is where mail goes, not where a caller is: enter the street address of the building.</source>
        <translation>Un apartado postal o buzón es adonde llega el correo, no donde está quien llama: introduzca la dirección del edificio.</translation>
    </message>
    <message>
        <source>APO, FPO and DPO are military mail routes, not places 911 can send help to: enter the street address where the phone is used.</source>
        <translation>APO, FPO y DPO son rutas de correo militar, no lugares a los que el 911 pueda enviar ayuda: introduzca la dirección donde se usa el teléfono.</translation>
    </message>
    <message>
        <source>A house number has digits (such as 1 or 221B).</source>
        <translation>Un número de casa tiene dígitos (como 1 o 221B).</translation>
    </message>
    <message>
        <source>AA, AE and AP route military mail; they are not places 911 can send help to. Choose the state where the phone is used.</source>
        <translation>AA, AE y AP son rutas de correo militar; no son lugares a los que el 911 pueda enviar ayuda. Elija el estado donde se usa el teléfono.</translation>
    </message>
    <message>
        <source>ZIP code %1 routes military mail (APO, FPO, DPO); it is not a place 911 can send help to.</source>
        <translation>El código postal %1 corresponde a correo militar (APO, FPO, DPO); no es un lugar al que el 911 pueda enviar ayuda.</translation>
    </message>
    <message>
        <source>Addresses outside the US and Canada cannot be registered: there is no E911 service for them here.</source>
        <translation>Las direcciones fuera de EE. UU. y Canadá no se pueden registrar: aquí no tienen servicio E911.</translation>
    </message>
    <message>
        <source>A rural route box is where mail goes, not a place responders can find: enter the 911 street address the county gave the building.</source>
        <translation>Un buzón de ruta rural es donde llega el correo, no un lugar que los servicios de emergencia puedan encontrar: introduzca la dirección 911 que el condado asignó al edificio.</translation>
    </message>
    <message>
        <source>%1 is not a state or province. Choose the state, DC or US territory from the list.</source>
        <translation>%1 no es un estado ni una provincia. Elija el estado, DC o el territorio de EE. UU. en la lista.</translation>
    </message>
    <message>
        <source>%1 is not a ZIP code. A ZIP code has five digits (98052), or nine with a hyphen (98052-6399).</source>
        <translation>%1 no es un código ZIP. Un código ZIP tiene cinco dígitos (98052), o nueve con un guion (98052-6399).</translation>
    </message>
    <message>
        <source>ZIP code %1 does not exist. Check it against the building&apos;s mail.</source>
        <translation>El código ZIP %1 no existe. Compruébelo con el correo del edificio.</translation>
    </message>
    <message>
        <source>ZIP code %1 is in %2, not in %3. Correct the ZIP code or the state.</source>
        <translation>El código ZIP %1 está en %2, no en %3. Corrija el código ZIP o el estado.</translation>
    </message>
    <message>
        <source>%1 is not a state or province. Choose the province or territory from the list.</source>
        <translation>%1 no es un estado ni una provincia. Elija la provincia o el territorio en la lista.</translation>
    </message>
    <message>
        <source>%1 is not a postal code. A postal code is letter, digit, letter, space, digit, letter, digit (M5V 2T6).</source>
        <translation>%1 no es un código postal. Un código postal es letra, dígito, letra, espacio, dígito, letra, dígito (M5V 2T6).</translation>
    </message>
    <message>
        <source>No postal code starts with %1. Check the postal code.</source>
        <translation>Ningún código postal empieza por %1. Compruebe el código postal.</translation>
    </message>
    <message>
        <source>Postal code %1 is in %2, not in %3. Correct the postal code or the province.</source>
        <translation>El código postal %1 está en %2, no en %3. Corrija el código postal o la provincia.</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <source>Search emergency addresses</source>
        <translation>Buscar direcciones de emergencia</translation>
    </message>
    <message>
        <source>Search by street, city, company…</source>
        <translation>Buscar por calle, ciudad, empresa…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Direcciones de emergencia</translation>
    </message>
    <message>
        <source>Only validated US addresses can be chosen; the others say why not.</source>
        <translation>Solo se pueden elegir direcciones validadas de EE. UU.; las demás indican por qué no.</translation>
    </message>
    <message>
        <source>This tenant has no validated US emergency address yet. Create and validate one in the address editor, then register the numbers.</source>
        <translation>Este inquilino aún no tiene ninguna dirección de emergencia validada en EE. UU. Cree una y valídela en el editor de direcciones; después registre los números.</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 número</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressUsagePanel</name>
    <message>
        <source>Numbers at this address</source>
        <translation>Números en esta dirección</translation>
    </message>
    <message>
        <source>Numbers registered at this address</source>
        <translation>Números registrados en esta dirección</translation>
    </message>
    <message>
        <source>No number uses this address yet.</source>
        <translation>Ningún número usa esta dirección todavía.</translation>
    </message>
    <message>
        <source>No number uses this address.</source>
        <translation>Ningún número usa esta dirección.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) use this address. Saving an edit registers them again at the edited address: they show as pending until the 911 provider confirms, and their monthly fee stays the same. An edit that does not validate is refused while numbers use the address.</source>
        <translation>
            <numerusform>%n número usa esta dirección. Al guardar un cambio se vuelve a registrar en la dirección modificada: aparece como pendiente hasta que el proveedor del 911 lo confirme, y su cuota mensual no cambia. Un cambio que no se valida se rechaza mientras haya números que usen la dirección.</numerusform>
            <numerusform>%n números usan esta dirección. Al guardar un cambio se vuelven a registrar en la dirección modificada: aparecen como pendientes hasta que el proveedor del 911 lo confirme, y su cuota mensual no cambia. Un cambio que no se valida se rechaza mientras haya números que usen la dirección.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllowedBackendUrls</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: a wildcard must stand before a domain with at least one dot, for example https://*.example.com.</source>
        <translation>“%1”: un comodín debe ir delante de un dominio con al menos un punto, por ejemplo https://*.example.com.</translation>
    </message>
    <message>
        <source>Your organisation allows no backend at the moment, so Dispatchable cannot connect to %1. Ask your IT department to fix the list of allowed backends.</source>
        <translation>Su organización no permite ningún servidor en este momento, así que Dispatchable no puede conectarse a %1. Pida a su departamento de TI que corrija la lista de servidores permitidos.</translation>
    </message>
    <message>
        <source>Your organisation does not allow connections to %1. Allowed: %2.</source>
        <translation>Su organización no permite conexiones a %1. Permitidos: %2.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
Id. de solicitud: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1: nothing is answering at that address.</source>
        <translation>No se pudo llegar a %1: nada responde en esa dirección.</translation>
    </message>
    <message>
        <source>Check that the backend is running and that the address is right, then try again.</source>
        <translation>Compruebe que el servidor esté en marcha y que la dirección sea correcta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not find %1.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>Check the backend address and your network connection.</source>
        <translation>Compruebe la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The backend or the network may be slow or down. Try again in a moment.</source>
        <translation>Puede que el servidor o la red estén lentos o caídos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation>No se pudo establecer una conexión segura con %1.</translation>
    </message>
    <message>
        <source>The backend must support TLS 1.2 or later. Ask its administrator to check its certificate and TLS settings.</source>
        <translation>El servidor debe admitir TLS 1.2 o posterior. Pida a su administrador que revise el certificado y la configuración de TLS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Falló la conexión con %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you pinned it.</source>
        <translation>El certificado del servidor cambió desde que lo fijó.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to %1, or the backend has a new certificate. Do not continue until the backend&apos;s administrator confirms the new fingerprint.</source>
        <translation>Puede que alguien esté interceptando la conexión con %1, o que el servidor tenga un certificado nuevo. No continúe hasta que el administrador del servidor confirme la nueva huella digital.</translation>
    </message>
    <message>
        <source>Pinned fingerprint: %1
Presented fingerprint: %2</source>
        <translation>Huella digital fijada: %1
Huella digital presentada: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>El certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s administrator for its certificate&apos;s SHA-256 fingerprint and pin it for this connection.</source>
        <translation>Pida al administrador del servidor la huella digital SHA-256 de su certificado y fíjela para esta conexión.</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1</source>
        <translation>Huella digital presentada: %1</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1
%2</source>
        <translation>Huella digital presentada: %1
%2</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>El certificado de %1 caducó o aún no es válido.</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s administrator to renew its certificate. Also check that this computer&apos;s date and time are right.</source>
        <translation>Pida al administrador del servidor que renueve su certificado. Compruebe también que la fecha y la hora de este equipo sean correctas.</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for another name.</source>
        <translation>El certificado de %1 se emitió para otro nombre.</translation>
    </message>
    <message>
        <source>Check the backend address: use the name the certificate was issued for, or ask the backend&apos;s administrator for a certificate that names this address.</source>
        <translation>Compruebe la dirección del servidor: use el nombre para el que se emitió el certificado, o pida al administrador del servidor un certificado que incluya esta dirección.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido del %1 al %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Se canceló la solicitud a %1.</translation>
    </message>
    <message>
        <source>Your sign-in is not valid any more.</source>
        <translation>Su inicio de sesión ya no es válido.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite esto.</translation>
    </message>
    <message>
        <source>Ask a colleague with the staff role, or your administrator.</source>
        <translation>Pídalo a un compañero con el rol de personal o a su administrador.</translation>
    </message>
    <message>
        <source>The backend does not know this item; it may have been deleted.</source>
        <translation>El servidor no conoce este elemento; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Reload to see the current data.</source>
        <translation>Vuelva a cargar para ver los datos actuales.</translation>
    </message>
    <message>
        <source>The backend is busy.</source>
        <translation>El servidor está ocupado.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backend had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, give the request id under Details to the backend&apos;s administrator.</source>
        <translation>Vuelva a intentarlo en un momento. Si sigue ocurriendo, dé el id. de solicitud que aparece en Detalles al administrador del servidor.</translation>
    </message>
    <message>
        <source>The backend refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Correct what the message says and try again.</source>
        <translation>Corrija lo que indica el mensaje y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backend sent an answer Dispatchable cannot read.</source>
        <translation>El servidor envió una respuesta que Dispatchable no puede leer.</translation>
    </message>
    <message>
        <source>The backend may be a newer or older version. Give the request id under Details to its administrator.</source>
        <translation>Puede que el servidor sea de una versión más nueva o más antigua. Dé el id. de solicitud que aparece en Detalles a su administrador.</translation>
    </message>
    <message>
        <source>The sign-in answer is not a valid token answer.</source>
        <translation>La respuesta de inicio de sesión no es una respuesta de token válida.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation>No se pudo abrir la caché sin conexión %1: %2</translation>
    </message>
    <message>
        <source>The outbox in %1 could not be opened: %2</source>
        <translation>No se pudo abrir la bandeja de salida en %1: %2</translation>
    </message>
</context>
<context>
    <name>AppearanceSetting</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>“%1” is not an appearance Dispatchable has. Use one of: %2.</source>
        <translation>“%1” no es una apariencia que tenga Dispatchable. Use una de estas: %2.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>&amp;Aplicar filtros</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Email or user id</source>
        <translation>Correo electrónico o id. de usuario</translation>
    </message>
    <message>
        <source>Number or item</source>
        <translation>Número o elemento</translation>
    </message>
    <message>
        <source>+12065550100 or address id</source>
        <translation>+12065550100 o id. de dirección</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Only changes from</source>
        <translation>Solo cambios desde</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Hora más temprana</translation>
    </message>
    <message>
        <source>Only changes before</source>
        <translation>Solo cambios antes de</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>Hora más tardía</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>Asks the server for the entries that match</source>
        <translation>Pide al servidor las entradas que coinciden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Todos los inquilinos</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Number or item</source>
        <translation>Número o elemento</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Register With 911</source>
        <translation>Registrar en el 911</translation>
    </message>
    <message>
        <source>Move to another emergency address</source>
        <translation>Mover a otra dirección de emergencia</translation>
    </message>
    <message>
        <source>Turn off E911</source>
        <translation>Desactivar E911</translation>
    </message>
    <message>
        <source>Registered by the 911 provider</source>
        <translation>Registrado por el proveedor del 911</translation>
    </message>
    <message>
        <source>Refused by the 911 provider</source>
        <translation>Rechazado por el proveedor del 911</translation>
    </message>
    <message>
        <source>Turned off by the 911 provider</source>
        <translation>Desactivado por el proveedor del 911</translation>
    </message>
    <message>
        <source>Add emergency address</source>
        <translation>Agregar dirección de emergencia</translation>
    </message>
    <message>
        <source>Edit emergency address</source>
        <translation>Editar dirección de emergencia</translation>
    </message>
    <message>
        <source>Delete emergency address</source>
        <translation>Eliminar dirección de emergencia</translation>
    </message>
    <message>
        <source>Acknowledge the limitations</source>
        <translation>Aceptar las limitaciones</translation>
    </message>
    <message>
        <source>Create API token</source>
        <translation>Crear token de API</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Revocar token de API</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation>%1: antes %2</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation>Cerrar el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change to numbers, emergency addresses and acknowledgements, newest first</source>
        <translation>Cada cambio de números, direcciones de emergencia y aceptaciones, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>Seleccione una entrada para ver todo lo que registró.</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Copiar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Copies the selected entries as tab-separated text (Ctrl+C)</source>
        <translation>Copia las entradas seleccionadas como texto separado por tabulaciones (Ctrl+C)</translation>
    </message>
    <message>
        <source>Refresh the audit trail</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Reads the newest entries again (F5)</source>
        <translation>Vuelve a leer las entradas más recientes (F5)</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1 %2</source>
        <translation>No se pudo leer el registro de auditoría. %1 %2</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n entries; reading more…</source>
        <translation>
            <numerusform>Se muestra %n entrada; leyendo más…</numerusform>
            <numerusform>Se muestran %n entradas; leyendo más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation>
            <numerusform>Se muestra la entrada más reciente; desplácese hacia abajo para ver las anteriores.</numerusform>
            <numerusform>Se muestran las %n entradas más recientes; desplácese hacia abajo para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear a filter to see more.</source>
        <translation>Ninguna entrada coincide con estos filtros. Quite un filtro para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n entries.</source>
        <translation>
            <numerusform>Se muestra la única entrada.</numerusform>
            <numerusform>Se muestran las %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Who: %1 (%2)</source>
        <translation>Quién: %1 (%2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Acción: %1 (%2)</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Number or item: %1</source>
        <translation>Número o elemento: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no se indicó)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Bulk Change</source>
        <translation>Cambio masivo</translation>
    </message>
    <message>
        <source>Numbers answered</source>
        <translation>Números respondidos</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Cancelar lo pendiente</translation>
    </message>
    <message>
        <source>Cancel remaining batches</source>
        <translation>Cancelar los lotes pendientes</translation>
    </message>
    <message>
        <source>Removes the batches not sent yet from the outbox; batches already sent are kept.</source>
        <translation>Quita de la bandeja de salida los lotes que aún no se han enviado; los lotes ya enviados se conservan.</translation>
    </message>
    <message>
        <source>Show &amp;Results…</source>
        <translation>Mostrar &amp;resultados…</translation>
    </message>
    <message>
        <source>Show the result per number</source>
        <translation>Mostrar el resultado por número</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; the batches keep going through the outbox.</source>
        <translation>Cierra esta ventana; los lotes siguen saliendo por la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 refused as a whole batch.</source>
        <translation>%1 rechazados como lote completo.</translation>
    </message>
    <message>
        <source>Rate: %1 numbers per second.</source>
        <translation>Ritmo: %1 números por segundo.</translation>
    </message>
    <message>
        <source>Rate: measuring…</source>
        <translation>Ritmo: midiendo…</translation>
    </message>
    <message>
        <source>Time left: none.</source>
        <translation>Tiempo restante: ninguno.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>Time left: not known yet.</source>
        <translation>Tiempo restante: aún no se sabe.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Sending through the outbox. You can close this window; the work goes on.</source>
        <translation>Enviando por la bandeja de salida. Puede cerrar esta ventana; el trabajo continúa.</translation>
    </message>
    <message>
        <source>Not sent: the job was cancelled before this batch went out</source>
        <translation>No enviado: el trabajo se canceló antes de que saliera este lote</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln numbers answered by the server.</source>
        <translation>
            <numerusform>%1 de %Ln número respondido por el servidor.</numerusform>
            <numerusform>%1 de %Ln números respondidos por el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln numbers were not sent and are no longer in the outbox.</source>
        <translation>
            <numerusform>Cancelado: %Ln número no se envió y ya no está en la bandeja de salida.</numerusform>
            <numerusform>Cancelado: %Ln números no se enviaron y ya no están en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers already sent are kept.</source>
        <translation>
            <numerusform>Se conserva %Ln número ya enviado.</numerusform>
            <numerusform>Se conservan %Ln números ya enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds</source>
        <translation>
            <numerusform>aproximadamente %Ln segundo</numerusform>
            <numerusform>aproximadamente %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes</source>
        <translation>
            <numerusform>aproximadamente %Ln minuto</numerusform>
            <numerusform>aproximadamente %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hours</source>
        <translation>
            <numerusform>aproximadamente %Ln hora</numerusform>
            <numerusform>aproximadamente %Ln horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Error</translation>
    </message>
    <message>
        <source>⊘ Cancelled</source>
        <translation>⊘ Cancelado</translation>
    </message>
    <message>
        <source>◐ Waiting</source>
        <translation>◐ En espera</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Result per number</source>
        <translation>Resultado por número</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers: %1 done, %2 failed, %3 still waiting.</source>
        <translation>
            <numerusform>%Ln número: %1 hecho, %2 con error, %3 aún en espera.</numerusform>
            <numerusform>%Ln números: %1 hechos, %2 con error, %3 aún en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent (cancelled).</source>
        <translation>
            <numerusform>%Ln no enviado (cancelado).</numerusform>
            <numerusform>%Ln no enviados (cancelados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>CallLocationText</name>
    <message>
        <source>933 test call</source>
        <translation>llamada de prueba al 933</translation>
    </message>
    <message>
        <source>emergency call</source>
        <translation>llamada de emergencia</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent the registered location.</source>
        <translation>La última %1 por Teams, el %2, envió la ubicación registrada.</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent a location that differs from the registration (%3).</source>
        <translation>La última %1 por Teams, el %2, envió una ubicación distinta de la registrada (%3).</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent no location.</source>
        <translation>La última %1 por Teams, el %2, no envió ubicación.</translation>
    </message>
    <message>
        <source>The registration changed after the last %1 through Teams, on %2.</source>
        <translation>El registro cambió después de la última %1 por Teams, el %2.</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>número de casa</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>Matches the registration</source>
        <translation>Coincide con el registro</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Difiere: %1</translation>
    </message>
    <message>
        <source>No location sent</source>
        <translation>No se envió ubicación</translation>
    </message>
    <message>
        <source>Number not registered</source>
        <translation>Número no registrado</translation>
    </message>
    <message>
        <source>Only coordinates sent</source>
        <translation>Solo se enviaron coordenadas</translation>
    </message>
    <message>
        <source>%1: Teams sent %2, registered %3</source>
        <translation>%1: Teams envió %2, registrado %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The last %1 through Teams from this place, on %2, sent it with another address (%3): Teams holds the place elsewhere. Correct the location in Teams, then test with 933.</source>
        <translation>La última %1 por Teams desde este lugar, el %2, lo envió con otra dirección (%3): Teams tiene el lugar en otra parte. Corrija la ubicación en Teams y pruebe con el 933.</translation>
    </message>
    <message>
        <source>The last %1 through Teams from this place, on %2, sent its address.</source>
        <translation>La última %1 por Teams desde este lugar, el %2, envió su dirección.</translation>
    </message>
    <message>
        <source>The place&apos;s address changed after the last %1 through Teams from it, on %2.</source>
        <translation>La dirección del lugar cambió después de la última %1 por Teams desde él, el %2.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Fingerprint you trusted:</source>
        <translation>Huella digital en la que confió:</translation>
    </message>
    <message>
        <source>Fingerprint you trusted before</source>
        <translation>Huella digital en la que confió antes</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint the server presented</source>
        <translation>Huella digital SHA-256 que presentó el servidor</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Sujeto del certificado</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Emisor del certificado</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validez del certificado</translation>
    </message>
    <message>
        <source>I &amp;compared this fingerprint with the one my provider gave me, and they are the same</source>
        <translation>&amp;Comparé esta huella digital con la que me dio mi proveedor y son iguales</translation>
    </message>
    <message>
        <source>Fingerprints compared</source>
        <translation>Huellas digitales comparadas</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>(the server presented no certificate)</source>
        <translation>(el servidor no presentó ningún certificado)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (aún no es válido)</translation>
    </message>
    <message>
        <source>Is this your backend&apos;s certificate?</source>
        <translation>¿Es este el certificado de su servidor?</translation>
    </message>
    <message>
        <source>Compare the fingerprint below, group by group, with the one your provider or your backend&apos;s administrator gave you. Trust it only if they are the same: Dispatchable then accepts this exact certificate for this connection, and refuses any other.</source>
        <translation>Compare la huella digital de abajo, grupo por grupo, con la que le dio su proveedor o el administrador de su servidor. Confíe en ella solo si son iguales: Dispatchable aceptará entonces exactamente este certificado para esta conexión y rechazará cualquier otro.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Stop: the server&apos;s certificate has changed</source>
        <translation>Deténgase: el certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>Fingerprint presented now:</source>
        <translation>Huella digital presentada ahora:</translation>
    </message>
</context>
<context>
    <name>ComplianceCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Cancelado: %1 no se escribió.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>unknown (never synced)</source>
        <translation>desconocido (nunca sincronizado)</translation>
    </message>
    <message>
        <source>Dispatchable · 911 compliance report</source>
        <translation>Dispatchable · informe de cumplimiento del 911</translation>
    </message>
    <message>
        <source>%1 · tenant %2</source>
        <translation>%1 · inquilino %2</translation>
    </message>
    <message>
        <source>Generated %1 · data as of %2</source>
        <translation>Generado el %1 · datos a fecha de %2</translation>
    </message>
    <message>
        <source> · OFFLINE: from the cache</source>
        <translation> · SIN CONEXIÓN: desde la caché</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>911 compliance report: %1</source>
        <translation>Informe de cumplimiento del 911: %1</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>No se pudo iniciar el PDF %1.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Limitations acknowledgement (47 CFR 9.11)</source>
        <translation>Aceptación de las limitaciones (47 CFR 9.11)</translation>
    </message>
    <message>
        <source>✖ No acknowledgement on record.</source>
        <translation>✖ No hay ninguna aceptación registrada.</translation>
    </message>
    <message>
        <source>The tenant has not acknowledged the limitations of emergency calling from Teams. The law asks for an affirmative acknowledgement from every subscriber.</source>
        <translation>El inquilino no ha aceptado las limitaciones de las llamadas de emergencia desde Teams. La ley exige una aceptación expresa de cada suscriptor.</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Aceptado el</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Version acknowledged</source>
        <translation>Versión aceptada</translation>
    </message>
    <message>
        <source>✓ This is the current version of the limitations text.</source>
        <translation>✓ Esta es la versión actual del texto de limitaciones.</translation>
    </message>
    <message>
        <source>✖ Out of date: the limitations text is now version %1; the tenant must acknowledge it again.</source>
        <translation>✖ Desactualizado: el texto de limitaciones está ahora en la versión %1; el inquilino debe aceptarlo de nuevo.</translation>
    </message>
    <message>
        <source>Which numbers are not compliant</source>
        <translation>Qué números no cumplen</translation>
    </message>
    <message>
        <source>A number is listed when at least one of these holds:</source>
        <translation>Un número aparece en la lista cuando se cumple al menos una de estas condiciones:</translation>
    </message>
    <message>
        <source>Registration failed: the 911 provider refused the registration, so the number has basic 911 only.</source>
        <translation>Registro fallido: el proveedor del 911 rechazó el registro, así que el número solo tiene 911 básico.</translation>
    </message>
    <message numerus="yes">
        <source>Stuck at the 911 provider: pending registration or turning off for more than %Ln hour(s).</source>
        <translation>
            <numerusform>Atascado en el proveedor del 911: registro o desactivación pendiente durante más de %Ln hora.</numerusform>
            <numerusform>Atascado en el proveedor del 911: registro o desactivación pendiente durante más de %Ln horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>In use with basic 911 only: a US number of a person or a common-area phone that is not registered with 911.</source>
        <translation>En uso solo con 911 básico: un número de EE. UU. de una persona o de un teléfono de zona común que no está registrado en el 911.</translation>
    </message>
    <message>
        <source>Address not validated: registered or pending at an emergency address that is not validated.</source>
        <translation>Dirección sin validar: registrado o pendiente en una dirección de emergencia que no está validada.</translation>
    </message>
    <message>
        <source>No floor, room or unit: registered or pending at an address that names no building, floor, unit or room (a dispatchable location, RAY BAUM&apos;s Act).</source>
        <translation>Sin piso, sala ni unidad: registrado o pendiente en una dirección que no indica edificio, piso, unidad ni sala (una ubicación despachable, según la ley RAY BAUM).</translation>
    </message>
    <message>
        <source>Numbers outside the US and toll-free numbers cannot be registered and are not listed; the warnings above apply to them.</source>
        <translation>Los números fuera de EE. UU. y los números gratuitos no se pueden registrar y no aparecen en la lista; se les aplican las advertencias anteriores.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>◐ Pending since %1</source>
        <translation>◐ Pendiente desde %1</translation>
    </message>
    <message>
        <source>◑ Turning off since %1</source>
        <translation>◑ Desactivándose desde %1</translation>
    </message>
    <message>
        <source>911 compliance report</source>
        <translation>Informe de cumplimiento del 911</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Id. del inquilino</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>Data as of (last sync)</source>
        <translation>Datos a fecha de (última sincronización)</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>⚠ Offline: made from the offline cache.</source>
        <translation>⚠ Sin conexión: elaborado a partir de la caché sin conexión.</translation>
    </message>
    <message>
        <source>The backend could not be reached (%1), so these figures are those of the last sync, %2 old. Numbers may have changed since.</source>
        <translation>No se pudo llegar al servidor (%1), así que estas cifras son las de la última sincronización, de hace %2. Los números pueden haber cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Numbers in total</source>
        <translation>Números en total</translation>
    </message>
    <message>
        <source>● Registered with 911</source>
        <translation>● Registrados en el 911</translation>
    </message>
    <message>
        <source>%1% of the numbers that can be registered</source>
        <translation>%1% de los números que se pueden registrar</translation>
    </message>
    <message>
        <source>◐ Pending registration</source>
        <translation>◐ Registro pendiente</translation>
    </message>
    <message>
        <source>✖ Registration failed</source>
        <translation>✖ Registro fallido</translation>
    </message>
    <message>
        <source>◑ Turning off</source>
        <translation>◑ Desactivándose</translation>
    </message>
    <message>
        <source>○ Basic 911 only</source>
        <translation>○ Solo 911 básico</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them US number(s) that could be registered</source>
        <translation>
            <numerusform>%Ln de ellos es un número de EE. UU. que se podría registrar</numerusform>
            <numerusform>%Ln de ellos son números de EE. UU. que se podrían registrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible: outside the US</source>
        <translation>No apto: fuera de EE. UU.</translation>
    </message>
    <message>
        <source>Not eligible: toll-free</source>
        <translation>No apto: número gratuito</translation>
    </message>
    <message>
        <source>Common-area phones</source>
        <translation>Teléfonos de zonas comunes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without E911</source>
        <translation>
            <numerusform>%Ln sin E911</numerusform>
            <numerusform>%Ln sin E911</numerusform>
        </translation>
    </message>
    <message>
        <source>Non-compliant numbers</source>
        <translation>Números que no cumplen</translation>
    </message>
    <message>
        <source>listed at the end of this report</source>
        <translation>en la lista al final de este informe</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Direcciones de emergencia</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Sin validar</translation>
    </message>
    <message>
        <source>cannot carry E911</source>
        <translation>no pueden llevar E911</translation>
    </message>
    <message>
        <source>Without floor, room or unit</source>
        <translation>Sin piso, sala ni unidad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered number(s) there</source>
        <translation>
            <numerusform>%Ln número registrado allí</numerusform>
            <numerusform>%Ln números registrados allí</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings that apply</source>
        <translation>Advertencias que se aplican</translation>
    </message>
    <message>
        <source>Limitations text</source>
        <translation>Texto de limitaciones</translation>
    </message>
    <message>
        <source>This report was made with version %1 of the limitations text:</source>
        <translation>Este informe se elaboró con la versión %1 del texto de limitaciones:</translation>
    </message>
    <message>
        <source>Non-compliant numbers (continued)</source>
        <translation>Números que no cumplen (continuación)</translation>
    </message>
    <message numerus="yes">
        <source>Non-compliant numbers: %Ln</source>
        <translation>
            <numerusform>Números que no cumplen: %Ln</numerusform>
            <numerusform>Números que no cumplen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>E911</source>
        <translation>E911</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Motivo de la inclusión</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>933 test calls: tested</source>
        <translation>Llamadas de prueba al 933: probados</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln place(s) and registered number(s)</source>
        <translation>
            <numerusform>de %Ln lugar y número registrado</numerusform>
            <numerusform>de %Ln lugares y números registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Cancelado: %1 no se escribió.</translation>
    </message>
    <message numerus="yes">
        <source>Calls through Teams, last %Ln day(s)</source>
        <translation>
            <numerusform>Llamadas por Teams, último %Ln día</numerusform>
            <numerusform>Llamadas por Teams, últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency calls (911)</source>
        <translation>Llamadas de emergencia (911)</translation>
    </message>
    <message>
        <source>933 test calls</source>
        <translation>Llamadas de prueba al 933</translation>
    </message>
    <message>
        <source>⚠ Sent another location than registered</source>
        <translation>⚠ Enviaron otra ubicación que la registrada</translation>
    </message>
    <message>
        <source>⚠ Numbers flagged now</source>
        <translation>⚠ Números señalados ahora</translation>
    </message>
    <message>
        <source>their last call sent another location; listed at the end</source>
        <translation>su última llamada envió otra ubicación; se listan al final</translation>
    </message>
    <message>
        <source>No call through Teams in this period, or the emergency-call feed is not set up for this tenant.</source>
        <translation>Ninguna llamada por Teams en este periodo, o la fuente de llamadas de emergencia no está configurada para este inquilino.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quien llama</translation>
    </message>
    <message>
        <source>Location sent</source>
        <translation>Ubicación enviada</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>no se envió</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (simulada)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older call(s) not shown.</source>
        <translation>
            <numerusform>%Ln llamada anterior no se muestra.</numerusform>
            <numerusform>%Ln llamadas anteriores no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams sent another location: the number&apos;s last call through Teams sent a location that differs from its registration.</source>
        <translation>Teams envió otra ubicación: la última llamada del número a través de Teams envió una ubicación distinta de la de su registro.</translation>
    </message>
    <message>
        <source>Teams gives another location: by the last Teams export recorded, the emergency location Teams gives the number is not at its registered address.</source>
        <translation>Teams le da otra ubicación: según la última exportación de Teams registrada, la ubicación de emergencia que Teams da al número no está en su dirección registrada.</translation>
    </message>
    <message>
        <source>⚠ Teams gives another location</source>
        <translation>⚠ Teams le da otra ubicación</translation>
    </message>
    <message>
        <source>by the Teams export of %1; listed at the end</source>
        <translation>según la exportación de Teams del %1; en la lista del final</translation>
    </message>
    <message>
        <source>no Teams export recorded (Compare With Teams…)</source>
        <translation>ninguna exportación de Teams registrada (Comparar con Teams…)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Its address</source>
        <translation>Su dirección</translation>
    </message>
    <message>
        <source>What the last call showed</source>
        <translation>Lo que mostró la última llamada</translation>
    </message>
    <message>
        <source>⚠ Places flagged now</source>
        <translation>⚠ Lugares señalados ahora</translation>
    </message>
    <message>
        <source>Teams sent them with another address; listed below</source>
        <translation>Teams los envió con otra dirección; se listan abajo</translation>
    </message>
</context>
<context>
    <name>ComplianceWarnings</name>
    <message numerus="yes">
        <source>%Ln common-area phone(s)</source>
        <translation>
            <numerusform>%Ln teléfono de zona común</numerusform>
            <numerusform>%Ln teléfonos de zonas comunes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) outside the US</source>
        <translation>
            <numerusform>%Ln número fuera de EE. UU.</numerusform>
            <numerusform>%Ln números fuera de EE. UU.</numerusform>
        </translation>
    </message>
    <message>
        <source>These numbers get no emergency calling service through this carrier, neither basic 911 nor E911. Canadian numbers share +1 with the US but are outside it. People who use them need another way to reach emergency services.</source>
        <translation>Estos números no reciben servicio de llamadas de emergencia a través de este operador, ni 911 básico ni E911. Los números canadienses comparten el +1 con EE. UU., pero están fuera del país. Quienes los usan necesitan otra forma de comunicarse con los servicios de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln toll-free number(s)</source>
        <translation>
            <numerusform>%Ln número gratuito</numerusform>
            <numerusform>%Ln números gratuitos</numerusform>
        </translation>
    </message>
    <message>
        <source>A toll-free number cannot be a 911 callback number, so it cannot be registered with 911. Give the phones that use it a local number for emergency calls.</source>
        <translation>Un número gratuito no puede ser un número de devolución de llamada del 911, así que no se puede registrar en el 911. Dé a los teléfonos que lo usan un número local para las llamadas de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln US number(s) with basic 911 only</source>
        <translation>
            <numerusform>%Ln número de EE. UU. solo con 911 básico</numerusform>
            <numerusform>%Ln números de EE. UU. solo con 911 básico</numerusform>
        </translation>
    </message>
    <message>
        <source>A 911 call from these numbers reaches a national emergency call centre that does not know where the caller is: the caller must say it. Register them with 911 to send the location with the call.</source>
        <translation>Una llamada al 911 desde estos números llega a un centro nacional de llamadas de emergencia que no sabe dónde está quien llama: esa persona debe decirlo. Regístrelos en el 911 para enviar la ubicación con la llamada.</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Compare your change with theirs</source>
        <translation>Comparar su cambio con el de la otra persona</translation>
    </message>
    <message>
        <source>⚠ Changed by someone else: %1. Your change waits until you choose which version stays.</source>
        <translation>⚠ Otra persona lo cambió: %1. Su cambio espera hasta que elija qué versión se queda.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Changed by someone else: %1 and %Ln more. Your changes wait until you choose which versions stay.</source>
        <translation>
            <numerusform>⚠ Otra persona lo cambió: %1 y %Ln más. Sus cambios esperan hasta que elija qué versiones se quedan.</numerusform>
            <numerusform>⚠ Otra persona lo cambió: %1 y %Ln más. Sus cambios esperan hasta que elija qué versiones se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>no emergency address</source>
        <translation>sin dirección de emergencia</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Register With 911 at:
%1</source>
        <translation>Registrar en el 911 en:
%1</translation>
    </message>
    <message>
        <source>Turn off E911 (basic 911 only).
Reason: %1</source>
        <translation>Desactivar E911 (solo 911 básico).
Motivo: %1</translation>
    </message>
    <message>
        <source>%1
Emergency address:
%2</source>
        <translation>%1
Dirección de emergencia:
%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by someone else&lt;/b&gt; after you made your change. Compare the two and choose which one stays.</source>
        <translation>&lt;b&gt;Otra persona cambió %1&lt;/b&gt; después de que usted hiciera su cambio. Compare los dos y elija cuál se queda.</translation>
    </message>
    <message>
        <source>Your change (not sent)</source>
        <translation>Su cambio (sin enviar)</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>The version now on the server</source>
        <translation>La versión que está ahora en el servidor</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la &amp;otra</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <source>Drops your change; the server&apos;s version stays</source>
        <translation>Descarta su cambio; se queda la versión del servidor</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Sends your change again on top of the server&apos;s version</source>
        <translation>Vuelve a enviar su cambio sobre la versión del servidor</translation>
    </message>
    <message>
        <source>Emergency address %1</source>
        <translation>Dirección de emergencia %1</translation>
    </message>
    <message>
        <source>A batch of numbers</source>
        <translation>Un lote de números</translation>
    </message>
    <message>
        <source>The limitations acknowledgement</source>
        <translation>La aceptación de las limitaciones</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lugar %1</translation>
    </message>
    <message>
        <source>Network element %1</source>
        <translation>Elemento de red %1</translation>
    </message>
    <message>
        <source>A batch of network elements</source>
        <translation>Un lote de elementos de red</translation>
    </message>
    <message>
        <source>A 933 test call</source>
        <translation>Una llamada de prueba al 933</translation>
    </message>
    <message>
        <source>The emergency calling policy</source>
        <translation>La directiva de llamadas de emergencia</translation>
    </message>
    <message>
        <source>The Teams locations of the numbers</source>
        <translation>Las ubicaciones de Teams de los números</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Your Backend</source>
        <translation>Conectarse a su servidor</translation>
    </message>
    <message>
        <source>Enter the address of the provisioning backend your provider gave you. Dispatchable checks that it answers and that its certificate can be trusted before you sign in.</source>
        <translation>Introduzca la dirección del servidor de aprovisionamiento que le dio su proveedor. Dispatchable comprueba que responde y que su certificado es de confianza antes de que inicie sesión.</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>An https address.</source>
        <translation>Una dirección https.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>How this connection is shown in the window.</source>
        <translation>Cómo se muestra esta conexión en la ventana.</translation>
    </message>
    <message>
        <source>Backend &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nombre de la conexión:</translation>
    </message>
    <message>
        <source>Your organisation allows no backend on this computer. Ask your IT department.</source>
        <translation>Su organización no permite ningún servidor en este equipo. Consulte a su departamento de TI.</translation>
    </message>
    <message>
        <source>Your organisation allows only these backends:
%1</source>
        <translation>Su organización solo permite estos servidores:
%1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confiar y conectar</translation>
    </message>
    <message>
        <source>Pins this certificate for this connection. Enabled once you compared the fingerprint.</source>
        <translation>Fija este certificado para esta conexión. Se habilita cuando haya comparado la huella digital.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contactando con %1…</translation>
    </message>
    <message>
        <source>Your organisation decides which certificates Dispatchable trusts, and this server&apos;s certificate is not one of them.</source>
        <translation>Su organización decide en qué certificados confía Dispatchable, y el certificado de este servidor no es uno de ellos.</translation>
    </message>
    <message>
        <source>Ask your IT department to add this server&apos;s fingerprint to the managed configuration.</source>
        <translation>Pida a su departamento de TI que agregue la huella digital de este servidor a la configuración administrada.</translation>
    </message>
    <message>
        <source>The certificate could not be saved for this connection: your organisation manages trusted certificates.</source>
        <translation>No se pudo guardar el certificado para esta conexión: su organización administra los certificados de confianza.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the backend&apos;s address, for example https://e911.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://e911.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter it in full, starting with https://, for example https://e911.example.com.</source>
        <translation>“%1” no es una dirección web. Escríbala completa, empezando por https://, por ejemplo https://e911.example.com.</translation>
    </message>
    <message>
        <source>Addresses starting with %1: are not supported. Use an https:// address.</source>
        <translation>Las direcciones que empiezan por %1: no se admiten. Use una dirección https://.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so it is refused. Use https:// instead (plain http:// is allowed only for a backend on this computer).</source>
        <translation>La conexión con %1 no estaría cifrada, así que se rechaza. Use https:// (http:// sin cifrar solo se permite para un servidor en este equipo).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: you sign in after adding the connection.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección: iniciará sesión después de agregar la conexión.</translation>
    </message>
    <message>
        <source>Remove everything after “?” or “#” from the address.</source>
        <translation>Quite de la dirección todo lo que va después de “?” o “#”.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>The connection could not be saved to %1.</source>
        <translation>No se pudo guardar la conexión en %1.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Esta conexión ya no existe.</translation>
    </message>
</context>
<context>
    <name>DemoStartup</name>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>The demo backend could not start.

%1</source>
        <translation>No se pudo iniciar el servidor de demostración.

%1</translation>
    </message>
</context>
<context>
    <name>DeviceFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer to the sign-in request is not valid, so sign-in cannot start.</source>
        <translation>La respuesta del servidor a la solicitud de inicio de sesión no es válida, así que no se puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Invalid device authorization answer.</source>
        <translation>Respuesta de autorización de dispositivo no válida.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Start again to get a new code.</source>
        <translation>El código de inicio de sesión caducó antes de ser aprobado. Empiece de nuevo para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>The backend signed you in without a refresh token, so the sign-in could not be kept.</source>
        <translation>El servidor inició su sesión sin un token de actualización, así que no se pudo mantener la sesión.</translation>
    </message>
    <message>
        <source>No refresh_token in the token answer.</source>
        <translation>No hay refresh_token en la respuesta del token.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Start again if that was a mistake.</source>
        <translation>Se rechazó el inicio de sesión. Empiece de nuevo si fue un error.</translation>
    </message>
    <message>
        <source>The backend refused this sign-in code (%1). Start again to get a new code.</source>
        <translation>El servidor rechazó este código de inicio de sesión (%1). Empiece de nuevo para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Falló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>DidModel</name>
    <message>
        <source>Basic 911 only</source>
        <translation>Solo 911 básico</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Turning off</source>
        <translation>Desactivándose</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Common area phone</source>
        <translation>Teléfono de zona común</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Auto attendant</source>
        <translation>Operador automático</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>Cola de llamadas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Conflict · %1</source>
        <translation>⚠ Conflicto · %1</translation>
    </message>
    <message>
        <source>%1, toll-free: cannot have E911</source>
        <translation>%1, número gratuito: no puede tener E911</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>⚠ Location differs · %1</source>
        <translation>⚠ Ubicación distinta · %1</translation>
    </message>
    <message>
        <source>⚠ Teams location differs · %1</source>
        <translation>⚠ Ubicación de Teams distinta · %1</translation>
    </message>
</context>
<context>
    <name>E911Actions</name>
    <message>
        <source>Move to Another Address</source>
        <translation>Mover a otra dirección</translation>
    </message>
    <message>
        <source>None of the selected numbers is registered with 911, so there is no address to move. Use Register With 911 (Ctrl+E) to give them one.</source>
        <translation>Ninguno de los números seleccionados está registrado en el 911, así que no hay ninguna dirección que mover. Use Registrar en el 911 (Ctrl+E) para asignarles una.</translation>
    </message>
    <message numerus="yes">
        <source>Registering %n numbers</source>
        <translation>
            <numerusform>Registrando %n número</numerusform>
            <numerusform>Registrando %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n numbers</source>
        <translation>
            <numerusform>Moviendo %n número</numerusform>
            <numerusform>Moviendo %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning off E911 for %n numbers</source>
        <translation>
            <numerusform>Desactivando E911 para %n número</numerusform>
            <numerusform>Desactivando E911 para %n números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911DisableDialog</name>
    <message>
        <source>Turn Off E911</source>
        <translation>Desactivar E911</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turn off E911 for %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Desactivar E911 para %1?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Turn off E911 for %Ln numbers?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;¿Desactivar E911 para %Ln número?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;¿Desactivar E911 para %Ln números?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>They fall back to &lt;b&gt;basic 911&lt;/b&gt;: an emergency call still goes through, but to a national call centre, and &lt;b&gt;the caller must say where they are&lt;/b&gt;. Responders no longer see the emergency address.</source>
        <translation>Vuelven al &lt;b&gt;911 básico&lt;/b&gt;: una llamada de emergencia sigue saliendo, pero a un centro de llamadas nacional, y &lt;b&gt;quien llama debe decir dónde está&lt;/b&gt;. Los equipos de emergencia ya no ven la dirección de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected numbers are on basic 911 already and stay as they are.</source>
        <translation>
            <numerusform>%Ln de los números seleccionados ya está en 911 básico y se queda como está.</numerusform>
            <numerusform>%Ln de los números seleccionados ya están en 911 básico y se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Motivo (se guarda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Reason for turning off E911</source>
        <translation>Motivo para desactivar E911</translation>
    </message>
    <message>
        <source>e.g. office closed, number moved to a service account</source>
        <translation>p. ej., oficina cerrada, número trasladado a una cuenta de servicio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Turn Off E911</source>
        <translation>&amp;Desactivar E911</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn Off E911 for %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Desactivar E911 para %Ln número</numerusform>
            <numerusform>&amp;Desactivar E911 para %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>Destructive: the numbers fall back to basic 911. Needs a reason.</source>
        <translation>Acción destructiva: los números vuelven al 911 básico. Requiere un motivo.</translation>
    </message>
    <message>
        <source>Turning off could not be saved; nothing was sent: %1</source>
        <translation>No se pudo guardar la desactivación; no se envió nada: %1</translation>
    </message>
</context>
<context>
    <name>E911Eligibility</name>
    <message>
        <source>Outside the US: no emergency service through this carrier</source>
        <translation>Fuera de EE. UU.: sin servicio de emergencia a través de este operador</translation>
    </message>
    <message>
        <source>A toll-free number cannot be a 911 callback number</source>
        <translation>Un número gratuito no puede ser un número de devolución de llamada del 911</translation>
    </message>
    <message>
        <source>Already registered at this emergency address</source>
        <translation>Ya registrado en esta dirección de emergencia</translation>
    </message>
    <message>
        <source>Not validated yet</source>
        <translation>Aún sin validar</translation>
    </message>
    <message>
        <source>Validation failed: correct the address first</source>
        <translation>La validación falló: primero corrija la dirección</translation>
    </message>
    <message>
        <source>Outside the US: E911 needs a US address</source>
        <translation>Fuera de EE. UU.: E911 requiere una dirección de EE. UU.</translation>
    </message>
    <message>
        <source>No longer in this tenant (removed by a sync)</source>
        <translation>Ya no está en este inquilino (eliminado por una sincronización)</translation>
    </message>
</context>
<context>
    <name>E911EnableDialog</name>
    <message>
        <source>Register With 911</source>
        <translation>Registrar en el 911</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before registering numbers with 911, %1 must acknowledge what emergency calling from Teams cannot do.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes de registrar números en el 911, %1 debe aceptar lo que las llamadas de emergencia desde Teams no pueden hacer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have read these limitations and acknowledge them for %1</source>
        <translation>He leído estas limitaciones y las acepto en nombre de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and Continue</source>
        <translation>&amp;Aceptar y continuar</translation>
    </message>
    <message>
        <source>Records the acknowledgement for this tenant and sends it to the backend</source>
        <translation>Registra la aceptación para este inquilino y la envía al servidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose the emergency address for this number.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elija la dirección de emergencia para este número.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Choose the emergency address for %Ln numbers.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Elija la dirección de emergencia para %Ln número.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Elija la dirección de emergencia para %Ln números.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency responders are sent here when someone dials 911 from these numbers. Only validated US addresses can be used.</source>
        <translation>Los equipos de emergencia acuden aquí cuando alguien marca el 911 desde estos números. Solo se pueden usar direcciones validadas de EE. UU.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>What will be registered and what it costs</source>
        <translation>Qué se registrará y cuánto cuesta</translation>
    </message>
    <message>
        <source>Numbers that cannot be registered, with the reason</source>
        <translation>Números que no se pueden registrar, con el motivo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>No se pudo guardar la aceptación: %1</translation>
    </message>
    <message>
        <source>Nothing to register at %1.</source>
        <translation>No hay nada que registrar en %1.</translation>
    </message>
    <message>
        <source>Move 1 number to %1.</source>
        <translation>Mover 1 número a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln numbers to %1.</source>
        <translation>
            <numerusform>Mover %Ln número a %1.</numerusform>
            <numerusform>Mover %Ln números a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are registered already, so the monthly fee does not change.</source>
        <translation>Ya están registrados, así que la cuota mensual no cambia.</translation>
    </message>
    <message>
        <source>Register 1 number at %1.</source>
        <translation>Registrar 1 número en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers at %1.</source>
        <translation>
            <numerusform>Registrar %Ln número en %1.</numerusform>
            <numerusform>Registrar %Ln números en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per number per month: %2 a month.</source>
        <translation>%1 por número al mes: %2 al mes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them start E911 at %1 per number per month: %2 a month more; the others move here and their fee does not change.</source>
        <translation>
            <numerusform>%Ln de ellos empieza a tener E911 a %1 por número al mes: %2 más al mes; los demás se mueven aquí y su cuota no cambia.</numerusform>
            <numerusform>%Ln de ellos empiezan a tener E911 a %1 por número al mes: %2 más al mes; los demás se mueven aquí y su cuota no cambia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list has not been synced yet, so the fee cannot be shown. Sync (F5), then try again.</source>
        <translation>La lista de precios aún no se ha sincronizado, así que no se puede mostrar la cuota. Sincronice (F5) y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are already registered elsewhere and move to this address.</source>
        <translation>
            <numerusform>%Ln de ellos ya está registrado en otro lugar y se mueve a esta dirección.</numerusform>
            <numerusform>%Ln de ellos ya están registrados en otro lugar y se mueven a esta dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already registered at this address and stay as they are.</source>
        <translation>
            <numerusform>%Ln ya está registrado en esta dirección y se queda como está.</numerusform>
            <numerusform>%Ln ya están registrados en esta dirección y se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers show as pending until the 911 provider accepts them.</source>
        <translation>Los números aparecen como pendientes hasta que el proveedor del 911 los acepte.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers cannot be registered:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln número no se puede registrar:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln números no se pueden registrar:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move 1 Number</source>
        <translation>&amp;Mover 1 número</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Mover %Ln número</numerusform>
            <numerusform>&amp;Mover %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register 1 Number</source>
        <translation>&amp;Registrar 1 número</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Registrar %Ln número</numerusform>
            <numerusform>&amp;Registrar %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration could not be saved; nothing was sent: %1</source>
        <translation>No se pudo guardar el registro; no se envió nada: %1</translation>
    </message>
</context>
<context>
    <name>E911Wiring</name>
    <message numerus="yes">
        <source>Importing %n numbers</source>
        <translation>
            <numerusform>Importando %n número</numerusform>
            <numerusform>Importando %n números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your organisation&apos;s proxy setting is not valid, so Dispatchable does not connect to %1. Ask your IT department to correct it.</source>
        <translation>La configuración de proxy de su organización no es válida, así que Dispatchable no se conecta a %1. Pida a su departamento de TI que la corrija.</translation>
    </message>
    <message>
        <source>This proxy setting cannot be stored.</source>
        <translation>Esta configuración de proxy no se puede guardar.</translation>
    </message>
    <message>
        <source>“%1” is set by your organisation.</source>
        <translation>“%1” lo establece su organización.</translation>
    </message>
    <message>
        <source>The setting could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>EmergencyAlertStyleSetting</name>
    <message>
        <source>Sound, no flashing</source>
        <translation>Sonido, sin destellos</translation>
    </message>
    <message>
        <source>Flashing, no sound</source>
        <translation>Destellos, sin sonido</translation>
    </message>
    <message>
        <source>Neither: the window only</source>
        <translation>Ninguno: solo la ventana</translation>
    </message>
    <message>
        <source>Sound and flashing</source>
        <translation>Sonido y destellos</translation>
    </message>
    <message>
        <source>“%1” is not an alert style Dispatchable has. Use one of: %2.</source>
        <translation>“%1” no es un estilo de alerta de Dispatchable. Use uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>EmergencyAlertWindow</name>
    <message>
        <source>Emergency call: %1</source>
        <translation>Llamada de emergencia: %1</translation>
    </message>
    <message>
        <source>Call &amp;Log</source>
        <translation>Re&amp;gistro de llamadas</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Record that the desk has seen this call (Enter)</source>
        <translation>Registrar que el puesto de seguridad vio esta llamada (Intro)</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where Teams says the caller is&lt;/b&gt; (blue on the map)</source>
        <translation>&lt;b&gt;Dónde dice Teams que está quien llama&lt;/b&gt; (azul en el mapa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered E911 address&lt;/b&gt; (red on the map)</source>
        <translation>&lt;b&gt;Dirección E911 registrada&lt;/b&gt; (rojo en el mapa)</translation>
    </message>
    <message>
        <source>%1 call in progress</source>
        <translation>Llamada al %1 en curso</translation>
    </message>
    <message>
        <source>%1 call ended</source>
        <translation>Llamada al %1 terminada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Comenzó el %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Simulated by the demo, not a real call.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Simulada por la demostración, no es una llamada real.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Teams sent no location.</source>
        <translation>Teams no envió ninguna ubicación.</translation>
    </message>
    <message>
        <source>This number has no E911 address on file.</source>
        <translation>Este número no tiene dirección E911 registrada.</translation>
    </message>
    <message>
        <source>Teams sent</source>
        <translation>Enviada por Teams</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2.</source>
        <translation>Confirmada por %1 a las %2.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translation>Aún sin confirmar.</translation>
    </message>
    <message>
        <source>Could not acknowledge: %1</source>
        <translation>No se pudo confirmar: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyCallFeed</name>
    <message>
        <source>The server refused the live call feed (HTTP %1).</source>
        <translation>El servidor rechazó el canal de llamadas en vivo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>EmergencyCallLogModel</name>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Confirmada por %1</translation>
    </message>
    <message>
        <source>Test call in progress</source>
        <translation>Llamada de prueba en curso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Llamada de prueba</translation>
    </message>
    <message>
        <source>Missed: ended unacknowledged</source>
        <translation>Perdida: terminó sin confirmar</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulada)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quien llama</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Location Teams sent</source>
        <translation>Ubicación enviada por Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EmergencyCallLogWindow</name>
    <message>
        <source>Emergency Calls</source>
        <translation>Llamadas de emergencia</translation>
    </message>
    <message>
        <source>Emergency call log</source>
        <translation>Registro de llamadas de emergencia</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Live: new emergency calls appear here and raise an alert at once.</source>
        <translation>En vivo: las nuevas llamadas de emergencia aparecen aquí y generan una alerta al instante.</translation>
    </message>
    <message>
        <source>Loading the recent calls…</source>
        <translation>Cargando las llamadas recientes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not live&lt;/b&gt;: reconnecting to the backend (%1). Calls made meanwhile will appear once it answers.</source>
        <translation>&lt;b&gt;Sin conexión en vivo&lt;/b&gt;: reconectando con el servidor (%1). Las llamadas hechas mientras tanto aparecerán cuando responda.</translation>
    </message>
    <message>
        <source>The live call feed is off.</source>
        <translation>El canal de llamadas en vivo está desactivado.</translation>
    </message>
    <message>
        <source>Select a call to see where Teams said the caller was.</source>
        <translation>Seleccione una llamada para ver dónde dijo Teams que estaba quien llamaba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams sent:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Registered:&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Enviada por Teams:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Registrada:&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>ninguna ubicación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Register with &amp;911</source>
        <translation>Registrar en el &amp;911</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Número de la casa</translation>
    </message>
    <message>
        <source>House number suffix</source>
        <translation>Sufijo del número de la casa</translation>
    </message>
    <message>
        <source>Prefix direction</source>
        <translation>Punto cardinal anterior</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Tipo de vía</translation>
    </message>
    <message>
        <source>Post direction</source>
        <translation>Punto cardinal posterior</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Unit / suite</source>
        <translation>Unidad / oficina</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✔ Register</source>
        <translation>✔ Registrar</translation>
    </message>
    <message>
        <source>➜ Move here</source>
        <translation>➜ Mover aquí</translation>
    </message>
    <message>
        <source>= No change</source>
        <translation>= Sin cambios</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Omitido</translation>
    </message>
    <message>
        <source>✖ Problem</source>
        <translation>✖ Problema</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Address or problem</source>
        <translation>Dirección o problema</translation>
    </message>
</context>
<context>
    <name>KioskDashboard</name>
    <message>
        <source>Compliance dashboard</source>
        <translation>Panel de cumplimiento</translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation>Esperando la primera sincronización</translation>
    </message>
    <message>
        <source>Offline — no data yet</source>
        <translation>Sin conexión: aún no hay datos</translation>
    </message>
    <message>
        <source>● Connected · data from %1 (%2)</source>
        <translation>● Conectado · datos de %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Offline — showing data from %1 (%2)</source>
        <translation>⚠ Sin conexión: se muestran datos de %1 (%2)</translation>
    </message>
    <message>
        <source>Read-only audit view</source>
        <translation>Vista de auditoría de solo lectura</translation>
    </message>
    <message>
        <source>No tenant data yet.</source>
        <translation>Aún no hay datos de inquilinos.</translation>
    </message>
    <message>
        <source>No tenant data yet. Each tenant appears here once the first sync has finished.</source>
        <translation>Aún no hay datos de inquilinos. Cada inquilino aparece aquí cuando termina la primera sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant %1 of %2</source>
        <translation>inquilino %1 de %2</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <source>● Connected · %1</source>
        <translation>● Conectado · %1</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>⚠ Offline · %1 old</source>
        <translation>⚠ Sin conexión · de hace %1</translation>
    </message>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Sin conexión</translation>
    </message>
    <message>
        <source>Numbers by E911 state</source>
        <translation>Números por estado de E911</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% of the numbers that can have E911 are registered</source>
        <translation>El %1% de los números que pueden tener E911 están registrados</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>No successful sync yet</source>
        <translation>Aún no hay ninguna sincronización correcta</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT — no data yet</source>
        <translation>⚠ Es necesario iniciar sesión: avise a TI — aún no hay datos</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT — showing data from %1 (%2)</source>
        <translation>⚠ Es necesario iniciar sesión: avise a TI — se muestran datos de las %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed · %1 old</source>
        <translation>⚠ Es necesario iniciar sesión · datos de hace %1</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed</source>
        <translation>⚠ Es necesario iniciar sesión</translation>
    </message>
</context>
<context>
    <name>KioskDeviceSignIn</name>
    <message>
        <source>Asking the backend for a sign-in code…</source>
        <translation>Pidiendo al servidor un código de inicio de sesión…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on another device…</source>
        <translation>Esperando el inicio de sesión en otro dispositivo…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in until the kiosk restarts: %1</source>
        <translation>Sesión iniciada hasta que el quiosco se reinicie: %1</translation>
    </message>
    <message>
        <source>%1 A new code follows shortly.</source>
        <translation>%1 En breve aparecerá un código nuevo.</translation>
    </message>
</context>
<context>
    <name>KioskFigures</name>
    <message>
        <source>No acknowledgement of the 911 limitations on record.</source>
        <translation>No hay ninguna aceptación de las limitaciones del 911 registrada.</translation>
    </message>
    <message>
        <source>Version %1, by %2</source>
        <translation>Versión %1, por %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 is outdated; version %3 must be acknowledged.</source>
        <translation>La versión %1 de %2 está desactualizada; hay que aceptar la versión %3.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Turning off</source>
        <translation>Desactivándose</translation>
    </message>
    <message>
        <source>Basic 911 only</source>
        <translation>Solo 911 básico</translation>
    </message>
    <message>
        <source>Addresses not validated</source>
        <translation>Direcciones sin validar</translation>
    </message>
    <message numerus="yes">
        <source>of %n emergency addresses; they cannot carry E911</source>
        <translation>
            <numerusform>de %n dirección de emergencia; no pueden llevar E911</numerusform>
            <numerusform>de %n direcciones de emergencia; no pueden llevar E911</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses without floor or room</source>
        <translation>Direcciones sin piso ni sala</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers registered there lack a dispatchable location</source>
        <translation>
            <numerusform>%n número registrado allí no tiene una ubicación despachable</numerusform>
            <numerusform>%n números registrados allí no tienen una ubicación despachable</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-area phones</source>
        <translation>Teléfonos de zonas comunes</translation>
    </message>
    <message numerus="yes">
        <source>%n without E911; these phones need 911 at all times</source>
        <translation>
            <numerusform>%n sin E911; estos teléfonos necesitan el 911 en todo momento</numerusform>
            <numerusform>%n sin E911; estos teléfonos necesitan el 911 en todo momento</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers outside the US</source>
        <translation>Números fuera de EE. UU.</translation>
    </message>
    <message>
        <source>No emergency calling through this carrier</source>
        <translation>Sin llamadas de emergencia a través de este operador</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Números gratuitos</translation>
    </message>
    <message>
        <source>Cannot be a 911 callback number</source>
        <translation>No puede ser un número de devolución de llamada del 911</translation>
    </message>
    <message>
        <source>Limitations acknowledged</source>
        <translation>Limitaciones aceptadas</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>moments</source>
        <translation>unos instantes</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n numbers.</source>
        <translation>
            <numerusform>%1: %n número.</numerusform>
            <numerusform>%1: %n números.</numerusform>
        </translation>
    </message>
    <message>
        <source>933 tested</source>
        <translation>Probados con el 933</translation>
    </message>
    <message numerus="yes">
        <source>of %n places and registered numbers</source>
        <translation>
            <numerusform>de %n lugar y número registrado</numerusform>
            <numerusform>de %n lugares y números registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls from another location</source>
        <translation>Llamadas desde otra ubicación</translation>
    </message>
    <message>
        <source>numbers whose last call through Teams sent another location than their registration</source>
        <translation>números cuya última llamada por Teams envió otra ubicación que la registrada</translation>
    </message>
    <message>
        <source>Teams gives another location</source>
        <translation>Teams les da otra ubicación</translation>
    </message>
    <message>
        <source>numbers whose emergency location in Teams is not their registered address</source>
        <translation>números cuya ubicación de emergencia en Teams no es su dirección registrada</translation>
    </message>
    <message>
        <source>Places Teams holds elsewhere</source>
        <translation>Lugares que Teams tiene en otra parte</translation>
    </message>
    <message>
        <source>places whose last call through Teams sent another address than theirs</source>
        <translation>lugares cuya última llamada por Teams envió otra dirección que la suya</translation>
    </message>
</context>
<context>
    <name>KioskLauncher</name>
    <message>
        <source>--kiosk-interval must be a number of seconds from 5 to 3600.</source>
        <translation>--kiosk-interval debe ser un número de segundos entre 5 y 3600.</translation>
    </message>
    <message>
        <source>--kiosk-idle must be a number of minutes from 1 to 120.</source>
        <translation>--kiosk-idle debe ser un número de minutos entre 1 y 120.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an auditor account</source>
        <translation>El modo quiosco requiere una cuenta de auditor</translation>
    </message>
</context>
<context>
    <name>KioskLockNotice</name>
    <message>
        <source>Managed settings go in the registry under HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Dispatchable (Windows), a configuration profile for com.dispatchable.Dispatchable (macOS) or /etc/xdg/Dispatchable/managed.ini (Linux).</source>
        <translation>La configuración administrada va en el registro, en HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Dispatchable (Windows), en un perfil de configuración para com.dispatchable.Dispatchable (macOS) o en /etc/xdg/Dispatchable/managed.ini (Linux).</translation>
    </message>
    <message>
        <source>Kiosk not set up: no connection</source>
        <translation>Quiosco sin configurar: no hay conexión</translation>
    </message>
    <message>
        <source>This kiosk has no connection to a provisioning backend, so it has no data to show.</source>
        <translation>Este quiosco no tiene conexión con un servidor de aprovisionamiento, así que no tiene datos que mostrar.</translation>
    </message>
    <message>
        <source>Set AllowedBackendUrls to the one backend this kiosk shows (a single address, without &quot;*.&quot;): the kiosk then connects to it by itself.</source>
        <translation>Configure AllowedBackendUrls con el único servidor que muestra este quiosco (una sola dirección, sin &quot;*.&quot;): el quiosco se conectará a él por sí mismo.</translation>
    </message>
    <message>
        <source>Set PinnedCertificates for that backend unless its certificate is one this computer already trusts.</source>
        <translation>Configure PinnedCertificates para ese servidor, salvo que este equipo ya confíe en su certificado.</translation>
    </message>
    <message>
        <source>Restart the kiosk. It shows a sign-in code: sign in with an auditor account on another device.</source>
        <translation>Reinicie el quiosco. Mostrará un código de inicio de sesión: inicie sesión con una cuenta de auditor en otro dispositivo.</translation>
    </message>
    <message>
        <source>Kiosk locked: connection not allowed</source>
        <translation>Quiosco bloqueado: conexión no permitida</translation>
    </message>
    <message>
        <source>Add this kiosk&apos;s backend to AllowedBackendUrls, or remove the kiosk account&apos;s saved connection so that the kiosk connects to the one backend AllowedBackendUrls names.</source>
        <translation>Añada el servidor de este quiosco a AllowedBackendUrls, o elimine la conexión guardada de la cuenta del quiosco para que se conecte al único servidor que indica AllowedBackendUrls.</translation>
    </message>
    <message>
        <source>Restart the kiosk.</source>
        <translation>Reinicie el quiosco.</translation>
    </message>
    <message>
        <source>Kiosk locked: the backend&apos;s certificate was refused</source>
        <translation>Quiosco bloqueado: se rechazó el certificado del servidor</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s operator whether its certificate was replaced, and compare the fingerprint below with theirs.</source>
        <translation>Pregunte al administrador del servidor si se sustituyó su certificado y compare la huella digital de abajo con la suya.</translation>
    </message>
    <message>
        <source>If it was replaced on purpose, set PinnedCertificates to the backend&apos;s address, a space and the new fingerprint, then restart the kiosk.</source>
        <translation>Si se sustituyó a propósito, configure PinnedCertificates con la dirección del servidor, un espacio y la nueva huella digital, y reinicie el quiosco.</translation>
    </message>
    <message>
        <source>If it was not, someone may be intercepting the connection: leave the kiosk locked.</source>
        <translation>Si no, puede que alguien esté interceptando la conexión: deje el quiosco bloqueado.</translation>
    </message>
    <message>
        <source>Trusted fingerprint: %1</source>
        <translation>Huella digital de confianza: %1</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1</source>
        <translation>Huella digital presentada: %1</translation>
    </message>
    <message>
        <source>Kiosk waiting: the backend cannot be reached</source>
        <translation>Quiosco en espera: no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and that the backend is running.</source>
        <translation>Compruebe la conexión de red de este equipo y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>If this network needs a proxy, set Proxy (http://host:port, or system).</source>
        <translation>Si esta red necesita un proxy, configure Proxy (http://host:puerto, o system).</translation>
    </message>
    <message>
        <source>The kiosk tries again by itself every 30 seconds.</source>
        <translation>El quiosco vuelve a intentarlo por sí mismo cada 30 segundos.</translation>
    </message>
    <message>
        <source>Kiosk locked: the offline copy cannot be opened</source>
        <translation>Quiosco bloqueado: no se puede abrir la copia sin conexión</translation>
    </message>
    <message>
        <source>Make sure the kiosk account can write to its application data folder and that the disk is not full.</source>
        <translation>Asegúrese de que la cuenta del quiosco pueda escribir en su carpeta de datos de aplicación y de que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Kiosk locked: its start command is wrong</source>
        <translation>Quiosco bloqueado: su comando de inicio es incorrecto</translation>
    </message>
    <message>
        <source>Correct the value in the command that starts the kiosk (its shortcut, service or login script), or leave the option out to use the default.</source>
        <translation>Corrija el valor en el comando que inicia el quiosco (su acceso directo, servicio o script de inicio de sesión), u omita la opción para usar el valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>KioskLockedPage</name>
    <message>
        <source>Kiosk locked</source>
        <translation>Quiosco bloqueado</translation>
    </message>
    <message>
        <source>What IT must configure:</source>
        <translation>Lo que TI debe configurar:</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>&amp;Leave Kiosk Mode</source>
        <translation>&amp;Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Leave Kiosk Mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Enter the kiosk PIN to leave the read-only audit view.</source>
        <translation>Introduzca el PIN del quiosco para salir de la vista de auditoría de solo lectura.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>PIN check result</source>
        <translation>Resultado de la comprobación del PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>&amp;Stay in Kiosk Mode</source>
        <translation>&amp;Permanecer en el modo quiosco</translation>
    </message>
    <message>
        <source>Stay in kiosk mode</source>
        <translation>Permanecer en el modo quiosco</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>The wait is over. Enter the PIN again.</source>
        <translation>La espera terminó. Vuelva a introducir el PIN.</translation>
    </message>
</context>
<context>
    <name>KioskPinGate</name>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>PIN incorrecto. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PIN is set for leaving kiosk mode. Ask the person who set up this computer.</source>
        <translation>No hay ningún PIN configurado para salir del modo quiosco. Pregunte a la persona que configuró este equipo.</translation>
    </message>
</context>
<context>
    <name>KioskPinHash</name>
    <message numerus="yes">
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>El PIN necesita al menos %n carácter.</numerusform>
            <numerusform>El PIN necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN can have at most %n characters.</source>
        <translation>
            <numerusform>El PIN puede tener como máximo %n carácter.</numerusform>
            <numerusform>El PIN puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not a PIN hash made by “dispatchable kiosk-pin-hash” (expected pbkdf2-sha256$iterations$salt$hash).</source>
        <translation>No es un hash de PIN creado por “dispatchable kiosk-pin-hash” (se esperaba pbkdf2-sha256$iterations$salt$hash).</translation>
    </message>
    <message>
        <source>Its iteration count must be between %L1 and %L2.</source>
        <translation>Su número de iteraciones debe estar entre %L1 y %L2.</translation>
    </message>
    <message numerus="yes">
        <source>Its salt must be %n bytes in base64.</source>
        <translation>
            <numerusform>Su sal debe tener %n byte en base64.</numerusform>
            <numerusform>Su sal debe tener %n bytes en base64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its hash must be %n bytes in base64.</source>
        <translation>
            <numerusform>Su hash debe tener %n byte en base64.</numerusform>
            <numerusform>Su hash debe tener %n bytes en base64.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPinHashCommand</name>
    <message>
        <source>Reads a kiosk PIN from standard input and prints its salted hash for the KioskPinHash managed setting.</source>
        <translation>Lee un PIN de quiosco de la entrada estándar e imprime su hash con sal para la configuración administrada KioskPinHash.</translation>
    </message>
    <message>
        <source>Kiosk PIN: </source>
        <translation>PIN del quiosco: </translation>
    </message>
    <message>
        <source>No PIN was given on standard input.</source>
        <translation>No se recibió ningún PIN por la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>KioskSignInPanel</name>
    <message>
        <source>Sign-in needed</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT</source>
        <translation>⚠ Es necesario iniciar sesión: avise a TI</translation>
    </message>
    <message>
        <source>IT: on another device, open this page and enter the code, then sign in with an auditor account. The figures above are the last ones synced; their age is in the top corner.</source>
        <translation>TI: en otro dispositivo, abra esta página, introduzca el código e inicie sesión con una cuenta de auditor. Las cifras de arriba son las últimas sincronizadas; su antigüedad figura en la esquina superior.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Dirección de la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Time left to use the code</source>
        <translation>Tiempo restante para usar el código</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>El código caduca en %1:%2.</translation>
    </message>
</context>
<context>
    <name>KioskStartup</name>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Dispatchable — read-only audit view</source>
        <translation>Dispatchable — vista de auditoría de solo lectura</translation>
    </message>
    <message>
        <source>Kiosk: read-only audit view</source>
        <translation>Quiosco: vista de auditoría de solo lectura</translation>
    </message>
    <message>
        <source>Checking who is signed in…</source>
        <translation>Comprobando quién inició sesión…</translation>
    </message>
    <message>
        <source>◀ &amp;Previous Tenant</source>
        <translation>◀ Inquilino &amp;anterior</translation>
    </message>
    <message>
        <source>Show the previous tenant</source>
        <translation>Mostrar el inquilino anterior</translation>
    </message>
    <message>
        <source>P&amp;ause Cycling</source>
        <translation>&amp;Pausar la rotación</translation>
    </message>
    <message>
        <source>Pause cycling through the tenants</source>
        <translation>Pausar la rotación entre inquilinos</translation>
    </message>
    <message>
        <source>&amp;Next Tenant ▶</source>
        <translation>Inquilino &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Show the next tenant</source>
        <translation>Mostrar el inquilino siguiente</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Show the compliance dashboard</source>
        <translation>Mostrar el panel de cumplimiento</translation>
    </message>
    <message>
        <source>Audit &amp;Trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Show the audit trail</source>
        <translation>Mostrar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Leave Kiosk Mode…</source>
        <translation>Sa&amp;lir del modo quiosco…</translation>
    </message>
    <message>
        <source>Leave kiosk mode (needs the PIN)</source>
        <translation>Salir del modo quiosco (requiere el PIN)</translation>
    </message>
    <message>
        <source>Kiosk mode shows every tenant&apos;s data on an unattended screen, so it runs only with an auditor account, which cannot change anything. This connection is signed in as %1. Sign in with an auditor account or API token to use kiosk mode.</source>
        <translation>El modo quiosco muestra los datos de todos los inquilinos en una pantalla desatendida, así que solo funciona con una cuenta de auditor, que no puede cambiar nada. Esta conexión tiene la sesión iniciada como %1. Inicie sesión con una cuenta o un token de API de auditor para usar el modo quiosco.</translation>
    </message>
    <message>
        <source>an unknown role</source>
        <translation>un rol desconocido</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message numerus="yes">
        <source>Wrote %n warning label(s) for %1 to %2.</source>
        <translation>
            <numerusform>Se escribió %n etiqueta de advertencia para %1 en %2.</numerusform>
            <numerusform>Se escribieron %n etiquetas de advertencia para %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>dispatchable labels: </source>
        <translation>dispatchable labels: </translation>
    </message>
    <message>
        <source>Writes 911 warning labels (47 CFR 9.11) as a PDF for a sheet of labels. Print it at actual size.
Exit codes: 0 written; 1 failed; 2 bad arguments; 4 unknown tenant; 5 output not writable; 6 no connection profile.</source>
        <translation>Escribe las etiquetas de advertencia del 911 (47 CFR 9.11) como PDF para una hoja de etiquetas. Imprímalo a tamaño real.
Códigos de salida: 0 escrito; 1 error; 2 argumentos incorrectos; 4 inquilino desconocido; 5 no se puede escribir la salida; 6 sin perfil de conexión.</translation>
    </message>
    <message>
        <source>The labels command.</source>
        <translation>El comando de etiquetas.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>The label sheet: %1.</source>
        <translation>La hoja de etiquetas: %1.</translation>
    </message>
    <message>
        <source>The labels&apos; language: %1.</source>
        <translation>El idioma de las etiquetas: %1.</translation>
    </message>
    <message>
        <source>Print this tenant&apos;s name in the small print (read from the offline cache).</source>
        <translation>Imprimir el nombre de este inquilino en la letra pequeña (leído de la copia sin conexión).</translation>
    </message>
    <message>
        <source>The saved connection whose cache knows the tenant (its id or name).</source>
        <translation>La conexión guardada cuya copia conoce al inquilino (su id. o su nombre).</translation>
    </message>
    <message>
        <source>How many labels; the default fills one sheet.</source>
        <translation>Cuántas etiquetas; de forma predeterminada, una hoja completa.</translation>
    </message>
    <message>
        <source>Positions already used on the first sheet.</source>
        <translation>Posiciones ya usadas en la primera hoja.</translation>
    </message>
    <message>
        <source>No saved connection knows tenant %1. Leave out --tenant, or sign in with Dispatchable first.</source>
        <translation>Ninguna conexión guardada conoce al inquilino %1. Omita --tenant o inicie sesión primero con Dispatchable.</translation>
    </message>
    <message>
        <source>Choose the saved connection with --profile.</source>
        <translation>Elija la conexión guardada con --profile.</translation>
    </message>
    <message>
        <source>Tenant %1 is not in the offline copy of %2. Sync in Dispatchable first.</source>
        <translation>El inquilino %1 no está en la copia sin conexión de %2. Sincronice primero en Dispatchable.</translation>
    </message>
    <message>
        <source>--out is needed. See --help.</source>
        <translation>Se necesita --out. Consulte --help.</translation>
    </message>
    <message>
        <source>No label sheet is called &quot;%1&quot;.</source>
        <translation>Ninguna hoja de etiquetas se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language debe ser uno de %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--count must be 0 to 10000 and --skip 0 to %1.</source>
        <translation>--count debe estar entre 0 y 10000, y --skip entre 0 y %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir %1: compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>dispatchable labels: warning: the translation into %1 is not installed; the labels are in English.</source>
        <translation>dispatchable labels: advertencia: la traducción a %1 no está instalada; las etiquetas están en inglés.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>“%1” is not a language Dispatchable has. Use system or one of: %2.</source>
        <translation>“%1” no es un idioma que tenga Dispatchable. Use system o uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>Limitations</name>
    <message>
        <source>Teams may not know where the caller is</source>
        <translation>Es posible que Teams no sepa dónde está quien llama</translation>
    </message>
    <message>
        <source>Teams can lack the caller&apos;s real location. The call may then reach the wrong emergency centre, and help may be sent to the wrong place. Set up dynamic emergency calling so the location comes from the network the caller is on.</source>
        <translation>Es posible que Teams no conozca la ubicación real de quien llama. En ese caso, la llamada puede llegar al centro de emergencias equivocado y la ayuda puede enviarse al lugar equivocado. Configure las llamadas de emergencia dinámicas para que la ubicación provenga de la red a la que está conectada la persona que llama.</translation>
    </message>
    <message>
        <source>No power or no internet means no emergency call</source>
        <translation>Sin electricidad o sin internet no hay llamada de emergencia</translation>
    </message>
    <message>
        <source>If the device has no power, the power is out, or it cannot reach the internet for any reason, it cannot place an emergency call through Teams.</source>
        <translation>Si el dispositivo no tiene electricidad, si hay un corte de luz o si no puede conectarse a internet por cualquier motivo, no puede hacer una llamada de emergencia a través de Teams.</translation>
    </message>
    <message>
        <source>Calls from elsewhere likely reach the wrong centre</source>
        <translation>Las llamadas desde otro lugar probablemente lleguen al centro equivocado</translation>
    </message>
    <message>
        <source>A call made away from the registered emergency address will probably reach an emergency centre that does not serve the caller&apos;s actual location, unless dynamic emergency calling was set up and tested.</source>
        <translation>Una llamada hecha fuera de la dirección de emergencia registrada probablemente llegará a un centro de emergencias que no atiende la ubicación real de quien llama, a menos que se hayan configurado y probado las llamadas de emergencia dinámicas.</translation>
    </message>
    <message>
        <source>Not for phones that must always reach 911</source>
        <translation>No apto para teléfonos que siempre deben poder llamar al 911</translation>
    </message>
    <message>
        <source>Where a phone must reach 911 at all times, such as on a factory floor or in a medical facility, do not rely on Teams alone. Ask the carrier for a conventional voice line at those places.</source>
        <translation>Donde un teléfono deba poder llamar al 911 en todo momento, como en la planta de una fábrica o en un centro médico, no dependa solo de Teams. Solicite al operador una línea de voz convencional para esos lugares.</translation>
    </message>
</context>
<context>
    <name>LimitationsDialog</name>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limitaciones de las llamadas de emergencia</translation>
    </message>
    <message>
        <source>What emergency calling from Teams cannot do. Tell the people who use these phones.</source>
        <translation>Lo que las llamadas de emergencia desde Teams no pueden hacer. Infórmelo a las personas que usan estos teléfonos.</translation>
    </message>
    <message>
        <source>%1 has not acknowledged these limitations yet. Registering a number with 911 asks for it.</source>
        <translation>%1 aún no ha aceptado estas limitaciones. Se le pedirá al registrar un número en el 911.</translation>
    </message>
    <message>
        <source>✓ Acknowledged for %1 by %2 on %3 (text version %4).</source>
        <translation>✓ Aceptadas para %1 por %2 el %3 (versión del texto %4).</translation>
    </message>
    <message>
        <source>✖ %1 acknowledged an older text (version %2, by %3 on %4). This version must be acknowledged again before registering more numbers.</source>
        <translation>✖ %1 aceptó un texto anterior (versión %2, por %3 el %4). Hay que aceptar esta versión de nuevo antes de registrar más números.</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LimitationsView</name>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limitaciones de las llamadas de emergencia</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>Versión del texto %1</translation>
    </message>
</context>
<context>
    <name>LocalServerProcess</name>
    <message>
        <source>The demo backend did not get ready within %1 s.</source>
        <translation>El servidor de demostración no estuvo listo en %1 s.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>The demo backend stopped during start-up: %1</source>
        <translation>El servidor de demostración se detuvo durante el inicio: %1</translation>
    </message>
    <message>
        <source>The demo backend was stopped during start-up.</source>
        <translation>El servidor de demostración se detuvo durante el inicio.</translation>
    </message>
</context>
<context>
    <name>LockNote</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Establecido por su organización</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispatchable</source>
        <translation>Dispatchable</translation>
    </message>
    <message>
        <source>✓ Limitations acknowledged by %1 on %2 (version %3)</source>
        <translation>✓ Limitaciones aceptadas por %1 el %2 (versión %3)</translation>
    </message>
    <message>
        <source>◐ Limitations acknowledgement (version %1) is being sent</source>
        <translation>◐ Se está enviando la aceptación de las limitaciones (versión %1)</translation>
    </message>
    <message>
        <source>✖ Limitations acknowledged only in an older version (%1, by %2 on %3): acknowledge again before registering numbers</source>
        <translation>✖ Limitaciones aceptadas solo en una versión anterior (%1, por %2 el %3): vuelva a aceptarlas antes de registrar números</translation>
    </message>
    <message>
        <source>✖ Limitations not acknowledged</source>
        <translation>✖ Limitaciones no aceptadas</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers With 911…</source>
        <translation>
            <numerusform>Registrar %Ln número en el 911…</numerusform>
            <numerusform>Registrar %Ln números en el 911…</numerusform>
        </translation>
    </message>
    <message>
        <source>Register With 911…</source>
        <translation>Registrar en el 911…</translation>
    </message>
    <message numerus="yes">
        <source>Turn off E911 for %Ln numbers…</source>
        <translation>
            <numerusform>Desactivar E911 para %Ln número…</numerusform>
            <numerusform>Desactivar E911 para %Ln números…</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Select numbers in the table first.</source>
        <translation>Primero seleccione números en la tabla.</translation>
    </message>
    <message>
        <source>Your role can read but not change numbers.</source>
        <translation>Su rol puede consultar los números, pero no cambiarlos.</translation>
    </message>
    <message>
        <source>Register the selected numbers with their emergency address (Ctrl+E)</source>
        <translation>Registrar los números seleccionados con su dirección de emergencia (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no earlier sync</source>
        <translation>sin sincronización anterior</translation>
    </message>
    <message>
        <source>Offline — showing data from %1.</source>
        <translation>Sin conexión: se muestran datos de %1.</translation>
    </message>
    <message>
        <source>Changes wait in the outbox and go out when the connection returns.</source>
        <translation>Los cambios esperan en la bandeja de salida y se envían cuando vuelve la conexión.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Solo lectura: inició sesión como auditor.</translation>
    </message>
    <message>
        <source>You can look at every tenant and number, but not change them.</source>
        <translation>Puede consultar todos los inquilinos y números, pero no cambiarlos.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>No tenant or number matches &quot;%1&quot;.</source>
        <translation>Ningún inquilino ni número coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ Sincronizar</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the backend (F5)</source>
        <translation>Obtener los cambios más recientes del servidor (F5)</translation>
    </message>
    <message>
        <source>Move to Another Address…</source>
        <translation>Mover a otra dirección…</translation>
    </message>
    <message>
        <source>Point registered numbers at another emergency address; the fee does not change (Ctrl+M)</source>
        <translation>Asignar los números registrados a otra dirección de emergencia; la cuota no cambia (Ctrl+M)</translation>
    </message>
    <message>
        <source>Turn off E911: the numbers fall back to basic 911</source>
        <translation>Desactivar E911: los números vuelven al 911 básico</translation>
    </message>
    <message>
        <source>&amp;Import Numbers from CSV…</source>
        <translation>&amp;Importar números desde CSV…</translation>
    </message>
    <message>
        <source>Register many numbers at their emergency addresses from a CSV file, with a preview of every row first (Ctrl+I)</source>
        <translation>Registrar muchos números con sus direcciones de emergencia a partir de un archivo CSV, con una vista previa de cada fila antes (Ctrl+I)</translation>
    </message>
    <message>
        <source>Emergency &amp;Addresses…</source>
        <translation>&amp;Direcciones de emergencia…</translation>
    </message>
    <message>
        <source>The tenant&apos;s emergency addresses (Ctrl+Shift+A)</source>
        <translation>Las direcciones de emergencia del inquilino (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Who changed which number or address, when and why (Ctrl+Shift+T)</source>
        <translation>Quién cambió qué número o dirección, cuándo y por qué (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>Export Compliance &amp;Report…</source>
        <translation>Exportar in&amp;forme de cumplimiento…</translation>
    </message>
    <message>
        <source>The tenant&apos;s 911 readiness as a PDF or CSV file (Ctrl+Shift+R)</source>
        <translation>La preparación del inquilino para el 911 como archivo PDF o CSV (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limitaciones de las llamadas de emergencia</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About Dispatchable</source>
        <translation>&amp;Acerca de Dispatchable</translation>
    </message>
    <message>
        <source>&amp;Connect to a Backend…</source>
        <translation>C&amp;onectarse a un servidor…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Revoke this computer&apos;s sign-in and remove it from the keychain; the connection and queued changes stay</source>
        <translation>Revocar el inicio de sesión de este equipo y quitarlo del llavero; la conexión y los cambios en cola se conservan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Filtrar números</translation>
    </message>
    <message>
        <source>Jump to tenant or number</source>
        <translation>Ir a un inquilino o número</translation>
    </message>
    <message>
        <source>Copy numbers (E.164)</source>
        <translation>Copiar números (E.164)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Inquilino</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Jump to tenant or number… (Ctrl+K)</source>
        <translation>Ir a un inquilino o número… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exportar informe de cumplimiento</translation>
    </message>
    <message>
        <source>The tenant is not in the offline copy yet; sync first (F5).</source>
        <translation>El inquilino aún no está en la copia sin conexión; sincronice primero (F5).</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV files (*.csv)</source>
        <translation>Informe PDF (*.pdf);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Report saved to %1 (data as of the last sync, %2 old).</source>
        <translation>Informe guardado en %1 (datos de la última sincronización, de hace %2).</translation>
    </message>
    <message>
        <source>Print &amp;Warning Labels…</source>
        <translation>Imprimir &amp;etiquetas de advertencia…</translation>
    </message>
    <message>
        <source>Labels for phones stating the limits of emergency calling, as a PDF for Avery label sheets (Ctrl+P)</source>
        <translation>Etiquetas para teléfonos que indican los límites de las llamadas de emergencia, como PDF para hojas de etiquetas Avery (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Network Map…</source>
        <translation>&amp;Mapa de red…</translation>
    </message>
    <message>
        <source>The subnets, Wi-Fi access points and switches that tell Teams where a caller is (Ctrl+Shift+N)</source>
        <translation>Las subredes, los puntos de acceso wifi y los conmutadores que le indican a Teams dónde está quien llama (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;933 Test Calls…</source>
        <translation>&amp;Llamadas de prueba al 933…</translation>
    </message>
    <message>
        <source>Which places and numbers a 933 test call has proven, and record a new one (Ctrl+Shift+L)</source>
        <translation>Qué lugares y números ha comprobado una llamada de prueba al 933, y registrar una nueva (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Export &amp;Teams Script…</source>
        <translation>Exportar script de &amp;Teams…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s emergency configuration as a PowerShell script for Teams (Ctrl+Shift+P)</source>
        <translation>Guardar la configuración de emergencia del inquilino como un script de PowerShell para Teams (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Writing row %1 of %2…</source>
        <translation>Escribiendo la fila %1 de %2…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Escribiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Export cancelled: no report was written.</source>
        <translation>Exportación cancelada: no se escribió ningún informe.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo aproximadamente</numerusform>
            <numerusform>quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto aproximadamente</numerusform>
            <numerusform>quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages a second</source>
        <translation>%1 páginas por segundo</translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 filas por segundo</translation>
    </message>
    <message>
        <source>&amp;Emergency Calls…</source>
        <translation>Llamadas de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Live 911 and 933 calls from Teams, with the location each one sent (Ctrl+Shift+Y)</source>
        <translation>Llamadas al 911 y al 933 en vivo desde Teams, con la ubicación que envió cada una (Ctrl+Mayús+Y)</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Teams…</source>
        <translation>Co&amp;mparar con Teams…</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s Teams PowerShell exports and show what differs from Dispatchable (Ctrl+Shift+M)</source>
        <translation>Lee las exportaciones de PowerShell de Teams del inquilino y muestra qué difiere de Dispatchable (Ctrl+Mayús+M)</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>The managed settings in %1 could not be read. Until they can, Dispatchable connects to no backend and shows no map tiles.</source>
        <translation>No se pudo leer la configuración administrada de %1. Mientras tanto, Dispatchable no se conecta a ningún servidor ni muestra mosaicos del mapa.</translation>
    </message>
    <message>
        <source>This entry allows no backend.</source>
        <translation>Esta entrada no permite ningún servidor.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>La lista está vacía.</translation>
    </message>
    <message>
        <source>No backend is allowed.</source>
        <translation>No se permite ningún servidor.</translation>
    </message>
    <message>
        <source>This entry pins nothing, and certificates you trusted yourself are not used while your organisation pins certificates.</source>
        <translation>Esta entrada no fija nada, y los certificados en los que usted confió no se usan mientras su organización fije certificados.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>“%1” no es ni true ni false.</translation>
    </message>
    <message>
        <source>Kiosk mode stays on.</source>
        <translation>El modo quiosco sigue activado.</translation>
    </message>
    <message>
        <source>It is not text.</source>
        <translation>No es texto.</translation>
    </message>
    <message>
        <source>No PIN can leave kiosk mode.</source>
        <translation>Ningún PIN permite salir del modo quiosco.</translation>
    </message>
    <message>
        <source>The map shows no tiles.</source>
        <translation>El mapa no muestra mosaicos.</translation>
    </message>
    <message>
        <source>Dispatchable uses the system&apos;s language.</source>
        <translation>Dispatchable usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>Dispatchable does not connect to anything until it is fixed, rather than bypass the proxy.</source>
        <translation>Dispatchable no se conecta a nada hasta que se corrija, en lugar de saltarse el proxy.</translation>
    </message>
    <message>
        <source>Dispatchable uses the system&apos;s colours.</source>
        <translation>Dispatchable usa los colores del sistema.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s setting “%1” (%2) is not valid: %3 %4</source>
        <translation>La configuración “%1” de su organización (%2) no es válida: %3 %4</translation>
    </message>
    <message>
        <source>Emergency call alerts sound but do not flash.</source>
        <translation>Las alertas de llamadas de emergencia suenan pero no destellan.</translation>
    </message>
</context>
<context>
    <name>ManagedSettingsReader</name>
    <message>
        <source>%1 sets “%2”, which Dispatchable does not know; it is ignored.</source>
        <translation>%1 establece “%2”, que Dispatchable no conoce; se ignora.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 indica %2, que no existe.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map preview</source>
        <translation>Vista previa del mapa</translation>
    </message>
    <message>
        <source>map tiles are turned off in the settings.</source>
        <translation>los mosaicos del mapa están desactivados en la configuración.</translation>
    </message>
    <message>
        <source>Map tiles cannot be shown: %1</source>
        <translation>No se pueden mostrar los mosaicos del mapa: %1</translation>
    </message>
    <message>
        <source>The pin is %1 from the geocoded address. Make sure it marks the right building.</source>
        <translation>El marcador está a %1 de la dirección geocodificada. Asegúrese de que señala el edificio correcto.</translation>
    </message>
    <message>
        <source>Map tiles could not be loaded: the tile server sent something that is not an image.</source>
        <translation>No se pudieron cargar los mosaicos del mapa: el servidor de mosaicos envió algo que no es una imagen.</translation>
    </message>
    <message>
        <source>No location yet: validate the address to place it.</source>
        <translation>Aún no hay ubicación: valide la dirección para situarla.</translation>
    </message>
    <message>
        <source>Pin: %1</source>
        <translation>Marcador: %1</translation>
    </message>
    <message>
        <source>Moved by hand, %1 from the geocode</source>
        <translation>Movido a mano, a %1 del geocódigo</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Colocado a mano</translation>
    </message>
    <message>
        <source>Postal code centre: the address is somewhere within about %1</source>
        <translation>Centro del código postal: la dirección está en algún punto dentro de unos %1</translation>
    </message>
    <message>
        <source>Rooftop geocode</source>
        <translation>Geocódigo a nivel de tejado</translation>
    </message>
    <message>
        <source>Drag the pin or press Shift and the arrow keys to move it to the building.</source>
        <translation>Arrastre el marcador o pulse Mayús y las teclas de flecha para moverlo al edificio.</translation>
    </message>
    <message>
        <source>The pin, the scale and the coordinates are still right.</source>
        <translation>El marcador, la escala y las coordenadas siguen siendo correctos.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>Mi ubicación</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Mostrar mi ubicación</translation>
    </message>
    <message>
        <source>This computer has no location service, so the map cannot show where you are.</source>
        <translation>Este equipo no tiene servicio de ubicación, así que el mapa no puede mostrar dónde está.</translation>
    </message>
    <message>
        <source>Centre the map on where this computer is</source>
        <translation>Centrar el mapa en la ubicación de este equipo</translation>
    </message>
    <message>
        <source>The system does not allow this application to know its location.</source>
        <translation>El sistema no permite que esta aplicación conozca su ubicación.</translation>
    </message>
    <message>
        <source>The location service is not available.</source>
        <translation>El servicio de ubicación no está disponible.</translation>
    </message>
    <message>
        <source>No position arrived in time. Try again where the computer can be located.</source>
        <translation>No llegó ninguna posición a tiempo. Vuelva a intentarlo donde se pueda localizar el equipo.</translation>
    </message>
    <message>
        <source>%1 (blue): %2 from the pin</source>
        <translation>%1 (azul): a %2 del marcador</translation>
    </message>
    <message>
        <source>%1 (blue)</source>
        <translation>%1 (azul)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>NetworkCsvImport</name>
    <message>
        <source>Kind &quot;%1&quot; is not one of subnet, wap, switch, port or trusted_ip.</source>
        <translation>El tipo &quot;%1&quot; no es ninguno de subnet, wap, switch, port o trusted_ip.</translation>
    </message>
    <message>
        <source>No address: write the emergency address the place is at.</source>
        <translation>Sin dirección: escriba la dirección de emergencia en la que está el lugar.</translation>
    </message>
    <message>
        <source>No building, floor or room: a network element points at a place inside the address.</source>
        <translation>Sin edificio, piso ni sala: un elemento de red apunta a un lugar dentro de la dirección.</translation>
    </message>
    <message>
        <source>The row has no subnet, BSSID or chassis ID.</source>
        <translation>La fila no tiene subred, BSSID ni id. de chasis.</translation>
    </message>
    <message>
        <source>No LocationId: the row does not say which place it is in.</source>
        <translation>Sin LocationId: la fila no dice en qué lugar está.</translation>
    </message>
    <message>
        <source>NetworkObjectType &quot;%1&quot; is not one of Subnet, WirelessAccessPoint, Switch or Port.</source>
        <translation>NetworkObjectType &quot;%1&quot; no es ninguno de Subnet, WirelessAccessPoint, Switch o Port.</translation>
    </message>
    <message>
        <source>A port&apos;s NetworkObjectIdentifier is the chassis ID and the port ID with &quot;;&quot; between them.</source>
        <translation>El NetworkObjectIdentifier de un puerto es el id. de chasis y el id. de puerto separados por &quot;;&quot;.</translation>
    </message>
    <message>
        <source>No Address: write the street address the place is at.</source>
        <translation>Sin Address: escriba la dirección en la que está el lugar.</translation>
    </message>
    <message>
        <source>No Location: Dispatchable links network elements to a place (building, floor or room), never to the bare address.</source>
        <translation>Sin Location: Dispatchable vincula los elementos de red a un lugar (edificio, piso o sala), nunca a la dirección sola.</translation>
    </message>
    <message>
        <source>%1 is already in row %2 of this file.</source>
        <translation>%1 ya está en la fila %2 de este archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first line names no known columns. Use kind,identifier,port,address,building,floor,room,description; or a Teams export with Subnet, BSSID or ChassisID and LocationId; or the TeamsE911Automation columns with NetworkObjectType and NetworkObjectIdentifier.</source>
        <translation>La primera línea no nombra ninguna columna conocida. Use kind,identifier,port,address,building,floor,room,description; o una exportación de Teams con Subnet, BSSID o ChassisID y LocationId; o las columnas de TeamsE911Automation con NetworkObjectType y NetworkObjectIdentifier.</translation>
    </message>
</context>
<context>
    <name>NetworkElementDialog</name>
    <message>
        <source>Add Network Element</source>
        <translation>Agregar elemento de red</translation>
    </message>
    <message>
        <source>Edit Network Element</source>
        <translation>Editar elemento de red</translation>
    </message>
    <message>
        <source>Teams finds a caller&apos;s place from the subnet, Wi-Fi access point, switch or switch port the call comes through. Trusted IPs are the public addresses your calls leave the network from.</source>
        <translation>Teams averigua el lugar de quien llama a partir de la subred, el punto de acceso wifi, el conmutador o el puerto del conmutador por el que pasa la llamada. Las IP de confianza son las direcciones públicas desde las que sus llamadas salen de la red.</translation>
    </message>
    <message>
        <source>Kind of element</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>The building, floor or room the element sits in</source>
        <translation>El edificio, piso o sala en el que está el elemento</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>10.10.10.0/24 or 2001:db8:1::/48</source>
        <translation>10.10.10.0/24 o 2001:db8:1::/48</translation>
    </message>
    <message>
        <source>&amp;Subnet or IP:</source>
        <translation>&amp;Subred o IP:</translation>
    </message>
    <message>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <source>AA-BB-CC-DD-EE-FF or AA-BB-CC-DD-EE-F*</source>
        <translation>AA-BB-CC-DD-EE-FF o AA-BB-CC-DD-EE-F*</translation>
    </message>
    <message>
        <source>&amp;BSSID:</source>
        <translation>&amp;BSSID:</translation>
    </message>
    <message>
        <source>Chassis ID</source>
        <translation>Id. de chasis</translation>
    </message>
    <message>
        <source>The switch&apos;s MAC address or LLDP name</source>
        <translation>La dirección MAC o el nombre LLDP del conmutador</translation>
    </message>
    <message>
        <source>&amp;Chassis ID:</source>
        <translation>Id. de &amp;chasis:</translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation>Id. de puerto</translation>
    </message>
    <message>
        <source>Gi1/0/24</source>
        <translation>Gi1/0/24</translation>
    </message>
    <message>
        <source>P&amp;ort ID:</source>
        <translation>Id. de p&amp;uerto:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What a person needs to find it</source>
        <translation>Lo que una persona necesita para encontrarlo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Queue the change for the backend (Ctrl+S)</source>
        <translation>Poner el cambio en cola para el servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Choose the place the element sits in.</source>
        <translation>Elija el lugar en el que está el elemento.</translation>
    </message>
    <message>
        <source>The description is longer than 200 characters.</source>
        <translation>La descripción tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The same network as %1 is already on the map.</source>
        <translation>La misma red que %1 ya está en el mapa.</translation>
    </message>
    <message>
        <source>It lies inside %1, which is already on the map: the narrower subnet wins in Teams.</source>
        <translation>Está dentro de %1, que ya está en el mapa: en Teams prevalece la subred más estrecha.</translation>
    </message>
    <message>
        <source>It contains %1, which is already on the map: the narrower subnet wins in Teams.</source>
        <translation>Contiene %1, que ya está en el mapa: en Teams prevalece la subred más estrecha.</translation>
    </message>
    <message>
        <source>%1 is covered by the wildcard %2; Teams refuses both together.</source>
        <translation>%1 está cubierto por el comodín %2; Teams rechaza los dos juntos.</translation>
    </message>
    <message>
        <source>✖ The change could not be written to the outbox, so nothing was saved: %1</source>
        <translation>✖ No se pudo escribir el cambio en la bandeja de salida, así que no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Network Element</source>
        <translation>Elemento de red</translation>
    </message>
</context>
<context>
    <name>NetworkIdentifier</name>
    <message>
        <source>The subnet is empty.</source>
        <translation>La subred está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP subnet: write an IPv4 or IPv6 network such as 10.10.10.0/24 or 2001:db8:10::/48.</source>
        <translation>&quot;%1&quot; no es una subred IP: escriba una red IPv4 o IPv6 como 10.10.10.0/24 o 2001:db8:10::/48.</translation>
    </message>
    <message>
        <source>The mask of &quot;%1&quot; must be a prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6.</source>
        <translation>La máscara de &quot;%1&quot; debe ser una longitud de prefijo: de 0 a 32 para IPv4 y de 0 a 128 para IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a network interface (%): leave that part out.</source>
        <translation>&quot;%1&quot; nombra una interfaz de red (%): quite esa parte.</translation>
    </message>
    <message>
        <source>%1 has host bits set: it is saved as its network, %2.</source>
        <translation>%1 tiene bits de host activados: se guarda como su red, %2.</translation>
    </message>
    <message>
        <source>%1 lies in %2, a private or reserved range.</source>
        <translation>%1 está en %2, un rango privado o reservado.</translation>
    </message>
    <message>
        <source>%1 includes %2, a private or reserved range.</source>
        <translation>%1 incluye %2, un rango privado o reservado.</translation>
    </message>
    <message>
        <source>A trusted IP is the public address your network reaches the Internet from.</source>
        <translation>Una IP de confianza es la dirección pública desde la que su red sale a Internet.</translation>
    </message>
    <message>
        <source>The BSSID is empty.</source>
        <translation>El BSSID está vacío.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the &quot;*&quot; is misplaced: Teams accepts it only for the last one or two characters, as in 12-34-56-78-90-A* or 12-34-56-78-90-*.</source>
        <translation>En &quot;%1&quot; el &quot;*&quot; está mal colocado: Teams solo lo acepta en los últimos uno o dos caracteres, como en 12-34-56-78-90-A* o 12-34-56-78-90-*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BSSID: write six pairs of hex digits such as 12-34-56-78-90-AB, optionally ending in &quot;*&quot; for a range.</source>
        <translation>&quot;%1&quot; no es un BSSID: escriba seis pares de dígitos hexadecimales como 12-34-56-78-90-AB, con un &quot;*&quot; opcional al final para un rango.</translation>
    </message>
    <message>
        <source>The chassis ID is empty: write the switch&apos;s MAC address or its name as it reports it over LLDP.</source>
        <translation>El id. de chasis está vacío: escriba la dirección MAC del conmutador o su nombre tal como lo anuncia por LLDP.</translation>
    </message>
    <message numerus="yes">
        <source>The chassis ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>El id. de chasis tiene %n carácter; se aceptan 64 como máximo.</numerusform>
            <numerusform>El id. de chasis tiene %n caracteres; se aceptan 64 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port ID is empty: write the port&apos;s name as the switch reports it over LLDP, such as Gi1/0/24.</source>
        <translation>El id. de puerto está vacío: escriba el nombre del puerto tal como lo anuncia el conmutador por LLDP, como Gi1/0/24.</translation>
    </message>
    <message numerus="yes">
        <source>The port ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>El id. de puerto tiene %n carácter; se aceptan 64 como máximo.</numerusform>
            <numerusform>El id. de puerto tiene %n caracteres; se aceptan 64 como máximo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkImportDialog</name>
    <message>
        <source>&amp;Apply Good Rows</source>
        <translation>&amp;Aplicar las filas correctas</translation>
    </message>
    <message>
        <source>Import Network Map from CSV</source>
        <translation>Importar el mapa de red desde CSV</translation>
    </message>
    <message>
        <source>Add subnets, Wi-Fi access points, switches, ports and trusted IPs from a CSV file: Teams&apos; own Get-CsOnlineLis… exports, or the simple form kind, identifier, port, address, building, floor, room, description. Every row is checked first; nothing is sent before you apply, and refused rows are left out.</source>
        <translation>Agregue subredes, puntos de acceso wifi, conmutadores, puertos e IP de confianza desde un archivo CSV: las exportaciones Get-CsOnlineLis… de Teams, o la forma simple kind, identifier, port, address, building, floor, room, description. Primero se comprueba cada fila; no se envía nada antes de que aplique, y las filas rechazadas se dejan fuera.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar solo las filas con &amp;problemas</translation>
    </message>
    <message>
        <source>What each row of the file does</source>
        <translation>Qué hace cada fila del archivo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import Network Map</source>
        <translation>Importar mapa de red</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Nothing was queued: the outbox could not be written: %1</source>
        <translation>No se puso nada en cola: no se pudo escribir en la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) queued; they appear on the map after the next sync.</source>
        <translation>
            <numerusform>%n elemento en cola; aparecerá en el mapa después de la próxima sincronización.</numerusform>
            <numerusform>%n elementos en cola; aparecerán en el mapa después de la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) queued. %1</source>
        <translation>
            <numerusform>%n elemento en cola. %1</numerusform>
            <numerusform>%n elementos en cola. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for their new place to be created; keep this window open until they are queued.</source>
        <translation>
            <numerusform>%n más espera a que se cree su lugar nuevo; mantenga abierta esta ventana hasta que esté en cola.</numerusform>
            <numerusform>%n más esperan a que se cree su lugar nuevo; mantenga abierta esta ventana hasta que estén en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>The elements of the new places could not be queued: %1. Import the same file again; what exists is left alone.</source>
        <translation>No se pudieron poner en cola los elementos de los lugares nuevos: %1. Vuelva a importar el mismo archivo; lo que ya existe no se toca.</translation>
    </message>
    <message>
        <source>Every good row is queued.</source>
        <translation>Todas las filas correctas están en cola.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still wait for their new place.</source>
        <translation>
            <numerusform>%n fila sigue esperando su lugar nuevo.</numerusform>
            <numerusform>%n filas siguen esperando su lugar nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>To create: %1</source>
        <translation>Para crear: %1</translation>
    </message>
    <message>
        <source>New places: %1</source>
        <translation>Lugares nuevos: %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Ya existen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidos: %1</translation>
    </message>
    <message>
        <source>✖ Refused: %1</source>
        <translation>✖ Rechazados: %1</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ Sin problemas</translation>
    </message>
</context>
<context>
    <name>NetworkImportPlan</name>
    <message>
        <source>Nothing to import: the row names no network element.</source>
        <translation>No hay nada que importar: la fila no nombra ningún elemento de red.</translation>
    </message>
    <message>
        <source>A trusted IP belongs to no place: the address, building, floor and room of this row are not used.</source>
        <translation>Una IP de confianza no pertenece a ningún lugar: no se usan la dirección, el edificio, el piso ni la sala de esta fila.</translation>
    </message>
    <message>
        <source>LocationId %1 is not a place in Dispatchable. Teams&apos; own location IDs are not known here: export the places from Dispatchable, or use the simple form with the address and building, floor and room.</source>
        <translation>LocationId %1 no es un lugar de Dispatchable. Aquí no se conocen los id. de ubicación propios de Teams: exporte los lugares desde Dispatchable o use la forma simple con la dirección y el edificio, el piso y la sala.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not in Dispatchable: add it under Emergency Addresses first, then import again.</source>
        <translation>La dirección &quot;%1&quot; no está en Dispatchable: agréguela primero en Direcciones de emergencia y vuelva a importar.</translation>
    </message>
    <message>
        <source>%1 is already in the network map%2: change it there, or leave this row out.</source>
        <translation>%1 ya está en el mapa de red%2: cámbielo allí o deje fuera esta fila.</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (en %1)</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>fila %1 de este archivo</translation>
    </message>
    <message>
        <source>already in the network map</source>
        <translation>ya está en el mapa de red</translation>
    </message>
    <message>
        <source>%1 is inside the wildcard %2 (%3): Teams refuses a BSSID inside a wildcard range.</source>
        <translation>%1 está dentro del comodín %2 (%3): Teams rechaza un BSSID dentro de un rango comodín.</translation>
    </message>
    <message>
        <source>The wildcard %1 covers %2 (%3): Teams refuses a wildcard over an access point it already has.</source>
        <translation>El comodín %1 cubre %2 (%3): Teams rechaza un comodín sobre un punto de acceso que ya tiene.</translation>
    </message>
    <message>
        <source>%1 lies inside %2 (%3).</source>
        <translation>%1 está dentro de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 contains %2 (%3).</source>
        <translation>%1 contiene %2 (%3).</translation>
    </message>
    <message>
        <source>Already there, at %1.</source>
        <translation>Ya existe, en %1.</translation>
    </message>
    <message>
        <source>Already there.</source>
        <translation>Ya existe.</translation>
    </message>
    <message>
        <source>New place %1 at %2.</source>
        <translation>Lugar nuevo %1 en %2.</translation>
    </message>
    <message>
        <source>Trusted IP (no place).</source>
        <translation>IP de confianza (sin lugar).</translation>
    </message>
</context>
<context>
    <name>NetworkImportPreviewModel</name>
    <message>
        <source>✚ Create</source>
        <translation>✚ Crear</translation>
    </message>
    <message>
        <source>= Already there</source>
        <translation>= Ya existe</translation>
    </message>
    <message>
        <source>✚ Create with new place</source>
        <translation>✚ Crear con un lugar nuevo</translation>
    </message>
    <message>
        <source>– Skip</source>
        <translation>– Omitir</translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation>✖ Rechazado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What applying does</source>
        <translation>Qué hace al aplicar</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Where, or why not</source>
        <translation>Dónde, o por qué no</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>NetworkMapFlags</name>
    <message>
        <source>Its place no longer exists: link it to another place.</source>
        <translation>Su lugar ya no existe: vincúlelo a otro lugar.</translation>
    </message>
    <message>
        <source>Its place&apos;s address no longer exists: move the place to another address.</source>
        <translation>La dirección de su lugar ya no existe: mueva el lugar a otra dirección.</translation>
    </message>
    <message>
        <source>Its place&apos;s address is not validated yet: Teams cannot send a 911 call from here to that address until it is.</source>
        <translation>La dirección de su lugar aún no está validada: Teams no puede enviar una llamada al 911 desde aquí a esa dirección hasta que lo esté.</translation>
    </message>
    <message>
        <source>Its place&apos;s address failed validation: correct the address, or 911 calls from here will not carry a location.</source>
        <translation>La dirección de su lugar no superó la validación: corrija la dirección o las llamadas al 911 desde aquí no llevarán ubicación.</translation>
    </message>
</context>
<context>
    <name>NetworkMapSnapshot</name>
    <message>
        <source>Same network as %1</source>
        <translation>Misma red que %1</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Dentro de %1</translation>
    </message>
    <message>
        <source>Contains %1</source>
        <translation>Contiene %1</translation>
    </message>
    <message>
        <source>Covered by wildcard %1</source>
        <translation>Cubierto por el comodín %1</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Cubre %1</translation>
    </message>
    <message>
        <source>(egress, no place)</source>
        <translation>(salida, sin lugar)</translation>
    </message>
    <message>
        <source>(place missing)</source>
        <translation>(falta el lugar)</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Piso %1</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Wi-Fi access point</source>
        <translation>Punto de acceso Wi-Fi</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Conmutador</translation>
    </message>
    <message>
        <source>Switch port</source>
        <translation>Puerto de conmutador</translation>
    </message>
    <message>
        <source>Trusted IP</source>
        <translation>IP de confianza</translation>
    </message>
    <message>
        <source>Place missing</source>
        <translation>Falta el lugar</translation>
    </message>
    <message>
        <source>Address missing</source>
        <translation>Falta la dirección</translation>
    </message>
    <message>
        <source>Address not validated</source>
        <translation>Dirección sin validar</translation>
    </message>
    <message>
        <source>Address invalid</source>
        <translation>Dirección no válida</translation>
    </message>
</context>
<context>
    <name>NetworkMapWindow</name>
    <message>
        <source>Network Map — %1</source>
        <translation>Mapa de red — %1</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Solo lectura: inició sesión como auditor.</translation>
    </message>
    <message>
        <source>You can look at the network map and export it, not change it.</source>
        <translation>Puede consultar y exportar el mapa de red, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>Search identifier, description, place or address… (Ctrl+F)</source>
        <translation>Buscar identificador, descripción, lugar o dirección… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the network map</source>
        <translation>Buscar en el mapa de red</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Network map by address and place</source>
        <translation>Mapa de red por dirección y lugar</translation>
    </message>
    <message>
        <source>Network elements</source>
        <translation>Elementos de red</translation>
    </message>
    <message>
        <source>By &amp;place</source>
        <translation>Por &amp;lugar</translation>
    </message>
    <message>
        <source>All &amp;elements</source>
        <translation>Todos los &amp;elementos</translation>
    </message>
    <message>
        <source>&amp;Add Element…</source>
        <translation>&amp;Agregar elemento…</translation>
    </message>
    <message>
        <source>Add a network element</source>
        <translation>Agregar un elemento de red</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected element</source>
        <translation>Editar el elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected element</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import network elements from a CSV file, with a dry run first</source>
        <translation>Importar elementos de red desde un archivo CSV, con una prueba previa</translation>
    </message>
    <message>
        <source>Export &amp;Teams Script…</source>
        <translation>Exportar script de &amp;Teams…</translation>
    </message>
    <message>
        <source>Save a PowerShell script that sets up this map in Teams</source>
        <translation>Guardar un script de PowerShell que configura este mapa en Teams</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>Delete Network Element</source>
        <translation>Eliminar elemento de red</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>¿Eliminar %1 %2?</translation>
    </message>
    <message>
        <source>Calls through it will no longer carry the place&apos;s address; Teams falls back to the user&apos;s registered address.</source>
        <translation>Las llamadas que pasen por él ya no llevarán la dirección del lugar; Teams recurre a la dirección registrada del usuario.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>The deletion could not be written to the outbox: %1</source>
        <translation>No se pudo escribir la eliminación en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Mapa de red</translation>
    </message>
    <message>
        <source>Views of the network map</source>
        <translation>Vistas del mapa de red</translation>
    </message>
    <message>
        <source>Elements: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Mostrados: %1 de %2</translation>
    </message>
    <message>
        <source>✖ Flagged: %1</source>
        <translation>✖ Marcados: %1</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>NetworkTreeModel</name>
    <message>
        <source>✔ Validated</source>
        <translation>✔ Validada</translation>
    </message>
    <message>
        <source>✖ Failed validation</source>
        <translation>✖ No superó la validación</translation>
    </message>
    <message>
        <source>⚠ Not validated</source>
        <translation>⚠ Sin validar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Places whose address is gone</source>
        <translation>Lugares cuya dirección ya no existe</translation>
    </message>
    <message>
        <source>Move these places to an existing address.</source>
        <translation>Mueva estos lugares a una dirección existente.</translation>
    </message>
    <message>
        <source>Elements whose place is gone</source>
        <translation>Elementos cuyo lugar ya no existe</translation>
    </message>
    <message>
        <source>Link these elements to an existing place.</source>
        <translation>Vincule estos elementos a un lugar existente.</translation>
    </message>
    <message>
        <source>The public addresses your calls leave the network from: Teams uses dynamic emergency calling only for calls from these.</source>
        <translation>Las direcciones públicas desde las que sus llamadas salen de la red: Teams usa las llamadas de emergencia dinámicas solo para las llamadas que salen por ellas.</translation>
    </message>
    <message>
        <source>Address, place and element</source>
        <translation>Dirección, lugar y elemento</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Trusted IPs</source>
        <translation>IP de confianza</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>⚠ Teams sent it with another address</source>
        <translation>⚠ Teams lo envió con otra dirección</translation>
    </message>
</context>
<context>
    <name>NonCompliance</name>
    <message>
        <source>Registration failed: basic 911 only</source>
        <translation>Registro fallido: solo 911 básico</translation>
    </message>
    <message>
        <source>Stuck at the 911 provider</source>
        <translation>Atascado en el proveedor del 911</translation>
    </message>
    <message>
        <source>In use with basic 911 only</source>
        <translation>En uso solo con 911 básico</translation>
    </message>
    <message>
        <source>Address not validated</source>
        <translation>Dirección sin validar</translation>
    </message>
    <message>
        <source>No floor, room or unit</source>
        <translation>Sin piso, sala ni unidad</translation>
    </message>
    <message>
        <source>Teams sent another location</source>
        <translation>Teams envió otra ubicación</translation>
    </message>
    <message>
        <source>Teams gives another location</source>
        <translation>Teams le da otra ubicación</translation>
    </message>
</context>
<context>
    <name>NumberCsvImport</name>
    <message>
        <source>house number</source>
        <translation>número de la casa</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>nombre de la calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca se cierra.</translation>
    </message>
    <message>
        <source>Enable reads &quot;%1&quot;: write yes or no.</source>
        <translation>Enable dice &quot;%1&quot;: escriba yes o no.</translation>
    </message>
    <message>
        <source>No number.</source>
        <translation>Sin número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono.</translation>
    </message>
    <message>
        <source>%1 is not a number of this tenant.</source>
        <translation>%1 no es un número de este inquilino.</translation>
    </message>
    <message>
        <source>%1 is already in row %2.</source>
        <translation>%1 ya está en la fila %2.</translation>
    </message>
    <message>
        <source>No emergency address: enabling needs one.</source>
        <translation>Sin dirección de emergencia: para activarlo hace falta una.</translation>
    </message>
    <message>
        <source>The address has no %1.</source>
        <translation>La dirección no tiene %1.</translation>
    </message>
    <message>
        <source>The address is in %1: E911 here needs a US address.</source>
        <translation>La dirección está en %1: aquí E911 requiere una dirección de EE. UU.</translation>
    </message>
    <message>
        <source>State &quot;%1&quot; is not a two-letter code.</source>
        <translation>El estado &quot;%1&quot; no es un código de dos letras.</translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; is not 12345 or 12345-6789.</source>
        <translation>El código postal &quot;%1&quot; no tiene el formato 12345 ni 12345-6789.</translation>
    </message>
</context>
<context>
    <name>NumberDetailPane</name>
    <message>
        <source>Floor %1</source>
        <translation>Piso %1</translation>
    </message>
    <message>
        <source>Limitations… (F1)</source>
        <translation>Limitaciones… (F1)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Choose a number in the table to see its emergency address, its registration with the 911 provider and its 933 test.</source>
        <translation>Elija un número en la tabla para ver su dirección de emergencia, su registro con el proveedor del 911 y su prueba al 933.</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Llamadas de emergencia</translation>
    </message>
    <message>
        <source>Retry the registration</source>
        <translation>Reintentar el registro</translation>
    </message>
    <message>
        <source>Sends the registration with the 911 provider again, at the same emergency address</source>
        <translation>Vuelve a enviar el registro al proveedor del 911, con la misma dirección de emergencia</translation>
    </message>
    <message>
        <source>Open the Limitations page</source>
        <translation>Abrir la página de limitaciones</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not assigned · %1</source>
        <translation>Sin asignar · %1</translation>
    </message>
    <message>
        <source>○ No emergency address</source>
        <translation>○ Sin dirección de emergencia</translation>
    </message>
    <message>
        <source>✓ Address validated</source>
        <translation>✓ Dirección validada</translation>
    </message>
    <message>
        <source>✖ Address not valid</source>
        <translation>✖ Dirección no válida</translation>
    </message>
    <message>
        <source>○ Address not validated yet</source>
        <translation>○ Dirección aún sin validar</translation>
    </message>
    <message>
        <source>○ Not registered with the 911 provider (basic 911)</source>
        <translation>○ No registrado con el proveedor del 911 (911 básico)</translation>
    </message>
    <message>
        <source>◐ Waiting for the 911 provider to accept it</source>
        <translation>◐ Esperando a que el proveedor del 911 lo acepte</translation>
    </message>
    <message>
        <source>● Accepted by the 911 provider</source>
        <translation>● Aceptado por el proveedor del 911</translation>
    </message>
    <message>
        <source>✖ Refused by the 911 provider</source>
        <translation>✖ Rechazado por el proveedor del 911</translation>
    </message>
    <message>
        <source>◑ Turning off at the 911 provider</source>
        <translation>◑ Desactivándose en el proveedor del 911</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>✓ 933 test call on %1</source>
        <translation>✓ Llamada de prueba al 933 el %1</translation>
    </message>
    <message>
        <source>○ 933 test: not tested</source>
        <translation>○ Prueba al 933: sin probar</translation>
    </message>
    <message>
        <source>⚠ Basic 911 only: the caller must say where they are.</source>
        <translation>⚠ Solo 911 básico: quien llama debe decir dónde está.</translation>
    </message>
    <message>
        <source>⚠ Common-area phone: people who need 911 at all times should not rely on Teams alone; no power or network means no call.</source>
        <translation>⚠ Teléfono de zona común: quienes necesiten el 911 en todo momento no deben depender solo de Teams; sin electricidad o sin red no hay llamada.</translation>
    </message>
    <message>
        <source>⚠ Nomadic use: a call from somewhere other than the registered address will likely reach the wrong 911 centre.</source>
        <translation>⚠ Uso nómada: una llamada desde un lugar distinto de la dirección registrada probablemente llegará al centro 911 equivocado.</translation>
    </message>
    <message>
        <source>Retry queued: it goes out with the outbox.</source>
        <translation>Reintento en cola: sale con la bandeja de salida.</translation>
    </message>
    <message>
        <source>No emergency address to retry with: use Register With 911 (Ctrl+E) to choose one.</source>
        <translation>No hay dirección de emergencia con la que reintentar: use Registrar en el 911 (Ctrl+E) para elegir una.</translation>
    </message>
    <message>
        <source>Retry registers it again at the same address; a retry is not billed again.</source>
        <translation>Reintentar lo registra de nuevo en la misma dirección; un reintento no se vuelve a cobrar.</translation>
    </message>
    <message>
        <source>⚠ Teams sent another location</source>
        <translation>⚠ Teams envió otra ubicación</translation>
    </message>
    <message>
        <source>Check the Teams network map and the registration: the next emergency call from this number may reach the wrong 911 centre.</source>
        <translation>Revise el mapa de red de Teams y el registro: la próxima llamada de emergencia desde este número podría llegar al centro 911 equivocado.</translation>
    </message>
    <message>
        <source>⚠ Teams gives another location</source>
        <translation>⚠ Teams le da otra ubicación</translation>
    </message>
    <message>
        <source>Point the number at a location of its registered address in Teams (Compare With Teams… writes the command), or register it where Teams locates it.</source>
        <translation>En Teams, asigne al número una ubicación de su dirección registrada (Comparar con Teams… escribe el comando), o regístrelo donde Teams lo ubica.</translation>
    </message>
    <message>
        <source>From the Teams export read on %1.</source>
        <translation>Según la exportación de Teams leída el %1.</translation>
    </message>
</context>
<context>
    <name>NumberImportDialog</name>
    <message>
        <source>Import Numbers — %1</source>
        <translation>Importar números — %1</translation>
    </message>
    <message>
        <source>Register many numbers at their emergency addresses from a CSV file. Every row is checked first; nothing is sent before you confirm the fee on the next page.</source>
        <translation>Registre muchos números con sus direcciones de emergencia a partir de un archivo CSV. Primero se comprueba cada fila; no se envía nada antes de que confirme la cuota en la página siguiente.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>The first row names the &amp;columns</source>
        <translation>La primera fila nombra las &amp;columnas</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar solo las filas con &amp;problemas</translation>
    </message>
    <message>
        <source>What each row of the file does</source>
        <translation>Qué hace cada fila del archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Review Fee and Apply…</source>
        <translation>&amp;Revisar la cuota y aplicar…</translation>
    </message>
    <message>
        <source>Read the &amp;Limitations…</source>
        <translation>Leer las &amp;limitaciones…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Addresses of the import and where each stands</source>
        <translation>Direcciones de la importación y en qué estado está cada una</translation>
    </message>
    <message>
        <source>If Dispatchable closes before every new address is validated, import the same file again: addresses that exist by then are reused and numbers already registered there are left as they are.</source>
        <translation>Si Dispatchable se cierra antes de que se valide cada dirección nueva, vuelva a importar el mismo archivo: las direcciones que ya existan se reutilizan y los números ya registrados en ellas se dejan como están.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import Numbers from CSV</source>
        <translation>Importar números desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 no contiene filas.</translation>
    </message>
    <message>
        <source>%1 is not a valid CSV file: line %2: %3</source>
        <translation>%1 no es un archivo CSV válido: línea %2: %3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>to register: %1 · to move: %2 · already there: %3 · skipped: %4 · with problems: %5 · new addresses: %6</source>
        <translation>para registrar: %1 · para mover: %2 · ya están: %3 · omitidos: %4 · con problemas: %5 · direcciones nuevas: %6</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers with 911 at %1 per number per month: %2 a month more.</source>
        <translation>
            <numerusform>Registrar %Ln número en el 911 a %1 por número al mes: %2 más al mes.</numerusform>
            <numerusform>Registrar %Ln números en el 911 a %1 por número al mes: %2 más al mes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list has not been synced yet, so the fee cannot be shown. Sync (F5), then try again.</source>
        <translation>La lista de precios aún no se ha sincronizado, así que no se puede mostrar la cuota. Sincronice (F5) y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln registered numbers to the address in the file; their fee does not change.</source>
        <translation>
            <numerusform>Mover %Ln número registrado a la dirección del archivo; su cuota no cambia.</numerusform>
            <numerusform>Mover %Ln números registrados a la dirección del archivo; su cuota no cambia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new addresses are created and validated first; numbers whose address fails validation are not registered.</source>
        <translation>
            <numerusform>Primero se crea y se valida %Ln dirección nueva; los números cuya dirección no supere la validación no se registran.</numerusform>
            <numerusform>Primero se crean y se validan %Ln direcciones nuevas; los números cuya dirección no supere la validación no se registran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems are left out.</source>
        <translation>
            <numerusform>Se deja fuera %Ln fila con problemas.</numerusform>
            <numerusform>Se dejan fuera %Ln filas con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read the limitations of emergency calling and acknowledge them for %1</source>
        <translation>He leído las limitaciones de las llamadas de emergencia y las acepto en nombre de %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Registrar %Ln número</numerusform>
            <numerusform>&amp;Registrar %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved; nothing was sent: %1</source>
        <translation>No se pudo guardar la aceptación; no se envió nada: %1</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was sent: %1</source>
        <translation>No se pudo guardar la importación; no se envió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>◐ %1 — being created and validated; %Ln numbers wait for it</source>
        <translation>
            <numerusform>◐ %1 — creándose y validándose; %Ln número la espera</numerusform>
            <numerusform>◐ %1 — creándose y validándose; %Ln números la esperan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 — %Ln numbers queued</source>
        <translation>
            <numerusform>✔ %1 — %Ln número en cola</numerusform>
            <numerusform>✔ %1 — %Ln números en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 — %Ln numbers not registered: %2</source>
        <translation>
            <numerusform>✖ %1 — %Ln número no registrado: %2</numerusform>
            <numerusform>✖ %1 — %Ln números no registrados: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the backend to validate %Ln new addresses…</source>
        <translation>
            <numerusform>Esperando a que el servidor valide %Ln dirección nueva…</numerusform>
            <numerusform>Esperando a que el servidor valide %Ln direcciones nuevas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln addresses queued, %1 refused. The outbox sends the registrations; their progress and results follow.</source>
        <translation>
            <numerusform>Hecho: %Ln dirección en cola, %1 rechazadas. La bandeja de salida envía los registros; a continuación se muestran su progreso y sus resultados.</numerusform>
            <numerusform>Hecho: %Ln direcciones en cola, %1 rechazadas. La bandeja de salida envía los registros; a continuación se muestran su progreso y sus resultados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberImportPlan</name>
    <message>
        <source>Not changed: the row does not ask for E911. Turning E911 off is done with Turn off, which asks for a reason.</source>
        <translation>Sin cambios: la fila no pide E911. Para desactivar E911 se usa Desactivar, que pide un motivo.</translation>
    </message>
    <message>
        <source>The number is no longer in this tenant.</source>
        <translation>El número ya no está en este inquilino.</translation>
    </message>
    <message>
        <source>The tenant already has this address, but it cannot carry E911 (%1). Correct it under Emergency Addresses, then import again.</source>
        <translation>El inquilino ya tiene esta dirección, pero no puede llevar E911 (%1). Corríjala en Direcciones de emergencia y vuelva a importar.</translation>
    </message>
    <message>
        <source>Already registered at %1.</source>
        <translation>Ya registrado en %1.</translation>
    </message>
    <message>
        <source>%1 (new address, validated before registering)</source>
        <translation>%1 (dirección nueva, se valida antes de registrar)</translation>
    </message>
</context>
<context>
    <name>NumberImportRunner</name>
    <message>
        <source>None of the numbers is in this tenant any more.</source>
        <translation>Ninguno de los números está ya en este inquilino.</translation>
    </message>
    <message>
        <source>The backend did not create the address: %1</source>
        <translation>El servidor no creó la dirección: %1</translation>
    </message>
    <message>
        <source>The backend&apos;s answer for the new address could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor para la dirección nueva.</translation>
    </message>
    <message>
        <source>The registrations could not be saved: %1</source>
        <translation>No se pudieron guardar los registros: %1</translation>
    </message>
</context>
<context>
    <name>NumberTablePane</name>
    <message>
        <source>Filter by E911 state</source>
        <translation>Filtrar por estado de E911</translation>
    </message>
    <message>
        <source>Filter by usage</source>
        <translation>Filtrar por uso</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Limitations acknowledgement</source>
        <translation>Aceptación de las limitaciones</translation>
    </message>
    <message>
        <source>Shows only these numbers; click again for all.</source>
        <translation>Muestra solo estos números; vuelva a hacer clic para verlos todos.</translation>
    </message>
    <message>
        <source>Filter numbers by number or user</source>
        <translation>Filtrar los números por número o usuario</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any usage</source>
        <translation>Cualquier uso</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln numbers</source>
        <translation>
            <numerusform>%1 · %2 · %Ln número</numerusform>
            <numerusform>%1 · %2 · %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>No tenant selected</source>
        <translation>Ningún inquilino seleccionado</translation>
    </message>
    <message>
        <source>● %1 registered</source>
        <translation>● %1 registrados</translation>
    </message>
    <message>
        <source>◐ %1 pending</source>
        <translation>◐ %1 pendientes</translation>
    </message>
    <message>
        <source>✖ %1 failed</source>
        <translation>✖ %1 con error</translation>
    </message>
    <message>
        <source>○ %1 basic only</source>
        <translation>○ %1 solo básico</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Mostrar solo: %1</translation>
    </message>
    <message>
        <source>Choose a tenant on the left to see its numbers.</source>
        <translation>Elija un inquilino a la izquierda para ver sus números.</translation>
    </message>
    <message numerus="yes">
        <source>No number matches these filters. Change the filter text or clear the filters to see all %Ln numbers.</source>
        <translation>
            <numerusform>Ningún número coincide con estos filtros. Cambie el texto del filtro o quite los filtros para ver el único número.</numerusform>
            <numerusform>Ningún número coincide con estos filtros. Cambie el texto del filtro o quite los filtros para ver los %Ln números.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tenant has no numbers yet. They appear here after the next sync (F5) once the carrier assigned them.</source>
        <translation>Este inquilino aún no tiene números. Aparecerán aquí después de la próxima sincronización (F5), cuando el operador los haya asignado.</translation>
    </message>
    <message>
        <source>Reading this tenant&apos;s numbers from the offline copy…</source>
        <translation>Leyendo los números de este inquilino desde la copia sin conexión…</translation>
    </message>
    <message>
        <source>Filter by number, user or address… (Ctrl+F)</source>
        <translation>Filtrar por número, usuario o dirección… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not open the outbox in %1: %2</source>
        <translation>No se pudo abrir la bandeja de salida en %1: %2</translation>
    </message>
    <message>
        <source>Could not prepare the outbox in %1: %2</source>
        <translation>No se pudo preparar la bandeja de salida en %1: %2</translation>
    </message>
    <message>
        <source>Could not upgrade the outbox: %1</source>
        <translation>No se pudo actualizar la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of Dispatchable (schema %1). Update the app to send the changes it holds.</source>
        <translation>La bandeja de salida la escribió una versión más reciente de Dispatchable (esquema %1). Actualice la aplicación para enviar los cambios que contiene.</translation>
    </message>
    <message>
        <source>Could not upgrade the outbox to schema %1: %2</source>
        <translation>No se pudo actualizar la bandeja de salida al esquema %1: %2</translation>
    </message>
    <message>
        <source>The outbox is not open for writing.</source>
        <translation>La bandeja de salida no está abierta para escritura.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Could not make the outbox in %1 private to this account.</source>
        <translation>No se pudo hacer que la bandeja de salida en %1 sea privada para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No answer from the server.</source>
        <translation>Sin respuesta del servidor.</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation>Este cambio ya no está esperando una decisión.</translation>
    </message>
    <message>
        <source>The server&apos;s version has no ETag; reload it and make the change again.</source>
        <translation>La versión del servidor no tiene ETag; vuelva a cargarla y haga el cambio de nuevo.</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>No se pudo guardar la decisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back to basic 911</source>
        <translation>
            <numerusform>%n número vuelve al 911 básico</numerusform>
            <numerusform>%n números vuelven al 911 básico</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered, %2 failed</source>
        <translation>%1 registrados, %2 con error</translation>
    </message>
</context>
<context>
    <name>PinnedCertificates</name>
    <message>
        <source>“%1”: write the backend&apos;s address, a space, then the SHA-256 fingerprint.</source>
        <translation>“%1”: escriba la dirección del servidor, un espacio y luego la huella digital SHA-256.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: the fingerprint must be a SHA-256 fingerprint, 64 hexadecimal digits (colons and spaces between pairs are allowed).</source>
        <translation>“%1”: la huella digital debe ser SHA-256, de 64 dígitos hexadecimales (se permiten dos puntos y espacios entre los pares).</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Places at this address</source>
        <translation>Lugares en esta dirección</translation>
    </message>
    <message>
        <source>Add &amp;Place…</source>
        <translation>Agregar &amp;lugar…</translation>
    </message>
    <message>
        <source>Edit Pla&amp;ce…</source>
        <translation>Editar lu&amp;gar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Place…</source>
        <translation>&amp;Quitar lugar…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n network element(s))</source>
        <translation>
            <numerusform>%1 (%n elemento de red)</numerusform>
            <numerusform>%1 (%n elementos de red)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the address first; then add its buildings, floors and rooms here.</source>
        <translation>Guarde primero la dirección; después agregue aquí sus edificios, pisos y salas.</translation>
    </message>
    <message>
        <source>Each building, floor or room is a dispatchable location of its own that network elements point at. Changes to places are queued as soon as you save them, apart from the address.</source>
        <translation>Cada edificio, piso o sala es una ubicación despachable propia a la que apuntan los elementos de red. Los cambios en los lugares se ponen en cola en cuanto los guarda, a diferencia de la dirección.</translation>
    </message>
    <message>
        <source>Add Place</source>
        <translation>Agregar lugar</translation>
    </message>
    <message>
        <source>Edit Place</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Edificio:</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Building 2</source>
        <translation>Edificio 2</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Piso:</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Floor 3</source>
        <translation>Piso 3</translation>
    </message>
    <message>
        <source>&amp;Room or wing:</source>
        <translation>&amp;Sala o ala:</translation>
    </message>
    <message>
        <source>Room or wing</source>
        <translation>Sala o ala</translation>
    </message>
    <message>
        <source>Room 301</source>
        <translation>Sala 301</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Where a responder finds it</source>
        <translation>Dónde lo encuentran los equipos de emergencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save Place</source>
        <translation>&amp;Guardar lugar</translation>
    </message>
    <message>
        <source>✖ Fill in at least one of building, floor and room.</source>
        <translation>✖ Rellene al menos uno de estos: edificio, piso o sala.</translation>
    </message>
    <message>
        <source>✖ The place could not be written to the outbox: %1</source>
        <translation>✖ No se pudo escribir el lugar en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Remove Place</source>
        <translation>Quitar lugar</translation>
    </message>
    <message numerus="yes">
        <source>%n network element(s) point at %1. Move or delete them in the network map first.</source>
        <translation>
            <numerusform>%n elemento de red apunta a %1. Muévalo o elimínelo primero en el mapa de red.</numerusform>
            <numerusform>%n elementos de red apuntan a %1. Muévalos o elimínelos primero en el mapa de red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this address?</source>
        <translation>¿Quitar %1 de esta dirección?</translation>
    </message>
    <message>
        <source>Its 933 test calls stay on record.</source>
        <translation>Sus llamadas de prueba al 933 se conservan en el registro.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>The removal could not be written to the outbox: %1</source>
        <translation>No se pudo escribir la eliminación en la bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>PrivateDirectory</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private to this account.</source>
        <translation>No se pudo hacer que la carpeta %1 sea privada para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>ProblemNote</name>
    <message>
        <source>Problem with a setting</source>
        <translation>Problema con una configuración</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>“%1” is not a proxy setting. Use none, system, or http://host:port.</source>
        <translation>“%1” no es una configuración de proxy. Use none, system o http://host:puerto.</translation>
    </message>
    <message>
        <source>The proxy setting must not contain a user name or password.</source>
        <translation>La configuración de proxy no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>“%1” names no port. Add it, for example http://proxy.example.com:3128.</source>
        <translation>“%1” no indica ningún puerto. Agréguelo, por ejemplo http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>“%1”: a proxy is only a host and a port, with nothing after them.</source>
        <translation>“%1”: un proxy es solo un host y un puerto, sin nada detrás.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the compliance report of %1 to %2 (%n non-compliant number(s)).</source>
        <translation>
            <numerusform>Se escribió el informe de cumplimiento de %1 en %2 (%n número que no cumple).</numerusform>
            <numerusform>Se escribió el informe de cumplimiento de %1 en %2 (%n números que no cumplen).</numerusform>
        </translation>
    </message>
    <message>
        <source>dispatchable report: </source>
        <translation>dispatchable report: </translation>
    </message>
    <message>
        <source>The sync took too long.</source>
        <translation>La sincronización tardó demasiado.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>El comando report.</translation>
    </message>
    <message>
        <source>The tenant&apos;s id.</source>
        <translation>El id. del inquilino.</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf o csv.</translation>
    </message>
    <message>
        <source>The file to write. CSV also writes NAME.summary.csv beside it.</source>
        <translation>El archivo que se escribe. Con CSV también se escribe NAME.summary.csv a su lado.</translation>
    </message>
    <message>
        <source>The saved connection to use (its id or name); needed when there are several.</source>
        <translation>La conexión guardada que se usa (su id. o nombre); necesaria cuando hay varias.</translation>
    </message>
    <message>
        <source>Print the tenants&apos; ids and names, then stop.</source>
        <translation>Imprimir los id. y nombres de los inquilinos y terminar.</translation>
    </message>
    <message>
        <source>Start the built-in demo backend and report from it.</source>
        <translation>Iniciar el servidor de demostración integrado y generar el informe desde él.</translation>
    </message>
    <message>
        <source>Sign in to the demo as staff, admin or auditor.</source>
        <translation>Iniciar sesión en la demostración como staff, admin o auditor.</translation>
    </message>
    <message>
        <source>Extra arguments for the demo backend.</source>
        <translation>Argumentos adicionales para el servidor de demostración.</translation>
    </message>
    <message>
        <source>No saved connection. Start Dispatchable and add a connection to your backend first, or use --demo.</source>
        <translation>No hay ninguna conexión guardada. Inicie Dispatchable y agregue primero una conexión a su servidor, o use --demo.</translation>
    </message>
    <message>
        <source>There are several saved connections; choose one with --profile: %1.</source>
        <translation>Hay varias conexiones guardadas; elija una con --profile: %1.</translation>
    </message>
    <message>
        <source>No saved connection is called %2. Saved: %1.</source>
        <translation>Ninguna conexión guardada se llama %2. Guardadas: %1.</translation>
    </message>
    <message>
        <source>--tenant, --format and --out are needed. See --help.</source>
        <translation>Se necesitan --tenant, --format y --out. Consulte --help.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;.</source>
        <translation>--format debe ser pdf o csv, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir %1: compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The demo backend could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Start Dispatchable and sign in (or save an API token) first.</source>
        <translation>No ha iniciado sesión en %1. Inicie Dispatchable e inicie sesión (o guarde un token de API) primero.</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be read: %1</source>
        <translation>No se puede leer el inicio de sesión guardado: %1</translation>
    </message>
    <message>
        <source>The backend refused the saved sign-in: %1 Sign in again in Dispatchable.</source>
        <translation>El servidor rechazó el inicio de sesión guardado: %1 Vuelva a iniciar sesión en Dispatchable.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation>No se pudo abrir la caché sin conexión %1: %2</translation>
    </message>
    <message>
        <source>The backend could not be reached (%1) and nothing was synced before, so there is no data to report on.</source>
        <translation>No se pudo llegar al servidor (%1) y nunca se sincronizó nada antes, así que no hay datos para el informe.</translation>
    </message>
    <message>
        <source>No tenant %1 is known to this connection. --list-tenants shows them.</source>
        <translation>Esta conexión no conoce ningún inquilino %1. --list-tenants los muestra.</translation>
    </message>
    <message>
        <source>dispatchable report: warning: the backend could not be reached (%1). The report was written from the offline cache, last synced %2 (%3 ago).</source>
        <translation>dispatchable report: advertencia: no se pudo llegar al servidor (%1). El informe se escribió desde la caché sin conexión, sincronizada por última vez el %2 (hace %3).</translation>
    </message>
    <message>
        <source>Writes a tenant&apos;s 911 compliance report as PDF or CSV.
Exit codes: 0 written; 3 written from the offline cache because the backend could not be reached; 1 failed; 2 bad arguments; 4 unknown tenant; 5 output not writable; 6 no connection profile; 7 no keychain; 8 not signed in; 9 no data; 10 cancelled (Ctrl+C while writing: no file is left).</source>
        <translation>Escribe el informe de cumplimiento del 911 de un inquilino en PDF o CSV.
Códigos de salida: 0 escrito; 3 escrito desde la caché sin conexión porque no se pudo llegar al servidor; 1 error; 2 argumentos incorrectos; 4 inquilino desconocido; 5 no se puede escribir la salida; 6 no hay perfil de conexión; 7 no hay llavero; 8 sin sesión iniciada; 9 sin datos; 10 cancelado (Ctrl+C durante la escritura: no queda ningún archivo).</translation>
    </message>
    <message>
        <source>Print progress lines to standard error even when it is not a terminal.</source>
        <translation>Muestra líneas de progreso en la salida de error estándar aunque no sea una terminal.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>Writing %1 %2 of %3…</source>
        <translation>Escribiendo %1 %2 de %3…</translation>
    </message>
    <message>
        <source>Cancelled before the report was written: nothing was written.</source>
        <translation>Cancelado antes de escribir el informe: no se escribió nada.</translation>
    </message>
    <message>
        <source>Syncing with the backend…</source>
        <translation>Sincronizando con el servidor…</translation>
    </message>
</context>
<context>
    <name>SettingKey</name>
    <message>
        <source>Allowed backend addresses</source>
        <translation>Direcciones de servidor permitidas</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificados fijados</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>Map tile server</source>
        <translation>Servidor de mosaicos del mapa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Emergency call alerts</source>
        <translation>Alertas de llamadas de emergencia</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Backend connection</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>Allowed backends</source>
        <translation>Servidores permitidos</translation>
    </message>
    <message>
        <source>Allowed backends:</source>
        <translation>Servidores permitidos:</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificados fijados</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>Certificados fijados:</translation>
    </message>
    <message>
        <source>Kiosk mode at start:</source>
        <translation>Modo quiosco al iniciar:</translation>
    </message>
    <message>
        <source>PIN to leave kiosk mode:</source>
        <translation>PIN para salir del modo quiosco:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time Dispatchable starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Dispatchable.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Map tile server address</source>
        <translation>Dirección del servidor de mosaicos del mapa</translation>
    </message>
    <message>
        <source>A web address with {z}, {x} and {y}. Leave it empty to show no map tiles.</source>
        <translation>Una dirección web con {z}, {x} e {y}. Déjela vacía para no mostrar mosaicos del mapa.</translation>
    </message>
    <message>
        <source>Empty: no map tiles</source>
        <translation>Vacía: sin mosaicos del mapa</translation>
    </message>
    <message>
        <source>&amp;Map tiles:</source>
        <translation>&amp;Mosaicos del mapa:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Any https:// backend</source>
        <translation>Cualquier servidor https://</translation>
    </message>
    <message>
        <source>None: no backend may be used</source>
        <translation>Ninguno: no se puede usar ningún servidor</translation>
    </message>
    <message>
        <source>The certificates you trust for each connection</source>
        <translation>Los certificados en los que confía para cada conexión</translation>
    </message>
    <message>
        <source>None: only certificates the system trusts</source>
        <translation>Ninguno: solo los certificados en los que confía el sistema</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecido</translation>
    </message>
    <message>
        <source>Blocked: the organisation&apos;s proxy setting is not valid</source>
        <translation>Bloqueado: la configuración de proxy de la organización no es válida</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Introduzca el nombre de host del proxy o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Dispatchable&apos;s colours: the system&apos;s, light, dark or high contrast.</source>
        <translation>Los colores de Dispatchable: los del sistema, claros, oscuros o de alto contraste.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Emergency call alerts</source>
        <translation>Alertas de llamadas de emergencia</translation>
    </message>
    <message>
        <source>How the alert for a live 911 call gets attention, besides coming to the front.</source>
        <translation>Cómo llama la atención la alerta de una llamada al 911 en curso, además de pasar al frente.</translation>
    </message>
    <message>
        <source>Emergency &amp;call alerts:</source>
        <translation>Alertas de &amp;llamadas de emergencia:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open Sign-in Page</source>
        <translation>&amp;Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Stay Signed In for This Session Only</source>
        <translation>&amp;Mantener la sesión solo durante esta sesión</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Sign In</source>
        <translation>&amp;No iniciar sesión</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Open the sign-in page in your browser, sign in there with your account for %1, and enter this code when asked:</source>
        <translation>Abra la página de inicio de sesión en su navegador, inicie sesión allí con su cuenta de %1 e introduzca este código cuando se le pida:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Dirección de la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Time left to use the code</source>
        <translation>Tiempo restante para usar el código</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Copiar el código de inicio de sesión</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Abrir la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>Pidiendo a %1 un código de inicio de sesión…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in. The server asked to be asked less often: checking every %n second(s).</source>
        <translation>
            <numerusform>Esperando a que inicie sesión. El servidor pidió que se le consulte con menos frecuencia: se comprueba cada %n segundo.</numerusform>
            <numerusform>Esperando a que inicie sesión. El servidor pidió que se le consulte con menos frecuencia: se comprueba cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you to sign in with the browser…</source>
        <translation>Esperando a que inicie sesión con el navegador…</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>El código caducó.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>El código caduca en %1:%2.</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ Sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>You are signed in, but %1

Dispatchable can keep you signed in for this session only: your sign-in is kept in memory and never written to disk. When you quit Dispatchable you will have to sign in again with a new code. Your offline copy and any changes waiting to be sent are kept either way.</source>
        <translation>Ha iniciado sesión, pero %1

Dispatchable puede mantener la sesión iniciada solo durante esta sesión: su inicio de sesión se guarda en la memoria y nunca se escribe en el disco. Cuando salga de Dispatchable tendrá que volver a iniciar sesión con un código nuevo. Su copia sin conexión y los cambios pendientes de envío se conservan en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>StartupBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progreso del inicio</translation>
    </message>
    <message>
        <source>Stop the demo and close the window</source>
        <translation>Detener la demostración y cerrar la ventana</translation>
    </message>
    <message>
        <source>Stop the first sync and keep what arrived</source>
        <translation>Detener la primera sincronización y conservar lo recibido</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Not connected yet</source>
        <translation>Aún sin conectar</translation>
    </message>
    <message>
        <source>Connect to the provisioning backend your provider gave you.</source>
        <translation>Conéctese al servidor de aprovisionamiento que le dio su proveedor.</translation>
    </message>
    <message>
        <source>This connection is not allowed</source>
        <translation>Esta conexión no está permitida</translation>
    </message>
    <message>
        <source>The offline copy could not be opened</source>
        <translation>No se pudo abrir la copia sin conexión</translation>
    </message>
    <message>
        <source>There is no keychain on this computer to keep you signed in.</source>
        <translation>Este equipo no tiene llavero para mantener la sesión iniciada.</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from the keychain.</source>
        <translation>No se pudo leer su inicio de sesión del llavero.</translation>
    </message>
    <message>
        <source>Connection Refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Cerró la sesión.</translation>
    </message>
</context>
<context>
    <name>StartupStatus</name>
    <message>
        <source>Starting the demo backend…</source>
        <translation>Iniciando el servidor de demostración…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>First sync: fetching tenants…</source>
        <translation>Primera sincronización: obteniendo los inquilinos…</translation>
    </message>
    <message numerus="yes">
        <source>First sync: tenants %1 of %2, %Ln numbers</source>
        <translation>
            <numerusform>Primera sincronización: inquilinos %1 de %2, %Ln número</numerusform>
            <numerusform>Primera sincronización: inquilinos %1 de %2, %Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The first sync stopped</source>
        <translation>La primera sincronización se detuvo</translation>
    </message>
    <message>
        <source>The demo makes up its tenants and numbers; the window fills as soon as it answers.</source>
        <translation>La demostración inventa sus inquilinos y números; la ventana se llena en cuanto responde.</translation>
    </message>
    <message>
        <source>Connecting to the backend.</source>
        <translation>Conectando con el servidor.</translation>
    </message>
    <message>
        <source>Tenants and numbers appear as they arrive. Cancel stops it and keeps what arrived; Sync Now starts it again.</source>
        <translation>Los inquilinos y los números aparecen a medida que llegan. Cancelar la detiene y conserva lo recibido; Sincronizar ahora la inicia de nuevo.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>○ Not connected</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>○ Offline: %1 cannot be reached</source>
        <translation>○ Sin conexión: no se puede llegar a %1</translation>
    </message>
    <message>
        <source>● Connected to %1 (certificate pinned)</source>
        <translation>● Conectado a %1 (certificado fijado)</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Conectado a %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outbox %1</source>
        <translation>Bandeja de salida %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln items</source>
        <translation>
            <numerusform>Sincronizando: %Ln elemento</numerusform>
            <numerusform>Sincronizando: %Ln elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The offline cache could not be written.</source>
        <translation>No se pudo escribir la caché sin conexión.</translation>
    </message>
    <message>
        <source>Check that the disk is not full, then sync again.</source>
        <translation>Compruebe que el disco no esté lleno y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>The answer has no change token.</source>
        <translation>La respuesta no tiene token de cambios.</translation>
    </message>
    <message>
        <source>The server repeated a page cursor.</source>
        <translation>El servidor repitió un cursor de página.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionDialog</name>
    <message>
        <source>Adopt From Teams</source>
        <translation>Adoptar desde Teams</translation>
    </message>
    <message>
        <source>Check what Dispatchable should take over from Teams. Each object is created here with its Teams id, so it matches Teams from then on; nothing changes in Teams. A place needs its address, and an element its place, in Dispatchable or checked too.</source>
        <translation>Marque lo que Dispatchable debe asumir de Teams. Cada objeto se crea aquí con su id. de Teams, de modo que en adelante coincide con Teams; en Teams no cambia nada. Un lugar necesita su dirección, y un elemento su lugar, ya sea en Dispatchable o marcados también.</translation>
    </message>
    <message>
        <source>What to adopt, and its dry run</source>
        <translation>Qué adoptar y su simulación</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Adoptar</translation>
    </message>
    <message>
        <source>&amp;Adopt (%1)</source>
        <translation>&amp;Adoptar (%1)</translation>
    </message>
    <message>
        <source>Your role may read but not change this tenant.</source>
        <translation>Su rol puede consultar este inquilino, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>Created: %1 · Already there: %2 · Failed: %3 · Not sent: %4</source>
        <translation>Creados: %1 · Ya existen: %2 · Con error: %3 · No enviados: %4</translation>
    </message>
    <message>
        <source>Nothing is only in Teams.</source>
        <translation>No hay nada que esté solo en Teams.</translation>
    </message>
    <message>
        <source>Check the rows to adopt.</source>
        <translation>Marque las filas que desea adoptar.</translation>
    </message>
    <message>
        <source>To create: %1 · After their parent: %2 · ✖ Not adopted: %3</source>
        <translation>Para crear: %1 · Después de su objeto padre: %2 · ✖ No adoptados: %3</translation>
    </message>
    <message>
        <source>✖ Nothing to adopt: every checked row is refused.</source>
        <translation>✖ No hay nada que adoptar: se rechazan todas las filas marcadas.</translation>
    </message>
    <message>
        <source>✖ Nothing was queued: the outbox could not be written: %1</source>
        <translation>✖ No se puso nada en cola: no se pudo escribir en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Done. The comparison shows the adopted objects in both once the sync brings them.</source>
        <translation>Hecho. La comparación mostrará los objetos adoptados en ambos cuando la sincronización los traiga.</translation>
    </message>
    <message>
        <source>Chec&amp;k All</source>
        <translation>&amp;Marcar todo</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) queued or waiting for their parent. They are sent even if you close this window, until you sign out or quit.</source>
        <translation>
            <numerusform>%n fila en cola o a la espera de su objeto padre. Se envía aunque cierre esta ventana, hasta que cierre la sesión o salga.</numerusform>
            <numerusform>%n filas en cola o a la espera de su objeto padre. Se envían aunque cierre esta ventana, hasta que cierre la sesión o salga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, with failures: the Result column says why for each row.</source>
        <translation>Terminado, con errores: la columna Resultado indica el motivo de cada fila.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionModel</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Conmutador</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Trusted IP</source>
        <translation>IP de confianza</translation>
    </message>
    <message>
        <source>Created, with its Teams id</source>
        <translation>Se crea, con su id. de Teams</translation>
    </message>
    <message>
        <source>Created after its address, with its Teams id</source>
        <translation>Se crea después de su dirección, con su id. de Teams</translation>
    </message>
    <message>
        <source>Created after its place</source>
        <translation>Se crea después de su lugar</translation>
    </message>
    <message>
        <source>✖ Not adopted: %1</source>
        <translation>✖ No se adopta: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>Edificio: %1</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>Piso: %1</translation>
    </message>
    <message>
        <source>Room or wing: %1</source>
        <translation>Sala o ala: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation>%1 · en %2</translation>
    </message>
    <message>
        <source>Only in Teams</source>
        <translation>Solo en Teams</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>In Dispatchable</source>
        <translation>En Dispatchable</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionPlan</name>
    <message>
        <source>The export holds no address with this CivicAddressId.</source>
        <translation>La exportación no contiene ninguna dirección con este CivicAddressId.</translation>
    </message>
    <message>
        <source>Teams holds no street for this address (StreetName is empty): there is nothing to dispatch to. Add the street in Teams first.</source>
        <translation>Teams no tiene ninguna calle para esta dirección (StreetName está vacío): no hay adónde enviar a los servicios de emergencia. Agregue primero la calle en Teams.</translation>
    </message>
    <message>
        <source>Kept as not valid until corrected: %1</source>
        <translation>Se conserva como no válida hasta que se corrija: %1</translation>
    </message>
    <message>
        <source>Teams holds no coordinates: the map shows the postal code&apos;s centre until someone places the pin.</source>
        <translation>Teams no tiene coordenadas: el mapa muestra el centro del código postal hasta que alguien coloque el marcador.</translation>
    </message>
    <message>
        <source>The export holds no location with this LocationId.</source>
        <translation>La exportación no contiene ninguna ubicación con este LocationId.</translation>
    </message>
    <message>
        <source>The export holds no such element.</source>
        <translation>La exportación no contiene ese elemento.</translation>
    </message>
    <message>
        <source>Teams keeps no mask: kept as %1; set the real mask here if you know it (Teams matches the network ID alone).</source>
        <translation>Teams no guarda la máscara: se conserva como %1; establezca aquí la máscara real si la conoce (Teams compara solo el id. de red).</translation>
    </message>
    <message>
        <source>Its address is not in the export: add Teams&apos;s addresses file.</source>
        <translation>Su dirección no está en la exportación: agregue el archivo de direcciones de Teams.</translation>
    </message>
    <message>
        <source>Confirm its address&apos;s match first (Confirm Match…).</source>
        <translation>Confirme primero la coincidencia de su dirección (Confirmar coincidencia…).</translation>
    </message>
    <message>
        <source>Confirm its place&apos;s match first (Confirm Match…).</source>
        <translation>Confirme primero la coincidencia de su lugar (Confirmar coincidencia…).</translation>
    </message>
    <message>
        <source>Its address cannot be adopted (see that row).</source>
        <translation>Su dirección no se puede adoptar (vea esa fila).</translation>
    </message>
    <message>
        <source>Its place cannot be adopted (see that row).</source>
        <translation>Su lugar no se puede adoptar (vea esa fila).</translation>
    </message>
    <message>
        <source>Its address is only in Teams: choose it too (%1).</source>
        <translation>Su dirección solo está en Teams: elíjala también (%1).</translation>
    </message>
    <message>
        <source>Its place is only in Teams: choose it too (%1).</source>
        <translation>Su lugar solo está en Teams: elíjalo también (%1).</translation>
    </message>
    <message>
        <source>Teams puts it at an address&apos;s default location; in Dispatchable network elements belong to a place. Create the place, then add the element to it.</source>
        <translation>Teams lo sitúa en la ubicación predeterminada de una dirección; en Dispatchable, los elementos de red pertenecen a un lugar. Cree el lugar y luego agréguele el elemento.</translation>
    </message>
    <message>
        <source>Its location is not in the export: add Teams&apos;s locations file.</source>
        <translation>Su ubicación no está en la exportación: agregue el archivo de ubicaciones de Teams.</translation>
    </message>
    <message>
        <source>Its name cannot be kept unchanged as a place: Dispatchable keeps building, floor and room separated by a comma and one space, each at most %1 characters. Rename it in Teams first.</source>
        <translation>Su nombre no puede conservarse sin cambios como lugar: Dispatchable guarda edificio, piso y sala separados por una coma y un espacio, cada uno con %1 caracteres como máximo. Cámbiele el nombre en Teams primero.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionRun</name>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Could not be queued: %1</source>
        <translation>No se pudo poner en cola: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Waits for its parent</source>
        <translation>Espera a su objeto padre</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>✔ Created</source>
        <translation>✔ Creado</translation>
    </message>
    <message>
        <source>✔ Already there</source>
        <translation>✔ Ya existe</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Sent, but the answer could not be read: compare again to see whether it was created.</source>
        <translation>Enviado, pero no se pudo leer la respuesta: vuelva a comparar para ver si se creó.</translation>
    </message>
    <message>
        <source>Its address was not created: %1</source>
        <translation>Su dirección no se creó: %1</translation>
    </message>
    <message>
        <source>Its place was not created: %1</source>
        <translation>Su lugar no se creó: %1</translation>
    </message>
</context>
<context>
    <name>TeamsAutomationRow</name>
    <message>
        <source>NetworkObjectType is Unknown: the identifier %1 is left out.</source>
        <translation>NetworkObjectType es Unknown: el identificador %1 se deja fuera.</translation>
    </message>
    <message>
        <source>The port %1 is not written as ChassisID;PortID.</source>
        <translation>El puerto %1 no está escrito como ChassisID;PortID.</translation>
    </message>
    <message>
        <source>NetworkObjectType %1 is none of Subnet, WirelessAccessPoint, Switch, Port or Unknown.</source>
        <translation>NetworkObjectType %1 no es ninguno de Subnet, WirelessAccessPoint, Switch, Port o Unknown.</translation>
    </message>
    <message>
        <source>No Address: without a street, the address cannot be matched to Dispatchable&apos;s.</source>
        <translation>Sin Address: sin calle, la dirección no se puede emparejar con las de Dispatchable.</translation>
    </message>
    <message>
        <source>No CountryOrRegion: the address cannot be matched.</source>
        <translation>Sin CountryOrRegion: la dirección no se puede emparejar.</translation>
    </message>
    <message>
        <source>The export marks this row orphaned: Teams holds it without its address or location, so it is left out.</source>
        <translation>La exportación marca esta fila como huérfana: Teams la tiene sin su dirección o su ubicación, así que se deja fuera.</translation>
    </message>
</context>
<context>
    <name>TeamsCivicAddress</name>
    <message>
        <source>No CivicAddressId: Teams gives every address one, so this row is not a complete export.</source>
        <translation>Sin CivicAddressId: Teams le da uno a cada dirección, así que esta fila no es una exportación completa.</translation>
    </message>
    <message>
        <source>No CountryOrRegion: the address cannot be matched.</source>
        <translation>Sin CountryOrRegion: la dirección no se puede emparejar.</translation>
    </message>
    <message>
        <source>No StreetName: the address matches Dispatchable&apos;s only by its CivicAddressId, never by its street.</source>
        <translation>Sin StreetName: la dirección solo coincide con la de Dispatchable por su CivicAddressId, nunca por su calle.</translation>
    </message>
</context>
<context>
    <name>TeamsComparison</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subredes</translation>
    </message>
    <message>
        <source>Wireless access points</source>
        <translation>Puntos de acceso inalámbrico</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Conmutadores</translation>
    </message>
    <message>
        <source>Switch ports</source>
        <translation>Puertos de conmutador</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Only in Teams</source>
        <translation>Solo en Teams</translation>
    </message>
    <message>
        <source>Only in Dispatchable</source>
        <translation>Solo en Dispatchable</translation>
    </message>
    <message>
        <source>In both, different</source>
        <translation>En ambos, diferente</translation>
    </message>
    <message>
        <source>In both, equal</source>
        <translation>En ambos, igual</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>Trusted IPs</source>
        <translation>IP de confianza</translation>
    </message>
    <message>
        <source>Enhanced emergency services are off: Teams sends no location with the emergency calls of the users this policy covers.</source>
        <translation>Los servicios de emergencia mejorados están desactivados: Teams no envía ninguna ubicación con las llamadas de emergencia de los usuarios que cubre esta directiva.</translation>
    </message>
    <message>
        <source>The emergency numbers were not in the file: export the policy with ConvertTo-Json -Depth 3 to check them.</source>
        <translation>Los números de emergencia no estaban en el archivo: exporte la directiva con ConvertTo-Json -Depth 3 para comprobarlos.</translation>
    </message>
    <message>
        <source>911 is not one of its emergency numbers.</source>
        <translation>El 911 no es uno de sus números de emergencia.</translation>
    </message>
    <message>
        <source>911 has no PSTN usage to route it by.</source>
        <translation>El 911 no tiene ningún uso de RTC por el que enrutarlo.</translation>
    </message>
    <message>
        <source>933 is not routed as an emergency number: test calls need the test number of the 911 provider.</source>
        <translation>El 933 no se enruta como número de emergencia: las llamadas de prueba necesitan el número de prueba del proveedor del 911.</translation>
    </message>
    <message>
        <source>Emergency routing</source>
        <translation>Enrutamiento de emergencia</translation>
    </message>
</context>
<context>
    <name>TeamsComparisonModel</name>
    <message>
        <source>In Teams: %1</source>
        <translation>En Teams: %1</translation>
    </message>
    <message>
        <source>May be: %1</source>
        <translation>Puede ser: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>From the TeamsE911Automation export, which has no Teams ids</source>
        <translation>De la exportación de TeamsE911Automation, que no tiene identificadores de Teams</translation>
    </message>
</context>
<context>
    <name>TeamsComparisonWindow</name>
    <message>
        <source>Compare With Teams — %1</source>
        <translation>Comparar con Teams — %1</translation>
    </message>
    <message>
        <source>Rows that could not be read</source>
        <translation>Filas que no se pudieron leer</translation>
    </message>
    <message>
        <source>Add the export files to compare.</source>
        <translation>Agregue los archivos exportados para comparar.</translation>
    </message>
    <message>
        <source>Show &amp;equal rows too</source>
        <translation>Mostrar también las filas &amp;iguales</translation>
    </message>
    <message>
        <source>What differs, by kind</source>
        <translation>Qué difiere, por tipo</translation>
    </message>
    <message>
        <source>1. Export what the tenant holds in Teams</source>
        <translation>1. Exporte lo que el inquilino tiene en Teams</translation>
    </message>
    <message>
        <source>Run these commands in Teams PowerShell (after Connect-MicrosoftTeams). Each writes one CSV file; reading them changes nothing in Teams or here.</source>
        <translation>Ejecute estos comandos en PowerShell de Teams (después de Connect-MicrosoftTeams). Cada uno escribe un archivo CSV; leerlos no cambia nada ni en Teams ni aquí.</translation>
    </message>
    <message>
        <source>Teams export commands</source>
        <translation>Comandos de exportación de Teams</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>2. Add the files (or drop them here)</source>
        <translation>2. Agregue los archivos (o suéltelos aquí)</translation>
    </message>
    <message>
        <source>&amp;Add Export Files…</source>
        <translation>&amp;Agregar archivos exportados…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aún no hay archivos.</translation>
    </message>
    <message>
        <source>Add Teams Export Files</source>
        <translation>Agregar archivos exportados de Teams</translation>
    </message>
    <message>
        <source>Teams exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>Exportaciones de Teams (*.csv *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: larger than any Teams export; not read.</source>
        <translation>%1: más grande que cualquier exportación de Teams; no se leyó.</translation>
    </message>
    <message>
        <source>%1: could not be opened (%2).</source>
        <translation>%1: no se pudo abrir (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leídos: %1</translation>
    </message>
    <message>
        <source>%1 different · %2 only in Teams · %3 only in Dispatchable · %4 to confirm · %5 equal</source>
        <translation>%1 diferentes · %2 solo en Teams · %3 solo en Dispatchable · %4 por confirmar · %5 iguales</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>read in part</source>
        <translation>leída en parte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): %4</source>
        <translation>%1, fila %2 (%3): %4</translation>
    </message>
    <message>
        <source>Export the &amp;Difference…</source>
        <translation>Exportar la &amp;diferencia…</translation>
    </message>
    <message>
        <source>Preview and save a Teams script that changes only what differs.</source>
        <translation>Vea y guarde un script de Teams que cambia solo lo que difiere.</translation>
    </message>
    <message>
        <source>Con&amp;firm Match…</source>
        <translation>Con&amp;firmar coincidencia…</translation>
    </message>
    <message>
        <source>Say which of Dispatchable&apos;s candidates the selected undecided row is.</source>
        <translation>Indique cuál de los candidatos de Dispatchable es la fila sin decidir seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Keep Teams Ids</source>
        <translation>&amp;Guardar los id de Teams</translation>
    </message>
    <message>
        <source>Store Teams&apos;s ids on the matched addresses and places, so that they match by id from now on. Numbers stay as they are.</source>
        <translation>Guarda los id de Teams en las direcciones y lugares emparejados, para que en adelante se emparejen por id. Los números quedan como están.</translation>
    </message>
    <message>
        <source>Confirmed as %1; kept with Keep Teams Ids.</source>
        <translation>Confirmado como %1; se guarda con Guardar los id de Teams.</translation>
    </message>
    <message>
        <source>&amp;Keep Teams Ids (%1)</source>
        <translation>&amp;Guardar los id de Teams (%1)</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Confirmar coincidencia</translation>
    </message>
    <message>
        <source>Teams&apos;s %1 is which of these in Dispatchable?</source>
        <translation>¿Cuál de estos es, en Dispatchable, %1 de Teams?</translation>
    </message>
    <message>
        <source>Nothing was queued: the outbox could not be written: %1</source>
        <translation>No se puso nada en cola: no se pudo escribir en la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued to keep Teams&apos;s ids. The view compares again when the sync brings them back.</source>
        <translation>
            <numerusform>%n cambio en cola para guardar los id de Teams. La vista vuelve a comparar cuando la sincronización los trae.</numerusform>
            <numerusform>%n cambios en cola para guardar los id de Teams. La vista vuelve a comparar cuando la sincronización los trae.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ado&amp;pt From Teams…</source>
        <translation>Ado&amp;ptar desde Teams…</translation>
    </message>
    <message>
        <source>Create in Dispatchable what only Teams holds: the selected rows, after a dry run.</source>
        <translation>Crear en Dispatchable lo que solo tiene Teams: las filas seleccionadas, tras una simulación.</translation>
    </message>
    <message>
        <source>&amp;Record Number Locations</source>
        <translation>&amp;Registrar ubicaciones de los números</translation>
    </message>
    <message numerus="yes">
        <source>Queued: the Teams location of %n number(s). The numbers table flags those Teams locates elsewhere once the sync brings it back.</source>
        <translation>
            <numerusform>En cola: la ubicación de Teams de %n número. La tabla de números señala los que Teams ubica en otro lugar cuando la sincronización la trae de vuelta.</numerusform>
            <numerusform>En cola: la ubicación de Teams de %n números. La tabla de números señala los que Teams ubica en otro lugar cuando la sincronización la trae de vuelta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep what the number export says of each number&apos;s emergency location, so that the numbers table, the kiosk and the reports flag the numbers Teams locates elsewhere. Needs the exports of numbers, addresses and locations.</source>
        <translation>Guardar lo que la exportación de números dice de la ubicación de emergencia de cada número, para que la tabla de números, el quiosco y los informes señalen los números que Teams ubica en otro lugar. Necesita las exportaciones de números, direcciones y ubicaciones.</translation>
    </message>
    <message>
        <source>The TeamsE911Automation export has no Teams ids: its rows are matched by street and name, and the script and Keep Teams Ids leave them out.</source>
        <translation>La exportación de TeamsE911Automation no tiene identificadores de Teams: sus filas se emparejan por calle y nombre, y el script y Guardar los id de Teams las dejan fuera.</translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceDialog</name>
    <message>
        <source>Export the Difference — %1</source>
        <translation>Exportar la diferencia — %1</translation>
    </message>
    <message>
        <source>Teams already holds what Dispatchable holds: the script would change nothing. What it leaves as it is, and why, is listed below.</source>
        <translation>Teams ya tiene lo que tiene Dispatchable: el script no cambiaría nada. Abajo se indica lo que deja como está y por qué.</translation>
    </message>
    <message>
        <source>Steps of the script, and what it leaves</source>
        <translation>Pasos del script y lo que deja</translation>
    </message>
    <message>
        <source>&amp;Save Script…</source>
        <translation>&amp;Guardar script…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the Difference Script</source>
        <translation>Guardar el script de la diferencia</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts de PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>Saved to %1. Read it before a Teams admin runs it in a Connect-MicrosoftTeams session; afterwards, export from Teams and compare again: nothing should differ.</source>
        <translation>Guardado en %1. Léalo antes de que un administrador de Teams lo ejecute en una sesión de Connect-MicrosoftTeams; después, exporte desde Teams y vuelva a comparar: nada debería diferir.</translation>
    </message>
    <message>
        <source>The script could not be written: %1</source>
        <translation>No se pudo escribir el script: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script runs %n step(s), in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations. It removes nothing. Below the steps: what it leaves as it is, and why. Read them before you save.</source>
        <translation>
            <numerusform>El script ejecuta %n paso, en este orden: direcciones de emergencia, lugares, elementos de red, IP de confianza, la directiva de llamadas de emergencia, las ubicaciones de emergencia de los números. No elimina nada. Debajo de los pasos: lo que deja como está y por qué. Léalos antes de guardar.</numerusform>
            <numerusform>El script ejecuta %n pasos, en este orden: direcciones de emergencia, lugares, elementos de red, IP de confianza, la directiva de llamadas de emergencia, las ubicaciones de emergencia de los números. No elimina nada. Debajo de los pasos: lo que deja como está y por qué. Léalos antes de guardar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceModel</name>
    <message>
        <source>(no cmdlet)</source>
        <translation>(sin cmdlet)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>Cmdlet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>TeamsDifferencePlan</name>
    <message>
        <source>Not changed: the export of %1 was not given, and the script needs the Teams ids it holds.</source>
        <translation>Sin cambios: no se aportó la exportación de %1, y el script necesita los identificadores de Teams que contiene.</translation>
    </message>
    <message>
        <source>Only in Teams: the script removes nothing, so it stays as it is.</source>
        <translation>Solo en Teams: el script no elimina nada, así que queda como está.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects of Dispatchable may be this one: confirm the match first; until then the script changes nothing here.</source>
        <translation>
            <numerusform>%n objeto de Dispatchable puede ser este: confirme primero la correspondencia; hasta entonces el script no cambia nada aquí.</numerusform>
            <numerusform>%n objetos de Dispatchable pueden ser este: confirme primero la correspondencia; hasta entonces el script no cambia nada aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams holds another object like it, or its address is still to confirm: confirm the match first; until then the script changes nothing here.</source>
        <translation>Teams tiene otro objeto como este, o su dirección está aún por confirmar: confirme primero la correspondencia; hasta entonces el script no cambia nada aquí.</translation>
    </message>
    <message>
        <source>Teams has no emergency address at this street: it is created with Dispatchable&apos;s validated fields and coordinates.</source>
        <translation>Teams no tiene una dirección de emergencia en esta calle: se crea con los campos validados y las coordenadas de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams holds another street (%1). No documented cmdlet changes it: Set-CsOnlineLisCivicAddress changes the street only of an address Teams has not validated, and keeps its suffix and directionals for Microsoft. Correct it in the Teams admin center, or create the address anew and move its places.</source>
        <translation>Teams tiene otra calle (%1). Ningún cmdlet documentado la cambia: Set-CsOnlineLisCivicAddress cambia la calle solo de una dirección que Teams no ha validado, y reserva su sufijo y sus direccionales para Microsoft. Corríjala en el centro de administración de Teams, o cree la dirección de nuevo y mueva sus lugares.</translation>
    </message>
    <message>
        <source>Dispatchable has no company name for this address and Teams requires one: Teams&apos;s is kept.</source>
        <translation>Dispatchable no tiene nombre de empresa para esta dirección y Teams exige uno: se conserva el de Teams.</translation>
    </message>
    <message>
        <source>Teams lets a script change an address only in some countries (Set-CsOnlineLisCivicAddress), and not in this one: change %1 in the Teams admin center.</source>
        <translation>Teams permite que un script cambie una dirección solo en algunos países (Set-CsOnlineLisCivicAddress), y no en este: cambie %1 en el centro de administración de Teams.</translation>
    </message>
    <message>
        <source>Teams holds another %1 for this address: set to Dispatchable&apos;s.</source>
        <translation>Teams tiene otro valor de %1 para esta dirección: se establece el de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams names this location differently: it is renamed to Dispatchable&apos;s name.</source>
        <translation>Teams llama a esta ubicación de otra forma: se le da el nombre de Dispatchable.</translation>
    </message>
    <message>
        <source>Its address is still to confirm: the script cannot tell which Teams address to create it at.</source>
        <translation>Su dirección está aún por confirmar: el script no puede saber en qué dirección de Teams crearlo.</translation>
    </message>
    <message>
        <source>Teams has no location of this name at its address: it is created.</source>
        <translation>Teams no tiene una ubicación con este nombre en su dirección: se crea.</translation>
    </message>
    <message>
        <source>Teams does not have it: it is created at Dispatchable&apos;s place.</source>
        <translation>Teams no lo tiene: se crea en el lugar de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams puts it at another location: it is pointed at Dispatchable&apos;s place.</source>
        <translation>Teams lo sitúa en otra ubicación: se asigna al lugar de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams holds another description: it is set to Dispatchable&apos;s (an empty one clears Teams&apos;s).</source>
        <translation>Teams tiene otra descripción: se establece la de Dispatchable (una vacía borra la de Teams).</translation>
    </message>
    <message>
        <source>Its place is still to confirm: the script cannot tell which Teams location to point it at.</source>
        <translation>Su lugar está aún por confirmar: el script no puede saber a qué ubicación de Teams asignarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The notification group has %n entries, and Teams accepts at most 10: use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>El grupo de notificación tiene %n entrada, y Teams acepta como máximo 10: use una dirección de grupo en Dispatchable y vuelva a exportar.</numerusform>
            <numerusform>El grupo de notificación tiene %n entradas, y Teams acepta como máximo 10: use una dirección de grupo en Dispatchable y vuelva a exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams notifies other people of a 911 call: set to Dispatchable&apos;s group.</source>
        <translation>Teams avisa a otras personas de una llamada al 911: se establece el grupo de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams notifies them in another way: set to Dispatchable&apos;s mode.</source>
        <translation>Teams les avisa de otra forma: se establece el modo de Dispatchable.</translation>
    </message>
    <message>
        <source>Dispatchable calls no number on a 911 call: the one in Teams is cleared. Microsoft&apos;s page does not say how to clear it, so the script passes an empty value and checks afterwards that Teams cleared it.</source>
        <translation>Dispatchable no llama a ningún número en una llamada al 911: se borra el de Teams. La página de Microsoft no dice cómo borrarlo, así que el script pasa un valor vacío y comprueba después que Teams lo borró.</translation>
    </message>
    <message>
        <source>Teams calls another number on a 911 call: set to Dispatchable&apos;s.</source>
        <translation>Teams llama a otro número en una llamada al 911: se establece el de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams has no policy of this name: it is created with Dispatchable&apos;s notification settings. It applies to nobody until it is granted (Grant-CsTeamsEmergencyCallingPolicy).</source>
        <translation>Teams no tiene una directiva con este nombre: se crea con la configuración de notificación de Dispatchable. No se aplica a nadie hasta que se asigne (Grant-CsTeamsEmergencyCallingPolicy).</translation>
    </message>
    <message>
        <source>Left in Teams</source>
        <translation>Se deja en Teams</translation>
    </message>
    <message>
        <source>Confirm first</source>
        <translation>Confirmar primero</translation>
    </message>
    <message>
        <source>Not by script</source>
        <translation>No por script</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Teams does not trust this address: it is added, so that calls from it use the network map.</source>
        <translation>Teams no confía en esta dirección: se agrega, para que las llamadas que salen por ella usen el mapa de red.</translation>
    </message>
    <message>
        <source>Teams trusts another range from this address: set to Dispatchable&apos;s mask.</source>
        <translation>Teams confía en otro rango a partir de esta dirección: se establece la máscara de Dispatchable.</translation>
    </message>
    <message>
        <source>Not changed: the export of trusted IP addresses (Get-CsTenantTrustedIPAddress) was not given.</source>
        <translation>Sin cambios: no se aportó la exportación de direcciones IP de confianza (Get-CsTenantTrustedIPAddress).</translation>
    </message>
    <message>
        <source>%1 The script leaves that location: clearing it would leave the number with no emergency location, and Remove-CsPhoneNumberAssignment would take the number from its user. Register the number for E911, or change its location in Teams.</source>
        <translation>%1 El script deja esa ubicación: borrarla dejaría el número sin ubicación de emergencia, y Remove-CsPhoneNumberAssignment le quitaría el número a su usuario. Registre el número para E911 o cambie su ubicación en Teams.</translation>
    </message>
    <message>
        <source>%1 Teams does not let a script change this number&apos;s location (LocationUpdateSupported is False in the export): ask the number&apos;s operator, or change it in the Teams admin center.</source>
        <translation>%1 Teams no permite que un script cambie la ubicación de este número (LocationUpdateSupported es False en la exportación): consulte al operador del número o cámbiela en el centro de administración de Teams.</translation>
    </message>
    <message>
        <source>The export names no default location for its registered address (DefaultLocationId): export the addresses and locations again.</source>
        <translation>La exportación no indica ninguna ubicación predeterminada para su dirección registrada (DefaultLocationId): vuelva a exportar las direcciones y las ubicaciones.</translation>
    </message>
    <message>
        <source>Teams gives this number another emergency location than the address it is registered at for E911: it is set to that address&apos;s default location. Its assignment to a user stays as it is.</source>
        <translation>Teams da a este número una ubicación de emergencia distinta de la dirección en la que está registrado para E911: se establece la ubicación predeterminada de esa dirección. Su asignación a un usuario queda como está.</translation>
    </message>
    <message>
        <source>Its registered address is still to confirm: the script cannot tell which Teams location to give it.</source>
        <translation>Su dirección registrada está aún por confirmar: el script no puede saber qué ubicación de Teams darle.</translation>
    </message>
    <message>
        <source>Its registered address is not in Teams and the script does not create it: the number&apos;s location is left as it is.</source>
        <translation>Su dirección registrada no está en Teams y el script no la crea: la ubicación del número queda como está.</translation>
    </message>
    <message>
        <source>Not changed: routing policies are the carrier&apos;s set-up. %1 In Teams: Set-CsTeamsEmergencyCallRoutingPolicy -Identity &quot;%2&quot; with -AllowEnhancedEmergencyServices $true and 911 in -EmergencyNumbers (New-CsTeamsEmergencyNumber, with the carrier&apos;s PSTN usage).</source>
        <translation>Sin cambios: las directivas de enrutamiento son configuración del operador. %1 En Teams: Set-CsTeamsEmergencyCallRoutingPolicy -Identity &quot;%2&quot; con -AllowEnhancedEmergencyServices $true y el 911 en -EmergencyNumbers (New-CsTeamsEmergencyNumber, con el uso de RTC del operador).</translation>
    </message>
    <message>
        <source>The TeamsE911Automation export holds no Teams ids: its addresses, places and network elements are compared but the script changes none of them. Give the Get-CsOnlineLis exports for a script that does.</source>
        <translation>La exportación de TeamsE911Automation no tiene identificadores de Teams: sus direcciones, lugares y elementos de red se comparan, pero el script no cambia ninguno. Aporte las exportaciones Get-CsOnlineLis para un script que sí lo haga.</translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceScript</name>
    <message>
        <source>Dispatchable: the difference between Dispatchable and Microsoft Teams.</source>
        <translation>Dispatchable: la diferencia entre Dispatchable y Microsoft Teams.</translation>
    </message>
    <message>
        <source>It uses the Teams ids of the export files that the comparison read: run it on the tenant as it was exported. If Teams changed since, export and compare again first.</source>
        <translation>Usa los identificadores de Teams de los archivos de exportación que leyó la comparación: ejecútelo en el inquilino tal como se exportó. Si Teams cambió desde entonces, exporte y compare de nuevo primero.</translation>
    </message>
    <message>
        <source>It removes nothing. Not changed: %1 item(s) only in Teams, %2 waiting for a confirmed match, %3 that no script can change, %4 left out; the preview listed each.</source>
        <translation>No elimina nada. Sin cambios: %1 elemento(s) solo en Teams, %2 a la espera de una correspondencia confirmada, %3 que ningún script puede cambiar, %4 omitido(s); la vista previa enumeró cada uno.</translation>
    </message>
    <message>
        <source>Running it again changes nothing more: what it creates it looks for first, and what it sets it sets to the same value.</source>
        <translation>Ejecutarlo de nuevo no cambia nada más: lo que crea, primero lo busca, y lo que establece, lo establece al mismo valor.</translation>
    </message>
    <message>
        <source>Applying the difference from Dispatchable to %1.</source>
        <translation>Aplicando la diferencia de Dispatchable a %1.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new emergency address. Run this script again: it finds the address it created and goes on.</source>
        <translation>Teams no devolvió el identificador de la nueva dirección de emergencia. Ejecute este script de nuevo: encuentra la dirección que creó y continúa.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new location. Run this script again: it finds the location it created and goes on.</source>
        <translation>Teams no devolvió el identificador de la nueva ubicación. Ejecute este script de nuevo: encuentra la ubicación que creó y continúa.</translation>
    </message>
    <message>
        <source>Teams kept the value of %1 that this script cleared: clear it in the Teams admin center.</source>
        <translation>Teams conservó el valor de %1 que este script borró: bórrelo en el centro de administración de Teams.</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3): %4</source>
        <translation>Paso %1 de %2 (%3): %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Done: {0} changed, {1} already as in this script.</source>
        <translation>Hecho: {0} cambiado(s), {1} ya como en este script.</translation>
    </message>
    <message numerus="yes">
        <source>It makes the Teams tenant named in $tenantName and $tenantId below hold what Dispatchable holds, and changes nothing else: %n step(s), each with its reason above it, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations.</source>
        <translation>
            <numerusform>Hace que el inquilino de Teams indicado más abajo en $tenantName y $tenantId tenga lo que tiene Dispatchable, y no cambia nada más: %n paso, con su motivo encima, en este orden: direcciones de emergencia, lugares, elementos de red, IP de confianza, la directiva de llamadas de emergencia, las ubicaciones de emergencia de los números.</numerusform>
            <numerusform>Hace que el inquilino de Teams indicado más abajo en $tenantName y $tenantId tenga lo que tiene Dispatchable, y no cambia nada más: %n pasos, cada uno con su motivo encima, en este orden: direcciones de emergencia, lugares, elementos de red, IP de confianza, la directiva de llamadas de emergencia, las ubicaciones de emergencia de los números.</numerusform>
        </translation>
    </message>
    <message>
        <source>This script sets numbers&apos; emergency locations with Set-CsPhoneNumberAssignment -PhoneNumber -LocationId, which needs the MicrosoftTeams module 5.3.1 or later: run Update-Module MicrosoftTeams, then this script again.</source>
        <translation>Este script establece las ubicaciones de emergencia de los números con Set-CsPhoneNumberAssignment -PhoneNumber -LocationId, que requiere el módulo MicrosoftTeams 5.3.1 o posterior: ejecute Update-Module MicrosoftTeams y luego vuelva a ejecutar este script.</translation>
    </message>
    <message>
        <source>Teams did not return the default location of the new emergency address. Run this script again.</source>
        <translation>Teams no devolvió la ubicación predeterminada de la nueva dirección de emergencia. Ejecute este script de nuevo.</translation>
    </message>
</context>
<context>
    <name>TeamsEmergencyPolicy</name>
    <message>
        <source>No Identity: the policy has no name.</source>
        <translation>Sin Identity: la directiva no tiene nombre.</translation>
    </message>
    <message>
        <source>NotificationGroup entry &quot;%1&quot; is not an e-mail address; it is left out.</source>
        <translation>La entrada &quot;%1&quot; de NotificationGroup no es una dirección de correo electrónico; se deja fuera.</translation>
    </message>
    <message>
        <source>NotificationDialOutNumber &quot;%1&quot; is not a phone number; it is left out.</source>
        <translation>NotificationDialOutNumber &quot;%1&quot; no es un número de teléfono; se deja fuera.</translation>
    </message>
    <message>
        <source>NotificationMode &quot;%1&quot; is not NotificationOnly, ConferenceMuted or ConferenceUnMuted; it is left out.</source>
        <translation>NotificationMode &quot;%1&quot; no es NotificationOnly, ConferenceMuted ni ConferenceUnMuted; se deja fuera.</translation>
    </message>
</context>
<context>
    <name>TeamsEmergencyRoutingPolicy</name>
    <message>
        <source>EmergencyNumbers item %1: the dial string &quot;%2&quot; is not 1 to 10 digits; it is left out.</source>
        <translation>Elemento %1 de EmergencyNumbers: la cadena de marcado &quot;%2&quot; no tiene de 1 a 10 dígitos; se omite.</translation>
    </message>
    <message>
        <source>EmergencyNumbers item %1: the dial mask entry &quot;%2&quot; is not 1 to 10 digits; it is left out.</source>
        <translation>Elemento %1 de EmergencyNumbers: la entrada de máscara de marcado &quot;%2&quot; no tiene de 1 a 10 dígitos; se omite.</translation>
    </message>
    <message>
        <source>No Identity: the policy has no name.</source>
        <translation>Sin Identity: la directiva no tiene nombre.</translation>
    </message>
    <message>
        <source>AllowEnhancedEmergencyServices &quot;%1&quot; is not True or False; it is left out.</source>
        <translation>AllowEnhancedEmergencyServices &quot;%1&quot; no es True ni False; se omite.</translation>
    </message>
    <message>
        <source>EmergencyNumbers holds no numbers (Export-Csv writes only the list&apos;s type name): export the routing policies with ConvertTo-Json -Depth 3 to compare them.</source>
        <translation>EmergencyNumbers no contiene números (Export-Csv solo escribe el nombre del tipo de la lista): exporte las directivas de enrutamiento con ConvertTo-Json -Depth 3 para compararlas.</translation>
    </message>
</context>
<context>
    <name>TeamsExportFile</name>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>El archivo no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The row&apos;s values (%1) do not line up with the header&apos;s %2 columns: the file was cut off or edited here, so the row is not read.</source>
        <translation>Los valores de la fila (%1) no coinciden con las %2 columnas del encabezado: el archivo se cortó o se editó aquí, así que la fila no se lee.</translation>
    </message>
    <message>
        <source>The file ends inside this row&apos;s quoted value: it was cut off, so the row is not read.</source>
        <translation>El archivo termina dentro de un valor entre comillas de esta fila: se cortó, así que la fila no se lee.</translation>
    </message>
    <message>
        <source>emergency addresses</source>
        <translation>direcciones de emergencia</translation>
    </message>
    <message>
        <source>places (Teams locations)</source>
        <translation>lugares (ubicaciones de Teams)</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>subredes</translation>
    </message>
    <message>
        <source>wireless access points</source>
        <translation>puntos de acceso wifi</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>conmutadores</translation>
    </message>
    <message>
        <source>switch ports</source>
        <translation>puertos de conmutador</translation>
    </message>
    <message>
        <source>phone number assignments</source>
        <translation>asignaciones de números de teléfono</translation>
    </message>
    <message>
        <source>emergency calling policies</source>
        <translation>directivas de llamadas de emergencia</translation>
    </message>
    <message>
        <source>unknown contents</source>
        <translation>contenido desconocido</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has no rows to read.</source>
        <translation>El archivo no tiene filas que leer.</translation>
    </message>
    <message>
        <source>trusted IP addresses</source>
        <translation>direcciones IP de confianza</translation>
    </message>
    <message>
        <source>emergency call routing policies</source>
        <translation>directivas de enrutamiento de llamadas de emergencia</translation>
    </message>
    <message>
        <source>TeamsE911Automation rows</source>
        <translation>filas de TeamsE911Automation</translation>
    </message>
    <message>
        <source>This is not a Teams export Dispatchable can read: its columns (%1) match none of Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation, Get-CsOnlineLisSubnet, Get-CsOnlineLisWirelessAccessPoint, Get-CsOnlineLisSwitch, Get-CsOnlineLisPort, Get-CsPhoneNumberAssignment, Get-CsTeamsEmergencyCallingPolicy, Get-CsTeamsEmergencyCallRoutingPolicy, Get-CsTenantTrustedIPAddress or TeamsE911Automation&apos;s Get-CsE911OnlineConfiguration piped to Export-Csv or ConvertTo-Json.</source>
        <translation>Esta no es una exportación de Teams que Dispatchable pueda leer: sus columnas (%1) no coinciden con ninguna de Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation, Get-CsOnlineLisSubnet, Get-CsOnlineLisWirelessAccessPoint, Get-CsOnlineLisSwitch, Get-CsOnlineLisPort, Get-CsPhoneNumberAssignment, Get-CsTeamsEmergencyCallingPolicy, Get-CsTeamsEmergencyCallRoutingPolicy, Get-CsTenantTrustedIPAddress o Get-CsE911OnlineConfiguration de TeamsE911Automation canalizadas a Export-Csv o ConvertTo-Json.</translation>
    </message>
</context>
<context>
    <name>TeamsFieldValues</name>
    <message>
        <source>%1 &quot;%2&quot; is not a coordinate between -%3 and %3; it is left out.</source>
        <translation>%1 &quot;%2&quot; no es una coordenada entre -%3 y %3; se deja fuera.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Teams ID (a GUID such as 5aa884e8-d548-4b8e-a289-52bfd5265a6e).</source>
        <translation>%1 &quot;%2&quot; no es un id. de Teams (un GUID como 5aa884e8-d548-4b8e-a289-52bfd5265a6e).</translation>
    </message>
</context>
<context>
    <name>TeamsLocation</name>
    <message>
        <source>No LocationId: the place cannot be told apart.</source>
        <translation>Sin LocationId: el lugar no se puede distinguir.</translation>
    </message>
    <message>
        <source>No CivicAddressId: the row does not say which address the place is at.</source>
        <translation>Sin CivicAddressId: la fila no dice en qué dirección está el lugar.</translation>
    </message>
</context>
<context>
    <name>TeamsNetworkElement</name>
    <message>
        <source>No LocationId: the row does not say which place the element is in.</source>
        <translation>Sin LocationId: la fila no dice en qué lugar está el elemento.</translation>
    </message>
</context>
<context>
    <name>TeamsNumberAssignment</name>
    <message>
        <source>No TelephoneNumber.</source>
        <translation>Sin TelephoneNumber.</translation>
    </message>
    <message>
        <source>TelephoneNumber &quot;%1&quot; is not a phone number.</source>
        <translation>TelephoneNumber &quot;%1&quot; no es un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>TeamsNumberCheck</name>
    <message>
        <source>a location not in the export</source>
        <translation>una ubicación que no está en la exportación</translation>
    </message>
    <message>
        <source>Teams gives this number a location at its registered address.</source>
        <translation>Teams da a este número una ubicación en su dirección registrada.</translation>
    </message>
    <message>
        <source>Teams gives this number another location (%1): its next emergency call will send that one, not the registered address.</source>
        <translation>Teams da a este número otra ubicación (%1): su próxima llamada de emergencia enviará esa, no la dirección registrada.</translation>
    </message>
    <message>
        <source>Teams gives this number a location (%1), but it has no E911 registration here.</source>
        <translation>Teams da a este número una ubicación (%1), pero aquí no tiene registro E911.</translation>
    </message>
    <message>
        <source>Teams gives this number no emergency location of its own.</source>
        <translation>Teams no da a este número una ubicación de emergencia propia.</translation>
    </message>
    <message>
        <source>This number is not in the Teams export.</source>
        <translation>Este número no está en la exportación de Teams.</translation>
    </message>
</context>
<context>
    <name>TeamsScript</name>
    <message>
        <source>Dispatchable: emergency calling configuration for Microsoft Teams.</source>
        <translation>Dispatchable: configuración de llamadas de emergencia para Microsoft Teams.</translation>
    </message>
    <message>
        <source>What this script changes in the Teams tenant named in $tenantName and $tenantId below:</source>
        <translation>Qué cambia este script en el inquilino de Teams indicado más abajo en $tenantName y $tenantId:</translation>
    </message>
    <message numerus="yes">
        <source>- %n emergency address(es) (New-CsOnlineLisCivicAddress), created where Teams has none with the same fields;</source>
        <translation>
            <numerusform>- %n dirección de emergencia (New-CsOnlineLisCivicAddress), creada donde Teams no tiene ninguna con los mismos campos;</numerusform>
            <numerusform>- %n direcciones de emergencia (New-CsOnlineLisCivicAddress), creadas donde Teams no tiene ninguna con los mismos campos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n place(s) (New-CsOnlineLisLocation), created where the address has no location of that name;</source>
        <translation>
            <numerusform>- %n lugar (New-CsOnlineLisLocation), creado donde la dirección no tiene ninguna ubicación con ese nombre;</numerusform>
            <numerusform>- %n lugares (New-CsOnlineLisLocation), creados donde la dirección no tiene ninguna ubicación con ese nombre;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n subnet(s) (Set-CsOnlineLisSubnet);</source>
        <translation>
            <numerusform>- %n subred (Set-CsOnlineLisSubnet);</numerusform>
            <numerusform>- %n subredes (Set-CsOnlineLisSubnet);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n wireless access point(s) (Set-CsOnlineLisWirelessAccessPoint);</source>
        <translation>
            <numerusform>- %n punto de acceso inalámbrico (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
            <numerusform>- %n puntos de acceso inalámbricos (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch(es) (Set-CsOnlineLisSwitch);</source>
        <translation>
            <numerusform>- %n conmutador (Set-CsOnlineLisSwitch);</numerusform>
            <numerusform>- %n conmutadores (Set-CsOnlineLisSwitch);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch port(s) (Set-CsOnlineLisPort);</source>
        <translation>
            <numerusform>- %n puerto de conmutador (Set-CsOnlineLisPort);</numerusform>
            <numerusform>- %n puertos de conmutador (Set-CsOnlineLisPort);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n trusted IP address range(s) (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</source>
        <translation>
            <numerusform>- %n rango de direcciones IP de confianza (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
            <numerusform>- %n rangos de direcciones IP de confianza (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n entry(ies) in its notification group.</source>
        <translation>
            <numerusform>- la directiva de llamadas de emergencia %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): a quién se avisa cuando alguien marca el 911, con %n entrada en su grupo de notificación.</numerusform>
            <numerusform>- la directiva de llamadas de emergencia %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): a quién se avisa cuando alguien marca el 911, con %n entradas en su grupo de notificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnets, access points, switches and ports are set only where Teams lacks them or links them to another place or description.</source>
        <translation>Las subredes, los puntos de acceso, los conmutadores y los puertos solo se establecen donde Teams no los tiene o los vincula a otro lugar u otra descripción.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Dispatchable&apos;s configuration are left out; the script lists each as a warning when it runs.</source>
        <translation>
            <numerusform>%n elemento de la configuración de Dispatchable queda fuera; el script lo indica como advertencia al ejecutarse.</numerusform>
            <numerusform>%n elementos de la configuración de Dispatchable quedan fuera; el script indica cada uno como advertencia al ejecutarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by Dispatchable %2.</source>
        <translation>Generado el %1 por Dispatchable %2.</translation>
    </message>
    <message>
        <source>Review every line before you run it. Run it in PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams administrator of this tenant; it stops if the session is signed in to another tenant.</source>
        <translation>Revise cada línea antes de ejecutarlo. Ejecútelo en PowerShell con el módulo MicrosoftTeams, después de Connect-MicrosoftTeams, como administrador de Teams de este inquilino; se detiene si la sesión ha iniciado sesión en otro inquilino.</translation>
    </message>
    <message>
        <source>It removes nothing, and running it again changes only what differs from this script.</source>
        <translation>No quita nada, y si se vuelve a ejecutar solo cambia lo que difiere de este script.</translation>
    </message>
    <message>
        <source>Teams clients pick up network map changes only after a while (it can take hours), and when they reconnect or restart: make a 933 test call from each place afterwards.</source>
        <translation>Los clientes de Teams solo recogen los cambios del mapa de red al cabo de un tiempo (puede tardar horas), y cuando se reconectan o se reinician: después, haga una llamada de prueba al 933 desde cada lugar.</translation>
    </message>
    <message>
        <source>Values from Dispatchable are single-quoted literals; control characters in them were replaced by spaces.</source>
        <translation>Los valores de Dispatchable son literales entre comillas simples; los caracteres de control que contenían se sustituyeron por espacios.</translation>
    </message>
    <message>
        <source>Also make the policy the organization&apos;s default (Grant-CsTeamsEmergencyCallingPolicy -Global).</source>
        <translation>Convertir también la directiva en la predeterminada de la organización (Grant-CsTeamsEmergencyCallingPolicy -Global).</translation>
    </message>
    <message>
        <source>This session is signed in to another tenant. Run Connect-MicrosoftTeams -TenantId %1 and then this script again.</source>
        <translation>Esta sesión ha iniciado sesión en otro inquilino. Ejecute Connect-MicrosoftTeams -TenantId %1 y luego vuelva a ejecutar este script.</translation>
    </message>
    <message>
        <source>Applying Dispatchable&apos;s emergency configuration to %1.</source>
        <translation>Aplicando la configuración de emergencia de Dispatchable a %1.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Queda fuera: %1</translation>
    </message>
    <message>
        <source>Emergency addresses: looked up by their fields (not by description or coordinates) and created only when Teams has none like them.</source>
        <translation>Direcciones de emergencia: se buscan por sus campos (no por la descripción ni las coordenadas) y solo se crean cuando Teams no tiene ninguna igual.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new emergency address with Dispatchable id {0}.</source>
        <translation>Teams no devolvió el id. de la nueva dirección de emergencia con el id. de Dispatchable {0}.</translation>
    </message>
    <message>
        <source>Places: a location of the same name under the same address is reused; a missing one is created.</source>
        <translation>Lugares: se reutiliza una ubicación con el mismo nombre en la misma dirección; si falta, se crea.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new location with Dispatchable id {0}.</source>
        <translation>Teams no devolvió el id. de la nueva ubicación con el id. de Dispatchable {0}.</translation>
    </message>
    <message>
        <source>Done: {0} created, {1} changed, {2} already as in this script.</source>
        <translation>Hecho: {0} creados, {1} cambiados, {2} ya como en este script.</translation>
    </message>
    <message>
        <source>Network map: what Teams has is read once per kind; a row is set only when Teams lacks it or has another place or description.</source>
        <translation>Mapa de red: lo que tiene Teams se lee una vez por tipo; una fila solo se establece cuando Teams no la tiene o tiene otro lugar u otra descripción.</translation>
    </message>
    <message>
        <source>Trusted IPs: the tenant&apos;s public egress addresses. Teams uses the network map only for calls that come from one of them.</source>
        <translation>IP de confianza: las direcciones públicas de salida del inquilino. Teams solo usa el mapa de red para las llamadas que vienen de una de ellas.</translation>
    </message>
    <message>
        <source>Emergency calling policy (Kari&apos;s Law): who is told, and how, when someone dials 911.</source>
        <translation>Directiva de llamadas de emergencia (ley de Kari): a quién se avisa, y cómo, cuando alguien marca el 911.</translation>
    </message>
    <message numerus="yes">
        <source>The policy is not set: its notification group has %n entries, and Teams accepts at most 10. Use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>La directiva no se establece: su grupo de notificación tiene %n entrada y Teams acepta 10 como máximo. Use una dirección de grupo en Dispatchable y vuelva a exportar.</numerusform>
            <numerusform>La directiva no se establece: su grupo de notificación tiene %n entradas y Teams acepta 10 como máximo. Use una dirección de grupo en Dispatchable y vuelva a exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification group is empty: nobody is told when someone dials 911.</source>
        <translation>El grupo de notificación está vacío: no se avisa a nadie cuando alguien marca el 911.</translation>
    </message>
    <message>
        <source>The policy applies to nobody yet: grant it to users or groups (Grant-CsTeamsEmergencyCallingPolicy), or run this script again with -GrantPolicyToOrganization.</source>
        <translation>La directiva aún no se aplica a nadie: asígnela a usuarios o grupos (Grant-CsTeamsEmergencyCallingPolicy), o vuelva a ejecutar este script con -GrantPolicyToOrganization.</translation>
    </message>
</context>
<context>
    <name>TeamsScriptExport</name>
    <message>
        <source>Export Teams Script</source>
        <translation>Exportar script de Teams</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts de PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>The script could not be written: %1</source>
        <translation>No se pudo escribir el script: %1</translation>
    </message>
    <message>
        <source>The script was saved to %1. Read it before a Teams admin runs it in a Connect-MicrosoftTeams session: it says at the top what it changes.</source>
        <translation>El script se guardó en %1. Léalo antes de que un administrador de Teams lo ejecute en una sesión de Connect-MicrosoftTeams: al principio indica lo que cambia.</translation>
    </message>
</context>
<context>
    <name>TeamsScriptPlan</name>
    <message>
        <source>Address %1: not validated in Dispatchable; its places and network elements are left out too.</source>
        <translation>Dirección %1: no validada en Dispatchable; sus lugares y elementos de red también se omiten.</translation>
    </message>
    <message>
        <source>Address %1: it has no coordinates, which Teams requires; its places and network elements are left out too.</source>
        <translation>Dirección %1: no tiene coordenadas, que Teams exige; sus lugares y elementos de red también se omiten.</translation>
    </message>
    <message>
        <source>Place %1: it has no building, floor or room.</source>
        <translation>Lugar %1: no tiene edificio, piso ni sala.</translation>
    </message>
    <message>
        <source>Network element %1: its place does not exist.</source>
        <translation>Elemento de red %1: su lugar no existe.</translation>
    </message>
    <message>
        <source>Network element %1: %2</source>
        <translation>Elemento de red %1: %2</translation>
    </message>
    <message>
        <source>Network element %1: Teams knows subnets by network ID only, and %2 has the same one.</source>
        <translation>Elemento de red %1: Teams distingue las subredes solo por su id. de red, y %2 tiene el mismo.</translation>
    </message>
</context>
<context>
    <name>TeamsTenantSnapshot</name>
    <message>
        <source>%1 was already read from an earlier row; this row is left out.</source>
        <translation>%1 ya se leyó en una fila anterior; esta fila se deja fuera.</translation>
    </message>
    <message>
        <source>The row holds no values.</source>
        <translation>La fila no tiene valores.</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Dirección %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Ubicación %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Directiva %1</translation>
    </message>
    <message>
        <source>Left out: the Get-CsOnlineLis exports given hold the same addresses, places and network elements with their Teams ids, which this export lacks.</source>
        <translation>Dejada fuera: las exportaciones Get-CsOnlineLis aportadas tienen las mismas direcciones, lugares y elementos de red con sus identificadores de Teams, que esta exportación no tiene.</translation>
    </message>
    <message>
        <source>%1 was already read from an earlier row; this row&apos;s element is left out.</source>
        <translation>%1 ya se leyó de una fila anterior; el elemento de esta fila se deja fuera.</translation>
    </message>
</context>
<context>
    <name>TeamsTrustedIp</name>
    <message>
        <source>No IPAddress: the row does not say which address Teams trusts.</source>
        <translation>Sin IPAddress: la fila no dice en qué dirección confía Teams.</translation>
    </message>
    <message>
        <source>IPAddress &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>IPAddress &quot;%1&quot; no es una dirección IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>MaskBits &quot;%1&quot; is not a mask length from 0 to %2.</source>
        <translation>MaskBits &quot;%1&quot; no es una longitud de máscara de 0 a %2.</translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>Direct Routing</source>
        <translation>Enrutamiento directo</translation>
    </message>
    <message>
        <source>Operator Connect</source>
        <translation>Operator Connect</translation>
    </message>
</context>
<context>
    <name>TenantListPane</name>
    <message>
        <source>E911</source>
        <translation>E911</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrar inquilinos</translation>
    </message>
    <message>
        <source>Filter tenants by name</source>
        <translation>Filtrar los inquilinos por nombre</translation>
    </message>
    <message>
        <source>Each tenant with its E911 status: failed, pending, basic only or all registered.</source>
        <translation>Cada inquilino con su estado de E911: con error, pendiente, solo básico o todo registrado.</translation>
    </message>
    <message>
        <source>✖ %1 failed</source>
        <translation>✖ %1 con error</translation>
    </message>
    <message>
        <source>◐ %1 pending</source>
        <translation>◐ %1 pendientes</translation>
    </message>
    <message>
        <source>○ %1 basic only</source>
        <translation>○ %1 solo básico</translation>
    </message>
    <message>
        <source>✓ all registered</source>
        <translation>✓ todo registrado</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>sin números</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>Not acknowledged</source>
        <translation>Sin aceptar</translation>
    </message>
    <message>
        <source>Version %1 on %2</source>
        <translation>Versión %1 el %2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>E911 registered</source>
        <translation>E911 registrado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Basic 911 only</source>
        <translation>Solo 911 básico</translation>
    </message>
    <message>
        <source>Limitations acknowledged</source>
        <translation>Limitaciones aceptadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n numbers</source>
        <translation>
            <numerusform>%1 · %n número</numerusform>
            <numerusform>%1 · %n números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCallChecklistDialog</name>
    <message>
        <source>&amp;Record Test Call…</source>
        <translation>&amp;Registrar llamada de prueba…</translation>
    </message>
    <message>
        <source>933 Test Calls — %1</source>
        <translation>Llamadas de prueba al 933 — %1</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Solo lectura: inició sesión como auditor.</translation>
    </message>
    <message>
        <source>You can see which places and numbers were tested, not record calls.</source>
        <translation>Puede ver qué lugares y números se probaron, pero no registrar llamadas.</translation>
    </message>
    <message>
        <source>A place or number counts as tested when its latest 933 call passed at the address it has now. Editing the address, or moving the number to another one, makes it untested until someone calls again.</source>
        <translation>Un lugar o número cuenta como probado cuando su última llamada al 933 fue correcta con la dirección que tiene ahora. Editar la dirección, o mover el número a otra, lo deja sin probar hasta que alguien vuelva a llamar.</translation>
    </message>
    <message>
        <source>Places and numbers to test</source>
        <translation>Lugares y números para probar</translation>
    </message>
    <message>
        <source>Record a 933 call for the selected place or number (Ctrl+R)</source>
        <translation>Registrar una llamada al 933 para el lugar o número seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Nothing to test yet: add places in the address editor, or register numbers with 911.</source>
        <translation>Todavía no hay nada que probar: agregue lugares en el editor de direcciones o registre números en el 911.</translation>
    </message>
    <message>
        <source>Tested: %1 of %2 (%3 %) · Untested: %4</source>
        <translation>Probados: %1 de %2 (%3 %) · Sin probar: %4</translation>
    </message>
</context>
<context>
    <name>TestCallRecordDialog</name>
    <message>
        <source>Record 933 Test Call</source>
        <translation>Registrar llamada de prueba al 933</translation>
    </message>
    <message>
        <source>Dial 933 from the place or number, listen to the address the service reads back, and write down what you heard. A record cannot be changed later; a wrong one is corrected by recording another.</source>
        <translation>Marque el 933 desde el lugar o número, escuche la dirección que lee el servicio y anote lo que oyó. Un registro no se puede cambiar después; uno erróneo se corrige registrando otro.</translation>
    </message>
    <message>
        <source>Place or number tested</source>
        <translation>Lugar o número probado</translation>
    </message>
    <message>
        <source>&amp;Tested:</source>
        <translation>&amp;Probado:</translation>
    </message>
    <message>
        <source>Address on record:</source>
        <translation>Dirección registrada:</translation>
    </message>
    <message>
        <source>Who made the call</source>
        <translation>Quién hizo la llamada</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Llamada &amp;hecha por:</translation>
    </message>
    <message>
        <source>When the call was made</source>
        <translation>Cuándo se hizo la llamada</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>Llamada &amp;el:</translation>
    </message>
    <message>
        <source>Address read back</source>
        <translation>Dirección leída por el servicio</translation>
    </message>
    <message>
        <source>Prefilled with the address on record; change it to what the service read back.</source>
        <translation>Se rellena con la dirección registrada; cámbiela por lo que leyó el servicio.</translation>
    </message>
    <message>
        <source>Address &amp;read back:</source>
        <translation>Dirección &amp;leída:</translation>
    </message>
    <message>
        <source>✔ &amp;Pass: the address was right</source>
        <translation>✔ &amp;Correcta: la dirección era la buena</translation>
    </message>
    <message>
        <source>✖ &amp;Fail: wrong or no address</source>
        <translation>✖ &amp;Incorrecta: dirección errónea o ninguna</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Queue the record for the backend (Ctrl+S)</source>
        <translation>Poner el registro en cola para el servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>(no hay ninguna registrada)</translation>
    </message>
    <message>
        <source>Choose the place or number you tested.</source>
        <translation>Elija el lugar o número que probó.</translation>
    </message>
    <message>
        <source>Say who made the call.</source>
        <translation>Indique quién hizo la llamada.</translation>
    </message>
    <message>
        <source>Write down the address that was read back.</source>
        <translation>Anote la dirección que se leyó.</translation>
    </message>
    <message>
        <source>Choose Pass or Fail.</source>
        <translation>Elija Correcta o Incorrecta.</translation>
    </message>
    <message>
        <source>The record could not be written to the outbox: %1</source>
        <translation>No se pudo escribir el registro en la bandeja de salida: %1</translation>
    </message>
</context>
<context>
    <name>TestChecklistModel</name>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>(no emergency address)</source>
        <translation>(sin dirección de emergencia)</translation>
    </message>
    <message>
        <source>%1, by %2: passed</source>
        <translation>%1, por %2: correcta</translation>
    </message>
    <message>
        <source>%1, by %2: failed</source>
        <translation>%1, por %2: incorrecta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>✔ Tested</source>
        <translation>✔ Probado</translation>
    </message>
    <message>
        <source>○ Never tested</source>
        <translation>○ Nunca probado</translation>
    </message>
    <message>
        <source>✖ Last test failed</source>
        <translation>✖ La última prueba falló</translation>
    </message>
    <message>
        <source>◐ Address changed since the test</source>
        <translation>◐ La dirección cambió desde la prueba</translation>
    </message>
    <message>
        <source>Called %1 by %2 from %3.
Read back: %4
Note: %5</source>
        <translation>Llamada el %1 por %2 desde %3.
Leído: %4
Nota: %5</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Place or number</source>
        <translation>Lugar o número</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>933 test</source>
        <translation>Prueba al 933</translation>
    </message>
    <message>
        <source>Why untested</source>
        <translation>Por qué sin probar</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
    <message>
        <source>%1, call through Teams: location matched</source>
        <translation>%1, llamada por Teams: la ubicación coincidió</translation>
    </message>
    <message>
        <source>%1, call through Teams: location differed</source>
        <translation>%1, llamada por Teams: la ubicación difería</translation>
    </message>
    <message>
        <source>Called %1 by %2 from %3 through Teams; recorded from the call&apos;s emergency event.
Location Teams sent: %4
Note: %5</source>
        <translation>Llamada el %1 por %2 desde %3 por Teams; registrada a partir del evento de emergencia de la llamada.
Ubicación enviada por Teams: %4
Nota: %5</translation>
    </message>
</context>
<context>
    <name>TestCoverage</name>
    <message>
        <source>Never tested: no 933 test call has been recorded.</source>
        <translation>Nunca probado: no se ha registrado ninguna llamada de prueba al 933.</translation>
    </message>
    <message>
        <source>The last 933 test call, on %1, failed.</source>
        <translation>La última llamada de prueba al 933, del %1, falló.</translation>
    </message>
    <message>
        <source>The address changed after the last passed test on %1: call 933 again.</source>
        <translation>La dirección cambió después de la última prueba superada del %1: vuelva a llamar al 933.</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>%1 refused access (HTTP 403); it may block this application</source>
        <translation>%1 rechazó el acceso (HTTP 403); puede que bloquee esta aplicación</translation>
    </message>
    <message>
        <source>%1 has no such tile (HTTP 404)</source>
        <translation>%1 no tiene ese mosaico (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 asks us to slow down (HTTP 429)</source>
        <translation>%1 nos pide que vayamos más despacio (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 respondió con el estado HTTP %2</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 rechazó la conexión</translation>
    </message>
    <message>
        <source>%1 could not be found; check the network connection and the tile URL</source>
        <translation>No se encontró %1; compruebe la conexión de red y la URL de los mosaicos</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed</source>
        <translation>falló la conexión segura con %1</translation>
    </message>
    <message>
        <source>the network proxy did not let the request through</source>
        <translation>el proxy de red no dejó pasar la solicitud</translation>
    </message>
    <message>
        <source>there is no network connection</source>
        <translation>no hay conexión de red</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Map tiles could not be loaded: %1.</source>
        <translation>No se pudieron cargar los mosaicos del mapa: %1.</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
    <message>
        <source>The deepest zoom level must be between %1 and %2.</source>
        <translation>El nivel de zoom máximo debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Enter a tile URL such as %1.</source>
        <translation>Introduzca una URL de mosaicos como %1.</translation>
    </message>
    <message>
        <source>The tile URL must contain {z}, {x} and {y}; it lacks %1.</source>
        <translation>La URL de los mosaicos debe contener {z}, {x} e {y}; le falta %1.</translation>
    </message>
    <message>
        <source>The tile URL contains %1, which Dispatchable does not fill in. Use only {z}, {x} and {y}.</source>
        <translation>La URL de los mosaicos contiene %1, que Dispatchable no rellena. Use solo {z}, {x} e {y}.</translation>
    </message>
    <message>
        <source>The tile URL is not a valid address: %1</source>
        <translation>La URL de los mosaicos no es una dirección válida: %1</translation>
    </message>
    <message>
        <source>The tile URL must start with https:// or http://.</source>
        <translation>La URL de los mosaicos debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>The tile URL must start with https:// or http://, not %1://.</source>
        <translation>La URL de los mosaicos debe empezar por https:// o http://, no por %1://.</translation>
    </message>
    <message>
        <source>The tile URL has no server name.</source>
        <translation>La URL de los mosaicos no tiene nombre de servidor.</translation>
    </message>
</context>
<context>
    <name>TileUrlTemplate</name>
    <message>
        <source>The tile address must not contain a user name or password.</source>
        <translation>La dirección de los mosaicos no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The backend no longer accepts this API token. Paste a new one or sign in.</source>
        <translation>El servidor ya no acepta este token de API. Pegue uno nuevo o inicie sesión.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Su inicio de sesión caducó o se revocó. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>TokenStoreResult</name>
    <message>
        <source>You are not signed in to this connection.</source>
        <translation>No ha iniciado sesión en esta conexión.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so Dispatchable cannot use your saved sign-in. Allow access when your system asks, or sign in for this session only.</source>
        <translation>Se denegó el acceso al llavero, así que Dispatchable no puede usar su inicio de sesión guardado. Permita el acceso cuando el sistema se lo pida, o inicie sesión solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>El llavero no pudo completar la operación.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so Dispatchable cannot keep your sign-in safely. You can stay signed in for this session only; you will have to sign in again next time. Nothing is written to disk.</source>
        <translation>No hay ningún llavero disponible en este equipo (en Linux: no se está ejecutando ningún Secret Service como GNOME Keyring o KWallet), así que Dispatchable no puede guardar su inicio de sesión de forma segura. Puede mantener la sesión iniciada solo durante esta sesión; la próxima vez tendrá que volver a iniciar sesión. No se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>The saved sign-in is incomplete. Sign in again to replace it.</source>
        <translation>El inicio de sesión guardado está incompleto. Vuelva a iniciar sesión para reemplazarlo.</translation>
    </message>
    <message>
        <source>The saved sign-in is damaged. Sign in again.</source>
        <translation>El inicio de sesión guardado está dañado. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ValidationDiffView</name>
    <message>
        <source>&amp;Use the corrected address</source>
        <translation>&amp;Usar la dirección corregida</translation>
    </message>
    <message>
        <source>Typed and corrected address, field by field</source>
        <translation>Dirección escrita y corregida, campo por campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Lo que escribió</translation>
    </message>
    <message>
        <source>Corrected (USPS style)</source>
        <translation>Corregida (estilo USPS)</translation>
    </message>
    <message>
        <source>Use the corrected address</source>
        <translation>Usar la dirección corregida</translation>
    </message>
    <message>
        <source>Not validated yet. Press Validate to have the address checked and written the way 911 systems expect it.</source>
        <translation>Aún sin validar. Pulse Validar para que se compruebe la dirección y se escriba como la esperan los sistemas del 911.</translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation>≠ Cambiado</translation>
    </message>
    <message>
        <source>= Same</source>
        <translation>= Igual</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>✓ Valid. This address can carry E911.</source>
        <translation>✓ Válida. Esta dirección puede llevar E911.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Valid once written the corrected way: %n field(s) differ. Use the corrected address so 911 receives it as validated.</source>
        <translation>
            <numerusform>✓ Válida si se escribe de la forma corregida: %n campo difiere. Use la dirección corregida para que el 911 la reciba validada.</numerusform>
            <numerusform>✓ Válida si se escribe de la forma corregida: %n campos difieren. Use la dirección corregida para que el 911 la reciba validada.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Not valid. Fix the problems below; until it validates, no number can be registered with 911 at this address.</source>
        <translation>✖ No válida. Corrija los problemas de abajo; hasta que se valide, no se puede registrar ningún número en el 911 con esta dirección.</translation>
    </message>
    <message>
        <source>The address changed after it was validated: validate it again.</source>
        <translation>La dirección cambió después de validarse: vuelva a validarla.</translation>
    </message>
</context>
<context>
    <name>WarningLabelDialog</name>
    <message>
        <source>Print Warning Labels</source>
        <translation>Imprimir etiquetas de advertencia</translation>
    </message>
    <message>
        <source>Put a label on every phone and device that can call 911 through Teams: US rules (47 CFR 9.11) ask for a warning of the limits of emergency calling on the equipment.</source>
        <translation>Ponga una etiqueta en cada teléfono y dispositivo que pueda llamar al 911 a través de Teams: las normas de EE. UU. (47 CFR 9.11) exigen una advertencia sobre los límites de las llamadas de emergencia en el equipo.</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Hoja de etiquetas:</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>A &amp;full sheet</source>
        <translation>Una hoja &amp;completa</translation>
    </message>
    <message>
        <source>&amp;This many:</source>
        <translation>&amp;Esta cantidad:</translation>
    </message>
    <message>
        <source>Number of labels</source>
        <translation>Número de etiquetas</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Positions already used on the sheet</source>
        <translation>Posiciones ya usadas en la hoja</translation>
    </message>
    <message>
        <source>Printing starts after this many labels, counted from the top left, row by row.</source>
        <translation>La impresión empieza después de esta cantidad de etiquetas, contadas desde arriba a la izquierda, fila por fila.</translation>
    </message>
    <message>
        <source>None: a fresh sheet</source>
        <translation>Ninguna: una hoja nueva</translation>
    </message>
    <message>
        <source>Already &amp;used:</source>
        <translation>Ya &amp;usadas:</translation>
    </message>
    <message>
        <source>Preview of one label</source>
        <translation>Vista previa de una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the labels as a PDF; print it at actual size (Ctrl+S)</source>
        <translation>Guardar las etiquetas como PDF; imprímalo a tamaño real (Ctrl+S)</translation>
    </message>
    <message>
        <source>Text at %1 pt, small print at %2 pt. Print at actual size (100%), not “fit to page”.</source>
        <translation>Texto a %1 pt, letra pequeña a %2 pt. Imprima a tamaño real (100 %), no “ajustar a la página”.</translation>
    </message>
    <message>
        <source>The text does not fit this label at a legible size.</source>
        <translation>El texto no cabe en esta etiqueta con un tamaño legible.</translation>
    </message>
    <message>
        <source>Save Warning Labels</source>
        <translation>Guardar etiquetas de advertencia</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels could not be saved: %1</source>
        <translation>No se pudieron guardar las etiquetas: %1</translation>
    </message>
    <message>
        <source>The translation into %1 is not installed yet: the labels will be in English. </source>
        <translation>La traducción al %1 aún no está instalada: las etiquetas estarán en inglés. </translation>
    </message>
</context>
<context>
    <name>WarningLabels</name>
    <message>
        <source>Avery 5160 (US Letter, 30 labels)</source>
        <translation>Avery 5160 (carta de EE. UU., 30 etiquetas)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 etiquetas)</translation>
    </message>
    <message>
        <source>Choose between 0 and %1 used positions.</source>
        <translation>Elija entre 0 y %1 posiciones usadas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>911 warning labels</source>
        <translation>Etiquetas de advertencia del 911</translation>
    </message>
    <message>
        <source>The warning text does not fit on a %1 label at a legible size. Choose a larger label sheet.</source>
        <translation>El texto de advertencia no cabe en una etiqueta %1 con un tamaño legible. Elija una hoja de etiquetas más grande.</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>No se pudo iniciar el PDF %1.</translation>
    </message>
    <message>
        <source>⚠ Limits of 911 calls from this phone</source>
        <translation>⚠ Límites de las llamadas al 911 desde este teléfono</translation>
    </message>
    <message>
        <source>Calling 911? Say where you are: address, floor, room.</source>
        <translation>¿Llama al 911? Diga dónde está: dirección, piso, sala.</translation>
    </message>
    <message>
        <source>Tell 911 where you are.</source>
        <translation>Diga al 911 dónde está.</translation>
    </message>
    <message>
        <source>Limitations of %1 · 47 CFR 9.11</source>
        <translation>Limitaciones de %1 · 47 CFR 9.11</translation>
    </message>
    <message>
        <source>%1 · limitations of %2</source>
        <translation>%1 · limitaciones de %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dispatchable</source>
        <translation>Dispatchable</translation>
    </message>
    <message>
        <source>Map tiles: %1</source>
        <translation>Mosaicos del mapa: %1</translation>
    </message>
    <message>
        <source>Emergency calling (911/E911) for Teams numbers.</source>
        <translation>Llamadas de emergencia (911/E911) para números de Teams.</translation>
    </message>
    <message>
        <source>Start the built-in demo backend and connect to it.</source>
        <translation>Iniciar el servidor de demostración integrado y conectarse a él.</translation>
    </message>
    <message>
        <source>Sign in to the demo as staff, admin or auditor.</source>
        <translation>Iniciar sesión en la demostración como staff, admin o auditor.</translation>
    </message>
    <message>
        <source>Extra arguments for the demo backend, e.g. &quot;--tenants 4&quot;.</source>
        <translation>Argumentos adicionales para el servidor de demostración, p. ej., &quot;--tenants 4&quot;.</translation>
    </message>
    <message>
        <source>Start in kiosk mode, the read-only audit view for a wall screen (auditor accounts only).</source>
        <translation>Iniciar en modo quiosco, la vista de auditoría de solo lectura para una pantalla de pared (solo cuentas de auditor).</translation>
    </message>
    <message>
        <source>Seconds each tenant stays on the kiosk dashboard.</source>
        <translation>Segundos que cada inquilino permanece en el panel del quiosco.</translation>
    </message>
    <message>
        <source>Minutes without input before the kiosk returns to its dashboard.</source>
        <translation>Minutos sin actividad antes de que el quiosco vuelva a su panel.</translation>
    </message>
    <message>
        <source>--demo-role must be staff, admin or auditor.</source>
        <translation>--demo-role debe ser staff, admin o auditor.</translation>
    </message>
    <message>
        <source>The demo backend could not start.

%1</source>
        <translation>No se pudo iniciar el servidor de demostración.

%1</translation>
    </message>
</context>
</TS>
