#!/usr/bin/python3
"""h11-pira-lo-1: PIRA of a national agency, workbook printed by LibreOffice.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import LO, case_dir, dnum, doc, finding, ind, node, readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h11-pira-lo-1"
ORG = "Agenzia Nazionale per la Navigazione Interna"
YEARS = [2026, 2027, 2028]

# mission -> programmes -> objectives -> indicators
# indicator: (name, type, method, unit_display, unit_truth, source, (base_value, base_fmt, base_raw), [targets])
PLAN = [
    ("013", "Diritto alla mobilità e sviluppo dei sistemi di trasporto", [
        ("009", "Sviluppo e sicurezza della navigazione interna", [
            ("13.09.01", "Rafforzare la sicurezza della navigazione sui grandi laghi e sulle idrovie", Decimal("4250000"), [
                ("Unità da diporto ispezionate sul totale delle unità iscritte", "Risultato",
                 "Unità ispezionate / unità iscritte nel registro", "%", "%", "Registro ispezioni",
                 (0.184, "0.0%", "18,4%"), [">= 20%", ">= 22%", ">= 25%"]),
                ("Sinistri con danni a persone", "Impatto", "Numero di sinistri con feriti o vittime", "numero",
                 "N.", "Capitanerie di zona", (37, "#,##0", "37"), ["<= 34", "<= 31", "<= 28"]),
            ]),
            ("13.09.02", "Ammodernare la segnaletica e gli approdi delle idrovie interregionali", Decimal("1875500"), [
                ("Chilometri di idrovia con segnaletica luminosa adeguata", "Realizzazione fisica",
                 "Somma dei tratti collaudati", "km", "km", "Ufficio tecnico",
                 (126, "#,##0", "126"), [">= 140", ">= 160", ">= 185"]),
                ("Pagamenti sugli stanziamenti per approdi", "Realizzazione finanziaria",
                 "Pagamenti / stanziamenti definitivi di competenza", "%", "%", "Contabilità",
                 (0.612, "0.0%", "61,2%"), [">= 65%", ">= 70%", ">= 75%"]),
            ]),
        ]),
        ("004", "Trasporto fluviale di merci e intermodalità", [
            ("13.04.01", "Trasferire quote di traffico merci dalla strada alla via d'acqua", Decimal("2340000"), [
                ("Merci movimentate nei porti fluviali", "Impatto", "Tonnellate sbarcate e imbarcate nell'anno",
                 "tonnellate", "t", "Sistema informativo portuale", (1284500, "#,##0", "1.284.500"),
                 [">= 1.300.000", ">= 1.350.000", ">= 1.420.000"]),
                ("Tempo medio di rilascio delle autorizzazioni al trasporto eccezionale", "Risultato",
                 "Giorni dalla domanda al rilascio / autorizzazioni rilasciate", "giorni", "gg", "Protocollo",
                 (24, '0" gg"', "24 gg"), ["<= 20 gg", "<= 18 gg", "<= 15 gg"]),
            ]),
        ]),
    ]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
        ("003", "Servizi e affari generali per le amministrazioni di competenza", [
            ("32.03.01", "Digitalizzare i procedimenti autorizzativi e il rapporto con l'utenza", Decimal("612750"), [
                ("Istanze presentate tramite lo sportello telematico", "Risultato",
                 "Istanze telematiche / istanze totali", "%", "%", "Sportello telematico",
                 (0.47, "0%", "47%"), [">= 60%", ">= 75%", ">= 90%"]),
                ("Tempestività dei pagamenti ai fornitori", "Realizzazione finanziaria",
                 "Indicatore annuale di tempestività dei pagamenti (giorni di anticipo o ritardo)", "giorni", "gg",
                 "Piattaforma crediti commerciali", (-6, '0" gg"', "-6 gg"), ["<= -6 gg", "<= -8 gg", "<= -10 gg"]),
            ]),
        ]),
    ]),
]
LEFT_OUT = "32.03.01"


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    F = "Liberation Sans"
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [10, 38, 13, 30, 9, 15, 10, 10, 10, 10, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    NC = len(widths)
    xl_put(ws, 1, 1, ORG.upper(), font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028 (allegato al bilancio di "
           "previsione 2026)", font=Font(name=F, size=10), wrap=False)
    xl_put(ws, 3, 1, "Importi in euro. Il valore 2025 è il dato di preconsuntivo.",
           font=Font(name=F, size=8, italic=True), wrap=False)
    hdr = ["Cod.", "Obiettivo / Indicatore", "Tipologia", "Metodo di calcolo", "Misura", "Fonte del dato",
           "Valore 2025", "Target 2026", "Target 2027", "Target 2028", "Risorse finanziarie 2026 (€)"]
    hf = Font(name=F, size=8, bold=True, color="FFFFFF")
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 5, c, h, font=hf, fill="3B5E2B", border=grid, halign="center", valign="center")
    ws.row_dimensions[5].height = 26
    r = 6
    nodes, inds = [], []
    body = Font(name=F, size=8)
    total = Decimal(0)
    for mc, mt, progs in PLAN:
        if mc == "032":
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, f"MISSIONE {mc} – {mt.upper()}", font=Font(name=F, size=9, bold=True, color="FFFFFF"),
               fill="6D8F5A", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)
        xl_box(ws, r, 1, r, NC, grid)
        r += 1
        for pc, pt, objs in progs:
            xl_put(ws, r, 1, f"Programma {mc}.{pc} – {pt}", font=Font(name=F, size=8.5, bold=True, italic=True),
                   fill="DCE8D2", border=grid)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)
            xl_box(ws, r, 1, r, NC, grid)
            r += 1
            sub = Decimal(0)
            for oc, ot, res, ks in objs:
                xl_put(ws, r, 1, oc, font=Font(name=F, size=8, bold=True), fill="F2F2F2", border=grid)
                xl_put(ws, r, 2, ot, font=Font(name=F, size=8, bold=True), fill="F2F2F2", border=grid)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=NC - 1)
                xl_box(ws, r, 2, r, NC - 1, grid)
                xl_put(ws, r, NC, float(res), font=Font(name=F, size=8, bold=True), fill="F2F2F2", border=grid,
                       fmt="#,##0.00", halign="right")
                raw_res = dnum(res)
                nodes.append(node(oc, "strategic", ot, resources=[raw_res], mission=mc, programme=pc))
                sub += res
                total += res if oc != LEFT_OUT else 0
                r += 1
                for kn, kt, km, ud, ut, src, (bv, bf, braw), tg in ks:
                    vals = [None, kn, kt, km, ud, src, bv] + tg + [None]
                    for c, v in enumerate(vals, 1):
                        xl_put(ws, r, c, v, font=body, border=grid, fmt=bf if c == 7 else None,
                               halign="right" if c >= 7 else None, indent=1 if c == 2 else 0)
                    inds.append(ind(kn, oc, unit=ut, type=kt, formula_text=km, baselines=[(2025, braw)],
                                    targets=list(zip(YEARS, tg)), owners=[]))
                    r += 1
            xl_put(ws, r, 1, f"Totale programma {mc}.{pc}", font=Font(name=F, size=8, italic=True), border=grid,
                   halign="right")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC - 1)
            xl_box(ws, r, 1, r, NC - 1, grid)
            xl_put(ws, r, NC, float(sub), font=Font(name=F, size=8, italic=True), border=grid, fmt="#,##0.00",
                   halign="right")
            r += 1
    xl_put(ws, r, 1, "TOTALE GENERALE RISORSE DESTINATE AGLI OBIETTIVI", font=Font(name=F, size=9, bold=True),
           fill="DCE8D2", border=grid, halign="right")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC - 1)
    xl_box(ws, r, 1, r, NC - 1, grid)
    xl_put(ws, r, NC, float(total), font=Font(name=F, size=9, bold=True), fill="DCE8D2", border=grid,
           fmt="#,##0.00", halign="right")
    last = r
    # the source column of the indicator rows is used for the row-height estimate, the merged bands do not wrap
    xl_fit_rows(ws, 6, last, pt=8)
    xl_page(ws, landscape=True, title_rows="5:5", margins=0.4)
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddHeader.right.text = "PIRA 2026-2028"
    xlsx_to_pdf(wb, d)
    true_total = sum(n for _, _, progs in PLAN for _, _, objs in progs for _, _, n, _ in objs)
    findings = [finding("resources.sum", "total",
                        f"the objectives' resources sum to {dnum(true_total)} but the grand total prints "
                        f"{dnum(total)} (objective {LEFT_OUT} left out)")]
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, findings, resources_total=dnum(total))
    readme(d, NAME, "Genre: **pira**", LO.format(script="h11_pira.py"), """
