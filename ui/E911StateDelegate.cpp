#include "E911StateDelegate.h"

#include "ThemePalettes.h"
#include "models/DidModel.h"

#include <QColor>

QString E911StateDelegate::mark(E911State state)
{
    switch (state) {
    case E911State::Basic:
        return QStringLiteral("○");
    case E911State::Pending:
        return QStringLiteral("◐");
    case E911State::Registered:
        return QStringLiteral("●");
    case E911State::Failed:
        return QStringLiteral("✖");
    case E911State::Deregistering:
        return QStringLiteral("◑");
    }
    return {};
}

QColor E911StateDelegate::colour(E911State state)
{
    switch (state) {
    case E911State::Pending:
    case E911State::Deregistering:
        return QColor(0x9a, 0x5b, 0x00); // amber, dark enough for text on white
    case E911State::Registered:
        return QColor(0x10, 0x7c, 0x10);
    case E911State::Failed:
        return QColor(0xc4, 0x2b, 0x1c);
    case E911State::Basic:
        break;
    }
    return {};
}

QColor E911StateDelegate::colour(E911State state, const QPalette &palette)
{
    if (!ThemePalettes::isDark(palette))
        return colour(state);
    switch (state) {
    case E911State::Pending:
    case E911State::Deregistering:
        return QColor(0xf0, 0xb4, 0x00);
    case E911State::Registered:
        return QColor(0x6c, 0xcb, 0x5f);
    case E911State::Failed:
        return QColor(0xff, 0x8a, 0x80);
    case E911State::Basic:
        break;
    }
    return {};
}

QString E911StateDelegate::cellText(const QModelIndex &index)
{
    const QString words = index.data().toString();
    const QVariant stateValue = index.data(DidModel::E911StateRole);
    if (!stateValue.isValid())
        return words;
    return QString(mark(E911State(stateValue.toInt())) + QLatin1Char(' ') + words);
}

void E911StateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant stateValue = index.data(DidModel::E911StateRole);
    if (!stateValue.isValid())
        return;
    const auto state = E911State(stateValue.toInt());
    option->text = cellText(index);
    // A number whose last call through Teams came from elsewhere, or that Teams gives another
    // location, reads as a problem, whatever its state: green would say all is well.
    const bool locationDiffers = !index.data(DidModel::CallLocationRole).toString().isEmpty() ||
                                 !index.data(DidModel::TeamsLocationRole).toString().isEmpty();
    const QColor colour =
        E911StateDelegate::colour(locationDiffers ? E911State::Failed : state, option->palette);
    if (colour.isValid() && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colour);
}
