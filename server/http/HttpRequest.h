// A request as the handlers see it: copied out of QtHttpServer's request so that it can outlive
// the socket callback (deferred answers) and be built directly in unit tests.
#pragma once

#include "auth/Principal.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>

struct HttpRequest
{
    QByteArray method;                  // "GET", "PUT", …
    QString path;                       // decoded path, e.g. "/v1/tenants/abc/dids/+12065550100"
    QHash<QString, QString> pathParams; // filled by the router from "{name}" segments
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString requestId;
    Principal principal; // empty for unauthenticated routes
    // The connection, for a route that keeps it open (a live stream). Such a route answers
    // with status 0: it has written its own answer and owns the socket from then on.
    QPointer<QTcpSocket> socket;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString param(const QString &name) const { return pathParams.value(name); }
};
