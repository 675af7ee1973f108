#include "KioskLockedPage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel *addLabel(QWidget *parent, QVBoxLayout *layout, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    return label;
}

void setPixelSize(QLabel *label, qreal pixels, bool bold = false)
{
    QFont font = label->font();
    font.setPixelSize(qMax(8, qRound(pixels)));
    font.setBold(bold);
    label->setFont(font);
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
    setPixelSize(m_title, 56 * scale, true);
    setPixelSize(m_explanation, 36 * scale);
    setPixelSize(m_stepsCaption, 32 * scale, true);
    setPixelSize(m_steps, 30 * scale);
    setPixelSize(m_details, 28 * scale);
}
