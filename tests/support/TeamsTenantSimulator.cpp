// A simulated Teams tenant; see TeamsTenantSimulator.h.
#include "TeamsTenantSimulator.h"

#include "lis/TeamsScriptSections.h"

#include <QHostAddress>
#include <QUuid>

namespace {

using teams::ExportKind;

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

// Set-CsOnlineLisCivicAddress's parameters that Microsoft's page marks "Publicly editable";
// the rest (HouseNumberSuffix, the directionals, StreetSuffix, …) are for Microsoft's use.
bool publiclyEditable(const QString &parameter)
{
    static const QSet<QString> editable{
        QStringLiteral("CompanyName"), QStringLiteral("Description"),
        QStringLiteral("Latitude"),    QStringLiteral("Longitude"),
        QStringLiteral("HouseNumber"), QStringLiteral("StreetName"),
        QStringLiteral("City"),        QStringLiteral("StateOrProvince"),
        QStringLiteral("PostalCode"),  QStringLiteral("CountryOrRegion"),
        QStringLiteral("Elin"),        QStringLiteral("CivicAddressId")};
    return editable.contains(parameter);
}

// The CLDXF field a Teams address column fills (TeamsCivicAddress::columnFields), or empty.
QString civicField(const QString &column)
{
    for (const auto &[teamsColumn, field] : TeamsCivicAddress::columnFields()) {
        if (teamsColumn == column)
            return QString(field);
    }
    return {};
}

void setCivicColumns(TeamsCivicAddress &a, const QHash<QString, QString> &args)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        if (const QString field = civicField(it.key()); !field.isEmpty())
            a.civic.setValue(field, it.value());
    }
    if (args.contains(QStringLiteral("CompanyName")))
        a.companyName = args.value(QStringLiteral("CompanyName"));
    if (args.contains(QStringLiteral("Description")))
        a.description = args.value(QStringLiteral("Description"));
    if (args.contains(QStringLiteral("Latitude")))
        a.latitude = args.value(QStringLiteral("Latitude")).toDouble();
    if (args.contains(QStringLiteral("Longitude")))
        a.longitude = args.value(QStringLiteral("Longitude")).toDouble();
}

// One CSV line as Export-Csv writes it: every field quoted, quotes doubled.
QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString f : fields)
        quoted.append(QString(u'"' + f.replace(u'"', QStringLiteral("\"\"")) + u'"'));
    return quoted.join(u',').toUtf8() + "\r\n";
}

QString coordinate(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 7) : QString();
}

QStringList civicColumns()
{
    QStringList columns;
    for (const auto &[column, field] : TeamsCivicAddress::columnFields())
        columns.append(QString(column));
    return columns;
}

QStringList civicValues(const CivicAddress &civic)
{
    QStringList values;
    for (const auto &[column, field] : TeamsCivicAddress::columnFields())
        values.append(civic.value(QString(field)));
    return values;
}

// What identifies an element in Teams: a subnet by its network ID, the rest by identifier.
QString elementKey(const NetworkElement &e)
{
    return e.kind == NetworkElementKind::Subnet ? e.subnet.section(u'/', 0, 0).toUpper()
                                                : e.identifier().toUpper();
}

NetworkElementKind elementKindOf(TeamsObjectKind kind)
{
    switch (kind) {
    case TeamsObjectKind::AccessPoint:
        return NetworkElementKind::AccessPoint;
    case TeamsObjectKind::Switch:
        return NetworkElementKind::Switch;
    case TeamsObjectKind::Port:
        return NetworkElementKind::Port;
    default:
        return NetworkElementKind::Subnet;
    }
}

