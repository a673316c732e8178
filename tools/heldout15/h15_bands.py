#!/usr/bin/python3
"""h15-bands-chromium-1: graded target bands. A regional emergency-medical agency's objectives 2026 printed by
Chromium. Portrait, DejaVu Sans 8 pt; objectives as heading lines (`OB.1 – title` with `Peso obiettivo: 40%` at the
right); one table per objective; each indicator takes TWO ROWS: the left cells (name, weight, U.M., `Dato 2025`)
span both, and the ladder `Fasce di valutazione 2026` runs HORIZONTALLY as coloured segments, the band VALUES in the
upper row and the SCORES in the lower row (labelled `Valore` / `Punteggio`); a three-band ladder spans its last
segment over two columns. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q, \
    write_truth  # noqa: E402

SCRIPT = "h15_bands.py"
ORG = "Azienda Regionale Emergenza Sanitaria 118 Alto Adriatico"
UNIT = {"minuti": "min", "%": "%"}
COLORS = ["#2e7d32", "#9ccc65", "#ffca28", "#ef5350"]

# objective (code, title, weight) -> indicators (name, weight, U.M., dato 2025, [(band value, score)])
OBJS = [
    ("OB.1", "Garantire tempi di intervento adeguati su tutto il territorio", "40%", [
        ("Intervallo allarme-target dei mezzi di soccorso avanzato (90° percentile)", "60%", "minuti", "19 min",
         [("≤ 18 min", "100%"), ("19-20 min", "75%"), ("21-22 min", "50%"), ("> 22 min", "0%")]),
        ("Chiamate alla centrale operativa con risposta entro 15 secondi", "40%", "%", "91,2%",
         [("≥ 95%", "100%"), ("90-94,9%", "70%"), ("85-89,9%", "40%"), ("< 85%", "0%")])]),
    ("OB.2", "Migliorare la qualità clinica del soccorso extraospedaliero", "35%", [
        ("Pazienti con infarto STEMI trasportati direttamente in emodinamica", "50%", "%", "78%",
         [("≥ 85%", "100%"), ("80-84%", "60%"), ("< 80%", "0%")]),
        ("Schede di soccorso compilate in modo completo", "50%", "%", "88%",
         [("≥ 95%", "100%"), ("90-94%", "50%"), ("85-89%", "25%"), ("< 85%", "0%")])]),
    ("OB.3", "Assicurare la formazione obbligatoria del personale di soccorso", "25%", [
        ("Operatori con certificazione BLSD e PTC in corso di validità", "100%", "%", "83%",
         [("= 100%", "100%"), ("95-99%", "80%"), ("90-94%", "50%"), ("< 90%", "0%")])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #1a1a1a; }
h1 { font-size: 12.5pt; margin: 0; } p.sub { margin: 0.8mm 0 4mm 0; font-size: 9pt; color: #333; }
div.oh { display: flex; justify-content: space-between; border-bottom: 1.2pt solid #333; font-weight: bold;
  font-size: 9.5pt; padding: 1mm 0; margin-top: 5mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin-top: 1.5mm; table-layout: fixed; }
th { font-size: 7.5pt; background: #eceff1; border: 0.5pt solid #90a4ae; padding: 1.5pt 2pt; }
td { border: 0.5pt solid #90a4ae; padding: 2pt 2.5pt; vertical-align: middle; }
td.c { text-align: center; } td.lab { font-size: 7pt; color: #555; text-align: right; }
td.v { text-align: center; font-weight: bold; }
td.s { text-align: center; font-size: 7.5pt; }
tbody { break-inside: avoid; }
p.foot { font-size: 7.5pt; margin-top: 5mm; }"""


