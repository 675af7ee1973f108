// The language of the user interface: the system's, or one the app has a translation for.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace LanguageSetting {
// "" (the system's language) and the codes with a translation, e.g. "en", "es", "fr_CA".
QStringList supportedCodes();
// The language's own name for itself ("Español"), or "System language" (translated) for "".
QString nativeName(const QString &code);
// "fr-CA", "FR_ca", "system" → "fr_CA", "fr_CA", ""; nullopt and *problem when unsupported.
std::optional<QString> parse(const QString &text, QString *problem);
} // namespace LanguageSetting
