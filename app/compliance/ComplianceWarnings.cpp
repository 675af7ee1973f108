#include "compliance/ComplianceWarnings.h"

#include "domain/Limitations.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceWarnings)
};

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
             Text::tr("%Ln common-area phone(s)", nullptr, static_cast<int>(s.commonArea)),
             QString(limitationText(QLatin1StringView("critical-phones")) + QLatin1Char(' ') +
                     limitationText(QLatin1StringView("power-network")))});
    }
    if (s.outsideUs > 0) {
        out.append(
            {QStringLiteral("outside-us"),
             Text::tr("%Ln number(s) outside the US", nullptr, static_cast<int>(s.outsideUs)),
             Text::tr("These numbers get no emergency calling service through this carrier, "
                      "neither basic 911 nor E911. Canadian numbers share +1 with the US but are "
                      "outside it. People who use them need another way to reach emergency "
                      "services.")});
    }
    if (s.tollFree > 0) {
        out.append({QStringLiteral("toll-free"),
                    Text::tr("%Ln toll-free number(s)", nullptr, static_cast<int>(s.tollFree)),
                    Text::tr("A toll-free number cannot be a 911 callback number, so it cannot be "
                             "registered with 911. Give the phones that use it a local number for "
                             "emergency calls.")});
    }
    if (s.basicEligible > 0) {
        out.append(
            {QStringLiteral("basic-only"),
             Text::tr("%Ln US number(s) with basic 911 only", nullptr,
                      static_cast<int>(s.basicEligible)),
             Text::tr("A 911 call from these numbers reaches a national emergency call centre "
                      "that does not know where the caller is: the caller must say it. "
                      "Register them with 911 to send the location with the call.")});
    }
    return out;
}

} // namespace compliancewarnings