QByteArray addressesCsv(const QList<TeamsCivicAddress> &addresses)
{
    QByteArray csv = csvLine(
        QStringList{QStringLiteral("CivicAddressId")} + civicColumns() +
        QStringList{QStringLiteral("CompanyName"), QStringLiteral("Description"),
                    QStringLiteral("Latitude"), QStringLiteral("Longitude"),
                    QStringLiteral("ValidationStatus"), QStringLiteral("DefaultLocationId")});
    for (const TeamsCivicAddress &a : addresses)
        csv +=
            csvLine(QStringList{a.civicAddressId} + civicValues(a.civic) +
                    QStringList{a.companyName, a.description, coordinate(a.latitude),
                                coordinate(a.longitude), a.validationStatus, a.defaultLocationId});
    return csv;
}

QByteArray locationsCsv(const QList<TeamsLocation> &locations)
{
    QByteArray csv =
        csvLine(QStringList{QStringLiteral("LocationId"), QStringLiteral("CivicAddressId"),
                            QStringLiteral("Location")} +
                civicColumns() + QStringList{QStringLiteral("Elin")});
    for (const TeamsLocation &l : locations)
        csv += csvLine(QStringList{l.locationId, l.civicAddressId, l.name} + civicValues(l.civic) +
                       QStringList{l.elin});
    return csv;
}

struct ElementFile
{
    ExportKind file;
    NetworkElementKind kind;
    QString name;
    QStringList columns; // the identifying columns
};

QList<ElementFile> elementFiles()
{
    return {
        {ExportKind::Subnet,
         NetworkElementKind::Subnet,
         QStringLiteral("teams-subnets.csv"),
         {QStringLiteral("Subnet")}},
        {ExportKind::WirelessAccessPoint,
         NetworkElementKind::AccessPoint,
         QStringLiteral("teams-access-points.csv"),
         {QStringLiteral("BSSID")}},
        {ExportKind::Switch,
         NetworkElementKind::Switch,
         QStringLiteral("teams-switches.csv"),
         {QStringLiteral("ChassisID")}},
        {ExportKind::Port,
         NetworkElementKind::Port,
         QStringLiteral("teams-ports.csv"),
         {QStringLiteral("ChassisID"), QStringLiteral("PortID")}},
    };
}

QByteArray elementsCsv(const ElementFile &f, const QList<TeamsNetworkElement> &elements)
{
    QByteArray csv = csvLine(
        f.columns + QStringList{QStringLiteral("LocationId"), QStringLiteral("Description")});
    for (const TeamsNetworkElement &t : elements) {
        if (t.element.kind != f.kind)
            continue;
        const NetworkElement &e = t.element;
        QStringList values;
        if (f.kind == NetworkElementKind::Subnet)
            values = {e.subnet.section(u'/', 0, 0)}; // Teams keeps no mask
        else if (f.kind == NetworkElementKind::AccessPoint)
            values = {e.bssid};
        else if (f.kind == NetworkElementKind::Switch)
            values = {e.chassisId};
        else
            values = {e.chassisId, e.portId};
        csv += csvLine(values + QStringList{t.locationId, e.description});
    }
    return csv;
}

QByteArray numbersCsv(const QList<TeamsNumberAssignment> &numbers)
{
    QByteArray csv = csvLine({QStringLiteral("TelephoneNumber"), QStringLiteral("NumberType"),
                              QStringLiteral("ActivationState"), QStringLiteral("CivicAddressId"),
                              QStringLiteral("LocationId"), QStringLiteral("IsoCountryCode"),
                              QStringLiteral("LocationUpdateSupported")});
    for (const TeamsNumberAssignment &n : numbers) {
        const QString updatable = !n.locationUpdateSupported   ? QString()
                                  : *n.locationUpdateSupported ? QStringLiteral("True")
                                                               : QStringLiteral("False");
        csv += csvLine({n.telephoneNumber, n.numberType, n.activationState, n.civicAddressId,
                        n.locationId, n.isoCountryCode, updatable});
    }
    return csv;
}

