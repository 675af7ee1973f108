// The Teams script export: values become single-quoted PowerShell literals that nothing can
// break out of, the plan sends Teams only what it accepts, and the script for a tenant full of
// hostile names parses under a real PowerShell grammar (tree-sitter-powershell, run by Node.js
// through tests/tools/powershell-parse/check.js) with every value inside a literal. Breaking
// the quoting on purpose must make the checker fail, so the check can fail.
#include "PowerShellScriptCheck.h"
#include "lis/PowerShellQuote.h"
#include "lis/TeamsScript.h"
#include "lis/TeamsScriptPlan.h"
#include "teams/TeamsExportCommands.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Hostile values: quotes of every kind PowerShell knows, expansions, comment and statement
// syntax, line breaks, emoji and long strings.
const QString tenantName =
    u"Contoso 'Ltd' ‘Q’ ‚low‛ $(Remove-Item -Recurse C:\\) `whoami` \"dq\" ; # <# #> 🚑"_s;
const QString companyName = u"O'Brien & Sons $env:USERNAME ${x} @(1) @{a=1}"_s;
const QString streetName = u"Main'; Stop-Computer; '"_s;
const QString cityName = u"Spring’field"_s; // a lone Unicode quote: must be doubled
const QString note = u"Line one\r\nLine two\tTabbed\u2028sep `n `$x \u202Egnp.exe"_s;
const QString longValue = QString(200, u'x').replace(100, 3, u"'$("_s);
const QString building = u"Bldg \"A\" $(calc)"_s;
const QString floorName = u"Floor '3' -and 1"_s;
const QString room = u"Room <# not a comment #> ‛R’"_s;
const QString placeDescription = u"desc"_s;
const QString subnetDescription = u"Subnet $(Invoke-Expression 'x') ’"_s;
const QString chassisName = u"core-sw'1 $(x)"_s;
const QString portName = u"Gi1/0/24';rm"_s;
const QString groupEntry = u"sec'desk$(x)@contoso.com"_s;
const QString dialOut = u"+12025550123"_s;
const QString unvalidatedStreet = u"Hidden `$(Get-Secret)` Rd"_s;

EmergencyAddress address(const QString &id, AddressValidationStatus status, const QString &street)
{
    EmergencyAddress a;
    a.id = id;
    a.tenantId = u"t1"_s;
    a.companyName = companyName;
    a.civic.addNumber = u"100"_s;
    a.civic.stName = street;
    a.civic.stPosTyp = u"St"_s;
    a.civic.postalCommunity = cityName;
    a.civic.state = u"IL"_s;
    a.civic.postalCode = u"62701"_s;
    a.civic.country = u"US"_s;
    a.locationNote = note;
    a.validationStatus = status;
    a.geocode = Geocode{QGeoCoordinate(39.7817, -89.6501), GeocodePrecision::Rooftop};
    return a;
}

NetworkElement element(NetworkElementKind kind, const QString &placeId)
{
    NetworkElement e;
    e.kind = kind;
    e.placeId = placeId;
    return e;
}

