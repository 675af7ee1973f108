#include "KioskLockedPage.h"

#include "KioskLabels.h"

#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel *addLabel(QWidget *parent, QVBoxLayout *layout, const char *objectName)
{
    QLabel *label = newKioskLabel(parent, objectName);
    layout->addWidget(label);
    return label;
}
} // namespace

KioskLockedPage::KioskLockedPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskLockedPage"));
    setAccessibleName(tr("Kiosk locked"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(96, 72, 96, 48);
    layout->setSpacing(24);
    m_title = addLabel(this, layout, "kioskLockTitle");
    m_explanation = addLabel(this, layout, "kioskLockExplanation");
    m_stepsCaption = addLabel(this, layout, "kioskLockStepsCaption");
    m_stepsCaption->setText(tr("What IT must configure:"));
    m_steps = addLabel(this, layout, "kioskLockSteps");
    m_steps->setTextFormat(Qt::RichText);
    m_details = addLabel(this, layout, "kioskLockDetails");
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addStretch(1);
    setTextScale(1.0);
}

void KioskLockedPage::setNotice(const KioskLockNotice &notice)
{
    m_notice = notice;
    m_title->setText(notice.title);
    m_explanation->setText(notice.explanation);
    m_explanation->setVisible(!notice.explanation.isEmpty());
    QString steps = QStringLiteral("<ol>");
    for (const QString &step : notice.steps)
        steps += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    m_steps->setText(steps + QStringLiteral("</ol>"));
    m_details->setText(notice.details);
    m_details->setVisible(!notice.details.isEmpty());
    setAccessibleDescription(notice.plainText());
}

void KioskLockedPage::setTextScale(qreal scale)
{
    setKioskTextSize(m_title, 56 * scale, true);
    setKioskTextSize(m_explanation, 36 * scale);
    setKioskTextSize(m_stepsCaption, 32 * scale, true);
    setKioskTextSize(m_steps, 30 * scale);
    setKioskTextSize(m_details, 28 * scale);
}
