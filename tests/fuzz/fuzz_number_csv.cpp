// libFuzzer target: arbitrary bytes as a number CSV an admin picks for import (onboarding).
// The file goes through the same steps as in the import dialog: RFC 4180 parsing, the column
// guess from its first record, and the dry run of every row. A crash, sanitizer report, hang or
// runaway memory is a bug; so is a row that fails without saying why.
#include "import/NumberCsvImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const csvimport::CsvTable table = csvimport::parseCsv(bytes);
    if (table.records.isEmpty())
        return 0;

    const csvimport::ColumnMapping mapping = csvimport::guessMapping(table.records.first());
    const QList<QStringList> rows = table.records.mid(1);
    const QSet<QString> tenantNumbers{QStringLiteral("+12065550100"),
                                      QStringLiteral("+13125550123")};
    const QList<csvimport::RowCheck> checks = csvimport::dryRun(rows, mapping, tenantNumbers);
    if (checks.size() != rows.size())
        __builtin_trap(); // every row gets a verdict
    for (const csvimport::RowCheck &check : checks) {
        for (const QString &problem : check.problems) {
            if (problem.trimmed().isEmpty())
                __builtin_trap(); // a refusal must say why
        }
    }
    return 0;
}
