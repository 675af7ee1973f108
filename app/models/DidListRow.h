// One number as DidModel holds it: the text fields of Cache::didListRow() in one string, read
// through views, plus the values it sorts and filters on. One allocation per number.
#pragma once

#include "domain/Did.h"

#include <QString>
#include <QStringView>

#include <array>

struct DidListRow
{
    QString text;
    std::array<quint16, 7> bounds{}; // where fields 0–5 start, and where field 5 ends

    QStringView field(int i) const
    {
        return QStringView(text).mid(bounds[std::size_t(i)], bounds[std::size_t(i) + 1] -
                                                                 bounds[std::size_t(i)] -
                                                                 (i < 5 ? 1 : 0));
    }
    QStringView number() const { return field(0); } // E.164
    QStringView national() const { return field(1); }
    QStringView user() const { return field(2); } // display name, or UPN when there is none
    QStringView upn() const { return field(3); }
    QStringView addressId() const { return field(4); }
    QStringView country() const { return field(5); }
    // Parses Cache::didListRow() text; false when it is malformed.
    bool setText(QString rowText);

    qint64 since = 0;     // msecs since the epoch, UTC
    qint64 feeMinor = -1; // -1: no fee
    E911State state = E911State::Basic;
    DidUsage usage = DidUsage::Unassigned;
    bool tollFree = false;
};
