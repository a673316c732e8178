#!/usr/bin/python3
"""Genre 2: PIRA (piano degli indicatori e risultati attesi di bilancio)."""
import random
import sys

from vlib import C, Doc, Para, Table, Truth, case_dir, emit, pct_text, readme, it_num, D
from content import BODIES, STRATEGIC, INDICATORS, Ind, VStyle, series, weights, UM_LABEL

MISSIONS = [
    ("011", "Competitività e sviluppo delle imprese",
     "005", "Politiche di sviluppo, competitività e innovazione, di RSI e movimento cooperativo"),
    ("012", "Regolazione dei mercati",
     "004", "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"),
    ("016", "Commercio internazionale ed internazionalizzazione del sistema produttivo",
     "005", "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy"),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche",
     "004", "Servizi generali, formativi ed approvvigionamenti per le Amministrazioni pubbliche"),
]
OS_TAGS = ["ServDigit", "NuoveImpr", "TutelaMerc", "ExportPMI", "EfficOrg", "Orientam",
           "TurCultura", "EquilBil", "DatiEcon", "Semplif"]
DESC = [
    "La Camera intende consolidare nel triennio le azioni avviate negli anni precedenti, "
    "concentrando le risorse sugli interventi che hanno mostrato il maggiore impatto sulle imprese del territorio.",
    "L'obiettivo prevede il coinvolgimento delle associazioni di categoria e degli ordini professionali "
    "nella progettazione dei servizi, con momenti periodici di verifica dei risultati conseguiti.",
    "Particolare attenzione sarà rivolta alle micro e piccole imprese, che incontrano maggiori difficoltà "
    "nell'accesso agli strumenti messi a disposizione dal sistema camerale e dalla Regione.",
    "Le attività saranno accompagnate da un monitoraggio semestrale degli indicatori, i cui esiti "
    "saranno riportati alla Giunta per l'eventuale rimodulazione delle iniziative.",
    "Si intende inoltre rafforzare la collaborazione con gli enti locali e con le altre Camere della regione, "
    "mettendo a fattor comune competenze, dati e piattaforme informatiche.",
    "Il programma di lavoro tiene conto dei vincoli di bilancio e della necessità di contenere "
    "gli oneri di funzionamento a vantaggio degli interventi economici.",
]


def _vars(formula):
    import re
    out = []
    for tok in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", formula):
        if tok not in out:
            out.append(tok)
    return out


def os_code(style, mi, si, tag):
    if style == "os_tag":
        return f"OS_{mi}.{si}{tag}"
    if style == "os_num":
        return f"OS{mi * 2 + si - 2}"
    raise ValueError(style)


