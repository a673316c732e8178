#!/usr/bin/python3
"""Genre 3: dashboard (cruscotto) — area bands merged across the sheet, one row per indicator."""
import random
import sys

from vlib import C, Cell, Doc, Para, Table, Truth, case_dir, emit, pct_text, pct_cell, num_cell, readme, it_num, D
from content import BODIES, AREAS, INDICATORS, OWNERS, Ind, VStyle, series, weights, code_for

CASES = [
    dict(name="dashboard-xlsx-1", set="tuned", producer="xlsx", seed=301, landscape=True,
         font="Liberation Sans", ruled=True, code_style="sys", sizes=[4, 6, 3],
         base_years=[2024], plan=[2025, 2026, 2027], numeric_targets=False, band_header=True,
         cols=["code", "ind", "peso", "b", "t"],
         labels=dict(code="Codice", ind="Indicatore", peso="Peso", b="Baseline {y}", t="Target"),
         ge="≥ ", le="≤ ", pct_dec=0, area_style="{n}. {t}",
         faults=["target.declining", "weight.sum"]),
    dict(name="dashboard-lo-1", set="tuned", producer="lo", seed=302, landscape=True,
         font="Liberation Sans", ruled=True, code_style="num", sizes=[3, 6, 2, 4, 5, 4], break_before_area=4,
         base_years=[2024], plan=[2025, 2026, 2027], numeric_targets=False, band_header=False,
         cols=["code", "ind", "peso", "b", "t", "owner"],
         labels=dict(code="Cod.", ind="Indicatore", peso="Peso %", b="Valore {y}", t="Target {y}",
                     owner="Responsabile"),
         ge=">= ", le="<= ", pct_dec=2, area_style="{n}. {t}", faults=[]),
    dict(name="dashboard-chromium-1", set="heldout", producer="chromium", seed=303, landscape=False,
         font="DejaVu Sans", ruled=False, code_style="k", sizes=[2, 4, 3],
         base_years=[2023, 2024], plan=[2025, 2026, 2027], numeric_targets=False, band_header=False,
         cols=["ind", "code", "b", "t", "peso"],
         labels=dict(code="ID", ind="KPI", peso="Ponderazione", b="Valore storico {y}",
                     t="Valore atteso {y}"),
         ge=">= ", le="<= ", pct_dec=1, area_style="AREA {n} - {T}", faults=["weight.sum"]),
    dict(name="dashboard-ods-1", set="heldout", producer="ods", seed=304, landscape=True,
         font="DejaVu Sans", ruled=True, code_style="dotted", sizes=[5, 3, 4],
         base_years=[2024], plan=[2025, 2026, 2027], numeric_targets=True, band_header=True,
         cols=["code", "ind", "um", "peso", "b", "t", "owner"],
         labels=dict(code="Codice indicatore", ind="Descrizione indicatore", um="U.M.",
                     peso="Peso (%)", b="Base line {y}", t="Target", owner="Centro di responsabilità"),
         ge="≥ ", le="≤ ", pct_dec=0, area_style="{n}. {t}", faults=[]),
]


