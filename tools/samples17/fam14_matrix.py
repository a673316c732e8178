#!/usr/bin/python3
"""Assignment matrix (cases `fam14-matrix-*`), three producers:

- fam14-matrix-chromium-1: TRANSPOSED matrix (managers as ROWS, objective codes as COLUMNS), two rows per manager
  (`calcolato` / `effettivo`) told apart by a label cell, `Totale` and a row-spanning `Fattore di conversione` as the
  LAST columns, `—` where a manager has no share, names under the roles; objectives in a legend table below; fault
  `weight.missing` (one effective cell left empty where the calculated weight is printed).
- fam14-matrix-lo-1: managers as columns; the EFFECTIVE block comes FIRST (bare `0.00` numbers, `%` only in the
  header, empty shaded cells), the CALCULATED block second with each manager's conversion factor INSIDE its header
  cell (`fattore 6,2500`) and `-` for no share; clean.
- fam14-matrix-ods-1: kept .ods; stacked blocks where totals, conversion factors and effective weights are LIVE
  FORMULAS (`=IF(ISNUMBER(E6);E6*E$13/100;"")`, `0.0%`), two-line manager headers (unit, then the person); clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, LO_XLSX, ODS, D, case_dir, chromium_pdf, dnum, doc, esc, finding, font,  # noqa: E402
                      html_page3, ind, largest_remainder, lo_pdf_of, node, ods_of, q, readme13, widths,
                      write_truth, xl_box, xl_page, xl_put, xl_styles)

SCRIPT = "fam14_matrix.py"
GENRE = "assignment matrix"


def gen(x):
    """A calculated weight as printed (General style, decimal comma): 5.7 -> `5,7`, 2 -> `2`."""
    s = format(D(x).normalize(), "f")
    return s.replace(".", ",")


# ====================================================================== chromium: managers as rows

def chromium_case():
    name = "fam14-matrix-chromium-1"
    org = "Agenzia Regionale per le Attività Irrigue e Forestali della Tuscia Orientale"
    year = 2025
    objs = [("OP.1", "Completare il piano dei tagli colturali nei boschi demaniali",
             "Superficie boschiva utilizzata secondo il piano dei tagli", ">= 180 ha", "ha"),
            ("OP.2", "Ridurre i tempi di rilascio delle concessioni irrigue",
             "Tempo medio di rilascio delle concessioni", "<= 40 gg", "gg"),
            ("OP.3", "Digitalizzare il catasto delle utenze irrigue",
             "Utenze censite nel sistema informativo sul totale", ">= 90%", "%"),
            ("OP.4", "Prevenire gli incendi boschivi con interventi colturali",
             "Viali tagliafuoco sottoposti a manutenzione", ">= 65 km", "km"),
            ("OP.5", "Migliorare la tempestività dei pagamenti",
             "Indicatore annuale di tempestività dei pagamenti", "<= 0 gg", "gg"),
            ("OP.6", "Attuare le misure di prevenzione della corruzione",
             "Misure attuate sul totale di quelle programmate", "= 100%", "%")]
    codes = [o[0] for o in objs]
    mgrs = [("Direttore Generale", "dott. Enrico Salvadori",
             {"OP.1": 2, "OP.2": 2, "OP.3": 3, "OP.5": 3, "OP.6": 2}),
            ("Dirigente Servizio Foreste", "ing. Paolo Carnevali", {"OP.1": 4, "OP.4": 3, "OP.5": 2, "OP.6": 1}),
            ("Dirigente Servizio Irriguo", "dott.ssa Chiara Benvenuti",
             {"OP.2": 5.7, "OP.3": 4.2, "OP.5": 1.54, "OP.6": 1}),
            ("Dirigente Servizio Amministrativo", "rag. Luisa Ferrante", {"OP.3": 2, "OP.5": 4, "OP.6": 2})]
    FAULT = ("Dirigente Servizio Foreste", "OP.4")
    nodes, inds = [], []
    rows = []
    titles = {c: t for c, t, *_ in objs}
    for k, (role, who, calc) in enumerate(mgrs):
        present = [c for c in codes if c in calc]
        eff = dict(zip(present, largest_remainder([calc[c] for c in present])))
        tot = sum(D(calc[c]) for c in present)
        factor = dnum(D(100) / tot, 4, group=False)
        for c in present:
            w = None if (role, c) == FAULT else dnum(eff[c], 2, group=False) + "%"
            nodes.append(node(c, "operational", titles[c], weight=w, unit=role, owners=[who]))
        cls = ' class="m0"' if k == 0 else ' class="mg"'
        crow = (f'<tr{cls}><td class="mgr" rowspan="2"><b>{esc(role)}</b><br><i>{esc(who)}</i></td>'
                '<td class="lab">calcolato</td>')
        erow = '<tr class="eff"><td class="lab">effettivo</td>'
        for c in codes:
            if c in calc:
                crow += f'<td class="n">{gen(calc[c])}</td>'
                shown = "" if (role, c) == FAULT else dnum(eff[c], 2, group=False) + "%"
                erow += f'<td class="n">{shown}</td>'
            else:
                crow += '<td class="n dash">—</td>'
                erow += '<td class="n dash">—</td>'
        crow += f'<td class="n tot">{gen(tot)}</td><td class="n fac" rowspan="2">{factor}</td></tr>'
        erow += '<td class="n tot"></td></tr>'
        rows += [crow, erow]
    for c, t, iname, tgt, unit in objs:
        inds.append(ind(iname, c, unit=unit, targets=[(year, tgt)]))
    head = ('<tr><th rowspan="2">Dirigente</th><th rowspan="2">Peso ponderale</th>'
            f'<th colspan="{len(codes)}">Obiettivi operativi {year}</th><th rowspan="2">Totale</th>'
            '<th rowspan="2">Fattore di conversione</th></tr><tr>' + "".join(f"<th>{c}</th>" for c in codes) +
            "</tr>")
    legend = ['<table class="leg"><thead><tr><th>Cod.</th><th>Obiettivo operativo</th><th>Indicatore</th>'
              f'<th>Target {year}</th></tr></thead><tbody>']
    for c, t, iname, tgt, _ in objs:
        legend.append(f"<tr><td><b>{c}</b></td><td>{esc(t)}</td><td>{esc(iname)}</td><td>{esc(tgt)}</td></tr>")
    legend.append("</tbody></table>")
    css = """
