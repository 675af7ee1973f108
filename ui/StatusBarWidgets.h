// The status bar's pieces: connection ("● Connected (certificate pinned)" or offline), who is
// signed in with which role, the age of the data ("Last sync 2 min ago", kept current), the
// outbox size, and the sync's progress with a Cancel button.
#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
struct SyncProgress;

class StatusBarWidgets : public QObject
{
    Q_OBJECT
public:
    explicit StatusBarWidgets(QStatusBar *bar);

    void setConnection(bool online, bool certificatePinned, const QString &host);
    void setUser(const QString &email, const QString &role);
    void setLastSync(const QDateTime &utc);
    void setOutboxSize(int entries);
    void showProgress(const SyncProgress &progress);
    void hideProgress();

    // "just now", "2 min ago", "3 h ago", or the date.
    static QString ageText(const QDateTime &utc, const QDateTime &now);

signals:
    void cancelRequested();

private:
    void updateLastSync();

    QLabel *m_connection;
    QLabel *m_user;
    QLabel *m_lastSync;
    QLabel *m_outbox;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_ageTimer;
    QDateTime m_lastSyncUtc;
};