def build():
    name = "h15-bands-chromium-1"
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=\"sub\">Piano della performance – obiettivi organizzativi 2026 con fasce di valutazione</p>"]
    nodes, inds = [], []
    cols = ("<colgroup><col style=\"width:27%\"><col style=\"width:6%\"><col style=\"width:6%\">"
            "<col style=\"width:7%\"><col style=\"width:10%\"><col style=\"width:11%\"><col style=\"width:11%\">"
            "<col style=\"width:11%\"><col style=\"width:11%\"></colgroup>")
    for ocode, otitle, ow, ilist in OBJS:
        body.append(f"<div class=\"oh\"><span>{ocode} – {esc(otitle)}</span><span>Peso obiettivo: {ow}</span></div>")
        nodes.append(node(ocode, "strategic", otitle, weight=ow))
        t = [f"<table>{cols}<thead><tr><th>Indicatore</th><th>Peso</th><th>U.M.</th><th>Dato 2025</th><th></th>"
             "<th colspan=\"4\">Fasce di valutazione 2026</th></tr></thead>"]
        for nm, w, um, base, bands in ilist:
            vals, scores = [], []
            for k, (v, s) in enumerate(bands):
                span = 2 if len(bands) == 3 and k == 2 else 1
                cs = f" colspan=\"{span}\"" if span > 1 else ""
                col = COLORS[-1] if k == len(bands) - 1 else COLORS[k]
                vals.append(f"<td class=\"v\"{cs} style=\"background:{col}33\">{esc(v)}</td>")
                scores.append(f"<td class=\"s\"{cs} style=\"background:{col}\">{esc(s)}</td>")
            t.append("<tbody><tr>"
                     f"<td rowspan=\"2\">{esc(nm)}</td><td class=\"c\" rowspan=\"2\">{w}</td>"
                     f"<td class=\"c\" rowspan=\"2\">{esc(um)}</td><td class=\"c\" rowspan=\"2\">{esc(base)}</td>"
                     "<td class=\"lab\">Valore</td>" + "".join(vals) + "</tr>"
                     "<tr><td class=\"lab\">Punteggio</td>" + "".join(scores) + "</tr></tbody>")
            raw = " ".join(f"{v} {s}" for v, s in bands)
            inds.append(ind(nm, ocode, unit=UNIT[um], weight=w, baselines=[(2025, base)], targets=[(2026, raw)]))
        t.append("</table>")
        body.append("".join(t))
    body.append("<p class=\"foot\">Il punteggio dell'indicatore è quello della fascia in cui cade il valore "
                "rilevato al 31/12/2026; il punteggio dell'obiettivo è la media dei punteggi degli indicatori "
                "ponderata con i rispettivi pesi.</p>")
    h = html_page3("\n".join(body), CSS, landscape=False, margin="16mm 14mm 16mm 14mm",
                   top_right=q("ARES 118 Alto Adriatico – Obiettivi 2026"),
                   bottom_center='"Pagina " counter(page) " di " counter(pages)')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [2026])], nodes, inds)
    genre_readme(d, name, "graded target bands", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8 pt, running header at the top right, footer `Pagina n di N`. Title and subtitle, then one
section per objective: a heading line `OB.1 – Garantire tempi di intervento …` with `Peso obiettivo: 40%` at the
right over a rule, and a ruled table `Indicatore | Peso | U.M. | Dato 2025 | (label) | Fasce di valutazione 2026`
(the last header spans four columns). Each indicator takes TWO ROWS: name, weight, U.M. and `Dato 2025` span both;
a small grey label cell says `Valore` in the upper row and `Punteggio` in the lower; then the LADDER runs across four
coloured segments, the band value in the upper row (`≤ 18 min`, `19-20 min`, `21-22 min`, `> 22 min`) and its score
below (`100%`, `75%`, `50%`, `0%`). A three-band ladder spans its last segment over two columns. A closing note says
the indicator scores the band of its value at 31/12/2026 and the objective is the weighted mean.
Truth: objectives `strategic` with their weight; indicators with weight (summing to 100% per objective), baseline
2025, one target 2026 whose raw is the ladder read band by band, value then score, joined with single spaces
(`≤ 18 min 100% 19-20 min 75% 21-22 min 50% > 22 min 0%`); `minuti` → `min`.
""", ["the ladder laid out HORIZONTALLY on two rows (values above, scores below) inside a ruled table",
      "objectives as heading lines with the weight at the right, one table per objective",
      "four- and three-band ladders (one segment spanning two columns), ranges with decimals (`90-94,9%`), `= 100%`",
      "`Dato 2025` baselines in `min` and `%`"], [])
    return name


if __name__ == "__main__":
    print(build())
