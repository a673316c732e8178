#!/usr/bin/python3
"""gen11-assignment-ods-1 and gen11-assignment-chromium-1: two assignment annexes (objectives per organisational
unit). Clean both. Content is invented.

- ods: a regional labour agency; ONE FLAT SHEET, no merges, one row per indicator; the unit (`CdR`) and the manager
  (`Dirigente`) are the LAST two columns, repeated on every row; objective codes `1a)`; `Incidenza` as fraction cells
  with format `0.00%` (thirds 33,33% / 33,33% / 33,34%) repeated on each indicator row of the objective; a shared
  objective under two CdR with the same weights; indicators unweighted; `Valore atteso 2026` only.
- chromium: a comune; one block per Dirigente (a caption line `Dirigente: … | Settore …`), then a table
  `Punti | Cod. | Obiettivo assegnato | Indicatore di risultato | Risultato atteso al 31/12/2026`; weights in POINTS
  (`35 punti`) first column, summing to 100 per settore; borderless, horizontal hairlines only; sans 8.5 pt."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import (CHROMIUM, ODS, case_dir, chromium_pdf, doc, esc, font, html_page3, ind, node, ods_of, q,  # noqa
                      readme13, widths, write_truth, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "gen11_assignment.py"

# ---------------------------------------------------------------- ods
ORG1 = "Agenzia Regionale per il Lavoro e la Formazione del Molise Interno"
# unit, manager, [(code, title, weight fraction, [(indicator, unit, target)])]
UNITS1 = [
    ("CdR 1 – Servizi per l'impiego", "dott.ssa Carla Iannone", [
        ("1a)", "Rafforzare la presa in carico dei disoccupati nei centri per l'impiego", 0.3333, [
            ("Patti di servizio sottoscritti entro 30 giorni dalla DID", "%", "almeno 80%"),
            ("Utenti profilati sul totale degli iscritti", "%", "almeno 90%")]),
        ("1b)", "Incrementare gli incontri tra domanda e offerta di lavoro", 0.3333, [
            ("Preselezioni concluse per le imprese richiedenti", "N.", "almeno 450")]),
        ("9a)", "Attuare le misure di prevenzione della corruzione di competenza", 0.3334, [
            ("Misure del piano anticorruzione attuate nei termini", "%", "100%")])]),
    ("CdR 2 – Formazione professionale", "dott. Marco Di Rienzo", [
        ("2a)", "Accreditare gli enti di formazione nei tempi previsti", 0.55, [
            ("Tempo medio di conclusione delle istruttorie di accreditamento", "gg", "non superiore a 60 gg")]),
        ("2b)", "Controllare i corsi finanziati dal fondo sociale europeo", 0.30, [
            ("Corsi verificati in loco sul totale dei corsi avviati", "%", "almeno 25%"),
            ("Verbali di verifica trasmessi entro 15 giorni", "%", "almeno 95%")]),
        ("9a)", "Attuare le misure di prevenzione della corruzione di competenza", 0.15, [
            ("Misure del piano anticorruzione attuate nei termini", "%", "100%")])]),
    ("CdR 3 – Affari generali e bilancio", "dott.ssa Carla Iannone", [
        ("3a)", "Ridurre i tempi di pagamento delle fatture commerciali", 0.5, [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "entro il 31/12/2026")]),
        ("9a)", "Attuare le misure di prevenzione della corruzione di competenza", 0.5, [
            ("Misure del piano anticorruzione attuate nei termini", "%", "100%")])]),
]


def pct2(x):
    s = f"{x * 100:.2f}".replace(".", ",")
    return s + "%"


def build_ods():
    from openpyxl import Workbook
    name = "gen11-assignment-ods-1"
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione 2026"
    xl_put(ws, 1, 1, ORG1, font=font(size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi operativi assegnati ai centri di responsabilità – anno 2026", font=font(size=10),
           wrap=False)
    head = ["Obiettivo n.", "Descrizione obiettivo", "Incidenza", "Indicatore", "Valore atteso 2026", "CdR",
            "Dirigente"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(bold=True), fill="D9E1F2", border=st["grid"], halign="center")
    widths(ws, [11, 44, 11, 44, 20, 30, 24])
    r = 5
    nodes, inds = [], []
    for unit, mgr, objs in UNITS1:
        for code, title, w, ilist in objs:
            nodes.append(node(code.rstrip(")"), "operational", title, weight=pct2(w), owners=[mgr], unit=unit))
            for iname, um, tg in ilist:
                vals = [code, title, w, iname, tg, unit, mgr]
                for c, v in enumerate(vals, 1):
                    xl_put(ws, r, c, v, font=font(size=9), border=st["grid"],
                           fmt="0.00%" if c == 3 else None, halign="center" if c in (1, 3, 5) else None)
                inds.append(ind(iname, code.rstrip(")"), unit=um, targets=[(2026, tg)], unit_org=unit))
                r += 1
    xl_fit_rows(ws, 5, r - 1, pt=9)
    xl_put(ws, r + 1, 1, "L'incidenza è riferita al complesso degli obiettivi del singolo CdR.", font=font(size=8),
           wrap=False)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"))
    write_truth(d, [doc(ORG1, [2026], kind="assignment")], nodes, inds)
    readme13(d, name, "assignment", ODS.format(script=SCRIPT), """
