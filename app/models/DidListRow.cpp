#include "DidListRow.h"

#include "store/Cache.h"

#include <QStringTokenizer>

#include <algorithm>

bool DidListRow::setText(QString rowText)
{
    text = std::move(rowText);
    std::array<QStringView, Cache::didListRowFields> f;
    std::size_t n = 0;
    bounds[0] = 0;
    for (const QStringView part : QStringTokenizer(text, QChar(0x1f))) {
        if (n >= f.size())
            return false;
        f[n] = part;
        if (n < 6)
            bounds[n + 1] = quint16(part.data() - text.constData() + part.size() + (n < 5 ? 1 : 0));
        ++n;
    }
    if (n != f.size() || text.size() > 0xffff)
        return false;
    since = f[6].toLongLong();
    feeMinor = f[7].toLongLong();
    state = E911State(std::clamp(f[8].toInt(), 0, int(E911State::Deregistering)));
    usage = DidUsage(std::clamp(f[9].toInt(), 0, int(DidUsage::Unassigned)));
    tollFree = f[10] == u"1";
    return true;
}
