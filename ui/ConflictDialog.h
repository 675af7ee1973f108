// Mine versus theirs for one outbox change the server refused with 412 because someone else
// changed the item first: my queued change on the left, the server's current version on the
// right, in words, with Keep mine (send mine on top of theirs) and Keep theirs (drop mine).
#pragma once

#include "store/OutboxEntry.h"

#include <QDialog>

class Cache;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Undecided, KeepMine, KeepTheirs };

    // `cache` names addresses (read on this thread during construction only).
    ConflictDialog(const OutboxEntry &entry, Cache *cache, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The two sides as shown, for tests and screen readers.
    QString mineText() const { return m_mine; }
    QString theirsText() const { return m_theirs; }

    // The item a change is about, as a person names it ("(206) 555-0100", "address …").
    static QString itemName(const OutboxEntry &entry);

private:
    Choice m_choice = Choice::Undecided;
    QString m_mine;
    QString m_theirs;
};
