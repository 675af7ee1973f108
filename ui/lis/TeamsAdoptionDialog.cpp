#include "TeamsAdoptionDialog.h"

#include "models/TeamsAdoptionModel.h"
#include "session/AppSession.h"
#include "store/Outbox.h"
#include "teams/TeamsAdoptionRun.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TeamsAdoptionDialog::TeamsAdoptionDialog(AppSession *session, const QString &tenantId,
                                         const QList<TeamsComparisonRow> &rows,
                                         const QList<TeamsComparisonRow> &selected,
                                         const TeamsTenantSnapshot &teams,
                                         const QHash<QString, QString> &confirmed, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_rows(rows)
    , m_teams(teams)
    , m_confirmed(confirmed)
    , m_model(new TeamsAdoptionModel(this))
{
    setObjectName(QStringLiteral("teamsAdoptionDialog"));
    setWindowTitle(tr("Adopt From Teams"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Check what Dispatchable should take over from Teams. Each object is created here "
           "with its Teams id, so it matches Teams from then on; nothing changes in Teams. A "
           "place needs its address, and an element its place, in Dispatchable or checked too."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QList<TeamsComparisonRow> candidates;
    QList<bool> checked;
    // Rows an earlier adoption of this tenant is still sending are not offered twice.
    const QList<TeamsAdoptionRun *> running = session->findChildren<TeamsAdoptionRun *>();
    const auto beingAdopted = [&](const TeamsComparisonRow &row) {
        return std::any_of(running.cbegin(), running.cend(), [&](const TeamsAdoptionRun *run) {
            return run->tenantId() == tenantId && run->isAdopting(row.kind, row.teamsId);
        });
    };
    for (const TeamsComparisonRow &row : rows) {
        if (!isTeamsAdoptable(row) || beingAdopted(row))
            continue;
        candidates.append(row);
        checked.append(selected.contains(row));
    }
    m_model->setCandidates(candidates, checked);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("teamsAdoptionTable"));
    m_view->setAccessibleName(tr("What to adopt, and its dry run"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TeamsAdoptionModel::ObjectColumn, 300);
    m_view->setColumnWidth(TeamsAdoptionModel::KindColumn, 100);
    m_view->setColumnWidth(TeamsAdoptionModel::BecomesColumn, 260);
    m_view->setColumnWidth(TeamsAdoptionModel::DryRunColumn, 360);
    layout->addWidget(m_view, 1);
    auto *checks = new QHBoxLayout;
    m_checkAll = new QPushButton(tr("Chec&k All"), this);
    m_checkAll->setObjectName(QStringLiteral("adoptionCheckAll"));
    m_checkAll->setAutoDefault(false);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    m_uncheckAll = new QPushButton(tr("&Uncheck All"), this);
    m_uncheckAll->setObjectName(QStringLiteral("adoptionUncheckAll"));
    m_uncheckAll->setAutoDefault(false);
    connect(m_uncheckAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    checks->addWidget(m_checkAll);
    checks->addWidget(m_uncheckAll);
    checks->addStretch(1);
    layout->addLayout(checks);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teamsAdoptionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("teamsAdoptionState"));
    m_state->setWordWrap(true);
    m_state->setVisible(false);
    layout->addWidget(m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_adopt = buttons->addButton(tr("&Adopt"), QDialogButtonBox::ApplyRole);
    m_adopt->setObjectName(QStringLiteral("adoptFromTeams"));
    m_adopt->setAutoDefault(false);
    connect(m_adopt, &QPushButton::clicked, this, &TeamsAdoptionDialog::adopt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_model, &TeamsAdoptionModel::chosenChanged, this, &TeamsAdoptionDialog::replan);
    replan();
    resize(1180, 560);
}

void TeamsAdoptionDialog::replan()
{
    m_plan = planTeamsAdoption(m_model->chosen(), m_rows, m_teams, m_confirmed);
    m_model->setPlan(m_plan);
    m_view->resizeRowsToContents();
    m_summary->setText(summary());
    const int sent = int(std::count_if(m_plan.cbegin(), m_plan.cend(),
                                       [](const TeamsAdoption &a) { return a.isSent(); }));
    m_adopt->setText(sent ? tr("&Adopt (%1)").arg(sent) : tr("&Adopt"));
    m_adopt->setEnabled(sent > 0 && !m_run && m_session->canWrite());
    m_checkAll->setEnabled(!m_run && m_model->rowCount() > 0);
    m_uncheckAll->setEnabled(!m_run && !m_plan.isEmpty());
    if (!m_session->canWrite())
        m_adopt->setToolTip(tr("Your role may read but not change this tenant."));
}

QString TeamsAdoptionDialog::summary() const
{
    if (m_run && m_run->isFinished())
        return tr("Created: %1 · Already there: %2 · Failed: %3 · Not sent: %4")
            .arg(m_run->count(TeamsAdoptionRun::State::Created))
            .arg(m_run->count(TeamsAdoptionRun::State::AlreadyThere))
            .arg(m_run->count(TeamsAdoptionRun::State::Failed))
            .arg(m_run->count(TeamsAdoptionRun::State::NotSent));
    if (m_plan.isEmpty())
        return m_model->rowCount() == 0 ? tr("Nothing is only in Teams.")
                                        : tr("Check the rows to adopt.");
    int create = 0;
    int after = 0;
    int refused = 0;
    for (const TeamsAdoption &a : m_plan) {
        create += a.action == TeamsAdoptAction::Create;
        after += a.action == TeamsAdoptAction::CreateAfter;
        refused += a.action == TeamsAdoptAction::Refused;
    }
    return tr("To create: %1 · After their parent: %2 · ✖ Not adopted: %3")
        .arg(create)
        .arg(after)
        .arg(refused);
}

bool TeamsAdoptionDialog::adopt()
{
    if (m_run || !m_session->canWrite())
        return false;
    // Owned by the session: closing this dialog or the comparison loses no row that waits for
    // its parent.
    auto *run = new TeamsAdoptionRun(*m_session->outbox(), m_tenantId, m_plan, m_session);
    QString error;
    if (!run->start(&error)) {
        run->deleteLater();
        m_state->setText(
            error.isEmpty()
                ? tr("✖ Nothing to adopt: every checked row is refused.")
                : tr("✖ Nothing was queued: the outbox could not be written: %1").arg(error));
        m_state->setVisible(true);
        return false;
    }
    m_run = run;
    m_model->setRun(run);
    connect(run, &TeamsAdoptionRun::rowsChanged, this, &TeamsAdoptionDialog::showResults);
    m_adopt->setEnabled(false);
    m_checkAll->setEnabled(false);
    m_uncheckAll->setEnabled(false);
    showResults();
    emit adopted();
    return true;
}

void TeamsAdoptionDialog::showResults()
{
    m_view->resizeRowsToContents();
    m_summary->setText(summary());
    const int open = m_run->count(TeamsAdoptionRun::State::Queued) +
                     m_run->count(TeamsAdoptionRun::State::Waiting);
    m_state->setText(
        open ? tr("%n row(s) queued or waiting for their parent. They are sent even if you close "
                  "this window, until you sign out or quit.",
                  nullptr, open)
        : m_run->count(TeamsAdoptionRun::State::Failed) > 0
            ? tr("Done, with failures: the Result column says why for each row.")
            : tr("Done. The comparison shows the adopted objects in both once the sync brings "
                 "them."));
    m_state->setVisible(true);
}
