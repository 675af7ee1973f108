#include "SettingsDialog.h"

#include "LockNote.h"
#include "settings/AppearanceSetting.h"
#include "settings/EffectiveSettings.h"
#include "settings/EmergencyAlertStyleSetting.h"
#include "settings/LanguageSetting.h"
#include "settings/TileUrlTemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString objectNameFor(const char *prefix, SettingKey key)
{
    return QString(QLatin1StringView(prefix) + SettingKeys::policyName(key));
}

QListWidget *readOnlyList(const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMaximumHeight(list->fontMetrics().height() * 6);
    return list;
}
} // namespace

SettingsDialog::SettingsDialog(EffectiveSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    // Problems that belong to no single field (an unreadable policy file, an unknown key).
    for (const SettingProblem &problem : m_settings->problems()) {
        if (!problem.key)
            layout->addWidget(new ProblemNote(problem.message, this));
    }
    layout->addWidget(buildConnectionPage());
    layout->addWidget(buildGeneralPage());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    loadValues();
    setTabOrder(m_allowedBackends, m_pinnedCertificates);
    setTabOrder(m_pinnedCertificates, m_language);
    setTabOrder(m_language, m_appearance);
    setTabOrder(m_appearance, m_tileUrl);
    setTabOrder(m_tileUrl, m_proxyMode);
    setTabOrder(m_proxyMode, m_proxyHost);
    setTabOrder(m_proxyHost, m_proxyPort);
    setTabOrder(m_proxyPort, buttons);
    // Focus starts in the first field the user may change.
    for (QWidget *field :
         {static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_appearance),
          static_cast<QWidget *>(m_tileUrl), static_cast<QWidget *>(m_proxyMode)}) {
        if (field->isEnabled()) {
            field->setFocus();
            break;
        }
    }
}

