#include "AddressEditorDialog.h"

#include "AddressForm.h"
#include "AddressUsagePanel.h"
#include "DialogParts.h"
#include "MessageBanner.h"
#include "PlaceEditor.h"
#include "ValidationDiffView.h"
#include "ValueEditCommand.h"
#include "address/AddressPasteParser.h"
#include "map/MapView.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int pinMergeId = 2000;

} // namespace

AddressEditorDialog::AddressEditorDialog(AppSession *session, const QString &tenantId,
                                         const QString &addressId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_addressId(addressId)
    , m_readOnly(!session->canWrite())
    , m_undo(new QUndoStack(this))
    , m_validator(new AddressValidationClient(session->http(), this))
{
    setObjectName(QStringLiteral("addressEditor"));
    auto *layout = new QVBoxLayout(this);

    m_e911Rule = new QLabel(tr("Only a validated address can carry E911. Validate the address "
                               "before numbers are registered with 911 here."),
                            this);
    m_e911Rule->setObjectName(QStringLiteral("e911Rule"));
    m_e911Rule->setWordWrap(true);
    layout->addWidget(m_e911Rule);
    if (m_readOnly) {
        auto *banner = new MessageBanner(this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->showMessage(MessageBanner::Kind::Information,
                            tr("Read-only: you are signed in as an auditor."),
                            tr("You can look at this address and validate it, not change it."));
        layout->addWidget(banner);
    }
    layout->addWidget(buildPasteRow());

    auto *middle = new QHBoxLayout;
    m_form = new AddressForm(m_undo, this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_form);
    m_usage = new AddressUsagePanel(this);
    left->addWidget(m_usage);
    // The places inside this address (issue 9): queued on their own, apart from Save.
    left->addWidget(new PlaceEditor(session, tenantId, addressId, m_readOnly, this));
    left->addStretch(1);
    middle->addLayout(left, 3);
    middle->addWidget(buildSidePanel(), 2);
    layout->addLayout(middle);

    auto *validation = new QGroupBox(tr("Validation"), this);
    auto *validationLayout = new QVBoxLayout(validation);
    m_diff = new ValidationDiffView(validation);
    validationLayout->addWidget(m_diff);
    layout->addWidget(validation, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(buildButtons());

    connect(m_form, &AddressForm::changed, this, &AddressEditorDialog::formChanged);
    connect(m_diff, &ValidationDiffView::useNormalizedRequested, this,
            &AddressEditorDialog::useNormalized);
    connect(m_validator, &AddressValidationClient::finished, this, &AddressEditorDialog::validated);
    connect(m_undo, &QUndoStack::cleanChanged, this, &AddressEditorDialog::updateTitle);

    load();
    m_form->setReadOnly(m_readOnly);
    m_map->setEditable(!m_readOnly);
    m_paste->setEnabled(!m_readOnly);
    m_saveButton->setEnabled(!m_readOnly);
    if (m_readOnly)
        m_diff->useButton()->hide();
    m_usage->showUsage(m_session->cache(), m_addressId);
    updateTitle();
    resize(1120, 860);
    if (isNewAddress() && !m_readOnly)
        m_paste->setFocus();
    else
        // The first field the paste got wrong, or else the first one it left empty.
        if (!m_form->focusFirstProblem())
            m_form->firstEmptyField()->setFocus();
}

AddressEditorDialog::~AddressEditorDialog()
{
    // The stack says "clean" while it is destroyed, after this object is half gone.
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget *AddressEditorDialog::buildPasteRow()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_paste = new QLineEdit(row);
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setPlaceholderText(tr("1 Microsoft Way, Bldg 92, Floor 3, Redmond, WA 98052"));
    m_paste->setAccessibleName(tr("Paste an address"));
    m_paste->setAccessibleDescription(
        tr("Paste an address on one line and press Enter to split it into the fields below."));
    auto *label = new QLabel(tr("&Paste an address:"), row);
    label->setBuddy(m_paste);
    auto *fill = deliberateButton(tr("&Fill the fields"), QStringLiteral("pasteButton"), row);
    h->addWidget(label);
    h->addWidget(m_paste, 1);
    h->addWidget(fill);
    connect(m_paste, &QLineEdit::returnPressed, this, &AddressEditorDialog::pasteAddress);
    connect(fill, &QPushButton::clicked, this, &AddressEditorDialog::pasteAddress);
    return row;
}

QWidget *AddressEditorDialog::buildSidePanel()
{
    auto *panel = new QWidget(this);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);
    m_map = new MapView(panel);
    m_map->setObjectName(QStringLiteral("addressMap"));
    m_map->setAccessibleName(tr("Map of the address"));
    m_map->setMinimumSize(320, 220);
    v->addWidget(m_map, 1);
    m_mapWarning = new QLabel(panel);
    m_mapWarning->setObjectName(QStringLiteral("pinWarning"));
    m_mapWarning->setWordWrap(true);
    m_mapWarning->hide();
    v->addWidget(m_mapWarning);
    connect(m_map, &MapView::pinMoved, this, &AddressEditorDialog::pinMoved);
    connect(m_map, &MapView::pinFarFromGeocodeChanged, this, [this](bool far) {
        m_mapWarning->setText(far ? tr("⚠ The pin is far from where the address lies. Check that "
                                       "the address and the pin mark the same building.")
                                  : QString());
        m_mapWarning->setVisible(far);
    });

    return panel;
}

QWidget *AddressEditorDialog::buildButtons()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    // Own actions rather than QUndoStack's: their text would grow with each step's name.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &step) {
        undo->setToolTip(step.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo: %1 (Ctrl+Z)").arg(step));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &step) {
        redo->setToolTip(step.isEmpty() ? tr("Redo (Ctrl+Shift+Z)")
                                        : tr("Redo: %1 (Ctrl+Shift+Z)").arg(step));
    });
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    for (QAction *a : {undo, redo}) {
        auto *b = new QToolButton(row);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        h->addWidget(b);
    }
    h->addStretch(1);
    m_validateButton = deliberateButton(tr("&Validate"), QStringLiteral("validateButton"), row);
    m_validateButton->setToolTip(tr("Check the address with the backend (Ctrl+Return)"));
    m_saveButton = deliberateButton(tr("&Save"), QStringLiteral("saveButton"), row);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the address (Ctrl+S)"));
    m_cancelButton = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), row);
    h->addWidget(m_validateButton);
    h->addWidget(m_saveButton);
    h->addWidget(m_cancelButton);
    auto *validateKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(validateKey, &QShortcut::activated, this, &AddressEditorDialog::validate);
    connect(m_validateButton, &QPushButton::clicked, this, &AddressEditorDialog::validate);
    connect(m_saveButton, &QPushButton::clicked, this, &AddressEditorDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &AddressEditorDialog::reject);
    return row;
}

