// The banner for changes the server refused because someone else changed the item first:
// "Changed by someone else: (206) 555-0100" with a Compare button that opens mine versus theirs
// and hands the decision to the outbox sender. Hidden while no change waits for a decision.
#pragma once

#include <QFrame>

class Cache;
class Outbox;
class OutboxSender;
class QLabel;
class QPushButton;

class ConflictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictBanner(QWidget *parent = nullptr);

    // Not owned; they must outlive the banner.
    void setSources(Cache *cache, Outbox *outbox, OutboxSender *sender);
    // Reads the outbox again: the oldest conflict is the one offered.
    void refresh();
    qint64 currentEntry() const { return m_entryId; }
    QString headline() const;

public slots:
    // Opens the comparison for the offered conflict and applies the choice.
    void review();

private:
    Cache *m_cache = nullptr;
    Outbox *m_outbox = nullptr;
    OutboxSender *m_sender = nullptr;
    qint64 m_entryId = 0;
    QLabel *m_text;
    QPushButton *m_review;
};
