#include "AddressValidator.h"

#include "MailOnlyAddress.h"
#include "RegionCodes.h"
#include "UspsNormalizer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {
QString path(QLatin1StringView field)
{
    return QStringLiteral("civic.") + field;
}

struct RequiredField
{
    QLatin1StringView name;
    const char *what; // how the detail names it
};

constexpr RequiredField requiredFields[] = {
    {QLatin1StringView("addNumber"), "the house number"},
    {QLatin1StringView("stName"), "the street name"},
    {QLatin1StringView("postalCommunity"), "the city"},
    {QLatin1StringView("state"), "the state or province code"},
    {QLatin1StringView("postalCode"), "the ZIP or postal code"},
    {QLatin1StringView("country"), "the country (US or CA)"},
};

class Checker
{
public:
    Checker(const CivicAddress &a, const PostalCodeTable &table, AddressValidationResult &result)
        : m_a(a)
        , m_table(table)
        , m_result(result)
    {}

    void run()
    {
        const MailOnlyMatch mailOnly = findMailOnly(m_a);
        checkRequired(mailOnly.kind != MailOnlyKind::None);
        refuseMailOnly(mailOnly);
        if (!m_a.addNumber.isEmpty() && std::none_of(m_a.addNumber.cbegin(), m_a.addNumber.cend(),
                                                     [](QChar c) { return c.isDigit(); }))
            problem("addNumber", "invalid_house_number",
                    QStringLiteral("The house number \"%1\" has no digits; enter the number the "
                                   "building has on the street.")
                        .arg(m_a.addNumber));
        if (m_a.country == QLatin1String("US"))
            checkUnitedStates();
        else if (m_a.country == QLatin1String("CA"))
            checkCanada();
        else if (!m_a.country.isEmpty())
            problem("country", "unsupported_country",
                    QStringLiteral("Addresses outside the US and Canada cannot be registered: "
                                   "there is no E911 service for \"%1\"; only US addresses "
                                   "(including DC and the territories) and Canadian ones can.")
                        .arg(m_a.country));
        addWarnings();
    }

    std::optional<PostalArea> area;

private:
    void problem(const char *field, const char *code, const QString &detail)
    {
        problem(QString::fromLatin1(field), code, detail);
    }
    void problem(const QString &field, const char *code, const QString &detail)
    {
        m_result.problems.append(
            {QStringLiteral("civic.") + field, QString::fromLatin1(code), detail});
    }

    bool isSupportedCountry() const
    {
        return m_a.country.isEmpty() || m_a.country == QLatin1String("US") ||
               m_a.country == QLatin1String("CA");
    }

    bool hasProblem(QStringView code) const
    {
        return std::any_of(m_result.problems.cbegin(), m_result.problems.cend(),
                           [code](const FieldError &e) { return e.code == code; });
    }

    void checkRequired(bool streetIsMailOnly)
    {
        for (const RequiredField &f : requiredFields) {
            // A PO box has no house number or street; saying so once is enough.
            if (streetIsMailOnly &&
                (f.name == QLatin1String("addNumber") || f.name == QLatin1String("stName")))
                continue;
            // Outside the US and Canada, asking for a state or ZIP code would mislead.
            if (!isSupportedCountry() &&
                (f.name == QLatin1String("state") || f.name == QLatin1String("postalCode")))
                continue;
            if (m_a.value(QString(f.name)).isEmpty())
                m_result.problems.append({path(f.name), QStringLiteral("required"),
                                          QStringLiteral("Enter %1; a 911 address needs it.")
                                              .arg(QLatin1StringView(f.what))});
        }
    }

    void refuseMailOnly(const MailOnlyMatch &match)
    {
        switch (match.kind) {
        case MailOnlyKind::None:
            return;
        case MailOnlyKind::PostOfficeBox:
            problem(match.field, "po_box_not_dispatchable",
                    QStringLiteral("A post office box receives mail but is not a place "
                                   "responders can go to; enter the street address of the "
                                   "building instead."));
            return;
        case MailOnlyKind::PrivateMailbox:
            problem(match.field, "po_box_not_dispatchable",
                    QStringLiteral("A private mailbox (PMB) is a mail drop, not where the "
                                   "caller is; enter the street address of the building "
                                   "instead."));
            return;
        case MailOnlyKind::RuralRouteBox:
            problem(match.field, "rural_route_not_dispatchable",
                    QStringLiteral("A rural route box is a mail address, not a place responders "
                                   "can find; enter the 911 street address the county assigned "
                                   "to the building."));
            return;
        case MailOnlyKind::Military:
            refuseMilitary(match.field);
            return;
        }
    }

    void refuseMilitary(const char *field) { refuseMilitary(QString::fromLatin1(field)); }
    void refuseMilitary(const QString &field)
    {
        if (hasProblem(u"military_address_not_dispatchable"))
            return;
        problem(field, "military_address_not_dispatchable",
                QStringLiteral("APO, FPO and DPO addresses route military mail overseas and "
                               "are not places 911 can send help to; enter the street address "
                               "where the phone is used."));
    }

