// Tenant > Compare With Teams… (issue 17): the three-way view of one tenant. The admin runs the
// export commands shown (copyable) in Teams PowerShell and adds the files (the button, or by
// dropping them on the window); the window reads them, says what it could not read row by row,
// and shows each kind on its own tab: only in Teams, only in Dispatchable, in both but different
// (which Teams columns), and, on request, what is equal. Reading changes nothing anywhere.
// Export the Difference… previews and saves the script that changes only what differs
// (TeamsDifferenceDialog). Confirm Match… settles an ambiguous row; Keep Teams Ids stores the
// matched rows' Teams ids on Dispatchable's addresses and places (TeamsIdKeeping.h), and the
// view compares again once the sync has brought them back. Adopt From Teams… brings what only
// Teams holds into Dispatchable (TeamsAdoptionDialog).
#pragma once

#include "teams/TeamsComparison.h"
#include "teams/TeamsIdKeeping.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class AppSession;
class QCheckBox;
class QLabel;
class QLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class TeamsAdoptionDialog;
class TeamsComparisonModel;
class TeamsDifferenceDialog;

class TeamsComparisonWindow : public QDialog
{
    Q_OBJECT
public:
    TeamsComparisonWindow(AppSession *session, const QString &tenantId, QWidget *parent = nullptr);

    // Reads export files (the button and drops end here); a file that cannot be opened is
    // reported like an unreadable one.
    void addFiles(const QStringList &paths);
    void clearFiles();

    const QList<TeamsComparisonRow> &rows() const { return m_rows; }
    TeamsComparisonModel *modelFor(TeamsObjectKind kind) const;
    QString summaryText() const;
    // Opens the preview of the difference script (the button ends here); null without files.
    TeamsDifferenceDialog *exportDifference();
    // The admin's choice for an ambiguous row (Confirm Match… ends here); false when
    // `dispatchableId` is not one of the row's candidates.
    bool confirmMatch(const QString &teamsId, const QString &dispatchableId);
    const QList<TeamsIdToKeep> &idsToKeep() const { return m_toKeep; }
    // Queues the edits that keep the ids (the button ends here); false when none was queued.
    bool keepTeamsIds();
    // Opens Adopt From Teams… with the selected rows checked (the button ends here); null
    // without files.
    TeamsAdoptionDialog *adoptFromTeams();
    // Record Number Locations: queues what the number export says of the tenant's numbers
    // (teams/TeamsNumberLocations.h). False when nothing could be queued.
    bool recordNumberLocations();
    // The number, address and location exports are all read.
    bool canRecordNumberLocations() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildCommands();
    QWidget *buildFileBar();
    QLayout *buildKeepRow();
    void chooseFiles();
    void compare();
    void showIssues(const TeamsTenantSnapshot &teams);
    void chooseConfirmedMatch();
    void markConfirmed(); // notes the confirmed rows and works out what is left to keep
    const TeamsComparisonRow *selectedRow() const;
    QList<TeamsComparisonRow> selectedRows() const; // on every tab
    void updateKeepButtons();
    QString candidateLabel(TeamsObjectKind kind, const QString &id) const;

    AppSession *m_session;
    QString m_tenantId;
    QList<QPair<QString, QByteArray>> m_files; // name as chosen, contents
    QStringList m_unopened;                    // "name: reason" for files that could not be opened
    TeamsTenantSnapshot m_teams;               // what the files read hold
    DispatchableTenantState m_ours;
    QList<TeamsComparisonRow> m_rows;
    QList<TeamsComparisonModel *> m_models;
    QPlainTextEdit *m_commands = nullptr;
    QLabel *m_filesRead = nullptr;
    QListWidget *m_issues = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showEqual = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_exportDifference = nullptr;
    QHash<QString, QString> m_confirmed; // ambiguous row's Teams id → the candidate chosen
    QList<TeamsIdToKeep> m_toKeep;
    bool m_keeping = false; // ids kept or objects adopted: compare again when the sync brings them
    QSet<QString> m_queued; // addresses and places whose id is queued already
    QPushButton *m_confirmMatch = nullptr;
    QPushButton *m_keepIds = nullptr;
    QPushButton *m_adopt = nullptr;
    QPushButton *m_recordNumbers = nullptr;
    QDateTime m_exportedAt; // the newest of the files' times: when the export was made
    QLabel *m_keepStatus = nullptr;
};
