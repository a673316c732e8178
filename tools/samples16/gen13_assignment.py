#!/usr/bin/python3
"""Assignment annexes (objectives per organisational unit, with that unit's weights), four cases:

- gen13-assignment-chromium-1: a chamber of commerce; one FORM above each unit's table (`Unità organizzativa`,
  `Codice UO`, `Riporta a`, `Responsabile`, `Qualifica`, `Personale assegnato`); units with sub-units (an Area with
  its own objectives and two Servizi); weights `%` with decimals (`37,5%`) in a spanning column; a transversal
  objective under every unit with DIFFERENT weights. Clean.
- gen13-assignment-lo-1: a comune; each settore introduced by a CAPTION line (`Tab. n · Settore … · Dirigente: …`),
  its sub-units (U.O.) as a MERGED FIRST COLUMN with the P.O. on a second line; points as bare integers under
  `Punti`. Fault: weight.sum (one U.O. sums to 90).
- gen13-assignment-ods-1: a land-reclamation consortium; one SHEET PER AREA, its settori as BAND rows with the
  `Capo settore`; area managers named ONLY on a `Riepilogo` sheet at the end; objective weights bare integers,
  indicator weights `0%` cells. Clean.
- gen13-assignment-csv-1: a chamber of commerce; cp1252 `;` CSV; units as BAND RECORDS (`Unità organizzativa: …
  - Responsabile: …`), an area's own objectives then its offices'; thirds `33,33%`; algorithms over codes. Clean.
Content is invented."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common16 import (CHROMIUM, CSV, LO_XLSX, ODS, case_dir, chromium_pdf, doc, esc, finding, font,  # noqa: E402
                      html_page3, ind, lo_pdf_of, node, ods_of, q, readme13, show, vars11, widths, write_csv7,
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "gen13_assignment.py"


def truth_of(units, year, base_year, kind_org, with_codes=True):
    """units: dicts with code, title, parent, manager, objectives [(code, title, weight, [inds])];
    ind = dict(code, name, unit, base, target, weight, formula, notes). Returns nodes, indicators."""
    nodes, inds = [], []
    for u in units:
        nodes.append(node(u.get("code"), "unit", u["title"], parent=u.get("parent"), owners=[u["manager"]]))
        for (oc, ot, ow, olist) in u["objectives"]:
            nodes.append(node(oc, "operational", ot, weight=ow, unit=u["title"]))
            for i in olist:
                inds.append(ind(i["name"], oc if oc else ot, code=i.get("code"), unit=i["unit"],
                                weight=i.get("weight"),
                                baselines=[(base_year, i["base"])] if i.get("base") else [],
                                targets=[(year, i["target"])], unit_org=u["title"],
                                formula=i.get("formula"), variables=vars11(i.get("formula")),
                                notes=i.get("notes", [])))
    return nodes, inds


def I(name, unit, base, target, code=None, weight=None, formula=None, notes=()):  # noqa: E743
    return {"name": name, "unit": unit, "base": base, "target": target, "code": code, "weight": weight,
            "formula": formula, "notes": list(notes)}


# ============================================================ 1. Chromium: a form above each table

def case_chromium():
    name = "gen13-assignment-chromium-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura del Ponente Ligure"
    t1 = ("T1", "Attuare le misure di trasparenza e di prevenzione della corruzione di competenza")
    t1_ind = I("Obblighi di pubblicazione assolti nei termini", "%", "100%", "= 100%", code="IND-T-01")
    units = [
        {"code": "UO.1", "title": "Segreteria Generale e Staff", "parent": None, "riporta": "Giunta camerale",
         "manager": "dott.ssa Marta Isola", "qualifica": "Segretario Generale", "staff": "9 unità",
         "objectives": [
             ("SG.01", "Coordinare il ciclo della performance e la redazione della sezione 2 del PIAO 2027-2029",
              "40%", [I("Approvazione della Relazione sulla performance 2025", "date", "26/06/2025",
                        "entro il 30/06/2026", code="IND-SG-01"),
                      I("Monitoraggi infrannuali presentati alla Giunta", "N.", "2", "≥ 2", code="IND-SG-02")]),
             ("SG.02", "Ridurre i tempi di pagamento delle fatture passive", "35%",
              [I("Indicatore annuale di tempestività dei pagamenti", "gg", "-6,4 gg", "≤ -8 gg",
                 code="IND-SG-03")]),
             (t1[0], t1[1], "25%", [t1_ind])]},
        {"code": "UO.2", "title": "Area Anagrafe e Regolazione del mercato", "parent": None,
         "riporta": "Segretario Generale", "manager": "dott. Luca Ferrando", "qualifica": "Dirigente",
         "staff": "21 unità (di cui 19 nei Servizi)",
         "objectives": [
             ("AR.01", "Garantire la qualità e la tempestività del Registro delle imprese", "60%",
              [I("Pratiche telematiche evase entro 5 giorni", "%", "87,5%", "≥ 90%", code="IND-AR-01"),
               I("Tempo medio di lavorazione delle pratiche", "gg", "3,8 gg", "≤ 3,5 gg", code="IND-AR-02")]),
             (t1[0], t1[1], "40%", [t1_ind])]},
        {"code": "UO.2.1", "title": "Servizio Registro delle imprese e SUAP", "parent": "UO.2",
         "riporta": "Area Anagrafe e Regolazione del mercato", "manager": "rag. Paola Gandolfo",
         "qualifica": "Incaricata di Elevata Qualificazione", "staff": "12 unità",
         "objectives": [
             ("RI.01", "Cancellare d'ufficio le imprese non più operative", "50%",
              [I("Procedimenti di cancellazione d'ufficio avviati", "N.", "n.d.", "≥ 150", code="IND-RI-01")]),
             ("RI.02", "Estendere l'uso del fascicolo informatico d'impresa", "30%",
              [I("Fascicoli consultati dai SUAP sul totale dei procedimenti", "%", "41,2%", "≥ 50%",
                 code="IND-RI-02")]),
             (t1[0], t1[1], "20%", [t1_ind])]},
        {"code": "UO.2.2", "title": "Servizio Regolazione del mercato e Metrologia legale", "parent": "UO.2",
         "riporta": "Area Anagrafe e Regolazione del mercato", "manager": "dott. Luca Ferrando",
         "qualifica": "Dirigente, ad interim", "staff": "7 unità",
         "objectives": [
             ("RM.01", "Intensificare la vigilanza sugli strumenti di misura e sulla sicurezza dei prodotti", "45%",
              [I("Verifiche periodiche eseguite", "N.", "1.128", "≥ 1.200", code="IND-RM-01"),
               I("Ispezioni sulla sicurezza dei prodotti", "N.", "36", "≥ 40", code="IND-RM-02")]),
             ("RM.02", "Ridurre i tempi di emissione delle ordinanze sanzionatorie", "35%",
              [I("Tempo medio tra verbale e ordinanza", "gg", "148 gg", "≤ 120 gg", code="IND-RM-03")]),
             (t1[0], t1[1], "20%", [t1_ind])]},
        {"code": "UO.3", "title": "Area Promozione e Sviluppo delle imprese", "parent": None,
         "riporta": "Segretario Generale", "manager": "dott.ssa Carla Bottaro", "qualifica": "Dirigente",
         "staff": "11 unità",
         "objectives": [
             ("PR.01", "Sostenere la transizione digitale delle micro e piccole imprese", "37,5%",
              [I("Imprese assistite dal Punto Impresa Digitale", "N.", "318", "≥ 340", code="IND-PR-01"),
               I("Voucher digitali liquidati sul totale dei concessi", "%", "82,0%", "≥ 85%", code="IND-PR-02")]),
             ("PR.02", "Accompagnare le imprese sui mercati esteri", "37,5%",
              [I("Imprese partecipanti a missioni e fiere all'estero", "N.", "64", "≥ 70", code="IND-PR-03")]),
             (t1[0], t1[1], "25%", [t1_ind])]},
    ]
    css = """