QWidget *SettingsDialog::buildConnectionPage()
{
    auto *group = new QGroupBox(tr("Backend connection"), this);
    auto *form = new QFormLayout(group);
    m_allowedBackends = readOnlyList(QStringLiteral("allowedBackendsList"), tr("Allowed backends"));
    form->addRow(tr("Allowed backends:"),
                 lockable(m_allowedBackends, SettingKey::AllowedBackendUrls));
    m_pinnedCertificates =
        readOnlyList(QStringLiteral("pinnedCertificatesList"), tr("Pinned certificates"));
    form->addRow(tr("Pinned certificates:"),
                 lockable(m_pinnedCertificates, SettingKey::PinnedCertificates));
    // Read-only lists stay enabled so they can be read and scrolled with the keyboard.
    m_allowedBackends->setEnabled(true);
    m_pinnedCertificates->setEnabled(true);

    m_kioskMode = new QLabel(group);
    m_kioskMode->setObjectName(QStringLiteral("kioskModeValue"));
    form->addRow(tr("Kiosk mode at start:"), lockable(m_kioskMode, SettingKey::KioskMode));
    m_kioskPin = new QLabel(group);
    m_kioskPin->setObjectName(QStringLiteral("kioskPinValue"));
    form->addRow(tr("PIN to leave kiosk mode:"), lockable(m_kioskPin, SettingKey::KioskPinHash));
    // Plain facts, not controls: keep them readable at full contrast; the lock note says who
    // decides them.
    m_kioskMode->setEnabled(true);
    m_kioskPin->setEnabled(true);
    return group;
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *group = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(group);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : LanguageSetting::supportedCodes())
        m_language->addItem(LanguageSetting::nativeName(code), code);
    auto *languageField = new QWidget(group);
    auto *languageLayout = new QVBoxLayout(languageField);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_language);
    auto *restartNote = new QLabel(tr("A new language applies the next time Dispatchable starts."));
    restartNote->setWordWrap(true);
    languageLayout->addWidget(restartNote);
    auto *languageLabel = new QLabel(tr("&Language:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, lockable(languageField, SettingKey::Language));

    m_appearance = new QComboBox(group);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->setAccessibleDescription(
        tr("Dispatchable's colours: the system's, light, dark or high contrast."));
    for (const QString &code : AppearanceSetting::supportedCodes())
        m_appearance->addItem(AppearanceSetting::displayName(code), code);
    auto *appearanceLabel = new QLabel(tr("&Appearance:"), group);
    appearanceLabel->setBuddy(m_appearance);
    form->addRow(appearanceLabel, lockable(m_appearance, SettingKey::Appearance));

    m_alertStyle = new QComboBox(group);
    m_alertStyle->setObjectName(QStringLiteral("alertStyleCombo"));
    m_alertStyle->setAccessibleName(tr("Emergency call alerts"));
    m_alertStyle->setAccessibleDescription(
        tr("How the alert for a live 911 call gets attention, besides coming to the front."));
    m_alertStyle->setToolTip(m_alertStyle->accessibleDescription());
    for (const QString &code : EmergencyAlertStyleSetting::supportedCodes())
        m_alertStyle->addItem(EmergencyAlertStyleSetting::displayName(code), code);
    auto *alertStyleLabel = new QLabel(tr("Emergency &call alerts:"), group);
    alertStyleLabel->setBuddy(m_alertStyle);
    form->addRow(alertStyleLabel, lockable(m_alertStyle, SettingKey::EmergencyAlertStyle));

    m_tileUrl = new QLineEdit(group);
    m_tileUrl->setObjectName(QStringLiteral("tileUrlEdit"));
    m_tileUrl->setAccessibleName(tr("Map tile server address"));
    m_tileUrl->setAccessibleDescription(
        tr("A web address with {z}, {x} and {y}. Leave it empty to show no map tiles."));
    m_tileUrl->setPlaceholderText(tr("Empty: no map tiles"));
    m_tileUrl->setToolTip(m_tileUrl->accessibleDescription());
    auto *tileLabel = new QLabel(tr("&Map tiles:"), group);
    tileLabel->setBuddy(m_tileUrl);
    form->addRow(tileLabel, lockable(m_tileUrl, SettingKey::TileUrlTemplate));

    m_proxyMode = new QComboBox(group);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("Use the system's proxy settings"), int(ProxySetting::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySetting::Mode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxySetting::Mode::Http));
    m_proxyHost = new QLineEdit(group);
    m_proxyHost->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(group);
    m_proxyPort->setObjectName(QStringLiteral("proxyPortSpin"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    auto *proxyField = new QWidget(group);
    auto *proxyLayout = new QHBoxLayout(proxyField);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyHost, 1);
    proxyLayout->addWidget(new QLabel(tr("Port:"), proxyField));
    proxyLayout->addWidget(m_proxyPort);
    auto *proxyLabel = new QLabel(tr("&Proxy:"), group);
    proxyLabel->setBuddy(m_proxyMode);
    form->addRow(proxyLabel, lockable(proxyField, SettingKey::Proxy));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    return group;
}

QWidget *SettingsDialog::lockable(QWidget *field, SettingKey key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (m_settings->isLocked(key)) {
        field->setEnabled(false);
        auto *note = new LockNote(box);
        note->setObjectName(objectNameFor("lock", key));
        layout->addWidget(note);
        // Screen readers hear why the field cannot be changed.
        QList<QWidget *> described = field->findChildren<QWidget *>();
        described.append(field);
        for (QWidget *child : std::as_const(described))
            child->setAccessibleDescription(note->accessibleName());
    }
    for (const SettingProblem &problem : m_settings->problemsWith(key)) {
        auto *note = new ProblemNote(problem.message, box);
        note->setObjectName(objectNameFor("problem", key));
        layout->addWidget(note);
    }
    return box;
}

void SettingsDialog::loadValues()
{
    const AllowedBackendUrls allowed = m_settings->allowedBackendUrls();
    m_allowedBackends->clear();
    if (!allowed.isRestricted())
        m_allowedBackends->addItem(tr("Any https:// backend"));
    else if (allowed.entries().isEmpty())
        m_allowedBackends->addItem(tr("None: no backend may be used"));
    else
        m_allowedBackends->addItems(allowed.entryTexts());

    const PinnedCertificates pins = m_settings->pinnedCertificates();
    m_pinnedCertificates->clear();
    if (!pins.isManaged())
        m_pinnedCertificates->addItem(tr("The certificates you trust for each connection"));
    else if (pins.entries().isEmpty())
        m_pinnedCertificates->addItem(tr("None: only certificates the system trusts"));
    for (const PinnedCertificates::Entry &entry : pins.entries()) {
        // 32 pairs do not fit a line: two rows of 16, as certificate viewers show them.
        const QString &print = entry.fingerprint;
        const bool defaultPort =
            entry.server.port() == (entry.server.scheme() == u"http" ? 80 : 443);
        const QString server = entry.server.toString(defaultPort ? QUrl::RemovePort : QUrl::None);
        m_pinnedCertificates->addItem(
            QStringLiteral("%1\nSHA-256: %2\n%3").arg(server, print.left(47), print.mid(48)));
    }

    m_kioskMode->setText(m_settings->kioskMode() ? tr("On") : tr("Off"));
    m_kioskPin->setText(m_settings->kioskPinHash().isEmpty() ? tr("Not set") : tr("Set"));

    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(m_settings->appearance())));
    m_alertStyle->setCurrentIndex(
        qMax(0, m_alertStyle->findData(m_settings->emergencyAlertStyle())));
    m_tileUrl->setText(m_settings->tileUrlTemplate());

    const ProxySetting proxy = m_settings->proxy();
    if (proxy.mode == ProxySetting::Mode::Blocked) {
        m_proxyMode->addItem(tr("Blocked: the organisation's proxy setting is not valid"),
                             int(ProxySetting::Mode::Blocked));
    }
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(int(proxy.mode))));
    if (proxy.mode == ProxySetting::Mode::Http) {
        m_proxyHost->setText(proxy.host);
        m_proxyPort->setValue(proxy.port);
    }
    updateProxyFields();
}

