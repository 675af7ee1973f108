#include "StartupBanner.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

StartupBanner::StartupBanner(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("startupBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Start-up progress"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(QStringLiteral("startupHeadline"));
    m_detail->setObjectName(QStringLiteral("startupDetail"));
    m_detail->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("startupProgress"));
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Start-up progress"));
    m_cancel->setObjectName(QStringLiteral("startupCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { emit cancelRequested(m_status.stage); });

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_headline, 0, 0);
    layout->addWidget(m_cancel, 0, 1, 2, 1, Qt::AlignVCenter);
    layout->addWidget(m_detail, 1, 0);
    layout->addWidget(m_progress, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    hide();
}

void StartupBanner::showStatus(const StartupStatus &status)
{
    m_status = status;
    if (!status.isUnderWay()) {
        hide();
        return;
    }
    m_headline->setText(status.headline());
    m_detail->setText(status.detail());
    m_detail->setVisible(!m_detail->text().isEmpty());
    // A bar that moves only when it can say how far: busy until the tenants are known.
    if (status.stage == StartupStatus::Stage::FirstSync && status.tenantsTotal > 0) {
        m_progress->setRange(0, status.tenantsTotal);
        m_progress->setValue(status.tenantsDone);
    } else {
        m_progress->setRange(0, 0);
    }
    m_cancel->setVisible(status.isCancellable());
    m_cancel->setAccessibleDescription(status.stage == StartupStatus::Stage::StartingBackend
                                           ? tr("Stop the demo and close the window")
                                           : tr("Stop the first sync and keep what arrived"));
    setAccessibleDescription(QString(m_headline->text() + QLatin1Char(' ') + m_detail->text()));
    show();
}

QString StartupBanner::headline() const
{
    return m_headline->text();
}
