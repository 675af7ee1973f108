// The band above the panes while the app gets ready: what it is doing ("Starting the demo
// backend…", "Signing in…", "First sync: tenants 12 of 50, 23,000 numbers"), a progress bar
// (busy until the total is known) and Cancel where cancelling makes sense. It is there from the
// window's first frame, so start-up is never a blank or silent screen.
#pragma once

#include "session/StartupStatus.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

class StartupBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StartupBanner(QWidget *parent = nullptr);

    // Shows `status`; Ready and Stopped hide the banner.
    void showStatus(const StartupStatus &status);
    StartupStatus status() const { return m_status; }
    QString headline() const;

signals:
    // Cancel was pressed at `stage` (StartingBackend or FirstSync).
    void cancelRequested(StartupStatus::Stage stage);

private:
    StartupStatus m_status;
    QLabel *m_headline;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};