QByteArray policiesCsv(const QList<TeamsEmergencyPolicy> &policies)
{
    QByteArray csv =
        csvLine({QStringLiteral("Identity"), QStringLiteral("Description"),
                 QStringLiteral("NotificationGroup"), QStringLiteral("NotificationDialOutNumber"),
                 QStringLiteral("NotificationMode"), QStringLiteral("ExternalLocationLookupMode")});
    for (const TeamsEmergencyPolicy &p : policies)
        csv += csvLine({p.identity, p.description, p.notificationGroup.join(u';'),
                        p.notificationDialOutNumber,
                        p.notificationMode ? teamsscript::notificationModeName(*p.notificationMode)
                                           : QString(),
                        p.externalLocationLookupMode});
    return csv;
}

// Get-CsTenantTrustedIPAddress's columns: the address is also the Identity.
QByteArray trustedIpsCsv(const QList<TeamsNetworkElement> &elements)
{
    QByteArray csv = csvLine({QStringLiteral("Identity"), QStringLiteral("MaskBits"),
                              QStringLiteral("Description"), QStringLiteral("IPAddress")});
    for (const TeamsNetworkElement &t : elements) {
        if (t.element.kind != NetworkElementKind::TrustedIp)
            continue;
        const QString address = t.element.subnet.section(u'/', 0, 0);
        csv +=
            csvLine({address, t.element.subnet.section(u'/', 1), t.element.description, address});
    }
    return csv;
}

} // namespace

TeamsTenantSimulator::TeamsTenantSimulator(const TeamsTenantSnapshot &start)
    : m_addresses(start.addresses())
    , m_locations(start.locations())
    , m_elements(start.networkElements())
    , m_numbers(start.numbers())
    , m_policies(start.policies())
{
    for (const ExportKind kind :
         {ExportKind::CivicAddress, ExportKind::Location, ExportKind::Subnet,
          ExportKind::WirelessAccessPoint, ExportKind::Switch, ExportKind::Port,
          ExportKind::NumberAssignment, ExportKind::EmergencyCallingPolicy,
          ExportKind::TrustedIpAddress}) {
        if (start.hasRead(kind))
            m_kinds.insert(kind);
    }
}

bool TeamsTenantSimulator::apply(const TeamsDifferencePlan &plan, QString *error)
{
    m_createdIds.clear();
    for (int i = 0; i < int(plan.steps.size()); ++i) {
        const TeamsDifferenceStep &step = plan.steps.at(i);
        Arguments args;
        QString problem;
        for (const TeamsStepArgument &a : step.arguments)
            args.insert(a.parameter, valueOf(a, i, problem));
        if (problem.isEmpty())
            applyStep(step, args, problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("step %1 (%2): %3").arg(i + 1).arg(step.cmdlet, problem);
            return false;
        }
    }
    return true;
}

QString TeamsTenantSimulator::valueOf(const TeamsStepArgument &a, int stepIndex, QString &problem)
{
    if (a.fromStep < 0)
        return a.value;
    if (a.fromStep >= stepIndex || m_createdIds.at(a.fromStep).isEmpty()) {
        problem = QStringLiteral("-%1 refers to step %2, which has not created anything")
                      .arg(a.parameter)
                      .arg(a.fromStep + 1);
        return {};
    }
    const QString id = m_createdIds.at(a.fromStep);
    if (a.fromProperty.isEmpty())
        return id;
    const TeamsCivicAddress *created = address(id);
    if (a.fromProperty != u"DefaultLocationId" || !created) {
        problem = QStringLiteral("-%1 asks step %2 for %3, which it did not create")
                      .arg(a.parameter)
                      .arg(a.fromStep + 1)
                      .arg(a.fromProperty);
        return {};
    }
    return created->defaultLocationId;
}

