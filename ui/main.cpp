// dispatchable: the desktop app.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QApplication::setOrganizationName(QStringLiteral("Dispatchable"));
    QApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
