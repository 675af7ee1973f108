// The app's palettes read well (WCAG 2.x contrast: 4.5:1 for text, 7:1 in high contrast, E911
// state colours included), the E911 state is a mark and words in every palette (never colour
// alone), and the Appearance setting (user's or organisation's) puts a palette into effect. The
// main window on the real backend is screenshotted in dark and high contrast for the docs
// (DISPATCHABLE_SCREENSHOT_DIR).
#include "E911StateDelegate.h"
#include "MainWindowFixture.h"
#include "NumberTablePane.h"
#include "SettingsDialog.h"
#include "ThemePalettes.h"
#include "models/DidModel.h"
#include "settings/EffectiveSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QtTest>

namespace {
struct Pair
{
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
    const char *name;
};

// Every pair of text and what it is drawn on.
const QList<Pair> textPairs{
    {QPalette::WindowText, QPalette::Window, "window text"},
    {QPalette::Text, QPalette::Base, "text"},
    {QPalette::Text, QPalette::AlternateBase, "text on alternate rows"},
    {QPalette::ButtonText, QPalette::Button, "button text"},
    {QPalette::HighlightedText, QPalette::Highlight, "selected text"},
    {QPalette::ToolTipText, QPalette::ToolTipBase, "tool tip"},
    {QPalette::PlaceholderText, QPalette::Base, "placeholder"},
    {QPalette::Link, QPalette::Base, "link"},
    {QPalette::LinkVisited, QPalette::Base, "visited link"},
    {QPalette::Link, QPalette::Window, "link on the window"},
};

const QList<E911State> allStates{E911State::Basic, E911State::Pending, E911State::Registered,
                                 E911State::Failed, E911State::Deregistering};

QString screenshotDir()
{
    return qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
}
} // namespace

class TestAccessibilityPalettes : public QObject
{
    Q_OBJECT
private slots:
    void textHasEnoughContrast_data();
    void textHasEnoughContrast();
    void contrastFormulaMatchesWcag();
    void e911StateIsAMarkAndWordsInEveryPalette_data();
    void e911StateIsAMarkAndWordsInEveryPalette();
    void appearanceSettingAppliesAPalette();
    void organisationCanSetTheAppearance();
    void settingsDialogChoosesTheAppearance();
    void mainWindowInDarkAndHighContrast();
    void cleanup();
};

void TestAccessibilityPalettes::cleanup()
{
    ThemePalettes::apply(QStringLiteral("system"));
}

void TestAccessibilityPalettes::textHasEnoughContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<double>("minimum");
    QTest::newRow("light") << ThemePalettes::light() << 4.5;
    QTest::newRow("dark") << ThemePalettes::dark() << 4.5;
    QTest::newRow("high contrast") << ThemePalettes::highContrast() << 7.0;
}

void TestAccessibilityPalettes::textHasEnoughContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(double, minimum);
    QStringList weak;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair &pair : textPairs) {
            const double ratio = ThemePalettes::contrastRatio(
                palette.color(group, pair.foreground), palette.color(group, pair.background));
            if (ratio < minimum)
                weak.append(QStringLiteral("%1 %2:1").arg(QLatin1StringView(pair.name)).arg(ratio));
        }
        // The E911 state colours, as the state column draws them on both row colours.
        for (const E911State state : allStates) {
            QColor colour = E911StateDelegate::colour(state, palette);
            if (!colour.isValid())
                colour = palette.color(group, QPalette::Text);
            for (const auto background : {QPalette::Base, QPalette::AlternateBase}) {
                const double ratio =
                    ThemePalettes::contrastRatio(colour, palette.color(group, background));
                if (ratio < minimum)
                    weak.append(QStringLiteral("E911 state %1 on %2: %3:1")
                                    .arg(int(state))
                                    .arg(int(background))
                                    .arg(ratio));
            }
        }
    }
    QVERIFY2(weak.isEmpty(), qPrintable(weak.join(QStringLiteral("; "))));
}

