#include "AuditLogModel.h"

#include "audit/AuditChangeText.h"
#include "audit/AuditLogFetcher.h"

#include <QLocale>

AuditLogModel::AuditLogModel(HttpClient *http, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(new AuditLogFetcher(http, this))
{
    connect(m_fetcher, &AuditLogFetcher::pageLoaded, this, &AuditLogModel::onPage);
    connect(m_fetcher, &AuditLogFetcher::failed, this, [this](const ApiError &error) {
        emit loadingChanged(false);
        emit failed(error);
    });
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setPageSize(int entries)
{
    m_fetcher->setPageSize(entries);
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_fetcher->start(filter);
    emit loadingChanged(true);
}

AuditFilter AuditLogModel::filter() const
{
    return m_fetcher->filter();
}

void AuditLogModel::reload()
{
    setFilter(m_fetcher->filter());
}

bool AuditLogModel::isLoading() const
{
    return m_fetcher->isLoading();
}

void AuditLogModel::onPage(const QList<AuditEntry> &entries, bool first)
{
    if (first && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    if (!entries.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + entries.size() - 1));
        for (const AuditEntry &entry : entries)
            m_rows.append(makeRow(entry));
        endInsertRows();
    }
    emit loadingChanged(false);
    emit loaded(!m_fetcher->hasMore());
}

AuditLogModel::Row AuditLogModel::makeRow(const AuditEntry &entry) const
{
    Row row;
    row.entry = entry;
    const QStringList changes = auditText::changeLines(entry.before, entry.after);
    row.changeLines = changes.join(QLatin1Char('\n'));
    QString tenant = entry.tenantId;
    if (m_tenantNames && !entry.tenantId.isEmpty()) {
        if (const QString name = m_tenantNames(entry.tenantId); !name.isEmpty())
            tenant = name;
    }
    // An audit trail is read for exact times: absolute, local, to the second (the locale's
    // short time format with the seconds added, "h:mm AP" → "h:mm:ss AP").
    const QLocale locale;
    const QDateTime local = entry.at.toLocalTime();
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat)
                                   .replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    const QString when = QString(locale.toString(local.date(), QLocale::ShortFormat) +
                                 QLatin1Char(' ') + locale.toString(local.time(), timeFormat));
    row.cells = {when,
                 entry.actorEmail.isEmpty() ? entry.actorId : entry.actorEmail,
                 auditText::actionText(entry.action),
                 tenant,
                 entry.target,
                 changes.join(QStringLiteral("; ")),
                 entry.reason,
                 entry.requestId};
    return row;
}

QString AuditLogModel::rowText(int row) const
{
    return m_rows.at(row).cells.join(QLatin1Char('\t'));
}

QString AuditLogModel::headerText() const
{
    QStringList titles;
    for (int column = 0; column < ColumnCount; ++column)
        titles.append(headerData(column, Qt::Horizontal).toString());
    return titles.join(QLatin1Char('\t'));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return row.changeLines;
        if (index.column() == WhenColumn)
            return QLocale().toString(row.entry.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ActionColumn)
            return row.entry.action;
        return row.cells.at(index.column());
    case ActionRole:
        return row.entry.action;
    case TenantIdRole:
        return row.entry.tenantId;
    case ActorEmailRole:
        return row.entry.actorEmail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TenantColumn:
        return tr("Tenant");
    case TargetColumn:
        return tr("Number or item");
    case ChangeColumn:
        return tr("From → to");
    case ReasonColumn:
        return tr("Reason");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetcher->hasMore() && !m_fetcher->isLoading();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetcher->fetchNext();
    emit loadingChanged(true);
}
