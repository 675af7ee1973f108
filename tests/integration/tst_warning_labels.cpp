// 47 CFR 9.11 warning labels on Avery 5160 and L7160 sheets. The PDF is read back with poppler:
// pdfinfo for the page size, pdftotext for the words (every label says every limitation), and
// pdftoppm for a 100 dpi picture in which each die-cut label must hold ink and no ink may sit on
// or across a label's edge. The layout is measured against its box at a legible size, and the
// words come from the limitations every tenant acknowledges.
#include "PopplerTools.h"
#include "domain/Limitations.h"
#include "report/WarningLabelLanguage.h"
#include "report/WarningLabelLayout.h"
#include "report/WarningLabelPdf.h"
#include "report/WarningLabelSheet.h"
#include "report/WarningLabelText.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {
constexpr int renderDpi = 100;
// Pixels a label's ink must keep from its die-cut edge: anti-aliasing and rounding of a 100 dpi
// picture, far less than the 1.2 mm (4.7 px) padding the layout keeps.
constexpr int edgeTolerancePx = 2;

QImage renderPage(const QString &pdf, const QString &prefix)
{
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(renderDpi), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
}

bool isInk(const QImage &image, int x, int y)
{
    return image.constScanLine(y)[x] < 160;
}

// Where the picture breaks the sheet's geometry, in words: a label position without ink, or ink
// that is not well inside one of `positions` label cells (on an edge, in a gutter, in a margin).
QStringList inkProblems(const QImage &page, const WarningLabelSheet &sheet, int positions)
{
    QStringList problems;
    const qreal pxPerMm = renderDpi / 25.4;
    QList<QRect> cells; // each label shrunk by the tolerance, in pixels
    for (int i = 0; i < positions; ++i) {
        const QRectF mm = sheet.labelRectMm(i);
        cells.append(
            QRectF(mm.topLeft() * pxPerMm, mm.size() * pxPerMm)
                .toAlignedRect()
                .adjusted(edgeTolerancePx, edgeTolerancePx, -edgeTolerancePx, -edgeTolerancePx));
    }
    QList<int> inkPerCell(cells.size(), 0);
    int stray = 0;
    QPoint firstStray;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            if (!isInk(page, x, y))
                continue;
            bool inside = false;
            for (qsizetype c = 0; c < cells.size() && !inside; ++c)
                if (cells.at(c).contains(x, y)) {
                    ++inkPerCell[c];
                    inside = true;
                }
            if (!inside && stray++ == 0)
                firstStray = QPoint(x, y);
        }
    for (qsizetype c = 0; c < cells.size(); ++c)
        if (inkPerCell.at(c) < 200) // a label's text is thousands of dark pixels
            problems.append(QStringLiteral("label %1 is (nearly) blank").arg(c + 1));
    if (stray > 0)
        problems.append(QStringLiteral("%1 dark pixels outside the labels, first at (%2, %3)")
                            .arg(stray)
                            .arg(firstStray.x())
                            .arg(firstStray.y()));
    return problems;
}

WarningLabelJob jobFor(const WarningLabelSheet &sheet)
{
    WarningLabelJob job;
    job.sheet = sheet;
    job.text = warninglabeltext::current(QStringLiteral("Contoso Ltd"));
    return job;
}

