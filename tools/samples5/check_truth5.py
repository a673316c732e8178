#!/usr/bin/python3
"""Check each gen5-* case's truth.json against its input (adapted from tools/samples2/check_truth.py): every code, title,
indicator name, formula and raw value must occur in the text pdftotext reads
(whitespace collapsed; -layout, then -raw). A workbook (.xlsx, .ods) is printed to PDF by
LibreOffice first; a .csv is read as cells (encoding from the case README: utf-8 or cp1252). A string found only word by word (a wrap split it across
columns of text) is reported as 'split'; a word missing is 'MISSING'.
Exit 1 when anything is missing."""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common5 as common2  # noqa: E402


def pdf_text(pdf, mode):
    out = subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def texts_of(case):
    d = os.path.join(common2.TUNED, case)
    inp = [f for f in os.listdir(d) if f.startswith("input")][0]
    path = os.path.join(d, inp)
    if path.endswith(".csv"):
        import csv
        raw = open(path, "rb").read()
        try:
            txt = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            txt = raw.decode("cp1252")
        import io
        rows = list(csv.reader(io.StringIO(txt, newline=""), delimiter=";"))
        cells = [re.sub(r"\s+", " ", c) for r in rows for c in r]
        return [" | ".join(cells)], f"{len(rows)} csv row(s)"
    if path.endswith(".xlsx") or path.endswith(".ods"):
        tmp = tempfile.mkdtemp(prefix="s5chk-")
        pdf = os.path.join(tmp, "x.pdf")
        common2.lo_pdf(path, pdf)
        path = pdf
    pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    npages = re.search(r"Pages:\s+(\d+)", pages).group(1) + " page(s)"
    texts = [pdf_text(path, "-layout"), pdf_text(path, "-raw")]
    # a value wrapped after '-' or '/' joins without a space (TRUTH.md: '<=31/12/' + '2026')
    texts += [re.sub(r"(?<=[-/]) ", "", x) for x in texts]
    return texts, npages


def wanted(t):
    out = []
    for dct in t["documents"]:
        if dct.get("organisation"):
            out.append(("organisation", dct["organisation"]))
    for n in t["nodes"]:
        for k in ("code", "title", "unit"):
            if n.get(k):
                out.append((f"node.{k}", n[k]))
        for o in n["owners"]:
            out.append(("node.owner", o))
        if n["weight"]:
            out.append(("node.weight", n["weight"]["raw"]))
        for a in n["achievement"] + n["resources"]:
            out.append(("node.value", a["raw"]))
    for i in t["indicators"]:
        for k in ("code", "name", "formula", "formula_text", "type", "description", "unit_org"):
            if i.get(k):
                out.append((f"ind.{k}", i[k]))
        for o in i["owners"] + i["notes"]:
            out.append(("ind.owner/note", o))
        if i["weight"]:
            out.append(("ind.weight", i["weight"]["raw"]))
        for k in ("baselines", "targets", "results", "achievement"):
            for v in i[k]:
                out.append((f"ind.{k}", v["raw"]))
    if t.get("resources_total"):
        out.append(("resources_total", t["resources_total"]["raw"]))
    return out


def check(case):
    t = json.load(open(os.path.join(common2.TUNED, case, "truth.json")))
    texts, npages = texts_of(case)
    words = set(" ".join(texts).split())
    miss = split = 0
    for what, s in wanted(t):
        s2 = re.sub(r"\s+", " ", s)
        if any(s2 in x for x in texts):
            continue
        if what == "organisation" and any(s2.lower() in x.lower() for x in texts):
            continue
        lost = [w for w in s2.split() if w not in words and not any(w in x for x in texts)]
        if lost:
            miss += 1
            print(f"  MISSING {what}: {s!r} (words not found: {lost})")
        else:
            split += 1
            print(f"  split   {what}: {s!r}")
    status = "ok" if not miss else "FAIL"
    print(f"{case}: {npages}, {len(wanted(t))} strings, {split} split, {miss} missing: {status}")
    return miss == 0


def main(prefix="gen5-"):
    """Checks the cases named on the command line, else every tuned case whose name starts with `prefix`
    (tools/samples6/check_truth6.py calls it with "fam5-")."""
    cases = sys.argv[1:] or sorted(c for c in os.listdir(common2.TUNED) if c.startswith(prefix))
    ok = all([check(c) for c in cases])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
