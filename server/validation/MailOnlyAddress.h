// Recognizes addresses that receive mail but are not places anyone can be sent to: post office
// boxes, rural route boxes, private mailboxes and military (APO/FPO/DPO) mail. 911 needs a
// place (DOMAIN.md "Addresses"), so the validator refuses these.
#pragma once

#include "domain/CivicAddress.h"

enum class MailOnlyKind { None, PostOfficeBox, RuralRouteBox, PrivateMailbox, Military };

// `normalized` is normalizeCivicAddress() output. Looks at the street line and unit; the
// military state codes and APO/FPO/DPO city names are checked by the validator, which also
// knows the ZIP code's state.
struct MailOnlyMatch
{
    MailOnlyKind kind = MailOnlyKind::None;
    QString field; // the CLDXF field that holds it: "stName" or "unit"
};
MailOnlyMatch findMailOnly(const CivicAddress &normalized);

// APO, FPO or DPO: the "city" of military mail.
bool isMilitaryPostOffice(QStringView postalCommunity);