CASES = [
    dict(name="pira-chromium-1", set="tuned", producer="chromium", seed=201, landscape=False,
         font="Liberation Sans", ruled=True, repeat=True, os_style="os_tag", code_style="dotted",
         vs=VStyle(ge=">= ", le="<= ", pct_space=True, suffix=False),
         plan=[2026, 2027, 2028], missions=[0, 3], os_per=[2, 1], inds_per=[2, 1, 2],
         cols=["ind", "alg", "t", "tipo", "um"],
         labels=dict(ind="Indicatore", alg="Algoritmo", t="Target", tipo="Tipologia", um="Unità di misura"),
         band=True, peso_in_ind=True, mission_style="dash", res_style="Risorse {y} {v}",
         total_label="TOTALE GENERALE", faults=[]),
    dict(name="pira-lo-1", set="tuned", producer="lo", seed=202, landscape=True,
         font="DejaVu Sans", ruled=True, repeat=False, os_style="os_tag", code_style="tag",
         vs=VStyle(ge="≥ ", le="≤ ", pct_space=False, suffix=True, eur="prefix"),
         plan=[2026, 2027, 2028], missions=[0, 1, 2], os_per=[1, 2, 1], inds_per=[2, 2, 1, 2],
         cols=["ind", "tipo", "alg", "peso", "t", "um"],
         labels=dict(ind="Indicatore", tipo="Tipologia", alg="Algoritmo di calcolo", peso="Peso",
                     t="Target {y}", um="U.M."),
         band=False, peso_in_ind=False, mission_style="dash", res_style="Risorse {y}: {v}",
         total_label="TOTALE GENERALE", faults=["resources.sum", "target.unit"]),
    dict(name="pira-chromium-2", set="heldout", producer="chromium", seed=203, landscape=True,
         font="DejaVu Serif", ruled=False, repeat=True, os_style="os_num", code_style="sys",
         vs=VStyle(ge=">= ", le="<= ", pct_space=False, suffix=False, words=True),
         plan=[2026, 2027, 2028], missions=[1, 0, 3], os_per=[1, 1, 2], inds_per=[2, 2, 2, 1],
         cols=["tipo", "ind", "alg", "um", "peso", "t"], extra_faults=["formula.incomplete"],
         labels=dict(tipo="Tipo indicatore", ind="Nome indicatore", alg="Modalità di calcolo",
                     um="Unità di misura", peso="Peso %", t="Valore atteso {y}"),
         band=False, peso_in_ind=False, mission_style="colon", res_style="Risorse destinate {y} {v}",
         total_label="TOTALE GENERALE", faults=["indicator.conflict"]),
    dict(name="pira-xlsx-1", set="heldout", producer="xlsx", seed=204, landscape=False,
         font="Liberation Serif", ruled=True, repeat=True, os_style="os_num", code_style="k",
         vs=VStyle(ge="≥ ", le="≤ ", pct_space=False, suffix=False, pct_dec=0),
         plan=[2026, 2027, 2028], missions=[2, 3], os_per=[2, 1], inds_per=[1, 2, 3],
         cols=["ind", "alg", "tipo", "um", "t"],
         labels=dict(ind="KPI", alg="Formula", tipo="Tipologia", um="U.M.", t="Target"),
         band=True, peso_in_ind=True, mission_style="colon", res_style="Risorse {y} {v}",
         total_label="TOTALE GENERALE", faults=[]),
]


