#!/usr/bin/python3
"""fam9-bands-chromium-1: a university's objectives 2026 with GRADED TARGET BANDS, printed by Chromium. Portrait, DejaVu
Serif 8.4 pt, ruled; the ladder is laid out as ROWS: each band one table row with its `Fascia di risultato` and
`Punteggio`, the objective, its `Peso`, the indicator, its weight and `Dato 2024` spanning the band rows. Bands in gg
(`≤ 28 gg` … `> 32 gg`), %, counts and hours. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                      td, write_truth)

SCRIPT = "fam9_bands.py"
ORG = "Università per Stranieri di Montecalvo"
YEAR = 2026

# objective (code, title, weight, owner) -> indicator (name, unit, weight, dato 2024, bands [(value, score)])
OBJ = [
    ("OB.1", "Ridurre i tempi dei servizi amministrativi agli studenti", "40%", "Area Servizi agli Studenti", [
        ("Tempo medio di rilascio della pergamena di laurea", "gg", "50%", "31 gg",
         [("≤ 28 gg", "100%"), ("≤ 30 gg", "75%"), ("≤ 32 gg", "50%"), ("> 32 gg", "0%")]),
        ("Richieste di certificato evase entro 2 giorni lavorativi", "%", "50%", "86,5%",
         [("≥ 90%", "100%"), ("80-89,9%", "70%"), ("70-79,9%", "40%"), ("< 70%", "0%")])]),
    ("OB.2", "Accrescere l'offerta di corsi di lingua e cultura italiana", "35%", "Centro Linguistico di Ateneo", [
        ("Corsi di lingua italiana attivati per studenti internazionali", "N.", "33,33%", "34",
         [("≥ 40", "100%"), ("35-39", "60%"), ("< 35", "0%")]),
        ("Certificazioni di competenza linguistica rilasciate", "N.", "33,33%", "1.860",
         [("≥ 2.000", "100%"), ("1.900-1.999", "80%"), ("1.800-1.899", "50%"), ("< 1.800", "0%")]),
        ("Studenti soddisfatti dei corsi (giudizio ≥ 3 su 4)", "%", "33,34%", "88%",
         [("≥ 90%", "100%"), ("85-89,9%", "50%"), ("< 85%", "0%")])]),
    ("OB.3", "Garantire la continuità dei servizi informatici", "25%", "Area Sistemi Informativi", [
        ("Tempo medio di ripristino dei servizi critici", "ore", "60%", "5,5 ore",
         [("≤ 4 ore", "100%"), ("≤ 6 ore", "60%"), ("> 6 ore", "0%")]),
        ("Disponibilità della piattaforma di didattica on line", "%", "40%", "99,2%",
         [("≥ 99,5%", "100%"), ("99,0-99,4%", "50%"), ("< 99,0%", "0%")])]),
]

CSS = """body { font-family: "DejaVu Serif", serif; font-size: 8.4pt; color: #111; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 1mm 0 3mm 0; font-size: 9.5pt; }
p.intro { margin: 0 0 3mm 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #6b6b6b; padding: 2pt 3pt; vertical-align: top; }
th { background: #e8e2d0; font-size: 8pt; }
td.c { text-align: center; } td.b { text-align: center; white-space: nowrap; }
td.o { background: #f7f4ea; }
tr.first td { border-top: 1.4pt solid #222; }
p.foot { font-size: 7.5pt; margin-top: 3mm; }"""


def build():
    name = "fam9-bands-chromium-1"
    cols = ("<colgroup><col style='width:38mm'><col style='width:12mm'><col><col style='width:13mm'>"
            "<col style='width:16mm'><col style='width:24mm'><col style='width:17mm'></colgroup>")
    rows = ["<thead><tr><th>Obiettivo</th><th>Peso</th><th>Indicatore</th><th>Peso ind.</th><th>Dato 2024</th>"
            "<th>Fascia di risultato</th><th>Punteggio</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for ocode, otitle, ow, owner, ilist in OBJ:
        nodes.append(node(ocode, "operational", otitle, weight=ow, owners=[owner]))
        span = sum(len(b) for *_x, b in ilist)
        first_obj = True
        for iname, unit, iw, base, bands in ilist:
            for k, (v, s) in enumerate(bands):
                r = "<tr class=first>" if first_obj else "<tr>"
                if first_obj:
                    r += td(f"{ocode} – {esc(otitle)}<br><i>{esc(owner)}</i>", "o", rowspan=span, raw_html=True) + td(ow, "c o", rowspan=span)
                    first_obj = False
                if k == 0:
                    r += td(iname, rowspan=len(bands)) + td(iw, "c", rowspan=len(bands)) + \
                        td(base, "c", rowspan=len(bands))
                r += td(v, "b") + td(s, "b") + "</tr>"
                rows.append(r)
            inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2024, base)],
                            targets=[(YEAR, " ".join(f"{v} {s}" for v, s in bands))]))
    rows.append("</tbody>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano della performance 2026 – Allegato 2: obiettivi operativi e fasce di valutazione</p>",
            "<p class=intro>Per ciascun indicatore è riportata la scala di valutazione: il punteggio attribuito "
            "all'indicatore è quello della fascia in cui ricade il valore rilevato al 31 dicembre 2026. Il punteggio "
            "dell'obiettivo è la media dei punteggi degli indicatori ponderata con il peso dell'indicatore. Il dato "
            "2024 è l'ultimo valore consolidato disponibile.</p>",
            f"<table>{cols}{''.join(rows)}</table>",
            "<p class=foot>Le fasce si leggono dall'alto verso il basso: si applica la prima fascia soddisfatta dal "
            "valore rilevato.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=False, margin="15mm 12mm 15mm 12mm",
                   top_right=q("Piano della performance 2026"),
                   bottom_center=q("– ") + " counter(page) " + q(" –"), hf_font='7.5pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    genre_readme(d, name, "graded target bands", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8.4 pt, ruled grid, sand-coloured header, one page. Title (the
university), subtitle `Piano della performance 2026 – Allegato 2: obiettivi operativi e fasce di valutazione`, a
paragraph on how the bands score. One table `Obiettivo | Peso | Indicatore | Peso ind. | Dato 2024 | Fascia di
risultato | Punteggio`. The LADDER IS LAID OUT AS ROWS: each band is its own table row with its value (`≤ 28 gg`,
`80-89,9%`, `1.900-1.999`, `> 6 ore`) and its score (`100%`, `75%` … `0%`); the objective cell (`OB.1 – title` with
the responsible area in italics on a second line) and its `Peso` span all the band rows of all its indicators; the indicator
name, its weight and `Dato 2024` span that indicator's band rows. A heavy rule opens each objective. Truth: one
`operational` node per objective (owners = the area on the second line of the cell), indicators without code under
it, baseline 2024, ONE target for 2026 whose raw is the ladder read row by row, value then score, joined with single
spaces (`≤ 28 gg 100% ≤ 30 gg 75% ≤ 32 gg 50% > 32 gg 0%`).
""", ["ladder one band per table row, spanning cells for objective / indicator / weights / baseline",
      "bands `≤ 28 gg` / `≤ 30 gg` / `≤ 32 gg` / `> 32 gg` with scores 100% / 75% / 50% / 0%; ranges `80-89,9%`, "
      "`1.900-1.999`; hours", "objective weights 40% + 35% + 25%, indicator thirds 33,33% + 33,33% + 33,34%",
      "owner on the second line of the objective cell", "baseline `Dato 2024` (two years before the plan year)"], [])
    return name


if __name__ == "__main__":
    print(build())
