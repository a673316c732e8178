#!/usr/bin/python3
"""h7-list-ods-1: a land-reclamation consortium's KPI catalogue (list), kept as .ods. Fault: indicator.conflict.
Content invented."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (ODS, case_dir, doc, finding, ind, lo_convert, node, num, pct, readme, vars_of,  # noqa: E402
                     write_truth, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-list-ods-1"
ORG = "Consorzio di Bonifica della Piana del Tresa"
YEARS = [2026, 2027, 2028]
BASE = 2025
OBJ = {
    "OB1": "Assicurare la sicurezza idraulica del comprensorio",
    "OB2": "Garantire la distribuzione irrigua e il risparmio della risorsa idrica",
    "OB3": "Migliorare la riscossione dei contributi consortili",
    "OB4": "Rafforzare la trasparenza e la digitalizzazione dei servizi ai consorziati",
}
SET = {"ge0": '">= "#,##0', "le0": '"<= "#,##0', "le1": '"<= "0.0', "gep": '">= "0.0%', "f1": "0.0",
       "n0": "#,##0", "p1": "0.0%"}
# (kpi code, objective, name, formula, unit printed, polarity, (baseline, fmt), [(target, fmt) x3], settore)
ROWS = [
    ("CB-01", "OB1", "Km di canali sottoposti a manutenzione ordinaria", "KM_manut", "km", "crescente",
     (412.5, "f1"), [(420, "ge0"), (430, "ge0"), (440, "ge0")], "Area Tecnica – Esercizio e manutenzione"),
    ("CB-02", "OB1", "Impianti idrovori con manutenzione programmata completata", "N_idro_man / N_idro_tot", "%",
     "crescente", (0.875, "p1"), [(0.9, "gep"), (0.92, "gep"), (0.95, "gep")],
     "Area Tecnica – Esercizio e manutenzione"),
    ("CB-03", "OB1", "Tempo medio di intervento sulle segnalazioni di allagamento", "GG_interv / N_segn", "gg",
     "decrescente", (3.8, "f1"), [(3.5, "le1"), (3.2, "le1"), (3.0, "le1")], "Area Tecnica – Pronto intervento"),
    ("CB-04", "OB2", "Volumi irrigui distribuiti per ettaro irrigato", "MC_distr / HA_irr", "m³/ha", "decrescente",
     (5840, "n0"), [(5700, "le0"), (5600, "le0"), (5500, "le0")], "Area Agraria – Servizio irriguo"),
    ("CB-05", "OB2", "Utenze irrigue dotate di misuratore in telelettura", "N_ut_tele / N_ut_irr", "%", "crescente",
     (0.342, "p1"), [(0.4, "gep"), (0.48, "gep"), (0.55, "gep")], "Area Agraria – Servizio irriguo"),
    ("CB-06", "OB3", "Contributi consortili riscossi entro l'anno di emissione", "CTR_risc / CTR_emessi", "%",
     "crescente", (0.789, "p1"), [(0.8, "gep"), (0.82, "gep"), (0.84, "gep")], "Area Amministrativa – Catasto e "
                                                                                "contribuenza"),
    ("CB-07", "OB3", "Avvisi di pagamento recapitati tramite canali digitali", "AVV_dig / AVV_tot", "%", "crescente",
     (0.22, "p1"), [(0.3, "gep"), (0.4, "gep"), (0.5, "gep")], "Area Amministrativa – Catasto e contribuenza"),
    ("CB-07", "OB4", "Avvisi di pagamento recapitati tramite canali digitali", "AVV_dig / AVV_tot", "%", "crescente",
     (0.22, "p1"), [(0.3, "gep"), (0.4, "gep"), (0.5, "gep")], "Area Amministrativa – Catasto e contribuenza"),
    ("CB-08", "OB2", "Istanze di irrigazione di soccorso presentate tramite il portale", "IST_portale / IST_tot",
     "%", "crescente", (0.413, "p1"), [(0.5, "gep"), (0.6, "gep"), (0.7, "gep")], "Area Agraria – Servizio irriguo"),
    ("CB-08", "OB4", "Istanze presentate tramite il portale del Consorzio", "IST_portale / IST_tot", "%",
     "crescente", (0.413, "p1"), [(0.5, "gep"), (0.6, "gep"), (0.7, "gep")], "Area Affari generali – Sistemi "
                                                                              "informativi"),
    ("CB-09", "OB3", "Tempo medio di pagamento delle fatture dei fornitori", "GG_pag / N_fatt", "gg", "decrescente",
     (27, "n0"), [(25, "le0"), (25, "le0"), (22, "le0")], "Area Amministrativa – Ragioneria"),
    ("CB-10", "OB4", "Richieste di accesso civico evase nei termini", "ACC_evase / ACC_tot", "%", "crescente",
     (0.95, "p1"), [(0.97, "gep"), (0.98, "gep"), (0.99, "gep")], "Area Affari generali – Segreteria"),
]
UNIT = {"km": "km", "%": "%", "gg": "gg", "m³/ha": "m³/ha"}


def disp(v):
    x, k = v
    if k == "f1":
        return num(x, 1, group=False)
    if k == "n0":
        return num(x, 0)
    if k == "p1":
        return pct(x, 1)
    if k == "ge0":
        return ">= " + num(x, 0)
    if k == "le0":
        return "<= " + num(x, 0)
    if k == "le1":
        return "<= " + num(x, 1, group=False)
    if k == "gep":
        return ">= " + pct(x, 1)
    raise ValueError(k)


def build():
    from openpyxl import Workbook
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    line = B(bottom=S(style="thin", color="A6A6A6"))
    base = "DejaVu Sans"
    f8 = F(name=base, size=8)
    wb = Workbook()
    ws = wb.active
    ws.title = "Catalogo KPI"
    heads = ["Codice KPI", "Cod. ob.", "Obiettivo", "Indicatore", "Formula", "Unità", "Polarità", "Valore 2025",
             "Target 2026", "Target 2027", "Target 2028", "Settore responsabile"]
    widths = [9, 6.5, 26, 30, 17, 6.5, 10, 9, 10, 10, 10, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Catalogo degli indicatori di performance – triennio 2026-2028 (estrazione del 12/01/2026)",
           font=F(name=base, size=9), wrap=False)
    hr = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=8, bold=True), fill="FFF2CC",
               border=B(top=S(style="medium"), bottom=S(style="medium")), valign="center",
               halign="center" if c > 5 else None)
    ws.row_dimensions[hr].height = 24
    ws.auto_filter.ref = f"A{hr}:L{hr + len(ROWS)}"
    ws.freeze_panes = f"B{hr + 1}"
    r = hr + 1
    inds = []
    for code, ob, nm, f, um, pol, bv, tg, sett in ROWS:
        vals = [code, ob, OBJ[ob], nm, f, um, pol]
        for c, v in enumerate(vals, 1):
            xl_put(ws, r, c, v, font=F(name=base, size=8, bold=(c == 1)), border=line,
                   halign="center" if c in (2, 6, 7) else None)
        xl_put(ws, r, 8, bv[0], font=f8, border=line, fmt=SET[bv[1]], halign="right")
        for c, t in zip((9, 10, 11), tg):
            xl_put(ws, r, c, t[0], font=f8, border=line, fmt=SET[t[1]], halign="right")
        xl_put(ws, r, 12, sett, font=f8, border=line)
        inds.append(ind(nm, ob, code=code, unit=UNIT[um], formula=f, variables=vars_of(f),
                        baselines=[(BASE, disp(bv))], targets=[(y, disp(t)) for y, t in zip(YEARS, tg)],
                        owners=[sett]))
        r += 1
    xl_fit_rows(ws, hr + 1, r - 1, pt=8)
    xl_put(ws, r + 1, 1, "Un indicatore a servizio di più obiettivi compare una volta per ciascun obiettivo. "
                         "Fonte: sistema di controllo di gestione.", font=F(name=base, size=7.5, italic=True),
           wrap=False)
    xl_page(ws, landscape=True, title_rows=f"{hr}:{hr}", margins=0.4)
    ws.oddFooter.right.text = "&P di &N"
    nodes = [node(k, "operational", v) for k, v in OBJ.items()]
    d = case_dir(NAME)
    tmp = tempfile.mkdtemp(prefix="h7list-")
    try:
        src = os.path.join(tmp, "catalogo_kpi.xlsx")
        xl_save(wb, src)
        lo_convert(src, os.path.join(d, "input.ods"), "ods")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fnd = [finding("indicator.conflict", "CB-08",
                   "CB-08 is named 'Istanze di irrigazione di soccorso presentate tramite il portale' under OB2 and "
                   "'Istanze presentate tramite il portale del Consorzio' under OB4 (same formula and targets)")]
    write_truth(d, [doc(ORG, YEARS, kind="list")], nodes, inds, fnd)
    readme(d, NAME, "Genre: **list**", ODS.format(script="h7_list.py"), """
