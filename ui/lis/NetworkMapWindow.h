// A tenant's network map (Teams' LIS): the tree (emergency address > place > elements) and the
// flat table, one search over both (Ctrl+F), and the element actions: add, edit, delete, import
// from CSV and export as a Teams script. It reads the offline cache through one shared snapshot
// and reloads it when sync changes the tenant's places, elements or addresses; changes go to the
// outbox. Auditors read only.
#pragma once

#include "models/NetworkMapSnapshot.h"
#include "store/CacheChangeSet.h"

#include <QDialog>

#include <memory>

class AppSession;
class NetworkTableModel;
class NetworkTreeModel;
class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;

class NetworkMapWindow : public QDialog
{
    Q_OBJECT
public:
    NetworkMapWindow(AppSession *session, const QString &tenantId, QWidget *parent = nullptr);

    void reload();
    std::shared_ptr<const NetworkMapSnapshot> snapshot() const { return m_snapshot; }
    NetworkTableModel *tableModel() const { return m_tableModel; }
    NetworkTreeModel *treeModel() const { return m_treeModel; }
    // The element selected in the visible view; empty when none is.
    QString currentElementId() const;
    // Selects an element in both views (tests, and after a save).
    void selectElement(const QString &elementId);

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportScriptAction() const { return m_exportAction; }

signals:
    // "Export Teams Script…": the wiring answers it (the script generator lives elsewhere).
    void exportScriptRequested(const QString &tenantId);

public slots:
    void addElement();
    void editElement();
    void deleteElement();
    void importCsv();

private:
    QWidget *buildButtons();
    void applyChanges(const CacheChangeSet &changes);
    void updateActions();
    void updateCounts();

    AppSession *m_session;
    QString m_tenantId;
    bool m_readOnly;
    std::shared_ptr<const NetworkMapSnapshot> m_snapshot;
    NetworkTableModel *m_tableModel;
    NetworkTreeModel *m_treeModel;
    QLineEdit *m_search = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};
