#!/usr/bin/python3
"""h21-plan-chromium-1: plan of a regional health agency, printed by Chromium. Clean.

Portrait A4, P052 (a Palatino face) 8 pt, full hairline grid. ONE table whose levels are told apart by a GLYPH
before the text (■ area, ◆ strategic, ▸ operational, • indicator) and by indentation; codes in their own first
column. The target years run BACKWARDS (Target 2028 | 2027 | 2026) and the baseline is the LAST value column
(`Valore 2024 (base)`), after the targets; `Struttura responsabile` on operational rows only. Strategic objectives
carry a description line in italics under their title. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (CHROMIUM, case_dir21, chromium_pdf, doc, esc, html_page3, ind, node, q,  # noqa: E402
                      readme13, write_truth)

NAME = "h21-plan-chromium-1"
ORG = "Agenzia Regionale Sanitaria del Molise"
YEARS = [2026, 2027, 2028]

# (code, title, weight, description, [strategic...]) ; strategic: (code, title, weight, description, [operational])
# operational: (code, title, weight, owner, [indicators]); indicator: (code, name, unit, weight, base, {year: target})
TREE = [
    ("A", "Programmazione e governo della rete dei servizi", "40%", [
        ("A1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali critiche", "50%",
         "Governo unitario delle agende e presa in carico dei pazienti nei percorsi di tutela.", [
             ("A1.1", "Monitoraggio mensile delle agende del CUP regionale", "60%", "Servizio Governo dell'offerta", [
                 ("K01", "Prestazioni di classe B erogate entro 10 giorni", "%", "70%", "78,4%",
                  {2026: "≥ 82%", 2027: "≥ 85%", 2028: "≥ 88%"}),
                 ("K02", "Tempo medio di pubblicazione del report mensile sui tempi di attesa", "gg", "30%", "12 gg",
                  {2026: "≤ 10 gg", 2027: "≤ 8 gg", 2028: "≤ 6 gg"}),
             ]),
             ("A1.2", "Presa in carico nei percorsi di tutela", "40%", "Servizio Governo dell'offerta", [
                 ("K03", "Percorsi di tutela attivati entro 72 ore dalla segnalazione", "%", "100%", "91,0%",
                  {2026: "≥ 91,0%", 2027: "≥ 91,0%", 2028: "≥ 91,0%"}),
             ]),
         ]),
        ("A2", "Consolidare l'osservatorio epidemiologico regionale", "50%",
         "Registri di patologia e sorveglianza delle malattie infettive come base della programmazione.", [
             ("A2.1", "Pubblicazione dei rapporti dei registri di patologia", "100%", "Osservatorio epidemiologico", [
                 ("K04", "Registri di patologia con rapporto annuale pubblicato", "N.", "50%", "4",
                  {2026: "≥ 5", 2027: "≥ 6", 2028: "≥ 6"}),
                 ("K05", "Completezza della notifica delle malattie infettive", "%", "50%", "88,5%",
                  {2026: "≥ 90%", 2027: "≥ 92%", 2028: "≥ 94%"}),
             ]),
         ]),
    ]),
    ("B", "Innovazione, qualità e trasparenza", "35%", [
        ("B1", "Diffondere l'uso del Fascicolo sanitario elettronico", "33,34%",
         "Completezza dei documenti clinici resi disponibili ai cittadini.", [
             ("B1.1", "Alimentazione del FSE da parte delle aziende sanitarie", "100%", "Servizio Sanità digitale", [
                 ("K06", "Referti di laboratorio indicizzati nel FSE", "%", "100%", "71,2%",
                  {2026: "≥ 80%", 2027: "≥ 88%", 2028: "≥ 95%"}),
             ]),
         ]),
        ("B2", "Valutare le tecnologie sanitarie (HTA)", "33,33%",
         "Istruttorie di health technology assessment a supporto delle scelte di acquisto.", [
             ("B2.1", "Istruttorie HTA su richiesta delle aziende", "100%", "Servizio HTA e dispositivi medici", [
                 ("K07", "Tempo medio di conclusione delle istruttorie HTA", "gg", "60%", "64 gg",
                  {2026: "≤ 60 gg", 2027: "≤ 55 gg", 2028: "≤ 50 gg"}),
                 ("K08", "Rapporti HTA pubblicati sul portale istituzionale", "N.", "40%", "6",
                  {2026: "≥ 6", 2027: "≥ 7", 2028: "≥ 8"}),
             ]),
         ]),
        ("B3", "Garantire trasparenza e prevenzione della corruzione", "33,33%",
         "Pubblicazione tempestiva dei dati e formazione diffusa del personale.", [
             ("B3.1", "Aggiornamento della sezione Amministrazione trasparente", "50%", "Ufficio del RPCT", [
                 ("K09", "Obblighi di pubblicazione assolti nei termini", "%", "100%", "96%",
                  {2026: "= 100%", 2027: "= 100%", 2028: "= 100%"}),
             ]),
             ("B3.2", "Formazione del personale sulla prevenzione della corruzione", "50%", "Ufficio del RPCT", [
                 ("K10", "Dipendenti formati sul totale dei dipendenti in servizio", "%", "100%", "n.d.",
                  {2026: "≥ 70%", 2027: "≥ 80%", 2028: "≥ 90%"}),
             ]),
         ]),
    ]),
    ("C", "Efficienza gestionale e sostenibilità economica", "25%", [
        ("C1", "Razionalizzare la spesa per beni e servizi del sistema sanitario regionale", "100%",
         "Aggregazione della domanda delle aziende e tempestività dei pagamenti ai fornitori.", [
             ("C1.1", "Gare aggregate per conto delle aziende sanitarie", "50%", "Centrale di committenza regionale", [
                 ("K11", "Quota della spesa per beni e servizi intermediata dalla centrale", "%", "100%", "38,5%",
                  {2026: "≥ 42%", 2027: "≥ 46%", 2028: "≥ 50%"}),
             ]),
             ("C1.2", "Tempestività dei pagamenti ai fornitori", "50%", "Servizio Bilancio e ragioneria", [
                 ("K12", "Indicatore annuale di tempestività dei pagamenti", "gg", "60%", "4,5 gg",
                  {2026: "≤ 0 gg", 2027: "≤ 0 gg", 2028: "≤ 0 gg"}),
                 ("K13", "Fatture liquidate entro 30 giorni dal ricevimento", "%", "40%", "83%",
                  {2026: "≥ 85%", 2027: "≥ 90%", 2028: "≥ 90%"}),
             ]),
         ]),
    ]),
]

CSS = """
body { font-family: "P052", "Palatino", serif; font-size: 8.6pt; color: #111; }
h1 { font-size: 12pt; margin: 0 0 2pt 0; font-weight: bold; }
p.sub { margin: 0 0 6pt 0; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.4pt solid #666; padding: 2pt 3pt; vertical-align: top; }
th { background: #e4e0d4; font-weight: bold; text-align: center; font-size: 7.6pt; }
td.c { text-align: center; white-space: nowrap; }
td.code { white-space: nowrap; font-weight: bold; }
tr.area td { background: #cfc8b4; font-weight: bold; text-transform: none; }
tr.str td { background: #efece3; font-weight: bold; }
tr.str span.desc { display: block; font-weight: normal; font-style: italic; padding-left: 10pt; }
tr.op td.d { padding-left: 12pt; }
tr.kpi td.d { padding-left: 22pt; font-style: italic; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
p.note { font-size: 7.2pt; margin-top: 5pt; }
"""


def build():
    d = case_dir21(NAME)
    rows, nodes, inds = [], [], []
    for acode, atitle, aw, strategics in TREE:
        nodes.append(node(acode, "area", atitle, None, aw))
        rows.append(f'<tr class="area"><td class="code">{acode}</td><td class="d">■ {esc(atitle)}</td>'
                    f'<td></td><td class="c">{aw}</td><td colspan="5"></td></tr>')
        for scode, stitle, sw, sdesc, ops in strategics:
            nodes.append(node(scode, "strategic", stitle, acode, sw, description=sdesc))
            rows.append(f'<tr class="str"><td class="code">{scode}</td><td class="d">◆ {esc(stitle)}'
                        f'<span class="desc">{esc(sdesc)}</span></td><td></td><td class="c">{sw}</td>'
                        f'<td colspan="5"></td></tr>')
            for ocode, otitle, ow, owner, kpis in ops:
                nodes.append(node(ocode, "operational", otitle, scode, ow, owners=[owner]))
                rows.append(f'<tr class="op"><td class="code">{ocode}</td><td class="d">▸ {esc(otitle)}</td>'
                            f'<td></td><td class="c">{ow}</td><td colspan="4"></td><td>{esc(owner)}</td></tr>')
                for kcode, kname, unit, kw, base, tg in kpis:
                    inds.append(ind(kname, ocode, code=kcode, unit=unit, weight=kw, baselines=[(2024, base)],
                                    targets=[(y, tg[y]) for y in YEARS]))
                    tds = "".join(f'<td class="c">{esc(tg[y])}</td>' for y in reversed(YEARS))
                    rows.append(f'<tr class="kpi"><td class="code">{kcode}</td><td class="d">• {esc(kname)}</td>'
                                f'<td class="c">{esc(unit)}</td><td class="c">{kw}</td>{tds}'
                                f'<td class="c">{esc(base)}</td><td></td></tr>')
    head = ("<thead><tr><th style='width:5%'>Cod.</th><th style='width:35%'>Descrizione</th>"
            "<th style='width:4.5%'>U.M.</th><th style='width:6.5%'>Peso</th><th style='width:8%'>Target 2028</th>"
            "<th style='width:8%'>Target 2027</th><th style='width:8%'>Target 2026</th>"
            "<th style='width:8%'>Valore 2024 (base)</th><th style='width:16%'>Struttura responsabile</th></tr>"
            "</thead>")
    body = (f"<h1>{esc(ORG)}</h1><p class='sub'>Piano integrato di attività e organizzazione 2026-2028 – "
            "Sezione Performance – Allegato B: albero degli obiettivi, indicatori e target</p>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class='note'>Legenda: ■ area strategica; ◆ obiettivo strategico; ▸ obiettivo operativo; • indicatore. "
            "Il peso di ciascun elemento è riferito al livello immediatamente superiore. I target sono esposti dal "
            "terzo al primo anno del triennio; il valore di base è l'ultimo dato consolidato (2024). "
            "n.d. = dato non disponibile.</p>")
    html = html_page3(body, CSS, landscape=False, margin="18mm 12mm 16mm 12mm",
                      top_left=q(ORG + " – Piano della performance 2026-2028"),
                      bottom_right='"pag. " counter(page) "/" counter(pages)', hf_font='7pt "P052"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme13(
        d, NAME, "plan", CHROMIUM.format(script="h21_plan.py"),
        "Portrait A4, P052 8 pt, hairline grid. One table `Cod. | Descrizione | U.M. | Peso | Target 2028 | "
        "Target 2027 | Target 2026 | Valore 2024 (base) | Struttura responsabile`. Levels told apart by a glyph "
        "before the text (■ area, ◆ strategic, ▸ operational, • indicator), by shading and indentation; strategic "
        "objectives carry an italic description line. Truth: areas `A`/`B` → strategic `A1` → operational `A1.1` → "
        "indicators `K01`…; weights from the `Peso` column at every level (relative to the parent); baselines year "
        "2024; owners of operational objectives = `Struttura responsabile`; node titles without the glyph.",
        ["target years in DESCENDING order (2028, 2027, 2026)",
         "baseline column AFTER the targets, header `Valore 2024 (base)`",
         "levels marked by glyphs in one description column (no level column, no bands per level)",
         "strategic description as a second italic line inside the title cell",
         "owners only on operational rows, last column; legend paragraph under the table",
         "P052 (Palatino) font, running header and `pag. n/N` footer"],
        ["read left to right, the `≥` targets of K01/K05/K06/K10 seem to FALL (2028 first): they rise year by year",
         "read left to right, the `≤ … gg` targets of K02 and K07 seem to rise: they fall year by year, and lower "
         "is better (K02 `≤ 10 gg` → `≤ 6 gg`, K07 `≤ 60 gg` → `≤ 50 gg`)",
         "K03 `≥ 91,0%` every year equals the 2024 base (mantenimento); K08 `≥ 6` in 2026 equals its base of 6",
         "K04 `≥ 6` flat in 2027 and 2028",
         "strategic weights of area B are thirds 33,34% + 33,33% + 33,33% = 100%",
         "weights sum to 100% only within each parent (areas 40+35+25, A1/A2 50+50, A1.1/A1.2 60+40, …), never across "
         "the document",
         "K10 baseline `n.d.` (new indicator): not a missing target",
         "K09 `= 100%` flat three years against a base of 96%",
         "K12 `≤ 0 gg` flat (the legal threshold) against a base of 4,5 gg late: ambitious, lower is better",
         "K13 `≥ 90%` flat in 2027 and 2028",
         "the table runs over two pages, header repeated"],
        [])


if __name__ == "__main__":
    build()
