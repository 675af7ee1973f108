#include "KioskDashboard.h"

#include "KioskLabels.h"

#include "domain/Tenant.h"

#include <QLocale>
#include <QPainter>
#include <QTimer>

namespace {
// Dark, high-contrast colours for a wall screen. Colour only repeats what marks and words say.
const QColor background(0x10, 0x18, 0x20);
const QColor ink(0xf5, 0xf7, 0xfa);
const QColor quietInk(0xb8, 0xc4, 0xd0);
const QColor track(0x26, 0x31, 0x3d);

QColor toneColour(KioskFigure::Tone tone)
{
    switch (tone) {
    case KioskFigure::Tone::Good:
        return {0x3f, 0xb9, 0x50};
    case KioskFigure::Tone::Attention:
        return {0xe3, 0xb3, 0x41};
    case KioskFigure::Tone::Problem:
        return {0xff, 0x6b, 0x61};
    case KioskFigure::Tone::Neutral:
        break;
    }
    return {0x8b, 0x98, 0xa5};
}

// The bar of each state has its own colour and its own fill pattern (a second cue for people
// who do not tell the colours apart, and for grey-scale photos of the screen).
struct BarStyle
{
    QColor colour;
    Qt::BrushStyle pattern;
};

BarStyle barStyle(const QString &state)
{
    if (state == QLatin1StringView("registered"))
        return {toneColour(KioskFigure::Tone::Good), Qt::SolidPattern};
    if (state == QLatin1StringView("pending"))
        return {toneColour(KioskFigure::Tone::Attention), Qt::BDiagPattern};
    if (state == QLatin1StringView("failed"))
        return {toneColour(KioskFigure::Tone::Problem), Qt::DiagCrossPattern};
    if (state == QLatin1StringView("deregistering"))
        return {toneColour(KioskFigure::Tone::Attention), Qt::FDiagPattern};
    return {toneColour(KioskFigure::Tone::Neutral), Qt::NoBrush}; // basic: hollow, like ○
}

constexpr int refreshAgeMs = 15000; // "3 minutes ago" must not go stale on the wall
} // namespace

KioskDashboard::KioskDashboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskDashboard"));
    setAccessibleName(tr("Compliance dashboard"));
    setAutoFillBackground(false);
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(refreshAgeMs);
    connect(ageTimer, &QTimer::timeout, this, [this] {
        update();
        updateAccessibleText();
    });
    ageTimer->start();
    updateAccessibleText();
}

void KioskDashboard::setSummary(const std::optional<ComplianceSummary> &summary)
{
    m_summary = summary;
    updateAccessibleText();
    update();
}

void KioskDashboard::setPosition(int index, int count)
{
    m_index = index;
    m_count = count;
    update();
}

void KioskDashboard::setOnline(bool online)
{
    m_online = online;
    updateAccessibleText();
    update();
}

void KioskDashboard::setSignInNeeded(bool needed)
{
    m_signInNeeded = needed;
    updateAccessibleText();
    update();
}

QList<KioskFigure> KioskDashboard::stateFigures() const
{
    return m_summary ? kioskfigures::states(*m_summary) : QList<KioskFigure>();
}

QList<KioskFigure> KioskDashboard::detailFigures() const
{
    return m_summary ? kioskfigures::details(*m_summary, now()) : QList<KioskFigure>();
}

QString KioskDashboard::dataAgeText() const
{
    const QDateTime synced = m_summary ? m_summary->lastSync : QDateTime();
    if (!synced.isValid() && m_signInNeeded)
        return tr("⚠ Sign-in needed: ask IT — no data yet");
    if (!synced.isValid())
        return m_online ? tr("Waiting for the first sync") : tr("Offline — no data yet");
    const QString time = QLocale().toString(synced.toLocalTime().time(), QLocale::ShortFormat);
    const QString age = kioskfigures::ageText(synced, now());
    if (m_signInNeeded)
        return tr("⚠ Sign-in needed: ask IT — showing data from %1 (%2)").arg(time, age);
    return m_online ? tr("● Connected · data from %1 (%2)").arg(time, age)
                    : tr("⚠ Offline — showing data from %1 (%2)").arg(time, age);
}

QString KioskDashboard::watermarkText()
{
    return tr("Read-only audit view");
}

void KioskDashboard::updateAccessibleText()
{
    const QString figures =
        m_summary ? kioskfigures::accessibleText(*m_summary, now()) : tr("No tenant data yet.");
    setAccessibleDescription(QStringList{figures, dataAgeText(), watermarkText()}.join(u' '));
}

