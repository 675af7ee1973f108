// Walks a window or dialog the way a screen-reader and keyboard user meets it: every interactive
// widget (one that takes focus or is a control by kind) must have an accessible name as Qt
// computes it for assistive technology (a label's buddy counts), must be reached by Tab, and
// must let Tab go on to the next one (no keyboard trap). Each page of a stacked widget (wizard
// pages, tab pages) is walked in turn. Findings name the widget by its object path and class.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace a11y {

struct WalkResult
{
    QStringList findings;       // empty when the window passes
    int interactive = 0;        // interactive widgets seen (over all pages)
    int withoutDescription = 0; // of those, without an accessible description (not a
                                // failure: counted for the report)
    QSet<QString> tabReached;   // object paths reached with the Tab key
};

// The object path of `w` below its window, e.g. "e911EnableDialog/QStackedWidget/addressPicker".
QString objectPath(const QWidget *w);
// What a screen reader announces as the widget's name.
QString accessibleName(QWidget *w);
// Whether the walk treats `w` as a control a user operates (visible and enabled within `window`).
bool isInteractive(const QWidget *window, const QWidget *w);

// Walks `window` (shown and made active by the walk). Pages of stacked widgets are shown one by
// one and the original page is restored.
WalkResult walk(QWidget *window);

} // namespace a11y
