#!/usr/bin/python3
"""h9-report-chromium-1: a municipality's performance report printed by Chromium. Content invented.
Clean case. See the case README for the layout."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CHROMIUM, case_dir, chromium_pdf, doc, dpct, esc, html_page3, ind, node, readme, rnd, write_truth  # noqa: E402

NAME = "h9-report-chromium-1"
ORG = "Comune di Borgo Serravalle"
Y = 2025

# strategic: (code, title, weight, [operational]); operational: (code, title, weight, [indicators])
# indicator: (name, unit, weight, target, result, deviation, achievement Decimal)
S = [
    ("1", "Una città più sicura, curata e vivibile", 40, [
        ("1.1", "Potenziare il controllo del territorio da parte della Polizia locale", 60, [
            ("Ore di pattugliamento serale e notturno", "ore", 50, "≥ 2.400 ore", "2.520 ore", "+120 ore", 100),
            ("Tempo medio di intervento su segnalazione dei cittadini", "min", 50, "≤ 18 min", "20 min", "+2 min", 90),
        ]),
        ("1.2", "Migliorare la manutenzione delle strade e dei marciapiedi comunali", 40, [
            ("Segnalazioni di buche e dissesti risolte entro 10 giorni", "%", 60, "≥ 85%", "81%", "-4 p.p.",
             Decimal(81) / 85 * 100),
            ("Strade comunali riasfaltate nell'anno", "km", 40, "≥ 6 km", "6,4 km", "+0,4 km", 100),
        ]),
    ]),
    ("2", "Servizi digitali e semplificazione per cittadini e imprese", 35, [
        ("2.1", "Estendere i servizi on line dello sportello unico per l'edilizia e le attività produttive", 100, [
            ("Procedimenti SUAP e SUE attivabili interamente on line", "%", 40, "≥ 90%", "92%", "+2 p.p.", 100),
            ("Tempo medio di rilascio dei permessi di costruire", "gg", 30, "≤ 60 gg", "66 gg", "+6 gg",
             Decimal(60) / 66 * 100),
            ("Attivazione del pagamento pagoPA per mensa e trasporto scolastico", "date", 30, "entro il 30/06/2025",
             "15/09/2025", "in ritardo", 0),
        ]),
    ]),
    ("3", "Un ente efficiente, trasparente e vicino ai fornitori", 25, [
        ("3.1", "Ridurre i tempi di pagamento delle fatture commerciali", 50, [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", 100, "≤ 0 gg", "-4 gg", "-4 gg", 100),
        ]),
        ("3.2", "Assicurare la completezza della sezione Amministrazione trasparente", 50, [
            ("Obblighi di pubblicazione assolti nei termini di legge", "%", 70, "≥ 95%", "97,5%", "+2,5 p.p.", 100),
            ("Giornate di formazione su anticorruzione e trasparenza per dipendente", "N.", 30, "≥ 1,5", "1,2", "-0,3",
             Decimal("1.2") / Decimal("1.5") * 100),
        ]),
    ]),
]

CSS = """
body { font: 9pt "Liberation Serif"; color: #111; }
h1 { font: bold 14pt "Liberation Sans"; margin: 0; } .sub { font: 10pt "Liberation Sans"; margin: 1mm 0 2mm; }
p.note { font-size: 8pt; font-style: italic; margin: 0 0 4mm; }
div.os { margin: 5mm 0 1mm; display: flex; justify-content: space-between; border-bottom: 1.2pt solid #1f4e79;
         font: bold 10pt "Liberation Sans"; color: #1f4e79; padding-bottom: 0.8mm; }
div.os span.b { font-weight: normal; font-size: 8.5pt; color: #333; white-space: nowrap; margin-left: 4mm; }
table { width: 100%; border-collapse: collapse; }
th { font: bold 7.5pt "Liberation Sans"; text-align: left; border-bottom: 0.6pt solid #555; padding: 1mm; vertical-align: bottom; }
td { padding: 0.9mm 1mm; border-bottom: 0.4pt dotted #999; vertical-align: top; }
tr.oo td { background: #eef3f8; font-weight: bold; }
tr.oo td:first-child { border-left: 1.2mm solid #1f4e79; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.ind { padding-left: 5mm; }
tr { page-break-inside: avoid; }
"""


def main():
    d = case_dir(NAME)
    nodes, inds, body = [], [], []
    body.append(f"<h1>{esc(ORG)}</h1><div class=\"sub\">Relazione sulla performance {Y} – Allegato B: "
                "rendicontazione degli obiettivi strategici e operativi</div>")
    body.append("<p class=\"note\">Il raggiungimento di ciascun indicatore è il rapporto tra valore rilevato e target "
                "(o tra target e valore rilevato per gli indicatori da ridurre), fino a un massimo del 100%; le scadenze "
                "sono rispettate (100%) o non rispettate (0%). Il raggiungimento di obiettivi operativi e strategici è la "
                "media ponderata dei livelli sottostanti. Lo scostamento è la differenza tra valore rilevato e target.</p>")
    head = ("<tr><th style='width:6%'>N.</th><th>Obiettivo operativo / indicatore</th><th class=n>Peso</th>"
            f"<th class=n>Target {Y}</th><th class=n>Valore rilevato<br>al 31.12.{Y}</th><th class=n>Scostamento</th>"
            "<th class=n>Raggiungimento</th></tr>")
    for sc, st, sw, oos in S:
        oo_ach = []
        rows = []
        for oc, ot, ow, ks in oos:
            ach = [rnd(k[6]) for k in ks]
            oa = rnd(sum(Decimal(k[2]) * a for k, a in zip(ks, ach)) / 100)
            oo_ach.append(oa)
            rows.append(f"<tr class=\"oo\"><td>{oc}</td><td>{esc(ot)}</td><td class=n>{ow}%</td><td></td><td></td>"
                        f"<td></td><td class=n>{dpct(oa)}</td></tr>")
            nodes.append(node(oc, "operational", ot, parent=sc, weight=f"{ow}%", achievement=[(Y, dpct(oa))]))
            for (kn, um, kw, tg, res, dev, _), a in zip(ks, ach):
                rows.append(f"<tr><td></td><td class=\"ind\">{esc(kn)}</td><td class=n>{kw}%</td>"
                            f"<td class=n>{esc(tg)}</td><td class=n>{esc(res)}</td><td class=n>{esc(dev)}</td>"
                            f"<td class=n>{dpct(a)}</td></tr>")
                inds.append(ind(kn, oc, unit=um, weight=f"{kw}%", targets=[(Y, tg)], results=[(Y, res)],
                                achievement=[(Y, dpct(a))]))
        sa = rnd(sum(Decimal(o[2]) * a for o, a in zip(oos, oo_ach)) / 100)
        nodes.insert(len(nodes) - sum(1 for _ in oos), node(sc, "strategic", st, weight=f"{sw}%", achievement=[(Y, dpct(sa))]))
        body.append(f"<div class=\"os\"><span>Obiettivo strategico {sc} – {esc(st)}</span>"
                    f"<span class=\"b\">Peso {sw}% · Grado di raggiungimento {dpct(sa)}</span></div>")
        body.append("<table>" + head + "".join(rows) + "</table>")
    # order nodes: strategic before its operational objectives
    nodes.sort(key=lambda n: (n["code"].split(".")[0], n["code"].count("."), n["code"]))
    html = html_page3("\n".join(body), CSS, margin="16mm 14mm 18mm",
                      bottom_right='"Pagina " counter(page)', top_left=f'"{ORG} – Relazione sulla performance {Y}"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [Y], kind="report")], nodes, inds)
    readme(d, NAME, "Genre: **report**", CHROMIUM.format(script="h9_report.py"), f"""
Portrait A4, Liberation Serif 9 pt (headings Liberation Sans), Chromium; running header left (the Comune and
`Relazione sulla performance {Y}`), `Pagina n` at the foot. Title, subtitle `Relazione sulla performance {Y} –
Allegato B …`, an italic note stating the achievement rule (ratio capped at 100%, deadlines 100/0, weighted means
upwards) and what `Scostamento` means. Each strategic objective is a HEADING LINE outside the tables, blue with a
rule under it: left `Obiettivo strategico 1 – <title>`, right (same line) `Peso 40% · Grado di raggiungimento
95,87%`. Under it a borderless table (dotted row rules) `N. | Obiettivo operativo / indicatore | Peso | Target {Y} |
Valore rilevato al 31.12.{Y} | Scostamento | Raggiungimento`: operational objectives are shaded bold rows with a
thick left bar (`1.1`, weight, achievement, the target/result cells empty); their indicator rows follow, indented,
WITHOUT codes (the N. cell empty). Values carry their units in the cell (`≥ 2.400 ore`, `20 min`, `6,4 km`,
`≤ 60 gg`, `-4 gg`); a deadline target `entro il 30/06/2025` with a late date result (0,00%). `Scostamento` is a
derived column (`+120 ore`, `-4 p.p.`, `in ritardo`) and no truth field. Truth: strategic (code `1`, no parent) →
operational (`1.1`) → uncoded indicators; achievements {Y}; indicator achievement = capped ratio, objective =
weighted mean of the printed values below.
""", [
        "input: `input.pdf`", "strategic weight and achievement in the heading line, not in the table",
        "indicators without codes", "a derived `Scostamento` column between result and achievement",
        "units in every value (ore, min, km, gg, p.p.)", "missed deadline scored 0,00%",
        "`Valore rilevato al 31.12.2025` as the result header",
    ], [])


if __name__ == "__main__":
    main()
