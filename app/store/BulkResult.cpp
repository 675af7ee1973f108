// Results per number from outbox entries; CSV export.
#include "store/BulkResult.h"

#include "store/OutboxRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
BulkResultRow::Outcome outcomeOf(const OutboxEntry &e)
{
    switch (e.state) {
    case OutboxState::Done:
        return BulkResultRow::Outcome::Done;
    case OutboxState::Failed:
    case OutboxState::Conflict:
        return BulkResultRow::Outcome::Failed;
    case OutboxState::Queued:
    case OutboxState::Sending:
        break;
    }
    return BulkResultRow::Outcome::Waiting;
}

QString problemWords(const QJsonObject &problem)
{
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? problem.value(QStringLiteral("title")).toString() : detail;
}

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    // A leading = + - @ would make a spreadsheet run the cell as a formula; an E.164 number
    // ("+" and digits only) is harmless and stays as it is, so the file imports back.
    const bool signedDigits =
        utf8.size() > 1 && (utf8.front() == '+' || utf8.front() == '-') &&
        std::all_of(utf8.begin() + 1, utf8.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!utf8.isEmpty() && QByteArrayView("=+-@").contains(utf8.front()) && !signedDigits)
        utf8.prepend('\'');
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return QByteArray('"' + utf8.replace("\"", "\"\"") + '"');
    return utf8;
}
} // namespace

QString bulkOutcomeName(BulkResultRow::Outcome outcome)
{
    switch (outcome) {
    case BulkResultRow::Outcome::Done:
        return QStringLiteral("done");
    case BulkResultRow::Outcome::Failed:
        return QStringLiteral("failed");
    case BulkResultRow::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case BulkResultRow::Outcome::Waiting:
        break;
    }
    return QStringLiteral("waiting");
}

QList<BulkResultRow> bulkResultRows(const QList<OutboxEntry> &entries)
{
    QList<BulkResultRow> rows;
    for (const OutboxEntry &e : entries) {
        if (e.kind == OutboxKind::E911Enable || e.kind == OutboxKind::E911Disable) {
            rows.append({e.target, outcomeOf(e), e.lastError});
            continue;
        }
        if (e.kind != OutboxKind::E911Bulk)
            continue;
        const QStringList numbers = outbox::bulkNumbers(e.body);
        if (e.state != OutboxState::Done) {
            for (const QString &n : numbers)
                rows.append({n, outcomeOf(e), e.lastError});
            continue;
        }
        // 200 answers each item in request order (docs/api.md, e911-bulk).
        const QJsonArray results = QJsonDocument::fromJson(e.responseBody)
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            const QString outcome = r.value(QStringLiteral("outcome")).toString();
            const QString number = r.value(QStringLiteral("number")).toString();
            if (outcome == QLatin1StringView("rejected"))
                rows.append({number, BulkResultRow::Outcome::Failed,
                             problemWords(r.value(QStringLiteral("problem")).toObject())});
            else
                rows.append({number, BulkResultRow::Outcome::Done, outcome});
        }
    }
    return rows;
}

QByteArray bulkResultCsv(const QList<BulkResultRow> &rows)
{
    QByteArray out = "number,result,reason\r\n";
    for (const BulkResultRow &r : rows)
        out += csvField(r.number) + ',' + csvField(bulkOutcomeName(r.outcome)) + ',' +
               csvField(r.detail) + "\r\n";
    return out;
}
