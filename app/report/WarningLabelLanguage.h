// The language warning labels are printed in, which need not be the app's: an admin in Texas
// prints Spanish labels from an English app. While a WarningLabelLanguage lives, translations
// come from its catalogue (":/i18n/dispatchable_<code>.qm", made by qt_add_translations) and any
// string missing there stays English — never the app's own language.
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

class WarningLabelLanguage
{
public:
    // `code`: "en", "es", "fr_CA". English needs no catalogue.
    explicit WarningLabelLanguage(const QString &code);
    ~WarningLabelLanguage();
    WarningLabelLanguage(const WarningLabelLanguage &) = delete;
    WarningLabelLanguage &operator=(const WarningLabelLanguage &) = delete;

    // False when a catalogue was asked for but not found: the labels come out in English.
    bool catalogueLoaded() const { return m_translator.loaded; }

    static QStringList codes()
    {
        return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr_CA")};
    }
    static QString displayName(const QString &code);

private:
    // Asks the catalogue first and falls back to the source text, so the app's own translator
    // (installed earlier, asked later) never answers.
    class Translator : public QTranslator
    {
    public:
        QString translate(const char *context, const char *sourceText,
                          const char *disambiguation = nullptr, int n = -1) const override;
        bool isEmpty() const override { return false; }
        QTranslator catalogue;
        bool loaded = false;
    };
    Translator m_translator;
};
