// Importing a network map from CSV, as the number import does it: choose the file, read the dry
// run (every row with what applying it does, or every problem it has), then apply. Applying
// queues the good rows only: elements for existing places at once (network-elements-bulk), and
// for a place the file names that does not exist yet, the place first and its elements once
// sync has brought the new place's id. Nothing is queued before Apply.
#pragma once

#include "lis/NetworkImportPlan.h"
#include "store/CacheChangeSet.h"

#include <QDialog>
#include <QHash>

class AppSession;
class NetworkImportPreviewModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class NetworkImportDialog : public QDialog
{
    Q_OBJECT
public:
    NetworkImportDialog(AppSession *session, const QString &tenantId, QWidget *parent = nullptr);

    // Reads and checks a file (Choose File ends here); false with the reason shown when the file
    // cannot be read.
    bool loadFile(const QString &path);
    bool loadData(const QByteArray &data);
    const csvimport::NetworkImportPlan &plan() const { return m_plan; }
    QString summary() const;
    // Rows whose place is still being created (their elements wait for its id).
    int waitingRows() const;

public slots:
    // Queues the good rows; false when there is nothing to apply or the outbox refused.
    bool apply();

private:
    void chooseFile();
    void placesChanged(const CacheChangeSet &changes);
    void showState(const QString &text, bool error = false);

    AppSession *m_session;
    QString m_tenantId;
    csvimport::NetworkImportPlan m_plan;
    bool m_applied = false;
    // New place index → still waiting for its id.
    QHash<int, bool> m_waiting;

    QLineEdit *m_path;
    QLabel *m_summary;
    QLabel *m_state;
    NetworkImportPreviewModel *m_preview;
    QTableView *m_view;
    QPushButton *m_applyButton;
};
