#!/usr/bin/python3
"""fam7-bands-chromium-1: graded target bands, one objective per heading and a borderless table per objective, the
ladder one band per line with DOTTED LEADERS between value and score; printed by Chromium. Content invented."""
import os

from common10 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, write_readme,
                      write_truth)

ORG = "Azienda Socio-Sanitaria Territoriale della Val Cerrina"
YEAR = 2023
BASE = 2022

# objective: (code, title, weight, [(code, indicator, weight, baseline, unit, [(band, score)])])
OBJ = [
    ("B.1", "Governo dei tempi di attesa per le prestazioni ambulatoriali", "35%", [
        ("B.1.a", "Tempo di attesa per la prima visita cardiologica in classe D", "50%", "31 gg", "gg",
         [("<= 25 gg", "100%"), ("26-28 gg", "70%"), ("29-30 gg", "40%"), ("> 30 gg", "0%")]),
        ("B.1.b", "Prestazioni specialistiche prenotate tramite CUP sul totale", "30%", "87,5%", "%",
         [(">= 95%", "100%"), ("90-94,9%", "60%"), ("< 90%", "0%")]),
        ("B.1.c", "Agende di prenotazione aperte con orizzonte di almeno 12 mesi", "20%", "9", "N.",
         [("12", "100%"), ("10-11", "50%"), ("< 10", "0%")]),
    ]),
    ("B.2", "Appropriatezza e sicurezza dei percorsi di pronto soccorso", "40%", [
        ("B.2.a", "Pazienti con permanenza in pronto soccorso superiore a 8 ore", "60%", "6,8%", "%",
         [("< 4%", "100%"), ("4-5,9%", "75%"), ("6-7,9%", "25%"), (">= 8%", "0%")]),
        ("B.2.b", "Tempo medio tra triage e presa in carico per i codici arancioni", "40%", "24 min", "min",
         [("15 min", "100%"), ("20min", "75%"), ("25min", "50%"), ("25 min", "0%")]),
    ]),
    ("B.3", "Sostenibilità economica della farmaceutica ospedaliera", "25%", [
        ("B.3.a", "Spesa per farmaci ad alto costo rispetto al budget assegnato", "70%", "103,2%", "%",
         [("<= 100%", "100%"), ("100,1-102%", "60%"), ("> 102%", "0%")]),
        ("B.3.b", "Prescrizioni di biosimilari sul totale delle molecole con biosimilare disponibile", "30%", "71%",
         "%", [(">= 80%", "100%"), ("75-79%", "50%"), ("< 75%", "0%")]),
    ]),
]

CSS = """
body { font: 8.8pt "DejaVu Sans", sans-serif; color: #1b1b1b; }
.hd { text-align: center; margin-bottom: 3mm; }
.hd .o { font-size: 12pt; font-weight: bold; color: #234e2e; }
.hd .s { font-size: 9.6pt; margin-top: 1mm; }
p.note { font-size: 8pt; text-align: justify; margin: 0 0 2mm 0; }
.obj { break-inside: avoid; margin-top: 5mm; }
.oh { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1.4pt solid #234e2e;
      padding-bottom: 0.8mm; margin-bottom: 1mm; }
.oh .t { font-weight: bold; font-size: 9.6pt; color: #234e2e; }
.oh .w { font-size: 8.8pt; white-space: nowrap; margin-left: 6mm; }
table { border-collapse: collapse; width: 100%; }
th { font-size: 7.8pt; text-align: left; color: #234e2e; border-bottom: 0.8pt solid #234e2e; padding: 0.8mm 1.4mm;
     vertical-align: bottom; }
td { padding: 1.2mm 1.4mm; vertical-align: top; border-bottom: 0.3pt solid #c9d6cc; }
tr:last-child td { border-bottom: 0.8pt solid #234e2e; }
td.c { white-space: nowrap; font-weight: bold; }
td.w, td.b { text-align: center; white-space: nowrap; }
.band { display: flex; align-items: baseline; width: 46mm; }
.band .v { white-space: nowrap; }
.band .dots { flex: 1; border-bottom: 0.8pt dotted #555; margin: 0 1.2mm; transform: translateY(-0.6mm); }
.band .p { white-space: nowrap; font-weight: bold; }
"""


