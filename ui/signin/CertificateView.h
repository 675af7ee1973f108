// Shows the certificate a backend presented, as an admin needs it to decide: the SHA-256
// fingerprint in short groups (to compare with the one their provider gave them), subject,
// issuer and validity. In the refusal form it shows the pinned and the presented fingerprints
// side by side and offers no way to trust the new one from here.
#pragma once

#include "api/ApiError.h"

#include <QWidget>

class QCheckBox;
class QLabel;

class CertificateView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);

    // "AB:CD:…" (32 pairs) as four lines of eight pairs.
    static QString groupedFingerprint(const QString &fingerprint);

    // A certificate nobody vouched for yet: the facts and "I compared it" to tick.
    void showTrustPrompt(const ApiError &error);
    // A certificate the app refuses (changed pin, expired, …). `pinned` is the fingerprint the
    // profile trusted; empty when nothing was pinned.
    void showRefusal(const ApiError &error, const QString &pinned);

    bool isComparedTicked() const;
    QString presentedFingerprintText() const;

signals:
    void comparedChanged(bool ticked);

private:
    void showFacts(const ApiError &error);

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_pinnedCaption;
    QLabel *m_pinned;
    QLabel *m_presentedCaption;
    QLabel *m_presented;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validity;
    QCheckBox *m_compared;
};
