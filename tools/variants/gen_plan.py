#!/usr/bin/python3
"""Genre 1: plan (piano della performance, allegato) — one big table."""
import random
import sys

from vlib import (pct_cell, C, Doc, Para, Table, Truth, case_dir, emit, pct_text, readme, D)
from content import BODIES, VStyle, build_tree, iter_inds, UM_LABEL


def fault_apply(areas, faults, T, rng, vs):
    """Mutate the tree; record expected findings in T."""
    inds = list(iter_inds(areas))
    for f in faults:
        if f == "weight.sum":
            for a in areas:
                for s in a["strategics"]:
                    for o in s["ops"]:
                        if len(o["inds"]) in (2, 3) and "faulted" not in o:
                            n = len(o["inds"])
                            ws = {2: ["40", "50"], 3: ["30", "30", "30"]}[n]
                            for e, w in zip(o["inds"], ws):
                                e["weight"] = D(w)
                            o["faulted"] = True
                            T.finding("weight.sum", o["code"], f"indicator weights of {o['code']} sum to 90,00%")
                            break
                    else:
                        continue
                    break
                else:
                    continue
                break
        elif f == "weight.rounding":
            for a in areas:
                done = False
                for s in a["strategics"]:
                    for o in s["ops"]:
                        if len(o["inds"]) == 3 and "faulted" not in o:
                            for e in o["inds"]:
                                e["weight"] = D("33.33")
                            o["faulted"] = True
                            T.finding("weight.rounding", o["code"],
                                      f"3 x 33,33% under {o['code']} sum to 99,99% (info, rounding only)")
                            done = True
                            break
                    if done:
                        break
                if done:
                    break
        elif f == "formula.incomplete":
            for nc, e in inds:
                if " / " in e["formula"] and not e.get("faulted"):
                    e["formula"] = e["formula"].split(" / ")[0] + " /"
                    e["faulted"] = True
                    T.finding("formula.incomplete", e["code"], f"formula '{e['formula']}' lacks its divisor")
                    break
        elif f == "target.declining":
            for nc, e in sorted(inds, key=lambda x: x[1]["ind"].base):
                if e["ind"].unit == "N." and not e.get("faulted"):
                    e["bases"] = [("=", D(3)) for _ in e["bases"]]
                    e["targets"] = [(">=", D(6)), (">=", D(5)), (">=", D(4))]
                    e["faulted"] = True
                    T.finding("target.declining", e["code"], "targets >= 6, >= 5, >= 4 get easier each year")
                    break
        elif f == "target.operator":
            for nc, e in inds:
                if e["ind"].unit == "%" and e["ind"].pol == "higher" and not e.get("faulted"):
                    v = e["targets"][0][1]
                    e["targets"] = [(">=", v), (">=", v), ("==", v)]
                    e["faulted"] = True
                    T.finding("target.operator", e["code"], "operator changes from >= to = in the third year")
                    break


def truth_tree(T, areas, vs, um_column, doc=0, wrap_slash=()):
    for a in areas:
        T.node(a["code"], "area", a["title"], None, pct_text(a["weight"]), doc=doc)
        for s in a["strategics"]:
            T.node(s["code"], "strategic", s["title"], a["code"], pct_text(s["weight"]), doc=doc)
            for o in s["ops"]:
                T.node(o["code"], "operational", o["title"], s["code"], pct_text(o["weight"]), doc=doc)
    for nc, e in iter_inds(areas):
        i = e["ind"]
        T.ind(e["code"], i.name, nc, doc=doc, description=e.get("desc_shown", i.desc),
              formula=e["formula_shown"], formula_text=e.get("ftext_shown"),
              variables=_vars(e["formula_shown"]) if e["formula_shown"] else [], unit=vs.unit_known(i.unit, um_column),
              weight=pct_text(e["weight"]),
              baselines=[(y, vs.value(op, v, i.unit)) for y, (op, v) in zip(e["past"], e["bases"])],
              targets=[(y, vs.value(op, v, i.unit)) for y, (op, v) in zip(e["plan"], e["targets"])])


def _vars(formula):
    import re
    out = []
    for tok in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", formula):
        if tok not in out:
            out.append(tok)
    return out


