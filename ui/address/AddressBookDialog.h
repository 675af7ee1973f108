// A tenant's emergency addresses: each with its validation state (in words and a mark) and how
// many numbers use it, and New, Edit and Delete. Delete refuses an address that numbers use,
// with the list, both when the offline copy knows it and when the backend says so. Auditors
// get the same list read-only: "View" instead of "Edit", nothing that changes anything.
#pragma once

#include "AddressEditorDialog.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class AppSession;
class MessageBanner;
class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;

class AddressBookDialog : public QDialog
{
    Q_OBJECT
public:
    AddressBookDialog(AppSession *session, const QString &tenantId, QWidget *parent = nullptr);

    QString tenantId() const { return m_tenantId; }
    // The editor opened by New or Edit, while it is open.
    AddressEditorDialog *editor() const { return m_editor; }
    // Re-reads the list from the offline copy (and the changes still in the outbox).
    void refresh();
    // Selects the row of an address; false when it is not listed.
    bool selectAddress(const QString &addressId);

public slots:
    void newAddress();
    void editSelected();
    void deleteSelected();

private:
    QString selectedId() const;
    void openEditor(const QString &addressId);
    void updateButtons();
    void deleteEntryChanged(qint64 id);
    void refuseDelete(const QString &addressLine, const QStringList &numbers, const QString &why);

    AppSession *m_session;
    QString m_tenantId;
    bool m_readOnly;
    QLabel *m_header;
    MessageBanner *m_banner;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPointer<AddressEditorDialog> m_editor;
    QPointer<QMessageBox> m_message;
    QList<qint64> m_deletes; // outbox entries of deletes whose answer is awaited
};
