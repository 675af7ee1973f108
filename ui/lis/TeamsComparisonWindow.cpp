#include "TeamsComparisonWindow.h"

#include "TeamsAdoptionDialog.h"
#include "TeamsDifferenceDialog.h"
#include "domain/AddressLine.h"
#include "models/TeamsComparisonModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/SyncEngine.h"
#include "teams/TeamsComparisonQuery.h"
#include "teams/TeamsExportCommands.h"
#include "teams/TeamsNumberLocations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr TeamsObjectKind tabKinds[] = {
    TeamsObjectKind::Address,     TeamsObjectKind::Place,  TeamsObjectKind::Subnet,
    TeamsObjectKind::AccessPoint, TeamsObjectKind::Switch, TeamsObjectKind::Port,
    TeamsObjectKind::TrustedIp,   TeamsObjectKind::Policy, TeamsObjectKind::Routing,
    TeamsObjectKind::Number,
};

// An export file is small enough to read whole; a larger one is no Teams export.
constexpr qint64 largestExportFile = 200LL * 1024 * 1024;
} // namespace

TeamsComparisonWindow::TeamsComparisonWindow(AppSession *session, const QString &tenantId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
{
    setObjectName(QStringLiteral("teamsComparisonWindow"));
    const QString tenantName = session->cache()->tenantName(tenantId, tenantId);
    setWindowTitle(tr("Compare With Teams — %1").arg(tenantName));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildCommands());
    layout->addWidget(buildFileBar());
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("teamsIssues"));
    m_issues->setAccessibleName(tr("Rows that could not be read"));
    m_issues->setMaximumHeight(110);
    m_issues->setVisible(false);
    layout->addWidget(m_issues);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(tr("Add the export files to compare."), this);
    m_summary->setObjectName(QStringLiteral("teamsSummary"));
    m_summary->setWordWrap(true);
    m_showEqual = new QCheckBox(tr("Show &equal rows too"), this);
    m_showEqual->setObjectName(QStringLiteral("teamsShowEqual"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_showEqual);
    layout->addLayout(summaryRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("teamsTabs"));
    m_tabs->setAccessibleName(tr("What differs, by kind"));
    for (const TeamsObjectKind kind : tabKinds) {
        auto *model = new TeamsComparisonModel(kind, this);
        m_models.append(model);
        auto *view = new QTableView(m_tabs);
        view->setModel(model);
        view->setAccessibleName(teamsObjectKindName(kind));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere in the app
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnWidth(TeamsComparisonModel::SideColumn, 190);
        view->setColumnWidth(TeamsComparisonModel::ObjectColumn, 360);
        view->setColumnWidth(TeamsComparisonModel::DifferencesColumn, 200);
        m_tabs->addTab(view, teamsObjectKindName(kind));
    }
    layout->addWidget(m_tabs, 1);
    connect(m_showEqual, &QCheckBox::toggled, this, [this](bool show) {
        for (TeamsComparisonModel *model : std::as_const(m_models))
            model->setShowEqual(show);
    });

    layout->addLayout(buildKeepRow());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportDifference =
        buttons->addButton(tr("Export the &Difference…"), QDialogButtonBox::ActionRole);
    m_exportDifference->setObjectName(QStringLiteral("exportTeamsDifference"));
    m_exportDifference->setAutoDefault(false);
    m_exportDifference->setEnabled(false);
    m_exportDifference->setToolTip(
        tr("Preview and save a Teams script that changes only what differs."));
    connect(m_exportDifference, &QPushButton::clicked, this,
            &TeamsComparisonWindow::exportDifference);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TeamsComparisonWindow::updateKeepButtons);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<QTableView *>(m_tabs->widget(i));
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &TeamsComparisonWindow::updateKeepButtons);
    }
    // Kept ids come back with the sync: the view then compares again and matches by id.
    connect(session->syncEngine(), &SyncEngine::changesApplied, this, [this] {
        if (m_keeping && !m_files.isEmpty())
            compare();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 760);
}