Landscape A4, Liberation Sans 8 pt, thin grey grid, printed by LibreOffice (header row repeated as print title,
`Pagina n di N` footer, `PIRA 2026-2028` header right). Three title lines (the agency in capitals, the PIRA title,
an italic line saying amounts are in euro and the 2025 value is preconsuntivo). ONE table `Cod. | Obiettivo /
Indicatore | Tipologia | Metodo di calcolo | Misura | Fonte del dato | Valore 2025 | Target 2026 | Target 2027 |
Target 2028 | Risorse finanziarie 2026 (€)`. The hierarchy is an OUTLINE of full-width merged bands: `MISSIONE 013 –
<NAME IN CAPITALS>` (dark green), `Programma 013.009 – <name>` (light green, italic; the programme code prefixed by
the mission code). Objective rows: code `13.09.01` in `Cod.`, title merged over the middle columns, resources as a
number cell (`#,##0.00`, no currency sign: the header says €) in the LAST column. Indicator rows (indented names, no
codes) carry type, method in words, unit in words (`numero`, `giorni`, `km`, `tonnellate`, `%`), source, the 2025
value as a number cell with a display format (`18,4%`, `1.284.500`, `24 gg`, `-6 gg`) and three targets as text with
ASCII operators (`>= 20%`, `<= 34`, `<= -6 gg`). Each programme closes with an italic `Totale programma 013.009` row;
the table closes with `TOTALE GENERALE RISORSE DESTINATE AGLI OBIETTIVI`. Truth: objectives level `strategic`,
mission and programme three-digit codes, resources as displayed; indicators uncoded with type, formula_text (the
method in words), unit, baseline 2025, targets 2026-2028; resources_total = the printed grand total (programme
subtotals are not in truth).
""", [
        "input: `input.pdf`",
        "mission/programme as an outline of merged bands, programme printed as `013.009`",
        "resources in the last column of the objective row, plain `#,##0.00`",
        "per-programme subtotal rows plus a grand total",
        "units in words in a `Misura` column; a negative baseline and negative targets (`<= -6 gg`)",
        "ASCII operators; a manual page break before mission 032, header row repeated on page 2",
    ], [f"`resources.sum`: the grand total prints {dnum(total)} while the four objectives sum to "
        f"{dnum(true_total)} (the SUM leaves out objective `{LEFT_OUT}`; the programme subtotals are right)"])


if __name__ == "__main__":
    main()
