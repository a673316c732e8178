#!/usr/bin/python3
"""Weights in points (cases `fam14-points-*`), three producers:

- fam14-points-chromium-1: 100 points; a SUMMARY table of the areas' points FIRST (the only place the area points
  appear, besides the subtotal rows), then one table per area with objective points in a `Punti` column spanning the
  indicator rows, a `Subtotale area` row closing each table; `1 PUNTO`; clean.
- fam14-points-lo-1: 40 points PER MANAGER; two schede (one per Settore/Dirigente) on two pages; the points are inside
  the objective title, word first: `(punti 12)`, once `(1 PUNTO)`; transversal objectives `T.1`, `T.2` in both
  schede; `TOTALE PUNTI OBIETTIVI 40`; clean.
- fam14-points-csv-1: scale of 10; comma CSV with a `Livello` column (Area / Obiettivo / Indicatore); BARE decimal
  points (`3,5`, `0,5`) whose unit is only in the header `Punti (max 10)`; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, CSV, LO_XLSX, case_dir, chromium_pdf, doc, esc, font, html_page3, ind,  # noqa: E402
                      lo_pdf_of, node, q, readme13, widths, write_csv7, write_truth, xl_page, xl_put, xl_styles)

SCRIPT = "fam14_points.py"
GENRE = "weights in points"


# ====================================================================== chromium: summary first, subtotals

def chromium_case():
    name = "fam14-points-chromium-1"
    org = "Camera di Commercio di Pietrarossa"
    year = 2024
    areas = [
        ("A", "Competitività delle imprese e del territorio", 30, [
            ("A.1", "Sostenere l'internazionalizzazione delle PMI del territorio", "12 punti", [
                ("Imprese partecipanti a percorsi di accompagnamento sui mercati esteri", ">= 85", "N."),
                ("Incontri d'affari organizzati con operatori esteri", ">= 120", "N.")]),
            ("A.2", "Promuovere la formazione per il lavoro e le competenze digitali", "10 punti", [
                ("Studenti coinvolti nei percorsi per le competenze trasversali", ">= 1.200", "N."),
                ("Gradimento medio dei partecipanti ai corsi (scala 1-5)", ">= 4,2", "N.")]),
            ("A.3", "Valorizzare le filiere agroalimentari locali", "8 punti", [
                ("Disciplinari di produzione aggiornati", "= 3", "N."),
                ("Pubblicazione della vetrina digitale dei prodotti tipici", "entro il 30.09.2024", "date")]),
        ]),
        ("B", "Semplificazione e digitalizzazione dei servizi", 45, [
            ("B.1", "Ridurre i tempi di evasione delle pratiche del Registro delle imprese", "20 punti", [
                ("Pratiche del Registro imprese evase entro 5 giorni", ">= 85%", "%"),
                ("Tempo medio di evasione delle pratiche telematiche", "<= 4 gg", "gg")]),
            ("B.2", "Diffondere gli strumenti digitali presso le imprese", "15 punti", [
                ("Imprese con cassetto digitale dell'imprenditore attivato", ">= 2.500", "N."),
                ("Dispositivi di firma digitale rilasciati", "= 4.500", "N.")]),
            ("B.3", "Completare la conservazione digitale degli archivi camerali", "10 punti", [
                ("Fascicoli d'archivio digitalizzati e versati in conservazione", ">= 18.000", "N."),
                ("Adozione del manuale di conservazione aggiornato", "SI", "text")]),
        ]),
        ("C", "Efficienza e salute economica dell'ente", 25, [
            ("C.1", "Migliorare la riscossione del diritto annuale", "14 punti", [
                ("Diritto annuale riscosso spontaneamente sul dovuto", ">= 78%", "%"),
                ("Emissione dei ruoli per il diritto annuale non versato", "entro il 31.10.2024", "date")]),
            ("C.2", "Contenere i tempi di pagamento dei fornitori", "10 punti", [
                ("Indicatore annuale di tempestività dei pagamenti", "<= 0 gg", "gg")]),
            ("C.3", "Aggiornare il piano di formazione del personale", "1 PUNTO", [
                ("Ore di formazione per dipendente", ">= 24 ore", "ore")]),
        ]),
    ]
    nodes, inds = [], []
    summary = ['<table class="sum"><thead><tr><th>Area</th><th>Ambito strategico</th><th>Punti assegnati</th>'
               '</tr></thead><tbody>']
    for code, title, pts, _ in areas:
        summary.append(f'<tr><td class="c">{code}</td><td>{esc(title)}</td><td class="p">{pts} punti</td></tr>')
    summary.append('<tr class="tot"><td></td><td>Totale</td><td class="p">100 punti</td></tr></tbody></table>')
    sections = []
    for acode, atitle, pts, objs in areas:
        nodes.append(node(acode, "area", atitle, weight=f"{pts} punti"))
        rows = []
        for ocode, otitle, opts, ilist in objs:
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts))
            n = len(ilist)
            for j, (iname, tgt, unit) in enumerate(ilist):
                inds.append(ind(iname, ocode, unit=unit, targets=[(year, tgt)]))
                cells = ""
                if j == 0:
                    rs = f' rowspan="{n}"' if n > 1 else ""
                    cells += f'<td class="c"{rs}>{ocode}</td><td class="o"{rs}>{esc(otitle)}</td>'
                cells += f'<td>{esc(iname)}</td><td class="t">{esc(tgt)}</td>'
                if j == 0:
                    cells += f'<td class="p"{rs}>{esc(opts)}</td>'
                cls = ' class="first"' if j == 0 else ""
                rows.append(f"<tr{cls}>{cells}</tr>")
        rows.append(f'<tr class="sub"><td colspan="4">Subtotale area {acode}</td><td class="p">{pts} punti</td>'
                    "</tr>")
        sections.append(f'<h3>Area {acode} &ndash; {esc(atitle)}</h3>'
                        '<table class="det"><thead><tr><th>Cod.</th><th>Obiettivo</th><th>Indicatore</th>'
                        f'<th>Target {year}</th><th>Punti</th></tr></thead><tbody>' + "".join(rows) +
                        "</tbody></table>")
    css = """
