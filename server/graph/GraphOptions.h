// How the backend reaches Microsoft Graph for emergency-call events: the app registration it
// signs in as (client credentials, per Teams tenant), where Graph lives (configurable so tests
// and air-gapped demos point it at a local stand-in), and the public URL Graph posts to.
#pragma once

#include <QString>
#include <QUrl>

struct GraphOptions
{
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.microsoft.com/beta"));
    QUrl loginUrl = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString clientId;
    QString clientSecret; // read from --graph-client-secret-file, never from the command line
    QUrl notificationUrl; // https://…/v1/graph/notifications as Graph reaches this server
    int keeperIntervalMs = 60 * 1000; // how often subscriptions are checked for renewal

    // Subscriptions are kept only when the server knows who it is to Graph and where Graph
    // can reach it; without that, calls can still come from the demo's simulation.
    bool configured() const { return !clientId.isEmpty() && notificationUrl.isValid(); }
};

// Graph and the sign-in service must be reached over https; plain http only on loopback, for a
// local stand-in.
bool isAcceptableGraphUrl(const QUrl &url);
