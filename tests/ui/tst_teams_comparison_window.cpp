// Tenant > Compare With Teams… on the real main window and a real dispatchable-server over TLS:
// export files written as Teams PowerShell writes them from what the tenant holds, with a few
// changes made "in Teams" (a company name, a subnet pointed elsewhere, a location and a number
// only Teams has, a place Teams lacks, a number Teams gives another address), are read and
// every change shows on its tab; a broken file is reported without touching the rest; a kind
// not given shows nothing; the window passes the keyboard walk. Export the Difference… previews
// every cmdlet of the difference script with its reason, and what it leaves, before saving.
// Confirm Match… and Keep Teams Ids store Teams's ids through the outbox: the next comparison
// matches by id, and the numbers registered at those addresses are untouched. Adopt From
// Teams… creates what only Teams holds (an address, its place, their subnets) with Teams's ids
// after a dry run that changes as rows are checked; comparing again shows them in both, and
// the difference script has nothing to do for them. The TeamsE911Automation export (no Teams
// ids) is compared by street and name, gives no script step and no id to keep, and what only it
// holds is adopted without ids.
// With DISPATCHABLE_SCREENSHOT_DIR set, the window and the preview are saved there as PNGs.
#include "AccessibilityWalker.h"
#include "DialogAnswerHook.h"
#include "KioskFigures.h"
#include "LisWiring.h"
#include "MainWindowFixture.h"
#include "NumberDetailPane.h"
#include "NumberTablePane.h"
#include "TeamsAdoptionDialog.h"
#include "TeamsComparisonWindow.h"
#include "TeamsDifferenceDialog.h"
#include "TenantListPane.h"
#include "compliance/ComplianceQueries.h"
#include "domain/AddressLine.h"
#include "models/DidModel.h"
#include "models/TeamsAdoptionModel.h"
#include "models/TeamsComparisonModel.h"
#include "models/TeamsDifferenceModel.h"
#include "report/ComplianceReport.h"
#include "report/ComplianceReportHtml.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "teams/TeamsComparisonQuery.h"
#include "teams/TeamsDifferenceScript.h"
#include "teams/TeamsMatch.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QtTest>

namespace {
QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One CSV line as Export-Csv writes it: every field quoted, quotes doubled.
QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString f : fields)
        quoted.append(QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                      QLatin1Char('"'));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// The header line: the column names, comma-separated.
QByteArray csvHeader(const char *names)
{
    return csvLine(QString::fromLatin1(names).split(QLatin1Char(',')));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// What "Teams" holds: the tenant as Dispatchable holds it, with the changes the test looks for.
struct TeamsExport
{
    QString changedAddressId; // its CompanyName differs in Teams
    QString missingPlaceId;   // no location in Teams
    QString movedElementId;   // Teams points it at another location
    QString movedNumber;      // Teams gives it another address
    QStringList paths;
};

// Addresses whose street no other address of the tenant shares: only those match one to one
// before Teams's ids are kept (the demo has two suites on one Dallas street).
QSet<QString> uniqueStreets(const QList<EmergencyAddress> &addresses)
{
    QHash<QString, int> perKey;
    for (const EmergencyAddress &a : addresses)
        ++perKey[teamsStreetKey(a.normalized.value_or(a.civic))];
    QSet<QString> ids;
    for (const EmergencyAddress &a : addresses) {
        if (perKey.value(teamsStreetKey(a.normalized.value_or(a.civic))) == 1)
            ids.insert(a.id);
    }
    return ids;
}

TeamsExport writeExport(const DispatchableTenantState &ours, const QString &dir)
{
    TeamsExport out;
    const QSet<QString> unique = uniqueStreets(ours.map.addresses);
    QHash<QString, QString> civicIdOf;  // our address id → Teams CivicAddressId
    QHash<QString, QString> locationOf; // our place id → Teams LocationId
    QByteArray addresses = csvHeader(
        "CivicAddressId,HouseNumber,HouseNumberSuffix,PreDirectional,StreetName,StreetSuffix,"
        "PostDirectional,City,PostalCode,StateOrProvince,CountryOrRegion,CompanyName,Latitude,"
        "Longitude");
    for (const EmergencyAddress &a : ours.map.addresses) {
        const CivicAddress c = a.normalized.value_or(a.civic);
        // An address that keeps Teams's id is exported with it, as Teams would.
        civicIdOf.insert(a.id, a.teamsCivicAddressId.isEmpty() ? guid() : a.teamsCivicAddressId);
        QString company = a.companyName;
        if (out.changedAddressId.isEmpty() && unique.contains(a.id)) {
            out.changedAddressId = a.id;
            company += QStringLiteral(" (Teams)");
        }
        const bool located = a.geocode && a.geocode->coordinate.isValid();
        addresses += csvLine(
            {civicIdOf.value(a.id), c.addNumber, c.addNumSuf, c.stPreDir, c.stName, c.stPosTyp,
             c.stPosDir, c.postalCommunity, c.postalCode, c.state, c.country, company,
             located ? QString::number(a.geocode->coordinate.latitude(), 'f', 7) : QString(),
             located ? QString::number(a.geocode->coordinate.longitude(), 'f', 7) : QString()});
    }
    QByteArray locations = csvHeader("LocationId,CivicAddressId,Location");
    for (const Place &p : ours.map.places) {
        if (out.missingPlaceId.isEmpty() && unique.contains(p.addressId)) {
            out.missingPlaceId = p.id; // Teams never got it
            continue;
        }
        locationOf.insert(p.id, p.teamsLocationId.isEmpty() ? guid() : p.teamsLocationId);
        locations += csvLine({locationOf.value(p.id), civicIdOf.value(p.addressId), p.label()});
    }
    const QString lobby = guid();
    locations += csvLine({lobby, civicIdOf.value(ours.map.addresses.first().id),
                          QStringLiteral("Teams-only lobby")});
    QByteArray subnets = csvHeader("Subnet,LocationId,Description");
    QHash<QString, QString> addressOfPlace;
    for (const Place &p : ours.map.places)
        addressOfPlace.insert(p.id, p.addressId);
    for (const NetworkElement &e : ours.map.elements) {
        if (e.kind != NetworkElementKind::Subnet || !locationOf.contains(e.placeId))
            continue;
        QString location = locationOf.value(e.placeId);
        if (out.movedElementId.isEmpty() && unique.contains(addressOfPlace.value(e.placeId))) {
            out.movedElementId = e.id;
            location = lobby;
        }
        subnets += csvLine({e.subnet.section(QLatin1Char('/'), 0, 0), location, e.description});
    }
    QByteArray numbers =
        csvHeader("TelephoneNumber,NumberType,CivicAddressId,LocationId,IsoCountryCode");
    // Teams gives one number the changed address, which is not the one it is registered at.
    for (const Did &d : ours.numbers) {
        if (d.e911.state != E911State::Registered)
            continue;
        QString civic = civicIdOf.value(d.e911.addressId);
        if (out.movedNumber.isEmpty() && d.e911.addressId != out.changedAddressId) {
            out.movedNumber = d.number;
            civic = civicIdOf.value(out.changedAddressId);
        }
        numbers += csvLine(
            {d.number, QStringLiteral("OperatorConnect"), civic, QString(), QStringLiteral("US")});
    }
    numbers += csvLine({QStringLiteral("+12025550199"),
                        QStringLiteral("DirectRouting"),
                        {},
                        {},
                        QStringLiteral("US")});
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("teams-civic-addresses.csv"), addresses},
        {QStringLiteral("teams-locations.csv"), locations},
        {QStringLiteral("teams-subnets.csv"), subnets},
        {QStringLiteral("teams-numbers.csv"), numbers}};
    for (const auto &[name, data] : files) {
        out.paths.append(QDir(dir).filePath(name));
        if (!writeFile(out.paths.last(), data))
            out.paths.clear();
    }
    return out;
}

