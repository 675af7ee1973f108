// Reading a Teams emergency calling policy row; see TeamsEmergencyPolicy.h.
#include "teams/TeamsEmergencyPolicy.h"

#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsEmergencyPolicy)
};

std::optional<NotificationMode> readMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1StringView("notificationonly") || t == QLatin1StringView("0"))
        return NotificationMode::NotificationOnly;
    if (t == QLatin1StringView("conferencemuted") || t == QLatin1StringView("1"))
        return NotificationMode::ConferenceMuted;
    if (t == QLatin1StringView("conferenceunmuted") || t == QLatin1StringView("2"))
        return NotificationMode::ConferenceUnmuted;
    return std::nullopt;
}
} // namespace

QString TeamsEmergencyPolicy::name() const
{
    return teams::policyName(identity);
}

std::optional<TeamsEmergencyPolicy> TeamsEmergencyPolicy::fromRow(const teams::ExportRow &row,
                                                                  teams::RowReasons &reasons)
{
    TeamsEmergencyPolicy p;
    p.identity = row.value(u"Identity");
    if (p.identity.isEmpty()) {
        reasons.errors.append(Text::tr("No Identity: the policy has no name."));
        return std::nullopt;
    }
    p.description = row.value(u"Description");
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    for (const QString &entry :
         row.value(u"NotificationGroup").split(separators, Qt::SkipEmptyParts)) {
        if (isMailboxAddress(entry))
            p.notificationGroup.append(entry);
        else
            reasons.warnings.append(
                Text::tr("NotificationGroup entry \"%1\" is not an e-mail address; it is left out.")
                    .arg(entry));
    }
    const QString dialOut = row.value(u"NotificationDialOutNumber");
    if (!dialOut.isEmpty()) {
        // Teams stores what the admin typed, often without "+": read it as a US number then.
        if (const std::optional<PhoneNumber> number = PhoneNumber::parse(dialOut))
            p.notificationDialOutNumber = number->e164();
        else
            reasons.warnings.append(Text::tr("NotificationDialOutNumber \"%1\" is not a phone "
                                             "number; it is left out.")
                                        .arg(dialOut));
    }
    const QString mode = row.value(u"NotificationMode");
    if (!mode.isEmpty()) {
        p.notificationMode = readMode(mode);
        if (!p.notificationMode)
            reasons.warnings.append(Text::tr("NotificationMode \"%1\" is not NotificationOnly, "
                                             "ConferenceMuted or ConferenceUnMuted; it is left "
                                             "out.")
                                        .arg(mode));
    }
    p.externalLocationLookupMode = row.value(u"ExternalLocationLookupMode");
    return p;
}
