// An answer a handler returns; the server writes it with the common headers.
#pragma once

#include "domain/FieldError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One type for field problems across app and server; the core library defines it.
using FieldProblem = FieldError;

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    // JSON already written as text (JsonTextWriter).
    static HttpResponse jsonText(int status, QByteArray body);
    static HttpResponse noContent();
    // RFC 9457 problem+json. `slug` becomes the type URI; errors go in "errors".
    static HttpResponse problem(int status, const QString &slug, const QString &title,
                                const QString &detail = {}, const QList<FieldProblem> &errors = {});
};

// The URI that names a problem type, e.g. "urn:dispatchable:problem:precondition-failed".
QString problemTypeUri(const QString &slug);
