#include "settings/EmergencyAlertStyleSetting.h"

#include "settings/ChoiceSetting.h"

#include <QCoreApplication>

namespace EmergencyAlertStyleSetting {
QStringList supportedCodes()
{
    return {QStringLiteral("sound-and-flashing"), QStringLiteral("sound"),
            QStringLiteral("flashing"), QStringLiteral("silent")};
}

QString defaultCode()
{
    return QStringLiteral("sound-and-flashing");
}

QString fallbackCode()
{
    return QStringLiteral("sound");
}

QString displayName(const QString &code)
{
    if (code == u"sound")
        return QCoreApplication::translate("EmergencyAlertStyleSetting", "Sound, no flashing");
    if (code == u"flashing")
        return QCoreApplication::translate("EmergencyAlertStyleSetting", "Flashing, no sound");
    if (code == u"silent")
        return QCoreApplication::translate("EmergencyAlertStyleSetting",
                                           "Neither: the window only");
    return QCoreApplication::translate("EmergencyAlertStyleSetting", "Sound and flashing");
}

std::optional<QString> parse(const QString &text, QString *problem)
{
    const QString code = ChoiceSetting::normalised(text);
    if (code.isEmpty())
        return defaultCode();
    if (supportedCodes().contains(code))
        return code;
    if (problem)
        *problem = QCoreApplication::translate("EmergencyAlertStyleSetting",
                                               "“%1” is not an alert style Dispatchable has. Use "
                                               "one of: %2.")
                       .arg(text.trimmed(), supportedCodes().join(QLatin1StringView(", ")));
    return std::nullopt;
}

QString fromLegacy(bool sound, bool flashing)
{
    if (sound && flashing)
        return QStringLiteral("sound-and-flashing");
    if (sound)
        return QStringLiteral("sound");
    return flashing ? QStringLiteral("flashing") : QStringLiteral("silent");
}

bool hasSound(const QString &code)
{
    return code == u"sound-and-flashing" || code == u"sound";
}

bool hasFlashing(const QString &code)
{
    return code == u"sound-and-flashing" || code == u"flashing";
}
} // namespace EmergencyAlertStyleSetting
