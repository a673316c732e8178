#!/usr/bin/python3
"""h7-assignment-xlsx-1: a chamber of commerce's assignment of operational objectives to its units, a workbook
kept as .xlsx (two data sheets, hidden key column, row outline). Clean. Content invented."""
import os
import sys
from copy import copy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (XLSX, case_dir, doc, ind, node, num, pct, readme, write_truth, xl_box, xl_fit_rows,  # noqa: E402
                     xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-assignment-xlsx-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura di Valdimonte"
YEAR, BASE = 2026, 2025
P0, P1, N0, G1, E2 = "0%", "0.0%", "#,##0", '0.0 "gg"', '#,##0.00 "€"'
GEP, LEG, GEN, GEE = '"≥ "0%', '"≤ "0 "gg"', '"≥ "#,##0', '"≥ "#,##0.00 "€"'
# objective code -> (title, [(name, weight, unit, baseline(value, fmt), target(value, fmt) or text)])
OBJ = {
    "OO.01": ("Evadere le pratiche del Registro delle imprese nei tempi di legge", [
        ("Pratiche telematiche evase entro 5 giorni dal protocollo", 0.6, "%", (0.872, P1), (0.9, GEP)),
        ("Tempo medio di lavorazione delle pratiche telematiche", 0.4, "gg", (3.6, G1), (3, LEG))]),
    "OO.02": ("Cancellare d'ufficio le imprese non più operative", [
        ("Posizioni cancellate d'ufficio dal Registro delle imprese", 1.0, "N.", (412, N0), (450, GEN))]),
    "OO.03": ("Potenziare la vigilanza sugli strumenti di misura e sulla sicurezza dei prodotti", [
        ("Verifiche periodiche su strumenti metrici", 0.7, "N.", (1184, N0), (1250, GEN)),
        ("Ispezioni su prodotti soggetti a normativa di sicurezza", 0.3, "N.", (36, N0), (40, GEN))]),
    "OO.04": ("Diffondere la mediazione e l'arbitrato camerale", [
        ("Procedure di mediazione avviate nell'anno", 1.0, "N.", (218, N0), (230, GEN))]),
    "OO.05": ("Ridurre i tempi di pagamento dei fornitori", [
        ("Tempo medio di pagamento delle fatture passive", 1.0, "gg", (24, '0 "gg"'), (20, LEG))]),
    "OO.06": ("Migliorare la riscossione spontanea del diritto annuale", [
        ("Diritto annuale riscosso spontaneamente sul dovuto", 0.6, "%", (0.712, P1), (0.73, GEP)),
        ("Imprese morose raggiunte dal ravvedimento operoso via PEC", 0.4, "%", (0.55, P0), (0.65, GEP))]),
    "OO.07": ("Attuare il piano triennale della formazione del personale", [
        ("Dipendenti con almeno 24 ore di formazione nell'anno", 1.0, "%", (0.64, P0), (0.75, GEP))]),
    "OO.08": ("Realizzare il programma di promozione dell'export delle piccole e medie imprese", [
        ("Imprese assistite nei percorsi di internazionalizzazione", 0.5, "N.", (142, N0), (160, GEN)),
        ("Incontri d'affari organizzati con buyer esteri", 0.5, "N.", (310, N0), (340, GEN))]),
    "OO.09": ("Aumentare i ricavi da servizi a pagamento dell'Azienda Speciale", [
        ("Ricavi da servizi a pagamento", 1.0, "EUR", (412350, E2), (430000, GEE))]),
}
# sheet -> [(level, unit title, label, boss, parent, [(objective code, weight)])]
SHEETS = {
    "Aree e servizi": [
        (0, "Area Servizi alle imprese e regolazione del mercato", "Dirigente", "Dott.ssa Carla Menotti", None,
         [("OO.01", 0.40), ("OO.03", 0.25), ("OO.04", 0.25), ("OO.07", 0.10)]),
        (1, "Servizio Registro delle imprese", "Responsabile", "Dott. Paolo Ferlini",
         "Area Servizi alle imprese e regolazione del mercato",
         [("OO.01", 0.60), ("OO.02", 0.30), ("OO.07", 0.10)]),
        (1, "Servizio Tutela del mercato e metrologia legale", "Responsabile", "Dott.ssa Ilaria Bonsignori",
         "Area Servizi alle imprese e regolazione del mercato",
         [("OO.03", 0.55), ("OO.04", 0.35), ("OO.07", 0.10)]),
        (0, "Area Amministrazione, personale e bilancio", "Dirigente", "Dott. Stefano Rovai", None,
         [("OO.05", 0.35), ("OO.06", 0.35), ("OO.07", 0.30)]),
        (1, "Servizio Ragioneria e provveditorato", "Responsabile", "Rag. Monica Tagliaferri",
         "Area Amministrazione, personale e bilancio",
         [("OO.05", 0.50), ("OO.06", 0.40), ("OO.07", 0.10)]),
    ],
    "Azienda speciale": [
        (0, "Azienda Speciale Valdimonte Sviluppo", "Direttore", "Ing. Marco Tesei", None,
         [("OO.08", 0.60), ("OO.09", 0.30), ("OO.07", 0.10)]),
    ],
}


def disp(v):
    x, f = v
    if f == P0:
        return pct(x, 0)
    if f == P1:
        return pct(x, 1)
    if f == N0:
        return num(x, 0)
    if f == G1:
        return num(x, 1, group=False) + " gg"
    if f == '0 "gg"':
        return num(x, 0, group=False) + " gg"
    if f == E2:
        return num(x, 2) + " €"
    if f == GEP:
        return "≥ " + pct(x, 0)
    if f == LEG:
        return "≤ " + num(x, 0, group=False) + " gg"
    if f == GEN:
        return "≥ " + num(x, 0)
    if f == GEE:
        return "≥ " + num(x, 2) + " €"
    raise ValueError(f)


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.properties import Outline
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    hair = S(style="hair", color="808080")
    box = B(left=hair, right=hair, top=hair, bottom=hair)
    base = "Calibri"
    f9 = F(name=base, size=9)
    fb9 = F(name=base, size=9, bold=True)
    wb = Workbook()
    cv = wb.active
    cv.title = "Note"
    cv.column_dimensions["A"].width = 72
    lines = [(ORG.upper(), F(name=base, size=13, bold=True)),
             ("Piano della performance 2026 – Allegato 3", F(name=base, size=11, bold=True)),
             ("Assegnazione degli obiettivi operativi alle unità organizzative", F(name=base, size=11)),
             ("", None),
             ("Ogni unità organizzativa riceve una scheda con gli obiettivi operativi assegnati e il relativo peso "
              "(incidenza sulla valutazione della performance organizzativa dell'unità). Lo stesso obiettivo può "
              "essere assegnato a più unità con pesi diversi; indicatori, pesi degli indicatori e target sono "
              "invece comuni a tutte le unità.", F(name=base, size=10)),
             ("Il foglio 'Aree e servizi' riguarda la struttura camerale; il foglio 'Azienda speciale' l'Azienda "
              "Speciale Valdimonte Sviluppo. La colonna Chiave è ad uso interno del sistema di controllo di "
              "gestione.", F(name=base, size=10)),
             ("Approvato con determinazione del Segretario generale n. 14 del 30/01/2026.",
              F(name=base, size=10, italic=True))]
    for i, (t, f) in enumerate(lines, 1):
        xl_put(cv, i, 1, t, font=f, wrap=i > 3)
    xl_fit_rows(cv, 1, len(lines), pt=11)
    xl_page(cv)
    nodes, inds = [], []
    heads = ["Chiave", "Cod.", "Obiettivo operativo", "Peso obiettivo", "Indicatore", "Peso indicatore",
             "Valore 2025", "Target 2026"]
    widths = [11, 7, 40, 9, 44, 9, 12, 14]
    for sname, units in SHEETS.items():
        ws = wb.create_sheet(sname)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.column_dimensions["A"].hidden = True
        xl_put(ws, 1, 2, ORG, font=F(name=base, size=11, bold=True), wrap=False)
        xl_put(ws, 2, 2, f"Schede di assegnazione degli obiettivi operativi {YEAR} – {sname.lower()}",
               font=F(name=base, size=10), wrap=False)
        hr = 4
        for c, h in enumerate(heads, 1):
            xl_put(ws, hr, c, h, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill="7B2C3B",
                   border=box, halign="center", valign="center")
        ws.row_dimensions[hr].height = 26
        ws.auto_filter.ref = f"A{hr}:H{hr}"
        ws.freeze_panes = f"C{hr + 1}"
        ws.sheet_properties.outlinePr = Outline(summaryBelow=False)
        r = hr + 1
        for level, utitle, lab, boss, parent, objs in units:
            fill = "E8CDD3" if level == 0 else "F5E9EC"
            xl_put(ws, r, 1, f"U{r:03d}", font=f9)
            xl_put(ws, r, 2, utitle, font=F(name=base, size=10 if level == 0 else 9.5, bold=True),
                   fill=fill, border=box, wrap=False, indent=level * 2)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            xl_put(ws, r, 6, f"{lab}: {boss}", font=F(name=base, size=9, italic=True), fill=fill, border=box,
                   halign="right", wrap=False)
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
            xl_box(ws, r, 2, r, 8, box)
            for c in range(3, 9):
                ws.cell(row=r, column=c).fill = copy(ws.cell(row=r, column=2).fill)
            if level:
                ws.row_dimensions[r].outlineLevel = 1
            nodes.append(node(None, "unit", utitle, parent=parent, owners=[boss]))
            r += 1
            for ocode, ow in objs:
                title, its = OBJ[ocode]
                r0 = r
                for iname, iw, unit, bv, tv in its:
                    xl_put(ws, r, 1, f"{ocode}/{r:03d}", font=f9)
                    xl_put(ws, r, 5, iname, font=f9, border=box)
                    xl_put(ws, r, 6, iw, font=f9, border=box, fmt=P0, halign="center")
                    xl_put(ws, r, 7, bv[0], font=f9, border=box, fmt=bv[1], halign="right")
                    xl_put(ws, r, 8, tv[0], font=f9, border=box, fmt=tv[1], halign="right")
                    ws.row_dimensions[r].outlineLevel = level + 1
                    inds.append(ind(iname, ocode, unit=unit, weight=pct(iw, 0), baselines=[(BASE, disp(bv))],
                                    targets=[(YEAR, disp(tv))], unit_org=utitle))
                    r += 1
                xl_put(ws, r0, 2, ocode, font=fb9, border=box)
                xl_put(ws, r0, 3, title, font=f9, border=box)
                xl_put(ws, r0, 4, ow, font=fb9, border=box, fmt=P0, halign="center")
                if r - 1 > r0:
                    for c in (2, 3, 4):
                        ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, r0, 2, r - 1, 4, box)
                nodes.append(node(ocode, "operational", title, weight=pct(ow, 0), unit=utitle))
            xl_put(ws, r, 3, "Totale pesi dell'unità", font=F(name=base, size=9, italic=True), halign="right")
            xl_put(ws, r, 4, sum(w for _, w in objs), font=F(name=base, size=9, italic=True), fmt=P0,
                   halign="center")
            if level:
                ws.row_dimensions[r].outlineLevel = 1
            r += 2
        xl_fit_rows(ws, hr + 1, r, pt=9)
        xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}")
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "Pag. &P/&N"
    d = case_dir(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    readme(d, NAME, "Genre: **assignment**", XLSX.format(script="h7_assignment.py"), """
Workbook kept as .xlsx (Calibri 9), THREE sheets: `Note` (the chamber, the annex title and three paragraphs of
prose, no table), `Aree e servizi` and `Azienda speciale` (the data: the same table layout on two sheets). Each data
sheet: two title rows, then a header row (white on burgundy, AutoFilter, panes frozen at C5, repeated when
printed) `Chiave | Cod. | Obiettivo operativo | Peso obiettivo | Indicatore | Peso indicatore | Valore 2025 |
Target 2026`. Column A `Chiave` is HIDDEN (internal keys such as `U005`, `OO.01/006`; not printed, not in truth).
Each organisational unit is a band row: the unit title merged over B:E (Areas bold on a darker fill, Servizi
indented on a lighter fill) and, merged over F:H and right-aligned in italics, `Dirigente: …` / `Responsabile:
…` / `Direttore: …` (truth unit owners = the name after the colon; Servizi have their Area as parent). Under the
band, the unit's objectives: code, title and the unit's weight merged down over the objective's indicator rows;
indicator rows carry name, weight, 2025 value and 2026 target. A row `Totale pesi dell'unità | 100%` closes each
unit (not a node). The same objective (`OO.07`, also `OO.01` … ) is assigned to several units with each unit's own
weight; indicators, their weights and targets are the same everywhere. Rows are grouped with an Excel outline
(Servizi and indicator rows at outline levels 1-2, summary rows above). Footer: sheet name and `Pag. n/N`.
Truth: one `unit` node per unit; one `operational` node per (unit, objective) with `unit` = the unit title and
parent null; indicators repeated per unit with `unit_org`.
""", [
        "two data sheets of the same layout plus a prose sheet",
        "hidden first column with internal keys; AutoFilter; frozen panes; row outline levels",
        "unit bands with the manager in a right-aligned merged cell of the same row (`Dirigente:`, `Responsabile:`, "
        "`Direttore:`)",
        "weights as number cells `0%`; baselines `0.0%` (`87,2%`), `#,##0` (`1.184`), `0.0 \"gg\"` (`3,6 gg`), "
        "`#,##0.00 \"€\"` (`412.350,00 €`)",
        "targets as NUMBER cells whose format prints the operator: `\"≥ \"0%` (0.9 → `≥ 90%`), `\"≤ \"0 \"gg\"` "
        "(3 → `≤ 3 gg`), `\"≥ \"#,##0` (`≥ 1.250`), `\"≥ \"#,##0.00 \"€\"` (`≥ 430.000,00 €`)",
        "a `Totale pesi dell'unità` row after each unit",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
