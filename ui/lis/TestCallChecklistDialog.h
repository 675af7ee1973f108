// The 933 test checklist of a tenant (Tenant > 933 Test Calls…): every place and every
// E911-registered number, untested ones first with the reason, the share tested, and
// "Record Test Call…" for the selected one. Reloads when sync brings test calls, places, numbers
// or address edits (an edit makes a place untested again). Auditors read only.
#pragma once

#include "store/CacheChangeSet.h"

#include <QDialog>

class AppSession;
class QLabel;
class QPushButton;
class QTableView;
class TestChecklistModel;

class TestCallChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    TestCallChecklistDialog(AppSession *session, const QString &tenantId,
                            QWidget *parent = nullptr);

    TestChecklistModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();

public slots:
    void recordTestCall();

private:
    void applyChanges(const CacheChangeSet &changes);

    AppSession *m_session;
    QString m_tenantId;
    TestChecklistModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_recordButton;
};
