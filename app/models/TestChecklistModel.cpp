// The 933 test checklist of a tenant.
#include "models/TestChecklistModel.h"

#include "compliance/TestCoverageQuery.h"
#include "domain/AddressLine.h"
#include "models/NetworkMapSnapshot.h"
#include "store/Cache.h"

#include <QLocale>

#include <algorithm>

TestChecklistModel::TestChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TestChecklistModel::reload(Cache &cache, const QString &tenantId)
{
    const QList<Place> places = cache.places(tenantId);
    const QList<Did> numbers = testcoverage::registeredNumbers(cache, tenantId);
    const QList<EmergencyAddress> addresses = cache.addresses(tenantId);
    const TestCoverage coverage =
        computeTestCoverage(places, numbers, addresses, cache.testCalls(tenantId));
    QHash<QString, QString> placeLabels;
    for (const Place &p : places)
        placeLabels.insert(p.id, placeDisplayName(p));
    QHash<QString, QString> numberLabels;
    for (const Did &d : numbers) {
        const QString national = d.nationalFormat.isEmpty() ? d.number : d.nationalFormat;
        const QString user =
            d.assignedUser ? (d.assignedUser->displayName.isEmpty() ? d.assignedUser->upn
                                                                    : d.assignedUser->displayName)
                           : QString();
        numberLabels.insert(
            d.number, user.isEmpty() ? national : QString(national + QStringLiteral(" · ") + user));
    }
    QHash<QString, QString> addressLines;
    for (const EmergencyAddress &a : addresses)
        addressLines.insert(a.id, emergencyAddressLine(a));
    setCoverage(coverage, placeLabels, numberLabels, addressLines);
}

void TestChecklistModel::setCoverage(const TestCoverage &coverage,
                                     const QHash<QString, QString> &placeLabels,
                                     const QHash<QString, QString> &numberLabels,
                                     const QHash<QString, QString> &addressLines)
{
    beginResetModel();
    m_summary = coverage.summary;
    m_rows.clear();
    m_rows.reserve(coverage.items.size());
    const QLocale locale;
    for (const CoverageItem &item : coverage.items) {
        Row row;
        row.item = item;
        const bool place = item.subject == CoverageItem::Subject::Place;
        row.text[SubjectColumn] = place
                                      ? tr("Place: %1").arg(placeLabels.value(item.id, item.id))
                                      : tr("Number: %1").arg(numberLabels.value(item.id, item.id));
        row.text[AddressColumn] = item.addressId.isEmpty()
                                      ? tr("(no emergency address)")
                                      : addressLines.value(item.addressId, item.addressId);
        row.text[StateColumn] = stateText(item.state);
        row.text[ReasonColumn] = coverageReason(item);
        if (item.latest) {
            const TestCall &call = *item.latest;
            const QString date =
                locale.toString(call.calledAt.toLocalTime().date(), QLocale::ShortFormat);
            // A record the backend made from a real call says where it came from: nobody
            // listened to the read-back, Teams's location was compared with the registration.
            if (call.source == TestCallSource::Teams)
                row.text[LastTestColumn] =
                    call.result == TestCallResult::Pass
                        ? tr("%1, call through Teams: location matched").arg(date)
                        : tr("%1, call through Teams: location differed").arg(date);
            else
                row.text[LastTestColumn] = call.result == TestCallResult::Pass
                                               ? tr("%1, by %2: passed").arg(date, call.calledBy)
                                               : tr("%1, by %2: failed").arg(date, call.calledBy);
        } else {
            row.text[LastTestColumn] = tr("never");
        }
        m_rows.append(std::move(row));
    }
    // Untested first (what needs doing), then tested; the coverage's order otherwise.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return !a.item.isTested() && b.item.isTested();
    });
    endResetModel();
}

int TestChecklistModel::rowOf(CoverageItem::Subject subject, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).item.subject == subject && m_rows.at(i).item.id == id)
            return i;
    return -1;
}

QString TestChecklistModel::stateText(CoverageState state)
{
    switch (state) {
    case CoverageState::Tested:
        return tr("✔ Tested");
    case CoverageState::NeverTested:
        return tr("○ Never tested");
    case CoverageState::LastFailed:
        return tr("✖ Last test failed");
    case CoverageState::AddressChanged:
        return tr("◐ Address changed since the test");
    }
    return {};
}

int TestChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text[index.column()];
    case Qt::ToolTipRole:
        if (index.column() == LastTestColumn && row.item.latest) {
            const TestCall &c = *row.item.latest;
            if (c.source == TestCallSource::Teams)
                return tr("Called %1 by %2 from %3 through Teams; recorded from the call's "
                          "emergency event.\nLocation Teams sent: %4\nNote: %5")
                    .arg(QLocale().toString(c.calledAt.toLocalTime(), QLocale::LongFormat),
                         c.calledBy, c.number.isEmpty() ? tr("the place") : c.number, c.readBack,
                         c.note.isEmpty() ? tr("none") : c.note);
            return tr("Called %1 by %2 from %3.\nRead back: %4\nNote: %5")
                .arg(QLocale().toString(c.calledAt.toLocalTime(), QLocale::LongFormat), c.calledBy,
                     c.number.isEmpty() ? tr("the place") : c.number, c.readBack,
                     c.note.isEmpty() ? tr("none") : c.note);
        }
        return row.text[index.column()].isEmpty() ? QVariant() : row.text[index.column()];
    case SubjectKindRole:
        return int(row.item.subject);
    case IdRole:
        return row.item.id;
    case TestedRole:
        return row.item.isTested();
    default:
        return {};
    }
}

QVariant TestChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Place or number");
    case AddressColumn:
        return tr("Emergency address");
    case StateColumn:
        return tr("933 test");
    case ReasonColumn:
        return tr("Why untested");
    case LastTestColumn:
        return tr("Last test");
    default:
        return {};
    }
}
