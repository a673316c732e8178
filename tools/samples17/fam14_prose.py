#!/usr/bin/python3
"""Targets in prose (cases `fam14-prose-*`), three producers:

- fam14-prose-chromium-1: 2022-2024; the baseline INSIDE the indicator cell (`(valore 2021: 1.180 accosti)`), the
  targets as a BULLETED LIST inside one cell, year FIRST with a colon (`• 2022: almeno 1.250 accosti`), once
  `• in ciascun anno: …`; relative targets to the printed baseline year, to another year, to a mean; clean.
- fam14-prose-lo-1: 2026-2028; baseline value and its year in two columns (`Valore di riferimento | Anno rif.`,
  2023 or 2024 by row); prose with the YEAR AFTER THE VALUE IN PARENTHESES (`almeno 1.300 interventi (2026), …`),
  plus `Target 2026 - …` lines, `riduzione del: 5% nel 2026, …` and one phrase for every year; fault
  `target.unambitious`.
- fam14-prose-xlsx-1: 2019-2021, kept .xlsx; YEARS AS ROWS (an `Anno` column, three rows per indicator); the prose
  is per row (`Target 2019 - …` or a bare phrase) or ONE MERGED CELL over the three year rows (`Incremento del: 8%
  nel 2019, …`, `nel 2019: 4 report; …`, years out of order); clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, LO_XLSX, XLSX, case_dir, chromium_pdf, doc, esc, finding, fmt_disp, font,  # noqa: E402
                      html_page3, ind, lo_pdf_of, node, q, readme13, widths, write_truth, xl_box, xl_page, xl_put,
                      xl_save, xl_styles)

SCRIPT = "fam14_prose.py"
GENRE = "targets in prose"


# ====================================================================== chromium: bullets with the year first

def chromium_case():
    name = "fam14-prose-chromium-1"
    org = "Autorità di Sistema Portuale dello Stretto di Ponente"
    years = [2022, 2023, 2024]
    EACH = "in ciascun anno"
    # indicator: name, baseline year, baseline raw, unit, bullets [(label, raw)], owner
    areas = [
        ("1", "Infrastrutture e accessibilità portuale", [
            ("1.1", "Aumentare la capacità operativa degli scali", [
                ("Accosti di navi commerciali", 2021, "1.180 accosti", "N.",
                 [(2022, "almeno 1.250 accosti"), (2023, "almeno 1.320 accosti"), (2024, "almeno 1.400 accosti")],
                 "Direzione Operativa"),
                ("Tempo medio di attesa in rada delle navi", 2021, "34 ore", "ore",
                 [(2022, "non oltre 30 ore"), (2023, "non oltre 27 ore"), (2024, "non oltre 25 ore")],
                 "Direzione Operativa")]),
            ("1.2", "Completare le opere di dragaggio e la nuova banchina di levante", [
                ("Avanzamento dei lavori della nuova banchina", 2021, "18%", "%",
                 [(2022, "+22 punti percentuali rispetto al 2021"), (2023, "+50 punti percentuali rispetto al 2021"),
                  (2024, "completamento (100%)")], "Direzione Tecnica")]),
        ]),
        ("2", "Sostenibilità e transizione energetica", [
            ("2.1", "Ridurre le emissioni delle attività portuali", [
                ("Emissioni di CO2 delle attività in banchina", 2019, "41.200 t", "t",
                 [(2022, "-10% rispetto al 2019"), (2023, "-15% rispetto al 2019"), (2024, "-20% rispetto al 2019")],
                 "Ufficio Ambiente"),
                ("Energia elettrica autoprodotta da fonti rinnovabili", 2021, "1,9 GWh", "GWh",
                 [(2022, "+8% rispetto alla media 2019-2021"), (2023, "+16% rispetto alla media 2019-2021"),
                  (2024, "+25% rispetto alla media 2019-2021")], "Ufficio Ambiente"),
                ("Banchine elettrificate per l'alimentazione delle navi", 2021, "0 banchine", "N.",
                 [(2022, "almeno 1 banchina in progettazione esecutiva"), (2023, "almeno 1 banchina elettrificata"),
                  (2024, "almeno 3 banchine elettrificate")], "Direzione Tecnica")]),
            ("2.2", "Migliorare la gestione dei rifiuti prodotti dalle navi", [
                ("Rifiuti da nave avviati a recupero", 2021, "61%", "%", [(EACH, "almeno il 65%")],
                 "Ufficio Ambiente")]),
        ]),
        ("3", "Efficienza e semplificazione amministrativa", [
            ("3.1", "Ridurre i tempi dei procedimenti autorizzativi", [
                ("Tempo medio di rilascio delle autorizzazioni alle imprese portuali", 2021, "52 giorni", "gg",
                 [(2022, "riduzione del 10% rispetto al 2021"), (2023, "riduzione del 20% rispetto al 2021"),
                  (2024, "riduzione del 25% rispetto al 2021")], "Ufficio Demanio"),
                ("Pratiche gestite tramite lo sportello unico digitale", 2021, "96%", "%",
                 [(EACH, "mantenimento almeno del 96%")], "Ufficio Demanio")]),
        ]),
    ]
    nodes, inds = [], []
    rows = []
    for acode, atitle, objs in areas:
        nodes.append(node(acode, "area", atitle))
        rows.append(f'<tr class="area"><td colspan="5">Area {acode} – {esc(atitle)}</td></tr>')
        for ocode, otitle, ilist in objs:
            nodes.append(node(ocode, "strategic", otitle, parent=acode))
            n = len(ilist)
            for j, (iname, by, braw, unit, bullets, owner) in enumerate(ilist):
                if bullets[0][0] == EACH:
                    targets = [(y, bullets[0][1]) for y in years]
                else:
                    targets = bullets
                inds.append(ind(iname, ocode, unit=unit, baselines=[(by, braw)], targets=targets, owners=[owner]))
                cells = ""
                if j == 0:
                    rs = f' rowspan="{n}"' if n > 1 else ""
                    cells += f'<td class="c"{rs}>{ocode}</td><td class="o"{rs}>{esc(otitle)}</td>'
                lis = "".join(f"<li>{lab}: {esc(raw)}</li>" for lab, raw in bullets)
                cells += (f'<td>{esc(iname)}<div class="base">(valore {by}: {esc(braw)})</div></td>'
                          f'<td><ul>{lis}</ul></td><td class="s">{esc(owner)}</td>')
                rows.append(f'<tr class="{"first" if j == 0 else "next"}">{cells}</tr>')
    css = """
