// The per-number result of E911 work that went through the outbox (done, failed with the
// reason, or still waiting), read from the outbox entries and their answers, and its CSV form.
#pragma once

#include "store/OutboxEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct BulkResultRow
{
    // Cancelled: taken out of the outbox before it was ever sent; nothing happened to it.
    enum class Outcome { Done, Failed, Waiting, Cancelled };
    QString number; // E.164
    Outcome outcome = Outcome::Waiting;
    QString detail; // the reason when failed; "unchanged" and the like when done

    friend bool operator==(const BulkResultRow &, const BulkResultRow &) = default;
};

QString bulkOutcomeName(BulkResultRow::Outcome outcome); // machine name, for CSV
// One row per number of the given E911 entries (single PUTs and bulk batches), in order.
QList<BulkResultRow> bulkResultRows(const QList<OutboxEntry> &entries);
// RFC 4180: header "number,result,reason", CRLF line ends, fields quoted where needed.
QByteArray bulkResultCsv(const QList<BulkResultRow> &rows);
