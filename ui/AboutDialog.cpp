// The About box's text.
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Dispatchable"));
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(QStringLiteral("<h2>Dispatchable</h2><p>%1</p>").arg(versionText()), this);
    heading->setObjectName(QStringLiteral("aboutVersion"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(heading);

    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setAccessibleName(tr("About Dispatchable"));
    text->setOpenExternalLinks(true);
    text->setHtml(QString(
        QStringLiteral("<p>") +
        tr("Dispatchable registers Microsoft Teams phone numbers with 911 at their emergency "
           "addresses, and shows which numbers still rely on basic 911.") +
        QStringLiteral("</p><p><b>") +
        tr("Registering a number does not make emergency calling work everywhere. Read Help > "
           "Limitations of emergency calling (F1).") +
        QStringLiteral("</b></p><h3>") + tr("Third-party software and data") +
        QStringLiteral("</h3><ul><li>") +
        tr("Qt %1 — LGPL 3.0 (qt.io)").arg(QString::fromLatin1(qVersion())) +
        QStringLiteral("</li><li>") + tr("QtKeychain — BSD 3-Clause") +
        QStringLiteral("</li><li>") + tr("libphonenumber (Google) — Apache License 2.0") +
        QStringLiteral("</li><li>") +
        tr("Map tiles: © OpenStreetMap contributors, ODbL (openstreetmap.org/copyright)") +
        QStringLiteral("</li><li>") +
        tr("Postal code centroids (reference backend): GeoNames, CC BY 4.0") +
        QStringLiteral("</li></ul>")));
    layout->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 460);
}

QString AboutDialog::versionText()
{
    return tr("Version %1 (%2, %3)")
        .arg(QStringLiteral(DISPATCHABLE_VERSION), QSysInfo::prettyProductName(),
             QSysInfo::buildCpuArchitecture());
}
