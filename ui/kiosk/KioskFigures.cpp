#include "KioskFigures.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KioskFigures)
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

KioskFigure figure(const char *id, const QString &mark, const QString &label, qint64 count,
                   KioskFigure::Tone tone, const QString &note = QString(), qint64 noteCount = -1)
{
    return KioskFigure{QLatin1StringView(id), mark, label,     count,
                       number(count),         note, noteCount, tone};
}

QString acknowledgementFigureNote(const ComplianceSummary &s)
{
    const AcknowledgementStatus &ack = s.acknowledgement;
    if (!ack.isOnRecord())
        return Text::tr("No acknowledgement of the 911 limitations on record.");
    const QString who = ack.latest->acknowledgedByEmail;
    if (ack.isCurrent())
        return Text::tr("Version %1, by %2").arg(ack.latest->disclosureVersion, who);
    return Text::tr("Version %1 by %2 is outdated; version %3 must be acknowledged.")
        .arg(ack.latest->disclosureVersion, who, ack.currentVersion);
}
} // namespace

namespace kioskfigures {

QList<KioskFigure> states(const ComplianceSummary &s)
{
    using Tone = KioskFigure::Tone;
    return {
        figure("registered", QStringLiteral("●"), Text::tr("Registered"), s.registered, Tone::Good),
        figure("pending", QStringLiteral("◐"), Text::tr("Pending"), s.pending,
               s.pending > 0 ? Tone::Attention : Tone::Neutral),
        figure("failed", QStringLiteral("✖"), Text::tr("Failed"), s.failed,
               s.failed > 0 ? Tone::Problem : Tone::Neutral),
        figure("deregistering", QStringLiteral("◑"), Text::tr("Turning off"), s.deregistering,
               s.deregistering > 0 ? Tone::Attention : Tone::Neutral),
        figure("basic", QStringLiteral("○"), Text::tr("Basic 911 only"), s.basic, Tone::Neutral),
    };
}

QList<KioskFigure> details(const ComplianceSummary &s, const QDateTime &now)
{
    using Tone = KioskFigure::Tone;
    const auto flag = [](qint64 n) { return n > 0 ? QStringLiteral("⚠") : QStringLiteral("✓"); };
    const auto tone = [](qint64 n) { return n > 0 ? Tone::Attention : Tone::Good; };
    QList<KioskFigure> out{
        figure("addressesNotValidated", flag(s.addressesNotValidated),
               Text::tr("Addresses not validated"), s.addressesNotValidated,
               s.addressesNotValidated > 0 ? Tone::Problem : Tone::Good,
               Text::tr("of %n emergency addresses; they cannot carry E911", nullptr,
                        int(s.addresses))),
        figure("addressesWithoutDetail", flag(s.addressesWithoutDetail),
               Text::tr("Addresses without floor or room"), s.addressesWithoutDetail,
               tone(s.addressesWithoutDetail),
               Text::tr("%n numbers registered there lack a dispatchable location", nullptr,
                        int(s.numbersAtAddressWithoutDetail)),
               s.numbersAtAddressWithoutDetail),
        figure("commonArea",
               s.commonAreaWithoutE911 > 0 ? QStringLiteral("⚠") : QStringLiteral("✓"),
               Text::tr("Common-area phones"), s.commonArea, tone(s.commonAreaWithoutE911),
               Text::tr("%n without E911; these phones need 911 at all times", nullptr,
                        int(s.commonAreaWithoutE911)),
               s.commonAreaWithoutE911),
        figure("outsideUs", flag(s.outsideUs), Text::tr("Numbers outside the US"), s.outsideUs,
               tone(s.outsideUs), Text::tr("No emergency calling through this carrier")),
        figure("tollFree", flag(s.tollFree), Text::tr("Toll-free numbers"), s.tollFree,
               tone(s.tollFree), Text::tr("Cannot be a 911 callback number")),
    };
    KioskFigure ack;
    ack.id = QStringLiteral("acknowledgement");
    ack.label = Text::tr("Limitations acknowledged");
    ack.note = acknowledgementFigureNote(s);
    const qint64 days = s.acknowledgement.ageDays(now);
    ack.count = days;
    if (!s.acknowledgement.isOnRecord()) {
        ack.mark = QStringLiteral("✖");
        ack.value = Text::tr("Never");
        ack.tone = Tone::Problem;
    } else {
        ack.mark = s.acknowledgement.isCurrent() ? QStringLiteral("✓") : QStringLiteral("⚠");
        ack.value = days == 0 ? Text::tr("Today") : Text::tr("%n days ago", nullptr, int(days));
        ack.tone = s.acknowledgement.isCurrent() ? Tone::Good : Tone::Attention;
    }
    out.append(ack);
    // The 933 test share: places and registered numbers proven by a passing test call.
    KioskFigure tested = figure(
        "tested933", s.tested < s.testable ? QStringLiteral("⚠") : QStringLiteral("✓"),
        Text::tr("933 tested"), s.tested, s.tested < s.testable ? Tone::Attention : Tone::Good,
        Text::tr("of %n places and registered numbers", nullptr, int(s.testable)), s.testable);
    out.append(tested);
    // What real calls showed: Teams sent another location than the number's registration.
    // Shown when it happened; a tenant without the emergency-call feed has nothing to say.
    if (s.callLocationDiffers > 0)
        out.append(figure("callLocationDiffers", flag(s.callLocationDiffers),
                          Text::tr("Calls from another location"), s.callLocationDiffers,
                          Tone::Problem,
                          Text::tr("numbers whose last call through Teams sent another location "
                                   "than their registration")));
    // What real calls showed of places: Teams sent them with another address than theirs.
    if (s.placeCallDiffers > 0)
        out.append(figure("placeCallDiffers", flag(s.placeCallDiffers),
                          Text::tr("Places Teams holds elsewhere"), s.placeCallDiffers,
                          Tone::Problem,
                          Text::tr("places whose last call through Teams sent another address "
                                   "than theirs")));
    // What Teams holds: the last Teams export recorded gives numbers another location.
    if (s.teamsLocationDiffers > 0)
        out.append(figure("teamsLocationDiffers", flag(s.teamsLocationDiffers),
                          Text::tr("Teams gives another location"), s.teamsLocationDiffers,
                          Tone::Problem,
                          Text::tr("numbers whose emergency location in Teams is not their "
                                   "registered address")));
    return out;
}

QString ageText(const QDateTime &then, const QDateTime &now, bool ago)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return ago ? Text::tr("just now") : Text::tr("moments");
    if (seconds < 3600)
        return ago ? Text::tr("%n minutes ago", nullptr, int(seconds / 60))
                   : Text::tr("%n minutes", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return ago ? Text::tr("%n hours ago", nullptr, int(seconds / 3600))
                   : Text::tr("%n hours", nullptr, int(seconds / 3600));
    return ago ? Text::tr("%n days ago", nullptr, int(seconds / 86400))
               : Text::tr("%n days", nullptr, int(seconds / 86400));
}

QString accessibleText(const ComplianceSummary &s, const QDateTime &now)
{
    QStringList parts{Text::tr("%1: %n numbers.", nullptr, int(s.numbers)).arg(s.tenantName)};
    for (const KioskFigure &f : states(s))
        parts.append(QStringLiteral("%1: %2.").arg(f.label, f.value));
    for (const KioskFigure &f : details(s, now))
        parts.append(QStringLiteral("%1: %2. %3").arg(f.label, f.value, f.note));
    return parts.join(QLatin1Char(' '));
}

} // namespace kioskfigures