void AddressEditorDialog::load()
{
    AddressDraft draft;
    draft.civic.country = QStringLiteral("US");
    if (!isNewAddress()) {
        m_stored = m_session->cache()->address(m_addressId);
        if (!m_stored) {
            showMessage(tr("This address is not in the offline copy any more; it may have been "
                           "deleted. Nothing here can be saved."),
                        true);
            m_readOnly = true;
        } else {
            draft = AddressDraft::fromAddress(*m_stored);
            m_etag = m_stored->etag.toUtf8();
        }
    }
    // An edit still waiting in the outbox is the newest version: start from it.
    if (m_stored && m_session->outbox()) {
        const QList<OutboxEntry> entries = m_session->outbox()->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->kind != OutboxKind::AddressUpdate || it->target != m_addressId || !it->isOpen())
                continue;
            const QJsonObject mine = it->mineJson();
            QList<FieldError> errors;
            if (auto civic = CivicAddress::fromJson(mine.value(QStringLiteral("civic")), errors)) {
                draft.civic = *civic;
                draft.companyName = mine.value(QStringLiteral("companyName")).toString();
                draft.locationNote = mine.value(QStringLiteral("locationNote")).toString();
                showMessage(tr("An earlier edit of this address has not reached the backend yet; "
                               "it is shown here."),
                            false);
            }
            break;
        }
    }
    m_form->setDraft(draft);
    m_pin = draft.pinOverride;
    if (m_stored && m_stored->geocode)
        m_map->setGeocode(m_stored->geocode->coordinate, m_stored->geocode->precision);
    if (m_stored && m_stored->validationStatus != AddressValidationStatus::Unvalidated &&
        m_stored->normalized) {
        AddressValidationReply stored;
        stored.valid = m_stored->validationStatus == AddressValidationStatus::Valid;
        stored.normalized = *m_stored->normalized;
        stored.problems = m_stored->problems;
        stored.warnings = m_stored->warnings;
        stored.geocode = m_stored->geocode;
        m_reply = stored;
        m_replyTyped = m_stored->civic;
        formChanged();
    }
    m_undo->clear();
    m_undo->setClean();
}

AddressDraft AddressEditorDialog::draft() const
{
    AddressDraft d = m_form->draft();
    d.pinOverride = m_pin;
    return d;
}

bool AddressEditorDialog::isDirty() const
{
    return !m_undo->isClean();
}

void AddressEditorDialog::updateTitle()
{
    const QString base = isNewAddress() ? tr("New emergency address")
                         : m_readOnly   ? tr("Emergency address")
                                        : tr("Edit emergency address");
    setWindowTitle(isDirty() ? QString(base + QStringLiteral(" *")) : base);
}

