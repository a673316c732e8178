#!/usr/bin/python3
"""h11-assignment-lo-1: objectives assigned to the sectors of a provincia (PEG), workbook printed by LibreOffice.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import LO, case_dir, doc, ind, node, readme, write_truth, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h11-assignment-lo-1"
ORG = "Provincia di Pian dell'Olmo"
YEAR = 2026
SHARED = ("PEG.26.01", "Attuare le misure del piano di prevenzione della corruzione e della trasparenza", [
    ("Misure di prevenzione attuate nei termini previsti", "%", "92%", "100%")])
# unit: (title, manager label, manager, [(code, title, weight, [indicators])]); indicator (name, unit, base, target)
UNITS = [
    ("Settore 1 – Affari generali e risorse umane", "Dirigente", "dott.ssa Elena Marchetti", [
        SHARED[:2] + ("20", SHARED[2]),
        ("PEG.26.11", "Completare le procedure assunzionali del piano dei fabbisogni di personale", "45", [
            ("Procedure concluse sul totale programmato", "%", "68%", "≥ 85%"),
            ("Tempo medio di conclusione dei concorsi", "gg", "190 gg", "≤ 160 gg")]),
        ("PEG.26.12", "Dematerializzare gli atti deliberativi e le determinazioni dirigenziali", "35", [
            ("Atti firmati digitalmente e pubblicati in automatico", "%", "74%", "≥ 95%"),
            ("Adozione del nuovo regolamento sull'ordinamento degli uffici", "date", "-", "entro il 30/09/2026")]),
    ]),
    ("Settore 2 – Viabilità e trasporti", "Dirigente", "ing. Marco Felici", [
        SHARED[:2] + ("10", SHARED[2]),
        ("PEG.26.21", "Garantire la sicurezza della rete stradale provinciale", "50", [
            ("Strade provinciali con pavimentazione rinnovata", "km", "38 km", "≥ 45 km"),
            ("Ponti e viadotti sottoposti a ispezione di livello 2", "N.", "24", "≥ 30")]),
        ("PEG.26.22", "Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali", "40", [
            ("Tempo medio di rilascio delle autorizzazioni", "gg", "18 gg", "≤ 12 gg")]),
    ]),
    ("Settore 3 – Edilizia scolastica e patrimonio", "Dirigente", "arch. Paola Ricciardi", [
        SHARED[:2] + ("15", SHARED[2]),
        ("PEG.26.31", "Adeguare gli istituti superiori alle norme di prevenzione incendi", "55", [
            ("Istituti dotati di certificato di prevenzione incendi", "N.", "21", "≥ 27"),
            ("Spesa liquidata sui progetti PNRR di edilizia scolastica", "EUR", "€ 3.150.000", "≥ € 5.400.000")]),
        ("PEG.26.32", "Valorizzare il patrimonio immobiliare non strumentale", "30", [
            ("Immobili alienati o dati in concessione", "N.", "3", "≥ 5"),
            ("Entrate da canoni di concessione", "EUR", "€ 412.000", "≥ € 450.000")]),
    ]),
]
BREAK_AFTER = "Strade provinciali con pavimentazione rinnovata"


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "PEG 2026"
    F = "Liberation Sans Narrow"
    widths = [12, 40, 40, 12, 16, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    rule = Side(style="thin", color="7F7F7F")
    hline = Border(bottom=rule)
    heavy = Border(top=Side(style="medium", color="203864"), bottom=Side(style="medium", color="203864"))
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione 2026 – Parte II: obiettivi gestionali assegnati ai settori e relativi "
           "pesi", font=Font(name=F, size=10), wrap=False)
    xl_put(ws, 3, 1, "Il peso esprime l'incidenza dell'obiettivo sulla valutazione del dirigente del settore (totale "
           "100 per settore). Valore iniziale: dato al 31/12/2025.", font=Font(name=F, size=8, italic=True), wrap=False)
    hdr = ["Codice", "Obiettivo gestionale", "Indicatore di risultato", "Valore iniziale", "Target 2026", "Peso %"]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 5, c, h, font=Font(name=F, size=9, bold=True, color="203864"), border=heavy,
               halign="center" if c > 3 else None, valign="center")
    r = 6
    nodes, inds = [], []
    body = Font(name=F, size=9)
    for ut, ml, mgr, objs in UNITS:
        xl_put(ws, r, 1, ut.upper(), font=Font(name=F, size=10, bold=True, color="FFFFFF"), fill="203864", wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        xl_put(ws, r, 4, f"{ml}: {mgr}", font=Font(name=F, size=9, italic=True, color="FFFFFF"), fill="203864",
               halign="right", wrap=False)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 17
        nodes.append(node(None, "unit", ut.upper(), owners=[mgr]))
        r += 1
        for oc, ot, w, ks in objs:
            xl_put(ws, r, 1, oc, font=Font(name=F, size=9, bold=True), border=hline, fill="E8ECF4")
            xl_put(ws, r, 2, ot, font=Font(name=F, size=9, bold=True), border=hline, fill="E8ECF4")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            for c in range(3, 6):
                ws.cell(row=r, column=c).border = hline
            xl_put(ws, r, 6, int(w), font=Font(name=F, size=9, bold=True), border=hline, fill="E8ECF4", halign="center")
            nodes.append(node(oc, "operational", ot, weight=w, unit=ut.upper()))
            r += 1
            for kn, ku, base, tg in ks:
                for c, v in enumerate([None, None, kn, base, tg, None], 1):
                    xl_put(ws, r, c, v, font=body, border=hline, halign="right" if c in (4, 5) else None)
                inds.append(ind(kn, oc, unit=ku, unit_org=ut.upper(), baselines=[] if base == "-" else [(2025, base)],
                                targets=[(YEAR, tg)]))
                if kn == BREAK_AFTER:
                    ws.row_breaks.append(Break(id=r))
                r += 1
        xl_put(ws, r, 5, f"Totale {ut.split(' – ')[0]}", font=Font(name=F, size=9, italic=True), halign="right")
        xl_put(ws, r, 6, 100, font=Font(name=F, size=9, italic=True, bold=True), halign="center",
               border=Border(top=rule))
        r += 2
    xl_fit_rows(ws, 6, r, pt=9, narrow=1.15)
    xl_page(ws, landscape=False, title_rows="5:5", margins=0.55)
    ws.oddFooter.left.text = "PEG 2026 – Parte II"
    ws.oddFooter.right.text = "pag. &P/&N"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds, [])
    readme(d, NAME, "Genre: **assignment**", LO.format(script="h11_assignment.py"), """
