#!/usr/bin/python3
"""fam5-bands-chromium-1: graded target bands with the scores as column headers, printed by Chromium.
Content invented."""
import os

from common6 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, td,
                     th, write_readme, write_truth)

ORG = "Azienda Ospedaliera di Roccaforte"
YEAR = 2026
BASE = 2025
SCORES = ["100%", "70%", "40%", "0%"]

OBJ = [
    ("OB.A", "Governo dei tempi di attesa per gli interventi chirurgici programmati", "40%", [
        ("A.1", "Interventi per tumore maligno della mammella eseguiti entro 30 giorni", "50%", "%", "87%",
         [">= 90%", "85-89%", "80-84%", "< 80%"]),
        ("A.2", "Tempo medio di attesa per intervento di protesi d'anca", "30%", "gg", "92 gg",
         ["<= 60 gg", "61-75 gg", "76-90 gg", "> 90 gg"]),
        ("A.3", "Pazienti in lista con data di prenotazione certa", "20%", "%", "64%",
         [">= 80%", "70-79%", "60-69%", "< 60%"]),
    ]),
    ("OB.B", "Appropriatezza clinica e sicurezza dei percorsi di cura", "35%", [
        ("B.1", "Parti cesarei primari sul totale dei parti", "50%", "%", "24,6%",
         ["<= 20%", "20,1-23%", "23,1-25%", "> 25%"]),
        ("B.2", "Ricoveri ripetuti entro 30 giorni per la stessa diagnosi", "50%", "%", "7,8%",
         ["<= 6%", "6,1-7%", "7,1-8%", "> 8%"]),
        ("B.3", "Tempo di refertazione degli esami istologici", None, "gg", "12 gg",
         ["<= 7 gg", "8-10gg", "11-14 gg", "> 14 gg"]),
    ]),
    ("OB.C", "Efficienza e governo della spesa farmaceutica ospedaliera", "25%", [
        ("C.1", "Spesa per farmaci ad alto costo rispetto al budget assegnato", "60%", "%", "104,5%",
         ["<= 100%", "100,1-102%", "102,1-105%", "> 105%"]),
        ("C.2", "Dosi di farmaci biosimilari sul totale delle dosi della molecola", "40%", "%", "58%",
         [">= 75%", "65-74%", "55-64%", "< 55%"]),
    ]),
]

CSS = """
body { font: 8.4pt "DejaVu Serif Condensed", "DejaVu Serif", serif; color: #111; }
h1 { font-size: 12.5pt; margin: 0 0 1mm 0; text-align: center; }
h2 { font-size: 10pt; font-weight: normal; margin: 0 0 4mm 0; text-align: center; }
p { text-align: justify; margin: 0 0 3mm 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { font-weight: bold; background: #e3dccf; padding: 1.4mm 1mm; border-bottom: 0.8pt solid #555; vertical-align: middle; }
th.sc { background: #efe9dd; text-align: center; }
td { padding: 1.5mm 1mm; vertical-align: top; }
tr.ob td { font-weight: bold; border-top: 1.2pt solid #555; background: #f6f3ec; }
tr.ind:nth-child(odd) td { background: #fafafa; }
tr.ind td.b { text-align: center; }
td.w { text-align: center; }
p.note { font-size: 7.6pt; font-style: italic; margin-top: 3mm; }
"""


