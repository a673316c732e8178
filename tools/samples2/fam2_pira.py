#!/usr/bin/python3
"""Family: PIRA with all years in one target cell (chambers of commerce). LibreOffice: one
table, MISSIONE/PROGRAMMA band rows, the target cell `Anno 2025: >= 90% Anno 2026: … Anno 2027: …`
as running text wrapped by the column, a resources column and a printed total. Chromium:
MISSIONE/PROGRAMMA as headings between separate tables, targets on one line."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

YEARS = [2025, 2026, 2027]
MISSIONS = {
    "011": "Competitività e sviluppo delle imprese",
    "012": "Regolazione dei mercati",
    "016": "Commercio internazionale ed internazionalizzazione del sistema produttivo",
    "032": "Servizi istituzionali e generali delle amministrazioni pubbliche",
}
PROGRAMMES = {
    ("011", "005"): "Regolamentazione, incentivazione dei settori imprenditoriali, riduzione dei costi e "
                    "ricerca e sviluppo",
    ("012", "004"): "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    ("016", "005"): "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy",
    ("032", "004"): "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche",
}


def target_text(tg):
    return " ".join(f"Anno {y}: {t}" for y, t in zip(YEARS, tg))


def monteverde():
    name = "fam2-pira-lo-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura di Monteverde"
    objs = [
        ("011", "005", "01", "Sostenere la digitalizzazione delle micro e piccole imprese", "€ 1.179.220,00", [
            ("Imprese assistite dal Punto Impresa Digitale", "PID_ass", ["PID_ass"], "Volume", "N.", "412",
             [">= 450", ">= 480", ">= 500"]),
            ("Voucher digitali liquidati sul totale concessi", "VOU_liq / VOU_conc", ["VOU_liq", "VOU_conc"],
             "Efficacia", "%", "87%", [">= 90%", ">= 95%", ">= 100%"]),
        ]),
        ("012", "004", "02", "Garantire la tempestività dei servizi anagrafico-certificativi", "€ 842.310,50", [
            ("Pratiche del Registro Imprese evase entro 5 giorni", "RI_5gg / RI_tot", ["RI_5gg", "RI_tot"],
             "Efficienza", "%", "91,2%", ["> 92%", "> 93%", "> 95%"]),
            ("Tempo medio di lavorazione delle pratiche", "GG_lav / RI_tot", ["GG_lav", "RI_tot"], "Efficienza",
             "gg", "3,4", ["<= 3,2 gg", "<= 3,0 gg", "<= 2,8 gg"]),
        ]),
        ("032", "004", "03", "Assicurare la solidità economico-finanziaria dell'ente", "€ 315.000,00", [
            ("Indice di equilibrio strutturale", "(PROV_corr - ONE_str) / PROV_corr", ["PROV_corr", "ONE_str"],
             "Salute economica", "%", "4,62%",
             ["Maggiore o uguale al 4,85%", "Maggiore o uguale al 5,00%", "Maggiore o uguale al 5,20%"]),
        ]),
    ]
    total = "€ 2.336.530,50"
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=8.5), Font(name=fn, size=8.5, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIRA 2025-2027"
    widths = [30, 14, 28, 20, 11, 6, 9, 19]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio (PIRA) 2025-2027",
           font=Font(name=fn, size=10), wrap=False)
    head = ["Obiettivo strategico", "Risorse 2025", "Indicatore", "Algoritmo", "Tipologia", "U.M.",
            "Valore 2024", "Target 2025-2027"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 4, c, v, font=f_b, fill="C6E0B4", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    cur = None
    for mis, prog, code, title, res, ilist in objs:
        if mis != cur:
            xl_put(ws, r, 1, f"MISSIONE {mis} - {MISSIONS[mis]}", font=f_b, fill="E2EFDA", border=grid, wrap=False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            xl_box(ws, r, 1, r, 8, grid)
            r += 1
            cur = mis
        xl_put(ws, r, 1, f"PROGRAMMA {prog} - {PROGRAMMES[(mis, prog)]}", font=Font(name=fn, size=8.5, italic=True),
               border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        xl_box(ws, r, 1, r, 8, grid)
        r += 1
        n = len(ilist)
        xl_put(ws, r, 1, f"{code} - {title}", font=f_b, border=grid)
        xl_put(ws, r, 2, res, font=f_n, border=grid, halign="right")
        if n > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=prog))
        for iname, formula, variables, typ, unit, base, tg in ilist:
            for c, v in enumerate([iname, formula, typ, unit, base, target_text(tg)], 3):
                xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c in (6, 7) else None)
            inds.append(ind(iname, code, unit=unit, formula=formula, variables=variables, type=typ,
                            baselines=[(2024, base)], targets=list(zip(YEARS, tg))))
            r += 1
        xl_box(ws, r - n, 1, r - 1, 8, grid)
    xl_put(ws, r, 1, "Totale risorse", font=f_b, border=grid)
    xl_put(ws, r, 2, total, font=f_b, border=grid, halign="right")
    xl_box(ws, r, 1, r, 8, grid)
    xl_fit_rows(ws, 4, r, pt=8.5)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, YEARS)], nodes, inds, resources_total=total)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, ruled grid, Liberation Sans 8.5 pt. One table
`Obiettivo strategico | Risorse 2025 | Indicatore | Algoritmo | Tipologia | U.M. | Valore 2024 | Target 2025-2027`.
Full-width band rows `MISSIONE 011 - Competitività e sviluppo delle imprese` (bold) and `PROGRAMMA 005 - …` (italic) open
each group; the objective cell `01 - Sostenere …` and its resources `€ 1.179.220,00` are merged over the indicator rows.
The target cell holds the three years as ONE run of text, `Anno 2025: >= 90% Anno 2026: >= 95% Anno 2027: >= 100%`,
wrapped by the column wherever it ends (the year label and its value may fall on different lines). Word operators in
one row: `Anno 2025: Maggiore o uguale al 4,85% …`. A last row `Totale risorse` prints `€ 2.336.530,50` (correct sum).
Truth: one target per year, raw = the text after `Anno <year>: ` up to the next `Anno`; baseline 2024 from `Valore 2024`;
objectives level `strategic` with mission/programme codes (`011`/`005`) and their resources; resources_total as printed.
""", "Workbook written with openpyxl by `tools/samples2/fam2_pira.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["all years in one wrapped cell (not one per line)", "MISSIONE and PROGRAMMA as separate band rows",
                  "word operators `Maggiore o uguale al 4,85%`, strict `> 92%`", "resources with `€` before the amount",
                  "printed total of resources"], [])


