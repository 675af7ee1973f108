// The limitations of emergency calling from Teams that every tenant must be told about and
// acknowledge (47 CFR 9.11(a)(5)), in the app's own words. An offline copy of the backend's
// GET /v1/disclosures/current: the same version string, so an acknowledgement made from this
// text is accepted by the server (server/handlers/ComplianceRoutes.cpp).
#pragma once

#include <QList>
#include <QString>

struct Limitation
{
    QString id; // as the backend names it ("location-unknown", …)
    QString title;
    QString text;
};

namespace limitations {
// Bump together with the texts and the backend's disclosure: a new version asks every tenant
// to acknowledge again.
inline constexpr QLatin1StringView currentVersion{"2026-11-01"};
// The four limitations, translated.
QList<Limitation> current();
} // namespace limitations
