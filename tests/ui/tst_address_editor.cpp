// The emergency address editor and the address book, driven by keyboard and mouse offscreen
// over a session synced from a real dispatchable-server over TLS: a bad ZIP shows its problem
// next to the field, a pasted address fills the fields, Validate shows the differences and
// using the corrected address saves exactly that form on the server, a dragged pin is stored
// as a user_override geocode, an address in use cannot be deleted (known from the cache, and
// refused by the server), undo and redo follow the edits, and leaving with unsaved changes
// asks. With DISPATCHABLE_SCREENSHOT_DIR set, the editor is saved there as PNGs.
#include "AddressBookDialog.h"
#include "AddressEditorDialog.h"
#include "ApiTestHelpers.h"
#include "MessageBanner.h"
#include "TestBackend.h"
#include "ValidationDiffView.h"
#include "map/MapView.h"
#include "map/TileSource.h"
#include "session/AppSession.h"
#include "store/AddressUsage.h"
#include "store/Cache.h"
#include "store/Outbox.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {
constexpr int syncTimeoutMs = 60000;
constexpr int sendTimeoutMs = 20000;

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QString text(QObject *parent, const char *name)
{
    if (auto *e = parent->findChild<QLineEdit *>(QLatin1StringView(name)))
        return e->text();
    return QStringLiteral("<no %1>").arg(QLatin1StringView(name));
}

// A top-level message box of that name, once it is shown.
QMessageBox *messageBox(QWidget *parent, const char *name)
{
    auto *box = parent->findChild<QMessageBox *>(QLatin1StringView(name));
    return box && box->isVisible() ? box : nullptr;
}

void paste(AddressEditorDialog &editor, const QString &line)
{
    auto *edit = child<QLineEdit>(&editor, "pasteEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, line);
    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

class TestAddressEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void typingABadZipShowsAnInlineError();
    void pastedAddressFillsTheFields_data();
    void pastedAddressFillsTheFields();
    void pastedMistakeIsNamedOnItsField_data();
    void pastedMistakeIsNamedOnItsField();
    void zipCodeAcrossAStateLineSaves_data();
    void zipCodeAcrossAStateLineSaves();
    void validateShowsDifferencesAndUsingThemSavesTheNormalizedForm();
    void draggingThePinStoresAnOverride();
    void addressInUseCannotBeDeleted();
    void deleteRefusedByTheServerShowsItsNumbers();
    void undoAndRedoFollowTheEdits();
    void closingWithUnsavedChangesAsks();
    void auditorGetsNoEnabledEditControl();

private:
    std::unique_ptr<AppSession> makeSession(const QString &role, QTemporaryDir &dir);
    std::unique_ptr<AddressEditorDialog> openEditor(const QString &addressId = {});
    // Waits until the outbox entry reached the server; its answer's JSON.
    QJsonObject waitSent(qint64 entryId);
    bool syncNow();

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    QString m_tenant;
    QString m_usedAddress; // a valid US address numbers use
};

std::unique_ptr<AppSession> TestAddressEditor::makeSession(const QString &role, QTemporaryDir &dir)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("test-") + role;
    profile.backendUrl = m_backend.process().baseUrl();
    profile.certificateSha256 = m_backend.process().certificateFingerprint();
    auto session = std::make_unique<AppSession>(profile, m_backend.token(role), dir.path());
    QString error;
    if (!session->open(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    // No periodic sync: a test decides when the cache catches up with the server.
    session->start(3600 * 1000);
    QElapsedTimer timer;
    timer.start();
    while (!(session->hasCompletedSync() && session->isRoleKnown()) &&
           timer.elapsed() < syncTimeoutMs)
        QTest::qWait(20);
    return session->hasCompletedSync() ? std::move(session) : nullptr;
}

void TestAddressEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
    m_session = makeSession(QStringLiteral("staff"), m_dir);
    QVERIFY(m_session);
    for (const Tenant &t : m_session->cache()->tenants()) {
        for (const EmergencyAddress &a : m_session->cache()->addresses(t.id)) {
            if (a.usageDids > 0 && a.validationStatus == AddressValidationStatus::Valid &&
                a.civic.country == QLatin1String("US") && a.geocode) {
                m_tenant = t.id;
                m_usedAddress = a.id;
                break;
            }
        }
        if (!m_tenant.isEmpty())
            break;
    }
    QVERIFY2(!m_tenant.isEmpty(), "the demo data has no valid US address in use");
}

void TestAddressEditor::cleanup()
{
    // Every test leaves the outbox empty of open work, so the next one counts its own.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox()->openCount(), 0, sendTimeoutMs);
}

std::unique_ptr<AddressEditorDialog> TestAddressEditor::openEditor(const QString &addressId)
{
    auto editor = std::make_unique<AddressEditorDialog>(m_session.get(), m_tenant, addressId);
    // Tests stay off the internet: a loopback port where no tile server listens, so the map
    // draws its offline view (the map widget's own tests cover tiles).
    editor->mapView()->setTileSource(
        TileSource(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"),
                   QStringLiteral("No map tiles in tests")),
        m_dir.filePath(QStringLiteral("tiles")));
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor.get()))
        qWarning("the editor did not become active");
    return editor;
}

