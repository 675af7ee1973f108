// JSON kept in a TEXT column. Bound as a string, not as the QByteArray QJsonDocument gives: QPSQL
// sends a QByteArray as BYTEA, which PostgreSQL would store in a TEXT column as "\x7b22…".
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

inline QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
