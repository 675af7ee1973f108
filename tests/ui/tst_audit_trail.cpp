// The audit trail view against dispatchable-server over TLS, offscreen: after changes made
// through the API, the view lists them with who, what, from what to what and why; each filter,
// set through the filter bar, leaves exactly the entries the server lists for it; more entries
// load as the table scrolls; rows copy as text.
#include "ApiTestHelpers.h"
#include "AuditFilterBar.h"
#include "AuditTrailDialog.h"
#include "AuditTrailView.h"
#include "audit/AuditLogModel.h"
#include "session/AppSession.h"
#include "tst_audit_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
// Loads every page the view can still fetch and returns the ids it shows, in order.
QStringList shownIds(AuditTrailView *view)
{
    AuditLogModel *model = view->model();
    if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 20000))
        return {QStringLiteral("timeout")};
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 20000))
            return {QStringLiteral("timeout")};
    }
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->entry(row).id);
    return ids;
}

int rowOf(AuditLogModel *model, const QString &action, const QString &target)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).action == action && model->entry(row).target == target)
            return row;
    }
    return -1;
}
} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheChangeWithActorActionBeforeAfterAndReason();
    void eachFilterNarrowsAsTheServerSays_data();
    void eachFilterNarrowsAsTheServerSays();
    void scrollingLoadsOlderEntries();
    void cleanupTestCase();

private:
    void openView(const QString &tenantId = QString());

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<AuditTrailDialog> m_dialog;
    AuditedChanges m_changes;
    QDateTime m_between; // after the first changes, before the later ones
};

void TestAuditTrail::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
    QString why;
    const auto changes = makeAuditedChanges(m_backend, &why);
    QVERIFY2(changes, qPrintable(why));
    m_changes = *changes;
    // Later changes in other tenants, a moment apart from the first ones, so the time range and
    // the tenant filter have something to leave out, and there is more than a page to scroll.
    QTest::qWait(1100);
    m_between = QDateTime::currentDateTimeUtc();
    QTest::qWait(1100);
    const QString staff = m_backend.token(QStringLiteral("staff"));
    QStringList others = api::tenantIds(m_backend, staff);
    others.removeAll(m_changes.tenantId);
    QVERIFY(!others.isEmpty());
    for (int i = 0; i < 12; ++i) {
        const TestReply created =
            api::createAddress(m_backend, staff, others.at(i % others.size()));
        QVERIFY2(created.status == 201, api::describe(created));
    }

    ConnectionProfile profile;
    profile.id = QStringLiteral("audit");
    profile.backendUrl = m_backend.process().baseUrl();
    profile.certificateSha256 = m_backend.process().certificateFingerprint();
    m_session = std::make_unique<AppSession>(profile, m_backend.token(QStringLiteral("auditor")),
                                             m_dir.path());
    QVERIFY(m_session->open(&why));
    m_session->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->hasCompletedSync(), 60000);
}

void TestAuditTrail::cleanupTestCase()
{
    m_dialog.reset();
    m_session.reset();
}

void TestAuditTrail::openView(const QString &tenantId)
{
    m_dialog.reset();
    m_dialog = std::make_unique<AuditTrailDialog>(m_session.get(), tenantId);
    m_dialog->resize(1400, 720);
    m_dialog->show();
    QTRY_VERIFY(!m_dialog->view()->model()->isLoading());
}

void TestAuditTrail::listsTheChangeWithActorActionBeforeAfterAndReason()
{
    openView();
    AuditTrailView *view = m_dialog->view();
    shownIds(view);
    AuditLogModel *model = view->model();
    const int row = rowOf(model, QStringLiteral("e911.disable"), m_changes.number);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(AuditLogModel::WhoColumn), m_changes.staffEmail);
    QCOMPARE(cell(AuditLogModel::ActionColumn), QStringLiteral("Turn off E911"));
    QCOMPARE(cell(AuditLogModel::TargetColumn), m_changes.number);
    QCOMPARE(cell(AuditLogModel::ReasonColumn), m_changes.reason);
    QVERIFY2(cell(AuditLogModel::ChangeColumn)
                 .contains(QStringLiteral("state: registered → deregistering")),
             qPrintable(cell(AuditLogModel::ChangeColumn)));
    QVERIFY(!cell(AuditLogModel::RequestIdColumn).isEmpty());
    // The tenant by name, from the synced tenant list.
    QVERIFY(!cell(AuditLogModel::TenantColumn).isEmpty());
    QVERIFY(cell(AuditLogModel::TenantColumn) != m_changes.tenantId);
    QVERIFY(rowOf(model, QStringLiteral("e911.enable"), m_changes.number) > row);
    QVERIFY(rowOf(model, QStringLiteral("acknowledgement.create"), QString()) != -1 || [&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->entry(r).action == QLatin1StringView("acknowledgement.create"))
                return true;
        return false;
    }());

    // Read-only, and copyable: the row as text with its reason.
    QVERIFY(view->table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    view->table()->selectRow(row);
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(m_changes.reason) && copied.contains(m_changes.number),
             qPrintable(copied));
    QVERIFY(copied.startsWith(model->headerText()));
    auto *details = view->findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"));
    QVERIFY(details && details->toPlainText().contains(m_changes.reason));

    const QString screenshots = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        QVERIFY(
            m_dialog->grab().save(QDir(screenshots).filePath(QStringLiteral("audit-trail.png"))));
}

