// Reading a Teams emergency call routing policy row; see TeamsEmergencyRoutingPolicy.h.
#include "teams/TeamsEmergencyRoutingPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsEmergencyRoutingPolicy)
};

// A dial string or mask entry: 1 to 10 digits (Microsoft's rule for masks).
bool isDialString(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}\\z"));
    return digits.match(text).hasMatch();
}

// The list as ConvertTo-Json wrote it; the file reader gives a JSON list of objects back as
// the objects' JSON joined by ", ". Nullopt when the cell is not that (Export-Csv writes the
// list's type name, e.g. "System.Collections.Generic.List`1[…]").
std::optional<QJsonArray> numbersOf(const QString &cell)
{
    if (cell.isEmpty())
        return QJsonArray();
    if (!cell.startsWith(QLatin1Char('{')))
        return std::nullopt;
    const QJsonDocument list =
        QJsonDocument::fromJson(QString(QLatin1Char('[') + cell + QLatin1Char(']')).toUtf8());
    return list.isArray() ? std::optional(list.array()) : std::nullopt;
}

std::optional<TeamsEmergencyNumber> numberFrom(const QJsonObject &item, qsizetype index,
                                               QStringList &warnings)
{
    TeamsEmergencyNumber number;
    number.dialString = item.value(QLatin1StringView("EmergencyDialString")).toString().trimmed();
    number.pstnUsage = item.value(QLatin1StringView("OnlinePSTNUsage")).toString().trimmed();
    if (!isDialString(number.dialString)) {
        warnings.append(Text::tr("EmergencyNumbers item %1: the dial string \"%2\" is not 1 to 10 "
                                 "digits; it is left out.")
                            .arg(index + 1)
                            .arg(number.dialString));
        return std::nullopt;
    }
    const QString mask = item.value(QLatin1StringView("EmergencyDialMask")).toString();
    for (const QString &entry : mask.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (isDialString(entry.trimmed()))
            number.dialMask.append(entry.trimmed());
        else
            warnings.append(Text::tr("EmergencyNumbers item %1: the dial mask entry \"%2\" is "
                                     "not 1 to 10 digits; it is left out.")
                                .arg(index + 1)
                                .arg(entry.trimmed()));
    }
    return number;
}
} // namespace

QString TeamsEmergencyRoutingPolicy::name() const
{
    return teams::policyName(identity);
}

const TeamsEmergencyNumber *TeamsEmergencyRoutingPolicy::routeFor(QStringView dialled) const
{
    for (const TeamsEmergencyNumber &n : emergencyNumbers) {
        if (n.dialString == dialled || n.dialMask.contains(dialled))
            return &n;
    }
    return nullptr;
}

std::optional<TeamsEmergencyRoutingPolicy>
TeamsEmergencyRoutingPolicy::fromRow(const teams::ExportRow &row, teams::RowReasons &reasons)
{
    TeamsEmergencyRoutingPolicy p;
    p.identity = row.value(u"Identity");
    if (p.identity.isEmpty()) {
        reasons.errors.append(Text::tr("No Identity: the policy has no name."));
        return std::nullopt;
    }
    p.description = row.value(u"Description");
    const QString enhanced = row.value(u"AllowEnhancedEmergencyServices");
    p.allowEnhancedEmergencyServices = teams::readBool(enhanced);
    if (!enhanced.isEmpty() && !p.allowEnhancedEmergencyServices)
        reasons.warnings.append(Text::tr("AllowEnhancedEmergencyServices \"%1\" is not True or "
                                         "False; it is left out.")
                                    .arg(enhanced));
    const std::optional<QJsonArray> items = numbersOf(row.value(u"EmergencyNumbers"));
    if (!items) {
        reasons.warnings.append(
            Text::tr("EmergencyNumbers holds no numbers (Export-Csv writes only the list's "
                     "type name): export the routing policies with ConvertTo-Json -Depth 3 to "
                     "compare them."));
        return p;
    }
    p.emergencyNumbersRead = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (auto number = numberFrom(items->at(i).toObject(), i, reasons.warnings))
            p.emergencyNumbers.append(*number);
    }
    return p;
}
