#include "Did.h"

#include "domain/JsonFields.h"
#include "domain/JsonSimd.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <utility>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {
constexpr std::array<std::pair<DidUsage, QLatin1StringView>, 6> usageNames{{
    {DidUsage::User, QLatin1StringView("user")},
    {DidUsage::CommonArea, QLatin1StringView("common_area")},
    {DidUsage::Conference, QLatin1StringView("conference")},
    {DidUsage::AutoAttendant, QLatin1StringView("auto_attendant")},
    {DidUsage::CallQueue, QLatin1StringView("call_queue")},
    {DidUsage::Unassigned, QLatin1StringView("unassigned")},
}};

template <class Value>
std::optional<AssignedUser> readUser(const Value &value, const QString &path,
                                     QList<FieldError> &errors)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    const auto upn = json::string(*object, QLatin1StringView("upn"), path, errors, 256);
    const auto name = json::string(*object, QLatin1StringView("displayName"), path, errors, 256);
    if (errors.size() != before)
        return std::nullopt;
    return AssignedUser{*upn, *name};
}

template <class Value>
std::optional<E911Status> readE911(const Value &value, const QString &path,
                                   QList<FieldError> &errors)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    E911Status status;
    if (const auto wire = json::string(*object, QLatin1StringView("state"), path, errors, 32)) {
        if (const auto state = e911StateFromWire(*wire))
            status.state = *state;
        else
            json::addError(errors, json::join(path, QLatin1StringView("state")),
                           QLatin1StringView("invalid"), QStringLiteral("is not an E911 state"));
    }
    if (const auto id =
            json::stringOrNull(*object, QLatin1StringView("addressId"), path, errors, 200))
        status.addressId = id->value_or(QString());
    if (const auto reason =
            json::stringOrNull(*object, QLatin1StringView("reason"), path, errors, 2000))
        status.reason = reason->value_or(QString());
    if (const auto since = json::timestamp(*object, QLatin1StringView("since"), path, errors))
        status.since = *since;
    if (const auto verified =
            json::timestampOrNull(*object, QLatin1StringView("verifiedAt"), path, errors))
        status.verifiedAt = verified->value_or(QDateTime());
    if (errors.size() != before)
        return std::nullopt;
    // A registered or pending number points at an address; a basic one does not.
    const bool needsAddress =
        status.state == E911State::Pending || status.state == E911State::Registered;
    if (needsAddress && status.addressId.isEmpty()) {
        json::addError(
            errors, json::join(path, QLatin1StringView("addressId")),
            QLatin1StringView("inconsistent"),
            QStringLiteral("is null although the number is %1").arg(e911StateToWire(status.state)));
        return std::nullopt;
    }
    return status;
}
} // namespace

QString didUsageToWire(DidUsage usage)
{
    for (const auto &[u, name] : usageNames) {
        if (u == usage)
            return QString(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DidUsage> didUsageFromWire(QStringView wire)
{
    for (const auto &[u, name] : usageNames) {
        if (wire == name)
            return u;
    }
    return std::nullopt;
}

bool Did::isE164(QStringView text)
{
    // ^\+[1-9][0-9]{1,14}$
    if (text.size() < 3 || text.size() > 16 || text.front() != QLatin1Char('+') ||
        text.at(1) == QLatin1Char('0'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString Did::formatNational(QStringView e164)
{
    if (!isE164(e164))
        return {};
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QStringView digits = e164.mid(1);
    // Country calling codes are prefix-free and one to three digits long.
    for (qsizetype length = 1; length <= 3 && length < digits.size(); ++length) {
        const int code = digits.left(length).toInt();
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        const QStringView national = digits.mid(length);
        i18n::phonenumbers::PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(national.toULongLong());
        // Italy and a few others keep leading zeros in the national number.
        int zeros = 0;
        while (zeros < national.size() - 1 && national.at(zeros) == QLatin1Char('0'))
            ++zeros;
        if (zeros > 0) {
            number.set_italian_leading_zero(true);
            number.set_number_of_leading_zeros(zeros);
        }
        std::string out;
        util.Format(number, PhoneNumberUtil::NATIONAL, &out);
        return QString::fromStdString(out);
    }
    return {};
}

namespace {
// Did::fromJson for either JSON library (domain/JsonFields.h).
template <class Value>
std::optional<Did> decodeDid(const Value &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    Did did;
    if (const auto number = json::string(*object, QLatin1StringView("number"), path, errors, 16)) {
        did.nationalFormat = Did::formatNational(*number);
        if (did.nationalFormat.isEmpty())
            json::addError(errors, json::join(path, QLatin1StringView("number")),
                           QLatin1StringView("invalid"),
                           QStringLiteral("is not an E.164 number with a known country code"));
        else
            did.number = *number;
    }
    if (const auto id = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        did.tenantId = *id;
    const QString userPath = json::join(path, QLatin1StringView("assignedUser"));
    if (const auto user = json::member(*object, QLatin1StringView("assignedUser"), path, errors);
        user && !json::access::isNull(*user)) {
        if (const auto decoded = readUser(*user, userPath, errors))
            did.assignedUser = *decoded;
    }
    if (const auto wire = json::string(*object, QLatin1StringView("usage"), path, errors, 32)) {
        if (const auto usage = didUsageFromWire(*wire))
            did.usage = *usage;
        else
            json::addError(errors, json::join(path, QLatin1StringView("usage")),
                           QLatin1StringView("invalid"), QStringLiteral("is not a known usage"));
    }
    if (const auto country =
            json::upperCode(*object, QLatin1StringView("country"), path, errors, 2)) {
        did.country = *country;
        // The server decides the region with libphonenumber, as PhoneNumber does.
        did.emergencyRegion = PhoneNumber::emergencyRegionOf(*country);
    }
    if (const auto tollFree = json::boolean(*object, QLatin1StringView("tollFree"), path, errors))
        did.tollFree = *tollFree;
    if (const auto e911 = json::member(*object, QLatin1StringView("e911"), path, errors)) {
        if (const auto status =
                readE911(*e911, json::join(path, QLatin1StringView("e911")), errors))
            did.e911 = *status;
    }
    if (const auto fee = json::member(*object, QLatin1StringView("monthlyFee"), path, errors);
        fee && !json::access::isNull(*fee)) {
        if (const auto money =
                Money::fromJson(*fee, errors, json::join(path, QLatin1StringView("monthlyFee"))))
            did.monthlyFee = *money;
    }
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        did.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        did.updatedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return did;
}
} // namespace

std::optional<Did> Did::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                 const QString &path)
{
    return decodeDid(value, errors, path);
}

std::optional<Did> Did::fromJson(const simdjson::dom::element &value, QList<FieldError> &errors,
                                 const QString &path)
{
    return decodeDid(value, errors, path);
}
