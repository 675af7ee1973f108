// Both versions are put in words (never raw JSON): for an E911 change the state and the address,
// for anything else the changed fields one per line.
#include "ConflictDialog.h"

#include "domain/AddressLine.h"
#include "domain/Did.h"
#include "domain/E911State.h"
#include "models/DidModel.h"
#include "store/Cache.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString addressName(Cache *cache, const QString &addressId)
{
    if (addressId.isEmpty())
        return ConflictDialog::tr("no emergency address");
    const std::optional<EmergencyAddress> address =
        cache ? cache->address(addressId) : std::nullopt;
    return address ? emergencyAddressLine(*address) : addressId;
}

// Fields one per line, nested objects as "outer › inner"; for changes other than E911.
void flatten(const QJsonObject &object, const QString &prefix, QStringList &lines)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key =
            prefix.isEmpty() ? it.key() : QString(prefix + QStringLiteral(" › ") + it.key());
        if (it.value().isObject())
            flatten(it.value().toObject(), key, lines);
        else if (it.value().isArray())
            lines << QStringLiteral("%1: %2 items").arg(key).arg(it.value().toArray().size());
        else
            lines << QStringLiteral("%1: %2").arg(key, it.value().toVariant().toString());
    }
}

QString flattened(const QJsonObject &object)
{
    QStringList lines;
    flatten(object, QString(), lines);
    return lines.join(QLatin1Char('\n'));
}

QPlainTextEdit *sideView(const QString &name, const QString &accessible, const QString &text,
                         QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setMinimumWidth(260);
    return view;
}
} // namespace

ConflictDialog::ConflictDialog(const OutboxEntry &entry, Cache *cache, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    const QJsonObject mine = entry.mineJson();
    const QJsonObject theirs = entry.theirsJson();
    if (entry.kind == OutboxKind::E911Enable || entry.kind == OutboxKind::E911Disable) {
        m_mine =
            mine.value(QStringLiteral("enabled")).toBool()
                ? tr("Register With 911 at:\n%1")
                      .arg(addressName(cache, mine.value(QStringLiteral("addressId")).toString()))
                : tr("Turn off E911 (basic 911 only).\nReason: %1")
                      .arg(mine.value(QStringLiteral("reason")).toString());
        const QJsonObject e911 = theirs.value(QStringLiteral("e911")).toObject();
        const std::optional<E911State> state =
            e911StateFromWire(e911.value(QStringLiteral("state")).toString());
        m_theirs = tr("%1\nEmergency address:\n%2")
                       .arg(state ? DidModel::stateText(*state)
                                  : e911.value(QStringLiteral("state")).toString(),
                            addressName(cache, e911.value(QStringLiteral("addressId")).toString()));
        const QString reason = e911.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            m_theirs += QString(QLatin1Char('\n') + tr("Reason: %1").arg(reason));
    } else {
        m_mine = flattened(mine);
        m_theirs = flattened(theirs);
    }

    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(
        tr("<b>%1 was changed by someone else</b> after you made your change. Compare the two "
           "and choose which one stays.")
            .arg(itemName(entry).toHtmlEscaped()),
        this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);

    auto *sides = new QHBoxLayout;
    auto *mineColumn = new QVBoxLayout;
    mineColumn->addWidget(new QLabel(tr("Your change (not sent)"), this));
    auto *mineView = sideView(QStringLiteral("mineView"), tr("Your change"), m_mine, this);
    mineColumn->addWidget(mineView);
    auto *theirsColumn = new QVBoxLayout;
    theirsColumn->addWidget(new QLabel(tr("Now on the server"), this));
    auto *theirsView =
        sideView(QStringLiteral("theirsView"), tr("The version now on the server"), m_theirs, this);
    theirsColumn->addWidget(theirsView);
    sides->addLayout(mineColumn);
    sides->addLayout(theirsColumn);
    layout->addLayout(sides, 1);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Decide Later"), this);
    cancel->setObjectName(QStringLiteral("decideLaterButton"));
    cancel->setAccessibleName(tr("Decide later"));
    auto *keepTheirs = new QPushButton(tr("Keep &Theirs"), this);
    keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    keepTheirs->setAccessibleName(tr("Keep theirs"));
    keepTheirs->setAccessibleDescription(tr("Drops your change; the server's version stays"));
    auto *keepMine = new QPushButton(tr("Keep &Mine"), this);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepMine->setAccessibleName(tr("Keep mine"));
    keepMine->setAccessibleDescription(
        tr("Sends your change again on top of the server's version"));
    // A decision, not a default: Enter does neither.
    for (QPushButton *b : {cancel, keepTheirs, keepMine}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(keepTheirs);
    buttons->addWidget(keepMine);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        accept();
    });
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    setTabOrder(mineView, theirsView);
    setTabOrder(theirsView, cancel);
    setTabOrder(cancel, keepTheirs);
    setTabOrder(keepTheirs, keepMine);
    cancel->setFocus();
    resize(640, 320);
}

QString ConflictDialog::itemName(const OutboxEntry &entry)
{
    switch (entry.kind) {
    case OutboxKind::E911Enable:
    case OutboxKind::E911Disable:
        return Did::formatNational(entry.target);
    case OutboxKind::AddressCreate:
    case OutboxKind::AddressUpdate:
    case OutboxKind::AddressDelete:
        return tr("Emergency address %1").arg(entry.target);
    case OutboxKind::E911Bulk:
        return tr("A batch of numbers");
    case OutboxKind::Acknowledgement:
        return tr("The limitations acknowledgement");
    case OutboxKind::PlaceCreate:
    case OutboxKind::PlaceUpdate:
    case OutboxKind::PlaceDelete:
        return tr("Place %1").arg(entry.target);
    case OutboxKind::NetworkElementCreate:
    case OutboxKind::NetworkElementUpdate:
    case OutboxKind::NetworkElementDelete:
        return tr("Network element %1").arg(entry.target);
    case OutboxKind::NetworkElementsBulk:
        return tr("A batch of network elements");
    case OutboxKind::TestCallRecord:
        return tr("A 933 test call");
    case OutboxKind::EmergencyPolicyUpdate:
        return tr("The emergency calling policy");
    case OutboxKind::TeamsNumberLocationsRecord:
        return tr("The Teams locations of the numbers");
    }
    return entry.target;
}
