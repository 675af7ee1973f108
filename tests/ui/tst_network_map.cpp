// The network map, the places of an address and the 933 checklist on the real main window and
// a real dispatchable-server over TLS: search the demo map, add a place and an element through
// the dialogs and find them on the server, import a CSV whose bad rows the dry run lists and
// apply only the good ones, see an element on an unvalidated address flagged and overlapping
// subnets reported on both sides, record a 933 test
// and see an address edit make the place untested again.
// With DISPATCHABLE_SCREENSHOT_DIR set, the windows are saved there as PNGs.
#include "AccessibilityWalker.h"
#include "AddressEditorDialog.h"
#include "ApiTestHelpers.h"
#include "LisWiring.h"
#include "MainWindowFixture.h"
#include "NetworkElementDialog.h"
#include "NetworkImportDialog.h"
#include "NetworkMapWindow.h"
#include "PlaceEditor.h"
#include "TeamsScriptExport.h"
#include "TenantListPane.h"
#include "TestCallChecklistDialog.h"
#include "TestCallRecordDialog.h"
#include "lis/NetworkImportPlan.h"
#include "models/NetworkTableModel.h"
#include "models/NetworkTreeModel.h"
#include "models/TestChecklistModel.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace {
using Fixture = MainWindowFixture;
constexpr int serverTimeoutMs = 20000;

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

// Runs `answer` on the next modal dialog of type T once `trigger` opened it.
template <typename T>
bool answerModal(const std::function<void()> &trigger, const std::function<void(T *)> &answer)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll.stop();
            answered = true;
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject(); // a failed answer must not hang the test
        }
    });
    poll.start();
    trigger();
    return answered;
}

QStringList serverIdentifiers(TestBackend &backend, const QString &token, const QString &tenant)
{
    QStringList ids;
    const QJsonArray items = api::listAll(
        backend, QStringLiteral("/v1/tenants/%1/network-elements?limit=1000").arg(tenant), token);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        ids.append(o.value(QStringLiteral("subnet")).toString() +
                   o.value(QStringLiteral("bssid")).toString() +
                   o.value(QStringLiteral("chassisId")).toString());
    }
    return ids;
}

TestReply postJson(TestBackend &backend, const QString &token, const QString &path,
                   const QJsonObject &body)
{
    return backend.sendJson("POST", path, token, body,
                            {{"Idempotency-Key", api::newIdempotencyKey().toLatin1()}});
}
} // namespace

class TestNetworkMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoMapOpensAndSearches();
    void placeAndElementCreatedThroughTheDialogs();
    void csvImportRefusesBadRowsAndAppliesGoodOnes();
    void elementOnUnvalidatedAddressIsFlagged();
    void overlappingSubnetsAreReported();
    void testCallRecordedThenAddressEditMakesItUntested();
    void everyWindowPassesTheKeyboardWalk();
    void auditorsReadOnly();

private:
    bool open(Fixture &f, const QString &role = QStringLiteral("staff"));
    // The first tenant whose cached map has elements; selects it in the window.
    QString selectTenantWithMap(Fixture &f);
    // Syncs until `done` holds or the time is up.
    static bool syncUntil(Fixture &f, const std::function<bool()> &done);
    NetworkMapWindow *openMap(Fixture &f);

    TestBackend m_backend;
};

void TestNetworkMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
}

bool TestNetworkMap::open(Fixture &f, const QString &role)
{
    if (!f.open(m_backend, role, Fixture::Dialogs::None))
        return false;
    connectLisDialogs(*f.window, *f.session);
    return true;
}

QString TestNetworkMap::selectTenantWithMap(Fixture &f)
{
    for (const Tenant &t : f.session->cache()->tenants())
        if (!f.session->cache()->networkElements(t.id).isEmpty() &&
            !f.session->cache()->places(t.id).isEmpty()) {
            f.window->tenantPane()->selectTenant(t.id);
            return t.id;
        }
    return {};
}

bool TestNetworkMap::syncUntil(Fixture &f, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < serverTimeoutMs) {
        f.session->syncEngine()->sync();
        QTest::qWait(300);
    }
    return done();
}

NetworkMapWindow *TestNetworkMap::openMap(Fixture &f)
{
    f.find<QAction>(QStringLiteral("networkMapAction"))->trigger();
    auto *map = f.window->findChild<NetworkMapWindow *>();
    if (map && !QTest::qWaitForWindowExposed(map))
        return nullptr;
    return map;
}

