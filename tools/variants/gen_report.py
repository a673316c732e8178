#!/usr/bin/python3
"""Genre 5: report (relazione sulla performance) — targets, results, achievement."""
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

from vlib import C, Cell, Doc, Para, Table, Truth, case_dir, emit, pct_text, pct_cell, readme, it_num, D
from content import BODIES, STRATEGIC, OPERATIONAL, INDICATORS, Ind, VStyle, series, weights, code_for, UM_LABEL

Q2 = Decimal("0.01")


def ach(op, target, result):
    if op == "entro":
        return D(100) if result else D(0)
    if op == ">=":
        a = D(100) if result >= target else result / target * 100
    else:
        a = D(100) if result <= target else target / result * 100
    return a.quantize(Q2, rounding=ROUND_HALF_UP)


def wmean(pairs):
    s = sum(w * a for w, a in pairs) / sum(w for w, _ in pairs)
    return s.quantize(Q2, rounding=ROUND_HALF_UP)


CASES = [
    dict(name="report-chromium-1", set="tuned", producer="chromium", seed=501, landscape=True,
         font="Liberation Sans", ruled=True, layout="rows", code_style=None,
         vs=VStyle(ge="≥ ", le="≤ ", suffix=True), year=2025, shape=[[2, 2], [1, 3], [2], [3, 2, 2], [1, 2]],
         cols=["obj", "ind", "peso", "t", "r", "a"],
         labels=dict(obj="Obiettivo", ind="Indicatore", peso="Peso", t="Target {y}", r="Risultato {y}",
                     a="% realizzazione"),
         faults=["achievement.mismatch", "achievement.rollup"]),
    dict(name="report-lo-1", set="tuned", producer="lo", seed=502, landscape=False,
         font="DejaVu Sans", ruled=True, layout="merged", code_style="dotted",
         vs=VStyle(ge=">= ", le="<= ", suffix=False), year=2025, shape=[[2, 3], [2, 1, 2]],
         cols=["obj", "opeso", "ind", "um", "peso", "t", "r", "a", "oa"],
         labels=dict(obj="Obiettivo operativo", opeso="Peso ob.", ind="Indicatore", um="U.M.",
                     peso="Peso ind.", t="Target {y}", r="Risultato {y}", a="% realizzazione",
                     oa="% realizzazione obiettivo"),
         faults=[]),
    dict(name="report-chromium-2", set="heldout", producer="chromium", seed=503, landscape=False,
         font="Liberation Serif", ruled=False, layout="merged", code_style="k",
         vs=VStyle(ge=">= ", le="<= ", suffix=True, pct_space=True), year=2025, shape=[[3, 2], [2, 2]],
         cols=["obj", "ind", "peso", "t", "r", "a", "oa", "opeso"],
         labels=dict(obj="Descrizione obiettivo", opeso="Ponderazione obiettivo", ind="Nome indicatore",
                     peso="Peso (%)", t="Valore atteso {y}", r="Valore consuntivo {y}",
                     a="Grado di raggiungimento", oa="Grado di raggiungimento obiettivo"),
         faults=["achievement.rollup"]),
    dict(name="report-xlsx-1", set="heldout", producer="xlsx", seed=504, landscape=True,
         font="Liberation Serif", ruled=True, layout="rows", code_style="tag",
         vs=VStyle(ge=">= ", le="<= ", suffix=True, pct_dec=1), year=2025, shape=[[2, 1], [3], [2, 2]],
         cols=["obj", "ind", "t", "r", "peso", "a"],
         labels=dict(obj="Obiettivo strategico/operativo", ind="KPI", peso="Peso %", t="Target {y}",
                     r="Valore raggiunto {y}", a="% raggiungimento"),
         faults=[]),
]


