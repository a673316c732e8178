#!/usr/bin/python3
"""h9-assignment-lo-1: a province's assignment of objectives to its sectors, workbook printed by LibreOffice.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import LO, case_dir, doc, ind, node, readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h9-assignment-lo-1"
ORG = "Provincia di Serrabianca"
Y = 2026

COMMON = ("OP.00", "Attuare le misure di prevenzione della corruzione e di trasparenza di competenza", [
    ("Misure del PTPCT attuate nei termini previsti", "%", "70%", "92%", "≥ 95%"),
    ("Dati pubblicati tempestivamente in Amministrazione trasparente", "%", "30%", "89%", "≥ 95%"),
])
UNITS = [
    ("Settore 1 – Affari generali, personale e contratti", "dott.ssa Livia Carraro", [
        ("OP.11", "Completare il piano dei fabbisogni di personale 2026", "40%", [
            ("Procedure concorsuali avviate sul totale programmato", "%", "60%", "75%", "≥ 90%"),
            ("Tempo medio di conclusione delle procedure concorsuali", "gg", "40%", "210 gg", "≤ 180 gg"),
        ]),
        ("OP.12", "Digitalizzare la gestione dei contratti pubblici", "25%", [
            ("Contratti stipulati in forma elettronica", "%", "100%", "64%", "≥ 80%"),
        ]),
        ("OP.13", "Ridurre i tempi di risposta alle istanze di accesso civico e documentale", "20%", [
            ("Istanze di accesso evase entro 20 giorni", "%", "100%", "88%", "≥ 92%"),
        ]),
        COMMON[:2] + ("15%", COMMON[2]),
    ]),
    ("Settore 2 – Viabilità ed edilizia scolastica", "ing. Marco Pellacani", [
        ("OP.21", "Garantire la sicurezza della rete stradale provinciale", "45%", [
            ("Strade con segnaletica orizzontale rinnovata", "km", "50%", "38 km", "≥ 45 km"),
            ("Interventi urgenti eseguiti entro 48 ore dalla segnalazione", "%", "50%", "91%", "≥ 93%"),
        ]),
        ("OP.22", "Adeguare gli edifici scolastici alla normativa antincendio", "35%", [
            ("Edifici scolastici dotati di certificato di prevenzione incendi", "N.", "100%", "27", "≥ 31"),
        ]),
        COMMON[:2] + ("20%", COMMON[2]),
    ]),
    ("Settore 3 – Ambiente e pianificazione territoriale", "arch. Giulia Sannazzaro", [
        ("OP.31", "Accelerare i procedimenti di autorizzazione unica ambientale", "50%", [
            ("Tempo medio di rilascio dell'autorizzazione unica ambientale", "gg", "60%", "96 gg", "≤ 90 gg"),
            ("Pratiche AUA istruite interamente in modalità telematica", "%", "40%", "70%", "≥ 85%"),
        ]),
        ("OP.32", "Aggiornare il piano territoriale di coordinamento provinciale", "40%", [
            ("Adozione della variante generale al PTCP da parte del Consiglio", "date", "100%", "-", "entro il 30/11/2026"),
        ]),
        COMMON[:2] + ("10%", COMMON[2]),
    ]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione 2026"
    F = "DejaVu Serif"
    thin = Side(style="thin", color="404040")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [24, 8, 34, 8, 40, 8, 11, 15]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano esecutivo di gestione {Y} – Obiettivi operativi assegnati ai dirigenti di settore",
           font=Font(name=F, size=9), wrap=False)
    heads = ["Struttura / dirigente", "Cod.", "Obiettivo operativo", "Peso ob.", "Indicatore di risultato",
             "Peso ind.", "Valore 2025", f"Target {Y}"]
    hf = Font(name=F, size=8, bold=True)
    for c, h in enumerate(heads, 1):
        xl_put(ws, 4, c, h, font=hf, fill="D9D2C5", border=grid, halign="center", valign="center")
    f = Font(name=F, size=8)
    r = 5
    nodes, inds = [], []
    for ui, (ut, boss, objs) in enumerate(UNITS):
        ustart = r
        nodes.append(node(None, "unit", ut, owners=[boss]))
        for oc, ot, ow, ks in objs:
            ostart = r
            for kn, um, kw, base, tg in ks:
                xl_put(ws, r, 5, kn, font=f, border=grid)
                xl_put(ws, r, 6, kw, font=f, border=grid, halign="right")
                xl_put(ws, r, 7, base, font=f, border=grid, halign="right")
                xl_put(ws, r, 8, tg, font=f, border=grid, halign="right")
                inds.append(ind(kn, oc, unit=um, weight=kw, baselines=[] if base == "-" else [(2025, base)],
                                targets=[(Y, tg)], unit_org=ut))
                r += 1
            xl_put(ws, ostart, 2, oc, font=Font(name=F, size=8, bold=True), border=grid)
            xl_put(ws, ostart, 3, ot, font=f, border=grid)
            xl_put(ws, ostart, 4, ow, font=Font(name=F, size=8, bold=True), border=grid, halign="right")
            for c in (2, 3, 4):
                if r - 1 > ostart:
                    ws.merge_cells(start_row=ostart, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, ostart, c, r - 1, c, grid)
            nodes.append(node(oc, "operational", ot, weight=ow, unit=ut))
        xl_put(ws, ustart, 1, f"{ut}\n\nDirigente: {boss}", font=Font(name=F, size=8, bold=True),
               fill="F2EFE9", border=grid)
        ws.merge_cells(start_row=ustart, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, ustart, 1, r - 1, 1, grid)
        xl_put(ws, r, 1, f"Totale pesi obiettivi – {ut.split(' – ')[0]}", font=Font(name=F, size=8, italic=True),
               fill="F2EFE9", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        xl_put(ws, r, 4, "100%", font=Font(name=F, size=8, italic=True), fill="F2EFE9", border=grid, halign="right")
        for c in range(5, 9):
            xl_put(ws, r, c, None, fill="F2EFE9", border=grid)
        r += 1
    last = r - 1
    xl_put(ws, r + 1, 1, "Il peso degli indicatori è espresso in percentuale del peso dell'obiettivo cui si riferiscono. "
           "L'obiettivo OP.00 è trasversale e assegnato a tutti i settori con pesi differenziati.",
           font=Font(name=F, size=7, italic=True), wrap=False)
    xl_fit_rows(ws, 5, last, pt=8, line=1.25)
    xl_page(ws, landscape=True, title_rows="4:4", margins=0.45)
    ws.oddFooter.right.text = "&P/&N"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, [Y], kind="assignment")], nodes, inds)
    readme(d, NAME, "Genre: **assignment**", LO.format(script="h9_assignment.py"), f"""
