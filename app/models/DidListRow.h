// One number as DidModel holds it, seen through DidRowTable: the texts it shows and searches and
// the values it sorts and filters on. A view: valid until the table changes.
#pragma once

#include "domain/Did.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

struct DidListRecord
{
    qint64 since = 0;       // msecs since the epoch, UTC
    qint64 feeMinor = -1;   // -1: no fee
    quint32 textAt = 0;     // where the row's UTF-8 text starts in DidRowTable's buffer
    quint32 addressKey = 0; // DidRowTable's address id; 0: none
    quint16 nameLength = 0; // the text: number, name, UPN, country, one after another
    quint16 upnLength = 0;
    quint8 numberLength = 0; // 0: a hole (a number removed since the load)
    quint8 countryLength = 0;
    E911State state = E911State::Basic;
    DidUsage usage = DidUsage::Unassigned;
    bool tollFree = false;
};

class DidListRow
{
public:
    DidListRow(const DidListRecord &record, const char *text, QStringView addressId)
        : m_record(&record)
        , m_text(text)
        , m_addressId(addressId)
    {}

    bool isHole() const { return m_record->numberLength == 0; }
    QByteArrayView numberUtf8() const { return {m_text, m_record->numberLength}; } // E.164
    QByteArrayView nameUtf8() const
    {
        return {m_text + m_record->numberLength, m_record->nameLength};
    }
    QByteArrayView upnUtf8() const
    {
        return {m_text + m_record->numberLength + m_record->nameLength, m_record->upnLength};
    }
    QByteArrayView countryUtf8() const
    {
        return {m_text + m_record->numberLength + m_record->nameLength + m_record->upnLength,
                m_record->countryLength};
    }
    // What the user column shows: the display name, or the UPN when there is none.
    QByteArrayView userUtf8() const { return m_record->nameLength > 0 ? nameUtf8() : upnUtf8(); }

    QString number() const { return QString::fromUtf8(numberUtf8()); }
    QString national() const { return Did::formatNational(number()); }
    QString user() const { return QString::fromUtf8(userUtf8()); }
    QString upn() const { return QString::fromUtf8(upnUtf8()); }
    QString country() const { return QString::fromUtf8(countryUtf8()); }
    QStringView addressId() const { return m_addressId; }

    qint64 since() const { return m_record->since; }
    qint64 feeMinor() const { return m_record->feeMinor; }
    E911State state() const { return m_record->state; }
    DidUsage usage() const { return m_record->usage; }
    bool tollFree() const { return m_record->tollFree; }

private:
    const DidListRecord *m_record;
    const char *m_text;
    QStringView m_addressId;
};
