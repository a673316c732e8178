#!/usr/bin/python3
"""More tuned variants (more-<genre>-<producer>-<n>): the six genres drawn as
other bodies draw them (Comune, Provincia, Regione, Università, ASL, ARPA...),
with header synonyms, column orders, shading and producers the first cases do
not use. Written from descriptions of layouts, not from any reader's code.
Usage: gen_more.py [tuned | case-name ...]  (no heldout cases here)."""
import csv
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

from vlib import (C, Cell, Doc, Para, Table, Truth, case_dir, emit, pct_text, pct_cell, num_cell,
                  readme, it_num, D, to_html, chromium_pdf, lo_convert)
from content import INDICATORS, STRATEGIC, OPERATIONAL, AREAS, Ind, VStyle, series, weights
from gen_report import ach, wmean
from gen_pira import MISSIONS
import more_content as MC

Q2 = Decimal("0.01")
PROD = {"lo": "openpyxl workbook converted to PDF by LibreOffice headless (`LANG=it_IT.UTF-8`)",
        "chromium": "HTML printed to PDF by Chromium headless",
        "xlsx": "openpyxl workbook (the workbook is the input)",
        "ods": "openpyxl workbook converted to ODS by LibreOffice, the ODS printed to PDF by LibreOffice headless "
               "(`LANG=it_IT.UTF-8`)",
        "csv": "Python csv module: UTF-8 with BOM, `;` separator, CRLF line ends, one header row"}


def mk(rng, t, past, plan):
    ind = Ind(t)
    b, tg = series(rng, ind, past, plan)
    return {"ind": ind, "b": b, "t": tg}


def chromium_emit(doc, d, css):
    html = to_html(doc).replace("</style>", css + "</style>")
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    return "input.pdf"


ZEBRA = "tbody tr:nth-child(even) td { background:#eef2f7; }\n"
HRULES = ("td, th { border:none; border-bottom:0.4pt solid #9a9a9a; }\n"
          "th { border-bottom:1pt solid #000; border-top:1pt solid #000; }\n")


def finish(d, T, name, genre, prod, layout, var):
    T.write(d)
    readme(d, name, genre, prod, layout, var, T)
    print(name, len(T.findings), "findings")


# ====================================================================== 1
def pira_chromium_1(name):
    """PIRA of a university: no MISSIONE/PROGRAMMA headings; Missione and
    Programma are columns repeated on every row; targets before the formula;
    indicator code after its name; zebra rows, horizontal rules only."""
    rng = random.Random(1101)
    org = "Università degli Studi di Borgomarino"
    plan = [2026, 2027, 2028]
    vs = VStyle(ge=">= ", le="<= ", pct_dec=0, suffix=True, eur="prefix")
    T = Truth()
    T.doc("pira", org, plan)
    U = MC.UNIV_IND
    mis = [("023", "Istruzione universitaria e formazione post-universitaria",
            "002", "Diritto allo studio nell'istruzione universitaria"),
           ("017", "Ricerca e innovazione", "022", "Ricerca scientifica e tecnologica di base e applicata"),
           ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche",
            "003", "Servizi e affari generali per le amministrazioni")]
    objs = [("A.1", "Migliorare la regolarità delle carriere degli studenti", 0, ["laurreg", "prosec"], [60, 40]),
            ("A.2", "Rafforzare la dimensione internazionale dell'offerta formativa", 0, ["cdsing", "mobout"], [50, 50]),
            ("B.1", "Accrescere la capacità di attrarre finanziamenti competitivi per la ricerca", 1,
             ["progcomp", "ctterzi", "borse"], [40, 30, 30]),
            ("C.1", "Garantire la sostenibilità economico-finanziaria e l'efficienza dei processi amministrativi", 2,
             ["incpers", "tmppag"], [50, 50])]
    sources = {"laurreg": "Anagrafe nazionale studenti", "prosec": "Anagrafe nazionale studenti",
               "cdsing": "Banca dati SUA-CdS", "mobout": "Ufficio Relazioni internazionali",
               "progcomp": "Area Ricerca", "ctterzi": "Bilancio unico di ateneo", "borse": "Scuola di dottorato",
               "incpers": "Bilancio unico di ateneo", "tmppag": "Piattaforma dei crediti commerciali"}
    cols = ["Missione", "Programma", "Obiettivo strategico", "Indicatore", "Cod.", "Peso %",
            "Target 2026", "Target 2027", "Target 2028", "Formula di calcolo", "Fonte dei dati"]
    widths = [13, 13, 17, 19, 6, 5, 8, 8, 8, 15, 12]
    body = []
    k = 0
    for code, title, mi, keys, ws in objs:
        m = mis[mi]
        T.node(code, "strategic", title, None, mission=m[0], programme=m[2])
        for j, (key, w) in enumerate(zip(keys, ws)):
            k += 1
            e = mk(rng, U[key], [2025], plan)
            ind = e["ind"]
            icode = f"I{k:02d}"
            traw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(plan, e["t"])]
            body.append([C(f"{m[0]} {m[1]}"), C(f"{m[2]} {m[3]}"),
                         C(f"{code} {title}" if j == 0 else ""), C(ind.name), C(icode), C(str(w), align="right")]
                        + [C(r, align="right") for _, r in traw] + [C(ind.formula), C(sources[key])])
            T.ind(icode, ind.name, code, formula=ind.formula, variables=ind.variables,
                  unit=vs.unit_known(ind.unit), weight=str(w), targets=traw)
    blocks = [Para(org.upper(), bold=True, size=11, align="center"),
              Para("Piano degli indicatori e dei risultati attesi di bilancio - triennio 2026-2028",
                   bold=True, size=10, align="center"),
              Table([[C(c) for c in cols]], body, widths, repeat_header=True)]
    doc = Doc(blocks, landscape=True, font="Liberation Serif", size=8.5, ruled=True, header_bg="#dde4ee")
    d = case_dir("tuned", name)
    out = chromium_emit(doc, d, ZEBRA + HRULES)
    layout = ("A centred title (the university in capitals, then the PIRA title with the period) and one table, "
              "one row per indicator. There are no MISSIONE / PROGRAMMA headings: the first two columns carry "
              "`023 Istruzione universitaria ...` and `002 Diritto allo studio ...` on every row (truth mission/"
              "programme = the three-digit codes). The objective cell (`A.1 Title`, code and title separated by a "
              "space) is printed on the objective's first indicator row only; the rows below leave it blank "
              "(no merged cells). Objectives are level `strategic`, parent null.")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols),
           "targets before the formula; indicator code (`I01`) in a column after the indicator name",
           "weights as bare numbers under `Peso %` (`60`, truth raw `60`), summing to 100 per objective",
           "`Fonte dei dati` column: not part of the truth (no field for it; not a note)",
           "formula over measure codes under `Formula di calcolo` (truth `formula`)",
           "operators `>= `/`<= `, percentages without decimals, counts `N.`, days `gg`, money `€ 727.000,00`",
           "zebra-shaded rows, horizontal rules only, landscape, Liberation Serif 8.5 pt"]
    finish(d, T, name, "pira", PROD["chromium"], layout, var)