// Confirm Match… and Keep Teams Ids, with what keeping did.
QLayout *TeamsComparisonWindow::buildKeepRow()
{
    auto *row = new QHBoxLayout;
    m_confirmMatch = new QPushButton(tr("Con&firm Match…"), this);
    m_confirmMatch->setObjectName(QStringLiteral("confirmTeamsMatch"));
    m_confirmMatch->setAutoDefault(false);
    m_confirmMatch->setEnabled(false);
    m_confirmMatch->setToolTip(
        tr("Say which of Dispatchable's candidates the selected undecided row is."));
    connect(m_confirmMatch, &QPushButton::clicked, this,
            &TeamsComparisonWindow::chooseConfirmedMatch);
    m_keepIds = new QPushButton(tr("&Keep Teams Ids"), this);
    m_keepIds->setObjectName(QStringLiteral("keepTeamsIds"));
    m_keepIds->setAutoDefault(false);
    m_keepIds->setEnabled(false);
    m_keepIds->setToolTip(tr("Store Teams's ids on the matched addresses and places, so that "
                             "they match by id from now on. Numbers stay as they are."));
    connect(m_keepIds, &QPushButton::clicked, this, &TeamsComparisonWindow::keepTeamsIds);
    m_adopt = new QPushButton(tr("Ado&pt From Teams…"), this);
    m_adopt->setObjectName(QStringLiteral("adoptTeamsRows"));
    m_adopt->setAutoDefault(false);
    m_adopt->setEnabled(false);
    m_adopt->setToolTip(tr("Create in Dispatchable what only Teams holds: the selected rows, "
                           "after a dry run."));
    connect(m_adopt, &QPushButton::clicked, this, &TeamsComparisonWindow::adoptFromTeams);
    m_recordNumbers = new QPushButton(tr("&Record Number Locations"), this);
    m_recordNumbers->setObjectName(QStringLiteral("recordTeamsNumberLocations"));
    m_recordNumbers->setAutoDefault(false);
    m_recordNumbers->setEnabled(false);
    m_recordNumbers->setToolTip(
        tr("Keep what the number export says of each number's emergency location, so that the "
           "numbers table, the kiosk and the reports flag the numbers Teams locates elsewhere. "
           "Needs the exports of numbers, addresses and locations."));
    connect(m_recordNumbers, &QPushButton::clicked, this,
            &TeamsComparisonWindow::recordNumberLocations);
    m_keepStatus = new QLabel(this);
    m_keepStatus->setObjectName(QStringLiteral("teamsKeepStatus"));
    m_keepStatus->setWordWrap(true);
    m_keepStatus->setVisible(false);
    row->addWidget(m_confirmMatch);
    row->addWidget(m_keepIds);
    row->addWidget(m_adopt);
    row->addWidget(m_recordNumbers);
    row->addWidget(m_keepStatus, 1);
    row->addStretch(1); // the buttons keep their size while the status is hidden
    return row;
}

QWidget *TeamsComparisonWindow::buildCommands()
{
    auto *group = new QGroupBox(tr("1. Export what the tenant holds in Teams"), this);
    auto *layout = new QVBoxLayout(group);
    auto *intro = new QLabel(
        tr("Run these commands in Teams PowerShell (after Connect-MicrosoftTeams). Each writes "
           "one CSV file; reading them changes nothing in Teams or here."),
        group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_commands = new QPlainTextEdit(teams::exportCommands(), group);
    m_commands->setObjectName(QStringLiteral("teamsExportCommands"));
    m_commands->setReadOnly(true);
    m_commands->setAccessibleName(tr("Teams export commands"));
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Every line in view: 16 lines and the frame.
    m_commands->setFixedHeight(m_commands->fontMetrics().lineSpacing() * 16 + 12);
    layout->addWidget(m_commands);
    auto *copy = new QPushButton(tr("&Copy Commands"), group);
    copy->setObjectName(QStringLiteral("copyTeamsCommands"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(teams::exportCommands()); });
    layout->addWidget(copy, 0, Qt::AlignLeft);
    return group;
}

QWidget *TeamsComparisonWindow::buildFileBar()
{
    auto *group = new QGroupBox(tr("2. Add the files (or drop them here)"), this);
    auto *layout = new QVBoxLayout(group);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Export Files…"), group);
    add->setObjectName(QStringLiteral("addTeamsFiles"));
    add->setAutoDefault(false);
    auto *clear = new QPushButton(tr("C&lear"), group);
    clear->setObjectName(QStringLiteral("clearTeamsFiles"));
    clear->setAutoDefault(false);
    m_filesRead = new QLabel(tr("No file yet."), group);
    m_filesRead->setObjectName(QStringLiteral("teamsFilesRead"));
    m_filesRead->setWordWrap(true);
    buttons->addWidget(add);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_filesRead);
    connect(add, &QPushButton::clicked, this, &TeamsComparisonWindow::chooseFiles);
    connect(clear, &QPushButton::clicked, this, &TeamsComparisonWindow::clearFiles);
    return group;
}

