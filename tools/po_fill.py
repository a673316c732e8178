#!/usr/bin/env python3
"""Fills empty msgstr entries of a .po file from a Python dict of translations
(msgid -> text, (context, msgid) -> text, plural msgid -> [forms]). A helper
for bulk translation; translators normally edit po/<lang>.po directly.
Usage: tools/po_fill.py po/it.po translations.py"""
import re
import runpy
import sys


def unquote(lines):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(lines))).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


def quote(text):
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + esc + '"'


def main():
    po_path, table_path = sys.argv[1], sys.argv[2]
    table = runpy.run_path(table_path)["T"]
    blocks = open(po_path, encoding="utf-8").read().split("\n\n")
    out, missing = [], []
    for block in blocks:
        lines = block.split("\n")
        fields, current = {}, None
        for line in lines:
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
            if m:
                current = m.group(1)
                fields[current] = [m.group(2)]
            elif line.startswith('"') and current:
                fields[current].append(line)
        if "msgid" not in fields or unquote(fields["msgid"]) == "":
            out.append(block)
            continue
        msgid = unquote(fields["msgid"])
        key = (unquote(fields["msgctxt"]), msgid) if "msgctxt" in fields else msgid
        text = table.get(key)
        if text is None:
            missing.append(key)
            out.append(block)
            continue
        keep = [l for l in lines if l.startswith("#")]
        if "msgctxt" in fields:
            keep.append("msgctxt " + quote(unquote(fields["msgctxt"])))
        keep.append("msgid " + quote(msgid))
        if "msgid_plural" in fields:
            keep.append("msgid_plural " + quote(unquote(fields["msgid_plural"])))
            forms = text if isinstance(text, list) else [text, text]
            for k, form in enumerate(forms):
                keep.append(f"msgstr[{k}] " + quote(form))
        else:
            keep.append("msgstr " + quote(text))
        out.append("\n".join(l for l in keep if not l.startswith("#, fuzzy")))
    open(po_path, "w", encoding="utf-8").write("\n\n".join(out))
    for k in missing:
        print("untranslated:", k, file=sys.stderr)


if __name__ == "__main__":
    main()
