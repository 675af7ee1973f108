#include "WarningLabelDialog.h"

#include "report/WarningLabelLanguage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The preview draws one label at twice its printed size on screen.
constexpr qreal previewDpi = 144;
constexpr qreal pointsPerMm = 72.0 / 25.4;
} // namespace

WarningLabelDialog::WarningLabelDialog(const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_tenantName(tenantName)
{
    setObjectName(QStringLiteral("warningLabelDialog"));
    setWindowTitle(tr("Print Warning Labels"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Put a label on every phone and device that can call 911 through "
                                "Teams: US rules (47 CFR 9.11) ask for a warning of the limits "
                                "of emergency calling on the equipment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setAccessibleName(tr("Label sheet"));
    for (const WarningLabelSheet &sheet : warninglabelsheets::all())
        m_sheetCombo->addItem(sheet.name, sheet.id);
    // A4 outside the US and Canada: start with the sheet the user's paper most likely fits.
    if (QLocale().measurementSystem() == QLocale::MetricSystem &&
        QLocale().territory() != QLocale::Canada)
        m_sheetCombo->setCurrentIndex(1);
    form->addRow(tr("&Label sheet:"), m_sheetCombo);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language of the labels"));
    for (const QString &code : WarningLabelLanguage::codes())
        m_languageCombo->addItem(WarningLabelLanguage::displayName(code), code);
    form->addRow(tr("Lan&guage:"), m_languageCombo);

    m_fullSheetRadio = new QRadioButton(tr("A &full sheet"), this);
    m_fullSheetRadio->setObjectName(QStringLiteral("fullSheetRadio"));
    m_fullSheetRadio->setChecked(true);
    m_countRadio = new QRadioButton(tr("&This many:"), this);
    m_countRadio->setObjectName(QStringLiteral("countRadio"));
    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setAccessibleName(tr("Number of labels"));
    m_countSpin->setRange(1, 1000);
    m_countSpin->setValue(10);
    m_countSpin->setEnabled(false);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fullSheetRadio);
    group->addButton(m_countRadio);
    auto *copies = new QHBoxLayout;
    copies->addWidget(m_fullSheetRadio);
    copies->addWidget(m_countRadio);
    copies->addWidget(m_countSpin);
    copies->addStretch();
    form->addRow(tr("Labels:"), copies);

    m_skipSpin = new QSpinBox(this);
    m_skipSpin->setObjectName(QStringLiteral("skipSpin"));
    m_skipSpin->setAccessibleName(tr("Positions already used on the sheet"));
    m_skipSpin->setAccessibleDescription(
        tr("Printing starts after this many labels, counted from the top left, row by row."));
    m_skipSpin->setSpecialValueText(tr("None: a fresh sheet"));
    form->addRow(tr("Already &used:"), m_skipSpin);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAccessibleName(tr("Preview of one label"));
    m_preview->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_preview);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the labels as a PDF; print it at actual size (Ctrl+S)"));
    connect(m_saveButton, &QPushButton::clicked, this, &WarningLabelDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this,
            &WarningLabelDialog::updatePreview);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            &WarningLabelDialog::updatePreview);
    connect(m_countRadio, &QRadioButton::toggled, m_countSpin, &QSpinBox::setEnabled);
    setTabOrder(m_sheetCombo, m_languageCombo);
    setTabOrder(m_languageCombo, m_fullSheetRadio);
    setTabOrder(m_fullSheetRadio, m_countRadio);
    setTabOrder(m_countRadio, m_countSpin);
    setTabOrder(m_countSpin, m_skipSpin);
    setTabOrder(m_skipSpin, m_saveButton);
    updatePreview();
    m_sheetCombo->setFocus();
}

WarningLabelJob WarningLabelDialog::job() const
{
    WarningLabelJob job;
    job.sheet = *warninglabelsheets::byId(m_sheetCombo->currentData().toString());
    job.count = m_countRadio->isChecked() ? m_countSpin->value() : 0;
    job.skip = std::min(m_skipSpin->value(), job.sheet.labelsPerSheet() - 1);
    const WarningLabelLanguage language(m_languageCombo->currentData().toString());
    job.text = warninglabeltext::current(m_tenantName);
    return job;
}

bool WarningLabelDialog::saveTo(const QString &path, QString *error) const
{
    return warninglabelpdf::write(job(), path, error);
}

void WarningLabelDialog::updatePreview()
{
    const WarningLabelJob current = job();
    m_skipSpin->setRange(0, current.sheet.labelsPerSheet() - 1);
    const QSizeF labelPt = current.sheet.labelMm * pointsPerMm;
    const qreal scale = previewDpi / 72;
    QImage image((labelPt * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(previewDpi / 0.0254));
    image.setDotsPerMeterY(qRound(previewDpi / 0.0254));
    image.fill(Qt::white);
    const WarningLabelLayout layout = WarningLabelLayout::fit(current.text, labelPt, &image);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The die-cut edge, for the preview only: the PDF prints no outline.
    painter.setPen(QPen(Qt::gray, 1, Qt::DashLine));
    painter.drawRoundedRect(QRectF(image.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    if (layout.fits())
        layout.draw(&painter, QPointF(0, 0));
    painter.end();
    m_preview->setPixmap(QPixmap::fromImage(image));

    QString note;
    const QString code = m_languageCombo->currentData().toString();
    if (code != QLatin1StringView("en") && !WarningLabelLanguage(code).catalogueLoaded())
        note = tr("The translation into %1 is not installed yet: the labels will be in English. ")
                   .arg(m_languageCombo->currentText());
    note += layout.fits() ? tr("Text at %1 pt, small print at %2 pt. Print at actual size "
                               "(100%), not “fit to page”.")
                                .arg(QLocale().toString(layout.pointSize(), 'f', 1),
                                     QLocale().toString(layout.smallestPointSize(), 'f', 1))
                          : tr("The text does not fit this label at a legible size.");
    m_previewNote->setText(note);
    m_saveButton->setEnabled(layout.fits());
}

void WarningLabelDialog::save()
{
    const WarningLabelJob current = job();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("warning-labels-%1-%2.pdf")
                          .arg(current.sheet.id, m_languageCombo->currentData().toString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Warning Labels"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save Warning Labels"),
                             tr("The labels could not be saved: %1").arg(error));
        return;
    }
    accept();
}