Portrait A4, Liberation Sans Narrow 9 pt, printed by LibreOffice on two pages (print-title header repeated; footer
`PEG 2026 – Parte II` left, `pag. n/m` right). Three title lines (the Provincia; `Piano esecutivo di gestione 2026 –
Parte II: obiettivi gestionali assegnati ai settori e relativi pesi`; an italic line: weights total 100 per sector,
`Valore iniziale` is the value at 31/12/2025). One table `Codice | Obiettivo gestionale | Indicatore di risultato |
Valore iniziale | Target 2026 | Peso %` with NO vertical rules (medium rules around the header, thin grey rules under
rows). Each SECTOR is a dark navy BANNER ROW: the sector title in capitals merged over the first three columns and
`Dirigente: <name>` right-aligned, italic, merged over the last three. Objective rows (light tint, bold): code
`PEG.26.11`, title merged over four columns, the weight as a BARE NUMBER in the last column. Indicator rows follow
with only the indicator, initial value and target filled (no indicator weights). Each sector closes with an italic
`Totale Settore n | 100` row. The cross-cutting objective `PEG.26.01` is listed under every sector with a
different weight (20, 10, 15) and the same indicator. A manual page break falls inside sector 2, between the two
indicators of `PEG.26.21`. Truth: unit nodes (level `unit`, title the banner in capitals, owners the dirigente);
objectives `operational`, parent null, unit = the banner title, weight raw the bare number; indicators with
`unit_org`, baseline 2025 when printed (`-` is none), target 2026.
""", [
        "input: `input.pdf`",
        "sector as a banner row with the manager right-aligned in the same row",
        "objective and indicators on separate rows, objective weight as a bare number in the LAST column (`Peso %`)",
        "shared objective repeated per sector with that sector's weight (legitimate)",
        "`Totale Settore n | 100` rows; horizontal rules only",
        "targets `≥ € 5.400.000`, `entro il 30/09/2026`, `100%`; a `-` initial value",
        "page break inside a sector, header repeated",
    ], [])


if __name__ == "__main__":
    main()
