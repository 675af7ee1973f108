#include "AddressForm.h"

#include "ValueEditCommand.h"
#include "address/AddressFields.h"
#include "address/AddressFormCheck.h"
#include "address/CountryNames.h"
#include "address/RegionCatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString companyKey = QStringLiteral("companyName");
const QString noteKey = QStringLiteral("locationNote");
const QString stateKey = QStringLiteral("state");
const QString countryKey = QStringLiteral("country");

QLabel *errorLabel(const QString &key, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(key + QStringLiteral("Error"));
    l->setWordWrap(true);
    // The mark and the words carry the meaning; the colour is only a second cue.
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
}
} // namespace

AddressForm::AddressForm(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
{
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(left, companyKey, addLine(companyKey, 100));
    addRow(left, QStringLiteral("addNumber"), addLine(QStringLiteral("addNumber"), 0));
    addRow(left, QStringLiteral("addNumSuf"), addLine(QStringLiteral("addNumSuf"), 0));

    // Street: [direction] [name] [type] [direction], as it is read.
    auto *street = new QWidget(this);
    auto *streetRow = new QVBoxLayout(street);
    streetRow->setContentsMargins(0, 0, 0, 0);
    auto *streetParts = new QHBoxLayout;
    for (const char *key : {"stPreDir", "stName", "stPosTyp", "stPosDir"}) {
        QLineEdit *e = addLine(QString::fromLatin1(key), 0);
        streetParts->addWidget(e, qstrcmp(key, "stName") == 0 ? 4 : 1);
    }
    streetRow->addLayout(streetParts);
    for (const char *key : {"stPreDir", "stName", "stPosTyp", "stPosDir"})
        streetRow->addWidget(m_fields[m_index.value(QString::fromLatin1(key))].error);
    auto *streetLabel = new QLabel(tr("Street"), this);
    streetLabel->setBuddy(m_fields[m_index.value(QStringLiteral("stPreDir"))].edit);
    left->addRow(streetLabel, street);

    addRow(left, QStringLiteral("postalCommunity"), addLine(QStringLiteral("postalCommunity"), 0));
    auto *state = new QComboBox(this);
    state->setObjectName(QStringLiteral("stateCombo"));
    m_fields.append({stateKey, nullptr, state, nullptr, errorLabel(stateKey, this)});
    m_index.insert(stateKey, int(m_fields.size() - 1));
    addRow(left, stateKey, state);
    connect(state, &QComboBox::activated, this,
            [this, state](int) { userEdited(stateKey, state->currentData().toString()); });
    addRow(left, QStringLiteral("postalCode"), addLine(QStringLiteral("postalCode"), 0));
    auto *country = new QComboBox(this);
    country->setObjectName(QStringLiteral("countryCombo"));
    country->addItem(tr("United States"), QStringLiteral("US"));
    country->addItem(tr("Canada"), QStringLiteral("CA"));
    m_fields.append({countryKey, nullptr, country, nullptr, errorLabel(countryKey, this)});
    m_index.insert(countryKey, int(m_fields.size() - 1));
    addRow(left, countryKey, country);
    connect(country, &QComboBox::activated, this,
            [this, country](int) { userEdited(countryKey, country->currentData().toString()); });
    columns->addLayout(left, 3);

    // The dispatchable location (RAY BAUM's Act, 47 CFR 9.16(b)): where inside the building.
    auto *inside = new QGroupBox(tr("Inside the building"), this);
    inside->setObjectName(QStringLiteral("locationDetailGroup"));
    auto *right = new QFormLayout(inside);
    for (const char *key : {"building", "floor", "unit", "room"})
        addRow(right, QString::fromLatin1(key), addLine(QString::fromLatin1(key), 0));
    m_detailWarning = new QLabel(
        tr("⚠ No building, floor, suite or room. If the building has more than one floor or "
           "suite, add them: a 911 call must say where inside the building the caller is."),
        inside);
    m_detailWarning->setObjectName(QStringLiteral("locationDetailWarning"));
    m_detailWarning->setWordWrap(true);
    m_detailWarning->hide();
    right->addRow(m_detailWarning);
    addRow(right, noteKey, addLine(noteKey, 500));
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(inside);
    rightColumn->addStretch(1);
    columns->addLayout(rightColumn, 2);

    for (const Field &f : std::as_const(m_fields)) {
        QWidget *w = f.edit ? static_cast<QWidget *>(f.edit) : f.combo;
        w->installEventFilter(this);
    }
    // Reading order, left column first.
    QWidget *previous = nullptr;
    for (const char *key : {"companyName", "addNumber", "addNumSuf", "stPreDir", "stName",
                            "stPosTyp", "stPosDir", "postalCommunity", "state", "postalCode",
                            "country", "building", "floor", "unit", "room", "locationNote"}) {
        QWidget *w = fieldWidget(QString::fromLatin1(key));
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    AddressDraft blank;
    blank.civic.country = QStringLiteral("US");
    setDraft(blank);
}

QLineEdit *AddressForm::addLine(const QString &key, int maxLength)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(key + QStringLiteral("Edit"));
    const int limit = maxLength > 0 ? maxLength : CivicAddress::maxLength(key);
    if (limit > 0)
        e->setMaxLength(limit);
    m_fields.append({key, e, nullptr, nullptr, errorLabel(key, this)});
    m_index.insert(key, int(m_fields.size() - 1));
    connect(e, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { userEdited(key, text); });
    return e;
}

void AddressForm::addRow(QFormLayout *form, const QString &key, QWidget *widget)
{
    Field &f = m_fields[m_index.value(key)];
    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(widget);
    box->addWidget(f.error);
    f.label = new QLabel(this);
    f.label->setBuddy(widget);
    form->addRow(f.label, cell);
}

QWidget *AddressForm::fieldWidget(const QString &field) const
{
    const auto it = m_index.constFind(field);
    if (it == m_index.cend())
        return nullptr;
    const Field &f = m_fields[*it];
    return f.edit ? static_cast<QWidget *>(f.edit) : f.combo;
}

QString AddressForm::value(const QString &key) const
{
    if (key == companyKey)
        return m_draft.companyName;
    if (key == noteKey)
        return m_draft.locationNote;
    return m_draft.civic.value(key);
}

void AddressForm::storeValue(const QString &key, const QString &value)
{
    if (key == companyKey)
        m_draft.companyName = value;
    else if (key == noteKey)
        m_draft.locationNote = value;
    else
        m_draft.civic.setValue(key, value);
}

void AddressForm::setDraft(const AddressDraft &draft)
{
    m_draft = draft;
    m_touched.clear();
    m_applying = true;
    for (const Field &f : std::as_const(m_fields))
        applyValue(f.key, value(f.key));
    m_applying = false;
    relabel();
    refreshProblems();
}

void AddressForm::applyValue(const QString &key, const QString &value)
{
    storeValue(key, value);
    const Field &f = m_fields[m_index.value(key)];
    const bool wasApplying = m_applying;
    m_applying = true;
    if (f.edit && f.edit->text() != value)
        f.edit->setText(value);
    if (key == countryKey) {
        int i = f.combo->findData(value);
        if (i < 0 && !value.isEmpty()) {
            // A pasted country outside the list stays visible by name, with its problem under it.
            const QString name = CountryNames::nameOf(value);
            f.combo->addItem(name.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(name, value),
                             value);
            i = f.combo->count() - 1;
        }
        f.combo->setCurrentIndex(i);
        fillStates(value);
        relabel();
    } else if (key == stateKey) {
        selectState(value);
    }
    m_applying = wasApplying;
}

void AddressForm::fillStates(const QString &country)
{
    QComboBox *combo = m_fields[m_index.value(stateKey)].combo;
    combo->clear();
    for (const AddressRegion &r : RegionCatalog::regionsOf(country))
        combo->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.code), r.code);
    selectState(m_draft.civic.state);
}

