// The PDF report's list of non-compliant numbers, drawn straight with QPainter. Each row is
// measured once (cells wrap inside their column), the rows are split into pages from those
// heights, and each page paints only its own rows. Laying the list out as rich text cost two
// layouts of every page and made a 1,400-page report take minutes.
#pragma once

#include "report/ComplianceReport.h"
#include "report/ReportProgress.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>

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
    qreal cellsHeight(const QStringList &cells, const QFont &font) const;
    qreal paintRow(QPainter &painter, qreal top, const QStringList &cells, qreal height) const;

    const ComplianceReport &m_report;
    QPaintDevice *m_device;
    QFont m_titleFont;
    QFont m_headerFont;
    QFont m_cellFont;
    std::array<qreal, columns + 1> m_columnX{}; // left edges, and the right edge last
    qreal m_padding = 0;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
    QStringList m_header;
    QList<qreal> m_rowHeights; // per number, from paginate()
};
