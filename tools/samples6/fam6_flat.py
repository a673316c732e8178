#!/usr/bin/python3
"""fam5-flat-xlsx-1: flat table per responsibility centre, one sheet per centre, kept as .xlsx. Content invented."""
import os

from openpyxl import Workbook

from common6 import (XLSX_PRODUCER, case_dir, doc, finding, ind, it_num, node, write_readme, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

ORG = "Ministero dei Beni Paesaggistici e dei Borghi Storici"
YEAR = 2026
UNIT = {"percentuale": "%", "giorni": "gg", "numero": "N.", "data": "date"}

CDR = [
    ("CdR 1 - DG Paesaggio", "Direzione generale per il paesaggio e la tutela del territorio", [
        ("Accelerare il rilascio dei pareri paesaggistici sugli interventi edilizi", 1250000.00, [
            ("Pareri rilasciati entro i termini di legge", "Risultato (output)", "percentuale", "=90%"),
            ("Tempo medio di rilascio del parere", "Risultato (output)", "giorni", "<= 45"),
        ]),
        ("Completare la ricognizione dei vincoli paesaggistici sul territorio nazionale", 3480500.00, [
            ("Ettari di territorio ricogniti e georeferenziati", "Realizzazione fisica", "ettari", "= 45.000"),
            ("Pubblicazione della carta dei vincoli aggiornata", "Realizzazione fisica", "data", "31.12.2026"),
        ]),
    ]),
    ("CdR 2 - DG Borghi", "Direzione generale per i borghi storici e le aree interne", [
        ("Sostenere la rigenerazione dei borghi storici con meno di 5.000 abitanti", 12600000.00, [
            ("Progetti di rigenerazione finanziati", "Realizzazione finanziaria", "numero", "= 120"),
            ("Risorse erogate sul totale delle risorse assegnate", "Realizzazione finanziaria", "percentuale", "> 95%"),
            ("Borghi finanziati con incremento delle presenze turistiche", "Impatto (outcome)", "percentuale",
             "maggiore o uguale a 60,00"),
        ]),
        ("Promuovere la conoscenza del patrimonio culturale dei borghi", 845000.00, [
            ("Visitatori unici del portale nazionale dei borghi", "Risultato (output)", "numero", "=120.000"),
        ]),
    ]),
    ("CdR 3 - Segretariato", "Segretariato generale", [
        ("Digitalizzare il protocollo e i flussi documentali dell'amministrazione centrale", 520300.00, [
            ("Documenti protocollati in forma nativa digitale", "Risultato (output)", "percentuale", ">= 98%"),
        ]),
        ("Garantire la tempestività dei pagamenti ai fornitori", 95000.00, [
            ("Indicatore annuale di tempestività dei pagamenti", "Risultato (output)", "giorni", "<= 0"),
        ]),
    ]),
]
PRINTED_TOTAL = 18970800.00  # the objectives sum to 18.790.800,00: digits swapped


def build():
    name = "fam5-flat-xlsx-1"
    d = case_dir(name)
    st = xl_styles()
    F, grid = st["Font"], st["grid"]
    base = "Calibri"
    wb = Workbook()
    nota = wb.active
    nota.title = "Nota metodologica"
    nota.column_dimensions["A"].width = 110
    xl_put(nota, 1, 1, ORG, font=F(name=base, size=13, bold=True))
    xl_put(nota, 2, 1, "Piano degli indicatori e dei risultati attesi 2026", font=F(name=base, size=11))
    xl_put(nota, 4, 1, "Il presente file riporta, in un foglio per ciascun centro di responsabilità, gli obiettivi "
                       "annuali, le risorse finanziarie stanziate sul bilancio 2026 e gli indicatori con i relativi "
                       "target. Il foglio Riepilogo riporta le risorse per centro e il totale generale. I valori sono "
                       "espressi in euro.", font=F(name=base, size=10))
    nota.row_dimensions[4].height = 45
    nodes, inds = [], []
    subtotals = []
    for sheet, cdr, objs in CDR:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEF", (42, 18, 42, 24, 14, 22)):
            ws.column_dimensions[col].width = w
        xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
        xl_put(ws, 2, 1, f"Piano degli indicatori {YEAR} – Obiettivi annuali", font=F(name=base, size=10),
               wrap=False)
        xl_put(ws, 3, 1, "Centro di responsabilità:", font=F(name=base, size=10, bold=True), wrap=False)
        xl_put(ws, 3, 2, cdr, font=F(name=base, size=10, bold=True), wrap=False)
        hr = 5
        for c, h in enumerate(("Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
                               "Tipologia indicatore", "unità di misura", f"Target {YEAR}"), 1):
            xl_put(ws, hr, c, h, font=F(name=base, size=10, bold=True, color="FFFFFF"), fill="44546A",
                   border=grid, valign="center")
        r = hr + 1
        tot = 0.0
        for title, res, its in objs:
            first = r
            nodes.append(node(None, "operational", title, resources=[it_num(res)], owners=[cdr]))
            tot += res
            for nm, tip, um, t in its:
                for c, v in ((3, nm), (4, tip), (5, um), (6, t)):
                    xl_put(ws, r, c, v, font=F(name=base, size=10), border=grid)
                inds.append(ind(nm, title, unit=UNIT.get(um, um), type=tip, targets=[(YEAR, t)]))
                r += 1
            xl_put(ws, first, 1, title, font=F(name=base, size=10), border=grid)
            xl_put(ws, first, 2, res, font=F(name=base, size=10), border=grid, fmt="#,##0.00", halign="right")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                xl_box(ws, first, 1, r - 1, 2, grid)
        xl_put(ws, r, 1, "Totale risorse del centro", font=F(name=base, size=10, bold=True), border=grid)
        xl_put(ws, r, 2, tot, font=F(name=base, size=10, bold=True), border=grid, fmt="#,##0.00", halign="right")
        subtotals.append((cdr, tot))
        xl_fit_rows(ws, hr, r, pt=10)
        xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}")
        ws.freeze_panes = f"A{hr + 1}"
    rs = wb.create_sheet("Riepilogo")
    rs.column_dimensions["A"].width = 66
    rs.column_dimensions["B"].width = 22
    xl_put(rs, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(rs, 2, 1, f"Riepilogo delle risorse finanziarie per centro di responsabilità – {YEAR}",
           font=F(name=base, size=10), wrap=False)
    xl_put(rs, 4, 1, "Centro di responsabilità", font=F(name=base, size=10, bold=True, color="FFFFFF"),
           fill="44546A", border=grid)
    xl_put(rs, 4, 2, "Risorse finanziarie", font=F(name=base, size=10, bold=True, color="FFFFFF"), fill="44546A",
           border=grid)
    r = 5
    for cdr, tot in subtotals:
        xl_put(rs, r, 1, cdr, font=F(name=base, size=10), border=grid)
        xl_put(rs, r, 2, tot, font=F(name=base, size=10), border=grid, fmt="#,##0.00", halign="right")
        r += 1
    xl_put(rs, r, 1, "Totale generale", font=F(name=base, size=10, bold=True), border=grid)
    xl_put(rs, r, 2, PRINTED_TOTAL, font=F(name=base, size=10, bold=True), border=grid, fmt="#,##0.00",
           halign="right")
    xl_page(rs, landscape=False)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    real = sum(t for _, t in subtotals)
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, [
        finding("resources.sum", "Totale generale",
                f"the objectives' resources sum to {it_num(real)} but the Totale generale prints {it_num(PRINTED_TOTAL)}")],
        resources_total=it_num(PRINTED_TOTAL))
    write_readme(d, name, f"""
The workbook itself (`input.xlsx`), Calibri 10, FIVE sheets. `Nota metodologica`: the ministry, the title and a
paragraph (no data). Then ONE SHEET PER RESPONSIBILITY CENTRE (`CdR 1 - DG Paesaggio`, `CdR 2 - DG Borghi`, `CdR 3 -
Segretariato`): a title block above the table (ministry; `Piano degli indicatori 2026 – Obiettivi annuali`;
`Centro di responsabilità:` followed by the centre's name in the next cell) — the centre is NOT a column — then the
header `Descrizione obiettivo | Risorse finanziarie | Indicatori | Tipologia indicatore | unità di misura | Target
2026` (white on dark blue, frozen pane, print titles). Objective and resources cells are merged DOWN over the
objective's indicator rows; resources are number cells with format `#,##0.00` (shown `1.250.000,00`); the rest are
text (`=90%`, `<= 45`, `= 45.000`, `31.12.2026`, `= 120`, `> 95%`, `maggiore o uguale a 60,00`, `=120.000`). Each
centre sheet ends with `Totale risorse del centro` (a number, correct). Last sheet `Riepilogo`: `Centro di
responsabilità | Risorse finanziarie`, one row per centre (correct subtotals) and `Totale generale`. No weights, no
codes. Truth: each objective an `operational` node without code, owners = [the centre named in its sheet's title
block], parent null, resources as displayed; indicators point at the objective's title, type = Tipologia, units in
words mapped (`percentuale` → `%`, `giorni` → `gg`, `numero` → `N.`, `data` → `date`, `ettari` kept); resources_total =
the `Totale generale` as displayed.
""", XLSX_PRODUCER.format(script="fam6_flat.py"), [
        "one sheet per centre, the centre named in a title block above the header",
        "a prose sheet first and a summary sheet last",
        "resources as number cells `#,##0.00`, merged down with the objective",
        "per-centre total rows (correct) and a grand total on another sheet",
        "targets `=90%`, `= 45.000`, `=120.000`, `> 95%`, `maggiore o uguale a 60,00`, `31.12.2026`",
    ], [f"`resources.sum` on `Totale generale`: the objectives' resources (and the three centre subtotals) sum to "
        f"{it_num(real)}, but the Riepilogo's `Totale generale` prints {it_num(PRINTED_TOTAL)} (digits swapped)"])


if __name__ == "__main__":
    build()
