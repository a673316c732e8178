#!/usr/bin/python3
"""h7-dashboard-chromium-1: a Comune's performance dashboard laid out as KPI cards, HTML printed by Chromium.
Clean. Content invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme, write_truth  # noqa: E402

NAME = "h7-dashboard-chromium-1"
ORG = "Comune di Pontebruno"
YEARS = [2026, 2027]
# perspective (code, title, weight) > KPI (code, name, weight, unit, v2024, v2025, t2026, t2027, owner, polarity)
PERSP = [
    ("P1", "Cittadini e territorio", "40%", [
        ("KPI-C01", "Bambini accolti negli asili nido comunali sul totale dei richiedenti", "30%", "%", "78,4%",
         "81,0%", "≥ 84%", "≥ 87%", "Settore Servizi educativi e scolastici", "+"),
        ("KPI-C02", "Tempo medio di risposta alle segnalazioni dei cittadini", "25%", "gg", "9,2 gg", "8,1 gg",
         "≤ 7 gg", "≤ 6 gg", "Settore Polizia locale e URP", "-"),
        ("KPI-C03", "Raccolta differenziata dei rifiuti urbani", "25%", "%", "68,7%", "70,3%", "≥ 72%", "≥ 75%",
         "Settore Ambiente e verde pubblico", "+"),
        ("KPI-C04", "Prestiti e consultazioni dei servizi bibliotecari", "20%", "N.", "14.230", "15.012",
         "≥ 15.500", "≥ 16.000", "Settore Cultura, turismo e sport", "+")]),
    ("P2", "Processi interni", "25%", [
        ("KPI-P01", "Pratiche SUAP concluse entro i termini di legge", "40%", "%", "91,5%", "93,2%", "≥ 95%",
         "≥ 97%", "Settore Sviluppo economico e SUAP", "+"),
        ("KPI-P02", "Certificati anagrafici rilasciati on line sul totale dei certificati", "30%", "%", "54,0%",
         "61,7%", "≥ 65%", "≥ 70%", "Settore Servizi demografici", "+"),
        ("KPI-P03", "Tempo medio di rilascio dei permessi di costruire", "30%", "gg", "74 gg", "68 gg", "≤ 60 gg",
         "≤ 55 gg", "Settore Urbanistica ed edilizia privata", "-")]),
    ("P3", "Apprendimento e crescita", "15%", [
        ("KPI-A01", "Ore di formazione pro capite del personale", "50%", "ore", "11,5", "13,0", "≥ 15", "≥ 18",
         "Settore Risorse umane e organizzazione", "+"),
        ("KPI-A02", "Dipendenti che hanno svolto almeno una giornata di lavoro agile al mese", "50%", "%", "18,0%",
         "22,4%", "≥ 25%", "≥ 28%", "Settore Risorse umane e organizzazione", "+")]),
    ("P4", "Economico-finanziaria", "20%", [
        ("KPI-F01", "Capacità di riscossione delle entrate proprie", "35%", "%", "82,3%", "84,1%", "≥ 85%", "≥ 86%",
         "Settore Finanze e tributi", "+"),
        ("KPI-F02", "Indicatore annuale di tempestività dei pagamenti", "35%", "gg", "-2", "-4", "≤ -5", "≤ -5",
         "Settore Finanze e tributi", "-"),
        ("KPI-F03", "Entrate da recupero dell'evasione IMU e TARI", "30%", "EUR", "€ 612.400", "€ 698.150",
         "≥ € 700.000", "≥ € 720.000", "Settore Finanze e tributi", "+")]),
]

CSS = """
body { font: 8.4pt "Liberation Sans", sans-serif; color: #222; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2.5pt solid #c0392b;
  padding-bottom: 2mm; margin-bottom: 3mm; }
