#include "report/PdfListTable.h"

#include "report/ComplianceReportHtml.h"
#include "report/ReportFont.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace {
// Column widths in percent of the table, in compliancehtml::listHeader() order.
constexpr std::array<int, 6> columnPercent{13, 15, 10, 15, 22, 25};
constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// Rows measured between two chances to cancel while paginating.
constexpr qsizetype rowsPerProgressStep = 2000;

qreal cssPixels(const QPaintDevice *device, qreal pixels)
{
    return pixels * device->logicalDpiY() / 96.0;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

PdfListTable::PdfListTable(const ComplianceReport &report, QPaintDevice *device, qreal width)
    : m_report(report)
    , m_device(device)
    , m_titleFont(bold(reportFont(11)))
    , m_headerFont(bold(reportFont(7.5)))
    , m_cellFont(reportFont(7.5))
    , m_padding(cssPixels(device, 3))
    , m_header(compliancehtml::listHeader())
{
    qreal x = 0;
    for (int c = 0; c < columns; ++c) {
        m_columnX[c] = x;
        x += width * columnPercent[c] / 100.0;
    }
    m_columnX[columns] = width;
    const QFontMetricsF title(m_titleFont, device);
    m_titleHeight = title.lineSpacing() + cssPixels(device, 8);
    m_headerHeight = cellsHeight(m_header, m_headerFont);
}

qreal PdfListTable::cellsHeight(const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font, m_device);
    qreal tallest = metrics.height();
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        const qreal inner = m_columnX[c + 1] - m_columnX[c] - 2 * m_padding;
        // Most cells fit on one line; only a cell that does not is wrapped to measure it.
        if (metrics.horizontalAdvance(cells.at(c)) <= inner)
            continue;
        const QRectF wrapped =
            metrics.boundingRect(QRectF(0, 0, inner, 1e9), textFlags, cells.at(c));
        tallest = std::max(tallest, wrapped.height());
    }
    return tallest + 2 * m_padding;
}

QList<PdfListTable::Page> PdfListTable::paginate(qreal height, const ReportProgress &progress)
{
    const qsizetype total = m_report.numbers.size();
    m_rowHeights.resize(total);
    for (qsizetype i = 0; i < total; ++i) {
        if (i % rowsPerProgressStep == 0 && !progress.step(0, 0))
            return {};
        m_rowHeights[i] =
            cellsHeight(compliancehtml::listCells(m_report.numbers.at(i)), m_cellFont);
    }
    QList<Page> pages;
    const qreal available = height - m_titleHeight - m_headerHeight;
    for (qsizetype first = 0; first < total;) {
        qsizetype end = first + 1; // at least one number a page, however tall
        qreal used = m_rowHeights.at(first);
        while (end < total && used + m_rowHeights.at(end) <= available)
            used += m_rowHeights.at(end++);
        pages.append({first, end - first});
        first = end;
    }
    return pages;
}

qreal PdfListTable::paintRow(QPainter &painter, qreal top, const QStringList &cells,
                             qreal height) const
{
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        const QRectF cell(m_columnX[c], top, m_columnX[c + 1] - m_columnX[c], height);
        painter.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding), textFlags,
                         cells.at(c));
    }
    return top + height;
}

void PdfListTable::paint(QPainter &painter, const QPointF &topLeft, const Page &page) const
{
    painter.save();
    painter.translate(topLeft);
    painter.setPen(Qt::black);
    painter.setFont(m_titleFont);
    painter.drawText(QRectF(0, 0, m_columnX.back(), m_titleHeight), Qt::AlignLeft | Qt::AlignTop,
                     compliancehtml::listTitle(m_report, page.first > 0));

    // The text first, then every rule in one pen: fewer state changes in the PDF.
    const qreal tableTop = m_titleHeight;
    const qreal right = m_columnX.back();
    painter.fillRect(QRectF(0, tableTop, right, m_headerHeight), QColor(0xe8, 0xe8, 0xe8));
    QList<qreal> rules{tableTop};
    painter.setFont(m_headerFont);
    rules.append(paintRow(painter, tableTop, m_header, m_headerHeight));
    painter.setFont(m_cellFont);
    for (qsizetype i = page.first; i < page.first + page.count; ++i)
        rules.append(paintRow(painter, rules.last(),
                              compliancehtml::listCells(m_report.numbers.at(i)),
                              m_rowHeights.at(i)));
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), cssPixels(m_device, 1)));
    for (const qreal y : std::as_const(rules))
        painter.drawLine(QPointF(0, y), QPointF(right, y));
    for (const qreal x : m_columnX)
        painter.drawLine(QPointF(x, tableTop), QPointF(x, rules.last()));
    painter.restore();
}