void TestNetworkMap::demoMapOpensAndSearches()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY2(!tenant.isEmpty(), "the demo data has no tenant with a network map");
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    NetworkTableModel *table = map->tableModel();
    const int all = table->rowCount();
    QCOMPARE(all, int(f.session->cache()->networkElements(tenant).size()));
    QVERIFY(map->treeModel()->rowCount() > 0);
    saveScreenshot(map, QStringLiteral("network-map.png"));
    // The 933 checklist of the same demo tenant, before any test here wrote to the server.
    f.find<QAction>(QStringLiteral("testCallsAction"))->trigger();
    auto *checklist = f.window->findChild<TestCallChecklistDialog *>();
    QVERIFY(checklist);
    QVERIFY(checklist->model()->rowCount() > 0);
    saveScreenshot(checklist, QStringLiteral("test-call-checklist.png"));
    checklist->close();

    // Ctrl+F reaches the search; a subnet's first octets narrow the table to matching rows.
    QTest::keyClick(map, Qt::Key_F, Qt::ControlModifier);
    auto *search = map->findChild<QLineEdit *>(QStringLiteral("networkSearch"));
    QTRY_VERIFY(search->hasFocus());
    const NetworkElement &probe = *table->element(0);
    const QString needle = probe.identifier().left(6);
    QTest::keyClicks(search, needle);
    QVERIFY(table->rowCount() >= 1);
    QVERIFY(table->rowCount() <= all);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString hay =
            QStringList{table->index(row, NetworkTableModel::IdentifierColumn).data().toString(),
                        table->index(row, NetworkTableModel::DescriptionColumn).data().toString(),
                        table->index(row, NetworkTableModel::PlaceColumn).data().toString(),
                        table->index(row, NetworkTableModel::AddressColumn).data().toString()}
                .join(QLatin1Char(' '));
        QVERIFY2(hay.contains(needle, Qt::CaseInsensitive), qPrintable(hay));
    }
    search->clear();
    QCOMPARE(table->rowCount(), all);
    search->setText(QStringLiteral("no such element anywhere"));
    QCOMPARE(table->rowCount(), 0);

    // "Export Teams Script…" writes the map as quoted literals.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("teams.ps1"));
    QString error;
    QVERIFY2(teamsscriptexport::write(*f.session->cache(), tenant, path, &error),
             qPrintable(error));
    QFile script(path);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY(text.contains(QStringLiteral("Set-CsOnlineLis")));
    for (const NetworkElement &e : f.session->cache()->networkElements(tenant))
        if (e.kind == NetworkElementKind::Subnet) {
            QVERIFY2(text.contains(
                         QString(QLatin1Char('\'') + e.subnet.section(QLatin1Char('/'), 0, 0))),
                     qPrintable(e.subnet));
            break;
        }
}

void TestNetworkMap::placeAndElementCreatedThroughTheDialogs()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    QString addressId;
    for (const EmergencyAddress &a : f.session->cache()->addresses(tenant))
        if (a.validationStatus == AddressValidationStatus::Valid)
            addressId = a.id;
    QVERIFY(!addressId.isEmpty());

    // A place, through the address editor's place list.
    const QString building =
        QStringLiteral("Annex %1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    {
        AddressEditorDialog editor(f.session.get(), tenant, addressId, f.window.get());
        editor.show();
        auto *places = editor.findChild<PlaceEditor *>();
        QVERIFY(places);
        auto *add = places->findChild<QPushButton *>(QStringLiteral("addPlaceButton"));
        QVERIFY(add->isEnabled());
        QVERIFY(answerModal<QDialog>(
            [add] { QTest::mouseClick(add, Qt::LeftButton); },
            [&](QDialog *form) {
                QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("buildingEdit")),
                                 building);
                QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("floorEdit")),
                                 QStringLiteral("Floor 2"));
                QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("savePlaceButton")),
                                  Qt::LeftButton);
            }));
        QString placeId;
        QVERIFY2(syncUntil(f,
                           [&] {
                               for (const Place &p : places->places())
                                   if (p.building == building)
                                       placeId = p.id;
                               return !placeId.isEmpty();
                           }),
                 "the new place never came back from the server");
        editor.reject();
    }

    // An element in that place, through the network map.
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    QVERIFY(answerModal<NetworkElementDialog>(
        [map] { map->addAction()->trigger(); },
        [&](NetworkElementDialog *dialog) {
            auto *place = dialog->findChild<QComboBox *>(QStringLiteral("placeCombo"));
            for (int i = 0; i < place->count(); ++i)
                if (place->itemText(i).startsWith(building))
                    place->setCurrentIndex(i);
            auto *subnet = dialog->findChild<QLineEdit *>(QStringLiteral("subnetEdit"));
            QTest::keyClicks(subnet, QStringLiteral("10.250.7.77/24"));
            // Inline validation shows what will be stored.
            QVERIFY(dialog->element().subnet == QLatin1String("10.250.7.0/24"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                             QStringLiteral("Annex Wi-Fi clients"));
            QVERIFY(dialog->save());
        }));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return serverIdentifiers(m_backend, m_backend.token(QStringLiteral("staff")),
                                              tenant)
                         .contains(QStringLiteral("10.250.7.0/24"));
                 },
                 serverTimeoutMs),
             "the element never reached the server");
    // …and, after sync, in the window's table.
    auto shown = [map] {
        NetworkTableModel *t = map->tableModel();
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->element(r)->subnet == QLatin1String("10.250.7.0/24"))
                return true;
        return false;
    };
    QVERIFY(syncUntil(f, shown));
}

