#!/usr/bin/python3
"""h15-pira-xlsx-1: a ministry's PIRA 2026-2028 kept as an .xlsx workbook. A note sheet first, then one data sheet:
mission and programme cells print CODE AND NAME in one merged cell (`018 - Sviluppo sostenibile …`) merged down over
all their rows; the `CRA` (centre of responsibility) merged per programme; objective code and title in one cell
split by a line break (`OB.3` + newline + title); `Stanziamento 2026 (euro)` number cells merged down; ministerial
indicator types in words; `Metodo di calcolo` in words; `Unità di misura` in words; `Valore di partenza (anno 2024)`
number cells with formats; `Target` merged over `2026 | 2027 | 2028` text cells; `Totale stanziamenti` row.
Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (XLSX, case_dir, disp12, doc, font, genre_readme, ind, node, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "h15_pira.py"
ORG = "Ministero per gli Affari della Montagna e delle Aree Interne"
Y = [2026, 2027, 2028]
UNIT = {"Percentuale": "%", "Giorni": "gg", "Ettari": "ettari", "Numero": "N.", "Data": "date"}

# mission (code, name) -> programme (code, name, CRA) -> objective (code, title, resources) -> indicators
# (name, tipologia, metodo, unità, (base value, fmt) or text, (t26, t27, t28))
DATA = [
    ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", [
        ("012", "Tutela e valorizzazione dei territori montani",
         "Direzione generale per le politiche della montagna", [
             ("OB.1", "Contrastare lo spopolamento dei comuni montani sostenendo i servizi essenziali", 48750000, [
                 ("Comuni montani beneficiari del fondo per i servizi essenziali", "Indicatore di risultato (output)",
                  "Comuni beneficiari / comuni ammissibili x 100", "Percentuale", (0.62, "0.0%"),
                  (">= 70%", ">= 75%", ">= 80%")),
                 ("Tempo medio di erogazione dei contributi", "Indicatore di realizzazione finanziaria",
                  "Media dei giorni tra approvazione della graduatoria e mandato di pagamento", "Giorni",
                  (96, '0" gg"'), ("<= 90 gg", "<= 75 gg", "<= 60 gg"))]),
             ("OB.2", "Promuovere la gestione sostenibile del patrimonio forestale", 21300000, [
                 ("Superficie forestale dotata di piano di gestione approvato", "Indicatore di impatto (outcome)",
                  "Somma delle superfici dei piani di gestione approvati", "Ettari", (184500, "#,##0"),
                  (">= 190.000", ">= 195.000", ">= 200.000")),
                 ("Progetti di prevenzione degli incendi boschivi finanziati", "Indicatore di realizzazione fisica",
                  "Conteggio dei progetti ammessi a finanziamento nell'anno", "Numero", (38, "#,##0"),
                  (">= 40", ">= 40", ">= 40"))])]),
        ("015", "Infrastrutture digitali per le aree interne",
         "Direzione generale per l'innovazione dei territori", [
             ("OB.3", "Ridurre il divario digitale nelle aree montane e interne", 35000000, [
                 ("Unità immobiliari raggiunte da connessione ad almeno 1 Gbit/s", "Indicatore di impatto (outcome)",
                  "Unità immobiliari coperte / unità immobiliari censite x 100", "Percentuale", (0.418, "0.0%"),
                  (">= 55%", ">= 65%", ">= 75%")),
                 ("Sportelli digitali unici attivati presso le unioni montane", "Indicatore di realizzazione fisica",
                  "Conteggio degli sportelli attivi al 31 dicembre", "Numero", (12, "#,##0"),
                  (">= 20", ">= 30", ">= 40"))])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
        ("002", "Indirizzo politico", "Gabinetto e uffici di diretta collaborazione", [
            ("OB.4", "Assicurare il supporto agli organi di indirizzo nella programmazione strategica", 2480000, [
                ("Atti di indirizzo adottati entro i termini previsti", "Indicatore di risultato (output)",
                 "Atti adottati nei termini / atti da adottare x 100", "Percentuale", (1, "0.0%"),
                 ("= 100%", "= 100%", "= 100%")),
                ("Tempo medio di risposta agli atti di sindacato ispettivo", "Indicatore di risultato (output)",
                 "Media dei giorni tra assegnazione dell'atto e trasmissione della risposta", "Giorni",
                 (41, '0" gg"'), ("<= 40 gg", "<= 35 gg", "<= 30 gg"))])]),
        ("003", "Servizi e affari generali per le amministrazioni di competenza",
         "Direzione generale degli affari generali e del personale", [
             ("OB.5", "Migliorare l'efficienza della gestione amministrativa e contabile", 9615400, [
                 ("Indicatore di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria",
                  "Giorni di pagamento oltre la scadenza ponderati per l'importo delle fatture", "Giorni",
                  (-6, '0" gg"'), ("<= -6 gg", "<= -7 gg", "<= -8 gg")),
                 ("Spese di funzionamento sul totale degli stanziamenti di competenza",
                  "Indicatore di realizzazione finanziaria", "Spese di funzionamento / stanziamenti totali x 100",
                  "Percentuale", (0.071, "0.0%"), ("<= 7%", "<= 6,8%", "<= 6,5%")),
                 ("Completamento della dematerializzazione dei fascicoli del personale",
                  "Indicatore di risultato (output)", "Data di chiusura del progetto di digitalizzazione", "Data",
                  "–", ("entro il 31/12/2026", "entro il 31/12/2026", "entro il 31/12/2026"))])])]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    name = "h15-pira-xlsx-1"
    F = "Calibri"
    wb = Workbook()
    ns = wb.active
    ns.title = "Nota metodologica"
    widths(ns, [110])
    for r, (t, f) in enumerate([
            (ORG, font(F, 13, bold=True)),
            ("Piano degli indicatori e dei risultati attesi di bilancio (PIRA) – triennio 2026-2028", font(F, 11, bold=True)),
            ("Il prospetto riporta, per missione e programma, gli obiettivi, lo stanziamento di competenza del primo "
             "anno e gli indicatori con il valore di partenza (ultimo dato consuntivo disponibile, anno 2024) e i "
             "target per ciascun anno del triennio.", font(F, 10)),
            ("Le tipologie degli indicatori seguono la classificazione della circolare sulla Nota integrativa: "
             "realizzazione finanziaria, realizzazione fisica, risultato (output), impatto (outcome).", font(F, 10)),
            ("Gli importi sono espressi in euro.", font(F, 10))], 1):
        xl_put(ns, r, 1, t, font=f, wrap=True)
        ns.row_dimensions[r].height = 30 if r > 2 else 18
    ws = wb.create_sheet("PIRA 2026-2028")
    widths(ws, [20, 20, 20, 28, 15, 30, 20, 26, 11, 12, 13, 13, 13])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028 – Allegato alla Nota "
           "integrativa", font=font(F, 10, bold=True), wrap=False)
    heads = ["Missione", "Programma", "CRA", "Obiettivo", "Stanziamento 2026 (euro)", "Indicatore", "Tipologia",
             "Metodo di calcolo", "Unità di misura", "Valore di partenza (anno 2024)", "Target"]
    H1, H2 = 4, 5
    hf = font(F, 9, bold=True)
    fill = "DDEBF7"
    for c, h in enumerate(heads, 1):
        xl_put(ws, H1, c, h, font=hf, fill=fill, border=grid, halign="center", valign="center")
        if c < 11:
            xl_put(ws, H2, c, None, fill=fill, border=grid)
            ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    for k, yv in enumerate(Y):
        xl_put(ws, H2, 11 + k, str(yv), font=hf, fill=fill, border=grid, halign="center")
    xl_put(ws, H1, 12, None, fill=fill, border=grid)
    xl_put(ws, H1, 13, None, fill=fill, border=grid)
    ws.merge_cells(start_row=H1, start_column=11, end_row=H1, end_column=13)
    ws.row_dimensions[H1].height = 16
    ws.row_dimensions[H2].height = 30
    f9 = font(F, 9)
    r = H2 + 1
    nodes, inds = [], []
    total = 0
    for mcode, mname, progs in DATA:
        m0 = r
        for pcode, pname, cra, objs in progs:
            p0 = r
            for ocode, otitle, res, ilist in objs:
                o0 = r
                for iname, tip, met, um, base, tg in ilist:
                    xl_put(ws, r, 6, iname, font=f9, border=grid)
                    xl_put(ws, r, 7, tip, font=f9, border=grid)
                    xl_put(ws, r, 8, met, font=f9, border=grid)
                    xl_put(ws, r, 9, um, font=f9, border=grid, halign="center")
                    if isinstance(base, tuple):
                        xl_put(ws, r, 10, base[0], font=f9, border=grid, fmt=base[1], halign="right")
                        braw = disp12(base[0], base[1])
                    else:
                        xl_put(ws, r, 10, base, font=f9, border=grid, halign="center")
                        braw = base
                    for k, t in enumerate(tg):
                        xl_put(ws, r, 11 + k, t, font=f9, border=grid, halign="center")
                    inds.append(ind(iname, ocode, unit=UNIT[um], type=tip, formula_text=met,
                                    baselines=[(2024, braw)], targets=list(zip(Y, tg))))
                    r += 1
                xl_put(ws, o0, 4, f"{ocode}\n{otitle}", font=f9, border=grid)
                xl_put(ws, o0, 5, res, font=f9, border=grid, fmt="#,##0.00", halign="right")
                for c in (4, 5):
                    xl_box(ws, o0, c, r - 1, c, grid)
                    if r - 1 > o0:
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                total += res
                nodes.append(node(ocode, "strategic", otitle, resources=[disp12(res, "#,##0.00")], mission=mcode,
                                  programme=pcode, owners=[cra]))
            xl_put(ws, p0, 2, f"{pcode} - {pname}", font=f9, border=grid)
            xl_put(ws, p0, 3, cra, font=f9, border=grid)
            for c in (2, 3):
                xl_box(ws, p0, c, r - 1, c, grid)
                if r - 1 > p0:
                    ws.merge_cells(start_row=p0, start_column=c, end_row=r - 1, end_column=c)
        xl_put(ws, m0, 1, f"{mcode} - {mname}", font=font(F, 9, bold=True), border=grid)
        xl_box(ws, m0, 1, r - 1, 1, grid)
        ws.merge_cells(start_row=m0, start_column=1, end_row=r - 1, end_column=1)
    xl_put(ws, r, 1, "Totale stanziamenti", font=font(F, 9, bold=True), fill="F2F2F2", border=grid)
    for c in range(2, 5):
        xl_put(ws, r, c, None, fill="F2F2F2", border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_put(ws, r, 5, total, font=font(F, 9, bold=True), fill="F2F2F2", border=grid, fmt="#,##0.00", halign="right")
    xl_fit_rows(ws, H2 + 1, r - 1, pt=9, narrow=1.05)
    ws.freeze_panes = "F6"
    xl_page(ws, landscape=True, title_rows=f"{H1}:{H2}", margins=0.4)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, Y, kind="pira")], nodes, inds, resources_total=disp12(total, "#,##0.00"))
    genre_readme(d, name, "pira", XLSX.format(script=SCRIPT), """