void AddressForm::selectState(const QString &code)
{
    QComboBox *combo = m_fields[m_index.value(stateKey)].combo;
    int i = code.isEmpty() ? -1 : combo->findData(code);
    if (i < 0 && !code.isEmpty()) {
        // A pasted or stored code that is not in this country's list stays visible, with its
        // problem under it, rather than silently replaced.
        combo->addItem(tr("%1 (not in the list)").arg(code), code);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

int AddressForm::mergeIdOf(const QString &key) const
{
    return 1000 + m_index.value(key);
}

void AddressForm::userEdited(const QString &key, const QString &value)
{
    if (m_applying || m_readOnly)
        return;
    const QString before = this->value(key);
    if (before == value)
        return;
    m_touched.insert(key);
    const bool typed = m_fields[m_index.value(key)].edit != nullptr;
    const QString label = AddressFields::label(key, m_draft.civic.country);
    auto apply = [this, key](const QVariant &v) {
        applyValue(key, v.toString());
        refreshProblems();
        emit changed();
    };
    // The widget shows the new value already; redo() stores it (and changes nothing visible).
    m_undo->push(new ValueEditCommand(tr("Edit %1").arg(label), typed ? mergeIdOf(key) : -1, before,
                                      value, apply));
}

void AddressForm::replaceCivic(const CivicAddress &civic, const QString &undoText,
                               const QString &companyName)
{
    QList<QPair<QString, QString>> changes;
    // Country first: it decides the state list the state is looked up in.
    QStringList keys{countryKey};
    for (const QString &f : CivicAddress::fieldNames())
        if (f != countryKey)
            keys.append(f);
    for (const QString &key : std::as_const(keys))
        if (civic.value(key) != m_draft.civic.value(key))
            changes.append({key, civic.value(key)});
    if (!companyName.isEmpty() && companyName != m_draft.companyName)
        changes.append({companyKey, companyName});
    if (changes.isEmpty())
        return;
    m_undo->beginMacro(undoText);
    for (const auto &[key, after] : std::as_const(changes)) {
        const QString before = value(key);
        m_touched.insert(key);
        auto apply = [this, key](const QVariant &v) {
            if (m_index.contains(key))
                applyValue(key, v.toString());
            else
                storeValue(key, v.toString()); // a CLDXF field the form does not show
            refreshProblems();
            emit changed();
        };
        m_undo->push(new ValueEditCommand(undoText, -1, before, after, apply));
    }
    m_undo->endMacro();
}

void AddressForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Field &f : std::as_const(m_fields)) {
        if (f.edit)
            f.edit->setReadOnly(readOnly);
        else
            f.combo->setEnabled(!readOnly);
    }
}

