// Connects what the main window asks for to the dialogs that do it, for a session: the E911
// switch, the CSV import, the address book, the audit trail, the compliance report and the
// security desk. One call for the demo and for a real connection alike. `settings` (not owned,
// may be null for the defaults) must outlive the session.
#pragma once

class AppSession;
class EffectiveSettings;
class MainWindow;

void connectSessionDialogs(MainWindow &window, AppSession &session,
                           const EffectiveSettings *settings);
