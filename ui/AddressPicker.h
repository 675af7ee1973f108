// Picks the emergency address for a registration: the tenant's addresses with how many numbers
// use each, searchable; only validated US addresses can be chosen, the others are listed
// greyed with the reason, so an admin sees why "their" address is missing.
#pragma once

#include "domain/EmergencyAddress.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;

class AddressPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AddressPicker(QWidget *parent = nullptr);

    void setAddresses(const QList<EmergencyAddress> &addresses);
    // The chosen eligible address, or nullopt.
    std::optional<EmergencyAddress> selectedAddress() const;
    int eligibleCount() const { return m_eligible; }
    QLineEdit *searchField() const { return m_search; }

signals:
    void selectionChanged();
    // Enter or double-click on an eligible address.
    void addressActivated();

private:
    void applyFilter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_empty;
    QList<EmergencyAddress> m_addresses;
    int m_eligible = 0;
};