CASES = [
    dict(name="plan-lo-1", set="tuned", producer="lo", seed=101, landscape=True,
         font="Liberation Sans", ruled=True, repeat=True, code_style="tag",
         vs=VStyle(ge=">= ", le="<= ", pct_space=True, suffix=True),
         past=[2023, 2024, 2025], plan=[2026, 2027, 2028],
         cols=["hier", "peso", "ftext", "formula", "b", "t"],
         labels=dict(hier="Obiettivi / Indicatori", peso="Peso", ftext="Formula",
                     formula="Algoritmo di calcolo", b="Base line", t="Target"),
         bands=True, wrap_slash=False, labels_rows=True,
         shape=[[("ops", [2, 3]), ("direct", 2)], [("both", 2, [3, 1])], [("ops", [2, 2])]],
         faults=["weight.sum", "formula.incomplete", "target.declining"]),
    dict(name="plan-chromium-1", set="tuned", producer="chromium", seed=102, landscape=True,
         font="DejaVu Sans", ruled=False, repeat=False, code_style="dotted",
         vs=VStyle(ge="≥ ", le="≤ ", pct_space=False, suffix=True),
         past=[2024, 2025], plan=[2026, 2027, 2028],
         cols=["hier", "ftext", "formula", "peso", "b", "t"],
         labels=dict(hier="Obiettivo / Indicatore", peso="Peso %", ftext="Modalità di calcolo",
                     formula="Formula", b="Valore {y}", t="Target {y}"),
         bands=False, wrap_slash=True, labels_rows=True,
         shape=[[("ops", [2, 2]), ("direct", 2)], [("ops", [2, 1, 2])], [("both", 2, [2, 2])]],
         faults=[]),
    dict(name="plan-chromium-2", set="heldout", producer="chromium", seed=103, landscape=False,
         font="Liberation Serif", ruled=True, repeat=True, code_style="sys", merged=True,
         vs=VStyle(ge=">= ", le="<= ", pct_space=False, suffix=False),
         past=[2025], plan=[2026, 2027, 2028],
         cols=["area", "os", "oo", "ind", "um", "peso", "b", "t"],
         labels=dict(area="Area strategica", os="Obiettivo strategico", oo="Obiettivo operativo",
                     ind="Indicatore", um="U.M.", peso="Peso (%)", b="Valore storico {y}",
                     t="Target"),
         bands=True, wrap_slash=False, labels_rows=False,
         shape=[[("ops", [3, 2]), ("ops", [2])], [("ops", [3, 1, 2])], [("ops", [2, 2]), ("ops", [1, 2])]],
         break_before="3.2",
         faults=["weight.rounding", "target.operator"]),
    dict(name="plan-ods-1", set="heldout", producer="ods", seed=104, landscape=True,
         font="DejaVu Serif", ruled=True, repeat=True, code_style="dfp",
         vs=VStyle(ge="maggiore o uguale a ", le="<= ", pct_space=False, suffix=True, almeno=True,
                   words=True),
         past=[2024, 2025], plan=[2026, 2027, 2028],
         cols=["hier", "peso", "formula", "ftext", "b", "t"],
         labels=dict(hier="Descrizione obiettivo / Nome indicatore", peso="Ponderazione",
                     ftext="Descrizione del calcolo", formula="Algoritmo", b="Baseline {y}",
                     t=["Target primo anno", "Target secondo anno", "Target terzo anno"]),
         bands=False, wrap_slash=False, labels_rows=True,
         shape=[[("direct", 2), ("both", 2, [2, 2])], [("ops", [2, 1])], [("direct", 3)]],
         extras=["ratio", "new"], faults=[]),
]


