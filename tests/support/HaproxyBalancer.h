// HAProxy (Debian package haproxy) in front of server instances on loopback, as
// docs/deployment.md deploys it: it ends TLS with one certificate that clients pin, checks each
// instance on GET /v1/health, and sends requests over TLS to the instances that answer. A
// request whose connection to an instance fails is sent to another one (retries, redispatch).
#pragma once

#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class HaproxyBalancer
{
public:
    struct Instance
    {
        QString name;
        QUrl baseUrl;
    };

    ~HaproxyBalancer();

    // Starts haproxy on a free loopback port, serving the certificate and key in
    // `certificateDir` (cert.pem, key.pem). False with a message when it cannot.
    bool start(const QList<Instance> &instances, const QString &certificateDir, QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    // Instances haproxy sends requests to (a health check passed), from its stats socket.
    QStringList instancesUp() const;
    // What haproxy printed (servers going down and up), for a failing test's message.
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
};