def build():
    name = "fam7-bands-chromium-1"
    d = case_dir(name)
    html = [f'<div class="hd"><div class="o">{esc(ORG)}</div>'
            '<div class="s">Negoziazione di budget 2023 – Dipartimento dei servizi sanitari territoriali e '
            'ospedalieri – Scheda degli obiettivi e fasce di valutazione</div></div>',
            '<p class="note">Per ciascun indicatore la scheda riporta la fascia di valutazione: a sinistra il valore '
            'che l\'indicatore deve raggiungere nel 2023, a destra il punteggio riconosciuto se il valore rientra '
            'nella fascia. Il valore di partenza è quello rilevato nel 2022. Il punteggio dell\'obiettivo è la media '
            'dei punteggi dei suoi indicatori ponderata con i pesi indicati.</p>']
    nodes, inds = [], []
    for code, title, w, its in OBJ:
        html.append(f'<div class="obj"><div class="oh"><span class="t">Obiettivo {esc(code)} – {esc(title)}</span>'
                    f'<span class="w">Peso obiettivo: {esc(w)}</span></div>')
        html.append('<table><tr><th style="width:9%">Cod.</th><th>Indicatore</th><th style="width:8%">Peso</th>'
                    '<th style="width:13%">Valore di partenza 2022</th>'
                    '<th style="width:31%">Fasce di valutazione 2023 (valore / punteggio)</th></tr>')
        nodes.append(node(code, "operational", title, weight=w))
        for ic, nm, iw, bl, unit, bands in its:
            lad = "".join(f'<div class="band"><span class="v">{esc(v)}</span><span class="dots"></span>'
                          f'<span class="p">{esc(p)}</span></div>' for v, p in bands)
            html.append(f'<tr><td class="c">{esc(ic)}</td><td>{esc(nm)}</td><td class="w">{esc(iw)}</td>'
                        f'<td class="b">{esc(bl)}</td><td>{lad}</td></tr>')
            raw = " ".join(f"{v} {p}" for v, p in bands)
            inds.append(ind(nm, code, code=ic, unit=unit, weight=iw, baselines=[(BASE, bl)],
                            targets=[(YEAR, raw)]))
        html.append("</table></div>")
    html.append('<p class="note" style="margin-top:5mm">Totale pesi degli obiettivi: 100%. La scheda è sottoscritta '
                'dal Direttore del Dipartimento in sede di negoziazione.</p>')
    page = html_page3("\n".join(html), CSS, landscape=False, margin="15mm 15mm 16mm 15mm",
                      bottom_center=q("ASST Val Cerrina – Budget 2023 – pag. ") + " counter(page)",
                      hf_font='7pt "DejaVu Sans"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans 8.8 pt; a health authority's budget sheet for one department (2023). Centred
title and subtitle, a paragraph on how the bands and the scores work. There is NO table for the objectives: each
objective is a HEADING LINE with a rule under it, `Obiettivo B.1 – title` on the left and `Peso obiettivo: 35%` on the
right of the same line. Under each heading a borderless table (green rules under the header and at the end,
hairlines between rows) `Cod. | Indicatore | Peso | Valore di partenza 2022 | Fasce di valutazione 2023 (valore /
punteggio)`. The ladder cell prints ONE BAND PER LINE as value, a DOTTED LEADER, and the score in bold at the right
(`<= 25 gg ·········· 100%`); two to four bands, in days, minutes, percentages and counts, with the irregular spacing
of real sheets (`20min`, `25 min`). One page. A plan: no results, no achieved
score. Truth: objectives `operational` (code `B.1`, weight raw `35%`, parent null); indicators with codes `B.1.a`,
weight raw `50%` (summing to 100% per objective), baseline 2022, and ONE 2023 target whose raw is the ladder read
band by band, value then score, joined with one space (`<= 25 gg 100% 26-28 gg 70% 29-30 gg 40% > 30 gg 0%`); unit
from the values (`gg`, `%`, `N.`, `min`).
""", CHROMIUM_PRODUCER.format(script="fam10_bands.py"), [
        "objectives as heading lines with the weight on the right (`Peso obiettivo: 35%`), one table per objective",
        "ladder one band per line with a dotted leader between value and score",
        "bands `<= 25 gg`, `26-28 gg`, `90-94,9%`, `100,1-102%`, `20min`, `12`, `< 10`",
        "baseline column `Valore di partenza 2022`; borderless tables with hairlines",
        "portrait, centred title, one page",
    ], [])


if __name__ == "__main__":
    build()
