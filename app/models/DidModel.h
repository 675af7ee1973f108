// One tenant's numbers as a table, read from the cache and kept current by sync's change sets.
// Built for a million rows: one compact record per number with its texts in one shared buffer
// (DidRowTable; the national format is made when a row is shown), data() is an array lookup,
// and sorting and filtering happen here on index arrays rather than in a proxy. Sync changes
// arrive as dataChanged / rowsInserted / rowsRemoved, never as a reset.
#pragma once

#include "domain/Did.h"
#include "models/DidFilterIndex.h"
#include "models/DidRowLoader.h"
#include "models/DidRowTable.h"
#include "store/CacheChangeSet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class Cache;

class DidModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        UserColumn,
        UsageColumn,
        CountryColumn,
        StateColumn,
        AddressColumn,
        FeeColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role {
        E164Role = Qt::UserRole + 1, // "+12065550100"
        E911StateRole,               // int(E911State)
        UsageRole,                   // int(DidUsage)
        AddressIdRole,
        TollFreeRole,
        ConflictRole, // bool: a change of mine to this number waits for a decision (412)
        // QString: why the number's last call through Teams contradicts its registration
        // (empty when it does not): the location Teams sent differs from the address on file.
        CallLocationRole,
        // QString: why the emergency location Teams gives the number contradicts its
        // registration, by the last Teams export recorded (teams/TeamsNumberQuery); empty when
        // it does not.
        TeamsLocationRole,
    };

    // `cache` is an open cache used on this thread; it must outlive the model.
    explicit DidModel(Cache *cache, QObject *parent = nullptr);
    ~DidModel() override;

    // Loads the tenant's numbers (a reset). Empty: no tenant. A tenant of more than
    // backgroundLoadThreshold() numbers is read on another thread: its first rows show at once,
    // the rest follow (isLoading() until then; loaded() when all are in).
    void setTenant(const QString &tenantId);
    QString tenantId() const { return m_tenantId; }
    void reload();
    bool isLoading() const { return m_loader != nullptr; }
    int backgroundLoadThreshold() const { return m_backgroundLoadThreshold; }
    // Tests and benchmarks: 0 reads every tenant in the background, a huge value none.
    void setBackgroundLoadThreshold(int rows) { m_backgroundLoadThreshold = rows; }
    // Connect to SyncEngine::changesApplied.
    void applyChanges(const CacheChangeSet &changes);

    // Filters; each narrows the rows shown. The text matches the number's digits (however it is
    // typed: "(206) 555-01" works), or the user's name or UPN or the emergency address's label
    // (as the address column shows it), ignoring case.
    void setFilterText(const QString &text);
    void setStateFilter(std::optional<E911State> state);
    void setUsageFilter(std::optional<DidUsage> usage);
    void setCountryFilter(const QString &country); // empty: every country
    QString filterText() const { return m_filterText; }

    // Numbers of the tenant before filtering.
    int totalCount() const { return int(m_order.size()); }
    // The currency the fees are shown in (the price list's when the tenant was loaded).
    QString currency() const { return m_currency; }
    QString numberAt(int row) const;
    int rowOf(const QString &e164) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Numbers with a change of mine that met someone else's (their rows say so next to the
    // state, so the conflict is seen where the number is, not only in the banner).
    void setNumbersInConflict(const QSet<QString> &numbers);
    // Numbers whose last call through Teams sent another location than the registration on
    // file, with the sentence that says so (calls/CallLocationQuery).
    QHash<QString, QString> callLocationFlags() const { return m_callLocationFlags; }
    // Numbers Teams gives another emergency location than their registration, with the
    // sentence that says so (teams/TeamsNumberQuery).
    QHash<QString, QString> teamsLocationFlags() const { return m_teamsLocationFlags; }

    static QString stateText(E911State state);
    static QString usageText(DidUsage usage);

signals:
    void loadingChanged(bool loading);
    // Every row of the tenant is in (after a background read, or at once for a small tenant).
    void loaded();

