#include "compliance/NonCompliantNumber.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NonCompliance)
};
} // namespace

namespace noncompliance {

QList<NonCompliance> allReasons()
{
    return {NonCompliance::RegistrationFailed,    NonCompliance::StuckInProvisioning,
            NonCompliance::BasicOnlyInUse,        NonCompliance::AddressNotValidated,
            NonCompliance::LocationDetailMissing, NonCompliance::CallLocationDiffers,
            NonCompliance::TeamsLocationDiffers};
}

QString code(NonCompliance reason)
{
    switch (reason) {
    case NonCompliance::RegistrationFailed:
        return QStringLiteral("registration-failed");
    case NonCompliance::StuckInProvisioning:
        return QStringLiteral("stuck-in-provisioning");
    case NonCompliance::BasicOnlyInUse:
        return QStringLiteral("basic-911-only-in-use");
    case NonCompliance::AddressNotValidated:
        return QStringLiteral("address-not-validated");
    case NonCompliance::LocationDetailMissing:
        return QStringLiteral("location-detail-missing");
    case NonCompliance::CallLocationDiffers:
        return QStringLiteral("call-location-differs");
    case NonCompliance::TeamsLocationDiffers:
        return QStringLiteral("teams-location-differs");
    }
    return {};
}

QString text(NonCompliance reason)
{
    switch (reason) {
    case NonCompliance::RegistrationFailed:
        return Text::tr("Registration failed: basic 911 only");
    case NonCompliance::StuckInProvisioning:
        return Text::tr("Stuck at the 911 provider");
    case NonCompliance::BasicOnlyInUse:
        return Text::tr("In use with basic 911 only");
    case NonCompliance::AddressNotValidated:
        return Text::tr("Address not validated");
    case NonCompliance::LocationDetailMissing:
        return Text::tr("No floor, room or unit");
    case NonCompliance::CallLocationDiffers:
        return Text::tr("Teams sent another location");
    case NonCompliance::TeamsLocationDiffers:
        return Text::tr("Teams gives another location");
    }
    return {};
}

QStringList codes(NonComplianceReasons reasons)
{
    QStringList out;
    for (NonCompliance reason : allReasons())
        if (reasons.testFlag(reason))
            out.append(code(reason));
    return out;
}

QStringList texts(NonComplianceReasons reasons)
{
    QStringList out;
    for (NonCompliance reason : allReasons())
        if (reasons.testFlag(reason))
            out.append(text(reason));
    return out;
}

} // namespace noncompliance
