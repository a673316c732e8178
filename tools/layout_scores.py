#!/usr/bin/env python3
"""Scores the layout engine against reviewed ground truth.

For every samples/<name>/ with expected-tables.json (generic layout samples)
or truth-tables.json (seed-genre samples), runs `allegato tables --format
json` and prints, per sample:
  - cell-exact accuracy: expected cells found with the same row, col, spans
    and text (cells marked "wrap": true compare with line breaks as spaces),
    over expected cells;
  - the ICDAR 2013 table-competition adjacency-relation F1 (Goebel et al.):
    each non-empty cell is related to its nearest non-empty neighbour to the
    right and below; relations (text, neighbour text, direction) of expected
    and found tables are compared as multisets.
Usage: tools/layout_scores.py BUILD/allegato [SAMPLE...]
"""
import json, os, re, subprocess, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(text, wrap):
    # A cell that may wrap naturally compares with its line breaks as spaces
    # (a break after a hyphen joins the word back).
    return " ".join(re.sub(r"(\S)-\n", r"\1-", text).split()) if wrap else text


def grid(table):
    cells = {}
    for c in table["cells"]:
        if c.get("text", "") != "":
            cells[(c["row"], c["col"])] = c
    return cells


def flat(text):
    return " ".join(re.sub(r"(\S)-\n", r"\1-", text).split())


def relations(table):
    cells = grid(table)
    out = Counter()
    n_rows = max([r + c.get("row_span", 1) for (r, _), c in cells.items()] + [0])
    n_cols = max([k + c.get("col_span", 1) for (_, k), c in cells.items()] + [0])
    for (r, k), c in cells.items():
        text = flat(c["text"])
        # Right neighbour: first non-empty cell after the span on the same row.
        for k2 in range(k + c.get("col_span", 1), n_cols):
            if (r, k2) in cells:
                out[(text, flat(cells[(r, k2)]["text"]), "h")] += 1
                break
        for r2 in range(r + c.get("row_span", 1), n_rows):
            if (r2, k) in cells:
                out[(text, flat(cells[(r2, k)]["text"]), "v")] += 1
                break
    return out


def score(expected, actual):
    exp_tables, act_tables = expected["tables"], actual["tables"]
    right = total = 0
    exp_rel, act_rel = Counter(), Counter()
    for i, et in enumerate(exp_tables):
        at = act_tables[i] if i < len(act_tables) else {"cells": []}
        found = {(c["row"], c["col"], c.get("row_span", 1), c.get("col_span", 1)): c for c in at["cells"]}
        for c in et["cells"]:
            total += 1
            key = (c["row"], c["col"], c.get("row_span", 1), c.get("col_span", 1))
            wrap = c.get("wrap", False)
            if key in found and norm(found[key]["text"], wrap) == norm(c["text"], wrap):
                right += 1
        exp_rel += relations(et)
    for at in act_tables:
        act_rel += relations(at)
    common = sum((exp_rel & act_rel).values())
    p = common / max(1, sum(act_rel.values()))
    r = common / max(1, sum(exp_rel.values()))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return right, total, p, r, f1, len(exp_tables), len(act_tables)


def main():
    binary = sys.argv[1]
    names = sys.argv[2:] or sorted(os.listdir(os.path.join(ROOT, "samples")))
    print(f"{'sample':24} {'cells right':>14} {'acc':>6} {'adjP':>6} {'adjR':>6} {'adjF1':>6} tables")
    for name in names:
        d = os.path.join(ROOT, "samples", name)
        truth = next((os.path.join(d, f) for f in ("expected-tables.json", "truth-tables.json")
                      if os.path.exists(os.path.join(d, f))), None)
        pdf = os.path.join(d, "input.pdf")
        if not truth or not os.path.exists(pdf):
            continue
        args = [binary, "tables", pdf, "--format", "json"]
        if name.endswith("encrypted"):
            args += ["--password", "secret"]
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode not in (0, 3):
            print(f"{name:24} error: {run.stderr.strip()}")
            continue
        right, total, p, r, f1, ne, na = score(json.load(open(truth)), json.loads(run.stdout))
        print(f"{name:24} {right:>6}/{total:<7} {right / max(1, total):6.3f} {p:6.3f} {r:6.3f} {f1:6.3f} {na}/{ne}")


if __name__ == "__main__":
    main()
