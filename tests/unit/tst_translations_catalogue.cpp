#include "tst_translations_catalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

QString TsMessage::key() const
{
    return QString(context + u'\x1f' + source + u'\x1f' + comment);
}

namespace {
// Reads one <message> element; the reader stands on its start tag.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            m.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            m.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            m.unfinished =
                type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1;
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        m.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment
        }
    }
    return m;
}
} // namespace

TsCatalogue TsCatalogue::read(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == "TS"_L1) {
        catalogue.language = xml.attributes().value("language"_L1).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != "context"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == "name"_L1)
                    context = xml.readElementText();
                else if (xml.name() == "message"_L1)
                    catalogue.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QSet<QString> TsCatalogue::keys() const
{
    QSet<QString> keys;
    for (const TsMessage &m : messages)
        keys.insert(m.key());
    return keys;
}

namespace tscheck {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:L?\\d{1,2}|L?n)"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(const QString &text)
{
    // "&&" is a literal ampersand; "&amp;"-style entities in rich text are not accelerators.
    static const QRegularExpression notAccelerators(u"&&|&#?\\w+;|&(?=\\s)"_s);
    return int(QString(text).remove(notAccelerators).count(u'&'));
}

QStringList problems(const TsCatalogue &updated, const QSet<QString> &before)
{
    QStringList out;
    for (const TsMessage &m : updated.messages) {
        const QString where = QString(u"[" + m.context + u"] “" + m.source + u"”");
        if (!before.contains(m.key())) {
            out.append(QString(where + u": missing (new in the sources; run update_translations)"));
            continue;
        }
        if (m.unfinished) {
            out.append(QString(where + u": unfinished"));
            continue;
        }
        if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(),
                                             [](const QString &f) { return f.isEmpty(); })) {
            out.append(QString(where + (m.numerus ? u": a plural form is empty" : u": empty")));
            continue;
        }
        const QStringList wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            const QStringList have = placeholders(form);
            QStringList expected = wanted;
            // A plural form may spell the count out ("un número"); it keeps every other one.
            if (m.numerus && !have.contains(u"%n"_s) && !have.contains(u"%Ln"_s)) {
                expected.removeAll(u"%n"_s);
                expected.removeAll(u"%Ln"_s);
            }
            if (have != expected)
                out.append(QString(where + u": placeholders " + have.join(u' ') + u" in “" + form +
                                   u"”, the source has " + wanted.join(u' ')));
            if (accelerators(form) != accelerators(m.source))
                out.append(QString(where + u": accelerator (&) count differs in “" + form + u"”"));
        }
    }
    return out;
}

} // namespace tscheck