TeamsScriptInput hostileTenant()
{
    TeamsScriptInput in;
    in.tenantId = u"2f0c6b5e-1d2a-4c55-9a61-0c7f9e0b1a11"_s;
    in.tenantName = tenantName;
    in.appVersion = u"1.2.3"_s;
    in.generatedAt = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    in.addresses = {address(u"addr-1"_s, AddressValidationStatus::Valid, streetName),
                    address(u"addr-2"_s, AddressValidationStatus::Unvalidated, unvalidatedStreet)};
    Place p;
    p.id = u"place-1"_s;
    p.addressId = u"addr-1"_s;
    p.building = building;
    p.floor = floorName;
    p.room = room;
    p.description = placeDescription;
    Place hidden = p;
    hidden.id = u"place-2"_s;
    hidden.addressId = u"addr-2"_s;
    in.places = {p, hidden};

    NetworkElement subnet = element(NetworkElementKind::Subnet, p.id);
    subnet.subnet = u"10.1.2.0/24"_s;
    subnet.description = subnetDescription;
    NetworkElement subnet6 = element(NetworkElementKind::Subnet, p.id);
    subnet6.subnet = u"2001:db8:1::/48"_s;
    subnet6.description = longValue;
    NetworkElement wap = element(NetworkElementKind::AccessPoint, p.id);
    wap.bssid = u"AA-BB-CC-DD-EE-F*"_s;
    wap.description = tenantName;
    NetworkElement sw = element(NetworkElementKind::Switch, p.id);
    sw.chassisId = chassisName;
    NetworkElement port = element(NetworkElementKind::Port, p.id);
    port.chassisId = chassisName;
    port.portId = portName;
    port.description = building;
    NetworkElement trusted = element(NetworkElementKind::TrustedIp, QString());
    trusted.subnet = u"203.0.113.0/24"_s;
    trusted.description = companyName;
    NetworkElement onHidden = element(NetworkElementKind::Subnet, hidden.id);
    onHidden.subnet = u"10.9.0.0/16"_s;
    in.elements = {subnet, subnet6, wap, sw, port, trusted, onHidden};

    in.policy.notificationMode = NotificationMode::ConferenceUnmuted;
    in.policy.notificationGroup = {groupEntry, u"security@contoso.com"_s};
    in.policy.notificationDialOutNumber = dialOut;
    return in;
}

// The values that must each appear, and only inside literals.
QStringList hostileValues()
{
    return {tenantName, companyName,      streetName, cityName,          note,        longValue,
            building,   floorName,        room,       subnetDescription, chassisName, portName,
            groupEntry, unvalidatedStreet};
}

using CheckResult = PowerShellCheckResult;

} // namespace

class TestTeamsScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs check.js on `script`; fails the test when Node.js or the checker cannot run at all.
    CheckResult check(const QString &script, const QStringList &values)
    {
        return checkPowerShellScript(QStringLiteral(DISPATCHABLE_PS_PARSE_DIR), m_dir.path(),
                                     script, values);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // For a look at the scripts: DISPATCHABLE_KEEP_SCRIPTS=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("DISPATCHABLE_KEEP_SCRIPTS")) {
            m_dir.setAutoRemove(false);
            qInfo("scripts kept in %s", qPrintable(m_dir.path()));
        }
    }

    // The commands the comparison window gives admins to paste (app/teams/TeamsExportCommands)
    // parse under the same grammar, with nothing expanded inside a string. The BOM stands for
    // the file check.js expects; a pasted command has none.
    void exportCommandsParse()
    {
        const CheckResult result = check(QChar(0xFEFF) + teams::exportCommands(), {});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void literalsDoubleEveryKindOfSingleQuote()
    {
        QCOMPARE(powershell::literal(u"O'Brien"_s), u"'O''Brien'"_s);
        QCOMPARE(powershell::literal(u"‘a’ ‚b‛"_s), u"'‘‘a’’ ‚‚b‛‛'"_s);
        QCOMPARE(powershell::literal(u"$(x) `y` \"z\""_s), u"'$(x) `y` \"z\"'"_s);
        QCOMPARE(powershell::literal(QString()), u"''"_s);
    }

    void literalsReplaceControlCharactersWithSpaces()
    {
        QCOMPARE(powershell::literal(u"a\r\nb\tc\u0085d\u2028e\u202Ef"_s), u"'a  b c d e f'"_s);
        // Emoji (surrogate pairs) and joiners are kept.
        QCOMPARE(powershell::literal(u"🚑\u200D🔥"_s), u"'🚑\u200D🔥'"_s);
    }

    void commentsAreOneLineEach()
    {
        QCOMPARE(powershell::comment(u"one\ntwo\r\n\nthree"_s), u"# one\n# two\n#\n# three\n"_s);
    }

    void planSendsTeamsOnlyWhatItAccepts()
    {
        const TeamsScriptPlan plan = planTeamsScript(hostileTenant());
        QCOMPARE(plan.addresses.size(), 1);
        QCOMPARE(plan.addresses[0].streetName, streetName);
        QCOMPARE(plan.addresses[0].latitude, u"39.781700"_s);
        QCOMPARE(plan.places.size(), 1);
        QCOMPARE(plan.places[0].location, QString(building + u", " + floorName + u", " + room));
        QCOMPARE(plan.count(NetworkElementKind::Subnet), 2);
        QCOMPARE(plan.elements[0].identifier, u"10.1.2.0"_s); // Teams: network ID, no mask
        QCOMPARE(plan.elements[1].identifier, u"2001:db8:1::"_s);
        QCOMPARE(plan.count(NetworkElementKind::TrustedIp), 1);
        const auto trusted =
            std::find_if(plan.elements.cbegin(), plan.elements.cend(),
                         [](auto &e) { return e.kind == NetworkElementKind::TrustedIp; });
        QCOMPARE(trusted->identifier, u"203.0.113.0"_s);
        QCOMPARE(trusted->maskBits, 24);
        // The unvalidated address, with its place and element, is left out and said so.
        QCOMPARE(plan.leftOut.size(), 1);
        QVERIFY(plan.leftOut[0].contains(u"not validated"_s));
    }

    void planLeavesOutWhatTeamsWouldRefuse()
    {
        TeamsScriptInput in = hostileTenant();
        in.addresses[0].geocode.reset(); // Teams requires coordinates in the US
        QCOMPARE(planTeamsScript(in).addresses.size(), 0);
        in.addresses[0].civic.country = u"JP"_s; // … but not in Japan
        QCOMPARE(planTeamsScript(in).addresses.size(), 1);

        in = hostileTenant();
        NetworkElement same = in.elements[0];
        same.subnet = u"10.1.2.0/25"_s; // same network ID as 10.1.2.0/24
        NetworkElement privateTrusted = element(NetworkElementKind::TrustedIp, QString());
        privateTrusted.subnet = u"192.168.1.0/24"_s;
        in.elements << same << privateTrusted;
        const TeamsScriptPlan plan = planTeamsScript(in);
        QCOMPARE(plan.count(NetworkElementKind::Subnet), 2);
        QCOMPARE(plan.count(NetworkElementKind::TrustedIp), 1);
        QCOMPARE(plan.leftOut.size(), 3);
    }

    void scriptSaysWhatItChangesAndUsesOnlyDocumentedCmdlets()
    {
        const QString script = teamsScript(hostileTenant());
        QVERIFY(script.startsWith(QChar(0xFEFF)));
        // Plural forms come from the English catalogue, which this test does not load.
        QVERIFY(script.contains(u"# - 1 emergency address"_s));
        QVERIFY(script.contains(u"# - 2 subnet"_s));
        QVERIFY(script.contains(u"(Set-CsOnlineLisSubnet)"_s));
        QVERIFY(script.contains(u"# Generated 2026-11-25 14:00 UTC by Dispatchable 1.2.3."_s));
        QVERIFY(script.contains(u"Connect-MicrosoftTeams"_s));
        QVERIFY(script.contains(u"Subnet = '10.1.2.0'"_s));
        QVERIFY(script.contains(u"MaskBits = 24"_s));
        QVERIFY(script.contains(u"NotificationMode = 'ConferenceUnMuted'"_s));
        // The cmdlets docs/teams-script.md lists, with its Microsoft pages; nothing else.
        const QSet<QString> documented{u"Get-CsTenant"_s,
                                       u"Get-CsOnlineLisCivicAddress"_s,
                                       u"New-CsOnlineLisCivicAddress"_s,
                                       u"Get-CsOnlineLisLocation"_s,
                                       u"New-CsOnlineLisLocation"_s,
                                       u"Get-CsOnlineLisSubnet"_s,
                                       u"Set-CsOnlineLisSubnet"_s,
                                       u"Get-CsOnlineLisWirelessAccessPoint"_s,
                                       u"Set-CsOnlineLisWirelessAccessPoint"_s,
                                       u"Get-CsOnlineLisSwitch"_s,
                                       u"Set-CsOnlineLisSwitch"_s,
                                       u"Get-CsOnlineLisPort"_s,
                                       u"Set-CsOnlineLisPort"_s,
                                       u"Get-CsTenantTrustedIPAddress"_s,
                                       u"New-CsTenantTrustedIPAddress"_s,
                                       u"Set-CsTenantTrustedIPAddress"_s,
                                       u"Get-CsTeamsEmergencyCallingPolicy"_s,
                                       u"New-CsTeamsEmergencyCallingPolicy"_s,
                                       u"Set-CsTeamsEmergencyCallingPolicy"_s,
                                       u"Grant-CsTeamsEmergencyCallingPolicy"_s};
        static const QRegularExpression cmdlet(
            u"^\\s*(?:[^#'\\n]*[\\s(])?((?:Get|New|Set|Grant)-Cs\\w+)"_s,
            QRegularExpression::MultilineOption);
        QSet<QString> used;
        for (auto it = cmdlet.globalMatch(script); it.hasNext();)
            used.insert(it.next().captured(1));
        QVERIFY2(used.subtract(documented).isEmpty(),
                 qPrintable(QStringList(used.values()).join(u", ")));
    }

    void tooLargeANotificationGroupIsNotCutShort()
    {
        TeamsScriptInput in = hostileTenant();
        in.policy.notificationGroup.clear();
        for (int i = 0; i < 11; ++i)
            in.policy.notificationGroup << u"p%1@contoso.com"_s.arg(i);
        const QString script = teamsScript(in);
        QVERIFY(!script.contains(u"Set-CsTeamsEmergencyCallingPolicy -Identity"_s));
        QVERIFY(!script.contains(u"p0@contoso.com"_s));
        QVERIFY(script.contains(u"at most 10"_s));
    }

    void hostileTenantParsesWithEveryValueQuoted()
    {
        const CheckResult result = check(teamsScript(hostileTenant()), hostileValues());
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(result.output.startsWith(u"ok:"_s));
    }

    void emptyTenantParses()
    {
        TeamsScriptInput in;
        in.tenantId = u"00000000-0000-0000-0000-000000000000"_s;
        in.tenantName = u"Empty"_s;
        in.appVersion = u"1.2.3"_s;
        in.generatedAt = QDateTime::currentDateTimeUtc();
        const CheckResult result = check(teamsScript(in), {u"Empty"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    // The checker must catch each way the quoting could break.
    void brokenQuotingIsCaught_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("broken");
        QTest::newRow("ascii quote not doubled")
            << streetName << QString(u'\'' + streetName + u'\'');
        QTest::newRow("unicode quote not doubled") << cityName << QString(u'\'' + cityName + u'\'');
        QTest::newRow("double quotes") << building << QString(u'"' + building + u'"');
        QTest::newRow("line break kept")
            << note << QString(u'\'' + QString(note).replace(u"\r\n"_s, u"\n"_s) + u'\'');
    }

    void brokenQuotingIsCaught()
    {
        QFETCH(QString, value);
        QFETCH(QString, broken);
        QString script = teamsScript(hostileTenant());
        const QString good = powershell::literal(value);
        QVERIFY(script.contains(good));
        script.replace(good, broken);
        const CheckResult result = check(script, hostileValues());
        QVERIFY2(result.exitCode == 1, qPrintable(result.output));
    }
};

QTEST_GUILESS_MAIN(TestTeamsScript)
#include "tst_teams_script.moc"
