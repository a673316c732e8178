#!/usr/bin/python3
"""Multi-document cases: a plan (input-1) and a PIRA (input-2) of the same chamber.
The organisation is printed only in a running page header: left part the body,
right part the PIAO annex, on one line."""
import random
import sys

from vlib import Truth, case_dir, readme, D, it_num
from content import BODIES, VStyle, build_tree, iter_inds, weights
import gen_plan
import gen_pira

CASES = [
    dict(name="multi-chromium-1", set="tuned", seed=701, producer="chromium", plan_producer="chromium",
         fault=True, plan_font="Liberation Sans", pira_font="Liberation Sans",
         plan_code_style="tag", right=("PIAO 2026-2028 – Allegato 2", "PIAO 2026-2028 – Allegato 2")),
    dict(name="multi-lo-1", set="tuned", seed=702, producer="lo", plan_producer="lo",
         fault=False, plan_font="DejaVu Sans", pira_font="DejaVu Sans",
         plan_code_style="dotted", right=("PIAO 2026-2028 – Allegato 2", "PIAO 2026-2028 – Allegato 3")),
    dict(name="multi-mixed-1", set="heldout", seed=703, producer="lo", plan_producer="chromium",
         fault=False, plan_font="Liberation Serif", pira_font="DejaVu Sans",
         plan_code_style="sys", right=("PIAO 2026-2028 – Allegato 2", "PIAO 2026-2028 – Allegato 2")),
    dict(name="multi-mixed-2", set="heldout", seed=704, producer="chromium", plan_producer="lo",
         fault=True, plan_font="DejaVu Serif", pira_font="Liberation Serif",
         plan_code_style="num", right=("PIAO 2026-2028 – Allegato 2 – Obiettivi e indicatori",
                                       "PIAO 2026-2028 – Allegato 2 – PIRA")),
]

TAGS = ["Impr", "Digit", "Merc", "Estero", "Org", "Bil", "Terr", "Serv"]