body { font-family: "DejaVu Serif"; font-size: 8pt; color: #111; }
h1 { font-size: 12.5pt; margin: 0 0 2pt 0; } .sub { font-size: 9pt; margin: 0 0 6pt 0; }
p.note { font-size: 7.5pt; font-style: italic; margin: 0 0 8pt 0; }
div.unit { margin: 0 0 12pt 0; }
table { border-collapse: collapse; width: 100%; }
table.form { border: 1.6pt solid #333; margin-bottom: 3pt; page-break-inside: avoid; }
table.form td { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; }
table.form td.l { background: #e4e4dc; font-variant: small-caps; font-weight: bold; width: 17%; }
table.form td.v { width: 33%; }
table.form td.uo { font-size: 9.5pt; font-weight: bold; }
table.ob th { background: #4a5a46; color: #fff; font-weight: normal; font-size: 7.4pt; padding: 2pt 3pt;
  border: 0.5pt solid #4a5a46; text-align: left; }
table.ob td { border: 0.5pt solid #999; padding: 2pt 3pt; vertical-align: top; }
table.ob td.w { text-align: center; font-weight: bold; }
table.ob td.n { white-space: nowrap; text-align: right; }
table.ob tr.tot td { border-top: 1.2pt solid #333; font-weight: bold; background: #f1f1ec; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
"""
    parts = [f"<h1>Allegato 3 al Piano integrato di attività e organizzazione 2026-2028</h1>",
             "<p class=\"sub\">Schede di assegnazione degli obiettivi operativi 2026 alle unità organizzative</p>",
             "<p class=\"note\">I pesi sono espressi in percentuale e sommano a 100 per ciascuna unità organizzativa: "
             "gli obiettivi propri dell'Area sono distinti da quelli dei Servizi che vi afferiscono. L'obiettivo T1 è "
             "comune a tutte le unità, con il peso stabilito per ciascuna.</p>"]
    for u in units:
        n_ob = len(u["objectives"])
        form = ("<table class=\"form\">"
                f"<tr><td class=\"l\">Unità organizzativa</td><td class=\"v uo\" colspan=\"3\">{esc(u['title'])}</td></tr>"
                f"<tr><td class=\"l\">Codice UO</td><td class=\"v\">{esc(u['code'])}</td>"
                f"<td class=\"l\">Riporta a</td><td class=\"v\">{esc(u['riporta'])}</td></tr>"
                f"<tr><td class=\"l\">Responsabile</td><td class=\"v\">{esc(u['manager'])}</td>"
                f"<td class=\"l\">Qualifica</td><td class=\"v\">{esc(u['qualifica'])}</td></tr>"
                f"<tr><td class=\"l\">Personale assegnato</td><td class=\"v\">{esc(u['staff'])}</td>"
                f"<td class=\"l\">Obiettivi assegnati</td><td class=\"v\">{n_ob}</td></tr></table>")
        rows = []
        for (oc, ot, ow, olist) in u["objectives"]:
            for k, i in enumerate(olist):
                r = "<tr>"
                if k == 0:
                    rs = f' rowspan="{len(olist)}"' if len(olist) > 1 else ""
                    r += f"<td{rs}>{esc(oc)}</td><td{rs}>{esc(ot)}</td><td class=\"w\"{rs}>{esc(ow)}</td>"
                r += (f"<td class=\"n\" style=\"text-align:left\">{esc(i['code'])}</td><td>{esc(i['name'])}</td>"
                      f"<td class=\"n\">{esc(i['base'])}</td><td class=\"n\">{esc(i['target'])}</td></tr>")
                rows.append(r)
        rows.append("<tr class=\"tot\"><td></td><td>Totale pesi dell'unità</td><td class=\"w\">100%</td>"
                    "<td colspan=\"4\"></td></tr>")
        tab = ("<table class=\"ob\"><colgroup><col style=\"width:6%\"><col style=\"width:29%\">"
               "<col style=\"width:6.5%\"><col style=\"width:9.5%\"><col style=\"width:27%\">"
               "<col style=\"width:10%\"><col style=\"width:12%\"></colgroup>"
               "<thead><tr><th>Cod.</th><th>Obiettivo operativo</th><th>Peso</th><th>Cod. indicatore</th>"
               "<th>Indicatore</th><th>Valore 2025</th><th>Target 2026</th></tr></thead><tbody>"
               + "".join(rows) + "</tbody></table>")
        parts.append(f"<div class=\"unit\">{form}{tab}</div>")
    html = html_page3("\n".join(parts), css, margin="15mm 12mm 16mm 12mm", top_left=q(org),
                      bottom_right='"pag. " counter(page) " / " counter(pages)', hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    nodes, inds = truth_of(units, 2026, 2025, org)
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds)
    readme13(
        d, name, "assignment", CHROMIUM.format(script=SCRIPT),
        """Portrait A4, DejaVu Serif 8 pt. Title `Allegato 3 al Piano integrato …` and a note saying the weights sum to
100 per unit. Each organisational unit is a FORM (4-column label/value grid with a thick outer border: `Unità
organizzativa` spanning, `Codice UO` / `Riporta a`, `Responsabile` / `Qualifica`, `Personale assegnato` / `Obiettivi
assegnati`) directly above its own table `Cod. | Obiettivo operativo | Peso | Cod. indicatore | Indicatore | Valore
2025 | Target 2026`, objective code / title / weight spanning their indicators, and a `Totale pesi dell'unità 100%` row.
The Area `UO.2` has its OWN objectives and two Servizi (`UO.2.1`, `UO.2.2`) whose form says `Riporta a: Area …`;
one Servizio is led ad interim by the Area's manager. Truth: one `unit` node per form (code `UO.x`, parent = the
code of the unit it reports to when that is a unit of the table, owners = [Responsabile]); one `operational` node per
(objective, unit) with `unit` = the unit title and parent null; indicators carry `unit_org`, baseline 2025 and target
2026.""",
        ["a label/value form above every table (not a band, not a column)",
         "sub-units: an Area with its own objectives plus two Servizi",
         "weights in % with decimals (`37,5%`) spanning the indicator rows",
         "indicator code in its own column after the objective weight",
         "`Totale pesi dell'unità` rows",
         "running header with the body's name, `pag. n / N` footer"],
        ["weights sum to 100 PER UNIT: the Area's own objectives (60 + 40) separately from each Servizio's (50 + 30 + "
         "20, 45 + 35 + 20); over the document they sum to 500",
         "`T1` is under all five units with DIFFERENT weights (25%, 40%, 20%, 20%, 25%): each unit weighs it for "
         "itself, not a weight.conflict",
         "`IND-T-01` repeated five times with the same name and target: not an indicator.conflict",
         "`≤` targets below the baseline (`≤ 3,5 gg` vs 3,8 gg, `≤ 120 gg` vs 148 gg) and a NEGATIVE payment "
         "timeliness target `≤ -8 gg` vs `-6,4 gg`: decreasing is better",
         "`= 100%` against a baseline of 100%: maintenance",
         "`≥ 2` against a baseline of 2: maintenance, not unambitious",
         "`n.d.` baseline of a new indicator",
         "one manager (dott. Luca Ferrando) heads the Area and, ad interim, one of its Servizi",
         "`Personale assegnato` counts and `Obiettivi assegnati` are not weights"],
        [])


# ============================================================ 2. LibreOffice: captions, sub-units as first column

def case_lo():
    name = "gen13-assignment-lo-1"
    org = "Comune di Castelnuovo Val d'Arda"
    tr = ("TR", "Rispettare i tempi di pubblicazione in Amministrazione trasparente")
    tr_ind = I("Atti pubblicati entro i termini di legge", "%", "100%", "100%")
    settori = [
        ("Settore I – Affari generali e Servizi demografici", "Dirigente:", "dott. Andrea Maffini", [
            ("U.O. Segreteria e Protocollo", "P.O.:", "sig.ra Elisa Carini", [
                ("1.1", "Dematerializzare il protocollo in entrata", "40",
                 [I("Documenti in entrata protocollati in formato digitale", "%", "72%", "≥ 90%")]),
                ("1.2", "Aggiornare il regolamento sull'accesso agli atti", "30",
                 [I("Proposta di regolamento trasmessa al Consiglio", "date", "–", "entro il 30/09/2026")]),
                (tr[0], tr[1], "30", [tr_ind])]),
            ("U.O. Servizi demografici", "P.O.:", "sig. Matteo Rossetti", [
                ("1.3", "Ridurre l'attesa per la carta d'identità elettronica", "50",
                 [I("Attesa media per l'appuntamento", "gg", "21 gg", "≤ 15 gg"),
                  I("Aperture straordinarie al sabato", "N.", "6", "≥ 10")]),
                ("1.4", "Completare il recupero in ANPR degli atti di stato civile pregressi", "20",
                 [I("Atti recuperati sul totale da recuperare", "%", "55%", "≥ 80%")]),
                (tr[0], tr[1], "30", [tr_ind])])]),
        ("Settore II – Finanze, Tributi e Personale", "Responsabile del Settore:", "rag. Ivana Guidotti", [
            ("U.O. Ragioneria ed Economato", "Resp.:", "rag. Ivana Guidotti", [
                ("2.1", "Ridurre i tempi medi di pagamento", "40",
                 [I("Tempo medio di pagamento delle fatture", "gg", "34 gg", "≤ 30 gg")]),
                ("2.2", "Approvare il rendiconto entro i termini", "30",
                 [I("Rendiconto 2025 approvato dal Consiglio", "date", "–", "entro il 30/04/2026")]),
                (tr[0], tr[1], "30", [tr_ind])]),
            ("U.O. Tributi", "P.O.:", "dott.ssa Serena Lodigiani", [
                ("2.3", "Recuperare l'evasione IMU degli anni pregressi", "35",
                 [I("Avvisi di accertamento IMU emessi", "N.", "410", "≥ 450"),
                  I("Somme accertate", "EUR", "€ 286.500,00", "≥ € 300.000,00")]),
                ("2.4", "Attivare il pagamento con pagoPA per la TARI", "35",
                 [I("Avvisi TARI pagabili con pagoPA", "%", "0%", "100%")]),
                (tr[0], tr[1], "30", [tr_ind])])]),
        ("Settore III – Lavori pubblici e Ambiente", "Dirigente ad interim:", "ing. Roberto Zanardi", [
            ("U.O. Lavori pubblici e Manutenzioni", "Resp.:", "geom. Davide Ferrari", [
                ("3.1", "Realizzare gli interventi finanziati dal PNRR nei tempi del cronoprogramma", "30",
                 [I("Interventi con collaudo entro la scadenza", "%", "–", "100%")]),
                ("3.2", "Ridurre i tempi di intervento sulle segnalazioni di buche stradali", "30",
                 [I("Tempo medio tra segnalazione e intervento", "gg", "9 gg", "≤ 7 gg")]),
                (tr[0], tr[1], "30", [tr_ind])]),
            ("U.O. Ambiente e Protezione civile", "Resp.:", "arch. Laura Pezzani", [
                ("3.3", "Aumentare la raccolta differenziata", "40",
                 [I("Raccolta differenziata sul totale dei rifiuti", "%", "68,4%", "≥ 70%")]),
                ("3.4", "Aggiornare il piano comunale di protezione civile", "30",
                 [I("Piano aggiornato approvato dalla Giunta", "date", "–", "entro il 31/10/2026")]),
                (tr[0], tr[1], "30", [tr_ind])])]),
    ]
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    st = xl_styles()
    S = st["Side"]
    grey = S(style="thin", color="7f7f7f")
    grid = st["Border"](left=grey, right=grey, top=grey, bottom=grey)
    widths(ws, [24, 6, 34, 7, 34, 13, 15])
    f9 = font("Liberation Serif", 9)
    fb = font("Liberation Serif", 9, bold=True)
    r = 1
    xl_put(ws, r, 1, org, font=font("Liberation Serif", 13, bold=True), wrap=False)
    r += 1
    xl_put(ws, r, 1, "Piano esecutivo di gestione 2026 – Obiettivi assegnati ai settori e alle unità operative",
           font=font("Liberation Serif", 10.5, italic=True), wrap=False)
    r += 1
    xl_put(ws, r, 1, "Il punteggio di ciascun obiettivo è espresso in punti; il totale per unità operativa è 100.",
           font=font("Liberation Serif", 8.5), wrap=False)
    r += 2
    head = ["Unità operativa", "Cod.", "Obiettivo", "Punti", "Indicatore", "Valore al 31/12/2025", "Target 2026"]
    units = []
    for k, (stitle, label, mgr, uos) in enumerate(settori, 1):
        units.append({"code": None, "title": stitle, "parent": None, "manager": mgr, "objectives": []})
        xl_put(ws, r, 1, f"Tab. {k} · {stitle} · {label} {mgr}", font=font("Liberation Serif", 10, bold=True,
               italic=True), wrap=False)
        ws.row_dimensions[r].height = 18
        r += 1
        for c, h in enumerate(head, 1):
            xl_put(ws, r, c, h, font=font("Liberation Serif", 8.5, bold=True), fill="D9D2C3", border=grid,
                   halign="center", valign="center")
        ws.row_dimensions[r].height = 24
        r += 1
        first_row = r
        for (utitle, plabel, pmgr, objs) in uos:
            units.append({"code": None, "title": utitle, "parent": stitle, "manager": pmgr, "objectives": objs})
            u0 = r
            for (oc, ot, ow, olist) in objs:
                o0 = r
                for i in olist:
                    xl_put(ws, r, 5, i["name"], font=f9, border=grid)
                    xl_put(ws, r, 6, i["base"], font=f9, border=grid, halign="right")
                    xl_put(ws, r, 7, i["target"], font=f9, border=grid, halign="right")
                    r += 1
                xl_put(ws, o0, 2, oc, font=f9, border=grid)
                xl_put(ws, o0, 3, ot, font=f9, border=grid)
                xl_put(ws, o0, 4, int(ow), font=fb, border=grid, halign="center", fmt="0")
                if r - 1 > o0:
                    for c in (2, 3, 4):
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                    xl_box(ws, o0, 2, r - 1, 4, grid)
            xl_put(ws, u0, 1, f"{utitle}\n{plabel} {pmgr}", font=f9, border=grid, fill="F4F1EA")
            ws.merge_cells(start_row=u0, start_column=1, end_row=r - 1, end_column=1)
            xl_box(ws, u0, 1, r - 1, 1, grid)
        xl_fit_rows(ws, first_row, r - 1, pt=9)
        r += 1
    xl_put(ws, r, 1, "TR: obiettivo trasversale comune a tutte le unità operative.", font=font("Liberation Serif", 8,
           italic=True), wrap=False)
    xl_page(ws, landscape=True, margins=0.45)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    nodes, inds = truth_of(units, 2026, 2025, org)
    fault_unit = "U.O. Lavori pubblici e Manutenzioni"
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds,
                findings=[finding("weight.sum", fault_unit,
                                  "objective points of U.O. Lavori pubblici e Manutenzioni sum to 90 (30 + 30 + 30)",
                                  unit=fault_unit)])
    readme13(
        d, name, "assignment", LO_XLSX.format(script=SCRIPT),
        """Landscape A4, Liberation Serif 9 pt, one sheet. Title block (body, `Piano esecutivo di gestione 2026 – …`, a
line saying the points total 100 per unità operativa). Each settore is introduced by a CAPTION line outside the grid,
bold italic: `Tab. n · Settore … · Dirigente: <name>` (the role label varies: `Dirigente:`, `Responsabile del
Settore:`, `Dirigente ad interim:`), followed by its own header row and table `Unità operativa | Cod. | Obiettivo |
Punti | Indicatore | Valore al 31/12/2025 | Target 2026`. The sub-units (U.O.) are a MERGED FIRST COLUMN spanning
their objectives, the U.O. name on the first line and its head on the second (`P.O.: …` or `Resp.: …`). Objective
code, title and points are merged over their indicators. Points are bare integers (`40`). Truth: a `unit` node per
settore (owners = the name after the caption's role label) and per U.O. (parent = the settore title, owners = the
name after `P.O.:` / `Resp.:`); objectives one `operational` node per (objective, U.O.), `unit` = U.O. name,
weight raw the bare number.""",
        ["units named in CAPTION lines outside the tables",
         "sub-units as a merged first column, head on a second line",
         "points as bare integers under `Punti`",
         "role labels of many kinds (`Dirigente:`, `Responsabile del Settore:`, `Dirigente ad interim:`, `P.O.:`, "
         "`Resp.:`)",
         "grey thin grid, shaded header; no repeated header"],
        ["points sum to 100 per U.O., not per settore nor overall",
         "`TR` is under all six U.O. with the same 30 points: not a conflict",
         "the Settore II head also heads one of its U.O.",
         "targets `100%` without operator and `≤` targets below the baseline (`≤ 15 gg` vs 21 gg)",
         "baselines `–` for new one-off deliverables"],
        ["weight.sum: `U.O. Lavori pubblici e Manutenzioni` (Settore III) — 3.1, 3.2 and TR carry 30 + 30 + 30 = 90 "
         "points instead of 100"])


# ============================================================ 3. ODS: one sheet per area, settori as bands

def case_ods():
    name = "gen13-assignment-ods-1"
    org = "Consorzio di Bonifica Bassa Valle del Livenza"
    c01 = ("C.01", "Attuare le misure del Piano anticorruzione di competenza")
    c02 = ("C.02", "Ridurre i consumi energetici degli impianti idrovori")

    def c01_inds():
        return [I("Misure del Piano attuate sul totale previste", "%", ("100%", 1, "0%"), "= 100%", weight=1)]

    def c02_inds():
        return [I("Consumo di energia per metro cubo sollevato", "kWh/mc", ("0,042 kWh/mc", 0.042, '0.000" kWh/mc"'),
                  "≤ 0,040 kWh/mc", weight=1)]

    areas = [
        ("AT", "Area Tecnica", "ing. Fabio Sartor", "Direttore d'Area", [
            ("AT.1", "Settore Progettazione e Lavori", "Capo settore", "geom. Ivan Tonon", [
                ("AT1.01", "Completare il ripristino degli argini del canale Fossalon Vecchio", 40,
                 [I("Stato di avanzamento dei lavori", "%", ("35%", 0.35, "0%"), "≥ 80%", weight=0.6),
                  I("Collaudo delle opere", "date", ("–", None, None), "entro il 15/12/2026", weight=0.4)]),
                ("AT1.02", "Ridurre i tempi di rilascio delle concessioni idrauliche", 30,
                 [I("Tempo medio di rilascio", "gg", ("74 gg", 74, '0" gg"'), "≤ 60 gg", weight=1)]),
                (c02[0], c02[1], 20, c02_inds()),
                (c01[0], c01[1], 10, c01_inds())]),
            ("AT.2", "Settore Esercizio e Manutenzione impianti", "Capo settore", "p.i. Sergio Bortolussi", [
                ("AT2.01", "Garantire l'efficienza delle stazioni di sollevamento", 45,
                 [I("Ore di fermo impianto non programmato", "h", ("212 h", 212, '0" h"'), "≤ 180 h", weight=0.5),
                  I("Interventi di manutenzione programmata eseguiti", "%", ("91,4%", 0.914, "0.0%"), "≥ 95%",
                    weight=0.5)]),
                (c02[0], c02[1], 30, c02_inds()),
                ("AT2.02", "Digitalizzare il registro degli interventi di manutenzione", 15,
                 [I("Interventi registrati con l'applicazione di campo", "%", ("n.d.", None, None), "≥ 90%",
                    weight=1)]),
                (c01[0], c01[1], 10, c01_inds())])]),
        ("AA", "Area Amministrativa", "dott.ssa Roberta Cossetti", "Direttrice d'Area", [
            ("AA.1", "Settore Ragioneria e Catasto consortile", "Capo settore", "rag. Monica Furlan", [
                ("AA1.01", "Aggiornare il catasto consortile con le volture 2025", 35,
                 [I("Volture registrate sul totale pervenute", "%", ("88%", 0.88, "0%"), "≥ 95%", weight=1)]),
                ("AA1.02", "Ridurre i tempi di pagamento dei fornitori", 35,
                 [I("Indicatore di tempestività dei pagamenti", "gg", ("-3 gg", -3, '0" gg"'), "≤ -5 gg",
                    weight=1)]),
                ("AA1.03", "Recuperare i contributi consortili non versati", 20,
                 [I("Importo riscosso in via coattiva", "EUR", ("118.400 €", 118400, '#,##0" €"'), "≥ 130.000 €",
                    weight=0.6),
                  I("Avvisi di pagamento notificati", "N.", ("1.512", 1512, "#,##0"), "≥ 1.600", weight=0.4)]),
                (c01[0], c01[1], 10, c01_inds())])]),
        ("AG", "Area Agraria", "dott. agr. Nicola Zanin", "Direttore d'Area", [
            ("AG.1", "Settore Irrigazione", "Capo settore (ad interim)", "dott. agr. Nicola Zanin", [
                ("AG1.01", "Estendere l'irrigazione a goccia nei comprensori serviti", 50,
                 [I("Superficie servita con irrigazione a goccia", "ha", ("1.240 ha", 1240, '#,##0" ha"'),
                    "≥ 1.400 ha", weight=0.5),
                  I("Domande di allaccio istruite entro 30 giorni", "%", ("76,5%", 0.765, "0.0%"), "≥ 85%",
                    weight=0.5)]),
                ("AG1.02", "Pubblicare i turni irrigui sul portale del Consorzio", 20,
                 [I("Turni pubblicati almeno 7 giorni prima", "text", ("SI", "SI", None), "SI", weight=1)]),
                (c02[0], c02[1], 20, c02_inds()),
                (c01[0], c01[1], 10, c01_inds())])]),
    ]
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    st = xl_styles()
    S = st["Side"]
    hair = S(style="hair", color="555555")
    grid = st["Border"](left=hair, right=hair, top=hair, bottom=hair)
    fn = font("DejaVu Sans", 8.5)
    fb = font("DejaVu Sans", 8.5, bold=True)
    head = ["Cod.", "Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Valore 2025", "Target 2026",
            "Note"]
    units = []
    summary = []
    for (acode, atitle, amgr, arole, settori) in areas:
        units.append({"code": acode, "title": atitle, "parent": None, "manager": amgr, "objectives": []})
        summary.append((acode, atitle, "Area", amgr, arole, sum(len(s[4]) for s in settori), None))
        ws = wb.create_sheet(acode)
        widths(ws, [9, 40, 10, 38, 10, 14, 17, 24])
        xl_put(ws, 1, 1, "Piano della performance 2026 – Obiettivi assegnati alle strutture", font=font(
            "DejaVu Sans", 9, italic=True), wrap=False)
        xl_put(ws, 2, 1, f"{acode} – {atitle}", font=font("DejaVu Sans", 13, bold=True), wrap=False)
        ws.row_dimensions[2].height = 20
        r = 4
        for c, h in enumerate(head, 1):
            xl_put(ws, r, c, h, font=font("DejaVu Sans", 8, bold=True, color="FFFFFF"), fill="2F5F73",
                   border=grid, halign="center", valign="center")
        ws.row_dimensions[r].height = 26
        ws.freeze_panes = "A5"
        r += 1
        for (scode, stitle, srole, smgr, objs) in settori:
            units.append({"code": scode, "title": stitle, "parent": acode, "manager": smgr, "objectives": objs})
            summary.append((scode, stitle, "Settore", smgr, srole, len(objs), sum(o[2] for o in objs)))
            xl_put(ws, r, 1, f"{scode} – {stitle} · {srole}: {smgr}", font=font("DejaVu Sans", 9, bold=True),
                   fill="D5E4EA", border=grid, wrap=False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            xl_box(ws, r, 1, r, 8, grid)
            ws.row_dimensions[r].height = 16
            r += 1
            r0 = r
            for (oc, ot, ow, olist) in objs:
                o0 = r
                for i in olist:
                    raw, val, fmt = i["base"]
                    xl_put(ws, r, 4, i["name"], font=fn, border=grid)
                    xl_put(ws, r, 5, i["weight"], font=fn, border=grid, halign="center", fmt="0%")
                    if fmt:
                        assert show(val, fmt) == raw, (raw, show(val, fmt))
                        xl_put(ws, r, 6, val, font=fn, border=grid, halign="right", fmt=fmt)
                    else:
                        xl_put(ws, r, 6, raw, font=fn, border=grid, halign="right")
                    xl_put(ws, r, 7, i["target"], font=fn, border=grid, halign="right")
                    note = "obiettivo comune" if oc in ("C.01", "C.02") else None
                    xl_put(ws, r, 8, note, font=font("DejaVu Sans", 7.5, italic=True), border=grid)
                    r += 1
                xl_put(ws, o0, 1, oc, font=fn, border=grid)
                xl_put(ws, o0, 2, ot, font=fn, border=grid)
                xl_put(ws, o0, 3, ow, font=fb, border=grid, halign="center", fmt="General")
                if r - 1 > o0:
                    for c in (1, 2, 3):
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                    xl_box(ws, o0, 1, r - 1, 3, grid)
            xl_fit_rows(ws, r0, r - 1, pt=8.5)
        xl_page(ws, landscape=True, title_rows="4:4", margins=0.4)
    ws = wb.create_sheet("Riepilogo")
    widths(ws, [8, 42, 10, 28, 26, 12, 12])
    xl_put(ws, 1, 1, org, font=font("DejaVu Sans", 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Riepilogo delle strutture e dei responsabili – anno 2026", font=font("DejaVu Sans", 9,
           italic=True), wrap=False)
    hs = ["Cod.", "Struttura", "Livello", "Responsabile", "Qualifica", "N. obiettivi", "Somma pesi"]
    for c, h in enumerate(hs, 1):
        xl_put(ws, 4, c, h, font=font("DejaVu Sans", 8.5, bold=True), fill="D5E4EA", border=grid, halign="center")
    r = 5
    for (c0, t0, lv, mg, ro, n, s) in summary:
        for c, v in enumerate([c0, t0, lv, mg, ro, n, s], 1):
            xl_put(ws, r, c, v, font=fb if lv == "Area" else fn, border=grid,
                   fmt="General" if c >= 6 else None, halign="center" if c >= 6 else None)
        r += 1
    xl_put(ws, r + 1, 1, "I pesi degli obiettivi sommano a 100 per ciascun settore; i pesi degli indicatori a 100% "
           "per ciascun obiettivo. Gli obiettivi C.01 e C.02 sono comuni a più settori.",
           font=font("DejaVu Sans", 8, italic=True), wrap=False)
    xl_page(ws, landscape=False, margins=0.5)
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"))
    # truth: indicator baseline raws are the displayed values
    tunits = []
    for u in units:
        objs = []
        for (oc, ot, ow, olist) in u["objectives"]:
            il = []
            for i in olist:
                j = dict(i)
                j["base"] = i["base"][0]
                j["weight"] = show(i["weight"], "0%")
                il.append(j)
            objs.append((oc, ot, str(ow), il))
        tunits.append(dict(u, objectives=objs))
    nodes, inds = truth_of(tunits, 2026, 2025, org)
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds)
    readme13(
        d, name, "assignment", ODS.format(script=SCRIPT),
        """Workbook kept as .ods, four sheets: one per AREA (`AT`, `AA`, `AG`) then `Riepilogo`. An area sheet has a
small title, the area as a big heading (`AT – Area Tecnica`, no manager), a header row `Cod. | Obiettivo | Peso
obiettivo | Indicatore | Peso indicatore | Valore 2025 | Target 2026 | Note` (frozen, repeated when printed) and its
settori as merged BAND rows `AT.1 – Settore Progettazione e Lavori · Capo settore: geom. Ivan Tonon`. Objective code,
title and weight (bare integer, General) merged over the indicator rows; indicator weights `0%` cells; baselines as
number cells with their own formats (`0%`, `0.0%`, `0" gg"`, `0" h"`, `#,##0" €"`, `#,##0" ha"`, `0.000" kWh/mc"`) or
text (`–`, `n.d.`, `SI`); targets text. The area managers appear ONLY on the last sheet `Riepilogo` (`Cod. | Struttura |
Livello | Responsabile | Qualifica | N. obiettivi | Somma pesi`). Truth: `unit` nodes for areas (owners from the
Riepilogo) and settori (parent = area code, owners = the name after `Capo settore:`); objectives one `operational`
node per (objective, settore), weight raw the bare number (`40`); indicator weights `60%`.""",
        ["one sheet per area, settori (sub-units) as merged band rows inside it",
         "area managers named only on a summary sheet at the END",
         "objective weights bare integers, indicator weights `0%` cells",
         "baselines as number cells whose formats print units (`0.000\" kWh/mc\"`, `#,##0\" ha\"`)",
         "objectives shared by several settori (`C.01` everywhere, `C.02` in three)",
         "a `Note` column marking the shared objectives"],
        ["objective weights sum to 100 per SETTORE (40 + 30 + 20 + 10 …), indicator weights to 100% per objective; "
         "the `Somma pesi` column of the Riepilogo is a control total, not a weight",
         "`C.02` weighs 20 in AT.1 and AG.1 but 30 in AT.2: each settore weighs it for itself, not a weight.conflict",
         "`C.01` / `C.02` repeated with the same indicator name and target: not an indicator.conflict",
         "negative payment timeliness target `≤ -5 gg` vs `-3 gg`; `≤ 60 gg` vs 74 gg; `≤ 180 h` vs 212 h: "
         "decreasing is better",
         "`= 100%` on a baseline of 100%; `SI` on a baseline of `SI`: maintenance",
         "dott. agr. Nicola Zanin heads both the Area Agraria and, ad interim, its only settore",
         "`n.d.` and `–` baselines"],
        [])


# ============================================================ 4. CSV: units as band records

def case_csv():
    name = "gen13-assignment-csv-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura delle Valli del Cusio e dell'Ossola"
    t01 = ("OP T.01", "Assicurare la trasparenza e la prevenzione della corruzione")
    t01_ind = I("Misure di prevenzione attuate sul totale previste", "%", "100%", "= 100%",
                formula="Misure_att / Misure_prev")
    units = [
        ("Area 1 Servizi di supporto", None, "Dirigente", "dott. Giorgio Pella", [
            ("OP 1.01", "Migliorare la riscossione del diritto annuale", "50,00%",
             [I("Tasso di riscossione spontanea del diritto annuale", "%", "71,8%", ">= 73%",
                formula="DA_riscosso / DA_dovuto")]),
            ("OP 1.02", "Contenere i costi di funzionamento", "25,00%",
             [I("Oneri di funzionamento per impresa attiva", "EUR", "€ 41,20", "<= € 40,50",
                formula="Oneri_funz / Imprese_att")]),
            (t01[0], t01[1], "25,00%", [t01_ind])]),
        ("Ufficio 1.1 Ragioneria e Provveditorato", "Area 1 Servizi di supporto", "Responsabile",
         "rag. Franca Vanzetti", [
            ("OP 1.1.01", "Ridurre i tempi di pagamento delle fatture", "33,33%",
             [I("Tempo medio di pagamento", "gg", "18 gg", "<= 15 gg", formula="Somma_gg_pag / N_fatture")]),
            ("OP 1.1.02", "Completare gli acquisti sotto soglia sul mercato elettronico", "33,33%",
             [I("Acquisti tramite MePA sul totale degli acquisti", "%", "84,0%", ">= 90%",
                formula="Imp_MePA / Imp_acquisti")]),
            (t01[0], t01[1], "33,34%", [t01_ind])]),
        ("Ufficio 1.2 Personale e Organizzazione", "Area 1 Servizi di supporto", "Responsabile (P.O.)",
         "sig.ra Silvia Bertolo", [
            ("OP 1.2.01", "Attuare il piano della formazione 2026", "60,00%",
             [I("Dipendenti formati sul totale dei dipendenti", "%", "78,1%", ">= 85%",
                formula="Dip_formati / Dip_totali",
                notes=["Target rivisto con D.G. n. 14 del 20/02/2026"])]),
            (t01[0], t01[1], "40,00%", [t01_ind])]),
        ("Area 2 Anagrafe e Servizi alle imprese", None, "Dirigente ad interim", "dott. Giorgio Pella", [
            ("OP 2.01", "Ridurre i tempi di evasione delle pratiche del Registro imprese", "60,00%",
             [I("Pratiche evase entro 5 giorni", "%", "81,4%", ">= 85%", formula="Prat_5gg / Prat_tot"),
              I("Tempo medio di evasione", "gg", "3,9 gg", "<= 3,5 gg", formula="Somma_gg_ev / Prat_tot")]),
            ("OP 2.02", "Promuovere la mediazione e l'arbitrato", "15,00%",
             [I("Mediazioni avviate nell'anno", "N.", "142", ">= 150", formula="N_mediazioni")]),
            (t01[0], t01[1], "25,00%", [t01_ind])]),
        ("Ufficio 2.1 Metrologia legale", "Area 2 Anagrafe e Servizi alle imprese", "Responsabile",
         "p.i. Marco Tosetti", [
            ("OP 2.1.01", "Aumentare le verifiche sugli strumenti metrici", "70,00%",
             [I("Verifiche eseguite", "N.", "1.046", ">= 1.100", formula="N_verifiche")]),
            (t01[0], t01[1], "30,00%", [t01_ind])]),
    ]
    rows = [[org], ["Allegato B - Obiettivi operativi assegnati alle unità organizzative - anno 2026"],
            ["Pesi degli obiettivi in percentuale, con totale 100% per ciascuna unità organizzativa"], [],
            ["Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Algoritmo", "Valore 2025", "Target 2026", "Note"]]
    tunits = []
    for (utitle, parent, role, mgr, objs) in units:
        band = f"Unità organizzativa: {utitle}"
        if parent:
            band += f" (afferente a {parent})"
        band += f" - {role}: {mgr}"
        rows.append([band, "", "", "", "", "", "", ""])
        tunits.append({"code": None, "title": utitle, "parent": parent, "manager": mgr, "objectives": objs})
        for (oc, ot, ow, olist) in objs:
            for k, i in enumerate(olist):
                note = "; ".join(i["notes"]) if i["notes"] else ("Obiettivo trasversale" if oc == t01[0] else "")
                rows.append([oc if k == 0 else "", ot if k == 0 else "", ow if k == 0 else "", i["name"],
                             i["formula"], i["base"], i["target"], note])
    rows += [[], ["Fonte: sistema di gestione del ciclo della performance - estrazione del 02/03/2026"]]
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=";", crlf=True)
    nodes, inds = truth_of(tunits, 2026, 2025, org)
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds)
    readme13(
        d, name, "assignment", CSV.format(script=SCRIPT),
        """CSV in cp1252 (Windows export), `;` separator, CRLF, minimal quoting. Three title records (body, `Allegato B
- …`, a line on the weights) and an empty record, then ONE header `Cod.;Obiettivo operativo;Peso;Indicatore;Algoritmo;
Valore 2025;Target 2026;Note`. Units are BAND RECORDS with only the first field filled: `Unità organizzativa: <unit>
[(afferente a <area>)] - <role>: <name>`, roles `Dirigente`, `Responsabile`, `Responsabile (P.O.)`, `Dirigente ad
interim`. An area's OWN objectives come right after its band, then each office's band and objectives. Objective code,
title and weight only on the first record of the objective (empty on the continuation record of a second indicator).
ASCII operators (`>=`, `<=`; cp1252 has no `≥`), `€ 41,20`, thirds `33,33%` / `33,33%` / `33,34%`. A closing
`Fonte: … estrazione del 02/03/2026` record. Truth: `unit` nodes per band (title between `Unità organizzativa: ` and
` (afferente` / ` - `, parent = the area named after `afferente a`, owners = the name after the role); one
`operational` node per (objective, unit); algorithms over codes → `formula` + `variables`; the `Note` of a revised
target is an indicator note.""",
        ["cp1252, `;`, CRLF",
         "units as band records with the manager and the parent area inside the same field",
         "an area's own objectives AND its offices' objectives",
         "objective fields empty on continuation records",
         "ASCII operators, `€` before the figure",
         "thirds `33,33%` + `33,33%` + `33,34%`"],
        ["weights sum to 100% per unit (the area's own objectives apart from its offices')",
         "thirds 33,33 + 33,33 + 33,34 = 100,00",
         "`OP T.01` under every unit with different weights (25%, 33,34%, 40%, 25%, 30%) and the same indicator: "
         "neither a weight.conflict nor an indicator.conflict",
         "`<=` targets below the baseline (`<= 15 gg` vs 18 gg, `<= € 40,50` vs `€ 41,20`)",
         "`= 100%` on a 100% baseline (maintenance)",
         "dott. Giorgio Pella heads Area 1 and, ad interim, Area 2",
         "a target revised by a decision (`Target rivisto con D.G. n. 14 del 20/02/2026`) is a note, not a conflict",
         "single-variable algorithms (`N_mediazioni`) are complete formulas"],
        [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo", "ods", "csv"]
    for w in which:
        {"chromium": case_chromium, "lo": case_lo, "ods": case_ods, "csv": case_csv}[w]()
        print("made", w)
