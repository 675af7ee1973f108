// What the kiosk dashboard shows for one tenant, as plain values: each figure with its mark,
// its words and its count, so the painting, the accessible description and the tests read the
// same thing. Marks and words carry the meaning; colour only repeats it.
#pragma once

#include "compliance/ComplianceSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct KioskFigure
{
    enum class Tone { Good, Neutral, Attention, Problem };

    QString id;    // "registered", "addressesNotValidated"… (stable, for tests)
    QString mark;  // ●, ◐, ✖, ◑, ○, ✓, ⚠
    QString label; // "Registered"
    qint64 count = 0;
    QString value;         // the count as shown, "1,204" or "12 days ago"
    QString note;          // one line under the figure; may be empty
    qint64 noteCount = -1; // the count the note states, when it states one
    Tone tone = Tone::Neutral;
};

namespace kioskfigures {
// The numbers by E911 state, in the order of UI.md's state table.
QList<KioskFigure> states(const ComplianceSummary &summary);
// Addresses, common-area and outside-US numbers, toll-free numbers and the acknowledgement.
QList<KioskFigure> details(const ComplianceSummary &summary, const QDateTime &now);
// "3 minutes ago", "2 hours ago", "just now" (for the age of the data); without `ago`:
// "3 minutes", "2 hours", "moments".
QString ageText(const QDateTime &then, const QDateTime &now, bool ago = true);
// One paragraph saying everything the dashboard shows, for screen readers.
QString accessibleText(const ComplianceSummary &summary, const QDateTime &now);
} // namespace kioskfigures
