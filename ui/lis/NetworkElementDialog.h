// Adds or edits one network element: its kind (fixed once saved), the place it sits in, its
// identifying values checked as they are typed (lis::NetworkIdentifier: the server's rules and
// the normalised value that will be stored), its description, and what it would share with the
// rest of the map: overlapping subnets, wildcard conflicts and a place whose address is not
// validated. Saving queues the change in the outbox; nothing is sent from here.
#pragma once

#include "lis/NetworkElement.h"
#include "models/NetworkMapSnapshot.h"

#include <QDialog>

#include <memory>

class Outbox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class NetworkElementDialog : public QDialog
{
    Q_OBJECT
public:
    // `element` with an empty id: a new element (its kind and place preselect the fields).
    NetworkElementDialog(Outbox &outbox, std::shared_ptr<const NetworkMapSnapshot> map,
                         const NetworkElement &element, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id.isEmpty(); }
    // The element as the fields hold it, normalised; problems go to `problems` when given.
    NetworkElement element(QStringList *problems = nullptr) const;
    // The warnings shown under the fields (overlaps, the place's address).
    QStringList warnings() const { return m_warnings; }
    // Auditors: the fields can be read and copied, not changed; no Save.
    void setReadOnly(bool readOnly);

public slots:
    // Checks and queues the change; false (the dialog stays open) on a problem.
    bool save();

private:
    void kindChanged();
    void check();

    Outbox &m_outbox;
    std::shared_ptr<const NetworkMapSnapshot> m_map;
    NetworkElement m_original;
    QStringList m_warnings;
    bool m_readOnly = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind;
    QComboBox *m_place;
    QLabel *m_placeLabel;
    QLineEdit *m_subnet;
    QLineEdit *m_bssid;
    QLineEdit *m_chassis;
    QLineEdit *m_port;
    QLineEdit *m_description;
    QLabel *m_problems;
    QLabel *m_warningText;
    QPushButton *m_saveButton;
};
