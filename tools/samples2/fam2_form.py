#!/usr/bin/python3
"""Family: objective form + indicator table (a ministry's "Schede obiettivo"). LibreOffice: a
first-year report (VALORE RAGGIUNTO and GRADO DI REALIZZAZIONE filled: the 2025 result and
achievement), one CdR per page. Chromium: a plan (VALORE RAGGIUNTO = last value before the plan,
a 2024 baseline; GRADO empty), formulas over measure codes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

YEARS = [2025, 2026, 2027]
HEAD = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "VALORE TARGET 2°ANNO",
        "VALORE TARGET 3°ANNO", "GRADO DI REALIZZAZIONE"]


def ministero_report():
    name = "fam2-form-lo-1"
    org = "Ministero delle Infrastrutture Idriche"
    cdrs = [
        ("Direzione generale per le dighe e le infrastrutture idriche", "Ing. Marco Valsecchi",
         "OB.2.1", "Accelerare i controlli di sicurezza sulle grandi dighe", [
             ("40", "Dighe ispezionate sul totale programmato", "%", "dighe ispezionate / dighe programmate x 100",
              "96%", [">= 95%", ">= 97%", ">= 99%"], "100%"),
             ("35", "Tempo medio di emissione del verbale di visita", "gg", "somma dei giorni / verbali emessi",
              "24 gg", ["<= 25 gg", "<= 22 gg", "<= 20 gg"], "100%"),
             ("25", "Adozione del piano di monitoraggio sismico degli invasi", "date", "data di adozione del decreto",
              "2025-11-14", ["31.12.2025", "31.12.2026", "31.12.2027"], "100%"),
         ]),
        ("Direzione generale per la vigilanza sulle concessioni idriche", "Dott.ssa Laura Pennacchi",
         "OB.3.4", "Ridurre l'arretrato delle istanze di concessione di derivazione", [
             ("50", "Istanze definite sul totale pendente al 1° gennaio", "%",
              "istanze definite / istanze pendenti al 1° gennaio x 100", "58%", [">= 60%", ">= 70%", ">= 80%"],
              "96,7%"),
             ("50", "Canoni di concessione riscossi", "EUR", "somma dei canoni incassati nell'anno",
              "€ 179.220.000,00", [">= € 175.000.000,00", ">= € 178.000.000,00", ">= € 180.000.000,00"], "100%"),
         ]),
    ]
    import openpyxl
    from openpyxl.worksheet.pagebreak import Break
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    for col, w in zip("ABCDEFGH", [8, 34, 34, 16, 16, 16, 16, 14]):
        ws.column_dimensions[col].width = w
    r = 1
    nodes, inds = [], []
    for k, (cdr, tit, ocode, otitle, ilist) in enumerate(cdrs):
        if k:
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, org.upper(), font=Font(name=fn, size=11, bold=True), wrap=False)
        xl_put(ws, r + 1, 1, "Schede obiettivo 2025-2027 – consuntivo del primo anno (2025)",
               font=Font(name=fn, size=9.5), wrap=False)
        r += 3
        for label, value in (("DENOMINAZIONE CDR", cdr), ("TITOLARE DEL CDR", tit),
                             ("CODICE E DENOMINAZIONE OBIETTIVO", f"{ocode} – {otitle}")):
            xl_put(ws, r, 1, label, font=f_b, fill="D9E1F2", border=grid)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            xl_put(ws, r, 3, value, font=f_n, border=grid)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            xl_box(ws, r, 1, r, 8, grid)
            r += 1
        r += 1
        top = r
        for c, v in enumerate(HEAD, 1):
            xl_put(ws, r, c, v, font=f_b, fill="D9E1F2", border=grid, halign="center", valign="center")
        r += 1
        nodes.append(node(ocode, "operational", otitle, owners=[tit], unit=cdr))
        for w, iname, unit, formula, reached, tg, grado in ilist:
            for c, v in enumerate([w, iname, formula, reached] + tg + [grado], 1):
                xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c in (1, 4, 5, 6, 7, 8) else None)
            inds.append(ind(iname, ocode, unit=unit, weight=w, formula=formula, unit_org=cdr,
                            targets=list(zip(YEARS, tg)), results=[(2025, reached)], achievement=[(2025, grado)]))
            r += 1
        xl_fit_rows(ws, top - 4, r - 1, pt=9)
        r += 2
    xl_page(ws, landscape=True)
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, YEARS)], nodes, inds)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, two pages: one responsibility centre (CdR) per page (a row break
between them). Each page: the ministry's name and `Schede obiettivo 2025-2027 – consuntivo del primo anno (2025)`; a
ruled form of three rows, labels merged over two columns on the left (`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`,
`CODICE E DENOMINAZIONE OBIETTIVO`), values merged over the rest (`OB.2.1 – Accelerare …`); then the indicator table
`PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | VALORE TARGET 2°ANNO | VALORE TARGET 3°ANNO |
GRADO DI REALIZZAZIONE`. Weights are bare `40`, `35`, `25` (sum 100 per objective). This is a REPORT on the first year:
`VALORE RAGGIUNTO` is the 2025 result and `GRADO DI REALIZZAZIONE` its achievement (filled), so truth has results and
achievement for 2025 and NO baseline (unlike a plan, where the value reached is the year before's). Ordinal years map to
2025/2026/2027. Formulas are in words in the `FORMULA` column (truth `formula`, variables empty). Value forms:
`2025-11-14` (ISO date reached), `31.12.2025` (date targets), `€ 179.220.000,00`. Truth: each objective level
`operational`, `unit` = the CdR, `owners` = [the titolare], parent null; indicators carry `unit_org` = the CdR.
""", "Workbook written with openpyxl by `tools/samples2/fam2_form.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["a first-year report: VALORE RAGGIUNTO and GRADO DI REALIZZAZIONE filled",
                  "one CdR per page (page break)", "ISO date result, dotted date targets, large euro amounts",
                  "target header spelt out three times (`VALORE TARGET 2°ANNO`)"], [])


