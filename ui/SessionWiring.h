// Connects what the main window asks for to the dialogs that do it, for a session: the E911
// switch, the CSV import, the address book, the audit trail and the compliance report. One call
// for the demo and for a real connection alike.
#pragma once

class AppSession;
class MainWindow;

void connectSessionDialogs(MainWindow &window, AppSession &session);
