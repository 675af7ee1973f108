// The colours are chosen for contrast first (tst_theme_palettes holds them to WCAG's 4.5:1 for
// text, 7:1 in high contrast); the hues follow Fluent's neutrals so the app sits well next to
// Teams.
#include "ThemePalettes.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

namespace ThemePalettes {
namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, placeholder;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, brightText;
    QColor light, midlight, mid, dark, shadow; // bevels and borders
    QColor disabledText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QPalette light()
{
    Colours c;
    c.window = QColor(0xf3, 0xf3, 0xf3);
    c.windowText = c.text = c.buttonText = c.toolTipText = QColor(0x1b, 0x1b, 0x1b);
    c.base = Qt::white;
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.button = QColor(0xfb, 0xfb, 0xfb);
    c.placeholder = QColor(0x5f, 0x5f, 0x5f);
    c.highlight = QColor(0x00, 0x5f, 0xb8);
    c.highlightedText = Qt::white;
    c.link = QColor(0x00, 0x5f, 0xb8);
    c.linkVisited = QColor(0x6b, 0x2f, 0xa0);
    c.toolTipBase = QColor(0xff, 0xff, 0xe8);
    c.brightText = Qt::white;
    c.light = Qt::white;
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xa0, 0xa0, 0xa0);
    c.dark = QColor(0x8a, 0x8a, 0x8a);
    c.shadow = QColor(0x5a, 0x5a, 0x5a);
    c.disabledText = QColor(0x8a, 0x8a, 0x8a);
    return build(c);
}

QPalette dark()
{
    Colours c;
    c.window = QColor(0x20, 0x20, 0x20);
    c.windowText = c.text = c.buttonText = c.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    c.base = QColor(0x17, 0x17, 0x17);
    c.alternateBase = QColor(0x26, 0x26, 0x26);
    c.button = QColor(0x2d, 0x2d, 0x2d);
    c.placeholder = QColor(0xa8, 0xa8, 0xa8);
    c.highlight = QColor(0x1f, 0x5f, 0xa8);
    c.highlightedText = Qt::white;
    c.link = QColor(0x8c, 0xc4, 0xff);
    c.linkVisited = QColor(0xd0, 0xa8, 0xff);
    c.toolTipBase = QColor(0x33, 0x33, 0x33);
    c.brightText = Qt::white;
    c.light = QColor(0x4a, 0x4a, 0x4a);
    c.midlight = QColor(0x3a, 0x3a, 0x3a);
    c.mid = QColor(0x6a, 0x6a, 0x6a);
    c.dark = QColor(0x12, 0x12, 0x12);
    c.shadow = Qt::black;
    c.disabledText = QColor(0x80, 0x80, 0x80);
    return build(c);
}

QPalette highContrast()
{
    Colours c;
    c.window = c.base = c.alternateBase = c.toolTipBase = Qt::black;
    // Not black: Fusion fills scroll bar handles and buttons with it, which must show on black.
    c.button = QColor(0x3a, 0x3a, 0x3a);
    c.windowText = c.text = c.buttonText = c.toolTipText = c.brightText = Qt::white;
    c.placeholder = QColor(0xc8, 0xc8, 0xc8);
    c.highlight = QColor(0xff, 0xff, 0x00);
    c.highlightedText = Qt::black;
    c.link = QColor(0x00, 0xff, 0xff);
    c.linkVisited = QColor(0xff, 0x9c, 0xff);
    // Fusion draws frames and control borders from these: white, so every edge shows.
    c.light = c.midlight = c.mid = c.dark = Qt::white;
    c.shadow = Qt::white;
    c.disabledText = QColor(0x9a, 0x9a, 0x9a);
    return build(c);
}

QPalette forAppearance(const QString &code)
{
    if (code == u"light")
        return light();
    if (code == u"dark")
        return dark();
    if (code == u"high-contrast")
        return highContrast();
    return {};
}

void apply(const QString &code)
{
    // The platform's own style, remembered before the first change.
    static const QString nativeStyle = QApplication::style()->name();
    const bool own = code == u"light" || code == u"dark" || code == u"high-contrast";
    const QString wanted = own ? QStringLiteral("fusion") : nativeStyle;
    if (QApplication::style()->name().compare(wanted, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(wanted));
    // An empty palette resets to the platform's (its dark or high-contrast mode included).
    QApplication::setPalette(own ? forAppearance(code) : QPalette());
}

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

} // namespace ThemePalettes