void AddressEditorDialog::showMessage(const QString &text, bool error)
{
    m_status->setText(error ? QString(QStringLiteral("✖ ") + text) : text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void AddressEditorDialog::pasteAddress()
{
    const PastedAddress parsed = AddressPasteParser::parse(m_paste->text());
    if (parsed.isEmpty()) {
        showMessage(tr("Paste an address into the box first."), true);
        return;
    }
    CivicAddress civic = parsed.civic;
    if (civic.country.isEmpty())
        civic.country = m_form->draft().civic.country;
    // A paste replaces the street address; the company stays unless the paste names one.
    m_form->replaceCivic(civic, tr("Paste an address"), parsed.companyName);
    m_paste->clear();
    showMessage(tr("The pasted address was split into the fields. Check them, then validate."),
                false);
    // The first field the paste got wrong, or else the first one it left empty.
    if (!m_form->focusFirstProblem())
        m_form->firstEmptyField()->setFocus();
}

void AddressEditorDialog::validate()
{
    m_form->setShowAllProblems(true);
    const QList<FieldError> problems = m_form->allProblems();
    const bool missing = std::any_of(problems.cbegin(), problems.cend(), [](const FieldError &e) {
        return e.code == QLatin1String("required");
    });
    if (missing) {
        m_form->focusFirstProblem();
        showMessage(tr("Fill in the fields marked ⚠ first."), true);
        return;
    }
    m_replyTyped = draft().tidied().civic;
    m_validateButton->setEnabled(false);
    showMessage(tr("Validating…"), false);
    m_validator->validate(m_replyTyped);
}

void AddressEditorDialog::validated(const AddressValidationClient::Outcome &outcome)
{
    m_validateButton->setEnabled(true);
    if (const auto *error = std::get_if<ApiError>(&outcome)) {
        showMessage(tr("The address could not be validated: %1 %2 You can still save it; the "
                       "backend validates it when the change arrives.")
                        .arg(error->message, error->advice),
                    true);
        return;
    }
    m_reply = std::get<AddressValidationReply>(outcome);
    showMessage(QString(), false);
    if (m_reply->geocode)
        m_map->setGeocode(m_reply->geocode->coordinate, m_reply->geocode->precision);
    formChanged();
}

void AddressEditorDialog::useNormalized()
{
    if (!m_reply || m_readOnly)
        return;
    m_form->replaceCivic(m_reply->normalized, tr("Use the corrected address"));
    showMessage(tr("The corrected address is in the fields. Save to keep it."), false);
}

void AddressEditorDialog::formChanged()
{
    // E911 registration needs a US civic address (DC and the territories count as US).
    const bool canada = m_form->draft().civic.country == QLatin1String("CA");
    m_e911Rule->setText(canada ? tr("Canadian addresses can be validated and kept for the record, "
                                    "but no number can be registered with 911 at one.")
                               : tr("Only a validated address can carry E911. Validate the "
                                    "address before numbers are registered with 911 here."));
    if (m_reply) {
        const CivicAddress now = draft().tidied().civic;
        if (now == m_replyTyped)
            m_diff->showReply(m_replyTyped, *m_reply);
        else if (now == m_reply->normalized)
            m_diff->showReply(m_reply->normalized, *m_reply);
        else
            m_diff->setOutdated(true);
    }
    updateTitle();
}

void AddressEditorDialog::pinMoved(const QGeoCoordinate &pin)
{
    if (m_readOnly)
        return;
    auto apply = [this](const QVariant &v) { showPin(v.value<QGeoCoordinate>()); };
    m_undo->push(new ValueEditCommand(tr("Move the pin"), pinMergeId, QVariant::fromValue(m_pin),
                                      QVariant::fromValue(pin), apply));
}

void AddressEditorDialog::showPin(const QGeoCoordinate &pin)
{
    m_pin = pin;
    if (m_map->pin() != pin)
        m_map->setPin(pin);
    updateTitle();
}

bool AddressEditorDialog::save()
{
    if (m_readOnly)
        return false;
    m_form->setShowAllProblems(true);
    if (!m_form->allProblems().isEmpty()) {
        m_form->focusFirstProblem();
        showMessage(tr("Fix the fields marked ⚠ before saving."), true);
        return false;
    }
    const AddressDraft d = draft().tidied();
    const QJsonObject body = d.toRequestBody();
    const OutboxRequest request =
        isNewAddress() ? outbox::addressCreate(m_tenantId, body)
                       : outbox::addressUpdate(m_tenantId, m_addressId, m_etag, body);
    QString error;
    const auto id = m_session->outbox()->enqueue(request, &error);
    if (!id) {
        showMessage(tr("The change could not be written to the outbox, so nothing was saved: "
                       "%1")
                        .arg(error),
                    true);
        return false;
    }
    m_savedEntry = *id;
    m_undo->setClean();
    emit saved(*id);
    m_closing = true;
    accept();
    return true;
}

void AddressEditorDialog::reject()
{
    if (isDirty() && !m_closing && !m_readOnly) {
        askAboutUnsavedChanges();
        return;
    }
    QDialog::reject();
}

void AddressEditorDialog::askAboutUnsavedChanges()
{
    if (m_unsavedPrompt)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"), tr("Save the changes to this address?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box->setInformativeText(tr("If you discard them, the address stays as it was."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_unsavedPrompt = box;
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        m_unsavedPrompt.clear(); // answered; the box deletes itself later
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            save();
        } else if (answer == QMessageBox::Discard) {
            m_closing = true;
            QDialog::reject();
        }
    });
    box->open();
}
