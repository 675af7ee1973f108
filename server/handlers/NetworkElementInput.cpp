#include "NetworkElementInput.h"

#include "ServerContext.h"
#include "store/ServerDatabase.h"
#include "validation/NetworkIdentifiers.h"

namespace {

constexpr int maxDescriptionLength = 200;

bool isKind(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("subnet"), QStringLiteral("wap"),
                                      QStringLiteral("switch"), QStringLiteral("port"),
                                      QStringLiteral("trusted_ip")};
    return kinds.contains(kind);
}

// Reads an identifying field: normalised when the kind uses it, refused when it is set on a
// kind that does not.
QString identifyingField(RequestBody &body, const QString &key, bool used,
                         netid::Checked (*check)(const QString &))
{
    const QString text = body.string(key, false, 200);
    if (!used) {
        if (!text.isEmpty())
            body.addError(key, QStringLiteral("invalid"),
                          QStringLiteral("\"%1\" does not belong to this kind of element; leave "
                                         "it empty.")
                              .arg(key));
        return QStringLiteral("");
    }
    const netid::Checked checked = check(text);
    if (!checked.ok())
        body.addError(key, checked.code, checked.detail);
    return checked.value;
}

} // namespace

const QStringList elementKeys = {QStringLiteral("kind"),       QStringLiteral("placeId"),
                                 QStringLiteral("subnet"),     QStringLiteral("bssid"),
                                 QStringLiteral("chassisId"),  QStringLiteral("portId"),
                                 QStringLiteral("description")};

std::optional<ElementInput> readElementInput(RequestBody &body)
{
    ElementInput in;
    in.kind = body.string(QStringLiteral("kind"), true, 20);
    if (!body.ok())
        return std::nullopt;
    if (!isKind(in.kind)) {
        body.addError(QStringLiteral("kind"), QStringLiteral("invalid"),
                      QStringLiteral("kind must be subnet, wap, switch, port or trusted_ip."));
        return std::nullopt;
    }
    const bool trusted = in.kind == QLatin1StringView("trusted_ip");
    const bool subnet = in.kind == QLatin1StringView("subnet");
    const bool port = in.kind == QLatin1StringView("port");
    in.placeId = body.string(QStringLiteral("placeId"), false, 100).trimmed();
    if (trusted && !in.placeId.isEmpty())
        body.addError(QStringLiteral("placeId"), QStringLiteral("invalid"),
                      QStringLiteral("A trusted IP belongs to no place; leave placeId empty."));
    if (!trusted && in.placeId.isEmpty())
        body.addError(QStringLiteral("placeId"), QStringLiteral("required"),
                      QStringLiteral("Name the place this element locates callers in."));
    in.subnet = identifyingField(body, QStringLiteral("subnet"), subnet || trusted,
                                 trusted ? netid::normaliseTrustedIp : netid::normaliseSubnet);
    in.bssid = identifyingField(body, QStringLiteral("bssid"), in.kind == QLatin1StringView("wap"),
                                netid::normaliseBssid);
    in.chassisId =
        identifyingField(body, QStringLiteral("chassisId"),
                         port || in.kind == QLatin1StringView("switch"), netid::normaliseChassisId);
    in.portId = identifyingField(body, QStringLiteral("portId"), port, netid::checkPortId);
    in.description = body.string(QStringLiteral("description"), false, maxDescriptionLength);
    if (in.description.isNull())
        in.description = QStringLiteral("");
    if (in.placeId.isNull())
        in.placeId = QStringLiteral("");
    if (!body.ok())
        return std::nullopt;
    if (subnet || trusted)
        in.identity = in.subnet;
    else if (in.kind == QLatin1StringView("wap"))
        in.identity = in.bssid;
    else if (port)
        in.identity = QString(in.chassisId + QLatin1Char('\n') + in.portId);
    else
        in.identity = in.chassisId;
    return in;
}

std::optional<ElementConflict> elementConflict(ServerContext &ctx, const QString &tenantId,
                                               const ElementInput &input, const QString &editedId)
{
    // Bound as "" rather than NULL, so "id <> ?" holds for every row when nothing is edited.
    const QString selfId = editedId.isNull() ? QStringLiteral("") : editedId;
    if (!input.placeId.isEmpty() &&
        !ctx.db
             .scalar(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND tenant_id = ?"),
                     {input.placeId, tenantId})
             .isValid())
        return ElementConflict{
            HttpResponse::problem(
                422, QStringLiteral("invalid-field"), QStringLiteral("Some fields are not valid"),
                {},
                {{QStringLiteral("placeId"), QStringLiteral("unknown"),
                  QStringLiteral("This tenant has no place %1.").arg(input.placeId)}}),
            {}};
    const QString existing =
        ctx.db
            .scalar(QStringLiteral("SELECT id FROM network_elements WHERE tenant_id = ? AND"
                                   " kind = ? AND identity = ? AND id <> ?"),
                    {tenantId, input.kind, input.identity, selfId})
            .toString();
    if (!existing.isEmpty())
        return ElementConflict{
            withProblemMembers(
                HttpResponse::problem(
                    409, QStringLiteral("duplicate-element"),
                    QStringLiteral("The element is already in the network map"),
                    QStringLiteral("This tenant already has a %1 %2; edit that one instead.")
                        .arg(input.kind, QString(input.identity)
                                             .replace(QLatin1Char('\n'), QStringLiteral(" / ")))),
                QJsonObject{{QStringLiteral("existingId"), existing}}),
            existing};
    if (input.kind != QLatin1StringView("wap"))
        return std::nullopt;
    // Teams refuses a BSSID inside a wildcard of the same tenant, and a wildcard over one.
    // The wildcards that could cover this BSSID are its prefixes with "*"; the BSSIDs a
    // wildcard covers start with its prefix.
    const QString covering =
        ctx.db
            .scalar(QStringLiteral("SELECT bssid FROM network_elements WHERE tenant_id = ? AND"
                                   " kind = 'wap' AND bssid IN (?, ?) AND bssid <> ? AND id <> ?"),
                    {tenantId, QString(input.bssid.left(15) + QLatin1Char('*')),
                     QString(input.bssid.left(16) + QLatin1Char('*')), input.bssid, selfId})
            .toString();
    QString covered;
    if (netid::isWildcardBssid(input.bssid))
        covered =
            ctx.db
                .scalar(QStringLiteral("SELECT bssid FROM network_elements WHERE tenant_id = ? AND"
                                       " kind = 'wap' AND substr(bssid, 1, ?) = ? AND bssid <> ?"
                                       " AND id <> ? ORDER BY bssid LIMIT 1"),
                        {tenantId, static_cast<int>(netid::wildcardPrefix(input.bssid).size()),
                         netid::wildcardPrefix(input.bssid), input.bssid, selfId})
                .toString();
    if (covering.isEmpty() && covered.isEmpty())
        return std::nullopt;
    const QString detail =
        covering.isEmpty()
            ? QStringLiteral("The wildcard %1 covers %2, which is already in the network map; "
                             "Teams accepts only one of them.")
                  .arg(input.bssid, covered)
            : QStringLiteral("%1 is inside the wildcard %2, which is already in the network map; "
                             "Teams accepts only one of them.")
                  .arg(input.bssid, covering);
    return ElementConflict{
        HttpResponse::problem(
            422, QStringLiteral("invalid-field"), QStringLiteral("Some fields are not valid"), {},
            {{QStringLiteral("bssid"), QStringLiteral("inside_wildcard"), detail}}),
        {}};
}
