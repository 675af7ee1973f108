// DidModel's filter text at scale gives exactly the rows of the plain scan it replaced (kept
// below as `plainScanAccepts`, the reference): numbers typed in several formats, names and UPNs
// in any case and script, the empty text, a text nothing matches, typing and deleting character
// by character (the kept results of shorter texts), and after sync's changes while filtered.
#include "models/DidModel.h"
#include "store/Cache.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace {
const QString tenant = QStringLiteral("2a8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
constexpr int rowCount = 20000;

// Names that exercise case folding beyond ASCII: the Kelvin sign folds to "k", "É" to "é".
const QStringList names{QStringLiteral("Ada Lovelace"), QStringLiteral("ÉMILE Zola"),
                        QStringLiteral("\u212Aelvin Lord"), QStringLiteral("Anna Straße"),
                        QStringLiteral("Ørsted Hans"), QStringLiteral("Pat O'Brien"),
                        QStringLiteral("李 小龙"), QStringLiteral("Zoë Saldaña"),
                        // Outside the BMP, with case: Deseret capital and small long I.
                        QStringLiteral("\U00010400ra Deseret"),
                        QStringLiteral("\U00010428ra deseret"), QStringLiteral("zoe"), QString()};

Did makeDid(int i)
{
    Did d;
    static const QStringList prefixes{QStringLiteral("+1312555"), QStringLiteral("+1206555"),
                                      QStringLiteral("+44207946"), QStringLiteral("+3314")};
    d.number = prefixes.at(i % prefixes.size()) + QStringLiteral("%1").arg(i, 5, 10, QChar(u'0'));
    d.nationalFormat = d.number;
    d.tenantId = tenant;
    d.country = i % 4 == 2 ? QStringLiteral("GB") : QStringLiteral("US");
    d.usage = i % 11 == 0 ? DidUsage::CommonArea : DidUsage::User;
    if (d.usage == DidUsage::User) {
        const QString name = names.at(i % names.size());
        d.assignedUser = AssignedUser{
            QStringLiteral("user.%1%2@Contoso.example")
                .arg(i % 3 == 0 ? QStringLiteral("K") : QString())
                .arg(i),
            name.isEmpty() ? name : name + QLatin1Char(' ') + QString::number(i % 500)};
    }
    d.e911.state = i % 5 == 0 ? E911State::Registered : E911State::Basic;
    d.e911.since = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    d.etag = QStringLiteral("\"v1\"");
    d.updatedAt = d.e911.since;
    return d;
}

// The scan DidModel's filter text did before it had an index, as it was written then.
bool plainScanAccepts(const Did &did, const QString &text)
{
    const QString trimmed = text.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit()) {
            digits += c;
        } else if (!QStringView(u"+()-. ").contains(c)) {
            digits.clear();
            break;
        }
    }
    if (!digits.isEmpty())
        return QStringView(did.number).mid(1).contains(digits);
    if (trimmed.isEmpty())
        return true;
    const QString upn = did.assignedUser ? did.assignedUser->upn : QString();
    const QString name = did.assignedUser ? did.assignedUser->displayName : QString();
    return (name.isEmpty() ? upn : name).contains(trimmed, Qt::CaseInsensitive) ||
           upn.contains(trimmed, Qt::CaseInsensitive);
}
} // namespace

class TestDidFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filterGivesThePlainScansRows_data();
    void filterGivesThePlainScansRows();
    void typingAndDeletingGivesThePlainScansRows();
    void filterFollowsSyncChangesMadeWhileFiltered();
    void sortByUserIsCaseInsensitiveThenByNumber();

private:
    QStringList shownNumbers() const;
    // Notes the model's order without a filter text, which the expected rows keep.
    void captureOrder();
    QStringList expectedNumbers(const QString &text) const;
    void verifyFilter(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<DidModel> m_model;
    std::map<QString, Did> m_dids; // what the model should hold, by E.164
    QStringList m_unfilteredOrder;
    std::optional<E911State> m_stateFilter;
};

