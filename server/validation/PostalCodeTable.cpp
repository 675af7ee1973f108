#include "PostalCodeTable.h"

#include "CsvReader.h"

#include <QFile>

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool keyIsWellFormed(const QByteArray &key, int length, bool digits)
{
    if (key.size() != length)
        return false;
    for (int i = 0; i < length; ++i) {
        const char c = key[i];
        const bool isDigit = c >= '0' && c <= '9';
        const bool isLetter = c >= 'A' && c <= 'Z';
        // A Canadian FSA alternates letter, digit, letter.
        if (digits ? !isDigit : (i % 2 == 0 ? !isLetter : !isDigit))
            return false;
    }
    return true;
}

bool isCoordinate(const QByteArray &field)
{
    return !field.isEmpty() && field != "null";
}

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
        return {};
    }
    return file.readAll();
}
} // namespace

std::optional<PostalCodeTable> PostalCodeTable::loadBundled(QString *error)
{
    const QByteArray us =
        readResource(QStringLiteral(":/dispatchable/postal-codes/us-zip-centroids.csv"), error);
    if (us.isEmpty())
        return std::nullopt;
    const QByteArray ca =
        readResource(QStringLiteral(":/dispatchable/postal-codes/ca-fsa-centroids.csv"), error);
    if (ca.isEmpty())
        return std::nullopt;
    PostalCodeTable table;
    if (!table.loadUsZipCsv(us, error) || !table.loadCanadianFsaCsv(ca, error))
        return std::nullopt;
    return table;
}

bool PostalCodeTable::loadUsZipCsv(QByteArrayView csv, QString *error)
{
    return load(csv, "zip", 5, true, m_usZips, error);
}

bool PostalCodeTable::loadCanadianFsaCsv(QByteArrayView csv, QString *error)
{
    return load(csv, "fsa", 3, false, m_caFsas, error);
}

bool PostalCodeTable::load(QByteArrayView csv, const char *firstColumn, int keyLength,
                           bool keyIsDigits, QHash<QString, PostalArea> &into, QString *error)
{
    CsvReader reader(csv);
    QList<QByteArray> fields;
    if (!reader.readRow(fields) || fields.size() != 5 || fields.first() != firstColumn)
        return fail(error, QStringLiteral("the postal code table has no \"%1,…\" header row")
                               .arg(QLatin1StringView(firstColumn)));
    into.reserve(into.size() + csv.size() / 40);
    while (reader.readRow(fields)) {
        const int line = reader.line();
        if (fields.size() != 5)
            return fail(
                error,
                QStringLiteral("line %1: %2 fields instead of 5").arg(line).arg(fields.size()));
        if (!keyIsWellFormed(fields[0], keyLength, keyIsDigits))
            return fail(error, QStringLiteral("line %1: \"%2\" is not a postal code")
                                   .arg(line)
                                   .arg(QString::fromUtf8(fields[0])));
        PostalArea area;
        area.region = QString::fromLatin1(fields[1]);
        area.place = QString::fromUtf8(fields[2]);
        // Military ZIPs have no coordinates. A few Canadian rows say "null" for the latitude and
        // carry what looks like a latitude in the longitude column: a row with either value
        // missing has no usable point, so it gets none rather than a wrong one.
        if (isCoordinate(fields[3]) && isCoordinate(fields[4])) {
            bool latOk = false;
            bool lonOk = false;
            area.latitude = fields[3].toDouble(&latOk);
            area.longitude = fields[4].toDouble(&lonOk);
            if (!latOk || !lonOk || area.latitude < -90 || area.latitude > 90 ||
                area.longitude < -180 || area.longitude > 180)
                return fail(error, QStringLiteral("line %1: bad coordinates").arg(line));
            area.hasCoordinates = true;
        }
        into.insert(QString::fromLatin1(fields[0]), area);
    }
    if (!reader.error().isEmpty())
        return fail(error, reader.error());
    return true;
}

std::optional<PostalArea> PostalCodeTable::usZip(QStringView zip5) const
{
    const auto it = m_usZips.constFind(zip5.toString());
    if (it == m_usZips.cend())
        return std::nullopt;
    return *it;
}

std::optional<PostalArea> PostalCodeTable::canadianFsa(QStringView fsa) const
{
    const auto it = m_caFsas.constFind(fsa.toString());
    if (it == m_caFsas.cend())
        return std::nullopt;
    return *it;
}
