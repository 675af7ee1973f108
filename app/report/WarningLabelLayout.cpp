#include "report/WarningLabelLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace {
// Inside the die-cut edge: labels have rounded corners and printers feed a little crooked.
constexpr qreal paddingXPt = 4.5; // 1.6 mm
constexpr qreal paddingYPt = 3.4; // 1.2 mm
constexpr qreal largestPointSize = 11.0;
constexpr qreal sizeStep = 0.25;
// How much larger than the titles the heading and the guidance may grow.
constexpr qreal maximumEmphasis = 1.5;

QFont labelFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    // A condensed face keeps each limitation on one line of a 2⅝-inch label.
    font.setFamilies({QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Arial Narrow"),
                      QStringLiteral("Liberation Sans Narrow"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Hinting snaps glyphs to a grid of the measuring device, not of the paper.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
} // namespace

WarningLabelLayout WarningLabelLayout::fit(const WarningLabelText &text, const QSizeF &labelPt,
                                           QPaintDevice *device)
{
    WarningLabelLayout result;
    result.m_device = device;
    result.m_unitsPerPt = device->logicalDpiY() / 72.0;
    result.m_labelPt = labelPt;
    result.m_boxPt = QSizeF(labelPt.width() - 2 * paddingXPt, labelPt.height() - 2 * paddingYPt);
    // Best first: the full text with every title on one line, then titles that may wrap, then
    // the short guidance; within each, the largest size that fits. Then the heading and the
    // guidance grow into the room the titles leave (a tall label has plenty).
    for (const bool shortForm : {false, true})
        for (const bool titlesMayWrap : {false, true})
            for (qreal size = largestPointSize; size >= minimumPointSize; size -= sizeStep)
                if (result.layOut(text, size, 1.0, shortForm, titlesMayWrap)) {
                    for (qreal emphasis = maximumEmphasis; emphasis > 1.0; emphasis -= 0.05)
                        if (result.layOut(text, size, emphasis, shortForm, titlesMayWrap))
                            return result;
                    result.layOut(text, size, 1.0, shortForm, titlesMayWrap);
                    return result;
                }
    return result; // m_fits is false: the caller refuses to print rather than clip
}

bool WarningLabelLayout::layOut(const WarningLabelText &text, qreal pointSize, qreal emphasis,
                                bool shortForm, bool titlesMayWrap)
{
    const qreal unit = m_unitsPerPt;
    const qreal width = m_boxPt.width() * unit;
    const qreal smallPt = std::max(minimumPointSize, pointSize - 1.5);
    m_blocks.clear();
    m_titlesWrapped = false;
    qreal y = 0;
    qreal widest = 0;
    // One paragraph; continuation lines start at `indent` (a hanging indent for bullets).
    auto add = [&](const QString &string, const QFont &font, qreal spaceBeforePt, qreal indent) {
        auto layout = std::make_unique<QTextLayout>(string, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        y += spaceBeforePt * unit;
        const qreal top = y;
        qreal lineY = 0;
        int lines = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            const qreal x = lines == 0 ? 0 : indent;
            line.setLineWidth(width - x);
            line.setPosition(QPointF(x, lineY));
            lineY += line.height();
            widest = std::max(widest, x + line.naturalTextWidth());
            ++lines;
        }
        layout->endLayout();
        y += lineY;
        m_blocks.push_back({std::move(layout), top});
        return lines;
    };

    const int headingLines = add(text.heading, labelFont(pointSize * emphasis + 0.5, true), 0, 0);
    const QFont body = labelFont(pointSize);
    const QString bullet = QStringLiteral("• ");
    const qreal indent = QFontMetricsF(body, m_device).horizontalAdvance(bullet);
    for (qsizetype i = 0; i < text.titles.size(); ++i)
        if (add(bullet + text.titles.at(i), body, i == 0 ? pointSize * 0.25 : 0, indent) > 1)
            m_titlesWrapped = true;
    add(shortForm ? text.shortGuidance : text.guidance, labelFont(pointSize * emphasis, true),
        pointSize * 0.3 * emphasis, 0);
    add(text.smallPrint, labelFont(smallPt), pointSize * 0.15, 0);

    m_pointSize = pointSize;
    m_smallestPt = std::min(pointSize, smallPt);
    m_shortForm = shortForm;
    m_textPt = QSizeF(widest / unit, y / unit);
    m_fits = (titlesMayWrap || (!m_titlesWrapped && headingLines == 1)) &&
             m_textPt.width() <= m_boxPt.width() && m_textPt.height() <= m_boxPt.height();
    return m_fits;
}

void WarningLabelLayout::draw(QPainter *painter, const QPointF &labelTopLeft) const
{
    const qreal unit = m_unitsPerPt;
    // Centred vertically in the label: the text sits clear of both die-cut edges.
    const QPointF origin(labelTopLeft.x() + paddingXPt * unit,
                         labelTopLeft.y() + paddingYPt * unit +
                             (m_boxPt.height() - m_textPt.height()) * unit / 2);
    painter->save();
    painter->setPen(Qt::black);
    for (const Block &block : m_blocks)
        block.layout->draw(painter, origin + QPointF(0, block.top));
    painter->restore();
}
