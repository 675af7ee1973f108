// The add / edit network element dialog.
#include "NetworkElementDialog.h"

#include "DialogParts.h"
#include "domain/AddressLine.h"
#include "lis/NetworkIdentifier.h"
#include "lis/SubnetOverlap.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const NetworkElementKind kinds[] = {NetworkElementKind::Subnet, NetworkElementKind::AccessPoint,
                                    NetworkElementKind::Switch, NetworkElementKind::Port,
                                    NetworkElementKind::TrustedIp};

QLineEdit *field(const QString &name, const QString &accessible, const QString &placeholder,
                 QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

NetworkElementDialog::NetworkElementDialog(Outbox &outbox,
                                           std::shared_ptr<const NetworkMapSnapshot> map,
                                           const NetworkElement &element, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_map(std::move(map))
    , m_original(element)
{
    setObjectName(QStringLiteral("networkElementDialog"));
    setWindowTitle(isNew() ? tr("Add Network Element") : tr("Edit Network Element"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Teams finds a caller's place from the subnet, Wi-Fi access point, switch or switch "
           "port the call comes through. Trusted IPs are the public addresses your calls leave "
           "the network from."),
        this));

    auto *form = new QFormLayout;
    m_form = form;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of element"));
    for (const NetworkElementKind kind : kinds)
        m_kind->addItem(networkElementKindText(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(element.kind)));
    m_kind->setEnabled(isNew()); // the backend never changes an element's kind
    form->addRow(tr("&Kind:"), m_kind);

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("placeCombo"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setAccessibleDescription(tr("The building, floor or room the element sits in"));
    for (const Place &p : m_map->places) {
        const EmergencyAddress *a = m_map->address(p.addressId);
        m_place->addItem(a ? tr("%1 — %2").arg(placeDisplayName(p), emergencyAddressLine(*a))
                           : placeDisplayName(p),
                         p.id);
    }
    m_place->setCurrentIndex(m_place->findData(element.placeId));
    m_placeLabel = new QLabel(tr("&Place:"), this);
    m_placeLabel->setBuddy(m_place);
    form->addRow(m_placeLabel, m_place);

    m_subnet = field(QStringLiteral("subnetEdit"), tr("Subnet"),
                     tr("10.10.10.0/24 or 2001:db8:1::/48"), this);
    m_subnet->setText(element.subnet);
    form->addRow(tr("&Subnet or IP:"), m_subnet);
    m_bssid = field(QStringLiteral("bssidEdit"), tr("BSSID"),
                    tr("AA-BB-CC-DD-EE-FF or AA-BB-CC-DD-EE-F*"), this);
    m_bssid->setText(element.bssid);
    form->addRow(tr("&BSSID:"), m_bssid);
    m_chassis = field(QStringLiteral("chassisEdit"), tr("Chassis ID"),
                      tr("The switch's MAC address or LLDP name"), this);
    m_chassis->setText(element.chassisId);
    form->addRow(tr("&Chassis ID:"), m_chassis);
    m_port = field(QStringLiteral("portEdit"), tr("Port ID"), tr("Gi1/0/24"), this);
    m_port->setText(element.portId);
    form->addRow(tr("P&ort ID:"), m_port);
    m_description = field(QStringLiteral("descriptionEdit"), tr("Description"),
                          tr("What a person needs to find it"), this);
    m_description->setText(element.description);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    m_problems = wrappedLabel(QString(), this, QStringLiteral("problemsLabel"));
    m_warningText = wrappedLabel(QString(), this, QStringLiteral("warningsLabel"));
    layout->addWidget(m_problems);
    layout->addWidget(m_warningText);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), this);
    m_saveButton = deliberateButton(tr("&Save"), QStringLiteral("saveButton"), this);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Queue the change for the backend (Ctrl+S)"));
    buttons->addWidget(cancel);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &NetworkElementDialog::save);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NetworkElementDialog::kindChanged);
    connect(m_place, &QComboBox::currentIndexChanged, this, &NetworkElementDialog::check);
    for (QLineEdit *e : {m_subnet, m_bssid, m_chassis, m_port, m_description})
        connect(e, &QLineEdit::textChanged, this, &NetworkElementDialog::check);
    kindChanged();
    resize(620, 440);
}

void NetworkElementDialog::kindChanged()
{
    const auto kind = NetworkElementKind(m_kind->currentData().toInt());
    const bool subnet = kind == NetworkElementKind::Subnet || kind == NetworkElementKind::TrustedIp;
    const QList<QPair<QLineEdit *, bool>> fields{
        {m_subnet, subnet},
        {m_bssid, kind == NetworkElementKind::AccessPoint},
        {m_chassis, kind == NetworkElementKind::Switch || kind == NetworkElementKind::Port},
        {m_port, kind == NetworkElementKind::Port}};
    QFormLayout *form = m_form;
    for (const auto &[edit, visible] : fields)
        form->setRowVisible(edit, visible);
    form->setRowVisible(m_place, kind != NetworkElementKind::TrustedIp);
    check();
}

