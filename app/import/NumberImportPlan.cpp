// Matching imported rows to the tenant's addresses and numbers.
#include "import/NumberImportPlan.h"

#include "domain/AddressLine.h"
#include "domain/E911Eligibility.h"

#include <QCoreApplication>
#include <QHash>

namespace csvimport {

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NumberImportPlan)
};

bool isActive(const Did &did)
{
    return did.e911.state == E911State::Registered || did.e911.state == E911State::Pending;
}
} // namespace

int ImportPlan::count(RowAction action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const PlannedRow &r) { return r.action == action; }));
}

int ImportPlan::newAddresses() const
{
    return int(std::count_if(groups.cbegin(), groups.cend(),
                             [](const AddressGroup &g) { return g.existingAddressId.isEmpty(); }));
}

QString addressKey(const CivicAddress &civic)
{
    QStringList parts;
    for (const QString &field : CivicAddress::fieldNames()) {
        QString simple;
        for (const QChar c : civic.value(field))
            if (c.isLetterOrNumber())
                simple.append(c.toUpper());
            else if (c.isSpace() && !simple.isEmpty() && !simple.endsWith(QLatin1Char(' ')))
                simple.append(QLatin1Char(' '));
        parts.append(simple.trimmed());
    }
    // A missing country reads as the US, as the dry run assumes.
    const int country = int(CivicAddress::fieldNames().indexOf(QStringLiteral("country")));
    if (parts[country].isEmpty())
        parts[country] = QStringLiteral("US");
    return parts.join(QLatin1Char('|'));
}

ImportPlan planImport(const QList<RowCheck> &checks, const QList<EmergencyAddress> &addresses,
                      const DidLookup &didOf)
{
    // The tenant's addresses by the text as entered and as normalised.
    QHash<QString, const EmergencyAddress *> byKey;
    for (const EmergencyAddress &a : addresses) {
        byKey.insert(addressKey(a.civic), &a);
        if (a.normalized)
            byKey.insert(addressKey(*a.normalized), &a);
    }
    ImportPlan plan;
    QHash<QString, int> groupOf; // address key → group index
    for (const RowCheck &check : checks) {
        PlannedRow row;
        row.record = check.record;
        row.e164 = check.e164;
        if (!check.isValid()) {
            row.detail = check.problems.join(QLatin1Char(' '));
            plan.rows.append(row);
            continue;
        }
        if (!check.enable) {
            row.action = RowAction::Skip;
            row.detail = Text::tr("Not changed: the row does not ask for E911. Turning E911 off is "
                                  "done with Turn off, which asks for a reason.");
            plan.rows.append(row);
            continue;
        }
        const std::optional<Did> did = didOf(check.e164);
        if (!did) {
            row.detail = Text::tr("The number is no longer in this tenant.");
            plan.rows.append(row);
            continue;
        }
        const QString key = addressKey(check.address);
        const EmergencyAddress *existing = byKey.value(key);
        if (existing && e911AddressEligibilityOf(*existing) != AddressEligibility::Eligible) {
            row.detail =
                Text::tr("The tenant already has this address, but it cannot carry E911 (%1). "
                         "Correct it under Emergency Addresses, then import again.")
                    .arg(e911AddressEligibilityReason(*existing));
            plan.rows.append(row);
            continue;
        }
        if (existing && isActive(*did) && did->e911.addressId == existing->id) {
            row.action = RowAction::NoChange;
            row.detail = Text::tr("Already registered at %1.").arg(emergencyAddressLine(*existing));
            plan.rows.append(row);
            continue;
        }
        auto group = groupOf.constFind(key);
        if (group == groupOf.cend()) {
            plan.groups.append({check.address, existing ? existing->id : QString(), {}});
            group = groupOf.insert(key, int(plan.groups.size()) - 1);
        }
        plan.groups[*group].numbers.append(check.e164);
        row.group = *group;
        row.action = isActive(*did) ? RowAction::Move : RowAction::Register;
        row.detail = existing ? emergencyAddressLine(*existing)
                              : Text::tr("%1 (new address, validated before registering)")
                                    .arg(civicAddressLine(check.address));
        plan.rows.append(row);
    }
    return plan;
}

} // namespace csvimport
