// The text of a setting that names one of a few choices, normalised the way every such setting
// compares it: trimmed, lower case, '_' and ' ' as '-'.
#pragma once

#include <QString>

namespace ChoiceSetting {
QString normalised(const QString &text);
} // namespace ChoiceSetting
