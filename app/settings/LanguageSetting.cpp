#include "settings/LanguageSetting.h"

#include <QCoreApplication>
#include <QLocale>

namespace LanguageSetting {
QStringList supportedCodes()
{
    // English is the source language; the others have a translations/dispatchable_<code>.ts.
    return {QString(), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr_CA")};
}

QString nativeName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("LanguageSetting", "System language");
    // Each language in its own words, so a person can find theirs whatever is showing now.
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"fr_CA")
        return QStringLiteral("Français (Canada)");
    return QLocale(code).nativeLanguageName();
}

std::optional<QString> parse(const QString &text, QString *problem)
{
    QString code = text.trimmed();
    if (code.isEmpty() || code.compare(QLatin1StringView("system"), Qt::CaseInsensitive) == 0)
        return QString();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &supported : supportedCodes()) {
        if (!supported.isEmpty() && code.compare(supported, Qt::CaseInsensitive) == 0)
            return supported;
    }
    QStringList listed = supportedCodes();
    listed.removeAll(QString());
    *problem = QCoreApplication::translate("LanguageSetting",
                                           "“%1” is not a language Dispatchable has. Use system "
                                           "or one of: %2.")
                   .arg(text.trimmed(), listed.join(QLatin1StringView(", ")));
    return std::nullopt;
}
} // namespace LanguageSetting
