#include "StatusBarWidgets.h"

#include "sync/SyncEngine.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace {
QLabel *makeLabel(QStatusBar *bar, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StatusBarWidgets::StatusBarWidgets(QStatusBar *bar)
    : QObject(bar)
    , m_connection(makeLabel(bar, QStringLiteral("connectionLabel"), tr("Connection")))
    , m_user(makeLabel(bar, QStringLiteral("userLabel"), tr("Signed in as")))
    , m_lastSync(makeLabel(bar, QStringLiteral("lastSyncLabel"), tr("Last sync")))
    , m_outbox(makeLabel(bar, QStringLiteral("outboxLabel"), tr("Changes waiting to be sent")))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
    , m_ageTimer(new QTimer(this))
{
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &StatusBarWidgets::cancelRequested);

    bar->addWidget(m_connection);
    bar->addWidget(m_user);
    bar->addWidget(m_lastSync);
    bar->addWidget(m_outbox);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    hideProgress();
    setOutboxSize(0);
    setLastSync({});

    // The age is words ("2 min ago"): it must move on by itself.
    m_ageTimer->setInterval(30000);
    connect(m_ageTimer, &QTimer::timeout, this, &StatusBarWidgets::updateLastSync);
    m_ageTimer->start();
}

void StatusBarWidgets::setConnection(bool online, bool certificatePinned, const QString &host)
{
    if (!online && host.isEmpty())
        m_connection->setText(tr("○ Not connected"));
    else if (!online)
        m_connection->setText(tr("○ Offline: %1 cannot be reached").arg(host));
    else if (certificatePinned)
        m_connection->setText(tr("● Connected to %1 (certificate pinned)").arg(host));
    else
        m_connection->setText(tr("● Connected to %1").arg(host));
}

void StatusBarWidgets::setUser(const QString &email, const QString &role)
{
    m_user->setText(email.isEmpty() ? tr("Signing in…") : tr("%1 · %2").arg(email, role));
}

void StatusBarWidgets::setLastSync(const QDateTime &utc)
{
    m_lastSyncUtc = utc;
    updateLastSync();
}

void StatusBarWidgets::setOutboxSize(int entries)
{
    m_outbox->setText(tr("Outbox %1").arg(QLocale().toString(entries)));
}

void StatusBarWidgets::showProgress(const SyncProgress &progress)
{
    if (progress.fullSync && progress.tenantsTotal > 0) {
        m_progress->setRange(0, progress.tenantsTotal);
        m_progress->setValue(progress.tenantsDone);
    } else {
        m_progress->setRange(0, 0); // busy: a delta's size is unknown
    }
    m_progress->setFormat(tr("Syncing: %Ln items", nullptr, int(progress.items)));
    m_progress->show();
    m_cancel->show();
}

void StatusBarWidgets::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

QString StatusBarWidgets::ageText(const QDateTime &utc, const QDateTime &now)
{
    const qint64 seconds = utc.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

void StatusBarWidgets::updateLastSync()
{
    if (!m_lastSyncUtc.isValid()) {
        m_lastSync->setText(tr("Not synced yet"));
        return;
    }
    m_lastSync->setText(
        tr("Last sync %1").arg(ageText(m_lastSyncUtc, QDateTime::currentDateTimeUtc())));
    m_lastSync->setToolTip(QLocale().toString(m_lastSyncUtc.toLocalTime(), QLocale::LongFormat));
}
