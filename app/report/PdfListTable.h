// The PDF report's list of non-compliant numbers, drawn straight with QPainter. Before any page
// is painted, every row's cells are made once and its height is found from cheap, safe width
// estimates (text is shaped only for a cell that may not fit its column); the rows are then split
// into pages from those heights, so "Page n of m" is known, and each page paints only its own
// rows, laying each cell out once. Laying the list out as rich text cost two full layouts of
// every page and made a 1,400-page report take minutes.
#pragma once

#include "report/ComplianceReport.h"
#include "report/ReportProgress.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>
#include <vector>

class QPainter;
class QPaintDevice;

class PdfListTable
{
public:
    struct Page
    {
        qsizetype first = 0; // index into report.numbers
        qsizetype count = 0;
    };

    // `device` gives the font metrics (the PDF writer); `width` is the body's width in its units.
    PdfListTable(const ComplianceReport &report, QPaintDevice *device, qreal width);

    // Splits the list into pages of at most `height` each (title and header row on every page,
    // at least one number per page). Empty when the list is empty or `progress` was cancelled.
    QList<Page> paginate(qreal height, const ReportProgress &progress);
    // Paints `page` with its top-left corner at `topLeft`; paginate() must have run.
    void paint(QPainter &painter, const QPointF &topLeft, const Page &page) const;

private:
    static constexpr int columns = 6;
    // One number's row as measured: its cells, its height and which cells wrap (bit c).
    struct Row
    {
        QStringList cells;
        qreal height = 0;
        quint8 wrapped = 0;
    };

    qreal innerWidth(int column) const;
    bool fitsOneLine(const QString &text, qreal width);
    Row measureRow(QStringList cells);
    void paintCell(QPainter &painter, int column, qreal top, qreal height, const QString &text,
                   bool wrapped) const;

    const ComplianceReport &m_report;
    QPaintDevice *m_device;
    QFont m_titleFont;
    QFont m_headerFont;
    QFont m_cellFont;
    QFontMetricsF m_cellMetrics;
    std::array<qreal, columns + 1> m_columnX{}; // left edges, and the right edge last
    qreal m_padding = 0;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
    QStringList m_header;
    std::vector<qreal> m_advances; // per UTF-16 code unit, of the cell font; < 0 until looked up
    QList<Row> m_rows;             // per number, from paginate()
};
