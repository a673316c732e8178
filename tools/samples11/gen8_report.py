#!/usr/bin/python3
"""gen8-report-xlsx-1: a regional environmental agency's report of results 2024, kept as .xlsx. One data sheet
with ROW OUTLINE GROUPING (areas / strategic / operational / indicators on outline levels 0-3), levels told apart by
code shape, bold and indentation; `Peso %` as bare integer cells; `% raggiungimento` as `0.0%` fraction cells at
EVERY level; results as number cells in several formats; a notes sheet. Fault: achievement.mismatch.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (XLSX, capped, case_dir, disp, doc, dpct, finding, font, genre_readme, ind, node,  # noqa: E402
                      rnd, widths, write_truth, xl_fit_rows, xl_page, xl_put, xl_save)

SCRIPT = "gen8_report.py"
ORG = "Agenzia Regionale per la Protezione dell'Ambiente della Valmarina"
YEAR = 2024
FAULT = "Pareri tecnici resi nell'anno"

# area (code, title, w) -> strategic (code, title, w) -> operational (code, title, w)
# -> indicator (name, unit, w, target raw, op, target value, result value, result fmt)
TREE = [
    ("A", "MONITORAGGIO E CONTROLLO AMBIENTALE", 45, [
        ("A.1", "Garantire il controllo delle installazioni soggette ad autorizzazione integrata ambientale", 60, [
            ("A.1.a", "Eseguire le ispezioni programmate negli impianti AIA", 70, [
                ("Ispezioni AIA eseguite sul totale delle ispezioni programmate", "%", 60, "≥ 95%", "ge", 95,
                 Decimal("0.972"), "0.0%"),
                ("Rapporti di ispezione trasmessi al gestore entro 60 giorni", "%", 40, "≥ 90%", "ge", 90,
                 Decimal("0.864"), "0.0%")]),
            ("A.1.b", "Ridurre i tempi di refertazione dei campioni di acque reflue", 30, [
                ("Tempo medio di refertazione dei campioni di acque reflue", "gg", 100, "≤ 30 gg", "le", 30,
                 Decimal(33), '0" gg"')])]),
        ("A.2", "Assicurare la funzionalità della rete di monitoraggio della qualità dell'aria", 40, [
            ("A.2.a", "Mantenere l'efficienza della rete regionale di monitoraggio", 100, [
                ("Rendimento strumentale medio delle stazioni di monitoraggio", "%", 50, "≥ 90%", "ge", 90,
                 Decimal("0.931"), "0.0%"),
                ("Dati giornalieri validati e pubblicati entro il giorno successivo", "%", 50, "≥ 98%", "ge", 98,
                 Decimal("0.955"), "0.0%")])])]),
    ("B", "SUPPORTO TECNICO E INFORMAZIONE AMBIENTALE", 30, [
        ("B.1", "Supportare gli enti locali nelle valutazioni e autorizzazioni ambientali", 100, [
            ("B.1.a", "Rendere i pareri tecnici richiesti dagli enti nei termini di legge", 55, [
                ("Pareri tecnici resi entro i termini di legge", "%", 70, "≥ 92%", "ge", 92, Decimal("0.948"),
                 "0.0%"),
                (FAULT, "N.", 30, "≥ 450", "ge", 450, Decimal(431), "#,##0")]),
            ("B.1.b", "Diffondere i dati ambientali in formato aperto", 45, [
                ("Dataset pubblicati sul portale regionale dei dati aperti", "N.", 100, "≥ 40", "ge", 40,
                 Decimal(46), "#,##0")])])]),
    ("C", "ORGANIZZAZIONE E RISORSE", 25, [
        ("C.1", "Rispettare i tempi di pagamento dei fornitori", 50, [
            ("C.1.a", "Ridurre il tempo medio di pagamento delle fatture commerciali", 100, [
                ("Indicatore annuale di tempestività dei pagamenti", "gg", 100, "≤ 0 gg", "le", 0, Decimal(-5),
                 '0" gg"')])]),
        ("C.2", "Accrescere le competenze del personale tecnico", 50, [
            ("C.2.a", "Realizzare il piano annuale della formazione", 100, [
                ("Ore di formazione per dipendente", "N.", 60, "≥ 20", "ge", 20, Decimal("18.5"), "0.0"),
                ("Corsi del piano formativo realizzati", "%", 40, "≥ 85%", "ge", 85, Decimal("0.88"), "0.0%")])])]),
]


def wmean(pairs):
    return sum(Decimal(w) * a for w, a in pairs) / sum(Decimal(w) for w, _ in pairs)


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "gen8-report-xlsx-1"
    F = "Calibri"
    ln = Side(style="thin", color="9AA5B1")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    wb = Workbook()
    ws = wb.active
    ws.title = "Risultati 2024"
    widths(ws, [9, 62, 8, 13, 13, 14, 30])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2024 – Allegato A: grado di raggiungimento degli obiettivi",
           font=font(F, 11), wrap=False)
    heads = ["Codice", "Descrizione", "Peso %", "Target 2024", "Risultato 2024", "% raggiungimento", "Note"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 10, bold=True, color="FFFFFF"), fill="2E5E4E", border=grid,
               halign="center", valign="center")
    ws.freeze_panes = "C5"
    nodes, inds = [], []
    rows = []   # (level, kind, payload) built first, achievements computed bottom-up
    area_ach = []
    for acode, atitle, aw, sts in TREE:
        st_ach = []
        st_rows = []
        for scode, stitle, sw, ops in sts:
            op_ach = []
            op_rows = []
            for ocode, otitle, ow, ilist in ops:
                i_ach = []
                i_rows = []
                for iname, unit, iw, traw, op, tv, rv, rf in ilist:
                    rshown = rv * 100 if rf.endswith("%") else rv
                    due = rnd(capped(rshown, tv, op), 1)
                    printed = Decimal(100) if iname == FAULT else due
                    i_ach.append((iw, printed))
                    i_rows.append((3, [None, iname, iw, traw, (rv, rf), printed, None]))
                    inds.append(ind(iname, ocode, unit=unit, weight=str(iw), targets=[(YEAR, traw)],
                                    results=[(YEAR, disp(rv, rf))], achievement=[(YEAR, dpct(printed, 1))]))
                oa = rnd(wmean(i_ach), 1)
                op_ach.append((ow, oa))
                op_rows += [(2, [ocode, otitle, ow, None, None, oa, None])] + i_rows
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=str(ow),
                                  achievement=[(YEAR, dpct(oa, 1))]))
            sa = rnd(wmean(op_ach), 1)
            st_ach.append((sw, sa))
            st_rows += [(1, [scode, stitle, sw, None, None, sa, None])] + op_rows
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=str(sw),
                              achievement=[(YEAR, dpct(sa, 1))]))
        aa = rnd(wmean(st_ach), 1)
        area_ach.append((aw, aa))
        rows += [(0, [acode, atitle, aw, None, None, aa, None])] + st_rows
        nodes.append(node(acode, "area", atitle, weight=str(aw), achievement=[(YEAR, dpct(aa, 1))]))
    notes = {"Indicatore annuale di tempestività dei pagamenti": "Valore negativo: pagamenti in anticipo sulla "
             "scadenza", "Ore di formazione per dipendente": "Media sul personale in servizio al 31/12"}
    r = HR + 1
    for lvl, vals in rows:
        bold = lvl < 3
        fill = {0: "CFE3DA", 1: "EAF2ED"}.get(lvl)
        f = font(F, 10 if lvl == 0 else 9.5, bold=bold, italic=(lvl == 2))
        code, desc, w, traw, res, ach, _ = vals
        xl_put(ws, r, 1, code, font=f, fill=fill, border=grid)
        xl_put(ws, r, 2, desc, font=f, fill=fill, border=grid, indent=lvl)
        xl_put(ws, r, 3, w, font=f, fill=fill, border=grid, fmt="0", halign="center")
        xl_put(ws, r, 4, traw, font=f, fill=fill, border=grid, halign="center")
        if res:
            xl_put(ws, r, 5, float(res[0]), font=f, fill=fill, border=grid, fmt=res[1], halign="center")
        else:
            xl_put(ws, r, 5, None, font=f, fill=fill, border=grid)
        xl_put(ws, r, 6, float(ach / 100), font=f, fill=fill, border=grid, fmt="0.0%", halign="center")
        xl_put(ws, r, 7, notes.get(desc), font=font(F, 8.5, italic=True), fill=fill, border=grid)
        if lvl:
            ws.row_dimensions[r].outline_level = lvl
        r += 1
    xl_fit_rows(ws, HR + 1, r - 1, pt=9.5)
    ws.sheet_properties.outlinePr.summaryBelow = False
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    wn = wb.create_sheet("Note metodologiche")
    widths(wn, [110])
    for k, t in enumerate([
            "Note metodologiche",
            "Il grado di raggiungimento di ciascun indicatore è il rapporto tra risultato e target (tra target e "
            "risultato per gli indicatori da minimizzare), con un massimo del 100%.",
            "Il grado di raggiungimento degli obiettivi operativi, degli obiettivi strategici e delle aree è la media "
            "ponderata del grado di raggiungimento del livello inferiore, con i pesi della colonna Peso %.",
            "Le righe possono essere raggruppate per livello con i comandi di struttura del foglio."], 1):
        xl_put(wn, k, 1, t, font=font(F, 11 if k == 1 else 10, bold=(k == 1)))
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    fnd = [finding("achievement.mismatch", FAULT, "operational objective B.1.a: result 431 against a target of "
                   "≥ 450 gives 95,8%, but 100,0% is printed")]
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds, fnd)
    genre_readme(d, name, "report", XLSX.format(script=SCRIPT), """
