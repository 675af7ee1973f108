// Puts the effective settings into effect for the whole process: the proxy at once (and again
// whenever it changes), the language at start-up (widgets already built keep their words, so a
// new language applies from the next start).
#pragma once

#include <QList>
#include <QObject>

class EffectiveSettings;
class QTranslator;

class SettingsApplier : public QObject
{
    Q_OBJECT
public:
    // Call after the QCoreApplication exists and before any window is built.
    explicit SettingsApplier(EffectiveSettings *settings, QObject *parent = nullptr);
    ~SettingsApplier() override;

    // The language in use since start-up ("" for the system's).
    QString startupLanguage() const { return m_startupLanguage; }

private:
    void applyProxy();
    void applyLanguage();

    EffectiveSettings *m_settings;
    QString m_startupLanguage;
    QList<QTranslator *> m_translators;
};