def build(cfg):
    rng = random.Random(cfg["seed"])
    vs = cfg["vs"]
    org = rng.choice(BODIES)
    y = cfg["year"]
    T = Truth()
    T.doc("report", org, [y])
    L = cfg["labels"]
    used = set()
    st_titles = iter(rng.sample(STRATEGIC, 6))
    op_titles = iter(rng.sample(OPERATIONAL, 12))
    k = 1
    strat = []
    sws = weights(rng, len(cfg["shape"]))
    for si, ops in enumerate(cfg["shape"]):
        scode = f"{si + 1}.{rng.randint(1, 3)}"
        ows = weights(rng, len(ops))
        olist = []
        for oi, n in enumerate(ops):
            ocode = f"{scode}.{oi + 1}"
            inds = []
            for w in weights(rng, n):
                t = rng.choice([x for x in INDICATORS if x[0] not in used])
                used.add(t[0])
                ind = Ind(t)
                _, tg = series(rng, ind, [y - 1], [y])
                op, tv = tg[0]
                if op == "entro":
                    res = rng.random() < 0.8
                    rtext = f"{rng.randint(10, 28)}/12/{y}" if res else f"15/02/{y + 1}"
                    rv = res
                else:
                    miss = rng.random() < 0.35
                    f = D(str(round(rng.uniform(0.80, 0.97), 2))) if miss else D(str(round(rng.uniform(1.0, 1.12), 2)))
                    rv = tv * f if op == ">=" else tv / f
                    dec = 2 if ind.unit in ("%", "EUR") else (1 if ind.unit == "gg" else 0)
                    rv = rv.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
                    if ind.unit == "%" and rv > 100:
                        rv = D(100)
                    if dec == 0 and rv == 0:
                        rv = D(1)
                    rtext = vs.value("=", rv, ind.unit)
                a = ach(op, tv, rv)
                code = code_for(cfg["code_style"], ind, ocode, k) if cfg["code_style"] else None
                k += 1
                inds.append({"ind": ind, "code": code, "w": w, "op": op, "tv": tv, "rtext": rtext,
                             "a": a, "pa": a})
            olist.append({"code": ocode, "title": next(op_titles), "w": ows[oi], "inds": inds})
        strat.append({"code": scode, "title": next(st_titles), "w": sws[si], "ops": olist})
    # faults on printed achievements
    if "achievement.mismatch" in cfg["faults"]:
        for s in strat:
            cand = [e for o in s["ops"] for e in o["inds"] if e["a"] < 100 and e["op"] != "entro"]
            if cand:
                e = cand[0]
                e["pa"] = D(100)
                T.finding("achievement.mismatch", e["code"] or e["ind"].name,
                          f"printed 100,00% but result {e['rtext']} misses the target (computed {it_num(e['a'], 2)}%)")
                break
    rollup_fault = "achievement.rollup" in cfg["faults"]
    for s in strat:
        for o in s["ops"]:
            o["pa"] = wmean([(e["w"], e["pa"]) for e in o["inds"]])
        s["pa"] = wmean([(o["w"], o["pa"]) for o in s["ops"]])
    if rollup_fault:
        o = max((o for s in strat for o in s["ops"] if len(o["inds"]) > 1), key=lambda o: -o["pa"])
        true = o["pa"]
        o["pa"] = min(D(100), true + D("7.50")) if true < 92 else true - D("7.50")
        o["rollup_bad"] = True
        T.finding("achievement.rollup", o["code"],
                  f"printed {it_num(o['pa'], 2)}% but the weighted mean of its indicators is {it_num(true, 2)}%")
        for s in strat:
            s["pa"] = wmean([(x["w"], x["pa"]) for x in s["ops"]])

    def P(v):
        return pct_cell(v, 2, align="right") if cfg["producer"] == "xlsx" else C(pct_text(v, 2), align="right")

    keys = cfg["cols"]
    wm = dict(obj=34, ind=40, peso=8, opeso=8, um=6, t=12, r=12, a=11, oa=11)
    if cfg["layout"] == "merged":
        wm.update(obj=22, ind=28, t=10, r=10, a=10, oa=10)
        if not cfg["landscape"] and cfg["producer"] == "chromium":
            wm.update(obj=20, ind=24, peso=8, t=11, r=11, a=13, oa=13, opeso=13)
    widths = [wm[c] for c in keys]
    header = [[C(L[c].format(y=y)) for c in keys]]
    body = []
    um_col = "um" in keys
    for s in strat:
        if cfg["layout"] == "rows":
            d = {"obj": C(f"{s['code']} - {s['title']}", bold=True), "peso": P(s["w"]), "a": P(s["pa"])}
            body.append([d.get(c, C("")) for c in keys])
            T.node(s["code"], "strategic", s["title"], None, pct_text(s["w"]),
                   achievement=[{"year": y, "raw": pct_text(s["pa"])}])
        else:
            T.node(s["code"], "strategic", s["title"], None, None)
            body.append([C(f"Obiettivo strategico {s['code']} - {s['title']}", cs=len(keys), bold=True, band=True)])
        for o in s["ops"]:
            oach = [{"year": y, "raw": pct_text(o["pa"])}]
            T.node(o["code"], "operational", o["title"], s["code"], pct_text(o["w"]), achievement=oach)
            if cfg["layout"] == "rows":
                d = {"obj": C(f"{o['code']} - {o['title']}", bold=True, indent=1), "peso": P(o["w"]),
                     "a": P(o["pa"])}
                body.append([d.get(c, C("")) for c in keys])
            first = True
            for e in o["inds"]:
                ind = e["ind"]
                name = f"{e['code']} - {ind.name}" if e["code"] else ind.name
                ttext = vs.value(e["op"], e["tv"], ind.unit)
                d = {"ind": C(name), "peso": P(e["w"]), "t": C(ttext, align="right"),
                     "r": C(e["rtext"], align="right"), "a": P(e["pa"]), "um": C(UM_LABEL[ind.unit])}
                if cfg["layout"] == "merged":
                    if first:
                        n = len(o["inds"])
                        d["obj"] = C(f"{o['code']} - {o['title']}", rs=n, bold=True)
                        pw = P(o["w"])
                        pw.rs = n
                        d["opeso"] = pw
                        pa = P(o["pa"])
                        pa.rs = n
                        d["oa"] = pa
                        row = [d.get(c, C("")) for c in keys]
                    else:
                        row = [d.get(c, C("")) for c in keys if c not in ("obj", "opeso", "oa")]
                    first = False
                else:
                    row = [d.get(c, C("")) for c in keys]
                body.append(row)
                T.ind(e["code"], ind.name, o["code"], unit=vs.unit_known(ind.unit, um_col),
                      weight=pct_text(e["w"]), targets=[(y, ttext)], results=[(y, e["rtext"])],
                      achievement=[(y, pct_text(e["pa"]))])
    blocks = [Para(f"{org}", bold=True, size=11),
              Para(f"Relazione sulla performance {y} - Allegato: risultati degli obiettivi e degli indicatori",
                   bold=True, size=10),
              Table(header, body, widths, repeat_header=cfg["layout"] == "merged")]
    doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"], size=8)
    d = case_dir(cfg["set"], cfg["name"])
    out = emit(doc, d, "input", cfg["producer"])
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "xlsx": "openpyxl workbook (the workbook is the input; percentages stored as fractions with `0.00%`)"}[cfg["producer"]]
    if cfg["layout"] == "rows":
        layout = ("One table. Strategic objective rows (`1.2 - Title`, weight, printed achievement), operational "
                  "objective rows (`1.2.1 - Title`, weight, achievement) in the Obiettivo column, indicator rows "
                  "in the Indicatore column with weight, target, result and % achievement.")
    else:
        layout = ("One table. A band row per strategic objective (`Obiettivo strategico 1.2 - Title`, no weight); "
                  "the operational objective, its weight and its achievement are cells merged down over its "
                  "indicator rows; each indicator row has weight, target, result and % achievement.")
    var = [f"input: `{out}`", "columns: " + " | ".join(L[c].format(y=y) for c in keys),
           "units in a U.M. column only (counts and days print as bare numbers)" if um_col
           else ("units in the cells (`≥ 40 N.`, `3,5 gg`, `80,00%`)" if vs.suffix else "units only via % sign"),
           "achievement rule: >= target: result/target capped at 100%; <= target: target/result capped; "
           "dates met = 100%; objective achievement = weighted mean of its indicators' printed achievements "
           "(two decimals); strategic = weighted mean of its operational objectives" if cfg["layout"] == "rows"
           else "achievement rule: as above; operational objective achievement = weighted mean of its indicators",
           "indicators without codes" if not cfg["code_style"] else f"indicator codes like `{T.indicators[0]['code']}`",
           "orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
           "ruled" if cfg["ruled"] else "borderless", f"font: {cfg['font']}"]
    readme(d, cfg["name"], "report", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
