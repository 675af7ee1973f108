// USPS Publication 28 normalization, piece by piece: text rules, street suffixes (appendix C1),
// directionals, secondary unit designators (appendix C2), and moving words typed into the
// wrong CLDXF field to where they belong.
#include "validation/AddressText.h"
#include "validation/Directionals.h"
#include "validation/SecondaryUnits.h"
#include "validation/StreetSuffixes.h"
#include "validation/UspsNormalizer.h"

#include <QtTest>

class TestAddressNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void textIsUpperCaseWithoutPunctuation_data();
    void textIsUpperCaseWithoutPunctuation();
    void streetSuffixesFollowAppendixC1_data();
    void streetSuffixesFollowAppendixC1();
    void canadianStreetTypesFollowCanadaPost();
    void directionals_data();
    void directionals();
    void unitDesignatorsFollowAppendixC2_data();
    void unitDesignatorsFollowAppendixC2();
    void streetLineIsSplitIntoCldxfFields_data();
    void streetLineIsSplitIntoCldxfFields();
    void explicitFieldsAreKeptAndStandardized();
    void normalizingTwiceChangesNothing();
};

using namespace Qt::StringLiterals;
using Convention = AddressConvention;
using Kind = AddressTextKind;
Q_DECLARE_METATYPE(AddressConvention)
Q_DECLARE_METATYPE(AddressTextKind)

void TestAddressNormalizer::textIsUpperCaseWithoutPunctuation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<AddressConvention>("convention");
    QTest::addColumn<AddressTextKind>("kind");
    QTest::addColumn<QString>("normalized");
    const auto us = Convention::Usps;
    const auto ca = Convention::CanadaPost;
    QTest::newRow("spaces") << u"  main   street "_s << us << Kind::Words << u"MAIN STREET"_s;
    QTest::newRow("initials close up") << u"P.O. Box"_s << us << Kind::Words << u"PO BOX"_s;
    QTest::newRow("usa") << u"U.S.A."_s << us << Kind::Words << u"USA"_s;
    QTest::newRow("period between words") << u"St.Louis"_s << us << Kind::Words << u"ST LOUIS"_s;
    QTest::newRow("comma") << u"Redmond, WA"_s << us << Kind::Words << u"REDMOND WA"_s;
    QTest::newRow("apostrophe") << u"O’Farrell"_s << us << Kind::Words << u"OFARRELL"_s;
    QTest::newRow("accents under usps") << u"Cañon City"_s << us << Kind::Words << u"CANON CITY"_s;
    QTest::newRow("hyphen in a us name")
        << u"Wilkes-Barre"_s << us << Kind::Words << u"WILKES BARRE"_s;
    QTest::newRow("zip+4 hyphen") << u"98052-6399"_s << us << Kind::PostalCode << u"98052-6399"_s;
    QTest::newRow("fraction") << u"1/2"_s << us << Kind::HouseNumber << u"1/2"_s;
    QTest::newRow("slash elsewhere") << u"A/B"_s << us << Kind::HouseNumber << u"A B"_s;
    QTest::newRow("queens house number") << u"107-18"_s << us << Kind::HouseNumber << u"107-18"_s;
    QTest::newRow("pound in unit") << u"#4B"_s << us << Kind::Unit << u"# 4B"_s;
    QTest::newRow("pound in a name") << u"#4B"_s << us << Kind::Words << u"4B"_s;
    QTest::newRow("canada keeps accents") << u"Montréal"_s << ca << Kind::Words << u"MONTRÉAL"_s;
    QTest::newRow("canada keeps hyphens")
        << u"Côte-des-Neiges"_s << ca << Kind::Words << u"CÔTE-DES-NEIGES"_s;
    QTest::newRow("canada keeps apostrophes")
        << u"L'Assomption"_s << ca << Kind::Words << u"L'ASSOMPTION"_s;
    QTest::newRow("decomposed accent") << u"Que\u0301bec"_s << ca << Kind::Words << u"QUÉBEC"_s;
}

void TestAddressNormalizer::textIsUpperCaseWithoutPunctuation()
{
    QFETCH(QString, typed);
    QFETCH(AddressConvention, convention);
    QFETCH(AddressTextKind, kind);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeAddressText(typed, convention, kind), normalized);
}

