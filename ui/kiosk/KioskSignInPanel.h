// The strip the kiosk shows above its buttons while its sign-in has expired or was revoked:
// "Sign-in needed: ask IT", and for IT the sign-in page's address and the code to enter there,
// as text. The sign-in is completed on another device; nothing here opens a browser or takes
// input, and the cached figures stay on screen above it.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class KioskDeviceSignIn;
class QLabel;

class KioskSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KioskSignInPanel(QWidget *parent = nullptr);

    // The sign-in to show (not owned); null shows only the heading.
    void setSignIn(KioskDeviceSignIn *signIn);
    // 1.0 at 1080 lines (kioskscreen::textScale).
    void setTextScale(qreal scale);

    QString headingText() const;
    QString userCodeText() const;
    QString verificationUrlText() const;
    QString statusText() const;

private:
    void refresh();
    void updateExpiry();

    QPointer<KioskDeviceSignIn> m_signIn;
    QLabel *m_heading;
    QLabel *m_instructions;
    QLabel *m_code;
    QLabel *m_url;
    QLabel *m_expiry;
    QLabel *m_status;
    QTimer m_countdown;
};
