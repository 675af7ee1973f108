#include "address/AddressFields.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AddressFields", text);
}
} // namespace

const QStringList &AddressFields::edited()
{
    static const QStringList fields{
        QStringLiteral("addNumber"),  QStringLiteral("addNumSuf"),       QStringLiteral("stPreDir"),
        QStringLiteral("stName"),     QStringLiteral("stPosTyp"),        QStringLiteral("stPosDir"),
        QStringLiteral("building"),   QStringLiteral("floor"),           QStringLiteral("unit"),
        QStringLiteral("room"),       QStringLiteral("postalCommunity"), QStringLiteral("state"),
        QStringLiteral("postalCode"), QStringLiteral("country"),
    };
    return fields;
}

QString AddressFields::label(const QString &field, QStringView country)
{
    const bool canada = country == QLatin1String("CA");
    if (field == QLatin1String("addNumber"))
        return tr("House number");
    if (field == QLatin1String("addNumSuf"))
        return tr("Number suffix");
    if (field == QLatin1String("addNumPre"))
        return tr("Number prefix");
    if (field == QLatin1String("stPreDir"))
        return tr("Direction before the street");
    if (field == QLatin1String("stPreTyp"))
        return tr("Street type before the name");
    if (field == QLatin1String("stPreMod") || field == QLatin1String("stPosMod"))
        return tr("Street name modifier");
    if (field == QLatin1String("stName"))
        return tr("Street name");
    if (field == QLatin1String("stPosTyp"))
        return tr("Street type");
    if (field == QLatin1String("stPosDir"))
        return tr("Direction after the street");
    if (field == QLatin1String("building"))
        return tr("Building");
    if (field == QLatin1String("floor"))
        return tr("Floor");
    if (field == QLatin1String("unit"))
        return tr("Suite or unit");
    if (field == QLatin1String("room"))
        return tr("Room");
    if (field == QLatin1String("seat"))
        return tr("Seat");
    if (field == QLatin1String("additionalLocation"))
        return tr("Other location detail");
    if (field == QLatin1String("postalCommunity"))
        return tr("City");
    if (field == QLatin1String("state"))
        return canada ? tr("Province or territory") : tr("State");
    if (field == QLatin1String("postalCode"))
        return canada ? tr("Postal code") : tr("ZIP code");
    if (field == QLatin1String("country"))
        return tr("Country");
    return field;
}

QString AddressFields::fromProblemPath(const QString &path)
{
    const QLatin1StringView prefix("civic.");
    return path.startsWith(prefix) ? path.mid(prefix.size()) : path;
}

QList<AddressFieldChange> compareAddressFields(const CivicAddress &typed,
                                               const CivicAddress &normalized)
{
    QStringList fields = AddressFields::edited();
    for (const QString &f : CivicAddress::fieldNames())
        if (!fields.contains(f) && (!typed.value(f).isEmpty() || !normalized.value(f).isEmpty()))
            fields.insert(fields.indexOf(QStringLiteral("postalCommunity")), f);
    QList<AddressFieldChange> rows;
    for (const QString &f : std::as_const(fields)) {
        const QString t = typed.value(f).simplified();
        const QString n = normalized.value(f);
        if (t.isEmpty() && n.isEmpty())
            continue;
        rows.append({f, t, n, t != n});
    }
    return rows;
}
