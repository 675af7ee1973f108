// What a 47 CFR 9.11(a)(4) warning label says: the current limitations of emergency calling
// (limitations::current()) condensed to fit on equipment — a heading, each limitation's short
// title, what to tell 911, and small print naming the limitations version. Built in whatever
// language the installed translators give (see WarningLabelLanguage).
#pragma once

#include <QString>
#include <QStringList>

struct WarningLabelText
{
    QString heading;
    QStringList titles;    // one per limitation, in the order of limitations::current()
    QString guidance;      // what to do when calling 911
    QString shortGuidance; // the same, for labels too small for the long form
    QString smallPrint;    // limitations version (and the tenant when known)
};

namespace warninglabeltext {
// `tenantName` may be empty.
WarningLabelText current(const QString &tenantName = {});
} // namespace warninglabeltext
