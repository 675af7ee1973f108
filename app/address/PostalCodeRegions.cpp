#include "address/PostalCodeRegions.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPostalCodes, "dispatchable.address.postalcodes")

namespace {
constexpr int zipSlots = 100000;       // 00000 … 99999
constexpr int fsaSlots = 26 * 10 * 26; // letter, digit, letter

// Two bytes per slot, the region's code; zero bytes where no postal code exists. 200 KB for
// every ZIP code answers a lookup in constant time without hashing strings.
struct Tables
{
    QByteArray zipStates{2 * zipSlots, '\0'};
    QByteArray fsaProvinces{2 * fsaSlots, '\0'};
    qsizetype zips = 0;
    qsizetype fsas = 0;
};

int zipSlot(QStringView zip)
{
    if (zip.size() < 5)
        return -1;
    int slot = 0;
    for (int i = 0; i < 5; ++i) {
        const char16_t c = zip[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        slot = slot * 10 + (c - u'0');
    }
    return slot;
}

int fsaSlot(QStringView code)
{
    if (code.size() < 3)
        return -1;
    const char16_t a = code[0].toUpper().unicode();
    const char16_t d = code[1].unicode();
    const char16_t b = code[2].toUpper().unicode();
    if (a < u'A' || a > u'Z' || d < u'0' || d > u'9' || b < u'A' || b > u'Z')
        return -1;
    return ((a - u'A') * 10 + (d - u'0')) * 26 + (b - u'A');
}

// Reads "key,region,…" rows after the header `header`, the first two columns only (neither is
// ever quoted); returns how many rows it stored.
qsizetype readTable(const QString &path, QByteArrayView header, int (*slotOf)(QStringView),
                    QByteArray &into)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcPostalCodes) << "cannot read" << path << file.errorString();
        return 0;
    }
    const QByteArray csv = file.readAll();
    qsizetype stored = 0;
    qsizetype line = 0;
    for (const QByteArray &row : csv.split('\n')) {
        if (line++ == 0) {
            if (!row.startsWith(header)) {
                qCCritical(lcPostalCodes) << path << "has no" << header << "header";
                return 0;
            }
            continue;
        }
        const qsizetype first = row.indexOf(',');
        const qsizetype second = first < 0 ? -1 : row.indexOf(',', first + 1);
        if (second - first != 3)
            continue; // blank last line; the server's reader refuses malformed rows loudly
        const int slot = slotOf(QString::fromLatin1(row.left(first)));
        if (slot < 0)
            continue;
        into[2 * slot] = row[first + 1];
        into[2 * slot + 1] = row[first + 2];
        ++stored;
    }
    return stored;
}

const Tables &tables()
{
    static const Tables loaded = [] {
        Tables t;
        t.zips = readTable(QStringLiteral(":/dispatchable/postal-codes/us-zip-centroids.csv"),
                           "zip,state,", zipSlot, t.zipStates);
        t.fsas = readTable(QStringLiteral(":/dispatchable/postal-codes/ca-fsa-centroids.csv"),
                           "fsa,province,", fsaSlot, t.fsaProvinces);
        return t;
    }();
    return loaded;
}

QString regionAt(const QByteArray &table, int slot)
{
    if (slot < 0 || table[2 * slot] == '\0')
        return {};
    return QString::fromLatin1(table.constData() + 2 * slot, 2);
}
} // namespace

QString PostalCodeRegions::stateOfZip(QStringView zip)
{
    return regionAt(tables().zipStates, zipSlot(zip));
}

QString PostalCodeRegions::provinceOfPostalCode(QStringView postalCode)
{
    return regionAt(tables().fsaProvinces, fsaSlot(postalCode));
}

qsizetype PostalCodeRegions::zipCount()
{
    return tables().zips;
}

qsizetype PostalCodeRegions::fsaCount()
{
    return tables().fsas;
}
