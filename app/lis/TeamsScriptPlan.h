// What a Teams script export will contain, decided before any text is written: the addresses
// in Teams' civic address fields, the places under them, the network elements in Teams' forms
// (a subnet as its network ID, a trusted IP as address + mask bits), and what is left out and
// why. The writer (TeamsScript.h) turns the plan into PowerShell; the UI can show the counts
// and the reasons before the admin saves the file. Pure.
//
// Left out, each with a reason: addresses not validated in Dispatchable (Teams would route 911
// calls to them as they are), addresses without coordinates outside Australia and Japan
// (New-CsOnlineLisCivicAddress requires Latitude and Longitude elsewhere), and the places and
// elements that hang on them; elements whose identifier does not pass Teams' rules; a second
// subnet with the same network ID (Teams keys subnets by network ID alone).
#pragma once

#include "lis/TeamsScriptInput.h"

#include <QList>
#include <QString>
#include <QStringList>

// An emergency address as New-CsOnlineLisCivicAddress takes it. Empty fields are not passed.
struct TeamsScriptAddress
{
    QString key; // Dispatchable's address id
    QString companyName;
    QString houseNumber;
    QString houseNumberSuffix;
    QString preDirectional;
    QString streetName;
    QString streetSuffix;
    QString postDirectional;
    QString city;
    QString stateOrProvince;
    QString postalCode;
    QString countryOrRegion; // ISO 3166-1 alpha-2
    QString description;
    QString latitude; // decimal degrees, "" when unknown
    QString longitude;
};

struct TeamsScriptPlace
{
    QString key;        // Dispatchable's place id
    QString addressKey; // Dispatchable's address id
    QString location;   // New-CsOnlineLisLocation -Location: "Building 2, Floor 3, Room 301"
};

struct TeamsScriptElement
{
    QString key; // Dispatchable's element id
    NetworkElementKind kind = NetworkElementKind::Subnet;
    QString placeKey;   // "" for trusted IPs
    QString identifier; // subnet network ID, BSSID, chassis ID, or a trusted IP's address
    QString portId;     // ports only
    int maskBits = 0;   // trusted IPs only
    QString description;
};

struct TeamsScriptPlan
{
    QList<TeamsScriptAddress> addresses;
    QList<TeamsScriptPlace> places;
    QList<TeamsScriptElement> elements; // in input order
    QStringList leftOut;                // one sentence per item left out, for people

    int count(NetworkElementKind kind) const;
};

TeamsScriptPlan planTeamsScript(const TeamsScriptInput &input);

// Teams' limit on -NotificationGroup (New-/Set-CsTeamsEmergencyCallingPolicy): at most 10
// e-mail addresses (and 50 users in all, which only Teams can count).
constexpr int teamsNotificationGroupLimit = 10;