An OpenDocument spreadsheet, one sheet `Catalogo KPI`, DejaVu Sans 8, no grid: a medium rule above and below the
yellow header, a thin grey line under each row; landscape print setup with the header repeated. Two title rows (the
consortium; `Catalogo degli indicatori di performance – triennio 2026-2028 (estrazione del 12/01/2026)`), then
`Codice KPI | Cod. ob. | Obiettivo | Indicatore | Formula | Unità | Polarità | Valore 2025 | Target 2026 | Target
2027 | Target 2028 | Settore responsabile` with an AutoFilter and panes frozen after column A. ONE ROW PER (KPI,
objective), SORTED BY KPI CODE, not grouped by objective: the KPI code comes first, the objective's code and title
are repeated on every row (`OB1` | `Assicurare …`), so objectives are interleaved. A KPI serving two objectives is
listed twice on consecutive rows (`CB-07` twice, identical). Values are NUMBER cells: baselines `0.0` (`412,5`),
`#,##0` (`5.840`), `0.0%` (`87,5%`); targets with formats that print an ASCII operator: `">= "#,##0` (`>= 420`),
`"<= "0.0` (`<= 3,5`), `">= "0.0%` (`>= 90,0%`). Polarity in words (`crescente`, `decrescente`); unit `m³/ha`.
An italic note under the table. Truth: objectives level `operational`, code `OB1`, parent null (defined by the
rows); one indicator entry per printed row, owners = the Settore.
""", [
        "catalogue sorted by KPI code, objective code and title repeated on every row",
        "the same KPI listed under two objectives on consecutive rows",
        "number cells with operator-printing custom formats in ASCII (`>=`, `<=`)",
        "formulas over measure codes (`N_idro_man / N_idro_tot`), polarity column in words",
        "no grid: header rules and row hairlines only; AutoFilter and frozen panes",
    ], ["`indicator.conflict` on `CB-08`: listed under OB2 as `Istanze di irrigazione di soccorso presentate tramite "
        "il portale` and under OB4 as `Istanze presentate tramite il portale del Consorzio` (same formula, targets "
        "and baseline; different Settore)"])
    return NAME


if __name__ == "__main__":
    print(build())
