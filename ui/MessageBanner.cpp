#include "MessageBanner.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_mark(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(QStringLiteral("messageHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setObjectName(QStringLiteral("messageAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    QFont markFont = m_mark->font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.4);
    m_mark->setFont(markFont);

    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setAutoRaise(true);
    connect(m_detailsButton, &QToolButton::toggled, this, &MessageBanner::setDetailsVisible);

    // Fixed-width and selectable so a fingerprint or request id can be copied into a ticket.
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFont(QStringLiteral("monospace")));
    m_details->setWordWrap(true);
    m_details->hide();

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_mark, 0, 0, 4, 1);
    layout->addWidget(m_headline, 0, 1);
    layout->addWidget(m_advice, 1, 1);
    layout->addWidget(m_detailsButton, 2, 1, Qt::AlignLeft);
    layout->addWidget(m_details, 3, 1);
    layout->setColumnStretch(1, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &headline, const QString &advice,
                                const QString &details)
{
    m_kind = kind;
    // The mark says the kind in shape, the colour only repeats it.
    m_mark->setText(kind == Kind::Error ? QStringLiteral("✖") : QStringLiteral("ℹ"));
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor tint = kind == Kind::Error ? QColor(0xd1, 0x34, 0x38) : QColor(0x0f, 0x6c, 0xbd);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.88f + tint.redF() * 0.12f,
                                                    base.greenF() * 0.88f + tint.greenF() * 0.12f,
                                                    base.blueF() * 0.88f + tint.blueF() * 0.12f));
    setPalette(pal);
    m_headline->setText(headline);
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setDetailsVisible(false);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Information"));
    setAccessibleDescription(QString(headline + QLatin1Char(' ') + advice));
    show();
}

QString MessageBanner::headline() const
{
    return m_headline->text();
}

QString MessageBanner::advice() const
{
    return m_advice->text();
}

void MessageBanner::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}
