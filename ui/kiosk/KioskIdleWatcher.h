// Notices when nobody has touched the kiosk for a while: any key, click, wheel or touch anywhere
// in the application restarts the count. The kiosk then goes back to its dashboard, so a
// half-finished look at the audit trail does not stay on the wall.
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class KioskIdleWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes defaultTimeout{2};

    explicit KioskIdleWatcher(QObject *parent = nullptr);
    ~KioskIdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    // Counts from now again.
    void restart();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
