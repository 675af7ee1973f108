// Tenant > Emergency Calls…: the desk's call log. Every call the live feed knows, newest first
// (ended, acknowledged and missed ones stay), whether the feed is live, and for the selected
// call the location Teams sent beside the registered one, with Acknowledge.
#pragma once

#include <QWidget>

class EmergencyCallFeed;
class EmergencyCallLogModel;
class QLabel;
class QPushButton;
class QTableView;

class EmergencyCallLogWindow : public QWidget
{
    Q_OBJECT
public:
    EmergencyCallLogWindow(EmergencyCallFeed &feed, EmergencyCallLogModel &model,
                           QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void selectCall(const QString &callId);

signals:
    void acknowledgeRequested(const QString &callId);

private:
    void showFeedState();
    void showSelection();

    EmergencyCallFeed &m_feed;
    EmergencyCallLogModel &m_model;
    QLabel *m_state = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_acknowledge = nullptr;
};
