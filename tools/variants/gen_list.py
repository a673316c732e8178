#!/usr/bin/python3
"""Genre 6: list — a flat indicator table (CSV / XLSX / PDF), one header row."""
import csv
import os
import random
import sys

from vlib import C, Doc, Para, Table, Truth, case_dir, emit, pct_text, pct_cell, readme, it_num, D
from content import BODIES, OPERATIONAL, STRATEGIC, INDICATORS, OWNERS, Ind, VStyle, series, weights, code_for, UM_LABEL

CASES = [
    dict(name="list-lo-1", set="tuned", producer="lo", seed=601, landscape=True, font="Liberation Sans",
         ruled=True, code_style="num", merge_obj=False, level="operational", sizes=[3, 2, 4, 2, 3, 3, 2, 4, 2, 3],
         vs=VStyle(ge=">= ", le="<= ", suffix=False), past=[2025], plan=[2026, 2027, 2028],
         cols=["obj", "code", "ind", "formula", "um", "peso", "b", "t"],
         labels=dict(obj="Obiettivo operativo", code="Codice", ind="Indicatore", formula="Formula",
                     um="Unità di misura", peso="Peso", b="Baseline {y}", t="Target {y}"),
         faults=["weight.sum", "target.missing"]),
    dict(name="list-xlsx-1", set="tuned", producer="xlsx", seed=602, landscape=True, font="DejaVu Sans",
         ruled=True, code_style="tag", merge_obj=True, level="operational", sizes=[2, 3, 2, 4],
         vs=VStyle(ge=">= ", le="<= ", suffix=False), past=[2024, 2025], plan=[2026, 2027, 2028],
         cols=["obj", "code", "ind", "formula", "um", "peso", "b", "t"],
         labels=dict(obj="Obiettivo", code="Codice", ind="Indicatore", formula="Formula",
                     um="Unità di misura", peso="Peso", b="Baseline {y}", t="Target {y}"),
         faults=[]),
    dict(name="list-csv-1", set="heldout", producer="csv", seed=603, landscape=False, font="",
         ruled=False, code_style="sys", merge_obj=False, level="strategic", sizes=[4, 3, 3, 2],
         vs=VStyle(ge="≥ ", le="≤ ", suffix=True, pct_space=True), past=[2025], plan=[2026, 2027, 2028],
         cols=["code", "ind", "obj", "tipo", "formula", "peso", "b", "t", "owner"],
         labels=dict(obj="Obiettivo strategico", code="Codice indicatore", ind="Descrizione indicatore",
                     tipo="Tipo indicatore", formula="Algoritmo di calcolo", peso="Peso %",
                     b="Valore {y}", t="Valore atteso {y}", owner="Struttura"),
         faults=["formula.incomplete", "target.declining"]),
    dict(name="list-chromium-1", set="heldout", producer="chromium", seed=604, landscape=True,
         font="DejaVu Serif", ruled=False, code_style="dfp", merge_obj=True, level="operational",
         sizes=[2, 2, 3, 1, 3, 2], vs=VStyle(ge="≥ ", le="≤ ", suffix=True, almeno=True),
         past=[2024, 2025], plan=[2026, 2027, 2028],
         cols=["obj", "code", "ind", "formula", "um", "peso", "b", "t", "note"],
         labels=dict(obj="Obiettivo operativo", code="ID", ind="Nome indicatore", formula="Modalità di calcolo",
                     um="U.M.", peso="Peso (%)", b="Valore di partenza {y}", t="Target {y}", note="Note"),
         faults=[]),
]

NOTES = ["Indicatore di sistema camerale", "Fonte: gestionale interno", "Rilevazione semestrale", ""]


