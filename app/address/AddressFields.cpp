#include "address/AddressFields.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AddressFields)
};
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
        return Text::tr("House number");
    if (field == QLatin1String("addNumSuf"))
        return Text::tr("Number suffix");
    if (field == QLatin1String("addNumPre"))
        return Text::tr("Number prefix");
    if (field == QLatin1String("stPreDir"))
        return Text::tr("Direction before the street");
    if (field == QLatin1String("stPreTyp"))
        return Text::tr("Street type before the name");
    if (field == QLatin1String("stPreMod") || field == QLatin1String("stPosMod"))
        return Text::tr("Street name modifier");
    if (field == QLatin1String("stName"))
        return Text::tr("Street name");
    if (field == QLatin1String("stPosTyp"))
        return Text::tr("Street type");
    if (field == QLatin1String("stPosDir"))
        return Text::tr("Direction after the street");
    if (field == QLatin1String("building"))
        return Text::tr("Building");
    if (field == QLatin1String("floor"))
        return Text::tr("Floor");
    if (field == QLatin1String("unit"))
        return Text::tr("Suite or unit");
    if (field == QLatin1String("room"))
        return Text::tr("Room");
    if (field == QLatin1String("seat"))
        return Text::tr("Seat");
    if (field == QLatin1String("additionalLocation"))
        return Text::tr("Other location detail");
    if (field == QLatin1String("postalCommunity"))
        return Text::tr("City");
    if (field == QLatin1String("state"))
        return canada ? Text::tr("Province or territory") : Text::tr("State");
    if (field == QLatin1String("postalCode"))
        return canada ? Text::tr("Postal code") : Text::tr("ZIP code");
    if (field == QLatin1String("country"))
        return Text::tr("Country");
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
