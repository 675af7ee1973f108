// The CSV import end to end on the real main window against dispatchable-server: a file with
// rows for an existing address, a new address (spelled two ways), an address the backend refuses,
// a row that asks for nothing and broken rows. The dry run lists each row; nothing is queued
// before the fee is confirmed; the new address is created once and its numbers follow once it is
// validated; the refused address registers nothing; importing the same file again changes
// nothing and points at the refused address instead of creating it twice.
#include "MainWindowFixture.h"
#include "NumberImportDialog.h"
#include "domain/E911Eligibility.h"
#include "domain/FeeQuote.h"
#include "import/ImportPreviewModel.h"
#include "models/DidModel.h"
#include "store/Cache.h"
#include "store/Outbox.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

namespace {
using Fixture = MainWindowFixture;

QString csvCell(const QString &value)
{
    return QString(QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), u"\"\""_qs) +
                   QLatin1Char('"'));
}

// Runs `steps` against the import dialog the action opens (it is modal); the first failed
// check is returned and the dialog closed, so a failure never hangs the test.
QString driveImportDialog(QAction *action,
                          const std::function<QString(NumberImportDialog *)> &steps)
{
    QString failure = QStringLiteral("the import dialog did not open");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<NumberImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        failure = steps(dialog);
        dialog->accept();
    });
    action->trigger();
    return failure;
}
} // namespace

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            return QStringLiteral("%1 (line %2)").arg(QStringLiteral(#condition)).arg(__LINE__);   \
    } while (false)

class TestNumberImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importRegistersGoodRowsOnceAndListsTheRest();

private:
    QStringList basicUsNumbers(Fixture &f, int n);
    QJsonObject serverDid(const QString &tenantId, const QString &number);
    QJsonArray serverAddresses(const QString &tenantId);

    TestBackend m_backend;
    QTemporaryDir m_files;
};

void TestNumberImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                              QStringLiteral("2"), QStringLiteral("--dids"), QStringLiteral("300"),
                              QStringLiteral("--provision-delay-ms"), QStringLiteral("200"),
                              QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}),
             qPrintable(m_backend.process().diagnostics()));
}

QStringList TestNumberImport::basicUsNumbers(Fixture &f, int n)
{
    QSqlQuery q(f.session->cache()->database());
    q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND country = 'US' AND "
                             "toll_free = 0 AND e911_state = 0 ORDER BY number LIMIT ?"));
    q.addBindValue(f.window->currentTenantId());
    q.addBindValue(n);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QJsonObject TestNumberImport::serverDid(const QString &tenantId, const QString &number)
{
    return m_backend
        .get(QStringLiteral("/v1/tenants/%1/dids/%2").arg(tenantId, number),
             m_backend.token(QStringLiteral("staff")))
        .json();
}

QJsonArray TestNumberImport::serverAddresses(const QString &tenantId)
{
    return m_backend
        .get(QStringLiteral("/v1/tenants/%1/addresses?limit=1000").arg(tenantId),
             m_backend.token(QStringLiteral("staff")))
        .json()
        .value(QLatin1StringView("items"))
        .toArray();
}