# ====================================================================== 2
def pira_lo_1(name):
    """PIRA of a chamber with headings in lower case (`Missione 011 - ...`),
    one small table per objective, weights first, `Valore atteso` years."""
    rng = random.Random(1102)
    org = "Camera di Commercio della Marca Orientale"
    plan = [2026, 2027, 2028]
    vs = VStyle(ge="≥", le="≤", pct_dec=0, suffix=True)
    T = Truth()
    T.doc("pira", org, plan)
    pool = [t for t in INDICATORS if t[4] in ("%", "N.", "gg")]
    rng.shuffle(pool)
    pool = iter(pool)
    st = iter(rng.sample(STRATEGIC, 6))
    struct = [(0, [("1.1", [60, 40]), ("1.2", [50, 50])]), (1, [("2.1", [40, 30, 30])]), (3, [("4.1", [70, 30])])]
    cols = ["Ponderazione", "Indicatore di performance", "Metodo di calcolo",
            "Valore atteso 2026", "Valore atteso 2027", "Valore atteso 2028"]
    widths = [10, 34, 30, 11, 11, 11]
    blocks = [Para(org, bold=True, size=11),
              Para("Piano degli indicatori e dei risultati attesi di bilancio 2026-2028", bold=True, size=10)]
    total = D(0)
    declined = None
    for mi, oss in struct:
        m = MISSIONS[mi]
        blocks.append(Para(f"Missione {m[0]} - {m[1]}", bold=True, size=10, space_before=10))
        blocks.append(Para(f"Programma {m[2]} - {m[3]}", bold=True, size=9.5))
        for code, ws in oss:
            title = next(st)
            res = D(rng.randint(40, 400) * 1000 + rng.choice([0, 250, 500, 750]))
            total += res
            rtxt = "€ " + it_num(res, 2)
            blocks.append(Para(f"Obiettivo strategico {code} - {title}", bold=True, space_before=8))
            blocks.append(Para(f"Risorse assegnate 2026: {rtxt}"))
            T.node(code, "strategic", title, None, resources=[{"raw": rtxt}], mission=m[0], programme=m[2])
            body = []
            for w in ws:
                while True:
                    t = next(pool)
                    if not (code == "2.1" and declined is None and not (t[4] == "%" and t[6] == "higher")):
                        break
                e = mk(rng, t, [2024, 2025], plan)
                ind = e["ind"]
                tg = e["t"]
                if code == "2.1" and declined is None:
                    v = min(tg[0][1], D(90))
                    tg = [(">=", v + 2), (">=", v + 1), (">=", v)]
                    declined = ind.name
                    T.finding("target.declining", ind.name,
                              f"targets ≥{it_num(v + 2)}%, ≥{it_num(v + 1)}%, ≥{it_num(v)}% get easier each year")
                traw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(plan, tg)]
                body.append([C(pct_text(w, 0), align="center"), C(ind.name), C(ind.ftext)]
                            + [C(r, align="center") for _, r in traw])
                T.ind(None, ind.name, code, formula=None, formula_text=ind.ftext, variables=[],
                      unit=vs.unit_known(ind.unit), weight=pct_text(w, 0), targets=traw)
            blocks.append(Table([[C(c) for c in cols]], body, widths, repeat_header=False))
    ttxt = "€ " + it_num(total, 2)
    blocks.append(Para(f"Totale risorse assegnate   {ttxt}", bold=True, space_before=10))
    T.resources_total = ttxt
    doc = Doc(blocks, landscape=False, font="DejaVu Sans Condensed", size=9, ruled=True, header_bg="#e7e6e6")
    d = case_dir("tuned", name)
    out = emit(doc, d, "input", "lo")
    layout = ("Title lines (the chamber, the PIRA title). Headings in lower case with an initial capital: "
              "`Missione 011 - Competitività e sviluppo delle imprese` and `Programma 005 - ...` (no `MISSIONE`/"
              "`PROGRAMMA` in capitals). Per strategic objective a line `Obiettivo strategico 1.1 - Title`, a line "
              "`Risorse assegnate 2026: € 253.750,00` (truth node resources) and a small ruled table, one per "
              "objective, header not repeated. A closing line `Totale risorse assegnate   € ...` prints the "
              "correct sum (truth resources_total). Indicators have no code and no measure-code formula: the "
              "`Metodo di calcolo` column is a formula in words (truth `formula_text`, `formula` null).")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols),
           "weight first (`Ponderazione`, `60%`)", "targets `Valore atteso YYYY`, operators `≥`/`≤` without a space "
           "(`≥74%`, `≤20 gg`, `≥37 N.`)", "no objective weights", "portrait, ruled, DejaVu Sans Condensed 9 pt",
           "a workbook whose heading rows are merged across the sheet, printed to PDF"]
    finish(d, T, name, "pira", PROD["lo"], layout, var)