    void checkUnitedStates()
    {
        if (isMilitaryStateCode(m_a.state))
            refuseMilitary("state");
        else if (isMilitaryPostOffice(m_a.postalCommunity))
            refuseMilitary("postalCommunity");
        else if (!m_a.state.isEmpty() && !isUsStateCode(m_a.state))
            problem("state", "unknown_state",
                    QStringLiteral("\"%1\" is not a state or province; use the two-letter USPS "
                                   "code of a US state or territory, such as WA or PR.")
                        .arg(m_a.state));
        if (m_a.postalCode.isEmpty())
            return;
        static const QRegularExpression zip(QStringLiteral("^([0-9]{5})(-[0-9]{4})?\\z"));
        const auto match = zip.match(m_a.postalCode);
        if (!match.hasMatch()) {
            problem("postalCode", "invalid_postal_code",
                    QStringLiteral("\"%1\" is not a ZIP code; write five digits (98052) or "
                                   "ZIP+4 (98052-6399).")
                        .arg(m_a.postalCode));
            return;
        }
        const QString zip5 = match.captured(1);
        area = m_table.usZip(zip5);
        if (!area) {
            problem("postalCode", "unknown_postal_code",
                    QStringLiteral("ZIP code %1 does not exist; check it against the "
                                   "building's mail.")
                        .arg(zip5));
            return;
        }
        if (isMilitaryStateCode(area->region)) {
            refuseMilitary("postalCode");
        } else if (isUsStateCode(m_a.state) && area->region != m_a.state) {
            problem("postalCode", "zip_state_mismatch",
                    QStringLiteral("ZIP code %1 belongs to %2, not %3. Correct the ZIP code or "
                                   "the state.")
                        .arg(zip5, area->region, m_a.state));
        }
    }

    void checkCanada()
    {
        if (!m_a.state.isEmpty() && !isCanadianProvinceCode(m_a.state))
            problem("state", "unknown_state",
                    QStringLiteral("\"%1\" is not a state or province; use the two-letter "
                                   "code of a Canadian province or territory, such as ON or QC.")
                        .arg(m_a.state));
        if (m_a.postalCode.isEmpty())
            return;
        // Canada Post never uses D, F, I, O, Q or U, nor W or Z as the first letter.
        static const QRegularExpression postal(QStringLiteral(
            "^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]\\z"));
        if (!postal.match(m_a.postalCode).hasMatch()) {
            problem("postalCode", "invalid_postal_code",
                    QStringLiteral("\"%1\" is not a Canadian postal code; write it as letter, "
                                   "digit, letter, space, digit, letter, digit (M5V 3L9).")
                        .arg(m_a.postalCode));
            return;
        }
        const QString fsa = m_a.postalCode.left(3);
        area = m_table.canadianFsa(fsa);
        if (!area) {
            problem(
                "postalCode", "unknown_postal_code",
                QStringLiteral("No postal code starts with %1; check the postal code.").arg(fsa));
            return;
        }
        if (isCanadianProvinceCode(m_a.state) && area->region != m_a.state)
            problem("postalCode", "postal_code_province_mismatch",
                    QStringLiteral("Postal code %1 is in %2, not %3. Correct the postal code or "
                                   "the province.")
                        .arg(m_a.postalCode, area->region, m_a.state));
    }

    void addWarnings()
    {
        if (m_result.problems.isEmpty() && area && !area->hasCoordinates)
            m_result.warnings.append(
                {path(QLatin1StringView("postalCode")), QStringLiteral("geocode_unavailable"),
                 QStringLiteral("No coordinates are on file for postal code %1, so the address "
                                "has no geocode; enter its latitude and longitude by hand.")
                     .arg(m_a.postalCode)});
        const bool hasDetail = !m_a.building.isEmpty() || !m_a.floor.isEmpty() ||
                               !m_a.unit.isEmpty() || !m_a.room.isEmpty() || !m_a.seat.isEmpty() ||
                               !m_a.additionalLocation.isEmpty();
        if (!hasDetail)
            m_result.warnings.append(
                {QStringLiteral("civic"), QStringLiteral("location_detail_missing"),
                 QStringLiteral("If the building has more than one floor or suite, add the "
                                "floor, suite or room: 911 must be told where inside the "
                                "building the caller is (RAY BAUM's Act).")});
    }

    const CivicAddress &m_a;
    const PostalCodeTable &m_table;
    AddressValidationResult &m_result;
};
} // namespace

QJsonObject ValidatedGeocode::toJson() const
{
    return {{QStringLiteral("latitude"), latitude},
            {QStringLiteral("longitude"), longitude},
            {QStringLiteral("precision"), precision}};
}

QJsonArray fieldErrorsToJson(const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &e : errors)
        list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                {QStringLiteral("code"), e.code},
                                {QStringLiteral("detail"), e.detail}});
    return list;
}

QJsonObject AddressValidationResult::toJson() const
{
    return {{QStringLiteral("valid"), valid},
            {QStringLiteral("normalized"), normalized.toJson()},
            {QStringLiteral("problems"), fieldErrorsToJson(problems)},
            {QStringLiteral("warnings"), fieldErrorsToJson(warnings)},
            {QStringLiteral("geocode"), geocode ? QJsonValue(geocode->toJson()) : QJsonValue()}};
}

AddressValidationResult validateAddress(const CivicAddress &typed,
                                        const PostalCodeTable &postalCodes)
{
    AddressValidationResult result;
    result.normalized = normalizeCivicAddress(typed);
    Checker checker(result.normalized, postalCodes, result);
    checker.run();
    result.valid = result.problems.isEmpty();
    if (result.valid && checker.area && checker.area->hasCoordinates)
        result.geocode = ValidatedGeocode{checker.area->latitude, checker.area->longitude,
                                          QStringLiteral("postal_code")};
    return result;
}