void TestDidFilter::initTestCase()
{
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(m_cache->open());
    QVERIFY(m_cache->begin());
    for (int i = 0; i < rowCount; ++i) {
        const Did did = makeDid(i);
        QVERIFY(m_cache->upsertDid(did, 1));
        m_dids[did.number] = did;
    }
    QVERIFY(m_cache->commit());
    m_model = std::make_unique<DidModel>(m_cache.get());
    m_model->setTenant(tenant);
    QCOMPARE(m_model->rowCount(), rowCount);
}

QStringList TestDidFilter::shownNumbers() const
{
    QStringList numbers;
    numbers.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        numbers.append(m_model->numberAt(row));
    return numbers;
}

void TestDidFilter::captureOrder()
{
    const QString text = m_model->filterText();
    m_model->setFilterText(QString());
    m_unfilteredOrder = shownNumbers();
    m_model->setFilterText(text);
}

QStringList TestDidFilter::expectedNumbers(const QString &text) const
{
    QStringList expected;
    for (const QString &number : m_unfilteredOrder) {
        const Did &did = m_dids.at(number);
        if (plainScanAccepts(did, text) && (!m_stateFilter || did.e911.state == *m_stateFilter))
            expected.append(number);
    }
    return expected;
}

void TestDidFilter::verifyFilter(const QString &text)
{
    const QStringList expected = expectedNumbers(text);
    m_model->setFilterText(text);
    const QStringList shown = shownNumbers();
    if (shown != expected)
        QFAIL(qPrintable(QStringLiteral("\"%1\": %2 rows shown, the plain scan keeps %3")
                             .arg(text)
                             .arg(shown.size())
                             .arg(expected.size())));
}

void TestDidFilter::filterGivesThePlainScansRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sortColumn");
    const QStringList texts{QStringLiteral("312-555"),
                            QStringLiteral("(312) 555"),
                            QStringLiteral("+1312"),
                            QStringLiteral("+44 20 79"),
                            QStringLiteral("5"),
                            QStringLiteral("55"),
                            QStringLiteral("0012"),
                            QStringLiteral("1.206.555"),
                            QStringLiteral("ada"),
                            QStringLiteral("ADA LOVE"),
                            QStringLiteral("  lovelace "),
                            QStringLiteral("a"),
                            QStringLiteral("K"),
                            QStringLiteral("kelvin"),
                            QStringLiteral("\u212A"),
                            QStringLiteral("émile"),
                            QStringLiteral("É"),
                            QStringLiteral("ß"),
                            QStringLiteral("STRASSE"),
                            QStringLiteral("o'b"),
                            QStringLiteral("小龙"),
                            QStringLiteral("zoë s"),
                            QStringLiteral("@contoso"),
                            QStringLiteral("user.k3"),
                            QStringLiteral("."),
                            QStringLiteral("-"),
                            QStringLiteral("+"),
                            QStringLiteral("١٢"),
                            QStringLiteral("zzqqxx"),
                            QStringLiteral("99999999"),
                            QString()};
    for (const QString &text : texts) {
        QTest::addRow("%s by number", qPrintable(text)) << text << int(DidModel::NumberColumn);
        QTest::addRow("%s by user", qPrintable(text)) << text << int(DidModel::UserColumn);
    }
}

void TestDidFilter::filterGivesThePlainScansRows()
{
    QFETCH(QString, text);
    QFETCH(int, sortColumn);
    m_model->setFilterText(QString());
    m_model->sort(sortColumn, Qt::AscendingOrder);
    captureOrder();
    verifyFilter(text);
    // The same text with another filter chosen first, and chosen after.
    m_model->setFilterText(QString());
    m_stateFilter = E911State::Registered;
    m_model->setStateFilter(m_stateFilter);
    verifyFilter(text);
    m_stateFilter.reset();
    m_model->setStateFilter(m_stateFilter);
    verifyFilter(text);
}