QStringList issueTexts(TeamsComparisonWindow *window)
{
    QStringList texts;
    const auto *issues = window->findChild<QListWidget *>(QStringLiteral("teamsIssues"));
    for (int i = 0; i < issues->count(); ++i)
        texts.append(issues->item(i)->text());
    return texts;
}

const TeamsComparisonRow *rowFor(TeamsComparisonModel *model, const QString &dispatchableId)
{
    for (const TeamsComparisonRow &row : model->allRows()) {
        if (row.dispatchableId == dispatchableId)
            return &row;
    }
    return nullptr;
}

const TeamsDifferenceStep *stepFor(const TeamsDifferencePlan &plan, const QString &dispatchableId)
{
    for (const TeamsDifferenceStep &step : plan.steps) {
        if (step.dispatchableId == dispatchableId)
            return &step;
    }
    return nullptr;
}

// Whether the script may send the address to Teams at all (TeamsScriptPlan's rules).
bool scriptable(const DispatchableTenantState &ours, const QString &addressId)
{
    for (const EmergencyAddress &a : ours.map.addresses) {
        if (a.id == addressId)
            return a.validationStatus == AddressValidationStatus::Valid && a.geocode &&
                   a.geocode->coordinate.isValid();
    }
    return false;
}

int countOf(TeamsComparisonModel *model, TeamsSide side)
{
    int n = 0;
    for (const TeamsComparisonRow &row : model->allRows())
        n += row.side == side;
    return n;
}
} // namespace

class TestTeamsComparisonWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyChangeMadeInTeamsShows();
    void brokenFileIsReportedAndTheRestRead();
    void differencePreviewListsEveryCmdletWithItsReason();
    void windowPassesTheKeyboardWalk();
    void anAuditorReadsButChangesNothing();
    void recordedNumberLocationsFlagTheNumberEverywhere();
    // Last: it stores Teams ids, which the export of the cases above does not know.
    void keptIdsMatchByIdAndLeaveNumbersAlone();
    void adoptedRowsAreCreatedWithTheirIdsAndMatch();
    void automationExportIsComparedAndAdoptedWithoutIds();

private:
    TeamsComparisonWindow *openWindow();

    TestBackend m_backend;
    MainWindowFixture m_app;
    QTemporaryDir m_dir;
    QString m_tenant;
};

void TestTeamsComparisonWindow::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
    QVERIFY(m_app.open(m_backend, QStringLiteral("staff"), MainWindowFixture::Dialogs::None));
    connectLisDialogs(*m_app.window, *m_app.session);
    Cache &cache = *m_app.session->cache();
    for (const Tenant &t : cache.tenants()) {
        if (cache.places(t.id).size() >= 2 && cache.addresses(t.id).size() >= 2 &&
            !cache.networkElements(t.id).isEmpty()) {
            m_tenant = t.id;
            break;
        }
    }
    QVERIFY(!m_tenant.isEmpty());
    QVERIFY(m_app.window->tenantPane()->selectTenant(m_tenant));
}

TeamsComparisonWindow *TestTeamsComparisonWindow::openWindow()
{
    m_app.find<QAction>(QStringLiteral("compareTeamsAction"))->trigger();
    auto *window = m_app.window->findChild<TeamsComparisonWindow *>();
    if (window)
        window->clearFiles();
    return window;
}

