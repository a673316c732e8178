#!/usr/bin/python3
"""Family: PIRA with all years in one target cell. Workbook kept as .xlsx: a chamber of commerce's
PIRA 2015-2017 with MISSIONE and PROGRAMMA as vertically merged COLUMNS, resources and baselines as
number cells (`"€ "#,##0.00`, `0.0%`, `0.00%`), a total row. Chromium: portrait, 2016-2018, each
mission opened by a box `Missione: 1 | 011 - …` / `Programma: 1 | 005 - …` (ordinal next to the
budget code), the target cell wrapping the three years."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct, node,  # noqa: E402
                     q, vars_of, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save,
                     xl_styles)

MISSIONS = {
    "011": "Competitività e sviluppo delle imprese",
    "012": "Regolazione dei mercati",
    "032": "Servizi istituzionali e generali delle amministrazioni pubbliche",
}
PROGRAMMES = {
    "005": "Regolamentazione, incentivazione dei settori imprenditoriali, riduzione dei costi e ricerca e sviluppo",
    "004": "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    "004g": "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche",
}


def borgonero():
    name = "fam3-pira-xlsx-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura di Borgonero"
    Y = [2015, 2016, 2017]
    BASE = 2014
    # (mission, programme key, code, title, resources, [indicators]); indicator: name, algoritmo, tipologia, U.M.,
    # unit, baseline (value, format), targets, one-per-line?
    objs = [
        ("011", "005", "1.1", "Sostenere la nascita di nuove imprese e l'autoimprenditorialità giovanile", 179220.00, [
            ("Aspiranti imprenditori assistiti dal servizio Nuove Imprese", "N_asp_ass", "Volume", "N.", "N.",
             (412, "#,##0"), [">= 430", ">= 450", ">= 470"], False),
            ("Imprese avviate sul totale degli aspiranti assistiti", "N_imp_avv / N_asp_ass", "Efficacia", "%", "%",
             (0.184, "0.0%"), [">= 20%", ">= 22%", ">= 25%"], False)]),
        ("011", "005", "1.2", "Favorire l'accesso al credito delle micro e piccole imprese", 1250000.00, [
            ("Garanzie attivate tramite i confidi convenzionati", "Imp_gar", "Volume", "€", "EUR",
             (3821500, '"€ "#,##0'), [">= € 4.000.000", ">= € 4.200.000", ">= € 4.500.000"], False),
            ("Tempo medio di liquidazione dei contributi in conto interessi", "GG_liq / N_contr", "Efficienza", "gg",
             "gg", (47, "0"), ["<= 45 gg", "<= 40 gg", "<= 35 gg"], False)]),
        ("012", "004", "2.1", "Garantire la tempestività e la qualità del Registro delle imprese", 842310.50, [
            ("Pratiche del Registro delle imprese evase entro 5 giorni", "RI_5gg / RI_tot", "Efficienza", "%", "%",
             (0.874, "0.0%"), [">= 90%", ">= 95%", ">= 100%"], False),
            ("Visite ispettive metrologiche effettuate", "N_isp_metr", "Volume", "N.", "N.", (286, "#,##0"),
             ["= 300", "= 320", "= 340"], False)]),
        ("032", "004g", "3.1", "Assicurare l'equilibrio economico-finanziario dell'ente", 315000.00, [
            ("Incidenza dei costi strutturali sui proventi correnti", "(ONE_pers + ONE_funz) / PROV_corr",
             "Salute economica", "%", "%", (0.5812, "0.00%"), ["<= 57%", "<= 56%", "<= 55%"], True),
            ("Tasso di riscossione del diritto annuale", "DA_risc / DA_dov", "Efficacia", "%", "%",
             (0.7215, "0.00%"), ["Maggiore o uguale al 73,00%", "Maggiore o uguale al 74,00%",
                                 "Maggiore o uguale al 75,00%"], False)]),
    ]
    total = sum(o[4] for o in objs)

    def disp(v, fmt):
        return {"#,##0": lambda: it_num(v, 0), "0": lambda: it_num(v, 0), "0.0%": lambda: it_pct(v, 1),
                "0.00%": lambda: it_pct(v, 2), '"€ "#,##0': lambda: "€ " + it_num(v, 0),
                '"€ "#,##0.00': lambda: "€ " + it_num(v, 2)}[fmt]()

    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Calibri"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIRA 2015-2017"
    widths = [20, 24, 28, 15, 28, 20, 12, 6, 11, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio – triennio 2015-2017 "
                     "(art. 19 D.Lgs. 91/2011)", font=Font(name=fn, size=10), wrap=False)
    head = ["Missione", "Programma", "Obiettivo", "Risorse 2015", "Indicatore", "Algoritmo di calcolo", "Tipologia",
            "U.M.", f"Valore iniziale {BASE}", "Target triennio 2015-2017"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 4, c, v, font=f_b, fill="BDD7EE", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    spans = {}   # mission -> [first, last], (mission, prog) -> [first, last]
    for mis, pk, code, title, res, ilist in objs:
        n = len(ilist)
        first = r
        for k, (iname, alg, tip, um, unit, (bv, bf), tg, lines) in enumerate(ilist):
            sep = "\n" if lines else " "
            ttext = sep.join(f"Anno {y}: {t}" for y, t in zip(Y, tg))
            for c, v in ((5, iname), (6, alg), (7, tip), (8, um)):
                xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c == 8 else None)
            xl_put(ws, r, 9, bv, font=f_n, border=grid, fmt=bf, halign="right")
            xl_put(ws, r, 10, ttext, font=f_n, border=grid)
            inds.append(ind(iname, code, unit=unit, type=tip, formula=alg, variables=vars_of(alg),
                            baselines=[(BASE, disp(bv, bf))], targets=list(zip(Y, tg))))
            r += 1
        xl_put(ws, first, 3, f"{code} - {title}", font=f_n, border=grid)
        xl_put(ws, first, 4, res, font=f_n, border=grid, fmt='"€ "#,##0.00', halign="right")
        if n > 1:
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
        xl_box(ws, first, 1, r - 1, 10, grid)
        spans.setdefault(mis, [first, r - 1])[1] = r - 1
        spans.setdefault((mis, pk), [first, r - 1])[1] = r - 1
        nodes.append(node(code, "strategic", title, resources=[disp(res, '"€ "#,##0.00')], mission=mis,
                          programme=pk[:3]))
    for key, (a, b) in spans.items():
        if isinstance(key, str):
            xl_put(ws, a, 1, f"{key} - {MISSIONS[key]}", font=f_b, border=grid)
            col = 1
        else:
            xl_put(ws, a, 2, f"{key[1][:3]} - {PROGRAMMES[key[1]]}", font=f_n, border=grid)
            col = 2
        if b > a:
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    xl_put(ws, r, 1, "Totale risorse", font=f_b, fill="DDEBF7", border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r, 4, total, font=f_b, fill="DDEBF7", border=grid, fmt='"€ "#,##0.00', halign="right")
    xl_box(ws, r, 1, r, 10, grid)
    xl_fit_rows(ws, 4, r, pt=9, narrow=0.85, line=1.3)
    # merged objective cells spread their lines over their rows: give every indicator row room enough
    xl_put(ws, r + 2, 1, "I valori iniziali si riferiscono al consuntivo 2014. Le risorse sono quelle stanziate nel "
                         "preventivo economico 2015 per ciascun obiettivo strategico.",
           font=Font(name=fn, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:4")
    ws.oddFooter.left.text = org
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "&P/&N"
    ws.oddFooter.right.size = 7
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y)], nodes, inds, resources_total=disp(total, '"€ "#,##0.00'))
    write_readme(d, name, """
