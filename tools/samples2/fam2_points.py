#!/usr/bin/python3
"""Family: weights in points (comune, region). LibreOffice case: settori with points in a
`Punti` column, objectives' points summing to their settore's points (not to 100), `1 PUNTO`.
Chromium case: a manager's assignment form in three sections `max 10/40/50 punti`; the
weight inside the objective text `(peso 15 punti)` in sections A-B, a `Punti` column in C."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_page, xl_put, xl_save, xl_styles)


def comune():
    name = "fam2-points-lo-1"
    org = "Comune di Borgo San Tiberio"
    settori = [
        ("1", "AFFARI GENERALI E PERSONALE", "40 punti", [
            ("1.1", "Digitalizzare il protocollo informatico e l'archivio corrente", "15 punti", [
                ("Documenti protocollati in formato nativo digitale", "%", "> 95%"),
                ("Attivazione della conservazione digitale a norma", "text", "SI")]),
            ("1.2", "Completare la programmazione dei fabbisogni di personale e le relative procedure di reclutamento",
             "24 punti", [
                ("Approvazione della sezione fabbisogni del PIAO", "date", "31.12.2025"),
                ("Procedure concorsuali concluse", "N.", "= 6")]),
            ("1.3", "Aggiornare la sezione Amministrazione trasparente del sito istituzionale", "1 PUNTO", [
                ("Sottosezioni aggiornate nei termini", "%", "= 100%")]),
        ]),
        ("2", "LAVORI PUBBLICI E PATRIMONIO", "35 punti", [
            ("2.1", "Eseguire il piano di manutenzione straordinaria delle strade comunali", "20 punti", [
                ("Chilometri di strade riasfaltate", "km", "= 12 km"),
                ("Importo dei lavori aggiudicati", "EUR", "€ 1.250.000,00")]),
            ("2.2", "Efficientare la rete di pubblica illuminazione", "10 punti", [
                ("Riduzione dei consumi elettrici (kWh/anno)", "N.", "= 45.000")]),
        ]),
        ("3", "SERVIZI ALLA PERSONA", "25 punti", [
            ("3.1", "Potenziare il servizio di assistenza domiciliare agli anziani", "25 punti", [
                ("Utenti presi in carico nell'anno", "N.", ">= 120"),
                ("Tempo di attivazione del servizio dalla domanda", "gg", "21-28giorni")]),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Serif"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PEG 2025"
    for col, w in zip("ABCDE", [6, 40, 40, 16, 10]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org.upper(), font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione 2025 – Obiettivi di performance organizzativa dei settori",
           font=Font(name=fn, size=10), wrap=False)
    for c, v in enumerate(["N.", "Obiettivo", "Indicatore", "Valore atteso 2025", "Punti"], 1):
        xl_put(ws, 4, c, v, font=f_b, fill="BDD7EE", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for scode, stitle, spts, objs in settori:
        xl_put(ws, r, 1, f"SETTORE {scode} – {stitle}", font=f_b, fill="E2EFDA", border=grid, wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_box(ws, r, 1, r, 4, grid)
        xl_put(ws, r, 5, spts, font=f_b, fill="E2EFDA", border=grid, halign="center")
        nodes.append(node(scode, "area", stitle, weight=spts))
        r += 1
        for ocode, otitle, opts, inds_ in objs:
            n = len(inds_)
            xl_put(ws, r, 1, ocode, font=f_n, border=grid)
            xl_put(ws, r, 2, otitle, font=f_n, border=grid)
            xl_put(ws, r, 5, opts, font=f_n, border=grid, halign="center")
            if n > 1:
                for c in (1, 2, 5):
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
                xl_box(ws, r, 1, r + n - 1, 5, grid)
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=opts))
            for k, (iname, unit, tgt) in enumerate(inds_):
                xl_put(ws, r + k, 3, iname, font=f_n, border=grid)
                xl_put(ws, r + k, 4, tgt, font=f_n, border=grid, halign="center")
                inds.append(ind(iname, ocode, unit=unit, targets=[(2025, tgt)]))
            r += n
    xl_put(ws, r, 1, "TOTALE", font=f_b, border=grid, halign="right")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_box(ws, r, 1, r, 5, grid)
    xl_put(ws, r, 5, "100 punti", font=f_b, border=grid, halign="center")
    xl_put(ws, r + 2, 1, "Il punteggio di ciascun settore è ripartito tra i suoi obiettivi.",
           font=Font(name=fn, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows="4:4")
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, [2025])], nodes, inds, [finding(
        "weight.sum", "2", "objectives of SETTORE 2 weigh 20 + 10 = 30 punti against the settore's printed 35 punti")])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, ruled grid, Liberation Serif 9 pt. One table
`N. | Obiettivo | Indicatore | Valore atteso 2025 | Punti`. Green band rows `SETTORE 1 – AFFARI GENERALI E PERSONALE`
(merged over four columns) carry the settore's points in `Punti` (`40 punti`, `35 punti`, `25 punti`: they sum to the
`TOTALE` row's `100 punti`). Objective rows (`1.1`) carry their own points in `Punti` (merged over their indicator rows);
the objectives of a settore sum to the SETTORE's points, not to 100 (`15 punti` + `24 punti` + `1 PUNTO` = 40). Truth:
settori level `area` (code `1`, title after the dash), objectives `operational` with parent the settore code; weight raw
as printed (`1 PUNTO`). Targets of 2025 as printed: `> 95%`, `SI`, `31.12.2025`, `= 6`, `= 12 km`, `€ 1.250.000,00`,
`= 45.000`, `>= 120`, `21-28giorni`.
""", "Workbook written with openpyxl by `tools/samples2/fam2_points.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["points in a `Punti` column at two levels; objectives sum to their settore's points",
                  "`1 PUNTO` in capitals and singular",
                  "varied target forms (date `31.12.2025`, `SI`, euro amount, `21-28giorni` range)",
                  "Liberation Serif, merged objective cells"],
                 ["`weight.sum` on `2`: the objectives of SETTORE 2 weigh 20 + 10 = 30 punti against the settore's "
                  "printed 35 punti (the settori themselves do sum to 100)"])


