// Turning E911 off for one or many numbers: says plainly that they fall back to basic 911 (the
// caller must say where they are), asks for a reason, and uses a destructive-styled button that
// stays disabled until there is a reason and is never pressed by Enter.
#pragma once

#include "domain/Did.h"

#include <QDialog>
#include <QStringList>

class Cache;
class Outbox;
class QLabel;
class QLineEdit;
class QPushButton;

class E911DisableDialog : public QDialog
{
    Q_OBJECT
public:
    E911DisableDialog(Cache &cache, Outbox &outbox, const QString &tenantId,
                      const QStringList &numbers, QWidget *parent = nullptr);

    QList<qint64> queuedEntries() const { return m_queued; }
    // Numbers that will be turned off (the others are on basic 911 already).
    int turningOffCount() const { return int(m_toTurnOff.size()); }

private:
    void confirm();

    Outbox &m_outbox;
    QString m_tenantId;
    QList<Did> m_toTurnOff;
    QList<qint64> m_queued;
    QLineEdit *m_reason;
    QPushButton *m_turnOff;
    QLabel *m_error;
};
