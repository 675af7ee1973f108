// The desk's call log: every emergency call the feed knows, newest first, one row each, kept up
// to date as the feed delivers new states. Ended, acknowledged and missed calls stay.
#pragma once

#include "calls/EmergencyCall.h"

#include <QAbstractTableModel>
#include <QHash>

class EmergencyCallFeed;

class EmergencyCallLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Tenant, Caller, Number, Dialed, Location, Status, ColumnCount };
    enum Role { CallIdRole = Qt::UserRole + 1, NeedsAttentionRole };

    explicit EmergencyCallLogModel(EmergencyCallFeed &feed, QObject *parent = nullptr);

    // Tenant names by id, for the Tenant column (ids are shown until names are known).
    void setTenantNames(const QHash<QString, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const EmergencyCall &callAt(int row) const { return m_calls.at(row); }
    int rowOf(const QString &callId) const;

    // "Active", "Ended", "Acknowledged by …", "Missed" (ended without acknowledgement).
    static QString statusText(const EmergencyCall &call);

private:
    void onCallChanged(const EmergencyCall &call, bool isNew);

    QList<EmergencyCall> m_calls; // newest first
    QHash<QString, QString> m_tenantNames;
};
