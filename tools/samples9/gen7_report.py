#!/usr/bin/python3
"""Genre: report. Two cases:
- gen7-report-chromium-1: TWO documents of one comune imported together, both printed by Chromium: input-1.pdf is
  the plan 2025-2027 (portrait, ruled, one table `Codice | Descrizione | Peso | Baseline 2024 | Target 2025..2027`,
  tree rows and indicator rows in the same columns, codes `1`, `1.1`, `1.1.1`, indicator codes `CV-01`), input-2.pdf
  the 2025 report (landscape, borderless zebra, a `Livello` column spelling the level in words, `Valore rilevato 2025`,
  `% di realizzazione` at every level); fault target.conflict (one 2025 target differs between plan and report).
- gen7-report-lo-1: a social-services consortium's report printed by LibreOffice from a workbook, NO CODES at all
  (titles only), strategic lines as capitalised band rows, `Ponderazione`, `Risultato atteso 2025`,
  `Risultato raggiunto`, `Grado di raggiungimento` as `0.00%` fraction cells at every level; a manual page break inside
  the table WITHOUT repeated header; fault achievement.rollup.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (CHROMIUM, LO_XLSX, capped, case_dir, chromium_pdf, doc, dpct, esc, finding, font,  # noqa: E402
                     genre_readme, html_page3, ind, it_num, lo_pdf, node, q, rnd, td, widths, write_truth,
                     xl_box, xl_fit_rows, xl_page, xl_put, xl_save)

SCRIPT = "gen7_report.py"


def wmean(pairs):
    """Weighted mean of (weight %, achievement %) pairs, rounded to 2 decimals."""
    return rnd(sum(Decimal(w) * a for w, a in pairs) / sum(Decimal(w) for w, _ in pairs), 2)


def report_chromium():
    name = "gen7-report-chromium-1"
    org = "Comune di Castelvento"
    Y = [2025, 2026, 2027]
    # area (code, title, w) -> strategic -> operational -> indicators
    # indicator: (code, name, unit, w, baseline 2024, targets 2025..27, result 2025, kind ge/le/yes)
    tree = [
        ("1", "Città sostenibile e sicura", 55, [
            ("1.1", "Qualità urbana e mobilità dolce", 60, [
                ("1.1.1", "Estendere la rete dei percorsi ciclabili urbani", 50, [
                    ("CV-01", "Chilometri di piste ciclabili realizzate", "km", 60, "21,5 km",
                     [">= 24,0 km", ">= 27,0 km", ">= 30,0 km"], "24,8 km", "ge"),
                    ("CV-02", "Rastrelliere e stalli per biciclette installati", None, 40, "140",
                     [">= 180", ">= 220", ">= 260"], "171", "ge")]),
                ("1.1.2", "Migliorare la manutenzione del verde pubblico e delle aree gioco", 50, [
                    ("CV-03", "Segnalazioni sul verde pubblico evase entro 15 giorni", "%", 100, "78%",
                     ["≥ 85%", "≥ 88%", "≥ 90%"], "86,7%", "ge")])]),
            ("1.2", "Sicurezza urbana e protezione civile", 40, [
                ("1.2.1", "Rafforzare il presidio del territorio da parte della polizia locale", 100, [
                    ("CV-04", "Ore di pattugliamento serale e notturno", None, 50, "3.200",
                     [">= 3.400", ">= 3.600", ">= 3.800"], "3.230", "ge"),
                    ("CV-05", "Tempo medio di intervento su chiamata della centrale operativa", "min", 50, "18 min",
                     ["<= 16 min", "<= 15 min", "<= 14 min"], "17 min", "le")])])]),
        ("2", "Comune digitale ed efficiente", 45, [
            ("2.1", "Servizi digitali al cittadino e semplificazione", 100, [
                ("2.1.1", "Digitalizzare i servizi demografici e tributari", 70, [
                    ("CV-06", "Certificati anagrafici rilasciati on line sul totale dei certificati", "%", 50, "62%",
                     ["≥ 70%", "≥ 75%", "≥ 80%"], "73,5%", "ge"),
                    ("CV-07", "Pagamento con PagoPA attivo per tutti i tributi comunali", "text", 50, "NO",
                     ["SI", "SI", "SI"], "SI", "yes")]),
                ("2.1.2", "Ridurre i tempi di risposta alle istanze dei cittadini", 30, [
                    ("CV-08", "Tempo medio di risposta alle istanze presentate all'URP", "gg", 100, "12 gg",
                     ["<= 10 gg", "<= 9 gg", "<= 8 gg"], "9,5 gg", "le")])])])]
    CONFLICT = ("CV-06", "≥ 75%")   # the report prints this 2025 target instead of the plan's ≥ 70%

    def num(s):
        import re
        m = re.search(r"-?\d[\d.]*(,\d+)?", s).group(0)
        return Decimal(m.replace(".", "").replace(",", "."))

    # ---------------- plan (doc 0)
    pcss = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 1mm 0 3mm 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { border: 0.6pt solid #333; background: #d9d9d9; padding: 2pt; font-size: 8pt; }
td { border: 0.6pt solid #555; padding: 1.8pt 3pt; vertical-align: top; } tr { break-inside: avoid; }
tr.a td { background: #3b3b3b; color: #fff; font-weight: bold; } tr.s td { font-weight: bold; background: #eeeeee; }
tr.i td.t { padding-left: 14pt; font-style: italic; } td.v { text-align: center; width: 17mm; } td.w { width: 12mm;
text-align: center; } td.c { width: 13mm; }"""
    rows = []
    nodes, inds = [], []
    for a, at, aw, sts in tree:
        rows.append("<tr class=a>" + td(a, "c") + td(at) + td(f"{aw}%", "w") + "<td colspan=4></td></tr>")
        nodes.append(node(a, "area", at, weight=f"{aw}%"))
        for s, st, sw, ops in sts:
            rows.append("<tr class=s>" + td(s, "c") + td(st) + td(f"{sw}%", "w") + "<td colspan=4></td></tr>")
            nodes.append(node(s, "strategic", st, parent=a, weight=f"{sw}%"))
            for o, ot, ow, ilist in ops:
                rows.append("<tr>" + td(o, "c") + td(ot) + td(f"{ow}%", "w") + "<td colspan=4></td></tr>")
                nodes.append(node(o, "operational", ot, parent=s, weight=f"{ow}%"))
                for code, nm, unit, w, base, tg, res, kind in ilist:
                    rows.append("<tr class=i>" + td(code, "c") + td(nm, "t") + td(f"{w}%", "w") + td(base, "v")
                                + "".join(td(x, "v") for x in tg) + "</tr>")
                    inds.append(ind(nm, o, code=code, unit=unit, weight=f"{w}%", baselines=[(2024, base)],
                                    targets=list(zip(Y, tg))))
    head = ("<thead><tr>" + "".join(f"<th>{h}</th>" for h in
            ["Codice", "Descrizione", "Peso", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027"])
            + "</tr></thead>")
    pbody = (f"<h1>{esc(org)}</h1><p class=sub>Piano integrato di attività e organizzazione 2025-2027 – "
             "Sezione 2.2 Performance – Obiettivi e indicatori</p>"
             f"<table>{head}<tbody>{''.join(rows)}</tbody></table>")
    # ---------------- report (doc 1)
    rcss = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8pt; color: #222; }
h1 { font-size: 11pt; margin: 0; } p.sub { margin: 1mm 0 1mm 0; font-size: 9.5pt; } p.n { margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { text-align: left; border-bottom: 1.4pt solid #7a1f1f; border-top: 1.4pt solid #7a1f1f; padding: 2.5pt 3pt; }
td { padding: 2pt 3pt; vertical-align: top; } tr { break-inside: avoid; }
tbody tr:nth-child(even) td { background: #f6eeee; }
tr.l0 td { font-weight: bold; text-transform: none; color: #7a1f1f; border-top: 0.8pt solid #7a1f1f; }
tr.l1 td { font-weight: bold; } tr.l3 td.t { padding-left: 14pt; }
td.lv { width: 30mm; color: #555; } td.c { width: 14mm; } td.v { width: 24mm; text-align: right; }"""
    rrows = []
    ach = {}

    def ind_ach(kind, tg, res):
        if kind == "yes":
            return Decimal(100) if res == tg else Decimal(0)
        return rnd(capped(num(res), num(tg), kind), 2)

    for a, at, aw, sts in tree:
        sp = []
        for s, st, sw, ops in sts:
            op_pairs = []
            for o, ot, ow, ilist in ops:
                ip = []
                for code, nm, unit, w, base, tg, res, kind in ilist:
                    t25 = CONFLICT[1] if code == CONFLICT[0] else tg[0]
                    ach[code] = ind_ach(kind, t25, res)
                    ip.append((w, ach[code]))
                ach[o] = wmean(ip)
                op_pairs.append((ow, ach[o]))
            ach[s] = wmean(op_pairs)
            sp.append((sw, ach[s]))
        ach[a] = wmean(sp)
    LV = {"area": "Area strategica", "strategic": "Obiettivo strategico", "operational": "Obiettivo operativo"}
    for a, at, aw, sts in tree:
        rrows.append("<tr class=l0>" + td(LV["area"], "lv") + td(a, "c") + td(at, "t") + td(f"{aw}%", "v")
                     + "<td class=v></td><td class=v></td>" + td(dpct(ach[a]), "v") + "</tr>")
        nodes.append(node(a, "area", at, weight=f"{aw}%", achievement=[(2025, dpct(ach[a]))], doc=1))
        for s, st, sw, ops in sts:
            rrows.append("<tr class=l1>" + td(LV["strategic"], "lv") + td(s, "c") + td(st, "t") + td(f"{sw}%", "v")
                         + "<td class=v></td><td class=v></td>" + td(dpct(ach[s]), "v") + "</tr>")
            nodes.append(node(s, "strategic", st, parent=a, weight=f"{sw}%", achievement=[(2025, dpct(ach[s]))],
                              doc=1))
            for o, ot, ow, ilist in ops:
                rrows.append("<tr class=l2>" + td(LV["operational"], "lv") + td(o, "c") + td(ot, "t")
                             + td(f"{ow}%", "v") + "<td class=v></td><td class=v></td>" + td(dpct(ach[o]), "v")
                             + "</tr>")
                nodes.append(node(o, "operational", ot, parent=s, weight=f"{ow}%",
                                  achievement=[(2025, dpct(ach[o]))], doc=1))
                for code, nm, unit, w, base, tg, res, kind in ilist:
                    t25 = CONFLICT[1] if code == CONFLICT[0] else tg[0]
                    rrows.append("<tr class=l3>" + td("Indicatore", "lv") + td(code, "c") + td(nm, "t")
                                 + td(f"{w}%", "v") + td(t25, "v") + td(res, "v") + td(dpct(ach[code]), "v")
                                 + "</tr>")
                    inds.append(ind(nm, o, code=code, unit=unit, weight=f"{w}%", targets=[(2025, t25)],
                                    results=[(2025, res)], achievement=[(2025, dpct(ach[code]))], doc=1))
    rhead = ("<thead><tr>" + "".join(f"<th>{h}</th>" for h in
             ["Livello", "Codice", "Descrizione", "Peso", "Target 2025", "Valore rilevato 2025",
              "% di realizzazione"]) + "</tr></thead>")
    rbody = (f"<h1>{esc(org)}</h1><p class=sub>Relazione sulla performance 2025 – Allegato A: grado di "
             "realizzazione degli obiettivi e degli indicatori</p>"
             "<p class=n>La percentuale di realizzazione dell'indicatore è il rapporto tra valore rilevato e target "
             "(o il suo inverso per gli indicatori da contenere), fino al 100%; per ogni obiettivo è la media "
             "ponderata dei livelli sottostanti.</p>"
             f"<table>{rhead}<tbody>{''.join(rrows)}</tbody></table>")
    d = case_dir(name)
    chromium_pdf(html_page3(pbody, pcss, landscape=False, margin="15mm 14mm",
                            bottom_center='"Pagina " counter(page) " di " counter(pages)', hf_font='7.5pt "Liberation Sans"'),
                 os.path.join(d, "input-1.pdf"))
    chromium_pdf(html_page3(rbody, rcss, landscape=True, margin="13mm 12mm",
                            top_right=q("Relazione sulla performance 2025"),
                            bottom_center='"Pagina " counter(page) " di " counter(pages)',
                            hf_font='7.5pt "DejaVu Sans Condensed"'),
                 os.path.join(d, "input-2.pdf"))
    fnd = [finding("target.conflict", "CV-06", "CV-06 targets ≥ 70% for 2025 in the plan (doc 0) but ≥ 75% in the "
                   "report (doc 1); the report's 98,00% follows its own ≥ 75%", doc=1)]
    write_truth(d, [doc(org, Y, kind="plan"), doc(org, [2025], kind="report")], nodes, inds, fnd)
    genre_readme(d, name, "plan + report (multi-document)", "both documents are " + CHROMIUM.format(script=SCRIPT), """
Two documents of one comune, imported together (in name order). `input-1.pdf` is the PLAN (PIAO 2025-2027): portrait
A4, Liberation Sans 8.5 pt, ruled grid, grey header repeated on each page (`Codice | Descrizione | Peso | Baseline 2024
| Target 2025 | Target 2026 | Target 2027`): areas are dark rows (`1` | `Città sostenibile e sicura` | `55%`),
strategic objectives bold grey rows (`1.1`), operational objectives plain rows (`1.1.1`), indicator rows with their
code in the SAME `Codice` column (`CV-01`), the name italic and indented, weight, baseline and targets; tree rows leave
the value cells empty. Footer `Pagina n di N`. `input-2.pdf` is the REPORT on 2025: landscape A4, DejaVu Sans
Condensed 8 pt, borderless with dark-red rules above and below the header, zebra rows; one table `Livello | Codice |
Descrizione | Peso | Target 2025 | Valore rilevato 2025 | % di realizzazione` whose first column NAMES THE LEVEL IN
WORDS (`Area strategica`, `Obiettivo strategico`, `Obiettivo operativo`, `Indicatore`). The same codes and weights as
the plan; the achievement is printed at every level: indicator = result / target (or target / result for `<=`), capped
at 100%, `SI`/`SI` = 100%; every node = weighted mean of its children's printed values. Truth: the plan is doc 0
(years 2025-2027, baseline 2024), the report doc 1 (year 2025: target, result, achievement); nodes and indicators
are listed once per document.
""", ["two documents for one body (plan + report) to be reconciled by code",
      "plan portrait ruled / report landscape borderless zebra; different fonts",
      "tree codes `1`, `1.1`, `1.1.1` and indicator codes `CV-01` in the same column",
      "report level spelt out in a `Livello` column",
      "header synonyms `Valore rilevato 2025`, `% di realizzazione`, `Baseline 2024`",
      "units inside the values (`24,8 km`, `17 min`, `9,5 gg`, `73,5%`), counts bare (`3.230`), `SI`/`NO`"],
                 ["`target.conflict` on `CV-06` (doc 1): the plan targets `≥ 70%` for 2025, the report prints "
                  "`≥ 75%` for the same year (its `98,00%` is consistent with its own target, and 2.1.1 / 2.1 / 2 "
                  "roll up from the printed values, so nothing else is wrong)"])
    return name


def report_lo():
    name = "gen7-report-lo-1"
    org = "Consorzio intercomunale dei servizi sociali Valle del Tresa"
    # strategic (title, w) -> operational (title, w, printed override) -> indicators
    # indicator: (name, unit, w, target, result value, result fmt, kind)
    tree = [
        ("SOSTEGNO ALLA DOMICILIARITÀ E ALLA NON AUTOSUFFICIENZA", 0.40, [
            ("Ampliare l'assistenza domiciliare integrata agli anziani non autosufficienti", 0.60, None, [
                ("Utenti presi in carico dal servizio di assistenza domiciliare", None, 0.40, ">= 420", 436, "#,##0",
                 "ge"),
                ("Tempo medio di attivazione del servizio dalla valutazione multidimensionale", "gg", 0.35,
                 "<= 12 gg", 14, '0" gg"', "le"),
                ("Piani di assistenza individuali rivalutati nell'anno", "%", 0.25, "≥ 90%", 0.93, "0.0%", "ge")]),
            ("Sostenere i caregiver familiari con interventi di sollievo", 0.40, None, [
                ("Caregiver beneficiari di ore di sollievo", None, 0.50, ">= 150", 138, "#,##0", "ge"),
                ("Pubblicazione dell'avviso per i contributi ai caregiver familiari", "date", 0.50,
                 "entro il 31/03/2025", "28/03/2025", None, "date")])]),
        ("INCLUSIONE SOCIALE E CONTRASTO ALLA POVERTÀ", 0.35, [
            ("Attuare i progetti personalizzati per i beneficiari dell'assegno di inclusione", 1.0, Decimal("98.50"), [
                ("Nuclei beneficiari con progetto personalizzato sottoscritto", "%", 0.60, "≥ 85%", 0.79, "0.0%",
                 "ge"),
                ("Tirocini di inclusione sociale attivati", None, 0.40, ">= 30", 34, "#,##0", "ge")])]),
        ("ORGANIZZAZIONE E QUALITÀ DEI SERVIZI", 0.25, [
            ("Semplificare l'accesso ai servizi attraverso lo sportello sociale unico", 0.50, None, [
                ("Sportello sociale unico attivo in tutti i comuni consorziati", "text", 0.50, "SI", "SI", None,
                 "yes"),
                ("Tempo medio di risposta alle richieste allo sportello", "gg", 0.50, "<= 5 gg", 4, '0" gg"',
                 "le")]),
            ("Garantire la qualità percepita dei servizi educativi domiciliari per minori", 0.50, None, [
                ("Famiglie soddisfatte del servizio educativo domiciliare", "%", 1.0, "≥ 80%", 0.846, "0.0%",
                 "ge")])])]

    def shown(v, fmt):
        if fmt is None:
            return v
        if fmt == "#,##0":
            return it_num(v, 0)
        if fmt == '0" gg"':
            return it_num(v, 0, group=False) + " gg"
        if fmt == "0.0%":
            return it_num(v * 100, 1, group=False) + "%"
        raise ValueError(fmt)

    def tnum(s):
        import re
        return Decimal(re.search(r"\d[\d.]*(,\d+)?", s).group(0).replace(".", "").replace(",", "."))

    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    ln = Side(style="thin", color="3F3F3F")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    F = "Liberation Serif"
    f9, f9b, f9i = font(F, 10.5), font(F, 10.5, bold=True), font(F, 10.5)
    wb = Workbook()
    ws = wb.active
    ws.title = "Relazione 2025"
    widths(ws, [62, 13, 18, 16, 16])
    xl_put(ws, 1, 1, org, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance – anno 2025", font=font(F, 11), wrap=False)
    xl_put(ws, 3, 1, "Esiti degli obiettivi della programmazione 2025 approvata dall'Assemblea consortile",
           font=font(F, 9, italic=True), wrap=False)
    HR = 5
    for c, h in enumerate(["Obiettivo / Indicatore", "Ponderazione", "Risultato atteso 2025", "Risultato raggiunto",
                           "Grado di raggiungimento"], 1):
        xl_put(ws, HR, c, h, font=font(F, 9.5, bold=True), fill="C9D9C2", border=grid, halign="center",
               valign="center")
    r = HR + 1
    nodes, inds = [], []
    brk = None
    for stitle, sw, ops in tree:
        srow = r
        r += 1
        opairs = []
        for otitle, ow, override, ilist in ops:
            orow = r
            r += 1
            ipairs = []
            for iname, unit, iw, tg, rv, rfmt, kind in ilist:
                raw = shown(rv, rfmt)
                if kind == "yes":
                    a = Decimal(100) if raw == tg else Decimal(0)
                elif kind == "date":
                    a = Decimal(100)
                else:
                    a = rnd(capped(tnum(raw), tnum(tg), kind), 2)
                ipairs.append((Decimal(str(iw)) * 100, a))
                xl_put(ws, r, 1, iname, font=f9i, border=grid, indent=2)
                xl_put(ws, r, 2, iw, font=f9, border=grid, fmt="0%", halign="center")
                xl_put(ws, r, 3, tg, font=f9, border=grid, halign="center")
                xl_put(ws, r, 4, rv, font=f9, border=grid, halign="center", fmt=rfmt)
                xl_put(ws, r, 5, float(a / 100), font=f9, border=grid, halign="center", fmt="0.00%")
                inds.append(ind(iname, otitle, unit=unit, weight=f"{round(iw * 100)}%", targets=[(2025, tg)],
                                results=[(2025, raw)], achievement=[(2025, dpct(a))]))
                if iname.startswith("Nuclei beneficiari"):
                    brk = r
                r += 1
            oa = override if override is not None else wmean(ipairs)
            opairs.append((Decimal(str(ow)) * 100, oa))
            for c, v, fmt in ((1, otitle, None), (2, ow, "0%"), (5, float(oa / 100), "0.00%")):
                xl_put(ws, orow, c, v, font=f9b, border=grid, fmt=fmt, halign=None if c == 1 else "center",
                       indent=1 if c == 1 else 0)
            xl_box(ws, orow, 1, orow, 5, grid)
            nodes.append(node(None, "operational", otitle, parent=stitle, weight=f"{round(ow * 100)}%",
                              achievement=[(2025, dpct(oa))]))
        sa = wmean(opairs)
        for c, v, fmt in ((1, stitle, None), (2, sw, "0%"), (5, float(sa / 100), "0.00%")):
            xl_put(ws, srow, c, v, font=font(F, 9.5, bold=True, color="FFFFFF"), fill="4F6B45", border=grid,
                   fmt=fmt, halign=None if c == 1 else "center")
        xl_box(ws, srow, 1, srow, 5, grid)
        nodes.append(node(None, "strategic", stitle, weight=f"{round(sw * 100)}%", achievement=[(2025, dpct(sa))]))
    xl_put(ws, r + 1, 1, "Il grado di raggiungimento degli obiettivi è la media dei gradi degli indicatori e degli "
           "obiettivi sottostanti, ponderata con i rispettivi pesi.", font=font(F, 8.5, italic=True), wrap=False)
    xl_fit_rows(ws, HR, r - 1, pt=10.5)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=False, margins=0.6)
    # keep the nodes in document order (strategic before its operational objectives)
    order = []
    for stitle, _, ops in tree:
        order.append(next(n for n in nodes if n["title"] == stitle))
        order += [next(n for n in nodes if n["title"] == o[0]) for o in ops]
    d = case_dir(name)
    src = os.path.join(d, "report.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    fnd = [finding("achievement.rollup", "Attuare i progetti personalizzati per i beneficiari dell'assegno di "
                   "inclusione", "printed 98,50% but the weighted mean of its indicators (60% × 92,94% + 40% × "
                   "100,00%) is 95,76%")]
    write_truth(d, [doc(org, [2025], kind="report")], order, inds, fnd)
    genre_readme(d, name, "report", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Serif 10.5 pt, ruled grid, printed by LibreOffice from one sheet. Three title lines (the
consortium, `Relazione sulla performance – anno 2025`, an italic line). One table `Obiettivo / Indicatore |
Ponderazione | Risultato atteso 2025 | Risultato raggiunto | Grado di raggiungimento` (light-green header printed
ONCE: a manual page break falls between the two indicator rows of `Attuare i progetti personalizzati …` and page 2
starts WITHOUT a header). NO CODES anywhere: strategic lines are dark-green band rows in CAPITALS (`SOSTEGNO ALLA DOMICILIARITÀ …`,
weight `40%`, achievement `95,40%`), operational objectives bold rows indented once (title, weight, achievement),
indicator rows indented twice (name, weight, target, result, achievement). Weights are fraction cells with format
`0%`, achievements fraction cells with `0.00%` (`85,71%`); results are number cells (`#,##0` → `436`, `0" gg"` →
`14 gg`, `0.0%` → `93,0%`) or text (`28/03/2025`, `SI`). Achievement: `>=`/`≥` result/target, `<=` target/result,
capped at 100%; deadline met or `SI` = 100%; objectives and strategic lines = weighted mean of the level below
(printed values). Truth: no codes; operational parent = the strategic title; indicator node = the operational title.
""", ["no codes at all: parents and nodes named by title",
      "header synonyms `Ponderazione`, `Risultato atteso 2025`, `Risultato raggiunto`, `Grado di raggiungimento`",
      "page break inside the table WITHOUT repeated header (no print titles)",
      "number formats `0%`, `0.00%`, `0.0%`, `#,##0`, `0\" gg\"` on result and achievement cells",
      "a deadline (`entro il 31/03/2025` met on `28/03/2025`) and a `SI` target",
      "portrait, ruled, serif 10.5 pt, three indentation levels in one column"],
                 ["`achievement.rollup` on the operational objective `Attuare i progetti personalizzati per i "
                  "beneficiari dell'assegno di inclusione`: printed `98,50%`, but its indicators (60% × 92,94% + "
                  "40% × 100,00%) give 95,76%; the strategic line above follows the printed 98,50% (no second fault)"])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        print(report_chromium())
    if "lo" in which:
        print(report_lo())