void TestTeamsComparisonWindow::everyChangeMadeInTeamsShows()
{
    TeamsComparisonWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    const DispatchableTenantState ours = teamscomparison::load(*m_app.session->cache(), m_tenant);
    const TeamsExport teams = writeExport(ours, m_dir.path());
    QCOMPARE(teams.paths.size(), 4);
    window->addFiles(teams.paths);
    QCOMPARE(issueTexts(window), QStringList());

    TeamsComparisonModel *addresses = window->modelFor(TeamsObjectKind::Address);
    const TeamsComparisonRow *changed = rowFor(addresses, teams.changedAddressId);
    QVERIFY(changed);
    QCOMPARE(changed->side, TeamsSide::Different);
    QCOMPARE(changed->differences, QStringList{QStringLiteral("CompanyName")});
    // Addresses on a shared street wait for the admin to confirm which is which; the rest match.
    const int sharing = int(ours.map.addresses.size() - uniqueStreets(ours.map.addresses).size());
    QCOMPARE(countOf(addresses, TeamsSide::Ambiguous), sharing);
    QCOMPARE(countOf(addresses, TeamsSide::Equal), int(ours.map.addresses.size()) - 1 - sharing);
    QCOMPARE(int(addresses->allRows().size()), int(ours.map.addresses.size()));
    // Equal rows are hidden until asked for.
    QCOMPARE(addresses->rowCount(), 1 + sharing);

    TeamsComparisonModel *places = window->modelFor(TeamsObjectKind::Place);
    QCOMPARE(rowFor(places, teams.missingPlaceId)->side, TeamsSide::OnlyInDispatchable);
    QCOMPARE(countOf(places, TeamsSide::OnlyInTeams), 1);

    TeamsComparisonModel *subnets = window->modelFor(TeamsObjectKind::Subnet);
    QVERIFY(!teams.movedElementId.isEmpty());
    const TeamsComparisonRow *moved = rowFor(subnets, teams.movedElementId);
    QVERIFY(moved);
    QCOMPARE(moved->side, TeamsSide::Different);
    QVERIFY(moved->differences.contains(QStringLiteral("LocationId")));

    TeamsComparisonModel *numbers = window->modelFor(TeamsObjectKind::Number);
    const TeamsComparisonRow *number = rowFor(numbers, teams.movedNumber);
    QVERIFY(number);
    QCOMPARE(number->side, TeamsSide::Different);
    QVERIFY2(number->note.contains(QStringLiteral("another location")), qPrintable(number->note));
    QCOMPARE(countOf(numbers, TeamsSide::OnlyInTeams), 1);

    // No policy file was given: nothing is claimed about the policy.
    QVERIFY(window->modelFor(TeamsObjectKind::Policy)->allRows().isEmpty());
    QVERIFY2(window->summaryText().contains(QStringLiteral("only in Teams")),
             qPrintable(window->summaryText()));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("teamsTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Addresses (%1)").arg(1 + sharing));

    window->findChild<QCheckBox *>(QStringLiteral("teamsShowEqual"))->setChecked(true);
    QCOMPARE(addresses->rowCount(), int(ours.map.addresses.size()));
    window->findChild<QCheckBox *>(QStringLiteral("teamsShowEqual"))->setChecked(false);
    window->findChild<QPushButton *>(QStringLiteral("copyTeamsCommands"))->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("Get-CsOnlineLisCivicAddress | Export-Csv")));
    // The list of files read is shown whole once laid out.
    const auto *filesRead = window->findChild<QLabel *>(QStringLiteral("teamsFilesRead"));
    QTRY_VERIFY(filesRead->height() >= filesRead->heightForWidth(filesRead->width()));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        tabs->setCurrentIndex(2);
        window->grab().save(QDir(dir).filePath(QStringLiteral("teams-comparison.png")));
    }
}

void TestTeamsComparisonWindow::brokenFileIsReportedAndTheRestRead()
{
    TeamsComparisonWindow *window = openWindow();
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(broken, "\"Name\",\"Colour\"\r\n\"a\",\"b\"\r\n"));
    const TeamsExport teams =
        writeExport(teamscomparison::load(*m_app.session->cache(), m_tenant), m_dir.path());
    window->addFiles({broken, teams.paths.first(), m_dir.filePath(QStringLiteral("gone.csv"))});
    const QStringList issues = issueTexts(window);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(issues.at(0).startsWith(QStringLiteral("gone.csv: could not be opened")),
             qPrintable(issues.at(0)));
    QVERIFY2(issues.at(1).startsWith(QStringLiteral("broken.csv: ")), qPrintable(issues.at(1)));
    QVERIFY(!window->modelFor(TeamsObjectKind::Address)->allRows().isEmpty());
    QVERIFY(window->modelFor(TeamsObjectKind::Subnet)->allRows().isEmpty());
}

void TestTeamsComparisonWindow::differencePreviewListsEveryCmdletWithItsReason()
{
    TeamsComparisonWindow *window = openWindow();
    auto *exportButton = window->findChild<QPushButton *>(QStringLiteral("exportTeamsDifference"));
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled()); // nothing read yet: no difference to export
    const DispatchableTenantState ours = teamscomparison::load(*m_app.session->cache(), m_tenant);
    const TeamsExport teams = writeExport(ours, m_dir.path());
    window->addFiles(teams.paths);
    QVERIFY(exportButton->isEnabled());
    // Reached with Tab like every other control of the window.
    const a11y::WalkResult windowWalk = a11y::walk(window);
    QVERIFY2(windowWalk.findings.isEmpty(), qPrintable(windowWalk.findings.join(u'\n')));
    QVERIFY(windowWalk.tabReached.contains(a11y::objectPath(exportButton)));
    exportButton->click();
    TeamsDifferenceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<TeamsDifferenceDialog *>()) && dialog->isVisible());
    const TeamsDifferencePlan &plan = dialog->plan();
    QVERIFY(!plan.steps.isEmpty());

    // Every step in the table, numbered, with the cmdlet as the script runs it and its reason;
    // then what the script leaves, with no cmdlet.
    TeamsDifferenceModel *model = dialog->model();
    QCOMPARE(model->stepCount(), int(plan.steps.size()));
    QCOMPARE(model->rowCount(), int(plan.steps.size() + plan.notes.size()));
    for (int i = 0; i < model->stepCount(); ++i) {
        QCOMPARE(model->index(i, TeamsDifferenceModel::StepColumn).data().toString(),
                 QString::number(i + 1));
        QCOMPARE(model->index(i, TeamsDifferenceModel::CommandColumn).data().toString(),
                 teamsStepCommand(plan, i));
        QVERIFY(!model->index(i, TeamsDifferenceModel::ReasonColumn).data().toString().isEmpty());
    }
    // The selected row in full below the table: step 1 to begin with.
    QVERIFY2(dialog->detailText().contains(teamsStepCommand(plan, 0)),
             qPrintable(dialog->detailText()));
    // The changes made "in Teams", each answered where the script may send the address.
    const TeamsDifferenceStep *missing = stepFor(plan, teams.missingPlaceId);
    const TeamsDifferenceStep *moved = stepFor(plan, teams.movedElementId);
    const TeamsDifferenceStep *company = stepFor(plan, teams.changedAddressId);
    QHash<QString, QString> addressOfPlace;
    for (const Place &p : ours.map.places)
        addressOfPlace.insert(p.id, p.addressId);
    QString movedPlace;
    for (const NetworkElement &e : ours.map.elements) {
        if (e.id == teams.movedElementId)
            movedPlace = e.placeId;
    }
    QCOMPARE(bool(missing), scriptable(ours, addressOfPlace.value(teams.missingPlaceId)));
    QCOMPARE(bool(moved), scriptable(ours, addressOfPlace.value(movedPlace)));
    QCOMPARE(bool(company), scriptable(ours, teams.changedAddressId));
    QVERIFY(missing || moved || company);
    QVERIFY(!missing || missing->cmdlet == QStringLiteral("New-CsOnlineLisLocation"));
    QVERIFY(!moved || moved->cmdlet == QStringLiteral("Set-CsOnlineLisSubnet"));
    QVERIFY(!company || company->cmdlet == QStringLiteral("Set-CsOnlineLisCivicAddress"));
    QVERIFY(!company || !company->value(u"CompanyName").isEmpty());
    // The Teams-only location stays, and is said to.
    bool lobbyLeft = false;
    for (const TeamsPlanNote &note : plan.notes)
        lobbyLeft = lobbyLeft || (note.why == TeamsNoteReason::LeftInTeams &&
                                  note.label.startsWith(QStringLiteral("Teams-only lobby")));
    QVERIFY(lobbyLeft);

    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("teams-difference-preview.png")));
    const a11y::WalkResult walked = a11y::walk(dialog);
    QVERIFY(walked.interactive > 0);
    QVERIFY2(walked.findings.isEmpty(), qPrintable(walked.findings.join(QLatin1Char('\n'))));

    // Saved as the preview showed it: the BOM first, every cmdlet in it.
    const QString path = m_dir.filePath(QStringLiteral("difference.ps1"));
    dialoghook::setNextSaveFileName(path);
    dialog->findChild<QPushButton *>(QStringLiteral("saveTeamsDifference"))->click();
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString script = QString::fromUtf8(bytes);
    for (int i = 0; i < int(plan.steps.size()); ++i)
        QVERIFY2(script.contains(teamsStepCommand(plan, i)), qPrintable(teamsStepCommand(plan, i)));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("teamsDifferenceStatus"))->isVisible());
    dialog->close();
    QTRY_VERIFY(!window->findChild<TeamsDifferenceDialog *>());
}

