// libFuzzer target: arbitrary text pasted into the address editor's one-line field. The parser
// must place what it can and never crash, hang or lose the whole input: a paste with letters or
// digits in it leaves something in the editor.
#include "address/AddressPasteParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PastedAddress pasted = AddressPasteParser::parse(text);

    bool hasWordCharacter = false;
    for (const QChar c : text)
        hasWordCharacter = hasWordCharacter || (c.unicode() < 128 && c.isLetterOrNumber());
    if (hasWordCharacter && pasted.isEmpty())
        __builtin_trap(); // something typed was dropped entirely
    return 0;
}
