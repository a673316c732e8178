#!/usr/bin/python3
"""h9-record-lo-1: record blocks (nota integrativa) of a national institute, workbook printed by LibreOffice.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import LO, case_dir, dnum, doc, ind, node, readme, vars_of, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h9-record-lo-1"
ORG = "Istituto per la Vigilanza sulle Acque Interne"
YEARS = [2026, 2027, 2028]
M18 = ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente")
P12 = ("012", "Tutela e gestione delle risorse idriche e contrasto all'inquinamento delle acque")
M32 = ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche")
P03 = ("003", "Servizi e affari generali per le amministrazioni di competenza")
UNITS = {"Numero": "N.", "Giorni": "gg", "Percentuale": "%"}

OBJ = [
    ("18.12.01", "Potenziare il monitoraggio dello stato ecologico dei corpi idrici fluviali", M18, P12,
     "Direzione monitoraggio e laboratori", 2145300, [
         ("18.12.01.a", "Stazioni di monitoraggio fluviale campionate almeno quattro volte nell'anno", "Realizzazione fisica",
          "Numero", "N_STAZ_4CAMP", 0.5, "212", ["≥ 220", "≥ 230", "≥ 240"]),
         ("18.12.01.b", "Tempo medio di refertazione delle analisi chimico-fisiche", "Risultato (output)", "Giorni",
          "GG_REFERT_TOT / N_CAMPIONI", 0.5, "34", ["≤ 30", "≤ 28", "≤ 25"]),
     ]),
    ("18.12.02", "Ridurre i prelievi idrici non autorizzati nei bacini di competenza", M18, P12,
     "Direzione vigilanza e controlli", 1318750, [
         ("18.12.02.a", "Sopralluoghi ispettivi su derivazioni e pozzi", "Realizzazione fisica", "Numero", "N_SOPRALL",
          0.4, "1.036", ["≥ 1.100", "≥ 1.150", "≥ 1.200"]),
         ("18.12.02.b", "Derivazioni abusive accertate e regolarizzate entro l'anno", "Risultato (output)", "Percentuale",
          "DER_REGOL / DER_ACCERT * 100", 0.35, "62%", ["≥ 65%", "≥ 70%", "≥ 75%"]),
         ("18.12.02.c", "Sanzioni riscosse sul totale delle sanzioni irrogate", "Realizzazione finanziaria", "Percentuale",
          "SANZ_RISC / SANZ_IRROG * 100", 0.25, "48%", ["≥ 50%", "≥ 55%", "≥ 60%"]),
     ]),
    ("32.03.01", "Completare la transizione al fascicolo documentale digitale", M32, P03,
     "Direzione affari generali e personale", 486200, [
         ("32.03.01.a", "Procedimenti gestiti interamente con fascicolo informatico", "Risultato (output)", "Percentuale",
          "PROC_FASC_DIG / PROC_TOT * 100", 1.0, "71%", ["≥ 80%", "≥ 90%", "≥ 95%"]),
     ]),
]
LABELS = ["Codice indicatore", "Descrizione", "Tipologia", "Unità di misura", "Algoritmo di calcolo", "Peso indicatore",
          "Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno", "Target terzo anno"]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    F = "Liberation Sans Narrow"
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCD", [30, 30, 30, 30]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Nota integrativa al bilancio di previsione 2026 – Schede obiettivo per il triennio 2026-2028",
           font=Font(name=F, size=10), wrap=False)
    xl_put(ws, 3, 1, "Primo anno = 2026, secondo anno = 2027, terzo anno = 2028; il target conseguito nell'esercizio "
           "precedente si riferisce al 2025.", font=Font(name=F, size=8, italic=True), wrap=False)
    lab = Font(name=F, size=9, bold=True)
    val = Font(name=F, size=9)
    r = 5
    nodes, inds = [], []
    for n, (oc, ot, mis, prog, cdr, res, ks) in enumerate(OBJ, 1):
        if n == 3:
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, f"SCHEDA OBIETTIVO N. {n}", font=Font(name=F, size=10, bold=True, color="FFFFFF"), fill="1F3864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        rows = [("Codice", oc, None), ("Denominazione obiettivo", ot, None), ("Missione", f"{mis[0]} – {mis[1]}", None),
                ("Programma", f"{prog[0]} – {prog[1]}", None), ("Centro di responsabilità", cdr, None),
                ("Risorse a preventivo primo anno", res, '#,##0.00 "€"')]
        for lbl, v, fmt in rows:
            xl_put(ws, r, 1, lbl, font=lab, fill="D9E1F2", border=grid)
            xl_put(ws, r, 2, v, font=val, border=grid, fmt=fmt, halign="left")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            xl_box(ws, r, 2, r, 4, grid)
            r += 1
        rraw = dnum(res, 2) + " €"
        nodes.append(node(oc, "strategic", ot, resources=[rraw], mission=mis[0], programme=prog[0], owners=[cdr]))
        xl_put(ws, r, 1, "Indicatori", font=lab, fill="B4C6E7", border=grid)
        for j in range(3):
            xl_put(ws, r, 2 + j, f"Indicatore {j + 1}" if j < len(ks) else None, font=lab, fill="B4C6E7", border=grid,
                   halign="center")
        r += 1
        for li, lbl in enumerate(LABELS):
            xl_put(ws, r, 1, lbl, font=lab, fill="EDF1F9", border=grid)
            for j in range(3):
                v, fmt = None, None
                if j < len(ks):
                    kc, kn, kt, um, kf, kw, base, tg = ks[j]
                    v = [kc, kn, kt, um, kf, kw, base, tg[0], tg[1], tg[2]][li]
                    fmt = "0%" if li == 5 else None
                xl_put(ws, r, 2 + j, v, font=val, border=grid, fmt=fmt, fill=None if j < len(ks) else "F2F2F2",
                       halign="left")
            r += 1
        for kc, kn, kt, um, kf, kw, base, tg in ks:
            inds.append(ind(kn, oc, code=kc, unit=UNITS[um], type=kt, formula=kf, variables=vars_of(kf),
                            weight=f"{round(kw * 100)}%", baselines=[(2025, base)], targets=list(zip(YEARS, tg))))
        r += 1
    xl_fit_rows(ws, 5, r, pt=9, narrow=1.15, line=1.2)
    xl_page(ws, landscape=False, margins=0.55)
    ws.oddHeader.right.text = "Nota integrativa 2026"
    ws.oddFooter.center.text = "&P"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds)
    readme(d, NAME, "Family: **record blocks**", LO.format(script="h9_record.py"), """
