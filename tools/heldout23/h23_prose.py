#!/usr/bin/python3
"""h23-prose-xlsx-1: targets in prose (family) of a regional civil-protection agency 2024-2026, an .xlsx kept as the
input. ONE SHEET PER AREA after a `Leggimi` sheet; year columns `Target 2024 | Target 2025 | Target 2026`, but for
some indicators ONE PROSE CELL IS MERGED ACROSS THE THREE YEAR COLUMNS (`Riduzione del: 5% nel 2024, …`, `nel 2024
almeno 40 comuni; …`, `In ciascun anno del triennio: …`), for others each year has its own prose cell (`Target 2024 -
…`, `almeno 12 esercitazioni`). Baselines `Valore 2023` as number cells with unit formats. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (XLSX, case_dir23, doc, font, ind, lo_show, node, readme13, widths, write_truth,  # noqa
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "h23_prose.py"
NAME = "h23-prose-xlsx-1"
ORG = "Agenzia Regionale per la Sicurezza del Territorio e la Protezione Civile"
YEARS = [2024, 2025, 2026]

# area no, area title, sheet, [(code, objective, structure, [(indicator, unit, base, fmt, kind, text, raws)])]
# kind "merged": one text across the year columns; "years": one text per year
AREAS = [
    ("1", "Prevenzione e pianificazione", "Area 1 Prevenzione", [
        ("P.1", "Aggiornare i piani comunali di protezione civile", "Servizio Pianificazione", [
            ("Comuni con piano di protezione civile aggiornato", "N.", 31, "#,##0", "merged",
             "nel 2024 almeno 40 comuni; nel 2025 almeno 55; nel 2026 almeno 78 (tutti i comuni)",
             ["almeno 40 comuni", "almeno 55", "almeno 78 (tutti i comuni)"]),
            ("Esercitazioni di protezione civile con la popolazione", "N.", 9, "#,##0", "years",
             ["almeno 12 esercitazioni", "almeno 14 esercitazioni", "almeno 16 esercitazioni"],
             ["almeno 12 esercitazioni", "almeno 14 esercitazioni", "almeno 16 esercitazioni"])]),
        ("P.2", "Ridurre il rischio idrogeologico nei bacini montani", "Servizio Difesa del suolo", [
            ("Interventi di manutenzione idraulica programmati e completati", "%", 0.78, "0%", "years",
             ["Target 2024 - Aumento del 5% rispetto al valore 2023.",
              "Target 2025 - Aumento del 10% rispetto al valore 2023.",
              "Target 2026 - Aumento del 15% rispetto al valore 2023."],
             ["Target 2024 - Aumento del 5% rispetto al valore 2023",
              "Target 2025 - Aumento del 10% rispetto al valore 2023",
              "Target 2026 - Aumento del 15% rispetto al valore 2023"])])]),
    ("2", "Gestione delle emergenze", "Area 2 Emergenze", [
        ("E.1", "Ridurre i tempi di attivazione della colonna mobile regionale", "Servizio Emergenze", [
            ("Tempo medio di attivazione della colonna mobile", "min", 95, '0" min"', "merged",
             "Riduzione del: 5% nel 2024, 10% nel 2025, 15% nel 2026", ["5%", "10%", "15%"]),
            ("Volontari formati per l'impiego in emergenza", "N.", 1240, "#,##0", "years",
             ["Target 2024 - Incremento di 150 volontari rispetto al 2023.",
              "Target 2025 - Incremento di 300 volontari rispetto al 2023.",
              "Target 2026 - Incremento di 450 volontari rispetto al 2023."],
             ["Target 2024 - Incremento di 150 volontari rispetto al 2023",
              "Target 2025 - Incremento di 300 volontari rispetto al 2023",
              "Target 2026 - Incremento di 450 volontari rispetto al 2023"])]),
        ("E.2", "Garantire la continuità delle sale operative", "Sala Operativa Regionale", [
            ("Sale operative provinciali attive H24", "%", 1, "0%", "merged",
             "In ciascun anno del triennio: mantenimento del 100% delle sale operative attive H24",
             ["In ciascun anno del triennio: mantenimento del 100% delle sale operative attive H24"] * 3)])]),
    ("3", "Organizzazione e risorse", "Area 3 Organizzazione", [
        ("O.1", "Digitalizzare la gestione del volontariato", "Servizio Volontariato", [
            ("Organizzazioni di volontariato iscritte nel registro digitale", "%", 0.42, "0%", "years",
             ["almeno il 60%", "almeno l'80%", "almeno il 95%"], ["almeno il 60%", "almeno l'80%", "almeno il 95%"])]),
        ("O.2", "Ridurre i tempi di rimborso ai datori di lavoro dei volontari", "Servizio Amministrazione", [
            ("Tempo medio di rimborso delle istanze", "gg", 74, '0" gg"', "merged",
             "Riduzione del: 10% nel 2024, 20% nel 2025, 30% nel 2026", ["10%", "20%", "30%"])])]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    wb = Workbook()
    FN = "Calibri"
    info = wb.active
    info.title = "Leggimi"
    lines = [ORG, "Piano della performance 2024-2026 – Obiettivi operativi e risultati attesi", "",
             "Il piano è articolato in tre aree, una per foglio. Per ciascun indicatore il risultato atteso è "
             "descritto a parole: anno per anno nelle colonne Target 2024, Target 2025 e Target 2026, oppure con "
             "un'unica descrizione valida per il triennio riportata su tutte e tre le colonne.",
             "Valore 2023: dato consuntivo al 31.12.2023."]
    for k, line in enumerate(lines, 1):
        xl_put(info, k, 1, line, font=font(FN, 12 if k == 1 else 10, bold=(k == 1)), wrap=True)
    widths(info, [120])
    nodes, inds = [], []
    for ano, atitle, sheet, objs in AREAS:
        ws = wb.create_sheet(sheet)
        nodes.append(node(ano, "area", atitle))
        xl_put(ws, 1, 1, ORG, font=font(FN, 11, bold=True), wrap=False)
        xl_put(ws, 2, 1, f"Area {ano} – {atitle}", font=font(FN, 11, bold=True, color="9C2A00"), wrap=False)
        head = ["Cod.", "Obiettivo operativo", "Indicatore", "Valore 2023", "Target 2024", "Target 2025",
                "Target 2026", "Struttura"]
        for c, h in enumerate(head, 1):
            xl_put(ws, 4, c, h, font=font(FN, 10, bold=True), fill="FCE4D6", border=st["grid"], halign="center")
        widths(ws, [7, 30, 32, 11, 24, 24, 24, 20])
        r = 5
        for code, otitle, struct, ilist in objs:
            r0 = r
            nodes.append(node(code, "operational", otitle, parent=ano, owners=[struct]))
            for iname, um, base, fmt, kind, text, raws in ilist:
                vals = [code if r == r0 else None, otitle if r == r0 else None, iname, base]
                for c, v in enumerate(vals, 1):
                    xl_put(ws, r, c, v, font=font(FN, 10), border=st["grid"], fmt=fmt if c == 4 else None,
                           halign="center" if c == 4 else None)
                if kind == "merged":
                    xl_put(ws, r, 5, text, font=font(FN, 10, italic=True), border=st["grid"], halign="center")
                    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
                else:
                    for c, t in enumerate(text, 5):
                        xl_put(ws, r, c, t, font=font(FN, 10), border=st["grid"])
                xl_put(ws, r, 8, struct if r == r0 else None, font=font(FN, 10), border=st["grid"])
                inds.append(ind(iname, code, unit=um, baselines=[(2023, lo_show(base, fmt))],
                                targets=list(zip(YEARS, raws))))
                r += 1
            for c in (1, 2, 8):
                if r - 1 > r0:
                    ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
            xl_box(ws, r0, 1, r - 1, 8, st["grid"])
        xl_fit_rows(ws, 5, r - 1, pt=10)
        xl_page(ws, landscape=True, title_rows="4:4")
        ws.freeze_panes = "C5"
    d = case_dir23(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "targets in prose (family; kind `unknown`)", XLSX.format(script=SCRIPT), """