def alpi():
    name = "fam2-pira-chromium-2"
    org = "Camera di Commercio delle Alpi Orientali"
    objs = [
        ("011", "005", "OS1", "Favorire l'accesso al credito delle piccole e medie imprese", "€ 179.220,00", [
            ("Imprese beneficiarie di contributi per l'accesso al credito", "IMP_cred", ["IMP_cred"], "Volume",
             "N.", [">= 120", ">= 130", ">= 140"]),
            ("Indice di utilizzo del fondo di garanzia", "FON_util / FON_disp", ["FON_util", "FON_disp"],
             "Efficacia", "N.", [">= 0,85", ">= 0,88", "= 0,90"]),
        ]),
        ("016", "005", "OS2", "Promuovere la presenza delle imprese del territorio sui mercati esteri", "€ 254.600,00", [
            ("Imprese accompagnate sui mercati esteri", "EXP_acc", ["EXP_acc"], "Volume", "N.",
             [">= 60", ">= 70", ">= 80"]),
            ("Imprese soddisfatte delle iniziative di promozione", "SOD_pos / QUEST_tot", ["SOD_pos", "QUEST_tot"],
             "Qualità", "%", ["> 95%", "> 95%", "> 95%"]),
        ]),
        ("012", "004", "OS3", "Rafforzare la vigilanza metrologica e la tutela del consumatore", "€ 96.450,00", [
            ("Verifiche metrologiche effettuate", "VER_eff", ["VER_eff"], "Volume", "N.",
             ["= 300", "= 320", "= 340"]),
        ]),
    ]
    css = """body { font-family: "Liberation Serif", serif; font-size: 9pt; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 2pt 0 8pt 0; }
h3 { font-size: 9.5pt; margin: 10pt 0 0 0; } h4 { font-size: 9pt; font-weight: normal; font-style: italic;
margin: 1pt 0 4pt 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 4pt; }
th { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; padding: 2pt 3pt; text-align: left;
font-size: 8pt; }
td { padding: 2pt 3pt; vertical-align: top; border-bottom: 0.3pt solid #bbb; }
td.r { text-align: right; white-space: nowrap; } td.t { white-space: nowrap; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Piano degli indicatori e dei risultati attesi di bilancio – triennio 2025-2027</h2>"]
    nodes, inds = [], []
    for mis, prog, code, title, res, ilist in objs:
        h.append(f"<h3>MISSIONE {mis} - {esc(MISSIONS[mis])}</h3>")
        h.append(f"<h4>PROGRAMMA {prog} - {esc(PROGRAMMES[(mis, prog)])}</h4>")
        h.append("<table><thead><tr><th style='width:22%'>Obiettivo</th><th>Risorse</th>"
                 "<th style='width:22%'>Indicatore</th><th>Algoritmo</th><th>Tipologia</th><th>U.M.</th>"
                 "<th>Target</th></tr></thead><tbody>")
        n = len(ilist)
        rs = f" rowspan={n}" if n > 1 else ""
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=prog))
        for k, (iname, formula, variables, typ, unit, tg) in enumerate(ilist):
            h.append("<tr>")
            if k == 0:
                h.append(f"<td{rs}><b>{code}</b> {esc(title)}</td><td class=r{rs}>{esc(res)}</td>")
            h.append(f"<td>{esc(iname)}</td><td>{esc(formula)}</td><td>{typ}</td><td>{unit}</td>"
                     f"<td class=t>{esc(target_text(tg))}</td></tr>")
            inds.append(ind(iname, code, unit=unit, formula=formula, variables=variables, type=typ,
                            targets=list(zip(YEARS, tg))))
        h.append("</tbody></table>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css, landscape=True, margin="12mm"), os.path.join(d, "input.pdf"))
    bad = "Indice di utilizzo del fondo di garanzia"
    write_truth(d, [doc(org, YEARS)], nodes, inds, [finding(
        "target.operator", bad, "the operator changes without reason: `>= 0,85`, `>= 0,88`, then `= 0,90` in 2027")])
    write_readme(d, name, """
