#!/usr/bin/python3
"""fam10-points-chromium-1: a national park's objectives 2026 weighted in POINTS AT THREE LEVELS, printed by Chromium.
Portrait, Liberation Sans Narrow 8.6 pt, thin grey grid; areas coded with ROMAN numerals (`I`, `II`, `III`) carry
their points in the last column (`45 punti`); objectives `I.1` carry theirs INSIDE the title cell, in parentheses after
the title (`(peso 20 punti)`, `(peso 1 PUNTO)`); indicators carry theirs in the `Punti` column (`12 punti`, `1
PUNTO`); indicators sum to their objective, objectives to their area, areas to `Totale 100 punti`. Clean. Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13,  # noqa: E402
                      write_truth)

SCRIPT = "fam10_points.py"
ORG = "Parco Nazionale delle Gole del Sarro"
YEAR = 2026

# area (code, title, points) -> objective (code, title, points, owner) -> indicator (name, unit, points, base, target)
AREAS = [
    ("I", "CONSERVAZIONE DELLA NATURA E DELLA BIODIVERSITÀ", "45 punti", [
        ("I.1", "Monitorare le specie e gli habitat di interesse comunitario", "peso 20 punti",
         "Servizio Conservazione", [
             ("Transetti di monitoraggio della fauna completati", "N.", "12 punti", "38", "almeno 40"),
             ("Habitat con scheda di valutazione aggiornata", "%", "8 punti", "62%", "≥ 70%")]),
        ("I.2", "Contrastare la diffusione delle specie aliene invasive", "peso 15 punti", "Servizio Conservazione", [
            ("Ettari bonificati da specie vegetali invasive", "ha", "10 punti", "18 ha", "≥ 20 ha"),
            ("Interventi di contenimento del gambero rosso della Louisiana", "N.", "5 punti", "12", "almeno 12")]),
        ("I.3", "Ridurre il disturbo antropico nelle aree di riserva integrale", "peso 10 punti",
         "Servizio Sorveglianza", [
             ("Giornate di sorveglianza congiunta con i Carabinieri forestali", "N.", "9 punti", "140", "≥ 150"),
             ("Rinnovo della cartellonistica delle aree di riserva integrale", "date", "1 PUNTO", "–",
              "entro il 30/09/2026")])]),
    ("II", "FRUIZIONE SOSTENIBILE ED EDUCAZIONE AMBIENTALE", "35 punti", [
        ("II.1", "Qualificare la rete sentieristica del Parco", "peso 20 punti", "Servizio Fruizione", [
            ("Chilometri di sentieri manutenuti nell'anno", "km", "14 punti", "96 km", "≥ 110 km"),
            ("Segnalazioni di sentieri impraticabili chiuse entro 15 giorni", "%", "6 punti", "74%", "≥ 80%")]),
        ("II.2", "Ampliare l'offerta di educazione ambientale per le scuole", "peso 15 punti", "Servizio Fruizione", [
            ("Classi coinvolte nei progetti didattici del Parco", "N.", "15 punti", "210", "≥ 230")])]),
    ("III", "GESTIONE AMMINISTRATIVA E TRASPARENZA", "20 punti", [
        ("III.1", "Ridurre i tempi di rilascio dei nulla osta", "peso 12 punti", "Servizio Amministrativo", [
            ("Tempo medio di rilascio del nulla osta", "gg", "12 punti", "41 gg", "≤ 35 gg")]),
        ("III.2", "Garantire la pubblicazione dei dati in Amministrazione trasparente", "peso 7 punti",
         "Servizio Amministrativo", [
             ("Obblighi di pubblicazione assolti nei termini", "%", "7 punti", "96%", "= 100%")]),
        ("III.3", "Completare l'iter del regolamento del Parco", "peso 1 PUNTO", "Direzione", [
            ("Trasmissione del regolamento al Ministero vigilante", "date", "1 PUNTO", "–", "entro il 31/12/2026")])]),
]

CSS = """body { font-family: "Liberation Sans Narrow", "Liberation Sans", sans-serif; font-size: 8.6pt; }
h1 { font-size: 12.5pt; margin: 0; } p.sub { margin: 1mm 0 3mm 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.4pt solid #8a8a8a; padding: 2.2pt 3pt; vertical-align: top; }
th { background: #4f6b3a; color: #fff; text-align: left; }
tr.area td { background: #dfe8d5; font-weight: bold; }
tr.obj td { font-weight: bold; } tr.obj span.p { font-weight: normal; font-style: italic; }
tr.ind td.n { padding-left: 11pt; }
td.p { text-align: right; white-space: nowrap; } td.c { text-align: center; }
tr.tot td { font-weight: bold; border-top: 1.2pt solid #000; }
p.foot { font-size: 7.6pt; margin-top: 3mm; }"""


def build():
    name = "fam10-points-chromium-1"
    nodes, inds = [], []
    rows = []
    for acode, atitle, apts, objs in AREAS:
        rows.append(f"<tr class=area><td>{acode}</td><td colspan=4>{esc(atitle)}</td><td class=p>{apts}</td></tr>")
        nodes.append(node(acode, "area", atitle, weight=apts))
        for ocode, otitle, opts, owner, ilist in objs:
            rows.append(f"<tr class=obj><td>{ocode}</td><td>{esc(otitle)} <span class=p>({opts})</span></td>"
                        f"<td>{esc(owner)}</td><td></td><td></td><td></td></tr>")
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts, owners=[owner]))
            for iname, unit, ipts, base, tg in ilist:
                rows.append(f"<tr class=ind><td></td><td class=n>{esc(iname)}</td><td></td><td class=c>{esc(base)}"
                            f"</td><td class=c>{esc(tg)}</td><td class=p>{ipts}</td></tr>")
                inds.append(ind(iname, ocode, unit=unit, weight=ipts, baselines=[(2024, base)], targets=[(YEAR, tg)]))
    rows.append("<tr class=tot><td></td><td colspan=4>Totale</td><td class=p>100 punti</td></tr>")
    cols = ("<colgroup><col style='width:10mm'><col><col style='width:30mm'><col style='width:22mm'>"
            "<col style='width:27mm'><col style='width:16mm'></colgroup>")
    head = ("<thead><tr><th>Cod.</th><th>Area / Obiettivo / Indicatore</th><th>Struttura responsabile</th>"
            "<th>Valore di partenza (2024)</th><th>Risultato atteso 2026</th><th style='text-align:right'>Punti</th>"
            "</tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano della performance 2026-2028 – Obiettivi 2026 e relativi punteggi</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=foot>Il punteggio complessivo è di 100 punti: i punti di ciascuna area sono ripartiti tra i suoi "
            "obiettivi (peso indicato tra parentesi) e i punti di ciascun obiettivo tra i suoi indicatori. "
            "– = adempimento non svolto nel 2024.</p>"]
    h = html_page3("\n".join(body), CSS, margin="14mm 13mm 15mm 13mm",
                   bottom_right=q("pag. ") + " counter(page)", hf_font='7.5pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, name, "weights in points", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Sans Narrow 8.6 pt, thin grey grid, dark green header. Title (the park) and subtitle
`Piano della performance 2026-2028 – Obiettivi 2026 e relativi punteggi`, then one table `Cod. | Area / Obiettivo /
Indicatore | Struttura responsabile | Valore di partenza (2024) | Risultato atteso 2026 | Punti`. Area band rows
(shaded, Roman code `I`, title in capitals) carry their points in the LAST column (`45 punti`); objective rows (bold,
`I.1`) carry their points INSIDE THE TITLE CELL, in italics and parentheses after the title (`(peso 20 punti)`,
`(peso 1 PUNTO)`), and the responsible service; indicator rows (indented) carry baseline, target and their points in
the last column (`12 punti`, `1 PUNTO`). A closing `Totale 100 punti` row and a note on the method. Truth: areas
`area` (weight `45 punti`), objectives `operational` (parent = area, weight raw `peso 20 punti` without the
parentheses, title without it, owners = [service]), indicators with weight raw `12 punti`, baseline 2024, target 2026.
""", ["points at three levels, each in a different place (area: last column; objective: inside the title cell; "
      "indicator: last column)", "Roman area codes `I` / `II` / `III` and objective codes `I.1`",
      "`1 PUNTO` in capitals at objective and indicator level", "`Valore di partenza (2024)` with the year in the header",
      "portrait, narrow font, thin grid"],
     ["weights are POINTS: indicators sum to their objective's points (12 + 8 = 20, 9 + 1 = 10 …), objectives to their "
      "area's (20 + 15 + 10 = 45; 20 + 15 = 35; 12 + 7 + 1 = 20), areas to 100: nothing sums to 100 below the root",
      "single indicators carrying all their objective's points (`15 punti` under `peso 15 punti`)",
      "`almeno 12` equal to the 2024 value: not unambitious", "`–` baselines for new deadlines"], [])
    return name


if __name__ == "__main__":
    print(build())
