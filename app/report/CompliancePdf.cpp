#include "report/CompliancePdf.h"

#include "report/ComplianceReportHtml.h"
#include "report/PdfListTable.h"
#include "report/ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace compliancepdf {

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
};

// 300 dpi is plenty for text and keeps coordinates readable; QTextDocument scales its CSS
// pixels (1/96 inch) to it through the paint device.
constexpr int resolution = 300;
constexpr qreal headerHeight = 0.45 * resolution;
constexpr qreal footerHeight = 0.4 * resolution;

std::unique_ptr<QTextDocument> newDocument(QPaintDevice *device, qreal width, qreal pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(reportFont(pointSize));
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    return doc;
}

class PageFrame
{
public:
    PageFrame(QPainter &painter, const QRectF &area, const ComplianceReport &report, int pages)
        : m_painter(painter)
        , m_area(area)
        , m_report(report)
        , m_pages(pages)
    {}

    QRectF body() const { return m_area.adjusted(0, headerHeight, 0, -footerHeight); }

    // The header and footer of page `page` (1-based).
    void paint(int page)
    {
        const ComplianceSummary &s = m_report.summary;
        m_painter.save();
        m_painter.setPen(Qt::black);
        m_painter.setFont(reportFont(8));
        const QRectF header(m_area.left(), m_area.top(), m_area.width(), headerHeight * 0.7);
        m_painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                           Text::tr("Dispatchable · 911 compliance report"));
        m_painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                           Text::tr("%1 · tenant %2").arg(s.tenantName, s.tenantId));
        m_painter.setPen(QPen(Qt::darkGray, 2));
        m_painter.drawLine(QPointF(m_area.left(), m_area.top() + headerHeight * 0.6),
                           QPointF(m_area.right(), m_area.top() + headerHeight * 0.6));

        const QRectF footer(m_area.left(), m_area.bottom() - footerHeight * 0.6, m_area.width(),
                            footerHeight * 0.6);
        m_painter.drawLine(footer.topLeft(), footer.topRight());
        m_painter.setPen(Qt::black);
        QString left = Text::tr("Generated %1 · data as of %2")
                           .arg(compliancehtml::dateTimeText(m_report.generatedAt),
                                compliancehtml::dateTimeText(s.lastSync));
        if (m_report.fromCacheOnly)
            left += Text::tr(" · OFFLINE: from the cache");
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                           Text::tr("Page %1 of %2").arg(page).arg(m_pages));
        m_painter.restore();
    }

    // Draws the part of `doc` from `offsetY` down, one body's height of it.
    void paintDocument(QTextDocument &doc, qreal offsetY)
    {
        const QRectF target = body();
        m_painter.save();
        m_painter.translate(target.left(), target.top() - offsetY);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, offsetY, target.width(), target.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        m_painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

private:
    QPainter &m_painter;
    QRectF m_area;
    const ComplianceReport &m_report;
    int m_pages;
};
} // namespace

bool write(const ComplianceReport &report, const QString &path, QString *error,
           const ReportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0.5, 0.5, 0.5, 0.5), QPageLayout::Inch);
    writer.setTitle(Text::tr("911 compliance report: %1").arg(report.summary.tenantName));
    writer.setCreator(QStringLiteral("Dispatchable " DISPATCHABLE_VERSION));

    const QRectF area(0, 0, writer.width(), writer.height());
    const QRectF body = area.adjusted(0, headerHeight, 0, -footerHeight);
    const auto cancelled = [&] {
        file.cancelWriting();
        *error = Text::tr("Cancelled: %1 was not written.").arg(path);
        return false;
    };

    // Pass 1: how many pages the summary takes, and which numbers go on which list page.
    auto summaryDoc = newDocument(&writer, body.width(), 9.5);
    summaryDoc->setHtml(compliancehtml::summary(report));
    summaryDoc->setPageSize(body.size());
    const int summaryPages = summaryDoc->pageCount();
    PdfListTable list(report, &writer, body.width());
    const QList<PdfListTable::Page> listPages = list.paginate(body.height(), progress);
    if (progress.cancelled())
        return cancelled();
    const int pages = summaryPages + int(listPages.size());

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Text::tr("Could not start the PDF %1.").arg(path);
        return false;
    }
    PageFrame frame(painter, area, report, pages);
    int page = 0;
    for (int i = 0; i < summaryPages; ++i) {
        if (page > 0)
            writer.newPage();
        frame.paint(++page);
        frame.paintDocument(*summaryDoc, i * body.height());
        if (!progress.step(page, pages)) {
            painter.end();
            return cancelled();
        }
    }
    for (const PdfListTable::Page &listPage : listPages) {
        writer.newPage();
        frame.paint(++page);
        list.paint(painter, body.topLeft(), listPage);
        if (!progress.step(page, pages)) {
            painter.end();
            return cancelled();
        }
    }
    painter.end();
    if (!file.commit()) {
        *error = Text::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace compliancepdf