void SettingsDialog::updateProxyFields()
{
    const bool http = m_proxyMode->currentData().toInt() == int(ProxySetting::Mode::Http);
    const bool editable = !m_settings->isLocked(SettingKey::Proxy);
    m_proxyHost->setEnabled(http && editable);
    m_proxyPort->setEnabled(http && editable);
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool SettingsDialog::save()
{
    QString error;
    QWidget *culprit = nullptr;
    if (!m_settings->isLocked(SettingKey::Language) &&
        !m_settings->setLanguage(m_language->currentData().toString(), &error))
        culprit = m_language;
    if (!culprit && !m_settings->isLocked(SettingKey::Appearance) &&
        !m_settings->setAppearance(m_appearance->currentData().toString(), &error))
        culprit = m_appearance;
    if (!culprit && !m_settings->isLocked(SettingKey::EmergencyAlertStyle) &&
        !m_settings->setEmergencyAlertStyle(m_alertStyle->currentData().toString(), &error))
        culprit = m_alertStyle;
    if (!culprit && !m_settings->isLocked(SettingKey::TileUrlTemplate) &&
        !m_settings->setTileUrlTemplate(m_tileUrl->text(), &error))
        culprit = m_tileUrl;
    if (!culprit && !m_settings->isLocked(SettingKey::Proxy)) {
        ProxySetting proxy;
        proxy.mode = ProxySetting::Mode(m_proxyMode->currentData().toInt());
        if (proxy.mode == ProxySetting::Mode::Http) {
            proxy.host = m_proxyHost->text().trimmed();
            proxy.port = quint16(m_proxyPort->value());
            if (proxy.host.isEmpty())
                error = tr("Enter the proxy's host name, or choose another proxy setting.");
        }
        if (!error.isEmpty() || !m_settings->setProxy(proxy, &error))
            culprit = m_proxyHost->isEnabled() ? static_cast<QWidget *>(m_proxyHost) : m_proxyMode;
    }
    if (!culprit)
        return true;
    m_error->setText(error);
    m_error->setVisible(true);
    m_error->setAccessibleName(error);
    culprit->setFocus();
    return false;
}
