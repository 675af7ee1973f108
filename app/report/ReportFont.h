// The one font of the PDF reports: a sans-serif that every platform has one of.
#pragma once

#include <QFont>

QFont reportFont(qreal pointSize);
