#include "compliance/ComplianceQueries.h"

#include "calls/CallLocationQuery.h"
#include "compliance/TestCoverageQuery.h"
#include "domain/AddressLine.h"
#include "domain/EmergencyAddress.h"
#include "domain/Limitations.h"
#include "store/Cache.h"
#include "teams/TeamsNumberQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The enums are stored as integers (CacheMigration1Initial); spell them from the enums so the
// SQL follows if they ever change.
QString n(auto value)
{
    return QString::number(static_cast<int>(value));
}

// The tenant's addresses with two facts per address, worked out once per address (not once per
// number): validated, and whether the civic address names a building, floor, unit or room (the
// same four fields the backend's location_detail_missing warning looks at).
QString addressFactsCte()
{
    return QStringLiteral(
               "WITH addr AS MATERIALIZED (SELECT id,"
               " validation_status = %1 AS validated,"
               " (COALESCE(json_extract(json, '$.civic.building'), '') != ''"
               "  OR COALESCE(json_extract(json, '$.civic.floor'), '') != ''"
               "  OR COALESCE(json_extract(json, '$.civic.unit'), '') != ''"
               "  OR COALESCE(json_extract(json, '$.civic.room'), '') != '') AS has_detail"
               " FROM addresses WHERE tenant_id = :tenant) ")
        .arg(n(AddressValidationStatus::Valid));
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
} // namespace

ComplianceQueries::ComplianceQueries(Cache *cache)
    : m_cache(cache)
{}

// The rules of docs/reports.md, "Which numbers are not compliant", as one bit per reason over
// a row of `dids d LEFT JOIN addr a`.
QString ComplianceQueries::reasonsExpression(const QDateTime &now) const
{
    const qint64 stuckBefore = now.toMSecsSinceEpoch() - qint64(m_stuckAfterHours) * 3600 * 1000;
    const QString onAddress = QStringLiteral("d.e911_state IN (%1, %2)")
                                  .arg(n(E911State::Pending), n(E911State::Registered));
    return QStringLiteral(
               "((CASE WHEN d.e911_state = %1 THEN %2 ELSE 0 END)"
               " | (CASE WHEN d.e911_state IN (%3, %4) AND d.state_since < %5 THEN %6 ELSE 0 END)"
               " | (CASE WHEN d.e911_state = %7 AND d.emergency_region = %8 AND d.toll_free = 0"
               "     AND d.usage IN (%9, %10) THEN %11 ELSE 0 END)"
               " | (CASE WHEN %12 AND (a.id IS NULL OR NOT a.validated) THEN %13 ELSE 0 END)"
               " | (CASE WHEN %12 AND a.id IS NOT NULL AND NOT a.has_detail THEN %14 ELSE 0 END)"
               " | (CASE WHEN d.number IN (SELECT value FROM json_each(:flagged)) THEN %15"
               "     ELSE 0 END)"
               " | (CASE WHEN d.number IN (SELECT value FROM json_each(:teamsFlagged)) THEN %16"
               "     ELSE 0 END))")
        .arg(n(E911State::Failed), n(NonCompliance::RegistrationFailed), n(E911State::Pending),
             n(E911State::Deregistering), QString::number(stuckBefore),
             n(NonCompliance::StuckInProvisioning), n(E911State::Basic),
             n(PhoneNumber::EmergencyRegion::UnitedStates), n(DidUsage::User))
        .arg(n(DidUsage::CommonArea), n(NonCompliance::BasicOnlyInUse), onAddress,
             n(NonCompliance::AddressNotValidated), n(NonCompliance::LocationDetailMissing),
             n(NonCompliance::CallLocationDiffers), n(NonCompliance::TeamsLocationDiffers));
}

QByteArray ComplianceQueries::flaggedByCalls(const QString &tenantId)
{
    const QHash<QString, QString> flagged =
        calllocation::flaggedNumbers(calllocation::load(*m_cache, tenantId));
    m_callLocationDiffers = flagged.size();
    return QJsonDocument(QJsonArray::fromStringList(flagged.keys())).toJson(QJsonDocument::Compact);
}

QByteArray ComplianceQueries::flaggedByTeams(const QString &tenantId)
{
    const QHash<QString, TeamsNumberCheck> checks = teamsnumbers::load(*m_cache, tenantId);
    const QHash<QString, QString> flagged = teamsnumbers::flaggedNumbers(checks);
    m_teamsLocationDiffers = flagged.size();
    m_teamsNumbersReadAt = checks.isEmpty() ? QDateTime() : checks.cbegin()->readAt;
    return QJsonDocument(QJsonArray::fromStringList(flagged.keys())).toJson(QJsonDocument::Compact);
}