bool TeamsTenantSimulator::applyStep(const TeamsDifferenceStep &step, const Arguments &args,
                                     QString &error)
{
    QString createdId;
    bool ok = false;
    const QString &cmdlet = step.cmdlet;
    if (cmdlet == u"New-CsOnlineLisCivicAddress")
        ok = newAddress(args, createdId, error);
    else if (cmdlet == u"Set-CsOnlineLisCivicAddress")
        ok = setAddress(args, error);
    else if (cmdlet == u"New-CsOnlineLisLocation")
        ok = newLocation(args, createdId, error);
    else if (cmdlet == u"Set-CsOnlineLisLocation")
        ok = setLocation(args, error);
    else if (cmdlet.startsWith(u"Set-CsOnlineLis"))
        ok = setElement(step, args, error);
    else if (cmdlet.endsWith(u"-CsTeamsEmergencyCallingPolicy"))
        ok = setPolicy(cmdlet.startsWith(u"New-"), args, error);
    else if (cmdlet == u"Set-CsPhoneNumberAssignment")
        ok = setNumberLocation(args, error);
    else if (cmdlet.endsWith(u"-CsTenantTrustedIPAddress"))
        ok = setTrustedIp(cmdlet.startsWith(u"New-"), args, error);
    else
        error = QStringLiteral("the simulated tenant does not know this cmdlet");
    m_createdIds.append(createdId);
    if (ok && step.creates())
        ++m_created;
    else if (ok)
        ++m_changed;
    return ok;
}

TeamsCivicAddress *TeamsTenantSimulator::address(const QString &civicAddressId)
{
    for (TeamsCivicAddress &a : m_addresses) {
        if (a.civicAddressId == civicAddressId)
            return &a;
    }
    return nullptr;
}

TeamsLocation *TeamsTenantSimulator::location(const QString &locationId)
{
    for (TeamsLocation &l : m_locations) {
        if (l.locationId == locationId)
            return &l;
    }
    return nullptr;
}

bool TeamsTenantSimulator::newAddress(const Arguments &args, QString &id, QString &error)
{
    // New-CsOnlineLisCivicAddress requires CompanyName and CountryOrRegion.
    if (args.value(QStringLiteral("CompanyName")).isEmpty() ||
        args.value(QStringLiteral("CountryOrRegion")).isEmpty()) {
        error = QStringLiteral("CompanyName and CountryOrRegion are required");
        return false;
    }
    TeamsCivicAddress a;
    a.civicAddressId = newGuid();
    a.defaultLocationId = newGuid();
    a.validationStatus = QStringLiteral("Validated");
    setCivicColumns(a, args);
    m_addresses.append(a);
    // Teams gives every address a default location, without a name.
    TeamsLocation defaultLocation;
    defaultLocation.locationId = a.defaultLocationId;
    defaultLocation.civicAddressId = a.civicAddressId;
    defaultLocation.civic = a.civic;
    m_locations.append(defaultLocation);
    id = a.civicAddressId;
    return true;
}

bool TeamsTenantSimulator::setAddress(const Arguments &args, QString &error)
{
    TeamsCivicAddress *a = address(args.value(QStringLiteral("CivicAddressId")));
    if (!a) {
        error = QStringLiteral("no address with this CivicAddressId");
        return false;
    }
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        if (!publiclyEditable(it.key())) {
            error = QStringLiteral("-%1 is reserved for Microsoft's use").arg(it.key());
            return false;
        }
    }
    setCivicColumns(*a, args);
    return true;
}

bool TeamsTenantSimulator::newLocation(const Arguments &args, QString &id, QString &error)
{
    const TeamsCivicAddress *a = address(args.value(QStringLiteral("CivicAddressId")));
    if (!a || args.value(QStringLiteral("Location")).isEmpty()) {
        error = QStringLiteral("an existing CivicAddressId and a Location name are required");
        return false;
    }
    TeamsLocation l;
    l.locationId = newGuid();
    l.civicAddressId = a->civicAddressId;
    l.name = args.value(QStringLiteral("Location"));
    l.civic = a->civic;
    m_locations.append(l);
    id = l.locationId;
    return true;
}

bool TeamsTenantSimulator::setLocation(const Arguments &args, QString &error)
{
    TeamsLocation *l = location(args.value(QStringLiteral("LocationId")));
    if (!l) {
        error = QStringLiteral("no location with this LocationId");
        return false;
    }
    if (args.contains(QStringLiteral("Location")))
        l->name = args.value(QStringLiteral("Location"));
    return true;
}