def build(cfg):
    rng = random.Random(cfg["seed"])
    org = rng.choice(BODIES)
    plan, past = [2026, 2027, 2028], [2024, 2025]
    T = Truth()
    d = case_dir(cfg["set"], cfg["name"])
    held = cfg["set"] == "heldout"
    shape = [[("ops", [2, 2]), ("direct", 2)], [("ops", [2, 1])], [("both", 1, [2])]]
    areas = build_tree(rng, shape, plan, past, cfg["plan_code_style"])
    for _, e in iter_inds(areas):
        e["past"], e["plan"] = past, plan
    vs = VStyle(ge=">= ", le="<= ", pct_space=False, suffix=True) if not held else \
        VStyle(ge="≥ ", le="≤ ", pct_space=True, suffix=True)
    pcfg = dict(name=cfg["name"], set=cfg["set"], producer=cfg["plan_producer"], seed=cfg["seed"],
                landscape=True, font=cfg["plan_font"], ruled=True, repeat=True,
                code_style=cfg["plan_code_style"], vs=vs, past=past, plan=plan,
                cols=["hier", "peso", "ftext", "formula", "b", "t"],
                labels=dict(hier="Obiettivi / Indicatori", peso="Peso", ftext="Formula descrittiva",
                            formula="Algoritmo", b="Base line", t="Target") if not held else
                dict(hier="Obiettivo / Indicatore", peso="Peso %", ftext="Modalità di calcolo",
                     formula="Formula", b="Valore {y}", t="Target {y}"),
                bands=not held, wrap_slash=held, labels_rows=True, faults=[],
                org=org, T=T, areas=areas, running=(org, cfg["right"][0]), dir=d, out_name="input-1")
    out1, playout = gen_plan.build(pcfg)
    # PIRA: strategic objectives of the plan, as OS blocks, with some of their indicators
    missions = [0, 3, 1]
    structure = []
    shared = []
    for ai, a in enumerate(areas):
        oss = []
        for s in a["strategics"]:
            entries = list(s["direct"]) + [e for o in s["ops"] for e in o["inds"]]
            entries = [e for e in entries if e["ind"].unit != "date"][:2]
            if not entries:
                continue
            inds = []
            for e in entries:
                inds.append({"ind": e["ind"], "code": e["code"], "weight": None, "name": e["ind"].name,
                             "formula": e["formula"], "tunit": e["ind"].unit, "targets": list(e["targets"])})
                shared.append(inds[-1])
            res = D(rng.randint(50000, 390000)) + D(rng.randint(0, 99)) / 100
            oss.append({"code": f"OS_{s['code']}{TAGS[len(structure) + len(oss)]}", "title": s["title"],
                        "desc": " ".join(rng.sample(gen_pira.DESC, 2)), "res": res, "inds": inds,
                        "weight": D(0)})
        structure.append((gen_pira.MISSIONS[missions[ai]], oss))
    if cfg["fault"]:
        e = next(x for x in shared if x["ind"].unit in ("%", "N."))
        op, v = e["targets"][1]
        nv = v + (D(2) if op == ">=" else D(-1))
        e["targets"][1] = (op, nv)
        T.finding("target.conflict", e["code"],
                  f"{e['code']} targets {vs.value(op, v, e['ind'].unit)} for {plan[1]} in the plan (doc 0) "
                  f"but {vs.value(op, nv, e['ind'].unit)} in the PIRA (doc 1)", doc=1)
    qcfg = dict(name=cfg["name"], set=cfg["set"], producer=cfg["producer"], seed=cfg["seed"] + 50,
                landscape=False, font=cfg["pira_font"], ruled=True, repeat=True, os_style="os_tag",
                code_style="tag", vs=vs, plan=plan, missions=[], os_per=[], inds_per=[],
                cols=["ind", "alg", "tipo", "um", "t"],
                labels=dict(ind="Indicatore", alg="Algoritmo", t="Target", tipo="Tipologia",
                            um="Unità di misura"),
                band=True, peso_in_ind=False, os_peso=False, mission_style="dash",
                res_style="Risorse {y} {v}", total_label="TOTALE GENERALE", faults=[],
                org=org, T=T, structure=structure, running=(org, cfg["right"][1]), dir=d, out_name="input-2")
    out2 = gen_pira.build(qcfg)
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless"}
    layout = ("Two documents of one chamber, imported together: `input-1.pdf` is the plan (landscape, one "
              "table: area / strategic / operational objective / indicator rows, weights, formulas, baselines, "
              "three target years), `input-2.pdf` the PIRA (portrait: MISSIONE / PROGRAMMA headings, one block "
              "per strategic objective with description, resources and an indicator table; TOTALE GENERALE). "
              "The organisation is printed ONLY in the running page header, left part `" + org +
              "`, right part the annex label, on the same line of every page. The PIRA reuses indicator codes, "
              "names, formulas and targets of the plan; its objective codes are `OS_<plan code><tag>`.")
    var = [f"plan producer: {prod[cfg['plan_producer']]}; PIRA producer: {prod[cfg['producer']]}",
           f"running header right parts: `{cfg['right'][0]}` (plan) / `{cfg['right'][1]}` (PIRA)",
           f"fonts: {cfg['plan_font']} (plan), {cfg['pira_font']} (PIRA)",
           f"indicator codes like `{shared[0]['code']}`",
           "PIRA prints no weights (neither objectives nor indicators), so no weight can conflict",
           "plan header: " + ("`Base line`/`Target` bands over years" if not held else "one column per year, `Valore YYYY` / `Target YYYY`")]
    readme(d, cfg["name"], "plan + pira (multi-document)", "see variations", layout, var, T)
    print(cfg["name"], out1, out2, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for c in CASES:
        if not only or c["name"] in only or c["set"] in only:
            build(c)
