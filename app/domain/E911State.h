// The provisioning state of a number's E911 registration, as the API names it.
#pragma once

#include <QString>

#include <optional>

enum class E911State { Basic, Pending, Registered, Failed, Deregistering };

QString e911StateToWire(E911State state);
std::optional<E911State> e911StateFromWire(QStringView wire);