QJsonObject TestAddressEditor::waitSent(qint64 entryId)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < sendTimeoutMs) {
        const auto entry = m_session->outbox()->entry(entryId);
        if (entry && !entry->isOpen())
            return entry->state == OutboxState::Done
                       ? QJsonDocument::fromJson(entry->responseBody).object()
                       : QJsonObject{{QStringLiteral("failed"), entry->lastError}};
        QTest::qWait(20);
    }
    return {{QStringLiteral("failed"), QStringLiteral("timeout")}};
}

bool TestAddressEditor::syncNow()
{
    QSignalSpy settled(m_session.get(), &AppSession::syncSettled);
    m_session->syncEngine()->sync();
    return settled.wait(syncTimeoutMs);
}

void TestAddressEditor::typingABadZipShowsAnInlineError()
{
    auto editor = openEditor();
    auto *zip = child<QLineEdit>(editor.get(), "postalCodeEdit");
    auto *error = child<QLabel>(editor.get(), "postalCodeError");
    QVERIFY(zip && error);
    QVERIFY(!error->isVisible());
    zip->setFocus();
    QTest::keyClicks(zip, QStringLiteral("9805"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("⚠")) &&
                 error->text().contains(QStringLiteral("five digits")),
             qPrintable(error->text()));
    QCOMPARE(zip->accessibleDescription(), error->text().mid(2));
    // Untouched required fields do not shout while the admin is typing elsewhere.
    QVERIFY(!child<QLabel>(editor.get(), "stNameError")->isVisible());

    QTest::keyClicks(zip, QStringLiteral("2"));
    QTRY_VERIFY(!error->isVisible());
    // A ZIP code of Oregon with the state Washington.
    auto *state = child<QComboBox>(editor.get(), "stateCombo");
    const int wa = state->findData(QStringLiteral("WA"));
    state->setCurrentIndex(wa);
    emit state->activated(wa);
    QTest::keyClick(zip, Qt::Key_Backspace);
    QTest::keyClick(zip, Qt::Key_Backspace);
    QTest::keyClicks(zip, QStringLiteral("01"));
    QCOMPARE(zip->text(), QStringLiteral("98001"));
    QVERIFY(!error->isVisible());
    zip->selectAll();
    QTest::keyClicks(zip, QStringLiteral("97201"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Oregon")), qPrintable(error->text()));
    editor->undoStack()->setClean(); // nothing to ask about on close
}

void TestAddressEditor::pastedAddressFillsTheFields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("fields"); // "objectName=value"
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromUtf8(i));
        return out;
    };
    QTest::newRow("US with suite")
        << QStringLiteral("350 Fifth Avenue, Suite 3300, New York, NY 10118")
        << l({"addNumberEdit=350", "stNameEdit=Fifth", "stPosTypEdit=Avenue", "unitEdit=Suite 3300",
              "postalCommunityEdit=New York", "postalCodeEdit=10118"});
    QTest::newRow("no commas, floor and room")
        << QStringLiteral("1 Microsoft Way Bldg 92 Fl 3 Rm 3120 Redmond WA 98052-6399")
        << l({"addNumberEdit=1", "stNameEdit=Microsoft", "stPosTypEdit=Way", "buildingEdit=92",
              "floorEdit=3", "roomEdit=3120", "postalCommunityEdit=Redmond",
              "postalCodeEdit=98052-6399"});
    QTest::newRow("Canada, unit first")
        << QStringLiteral("12-345 Main St W, Toronto, ON M5V 2T6, Canada")
        << l({"unitEdit=12", "addNumberEdit=345", "stNameEdit=Main", "stPosTypEdit=St",
              "stPosDirEdit=W", "postalCommunityEdit=Toronto", "postalCodeEdit=M5V 2T6"});
}

