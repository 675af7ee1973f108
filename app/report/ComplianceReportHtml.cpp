#include "report/ComplianceReportHtml.h"

#include "calls/CallLocationText.h"
#include "compliance/ComplianceWarnings.h"
#include "domain/Limitations.h"
#include "models/DidModel.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace compliancehtml {

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// One row of a two-column figures table: words, then the figure (right-aligned).
QString figureRow(const QString &label, const QString &value, const QString &note = QString())
{
    return QStringLiteral("<tr><td width=\"34%\">%1</td><td width=\"10%\" align=\"right\">"
                          "<b>%2</b></td><td width=\"56%\">%3</td></tr>")
        .arg(esc(label), esc(value), esc(note));
}

// A row of facts about the report itself: words, then a value that may be long (an id, a time).
QString factRow(const QString &label, const QString &value, const QString &note = QString())
{
    return QStringLiteral("<tr><td width=\"34%\">%1</td><td width=\"66%\"><b>%2</b> %3</td></tr>")
        .arg(esc(label), esc(value), esc(note));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px\">%1</h3>").arg(esc(text));
}

QString figuresTable(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "border=\"0\">%1</table>")
        .arg(rows);
}

// The places Teams holds at another address, as their last call showed.
QString flaggedPlacesTable(const ComplianceReport &report)
{
    if (report.flaggedPlaces.isEmpty())
        return {};
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                 "border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                      .arg(esc(Text::tr("Place")), esc(Text::tr("Its address")),
                           esc(Text::tr("What the last call showed")));
    for (const ComplianceReport::FlaggedPlace &p : report.flaggedPlaces)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                   .arg(esc(p.label), esc(p.address), esc(p.reason));
    return out + QStringLiteral("</table>");
}

// The calls through Teams of the period with what each sent against the registration.
QString callLogSection(const ComplianceReport &report)
{
    // Beyond this the PDF would grow by pages of calls; the desk's log has them all.
    constexpr int shownCalls = 200;
    const QList<EmergencyCall> &calls = report.calls;
    const auto differing = std::count_if(calls.cbegin(), calls.cend(), [](const EmergencyCall &c) {
        return c.verdict == EmergencyCall::Verdict::Differs;
    });
    const auto tests = std::count_if(calls.cbegin(), calls.cend(),
                                     [](const EmergencyCall &c) { return c.isTest; });
    QString out = heading(
        Text::tr("Calls through Teams, last %Ln day(s)", nullptr, ComplianceReport::callLogDays));
    QString rows;
    rows += figureRow(Text::tr("Emergency calls (911)"), number(calls.size() - tests));
    rows += figureRow(Text::tr("933 test calls"), number(tests));
    rows += figureRow(Text::tr("⚠ Sent another location than registered"), number(differing));
    rows += figureRow(Text::tr("⚠ Numbers flagged now"), number(report.summary.callLocationDiffers),
                      Text::tr("their last call sent another location; listed at the end"));
    rows += figureRow(Text::tr("⚠ Places flagged now"), number(report.summary.placeCallDiffers),
                      Text::tr("Teams sent them with another address; listed below"));
    out += figuresTable(rows);
    out += flaggedPlacesTable(report);
    if (calls.isEmpty())
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(Text::tr("No call through Teams in this period, or the "
                                           "emergency-call feed is not set up for this tenant.")));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>")
               .arg(esc(Text::tr("Started")), esc(Text::tr("Number")), esc(Text::tr("Dialled")),
                    esc(Text::tr("Caller")), esc(Text::tr("Location sent")));
    for (const EmergencyCall &c : calls.mid(0, shownCalls))
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(dateTimeText(c.startedAt)),
                        esc(c.number.isEmpty() ? Text::tr("none sent") : c.number),
                        esc(c.dialed + (c.simulated ? Text::tr(" (simulated)") : QString())),
                        esc(c.callerName.isEmpty() ? c.callerUpn : c.callerName),
                        esc(CallLocationText::verdict(c)));
    out += QStringLiteral("</table>");
    if (calls.size() > shownCalls)
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(Text::tr("%Ln older call(s) not shown.", nullptr,
                                     int(calls.size() - shownCalls))));
    return out;
}