void TestNetworkMap::csvImportRefusesBadRowsAndAppliesGoodOnes()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    // An existing place, named by its id in Teams' export form (LocationId).
    const Place place = f.session->cache()->places(tenant).constFirst();
    const QByteArray csv = QStringLiteral("Subnet,Description,LocationId\n"
                                          "10.240.1.0/24,Good one,%1\n"
                                          "10.240.300.0/24,Bad address,%1\n"
                                          "10.240.2.9/24,Good two,%1\n"
                                          "10.240.3.0/24,Nowhere,no-such-place\n")
                               .arg(place.id)
                               .toUtf8();
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    NetworkImportDialog dialog(f.session.get(), tenant, map);
    dialog.show();
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("campus-subnets.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QVERIFY(dialog.loadFile(file.fileName()));
    const csvimport::NetworkImportPlan &plan = dialog.plan();
    QCOMPARE(plan.rows.size(), 4);
    QCOMPARE(plan.rows.at(0).action, csvimport::NetworkRowAction::Create);
    QCOMPARE(plan.rows.at(1).action, csvimport::NetworkRowAction::Refused);
    QVERIFY(!plan.rows.at(1).reasons.isEmpty());
    QCOMPARE(plan.rows.at(2).action, csvimport::NetworkRowAction::Create);
    QCOMPARE(plan.rows.at(2).element.subnet, QStringLiteral("10.240.2.0/24"));
    QCOMPARE(plan.rows.at(3).action, csvimport::NetworkRowAction::Refused);
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->model()->rowCount(), 4);
    QVERIFY(preview->model()->index(1, 1).data().toString().contains(QStringLiteral("✖")));
    QVERIFY(!preview->model()->index(3, 3).data().toString().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("network-map-import.png"));

    QVERIFY(dialog.apply());
    const QString staff = m_backend.token(QStringLiteral("staff"));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QStringList ids = serverIdentifiers(m_backend, staff, tenant);
                     return ids.contains(QStringLiteral("10.240.1.0/24")) &&
                            ids.contains(QStringLiteral("10.240.2.0/24"));
                 },
                 serverTimeoutMs),
             "the good rows never reached the server");
    const QStringList ids = serverIdentifiers(m_backend, staff, tenant);
    QVERIFY(!ids.contains(QStringLiteral("10.240.3.0/24")));
    for (const QString &id : ids)
        QVERIFY2(!id.startsWith(QStringLiteral("10.240.300")), qPrintable(id));
}

