// Draws a number's E911 state as a mark and words ("✖ Failed"), with colour only
// as a second cue, so the state reads the same in greyscale, high contrast and to a screen
// reader (the mark and words are also the cell's accessible text).
#pragma once

#include "domain/E911State.h"

#include <QStyledItemDelegate>

class E911StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // ○ basic, ◐ pending, ● registered, ✖ failed, ◑ turning off.
    static QString mark(E911State state);
    // The second cue; invalid for basic (the palette's text colour).
    static QColor colour(E911State state);
    // The same cue for text on `palette`'s base: brighter tones on dark and high-contrast bases.
    static QColor colour(E911State state, const QPalette &palette);

    // What the cell shows: the mark, a space, and the model's words.
    static QString cellText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