def ministero_plan():
    name = "fam2-form-chromium-2"
    org = "Ministero dell'Economia Circolare"
    cdrs = [
        ("Dipartimento per la transizione ecologica delle imprese", "Dott. Andrea Scaglione",
         "13.5", "13.5 –", "Sostenere la riconversione circolare delle filiere produttive", [
             ("40", "Imprese beneficiarie sul totale delle domande ammissibili", "%", "IMP_ben / IMP_amm x 100",
              ["IMP_ben", "IMP_amm"], "62%", [">= 65%", ">= 70%", ">= 75%"]),
             ("30", "Tempo medio di erogazione del contributo", "gg", "GG_erog / N_prat", ["GG_erog", "N_prat"],
              "88 gg", ["<= 80 gg", "<= 70 gg", "<= 60 gg"]),
             ("30", "Risorse impegnate sullo stanziamento", "%", "RIS_imp / RIS_stan x 100", ["RIS_imp", "RIS_stan"],
              "71%", [">= 80%", ">= 85%", ">= 90%"]),
         ]),
        ("Direzione generale per i rifiuti e le bonifiche", "Ing. Silvia Ronchetti",
         "04", "04.", "Accelerare la bonifica dei siti orfani", [
             ("40", "Siti orfani con bonifica avviata sul totale censito", "%", "SIT_avv / SIT_tot x 100",
              ["SIT_avv", "SIT_tot"], "35%", [">= 45%", ">= 60%", ">= 75%"]),
             ("60", "Decreti di finanziamento degli interventi adottati", "N.", "DEC_ad /", ["DEC_ad"],
              "12", [">= 15", ">= 18", ">= 20"]),
         ]),
    ]
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; }
h1 { font-size: 11pt; margin: 0; text-align: center; } h2 { font-size: 9pt; font-weight: normal; text-align: center;
margin: 2pt 0 12pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.7pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.form td.l { background: #e8e8e8; font-weight: bold; width: 30%; }
table.form { margin-bottom: 6pt; }
table.ind th { background: #e8e8e8; font-size: 7pt; }
td.n { text-align: center; }
div.cdr { margin-bottom: 18pt; }"""
    h = [f"<h1>{esc(org.upper())}</h1>",
         "<h2>Direttiva generale per l'azione amministrativa e la gestione 2025 – Schede obiettivo 2025-2027</h2>"]
    nodes, inds = [], []
    for cdr, tit, ocode, oprinted, otitle, ilist in cdrs:
        h.append("<div class=cdr><table class=form>"
                 f"<tr><td class=l>DENOMINAZIONE CDR</td><td>{esc(cdr)}</td></tr>"
                 f"<tr><td class=l>TITOLARE DEL CDR</td><td>{esc(tit)}</td></tr>"
                 f"<tr><td class=l>CODICE E DENOMINAZIONE OBIETTIVO</td><td>{esc(oprinted)} {esc(otitle)}</td></tr>"
                 "</table><table class=ind><thead><tr><th rowspan=2>PESO</th><th rowspan=2>INDICATORE</th>"
                 "<th rowspan=2>FORMULA</th><th rowspan=2>VALORE RAGGIUNTO</th><th colspan=3>VALORE TARGET</th>"
                 "<th rowspan=2>GRADO DI REALIZZAZIONE</th></tr><tr><th>1°ANNO</th><th>2°ANNO</th><th>3°ANNO</th>"
                 "</tr></thead><tbody>")
        nodes.append(node(ocode, "operational", otitle, owners=[tit], unit=cdr))
        for w, iname, unit, formula, variables, reached, tg in ilist:
            h.append(f"<tr><td class=n>{w}</td><td>{esc(iname)}</td><td>{esc(formula)}</td>"
                     f"<td class=n>{esc(reached)}</td>" + "".join(f"<td class=n>{esc(t)}</td>" for t in tg)
                     + "<td></td></tr>")
            inds.append(ind(iname, ocode, unit=unit, weight=w, formula=formula, variables=variables, unit_org=cdr,
                            baselines=[(2024, reached)], targets=list(zip(YEARS, tg))))
        h.append("</tbody></table></div>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, YEARS)], nodes, inds, [finding(
        "formula.incomplete", "Decreti di finanziamento degli interventi adottati",
        "the formula `DEC_ad /` has no second operand")])
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans 8 pt, ruled. Title centred (`Direttiva generale … – Schede obiettivo 2025-2027`).
Per CdR: a two-column form (`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO`), the objective
value printed `13.5 – Sostenere …` or with a dotted code `04. Accelerare …` (truth codes `13.5` and `04`); then the
indicator table with a two-row header where `VALORE TARGET` spans `1°ANNO | 2°ANNO | 3°ANNO`. Weights are bare (`40`);
formulas are over measure codes (`IMP_ben / IMP_amm x 100`: truth variables in order). A plan: `VALORE RAGGIUNTO` is the
value reached before the plan = baseline 2024; `GRADO DI REALIZZAZIONE` is empty. Narrow portrait columns wrap the
header words. Truth: objectives `operational`, `unit` = the CdR, `owners` = [the titolare], parent null; indicators
carry `unit_org` = the CdR.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_form.py`.",
                 ["portrait, `VALORE TARGET` spanning the three ordinal years",
                  "objective codes `13.5 –` and `04.` inside the form value", "formulas over measure codes"],
                 ["`formula.incomplete` on `Decreti di finanziamento degli interventi adottati`: the formula "
                  "`DEC_ad /` has no second operand"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        ministero_report()
    if "chromium" in which:
        ministero_plan()
