#include "ValidationDiffView.h"

#include "address/AddressFields.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { MarkColumn, FieldColumn, TypedColumn, NormalizedColumn, ColumnCount };

QString listed(const QList<FieldError> &items, const QString &mark, QStringView country)
{
    QStringList lines;
    for (const FieldError &e : items) {
        const QString field = AddressFields::fromProblemPath(e.field);
        const bool wholeAddress = field == QLatin1String("civic") || field.isEmpty();
        const QString where =
            wholeAddress ? QString() : AddressFields::label(field, country) + QStringLiteral(": ");
        lines.append(mark + QLatin1Char(' ') + where + e.detail.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}
} // namespace

ValidationDiffView::ValidationDiffView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_notes(new QLabel(this))
    , m_use(new QPushButton(tr("&Use the corrected address"), this))
{
    setObjectName(QStringLiteral("validationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict->setObjectName(QStringLiteral("validationVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    m_table->setObjectName(QStringLiteral("validationDiff"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setAccessibleName(tr("Typed and corrected address, field by field"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Field"), tr("You typed"), tr("Corrected (USPS style)")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(MarkColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TypedColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NormalizedColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_notes->setObjectName(QStringLiteral("validationNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    layout->addWidget(m_notes);

    m_use->setObjectName(QStringLiteral("useNormalizedButton"));
    m_use->setAccessibleName(tr("Use the corrected address"));
    m_use->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    layout->addLayout(buttons);
    connect(m_use, &QPushButton::clicked, this, &ValidationDiffView::useNormalizedRequested);
    clear();
}

void ValidationDiffView::clear()
{
    m_hasReply = false;
    m_outdated = false;
    m_changed = 0;
    m_table->setRowCount(0);
    m_verdict->setText(tr("Not validated yet. Press Validate to have the address checked and "
                          "written the way 911 systems expect it."));
    m_notes->clear();
    m_use->setEnabled(false);
    m_table->hide();
}

void ValidationDiffView::showReply(const CivicAddress &typed, const AddressValidationReply &reply)
{
    m_hasReply = true;
    m_outdated = false;
    const QList<AddressFieldChange> rows = compareAddressFields(typed, reply.normalized);
    m_table->setRowCount(int(rows.size()));
    m_changed = 0;
    const QString country =
        reply.normalized.country.isEmpty() ? typed.country : reply.normalized.country;
    for (int r = 0; r < rows.size(); ++r) {
        const AddressFieldChange &row = rows[r];
        auto *mark = new QTableWidgetItem(row.changed ? tr("≠ Changed") : tr("= Same"));
        auto *field = new QTableWidgetItem(AddressFields::label(row.field, country));
        auto *typedItem = new QTableWidgetItem(row.typed.isEmpty() ? tr("(empty)") : row.typed);
        auto *normalized =
            new QTableWidgetItem(row.normalized.isEmpty() ? tr("(empty)") : row.normalized);
        field->setData(Qt::UserRole, row.field);
        if (row.changed) {
            ++m_changed;
            QFont bold = normalized->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {mark, field, normalized})
                item->setFont(bold);
            // Highlight: a pale amber behind the words that already say "Changed".
            for (QTableWidgetItem *item : {mark, field, typedItem, normalized})
                item->setBackground(QColor(255, 236, 179));
            for (QTableWidgetItem *item : {mark, field, typedItem, normalized})
                item->setForeground(QColor(Qt::black));
        }
        m_table->setItem(r, MarkColumn, mark);
        m_table->setItem(r, FieldColumn, field);
        m_table->setItem(r, TypedColumn, typedItem);
        m_table->setItem(r, NormalizedColumn, normalized);
    }
    m_table->show();

    if (reply.valid)
        m_verdict->setText(
            m_changed == 0
                ? tr("✓ Valid. This address can carry E911.")
                : tr("✓ Valid once written the corrected way: %n field(s) differ. Use the "
                     "corrected address so 911 receives it as validated.",
                     nullptr, m_changed));
    else
        m_verdict->setText(tr("✖ Not valid. Fix the problems below; until it validates, no "
                              "number can be registered with 911 at this address."));
    QStringList notes;
    if (!reply.problems.isEmpty())
        notes.append(listed(reply.problems, QStringLiteral("✖"), country));
    if (!reply.warnings.isEmpty())
        notes.append(listed(reply.warnings, QStringLiteral("⚠"), country));
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_use->setEnabled(m_changed > 0);
}

void ValidationDiffView::setOutdated(bool outdated)
{
    if (!m_hasReply || outdated == m_outdated)
        return;
    m_outdated = outdated;
    if (outdated) {
        m_verdict->setText(tr("The address changed after it was validated: validate it again."));
        m_use->setEnabled(false);
    }
}
