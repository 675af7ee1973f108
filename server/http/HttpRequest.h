// A request as the handlers see it: copied out of QtHttpServer's request so that it can outlive
// the socket callback (deferred answers) and be built directly in unit tests.
#pragma once

#include "auth/Principal.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
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

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString param(const QString &name) const { return pathParams.value(name); }
};
