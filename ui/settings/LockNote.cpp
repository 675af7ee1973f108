#include "LockNote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

LockNote::LockNote(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(this);
    const int size = fontMetrics().height();
    icon->setPixmap(lockPixmap(this, size));
    icon->setFixedSize(size, size);
    auto *text = new QLabel(tr("Set by your organisation"), this);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    setAccessibleName(text->text());
}

QPixmap LockNote::lockPixmap(const QWidget *widget, int size)
{
    const qreal ratio = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = widget->palette().color(QPalette::WindowText);
    const qreal s = size;
    // The shackle: an arch above the body.
    QPen pen(colour, qMax(1.5, s / 9));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QRectF shackle(s * 0.28, s * 0.08, s * 0.44, s * 0.5);
    QPainterPath arch;
    arch.moveTo(shackle.left(), s * 0.48);
    arch.lineTo(shackle.left(), shackle.center().y());
    arch.arcTo(shackle, 180, -180);
    arch.lineTo(shackle.right(), s * 0.48);
    painter.drawPath(arch);
    // The body, with a keyhole cut out.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF body(s * 0.16, s * 0.44, s * 0.68, s * 0.5);
    painter.drawRoundedRect(body, s * 0.08, s * 0.08);
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.drawEllipse(QPointF(s * 0.5, s * 0.64), s * 0.07, s * 0.07);
    painter.drawRect(QRectF(s * 0.47, s * 0.66, s * 0.06, s * 0.14));
    return pixmap;
}

ProblemNote::ProblemNote(const QString &message, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(this);
    const int size = fontMetrics().height();
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(message, this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Problem with a setting"));
    setAccessibleDescription(message);
}

QString ProblemNote::message() const
{
    return m_text->text();
}