void TestAddressEditor::pastedAddressFillsTheFields()
{
    QFETCH(QString, line);
    QFETCH(QStringList, fields);
    auto editor = openEditor();
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(editor.get(), "pasteEdit"));
    paste(*editor, line);
    for (const QString &f : std::as_const(fields)) {
        const QString name = f.section(QLatin1Char('='), 0, 0);
        QCOMPARE(text(editor.get(), name.toLatin1().constData()), f.section(QLatin1Char('='), 1));
    }
    const bool canada = line.contains(QStringLiteral("Canada"));
    auto *state = child<QComboBox>(editor.get(), "stateCombo");
    QCOMPARE(state->currentData().toString(), canada ? QStringLiteral("ON")
                                              : line.contains(QStringLiteral("NY"))
                                                  ? QStringLiteral("NY")
                                                  : QStringLiteral("WA"));
    QCOMPARE(child<QComboBox>(editor.get(), "countryCombo")->currentData().toString(),
             canada ? QStringLiteral("CA") : QStringLiteral("US"));
    // Country-aware labels: the postal code field is named for the country.
    QCOMPARE(child<QLineEdit>(editor.get(), "postalCodeEdit")->accessibleName(),
             canada ? QStringLiteral("Postal code") : QStringLiteral("ZIP code"));
    // The paste is one undo step.
    QCOMPARE(editor->undoStack()->count(), 1);
    editor->undoStack()->undo();
    QCOMPARE(text(editor.get(), "addNumberEdit"), QString());
    editor->undoStack()->setClean();
}

void TestAddressEditor::pastedMistakeIsNamedOnItsField_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("field");   // the one field with a problem
    QTest::addColumn<QString>("words");   // how its problem starts
    QTest::addColumn<QString>("state");   // what the state list shows
    QTest::addColumn<QString>("country"); // what the country list shows
    QTest::newRow("short ZIP code")
        << QStringLiteral("233 S Wacker Dr, Chicago, IL 6060") << QStringLiteral("postalCode")
        << QStringLiteral("6060 is not a ZIP code.") << QStringLiteral("IL")
        << QStringLiteral("US");
    QTest::newRow("unknown state")
        << QStringLiteral("233 S Wacker Dr, Chicago, XX 60606") << QStringLiteral("state")
        << QStringLiteral("XX is not a state or province.") << QStringLiteral("XX")
        << QStringLiteral("US");
    QTest::newRow("outside the US and Canada")
        << QStringLiteral("10 Downing Street, London SW1A 2AA, United Kingdom")
        << QStringLiteral("country")
        << QStringLiteral("Addresses outside the US and Canada cannot be registered") << QString()
        << QStringLiteral("GB");
}