One sheet `Assegnazione 2026`: body name and a subtitle, then a one-row header `Obiettivo n. | Descrizione obiettivo |
Incidenza | Indicatore | Valore atteso 2026 | CdR | Dirigente`. No merges: one row per indicator, the objective code,
title and weight repeated on each of its indicator rows; the unit (`CdR n – …`) and its manager are the LAST two
columns, repeated on every row. Objective codes `1a)` (truth drops the `)`), weights as fraction cells with format
`0.00%` (`33,33%`). A note under the table says weights are relative to the CdR. Truth: one `operational` node per
(objective, CdR) with `unit` = CdR, parent null, owners = [Dirigente]; indicators unweighted with `unit_org`.
""", ["unit and manager as the LAST columns, repeated on every row (no unit bands, no merges)",
      "objective code, title and weight repeated on every indicator row", "codes `1a)`", "`Incidenza` as `0.00%`",
      "one manager heading two CdR", "operators in words: `almeno`, `non superiore a`, `entro il`"],
     ["thirds 33,33% + 33,33% + 33,34% in CdR 1", "weights sum to 100% per CdR, not across the sheet",
      "objective `9a)` repeated under three CdR with different weights (each within its own CdR) — not a conflict",
      "indicators without weights (only objectives are weighed)",
      "a weight printed twice for a two-indicator objective is one weight, not two"], [])
    return name


# ---------------------------------------------------------------- chromium
ORG2 = "Comune di Roccabruna Veneta"
UNITS2 = [
    ("Settore Lavori Pubblici e Manutenzioni", "ing. Giorgio Zanella", [
        ("LP.01", "Completare la riqualificazione della scuola primaria di via dei Tigli", "40 punti", [
            ("Collaudo dei lavori", "date", "entro il 30/09/2026")]),
        ("LP.02", "Ridurre i tempi di intervento sulle segnalazioni di guasti stradali", "35 punti", [
            ("Tempo medio di intervento", "gg", "≤ 5 gg"),
            ("Segnalazioni chiuse sul totale ricevute", "%", "≥ 90%")]),
        ("TR.01", "Pubblicare i dati dell'amministrazione trasparente di competenza", "25 punti", [
            ("Sezioni di competenza aggiornate nei termini", "%", "100%")])]),
    ("Settore Servizi Sociali e Scuola", "dott.ssa Anna Pavan", [
        ("SS.01", "Attivare il servizio di assistenza domiciliare per gli anziani soli", "50 punti", [
            ("Nuclei presi in carico", "N.", "≥ 60"),
            ("Nuovo regolamento del servizio approvato", "text", "SI")]),
        ("SS.02", "Gestire le iscrizioni ai servizi scolastici solo on line", "25 punti", [
            ("Domande presentate on line sul totale", "%", "≥ 95%")]),
        ("TR.01", "Pubblicare i dati dell'amministrazione trasparente di competenza", "25 punti", [
            ("Sezioni di competenza aggiornate nei termini", "%", "100%")])]),
    ("Settore Polizia Locale", "comm. Roberto Furlan", [
        ("PL.01", "Intensificare i controlli sulla sicurezza stradale nelle frazioni", "75 punti", [
            ("Posti di controllo effettuati", "N.", "≥ 120"),
            ("Ore di pattuglia serale", "N.", "≥ 800")]),
        ("TR.01", "Pubblicare i dati dell'amministrazione trasparente di competenza", "25 punti", [
            ("Sezioni di competenza aggiornate nei termini", "%", "100%")])]),
]

CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; color: #222; }
h1 { font-size: 13pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 1mm 0 5mm 0; }
div.cap { margin: 6mm 0 1mm 0; font-size: 9.5pt; border-left: 3pt solid #2f5d8a; padding-left: 4pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-weight: bold; border-bottom: 1pt solid #333; padding: 2pt 3pt; }
td { border-bottom: 0.3pt solid #aaa; padding: 2pt 3pt; vertical-align: top; }
td.p { white-space: nowrap; font-weight: bold; }"""


