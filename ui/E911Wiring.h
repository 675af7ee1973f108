// Connects the main window's E911 requests (Register With 911, Turn off, Limitations) to the
// dialogs that carry them out over the session's cache and outbox. Shared by the executable and
// the widget tests, so both run the same wiring.
#pragma once

class AppSession;
class E911Actions;
class MainWindow;

// The returned E911Actions is a child of the window, so it goes before the session's cache and
// outbox do.
E911Actions *connectE911Dialogs(MainWindow &window, AppSession &session);
