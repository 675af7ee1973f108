#include "DemoDataGenerator.h"

#include "DemoNetworkMap.h"
#include "JsonText.h"
#include "ServerDatabase.h"
#include "auth/TokenService.h"
#include "domain/CivicAddress.h"
#include "domain/PhoneNumber.h"
#include "validation/AddressValidator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <cstdio>
#include <optional>

namespace {

const char *const tenantNames[] = {"Contoso Ltd",
                                   "Fabrikam Inc",
                                   "Northwind Traders",
                                   "Tailspin Toys",
                                   "Adventure Works",
                                   "Wingtip Toys",
                                   "Woodgrove Bank",
                                   "Litware Inc",
                                   "Proseware Inc",
                                   "Alpine Ski House",
                                   "Blue Yonder Airlines",
                                   "Coho Winery",
                                   "Fourth Coffee",
                                   "Humongous Insurance",
                                   "Lucerne Publishing",
                                   "Margie's Travel",
                                   "Relecloud",
                                   "Trey Research",
                                   "Wide World Importers",
                                   "City Power & Light",
                                   "Consolidated Messenger",
                                   "A. Datum Corporation",
                                   "Southridge Video",
                                   "Bellows College",
                                   "Graphic Design Institute",
                                   "School of Fine Art",
                                   "VanArsdel Ltd",
                                   "Tailwind Traders",
                                   "Lamna Healthcare",
                                   "Munson's Pickles and Preserves",
                                   "Best For You Organics",
                                   "Boulder Innovations",
                                   "Contoso Pharmaceuticals",
                                   "Fincher Architects",
                                   "First Up Consultants",
                                   "Hanson Brothers",
                                   "Lakeshore Retail",
                                   "Nod Publishers",
                                   "Northwind Health",
                                   "Olympia Foods",
                                   "Payroll Service Co",
                                   "Tasmanian Traders",
                                   "The Phone Company",
                                   "Woodgrove Pharmacy",
                                   "Fabrikam Residences",
                                   "Contoso Hospital",
                                   "Alpine Medical Group",
                                   "Litware Health",
                                   "Proseware Schools",
                                   "Relecloud Media"};

struct DemoAddress
{
    const char *number, *street, *city, *state, *zip, *country, *npa;
};
// Public landmark and office addresses, typed the way admins type them; the validator
// normalizes them like any other address.
const DemoAddress demoAddresses[] = {
    {"1", "Microsoft Way", "Redmond", "WA", "98052", "US", "425"},
    {"410", "Terry Avenue North", "Seattle", "WA", "98109", "US", "206"},
    {"1600", "Amphitheatre Parkway", "Mountain View", "CA", "94043", "US", "650"},
    {"350", "Fifth Avenue", "New York", "NY", "10118", "US", "212"},
    {"233", "South Wacker Drive", "Chicago", "IL", "60606", "US", "312"},
    {"600", "Congress Avenue", "Austin", "TX", "78701", "US", "512"},
    {"2300", "North Field Street", "Dallas", "TX", "75201", "US", "214"},
    {"4", "Jersey Street", "Boston", "MA", "02215", "US", "617"},
    {"303", "Peachtree Street Northeast", "Atlanta", "GA", "30308", "US", "404"},
    {"700", "Pennsylvania Avenue Northwest", "Washington", "DC", "20408", "US", "202"},
    {"151", "Third Street", "San Francisco", "CA", "94103", "US", "415"},
    {"1200", "Getty Center Drive", "Los Angeles", "CA", "90049", "US", "310"},
    {"500", "South Buena Vista Street", "Burbank", "CA", "91521", "US", "818"},
    {"1000", "Ponce de Leon Avenue", "San Juan", "PR", "00907", "US", "787"},
    {"290", "Bremner Boulevard", "Toronto", "ON", "M5V 3L9", "CA", "416"},
};

const char *const firstNames[] = {"Ada",    "Grace",   "Alan",   "Katherine", "Linus",  "Margaret",
                                  "Dennis", "Barbara", "Edsger", "Frances",   "Tim",    "Radia",
                                  "Ken",    "Hedy",    "John",   "Sophie",    "Carlos", "Mei",
                                  "Amara",  "Luis",    "Priya",  "Omar",      "Ingrid", "Kwame"};
const char *const lastNames[] = {
    "Lovelace", "Hopper", "Turing",      "Johnson",  "Torvalds", "Hamilton", "Ritchie", "Liskov",
    "Dijkstra", "Allen",  "Berners-Lee", "Perlman",  "Thompson", "Lamarr",   "Backus",  "Wilson",
    "Garcia",   "Chen",   "Okafor",      "Martinez", "Patel",    "Haddad",   "Larsen",  "Mensah"};

template <typename T, size_t N> constexpr int count(const T (&)[N])
{
    return static_cast<int>(N);
}

QString demoUuid(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = static_cast<char>(rng.bounded(256));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString domainFor(const QString &tenantName)
{
    QString slug;
    for (const QChar c : tenantName.toLower())
        if (c.isLetterOrNumber())
            slug += c;
    return slug + QStringLiteral(".example");
}

struct Mix
{
    const char *value;
    int weight;
};
const char *pick(QRandomGenerator &rng, std::initializer_list<Mix> mix)
{
    int total = 0;
    for (const Mix &m : mix)
        total += m.weight;
    int r = static_cast<int>(rng.bounded(total));
    for (const Mix &m : mix) {
        if (r < m.weight)
            return m.value;
        r -= m.weight;
    }
    return mix.begin()->value;
}

bool ensureUsers(ServerDatabase &db, TokenService &tokens, const QStringList &adminTenants,
                 QHash<QString, QString> *demoTokens)
{
    const struct
    {
        const char *role, *email, *name;
        Role value;
    } users[] = {{"staff", "staff@carrier.example", "Sam Staff", Role::Staff},
                 {"admin", "admin@contoso.example", "Casey Admin", Role::Admin},
                 {"auditor", "auditor@carrier.example", "Avery Auditor", Role::Auditor}};
    for (const auto &u : users) {
        const QString secret = QStringLiteral("dsp_demo_") + QLatin1StringView(u.role);
        demoTokens->insert(QLatin1StringView(u.role), secret);
        if (db.scalar(QStringLiteral("SELECT 1 FROM users WHERE email = ?"),
                      {QLatin1StringView(u.email)})
                .isValid())
            continue;
        const QString id =
            tokens.createUser(QLatin1StringView(u.email), QLatin1StringView(u.name), u.value,
                              u.value == Role::Admin ? adminTenants : QStringList());
        tokens.issueApiToken(id, QStringLiteral("demo"), secret);
    }
    return true;
}

// The demo's phone numbers. libphonenumber is asked once per prefix (country and area code,
// e.g. "+1425"): every number under a prefix has the same region and type, and parsing each of
// 100,000 numbers is what made the demo slow to start (8–11 s). tst_demo_data checks every
// generated number against a full parse.
class DemoNumbers
{
public:
    struct Prefix
    {
        QString e164;      // "+1425"; seven digits (exchange and line) follow
        qint64 digits = 0; // 1425
        QString region;
        bool tollFree = false;
        bool e911Eligible = false;
    };
    struct Number
    {
        QString e164;
        const Prefix *prefix = nullptr;
    };

    // A number under `e164Prefix` not handed out before, or nullopt when 1,000 draws found none.
    std::optional<Number> next(QRandomGenerator &rng, const char *kind, const QString &npa)
    {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            int exchange = 200 + static_cast<int>(rng.bounded(700));
            const int line = static_cast<int>(rng.bounded(10000));
            QString prefix;
            if (QByteArrayView(kind) == "uk") {
                prefix = QStringLiteral("+44207");
            } else if (QByteArrayView(kind) == "tollfree") {
                prefix = rng.bounded(2) ? QStringLiteral("+1800") : QStringLiteral("+1888");
            } else {
                prefix = QStringLiteral("+1") + npa;
                if (exchange == 555) // 555 is fiction's exchange; real demo data avoids it
                    exchange = 556;
            }
            const Prefix *known = lookup(prefix);
            if (!known)
                return std::nullopt;
            // The number's digits as an integer: a cheaper key than its text for 100,000 numbers.
            const qint64 key =
                known->digits * 10000000 + (exchange % 1000) * 10000 + (line % 10000);
            if (m_used.contains(key))
                continue;
            m_used.insert(key);
            // Sized for any int, though exchange and line stay within 3 and 4 digits.
            char digits[24];
            std::snprintf(digits, sizeof digits, "%03d%04d", exchange % 1000, line % 10000);
            return Number{known->e164 + QLatin1StringView(digits, 7), known};
        }
        return std::nullopt;
    }

private:
    const Prefix *lookup(const QString &e164Prefix)
    {
        auto found = m_prefixes.find(e164Prefix);
        if (found == m_prefixes.end()) {
            std::optional<Prefix> prefix;
            if (const auto sample = PhoneNumber::parse(e164Prefix + QStringLiteral("2000000")))
                prefix = Prefix{e164Prefix, e164Prefix.mid(1).toLongLong(), sample->regionCode(),
                                sample->isTollFree(), sample->isE911Eligible()};
            found = m_prefixes.insert(e164Prefix, prefix);
        }
        return found->has_value() ? &**found : nullptr;
    }

    QHash<QString, std::optional<Prefix>> m_prefixes;
    QSet<qint64> m_used;
};

// A demo address a tenant's numbers are at.
struct Site
{
    QString id;
    QString npa;
    bool eligible = false; // a valid US address: its numbers can register
};

// The statements the demo data is written with, prepared once.
struct DemoStatements
{
    explicit DemoStatements(ServerDatabase &db)
        : tenant(db.prepare(QStringLiteral("INSERT INTO tenants (id, name, service_type, version, "
                                           "updated_at) VALUES (?, ?, ?, 1, ?)")))
        , address(db.prepare(QStringLiteral(
              "INSERT INTO addresses (id, tenant_id, company_name, civic, location_note, "
              "validation_status, normalized, problems, latitude, longitude, precision, "
              "country, version, updated_at)"
              " VALUES (?, ?, ?, ?, '', ?, ?, '[]', ?, ?, ?, ?, 1, ?)")))
        // Named placeholders: Qt binds a positional value by first formatting its position as a
        // name, which cost about as much as SQLite's insert itself for 100,000 numbers.
        , did(db.prepare(QStringLiteral(
              "INSERT INTO dids (number, tenant_id, user_upn, user_display_name, usage, country, "
              "toll_free, e911_state, address_id, e911_reason, state_since, state_since_ms, "
              "billing_active, version, updated_at)"
              " VALUES (:number, :tenant, :upn, :name, :usage, :country, :toll_free, :state, "
              ":address, :reason, :state_since, :state_since_ms, :billing, 1, :updated_at)")))
    {}
    QSqlQuery tenant;
    QSqlQuery address;
    QSqlQuery did;
};

// Everything one tenant's generation needs besides the random numbers.
struct TenantContext
{
    QString id;
    QString name;
    QString domain;
    QString now;
    qint64 startMs = 0; // registrations in flight settle over the first minutes of a demo
};

// 2–5 addresses for a tenant, mostly with floor detail, validated like any other address.
std::optional<QList<Site>> writeSites(DemoStatements &sql, QRandomGenerator &rng,
                                      const PostalCodeTable &postalCodes, int tenantIndex,
                                      const TenantContext &tenant)
{
    QList<Site> sites;
    const int siteCount = 2 + static_cast<int>(rng.bounded(4));
    for (int s = 0; s < siteCount; ++s) {
        const DemoAddress &a = demoAddresses[(tenantIndex * 3 + s * 5) % count(demoAddresses)];
        CivicAddress civic;
        civic.addNumber = QLatin1StringView(a.number);
        civic.stName = QLatin1StringView(a.street);
        civic.postalCommunity = QLatin1StringView(a.city);
        civic.state = QLatin1StringView(a.state);
        civic.postalCode = QLatin1StringView(a.zip);
        civic.country = QLatin1StringView(a.country);
        if (s % 3 != 2)
            civic.floor = QString::number(1 + rng.bounded(30));
        const AddressValidationResult v = validateAddress(civic, postalCodes);
        const QString addressId = demoUuid(rng);
        QSqlQuery &q = sql.address;
        q.addBindValue(addressId);
        q.addBindValue(tenant.id);
        q.addBindValue(tenant.name);
        q.addBindValue(jsonText(civic.toJson()));
        q.addBindValue(v.valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
        q.addBindValue(v.valid ? QVariant(jsonText(v.normalized.toJson())) : QVariant());
        q.addBindValue(v.geocode ? QVariant(v.geocode->latitude) : QVariant());
        q.addBindValue(v.geocode ? QVariant(v.geocode->longitude) : QVariant());
        q.addBindValue(v.geocode ? QVariant(v.geocode->precision) : QVariant());
        q.addBindValue(QLatin1StringView(a.country));
        q.addBindValue(tenant.now);
        if (!q.exec())
            return std::nullopt;
        sites.append(
            {addressId, QLatin1StringView(a.npa), v.valid && QByteArrayView(a.country) == "US"});
    }
    return sites;
}

// One number of a tenant: who uses it and its E911 state, drawn from realistic shares.
bool writeNumber(DemoStatements &sql, QRandomGenerator &rng, DemoNumbers &numbers,
                 const TenantContext &tenant, const QList<Site> &sites, int i)
{
    const Site &site = sites[static_cast<int>(rng.bounded(static_cast<int>(sites.size())))];
    const char *kind = pick(rng, {{"local", 970}, {"uk", 10}, {"tollfree", 20}});
    const std::optional<DemoNumbers::Number> number = numbers.next(rng, kind, site.npa);
    if (!number)
        return true; // no free number under this prefix: the tenant has one fewer
    const DemoNumbers::Prefix &prefix = *number->prefix;

    QString usage = QLatin1StringView(pick(rng, {{"user", 800},
                                                 {"common_area", 80},
                                                 {"conference", 40},
                                                 {"unassigned", 50},
                                                 {"call_queue", 30}}));
    if (prefix.tollFree)
        usage = rng.bounded(2) ? QStringLiteral("auto_attendant") : QStringLiteral("call_queue");
    QVariant upn, displayName;
    if (usage == QLatin1StringView("user")) {
        const QString first = QLatin1StringView(firstNames[rng.bounded(count(firstNames))]);
        const QString last = QLatin1StringView(lastNames[rng.bounded(count(lastNames))]);
        // Built by concatenation: QString::arg per number showed in the start-up profile.
        upn = QString(first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(i) +
                      QLatin1Char('@') + tenant.domain);
        displayName = QString(first + QLatin1Char(' ') + last);
    } else if (usage == QLatin1StringView("common_area")) {
        upn = QString(QStringLiteral("lobby") + QString::number(i) + QLatin1Char('@') +
                      tenant.domain);
        displayName = QString(QStringLiteral("Common area phone ") + QString::number(i));
    }
    QString state = QStringLiteral("basic");
    QVariant addressId, reason;
    if (prefix.e911Eligible && site.eligible && usage != QLatin1StringView("unassigned")) {
        state = QLatin1StringView(pick(rng, {{"registered", 740},
                                             {"basic", 180},
                                             {"pending", 40},
                                             {"failed", 30},
                                             {"deregistering", 10}}));
        if (state != QLatin1StringView("basic"))
            addressId = site.id;
        if (state == QLatin1StringView("failed"))
            reason = QStringLiteral(
                "The 911 provider could not match the address to its street database "
                "(MSAG). Check the house number and street name, then try again.");
    }
    QSqlQuery &q = sql.did;
    q.bindValue(QStringLiteral(":number"), number->e164);
    q.bindValue(QStringLiteral(":tenant"), tenant.id);
    q.bindValue(QStringLiteral(":upn"), upn);
    q.bindValue(QStringLiteral(":name"), displayName);
    q.bindValue(QStringLiteral(":usage"), usage);
    q.bindValue(QStringLiteral(":country"), prefix.region);
    q.bindValue(QStringLiteral(":toll_free"), prefix.tollFree ? 1 : 0);
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":address"), addressId);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":state_since"), tenant.now);
    q.bindValue(QStringLiteral(":state_since_ms"),
                tenant.startMs + static_cast<qint64>(rng.bounded(600)) * 1000);
    q.bindValue(QStringLiteral(":billing"), addressId.isNull() ? 0 : 1);
    q.bindValue(QStringLiteral(":updated_at"), tenant.now);
    return q.exec();
}

