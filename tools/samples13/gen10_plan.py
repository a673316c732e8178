#!/usr/bin/python3
"""gen10-plan-chromium-1: a province's performance plan 2026-2028 (strategic and operational objectives with
indicators), printed by Chromium. Portrait, DejaVu Serif Condensed 7.6 pt, ruled grid with shaded AREA bands; ONE
table `Cod. | Obiettivo / Indicatore | Ponderazione | Dirigente | Valore storico | Risultato atteso 2026 · 2027 · 2028`;
areas `A1` WITHOUT weight; strategic objectives `OB.1` weighted within their AREA, operational `OB.1.1` within their
strategic objective (thirds 33,33 + 33,33 + 33,34); indicators without code or weight; baselines AND targets as
`year: value` LINES inside one cell (two baseline years for some rows, 2022-2024); `minore o uguale a` targets going
down, `non superiore a`, `almeno`, flat targets, `entro il` dates every year, `SI`. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13,  # noqa: E402
                      write_truth)

SCRIPT = "gen10_plan.py"
ORG = "Provincia di Serravalle Lario"
YEARS = [2026, 2027, 2028]

# area (code, title) -> strategic (code, title, weight) -> operational (code, title, weight, dirigente)
#   -> indicator (name, unit, baselines [(year, raw)], targets [raw 2026, 2027, 2028])
TREE = [
    ("A1", "TERRITORIO, AMBIENTE E MOBILITÀ", [
        ("OB.1", "Migliorare la sicurezza della rete stradale provinciale", "60%", [
            ("OB.1.1", "Programmare e attuare la manutenzione straordinaria delle strade provinciali", "33,33%",
             "ing. Paolo Brambati", [
                 ("Chilometri di carreggiata riqualificati nell'anno", "km", [(2023, "14,2 km")],
                  ["≥ 15 km", "≥ 15 km", "≥ 18 km"])]),
            ("OB.1.2", "Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali", "33,33%",
             "ing. Paolo Brambati", [
                 ("Tempo medio di rilascio dell'autorizzazione", "gg", [(2024, "52 gg")],
                  ["minore o uguale a 45 gg", "minore o uguale a 40 gg", "minore o uguale a 35 gg"])]),
            ("OB.1.3", "Completare il catasto informatizzato dei ponti e dei viadotti", "33,34%",
             "ing. Paolo Brambati", [
                 ("Opere d'arte censite con scheda di ispezione sul totale", "%", [(2024, "n.d.")],
                  ["≥ 60%", "≥ 80%", "≥ 95%"])])]),
        ("OB.2", "Tutelare la qualità dell'aria e delle acque", "40%", [
            ("OB.2.1", "Intensificare i controlli sugli impianti termici", "50%", "dott.ssa Elena Corti", [
                ("Impianti termici ispezionati", "N.", [(2023, "1.180"), (2024, "1.240")],
                 ["almeno 1.300", "almeno 1.300", "almeno 1.350"]),
                ("Ispezioni con esito irregolare sanate entro 90 giorni", "%", [(2024, "71%")],
                 ["≥ 75%", "≥ 78%", "≥ 80%"])]),
            ("OB.2.2", "Rilasciare nei termini le autorizzazioni uniche ambientali", "50%", "dott.ssa Elena Corti", [
                ("Autorizzazioni uniche ambientali rilasciate entro i termini di legge", "%", [(2024, "88%")],
                 ["≥ 90%", "≥ 90%", "≥ 90%"])])])]),
    ("A2", "EDILIZIA SCOLASTICA E PATRIMONIO", [
        ("OB.3", "Rendere sicuri ed efficienti gli edifici scolastici superiori", "70%", [
            ("OB.3.1", "Adeguare gli istituti superiori alla normativa di prevenzione incendi", "60%",
             "arch. Silvia Mauri", [
                 ("Istituti in possesso del certificato di prevenzione incendi", "N.", [(2023, "21"), (2024, "24")],
                  ["almeno 27", "almeno 30", "almeno 33"]),
                 ("Trasmissione della rilevazione annuale dell'anagrafe dell'edilizia scolastica", "date",
                  [(2024, "28/03/2024")],
                  ["entro il 31/03/2026", "entro il 31/03/2027", "entro il 31/03/2028"])]),
            ("OB.3.2", "Ridurre i consumi energetici degli edifici scolastici", "40%", "arch. Silvia Mauri", [
                ("Consumo di energia termica per metro cubo riscaldato (kWh/mc)", "kWh/mc",
                 [(2022, "21,8"), (2024, "20,9")],
                 ["non superiore a 20,5", "non superiore a 20,0", "non superiore a 19,5"])])]),
        ("OB.4", "Valorizzare il patrimonio immobiliare non strumentale", "30%", [
            ("OB.4.1", "Alienare o concedere gli immobili inseriti nel piano delle valorizzazioni", "100%",
             "dott. Franco Sala", [
                 ("Immobili alienati o concessi sul totale del piano", "%", [(2024, "40%")],
                  ["≥ 50%", "≥ 60%", "≥ 70%"])])])]),
    ("A3", "GOVERNANCE E SERVIZI AI COMUNI", [
        ("OB.5", "Sostenere i comuni del territorio come casa dei comuni", "50%", [
            ("OB.5.1", "Gestire le procedure di gara della stazione unica appaltante", "100%",
             "dott.ssa Marta Ghezzi", [
                 ("Procedure di gara concluse per conto dei comuni aderenti", "N.", [(2023, "38"), (2024, "44")],
                  ["almeno 45", "almeno 45", "almeno 45"]),
                 ("Tempo medio tra la richiesta del comune e la pubblicazione del bando", "gg", [(2024, "34 gg")],
                  ["minore o uguale a 30 gg", "minore o uguale a 30 gg", "minore o uguale a 25 gg"])])]),
        ("OB.6", "Rendere l'ente trasparente, digitale e puntuale nei pagamenti", "50%", [
            ("OB.6.1", "Ridurre i tempi di pagamento dei fornitori", "50%", "dott. Luca Bernasconi", [
                ("Indicatore annuale di tempestività dei pagamenti", "gg", [(2024, "2 gg")],
                 ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"])]),
            ("OB.6.2", "Digitalizzare i procedimenti amministrativi dell'ente", "50%", "dott. Luca Bernasconi", [
                ("Nuovo sistema di gestione documentale in esercizio", "text", [(2024, "NO")],
                 ["SI", "SI", "SI"]),
                ("Procedimenti attivabili on line sul totale dei procedimenti", "%", [(2024, "46%")],
                 ["≥ 55%", "≥ 65%", "≥ 75%"])])])]),
]

CSS = """body { font-family: "DejaVu Serif", serif; font-stretch: condensed; font-size: 7.6pt; color: #111; }
h1 { font-size: 12pt; margin: 0 0 1mm 0; } h2 { font-size: 9.5pt; font-weight: normal; margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #555; padding: 2pt 3pt; vertical-align: top; }
th { background: #d9d9d9; text-align: center; }
tr.area td { background: #bcc7d6; font-weight: bold; }
tr.os td { background: #eef1f5; font-weight: bold; }
tr.op td.t { font-style: italic; font-weight: bold; }
tr.ind td.t { padding-left: 10pt; }
td.w, td.c { text-align: center; } td.y { white-space: nowrap; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def lines(pairs):
    return "<br>".join(f"{y}: {esc(r)}" for y, r in pairs)


def build():
    name = "gen10-plan-chromium-1"
    nodes, inds = [], []
    rows = []
    for acode, atitle, strat in TREE:
        rows.append(f"<tr class=area><td>{acode}</td><td colspan=5>{esc(atitle)}</td></tr>")
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, sw, ops in strat:
            rows.append(f"<tr class=os><td>{scode}</td><td>{esc(stitle)}</td><td class=w>{sw}</td>"
                        "<td></td><td></td><td></td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for ocode, otitle, ow, mgr, ilist in ops:
                rows.append(f"<tr class=op><td>{ocode}</td><td class=t>{esc(otitle)}</td><td class=w>{ow}</td>"
                            f"<td>{esc(mgr)}</td><td></td><td></td></tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[mgr]))
                for iname, unit, base, tg in ilist:
                    tp = list(zip(YEARS, tg))
                    rows.append(f"<tr class=ind><td></td><td class=t>{esc(iname)}</td><td></td><td></td>"
                                f"<td class=y>{lines(base)}</td><td class=y>{lines(tp)}</td></tr>")
                    inds.append(ind(iname, ocode, unit=unit, baselines=base, targets=tp))
    cols = ("<colgroup><col style='width:13mm'><col><col style='width:19mm'><col style='width:27mm'>"
            "<col style='width:22mm'><col style='width:38mm'></colgroup>")
    head = ("<thead><tr><th>Cod.</th><th>Obiettivo / Indicatore</th><th>Ponderazione</th><th>Dirigente</th>"
            "<th>Valore storico</th><th>Risultato atteso<br>2026 · 2027 · 2028</th></tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Piano integrato di attività e organizzazione 2026-2028 – Sottosezione Performance<br>"
            "Allegato A – Obiettivi strategici, obiettivi operativi e indicatori</h2>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=note>La ponderazione degli obiettivi strategici è espressa rispetto all'area di appartenenza; "
            "quella degli obiettivi operativi rispetto all'obiettivo strategico. Le aree non sono ponderate e gli "
            "indicatori concorrono in egual misura alla valutazione dell'obiettivo operativo. Il valore storico "
            "riporta l'ultimo dato disponibile (n.d. = non disponibile).</p>"]
    h = html_page3("\n".join(body), CSS, margin="14mm 12mm 15mm 12mm",
                   top_right=q("PIAO 2026-2028 – Allegato A"),
                   bottom_center=q("Pagina ") + " counter(page) " + q(" di ") + " counter(pages)",
                   hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme13(d, name, "plan", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif condensed 7.6 pt, full grid; running header `PIAO 2026-2028 – Allegato A`, footer
`Pagina n di N`. Title (the province) and a two-line subtitle, then ONE table `Cod. | Obiettivo / Indicatore |
Ponderazione | Dirigente | Valore storico | Risultato atteso 2026 · 2027 · 2028` whose header repeats after the page
break. Rows, in order: AREA band (dark, `A1` + title in capitals, no weight), strategic objective row (light
shading, bold, `OB.1`, weight in `Ponderazione`), operational objective row (bold italic, `OB.1.1`, weight, Dirigente),
then indicator rows (no code, indented name). An indicator's baselines and targets are LINES inside one cell each:
`2023: 1.180` / `2024: 1.240` and `2026: almeno 1.300` / `2027: almeno 1.300` / `2028: almeno 1.350`. A closing note says
what the weights refer to. Truth: areas `area` (no weight), strategic `strategic` (parent = area), operational
`operational` (parent = strategic, owners = [Dirigente]); indicators unweighted, baselines and targets split by their
year prefix (raw = the text after `year: `).
""", ["weights printed on strategic and operational objectives only, relative to different parents",
      "baselines and multi-year targets as `year: value` lines inside one cell",
      "operators in words: `minore o uguale a`, `non superiore a`, `almeno`, `entro il`; `SI` targets",
      "code formats `A1` / `OB.1` / `OB.1.1`", "area titles in capitals",
      "portrait serif condensed, header repeated after the page break, running header and page footer"],
     ["strategic weights sum to 100% only WITHIN their area (60 + 40, 70 + 30, 50 + 50), not across the plan",
      "operational thirds 33,33% + 33,33% + 33,34% under `OB.1`; single children at 100%",
      "areas without weight and indicators without weight (the document weighs only objectives)",
      "flat targets (`≥ 90%` three years, `almeno 45` three years, `≤ 0 gg` three years)",
      "`minore o uguale a 45 / 40 / 35 gg` and `non superiore a 20,5 / 20,0 / 19,5`: lower-is-better targets going "
      "DOWN, as they should", "baselines of 2022 and 2023, years before the plan; `n.d.` baseline",
      "date targets repeated each year (`entro il 31/03/2026`, `…/2027`, `…/2028`)",
      "one Dirigente owning several operational objectives"], [])
    return name


if __name__ == "__main__":
    print(build())
