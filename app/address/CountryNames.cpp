#include "address/CountryNames.h"

#include <QHash>
#include <QLocale>

namespace {
QString folded(QStringView text)
{
    QString out;
    for (QChar c : text.toString().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.'))
            continue;
        out.append(c.toUpper());
    }
    return out.simplified();
}

const QHash<QString, QString> &codesByName()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                map.insert(folded(QLocale::territoryToString(territory)), code);
        }
        // What people write instead of CLDR's names.
        for (const char *gb :
             {"UK", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN IRELAND", "BRITAIN"})
            map.insert(QString::fromLatin1(gb), QStringLiteral("GB"));
        for (const char *us : {"USA", "US", "UNITED STATES OF AMERICA"})
            map.insert(QString::fromLatin1(us), QStringLiteral("US"));
        map.insert(QStringLiteral("DEUTSCHLAND"), QStringLiteral("DE"));
        map.insert(QStringLiteral("HOLLAND"), QStringLiteral("NL"));
        return map;
    }();
    return names;
}
} // namespace

QString CountryNames::codeFor(QStringView typed)
{
    return codesByName().value(folded(typed));
}

QString CountryNames::nameOf(QStringView code)
{
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(t);
}
