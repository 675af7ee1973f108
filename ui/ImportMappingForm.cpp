// A grid of "target: column" choices, in the order an address is written.
#include "ImportMappingForm.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace {
struct Target
{
    const char *name;
    const char *label;
};
// The address fields an import can fill, in reading order; the rest of CLDXF stays empty.
constexpr Target targets[] = {
    {"number", QT_TRANSLATE_NOOP("ImportMappingForm", "&Number")},
    {"enable", QT_TRANSLATE_NOOP("ImportMappingForm", "Register with &911")},
    {"addNumber", QT_TRANSLATE_NOOP("ImportMappingForm", "House number")},
    {"addNumSuf", QT_TRANSLATE_NOOP("ImportMappingForm", "House number suffix")},
    {"stPreDir", QT_TRANSLATE_NOOP("ImportMappingForm", "Prefix direction")},
    {"stName", QT_TRANSLATE_NOOP("ImportMappingForm", "Street name")},
    {"stPosTyp", QT_TRANSLATE_NOOP("ImportMappingForm", "Street type")},
    {"stPosDir", QT_TRANSLATE_NOOP("ImportMappingForm", "Post direction")},
    {"building", QT_TRANSLATE_NOOP("ImportMappingForm", "Building")},
    {"floor", QT_TRANSLATE_NOOP("ImportMappingForm", "Floor")},
    {"unit", QT_TRANSLATE_NOOP("ImportMappingForm", "Unit / suite")},
    {"room", QT_TRANSLATE_NOOP("ImportMappingForm", "Room")},
    {"postalCommunity", QT_TRANSLATE_NOOP("ImportMappingForm", "City")},
    {"state", QT_TRANSLATE_NOOP("ImportMappingForm", "State")},
    {"postalCode", QT_TRANSLATE_NOOP("ImportMappingForm", "ZIP code")},
    {"country", QT_TRANSLATE_NOOP("ImportMappingForm", "Country")},
};
constexpr int columnsOfTargets = 4; // label + combo pairs per grid row
} // namespace

ImportMappingForm::ImportMappingForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importMapping"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int position = 0;
    for (const Target &t : targets)
        addTarget(QString::fromLatin1(t.name), tr(t.label), position++);
    for (int c = 0; c < columnsOfTargets; ++c)
        grid->setColumnStretch(2 * c + 1, 1);
}

QComboBox *ImportMappingForm::addTarget(const QString &target, const QString &label, int position)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString(QStringLiteral("map_") + target));
    combo->setAccessibleName(tr("Column for %1").arg(QString(label).remove(QLatin1Char('&'))));
    auto *caption = new QLabel(label, this);
    caption->setBuddy(combo);
    const int row = position / columnsOfTargets;
    const int column = 2 * (position % columnsOfTargets);
    grid->addWidget(caption, row, column);
    grid->addWidget(combo, row, column + 1);
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingForm::mappingChanged);
    m_targets.append({target, combo});
    return combo;
}

void ImportMappingForm::setColumns(const QStringList &columns,
                                   const csvimport::ColumnMapping &guess)
{
    for (const auto &[target, combo] : std::as_const(m_targets)) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < columns.size(); ++i)
            combo->addItem(columns.at(i), i);
        int chosen = -1;
        if (target == QLatin1StringView("number"))
            chosen = guess.number;
        else if (target == QLatin1StringView("enable"))
            chosen = guess.enable;
        else
            chosen = guess.civic.value(target, -1);
        combo->setCurrentIndex(chosen + 1);
    }
    emit mappingChanged();
}

csvimport::ColumnMapping ImportMappingForm::mapping() const
{
    csvimport::ColumnMapping mapping;
    for (const auto &[target, combo] : m_targets) {
        const int column = combo->currentData().toInt();
        if (target == QLatin1StringView("number"))
            mapping.number = column;
        else if (target == QLatin1StringView("enable"))
            mapping.enable = column;
        else if (column >= 0)
            mapping.civic.insert(target, column);
    }
    return mapping;
}

QComboBox *ImportMappingForm::comboFor(const QString &target) const
{
    for (const auto &[name, combo] : m_targets)
        if (name == target)
            return combo;
    return nullptr;
}