NetworkElement NetworkElementDialog::element(QStringList *problems) const
{
    NetworkElement e = m_original;
    e.kind = NetworkElementKind(m_kind->currentData().toInt());
    e.placeId =
        e.kind == NetworkElementKind::TrustedIp ? QString() : m_place->currentData().toString();
    e.subnet.clear();
    e.bssid.clear();
    e.chassisId.clear();
    e.portId.clear();
    switch (e.kind) {
    case NetworkElementKind::Subnet:
    case NetworkElementKind::TrustedIp:
        e.subnet = m_subnet->text().trimmed();
        break;
    case NetworkElementKind::AccessPoint:
        e.bssid = m_bssid->text().trimmed();
        break;
    case NetworkElementKind::Port:
        e.portId = m_port->text().trimmed();
        [[fallthrough]];
    case NetworkElementKind::Switch:
        e.chassisId = m_chassis->text().trimmed();
        break;
    }
    e.description = m_description->text().trimmed();
    QStringList notes;
    const QList<FieldError> errors = lis::normaliseIdentifiers(e, &notes);
    if (problems) {
        for (const FieldError &error : errors)
            problems->append(error.detail.isEmpty() ? error.code : error.detail);
        if (e.kind != NetworkElementKind::TrustedIp && e.placeId.isEmpty())
            problems->append(tr("Choose the place the element sits in."));
        if (e.description.size() > 200)
            problems->append(tr("The description is longer than 200 characters."));
    }
    return e;
}

void NetworkElementDialog::check()
{
    QStringList problems;
    NetworkElement e = element(&problems);
    m_warnings.clear();
    if (problems.isEmpty()) {
        // What this element would share with the rest of the map.
        if (e.id.isEmpty())
            e.id = QStringLiteral("\x01new");
        QList<NetworkElement> all;
        all.reserve(m_map->elements.size() + 1);
        for (const NetworkElement &other : m_map->elements)
            if (other.id != e.id)
                all.append(other);
        all.append(e);
        for (const lis::SubnetOverlap &o : lis::findSubnetOverlaps(all, e.kind)) {
            if (o.innerId == e.id)
                m_warnings.append(
                    o.identical ? tr("The same network as %1 is already on the map.").arg(o.outer)
                                : tr("It lies inside %1, which is already on the map: the narrower "
                                     "subnet wins in Teams.")
                                      .arg(o.outer));
            else if (o.outerId == e.id)
                m_warnings.append(
                    o.identical ? tr("The same network as %1 is already on the map.").arg(o.inner)
                                : tr("It contains %1, which is already on the map: the narrower "
                                     "subnet wins in Teams.")
                                      .arg(o.inner));
        }
        for (const lis::WildcardConflict &c : lis::findWildcardConflicts(all))
            if (c.coveredId == e.id || c.wildcardId == e.id)
                problems.append(tr("%1 is covered by the wildcard %2; Teams refuses both together.")
                                    .arg(c.covered, c.wildcard));
        const NetworkMapFlags flags(m_map->places, m_map->addresses);
        if (const NetworkElementFlag flag = flags.flagOf(e); flag != NetworkElementFlag::None)
            m_warnings.append(NetworkMapFlags::reason(flag));
    }
    m_problems->setText(
        problems.isEmpty() ? QString()
                           : QString(QStringLiteral("✖ ") + problems.join(QStringLiteral("\n✖ "))));
    m_problems->setVisible(!problems.isEmpty());
    m_warningText->setText(m_warnings.isEmpty() ? QString()
                                                : QString(QStringLiteral("⚠ ") +
                                                          m_warnings.join(QStringLiteral("\n⚠ "))));
    m_warningText->setVisible(!m_warnings.isEmpty());
    m_saveButton->setEnabled(problems.isEmpty());
}

void NetworkElementDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : {m_subnet, m_bssid, m_chassis, m_port, m_description})
        e->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly && isNew());
    m_place->setEnabled(!readOnly);
    m_saveButton->setVisible(!readOnly);
    setWindowTitle(readOnly ? tr("Network Element") : windowTitle());
}

bool NetworkElementDialog::save()
{
    if (m_readOnly)
        return false;
    QStringList problems;
    const NetworkElement e = element(&problems);
    if (!problems.isEmpty()) {
        check();
        return false;
    }
    QString error;
    const auto id = m_outbox.enqueue(
        isNew() ? outbox::networkElementCreate(e) : outbox::networkElementUpdate(e), &error);
    if (!id) {
        m_problems->setText(tr("✖ The change could not be written to the outbox, so nothing was "
                               "saved: %1")
                                .arg(error));
        m_problems->show();
        return false;
    }
    accept();
    return true;
}
