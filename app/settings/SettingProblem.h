// Something wrong with a managed setting, in words for the person at the screen and the log:
// what is wrong and what the app does instead. Never carries a secret (not even a PIN hash).
#pragma once

#include "settings/SettingKey.h"

#include <QString>

#include <optional>

struct SettingProblem
{
    std::optional<SettingKey> key; // none for a problem with a whole file
    QString message;
};
