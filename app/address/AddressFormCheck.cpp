#include "address/AddressFormCheck.h"

#include "address/PostalCodeRegions.h"
#include "address/RegionCatalog.h"

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

class Checker
{
public:
    explicit Checker(const CivicAddress &a)
        : m_a(a)
    {}

    QList<FieldError> run()
    {
        checkRequired();
        checkMailOnly();
        checkHouseNumber();
        if (m_a.country == QLatin1String("US"))
            checkUnitedStates();
        else if (m_a.country == QLatin1String("CA"))
            checkCanada();
        else if (!m_a.country.isEmpty())
            add(u"country", u"unsupported_country",
                Text::tr("Only addresses in the United States (with DC and the territories) and in "
                         "Canada can be entered."));
        return m_problems;
    }

private:
    bool has(QStringView field) const
    {
        return std::any_of(m_problems.cbegin(), m_problems.cend(),
                           [field](const FieldError &e) { return e.field == field; });
    }
    void add(QStringView field, QStringView code, const QString &detail)
    {
        if (!has(field))
            m_problems.append({field.toString(), code.toString(), detail});
    }

    void checkRequired()
    {
        const bool canada = m_a.country == QLatin1String("CA");
        for (const QString &field : AddressFormCheck::requiredFields()) {
            if (!m_a.value(field).trimmed().isEmpty())
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

    void checkMailOnly()
    {
        static const QRegularExpression poBox(
            QStringLiteral("\\b(P\\.?\\s*O\\.?\\s*BOX|POST\\s+OFFICE\\s+BOX|POB|PMB)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (const char *field : {"addNumber", "stName", "unit"}) {
            const QString name = QString::fromLatin1(field);
            if (poBox.match(m_a.value(name)).hasMatch())
                add(name, u"po_box_not_dispatchable",
                    Text::tr(
                        "A post office box or mailbox is where mail goes, not where a caller is: "
                        "enter the street address of the building."));
        }
        static const QRegularExpression militaryPostOffice(
            QStringLiteral("^\\s*[ADF]PO\\s*$"), QRegularExpression::CaseInsensitiveOption);
        if (militaryPostOffice.match(m_a.postalCommunity).hasMatch())
            add(u"postalCommunity", u"military_address_not_dispatchable",
                Text::tr(
                    "APO, FPO and DPO are military mail routes, not places 911 can send help to: "
                    "enter the street address where the phone is used."));
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
        if (RegionCatalog::isMilitaryCode(state))
            add(u"state", u"military_address_not_dispatchable",
                Text::tr("AA, AE and AP route military mail; they are not places 911 can send help "
                         "to. Choose the state where the phone is used."));
        else if (!state.isEmpty() && !RegionCatalog::isRegionOf(u"US", state))
            add(u"state", u"unknown_state",
                Text::tr("Choose a state, DC or a US territory from the list."));

        const QString zip = AddressFormCheck::tidyPostalCode(m_a.postalCode, u"US");
        if (zip.isEmpty())
            return;
        static const QRegularExpression format(QStringLiteral("^[0-9]{5}(-[0-9]{4})?$"));
        if (!format.match(zip).hasMatch()) {
            add(u"postalCode", u"invalid_postal_code",
                Text::tr(
                    "A ZIP code has five digits (98052), or nine with a hyphen (98052-6399)."));
            return;
        }
        const QStringList states = PostalCodeRegions::statesForZip(zip);
        if (states.isEmpty())
            return; // an unassigned prefix: the backend says whether the ZIP code exists
        if (std::any_of(states.cbegin(), states.cend(), RegionCatalog::isMilitaryCode)) {
            add(u"postalCode", u"military_address_not_dispatchable",
                Text::tr(
                    "ZIP code %1 routes military mail (APO, FPO, DPO); it is not a place 911 can "
                    "send help to.")
                    .arg(zip.left(5)));
            return;
        }
        if (!RegionCatalog::isRegionOf(u"US", state) || states.contains(state))
            return;
        add(u"postalCode", u"zip_state_mismatch",
            Text::tr("ZIP codes starting with %1 are in %2, not in %3. Correct the ZIP code or the "
                     "state.")
                .arg(zip.left(3), regionNames(states), RegionCatalog::nameOf(state)));
    }

    void checkCanada()
    {
        const QString province = m_a.state.trimmed().toUpper();
        if (!province.isEmpty() && !RegionCatalog::isRegionOf(u"CA", province))
            add(u"state", u"unknown_state",
                Text::tr("Choose a province or territory from the list."));
        const QString code = AddressFormCheck::tidyPostalCode(m_a.postalCode, u"CA");
        if (code.isEmpty())
            return;
        // Canada Post uses neither D, F, I, O, Q nor U, and W and Z never come first.
        static const QRegularExpression format(QStringLiteral(
            "^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$"));
        if (!format.match(code).hasMatch()) {
            add(u"postalCode", u"invalid_postal_code",
                Text::tr("A postal code is letter, digit, letter, space, digit, letter, digit "
                         "(M5V 2T6)."));
            return;
        }
        const QStringList provinces = PostalCodeRegions::provincesForPostalCode(code);
        if (!RegionCatalog::isRegionOf(u"CA", province) || provinces.contains(province))
            return;
        add(u"postalCode", u"postal_code_province_mismatch",
            Text::tr(
                "Postal codes starting with %1 are in %2, not in %3. Correct the postal code or "
                "the province.")
                .arg(code.left(1), regionNames(provinces), RegionCatalog::nameOf(province)));
    }

    static QString regionNames(const QStringList &codes)
    {
        QStringList names;
        for (const QString &c : codes)
            names.append(RegionCatalog::nameOf(c));
        return names.join(Text::tr(" or "));
    }

    const CivicAddress &m_a;
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
    static const QRegularExpression nine(QStringLiteral("^([0-9]{5})[- ]?([0-9]{4})$"));
    const auto m = nine.match(code);
    if (m.hasMatch())
        return QString(m.captured(1) + QLatin1Char('-') + m.captured(2));
    return code;
}
