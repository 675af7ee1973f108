#!/usr/bin/env python3
"""Fill a Qt .ts file from a plain-text table, so a translator works in batches in a text editor.

  tstable.py export dispatchable_es.ts [--all] [--limit N] > batch.txt
      The messages still to translate (or all), one block each, for you to fill in.
  tstable.py import dispatchable_es.ts batch.txt [more.txt ...]
      Writes the filled-in translations back into the .ts (marking them finished) and checks
      that placeholders (%1, %n) and accelerators (&) match the source.
  tstable.py status dispatchable_es.ts
      How many messages are finished, unfinished or empty.

Table format (UTF-8; blank lines separate blocks; a newline inside a text is written \\n):

  X: MainWindow                  context (on import, a block applies to its context; when the
                                 context has no such message, or there is no X line, to every
                                 message with this source text and comment)
  C: disambiguation              only when the source has one
  # …                            notes for the translator (ignored on import)
  S: Register %n number(s)…      the English source
  T: Registrar %n número…        the translation; numerus messages ("N: yes") take one T line
  T: Registrar %n números…       per plural form, in the order the language defines (es and
                                 fr_CA: singular, then plural)

After importing, the script rewrites the file through lconvert so it stays in Qt's own layout.
"""

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|L?n)")
LCONVERT_CANDIDATES = ["lconvert", "/usr/lib/qt6/bin/lconvert", "lconvert-qt6"]


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_numerus(message):
    return message.get("numerus") == "yes"


def forms(message):
    translation = message.find("translation")
    if is_numerus(message):
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def is_done(message):
    translation = message.find("translation")
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(forms(message))


def accelerators(text):
    return len(re.findall(r"&(?!&)[^\s&;]", text.replace("&&", "")))


def problems(source, translated, numerus):
    """What is wrong with one translation, in words; empty when it is fine."""
    found = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in translated:
        if not form:
            found.append("a form is empty")
            continue
        have = sorted(set(PLACEHOLDER.findall(form)))
        # A plural form may leave %n out ("un número") but may not bring in a stranger.
        missing = [p for p in wanted if p not in have and not (numerus and p in ("%n", "%Ln"))]
        extra = [p for p in have if p not in wanted]
        if missing or extra:
            found.append(f"placeholders differ in “{form}”: missing {missing}, extra {extra}")
        if accelerators(source) != accelerators(form):
            found.append(f"accelerator (&) count differs in “{form}”")
    return found


def export(args):
    root = ET.parse(args.ts).getroot()
    count = 0
    for context, message in messages(root):
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            continue
        if not args.all and is_done(message):
            continue
        lines = [f"X: {context}"]
        if message.findtext("comment"):
            lines.append(f"C: {escape(message.findtext('comment'))}")
        for note in ("extracomment", "translatorcomment"):
            if message.findtext(note):
                lines.append(f"# {escape(message.findtext(note))}")
        lines.append(f"S: {escape(message.findtext('source') or '')}")
        if is_numerus(message):
            lines.append("N: yes")
        lines += [f"T: {escape(form)}" for form in forms(message)]
        print("\n".join(lines) + "\n")
        count += 1
        if args.limit and count >= args.limit:
            break
    print(f"{count} message(s) exported", file=sys.stderr)


def read_table(path):
    blocks, block = [], {}
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip():
            if block:
                blocks.append(block)
            block = {}
            continue
        if line.startswith("#"):
            continue
        key, sep, value = line.partition(": ")
        if not sep and line in ("T:", "S:", "C:", "X:", "N:"):
            key, value = line[:-1], ""
        elif not sep:
            sys.exit(f"{path}:{number}: expected “K: text”, got “{line}”")
        block.setdefault("line", number)
        if key == "T":
            block.setdefault("T", []).append(unescape(value))
        elif key in ("S", "C", "X", "N"):
            block[key] = unescape(value)
        else:
            sys.exit(f"{path}:{number}: unknown key “{key}”")
    if block:
        blocks.append(block)
    return blocks


def normalise(ts):
    for tool in LCONVERT_CANDIDATES:
        if shutil.which(tool):
            subprocess.run([tool, "-i", ts, "-o", ts], check=True)
            return
    print("lconvert not found: the file is valid but not in Qt's layout", file=sys.stderr)


def import_tables(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    index = {}
    for context, message in messages(root):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        index.setdefault(key, []).append((context, message))
    filled, failures = 0, 0
    for table in args.tables:
        for block in read_table(table):
            where = f"{table}:{block['line']}"
            translated = block.get("T", [])
            if "S" not in block or not any(translated):
                continue  # left blank: still to do
            matches = index.get((block["S"], block.get("C", "")), [])
            # The block's context when it has that message; otherwise (a class was renamed, or
            # no X line) every context with the same source text.
            in_context = [m for m in matches if m[0] == block.get("X")]
            matches = in_context or matches
            if not matches:
                print(f"{where}: no such message (source changed?): {block['S'][:60]}")
                failures += 1
                continue
            for context, message in matches:
                numerus = is_numerus(message)
                expected = len(forms(message)) if numerus else 1
                issues = problems(block["S"], translated, numerus)
                if len(translated) != expected:
                    issues.append(f"{len(translated)} form(s) given, {expected} expected")
                if issues:
                    print(f"{where}: [{context}] {block['S'][:60]}: " + "; ".join(issues))
                    failures += 1
                    break
                translation = message.find("translation")
                translation.attrib.pop("type", None)
                if numerus:
                    for element, text in zip(translation.findall("numerusform"), translated):
                        element.text = text
                else:
                    translation.text = translated[0]
                filled += 1
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    normalise(args.ts)
    print(f"{filled} message(s) filled, {failures} problem(s)", file=sys.stderr)
    return 1 if failures else 0


def status(args):
    root = ET.parse(args.ts).getroot()
    done = todo = 0
    for _, message in messages(root):
        if is_done(message):
            done += 1
        else:
            todo += 1
    print(f"{args.ts}: {done} finished, {todo} to do")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export")
    p.add_argument("ts")
    p.add_argument("--all", action="store_true", help="also the finished messages")
    p.add_argument("--limit", type=int, default=0)
    p.set_defaults(run=export)
    p = sub.add_parser("import")
    p.add_argument("ts")
    p.add_argument("tables", nargs="+")
    p.set_defaults(run=import_tables)
    p = sub.add_parser("status")
    p.add_argument("ts")
    p.set_defaults(run=status)
    args = parser.parse_args()
    sys.exit(args.run(args) or 0)


if __name__ == "__main__":
    main()