void TestNetworkMap::elementOnUnvalidatedAddressIsFlagged()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    const QString staff = m_backend.token(QStringLiteral("staff"));
    // An address the validator refuses (the ZIP code is not in the state), a place in it and a
    // subnet there, straight on the server.
    QJsonObject civic = api::validCivic();
    civic.insert(QStringLiteral("state"), QStringLiteral("TX"));
    const TestReply address = api::createAddress(m_backend, staff, tenant, civic);
    QVERIFY2(address.status == 201, api::describe(address).constData());
    const QString addressId = address.json().value(QStringLiteral("id")).toString();
    const TestReply place =
        postJson(m_backend, staff, QStringLiteral("/v1/tenants/%1/places").arg(tenant),
                 {{QStringLiteral("addressId"), addressId},
                  {QStringLiteral("building"), QStringLiteral("Depot")}});
    QVERIFY2(place.status == 201, api::describe(place).constData());
    const TestReply element =
        postJson(m_backend, staff, QStringLiteral("/v1/tenants/%1/network-elements").arg(tenant),
                 {{QStringLiteral("kind"), QStringLiteral("subnet")},
                  {QStringLiteral("placeId"), place.json().value(QStringLiteral("id")).toString()},
                  {QStringLiteral("subnet"), QStringLiteral("10.230.0.0/24")},
                  {QStringLiteral("description"), QStringLiteral("Depot office")}});
    QVERIFY2(element.status == 201, api::describe(element).constData());
    const QString elementId = element.json().value(QStringLiteral("id")).toString();

    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    NetworkTableModel *table = map->tableModel();
    QVERIFY(syncUntil(f, [&] { return table->rowOf(elementId) >= 0; }));
    const int row = table->rowOf(elementId);
    const QString flags = table->index(row, NetworkTableModel::FlagsColumn).data().toString();
    QVERIFY2(flags.startsWith(QStringLiteral("✖ ")), qPrintable(flags));
    QVERIFY2(flags.contains(QStringLiteral("Address")), qPrintable(flags));
    QVERIFY(table->index(row, 0).data(NetworkTableModel::FlaggedRole).toBool());
    // A subnet in a validated place carries no such flag.
    for (int r = 0; r < table->rowCount(); ++r) {
        const NetworkElement *e = table->element(r);
        const EmergencyAddress *a = table->snapshot()->addressOfPlace(e->placeId);
        if (a && a->validationStatus == AddressValidationStatus::Valid)
            QVERIFY(!table->index(r, NetworkTableModel::FlagsColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("✖")));
    }
}

void TestNetworkMap::overlappingSubnetsAreReported()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    const QString placeId = f.session->cache()->places(tenant).constFirst().id;
    const QString staff = m_backend.token(QStringLiteral("staff"));
    // The server accepts overlapping subnets (Teams does too: the narrower one wins); the map
    // must report them on both sides so the admin sees which place a caller will get.
    QStringList ids;
    for (const QString &subnet :
         {QStringLiteral("10.231.0.0/16"), QStringLiteral("10.231.4.0/24")}) {
        const TestReply reply = postJson(
            m_backend, staff, QStringLiteral("/v1/tenants/%1/network-elements").arg(tenant),
            {{QStringLiteral("kind"), QStringLiteral("subnet")},
             {QStringLiteral("placeId"), placeId},
             {QStringLiteral("subnet"), subnet}});
        QVERIFY2(reply.status == 201, api::describe(reply).constData());
        ids.append(reply.json().value(QStringLiteral("id")).toString());
    }
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    NetworkTableModel *table = map->tableModel();
    QVERIFY(syncUntil(f, [&] { return table->rowOf(ids[0]) >= 0 && table->rowOf(ids[1]) >= 0; }));
    const auto flagsOf = [&](const QString &id) {
        return table->index(table->rowOf(id), NetworkTableModel::FlagsColumn).data().toString();
    };
    QVERIFY2(flagsOf(ids[0]).contains(QStringLiteral("⚠ Contains 10.231.4.0/24")),
             qPrintable(flagsOf(ids[0])));
    QVERIFY2(flagsOf(ids[1]).contains(QStringLiteral("⚠ Inside 10.231.0.0/16")),
             qPrintable(flagsOf(ids[1])));
    QVERIFY(table->index(table->rowOf(ids[1]), 0).data(NetworkTableModel::FlaggedRole).toBool());
}

