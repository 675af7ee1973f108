// Opens the current tenant's address book when the main window asks for it.
#pragma once

class AppSession;
class MainWindow;

void connectAddressBook(MainWindow &window, AppSession &session);