An .xlsx workbook with two sheets. `Risultati 2024`: two title rows (the agency; `Relazione sulla performance 2024 –
Allegato A: grado di raggiungimento degli obiettivi`), a green header row `Codice | Descrizione | Peso % | Target
2024 | Risultato 2024 | % raggiungimento | Note` (print title, frozen panes at C5), then ONE list of rows for all
levels: areas (`A`, bold, green fill), strategic objectives (`A.1`, bold, light fill), operational objectives
(`A.1.a`, italic) and indicators (no code, name indented three steps). The rows carry ROW OUTLINE LEVELS 0-3
(the sheet can be collapsed by level; summary rows above the detail). `Peso %` is an integer number cell (format
`0`, printed `60`) at every level, each sibling group summing to 100; `% raggiungimento` is a fraction cell with
format `0.0%` at EVERY level (`97,4%`); targets are text cells (`≥ 95%`, `≤ 30 gg`, `≥ 450`, `≤ 0 gg`); results are
number cells with formats `0.0%` (`97,2%`), `0" gg"` (`33 gg`, `-5 gg`), `#,##0` (`431`) and `0.0` (`18,5`). A
`Note` column comments two indicators. Sheet `Note metodologiche`: the rule (result / target, inverse for indicators
to minimise, capped at 100%; weighted means of the lower level with `Peso %`). Truth: areas `area`, `A.1`
`strategic`, `A.1.a` `operational`; weights raw as displayed (`60`), results and achievements as displayed; year
2024.
""", ["one list with the level given by code shape, font and indentation, plus row outline levels",
      "`Peso %` bare integers; `% raggiungimento` at every level (`0.0%` cells)",
      "results as number cells in several formats, a negative days value (`-5 gg`)",
      "header synonyms `Peso %`, `Risultato 2024`, `% raggiungimento`",
      "frozen panes, print titles, landscape print setup, a methodological notes sheet"],
                 ["`achievement.mismatch` on the indicator `Pareri tecnici resi nell'anno` (operational objective "
                  "B.1.a, no code: subject is its name): result 431 against `≥ 450` is 95,8%, but `100,0%` is "
                  "printed; the roll-ups above it are computed from the printed 100,0% (so no roll-up error)"])
    return name


if __name__ == "__main__":
    print(build())
