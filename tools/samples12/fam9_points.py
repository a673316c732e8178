#!/usr/bin/python3
"""fam9-points-chromium-1: a comune's objectives 2025 weighted in POINTS that total 40 (the other 60 points of the
evaluation go to behaviours, in another annex), printed by Chromium. Landscape, DejaVu Sans 8.4 pt, horizontal rules
only; one table; AREA band rows carry their points in the LAST column (`16 punti`); objective points span their
indicator rows in the same column (`8 punti`, `1 PUNTO`); closing row `Totale punti obiettivi` `40 punti`;
`Valore 2023` baselines; dates with dots (`entro il 31.12.2025`). Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                      td, write_truth)

SCRIPT = "fam9_points.py"
ORG = "Comune di Poggio Alvaro"
YEAR = 2025

# area (code, title, points) -> objective (code, title, points, owner) -> indicator (name, unit, base 2023, target)
AREAS = [
    ("A", "BILANCIO, TRIBUTI E PATRIMONIO", "16 punti", [
        ("A1", "Migliorare la riscossione delle entrate tributarie", "8 punti", "Servizio Tributi", [
            ("Riscossione IMU di competenza sul dovuto", "%", "84,2%", "≥ 88%"),
            ("Avvisi di accertamento TARI notificati", "N.", "1.130", "≥ 1.300")]),
        ("A2", "Ridurre i tempi di pagamento delle fatture", "7 punti", "Servizio Ragioneria", [
            ("Tempo medio di pagamento delle fatture commerciali", "gg", "34 gg", "≤ 30 gg")]),
        ("A3", "Aggiornare l'inventario dei beni immobili comunali", "1 PUNTO", "Servizio Patrimonio", [
            ("Approvazione dell'inventario aggiornato", "date", "–", "entro il 31.12.2025")])]),
    ("B", "SERVIZI AL CITTADINO", "14 punti", [
        ("B1", "Digitalizzare i servizi demografici", "10 punti", "Servizi Demografici", [
            ("Certificati rilasciati tramite il portale on line", "%", "37%", "≥ 50%"),
            ("Appuntamenti per la carta d'identità elettronica prenotati on line", "%", "55%", "≥ 70%")]),
        ("B2", "Ampliare l'orario di apertura della biblioteca civica", "4 punti", "Servizio Cultura", [
            ("Ore settimanali di apertura al pubblico", "ore", "30 ore", "≥ 36 ore")])]),
    ("C", "LAVORI PUBBLICI E MANUTENZIONI", "10 punti", [
        ("C1", "Realizzare il programma di manutenzione straordinaria delle strade", "6 punti",
         "Servizio Lavori Pubblici", [
             ("Chilometri di strade comunali riasfaltate", "km", "4,8 km", "≥ 6 km")]),
        ("C2", "Ridurre i tempi di intervento sulle segnalazioni di guasti", "3 punti", "Servizio Manutenzioni", [
            ("Segnalazioni chiuse entro 5 giorni lavorativi", "%", "71%", "≥ 80%")]),
        ("C3", "Pubblicare il piano triennale delle opere pubbliche aggiornato", "1 PUNTO", "Servizio Lavori Pubblici", [
            ("Pubblicazione del piano nella sezione Amministrazione trasparente", "date", "–", "entro il 31.03.2025")])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.4pt; color: #1a1a1a; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 10pt; margin: 1mm 0 2mm 0; }
p.intro { margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; padding: 2.5pt 3pt; }
td { border-bottom: 0.4pt solid #9a9a9a; padding: 2.4pt 3pt; vertical-align: top; }
tr.area td { background: #e9eef5; font-weight: bold; border-bottom: 0.8pt solid #333; }
td.p { text-align: right; white-space: nowrap; font-weight: bold; } td.c { text-align: center; }
tr.tot td { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; font-weight: bold; }
p.foot { font-size: 7.6pt; margin-top: 3mm; }"""


