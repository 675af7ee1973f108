// The kiosk's locked page: shown instead of any data when the kiosk has no connection it may
// use. It says what happened and what IT must configure (KioskLockNotice), in type large enough
// to read from a few metres, and offers nothing to click.
#pragma once

#include "kiosk/KioskLockNotice.h"

#include <QWidget>

class QLabel;

class KioskLockedPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskLockedPage(QWidget *parent = nullptr);

    void setNotice(const KioskLockNotice &notice);
    const KioskLockNotice &notice() const { return m_notice; }
    // 1.0 at 1080 lines (kioskscreen::textScale).
    void setTextScale(qreal scale);

private:
    KioskLockNotice m_notice;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_stepsCaption;
    QLabel *m_steps;
    QLabel *m_details;
};
