// A lookup from every accepted spelling of an address word to its standard abbreviation, built
// once from a compact table of "standard: variants" rows (USPS Publication 28 appendices, Canada
// Post's street types). The standard form always maps to itself.
#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <span>

struct Abbreviation
{
    const char *standard; // UTF-8, upper case
    const char *variants; // UTF-8, upper case, separated by spaces
};

class AbbreviationTable
{
public:
    explicit AbbreviationTable(std::span<const Abbreviation> rows);

    // `word` must already be normalized (upper case, no punctuation).
    std::optional<QString> lookup(QStringView word) const;

private:
    QHash<QString, QString> m_standardByVariant;
};