std::optional<ComplianceSummary> ComplianceQueries::summary(const QString &tenantId,
                                                            const QDateTime &now)
{
    m_lastError.clear();
    QSqlQuery q(m_cache->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, service_type FROM tenants WHERE id = ?"));
    q.addBindValue(tenantId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    ComplianceSummary s;
    s.tenantId = tenantId;
    s.tenantName = q.value(0).toString();
    s.serviceType = ServiceType(q.value(1).toInt());
    s.stuckAfterHours = m_stuckAfterHours;
    s.computedAt = now.toUTC();

    // Every figure about numbers in one pass over the tenant's rows.
    const QString us = n(PhoneNumber::EmergencyRegion::UnitedStates);
    const QString sql =
        addressFactsCte() +
        QStringLiteral(
            "SELECT COUNT(*),"
            " TOTAL(d.e911_state = %1), TOTAL(d.e911_state = %2), TOTAL(d.e911_state = %3),"
            " TOTAL(d.e911_state = %4), TOTAL(d.e911_state = %5),"
            " TOTAL(d.e911_state = %5 AND d.emergency_region = %6 AND d.toll_free = 0),"
            " TOTAL(d.emergency_region != %6), TOTAL(d.emergency_region = %6 AND d.toll_free = 1),"
            " TOTAL(d.usage = %7), TOTAL(d.usage = %7 AND d.e911_state != %1),"
            " TOTAL(d.e911_state IN (%1, %2) AND a.id IS NOT NULL AND NOT a.has_detail),"
            " TOTAL(%8 != 0)"
            " FROM dids d LEFT JOIN addr a ON a.id = d.address_id WHERE d.tenant_id = :tenant")
            .arg(n(E911State::Registered), n(E911State::Pending), n(E911State::Failed),
                 n(E911State::Deregistering), n(E911State::Basic), us, n(DidUsage::CommonArea),
                 reasonsExpression(now));
    q.prepare(sql);
    q.bindValue(QStringLiteral(":tenant"), tenantId);
    q.bindValue(QStringLiteral(":flagged"), flaggedByCalls(tenantId));
    q.bindValue(QStringLiteral(":teamsFlagged"), flaggedByTeams(tenantId));
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    const auto at = [&q](int i) { return static_cast<qint64>(q.value(i).toDouble()); };
    s.numbers = at(0);
    s.registered = at(1);
    s.pending = at(2);
    s.failed = at(3);
    s.deregistering = at(4);
    s.basic = at(5);
    s.basicEligible = at(6);
    s.outsideUs = at(7);
    s.tollFree = at(8);
    s.commonArea = at(9);
    s.commonAreaWithoutE911 = at(10);
    s.numbersAtAddressWithoutDetail = at(11);
    s.nonCompliant = at(12);
    s.callLocationDiffers = m_callLocationDiffers;
    s.placeCallDiffers =
        calllocation::flaggedPlaces(calllocation::loadPlaces(*m_cache, tenantId)).size();
    s.teamsLocationDiffers = m_teamsLocationDiffers;
    s.teamsNumbersReadAt = m_teamsNumbersReadAt;

    q.prepare(addressFactsCte() +
              QStringLiteral("SELECT COUNT(*), TOTAL(NOT validated), TOTAL(NOT has_detail)"
                             " FROM addr"));
    q.bindValue(QStringLiteral(":tenant"), tenantId);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    s.addresses = at(0);
    s.addressesNotValidated = at(1);
    s.addressesWithoutDetail = at(2);

    const QList<DisclosureAcknowledgement> acks = m_cache->acknowledgements(tenantId);
    if (!acks.isEmpty())
        s.acknowledgement.latest = acks.last(); // ordered by time
    s.acknowledgement.currentVersion = limitations::currentVersion;
    const TestCoverageSummary coverage = testcoverage::load(*m_cache, tenantId).summary;
    s.testable = coverage.total();
    s.tested = coverage.tested();
    s.lastSync = m_cache->syncState().lastSync;
    return s;
}

QList<NonCompliantNumber> ComplianceQueries::nonCompliantNumbers(const QString &tenantId,
                                                                 const QDateTime &now)
{
    m_lastError.clear();
    QList<NonCompliantNumber> out;
    // The addresses' one-line form, worked out once per address.
    QHash<QString, QString> addressLines;
    for (const EmergencyAddress &a : m_cache->addresses(tenantId))
        addressLines.insert(a.id, emergencyAddressLine(a));

    QSqlQuery q(m_cache->database());
    q.setForwardOnly(true);
    // Most urgent first: the lowest reason bit set decides the rank (reasons & -reasons).
    q.prepare(addressFactsCte() +
              QStringLiteral("SELECT * FROM (SELECT d.number, d.national, d.user_name,"
                             " d.user_upn, d.usage, d.country, d.e911_state, d.state_since,"
                             " d.address_id, d.e911_reason, %1 AS reasons"
                             " FROM dids d LEFT JOIN addr a ON a.id = d.address_id"
                             " WHERE d.tenant_id = :tenant)"
                             " WHERE reasons != 0 ORDER BY (reasons & -reasons), number")
                  .arg(reasonsExpression(now)));
    q.bindValue(QStringLiteral(":tenant"), tenantId);
    q.bindValue(QStringLiteral(":flagged"), flaggedByCalls(tenantId));
    q.bindValue(QStringLiteral(":teamsFlagged"), flaggedByTeams(tenantId));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        NonCompliantNumber row;
        row.number = q.value(0).toString();
        row.nationalFormat = q.value(1).toString();
        row.userUpn = q.value(3).toString();
        row.userName = q.value(2).toString();
        if (row.userName.isEmpty())
            row.userName = row.userUpn;
        row.usage = DidUsage(q.value(4).toInt());
        row.country = q.value(5).toString();
        row.state = E911State(q.value(6).toInt());
        row.stateSince = fromMsecs(q.value(7));
        row.addressId = q.value(8).toString();
        row.addressLine = addressLines.value(row.addressId);
        row.providerReason = q.value(9).toString();
        row.reasons = NonComplianceReasons::fromInt(q.value(10).toInt());
        out.append(row);
    }
    return out;
}