// A pasted address that is partly wrong keeps what was typed and says, under the field the
// person got wrong, what is wrong with it; no other field asks for something again.
void TestAddressEditor::pastedMistakeIsNamedOnItsField()
{
    QFETCH(QString, line);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QFETCH(QString, state);
    QFETCH(QString, country);
    auto editor = openEditor();
    paste(*editor, line);
    auto *error = child<QLabel>(editor.get(), qPrintable(field + QStringLiteral("Error")));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("⚠ ") + words), qPrintable(error->text()));
    for (const char *other :
         {"addNumber", "stName", "postalCommunity", "state", "postalCode", "country"}) {
        if (field == QLatin1String(other))
            continue;
        auto *label =
            child<QLabel>(editor.get(), qPrintable(QLatin1String(other) + QStringLiteral("Error")));
        QVERIFY2(label && !label->isVisible(),
                 qPrintable(QLatin1String(other) + QStringLiteral(": ") +
                            (label ? label->text() : QString())));
    }
    QCOMPARE(child<QComboBox>(editor.get(), "stateCombo")->currentData().toString(), state);
    auto *countryCombo = child<QComboBox>(editor.get(), "countryCombo");
    QCOMPARE(countryCombo->currentData().toString(), country);
    if (country == QLatin1String("GB"))
        QCOMPARE(countryCombo->currentText(), QStringLiteral("United Kingdom (GB)"));
    // The field at fault has the keyboard, and a screen reader reads the problem with it.
    QWidget *faulty = child<QLineEdit>(editor.get(), "postalCodeEdit");
    if (field == QLatin1String("state"))
        faulty = child<QComboBox>(editor.get(), "stateCombo");
    else if (field == QLatin1String("country"))
        faulty = countryCombo;
    QTRY_COMPARE(QApplication::focusWidget(), faulty);
    QCOMPARE(faulty->accessibleDescription(), error->text().mid(2));
    saveScreenshot(editor.get(), QStringLiteral("address-paste-%1.png").arg(field));
    editor->undoStack()->setClean();
}

void TestAddressEditor::zipCodeAcrossAStateLineSaves_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("Fishers Island NY, 063 is CT's")
        << QStringLiteral("1 Equestrian Ave, Suite 1, Fishers Island, NY 06390");
    QTest::newRow("Texhoma TX, 739 is OK's")
        << QStringLiteral("1 Main St, Suite 1, Texhoma, TX 73960");
    QTest::newRow("Alta WY, 834 is ID's") << QStringLiteral("1 Main St, Suite 1, Alta, WY 83414");
    QTest::newRow("DHS MD, 205 is DC's")
        << QStringLiteral("1 Main St, Suite 1, Washington, MD 20588");
    QTest::newRow("DHS VA, 205 is DC's")
        << QStringLiteral("1 Main St, Suite 1, Washington, VA 20598");
}

