// File > Print Warning Labels…, offscreen: the keyboard walks sheet, language, copies, used
// positions and Save in that order; the choices become the PDF (page size and label count read
// back with poppler); a language without an installed translation says the labels stay English.
// With DISPATCHABLE_SCREENSHOT_DIR set, the dialog is saved as warning-labels-dialog.png.
#include "WarningLabelDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

namespace {
template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestWarningLabelDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyboardWalksTheChoicesInOrder();
    void choicesBecomeThePdf();
    void missingTranslationIsSaid();
};

void TestWarningLabelDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWarningLabelDialog::keyboardWalksTheChoicesInOrder()
{
    WarningLabelDialog dialog(QStringLiteral("Contoso Ltd"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList expected{QStringLiteral("sheetCombo"), QStringLiteral("languageCombo"),
                               QStringLiteral("fullSheetRadio"), QStringLiteral("skipSpin"),
                               QStringLiteral("savePdfButton")};
    QCOMPARE(QApplication::focusWidget()->objectName(), expected.first());
    // The radio buttons are one group: Tab passes over the unchecked one and the disabled spin.
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), expected.at(i));
    }
    for (QWidget *w : dialog.findChildren<QWidget *>())
        if (w->focusPolicy() & Qt::TabFocus && qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    QVERIFY(!child<QSpinBox>(&dialog, QStringLiteral("skipSpin"))->accessibleName().isEmpty());
    QVERIFY(!child<QSpinBox>(&dialog, QStringLiteral("countSpin"))->accessibleName().isEmpty());

    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("warning-labels-dialog.png"))));
}

void TestWarningLabelDialog::choicesBecomeThePdf()
{
    WarningLabelDialog dialog(QStringLiteral("Contoso Ltd"));
    auto *sheet = child<QComboBox>(&dialog, QStringLiteral("sheetCombo"));
    sheet->setCurrentIndex(sheet->findData(QStringLiteral("avery-l7160")));
    child<QRadioButton>(&dialog, QStringLiteral("countRadio"))->setChecked(true);
    auto *count = child<QSpinBox>(&dialog, QStringLiteral("countSpin"));
    QVERIFY(count->isEnabled());
    count->setValue(5);
    auto *skip = child<QSpinBox>(&dialog, QStringLiteral("skipSpin"));
    QCOMPARE(skip->maximum(), 20); // 21 positions on an L7160 sheet
    skip->setValue(3);

    const WarningLabelJob job = dialog.job();
    QCOMPARE(job.sheet.id, QStringLiteral("avery-l7160"));
    QCOMPARE(job.count, 5);
    QCOMPARE(job.skip, 3);
    QVERIFY(job.text.smallPrint.contains(QStringLiteral("Contoso Ltd")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
    QString error;
    QVERIFY2(dialog.saveTo(pdf, &error), qPrintable(error));
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("(A4)")));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.count(job.text.titles.first()), 5);
}

void TestWarningLabelDialog::missingTranslationIsSaid()
{
    WarningLabelDialog dialog{QString()};
    auto *note = child<QLabel>(&dialog, QStringLiteral("previewNote"));
    QVERIFY(!note->text().contains(QStringLiteral("English")));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("savePdfButton"))->isEnabled());
    auto *language = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
    // No catalogue is built into this test, so Spanish is not installed here.
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QVERIFY2(note->text().contains(QStringLiteral("the labels will be in English")),
             qPrintable(note->text()));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("labelPreview"))->pixmap().isNull());
}

QTEST_MAIN(TestWarningLabelDialog)
#include "tst_warning_label_dialog.moc"
