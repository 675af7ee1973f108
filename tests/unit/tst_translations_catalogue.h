// What is wrong with one .ts catalogue, in words a translator can act on: messages new in the
// sources, unfinished or empty translations, plural messages lacking a form, and translations
// whose placeholders (%1, %n, %Ln) or accelerators (&) differ from the source's.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the message's identity
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one translation, or one per plural form

    QString key() const;
};

struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;
    QString error; // why the file could not be read; empty when it was

    static TsCatalogue read(const QString &path);
    QSet<QString> keys() const;
};

namespace tscheck {
// One line per problem. `before` is the catalogue as committed: a message that lupdate added
// since (not in `before`) is reported as missing rather than unfinished.
QStringList problems(const TsCatalogue &updated, const QSet<QString> &before);
// The placeholders of a text, sorted and without duplicates ("%1", "%Ln", "%n").
QStringList placeholders(const QString &text);
// How many keyboard accelerators (&x, not && or "& ") a text has.
int accelerators(const QString &text);
} // namespace tscheck
