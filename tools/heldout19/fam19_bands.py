#!/usr/bin/python3
"""h19-bands-chromium-1 (family: graded target bands): an academy of fine arts' objectives 2026, HTML printed by
Chromium. Portrait, P052 (Palatino) 8.6 pt. Each objective is a ROUNDED BOX with a heading strip (`Obiettivo 1`,
title, `peso 40%`); inside, a borderless table `Cod. | Indicatore | Peso | Valore 2025 | Responsabile`, and under
each indicator row a full-width SUB-ROW carrying the ladder as one line with arrows and middle dots:
`Scala di valutazione 2026: ≤ 28 gg → 100% · 29–30 gg → 75% · 31–32 gg → 50% · > 32 gg → 0%`. Clean. Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13, write_truth  # noqa

SCRIPT = "fam19_bands.py"
NAME = "h19-bands-chromium-1"
ORG = "Accademia di Belle Arti di Montereale"
YEAR = 2026
# objective: (code, title, weight, [(code, name, unit, weight, value 2025, [(band, score)], owner)])
OBJ = [
    ("1", "Ridurre i tempi amministrativi dei servizi agli studenti", "35%", [
        ("1.a", "Tempo medio di rilascio del diploma accademico", "gg", "60%", "31 gg",
         [("≤ 28 gg", "100%"), ("29–30 gg", "75%"), ("31–32 gg", "50%"), ("> 32 gg", "0%")], "Segreteria didattica"),
        ("1.b", "Tempo di risposta alle richieste di riconoscimento dei crediti", "gg", "40%", "26 gg",
         [("≤ 20 gg", "100%"), ("21–25 gg", "60%"), ("> 25 gg", "0%")], "Segreteria didattica")]),
    ("2", "Ampliare l'offerta formativa e l'internazionalizzazione", "30%", [
        ("2.a", "Studenti in mobilità Erasmus in uscita", "N.", "50%", "38",
         [("≥ 45", "100%"), ("40–44", "70%"), ("35–39", "40%"), ("< 35", "0%")], "Ufficio Erasmus e relazioni "
         "internazionali"),
        ("2.b", "Workshop tenuti da artisti e docenti esterni", "N.", "50%", "9",
         [("≥ 12", "100%"), ("10–11", "50%"), ("< 10", "0%")], "Direzione didattica")]),
    ("3", "Migliorare la fruizione dei laboratori e del patrimonio", "20%", [
        ("3.a", "Ore di apertura settimanale dei laboratori agli studenti", "ore", "100%", "42 ore",
         [("≥ 50 ore", "100%"), ("46–49 ore", "80%"), ("42–45 ore", "50%"), ("< 42 ore", "0%")],
         "Coordinamento dei laboratori")]),
    ("4", "Rinnovare la carta dei servizi agli studenti", "15%", [
        ("4.a", "Approvazione della nuova carta dei servizi", "date", "100%", None,
         [("entro il 30/06/2026", "100%"), ("entro il 30/09/2026", "50%"), ("oltre il 30/09/2026", "0%")],
         "Direzione amministrativa")]),
]

CSS = """body { font-family: "P052", "Palatino", serif; font-size: 8.6pt; color: #1b1b1b; }
h1 { font-size: 13pt; margin: 0; font-weight: bold; } p.sub { font-size: 9.5pt; margin: 1mm 0 5mm 0; }
div.ob { border: 0.9pt solid #6b4f2a; border-radius: 6pt; margin: 0 0 5mm 0; page-break-inside: avoid;
  overflow: hidden; }
div.hd { background: #f1e7d6; padding: 4pt 7pt; border-bottom: 0.6pt solid #6b4f2a; font-size: 9.4pt; }
div.hd span.w { float: right; font-style: italic; } div.hd b { margin-right: 6pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-weight: bold; font-size: 7.6pt; color: #6b4f2a; padding: 3pt 6pt 1pt 6pt; }
td { padding: 3pt 6pt 1pt 6pt; vertical-align: top; }
tr.sc td { padding: 0 6pt 4pt 30pt; font-size: 7.8pt; font-style: italic; border-bottom: 0.3pt dotted #6b4f2a; }
tr.sc:last-child td { border-bottom: none; }
p.note { font-size: 7.4pt; }"""


def build():
    nodes, inds, parts = [], [], []
    for ocode, otitle, ow, rows in OBJ:
        nodes.append(node(ocode, "operational", otitle, weight=ow))
        trs = []
        for icode, iname, um, iw, base, ladder, owner in rows:
            lad = " · ".join(f"{b} → {s}" for b, s in ladder)
            trs.append(f"<tr><td>{icode}</td><td>{esc(iname)}</td><td>{iw}</td><td>{esc(base or '–')}</td>"
                       f"<td>{esc(owner)}</td></tr>")
            trs.append(f"<tr class=sc><td colspan=5>Scala di valutazione {YEAR}: {esc(lad)}</td></tr>")
            inds.append(ind(iname, ocode, code=icode, unit=um, weight=iw, baselines=[(2025, base)] if base else [],
                            targets=[(YEAR, lad)], owners=[owner]))
        parts.append(f"<div class=ob><div class=hd><b>Obiettivo {ocode}</b>{esc(otitle)}<span class=w>peso {ow}"
                     "</span></div><table><colgroup><col style='width:12mm'><col><col style='width:13mm'>"
                     "<col style='width:20mm'><col style='width:46mm'></colgroup><thead><tr><th>Cod.</th>"
                     "<th>Indicatore</th><th>Peso</th><th>Valore 2025</th><th>Responsabile</th></tr></thead><tbody>"
                     + "".join(trs) + "</tbody></table></div>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano della performance – obiettivi dell'anno 2026 e scale di "
            "valutazione</p>" + "".join(parts) +
            "<p class=note>Il grado di raggiungimento di ciascun indicatore è la percentuale della fascia in cui "
            "cade il valore rilevato al 31 dicembre 2026. Il peso degli indicatori è riferito all'obiettivo; il "
            "peso degli obiettivi al totale.</p>")
    h = html_page3(body, CSS, margin="16mm 15mm", bottom_center=q("– ") + " counter(page) " + q(" –"),
                   hf_font='7.5pt "P052"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "graded target bands (kind unknown)", CHROMIUM.format(script=SCRIPT), """
Portrait A4, P052 (a Palatino clone) 8.6 pt. Each objective is a ROUNDED BOX whose heading strip reads `Obiettivo
1` (bold) + title, with `peso 35%` in italics at the right. Inside, a borderless table `Cod. | Indicatore | Peso |
Valore 2025 | Responsabile`; under each indicator row a full-width italic SUB-ROW carries the whole ladder on one
line, value then score joined by arrows, bands separated by middle dots: `Scala di valutazione 2026: ≤ 28 gg → 100%
· 29–30 gg → 75% · 31–32 gg → 50% · > 32 gg → 0%`; dotted rules between indicators. Bands in gg, counts, hours and
deadlines, with en-dash ranges; `–` where no 2025 value exists. A closing note. Truth: objectives `operational` (code `1` from `Obiettivo 1`) with their weight;
indicators `1.a` … with weight within the objective, baseline 2025, owners = [Responsabile], and ONE target for 2026
whose raw is the ladder as printed after `Scala di valutazione 2026: ` (arrows and dots kept).
""", ["objectives as rounded boxes with a heading strip; weight at the right in italics",
      "ladder on a full-width sub-row under its indicator, `band → score` joined by ` · `",
      "en-dash ranges (`29–30 gg`), bands in gg / counts / ore", "borderless inner table, dotted separators",
      "P052 serif"],
     ["objective weights 35 + 30 + 20 + 15 = 100; indicator weights 60 + 40, 50 + 50, 100, 100 within their "
      "objective", "a deadline ladder (`entro il 30/06/2026 → 100% · entro il 30/09/2026 → 50% · oltre …`) with `–` "
      "as the 2025 value (a new charter)",
      "the band scores (`100%`, `75%`, `50%`, `0%`) are not weights and need not sum to 100",
      "`≤ 28 gg` best band while the 2025 value is `31 gg`: lower is better",
      "`42–45 ore → 50%` starts at the 2025 value `42 ore`: the top band (`≥ 50 ore`) is the target"], [])
    return NAME


if __name__ == "__main__":
    print(build())