.top .org { font-size: 15pt; font-weight: bold; }
.top .sub { font-size: 9.5pt; color: #555; }
.top .upd { font-size: 7.5pt; color: #777; text-align: right; }
.legend { font-size: 7.5pt; color: #555; margin: 0 0 4mm 0; }
.persp { break-before: auto; margin: 5mm 0 2mm 0; display: flex; justify-content: space-between;
  background: #c0392b; color: #fff; padding: 1.6mm 3mm; font-weight: bold; font-size: 10pt; border-radius: 1.5mm; }
.persp.brk { break-before: page; }
.persp .pw { font-weight: normal; font-size: 9pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.card { border: 0.6pt solid #c9c9c9; border-left: 3pt solid #c0392b; border-radius: 1.5mm; padding: 2mm 2.6mm;
  break-inside: avoid; background: #fcfcfc; }
.card .hd { display: flex; justify-content: space-between; font-size: 7.4pt; color: #666; }
.card .hd b { color: #c0392b; font-size: 8pt; }
.card .nm { font-weight: bold; font-size: 9pt; margin: 1mm 0 1.6mm 0; min-height: 8mm; }
.card table { width: 100%; border-collapse: collapse; }
.card th { font-weight: normal; font-size: 6.8pt; color: #777; text-align: center; border-bottom: 0.4pt solid #ddd; }
.card td { text-align: center; font-size: 9pt; padding-top: 0.8mm; }
.card td.t { font-weight: bold; color: #1d5d2f; }
.card .ft { display: flex; justify-content: space-between; margin-top: 1.6mm; font-size: 7pt; color: #555; }
.up { color: #1d7a3a; } .dn { color: #1d7a3a; }
"""


def build():
    d = case_dir(NAME)
    parts = ["<div class='top'><div><div class='org'>" + esc(ORG) + "</div><div class='sub'>Cruscotto della "
             "performance di ente 2026-2027 – indicatori strategici per prospettiva</div></div>"
             "<div class='upd'>PIAO 2026-2028, sottosezione Performance<br>Dati aggiornati al 31/12/2025</div></div>",
             "<div class='legend'>Ogni scheda riporta il codice e il peso dell'indicatore nella prospettiva, i "
             "valori degli ultimi due anni, i target del biennio e il settore responsabile. Il peso della "
             "prospettiva è indicato nella barra di intestazione. ▲ = indicatore da aumentare, ▼ = indicatore da "
             "ridurre.</div>"]
    nodes, inds = [], []
    for k, (pc, pt, pw, kpis) in enumerate(PERSP):
        parts.append(f"<div class='persp{' brk' if pc == 'P3' else ''}'><span>{pc} · {esc(pt)}</span>"
                     f"<span class='pw'>Peso prospettiva {pw}</span></div><div class='grid'>")
        nodes.append(node(pc, "perspective", pt, weight=pw))
        for code, nm, w, unit, v24, v25, t26, t27, owner, pol in kpis:
            arrow = "▲ da aumentare" if pol == "+" else "▼ da ridurre"
            parts.append(
                f"<div class='card'><div class='hd'><b>{esc(code)}</b><span>peso {esc(w)}</span></div>"
                f"<div class='nm'>{esc(nm)}</div><table><tr><th>2024</th><th>2025</th><th>Target 2026</th>"
                f"<th>Target 2027</th></tr><tr><td>{esc(v24)}</td><td>{esc(v25)}</td><td class='t'>{esc(t26)}</td>"
                f"<td class='t'>{esc(t27)}</td></tr></table><div class='ft'><span>{esc(owner)}</span>"
                f"<span>{arrow}</span></div></div>")
            inds.append(ind(nm, pc, code=code, unit=unit, weight=w, baselines=[(2024, v24), (2025, v25)],
                            targets=[(2026, t26), (2027, t27)], owners=[owner]))
        parts.append("</div>")
    h = html_page3("\n".join(parts), CSS, margin="13mm 12mm 14mm 12mm", bottom_right='counter(page) "/" counter(pages)',
                   bottom_center=q("Comune di Pontebruno – Cruscotto della performance"),
                   hf_font='7pt "Liberation Sans"')
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds)
    readme(d, NAME, "Genre: **dashboard**", CHROMIUM.format(script="h7_dashboard.py"), """
Portrait A4, Liberation Sans, NO table of indicators: a BI-style page of KPI CARDS. Header block (the Comune, `Cruscotto
della performance di ente 2026-2027 – …`, and at the right `PIAO 2026-2028 …` / `Dati aggiornati al 31/12/2025`) and a
legend paragraph. Each BSC perspective is a red rounded bar `P1 · Cittadini e territorio` with `Peso prospettiva 40%`
at its right end (truth: level `perspective`, code `P1`, title after the dot, weight `40%`). Under the bar, a
two-column GRID of cards, one card per indicator: first line code (`KPI-C01`, red bold) left and `peso 30%` right;
the indicator name in bold; a tiny four-column table with its own labels `2024 | 2025 | Target 2026 | Target 2027`
and the values (`78,4%`, `81,0%`, `≥ 84%`, `≥ 87%`); a last line with the responsible Settore (truth owners) and a
polarity word (`▲ da aumentare` / `▼ da ridurre`). Cards are read left to right, top to bottom. Perspectives P3 and P4
start on page 2. Footer: the Comune and the title centred, `n/N` at the right.
Truth: indicators belong to their perspective (no objectives), baselines 2024 and 2025, targets 2026 and 2027.
""", [
        "cards in a two-column grid instead of a table; labels repeated inside every card",
        "perspective weight in the heading bar (`Peso prospettiva 40%`), indicator weight as `peso 30%`",
        "values with units (`9,2 gg`, `€ 612.400`, `≥ € 700.000`), negatives (`-4`, `≤ -5`)",
        "polarity printed in words with arrows",
        "codes `KPI-C01`, `KPI-F03`; responsible Settore on every card",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
