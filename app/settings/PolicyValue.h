// Reading a raw policy value the way each platform delivers it: the registry gives REG_SZ,
// REG_MULTI_SZ or REG_DWORD, a configuration profile gives strings, arrays and booleans, an ini
// file gives text (a comma makes it a list). These turn any of them into one plain shape.
#pragma once

#include <QStringList>
#include <QVariant>

#include <optional>

namespace PolicyValue {
// A list from an array, or from text separated by commas, semicolons or line breaks. Entries are
// trimmed; empty ones are dropped.
QStringList toStringList(const QVariant &value);
// true/false, yes/no, on/off, 1/0 (any case), a number (registry DWORD) or a boolean; nullopt
// for anything else.
std::optional<bool> toBool(const QVariant &value);
// Text; a one-element list counts as its element. nullopt for a list of several or a map.
std::optional<QString> toText(const QVariant &value);
} // namespace PolicyValue
