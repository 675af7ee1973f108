<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressBookDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressPicker</name>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressUsagePanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) use this address. Saving an edit registers them again at the edited address: they show as pending until the 911 provider confirms, and their monthly fee stays the same. An edit that does not validate is refused while numbers use the address.</source>
        <translation>
            <numerusform>%n number uses this address. Saving an edit registers it again at the edited address: it shows as pending until the 911 provider confirms, and its monthly fee stays the same. An edit that does not validate is refused while numbers use the address.</numerusform>
            <numerusform>%n numbers use this address. Saving an edit registers them again at the edited address: they show as pending until the 911 provider confirms, and their monthly fee stays the same. An edit that does not validate is refused while numbers use the address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message numerus="yes">
        <source>Showing %n entries; reading more…</source>
        <translation>
            <numerusform>Showing %n entry; reading more…</numerusform>
            <numerusform>Showing %n entries; reading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation>
            <numerusform>Showing the newest entry; scroll down for older ones.</numerusform>
            <numerusform>Showing the newest %n entries; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n entries.</source>
        <translation>
            <numerusform>Showing the only entry.</numerusform>
            <numerusform>Showing all %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln numbers answered by the server.</source>
        <translation>
            <numerusform>%1 of %Ln number answered by the server.</numerusform>
            <numerusform>%1 of %Ln numbers answered by the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln numbers were not sent and are no longer in the outbox.</source>
        <translation>
            <numerusform>Cancelled: %Ln number was not sent and is no longer in the outbox.</numerusform>
            <numerusform>Cancelled: %Ln numbers were not sent and are no longer in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers already sent are kept.</source>
        <translation>
            <numerusform>%Ln number already sent is kept.</numerusform>
            <numerusform>%Ln numbers already sent are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds</source>
        <translation>
            <numerusform>about %Ln second</numerusform>
            <numerusform>about %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes</source>
        <translation>
            <numerusform>about %Ln minute</numerusform>
            <numerusform>about %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hours</source>
        <translation>
            <numerusform>about %Ln hour</numerusform>
            <numerusform>about %Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message numerus="yes">
        <source>%Ln numbers: %1 done, %2 failed, %3 still waiting.</source>
        <translation>
            <numerusform>%Ln number: %1 done, %2 failed, %3 still waiting.</numerusform>
            <numerusform>%Ln numbers: %1 done, %2 failed, %3 still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent (cancelled).</source>
        <translation>
            <numerusform>%Ln not sent (cancelled).</numerusform>
            <numerusform>%Ln not sent (cancelled).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stuck at the 911 provider: pending registration or turning off for more than %Ln hour(s).</source>
        <translation>
            <numerusform>Stuck at the 911 provider: pending registration or turning off for more than %Ln hour.</numerusform>
            <numerusform>Stuck at the 911 provider: pending registration or turning off for more than %Ln hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them US number(s) that could be registered</source>
        <translation>
            <numerusform>%Ln of them a US number that could be registered</numerusform>
            <numerusform>%Ln of them US numbers that could be registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without E911</source>
        <translation>
            <numerusform>%Ln without E911</numerusform>
            <numerusform>%Ln without E911</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered number(s) there</source>
        <translation>
            <numerusform>%Ln registered number there</numerusform>
            <numerusform>%Ln registered numbers there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln place(s) and registered number(s)</source>
        <translation>
            <numerusform>of %Ln place and registered number</numerusform>
            <numerusform>of %Ln places and registered numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Non-compliant numbers: %Ln</source>
        <translation>
            <numerusform>Non-compliant numbers: %Ln</numerusform>
            <numerusform>Non-compliant numbers: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls through Teams, last %Ln day(s)</source>
        <translation>
            <numerusform>Calls through Teams, last %Ln day</numerusform>
            <numerusform>Calls through Teams, last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln older call(s) not shown.</source>
        <translation>
            <numerusform>%Ln older call not shown.</numerusform>
            <numerusform>%Ln older calls not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceWarnings</name>
    <message numerus="yes">
        <source>%Ln common-area phone(s)</source>
        <translation>
            <numerusform>%Ln common-area phone</numerusform>
            <numerusform>%Ln common-area phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) outside the US</source>
        <translation>
            <numerusform>%Ln number outside the US</numerusform>
            <numerusform>%Ln numbers outside the US</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln toll-free number(s)</source>
        <translation>
            <numerusform>%Ln toll-free number</numerusform>
            <numerusform>%Ln toll-free numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln US number(s) with basic 911 only</source>
        <translation>
            <numerusform>%Ln US number with basic 911 only</numerusform>
            <numerusform>%Ln US numbers with basic 911 only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>⚠ Changed by someone else: %1 and %Ln more. Your changes wait until you choose which versions stay.</source>
        <translation>
            <numerusform>⚠ Changed by someone else: %1 and %Ln more. Your changes wait until you choose which versions stay.</numerusform>
            <numerusform>⚠ Changed by someone else: %1 and %Ln more. Your changes wait until you choose which versions stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911Actions</name>
    <message numerus="yes">
        <source>Registering %n numbers</source>
        <translation>
            <numerusform>Registering %n number</numerusform>
            <numerusform>Registering %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n numbers</source>
        <translation>
            <numerusform>Moving %n number</numerusform>
            <numerusform>Moving %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning off E911 for %n numbers</source>
        <translation>
            <numerusform>Turning off E911 for %n number</numerusform>
            <numerusform>Turning off E911 for %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911DisableDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Turn off E911 for %Ln numbers?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Turn off E911 for %Ln number?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Turn off E911 for %Ln numbers?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected numbers are on basic 911 already and stay as they are.</source>
        <translation>
            <numerusform>%Ln of the selected numbers is on basic 911 already and stays as it is.</numerusform>
            <numerusform>%Ln of the selected numbers are on basic 911 already and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn Off E911 for %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Turn Off E911 for %Ln Number</numerusform>
            <numerusform>&amp;Turn Off E911 for %Ln Numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911EnableDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Choose the emergency address for %Ln numbers.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Choose the emergency address for %Ln number.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Choose the emergency address for %Ln numbers.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln numbers to %1.</source>
        <translation>
            <numerusform>Move %Ln number to %1.</numerusform>
            <numerusform>Move %Ln numbers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers at %1.</source>
        <translation>
            <numerusform>Register %Ln number at %1.</numerusform>
            <numerusform>Register %Ln numbers at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them start E911 at %1 per number per month: %2 a month more; the others move here and their fee does not change.</source>
        <translation>
            <numerusform>%Ln of them starts E911 at %1 per number per month: %2 a month more; the others move here and their fee does not change.</numerusform>
            <numerusform>%Ln of them start E911 at %1 per number per month: %2 a month more; the others move here and their fee does not change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are already registered elsewhere and move to this address.</source>
        <translation>
            <numerusform>%Ln of them is already registered elsewhere and moves to this address.</numerusform>
            <numerusform>%Ln of them are already registered elsewhere and move to this address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already registered at this address and stay as they are.</source>
        <translation>
            <numerusform>%Ln already registered at this address and stays as it is.</numerusform>
            <numerusform>%Ln already registered at this address and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln numbers cannot be registered:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln number cannot be registered:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln numbers cannot be registered:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Move %Ln Number</numerusform>
            <numerusform>&amp;Move %Ln Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Register %Ln Number</numerusform>
            <numerusform>&amp;Register %Ln Numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>E911Wiring</name>
    <message numerus="yes">
        <source>Importing %n numbers</source>
        <translation>
            <numerusform>Importing %n number</numerusform>
            <numerusform>Importing %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskDashboard</name>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskFigures</name>
    <message numerus="yes">
        <source>of %n emergency addresses; they cannot carry E911</source>
        <translation>
            <numerusform>of %n emergency address; it cannot carry E911</numerusform>
            <numerusform>of %n emergency addresses; they cannot carry E911</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers registered there lack a dispatchable location</source>
        <translation>
            <numerusform>%n number registered there lacks a dispatchable location</numerusform>
            <numerusform>%n numbers registered there lack a dispatchable location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without E911; these phones need 911 at all times</source>
        <translation>
            <numerusform>%n without E911; these phones need 911 at all times</numerusform>
            <numerusform>%n without E911; these phones need 911 at all times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n places and registered numbers</source>
        <translation>
            <numerusform>of %n place and registered number</numerusform>
            <numerusform>of %n places and registered numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
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
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n numbers.</source>
        <translation>
            <numerusform>%1: %n number.</numerusform>
            <numerusform>%1: %n numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPinGate</name>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskPinHash</name>
    <message numerus="yes">
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>The PIN needs at least %n character.</numerusform>
            <numerusform>The PIN needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN can have at most %n characters.</source>
        <translation>
            <numerusform>The PIN can have at most %n character.</numerusform>
            <numerusform>The PIN can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its salt must be %n bytes in base64.</source>
        <translation>
            <numerusform>Its salt must be %n byte in base64.</numerusform>
            <numerusform>Its salt must be %n bytes in base64.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its hash must be %n bytes in base64.</source>
        <translation>
            <numerusform>Its hash must be %n byte in base64.</numerusform>
            <numerusform>Its hash must be %n bytes in base64.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message numerus="yes">
        <source>Wrote %n warning label(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n warning label for %1 to %2.</numerusform>
            <numerusform>Wrote %n warning labels for %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Register %Ln numbers With 911…</source>
        <translation>
            <numerusform>Register %Ln number With 911…</numerusform>
            <numerusform>Register %Ln numbers With 911…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn off E911 for %Ln numbers…</source>
        <translation>
            <numerusform>Turn off E911 for %Ln number…</numerusform>
            <numerusform>Turn off E911 for %Ln numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkIdentifier</name>
    <message numerus="yes">
        <source>The chassis ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>The chassis ID has %n character; at most 64 are accepted.</numerusform>
            <numerusform>The chassis ID has %n characters; at most 64 are accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The port ID has %n characters; at most 64 are accepted.</source>
        <translation>
            <numerusform>The port ID has %n character; at most 64 are accepted.</numerusform>
            <numerusform>The port ID has %n characters; at most 64 are accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkImportDialog</name>
    <message numerus="yes">
        <source>%n element(s) queued; they appear on the map after the next sync.</source>
        <translation>
            <numerusform>%n element queued; it appears on the map after the next sync.</numerusform>
            <numerusform>%n elements queued; they appear on the map after the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) queued. %1</source>
        <translation>
            <numerusform>%n element queued. %1</numerusform>
            <numerusform>%n elements queued. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for their new place to be created; keep this window open until they are queued.</source>
        <translation>
            <numerusform>%n more waits for its new place to be created; keep this window open until it is queued.</numerusform>
            <numerusform>%n more wait for their new place to be created; keep this window open until they are queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still wait for their new place.</source>
        <translation>
            <numerusform>%n row still waits for its new place.</numerusform>
            <numerusform>%n rows still wait for their new place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberImportDialog</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %Ln numbers with 911 at %1 per number per month: %2 a month more.</source>
        <translation>
            <numerusform>Register %Ln number with 911 at %1 per number per month: %2 a month more.</numerusform>
            <numerusform>Register %Ln numbers with 911 at %1 per number per month: %2 a month more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln registered numbers to the address in the file; their fee does not change.</source>
        <translation>
            <numerusform>Move %Ln registered number to the address in the file; its fee does not change.</numerusform>
            <numerusform>Move %Ln registered numbers to the address in the file; their fee does not change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new addresses are created and validated first; numbers whose address fails validation are not registered.</source>
        <translation>
            <numerusform>%Ln new address is created and validated first; numbers whose address fails validation are not registered.</numerusform>
            <numerusform>%Ln new addresses are created and validated first; numbers whose address fails validation are not registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems are left out.</source>
        <translation>
            <numerusform>%Ln row with problems is left out.</numerusform>
            <numerusform>%Ln rows with problems are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Register %Ln Numbers</source>
        <translation>
            <numerusform>&amp;Register %Ln Number</numerusform>
            <numerusform>&amp;Register %Ln Numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◐ %1 — being created and validated; %Ln numbers wait for it</source>
        <translation>
            <numerusform>◐ %1 — being created and validated; %Ln number waits for it</numerusform>
            <numerusform>◐ %1 — being created and validated; %Ln numbers wait for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 — %Ln numbers queued</source>
        <translation>
            <numerusform>✔ %1 — %Ln number queued</numerusform>
            <numerusform>✔ %1 — %Ln numbers queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 — %Ln numbers not registered: %2</source>
        <translation>
            <numerusform>✖ %1 — %Ln number not registered: %2</numerusform>
            <numerusform>✖ %1 — %Ln numbers not registered: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the backend to validate %Ln new addresses…</source>
        <translation>
            <numerusform>Waiting for the backend to validate %Ln new address…</numerusform>
            <numerusform>Waiting for the backend to validate %Ln new addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln addresses queued, %1 refused. The outbox sends the registrations; their progress and results follow.</source>
        <translation>
            <numerusform>Done: %Ln address queued, %1 refused. The outbox sends the registrations; their progress and results follow.</numerusform>
            <numerusform>Done: %Ln addresses queued, %1 refused. The outbox sends the registrations; their progress and results follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberTablePane</name>
    <message numerus="yes">
        <source>%1 · %2 · %Ln numbers</source>
        <translation>
            <numerusform>%1 · %2 · %Ln number</numerusform>
            <numerusform>%1 · %2 · %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No number matches these filters. Change the filter text or clear the filters to see all %Ln numbers.</source>
        <translation>
            <numerusform>No number matches these filters. Change the filter text or clear the filters to see the only number.</numerusform>
            <numerusform>No number matches these filters. Change the filter text or clear the filters to see all %Ln numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <source>%n number(s) back to basic 911</source>
        <translation>
            <numerusform>%n number back to basic 911</numerusform>
            <numerusform>%n numbers back to basic 911</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message numerus="yes">
        <source>%1 (%n network element(s))</source>
        <translation>
            <numerusform>%1 (%n network element)</numerusform>
            <numerusform>%1 (%n network elements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network element(s) point at %1. Move or delete them in the network map first.</source>
        <translation>
            <numerusform>%n network element points at %1. Move or delete it in the network map first.</numerusform>
            <numerusform>%n network elements point at %1. Move or delete them in the network map first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the compliance report of %1 to %2 (%n non-compliant number(s)).</source>
        <translation>
            <numerusform>Wrote the compliance report of %1 to %2 (%n non-compliant number).</numerusform>
            <numerusform>Wrote the compliance report of %1 to %2 (%n non-compliant numbers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Waiting for you to sign in. The server asked to be asked less often: checking every %n second(s).</source>
        <translation>
            <numerusform>Waiting for you to sign in. The server asked to be asked less often: checking every %n second.</numerusform>
            <numerusform>Waiting for you to sign in. The server asked to be asked less often: checking every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupStatus</name>
    <message numerus="yes">
        <source>First sync: tenants %1 of %2, %Ln numbers</source>
        <translation>
            <numerusform>First sync: tenants %1 of %2, %Ln number</numerusform>
            <numerusform>First sync: tenants %1 of %2, %Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln items</source>
        <translation>
            <numerusform>Syncing: %Ln item</numerusform>
            <numerusform>Syncing: %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsAdoptionDialog</name>
    <message numerus="yes">
        <source>%n row(s) queued or waiting for their parent. They are sent even if you close this window, until you sign out or quit.</source>
        <translation>
            <numerusform>%n row queued or waiting for its parent. It is sent even if you close this window, until you sign out or quit.</numerusform>
            <numerusform>%n rows queued or waiting for their parent. They are sent even if you close this window, until you sign out or quit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsComparisonWindow</name>
    <message numerus="yes">
        <source>%n edit(s) queued to keep Teams&apos;s ids. The view compares again when the sync brings them back.</source>
        <translation>
            <numerusform>%n edit queued to keep Teams&apos;s ids. The view compares again when the sync brings it back.</numerusform>
            <numerusform>%n edits queued to keep Teams&apos;s ids. The view compares again when the sync brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: the Teams location of %n number(s). The numbers table flags those Teams locates elsewhere once the sync brings it back.</source>
        <translation>
            <numerusform>Queued: the Teams location of %n number. The numbers table flags those Teams locates elsewhere once the sync brings it back.</numerusform>
            <numerusform>Queued: the Teams location of %n numbers. The numbers table flags those Teams locates elsewhere once the sync brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceDialog</name>
    <message numerus="yes">
        <source>The script runs %n step(s), in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations. It removes nothing. Below the steps: what it leaves as it is, and why. Read them before you save.</source>
        <translation>
            <numerusform>The script runs %n step, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations. It removes nothing. Below the step: what it leaves as it is, and why. Read them before you save.</numerusform>
            <numerusform>The script runs %n steps, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations. It removes nothing. Below the steps: what it leaves as it is, and why. Read them before you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsDifferencePlan</name>
    <message numerus="yes">
        <source>%n objects of Dispatchable may be this one: confirm the match first; until then the script changes nothing here.</source>
        <translation>
            <numerusform>%n object of Dispatchable may be this one: confirm the match first; until then the script changes nothing here.</numerusform>
            <numerusform>%n objects of Dispatchable may be this one: confirm the match first; until then the script changes nothing here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notification group has %n entries, and Teams accepts at most 10: use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>The notification group has %n entry, and Teams accepts at most 10: use a group address in Dispatchable, then export again.</numerusform>
            <numerusform>The notification group has %n entries, and Teams accepts at most 10: use a group address in Dispatchable, then export again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsDifferenceScript</name>
    <message numerus="yes">
        <source>It makes the Teams tenant named in $tenantName and $tenantId below hold what Dispatchable holds, and changes nothing else: %n step(s), each with its reason above it, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations.</source>
        <translation>
            <numerusform>It makes the Teams tenant named in $tenantName and $tenantId below hold what Dispatchable holds, and changes nothing else: %n step, with its reason above it, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations.</numerusform>
            <numerusform>It makes the Teams tenant named in $tenantName and $tenantId below hold what Dispatchable holds, and changes nothing else: %n steps, each with its reason above it, in this order: emergency addresses, places, network elements, trusted IPs, the emergency calling policy, the numbers&apos; emergency locations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsScript</name>
    <message numerus="yes">
        <source>- %n emergency address(es) (New-CsOnlineLisCivicAddress), created where Teams has none with the same fields;</source>
        <translation>
            <numerusform>- %n emergency address (New-CsOnlineLisCivicAddress), created where Teams has none with the same fields;</numerusform>
            <numerusform>- %n emergency addresses (New-CsOnlineLisCivicAddress), created where Teams has none with the same fields;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n place(s) (New-CsOnlineLisLocation), created where the address has no location of that name;</source>
        <translation>
            <numerusform>- %n place (New-CsOnlineLisLocation), created where the address has no location of that name;</numerusform>
            <numerusform>- %n places (New-CsOnlineLisLocation), created where the address has no location of that name;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n subnet(s) (Set-CsOnlineLisSubnet);</source>
        <translation>
            <numerusform>- %n subnet (Set-CsOnlineLisSubnet);</numerusform>
            <numerusform>- %n subnets (Set-CsOnlineLisSubnet);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n wireless access point(s) (Set-CsOnlineLisWirelessAccessPoint);</source>
        <translation>
            <numerusform>- %n wireless access point (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
            <numerusform>- %n wireless access points (Set-CsOnlineLisWirelessAccessPoint);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch(es) (Set-CsOnlineLisSwitch);</source>
        <translation>
            <numerusform>- %n switch (Set-CsOnlineLisSwitch);</numerusform>
            <numerusform>- %n switches (Set-CsOnlineLisSwitch);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n switch port(s) (Set-CsOnlineLisPort);</source>
        <translation>
            <numerusform>- %n switch port (Set-CsOnlineLisPort);</numerusform>
            <numerusform>- %n switch ports (Set-CsOnlineLisPort);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n trusted IP address range(s) (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</source>
        <translation>
            <numerusform>- %n trusted IP address range (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
            <numerusform>- %n trusted IP address ranges (New-CsTenantTrustedIPAddress, Set-CsTenantTrustedIPAddress);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n entry(ies) in its notification group.</source>
        <translation>
            <numerusform>- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n entry in its notification group.</numerusform>
            <numerusform>- the emergency calling policy %1 (New-CsTeamsEmergencyCallingPolicy, Set-CsTeamsEmergencyCallingPolicy): who is told when someone dials 911, with %n entries in its notification group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Dispatchable&apos;s configuration are left out; the script lists each as a warning when it runs.</source>
        <translation>
            <numerusform>%n item of Dispatchable&apos;s configuration is left out; the script lists it as a warning when it runs.</numerusform>
            <numerusform>%n items of Dispatchable&apos;s configuration are left out; the script lists each as a warning when it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The policy is not set: its notification group has %n entries, and Teams accepts at most 10. Use a group address in Dispatchable, then export again.</source>
        <translation>
            <numerusform>The policy is not set: its notification group has %n entry, and Teams accepts at most 10. Use a group address in Dispatchable, then export again.</numerusform>
            <numerusform>The policy is not set: its notification group has %n entries, and Teams accepts at most 10. Use a group address in Dispatchable, then export again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantModel</name>
    <message numerus="yes">
        <source>%1 · %n numbers</source>
        <translation>
            <numerusform>%1 · %n number</numerusform>
            <numerusform>%1 · %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationDiffView</name>
    <message numerus="yes">
        <source>✓ Valid once written the corrected way: %n field(s) differ. Use the corrected address so 911 receives it as validated.</source>
        <translation>
            <numerusform>✓ Valid once written the corrected way: %n field differs. Use the corrected address so 911 receives it as validated.</numerusform>
            <numerusform>✓ Valid once written the corrected way: %n fields differ. Use the corrected address so 911 receives it as validated.</numerusform>
        </translation>
    </message>
</context>
</TS>