void TestTeamsComparisonWindow::windowPassesTheKeyboardWalk()
{
    TeamsComparisonWindow *window = openWindow();
    const a11y::WalkResult result = a11y::walk(window);
    QVERIFY(result.interactive > 0);
    QVERIFY2(result.findings.isEmpty(), qPrintable(result.findings.join(QLatin1Char('\n'))));
}

void TestTeamsComparisonWindow::anAuditorReadsButChangesNothing()
{
    MainWindowFixture auditor;
    QVERIFY(auditor.open(m_backend, QStringLiteral("auditor"), MainWindowFixture::Dialogs::None));
    connectLisDialogs(*auditor.window, *auditor.session);
    QTRY_VERIFY(auditor.window->tenantPane()->selectTenant(m_tenant));
    auditor.find<QAction>(QStringLiteral("compareTeamsAction"))->trigger();
    auto *window = auditor.window->findChild<TeamsComparisonWindow *>();
    QVERIFY(window);
    const TeamsExport teams =
        writeExport(teamscomparison::load(*auditor.session->cache(), m_tenant), m_dir.path());
    window->addFiles(teams.paths);
    // The comparison and the difference script are there to read; nothing that writes is.
    QVERIFY(countOf(window->modelFor(TeamsObjectKind::Place), TeamsSide::OnlyInTeams) > 0);
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("exportTeamsDifference"))->isEnabled());
    for (const char *name :
         {"keepTeamsIds", "adoptTeamsRows", "confirmTeamsMatch", "recordTeamsNumberLocations"})
        QVERIFY2(!window->findChild<QPushButton *>(QLatin1StringView(name))->isEnabled(), name);
    QVERIFY(!window->keepTeamsIds());
    QVERIFY(!window->recordNumberLocations());
    // Opened all the same (from code), the adoption cannot be applied.
    TeamsAdoptionDialog *adoption = window->adoptFromTeams();
    QVERIFY(adoption);
    for (int r = 0; r < adoption->model()->rowCount(); ++r)
        adoption->model()->setChecked(r, true);
    QVERIFY(!adoption->findChild<QPushButton *>(QStringLiteral("adoptFromTeams"))->isEnabled());
    QVERIFY(!adoption->adopt());
    QCOMPARE(auditor.session->outbox()->entries().size(), 0);
    adoption->close();
    window->close();
}

void TestTeamsComparisonWindow::recordedNumberLocationsFlagTheNumberEverywhere()
{
    TeamsComparisonWindow *window = openWindow();
    const DispatchableTenantState ours = teamscomparison::load(*m_app.session->cache(), m_tenant);
    const TeamsExport teams = writeExport(ours, m_dir.path());
    window->addFiles(teams.paths);
    QVERIFY(!teams.movedNumber.isEmpty());
    auto *record = window->findChild<QPushButton *>(QStringLiteral("recordTeamsNumberLocations"));
    QVERIFY(record->isEnabled());
    record->click();
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("teamsKeepStatus"))->isVisible());
    window->close();

    // The backend keeps the reading, and the sync brings it to the cache: the numbers table
    // flags the number Teams gives another address, and only that one.
    DidModel *model = m_app.session->didModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->teamsLocationFlags().contains(teams.movedNumber), 30000);
    QCOMPARE(model->teamsLocationFlags().keys(), QStringList{teams.movedNumber});
    const int row = model->rowOf(teams.movedNumber);
    QVERIFY(row >= 0);
    const QModelIndex state = model->index(row, DidModel::StateColumn);
    QVERIFY2(state.data().toString().startsWith(QStringLiteral("⚠ Teams location differs")),
             qPrintable(state.data().toString()));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("another location")));
    const std::optional<TeamsNumberLocations> kept =
        m_app.session->cache()->teamsNumberLocations(m_tenant);
    QVERIFY(kept && kept->readAt.isValid());
    // Every number of the export that is the tenant's; the one only Teams has is left out.
    QVERIFY(kept->entry(teams.movedNumber));
    QVERIFY(!kept->entry(QStringLiteral("+12025550199")));

    // The detail pane says so, with the address Teams gives and when the export was read.
    NumberDetailPane *pane = m_app.window->detailPane();
    pane->showNumber(m_tenant, teams.movedNumber);
    auto *fact = pane->findChild<QLabel *>(QStringLiteral("teamsLocationFact"));
    QVERIFY(fact->isVisibleTo(pane));
    QVERIFY2(fact->text().startsWith(QStringLiteral("⚠ Teams gives another location")),
             qPrintable(fact->text()));
    // The Teams address the export gave it: the changed address, in the words Teams has.
    const auto changed =
        std::find_if(ours.map.addresses.cbegin(), ours.map.addresses.cend(),
                     [&](const EmergencyAddress &a) { return a.id == teams.changedAddressId; });
    QVERIFY(changed != ours.map.addresses.cend());
    QVERIFY2(fact->text().contains(changed->normalized.value_or(changed->civic).stName,
                                   Qt::CaseInsensitive),
             qPrintable(fact->text()));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // The flag as the admin meets it: the number selected in the table, its detail beside.
        QTableView *table = m_app.window->findChild<NumberTablePane *>()->view();
        m_app.window->resize(1400, 860);
        table->setCurrentIndex(table->model()->index(row, 0));
        table->scrollTo(table->currentIndex());
        QTRY_VERIFY(fact->text().startsWith(QStringLiteral("⚠")));
        m_app.window->grab().save(QDir(dir).filePath(QStringLiteral("teams-number-flag.png")));
    }
    for (const Did &d : ours.numbers) {
        if (d.number == teams.movedNumber || d.e911.state != E911State::Registered)
            continue;
        pane->showNumber(m_tenant, d.number);
        QVERIFY2(fact->text().startsWith(QStringLiteral("✓ ")), qPrintable(fact->text()));
        break;
    }

    // The compliance figures, the non-compliant list (the report) and the kiosk count it.
    ComplianceQueries queries(m_app.session->cache());
    const std::optional<ComplianceSummary> summary = queries.summary(m_tenant);
    QVERIFY(summary);
    QCOMPARE(summary->teamsLocationDiffers, 1);
    const QList<NonCompliantNumber> listed = queries.nonCompliantNumbers(m_tenant);
    const auto flagged = std::find_if(listed.cbegin(), listed.cend(),
                                      [&](const auto &n) { return n.number == teams.movedNumber; });
    QVERIFY(flagged != listed.cend());
    QVERIFY(flagged->reasons.testFlag(NonCompliance::TeamsLocationDiffers));
    QString error;
    const auto report = compliancereport::gather(m_app.session->cache(), m_tenant,
                                                 QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(
        compliancehtml::summary(*report).contains(QStringLiteral("Teams gives another location")));
    const QList<KioskFigure> figures =
        kioskfigures::details(*summary, QDateTime::currentDateTimeUtc());
    const auto figure = std::find_if(figures.cbegin(), figures.cend(), [](const KioskFigure &f) {
        return f.id == QLatin1StringView("teamsLocationDiffers");
    });
    QVERIFY(figure != figures.cend());
    QCOMPARE(figure->count, 1);

    // Another client's first (full) sync brings the reading too: an auditor sees the flag.
    MainWindowFixture auditor;
    QVERIFY(auditor.open(m_backend, QStringLiteral("auditor"), MainWindowFixture::Dialogs::None));
    QCOMPARE(auditor.session->cache()->teamsNumberLocations(m_tenant), kept);
    QTRY_VERIFY(auditor.window->tenantPane()->selectTenant(m_tenant));
    QTRY_COMPARE(auditor.session->didModel()->teamsLocationFlags().keys(),
                 QStringList{teams.movedNumber});
}

