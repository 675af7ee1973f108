#include "OutboxEntry.h"

#include <QJsonDocument>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<OutboxState, const char *>, 5> stateNames{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Done, "done"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Conflict, "conflict"},
}};

constexpr std::array<std::pair<OutboxKind, const char *>, 17> kindNames{{
    {OutboxKind::AddressCreate, "address.create"},
    {OutboxKind::AddressUpdate, "address.update"},
    {OutboxKind::AddressDelete, "address.delete"},
    {OutboxKind::E911Enable, "e911.enable"},
    {OutboxKind::E911Disable, "e911.disable"},
    {OutboxKind::E911Bulk, "e911.bulk"},
    {OutboxKind::Acknowledgement, "acknowledgement"},
    {OutboxKind::PlaceCreate, "place.create"},
    {OutboxKind::PlaceUpdate, "place.update"},
    {OutboxKind::PlaceDelete, "place.delete"},
    {OutboxKind::NetworkElementCreate, "network.create"},
    {OutboxKind::NetworkElementUpdate, "network.update"},
    {OutboxKind::NetworkElementDelete, "network.delete"},
    {OutboxKind::NetworkElementsBulk, "network.bulk"},
    {OutboxKind::TestCallRecord, "testcall.record"},
    {OutboxKind::EmergencyPolicyUpdate, "policy.update"},
    {OutboxKind::TeamsNumberLocationsRecord, "teams.numbers.record"},
}};

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QString outboxStateName(OutboxState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    for (const auto &[value, text] : stateNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

QString outboxKindName(OutboxKind kind)
{
    for (const auto &[value, name] : kindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<OutboxKind> outboxKindFromName(const QString &name)
{
    for (const auto &[value, text] : kindNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject OutboxEntry::mineJson() const
{
    return objectOf(body);
}

QJsonObject OutboxEntry::theirsJson() const
{
    return objectOf(theirs);
}

bool OutboxEntry::sendsIdempotencyKey() const
{
    // docs/api.md, "Idempotency keys": PUT …/e911, POST …/e911-bulk, POST …/addresses and
    // POST …/acknowledgements, and every POST of the network map. PUT and DELETE of addresses,
    // places, elements and the policy are guarded by If-Match instead.
    switch (kind) {
    case OutboxKind::AddressCreate:
    case OutboxKind::E911Enable:
    case OutboxKind::E911Disable:
    case OutboxKind::E911Bulk:
    case OutboxKind::Acknowledgement:
    case OutboxKind::PlaceCreate:
    case OutboxKind::NetworkElementCreate:
    case OutboxKind::NetworkElementsBulk:
    case OutboxKind::TestCallRecord:
        return true;
    case OutboxKind::AddressUpdate:
    case OutboxKind::AddressDelete:
    case OutboxKind::PlaceUpdate:
    case OutboxKind::PlaceDelete:
    case OutboxKind::NetworkElementUpdate:
    case OutboxKind::NetworkElementDelete:
    case OutboxKind::EmergencyPolicyUpdate:
    case OutboxKind::TeamsNumberLocationsRecord: // the same reading sent again changes nothing
        return false;
    }
    return false;
}