# ====================================================================== 3
def plan_chromium_1(name):
    """Plan of a Comune: strategic objectives are table rows, operational
    objectives rows under them, indicators rows under those (no codes)."""
    rng = random.Random(1103)
    org = "Comune di Valleverde"
    plan, past = [2026, 2027, 2028], [2025]
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=0, pct_space=True, suffix=False)
    T = Truth()
    T.doc("plan", org, plan)
    I = MC.COMUNE_IND
    tree = [("1", "Una città vicina ai cittadini: servizi semplici e amministrazione digitale", "35%",
             [("1.1", "Ridurre i tempi di attesa per i servizi demografici", "50%", "Settore Servizi demografici",
               [("cie", "100%")]),
              ("1.2", "Digitalizzare i procedimenti dello sportello unico", "50%", "Settore Urbanistica e SUAP",
               [("suap", "60%"), ("edil", "40%")])]),
            ("2", "Valleverde sostenibile: ambiente, decoro e sicurezza urbana", "40%",
             [("2.1", "Aumentare la raccolta differenziata nei quartieri periferici", "40%", "Settore Ambiente",
               [("rd", "100%")]),
              ("2.2", "Migliorare la risposta alle segnalazioni sul decoro urbano", "30%", "Settore Lavori pubblici",
               [("segn", "100%")]),
              ("2.3", "Potenziare i controlli della polizia locale", "20%", "Corpo di Polizia locale",
               [("ctrlpl", "50%"), ("sanz", "50%")])]),
            ("3", "Una comunità che educa: infanzia, cultura e organizzazione dell'ente", "25%",
             [("3.1", "Ampliare l'offerta di servizi per la prima infanzia", "40%", "Settore Servizi educativi",
               [("nido", "100%")]),
              ("3.2", "Rafforzare la rete delle biblioteche di quartiere", "30%", "Settore Cultura",
               [("bib", "100%")]),
              ("3.3", "Garantire l'equilibrio finanziario e la crescita delle competenze", "30%",
               "Settore Bilancio e risorse umane", [("imu", "40%"), ("pag", "30%"), ("form", "30%")])])]
    T.finding("weight.sum", "2", "operational objectives of 2 weigh 40% + 30% + 20% = 90%")
    src = {"cie": "ANPR", "suap": "Portale impresainungiorno", "edil": "Gestionale pratiche edilizie",
           "rd": "Catasto rifiuti ISPRA", "segn": "Piattaforma segnalazioni", "ctrlpl": "Verbali polizia locale",
           "sanz": "Contabilità", "nido": "Servizi educativi", "bib": "Sistema bibliotecario",
           "imu": "Contabilità", "pag": "Piattaforma dei crediti commerciali", "form": "Syllabus"}
    cols = ["Cod.", "Obiettivo / Indicatore", "Peso", "Metodo di calcolo", "Fonte dei dati", "Valore 2025",
            "Target 2026", "Target 2027", "Target 2028", "Struttura responsabile"]
    widths = [5, 30, 5, 17, 12, 8, 8, 8, 8, 14]
    body = []
    breaks = []
    for sc, stitle, sw, ops in tree:
        T.node(sc, "strategic", stitle, None, sw)
        body.append([C(sc, bold=True, bg="#d9d9d9"), C(stitle, bold=True, bg="#d9d9d9"),
                     C(sw, bold=True, bg="#d9d9d9")] + [C("", bg="#d9d9d9") for _ in range(7)])
        for oc, otitle, ow, owner, inds in ops:
            T.node(oc, "operational", otitle, sc, ow, owners=[owner])
            body.append([C(oc, bold=True), C(otitle, bold=True), C(ow, bold=True)]
                        + [C("") for _ in range(6)] + [C(owner)])
            for ii, (key, iw) in enumerate(inds):
                e = mk(rng, I[key], past, plan)
                ind = e["ind"]
                if oc == "3.3" and ii == 1:
                    breaks.append(len(body))
                braw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(past, e["b"])]
                traw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(plan, e["t"])]
                body.append([C(""), C(ind.name, indent=1, italic=True), C(iw), C(ind.formula), C(src[key])]
                            + [C(r, align="right") for _, r in braw + traw] + [C("")])
                T.ind(None, ind.name, oc, formula=ind.formula, variables=ind.variables,
                      unit=vs.unit_known(ind.unit), weight=iw, baselines=braw, targets=traw)
    blocks = [Para("Piano integrato di attività e organizzazione 2026-2028", bold=True, size=11),
              Para("Sottosezione 2.2 - Performance: obiettivi strategici, obiettivi operativi e indicatori",
                   size=9.5),
              Table([[C(c) for c in cols]], body, widths, repeat_header=True, breaks_before=breaks)]
    doc = Doc(blocks, landscape=True, font="DejaVu Sans Condensed", size=8, ruled=False,
              running=(org, "PIAO 2026-2028 - Allegato B"), header_bg="#ffffff")
    d = case_dir("tuned", name)
    out = chromium_emit(doc, d, HRULES)
    layout = ("The Comune's name is only in the running header of every page (`Comune di Valleverde` left, "
              "`PIAO 2026-2028 - Allegato B` right); then two title lines and one table. Strategic objectives are "
              "grey-shaded rows of the table (`1` | title | `35%`), operational objectives bold rows under them "
              "(`1.1` | title | `50%` ... | responsible structure in the last column, truth node owners), indicators "
              "italic indented rows with no code, their own weight in the same `Peso` column, a measure-code "
              "formula, a data source, the 2025 value and three targets. A forced page break falls between the "
              "first and second indicator of objective 3.3 (header repeated on the next page).")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols),
           "one `Peso` column for all three levels", "codes `1` / `1.1` in their own column; indicators without code",
           "`Fonte dei dati`: not part of the truth", "`Valore 2025` = baseline 2025",
           "operators `≥ `/`≤ `, percent with a space (`55 %`), counts and days as bare numbers (truth unit null)",
           "borderless with horizontal rules, landscape, DejaVu Sans Condensed 8 pt, header repeated"]
    finish(d, T, name, "plan", PROD["chromium"], layout, var)


# ====================================================================== 4
def dashboard_lo_1(name):
    """Dashboard of a Provincia: areas are plain rows (code + title, no band,
    no shading, not bold), weights as `Ponderazione`, owners `Dirigente`."""
    rng = random.Random(1104)
    org = "Provincia di Montalto"
    plan, past = [2026, 2027, 2028], [2025]
    vs = VStyle(ge=">=", le="<=", pct_dec=0, suffix=True)
    T = Truth()
    T.doc("dashboard", org, plan)
    I = MC.PROV_IND
    areas = [("A1", "Viabilità e infrastrutture stradali", ["manut", "te", "ponti"], "Ing. Paolo Martelli"),
             ("A2", "Edilizia scolastica e patrimonio", ["cpi", "sism", "palestre"], "Arch. Giulia Sereni"),
             ("A3", "Ambiente, energia e controlli", ["termici", "aua", "caccia"], "Dott. Marco Lanzi"),
             ("A4", "Bilancio, personale e transizione digitale", ["entrate", "agile", "portale"],
              "Dott.ssa Laura Benassi")]
    cols = ["Codice", "KPI", "Ponderazione", "Valore 2025", "Target 2026", "Target 2027", "Target 2028", "Dirigente"]
    widths = [7, 38, 10, 10, 10, 10, 10, 17]
    body, breaks = [], []
    for ai, (ac, at, keys, dirig) in enumerate(areas):
        if ai == 2:
            breaks.append(len(body))
        T.node(ac, "area", at, None)
        body.append([C(ac), C(at)] + [C("") for _ in range(6)])
        ws = weights(rng, len(keys))
        for j, (key, w) in enumerate(zip(keys, ws)):
            e = mk(rng, I[key], past, plan)
            ind = e["ind"]
            code = f"{ac}.{j + 1:02d}"
            braw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(past, e["b"])]
            traw = [(y, vs.value(op, v, ind.unit)) for y, (op, v) in zip(plan, e["t"])]
            pw = pct_text(w, 0)
            body.append([C(code), C(ind.name), C(pw, align="center")] +
                        [C(r, align="right") for _, r in braw + traw] + [C(dirig)])
            T.ind(code, ind.name, ac, unit=vs.unit_known(ind.unit), weight=pw, baselines=braw, targets=traw,
                  owners=[dirig])
    blocks = [Para(org, bold=True, size=11), Para("Cruscotto degli indicatori di performance 2026-2028", size=10),
              Table([[C(c) for c in cols]], body, widths, repeat_header=True, breaks_before=breaks)]
    doc = Doc(blocks, landscape=False, font="Liberation Serif", size=9, ruled=True, header_bg="#fff2cc")
    d = case_dir("tuned", name)
    out = emit(doc, d, "input", "lo")
    layout = ("Title lines (the Provincia, `Cruscotto degli indicatori di performance 2026-2028`) and one ruled "
              "table. Areas are plain rows: the code `A1` in the `Codice` column and the area title in the `KPI` "
              "column, every other cell empty: no merged band, no shading, not bold. Indicator rows follow with "
              "codes `A1.01`; the area's manager is repeated in `Dirigente` on each indicator row (truth indicator "
              "owners). Areas are level `area`, no weight. A forced page break precedes area A3; the header row "
              "repeats (print titles).")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols), "weights `Ponderazione` as `40%` (text)",
           "operators `>=`/`<=` without a space (`>=52%`, `<=14 gg`, `>=281 N.`)",
           "portrait, ruled, Liberation Serif 9 pt"]
    finish(d, T, name, "dashboard", PROD["lo"], layout, var)