void TeamsComparisonWindow::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add Teams Export Files"), QString(),
                                      tr("Teams exports (*.csv *.json *.txt);;All files (*)"));
    addFiles(paths);
}

void TeamsComparisonWindow::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (QFileInfo(path).size() > largestExportFile)
            m_unopened.append(tr("%1: larger than any Teams export; not read.").arg(name));
        else if (!file.open(QIODevice::ReadOnly))
            m_unopened.append(tr("%1: could not be opened (%2).").arg(name, file.errorString()));
        else
            m_files.append({name, file.readAll()});
        // When the export was made, as near as the files tell: the newest written.
        const QDateTime written =
            std::min(QFileInfo(path).lastModified().toUTC(), QDateTime::currentDateTimeUtc());
        if (!m_exportedAt.isValid() || written > m_exportedAt)
            m_exportedAt = written;
    }
    compare();
}

void TeamsComparisonWindow::clearFiles()
{
    m_files.clear();
    m_exportedAt = QDateTime();
    m_unopened.clear();
    m_confirmed.clear();
    m_keepStatus->setVisible(false);
    compare();
}

TeamsComparisonModel *TeamsComparisonWindow::modelFor(TeamsObjectKind kind) const
{
    for (TeamsComparisonModel *model : m_models) {
        if (model->kind() == kind)
            return model;
    }
    return nullptr;
}

QString TeamsComparisonWindow::summaryText() const
{
    return m_summary->text();
}

void TeamsComparisonWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TeamsComparisonWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addFiles(paths);
    event->acceptProposedAction();
}

