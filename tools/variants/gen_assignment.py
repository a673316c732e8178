#!/usr/bin/python3
"""Genre 4: assignment (assegnazione obiettivi alle strutture)."""
import random
import sys

from vlib import pct_cell, C, Doc, Para, Table, Truth, case_dir, emit, pct_text, readme, D
from content import BODIES, OPERATIONAL, INDICATORS, Ind, VStyle, series, weights, code_for

UNITS = [
    ("Area Servizi alle imprese", ["Servizio Registro imprese", "Servizio Promozione e sviluppo economico"]),
    ("Area Regolazione e tutela del mercato", ["Servizio Metrologia e sicurezza prodotti",
                                               "Servizio Giustizia alternativa e protesti"]),
    ("Area Risorse e servizi interni", ["Servizio Bilancio e diritto annuale", "Servizio Personale e organizzazione"]),
    ("Azienda Speciale Sviluppo Territorio", []),
]

CASES = [
    dict(name="assignment-lo-1", set="tuned", producer="lo", seed=401, landscape=False,
         font="Liberation Sans", ruled=True, code_style="tag", heads="bands", units=[0, 2],
         vs=VStyle(ge=">= ", le="<= ", suffix=True), year=2026,
         cols=["obj", "peso", "t", "b"],
         labels=dict(obj="Obiettivo operativo / Indicatore", peso="Peso", t="Target {y}", b="Valore {p}"),
         faults=["target.conflict", "indicator.conflict"]),
    dict(name="assignment-chromium-1", set="tuned", producer="chromium", seed=402, landscape=False,
         font="DejaVu Sans", ruled=False, code_style="dotted", heads="lines", units=[0, 1],
         vs=VStyle(ge="≥ ", le="≤ ", suffix=True, pct_space=True), year=2026,
         cols=["obj", "peso", "t", "b"],
         labels=dict(obj="Obiettivo operativo / Indicatore", peso="Peso", t="Target {y}", b="Valore {p}"),
         faults=[]),
    dict(name="assignment-chromium-2", set="heldout", producer="chromium", seed=403, landscape=True,
         font="Liberation Serif", ruled=True, code_style="num", heads="lines", units=[1, 2, 3],
         vs=VStyle(ge="maggiore o uguale a ", le="<= ", suffix=False, words=True, almeno=True), year=2026,
         cols=["obj", "b", "t", "peso"],
         labels=dict(obj="Descrizione obiettivo / Nome indicatore", peso="Ponderazione",
                     t="Valore atteso {y}", b="Base line {p}"),
         faults=["target.conflict"]),
    dict(name="assignment-xlsx-1", set="heldout", producer="xlsx", seed=404, landscape=False,
         font="DejaVu Sans", ruled=True, code_style="sys", heads="bands", units=[2, 0, 3],
         vs=VStyle(ge="≥ ", le="≤ ", suffix=True, pct_dec=0), year=2026,
         cols=["obj", "peso", "b", "t"],
         labels=dict(obj="Obiettivo / KPI", peso="Peso %", t="Target {y}", b="Valore di partenza"),
         faults=[]),
]


