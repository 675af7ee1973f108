// "Export the Difference…" in the Teams comparison (issue 17): before anything is saved, every
// cmdlet of the difference script with its reason, in the order the script runs them, and below
// them what the script leaves as it is and why. Save Script… writes the script (a file chosen
// by the admin); nothing is sent to Teams from here.
#pragma once

#include "lis/TeamsScriptInput.h"
#include "teams/TeamsDifferencePlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class TeamsDifferenceModel;

class TeamsDifferenceDialog : public QDialog
{
    Q_OBJECT
public:
    TeamsDifferenceDialog(const TeamsScriptInput &input, const TeamsDifferencePlan &plan,
                          QWidget *parent = nullptr);

    const TeamsDifferencePlan &plan() const { return m_plan; }
    TeamsDifferenceModel *model() const { return m_model; }
    // Writes the script to `path`; says in the dialog where it went or what failed.
    bool saveTo(const QString &path);

    // The selected row, whole: what the table's columns cut short.
    QString detailText() const;

private:
    void save();
    void showDetail(int row);

    TeamsScriptInput m_input;
    TeamsDifferencePlan m_plan;
    TeamsDifferenceModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};