void TestTeamsComparisonWindow::keptIdsMatchByIdAndLeaveNumbersAlone()
{
    TeamsComparisonWindow *window = openWindow();
    const DispatchableTenantState before = teamscomparison::load(*m_app.session->cache(), m_tenant);
    const TeamsExport teams = writeExport(before, m_dir.path());
    window->addFiles(teams.paths);
    auto *keep = window->findChild<QPushButton *>(QStringLiteral("keepTeamsIds"));
    auto *confirm = window->findChild<QPushButton *>(QStringLiteral("confirmTeamsMatch"));
    QVERIFY(keep->isEnabled());
    QVERIFY(!confirm->isEnabled());

    // An undecided address: selecting it offers Confirm Match…; the admin picks a candidate.
    TeamsComparisonModel *addresses = window->modelFor(TeamsObjectKind::Address);
    QString confirmedTeamsId, chosen;
    for (int r = 0; r < addresses->rowCount() && chosen.isEmpty(); ++r) {
        if (addresses->rowAt(r).side != TeamsSide::Ambiguous)
            continue;
        confirmedTeamsId = addresses->rowAt(r).teamsId;
        chosen = addresses->rowAt(r).candidates.constLast();
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("teamsTabs"));
        tabs->setCurrentIndex(0);
        qobject_cast<QTableView *>(tabs->currentWidget())->selectRow(r);
        QVERIFY(confirm->isEnabled());
    }
    const qsizetype matchedOnly = window->idsToKeep().size();
    if (!chosen.isEmpty()) {
        QVERIFY(!window->confirmMatch(confirmedTeamsId, QStringLiteral("not-a-candidate")));
        QVERIFY(window->confirmMatch(confirmedTeamsId, chosen));
        QCOMPARE(window->idsToKeep().size(), matchedOnly + 1);
    }
    const QList<TeamsIdToKeep> toKeep = window->idsToKeep();
    QVERIFY(!toKeep.isEmpty());

    // Numbers registered at the addresses that keep an id: their versions before.
    QHash<QString, QString> registeredEtags;
    QSet<QString> keptAddresses;
    for (const TeamsIdToKeep &k : toKeep)
        if (k.kind == TeamsObjectKind::Address)
            keptAddresses.insert(k.dispatchableId);
    for (const Did &d : before.numbers)
        if (d.e911.state == E911State::Registered && keptAddresses.contains(d.e911.addressId))
            registeredEtags.insert(d.number, d.etag);
    QVERIFY(!registeredEtags.isEmpty());

    keep->click();
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("teamsKeepStatus"))->isVisible());
    QVERIFY(!keep->isEnabled()); // queued once
    const auto allKept = [&] {
        const DispatchableTenantState now =
            teamscomparison::load(*m_app.session->cache(), m_tenant);
        int held = 0;
        for (const TeamsIdToKeep &k : toKeep) {
            for (const EmergencyAddress &a : now.map.addresses)
                held += k.kind == TeamsObjectKind::Address && a.id == k.dispatchableId &&
                        a.teamsCivicAddressId == k.teamsId;
            for (const Place &p : now.map.places)
                held += k.kind == TeamsObjectKind::Place && p.id == k.dispatchableId &&
                        p.teamsLocationId == k.teamsId;
        }
        return held == int(toKeep.size());
    };
    QTRY_VERIFY_WITH_TIMEOUT(allKept(), 30000);

    // The view compared again: the confirmed row is matched by id, nothing is left to keep.
    if (!chosen.isEmpty()) {
        QTRY_VERIFY(rowFor(addresses, chosen) &&
                    rowFor(addresses, chosen)->teamsId == confirmedTeamsId);
        QVERIFY(rowFor(addresses, chosen)->side != TeamsSide::Ambiguous);
    }
    // Every kept object now pairs with its Teams row by id, and is not offered again.
    for (const TeamsIdToKeep &k : toKeep) {
        if (k.kind != TeamsObjectKind::Address)
            continue;
        QTRY_VERIFY(rowFor(addresses, k.dispatchableId));
        QCOMPARE(rowFor(addresses, k.dispatchableId)->teamsId, k.teamsId);
    }
    for (const TeamsIdToKeep &k : window->idsToKeep())
        QVERIFY(!toKeep.contains(k));
    const DispatchableTenantState after = teamscomparison::load(*m_app.session->cache(), m_tenant);
    for (const Did &d : after.numbers)
        if (registeredEtags.contains(d.number))
            QVERIFY2(d.etag == registeredEtags.value(d.number), qPrintable(d.number));
}

