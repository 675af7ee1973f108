// Form detection and row checks of a network map import.
#include "lis/NetworkCsvImport.h"

#include "address/AddressPasteParser.h"
#include "import/NumberCsvImport.h"
#include "lis/NetworkIdentifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCsvImport)
};
} // namespace

namespace csvimport {

namespace {

// Header words compared without case, spaces or punctuation ("Location Id" = "LocationId").
QString simplified(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

std::optional<NetworkElementKind> kindFromText(const QString &text)
{
    static const QHash<QString, NetworkElementKind> kinds{
        {QStringLiteral("subnet"), NetworkElementKind::Subnet},
        {QStringLiteral("wap"), NetworkElementKind::AccessPoint},
        {QStringLiteral("accesspoint"), NetworkElementKind::AccessPoint},
        {QStringLiteral("wirelessaccesspoint"), NetworkElementKind::AccessPoint},
        {QStringLiteral("switch"), NetworkElementKind::Switch},
        {QStringLiteral("port"), NetworkElementKind::Port},
        {QStringLiteral("trustedip"), NetworkElementKind::TrustedIp},
    };
    const auto it = kinds.constFind(simplified(text));
    if (it == kinds.cend())
        return std::nullopt;
    return *it;
}

// The same element twice in a file: kind and identifying values after normalising.
QString elementKey(const NetworkElement &e)
{
    return networkElementKindToWire(e.kind) + QLatin1Char('|') + e.identifier();
}

// Puts the identifier cell(s) into the element's fields for its kind.
void setIdentifier(NetworkElement &e, const QString &identifier, const QString &port)
{
    switch (e.kind) {
    case NetworkElementKind::Subnet:
    case NetworkElementKind::TrustedIp:
        e.subnet = identifier;
        break;
    case NetworkElementKind::AccessPoint:
        e.bssid = identifier;
        break;
    case NetworkElementKind::Switch:
        e.chassisId = identifier;
        break;
    case NetworkElementKind::Port:
        e.chassisId = identifier;
        e.portId = port;
        break;
    }
}

class RowReader
{
public:
    RowReader(const QStringList &row, const NetworkColumns &c)
        : m_row(row)
        , m_c(c)
    {}

    NetworkRowCheck read()
    {
        switch (m_c.form) {
        case NetworkCsvForm::Simple:
            readSimple();
            break;
        case NetworkCsvForm::TeamsExport:
            readTeamsExport();
            break;
        case NetworkCsvForm::TeamsE911Automation:
            readAutomation();
            break;
        case NetworkCsvForm::Unknown:
            break;
        }
        m_out.element.description = cell(m_c.description);
        if (m_out.hasElement) {
            const QList<FieldError> problems =
                lis::normaliseIdentifiers(m_out.element, &m_out.notes);
            for (const FieldError &p : problems)
                m_out.problems.append(p.detail);
        }
        return m_out;
    }

private:
    QString cell(int column) const
    {
        return column >= 0 && column < m_row.size() ? m_row.at(column).trimmed() : QString();
    }

    bool rowIsBlank() const
    {
        return std::all_of(m_row.cbegin(), m_row.cend(),
                           [](const QString &c) { return c.trimmed().isEmpty(); });
    }

    void readSimple()
    {
        const QString kindText = cell(m_c.kind);
        const QString identifier = cell(m_c.identifier);
        if (rowIsBlank())
            return;
        m_out.hasElement = true;
        const std::optional<NetworkElementKind> kind = kindFromText(kindText);
        if (!kind) {
            m_out.hasElement = false;
            m_out.problems.append(
                Text::tr("Kind \"%1\" is not one of subnet, wap, switch, port or trusted_ip.")
                    .arg(kindText));
        } else {
            m_out.element.kind = *kind;
            setIdentifier(m_out.element, identifier, cell(m_c.port));
        }
        m_out.addressText = cell(m_c.address);
        m_out.address = AddressPasteParser::parse(m_out.addressText).civic;
        m_out.place.building = cell(m_c.building);
        m_out.place.floor = cell(m_c.floor);
        m_out.place.room = cell(m_c.room);
        if (kind == NetworkElementKind::TrustedIp)
            return; // a trusted IP belongs to no place; the plan says so if one is named
        if (m_out.addressText.isEmpty())
            m_out.problems.append(
                Text::tr("No address: write the emergency address the place is at."));
        if (m_out.place.label().isEmpty())
            m_out.problems.append(
                Text::tr("No building, floor or room: a network element points at a place inside "
                         "the address."));
    }

    void readTeamsExport()
    {
        NetworkElement &e = m_out.element;
        if (!cell(m_c.subnet).isEmpty()) {
            e.kind = NetworkElementKind::Subnet;
            e.subnet = cell(m_c.subnet);
        } else if (!cell(m_c.bssid).isEmpty()) {
            e.kind = NetworkElementKind::AccessPoint;
            e.bssid = cell(m_c.bssid);
        } else if (!cell(m_c.chassisId).isEmpty() || !cell(m_c.portId).isEmpty()) {
            e.kind = m_c.portId >= 0 ? NetworkElementKind::Port : NetworkElementKind::Switch;
            e.chassisId = cell(m_c.chassisId);
            e.portId = cell(m_c.portId);
        } else if (rowIsBlank()) {
            return;
        } else {
            m_out.problems.append(Text::tr("The row has no subnet, BSSID or chassis ID."));
            return;
        }
        m_out.hasElement = true;
        // Export-Csv writes GUIDs bare; a pasted one may carry braces.
        m_out.locationId = cell(m_c.locationId).remove(u'{').remove(u'}').toLower();
        if (m_out.locationId.isEmpty())
            m_out.problems.append(
                Text::tr("No LocationId: the row does not say which place it is in."));
    }

    void readAutomation()
    {
        const QString type = cell(m_c.objectType);
        const QString identifier = cell(m_c.objectIdentifier);
        // TeamsE911Automation writes address-only rows with type Unknown or none.
        const bool noType =
            type.isEmpty() || type.compare(QLatin1StringView("Unknown"), Qt::CaseInsensitive) == 0;
        if (noType && identifier.isEmpty())
            return;
        m_out.hasElement = true;
        const std::optional<NetworkElementKind> kind = kindFromText(type);
        if (!kind || *kind == NetworkElementKind::TrustedIp) {
            m_out.hasElement = false;
            m_out.problems.append(Text::tr("NetworkObjectType \"%1\" is not one of Subnet, "
                                           "WirelessAccessPoint, Switch or Port.")
                                      .arg(type));
        } else {
            m_out.element.kind = *kind;
            QString chassis = identifier;
            QString port;
            if (*kind == NetworkElementKind::Port) {
                const qsizetype semicolon = identifier.indexOf(QLatin1Char(';'));
                if (semicolon < 0) {
                    m_out.problems.append(
                        Text::tr("A port's NetworkObjectIdentifier is the chassis ID "
                                 "and the port ID with \";\" between them."));
                    m_out.hasElement = false; // nothing more to check in the identifier
                } else {
                    chassis = identifier.left(semicolon).trimmed();
                    port = identifier.mid(semicolon + 1).trimmed();
                }
            }
            setIdentifier(m_out.element, chassis, port);
        }
        QStringList parts;
        for (const int column : {m_c.address, m_c.city})
            if (!cell(column).isEmpty())
                parts.append(cell(column));
        const QString statePostal =
            QString(cell(m_c.state) + QLatin1Char(' ') + cell(m_c.postalCode)).trimmed();
        if (!statePostal.isEmpty())
            parts.append(statePostal);
        if (!cell(m_c.country).isEmpty())
            parts.append(cell(m_c.country));
        m_out.addressText = parts.join(QStringLiteral(", "));
        m_out.address = AddressPasteParser::parse(m_out.addressText).civic;
        if (cell(m_c.address).isEmpty())
            m_out.problems.append(
                Text::tr("No Address: write the street address the place is at."));
        m_out.locationText = cell(m_c.location);
        m_out.place = placeFromLocationText(m_out.locationText);
        if (m_out.locationText.isEmpty())
            m_out.problems.append(
                Text::tr("No Location: Dispatchable links network elements to a place (building, "
                         "floor or room), never to the bare address."));
    }

    const QStringList &m_row;
    const NetworkColumns &m_c;
    NetworkRowCheck m_out;
};
} // namespace

NetworkColumns detectNetworkColumns(const QStringList &header)
{
    NetworkColumns c;
    QHash<QString, int> at;
    for (int i = int(header.size()) - 1; i >= 0; --i)
        at.insert(simplified(header.at(i)), i); // the first of two equal names wins
    auto col = [&at](const char *name) { return at.value(QString::fromLatin1(name), -1); };
    if (col("networkobjecttype") >= 0 && col("networkobjectidentifier") >= 0) {
        c.form = NetworkCsvForm::TeamsE911Automation;
        c.objectType = col("networkobjecttype");
        c.objectIdentifier = col("networkobjectidentifier");
        c.location = col("location");
        c.address = col("address");
        c.city = col("city");
        c.state = col("stateorprovince");
        c.postalCode = col("postalcode");
        c.country = col("countryorregion");
        c.description = col("networkdescription");
    } else if (col("kind") >= 0 && col("identifier") >= 0) {
        c.form = NetworkCsvForm::Simple;
        c.kind = col("kind");
        c.identifier = col("identifier");
        c.port = col("port");
        c.address = col("address");
        c.building = col("building");
        c.floor = col("floor");
        c.room = col("room");
        c.description = col("description");
    } else if (col("locationid") >= 0 &&
               (col("subnet") >= 0 || col("bssid") >= 0 || col("chassisid") >= 0)) {
        c.form = NetworkCsvForm::TeamsExport;
        c.subnet = col("subnet");
        c.bssid = col("bssid");
        c.chassisId = col("chassisid");
        c.portId = col("portid");
        c.locationId = col("locationid");
        c.description = col("description");
    }
    return c;
}

Place placeFromLocationText(const QString &text)
{
    static const QRegularExpression building(QStringLiteral("^(building|bldg|bld)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression floor(QStringLiteral("^(floor|fl|flr|level|lvl)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    Place place;
    QStringList rest;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString p = part.simplified();
        if (p.isEmpty())
            continue;
        if (place.building.isEmpty() && building.match(p).hasMatch())
            place.building = p;
        else if (place.floor.isEmpty() && floor.match(p).hasMatch())
            place.floor = p;
        else
            rest.append(p);
    }
    place.room = rest.join(QStringLiteral(", "));
    return place;
}

QList<NetworkRowCheck> checkNetworkRows(const QList<QStringList> &rows,
                                        const NetworkColumns &columns)
{
    QList<NetworkRowCheck> checks;
    QHash<QString, int> firstRecordOf;
    for (int r = 0; r < rows.size(); ++r) {
        NetworkRowCheck check = RowReader(rows.at(r), columns).read();
        check.record = r + 1;
        // Only a readable identifier can repeat one.
        if (check.hasElement && check.isValid()) {
            const QString key = elementKey(check.element);
            if (const auto first = firstRecordOf.constFind(key); first != firstRecordOf.cend())
                check.problems.append(Text::tr("%1 is already in row %2 of this file.")
                                          .arg(check.element.identifier())
                                          .arg(*first));
            else
                firstRecordOf.insert(key, check.record);
        }
        checks.append(check);
    }
    return checks;
}

NetworkCsvFile readNetworkCsv(const QByteArray &data)
{
    NetworkCsvFile file;
    CsvTable table = parseCsv(data);
    if (!table.error.isEmpty()) {
        file.error = table.error;
        return file;
    }
    if (!table.records.isEmpty() &&
        table.records.constFirst().value(0).startsWith(QLatin1StringView("#TYPE")))
        table.records.removeFirst();
    if (table.records.isEmpty()) {
        file.error = Text::tr("The file is empty.");
        return file;
    }
    file.columns = detectNetworkColumns(table.records.constFirst());
    if (file.columns.form == NetworkCsvForm::Unknown) {
        file.error =
            Text::tr("The first line names no known columns. Use "
                     "kind,identifier,port,address,building,floor,room,description; or a Teams "
                     "export with Subnet, BSSID or ChassisID and LocationId; or the "
                     "TeamsE911Automation columns with NetworkObjectType and "
                     "NetworkObjectIdentifier.");
        return file;
    }
    file.rows = checkNetworkRows(table.records.mid(1), file.columns);
    return file;
}

} // namespace csvimport