void TestNumberImport::importRegistersGoodRowsOnceAndListsTheRest()
{
    Fixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("staff"), Fixture::Dialogs::Wired));
    const QString tenant = f.window->currentTenantId();
    const QStringList n = basicUsNumbers(f, 6);
    QCOMPARE(n.size(), 6);
    std::optional<EmergencyAddress> existing;
    for (const EmergencyAddress &a : f.session->cache()->addresses(tenant))
        if (!existing && e911AddressEligibilityOf(a) == AddressEligibility::Eligible)
            existing = a;
    QVERIFY(existing);
    const int addressesBefore = int(serverAddresses(tenant).size());

    // Friendly headers for some columns, CLDXF names for the rest.
    const QStringList header{
        QStringLiteral("Phone Number"), QStringLiteral("Register"), QStringLiteral("House Number"),
        QStringLiteral("stPreDir"),     QStringLiteral("Street"),   QStringLiteral("Street Type"),
        QStringLiteral("stPosDir"),     QStringLiteral("floor"),    QStringLiteral("City"),
        QStringLiteral("State"),        QStringLiteral("ZIP"),      QStringLiteral("Country")};
    const CivicAddress &e = existing->civic;
    const QStringList atExisting{
        e.addNumber, e.stPreDir,        e.stName, e.stPosTyp,   e.stPosDir,
        e.floor,     e.postalCommunity, e.state,  e.postalCode, QStringLiteral("US")};
    const QStringList atNew{QStringLiteral("350"),
                            QString(),
                            QStringLiteral("5th"),
                            QStringLiteral("Ave"),
                            QString(),
                            QStringLiteral("12"),
                            QStringLiteral("New York"),
                            QStringLiteral("NY"),
                            QStringLiteral("10118"),
                            QStringLiteral("US")};
    const QStringList atNewOtherSpelling{QStringLiteral("350"),
                                         QString(),
                                         QStringLiteral("5TH"),
                                         QStringLiteral("AVE."),
                                         QString(),
                                         QStringLiteral("12"),
                                         QStringLiteral("NEW  YORK"),
                                         QStringLiteral("ny"),
                                         QStringLiteral("10118"),
                                         QStringLiteral("us")};
    // Valid in form, refused by the backend: the ZIP belongs to New York, not Texas.
    const QStringList atWrongState{QStringLiteral("1"),
                                   QString(),
                                   QStringLiteral("Main"),
                                   QStringLiteral("St"),
                                   QString(),
                                   QString(),
                                   QStringLiteral("Austin"),
                                   QStringLiteral("TX"),
                                   QStringLiteral("10118"),
                                   QStringLiteral("US")};
    auto row = [](const QString &number, const QString &enable, const QStringList &address) {
        QStringList cells{number, enable};
        cells += address;
        for (QString &c : cells)
            c = csvCell(c);
        return cells.join(QLatin1Char(','));
    };
    QStringList lines{header.join(QLatin1Char(','))};
    lines << row(n[0], QStringLiteral("yes"), atExisting)          // 1 register, existing address
          << row(n[1], QStringLiteral("Y"), atExisting)            // 2 register, existing address
          << row(n[2], QStringLiteral("yes"), atNew)               // 3 register, new address
          << row(n[3], QStringLiteral("true"), atNewOtherSpelling) // 4 same new address
          << row(n[4], QStringLiteral("yes"), atWrongState)        // 5 backend refuses the address
          << row(n[5], QStringLiteral("no"), atNew)                // 6 skipped
          << row(QStringLiteral("call me"), QStringLiteral("yes"), atNew) // 7 not a number
          << row(n[0], QStringLiteral("yes"), atExisting)                 // 8 duplicate of row 1
          << row(n[2], QStringLiteral("maybe"), atNew); // 9 duplicate, unreadable flag
    const QString path = m_files.filePath(QStringLiteral("numbers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    file.close();

    QAction *import = f.window->importAction();
    QVERIFY(import->isEnabled());
    const QString failure = driveImportDialog(import, [&](NumberImportDialog *dialog) {
        CHECK(dialog->loadFile(path));
        const csvimport::ImportPlan &plan = dialog->plan();
        CHECK(plan.rows.size() == 9);
        CHECK(plan.count(csvimport::RowAction::Register) == 5);
        CHECK(plan.count(csvimport::RowAction::Skip) == 1);
        CHECK(plan.count(csvimport::RowAction::Refused) == 3);
        CHECK(plan.groups.size() == 3); // existing, new (two spellings), wrong state
        CHECK(plan.newAddresses() == 2);
        CHECK(plan.rows.at(3).group == plan.rows.at(2).group);
        CHECK(plan.rows.at(6).detail.contains(QStringLiteral("not a phone number")));
        CHECK(plan.rows.at(7).detail.contains(QStringLiteral("already in row 1")));
        CHECK(plan.rows.at(8).detail.contains(QStringLiteral("maybe")));
        CHECK(dialog->summary().startsWith(QStringLiteral("9 rows")));
        auto *problemsOnly = dialog->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
        problemsOnly->setChecked(true);
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("importPreview"));
        CHECK(view->model()->rowCount() == 3);
        const QString screenshots = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
        problemsOnly->setChecked(false);
        if (!screenshots.isEmpty())
            dialog->grab().save(QDir(screenshots).filePath(QStringLiteral("import-preview.png")));

        dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"))->click();
        CHECK(dialog->currentPage() == NumberImportDialog::ConfirmPage);
        CHECK(f.session->outbox()->openCount() == 0); // nothing before the confirmation
        const PriceList prices = *f.session->cache()->priceList();
        CHECK(dialog->statement().contains(
            formatMoney({prices.e911MonthlyFee.amountMinor * 5, prices.currency})));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        CHECK(!confirm->isDefault());
        auto *ack = dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
        if (ack->isVisible()) {
            CHECK(!confirm->isEnabled());
            ack->setChecked(true);
        }
        CHECK(confirm->isEnabled());
        confirm->click();
        CHECK(dialog->currentPage() == NumberImportDialog::ApplyPage);
        // The sender creates the addresses; their numbers follow once they are validated.
        QElapsedTimer timer;
        timer.start();
        while (!(dialog->runner() && dialog->runner()->isFinished()) && timer.elapsed() < 30000)
            QTest::qWait(50);
        CHECK(dialog->runner() && dialog->runner()->isFinished());
        const auto &groups = dialog->runner()->groups();
        int queued = 0;
        int failed = 0;
        for (const auto &g : groups) {
            queued += g.state == NumberImportRunner::GroupState::Queued;
            failed += g.state == NumberImportRunner::GroupState::Failed;
        }
        CHECK(queued == 2 && failed == 1);
        if (!screenshots.isEmpty())
            dialog->grab().save(QDir(screenshots).filePath(QStringLiteral("import-applied.png")));
        return QString();
    });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // The backend ends with the numbers registered where the file said, the new address once.
    QTRY_VERIFY_WITH_TIMEOUT(f.session->outbox()->openCount() == 0, 30000);
    const QJsonArray addresses = serverAddresses(tenant);
    QCOMPARE(int(addresses.size()), addressesBefore + 2); // the new one and the refused one
    QString newId;
    for (const QJsonValue &a : addresses)
        if (a[u"civic"_qs][u"postalCode"_qs].toString() == QStringLiteral("10118") &&
            a[u"civic"_qs][u"state"_qs].toString().toUpper() == QStringLiteral("NY"))
            newId = a[u"id"_qs].toString();
    QVERIFY(!newId.isEmpty());
    auto e911Of = [&](const QString &number) {
        return serverDid(tenant, number).value(QLatin1StringView("e911")).toObject();
    };
    for (const auto &[number, addressId] :
         {std::pair{n[0], existing->id}, {n[1], existing->id}, {n[2], newId}, {n[3], newId}}) {
        const QJsonObject e911 = e911Of(number);
        QVERIFY2(e911[u"state"_qs].toString() != QStringLiteral("basic"), qPrintable(number));
        QCOMPARE(e911[u"addressId"_qs].toString(), addressId);
    }
    QCOMPARE(e911Of(n[4])[u"state"_qs].toString(), QStringLiteral("basic"));
    QCOMPARE(e911Of(n[5])[u"state"_qs].toString(), QStringLiteral("basic"));

    // Once synced, the same file again: nothing left to register, no address created.
    f.session->syncEngine()->sync();
    QTRY_VERIFY_WITH_TIMEOUT(f.session->cache()->did(tenant, n[3])->e911.addressId == newId, 30000);
    const QString again = driveImportDialog(import, [&](NumberImportDialog *dialog) {
        CHECK(dialog->loadFile(path));
        CHECK(dialog->plan().count(csvimport::RowAction::NoChange) == 4);
        // The refused address exists now: its row says to correct it rather than add another.
        CHECK(dialog->plan().newAddresses() == 0);
        CHECK(dialog->plan().count(csvimport::RowAction::Register) == 0);
        CHECK(dialog->plan().rows.at(4).action == csvimport::RowAction::Refused);
        CHECK(dialog->plan().rows.at(4).detail.contains(QStringLiteral("Emergency Addresses")));
        return QString();
    });
    QVERIFY2(again.isEmpty(), qPrintable(again));
}

QTEST_MAIN(TestNumberImport)
#include "tst_number_import.moc"
