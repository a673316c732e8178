#!/usr/bin/python3
"""gen11-dashboard-chromium-1 (clean) and gen11-dashboard-xlsx-1 (one fault: target.declining). Content invented.

- chromium: a university's cruscotto; landscape, Liberation Serif 8 pt, HORIZONTAL RULES ONLY; each area is a
  HEADING outside its table carrying the area weight in words (`Area B – Didattica · incidenza sull'indice
  complessivo: 40%`); tables `Incidenza | Cod. | Indicatore | u.m. | 2022 | 2023 | 2024 | Obiettivo 2026 | 2027 |
  2028` (weight FIRST, history under a `Valore storico` group, targets under `Obiettivo`).
- xlsx: a local health authority; area merged down the first column, `Codice KPI` `ASL-07`, `Ponderazione` as number
  cells `0.00` (`12,50`), `Dato 2024` number cells, targets as text, `Fonte` last."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import (CHROMIUM, XLSX, case_dir, chromium_pdf, disp12, doc, esc, finding, font, html_page3,  # noqa
                      ind, node, q, readme13, widths, write_truth, xl_box, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen11_dashboard.py"
YEARS = [2026, 2027, 2028]

ORG1 = "Università degli Studi di Castelvetro"
AREAS1 = [
    ("A", "Ricerca", "35%", [
        ("A.1", "Prodotti della ricerca per docente", "N.", ["2,1", "2,3", "2,2"], ["≥ 2,4", "≥ 2,5", "≥ 2,6"], "40%"),
        ("A.2", "Proventi da progetti competitivi", "EUR", ["3.420.000", "3.880.000", "4.010.000"],
         ["≥ 4.100.000", "≥ 4.100.000", "≥ 4.300.000"], "30%"),
        ("A.3", "Dottorandi con borsa finanziata da enti esterni", "%", ["18%", "21%", "22%"],
         ["≥ 23%", "≥ 25%", "≥ 25%"], "30%")]),
    ("B", "Didattica", "40%", [
        ("B.1", "Laureati regolari sul totale dei laureati", "%", ["58,2%", "60,1%", "61,4%"],
         ["≥ 62%", "≥ 63%", "≥ 64%"], "25%"),
        ("B.2", "Abbandoni dopo il primo anno", "%", ["14,8%", "13,9%", "13,5%"], ["≤ 13%", "≤ 12,5%", "≤ 12%"], "25%"),
        ("B.3", "Rapporto studenti regolari / docenti", "N.", ["27,4", "28,9", "28,1"], ["≤ 28", "≤ 27", "≤ 27"], "25%"),
        ("B.4", "Corsi di studio con almeno un insegnamento erogato in lingua inglese", "%", ["–", "31%", "36%"],
         ["≥ 40%", "≥ 45%", "≥ 50%"], "25%")]),
    ("C", "Terza missione e servizi", "25%", [
        ("C.1", "Tempo medio di rilascio della certificazione di laurea", "gg", ["6 gg", "4 gg", "3 gg"],
         ["≤ 3 gg", "≤ 2 gg", "≤ 2 gg"], "50%"),
        ("C.2", "Studenti soddisfatti dei servizi di segreteria", "%", ["71%", "74%", "n.d."],
         ["≥ 75%", "≥ 78%", "≥ 80%"], "50%")]),
]
HIST = [2022, 2023, 2024]

CSS1 = """body { font-family: "Liberation Serif", serif; font-size: 8pt; color: #111; }
h1 { font-size: 13pt; margin: 0; } p.sub { margin: 1mm 0 4mm 0; font-size: 9.5pt; }
h3 { font-size: 10pt; margin: 5mm 0 1mm 0; font-weight: bold; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { border-top: 1pt solid #000; border-bottom: 0.6pt solid #000; padding: 2pt; font-weight: bold; text-align: center; }
td { border-bottom: 0.3pt solid #777; padding: 2pt; text-align: center; vertical-align: top; }
td.n { text-align: left; }"""


def build_chromium():
    name = "gen11-dashboard-chromium-1"
    nodes, inds, body = [], [], [f"<h1>{esc(ORG1)}</h1><p class=sub>Cruscotto degli indicatori di performance "
                                 "istituzionale 2026-2028 (allegato 3 al Piano integrato)</p>"]
    for acode, atitle, aw, rows in AREAS1:
        nodes.append(node(acode, "area", atitle, weight=aw))
        body.append(f"<h3>Area {acode} – {esc(atitle)} · incidenza sull'indice complessivo: {aw}</h3>")
        trs = []
        for code, iname, um, hist, tg, w in rows:
            trs.append(f"<tr><td>{w}</td><td>{code}</td><td class=n>{esc(iname)}</td><td>{esc(um)}</td>" +
                       "".join(f"<td>{esc(h)}</td>" for h in hist) + "".join(f"<td>{esc(t)}</td>" for t in tg) +
                       "</tr>")
            bl = [(y, h) for y, h in zip(HIST, hist) if h not in ("–",)]
            inds.append(ind(iname, acode, code=code, unit=um, weight=w, baselines=bl, targets=list(zip(YEARS, tg))))
        body.append("<table><colgroup><col style='width:16mm'><col style='width:11mm'><col><col style='width:11mm'>"
                    + "<col style='width:20mm'>" * 6 + "</colgroup><thead><tr><th rowspan=2>Incidenza</th>"
                    "<th rowspan=2>Cod.</th><th rowspan=2>Indicatore</th><th rowspan=2>u.m.</th>"
                    "<th colspan=3>Valore storico</th><th colspan=3>Obiettivo</th></tr><tr>" +
                    "".join(f"<th>{y}</th>" for y in HIST + YEARS) + "</tr></thead><tbody>" + "".join(trs) +
                    "</tbody></table>")
    body.append("<p style='font-size:7pt;margin-top:4mm'>L'incidenza degli indicatori è riferita all'area; "
                "u.m. EUR = euro; – = indicatore non rilevato; n.d. = dato non disponibile alla data di "
                "redazione.</p>")
    h = html_page3("\n".join(body), CSS1, landscape=True, margin="12mm 14mm",
                   bottom_center=q("– ") + " counter(page) " + q(" –"), hf_font='7pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG1, YEARS, kind="dashboard")], nodes, inds)
    readme13(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Serif 8 pt, horizontal rules only (a heavier rule over each header, hairlines under rows).
Title and subtitle, then one HEADING per area, outside the tables, carrying the area weight in words: `Area B –
Didattica · incidenza sull'indice complessivo: 40%`. Each area has its own table with a two-row header: `Incidenza |
Cod. | Indicatore | u.m. | Valore storico (2022 2023 2024) | Obiettivo (2026 2027 2028)` — indicator weight FIRST.
A footnote explains `–` and `n.d.`. Truth: areas `area` with the heading weight; indicators under their area,
weighted within it, baselines 2022-2024 (the `–` cell is no baseline; `n.d.` kept), targets 2026-2028.
""", ["area weight inside a heading sentence", "indicator weight as the first column", "horizontal rules only",
      "two-row header with `Valore storico` / `Obiettivo` groups", "unit as a short `u.m.` column (`EUR`, `gg`, `N.`)",
      "landscape serif 8 pt, page number `– n –`"],
     ["area weights 35 + 40 + 25 = 100; indicator weights sum to 100 WITHIN each area (40+30+30, 4×25, 50+50)",
      "`≤ 13% / ≤ 12,5% / ≤ 12%`, `≤ 28 / ≤ 27 / ≤ 27`, `≤ 3 gg / ≤ 2 gg / ≤ 2 gg`: lower-is-better targets going "
      "down or flat", "flat targets (`≥ 4.100.000` twice, `≥ 25%` twice)",
      "history of 2022-2024 (years before the plan); a dip in the history (`2,3` → `2,2`) is no target",
      "`–` and `n.d.` in the history"], [])
    return name


ORG2 = "Azienda Sanitaria Locale della Bassa Lomellina"
AREAS2 = [
    ("Appropriatezza e accessibilità", [
        ("ASL-01", "Prestazioni ambulatoriali di classe B erogate entro 10 giorni", "%", 0.25, 0.882, "0.0%",
         ["≥ 90%", "≥ 92%", "≥ 92%"], "Flussi ministeriali"),
        ("ASL-02", "Tempo medio di attesa per la prima visita cardiologica", "gg", 0.25, 38, "0",
         ["≤ 35", "≤ 30", "≤ 30"], "CUP aziendale"),
        ("ASL-03", "Ricoveri ripetuti entro 30 giorni", "%", 0.125, 0.071, "0.0%",
         ["≤ 7%", "≤ 6,8%", "≤ 6,5%"], "SDO"),
        ("ASL-04", "Screening mammografico: adesione della popolazione invitata", "%", 0.375, 0.58, "0%",
         ["≥ 60%", "≥ 62%", "≥ 65%"], "Registro screening")]),
    ("Prevenzione e territorio", [
        ("ASL-05", "Copertura vaccinale antinfluenzale negli over 65", "%", 0.40, 0.552, "0.0%",
         ["≥ 60%", "≥ 65%", "≥ 70%"], "Anagrafe vaccinale"),
        ("ASL-06", "Pazienti cronici presi in carico dalle case della comunità", "N.", 0.30, 4120, "#,##0",
         ["≥ 4.500", "≥ 5.000", "≥ 5.500"], "Sistema informativo territoriale"),
        ("ASL-07", "Accessi in pronto soccorso in codice bianco", "N.", 0.30, 15870, "#,##0",
         ["≤ 15.000", "≤ 14.000", "≤ 13.000"], "Flusso EMUR")]),
    ("Sostenibilità economica", [
        ("ASL-08", "Spesa farmaceutica convenzionata pro capite (euro)", "EUR", 0.50, 142.3, "0.00",
         ["≤ 140,00", "≤ 138,00", "≤ 136,00"], "Tessera sanitaria"),
        ("ASL-09", "Fatture pagate entro 60 giorni sul totale", "%", 0.50, 0.94, "0%",
         ["≥ 95%", "≥ 93%", "≥ 93%"], "Piattaforma crediti commerciali")]),
]


def build_xlsx():
    from openpyxl import Workbook
    name = "gen11-dashboard-xlsx-1"
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    xl_put(ws, 1, 1, ORG2, font=font(size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto direzionale – obiettivi aziendali 2026-2028", font=font(size=10), wrap=False)
    head = ["Area", "Codice KPI", "KPI", "U.M.", "Ponderazione", "Dato 2024", "Obiettivo 2026", "Obiettivo 2027",
            "Obiettivo 2028", "Fonte"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(bold=True, color="FFFFFF"), fill="385723", border=st["grid"], halign="center")
    widths(ws, [22, 11, 46, 7, 13, 11, 13, 13, 13, 24])
    r = 5
    nodes, inds = [], []
    for atitle, rows in AREAS2:
        nodes.append(node(None, "area", atitle))
        r0 = r
        for code, kpi, um, w, base, bfmt, tg, src in rows:
            vals = [atitle if r == r0 else None, code, kpi, um, w, base] + tg + [src]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(size=9), border=st["grid"], fmt={5: "0.00", 6: bfmt}.get(c),
                       halign="center" if c not in (1, 3, 10) else None, valign="center" if c == 1 else "top")
            inds.append(ind(kpi, atitle, code=code, unit=um, weight=disp12(w * 100, "0.00"),
                            baselines=[(2024, disp12(base, bfmt))], targets=list(zip(YEARS, tg)), notes=[]))
            r += 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, r0, 1, r - 1, 1, st["grid"])
    for row in ws.iter_rows(min_row=5, max_row=r - 1, min_col=5, max_col=5):
        for c in row:
            c.value = round(c.value * 100, 2)
    ws.freeze_panes = "D5"
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    f = finding("target.declining", "ASL-09", "target >= 95% in 2026 falls to >= 93% in 2027 and 2028")
    write_truth(d, [doc(ORG2, YEARS, kind="dashboard")], nodes, inds, findings=[f])
    readme13(d, name, "dashboard", XLSX.format(script=SCRIPT), """
One sheet `Cruscotto`, title and subtitle, a one-row dark header `Area | Codice KPI | KPI | U.M. | Ponderazione |
Dato 2024 | Obiettivo 2026 | Obiettivo 2027 | Obiettivo 2028 | Fonte`. The area title (no code, no weight) is MERGED
down the first column over its KPIs. `Ponderazione` is a number cell with format `0.00` on the 0-100 scale (`12,50`,
`37,50`), weighted within the area. `Dato 2024` is a number cell whose format follows the KPI (`0.0%`, `0%`, `0`,
`#,##0`, `0.00`). Targets are text with `≥` / `≤`. `Fonte` last; frozen panes at D5. Truth: areas `area` with code
null, KPIs under their area (node = area title), weight raw as displayed (`25,00`), baseline 2024 as displayed.
""", ["area merged down the first column, no area code or weight", "weights as `0.00` number cells, no % sign",
      "baseline as number cells with per-row formats", "targets as text with `≥`/`≤`", "`Fonte` last column",
      "frozen panes"],
     ["weights 25 + 25 + 12,5 + 37,5 = 100, 40 + 30 + 30 = 100, 50 + 50 = 100 WITHIN each area",
      "`≤ 35 / ≤ 30 / ≤ 30`, `≤ 15.000 / ≤ 14.000 / ≤ 13.000`, `≤ 140,00 / ≤ 138,00 / ≤ 136,00`: lower-is-better targets "
      "going down", "flat targets in later years (`≥ 92%` twice)",
      "`≤ 7%` first target above the `7,1%` baseline is NOT easier: lower is better and 7 < 7,1"],
     ["`target.declining` on `ASL-09`: `≥ 95%` in 2026, then `≥ 93%` in 2027 and 2028"])
    return name


if __name__ == "__main__":
    print(build_chromium())
    print(build_xlsx())
