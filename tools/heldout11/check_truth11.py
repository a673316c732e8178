#!/usr/bin/python3
"""Check the h11-* held-out cases with the samples7 checker (tools/samples7/check_truth7.py), pointed at
samples/variants/heldout/:
1. every organisation, code, title, name, formula, owner, unit, note and raw of truth.json occurs in the text
   pdftotext reads from the input (workbooks printed by LibreOffice first, CSV read as cells);
2. the small independent audit of the truth agrees with expected_findings.
Two adaptations of the audit: a group of sibling weights printed in POINTS passes when it sums to its parent's
points (areas summing to 100 points, objectives to their area's points); rules the samples7 audit does not compute
(text.truncated, weight.conflict, weight.range, target.unit, target.conflict) are taken as declared; a target
written in words (no operator the audit knows) is not counted as missing when every year has one, and an operator "change" involving such a target is not one.
3. structure: parents and indicator nodes exist, target/result/achievement years are document years and baseline
   years are not, a clean case has no expected finding and a faulty one exactly one."""
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples7"))
sys.path.insert(0, HERE)
import check_truth7 as c7  # noqa: E402
import common11  # noqa: E402

NOT_AUDITED = {"text.truncated", "weight.conflict", "weight.range", "target.unit", "target.conflict"}
_audit = c7.audit


def _prose_targets_complete(t, subj, unit):
    """A target written in words (`Aumento del 10% rispetto alla baseline`, `Non oltre 30 giorni`, `2%` of a
    `del: 2% nel 2021, …` sentence) has no operator the small audit knows; it is not missing when every year of
    the document has a non-empty target that is not N/D or a dash."""
    for i in t["indicators"]:
        if (i["code"] or i["name"]) != subj or i.get("unit_org") != unit:
            continue
        years = t["documents"][i["doc"]]["years"]
        got = {x["year"]: x["raw"].strip() for x in i["targets"] if x["year"] is not None}
        return all(got.get(y) and got[y].lower() not in ("n/d", "n.d.", "-", "–") for y in years)
    return False


def _has_prose_target(t, subj, unit):
    """Targets in words carry no operator; an operator 'change' involving them is not one."""
    for i in t["indicators"]:
        if (i["code"] or i["name"]) == subj and i.get("unit_org") == unit:
            return any(x["raw"].strip()[:1].isalpha() or x["raw"].strip()[:1].isdigit() for x in i["targets"])
    return False


def audit(t):
    issues = _audit(t)
    out = []
    for rule, subj, unit in issues:
        if rule == "weight.sum":
            par = [n for n in t["nodes"] if (n["code"] or n["title"]) == subj and n["weight"]
                   and "punt" in n["weight"]["raw"].lower()]
            if par:
                pw = c7.num(par[0]["weight"]["raw"])
                kids = [n for n in t["nodes"] if n["parent"] == subj and n.get("unit") == unit]
                kids += [i for i in t["indicators"] if i["node"] == subj and i.get("unit_org") == unit]
                s = sum((c7.pv(k["weight"]) or Decimal(0)) for k in kids)
                if s == pw:
                    continue
        if rule == "target.missing" and _prose_targets_complete(t, subj, unit):
            continue
        if rule == "target.operator" and _has_prose_target(t, subj, unit):
            continue
        out.append((rule, subj, unit))
    for f in t["expected_findings"]:
        if f["rule"] in NOT_AUDITED:
            out.append((f["rule"], f["subject"], f.get("unit")))
    return out


def structure(case):
    """Parents and indicator nodes exist, target/result years are document years, one finding per faulty case."""
    import json
    t = json.load(open(os.path.join(common11.HELDOUT, case, "truth.json")))
    errs = []
    keys = {(n["doc"], n["code"] or n["title"]) for n in t["nodes"]}
    for n in t["nodes"]:
        if n["parent"] is not None and (n["doc"], n["parent"]) not in keys:
            errs.append(f"parent {n['parent']!r} of {n['code'] or n['title']!r} not a node")
    for i in t["indicators"]:
        if (i["doc"], i["node"]) not in keys:
            errs.append(f"node {i['node']!r} of indicator {i['code'] or i['name']!r} not a node")
        years = t["documents"][i["doc"]]["years"]
        for k in ("targets", "results", "achievement"):
            for v in i[k]:
                if v["year"] is not None and v["year"] not in years:
                    errs.append(f"{k} year {v['year']} of {i['code'] or i['name']!r} not a document year")
        for v in i["baselines"]:
            if v["year"] in years:
                errs.append(f"baseline year {v['year']} of {i['code'] or i['name']!r} is a document year")
    if t["clean"] != (not t["expected_findings"]) or len(t["expected_findings"]) > 1:
        errs.append("clean flag / number of expected findings")
    for e in errs:
        print(f"  STRUCTURE {case}: {e}")
    return not errs


c7.audit = audit
c7.common7.TUNED = common11.HELDOUT

if __name__ == "__main__":
    cases = sys.argv[1:] or sorted(c for c in os.listdir(common11.HELDOUT) if c.startswith("h11-"))
    ok_struct = all([structure(c) for c in cases])
    try:
        c7.main(prefix="h11-")
    except SystemExit as e:
        sys.exit(e.code or (0 if ok_struct else 1))
