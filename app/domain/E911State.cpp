#include "E911State.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<E911State, QLatin1StringView>, 5> wireNames{{
    {E911State::Basic, QLatin1StringView("basic")},
    {E911State::Pending, QLatin1StringView("pending")},
    {E911State::Registered, QLatin1StringView("registered")},
    {E911State::Failed, QLatin1StringView("failed")},
    {E911State::Deregistering, QLatin1StringView("deregistering")},
}};
} // namespace

QString e911StateToWire(E911State state)
{
    for (const auto &[s, name] : wireNames) {
        if (s == state)
            return QString(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<E911State> e911StateFromWire(QStringView wire)
{
    for (const auto &[s, name] : wireNames) {
        if (wire == name)
            return s;
    }
    return std::nullopt;
}
