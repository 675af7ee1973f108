#include "KioskFigures.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("KioskFigures", text, nullptr, n);
}

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
        return tr("No acknowledgement of the 911 limitations on record.");
    const QString who = ack.latest->acknowledgedByEmail;
    if (ack.isCurrent())
        return tr("Version %1, by %2").arg(ack.latest->disclosureVersion, who);
    return tr("Version %1 by %2 is outdated; version %3 must be acknowledged.")
        .arg(ack.latest->disclosureVersion, who, ack.currentVersion);
}
} // namespace

namespace kioskfigures {

QList<KioskFigure> states(const ComplianceSummary &s)
{
    using Tone = KioskFigure::Tone;
    return {
        figure("registered", QStringLiteral("●"), tr("Registered"), s.registered, Tone::Good),
        figure("pending", QStringLiteral("◐"), tr("Pending"), s.pending,
               s.pending > 0 ? Tone::Attention : Tone::Neutral),
        figure("failed", QStringLiteral("✖"), tr("Failed"), s.failed,
               s.failed > 0 ? Tone::Problem : Tone::Neutral),
        figure("deregistering", QStringLiteral("◑"), tr("Turning off"), s.deregistering,
               s.deregistering > 0 ? Tone::Attention : Tone::Neutral),
        figure("basic", QStringLiteral("○"), tr("Basic 911 only"), s.basic, Tone::Neutral),
    };
}

QList<KioskFigure> details(const ComplianceSummary &s, const QDateTime &now)
{
    using Tone = KioskFigure::Tone;
    const auto flag = [](qint64 n) { return n > 0 ? QStringLiteral("⚠") : QStringLiteral("✓"); };
    const auto tone = [](qint64 n) { return n > 0 ? Tone::Attention : Tone::Good; };
    QList<KioskFigure> out{
        figure("addressesNotValidated", flag(s.addressesNotValidated),
               tr("Addresses not validated"), s.addressesNotValidated,
               s.addressesNotValidated > 0 ? Tone::Problem : Tone::Good,
               tr("of %n emergency addresses; they cannot carry E911", int(s.addresses))),
        figure("addressesWithoutDetail", flag(s.addressesWithoutDetail),
               tr("Addresses without floor or room"), s.addressesWithoutDetail,
               tone(s.addressesWithoutDetail),
               tr("%n numbers registered there lack a dispatchable location",
                  int(s.numbersAtAddressWithoutDetail)),
               s.numbersAtAddressWithoutDetail),
        figure(
            "commonArea", s.commonAreaWithoutE911 > 0 ? QStringLiteral("⚠") : QStringLiteral("✓"),
            tr("Common-area phones"), s.commonArea, tone(s.commonAreaWithoutE911),
            tr("%n without E911; these phones need 911 at all times", int(s.commonAreaWithoutE911)),
            s.commonAreaWithoutE911),
        figure("outsideUs", flag(s.outsideUs), tr("Numbers outside the US"), s.outsideUs,
               tone(s.outsideUs), tr("No emergency calling through this carrier")),
        figure("tollFree", flag(s.tollFree), tr("Toll-free numbers"), s.tollFree, tone(s.tollFree),
               tr("Cannot be a 911 callback number")),
    };
    KioskFigure ack;
    ack.id = QStringLiteral("acknowledgement");
    ack.label = tr("Limitations acknowledged");
    ack.note = acknowledgementFigureNote(s);
    const qint64 days = s.acknowledgement.ageDays(now);
    ack.count = days;
    if (!s.acknowledgement.isOnRecord()) {
        ack.mark = QStringLiteral("✖");
        ack.value = tr("Never");
        ack.tone = Tone::Problem;
    } else {
        ack.mark = s.acknowledgement.isCurrent() ? QStringLiteral("✓") : QStringLiteral("⚠");
        ack.value = days == 0 ? tr("Today") : tr("%n days ago", int(days));
        ack.tone = s.acknowledgement.isCurrent() ? Tone::Good : Tone::Attention;
    }
    out.append(ack);
    return out;
}

QString ageText(const QDateTime &then, const QDateTime &now, bool ago)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return ago ? tr("just now") : tr("moments");
    if (seconds < 3600)
        return ago ? tr("%n minutes ago", int(seconds / 60)) : tr("%n minutes", int(seconds / 60));
    if (seconds < 2 * 86400)
        return ago ? tr("%n hours ago", int(seconds / 3600)) : tr("%n hours", int(seconds / 3600));
    return ago ? tr("%n days ago", int(seconds / 86400)) : tr("%n days", int(seconds / 86400));
}

QString accessibleText(const ComplianceSummary &s, const QDateTime &now)
{
    QStringList parts{tr("%1: %n numbers.", int(s.numbers)).arg(s.tenantName)};
    for (const KioskFigure &f : states(s))
        parts.append(QStringLiteral("%1: %2.").arg(f.label, f.value));
    for (const KioskFigure &f : details(s, now))
        parts.append(QStringLiteral("%1: %2. %3").arg(f.label, f.value, f.note));
    return parts.join(QLatin1Char(' '));
}

} // namespace kioskfigures