body { font-family: "P052", "DejaVu Serif", serif; font-size: 9.4pt; color: #111; }
h1 { font-size: 14pt; margin: 0; font-weight: bold; }
h2 { font-size: 10.5pt; margin: 1mm 0 2mm 0; font-weight: normal; font-style: italic; }
h3 { font-size: 10.5pt; margin: 6mm 0 1.5mm 0; border-bottom: 1.6px solid #6b1f1f; padding-bottom: .6mm;
     color: #6b1f1f; }
p { margin: 0 0 2mm 0; text-align: justify; }
table { border-collapse: collapse; }
table.sum { width: 60%; margin: 2mm 0 4mm 0; }
table.sum th { border-top: 1.6px solid #000; border-bottom: 1px solid #000; padding: 1.2mm 2mm; text-align: left; }
table.sum td { border-bottom: .5px solid #999; padding: 1.1mm 2mm; }
table.sum tr.tot td { border-top: 1.2px solid #000; border-bottom: 1.6px solid #000; font-weight: bold; }
td.c { width: 12mm; font-weight: bold; }
td.p { text-align: right; white-space: nowrap; width: 24mm; }
table.det { width: 100%; }
table.det th { border-top: 1.6px solid #000; border-bottom: 1px solid #000; padding: 1.3mm 1.6mm; text-align: left;
               font-size: 8.6pt; }
table.det td { padding: 1.2mm 1.6mm; vertical-align: top; border-bottom: .4px dotted #aaa; }
table.det tr.first td { border-top: .8px solid #555; }
td.o { width: 38%; }
td.t { white-space: nowrap; width: 28mm; }
tr.sub td { border-top: 1.2px solid #000 !important; border-bottom: 1.6px solid #000 !important; font-style: italic;
            font-weight: bold; }
"""
    body = (f"<h1>{esc(org)}</h1><h2>Obiettivi del Segretario Generale per l'anno {year} &ndash; scheda di "
            "assegnazione (punteggio massimo 100 punti)</h2>"
            "<p>La Giunta camerale ripartisce i 100 punti disponibili tra le aree strategiche come indicato nella "
            "tabella seguente. Il punteggio di ciascuna area è distribuito tra i suoi obiettivi; il punteggio di "
            "un obiettivo è riconosciuto in proporzione al raggiungimento dei target dei suoi indicatori.</p>"
            + "".join(summary) + "".join(sections) +
            "<p style=\"margin-top:5mm;font-size:8.4pt\"><i>Approvato con deliberazione della Giunta camerale "
            "n. 14 del 2024-02-08.</i></p>")
    page = html_page3(body, css, landscape=True, margin="14mm 15mm 15mm 15mm",
                      top_left=q(org + " – Obiettivi del Segretario Generale " + str(year)),
                      bottom_right='"pag. " counter(page)', hf_font='7.5pt "P052"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [year])], nodes, inds)
    readme13(
        d, name, GENRE, CHROMIUM.format(script=SCRIPT),
        """Landscape A4, Chromium, P052 (Palatino-like) 9.4 pt, horizontal rules only (heavy above/below the headers,
dotted between indicator rows). Title, italic subtitle `… scheda di assegnazione (punteggio massimo 100 punti)` and a
paragraph. FIRST a SUMMARY table `Area | Ambito strategico | Punti assegnati` (`A | … | 30 punti`, …, `Totale | 100
punti`): the area points are printed only here and in the subtotal rows. Then one section per area: a heading `Area A
– title` WITHOUT points and a table `Cod. | Obiettivo | Indicatore | Target 2024 | Punti`; objective code, title and
points span their indicator rows (`12 punti`, `1 PUNTO`); each table ends with an italic bold row `Subtotale area A |
30 punti`. The table of area B breaks over the page (its header repeated, the last objective and the
subtotal on page 2), area C follows on page 2. An approval line with an ISO date (`2024-02-08`, not a value). Running header and
`pag. n`.
Truth: areas level `area` (code `A`, title from the summary / heading, weight raw `30 punti` as in the summary),
objectives `operational` with parent the area code and their points as weight; indicators carry no weight; target
2024 raw as printed.""",
        ["area points in a SUMMARY table before the detail, not in the detail headings",
         "`Subtotale area` rows closing each area table (not objectives)",
         "objective points in their own last column, spanning the indicator rows",
         "`1 PUNTO` (singular, capitals) next to `14 punti`",
         "targets `>= 4,2`, `= 3`, `= 4.500`, `entro il 30.09.2024`, `SI`, `<= 0 gg`, `>= 24 ore`",
         "landscape P052, horizontal rules only; an area table broken over two pages, header repeated"],
        ["objective points sum to their AREA's points (12 + 10 + 8 = 30; 20 + 15 + 10 = 45; 14 + 10 + 1 = 25), "
         "not to 100",
         "the `Subtotale area` rows repeat the area points: adding them again would double the total",
         "`1 PUNTO` is a legitimate weight of one point, not a missing weight",
         "`<= 0 gg` is a real target for the payment-timeliness indicator",
         "the ISO date `2024-02-08` in the approval line is not a deadline"],
        [])


# ====================================================================== LibreOffice: two schede of 40 points

def lo_case():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    name = "fam14-points-lo-1"
    org = "Comune di Roccabruna Val Serina"
    year = 2026
    trans = [("T.1", "Attuare le misure del Piano anticorruzione di competenza", "(punti 3)", [
                 ("Misure attuate sul totale di quelle assegnate", "= 100%", "%")]),
             ("T.2", "Pubblicare i dati in Amministrazione trasparente", "(1 PUNTO)", [
                 ("Sottosezioni aggiornate nei termini", "= 100%", "%")])]
    schede = [
        ("Settore Servizi Finanziari e Tributi", "dott. Marco Liverani", [
            ("1.1", "Aumentare la riscossione dei tributi locali", "(punti 12)", [
                ("Riscossione IMU di competenza sul dovuto", ">= 90%", "%"),
                ("Avvisi di accertamento TARI notificati", ">= 1.800", "N.")]),
            ("1.2", "Ridurre i tempi di pagamento delle fatture commerciali", "(punti 10)", [
                ("Tempo medio ponderato di pagamento", "<= 28 gg", "gg")]),
            ("1.3", "Approvare il rendiconto nei termini di legge", "(punti 8)", [
                ("Approvazione dello schema di rendiconto in Giunta", "entro il 31/03/2026", "date")]),
            ("1.4", "Aggiornare l'inventario dei beni mobili", "(punti 6)", [
                ("Beni mobili ricognizionati sul totale inventariato", ">= 95%", "%")]),
        ] + trans),
        ("Settore Tecnico e Ambiente", "arch. Silvia Morandini", [
            ("2.1", "Completare le opere finanziate dal PNRR", "(punti 14)", [
                ("Stati di avanzamento approvati nei termini del cronoprogramma", ">= 95%", "%"),
                ("Collaudo della nuova scuola primaria di Serina", "entro il 30/09/2026", "date")]),
            ("2.2", "Ridurre i tempi delle pratiche edilizie", "(punti 10)", [
                ("Tempo medio di rilascio dei permessi di costruire", "<= 45 gg", "gg")]),
            ("2.3", "Migliorare la raccolta differenziata dei rifiuti urbani", "(punti 12)", [
                ("Percentuale di raccolta differenziata", ">= 72%", "%"),
                ("Controlli sui conferimenti domestici", ">= 400", "N.")]),
        ] + trans),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Scheda A"
    S = xl_styles()
    rule = S["Border"](bottom=S["Side"](style="thin", color="555555"))
    heavy = S["Border"](top=S["Side"](style="medium", color="000000"), bottom=S["Side"](style="medium",
                                                                                          color="000000"))
    F = "Liberation Serif"
    f10, f10b, f10i = font(F, 10), font(F, 10, bold=True), font(F, 10, italic=True)
    widths(ws, [9, 37, 37, 17])
    nodes, inds = [], []
    r = 1
    for k, (unit, boss, objs) in enumerate(schede):
        if k:
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, "COMUNE DI ROCCABRUNA VAL SERINA", font=font(F, 13, bold=True), wrap=False)
        xl_put(ws, r + 1, 1, f"Piano esecutivo di gestione {year} – Scheda A: obiettivi assegnati ai dirigenti "
               "(massimo 40 punti)", font=f10i)
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=4)
        xl_put(ws, r + 3, 1, "Settore:", font=f10b, wrap=False)
        xl_put(ws, r + 3, 2, unit, font=f10, wrap=False)
        xl_put(ws, r + 4, 1, "Dirigente:", font=f10b, wrap=False)
        xl_put(ws, r + 4, 2, boss, font=f10, wrap=False)
        xl_put(ws, r + 5, 1, "Periodo:", font=f10b, wrap=False)
        xl_put(ws, r + 5, 2, f"1° gennaio – 31 dicembre {year}", font=f10, wrap=False)
        r += 7
        for c, h in enumerate(["N.", "Obiettivo", "Indicatore di risultato", f"Valore atteso {year}"], 1):
            xl_put(ws, r, c, h, font=f10b, border=heavy, fill="E8E2D0", valign="center")
        ws.row_dimensions[r].height = 18
        r += 1
        nodes.append(node(None, "unit", unit, owners=[boss]))
        for ocode, otitle, pts, ilist in objs:
            raw = pts.strip("()")
            nodes.append(node(ocode, "operational", otitle, weight=raw, owners=[boss], unit=unit))
            n = len(ilist)
            xl_put(ws, r, 1, ocode, font=f10b, border=rule)
            xl_put(ws, r, 2, f"{otitle}\n{pts}", font=f10, border=rule)
            for j, (iname, tgt, iu) in enumerate(ilist):
                inds.append(ind(iname, ocode, unit=iu, targets=[(year, tgt)], unit_org=unit))
                xl_put(ws, r + j, 3, iname, font=f10, border=rule)
                xl_put(ws, r + j, 4, tgt, font=f10, border=rule, halign="center")
                ws.row_dimensions[r + j].height = 28 if n == 1 else 26
            if n > 1:
                for c in (1, 2):
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
                    for rr in range(r, r + n):
                        ws.cell(row=rr, column=c).border = rule
            r += n
        xl_put(ws, r, 1, None, border=heavy)
        xl_put(ws, r, 2, "TOTALE PUNTI OBIETTIVI", font=f10b, border=heavy)
        xl_put(ws, r, 3, None, border=heavy)
        xl_put(ws, r, 4, 40, font=f10b, border=heavy, halign="center", fmt="0")
        r += 2
        xl_put(ws, r, 1, "Alla valutazione dei comportamenti organizzativi sono riservati ulteriori 60 punti "
               "(Scheda B, non allegata).", font=font(F, 9, italic=True))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 3
        xl_put(ws, r, 2, "Il Nucleo di valutazione ______________", font=font(F, 9), wrap=False)
        xl_put(ws, r, 3, "Il Dirigente ______________", font=font(F, 9), wrap=False)
        r += 2
    xl_page(ws, landscape=False, margins=0.6)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [year])], nodes, inds)
    readme13(
        d, name, GENRE, LO_XLSX.format(script=SCRIPT),
        """Portrait A4 printed by LibreOffice from a workbook, Liberation Serif 10, horizontal rules only (a thin rule
under each row, medium rules around header and total). TWO SCHEDE, one per manager, the second after a manual page
break; each repeats the body's title and `Piano esecutivo di gestione 2026 – Scheda A: obiettivi assegnati ai
dirigenti (massimo 40 punti)`, then a label block `Settore: … / Dirigente: … / Periodo: …` and its own table `N. |
Obiettivo | Indicatore di risultato | Valore atteso 2026`. The points are INSIDE the objective cell, on a second line,
WORD FIRST: `(punti 12)`; once `(1 PUNTO)`. Objective number and cell are merged over their indicator rows. The two
transversal objectives `T.1` (`punti 3`) and `T.2` (`1 PUNTO`) appear in both schede. Each table closes with
`TOTALE PUNTI OBIETTIVI | 40`, a note that 60 more points go to behaviours (Scheda B, not annexed) and signature
lines.
Truth: one `unit` node per Settore (owners = the Dirigente); objectives `operational`, one per (objective, Settore),
`unit` = the Settore, parent null, owners = the Dirigente, title without the points line, weight raw `punti 12` /
`1 PUNTO` (parentheses dropped); indicators carry `unit_org` = their Settore.""",
        ["points inside the objective title cell, word before the number (`punti 12`)",
         "40 points per manager, two managers on two pages with their own form blocks",
         "transversal objectives `T.1` / `T.2` repeated in both schede with the same points",
         "total printed as a bare `40` in a `TOTALE PUNTI OBIETTIVI` row",
         "dates `entro il 31/03/2026`, `= 100%` targets",
         "Liberation Serif portrait, horizontal rules only"],
        ["each scheda's objectives sum to 40 points (12 + 10 + 8 + 6 + 3 + 1; 14 + 10 + 12 + 3 + 1), the "
         "document's maximum for objectives: the missing 60 are behaviours in another scheda",
         "`T.1` and `T.2` appear twice with the same points: they are the same transversal objectives assigned to "
         "two managers, not duplicates or conflicts",
         "`1 PUNTO` next to `punti 12`: two spellings of points, both weights",
         "the `TOTALE PUNTI OBIETTIVI` rows are totals, not objectives"],
        [])


# ====================================================================== CSV: scale of 10, bare decimals

def csv_case():
    name = "fam14-points-csv-1"
    org = "ASP Opere Pie Riunite di Valcerasa"
    year = 2025
    areas = [
        ("A", "Qualità dell'assistenza agli ospiti", "4", [
            ("A.1", "Ridurre le cadute degli ospiti nei nuclei residenziali", "2", "Coordinatrice infermieristica", [
                ("Cadute per 1.000 giornate di presenza", "<= 1,8", "N.")]),
            ("A.2", "Ampliare le attività di animazione e socializzazione", "1,5", "Servizio animazione", [
                ("Ospiti coinvolti in almeno un'attività settimanale", ">= 80%", "%"),
                ("Uscite sul territorio organizzate", ">= 6", "N.")]),
            ("A.3", "Aggiornare i piani assistenziali individualizzati", "0,5", "Coordinatrice infermieristica", [
                ("Piani aggiornati entro 30 giorni dall'ingresso", "= 100%", "%")]),
        ]),
        ("B", "Sostenibilità economica e gestionale", "3,5", [
            ("B.1", "Contenere i costi di approvvigionamento di beni sanitari", "2", "Ufficio economato", [
                ("Costo dei presidi sanitari per giornata di presenza", "<= 4,60 €", "EUR"),
                ("Acquisti effettuati tramite convenzioni centralizzate", ">= 70%", "%")]),
            ("B.2", "Ridurre i posti letto non occupati", "1,5", "Direzione", [
                ("Tasso di occupazione dei posti letto", ">= 97%", "%")]),
        ]),
        ("C", "Organizzazione e sviluppo del personale", "2,5", [
            ("C.1", "Ridurre le assenze non programmate del personale", "1", "Ufficio personale", [
                ("Tasso di assenza non programmata", "<= 3,2%", "%")]),
            ("C.2", "Realizzare il piano formativo annuale", "1", "Ufficio personale", [
                ("Ore di formazione per operatore", ">= 20 ore", "ore"),
                ("Approvazione del piano formativo", "entro il 28/02/2025", "date")]),
            ("C.3", "Aggiornare il regolamento di organizzazione dei servizi", "0,5", "Direzione", [
                ("Regolamento trasmesso al Consiglio di amministrazione", "SI", "text")]),
        ]),
    ]
    rows = [[f"{org} – Obiettivi del Direttore per l'anno {year} (punteggio massimo complessivo 10 punti)"], [],
            ["Livello", "Codice", "Descrizione", "Indicatore", f"Valore atteso {year}", "Punti (max 10)",
             "Responsabile"]]
    nodes, inds = [], []
    for acode, atitle, apts, objs in areas:
        nodes.append(node(acode, "area", atitle, weight=apts))
        rows.append(["Area", acode, atitle, "", "", apts, ""])
        for ocode, otitle, opts, owner, ilist in objs:
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts, owners=[owner]))
            rows.append(["Obiettivo", ocode, otitle, "", "", opts, owner])
            for iname, tgt, unit in ilist:
                inds.append(ind(iname, ocode, unit=unit, targets=[(year, tgt)]))
                rows.append(["Indicatore", "", "", iname, tgt, "", ""])
    rows.append(["Totale", "", "", "", "", "10", ""])
    rows.append([])
    rows.append(["Nota: il punteggio di ciascun obiettivo è attribuito in proporzione al raggiungimento dei suoi "
                 "indicatori; il punteggio di un'area è la somma di quelli dei suoi obiettivi."])
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=",", crlf=True, bom=False)
    write_truth(d, [doc(org, [year])], nodes, inds)
    readme13(
        d, name, GENRE, CSV.format(script=SCRIPT),
        """A CSV file (`input.csv`): UTF-8 without BOM, COMMA separator, CRLF, minimal quoting (so every decimal with a
comma is quoted: `"3,5"`, `"<= 1,8"`). Line 1 a title naming the body and the 10-point maximum, line 2 empty, line 3
the header `Livello,Codice,Descrizione,Indicatore,Valore atteso 2025,Punti (max 10),Responsabile`. Then one line per
entity, told apart by the FIRST field: `Area` lines (code `A`, title, points), `Obiettivo` lines (code `A.1`, title,
points, responsible office), `Indicatore` lines (name and target only, in the Indicatore / Valore atteso columns).
Points are BARE numbers (`4`, `3,5`, `0,5`): the word and the scale are only in the header. A `Totale` line prints
`10`, then an empty line and a note line.
Truth: areas level `area`, objectives `operational` with parent the area code, owners = [Responsabile]; weight raws
are the bare points as printed (`3,5`); indicators carry no weight or code; targets 2025 as printed.""",
        ["comma-separated CSV where decimal commas force quoting",
         "a `Livello` column naming the level of each line (Area / Obiettivo / Indicatore)",
         "points on a scale of 10 as BARE decimals (`3,5`, `0,5`); unit only in the header",
         "indicator lines leave code, description and points empty",
         "targets `<= 1,8`, `<= 4,60 €`, `<= 3,2%`, `entro il 28/02/2025`, `SI`"],
        ["the areas sum to 10 points (4 + 3,5 + 2,5), the document's maximum, not to 100",
         "objectives sum to their area's points (2 + 1,5 + 0,5 = 4; 2 + 1,5 = 3,5; 1 + 1 + 0,5 = 2,5)",
         "bare numbers under `Punti (max 10)` are points, not percentages (a `0,5` objective is not a 0,5% weight)",
         "the `Totale` line is a total, not an area"],
        [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo", "csv"]
    for w in which:
        {"chromium": chromium_case, "lo": lo_case, "csv": csv_case}[w]()
        print("done", w)
