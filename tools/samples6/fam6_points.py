#!/usr/bin/python3
"""fam5-points-ods-1: weights in points with area subtotal rows, an OpenDocument spreadsheet. Content invented."""
import os
import tempfile

from openpyxl import Workbook

from common6 import (ODS_PRODUCER, case_dir, doc, ind, lo_convert, node, write_readme, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

ORG = "Comune di Pietralunga Marina"
YEAR = 2026
FMT = '[=1]0 "PUNTO";0 "punti"'


def pts(n):
    return "1 PUNTO" if n == 1 else f"{n} punti"


AREAS = [
    ("1", "SERVIZI AL CITTADINO E ALLA PERSONA", [
        ("1.1", "Attivare lo sportello polifunzionale unico presso la sede municipale", 15, [
            ("Servizi erogati dallo sportello polifunzionale", "N.", ">= 25"),
            ("Apertura dello sportello al pubblico", "date", "entro il 30.04.2026"),
        ]),
        ("1.2", "Rendere disponibili on line i certificati anagrafici", 10, [
            ("Certificati rilasciati on line sul totale dei certificati", "%", ">= 60%"),
        ]),
        ("1.3", "Ampliare l'orario di apertura della biblioteca civica", 9, [
            ("Ore settimanali di apertura al pubblico", None, ">= 36 ore"),
            ("Prestiti annui", "N.", "= 6.500"),
        ]),
        ("1.4", "Aggiornare la carta dei servizi demografici", 1, [
            ("Approvazione della carta aggiornata in Giunta", "text", "SI"),
        ]),
    ]),
    ("2", "TERRITORIO, AMBIENTE E LAVORI PUBBLICI", [
        ("2.1", "Programmare la manutenzione straordinaria delle strade comunali", 20, [
            ("Chilometri di strade riasfaltate", None, ">= 12 km"),
            ("Tempo medio di intervento sulle buche segnalate", "gg", "21-28giorni"),
        ]),
        ("2.2", "Aumentare la raccolta differenziata dei rifiuti urbani", 12, [
            ("Raccolta differenziata sul totale dei rifiuti", "%", "> 75%"),
        ]),
        ("2.3", "Riqualificare le aree verdi del lungomare", 8, [
            ("Importo dei lavori aggiudicati", "EUR", "€ 179.220,00"),
        ]),
    ]),
    ("3", "ORGANIZZAZIONE, BILANCIO E TRASPARENZA", [
        ("3.1", "Rispettare i tempi di pagamento delle fatture commerciali", 10, [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "<= 0 gg"),
        ]),
        ("3.2", "Recuperare l'evasione dei tributi locali", 10, [
            ("Somme accertate per evasione IMU e TARI", "EUR", ">= € 250.000,00"),
            ("Avvisi di accertamento notificati", "N.", "= 900"),
        ]),
        ("3.3", "Completare la sezione Amministrazione trasparente", 5, [
            ("Obblighi di pubblicazione assolti sul totale", "%", "=100%"),
        ]),
    ]),
]