// Tenant sizes follow a long tail: a few large enterprises, many small ones.
QList<int> tenantSizes(QRandomGenerator &rng, const DemoDataSize &size)
{
    QList<double> weights;
    double weightSum = 0;
    for (int t = 0; t < size.tenants; ++t) {
        weights.append(1.0 / (1 + t % 17) + rng.generateDouble() * 0.2);
        weightSum += weights.last();
    }
    QList<int> sizes;
    int didsLeft = size.dids;
    for (int t = 0; t < size.tenants; ++t) {
        const int dids =
            t == size.tenants - 1
                ? didsLeft
                : std::min(didsLeft, static_cast<int>(size.dids * weights[t] / weightSum));
        didsLeft -= dids;
        sizes.append(dids);
    }
    return sizes;
}

// The tenants, their addresses and numbers; their ids in generation order.
std::optional<QStringList> writeTenants(ServerDatabase &db, const PostalCodeTable &postalCodes,
                                        const DemoDataSize &size, QString *error)
{
    QRandomGenerator rng(20261125);
    DemoStatements sql(db);
    DemoNumbers numbers;
    const QList<int> sizes = tenantSizes(rng, size);
    QStringList tenantIds;
    TenantContext tenant;
    tenant.now = ServerDatabase::nowIso();
    tenant.startMs = QDateTime::currentMSecsSinceEpoch();
    for (int t = 0; t < size.tenants; ++t) {
        tenant.id = demoUuid(rng);
        tenantIds.append(tenant.id);
        tenant.name = QLatin1StringView(tenantNames[t % count(tenantNames)]);
        if (t >= count(tenantNames))
            tenant.name += QStringLiteral(" %1").arg(t / count(tenantNames) + 1);
        tenant.domain = domainFor(tenant.name);
        sql.tenant.addBindValue(tenant.id);
        sql.tenant.addBindValue(tenant.name);
        sql.tenant.addBindValue(t % 3 == 0 ? QStringLiteral("direct_routing")
                                           : QStringLiteral("operator_connect"));
        sql.tenant.addBindValue(tenant.now);
        if (!sql.tenant.exec()) {
            *error = QStringLiteral("Could not write the demo tenants.");
            return std::nullopt;
        }
        const std::optional<QList<Site>> sites = writeSites(sql, rng, postalCodes, t, tenant);
        if (!sites) {
            *error = QStringLiteral("Could not write the demo addresses.");
            return std::nullopt;
        }
        for (int i = 0; i < sizes[t]; ++i) {
            if (!writeNumber(sql, rng, numbers, tenant, *sites, i)) {
                *error = QStringLiteral("Could not write the demo numbers.");
                return std::nullopt;
            }
        }
    }
    return tenantIds;
}

} // namespace

QHash<QString, QString> loadDemoData(ServerDatabase &db, TokenService &tokens,
                                     const PostalCodeTable &postalCodes, const DemoDataSize &size,
                                     QString *error)
{
    QHash<QString, QString> demoTokens;
    WriteTransaction tx(db);
    if (db.scalar(QStringLiteral("SELECT 1 FROM tenants LIMIT 1")).isValid()) {
        ensureUsers(db, tokens, {}, &demoTokens);
        tx.commit();
        return demoTokens;
    }
    const QStringList numberIndexes = db.dropIndexes(QStringLiteral("dids"));
    const std::optional<QStringList> tenantIds = writeTenants(db, postalCodes, size, error);
    if (!tenantIds)
        return {};
    db.createIndexes(numberIndexes); // the network map below reads numbers by tenant
    if (!writeDemoNetworkMap(db, postalCodes, *tenantIds, error))
        return {};
    ensureUsers(db, tokens, tenantIds->mid(0, 2), &demoTokens);
    tx.commit(); // throws DatabaseFailure, which start-up reports
    return demoTokens;
}
