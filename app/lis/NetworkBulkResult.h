// The answer to one POST …/network-elements-bulk batch, decoded strictly: per item of the
// request, in request order, whether it was created, already there unchanged, or rejected with
// the server's problem. The CSV import shows these per row after apply.
#pragma once

#include "api/Problem.h"
#include "domain/FieldError.h"
#include "lis/NetworkElement.h"

#include <QByteArray>
#include <QList>

#include <optional>

enum class NetworkBulkOutcome : quint8 { Created, Unchanged, Rejected };

struct NetworkBulkItemResult
{
    int index = 0; // position in the batch's "elements"
    NetworkBulkOutcome outcome = NetworkBulkOutcome::Created;
    std::optional<NetworkElement> element; // created or unchanged: the element as stored
    std::optional<Problem> problem;        // rejected: why
};

namespace NetworkBulkResult {
// `answer` is the 200 body; `itemCount` the number of elements the batch sent. Nullopt with
// `errors` set when the answer breaks the contract (wrong count, order, or shape).
std::optional<QList<NetworkBulkItemResult>> fromJson(const QByteArray &answer, qsizetype itemCount,
                                                     QList<FieldError> &errors);
} // namespace NetworkBulkResult