body { font-family: "Nimbus Sans", "Liberation Sans", sans-serif; font-size: 8.8pt; color: #141414; }
h1 { font-size: 12.5pt; margin: 0 0 .8mm 0; }
.sub { font-size: 9.5pt; margin: 0 0 3mm 0; }
p.note { font-size: 7.8pt; margin: 0 0 3mm 0; color: #333; }
table { border-collapse: collapse; width: 100%; }
table.mx th { background: #3b4a6b; color: #fff; font-weight: bold; padding: 1.4mm 1.2mm; border: 1px solid #fff;
              font-size: 8.2pt; }
table.mx td { border: .5px solid #8a93a8; padding: 1.2mm 1.4mm; }
table.mx tr.mg td { border-top: 1.8px solid #3b4a6b; }
td.mgr { width: 52mm; background: #eef1f6; }
td.lab { font-style: italic; color: #444; width: 18mm; }
tr.eff td.n { font-weight: bold; }
td.n { text-align: center; }
td.dash { color: #888; }
td.tot { background: #f5f5f5; }
td.fac { background: #fbf4dc; }
h3 { font-size: 9.6pt; margin: 7mm 0 1.5mm 0; }
table.leg th { text-align: left; border-bottom: 1.2px solid #3b4a6b; padding: 1mm 1.4mm; font-size: 8.2pt; }
table.leg td { border-bottom: .4px solid #bbb; padding: 1mm 1.4mm; }
"""
    body = (f"<h1>{esc(org)}</h1><div class=\"sub\">Piano della performance {year} – Matrice di assegnazione degli "
            "obiettivi operativi ai dirigenti</div>"
            "<p class=\"note\">Il peso ponderale calcolato è il punteggio di rilevanza attribuito a ciascun obiettivo "
            "per ogni dirigente; il peso ponderale effettivo si ottiene moltiplicando il peso calcolato per il fattore "
            "di conversione (100 / totale dei pesi calcolati del dirigente). Il trattino indica che l'obiettivo non è "
            "assegnato al dirigente.</p>"
            f'<table class="mx"><thead>{head}</thead><tbody>' + "".join(rows) + "</tbody></table>"
            "<h3>Legenda degli obiettivi operativi</h3>" + "".join(legend))
    page = html_page3(body, css, landscape=True, margin="13mm 14mm 14mm 14mm",
                      bottom_center=q(f"{org} – Matrice obiettivi/dirigenti {year}"),
                      bottom_right='counter(page) "/" counter(pages)', hf_font='7pt "Nimbus Sans"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    fnd = [finding("weight.missing", FAULT[0],
                   "OP.4 is assigned to the Dirigente Servizio Foreste (calculated weight 3 of a total of 10, factor "
                   "10,0000) but its effective weight cell is empty, while OP.1, OP.5 and OP.6 print 40,00%, "
                   "20,00% and 10,00%", unit=FAULT[0])]
    write_truth(d, [doc(org, [year])], nodes, inds, fnd)
    readme13(
        d, name, GENRE, CHROMIUM.format(script=SCRIPT),
        """Landscape A4, Chromium, Nimbus Sans 8.8 pt, full grid with a dark header. Title, subtitle and a note
explaining calculated and effective weights. The matrix is TRANSPOSED: managers are ROWS, objective codes are COLUMNS
(`Dirigente | Peso ponderale | OP.1 … OP.6 | Totale | Fattore di conversione`, two-row header with `Obiettivi
operativi 2025` over the codes). Every manager takes TWO rows told apart by a label cell, `calcolato` then
`effettivo`; the manager cell spans both and prints the role in bold and the person in italics on a second line.
Calculated weights are General-style numbers (`2`, `5,7`, `1,54`), effective weights `16,67%`; `—` in both rows where
the objective is not assigned. `Totale` is printed for the calculated row only (`12`, `12,44`); the `Fattore di
conversione` (`8,3333`, `8,0386`) is ONE cell spanning both rows at the far right. Under the matrix a legend table
`Cod. | Obiettivo operativo | Indicatore | Target 2025`. Footer with body and `n/N`.
Truth: one `operational` node per (objective, manager with a calculated weight), `unit` = the role (`Dirigente
Servizio Foreste`), owners = [the person], parent null, weight raw = the effective weight as printed; titles from the
legend; indicators once under their objective code (unit_org null).""",
        ["managers as ROWS and objectives as COLUMNS (transposed), codes only in the matrix",
         "calculated / effective INTERLEAVED as two rows per manager with a label cell",
         "conversion factor as the LAST COLUMN, one cell spanning both rows of a manager",
         "role and person in one spanning cell (bold / italic lines)",
         "`—` in both rows for objectives not assigned; effective totals not printed",
         "legend of objectives, indicators and targets below the matrix"],
        ["Direttore Generale: 16,67 + 16,67 + 25,00 + 25,00 + 16,66 = 100,00% (largest remainder)",
         "Dirigente Servizio Irriguo: calculated 5,7 / 4,2 / 1,54 / 1 (total 12,44, factor 8,0386) give 45,82 + "
         "33,76 + 12,38 + 8,04 = 100,00%",
         "calculated weights and totals (`12`, `12,44`) are not percentages and are not checked against 100",
         "the same objective has different effective weights under different managers (different groups)"],
        ["`weight.missing` for `Dirigente Servizio Foreste`: OP.4 carries a calculated weight (3) but its effective "
         "cell is EMPTY (not `—`), while the manager's other objectives print 40,00%, 20,00% and 10,00%"])


# ====================================================================== LibreOffice: effective block first

def lo_case():
    from openpyxl import Workbook
    name = "fam14-matrix-lo-1"
    org = "Università degli Studi di Castel Ardenga"
    year = 2026
    objs = [("OB.01", "Ridurre la durata media degli studi", "Laureati entro la durata normale del corso",
             ">= 62%", "%"),
            ("OB.02", "Rafforzare l'orientamento e l'attrattività in ingresso",
             "Immatricolati provenienti da altre regioni", ">= 28%", "%"),
            ("OB.03", "Aumentare i progetti di ricerca finanziati su bandi competitivi",
             "Progetti presentati a bandi competitivi", ">= 140", "N."),
            ("OB.04", "Valorizzare i risultati della ricerca", "Brevetti depositati e spin-off attivati", ">= 6",
             "N."),
            ("OB.05", "Attuare il piano dei fabbisogni di personale", "Procedure di reclutamento concluse nell'anno",
             ">= 95%", "%"),
            ("OB.06", "Ridurre i consumi energetici degli edifici universitari",
             "Energia elettrica consumata per metro quadro", "<= 92 kWh/mq", "kWh/mq"),
            ("OB.07", "Digitalizzare i processi amministrativi", "Procedimenti gestiti interamente in digitale",
             ">= 80%", "%")]
    codes = [o[0] for o in objs]
    mgrs = [("Area Didattica", {"OB.01": 6, "OB.02": 4, "OB.05": 3, "OB.07": 3}),
            ("Area Ricerca", {"OB.03": 5.7, "OB.04": 3.8, "OB.07": 1.5}),
            ("Area Personale", {"OB.05": 4, "OB.07": 1.54}),
            ("Area Edilizia", {"OB.06": 2})]
    eff, fac, tot = {}, {}, {}
    for m, calc in mgrs:
        present = [c for c in codes if c in calc]
        eff[m] = dict(zip(present, largest_remainder([calc[c] for c in present])))
        tot[m] = sum(D(calc[c]) for c in present)
        fac[m] = D(100) / tot[m]
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice"
    S = xl_styles()
    thin = S["Side"](style="thin", color="666666")
    grid = S["Border"](left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans Narrow"
    f9, f9b, f9i = font(F, 9), font(F, 9, bold=True), font(F, 9, italic=True)
    widths(ws, [8, 40, 38, 13, 14, 14, 14, 14])
    xl_put(ws, 1, 1, org, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano integrato di attività e organizzazione {year} – Ripartizione degli obiettivi operativi "
           "tra le Aree dirigenziali", font=font(F, 10), wrap=False)
    nodes, inds = [], []
    # block A: effective weights
    r = 4
    xl_put(ws, r, 1, "A) PESO PONDERALE EFFETTIVO (%)", font=font(F, 10, bold=True), wrap=False)
    r += 1
    for c, h in enumerate(["Cod.", "Obiettivo operativo", "Indicatore", f"Target {year}"] + [m for m, _ in mgrs], 1):
        xl_put(ws, r, c, h, font=f9b, fill="D6DCE4", border=grid, halign="center", valign="center")
    ws.row_dimensions[r].height = 26
    r += 1
    for code, title, iname, tgt, unit in objs:
        xl_put(ws, r, 1, code, font=f9b, border=grid)
        xl_put(ws, r, 2, title, font=f9, border=grid)
        xl_put(ws, r, 3, iname, font=f9, border=grid)
        xl_put(ws, r, 4, tgt, font=f9, border=grid, halign="center")
        inds.append(ind(iname, code, unit=unit, targets=[(year, tgt)]))
        for j, (m, calc) in enumerate(mgrs):
            if code in eff[m]:
                v = eff[m][code]
                xl_put(ws, r, 5 + j, float(v), font=f9b, border=grid, fmt="0.00", halign="center")
                nodes.append(node(code, "operational", title, weight=dnum(v, 2, group=False), unit=m))
            else:
                xl_put(ws, r, 5 + j, None, border=grid, fill="EDEDED")
        ws.row_dimensions[r].height = 26
        r += 1
    xl_put(ws, r, 1, "Totale", font=f9b, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_box(ws, r, 1, r, 4, grid)
    for j, (m, _) in enumerate(mgrs):
        xl_put(ws, r, 5 + j, 100, font=f9b, border=grid, fmt="0.00", halign="center")
    r += 3
    # block B: calculated weights, factor in the header cell
    xl_put(ws, r, 1, "B) PESO PONDERALE CALCOLATO (punteggio di rilevanza)", font=font(F, 10, bold=True),
           wrap=False)
    r += 1
    hdr = ["Cod.", "Obiettivo operativo", "", ""] + [f"{m}\nfattore {dnum(fac[m], 4, group=False)}" for m, _ in mgrs]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, r, c, h, font=f9b, fill="E7E1D2", border=grid, halign="center", valign="center")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.row_dimensions[r].height = 27
    r += 1
    for code, title, *_ in objs:
        xl_put(ws, r, 1, code, font=f9, border=grid)
        xl_put(ws, r, 2, title, font=f9, border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        xl_box(ws, r, 2, r, 4, grid)
        for j, (m, calc) in enumerate(mgrs):
            if code in calc:
                v = calc[code]
                xl_put(ws, r, 5 + j, v, font=f9, border=grid, fmt="General", halign="center")
            else:
                xl_put(ws, r, 5 + j, "-", font=f9, border=grid, halign="center")
        ws.row_dimensions[r].height = 15
        r += 1
    xl_put(ws, r, 1, "Totale calcolato", font=f9b, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_box(ws, r, 1, r, 4, grid)
    for j, (m, _) in enumerate(mgrs):
        xl_put(ws, r, 5 + j, float(tot[m]), font=f9b, border=grid, fmt="General", halign="center")
    r += 2
    xl_put(ws, r, 1, "Il peso effettivo (blocco A) è il peso calcolato (blocco B) moltiplicato per il fattore di "
           "conversione indicato sotto il nome di ciascuna Area (100 / totale calcolato), arrotondato a due decimali "
           "con il metodo dei resti maggiori.", font=f9i)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 26
    xl_page(ws, landscape=True, margins=0.5)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [year])], nodes, inds)
    readme13(
        d, name, GENRE, LO_XLSX.format(script=SCRIPT),
        """Landscape A4 printed by LibreOffice from a workbook, Liberation Sans Narrow 9, full grid, one page. Title
and subtitle, then TWO STACKED BLOCKS IN REVERSE ORDER: block `A) PESO PONDERALE EFFETTIVO (%)` FIRST, with the
header `Cod. | Obiettivo operativo | Indicatore | Target 2026 | Area Didattica | Area Ricerca | Area Personale | Area
Edilizia`; the effective weights are BARE `0.00` number cells (`37,50`, `72,20`, `100,00`): the `%` is only in the
block title; cells of Areas with no share are EMPTY and grey; a `Totale` row prints `100,00` under each Area. Block
`B) PESO PONDERALE CALCOLATO` comes SECOND: its header cells carry the Area name AND, on a second line, that Area's
conversion factor (`Area Ricerca` / `fattore 9,0909`); calculated weights are General numbers (`5,7`, `1,54`, `6`),
`-` where the Area has no share; `Totale calcolato` row (`16`, `11`, `5,54`, `2`). An italic note explains the
conversion (largest remainder).
Truth: one `operational` node per (objective, Area with a share), `unit` = the Area column title of block A, parent
null, weight raw = the EFFECTIVE weight as displayed, bare (`37,50`); indicators once under their objective code
(unit_org null).""",
        ["EFFECTIVE block FIRST, calculated block second",
         "conversion factor INSIDE each manager's header cell of the calculated block (`fattore 6,2500`)",
         "effective weights bare (`0.00` format), `%` only in the block title",
         "empty grey cells in block A vs `-` in block B for the same non-assignment",
         "indicator and target columns only in block A; objective title merged over three columns in block B",
         "one Area with a single objective at 100,00"],
        ["Area Ricerca: 51,82 + 34,54 + 13,64 = 100,00 (largest remainder of 5,7 / 3,8 / 1,5 × 9,0909)",
         "Area Personale: 72,20 + 27,80 = 100,00 from calculated 4 and 1,54",
         "Area Edilizia: one objective weighing 100,00 is a complete group, not a fault",
         "bare effective weights are percentages (the block title says so), the calculated ones are not",
         "block B repeats the objectives: they are the same nodes, not duplicates with conflicting weights"],
        [])


# ====================================================================== ods: live formulas

def ods_case():
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter as L
    name = "fam14-matrix-ods-1"
    org = "Ente di Governo d'Ambito per il Servizio Idrico della Valdera Alta"
    year = 2025
    objs = [("O1", "Aggiornare il Piano d'Ambito e il programma degli interventi",
             "Approvazione dell'aggiornamento del Piano d'Ambito", "entro il 30/11/2025", "date"),
            ("O2", "Vigilare sull'attuazione degli investimenti del gestore",
             "Investimenti realizzati sul programmato", ">= 85%", "%"),
            ("O3", "Predisporre la proposta tariffaria", "Trasmissione della proposta tariffaria all'Autorità",
             "entro il 30/04/2025", "date"),
            ("O4", "Ridurre i tempi di istruttoria dei reclami degli utenti", "Tempo medio di istruttoria",
             "<= 30 gg", "gg"),
            ("O5", "Rendere accessibili i dati del servizio idrico", "Dataset pubblicati in formato aperto",
             ">= 12", "N."),
            ("O6", "Garantire la regolarità contabile e dei pagamenti",
             "Indicatore annuale di tempestività dei pagamenti", "<= 0 gg", "gg")]
    codes = [o[0] for o in objs]
    mgrs = [("Area Tecnica", "ing. Davide Rossetti", {"O1": 3, "O2": 3, "O5": 2}),
            ("Area Amministrativa", "dott.ssa Laura Pieri", {"O2": 2, "O4": 6, "O5": 4, "O6": 4}),
            ("Area Tariffe e Controllo", "dott. Fabio Ceccherini", {"O2": 5, "O3": 10, "O4": 5}),
            ("Direttore", "dott. Giorgio Vanni", {"O1": 2, "O3": 2, "O6": 1})]
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice"
    S = xl_styles()
    thin = S["Side"](style="thin", color="7f7f7f")
    grid = S["Border"](left=thin, right=thin, top=thin, bottom=thin)
    F = "DejaVu Sans"
    f8, f8b = font(F, 8), font(F, 8, bold=True)
    widths(ws, [6, 40, 36, 16, 17, 17, 17, 17])
    xl_put(ws, 1, 1, org, font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano della performance {year} – Pesatura degli obiettivi operativi per struttura",
           font=font(F, 9), wrap=False)
    hr = 4
    for c, h in enumerate(["Cod.", "Obiettivo", "Indicatore", f"Target {year}"] + [f"{m}\n{p}" for m, p, _ in mgrs],
                          1):
        xl_put(ws, hr, c, h, font=f8b, fill="DDEBF7", border=grid, halign="center", valign="center")
    ws.row_dimensions[hr].height = 30
    xl_put(ws, hr + 1, 1, "Peso ponderale calcolato (punteggio di rilevanza da 1 a 10; \"-\" = obiettivo non "
           "assegnato)", font=font(F, 8, bold=True, italic=True), fill="F2F2F2")
    ws.merge_cells(start_row=hr + 1, start_column=1, end_row=hr + 1, end_column=8)
    first = hr + 2
    last = first + len(objs) - 1
    tot_r, fac_r = last + 1, last + 2
    nodes, inds = [], []
    for k, (code, title, iname, tgt, unit) in enumerate(objs):
        r = first + k
        xl_put(ws, r, 1, code, font=f8b, border=grid)
        xl_put(ws, r, 2, title, font=f8, border=grid)
        xl_put(ws, r, 3, iname, font=f8, border=grid)
        xl_put(ws, r, 4, tgt, font=f8, border=grid, halign="center")
        inds.append(ind(iname, code, unit=unit, targets=[(year, tgt)]))
        for j, (m, p, calc) in enumerate(mgrs):
            xl_put(ws, r, 5 + j, calc.get(code, "-"), font=f8, border=grid, halign="center",
                   fmt="0" if code in calc else None)
        ws.row_dimensions[r].height = 24
    xl_put(ws, tot_r, 1, "Totale", font=f8b, border=grid)
    xl_put(ws, fac_r, 1, "Fattore di conversione (100 / totale)", font=f8b, border=grid)
    for rr in (tot_r, fac_r):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=4)
        xl_box(ws, rr, 1, rr, 4, grid)
    for j in range(len(mgrs)):
        col = L(5 + j)
        c = ws.cell(row=tot_r, column=5 + j, value=f"=SUM({col}{first}:{col}{last})")
        c.number_format, c.font, c.border = "0", f8b, grid
        c = ws.cell(row=fac_r, column=5 + j, value=f"=100/{col}{tot_r}")
        c.number_format, c.font, c.border = "0.0000", f8b, grid
        for cc in (ws.cell(row=tot_r, column=5 + j), ws.cell(row=fac_r, column=5 + j)):
            cc.alignment = S["Alignment"](horizontal="center")
    eb = fac_r + 2
    xl_put(ws, eb, 1, "Peso ponderale effettivo (peso calcolato × fattore di conversione)",
           font=font(F, 8, bold=True, italic=True), fill="F2F2F2")
    ws.merge_cells(start_row=eb, start_column=1, end_row=eb, end_column=8)
    for k, (code, title, *_) in enumerate(objs):
        r = eb + 1 + k
        src = first + k
        xl_put(ws, r, 1, code, font=f8b, border=grid)
        xl_put(ws, r, 2, title, font=f8, border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        xl_box(ws, r, 2, r, 4, grid)
        for j, (m, p, calc) in enumerate(mgrs):
            col = L(5 + j)
            c = ws.cell(row=r, column=5 + j,
                        value=f'=IF(ISNUMBER({col}{src}),{col}{src}*{col}${fac_r}/100,"")')
            c.number_format, c.font, c.border = "0.0%", f8b, grid
            c.alignment = S["Alignment"](horizontal="center")
            if code in calc:
                v = D(calc[code]) * D(100) / sum(D(x) for x in calc.values())
                nodes.append(node(code, "operational", title, weight=dnum(v, 1, group=False) + "%", unit=m,
                                  owners=[p]))
        ws.row_dimensions[r].height = 15
    te = eb + 1 + len(objs)
    xl_put(ws, te, 1, "Totale", font=f8b, border=grid)
    ws.merge_cells(start_row=te, start_column=1, end_row=te, end_column=4)
    xl_box(ws, te, 1, te, 4, grid)
    for j in range(len(mgrs)):
        col = L(5 + j)
        c = ws.cell(row=te, column=5 + j, value=f"=SUM({col}{eb + 1}:{col}{te - 1})")
        c.number_format, c.font, c.border = "0.0%", f8b, grid
        c.alignment = S["Alignment"](horizontal="center")
    ws.freeze_panes = "E5"
    xl_page(ws, landscape=True, margins=0.5)
    notes = wb.create_sheet("Note")
    widths(notes, [110])
    for i, t in enumerate(["Note alla matrice di pesatura",
                           "Il punteggio di rilevanza (da 1 a 10) è attribuito dal Direttore per ogni obiettivo e "
                           "struttura coinvolta.",
                           "Il fattore di conversione riporta a 100 la somma dei punteggi di ciascuna struttura; i "
                           "pesi effettivi sono calcolati dal foglio.",
                           "Le celle vuote del blocco dei pesi effettivi corrispondono agli obiettivi non assegnati "
                           "(\"-\")."], 1):
        xl_put(notes, i, 1, t, font=font(F, 9, bold=(i == 1)))
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"))
    write_truth(d, [doc(org, [year])], nodes, inds)
    readme13(
        d, name, GENRE, ODS.format(script=SCRIPT),
        """Workbook kept as .ods, sheet `Matrice` (landscape print setup, frozen panes) plus a `Note` sheet.
DejaVu Sans 8, full grid. Header `Cod. | Obiettivo | Indicatore | Target 2025 |` then four manager columns whose
header cells hold TWO LINES: the structure (`Area Tecnica`) and the person (`ing. Davide Rossetti`). A grey band
`Peso ponderale calcolato …` opens the first block: integer relevance scores (1-10) per objective and structure, the
text `-` where the objective is not assigned. Then `Totale` (`=SUM(…)`) and `Fattore di conversione (100 / totale)`
(`=100/E12`, format `0.0000`: `12,5000`, `6,2500`, `5,0000`, `20,0000`). A second grey band opens the effective block:
code and title again (title merged over three columns) and LIVE FORMULAS `=IF(ISNUMBER(E6),E6*E$13/100,"")` with
format `0.0%` (`37,5%`); cells of non-assigned objectives evaluate to an EMPTY string. A final `Totale` row sums to
`100,0%`. All totals, factors and effective weights are formulas (values cached by LibreOffice).
Truth: one `operational` node per (objective, structure with a score), `unit` = the first header line, owners = [the
person on the second line], parent null, weight raw = the effective weight as displayed (`37,5%`); indicators once
under their objective code (unit_org null).""",
        ["totals, conversion factors and effective weights as LIVE FORMULAS (cached values)",
         "two-line manager headers: structure, then person",
         "effective weights with ONE decimal (`0.0%`)",
         "`-` text in the calculated block, empty formula results in the effective block",
         "indicator and target only in the calculated block; a `Note` sheet"],
        ["each structure's effective weights sum to 100,0% (37,5 + 37,5 + 25,0; 12,5 + 37,5 + 25,0 + 25,0; "
         "25,0 + 50,0 + 25,0; 40,0 + 40,0 + 20,0)",
         "the calculated scores (`10`, `6`, totals 8 / 16 / 20 / 5) are not percentages",
         "effective cells that look empty hold a formula returning \"\": objective not assigned, not a missing weight",
         "objective `O2` weighs 37,5%, 12,5% and 25,0% under three structures: different groups"],
        [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo", "ods"]
    for w in which:
        {"chromium": chromium_case, "lo": lo_case, "ods": ods_case}[w]()
        print("done", w)
