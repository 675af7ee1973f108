// File > Print Warning Labels…: 47 CFR 9.11 warning labels as a PDF for a sheet of die-cut labels.
// The user picks the sheet, the labels' language, a full sheet or a number of labels (and the
// positions already used on a part-used sheet), sees one label as it will print, and saves it.
#pragma once

#include "report/WarningLabelPdf.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

class WarningLabelDialog : public QDialog
{
    Q_OBJECT
public:
    // `tenantName` goes into the small print; empty leaves it out.
    explicit WarningLabelDialog(const QString &tenantName, QWidget *parent = nullptr);

    // The labels as chosen, in the chosen language.
    WarningLabelJob job() const;
    // Writes the PDF (what Save PDF… does after asking where). False with *error in words.
    bool saveTo(const QString &path, QString *error) const;

private:
    void updatePreview();
    void save();

    QString m_tenantName;
    QComboBox *m_sheetCombo;
    QComboBox *m_languageCombo;
    QRadioButton *m_fullSheetRadio;
    QRadioButton *m_countRadio;
    QSpinBox *m_countSpin;
    QSpinBox *m_skipSpin;
    QLabel *m_preview;
    QLabel *m_previewNote;
    QPushButton *m_saveButton;
};
