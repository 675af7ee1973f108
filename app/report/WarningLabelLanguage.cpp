#include "report/WarningLabelLanguage.h"

#include <QCoreApplication>

WarningLabelLanguage::WarningLabelLanguage(const QString &code)
{
    if (code != QLatin1StringView("en"))
        m_translator.loaded = m_translator.catalogue.load(QStringLiteral("dispatchable_") + code,
                                                          QStringLiteral(":/i18n"));
    QCoreApplication::installTranslator(&m_translator);
}

WarningLabelLanguage::~WarningLabelLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QString WarningLabelLanguage::displayName(const QString &code)
{
    // Each in its own language, so a reader finds theirs whatever the app's language is.
    if (code == QLatin1StringView("es"))
        return QStringLiteral("Español");
    if (code == QLatin1StringView("fr_CA"))
        return QStringLiteral("Français (Canada)");
    if (code == QLatin1StringView("en"))
        return QStringLiteral("English");
    return code;
}

QString WarningLabelLanguage::Translator::translate(const char *context, const char *sourceText,
                                                    const char *disambiguation, int n) const
{
    const QString translated = catalogue.translate(context, sourceText, disambiguation, n);
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}
