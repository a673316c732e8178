#!/usr/bin/python3
"""Genre: pira. Two cases:
- gen6-pira-chromium-1: a ministry's PIRA in two parts: a ruled SUMMARY table `Missione | Programma | Cod. | Obiettivo
  | Stanziamento 2026 (euro)` (mission and programme cells spanning their objectives, a total row), then one heading
  and one indicator table per objective (horizontal rules only) with the ministerial indicator types, the method of
  calculation in words, `Fonte del dato`, `Valore di riferimento (anno 2025)` and one target column per year;
  portrait, Liberation Sans 8 pt; fault target.missing (a blank 2028 cell).
- gen6-pira-lo-1: a regional park's PIRA printed by LibreOffice from a workbook, landscape: YEARS AS ROWS (each
  indicator spans three rows `Anno 2026 | 2027 | 2028` with one `Valore atteso` each), mission/programme/objective/
  resources merged down over the objective's block, resources as `#,##0.00` number cells, a total row, a manual page
  break between two objectives with the header repeated; clean.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, LO_XLSX, D, case_dir, chromium_pdf, dnum, doc, esc, finding, genre_readme,  # noqa: E402
                     html_page3, ind, lo_pdf, node, q, td, th, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                     xl_save, xl_styles)

SCRIPT = "gen6_pira.py"
T1, T2, T3, T4 = ("Indicatore di realizzazione finanziaria", "Indicatore di realizzazione fisica",
                  "Indicatore di risultato (output)", "Indicatore di impatto (outcome)")


def pira_chromium():
    name = "gen6-pira-chromium-1"
    org = "Ministero per le Politiche della Montagna e delle Aree Interne"
    Y = [2026, 2027, 2028]
    # (mission code, title) -> (programme code, title) -> objectives (code, title, resources)
    # indicator: (name, type, method, source, unit, baseline, [targets]) ; a None target prints an empty cell
    M018 = ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente")
    M032 = ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche")
    plan = [
        (M018, ("012", "Tutela e valorizzazione delle aree montane"), [
            ("21", "Sostenere gli investimenti dei comuni montani per la messa in sicurezza del territorio",
             "48.350.000,00", [
                 ("Capacità di impegno delle risorse del Fondo per la montagna", T1,
                  "Impegni assunti sul totale degli stanziamenti definitivi di competenza",
                  "Sistema di contabilità finanziaria", "%", "87,4%", ["≥ 90%", "≥ 92%", "≥ 95%"]),
                 ("Comuni montani beneficiari dei contributi", T2,
                  "Numero di comuni destinatari di un decreto di concessione nell'anno", "Banca dati interna", None,
                  "1.146", ["≥ 1.200", "≥ 1.250", "≥ 1.300"])]),
            ("22", "Valorizzare le filiere forestali e i servizi ecosistemici", "12.780.500,00", [
                ("Superficie forestale coperta da piani di gestione finanziati", T4,
                 "Ettari di superficie forestale con piano di gestione approvato", "Regioni e province autonome",
                 "ha", "38.500 ha", ["≥ 41.000 ha", "≥ 44.000 ha", "≥ 47.000 ha"]),
                ("Tempo medio di erogazione dei contributi alle imprese boschive", T3,
                 "Media dei giorni tra la domanda completa e il pagamento", "Banca dati interna", "gg", "142 gg",
                 ["≤ 120 gg", "≤ 110 gg", None])])]),
        (M018, ("015", "Contrasto allo spopolamento delle aree interne"), [
            ("23", "Contrastare lo spopolamento dei piccoli comuni delle aree interne", "96.000.000,00", [
                ("Progetti di rigenerazione dei borghi avviati", T2,
                 "Numero di progetti con lavori consegnati entro il 31 dicembre", "Monitoraggio opere pubbliche",
                 None, "64", ["≥ 80", "≥ 100", "≥ 120"]),
                ("Variazione della popolazione residente nei comuni beneficiari", T4,
                 "Variazione percentuale dei residenti rispetto all'anno precedente", "ISTAT", "%", "-1,4%",
                 ["≥ -1,0%", "≥ -0,5%", "≥ 0,0%"]),
                ("Pubblicazione del bando annuale per i servizi di prossimità", T3,
                 "Data di pubblicazione del bando sul sito istituzionale", "Sito istituzionale", "date", "-",
                 ["entro il 31/03/2026", "entro il 31/03/2027", "entro il 31/03/2028"])])]),
        (M032, ("003", "Servizi e affari generali per le amministrazioni di competenza"), [
            ("24", "Migliorare l'efficienza e la trasparenza dell'azione amministrativa", "7.415.260,00", [
                ("Indicatore annuale di tempestività dei pagamenti", T3,
                 "Ritardo medio dei pagamenti ponderato per l'importo delle fatture", "Piattaforma dei crediti "
                 "commerciali", "gg", "5,6 gg", ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"]),
                ("Procedimenti gestiti interamente in modalità digitale", T3,
                 "Procedimenti digitali sul totale dei procedimenti avviati", "Sistema documentale", "%", "72%",
                 ["≥ 80%", "≥ 90%", "≥ 95%"])])]),
    ]
    total = sum(D(o[2].replace(".", "").replace(",", ".")) for _, _, objs in plan for o in objs)
    total_raw = dnum(total, 2)
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 8pt; color: #111; }
h1 { font-size: 11.5pt; margin: 0; text-align: center; } h2 { font-size: 9.5pt; margin: 1mm 0 4mm 0; text-align: center;
font-weight: normal; } h3 { font-size: 9pt; margin: 5mm 0 1mm 0; border-bottom: 0.6pt solid #7a1c1c; color: #7a1c1c; }
h4 { font-size: 8.5pt; margin: 4mm 0 1mm 0; break-after: avoid; }
table { border-collapse: collapse; width: 100%; }
table.s td, table.s th { border: 0.5pt solid #555; padding: 2pt 3pt; vertical-align: top; }
table.s th { background: #e8dcdc; }
table.d { break-inside: avoid; }
table.d th { background: #f1eded; border-top: 0.8pt solid #333; border-bottom: 0.8pt solid #333; padding: 2pt 3pt;
text-align: left; vertical-align: bottom; }
table.d td { border-bottom: 0.4pt solid #999; padding: 2pt 3pt; vertical-align: top; }
td.e { text-align: right; white-space: nowrap; } td.v { text-align: center; width: 15mm; } td.m { width: 34mm; }
td.ty { width: 24mm; font-size: 7.2pt; } td.fo { width: 22mm; font-size: 7.2pt; color: #333; }
tr.tot td { font-weight: bold; background: #f6f1f1; }"""
    srows, parts, nodes, inds = [], [], [], []
    mspan = {}
    for (mc, mt), _, objs in plan:
        mspan[mc] = mspan.get(mc, 0) + len(objs)
    done_m = set()
    for (mc, mt), (pc, pt), objs in plan:
        for k, (oc, ot, res, ilist) in enumerate(objs):
            cells = ""
            if mc not in done_m:
                cells += td(f"{mc} {mt}", rowspan=mspan[mc])
                done_m.add(mc)
            if k == 0:
                cells += td(f"{pc} {pt}", rowspan=len(objs))
            srows.append(f"<tr>{cells}{td(oc, style='text-align:center')}{td(ot)}{td(res, 'e')}</tr>")
            nodes.append(node(oc, "strategic", ot, resources=[res], mission=mc, programme=pc))
            rows = []
            for iname, ty, meth, src, unit, base, tg in ilist:
                rows.append("<tr>" + td(iname) + td(ty, "ty") + td(meth, "m") + td(src, "fo") + td(base, "v")
                            + "".join(td(x or "", "v") for x in tg) + "</tr>")
                inds.append(ind(iname, oc, unit=unit, type=ty, formula_text=meth, baselines=[(2025, base)],
                                targets=[(y, x) for y, x in zip(Y, tg) if x is not None]))
            parts.append(f"<h4>Obiettivo {oc} – {esc(ot)}</h4>"
                         "<table class=d><thead><tr>" + th("Indicatore") + th("Tipologia") + th("Metodo di calcolo")
                         + th("Fonte del dato") + th("Valore di riferimento (anno 2025)")
                         + "".join(th(f"Target {y}") for y in Y) + "</tr></thead><tbody>" + "".join(rows)
                         + "</tbody></table>")
    summary = ("<table class=s><thead><tr>" + th("Missione") + th("Programma") + th("Cod.") + th("Obiettivo")
               + th("Stanziamento 2026 (euro)") + "</tr></thead><tbody>" + "".join(srows)
               + f"<tr class=tot><td colspan=4>Totale stanziamenti collegati agli obiettivi</td>"
                 f"<td class=e>{total_raw}</td></tr></tbody></table>")
    body = (f"<h1>{esc(org.upper())}</h1>"
            "<h2>Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028</h2>"
            f"<h3>Quadro 1 – Obiettivi per missione e programma e stanziamenti 2026</h3>{summary}"
            "<h3>Quadro 2 – Indicatori e target degli obiettivi</h3>" + "".join(parts))
    h = html_page3(body, css, landscape=False, margin="15mm 13mm 15mm 13mm",
                   top_right=q("PIRA 2026-2028"), bottom_center='counter(page)', hf_font='7pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.missing", "Tempo medio di erogazione dei contributi alle imprese boschive",
                   "the Target 2028 cell is empty: no target for 2028, a year the plan covers")]
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, fnd, resources_total=total_raw)
    genre_readme(d, name, "pira", CHROMIUM.format(script=SCRIPT), f"""
Portrait A4, Liberation Sans 8 pt. Centred title (the ministry in capitals) and `Piano degli indicatori e dei
risultati attesi di bilancio – triennio 2026-2028`; running header `PIRA 2026-2028`, bare page number at the foot.
TWO PARTS. `Quadro 1 – Obiettivi per missione e programma e stanziamenti 2026`: a fully ruled summary table `Missione
| Programma | Cod. | Obiettivo | Stanziamento 2026 (euro)`, where the mission cell (`018 Sviluppo sostenibile …`,
three-digit code, a space, the title) spans the rows of all its objectives and the programme cell (`012 Tutela …`)
those of its own; objective codes are bare numbers (`21`…`24`); amounts without currency sign (`48.350.000,00`); a
last row `Totale stanziamenti collegati agli obiettivi | {total_raw}` (correct sum; truth resources_total).
`Quadro 2 – Indicatori e target degli obiettivi`: per objective a bold heading `Obiettivo 21 – …` and a table with
horizontal rules only: `Indicatore | Tipologia | Metodo di calcolo | Fonte del dato | Valore di riferimento (anno 2025)
| Target 2026 | Target 2027 | Target 2028`. Types are the ministerial ones (`Indicatore di realizzazione
finanziaria`, `… fisica`, `Indicatore di risultato (output)`, `Indicatore di impatto (outcome)`); the method is in
words (truth `formula_text`, no formula); no codes, no weights. Truth: objectives level `strategic` with mission,
programme and resources from Quadro 1; indicators point at the objective code.
""", ["two-part PIRA: summary table with spanning mission/programme cells, then per-objective indicator tables",
      "mission/programme as `018 Title` (code, space, title) in cells, not headings",
      "ministerial indicator types; method of calculation in words; `Fonte del dato` column (not in the truth)",
      "`Valore di riferimento (anno 2025)`; negative targets `≥ -1,0%`; unit `ha`; amounts without `€`",
      "portrait, ruled summary + horizontal-rule detail tables"],
        ["`target.missing` on `Tempo medio di erogazione dei contributi alle imprese boschive` (objective 22): its "
         "`Target 2028` cell is EMPTY (truth lists targets for 2026 and 2027 only)"])
    return name


