#include "report/WarningLabelText.h"

#include "domain/Limitations.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WarningLabels)
};
} // namespace

namespace warninglabeltext {

WarningLabelText current(const QString &tenantName)
{
    WarningLabelText text;
    text.heading = Text::tr("⚠ Limits of 911 calls from this phone");
    // The titles come from the limitations every tenant acknowledged, so a label never says
    // something the disclosure does not.
    for (const Limitation &limitation : limitations::current())
        text.titles.append(limitation.title);
    text.guidance = Text::tr("Calling 911? Say where you are: address, floor, room.");
    text.shortGuidance = Text::tr("Tell 911 where you are.");
    const QString version = QString(limitations::currentVersion);
    text.smallPrint = tenantName.isEmpty()
                          ? Text::tr("Limitations of %1 · 47 CFR 9.11").arg(version)
                          : Text::tr("%1 · limitations of %2").arg(tenantName, version);
    return text;
}

} // namespace warninglabeltext
