#!/usr/bin/python3
"""h11-bands-chromium-1: graded target bands of a comune (scores per band), printed by Chromium.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme, write_truth  # noqa: E402

NAME = "h11-bands-chromium-1"
ORG = "Comune di Sant'Ilario Marittimo"
YEAR = 2026
# objective: (code, title, weight, owner, [indicators]); indicator: (code, name, weight, unit, base, [(band, score)])
OBJ = [
    ("OB 1", "Ridurre i tempi di risposta ai cittadini e alle imprese", "40%", "Settore Affari generali", [
        ("1.1", "Tempo medio di risposta ai reclami scritti", "60%", "gg", "31 gg",
         [("fino a 28 gg", "100%"), ("da 29 a 30 gg", "75%"), ("da 31 a 32 gg", "50%"), ("oltre 32 gg", "0%")]),
        ("1.2", "Istanze SUAP concluse entro i termini di legge", "40%", "%", "88,2%",
         [("pari o superiore al 95%", "100%"), ("dal 90% al 94,9%", "60%"), ("inferiore al 90%", "0%")]),
    ]),
    ("OB 2", "Migliorare la riscossione delle entrate comunali", "35%", "Settore Tributi", [
        ("2.1", "Riscossione dell'IMU di competenza", "50%", "%", "91,4%",
         [("almeno il 94%", "100%"), ("dal 92% al 93,9%", "70%"), ("meno del 92%", "0%")]),
        ("2.2", "Avvisi di accertamento emessi", "50%", "N.", "1.240",
         [("almeno 1.400", "100%"), ("da 1.300 a 1.399", "50%"), ("meno di 1.300", "0%")]),
    ]),
    ("OB 3", "Valorizzare l'offerta culturale estiva", "25%", "Settore Cultura e turismo", [
        ("3.1", "Presenze alle iniziative culturali estive", "100%", "N.", "18.600",
         [("oltre 20.000", "100%"), ("da 18.000 a 20.000", "80%"), ("da 15.000 a 17.999", "40%"),
          ("sotto 15.000", "0%")]),
    ]),
]

CSS = """
body { font: 9pt "DejaVu Sans"; color: #222; }
h1 { font-size: 13pt; margin: 0; color: #8a4b08; } .sub { font-size: 10pt; margin: 1mm 0; }
.note { font-size: 7.8pt; color: #555; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; }
th { background: #f3e3cf; border: 0.6pt solid #b9874f; padding: 1.3mm; font-size: 8pt; }
td { border: 0.6pt solid #b9874f; padding: 1.1mm 1.5mm; vertical-align: middle; }
td.ob { background: #fbf4ea; vertical-align: top; }
td.ob .c { font-weight: bold; display: block; } td.ob .w { display: block; margin-top: 1.5mm; color: #8a4b08; }
td.n { vertical-align: top; } td.c, td.r { text-align: center; white-space: nowrap; }
td.band { border-right: none; } td.sc { text-align: right; font-weight: bold; border-left: 0.3pt dotted #b9874f; }
td.own { font-size: 8pt; color: #444; vertical-align: top; }
"""


def main():
    d = case_dir(NAME)
    rows, nodes, inds = [], [], []
    for oc, ot, ow, owner, ks in OBJ:
        nob = sum(len(k[5]) for k in ks)
        first_obj = True
        nodes.append(node(oc, "operational", ot, weight=ow, owners=[owner]))
        for kc, kn, kw, ku, base, ladder in ks:
            nb = len(ladder)
            for i, (band, score) in enumerate(ladder):
                tr = "<tr>"
                if first_obj:
                    tr += (f"<td class=\"ob\" rowspan={nob}><span class=\"c\">{oc}</span>{esc(ot)}<span class=\"w\">"
                           f"Peso {ow}</span></td><td class=\"own\" rowspan={nob}>{esc(owner)}</td>")
                    first_obj = False
                if i == 0:
                    tr += (f"<td class=\"c\" rowspan={nb}>{kc}</td><td class=\"n\" rowspan={nb}>{esc(kn)}</td>"
                           f"<td class=\"c\" rowspan={nb}>{kw}</td><td class=\"r\" rowspan={nb}>{esc(base)}</td>")
                tr += f"<td class=\"band\">{esc(band)}</td><td class=\"sc\">{score}</td></tr>"
                rows.append(tr)
            raw = " ".join(f"{b} {s}" for b, s in ladder)
            inds.append(ind(kn, oc, code=kc, unit=ku, weight=kw, baselines=[(2025, base)], targets=[(YEAR, raw)]))
    head = ("<thead><tr><th rowspan=2 style=\"width:22%\">Obiettivo</th><th rowspan=2 style=\"width:11%\">Settore</th>"
            "<th rowspan=2>Cod.</th><th rowspan=2 style=\"width:24%\">Indicatore</th><th rowspan=2>Peso</th>"
            "<th rowspan=2>Valore 2025</th><th colspan=2>Target 2026</th></tr>"
            "<tr><th>Fascia di risultato</th><th>Punteggio</th></tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><div class=\"sub\">Piano dettagliato degli obiettivi 2026 – Obiettivi con target "
            "graduato a fasce</div><div class=\"note\">A ciascuna fascia di risultato corrisponde la percentuale di "
            "punteggio riconosciuta sull'indicatore. Il peso dell'obiettivo è riferito al totale degli obiettivi "
            "dell'ente; il peso dell'indicatore al totale dell'obiettivo.</div>"
            "<table>" + head + "<tbody>" + "\n".join(rows) + "</tbody></table>")
    html = html_page3(body, CSS, landscape=True, margin="14mm 14mm 15mm", top_right=q("PDO 2026"),
                      bottom_center='"– " counter(page) " –"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **graded target bands**", CHROMIUM.format(script="h11_bands.py"), """
Landscape A4, DejaVu Sans 9 pt, Chromium, one page; `PDO 2026` at the top right, `– n –` at the foot. Title (the
Comune), subtitle `Piano dettagliato degli obiettivi 2026 – Obiettivi con target graduato a fasce`, a note on the
scores and the weights. ONE ruled table (amber), two-row header `Obiettivo | Settore | Cod. | Indicatore | Peso |
Valore 2025 | Target 2026 (Fascia di risultato | Punteggio)`. The OBJECTIVE cell spans all the ladder rows of its
indicators and stacks the code (`OB 1`, bold), the title and `Peso 40%` on three lines; the Settore cell spans the
same rows. Each indicator's code (`1.1`), name, weight and 2025 value span its ladder rows; each ladder step is one
row with the band IN WORDS (`fino a 28 gg`, `da 29 a 30 gg`, `oltre 32 gg`, `pari o superiore al 95%`, `dal 90% al
94,9%`, `almeno 1.400`, `meno di 1.300`, `sotto 15.000`) and its score (`100%`, `75%`, …) bold at the right, the two
separated by a dotted rule. A plan: no results. Truth: objectives `operational` (code `OB 1`, weight raw `40%`, owners
the Settore, parent null); indicators with codes, weights, baseline 2025 and ONE 2026 target whose raw is the ladder
read band by band, band then score, joined with one space (`fino a 28 gg 100% da 29 a 30 gg 75% da 31 a 32 gg 50%
oltre 32 gg 0%`).
""", [
        "input: `input.pdf`",
        "bands written in words (`fino a`, `da … a`, `oltre`, `almeno`, `meno di`, `pari o superiore al`)",
        "objective code, title and weight stacked in one spanning cell; a spanning Settore column",
        "two to four steps per ladder; counts with thousands dots (`da 18.000 a 20.000`)",
    ], [])


if __name__ == "__main__":
    main()