Two sheets. `Nota metodologica`: the ministry, the title, three lines of method (baseline = last final figure, year
2024; indicator types; amounts in euro). `PIRA 2026-2028`: two title lines, then a two-row header (`Target` merged over
`2026 | 2027 | 2028`, the other headers merged over both rows): `Missione | Programma | CRA | Obiettivo | Stanziamento
2026 (euro) | Indicatore | Tipologia | Metodo di calcolo | Unità di misura | Valore di partenza (anno 2024) | Target`.
The mission cell prints code and name (`018 - Sviluppo sostenibile e tutela del territorio e dell'ambiente`) merged
down over all its rows; the programme cell likewise (`012 - Tutela e valorizzazione dei territori montani`) with the
CRA beside it; the objective cell holds the code, a LINE BREAK and the title (`OB.3` / `Ridurre il divario …`),
merged down over its indicators, with the resources merged down beside it as a `#,##0.00` number cell. Baselines are
number cells (`0.0%`, `0" gg"`, `#,##0`) or `–`; targets are text (`>= 70%`, `<= 90 gg`, `= 100%`, `entro il
31/12/2026`). A `Totale stanziamenti` row closes the table. Thin grid, Calibri 9, frozen panes at `F6`, print titles.
Truth: objectives are `strategic` roots with mission / programme codes, owners = [CRA], resources as displayed; unit
from the words (`Percentuale` → `%`, `Giorni` → `gg`, `Ettari` → `ettari`, `Numero` → `N.`, `Data` → `date`);
`Metodo di calcolo` → `formula_text`; `resources_total` = the total row.
""", ["code and name of mission / programme in ONE merged cell each, merged down over many rows",
      "objective code and title in one cell separated by a line break",
      "resources as merged `#,##0.00` number cells, printed total equal to their sum",
      "`Valore di partenza (anno 2024)` for a 2026-2028 plan, number formats `0.0%`, `0\" gg\"` (incl. `-6 gg`), "
      "`#,##0`",
      "flat targets (`>= 40` ×3, `= 100%` ×3, one date ×3); `<=` targets going down (`<= -6 gg` → `<= -8 gg`, "
      "`<= 7%` → `<= 6,5%`)",
      "ministerial indicator types and unit names in words; method in words, no formula over codes"], [])
    return name


if __name__ == "__main__":
    print(build())
