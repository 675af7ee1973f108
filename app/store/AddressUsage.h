// Which numbers use an emergency address, read from the offline cache: the editor lists them
// (an edit re-registers each of them) and deleting an address in use is refused with them,
// before anything is sent. Kept out of Cache, which is large enough.
#pragma once

#include "domain/E911State.h"

#include <QList>
#include <QString>

class Cache;

struct AddressUser
{
    QString number;   // E.164
    QString national; // for display
    QString userName; // display name or UPN; empty for an unassigned number
    E911State state = E911State::Basic;
};

class AddressUsage
{
public:
    // `cache` is not owned; it must be used on the thread that opened it.
    explicit AddressUsage(Cache *cache);

    // The numbers pointed at `addressId`, in number order, at most `limit` of them.
    QList<AddressUser> users(const QString &addressId, int limit = 1000) const;
    qint64 count(const QString &addressId) const;

private:
    Cache *m_cache;
};
