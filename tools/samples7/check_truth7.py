#!/usr/bin/python3
"""Check each gen6-* case (tools/samples7) in two ways.

1. Text: every organisation, code, title, name, formula, owner, unit, note and raw value of truth.json must occur
   in the text pdftotext reads from the input (whitespace collapsed; -layout, then -raw; a value wrapped after `-`
   or `/` is joined). A workbook (.xlsx, .ods) is printed to PDF by LibreOffice first; a .csv is read as cells (the
   separator sniffed among `;` `,` TAB, the encoding utf-8 or cp1252). A string found only word by word is reported
   as 'split'; a word missing anywhere is 'MISSING'.
2. Consistency: a small independent audit of the truth itself (weight sums and missing weights per sibling group,
   targets getting easier, operators changing, targets easier than the latest baseline, missing targets, printed
   achievements vs result/target, roll-ups as weighted means, resources vs printed total, one code with two names
   or formulas, formulas ending in an operator). A clean case must raise nothing; a faulty case must raise exactly
   its expected findings (same rule and subject).
Exit 1 when anything is missing or the audit disagrees."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common7  # noqa: E402


# ---------------------------------------------------------------- text of the input

def pdf_text(pdf, mode):
    out = subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def texts_of(case):
    d = os.path.join(common7.TUNED, case)
    inputs = sorted(f for f in os.listdir(d) if f.startswith("input"))
    texts, info = [], []
    for inp in inputs:
        path = os.path.join(d, inp)
        if path.endswith(".csv"):
            raw = open(path, "rb").read()
            try:
                txt = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                txt = raw.decode("cp1252")
            sep = max([";", ",", "\t"], key=lambda s: txt.count(s))
            rows = list(csv.reader(io.StringIO(txt, newline=""), delimiter=sep))
            cells = [re.sub(r"\s+", " ", c) for r in rows for c in r]
            texts.append(" | ".join(cells))
            info.append(f"{len(rows)} csv row(s) sep {sep!r}")
            continue
        if path.endswith(".xlsx") or path.endswith(".ods"):
            tmp = tempfile.mkdtemp(prefix="s7chk-")
            pdf = os.path.join(tmp, "x.pdf")
            common7.lo_pdf(path, pdf)
            path = pdf
        pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        info.append(re.search(r"Pages:\s+(\d+)", pages).group(1) + " page(s)")
        tx = [pdf_text(path, "-layout"), pdf_text(path, "-raw")]
        if os.path.basename(path) == "x.pdf":
            shutil.rmtree(os.path.dirname(path), ignore_errors=True)
        tx += [re.sub(r"(?<=[-/]) ", "", x) for x in tx]
        texts += tx
    return texts, ", ".join(info)


def wanted(t):
    out = []
    for dct in t["documents"]:
        if dct.get("organisation"):
            out.append(("organisation", dct["organisation"]))
    for n in t["nodes"]:
        for k in ("code", "title", "unit", "description"):
            if n.get(k):
                out.append((f"node.{k}", n[k]))
        for o in n["owners"]:
            out.append(("node.owner", o))
        if n["weight"]:
            out.append(("node.weight", n["weight"]["raw"]))
        for a in n["achievement"] + n["resources"]:
            out.append(("node.value", a["raw"]))
        for k in ("mission", "programme"):
            if n.get(k):
                out.append((f"node.{k}", n[k]))
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


def check_text(case, t):
    texts, info = texts_of(case)
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
    return miss, split, info, len(wanted(t))


# ---------------------------------------------------------------- a small audit of the truth

OPS = [("non inferiore a", "ge"), ("non superiore a", "le"), ("almeno", "ge"), ("entro il", "le"),
       (">=", "ge"), ("≥", "ge"), ("<=", "le"), ("≤", "le"), ("pari a", "eq"), ("=", "eq"), (">", "gt"),
       ("<", "lt")]


def num(s):
    s = s.strip()
    m = re.search(r"-?\d[\d.]*(,\d+)?", s)
    if not m:
        return None
    x = m.group(0)
    if "," in x:
        x = x.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", x):
        x = x.replace(".", "")
    try:
        return Decimal(x)
    except InvalidOperation:
        return None


def parse(raw):
    """(op, kind, value): kind number/percent/date/yesno/text."""
    s = raw.strip()
    op = None
    low = s.lower()
    for w, o in OPS:
        if low.startswith(w):
            op, s = o, s[len(w):].strip()
            break
    if s.lower().startswith("al "):
        s = s[3:]
    m = re.search(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return op or "eq", "date", f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    if s.upper() in ("SI", "SÌ", "NO"):
        return op or "eq", "yesno", s.upper()
    v = num(s)
    if v is None:
        return op, "text", s
    return op or "eq", ("percent" if "%" in s else "number"), v


def pv(w):
    """A weight raw -> Decimal on the 0-100 scale (bare numbers are points or percent)."""
    return num(w["raw"]) if w else None


def audit(t):
    issues = []
    docs = t["documents"]
    inds, nodes = t["indicators"], t["nodes"]
    # weights: indicators per (doc, node, unit_org); nodes per (doc, parent, unit)
    groups = {}
    for i in inds:
        groups.setdefault(("ind", i["doc"], i["node"], i.get("unit_org")), []).append(i)
    for n in nodes:
        if n["level"] == "unit":
            continue
        groups.setdefault(("node", n["doc"], n["parent"], n.get("unit")), []).append(n)
    for (kind, d, parent, unit), members in groups.items():
        ws = [pv(m["weight"]) for m in members]
        if all(w is None for w in ws):
            continue
        subj = parent if parent is not None else unit
        if any(w is None for w in ws):
            issues.append(("weight.missing", subj, unit))
            continue
        s = sum(ws)
        if abs(s - 100) > Decimal("0.02"):
            issues.append(("weight.sum", subj, unit))
    # targets
    for i in inds:
        subj = i["code"] or i["name"]
        d = docs[i["doc"]]
        tg = [(x["year"], parse(x["raw"])) for x in i["targets"] if x["year"] is not None]
        years = [y for y, _ in tg]
        if d["kind"] != "report":
            for y in d["years"]:
                if y not in years:
                    issues.append(("target.missing", subj, i.get("unit_org")))
                    break
        else:
            for y in d["years"]:
                if y not in years:
                    issues.append(("target.missing", subj, i.get("unit_org")))
        if any(p[0] is None or p[1] == "text" for _, p in tg):
            issues.append(("target.missing", subj, i.get("unit_org")))
        ops = [p[0] for _, p in tg if p[1] not in ("date", "yesno")]
        if len(set(ops)) > 1:
            issues.append(("target.operator", subj, i.get("unit_org")))
        nums = [(y, p) for y, p in sorted(tg) if p[1] in ("number", "percent")]
        for (y1, a), (y2, b) in zip(nums, nums[1:]):
            if a[0] == b[0] and ((a[0] in ("ge", "gt") and b[2] < a[2]) or (a[0] in ("le", "lt") and b[2] > a[2])):
                issues.append(("target.declining", subj, i.get("unit_org")))
                break
        bl = [(x["year"], parse(x["raw"])) for x in i["baselines"]]
        bl = [(y, p) for y, p in sorted(bl) if p[1] in ("number", "percent")]
        if bl and nums:
            b, f = bl[-1][1], nums[0][1]
            if b[1] == f[1] and ((f[0] in ("ge", "gt") and f[2] < b[2]) or (f[0] in ("le", "lt") and f[2] > b[2])):
                issues.append(("target.unambitious", subj, i.get("unit_org")))
        # achievement
        tmap = dict(tg)
        for r in i["results"]:
            a = [x for x in i["achievement"] if x["year"] == r["year"]]
            if not a or r["year"] not in tmap:
                continue
            op, k, tv = tmap[r["year"]]
            rp = parse(r["raw"])
            printed = num(a[0]["raw"])
            if k == "date":
                due = Decimal(100) if rp[1] == "date" and rp[2] <= tv else Decimal(0)
            elif k == "yesno":
                due = Decimal(100) if rp[2] == tv else Decimal(0)
            elif rp[2] is None or not isinstance(rp[2], Decimal):
                continue
            else:
                due = common7.capped(rp[2], tv, "ge" if op in ("ge", "gt", "eq") else "le")
            if abs(due - printed) > Decimal("0.06"):
                issues.append(("achievement.mismatch", subj, i.get("unit_org")))
        # formula
        if i.get("formula") and re.search(r"[/*+\-:]\s*$", i["formula"]):
            issues.append(("formula.incomplete", subj, i.get("unit_org")))
    # one code, two names or formulas
    seen = {}
    for i in inds:
        if i["code"]:
            seen.setdefault((i["doc"], i["code"]), set()).add((i["name"], i.get("formula")))
    for (d, c), v in seen.items():
        if len(v) > 1:
            issues.append(("indicator.conflict", c, None))
    # roll-ups
    for n in nodes:
        for a in n["achievement"]:
            key = n["code"] or n["title"]
            kids = [i for i in inds if i["node"] == key and i["doc"] == n["doc"] and i.get("unit_org") == n.get("unit")]
            kids = [(pv(i["weight"]), [x for x in i["achievement"] if x["year"] == a["year"]]) for i in kids]
            if not kids:
                kids = [(pv(c["weight"]), [x for x in c["achievement"] if x["year"] == a["year"]]) for c in nodes
                        if c["parent"] == key and c["doc"] == n["doc"]]
            kids = [(w, x) for w, x in kids if x]
            if not kids:
                continue
            if any(w is None for w, _ in kids):
                mean = sum(num(x[0]["raw"]) for _, x in kids) / len(kids)
            else:
                mean = sum(w * num(x[0]["raw"]) for w, x in kids) / sum(w for w, _ in kids)
            if abs(mean - num(a["raw"])) > Decimal("0.06"):
                issues.append(("achievement.rollup", key, n.get("unit")))
    # resources
    if t.get("resources_total"):
        s = sum(num(r["raw"]) for n in nodes for r in n["resources"])
        if s != num(t["resources_total"]["raw"]):
            issues.append(("resources.sum", "total", None))
    return issues


def check(case):
    t = json.load(open(os.path.join(common7.TUNED, case, "truth.json")))
    miss, split, info, nw = check_text(case, t)
    issues = sorted(set(audit(t)), key=str)
    exp = sorted(set((f["rule"], f["subject"]) for f in t["expected_findings"]))
    got = sorted(set((r, s) for r, s, _ in issues if r != "resources.sum")
                 | set((r, f["subject"]) for r, _, _ in issues if r == "resources.sum"
                       for f in t["expected_findings"] if f["rule"] == "resources.sum"))
    if any(r == "resources.sum" for r, _, _ in issues) and not any(f["rule"] == "resources.sum"
                                                                     for f in t["expected_findings"]):
        got.append(("resources.sum", "total"))
    audit_ok = got == exp and t["clean"] == (not exp)
    if not audit_ok:
        print(f"  AUDIT expected {exp}, found {got}")
    status = "ok" if not miss and audit_ok else "FAIL"
    print(f"{case}: {info}, {nw} strings, {split} split, {miss} missing; audit {got or 'clean'}: {status}")
    return status == "ok"


def main(prefix="gen6-"):
    cases = sys.argv[1:] or sorted(c for c in os.listdir(common7.TUNED) if c.startswith(prefix))
    ok = all([check(c) for c in cases])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
