// A ground distance in words for the admin ("42 m", "1.3 km"; "140 ft", "0.8 mi" where the
// locale measures in US units), for the pin warning and the map's captions.
#pragma once

#include <QLocale>
#include <QString>

QString distanceText(double metres, const QLocale &locale = QLocale());
