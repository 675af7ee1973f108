// The limitations texts. Wording is ours (DOMAIN.md, limitations 1–4); translatable.
#include "domain/Limitations.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Limitations)
};
} // namespace

namespace limitations {

QList<Limitation> current()
{
    return {
        {QStringLiteral("location-unknown"), Text::tr("Teams may not know where the caller is"),
         Text::tr(
             "Teams can lack the caller's real location. The call may then reach the wrong "
             "emergency centre, and help may be sent to the wrong place. Set up dynamic emergency "
             "calling so the location comes from the network the caller is on.")},
        {QStringLiteral("power-network"),
         Text::tr("No power or no internet means no emergency call"),
         Text::tr(
             "If the device has no power, the power is out, or it cannot reach the internet for "
             "any reason, it cannot place an emergency call through Teams.")},
        {QStringLiteral("nomadic"), Text::tr("Calls from elsewhere likely reach the wrong centre"),
         Text::tr(
             "A call made away from the registered emergency address will probably reach an "
             "emergency centre that does not serve the caller's actual location, unless dynamic "
             "emergency calling was set up and tested.")},
        {QStringLiteral("critical-phones"), Text::tr("Not for phones that must always reach 911"),
         Text::tr(
             "Where a phone must reach 911 at all times, such as on a factory floor or in a "
             "medical facility, do not rely on Teams alone. Ask the carrier for a conventional "
             "voice line at those places.")},
    };
}

} // namespace limitations
