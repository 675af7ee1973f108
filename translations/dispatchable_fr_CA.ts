<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispatchable</source>
        <translation>À propos de Dispatchable</translation>
    </message>
    <message>
        <source>Dispatchable registers Microsoft Teams phone numbers with 911 at their emergency addresses, and shows which numbers still rely on basic 911.</source>
        <translation>Dispatchable inscrit les numéros de téléphone Microsoft Teams au 911 à leur adresse d&apos;urgence et indique quels numéros dépendent encore du 911 de base.</translation>
    </message>
    <message>
        <source>Registering a number does not make emergency calling work everywhere. Read Help &gt; Limitations of emergency calling (F1).</source>
        <translation>Inscrire un numéro ne fait pas fonctionner les appels d&apos;urgence partout. Lisez Aide &gt; Limites des appels d&apos;urgence (F1).</translation>
    </message>
    <message>
        <source>Third-party software and data</source>
        <translation>Logiciels et données de tiers</translation>
    </message>
    <message>
        <source>Qt %1 — LGPL 3.0 (qt.io)</source>
        <translation>Qt %1 — LGPL 3.0 (qt.io)</translation>
    </message>
    <message>
        <source>QtKeychain — BSD 3-Clause</source>
        <translation>QtKeychain — BSD à 3 clauses</translation>
    </message>
    <message>
        <source>libphonenumber (Google) — Apache License 2.0</source>
        <translation>libphonenumber (Google) — licence Apache 2.0</translation>
    </message>
    <message>
        <source>Map tiles: © OpenStreetMap contributors, ODbL (openstreetmap.org/copyright)</source>
        <translation>Tuiles de carte : © contributeurs d&apos;OpenStreetMap, ODbL (openstreetmap.org/copyright)</translation>
    </message>
    <message>
        <source>Postal code centroids (reference backend): GeoNames, CC BY 4.0</source>
        <translation>Centroïdes des codes postaux (serveur de référence) : GeoNames, CC BY 4.0</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Version %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>✓ Validated</source>
        <translation>✓ Validée</translation>
    </message>
    <message>
        <source>✖ Not valid</source>
        <translation>✖ Non valide</translation>
    </message>
    <message>
        <source>✖ Not valid: %1</source>
        <translation>✖ Non valide : %1</translation>
    </message>
    <message>
        <source>○ Not validated</source>
        <translation>○ Non validée</translation>
    </message>
    <message>
        <source>&amp;New address…</source>
        <translation>&amp;Nouvelle adresse…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Emergency addresses of %1</source>
        <translation>Adresses d&apos;urgence de %1</translation>
    </message>
    <message>
        <source>Addresses of %1. Only validated US addresses can carry E911; an address that numbers use cannot be deleted until they point elsewhere.</source>
        <translation>Adresses de %1. Seules les adresses américaines validées peuvent porter le E911; une adresse utilisée par des numéros ne peut être supprimée tant qu&apos;ils n&apos;ont pas été associés à une autre adresse.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Lecture seule : vous êtes connecté en tant que vérificateur.</translation>
    </message>
    <message>
        <source>You can look at the addresses, not change them.</source>
        <translation>Vous pouvez consulter les adresses, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New address (Ctrl+N)</source>
        <translation>Nouvelle adresse (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected address (Delete)</source>
        <translation>Supprimer l&apos;adresse sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>◐ New, waiting to be sent</source>
        <translation>◐ Nouvelle, en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>◑ Deletion waiting to be sent</source>
        <translation>◑ Suppression en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>◐ Edit waiting to be sent</source>
        <translation>◐ Modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>This tenant has no emergency addresses yet.</source>
        <translation>Ce locataire n&apos;a encore aucune adresse d&apos;urgence.</translation>
    </message>
    <message>
        <source>This tenant has no emergency addresses yet. Press New address to add the first one.</source>
        <translation>Ce locataire n&apos;a encore aucune adresse d&apos;urgence. Cliquez sur Nouvelle adresse pour ajouter la première.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Supprimer l&apos;adresse</translation>
    </message>
    <message>
        <source>Delete the emergency address %1?</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence %1?</translation>
    </message>
    <message>
        <source>No number uses it. Deleting cannot be undone.</source>
        <translation>Aucun numéro ne l&apos;utilise. La suppression est définitive.</translation>
    </message>
    <message>
        <source>The deletion could not be written to the outbox: %1</source>
        <translation>La suppression n&apos;a pas pu être inscrite dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Address in use</source>
        <translation>Adresse utilisée</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: numbers are registered with 911 there.</source>
        <translation>Impossible de supprimer %1 : des numéros y sont inscrits au 911.</translation>
    </message>
    <message>
        <source>Point these numbers at another address first:
%1</source>
        <translation>Associez d&apos;abord ces numéros à une autre adresse :
%1</translation>
    </message>
</context>
<context>
    <name>AddressEditorDialog</name>
    <message>
        <source>Only a validated address can carry E911. Validate the address before numbers are registered with 911 here.</source>
        <translation>Seule une adresse validée peut porter le E911. Validez l&apos;adresse avant d&apos;y inscrire des numéros au 911.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Lecture seule : vous êtes connecté en tant que vérificateur.</translation>
    </message>
    <message>
        <source>You can look at this address and validate it, not change it.</source>
        <translation>Vous pouvez consulter et valider cette adresse, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>1 Microsoft Way, Bldg 92, Floor 3, Redmond, WA 98052</source>
        <translation>1 Microsoft Way, Bldg 92, Floor 3, Redmond, WA 98052</translation>
    </message>
    <message>
        <source>Paste an address</source>
        <translation>Coller une adresse</translation>
    </message>
    <message>
        <source>Paste an address on one line and press Enter to split it into the fields below.</source>
        <translation>Collez une adresse sur une seule ligne et appuyez sur Entrée pour la répartir dans les champs ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Paste an address:</source>
        <translation>&amp;Coller une adresse :</translation>
    </message>
    <message>
        <source>&amp;Fill the fields</source>
        <translation>&amp;Remplir les champs</translation>
    </message>
    <message>
        <source>Map of the address</source>
        <translation>Carte de l&apos;adresse</translation>
    </message>
    <message>
        <source>⚠ The pin is far from where the address lies. Check that the address and the pin mark the same building.</source>
        <translation>⚠ L&apos;épingle est loin de l&apos;emplacement de l&apos;adresse. Vérifiez que l&apos;adresse et l&apos;épingle désignent le même bâtiment.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Check the address with the backend (Ctrl+Return)</source>
        <translation>Faire vérifier l&apos;adresse par le serveur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the address (Ctrl+S)</source>
        <translation>Enregistrer l&apos;adresse (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This address is not in the offline copy any more; it may have been deleted. Nothing here can be saved.</source>
        <translation>Cette adresse ne figure plus dans la copie hors ligne; elle a peut-être été supprimée. Rien ne peut être enregistré ici.</translation>
    </message>
    <message>
        <source>An earlier edit of this address has not reached the backend yet; it is shown here.</source>
        <translation>Une modification antérieure de cette adresse n&apos;est pas encore parvenue au serveur; elle est affichée ici.</translation>
    </message>
    <message>
        <source>New emergency address</source>
        <translation>Nouvelle adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Edit emergency address</source>
        <translation>Modifier l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Paste an address into the box first.</source>
        <translation>Collez d&apos;abord une adresse dans la zone.</translation>
    </message>
    <message>
        <source>The pasted address was split into the fields. Check them, then validate.</source>
        <translation>L&apos;adresse collée a été répartie dans les champs. Vérifiez-les, puis validez.</translation>
    </message>
    <message>
        <source>Fill in the fields marked ⚠ first.</source>
        <translation>Remplissez d&apos;abord les champs marqués ⚠.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation en cours…</translation>
    </message>
    <message>
        <source>The address could not be validated: %1 %2 You can still save it; the backend validates it when the change arrives.</source>
        <translation>L&apos;adresse n&apos;a pas pu être validée : %1 %2 Vous pouvez tout de même l&apos;enregistrer; le serveur la validera à la réception de la modification.</translation>
    </message>
    <message>
        <source>Use the corrected address</source>
        <translation>Utiliser l&apos;adresse corrigée</translation>
    </message>
    <message>
        <source>The corrected address is in the fields. Save to keep it.</source>
        <translation>L&apos;adresse corrigée est dans les champs. Enregistrez pour la conserver.</translation>
    </message>
    <message>
        <source>Canadian addresses can be validated and kept for the record, but no number can be registered with 911 at one.</source>
        <translation>Les adresses canadiennes peuvent être validées et conservées au dossier, mais aucun numéro ne peut y être inscrit au 911.</translation>
    </message>
    <message>
        <source>Move the pin</source>
        <translation>Déplacer l&apos;épingle</translation>
    </message>
    <message>
        <source>Fix the fields marked ⚠ before saving.</source>
        <translation>Corrigez les champs marqués ⚠ avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The change could not be written to the outbox, so nothing was saved: %1</source>
        <translation>La modification n&apos;a pas pu être inscrite dans la boîte d&apos;envoi; rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this address?</source>
        <translation>Enregistrer les modifications de cette adresse?</translation>
    </message>
    <message>
        <source>If you discard them, the address stays as it was.</source>
        <translation>Si vous les abandonnez, l&apos;adresse reste telle quelle.</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>House number</source>
        <translation>Numéro civique</translation>
    </message>
    <message>
        <source>Number suffix</source>
        <translation>Suffixe du numéro</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Préfixe du numéro</translation>
    </message>
    <message>
        <source>Direction before the street</source>
        <translation>Direction avant la rue</translation>
    </message>
    <message>
        <source>Street type before the name</source>
        <translation>Type de rue avant le nom</translation>
    </message>
    <message>
        <source>Street name modifier</source>
        <translation>Qualificatif du nom de rue</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Type de rue</translation>
    </message>
    <message>
        <source>Direction after the street</source>
        <translation>Direction après la rue</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Suite or unit</source>
        <translation>Bureau ou unité</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Other location detail</source>
        <translation>Autre précision de l&apos;emplacement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province or territory</source>
        <translation>Province ou territoire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code ZIP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Inside the building</source>
        <translation>À l&apos;intérieur du bâtiment</translation>
    </message>
    <message>
        <source>⚠ No building, floor, suite or room. If the building has more than one floor or suite, add them: a 911 call must say where inside the building the caller is.</source>
        <translation>⚠ Aucun bâtiment, étage, bureau ni salle. Si le bâtiment compte plus d&apos;un étage ou d&apos;un bureau, ajoutez-les : un appel au 911 doit indiquer où se trouve la personne dans le bâtiment.</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (absent de la liste)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Location note</source>
        <translation>Note sur l&apos;emplacement</translation>
    </message>
    <message>
        <source>Choose a province or territory</source>
        <translation>Choisissez une province ou un territoire</translation>
    </message>
    <message>
        <source>Choose a state</source>
        <translation>Choisissez un État</translation>
    </message>
    <message>
        <source>How to find the phone, e.g. &quot;north entrance, security desk&quot;</source>
        <translation>Comment trouver le téléphone, p. ex. « entrée nord, poste de sécurité »</translation>
    </message>
</context>
<context>
    <name>AddressFormCheck</name>
    <message>
        <source>Enter the house number: responders look for it on the building.</source>
        <translation>Saisissez le numéro civique : les secours le cherchent sur le bâtiment.</translation>
    </message>
    <message>
        <source>Enter the street name.</source>
        <translation>Saisissez le nom de la rue.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Saisissez la ville.</translation>
    </message>
    <message>
        <source>Choose the province or territory.</source>
        <translation>Choisissez la province ou le territoire.</translation>
    </message>
    <message>
        <source>Choose the state.</source>
        <translation>Choisissez l&apos;État.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Saisissez le code postal.</translation>
    </message>
    <message>
        <source>Enter the ZIP code.</source>
        <translation>Saisissez le code ZIP.</translation>
    </message>
    <message>
        <source>Choose the country.</source>
        <translation>Choisissez le pays.</translation>
    </message>
    <message>
        <source>A post office box or mailbox is where mail goes, not where a caller is: enter the street address of the building.</source>
        <translation>Une case postale ou une boîte aux lettres reçoit le courrier; ce n&apos;est pas l&apos;endroit où se trouve la personne qui appelle : saisissez l&apos;adresse municipale du bâtiment.</translation>
    </message>
    <message>
        <source>APO, FPO and DPO are military mail routes, not places 911 can send help to: enter the street address where the phone is used.</source>
        <translation>APO, FPO et DPO sont des acheminements de courrier militaire, pas des lieux où le 911 peut envoyer des secours : saisissez l&apos;adresse municipale où le téléphone est utilisé.</translation>
    </message>
    <message>
        <source>A house number has digits (such as 1 or 221B).</source>
        <translation>Un numéro civique contient des chiffres (comme 1 ou 221B).</translation>
    </message>
    <message>
        <source>AA, AE and AP route military mail; they are not places 911 can send help to. Choose the state where the phone is used.</source>
        <translation>AA, AE et AP acheminent le courrier militaire; ce ne sont pas des lieux où le 911 peut envoyer des secours. Choisissez l&apos;État où le téléphone est utilisé.</translation>
    </message>
    <message>
        <source>ZIP code %1 routes military mail (APO, FPO, DPO); it is not a place 911 can send help to.</source>
        <translation>Le code ZIP %1 achemine le courrier militaire (APO, FPO, DPO); ce n&apos;est pas un lieu où le 911 peut envoyer des secours.</translation>
    </message>
    <message>
        <source>Addresses outside the US and Canada cannot be registered: there is no E911 service for them here.</source>
        <translation>Les adresses hors des États-Unis et du Canada ne peuvent pas être inscrites : il n’y a pas de service E911 pour elles ici.</translation>
    </message>
    <message>
        <source>A rural route box is where mail goes, not a place responders can find: enter the 911 street address the county gave the building.</source>
        <translation>Une boîte de route rurale reçoit le courrier, mais les secours ne peuvent pas la trouver : entrez l’adresse municipale 911 que le comté a donnée au bâtiment.</translation>
    </message>
    <message>
        <source>%1 is not a state or province. Choose the state, DC or US territory from the list.</source>
        <translation>%1 n’est ni un État ni une province. Choisissez l’État, DC ou le territoire américain dans la liste.</translation>
    </message>
    <message>
        <source>%1 is not a ZIP code. A ZIP code has five digits (98052), or nine with a hyphen (98052-6399).</source>
        <translation>%1 n’est pas un code ZIP. Un code ZIP a cinq chiffres (98052), ou neuf avec un trait d’union (98052-6399).</translation>
    </message>
    <message>
        <source>ZIP code %1 does not exist. Check it against the building&apos;s mail.</source>
        <translation>Le code ZIP %1 n’existe pas. Vérifiez-le sur le courrier du bâtiment.</translation>
    </message>
    <message>
        <source>ZIP code %1 is in %2, not in %3. Correct the ZIP code or the state.</source>
        <translation>Le code ZIP %1 est dans %2, pas dans %3. Corrigez le code ZIP ou l’État.</translation>
    </message>
    <message>
        <source>%1 is not a state or province. Choose the province or territory from the list.</source>
        <translation>%1 n’est ni un État ni une province. Choisissez la province ou le territoire dans la liste.</translation>
    </message>
    <message>
        <source>%1 is not a postal code. A postal code is letter, digit, letter, space, digit, letter, digit (M5V 2T6).</source>
        <translation>%1 n’est pas un code postal. Un code postal est lettre, chiffre, lettre, espace, chiffre, lettre, chiffre (M5V 2T6).</translation>
    </message>
    <message>
        <source>No postal code starts with %1. Check the postal code.</source>
        <translation>Aucun code postal ne commence par %1. Vérifiez le code postal.</translation>
    </message>
    <message>
        <source>Postal code %1 is in %2, not in %3. Correct the postal code or the province.</source>
        <translation>Le code postal %1 est dans %2, pas dans %3. Corrigez le code postal ou la province.</translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message>
        <source>Search emergency addresses</source>
        <translation>Rechercher des adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>Search by street, city, company…</source>
        <translation>Rechercher par rue, ville, entreprise…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>Only validated US addresses can be chosen; the others say why not.</source>
        <translation>Seules les adresses américaines validées peuvent être choisies; les autres indiquent pourquoi.</translation>
    </message>
    <message>
        <source>This tenant has no validated US emergency address yet. Create and validate one in the address editor, then register the numbers.</source>
        <translation>Ce locataire n&apos;a encore aucune adresse d&apos;urgence américaine validée. Créez-en une et validez-la dans l&apos;éditeur d&apos;adresses, puis inscrivez les numéros.</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 numéro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <translation>
            <numerusform>%Ln numéro</numerusform>
            <numerusform>%Ln numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressUsagePanel</name>
    <message>
        <source>Numbers at this address</source>
        <translation>Numéros à cette adresse</translation>
    </message>
    <message>
        <source>Numbers registered at this address</source>
        <translation>Numéros inscrits à cette adresse</translation>
    </message>
    <message>
        <source>No number uses this address yet.</source>
        <translation>Aucun numéro n&apos;utilise encore cette adresse.</translation>
    </message>
    <message>
        <source>No number uses this address.</source>
        <translation>Aucun numéro n&apos;utilise cette adresse.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) use this address. Saving an edit registers them again at the edited address: they show as pending until the 911 provider confirms, and their monthly fee stays the same. An edit that does not validate is refused while numbers use the address.</source>
        <translation>
            <numerusform>%n numéro utilise cette adresse. Enregistrer une modification l&apos;inscrit de nouveau à l&apos;adresse modifiée : il reste en attente jusqu&apos;à la confirmation du fournisseur 911, et ses frais mensuels ne changent pas. Une modification qui ne se valide pas est refusée tant que des numéros utilisent l&apos;adresse.</numerusform>
            <numerusform>%n numéros utilisent cette adresse. Enregistrer une modification les inscrit de nouveau à l&apos;adresse modifiée : ils restent en attente jusqu&apos;à la confirmation du fournisseur 911, et leurs frais mensuels ne changent pas. Une modification qui ne se valide pas est refusée tant que des numéros utilisent l&apos;adresse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllowedBackendUrls</name>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: a wildcard must stand before a domain with at least one dot, for example https://*.example.com.</source>
        <translation>« %1 » : un caractère générique doit précéder un domaine contenant au moins un point, par exemple https://*.example.com.</translation>
    </message>
    <message>
        <source>Your organisation allows no backend at the moment, so Dispatchable cannot connect to %1. Ask your IT department to fix the list of allowed backends.</source>
        <translation>Votre organisation n&apos;autorise aucun serveur pour le moment; Dispatchable ne peut donc pas se connecter à %1. Demandez à votre service informatique de corriger la liste des serveurs autorisés.</translation>
    </message>
    <message>
        <source>Your organisation does not allow connections to %1. Allowed: %2.</source>
        <translation>Votre organisation n&apos;autorise pas les connexions à %1. Autorisés : %2.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
Identifiant de requête : %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach %1: nothing is answering at that address.</source>
        <translation>Impossible de joindre %1 : rien ne répond à cette adresse.</translation>
    </message>
    <message>
        <source>Check that the backend is running and that the address is right, then try again.</source>
        <translation>Vérifiez que le serveur fonctionne et que l&apos;adresse est exacte, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not find %1.</source>
        <translation>Impossible de trouver %1.</translation>
    </message>
    <message>
        <source>Check the backend address and your network connection.</source>
        <translation>Vérifiez l&apos;adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The backend or the network may be slow or down. Try again in a moment.</source>
        <translation>Le serveur ou le réseau est peut-être lent ou hors service. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>The backend must support TLS 1.2 or later. Ask its administrator to check its certificate and TLS settings.</source>
        <translation>Le serveur doit prendre en charge TLS 1.2 ou une version ultérieure. Demandez à son administrateur de vérifier son certificat et ses paramètres TLS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you pinned it.</source>
        <translation>Le certificat du serveur a changé depuis que vous l&apos;avez épinglé.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to %1, or the backend has a new certificate. Do not continue until the backend&apos;s administrator confirms the new fingerprint.</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion à %1, ou le serveur a un nouveau certificat. Ne continuez pas tant que l&apos;administrateur du serveur n&apos;a pas confirmé la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>Pinned fingerprint: %1
Presented fingerprint: %2</source>
        <translation>Empreinte épinglée : %1
Empreinte présentée : %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s administrator for its certificate&apos;s SHA-256 fingerprint and pin it for this connection.</source>
        <translation>Demandez à l&apos;administrateur du serveur l&apos;empreinte SHA-256 de son certificat et épinglez-la pour cette connexion.</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1</source>
        <translation>Empreinte présentée : %1</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1
%2</source>
        <translation>Empreinte présentée : %1
%2</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>Le certificat de %1 est expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s administrator to renew its certificate. Also check that this computer&apos;s date and time are right.</source>
        <translation>Demandez à l&apos;administrateur du serveur de renouveler son certificat. Vérifiez aussi que la date et l&apos;heure de cet ordinateur sont exactes.</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for another name.</source>
        <translation>Le certificat de %1 a été émis pour un autre nom.</translation>
    </message>
    <message>
        <source>Check the backend address: use the name the certificate was issued for, or ask the backend&apos;s administrator for a certificate that names this address.</source>
        <translation>Vérifiez l&apos;adresse du serveur : utilisez le nom pour lequel le certificat a été émis, ou demandez à l&apos;administrateur du serveur un certificat qui nomme cette adresse.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête à %1 a été annulée.</translation>
    </message>
    <message>
        <source>Your sign-in is not valid any more.</source>
        <translation>Votre connexion n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>Ask a colleague with the staff role, or your administrator.</source>
        <translation>Adressez-vous à un collègue ayant le rôle de personnel du fournisseur, ou à votre administrateur.</translation>
    </message>
    <message>
        <source>The backend does not know this item; it may have been deleted.</source>
        <translation>Le serveur ne connaît pas cet élément; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Reload to see the current data.</source>
        <translation>Rechargez pour voir les données à jour.</translation>
    </message>
    <message>
        <source>The backend is busy.</source>
        <translation>Le serveur est occupé.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The backend had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, give the request id under Details to the backend&apos;s administrator.</source>
        <translation>Réessayez dans un instant. Si le problème persiste, transmettez l&apos;identifiant de requête indiqué sous Détails à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The backend refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Correct what the message says and try again.</source>
        <translation>Corrigez ce qu&apos;indique le message et réessayez.</translation>
    </message>
    <message>
        <source>The backend sent an answer Dispatchable cannot read.</source>
        <translation>Le serveur a envoyé une réponse que Dispatchable ne peut pas lire.</translation>
    </message>
    <message>
        <source>The backend may be a newer or older version. Give the request id under Details to its administrator.</source>
        <translation>Le serveur est peut-être d&apos;une version plus récente ou plus ancienne. Transmettez l&apos;identifiant de requête indiqué sous Détails à son administrateur.</translation>
    </message>
    <message>
        <source>The sign-in answer is not a valid token answer.</source>
        <translation>La réponse de connexion n&apos;est pas une réponse de jeton valide.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la copie hors ligne %1 : %2</translation>
    </message>
    <message>
        <source>The outbox in %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la boîte d&apos;envoi dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>AppearanceSetting</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>“%1” is not an appearance Dispatchable has. Use one of: %2.</source>
        <translation>« %1 » n&apos;est pas une apparence offerte par Dispatchable. Utilisez l&apos;une des suivantes : %2.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>&amp;Appliquer les filtres</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email or user id</source>
        <translation>Courriel ou identifiant d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Number or item</source>
        <translation>Numéro ou élément</translation>
    </message>
    <message>
        <source>+12065550100 or address id</source>
        <translation>+12065550100 ou identifiant d&apos;adresse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Only changes from</source>
        <translation>Seulement les modifications depuis</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>Moment le plus ancien</translation>
    </message>
    <message>
        <source>Only changes before</source>
        <translation>Seulement les modifications avant</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>Moment le plus récent</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Asks the server for the entries that match</source>
        <translation>Demande au serveur les entrées correspondantes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Number or item</source>
        <translation>Numéro ou élément</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Register With 911</source>
        <translation>Inscrire au 911</translation>
    </message>
    <message>
        <source>Move to another emergency address</source>
        <translation>Déplacer vers une autre adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Turn off E911</source>
        <translation>Désactiver le E911</translation>
    </message>
    <message>
        <source>Registered by the 911 provider</source>
        <translation>Inscrit par le fournisseur 911</translation>
    </message>
    <message>
        <source>Refused by the 911 provider</source>
        <translation>Refusé par le fournisseur 911</translation>
    </message>
    <message>
        <source>Turned off by the 911 provider</source>
        <translation>Désactivé par le fournisseur 911</translation>
    </message>
    <message>
        <source>Add emergency address</source>
        <translation>Ajouter une adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Edit emergency address</source>
        <translation>Modifier une adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Delete emergency address</source>
        <translation>Supprimer une adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Acknowledge the limitations</source>
        <translation>Prendre acte des limites</translation>
    </message>
    <message>
        <source>Create API token</source>
        <translation>Créer un jeton d&apos;API</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Révoquer un jeton d&apos;API</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: was %2</source>
        <translation>%1 : était %2</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation>Fermer la piste de vérification</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <source>Every change to numbers, emergency addresses and acknowledgements, newest first</source>
        <translation>Toutes les modifications des numéros, des adresses d&apos;urgence et des prises d&apos;acte, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>Sélectionnez une entrée pour voir tout ce qu&apos;elle a consigné.</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Copier les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Copies the selected entries as tab-separated text (Ctrl+C)</source>
        <translation>Copie les entrées sélectionnées en texte séparé par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <source>Refresh the audit trail</source>
        <translation>Actualiser la piste de vérification</translation>
    </message>
    <message>
        <source>Reads the newest entries again (F5)</source>
        <translation>Relit les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1 %2</source>
        <translation>Impossible de lire la piste de vérification. %1 %2</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture de la piste de vérification…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n entries; reading more…</source>
        <translation>
            <numerusform>%n entrée affichée; lecture de la suite…</numerusform>
            <numerusform>%n entrées affichées; lecture de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation>
            <numerusform>L&apos;entrée la plus récente est affichée; faites défiler vers le bas pour les plus anciennes.</numerusform>
            <numerusform>Les %n entrées les plus récentes sont affichées; faites défiler vers le bas pour les plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>No entry matches these filters. Clear a filter to see more.</source>
        <translation>Aucune entrée ne correspond à ces filtres. Effacez un filtre pour en voir davantage.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n entries.</source>
        <translation>
            <numerusform>%n entrée affichée.</numerusform>
            <numerusform>Les %n entrées sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand : %1</translation>
    </message>
    <message>
        <source>Who: %1 (%2)</source>
        <translation>Qui : %1 (%2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Action : %1 (%2)</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Number or item: %1</source>
        <translation>Numéro ou élément : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun motif donné)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Bulk Change</source>
        <translation>Modification en bloc</translation>
    </message>
    <message>
        <source>Numbers answered</source>
        <translation>Numéros traités</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Annuler le reste</translation>
    </message>
    <message>
        <source>Cancel remaining batches</source>
        <translation>Annuler les lots restants</translation>
    </message>
    <message>
        <source>Removes the batches not sent yet from the outbox; batches already sent are kept.</source>
        <translation>Retire de la boîte d&apos;envoi les lots pas encore envoyés; les lots déjà envoyés sont conservés.</translation>
    </message>
    <message>
        <source>Show &amp;Results…</source>
        <translation>Afficher les &amp;résultats…</translation>
    </message>
    <message>
        <source>Show the result per number</source>
        <translation>Afficher le résultat par numéro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; the batches keep going through the outbox.</source>
        <translation>Ferme cette fenêtre; les lots continuent de passer par la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 refused as a whole batch.</source>
        <translation>%1 refusés avec leur lot entier.</translation>
    </message>
    <message>
        <source>Rate: %1 numbers per second.</source>
        <translation>Débit : %1 numéros par seconde.</translation>
    </message>
    <message>
        <source>Rate: measuring…</source>
        <translation>Débit : mesure en cours…</translation>
    </message>
    <message>
        <source>Time left: none.</source>
        <translation>Temps restant : aucun.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <translation>Temps restant : %1.</translation>
    </message>
    <message>
        <source>Time left: not known yet.</source>
        <translation>Temps restant : pas encore connu.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Sending through the outbox. You can close this window; the work goes on.</source>
        <translation>Envoi par la boîte d&apos;envoi. Vous pouvez fermer cette fenêtre; le travail se poursuit.</translation>
    </message>
    <message>
        <source>Not sent: the job was cancelled before this batch went out</source>
        <translation>Non envoyé : la tâche a été annulée avant le départ de ce lot</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln numbers answered by the server.</source>
        <translation>
            <numerusform>%1 numéro sur %Ln traité par le serveur.</numerusform>
            <numerusform>%1 numéros sur %Ln traités par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln numbers were not sent and are no longer in the outbox.</source>
        <translation>
            <numerusform>Annulé : %Ln numéro n&apos;a pas été envoyé et n&apos;est plus dans la boîte d&apos;envoi.</numerusform>
            <numerusform>Annulé : %Ln numéros n&apos;ont pas été envoyés et ne sont plus dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers already sent are kept.</source>
        <translation>
            <numerusform>%Ln numéro déjà envoyé est conservé.</numerusform>
            <numerusform>%Ln numéros déjà envoyés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds</source>
        <translation>
            <numerusform>environ %Ln seconde</numerusform>
            <numerusform>environ %Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes</source>
        <translation>
            <numerusform>environ %Ln minute</numerusform>
            <numerusform>environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hours</source>
        <translation>
            <numerusform>environ %Ln heure</numerusform>
            <numerusform>environ %Ln heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Échec</translation>
    </message>
    <message>
        <source>⊘ Cancelled</source>
        <translation>⊘ Annulé</translation>
    </message>
    <message>
        <source>◐ Waiting</source>
        <translation>◐ En attente</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Result per number</source>
        <translation>Résultat par numéro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers: %1 done, %2 failed, %3 still waiting.</source>
        <translation>
            <numerusform>%Ln numéro : %1 fait, %2 en échec, %3 encore en attente.</numerusform>
            <numerusform>%Ln numéros : %1 faits, %2 en échec, %3 encore en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent (cancelled).</source>
        <translation>
            <numerusform>%Ln non envoyé (annulé).</numerusform>
            <numerusform>%Ln non envoyés (annulés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>CallLocationText</name>
    <message>
        <source>933 test call</source>
        <translation>appel de test au 933</translation>
    </message>
    <message>
        <source>emergency call</source>
        <translation>appel d&apos;urgence</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent the registered location.</source>
        <translation>Le dernier %1 par Teams, le %2, a envoyé l&apos;emplacement enregistré.</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent a location that differs from the registration (%3).</source>
        <translation>Le dernier %1 par Teams, le %2, a envoyé un emplacement différent de l&apos;enregistrement (%3).</translation>
    </message>
    <message>
        <source>The last %1 through Teams, on %2, sent no location.</source>
        <translation>Le dernier %1 par Teams, le %2, n&apos;a envoyé aucun emplacement.</translation>
    </message>
    <message>
        <source>The registration changed after the last %1 through Teams, on %2.</source>
        <translation>L&apos;enregistrement a changé après le dernier %1 par Teams, le %2.</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>numéro civique</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>code ZIP</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>Matches the registration</source>
        <translation>Correspond à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Diffère : %1</translation>
    </message>
    <message>
        <source>No location sent</source>
        <translation>Aucun emplacement envoyé</translation>
    </message>
    <message>
        <source>Number not registered</source>
        <translation>Numéro non enregistré</translation>
    </message>
    <message>
        <source>Only coordinates sent</source>
        <translation>Coordonnées seulement</translation>
    </message>
    <message>
        <source>%1: Teams sent %2, registered %3</source>
        <translation>%1 : Teams a envoyé %2, enregistré %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The last %1 through Teams from this place, on %2, sent it with another address (%3): Teams holds the place elsewhere. Correct the location in Teams, then test with 933.</source>
        <translation>Le dernier %1 par Teams depuis ce lieu, le %2, l’a envoyé avec une autre adresse (%3) : Teams détient le lieu ailleurs. Corrigez l’emplacement dans Teams, puis testez avec le 933.</translation>
    </message>
    <message>
        <source>The last %1 through Teams from this place, on %2, sent its address.</source>
        <translation>Le dernier %1 par Teams depuis ce lieu, le %2, a envoyé son adresse.</translation>
    </message>
    <message>
        <source>The place&apos;s address changed after the last %1 through Teams from it, on %2.</source>
        <translation>L’adresse du lieu a changé après le dernier %1 par Teams depuis celui-ci, le %2.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Fingerprint you trusted:</source>
        <translation>Empreinte que vous avez approuvée :</translation>
    </message>
    <message>
        <source>Fingerprint you trusted before</source>
        <translation>Empreinte approuvée auparavant</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint the server presented</source>
        <translation>Empreinte SHA-256 présentée par le serveur</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Sujet du certificat</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Émetteur du certificat</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validité du certificat</translation>
    </message>
    <message>
        <source>I &amp;compared this fingerprint with the one my provider gave me, and they are the same</source>
        <translation>J&apos;ai &amp;comparé cette empreinte avec celle que mon fournisseur m&apos;a donnée, et elles sont identiques</translation>
    </message>
    <message>
        <source>Fingerprints compared</source>
        <translation>Empreintes comparées</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Émis pour :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>(the server presented no certificate)</source>
        <translation>(le serveur n&apos;a présenté aucun certificat)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (pas encore valide)</translation>
    </message>
    <message>
        <source>Is this your backend&apos;s certificate?</source>
        <translation>Est-ce bien le certificat de votre serveur?</translation>
    </message>
    <message>
        <source>Compare the fingerprint below, group by group, with the one your provider or your backend&apos;s administrator gave you. Trust it only if they are the same: Dispatchable then accepts this exact certificate for this connection, and refuses any other.</source>
        <translation>Comparez l&apos;empreinte ci-dessous, groupe par groupe, avec celle que vous a donnée votre fournisseur ou l&apos;administrateur de votre serveur. Ne l&apos;approuvez que si elles sont identiques : Dispatchable acceptera alors ce certificat précis pour cette connexion et refusera tout autre.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Stop: the server&apos;s certificate has changed</source>
        <translation>Arrêtez : le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>Fingerprint presented now:</source>
        <translation>Empreinte présentée maintenant :</translation>
    </message>
</context>
<context>
    <name>ComplianceCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Annulé : %1 n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>unknown (never synced)</source>
        <translation>inconnue (jamais synchronisé)</translation>
    </message>
    <message>
        <source>Dispatchable · 911 compliance report</source>
        <translation>Dispatchable · Rapport de conformité 911</translation>
    </message>
    <message>
        <source>%1 · tenant %2</source>
        <translation>%1 · locataire %2</translation>
    </message>
    <message>
        <source>Generated %1 · data as of %2</source>
        <translation>Produit le %1 · données en date du %2</translation>
    </message>
    <message>
        <source> · OFFLINE: from the cache</source>
        <translation> · HORS LIGNE : à partir de la copie hors ligne</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>911 compliance report: %1</source>
        <translation>Rapport de conformité 911 : %1</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Limitations acknowledgement (47 CFR 9.11)</source>
        <translation>Prise d&apos;acte des limites (47 CFR 9.11)</translation>
    </message>
    <message>
        <source>✖ No acknowledgement on record.</source>
        <translation>✖ Aucune prise d&apos;acte au dossier.</translation>
    </message>
    <message>
        <source>The tenant has not acknowledged the limitations of emergency calling from Teams. The law asks for an affirmative acknowledgement from every subscriber.</source>
        <translation>Le locataire n&apos;a pas pris acte des limites des appels d&apos;urgence depuis Teams. La loi exige une prise d&apos;acte explicite de chaque abonné.</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acte pris par</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acte pris le</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Version acknowledged</source>
        <translation>Version dont il a été pris acte</translation>
    </message>
    <message>
        <source>✓ This is the current version of the limitations text.</source>
        <translation>✓ C&apos;est la version actuelle du texte des limites.</translation>
    </message>
    <message>
        <source>✖ Out of date: the limitations text is now version %1; the tenant must acknowledge it again.</source>
        <translation>✖ Périmée : le texte des limites en est maintenant à la version %1; le locataire doit en prendre acte de nouveau.</translation>
    </message>
    <message>
        <source>Which numbers are not compliant</source>
        <translation>Quels numéros ne sont pas conformes</translation>
    </message>
    <message>
        <source>A number is listed when at least one of these holds:</source>
        <translation>Un numéro figure dans la liste quand au moins une de ces conditions est remplie :</translation>
    </message>
    <message>
        <source>Registration failed: the 911 provider refused the registration, so the number has basic 911 only.</source>
        <translation>Inscription échouée : le fournisseur 911 a refusé l&apos;inscription; le numéro n&apos;a donc que le 911 de base.</translation>
    </message>
    <message numerus="yes">
        <source>Stuck at the 911 provider: pending registration or turning off for more than %Ln hour(s).</source>
        <translation>
            <numerusform>Bloqué chez le fournisseur 911 : inscription ou désactivation en attente depuis plus de %Ln heure.</numerusform>
            <numerusform>Bloqué chez le fournisseur 911 : inscription ou désactivation en attente depuis plus de %Ln heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>In use with basic 911 only: a US number of a person or a common-area phone that is not registered with 911.</source>
        <translation>Utilisé avec le 911 de base seulement : un numéro américain d&apos;une personne ou d&apos;un téléphone d&apos;aire commune qui n&apos;est pas inscrit au 911.</translation>
    </message>
    <message>
        <source>Address not validated: registered or pending at an emergency address that is not validated.</source>
        <translation>Adresse non validée : inscrit ou en attente à une adresse d&apos;urgence qui n&apos;est pas validée.</translation>
    </message>
    <message>
        <source>No floor, room or unit: registered or pending at an address that names no building, floor, unit or room (a dispatchable location, RAY BAUM&apos;s Act).</source>
        <translation>Aucun étage, salle ni unité : inscrit ou en attente à une adresse qui ne précise ni bâtiment, ni étage, ni unité, ni salle (emplacement précis exigé par la loi RAY BAUM).</translation>
    </message>
    <message>
        <source>Numbers outside the US and toll-free numbers cannot be registered and are not listed; the warnings above apply to them.</source>
        <translation>Les numéros hors des États-Unis et les numéros sans frais ne peuvent pas être inscrits et ne figurent pas dans la liste; les avertissements ci-dessus s&apos;y appliquent.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>◐ Pending since %1</source>
        <translation>◐ En attente depuis le %1</translation>
    </message>
    <message>
        <source>◑ Turning off since %1</source>
        <translation>◑ En désactivation depuis le %1</translation>
    </message>
    <message>
        <source>911 compliance report</source>
        <translation>Rapport de conformité 911</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Identifiant du locataire</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport produit</translation>
    </message>
    <message>
        <source>Data as of (last sync)</source>
        <translation>Données en date du (dernière synchronisation)</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>datant de %1</translation>
    </message>
    <message>
        <source>⚠ Offline: made from the offline cache.</source>
        <translation>⚠ Hors ligne : produit à partir de la copie hors ligne.</translation>
    </message>
    <message>
        <source>The backend could not be reached (%1), so these figures are those of the last sync, %2 old. Numbers may have changed since.</source>
        <translation>Le serveur était injoignable (%1); ces chiffres sont donc ceux de la dernière synchronisation, datant de %2. Les numéros ont pu changer depuis.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Numbers in total</source>
        <translation>Numéros au total</translation>
    </message>
    <message>
        <source>● Registered with 911</source>
        <translation>● Inscrits au 911</translation>
    </message>
    <message>
        <source>%1% of the numbers that can be registered</source>
        <translation>%1 % des numéros admissibles</translation>
    </message>
    <message>
        <source>◐ Pending registration</source>
        <translation>◐ Inscription en attente</translation>
    </message>
    <message>
        <source>✖ Registration failed</source>
        <translation>✖ Inscription échouée</translation>
    </message>
    <message>
        <source>◑ Turning off</source>
        <translation>◑ En désactivation</translation>
    </message>
    <message>
        <source>○ Basic 911 only</source>
        <translation>○ 911 de base seulement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them US number(s) that could be registered</source>
        <translation>
            <numerusform>dont %Ln numéro américain qui pourrait être inscrit</numerusform>
            <numerusform>dont %Ln numéros américains qui pourraient être inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible: outside the US</source>
        <translation>Non admissibles : hors des États-Unis</translation>
    </message>
    <message>
        <source>Not eligible: toll-free</source>
        <translation>Non admissibles : sans frais</translation>
    </message>
    <message>
        <source>Common-area phones</source>
        <translation>Téléphones d&apos;aire commune</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without E911</source>
        <translation>
            <numerusform>%Ln sans E911</numerusform>
            <numerusform>%Ln sans E911</numerusform>
        </translation>
    </message>
    <message>
        <source>Non-compliant numbers</source>
        <translation>Numéros non conformes</translation>
    </message>
    <message>
        <source>listed at the end of this report</source>
        <translation>énumérés à la fin de ce rapport</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Non validées</translation>
    </message>
    <message>
        <source>cannot carry E911</source>
        <translation>ne peuvent pas porter le E911</translation>
    </message>
    <message>
        <source>Without floor, room or unit</source>
        <translation>Sans étage, salle ni unité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered number(s) there</source>
        <translation>
            <numerusform>%Ln numéro inscrit à ces adresses</numerusform>
            <numerusform>%Ln numéros inscrits à ces adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>933 test calls: tested</source>
        <translation>Appels d&apos;essai au 933 : testés</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln place(s) and registered number(s)</source>
        <translation>
            <numerusform>sur %Ln lieu ou numéro inscrit</numerusform>
            <numerusform>sur %Ln lieux et numéros inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings that apply</source>
        <translation>Avertissements applicables</translation>
    </message>
    <message>
        <source>Limitations text</source>
        <translation>Texte des limites</translation>
    </message>
    <message>
        <source>This report was made with version %1 of the limitations text:</source>
        <translation>Ce rapport a été produit avec la version %1 du texte des limites :</translation>
    </message>
    <message>
        <source>Non-compliant numbers (continued)</source>
        <translation>Numéros non conformes (suite)</translation>
    </message>
    <message numerus="yes">
        <source>Non-compliant numbers: %Ln</source>
        <translation>
            <numerusform>Numéros non conformes : %Ln</numerusform>
            <numerusform>Numéros non conformes : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>E911</source>
        <translation>E911</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Motif de l&apos;inscription à la liste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Annulé : %1 n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Calls through Teams, last %Ln day(s)</source>
        <translation>
            <numerusform>Appels par Teams, dernier %Ln jour</numerusform>
            <numerusform>Appels par Teams, derniers %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency calls (911)</source>
        <translation>Appels d&apos;urgence (911)</translation>
    </message>
    <message>
        <source>933 test calls</source>
        <translation>Appels de test au 933</translation>
    </message>
    <message>
        <source>⚠ Sent another location than registered</source>
        <translation>⚠ Autre emplacement que celui enregistré</translation>
    </message>
    <message>
        <source>⚠ Numbers flagged now</source>
        <translation>⚠ Numéros signalés maintenant</translation>
    </message>
    <message>
        <source>their last call sent another location; listed at the end</source>
        <translation>leur dernier appel a envoyé un autre emplacement; listés à la fin</translation>
    </message>
    <message>
        <source>No call through Teams in this period, or the emergency-call feed is not set up for this tenant.</source>
        <translation>Aucun appel par Teams pendant cette période, ou le flux des appels d&apos;urgence n&apos;est pas configuré pour ce locataire.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Composé</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Location sent</source>
        <translation>Emplacement envoyé</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>aucun envoyé</translation>
    </message>
    <message>
        <source> (simulated)</source>
        <translation> (simulé)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older call(s) not shown.</source>
        <translation>
            <numerusform>%Ln appel plus ancien non affiché.</numerusform>
            <numerusform>%Ln appels plus anciens non affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams sent another location: the number&apos;s last call through Teams sent a location that differs from its registration.</source>
        <translation>Teams a envoyé un autre emplacement : le dernier appel du numéro par Teams a envoyé un emplacement différent de son inscription.</translation>
    </message>
    <message>
        <source>Teams gives another location: by the last Teams export recorded, the emergency location Teams gives the number is not at its registered address.</source>
        <translation>Teams lui donne un autre emplacement : selon la dernière exportation Teams enregistrée, l&apos;emplacement d&apos;urgence que Teams donne au numéro n&apos;est pas à son adresse inscrite.</translation>
    </message>
    <message>
        <source>⚠ Teams gives another location</source>
        <translation>⚠ Teams lui donne un autre emplacement</translation>
    </message>
    <message>
        <source>by the Teams export of %1; listed at the end</source>
        <translation>selon l&apos;exportation Teams du %1; listés à la fin</translation>
    </message>
    <message>
        <source>no Teams export recorded (Compare With Teams…)</source>
        <translation>aucune exportation Teams enregistrée (Comparer avec Teams…)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Its address</source>
        <translation>Son adresse</translation>
    </message>
    <message>
        <source>What the last call showed</source>
        <translation>Ce que le dernier appel a montré</translation>
    </message>
    <message>
        <source>⚠ Places flagged now</source>
        <translation>⚠ Lieux signalés maintenant</translation>
    </message>
    <message>
        <source>Teams sent them with another address; listed below</source>
        <translation>Teams les a envoyés avec une autre adresse; listés ci-dessous</translation>
    </message>
</context>
<context>
    <name>ComplianceWarnings</name>
    <message numerus="yes">
        <source>%Ln common-area phone(s)</source>
        <translation>
            <numerusform>%Ln téléphone d&apos;aire commune</numerusform>
            <numerusform>%Ln téléphones d&apos;aire commune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) outside the US</source>
        <translation>
            <numerusform>%Ln numéro hors des États-Unis</numerusform>
            <numerusform>%Ln numéros hors des États-Unis</numerusform>
        </translation>
    </message>
    <message>
        <source>These numbers get no emergency calling service through this carrier, neither basic 911 nor E911. Canadian numbers share +1 with the US but are outside it. People who use them need another way to reach emergency services.</source>
        <translation>Ces numéros n&apos;ont aucun service d&apos;appels d&apos;urgence par ce fournisseur, ni 911 de base ni E911. Les numéros canadiens partagent l&apos;indicatif +1 avec les États-Unis, mais n&apos;en font pas partie. Les personnes qui les utilisent ont besoin d&apos;un autre moyen de joindre les services d&apos;urgence.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln toll-free number(s)</source>
        <translation>
            <numerusform>%Ln numéro sans frais</numerusform>
            <numerusform>%Ln numéros sans frais</numerusform>
        </translation>
    </message>
    <message>
        <source>A toll-free number cannot be a 911 callback number, so it cannot be registered with 911. Give the phones that use it a local number for emergency calls.</source>
        <translation>Un numéro sans frais ne peut pas servir de numéro de rappel du 911; il ne peut donc pas être inscrit au 911. Donnez aux téléphones qui l&apos;utilisent un numéro local pour les appels d&apos;urgence.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln US number(s) with basic 911 only</source>
        <translation>
            <numerusform>%Ln numéro américain avec le 911 de base seulement</numerusform>
            <numerusform>%Ln numéros américains avec le 911 de base seulement</numerusform>
        </translation>
    </message>
    <message>
        <source>A 911 call from these numbers reaches a national emergency call centre that does not know where the caller is: the caller must say it. Register them with 911 to send the location with the call.</source>
        <translation>Un appel au 911 depuis ces numéros aboutit à un centre d&apos;appels d&apos;urgence national qui ne sait pas où se trouve la personne qui appelle : elle doit le dire. Inscrivez-les au 911 pour transmettre l&apos;emplacement avec l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Compare your change with theirs</source>
        <translation>Comparer votre modification avec celle de l&apos;autre personne</translation>
    </message>
    <message>
        <source>⚠ Changed by someone else: %1. Your change waits until you choose which version stays.</source>
        <translation>⚠ Modifié par quelqu&apos;un d&apos;autre : %1. Votre modification attend que vous choisissiez la version à garder.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Changed by someone else: %1 and %Ln more. Your changes wait until you choose which versions stay.</source>
        <translation>
            <numerusform>⚠ Modifié par quelqu&apos;un d&apos;autre : %1 et %Ln autre. Vos modifications attendent que vous choisissiez les versions à garder.</numerusform>
            <numerusform>⚠ Modifié par quelqu&apos;un d&apos;autre : %1 et %Ln autres. Vos modifications attendent que vous choisissiez les versions à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>no emergency address</source>
        <translation>aucune adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Register With 911 at:
%1</source>
        <translation>Inscrire au 911 à :
%1</translation>
    </message>
    <message>
        <source>Turn off E911 (basic 911 only).
Reason: %1</source>
        <translation>Désactiver le E911 (911 de base seulement).
Motif : %1</translation>
    </message>
    <message>
        <source>%1
Emergency address:
%2</source>
        <translation>%1
Adresse d&apos;urgence :
%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by someone else&lt;/b&gt; after you made your change. Compare the two and choose which one stays.</source>
        <translation>&lt;b&gt;%1 a été modifié par quelqu&apos;un d&apos;autre&lt;/b&gt; après votre modification. Comparez les deux et choisissez celle à garder.</translation>
    </message>
    <message>
        <source>Your change (not sent)</source>
        <translation>Votre modification (non envoyée)</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>The version now on the server</source>
        <translation>La version actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Drops your change; the server&apos;s version stays</source>
        <translation>Abandonne votre modification; la version du serveur reste</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Sends your change again on top of the server&apos;s version</source>
        <translation>Renvoie votre modification par-dessus la version du serveur</translation>
    </message>
    <message>
        <source>Emergency address %1</source>
        <translation>Adresse d&apos;urgence %1</translation>
    </message>
    <message>
        <source>A batch of numbers</source>
        <translation>Un lot de numéros</translation>
    </message>
    <message>
        <source>The limitations acknowledgement</source>
        <translation>La prise d&apos;acte des limites</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lieu %1</translation>
    </message>
    <message>
        <source>Network element %1</source>
        <translation>Élément réseau %1</translation>
    </message>
    <message>
        <source>A batch of network elements</source>
        <translation>Un lot d&apos;éléments réseau</translation>
    </message>
    <message>
        <source>A 933 test call</source>
        <translation>Un appel d&apos;essai au 933</translation>
    </message>
    <message>
        <source>The emergency calling policy</source>
        <translation>La stratégie d&apos;appels d&apos;urgence</translation>
    </message>
    <message>
        <source>The Teams locations of the numbers</source>
        <translation>Les emplacements Teams des numéros</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Your Backend</source>
        <translation>Se connecter à votre serveur</translation>
    </message>
    <message>
        <source>Enter the address of the provisioning backend your provider gave you. Dispatchable checks that it answers and that its certificate can be trusted before you sign in.</source>
        <translation>Saisissez l&apos;adresse du serveur d&apos;approvisionnement que votre fournisseur vous a donnée. Dispatchable vérifie qu&apos;il répond et que son certificat est digne de confiance avant que vous vous connectiez.</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>An https address.</source>
        <translation>Une adresse https.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>How this connection is shown in the window.</source>
        <translation>Comment cette connexion est affichée dans la fenêtre.</translation>
    </message>
    <message>
        <source>Backend &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nom de la connexion :</translation>
    </message>
    <message>
        <source>Your organisation allows no backend on this computer. Ask your IT department.</source>
        <translation>Votre organisation n&apos;autorise aucun serveur sur cet ordinateur. Adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>Your organisation allows only these backends:
%1</source>
        <translation>Votre organisation n&apos;autorise que ces serveurs :
%1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Approuver et connecter</translation>
    </message>
    <message>
        <source>Pins this certificate for this connection. Enabled once you compared the fingerprint.</source>
        <translation>Épingle ce certificat pour cette connexion. Disponible une fois l&apos;empreinte comparée.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Communication avec %1…</translation>
    </message>
    <message>
        <source>Your organisation decides which certificates Dispatchable trusts, and this server&apos;s certificate is not one of them.</source>
        <translation>Votre organisation décide des certificats qu&apos;approuve Dispatchable, et celui de ce serveur n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Ask your IT department to add this server&apos;s fingerprint to the managed configuration.</source>
        <translation>Demandez à votre service informatique d&apos;ajouter l&apos;empreinte de ce serveur à la configuration gérée.</translation>
    </message>
    <message>
        <source>The certificate could not be saved for this connection: your organisation manages trusted certificates.</source>
        <translation>Le certificat n&apos;a pas pu être enregistré pour cette connexion : votre organisation gère les certificats approuvés.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the backend&apos;s address, for example https://e911.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://e911.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter it in full, starting with https://, for example https://e911.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse Web. Saisissez-la au complet, en commençant par https://, par exemple https://e911.example.com.</translation>
    </message>
    <message>
        <source>Addresses starting with %1: are not supported. Use an https:// address.</source>
        <translation>Les adresses commençant par %1: ne sont pas prises en charge. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so it is refused. Use https:// instead (plain http:// is allowed only for a backend on this computer).</source>
        <translation>La connexion à %1 ne serait pas chiffrée; elle est donc refusée. Utilisez plutôt https:// (le simple http:// n&apos;est permis que pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: you sign in after adding the connection.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;adresse : vous vous connectez après avoir ajouté la connexion.</translation>
    </message>
    <message>
        <source>Remove everything after “?” or “#” from the address.</source>
        <translation>Retirez de l&apos;adresse tout ce qui suit « ? » ou « # ».</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>The connection could not be saved to %1.</source>
        <translation>Impossible d&apos;enregistrer la connexion dans %1.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>DemoStartup</name>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>The demo backend could not start.

%1</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer.

%1</translation>
    </message>
</context>
<context>
    <name>DeviceFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer to the sign-in request is not valid, so sign-in cannot start.</source>
        <translation>La réponse du serveur à la demande de connexion n&apos;est pas valide; la connexion ne peut donc pas commencer.</translation>
    </message>
    <message>
        <source>Invalid device authorization answer.</source>
        <translation>Réponse d&apos;autorisation d&apos;appareil non valide.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved. Start again to get a new code.</source>
        <translation>Le code de connexion a expiré avant d&apos;être approuvé. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The backend signed you in without a refresh token, so the sign-in could not be kept.</source>
        <translation>Le serveur vous a connecté sans jeton d&apos;actualisation; la connexion n&apos;a donc pas pu être conservée.</translation>
    </message>
    <message>
        <source>No refresh_token in the token answer.</source>
        <translation>Aucun refresh_token dans la réponse de jeton.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Start again if that was a mistake.</source>
        <translation>La connexion a été refusée. Recommencez s&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <source>The backend refused this sign-in code (%1). Start again to get a new code.</source>
        <translation>Le serveur a refusé ce code de connexion (%1). Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>DidModel</name>
    <message>
        <source>Basic 911 only</source>
        <translation>911 de base</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Turning off</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Common area phone</source>
        <translation>Téléphone d&apos;aire commune</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Auto attendant</source>
        <translation>Standard automatique</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>File d&apos;attente d&apos;appels</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Conflict · %1</source>
        <translation>⚠ Conflit · %1</translation>
    </message>
    <message>
        <source>%1, toll-free: cannot have E911</source>
        <translation>%1, sans frais : ne peut pas avoir le E911</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Appels d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Frais mensuels</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>⚠ Location differs · %1</source>
        <translation>⚠ Emplacement différent · %1</translation>
    </message>
    <message>
        <source>⚠ Teams location differs · %1</source>
        <translation>⚠ Emplacement Teams différent · %1</translation>
    </message>
</context>
<context>
    <name>E911Actions</name>
    <message>
        <source>Move to Another Address</source>
        <translation>Déplacer vers une autre adresse</translation>
    </message>
    <message>
        <source>None of the selected numbers is registered with 911, so there is no address to move. Use Register With 911 (Ctrl+E) to give them one.</source>
        <translation>Aucun des numéros sélectionnés n&apos;est inscrit au 911; il n&apos;y a donc aucune adresse à déplacer. Utilisez Inscrire au 911 (Ctrl+E) pour leur en donner une.</translation>
    </message>
    <message numerus="yes">
        <source>Registering %n numbers</source>
        <translation>
            <numerusform>Inscription de %n numéro</numerusform>
            <numerusform>Inscription de %n numéros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n numbers</source>
        <translation>
            <numerusform>Déplacement de %n numéro</numerusform>
            <numerusform>Déplacement de %n numéros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning off E911 for %n numbers</source>
        <translation>
            <numerusform>Désactivation du E911 pour %n numéro</numerusform>
            <numerusform>Désactivation du E911 pour %n numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911DisableDialog</name>
    <message>
        <source>Turn Off E911</source>
        <translation>Désactiver le E911</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turn off E911 for %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Désactiver le E911 pour %1?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Turn off E911 for %Ln numbers?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Désactiver le E911 pour %Ln numéro?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Désactiver le E911 pour %Ln numéros?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>They fall back to &lt;b&gt;basic 911&lt;/b&gt;: an emergency call still goes through, but to a national call centre, and &lt;b&gt;the caller must say where they are&lt;/b&gt;. Responders no longer see the emergency address.</source>
        <translation>Ils reviennent au &lt;b&gt;911 de base&lt;/b&gt; : un appel d&apos;urgence passe toujours, mais vers un centre d&apos;appels national, et &lt;b&gt;la personne qui appelle doit dire où elle se trouve&lt;/b&gt;. Les secours ne voient plus l&apos;adresse d&apos;urgence.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected numbers are on basic 911 already and stay as they are.</source>
        <translation>
            <numerusform>%Ln des numéros sélectionnés est déjà au 911 de base et reste tel quel.</numerusform>
            <numerusform>%Ln des numéros sélectionnés sont déjà au 911 de base et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Motif (conservé dans le journal de vérification) :</translation>
    </message>
    <message>
        <source>Reason for turning off E911</source>
        <translation>Motif de la désactivation du E911</translation>
    </message>
    <message>
        <source>e.g. office closed, number moved to a service account</source>
        <translation>p. ex. bureau fermé, numéro transféré à un compte de service</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Turn Off E911</source>
        <translation>&amp;Désactiver le E911</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn Off E911 for %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Désactiver le E911 pour %Ln numéro</numerusform>
            <numerusform>&amp;Désactiver le E911 pour %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>Destructive: the numbers fall back to basic 911. Needs a reason.</source>
        <translation>Action destructive : les numéros reviennent au 911 de base. Un motif est requis.</translation>
    </message>
    <message>
        <source>Turning off could not be saved; nothing was sent: %1</source>
        <translation>La désactivation n&apos;a pas pu être enregistrée; rien n&apos;a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>E911Eligibility</name>
    <message>
        <source>Outside the US: no emergency service through this carrier</source>
        <translation>Hors des États-Unis : aucun service d&apos;urgence par ce fournisseur</translation>
    </message>
    <message>
        <source>A toll-free number cannot be a 911 callback number</source>
        <translation>Un numéro sans frais ne peut pas servir de numéro de rappel du 911</translation>
    </message>
    <message>
        <source>Already registered at this emergency address</source>
        <translation>Déjà inscrit à cette adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Not validated yet</source>
        <translation>Pas encore validée</translation>
    </message>
    <message>
        <source>Validation failed: correct the address first</source>
        <translation>Validation échouée : corrigez d&apos;abord l&apos;adresse</translation>
    </message>
    <message>
        <source>Outside the US: E911 needs a US address</source>
        <translation>Hors des États-Unis : le E911 exige une adresse américaine</translation>
    </message>
    <message>
        <source>No longer in this tenant (removed by a sync)</source>
        <translation>N&apos;appartient plus à ce locataire (retiré par une synchronisation)</translation>
    </message>
</context>
<context>
    <name>E911EnableDialog</name>
    <message>
        <source>Register With 911</source>
        <translation>Inscrire au 911</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before registering numbers with 911, %1 must acknowledge what emergency calling from Teams cannot do.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant d&apos;inscrire des numéros au 911, %1 doit prendre acte de ce que les appels d&apos;urgence depuis Teams ne peuvent pas faire.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have read these limitations and acknowledge them for %1</source>
        <translation>J&apos;ai lu ces limites et j&apos;en prends acte pour %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and Continue</source>
        <translation>&amp;Prendre acte et continuer</translation>
    </message>
    <message>
        <source>Records the acknowledgement for this tenant and sends it to the backend</source>
        <translation>Consigne la prise d&apos;acte pour ce locataire et l&apos;envoie au serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose the emergency address for this number.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choisissez l&apos;adresse d&apos;urgence de ce numéro.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Choose the emergency address for %Ln numbers.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Choisissez l&apos;adresse d&apos;urgence de %Ln numéro.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Choisissez l&apos;adresse d&apos;urgence de %Ln numéros.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency responders are sent here when someone dials 911 from these numbers. Only validated US addresses can be used.</source>
        <translation>Les secours sont envoyés ici quand quelqu&apos;un compose le 911 depuis ces numéros. Seules les adresses américaines validées peuvent être utilisées.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>What will be registered and what it costs</source>
        <translation>Ce qui sera inscrit et ce que cela coûte</translation>
    </message>
    <message>
        <source>Numbers that cannot be registered, with the reason</source>
        <translation>Numéros qui ne peuvent pas être inscrits, avec le motif</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>La prise d&apos;acte n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Nothing to register at %1.</source>
        <translation>Rien à inscrire à %1.</translation>
    </message>
    <message>
        <source>Move 1 number to %1.</source>
        <translation>Déplacer 1 numéro vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln numbers to %1.</source>
        <translation>
            <numerusform>Déplacer %Ln numéro vers %1.</numerusform>
            <numerusform>Déplacer %Ln numéros vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are registered already, so the monthly fee does not change.</source>
        <translation>Ils sont déjà inscrits; les frais mensuels ne changent donc pas.</translation>
    </message>
    <message>
        <source>Register 1 number at %1.</source>
        <translation>Inscrire 1 numéro à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers at %1.</source>
        <translation>
            <numerusform>Inscrire %Ln numéro à %1.</numerusform>
            <numerusform>Inscrire %Ln numéros à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per number per month: %2 a month.</source>
        <translation>%1 par numéro par mois : %2 par mois.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them start E911 at %1 per number per month: %2 a month more; the others move here and their fee does not change.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux commence le E911 à %1 par numéro par mois : %2 de plus par mois; les autres sont déplacés ici et leurs frais ne changent pas.</numerusform>
            <numerusform>%Ln d&apos;entre eux commencent le E911 à %1 par numéro par mois : %2 de plus par mois; les autres sont déplacés ici et leurs frais ne changent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list has not been synced yet, so the fee cannot be shown. Sync (F5), then try again.</source>
        <translation>La liste de prix n&apos;a pas encore été synchronisée; les frais ne peuvent donc pas être affichés. Synchronisez (F5), puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are already registered elsewhere and move to this address.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux est déjà inscrit ailleurs et est déplacé vers cette adresse.</numerusform>
            <numerusform>%Ln d&apos;entre eux sont déjà inscrits ailleurs et sont déplacés vers cette adresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already registered at this address and stay as they are.</source>
        <translation>
            <numerusform>%Ln déjà inscrit à cette adresse reste tel quel.</numerusform>
            <numerusform>%Ln déjà inscrits à cette adresse restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers show as pending until the 911 provider accepts them.</source>
        <translation>Les numéros restent en attente jusqu&apos;à leur acceptation par le fournisseur 911.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers cannot be registered:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln numéro ne peut pas être inscrit :&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln numéros ne peuvent pas être inscrits :&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move 1 Number</source>
        <translation>&amp;Déplacer 1 numéro</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Déplacer %Ln numéro</numerusform>
            <numerusform>&amp;Déplacer %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register 1 Number</source>
        <translation>&amp;Inscrire 1 numéro</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Inscrire %Ln numéro</numerusform>
            <numerusform>&amp;Inscrire %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration could not be saved; nothing was sent: %1</source>
        <translation>L&apos;inscription n&apos;a pas pu être enregistrée; rien n&apos;a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>E911Wiring</name>
    <message numerus="yes">
        <source>Importing %n numbers</source>
        <translation>
            <numerusform>Importation de %n numéro</numerusform>
            <numerusform>Importation de %n numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your organisation&apos;s proxy setting is not valid, so Dispatchable does not connect to %1. Ask your IT department to correct it.</source>
        <translation>Le paramètre de serveur mandataire de votre organisation n&apos;est pas valide; Dispatchable ne se connecte donc pas à %1. Demandez à votre service informatique de le corriger.</translation>
    </message>
    <message>
        <source>This proxy setting cannot be stored.</source>
        <translation>Ce paramètre de serveur mandataire ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>“%1” is set by your organisation.</source>
        <translation>« %1 » est défini par votre organisation.</translation>
    </message>
    <message>
        <source>The setting could not be saved to %1.</source>
        <translation>Impossible d&apos;enregistrer le paramètre dans %1.</translation>
    </message>
</context>
<context>
    <name>EmergencyAlertStyleSetting</name>
    <message>
        <source>Sound, no flashing</source>
        <translation>Son, sans clignotement</translation>
    </message>
    <message>
        <source>Flashing, no sound</source>
        <translation>Clignotement, sans son</translation>
    </message>
    <message>
        <source>Neither: the window only</source>
        <translation>Ni l’un ni l’autre : la fenêtre seulement</translation>
    </message>
    <message>
        <source>Sound and flashing</source>
        <translation>Son et clignotement</translation>
    </message>
    <message>
        <source>“%1” is not an alert style Dispatchable has. Use one of: %2.</source>
        <translation>« %1 » n’est pas un style d’alerte de Dispatchable. Utilisez l’un de ceux-ci : %2.</translation>
    </message>
</context>
<context>
    <name>EmergencyAlertWindow</name>
    <message>
        <source>Emergency call: %1</source>
        <translation>Appel d’urgence : %1</translation>
    </message>
    <message>
        <source>Call &amp;Log</source>
        <translation>&amp;Journal des appels</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Accuser réception</translation>
    </message>
    <message>
        <source>Record that the desk has seen this call (Enter)</source>
        <translation>Indiquer que le poste de sécurité a vu cet appel (Entrée)</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Accusé de réception en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where Teams says the caller is&lt;/b&gt; (blue on the map)</source>
        <translation>&lt;b&gt;Où Teams situe l’appelant&lt;/b&gt; (en bleu sur la carte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered E911 address&lt;/b&gt; (red on the map)</source>
        <translation>&lt;b&gt;Adresse E911 enregistrée&lt;/b&gt; (en rouge sur la carte)</translation>
    </message>
    <message>
        <source>%1 call in progress</source>
        <translation>Appel au %1 en cours</translation>
    </message>
    <message>
        <source>%1 call ended</source>
        <translation>Appel au %1 terminé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non transmis</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Simulated by the demo, not a real call.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Simulé par la démonstration, ce n’est pas un vrai appel.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Teams sent no location.</source>
        <translation>Teams n’a transmis aucun emplacement.</translation>
    </message>
    <message>
        <source>This number has no E911 address on file.</source>
        <translation>Ce numéro n’a aucune adresse E911 enregistrée.</translation>
    </message>
    <message>
        <source>Teams sent</source>
        <translation>Transmis par Teams</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2.</source>
        <translation>Réception accusée par %1 à %2.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translation>Réception pas encore accusée.</translation>
    </message>
    <message>
        <source>Could not acknowledge: %1</source>
        <translation>Impossible d’accuser réception : %1</translation>
    </message>
</context>
<context>
    <name>EmergencyCallFeed</name>
    <message>
        <source>The server refused the live call feed (HTTP %1).</source>
        <translation>Le serveur a refusé le flux d’appels en direct (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>EmergencyCallLogModel</name>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Réception accusée par %1</translation>
    </message>
    <message>
        <source>Test call in progress</source>
        <translation>Appel d’essai en cours</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Appel d’essai</translation>
    </message>
    <message>
        <source>Missed: ended unacknowledged</source>
        <translation>Manqué : terminé sans accusé de réception</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulé)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Composé</translation>
    </message>
    <message>
        <source>Location Teams sent</source>
        <translation>Emplacement transmis par Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EmergencyCallLogWindow</name>
    <message>
        <source>Emergency Calls</source>
        <translation>Appels d’urgence</translation>
    </message>
    <message>
        <source>Emergency call log</source>
        <translation>Journal des appels d’urgence</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Accuser réception</translation>
    </message>
    <message>
        <source>Live: new emergency calls appear here and raise an alert at once.</source>
        <translation>En direct : les nouveaux appels d’urgence s’affichent ici et déclenchent une alerte immédiatement.</translation>
    </message>
    <message>
        <source>Loading the recent calls…</source>
        <translation>Chargement des appels récents…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not live&lt;/b&gt;: reconnecting to the backend (%1). Calls made meanwhile will appear once it answers.</source>
        <translation>&lt;b&gt;Hors ligne&lt;/b&gt; : reconnexion au serveur (%1). Les appels faits entre-temps s’afficheront dès qu’il répondra.</translation>
    </message>
    <message>
        <source>The live call feed is off.</source>
        <translation>Le flux d’appels en direct est désactivé.</translation>
    </message>
    <message>
        <source>Select a call to see where Teams said the caller was.</source>
        <translation>Sélectionnez un appel pour voir où Teams situait l’appelant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams sent:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Registered:&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Transmis par Teams :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Enregistré :&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>Register with &amp;911</source>
        <translation>Inscrire au &amp;911</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro civique</translation>
    </message>
    <message>
        <source>House number suffix</source>
        <translation>Suffixe du numéro civique</translation>
    </message>
    <message>
        <source>Prefix direction</source>
        <translation>Direction avant</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Type de rue</translation>
    </message>
    <message>
        <source>Post direction</source>
        <translation>Direction après</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Unit / suite</source>
        <translation>Unité / bureau</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code ZIP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✔ Register</source>
        <translation>✔ Inscrire</translation>
    </message>
    <message>
        <source>➜ Move here</source>
        <translation>➜ Déplacer ici</translation>
    </message>
    <message>
        <source>= No change</source>
        <translation>= Aucun changement</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Ignorée</translation>
    </message>
    <message>
        <source>✖ Problem</source>
        <translation>✖ Problème</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Address or problem</source>
        <translation>Adresse ou problème</translation>
    </message>
</context>
<context>
    <name>KioskDashboard</name>
    <message>
        <source>Compliance dashboard</source>
        <translation>Tableau de bord de conformité</translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation>En attente de la première synchronisation</translation>
    </message>
    <message>
        <source>Offline — no data yet</source>
        <translation>Hors ligne — aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <source>● Connected · data from %1 (%2)</source>
        <translation>● Connecté · données du %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Offline — showing data from %1 (%2)</source>
        <translation>⚠ Hors ligne — données affichées du %1 (%2)</translation>
    </message>
    <message>
        <source>Read-only audit view</source>
        <translation>Vue de vérification en lecture seule</translation>
    </message>
    <message>
        <source>No tenant data yet.</source>
        <translation>Aucune donnée de locataire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No tenant data yet. Each tenant appears here once the first sync has finished.</source>
        <translation>Aucune donnée de locataire pour l&apos;instant. Chaque locataire apparaît ici une fois la première synchronisation terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant %1 of %2</source>
        <translation>locataire %1 sur %2</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>Données du %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <source>● Connected · %1</source>
        <translation>● Connecté · %1</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <source>⚠ Offline · %1 old</source>
        <translation>⚠ Hors ligne · données de %1</translation>
    </message>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Hors ligne</translation>
    </message>
    <message>
        <source>Numbers by E911 state</source>
        <translation>Numéros par état E911</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% of the numbers that can have E911 are registered</source>
        <translation>%1 % des numéros admissibles au E911 sont inscrits</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>No successful sync yet</source>
        <translation>Aucune synchronisation réussie pour l&apos;instant</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT — no data yet</source>
        <translation>⚠ Connexion requise : avisez les TI — aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT — showing data from %1 (%2)</source>
        <translation>⚠ Connexion requise : avisez les TI — données affichées de %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed · %1 old</source>
        <translation>⚠ Connexion requise · données d&apos;il y a %1</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed</source>
        <translation>⚠ Connexion requise</translation>
    </message>
</context>
<context>
    <name>KioskDeviceSignIn</name>
    <message>
        <source>Asking the backend for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion au serveur…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on another device…</source>
        <translation>En attente de la connexion sur un autre appareil…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in until the kiosk restarts: %1</source>
        <translation>Connecté jusqu&apos;au redémarrage du kiosque : %1</translation>
    </message>
    <message>
        <source>%1 A new code follows shortly.</source>
        <translation>%1 Un nouveau code suivra sous peu.</translation>
    </message>
</context>
<context>
    <name>KioskFigures</name>
    <message>
        <source>No acknowledgement of the 911 limitations on record.</source>
        <translation>Aucune prise d&apos;acte des limites du 911 au dossier.</translation>
    </message>
    <message>
        <source>Version %1, by %2</source>
        <translation>Version %1, par %2</translation>
    </message>
    <message>
        <source>Version %1 by %2 is outdated; version %3 must be acknowledged.</source>
        <translation>La version %1 par %2 est périmée; il faut prendre acte de la version %3.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Turning off</source>
        <translation>En désactivation</translation>
    </message>
    <message>
        <source>Basic 911 only</source>
        <translation>911 de base seulement</translation>
    </message>
    <message>
        <source>Addresses not validated</source>
        <translation>Adresses non validées</translation>
    </message>
    <message numerus="yes">
        <source>of %n emergency addresses; they cannot carry E911</source>
        <translation>
            <numerusform>sur %n adresse d&apos;urgence; elles ne peuvent pas porter le E911</numerusform>
            <numerusform>sur %n adresses d&apos;urgence; elles ne peuvent pas porter le E911</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses without floor or room</source>
        <translation>Adresses sans étage ni salle</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers registered there lack a dispatchable location</source>
        <translation>
            <numerusform>%n numéro inscrit à ces adresses n&apos;a pas d&apos;emplacement précis</numerusform>
            <numerusform>%n numéros inscrits à ces adresses n&apos;ont pas d&apos;emplacement précis</numerusform>
        </translation>
    </message>
    <message>
        <source>Common-area phones</source>
        <translation>Téléphones d&apos;aire commune</translation>
    </message>
    <message numerus="yes">
        <source>%n without E911; these phones need 911 at all times</source>
        <translation>
            <numerusform>%n sans E911; ces téléphones doivent joindre le 911 en tout temps</numerusform>
            <numerusform>%n sans E911; ces téléphones doivent joindre le 911 en tout temps</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers outside the US</source>
        <translation>Numéros hors des États-Unis</translation>
    </message>
    <message>
        <source>No emergency calling through this carrier</source>
        <translation>Aucun appel d&apos;urgence par ce fournisseur</translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation>Numéros sans frais</translation>
    </message>
    <message>
        <source>Cannot be a 911 callback number</source>
        <translation>Ne peut pas servir de numéro de rappel du 911</translation>
    </message>
    <message>
        <source>Limitations acknowledged</source>
        <translation>Prise d&apos;acte des limites</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>933 tested</source>
        <translation>Testés au 933</translation>
    </message>
    <message numerus="yes">
        <source>of %n places and registered numbers</source>
        <translation>
            <numerusform>sur %n lieu ou numéro inscrit</numerusform>
            <numerusform>sur %n lieux et numéros inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>moments</source>
        <translation>quelques instants</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n numbers.</source>
        <translation>
            <numerusform>%1 : %n numéro.</numerusform>
            <numerusform>%1 : %n numéros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls from another location</source>
        <translation>Appels d&apos;un autre emplacement</translation>
    </message>
    <message>
        <source>numbers whose last call through Teams sent another location than their registration</source>
        <translation>numéros dont le dernier appel par Teams a envoyé un autre emplacement que l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Teams gives another location</source>
        <translation>Teams leur donne un autre emplacement</translation>
    </message>
    <message>
        <source>numbers whose emergency location in Teams is not their registered address</source>
        <translation>numéros dont l&apos;emplacement d&apos;urgence dans Teams n&apos;est pas leur adresse inscrite</translation>
    </message>
    <message>
        <source>Places Teams holds elsewhere</source>
        <translation>Lieux que Teams détient ailleurs</translation>
    </message>
    <message>
        <source>places whose last call through Teams sent another address than theirs</source>
        <translation>lieux dont le dernier appel par Teams a envoyé une autre adresse que la leur</translation>
    </message>
</context>
<context>
    <name>KioskLauncher</name>
    <message>
        <source>--kiosk-interval must be a number of seconds from 5 to 3600.</source>
        <translation>--kiosk-interval doit être un nombre de secondes entre 5 et 3600.</translation>
    </message>
    <message>
        <source>--kiosk-idle must be a number of minutes from 1 to 120.</source>
        <translation>--kiosk-idle doit être un nombre de minutes entre 1 et 120.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an auditor account</source>
        <translation>Le mode kiosque exige un compte de vérificateur</translation>
    </message>
</context>
<context>
    <name>KioskLockNotice</name>
    <message>
        <source>Managed settings go in the registry under HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Dispatchable (Windows), a configuration profile for com.dispatchable.Dispatchable (macOS) or /etc/xdg/Dispatchable/managed.ini (Linux).</source>
        <translation>Les paramètres gérés vont dans le registre sous HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Dispatchable (Windows), dans un profil de configuration pour com.dispatchable.Dispatchable (macOS) ou dans /etc/xdg/Dispatchable/managed.ini (Linux).</translation>
    </message>
    <message>
        <source>Kiosk not set up: no connection</source>
        <translation>Kiosque non configuré : aucune connexion</translation>
    </message>
    <message>
        <source>This kiosk has no connection to a provisioning backend, so it has no data to show.</source>
        <translation>Ce kiosque n&apos;a aucune connexion à un serveur d&apos;approvisionnement; il n&apos;a donc aucune donnée à afficher.</translation>
    </message>
    <message>
        <source>Set AllowedBackendUrls to the one backend this kiosk shows (a single address, without &quot;*.&quot;): the kiosk then connects to it by itself.</source>
        <translation>Réglez AllowedBackendUrls sur le seul serveur qu&apos;affiche ce kiosque (une seule adresse, sans « *. ») : le kiosque s&apos;y connectera alors de lui-même.</translation>
    </message>
    <message>
        <source>Set PinnedCertificates for that backend unless its certificate is one this computer already trusts.</source>
        <translation>Réglez PinnedCertificates pour ce serveur, à moins que cet ordinateur fasse déjà confiance à son certificat.</translation>
    </message>
    <message>
        <source>Restart the kiosk. It shows a sign-in code: sign in with an auditor account on another device.</source>
        <translation>Redémarrez le kiosque. Il affichera un code de connexion : connectez-vous avec un compte de vérificateur sur un autre appareil.</translation>
    </message>
    <message>
        <source>Kiosk locked: connection not allowed</source>
        <translation>Kiosque verrouillé : connexion non autorisée</translation>
    </message>
    <message>
        <source>Add this kiosk&apos;s backend to AllowedBackendUrls, or remove the kiosk account&apos;s saved connection so that the kiosk connects to the one backend AllowedBackendUrls names.</source>
        <translation>Ajoutez le serveur de ce kiosque à AllowedBackendUrls, ou supprimez la connexion enregistrée du compte du kiosque pour qu&apos;il se connecte au seul serveur que nomme AllowedBackendUrls.</translation>
    </message>
    <message>
        <source>Restart the kiosk.</source>
        <translation>Redémarrez le kiosque.</translation>
    </message>
    <message>
        <source>Kiosk locked: the backend&apos;s certificate was refused</source>
        <translation>Kiosque verrouillé : le certificat du serveur a été refusé</translation>
    </message>
    <message>
        <source>Ask the backend&apos;s operator whether its certificate was replaced, and compare the fingerprint below with theirs.</source>
        <translation>Demandez à l&apos;administrateur du serveur si son certificat a été remplacé, et comparez l&apos;empreinte ci-dessous avec la sienne.</translation>
    </message>
    <message>
        <source>If it was replaced on purpose, set PinnedCertificates to the backend&apos;s address, a space and the new fingerprint, then restart the kiosk.</source>
        <translation>S&apos;il a été remplacé volontairement, réglez PinnedCertificates sur l&apos;adresse du serveur, une espace et la nouvelle empreinte, puis redémarrez le kiosque.</translation>
    </message>
    <message>
        <source>If it was not, someone may be intercepting the connection: leave the kiosk locked.</source>
        <translation>Sinon, quelqu&apos;un intercepte peut-être la connexion : laissez le kiosque verrouillé.</translation>
    </message>
    <message>
        <source>Trusted fingerprint: %1</source>
        <translation>Empreinte approuvée : %1</translation>
    </message>
    <message>
        <source>Presented fingerprint: %1</source>
        <translation>Empreinte présentée : %1</translation>
    </message>
    <message>
        <source>Kiosk waiting: the backend cannot be reached</source>
        <translation>Kiosque en attente : le serveur est injoignable</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection and that the backend is running.</source>
        <translation>Vérifiez la connexion réseau de cet ordinateur et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>If this network needs a proxy, set Proxy (http://host:port, or system).</source>
        <translation>Si ce réseau exige un mandataire, réglez Proxy (http://hôte:port, ou system).</translation>
    </message>
    <message>
        <source>The kiosk tries again by itself every 30 seconds.</source>
        <translation>Le kiosque réessaie de lui-même toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Kiosk locked: the offline copy cannot be opened</source>
        <translation>Kiosque verrouillé : la copie hors ligne ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Make sure the kiosk account can write to its application data folder and that the disk is not full.</source>
        <translation>Assurez-vous que le compte du kiosque peut écrire dans son dossier de données d&apos;application et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Kiosk locked: its start command is wrong</source>
        <translation>Kiosque verrouillé : sa commande de démarrage est erronée</translation>
    </message>
    <message>
        <source>Correct the value in the command that starts the kiosk (its shortcut, service or login script), or leave the option out to use the default.</source>
        <translation>Corrigez la valeur dans la commande qui démarre le kiosque (son raccourci, son service ou son script d’ouverture de session), ou retirez l’option pour utiliser la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>KioskLockedPage</name>
    <message>
        <source>Kiosk locked</source>
        <translation>Kiosque verrouillé</translation>
    </message>
    <message>
        <source>What IT must configure:</source>
        <translation>Ce que les TI doivent configurer :</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>&amp;Leave Kiosk Mode</source>
        <translation>&amp;Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Leave Kiosk Mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Enter the kiosk PIN to leave the read-only audit view.</source>
        <translation>Saisissez le NIP du kiosque pour quitter la vue de vérification en lecture seule.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>NIP du kiosque</translation>
    </message>
    <message>
        <source>PIN check result</source>
        <translation>Résultat de la vérification du NIP</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>&amp;Stay in Kiosk Mode</source>
        <translation>&amp;Rester en mode kiosque</translation>
    </message>
    <message>
        <source>Stay in kiosk mode</source>
        <translation>Rester en mode kiosque</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;NIP :</translation>
    </message>
    <message>
        <source>The wait is over. Enter the PIN again.</source>
        <translation>L&apos;attente est terminée. Saisissez de nouveau le NIP.</translation>
    </message>
</context>
<context>
    <name>KioskPinGate</name>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>NIP erroné. Réessayez dans %n seconde.</numerusform>
            <numerusform>NIP erroné. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>NIP erroné.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de NIP erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de NIP erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PIN is set for leaving kiosk mode. Ask the person who set up this computer.</source>
        <translation>Aucun NIP n&apos;est défini pour quitter le mode kiosque. Adressez-vous à la personne qui a configuré cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>KioskPinHash</name>
    <message numerus="yes">
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>Le NIP doit compter au moins %n caractère.</numerusform>
            <numerusform>Le NIP doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN can have at most %n characters.</source>
        <translation>
            <numerusform>Le NIP peut compter au plus %n caractère.</numerusform>
            <numerusform>Le NIP peut compter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not a PIN hash made by “dispatchable kiosk-pin-hash” (expected pbkdf2-sha256$iterations$salt$hash).</source>
        <translation>Ce n&apos;est pas un hachage de NIP produit par « dispatchable kiosk-pin-hash » (format attendu : pbkdf2-sha256$iterations$salt$hash).</translation>
    </message>
    <message>
        <source>Its iteration count must be between %L1 and %L2.</source>
        <translation>Son nombre d&apos;itérations doit être compris entre %L1 et %L2.</translation>
    </message>
    <message numerus="yes">
        <source>Its salt must be %n bytes in base64.</source>
        <translation>
            <numerusform>Son sel doit faire %n octet en base64.</numerusform>
            <numerusform>Son sel doit faire %n octets en base64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its hash must be %n bytes in base64.</source>
        <translation>
            <numerusform>Son hachage doit faire %n octet en base64.</numerusform>
            <numerusform>Son hachage doit faire %n octets en base64.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPinHashCommand</name>
    <message>
        <source>Reads a kiosk PIN from standard input and prints its salted hash for the KioskPinHash managed setting.</source>
        <translation>Lit un NIP de kiosque sur l&apos;entrée standard et affiche son hachage salé pour le paramètre géré KioskPinHash.</translation>
    </message>
    <message>
        <source>Kiosk PIN: </source>
        <translation>NIP du kiosque : </translation>
    </message>
    <message>
        <source>No PIN was given on standard input.</source>
        <translation>Aucun NIP n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>KioskSignInPanel</name>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>⚠ Sign-in needed: ask IT</source>
        <translation>⚠ Connexion requise : avisez les TI</translation>
    </message>
    <message>
        <source>IT: on another device, open this page and enter the code, then sign in with an auditor account. The figures above are the last ones synced; their age is in the top corner.</source>
        <translation>TI : sur un autre appareil, ouvrez cette page, entrez le code, puis connectez-vous avec un compte de vérificateur. Les chiffres ci-dessus sont les derniers synchronisés; leur âge figure dans le coin supérieur.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Time left to use the code</source>
        <translation>Temps restant pour utiliser le code</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
</context>
<context>
    <name>KioskStartup</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Dispatchable — read-only audit view</source>
        <translation>Dispatchable — vue de vérification en lecture seule</translation>
    </message>
    <message>
        <source>Kiosk: read-only audit view</source>
        <translation>Kiosque : vue de vérification en lecture seule</translation>
    </message>
    <message>
        <source>Checking who is signed in…</source>
        <translation>Vérification de la personne connectée…</translation>
    </message>
    <message>
        <source>◀ &amp;Previous Tenant</source>
        <translation>◀ Locataire &amp;précédent</translation>
    </message>
    <message>
        <source>Show the previous tenant</source>
        <translation>Afficher le locataire précédent</translation>
    </message>
    <message>
        <source>P&amp;ause Cycling</source>
        <translation>Suspendre le &amp;défilement</translation>
    </message>
    <message>
        <source>Pause cycling through the tenants</source>
        <translation>Suspendre le défilement des locataires</translation>
    </message>
    <message>
        <source>&amp;Next Tenant ▶</source>
        <translation>Locataire &amp;suivant ▶</translation>
    </message>
    <message>
        <source>Show the next tenant</source>
        <translation>Afficher le locataire suivant</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Show the compliance dashboard</source>
        <translation>Afficher le tableau de bord de conformité</translation>
    </message>
    <message>
        <source>Audit &amp;Trail</source>
        <translation>Piste de &amp;vérification</translation>
    </message>
    <message>
        <source>Show the audit trail</source>
        <translation>Afficher la piste de vérification</translation>
    </message>
    <message>
        <source>&amp;Leave Kiosk Mode…</source>
        <translation>&amp;Quitter le mode kiosque…</translation>
    </message>
    <message>
        <source>Leave kiosk mode (needs the PIN)</source>
        <translation>Quitter le mode kiosque (NIP requis)</translation>
    </message>
    <message>
        <source>Kiosk mode shows every tenant&apos;s data on an unattended screen, so it runs only with an auditor account, which cannot change anything. This connection is signed in as %1. Sign in with an auditor account or API token to use kiosk mode.</source>
        <translation>Le mode kiosque affiche les données de tous les locataires sur un écran sans surveillance; il ne fonctionne donc qu&apos;avec un compte de vérificateur, qui ne peut rien modifier. Cette connexion est ouverte en tant que %1. Connectez-vous avec un compte de vérificateur ou un jeton d&apos;API pour utiliser le mode kiosque.</translation>
    </message>
    <message>
        <source>an unknown role</source>
        <translation>un rôle inconnu</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message numerus="yes">
        <source>Wrote %n warning label(s) for %1 to %2.</source>
        <translation>
            <numerusform>%n étiquette d&apos;avertissement pour %1 écrite dans %2.</numerusform>
            <numerusform>%n étiquettes d&apos;avertissement pour %1 écrites dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>dispatchable labels: </source>
        <translation>dispatchable labels : </translation>
    </message>
    <message>
        <source>Writes 911 warning labels (47 CFR 9.11) as a PDF for a sheet of labels. Print it at actual size.
Exit codes: 0 written; 1 failed; 2 bad arguments; 4 unknown tenant; 5 output not writable; 6 no connection profile.</source>
        <translation>Écrit les étiquettes d&apos;avertissement 911 (47 CFR 9.11) en PDF pour une planche d&apos;étiquettes. Imprimez-le à la taille réelle.
Codes de sortie : 0 écrit; 1 échec; 2 arguments erronés; 4 locataire inconnu; 5 sortie non inscriptible; 6 aucun profil de connexion.</translation>
    </message>
    <message>
        <source>The labels command.</source>
        <translation>La commande d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The label sheet: %1.</source>
        <translation>La planche d&apos;étiquettes : %1.</translation>
    </message>
    <message>
        <source>The labels&apos; language: %1.</source>
        <translation>La langue des étiquettes : %1.</translation>
    </message>
    <message>
        <source>Print this tenant&apos;s name in the small print (read from the offline cache).</source>
        <translation>Imprimer le nom de ce locataire dans les petits caractères (lu dans la copie hors ligne).</translation>
    </message>
    <message>
        <source>The saved connection whose cache knows the tenant (its id or name).</source>
        <translation>La connexion enregistrée dont la copie connaît le locataire (son identifiant ou son nom).</translation>
    </message>
    <message>
        <source>How many labels; the default fills one sheet.</source>
        <translation>Combien d&apos;étiquettes; par défaut, une planche complète.</translation>
    </message>
    <message>
        <source>Positions already used on the first sheet.</source>
        <translation>Positions déjà utilisées sur la première planche.</translation>
    </message>
    <message>
        <source>No saved connection knows tenant %1. Leave out --tenant, or sign in with Dispatchable first.</source>
        <translation>Aucune connexion enregistrée ne connaît le locataire %1. Retirez --tenant, ou connectez-vous d&apos;abord avec Dispatchable.</translation>
    </message>
    <message>
        <source>Choose the saved connection with --profile.</source>
        <translation>Choisissez la connexion enregistrée avec --profile.</translation>
    </message>
    <message>
        <source>Tenant %1 is not in the offline copy of %2. Sync in Dispatchable first.</source>
        <translation>Le locataire %1 n&apos;est pas dans la copie hors ligne de %2. Synchronisez d&apos;abord dans Dispatchable.</translation>
    </message>
    <message>
        <source>--out is needed. See --help.</source>
        <translation>--out est requis. Voyez --help.</translation>
    </message>
    <message>
        <source>No label sheet is called &quot;%1&quot;.</source>
        <translation>Aucune planche d&apos;étiquettes ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;.</source>
        <translation>--language doit être l&apos;une de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>--count must be 0 to 10000 and --skip 0 to %1.</source>
        <translation>--count doit être entre 0 et 10000, et --skip entre 0 et %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>dispatchable labels: warning: the translation into %1 is not installed; the labels are in English.</source>
        <translation>dispatchable labels : avertissement : la traduction en %1 n&apos;est pas installée; les étiquettes sont en anglais.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>“%1” is not a language Dispatchable has. Use system or one of: %2.</source>
        <translation>« %1 » n&apos;est pas une langue offerte par Dispatchable. Utilisez system ou l&apos;une des suivantes : %2.</translation>
    </message>
</context>
<context>
    <name>Limitations</name>
    <message>
        <source>Teams may not know where the caller is</source>
        <translation>Teams peut ignorer où se trouve la personne qui appelle</translation>
    </message>
    <message>
        <source>Teams can lack the caller&apos;s real location. The call may then reach the wrong emergency centre, and help may be sent to the wrong place. Set up dynamic emergency calling so the location comes from the network the caller is on.</source>
        <translation>Teams peut ne pas connaître l&apos;emplacement réel de la personne qui appelle. L&apos;appel risque alors d&apos;aboutir au mauvais centre d&apos;urgence, et les secours d&apos;être envoyés au mauvais endroit. Configurez les appels d&apos;urgence dynamiques pour que l&apos;emplacement provienne du réseau auquel la personne est connectée.</translation>
    </message>
    <message>
        <source>No power or no internet means no emergency call</source>
        <translation>Sans courant ni Internet, aucun appel d&apos;urgence</translation>
    </message>
    <message>
        <source>If the device has no power, the power is out, or it cannot reach the internet for any reason, it cannot place an emergency call through Teams.</source>
        <translation>Si l&apos;appareil n&apos;est pas alimenté, s&apos;il y a une panne de courant ou s&apos;il ne peut pas accéder à Internet pour quelque raison que ce soit, il ne peut pas faire d&apos;appel d&apos;urgence par Teams.</translation>
    </message>
    <message>
        <source>Calls from elsewhere likely reach the wrong centre</source>
        <translation>Ailleurs, l&apos;appel aboutira probablement au mauvais centre</translation>
    </message>
    <message>
        <source>A call made away from the registered emergency address will probably reach an emergency centre that does not serve the caller&apos;s actual location, unless dynamic emergency calling was set up and tested.</source>
        <translation>Un appel fait ailleurs qu&apos;à l&apos;adresse d&apos;urgence inscrite aboutira probablement à un centre d&apos;urgence qui ne dessert pas l&apos;endroit où se trouve réellement la personne, à moins que les appels d&apos;urgence dynamiques aient été configurés et testés.</translation>
    </message>
    <message>
        <source>Not for phones that must always reach 911</source>
        <translation>Pas pour les téléphones qui doivent toujours joindre le 911</translation>
    </message>
    <message>
        <source>Where a phone must reach 911 at all times, such as on a factory floor or in a medical facility, do not rely on Teams alone. Ask the carrier for a conventional voice line at those places.</source>
        <translation>Là où un téléphone doit pouvoir joindre le 911 en tout temps, comme dans un atelier d&apos;usine ou un établissement de santé, ne comptez pas sur Teams seul. Demandez au fournisseur une ligne téléphonique conventionnelle pour ces endroits.</translation>
    </message>
</context>
<context>
    <name>LimitationsDialog</name>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limites des appels d&apos;urgence</translation>
    </message>
    <message>
        <source>What emergency calling from Teams cannot do. Tell the people who use these phones.</source>
        <translation>Ce que les appels d&apos;urgence depuis Teams ne peuvent pas faire. Informez-en les personnes qui utilisent ces téléphones.</translation>
    </message>
    <message>
        <source>%1 has not acknowledged these limitations yet. Registering a number with 911 asks for it.</source>
        <translation>%1 n&apos;a pas encore pris acte de ces limites. L&apos;inscription d&apos;un numéro au 911 le demandera.</translation>
    </message>
    <message>
        <source>✓ Acknowledged for %1 by %2 on %3 (text version %4).</source>
        <translation>✓ Acte pris pour %1 par %2 le %3 (version du texte %4).</translation>
    </message>
    <message>
        <source>✖ %1 acknowledged an older text (version %2, by %3 on %4). This version must be acknowledged again before registering more numbers.</source>
        <translation>✖ %1 a pris acte d&apos;un texte antérieur (version %2, par %3 le %4). Il faut prendre acte de cette version avant d&apos;inscrire d&apos;autres numéros.</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Prise d&apos;acte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LimitationsView</name>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limites des appels d&apos;urgence</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>Version du texte %1</translation>
    </message>
</context>
<context>
    <name>LocalServerProcess</name>
    <message>
        <source>The demo backend did not get ready within %1 s.</source>
        <translation>Le serveur de démonstration n’était pas prêt après %1 s.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>The demo backend stopped during start-up: %1</source>
        <translation>Le serveur de démonstration s’est arrêté au démarrage : %1</translation>
    </message>
    <message>
        <source>The demo backend was stopped during start-up.</source>
        <translation>Le serveur de démonstration a été arrêté au démarrage.</translation>
    </message>
</context>
<context>
    <name>LockNote</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
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
        <translation>✓ Acte pris des limites par %1 le %2 (version %3)</translation>
    </message>
    <message>
        <source>◐ Limitations acknowledgement (version %1) is being sent</source>
        <translation>◐ La prise d&apos;acte des limites (version %1) est en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>✖ Limitations acknowledged only in an older version (%1, by %2 on %3): acknowledge again before registering numbers</source>
        <translation>✖ Acte pris des limites seulement dans une version antérieure (%1, par %2 le %3) : prenez-en acte de nouveau avant d&apos;inscrire des numéros</translation>
    </message>
    <message>
        <source>✖ Limitations not acknowledged</source>
        <translation>✖ Aucune prise d&apos;acte des limites</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers With 911…</source>
        <translation>
            <numerusform>Inscrire %Ln numéro au 911…</numerusform>
            <numerusform>Inscrire %Ln numéros au 911…</numerusform>
        </translation>
    </message>
    <message>
        <source>Register With 911…</source>
        <translation>Inscrire au 911…</translation>
    </message>
    <message numerus="yes">
        <source>Turn off E911 for %Ln numbers…</source>
        <translation>
            <numerusform>Désactiver le E911 pour %Ln numéro…</numerusform>
            <numerusform>Désactiver le E911 pour %Ln numéros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Select numbers in the table first.</source>
        <translation>Sélectionnez d&apos;abord des numéros dans le tableau.</translation>
    </message>
    <message>
        <source>Your role can read but not change numbers.</source>
        <translation>Votre rôle permet de consulter les numéros, mais pas de les modifier.</translation>
    </message>
    <message>
        <source>Register the selected numbers with their emergency address (Ctrl+E)</source>
        <translation>Inscrire les numéros sélectionnés avec leur adresse d&apos;urgence (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no earlier sync</source>
        <translation>aucune synchronisation antérieure</translation>
    </message>
    <message>
        <source>Offline — showing data from %1.</source>
        <translation>Hors ligne — données affichées du %1.</translation>
    </message>
    <message>
        <source>Changes wait in the outbox and go out when the connection returns.</source>
        <translation>Les modifications attendent dans la boîte d&apos;envoi et partiront au retour de la connexion.</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Lecture seule : vous êtes connecté en tant que vérificateur.</translation>
    </message>
    <message>
        <source>You can look at every tenant and number, but not change them.</source>
        <translation>Vous pouvez consulter tous les locataires et numéros, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>No tenant or number matches &quot;%1&quot;.</source>
        <translation>Aucun locataire ni numéro ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ Synchroniser</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the backend (F5)</source>
        <translation>Récupérer les dernières modifications du serveur (F5)</translation>
    </message>
    <message>
        <source>Move to Another Address…</source>
        <translation>Déplacer vers une autre adresse…</translation>
    </message>
    <message>
        <source>Point registered numbers at another emergency address; the fee does not change (Ctrl+M)</source>
        <translation>Associer les numéros inscrits à une autre adresse d&apos;urgence; les frais ne changent pas (Ctrl+M)</translation>
    </message>
    <message>
        <source>Turn off E911: the numbers fall back to basic 911</source>
        <translation>Désactiver le E911 : les numéros reviennent au 911 de base</translation>
    </message>
    <message>
        <source>&amp;Import Numbers from CSV…</source>
        <translation>&amp;Importer des numéros d&apos;un fichier CSV…</translation>
    </message>
    <message>
        <source>Register many numbers at their emergency addresses from a CSV file, with a preview of every row first (Ctrl+I)</source>
        <translation>Inscrire de nombreux numéros à leur adresse d&apos;urgence à partir d&apos;un fichier CSV, avec un aperçu de chaque ligne d&apos;abord (Ctrl+I)</translation>
    </message>
    <message>
        <source>Emergency &amp;Addresses…</source>
        <translation>&amp;Adresses d&apos;urgence…</translation>
    </message>
    <message>
        <source>The tenant&apos;s emergency addresses (Ctrl+Shift+A)</source>
        <translation>Les adresses d&apos;urgence du locataire (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>Piste de &amp;vérification…</translation>
    </message>
    <message>
        <source>Who changed which number or address, when and why (Ctrl+Shift+T)</source>
        <translation>Qui a modifié quel numéro ou quelle adresse, quand et pourquoi (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Export Compliance &amp;Report…</source>
        <translation>Exporter le &amp;rapport de conformité…</translation>
    </message>
    <message>
        <source>The tenant&apos;s 911 readiness as a PDF or CSV file (Ctrl+Shift+R)</source>
        <translation>L&apos;état de préparation au 911 du locataire, en fichier PDF ou CSV (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Limitations of emergency calling</source>
        <translation>Limites des appels d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Dispatchable</source>
        <translation>À &amp;propos de Dispatchable</translation>
    </message>
    <message>
        <source>&amp;Connect to a Backend…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Revoke this computer&apos;s sign-in and remove it from the keychain; the connection and queued changes stay</source>
        <translation>Révoquer la connexion de cet ordinateur et la retirer du trousseau; la connexion et les modifications en file d&apos;attente restent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Filtrer les numéros</translation>
    </message>
    <message>
        <source>Jump to tenant or number</source>
        <translation>Aller à un locataire ou à un numéro</translation>
    </message>
    <message>
        <source>Copy numbers (E.164)</source>
        <translation>Copier les numéros (E.164)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Jump to tenant or number… (Ctrl+K)</source>
        <translation>Aller à un locataire ou à un numéro… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exporter le rapport de conformité</translation>
    </message>
    <message>
        <source>The tenant is not in the offline copy yet; sync first (F5).</source>
        <translation>Le locataire n&apos;est pas encore dans la copie hors ligne; synchronisez d&apos;abord (F5).</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV files (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Report saved to %1 (data as of the last sync, %2 old).</source>
        <translation>Rapport enregistré dans %1 (données de la dernière synchronisation, datant de %2).</translation>
    </message>
    <message>
        <source>Print &amp;Warning Labels…</source>
        <translation>Imprimer les étiquettes d&apos;&amp;avertissement…</translation>
    </message>
    <message>
        <source>Labels for phones stating the limits of emergency calling, as a PDF for Avery label sheets (Ctrl+P)</source>
        <translation>Étiquettes pour téléphones indiquant les limites des appels d&apos;urgence, en PDF pour planches d&apos;étiquettes Avery (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Network Map…</source>
        <translation>Carte du &amp;réseau…</translation>
    </message>
    <message>
        <source>The subnets, Wi-Fi access points and switches that tell Teams where a caller is (Ctrl+Shift+N)</source>
        <translation>Les sous-réseaux, points d&apos;accès Wi-Fi et commutateurs qui indiquent à Teams où se trouve la personne qui appelle (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;933 Test Calls…</source>
        <translation>Appels d&apos;essai au &amp;933…</translation>
    </message>
    <message>
        <source>Which places and numbers a 933 test call has proven, and record a new one (Ctrl+Shift+L)</source>
        <translation>Quels lieux et numéros un appel d&apos;essai au 933 a validés, et consigner un nouvel appel (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export &amp;Teams Script…</source>
        <translation>Exporter le script &amp;Teams…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s emergency configuration as a PowerShell script for Teams (Ctrl+Shift+P)</source>
        <translation>Enregistrer la configuration d&apos;urgence du locataire en script PowerShell pour Teams (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Writing row %1 of %2…</source>
        <translation>Écriture de la ligne %1 sur %2…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Export cancelled: no report was written.</source>
        <translation>Exportation annulée : aucun rapport n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages a second</source>
        <translation>%1 pages par seconde</translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 lignes par seconde</translation>
    </message>
    <message>
        <source>&amp;Emergency Calls…</source>
        <translation>Appels d’&amp;urgence…</translation>
    </message>
    <message>
        <source>Live 911 and 933 calls from Teams, with the location each one sent (Ctrl+Shift+Y)</source>
        <translation>Appels au 911 et au 933 en direct depuis Teams, avec l’emplacement transmis par chacun (Ctrl+Maj+Y)</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Teams…</source>
        <translation>Co&amp;mparer avec Teams…</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s Teams PowerShell exports and show what differs from Dispatchable (Ctrl+Shift+M)</source>
        <translation>Lire les exportations PowerShell Teams du locataire et montrer ce qui diffère de Dispatchable (Ctrl+Maj+M)</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>The managed settings in %1 could not be read. Until they can, Dispatchable connects to no backend and shows no map tiles.</source>
        <translation>Les paramètres gérés dans %1 n&apos;ont pas pu être lus. D&apos;ici là, Dispatchable ne se connecte à aucun serveur et n&apos;affiche aucune tuile de carte.</translation>
    </message>
    <message>
        <source>This entry allows no backend.</source>
        <translation>Cette entrée n&apos;autorise aucun serveur.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>La liste est vide.</translation>
    </message>
    <message>
        <source>No backend is allowed.</source>
        <translation>Aucun serveur n&apos;est autorisé.</translation>
    </message>
    <message>
        <source>This entry pins nothing, and certificates you trusted yourself are not used while your organisation pins certificates.</source>
        <translation>Cette entrée n&apos;épingle rien, et les certificats que vous avez approuvés vous-même ne sont pas utilisés tant que votre organisation épingle des certificats.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>« %1 » n&apos;est ni vrai (true) ni faux (false).</translation>
    </message>
    <message>
        <source>Kiosk mode stays on.</source>
        <translation>Le mode kiosque reste activé.</translation>
    </message>
    <message>
        <source>It is not text.</source>
        <translation>Ce n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>No PIN can leave kiosk mode.</source>
        <translation>Aucun NIP ne permet de quitter le mode kiosque.</translation>
    </message>
    <message>
        <source>The map shows no tiles.</source>
        <translation>La carte n&apos;affiche aucune tuile.</translation>
    </message>
    <message>
        <source>Dispatchable uses the system&apos;s language.</source>
        <translation>Dispatchable utilise la langue du système.</translation>
    </message>
    <message>
        <source>Dispatchable does not connect to anything until it is fixed, rather than bypass the proxy.</source>
        <translation>Dispatchable ne se connecte à rien tant que ce n&apos;est pas corrigé, plutôt que de contourner le serveur mandataire.</translation>
    </message>
    <message>
        <source>Dispatchable uses the system&apos;s colours.</source>
        <translation>Dispatchable utilise les couleurs du système.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s setting “%1” (%2) is not valid: %3 %4</source>
        <translation>Le paramètre « %1 » (%2) de votre organisation n&apos;est pas valide : %3 %4</translation>
    </message>
    <message>
        <source>Emergency call alerts sound but do not flash.</source>
        <translation>Les alertes d’appel d’urgence sonnent mais ne clignotent pas.</translation>
    </message>
</context>
<context>
    <name>ManagedSettingsReader</name>
    <message>
        <source>%1 sets “%2”, which Dispatchable does not know; it is ignored.</source>
        <translation>%1 définit « %2 », que Dispatchable ne connaît pas; il est ignoré.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 désigne %2, qui n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map preview</source>
        <translation>Aperçu de la carte</translation>
    </message>
    <message>
        <source>map tiles are turned off in the settings.</source>
        <translation>les tuiles de carte sont désactivées dans les paramètres.</translation>
    </message>
    <message>
        <source>Map tiles cannot be shown: %1</source>
        <translation>Les tuiles de carte ne peuvent pas être affichées : %1</translation>
    </message>
    <message>
        <source>The pin is %1 from the geocoded address. Make sure it marks the right building.</source>
        <translation>L&apos;épingle est à %1 de l&apos;adresse géocodée. Assurez-vous qu&apos;elle marque le bon bâtiment.</translation>
    </message>
    <message>
        <source>Map tiles could not be loaded: the tile server sent something that is not an image.</source>
        <translation>Les tuiles de carte n&apos;ont pas pu être chargées : le serveur de tuiles a envoyé autre chose qu&apos;une image.</translation>
    </message>
    <message>
        <source>No location yet: validate the address to place it.</source>
        <translation>Aucun emplacement pour l&apos;instant : validez l&apos;adresse pour la placer.</translation>
    </message>
    <message>
        <source>Pin: %1</source>
        <translation>Épingle : %1</translation>
    </message>
    <message>
        <source>Moved by hand, %1 from the geocode</source>
        <translation>Déplacée à la main, à %1 du géocodage</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Placée à la main</translation>
    </message>
    <message>
        <source>Postal code centre: the address is somewhere within about %1</source>
        <translation>Centre du code postal : l&apos;adresse se trouve quelque part dans un rayon d&apos;environ %1</translation>
    </message>
    <message>
        <source>Rooftop geocode</source>
        <translation>Géocodage au toit</translation>
    </message>
    <message>
        <source>Drag the pin or press Shift and the arrow keys to move it to the building.</source>
        <translation>Faites glisser l&apos;épingle ou appuyez sur Maj et les touches fléchées pour la déplacer sur le bâtiment.</translation>
    </message>
    <message>
        <source>The pin, the scale and the coordinates are still right.</source>
        <translation>L&apos;épingle, l&apos;échelle et les coordonnées restent exactes.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>Ma position</translation>
    </message>
    <message>
        <source>Show my location</source>
        <translation>Afficher ma position</translation>
    </message>
    <message>
        <source>This computer has no location service, so the map cannot show where you are.</source>
        <translation>Cet ordinateur n&apos;a aucun service de localisation; la carte ne peut donc pas afficher où vous êtes.</translation>
    </message>
    <message>
        <source>Centre the map on where this computer is</source>
        <translation>Centrer la carte sur la position de cet ordinateur</translation>
    </message>
    <message>
        <source>The system does not allow this application to know its location.</source>
        <translation>Le système ne permet pas à cette application de connaître sa position.</translation>
    </message>
    <message>
        <source>The location service is not available.</source>
        <translation>Le service de localisation n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No position arrived in time. Try again where the computer can be located.</source>
        <translation>Aucune position n&apos;est arrivée à temps. Réessayez à un endroit où l&apos;ordinateur peut être localisé.</translation>
    </message>
    <message>
        <source>%1 (blue): %2 from the pin</source>
        <translation>%1 (en bleu) : à %2 de l’épingle</translation>
    </message>
    <message>
        <source>%1 (blue)</source>
        <translation>%1 (en bleu)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>NetworkCsvImport</name>
    <message>
        <source>Kind &quot;%1&quot; is not one of subnet, wap, switch, port or trusted_ip.</source>
        <translation>Le type « %1 » n&apos;est pas l&apos;un de subnet, wap, switch, port ou trusted_ip.</translation>
    </message>
    <message>
        <source>No address: write the emergency address the place is at.</source>
        <translation>Aucune adresse : écrivez l&apos;adresse d&apos;urgence où se trouve le lieu.</translation>
    </message>
    <message>
        <source>No building, floor or room: a network element points at a place inside the address.</source>
        <translation>Aucun bâtiment, étage ni salle : un élément réseau désigne un lieu à l&apos;intérieur de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The row has no subnet, BSSID or chassis ID.</source>
        <translation>La ligne n&apos;a ni sous-réseau, ni BSSID, ni identifiant de châssis.</translation>
    </message>
    <message>
        <source>No LocationId: the row does not say which place it is in.</source>
        <translation>Aucun LocationId : la ligne n&apos;indique pas dans quel lieu se trouve l&apos;élément.</translation>
    </message>
    <message>
        <source>NetworkObjectType &quot;%1&quot; is not one of Subnet, WirelessAccessPoint, Switch or Port.</source>
        <translation>NetworkObjectType « %1 » n&apos;est pas l&apos;un de Subnet, WirelessAccessPoint, Switch ou Port.</translation>
    </message>
    <message>
        <source>A port&apos;s NetworkObjectIdentifier is the chassis ID and the port ID with &quot;;&quot; between them.</source>
        <translation>Le NetworkObjectIdentifier d&apos;un port est l&apos;identifiant de châssis et l&apos;identifiant de port séparés par « ; ».</translation>
    </message>
    <message>
        <source>No Address: write the street address the place is at.</source>
        <translation>Aucune Address : écrivez l&apos;adresse municipale où se trouve le lieu.</translation>
    </message>
    <message>
        <source>No Location: Dispatchable links network elements to a place (building, floor or room), never to the bare address.</source>
        <translation>Aucune Location : Dispatchable associe les éléments réseau à un lieu (bâtiment, étage ou salle), jamais à l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>%1 is already in row %2 of this file.</source>
        <translation>%1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line names no known columns. Use kind,identifier,port,address,building,floor,room,description; or a Teams export with Subnet, BSSID or ChassisID and LocationId; or the TeamsE911Automation columns with NetworkObjectType and NetworkObjectIdentifier.</source>
        <translation>La première ligne ne nomme aucune colonne connue. Utilisez kind,identifier,port,address,building,floor,room,description; ou une exportation de Teams avec Subnet, BSSID ou ChassisID et LocationId; ou les colonnes de TeamsE911Automation avec NetworkObjectType et NetworkObjectIdentifier.</translation>
    </message>
</context>
<context>
    <name>NetworkElementDialog</name>
    <message>
        <source>Add Network Element</source>
        <translation>Ajouter un élément réseau</translation>
    </message>
    <message>
        <source>Edit Network Element</source>
        <translation>Modifier l&apos;élément réseau</translation>
    </message>
    <message>
        <source>Teams finds a caller&apos;s place from the subnet, Wi-Fi access point, switch or switch port the call comes through. Trusted IPs are the public addresses your calls leave the network from.</source>
        <translation>Teams trouve le lieu de la personne qui appelle d&apos;après le sous-réseau, le point d&apos;accès Wi-Fi, le commutateur ou le port de commutateur par lequel passe l&apos;appel. Les adresses IP de confiance sont les adresses publiques par lesquelles vos appels quittent le réseau.</translation>
    </message>
    <message>
        <source>Kind of element</source>
        <translation>Type d&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The building, floor or room the element sits in</source>
        <translation>Le bâtiment, l&apos;étage ou la salle où se trouve l&apos;élément</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>10.10.10.0/24 or 2001:db8:1::/48</source>
        <translation>10.10.10.0/24 ou 2001:db8:1::/48</translation>
    </message>
    <message>
        <source>&amp;Subnet or IP:</source>
        <translation>&amp;Sous-réseau ou IP :</translation>
    </message>
    <message>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <source>AA-BB-CC-DD-EE-FF or AA-BB-CC-DD-EE-F*</source>
        <translation>AA-BB-CC-DD-EE-FF ou AA-BB-CC-DD-EE-F*</translation>
    </message>
    <message>
        <source>&amp;BSSID:</source>
        <translation>&amp;BSSID :</translation>
    </message>
    <message>
        <source>Chassis ID</source>
        <translation>Identifiant de châssis</translation>
    </message>
    <message>
        <source>The switch&apos;s MAC address or LLDP name</source>
        <translation>L&apos;adresse MAC du commutateur ou son nom LLDP</translation>
    </message>
    <message>
        <source>&amp;Chassis ID:</source>
        <translation>Identifiant de &amp;châssis :</translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation>Identifiant de port</translation>
    </message>
    <message>
        <source>Gi1/0/24</source>
        <translation>Gi1/0/24</translation>
    </message>
    <message>
        <source>P&amp;ort ID:</source>
        <translation>Identifiant de p&amp;ort :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What a person needs to find it</source>
        <translation>Ce qu&apos;il faut savoir pour le trouver</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Queue the change for the backend (Ctrl+S)</source>
        <translation>Mettre la modification en file d&apos;attente pour le serveur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Choose the place the element sits in.</source>
        <translation>Choisissez le lieu où se trouve l&apos;élément.</translation>
    </message>
    <message>
        <source>The description is longer than 200 characters.</source>
        <translation>La description dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The same network as %1 is already on the map.</source>
        <translation>Le même réseau que %1 est déjà sur la carte.</translation>
    </message>
    <message>
        <source>It lies inside %1, which is already on the map: the narrower subnet wins in Teams.</source>
        <translation>Il est compris dans %1, déjà sur la carte : dans Teams, le sous-réseau le plus étroit l&apos;emporte.</translation>
    </message>
    <message>
        <source>It contains %1, which is already on the map: the narrower subnet wins in Teams.</source>
        <translation>Il contient %1, déjà sur la carte : dans Teams, le sous-réseau le plus étroit l&apos;emporte.</translation>
    </message>
    <message>
        <source>%1 is covered by the wildcard %2; Teams refuses both together.</source>
        <translation>%1 est couvert par le caractère générique %2; Teams refuse les deux ensemble.</translation>
    </message>
    <message>
        <source>Network Element</source>
        <translation>Élément réseau</translation>
    </message>
    <message>
        <source>✖ The change could not be written to the outbox, so nothing was saved: %1</source>
        <translation>✖ La modification n&apos;a pas pu être inscrite dans la boîte d&apos;envoi; rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>NetworkIdentifier</name>
    <message>
        <source>The subnet is empty.</source>
        <translation>Le sous-réseau est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP subnet: write an IPv4 or IPv6 network such as 10.10.10.0/24 or 2001:db8:10::/48.</source>
        <translation>« %1 » n&apos;est pas un sous-réseau IP : écrivez un réseau IPv4 ou IPv6 comme 10.10.10.0/24 ou 2001:db8:10::/48.</translation>
    </message>
    <message>
        <source>The mask of &quot;%1&quot; must be a prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6.</source>
        <translation>Le masque de « %1 » doit être une longueur de préfixe : de 0 à 32 pour IPv4, de 0 à 128 pour IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a network interface (%): leave that part out.</source>
        <translation>« %1 » nomme une interface réseau (%) : retirez cette partie.</translation>
    </message>
    <message>
        <source>%1 has host bits set: it is saved as its network, %2.</source>
        <translation>%1 contient des bits d&apos;hôte : il est enregistré sous la forme de son réseau, %2.</translation>
    </message>
    <message>
        <source>%1 lies in %2, a private or reserved range.</source>
        <translation>%1 se trouve dans %2, une plage privée ou réservée.</translation>
    </message>
    <message>
        <source>%1 includes %2, a private or reserved range.</source>
        <translation>%1 comprend %2, une plage privée ou réservée.</translation>
    </message>
    <message>
        <source>A trusted IP is the public address your network reaches the Internet from.</source>
        <translation>Une adresse IP de confiance est l&apos;adresse publique par laquelle votre réseau accède à Internet.</translation>
    </message>
    <message>
        <source>The BSSID is empty.</source>
        <translation>Le BSSID est vide.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the &quot;*&quot; is misplaced: Teams accepts it only for the last one or two characters, as in 12-34-56-78-90-A* or 12-34-56-78-90-*.</source>
        <translation>Dans « %1 », le « * » est mal placé : Teams ne l&apos;accepte que pour le dernier ou les deux derniers caractères, comme dans 12-34-56-78-90-A* ou 12-34-56-78-90-*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BSSID: write six pairs of hex digits such as 12-34-56-78-90-AB, optionally ending in &quot;*&quot; for a range.</source>
        <translation>« %1 » n&apos;est pas un BSSID : écrivez six paires de chiffres hexadécimaux comme 12-34-56-78-90-AB, avec au besoin un « * » final pour une plage.</translation>
    </message>
    <message>
        <source>The chassis ID is empty: write the switch&apos;s MAC address or its name as it reports it over LLDP.</source>
        <translation>L&apos;identifiant de châssis est vide : écrivez l&apos;adresse MAC du commutateur ou le nom qu&apos;il annonce par LLDP.</translation>
    </message>
    <message numerus="yes">
        <source>The chassis ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>L&apos;identifiant de châssis compte %n caractère; 64 au plus sont acceptés.</numerusform>
            <numerusform>L&apos;identifiant de châssis compte %n caractères; 64 au plus sont acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port ID is empty: write the port&apos;s name as the switch reports it over LLDP, such as Gi1/0/24.</source>
        <translation>L&apos;identifiant de port est vide : écrivez le nom du port tel que le commutateur l&apos;annonce par LLDP, comme Gi1/0/24.</translation>
    </message>
    <message numerus="yes">
        <source>The port ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>L&apos;identifiant de port compte %n caractère; 64 au plus sont acceptés.</numerusform>
            <numerusform>L&apos;identifiant de port compte %n caractères; 64 au plus sont acceptés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkImportDialog</name>
    <message>
        <source>&amp;Apply Good Rows</source>
        <translation>&amp;Appliquer les lignes valides</translation>
    </message>
    <message>
        <source>Import Network Map from CSV</source>
        <translation>Importer la carte du réseau d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>Add subnets, Wi-Fi access points, switches, ports and trusted IPs from a CSV file: Teams&apos; own Get-CsOnlineLis… exports, or the simple form kind, identifier, port, address, building, floor, room, description. Every row is checked first; nothing is sent before you apply, and refused rows are left out.</source>
        <translation>Ajoutez des sous-réseaux, points d&apos;accès Wi-Fi, commutateurs, ports et adresses IP de confiance à partir d&apos;un fichier CSV : les exportations Get-CsOnlineLis… de Teams, ou la forme simple kind, identifier, port, address, building, floor, room, description. Chaque ligne est d&apos;abord vérifiée; rien n&apos;est envoyé avant que vous appliquiez, et les lignes refusées sont laissées de côté.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Afficher seulement les lignes avec des &amp;problèmes</translation>
    </message>
    <message>
        <source>What each row of the file does</source>
        <translation>Ce que fait chaque ligne du fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import Network Map</source>
        <translation>Importer la carte du réseau</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>To create: %1</source>
        <translation>À créer : %1</translation>
    </message>
    <message>
        <source>New places: %1</source>
        <translation>Nouveaux lieux : %1</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <translation>Déjà présents : %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorées : %1</translation>
    </message>
    <message>
        <source>✖ Refused: %1</source>
        <translation>✖ Refusées : %1</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ Aucun problème</translation>
    </message>
    <message>
        <source>Nothing was queued: the outbox could not be written: %1</source>
        <translation>Rien n&apos;a été mis en file d&apos;attente : la boîte d&apos;envoi n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) queued; they appear on the map after the next sync.</source>
        <translation>
            <numerusform>%n élément mis en file d&apos;attente; il apparaîtra sur la carte après la prochaine synchronisation.</numerusform>
            <numerusform>%n éléments mis en file d&apos;attente; ils apparaîtront sur la carte après la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) queued. %1</source>
        <translation>
            <numerusform>%n élément mis en file d&apos;attente. %1</numerusform>
            <numerusform>%n éléments mis en file d&apos;attente. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for their new place to be created; keep this window open until they are queued.</source>
        <translation>
            <numerusform>%n autre attend la création de son nouveau lieu; gardez cette fenêtre ouverte jusqu&apos;à sa mise en file d&apos;attente.</numerusform>
            <numerusform>%n autres attendent la création de leur nouveau lieu; gardez cette fenêtre ouverte jusqu&apos;à leur mise en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The elements of the new places could not be queued: %1. Import the same file again; what exists is left alone.</source>
        <translation>Les éléments des nouveaux lieux n&apos;ont pas pu être mis en file d&apos;attente : %1. Importez de nouveau le même fichier; ce qui existe n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Every good row is queued.</source>
        <translation>Toutes les lignes valides sont en file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still wait for their new place.</source>
        <translation>
            <numerusform>%n ligne attend encore son nouveau lieu.</numerusform>
            <numerusform>%n lignes attendent encore leur nouveau lieu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkImportPlan</name>
    <message>
        <source>Nothing to import: the row names no network element.</source>
        <translation>Rien à importer : la ligne ne nomme aucun élément réseau.</translation>
    </message>
    <message>
        <source>A trusted IP belongs to no place: the address, building, floor and room of this row are not used.</source>
        <translation>Une adresse IP de confiance n&apos;appartient à aucun lieu : l&apos;adresse, le bâtiment, l&apos;étage et la salle de cette ligne ne sont pas utilisés.</translation>
    </message>
    <message>
        <source>LocationId %1 is not a place in Dispatchable. Teams&apos; own location IDs are not known here: export the places from Dispatchable, or use the simple form with the address and building, floor and room.</source>
        <translation>LocationId %1 n&apos;est pas un lieu dans Dispatchable. Les identifiants d&apos;emplacement propres à Teams ne sont pas connus ici : exportez les lieux depuis Dispatchable, ou utilisez la forme simple avec l&apos;adresse et le bâtiment, l&apos;étage et la salle.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not in Dispatchable: add it under Emergency Addresses first, then import again.</source>
        <translation>L&apos;adresse « %1 » n&apos;est pas dans Dispatchable : ajoutez-la d&apos;abord sous Adresses d&apos;urgence, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>%1 is already in the network map%2: change it there, or leave this row out.</source>
        <translation>%1 figure déjà dans la carte du réseau%2 : modifiez-le là, ou laissez cette ligne de côté.</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (à %1)</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>ligne %1 de ce fichier</translation>
    </message>
    <message>
        <source>already in the network map</source>
        <translation>déjà dans la carte du réseau</translation>
    </message>
    <message>
        <source>%1 is inside the wildcard %2 (%3): Teams refuses a BSSID inside a wildcard range.</source>
        <translation>%1 est compris dans le caractère générique %2 (%3) : Teams refuse un BSSID compris dans une plage à caractère générique.</translation>
    </message>
    <message>
        <source>The wildcard %1 covers %2 (%3): Teams refuses a wildcard over an access point it already has.</source>
        <translation>Le caractère générique %1 couvre %2 (%3) : Teams refuse un caractère générique qui couvre un point d&apos;accès qu&apos;il a déjà.</translation>
    </message>
    <message>
        <source>%1 lies inside %2 (%3).</source>
        <translation>%1 est compris dans %2 (%3).</translation>
    </message>
    <message>
        <source>%1 contains %2 (%3).</source>
        <translation>%1 contient %2 (%3).</translation>
    </message>
    <message>
        <source>Already there, at %1.</source>
        <translation>Déjà présent, à %1.</translation>
    </message>
    <message>
        <source>Already there.</source>
        <translation>Déjà présent.</translation>
    </message>
    <message>
        <source>New place %1 at %2.</source>
        <translation>Nouveau lieu %1 à %2.</translation>
    </message>
    <message>
        <source>Trusted IP (no place).</source>
        <translation>Adresse IP de confiance (aucun lieu).</translation>
    </message>
</context>
<context>
    <name>NetworkImportPreviewModel</name>
    <message>
        <source>✚ Create</source>
        <translation>✚ Créer</translation>
    </message>
    <message>
        <source>= Already there</source>
        <translation>= Déjà présent</translation>
    </message>
    <message>
        <source>✚ Create with new place</source>
        <translation>✚ Créer avec un nouveau lieu</translation>
    </message>
    <message>
        <source>– Skip</source>
        <translation>– Ignorer</translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation>✖ Refusée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What applying does</source>
        <translation>Effet de l&apos;application</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Where, or why not</source>
        <translation>Où, ou pourquoi pas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>NetworkMapFlags</name>
    <message>
        <source>Its place no longer exists: link it to another place.</source>
        <translation>Son lieu n&apos;existe plus : associez-le à un autre lieu.</translation>
    </message>
    <message>
        <source>Its place&apos;s address no longer exists: move the place to another address.</source>
        <translation>L&apos;adresse de son lieu n&apos;existe plus : déplacez le lieu vers une autre adresse.</translation>
    </message>
    <message>
        <source>Its place&apos;s address is not validated yet: Teams cannot send a 911 call from here to that address until it is.</source>
        <translation>L&apos;adresse de son lieu n&apos;est pas encore validée : Teams ne peut pas acheminer un appel au 911 d&apos;ici vers cette adresse tant qu&apos;elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Its place&apos;s address failed validation: correct the address, or 911 calls from here will not carry a location.</source>
        <translation>La validation de l&apos;adresse de son lieu a échoué : corrigez l&apos;adresse, sinon les appels au 911 faits d&apos;ici ne transmettront aucun emplacement.</translation>
    </message>
</context>
<context>
    <name>NetworkMapSnapshot</name>
    <message>
        <source>Same network as %1</source>
        <translation>Même réseau que %1</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Compris dans %1</translation>
    </message>
    <message>
        <source>Contains %1</source>
        <translation>Contient %1</translation>
    </message>
    <message>
        <source>Covered by wildcard %1</source>
        <translation>Couvert par le caractère générique %1</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Couvre %1</translation>
    </message>
    <message>
        <source>(egress, no place)</source>
        <translation>(sortie, aucun lieu)</translation>
    </message>
    <message>
        <source>(place missing)</source>
        <translation>(lieu manquant)</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Wi-Fi access point</source>
        <translation>Point d&apos;accès Wi-Fi</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Commutateur</translation>
    </message>
    <message>
        <source>Switch port</source>
        <translation>Port de commutateur</translation>
    </message>
    <message>
        <source>Trusted IP</source>
        <translation>Adresse IP de confiance</translation>
    </message>
    <message>
        <source>Place missing</source>
        <translation>Lieu manquant</translation>
    </message>
    <message>
        <source>Address missing</source>
        <translation>Adresse manquante</translation>
    </message>
    <message>
        <source>Address not validated</source>
        <translation>Adresse non validée</translation>
    </message>
    <message>
        <source>Address invalid</source>
        <translation>Adresse non valide</translation>
    </message>
</context>
<context>
    <name>NetworkMapWindow</name>
    <message>
        <source>Network Map — %1</source>
        <translation>Carte du réseau — %1</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Lecture seule : vous êtes connecté en tant que vérificateur.</translation>
    </message>
    <message>
        <source>You can look at the network map and export it, not change it.</source>
        <translation>Vous pouvez consulter et exporter la carte du réseau, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Search identifier, description, place or address… (Ctrl+F)</source>
        <translation>Rechercher un identifiant, une description, un lieu ou une adresse… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the network map</source>
        <translation>Rechercher dans la carte du réseau</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Network map by address and place</source>
        <translation>Carte du réseau par adresse et par lieu</translation>
    </message>
    <message>
        <source>Network elements</source>
        <translation>Éléments réseau</translation>
    </message>
    <message>
        <source>By &amp;place</source>
        <translation>Par &amp;lieu</translation>
    </message>
    <message>
        <source>All &amp;elements</source>
        <translation>Tous les &amp;éléments</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>Views of the network map</source>
        <translation>Vues de la carte du réseau</translation>
    </message>
    <message>
        <source>&amp;Add Element…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <source>Add a network element</source>
        <translation>Ajouter un élément réseau</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected element</source>
        <translation>Modifier l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected element</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import network elements from a CSV file, with a dry run first</source>
        <translation>Importer des éléments réseau d&apos;un fichier CSV, avec d&apos;abord une simulation</translation>
    </message>
    <message>
        <source>Export &amp;Teams Script…</source>
        <translation>Exporter le script &amp;Teams…</translation>
    </message>
    <message>
        <source>Save a PowerShell script that sets up this map in Teams</source>
        <translation>Enregistrer un script PowerShell qui configure cette carte dans Teams</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Elements: %1</source>
        <translation>Éléments : %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Affichés : %1 sur %2</translation>
    </message>
    <message>
        <source>✖ Flagged: %1</source>
        <translation>✖ Signalés : %1</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <source>Delete Network Element</source>
        <translation>Supprimer l&apos;élément réseau</translation>
    </message>
    <message>
        <source>Delete %1 %2?</source>
        <translation>Supprimer %1 %2?</translation>
    </message>
    <message>
        <source>Calls through it will no longer carry the place&apos;s address; Teams falls back to the user&apos;s registered address.</source>
        <translation>Les appels qui y passent ne transmettront plus l&apos;adresse du lieu; Teams se rabattra sur l&apos;adresse inscrite de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>The deletion could not be written to the outbox: %1</source>
        <translation>La suppression n&apos;a pas pu être inscrite dans la boîte d&apos;envoi : %1</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>NetworkTreeModel</name>
    <message>
        <source>✔ Validated</source>
        <translation>✔ Validée</translation>
    </message>
    <message>
        <source>✖ Failed validation</source>
        <translation>✖ Validation échouée</translation>
    </message>
    <message>
        <source>⚠ Not validated</source>
        <translation>⚠ Non validée</translation>
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
        <translation>Lieux dont l&apos;adresse n&apos;existe plus</translation>
    </message>
    <message>
        <source>Move these places to an existing address.</source>
        <translation>Déplacez ces lieux vers une adresse existante.</translation>
    </message>
    <message>
        <source>Elements whose place is gone</source>
        <translation>Éléments dont le lieu n&apos;existe plus</translation>
    </message>
    <message>
        <source>Link these elements to an existing place.</source>
        <translation>Associez ces éléments à un lieu existant.</translation>
    </message>
    <message>
        <source>Trusted IPs</source>
        <translation>Adresses IP de confiance</translation>
    </message>
    <message>
        <source>The public addresses your calls leave the network from: Teams uses dynamic emergency calling only for calls from these.</source>
        <translation>Les adresses publiques par lesquelles vos appels quittent le réseau : Teams n&apos;utilise les appels d&apos;urgence dynamiques que pour les appels qui en proviennent.</translation>
    </message>
    <message>
        <source>Address, place and element</source>
        <translation>Adresse, lieu et élément</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>⚠ Teams sent it with another address</source>
        <translation>⚠ Teams l’a envoyé avec une autre adresse</translation>
    </message>
</context>
<context>
    <name>NonCompliance</name>
    <message>
        <source>Registration failed: basic 911 only</source>
        <translation>Inscription échouée : 911 de base seulement</translation>
    </message>
    <message>
        <source>Stuck at the 911 provider</source>
        <translation>Bloqué chez le fournisseur 911</translation>
    </message>
    <message>
        <source>In use with basic 911 only</source>
        <translation>Utilisé avec le 911 de base seulement</translation>
    </message>
    <message>
        <source>Address not validated</source>
        <translation>Adresse non validée</translation>
    </message>
    <message>
        <source>No floor, room or unit</source>
        <translation>Aucun étage, salle ni unité</translation>
    </message>
    <message>
        <source>Teams sent another location</source>
        <translation>Teams a envoyé un autre emplacement</translation>
    </message>
    <message>
        <source>Teams gives another location</source>
        <translation>Teams lui donne un autre emplacement</translation>
    </message>
</context>
<context>
    <name>NumberCsvImport</name>
    <message>
        <source>house number</source>
        <translation>numéro civique</translation>
    </message>
    <message>
        <source>street name</source>
        <translation>nom de la rue</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>code ZIP</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>Enable reads &quot;%1&quot;: write yes or no.</source>
        <translation>La colonne Enable indique « %1 » : écrivez yes ou no.</translation>
    </message>
    <message>
        <source>No number.</source>
        <translation>Aucun numéro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 is not a number of this tenant.</source>
        <translation>%1 n&apos;est pas un numéro de ce locataire.</translation>
    </message>
    <message>
        <source>%1 is already in row %2.</source>
        <translation>%1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>No emergency address: enabling needs one.</source>
        <translation>Aucune adresse d&apos;urgence : l&apos;activation en exige une.</translation>
    </message>
    <message>
        <source>The address has no %1.</source>
        <translation>L&apos;adresse n&apos;a pas de %1.</translation>
    </message>
    <message>
        <source>The address is in %1: E911 here needs a US address.</source>
        <translation>L&apos;adresse est en %1 : le E911 exige ici une adresse américaine.</translation>
    </message>
    <message>
        <source>State &quot;%1&quot; is not a two-letter code.</source>
        <translation>L&apos;État « %1 » n&apos;est pas un code de deux lettres.</translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; is not 12345 or 12345-6789.</source>
        <translation>Le code ZIP « %1 » n&apos;est pas de la forme 12345 ou 12345-6789.</translation>
    </message>
</context>
<context>
    <name>NumberDetailPane</name>
    <message>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <source>Limitations… (F1)</source>
        <translation>Limites… (F1)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Choose a number in the table to see its emergency address, its registration with the 911 provider and its 933 test.</source>
        <translation>Choisissez un numéro dans le tableau pour voir son adresse d&apos;urgence, son inscription auprès du fournisseur 911 et son appel d&apos;essai au 933.</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Appels d&apos;urgence</translation>
    </message>
    <message>
        <source>Retry the registration</source>
        <translation>Réessayer l&apos;inscription</translation>
    </message>
    <message>
        <source>Sends the registration with the 911 provider again, at the same emergency address</source>
        <translation>Renvoie l&apos;inscription au fournisseur 911, à la même adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Open the Limitations page</source>
        <translation>Ouvrir la page des limites</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not assigned · %1</source>
        <translation>Non attribué · %1</translation>
    </message>
    <message>
        <source>○ No emergency address</source>
        <translation>○ Aucune adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>✓ Address validated</source>
        <translation>✓ Adresse validée</translation>
    </message>
    <message>
        <source>✖ Address not valid</source>
        <translation>✖ Adresse non valide</translation>
    </message>
    <message>
        <source>○ Address not validated yet</source>
        <translation>○ Adresse pas encore validée</translation>
    </message>
    <message>
        <source>○ Not registered with the 911 provider (basic 911)</source>
        <translation>○ Non inscrit auprès du fournisseur 911 (911 de base)</translation>
    </message>
    <message>
        <source>◐ Waiting for the 911 provider to accept it</source>
        <translation>◐ En attente de l&apos;acceptation du fournisseur 911</translation>
    </message>
    <message>
        <source>● Accepted by the 911 provider</source>
        <translation>● Accepté par le fournisseur 911</translation>
    </message>
    <message>
        <source>✖ Refused by the 911 provider</source>
        <translation>✖ Refusé par le fournisseur 911</translation>
    </message>
    <message>
        <source>◑ Turning off at the 911 provider</source>
        <translation>◑ Désactivation en cours chez le fournisseur 911</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>✓ 933 test call on %1</source>
        <translation>✓ Appel d&apos;essai au 933 le %1</translation>
    </message>
    <message>
        <source>○ 933 test: not tested</source>
        <translation>○ Essai au 933 : non testé</translation>
    </message>
    <message>
        <source>⚠ Basic 911 only: the caller must say where they are.</source>
        <translation>⚠ 911 de base seulement : la personne qui appelle doit dire où elle se trouve.</translation>
    </message>
    <message>
        <source>⚠ Common-area phone: people who need 911 at all times should not rely on Teams alone; no power or network means no call.</source>
        <translation>⚠ Téléphone d&apos;aire commune : qui a besoin du 911 en tout temps ne devrait pas compter sur Teams seul; sans courant ni réseau, aucun appel n&apos;est possible.</translation>
    </message>
    <message>
        <source>⚠ Nomadic use: a call from somewhere other than the registered address will likely reach the wrong 911 centre.</source>
        <translation>⚠ Usage nomade : un appel fait ailleurs qu&apos;à l&apos;adresse inscrite aboutira probablement au mauvais centre 911.</translation>
    </message>
    <message>
        <source>Retry queued: it goes out with the outbox.</source>
        <translation>Nouvel essai en file d&apos;attente : il partira avec la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>No emergency address to retry with: use Register With 911 (Ctrl+E) to choose one.</source>
        <translation>Aucune adresse d&apos;urgence pour réessayer : utilisez Inscrire au 911 (Ctrl+E) pour en choisir une.</translation>
    </message>
    <message>
        <source>Retry registers it again at the same address; a retry is not billed again.</source>
        <translation>Réessayer l&apos;inscrit de nouveau à la même adresse; un nouvel essai n&apos;est pas facturé une seconde fois.</translation>
    </message>
    <message>
        <source>⚠ Teams sent another location</source>
        <translation>⚠ Teams a envoyé un autre emplacement</translation>
    </message>
    <message>
        <source>Check the Teams network map and the registration: the next emergency call from this number may reach the wrong 911 centre.</source>
        <translation>Vérifiez la carte réseau de Teams et l&apos;enregistrement : le prochain appel d&apos;urgence de ce numéro pourrait aboutir au mauvais centre 911.</translation>
    </message>
    <message>
        <source>⚠ Teams gives another location</source>
        <translation>⚠ Teams lui donne un autre emplacement</translation>
    </message>
    <message>
        <source>Point the number at a location of its registered address in Teams (Compare With Teams… writes the command), or register it where Teams locates it.</source>
        <translation>Dans Teams, associez le numéro à un emplacement de son adresse inscrite (Comparer avec Teams… écrit la commande), ou inscrivez-le là où Teams le situe.</translation>
    </message>
    <message>
        <source>From the Teams export read on %1.</source>
        <translation>Selon l&apos;exportation Teams lue le %1.</translation>
    </message>
</context>
<context>
    <name>NumberImportDialog</name>
    <message>
        <source>Import Numbers — %1</source>
        <translation>Importer des numéros — %1</translation>
    </message>
    <message>
        <source>Register many numbers at their emergency addresses from a CSV file. Every row is checked first; nothing is sent before you confirm the fee on the next page.</source>
        <translation>Inscrivez de nombreux numéros à leur adresse d&apos;urgence à partir d&apos;un fichier CSV. Chaque ligne est d&apos;abord vérifiée; rien n&apos;est envoyé avant que vous confirmiez les frais à la page suivante.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>The first row names the &amp;columns</source>
        <translation>La première ligne nomme les &amp;colonnes</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Afficher seulement les lignes avec des &amp;problèmes</translation>
    </message>
    <message>
        <source>What each row of the file does</source>
        <translation>Ce que fait chaque ligne du fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Review Fee and Apply…</source>
        <translation>&amp;Vérifier les frais et appliquer…</translation>
    </message>
    <message>
        <source>Read the &amp;Limitations…</source>
        <translation>Lire les &amp;limites…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Addresses of the import and where each stands</source>
        <translation>Adresses de l&apos;importation et l&apos;état de chacune</translation>
    </message>
    <message>
        <source>If Dispatchable closes before every new address is validated, import the same file again: addresses that exist by then are reused and numbers already registered there are left as they are.</source>
        <translation>Si Dispatchable se ferme avant que chaque nouvelle adresse soit validée, importez de nouveau le même fichier : les adresses qui existent déjà sont réutilisées et les numéros déjà inscrits y restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import Numbers from CSV</source>
        <translation>Importer des numéros d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>%1 is not a valid CSV file: line %2: %3</source>
        <translation>%1 n&apos;est pas un fichier CSV valide : ligne %2 : %3</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>to register: %1 · to move: %2 · already there: %3 · skipped: %4 · with problems: %5 · new addresses: %6</source>
        <translation>à inscrire : %1 · à déplacer : %2 · déjà présents : %3 · ignorés : %4 · avec problèmes : %5 · nouvelles adresses : %6</translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers with 911 at %1 per number per month: %2 a month more.</source>
        <translation>
            <numerusform>Inscrire %Ln numéro au 911 à %1 par numéro par mois : %2 de plus par mois.</numerusform>
            <numerusform>Inscrire %Ln numéros au 911 à %1 par numéro par mois : %2 de plus par mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price list has not been synced yet, so the fee cannot be shown. Sync (F5), then try again.</source>
        <translation>La liste de prix n&apos;a pas encore été synchronisée; les frais ne peuvent donc pas être affichés. Synchronisez (F5), puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln registered numbers to the address in the file; their fee does not change.</source>
        <translation>
            <numerusform>Déplacer %Ln numéro inscrit vers l&apos;adresse du fichier; ses frais ne changent pas.</numerusform>
            <numerusform>Déplacer %Ln numéros inscrits vers l&apos;adresse du fichier; leurs frais ne changent pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new addresses are created and validated first; numbers whose address fails validation are not registered.</source>
        <translation>
            <numerusform>%Ln nouvelle adresse est d&apos;abord créée et validée; les numéros dont l&apos;adresse échoue à la validation ne sont pas inscrits.</numerusform>
            <numerusform>%Ln nouvelles adresses sont d&apos;abord créées et validées; les numéros dont l&apos;adresse échoue à la validation ne sont pas inscrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems are left out.</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes est laissée de côté.</numerusform>
            <numerusform>%Ln lignes avec des problèmes sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read the limitations of emergency calling and acknowledge them for %1</source>
        <translation>J&apos;ai lu les limites des appels d&apos;urgence et j&apos;en prends acte pour %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Inscrire %Ln numéro</numerusform>
            <numerusform>&amp;Inscrire %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved; nothing was sent: %1</source>
        <translation>La prise d&apos;acte n&apos;a pas pu être enregistrée; rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The import could not be saved; nothing was sent: %1</source>
        <translation>L&apos;importation n&apos;a pas pu être enregistrée; rien n&apos;a été envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <source>◐ %1 — being created and validated; %Ln numbers wait for it</source>
        <translation>
            <numerusform>◐ %1 — création et validation en cours; %Ln numéro l&apos;attend</numerusform>
            <numerusform>◐ %1 — création et validation en cours; %Ln numéros l&apos;attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 — %Ln numbers queued</source>
        <translation>
            <numerusform>✔ %1 — %Ln numéro en file d&apos;attente</numerusform>
            <numerusform>✔ %1 — %Ln numéros en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 — %Ln numbers not registered: %2</source>
        <translation>
            <numerusform>✖ %1 — %Ln numéro non inscrit : %2</numerusform>
            <numerusform>✖ %1 — %Ln numéros non inscrits : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the backend to validate %Ln new addresses…</source>
        <translation>
            <numerusform>En attente de la validation de %Ln nouvelle adresse par le serveur…</numerusform>
            <numerusform>En attente de la validation de %Ln nouvelles adresses par le serveur…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln addresses queued, %1 refused. The outbox sends the registrations; their progress and results follow.</source>
        <translation>
            <numerusform>Terminé : %Ln adresse en file d&apos;attente, %1 refusées. La boîte d&apos;envoi transmet les inscriptions; leur progression et leurs résultats suivront.</numerusform>
            <numerusform>Terminé : %Ln adresses en file d&apos;attente, %1 refusées. La boîte d&apos;envoi transmet les inscriptions; leur progression et leurs résultats suivront.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberImportPlan</name>
    <message>
        <source>Not changed: the row does not ask for E911. Turning E911 off is done with Turn off, which asks for a reason.</source>
        <translation>Inchangé : la ligne ne demande pas le E911. La désactivation du E911 se fait avec Désactiver, qui demande un motif.</translation>
    </message>
    <message>
        <source>The number is no longer in this tenant.</source>
        <translation>Le numéro n&apos;appartient plus à ce locataire.</translation>
    </message>
    <message>
        <source>The tenant already has this address, but it cannot carry E911 (%1). Correct it under Emergency Addresses, then import again.</source>
        <translation>Le locataire a déjà cette adresse, mais elle ne peut pas porter le E911 (%1). Corrigez-la sous Adresses d&apos;urgence, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Already registered at %1.</source>
        <translation>Déjà inscrit à %1.</translation>
    </message>
    <message>
        <source>%1 (new address, validated before registering)</source>
        <translation>%1 (nouvelle adresse, validée avant l&apos;inscription)</translation>
    </message>
</context>
<context>
    <name>NumberImportRunner</name>
    <message>
        <source>None of the numbers is in this tenant any more.</source>
        <translation>Aucun des numéros n&apos;appartient encore à ce locataire.</translation>
    </message>
    <message>
        <source>The backend did not create the address: %1</source>
        <translation>Le serveur n&apos;a pas créé l&apos;adresse : %1</translation>
    </message>
    <message>
        <source>The backend&apos;s answer for the new address could not be read.</source>
        <translation>La réponse du serveur pour la nouvelle adresse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The registrations could not be saved: %1</source>
        <translation>Les inscriptions n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>NumberTablePane</name>
    <message>
        <source>Filter by E911 state</source>
        <translation>Filtrer par état E911</translation>
    </message>
    <message>
        <source>Filter by usage</source>
        <translation>Filtrer par usage</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Limitations acknowledgement</source>
        <translation>Prise d&apos;acte des limites</translation>
    </message>
    <message>
        <source>Shows only these numbers; click again for all.</source>
        <translation>Affiche seulement ces numéros; cliquez de nouveau pour tous les voir.</translation>
    </message>
    <message>
        <source>Filter numbers by number or user</source>
        <translation>Filtrer les numéros par numéro ou par utilisateur</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Any usage</source>
        <translation>Tout usage</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln numbers</source>
        <translation>
            <numerusform>%1 · %2 · %Ln numéro</numerusform>
            <numerusform>%1 · %2 · %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>No tenant selected</source>
        <translation>Aucun locataire sélectionné</translation>
    </message>
    <message>
        <source>● %1 registered</source>
        <translation>● %1 inscrits</translation>
    </message>
    <message>
        <source>◐ %1 pending</source>
        <translation>◐ %1 en attente</translation>
    </message>
    <message>
        <source>✖ %1 failed</source>
        <translation>✖ %1 en échec</translation>
    </message>
    <message>
        <source>○ %1 basic only</source>
        <translation>○ %1 au 911 de base seulement</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Afficher seulement : %1</translation>
    </message>
    <message>
        <source>Choose a tenant on the left to see its numbers.</source>
        <translation>Choisissez un locataire à gauche pour voir ses numéros.</translation>
    </message>
    <message numerus="yes">
        <source>No number matches these filters. Change the filter text or clear the filters to see all %Ln numbers.</source>
        <translation>
            <numerusform>Aucun numéro ne correspond à ces filtres. Changez le texte du filtre ou effacez les filtres pour voir le %Ln numéro.</numerusform>
            <numerusform>Aucun numéro ne correspond à ces filtres. Changez le texte du filtre ou effacez les filtres pour voir les %Ln numéros.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tenant has no numbers yet. They appear here after the next sync (F5) once the carrier assigned them.</source>
        <translation>Ce locataire n&apos;a encore aucun numéro. Ils apparaîtront ici après la prochaine synchronisation (F5), une fois attribués par le fournisseur.</translation>
    </message>
    <message>
        <source>Reading this tenant&apos;s numbers from the offline copy…</source>
        <translation>Lecture des numéros de ce locataire dans la copie hors ligne…</translation>
    </message>
    <message>
        <source>Filter by number, user or address… (Ctrl+F)</source>
        <translation>Filtrer par numéro, utilisateur ou adresse… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not open the outbox in %1: %2</source>
        <translation>Impossible d&apos;ouvrir la boîte d&apos;envoi dans %1 : %2</translation>
    </message>
    <message>
        <source>Could not prepare the outbox in %1: %2</source>
        <translation>Impossible de préparer la boîte d&apos;envoi dans %1 : %2</translation>
    </message>
    <message>
        <source>Could not upgrade the outbox: %1</source>
        <translation>Impossible de mettre à niveau la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of Dispatchable (schema %1). Update the app to send the changes it holds.</source>
        <translation>La boîte d&apos;envoi a été écrite par une version plus récente de Dispatchable (schéma %1). Mettez l&apos;application à jour pour envoyer les modifications qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Could not upgrade the outbox to schema %1: %2</source>
        <translation>Impossible de mettre à niveau la boîte d&apos;envoi vers le schéma %1 : %2</translation>
    </message>
    <message>
        <source>The outbox is not open for writing.</source>
        <translation>La boîte d&apos;envoi n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Impossible d&apos;enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>Could not make the outbox in %1 private to this account.</source>
        <translation>Impossible de rendre la boîte d’envoi de %1 privée pour ce compte.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No answer from the server.</source>
        <translation>Aucune réponse du serveur.</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation>Cette modification n&apos;attend plus de décision.</translation>
    </message>
    <message>
        <source>The server&apos;s version has no ETag; reload it and make the change again.</source>
        <translation>La version du serveur n&apos;a pas d&apos;ETag; rechargez-la et refaites la modification.</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>La décision n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back to basic 911</source>
        <translation>
            <numerusform>%n numéro revenu au 911 de base</numerusform>
            <numerusform>%n numéros revenus au 911 de base</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered, %2 failed</source>
        <translation>%1 inscrits, %2 en échec</translation>
    </message>
</context>
<context>
    <name>PinnedCertificates</name>
    <message>
        <source>“%1”: write the backend&apos;s address, a space, then the SHA-256 fingerprint.</source>
        <translation>« %1 » : écrivez l&apos;adresse du serveur, une espace, puis l&apos;empreinte SHA-256.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: the fingerprint must be a SHA-256 fingerprint, 64 hexadecimal digits (colons and spaces between pairs are allowed).</source>
        <translation>« %1 » : l&apos;empreinte doit être une empreinte SHA-256 de 64 chiffres hexadécimaux (les deux-points et les espaces entre les paires sont permis).</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <source>Places at this address</source>
        <translation>Lieux à cette adresse</translation>
    </message>
    <message>
        <source>Add &amp;Place…</source>
        <translation>Ajouter un &amp;lieu…</translation>
    </message>
    <message>
        <source>Edit Pla&amp;ce…</source>
        <translation>&amp;Modifier le lieu…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Place…</source>
        <translation>&amp;Retirer le lieu…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n network element(s))</source>
        <translation>
            <numerusform>%1 (%n élément réseau)</numerusform>
            <numerusform>%1 (%n éléments réseau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the address first; then add its buildings, floors and rooms here.</source>
        <translation>Enregistrez d&apos;abord l&apos;adresse; ajoutez ensuite ici ses bâtiments, étages et salles.</translation>
    </message>
    <message>
        <source>Each building, floor or room is a dispatchable location of its own that network elements point at. Changes to places are queued as soon as you save them, apart from the address.</source>
        <translation>Chaque bâtiment, étage ou salle est un emplacement précis en soi, que désignent les éléments réseau. Les modifications des lieux sont mises en file d&apos;attente dès que vous les enregistrez, indépendamment de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Add Place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>Edit Place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Building 2</source>
        <translation>Bâtiment 2</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Étage :</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Floor 3</source>
        <translation>Étage 3</translation>
    </message>
    <message>
        <source>&amp;Room or wing:</source>
        <translation>&amp;Salle ou aile :</translation>
    </message>
    <message>
        <source>Room or wing</source>
        <translation>Salle ou aile</translation>
    </message>
    <message>
        <source>Room 301</source>
        <translation>Salle 301</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Where a responder finds it</source>
        <translation>Où les secours le trouvent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save Place</source>
        <translation>&amp;Enregistrer le lieu</translation>
    </message>
    <message>
        <source>✖ Fill in at least one of building, floor and room.</source>
        <translation>✖ Remplissez au moins un des champs bâtiment, étage ou salle.</translation>
    </message>
    <message>
        <source>✖ The place could not be written to the outbox: %1</source>
        <translation>✖ Le lieu n&apos;a pas pu être inscrit dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Remove Place</source>
        <translation>Retirer le lieu</translation>
    </message>
    <message numerus="yes">
        <source>%n network element(s) point at %1. Move or delete them in the network map first.</source>
        <translation>
            <numerusform>%n élément réseau désigne %1. Déplacez-le ou supprimez-le d&apos;abord dans la carte du réseau.</numerusform>
            <numerusform>%n éléments réseau désignent %1. Déplacez-les ou supprimez-les d&apos;abord dans la carte du réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this address?</source>
        <translation>Retirer %1 de cette adresse?</translation>
    </message>
    <message>
        <source>Its 933 test calls stay on record.</source>
        <translation>Ses appels d&apos;essai au 933 restent au dossier.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>The removal could not be written to the outbox: %1</source>
        <translation>Le retrait n&apos;a pas pu être inscrit dans la boîte d&apos;envoi : %1</translation>
    </message>
</context>
<context>
    <name>PrivateDirectory</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private to this account.</source>
        <translation>Impossible de rendre le dossier %1 privé pour ce compte.</translation>
    </message>
</context>
<context>
    <name>ProblemNote</name>
    <message>
        <source>Problem with a setting</source>
        <translation>Problème avec un paramètre</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>“%1” is not a proxy setting. Use none, system, or http://host:port.</source>
        <translation>« %1 » n&apos;est pas un paramètre de serveur mandataire. Utilisez none, system ou http://hôte:port.</translation>
    </message>
    <message>
        <source>The proxy setting must not contain a user name or password.</source>
        <translation>Le paramètre de serveur mandataire ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>“%1” names no port. Add it, for example http://proxy.example.com:3128.</source>
        <translation>« %1 » n&apos;indique aucun port. Ajoutez-le, par exemple http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>“%1”: a proxy is only a host and a port, with nothing after them.</source>
        <translation>« %1 » : un serveur mandataire ne comporte qu&apos;un hôte et un port, sans rien après.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the compliance report of %1 to %2 (%n non-compliant number(s)).</source>
        <translation>
            <numerusform>Rapport de conformité de %1 écrit dans %2 (%n numéro non conforme).</numerusform>
            <numerusform>Rapport de conformité de %1 écrit dans %2 (%n numéros non conformes).</numerusform>
        </translation>
    </message>
    <message>
        <source>dispatchable report: </source>
        <translation>dispatchable report : </translation>
    </message>
    <message>
        <source>The sync took too long.</source>
        <translation>La synchronisation a pris trop de temps.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>La commande de rapport.</translation>
    </message>
    <message>
        <source>The tenant&apos;s id.</source>
        <translation>L&apos;identifiant du locataire.</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf ou csv.</translation>
    </message>
    <message>
        <source>The file to write. CSV also writes NAME.summary.csv beside it.</source>
        <translation>Le fichier à écrire. En CSV, NOM.summary.csv est aussi écrit à côté.</translation>
    </message>
    <message>
        <source>The saved connection to use (its id or name); needed when there are several.</source>
        <translation>La connexion enregistrée à utiliser (son identifiant ou son nom); nécessaire s&apos;il y en a plusieurs.</translation>
    </message>
    <message>
        <source>Print the tenants&apos; ids and names, then stop.</source>
        <translation>Afficher les identifiants et les noms des locataires, puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Start the built-in demo backend and report from it.</source>
        <translation>Démarrer le serveur de démonstration intégré et en tirer le rapport.</translation>
    </message>
    <message>
        <source>Sign in to the demo as staff, admin or auditor.</source>
        <translation>Se connecter à la démonstration en tant que staff (personnel), admin ou auditor (vérificateur).</translation>
    </message>
    <message>
        <source>Extra arguments for the demo backend.</source>
        <translation>Arguments supplémentaires pour le serveur de démonstration.</translation>
    </message>
    <message>
        <source>No saved connection. Start Dispatchable and add a connection to your backend first, or use --demo.</source>
        <translation>Aucune connexion enregistrée. Démarrez Dispatchable et ajoutez d&apos;abord une connexion à votre serveur, ou utilisez --demo.</translation>
    </message>
    <message>
        <source>There are several saved connections; choose one with --profile: %1.</source>
        <translation>Il y a plusieurs connexions enregistrées; choisissez-en une avec --profile : %1.</translation>
    </message>
    <message>
        <source>No saved connection is called %2. Saved: %1.</source>
        <translation>Aucune connexion enregistrée ne s&apos;appelle %2. Enregistrées : %1.</translation>
    </message>
    <message>
        <source>--tenant, --format and --out are needed. See --help.</source>
        <translation>--tenant, --format et --out sont requis. Voyez --help.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;.</source>
        <translation>--format doit être pdf ou csv, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The demo backend could not start: %1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Start Dispatchable and sign in (or save an API token) first.</source>
        <translation>Vous n&apos;êtes pas connecté à %1. Démarrez Dispatchable et connectez-vous (ou enregistrez un jeton d&apos;API) d&apos;abord.</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be read: %1</source>
        <translation>La connexion enregistrée ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The backend refused the saved sign-in: %1 Sign in again in Dispatchable.</source>
        <translation>Le serveur a refusé la connexion enregistrée : %1 Reconnectez-vous dans Dispatchable.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la copie hors ligne %1 : %2</translation>
    </message>
    <message>
        <source>The backend could not be reached (%1) and nothing was synced before, so there is no data to report on.</source>
        <translation>Le serveur était injoignable (%1) et rien n&apos;avait été synchronisé auparavant; il n&apos;y a donc aucune donnée pour le rapport.</translation>
    </message>
    <message>
        <source>No tenant %1 is known to this connection. --list-tenants shows them.</source>
        <translation>Aucun locataire %1 n&apos;est connu de cette connexion. --list-tenants les affiche.</translation>
    </message>
    <message>
        <source>dispatchable report: warning: the backend could not be reached (%1). The report was written from the offline cache, last synced %2 (%3 ago).</source>
        <translation>dispatchable report : avertissement : le serveur était injoignable (%1). Le rapport a été écrit à partir de la copie hors ligne, synchronisée pour la dernière fois le %2 (il y a %3).</translation>
    </message>
    <message>
        <source>Writes a tenant&apos;s 911 compliance report as PDF or CSV.
Exit codes: 0 written; 3 written from the offline cache because the backend could not be reached; 1 failed; 2 bad arguments; 4 unknown tenant; 5 output not writable; 6 no connection profile; 7 no keychain; 8 not signed in; 9 no data; 10 cancelled (Ctrl+C while writing: no file is left).</source>
        <translation>Écrit le rapport de conformité 911 d&apos;un locataire en PDF ou en CSV.
Codes de sortie : 0 écrit; 3 écrit à partir de la copie hors ligne parce que le serveur était injoignable; 1 échec; 2 arguments erronés; 4 locataire inconnu; 5 sortie non inscriptible; 6 aucun profil de connexion; 7 aucun trousseau; 8 non connecté; 9 aucune donnée; 10 annulé (Ctrl+C pendant l&apos;écriture : aucun fichier n&apos;est laissé).</translation>
    </message>
    <message>
        <source>Print progress lines to standard error even when it is not a terminal.</source>
        <translation>Affiche des lignes de progression sur la sortie d’erreur standard même si ce n’est pas un terminal.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Writing %1 %2 of %3…</source>
        <translation>Écriture : %1 %2 sur %3…</translation>
    </message>
    <message>
        <source>Cancelled before the report was written: nothing was written.</source>
        <translation>Annulé avant l’écriture du rapport : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Syncing with the backend…</source>
        <translation>Synchronisation avec le serveur…</translation>
    </message>
</context>
<context>
    <name>SettingKey</name>
    <message>
        <source>Allowed backend addresses</source>
        <translation>Adresses de serveur autorisées</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificats épinglés</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>NIP du kiosque</translation>
    </message>
    <message>
        <source>Map tile server</source>
        <translation>Serveur de tuiles de carte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Serveur mandataire</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Emergency call alerts</source>
        <translation>Alertes d’appel d’urgence</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Backend connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Allowed backends</source>
        <translation>Serveurs autorisés</translation>
    </message>
    <message>
        <source>Allowed backends:</source>
        <translation>Serveurs autorisés :</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificats épinglés</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>Certificats épinglés :</translation>
    </message>
    <message>
        <source>Kiosk mode at start:</source>
        <translation>Mode kiosque au démarrage :</translation>
    </message>
    <message>
        <source>PIN to leave kiosk mode:</source>
        <translation>NIP pour quitter le mode kiosque :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies the next time Dispatchable starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Dispatchable.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Map tile server address</source>
        <translation>Adresse du serveur de tuiles de carte</translation>
    </message>
    <message>
        <source>A web address with {z}, {x} and {y}. Leave it empty to show no map tiles.</source>
        <translation>Une adresse Web avec {z}, {x} et {y}. Laissez-la vide pour n&apos;afficher aucune tuile de carte.</translation>
    </message>
    <message>
        <source>Empty: no map tiles</source>
        <translation>Vide : aucune tuile de carte</translation>
    </message>
    <message>
        <source>&amp;Map tiles:</source>
        <translation>&amp;Tuiles de carte :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Serveur mandataire</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de serveur mandataire du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun serveur mandataire</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Serveur mandataire HTTP</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du serveur mandataire</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du serveur mandataire</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Serveur mandataire :</translation>
    </message>
    <message>
        <source>Any https:// backend</source>
        <translation>Tout serveur https://</translation>
    </message>
    <message>
        <source>None: no backend may be used</source>
        <translation>Aucun : aucun serveur ne peut être utilisé</translation>
    </message>
    <message>
        <source>The certificates you trust for each connection</source>
        <translation>Les certificats que vous approuvez pour chaque connexion</translation>
    </message>
    <message>
        <source>None: only certificates the system trusts</source>
        <translation>Aucun : seulement les certificats approuvés par le système</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Blocked: the organisation&apos;s proxy setting is not valid</source>
        <translation>Bloqué : le paramètre de serveur mandataire de l&apos;organisation n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur mandataire, ou choisissez un autre paramètre.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Dispatchable&apos;s colours: the system&apos;s, light, dark or high contrast.</source>
        <translation>Les couleurs de Dispatchable : celles du système, claires, sombres ou à contraste élevé.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Emergency call alerts</source>
        <translation>Alertes d’appel d’urgence</translation>
    </message>
    <message>
        <source>How the alert for a live 911 call gets attention, besides coming to the front.</source>
        <translation>Comment l’alerte d’un appel au 911 en cours attire l’attention, en plus de passer au premier plan.</translation>
    </message>
    <message>
        <source>Emergency &amp;call alerts:</source>
        <translation>Alertes d’appel d’&amp;urgence :</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Copy Code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open Sign-in Page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Stay Signed In for This Session Only</source>
        <translation>Rester connecté pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Sign In</source>
        <translation>&amp;Ne pas se connecter</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Open the sign-in page in your browser, sign in there with your account for %1, and enter this code when asked:</source>
        <translation>Ouvrez la page de connexion dans votre navigateur, connectez-vous avec votre compte pour %1 et saisissez ce code lorsqu&apos;on vous le demande :</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Time left to use the code</source>
        <translation>Temps restant pour utiliser le code</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Copier le code de connexion</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in. The server asked to be asked less often: checking every %n second(s).</source>
        <translation>
            <numerusform>En attente de votre connexion. Le serveur a demandé d&apos;être interrogé moins souvent : vérification toutes les %n seconde.</numerusform>
            <numerusform>En attente de votre connexion. Le serveur a demandé d&apos;être interrogé moins souvent : vérification toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you to sign in with the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ Connecté.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You are signed in, but %1

Dispatchable can keep you signed in for this session only: your sign-in is kept in memory and never written to disk. When you quit Dispatchable you will have to sign in again with a new code. Your offline copy and any changes waiting to be sent are kept either way.</source>
        <translation>Vous êtes connecté, mais %1

Dispatchable peut vous garder connecté pour cette session seulement : votre connexion est conservée en mémoire et jamais écrite sur le disque. En quittant Dispatchable, vous devrez vous reconnecter avec un nouveau code. Votre copie hors ligne et les modifications en attente d&apos;envoi sont conservées dans tous les cas.</translation>
    </message>
</context>
<context>
    <name>StartupBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progression du démarrage</translation>
    </message>
    <message>
        <source>Stop the demo and close the window</source>
        <translation>Arrêter la démonstration et fermer la fenêtre</translation>
    </message>
    <message>
        <source>Stop the first sync and keep what arrived</source>
        <translation>Arrêter la première synchronisation et garder ce qui est arrivé</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Connect to the provisioning backend your provider gave you.</source>
        <translation>Connectez-vous au serveur d&apos;approvisionnement que votre fournisseur vous a donné.</translation>
    </message>
    <message>
        <source>This connection is not allowed</source>
        <translation>Cette connexion n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>The offline copy could not be opened</source>
        <translation>La copie hors ligne n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>There is no keychain on this computer to keep you signed in.</source>
        <translation>Cet ordinateur n&apos;a aucun trousseau pour vous garder connecté.</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from the keychain.</source>
        <translation>Votre connexion n&apos;a pas pu être lue dans le trousseau.</translation>
    </message>
    <message>
        <source>Connection Refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Vous vous êtes déconnecté.</translation>
    </message>
</context>
<context>
    <name>StartupStatus</name>
    <message>
        <source>Starting the demo backend…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>First sync: fetching tenants…</source>
        <translation>Première synchronisation : récupération des locataires…</translation>
    </message>
    <message numerus="yes">
        <source>First sync: tenants %1 of %2, %Ln numbers</source>
        <translation>
            <numerusform>Première synchronisation : locataires %1 sur %2, %Ln numéro</numerusform>
            <numerusform>Première synchronisation : locataires %1 sur %2, %Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>The first sync stopped</source>
        <translation>La première synchronisation s’est arrêtée</translation>
    </message>
    <message>
        <source>The demo makes up its tenants and numbers; the window fills as soon as it answers.</source>
        <translation>La démonstration invente ses locataires et ses numéros; la fenêtre se remplit dès qu’il répond.</translation>
    </message>
    <message>
        <source>Connecting to the backend.</source>
        <translation>Connexion au serveur.</translation>
    </message>
    <message>
        <source>Tenants and numbers appear as they arrive. Cancel stops it and keeps what arrived; Sync Now starts it again.</source>
        <translation>Les locataires et les numéros apparaissent à mesure qu’ils arrivent. Annuler l’arrête et garde ce qui est arrivé; Synchroniser maintenant la relance.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>○ Not connected</source>
        <translation>○ Non connecté</translation>
    </message>
    <message>
        <source>○ Offline: %1 cannot be reached</source>
        <translation>○ Hors ligne : %1 est injoignable</translation>
    </message>
    <message>
        <source>● Connected to %1 (certificate pinned)</source>
        <translation>● Connecté à %1 (certificat épinglé)</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Connecté à %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outbox %1</source>
        <translation>Boîte d&apos;envoi %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln items</source>
        <translation>
            <numerusform>Synchronisation : %Ln élément</numerusform>
            <numerusform>Synchronisation : %Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The offline cache could not be written.</source>
        <translation>La copie hors ligne n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Check that the disk is not full, then sync again.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The answer has no change token.</source>
        <translation>La réponse ne contient aucun jeton de modification.</translation>
    </message>
    <message>
        <source>The server repeated a page cursor.</source>
        <translation>Le serveur a répété un curseur de page.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionDialog</name>
    <message>
        <source>Adopt From Teams</source>
        <translation>Adopter depuis Teams</translation>
    </message>
    <message>
        <source>Check what Dispatchable should take over from Teams. Each object is created here with its Teams id, so it matches Teams from then on; nothing changes in Teams. A place needs its address, and an element its place, in Dispatchable or checked too.</source>
        <translation>Cochez ce que Dispatchable doit reprendre de Teams. Chaque objet est créé ici avec son identifiant Teams, pour qu&apos;il corresponde désormais à Teams; rien ne change dans Teams. L&apos;adresse d&apos;un lieu, et le lieu d&apos;un élément, doivent être dans Dispatchable ou cochés eux aussi.</translation>
    </message>
    <message>
        <source>What to adopt, and its dry run</source>
        <translation>Ce qu&apos;il faut adopter, et sa simulation</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Adopter</translation>
    </message>
    <message>
        <source>&amp;Adopt (%1)</source>
        <translation>&amp;Adopter (%1)</translation>
    </message>
    <message>
        <source>Your role may read but not change this tenant.</source>
        <translation>Votre rôle permet de consulter ce locataire, mais pas de le modifier.</translation>
    </message>
    <message>
        <source>Created: %1 · Already there: %2 · Failed: %3 · Not sent: %4</source>
        <translation>Créés : %1 · Déjà présents : %2 · En échec : %3 · Non envoyés : %4</translation>
    </message>
    <message>
        <source>Nothing is only in Teams.</source>
        <translation>Rien ne se trouve seulement dans Teams.</translation>
    </message>
    <message>
        <source>Check the rows to adopt.</source>
        <translation>Cochez les lignes à adopter.</translation>
    </message>
    <message>
        <source>To create: %1 · After their parent: %2 · ✖ Not adopted: %3</source>
        <translation>À créer : %1 · Après leur parent : %2 · ✖ Non adoptés : %3</translation>
    </message>
    <message>
        <source>✖ Nothing to adopt: every checked row is refused.</source>
        <translation>✖ Rien à adopter : toutes les lignes cochées sont refusées.</translation>
    </message>
    <message>
        <source>✖ Nothing was queued: the outbox could not be written: %1</source>
        <translation>✖ Rien n&apos;a été mis en file d&apos;attente : la boîte d&apos;envoi n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Done. The comparison shows the adopted objects in both once the sync brings them.</source>
        <translation>Terminé. La comparaison affichera les objets adoptés dans les deux dès que la synchronisation les aura ramenés.</translation>
    </message>
    <message>
        <source>Chec&amp;k All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) queued or waiting for their parent. They are sent even if you close this window, until you sign out or quit.</source>
        <translation>
            <numerusform>%n ligne mise en file d&apos;attente ou qui attend son parent. Elle est envoyée même si vous fermez cette fenêtre, jusqu&apos;à ce que vous vous déconnectiez ou quittiez.</numerusform>
            <numerusform>%n lignes mises en file d&apos;attente ou qui attendent leur parent. Elles sont envoyées même si vous fermez cette fenêtre, jusqu&apos;à ce que vous vous déconnectiez ou quittiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, with failures: the Result column says why for each row.</source>
        <translation>Terminé, avec des échecs : la colonne Résultat en donne la raison pour chaque ligne.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Commutateur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Trusted IP</source>
        <translation>Adresse IP de confiance</translation>
    </message>
    <message>
        <source>Created, with its Teams id</source>
        <translation>Création, avec son identifiant Teams</translation>
    </message>
    <message>
        <source>Created after its address, with its Teams id</source>
        <translation>Création après son adresse, avec son identifiant Teams</translation>
    </message>
    <message>
        <source>Created after its place</source>
        <translation>Création après son lieu</translation>
    </message>
    <message>
        <source>✖ Not adopted: %1</source>
        <translation>✖ Adoption impossible : %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>Bâtiment : %1</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>Étage : %1</translation>
    </message>
    <message>
        <source>Room or wing: %1</source>
        <translation>Salle ou aile : %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation>%1 · dans %2</translation>
    </message>
    <message>
        <source>Only in Teams</source>
        <translation>Seulement dans Teams</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In Dispatchable</source>
        <translation>Dans Dispatchable</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionPlan</name>
    <message>
        <source>The export holds no address with this CivicAddressId.</source>
        <translation>L&apos;exportation ne contient aucune adresse avec ce CivicAddressId.</translation>
    </message>
    <message>
        <source>Teams holds no street for this address (StreetName is empty): there is nothing to dispatch to. Add the street in Teams first.</source>
        <translation>Teams ne contient aucune rue pour cette adresse (StreetName est vide) : il n&apos;y a nulle part où envoyer les secours. Ajoutez d&apos;abord la rue dans Teams.</translation>
    </message>
    <message>
        <source>Kept as not valid until corrected: %1</source>
        <translation>Conservée comme non valide jusqu&apos;à sa correction : %1</translation>
    </message>
    <message>
        <source>Teams holds no coordinates: the map shows the postal code&apos;s centre until someone places the pin.</source>
        <translation>Teams ne contient aucune coordonnée : la carte montre le centre du code postal jusqu&apos;à ce que quelqu&apos;un place l&apos;épingle.</translation>
    </message>
    <message>
        <source>The export holds no location with this LocationId.</source>
        <translation>L&apos;exportation ne contient aucun emplacement avec ce LocationId.</translation>
    </message>
    <message>
        <source>The export holds no such element.</source>
        <translation>L&apos;exportation ne contient pas cet élément.</translation>
    </message>
    <message>
        <source>Teams keeps no mask: kept as %1; set the real mask here if you know it (Teams matches the network ID alone).</source>
        <translation>Teams ne conserve aucun masque : le sous-réseau est gardé sous la forme %1; indiquez ici le vrai masque si vous le connaissez (Teams ne compare que l&apos;identifiant de réseau).</translation>
    </message>
    <message>
        <source>Its address is not in the export: add Teams&apos;s addresses file.</source>
        <translation>Son adresse n&apos;est pas dans l&apos;exportation : ajoutez le fichier des adresses de Teams.</translation>
    </message>
    <message>
        <source>Confirm its address&apos;s match first (Confirm Match…).</source>
        <translation>Confirmez d&apos;abord la correspondance de son adresse (Confirmer la correspondance…).</translation>
    </message>
    <message>
        <source>Confirm its place&apos;s match first (Confirm Match…).</source>
        <translation>Confirmez d&apos;abord la correspondance de son lieu (Confirmer la correspondance…).</translation>
    </message>
    <message>
        <source>Its address cannot be adopted (see that row).</source>
        <translation>Son adresse ne peut pas être adoptée (voir cette ligne).</translation>
    </message>
    <message>
        <source>Its place cannot be adopted (see that row).</source>
        <translation>Son lieu ne peut pas être adopté (voir cette ligne).</translation>
    </message>
    <message>
        <source>Its address is only in Teams: choose it too (%1).</source>
        <translation>Son adresse est seulement dans Teams : choisissez-la aussi (%1).</translation>
    </message>
    <message>
        <source>Its place is only in Teams: choose it too (%1).</source>
        <translation>Son lieu est seulement dans Teams : choisissez-le aussi (%1).</translation>
    </message>
    <message>
        <source>Teams puts it at an address&apos;s default location; in Dispatchable network elements belong to a place. Create the place, then add the element to it.</source>
        <translation>Teams le place à l&apos;emplacement par défaut d&apos;une adresse; dans Dispatchable, les éléments réseau appartiennent à un lieu. Créez le lieu, puis ajoutez-y l&apos;élément.</translation>
    </message>
    <message>
        <source>Its location is not in the export: add Teams&apos;s locations file.</source>
        <translation>Son emplacement n&apos;est pas dans l&apos;exportation : ajoutez le fichier des emplacements de Teams.</translation>
    </message>
    <message>
        <source>Its name cannot be kept unchanged as a place: Dispatchable keeps building, floor and room separated by a comma and one space, each at most %1 characters. Rename it in Teams first.</source>
        <translation>Son nom ne peut pas être gardé tel quel pour un lieu : Dispatchable garde le bâtiment, l&apos;étage et la pièce séparés par une virgule et une espace, chacun d&apos;au plus %1 caractères. Renommez-le d&apos;abord dans Teams.</translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionRun</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refus : %1</translation>
    </message>
    <message>
        <source>The backend&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Could not be queued: %1</source>
        <translation>Mise en file d&apos;attente impossible : %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Waits for its parent</source>
        <translation>Attend son parent</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>✔ Created</source>
        <translation>✔ Création réussie</translation>
    </message>
    <message>
        <source>✔ Already there</source>
        <translation>✔ Déjà présent</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Sent, but the answer could not be read: compare again to see whether it was created.</source>
        <translation>Envoyé, mais la réponse n&apos;a pas pu être lue : comparez de nouveau pour voir si la création a eu lieu.</translation>
    </message>
    <message>
        <source>Its address was not created: %1</source>
        <translation>Son adresse n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <source>Its place was not created: %1</source>
        <translation>Son lieu n&apos;a pas été créé : %1</translation>
    </message>
</context>
<context>
    <name>TeamsAutomationRow</name>
    <message>
        <source>NetworkObjectType is Unknown: the identifier %1 is left out.</source>
        <translation>NetworkObjectType vaut Unknown : l’identifiant %1 est laissé de côté.</translation>
    </message>
    <message>
        <source>The port %1 is not written as ChassisID;PortID.</source>
        <translation>Le port %1 n’est pas écrit sous la forme ChassisID;PortID.</translation>
    </message>
    <message>
        <source>NetworkObjectType %1 is none of Subnet, WirelessAccessPoint, Switch, Port or Unknown.</source>
        <translation>NetworkObjectType %1 n’est ni Subnet, ni WirelessAccessPoint, ni Switch, ni Port, ni Unknown.</translation>
    </message>
    <message>
        <source>No Address: without a street, the address cannot be matched to Dispatchable&apos;s.</source>
        <translation>Aucune Address : sans rue, l’adresse ne peut pas être jumelée à celles de Dispatchable.</translation>
    </message>
    <message>
        <source>No CountryOrRegion: the address cannot be matched.</source>
        <translation>Aucun CountryOrRegion : l’adresse ne peut pas être jumelée.</translation>
    </message>
    <message>
        <source>The export marks this row orphaned: Teams holds it without its address or location, so it is left out.</source>
        <translation>L’exportation marque cette ligne orpheline : Teams la détient sans son adresse ou son emplacement, elle est donc laissée de côté.</translation>
    </message>
</context>
<context>
    <name>TeamsCivicAddress</name>
    <message>
        <source>No CivicAddressId: Teams gives every address one, so this row is not a complete export.</source>
        <translation>Aucun CivicAddressId : Teams en donne un à chaque adresse, donc cette ligne ne provient pas d&apos;une exportation complète.</translation>
    </message>
    <message>
        <source>No CountryOrRegion: the address cannot be matched.</source>
        <translation>Aucun CountryOrRegion : l&apos;adresse ne peut pas être jumelée.</translation>
    </message>
    <message>
        <source>No StreetName: the address matches Dispatchable&apos;s only by its CivicAddressId, never by its street.</source>
        <translation>Aucun StreetName : l&apos;adresse ne correspond à celle de Dispatchable que par son CivicAddressId, jamais par sa rue.</translation>
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
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <source>Wireless access points</source>
        <translation>Points d’accès sans fil</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Commutateurs</translation>
    </message>
    <message>
        <source>Switch ports</source>
        <translation>Ports de commutateur</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Only in Teams</source>
        <translation>Seulement dans Teams</translation>
    </message>
    <message>
        <source>Only in Dispatchable</source>
        <translation>Seulement dans Dispatchable</translation>
    </message>
    <message>
        <source>In both, different</source>
        <translation>Dans les deux, différent</translation>
    </message>
    <message>
        <source>In both, equal</source>
        <translation>Dans les deux, identique</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Trusted IPs</source>
        <translation>Adresses IP de confiance</translation>
    </message>
    <message>
        <source>Enhanced emergency services are off: Teams sends no location with the emergency calls of the users this policy covers.</source>
        <translation>Les services d&apos;urgence améliorés sont désactivés : Teams n&apos;envoie aucun emplacement avec les appels d&apos;urgence des utilisateurs visés par cette stratégie.</translation>
    </message>
    <message>
        <source>The emergency numbers were not in the file: export the policy with ConvertTo-Json -Depth 3 to check them.</source>
        <translation>Les numéros d&apos;urgence n&apos;étaient pas dans le fichier : exportez la stratégie avec ConvertTo-Json -Depth 3 pour les vérifier.</translation>
    </message>
    <message>
        <source>911 is not one of its emergency numbers.</source>
        <translation>Le 911 n&apos;est pas l&apos;un de ses numéros d&apos;urgence.</translation>
    </message>
    <message>
        <source>911 has no PSTN usage to route it by.</source>
        <translation>Le 911 n&apos;a aucun usage RTPC pour l&apos;acheminer.</translation>
    </message>
    <message>
        <source>933 is not routed as an emergency number: test calls need the test number of the 911 provider.</source>
        <translation>Le 933 n&apos;est pas acheminé comme numéro d&apos;urgence : les appels de test ont besoin du numéro de test du fournisseur 911.</translation>
    </message>
    <message>
        <source>Emergency routing</source>
        <translation>Acheminement d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>TeamsComparisonModel</name>
    <message>
        <source>In Teams: %1</source>
        <translation>Dans Teams : %1</translation>
    </message>
    <message>
        <source>May be: %1</source>
        <translation>Peut-être : %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>From the TeamsE911Automation export, which has no Teams ids</source>
        <translation>De l’exportation TeamsE911Automation, qui n’a pas d’identifiants Teams</translation>
    </message>
</context>
<context>
    <name>TeamsComparisonWindow</name>
    <message>
        <source>Compare With Teams — %1</source>
        <translation>Comparer avec Teams — %1</translation>
    </message>
    <message>
        <source>Rows that could not be read</source>
        <translation>Lignes qui n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>Add the export files to compare.</source>
        <translation>Ajoutez les fichiers exportés pour comparer.</translation>
    </message>
    <message>
        <source>Show &amp;equal rows too</source>
        <translation>Afficher aussi les lignes &amp;identiques</translation>
    </message>
    <message>
        <source>What differs, by kind</source>
        <translation>Ce qui diffère, par type</translation>
    </message>
    <message>
        <source>1. Export what the tenant holds in Teams</source>
        <translation>1. Exportez ce que le locataire a dans Teams</translation>
    </message>
    <message>
        <source>Run these commands in Teams PowerShell (after Connect-MicrosoftTeams). Each writes one CSV file; reading them changes nothing in Teams or here.</source>
        <translation>Exécutez ces commandes dans PowerShell Teams (après Connect-MicrosoftTeams). Chacune écrit un fichier CSV; les lire ne change rien, ni dans Teams ni ici.</translation>
    </message>
    <message>
        <source>Teams export commands</source>
        <translation>Commandes d’exportation Teams</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>2. Add the files (or drop them here)</source>
        <translation>2. Ajoutez les fichiers (ou déposez-les ici)</translation>
    </message>
    <message>
        <source>&amp;Add Export Files…</source>
        <translation>&amp;Ajouter des fichiers exportés…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aucun fichier pour l’instant.</translation>
    </message>
    <message>
        <source>Add Teams Export Files</source>
        <translation>Ajouter des fichiers exportés de Teams</translation>
    </message>
    <message>
        <source>Teams exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>Exportations Teams (*.csv *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: larger than any Teams export; not read.</source>
        <translation>%1 : plus gros que toute exportation Teams; non lu.</translation>
    </message>
    <message>
        <source>%1: could not be opened (%2).</source>
        <translation>%1 : impossible d’ouvrir le fichier (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lus : %1</translation>
    </message>
    <message>
        <source>%1 different · %2 only in Teams · %3 only in Dispatchable · %4 to confirm · %5 equal</source>
        <translation>%1 différents · %2 seulement dans Teams · %3 seulement dans Dispatchable · %4 à confirmer · %5 identiques</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omise</translation>
    </message>
    <message>
        <source>read in part</source>
        <translation>lue en partie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): %4</source>
        <translation>%1, ligne %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Export the &amp;Difference…</source>
        <translation>Exporter la &amp;différence…</translation>
    </message>
    <message>
        <source>Preview and save a Teams script that changes only what differs.</source>
        <translation>Prévisualiser et enregistrer un script Teams qui ne change que ce qui diffère.</translation>
    </message>
    <message>
        <source>Con&amp;firm Match…</source>
        <translation>Con&amp;firmer la correspondance…</translation>
    </message>
    <message>
        <source>Say which of Dispatchable&apos;s candidates the selected undecided row is.</source>
        <translation>Indiquer lequel des candidats de Dispatchable correspond à la ligne à confirmer sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Keep Teams Ids</source>
        <translation>&amp;Garder les identifiants Teams</translation>
    </message>
    <message>
        <source>Store Teams&apos;s ids on the matched addresses and places, so that they match by id from now on. Numbers stay as they are.</source>
        <translation>Enregistre les identifiants Teams sur les adresses et les lieux appariés, pour qu&apos;ils correspondent désormais par identifiant. Les numéros restent tels quels.</translation>
    </message>
    <message>
        <source>Confirmed as %1; kept with Keep Teams Ids.</source>
        <translation>Confirmé comme %1 ; enregistré avec Garder les identifiants Teams.</translation>
    </message>
    <message>
        <source>&amp;Keep Teams Ids (%1)</source>
        <translation>&amp;Garder les identifiants Teams (%1)</translation>
    </message>
    <message>
        <source>Confirm Match</source>
        <translation>Confirmer la correspondance</translation>
    </message>
    <message>
        <source>Teams&apos;s %1 is which of these in Dispatchable?</source>
        <translation>Lequel de ceux-ci est, dans Dispatchable, l&apos;objet Teams %1 ?</translation>
    </message>
    <message>
        <source>Nothing was queued: the outbox could not be written: %1</source>
        <translation>Rien n&apos;a été mis en file : la boîte d&apos;envoi n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) queued to keep Teams&apos;s ids. The view compares again when the sync brings them back.</source>
        <translation>
            <numerusform>%n modification en file pour garder les identifiants Teams. La vue compare de nouveau quand la synchronisation les ramène.</numerusform>
            <numerusform>%n modifications en file pour garder les identifiants Teams. La vue compare de nouveau quand la synchronisation les ramène.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ado&amp;pt From Teams…</source>
        <translation>Ado&amp;pter depuis Teams…</translation>
    </message>
    <message>
        <source>Create in Dispatchable what only Teams holds: the selected rows, after a dry run.</source>
        <translation>Créer dans Dispatchable ce que seul Teams contient : les lignes sélectionnées, après une simulation.</translation>
    </message>
    <message>
        <source>&amp;Record Number Locations</source>
        <translation>En&amp;registrer les emplacements des numéros</translation>
    </message>
    <message numerus="yes">
        <source>Queued: the Teams location of %n number(s). The numbers table flags those Teams locates elsewhere once the sync brings it back.</source>
        <translation>
            <numerusform>En file d&apos;attente : l&apos;emplacement Teams de %n numéro. Le tableau des numéros signale ceux que Teams situe ailleurs quand la synchronisation le ramène.</numerusform>
            <numerusform>En file d&apos;attente : l&apos;emplacement Teams de %n numéros. Le tableau des numéros signale ceux que Teams situe ailleurs quand la synchronisation le ramène.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep what the number export says of each number&apos;s emergency location, so that the numbers table, the kiosk and the reports flag the numbers Teams locates elsewhere. Needs the exports of numbers, addresses and locations.</source>
        <translation>Garder ce que l&apos;exportation des numéros dit de l&apos;emplacement d&apos;urgence de chaque numéro, pour que le tableau des numéros, le kiosque et les rapports signalent les numéros que Teams situe ailleurs. Demande les exportations des numéros, des adresses et des emplacements.</translation>
    </message>
    <message>
        <source>The TeamsE911Automation export has no Teams ids: its rows are matched by street and name, and the script and Keep Teams Ids leave them out.</source>
        <translation>L’exportation TeamsE911Automation n’a pas d’identifiants Teams : ses lignes sont jumelées par rue et par nom, et le script et Garder les identifiants Teams les laissent de côté.</translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceDialog</name>
    <message>
        <source>Export the Difference — %1</source>
        <translation>Exporter la différence — %1</translation>
    </message>
    <message>
        <source>Teams already holds what Dispatchable holds: the script would change nothing. What it leaves as it is, and why, is listed below.</source>
        <translation>Teams contient déjà ce que contient Dispatchable : le script ne changerait rien. Ce qu’il laisse tel quel, et pourquoi, est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Steps of the script, and what it leaves</source>
        <translation>Étapes du script, et ce qu’il laisse</translation>
    </message>
    <message>
        <source>&amp;Save Script…</source>
        <translation>&amp;Enregistrer le script…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Save the Difference Script</source>
        <translation>Enregistrer le script de la différence</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>Saved to %1. Read it before a Teams admin runs it in a Connect-MicrosoftTeams session; afterwards, export from Teams and compare again: nothing should differ.</source>
        <translation>Enregistré dans %1. Lisez-le avant qu’un administrateur Teams l’exécute dans une session Connect-MicrosoftTeams; ensuite, exportez depuis Teams et comparez de nouveau : rien ne devrait différer.</translation>
    </message>
    <message>
        <source>The script could not be written: %1</source>
        <translation>Le script n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>The script runs %n step(s), in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations. It removes nothing. Below the steps: what it leaves as it is, and why. Read them before you save.</source>
        <translation>
            <numerusform>Le script exécute %n étape, dans cet ordre : adresses d’urgence, lieux, éléments réseau, IP de confiance, la stratégie d’appel d’urgence, les emplacements d’urgence des numéros. Il ne supprime rien. Sous les étapes : ce qu’il laisse tel quel, et pourquoi. Lisez-les avant d’enregistrer.</numerusform>
            <numerusform>Le script exécute %n étapes, dans cet ordre : adresses d’urgence, lieux, éléments réseau, IP de confiance, la stratégie d’appel d’urgence, les emplacements d’urgence des numéros. Il ne supprime rien. Sous les étapes : ce qu’il laisse tel quel, et pourquoi. Lisez-les avant d’enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceModel</name>
    <message>
        <source>(no cmdlet)</source>
        <translation>(aucune cmdlet)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>Cmdlet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>TeamsDifferencePlan</name>
    <message>
        <source>Not changed: the export of %1 was not given, and the script needs the Teams ids it holds.</source>
        <translation>Non modifié : l’exportation de %1 n’a pas été fournie, et le script a besoin des identifiants Teams qu’elle contient.</translation>
    </message>
    <message>
        <source>Only in Teams: the script removes nothing, so it stays as it is.</source>
        <translation>Seulement dans Teams : le script ne supprime rien, donc il reste tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects of Dispatchable may be this one: confirm the match first; until then the script changes nothing here.</source>
        <translation>
            <numerusform>%n objet de Dispatchable peut être celui-ci : confirmez d’abord la correspondance; d’ici là, le script ne change rien ici.</numerusform>
            <numerusform>%n objets de Dispatchable peuvent être celui-ci : confirmez d’abord la correspondance; d’ici là, le script ne change rien ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams holds another object like it, or its address is still to confirm: confirm the match first; until then the script changes nothing here.</source>
        <translation>Teams contient un autre objet semblable, ou son adresse reste à confirmer : confirmez d’abord la correspondance; d’ici là, le script ne change rien ici.</translation>
    </message>
    <message>
        <source>Teams has no emergency address at this street: it is created with Dispatchable&apos;s validated fields and coordinates.</source>
        <translation>Teams n’a aucune adresse d’urgence à cette rue : elle est créée avec les champs validés et les coordonnées de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams holds another street (%1). No documented cmdlet changes it: Set-CsOnlineLisCivicAddress changes the street only of an address Teams has not validated, and keeps its suffix and directionals for Microsoft. Correct it in the Teams admin center, or create the address anew and move its places.</source>
        <translation>Teams contient une autre rue (%1). Aucune cmdlet documentée ne la change : Set-CsOnlineLisCivicAddress ne change la rue que d’une adresse que Teams n’a pas validée, et réserve son suffixe et ses indicateurs de direction à Microsoft. Corrigez-la dans le centre d’administration Teams, ou créez l’adresse de nouveau et déplacez ses lieux.</translation>
    </message>
    <message>
        <source>Dispatchable has no company name for this address and Teams requires one: Teams&apos;s is kept.</source>
        <translation>Dispatchable n’a aucun nom d’entreprise pour cette adresse et Teams en exige un : celui de Teams est conservé.</translation>
    </message>
    <message>
        <source>Teams lets a script change an address only in some countries (Set-CsOnlineLisCivicAddress), and not in this one: change %1 in the Teams admin center.</source>
        <translation>Teams ne permet à un script de changer une adresse que dans certains pays (Set-CsOnlineLisCivicAddress), et pas dans celui-ci : changez %1 dans le centre d’administration Teams.</translation>
    </message>
    <message>
        <source>Teams holds another %1 for this address: set to Dispatchable&apos;s.</source>
        <translation>Teams contient une autre valeur de %1 pour cette adresse : celle de Dispatchable est appliquée.</translation>
    </message>
    <message>
        <source>Teams names this location differently: it is renamed to Dispatchable&apos;s name.</source>
        <translation>Teams nomme cet emplacement autrement : il reçoit le nom de Dispatchable.</translation>
    </message>
    <message>
        <source>Its address is still to confirm: the script cannot tell which Teams address to create it at.</source>
        <translation>Son adresse reste à confirmer : le script ne peut pas savoir à quelle adresse Teams le créer.</translation>
    </message>
    <message>
        <source>Teams has no location of this name at its address: it is created.</source>
        <translation>Teams n’a aucun emplacement de ce nom à son adresse : il est créé.</translation>
    </message>
    <message>
        <source>Teams does not have it: it is created at Dispatchable&apos;s place.</source>
        <translation>Teams ne l’a pas : il est créé au lieu de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams puts it at another location: it is pointed at Dispatchable&apos;s place.</source>
        <translation>Teams le place à un autre emplacement : il est associé au lieu de Dispatchable.</translation>
    </message>
    <message>
        <source>Teams holds another description: it is set to Dispatchable&apos;s (an empty one clears Teams&apos;s).</source>
        <translation>Teams contient une autre description : celle de Dispatchable est appliquée (une description vide efface celle de Teams).</translation>
    </message>
    <message>
        <source>Its place is still to confirm: the script cannot tell which Teams location to point it at.</source>
        <translation>Son lieu reste à confirmer : le script ne peut pas savoir à quel emplacement Teams l’associer.</translation>
    </message>
    <message numerus="yes">
        <source>The notification group has %n entries, and Teams accepts at most 10: use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>Le groupe de notification compte %n entrée, et Teams en accepte au plus 10 : utilisez une adresse de groupe dans Dispatchable, puis exportez de nouveau.</numerusform>
            <numerusform>Le groupe de notification compte %n entrées, et Teams en accepte au plus 10 : utilisez une adresse de groupe dans Dispatchable, puis exportez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams notifies other people of a 911 call: set to Dispatchable&apos;s group.</source>
        <translation>Teams avise d’autres personnes d’un appel au 911 : le groupe de Dispatchable est appliqué.</translation>
    </message>
    <message>
        <source>Teams notifies them in another way: set to Dispatchable&apos;s mode.</source>
        <translation>Teams les avise d’une autre façon : le mode de Dispatchable est appliqué.</translation>
    </message>
    <message>
        <source>Dispatchable calls no number on a 911 call: the one in Teams is cleared. Microsoft&apos;s page does not say how to clear it, so the script passes an empty value and checks afterwards that Teams cleared it.</source>
        <translation>Dispatchable n’appelle aucun numéro lors d’un appel au 911 : celui de Teams est effacé. La page de Microsoft ne dit pas comment l’effacer; le script passe donc une valeur vide et vérifie ensuite que Teams l’a effacé.</translation>
    </message>
    <message>
        <source>Teams calls another number on a 911 call: set to Dispatchable&apos;s.</source>
        <translation>Teams appelle un autre numéro lors d’un appel au 911 : celui de Dispatchable est appliqué.</translation>
    </message>
    <message>
        <source>Teams has no policy of this name: it is created with Dispatchable&apos;s notification settings. It applies to nobody until it is granted (Grant-CsTeamsEmergencyCallingPolicy).</source>
        <translation>Teams n’a aucune stratégie de ce nom : elle est créée avec les paramètres de notification de Dispatchable. Elle ne s’applique à personne tant qu’elle n’est pas attribuée (Grant-CsTeamsEmergencyCallingPolicy).</translation>
    </message>
    <message>
        <source>Left in Teams</source>
        <translation>Laissé dans Teams</translation>
    </message>
    <message>
        <source>Confirm first</source>
        <translation>Confirmer d’abord</translation>
    </message>
    <message>
        <source>Not by script</source>
        <translation>Pas par script</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Teams does not trust this address: it is added, so that calls from it use the network map.</source>
        <translation>Teams ne fait pas confiance à cette adresse : elle est ajoutée, pour que les appels qui en proviennent utilisent la carte du réseau.</translation>
    </message>
    <message>
        <source>Teams trusts another range from this address: set to Dispatchable&apos;s mask.</source>
        <translation>Teams fait confiance à une autre plage à partir de cette adresse : le masque de Dispatchable est appliqué.</translation>
    </message>
    <message>
        <source>Not changed: the export of trusted IP addresses (Get-CsTenantTrustedIPAddress) was not given.</source>
        <translation>Non modifié : l&apos;exportation des adresses IP de confiance (Get-CsTenantTrustedIPAddress) n&apos;a pas été fournie.</translation>
    </message>
    <message>
        <source>%1 The script leaves that location: clearing it would leave the number with no emergency location, and Remove-CsPhoneNumberAssignment would take the number from its user. Register the number for E911, or change its location in Teams.</source>
        <translation>%1 Le script laisse cet emplacement tel quel : l&apos;effacer laisserait le numéro sans emplacement d&apos;urgence, et Remove-CsPhoneNumberAssignment retirerait le numéro à son utilisateur. Inscrivez le numéro au E911, ou changez son emplacement dans Teams.</translation>
    </message>
    <message>
        <source>%1 Teams does not let a script change this number&apos;s location (LocationUpdateSupported is False in the export): ask the number&apos;s operator, or change it in the Teams admin center.</source>
        <translation>%1 Teams ne permet pas à un script de changer l&apos;emplacement de ce numéro (LocationUpdateSupported est False dans l&apos;exportation) : adressez-vous à l&apos;opérateur du numéro, ou changez-le dans le centre d&apos;administration Teams.</translation>
    </message>
    <message>
        <source>The export names no default location for its registered address (DefaultLocationId): export the addresses and locations again.</source>
        <translation>L&apos;exportation n&apos;indique aucun emplacement par défaut pour son adresse enregistrée (DefaultLocationId) : exportez de nouveau les adresses et les emplacements.</translation>
    </message>
    <message>
        <source>Teams gives this number another emergency location than the address it is registered at for E911: it is set to that address&apos;s default location. Its assignment to a user stays as it is.</source>
        <translation>Teams donne à ce numéro un emplacement d&apos;urgence autre que l&apos;adresse à laquelle il est inscrit au E911 : il reçoit l&apos;emplacement par défaut de cette adresse. Son attribution à un utilisateur reste telle quelle.</translation>
    </message>
    <message>
        <source>Its registered address is still to confirm: the script cannot tell which Teams location to give it.</source>
        <translation>Son adresse enregistrée reste à confirmer : le script ne peut pas savoir quel emplacement Teams lui donner.</translation>
    </message>
    <message>
        <source>Its registered address is not in Teams and the script does not create it: the number&apos;s location is left as it is.</source>
        <translation>Son adresse enregistrée n&apos;est pas dans Teams et le script ne la crée pas : l&apos;emplacement du numéro reste tel quel.</translation>
    </message>
    <message>
        <source>Not changed: routing policies are the carrier&apos;s set-up. %1 In Teams: Set-CsTeamsEmergencyCallRoutingPolicy -Identity &quot;%2&quot; with -AllowEnhancedEmergencyServices $true and 911 in -EmergencyNumbers (New-CsTeamsEmergencyNumber, with the carrier&apos;s PSTN usage).</source>
        <translation>Inchangé : les stratégies d&apos;acheminement relèvent de la configuration de l&apos;opérateur. %1 Dans Teams : Set-CsTeamsEmergencyCallRoutingPolicy -Identity &quot;%2&quot; avec -AllowEnhancedEmergencyServices $true et le 911 dans -EmergencyNumbers (New-CsTeamsEmergencyNumber, avec l&apos;usage RTPC de l&apos;opérateur).</translation>
    </message>
    <message>
        <source>The TeamsE911Automation export holds no Teams ids: its addresses, places and network elements are compared but the script changes none of them. Give the Get-CsOnlineLis exports for a script that does.</source>
        <translation>L’exportation TeamsE911Automation ne contient aucun identifiant Teams : ses adresses, lieux et éléments réseau sont comparés, mais le script n’en modifie aucun. Fournissez les exportations Get-CsOnlineLis pour un script qui le fait.</translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceScript</name>
    <message>
        <source>Dispatchable: the difference between Dispatchable and Microsoft Teams.</source>
        <translation>Dispatchable : la différence entre Dispatchable et Microsoft Teams.</translation>
    </message>
    <message>
        <source>It uses the Teams ids of the export files that the comparison read: run it on the tenant as it was exported. If Teams changed since, export and compare again first.</source>
        <translation>Il utilise les identifiants Teams des fichiers d’exportation que la comparaison a lus : exécutez-le sur le locataire tel qu’il a été exporté. Si Teams a changé depuis, exportez et comparez de nouveau d’abord.</translation>
    </message>
    <message>
        <source>It removes nothing. Not changed: %1 item(s) only in Teams, %2 waiting for a confirmed match, %3 that no script can change, %4 left out; the preview listed each.</source>
        <translation>Il ne supprime rien. Non modifiés : %1 élément(s) seulement dans Teams, %2 en attente d’une correspondance confirmée, %3 qu’aucun script ne peut changer, %4 omis; l’aperçu les a tous énumérés.</translation>
    </message>
    <message>
        <source>Running it again changes nothing more: what it creates it looks for first, and what it sets it sets to the same value.</source>
        <translation>L’exécuter de nouveau ne change rien de plus : ce qu’il crée, il le cherche d’abord, et ce qu’il définit, il le définit à la même valeur.</translation>
    </message>
    <message>
        <source>Applying the difference from Dispatchable to %1.</source>
        <translation>Application de la différence de Dispatchable à %1.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new emergency address. Run this script again: it finds the address it created and goes on.</source>
        <translation>Teams n’a pas renvoyé l’identifiant de la nouvelle adresse d’urgence. Exécutez ce script de nouveau : il trouve l’adresse qu’il a créée et continue.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new location. Run this script again: it finds the location it created and goes on.</source>
        <translation>Teams n’a pas renvoyé l’identifiant du nouvel emplacement. Exécutez ce script de nouveau : il trouve l’emplacement qu’il a créé et continue.</translation>
    </message>
    <message>
        <source>Teams kept the value of %1 that this script cleared: clear it in the Teams admin center.</source>
        <translation>Teams a conservé la valeur de %1 que ce script a effacée : effacez-la dans le centre d’administration Teams.</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3): %4</source>
        <translation>Étape %1 sur %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Done: {0} changed, {1} already as in this script.</source>
        <translation>Terminé : {0} modifié(s), {1} déjà comme dans ce script.</translation>
    </message>
    <message numerus="yes">
        <source>It makes the Teams tenant named in $tenantName and $tenantId below hold what Dispatchable holds, and changes nothing else: %n step(s), each with its reason above it, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations.</source>
        <translation>
            <numerusform>Il fait en sorte que le locataire Teams nommé dans $tenantName et $tenantId ci-dessous contienne ce que contient Dispatchable, et ne change rien d&apos;autre : %n étape, précédée de son motif, dans cet ordre : adresses d&apos;urgence, lieux, éléments réseau, adresses IP de confiance, la stratégie d&apos;appels d&apos;urgence, les emplacements d&apos;urgence des numéros.</numerusform>
            <numerusform>Il fait en sorte que le locataire Teams nommé dans $tenantName et $tenantId ci-dessous contienne ce que contient Dispatchable, et ne change rien d&apos;autre : %n étapes, chacune précédée de son motif, dans cet ordre : adresses d&apos;urgence, lieux, éléments réseau, adresses IP de confiance, la stratégie d&apos;appels d&apos;urgence, les emplacements d&apos;urgence des numéros.</numerusform>
        </translation>
    </message>
    <message>
        <source>This script sets numbers&apos; emergency locations with Set-CsPhoneNumberAssignment -PhoneNumber -LocationId, which needs the MicrosoftTeams module 5.3.1 or later: run Update-Module MicrosoftTeams, then this script again.</source>
        <translation>Ce script définit les emplacements d&apos;urgence des numéros avec Set-CsPhoneNumberAssignment -PhoneNumber -LocationId, qui exige le module MicrosoftTeams 5.3.1 ou une version ultérieure : exécutez Update-Module MicrosoftTeams, puis ce script de nouveau.</translation>
    </message>
    <message>
        <source>Teams did not return the default location of the new emergency address. Run this script again.</source>
        <translation>Teams n&apos;a pas renvoyé l&apos;emplacement par défaut de la nouvelle adresse d&apos;urgence. Exécutez ce script de nouveau.</translation>
    </message>
</context>
<context>
    <name>TeamsEmergencyPolicy</name>
    <message>
        <source>No Identity: the policy has no name.</source>
        <translation>Aucune Identity : la stratégie n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>NotificationGroup entry &quot;%1&quot; is not an e-mail address; it is left out.</source>
        <translation>L&apos;entrée « %1 » de NotificationGroup n&apos;est pas une adresse courriel; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>NotificationDialOutNumber &quot;%1&quot; is not a phone number; it is left out.</source>
        <translation>NotificationDialOutNumber « %1 » n&apos;est pas un numéro de téléphone; il est laissé de côté.</translation>
    </message>
    <message>
        <source>NotificationMode &quot;%1&quot; is not NotificationOnly, ConferenceMuted or ConferenceUnMuted; it is left out.</source>
        <translation>NotificationMode « %1 » n&apos;est ni NotificationOnly, ni ConferenceMuted, ni ConferenceUnMuted; il est laissé de côté.</translation>
    </message>
</context>
<context>
    <name>TeamsEmergencyRoutingPolicy</name>
    <message>
        <source>EmergencyNumbers item %1: the dial string &quot;%2&quot; is not 1 to 10 digits; it is left out.</source>
        <translation>Élément %1 de EmergencyNumbers : la chaîne de numérotation « %2 » n&apos;a pas de 1 à 10 chiffres; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>EmergencyNumbers item %1: the dial mask entry &quot;%2&quot; is not 1 to 10 digits; it is left out.</source>
        <translation>Élément %1 de EmergencyNumbers : l&apos;entrée de masque de numérotation « %2 » n&apos;a pas de 1 à 10 chiffres; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>No Identity: the policy has no name.</source>
        <translation>Aucune Identity : la stratégie n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>AllowEnhancedEmergencyServices &quot;%1&quot; is not True or False; it is left out.</source>
        <translation>AllowEnhancedEmergencyServices « %1 » n&apos;est ni True ni False; il est laissé de côté.</translation>
    </message>
    <message>
        <source>EmergencyNumbers holds no numbers (Export-Csv writes only the list&apos;s type name): export the routing policies with ConvertTo-Json -Depth 3 to compare them.</source>
        <translation>EmergencyNumbers ne contient aucun numéro (Export-Csv n&apos;écrit que le nom du type de la liste) : exportez les stratégies d&apos;acheminement avec ConvertTo-Json -Depth 3 pour les comparer.</translation>
    </message>
</context>
<context>
    <name>TeamsExportFile</name>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>The row&apos;s values (%1) do not line up with the header&apos;s %2 columns: the file was cut off or edited here, so the row is not read.</source>
        <translation>Les valeurs de la ligne (%1) ne correspondent pas aux %2 colonnes de l&apos;en-tête : le fichier a été tronqué ou modifié ici, donc la ligne n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>The file ends inside this row&apos;s quoted value: it was cut off, so the row is not read.</source>
        <translation>Le fichier se termine au milieu d&apos;une valeur entre guillemets de cette ligne : il a été tronqué, donc la ligne n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>emergency addresses</source>
        <translation>adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>places (Teams locations)</source>
        <translation>lieux (emplacements Teams)</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>sous-réseaux</translation>
    </message>
    <message>
        <source>wireless access points</source>
        <translation>points d&apos;accès Wi-Fi</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>commutateurs</translation>
    </message>
    <message>
        <source>switch ports</source>
        <translation>ports de commutateur</translation>
    </message>
    <message>
        <source>phone number assignments</source>
        <translation>attributions de numéros de téléphone</translation>
    </message>
    <message>
        <source>emergency calling policies</source>
        <translation>stratégies d&apos;appels d&apos;urgence</translation>
    </message>
    <message>
        <source>unknown contents</source>
        <translation>contenu inconnu</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has no rows to read.</source>
        <translation>Le fichier n&apos;a aucune ligne à lire.</translation>
    </message>
    <message>
        <source>trusted IP addresses</source>
        <translation>adresses IP de confiance</translation>
    </message>
    <message>
        <source>emergency call routing policies</source>
        <translation>stratégies d&apos;acheminement des appels d&apos;urgence</translation>
    </message>
    <message>
        <source>TeamsE911Automation rows</source>
        <translation>lignes TeamsE911Automation</translation>
    </message>
    <message>
        <source>This is not a Teams export Dispatchable can read: its columns (%1) match none of Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation, Get-CsOnlineLisSubnet, Get-CsOnlineLisWirelessAccessPoint, Get-CsOnlineLisSwitch, Get-CsOnlineLisPort, Get-CsPhoneNumberAssignment, Get-CsTeamsEmergencyCallingPolicy, Get-CsTeamsEmergencyCallRoutingPolicy, Get-CsTenantTrustedIPAddress or TeamsE911Automation&apos;s Get-CsE911OnlineConfiguration piped to Export-Csv or ConvertTo-Json.</source>
        <translation>Ce n’est pas une exportation Teams que Dispatchable peut lire : ses colonnes (%1) ne correspondent à aucune de Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation, Get-CsOnlineLisSubnet, Get-CsOnlineLisWirelessAccessPoint, Get-CsOnlineLisSwitch, Get-CsOnlineLisPort, Get-CsPhoneNumberAssignment, Get-CsTeamsEmergencyCallingPolicy, Get-CsTeamsEmergencyCallRoutingPolicy, Get-CsTenantTrustedIPAddress ou Get-CsE911OnlineConfiguration de TeamsE911Automation redirigées vers Export-Csv ou ConvertTo-Json.</translation>
    </message>
</context>
<context>
    <name>TeamsFieldValues</name>
    <message>
        <source>%1 &quot;%2&quot; is not a coordinate between -%3 and %3; it is left out.</source>
        <translation>%1 « %2 » n&apos;est pas une coordonnée entre -%3 et %3; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Teams ID (a GUID such as 5aa884e8-d548-4b8e-a289-52bfd5265a6e).</source>
        <translation>%1 « %2 » n&apos;est pas un identifiant Teams (un GUID comme 5aa884e8-d548-4b8e-a289-52bfd5265a6e).</translation>
    </message>
</context>
<context>
    <name>TeamsLocation</name>
    <message>
        <source>No LocationId: the place cannot be told apart.</source>
        <translation>Aucun LocationId : le lieu ne peut pas être distingué des autres.</translation>
    </message>
    <message>
        <source>No CivicAddressId: the row does not say which address the place is at.</source>
        <translation>Aucun CivicAddressId : la ligne n&apos;indique pas à quelle adresse se trouve le lieu.</translation>
    </message>
</context>
<context>
    <name>TeamsNetworkElement</name>
    <message>
        <source>No LocationId: the row does not say which place the element is in.</source>
        <translation>Aucun LocationId : la ligne n&apos;indique pas dans quel lieu se trouve l&apos;élément.</translation>
    </message>
</context>
<context>
    <name>TeamsNumberAssignment</name>
    <message>
        <source>No TelephoneNumber.</source>
        <translation>Aucun TelephoneNumber.</translation>
    </message>
    <message>
        <source>TelephoneNumber &quot;%1&quot; is not a phone number.</source>
        <translation>TelephoneNumber « %1 » n&apos;est pas un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>TeamsNumberCheck</name>
    <message>
        <source>a location not in the export</source>
        <translation>un emplacement absent de l’exportation</translation>
    </message>
    <message>
        <source>Teams gives this number a location at its registered address.</source>
        <translation>Teams donne à ce numéro un emplacement à son adresse enregistrée.</translation>
    </message>
    <message>
        <source>Teams gives this number another location (%1): its next emergency call will send that one, not the registered address.</source>
        <translation>Teams donne à ce numéro un autre emplacement (%1) : son prochain appel d’urgence enverra celui-là, pas l’adresse enregistrée.</translation>
    </message>
    <message>
        <source>Teams gives this number a location (%1), but it has no E911 registration here.</source>
        <translation>Teams donne à ce numéro un emplacement (%1), mais il n’a pas d’enregistrement E911 ici.</translation>
    </message>
    <message>
        <source>Teams gives this number no emergency location of its own.</source>
        <translation>Teams ne donne à ce numéro aucun emplacement d’urgence propre.</translation>
    </message>
    <message>
        <source>This number is not in the Teams export.</source>
        <translation>Ce numéro n’est pas dans l’exportation Teams.</translation>
    </message>
</context>
<context>
    <name>TeamsScript</name>
    <message>
        <source>Dispatchable: emergency calling configuration for Microsoft Teams.</source>
        <translation>Dispatchable : configuration des appels d&apos;urgence pour Microsoft Teams.</translation>
    </message>
    <message>
        <source>What this script changes in the Teams tenant named in $tenantName and $tenantId below:</source>
        <translation>Ce que ce script modifie dans le locataire Teams nommé dans $tenantName et $tenantId ci-dessous :</translation>
    </message>
    <message numerus="yes">
        <source>- %n emergency address(es) (New-CsOnlineLisCivicAddress), created where Teams has none with the same fields;</source>
        <translation>
            <numerusform>- %n adresse d&apos;urgence (New-CsOnlineLisCivicAddress), créée là où Teams n&apos;en a aucune avec les mêmes champs;</numerusform>
            <numerusform>- %n adresses d&apos;urgence (New-CsOnlineLisCivicAddress), créées là où Teams n&apos;en a aucune avec les mêmes champs;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n place(s) (New-CsOnlineLisLocation), created where the address has no location of that name;</source>
        <translation>
            <numerusform>- %n lieu (New-CsOnlineLisLocation), créé là où l&apos;adresse n&apos;a aucun emplacement de ce nom;</numerusform>
            <numerusform>- %n lieux (New-CsOnlineLisLocation), créés là où l&apos;adresse n&apos;a aucun emplacement de ce nom;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n subnet(s) (Set-CsOnlineLisSubnet);</source>
        <translation>
            <numerusform>- %n sous-réseau (Set-CsOnlineLisSubnet);</numerusform>
            <numerusform>- %n sous-réseaux (Set-CsOnlineLisSubnet);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n wireless access point(s) (Set-CsOnlineLisWirelessAccessPoint);</source>
        <translation>
            <numerusform>- %n point d&apos;accès sans fil (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
            <numerusform>- %n points d&apos;accès sans fil (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch(es) (Set-CsOnlineLisSwitch);</source>
        <translation>
            <numerusform>- %n commutateur (Set-CsOnlineLisSwitch);</numerusform>
            <numerusform>- %n commutateurs (Set-CsOnlineLisSwitch);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch port(s) (Set-CsOnlineLisPort);</source>
        <translation>
            <numerusform>- %n port de commutateur (Set-CsOnlineLisPort);</numerusform>
            <numerusform>- %n ports de commutateur (Set-CsOnlineLisPort);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n trusted IP address range(s) (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</source>
        <translation>
            <numerusform>- %n plage d&apos;adresses IP de confiance (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
            <numerusform>- %n plages d&apos;adresses IP de confiance (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n entry(ies) in its notification group.</source>
        <translation>
            <numerusform>- la stratégie d&apos;appels d&apos;urgence %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy) : qui est avisé quand quelqu&apos;un compose le 911, avec %n entrée dans son groupe de notification.</numerusform>
            <numerusform>- la stratégie d&apos;appels d&apos;urgence %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy) : qui est avisé quand quelqu&apos;un compose le 911, avec %n entrées dans son groupe de notification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnets, access points, switches and ports are set only where Teams lacks them or links them to another place or description.</source>
        <translation>Les sous-réseaux, points d&apos;accès, commutateurs et ports ne sont définis que là où Teams ne les a pas ou les associe à un autre lieu ou à une autre description.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Dispatchable&apos;s configuration are left out; the script lists each as a warning when it runs.</source>
        <translation>
            <numerusform>%n élément de la configuration de Dispatchable est laissé de côté; le script l&apos;affiche comme avertissement à l&apos;exécution.</numerusform>
            <numerusform>%n éléments de la configuration de Dispatchable sont laissés de côté; le script affiche chacun comme avertissement à l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by Dispatchable %2.</source>
        <translation>Produit le %1 par Dispatchable %2.</translation>
    </message>
    <message>
        <source>Review every line before you run it. Run it in PowerShell with the MicrosoftTeams module, after Connect-MicrosoftTeams, as a Teams administrator of this tenant; it stops if the session is signed in to another tenant.</source>
        <translation>Relisez chaque ligne avant de l&apos;exécuter. Exécutez-le dans PowerShell avec le module MicrosoftTeams, après Connect-MicrosoftTeams, en tant qu&apos;administrateur Teams de ce locataire; il s&apos;arrête si la session est connectée à un autre locataire.</translation>
    </message>
    <message>
        <source>It removes nothing, and running it again changes only what differs from this script.</source>
        <translation>Il ne supprime rien, et l&apos;exécuter de nouveau ne modifie que ce qui diffère de ce script.</translation>
    </message>
    <message>
        <source>Teams clients pick up network map changes only after a while (it can take hours), and when they reconnect or restart: make a 933 test call from each place afterwards.</source>
        <translation>Les clients Teams ne prennent en compte les modifications de la carte du réseau qu&apos;après un certain temps (cela peut prendre des heures), et lorsqu&apos;ils se reconnectent ou redémarrent : faites ensuite un appel d&apos;essai au 933 depuis chaque lieu.</translation>
    </message>
    <message>
        <source>Values from Dispatchable are single-quoted literals; control characters in them were replaced by spaces.</source>
        <translation>Les valeurs de Dispatchable sont des littéraux entre apostrophes; leurs caractères de contrôle ont été remplacés par des espaces.</translation>
    </message>
    <message>
        <source>Also make the policy the organization&apos;s default (Grant-CsTeamsEmergencyCallingPolicy -Global).</source>
        <translation>Faire aussi de cette stratégie celle par défaut de l&apos;organisation (Grant-CsTeamsEmergencyCallingPolicy -Global).</translation>
    </message>
    <message>
        <source>This session is signed in to another tenant. Run Connect-MicrosoftTeams -TenantId %1 and then this script again.</source>
        <translation>Cette session est connectée à un autre locataire. Exécutez Connect-MicrosoftTeams -TenantId %1, puis ce script de nouveau.</translation>
    </message>
    <message>
        <source>Applying Dispatchable&apos;s emergency configuration to %1.</source>
        <translation>Application de la configuration d&apos;urgence de Dispatchable à %1.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissé de côté : %1</translation>
    </message>
    <message>
        <source>Emergency addresses: looked up by their fields (not by description or coordinates) and created only when Teams has none like them.</source>
        <translation>Adresses d&apos;urgence : recherchées d&apos;après leurs champs (pas d&apos;après la description ni les coordonnées) et créées seulement si Teams n&apos;en a aucune semblable.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new emergency address with Dispatchable id {0}.</source>
        <translation>Teams n&apos;a pas renvoyé l&apos;identifiant de la nouvelle adresse d&apos;urgence dont l&apos;identifiant Dispatchable est {0}.</translation>
    </message>
    <message>
        <source>Places: a location of the same name under the same address is reused; a missing one is created.</source>
        <translation>Lieux : un emplacement du même nom sous la même adresse est réutilisé; un emplacement manquant est créé.</translation>
    </message>
    <message>
        <source>Teams did not return the id of the new location with Dispatchable id {0}.</source>
        <translation>Teams n&apos;a pas renvoyé l&apos;identifiant du nouvel emplacement dont l&apos;identifiant Dispatchable est {0}.</translation>
    </message>
    <message>
        <source>Done: {0} created, {1} changed, {2} already as in this script.</source>
        <translation>Terminé : {0} créés, {1} modifiés, {2} déjà conformes à ce script.</translation>
    </message>
    <message>
        <source>Network map: what Teams has is read once per kind; a row is set only when Teams lacks it or has another place or description.</source>
        <translation>Carte du réseau : ce que Teams possède est lu une fois par type; une ligne n&apos;est définie que si Teams ne l&apos;a pas ou a un autre lieu ou une autre description.</translation>
    </message>
    <message>
        <source>Trusted IPs: the tenant&apos;s public egress addresses. Teams uses the network map only for calls that come from one of them.</source>
        <translation>Adresses IP de confiance : les adresses publiques de sortie du locataire. Teams n&apos;utilise la carte du réseau que pour les appels qui proviennent de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Emergency calling policy (Kari&apos;s Law): who is told, and how, when someone dials 911.</source>
        <translation>Stratégie d&apos;appels d&apos;urgence (loi de Kari) : qui est avisé, et comment, quand quelqu&apos;un compose le 911.</translation>
    </message>
    <message numerus="yes">
        <source>The policy is not set: its notification group has %n entries, and Teams accepts at most 10. Use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>La stratégie n&apos;est pas définie : son groupe de notification compte %n entrée, et Teams en accepte au plus 10. Utilisez une adresse de groupe dans Dispatchable, puis exportez de nouveau.</numerusform>
            <numerusform>La stratégie n&apos;est pas définie : son groupe de notification compte %n entrées, et Teams en accepte au plus 10. Utilisez une adresse de groupe dans Dispatchable, puis exportez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notification group is empty: nobody is told when someone dials 911.</source>
        <translation>Le groupe de notification est vide : personne n&apos;est avisé quand quelqu&apos;un compose le 911.</translation>
    </message>
    <message>
        <source>The policy applies to nobody yet: grant it to users or groups (Grant-CsTeamsEmergencyCallingPolicy), or run this script again with -GrantPolicyToOrganization.</source>
        <translation>La stratégie ne s&apos;applique encore à personne : attribuez-la à des utilisateurs ou à des groupes (Grant-CsTeamsEmergencyCallingPolicy), ou exécutez de nouveau ce script avec -GrantPolicyToOrganization.</translation>
    </message>
</context>
<context>
    <name>TeamsScriptExport</name>
    <message>
        <source>Export Teams Script</source>
        <translation>Exporter le script Teams</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>The script could not be written: %1</source>
        <translation>Le script n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The script was saved to %1. Read it before a Teams admin runs it in a Connect-MicrosoftTeams session: it says at the top what it changes.</source>
        <translation>Le script a été enregistré dans %1. Lisez-le avant qu&apos;un administrateur Teams l&apos;exécute dans une session Connect-MicrosoftTeams : il indique en tête ce qu&apos;il modifie.</translation>
    </message>
</context>
<context>
    <name>TeamsScriptPlan</name>
    <message>
        <source>Address %1: not validated in Dispatchable; its places and network elements are left out too.</source>
        <translation>Adresse %1 : non validée dans Dispatchable; ses lieux et ses éléments réseau sont aussi laissés de côté.</translation>
    </message>
    <message>
        <source>Address %1: it has no coordinates, which Teams requires; its places and network elements are left out too.</source>
        <translation>Adresse %1 : elle n&apos;a pas de coordonnées, qu&apos;exige Teams; ses lieux et ses éléments réseau sont aussi laissés de côté.</translation>
    </message>
    <message>
        <source>Place %1: it has no building, floor or room.</source>
        <translation>Lieu %1 : il n&apos;a ni bâtiment, ni étage, ni salle.</translation>
    </message>
    <message>
        <source>Network element %1: its place does not exist.</source>
        <translation>Élément réseau %1 : son lieu n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Network element %1: %2</source>
        <translation>Élément réseau %1 : %2</translation>
    </message>
    <message>
        <source>Network element %1: Teams knows subnets by network ID only, and %2 has the same one.</source>
        <translation>Élément réseau %1 : Teams ne distingue les sous-réseaux que par leur identifiant de réseau, et %2 a le même.</translation>
    </message>
</context>
<context>
    <name>TeamsTenantSnapshot</name>
    <message>
        <source>%1 was already read from an earlier row; this row is left out.</source>
        <translation>%1 a déjà été lu dans une ligne précédente; cette ligne est laissée de côté.</translation>
    </message>
    <message>
        <source>The row holds no values.</source>
        <translation>La ligne ne contient aucune valeur.</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Emplacement %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Stratégie %1</translation>
    </message>
    <message>
        <source>Left out: the Get-CsOnlineLis exports given hold the same addresses, places and network elements with their Teams ids, which this export lacks.</source>
        <translation>Laissée de côté : les exportations Get-CsOnlineLis fournies contiennent les mêmes adresses, lieux et éléments réseau avec leurs identifiants Teams, qui manquent à cette exportation.</translation>
    </message>
    <message>
        <source>%1 was already read from an earlier row; this row&apos;s element is left out.</source>
        <translation>%1 a déjà été lu dans une ligne précédente; l’élément de cette ligne est laissé de côté.</translation>
    </message>
</context>
<context>
    <name>TeamsTrustedIp</name>
    <message>
        <source>No IPAddress: the row does not say which address Teams trusts.</source>
        <translation>Aucune IPAddress : la ligne n&apos;indique pas à quelle adresse Teams fait confiance.</translation>
    </message>
    <message>
        <source>IPAddress &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>IPAddress « %1 » n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>MaskBits &quot;%1&quot; is not a mask length from 0 to %2.</source>
        <translation>MaskBits « %1 » n&apos;est pas une longueur de masque de 0 à %2.</translation>
    </message>
</context>
<context>
    <name>Tenant</name>
    <message>
        <source>Direct Routing</source>
        <translation>Routage direct</translation>
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
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrer les locataires</translation>
    </message>
    <message>
        <source>Filter tenants by name</source>
        <translation>Filtrer les locataires par nom</translation>
    </message>
    <message>
        <source>Each tenant with its E911 status: failed, pending, basic only or all registered.</source>
        <translation>Chaque locataire avec son état E911 : en échec, en attente, 911 de base seulement ou tous inscrits.</translation>
    </message>
    <message>
        <source>✖ %1 failed</source>
        <translation>✖ %1 en échec</translation>
    </message>
    <message>
        <source>◐ %1 pending</source>
        <translation>◐ %1 en attente</translation>
    </message>
    <message>
        <source>○ %1 basic only</source>
        <translation>○ %1 au 911 de base seulement</translation>
    </message>
    <message>
        <source>✓ all registered</source>
        <translation>✓ tous inscrits</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>aucun numéro</translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message>
        <source>Not acknowledged</source>
        <translation>Aucune prise d&apos;acte</translation>
    </message>
    <message>
        <source>Version %1 on %2</source>
        <translation>Version %1 le %2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>E911 registered</source>
        <translation>Inscrits au E911</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Basic 911 only</source>
        <translation>911 de base seulement</translation>
    </message>
    <message>
        <source>Limitations acknowledged</source>
        <translation>Prise d&apos;acte des limites</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n numbers</source>
        <translation>
            <numerusform>%1 · %n numéro</numerusform>
            <numerusform>%1 · %n numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCallChecklistDialog</name>
    <message>
        <source>&amp;Record Test Call…</source>
        <translation>&amp;Consigner un appel d&apos;essai…</translation>
    </message>
    <message>
        <source>933 Test Calls — %1</source>
        <translation>Appels d&apos;essai au 933 — %1</translation>
    </message>
    <message>
        <source>Read-only: you are signed in as an auditor.</source>
        <translation>Lecture seule : vous êtes connecté en tant que vérificateur.</translation>
    </message>
    <message>
        <source>You can see which places and numbers were tested, not record calls.</source>
        <translation>Vous pouvez voir quels lieux et numéros ont été testés, mais pas consigner d&apos;appels.</translation>
    </message>
    <message>
        <source>A place or number counts as tested when its latest 933 call passed at the address it has now. Editing the address, or moving the number to another one, makes it untested until someone calls again.</source>
        <translation>Un lieu ou un numéro est considéré comme testé quand son dernier appel au 933 a réussi à l&apos;adresse qu&apos;il a maintenant. Modifier l&apos;adresse, ou déplacer le numéro vers une autre, le rend non testé jusqu&apos;au prochain appel.</translation>
    </message>
    <message>
        <source>Places and numbers to test</source>
        <translation>Lieux et numéros à tester</translation>
    </message>
    <message>
        <source>Record a 933 call for the selected place or number (Ctrl+R)</source>
        <translation>Consigner un appel au 933 pour le lieu ou le numéro sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Nothing to test yet: add places in the address editor, or register numbers with 911.</source>
        <translation>Rien à tester pour l&apos;instant : ajoutez des lieux dans l&apos;éditeur d&apos;adresses, ou inscrivez des numéros au 911.</translation>
    </message>
    <message>
        <source>Tested: %1 of %2 (%3 %) · Untested: %4</source>
        <translation>Testés : %1 sur %2 (%3 %) · Non testés : %4</translation>
    </message>
</context>
<context>
    <name>TestCallRecordDialog</name>
    <message>
        <source>Record 933 Test Call</source>
        <translation>Consigner un appel d&apos;essai au 933</translation>
    </message>
    <message>
        <source>Dial 933 from the place or number, listen to the address the service reads back, and write down what you heard. A record cannot be changed later; a wrong one is corrected by recording another.</source>
        <translation>Composez le 933 depuis le lieu ou le numéro, écoutez l&apos;adresse que le service vous relit et notez ce que vous avez entendu. Une inscription ne peut pas être modifiée par la suite; une erreur se corrige en consignant un autre appel.</translation>
    </message>
    <message>
        <source>Place or number tested</source>
        <translation>Lieu ou numéro testé</translation>
    </message>
    <message>
        <source>&amp;Tested:</source>
        <translation>&amp;Testé :</translation>
    </message>
    <message>
        <source>Address on record:</source>
        <translation>Adresse au dossier :</translation>
    </message>
    <message>
        <source>Who made the call</source>
        <translation>Qui a fait l&apos;appel</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Appel fait &amp;par :</translation>
    </message>
    <message>
        <source>When the call was made</source>
        <translation>Quand l&apos;appel a été fait</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>Appel fait &amp;le :</translation>
    </message>
    <message>
        <source>Address read back</source>
        <translation>Adresse relue</translation>
    </message>
    <message>
        <source>Prefilled with the address on record; change it to what the service read back.</source>
        <translation>Prérempli avec l&apos;adresse au dossier; remplacez-la par ce que le service a relu.</translation>
    </message>
    <message>
        <source>Address &amp;read back:</source>
        <translation>Adresse &amp;relue :</translation>
    </message>
    <message>
        <source>✔ &amp;Pass: the address was right</source>
        <translation>✔ &amp;Réussi : l&apos;adresse était exacte</translation>
    </message>
    <message>
        <source>✖ &amp;Fail: wrong or no address</source>
        <translation>✖ É&amp;chec : adresse erronée ou absente</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Consigner</translation>
    </message>
    <message>
        <source>Queue the record for the backend (Ctrl+S)</source>
        <translation>Mettre l&apos;inscription en file d&apos;attente pour le serveur (Ctrl+S)</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>(aucune au dossier)</translation>
    </message>
    <message>
        <source>Choose the place or number you tested.</source>
        <translation>Choisissez le lieu ou le numéro que vous avez testé.</translation>
    </message>
    <message>
        <source>Say who made the call.</source>
        <translation>Indiquez qui a fait l&apos;appel.</translation>
    </message>
    <message>
        <source>Write down the address that was read back.</source>
        <translation>Notez l&apos;adresse qui a été relue.</translation>
    </message>
    <message>
        <source>Choose Pass or Fail.</source>
        <translation>Choisissez Réussi ou Échec.</translation>
    </message>
    <message>
        <source>The record could not be written to the outbox: %1</source>
        <translation>L&apos;inscription n&apos;a pas pu être inscrite dans la boîte d&apos;envoi : %1</translation>
    </message>
</context>
<context>
    <name>TestChecklistModel</name>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>(no emergency address)</source>
        <translation>(aucune adresse d&apos;urgence)</translation>
    </message>
    <message>
        <source>%1, by %2: passed</source>
        <translation>%1, par %2 : réussi</translation>
    </message>
    <message>
        <source>%1, by %2: failed</source>
        <translation>%1, par %2 : échec</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>✔ Tested</source>
        <translation>✔ Testé</translation>
    </message>
    <message>
        <source>○ Never tested</source>
        <translation>○ Jamais testé</translation>
    </message>
    <message>
        <source>✖ Last test failed</source>
        <translation>✖ Dernier essai échoué</translation>
    </message>
    <message>
        <source>◐ Address changed since the test</source>
        <translation>◐ Adresse modifiée depuis l&apos;essai</translation>
    </message>
    <message>
        <source>Called %1 by %2 from %3.
Read back: %4
Note: %5</source>
        <translation>Appel fait le %1 par %2 depuis %3.
Relu : %4
Note : %5</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Place or number</source>
        <translation>Lieu ou numéro</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>933 test</source>
        <translation>Essai au 933</translation>
    </message>
    <message>
        <source>Why untested</source>
        <translation>Pourquoi non testé</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>%1, call through Teams: location matched</source>
        <translation>%1, appel par Teams : l&apos;emplacement correspondait</translation>
    </message>
    <message>
        <source>%1, call through Teams: location differed</source>
        <translation>%1, appel par Teams : l&apos;emplacement différait</translation>
    </message>
    <message>
        <source>Called %1 by %2 from %3 through Teams; recorded from the call&apos;s emergency event.
Location Teams sent: %4
Note: %5</source>
        <translation>Appel le %1 par %2 depuis %3 par Teams; enregistré à partir de l&apos;événement d&apos;urgence de l&apos;appel.
Emplacement envoyé par Teams : %4
Note : %5</translation>
    </message>
</context>
<context>
    <name>TestCoverage</name>
    <message>
        <source>Never tested: no 933 test call has been recorded.</source>
        <translation>Jamais testé : aucun appel d&apos;essai au 933 n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>The last 933 test call, on %1, failed.</source>
        <translation>Le dernier appel d&apos;essai au 933, le %1, a échoué.</translation>
    </message>
    <message>
        <source>The address changed after the last passed test on %1: call 933 again.</source>
        <translation>L&apos;adresse a changé après le dernier essai réussi du %1 : appelez de nouveau le 933.</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>%1 refused access (HTTP 403); it may block this application</source>
        <translation>%1 a refusé l&apos;accès (HTTP 403); il bloque peut-être cette application</translation>
    </message>
    <message>
        <source>%1 has no such tile (HTTP 404)</source>
        <translation>%1 n&apos;a pas cette tuile (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 asks us to slow down (HTTP 429)</source>
        <translation>%1 nous demande de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 a répondu avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>%1 could not be found; check the network connection and the tile URL</source>
        <translation>%1 est introuvable; vérifiez la connexion réseau et l&apos;adresse des tuiles</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed</source>
        <translation>la connexion sécurisée à %1 a échoué</translation>
    </message>
    <message>
        <source>the network proxy did not let the request through</source>
        <translation>le serveur mandataire du réseau n&apos;a pas laissé passer la requête</translation>
    </message>
    <message>
        <source>there is no network connection</source>
        <translation>il n&apos;y a aucune connexion réseau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Map tiles could not be loaded: %1.</source>
        <translation>Les tuiles de carte n&apos;ont pas pu être chargées : %1.</translation>
    </message>
</context>
<context>
    <name>TileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>The deepest zoom level must be between %1 and %2.</source>
        <translation>Le niveau de zoom le plus profond doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Enter a tile URL such as %1.</source>
        <translation>Saisissez une adresse de tuiles comme %1.</translation>
    </message>
    <message>
        <source>The tile URL must contain {z}, {x} and {y}; it lacks %1.</source>
        <translation>L&apos;adresse des tuiles doit contenir {z}, {x} et {y}; il y manque %1.</translation>
    </message>
    <message>
        <source>The tile URL contains %1, which Dispatchable does not fill in. Use only {z}, {x} and {y}.</source>
        <translation>L&apos;adresse des tuiles contient %1, que Dispatchable ne remplit pas. Utilisez seulement {z}, {x} et {y}.</translation>
    </message>
    <message>
        <source>The tile URL is not a valid address: %1</source>
        <translation>L&apos;adresse des tuiles n&apos;est pas une adresse valide : %1</translation>
    </message>
    <message>
        <source>The tile URL must start with https:// or http://.</source>
        <translation>L&apos;adresse des tuiles doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The tile URL must start with https:// or http://, not %1://.</source>
        <translation>L&apos;adresse des tuiles doit commencer par https:// ou http://, pas par %1://.</translation>
    </message>
    <message>
        <source>The tile URL has no server name.</source>
        <translation>L&apos;adresse des tuiles ne contient aucun nom de serveur.</translation>
    </message>
</context>
<context>
    <name>TileUrlTemplate</name>
    <message>
        <source>The tile address must not contain a user name or password.</source>
        <translation>L&apos;adresse des tuiles ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The backend no longer accepts this API token. Paste a new one or sign in.</source>
        <translation>Le serveur n&apos;accepte plus ce jeton d&apos;API. Collez-en un nouveau ou connectez-vous.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Connectez-vous de nouveau.</translation>
    </message>
</context>
<context>
    <name>TokenStoreResult</name>
    <message>
        <source>You are not signed in to this connection.</source>
        <translation>Vous n&apos;êtes pas connecté à cette connexion.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so Dispatchable cannot use your saved sign-in. Allow access when your system asks, or sign in for this session only.</source>
        <translation>L&apos;accès au trousseau a été refusé; Dispatchable ne peut donc pas utiliser votre connexion enregistrée. Autorisez l&apos;accès lorsque votre système le demande, ou connectez-vous pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>Le trousseau n&apos;a pas pu terminer l&apos;opération.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so Dispatchable cannot keep your sign-in safely. You can stay signed in for this session only; you will have to sign in again next time. Nothing is written to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (sous Linux : aucun Secret Service comme GNOME Keyring ou KWallet n&apos;est actif); Dispatchable ne peut donc pas conserver votre connexion en sécurité. Vous pouvez rester connecté pour cette session seulement; vous devrez vous reconnecter la prochaine fois. Rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The saved sign-in is incomplete. Sign in again to replace it.</source>
        <translation>La connexion enregistrée est incomplète. Connectez-vous de nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>The saved sign-in is damaged. Sign in again.</source>
        <translation>La connexion enregistrée est endommagée. Connectez-vous de nouveau.</translation>
    </message>
</context>
<context>
    <name>ValidationDiffView</name>
    <message>
        <source>&amp;Use the corrected address</source>
        <translation>&amp;Utiliser l&apos;adresse corrigée</translation>
    </message>
    <message>
        <source>Typed and corrected address, field by field</source>
        <translation>Adresse saisie et adresse corrigée, champ par champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>You typed</source>
        <translation>Vous avez saisi</translation>
    </message>
    <message>
        <source>Corrected (USPS style)</source>
        <translation>Corrigée (style USPS)</translation>
    </message>
    <message>
        <source>Use the corrected address</source>
        <translation>Utiliser l&apos;adresse corrigée</translation>
    </message>
    <message>
        <source>Not validated yet. Press Validate to have the address checked and written the way 911 systems expect it.</source>
        <translation>Pas encore validée. Cliquez sur Valider pour faire vérifier l&apos;adresse et l&apos;écrire comme l&apos;attendent les systèmes 911.</translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation>≠ Modifié</translation>
    </message>
    <message>
        <source>= Same</source>
        <translation>= Identique</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>✓ Valid. This address can carry E911.</source>
        <translation>✓ Valide. Cette adresse peut porter le E911.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Valid once written the corrected way: %n field(s) differ. Use the corrected address so 911 receives it as validated.</source>
        <translation>
            <numerusform>✓ Valide une fois écrite sous la forme corrigée : %n champ diffère. Utilisez l&apos;adresse corrigée pour que le 911 la reçoive telle que validée.</numerusform>
            <numerusform>✓ Valide une fois écrite sous la forme corrigée : %n champs diffèrent. Utilisez l&apos;adresse corrigée pour que le 911 la reçoive telle que validée.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Not valid. Fix the problems below; until it validates, no number can be registered with 911 at this address.</source>
        <translation>✖ Non valide. Corrigez les problèmes ci-dessous; tant qu&apos;elle n&apos;est pas validée, aucun numéro ne peut être inscrit au 911 à cette adresse.</translation>
    </message>
    <message>
        <source>The address changed after it was validated: validate it again.</source>
        <translation>L&apos;adresse a changé après sa validation : validez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>WarningLabelDialog</name>
    <message>
        <source>Print Warning Labels</source>
        <translation>Imprimer les étiquettes d&apos;avertissement</translation>
    </message>
    <message>
        <source>Put a label on every phone and device that can call 911 through Teams: US rules (47 CFR 9.11) ask for a warning of the limits of emergency calling on the equipment.</source>
        <translation>Apposez une étiquette sur chaque téléphone et appareil qui peut appeler le 911 par Teams : la réglementation américaine (47 CFR 9.11) exige un avertissement sur l&apos;équipement quant aux limites des appels d&apos;urgence.</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Planche d&apos;étiquettes :</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Langue des étiquettes</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>A &amp;full sheet</source>
        <translation>Une planche &amp;complète</translation>
    </message>
    <message>
        <source>&amp;This many:</source>
        <translation>&amp;Ce nombre :</translation>
    </message>
    <message>
        <source>Number of labels</source>
        <translation>Nombre d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Positions already used on the sheet</source>
        <translation>Positions déjà utilisées sur la planche</translation>
    </message>
    <message>
        <source>Printing starts after this many labels, counted from the top left, row by row.</source>
        <translation>L&apos;impression commence après ce nombre d&apos;étiquettes, comptées à partir du coin supérieur gauche, rangée par rangée.</translation>
    </message>
    <message>
        <source>None: a fresh sheet</source>
        <translation>Aucune : une planche neuve</translation>
    </message>
    <message>
        <source>Already &amp;used:</source>
        <translation>Déjà &amp;utilisées :</translation>
    </message>
    <message>
        <source>Preview of one label</source>
        <translation>Aperçu d&apos;une étiquette</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save the labels as a PDF; print it at actual size (Ctrl+S)</source>
        <translation>Enregistrer les étiquettes en PDF; imprimez-le à la taille réelle (Ctrl+S)</translation>
    </message>
    <message>
        <source>The translation into %1 is not installed yet: the labels will be in English. </source>
        <translation>La traduction en %1 n&apos;est pas encore installée : les étiquettes seront en anglais. </translation>
    </message>
    <message>
        <source>Text at %1 pt, small print at %2 pt. Print at actual size (100%), not “fit to page”.</source>
        <translation>Texte à %1 pt, petits caractères à %2 pt. Imprimez à la taille réelle (100 %), pas « ajuster à la page ».</translation>
    </message>
    <message>
        <source>The text does not fit this label at a legible size.</source>
        <translation>Le texte ne tient pas sur cette étiquette à une taille lisible.</translation>
    </message>
    <message>
        <source>Save Warning Labels</source>
        <translation>Enregistrer les étiquettes d&apos;avertissement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels could not be saved: %1</source>
        <translation>Les étiquettes n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>WarningLabels</name>
    <message>
        <source>Avery 5160 (US Letter, 30 labels)</source>
        <translation>Avery 5160 (format Lettre, 30 étiquettes)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 étiquettes)</translation>
    </message>
    <message>
        <source>Choose between 0 and %1 used positions.</source>
        <translation>Choisissez entre 0 et %1 positions déjà utilisées.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>911 warning labels</source>
        <translation>Étiquettes d&apos;avertissement 911</translation>
    </message>
    <message>
        <source>The warning text does not fit on a %1 label at a legible size. Choose a larger label sheet.</source>
        <translation>Le texte d&apos;avertissement ne tient pas sur une étiquette %1 à une taille lisible. Choisissez une planche d&apos;étiquettes plus grandes.</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <source>⚠ Limits of 911 calls from this phone</source>
        <translation>⚠ Limites des appels au 911 depuis ce téléphone</translation>
    </message>
    <message>
        <source>Calling 911? Say where you are: address, floor, room.</source>
        <translation>Vous appelez le 911? Dites où vous êtes : adresse, étage, salle.</translation>
    </message>
    <message>
        <source>Tell 911 where you are.</source>
        <translation>Dites au 911 où vous êtes.</translation>
    </message>
    <message>
        <source>Limitations of %1 · 47 CFR 9.11</source>
        <translation>Limites du %1 · 47 CFR 9.11</translation>
    </message>
    <message>
        <source>%1 · limitations of %2</source>
        <translation>%1 · limites du %2</translation>
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
        <translation>Tuiles de carte : %1</translation>
    </message>
    <message>
        <source>Emergency calling (911/E911) for Teams numbers.</source>
        <translation>Appels d&apos;urgence (911/E911) pour les numéros Teams.</translation>
    </message>
    <message>
        <source>Start the built-in demo backend and connect to it.</source>
        <translation>Démarrer le serveur de démonstration intégré et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Sign in to the demo as staff, admin or auditor.</source>
        <translation>Se connecter à la démonstration en tant que staff (personnel), admin ou auditor (vérificateur).</translation>
    </message>
    <message>
        <source>Extra arguments for the demo backend, e.g. &quot;--tenants 4&quot;.</source>
        <translation>Arguments supplémentaires pour le serveur de démonstration, p. ex. « --tenants 4 ».</translation>
    </message>
    <message>
        <source>Start in kiosk mode, the read-only audit view for a wall screen (auditor accounts only).</source>
        <translation>Démarrer en mode kiosque, la vue de vérification en lecture seule pour un écran mural (comptes de vérificateur seulement).</translation>
    </message>
    <message>
        <source>Seconds each tenant stays on the kiosk dashboard.</source>
        <translation>Secondes pendant lesquelles chaque locataire reste au tableau de bord du kiosque.</translation>
    </message>
    <message>
        <source>Minutes without input before the kiosk returns to its dashboard.</source>
        <translation>Minutes sans saisie avant que le kiosque revienne à son tableau de bord.</translation>
    </message>
    <message>
        <source>--demo-role must be staff, admin or auditor.</source>
        <translation>--demo-role doit être staff, admin ou auditor.</translation>
    </message>
    <message>
        <source>The demo backend could not start.

%1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer.

%1</translation>
    </message>
</context>
</TS>
