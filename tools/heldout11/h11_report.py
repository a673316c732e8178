#!/usr/bin/python3
"""h11-report-chromium-1: performance report of a local health authority, printed by Chromium.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CHROMIUM, capped, case_dir, chromium_pdf, doc, dpct, esc, finding, html_page3, ind, node, q, readme, rnd, write_truth  # noqa: E402

NAME = "h11-report-chromium-1"
ORG = "Azienda Sanitaria Locale Val Brenna"
YEAR = 2025
FAULT = "OS 2.1"
FAULT_PRINTED = Decimal("98.40")

# indicator: (name, weight, op, target_value, target_raw, result_value, result_raw, deviation)
AREAS = [
    ("1", "ACCESSIBILITÀ E APPROPRIATEZZA DELLE CURE", 60, [
        ("OS 1.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", 50, [
            ("Prime visite in classe B erogate entro 10 giorni", 40, "ge", "90", "≥ 90%", "92.6", "92,6%", "+2,6 p.p."),
            ("Attesa media per l'ecografia addominale", 35, "le", "45", "≤ 45 gg", "49", "49 gg", "+4 gg"),
            ("Agende di prenotazione visibili sul CUP regionale", 25, "ge", "98", "≥ 98%", "98.0", "98,0%", "0,0 p.p."),
        ]),
        ("OS 1.2", "Migliorare l'appropriatezza dei ricoveri ospedalieri", 50, [
            ("Rapporto tra ricoveri a rischio di inappropriatezza e ricoveri appropriati", 50, "le", "0.18", "≤ 0,18",
             "0.21", "0,21", "+0,03"),
            ("Degenza media dei ricoveri chirurgici programmati", 50, "le", "4.5", "≤ 4,5 gg", "4.3", "4,3 gg",
             "-0,2 gg"),
        ]),
    ]),
    ("2", "PREVENZIONE E ASSISTENZA TERRITORIALE", 40, [
        ("OS 2.1", "Aumentare la copertura dei programmi di screening oncologico", 60, [
            ("Adesione allo screening mammografico", 50, "ge", "60", "≥ 60%", "58.2", "58,2%", "-1,8 p.p."),
            ("Adesione allo screening colorettale", 30, "ge", "45", "≥ 45%", "41.4", "41,4%", "-3,6 p.p."),
            ("Inviti allo screening cervicale sulla popolazione bersaglio", 20, "ge", "95", "≥ 95%", "96.5", "96,5%",
             "+1,5 p.p."),
        ]),
        ("OS 2.2", "Potenziare l'assistenza domiciliare integrata", 40, [
            ("Assistiti over 65 in assistenza domiciliare integrata", 60, "ge", "4.0", "≥ 4,0%", "3.6", "3,6%",
             "-0,4 p.p."),
            ("Tempo medio di attivazione dell'ADI dopo la dimissione ospedaliera", 40, "le", "3", "≤ 3 gg", "3", "3 gg",
             "0 gg"),
        ]),
    ]),
]

CSS = """
body { font: 8.2pt "DejaVu Sans"; color: #202a2e; }
h1 { font-size: 12pt; margin: 0; color: #0d5c63; } .sub { font-size: 9.5pt; margin: 0.8mm 0 1mm; }
.note { font-size: 7.2pt; color: #555; margin: 0 0 4mm; }
.area { margin: 4mm 0 2mm; padding: 1.6mm 2mm; background: #0d5c63; color: #fff; display: flex;
        justify-content: space-between; font-weight: bold; font-size: 9pt; }
.area .pill { font-weight: normal; margin-left: 4mm; white-space: nowrap; }
.card { border: 0.7pt solid #7fb3b8; margin: 0 0 3.5mm; }
.head { display: flex; align-items: center; padding: 1.4mm 2mm; background: #e3f0f1; }
.head .code { font-weight: bold; width: 15mm; } .head .title { flex: 1; font-weight: bold; }
.head .w { width: 30mm; font-size: 7.6pt; } .head .ach { width: 46mm; font-size: 7.6pt; }
.bar { display: inline-block; width: 20mm; height: 2.2mm; background: #cfdcdd; vertical-align: middle; margin-right: 1.5mm; }
.bar i { display: block; height: 100%; background: #2a9d8f; }
table { width: 100%; border-collapse: collapse; }
th { font-size: 7pt; text-align: left; color: #0d5c63; border-bottom: 0.7pt solid #0d5c63; padding: 1mm 1.5mm; }
td { padding: 1mm 1.5mm; border-bottom: 0.3pt dotted #9bb; } td.r, th.r { text-align: right; white-space: nowrap; }
td.g { color: #666; }
"""


def pr(x):
    return dpct(x)


def main():
    d = case_dir(NAME)
    nodes, inds, parts = [], [], []
    for ac, at, aw, objs in AREAS:
        o_printed = []
        cards = []
        for oc, ot, ow, ks in objs:
            rows, s = [], Decimal(0)
            for kn, kw, op, tv, traw, rv, rraw, dev in ks:
                a = rnd(capped(rv, tv, op))
                s += Decimal(kw) * a / 100
                rows.append(f"<tr><td>{esc(kn)}</td><td class=\"r\">{kw}%</td><td class=\"r\">{esc(rraw)}</td>"
                            f"<td class=\"r\">{esc(traw)}</td><td class=\"r g\">{esc(dev)}</td>"
                            f"<td class=\"r\"><b>{pr(a)}</b></td></tr>")
                inds.append(ind(kn, oc, unit="%" if "%" in traw else ("gg" if "gg" in traw else "N."),
                                weight=f"{kw}%", targets=[(YEAR, traw)], results=[(YEAR, rraw)],
                                achievement=[(YEAR, pr(a))]))
            oa = rnd(s)
            if oc == FAULT:
                true_oa, oa = oa, FAULT_PRINTED
            o_printed.append((ow, oa))
            nodes.append(node(oc, "strategic", ot, parent=ac, weight=f"{ow}%", achievement=[(YEAR, pr(oa))]))
            cards.append(f"<div class=\"card\"><div class=\"head\"><span class=\"code\">{oc}</span><span class=\"title\">"
                         f"{esc(ot)}</span><span class=\"w\">Peso nell'area: {ow}%</span><span class=\"ach\"><span "
                         f"class=\"bar\"><i style=\"width:{oa}%\"></i></span>Raggiungimento: <b>{pr(oa)}</b></span></div>"
                         "<table><thead><tr><th>Indicatore</th><th class=\"r\">Peso</th><th class=\"r\">Risultato 2025</th>"
                         "<th class=\"r\">Target 2025</th><th class=\"r\">Scostamento</th><th class=\"r\">Raggiungimento"
                         "</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")
        aa = rnd(sum(Decimal(w) * a / 100 for w, a in o_printed))
        nodes.insert(len(nodes) - len(objs), node(ac, "area", at, weight=f"{aw}%", achievement=[(YEAR, pr(aa))]))
        parts.append(f"<div class=\"area\"><span>Dimensione {ac} – {esc(at)}</span><span><span class=\"pill\">Peso "
                     f"{aw}%</span><span class=\"pill\">Raggiungimento {pr(aa)}</span></span></div>" + "".join(cards))
    body = (f"<h1>{esc(ORG)}</h1><div class=\"sub\">Relazione sulla performance 2025 – Allegato 1: grado di "
            "raggiungimento degli obiettivi strategici</div><div class=\"note\">Raggiungimento dell'indicatore: "
            "risultato/target (target/risultato per gli indicatori da ridurre), massimo 100%. Raggiungimento "
            "dell'obiettivo e della dimensione: media dei livelli sottostanti ponderata con i rispettivi pesi. "
            "Scostamento = risultato − target.</div>" + "".join(parts))
    html = html_page3(body, CSS, margin="15mm 14mm 16mm", bottom_center='"Relazione sulla performance 2025 – " '
                      'counter(page) "/" counter(pages)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    findings = [finding("achievement.rollup", FAULT, f"printed {pr(FAULT_PRINTED)}, weighted mean of its indicators "
                        f"{pr(true_oa)}")]
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds, findings)
    readme(d, NAME, "Genre: **report**", CHROMIUM.format(script="h11_report.py"), f"""
Portrait A4, DejaVu Sans 8.2 pt, Chromium, one page; footer `Relazione sulla performance 2025 – n/m`. Title (the
health authority), subtitle `Relazione sulla performance 2025 – Allegato 1 …`, a grey note stating the rules
(capped ratio, weighted means, `Scostamento = risultato − target`). Each AREA is a dark teal STRIP (not a table row):
left `Dimensione 1 – <TITLE IN CAPITALS>`, right two labels `Peso 60%` and `Raggiungimento 95,00%`. Each strategic
objective is a CARD: a tinted header line (flex, not a table) with the code `OS 1.1`, the title, `Peso nell'area:
50%` and a PROGRESS BAR followed by `Raggiungimento: <b>97,14%</b>`; below it a borderless table (dotted hairlines)
`Indicatore | Peso | Risultato 2025 | Target 2025 | Scostamento | Raggiungimento` — the RESULT comes BEFORE the
target, and an extra `Scostamento` column (`+2,6 p.p.`, `+4 gg`, `-0,2 gg`) is not an achievement. Indicators have no
codes; achievements with two decimals. Truth: areas (level `area`, code `1`, title the capitals after the dash,
weight and achievement from the strip), strategic objectives (parent the area), indicators with weight, target,
result and achievement of 2025.
""", [
        "input: `input.pdf`",
        "area and objective data in flex header strips outside the tables, weights as `Peso nell'area: 50%`",
        "progress bars next to the printed achievement",
        "result column before the target column; a `Scostamento` column in p.p./gg",
        "`≤` targets with fractional values (`≤ 0,18`), a result equal to the target",
        "borderless indicator tables with dotted hairlines, one table per objective with its own header",
    ], [f"`achievement.rollup` on `{FAULT}`: printed {pr(FAULT_PRINTED)}, the weighted mean of its three indicators "
        f"is {pr(true_oa)} (the area's printed achievement is consistent with the printed objective values)"])


if __name__ == "__main__":
    main()
