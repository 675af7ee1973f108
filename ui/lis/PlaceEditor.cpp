// The address editor's list of places.
#include "PlaceEditor.h"

#include "DialogParts.h"
#include "models/NetworkMapSnapshot.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/SyncEngine.h"

#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int maxPartLength = 60;
constexpr int maxDescriptionLength = 200;
} // namespace

PlaceEditor::PlaceEditor(AppSession *session, const QString &tenantId, const QString &addressId,
                         bool readOnly, QWidget *parent)
    : QGroupBox(tr("Places at this address"), parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_addressId(addressId)
    , m_readOnly(readOnly)
    , m_list(new QListWidget(this))
    , m_note(wrappedLabel(QString(), this, QStringLiteral("placesNote")))
    , m_add(deliberateButton(tr("Add &Place…"), QStringLiteral("addPlaceButton"), this))
    , m_edit(deliberateButton(tr("Edit Pla&ce…"), QStringLiteral("editPlaceButton"), this))
    , m_remove(deliberateButton(tr("Remo&ve Place…"), QStringLiteral("removePlaceButton"), this))
{
    setObjectName(QStringLiteral("placeEditor"));
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("placeList"));
    m_list->setAccessibleName(tr("Places at this address"));
    m_list->setMaximumHeight(110);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    connect(m_add, &QPushButton::clicked, this, &PlaceEditor::addPlace);
    connect(m_edit, &QPushButton::clicked, this, &PlaceEditor::editPlace);
    connect(m_remove, &QPushButton::clicked, this, &PlaceEditor::removePlace);
    connect(m_list, &QListWidget::itemActivated, this, &PlaceEditor::editPlace);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlaceEditor::updateButtons);
    connect(session->syncEngine(), &SyncEngine::changesApplied, this, &PlaceEditor::applyChanges);
    reload();
}

void PlaceEditor::reload()
{
    const int row = m_list->currentRow();
    m_places.clear();
    m_list->clear();
    if (!m_addressId.isEmpty()) {
        QHash<QString, int> elements;
        for (const NetworkElement &e : m_session->cache()->networkElements(m_tenantId))
            ++elements[e.placeId];
        for (const Place &p : m_session->cache()->places(m_tenantId)) {
            if (p.addressId != m_addressId)
                continue;
            m_places.append(p);
            const QString label = p.description.isEmpty()
                                      ? placeDisplayName(p)
                                      : tr("%1 — %2").arg(placeDisplayName(p), p.description);
            m_list->addItem(
                tr("%1 (%n network element(s))", nullptr, elements.value(p.id)).arg(label));
        }
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_note->setText(m_addressId.isEmpty()
                        ? tr("Save the address first; then add its buildings, floors and rooms "
                             "here.")
                        : tr("Each building, floor or room is a dispatchable location of its own "
                             "that network elements point at. Changes to places are queued as "
                             "soon as you save them, apart from the address."));
    updateButtons();
}

void PlaceEditor::applyChanges(const CacheChangeSet &changes)
{
    if (changes.reloaded || changes.placeTenants.contains(m_tenantId) ||
        changes.networkElementTenants.contains(m_tenantId))
        reload();
}

void PlaceEditor::updateButtons()
{
    const bool canEdit = !m_readOnly && !m_addressId.isEmpty();
    const bool selected = m_list->currentRow() >= 0;
    m_add->setEnabled(canEdit);
    m_edit->setEnabled(canEdit && selected);
    m_remove->setEnabled(canEdit && selected);
}

void PlaceEditor::addPlace()
{
    Place place;
    place.tenantId = m_tenantId;
    place.addressId = m_addressId;
    editInForm(place);
}

void PlaceEditor::editPlace()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_places.size())
        editInForm(m_places.at(row));
}

bool PlaceEditor::editInForm(Place place)
{
    if (m_readOnly || m_addressId.isEmpty())
        return false;
    QDialog form(this);
    form.setObjectName(QStringLiteral("placeForm"));
    form.setWindowTitle(place.id.isEmpty() ? tr("Add Place") : tr("Edit Place"));
    auto *layout = new QVBoxLayout(&form);
    auto *fields = new QFormLayout;
    auto field = [&form, fields](const QString &label, const QString &name,
                                 const QString &accessible, const QString &value,
                                 const QString &placeholder, int maxLength) {
        auto *edit = new QLineEdit(value, &form);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(maxLength);
        fields->addRow(label, edit);
        return edit;
    };
    QLineEdit *building = field(tr("&Building:"), QStringLiteral("buildingEdit"), tr("Building"),
                                place.building, tr("Building 2"), maxPartLength);
    QLineEdit *floor = field(tr("&Floor:"), QStringLiteral("floorEdit"), tr("Floor"), place.floor,
                             tr("Floor 3"), maxPartLength);
    QLineEdit *room = field(tr("&Room or wing:"), QStringLiteral("roomEdit"), tr("Room or wing"),
                            place.room, tr("Room 301"), maxPartLength);
    QLineEdit *description =
        field(tr("&Description:"), QStringLiteral("placeDescriptionEdit"), tr("Description"),
              place.description, tr("Where a responder finds it"), maxDescriptionLength);
    layout->addLayout(fields);
    QLabel *problem = wrappedLabel(QString(), &form, QStringLiteral("placeProblem"));
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelPlaceButton"), &form);
    auto *save = deliberateButton(tr("&Save Place"), QStringLiteral("savePlaceButton"), &form);
    save->setShortcut(QKeySequence::Save);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, &form, &QDialog::reject);
    connect(save, &QPushButton::clicked, &form, [&] {
        place.building = building->text().trimmed();
        place.floor = floor->text().trimmed();
        place.room = room->text().trimmed();
        place.description = description->text().trimmed();
        if (place.building.isEmpty() && place.floor.isEmpty() && place.room.isEmpty()) {
            problem->setText(tr("✖ Fill in at least one of building, floor and room."));
            problem->show();
            building->setFocus();
            return;
        }
        QString error;
        const auto id = m_session->outbox()->enqueue(
            place.id.isEmpty() ? outbox::placeCreate(place) : outbox::placeUpdate(place), &error);
        if (!id) {
            problem->setText(tr("✖ The place could not be written to the outbox: %1").arg(error));
            problem->show();
            return;
        }
        form.accept();
    });
    building->setFocus();
    return form.exec() == QDialog::Accepted;
}

void PlaceEditor::removePlace()
{
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0 || row >= m_places.size())
        return;
    const Place place = m_places.at(row);
    int used = 0;
    for (const NetworkElement &e : m_session->cache()->networkElements(m_tenantId))
        used += e.placeId == place.id ? 1 : 0;
    if (used > 0) {
        QMessageBox::information(this, tr("Remove Place"),
                                 tr("%n network element(s) point at %1. Move or delete them in "
                                    "the network map first.",
                                    nullptr, used)
                                     .arg(placeDisplayName(place)));
        return;
    }
    if (!confirmRemoval(this, QStringLiteral("removePlacePrompt"), tr("Remove Place"),
                        tr("Remove %1 from this address?").arg(placeDisplayName(place)),
                        tr("Its 933 test calls stay on record."), tr("Remove"), tr("Keep")))
        return;
    QString error;
    if (!m_session->outbox()->enqueue(outbox::placeDelete(place), &error))
        QMessageBox::warning(this, tr("Remove Place"),
                             tr("The removal could not be written to the outbox: %1").arg(error));
}
