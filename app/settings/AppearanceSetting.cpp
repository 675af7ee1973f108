#include "settings/AppearanceSetting.h"

#include "settings/ChoiceSetting.h"

#include <QCoreApplication>

namespace AppearanceSetting {
QStringList supportedCodes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
            QStringLiteral("high-contrast")};
}

QString displayName(const QString &code)
{
    if (code == u"light")
        return QCoreApplication::translate("AppearanceSetting", "Light");
    if (code == u"dark")
        return QCoreApplication::translate("AppearanceSetting", "Dark");
    if (code == u"high-contrast")
        return QCoreApplication::translate("AppearanceSetting", "High contrast");
    return QCoreApplication::translate("AppearanceSetting", "Same as the system");
}

std::optional<QString> parse(const QString &text, QString *problem)
{
    const QString code = ChoiceSetting::normalised(text);
    if (code.isEmpty())
        return QStringLiteral("system");
    if (code == u"highcontrast")
        return QStringLiteral("high-contrast");
    if (supportedCodes().contains(code))
        return code;
    if (problem)
        *problem = QCoreApplication::translate("AppearanceSetting",
                                               "“%1” is not an appearance Dispatchable has. Use "
                                               "one of: %2.")
                       .arg(text.trimmed(), supportedCodes().join(QLatin1StringView(", ")));
    return std::nullopt;
}
} // namespace AppearanceSetting
