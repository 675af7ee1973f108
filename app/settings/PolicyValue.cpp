#include "settings/PolicyValue.h"

#include <QRegularExpression>

namespace PolicyValue {
QStringList toStringList(const QVariant &value)
{
    QStringList parts;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            parts += toStringList(item); // an array item may itself hold "a, b"
        return parts;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n]"));
    for (const QString &part : value.toString().split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

std::optional<bool> toBool(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        if (value.toLongLong() == 0 || value.toLongLong() == 1)
            return value.toLongLong() == 1;
        return std::nullopt;
    default:
        break;
    }
    const std::optional<QString> text = toText(value);
    if (!text)
        return std::nullopt;
    const QString word = text->trimmed().toLower();
    if (word == u"true" || word == u"yes" || word == u"on" || word == u"1")
        return true;
    if (word == u"false" || word == u"no" || word == u"off" || word == u"0")
        return false;
    return std::nullopt;
}

std::optional<QString> toText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        const QVariantList items = value.toList();
        if (items.size() != 1)
            return std::nullopt;
        return toText(items.first());
    }
    if (value.typeId() == QMetaType::QVariantMap || !value.canConvert<QString>())
        return std::nullopt;
    return value.toString();
}
} // namespace PolicyValue
