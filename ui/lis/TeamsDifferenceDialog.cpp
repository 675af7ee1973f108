#include "TeamsDifferenceDialog.h"

#include "DialogAnswerHook.h"
#include "TeamsScriptExport.h"
#include "models/TeamsDifferenceModel.h"
#include "teams/TeamsDifferenceScript.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

TeamsDifferenceDialog::TeamsDifferenceDialog(const TeamsScriptInput &input,
                                             const TeamsDifferencePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("teamsDifferenceDialog"));
    setWindowTitle(tr("Export the Difference — %1").arg(input.tenantName));
    auto *layout = new QVBoxLayout(this);
    const int steps = int(plan.steps.size());
    auto *intro = new QLabel(
        steps == 0
            ? tr("Teams already holds what Dispatchable holds: the script would change nothing. "
                 "What it leaves as it is, and why, is listed below.")
            : tr("The script runs %n step(s), in this order: emergency addresses, places, "
                 "network elements, trusted IPs, the emergency calling policy, the numbers' "
                 "emergency locations. It removes nothing. Below the steps: what it leaves as it "
                 "is, and why. Read them before you save.",
                 nullptr, steps),
        this);
    intro->setObjectName(QStringLiteral("teamsDifferenceSummary"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new TeamsDifferenceModel(this);
    m_model->setPlan(plan);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("teamsDifferenceSteps"));
    m_view->setAccessibleName(tr("Steps of the script, and what it leaves"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere in the app
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TeamsDifferenceModel::StepColumn, 130);
    m_view->setColumnWidth(TeamsDifferenceModel::KindColumn, 110);
    m_view->setColumnWidth(TeamsDifferenceModel::ObjectColumn, 240);
    m_view->setColumnWidth(TeamsDifferenceModel::CommandColumn, 380);
    layout->addWidget(m_view, 1);

    // Commands and reasons are longer than their columns: the selected row in full.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("teamsDifferenceDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 5);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current.row()); });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamsDifferenceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Script…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveTeamsDifference"));
    m_save->setEnabled(steps > 0);
    // Enter does not save: the list is read first.
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &TeamsDifferenceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_view->setFocus();
    resize(1180, 620);
}

void TeamsDifferenceDialog::showDetail(int row)
{
    QStringList lines;
    for (int column = 0; column < TeamsDifferenceModel::ColumnCount && row >= 0; ++column) {
        const QString text = m_model->index(row, column).data().toString();
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        if (!text.isEmpty())
            lines.append(tr("%1: %2").arg(header, text));
    }
    m_detail->setText(lines.join(u'\n'));
    m_detail->setAccessibleName(m_detail->text());
}

QString TeamsDifferenceDialog::detailText() const
{
    return m_detail->text();
}

void TeamsDifferenceDialog::save()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("teams-difference-%1-%2.ps1")
                    .arg(m_input.tenantId.left(8), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = dialoghook::getSaveFileName(this, tr("Save the Difference Script"),
                                                     suggested, tr("PowerShell scripts (*.ps1)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool TeamsDifferenceDialog::saveTo(const QString &path)
{
    QString error;
    const bool saved =
        teamsscriptexport::saveScript(path, teamsDifferenceScript(m_input, m_plan), &error);
    m_status->setText(saved ? tr("Saved to %1. Read it before a Teams admin runs it in a "
                                 "Connect-MicrosoftTeams session; afterwards, export from Teams "
                                 "and compare again: nothing should differ.")
                                  .arg(QDir::toNativeSeparators(path))
                            : tr("The script could not be written: %1").arg(error));
    m_status->setAccessibleName(m_status->text());
    m_status->setVisible(true);
    return saved;
}
