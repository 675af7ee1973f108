#include "settings/ChoiceSetting.h"

namespace ChoiceSetting {
QString normalised(const QString &text)
{
    QString code = text.trimmed().toLower();
    code.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    return code;
}
} // namespace ChoiceSetting
