// Reading a Teams PowerShell export into named fields; see TeamsExportFile.h.
#include "teams/TeamsExportFile.h"

#include "import/NumberCsvImport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsExportFile)
};
} // namespace

namespace teams {

namespace {

// The text of a file in UTF-8, whatever Windows PowerShell wrote: Out-File and
// Export-Csv -Encoding Unicode write UTF-16 LE with a BOM; UTF-8 may carry a BOM too.
QByteArray asUtf8(const QByteArray &data)
{
    auto decoded = [&data](QStringDecoder::Encoding encoding) {
        QStringDecoder decoder(encoding);
        const QString text = decoder.decode(data.mid(2));
        return text.toUtf8();
    };
    if (data.startsWith("\xFF\xFE"))
        return decoded(QStringDecoder::Utf16LE);
    if (data.startsWith("\xFE\xFF"))
        return decoded(QStringDecoder::Utf16BE);
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    return data;
}

// A JSON value as the text Export-Csv would have written for it.
QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        // Whole numbers without a fraction ("2", not "2.0"); others in their shortest exact form
        // ("47.63963", not "47.639629999999997"). Out-of-range values never reach the cast.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e15 && std::trunc(d) == d)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(jsonText(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void readJson(const QByteArray &utf8, ExportFile &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.error = Text::tr("The file is not valid JSON: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return;
    }
    // ConvertTo-Json writes one object bare and several as an array; Windows PowerShell 5.1
    // may wrap the array as {"value": [...], "Count": n}.
    QJsonArray items = document.isObject() ? QJsonArray{document.object()} : document.array();
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.size() == 2 && object.value(QLatin1StringView("value")).isArray() &&
            object.value(QLatin1StringView("Count")).isDouble())
            items = object.value(QLatin1StringView("value")).toArray();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        ExportRow row;
        row.number = int(i + 1);
        const QJsonObject object = items.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!file.columns.contains(it.key()))
                file.columns.append(it.key());
            row.fields.insert(columnKey(it.key()), jsonText(it.value()));
        }
        // An item that is not an object is kept as a row without fields: the row readers
        // report it with the rest, in the admin's words.
        file.rows.append(row);
    }
}

// The field separator of an Export-Csv file, told from its header line (after any "#TYPE"
// line): the character after the first column name. A comma by default; -UseCulture writes the
// culture's list separator (';' in German or French Windows) and -Delimiter any character.
// Teams' column names are letters and digits, so nothing else can follow the first one.
QChar csvSeparator(const QByteArray &utf8)
{
    QString header = QString::fromUtf8(utf8.left(4096));
    if (header.startsWith(QLatin1StringView("#TYPE")))
        header = header.mid(header.indexOf(u'\n') + 1);
    qsizetype i = 0;
    if (header.startsWith(u'"')) {
        i = header.indexOf(u'"', 1);
        if (i < 0)
            return u',';
        ++i;
    } else {
        while (i < header.size() && (header.at(i).isLetterOrNumber() || header.at(i) == u'_'))
            ++i;
    }
    if (i >= header.size() || header.at(i) == u'\r' || header.at(i) == u'\n')
        return u','; // one column: the separator does not matter
    return header.at(i);
}

void readCsv(const QByteArray &utf8, ExportFile &file)
{
    csvimport::CsvTable table = csvimport::parseCsv(utf8, csvSeparator(utf8));
    // Windows PowerShell's Export-Csv without -NoTypeInformation.
    if (!table.records.isEmpty() &&
        table.records.constFirst().value(0).startsWith(QLatin1StringView("#TYPE")))
        table.records.removeFirst();
    if (table.records.isEmpty()) {
        file.error = table.error; // a header cut off inside a quote, or nothing at all
        return;
    }
    file.columns = table.records.takeFirst();
    QStringList keys;
    for (const QString &column : std::as_const(file.columns))
        keys.append(columnKey(column));
    for (qsizetype r = 0; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        ExportRow row;
        row.number = int(r + 1);
        // Export-Csv writes every column on every row: a row with more or fewer values was cut
        // off or edited by hand, and its values cannot be told apart safely.
        if (record.size() != keys.size()) {
            row.error = Text::tr("The row's values (%1) do not line up with the header's %2 "
                                 "columns: the file was cut off or edited here, so the row is "
                                 "not read.")
                            .arg(record.size())
                            .arg(keys.size());
        } else {
            for (qsizetype c = 0; c < keys.size(); ++c)
                row.fields.insert(keys.at(c), record.at(c));
        }
        file.rows.append(row);
    }
    // A quote never closed (a file cut off inside a value): the rows before it stand, the row
    // it starts is reported.
    if (!table.error.isEmpty()) {
        ExportRow row;
        row.number = int(table.records.size() + 1);
        row.error = Text::tr("The file ends inside this row's quoted value: it was cut off, so "
                             "the row is not read.");
        file.rows.append(row);
    }
}
} // namespace