// Set-CsOnlineLis{Subnet,WirelessAccessPoint,Switch,Port}: creates the element or replaces its
// location and description.
bool TeamsTenantSimulator::setElement(const TeamsDifferenceStep &step, const Arguments &args,
                                      QString &error)
{
    const QString locationId = args.value(QStringLiteral("LocationId"));
    if (!location(locationId)) {
        error = QStringLiteral("no location with this LocationId");
        return false;
    }
    TeamsNetworkElement t;
    t.element.kind = elementKindOf(step.kind);
    t.element.subnet = args.value(QStringLiteral("Subnet"));
    t.element.bssid = args.value(QStringLiteral("BSSID"));
    t.element.chassisId = args.value(QStringLiteral("ChassisID"));
    t.element.portId = args.value(QStringLiteral("PortID"));
    t.element.description = args.value(QStringLiteral("Description"));
    t.locationId = locationId;
    if (elementKey(t.element).remove(u' ').remove(u'/').isEmpty()) {
        error = QStringLiteral("the element's identifier is missing");
        return false;
    }
    for (TeamsNetworkElement &e : m_elements) {
        if (e.element.kind == t.element.kind && elementKey(e.element) == elementKey(t.element)) {
            e.locationId = t.locationId;
            e.element.description = t.element.description;
            return true;
        }
    }
    m_elements.append(t);
    return true;
}

bool TeamsTenantSimulator::setPolicy(bool create, const Arguments &args, QString &error)
{
    const QString name = args.value(QStringLiteral("Identity"));
    TeamsEmergencyPolicy *policy = nullptr;
    for (TeamsEmergencyPolicy &p : m_policies) {
        if (p.name().compare(name, Qt::CaseInsensitive) == 0)
            policy = &p;
    }
    if (create == (policy != nullptr)) {
        error = create ? QStringLiteral("the policy exists already")
                       : QStringLiteral("no policy of this name");
        return false;
    }
    if (create) {
        m_policies.append(TeamsEmergencyPolicy());
        policy = &m_policies.last();
        policy->identity = QStringLiteral("Tag:") + name;
    }
    if (args.contains(QStringLiteral("NotificationGroup")))
        policy->notificationGroup =
            args.value(QStringLiteral("NotificationGroup")).split(u';', Qt::SkipEmptyParts);
    if (args.contains(QStringLiteral("NotificationDialOutNumber")))
        policy->notificationDialOutNumber = args.value(QStringLiteral("NotificationDialOutNumber"));
    if (args.contains(QStringLiteral("NotificationMode"))) {
        const QString mode = args.value(QStringLiteral("NotificationMode"));
        for (const NotificationMode m :
             {NotificationMode::NotificationOnly, NotificationMode::ConferenceMuted,
              NotificationMode::ConferenceUnmuted}) {
            if (teamsscript::notificationModeName(m).compare(mode, Qt::CaseInsensitive) == 0)
                policy->notificationMode = m;
        }
    }
    return true;
}

// Set-CsPhoneNumberAssignment's LocationUpdate parameter set: -PhoneNumber and -LocationId, and
// nothing else (-PhoneNumberType belongs to the Assignment set, which requires -Identity and
// assigns the number again). Refused where the export says the location cannot be updated.
bool TeamsTenantSimulator::setNumberLocation(const Arguments &args, QString &error)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        if (it.key() != u"PhoneNumber" && it.key() != u"LocationId") {
            error = QStringLiteral("-%1 is not in the LocationUpdate parameter set "
                                   "(-PhoneNumber, -LocationId)")
                        .arg(it.key());
            return false;
        }
    }
    TeamsNumberAssignment *number = nullptr;
    for (TeamsNumberAssignment &n : m_numbers) {
        if (n.telephoneNumber == args.value(QStringLiteral("PhoneNumber")))
            number = &n;
    }
    const TeamsLocation *l = location(args.value(QStringLiteral("LocationId")));
    if (!number || !l) {
        error = QStringLiteral("an existing PhoneNumber and LocationId are required");
        return false;
    }
    if (number->locationUpdateSupported == false) {
        error = QStringLiteral("the number's location cannot be updated");
        return false;
    }
    number->locationId = l->locationId;
    number->civicAddressId = l->civicAddressId;
    return true;
}

