#!/usr/bin/python3
"""h17-assignment-ods-1: a regional agency for university students' rights assigns objectives to its services for
2026 (openpyxl workbook converted to .ods and kept). One sheet; each service opens with a merged BAND row `CdR 02 –
name` and a second band `Dirigente responsabile: …`; objective rows `OB.2.1` with `Ponderazione` as bare integers;
indicator rows below (no weight) with `Risultato atteso 2026` and `Dato 2024`; a shared objective `OB.T1` under two
services with the same weight; a `Totale` row per service. FAULT weight.sum: `Servizio Ristorazione` sums to 95.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (ODS, case_dir, doc, finding, font, ind, node, ods_of, readme17, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h17_assignment.py"
ORG = "Azienda regionale per il diritto allo studio universitario del Piceno"
YEAR = 2026

SHARED = ("OB.T1", "Ridurre i tempi di pagamento delle fatture dei fornitori del servizio", [
    ("Fatture pagate entro 30 giorni dal ricevimento", "%", "2024: 84%", "≥ 90%")])

# unit (CdR code, title, dirigente) -> objectives (code, title, weight, indicators (name, unit, base, target))
UNITS = [
    ("CdR 01", "Servizio Benefici e borse di studio", "dott.ssa Giulia Ferretti", [
        ("OB.1.1", "Pubblicare la graduatoria definitiva delle borse di studio", 40, [
            ("Pubblicazione della graduatoria definitiva", "date", "15/11/2024", "entro il 31/10/2026")]),
        ("OB.1.2", "Erogare la prima rata della borsa agli idonei beneficiari", 35, [
            ("Beneficiari pagati entro il 31 dicembre", "%", "93,5%", "≥ 95%"),
            ("Reclami accolti sul totale delle domande", "%", "1,4%", "≤ 1%")]),
        ("OB.1.3", "Intensificare i controlli sulle autocertificazioni ISEE", 25, [
            ("Controlli effettuati sul campione estratto", "N.", "410", "almeno 450")])]),
    ("CdR 02", "Servizio Ristorazione", "dott. Paolo Cingolani", [
        ("OB.2.1", "Migliorare la qualità percepita delle mense universitarie", 45, [
            ("Indice di gradimento dell'indagine di customer satisfaction (scala 1-5)", "punteggio", "3,6",
             "≥ 3,8")]),
        ("OB.2.2", "Ridurre lo spreco alimentare nelle mense a gestione diretta", 30, [
            ("Chilogrammi di pasti non consumati per 100 pasti serviti", "kg", "7,9 kg", "≤ 7,0 kg")]),
        SHARED[:2] + (20, SHARED[2])]),
    ("CdR 03", "Servizio Residenze universitarie", "arch. Marco Spinozzi", [
        ("OB.3.1", "Aumentare i posti alloggio disponibili", 50, [
            ("Posti letto assegnabili al 1° ottobre", "N.", "1.120", "≥ 1.180")]),
        ("OB.3.2", "Ridurre i tempi di intervento per le manutenzioni urgenti", 30, [
            ("Tempo medio di intervento su guasto urgente", "ore", "9 ore", "≤ 6 ore")]),
        SHARED[:2] + (20, SHARED[2])]),
]


def build():
    from openpyxl import Workbook
    name = "h17-assignment-ods-1"
    F = "Liberation Serif"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione 2026"
    widths(ws, [10, 52, 13, 44, 14, 16])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi assegnati ai centri di responsabilità per l'anno 2026 (allegato 3 al Piano della "
           "performance)", font=font(F, 10, italic=True), wrap=False)
    heads = ["Codice", "Obiettivo", "Ponderazione", "Indicatore", "Dato 2024", "Risultato atteso 2026"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9.5, bold=True), fill="D9E1F2", border=grid, halign="center")
    nodes, inds = [], []
    r = HR + 1
    for ucode, utitle, mgr, objs in UNITS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        xl_put(ws, r, 1, f"{ucode} – {utitle}", font=font(F, 10, bold=True, color="FFFFFF"), fill="2F5597",
               border=grid)
        xl_box(ws, r, 1, r, 6, grid)
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        xl_put(ws, r, 1, f"Dirigente responsabile: {mgr}", font=font(F, 9.5, italic=True), fill="DDEBF7",
               border=grid)
        xl_box(ws, r, 1, r, 6, grid)
        r += 1
        nodes.append(node(ucode, "unit", utitle, owners=[mgr]))
        tot = 0
        for ocode, otitle, ow, ilist in objs:
            first = r
            for iname, unit, base, tg in ilist:
                xl_put(ws, r, 4, iname, font=font(F, 9.5), border=grid)
                xl_put(ws, r, 5, base, font=font(F, 9.5), border=grid, halign="center")
                xl_put(ws, r, 6, tg, font=font(F, 9.5), border=grid, halign="center")
                braw = base.split(": ", 1)[-1]
                inds.append(ind(iname, ocode, unit=unit, unit_org=utitle, baselines=[(2024, braw)],
                                targets=[(YEAR, tg)]))
                r += 1
            for c, v in [(1, ocode), (2, otitle), (3, ow)]:
                xl_put(ws, first, c, v, font=font(F, 9.5, bold=c == 2), border=grid,
                       halign="center" if c != 2 else None, fmt="0" if c == 3 else None)
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, first, c, r - 1, c, grid)
            nodes.append(node(ocode, "operational", otitle, weight=str(ow), unit=utitle))
            tot += ow
        xl_put(ws, r, 2, "Totale ponderazione", font=font(F, 9.5, bold=True), border=grid, halign="right")
        xl_put(ws, r, 3, tot, font=font(F, 9.5, bold=True), border=grid, halign="center", fmt="0")
        r += 2
    xl_put(ws, r, 1, "L'obiettivo OB.T1 è trasversale ai servizi con gestione diretta di forniture e concorre "
           "con il medesimo peso alla valutazione di ciascun dirigente.", font=font(F, 9, italic=True), wrap=False)
    xl_fit_rows(ws, HR, r - 1, pt=9.5)
    xl_page(ws, landscape=False, title_rows=f"{HR}:{HR}")
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"), stem="assegnazione")
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds,
                findings=[finding("weight.sum", "Servizio Ristorazione",
                                  "objective weights of Servizio Ristorazione sum to 95 (45 + 30 + 20)",
                                  unit="Servizio Ristorazione")])
    readme17(d, name, "assignment", ODS.format(script=SCRIPT), """
