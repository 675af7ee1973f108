// A telephone number as the app stores (E.164) and shows it (national format), with the
// emergency-service region it belongs to. Parsing and formatting go through libphonenumber.
#pragma once

#include <QString>

#include <optional>

class PhoneNumber
{
public:
    // Where 911 rules apply. Decided by libphonenumber's region, never by the +1 code alone:
    // Canada and the Caribbean NANP countries share +1 but are outside US 911 service.
    enum class EmergencyRegion { UnitedStates, Canada, Other };

    // Parses what a person typed or what a CSV holds. defaultRegion is used for numbers
    // written without a country code ("(206) 555-0100").
    static std::optional<PhoneNumber> parse(const QString &text,
                                            const QString &defaultRegion = QStringLiteral("US"));

    QString e164() const { return m_e164; }
    QString nationalFormat() const { return m_national; }
    QString internationalFormat() const { return m_international; }
    // ISO 3166 region code libphonenumber assigns, e.g. "US", "PR", "CA", "GB".
    QString regionCode() const { return m_region; }
    EmergencyRegion emergencyRegion() const { return emergencyRegionOf(m_region); }
    // The one place that says where US 911 rules apply, by libphonenumber region: the states
    // (US) and the NANP territories PR, VI, GU, AS and MP (DOMAIN.md); CA for Canada; any other
    // region, including the other +1 countries, is Other.
    static EmergencyRegion emergencyRegionOf(QStringView regionCode);
    bool isTollFree() const { return m_tollFree; }
    // True when the number may carry E911 (e911EligibilityOf() decides: a US or US-territory
    // number that is not toll-free).
    bool isE911Eligible() const;

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b)
    {
        return a.m_e164 == b.m_e164;
    }

private:
    QString m_e164;
    QString m_national;
    QString m_international;
    QString m_region;
    bool m_tollFree = false;
};