# ====================================================================== 5
def _result(rng, ind, op, tv, miss, pdec=2):
    f = D(str(round(rng.uniform(0.82, 0.96), 2))) if miss else D(str(round(rng.uniform(1.0, 1.1), 2)))
    rv = tv * f if op == ">=" else tv / f
    dec = pdec if ind.unit == "%" else (1 if ind.unit == "gg" else 0)
    rv = rv.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    if ind.unit == "%" and rv > 100:
        rv = D(100)
    return rv


def report_xlsx_1(name):
    """Results report of an ASL, kept as XLSX: areas, objectives, indicators
    in one sheet; numbers are number cells with formats."""
    rng = random.Random(1105)
    org = "Azienda Sanitaria Locale Valcorta"
    y = 2025
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=0, suffix=True)
    T = Truth()
    T.doc("report", org, [y])
    I = MC.ASL_IND
    tree = [("1", "Appropriatezza e tempi di accesso alle cure", 40,
             [("1.1", "Governo delle liste di attesa", 50, ["card", "cup"], [60, 40]),
              ("1.2", "Qualità dell'assistenza ospedaliera", 50, ["ric30", "ps6h", "femore"], [30, 40, 30])]),
            ("2", "Prevenzione e territorio", 35,
             [("2.1", "Campagne vaccinali e screening oncologici", 60, ["vacc", "mammo"], [50, 50]),
              ("2.2", "Sicurezza alimentare e assistenza domiciliare", 40, ["isp", "adi"], [50, 50])]),
            ("3", "Sostenibilità e gestione delle risorse", 25,
             [("3.1", "Tempestività dei pagamenti", 100, ["pagasl"], [100])])]
    rows = []   # built after achievements
    data = []
    miss_plan = {"card": True, "ric30": False, "ps6h": True, "mammo": True, "isp": False, "adi": True,
                 "cup": False, "femore": False, "vacc": False, "pagasl": True}
    mismatch_done = False
    for ac, at, aw, objs in tree:
        ol = []
        for oc, ot, ow, keys, iws in objs:
            il = []
            for key, iw in zip(keys, iws):
                e = mk(rng, I[key], [y - 1], [y])
                ind = e["ind"]
                op, tv = e["t"][0]
                rv = _result(rng, ind, op, tv, miss_plan[key])
                a = ach(op, tv, rv)
                pa = a
                if key == "mammo" and not mismatch_done:
                    assert a < 100
                    pa = D(100)
                    mismatch_done = True
                il.append({"ind": ind, "w": D(iw), "op": op, "tv": tv, "rv": rv, "a": a, "pa": pa, "key": key})
            opa = wmean([(e["w"], e["pa"]) for e in il])
            ol.append({"code": oc, "title": ot, "w": D(ow), "inds": il, "pa": opa})
        apa = wmean([(o["w"], o["pa"]) for o in ol])
        data.append({"code": ac, "title": at, "w": D(aw), "ops": ol, "pa": apa})
    cols = ["Cod.", "Obiettivo / Indicatore", "Peso", "Valore obiettivo 2025", "Valore raggiunto 2025",
            "Grado di raggiungimento"]
    widths = [7, 58, 9, 16, 16, 16]
    body = []
    for a in data:
        T.node(a["code"], "area", a["title"], None, pct_text(a["w"], 0),
               achievement=[{"year": y, "raw": pct_text(a["pa"])}])
        body.append([C(a["code"], bold=True, band=True), C(a["title"], bold=True, band=True),
                     pct_cell(a["w"], 0, bold=True, band=True, align="center"), C("", band=True), C("", band=True),
                     pct_cell(a["pa"], 2, bold=True, band=True, align="right")])
        for o in a["ops"]:
            T.node(o["code"], "strategic", o["title"], a["code"], pct_text(o["w"], 0),
                   achievement=[{"year": y, "raw": pct_text(o["pa"])}])
            body.append([C(o["code"], bold=True), C(o["title"], bold=True), pct_cell(o["w"], 0, bold=True,
                                                                                      align="center"),
                         C(""), C(""), pct_cell(o["pa"], 2, bold=True, align="right")])
            for e in o["inds"]:
                ind = e["ind"]
                ttext = vs.value(e["op"], e["tv"], ind.unit)
                if ind.unit == "%":
                    rc = pct_cell(e["rv"], 2, align="right")
                elif ind.unit == "gg":
                    rc = num_cell(e["rv"], 1, align="right")
                else:
                    rc = num_cell(e["rv"], 0, align="right")
                body.append([C(""), C(ind.name, indent=1), pct_cell(e["w"], 0, align="center"),
                             C(ttext, align="right"), rc, pct_cell(e["pa"], 2, align="right")])
                T.ind(None, ind.name, o["code"], unit=vs.unit_known(ind.unit), weight=pct_text(e["w"], 0),
                      targets=[(y, ttext)], results=[(y, rc.text)], achievement=[(y, pct_text(e["pa"]))])
                if e["pa"] != e["a"]:
                    T.finding("achievement.mismatch", ind.name,
                              f"printed {pct_text(e['pa'])} but result {rc.text} misses the target {ttext} "
                              f"(computed {pct_text(e['a'])})")
    blocks = [Para(org, bold=True, size=12),
              Para("Relazione sulla performance 2025 - Allegato A: obiettivi di budget e grado di raggiungimento",
                   bold=True, size=10),
              Table([[C(c) for c in cols]], body, widths, repeat_header=True)]
    doc = Doc(blocks, landscape=True, font="Liberation Sans", size=10, ruled=True, header_bg="#c9daf8",
              band_bg="#e2efda", sheet="Relazione 2025")
    d = case_dir("tuned", name)
    out = emit(doc, d, "input", "xlsx")
    layout = ("One sheet `Relazione 2025`: two title rows merged across the sheet (the ASL, the report title), "
              "then one table. Area rows (`1`, green fill, bold), objective rows (`1.1`, bold) and indicator rows "
              "(no code, name indented) share the columns; weights and achievements are on all three levels. "
              "Achievement: `≥` target result/target capped at 100%, `≤` target/result capped; an objective's "
              "achievement is the weighted mean of its indicators' printed achievements, an area's the weighted "
              "mean of its objectives' (two decimals). Areas are level `area`, objectives `strategic`.")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols),
           "weights number cells with format `0%` (0.4 shows `40%`); achievements and percentage results number "
           "cells with `0.00%` (`67,68%`); counts `#,##0`, days `#,##0.0` (no unit in the result cell)",
           "targets text cells (`≥ 51%`, `≤ 38 gg`, `≥ 13.060 N.`)",
           "`Valore obiettivo` / `Valore raggiunto` / `Grado di raggiungimento` header synonyms",
           "Liberation Sans 10 pt"]
    finish(d, T, name, "report", PROD["xlsx"] + "; percentages stored as fractions", layout, var)


