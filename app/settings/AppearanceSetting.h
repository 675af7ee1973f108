// The colours of the user interface: the system's, or one of the app's own palettes (light,
// dark, high contrast). Only the names and their parsing live here; ui/ThemePalettes paints them.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace AppearanceSetting {
// "system" (the default: follow the operating system), "light", "dark", "high-contrast".
QStringList supportedCodes();
// "System colours", "Light", …, translated, for the settings dialog.
QString displayName(const QString &code);
// "Dark", " high_contrast ", "" → "dark", "high-contrast", "system"; nullopt and *problem when
// the text names no appearance.
std::optional<QString> parse(const QString &text, QString *problem);
} // namespace AppearanceSetting
