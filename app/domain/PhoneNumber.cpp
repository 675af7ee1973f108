#include "PhoneNumber.h"

#include "domain/E911Eligibility.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>

using i18n::phonenumbers::PhoneNumberUtil;

std::optional<PhoneNumber> PhoneNumber::parse(const QString &text, const QString &defaultRegion)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    const auto status =
        util.Parse(text.trimmed().toStdString(), defaultRegion.toStdString(), &parsed);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(parsed))
        return std::nullopt;

    PhoneNumber number;
    std::string out;
    util.Format(parsed, PhoneNumberUtil::E164, &out);
    number.m_e164 = QString::fromStdString(out);
    util.Format(parsed, PhoneNumberUtil::NATIONAL, &out);
    number.m_national = QString::fromStdString(out);
    util.Format(parsed, PhoneNumberUtil::INTERNATIONAL, &out);
    number.m_international = QString::fromStdString(out);
    util.GetRegionCodeForNumber(parsed, &out);
    number.m_region = QString::fromStdString(out);
    number.m_tollFree = util.GetNumberType(parsed) == PhoneNumberUtil::TOLL_FREE;
    return number;
}

PhoneNumber::EmergencyRegion PhoneNumber::emergencyRegionOf(QStringView regionCode)
{
    static constexpr std::array<QLatin1StringView, 6> unitedStates{
        QLatin1StringView("US"), QLatin1StringView("PR"), QLatin1StringView("VI"),
        QLatin1StringView("GU"), QLatin1StringView("AS"), QLatin1StringView("MP")};
    for (const auto &r : unitedStates) {
        if (regionCode == r)
            return EmergencyRegion::UnitedStates;
    }
    if (regionCode == QLatin1StringView("CA"))
        return EmergencyRegion::Canada;
    return EmergencyRegion::Other;
}

bool PhoneNumber::isE911Eligible() const
{
    return e911EligibilityOf(*this) == E911Eligibility::Eligible;
}