private:
    using Row = DidListRow;

    DidListRecord makeRecord(const Did &did);
    void clearRows();
    void takeRows(DidRows &&rows);
    void startBackgroundLoad();
    void onRowsRead(const std::shared_ptr<DidRows> &rows);
    bool showsEveryRowByNumber() const; // no filter, sorted by number ascending
    QString feeText(qint64 amountMinor);
    bool lessThan(int a, int b) const;
    bool passesChoices(const Row &row) const;          // the state, usage and country filters
    bool matchesText(const Row &row) const;            // the filter text, by a plain scan
    QSet<QStringView> addressesMatchingFilter() const; // ids whose label holds the text
    bool accepts(const Row &row) const;
    // The rows of `source`, in its order, that pass every filter (through m_search).
    std::vector<int> filtered(const std::vector<int> &source) const;
    void indexRow(int row);
    void forgetFilterSteps();
    // Position of m_rows[row] in `order` (sorted by lessThan), or -1.
    int positionIn(const std::vector<int> &order, int row) const;
    void rebuildVisible(bool narrowing);
    void refilter(bool narrowing);
    void upsert(const Did &did);
    void insertNew(const std::vector<const Did *> &dids); // numbers the model does not hold
    // Runs `change` (which reorders the rows shown) as one layout change; selections and the
    // current row follow their numbers.
    void relayout(const std::function<void()> &change);
    void remove(const QString &number);
    void loadAddressLabels();
    // Reads the tenant's call-location checks again; rows whose flag changed are repainted
    // unless `quietly` (inside a reset).
    void loadCallLocationFlags(bool quietly);
    // The same for the Teams number locations.
    void loadTeamsLocationFlags(bool quietly);
    // Whether `changes` may change a verdict on the `judged` numbers: one of their registrations
    // or any address changed.
    static bool mayChangeVerdicts(const QSet<QString> &judged, const CacheChangeSet &changes);
    // Replaces `current` by `flags`, repainting the state cell of each row whose flag changed
    // unless `quietly`.
    void replaceFlags(QHash<QString, QString> &current, QHash<QString, QString> flags,
                      bool quietly);
    void ensureIndex() const;
    int indexedRow(const QString &number) const; // m_rows index of a live number, or -1
    void setIndexedRow(const QString &number, int row) const; // row -1: not live any more
    void sortRows(); // m_order and m_visible, by the sort column
    // Every live row in `column`'s ascending order (the number breaking ties).
    std::vector<int> sortedAscending(int column);
    const std::vector<std::uint32_t> &numberRanks();
    QHash<QStringView, int> addressLabelRanks() const; // address id → label's place
    void forgetSortedColumns();

    Cache *m_cache;
    QString m_tenantId;
    int m_backgroundLoadThreshold = 20000;
    std::unique_ptr<DidRowLoader> m_loader;            // while a background read runs
    std::vector<CacheChangeSet> m_changesWhileLoading; // applied once the rows are in
    DidRowTable m_rows;                     // every loaded record; deleted ones stay as holes
    mutable QHash<quint64, int> m_index;    // numberKey(E.164) → m_rows index, for live rows
    mutable QHash<QString, int> m_oddIndex; // the same for a number numberKey() cannot pack
    mutable bool m_indexBuilt = false;
    std::vector<int> m_order;   // live rows, sorted
    std::vector<int> m_visible; // the part of m_order that passes the filters
    QHash<QString, QString> m_addressLabels;
    QHash<qint64, QString> m_feeTexts;
    // The cached list rows keep fees in minor units only; the currency is the price list's.
    QString m_currency = QStringLiteral("USD");

    int m_sortColumn = -1; // -1: by number
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    QString m_filterNeedle; // digits only when the text is a phone number
    bool m_filterIsDigits = false;
    DidFilterIndex m_search; // what the filter text is matched against, by m_rows index
    // The results of the shorter filter texts the current one extends, shortest first; any
    // change to the rows, the order or the other filters forgets them.
    struct FilterStep
    {
        QString needle;
        bool isDigits = false;
        std::vector<int> visible;
    };
    std::vector<FilterStep> m_filterSteps;
    // Sorting: each number's place in number order (by m_rows index; stale when its size is not
    // m_rows'), and each column's ascending order once made (empty until then; kept for the
    // last two columns sorted).
    std::vector<std::uint32_t> m_numberRanks;
    std::array<std::vector<int>, ColumnCount> m_sortedByColumn;
    int m_lastSortedColumn = -1;
    std::optional<E911State> m_stateFilter;
    std::optional<DidUsage> m_usageFilter;
    QString m_countryFilter;
    QByteArray m_countryFilterUtf8;               // the same, as the rows hold it
    QSet<QString> m_conflicts;                    // E.164
    QHash<QString, QString> m_callLocationFlags;  // E.164 → sentence
    QSet<QString> m_numbersWithCalls;             // numbers whose registration a call was judged by
    QHash<QString, QString> m_teamsLocationFlags; // E.164 → sentence
    QSet<QString> m_numbersInTeamsReading;        // numbers the last Teams export listed
};