def build(cfg):
    def WCELL(v, **kw):
        if cfg["producer"] in ("xlsx", "ods"):
            return pct_cell(v, 2, **kw)
        return C(pct_text(v), **kw)

    rng = random.Random(cfg["seed"])
    vs = cfg["vs"]
    org = cfg.get("org") or rng.choice(BODIES)
    T = cfg.get("T") or Truth()
    di = T.doc("plan", org, cfg["plan"])
    areas = cfg.get("areas") or build_tree(rng, cfg["shape"], cfg["plan"], cfg["past"], cfg["code_style"])
    for _, e in iter_inds(areas):
        e["past"], e["plan"] = cfg["past"], cfg["plan"]
    for x in cfg.get("extras", []):
        # swap in a special indicator (ratio values 0,23 / a new one measured first in the plan's first year)
        from content import Ind, RATIO_INDICATOR, NEW_INDICATOR
        cand = [e for _, e in iter_inds(areas) if e["ind"].unit == "N."]
        e = cand[0] if x == "ratio" else cand[-1]
        e["ind"] = Ind(RATIO_INDICATOR if x == "ratio" else NEW_INDICATOR)
        e["formula"] = e["ind"].formula
        if x == "ratio":
            e["bases"] = [("=", D("0.21") + D("0.01") * i) for i in range(len(cfg["past"]))]
            last = e["bases"][-1][1]
            e["targets"] = [(">=", last + D("0.01") * (i + 1)) for i in range(len(cfg["plan"]))]
        else:
            e["bases"] = [("-", None) for _ in cfg["past"]]
            e["targets"] = [("anno", None), (">=", D(60)), (">=", D(70))]
    fault_apply(areas, cfg["faults"], T, rng, vs)
    merged = cfg.get("merged", False)
    um_column = "um" in cfg["cols"]
    L = cfg["labels"]
    past, plan = cfg["past"], cfg["plan"]

    # ---- columns
    keys = []
    for c in cfg["cols"]:
        if c == "b":
            keys += [("b", y) for y in past]
        elif c == "t":
            keys += [("t", y) for y in plan]
        else:
            keys.append((c, None))
    widthmap = dict(hier=40, peso=8, ftext=26, formula=21, area=15, os=17, oo=19, ind=30, um=6)
    widths = [widthmap.get(k, 10) if k not in ("b", "t") else 10 for k, _ in keys]
    if merged:
        widths = [dict(area=12, os=14, oo=15, ind=25, um=5, peso=7, b=10).get(k, 11) for k, _ in keys]

    # ---- header
    def lab(k, y, idx):
        v = L[k]
        if isinstance(v, list):
            return v[idx]
        return v.format(y=y)

    if cfg["bands"]:
        r1, r2 = [], []
        for c in cfg["cols"]:
            if c in ("b", "t"):
                ys = past if c == "b" else plan
                if "{y}" in L[c]:
                    for i, y in enumerate(ys):
                        r1.append(C(lab(c, y, i), rs=2))
                else:
                    r1.append(C(L[c], cs=len(ys)))
                    r2 += [C(str(y)) for y in ys]
            else:
                r1.append(C(L[c], rs=2))
        header = [r1, r2]
    else:
        row = []
        for c in cfg["cols"]:
            if c in ("b", "t"):
                ys = past if c == "b" else plan
                row += [C(lab(c, y, i)) for i, y in enumerate(ys)]
            else:
                row.append(C(L[c]))
        header = [row]

    def ind_cells(e):
        i = e["ind"]
        d = {}
        name = f"{e['code']} - {i.name}"
        d["hier"] = C(name + "\n" + i.desc, indent=1)
        d["ind"] = C(name)
        d["peso"] = WCELL(e["weight"], align="right")
        d["ftext"] = C(i.ftext)
        e["ftext_shown"] = i.ftext if "ftext" in cfg["cols"] else None
        e["desc_shown"] = i.desc if "hier" in cfg["cols"] else None
        f = e["formula"]
        if cfg["wrap_slash"] and f.count(" / ") == 1 and not f.endswith("/"):
            f = f.replace(" / ", " /\n")
        d["formula"] = C(f)
        e["formula_shown"] = e["formula"] if "formula" in cfg["cols"] else None
        d["um"] = C(UM_LABEL[i.unit])
        for y, (op, v) in zip(past, e["bases"]):
            d[("b", y)] = C(vs.value(op, v, i.unit), align="right")
        for y, (op, v) in zip(plan, e["targets"]):
            d[("t", y)] = C(vs.value(op, v, i.unit), align="right")
        return d

    body = []
    breaks = []

    def emit_row(d, band=False, bold=False, italic=False):
        row = []
        for k in keys:
            kk = k if k[1] is not None else k[0]
            c = d.get(kk) or C("")
            if band:
                c.band = True
            if bold:
                c.bold = True
            if italic:
                c.italic = True
            row.append(c)
        body.append(row)

    if not merged:
        for a in areas:
            emit_row({"hier": C(f"{a['code']} - {a['title']}"), "peso": WCELL(a["weight"], align="right")},
                     band=True, bold=True)
            for s in a["strategics"]:
                emit_row({"hier": C(f"{s['code']} - {s['title']}"),
                          "peso": WCELL(s["weight"], align="right")}, bold=True)
                if s["direct"]:
                    if cfg["labels_rows"]:
                        emit_row({"hier": C("Indicatori"), "peso": WCELL(s["share_ind"], align="right")},
                                 italic=True)
                    for e in s["direct"]:
                        for_e = ind_cells(e)
                        emit_row(for_e)
                if s["ops"]:
                    if cfg["labels_rows"]:
                        emit_row({"hier": C("Obiettivi operativi"),
                                  "peso": WCELL(s["share_ops"], align="right")}, italic=True)
                    for o in s["ops"]:
                        emit_row({"hier": C(f"{o['code']} - {o['title']}"),
                                  "peso": WCELL(o["weight"], align="right")}, bold=True)
                        if cfg["labels_rows"]:
                            emit_row({"hier": C("Indicatori"), "peso": C("100,00%", align="right")},
                                     italic=True)
                        for e in o["inds"]:
                            emit_row(ind_cells(e))
        layout = ("Landscape table, one hierarchy column holding area rows (`1 - Title`, shaded band), "
                  "strategic objective rows (`1.1 - Title`, bold), label rows `Indicatori` / "
                  "`Obiettivi operativi` with their share %, operational objective rows (`1.1.1 - Title`) "
                  "and indicator rows `CODE - Name` with the description on the next line of the same "
                  "cell; then weight, formula in words, formula over measure codes, baselines and targets.")
    else:
        for a in areas:
            n_a = sum(len(o["inds"]) for s in a["strategics"] for o in s["ops"])
            first_a = True
            for s in a["strategics"]:
                n_s = sum(len(o["inds"]) for o in s["ops"])
                first_s = True
                if s["code"] == cfg.get("break_before"):
                    breaks.append(len(body))
                for o in s["ops"]:
                    first_o = True
                    for e in o["inds"]:
                        d = ind_cells(e)
                        row = []
                        for k in keys:
                            kk = k if k[1] is not None else k[0]
                            if kk == "area":
                                if first_a:
                                    row.append(C(f"{a['code']} - {a['title']}\n(Peso {pct_text(a['weight'])})",
                                                 rs=n_a, bold=True))
                                continue
                            if kk == "os":
                                if first_s:
                                    row.append(C(f"{s['code']} - {s['title']}\n(Peso {pct_text(s['weight'])})",
                                                 rs=n_s))
                                continue
                            if kk == "oo":
                                if first_o:
                                    row.append(C(f"{o['code']} - {o['title']}\n(Peso {pct_text(o['weight'])})",
                                                 rs=len(o["inds"])))
                                continue
                            row.append(d.get(kk) or C(""))
                        body.append(row)
                        first_a = first_s = first_o = False
        layout = ("Portrait table with area, strategic objective and operational objective in merged cells "
                  "(rowspans) left of the indicator columns; each merged cell prints `code - title` and "
                  "`(Peso xx,xx%)` on its last line; then Indicatore (`CODE - Name`), U.M., Peso, "
                  "one past value and a `Target` band over the three plan years.")

    blocks = [] if cfg.get("running") else [Para(org.upper(), bold=True, size=11)]
    blocks += [Para(f"Piano della performance {plan[0]}-{plan[-1]} - Allegato tecnico: obiettivi e indicatori",
                   bold=True, size=10)]
    if isinstance(L["t"], list):
        blocks.append(Para(f"Target primo anno = {plan[0]}; secondo anno = {plan[1]}; terzo anno = {plan[2]}",
                           italic=True))
    blocks.append(Table(header, body, widths, repeat_header=cfg["repeat"], breaks_before=breaks))
    doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"],
              size=8.5 if merged else 8, running=cfg.get("running"))
    truth_tree(T, areas, vs, um_column, doc=di)
    if cfg.get("T"):
        return emit(doc, cfg["dir"], cfg["out_name"], cfg["producer"]), layout
    d = case_dir(cfg["set"], cfg["name"])
    out = emit(doc, d, "input", cfg["producer"])
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "ods": "openpyxl workbook converted to .ods by LibreOffice (the workbook is the input)",
            "xlsx": "openpyxl workbook (the workbook is the input)"}[cfg["producer"]]
    hdr = " | ".join(
        (L[c] if not isinstance(L[c], list) else " / ".join(L[c])) for c in cfg["cols"])
    var = [f"input: `{out}`", f"header labels: {hdr}",
           "years: baselines " + ", ".join(map(str, past)) + "; targets " + ", ".join(map(str, plan)),
           "orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
           "ruled" if cfg["ruled"] else "borderless (no cell rules)",
           f"font: {cfg['font']}",
           f"indicator code style: {cfg['code_style']} (e.g. `{next(iter_inds(areas))[1]['code']}`)",
           "header repeated on each page" if cfg["repeat"] else "header printed once (not repeated after a page break)",
           "target band over year sub-headers" if cfg["bands"] and "{y}" not in str(L["t"]) else "one target column per year",
           f"operators: `{vs.ge.strip()}` / `{vs.le.strip()}`; percent with{'' if vs.pct_space else 'out'} a space; "
           f"units {'after counts/days' if vs.suffix else 'only in the U.M. column or % sign'}",
           "organisation printed in upper case in a title line above the table"]
    if "ftext" in cfg["cols"] and "formula" in cfg["cols"]:
        var.append(f"formula in words under `{L['ftext']}`; formula over measure codes under `{L['formula']}`")
    if merged:
        var.append("no formula columns; a forced page break inside the table (before strategic objective "
                   f"{cfg.get('break_before')}) splits the merged area cell over two pages")
    if cfg["wrap_slash"]:
        var.append("complete formulas wrapped right after `/` (line ends in `/`, divisor on the next line): not a fault")
    if "ratio" in cfg.get("extras", []):
        var.append("one indicator with ratio values printed with two decimals (`0,23 N.`)")
    if "new" in cfg.get("extras", []):
        var.append("one new indicator: baselines printed `-`, first-year target `Anno di rilevazione` "
                   "(a measurement year, not a missing target)")
    if isinstance(L["t"], list):
        var.append("targets headed `Target primo/secondo/terzo anno`, years given in a note line above the table")
    readme(d, cfg["name"], "plan", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