The workbook itself (`input.xlsx`), one sheet `PIRA 2015-2017`, Calibri 9, ruled, landscape print setup with the header
row repeated. Title rows, then `Missione | Programma | Obiettivo | Risorse 2015 | Indicatore | Algoritmo di calcolo |
Tipologia | U.M. | Valore iniziale 2014 | Target triennio 2015-2017`. MISSIONE and PROGRAMMA are not band rows but
the first two COLUMNS, their cells merged vertically over all the rows of the mission / programme
(`011 - Competitività e sviluppo delle imprese`, `005 - Regolamentazione, …`); the objective cell `1.1 - title` and
its resources are merged over the objective's indicator rows. Resources are number cells with format `"€ "#,##0.00`
(→ `€ 179.220,00`); baselines are number cells (`#,##0` → `412`, `0.0%` → `87,4%`, `0.00%` → `58,12%`, `"€ "#,##0`
→ `€ 3.821.500`). Each target cell holds the three years as one text, `Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017:
>= 100%` (one cell puts one year per line). A last row `Totale risorse` (`€ 2.586.530,50`, a number, correct) and an
italic note. Truth: objectives `strategic` with mission/programme codes and resources as displayed; one target per
year (raw = the text after `Anno <year>: ` up to the next `Anno`); baseline 2014; resources_total as displayed.
""", "Workbook (.xlsx) written with openpyxl by `tools/samples3/fam3_pira.py` and kept as the input.",
                 ["workbook input, number formats `\"€ \"#,##0.00`, `0.0%`, `0.00%`, `#,##0`",
                  "MISSIONE/PROGRAMMA as vertically merged columns", "years 2015-2017, `Valore iniziale 2014`",
                  "all years in one cell, one cell with line breaks", "targets `>= € 4.000.000`, `<= 45 gg`, "
                  "`Maggiore o uguale al 73,00%`", "printed total (correct)"], [])


def orsa():
    name = "fam3-pira-chromium-2"
    org = "Camera di Commercio di Valle dell'Orsa"
    Y = [2016, 2017, 2018]
    BASE = 2015
    missions = [
        ("011", "005", [
            ("A1", "Promuovere la transizione digitale delle imprese del territorio", "€ 620.000,00", [
                ("Imprese partecipanti agli eventi di orientamento digitale", "N_imp_ev", "Volume", "N.", "N.", "380",
                 [">= 400", ">= 450", ">= 500"]),
                ("Voucher digitali erogati sul totale delle domande ammesse", "VOU_erog / VOU_amm", "Efficacia", "%",
                 "%", "81%", [">= 85%", ">= 90%", "N/D"])]),
            ("A2", "Sostenere la competitività delle filiere agroalimentari locali attraverso progetti di "
                   "valorizzazione dei prodotti tipici", "€ 410.500,00", [
                ("Imprese agroalimentari coinvolte in progetti di filiera", "N_imp_fil", "Volume", "N.", "N.", "95",
                 [">= 100", ">= 110", ">= 120"]),
                ("Risorse destinate ai progetti di filiera sul totale degli interventi economici", "Imp_fil /",
                 "Efficacia", "%", "%", "12,5%", ["> 13%", "> 14%", "> 15%"])]),
        ]),
        ("012", "004", [
            ("B1", "Rafforzare la vigilanza sulla sicurezza e sulla conformità dei prodotti", "€ 185.000,00", [
                ("Controlli su prodotti effettuati", "N_contr", "Volume", "N.", "N.", "240", ["= 250", "= 260", "= 280"]),
                ("Verbali di contestazione notificati entro 60 giorni", "VER_60 / VER_tot", "Efficienza", "%", "%",
                 "93,4%", [">= 95%", ">= 97%", ">= 98%"])]),
        ]),
        ("032", "004g", [
            ("C1", "Migliorare l'efficienza dei servizi di supporto", "€ 96.000,00", [
                ("Costo medio di gestione per pratica", "ONE_gest / N_prat", "Efficienza", "€", "EUR", "€ 14,20",
                 ["<= € 14,00", "<= € 13,50", "<= € 13,00"]),
                ("Tempo medio di pagamento delle fatture", "GG_pag / N_fat", "Efficienza", "gg", "gg", "28 gg",
                 ["<= 25 gg", "<= 22 gg", "<= 20 gg"])]),
        ]),
    ]
    total = "€ 1.311.500,00"
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.6pt; }
h1 { font-size: 13pt; margin: 0; text-align: center; } h2 { font-size: 10pt; font-weight: normal; text-align: center; margin: 1mm 0 5mm 0; }
p.pre { text-align: justify; font-size: 9pt; }
table.mp { border-collapse: collapse; width: 100%; margin: 6mm 0 1.5mm 0; font-size: 9pt; }
table.mp td { border: 0.8pt solid #333; padding: 2pt 4pt; background: #fbe9d0; }
table.mp td.k { width: 25mm; font-weight: bold; white-space: nowrap; } table.mp td.c { width: 12mm; font-weight: bold; }
table.t { border-collapse: collapse; width: 100%; }
table.t th { border: 0.5pt solid #555; background: #eee; padding: 2pt; font-size: 7.8pt; }
table.t td { border: 0.5pt solid #555; padding: 2pt 3pt; vertical-align: top; }
table.t td.r { text-align: right; white-space: nowrap; } table.t tr { break-inside: avoid; }
table.tot { width: 100%; margin-top: 5mm; border-top: 1.2pt solid #000; font-weight: bold; }"""
    h = [f"<h1>{esc(org)}</h1>",
         f"<h2>Piano degli indicatori e dei risultati attesi di bilancio {Y[0]}-{Y[-1]}</h2>",
         "<p class=pre>Il Piano è redatto secondo le linee guida del decreto ministeriale 27 marzo 2013. Gli obiettivi "
         "sono raggruppati per missione e programma della spesa; per ciascun obiettivo sono indicate le risorse "
         f"stanziate nel preventivo {Y[0]}, gli indicatori con il relativo algoritmo di calcolo, il valore di "
         f"partenza al 31.12.{BASE} e i target attesi per ciascun anno del triennio.</p>"]
    head = ["Obiettivo strategico", "Risorse (€)", "Indicatore", "Algoritmo", "Tipologia", "U.M.",
            f"Valore di partenza {BASE}", f"Target {Y[0]}-{Y[-1]}"]
    widths = [19, 10, 19, 13, 9, 5, 9, 16]
    nodes, inds = [], []
    for k, (mis, pk, objs) in enumerate(missions, 1):
        h.append(f"<table class=mp><tr><td class=k>Missione: {k}</td><td class=c>{mis}</td>"
                 f"<td>{esc(MISSIONS[mis])}</td></tr><tr><td class=k>Programma: 1</td><td class=c>{pk[:3]}</td>"
                 f"<td>{esc(PROGRAMMES[pk])}</td></tr></table>")
        h.append("<table class=t><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) +
                 "</colgroup><thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in head) + "</tr></thead><tbody>")
        for code, title, res, ilist in objs:
            n = len(ilist)
            nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=pk[:3]))
            for j, (iname, alg, tip, um, unit, base, tg) in enumerate(ilist):
                row = ""
                if j == 0:
                    row += (f"<td rowspan={n}><b>{code}</b> – {esc(title)}</td>"
                            f"<td rowspan={n} class=r>{esc(res.replace('€ ', ''))}</td>")
                ttext = " ".join(f"Anno {y}: {t}" for y, t in zip(Y, tg))
                row += "".join(f"<td>{esc(x)}</td>" for x in (iname, alg, tip, um, base, ttext))
                h.append(f"<tr>{row}</tr>")
                inds.append(ind(iname, code, unit=unit, type=tip, formula=alg, variables=vars_of(alg) or
                                (["Imp_fil"] if alg == "Imp_fil /" else []),
                                baselines=[(BASE, base)], targets=list(zip(Y, tg))))
        h.append("</tbody></table>")
    h.append(f"<table class=tot><tr><td>Totale risorse destinate agli obiettivi strategici</td>"
             f"<td style='text-align:right'>{total}</td></tr></table>")
    # truth resources are printed without the euro sign in the table
    for n_ in nodes:
        n_["resources"] = [{"raw": r_["raw"].replace("€ ", "")} for r_ in n_["resources"]]
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="15mm 12mm 16mm 12mm",
                            bottom_center=q(f"{org} – PIRA {Y[0]}-{Y[-1]} – pag. ") + " counter(page)",
                            hf_font='7.5pt "Liberation Sans"'), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y)], nodes, inds, [
        finding("target.missing", "Voucher digitali erogati sul totale delle domande ammesse",
                "the target cell prints `Anno 2018: N/D`: no target for 2018, a year the plan covers"),
        finding("formula.incomplete", "Risorse destinate ai progetti di filiera sul totale degli interventi economici",
                "the algorithm `Imp_fil /` has no denominator")], resources_total=total)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Sans 8.6 pt, ruled. Centred title, `Piano degli indicatori e dei risultati attesi di
bilancio 2016-2018`, a paragraph of prose. Each mission opens with a small shaded box of two rows:
`Missione: 1 | 011 | Competitività e sviluppo delle imprese` and `Programma: 1 | 005 | Regolamentazione, …` — the
number after the colon is the ordinal of the mission (1, 2, 3) / programme in the document, NOT the budget code; the
three-digit code stands in the next cell. Then a table `Obiettivo strategico | Risorse (€) | Indicatore | Algoritmo |
Tipologia | U.M. | Valore di partenza 2015 | Target 2016-2018`, header repeated per table; the objective cell
(`A1 – title`, code in bold) and its resources (bare `620.000,00`) span the indicator rows. The target cell runs the
three years together (`Anno 2016: >= 400 Anno 2017: >= 450 Anno 2018: >= 500`), wrapped by the narrow column wherever
it ends. A closing line `Totale risorse destinate agli obiettivi strategici` prints `€ 1.311.500,00` (correct sum).
Footer with body, PIRA period and page number. Truth: objectives `strategic`, mission/programme = the three-digit
codes (`011`/`005`), resources as printed in the cell (no € sign); one target per year (text after `Anno <year>: `
up to the next `Anno`); baseline 2015; resources_total as printed.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_pira.py`.",
                 ["`Missione: 1` (ordinal) next to the code `011` in a box per mission",
                  "years 2016-2018 wrapped in a narrow portrait column", "targets in euro `<= € 14,00`, strict `> 13%`",
                  "resources without € in the cells, with € in the total", "prose before the tables"],
                 ["`target.missing` on `Voucher digitali erogati sul totale delle domande ammesse`: `Anno 2018: N/D`",
                  "`formula.incomplete` on `Risorse destinate ai progetti di filiera sul totale degli interventi "
                  "economici`: the algorithm `Imp_fil /` lacks its denominator"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["xlsx", "chromium"]
    if "xlsx" in which:
        borgonero()
    if "chromium" in which:
        orsa()
