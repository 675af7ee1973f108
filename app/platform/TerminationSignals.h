// Turns SIGTERM, SIGHUP and SIGINT (a `kill`, a closed terminal, a logout, Ctrl+C) into an
// orderly quit of the event loop, so the app's destructors run: the demo backend is stopped,
// the cache closed. A signal handler may only write to a pipe; a socket notifier on the other
// end quits on the event loop's thread (the self-pipe pattern). No-op on Windows.
#pragma once

#include <QObject>

class QSocketNotifier;

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; the event loop then exits with 128 + the signal's number. Create
    // once, after the Q(Core)Application.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // The signal that ended the loop, or 0.
    int received() const { return m_received; }

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};
