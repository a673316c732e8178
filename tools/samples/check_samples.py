#!/usr/bin/python3
"""Sanity check of the generated samples: every word of every truth-table cell
must occur in the PDF text of the table's pages, and every indicator's target
raw text must occur in the document. Prints a summary; exit 1 on a miss."""
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def page_words(pdf, pages):
    out = ""
    for p in pages:
        out += subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-raw", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout + "\n"
    return set(out.split()), re.sub(r"\s+", " ", out)


def main():
    bad = 0
    for name in sorted(os.listdir(os.path.join(REPO, "samples"))):
        d = os.path.join(REPO, "samples", name)
        pdf = os.path.join(d, "input.pdf")
        tt = os.path.join(d, "truth-tables.json")
        if not (os.path.exists(pdf) and os.path.exists(tt)):
            continue
        tables = json.load(open(tt))["tables"]
        n_cells = n_miss = 0
        for t in tables:
            words, _ = page_words(pdf, t["pages"])
            for c in t["cells"]:
                for w in c["text"].split():
                    n_cells += 1
                    # a natural wrap may break a word after a hyphen ("web-" / "mentoring")
                    split_ok = "-" in w and all(
                        part in words for part in (w[:w.index("-") + 1], w[w.index("-") + 1:]) if part)
                    if w not in words and not split_ok:
                        n_miss += 1
                        if n_miss <= 5:
                            print(f"  {name}: word {w!r} of cell r{c['row']}c{c['col']} not on pages {t['pages']}")
        truth = json.load(open(os.path.join(d, "truth.json")))
        _, alltext = page_words(pdf, range(1, 1 + int(subprocess.run(
            ["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])))
        n_t = n_tmiss = 0
        for ind in truth["indicators"]:
            for tg in ind["targets"]:
                if tg["raw"]:
                    n_t += 1
                    if " ".join(tg["raw"].split()) not in alltext and tg["raw"].replace(" ", "") not in alltext.replace(" ", ""):
                        n_tmiss += 1
                        if n_tmiss <= 5:
                            print(f"  {name}: target {tg['raw']!r} of {ind['code'] or ind['name'][:30]} not found")
        print(f"{name}: {len(tables)} tables, {n_cells} words, {n_miss} missing; {n_t} targets, {n_tmiss} missing")
        bad += n_miss + n_tmiss
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
