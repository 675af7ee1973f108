// TestCall's strict decoder.
#include "TestCall.h"

#include "domain/Did.h"
#include "domain/JsonFields.h"

namespace {
constexpr qsizetype maxTextLength = 1000;

void refuse(QList<FieldError> &errors, const QString &path, QLatin1StringView member,
            const QString &detail)
{
    json::addError(errors, json::join(path, member), QLatin1StringView("invalid"), detail);
}
} // namespace

QString testCallResultToWire(TestCallResult result)
{
    return result == TestCallResult::Pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

std::optional<TestCallResult> testCallResultFromWire(QStringView wire)
{
    if (wire == u"pass")
        return TestCallResult::Pass;
    if (wire == u"fail")
        return TestCallResult::Fail;
    return std::nullopt;
}

std::optional<TestCall> TestCall::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                           const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    TestCall call;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200))
        call.id = *id;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        call.tenantId = *tenant;
    const auto place = json::string(*object, QLatin1StringView("placeId"), path, errors, 200);
    if (place)
        call.placeId = *place;
    const auto number = json::string(*object, QLatin1StringView("number"), path, errors, 32);
    if (number) {
        call.number = *number;
        if (!number->isEmpty() && !Did::isE164(*number))
            refuse(errors, path, QLatin1StringView("number"),
                   QStringLiteral("is not an E.164 number"));
    }
    if (place && number && place->isEmpty() && number->isEmpty())
        refuse(errors, path, QLatin1StringView("placeId"),
               QStringLiteral("and number are both empty"));
    if (const auto address =
            json::nonEmptyString(*object, QLatin1StringView("addressId"), path, errors, 200))
        call.addressId = *address;
    if (const auto tag = json::etag(*object, QLatin1StringView("addressEtag"), path, errors))
        call.addressEtag = *tag;
    if (const auto by =
            json::nonEmptyString(*object, QLatin1StringView("calledBy"), path, errors, 200))
        call.calledBy = *by;
    if (const auto when = json::timestamp(*object, QLatin1StringView("calledAt"), path, errors))
        call.calledAt = *when;
    if (const auto heard =
            json::string(*object, QLatin1StringView("readBack"), path, errors, maxTextLength))
        call.readBack = *heard;
    if (const auto wire = json::string(*object, QLatin1StringView("result"), path, errors, 16)) {
        if (const auto result = testCallResultFromWire(*wire))
            call.result = *result;
        else
            refuse(errors, path, QLatin1StringView("result"),
                   QStringLiteral("is neither pass nor fail"));
    }
    if (const auto note =
            json::string(*object, QLatin1StringView("note"), path, errors, maxTextLength))
        call.note = *note;
    const QString byPath = json::join(path, QLatin1StringView("recordedBy"));
    if (const auto by = json::member(*object, QLatin1StringView("recordedBy"), path, errors)) {
        if (const auto person = json::asObject(*by, byPath, errors)) {
            if (const auto id =
                    json::nonEmptyString(*person, QLatin1StringView("id"), byPath, errors, 200))
                call.recordedById = *id;
            if (const auto email =
                    json::nonEmptyString(*person, QLatin1StringView("email"), byPath, errors, 320))
                call.recordedByEmail = *email;
        }
    }
    if (const auto when = json::timestamp(*object, QLatin1StringView("recordedAt"), path, errors))
        call.recordedAt = *when;
    // Servers before emergency-call events send no source: their records are all people's.
    if (object->contains(QLatin1StringView("source"))) {
        const auto source = json::string(*object, QLatin1StringView("source"), path, errors, 16);
        if (source && *source == QLatin1StringView("teams"))
            call.source = TestCallSource::Teams;
        else if (source && *source != QLatin1StringView("manual"))
            refuse(errors, path, QLatin1StringView("source"),
                   QStringLiteral("is neither manual nor teams"));
    }
    if (errors.size() != before)
        return std::nullopt;
    return call;
}
