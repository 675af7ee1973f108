#include "address/AddressFormCheck.h"

#include "address/CountryNames.h"
#include "address/PostalCodeRegions.h"
#include "address/RegionCatalog.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AddressFormCheck)
};

// The address as the backend will read it: a country or territory named in words ("Canada",
// "Puerto Rico") or in lower case as its code, a state named in words as its code. What cannot
// be read stays as typed, for the problem to quote.
CivicAddress asRead(CivicAddress a)
{
    QString country = a.country.trimmed().toUpper();
    if (country.size() != 2 && !country.isEmpty()) {
        const QString code = CountryNames::codeFor(country);
        if (!code.isEmpty())
            country = code;
    }
    // USPS treats the NANP territories as states: "San Juan, Puerto Rico" is a US address.
    if (country != QLatin1String("US") &&
        PhoneNumber::emergencyRegionOf(country) == PhoneNumber::EmergencyRegion::UnitedStates) {
        if (a.state.trimmed().isEmpty())
            a.state = country;
        country = QStringLiteral("US");
    }
    a.country = country;
    if (const QString state = RegionCatalog::codeFor(a.state, country); !state.isEmpty())
        a.state = state;
    return a;
}

class Checker
{
public:
    explicit Checker(const CivicAddress &a)
        : m_a(asRead(a))
    {}

    QList<FieldError> run()
    {
        checkMailOnly();
        checkRequired();
        checkHouseNumber();
        if (m_a.country == QLatin1String("US"))
            checkUnitedStates();
        else if (m_a.country == QLatin1String("CA"))
            checkCanada();
        else if (!m_a.country.isEmpty())
            add(u"country", u"unsupported_country",
                Text::tr("Addresses outside the US and Canada cannot be registered: there is no "
                         "E911 service for them here."));
        return m_problems;
    }

private:
    bool has(QStringView field) const
    {
        return std::any_of(m_problems.cbegin(), m_problems.cend(),
                           [field](const FieldError &e) { return e.field == field; });
    }
    bool hasCode(QStringView code) const
    {
        return std::any_of(m_problems.cbegin(), m_problems.cend(),
                           [code](const FieldError &e) { return e.code == code; });
    }
    void add(QStringView field, QStringView code, const QString &detail)
    {
        if (!has(field))
            m_problems.append({field.toString(), code.toString(), detail});
    }

    void checkRequired()
    {
        const bool canada = m_a.country == QLatin1String("CA");
        // Outside the US and Canada, asking for a state and a ZIP code would send the person
        // after the wrong fix: the country is what is wrong.
        const bool supported =
            m_a.country.isEmpty() || canada || m_a.country == QLatin1String("US");
        // A PO box or military mail has no house number or street; saying so once is enough.
        const bool mailOnly = !m_problems.isEmpty();
        for (const QString &field : AddressFormCheck::requiredFields()) {
            if (!m_a.value(field).trimmed().isEmpty())
                continue;
            if (mailOnly &&
                (field == QLatin1String("addNumber") || field == QLatin1String("stName")))
                continue;
            if (!supported &&
                (field == QLatin1String("state") || field == QLatin1String("postalCode")))
                continue;
            QString detail;
            if (field == QLatin1String("addNumber"))
                detail =
                    Text::tr("Enter the house number: responders look for it on the building.");
            else if (field == QLatin1String("stName"))
                detail = Text::tr("Enter the street name.");
            else if (field == QLatin1String("postalCommunity"))
                detail = Text::tr("Enter the city.");
            else if (field == QLatin1String("state"))
                detail = canada ? Text::tr("Choose the province or territory.")
                                : Text::tr("Choose the state.");
            else if (field == QLatin1String("postalCode"))
                detail =
                    canada ? Text::tr("Enter the postal code.") : Text::tr("Enter the ZIP code.");
            else
                detail = Text::tr("Choose the country.");
            add(field, u"required", detail);
        }
    }