def build():
    name = "fam5-points-ods-1"
    d = case_dir(name)
    st = xl_styles()
    F, grid, B, S = st["Font"], st["grid"], st["Border"], st["Side"]
    base = "Liberation Serif"
    wb = Workbook()
    ist = wb.active
    ist.title = "Istruzioni"
    ist.column_dimensions["A"].width = 80
    xl_put(ist, 1, 1, ORG, font=F(name=base, size=13, bold=True))
    xl_put(ist, 2, 1, "Piano esecutivo di gestione 2026 – Obiettivi di performance organizzativa",
           font=F(name=base, size=11))
    xl_put(ist, 4, 1, "A ciascun obiettivo è attribuito un punteggio; la somma dei punteggi è 100 punti. Il "
                      "foglio Obiettivi 2026 riporta, per ogni area, gli obiettivi con i relativi indicatori e il "
                      "totale dei punti dell'area.", font=F(name=base, size=10.5))
    ist.row_dimensions[4].height = 60
    xl_page(ist, landscape=False)
    ws = wb.create_sheet("Obiettivi 2026")
    for col, w in zip("ABCDE", (7, 40, 40, 20, 12)):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "PEG 2026 – Obiettivi, indicatori e punteggi", font=F(name=base, size=10.5), wrap=False)
    hr = 4
    for c, h in enumerate(("Cod.", "Obiettivo", "Indicatore", f"Risultato atteso {YEAR}", "Punti"), 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=10, bold=True), fill="D9D9D9", border=grid, valign="center",
               halign="center" if c == 5 else None)
    r = hr + 1
    f10 = F(name=base, size=10)
    nodes, inds = [], []
    grand = 0
    for ac, at, objs in AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        xl_put(ws, r, 1, f"AREA {ac} – {at}", font=F(name=base, size=10, bold=True, color="FFFFFF"), fill="2E5E4E")
        xl_box(ws, r, 1, r, 5, grid)
        r += 1
        sub = 0
        for oc, ot, p, its in objs:
            first = r
            for nm, unit, t in its:
                xl_put(ws, r, 3, nm, font=f10, border=grid)
                xl_put(ws, r, 4, t, font=f10, border=grid, halign="center")
                inds.append(ind(nm, oc, unit=unit, targets=[(YEAR, t)]))
                r += 1
            xl_put(ws, first, 1, oc, font=F(name=base, size=10, bold=True), border=grid)
            xl_put(ws, first, 2, ot, font=f10, border=grid)
            xl_put(ws, first, 5, p, font=f10, border=grid, halign="center", fmt=FMT)
            if r - 1 > first:
                for c in (1, 2, 5):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, first, 1, r - 1, 5, grid)
            nodes.append(node(oc, "operational", ot, parent=ac, weight=pts(p)))
            sub += p
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_put(ws, r, 1, f"Totale Area {ac}", font=F(name=base, size=10, bold=True, italic=True), halign="right",
               fill="EAF1EC")
        xl_box(ws, r, 1, r, 5, grid)
        xl_put(ws, r, 5, sub, font=F(name=base, size=10, bold=True), border=grid, halign="center", fmt=FMT,
               fill="EAF1EC")
        nodes.insert(len(nodes) - len(objs), node(ac, "area", at, weight=pts(sub)))
        grand += sub
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_put(ws, r, 1, "TOTALE PUNTEGGIO", font=F(name=base, size=10.5, bold=True), halign="right")
    xl_box(ws, r, 1, r, 5, B(top=S(style="medium"), bottom=S(style="medium"), left=S(style="thin"),
                             right=S(style="thin")))
    xl_put(ws, r, 5, grand, font=F(name=base, size=10.5, bold=True), halign="center", fmt=FMT,
           border=B(top=S(style="medium"), bottom=S(style="medium"), left=S(style="thin"), right=S(style="thin")))
    assert grand == 100
    xl_fit_rows(ws, hr, r, pt=10)
    xl_page(ws, landscape=False, title_rows=f"{hr}:{hr}")
    tmp = tempfile.mkdtemp(prefix="s6pts-")
    src = os.path.join(tmp, "input.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, "input.ods"), "ods")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
An OpenDocument spreadsheet (`input.ods`), Liberation Serif 10, ruled grid, two sheets. `Istruzioni`: the comune,
`Piano esecutivo di gestione 2026 – …` and a paragraph saying the points of the objectives sum to 100 (no data).
`Obiettivi 2026`: title rows, then `Cod. | Obiettivo | Indicatore | Risultato atteso 2026 | Punti`. Dark green band
rows `AREA 1 – SERVIZI AL CITTADINO E ALLA PERSONA` carry NO points; each area is CLOSED by a subtotal row `Totale
Area 1` (label merged over four columns, italic, light green) whose `Punti` cell gives the area's points (`35 punti`,
`40 punti`, `25 punti`). Objective rows: code (`1.1`), title and points merged DOWN over the objective's indicator
rows. Points are NUMBER cells with the conditional format `[=1]0 "PUNTO";0 "punti"` (15 → `15 punti`, 1 → `1
PUNTO`); a last row `TOTALE PUNTEGGIO` prints `100 punti`. Objectives of an area sum to its subtotal; the areas to
100. Indicators carry no points. Targets as text: `>= 25`, `entro il 30.04.2026`, `>= 36 ore`, `= 6.500`, `SI`,
`>= 12 km`, `21-28giorni`, `€ 179.220,00`, `>= € 250.000,00`, `=100%`. Truth: areas `area` (code `1`, title after
the dash), weight raw = the subtotal as displayed (`35 punti`); objectives `operational` with parent the area code,
weight raw as displayed (`15 punti`, `1 PUNTO`); indicators without code or weight; targets of 2026; units from the
values (`ore`, `km` → null, as they are words in the target only).
""", ODS_PRODUCER.format(script="fam6_points.py"), [
        "ODS input with an instructions sheet first",
        "area points only in a subtotal row BELOW the area (`Totale Area 1`), not on the band",
        "points as number cells with `[=1]0 \"PUNTO\";0 \"punti\"`",
        "objective code, title and points merged down over indicator rows",
        "`21-28giorni`, `€ 179.220,00`, `entro il 30.04.2026` targets",
    ], [])


if __name__ == "__main__":
    build()
