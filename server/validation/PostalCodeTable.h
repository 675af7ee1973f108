// The postal areas the reference server validates and geocodes against: the centroid, state
// and primary city of every US ZIP code and the centroid and province of every Canadian FSA.
// The CSVs are dispatchable_core's resources (resources/postal-codes/, see its README for
// sources): the app's PostalCodeRegions reads the same files, the server keeps its own reader.
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

struct PostalArea
{
    QString region; // USPS state code ("WA", "PR", "AE") or Canadian province code ("QC")
    QString place;  // primary city (US) or area name (Canada)
    double latitude = 0;
    double longitude = 0;
    // Military ZIP codes (AA, AE, AP) have no coordinates: they are not places.
    bool hasCoordinates = false;
};

class PostalCodeTable
{
public:
    // The tables bundled with the server. On failure (a broken build) returns nullopt and says
    // why in `error`.
    static std::optional<PostalCodeTable> loadBundled(QString *error = nullptr);

    // Loaders for CSV text with a header row: "zip,state,city,latitude,longitude" and
    // "fsa,province,area,latitude,longitude". They add to what is loaded already.
    bool loadUsZipCsv(QByteArrayView csv, QString *error = nullptr);
    bool loadCanadianFsaCsv(QByteArrayView csv, QString *error = nullptr);

    // Looks up a 5-digit ZIP code ("98052").
    std::optional<PostalArea> usZip(QStringView zip5) const;
    // Looks up a forward sortation area, the first three characters of a Canadian postal code
    // ("M5V"), in upper case.
    std::optional<PostalArea> canadianFsa(QStringView fsa) const;

    qsizetype usZipCount() const { return m_usZips.size(); }
    qsizetype canadianFsaCount() const { return m_caFsas.size(); }

private:
    bool load(QByteArrayView csv, const char *firstColumn, int keyLength, bool keyIsDigits,
              QHash<QString, PostalArea> &into, QString *error);

    QHash<QString, PostalArea> m_usZips;
    QHash<QString, PostalArea> m_caFsas;
};

// The credit the bundled data's licence asks for; show it where the data is used.
inline QString postalDataAttribution()
{
    return QStringLiteral("Postal code data © GeoNames, CC BY 4.0 (geonames.org)");
}
