// The middle pane: the selected tenant's header and counts (each count a button that filters
// the table), the filter bar (text, state, usage, country), the edit actions, and the numbers
// table over DidModel with its empty states.
#pragma once

#include "domain/Tenant.h"

#include <QStringList>
#include <QWidget>

class DidModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

class NumberTablePane : public QWidget
{
    Q_OBJECT
public:
    explicit NumberTablePane(QWidget *parent = nullptr);

    void setModel(DidModel *model);
    // Shows `tenant` (or the "choose a tenant" state when it is empty) with its countries.
    void showTenant(const Tenant &tenant, const QString &serviceText, const QStringList &countries);
    void clearTenant();
    // The tenant's limitations acknowledgement in words, under the header.
    void setAcknowledgementText(const QString &text);
    // Buttons for the window's actions on the selection, placed next to the filters.
    void addActionButtons(const QList<QAction *> &actions);

    // E.164 of the selected rows, in table order.
    QStringList selectedNumbers() const;
    QString currentNumber() const;
    void focusFilter();
    void copySelection() const;
    QTableView *view() const { return m_view; }

signals:
    void currentNumberChanged(const QString &e164); // empty: none
    void selectionChanged(int selectedCount);

private:
    void onStateButton(int state);
    void applyStateFilter();
    void updateEmptyState();
    void updateCountButtons(const TenantCounts &counts);

    DidModel *m_model = nullptr;
    QLabel *m_title;
    QLabel *m_acknowledgement;
    QPushButton *m_registeredButton;
    QPushButton *m_pendingButton;
    QPushButton *m_failedButton;
    QPushButton *m_basicButton;
    QLineEdit *m_filter;
    QComboBox *m_stateCombo;
    QComboBox *m_usageCombo;
    QComboBox *m_countryCombo;
    QHBoxLayout *m_actionRow;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_clearFiltersButton;
    bool m_hasTenant = false;
};
