// Runs the E911 dialogs for the main window: Register With 911, Turn off, and the Limitations
// page, against the profile's cache and outbox. When bulk work it queued has been answered, it
// shows the per-number results. The window only forwards the selection.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class BulkResultDialog;
class BulkProgressDialog;
class Cache;
class Outbox;
class QWidget;

class E911Actions : public QObject
{
    Q_OBJECT
public:
    E911Actions(Cache &cache, Outbox &outbox, QWidget *parentWidget);

    // The tenant the next actions apply to (the main window's selection). Without a name, the
    // cached tenant's name is used.
    void setTenant(const QString &tenantId, const QString &tenantName = QString());

public slots:
    void registerNumbers(const QStringList &numbers);
    void turnOff(const QStringList &numbers);
    // Re-points the registered (or pending) numbers of `numbers` at another address; says so
    // when none of them is registered.
    void moveNumbers(const QStringList &numbers);
    // Follows bulk work queued elsewhere (the CSV import) with the same progress and results.
    void follow(const QList<qint64> &ids, const QString &title);
    void showLimitations();

signals:
    // Entries were queued (to nudge the sender, refresh counts).
    void changesQueued(const QList<qint64> &entryIds);

private:
    void runEnableDialog(const QStringList &numbers, const QString &title);
    void entryChanged(qint64 id);

    Cache &m_cache;
    Outbox &m_outbox;
    QPointer<QWidget> m_parentWidget;
    QString m_tenantId;
    QString m_tenantName;
    // The bulk job being followed: its results show when none of its entries is open any more.
    QList<qint64> m_followed;
    QPointer<BulkResultDialog> m_results;
    // Shows count, rate and time left while a bulk job runs; closed when the results open.
    QPointer<BulkProgressDialog> m_progress;
};
