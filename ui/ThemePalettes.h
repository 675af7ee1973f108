// The app's own colour palettes (light, dark, high contrast) and putting the chosen appearance
// into effect. "system" leaves the platform's palette and style alone, so Windows' and macOS's
// own dark and high-contrast modes apply; the others use the Fusion style, which draws every
// control from the palette (the native Windows style ignores most palette colours).
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace ThemePalettes {

QPalette light();
QPalette dark();
// White and yellow on black, borders drawn in the text colour.
QPalette highContrast();
// The palette for an appearance code ("light", "dark", "high-contrast"); an empty QPalette for
// "system" (the platform's own).
QPalette forAppearance(const QString &code);

// Applies `code` to the whole application: palette, style, and a repaint of open windows.
void apply(const QString &code);

// WCAG 2.x relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// Whether `palette` draws light text on a dark base (dark and high-contrast palettes).
bool isDark(const QPalette &palette);

} // namespace ThemePalettes