// ZIP codes whose first three digits belong to another state: the editor accepts them as the
// backend does, and the address is stored valid.
void TestAddressEditor::zipCodeAcrossAStateLineSaves()
{
    QFETCH(QString, line);
    auto editor = openEditor();
    paste(*editor, line);
    QVERIFY2(!child<QLabel>(editor.get(), "postalCodeError")->isVisible(),
             qPrintable(child<QLabel>(editor.get(), "postalCodeError")->text()));
    QTest::keyClick(editor.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible(), sendTimeoutMs);
    QVERIFY(editor->savedEntryId() > 0);
    const QJsonObject created = waitSent(editor->savedEntryId());
    QVERIFY2(created.contains(QStringLiteral("id")), QJsonDocument(created).toJson());
    const TestReply stored =
        m_backend.get(api::addressPath(m_tenant, created.value(QStringLiteral("id")).toString()),
                      m_backend.token(QStringLiteral("staff")));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json()
                 .value(QStringLiteral("validation"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("valid"));
}

void TestAddressEditor::validateShowsDifferencesAndUsingThemSavesTheNormalizedForm()
{
    auto editor = openEditor();
    paste(*editor, QStringLiteral("Contoso Ltd, 1 microsoft way suite 300, redmond, wa 98052"));
    QCOMPARE(text(editor.get(), "companyNameEdit"), QStringLiteral("Contoso Ltd"));
    QTest::mouseClick(child<QPushButton>(editor.get(), "validateButton"), Qt::LeftButton);
    auto *diff = child<ValidationDiffView>(editor.get(), "validationView");
    QTRY_VERIFY_WITH_TIMEOUT(diff->hasReply(), sendTimeoutMs);
    auto *table = child<QTableWidget>(editor.get(), "validationDiff");
    QHash<QString, QStringList> rows; // field → mark, typed, normalized
    for (int r = 0; r < table->rowCount(); ++r)
        rows.insert(
            table->item(r, 1)->data(Qt::UserRole).toString(),
            {table->item(r, 0)->text(), table->item(r, 2)->text(), table->item(r, 3)->text()});
    QCOMPARE(rows.value(QStringLiteral("stName")),
             QStringList({QStringLiteral("≠ Changed"), QStringLiteral("microsoft"),
                          QStringLiteral("MICROSOFT")}));
    QCOMPARE(rows.value(QStringLiteral("unit")).value(2), QStringLiteral("STE 300"));
    QCOMPARE(rows.value(QStringLiteral("addNumber")).value(0), QStringLiteral("= Same"));
    QVERIFY(diff->changedCount() >= 4);
    const QString verdict = child<QLabel>(editor.get(), "validationVerdict")->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("✓")), qPrintable(verdict));
    saveScreenshot(editor.get(), QStringLiteral("address-validation-diff.png"));

    QPushButton *use = child<QPushButton>(editor.get(), "useNormalizedButton");
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(text(editor.get(), "stNameEdit"), QStringLiteral("MICROSOFT"));
    QCOMPARE(text(editor.get(), "unitEdit"), QStringLiteral("STE 300"));
    QCOMPARE(diff->changedCount(), 0);
    QVERIFY(!use->isEnabled());
    const CivicAddress normalized = editor->draft().civic;

    QTest::keyClick(editor.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isVisible());
    QVERIFY(editor->savedEntryId() > 0);
    const QJsonObject created = waitSent(editor->savedEntryId());
    QVERIFY2(created.contains(QStringLiteral("id")), QJsonDocument(created).toJson());
    const TestReply stored =
        m_backend.get(api::addressPath(m_tenant, created.value(QStringLiteral("id")).toString()),
                      m_backend.token(QStringLiteral("staff")));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json().value(QStringLiteral("civic")).toObject(), normalized.toJson());
    QCOMPARE(stored.json().value(QStringLiteral("companyName")).toString(),
             QStringLiteral("Contoso Ltd"));
    QCOMPARE(stored.json()
                 .value(QStringLiteral("validation"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("valid"));
}

void TestAddressEditor::draggingThePinStoresAnOverride()
{
    const QString token = m_backend.token(QStringLiteral("staff"));
    const TestReply created = api::createAddress(m_backend, token, m_tenant);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(syncNow());
    QVERIFY(m_session->cache()->address(id).has_value());

    auto editor = openEditor(id);
    MapView *map = editor->mapView();
    QVERIFY(map->geocode().isValid());
    const QPointF tip = map->pixelOf(map->shownPin());
    const QPoint press = (tip - QPointF(0, 10)).toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, press);
    QTest::mouseMove(map, press + QPoint(40, 25));
    QTest::mouseRelease(map, Qt::LeftButton, {}, press + QPoint(40, 25));
    QTRY_VERIFY(editor->draft().pinOverride.isValid());
    const QGeoCoordinate pin = editor->draft().pinOverride;
    QVERIFY(pin.distanceTo(map->geocode()) > 10);
    QVERIFY(editor->isDirty());
    QCOMPARE(editor->undoStack()->undoText(), QStringLiteral("Move the pin"));

    QVERIFY(editor->save());
    const QJsonObject answer = waitSent(editor->savedEntryId());
    const QJsonObject geocode = answer.value(QStringLiteral("validation"))
                                    .toObject()
                                    .value(QStringLiteral("geocode"))
                                    .toObject();
    QVERIFY2(!geocode.isEmpty(), QJsonDocument(answer).toJson());
    QCOMPARE(geocode.value(QStringLiteral("precision")).toString(),
             QStringLiteral("user_override"));
    QVERIFY(qAbs(geocode.value(QStringLiteral("latitude")).toDouble() - pin.latitude()) < 1e-6);
    QVERIFY(qAbs(geocode.value(QStringLiteral("longitude")).toDouble() - pin.longitude()) < 1e-6);
}