void TestAddressNormalizer::streetSuffixesFollowAppendixC1_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("standard");
    const std::pair<const char *, const char *> rows[] = {
        {"AVENUE", "AVE"},   {"AV", "AVE"},        {"AVEN", "AVE"},        {"AVENU", "AVE"},
        {"AVN", "AVE"},      {"AVNUE", "AVE"},     {"AVE", "AVE"},         {"STREET", "ST"},
        {"STR", "ST"},       {"STRT", "ST"},       {"ST", "ST"},           {"BOULEVARD", "BLVD"},
        {"BOUL", "BLVD"},    {"ROAD", "RD"},       {"DRIVE", "DR"},        {"DRV", "DR"},
        {"LANE", "LN"},      {"COURT", "CT"},      {"PLACE", "PL"},        {"PARKWAY", "PKWY"},
        {"PKY", "PKWY"},     {"HIGHWAY", "HWY"},   {"HIWAY", "HWY"},       {"CIRCLE", "CIR"},
        {"CRCL", "CIR"},     {"TERRACE", "TER"},   {"WAY", "WAY"},         {"WY", "WAY"},
        {"SQUARE", "SQ"},    {"TRAIL", "TRL"},     {"EXPRESSWAY", "EXPY"}, {"FREEWAY", "FWY"},
        {"CENTRE", "CTR"},   {"CROSSING", "XING"}, {"HEIGHTS", "HTS"},     {"JUNCTION", "JCT"},
        {"MOUNTAIN", "MTN"}, {"TURNPIKE", "TPKE"}, {"VILLAGE", "VLG"},     {"ALLEY", "ALY"},
        {"LOOP", "LOOP"},    {"PLAZA", "PLZ"},     {"POINT", "PT"},        {"RIDGE", "RDG"},
    };
    for (const auto &[word, standard] : rows)
        QTest::newRow(word) << QString::fromLatin1(word) << QString::fromLatin1(standard);
}

void TestAddressNormalizer::streetSuffixesFollowAppendixC1()
{
    QFETCH(QString, word);
    QFETCH(QString, standard);
    QCOMPARE(uspsStreetSuffix(word).value_or(QString()), standard);
}

void TestAddressNormalizer::canadianStreetTypesFollowCanadaPost()
{
    QVERIFY(!uspsStreetSuffix(u"BROADWAY").has_value());
    QVERIFY(!uspsStreetSuffix(u"avenue").has_value()); // input is normalized first
    QCOMPARE(canadaPostTrailingStreetType(u"COURT").value_or(QString()), u"CRT"_s);
    QCOMPARE(canadaPostTrailingStreetType(u"TERRACE").value_or(QString()), u"TERR"_s);
    QCOMPARE(canadaPostLeadingStreetType(u"BOULEVARD").value_or(QString()), u"BOUL"_s);
    QCOMPARE(canadaPostLeadingStreetType(u"CHEMIN").value_or(QString()), u"CH"_s);
    QCOMPARE(canadaPostLeadingStreetType(u"MONTEE").value_or(QString()), u"MONTÉE"_s);
    QCOMPARE(puertoRicoLeadingStreetType(u"AVENIDA").value_or(QString()), u"AVE"_s);
}

void TestAddressNormalizer::directionals_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<AddressConvention>("convention");
    QTest::addColumn<QString>("standard"); // empty: not a directional
    const auto us = Convention::Usps;
    const auto ca = Convention::CanadaPost;
    QTest::newRow("north") << u"NORTH"_s << us << u"N"_s;
    QTest::newRow("south") << u"SOUTH"_s << us << u"S"_s;
    QTest::newRow("east") << u"EAST"_s << us << u"E"_s;
    QTest::newRow("west") << u"WEST"_s << us << u"W"_s;
    QTest::newRow("northeast") << u"NORTHEAST"_s << us << u"NE"_s;
    QTest::newRow("northwest") << u"NORTHWEST"_s << us << u"NW"_s;
    QTest::newRow("southeast") << u"SOUTHEAST"_s << us << u"SE"_s;
    QTest::newRow("southwest") << u"SOUTHWEST"_s << us << u"SW"_s;
    QTest::newRow("already short") << u"NE"_s << us << u"NE"_s;
    QTest::newRow("ouest is not usps") << u"OUEST"_s << us << QString();
    QTest::newRow("est is estate in the us") << u"EST"_s << us << QString();
    QTest::newRow("ouest") << u"OUEST"_s << ca << u"O"_s;
    QTest::newRow("est") << u"EST"_s << ca << u"E"_s;
    QTest::newRow("nord-ouest") << u"NORD-OUEST"_s << ca << u"NO"_s;
    QTest::newRow("english in canada") << u"WEST"_s << ca << u"W"_s;
}

void TestAddressNormalizer::directionals()
{
    QFETCH(QString, word);
    QFETCH(AddressConvention, convention);
    QFETCH(QString, standard);
    QCOMPARE(standardDirectional(word, convention).value_or(QString()), standard);
}

void TestAddressNormalizer::unitDesignatorsFollowAppendixC2_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<bool>("needsRange");
    QTest::newRow("apartment") << u"APARTMENT"_s << u"APT"_s << true;
    QTest::newRow("suite") << u"SUITE"_s << u"STE"_s << true;
    QTest::newRow("floor") << u"FLOOR"_s << u"FL"_s << true;
    QTest::newRow("room") << u"ROOM"_s << u"RM"_s << true;
    QTest::newRow("building") << u"BUILDING"_s << u"BLDG"_s << true;
    QTest::newRow("unit") << u"UNIT"_s << u"UNIT"_s << true;
    QTest::newRow("department") << u"DEPARTMENT"_s << u"DEPT"_s << true;
    QTest::newRow("space") << u"SPACE"_s << u"SPC"_s << true;
    QTest::newRow("basement") << u"BASEMENT"_s << u"BSMT"_s << false;
    QTest::newRow("penthouse") << u"PENTHOUSE"_s << u"PH"_s << false;
    QTest::newRow("rear") << u"REAR"_s << u"REAR"_s << false;
    QTest::newRow("not a designator") << u"MAIN"_s << QString() << false;
}