body { font-family: "C059", "DejaVu Serif", serif; font-size: 9pt; color: #161616; }
h1 { font-size: 13pt; margin: 0; text-align: center; font-variant: small-caps; letter-spacing: .4pt; }
h2 { font-size: 10pt; margin: 1mm 0 4mm 0; text-align: center; font-weight: normal; }
p { margin: 0 0 3mm 0; text-align: justify; font-size: 8.6pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #12355b; color: #fff; font-size: 8.4pt; padding: 1.6mm 1.4mm; text-align: left;
     border: .6px solid #12355b; }
td { border: .6px solid #8a9bb0; padding: 1.3mm 1.5mm; vertical-align: top; }
tr.area td { background: #dce6f1; font-weight: bold; font-size: 9.2pt; }
td.c { width: 9mm; font-weight: bold; }
td.o { width: 35mm; }
td.s { width: 26mm; font-size: 8.2pt; }
.base { font-style: italic; color: #333; margin-top: .8mm; }
ul { margin: 0; padding-left: 3.6mm; }
li { margin: 0 0 .5mm 0; }
"""
    body = (f"<h1>{esc(org)}</h1><h2>Piano della performance 2022-2024 – Obiettivi strategici, indicatori e risultati "
            "attesi</h2><p>Per ciascun indicatore è indicato tra parentesi il valore di partenza con l'anno di "
            "riferimento; i risultati attesi sono espressi per anno, in valore assoluto o in variazione rispetto "
            "all'anno indicato.</p><table><thead><tr><th>Cod.</th><th>Obiettivo strategico</th><th>Indicatore e "
            "valore di partenza</th><th>Risultati attesi 2022-2024</th><th>Struttura</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")
    page = html_page3(body, css, margin="16mm 14mm 16mm 14mm", top_left=q(org),
                      top_right=q("Piano della performance 2022-2024"),
                      bottom_center='"– " counter(page) " –"', hf_font='7.5pt "C059"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, years)], nodes, inds)
    readme13(
        d, name, GENRE, CHROMIUM.format(script=SCRIPT),
        """Portrait A4, Chromium, C059 (Century-like) 9 pt, full grid with a dark header, one page.
Centred small-caps title, subtitle and a paragraph. One table `Cod. | Obiettivo strategico | Indicatore e valore di
partenza | Risultati attesi 2022-2024 | Struttura`; area band rows `Area 1 – title`; objective code and title span
their indicator rows. The BASELINE is inside the indicator cell, on an italic second line `(valore 2021: 1.180
accosti)` (year 2019 for one indicator). The targets are a BULLETED LIST inside one cell, YEAR FIRST with a colon:
`• 2022: almeno 1.250 accosti` / `• 2023: …` / `• 2024: …`; shapes: absolute (`almeno`, `non oltre`), relative to the
printed baseline year (`-10% rispetto al 2019`, `riduzione del 10% rispetto al 2021`, `+22 punti percentuali rispetto
al 2021`), relative to a mean not printed (`+8% rispetto alla media 2019-2021`), a completion (`completamento
(100%)`), and a single bullet for all years (`• in ciascun anno: almeno il 65%`).
Truth: areas `area` (code `1`), objectives `strategic` with parent the area; baseline from the parenthesis (year and
raw after the colon); one target per year whose raw is the text after `yyyy: `; the `in ciascun anno` bullet gives the
same raw for 2022, 2023 and 2024; owners = [Struttura].""",
        ["targets as a bulleted list in the cell, year first with a colon",
         "baseline inside the indicator cell with its year, not in a column",
         "relative targets against a printed year, against a mean of years not printed, in percentage points",
         "one bullet `in ciascun anno:` standing for the three years",
         "C059 serif, full grid, small-caps centred title, running header and `– n –` footer"],
        ["`Tempo medio di attesa in rada` goes 30 → 27 → 25 ore: lower is better, the targets get harder",
         "`riduzione del 10/20/25% rispetto al 2021` and `-10/-15/-20% rispetto al 2019` are improvements of a "
         "lower-is-better quantity, not declining targets",
         "`mantenimento almeno del 96%` equals the 2021 value: a maintenance target, not unambitious",
         "the emissions baseline is of 2019, three years before the plan: the targets say so",
         "`almeno 1 banchina` in 2022 and 2023 is flat, then 3 in 2024: not declining",
         "no weights anywhere: nothing to sum"],
        [])


# ====================================================================== LibreOffice: year after the value

def lo_case():
    from openpyxl import Workbook
    name = "fam14-prose-lo-1"
    org = "Azienda Territoriale per l'Edilizia Residenziale della Provincia di Montecorvino"
    years = [2026, 2027, 2028]
    # indicator: name, unit, baseline raw, baseline year, prose, targets
    objs = [
        ("A)", "Ridurre i tempi di riassegnazione degli alloggi di risulta", "30%", [
            ("Tempo medio tra rilascio e riassegnazione dell'alloggio", "gg", "210 giorni", 2024,
             "non oltre 180 giorni (2026), non oltre 150 giorni (2027), non oltre 120 giorni (2028)",
             ["non oltre 180 giorni", "non oltre 150 giorni", "non oltre 120 giorni"]),
            ("Alloggi di risulta ripristinati nell'anno", "N.", "142", 2024,
             "Target 2026 - Aumento del 10% rispetto al valore di riferimento.\nTarget 2027 - Aumento del 20% "
             "rispetto al valore di riferimento.\nTarget 2028 - Aumento del 30% rispetto al valore di riferimento.",
             ["Aumento del 10% rispetto al valore di riferimento", "Aumento del 20% rispetto al valore di riferimento",
              "Aumento del 30% rispetto al valore di riferimento"])]),
        ("B)", "Migliorare la manutenzione del patrimonio abitativo", "25%", [
            ("Richieste di manutenzione ordinaria evase", "N.", "1.350", 2024,
             "almeno 1.300 interventi (2026), almeno 1.400 (2027) e almeno 1.500 (2028)",
             ["almeno 1.300 interventi", "almeno 1.400", "almeno 1.500"]),
            ("Tempo medio di intervento per guasti urgenti", "gg", "3,5 giorni", 2023,
             "riduzione del: 5% nel 2026, 10% nel 2027, 15% nel 2028 rispetto al valore di riferimento",
             ["5%", "10%", "15%"])]),
        ("C)", "Contrastare la morosità degli assegnatari", "25%", [
            ("Canoni riscossi sul bollettato dell'anno", "%", "81,4%", 2024,
             "almeno l'83% (2026), almeno l'85% (2027), almeno l'87% (2028)",
             ["almeno l'83%", "almeno l'85%", "almeno l'87%"]),
            ("Piani di rientro sottoscritti con gli assegnatari morosi", "N.", "96", 2023,
             "incremento di 10 piani l'anno rispetto al 2023",
             ["incremento di 10 piani l'anno rispetto al 2023"] * 3)]),
        ("D)", "Rendere più efficiente la gestione energetica degli edifici", "20%", [
            ("Edifici con attestato di prestazione energetica aggiornato", "%", "38%", 2024,
             "Target 2026 - Raggiungimento del 50% degli edifici.\nTarget 2027 - Raggiungimento del 65% degli "
             "edifici.\nTarget 2028 - Raggiungimento dell'80% degli edifici.",
             ["Raggiungimento del 50% degli edifici", "Raggiungimento del 65% degli edifici",
              "Raggiungimento dell'80% degli edifici"]),
            ("Consumo medio di gas metano per alloggio", "mc", "612 mc", 2024,
             "non oltre 600 mc (2026), non oltre 585 mc (2027), non oltre 570 mc (2028)",
             ["non oltre 600 mc", "non oltre 585 mc", "non oltre 570 mc"])]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026-2028"
    S = xl_styles()
    thin = S["Side"](style="thin", color="404040")
    grid = S["Border"](left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans"
    f9, f9b = font(F, 9), font(F, 9, bold=True)
    widths(ws, [6, 30, 7, 32, 13, 8, 40])
    xl_put(ws, 1, 1, org, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Obiettivi operativi e risultati attesi nel triennio",
           font=font(F, 10, italic=True), wrap=False)
    hdr = ["Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Valore di riferimento", "Anno rif.",
           "Risultato atteso nel triennio"]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 4, c, h, font=f9b, fill="C6DCC2", border=grid, halign="center", valign="center")
    ws.row_dimensions[4].height = 27
    r = 5
    nodes, inds = [], []
    for k, (code, title, w, ilist) in enumerate(objs):
        fill = "F3F7F2" if k % 2 else None
        tcode = code.rstrip(")")
        nodes.append(node(tcode, "operational", title, weight=w))
        n = len(ilist)
        xl_put(ws, r, 1, code, font=f9b, border=grid, fill=fill)
        xl_put(ws, r, 2, title, font=f9, border=grid, fill=fill)
        xl_put(ws, r, 3, w, font=f9, border=grid, fill=fill, halign="center")
        for c in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
            xl_box(ws, r, c, r + n - 1, c, grid)
        for j, (iname, unit, braw, by, prose, tg) in enumerate(ilist):
            inds.append(ind(iname, tcode, unit=unit, baselines=[(by, braw)], targets=list(zip(years, tg))))
            xl_put(ws, r + j, 4, iname, font=f9, border=grid, fill=fill)
            xl_put(ws, r + j, 5, braw, font=f9, border=grid, fill=fill, halign="center")
            xl_put(ws, r + j, 6, by, font=f9, border=grid, fill=fill, halign="center", fmt="0")
            xl_put(ws, r + j, 7, prose, font=f9, border=grid, fill=fill)
            lines = sum(-(-len(part) // 38) for part in prose.split("\n"))
            ws.row_dimensions[r + j].height = max(28, 12.2 * lines + 5)
        r += n
    r += 1
    xl_put(ws, r, 1, "Il valore di riferimento è l'ultimo dato consolidato disponibile alla data di approvazione del "
           "Piano (anno indicato nella colonna «Anno rif.»).", font=font(F, 8, italic=True))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    xl_page(ws, landscape=True, title_rows="4:4", margins=0.55)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    fnd = [finding("target.unambitious", "Richieste di manutenzione ordinaria evase",
                   "the 2026 target `almeno 1.300 interventi` is below the reference value 1.350 (2024) of a "
                   "higher-is-better count")]
    write_truth(d, [doc(org, years)], nodes, inds, fnd)
    readme13(
        d, name, GENRE, LO_XLSX.format(script=SCRIPT),
        """Landscape A4 printed by LibreOffice from a workbook, Liberation Sans 9, full grid, zebra per objective.
Title and italic subtitle, header `Cod. | Obiettivo operativo | Peso | Indicatore | Valore di riferimento | Anno rif.
| Risultato atteso nel triennio`. Objectives `A)` … `D)` with their weight are merged over their two indicator rows.
The BASELINE VALUE and ITS YEAR are in two columns, and the year differs by row (2024 or 2023). The expected result
is ONE prose cell per indicator for the whole triennium, in four shapes: the YEAR AFTER THE VALUE IN PARENTHESES
(`non oltre 180 giorni (2026), non oltre 150 giorni (2027), …`, `almeno 1.300 interventi (2026), almeno 1.400 (2027)
e almeno 1.500 (2028)` with the unit word only in the first year); `Target 2026 - Aumento del 10% rispetto al valore
di riferimento.` one sentence per line; `riduzione del: 5% nel 2026, 10% nel 2027, 15% nel 2028 rispetto al valore di
riferimento`; one phrase for every year (`incremento di 10 piani l'anno rispetto al 2023`). A closing italic note.
Truth: objectives `operational` (code `A`, list bracket dropped), parent null, weight as printed; baseline year from
`Anno rif.`, raw from `Valore di riferimento`; for `(yyyy)` shapes the raw is the words before the parenthesis
(after the `,` / `e` that joins them); for `Target yyyy - …` the sentence without its stop; for `del: x nel yyyy` the
figure; the phrase without a year is the raw of all three years.""",
        ["year AFTER the value, in parentheses, the unit word only in the first year",
         "baseline value and baseline year in two separate columns, the year varying by row",
         "four prose shapes in one document, one cell per indicator for the triennium",
         "codes `A)` … `D)` with list brackets",
         "landscape Liberation Sans, zebra per objective, the prose wrapped mid-phrase inside its cell"],
        ["`non oltre 180 / 150 / 120 giorni` and `non oltre 600 / 585 / 570 mc` decline: lower is better, they get "
         "harder",
         "`riduzione del: 5% nel 2026, 10% …` is a growing reduction of a lower-is-better time",
         "two indicators are measured against 2023, the others against 2024: both are the latest data available",
         "`incremento di 10 piani l'anno` is the same phrase for every year, not a flat target",
         "objective weights 30% + 25% + 25% + 20% = 100%"],
        ["`target.unambitious` on `Richieste di manutenzione ordinaria evase`: reference value 1.350 (2024), target "
         "2026 `almeno 1.300 interventi` (below what was already done; 2027 and 2028 are fine)"])


# ====================================================================== xlsx: years as rows

def xlsx_case():
    from openpyxl import Workbook
    name = "fam14-prose-xlsx-1"
    org = "Camera di Commercio di Castelfranco Alpino"
    years = [2019, 2020, 2021]
    # indicator: name, unit, baseline (value, fmt), per-row prose list OR merged prose string, targets
    objs = [
        ("OS 1", "Favorire la nascita e la crescita delle imprese", [
            ("Nuove imprese assistite dal servizio Nuove imprese", "N.", (240, "#,##0"),
             [f"Target {y} - Aumento del {p}% rispetto alla baseline." for y, p in zip(years, (10, 20, 25))],
             ["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
              "Aumento del 25% rispetto alla baseline"]),
            ("Imprese che hanno attivato il cassetto digitale", "N.", (1480, "#,##0"),
             "Incremento del: 8% nel 2019, 15% nel 2020, 22% nel 2021", ["8%", "15%", "22%"])]),
        ("OS 2", "Semplificare gli adempimenti amministrativi delle imprese", [
            ("Tempo medio di evasione delle pratiche del Registro imprese", "gg", (4.6, '0.0" gg"'),
             "Riduzione del: 5% nel 2019, 10% nel 2020, 15% nel 2021", ["5%", "10%", "15%"]),
            ("Pratiche SUAP trasmesse in modalità telematica", "%", (0.91, "0.0%"),
             ["almeno il 93%", "almeno il 95%", "almeno il 97%"], ["almeno il 93%", "almeno il 95%",
                                                                     "almeno il 97%"])]),
        ("OS 3", "Valorizzare il patrimonio informativo economico", [
            ("Report congiunturali pubblicati", "N.", (4, "0"),
             "nel 2019: 4 report; nel 2020: 6 report; nel 2021: 8 report", ["4 report", "6 report", "8 report"]),
            ("Utenti registrati al portale open data camerale", "N.", (3250, "#,##0"),
             "fino a 5.000 utenti nel 2021, passando per 3.800 nel 2019 e 4.400 nel 2020",
             ["3.800", "4.400", "fino a 5.000 utenti"])]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2019-2021"
    S = xl_styles()
    hair = S["Side"](style="hair", color="808080")
    med = S["Side"](style="medium", color="7b2d26")
    grid = S["Border"](left=hair, right=hair, top=hair, bottom=hair)
    F = "DejaVu Serif"
    f9, f9b = font(F, 9), font(F, 9, bold=True)
    widths(ws, [7, 30, 34, 12, 7, 46])
    xl_put(ws, 1, 1, org, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2019-2021 – Obiettivi strategici e risultati attesi per anno",
           font=font(F, 9.5, italic=True), wrap=False)
    hdr = ["Cod.", "Obiettivo strategico", "Indicatore", "Baseline 2018", "Anno", "Risultato atteso"]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 4, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="7B2D26", border=grid,
               halign="center", valign="center")
    ws.row_dimensions[4].height = 24
    r = 5
    nodes, inds = [], []
    for code, title, ilist in objs:
        nodes.append(node(code, "strategic", title))
        n = 3 * len(ilist)
        xl_put(ws, r, 1, code, font=f9b, border=grid)
        xl_put(ws, r, 2, title, font=f9b, border=grid)
        for c in (1, 2):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
            xl_box(ws, r, c, r + n - 1, c, grid)
        for iname, unit, base, prose, tg in ilist:
            inds.append(ind(iname, code, unit=unit, baselines=[(2018, fmt_disp(base[0], base[1]))],
                            targets=list(zip(years, tg))))
            xl_put(ws, r, 3, iname, font=f9, border=grid)
            xl_put(ws, r, 4, base[0], font=f9, border=grid, fmt=base[1], halign="center")
            for c in (3, 4):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 2, end_column=c)
                xl_box(ws, r, c, r + 2, c, grid)
            for k, y in enumerate(years):
                xl_put(ws, r + k, 5, y, font=f9, border=grid, halign="center", fmt="0")
                ws.row_dimensions[r + k].height = 15
            if isinstance(prose, list):
                for k, p in enumerate(prose):
                    xl_put(ws, r + k, 6, p, font=f9, border=grid)
                    if len(p) > 44:
                        ws.row_dimensions[r + k].height = 26
            else:
                xl_put(ws, r, 6, prose, font=f9, border=grid, valign="center")
                ws.merge_cells(start_row=r, start_column=6, end_row=r + 2, end_column=6)
                xl_box(ws, r, 6, r + 2, 6, grid)
            for c in range(1, 7):
                cell = ws.cell(row=r + 2, column=c)
                cell.border = S["Border"](left=hair, right=hair, top=cell.border.top, bottom=med)
            r += 3
    r += 1
    xl_put(ws, r, 1, "Baseline: valore al 31.12.2018. Le variazioni percentuali sono calcolate sulla baseline.",
           font=font(F, 8, italic=True), wrap=False)
    ws.freeze_panes = "A5"
    xl_page(ws, landscape=False, title_rows="4:4", margins=0.5)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, years)], nodes, inds)
    readme13(
        d, name, GENRE, XLSX.format(script=SCRIPT),
        """Workbook kept as .xlsx, one sheet `Obiettivi 2019-2021`, DejaVu Serif 9, hairline grid with a medium rule
under each indicator, dark red header `Cod. | Obiettivo strategico | Indicatore | Baseline 2018 | Anno | Risultato
atteso`, frozen header, print title row. YEARS ARE ROWS: every indicator takes three rows (`Anno` number cells 2019,
2020, 2021); objective code and title are merged over all their rows, indicator name and baseline (number cells:
`#,##0`, `0.0" gg"`, `0.0%`, `0`) over the indicator's three rows. The `Risultato atteso` is EITHER one cell per year
row (`Target 2019 - Aumento del 10% rispetto alla baseline.`, or a bare `almeno il 93%` whose year is only in the
`Anno` cell) OR ONE CELL MERGED over the three rows holding the whole triennium: `Incremento del: 8% nel 2019, 15%
nel 2020, 22% nel 2021`, `Riduzione del: 5% nel 2019, …`, the year BEFORE the value with a colon (`nel 2019: 4 report;
nel 2020: 6 report; nel 2021: 8 report`), and years OUT OF ORDER (`fino a 5.000 utenti nel 2021, passando per 3.800
nel 2019 e 4.400 nel 2020`). A closing note: `Baseline: valore al 31.12.2018`.
Truth: objectives `strategic`, no parent, no weights; baseline year 2018 from the header, raw as displayed; one target
per year: the row's text (the `Target yyyy - ` prefix and the stop dropped), or the part of the merged sentence that
belongs to that year (`8%`, `4 report`, `3.800`, `fino a 5.000 utenti`).""",
        ["years as ROWS with an `Anno` column, three rows per indicator",
         "prose per year row AND prose merged over the three year rows in one sheet",
         "year before the value with a colon and semicolons (`nel 2019: 4 report; …`)",
         "years out of order inside one sentence",
         "baselines as number cells with unit-printing formats (`4,6 gg`, `91,0%`)",
         "kept .xlsx, DejaVu Serif, hairlines with medium rules between indicators"],
        ["`Riduzione del: 5% nel 2019, 10% …` is a growing reduction of a lower-is-better time: not declining",
         "the 2019 target `4 report` equals the 2018 baseline of 4: maintenance in the first year, then growth",
         "`Aumento del 10% rispetto alla baseline` is relative: the figure is not a share of anything",
         "the sentence listing 2021 before 2019 and 2020 is not a conflict: each year has one target",
         "baseline 2018 for a 2019-2021 plan is the year before the plan",
         "no weights anywhere: nothing to sum"],
        [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo", "xlsx"]
    for w in which:
        {"chromium": chromium_case, "lo": lo_case, "xlsx": xlsx_case}[w]()
        print("done", w)
