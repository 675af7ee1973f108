#include "AbbreviationTable.h"

AbbreviationTable::AbbreviationTable(std::span<const Abbreviation> rows)
{
    for (const Abbreviation &row : rows) {
        const QString standard = QString::fromUtf8(row.standard);
        m_standardByVariant.insert(standard, standard);
        const QStringList variants =
            QString::fromUtf8(row.variants).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &variant : variants) {
            // A duplicate variant is a mistake in a table; the first row wins.
            if (!m_standardByVariant.contains(variant))
                m_standardByVariant.insert(variant, standard);
        }
    }
}

std::optional<QString> AbbreviationTable::lookup(QStringView word) const
{
    const auto it = m_standardByVariant.constFind(word.toString());
    if (it == m_standardByVariant.cend())
        return std::nullopt;
    return *it;
}
