#include "AddressText.h"

namespace {
bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) ||
           c == QLatin1Char('`');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool keepsHyphens(AddressTextKind kind)
{
    return kind == AddressTextKind::HouseNumber || kind == AddressTextKind::Unit ||
           kind == AddressTextKind::PostalCode;
}

QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}
} // namespace

QString normalizeAddressText(QStringView text, AddressConvention convention, AddressTextKind kind)
{
    QString upper = text.toString().toUpper();
    upper = convention == AddressConvention::Usps ? withoutAccents(upper)
                                                  : upper.normalized(QString::NormalizationForm_C);

    QString out;
    out.reserve(upper.size());
    int segment = 0; // word characters since the last space or dropped period
    auto separate = [&out, &segment] {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
        segment = 0;
    };
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const QChar c = upper.at(i);
        const QChar prev = out.isEmpty() ? QChar() : out.back();
        const QChar next = i + 1 < upper.size() ? upper.at(i + 1) : QChar();
        if (isWordChar(c)) {
            out.append(c);
            ++segment;
        } else if (c == QLatin1Char('.')) {
            // "P.O." and "N.E." are initials: close them up. "ST.LOUIS" is two words.
            if (segment == 1 && prev.isLetter())
                segment = 0;
            else
                separate();
        } else if (isApostrophe(c)) {
            // USPS drops apostrophes ("O'FARRELL" → "OFARRELL"); Canada Post keeps them in
            // French names ("L'ASSOMPTION").
            if (convention == AddressConvention::CanadaPost && prev.isLetter() && next.isLetter())
                out.append(QLatin1Char('\''));
        } else if (c == QLatin1Char('-') && isWordChar(prev) && isWordChar(next) &&
                   (keepsHyphens(kind) || convention == AddressConvention::CanadaPost)) {
            out.append(c);
        } else if (c == QLatin1Char('/') && prev.isDigit() && next.isDigit()) {
            out.append(c); // fractional address "1/2"
        } else if (c == QLatin1Char('#') &&
                   (kind == AddressTextKind::Unit || kind == AddressTextKind::StreetName)) {
            separate();
            out.append(QLatin1String("# "));
        } else {
            separate();
        }
    }
    return out.trimmed();
}