Landscape A4, Chromium, Liberation Serif 9 pt. Per objective: a heading `MISSIONE 011 - …`, an italic heading
`PROGRAMMA 005 - …`, then a small borderless table (rules above and below the header, hairlines between rows)
`Obiettivo | Risorse | Indicatore | Algoritmo | Tipologia | U.M. | Target`. The objective cell `OS1 Favorire …` (code
in bold, no dash) and its resources `€ 179.220,00` span the indicator rows. The target cell prints the three years on ONE
line: `Anno 2025: >= 120 Anno 2026: >= 130 Anno 2027: >= 140`. No baselines, no total. The header repeats for every table
(one table per objective, headings between them). Truth: one target per year, raw = the text after `Anno <year>: ` up to
the next `Anno`; objectives level `strategic` with mission/programme codes and resources.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_pira.py`.",
                 ["MISSIONE/PROGRAMMA as headings between separate tables, not band rows",
                  "three years on one unwrapped line", "code in bold inside the objective cell, no separator",
                  "`> 95%` strict operator, `= 300` targets"],
                 ["`target.operator` on `Indice di utilizzo del fondo di garanzia`: `>= 0,85`, `>= 0,88`, then "
                  "`= 0,90` in 2027: the operator changes without reason"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        monteverde()
    if "chromium" in which:
        alpi()
