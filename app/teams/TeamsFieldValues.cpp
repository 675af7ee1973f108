// Reading the GUIDs, coordinates and booleans of Teams exports.
#include "teams/TeamsFieldValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsFieldValues)
};

std::optional<double> readCoordinate(const QString &text, double limit, const QString &what,
                                     QStringList &warnings)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    // PowerShell writes numbers with the invariant culture: a dot, never a comma.
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (ok && value >= -limit && value <= limit)
        return value;
    warnings.append(Text::tr("%1 \"%2\" is not a coordinate between -%3 and %3; it is left out.")
                        .arg(what, trimmed)
                        .arg(limit));
    return std::nullopt;
}
} // namespace

namespace teams {

QString readGuid(const QString &text, const QString &column, QStringList &errors)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The whole text must be one GUID, braced or bare: QUuid::fromString alone reads only the
    // first 36 or 38 characters and would take "…4c24ac-extra" for a GUID.
    static const QRegularExpression guid(
        QStringLiteral("^(\\{)?[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?(1)\\})$"));
    const QUuid uuid = guid.match(trimmed).hasMatch() ? QUuid::fromString(trimmed) : QUuid();
    if (uuid.isNull()) {
        static const QString zero = QUuid().toString(QUuid::WithoutBraces);
        if (QString(trimmed).remove(u'{').remove(u'}') != zero)
            errors.append(Text::tr("%1 \"%2\" is not a Teams ID (a GUID such as "
                                   "5aa884e8-d548-4b8e-a289-52bfd5265a6e).")
                              .arg(column, trimmed));
        return {};
    }
    return uuid.toString(QUuid::WithoutBraces);
}

std::optional<double> readLatitude(const QString &text, QStringList &warnings)
{
    return readCoordinate(text, 90, QStringLiteral("Latitude"), warnings);
}

std::optional<double> readLongitude(const QString &text, QStringList &warnings)
{
    return readCoordinate(text, 180, QStringLiteral("Longitude"), warnings);
}

std::optional<bool> readBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1StringView("true") || t == QLatin1StringView("1"))
        return true;
    if (t == QLatin1StringView("false") || t == QLatin1StringView("0"))
        return false;
    return std::nullopt;
}

QString policyName(const QString &identity)
{
    return identity.startsWith(QLatin1StringView("Tag:"), Qt::CaseInsensitive) ? identity.mid(4)
                                                                               : identity;
}

} // namespace teams