void TestDidFilter::typingAndDeletingGivesThePlainScansRows()
{
    m_model->setFilterText(QString());
    m_model->sort(DidModel::NumberColumn, Qt::AscendingOrder);
    captureOrder();
    for (const QString &typed : {QStringLiteral("(312) 555-01"), QStringLiteral("ada lovelace 4"),
                                 QStringLiteral("+44 207")}) {
        for (qsizetype n = 1; n <= typed.size(); ++n)
            verifyFilter(typed.left(n));
        for (qsizetype n = typed.size() - 1; n >= 0; --n)
            verifyFilter(typed.left(n));
    }
    // Edits that neither extend nor shorten the text.
    for (const QString &text :
         {QStringLiteral("ada"), QStringLiteral("da"), QStringLiteral("dan"), QStringLiteral("an"),
          QStringLiteral("312"), QStringLiteral("31"), QStringLiteral("ann"), QString()})
        verifyFilter(text);
}

void TestDidFilter::filterFollowsSyncChangesMadeWhileFiltered()
{
    m_model->setFilterText(QString());
    m_model->sort(DidModel::UserColumn, Qt::AscendingOrder);
    captureOrder();
    // Results kept for "a" and "ad" exist when the changes arrive.
    verifyFilter(QStringLiteral("a"));
    verifyFilter(QStringLiteral("ad"));
    verifyFilter(QStringLiteral("ada"));

    CacheChangeSet changes;
    Did renamed = m_dids.at(makeDid(1).number); // Émile becomes an Ada
    renamed.assignedUser->displayName = QStringLiteral("Ada Byron");
    Did unnamed = m_dids.at(makeDid(24).number); // an Ada keeps only a UPN
    unnamed.assignedUser = AssignedUser{QStringLiteral("nobody@contoso.example"), QString()};
    Did added = makeDid(rowCount + 1);
    added.assignedUser->displayName = QStringLiteral("Adaline Nouvelle");
    Did addedNumber = makeDid(rowCount + 2);
    addedNumber.number = QStringLiteral("+13125550199");
    changes.dids = {renamed, unnamed, added, addedNumber};
    const QString removed = makeDid(36).number; // an Ada
    changes.deletedDids = {{tenant, removed}};
    m_model->applyChanges(changes);
    for (const Did &did : std::as_const(changes.dids))
        m_dids[did.number] = did;
    m_dids.erase(removed);

    QCOMPARE(m_model->totalCount(), rowCount + 1); // two added, one removed
    const QStringList shownAfterChanges = shownNumbers();
    captureOrder();
    QCOMPARE(shownAfterChanges, expectedNumbers(QStringLiteral("ada")));
    for (const QString &text :
         {QStringLiteral("ad"), QStringLiteral("a"), QStringLiteral("adal"), QString(),
          QStringLiteral("byron"), QStringLiteral("nobody"), QStringLiteral("émile"),
          QStringLiteral("(312) 555-0199"), QStringLiteral("0199"), QStringLiteral("555")})
        verifyFilter(text);
}

void TestDidFilter::sortByUserIsCaseInsensitiveThenByNumber()
{
    // The reference: the user column's text (the name, or the UPN without one) compared as
    // QString does without case, the number breaking ties.
    std::vector<const Did *> expected;
    for (const auto &[number, did] : m_dids)
        expected.push_back(&did);
    const auto userOf = [](const Did *did) {
        if (!did->assignedUser)
            return QString();
        return did->assignedUser->displayName.isEmpty() ? did->assignedUser->upn
                                                        : did->assignedUser->displayName;
    };
    std::sort(expected.begin(), expected.end(), [&](const Did *a, const Did *b) {
        const int c = userOf(a).compare(userOf(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->number < b->number;
    });
    QStringList expectedNumbers;
    for (const Did *did : expected)
        expectedNumbers.append(did->number);

    m_model->setFilterText(QString());
    m_model->sort(DidModel::NumberColumn, Qt::AscendingOrder);
    m_model->sort(DidModel::UserColumn, Qt::AscendingOrder);
    QCOMPARE(shownNumbers(), expectedNumbers);
    m_model->sort(DidModel::UserColumn, Qt::DescendingOrder);
    std::reverse(expectedNumbers.begin(), expectedNumbers.end());
    QCOMPARE(shownNumbers(), expectedNumbers);
}

QTEST_GUILESS_MAIN(TestDidFilter)
#include "tst_did_filter.moc"
