#include "report/CsvFormat.h"

#include <QRegularExpression>

namespace csvformat {

namespace {
bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+$"));
    return number.match(value).hasMatch();
}
} // namespace

QString guardCell(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                       first == u'\t' || first == u'\r';
    if (first == u'\'' || (risky && !isPlainNumber(value)))
        return QString(QLatin1Char('\'') + value);
    return value;
}

QString unguardCell(const QString &cell)
{
    return cell.startsWith(u'\'') ? cell.mid(1) : cell;
}

QByteArray record(const QStringList &values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray cell = guardCell(values.at(i)).toUtf8();
        const bool quote =
            cell.contains(',') || cell.contains('"') || cell.contains('\r') || cell.contains('\n');
        if (quote) {
            QByteArray escaped = cell;
            escaped.replace("\"", "\"\"");
            out += '"' + escaped + '"';
        } else {
            out += cell;
        }
    }
    out += "\r\n";
    return out;
}

} // namespace csvformat
