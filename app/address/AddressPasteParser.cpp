#include "address/AddressPasteParser.h"

#include "address/AddressFormCheck.h"
#include "address/CountryNames.h"
#include "address/RegionCatalog.h"
#include "address/StreetWords.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace streetwords;

namespace {
// A designator's value holds a digit or is a single letter ("Suite 200", "Apt B"), which tells
// "Unit 5" from a street called "Unit".
bool looksLikeValue(const QString &word)
{
    if (word.size() == 1 && word.front().isLetter())
        return true;
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// "3rd", "2nd", "1st", "4th" → "3"; anything else empty.
QString ordinalNumber(const QString &word)
{
    static const QRegularExpression ordinal(QStringLiteral("^([0-9]+)(ST|ND|RD|TH|E|ER|RE)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = ordinal.match(word);
    return m.hasMatch() ? m.captured(1) : QString();
}

class Parser
{
public:
    PastedAddress run(const QString &text)
    {
        QString cleaned = text;
        cleaned.replace(QRegularExpression(QStringLiteral("[\\r\\n;]+")), QStringLiteral(","));
        for (const QString &part : cleaned.split(QLatin1Char(','))) {
            const QString s = part.simplified();
            if (!s.isEmpty())
                m_segments.append(s);
        }
        if (m_segments.isEmpty())
            return {};
        takeCountry();
        if (foreign()) {
            takeForeignPostalCode();
        } else {
            takePostalCode();
            takeState();
        }
        if (m_out.civic.country.isEmpty())
            m_out.civic.country = RegionCatalog::countryOf(m_out.civic.state);
        if (m_segments.isEmpty())
            return m_out;

        const bool cityKnown = m_segments.size() >= 2;
        if (cityKnown)
            m_out.civic.postalCommunity = m_segments.takeLast();
        takeCompanyName();
        if (m_segments.isEmpty())
            return m_out;
        const QString street = m_segments.takeFirst();
        for (const QString &middle : std::as_const(m_segments))
            takeDetailSegment(middle);
        parseStreetLine(street.split(QLatin1Char(' ')), cityKnown);
        return m_out;
    }

private:
    QString &last() { return m_segments.last(); }
    void dropEmptyLast()
    {
        if (!m_segments.isEmpty() && m_segments.last().trimmed().isEmpty())
            m_segments.removeLast();
    }
    bool french() const { return m_out.civic.country != QLatin1String("US"); }
    bool foreign() const
    {
        return !m_out.civic.country.isEmpty() && m_out.civic.country != QLatin1String("US") &&
               m_out.civic.country != QLatin1String("CA");
    }
    void chopLast(qsizetype length)
    {
        last().chop(length);
        last() = last().trimmed();
        dropEmptyLast();
    }

    // "…, USA", "… Canada", "…, United States of America"; a trailing "US" or "CA" only after
    // a postal code, where it cannot be California.
    void takeCountry()
    {
        static const QRegularExpression named(
            QStringLiteral("(?:^|\\s)(U\\.?S\\.?A\\.?|UNITED STATES(?: OF AMERICA)?|CANADA)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression code(
            QStringLiteral("(?:[0-9]{5}(?:-?[0-9]{4})?|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])\\s*,?\\s*"
                           "(US|CA)$"),
            QRegularExpression::CaseInsensitiveOption);
        auto m = named.match(last());
        if (m.hasMatch()) {
            m_out.civic.country = m.captured(1).toUpper().startsWith(QLatin1Char('C'))
                                      ? QStringLiteral("CA")
                                      : QStringLiteral("US");
            last().chop(m.capturedLength(0));
            last() = last().trimmed();
            dropEmptyLast();
            return;
        }
        const QString joined = m_segments.join(QLatin1Char(','));
        m = code.match(joined);
        if (m.hasMatch()) {
            m_out.civic.country = m.captured(1).toUpper();
            last().chop(2);
            last() = last().trimmed();
            dropEmptyLast();
            return;
        }
        takeForeignCountry();
    }

    // "…, London SW1A 2AA, United Kingdom": a country of its own part after a street and a
    // city, kept so the address is refused for its country, not for a missing state. A state's
    // name is never a country here ("…, Atlanta, Georgia").
    void takeForeignCountry()
    {
        if (m_segments.size() < 3 || !RegionCatalog::codeFor(last()).isEmpty())
            return;
        const QString code = CountryNames::codeFor(last());
        if (code.isEmpty())
            return;
        m_out.civic.country = code;
        m_segments.removeLast();
    }

    // Outside the US and Canada: the trailing words with digits of the last part, as typed
    // ("London SW1A 2AA" → "SW1A 2AA"), so the rest of the part is the city.
    void takeForeignPostalCode()
    {
        if (m_segments.isEmpty())
            return;
        QStringList words = last().split(QLatin1Char(' '));
        QStringList code;
        while (!words.isEmpty() && code.size() < 2 &&
               std::any_of(words.last().cbegin(), words.last().cend(),
                           [](QChar c) { return c.isDigit(); }))
            code.prepend(words.takeLast());
        if (code.isEmpty() || (words.isEmpty() && m_segments.size() < 2))
            return; // the only part left is the street line
        m_out.civic.postalCode = code.join(QLatin1Char(' '));
        last() = words.join(QLatin1Char(' '));
        dropEmptyLast();
    }

    void takePostalCode()
    {
        if (m_segments.isEmpty())
            return;
        static const QRegularExpression canadian(
            QStringLiteral("(?:^|\\s)([A-Z][0-9][A-Z])[\\s-]?([0-9][A-Z][0-9])$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression zip(
            QStringLiteral("(?:^|\\s)([0-9]{5})(?:\\s?-\\s?([0-9]{4})|([0-9]{4}))?$"));
        auto m = canadian.match(last());
        if (m.hasMatch() && m_out.civic.country != QLatin1String("US")) {
            m_out.civic.postalCode =
                QString(m.captured(1).toUpper() + QLatin1Char(' ') + m.captured(2).toUpper());
            m_out.civic.country = QStringLiteral("CA");
        } else if (m = zip.match(last());
                   m.hasMatch() && m_out.civic.country != QLatin1String("CA")) {
            const QString plus4 = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
            m_out.civic.postalCode = AddressFormCheck::tidyPostalCode(
                plus4.isEmpty() ? m.captured(1) : QString(m.captured(1) + plus4), u"US");
            m_out.civic.country = QStringLiteral("US");
        } else {
            takeMalformedZip();
            return;
        }
        chopLast(m.capturedLength(0));
    }

    // "…, Chicago, IL 6060": digits after a state code are its ZIP code, even a wrong one; kept
    // as typed so the check can say what is wrong with it rather than ask for a state.
    void takeMalformedZip()
    {
        static const QRegularExpression malformed(
            QStringLiteral("(?:^|\\s)([A-Za-z]{2})\\s+([0-9][0-9 -]{0,10}[0-9])$"));
        const auto m = malformed.match(last());
        if (!m.hasMatch() || RegionCatalog::codeFor(m.captured(1), m_out.civic.country).isEmpty())
            return;
        m_out.civic.postalCode = m.captured(2);
        chopLast(m.capturedLength(2));
    }

    // A two-letter code first ("… Washington, DC"), then names of up to four words.
    void takeState()
    {
        if (m_segments.isEmpty())
            return;
        QStringList words = last().split(QLatin1Char(' '));
        QString code;
        qsizetype used = 0;
        if (key(words.last()).size() == 2) {
            code = RegionCatalog::codeFor(key(words.last()), m_out.civic.country);
            used = 1;
        }
        for (qsizetype n = std::min<qsizetype>(4, words.size()); code.isEmpty() && n >= 1; --n) {
            code = RegionCatalog::codeFor(words.mid(words.size() - n).join(QLatin1Char(' ')),
                                          m_out.civic.country);
            used = n;
        }
        if (code.isEmpty() && !m_out.civic.postalCode.isEmpty() &&
            isUnknownStateCode(words.last())) {
            code = words.last(); // "…, Chicago, XX 60601": kept, for the check to refuse by name
            used = 1;
        }
        if (code.isEmpty())
            return;
        m_out.civic.state = code;
        words.resize(words.size() - used);
        last() = words.join(QLatin1Char(' '));
        dropEmptyLast();
    }

    // Two capitals right before a postal code are meant as a state, known or not; a
    // directional ("… Ave NW 20500") is not one.
    bool isUnknownStateCode(const QString &word) const
    {
        return word.size() == 2 && word.front().isUpper() && word.back().isUpper() &&
               word.front().isLetter() && word.back().isLetter() && !isDirectional(word, french());
    }

    // "Contoso Ltd, 1 Main St, …": a first part without digits before one that starts with a
    // house number names the company.
    void takeCompanyName()
    {
        if (m_segments.size() < 2 || m_segments.first().front().isDigit() ||
            unitDesignator(m_segments.first().section(QLatin1Char(' '), 0, 0)))
            return;
        const bool numberFollows =
            std::any_of(m_segments.cbegin() + 1, m_segments.cend(),
                        [](const QString &s) { return s.front().isDigit(); });
        if (numberFollows)
            m_out.companyName = m_segments.takeFirst();
    }

    void putDetail(UnitField field, const QString &designator, const QString &value)
    {
        CivicAddress &c = m_out.civic;
        QString *target = &c.unit;
        QString text =
            designator.isEmpty() ? value : QString(designator + QLatin1Char(' ') + value);
        switch (field) {
        case UnitField::Floor:
            target = &c.floor;
            text = ordinalNumber(value).isEmpty() ? value : ordinalNumber(value);
            break;
        case UnitField::Room:
            target = &c.room;
            text = value;
            break;
        case UnitField::Building:
            target = &c.building;
            text = value;
            break;
        case UnitField::Unit:
            break;
        }
        if (target->isEmpty())
            *target = text.trimmed();
        else
            appendLocation(designator.isEmpty() ? value : QString(designator + u' ' + value));
    }

    void appendLocation(const QString &text)
    {
        QString &loc = m_out.civic.additionalLocation;
        loc = loc.isEmpty() ? text : QString(loc + QStringLiteral(", ") + text);
    }

    // One designator group starting at words[i] ("Suite 200", "Ste # 5", "#12", "3rd Floor",
    // "PH"); returns the words it used, 0 when there is none at i.
    qsizetype takeDesignatorAt(const QStringList &words, qsizetype i)
    {
        const QString &w = words[i];
        const bool hasNext = i + 1 < words.size();
        if (w.startsWith(QLatin1Char('#')) && w.size() > 1) {
            putDetail(UnitField::Unit, {}, w);
            return 1;
        }
        if (w == QLatin1String("#") && hasNext && looksLikeValue(words[i + 1])) {
            putDetail(UnitField::Unit, w, words[i + 1]);
            return 2;
        }
        if (hasNext && !ordinalNumber(w).isEmpty()) {
            const auto d = unitDesignator(words[i + 1]);
            if (d && d->field == UnitField::Floor) {
                putDetail(UnitField::Floor, {}, w);
                return 2;
            }
        }
        const auto d = unitDesignator(w);
        if (!d)
            return 0;
        if (!d->needsValue) {
            putDetail(UnitField::Unit, {}, w);
            return 1;
        }
        qsizetype v = i + 1;
        if (v < words.size() && words[v] == QLatin1String("#"))
            ++v; // "Suite # 200"
        if (v >= words.size() || !looksLikeValue(words[v]))
            return 0;
        putDetail(d->field, d->field == UnitField::Unit ? w : QString(), words[v]);
        return v - i + 1;
    }

    // A part between the street and the city: "Suite 200", "Bldg 92 Fl 3", or anything else
    // as additional location information.
    void takeDetailSegment(const QString &segment)
    {
        const QStringList words = segment.split(QLatin1Char(' '));
        const CivicAddress before = m_out.civic;
        qsizetype i = 0;
        while (i < words.size()) {
            const qsizetype used = takeDesignatorAt(words, i);
            if (used == 0)
                break;
            i += used;
        }
        if (i < words.size()) {
            m_out.civic = before; // not only designators: keep the part as it is
            appendLocation(segment);
        }
    }

    // The first designator group at or after `from`, or -1.
    static qsizetype firstDesignator(const QStringList &words, qsizetype from)
    {
        for (qsizetype i = from; i < words.size(); ++i) {
            const QString &w = words[i];
            if (w.startsWith(QLatin1Char('#')))
                return i;
            const auto d = unitDesignator(w);
            if (d && (!d->needsValue || (i + 1 < words.size() && looksLikeValue(words[i + 1]))))
                return i;
            if (i + 1 < words.size() && !ordinalNumber(w).isEmpty()) {
                const auto next = unitDesignator(words[i + 1]);
                if (next && next->field == UnitField::Floor)
                    return i;
            }
        }
        return -1;
    }

    void parseStreetLine(QStringList words, bool cityKnown)
    {
        CivicAddress &c = m_out.civic;
        static const QRegularExpression unitFirst(
            QStringLiteral("^([0-9A-Za-z]+)-([0-9]+[A-Za-z]?)$"));
        static const QRegularExpression numberWithLetter(QStringLiteral("^([0-9]+)([A-Za-z])$"));
        static const QRegularExpression fraction(QStringLiteral("^[0-9]+/[0-9]+$"));
        if (auto m = unitFirst.match(words.first()); m.hasMatch()) {
            c.unit = m.captured(1); // Canada Post's "unit-civic number": 12-345 Main St
            c.addNumber = m.captured(2);
            words.removeFirst();
        } else if (words.first().front().isDigit()) {
            c.addNumber = words.takeFirst();
        }
        if (auto m = numberWithLetter.match(c.addNumber); m.hasMatch()) {
            c.addNumber = m.captured(1);
            c.addNumSuf = m.captured(2);
        } else if (!words.isEmpty() && fraction.match(words.first()).hasMatch()) {
            c.addNumSuf = words.takeFirst();
        }
        if (words.isEmpty())
            return;

        QStringList street;
        QStringList city;
        if (cityKnown) {
            const qsizetype d = firstDesignator(words, 1);
            street = d < 0 ? words : words.mid(0, d);
            takeDesignators(words, d);
        } else {
            qsizetype d = firstDesignator(words, 1);
            const qsizetype limit = d < 0 ? words.size() : d;
            qsizetype type = -1;
            for (qsizetype i = 1; i < limit && type < 0; ++i)
                if (streetType(words[i]) == TypeKind::Common)
                    type = i;
            for (qsizetype i = limit - 1; i >= 1 && type < 0; --i)
                if (streetType(words[i]) == TypeKind::Rare && i + 1 < words.size())
                    type = i;
            qsizetype end = type >= 0 ? type + 1 : (d >= 0 ? d : std::min<qsizetype>(1, limit));
            if (type >= 0 && end + 1 < words.size() && end != d &&
                isDirectional(words[end], french()))
                ++end;
            street = words.mid(0, end);
            if (d < 0 || d < end)
                d = end;
            qsizetype i = d;
            while (i < words.size()) {
                const qsizetype used = takeDesignatorAt(words, i);
                if (used == 0)
                    break;
                i += used;
            }
            city = words.mid(i);
            c.postalCommunity = city.join(QLatin1Char(' '));
        }
        splitStreet(street);
    }

    void takeDesignators(const QStringList &words, qsizetype from)
    {
        if (from < 0)
            return;
        qsizetype i = from;
        while (i < words.size()) {
            const qsizetype used = takeDesignatorAt(words, i);
            if (used == 0) {
                appendLocation(words.mid(i).join(QLatin1Char(' ')));
                return;
            }
            i += used;
        }
    }

    // [predir] name… [type] [postdir], or in French [type] name… [postdir].
    void splitStreet(const QStringList &s)
    {
        CivicAddress &c = m_out.civic;
        const streetwords::StreetParts parts = streetwords::splitStreet(s, french());
        c.stPreDir = parts.preDirectional;
        c.stPreTyp = parts.leadingType;
        c.stName = parts.name;
        c.stPosTyp = parts.type;
        c.stPosDir = parts.postDirectional;
    }

    QStringList m_segments;
    PastedAddress m_out;
};
} // namespace

PastedAddress AddressPasteParser::parse(const QString &text)
{
    return Parser().run(text);
}
