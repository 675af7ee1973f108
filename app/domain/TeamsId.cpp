#include "TeamsId.h"

#include <QRegularExpression>
#include <QUuid>

std::optional<QString> canonicalTeamsId(QStringView text)
{
    // The whole text must be one GUID: QUuid::fromString alone reads only the first 36 or 38
    // characters and would take "…5a6e-extra" for a GUID.
    static const QRegularExpression guid(
        QStringLiteral("^(\\{)?[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?(1)\\})$"));
    if (!guid.match(text).hasMatch())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}
