#!/usr/bin/python3
"""h17-record-lo-1: a social-security institute's objective sheets (record blocks) 2026-2028, an openpyxl workbook
printed by LibreOffice. Portrait, DejaVu Sans 8 pt. Each objective is a block of label/value rows (labels in a
shaded first column, values merged over three columns): `Codice`, `Obiettivo`, `Missione` `025 – Politiche
previdenziali`, `Programma`, `Struttura responsabile`, `Risorse a preventivo primo anno`. Below it, ONE ROW PER
LABEL with the indicators side by side in columns (`Indicatore 1`, `Indicatore 2`, …): `Denominazione`,
`Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio
precedente`, `Target primo anno`, `Target secondo anno`, `Target terzo anno`. A grand total at the end. Clean.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (LO_XLSX, case_dir, disp12, doc, font, ind, lo_pdf_of, node, readme17, vars11,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h17_record.py"
ORG = "Istituto nazionale di previdenza per i lavoratori dei porti"
YEARS = [2026, 2027, 2028]
MISS = "025 – Politiche previdenziali"
PROG = "003 – Previdenza obbligatoria e complementare, assicurazioni sociali"
PROG2 = "032.002 – Indirizzo politico"

# objective (code, title, mission, programme, structure, resources) -> indicators
#   (name, type, unit label, truth unit, algorithm, weight fraction, previous, [t1, t2, t3])
OBJS = [
    ("S-01", "Ridurre i tempi di liquidazione delle prestazioni pensionistiche", MISS, PROG,
     "Direzione centrale Prestazioni", Decimal("4250300.00"), [
         ("Pensioni liquidate entro 30 giorni dalla cessazione", "Risultato", "percentuale", "%",
          "PENS_LIQ_30 / PENS_LIQ_TOT * 100", 0.5, "81,20%", ["≥ 84%", "≥ 87%", "≥ 90%"]),
         ("Giacenza media delle domande di ricongiunzione", "Efficienza", "giorni", "gg",
          "SOMMA_GG_GIAC / DOM_RICONG", 0.5, "126", ["≤ 110", "≤ 95", "≤ 90"])]),
    ("S-02", "Estendere i servizi on line agli iscritti e alle imprese portuali", MISS, PROG,
     "Direzione centrale Organizzazione e sistemi informativi", Decimal("1980000.00"), [
         ("Servizi disponibili on line sul totale dei servizi", "Risultato", "percentuale", "%",
          "SERV_ONLINE / SERV_TOT * 100", 0.3333, "58,00%", ["≥ 65%", "≥ 72%", "≥ 80%"]),
         ("Accessi con identità digitale nell'anno", "Impatto", "numero", "N.", "ACC_SPID_CIE", 0.3333,
          "212.400", ["≥ 230.000", "≥ 250.000", "≥ 270.000"]),
         ("Richieste di assistenza chiuse al primo contatto", "Qualità", "percentuale", "%",
          "RICH_CHIUSE_1C / RICH_TOT * 100", 0.3334, "n.d.", ["≥ 70%", "≥ 70%", "≥ 75%"])]),
    ("S-03", "Recuperare i crediti contributivi", MISS, PROG, "Direzione centrale Entrate",
     Decimal("735000.00"), [
         ("Crediti riscossi sul totale dei crediti accertati", "Risultato", "percentuale", "%",
          "CRED_RISC / CRED_ACC * 100", 1, "36,90%", ["≥ 38%", "≥ 40%", "≥ 42%"])]),
    ("S-04", "Assicurare la trasparenza e la prevenzione della corruzione", "032 – Servizi istituzionali e "
     "generali delle amministrazioni pubbliche", PROG2, "Responsabile della prevenzione della corruzione",
     Decimal("60000.00"), [
         ("Obblighi di pubblicazione assolti sul totale", "Risultato", "percentuale", "%",
          "OBBL_ASSOLTI / OBBL_TOT * 100", 0.6, "97,00%", ["= 100%", "= 100%", "= 100%"]),
         ("Dipendenti formati in materia di etica pubblica", "Realizzazione fisica", "numero", "N.",
          "DIP_FORM_ETICA", 0.4, "145", ["≥ 150", "≥ 160", "≥ 160"])]),
]


def build():
    from openpyxl import Workbook
    name = "h17-record-lo-1"
    F = "DejaVu Sans"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths(ws, [30, 22, 22, 22])
    xl_put(ws, 1, 1, ORG, font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Nota integrativa al bilancio di previsione 2026 – Schede degli obiettivi per il triennio "
           "2026-2028", font=font(F, 8.5), wrap=False)
    nodes, inds = [], []
    r = 4
    total = Decimal(0)
    for k, (code, title, miss, prog, struct, res, ilist) in enumerate(OBJS):
        if k and k % 2 == 0:
            ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r - 1))
        xl_put(ws, r, 1, f"SCHEDA OBIETTIVO {k + 1}", font=font(F, 9, bold=True, color="FFFFFF"), fill="3A5A40",
               border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_box(ws, r, 1, r, 4, grid)
        r += 1
        block = [("Codice", code, None), ("Obiettivo", title, None), ("Missione", miss, None),
                 ("Programma", prog, None), ("Struttura responsabile", struct, None),
                 ("Risorse a preventivo primo anno", float(res), "#,##0.00")]
        for lab, val, fm in block:
            xl_put(ws, r, 1, lab, font=font(F, 8, bold=True), fill="E4EDE5", border=grid)
            xl_put(ws, r, 2, val, font=font(F, 8), border=grid, fmt=fm, halign="left")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            xl_box(ws, r, 2, r, 4, grid)
            r += 1
        total += res
        mcode = miss.split(" – ")[0]
        pcode = prog.split(" – ")[0].split(".")[-1]
        nodes.append(node(code, "strategic", title, resources=[disp12(float(res), "#,##0.00")], mission=mcode,
                          programme=pcode, owners=[struct]))
        r += 0
        xl_put(ws, r, 1, "", fill="F5F5F5", border=grid)
        for j in range(len(ilist)):
            xl_put(ws, r, 2 + j, f"Indicatore {j + 1}", font=font(F, 8, bold=True), fill="F5F5F5", border=grid,
                   halign="center")
        r += 1
        labels = ["Denominazione", "Tipologia", "Unità di misura", "Algoritmo di calcolo", "Peso indicatore",
                  "Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno",
                  "Target terzo anno"]
        for li, lab in enumerate(labels):
            xl_put(ws, r, 1, lab, font=font(F, 8, bold=li == 0), fill="E4EDE5", border=grid)
            for j, (iname, typ, ulab, unit, alg, w, prev, tg) in enumerate(ilist):
                val = [iname, typ, ulab, alg, w, prev] + tg
                xl_put(ws, r, 2 + j, val[li], font=font(F, 8), border=grid, fmt="0.00%" if li == 4 else None,
                       halign="center" if li >= 4 else None)
            for j in range(len(ilist), 3):
                xl_put(ws, r, 2 + j, None, border=grid)
            r += 1
        for iname, typ, ulab, unit, alg, w, prev, tg in ilist:
            inds.append(ind(iname, code, unit=unit, type=typ, formula=alg, variables=vars11(alg) or [alg],
                            weight=disp12(w, "0.00%"), baselines=[(2025, prev)], targets=list(zip(YEARS, tg))))
        r += 1
    xl_put(ws, r, 1, "Totale risorse a preventivo primo anno", font=font(F, 8.5, bold=True), border=grid,
           fill="E4EDE5")
    xl_put(ws, r, 2, float(total), font=font(F, 8.5, bold=True), border=grid, fmt="#,##0.00", halign="left")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    xl_box(ws, r, 2, r, 4, grid)
    xl_fit_rows(ws, 4, r, pt=8)
    xl_page(ws, landscape=False, margins=0.6)
    ws.oddFooter.center.text = "Scheda &P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="schede")
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds,
                resources_total=disp12(float(total), "#,##0.00"))
    readme17(d, name, "record blocks", LO_XLSX.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8 pt, full grid, a manual page break every two objectives. Title (the institute) and a
subtitle. Each objective: a dark band `SCHEDA OBIETTIVO n`, then label/value rows (label in a green-grey first column,
value merged over three columns): `Codice` (`S-01`), `Obiettivo`, `Missione` (`025 – Politiche previdenziali`),
`Programma` (`003 – …`, or `032.002 – Indirizzo politico` for the last objective), `Struttura responsabile`, `Risorse a
preventivo primo anno` (`#,##0.00`). Then the indicators SIDE BY SIDE: a header row `Indicatore 1 | Indicatore 2 |
Indicatore 3` and one row per label (`Denominazione`, `Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso
indicatore` as `0.00%` cells, `Target conseguito nell'esercizio precedente`, `Target primo anno`, `Target secondo
anno`, `Target terzo anno`). A final `Totale risorse a preventivo primo anno`. Truth: objectives `strategic`, mission
= the code before ` – `, programme = the last dotted part (`002` from `032.002`); owners = Struttura; the previous
year's target as baseline 2025; first/second/third year = 2026/2027/2028; formula = the algorithm (a single measure
code is its own variable).
""", ["indicator blocks transposed: indicators as COLUMNS, labels as rows, one to three indicator columns",
      "programme once as `003 – …`, once as `032.002 – …`", "`Peso indicatore` as `0.00%` cells",
      "manual page breaks between objective pairs", "empty cells where an objective has fewer indicators"],
     ["indicator thirds 33,33% + 33,33% + 33,34%", "60/40, 50/50 and a single 100% indicator",
      "no objective weights (indicators are weighed within their objective only)",
      "`= 100%` three years (flat, at the top of the scale)", "`≤ 110 / 95 / 90` days going DOWN as they should",
      "baseline = `Target conseguito nell'esercizio precedente` (2025), `n.d.` once",
      "`≥ 150`, `≥ 160`, `≥ 160`: flat last two years"], [])
    return name


if __name__ == "__main__":
    print(build())
