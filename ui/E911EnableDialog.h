// "Register With 911" for one or many numbers, in three deliberate steps: acknowledge the
// current limitations text if the tenant has not, choose a validated US emergency address, then
// confirm a sentence that states the money. Numbers that cannot be registered are listed with
// the reason. Nothing is spent on Enter: the confirm button is never the default.
#pragma once

#include "domain/Did.h"
#include "domain/E911Eligibility.h"

#include <QDialog>
#include <QStringList>

class AddressPicker;
class Cache;
class Outbox;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

class E911EnableDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { AcknowledgePage, AddressPage, ConfirmPage };

    E911EnableDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                     const QString &tenantName, const QStringList &numbers,
                     QWidget *parent = nullptr);

    Page currentPage() const;
    // The confirmation sentence as shown (for tests and screen readers).
    QString statement() const;
    // Outbox entries queued by the confirmation.
    QList<qint64> queuedEntries() const { return m_queued; }

    // Whether the tenant still has to acknowledge the current limitations text: none in the
    // cache and none on its way in the outbox.
    static bool needsAcknowledgement(Cache &cache, const Outbox &outbox, const QString &tenantId);

private:
    QWidget *buildAcknowledgePage();
    QWidget *buildAddressPage();
    QWidget *buildConfirmPage();
    void acknowledge();
    void showConfirmation();
    void confirm();
    void showError(const QString &text);

    Cache &m_cache;
    Outbox &m_outbox;
    QString m_tenantId;
    QString m_tenantName;
    QList<Did> m_dids;
    QStringList m_missing;
    QString m_addressId;
    E911Selection m_selection;
    QList<qint64> m_queued;

    QStackedWidget *m_pages;
    QLabel *m_error;
    QCheckBox *m_ackCheck = nullptr;
    QPushButton *m_ackButton = nullptr;
    AddressPicker *m_picker = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_refusedHeading = nullptr;
    QListWidget *m_refused = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
};