# ====================================================================== 6
def assignment_chromium_1(name):
    """Assignment of an environmental agency: the organisational unit is a
    column repeated on every row; objective cells printed on its first row."""
    rng = random.Random(1106)
    org = "Agenzia Regionale per la Protezione dell'Ambiente della Valdimonte"
    y, p = 2026, 2025
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=1, suffix=True)
    T = Truth()
    T.doc("assignment", org, [y])
    I = MC.ARPA_IND
    objs = {"OP.01": ("Rispettare i tempi dei procedimenti di competenza dell'Agenzia", [("pareri", 60), ("pag", 40)]),
            "OP.02": ("Garantire il monitoraggio delle acque superficiali", [("acque", 100)]),
            "OP.03": ("Ridurre i tempi di risposta del laboratorio", [("ref", 70), ("sicur", 30)]),
            "OP.04": ("Assicurare la diffusione tempestiva dei dati sulla qualità dell'aria",
                      [("aria", 60), ("pollini", 40)]),
            "OP.05": ("Presidiare il controllo delle installazioni industriali", [("aia", 50), ("cem", 50)]),
            "OP.06": ("Gestire le segnalazioni dei cittadini", [("segn", 100)]),
            "OP.07": ("Razionalizzare gli acquisti di beni e servizi", [("gare", 100)])}
    ind_data = {}
    for oc, (_, lst) in objs.items():
        for key, _ in lst:
            ind_data[key] = mk(rng, I[key], [p], [y])
    units = [("Direzione Tecnica", [("OP.01", 40), ("OP.05", 35), ("OP.06", 25)]),
             ("Dipartimento Laboratori", [("OP.01", 40), ("OP.03", 30), ("OP.02", 20)]),
             ("Servizio Qualità dell'aria", [("OP.01", 30), ("OP.04", 50), ("OP.06", 20)]),
             ("Direzione Amministrativa", [("OP.01", 50), ("OP.07", 50)])]
    T.finding("weight.sum", "Dipartimento Laboratori",
              "objective weights of Dipartimento Laboratori sum to 90% (40% + 30% + 20%)", unit="Dipartimento Laboratori")
    cols = ["Struttura responsabile", "Cod.", "Obiettivo operativo", "Peso ob.", "Indicatore", "Peso ind.",
            "Valore 2025", "Target 2026"]
    widths = [14, 6, 24, 6, 26, 6, 9, 9]
    body = []
    for u, lst in units:
        T.node(None, "unit", u, None)
        for oc, ow in lst:
            ot, il = objs[oc]
            T.node(oc, "operational", ot, None, f"{ow}%", unit=u)
            for j, (key, iw) in enumerate(il):
                e = ind_data[key]
                ind = e["ind"]
                braw = vs.value(*e["b"][0], ind.unit)
                traw = vs.value(*e["t"][0], ind.unit)
                body.append([C(u), C(oc if j == 0 else ""), C(ot if j == 0 else ""),
                             C(f"{ow}%" if j == 0 else "", align="right"), C(ind.name),
                             C(f"{iw}%", align="right"), C(braw, align="right"), C(traw, align="right")])
                T.ind(None, ind.name, oc, unit=vs.unit_known(ind.unit), unit_org=u, weight=f"{iw}%",
                      baselines=[(p, braw)], targets=[(y, traw)])
    blocks = [Para(org, bold=True, size=11),
              Para("Piano della performance 2026 - Allegato 3: assegnazione degli obiettivi operativi alle strutture",
                   size=10),
              Table([[C(c) for c in cols]], body, widths, repeat_header=True)]
    doc = Doc(blocks, landscape=True, font="DejaVu Sans", size=9, ruled=True, header_bg="#d0e0e3")
    d = case_dir("tuned", name)
    out = chromium_emit(doc, d, ZEBRA)
    layout = ("Two title lines (the agency, the annex title) and one ruled table, one row per (unit, objective, "
              "indicator). The organisational unit is not a heading but the first column, repeated on every row. "
              "Objective code, title and weight (`Peso ob.`) are printed on the objective's first indicator row "
              "within each unit, blank below (not merged). Objective `OP.01` is assigned to all four units with "
              "each unit's own weight. Truth convention as the other assignment cases: one `unit` node per "
              "structure (parent null), one `operational` node per (unit, objective) with `unit` = the structure "
              "and parent null, indicators with `unit_org` = the structure; `Valore 2025` is the 2025 baseline.")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols), "units as a column, not headings",
           "objective and indicator weights in two columns (`40%`)",
           "operators `≥ `/`≤ `, percentages with one decimal (`76,0%`), `N.` and `gg` after numbers",
           "zebra-shaded rows, ruled, landscape, DejaVu Sans 9 pt, header repeated"]
    finish(d, T, name, "assignment", PROD["chromium"], layout, var)


