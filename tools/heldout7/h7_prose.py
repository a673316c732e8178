#!/usr/bin/python3
"""h7-prose-chromium-1: a regional park's strategic objectives with targets in prose, one bulleted line per year
inside the cell. HTML printed by Chromium. Fault: target.missing. Content invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, readme, write_truth  # noqa: E402

NAME = "h7-prose-chromium-1"
ORG = "Ente Parco Regionale del Monte Ceraso"
YEARS = [2026, 2027, 2028]
BASE = 2025
# line (code, title) > objective (code, title) > indicator (name, unit, baseline, {year: target})
TREE = [
    ("1", "Conservazione della biodiversità", [
        ("OS.1.1", "Tutelare gli habitat prioritari e le specie di interesse comunitario", [
            ("Superficie di habitat prioritari dotata di piano di gestione approvato", "ettari", "1.240 ettari", {
                2026: "Aumento del 10% rispetto alla baseline", 2027: "Aumento del 20% rispetto alla baseline",
                2028: "Aumento del 30% rispetto alla baseline"}),
            ("Specie di interesse comunitario oggetto di monitoraggio periodico", "N.", "14 specie", {
                2026: "Almeno 16 specie monitorate", 2027: "Almeno 18 specie monitorate",
                2028: "Almeno 20 specie monitorate"})]),
        ("OS.1.2", "Contenere la diffusione delle specie aliene invasive", [
            ("Interventi di eradicazione di specie vegetali invasive", "N.", "6 interventi", {
                2026: "Raddoppio degli interventi rispetto alla baseline", 2027: "Almeno 15 interventi",
                2028: "Almeno 18 interventi"})])]),
    ("2", "Fruizione sostenibile ed educazione ambientale", [
        ("OS.2.1", "Qualificare la rete sentieristica e l'accoglienza dei visitatori", [
            ("Chilometri di sentieri con segnaletica conforme al nuovo standard regionale", "km", "86 km (su 212)", {
                2026: "Aumento del 25% rispetto alla baseline", 2027: "Aumento del 50% rispetto alla baseline",
                2028: "Completamento della rete: 212 km"}),
            ("Visitatori dei centri visita del Parco", "N.", "48.200", {
                2026: "Aumento del 5% rispetto alla baseline", 2028: "Aumento del 12% rispetto alla baseline"})]),
        ("OS.2.2", "Rafforzare l'educazione ambientale nelle scuole del territorio", [
            ("Classi coinvolte nei programmi di educazione ambientale", "N.", "112 classi", {
                2026: "Mantenimento del valore di baseline", 2027: "Aumento del 10% rispetto alla baseline",
                2028: "Aumento del 15% rispetto alla baseline"})])]),
    ("3", "Amministrazione efficiente e trasparente", [
        ("OS.3.1", "Semplificare il rilascio dei nulla osta e delle autorizzazioni", [
            ("Tempo medio di rilascio del nulla osta del Parco", "gg", "52 giorni", {
                2026: "Riduzione del 10% rispetto alla baseline", 2027: "Riduzione del 20% rispetto alla baseline",
                2028: "Riduzione a 35 giorni"}),
            ("Istanze di nulla osta presentate on line", "%", "Non presente", {
                2026: "Almeno il 30% delle istanze", 2027: "Almeno il 60% delle istanze",
                2028: "Almeno l'80% delle istanze"})])]),
]
FAULTY = "Visitatori dei centri visita del Parco"

CSS = """
body { font: 9pt "DejaVu Serif", serif; color: #1d2a1d; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 1mm 0; color: #2f5d2f; }
h2 { font-size: 10.5pt; text-align: center; font-weight: normal; margin: 0 0 4mm 0; }
p { text-align: justify; margin: 0 0 3mm 0; }
h3 { font: bold 10pt "DejaVu Sans", sans-serif; color: #fff; background: #2f5d2f; padding: 1.4mm 2.5mm;
  margin: 5mm 0 0 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { font: bold 7.8pt "DejaVu Sans", sans-serif; text-align: left; background: #dfe9d8; padding: 1.2mm 1.6mm;
  border: 0.5pt solid #8aa67f; }
td { padding: 1.4mm 1.6mm; vertical-align: top; border: 0.5pt solid #8aa67f; }
td.ob b { display: block; font-family: "DejaVu Sans", sans-serif; font-size: 8.4pt; color: #2f5d2f; }
td ul { margin: 0; padding-left: 4mm; }
td li { margin: 0 0 0.8mm 0; }
td li span { font-family: "DejaVu Sans", sans-serif; font-weight: bold; font-size: 8.2pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
"""


def build():
    d = case_dir(NAME)
    parts = [f"<h1>{esc(ORG)}</h1>", "<h2>Piano della performance 2026-2028 – Obiettivi strategici e risultati "
             "attesi</h2>",
             "<p>Per ogni obiettivo strategico sono indicati gli indicatori, la situazione di partenza rilevata al 31 "
             "dicembre 2025 (baseline) e i risultati attesi per ciascun anno del triennio. I risultati espressi in "
             "percentuale si intendono calcolati rispetto alla baseline.</p>"]
    nodes, inds = [], []
    head = ("<thead><tr>" + "<th style='width:23%'>Obiettivo strategico</th><th style='width:26%'>Indicatore</th>"
            "<th style='width:13%'>Situazione di partenza (2025)</th><th>Risultati attesi nel triennio</th>"
            "</tr></thead>")
    for lc, lt, objs in TREE:
        parts.append(f"<h3>Linea strategica {lc} – {esc(lt)}</h3>")
        nodes.append(node(lc, "area", lt))
        rows = []
        for oc, ot, its in objs:
            nodes.append(node(oc, "strategic", ot, parent=lc))
            for j, (nm, unit, b, tg) in enumerate(its):
                cells = ""
                if j == 0:
                    cells += (f"<td class='ob' rowspan='{len(its)}'><b>{esc(oc)}</b>{esc(ot)}</td>")
                lis = "".join(f"<li><span>{y}:</span> {esc(t)}</li>" for y, t in sorted(tg.items()))
                cells += f"<td>{esc(nm)}</td><td>{esc(b)}</td><td><ul>{lis}</ul></td>"
                rows.append(f"<tr>{cells}</tr>")
                inds.append(ind(nm, oc, unit=unit, baselines=[(BASE, b)], targets=sorted(tg.items())))
        parts.append(f"<table>{head}<tbody>{''.join(rows)}</tbody></table>")
    parts.append("<p style='margin-top:5mm;font-size:8pt'>La baseline del tempo medio di rilascio del nulla osta è "
                 "calcolata sulle istanze concluse nel 2025. Gli obiettivi operativi annuali sono definiti nel Piano "
                 "esecutivo di gestione.</p>")
    h = html_page3("\n".join(parts), CSS, margin="16mm 15mm 16mm 15mm", top_left=q(ORG),
                   top_right=q("Piano della performance 2026-2028"), bottom_center='"– " counter(page) " –"',
                   hf_font='7pt "DejaVu Sans"')
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.missing", FAULTY, "the cell lists 2026 and 2028 only: no target for 2027, a year the plan "
                                             "covers")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, fnd)
    readme(d, NAME, "Family: **prose**", CHROMIUM.format(script="h7_prose.py"), """
Portrait A4, DejaVu Serif 9 pt (labels DejaVu Sans), ruled green grid. Centred title (the park) and `Piano della
performance 2026-2028 – Obiettivi strategici e risultati attesi`, a paragraph. Each strategic line is a dark green
heading bar OUTSIDE the tables, `Linea strategica 1 – Conservazione della biodiversità` (truth: level `area`, code
`1`, title after the dash), followed by its own table (header repeated on each table): `Obiettivo strategico |
Indicatore | Situazione di partenza (2025) | Risultati attesi nel triennio`. The objective cell spans its indicator
rows, code in bold on its own line above the title (`OS.1.1` / `Tutelare …`). Baselines in words with units
(`1.240 ettari`, `14 specie`, `86 km (su 212)`, `Non presente`). The targets are a BULLETED LIST inside the cell,
one bullet per year: `• 2026: Aumento del 10% rispetto alla baseline`, `• 2027: …`; relative phrases (`Aumento del
25% rispetto alla baseline`, `Riduzione del 10% …`, `Raddoppio degli interventi rispetto alla baseline`,
`Mantenimento del valore di baseline`), absolute ones (`Almeno 16 specie monitorate`, `Riduzione a 35 giorni`,
`Almeno l'80% delle istanze`, `Completamento della rete: 212 km`). Truth: one target per year, raw = the text after
`<year>: `; baseline 2025 (year in the header) raw = the cell; strategic objectives with parent the line code; units
from the baseline words (`ettari`, `N.`, `km`, `gg`, `%`). Running header (park left, plan right), footer `– n –`.
""", [
        "strategic lines as heading bars between separate tables",
        "year-by-year bulleted targets inside one cell (`2026: …`)",
        "baseline year only in the header `Situazione di partenza (2025)`",
        "relative, absolute, qualitative and date targets in prose",
        "code on its own line above the objective title",
    ], [f"`target.missing` on `{FAULTY}` (no code): the bulleted list gives 2026 and 2028 only, no 2027"])
    return NAME


if __name__ == "__main__":
    print(build())
