#!/usr/bin/python3
"""h9-bands-ods-1: a municipality's detailed objectives with graded target bands, kept as .ods.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import ODS, case_dir, doc, ind, lo_convert, node, readme, write_truth, xl_box, xl_page, xl_put, xl_save  # noqa: E402

NAME = "h9-bands-ods-1"
ORG = "Comune di San Vito al Brenta"
Y = 2026

OBJ = [
    ("OB.1", "Ridurre i tempi di rilascio dei titoli edilizi", 0.40, "Settore Urbanistica ed edilizia privata", [
        ("1.1", "Tempo medio di rilascio del permesso di costruire", "gg", 0.60, "64 gg",
         [("≤ 55 gg", 1.0), ("56-60 gg", 0.75), ("61-65 gg", 0.5), ("> 65 gg", 0.0)]),
        ("1.2", "Pratiche SCIA sottoposte a controllo entro 30 giorni", "%", 0.40, "72%",
         [("≥ 80%", 1.0), ("75-79%", 0.6), ("< 75%", 0.0)]),
    ]),
    ("OB.2", "Migliorare la riscossione delle entrate tributarie", 0.35, "Settore Tributi", [
        ("2.1", "Riscossione dell'IMU ordinaria sul dovuto dell'anno", "%", 0.50, "88,5%",
         [("≥ 92%", 1.0), ("90-91,9%", 0.7), ("88-89,9%", 0.4), ("< 88%", 0.0)]),
        ("2.2", "Avvisi di accertamento IMU e TARI emessi", "N.", 0.50, "1.420",
         [("≥ 1.600", 1.0), ("1.500-1.599", 0.6), ("< 1.500", 0.0)]),
    ]),
    ("OB.3", "Garantire la tempestività dei pagamenti ai fornitori", 0.25, "Settore Finanziario", [
        ("3.1", "Tempo medio di pagamento delle fatture commerciali", "gg", 1.0, "27 gg",
         [("≤ 25 gg", 1.0), ("26-28 gg", 0.75), ("29-30 gg", 0.5), ("> 30 gg", 0.0)]),
    ]),
]


def p0(x):
    return f"{round(x * 100)}%"


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "PDO 2026"
    F = "Liberation Sans"
    thin = Side(style="thin", color="5B5B5B")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEFG", [7, 44, 26, 8, 12, 16, 11]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano dettagliato degli obiettivi {Y} – fasce di risultato e punteggio degli indicatori",
           font=Font(name=F, size=9), wrap=False)
    heads = ["Cod.", "Obiettivo / indicatore", "Settore", "Peso", "Valore 2025", f"Fascia di risultato {Y}", "Punteggio"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, 4, c, h, font=Font(name=F, size=9, bold=True), fill="FCE4D6", border=grid, halign="center",
               valign="center")
    r = 5
    nodes, inds = [], []
    f = Font(name=F, size=9)
    for oc, ot, ow, sett, ks in OBJ:
        xl_put(ws, r, 1, oc, font=Font(name=F, size=9, bold=True), fill="F4B183", border=grid)
        xl_put(ws, r, 2, ot, font=Font(name=F, size=9, bold=True), fill="F4B183", border=grid)
        xl_put(ws, r, 3, sett, font=Font(name=F, size=9, bold=True), fill="F4B183", border=grid)
        xl_put(ws, r, 4, ow, font=Font(name=F, size=9, bold=True), fill="F4B183", border=grid, fmt="0%", halign="right")
        for c in (5, 6, 7):
            xl_put(ws, r, c, None, fill="F4B183", border=grid)
        ws.row_dimensions[r].height = 15
        nodes.append(node(oc, "operational", ot, weight=p0(ow), owners=[sett]))
        r += 1
        for kc, kn, um, kw, base, ladder in ks:
            start = r
            for val, score in ladder:
                xl_put(ws, r, 6, val, font=f, border=grid, halign="center")
                xl_put(ws, r, 7, score, font=f, border=grid, fmt="0%", halign="center")
                ws.row_dimensions[r].height = 13.5
                r += 1
            xl_put(ws, start, 1, kc, font=f, border=grid)
            xl_put(ws, start, 2, kn, font=f, border=grid, indent=1)
            xl_put(ws, start, 3, None, font=f, border=grid)
            xl_put(ws, start, 4, kw, font=f, border=grid, fmt="0%", halign="right")
            xl_put(ws, start, 5, base, font=f, border=grid, halign="right")
            for c in (1, 2, 3, 4, 5):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, start, c, r - 1, c, grid)
            raw = " ".join(f"{v} {p0(s)}" for v, s in ladder)
            inds.append(ind(kn, oc, code=kc, unit=um, weight=p0(kw), baselines=[(2025, base)], targets=[(Y, raw)]))
    xl_put(ws, r + 1, 1, "Il punteggio dell'indicatore è quello della fascia in cui ricade il risultato al 31/12; il "
           "punteggio dell'obiettivo è la media dei punteggi degli indicatori ponderata con i pesi.",
           font=Font(name=F, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows="4:4", margins=0.5)
    src = os.path.join(d, "_input.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, "input.ods"), "ods")
    os.remove(src)
    write_truth(d, [doc(ORG, [Y], kind="unknown")], nodes, inds)
    readme(d, NAME, "Family: **graded target bands**", ODS.format(script="h9_bands.py"), f"""
An OpenDocument spreadsheet (`input.ods`), one sheet `PDO {Y}`, Liberation Sans 9, full grid, portrait print setup
with the header row repeated. Two title rows (the Comune; `Piano dettagliato degli obiettivi {Y} – fasce di
risultato e punteggio degli indicatori`), then `Cod. | Obiettivo / indicatore | Settore | Peso | Valore 2025 |
Fascia di risultato {Y} | Punteggio`. Objective rows are orange bands (`OB.1`, title, the Settore, weight). Each
indicator spans as many rows as its ladder has steps: code, name (indented), weight and 2025 value are merged DOWN
over the step rows; each step row holds a band as text (`≤ 55 gg`, `56-60 gg`, `90-91,9%`, `1.500-1.599`, `> 65 gg`)
and its score as a NUMBER cell with format `0%` (1 → `100%`, 0.75 → `75%`). Ladders of three or four steps. The
`Settore` cell is empty on indicator rows. Italic note on scoring under the table. Truth: objectives `operational`,
parent null, owners = the Settore; indicators with baseline 2025; the {Y} target raw is the ladder read top to
bottom, band then displayed score, joined with one space (`≤ 55 gg 100% 56-60 gg 75% 61-65 gg 50% > 65 gg 0%`).
""", [
        "input: `input.ods`", "ladder as step ROWS with merged indicator cells (in a spreadsheet)",
        "scores as number cells `0%`", "weights as number cells `0%` at both levels",
        "a baseline column before the ladder", "Settore column filled only on objective rows",
    ], [])


if __name__ == "__main__":
    main()
