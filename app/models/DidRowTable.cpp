#include "DidRowTable.h"

#include "store/Cache.h"

#include <QByteArrayList>

#include <algorithm>
#include <array>
#include <limits>

namespace {
template <typename Int> Int clampedLength(qsizetype length)
{
    return Int(std::min<qsizetype>(length, std::numeric_limits<Int>::max()));
}

qint64 toInt64(QByteArrayView text, bool *ok)
{
    return QByteArray::fromRawData(text.data(), text.size()).toLongLong(ok);
}
} // namespace

void DidRowTable::clear()
{
    m_records.clear();
    m_text.clear();
    m_garbageBytes = 0;
    m_addressIds.assign(1, QString());
    m_addressKeys.clear();
}

void DidRowTable::reserve(std::size_t rows)
{
    m_records.reserve(rows);
    m_text.reserve(rows * 96); // a number, a name, a UPN and a country; untouched pages are free
}

quint32 DidRowTable::addressKey(QStringView addressId)
{
    if (addressId.isEmpty())
        return 0;
    const QString id = addressId.toString();
    const auto found = m_addressKeys.constFind(id);
    if (found != m_addressKeys.constEnd())
        return found.value();
    const auto key = quint32(m_addressIds.size());
    m_addressIds.push_back(id);
    m_addressKeys.insert(id, key);
    return key;
}

quint32 DidRowTable::appendText(QByteArrayView number, QByteArrayView name, QByteArrayView upn,
                                QByteArrayView country)
{
    const auto at = quint32(m_text.size());
    for (const QByteArrayView part : {number, name, upn, country})
        m_text.append(part.data(), std::size_t(part.size()));
    return at;
}

std::vector<bool> DidRowTable::addressKeysAmong(const QSet<QStringView> &ids) const
{
    std::vector<bool> among(m_addressIds.size());
    for (std::size_t key = 1; key < m_addressIds.size(); ++key)
        among[key] = ids.contains(m_addressIds[key]);
    return among;
}

DidListRecord DidRowTable::make(const Did &did)
{
    const QByteArray number = did.number.toUtf8();
    const QByteArray name =
        did.assignedUser ? did.assignedUser->displayName.toUtf8() : QByteArray();
    const QByteArray upn = did.assignedUser ? did.assignedUser->upn.toUtf8() : QByteArray();
    const QByteArray country = did.country.toUtf8();
    DidListRecord record;
    record.numberLength = clampedLength<quint8>(number.size());
    record.nameLength = clampedLength<quint16>(name.size());
    record.upnLength = clampedLength<quint16>(upn.size());
    record.countryLength = clampedLength<quint8>(country.size());
    record.textAt = appendText(number.first(record.numberLength), name.first(record.nameLength),
                               upn.first(record.upnLength), country.first(record.countryLength));
    record.addressKey = addressKey(did.e911.addressId);
    record.since = did.e911.since.isValid() ? did.e911.since.toMSecsSinceEpoch() : 0;
    record.feeMinor = did.monthlyFee ? did.monthlyFee->amountMinor : -1;
    record.state = did.e911.state;
    record.usage = did.usage;
    record.tollFree = did.tollFree;
    return record;
}

std::optional<DidListRecord> DidRowTable::makeFromListRow(QByteArrayView listRow)
{
    // number, national, user (name, or the UPN), UPN, address id, country, since, fee, state,
    // usage, toll-free: Cache::didListRow()
    std::array<QByteArrayView, Cache::didListRowFields> f;
    std::size_t n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= listRow.size(); ++i) {
        if (i < listRow.size() && listRow[i] != '\x1f')
            continue;
        if (n >= f.size())
            return std::nullopt;
        f[n++] = listRow.sliced(start, i - start);
        start = i + 1;
    }
    if (n != f.size() || f[0].isEmpty() || f[0].size() > 0xff || f[5].size() > 0xff ||
        f[2].size() > 0xffff || f[3].size() > 0xffff)
        return std::nullopt;
    bool ok[5] = {};
    DidListRecord record;
    record.since = toInt64(f[6], &ok[0]);
    record.feeMinor = toInt64(f[7], &ok[1]);
    const qint64 state = toInt64(f[8], &ok[2]);
    const qint64 usage = toInt64(f[9], &ok[3]);
    ok[4] = f[10] == "0" || f[10] == "1";
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
        return std::nullopt;
    record.state = E911State(std::clamp<qint64>(state, 0, qint64(E911State::Deregistering)));
    record.usage = DidUsage(std::clamp<qint64>(usage, 0, qint64(DidUsage::Unassigned)));
    record.tollFree = f[10] == "1";
    // The user column's text is the name, or the UPN when there is no name: keep no copy of it.
    const QByteArrayView name = f[2] == f[3] ? QByteArrayView() : f[2];
    record.numberLength = quint8(f[0].size());
    record.nameLength = quint16(name.size());
    record.upnLength = quint16(f[3].size());
    record.countryLength = quint8(f[5].size());
    record.textAt = appendText(f[0], name, f[3], f[5]);
    record.addressKey = addressKey(QString::fromUtf8(f[4]));
    return record;
}

void DidRowTable::swap(std::size_t row, DidListRecord &record)
{
    std::swap(m_records[row], record);
}

void DidRowTable::forget(const DidListRecord &record)
{
    m_garbageBytes += std::size_t(record.numberLength) + record.nameLength + record.upnLength +
                      record.countryLength;
}

void DidRowTable::remove(std::size_t row)
{
    forget(m_records[row]);
    m_records[row] = DidListRecord{};
    compactIfMostlyGarbage();
}

void DidRowTable::release(const DidListRecord &record)
{
    forget(record);
    compactIfMostlyGarbage();
}

void DidRowTable::compactIfMostlyGarbage()
{
    // Updates append; once most of the buffer is stale, rewrite it without the stale bytes.
    if (m_garbageBytes <= 4096 || m_garbageBytes <= m_text.size() / 2)
        return;
    std::string compact;
    compact.reserve(m_text.size() - m_garbageBytes);
    for (DidListRecord &record : m_records) {
        const std::size_t length = std::size_t(record.numberLength) + record.nameLength +
                                   record.upnLength + record.countryLength;
        const auto at = quint32(compact.size());
        compact.append(m_text, record.textAt, length);
        record.textAt = at;
    }
    m_text = std::move(compact);
    m_garbageBytes = 0;
}