void TestAuditTrail::eachFilterNarrowsAsTheServerSays_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"tenant", "user", "number", "action", "since", "until"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestAuditTrail::eachFilterNarrowsAsTheServerSays()
{
    QFETCH(QString, field);
    openView();
    AuditTrailView *view = m_dialog->view();
    const QStringList all = shownIds(view);
    QCOMPARE(all, serverIds(m_backend, m_backend.token(QStringLiteral("auditor")), AuditFilter()));

    // Set the filter the way a person does: in the bar's fields.
    AuditFilterBar *bar = view->filterBar();
    if (field == QLatin1StringView("tenant")) {
        auto *combo = bar->findChild<QComboBox *>(QStringLiteral("auditTenantFilter"));
        combo->setCurrentIndex(combo->findData(m_changes.tenantId));
    } else if (field == QLatin1StringView("user")) {
        auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("auditActorFilter"));
        QTest::keyClicks(edit, m_changes.staffEmail);
        QTest::keyClick(edit, Qt::Key_Return);
    } else if (field == QLatin1StringView("number")) {
        auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("auditNumberFilter"));
        QTest::keyClicks(edit, m_changes.number);
        QTest::keyClick(edit, Qt::Key_Return);
    } else if (field == QLatin1StringView("action")) {
        auto *combo = bar->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("e911.disable")));
    } else {
        const bool since = field == QLatin1StringView("since");
        const QString name = since ? QStringLiteral("auditSince") : QStringLiteral("auditUntil");
        bar->findChild<QDateTimeEdit *>(name)->setDateTime(m_between.toLocalTime());
        bar->findChild<QCheckBox *>(QString(name + QStringLiteral("Enabled")))->setChecked(true);
    }
    const AuditFilter filter = bar->filter();
    QVERIFY(!filter.isEmpty());
    const QStringList narrowed = shownIds(view);
    QCOMPARE(narrowed, serverIds(m_backend, m_backend.token(QStringLiteral("auditor")), filter));
    QVERIFY2(!narrowed.isEmpty(), "the filter should match something");
    QVERIFY2(narrowed.size() < all.size(), "the filter should leave something out");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const AuditEntry &e = view->model()->entry(row);
        if (field == QLatin1StringView("tenant"))
            QCOMPARE(e.tenantId, m_changes.tenantId);
        else if (field == QLatin1StringView("user"))
            QCOMPARE(e.actorEmail, m_changes.staffEmail);
        else if (field == QLatin1StringView("number"))
            QCOMPARE(e.target, m_changes.number);
        else if (field == QLatin1StringView("action"))
            QCOMPARE(e.action, QStringLiteral("e911.disable"));
        else if (field == QLatin1StringView("since"))
            QVERIFY(e.at >= filter.since);
        else
            QVERIFY(e.at < filter.until);
    }

    // Clear brings everything back.
    bar->findChild<QPushButton *>(QStringLiteral("auditClearFilters"))->click();
    QCOMPARE(shownIds(view), all);
}

void TestAuditTrail::scrollingLoadsOlderEntries()
{
    openView();
    m_dialog->resize(1000, 420); // a few rows fit: the rest waits for the scroll
    AuditTrailView *view = m_dialog->view();
    view->setPageSize(3);
    view->refresh();
    AuditLogModel *model = view->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    const int total =
        int(serverIds(m_backend, m_backend.token(QStringLiteral("auditor")), AuditFilter()).size());
    QTRY_VERIFY(view->table()->verticalScrollBar()->maximum() > 0);
    QTRY_VERIFY(!model->isLoading());
    const int before = model->rowCount();
    QVERIFY2(before < total, qPrintable(QStringLiteral("%1 of %2").arg(before).arg(total)));
    QVERIFY(model->canFetchMore(QModelIndex()));
    // Scrolling to the end asks for the next page, again and again, until none is left.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QScrollBar *bar = view->table()->verticalScrollBar();
            bar->setValue(bar->maximum());
            return model->rowCount() == total;
        }(),
        20000);
    QVERIFY(!model->canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