QString acknowledgementSection(const ComplianceReport &report)
{
    const AcknowledgementStatus &ack = report.summary.acknowledgement;
    QString out = heading(Text::tr("Limitations acknowledgement (47 CFR 9.11)"));
    if (!ack.isOnRecord()) {
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(Text::tr("✖ No acknowledgement on record.")),
                        esc(Text::tr("The tenant has not acknowledged the limitations of emergency "
                                     "calling from Teams. The law asks for an affirmative "
                                     "acknowledgement from every subscriber.")));
        return out;
    }
    const DisclosureAcknowledgement &a = *ack.latest;
    const qint64 days = ack.ageDays(report.generatedAt);
    QString rows;
    rows += factRow(Text::tr("Acknowledged by"), a.acknowledgedByEmail);
    rows += factRow(Text::tr("Acknowledged on"), dateTimeText(a.acknowledgedAt),
                    Text::tr("%Ln day(s) ago", nullptr, static_cast<int>(days)));
    rows += factRow(Text::tr("Version acknowledged"), a.disclosureVersion);
    out += figuresTable(rows);
    if (ack.isCurrent())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(Text::tr("✓ This is the current version of the limitations text.")));
    else
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(esc(Text::tr("✖ Out of date: the limitations text is now version %1; the "
                                     "tenant must acknowledge it again.")
                                .arg(ack.currentVersion)));
    return out;
}

QString definitions(const ComplianceReport &report)
{
    QString out = heading(Text::tr("Which numbers are not compliant"));
    out += QStringLiteral("<p>%1</p><ul>")
               .arg(esc(Text::tr("A number is listed when at least one of these holds:")));
    const QStringList rules{
        Text::tr(
            "Registration failed: the 911 provider refused the registration, so the number has "
            "basic 911 only."),
        Text::tr("Stuck at the 911 provider: pending registration or turning off for more than %Ln "
                 "hour(s).",
                 nullptr, static_cast<int>(report.summary.stuckAfterHours)),
        Text::tr(
            "In use with basic 911 only: a US number of a person or a common-area phone that is "
            "not registered with 911."),
        Text::tr("Address not validated: registered or pending at an emergency address that is not "
                 "validated."),
        Text::tr(
            "No floor, room or unit: registered or pending at an address that names no building, "
            "floor, unit or room (a dispatchable location, RAY BAUM's Act)."),
        Text::tr("Teams sent another location: the number's last call through Teams sent a "
                 "location that differs from its registration."),
        Text::tr("Teams gives another location: by the last Teams export recorded, the "
                 "emergency location Teams gives the number is not at its registered address."),
    };
    for (const QString &rule : rules)
        out += QStringLiteral("<li>%1</li>").arg(esc(rule));
    out +=
        QStringLiteral("</ul><p>%1</p>")
            .arg(esc(Text::tr("Numbers outside the US and toll-free numbers cannot be registered "
                              "and are not listed; the warnings above apply to them.")));
    return out;
}
} // namespace

QString dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return Text::tr("never");
    const QDateTime local = when.toLocalTime();
    return QString(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
                   local.timeZoneAbbreviation());
}

QString stateText(E911State state, const QDateTime &since)
{
    switch (state) {
    case E911State::Basic:
        return QString(QStringLiteral("○ ") + DidModel::stateText(state));
    case E911State::Pending:
        return Text::tr("◐ Pending since %1").arg(dateTimeText(since));
    case E911State::Registered:
        return QString(QStringLiteral("● ") + DidModel::stateText(state));
    case E911State::Failed:
        return QString(QStringLiteral("✖ ") + DidModel::stateText(state));
    case E911State::Deregistering:
        return Text::tr("◑ Turning off since %1").arg(dateTimeText(since));
    }
    return {};
}