qreal KioskDashboard::scale() const
{
    return qMin(width() / 1920.0, height() / 1080.0);
}

QFont KioskDashboard::font(qreal px, bool bold) const
{
    return kioskFont(QWidget::font(), px, bold);
}

void KioskDashboard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), background);
    // Centre the 1920×1080 design and draw in its units.
    const qreal s = scale();
    p.translate((width() - 1920 * s) / 2, (height() - 1080 * s) / 2);
    p.scale(s, s);
    if (m_summary) {
        paintHeader(p, *m_summary);
        paintStates(p, *m_summary);
        paintDetails(p, now());
    } else {
        p.setFont(font(48, true));
        p.setPen(ink);
        p.drawText(QRectF(64, 300, 1792, 300), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No tenant data yet. Each tenant appears here once the first sync has "
                      "finished."));
    }
    paintFooter(p);
    paintWatermark(p);
}

void KioskDashboard::paintHeader(QPainter &p, const ComplianceSummary &s)
{
    p.setPen(ink);
    p.setFont(font(72, true));
    p.drawText(QRectF(64, 36, 1100, 96), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(s.tenantName, Qt::ElideRight, 1100));
    QStringList sub{serviceTypeText(s.serviceType), tr("%n numbers", nullptr, int(s.numbers))};
    if (m_count > 1)
        sub.append(tr("tenant %1 of %2").arg(m_index + 1).arg(m_count));
    p.setPen(quietInk);
    p.setFont(font(34));
    p.drawText(QRectF(64, 132, 1100, 48), Qt::AlignLeft | Qt::AlignVCenter,
               sub.join(QStringLiteral(" · ")));

    // The age of the data, top right; offline gets a framed warning, not just another colour.
    const QRectF corner(1180, 40, 676, 140);
    const QDateTime synced = s.lastSync;
    const QString time = synced.isValid()
                             ? QLocale().toString(synced.toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    const QString headline = synced.isValid() ? tr("Data from %1").arg(time) : tr("No data yet");
    QString status;
    if (m_signInNeeded)
        status =
            synced.isValid()
                ? tr("⚠ Sign-in needed · %1 old").arg(kioskfigures::ageText(synced, now(), false))
                : tr("⚠ Sign-in needed");
    else if (m_online)
        status = synced.isValid() ? tr("● Connected · %1").arg(kioskfigures::ageText(synced, now()))
                                  : tr("● Connected");
    else
        status = synced.isValid()
                     ? tr("⚠ Offline · %1 old").arg(kioskfigures::ageText(synced, now(), false))
                     : tr("⚠ Offline");
    const bool warn = !m_online || m_signInNeeded;
    if (warn) {
        p.setPen(QPen(toneColour(KioskFigure::Tone::Attention), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(corner, 12, 12);
    }
    p.setPen(warn ? toneColour(KioskFigure::Tone::Attention) : ink);
    p.setFont(font(40, true));
    p.drawText(QRectF(corner.left() + 20, corner.top() + 12, corner.width() - 40, 60),
               Qt::AlignRight | Qt::AlignVCenter, headline);
    p.setFont(font(32));
    p.drawText(QRectF(corner.left() + 20, corner.top() + 72, corner.width() - 40, 56),
               Qt::AlignRight | Qt::AlignVCenter, status);
    p.setPen(QPen(track, 3));
    p.drawLine(QPointF(64, 204), QPointF(1856, 204));
}

void KioskDashboard::paintStates(QPainter &p, const ComplianceSummary &s)
{
    p.setPen(quietInk);
    p.setFont(font(32));
    p.drawText(QRectF(64, 224, 900, 48), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Numbers by E911 state"));
    const qreal left = 64, labelLeft = 140, right = 980;
    qreal y = 284;
    for (const KioskFigure &f : kioskfigures::states(s)) {
        const BarStyle style = barStyle(f.id);
        p.setPen(style.colour);
        p.setFont(font(56, true));
        p.drawText(QRectF(left, y, 70, 64), Qt::AlignLeft | Qt::AlignVCenter, f.mark);
        p.setPen(ink);
        p.setFont(font(42));
        p.drawText(QRectF(labelLeft, y, 560, 64), Qt::AlignLeft | Qt::AlignVCenter, f.label);
        const int percent = s.numbers > 0 ? int(f.count * 100 / s.numbers) : 0;
        // A few numbers in a big tenant must not read as none.
        const QString shareText = f.count > 0 && percent == 0 ? tr("<1%") : tr("%1%").arg(percent);
        p.setFont(font(48, true));
        p.drawText(QRectF(labelLeft, y, right - labelLeft, 64), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 · %2").arg(f.value, shareText));
        // The bar: a track for the whole tenant, filled for this state's share.
        const QRectF bar(labelLeft, y + 70, right - labelLeft, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(track);
        p.drawRoundedRect(bar, 6, 6);
        const qreal share = s.numbers > 0 ? qreal(f.count) / qreal(s.numbers) : 0.0;
        if (f.count > 0) {
            QRectF filled = bar;
            filled.setWidth(qMax<qreal>(8, bar.width() * share));
            p.setPen(QPen(style.colour, 3));
            p.setBrush(style.pattern == Qt::SolidPattern ? QBrush(style.colour) : QBrush());
            p.drawRoundedRect(filled, 6, 6);
            if (style.pattern != Qt::SolidPattern && style.pattern != Qt::NoBrush) {
                QBrush hatch(style.colour, style.pattern);
                hatch.setTransform(QTransform::fromScale(3, 3)); // hatching visible at distance
                p.setPen(Qt::NoPen);
                p.setBrush(hatch);
                p.drawRoundedRect(filled, 6, 6);
            }
        }
        y += 122;
    }
    p.setPen(ink);
    p.setFont(font(38, true));
    p.drawText(
        QRectF(left, 888, 1792, 60), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1% of the numbers that can have E911 are registered").arg(s.registeredPercent()));
}

void KioskDashboard::paintDetails(QPainter &p, const QDateTime &now)
{
    const qreal left = 1060, right = 1856;
    qreal y = 226;
    const QList<KioskFigure> figures = kioskfigures::details(*m_summary, now);
    // Six figures take 108 px each; more (the 933 share) share the same height down to y 850.
    const qreal step = figures.size() > 6 ? 624.0 / qreal(figures.size()) : 108.0;
    const qreal noteTop = step < 108.0 ? 54.0 : 58.0;
    for (const KioskFigure &f : figures) {
        p.setPen(toneColour(f.tone));
        p.setFont(font(48, true));
        p.drawText(QRectF(left, y, 60, 60), Qt::AlignLeft | Qt::AlignVCenter, f.mark);
        p.setPen(ink);
        p.setFont(font(46, true));
        const qreal textWidth = right - left - 64;
        const int valueWidth = p.fontMetrics().horizontalAdvance(f.value);
        p.drawText(QRectF(left + 64, y, textWidth, 60), Qt::AlignRight | Qt::AlignVCenter, f.value);
        p.setFont(font(34, true));
        const int labelWidth = int(textWidth) - valueWidth - 24;
        p.drawText(QRectF(left + 64, y, labelWidth, 60), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(f.label, Qt::ElideRight, labelWidth));
        p.setPen(quietInk);
        p.setFont(font(step < 108.0 ? 22 : 24));
        p.drawText(QRectF(left + 64, y + noteTop, right - left - 64, 40),
                   Qt::AlignLeft | Qt::AlignTop,
                   p.fontMetrics().elidedText(f.note, Qt::ElideRight, int(right - left - 64)));
        y += step;
    }
}

void KioskDashboard::paintFooter(QPainter &p)
{
    p.setPen(QPen(track, 3));
    p.drawLine(QPointF(64, 960), QPointF(1856, 960));
    p.setPen(quietInk);
    p.setFont(font(30));
    const QDateTime synced = m_summary ? m_summary->lastSync : QDateTime();
    const QString last =
        synced.isValid() ? tr("Last successful sync: %1")
                               .arg(QLocale().toString(synced.toLocalTime(), QLocale::LongFormat))
                         : tr("No successful sync yet");
    p.drawText(QRectF(64, 976, 1200, 60), Qt::AlignLeft | Qt::AlignVCenter, last);
    // The watermark's words, also in plain sight in the corner.
    p.setFont(font(30, true));
    const QRectF box(1296, 978, 560, 56);
    p.setPen(QPen(ink, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 10, 10);
    p.drawText(box, Qt::AlignCenter, watermarkText().toUpper());
}

void KioskDashboard::paintWatermark(QPainter &p)
{
    p.save();
    p.translate(960, 600);
    p.rotate(-20);
    QColor faint = ink;
    faint.setAlpha(22);
    p.setPen(faint);
    p.setFont(font(150, true));
    p.drawText(QRectF(-1100, -120, 2200, 240), Qt::AlignCenter, watermarkText().toUpper());
    p.restore();
}
