#include "report/PdfListTable.h"

#include "report/ComplianceReportHtml.h"
#include "report/ReportFont.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace {
// Column widths in percent of the table, in compliancehtml::listHeader() order.
constexpr std::array<int, 6> columnPercent{13, 15, 10, 15, 22, 25};
constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// Rows measured between two chances to cancel while paginating.
constexpr qsizetype rowsPerProgressStep = 2000;
// A cell whose summed character widths stay this far inside its column fits on one line without
// shaping it: kerning and ligatures move a line's width by far less than 3 %.
constexpr qreal estimateMargin = 0.97;

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
    , m_cellMetrics(m_cellFont, device)
    , m_padding(cssPixels(device, 3))
    , m_header(compliancehtml::listHeader())
    , m_advances(0x10000, -1)
{
    qreal x = 0;
    for (int c = 0; c < columns; ++c) {
        m_columnX[c] = x;
        x += width * columnPercent[c] / 100.0;
    }
    m_columnX[columns] = width;
    const QFontMetricsF title(m_titleFont, device);
    m_titleHeight = title.lineSpacing() + cssPixels(device, 8);
    const QFontMetricsF header(m_headerFont, device);
    qreal tallest = header.height();
    for (int c = 0; c < columns; ++c) {
        if (header.horizontalAdvance(m_header.at(c)) <= innerWidth(c))
            continue;
        tallest = std::max(
            tallest,
            header.boundingRect(QRectF(0, 0, innerWidth(c), 1e9), textFlags, m_header.at(c))
                .height());
    }
    m_headerHeight = tallest + 2 * m_padding;
}

qreal PdfListTable::innerWidth(int column) const
{
    return m_columnX[column + 1] - m_columnX[column] - 2 * m_padding;
}

bool PdfListTable::fitsOneLine(const QString &text, qreal width)
{
    // Most cells are short: the sum of their characters' widths (looked up once per character)
    // settles it. Only a cell near or over the edge, or with surrogate pairs, is shaped. A line
    // break or tab leaves it to the wrapping layout, which knows what to do with them.
    qreal estimate = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
        if (c.isSurrogate())
            return m_cellMetrics.horizontalAdvance(text) <= width;
        qreal &advance = m_advances[c.unicode()];
        if (advance < 0)
            advance = m_cellMetrics.horizontalAdvance(c);
        estimate += advance;
    }
    return estimate <= width * estimateMargin || m_cellMetrics.horizontalAdvance(text) <= width;
}

PdfListTable::Row PdfListTable::measureRow(QStringList cells)
{
    Row row;
    qreal tallest = m_cellMetrics.height();
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        const qreal inner = innerWidth(c);
        if (fitsOneLine(cells.at(c), inner))
            continue;
        row.wrapped |= quint8(1u << c);
        const QRectF wrapped =
            m_cellMetrics.boundingRect(QRectF(0, 0, inner, 1e9), textFlags, cells.at(c));
        tallest = std::max(tallest, wrapped.height());
    }
    row.height = tallest + 2 * m_padding;
    row.cells = std::move(cells);
    return row;
}

QList<PdfListTable::Page> PdfListTable::paginate(qreal height, const ReportProgress &progress)
{
    const qsizetype total = m_report.numbers.size();
    m_rows.clear();
    m_rows.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        if (i % rowsPerProgressStep == 0 && !progress.step(0, 0))
            return {};
        m_rows.append(measureRow(compliancehtml::listCells(m_report.numbers.at(i))));
    }
    QList<Page> pages;
    const qreal available = height - m_titleHeight - m_headerHeight;
    for (qsizetype first = 0; first < total;) {
        qsizetype end = first + 1; // at least one number a page, however tall
        qreal used = m_rows.at(first).height;
        while (end < total && used + m_rows.at(end).height <= available)
            used += m_rows.at(end++).height;
        pages.append({first, end - first});
        first = end;
    }
    return pages;
}

void PdfListTable::paintCell(QPainter &painter, int column, qreal top, qreal height,
                             const QString &text, bool wrapped) const
{
    const QRectF cell(m_columnX[column] + m_padding, top + m_padding, innerWidth(column),
                      height - 2 * m_padding);
    if (wrapped)
        painter.drawText(cell, textFlags, text);
    else // known to fit: no line breaking to do, only the text at its baseline
        painter.drawText(QPointF(cell.left(), cell.top() + m_cellMetrics.ascent()), text);
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
    for (int c = 0; c < columns; ++c)
        painter.drawText(QRectF(m_columnX[c] + m_padding, tableTop + m_padding, innerWidth(c),
                                m_headerHeight - 2 * m_padding),
                         textFlags, m_header.at(c));
    rules.append(tableTop + m_headerHeight);
    painter.setFont(m_cellFont);
    for (qsizetype i = page.first; i < page.first + page.count; ++i) {
        const Row &row = m_rows.at(i);
        const qreal top = rules.last();
        for (int c = 0; c < columns && c < row.cells.size(); ++c)
            paintCell(painter, c, top, row.height, row.cells.at(c), row.wrapped & (1u << c));
        rules.append(top + row.height);
    }
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), cssPixels(m_device, 1)));
    for (const qreal y : std::as_const(rules))
        painter.drawLine(QPointF(0, y), QPointF(right, y));
    for (const qreal x : m_columnX)
        painter.drawLine(QPointF(x, tableTop), QPointF(x, rules.last()));
    painter.restore();
}