namespace {
// What "Teams" holds beyond the tenant: a new address with a place and a subnet there, a place
// and a subnet under an address Dispatchable holds, a subnet at an address's default location
// and an address in a country without E911 here.
struct TeamsOnly
{
    QString address = guid();
    QString place = guid();
    QString placeAtKnown = guid();
    QString defaultLocation = guid();
    QString london = guid();
    QStringList paths;
};

TeamsOnly writeTeamsOnly(const EmergencyAddress &known, const QString &knownTeamsId,
                         const QString &dir)
{
    TeamsOnly out;
    const QByteArray addresses =
        csvHeader("CivicAddressId,HouseNumber,StreetName,StreetSuffix,City,PostalCode,"
                  "StateOrProvince,CountryOrRegion,CompanyName,Latitude,Longitude,"
                  "DefaultLocationId") +
        csvLine({out.address, QStringLiteral("742"), QStringLiteral("Evergreen"),
                 QStringLiteral("Ter"), QStringLiteral("Springfield"), QStringLiteral("62704"),
                 QStringLiteral("IL"), QStringLiteral("US"), known.companyName,
                 QStringLiteral("39.7817"), QStringLiteral("-89.6501"), out.defaultLocation}) +
        csvLine({out.london, QStringLiteral("10"), QStringLiteral("Downing"), QStringLiteral("St"),
                 QStringLiteral("London"), QStringLiteral("SW1A 2AA"), QString(),
                 QStringLiteral("GB"), known.companyName, QString(), QString(), QString()});
    const QByteArray locations =
        csvHeader("LocationId,CivicAddressId,Location") +
        csvLine({out.defaultLocation, out.address, QString()}) +
        csvLine({out.place, out.address, QStringLiteral("Building 2, Floor 1")}) +
        csvLine({out.placeAtKnown, knownTeamsId, QStringLiteral("Mail Room")});
    const QByteArray subnets =
        csvHeader("Subnet,LocationId,Description") +
        csvLine({QStringLiteral("10.77.1.0"), out.place, QStringLiteral("Evergreen wired")}) +
        csvLine({QStringLiteral("10.77.2.0"), out.placeAtKnown, QString()}) +
        csvLine({QStringLiteral("10.77.3.0"), out.defaultLocation, QString()});
    const QList<QPair<QString, QByteArray>> files{{QStringLiteral("more-addresses.csv"), addresses},
                                                  {QStringLiteral("more-locations.csv"), locations},
                                                  {QStringLiteral("more-subnets.csv"), subnets}};
    for (const auto &[name, data] : files) {
        out.paths.append(QDir(dir).filePath(name));
        if (!writeFile(out.paths.last(), data))
            out.paths.clear();
    }
    return out;
}

// The candidate row of the adoption table with this Teams id, or -1.
int candidateRow(TeamsAdoptionModel *model, const QString &label)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, TeamsAdoptionModel::ObjectColumn).data().toString().startsWith(label))
            return r;
    }
    return -1;
}

QString dryRunOf(TeamsAdoptionModel *model, int row)
{
    return model->index(row, TeamsAdoptionModel::DryRunColumn).data().toString();
}
} // namespace

