// The right pane: one number in full. Who uses it, then the three facts an admin needs kept
// apart ("validated" alone is not "works"): the emergency address is validated, the 911
// provider accepted the registration, and a 933 test call confirmed it; when the number has
// called through Teams, whether the location Teams sent matched the registration; then the
// limitations that apply to this number, in short, with a link to the Limitations page. A number
// the provider refused shows the reason and a Retry that registers it again at the same address.
#pragma once

#include <QWidget>

struct Did;

class Cache;
class Outbox;
class QLabel;
class QPushButton;
class QStackedWidget;

class NumberDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit NumberDetailPane(QWidget *parent = nullptr);

    // Read on this thread; must outlive the pane.
    void setCache(Cache *cache) { m_cache = cache; }
    // Where Retry queues its request (must outlive the pane); without one, no Retry is offered.
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    // Auditors read only: no Retry.
    void setCanWrite(bool canWrite);
    // Shows the number from the cache; an empty number shows "choose a number".
    void showNumber(const QString &tenantId, const QString &e164);
    // Reads the shown number again (after a sync changed it).
    void refresh() { showNumber(m_tenantId, m_number); }
    QString number() const { return m_number; }

signals:
    void limitationsRequested();
    // Retry queued this outbox entry.
    void retryQueued(qint64 entryId);

private:
    QLabel *addLabel(const QString &objectName);
    void updateRetry(const Did &did);
    void showCallLocation(const Did &did);
    void showTeamsLocation(const Did &did);
    void retry();

    Cache *m_cache = nullptr;
    Outbox *m_outbox = nullptr;
    bool m_canWrite = false;
    QString m_tenantId;
    QString m_number;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_national;
    QLabel *m_e164;
    QLabel *m_user;
    QLabel *m_addressFact;
    QLabel *m_providerFact;
    QLabel *m_testFact;
    QLabel *m_callFact;  // what the last call through Teams sent, against the registration
    QLabel *m_teamsFact; // the location Teams gives the number, against the registration
    QLabel *m_warnings;
    QPushButton *m_limitationsButton;
    QPushButton *m_retryButton;
    QLabel *m_retryNote;
};