def pira_lo():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    name = "gen6-pira-lo-1"
    org = "Ente Parco Regionale dei Colli Bertoni"
    Y = [2026, 2027, 2028]
    M09 = ("09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente")
    P05 = ("05", "Aree protette, parchi naturali, protezione naturalistica e forestazione")
    UM = {"numero": "N.", "ettari": "ettari", "giorni": "gg", "%": "%", "visitatori": "visitatori"}
    # objective: (mission, programme, code, title, resources) ; indicator: (name, U.M., baseline, [targets])
    objs = [
        (M09, P05, "S1", "Tutelare la biodiversità degli habitat prioritari", 412600, [
            ("Habitat prioritari sottoposti a monitoraggio", "numero", "14", ["≥ 18", "≥ 22", "≥ 26"]),
            ("Superficie liberata da specie vegetali aliene invasive", "ettari", "12,5",
             ["≥ 15,0", "≥ 18,0", "≥ 20,0"])]),
        (M09, P05, "S2", "Prevenire gli incendi boschivi e semplificare i nulla osta", 238900, [
            ("Interventi di prevenzione degli incendi boschivi eseguiti", "numero", "22", ["≥ 24", "≥ 26", "≥ 28"]),
            ("Tempo medio di rilascio del nulla osta dell'Ente", "giorni", "41", ["≤ 35", "≤ 30", "≤ 30"])]),
        (("07", "Turismo"), ("01", "Sviluppo e valorizzazione del turismo"), "S3",
         "Promuovere una fruizione turistica sostenibile del parco", 157300, [
             ("Visitatori dei centri visita del parco", "visitatori", "48.200", ["≥ 50.000", "≥ 52.000", "≥ 54.000"]),
             ("Sentieri della rete escursionistica con segnaletica aggiornata", "%", "61%", ["≥ 70%", "≥ 80%", "≥ 90%"])]),
        (("01", "Servizi istituzionali, generali e di gestione"), ("11", "Altri servizi generali"), "S4",
         "Rendere l'amministrazione dell'Ente digitale e tempestiva", 96450, [
             ("Documenti in entrata gestiti con il protocollo informatico", "%", "88%", ["≥ 92%", "≥ 95%", "≥ 98%"]),
             ("Tempo medio di pagamento delle fatture commerciali", "giorni", "27", ["≤ 25", "≤ 22", "≤ 20"])]),
    ]
    total = sum(o[4] for o in objs)
    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    ln = Side(style="thin", color="3F5F3F")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    F = "DejaVu Sans"
    f8, f8b = Font(name=F, size=8), Font(name=F, size=8, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    for k, v in {"A": 20, "B": 24, "C": 30, "D": 13, "E": 36, "F": 11, "G": 10, "H": 7, "I": 12}.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, org, font=Font(name=F, size=12, bold=True, color="2E5E2E"), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028", wrap=False,
           font=Font(name=F, size=10))
    xl_put(ws, 3, 1, "Allegato al bilancio di previsione 2026-2028 – valori attesi per anno", wrap=False,
           font=Font(name=F, size=8, italic=True))
    HF = "D9EAD3"
    heads = ["Missione", "Programma", "Obiettivo strategico", "Risorse 2026 (€)", "Indicatore", "Unità di misura",
             "Valore 2025", "Anno", "Valore atteso"]
    for c, t in enumerate(heads, 1):
        xl_put(ws, 5, c, t, font=f8b, fill=HF, border=grid, halign="center", valign="center")
    r = 6
    nodes, inds = [], []
    for (mc, mt), (pc, pt), oc, ot, res, ilist in objs:
        if oc == "S3":
            ws.row_breaks.append(Break(id=r - 1))
        n = 3 * len(ilist)
        for c, v, fmt in ((1, f"{mc} – {mt}", None), (2, f"{pc} – {pt}", None), (3, f"{oc} – {ot}", None),
                          (4, res, "#,##0.00")):
            xl_put(ws, r, c, v, font=f8b if c == 3 else f8, border=grid, fmt=fmt, halign="right" if c == 4 else None)
            ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        nodes.append(node(oc, "strategic", ot, resources=[dnum(res, 2)], mission=mc, programme=pc))
        for k, (iname, um, base, tg) in enumerate(ilist):
            rr = r + 3 * k
            for c, v in ((5, iname), (6, um), (7, base)):
                xl_put(ws, rr, c, v, font=f8, border=grid, halign=None if c == 5 else "center")
                ws.merge_cells(start_row=rr, start_column=c, end_row=rr + 2, end_column=c)
            for j, (y, t) in enumerate(zip(Y, tg)):
                xl_put(ws, rr + j, 8, y, font=f8, border=grid, halign="center", fmt="0")
                xl_put(ws, rr + j, 9, t, font=f8, border=grid, halign="center")
            inds.append(ind(iname, oc, unit=UM[um], baselines=[(2025, base)], targets=list(zip(Y, tg))))
        xl_box(ws, r, 1, r + n - 1, 9, grid)
        r += n
    xl_put(ws, r, 1, "Totale risorse destinate agli obiettivi strategici", font=f8b, fill=HF, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r, 4, total, font=f8b, fill=HF, border=grid, fmt="#,##0.00", halign="right")
    for c in range(5, 10):
        xl_put(ws, r, c, None, fill=HF, border=grid)
    xl_box(ws, r, 1, r, 9, grid)
    xl_fit_rows(ws, 5, r, pt=8)
    xl_page(ws, landscape=True, title_rows="5:5", margins=0.5)
    ws.page_margins.top = 0.7
    ws.page_margins.header = 0.25
    ws.oddHeader.right.text = "PIRA 2026-2028"
    ws.oddFooter.center.text = "pagina &P di &N"
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    lo_pdf(os.path.join(d, "input.xlsx"), os.path.join(d, "input.pdf"))
    os.remove(os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, resources_total=dnum(total, 2))
    genre_readme(d, name, "pira", LO_XLSX.format(script=SCRIPT), f"""
Landscape A4 printed by LibreOffice from a workbook, DejaVu Sans 8 pt, green ruled grid. Three title rows (the park,
`Piano degli indicatori e dei risultati attesi di bilancio 2026-2028`, an italic line), then one table `Missione |
Programma | Obiettivo strategico | Risorse 2026 (€) | Indicatore | Unità di misura | Valore 2025 | Anno | Valore
atteso`. The YEARS ARE ROWS, not columns: every indicator takes three rows, `Anno` = `2026`, `2027`, `2028` (number
cells), each with its `Valore atteso` (`≥ 18`, `≤ 35`, `≥ 70%`); the indicator name, unit and 2025 value are merged
down over its three rows. Mission (`09 – Sviluppo sostenibile …`, two-digit regional codes, a dash, the title),
programme (`05 – Aree protette …`), objective (`S1 – Tutelare …`, bold) and resources (number cells `#,##0.00`:
`412.600,00`) are merged down over the objective's whole block; mission and programme are repeated for each
objective. A last row `Totale risorse destinate agli obiettivi strategici | {dnum(total, 2)}` (correct sum). A
manual page break before objective `S3`; the header row is repeated (print titles). Units in words (`numero` → N.,
`giorni` → gg, `ettari`, `visitatori` as printed, `%`); values without units. No weights, no codes for indicators,
no formulas. Page header `PIRA 2026-2028`, footer `pagina n di N`.
""", ["years as rows (`Anno` column) with one target cell each, instead of one column per year",
      "mission, programme, objective and resources merged down over the objective block",
      "two-digit mission/programme codes `09 – Title`; objective codes `S1 – Title`",
      "resources as `#,##0.00` number cells, header `Risorse 2026 (€)`; printed total",
      "page break between objectives, header repeated; landscape, DejaVu Sans 8 pt",
      "a flat target in one year pair (`≤ 30`, `≤ 30`): not declining"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        print(pira_chromium())
    if "lo" in which:
        print(pira_lo())