void TestAccessibilityPalettes::contrastFormulaMatchesWcag()
{
    // Known values: black on white is 21:1, equal colours 1:1, #767676 on white about 4.54:1.
    QCOMPARE(qRound(ThemePalettes::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(ThemePalettes::contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    QCOMPARE(qRound(ThemePalettes::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QVERIFY(ThemePalettes::isDark(ThemePalettes::dark()));
    QVERIFY(ThemePalettes::isDark(ThemePalettes::highContrast()));
    QVERIFY(!ThemePalettes::isDark(ThemePalettes::light()));
}

void TestAccessibilityPalettes::e911StateIsAMarkAndWordsInEveryPalette_data()
{
    textHasEnoughContrast_data();
}

void TestAccessibilityPalettes::e911StateIsAMarkAndWordsInEveryPalette()
{
    QFETCH(QPalette, palette);
    QStandardItemModel model(int(allStates.size()), 1);
    const QStringList words{QStringLiteral("Basic 911 only"), QStringLiteral("Pending"),
                            QStringLiteral("Registered"), QStringLiteral("Failed: no address"),
                            QStringLiteral("Turning off")};
    for (int row = 0; row < allStates.size(); ++row) {
        model.setData(model.index(row, 0), words.at(row));
        model.setData(model.index(row, 0), int(allStates.at(row)), DidModel::E911StateRole);
    }
    QTableView view;
    view.setPalette(palette);
    view.setModel(&model);
    auto *delegate = new E911StateDelegate(&view);
    view.setItemDelegate(delegate);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSet<QString> marks;
    for (int row = 0; row < allStates.size(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString shown = E911StateDelegate::cellText(index);
        const QString mark = E911StateDelegate::mark(allStates.at(row));
        // Mark first, then the words: the state reads without colour, in any palette.
        QCOMPARE(shown, QString(mark + QLatin1Char(' ') + words.at(row)));
        marks.insert(mark);
    }
    QCOMPARE(marks.size(), allStates.size()); // each state its own shape
    // And the cell is drawn: the rendered column is not blank in this palette.
    const QImage image = view.viewport()->grab().toImage();
    const QColor base = palette.color(QPalette::Base);
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += ThemePalettes::contrastRatio(image.pixelColor(x, y), base) > 3.0;
    QVERIFY2(inked > 200, qPrintable(QString::number(inked)));
}

void TestAccessibilityPalettes::appearanceSettingAppliesAPalette()
{
    QTemporaryDir dir;
    EffectiveSettings settings(ManagedSettings(), dir.filePath(QStringLiteral("user.ini")));
    QCOMPARE(settings.appearance(), QStringLiteral("system"));
    QVERIFY(settings.setAppearance(QStringLiteral("High contrast")));
    QCOMPARE(settings.appearance(), QStringLiteral("high-contrast"));
    QString error;
    QVERIFY(!settings.setAppearance(QStringLiteral("sepia"), &error));
    QVERIFY(error.contains(QLatin1StringView("sepia")));

    ThemePalettes::apply(settings.appearance());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0xff, 0xff, 0x00));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    ThemePalettes::apply(QStringLiteral("dark"));
    QWidget widget;
    QCOMPARE(widget.palette().color(QPalette::Base), ThemePalettes::dark().color(QPalette::Base));
    ThemePalettes::apply(QStringLiteral("system"));
    QVERIFY(QApplication::palette().color(QPalette::Base) !=
            ThemePalettes::dark().color(QPalette::Base));
}

void TestAccessibilityPalettes::organisationCanSetTheAppearance()
{
    QTemporaryDir dir;
    const QString managedPath = dir.filePath(QStringLiteral("managed.ini"));
    auto managedWith = [&managedPath](const QByteArray &ini) {
        QFile file(managedPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(managedPath));
        file.write(ini);
        file.close();
        return ManagedSettings::fromIniFile(managedPath);
    };
    {
        EffectiveSettings user(ManagedSettings(), dir.filePath(QStringLiteral("user.ini")));
        QVERIFY(user.setAppearance(QStringLiteral("light")));
    }
    EffectiveSettings managed(managedWith("Appearance=high_contrast\n"),
                              dir.filePath(QStringLiteral("user.ini")));
    QCOMPARE(managed.appearance(), QStringLiteral("high-contrast"));
    QVERIFY(managed.isLocked(SettingKey::Appearance));
    QVERIFY(!managed.setAppearance(QStringLiteral("dark")));
    QVERIFY(managed.problems().isEmpty());

    // A value that names nothing: the system's colours, and the organisation is told why.
    EffectiveSettings broken(managedWith("Appearance=sepia\n"),
                             dir.filePath(QStringLiteral("user.ini")));
    QCOMPARE(broken.appearance(), QStringLiteral("system"));
    QCOMPARE(broken.problemsWith(SettingKey::Appearance).size(), 1);
}

void TestAccessibilityPalettes::settingsDialogChoosesTheAppearance()
{
    QTemporaryDir dir;
    EffectiveSettings settings(ManagedSettings(), dir.filePath(QStringLiteral("user.ini")));
    QSignalSpy changed(&settings, &EffectiveSettings::changed);
    SettingsDialog dialog(&settings);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("appearanceCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
    dialog.accept();
    QCOMPARE(settings.appearance(), QStringLiteral("dark"));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QVariantList &args) {
        return args.at(0).value<SettingKey>() == SettingKey::Appearance;
    }));
}

void TestAccessibilityPalettes::mainWindowInDarkAndHighContrast()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestBackend backend;
    QVERIFY2(backend.start(), qPrintable(backend.process().diagnostics()));
    for (const QString &code : {QStringLiteral("dark"), QStringLiteral("high-contrast")}) {
        ThemePalettes::apply(code);
        MainWindowFixture f;
        QVERIFY(f.open(backend, QStringLiteral("staff"), MainWindowFixture::Dialogs::None));
        QTRY_VERIFY(f.table()->model()->rowCount() > 0);
        f.table()->selectRow(0);
        QTest::qWait(200);
        // The window's own widgets took the palette (no hard-coded light background left).
        QCOMPARE(f.table()->palette().color(QPalette::Base),
                 ThemePalettes::forAppearance(code).color(QPalette::Base));
        const QImage image = f.window->grab().toImage();
        qint64 dark = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                dark += ThemePalettes::relativeLuminance(image.pixelColor(x, y)) < 0.2;
        const qint64 sampled = qint64(image.height() / 4) * (image.width() / 4);
        QVERIFY2(dark * 10 > sampled * 7,
                 qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(sampled)));
        if (!screenshotDir().isEmpty())
            QVERIFY(image.save(
                QDir(screenshotDir()).filePath(QStringLiteral("main-window-%1.png").arg(code))));
    }
}

QTEST_MAIN(TestAccessibilityPalettes)
#include "tst_accessibility_palettes.moc"
