// Which CSV column holds what: one combo box per target (the number, whether to register, and
// each address field), filled with the file's column names and preset from a guess. Changing a
// choice emits mappingChanged, so the preview follows at once.
#pragma once

#include "import/NumberCsvImport.h"

#include <QWidget>

class QComboBox;

class ImportMappingForm : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingForm(QWidget *parent = nullptr);

    // `columns`: the header's names, or "Column 1"… for a file without one.
    void setColumns(const QStringList &columns, const csvimport::ColumnMapping &guess);
    csvimport::ColumnMapping mapping() const;
    QComboBox *comboFor(const QString &target) const; // "number", "enable" or a CLDXF name

signals:
    void mappingChanged();

private:
    QComboBox *addTarget(const QString &target, const QString &label, int position);

    QList<QPair<QString, QComboBox *>> m_targets;
};
