// What applying a checked CSV import does, row by row, before anything is queued: which numbers
// are registered or moved to which address, which addresses already exist (matched by their text)
// and which must be created first, and why a row changes nothing. Pure: the caller passes the
// tenant's addresses and a lookup of its numbers.
#pragma once

#include "domain/Did.h"
#include "domain/EmergencyAddress.h"
#include "import/NumberCsvImport.h"

#include <functional>
#include <optional>

namespace csvimport {

enum class RowAction {
    Register, // basic (or failed) today: starts E911 and its fee
    Move,     // registered or pending elsewhere: moves, the fee does not change
    NoChange, // already registered (or pending) at this very address
    Skip,     // the row asks for no registration
    Refused,  // a problem in the row, or its address cannot carry E911
};

struct PlannedRow
{
    int record = 0; // 1-based data row, as in the dry run
    QString e164;
    RowAction action = RowAction::Refused;
    int group = -1; // the AddressGroup for Register and Move
    QString detail; // the address line, or why nothing happens
};

// The numbers that go to one address. The import creates the address when no validated one of
// the tenant has the same text, and registers the numbers once the backend has validated it.
struct AddressGroup
{
    CivicAddress civic;        // as the first row that named it typed it
    QString existingAddressId; // empty: to be created
    QStringList numbers;       // E.164, in file order
};

struct ImportPlan
{
    QList<PlannedRow> rows;
    QList<AddressGroup> groups;

    int count(RowAction action) const;
    int newAddresses() const;
    // Numbers that will change (registered or moved).
    int numbersToChange() const { return count(RowAction::Register) + count(RowAction::Move); }
};

// Two spellings of one address compare equal: case, punctuation and spacing are ignored field by
// field ("123 Main St." and "123 MAIN ST"). Abbreviations are not expanded: "Street" and "St"
// differ here, and the backend's validator normalises both to the same form later.
QString addressKey(const CivicAddress &civic);

using DidLookup = std::function<std::optional<Did>(const QString &e164)>;

ImportPlan planImport(const QList<RowCheck> &checks, const QList<EmergencyAddress> &addresses,
                      const DidLookup &didOf);

} // namespace csvimport