QString summary(const ComplianceReport &report)
{
    const ComplianceSummary &s = report.summary;
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("911 compliance report")));
    out += QStringLiteral("<h2>%1</h2>").arg(esc(s.tenantName));

    QString about;
    about += factRow(Text::tr("Tenant ID"), s.tenantId);
    about += factRow(Text::tr("Service"), serviceTypeText(s.serviceType));
    about += factRow(Text::tr("Report generated"), dateTimeText(report.generatedAt));
    about += factRow(Text::tr("Data as of (last sync)"), dateTimeText(s.lastSync),
                     Text::tr("%1 old").arg(report.dataAgeText()));
    out += figuresTable(about);
    if (report.fromCacheOnly) {
        out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                              "cellpadding=\"6\"><tr><td><b>%1</b> %2</td></tr></table>")
                   .arg(esc(Text::tr("⚠ Offline: made from the offline cache.")),
                        esc(Text::tr("The backend could not be reached (%1), so these figures are "
                                     "those of the last sync, %2 old. Numbers may have changed "
                                     "since.")
                                .arg(report.offlineReason, report.dataAgeText())));
    }

    out += heading(Text::tr("Numbers"));
    QString rows;
    rows += figureRow(Text::tr("Numbers in total"), number(s.numbers));
    rows +=
        figureRow(Text::tr("● Registered with 911"), number(s.registered),
                  Text::tr("%1% of the numbers that can be registered").arg(s.registeredPercent()));
    rows += figureRow(Text::tr("◐ Pending registration"), number(s.pending));
    rows += figureRow(Text::tr("✖ Registration failed"), number(s.failed));
    rows += figureRow(Text::tr("◑ Turning off"), number(s.deregistering));
    rows += figureRow(Text::tr("○ Basic 911 only"), number(s.basic),
                      Text::tr("%Ln of them US number(s) that could be registered", nullptr,
                               static_cast<int>(s.basicEligible)));
    rows += figureRow(Text::tr("Not eligible: outside the US"), number(s.outsideUs));
    rows += figureRow(Text::tr("Not eligible: toll-free"), number(s.tollFree));
    rows +=
        figureRow(Text::tr("Common-area phones"), number(s.commonArea),
                  Text::tr("%Ln without E911", nullptr, static_cast<int>(s.commonAreaWithoutE911)));
    rows += figureRow(Text::tr("⚠ Teams gives another location"), number(s.teamsLocationDiffers),
                      s.teamsNumbersReadAt.isValid()
                          ? Text::tr("by the Teams export of %1; listed at the end")
                                .arg(dateTimeText(s.teamsNumbersReadAt))
                          : Text::tr("no Teams export recorded (Compare With Teams…)"));
    rows += figureRow(Text::tr("Non-compliant numbers"), number(s.nonCompliant),
                      Text::tr("listed at the end of this report"));
    out += figuresTable(rows);

    out += heading(Text::tr("Emergency addresses"));
    rows.clear();
    rows += figureRow(Text::tr("Addresses"), number(s.addresses));
    rows += figureRow(Text::tr("Not validated"), number(s.addressesNotValidated),
                      Text::tr("cannot carry E911"));
    rows += figureRow(Text::tr("Without floor, room or unit"), number(s.addressesWithoutDetail),
                      Text::tr("%Ln registered number(s) there", nullptr,
                               static_cast<int>(s.numbersAtAddressWithoutDetail)));
    rows += figureRow(Text::tr("933 test calls: tested"), number(s.tested),
                      Text::tr("of %Ln place(s) and registered number(s)", nullptr,
                               static_cast<int>(s.testable)));
    out += figuresTable(rows);

    out += callLogSection(report);

    const QList<ComplianceWarning> warnings = compliancewarnings::applicable(s);
    if (!warnings.isEmpty()) {
        out += heading(Text::tr("Warnings that apply"));
        for (const ComplianceWarning &w : warnings)
            out += QStringLiteral("<p><b>⚠ %1.</b> %2</p>").arg(esc(w.title), esc(w.text));
    }

    out += acknowledgementSection(report);

    // The reference part starts a page, so page 1 holds the figures and never ends on an
    // orphaned heading.
    out += QStringLiteral("<h3 style=\"page-break-before:always\">%1</h3>")
               .arg(esc(Text::tr("Limitations text")));
    out += QStringLiteral("<p>%1</p><ol>")
               .arg(esc(Text::tr("This report was made with version %1 of the limitations text:")
                            .arg(s.acknowledgement.currentVersion)));
    for (const Limitation &l : limitations::current())
        out += QStringLiteral("<li>%1</li>").arg(esc(l.title));
    out += QStringLiteral("</ol>");

    out += definitions(report);
    return out;
}

QString listTitle(const ComplianceReport &report, bool continued)
{
    return continued ? Text::tr("Non-compliant numbers (continued)")
                     : Text::tr("Non-compliant numbers: %Ln", nullptr,
                                static_cast<int>(report.numbers.size()));
}

QStringList listHeader()
{
    return {Text::tr("Number"),
            Text::tr("User"),
            Text::tr("Usage"),
            Text::tr("E911"),
            Text::tr("Emergency address"),
            Text::tr("Why listed")};
}

QStringList listCells(const NonCompliantNumber &n)
{
    // The provider's own words for a failure stay in the CSV: repeated on every row they would
    // triple the pages of a long list.
    const QString reasons = noncompliance::texts(n.reasons).join(QStringLiteral("; "));
    const QString numberText = n.nationalFormat.isEmpty() ? n.number : n.nationalFormat;
    return {numberText,
            n.userName,
            DidModel::usageText(n.usage),
            stateText(n.state, n.stateSince),
            n.addressLine.isEmpty() ? (n.addressId.isEmpty() ? Text::tr("none") : n.addressId)
                                    : n.addressLine,
            reasons};
}

} // namespace compliancehtml
