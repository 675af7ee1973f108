#include "report/WarningLabelPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WarningLabels)
};
} // namespace

namespace warninglabelpdf {

namespace {

constexpr qreal pointsPerMm = 72.0 / 25.4;

// The page exactly as the sheet is cut: its own size, no margins, painted edge to edge.
void setUpPage(QPdfWriter &writer, const WarningLabelSheet &sheet)
{
    writer.setResolution(resolution);
    QPageLayout layout(QPageSize(sheet.page), QPageLayout::Portrait, QMarginsF());
    layout.setMode(QPageLayout::FullPageMode);
    writer.setPageLayout(layout);
}
} // namespace

WarningLabelLayout layoutFor(const WarningLabelJob &job)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    setUpPage(writer, job.sheet);
    return WarningLabelLayout::fit(job.text, job.sheet.labelMm * pointsPerMm, &writer);
}

bool write(const WarningLabelJob &job, const QString &path, QString *error)
{
    const WarningLabelSheet &sheet = job.sheet;
    const int perSheet = sheet.labelsPerSheet();
    if (job.skip < 0 || job.skip >= perSheet || job.count < 0) {
        *error = Text::tr("Choose between 0 and %1 used positions.").arg(perSheet - 1);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    setUpPage(writer, sheet);
    writer.setTitle(Text::tr("911 warning labels"));
    writer.setCreator(QStringLiteral("Dispatchable " DISPATCHABLE_VERSION));

    const WarningLabelLayout layout =
        WarningLabelLayout::fit(job.text, sheet.labelMm * pointsPerMm, &writer);
    if (!layout.fits()) {
        *error = Text::tr("The warning text does not fit on a %1 label at a legible size. Choose a "
                          "larger label sheet.")
                     .arg(sheet.name);
        return false;
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Text::tr("Could not start the PDF %1.").arg(path);
        return false;
    }
    const qreal unitsPerMm = resolution / 25.4;
    const int count = job.count > 0 ? job.count : perSheet - job.skip;
    for (int i = job.skip; i < job.skip + count; ++i) {
        if (i > job.skip && i % perSheet == 0)
            writer.newPage();
        const QRectF cell = sheet.labelRectMm(i);
        layout.draw(&painter, cell.topLeft() * unitsPerMm);
    }
    painter.end();
    if (!file.commit()) {
        *error = Text::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace warninglabelpdf
