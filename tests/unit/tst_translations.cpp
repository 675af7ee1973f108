// The translations are complete for the sources as they are now. lupdate runs over app/ and ui/
// exactly as `update_translations` does, into a temporary copy of each .ts, and every message
// must then be translated and finished, with all its plural forms and the source's
// placeholders; English holds only the plural forms. lupdate must also be able to file every
// tr() under a context, or that string could never be translated.
#include "tst_translations_catalogue.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
struct LupdateRun
{
    TsCatalogue before;
    TsCatalogue after;
    QString warnings; // lupdate's stderr
};

// Copies `ts` into `dir`, updates the copy from the project's sources (plus `extraSources`) and
// reads both versions.
LupdateRun runLupdate(const QTemporaryDir &dir, const QString &ts, bool pluralOnly,
                      const QStringList &extraSources = {})
{
    LupdateRun run;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QFile::remove(copy);
    if (!QFile::copy(ts, copy)) {
        run.before.error = u"cannot copy "_s + ts;
        return run;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    run.before = TsCatalogue::read(copy);

    QStringList args = QStringLiteral(DISPATCHABLE_LUPDATE_OPTIONS).split(u' ');
    if (pluralOnly)
        args << u"-pluralonly"_s;
    args << u"@"_s + QStringLiteral(DISPATCHABLE_LUPDATE_LIST) << extraSources << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DISPATCHABLE_LUPDATE), args);
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
        run.after.error =
            u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAllStandardError());
        return run;
    }
    run.warnings = QString::fromLocal8Bit(lupdate.readAllStandardError());
    run.after = TsCatalogue::read(copy);
    return run;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(DISPATCHABLE_TRANSLATIONS_DIR "/dispatchable_%1.ts").arg(language);
}

// Prints each problem on its own line (the list is the translator's to-do list) and returns how
// many there were.
qsizetype report(const QString &language, const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << language << problem;
    return problems.size();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everyTrCallHasAContext();
    void anUntranslatedStringIsReported();
    void aWrongPlaceholderOrMissingPluralFormIsReported();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("en (plural forms)") << u"en"_s << true;
    QTest::newRow("es") << u"es"_s << false;
    QTest::newRow("fr_CA") << u"fr_CA"_s << false;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QVERIFY(m_dir.isValid());
    const LupdateRun run = runLupdate(m_dir, tsPath(language), pluralOnly);
    QVERIFY2(run.before.error.isEmpty(), qPrintable(run.before.error));
    QVERIFY2(run.after.error.isEmpty(), qPrintable(run.after.error));
    QVERIFY(!run.after.messages.isEmpty());
    const qsizetype count = report(language, tscheck::problems(run.after, run.before.keys()));
    QVERIFY2(count == 0, qPrintable(u"%1 message(s) to fix in %2 (listed above)"_s.arg(count).arg(
                             tsPath(language))));
}

void TestTranslations::everyTrCallHasAContext()
{
    // A tr() outside a class lands in no context ("cannot be called without context") or in the
    // namespace's name ("lacks Q_OBJECT"), which is not the context it is looked up in.
    const LupdateRun run = runLupdate(m_dir, tsPath(u"es"_s), false);
    QVERIFY2(run.after.error.isEmpty(), qPrintable(run.after.error));
    QStringList misplaced;
    for (const QString &line : run.warnings.split(u'\n')) {
        if (line.contains(u"cannot be called without context"_s) ||
            line.contains(u"lacks Q_OBJECT macro"_s))
            misplaced.append(line);
    }
    for (const QString &line : std::as_const(misplaced))
        qWarning().noquote() << line;
    QVERIFY2(misplaced.isEmpty(),
             "tr() calls lupdate cannot file under their run-time context (listed above): use "
             "a class with Q_DECLARE_TR_FUNCTIONS(Context) and call Class::tr()");
}

void TestTranslations::anUntranslatedStringIsReported()
{
    // The check itself can fail: a source with one new string makes the finished es catalogue
    // report exactly that string as missing.
    QTemporaryDir sources;
    QVERIFY(sources.isValid());
    QFile probe(sources.filePath(u"Probe.cpp"_s));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write("#include <QCoreApplication>\n"
                "struct Probe { Q_DECLARE_TR_FUNCTIONS(Probe) };\n"
                "QString probe() { return Probe::tr(\"A string nobody translated yet\"); }\n");
    probe.close();

    const LupdateRun run = runLupdate(m_dir, tsPath(u"es"_s), false, {probe.fileName()});
    QVERIFY2(run.after.error.isEmpty(), qPrintable(run.after.error));
    const QStringList problems = tscheck::problems(run.after, run.before.keys());
    const QStringList aboutProbe = problems.filter(u"[Probe]"_s);
    QCOMPARE(aboutProbe.size(), 1);
    QVERIFY(aboutProbe.first().contains(u"A string nobody translated yet"_s));
    QVERIFY(aboutProbe.first().contains(u"missing"_s));
}

void TestTranslations::aWrongPlaceholderOrMissingPluralFormIsReported()
{
    TsMessage good{u"C"_s, u"Register %n number(s) at %1"_s,
                   {},     true,
                   false,  {u"Registrar %n número en %1"_s, u"Registrar %n números en %1"_s}};
    TsMessage lostArg = good;
    lostArg.forms = {u"Registrar un número en %1"_s, u"Registrar %n números"_s};
    lostArg.comment = u"lost %1"_s;
    TsMessage emptyForm = good;
    emptyForm.forms = {u"Registrar un número en %1"_s, QString()};
    emptyForm.comment = u"empty form"_s;
    TsMessage unfinished{u"C"_s, u"Sync"_s, {}, false, true, {u"Sincronizar"_s}};
    TsMessage accelerator{u"C"_s, u"&Settings…"_s, {}, false, false, {u"Configuración…"_s}};
    TsMessage spelledOut = good;
    spelledOut.forms = {u"Registrar un número en %1"_s, u"Registrar %n números en %1"_s};
    spelledOut.comment = u"spelled out"_s;

    TsCatalogue catalogue;
    catalogue.messages = {good, lostArg, emptyForm, unfinished, accelerator, spelledOut};
    const QStringList problems = tscheck::problems(catalogue, catalogue.keys());
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(u"placeholders"_s));
    QVERIFY(problems.at(1).contains(u"plural form is empty"_s));
    QVERIFY(problems.at(2).contains(u"unfinished"_s));
    QVERIFY(problems.at(3).contains(u"accelerator"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