void TestNetworkMap::testCallRecordedThenAddressEditMakesItUntested()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    f.find<QAction>(QStringLiteral("testCallsAction"))->trigger();
    auto *checklist = f.window->findChild<TestCallChecklistDialog *>();
    QVERIFY(checklist);
    TestChecklistModel *model = checklist->model();
    QVERIFY(model->rowCount() > 0);

    // The first untested place with a validated address.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const CoverageItem &item = model->item(r);
        const auto address = f.session->cache()->address(item.addressId);
        if (item.subject == CoverageItem::Subject::Place && !item.isTested() && address &&
            address->validationStatus == AddressValidationStatus::Valid)
            row = r;
    }
    QVERIFY2(row >= 0, "no untested place at a validated address");
    const QString placeId = model->item(row).id;
    const QString addressId = model->item(row).addressId;
    checklist->view()->setCurrentIndex(model->index(row, 0));
    QVERIFY(answerModal<TestCallRecordDialog>(
        [checklist] { checklist->recordTestCall(); },
        [&](TestCallRecordDialog *dialog) {
            // The read-back starts as the address on record, for comparison while listening.
            QVERIFY(!dialog->readBackEdit()->toPlainText().isEmpty());
            QVERIFY(!dialog->record()); // neither pass nor fail chosen yet
            dialog->calledByEdit()->setText(QStringLiteral("Grace Hopper"));
            dialog->passButton()->setChecked(true);
            QVERIFY(dialog->record());
        }));
    auto stateOf = [&] {
        const int r = model->rowOf(CoverageItem::Subject::Place, placeId);
        return r < 0 ? CoverageState::NeverTested : model->item(r).state;
    };
    QVERIFY2(syncUntil(f, [&] { return stateOf() == CoverageState::Tested; }),
             "the recorded test call never made the place tested");
    QCOMPARE(model
                 ->index(model->rowOf(CoverageItem::Subject::Place, placeId),
                         TestChecklistModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("✔ Tested"));

    // An edit of the address (a new location note) makes the place untested again.
    const QString staff = m_backend.token(QStringLiteral("staff"));
    const TestReply current = m_backend.get(api::addressPath(tenant, addressId), staff);
    QVERIFY2(current.status == 200, api::describe(current).constData());
    QJsonObject body;
    body.insert(QStringLiteral("companyName"), current.json().value(QStringLiteral("companyName")));
    body.insert(QStringLiteral("civic"), current.json().value(QStringLiteral("civic")));
    body.insert(QStringLiteral("locationNote"), QStringLiteral("Reception moved to the east door"));
    const TestReply put = m_backend.sendJson("PUT", api::addressPath(tenant, addressId), staff,
                                             body, {{"If-Match", current.header("etag")}});
    QVERIFY2(put.status == 200, api::describe(put).constData());
    QVERIFY2(syncUntil(f, [&] { return stateOf() == CoverageState::AddressChanged; }),
             "the address edit never made the place untested");
    QVERIFY(!model->item(model->rowOf(CoverageItem::Subject::Place, placeId)).isTested());
}

void TestNetworkMap::everyWindowPassesTheKeyboardWalk()
{
    Fixture f;
    QVERIFY(open(f));
    const QString tenant = selectTenantWithMap(f);
    QVERIFY(!tenant.isEmpty());
    QStringList findings;
    auto walk = [&findings](QWidget *w) {
        const a11y::WalkResult result = a11y::walk(w);
        QVERIFY(result.interactive > 0);
        findings += result.findings;
    };
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    walk(map);
    QVERIFY(answerModal<NetworkElementDialog>([map] { map->addAction()->trigger(); },
                                              [&](NetworkElementDialog *d) { walk(d); }));
    NetworkImportDialog import(f.session.get(), tenant, map);
    import.show();
    walk(&import);
    import.close();
    f.find<QAction>(QStringLiteral("testCallsAction"))->trigger();
    auto *checklist = f.window->findChild<TestCallChecklistDialog *>();
    QVERIFY(checklist);
    walk(checklist);
    QVERIFY(answerModal<TestCallRecordDialog>([checklist] { checklist->recordTestCall(); },
                                              [&](TestCallRecordDialog *d) { walk(d); }));
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestNetworkMap::auditorsReadOnly()
{
    Fixture f;
    QVERIFY(open(f, QStringLiteral("auditor")));
    QTRY_VERIFY(f.session->isRoleKnown());
    QVERIFY(!f.session->canWrite());
    QVERIFY(!selectTenantWithMap(f).isEmpty());
    NetworkMapWindow *map = openMap(f);
    QVERIFY(map);
    QVERIFY(map->findChild<QWidget *>(QStringLiteral("readOnlyBanner")));
    QVERIFY(!map->addAction()->isEnabled());
    QVERIFY(!map->importAction()->isEnabled());
    map->selectElement(map->tableModel()->snapshot()->elements.constFirst().id);
    QVERIFY(!map->deleteAction()->isEnabled());
    QVERIFY(map->exportScriptAction()->isEnabled()); // reading is allowed
    f.find<QAction>(QStringLiteral("testCallsAction"))->trigger();
    auto *checklist = f.window->findChild<TestCallChecklistDialog *>();
    QVERIFY(checklist);
    QVERIFY(!checklist->findChild<QPushButton *>(QStringLiteral("recordButton"))->isEnabled());
}

QTEST_MAIN(TestNetworkMap)
#include "tst_network_map.moc"
