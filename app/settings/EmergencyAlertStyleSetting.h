// How the security desk's alert for a live 911 call gets attention: sound, flashing, both
// (the default) or neither, beyond the window that always comes to the front. A choice, not a
// preference: staff with photosensitive epilepsy or a desk in a quiet room need flashing or sound
// off, and an organisation can decide it for every desk (docs/managed-configuration.md).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace EmergencyAlertStyleSetting {
// "sound-and-flashing" (the default), "sound", "flashing", "silent".
QStringList supportedCodes();
QString defaultCode();
// What an invalid managed value falls back to: sound without flashing, so a typo can neither
// silence the desk nor flash at someone the organisation meant to spare.
QString fallbackCode();
// "Sound and flashing", …, translated, for the settings dialog.
QString displayName(const QString &code);
// " Sound_And_Flashing ", "" → "sound-and-flashing"; nullopt and *problem when the text names
// no style.
std::optional<QString> parse(const QString &text, QString *problem);
// The style the desk used before this setting existed: the "desk/alertSound" and
// "desk/alertFlashing" booleans, still honoured where a desk set them.
QString fromLegacy(bool sound, bool flashing);
bool hasSound(const QString &code);
bool hasFlashing(const QString &code);
} // namespace EmergencyAlertStyleSetting