Workbook kept as .xlsx (Calibri 10): a `Leggimi` sheet (the agency, the plan title, how targets are written), then
ONE SHEET PER AREA (`Area 1 Prevenzione`, `Area 2 Emergenze`, `Area 3 Organizzazione`), each with the agency, the
area line `Area 1 – Prevenzione e pianificazione` and the header `Cod. | Obiettivo operativo | Indicatore | Valore
2023 | Target 2024 | Target 2025 | Target 2026 | Struttura`. Objective code, title and Struttura are merged down
over their indicators. Targets come in two ways: ONE PROSE CELL MERGED ACROSS THE THREE YEAR COLUMNS (italic,
centred: `Riduzione del: 5% nel 2024, 10% nel 2025, 15% nel 2026`; `nel 2024 almeno 40 comuni; nel 2025 almeno 55;
nel 2026 almeno 78 (tutti i comuni)`; `In ciascun anno del triennio: mantenimento del 100% …`) or one prose cell per
year (`Target 2024 - Aumento del 5% rispetto al valore 2023.`; `almeno 12 esercitazioni`; `almeno l'80%`).
`Valore 2023` cells are numbers with formats `0%`, `#,##0`, `0" min"`, `0" gg"`. Frozen panes, landscape print
setup.
Truth: areas `area` coded `1`-`3` (from `Area n –`), objectives `operational` with owners = [Struttura];
baseline 2023 as displayed (`78%`, `1.240`, `95 min`); target raws: `Target yyyy - …` → the sentence without its
stop; `del: x nel yyyy` → the figure; `nel yyyy …;` → the words after the year; the one phrase for the triennium →
the same raw for the three years; per-year cells as printed.
""", ["prose merged ACROSS the year columns for some indicators, one cell per year for others",
      "one sheet per area after a `Leggimi` sheet", "baseline number cells whose format prints the unit",
      "four prose shapes in one workbook", "area title only in a line above each sheet's table"],
     ["`Riduzione del: 10% nel 2024, 20% nel 2025, 30% nel 2026` on a days / minutes indicator: relative "
      "reductions, lower is better", "`In ciascun anno del triennio: mantenimento del 100% …` with a 100% baseline: "
      "a maintenance target", "relative targets (`Aumento del 5% rispetto al valore 2023`) carry no operator",
      "no weights anywhere"], [])
    return NAME


if __name__ == "__main__":
    print(build())