void AddressForm::setShowAllProblems(bool show)
{
    m_showAll = show;
    refreshProblems();
}

QList<FieldError> AddressForm::allProblems() const
{
    return AddressFormCheck::check(m_draft.tidied().civic);
}

void AddressForm::refreshProblems()
{
    m_shown.clear();
    for (const FieldError &e : allProblems())
        if (m_showAll || e.code != QLatin1String("required") || m_touched.contains(e.field))
            m_shown.append(e);
    for (const Field &f : std::as_const(m_fields)) {
        const auto it = std::find_if(m_shown.cbegin(), m_shown.cend(),
                                     [&f](const FieldError &e) { return e.field == f.key; });
        QWidget *w = f.edit ? static_cast<QWidget *>(f.edit) : f.combo;
        if (it == m_shown.cend()) {
            f.error->clear();
            f.error->hide();
            w->setAccessibleDescription(QString());
            continue;
        }
        f.error->setText(QStringLiteral("⚠ ") + it->detail);
        f.error->show();
        w->setAccessibleDescription(it->detail);
    }
    const CivicAddress &c = m_draft.civic;
    const bool started = !c.addNumber.trimmed().isEmpty() || !c.stName.trimmed().isEmpty();
    const bool noDetail = c.building.trimmed().isEmpty() && c.floor.trimmed().isEmpty() &&
                          c.unit.trimmed().isEmpty() && c.room.trimmed().isEmpty();
    m_detailWarning->setVisible(started && noDetail);
}

void AddressForm::relabel()
{
    const QString country = m_draft.civic.country;
    for (Field &f : m_fields) {
        QWidget *w = f.edit ? static_cast<QWidget *>(f.edit) : f.combo;
        const QString name = f.key == companyKey ? tr("Company name")
                             : f.key == noteKey  ? tr("Location note")
                                                 : AddressFields::label(f.key, country);
        w->setAccessibleName(name);
        if (f.label)
            f.label->setText(name);
        if (f.edit && f.key.startsWith(QLatin1String("st")))
            f.edit->setPlaceholderText(name);
    }
    const bool canada = country == QLatin1String("CA");
    auto *postal = m_fields[m_index.value(QStringLiteral("postalCode"))].edit;
    postal->setPlaceholderText(canada ? QStringLiteral("M5V 2T6") : QStringLiteral("98052"));
    m_fields[m_index.value(stateKey)].combo->setPlaceholderText(
        canada ? tr("Choose a province or territory") : tr("Choose a state"));
    m_fields[m_index.value(noteKey)].edit->setPlaceholderText(
        tr("How to find the phone, e.g. \"north entrance, security desk\""));
}

bool AddressForm::focusFirstProblem()
{
    for (const QString &key : AddressFields::edited())
        for (const FieldError &e : std::as_const(m_shown))
            if (e.field == key) {
                fieldWidget(key)->setFocus(Qt::OtherFocusReason);
                return true;
            }
    return false;
}

QWidget *AddressForm::firstEmptyField() const
{
    for (const QString &key : AddressFormCheck::requiredFields())
        if (value(key).trimmed().isEmpty())
            return fieldWidget(key);
    return fieldWidget(companyKey);
}

bool AddressForm::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in a line edit would undo inside that field only; let the editor's undo stack
    // (the window's Undo and Redo shortcuts) have it instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
