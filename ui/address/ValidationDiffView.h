// The backend's verdict on an address, beside what was typed: the normalized (USPS) form field
// by field, each difference marked in words ("Changed") and in bold, a second cue to the
// colour; the problems that block E911 and the warnings that do not; and "Use the corrected
// address" to take the normalized form over.
#pragma once

#include "address/AddressValidationReply.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

class ValidationDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationDiffView(QWidget *parent = nullptr);

    void showReply(const CivicAddress &typed, const AddressValidationReply &reply);
    // The address was edited after the reply came: say so, and offer nothing to accept.
    void setOutdated(bool outdated);
    void clear();

    bool hasReply() const { return m_hasReply; }
    int changedCount() const { return m_changed; }
    QPushButton *useButton() const { return m_use; }

signals:
    void useNormalizedRequested();

private:
    QLabel *m_verdict;
    QTableWidget *m_table;
    QLabel *m_notes;
    QPushButton *m_use;
    bool m_hasReply = false;
    bool m_outdated = false;
    int m_changed = 0;
};
