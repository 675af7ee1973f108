#include "address/AddressDraft.h"

AddressDraft AddressDraft::fromAddress(const EmergencyAddress &address)
{
    AddressDraft draft;
    draft.companyName = address.companyName;
    draft.civic = address.civic;
    draft.locationNote = address.locationNote;
    draft.teamsCivicAddressId = address.teamsCivicAddressId;
    if (address.geocode && address.geocode->precision == GeocodePrecision::UserOverride)
        draft.pinOverride = address.geocode->coordinate;
    return draft;
}

QJsonObject AddressDraft::toRequestBody() const
{
    QJsonObject body{{QStringLiteral("civic"), civic.toJson()}};
    if (!companyName.isEmpty())
        body.insert(QStringLiteral("companyName"), companyName);
    if (!locationNote.isEmpty())
        body.insert(QStringLiteral("locationNote"), locationNote);
    if (pinOverride.isValid())
        body.insert(QStringLiteral("geocode"),
                    QJsonObject{{QStringLiteral("latitude"), pinOverride.latitude()},
                                {QStringLiteral("longitude"), pinOverride.longitude()}});
    if (!teamsCivicAddressId.isEmpty())
        body.insert(QStringLiteral("teamsCivicAddressId"), teamsCivicAddressId);
    return body;
}

AddressDraft AddressDraft::tidied() const
{
    AddressDraft out = *this;
    out.companyName = companyName.simplified();
    out.locationNote = locationNote.trimmed();
    for (const QString &f : CivicAddress::fieldNames())
        out.civic.setValue(f, civic.value(f).simplified());
    return out;
}
