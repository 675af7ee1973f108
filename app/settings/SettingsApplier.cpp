#include "settings/SettingsApplier.h"

#include "settings/EffectiveSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

SettingsApplier::SettingsApplier(EffectiveSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    applyProxy();
    applyLanguage();
    connect(m_settings, &EffectiveSettings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::Proxy)
            applyProxy();
    });
}

SettingsApplier::~SettingsApplier()
{
    for (QTranslator *translator : std::as_const(m_translators))
        QCoreApplication::removeTranslator(translator);
    qDeleteAll(m_translators);
}

void SettingsApplier::applyProxy()
{
    const ProxySetting proxy = m_settings->proxy();
    proxy.applyApplicationWide();
    qCInfo(lcSettings).noquote() << "proxy:" << m_settings->describe(SettingKey::Proxy).toString();
}

void SettingsApplier::applyLanguage()
{
    m_startupLanguage = m_settings->language();
    const QLocale locale =
        m_startupLanguage.isEmpty() ? QLocale::system() : QLocale(m_startupLanguage);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons), then ours from the resources qt_add_translations
    // makes (prefix /i18n). A language we have no catalogue for gets English, the source
    // language, through dispatchable_en: it holds the singular forms ("1 number").
    const QList<QPair<QString, QString>> catalogues{
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("dispatchable"), QStringLiteral(":/i18n")},
    };
    for (const auto &[name, directory] : catalogues) {
        auto *translator = new QTranslator;
        const bool ours = name == u"dispatchable";
        if (translator->load(locale, name, QStringLiteral("_"), directory) ||
            (ours &&
             translator->load(QLocale(QLocale::English), name, QStringLiteral("_"), directory))) {
            QCoreApplication::installTranslator(translator);
            m_translators.append(translator);
        } else {
            delete translator;
        }
    }
    qCInfo(lcSettings).noquote() << "language:" << locale.name();
}
