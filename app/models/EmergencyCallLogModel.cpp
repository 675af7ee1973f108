#include "EmergencyCallLogModel.h"

#include "calls/CallLocationText.h"
#include "calls/EmergencyCallFeed.h"

#include <QLocale>

EmergencyCallLogModel::EmergencyCallLogModel(EmergencyCallFeed &feed, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_calls = feed.calls();
    connect(&feed, &EmergencyCallFeed::callChanged, this, &EmergencyCallLogModel::onCallChanged);
}

void EmergencyCallLogModel::setTenantNames(const QHash<QString, QString> &names)
{
    m_tenantNames = names;
    if (!m_calls.isEmpty())
        emit dataChanged(index(0, Tenant), index(rowCount() - 1, Tenant));
}

int EmergencyCallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int EmergencyCallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EmergencyCallLogModel::statusText(const EmergencyCall &call)
{
    if (call.isAcknowledged())
        return tr("Acknowledged by %1").arg(call.acknowledgedBy);
    if (call.isActive())
        return call.isTest ? tr("Test call in progress") : tr("Active");
    return call.isTest ? tr("Test call") : tr("Missed: ended unacknowledged");
}

QVariant EmergencyCallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const EmergencyCall &call = m_calls.at(index.row());
    if (role == CallIdRole)
        return call.id;
    if (role == NeedsAttentionRole)
        return call.wantsAlert();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(call.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Tenant:
        return m_tenantNames.value(call.tenantId, call.tenantId);
    case Caller:
        return call.callerName.isEmpty() ? call.callerUpn : call.callerName;
    case Number:
        return call.number;
    case Dialed:
        return call.simulated ? tr("%1 (simulated)").arg(call.dialed) : call.dialed;
    case Location:
        return CallLocationText::verdict(call);
    case Status:
        return statusText(call);
    default:
        return {};
    }
}

QVariant EmergencyCallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Tenant:
        return tr("Tenant");
    case Caller:
        return tr("Caller");
    case Number:
        return tr("Number");
    case Dialed:
        return tr("Dialled");
    case Location:
        return tr("Location Teams sent");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

int EmergencyCallLogModel::rowOf(const QString &callId) const
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).id == callId)
            return row;
    }
    return -1;
}

void EmergencyCallLogModel::onCallChanged(const EmergencyCall &call, bool isNew)
{
    const int existing = isNew ? -1 : rowOf(call.id);
    if (existing >= 0) {
        m_calls[existing] = call;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Newest first: find the place by start time.
    int row = 0;
    while (row < m_calls.size() && m_calls.at(row).startedAt > call.startedAt)
        ++row;
    beginInsertRows({}, row, row);
    m_calls.insert(row, call);
    endInsertRows();
}
