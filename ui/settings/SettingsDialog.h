// Settings (Ctrl+,): the backends this app may use (read only), language, appearance, how
// emergency call alerts get attention, map tile server and proxy. A value the organisation manages
// is shown disabled, with a padlock and "Set by your organisation"; a managed value that is invalid
// is reported under its field.
#pragma once

#include "settings/SettingKey.h"

#include <QDialog>
#include <QHash>

class EffectiveSettings;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QVBoxLayout;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` is not owned and must outlive the dialog.
    explicit SettingsDialog(EffectiveSettings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *buildConnectionPage();
    QWidget *buildGeneralPage();
    // `field` under its lock note and problem lines; disabled when `key` is locked.
    QWidget *lockable(QWidget *field, SettingKey key);
    void loadValues();
    void updateProxyFields();
    // Writes the unlocked fields; false (with the reason shown) when one is refused.
    bool save();

    EffectiveSettings *m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QComboBox *m_alertStyle = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QListWidget *m_allowedBackends = nullptr;
    QListWidget *m_pinnedCertificates = nullptr;
    QLabel *m_kioskMode = nullptr;
    QLabel *m_kioskPin = nullptr;
    QLabel *m_error = nullptr;
};
