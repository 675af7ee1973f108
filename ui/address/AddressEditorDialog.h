// Creates or edits one emergency address of a tenant: a paste box that fills the fields, the
// form with its inline checks, Validate (the backend's normalized form beside what was typed,
// "Use the corrected address"), the map preview whose pin the admin may move to the building,
// and the numbers that use the address (an edit re-registers them, the fee unchanged).
// Edits are undoable until saved; saving commits the change to the outbox before the dialog
// closes, so no edit is lost; closing with unsaved changes asks first. Auditors read only.
#pragma once

#include "address/AddressDraft.h"
#include "address/AddressValidationClient.h"
#include "domain/EmergencyAddress.h"

#include <QDialog>
#include <QGeoCoordinate>
#include <QPointer>

#include <optional>

class AddressForm;
class AddressUsagePanel;
class AppSession;
class MapView;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QUndoStack;
class ValidationDiffView;

class AddressEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `addressId` empty: a new address. The session must outlive the dialog.
    AddressEditorDialog(AppSession *session, const QString &tenantId, const QString &addressId,
                        QWidget *parent = nullptr);
    ~AddressEditorDialog() override;

    bool isNewAddress() const { return m_addressId.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    // Unsaved edits (the undo stack is not at its clean state).
    bool isDirty() const;
    AddressDraft draft() const;
    QUndoStack *undoStack() const { return m_undo; }
    MapView *mapView() const { return m_map; }
    // The outbox entry the last save queued; 0 before.
    qint64 savedEntryId() const { return m_savedEntry; }

public slots:
    void validate();
    // Checks, queues the change in the outbox and closes. False (and stays open) when the
    // address has problems to fix first or the outbox could not be written.
    bool save();
    // Esc, Cancel, the window's close button: asks first when there are unsaved changes.
    void reject() override;

signals:
    void saved(qint64 outboxEntryId);

private:
    QWidget *buildPasteRow();
    QWidget *buildSidePanel();
    QWidget *buildButtons();
    void load();
    void pasteAddress();
    void useNormalized();
    void validated(const AddressValidationClient::Outcome &outcome);
    void formChanged();
    void pinMoved(const QGeoCoordinate &pin);
    void showPin(const QGeoCoordinate &pin);
    void updateTitle();
    void showMessage(const QString &text, bool error);
    void askAboutUnsavedChanges();

    AppSession *m_session;
    QString m_tenantId;
    QString m_addressId;
    std::optional<EmergencyAddress> m_stored; // as the cache has it
    QByteArray m_etag;
    bool m_readOnly = false;
    qint64 m_savedEntry = 0;

    QUndoStack *m_undo;
    AddressValidationClient *m_validator;
    AddressForm *m_form = nullptr;
    ValidationDiffView *m_diff = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_mapWarning = nullptr;
    QLineEdit *m_paste = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_e911Rule = nullptr;
    AddressUsagePanel *m_usage = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QMessageBox> m_unsavedPrompt;
    // The address the last reply judged (tidied) and the reply: the diff is shown while the
    // form holds that address or its normalized form, and marked outdated otherwise.
    CivicAddress m_replyTyped;
    std::optional<AddressValidationReply> m_reply;
    QGeoCoordinate m_pin;   // the admin's override; invalid for none
    bool m_closing = false; // the prompt was answered: close without asking again
};
