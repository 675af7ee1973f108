// Importing numbers and their emergency addresses from a CSV (onboarding): RFC 4180 parsing,
// mapping columns to the number, the CLDXF address fields and an enable flag, and a dry run that
// lists every problem of every row before anything is queued. Pure functions: no file, network
// or cache access; the caller passes the tenant's numbers.
#pragma once

#include "domain/CivicAddress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace csvimport {

struct CsvTable
{
    QList<QStringList> records; // the first one is the header when the file has one
    QString error;              // empty when the whole file parsed
    int errorLine = 0;          // 1-based line of the error
};

// RFC 4180 with the usual leniency: CRLF or LF line ends, a UTF-8 BOM, quoted fields with
// doubled quotes and line breaks inside, a last line without a line end, blank lines skipped.
// An unterminated quote is an error (the records before it are kept). `separator` is the field
// separator: a comma, or what the writer chose (Export-Csv -UseCulture writes ';' in many
// European locales).
CsvTable parseCsv(const QByteArray &data, QChar separator = u',');

// Which column holds what (-1: none). `civic` maps CLDXF field names (CivicAddress::fieldNames)
// to columns.
struct ColumnMapping
{
    int number = -1;
    int enable = -1;
    QHash<QString, int> civic;

    bool hasAddress() const { return !civic.isEmpty(); }
};

// A first guess from header names: "number"/"phone"/"did", "enable"/"e911", the CLDXF names and
// a few common words ("house number", "street", "city", "zip"), case and spacing ignored.
ColumnMapping guessMapping(const QStringList &header);

struct RowCheck
{
    int record = 0; // 1-based data row (after the header)
    QString e164;   // the number as E.164, when it parsed
    CivicAddress address;
    bool enable = false;
    QStringList problems; // every reason the row cannot be applied; empty when it can

    bool isValid() const { return problems.isEmpty(); }
};

// The US ZIP and ZIP+4 forms (12345, 12345-6789).
bool isUsZip(const QString &text);
// "yes"/"no", "true"/"false", "1"/"0", "on"/"off", "y"/"n" (any case); empty reads as no.
std::optional<bool> parseEnable(const QString &text);

// Checks every data row (`rows` without the header). Without an enable column every row is to be
// registered. Problems: a missing or unreadable number,
// a number outside the US (by libphonenumber region) or toll-free when it is to be enabled, a
// number that is not the tenant's, the same number in an earlier row, an address missing a
// required field or with a malformed state or ZIP, a non-US address, an enable flag that reads
// as neither yes nor no, and enabling without an address.
QList<RowCheck> dryRun(const QList<QStringList> &rows, const ColumnMapping &mapping,
                       const QSet<QString> &tenantNumbers);

} // namespace csvimport
