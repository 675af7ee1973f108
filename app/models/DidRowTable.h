// Every number DidModel holds, compact enough for a million: one fixed-size record per number,
// the texts it shows and searches (number, name, UPN, country) as UTF-8 in one shared buffer,
// and each distinct emergency address id once. The national format is not kept; it is made from
// the number when a row is shown. Rows are addressed by index and a removed number leaves a hole,
// so indexes held elsewhere (order, filter index) stay valid until the next load.
#pragma once

#include "models/DidListRow.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class DidRowTable
{
public:
    std::size_t size() const { return m_records.size(); }
    bool empty() const { return m_records.empty(); }
    void clear();
    void reserve(std::size_t rows);

    DidListRow operator[](std::size_t row) const { return view(m_records[row]); }
    // The key of row `row`'s address id, and for each key whether its id is among `ids`:
    // ruling rows in by address without hashing an id per row.
    quint32 addressKeyAt(std::size_t row) const { return m_records[row].addressKey; }
    std::vector<bool> addressKeysAmong(const QSet<QStringView> &ids) const;
    DidListRow back() const { return view(m_records.back()); }

    // A record for `did`, its text stored but not yet a row: append() or swap() it in.
    DidListRecord make(const Did &did);
    // The same from the cache's list row (Cache::didListRow); nothing when it is malformed.
    std::optional<DidListRecord> makeFromListRow(QByteArrayView listRow);
    void append(const DidListRecord &record) { m_records.push_back(record); }
    // Exchanges row `row`'s record with `record` (DidModel tries an update both ways).
    void swap(std::size_t row, DidListRecord &record);
    // Makes `row` a hole; its text becomes garbage.
    void remove(std::size_t row);
    // A record made but not kept (one swapped out): its text becomes garbage.
    void release(const DidListRecord &record);

private:
    DidListRow view(const DidListRecord &record) const
    {
        return {record, m_text.data() + record.textAt, m_addressIds[record.addressKey]};
    }
    quint32 addressKey(QStringView addressId);
    quint32 appendText(QByteArrayView number, QByteArrayView name, QByteArrayView upn,
                       QByteArrayView country);
    void forget(const DidListRecord &record);
    void compactIfMostlyGarbage();

    std::vector<DidListRecord> m_records;
    std::string m_text;                    // every record's text; replaced ones leave garbage
    std::size_t m_garbageBytes = 0;        // bytes no record points at any more
    std::vector<QString> m_addressIds{{}}; // by key; key 0 is no address
    QHash<QString, quint32> m_addressKeys; // id → key
};