def build_chromium():
    name = "gen11-assignment-chromium-1"
    nodes, inds, body = [], [], []
    body.append(f"<h1>{esc(ORG2)}</h1><h2>Piano esecutivo di gestione 2026 – Allegato 2: obiettivi di performance "
                "assegnati ai dirigenti (100 punti per settore)</h2>")
    for unit, mgr, objs in UNITS2:
        body.append(f"<div class=cap><b>Dirigente: {esc(mgr)}</b> &nbsp;|&nbsp; {esc(unit)}</div>")
        rows = []
        for code, title, pts, ilist in objs:
            nodes.append(node(code, "operational", title, weight=pts, owners=[mgr], unit=unit))
            n = len(ilist)
            for k, (iname, um, tg) in enumerate(ilist):
                lead = (f"<td class=p rowspan={n}>{pts}</td><td rowspan={n}>{code}</td>"
                        f"<td rowspan={n}>{esc(title)}</td>") if k == 0 else ""
                rows.append(f"<tr>{lead}<td>{esc(iname)}</td><td>{esc(tg)}</td></tr>")
                inds.append(ind(iname, code, unit=um, targets=[(2026, tg)], unit_org=unit))
        body.append("<table><colgroup><col style='width:17mm'><col style='width:14mm'><col><col>"
                    "<col style='width:34mm'></colgroup><thead><tr><th>Punti</th><th>Cod.</th>"
                    "<th>Obiettivo assegnato</th><th>Indicatore di risultato</th>"
                    "<th>Risultato atteso al 31/12/2026</th></tr></thead><tbody>" + "".join(rows) +
                    "</tbody></table>")
    h = html_page3("\n".join(body), CSS, margin="15mm 14mm", bottom_right=q("pag. ") + " counter(page)")
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG2, [2026], kind="assignment")], nodes, inds)
    readme13(d, name, "assignment", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Sans 8.5 pt, borderless tables with hairlines under each row. Title and subtitle (`… 100 punti
per settore`), then one block per settore: a caption line with a left accent bar `Dirigente: <name> | Settore …`
(manager FIRST), and its own table `Punti | Cod. | Obiettivo assegnato | Indicatore di risultato | Risultato atteso al
31/12/2026`. Weights in points (`40 punti`) in the FIRST column, row-spanning with code and title over the
objective's indicators. Codes with a settore prefix (`LP.01`, `SS.02`) and a transversal `TR.01` in every settore.
Truth: one `operational` node per (objective, settore), `unit` = settore title, owners = [Dirigente], weight raw
`40 punti`; indicators unweighted with `unit_org`; targets year 2026.
""", ["weights in points in the first column", "manager named before the settore in a caption line",
      "borderless, hairlines only", "codes with settore prefix `LP.01`", "row-spanning weight/code/title cells",
      "targets `≤ 5 gg`, `≥ 90%`, `entro il 30/09/2026`, `SI`, bare `100%`"],
     ["points sum to 100 within each settore (40+35+25, 50+25+25, 75+25), 300 over the document",
      "`TR.01` under three settori with the same title and the same `25 punti` — not a conflict",
      "indicators without weights", "one year only (2026): nothing can decline"], [])
    return name


if __name__ == "__main__":
    print(build_ods())
    print(build_chromium())