# ====================================================================== 7
def list_csv_1(name):
    rng = random.Random(1107)
    plan, past = [2026, 2027, 2028], [2025]
    vs = VStyle(ge=">=", le="<=", pct_dec=2, suffix=False)
    T = Truth()
    T.doc("list", None, plan)
    I = MC.CM_IND
    objs = [("OO.1", "Garantire la regolarità del trasporto pubblico extraurbano", [("tpl", 100)]),
            ("OO.2", "Riqualificare il patrimonio edilizio scolastico", [("scuole", 100)]),
            ("OO.3", "Contrastare l'abbandono dei rifiuti e semplificare le concessioni",
             [("rifiuti", 30), ("suolo", 30), ("contenz", 30)]),
            ("OO.4", "Sostenere i comuni nella gestione degli appalti e dei fondi europei",
             [("gare", 50), ("comuni", 50)]),
            ("OO.5", "Aprire il patrimonio informativo dell'ente", [("open", 100)])]
    T.finding("weight.sum", "OO.3", "indicator weights of OO.3 sum to 90% (30% + 30% + 30%)")
    owners = {"OO.1": "Direzione Mobilità", "OO.2": "Direzione Edilizia scolastica", "OO.3": "Direzione Ambiente",
              "OO.4": "Stazione unica appaltante", "OO.5": "Servizio Sistemi informativi"}
    cols = ["Cod. obiettivo", "Obiettivo operativo", "Cod. indicatore", "Indicatore di performance",
            "Modalità di calcolo", "U.M.", "Ponderazione", "Baseline 2025", "Target 2026", "Target 2027",
            "Target 2028", "Responsabile"]
    rows = []
    k = 0
    UM = {"%": "%", "N.": "numero", "gg": "giorni"}
    for oc, ot, il in objs:
        T.node(oc, "operational", ot, None)
        for key, w in il:
            k += 1
            e = mk(rng, I[key], past, plan)
            ind = e["ind"]
            icode = f"CM-{k:02d}"
            braw = [(yy, vs.value(op, v, ind.unit)) for yy, (op, v) in zip(past, e["b"])]
            traw = [(yy, vs.value(op, v, ind.unit)) for yy, (op, v) in zip(plan, e["t"])]
            if key == "comuni":
                traw[1] = (2027, "N/D")
                T.finding("target.missing", icode, "target for 2027 printed N/D")
            rows.append([oc, ot, icode, ind.name, ind.formula, UM[ind.unit], f"{w}%"] + [r for _, r in braw + traw]
                        + [owners[oc]])
            T.ind(icode, ind.name, oc, formula=ind.formula, variables=ind.variables,
                  unit=ind.unit, weight=f"{w}%", baselines=braw, targets=traw, owners=[owners[oc]])
    d = case_dir("tuned", name)
    with open(os.path.join(d, "input.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(r)
    layout = ("A flat CSV export, one indicator per row, the operational objective code and title repeated on "
              "every row. No body named anywhere (organisation null). Units in words in the `U.M.` column "
              "(`numero`, `giorni`, `%`); values bare numbers (`>=12`, `<=35`, `>=83,00%`).")
    var = ["input: `input.csv` (UTF-8 with a byte-order mark, `;` separator, CRLF)", "columns: " + " | ".join(cols),
           "objective code and indicator code in separate columns (`OO.3`, `CM-04`)",
           "weights `Ponderazione` as `30%`", "formula over measure codes in `Modalità di calcolo`",
           "operators `>=`/`<=` without a space"]
    finish(d, T, name, "list", PROD["csv"], layout, var)


# ====================================================================== 8
def list_xlsx_1(name):
    rng = random.Random(1108)
    org = "Regione Appennino Centrale"
    plan, past = [2026, 2027, 2028], [2025]
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=0, suffix=True)
    T = Truth()
    T.doc("list", org, plan)
    I = MC.REG_IND
    objs = [("1.1", "Accelerare l'attuazione dei programmi europei", [("psr", 40), ("fesr", 30), ("fse", 30)]),
            ("2.1", "Ridurre i tempi di erogazione dei contributi alle imprese", [("liq", 100)]),
            ("3.1", "Rafforzare la rete dei servizi socio-sanitari per gli anziani", [("rsa", 100)]),
            ("4.1", "Completare la transizione digitale dei territori", [("bul", 60), ("pagopa", 40)]),
            ("5.1", "Migliorare la trasparenza e l'accesso alle politiche attive", [("accatti", 50), ("disocc", 50)])]
    struct = {"1.1": "Direzione Programmazione", "2.1": "Direzione Attività produttive",
              "3.1": "Direzione Welfare", "4.1": "Direzione Agenda digitale", "5.1": "Segreteria generale"}
    h1 = [C("Codice", rs=2), C("Obiettivo", rs=2), C("Indicatore", rs=2), C("Formula di calcolo", rs=2),
          C("Peso", rs=2), C("Valore 2025", rs=2), C("Target", cs=3), C("Struttura responsabile", rs=2)]
    h2 = [C(str(yy)) for yy in plan]
    body = []
    for oc, ot, il in objs:
        T.node(oc, "operational", ot, None)
        for j, (key, w) in enumerate(il):
            e = mk(rng, I[key], past, plan)
            ind = e["ind"]
            icode = f"R{oc}.{chr(97 + j)}"
            op, bv = e["b"][0]
            if ind.unit == "%":
                bc = pct_cell(bv, 1, align="right")
            else:
                bc = num_cell(bv, 0, align="right")
            traw = [(yy, vs.value(op2, v, ind.unit)) for yy, (op2, v) in zip(plan, e["t"])]
            body.append([C(icode), C(f"{oc} {ot}"), C(ind.name), C(ind.formula), pct_cell(w, 0, align="center"), bc]
                        + [C(r, align="right") for _, r in traw] + [C(struct[oc])])
            T.ind(icode, ind.name, oc, formula=ind.formula, variables=ind.variables, unit=vs.unit_known(ind.unit),
                  weight=pct_text(w, 0), baselines=[(2025, bc.text)], targets=traw, owners=[struct[oc]])
    blocks = [Para(f"{org} - Piano della performance 2026-2028: elenco degli indicatori", bold=True, size=11),
              Table([h1, h2], body, [10, 30, 34, 26, 7, 10, 10, 10, 10, 20], repeat_header=True)]
    doc = Doc(blocks, landscape=True, font="Calibri", size=10, ruled=True, header_bg="#fce4d6", sheet="Indicatori")
    d = case_dir("tuned", name)
    out = emit(doc, d, "input", "xlsx")
    layout = ("One sheet `Indicatori`: a title row (the Regione and the plan) merged across the sheet, then a "
              "two-row header: `Target` is a band merged over `2026 | 2027 | 2028` on the second header row; the "
              "other header cells are merged down over both rows. One indicator per row; the objective "
              "(`1.1 Title`, code and title separated by a space) is repeated on every row; indicator codes "
              "`R1.1.a` in the first column.")
    var = [f"input: `{out}`", "columns: Codice | Obiettivo | Indicatore | Formula di calcolo | Peso | Valore 2025 | "
           "Target (2026 | 2027 | 2028) | Struttura responsabile",
           "weights number cells `0%` (0.4 shows `40%`); baselines number cells (`63,0%` with `0.0%`, counts "
           "`#,##0`, no unit); targets text (`≥ 63%`, `≤ 71 gg`, `≥ 1.780 N.`)",
           "`Struttura responsabile` → indicator owners", "font Calibri (substituted when printed) 10 pt"]
    finish(d, T, name, "list", PROD["xlsx"], layout, var)


# ====================================================================== 9
def report_writer_1(name):
    """Results report of a Comune, printed from an ODS by LibreOffice:
    strategic headings, one table per strategic objective."""
    rng = random.Random(1109)
    org = "Comune di Pietralunga Marittima"
    y = 2025
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=0, suffix=True)
    I = MC.COMUNE_IND
    T = Truth()
    T.doc("report", org, [y])
    tree = [("1", "Semplificare il rapporto tra cittadini e amministrazione",
             [("1.1", "Servizi demografici più rapidi", 40, ["cie"], [100]),
              ("1.2", "Sportello unico per l'edilizia e le attività produttive", 60, ["edil", "suap"], [50, 50])]),
            ("2", "Ambiente e qualità urbana",
             [("2.1", "Incremento della raccolta differenziata", 50, ["rd"], [100]),
              ("2.2", "Cura del territorio e sicurezza stradale", 50, ["segn", "ctrlpl", "sanz"], [40, 30, 30])]),
            ("3", "Ente efficiente e finanze sane",
             [("3.1", "Entrate tributarie e pagamenti", 70, ["imu", "pag"], [60, 40]),
              ("3.2", "Competenze digitali del personale", 30, ["form"], [100])])]
    misses = {"cie": False, "edil": True, "suap": False, "rd": True, "segn": False, "ctrlpl": True,
              "sanz": True, "imu": False, "pag": True, "form": False}
    data = []
    for sc, st, ops in tree:
        ol = []
        for oc, ot, ow, keys, iws in ops:
            il = []
            for key, iw in zip(keys, iws):
                e = mk(rng, I[key], [y - 1], [y])
                ind = e["ind"]
                op, tv = e["t"][0]
                rv = _result(rng, ind, op, tv, misses[key], pdec=0)
                il.append({"ind": ind, "w": D(iw), "op": op, "tv": tv, "rv": rv, "a": ach(op, tv, rv)})
            ol.append({"code": oc, "title": ot, "w": D(ow), "inds": il,
                       "pa": wmean([(e["w"], e["a"]) for e in il])})
        data.append({"code": sc, "title": st, "ops": ol})
    o = data[1]["ops"][1]        # 2.2: printed rollup off
    true = o["pa"]
    o["pa"] = true - D("6.00") if true > 90 else true + D("6.00")
    T.finding("achievement.rollup", o["code"],
              f"printed {pct_text(o['pa'])} but the weighted mean of its indicators is {pct_text(true)}")
    for s in data:
        s["pa"] = wmean([(x["w"], x["pa"]) for x in s["ops"]])
    cols = ["Obiettivo operativo", "Peso", "Indicatore", "Risultato atteso", "Risultato conseguito",
            "% raggiungimento"]
    widths = [30, 7, 32, 12, 12, 12]
    blocks = [Para(org, bold=True, size=11, align="center"),
              Para(f"Relazione sulla performance {y}", bold=True, size=10, align="center"),
              Para("Allegato 2 – Grado di raggiungimento degli obiettivi", size=10, align="center")]
    for s in data:
        T.node(s["code"], "strategic", s["title"], None, achievement=[{"year": y, "raw": pct_text(s["pa"])}])
        blocks.append(Para(f"Obiettivo strategico {s['code']} – {s['title']} (raggiungimento {pct_text(s['pa'])})",
                           bold=True, size=10, space_before=10))
        body = []
        for o in s["ops"]:
            T.node(o["code"], "operational", o["title"], s["code"], f"{it_num(o['w'])}%",
                   achievement=[{"year": y, "raw": pct_text(o["pa"])}])
            body.append([C(f"{o['code']} {o['title']}", bold=True), C(f"{it_num(o['w'])}%", bold=True, align="right"),
                         C(""), C(""), C(""), C(pct_text(o["pa"]), bold=True, align="right")])
            for e in o["inds"]:
                ind = e["ind"]
                ttext = vs.value(e["op"], e["tv"], ind.unit)
                rtext = vs.value("=", e["rv"], ind.unit)
                body.append([C(""), C(f"{it_num(e['w'])}%", align="right"), C(ind.name), C(ttext, align="right"),
                             C(rtext, align="right"), C(pct_text(e["a"]), align="right")])
                T.ind(None, ind.name, o["code"], unit=vs.unit_known(ind.unit), weight=f"{it_num(e['w'])}%",
                      targets=[(y, ttext)], results=[(y, rtext)], achievement=[(y, pct_text(e["a"]))])
        blocks.append(Table([[C(c) for c in cols]], body, widths, repeat_header=False))
    doc = Doc(blocks, landscape=False, font="Liberation Serif", size=10, ruled=True, header_bg="#dbe5f1",
              sheet="Allegato 2")
    d = case_dir("tuned", name)
    import tempfile
    import shutil
    from vlib import to_xlsx
    tmp = tempfile.mkdtemp(prefix="vods")
    x = os.path.join(tmp, "relazione.xlsx")
    to_xlsx(doc, x)
    ods = os.path.join(tmp, "relazione.ods")
    lo_convert(x, "ods", ods)
    lo_convert(ods, "pdf", os.path.join(d, "input.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    layout = ("Three centred title lines (the Comune, `Relazione sulla performance 2025`, the annex), then per "
              "strategic objective a heading `Obiettivo strategico 1 – Title (raggiungimento 98,24%)` (truth "
              "strategic achievement; strategic objectives print no weight) and a ruled table `Obiettivo operativo | "
              "Peso | Indicatore | Risultato atteso | Risultato conseguito | % raggiungimento`. The operational "
              "objective row (`1.2 Title`, bold, weight, achievement) precedes its indicator rows (weight in the same "
              "`Peso` column, name, target, result, achievement). Achievement: as the other reports (≥: "
              "result/target capped at 100%; ≤: target/result capped); operational = weighted mean of its "
              "indicators, strategic = weighted mean of its operational objectives' printed values (two decimals).")
    var = ["input: `input.pdf`", "producer chain: workbook saved as ODS by LibreOffice, the ODS printed to PDF",
           "headings carry the strategic achievement in brackets", "code and title separated by a space (`1.2 Title`)",
           "`Risultato atteso` / `Risultato conseguito` synonyms", "weights `40%` without decimals",
           "portrait, ruled, Liberation Serif 10 pt, table headers not repeated"]
    finish(d, T, name, "report", PROD["ods"], layout, var)


# ====================================================================== 10
def dashboard_chromium_1(name):
    """Dashboard of a chamber: one small table per area, the area a heading
    paragraph; code after the name; thirds weights (33,33%)."""
    rng = random.Random(1110)
    org = "Camera di Commercio di Borgo San Vitale"
    plan, past = [2026, 2027, 2028], [2024, 2025]
    vs = VStyle(ge="≥ ", le="≤ ", pct_dec=1, pct_space=True, suffix=True)
    T = Truth()
    T.doc("dashboard", org, plan)
    titles = rng.sample(AREAS, 4)
    sizes = [3, 2, 4, 3]
    pool = [t for t in INDICATORS if t[4] in ("%", "N.", "gg")]
    rng.shuffle(pool)
    pool = iter(pool)
    cols = ["Indicatore", "Cod.", "Peso", "Baseline 2024", "Baseline 2025", "Target 2026", "Target 2027",
            "Target 2028"]
    widths = [40, 9, 8, 9, 9, 9, 9, 9]
    blocks = [Para(org, bold=True, size=11), Para("Cruscotto strategico - indicatori e target 2026-2028", size=9.5)]
    k = 0
    for ai, n in enumerate(sizes):
        ac = str(ai + 1)
        T.node(ac, "area", titles[ai], None)
        blocks.append(Para(f"Area strategica {ac} – {titles[ai]}", bold=True, size=10, space_before=12))
        ws = [D("33.33"), D("33.33"), D("33.34")] if n == 3 and ai == 0 else weights(rng, n)
        body = []
        for w in ws:
            k += 1
            e = mk(rng, next(pool), past, plan)
            ind = e["ind"]
            code = f"KPI{k:02d}"
            braw = [(yy, vs.value(op, v, ind.unit)) for yy, (op, v) in zip(past, e["b"])]
            traw = [(yy, vs.value(op, v, ind.unit)) for yy, (op, v) in zip(plan, e["t"])]
            body.append([C(ind.name), C(code), C(pct_text(w), align="right")]
                        + [C(r, align="right") for _, r in braw + traw])
            T.ind(code, ind.name, ac, unit=vs.unit_known(ind.unit), weight=pct_text(w), baselines=braw, targets=traw)
        blocks.append(Table([[C(c) for c in cols]], body, widths, repeat_header=False))
    doc = Doc(blocks, landscape=False, font="DejaVu Serif Condensed", size=9, ruled=False, header_bg="#ffffff")
    d = case_dir("tuned", name)
    css = ("th { border-bottom:1.2pt solid #000; text-align:left; } td { border:none; }\n"
           "p { page-break-after: avoid; }\n")
    out = chromium_emit(doc, d, css)
    layout = ("Title lines (the chamber, `Cruscotto strategico ...`). Each area is a bold heading paragraph "
              "`Area strategica 1 – Title` above its own small borderless table (only a rule under the header); "
              "each table has its own header row; no merged bands. Indicator name first, code `KPI01` after it. "
              "Areas are level `area`, code `1`..`4`, no weight.")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols),
           "area 1 weighs its three indicators 33,33% + 33,33% + 33,34% (sums to 100: clean)",
           "two baseline years", "operators `≥ `/`≤ `, percent with one decimal and a space (`73,0 %`), `N.`, `gg`",
           "portrait, borderless, DejaVu Serif Condensed 9 pt"]
    finish(d, T, name, "dashboard", PROD["chromium"], layout, var)


