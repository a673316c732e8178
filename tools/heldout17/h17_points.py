#!/usr/bin/python3
"""h17-points-chromium-1: a public social-care body's (ASP) performance plan 2026 with WEIGHTS IN POINTS, printed by
Chromium. Portrait, DejaVu Serif Condensed 8 pt, horizontal rules only. Areas as HEADING LINES with a dotted leader
to their points (`1. Qualità dell'assistenza ........ 45 punti`); one table per area `Cod. | Obiettivo / indicatore
| Dato 2024 | Target 2026 | Punti`; objectives bold rows with their points, indicators `1.1.A` with theirs (`12
punti`, `1 PUNTO`); `Totale 100 punti` at the end. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme17,  # noqa: E402
                      write_truth)

SCRIPT = "h17_points.py"
ORG = "ASP Casa Serena di Rivalta – Azienda pubblica di servizi alla persona"
YEAR = 2026


def pts(n):
    return "1 PUNTO" if n == 1 else f"{n} punti"


# area (code, title, points) -> objectives (code, title, points) -> indicators (code, name, unit, base, target, pts)
AREAS = [
    ("1", "Qualità dell'assistenza agli ospiti", 45, [
        ("1.1", "Prevenire le cadute e le lesioni da pressione nei nuclei residenziali", 20, [
            ("1.1.A", "Cadute con esito traumatico ogni 1.000 giornate di degenza", "N.", "0,62", "≤ 0,55", 12),
            ("1.1.B", "Ospiti a rischio con piano di prevenzione delle lesioni aggiornato", "%", "78%", "≥ 90%", 8)]),
        ("1.2", "Personalizzare i piani assistenziali individuali", 25, [
            ("1.2.A", "Piani assistenziali rivalutati entro 6 mesi", "%", "84%", "≥ 95%", 24),
            ("1.2.B", "Incontro annuale con i familiari di ciascun ospite", "text", "NO", "SI", 1)])]),
    ("2", "Servizi territoriali e domiciliari", 30, [
        ("2.1", "Ampliare l'assistenza domiciliare integrata", 30, [
            ("2.1.A", "Utenti in assistenza domiciliare al 31/12", "N.", "212", "≥ 230", 10),
            ("2.1.B", "Tempo tra richiesta e primo accesso al domicilio", "gg", "9 gg", "≤ 7 gg", 10),
            ("2.1.C", "Ore di assistenza erogate sulle ore programmate", "%", "93%", "≥ 95%", 10)])]),
    ("3", "Gestione economica e organizzativa", 25, [
        ("3.1", "Contenere il costo della giornata di degenza", 15, [
            ("3.1.A", "Costo medio per giornata di degenza", "EUR", "€ 118,40", "≤ € 118,40", 15)]),
        ("3.2", "Adottare il nuovo regolamento di accesso ai servizi", 10, [
            ("3.2.A", "Approvazione del regolamento da parte del Consiglio di amministrazione", "date", "–",
             "entro il 30/06/2026", 9),
            ("3.2.B", "Pubblicazione della carta dei servizi aggiornata", "text", "NO", "SI", 1)])]),
]

CSS = """body { font-family: "DejaVu Serif", serif; font-stretch: condensed; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 1mm 0 4mm 0; font-size: 9pt; }
h2 { display: flex; font-size: 9.5pt; margin: 5mm 0 1.5mm 0; }
h2 span.l { flex: 1; border-bottom: 1pt dotted #444; margin: 0 3pt 3pt 3pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { font-size: 7.5pt; border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 2pt; }
td { border-bottom: 0.4pt solid #999; padding: 2.5pt 3pt; vertical-align: top; }
tr.ob td { font-weight: bold; background: #f1efe8; } td.c { text-align: center; } td.p { text-align: right; }
p.tot { text-align: right; font-weight: bold; font-size: 9.5pt; margin-top: 5mm; border-top: 1.2pt double #000; }"""


def build():
    name = "h17-points-chromium-1"
    nodes, inds = [], []
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano della performance 2026 – obiettivi di performance organizzativa e relativo punteggio "
            "massimo</p>"]
    cols = ("<colgroup><col style='width:12mm'><col><col style='width:22mm'><col style='width:28mm'>"
            "<col style='width:18mm'></colgroup>")
    head = ("<thead><tr><th>Cod.</th><th>Obiettivo / indicatore</th><th>Dato 2024</th><th>Target 2026</th>"
            "<th>Punti</th></tr></thead>")
    for acode, atitle, ap, objs in AREAS:
        nodes.append(node(acode, "area", atitle, weight=pts(ap)))
        body.append(f"<h2><span>{acode}. {esc(atitle)}</span><span class=l></span><span>{pts(ap)}</span></h2>")
        rows = []
        for ocode, otitle, op, ilist in objs:
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=pts(op)))
            rows.append(f"<tr class=ob><td>{ocode}</td><td colspan=3>{esc(otitle)}</td><td class=p>{pts(op)}</td>"
                        "</tr>")
            for icode, iname, unit, base, tg, ip in ilist:
                rows.append(f"<tr><td>{icode}</td><td>{esc(iname)}</td><td class=c>{esc(base)}</td>"
                            f"<td class=c>{esc(tg)}</td><td class=p>{pts(ip)}</td></tr>")
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=pts(ip),
                                baselines=[] if base == "–" else [(2024, base)], targets=[(YEAR, tg)]))
        body.append(f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>")
    body.append("<p class=tot>Totale 100 punti</p>")
    body.append("<p style='font-size:7.5pt'>Il punteggio di ciascuna area è ripartito tra i suoi obiettivi e quello di "
                "ciascun obiettivo tra i suoi indicatori. Il mancato raggiungimento del target comporta "
                "l'attribuzione di zero punti per l'indicatore.</p>")
    h = html_page3("\n".join(body), CSS, margin="16mm 14mm 16mm 14mm", top_right=q("Piano della performance 2026"),
                   bottom_center=q("pagina ") + " counter(page) " + q(" di ") + " counter(pages)",
                   hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds)
    readme17(d, name, "weights in points", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif condensed 8 pt, horizontal rules only; running header `Piano della performance 2026`,
footer `pagina n di N`. Title (the ASP, with its long name after a dash) and a subtitle. Each AREA is a heading line
`1. Qualità dell'assistenza agli ospiti` followed by a DOTTED LEADER and `45 punti` at the right margin; under it a
table `Cod. | Obiettivo / indicatore | Dato 2024 | Target 2026 | Punti`: objective rows (bold, shaded, code `1.1`,
title spanning three columns, points in `Punti`) followed by their indicator rows (`1.1.A`, points in the same
column: `12 punti`, `1 PUNTO`). A closing `Totale 100 punti` under a double rule and a note on how points are split.
Truth: areas `area` (code `1` from `1.`, weight `45 punti`), objectives `strategic` (parent = area, weight `20
punti`), indicators with their points; one year (2026); the `–` baseline is no baseline.
""", ["points at three levels, areas on heading lines with a dotted leader", "`1 PUNTO` in capitals",
      "objectives and indicators share one `Punti` column", "area code `1.` with a trailing dot", "single plan year"],
     ["points sum to their parent's points, not to 100: 12 + 8 = 20, 24 + 1 = 25, 10 + 10 + 10 = 30, 9 + 1 = 10",
      "areas 45 + 30 + 25 = 100 punti = the printed total", "`≤ € 118,40` equal to the 2024 cost (holding a cost flat "
      "is a target)", "`≤ 0,55` falls below a baseline `0,62`: lower is better", "`–` baseline on a new regulation",
      "`SI` targets against `NO` baselines"], [])
    return name


if __name__ == "__main__":
    print(build())
