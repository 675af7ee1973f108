// Opens the network map, the 933 checklist, the Teams comparison and the Teams script export
// when the main window's actions ask for them (Tenant > Network Map…, Tenant > 933 Test Calls…,
// Tenant > Compare With Teams…, File > Export Teams Script…), for the selected tenant. Auditors get
// the same windows, read-only.
#pragma once

class AppSession;
class MainWindow;
class QWidget;
class QString;

void connectLisDialogs(MainWindow &window, AppSession &session);
