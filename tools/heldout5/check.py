#!/usr/bin/python3
"""Check every h5- case: each code/title/name/formula/raw of truth.json must
occur in the text pdftotext reads from the input (workbooks are printed with
LibreOffice first; CSV cells are read directly)."""
import csv, glob, json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, lo_convert


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_texts(pdf):
    out = []
    for mode in ([], ["-layout"], ["-raw"]):
        t = subprocess.run(["pdftotext"] + mode + [pdf, "-"], check=True,
                           capture_output=True, text=True).stdout
        out.append(norm(t))
    return out


def input_texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_texts(path)
    if ext in ("xlsx", "ods"):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "printed.pdf")
            lo_convert(path, "pdf", pdf)
            return pdf_texts(pdf)
    if ext == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        cells = [norm(c) for r in rows for c in r]
        return [" \n ".join(cells), " ".join(cells)]
    raise SystemExit("unknown input " + path)


def strings(truth):
    """(doc, what, string) for everything the truth says is printed."""
    out = []
    def raw(doc, what, obj):
        if obj and obj.get("raw") not in (None, ""):
            out.append((doc, what, obj["raw"]))
    for i, d in enumerate(truth["documents"]):
        for k in ("organisation", "title"):
            if d.get(k):
                out.append((i, "document." + k, d[k]))
    for n in truth["nodes"]:
        doc = n["doc"]
        for k in ("code", "title", "description", "unit"):
            if n.get(k):
                out.append((doc, "node." + k, n[k]))
        raw(doc, "node.weight", n.get("weight"))
        for a in n.get("achievement", []) + n.get("resources", []):
            raw(doc, "node.value", a)
        for o in n.get("owners", []):
            out.append((doc, "node.owner", o))
    for x in truth["indicators"]:
        doc = x["doc"]
        for k in ("code", "name", "description", "formula", "formula_text", "unit_org"):
            if x.get(k):
                out.append((doc, "indicator." + k, x[k]))
        for v in x.get("variables", []):
            out.append((doc, "indicator.variable", v))
        raw(doc, "indicator.weight", x.get("weight"))
        for k in ("baselines", "targets", "results", "achievement"):
            for a in x.get(k, []):
                raw(doc, "indicator." + k, a)
        for o in x.get("owners", []) + x.get("notes", []):
            out.append((doc, "indicator.owner/note", o))
    if truth.get("resources_total"):
        raw(0, "resources_total", truth["resources_total"])
    return out


def check_case(d):
    truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    inputs = sorted(p for p in glob.glob(os.path.join(d, "input*"))
                    if not p.endswith(".md"))
    if len(inputs) != len(truth["documents"]):
        return ["inputs %d != documents %d" % (len(inputs), len(truth["documents"]))]
    texts = [input_texts(p) for p in inputs]
    errors, loose = [], 0
    for doc, what, s in strings(truth):
        s = norm(s)
        if any(s in t for t in texts[doc]):
            continue
        # a value wrapped over two lines is joined without a space
        tight = s.replace(" ", "")
        if any(tight in t.replace(" ", "") for t in texts[doc]):
            loose += 1
            continue
        errors.append("%s not found: %r" % (what, s))
    for p in inputs:
        if os.path.getsize(p) > 300 * 1024:
            errors.append("input too large: %s" % p)
    for f in ("README.md",):
        if not os.path.exists(os.path.join(d, f)):
            errors.append("missing " + f)
    if truth["clean"] != (not truth["expected_findings"]):
        errors.append("clean flag disagrees with expected_findings")
    return errors, loose


def main():
    cases = sorted(glob.glob(os.path.join(OUT, "h5-*")))
    bad = 0
    for d in cases:
        res = check_case(d)
        errors, loose = res if isinstance(res, tuple) else (res, 0)
        name = os.path.basename(d)
        if errors:
            bad += 1
            print("FAIL", name)
            for e in errors:
                print("   ", e)
        else:
            print("ok  ", name, "(%d matched only without spaces)" % loose if loose else "")
    print("%d cases, %d failing" % (len(cases), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
