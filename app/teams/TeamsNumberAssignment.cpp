// Reading a Teams phone number assignment row; see TeamsNumberAssignment.h.
#include "teams/TeamsNumberAssignment.h"

#include "domain/PhoneNumber.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsNumberAssignment)
};
} // namespace

std::optional<TeamsNumberAssignment> TeamsNumberAssignment::fromRow(const teams::ExportRow &row,
                                                                    teams::RowReasons &reasons)
{
    const qsizetype before = reasons.errors.size();
    TeamsNumberAssignment n;
    n.telephoneNumber = row.value(u"TelephoneNumber");
    QString number = n.telephoneNumber;
    const qsizetype ext = number.indexOf(QLatin1StringView(";ext="), 0, Qt::CaseInsensitive);
    if (ext >= 0) {
        n.extension = number.mid(ext + 5);
        number.truncate(ext);
    }
    // Teams writes the "+", and accepts the number without it.
    if (!number.isEmpty() && !number.startsWith(QLatin1Char('+')))
        number.prepend(QLatin1Char('+'));
    if (n.telephoneNumber.isEmpty())
        reasons.errors.append(Text::tr("No TelephoneNumber."));
    else if (const std::optional<PhoneNumber> parsed = PhoneNumber::parse(number))
        n.e164 = parsed->e164();
    else
        reasons.errors.append(
            Text::tr("TelephoneNumber \"%1\" is not a phone number.").arg(n.telephoneNumber));
    n.numberType = row.value(u"NumberType");
    n.activationState = row.value(u"ActivationState");
    n.assignedPstnTargetId = row.value(u"AssignedPstnTargetId");
    n.pstnAssignmentStatus = row.value(u"PstnAssignmentStatus");
    n.isoCountryCode = row.value(u"IsoCountryCode").toUpper();
    // A malformed emergency location leaves the number readable, without that location.
    n.civicAddressId = teams::readGuid(row.value(u"CivicAddressId"),
                                       QStringLiteral("CivicAddressId"), reasons.warnings);
    n.locationId =
        teams::readGuid(row.value(u"LocationId"), QStringLiteral("LocationId"), reasons.warnings);
    n.locationUpdateSupported = teams::readBool(row.value(u"LocationUpdateSupported"));
    if (reasons.errors.size() != before)
        return std::nullopt;
    return n;
}