def build(cfg):
    def WCELL(v, **kw):
        if cfg["producer"] in ("xlsx", "ods"):
            return pct_cell(v, 2, **kw)
        return C(pct_text(v), **kw)

    rng = random.Random(cfg["seed"])
    vs = cfg["vs"]
    org = rng.choice(BODIES)
    y, p = cfg["year"], cfg["year"] - 1
    T = Truth()
    T.doc("assignment", org, [y])
    # objective pool (shared definitions)
    titles = rng.sample(OPERATIONAL, 7)
    used = set()
    objs = []
    k = 1
    for i, t in enumerate(titles):
        code = f"{(i % 3) + 1}.{(i // 3) + 1}.{(i % 2) + 1}"
        n = rng.choice([1, 2, 2, 3])
        inds = []
        for w in weights(rng, n):
            tt = rng.choice([x for x in INDICATORS if x[0] not in used])
            used.add(tt[0])
            ind = Ind(tt)
            b, tg = series(rng, ind, [p], [y])
            inds.append({"ind": ind, "code": code_for(cfg["code_style"], ind, code, k), "weight": w,
                         "base": b[0], "target": tg[0], "name": ind.name})
            k += 1
        objs.append({"code": code, "title": t, "inds": inds})
    # unit list: (title, parent)
    units = []
    for ui in cfg["units"]:
        area, servs = UNITS[ui]
        units.append((area, None))
        for s in servs:
            units.append((s, area))
    # assignment: shared objective 0 in every unit; others spread
    assign = {}
    for j, (u, par) in enumerate(units):
        extra = rng.sample(range(1, len(objs)), 2 if j % 2 else 1)
        assign[u] = [0] + extra
    # faults: per-unit overrides
    overrides = {}
    if "target.conflict" in cfg["faults"]:
        u = units[1][0]
        e = objs[0]["inds"][0]
        op, v = e["target"]
        nv = v + (D(5) if e["ind"].unit in ("%", "N.") else D(2)) * (1 if op == ">=" else -1)
        if e["ind"].unit == "%" and nv > 100:
            nv = v - 5
        overrides[(u, 0, 0, "target")] = (op, nv)
        T.finding("target.conflict", e["code"],
                  f"{e['code']} targets {vs.value(op, v, e['ind'].unit)} under '{units[0][0]}' but "
                  f"{vs.value(op, nv, e['ind'].unit)} under '{u}'")
    if "indicator.conflict" in cfg["faults"]:
        u = units[-1][0]
        oi = assign[u][-1]
        e = objs[oi]["inds"][-1]
        other = [x for x in units if oi not in assign[x[0]]]
        alt = e["name"] + " e delle sedi distaccate"
        overrides[(u, oi, len(objs[oi]["inds"]) - 1, "name")] = alt
        # make sure the objective also appears elsewhere with the plain name
        u0 = units[0][0]
        if oi not in assign[u0]:
            assign[u0].append(oi)
        T.finding("indicator.conflict", e["code"],
                  f"{e['code']} is named '{e['name']}' under '{u0}' and '{alt}' under '{u}'")

    L = cfg["labels"]
    keys = cfg["cols"]
    widths = [dict(obj=62, peso=10, t=16, b=14)[c] for c in keys]
    header = [[C(L[c].format(y=y, p=p)) for c in keys]]
    blocks = [Para(org, bold=True, size=11),
              Para(f"Assegnazione degli obiettivi operativi alle strutture - anno {y}", bold=True, size=10)]
    body = []

    def ind_rows(u, oi):
        o = objs[oi]
        rows = []
        for ii, e in enumerate(o["inds"]):
            ind = e["ind"]
            name = overrides.get((u, oi, ii, "name"), e["name"])
            top, tv = overrides.get((u, oi, ii, "target"), e["target"])
            bop, bv = e["base"]
            traw = vs.value(top, tv, ind.unit)
            braw = vs.value(bop, bv, ind.unit)
            d = {"obj": C(f"{e['code']} - {name}", indent=1), "peso": WCELL(e["weight"], align="right"),
                 "t": C(traw, align="right"), "b": C(braw, align="right")}
            rows.append([d[c] for c in keys])
            T.ind(e["code"], name, o["code"], unit=vs.unit_known(ind.unit), unit_org=u,
                  weight=pct_text(e["weight"]), baselines=[(p, braw)], targets=[(y, traw)])
        return rows

    for u, par in units:
        T.node(None, "unit", u, par)
        lst = assign[u]
        ws = weights(rng, len(lst))
        urows = []
        for oi, w in zip(lst, ws):
            o = objs[oi]
            T.node(o["code"], "operational", o["title"], None, pct_text(w), unit=u)
            d = {"obj": C(f"{o['code']} - {o['title']}", bold=True), "peso": WCELL(w, align="right", bold=True),
                 "t": C(""), "b": C("")}
            urows.append([d[c] for c in keys])
            urows += ind_rows(u, oi)
        if cfg["heads"] == "bands":
            body.append([C(u, cs=len(keys), bold=True, band=True,
                           bg="#9dc3e6" if par is None else "#deebf7")])
            body += urows
        else:
            blocks.append(Para(u, bold=True, size=10 if par is None else 9, space_before=10))
            blocks.append(Table(header, urows, widths, repeat_header=True))
    if cfg["heads"] == "bands":
        blocks.append(Table(header, body, widths, repeat_header=True))
    doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"], size=8.5)
    d = case_dir(cfg["set"], cfg["name"])
    out = emit(doc, d, "input", cfg["producer"])
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "xlsx": "openpyxl workbook (the workbook is the input)"}[cfg["producer"]]
    if cfg["heads"] == "bands":
        layout = ("One table; organisational units are bands merged across the table (Area darker, its "
                  "Servizi lighter, listed right after their Area); under each unit, operational objective rows "
                  "`2.1.1 - Title` (bold, with the unit's weight) followed by indicator rows `CODE - Name`.")
    else:
        layout = ("Each organisational unit is a bold line (Area larger, then its Servizi) above its own table; "
                  "rows: operational objective `2.1.1 - Title` (bold, the unit's weight) then its indicator rows "
                  "`CODE - Name`.")
    var = [f"input: `{out}`", "columns: " + " | ".join(L[c].format(y=y, p=p) for c in keys),
           f"the same objective `{objs[0]['code']}` is assigned to every unit, with that unit's own weight; "
           "its indicators keep the same weight and target everywhere (clean) unless a fault says otherwise",
           f"the past-year column (`{L['b'].format(y=y, p=p)}`) is a baseline for {p}",
           f"indicator codes like `{objs[0]['inds'][0]['code']}`",
           "orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
           "ruled" if cfg["ruled"] else "borderless", f"font: {cfg['font']}",
           f"operators `{vs.ge.strip()}`/`{vs.le.strip()}`"]
    readme(d, cfg["name"], "assignment", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
