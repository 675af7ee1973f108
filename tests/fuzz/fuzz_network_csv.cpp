// libFuzzer target: arbitrary bytes as a network-map CSV (a Teams export, the TeamsE911Automation
// form or our simple form) through the import's reader: form detection, row checks and the
// place split of Teams location names. A crash, sanitizer report, hang or runaway memory is a
// bug; so is a refused row without a reason.
#include "lis/NetworkCsvImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const csvimport::NetworkCsvFile file = csvimport::readNetworkCsv(bytes);
    for (const csvimport::NetworkRowCheck &row : file.rows) {
        for (const QString &problem : row.problems) {
            if (problem.trimmed().isEmpty())
                __builtin_trap(); // a refusal must say why
        }
        if (!row.locationText.isEmpty())
            (void)csvimport::placeFromLocationText(row.locationText);
    }
    (void)csvimport::placeFromLocationText(QString::fromUtf8(bytes.left(512)));
    return 0;
}