def build(cfg):
    rng = random.Random(cfg["seed"])
    org = rng.choice(BODIES)
    plan, past = cfg["plan"], cfg["base_years"]
    T = Truth()
    T.doc("dashboard", org, plan)
    L = cfg["labels"]
    um_col = "um" in cfg["cols"]
    keys = []
    for c in cfg["cols"]:
        if c == "b":
            keys += [("b", y) for y in past]
        elif c == "t":
            keys += [("t", y) for y in plan]
        else:
            keys.append((c, None))
    wm = dict(code=11, ind=52, peso=9, owner=22, um=6)
    if not cfg["landscape"]:
        wm.update(code=7, ind=34, peso=17)
    widths = [wm.get(c, 11 if cfg["landscape"] else 13) for c, _ in keys]
    if cfg["band_header"]:
        r1, r2 = [], []
        for c in cfg["cols"]:
            if c == "t" and "{y}" not in L["t"]:
                r1.append(C(L["t"], cs=len(plan)))
                r2 += [C(str(y)) for y in plan]
            elif c in ("b", "t"):
                ys = past if c == "b" else plan
                r1 += [C(L[c].format(y=y), rs=2) for y in ys]
            else:
                r1.append(C(L[c], rs=2))
        header = [r1, r2]
    else:
        header = [[C(L[c].format(y=y)) if y else C(L[c]) for c, y in keys]]
    used = set()
    areas = rng.sample(AREAS, len(cfg["sizes"]))
    body = []
    breaks = []
    k = 1
    faults = list(cfg["faults"])
    declined = False
    sum_done = False
    for ai, n in enumerate(cfg["sizes"]):
        acode = str(ai + 1)
        title = areas[ai]
        band = cfg["area_style"].format(n=acode, t=title, T=title.upper())
        if ai + 1 == cfg.get("break_before_area"):
            breaks.append(len(body))
        body.append([C(band, cs=len(keys), bold=True, band=True)])
        T.node(acode, "area", title.upper() if "{T}" in cfg["area_style"] else title, None)
        ws = weights(rng, n)
        if "weight.sum" in faults and not sum_done and n in (3, 4, 5) and ai > 0:
            ws = weights(rng, n, fault="sum90")
            sum_done = True
            T.finding("weight.sum", acode, f"indicator weights of area {acode} sum to 90%")
        for w in ws:
            t = rng.choice([t for t in INDICATORS if t[0] not in used and t[4] != "date"])
            used.add(t[0])
            ind = Ind(t)
            bases, tg = series(rng, ind, past, plan)
            code = code_for(cfg["code_style"], ind, acode + ".1", k)
            k += 1
            if "target.declining" in faults and not declined and ind.unit == "%" and ind.pol == "higher":
                declined = True
                v = bases[-1][1] + 3
                bases = [("=", v - 4 + i) for i in range(len(bases))]
                tg = [(">=", v), (">=", v - 1), (">=", v + 1)]
                T.finding("target.declining", code,
                          f"target goes {cfg['ge'].strip()} {it_num(v)}% -> {cfg['ge'].strip()} {it_num(v - 1)}% from {plan[0]} to {plan[1]}")
            d = {"code": C(code), "ind": C(ind.name), "peso": pct_cell(w, 2, align="right"),
                 "um": C({"%": "%", "N.": "N.", "gg": "gg", "EUR": "€"}[ind.unit])}
            owner = rng.choice(OWNERS)
            d["owner"] = C(owner)
            braw, traw = [], []
            for y, (op, v) in zip(past, bases):
                if ind.unit == "%":
                    cell = pct_cell(v, cfg["pct_dec"], align="right")
                elif ind.unit == "EUR":
                    cell = num_cell(v, 2, align="right")
                elif ind.unit == "gg" and v != v.to_integral_value():
                    cell = num_cell(v, 1, align="right")
                else:
                    cell = num_cell(v, 0, align="right")
                d[("b", y)] = cell
                braw.append((y, cell.text))
            for y, (op, v) in zip(plan, tg):
                sym = cfg["ge"] if op == ">=" else cfg["le"]
                if ind.unit == "%":
                    core = pct_text(v, cfg["pct_dec"])
                    val, fmt = float(v / 100), '"' + sym + '"0' + ("." + "0" * cfg["pct_dec"] if cfg["pct_dec"] else "") + "%"
                else:
                    dec = 2 if ind.unit == "EUR" else (1 if v != v.to_integral_value() else 0)
                    core = it_num(v, dec)
                    val, fmt = float(v), '"' + sym + '"#,##0' + ("." + "0" * dec if dec else "")
                text = sym + core
                if cfg["numeric_targets"]:
                    cell = Cell(text, value=val, fmt=fmt, align="right")
                else:
                    cell = C(text, align="right")
                d[("t", y)] = cell
                traw.append((y, text))
            body.append([d[c] if y is None else d[(c, y)] for c, y in keys])
            known = ind.unit if (ind.unit in ("%",) or um_col) else None
            T.ind(code, ind.name, acode, unit=known, weight=pct_text(w, 2), baselines=braw, targets=traw,
                  owners=[owner] if "owner" in cfg["cols"] else [])
    blocks = [Para("CRUSCOTTO STRATEGICO", bold=True, size=12),
              Para(f"{org} - indicatori di performance {plan[0]}-{plan[-1]}", bold=True, size=10),
              Table(header, body, widths, repeat_header=True, breaks_before=breaks)]
    doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"], size=8.5,
              band_bg="#f4b183")
    d = case_dir(cfg["set"], cfg["name"])
    out = emit(doc, d, "input", cfg["producer"])
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "xlsx": "openpyxl workbook (the workbook is the input)",
            "ods": "openpyxl workbook converted to .ods by LibreOffice (the workbook is the input)"}[cfg["producer"]]
    layout = ("A title `CRUSCOTTO STRATEGICO` and a line naming the body, then one table: area title rows are "
              "bands merged across the whole width (`" + cfg["area_style"].format(n="2", t="Title", T="TITLE") +
              "`), followed by one row per indicator.")
    var = [f"input: `{out}`",
           "columns: " + " | ".join(L[c] for c in cfg["cols"]),
           "targets under a `Target` band with year sub-headers" if cfg["band_header"] and "{y}" not in L["t"] else "one labelled column per year",
           f"weights stored as fractions with format `0.00%` (0.1666 shows 16,66%); percentage baselines with "
           f"{cfg['pct_dec']} decimals",
           ("targets stored as NUMBERS with a custom format carrying the operator (`\"≥ \"0%`: 0.73 shows `≥ 73%`)"
            if cfg["numeric_targets"] else f"targets stored as text (`{cfg['ge']}73%`)"),
           f"indicator codes like `{T.indicators[0]['code']}`",
           "orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
           "ruled" if cfg["ruled"] else "borderless", f"font: {cfg['font']}",
           "counts have no unit anywhere (truth unit null)" if not um_col else "a U.M. column gives each unit"]
    if cfg.get("break_before_area"):
        var.append(f"forced page break before the band of area {cfg['break_before_area']}; the header row is "
                   "repeated on page 2 (print titles)")
    readme(d, cfg["name"], "dashboard", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
