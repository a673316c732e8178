#!/usr/bin/python3
"""Family: graded target bands (health authorities). LibreOffice: the whole ladder in one
cell as running text (`28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`), wrapped where the column
ends. Chromium: one band per row with a `Punteggio` column, plus the result and the score
reached (a report). Truth target raw = the ladder's bands joined with one space, printed order."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def usl():
    name = "fam2-bands-lo-1"
    org = "Azienda USL Costa Tirrenica Sud"
    objs = [
        ("1", "Governo dei tempi di attesa per le prestazioni ambulatoriali", "60%", [
            ("1.1", "Tempo di attesa per la prima visita cardiologica (classe D)", "gg", "40%",
             "28 gg 100% 30gg 75% 32gg 50% 32 gg 0%"),
            ("1.2", "Prestazioni di classe B erogate entro 10 giorni", "%", "35%",
             ">= 90% 100% 85-89% 70% 80-84% 40% < 80% 0%"),
            ("1.3", "Prenotazioni effettuate tramite CUP online", "%", "25%",
             ">= 40% 100% 30-39% 50% < 30% 0%"),
        ]),
        ("2", "Appropriatezza prescrittiva e farmaceutica", "40%", [
            ("2.1", "Consumo di inibitori di pompa protonica (DDD per 1000 abitanti die)", "N.", "50%",
             "<= 60 100% 61-65 60% > 65 0%"),
            ("2.2", "Ricette dematerializzate sul totale delle prescrizioni", "%", "50%",
             ">= 95% 100% 90-94% 50% < 90% 0%"),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Serif"
    f_n, f_b = Font(name=fn, size=9.5), Font(name=fn, size=9.5, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    for col, w in zip("ABCD", [6, 52, 9, 20]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Scheda di budget 2025 – Dipartimento delle cure primarie", font=Font(name=fn, size=10),
           wrap=False)
    for c, v in enumerate(["Cod.", "Obiettivo / Indicatore", "Peso", "Target 2025 e punteggio"], 1):
        xl_put(ws, 4, c, v, font=f_b, fill="D9E1F2", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for code, title, w, ilist in objs:
        for c, v in enumerate([code, title, w, None], 1):
            xl_put(ws, r, c, v, font=f_b, fill="F2F2F2", border=grid, halign="center" if c == 3 else None)
        nodes.append(node(code, "operational", title, weight=w))
        r += 1
        for icode, iname, unit, iw, ladder in ilist:
            for c, v in enumerate([icode, iname, iw, ladder], 1):
                xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c == 3 else None)
            inds.append(ind(iname, code, code=icode, unit=unit, weight=iw, targets=[(2025, ladder)]))
            r += 1
    xl_put(ws, r + 1, 1, "Il target è espresso per fasce: a ciascun valore corrisponde la percentuale di punteggio "
           "riconosciuta.", font=Font(name=fn, size=8, italic=True), wrap=False)
    xl_fit_rows(ws, 4, r - 1, pt=9.5)
    xl_page(ws, landscape=False)
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, [2025])], nodes, inds)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, ruled grid, Liberation Serif 9.5 pt. One table
`Cod. | Obiettivo / Indicatore | Peso | Target 2025 e punteggio`. Objective rows are shaded and bold (`1`, weight `60%`),
indicator rows follow (`1.1`, weight `40%`). The target cell holds the whole ladder as ONE run of text, value and score
pairs separated by single spaces, wrapped by LibreOffice where the narrow column ends (not one band per line):
`28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`, `>= 90% 100% 85-89% 70% 80-84% 40% < 80% 0%`, `<= 60 100% 61-65 60% > 65 0%`.
Truth: the 2025 target raw is the cell text with the wrap joined by one space (= the bands joined with one space in
printed order); where LibreOffice breaks a band at its hyphen (`80-` / `84%`) the value is joined without a space
(`80-84%`), as TRUTH.md joins `<=31/12/` + `2026`. Objectives level `operational` (budget objectives of a department), parent null; weights sum to 100% at
both levels.
""", "Workbook written with openpyxl by `tools/samples2/fam2_bands.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["ladder as running text in one narrow cell, wrapped mid-ladder",
                  "bands as ranges (`85-89%`) and open ends (`< 80%`, `> 65`)",
                  "objective weights and indicator weights in one `Peso` column", "portrait, Liberation Serif"], [])