def build(cfg):
    rng = random.Random(cfg["seed"])
    vs = cfg["vs"]
    org = cfg.get("org") or rng.choice(BODIES)
    plan = cfg["plan"]
    T = cfg.get("T") or Truth()
    di = T.doc("pira", org, plan)
    blocks = [] if cfg.get("running") else [Para(org, bold=True, size=11)]
    blocks += [Para(f"Piano degli indicatori e dei risultati attesi di bilancio {plan[0]} - {plan[-1]}",
                   bold=True, size=10)]
    s_titles = iter(rng.sample(STRATEGIC, 8))
    tags = iter(rng.sample(OS_TAGS, 8))
    used = set()
    total = D(0)
    k = 1
    osi = 0
    # collect all OS first (faults need the global view)
    structure = cfg.get("structure") or []
    for mpos, mi in enumerate([] if cfg.get("structure") else cfg["missions"]):
        m = MISSIONS[mi]
        oss = []
        for si in range(cfg["os_per"][mpos]):
            code = os_code(cfg["os_style"], mpos + 1, si + 1, next(tags))
            n = cfg["inds_per"][osi]
            osi += 1
            ws = weights(rng, n)
            inds = []
            for w in ws:
                t = rng.choice([t for t in INDICATORS if t[0] not in used and t[4] != "date"])
                used.add(t[0])
                ind = Ind(t)
                _, tg = series(rng, ind, [2024, 2025], plan)
                c = {"dotted": f"B{mpos + 1}.{si + 1}_{k:02d}", "tag": ind.tag,
                     "sys": f"OC_{ind.tag[:2].upper()}_{k:02d}", "k": f"K{k:02d}"}[cfg["code_style"]]
                k += 1
                inds.append({"ind": ind, "code": c, "weight": w, "targets": tg,
                             "name": ind.name, "formula": ind.formula, "tunit": ind.unit})
            res = D(rng.randint(60000, 480000)) + D(rng.randint(0, 99)) / 100
            total += res
            oss.append({"code": code, "title": next(s_titles), "desc": " ".join(rng.sample(DESC, 2)),
                        "res": res, "inds": inds})
        structure.append((m, oss))
    # equal OS weights across the document
    all_os = [o for _, oss in structure for o in oss]
    ow = weights(rng, len(all_os))
    for o, w in zip(all_os, ow):
        o.setdefault("weight", w)
    total = sum(o["res"] for o in all_os)
    printed_total = total
    for f in cfg["faults"]:
        if f == "resources.sum":
            printed_total = total + D(15000)
            T.finding("resources.sum", "TOTALE GENERALE",
                      f"printed total {it_num(printed_total, 2)} exceeds the sum of resources {it_num(total, 2)} by 15.000,00")
        elif f == "target.unit":
            for o in all_os:
                for e in o["inds"]:
                    if e["ind"].unit == "N." and "bad" not in e:
                        e["bad"] = True
                        e["tunit"] = "%"
                        e["targets"] = [(op, D(min(int(v), 60))) for op, v in e["targets"]]
                        T.finding("target.unit", e["code"], "targets printed in % on an indicator whose unit is N.")
                        break
                else:
                    continue
                break
        elif f == "indicator.conflict":
            a, b = all_os[0], all_os[-1]
            src = a["inds"][0]
            dup = dict(b["inds"][-1])
            dup["code"] = src["code"]
            b["inds"][-1] = dup
            T.finding("indicator.conflict", src["code"],
                      f"code {src['code']} names '{src['name']}' under {a['code']} and '{dup['name']}' under {b['code']}")

    for f in cfg.get("extra_faults", []):
        if f == "formula.incomplete":
            e = next(e for o in all_os[1:] for e in o["inds"] if " / " in e["formula"] and "(" not in e["formula"])
            a, b = e["formula"].split(" / ")
            e["formula"] = f"({a} + {b}) /"
            e["formula_disp"] = f"({a} +\n{b}) /"
            T.finding("formula.incomplete", e["code"],
                      f"formula '{e['formula']}' printed over two lines, the second ending in '/' with no divisor")
    L = cfg["labels"]
    money = (lambda v: "€ " + it_num(v, 2)) if vs.eur == "prefix" else (lambda v: it_num(v, 2) + " Euro")
    for m, oss in structure:
        if cfg["mission_style"] == "dash":
            blocks.append(Para(f"MISSIONE - {m[0]} - {m[1]}", bold=True, size=9.5, space_before=10))
            blocks.append(Para(f"PROGRAMMA - {m[2]} - {m[3]}", bold=True, size=9.5))
        else:
            mnum = {"011": 1, "012": 2, "016": 3, "032": 4}[m[0]]
            blocks.append(Para(f"Missione: {mnum}   {m[0]} - {m[1]}", bold=True, size=9.5, space_before=10))
            blocks.append(Para(f"Programma: {m[2]} - {m[3]}", bold=True, size=9.5))
        for o in oss:
            wtxt = f" (Peso: {pct_text(o['weight'])})" if cfg.get("os_peso", True) else ""
            blocks.append(Para(f"{o['code']} - {o['title']}{wtxt}", bold=True,
                               space_before=8))
            blocks.append(Para("Descrizione", bold=True))
            blocks.append(Para(o["desc"]))
            rtxt = money(o["res"])
            blocks.append(Para(cfg["res_style"].format(y=plan[0], v=rtxt)))
            T.node(o["code"], "strategic", o["title"], None,
                   pct_text(o["weight"]) if cfg.get("os_peso", True) else None, description=o["desc"], doc=di,
                   resources=[{"raw": rtxt}], mission=m[0], programme=m[2])
            # table
            keys = []
            for c in cfg["cols"]:
                keys += [("t", y) for y in plan] if c == "t" else [(c, None)]
            wm = dict(ind=34, alg=32, tipo=11, um=8, peso=8)
            widths = [wm.get(c, 11) for c, _ in keys]
            if cfg["band"]:
                r1, r2 = [], []
                for c in cfg["cols"]:
                    if c == "t":
                        r1.append(C(L["t"], cs=len(plan)))
                        r2 += [C(str(y)) for y in plan]
                    else:
                        r1.append(C(L[c], rs=2))
                header = [r1, r2]
            else:
                header = [[C(L[c].format(y=y)) if c == "t" else C(L[c]) for c, y in keys]]
            body = []
            for e in o["inds"]:
                i = e["ind"]
                d = {}
                itext = f"{e['code']} - {e['name']}\n{i.desc if e['name'] == i.name else ''}".rstrip()
                if cfg["peso_in_ind"]:
                    itext += f"\n(Peso: {pct_text(e['weight'])})"
                d["ind"] = C(itext)
                d["alg"] = C(e.get("formula_disp", e["formula"]))
                d["tipo"] = C(i.type)
                d["um"] = C(UM_LABEL[i.unit])
                if e["weight"] is not None:
                    d["peso"] = C(pct_text(e["weight"]), align="right")
                traw = []
                for y, (op, v) in zip(plan, e["targets"]):
                    r = vs.value(op, v, e["tunit"])
                    traw.append((y, r))
                    d[("t", y)] = C(r, align="right")
                body.append([d[c] if y is None else d[(c, y)] for c, y in keys])
                T.ind(e["code"], e["name"], o["code"], doc=di,
                      description=i.desc if e["name"] == i.name else None,
                      formula=e["formula"], variables=_vars(e["formula"]), unit=i.unit if i.unit != "EUR" else "EUR",
                      type=i.type, targets=traw,
                      weight=pct_text(e["weight"]) if (cfg["peso_in_ind"] or "peso" in cfg["cols"]) else None)
            blocks.append(Table(header, body, widths, repeat_header=cfg["repeat"]))
    blocks.append(Para(f"{cfg['total_label']}   {money(printed_total)}", bold=True, size=10, space_before=12))
    T.resources_total = money(printed_total)

    doc = Doc(blocks, landscape=cfg["landscape"], font=cfg["font"], ruled=cfg["ruled"], size=8,
              running=cfg.get("running"))
    if cfg.get("T"):
        return emit(doc, cfg["dir"], cfg["out_name"], cfg["producer"])
    d = case_dir(cfg["set"], cfg["name"])
    out = emit(doc, d, "input", cfg["producer"])
    T.write(d)
    prod = {"lo": "openpyxl workbook converted to PDF by LibreOffice",
            "chromium": "HTML printed to PDF by Chromium headless",
            "xlsx": "openpyxl workbook (the workbook is the input; headings are merged rows across the sheet)"}[cfg["producer"]]
    layout = ("Mission and programme headings (`" + ("MISSIONE - 011 - ..." if cfg["mission_style"] == "dash"
              else "Missione: 1   011 - ...") + "`), then per strategic objective a bold line "
              "`CODE - Title (Peso: xx,xx%)`, a `Descrizione` label and paragraph, a resources line, and an "
              "indicator table; `TOTALE GENERALE` with the sum of resources at the end.")
    hdr = " | ".join(L[c] for c in cfg["cols"])
    var = [f"input: `{out}`", f"indicator table columns: {hdr}",
           "target years as sub-headers under a `Target` band" if cfg["band"] else "one labelled column per target year",
           "indicator weight inside the indicator cell `(Peso: 50,00%)`" if cfg["peso_in_ind"] else "indicator weight in its own column",
           f"objective code style `{all_os[0]['code']}`; indicator codes like `{all_os[0]['inds'][0]['code']}`",
           "orientation: " + ("landscape" if cfg["landscape"] else "portrait"),
           "ruled" if cfg["ruled"] else "borderless",
           f"font: {cfg['font']}",
           "table header repeated after a page break" if cfg["repeat"] else "table header not repeated",
           f"resources printed as `{money(D('1234.5'))}`; resources line `{cfg['res_style']}`",
           f"operators `{vs.ge.strip()}`/`{vs.le.strip()}`" + (", `maggiore o uguale a` for percentages" if vs.words else "")]
    readme(d, cfg["name"], "pira", prod, layout, var, T)
    print(cfg["name"], out, len(T.findings), "findings")


if __name__ == "__main__":
    only = sys.argv[1:]
    for cfg in CASES:
        if not only or cfg["name"] in only or cfg["set"] in only:
            build(cfg)