TeamsDifferenceDialog *TeamsComparisonWindow::exportDifference()
{
    if (m_files.isEmpty())
        return nullptr;
    // Dispatchable's side as the comparison read it: the steps are the difference shown.
    auto *dialog =
        new TeamsDifferenceDialog(m_ours.map, planTeamsDifference(m_teams, m_ours), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TeamsComparisonWindow::compare()
{
    TeamsTenantSnapshot teams;
    QStringList read;
    for (const auto &[name, data] : std::as_const(m_files)) {
        const teams::ExportKind kind = teams.addFile(name, data);
        read.append(tr("%1 (%2)").arg(name, teams::exportKindText(kind)));
    }
    QString filesRead =
        read.isEmpty() ? tr("No file yet.") : tr("Read: %1").arg(read.join(QStringLiteral("; ")));
    if (teams.readWithoutIds())
        filesRead += QLatin1Char('\n') +
                     tr("The TeamsE911Automation export has no Teams ids: its rows are matched "
                        "by street and name, and the script and Keep Teams Ids leave them out.");
    m_filesRead->setText(filesRead);
    m_teams = teams;
    m_ours = m_files.isEmpty() ? DispatchableTenantState()
                               : teamscomparison::load(*m_session->cache(), m_tenantId);
    m_rows = m_files.isEmpty() ? QList<TeamsComparisonRow>() : compareWithTeams(teams, m_ours);
    m_exportDifference->setEnabled(!m_files.isEmpty());
    QHash<TeamsSide, int> counts;
    for (const TeamsComparisonRow &row : std::as_const(m_rows))
        ++counts[row.side];
    for (int i = 0; i < int(m_models.size()); ++i) {
        TeamsComparisonModel *model = m_models.at(i);
        model->setRows(m_rows);
        int open = 0;
        for (const TeamsComparisonRow &row : model->allRows())
            open += row.side != TeamsSide::Equal;
        const QString name = teamsObjectKindName(model->kind());
        m_tabs->setTabText(i,
                           model->allRows().isEmpty() ? name : tr("%1 (%2)").arg(name).arg(open));
    }
    if (m_files.isEmpty())
        m_summary->setText(tr("Add the export files to compare."));
    else
        m_summary->setText(
            tr("%1 different · %2 only in Teams · %3 only in Dispatchable · %4 to confirm · %5 "
               "equal")
                .arg(counts.value(TeamsSide::Different))
                .arg(counts.value(TeamsSide::OnlyInTeams))
                .arg(counts.value(TeamsSide::OnlyInDispatchable))
                .arg(counts.value(TeamsSide::Ambiguous))
                .arg(counts.value(TeamsSide::Equal)));
    m_summary->setAccessibleName(m_summary->text());
    markConfirmed();
    showIssues(teams);
}

void TeamsComparisonWindow::markConfirmed()
{
    for (TeamsComparisonRow &row : m_rows) {
        const QString chosen = m_confirmed.value(row.teamsId);
        if (row.side == TeamsSide::Ambiguous && row.candidates.contains(chosen))
            row.note = tr("Confirmed as %1; kept with Keep Teams Ids.")
                           .arg(candidateLabel(row.kind, chosen));
    }
    for (TeamsComparisonModel *model : std::as_const(m_models))
        model->setRows(m_rows);
    // What is queued already waits for the sync: queuing it again would be refused as stale.
    m_toKeep = teamsIdsToKeep(m_rows, m_ours.map, m_confirmed);
    m_toKeep.removeIf(
        [this](const TeamsIdToKeep &keep) { return m_queued.contains(keep.dispatchableId); });
    updateKeepButtons();
}

const TeamsComparisonRow *TeamsComparisonWindow::selectedRow() const
{
    const auto *view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    const int i = m_tabs->currentIndex();
    if (!view || i < 0 || i >= int(m_models.size()))
        return nullptr;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    const int row = selected.size() == 1 ? selected.constFirst().row() : -1;
    if (row < 0 || row >= m_models.at(i)->rowCount())
        return nullptr;
    return &m_models.at(i)->rowAt(row);
}

void TeamsComparisonWindow::updateKeepButtons()
{
    const bool canWrite = m_session->canWrite();
    const TeamsComparisonRow *row = selectedRow();
    m_confirmMatch->setEnabled(
        canWrite && row && row->side == TeamsSide::Ambiguous &&
        (row->kind == TeamsObjectKind::Address || row->kind == TeamsObjectKind::Place));
    m_keepIds->setEnabled(canWrite && !m_toKeep.isEmpty());
    m_adopt->setEnabled(canWrite && std::any_of(m_rows.cbegin(), m_rows.cend(), isTeamsAdoptable));
    m_recordNumbers->setEnabled(canWrite && !m_files.isEmpty() && canRecordNumberLocations());
    m_keepIds->setText(m_toKeep.isEmpty() ? tr("&Keep Teams Ids")
                                          : tr("&Keep Teams Ids (%1)").arg(m_toKeep.size()));
}

QList<TeamsComparisonRow> TeamsComparisonWindow::selectedRows() const
{
    QList<TeamsComparisonRow> rows;
    for (int i = 0; i < m_tabs->count() && i < int(m_models.size()); ++i) {
        const auto *view = qobject_cast<QTableView *>(m_tabs->widget(i));
        for (const QModelIndex &index : view->selectionModel()->selectedRows())
            rows.append(m_models.at(i)->rowAt(index.row()));
    }
    return rows;
}

TeamsAdoptionDialog *TeamsComparisonWindow::adoptFromTeams()
{
    if (m_files.isEmpty())
        return nullptr;
    auto *dialog = new TeamsAdoptionDialog(m_session, m_tenantId, m_rows, selectedRows(), m_teams,
                                           m_confirmed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamsAdoptionDialog::adopted, this, [this] { m_keeping = true; });
    dialog->open();
    return dialog;
}

QString TeamsComparisonWindow::candidateLabel(TeamsObjectKind kind, const QString &id) const
{
    for (const EmergencyAddress &a : m_ours.map.addresses) {
        if (kind == TeamsObjectKind::Address && a.id == id)
            return emergencyAddressLine(a);
    }
    for (const Place &p : m_ours.map.places) {
        if (kind == TeamsObjectKind::Place && p.id == id)
            return p.label();
    }
    return id;
}

void TeamsComparisonWindow::chooseConfirmedMatch()
{
    const TeamsComparisonRow *row = selectedRow();
    if (!row || row->side != TeamsSide::Ambiguous)
        return;
    QStringList labels;
    for (const QString &id : row->candidates)
        labels.append(candidateLabel(row->kind, id));
    bool chosen = false;
    const QString label =
        QInputDialog::getItem(this, tr("Confirm Match"),
                              tr("Teams's %1 is which of these in Dispatchable?").arg(row->label),
                              labels, 0, false, &chosen);
    if (chosen)
        confirmMatch(row->teamsId, row->candidates.value(labels.indexOf(label)));
}

bool TeamsComparisonWindow::confirmMatch(const QString &teamsId, const QString &dispatchableId)
{
    for (TeamsComparisonRow &row : m_rows) {
        if (row.teamsId != teamsId || row.side != TeamsSide::Ambiguous ||
            !row.candidates.contains(dispatchableId))
            continue;
        m_confirmed.insert(teamsId, dispatchableId);
        markConfirmed();
        return true;
    }
    return false;
}

bool TeamsComparisonWindow::keepTeamsIds()
{
    if (m_toKeep.isEmpty() || !m_session->canWrite())
        return false;
    QString error;
    const QList<OutboxRequest> edits = teamsIdKeepingRequests(m_toKeep, m_ours.map);
    if (m_session->outbox()->enqueue(edits, &error).isEmpty()) {
        m_keepStatus->setText(
            tr("Nothing was queued: the outbox could not be written: %1").arg(error));
        m_keepStatus->setVisible(true);
        return false;
    }
    m_keeping = true;
    for (const TeamsIdToKeep &keep : std::as_const(m_toKeep))
        m_queued.insert(keep.dispatchableId);
    m_keepStatus->setText(tr("%n edit(s) queued to keep Teams's ids. The view compares again "
                             "when the sync brings them back.",
                             nullptr, int(edits.size())));
    m_keepStatus->setVisible(true);
    m_toKeep.clear();
    updateKeepButtons();
    return true;
}

bool TeamsComparisonWindow::canRecordNumberLocations() const
{
    // Without the addresses and locations, where Teams locates a number is unknown: recording
    // it would flag every registered number.
    return m_teams.hasRead(teams::ExportKind::NumberAssignment) &&
           m_teams.hasRead(teams::ExportKind::CivicAddress) &&
           m_teams.hasRead(teams::ExportKind::Location);
}

bool TeamsComparisonWindow::recordNumberLocations()
{
    if (!m_session->canWrite() || !canRecordNumberLocations())
        return false;
    const TeamsNumberLocations reading =
        teamsNumberLocationsOf(m_teams, m_ours, m_tenantId, m_exportedAt);
    QString error;
    if (!m_session->outbox()->enqueue(outbox::teamsNumberLocationsRecord(reading), &error)) {
        m_keepStatus->setText(
            tr("Nothing was queued: the outbox could not be written: %1").arg(error));
        m_keepStatus->setVisible(true);
        return false;
    }
    m_keepStatus->setText(tr("Queued: the Teams location of %n number(s). The numbers table "
                             "flags those Teams locates elsewhere once the sync brings it back.",
                             nullptr, int(reading.numbers.size())));
    m_keepStatus->setVisible(true);
    return true;
}

void TeamsComparisonWindow::showIssues(const TeamsTenantSnapshot &teams)
{
    m_issues->clear();
    m_issues->addItems(m_unopened);
    for (const TeamsRowIssue &issue : teams.issues()) {
        const QString what = issue.skipped ? tr("left out") : tr("read in part");
        m_issues->addItem(
            issue.row == 0
                ? tr("%1: %2").arg(issue.file, issue.reason)
                : tr("%1, row %2 (%3): %4").arg(issue.file).arg(issue.row).arg(what, issue.reason));
    }
    m_issues->setVisible(m_issues->count() > 0);
}