def aou():
    name = "fam2-bands-chromium-2"
    org = "Azienda Ospedaliero-Universitaria San Lazzaro"
    objs = [
        ("OB.1", "Tempestività dei percorsi chirurgici", [
            ("1.1", "Attesa media per intervento di tumore del colon", "gg", "50%",
             [("28 gg", "100%"), ("30gg", "75%"), ("32gg", "50%"), ("32 gg", "0%")], "29 gg", "100%"),
            ("1.2", "Interventi per frattura di femore entro 48 ore", "%", "50%",
             [(">= 80%", "100%"), ("70-79%", "60%"), ("< 70%", "0%")], "83,4%", "100%"),
        ]),
        ("OB.2", "Sicurezza e qualità delle cure", [
            ("2.1", "Tempo di refertazione istologica", "gg", "60%",
             [("< 21 giorni", "100%"), ("21-28giorni", "80%"), ("> 28 giorni", "0%")], "24 giorni", "80%"),
            ("2.2", "Interventi con checklist di sala operatoria compilata", "%", "40%",
             [("= 100%", "100%"), (">= 95%", "50%"), ("< 95%", "0%")], "1273/1273", "100%"),
        ]),
    ]
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.6pt; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 9.5pt; font-weight: normal; margin: 2pt 0 10pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { background: #fde9d9; }
tr.obj td { background: #d9d9d9; font-weight: bold; }
td.n { text-align: center; white-space: nowrap; }
p.n { font-size: 7.5pt; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Relazione sulla performance 2024 – Verifica degli obiettivi di budget delle strutture chirurgiche</h2>",
         "<table><thead><tr><th>Codice</th><th style='width:34%'>Indicatore</th><th>Peso</th><th>Fascia</th>"
         "<th>Punteggio</th><th>Risultato 2024</th><th>Punteggio conseguito</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for code, title, ilist in objs:
        h.append(f"<tr class=obj><td>{code}</td><td colspan=6>{esc(title)}</td></tr>")
        nodes.append(node(code, "operational", title))
        for icode, iname, unit, w, bands, res, score in ilist:
            n = len(bands)
            for k, (band, pts) in enumerate(bands):
                h.append("<tr>")
                if k == 0:
                    h.append(f"<td rowspan={n}>{icode}</td><td rowspan={n}>{esc(iname)}</td>"
                             f"<td class=n rowspan={n}>{w}</td>")
                h.append(f"<td class=n>{esc(band)}</td><td class=n>{pts}</td>")
                if k == 0:
                    h.append(f"<td class=n rowspan={n}>{esc(res)}</td><td class=n rowspan={n}>{score}</td>")
                h.append("</tr>")
            ladder = " ".join(f"{b} {p}" for b, p in bands)
            inds.append(ind(iname, code, code=icode, unit=unit, weight=w, targets=[(2024, ladder)],
                            results=[(2024, res)], achievement=[(2024, score)]))
    h.append("</tbody></table>")
    h.append("<p class=n>Fasce: il punteggio della fascia in cui ricade il risultato è riconosciuto per intero. "
             "Per i tempi, la fascia indica il valore massimo.</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2024])], nodes, inds, [finding(
        "achievement.mismatch", "1.1",
        "result 29 gg falls in the band `30gg 75%` (over 28, within 30 days): 75% is due, 100% is printed")])
    write_readme(d, name, """
Portrait A4, Chromium, ruled grid. A report: `Codice | Indicatore | Peso | Fascia | Punteggio | Risultato 2024 |
Punteggio conseguito`. Objective rows are grey bands (`OB.1 Tempestività dei percorsi chirurgici`, title spanning the
row). Each indicator takes one row per band of its ladder: code, name, weight, result and score reached span the ladder's
rows; `Fascia` and `Punteggio` change per row (`28 gg | 100%`, `30gg | 75%`, `32gg | 50%`, `32 gg | 0%`; `< 21 giorni |
100%`, `21-28giorni | 80%`, `> 28 giorni | 0%`). Truth: the 2024 target raw is the ladder read row by row, band then score,
joined with one space (`28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`); result raw = `Risultato 2024` (`29 gg`, `1273/1273`),
achievement raw = `Punteggio conseguito`. Objectives level `operational`, parent null; indicator weights sum to 100% per
objective.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_bands.py`.",
                 ["one band per row with a `Punteggio` column", "report: result and score reached span the ladder",
                  "`21-28giorni` band, result as a ratio `1273/1273`", "objective band rows with codes `OB.1`"],
                 ["`achievement.mismatch` on `1.1`: the result 29 gg falls in the band `30gg 75%` (over 28, within "
                  "30 days), so 75% is due, but `Punteggio conseguito` prints 100%"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        usl()
    if "chromium" in which:
        aou()
