#!/usr/bin/python3
"""Sanity check of the generated cases (not of any reader): every string the
truth says is printed must be found in the document's text.
PDF: pdftotext (raw order), all whitespace removed on both sides, so values
wrapped inside a cell still match when their lines are adjacent in the text
stream. Workbooks: LibreOffice renders them to PDF first (display values).
Also checks page counts (1-6) and truth.json's basic shape."""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from vlib import OUT, lo_convert  # noqa: E402


def text_of(path):
    if not path.endswith(".pdf"):
        if path.endswith(".csv"):
            return open(path, encoding="utf-8").read(), 1
        tmp = tempfile.mkdtemp()
        pdf = os.path.join(tmp, "x.pdf")
        lo_convert(path, "pdf", pdf)
        path = pdf
    t = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return t, pages


def squash(s):
    return re.sub(r"\s+", "", s)


def strings(truth, doc):
    for n in truth["nodes"]:
        if n["doc"] != doc:
            continue
        yield "node title", n["title"]
        if n["code"]:
            yield "node code", n["code"]
        if n["weight"]:
            yield "node weight", n["weight"]["raw"]
        for a in n["achievement"] + n["resources"]:
            yield "node value", a["raw"]
    for i in truth["indicators"]:
        if i["doc"] != doc:
            continue
        yield "ind name", i["name"]
        for k in ("code", "description", "formula", "formula_text"):
            if i[k]:
                yield "ind " + k, i[k]
        if i["weight"]:
            yield "ind weight", i["weight"]["raw"]
        for k in ("baselines", "targets", "results", "achievement"):
            for v in i[k]:
                yield "ind " + k, v["raw"]
        for o in i["owners"] + i["notes"]:
            yield "ind owner/note", o
    if doc == len(truth["documents"]) - 1 and truth.get("resources_total"):
        yield "total", truth["resources_total"]["raw"]
    org = truth["documents"][doc]["organisation"]
    if org:
        yield "organisation", org


def main():
    bad = 0
    for case in sorted(glob.glob(os.path.join(OUT, "*", "*"))):
        if not os.path.isdir(case):
            continue
        truth = json.load(open(os.path.join(case, "truth.json"), encoding="utf-8"))
        assert truth["clean"] == (not truth["expected_findings"]), case
        inputs = sorted(f for f in os.listdir(case) if f.startswith("input"))
        assert len(inputs) == len(truth["documents"]), case
        for di, f in enumerate(inputs):
            t, pages = text_of(os.path.join(case, f))
            st = squash(t).lower()
            miss = []
            for what, s in strings(truth, di):
                if squash(s).lower() not in st:
                    miss.append((what, s))
            flag = "" if 1 <= pages <= 6 else f" PAGES={pages}"
            print(f"{os.path.relpath(case, OUT)}/{f}: {pages} p, {len(miss)} not found{flag}")
            for m in miss[:8]:
                print("   ", m)
            bad += len(miss) + (1 if flag else 0)
    print("problems:", bad)


if __name__ == "__main__":
    main()
