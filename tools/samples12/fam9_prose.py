#!/usr/bin/python3
"""fam9-prose-lo-1: a national park's objectives 2026-2028 with TARGETS IN PROSE, written as a workbook and printed
by LibreOffice. Landscape, Liberation Serif, horizontal rules only, green strategic bands; all the triennium's targets
in ONE cell `Risultati attesi 2026-2028`, in three shapes: `Target 2026 - Aumento del 10% rispetto alla baseline.`
lines; `Riduzione del: 5% nel 2026, 10% nel 2027, 15% nel 2028`; and the year BEFORE the value, semicolons (`nel
2026 almeno 12 specie; nel 2027 almeno 14; nel 2028 almeno 16`). Operational codes `1a)`; weights only on operational
objectives. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (LO_XLSX, case_dir, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "fam9_prose.py"
ORG = "Ente Parco Nazionale della Val Corvara"
Y = [2026, 2027, 2028]


def shape_a(verbs):
    """`Target <year> - <sentence>.` one per line; raws are the sentences without the stop."""
    return "\n".join(f"Target {y} - {v}." for y, v in zip(Y, verbs)), list(verbs)


def shape_b(word, figs):
    return f"{word} del: {figs[0]} nel {Y[0]}, {figs[1]} nel {Y[1]}, {figs[2]} nel {Y[2]}", list(figs)


def shape_c(first, rest):
    """`nel 2026 <first>; nel 2027 <rest0>; nel 2028 <rest1>`."""
    vals = [first] + list(rest)
    return "; ".join(f"nel {y} {v}" for y, v in zip(Y, vals)), vals


# strategic (code, title) -> operational (code as printed, title, weight, office)
#   -> indicator (name, unit, baseline 2024, (cell text, raws))
TREE = [
    ("OS.1", "Conservare la biodiversità e gli habitat del Parco", [
        ("1a)", "Monitorare le specie faunistiche prioritarie", "60%", "Servizio Conservazione della natura", [
            ("Specie prioritarie con piano di monitoraggio attivo", "N.", "11 specie",
             shape_c("almeno 12 specie", ["almeno 14", "almeno 16"]))]),
        ("1b)", "Ridurre la pressione del traffico veicolare nelle aree sensibili", "40%",
         "Servizio Conservazione della natura", [
             ("Accessi veicolari giornalieri al Passo Corvara nei fine settimana estivi", "N.", "1.480",
              shape_b("Riduzione", ["5%", "10%", "15%"]))])]),
    ("OS.2", "Promuovere una fruizione sostenibile del territorio", [
        ("2a)", "Valorizzare la rete sentieristica e i centri visita", "50%", "Servizio Promozione e fruizione", [
            ("Chilometri di sentieri con segnaletica a norma", "km", "212 km",
             shape_a(["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                      "Aumento del 30% rispetto alla baseline"])),
            ("Presenze registrate nei centri visita", "N.", "38.600",
             shape_c("almeno 40.000 presenze", ["almeno 42.000", "almeno 44.000"]))]),
        ("2b)", "Ampliare i programmi di educazione ambientale", "50%", "Servizio Promozione e fruizione", [
            ("Classi coinvolte nei programmi di educazione ambientale", "N.", "96",
             shape_a(["Almeno 100 classi", "Almeno 110 classi", "Almeno 120 classi"])),
            ("Insegnanti formati sui temi della biodiversità", "N.", "54",
             shape_b("Incremento", ["10%", "20%", "25%"]))])]),
    ("OS.3", "Semplificare i procedimenti autorizzativi", [
        ("3a)", "Ridurre i tempi di rilascio dei nulla osta", "100%", "Servizio Tecnico e Affari generali", [
            ("Tempo medio di rilascio del nulla osta del Parco", "gg", "52 gg",
             shape_c("non oltre 45 giorni", ["non oltre 40", "non oltre 40"])),
            ("Istanze di nulla osta presentate tramite lo sportello telematico", "%", "58%",
             shape_a(["Almeno il 70% delle istanze", "Almeno l'80% delle istanze", "Almeno il 90% delle istanze"]))])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "fam9-prose-lo-1"
    F = "Liberation Serif"
    rule = Border(bottom=Side(style="thin", color="6A8F5A"))
    head_b = Border(top=Side(style="medium", color="2F4F2F"), bottom=Side(style="medium", color="2F4F2F"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026-2028"
    widths(ws, [6, 26, 7, 28, 10, 42, 18])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Obiettivi, indicatori e risultati attesi",
           font=font(F, 10.5, italic=True), wrap=False)
    heads = ["Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Valore 2024", "Risultati attesi 2026-2028",
             "Ufficio"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9.5, bold=True), border=head_b, valign="center")
    r = HR + 1
    nodes, inds = [], []
    f9 = font(F, 9)
    for scode, stitle, ops in TREE:
        xl_put(ws, r, 1, f"{scode} – {stitle}", font=font(F, 10, bold=True, color="FFFFFF"), fill="4E7A3E",
               wrap=False)
        for c in range(2, 8):
            xl_put(ws, r, c, None, fill="4E7A3E")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        nodes.append(node(scode, "strategic", stitle))
        r += 1
        for ocode, otitle, ow, office, ilist in ops:
            o0 = r
            for iname, unit, base, (cell, raws) in ilist:
                for c, v in ((4, iname), (5, base), (6, cell)):
                    xl_put(ws, r, c, v, font=f9, border=rule, halign="center" if c == 5 else None)
                inds.append(ind(iname, ocode.rstrip(")"), unit=unit, baselines=[(2024, base)],
                                targets=list(zip(Y, raws))))
                r += 1
            for c, v in ((1, ocode), (2, otitle), (3, ow), (7, office)):
                xl_put(ws, o0, c, v, font=font(F, 9, bold=(c == 1)), border=rule, halign="center" if c == 3 else None)
                for rr in range(o0 + 1, r):
                    xl_put(ws, rr, c, None, border=rule)
                if r - 1 > o0:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            nodes.append(node(ocode.rstrip(")"), "operational", otitle, parent=scode, weight=ow, owners=[office]))
    xl_put(ws, r + 1, 1, "Le variazioni percentuali si intendono rispetto al valore 2024 (baseline). Il peso è "
           "riferito all'obiettivo strategico di appartenenza.", font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=9)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.right.text = "Pagina &P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="parco")
    write_truth(d, [doc(ORG, Y)], nodes, inds)
    genre_readme(d, name, "targets in prose", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Serif 9 pt, HORIZONTAL RULES ONLY (thin green rule under each row, heavy rules around the
header). Title (the park) and an italic subtitle `Piano della performance 2026-2028 – Obiettivi, indicatori e
risultati attesi`; header `Cod. | Obiettivo operativo | Peso | Indicatore | Valore 2024 | Risultati attesi 2026-2028
| Ufficio` (one page). Strategic objectives are dark-green merged band rows `OS.1 – title` without weight;
operational objectives (`1a)` bold, title, `Peso`, office) are merged down over their indicator rows. ALL the
triennium's targets are in ONE cell per indicator, in prose, three shapes: (a) three lines `Target 2026 - Aumento
del 10% rispetto alla baseline.`; (b) one sentence `Riduzione del: 5% nel 2026, 10% nel 2027, 15% nel 2028`; (c)
the year BEFORE the value, separated by semicolons, the unit word only in the first year (`nel 2026 almeno 12
specie; nel 2027 almeno 14; nel 2028 almeno 16`). Truth: strategic nodes `OS.1` (no weight), operational nodes with
the code without `)` (`1a`), owners = [Ufficio]; indicators without code; baseline 2024 as printed; targets per year:
shape (a) the sentence without its stop, shape (b) the figure (`5%`), shape (c) the words after `nel <year>`
(`almeno 14`, `non oltre 40`).
""", ["all years in one prose cell, three shapes incl. a new one: year before the value, semicolons",
      "relative targets on count indicators (`Riduzione del: 5% …` on vehicle accesses): not a unit error",
      "flat and decreasing days in prose (`non oltre 45 giorni; … non oltre 40; … non oltre 40`)",
      "weights only on operational objectives (60% + 40%, 50% + 50%, 100% inside each strategic objective)",
      "codes `1a)`; horizontal rules only; strategic band rows"], [])
    return name


if __name__ == "__main__":
    print(build())