def build():
    name = "fam5-bands-chromium-1"
    d = case_dir(name)
    nodes, inds, rows = [], [], []
    for oc, ot, ow, its in OBJ:
        nodes.append(node(oc, "operational", ot, weight=ow))
        rows.append("<tr class=\"ob\">" + td(oc) + td(ot) + td(ow, "w") + td("", colspan=5) + "</tr>")
        for ic, nm, w, unit, base, bands in its:
            rows.append("<tr class=\"ind\">" + td(ic) + td(nm) + td(w or "", "w") + td(base, "w")
                        + "".join(td(b, "b") for b in bands) + "</tr>")
            raw = " ".join(f"{b} {s}" for b, s in zip(bands, SCORES))
            inds.append(ind(nm, oc, code=ic, unit=unit, weight=w, baselines=[(BASE, base)], targets=[(YEAR, raw)]))
    head = ("<thead><tr>" + th("Cod.", rowspan=2) + th("Obiettivo / Indicatore", rowspan=2) + th("Peso", rowspan=2)
            + th("Valore di partenza 2025", rowspan=2) + th("Fasce di valutazione 2026 – punteggio attribuito",
                                                             "sc", colspan=4)
            + "</tr><tr>" + "".join(th(s, "sc") for s in SCORES) + "</tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Obiettivi di budget 2026 – Dipartimento chirurgico e materno-infantile</h2>",
            "<p>Per ciascun indicatore la scheda riporta quattro fasce di valutazione: il valore conseguito al 31 "
            "dicembre 2026 viene collocato nella fascia corrispondente e riceve il punteggio indicato in testa alla "
            "colonna. Il peso degli obiettivi e quello degli indicatori all'interno di ciascun obiettivo sono espressi "
            "in percentuale.</p>",
            "<table><colgroup><col style=\"width:7%\"><col style=\"width:33%\"><col style=\"width:7%\">"
            "<col style=\"width:11%\"><col style=\"width:10.5%\"><col style=\"width:10.5%\"><col style=\"width:10.5%\">"
            "<col style=\"width:10.5%\"></colgroup>", head, "<tbody>"] + rows + ["</tbody></table>",
            "<p class=\"note\">Le fasce sono estremi inclusi. Il punteggio dell'obiettivo è la media dei punteggi "
            "degli indicatori ponderata con i rispettivi pesi.</p>"]
    html = html_page3("\n".join(body), CSS, margin="16mm 13mm 16mm 13mm",
                      bottom_center='"– " counter(page) " –"', hf_font='7.5pt "DejaVu Serif"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, [
        finding("weight.missing", "OB.B",
                "indicator B.3 of OB.B prints no weight while B.1 and B.2 carry 50% each")])
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Serif Condensed 8.4 pt; a hospital's budget objectives for one department. Centred
title and subtitle, a paragraph explaining the scoring. One table with a two-row header: `Cod. | Obiettivo /
Indicatore | Peso | Valore di partenza 2025` (each over both rows) and `Fasce di valutazione 2026 – punteggio
attribuito` spanning four columns whose sub-headers ARE the scores: `100% | 70% | 40% | 0%`. Each indicator row gives
the band value under each score (`>= 90%` under 100%, `85-89%` under 70%, `80-84%` under 40%, `< 80%` under 0%); the
score is never repeated in the body. Objective rows (`OB.A`, bold, shaded, a rule above) carry the objective weight
(`40%`) and an empty band area; indicator rows `A.1` carry theirs. No vertical rules, light zebra. A note under the
table; footer `– n –`. Truth: objectives `operational`, parent null; baseline 2025; the 2026 target raw of an indicator
is its ladder read left to right, each band value followed by the score of its column, joined with one space
(`>= 90% 100% 85-89% 70% 80-84% 40% < 80% 0%`), as in the earlier band cases (the words are all printed, not
contiguous).
""", CHROMIUM_PRODUCER.format(script="fam6_bands.py"), [
        "scores as column headers (`100% | 70% | 40% | 0%`), band values in the cells",
        "header synonym `Valore di partenza 2025` (baseline)",
        "bands with decimals `20,1-23%`, `100,1-102%`, no space `8-10gg`",
        "objective weights and indicator weights in one `Peso` column",
        "no vertical rules, zebra, condensed serif",
    ], ["`weight.missing` on `OB.B`: indicator `B.3` (Tempo di refertazione degli esami istologici) has an empty "
        "`Peso` cell while its siblings B.1 and B.2 print 50% each"])


if __name__ == "__main__":
    build()