void TestAddressNormalizer::unitDesignatorsFollowAppendixC2()
{
    QFETCH(QString, word);
    QFETCH(QString, standard);
    QFETCH(bool, needsRange);
    const auto designator = secondaryUnitDesignator(word, Convention::Usps);
    QCOMPARE(designator.has_value(), !standard.isEmpty());
    if (designator) {
        QCOMPARE(designator->abbreviation, standard);
        QCOMPARE(designator->needsRange, needsRange);
    }
}

void TestAddressNormalizer::streetLineIsSplitIntoCldxfFields_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("stName");
    // preDir|preTyp|name|posTyp|posDir|unit
    QTest::addColumn<QString>("fields");
    QTest::newRow("suffix") << u"US"_s << u"Microsoft Way"_s << u"||MICROSOFT|WAY||"_s;
    QTest::newRow("pre-directional") << u"US"_s << u"N Main"_s << u"N||MAIN|||"_s;
    QTest::newRow("everything") << u"US"_s << u"North Main Street Apartment 4B"_s
                                << u"N||MAIN|ST||APT 4B"_s;
    QTest::newRow("post-directional")
        << u"US"_s << u"Pennsylvania Ave. N.W."_s << u"||PENNSYLVANIA|AVE|NW|"_s;
    QTest::newRow("directional is the name") << u"US"_s << u"South Street"_s << u"||SOUTH|ST||"_s;
    QTest::newRow("suffix word is the name") << u"US"_s << u"Park"_s << u"||PARK|||"_s;
    QTest::newRow("avenue of the americas")
        << u"US"_s << u"Avenue of the Americas"_s << u"||AVENUE OF THE AMERICAS|||"_s;
    QTest::newRow("suite with pound")
        << u"US"_s << u"Main St Suite #300"_s << u"||MAIN|ST||STE 300"_s;
    QTest::newRow("key is not a unit here")
        << u"US"_s << u"Sunset Key Rd"_s << u"||SUNSET KEY|RD||"_s;
    QTest::newRow("french leading type")
        << u"CA"_s << u"Boulevard René-Lévesque Est"_s << u"|BOUL|RENÉ-LÉVESQUE||E|"_s;
    QTest::newRow("english in canada") << u"CA"_s << u"Yonge Street"_s << u"||YONGE|ST||"_s;
    QTest::newRow("avenue road, toronto") << u"CA"_s << u"Avenue Road"_s << u"||AVENUE|RD||"_s;
}

void TestAddressNormalizer::streetLineIsSplitIntoCldxfFields()
{
    QFETCH(QString, country);
    QFETCH(QString, stName);
    QFETCH(QString, fields);
    CivicAddress typed;
    typed.country = country;
    typed.stName = stName;
    const CivicAddress n = normalizeCivicAddress(typed);
    const QString actual =
        QStringList{n.stPreDir, n.stPreTyp, n.stName, n.stPosTyp, n.stPosDir, n.unit}.join(
            QLatin1Char('|'));
    QCOMPARE(actual, fields);
}

void TestAddressNormalizer::explicitFieldsAreKeptAndStandardized()
{
    CivicAddress typed;
    typed.addNumber = u"350"_s;
    typed.stPreDir = u"north"_s;
    typed.stName = u"Fifth Avenue"_s; // a type inside the name stays when stPosTyp is given
    typed.stPosTyp = u"Street"_s;
    typed.unit = u"Floor 3"_s; // moves to floor, which is empty
    typed.room = u"Room 3120"_s;
    typed.building = u"Empire State Building"_s;
    typed.country = u"us"_s;
    const CivicAddress n = normalizeCivicAddress(typed);
    QCOMPARE(n.stPreDir, u"N"_s);
    QCOMPARE(n.stName, u"FIFTH AVENUE"_s);
    QCOMPARE(n.stPosTyp, u"ST"_s);
    QCOMPARE(n.floor, u"3"_s);
    QCOMPARE(n.unit, QString());
    QCOMPARE(n.room, u"3120"_s);
    QCOMPARE(n.building, u"EMPIRE STATE BUILDING"_s);
    QCOMPARE(n.country, u"US"_s);
}

void TestAddressNormalizer::normalizingTwiceChangesNothing()
{
    CivicAddress typed;
    typed.addNumber = u"123 1/2"_s;
    typed.stName = u"north main street apartment 4b"_s;
    typed.floor = u"2nd floor"_s;
    typed.postalCommunity = u"Seattle"_s;
    typed.state = u"washington"_s;
    typed.postalCode = u"981011234"_s;
    typed.country = u"United States"_s;
    const CivicAddress once = normalizeCivicAddress(typed);
    QCOMPARE(once.addNumSuf, u"1/2"_s);
    QCOMPARE(once.floor, u"2"_s);
    QCOMPARE(once.postalCode, u"98101-1234"_s);
    QCOMPARE(normalizeCivicAddress(once), once);
}

QTEST_GUILESS_MAIN(TestAddressNormalizer)
#include "tst_address_normalizer.moc"
