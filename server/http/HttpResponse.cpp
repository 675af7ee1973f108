#include "HttpResponse.h"

#include <QJsonDocument>

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return jsonText(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::jsonText(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.setHeader("Content-Type", "application/json");
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

QString problemTypeUri(const QString &slug)
{
    return QStringLiteral("urn:dispatchable:problem:") + slug;
}

HttpResponse HttpResponse::problem(int status, const QString &slug, const QString &title,
                                   const QString &detail, const QList<FieldProblem> &errors)
{
    QJsonObject o{{QStringLiteral("type"), problemTypeUri(slug)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &e : errors)
            list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                    {QStringLiteral("code"), e.code},
                                    {QStringLiteral("detail"), e.detail}});
        o.insert(QStringLiteral("errors"), list);
    }
    HttpResponse r = json(status, o);
    r.setHeader("Content-Type", "application/problem+json");
    return r;
}