void TestAddressEditor::addressInUseCannotBeDeleted()
{
    {
        // The editor of an address in use lists its numbers and what an edit does to them.
        auto editor = openEditor(m_usedAddress);
        const qint64 used = AddressUsage(m_session->cache()).count(m_usedAddress);
        QVERIFY(used > 0);
        QVERIFY(child<QListWidget>(editor.get(), "usageList")->count() > 0);
        const QString usage = child<QLabel>(editor.get(), "usageText")->text();
        QVERIFY2(usage.contains(QStringLiteral("fee stays the same")), qPrintable(usage));
        saveScreenshot(editor.get(), QStringLiteral("address-editor.png"));
    }
    AddressBookDialog book(m_session.get(), m_tenant);
    book.show();
    QVERIFY(book.selectAddress(m_usedAddress));
    const int before = m_session->outbox()->entries().size();
    QTest::mouseClick(child<QPushButton>(&book, "deleteAddressButton"), Qt::LeftButton);
    QMessageBox *refused = nullptr;
    QTRY_VERIFY((refused = messageBox(&book, "addressInUseMessage")));
    // The numbers are listed, in their national format, from the offline copy.
    const QList<AddressUser> users = AddressUsage(m_session->cache()).users(m_usedAddress, 1);
    QCOMPARE(users.size(), 1);
    QVERIFY2(refused->informativeText().contains(users.first().national),
             qPrintable(refused->informativeText()));
    QCOMPARE(m_session->outbox()->entries().size(), before); // nothing was sent
    refused->close();
    QVERIFY(!messageBox(&book, "confirmDeletePrompt"));
}

void TestAddressEditor::deleteRefusedByTheServerShowsItsNumbers()
{
    // An address the cache believes unused, which the server has just given a number.
    const QString token = m_backend.token(QStringLiteral("staff"));
    const TestReply created = api::createAddress(m_backend, token, m_tenant);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(syncNow());
    const QStringList numbers = api::basicUsNumbers(m_backend, m_tenant, token);
    QVERIFY(!numbers.isEmpty());
    const QString number = numbers.first();
    const TestReply did = m_backend.get(api::didPath(m_tenant, number), token);
    const TestReply enabled = api::putE911(m_backend, token, m_tenant, number, api::enableBody(id),
                                           did.header("etag"), api::newIdempotencyKey());
    QVERIFY2(enabled.status == 202, api::describe(enabled));

    AddressBookDialog book(m_session.get(), m_tenant);
    book.show();
    QVERIFY(book.selectAddress(id));
    QTest::mouseClick(child<QPushButton>(&book, "deleteAddressButton"), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = messageBox(&book, "confirmDeletePrompt")));
    QVERIFY(confirm->defaultButton() != child<QPushButton>(confirm, "confirmDeleteButton"));
    QTest::mouseClick(child<QPushButton>(confirm, "confirmDeleteButton"), Qt::LeftButton);
    QMessageBox *refused = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((refused = messageBox(&book, "addressInUseMessage")), sendTimeoutMs);
    QVERIFY2(refused->informativeText().contains(number), qPrintable(refused->informativeText()));
    QCOMPARE(m_backend.get(api::addressPath(m_tenant, id), token).status, 200);
    refused->close();
}