// Answers every string with a marker: stands for the app's own translation into some language.
class MarkerTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *, const char *, int) const override
    {
        return QStringLiteral("XX");
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestWarningLabels : public QObject
{
    Q_OBJECT
private slots:
    void sheetsHaveThePublishedGeometry();
    void labelTextComesFromTheLimitations();
    void labelLanguageIsNotTheAppLanguage();
    void layoutFitsTheLabelAtALegibleSize_data();
    void layoutFitsTheLabelAtALegibleSize();
    void fullSheetPrintsEveryLabelInsideItsCell_data();
    void fullSheetPrintsEveryLabelInsideItsCell();
    void partSheetStartsAfterTheUsedPositions();
    void shiftedGeometryIsCaught();
    void textThatCannotFitIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestWarningLabels::sheetsHaveThePublishedGeometry()
{
    const WarningLabelSheet letter = warninglabelsheets::avery5160();
    QCOMPARE(letter.labelsPerSheet(), 30);
    QCOMPARE(letter.pageMm().toSize(), QSize(216, 279));
    QCOMPARE(letter.labelRectMm(0), QRectF(4.7625, 12.7, 66.675, 25.4));
    QCOMPARE(letter.labelRectMm(29).bottomRight(), QPointF(4.7625 + 2 * 69.85 + 66.675, 266.7));
    const WarningLabelSheet a4 = warninglabelsheets::averyL7160();
    QCOMPARE(a4.labelsPerSheet(), 21);
    QCOMPARE(a4.labelRectMm(0), QRectF(7.21, 15.15, 63.5, 38.1));
    // Both grids are centred on their page, left to right and top to bottom.
    for (const WarningLabelSheet &sheet : warninglabelsheets::all()) {
        const QRectF last = sheet.labelRectMm(sheet.labelsPerSheet() - 1);
        QVERIFY2(qAbs(sheet.pageMm().width() - last.right() - sheet.sideMarginMm) < 0.02,
                 qPrintable(sheet.id));
        QVERIFY2(qAbs(sheet.pageMm().height() - last.bottom() - sheet.topMarginMm) < 0.02,
                 qPrintable(sheet.id));
    }
    QCOMPARE(warninglabelsheets::byId(QStringLiteral("AVERY-L7160"))->id, a4.id);
    QVERIFY(!warninglabelsheets::byId(QStringLiteral("avery-9999")));
}

void TestWarningLabels::labelTextComesFromTheLimitations()
{
    const WarningLabelText text = warninglabeltext::current(QStringLiteral("Contoso Ltd"));
    const QList<Limitation> limitations = limitations::current();
    QCOMPARE(text.titles.size(), limitations.size());
    for (qsizetype i = 0; i < limitations.size(); ++i)
        QCOMPARE(text.titles.at(i), limitations.at(i).title);
    QVERIFY(text.smallPrint.contains(QString(limitations::currentVersion)));
    QVERIFY(text.smallPrint.contains(QStringLiteral("Contoso Ltd")));
    QVERIFY(!text.heading.isEmpty() && !text.guidance.isEmpty() && !text.shortGuidance.isEmpty());
}

void TestWarningLabels::labelLanguageIsNotTheAppLanguage()
{
    const QString english = limitations::current().first().title;
    MarkerTranslator appLanguage;
    QCoreApplication::installTranslator(&appLanguage);
    QCOMPARE(limitations::current().first().title, QStringLiteral("XX"));
    {
        // English labels from an app running in another language stay English…
        const WarningLabelLanguage en(QStringLiteral("en"));
        QCOMPARE(warninglabeltext::current().titles.first(), english);
    }
    {
        // …and so does a language whose catalogue is not there (none is built into this test).
        const WarningLabelLanguage es(QStringLiteral("es"));
        QVERIFY(!es.catalogueLoaded());
        QCOMPARE(warninglabeltext::current().titles.first(), english);
    }
    QCOMPARE(limitations::current().first().title, QStringLiteral("XX")); // the scope ended
    QCoreApplication::removeTranslator(&appLanguage);
}

void TestWarningLabels::layoutFitsTheLabelAtALegibleSize_data()
{
    QTest::addColumn<QString>("sheetId");
    for (const WarningLabelSheet &sheet : warninglabelsheets::all())
        QTest::newRow(qPrintable(sheet.id)) << sheet.id;
}

void TestWarningLabels::layoutFitsTheLabelAtALegibleSize()
{
    QFETCH(QString, sheetId);
    const WarningLabelLayout layout =
        warninglabelpdf::layoutFor(jobFor(*warninglabelsheets::byId(sheetId)));
    QVERIFY(layout.fits());
    QVERIFY2(layout.smallestPointSize() >= WarningLabelLayout::minimumPointSize,
             qPrintable(QString::number(layout.smallestPointSize())));
    // Measured text against the box: nothing is cut at either edge.
    QVERIFY2(layout.textSizePt().width() <= layout.boxPt().width() &&
                 layout.textSizePt().height() <= layout.boxPt().height(),
             qPrintable(QStringLiteral("text %1 × %2 pt in a box of %3 × %4 pt")
                            .arg(layout.textSizePt().width())
                            .arg(layout.textSizePt().height())
                            .arg(layout.boxPt().width())
                            .arg(layout.boxPt().height())));
    QVERIFY(!layout.titlesWrapped()); // English titles each fit one line
    QVERIFY(!layout.shortForm());
    qInfo("%s: body %.2f pt, small print %.2f pt, text %.1f × %.1f pt in %.1f × %.1f pt",
          qPrintable(sheetId), layout.pointSize(), layout.smallestPointSize(),
          layout.textSizePt().width(), layout.textSizePt().height(), layout.boxPt().width(),
          layout.boxPt().height());
}

void TestWarningLabels::fullSheetPrintsEveryLabelInsideItsCell_data()
{
    QTest::addColumn<QString>("sheetId");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("avery-5160") << QStringLiteral("avery-5160")
                                << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("avery-l7160") << QStringLiteral("avery-l7160")
                                 << QStringLiteral("595 x 842 pts (A4)"); // Qt rounds to points
}

void TestWarningLabels::fullSheetPrintsEveryLabelInsideItsCell()
{
    QFETCH(QString, sheetId);
    QFETCH(QString, pageSize);
    const WarningLabelJob job = jobFor(*warninglabelsheets::byId(sheetId));
    const QString pdf = m_dir.filePath(sheetId + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(warninglabelpdf::write(job, pdf, &error), qPrintable(error));

    const QString info = pdfInfo(pdf);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Page size:       ") + pageSize), qPrintable(info));

    const QString text = pdfText(pdf);
    const int labels = job.sheet.labelsPerSheet();
    for (const QString &title : job.text.titles)
        QVERIFY2(text.count(title) == labels, qPrintable(QStringLiteral("\"%1\" %2 times, not %3")
                                                             .arg(title)
                                                             .arg(text.count(title))
                                                             .arg(labels)));
    QCOMPARE(text.count(QString(limitations::currentVersion)), labels);

    const QImage page = renderPage(pdf, m_dir.filePath(sheetId));
    QVERIFY(!page.isNull());
    const QStringList problems = inkProblems(page, job.sheet, labels);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    if (const QByteArray keep = qgetenv("DISPATCHABLE_LABELS_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(keep) + QLatin1Char('/') + sheetId +
                             QStringLiteral(".pdf"));
}

void TestWarningLabels::partSheetStartsAfterTheUsedPositions()
{
    WarningLabelJob job = jobFor(warninglabelsheets::averyL7160());
    job.skip = 4;
    job.count = 20; // positions 5–21 of the first sheet, then 3 on a second
    const QString pdf = m_dir.filePath(QStringLiteral("part.pdf"));
    QString error;
    QVERIFY2(warninglabelpdf::write(job, pdf, &error), qPrintable(error));
    QVERIFY(pdfInfo(pdf).contains(
        QRegularExpression(QStringLiteral("^Pages:\\s+2$"), QRegularExpression::MultilineOption)));
    QCOMPARE(pdfText(pdf).count(job.text.titles.first()), 20);
    const QImage first = renderPage(pdf, m_dir.filePath(QStringLiteral("part")));
    // The used positions stay blank: checking all 21 reports exactly those four.
    const QStringList problems = inkProblems(first, job.sheet, 21);
    QCOMPARE(problems, QStringList({QStringLiteral("label 1 is (nearly) blank"),
                                    QStringLiteral("label 2 is (nearly) blank"),
                                    QStringLiteral("label 3 is (nearly) blank"),
                                    QStringLiteral("label 4 is (nearly) blank")}));
}

void TestWarningLabels::shiftedGeometryIsCaught()
{
    // A pitch 1 mm too large each way: the error adds up row by row until the labels of the
    // lower rows straddle two die-cuts. The picture check must see it (it is what catches a wrong
    // margin or pitch in the sheet definitions).
    WarningLabelJob job = jobFor(warninglabelsheets::avery5160());
    job.sheet.horizontalPitchMm += 1.0;
    job.sheet.verticalPitchMm += 1.0;
    const QString pdf = m_dir.filePath(QStringLiteral("shifted.pdf"));
    QString error;
    QVERIFY2(warninglabelpdf::write(job, pdf, &error), qPrintable(error));
    const QImage page = renderPage(pdf, m_dir.filePath(QStringLiteral("shifted")));
    const QStringList problems = inkProblems(page, warninglabelsheets::avery5160(), 30);
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.last().contains(QStringLiteral("outside the labels")));
}

void TestWarningLabels::textThatCannotFitIsRefused()
{
    WarningLabelJob job = jobFor(warninglabelsheets::avery5160());
    for (QString &title : job.text.titles)
        title = title.repeated(4);
    QVERIFY(!warninglabelpdf::layoutFor(job).fits());
    const QString pdf = m_dir.filePath(QStringLiteral("too-long.pdf"));
    QString error;
    QVERIFY(!warninglabelpdf::write(job, pdf, &error));
    QVERIFY(error.contains(QStringLiteral("does not fit")));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestWarningLabels)
#include "tst_warning_labels.moc"
