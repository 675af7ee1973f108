// One warning label's text laid out for its die-cut box: the largest font size that fits, never
// below 6 pt, each limitation title on one line where possible, and a shorter form of the 911
// guidance when even that is too much. The layout is measured, not guessed, so "fits" means no
// line is wider than the box and the lines together are not taller than it.
#pragma once

#include "report/WarningLabelText.h"

#include <QFont>
#include <QSizeF>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

class WarningLabelLayout
{
public:
    // The smallest size a label may use: legible on a desk phone at arm's length.
    static constexpr qreal minimumPointSize = 6.0;

    // Lays `text` out for a label of `labelPt` (points), measuring with `device`'s fonts.
    static WarningLabelLayout fit(const WarningLabelText &text, const QSizeF &labelPt,
                                  QPaintDevice *device);

    bool fits() const { return m_fits; }
    qreal pointSize() const { return m_pointSize; }          // the body text's size
    qreal smallestPointSize() const { return m_smallestPt; } // the small print's size
    bool shortForm() const { return m_shortForm; }
    bool titlesWrapped() const { return m_titlesWrapped; }
    QSizeF textSizePt() const { return m_textPt; } // what the text takes
    QSizeF boxPt() const { return m_boxPt; }       // what the label offers inside its padding

    // Draws the label with its top-left corner at `labelTopLeft`, in the painter's device units.
    void draw(QPainter *painter, const QPointF &labelTopLeft) const;

private:
    struct Block
    {
        std::unique_ptr<QTextLayout> layout;
        qreal top = 0; // device units from the text's top
    };
    bool layOut(const WarningLabelText &text, qreal pointSize, qreal emphasis, bool shortForm,
                bool titlesMayWrap);

    QPaintDevice *m_device = nullptr;
    qreal m_unitsPerPt = 1;
    QSizeF m_labelPt;
    QSizeF m_boxPt;
    QSizeF m_textPt;
    qreal m_pointSize = 0;
    qreal m_smallestPt = 0;
    bool m_fits = false;
    bool m_shortForm = false;
    bool m_titlesWrapped = false;
    std::vector<Block> m_blocks;
};