QString exportKindText(ExportKind kind)
{
    switch (kind) {
    case ExportKind::CivicAddress:
        return Text::tr("emergency addresses");
    case ExportKind::Location:
        return Text::tr("places (Teams locations)");
    case ExportKind::Subnet:
        return Text::tr("subnets");
    case ExportKind::WirelessAccessPoint:
        return Text::tr("wireless access points");
    case ExportKind::Switch:
        return Text::tr("switches");
    case ExportKind::Port:
        return Text::tr("switch ports");
    case ExportKind::NumberAssignment:
        return Text::tr("phone number assignments");
    case ExportKind::EmergencyCallingPolicy:
        return Text::tr("emergency calling policies");
    case ExportKind::EmergencyCallRoutingPolicy:
        return Text::tr("emergency call routing policies");
    case ExportKind::TrustedIpAddress:
        return Text::tr("trusted IP addresses");
    case ExportKind::E911Automation:
        return Text::tr("TeamsE911Automation rows");
    case ExportKind::Unknown:
        break;
    }
    return Text::tr("unknown contents");
}

QString columnKey(QStringView column)
{
    QString key;
    for (const QChar c : column)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

QString ExportRow::value(QStringView column) const
{
    return fields.value(columnKey(column)).trimmed();
}

ExportKind detectExportKind(const QStringList &columns)
{
    QSet<QString> keys;
    for (const QString &column : columns)
        keys.insert(columnKey(column));
    auto has = [&keys](const char *key) { return keys.contains(QString::fromLatin1(key)); };
    // Most specific first: a location row carries its address's fields too, and the network
    // exports all carry LocationId.
    if (has("networkobjecttype") && has("networkobjectidentifier"))
        return ExportKind::E911Automation;
    if (has("telephonenumber") && (has("numbertype") || has("activationstate")))
        return ExportKind::NumberAssignment;
    if (has("identity") && (has("notificationmode") || has("notificationgroup")))
        return ExportKind::EmergencyCallingPolicy;
    if (has("identity") && (has("emergencynumbers") || has("allowenhancedemergencyservices")))
        return ExportKind::EmergencyCallRoutingPolicy;
    if (has("maskbits") && (has("ipaddress") || has("identity")))
        return ExportKind::TrustedIpAddress;
    if (has("chassisid") && has("portid"))
        return ExportKind::Port;
    if (has("chassisid"))
        return ExportKind::Switch;
    if (has("bssid"))
        return ExportKind::WirelessAccessPoint;
    if (has("subnet"))
        return ExportKind::Subnet;
    if (has("locationid") && has("location") && has("civicaddressid"))
        return ExportKind::Location;
    if (has("civicaddressid") && has("streetname"))
        return ExportKind::CivicAddress;
    return ExportKind::Unknown;
}

ExportFile readExportFile(const QByteArray &data)
{
    ExportFile file;
    const QByteArray utf8 = asUtf8(data);
    const QByteArray start = utf8.trimmed().left(1);
    if (start.isEmpty()) {
        file.error = Text::tr("The file is empty.");
        return file;
    }
    if (start == "{" || start == "[")
        readJson(utf8, file);
    else
        readCsv(utf8, file);
    if (!file.error.isEmpty())
        return file;
    file.kind = detectExportKind(file.columns);
    if (file.kind == ExportKind::Unknown && file.columns.isEmpty())
        file.error = Text::tr("The file has no rows to read.");
    else if (file.kind == ExportKind::Unknown)
        file.error =
            Text::tr("This is not a Teams export Dispatchable can read: its columns (%1) match "
                     "none of Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation, "
                     "Get-CsOnlineLisSubnet, Get-CsOnlineLisWirelessAccessPoint, "
                     "Get-CsOnlineLisSwitch, Get-CsOnlineLisPort, Get-CsPhoneNumberAssignment, "
                     "Get-CsTeamsEmergencyCallingPolicy, Get-CsTeamsEmergencyCallRoutingPolicy, "
                     "Get-CsTenantTrustedIPAddress or TeamsE911Automation's "
                     "Get-CsE911OnlineConfiguration piped to Export-Csv or ConvertTo-Json.")
                .arg(file.columns.mid(0, 6).join(QStringLiteral(", ")));
    return file;
}

} // namespace teams