void TestTeamsComparisonWindow::adoptedRowsAreCreatedWithTheirIdsAndMatch()
{
    TeamsComparisonWindow *window = openWindow();
    const DispatchableTenantState before = teamscomparison::load(*m_app.session->cache(), m_tenant);
    // An address that keeps its Teams id since the case above: Teams's places under it are
    // under an address Dispatchable holds.
    const auto known =
        std::find_if(before.map.addresses.cbegin(), before.map.addresses.cend(),
                     [](const EmergencyAddress &a) { return !a.teamsCivicAddressId.isEmpty(); });
    QVERIFY(known != before.map.addresses.cend());
    const TeamsExport teams = writeExport(before, m_dir.path());
    const TeamsOnly extra = writeTeamsOnly(*known, known->teamsCivicAddressId, m_dir.path());
    QCOMPARE(extra.paths.size(), 3);
    window->addFiles(teams.paths + extra.paths);
    QCOMPARE(issueTexts(window), QStringList());
    auto *adopt = window->findChild<QPushButton *>(QStringLiteral("adoptTeamsRows"));
    QVERIFY(adopt->isEnabled());
    TeamsAdoptionDialog *dialog = window->adoptFromTeams();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    TeamsAdoptionModel *model = dialog->model();
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("adoptFromTeams"));
    QVERIFY(!apply->isEnabled()); // nothing checked yet
    // Check All plans every row once; Uncheck All empties the plan again.
    dialog->findChild<QPushButton *>(QStringLiteral("adoptionCheckAll"))->click();
    QCOMPARE(int(dialog->plan().size()), model->rowCount());
    QVERIFY(apply->isEnabled());
    dialog->findChild<QPushButton *>(QStringLiteral("adoptionUncheckAll"))->click();
    QVERIFY(dialog->plan().isEmpty());
    QVERIFY(!apply->isEnabled());

    // The dry run follows the check boxes: the subnet alone waits for a place nobody chose.
    const int evergreenSubnet = candidateRow(model, QStringLiteral("10.77.1.0"));
    const int evergreenPlace = candidateRow(model, QStringLiteral("Building 2, Floor 1"));
    const int evergreen = candidateRow(model, QStringLiteral("742 EVERGREEN"));
    const int mailRoom = candidateRow(model, QStringLiteral("Mail Room"));
    const int mailSubnet = candidateRow(model, QStringLiteral("10.77.2.0"));
    const int atDefault = candidateRow(model, QStringLiteral("10.77.3.0"));
    const int london = candidateRow(model, QStringLiteral("10 DOWNING"));
    for (const int row : {evergreenSubnet, evergreenPlace, mailRoom, mailSubnet, atDefault})
        QVERIFY2(row >= 0, qPrintable(QString::number(row)));
    QVERIFY2(evergreen >= 0 || candidateRow(model, QStringLiteral("742 Evergreen")) >= 0,
             "the new address is offered");
    const int address =
        evergreen >= 0 ? evergreen : candidateRow(model, QStringLiteral("742 Evergreen"));
    const int abroad = london >= 0 ? london : candidateRow(model, QStringLiteral("10 Downing"));
    QVERIFY(abroad >= 0);
    model->setChecked(evergreenSubnet, true);
    QVERIFY2(dryRunOf(model, evergreenSubnet).startsWith(QStringLiteral("✖")),
             qPrintable(dryRunOf(model, evergreenSubnet)));
    QVERIFY(!apply->isEnabled());
    for (const int row : {evergreenPlace, address, mailRoom, mailSubnet, atDefault, abroad})
        model->setChecked(row, true);
    QVERIFY2(dryRunOf(model, evergreenSubnet).startsWith(QStringLiteral("Created after its place")),
             qPrintable(dryRunOf(model, evergreenSubnet)));
    QVERIFY2(dryRunOf(model, mailRoom).startsWith(QStringLiteral("Created, with its Teams id")),
             qPrintable(dryRunOf(model, mailRoom)));
    QVERIFY2(dryRunOf(model, atDefault).contains(QStringLiteral("default location")),
             qPrintable(dryRunOf(model, atDefault)));
    QVERIFY2(dryRunOf(model, abroad).startsWith(QStringLiteral("✖")),
             qPrintable(dryRunOf(model, abroad)));
    QCOMPARE(apply->text(), QStringLiteral("&Adopt (5)"));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("teams-adoption.png")));
    const a11y::WalkResult walked = a11y::walk(dialog);
    QVERIFY2(walked.findings.isEmpty(), qPrintable(walked.findings.join(QLatin1Char('\n'))));

    apply->click();
    // The run belongs to the session: closing the dialog at once loses no row that waits for
    // its parent.
    const QPointer<TeamsAdoptionRun> run = dialog->run();
    QVERIFY(run);
    const QString firstResult =
        model->index(address, TeamsAdoptionModel::ResultColumn).data().toString();
    QVERIFY2(firstResult.contains(QStringLiteral("Queued")), qPrintable(firstResult));
    // While they are being sent, another adoption does not offer them again.
    const int offered = model->rowCount();
    TeamsAdoptionDialog *second = window->adoptFromTeams();
    QVERIFY(second);
    QCOMPARE(second->model()->rowCount(), offered - 5);
    second->close();
    dialog->close();
    QTRY_VERIFY(!window->findChild<TeamsAdoptionDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(run && run->isFinished(), 30000);
    QCOMPARE(run->count(TeamsAdoptionRun::State::Created), 5);
    QCOMPARE(run->count(TeamsAdoptionRun::State::NotSent), 2);

    // In the cache with Teams's ids, each under its parent.
    const auto adopted = [&] {
        const DispatchableTenantState now =
            teamscomparison::load(*m_app.session->cache(), m_tenant);
        QString addressId, placeId, knownPlaceId;
        for (const EmergencyAddress &a : now.map.addresses)
            if (a.teamsCivicAddressId == extra.address)
                addressId = a.id;
        for (const Place &p : now.map.places) {
            if (p.teamsLocationId == extra.place && p.addressId == addressId &&
                p.building == QStringLiteral("Building 2") && p.floor == QStringLiteral("Floor 1"))
                placeId = p.id;
            if (p.teamsLocationId == extra.placeAtKnown && p.addressId == known->id)
                knownPlaceId = p.id;
        }
        int subnets = 0;
        for (const NetworkElement &e : now.map.elements)
            subnets += (e.subnet == QStringLiteral("10.77.1.0/32") && e.placeId == placeId) ||
                       (e.subnet == QStringLiteral("10.77.2.0/32") && e.placeId == knownPlaceId);
        return !addressId.isEmpty() && !placeId.isEmpty() && !knownPlaceId.isEmpty() &&
               subnets == 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(adopted(), 30000);

    // The window compared again: what was adopted is in both now, and not offered again.
    const auto sideOf = [&](TeamsObjectKind kind, const QString &teamsId) {
        for (const TeamsComparisonRow &row : window->rows())
            if (row.kind == kind && row.teamsId == teamsId)
                return row.side;
        return TeamsSide::OnlyInDispatchable;
    };
    // The cache has them before the window hears of the last change: wait for each.
    for (const auto &[kind, id] : QList<QPair<TeamsObjectKind, QString>>{
             {TeamsObjectKind::Address, extra.address},
             {TeamsObjectKind::Place, extra.place},
             {TeamsObjectKind::Place, extra.placeAtKnown},
             {TeamsObjectKind::Subnet, QStringLiteral("10.77.1.0")},
             {TeamsObjectKind::Subnet, QStringLiteral("10.77.2.0")}}) {
        QTRY_COMPARE(sideOf(kind, id), TeamsSide::Equal);
    }
    QCOMPARE(sideOf(TeamsObjectKind::Subnet, QStringLiteral("10.77.3.0")), TeamsSide::OnlyInTeams);
    // The round trip: the difference script has nothing to do for what was adopted.
    TeamsDifferenceDialog *difference = window->exportDifference();
    QVERIFY(difference);
    for (const TeamsDifferenceStep &step : difference->plan().steps)
        QVERIFY2(step.teamsId != extra.address && step.teamsId != extra.place &&
                     step.teamsId != extra.placeAtKnown,
                 qPrintable(step.cmdlet + QLatin1Char(' ') + step.label));
    difference->close();
}

namespace {
// "350 Fifth Ave": the street in one text, as TeamsE911Automation writes Address.
QString streetLine(const CivicAddress &c)
{
    QStringList parts{c.addNumber, c.addNumSuf, c.stPreDir, c.stName, c.stPosTyp, c.stPosDir};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}
} // namespace

void TestTeamsComparisonWindow::automationExportIsComparedAndAdoptedWithoutIds()
{
    TeamsComparisonWindow *window = openWindow();
    const DispatchableTenantState ours = teamscomparison::load(*m_app.session->cache(), m_tenant);
    const QSet<QString> unique = uniqueStreets(ours.map.addresses);
    // Get-CsE911OnlineConfiguration: each place at an address with a street of its own (users on
    // it, no element), and an address with a place and a subnet only Teams holds.
    QByteArray csv = csvHeader(
        "CompanyName,CompanyTaxId,Description,Location,Address,City,StateOrProvince,PostalCode,"
        "CountryOrRegion,Latitude,Longitude,ELIN,NetworkDescription,NetworkObjectType,"
        "NetworkObjectIdentifier,SkipMapsLookup,EntryHash,Warning");
    QStringList listedPlaces;
    for (const Place &p : ours.map.places) {
        const auto a =
            std::find_if(ours.map.addresses.cbegin(), ours.map.addresses.cend(),
                         [&p](const EmergencyAddress &e) { return e.id == p.addressId; });
        if (a == ours.map.addresses.cend() || !unique.contains(a->id))
            continue;
        const CivicAddress c = a->normalized.value_or(a->civic);
        listedPlaces.append(p.id);
        csv += csvLine({a->companyName,
                        {},
                        a->companyName,
                        p.label(),
                        streetLine(c),
                        c.postalCommunity,
                        c.state,
                        c.postalCode,
                        c.country,
                        {},
                        {},
                        {},
                        {},
                        QStringLiteral("Unknown"),
                        {},
                        QStringLiteral("False"),
                        {},
                        {}});
    }
    QVERIFY(!listedPlaces.isEmpty());
    csv += csvLine({QStringLiteral("Contoso Annex"),
                    {},
                    QStringLiteral("Contoso Annex"),
                    QStringLiteral("Floor 2"),
                    QStringLiteral("350 Fifth Ave"),
                    QStringLiteral("New York"),
                    QStringLiteral("NY"),
                    QStringLiteral("10118"),
                    QStringLiteral("US"),
                    QStringLiteral("40.7484"),
                    QStringLiteral("-73.9857"),
                    {},
                    QStringLiteral("Annex wired"),
                    QStringLiteral("Subnet"),
                    QStringLiteral("10.88.1.0"),
                    QStringLiteral("True"),
                    {},
                    {}});
    const QString path = m_dir.filePath(QStringLiteral("teams-e911-automation.csv"));
    QVERIFY(writeFile(path, csv));
    // With the numbers export too: still nothing to record, since no address has a Teams id.
    const TeamsExport withIds = writeExport(ours, m_dir.path());
    const QString numbers = withIds.paths.last();
    QVERIFY(numbers.endsWith(QStringLiteral("teams-numbers.csv")));
    window->addFiles({path, numbers});
    QCOMPARE(issueTexts(window), QStringList());
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200); // the layout makes room for the longer text of the files read
        window->grab().save(QDir(dir).filePath(QStringLiteral("teams-automation.png")));
    }

    // Matched by name, also the places that keep a Teams id since the cases above; nothing is
    // only in Dispatchable, since the export lists only what has users or elements.
    TeamsComparisonModel *places = window->modelFor(TeamsObjectKind::Place);
    for (const QString &id : std::as_const(listedPlaces)) {
        const TeamsComparisonRow *row = rowFor(places, id);
        QVERIFY2(row && row->side == TeamsSide::Equal, qPrintable(id));
    }
    QCOMPARE(countOf(places, TeamsSide::OnlyInDispatchable), 0);
    QCOMPARE(countOf(window->modelFor(TeamsObjectKind::Address), TeamsSide::OnlyInDispatchable), 0);
    QCOMPARE(countOf(window->modelFor(TeamsObjectKind::Address), TeamsSide::OnlyInTeams), 1);
    // No Teams id to keep, no reading of numbers to record, no script step.
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("keepTeamsIds"))->isEnabled());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("recordTeamsNumberLocations"))
                 ->isEnabled());
    TeamsDifferenceDialog *difference = window->exportDifference();
    QVERIFY(difference);
    QCOMPARE(difference->plan().steps.size(), 0);
    QVERIFY(std::any_of(difference->plan().notes.cbegin(), difference->plan().notes.cend(),
                        [](const TeamsPlanNote &n) {
                            return n.reason.contains(QStringLiteral("TeamsE911Automation"));
                        }));
    difference->close();

    // Adopting the annex creates it with no Teams id.
    TeamsAdoptionDialog *dialog = window->adoptFromTeams();
    QVERIFY(dialog);
    TeamsAdoptionModel *model = dialog->model();
    const int annex = candidateRow(model, QStringLiteral("350 FIFTH")) >= 0
                          ? candidateRow(model, QStringLiteral("350 FIFTH"))
                          : candidateRow(model, QStringLiteral("350 Fifth"));
    const int floor = candidateRow(model, QStringLiteral("Floor 2"));
    const int subnet = candidateRow(model, QStringLiteral("10.88.1.0"));
    for (const int row : {annex, floor, subnet}) {
        QVERIFY2(row >= 0, qPrintable(QString::number(row)));
        model->setChecked(row, true);
        QVERIFY2(!dryRunOf(model, row).startsWith(QStringLiteral("✖")),
                 qPrintable(dryRunOf(model, row)));
    }
    dialog->findChild<QPushButton *>(QStringLiteral("adoptFromTeams"))->click();
    const QPointer<TeamsAdoptionRun> run = dialog->run();
    QVERIFY(run);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(run && run->isFinished(), 30000);
    QCOMPARE(run->count(TeamsAdoptionRun::State::Created), 3);
    const auto adopted = [&] {
        const DispatchableTenantState now =
            teamscomparison::load(*m_app.session->cache(), m_tenant);
        QString addressId, placeId;
        for (const EmergencyAddress &a : now.map.addresses)
            if (a.civic.postalCode == QStringLiteral("10118") && a.teamsCivicAddressId.isEmpty())
                addressId = a.id;
        for (const Place &p : now.map.places)
            if (p.addressId == addressId && p.label() == QStringLiteral("Floor 2") &&
                p.teamsLocationId.isEmpty())
                placeId = p.id;
        return !placeId.isEmpty() &&
               std::any_of(now.map.elements.cbegin(), now.map.elements.cend(),
                           [&](const NetworkElement &e) {
                               return e.placeId == placeId &&
                                      e.subnet == QStringLiteral("10.88.1.0/32");
                           });
    };
    QTRY_VERIFY_WITH_TIMEOUT(adopted(), 30000);
    // Compared again, the annex is in both.
    QTRY_COMPARE(countOf(window->modelFor(TeamsObjectKind::Address), TeamsSide::OnlyInTeams), 0);
    QTRY_COMPARE(countOf(window->modelFor(TeamsObjectKind::Subnet), TeamsSide::OnlyInTeams), 0);
}

QTEST_MAIN(TestTeamsComparisonWindow)
#include "tst_teams_comparison_window.moc"
