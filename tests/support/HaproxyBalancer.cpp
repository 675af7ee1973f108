#include "HaproxyBalancer.h"

#include <QFile>
#include <QLocalSocket>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// HAProxy's configuration: TLS ended at the front with the shared certificate; each instance
// checked every second over TLS (its own self-signed certificate: the back end is loopback),
// down after five failed checks; a failed connection retried on another instance. A check may
// take a while: at 200 ms, a busy machine (two cores, ASan, a bulk on the server's event loop)
// took both instances down and HAProxy answered 503, and at 5 s with three checks a slower
// machine still took the survivor down once a killed instance's work was added to its own.
QByteArray configuration(const QList<HaproxyBalancer::Instance> &instances, quint16 port,
                         const QString &pemPath, const QString &statsPath)
{
    QByteArray cfg = "global\n"
                     "    stats socket " +
                     statsPath.toUtf8() +
                     " mode 600 level admin\n"
                     "defaults\n"
                     "    mode http\n"
                     "    timeout connect 2s\n"
                     "    timeout client 60s\n"
                     "    timeout server 60s\n"
                     // Above an instance's injected latency: a slow answer is not a dead one.
                     "    timeout check 10s\n"
                     "    retries 3\n"
                     "    option redispatch 1\n"
                     "frontend api\n"
                     "    bind 127.0.0.1:" +
                     QByteArray::number(port) + " ssl crt " + pemPath.toUtf8() +
                     "\n"
                     "    default_backend servers\n"
                     "backend servers\n"
                     "    balance roundrobin\n"
                     "    option httpchk GET /v1/health\n"
                     "    http-check expect status 200\n";
    for (const HaproxyBalancer::Instance &instance : instances)
        cfg += "    server " + instance.name.toUtf8() +
               " 127.0.0.1:" + QByteArray::number(instance.baseUrl.port()) +
               " ssl verify none check inter 1s fall 5 rise 2\n";
    return cfg;
}

} // namespace

HaproxyBalancer::~HaproxyBalancer()
{
    stop();
}

bool HaproxyBalancer::start(const QList<Instance> &instances, const QString &certificateDir,
                            QString *error)
{
    QFile cert(certificateDir + QStringLiteral("/cert.pem"));
    QFile key(certificateDir + QStringLiteral("/key.pem"));
    QFile pem(m_dir.filePath(QStringLiteral("front.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly) ||
        !pem.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot read the certificate in %1").arg(certificateDir);
        return false;
    }
    pem.write(cert.readAll() + key.readAll());
    pem.close();
    const quint16 port = freePort();
    QFile cfg(m_dir.filePath(QStringLiteral("haproxy.cfg")));
    if (!cfg.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write haproxy.cfg");
        return false;
    }
    cfg.write(
        configuration(instances, port, pem.fileName(), m_dir.filePath(QStringLiteral("stats"))));
    cfg.close();
    // -db: in the foreground, logging to stderr (kept in haproxy.log). It must not outlive a
    // test that crashes: it would hold ctest's output pipe open.
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("haproxy.log")));
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("haproxy.log")),
                                   QIODevice::Append);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(QStringLiteral("haproxy"),
                    {QStringLiteral("-db"), QStringLiteral("-f"), cfg.fileName()});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("haproxy did not start: %1 (Debian: apt-get install haproxy)")
                     .arg(m_process.errorString());
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    // Up when every instance passed its health checks.
    for (int i = 0; i < 100 && instancesUp().size() < instances.size(); ++i)
        QThread::msleep(100);
    if (instancesUp().size() < instances.size()) {
        *error = QStringLiteral("haproxy does not see every instance up: %1")
                     .arg(instancesUp().join(u", "));
        return false;
    }
    return true;
}

void HaproxyBalancer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QStringList HaproxyBalancer::instancesUp() const
{
    QLocalSocket stats;
    stats.connectToServer(m_dir.filePath(QStringLiteral("stats")));
    if (!stats.waitForConnected(1000))
        return {};
    stats.write("show stat\n");
    stats.waitForBytesWritten(1000);
    QByteArray answer;
    while (stats.waitForReadyRead(1000))
        answer += stats.readAll();
    // CSV headed "# pxname,svname,…". A server starts UP before its first check: count it
    // only once a check passed (L7OK), so a slow instance is not taken for a healthy one.
    const QList<QByteArray> lines = answer.split('\n');
    if (lines.isEmpty())
        return {};
    const QList<QByteArray> header = lines.first().mid(2).split(',');
    const qsizetype status = header.indexOf("status");
    const qsizetype check = header.indexOf("check_status");
    QStringList up;
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() > std::max(status, check) && status >= 0 && check >= 0 &&
            fields.at(0) == "servers" && fields.at(status) == "UP" && fields.at(check) == "L7OK")
            up.append(QString::fromUtf8(fields.at(1)));
    }
    return up;
}

QString HaproxyBalancer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("haproxy.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