def build():
    name = "fam9-points-chromium-1"
    cols = ("<colgroup><col style='width:10mm'><col style='width:70mm'><col><col style='width:36mm'>"
            "<col style='width:18mm'><col style='width:28mm'><col style='width:20mm'></colgroup>")
    rows = ["<thead><tr><th>N.</th><th>Obiettivo</th><th>Indicatore</th><th>Servizio</th><th>Valore 2023</th>"
            "<th>Target 2025</th><th style='text-align:right'>Punti</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for acode, atitle, apts, objs in AREAS:
        rows.append("<tr class=area>" + td(acode) + td(f"AREA {acode} – {atitle}", colspan=5) + td(apts, "p") + "</tr>")
        nodes.append(node(acode, "area", atitle, weight=apts))
        for ocode, otitle, opts, owner, ilist in objs:
            n = len(ilist)
            for k, (iname, unit, base, tg) in enumerate(ilist):
                r = "<tr>"
                if k == 0:
                    r += td(ocode, rowspan=n) + td(otitle, rowspan=n)
                r += td(iname)
                if k == 0:
                    r += td(owner, rowspan=n)
                r += td(base, "c") + td(tg, "c")
                if k == 0:
                    r += td(opts, "p", rowspan=n)
                rows.append(r + "</tr>")
                inds.append(ind(iname, ocode, unit=unit, baselines=[(2023, base)], targets=[(YEAR, tg)]))
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts, owners=[owner]))
    rows.append("<tr class=tot><td></td><td colspan=5>Totale punti obiettivi</td><td class=p>40 punti</td></tr>"
                "</tbody>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano della performance 2025 – Allegato 2: obiettivi di performance organizzativa e "
            "relativo punteggio</p>",
            "<p class=intro>Il sistema di misurazione e valutazione attribuisce al raggiungimento degli obiettivi un "
            "massimo di <b>40 punti</b> su 100; i restanti 60 punti riguardano i comportamenti organizzativi e sono "
            "riportati nell'Allegato 3. Il punteggio di ciascuna area è la somma dei punti dei suoi obiettivi. Il "
            "valore 2023 è l'ultimo dato di rendiconto disponibile.</p>",
            f"<table>{cols}{''.join(rows)}</table>",
            "<p class=foot>– = adempimento non previsto nel 2023. Gli obiettivi con scadenza sono raggiunti se "
            "l'adempimento è concluso entro la data indicata.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="13mm 12mm 14mm 12mm",
                   bottom_right=q("Allegato 2 – pag. ") + " counter(page)", hf_font='7.5pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    genre_readme(d, name, "weights in points", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8.4 pt, HORIZONTAL RULES ONLY (heavy rules around the header and the total row, thin grey
rules between rows). Title (the comune), subtitle `Piano della performance 2025 – Allegato 2: obiettivi di performance
organizzativa e relativo punteggio`, and a paragraph saying that objectives are worth at most 40 POINTS OUT OF 100
(the other 60 go to behaviours, in another annex). One table `N. | Obiettivo | Indicatore | Servizio | Valore 2023 |
Target 2025 | Punti` (one page). Areas are shaded band rows (`A` + `AREA A – BILANCIO, TRIBUTI E
PATRIMONIO`) with their points in the LAST column (`16 punti`); each objective's code, title, service and points
(`8 punti`, `1 PUNTO`) span its indicator rows, the points again in the last column. A closing row `Totale punti
obiettivi` `40 punti`. Areas sum to 40 points (16 + 14 + 10), objectives to their area's points (8 + 7 + 1; 10 + 4;
6 + 3 + 1). Truth: areas `area` (code `A`, title without `AREA A – `, weight raw `16 punti`), objectives
`operational` (parent = area, owners = [Servizio], weight raw `8 punti` / `1 PUNTO`), indicators unweighted, baseline
2023 (`–` kept as a raw), target 2025.
""", ["points total 40, not 100 (stated in the prose and in the total row)",
      "area points and objective points in the same last column, area points on band rows",
      "`1 PUNTO` in capitals next to `8 punti`", "dates with dots `entro il 31.12.2025`",
      "baseline `Valore 2023`, two years before the plan year", "horizontal rules only, landscape"], [])
    return name


if __name__ == "__main__":
    print(build())
