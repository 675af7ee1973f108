// CSV parsing, column mapping and the dry run of a number import.
#include "import/NumberCsvImport.h"

#include "domain/E911Eligibility.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace csvimport {

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NumberCsvImport)
};

// Header words compared without case, spaces, dashes or underscores.
QString simplified(const QString &header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

// What the address needs before the server is even asked (the server's validator says more).
struct Required
{
    const char *field;
    const char *words;
};
constexpr Required required[] = {
    {"addNumber", QT_TRANSLATE_NOOP("NumberCsvImport", "house number")},
    {"stName", QT_TRANSLATE_NOOP("NumberCsvImport", "street name")},
    {"postalCommunity", QT_TRANSLATE_NOOP("NumberCsvImport", "city")},
    {"state", QT_TRANSLATE_NOOP("NumberCsvImport", "state")},
    {"postalCode", QT_TRANSLATE_NOOP("NumberCsvImport", "ZIP code")},
    {"country", QT_TRANSLATE_NOOP("NumberCsvImport", "country")},
};
} // namespace

CsvTable parseCsv(const QByteArray &data, QChar separator)
{
    CsvTable table;
    const QString text = QString::fromUtf8(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endRecord = [&] {
        record.append(field);
        field.clear();
        // A blank line is no record (a single empty field that was never started).
        if (!(record.size() == 1 && record.constFirst().isEmpty() && !fieldStarted))
            table.records.append(record);
        record.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        table.error =
            Text::tr("A quoted field starting on line %1 is never closed.").arg(quoteLine);
        table.errorLine = quoteLine;
        return table;
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return table;
}

ColumnMapping guessMapping(const QStringList &header)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("housenumber"), QStringLiteral("addNumber")},
        {QStringLiteral("street"), QStringLiteral("stName")},
        {QStringLiteral("streetname"), QStringLiteral("stName")},
        {QStringLiteral("city"), QStringLiteral("postalCommunity")},
        {QStringLiteral("zip"), QStringLiteral("postalCode")},
        {QStringLiteral("zipcode"), QStringLiteral("postalCode")},
        {QStringLiteral("streettype"), QStringLiteral("stPosTyp")},
        {QStringLiteral("suite"), QStringLiteral("unit")},
        {QStringLiteral("province"), QStringLiteral("state")},
    };
    QHash<QString, QString> civicNames = aliases;
    for (const QString &name : CivicAddress::fieldNames())
        civicNames.insert(simplified(name), name);
    ColumnMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = simplified(header.at(i));
        if (mapping.number < 0 &&
            (h == QLatin1StringView("number") || h == QLatin1StringView("phone") ||
             h == QLatin1StringView("phonenumber") || h == QLatin1StringView("did")))
            mapping.number = i;
        else if (mapping.enable < 0 &&
                 (h == QLatin1StringView("enable") || h == QLatin1StringView("e911") ||
                  h == QLatin1StringView("register") || h == QLatin1StringView("registerwith911")))
            mapping.enable = i;
        else if (const QString field = civicNames.value(h);
                 !field.isEmpty() && !mapping.civic.contains(field))
            mapping.civic.insert(field, i);
    }
    return mapping;
}

bool isUsZip(const QString &text)
{
    static const QRegularExpression zip(QStringLiteral("^[0-9]{5}(-[0-9]{4})?\\z"));
    return zip.match(text).hasMatch();
}

std::optional<bool> parseEnable(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1StringView("no") || t == QLatin1StringView("n") ||
        t == QLatin1StringView("false") || t == QLatin1StringView("0") ||
        t == QLatin1StringView("off"))
        return false;
    if (t == QLatin1StringView("yes") || t == QLatin1StringView("y") ||
        t == QLatin1StringView("true") || t == QLatin1StringView("1") ||
        t == QLatin1StringView("on"))
        return true;
    return std::nullopt;
}

QList<RowCheck> dryRun(const QList<QStringList> &rows, const ColumnMapping &mapping,
                       const QSet<QString> &tenantNumbers)
{
    QList<RowCheck> checks;
    QHash<QString, int> firstRecordOf; // E.164 → the row that named it first
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        auto cell = [&row](int column) {
            return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
        };
        RowCheck check;
        check.record = r + 1;

        // Without an enable column the file is a list of numbers to register.
        check.enable = mapping.enable < 0;
        if (mapping.enable >= 0) {
            const std::optional<bool> enable = parseEnable(cell(mapping.enable));
            if (enable)
                check.enable = *enable;
            else
                check.problems.append(
                    Text::tr("Enable reads \"%1\": write yes or no.").arg(cell(mapping.enable)));
        }

        const QString numberText = cell(mapping.number);
        std::optional<PhoneNumber> number;
        if (mapping.number < 0 || numberText.isEmpty())
            check.problems.append(Text::tr("No number."));
        else if (!(number = PhoneNumber::parse(numberText)))
            check.problems.append(Text::tr("\"%1\" is not a phone number.").arg(numberText));
        if (number) {
            check.e164 = number->e164();
            if (!tenantNumbers.contains(check.e164))
                check.problems.append(
                    Text::tr("%1 is not a number of this tenant.").arg(check.e164));
            if (const E911Eligibility e = e911EligibilityOf(*number);
                check.enable && e != E911Eligibility::Eligible)
                check.problems.append(e911EligibilityReason(e));
            const auto first = firstRecordOf.constFind(check.e164);
            if (first != firstRecordOf.cend())
                check.problems.append(
                    Text::tr("%1 is already in row %2.").arg(check.e164).arg(*first));
            else
                firstRecordOf.insert(check.e164, check.record);
        }

        for (auto it = mapping.civic.cbegin(); it != mapping.civic.cend(); ++it)
            check.address.setValue(it.key(), cell(it.value()));
        if (check.address.isEmpty()) {
            if (check.enable)
                check.problems.append(Text::tr("No emergency address: enabling needs one."));
        } else {
            for (const Required &f : required)
                if (check.address.value(QString::fromLatin1(f.field)).isEmpty())
                    check.problems.append(
                        Text::tr("The address has no %1.").arg(Text::tr(f.words)));
            const QString country = check.address.country.toUpper();
            if (!country.isEmpty() && country != QLatin1StringView("US"))
                check.problems.append(
                    Text::tr("The address is in %1: E911 here needs a US address.").arg(country));
            if (!check.address.state.isEmpty() &&
                !QRegularExpression(QStringLiteral("^[A-Za-z]{2}\\z"))
                     .match(check.address.state)
                     .hasMatch())
                check.problems.append(
                    Text::tr("State \"%1\" is not a two-letter code.").arg(check.address.state));
            if (!check.address.postalCode.isEmpty() && !isUsZip(check.address.postalCode))
                check.problems.append(Text::tr("ZIP code \"%1\" is not 12345 or 12345-6789.")
                                          .arg(check.address.postalCode));
        }
        checks.append(check);
    }
    return checks;
}

} // namespace csvimport
