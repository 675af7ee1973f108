#include "ResponseRecorder.h"

#include "TestBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace ResponseRecorder {

void record(const QByteArray &method, const QString &pathAndQuery, const TestReply &reply)
{
    static const QString directory = qEnvironmentVariable("DISPATCHABLE_RESPONSE_LOG_DIR");
    if (directory.isEmpty() || reply.status == 0)
        return;
    QJsonObject headers;
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), pathAndQuery},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(reply.body.toBase64())},
        {QStringLiteral("test"), QCoreApplication::applicationName()},
    };
    // One file per test process; concurrent replies of one process share it under the lock.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    QDir().mkpath(directory);
    QFile file(QStringLiteral("%1/%2-%3.jsonl")
                   .arg(directory, QCoreApplication::applicationName())
                   .arg(QCoreApplication::applicationPid()));
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        qWarning("cannot record a response in %s", qPrintable(file.fileName()));
        return;
    }
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace ResponseRecorder