Landscape A4, DejaVu Serif 8 pt, full thin grid, printed by LibreOffice (header row repeated, `n/m` at the foot
right). Two title lines (the Provincia; `Piano esecutivo di gestione {Y} – Obiettivi operativi assegnati ai dirigenti
di settore`). One table `Struttura / dirigente | Cod. | Obiettivo operativo | Peso ob. | Indicatore di risultato |
Peso ind. | Valore 2025 | Target {Y}`. The ORGANISATIONAL UNIT is a first column merged DOWN over all its rows
(tinted), holding the sector title, a blank line and `Dirigente: <name>`; objective code, title and weight are merged
down over their indicator rows; each sector closes with an italic row `Totale pesi obiettivi – Settore n | 100%`.
The cross-cutting objective `OP.00` is assigned to all three sectors with a different weight each (15%, 20%, 10%),
its indicators identical everywhere. Values with units (`210 gg`, `38 km`), a date target `entro il 30/11/2026` with
`-` as the 2025 value. Truth: unit nodes (level `unit`, code null, title = the sector line, owners = the dirigente);
objectives `operational`, parent null, `unit` = the sector; indicators with `unit_org` = the sector; baselines 2025.
""", [
        "input: `input.pdf`", "unit as a merged-down first column with the manager inside the same cell",
        "a shared objective with per-unit weights (legitimate, not a conflict)",
        "per-unit total rows of objective weights", "serif font, landscape", "`Valore 2025` as the baseline header",
    ], [])


if __name__ == "__main__":
    main()