void TestAddressEditor::undoAndRedoFollowTheEdits()
{
    auto editor = openEditor();
    auto *street = child<QLineEdit>(editor.get(), "stNameEdit");
    auto *city = child<QLineEdit>(editor.get(), "postalCommunityEdit");
    street->setFocus();
    QTest::keyClicks(street, QStringLiteral("Main"));
    QCOMPARE(editor->undoStack()->count(), 1); // four keystrokes, one step
    city->setFocus();
    QTest::keyClicks(city, QStringLiteral("Redmond"));
    QCOMPARE(editor->undoStack()->count(), 2);
    QVERIFY(editor->isDirty());
    QVERIFY(editor->windowTitle().endsWith(QLatin1Char('*')));

    QTest::keyClick(city, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(city->text(), QString());
    QCOMPARE(street->text(), QStringLiteral("Main"));
    QTest::keyClick(city, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(street->text(), QString());
    QVERIFY(!editor->isDirty());
    QTest::keyClick(city, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(street->text(), QStringLiteral("Main"));
    QTest::keyClick(city, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(city->text(), QStringLiteral("Redmond"));
    QCOMPARE(editor->draft().civic.postalCommunity, QStringLiteral("Redmond"));
    editor->undoStack()->setClean();
}

void TestAddressEditor::closingWithUnsavedChangesAsks()
{
    const int before = m_session->outbox()->entries().size();
    auto editor = openEditor();
    auto *street = child<QLineEdit>(editor.get(), "stNameEdit");
    street->setFocus();
    QTest::keyClicks(street, QStringLiteral("Main"));

    // Cancel keeps the editor and the edit.
    QTest::keyClick(editor.get(), Qt::Key_Escape);
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = messageBox(editor.get(), "unsavedChangesPrompt")));
    QCOMPARE(prompt->defaultButton(), prompt->button(QMessageBox::Cancel));
    QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!messageBox(editor.get(), "unsavedChangesPrompt"));
    QVERIFY(editor->isVisible());
    QCOMPARE(street->text(), QStringLiteral("Main"));

    // Discard closes without queuing anything.
    QVERIFY(editor->close() == false);
    QTRY_VERIFY((prompt = messageBox(editor.get(), "unsavedChangesPrompt")));
    QTest::mouseClick(prompt->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(m_session->outbox()->entries().size(), before);

    // Save from the prompt with a problem to fix keeps the editor open.
    auto second = openEditor();
    QTest::keyClicks(child<QLineEdit>(second.get(), "stNameEdit"), QStringLiteral("Main"));
    second->reject();
    QTRY_VERIFY((prompt = messageBox(second.get(), "unsavedChangesPrompt")));
    QTest::mouseClick(prompt->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!messageBox(second.get(), "unsavedChangesPrompt"));
    QVERIFY(second->isVisible());
    QVERIFY(child<QLabel>(second.get(), "addNumberError")->isVisible());
    QCOMPARE(m_session->outbox()->entries().size(), before);
    second->undoStack()->setClean();
}

void TestAddressEditor::auditorGetsNoEnabledEditControl()
{
    QTemporaryDir dir;
    auto auditor = makeSession(QStringLiteral("auditor"), dir);
    QVERIFY(auditor);
    AddressBookDialog book(auditor.get(), m_tenant);
    book.show();
    QVERIFY(child<MessageBanner>(&book, "readOnlyBanner")->isVisible());
    QVERIFY(book.selectAddress(m_usedAddress));
    for (const char *name : {"newAddressButton", "deleteAddressButton"}) {
        auto *b = child<QPushButton>(&book, name);
        QVERIFY2(!b->isVisible() || !b->isEnabled(), name);
    }
    QTest::mouseClick(child<QPushButton>(&book, "editAddressButton"), Qt::LeftButton);
    QTRY_VERIFY(book.editor() && book.editor()->isVisible());
    AddressEditorDialog *editor = book.editor();
    QVERIFY(editor->isReadOnly());
    for (QLineEdit *e : editor->findChildren<QLineEdit *>())
        QVERIFY2(e->isReadOnly() || !e->isEnabled(), qPrintable(e->objectName()));
    for (QComboBox *c : editor->findChildren<QComboBox *>())
        QVERIFY2(!c->isEnabled(), qPrintable(c->objectName()));
    QVERIFY(!child<QPushButton>(editor, "saveButton")->isEnabled());
    QVERIFY(!editor->mapView()->isEditable());
    editor->close();
}

QTEST_MAIN(TestAddressEditor)
#include "tst_address_editor.moc"