def regione():
    name = "fam2-points-chromium-2"
    org = "Regione Valdaria"
    unit = "Direzione Ambiente e Territorio"
    sections = [
        ("A", "OBIETTIVI TRASVERSALI DI ENTE", "10 punti", [
            ("A.1", "Rispettare i tempi medi di pagamento delle fatture commerciali", "5 punti",
             [("Tempo medio di pagamento", "gg", "<= 30 gg")]),
            ("A.2", "Attuare le misure del Piano di prevenzione della corruzione di competenza", "5 punti",
             [("Misure attuate sul totale assegnato", "%", "= 100%")]),
        ]),
        ("B", "OBIETTIVI DI DIREZIONE", "40 punti", [
            ("B.1", "Predisporre la proposta di Piano regionale di tutela delle acque", "15 punti",
             [("Trasmissione della proposta alla Giunta regionale", "date", "entro il 30.09.2025")]),
            ("B.2", "Ridurre l'arretrato delle autorizzazioni uniche ambientali", "15 punti",
             [("Pratiche arretrate definite", "%", ">= 80%"),
              ("Tempo medio di rilascio dell'autorizzazione", "gg", "<= 90 gg")]),
            ("B.3", "Garantire il monitoraggio della qualità dell'aria nei comuni sopra i 30.000 abitanti", "9 punti",
             [("Stazioni di rilevamento attive", "N.", "= 24")]),
            ("B.4", "Pubblicare i dati ambientali in formato aperto", "1 PUNTO",
             [("Dataset pubblicati sul portale open data", "N.", ">= 12")]),
        ]),
    ]
    behaviours = ("C", "COMPORTAMENTI ORGANIZZATIVI", "50 punti", [
        ("C.1", "Capacità di programmazione e controllo delle attività", "15 punti"),
        ("C.2", "Gestione e sviluppo delle competenze dei collaboratori", "15 punti"),
        ("C.3", "Capacità di valutazione differenziata dei collaboratori", "10 punti"),
        ("C.4", "Orientamento all'utenza e qualità della comunicazione", "10 punti"),
    ])
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 2pt 0 10pt 0; }
table.head td { padding: 1pt 8pt 1pt 0; }
h3 { font-size: 9pt; margin: 12pt 0 3pt 0; background: #f0f0f0; padding: 2pt; }
table.t { border-collapse: collapse; width: 100%; }
table.t th { border-bottom: 1pt solid #000; text-align: left; padding: 2pt 4pt; }
table.t td { padding: 2pt 4pt; vertical-align: top; border-bottom: 0.3pt dotted #999; }
td.c { white-space: nowrap; } td.p { text-align: right; white-space: nowrap; }
p.tot { margin-top: 12pt; font-weight: bold; }"""
    h = [f"<h1>{esc(org.upper())}</h1>",
         "<p class=sub>Sistema di misurazione e valutazione della performance – Scheda di assegnazione degli "
         "obiettivi dirigenziali – anno 2025</p>",
         "<table class=head><tr><td>Struttura:</td><td><b>" + esc(unit) + "</b></td></tr>"
         "<tr><td>Direttore:</td><td>Dott.ssa Elena Marchionni</td></tr></table>"]
    nodes, inds = [], []
    for scode, stitle, spts, objs in sections:
        h.append(f"<h3>Sezione {scode} – {esc(stitle)} (max {esc(spts)})</h3>")
        h.append("<table class=t><thead><tr><th>N.</th><th style='width:45%'>Obiettivo</th><th>Indicatore</th>"
                 "<th>Target 2025</th></tr></thead><tbody>")
        nodes.append(node(scode, "area", stitle, weight=spts, owners=[unit]))
        for ocode, otitle, opts, inds_ in objs:
            n = len(inds_)
            rs = f" rowspan={n}" if n > 1 else ""
            peso = f"(peso {opts})" if "PUNTO" not in opts else f"({opts})"
            first = True
            for iname, iunit, tgt in inds_:
                h.append("<tr>")
                if first:
                    h.append(f"<td class=c{rs}>{ocode}</td><td{rs}>{esc(otitle)} {esc(peso)}</td>")
                    first = False
                h.append(f"<td>{esc(iname)}</td><td class=c>{esc(tgt)}</td></tr>")
                inds.append(ind(iname, ocode, unit=iunit, targets=[(2025, tgt)]))
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=opts))
        h.append("</tbody></table>")
    scode, stitle, spts, items = behaviours
    h.append(f"<h3>Sezione {scode} – {esc(stitle)} (max {esc(spts)})</h3>")
    h.append("<table class=t><thead><tr><th>N.</th><th>Comportamento atteso</th><th style='text-align:right'>Punti</th>"
             "</tr></thead><tbody>")
    nodes.append(node(scode, "area", stitle, weight=spts, owners=[unit]))
    for ocode, otitle, opts in items:
        h.append(f"<tr><td class=c>{ocode}</td><td>{esc(otitle)}</td><td class=p>{esc(opts)}</td></tr>")
        nodes.append(node(ocode, "operational", otitle, parent=scode, weight=opts))
    h.append("</tbody></table>")
    h.append("<p class=tot>Punteggio massimo complessivo: 100 punti (A + B + C)</p>")
    h.append("<p>Data di assegnazione: 2025-02-10 &nbsp;&nbsp;&nbsp; Firma del Direttore generale ____________________</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2025])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, an assignment form for one director (`Struttura: Direzione Ambiente e Territorio`,
`Direttore: Dott.ssa Elena Marchionni`). Three sections, each a grey heading
`Sezione A – OBIETTIVI TRASVERSALI DI ENTE (max 10 punti)` followed by a borderless table (a rule under the header,
dotted lines between rows). In sections A and B (`N. | Obiettivo | Indicatore | Target 2025`) the weight is inside the
objective cell at the end of the title: `… commerciali (peso 5 punti)`, and once `(1 PUNTO)` without the word peso; truth
title is the text before the bracket, weight raw `5 punti` / `1 PUNTO`. Section C (behaviours: `N. | Comportamento atteso |
Punti`) has the points in their own column and no indicators. Section maxima 10 + 40 + 50 = 100, objectives sum to
their section's maximum. Truth: sections level `area` with weight raw `10 punti` (the word `max` dropped, as in the
earlier points cases), owners = [the Direzione]; objectives and behaviours `operational`, parent the section code.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_points.py`.",
                 ["weight inside the objective text `(peso 15 punti)` and `(1 PUNTO)`",
                  "one section with a `Punti` column instead",
                  "section maxima 10/40/50 printed in headings (`max 40 punti`)",
                  "borderless tables, one per section, DejaVu Sans",
                  "an ISO date `2025-02-10` outside the tables (not a value)"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        comune()
    if "chromium" in which:
        regione()