    // Upper case without dots or commas, as the backend compares: "P.O. Box" → "PO BOX".
    static QString plain(const QString &text)
    {
        QString out = text.toUpper();
        out.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char(' '));
        return out.simplified();
    }

    // The backend's patterns (server/validation/MailOnlyAddress.cpp), so the editor blames the
    // same field before anything is sent; tests/server/tst_rule_parity keeps them in step.
    void checkMailOnly()
    {
        static const QRegularExpression military(
            QStringLiteral("\\b(PSC|CMR|UNIT) ?[0-9]+ BOX\\b"));
        static const QRegularExpression ruralRoute(QStringLiteral(
            "\\b(RR|RFD|RURAL ROUTE|HC|HCR|HIGHWAY CONTRACT|STAR ROUTE) ?[0-9]+ BOX\\b"));
        static const QRegularExpression poBox(QStringLiteral(
            "\\b(P ?O ?BOX|POB|POST OFFICE BOX|POST OFFICE DRAWER|POSTAL BOX|POST BOX|P ?O ?DRAWER|"
            "LOCK ?BOX|APARTADO)\\b|^BOX [0-9A-Z]*[0-9]"));
        static const QRegularExpression privateMailbox(QStringLiteral("^(PMB|PRIVATE MAILBOX)\\b"));
        const QString line =
            plain(m_a.addNumber + QLatin1Char(' ') + m_a.stPreDir + QLatin1Char(' ') +
                  m_a.stPreTyp + QLatin1Char(' ') + m_a.stName + QLatin1Char(' ') + m_a.stPosTyp);
        const QString unit = plain(m_a.unit);
        const QString militaryMail =
            Text::tr("APO, FPO and DPO are military mail routes, not places 911 can send help to: "
                     "enter the street address where the phone is used.");
        const QString mailbox =
            Text::tr("A post office box or mailbox is where mail goes, not where a caller is: "
                     "enter the street address of the building.");
        if (military.match(line).hasMatch())
            add(u"stName", u"military_address_not_dispatchable", militaryMail);
        else if (ruralRoute.match(line).hasMatch())
            add(u"stName", u"rural_route_not_dispatchable",
                Text::tr("A rural route box is where mail goes, not a place responders can find: "
                         "enter the 911 street address the county gave the building."));
        else if (poBox.match(line).hasMatch())
            add(u"stName", u"po_box_not_dispatchable", mailbox);
        else if (poBox.match(unit).hasMatch() || privateMailbox.match(unit).hasMatch())
            add(u"unit", u"po_box_not_dispatchable", mailbox);
        static const QRegularExpression militaryPostOffice(QStringLiteral("^[ADF]PO\\z"));
        if (militaryPostOffice.match(plain(m_a.postalCommunity)).hasMatch() &&
            !hasCode(u"military_address_not_dispatchable"))
            add(u"postalCommunity", u"military_address_not_dispatchable", militaryMail);
    }

    void checkHouseNumber()
    {
        const QString &n = m_a.addNumber;
        if (!n.isEmpty() && std::none_of(n.cbegin(), n.cend(), [](QChar c) { return c.isDigit(); }))
            add(u"addNumber", u"invalid_house_number",
                Text::tr("A house number has digits (such as 1 or 221B)."));
    }

    void checkUnitedStates()
    {
        const QString state = m_a.state.trimmed().toUpper();
        if (hasCode(u"military_address_not_dispatchable"))
            return; // APO, FPO or DPO: one problem says it
        if (RegionCatalog::isMilitaryCode(state))
            add(u"state", u"military_address_not_dispatchable",
                Text::tr("AA, AE and AP route military mail; they are not places 911 can send help "
                         "to. Choose the state where the phone is used."));
        else if (!state.isEmpty() && !RegionCatalog::isRegionOf(u"US", state))
            add(u"state", u"unknown_state",
                Text::tr("%1 is not a state or province. Choose the state, DC or US territory "
                         "from the list.")
                    .arg(m_a.state.trimmed()));

        const QString zip = AddressFormCheck::tidyPostalCode(m_a.postalCode, u"US");
        if (zip.isEmpty())
            return;
        static const QRegularExpression format(QStringLiteral("^[0-9]{5}(-[0-9]{4})?\\z"));
        if (!format.match(zip).hasMatch()) {
            add(u"postalCode", u"invalid_postal_code",
                Text::tr("%1 is not a ZIP code. A ZIP code has five digits (98052), or nine with a "
                         "hyphen (98052-6399).")
                    .arg(zip));
            return;
        }
        const QString zipState = PostalCodeRegions::stateOfZip(zip);
        if (zipState.isEmpty()) {
            if (PostalCodeRegions::zipCount() > 0)
                add(u"postalCode", u"unknown_postal_code",
                    Text::tr("ZIP code %1 does not exist. Check it against the building's mail.")
                        .arg(zip.left(5)));
            return;
        }
        if (RegionCatalog::isMilitaryCode(zipState) &&
            !hasCode(u"military_address_not_dispatchable")) {
            add(u"postalCode", u"military_address_not_dispatchable",
                Text::tr(
                    "ZIP code %1 routes military mail (APO, FPO, DPO); it is not a place 911 can "
                    "send help to.")
                    .arg(zip.left(5)));
            return;
        }
        if (!RegionCatalog::isRegionOf(u"US", state) || zipState == state)
            return;
        add(u"postalCode", u"zip_state_mismatch",
            Text::tr("ZIP code %1 is in %2, not in %3. Correct the ZIP code or the state.")
                .arg(zip.left(5), regionName(zipState), RegionCatalog::nameOf(state)));
    }

    void checkCanada()
    {
        const QString province = m_a.state.trimmed().toUpper();
        if (!province.isEmpty() && !RegionCatalog::isRegionOf(u"CA", province))
            add(u"state", u"unknown_state",
                Text::tr("%1 is not a state or province. Choose the province or territory from "
                         "the list.")
                    .arg(m_a.state.trimmed()));
        const QString code = AddressFormCheck::tidyPostalCode(m_a.postalCode, u"CA");
        if (code.isEmpty())
            return;
        // Canada Post uses neither D, F, I, O, Q nor U, and W and Z never come first.
        static const QRegularExpression format(QStringLiteral(
            "^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]\\z"));
        if (!format.match(code).hasMatch()) {
            add(u"postalCode", u"invalid_postal_code",
                Text::tr("%1 is not a postal code. A postal code is letter, digit, letter, space, "
                         "digit, letter, digit (M5V 2T6).")
                    .arg(code));
            return;
        }
        const QString fsaProvince = PostalCodeRegions::provinceOfPostalCode(code);
        if (fsaProvince.isEmpty()) {
            if (PostalCodeRegions::fsaCount() > 0)
                add(u"postalCode", u"unknown_postal_code",
                    Text::tr("No postal code starts with %1. Check the postal code.")
                        .arg(code.left(3)));
            return;
        }
        if (!RegionCatalog::isRegionOf(u"CA", province) || fsaProvince == province)
            return;
        add(u"postalCode", u"postal_code_province_mismatch",
            Text::tr("Postal code %1 is in %2, not in %3. Correct the postal code or the "
                     "province.")
                .arg(code, regionName(fsaProvince), RegionCatalog::nameOf(province)));
    }

    // A code outside the editor's lists (the freely associated states FM, MH, PW) by its code.
    static QString regionName(const QString &code)
    {
        const QString name = RegionCatalog::nameOf(code);
        return name.isEmpty() ? code : name;
    }

    const CivicAddress m_a;
    QList<FieldError> m_problems;
};
} // namespace

QList<FieldError> AddressFormCheck::check(const CivicAddress &typed)
{
    return Checker(typed).run();
}

const QStringList &AddressFormCheck::requiredFields()
{
    static const QStringList fields{QStringLiteral("addNumber"),       QStringLiteral("stName"),
                                    QStringLiteral("postalCommunity"), QStringLiteral("state"),
                                    QStringLiteral("postalCode"),      QStringLiteral("country")};
    return fields;
}

QString AddressFormCheck::tidyPostalCode(const QString &typed, QStringView country)
{
    QString code = typed.simplified().toUpper();
    if (country == QLatin1String("CA")) {
        QString compact = code;
        compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (compact.size() == 6)
            return QString(compact.left(3) + QLatin1Char(' ') + compact.mid(3));
        return code;
    }
    static const QRegularExpression nine(QStringLiteral("^([0-9]{5})[- ]?([0-9]{4})\\z"));
    const auto m = nine.match(code);
    if (m.hasMatch())
        return QString(m.captured(1) + QLatin1Char('-') + m.captured(2));
    return code;
}
