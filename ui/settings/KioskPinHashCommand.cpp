#include "KioskPinHashCommand.h"

#include "kiosk/KioskPinHash.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
// Turns off echo while a person types the PIN at a terminal; does nothing for a pipe.
class HiddenInput
{
public:
    HiddenInput()
    {
#ifdef Q_OS_UNIX
        m_terminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_terminal) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~HiddenInput()
    {
#ifdef Q_OS_UNIX
        if (m_terminal) {
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
            std::fputs("\n", stderr);
        }
#endif
    }
    bool isTerminal() const
    {
        return m_terminal;
    }

private:
    bool m_terminal = false;
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
};

// One line from stdin without its line ending; nullopt at end of input with nothing read.
std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString pin = QString::fromStdString(line);
    // Wipe our copy; the QString copy lives only until the hash is made.
    std::memset(line.data(), 0, line.size());
    return pin;
}
} // namespace

bool isKioskPinHashCommand(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "kiosk-pin-hash") == 0;
}

int runKioskPinHashCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "KioskPinHashCommand",
        "Reads a kiosk PIN from standard input and prints its salted hash for the KioskPinHash "
        "managed setting."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kiosk-pin-hash"), QString());
    parser.process(app);

    QTextStream err(stderr);
    std::optional<QString> pin;
    {
        HiddenInput hidden;
        if (hidden.isTerminal()) {
            err << QCoreApplication::translate("KioskPinHashCommand", "Kiosk PIN: ") << Qt::flush;
        }
        pin = readLine();
    }
    if (!pin) {
        err << QCoreApplication::translate("KioskPinHashCommand",
                                           "No PIN was given on standard input.")
            << Qt::endl;
        return 1;
    }
    const QString problem = KioskPinHash::problemWithPin(*pin);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << KioskPinHash::create(*pin) << Qt::endl;
    pin->fill(QLatin1Char('\0'));
    return 0;
}
