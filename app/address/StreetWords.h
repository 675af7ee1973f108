// The words that give a pasted address line its structure: street types (USPS Publication 28,
// appendix C1, and Canada Post's), directionals, and secondary unit designators (appendix C2).
// The paste parser uses them to tell a street name from its type and from the suite; it keeps
// the words as typed, the backend normalizes them.
#pragma once

#include <QString>

#include <optional>

namespace streetwords {

enum class TypeKind {
    None,
    Common, // ST, AVE, RD, WAY…: when one follows a name, it ends the street
    Rare,   // PARK, VIEW, LAKE…: also words of names and cities, used only when nothing else is
};
TypeKind streetType(QStringView word);
// French street types written before the name in Canada ("rue Sherbrooke").
bool isLeadingStreetType(QStringView word);
// N, SOUTH, NE, Northwest…; with `french`, also NORD, SUD, EST, OUEST and O.
bool isDirectional(QStringView word, bool french = false);

enum class UnitField { Unit, Floor, Room, Building };
struct UnitDesignator
{
    UnitField field = UnitField::Unit;
    bool needsValue = true; // "SUITE 200" needs one; "REAR" and "PH" stand alone
};
// "Suite", "STE", "Apt", "Fl", "Floor", "Rm", "Bldg", "Unit", "#"…
std::optional<UnitDesignator> unitDesignator(QStringView word);

// The word in upper case without dots or a trailing comma ("N." → "N", "Ste." → "STE").
QString key(QStringView word);

// A street's words as CLDXF keeps them, each as typed.
struct StreetParts
{
    QString preDirectional; // stPreDir
    QString leadingType;    // stPreTyp: French "rue" before the name
    QString name;           // stName
    QString type;           // stPosTyp
    QString postDirectional;
};
// [predir] name… [type] [postdir], or with `french` also [type] name… [postdir]. A word is a
// type or directional only where it leaves a name: "North St" is the street North, "N St" N.
StreetParts splitStreet(QStringList words, bool french = false);

} // namespace streetwords
