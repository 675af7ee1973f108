// Adopt From Teams… (issue 17): what only Teams holds, brought into Dispatchable on request.
// Every adoptable row of the comparison is listed with a check box (the rows selected in the
// comparison window start checked); the dry run beside each says what adopting creates, or why
// it cannot, and changes as the admin checks rows. Adopt queues the checked rows that can be
// created (TeamsAdoptionRun, owned by the session so that it outlives the window); each row then
// shows its result. Nothing is sent before Adopt.
#pragma once

#include "teams/TeamsAdoptionPlan.h"

#include <QDialog>
#include <QHash>

class AppSession;
class QLabel;
class QPushButton;
class QTableView;
class TeamsAdoptionModel;
class TeamsAdoptionRun;

class TeamsAdoptionDialog : public QDialog
{
    Q_OBJECT
public:
    // `rows` is the whole comparison; `selected` the rows to start checked.
    TeamsAdoptionDialog(AppSession *session, const QString &tenantId,
                        const QList<TeamsComparisonRow> &rows,
                        const QList<TeamsComparisonRow> &selected, const TeamsTenantSnapshot &teams,
                        const QHash<QString, QString> &confirmed, QWidget *parent = nullptr);

    TeamsAdoptionModel *model() const { return m_model; }
    const QList<TeamsAdoption> &plan() const { return m_plan; }
    TeamsAdoptionRun *run() const { return m_run; }
    QString summary() const;

public slots:
    // Queues what can be created; false when nothing could be (or the outbox refused).
    bool adopt();

signals:
    // Something was queued: the comparison compares again when the sync brings it.
    void adopted();

private:
    void replan();
    void showResults();

    AppSession *m_session;
    QString m_tenantId;
    QList<TeamsComparisonRow> m_rows;
    TeamsTenantSnapshot m_teams;
    QHash<QString, QString> m_confirmed;
    QList<TeamsAdoption> m_plan;
    TeamsAdoptionModel *m_model;
    TeamsAdoptionRun *m_run = nullptr;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_state;
    QPushButton *m_adopt;
    QPushButton *m_checkAll = nullptr;
    QPushButton *m_uncheckAll = nullptr;
};