One sheet `Assegnazione 2026`, Liberation Serif 9.5 pt, full grid, portrait print setup. Title (the agency) and an
italic subtitle, then one table `Codice | Obiettivo | Ponderazione | Indicatore | Dato 2024 | Risultato atteso 2026`.
Each centre opens with TWO merged band rows: dark `CdR 02 – Servizio Ristorazione` and light `Dirigente responsabile:
dott. …`. Objective code, title and `Ponderazione` (bare integer number cells) merged down over their indicator
rows; a `Totale ponderazione` row closes each centre (the printed total equals the sum). `Dato 2024` cells are text
(`93,5%`, `2024: 84%` on the shared objective, a date). A closing note explains that `OB.T1` is transversal. Truth:
one `unit` node per centre (code `CdR 02`, owners = Dirigente); one objective node per (objective, centre) with
`unit` = centre title and parent null; indicators with `unit_org`; the baseline raw after `2024: ` when present.
""", ["centre and Dirigente as two band rows", "bare integer `Ponderazione`", "`Totale ponderazione` rows",
      "`Dato 2024` as the only baseline", "targets `≥`, `≤`, `almeno`, `entro il`", "serif font"],
     ["`OB.T1` listed under two centres with the same weight 20: not a conflict",
      "indicators without weight (the document weighs only objectives)",
      "`≤ 1%`, `≤ 7,0 kg`, `≤ 6 ore`: lower-is-better targets below their baselines, as they should",
      "a score target on a 1-5 scale (`≥ 3,8`)"],
     ["`weight.sum` on `Servizio Ristorazione`: 45 + 30 + 20 = 95 (the printed `Totale ponderazione` says 95 too)."])
    return name


if __name__ == "__main__":
    print(build())