def build(cfg):
    rng = random.Random(cfg["seed"])
    vs = cfg["vs"]
    org = rng.choice(BODIES)
    past, plan = cfg["past"], cfg["plan"]
    T = Truth()
    T.doc("list", org, plan)
    L = cfg["labels"]
    used = set()
    titles = rng.sample(OPERATIONAL if cfg["level"] == "operational" else STRATEGIC, len(cfg["sizes"]))
    objs = []
    k = 1
    for oi, n in enumerate(cfg["sizes"]):
        code = f"{1 + oi // 2}.{1 + oi % 2}.{1 + (oi * 7) % 3}" if cfg["level"] == "operational" else f"{1 + oi // 2}.{1 + oi % 2}"
        inds = []
        for w in weights(rng, n):
            t = rng.choice([x for x in INDICATORS if x[0] not in used])
            used.add(t[0])
            ind = Ind(t)
            b, tg = series(rng, ind, past, plan)
            inds.append({"ind": ind, "code": code_for(cfg["code_style"], ind, code, k), "w": w, "b": b,
                         "t": [(op, v, None) for op, v in tg], "formula": ind.formula,
                         "owner": rng.choice(OWNERS), "note": rng.choice(NOTES)})
            k += 1
        objs.append({"code": code, "title": titles[oi], "inds": inds})
    for f in cfg["faults"]:
        if f == "weight.sum":
            o = next(o for o in objs if len(o["inds"]) in (3, 4))
            for e, w in zip(o["inds"], weights(rng, len(o["inds"]), fault="sum90")):
                e["w"] = w
            T.finding("weight.sum", o["code"], f"indicator weights of {o['code']} sum to 90%")
        elif f == "target.missing":
            e = objs[-1]["inds"][0]
            e["t"][1] = ("nd", None, "N/D")
            T.finding("target.missing", e["code"], f"target for {plan[1]} printed N/D")
        elif f == "formula.incomplete":
            e = next(e for o in objs for e in o["inds"] if " / " in e["formula"])
            e["formula"] = e["formula"].split(" / ")[0] + " /"
            T.finding("formula.incomplete", e["code"], f"formula '{e['formula']}' lacks its divisor")
        elif f == "target.declining":
            e = next(e for o in objs[1:] for e in o["inds"] if e["ind"].unit == "%" and e["ind"].pol == "higher")
            v = min(e["b"][-1][1], D(90))
            e["b"] = [("=", v - len(past) + 1 + i) for i in range(len(past))]
            e["t"] = [(">=", v + 3, None), (">=", v + 2, None), (">=", v + 1, None)]
            T.finding("target.declining", e["code"], "targets decrease by one point a year")

    keys = []
    for c in cfg["cols"]:
        if c == "b":
            keys += [("b", y) for y in past]
        elif c == "t":
            keys += [("t", y) for y in plan]
        else:
            keys.append((c, None))
    wm = dict(obj=30, code=11, ind=32, formula=26, um=8, peso=8, tipo=11, owner=18, note=16)
    if cfg["producer"] == "chromium":
        wm.update(obj=22, code=8, ind=24, formula=20, um=5, peso=7, note=14)
    widths = [wm.get(c, 13 if cfg["producer"] == "chromium" else 10) for c, _ in keys]
    header = [[C(L[c].format(y=y)) if y else C(L[c]) for c, y in keys]]
    body = []
    um_col = "um" in cfg["cols"]
    for o in objs:
        T.node(o["code"], cfg["level"], o["title"], None)
        for j, e in enumerate(o["inds"]):
            ind = e["ind"]
            d = {"code": C(e["code"]), "ind": C(ind.name), "formula": C(e["formula"]),
                 "um": C(UM_LABEL[ind.unit]), "tipo": C(ind.type), "owner": C(e["owner"]), "note": C(e["note"])}
            d["peso"] = pct_cell(e["w"], 2, align="right") if cfg["producer"] == "xlsx" else C(pct_text(e["w"]), align="right")
            braw, traw = [], []
            for y, (op, v) in zip(past, e["b"]):
                r = vs.value(op, v, ind.unit)
                d[("b", y)] = C(r, align="right")
                braw.append((y, r))
            for y, (op, v, lit) in zip(plan, e["t"]):
                r = lit if lit else vs.value(op, v, ind.unit)
                d[("t", y)] = C(r, align="right")
                traw.append((y, r))
            otext = f"{o['code']} - {o['title']}"
            if cfg["merge_obj"]:
                if j == 0:
                    d["obj"] = C(otext, rs=len(o["inds"]), bold=False)
                    row = [d[c] if y is None else d[(c, y)] for c, y in keys]
                else:
                    row = [d[c] if y is None else d[(c, y)] for c, y in keys if c != "obj"]
            else:
                d["obj"] = C(otext)
                row = [d[c] if y is None else d[(c, y)] for c, y in keys]
            body.append(row)
            T.ind(e["code"], ind.name, o["code"], formula=e["formula"],
                  variables=Ind((0, 0, 0, e["formula"], 0, 0, 0, 0, 0)).variables,
                  unit=vs.unit_known(ind.unit, um_col), type=ind.type if "tipo" in cfg["cols"] else None,
                  weight=pct_text(e["w"]), baselines=braw, targets=traw,
                  owners=[e["owner"]] if "owner" in cfg["cols"] else [],
                  notes=[e["note"]] if "note" in cfg["cols"] and e["note"] else [])
    d = case_dir(cfg["set"], cfg["name"])
    if cfg["producer"] == "csv":
        out = "input.csv"
        with open(os.path.join(d, out), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            w.writerow([c.text for c in header[0]])
            for r in body:
                w.writerow([c.text for c in r])
    else:
        blocks = [Table(header, body, widths, repeat_header=True)]
        if cfg["producer"] != "xlsx":
            blocks.insert(0, Para(f"{org} - Elenco degli indicatori {plan[0]}-{plan[-1]}", bold=True, size=10))
        doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"], size=8)
        out = emit(doc, d, "input", cfg["producer"])
    if cfg["producer"] in ("csv", "xlsx"):
        T.documents[0]["organisation"] = None
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "xlsx": "openpyxl workbook (the workbook is the input)",
            "csv": "Python csv module: UTF-8, `;` separator, one header row"}[cfg["producer"]]
    layout = ("A flat table: one header row, one indicator per row; the objective (`" +
              ("1.1.1" if cfg["level"] == "operational" else "1.1") + " - Title`) " +
              ("in a cell merged down over its indicators" if cfg["merge_obj"] else "repeated on every row") + ".")
    var = [f"input: `{out}`", "columns: " + " | ".join(L[c].format(y="YYYY") for c in cfg["cols"]),
           f"objective level: {cfg['level']}", f"indicator codes like `{objs[0]['inds'][0]['code']}`",
           ("organisation never printed (truth null)" if cfg["producer"] in ("csv", "xlsx")
            else "organisation printed in a title line"),
           f"operators `{vs.ge.strip()}`/`{vs.le.strip()}`" + (", `almeno N` for counts" if vs.almeno else ""),
           "units " + ("in a unit column" if um_col else "in the cells (`N.`, `gg`, `%`)")]
    if cfg["producer"] not in ("csv",):
        var += ["orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
                "ruled" if cfg["ruled"] else "borderless", f"font: {cfg['font']}"]
    readme(d, cfg["name"], "list", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