Portrait A4, Liberation Sans Narrow 9 pt, thin grey grid, printed by LibreOffice on two pages (a manual break before
the third scheda; header `Nota integrativa 2026` at the top right, page number at the foot). Title (the institute),
subtitle `Nota integrativa al bilancio di previsione 2026 – Schede obiettivo per il triennio 2026-2028`, and an
italic line mapping primo/secondo/terzo anno to 2026/2027/2028 and the previous-year value to 2025. Each objective
is a block opened by a dark band `SCHEDA OBIETTIVO N. 1`: label/value rows (labels on a blue tint, values merged over
three columns) `Codice` (`18.12.01`), `Denominazione obiettivo`, `Missione` (`018 – …`), `Programma` (`012 – …`),
`Centro di responsabilità`, `Risorse a preventivo primo anno` (number cell `#,##0.00 "€"` → `2.145.300,00 €`). Then
the INDICATORS SIDE BY SIDE: a row `Indicatori | Indicatore 1 | Indicatore 2 | Indicatore 3` and ten label rows
(`Codice indicatore`, `Descrizione`, `Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso indicatore`,
`Target conseguito nell'esercizio precedente`, `Target primo anno`, `Target secondo anno`, `Target terzo anno`), one
COLUMN per indicator; unused indicator columns are grey and empty (blocks with 2, 3 and 1 indicators). Units in words
(`Numero`, `Giorni`, `Percentuale`); weights number cells `0%`. Truth: objectives level `strategic`, mission and
programme three-digit codes, resources, owners = [Centro di responsabilità]; indicators with code, type, formula,
unit (`N.`/`gg`/`%`), weight, baseline 2025, targets 2026-2028.
""", [
        "input: `input.pdf`", "indicator blocks transposed: one column per indicator, labels shared in the first column",
        "empty grey columns when an objective has fewer than three indicators",
        "resources as a number cell with the euro sign after", "units in words", "narrow sans font, portrait",
    ], [])


if __name__ == "__main__":
    main()