# ====================================================================== 11
def plan_lo_1(name):
    """BSC plan of a chamber: perspectives as bands, strategic objectives as
    rows, indicators below; weight first; targets before the formula; body
    named only in the running header."""
    rng = random.Random(1111)
    org = "Camera di Commercio di Valle dell'Orso"
    plan = [2026, 2027, 2028]
    vs = VStyle(ge=">= ", le="<= ", pct_dec=2, suffix=True)
    T = Truth()
    T.doc("plan", org, plan)
    persp = [("IMPRESE, CONSUMATORI E TERRITORIO", 40, [2, 3]), ("PROCESSI INTERNI", 35, [2, 2]),
             ("ECONOMICO-FINANZIARIO", 25, [2])]
    sources = ["Registro imprese", "Contabilità camerale", "Sistema di gestione documentale", "Rilevazione interna",
               "Banca dati Infocamere"]
    st = iter(rng.sample(STRATEGIC, 6))
    pool = [t for t in INDICATORS if t[4] in ("%", "N.", "gg", "EUR")]
    rng.shuffle(pool)
    pool = iter(pool)
    cols = ["Peso", "Obiettivo strategico / KPI", "Cod.", "Target 2026", "Target 2027", "Target 2028",
            "Formula di calcolo", "Fonte dei dati"]
    widths = [8, 46, 9, 13, 13, 13, 34, 18]
    body = []
    k = 0
    os_n = 0
    for pt, pw, sizes in persp:
        T.node(None, "perspective", pt, None, pct_text(pw))
        body.append([C(pct_text(pw), bold=True, band=True), C(f"PROSPETTIVA {pt}", bold=True, band=True, cs=7)])
        sws = weights(rng, len(sizes))
        for sw, n in zip(sws, sizes):
            os_n += 1
            sc = f"OS{os_n:02d}"
            stt = next(st)
            T.node(sc, "strategic", stt, pt, pct_text(sw))
            body.append([C(pct_text(sw), bold=True), C(f"{sc} - {stt}", bold=True)] + [C("") for _ in range(6)])
            for w in weights(rng, n):
                k += 1
                e = mk(rng, next(pool), [2025], plan)
                ind = e["ind"]
                code = f"K.{k:02d}"
                traw = [(yy, vs.value(op, v, ind.unit)) for yy, (op, v) in zip(plan, e["t"])]
                body.append([C(pct_text(w), align="right"), C(ind.name, indent=1), C(code)]
                            + [C(r, align="right") for _, r in traw] + [C(ind.formula), C(rng.choice(sources))])
                T.ind(code, ind.name, sc, formula=ind.formula, variables=ind.variables,
                      unit=vs.unit_known(ind.unit), weight=pct_text(w), targets=traw)
    blocks = [Table([[C(c) for c in cols]], body, widths, repeat_header=False)]
    doc = Doc(blocks, landscape=True, font="Liberation Sans Narrow", size=9, ruled=True, header_bg="#d9d2e9",
              band_bg="#b4a7d6", running=(org, "Piano della performance 2026-2028 - Allegato 1"))
    d = case_dir("tuned", name)
    out = emit(doc, d, "input", "lo")
    layout = ("No title line: the chamber is named only in the page header (`Camera di Commercio di Valle "
              "dell'Orso` left, `Piano della performance 2026-2028 - Allegato 1` right). One ruled table whose "
              "header is printed once (not repeated). Perspective bands (`PROSPETTIVA PROCESSI INTERNI`, merged "
              "over the text columns, weight in the first column) → strategic objective rows (`OS01 - Title`, bold, "
              "weight first) → indicator rows (weight, indented name, code `K.01` after the name, three targets, "
              "formula over measure codes, source). Truth: perspectives level `perspective`, code null, title "
              "without the word `PROSPETTIVA`; strategic objectives' parent = the perspective title.")
    var = [f"input: `{out}`", "columns: " + " | ".join(cols), "weights first on every level",
           "targets before the formula", "`Fonte dei dati`: not part of the truth",
           "operators `>= `/`<= `, `N.`/`gg`/`Euro` after numbers, percentages with two decimals",
           "landscape, ruled, Liberation Sans Narrow 9 pt (condensed), header not repeated"]
    finish(d, T, name, "plan", PROD["lo"], layout, var)


CASES = [("more-pira-chromium-1", pira_chromium_1), ("more-pira-lo-1", pira_lo_1),
         ("more-plan-chromium-1", plan_chromium_1), ("more-dashboard-lo-1", dashboard_lo_1),
         ("more-report-xlsx-1", report_xlsx_1), ("more-assignment-chromium-1", assignment_chromium_1),
         ("more-list-csv-1", list_csv_1), ("more-list-xlsx-1", list_xlsx_1),
         ("more-report-lo-1", report_writer_1), ("more-dashboard-chromium-1", dashboard_chromium_1),
         ("more-plan-lo-1", plan_lo_1)]

if __name__ == "__main__":
    only = sys.argv[1:]
    for n, f in CASES:
        if not only or n in only or "tuned" in only:
            f(n)