TeamsNetworkElement *TeamsTenantSimulator::trustedIp(const QString &address)
{
    for (TeamsNetworkElement &e : m_elements) {
        if (e.element.kind == NetworkElementKind::TrustedIp &&
            e.element.subnet.section(u'/', 0, 0).compare(address, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

// New-CsTenantTrustedIPAddress -IPAddress [-MaskBits] [-Description]: the address must be new
// (unique) and the mask fit it; Set-CsTenantTrustedIPAddress -Identity [-MaskBits]
// [-Description]: Set- has no -IPAddress, and New- takes -IPAddress or -Identity, not both.
bool TeamsTenantSimulator::setTrustedIp(bool create, const Arguments &args, QString &error)
{
    const QString key = create ? QStringLiteral("IPAddress") : QStringLiteral("Identity");
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        if (it.key() != key && it.key() != u"MaskBits" && it.key() != u"Description") {
            error = QStringLiteral("-%1 is not a parameter of this cmdlet here").arg(it.key());
            return false;
        }
    }
    const QHostAddress address(args.value(key));
    TeamsNetworkElement *existing = trustedIp(address.toString());
    if (address.isNull() || create == (existing != nullptr)) {
        error = create ? QStringLiteral("-IPAddress must be a new, valid IP address")
                       : QStringLiteral("no trusted IP with this Identity");
        return false;
    }
    const int widest = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    bool isNumber = true;
    const QString maskText = args.value(QStringLiteral("MaskBits"));
    const int maskBits = maskText.isEmpty() ? -1 : maskText.toInt(&isNumber);
    if (!isNumber || maskBits > widest || (!maskText.isEmpty() && maskBits < 0)) {
        error = QStringLiteral("-MaskBits must be 0 to %1").arg(widest);
        return false;
    }
    if (create) {
        m_elements.append(TeamsNetworkElement());
        existing = &m_elements.last();
        existing->element.kind = NetworkElementKind::TrustedIp;
        existing->element.subnet = address.toString() + u'/' + QString::number(widest);
    }
    if (maskBits >= 0)
        existing->element.subnet = address.toString() + u'/' + QString::number(maskBits);
    if (args.contains(QStringLiteral("Description")))
        existing->element.description = args.value(QStringLiteral("Description"));
    return true;
}

QList<QPair<QString, QByteArray>> TeamsTenantSimulator::exportFiles() const
{
    QList<QPair<QString, QByteArray>> files;
    if (m_kinds.contains(ExportKind::CivicAddress))
        files.append({QStringLiteral("teams-civic-addresses.csv"), addressesCsv(m_addresses)});
    if (m_kinds.contains(ExportKind::Location))
        files.append({QStringLiteral("teams-locations.csv"), locationsCsv(m_locations)});
    for (const ElementFile &f : elementFiles()) {
        if (m_kinds.contains(f.file))
            files.append({f.name, elementsCsv(f, m_elements)});
    }
    if (m_kinds.contains(ExportKind::NumberAssignment))
        files.append({QStringLiteral("teams-numbers.csv"), numbersCsv(m_numbers)});
    if (m_kinds.contains(ExportKind::EmergencyCallingPolicy))
        files.append({QStringLiteral("teams-emergency-policies.csv"), policiesCsv(m_policies)});
    if (m_kinds.contains(ExportKind::TrustedIpAddress))
        files.append({QStringLiteral("teams-trusted-ips.csv"), trustedIpsCsv(m_elements)});
    return files;
}

TeamsTenantSnapshot TeamsTenantSimulator::exported() const
{
    TeamsTenantSnapshot snapshot;
    for (const auto &[name, data] : exportFiles())
        snapshot.addFile(name, data);
    return snapshot;
}
