// Asks for the kiosk PIN before the kiosk may be left. Wrong PINs are rate-limited by the gate;
// while a wait runs the dialog says how long is left, second by second, and does not check.
#pragma once

#include "kiosk/KioskPinGate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

class KioskPinDialog : public QDialog
{
    Q_OBJECT
public:
    // `gate` must outlive the dialog.
    explicit KioskPinDialog(KioskPinGate *gate, QWidget *parent = nullptr);

    QString message() const;

private:
    void tryPin();
    void updateWait();

    KioskPinGate *m_gate;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_unlock;
    QTimer *m_waitTimer;
};
