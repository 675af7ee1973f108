#include "compliance/ComplianceWarnings.h"

#include "domain/Limitations.h"

#include <QCoreApplication>

namespace {
QString tr(const char *source, int n = -1)
{
    return QCoreApplication::translate("ComplianceWarnings", source, nullptr, n);
}

// The text of one of the four limitations, so a warning quotes the disclosure the tenant
// acknowledged rather than paraphrasing it.
QString limitationText(QLatin1StringView id)
{
    for (const Limitation &l : limitations::current())
        if (l.id == id)
            return l.text;
    return {};
}
} // namespace

namespace compliancewarnings {

QList<ComplianceWarning> applicable(const ComplianceSummary &s)
{
    QList<ComplianceWarning> out;
    if (s.commonArea > 0) {
        // Limitations 2 and 4 (DOMAIN.md): common-area phones are the ones people expect to
        // reach 911 at all times.
        out.append(
            {QStringLiteral("common-area"),
             tr("%Ln common-area phone(s)", static_cast<int>(s.commonArea)),
             QString(limitationText(QLatin1StringView("critical-phones")) + QLatin1Char(' ') +
                     limitationText(QLatin1StringView("power-network")))});
    }
    if (s.outsideUs > 0) {
        out.append({QStringLiteral("outside-us"),
                    tr("%Ln number(s) outside the US", static_cast<int>(s.outsideUs)),
                    tr("These numbers get no emergency calling service through this carrier, "
                       "neither basic 911 nor E911. Canadian numbers share +1 with the US but are "
                       "outside it. People who use them need another way to reach emergency "
                       "services.")});
    }
    if (s.tollFree > 0) {
        out.append({QStringLiteral("toll-free"),
                    tr("%Ln toll-free number(s)", static_cast<int>(s.tollFree)),
                    tr("A toll-free number cannot be a 911 callback number, so it cannot be "
                       "registered with 911. Give the phones that use it a local number for "
                       "emergency calls.")});
    }
    if (s.basicEligible > 0) {
        out.append({QStringLiteral("basic-only"),
                    tr("%Ln US number(s) with basic 911 only", static_cast<int>(s.basicEligible)),
                    tr("A 911 call from these numbers reaches a national emergency call centre "
                       "that does not know where the caller is: the caller must say it. "
                       "Register them with 911 to send the location with the call.")});
    }
    return out;
}

} // namespace compliancewarnings
