// A civic (street) address in NENA CLDXF terms, as the API carries it in "civic" and
// "normalized" objects: one QString per CLDXF element, camelCase names as in docs/api.md.
#pragma once

#include "domain/FieldError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct CivicAddress
{
    QString addNumPre;
    QString addNumber;
    QString addNumSuf;
    QString stPreMod;
    QString stPreDir;
    QString stPreTyp;
    QString stPreSep;
    QString stName;
    QString stPosTyp;
    QString stPosDir;
    QString stPosMod;
    QString building;
    QString floor;
    QString unit;
    QString room;
    QString seat;
    QString additionalLocation;
    QString postalCommunity;
    QString state;
    QString postalCode;
    QString country;

    friend bool operator==(const CivicAddress &, const CivicAddress &) = default;

    bool isEmpty() const;
    // Empty fields are left out, so an address reads as what was entered.
    QJsonObject toJson() const;

    // Strict decoding of a request's "civic" object: anything but an object of known string
    // fields within their length limits is refused, so a typo never silently drops a value.
    // Problems are appended to `errors` with paths under `path` ("civic.postalCode").
    static std::optional<CivicAddress> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                                const QString &path = QStringLiteral("civic"));

    // The JSON names of all fields, in CLDXF order.
    static QStringList fieldNames();
    // Longest value accepted for a field, in characters (Unicode code points); 0 if unknown.
    static int maxLength(QStringView field);
    // The value of a field by JSON name; null for an unknown name.
    QString value(QStringView field) const;
    // Sets a field by JSON name; false for an unknown name.
    bool setValue(QStringView field, const QString &value);
};
