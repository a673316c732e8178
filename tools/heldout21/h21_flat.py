#!/usr/bin/python3
"""h21-flat-xlsx-1: flat table per responsibility centre of a regional environmental agency (ARPA), kept as .xlsx.
Clean.

One sheet, header on row 4, frozen panes. The CENTRE is the LAST column; continuation rows print `idem` in the
objective and centre columns (the old typewriter convention) instead of repeating or merging; resources in THOUSANDS
of euro (`Risorse finanziarie (migliaia di €)`, `#,##0.0` cells such as `1.077,5`) only on an objective's first row,
`–` for an objective without own resources; a `Totale` row. Targets 2019 as text (`=90%`, `= 45.000`, `<= 30 gg`),
as a number cell whose format prints the operator (`">= "0%`) and as a date cell. Content is invented."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import XLSX, case_dir21, dnum, doc, font, ind, node, readme13, widths, write_truth, xl_put, \
    xl_save, xl_styles  # noqa: E402

NAME = "h21-flat-xlsx-1"
ORG = "ARPA Molise – Agenzia Regionale per la Protezione Ambientale del Molise"
ORG_TRUTH = "ARPA Molise"
YEAR = 2019

# centre, [(n, objective, resources (thousands) or None, [(indicator, type, unit, target, target display)])]
# target: a str (text cell), ("pct", 0.95, '">= "0%', ">= 95%") or ("date", date, "30/06/2019")
DATA = [
    ("Direzione tecnico-scientifica", [
        ("1", "Potenziare la rete regionale di monitoraggio della qualità dell'aria", 420.0, [
            ("Dati validi prodotti dalle stazioni di misura", "Efficacia", "%", "=90%"),
            ("Stazioni adeguate ai requisiti del D.Lgs. 155/2010", "Efficienza", "N.", "= 12")]),
        ("2", "Aggiornare il catasto regionale delle sorgenti di campi elettromagnetici", 85.5, [
            ("Record georeferenziati inseriti nel catasto", "Volume", "N.", "= 45.000")]),
    ]),
    ("Dipartimento provinciale di Campobasso", [
        ("3", "Garantire i controlli sulle installazioni in autorizzazione integrata ambientale", 310.0, [
            ("Ispezioni AIA eseguite sul totale programmato", "Efficacia", "%", ("pct", 0.95, '">= "0%', ">= 95%")),
            ("Tempo medio di emissione dei rapporti di prova", "Efficienza", "gg", "<= 30 gg")]),
        ("4", "Monitorare le acque di balneazione", None, [
            ("Campionamenti eseguiti nella stagione balneare", "Volume", "N.", "= 240")]),
    ]),
    ("Dipartimento provinciale di Isernia", [
        ("5", "Controllare gli scarichi dei depuratori urbani", 198.0, [
            ("Depuratori controllati almeno due volte nell'anno", "Efficacia", "%", "=100%")]),
    ]),
    ("Direzione amministrativa", [
        ("6", "Completare il passaggio alla contabilità economico-patrimoniale", 64.0, [
            ("Avvio in esercizio del nuovo sistema contabile", "Qualità", "data",
             ("date", datetime.date(2019, 6, 30), "30/06/2019")),
            ("Personale amministrativo formato sul nuovo sistema", "Efficacia", "%", "=90%")]),
    ]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    Side, Border = st["Side"], st["Border"]
    line = Border(bottom=Side(style="thin", color="9aa9b5"))
    d = case_dir21(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2019"
    widths(ws, [5, 44, 42, 13, 10, 12, 15, 34])
    f = lambda **k: font("Liberation Sans", k.pop("size", 9), **k)  # noqa: E731
    xl_put(ws, 1, 1, ORG, font=f(size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2019 – Obiettivi, indicatori e risorse per centro di responsabilità",
           font=f(size=10), wrap=False)
    head = ["N.", "Descrizione obiettivo", "Indicatori", "Tipologia indicatore", "unità di misura", "Target 2019",
            "Risorse finanziarie (migliaia di €)", "Centro di responsabilità"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=f(bold=True, color="FFFFFF"), fill="3E6A85", halign="center", valign="center")
    ws.row_dimensions[4].height = 30
    r = 5
    nodes, inds, total = [], [], 0.0
    prev_centre = None
    for centre, objs in DATA:
        for n, title, res, kpis in objs:
            nodes.append(node(n, "operational", title, None, owners=[centre],
                              resources=[dnum(res, 1)] if res is not None else []))
            if res is not None:
                total += res
            for k, (name, typ, unit, tg) in enumerate(kpis):
                first = k == 0
                xl_put(ws, r, 1, n if first else None, font=f(), border=line, halign="center")
                xl_put(ws, r, 2, title if first else "idem", font=f(italic=not first), border=line)
                xl_put(ws, r, 3, name, font=f(), border=line)
                xl_put(ws, r, 4, typ, font=f(), border=line)
                xl_put(ws, r, 5, unit, font=f(), border=line, halign="center")
                if isinstance(tg, tuple):
                    kind, val, *rest = tg
                    if kind == "pct":
                        xl_put(ws, r, 6, val, font=f(), border=line, halign="center", fmt=rest[0])
                        traw = rest[1]
                    else:
                        xl_put(ws, r, 6, val, font=f(), border=line, halign="center", fmt="DD/MM/YYYY")
                        traw = rest[0]
                else:
                    xl_put(ws, r, 6, tg, font=f(), border=line, halign="center")
                    traw = tg
                if first:
                    xl_put(ws, r, 7, res if res is not None else "–", font=f(), border=line, halign="right",
                           fmt="#,##0.0")
                else:
                    xl_put(ws, r, 7, None, font=f(), border=line)
                xl_put(ws, r, 8, "idem" if centre == prev_centre else centre, font=f(italic=centre == prev_centre),
                       border=line)
                prev_centre = centre
                inds.append(ind(name, n, unit="date" if unit == "data" else unit, type=typ,
                                targets=[(YEAR, traw)]))
                ws.row_dimensions[r].height = 26
                r += 1
    xl_put(ws, r, 2, "Totale", font=f(bold=True), border=Border(top=Side(style="medium", color="3E6A85")))
    xl_put(ws, r, 7, total, font=f(bold=True), halign="right", fmt="#,##0.0",
           border=Border(top=Side(style="medium", color="3E6A85")))
    xl_put(ws, r + 2, 1, "Le risorse sono espresse in migliaia di euro e riferite agli stanziamenti 2019 "
           "attribuiti al singolo obiettivo; \"idem\" = come sopra; – = obiettivo senza risorse proprie.",
           font=f(size=8, italic=True), wrap=False)
    ws.freeze_panes = "A5"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG_TRUTH, [YEAR], kind="unknown")], nodes, inds, resources_total=dnum(total, 1))
    readme13(
        d, NAME, "flat table per responsibility centre (unknown)", XLSX.format(script="h21_flat.py"),
        "One sheet `Obiettivi 2019`: two title lines, header on row 4 (white on blue), frozen panes, thin grey "
        "horizontal rules only. Columns `N. | Descrizione obiettivo | Indicatori | Tipologia indicatore | unità di "
        "misura | Target 2019 | Risorse finanziarie (migliaia di €) | Centro di responsabilità` – the centre LAST. "
        "An objective's number, title and resources only on its first indicator row; the next rows print `idem` "
        "(italic) in the objective column; the centre column prints the centre on its first row and `idem` on all "
        "the following rows of that centre. `Totale` row and a note. Truth: one `operational` node per objective "
        "(code = `N.`, owners = [centre], resources = the `#,##0.0` display in thousands, none for `–`); "
        "indicators with type, unit (`data` → `date`) and the 2019 target as displayed; resources_total = "
        "`Totale`; organisation `ARPA Molise`.",
        ["centre in the LAST column", "`idem` continuation cells for objective and centre (no merge, no repeat)",
         "resources in thousands of euro, scale in the header only (`420,0`, `1.077,5`)",
         "targets as text, as a number cell with an operator-printing format (`\">= \"0%` → `>= 95%`) and as a "
         "DATE cell (`30/06/2019`)",
         "white-on-blue header, horizontal rules only, frozen panes"],
        ["resources 420,0 + 85,5 + 310,0 + 198,0 + 64,0 = 1.077,5: the printed total matches (thousands of euro)",
         "objective 4 prints `–` resources: funded elsewhere, not a missing or zero value",
         "`idem` rows belong to the objective / centre above, they are not new objectives or centres",
         "`<= 30 gg` is a maximum (lower is better)", "no weights anywhere (this family has none)",
         "`=90%`, `= 45.000` equality targets with and without a space"],
        [])


if __name__ == "__main__":
    build()
