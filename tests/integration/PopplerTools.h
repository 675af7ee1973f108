// Reading a written PDF back with poppler's command-line tools (pdftotext, pdfinfo, pdftoppm),
// as a reader's viewer would, rather than trusting the writer's own idea of what it wrote.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a poppler tool; its standard output ("" when it printed nothing), or a null array when it
// failed, crashed or took over a minute.
QByteArray runTool(const QString &program, const QStringList &arguments);
// The PDF's words as a reader's search sees them: ligature glyphs ("ﬂ") unfolded (NFKC).
QString pdfText(const QString &pdf);
// pdfinfo's report: page count, page size, producer.
QString pdfInfo(const QString &pdf);
