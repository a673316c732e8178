#!/usr/bin/python3
"""h7-pira-chromium-1: a port authority's PIRA (plan of budget indicators), HTML printed by Chromium.
Fault: target.unit. Content invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, num, q,  # noqa: E402
                     readme, td, th, vars_of, write_truth)

NAME = "h7-pira-chromium-1"
ORG = "Autorità di Sistema Portuale del Golfo di Arcera"
YEARS = [2026, 2027, 2028]
MISSIONS = {"013": "Diritto alla mobilità e sviluppo dei sistemi di trasporto",
            "032": "Servizi istituzionali e generali delle amministrazioni pubbliche"}
PROGRAMMES = {("013", "004"): "Sviluppo e sicurezza della navigazione e del trasporto marittimo e per vie d'acqua "
                              "interne",
              ("032", "002"): "Indirizzo politico",
              ("032", "003"): "Servizi e affari generali per le amministrazioni di competenza"}
# (mission, programme, code, title, resources, [(name, formula, tipo, um, unit, c2024, p2025, [t26, t27, t28])])
OBJ = [
    ("013", "004", "OS-01", "Aumentare la competitività dei traffici containerizzati e ro-ro", 4250000, [
        ("Contenitori movimentati nei porti del sistema", "TEU_mov", "Impatto", "TEU", "TEU", "412.350",
         "436.900", ["≥ 445.000", "≥ 460.000", "≥ 480.000"]),
        ("Tempo medio di sosta dei contenitori in banchina", "GG_sosta / N_cont", "Risultato", "gg", "gg", "5,8",
         "5,4", ["≤ 5,2", "≤ 5,0", "≤ 4,8"]),
        ("Navi gestite con lo sportello unico doganale e dei controlli", "N_navi_SUDOCO / N_navi_tot x 100",
         "Realizzazione fisica", "%", "%", "61,0%", "74,5%", ["≥ 80%", "≥ 88%", "≥ 95%"])]),
    ("013", "004", "OS-02", "Garantire la sicurezza delle infrastrutture portuali e della navigazione nei bacini "
                            "di Arcera e Porto Selva", 7980500, [
        ("Avanzamento finanziario dei lavori di consolidamento della diga foranea", "SAL_cum / Imp_contr x 100",
         "Realizzazione finanziaria", "%", "%", "12,4%", "31,7%", ["≥ 55%", "≥ 80%", "≥ 98%"]),
        ("Ispezioni sulle concessioni demaniali marittime", "N_isp_conc", "Realizzazione fisica", "N.", "N.", "118",
         "126", ["≥ 130", "≥ 135", "≥ 140"])]),
    ("032", "003", "OS-03", "Semplificare i procedimenti amministrativi e digitalizzare i servizi all'utenza "
                            "portuale", 1120000, [
        ("Tempo medio di rilascio delle autorizzazioni per operazioni e servizi portuali", "GG_aut / N_aut",
         "Risultato", "gg", "gg", "46 gg", "41 gg", ["≤ 38 gg", "≤ 35%", "≤ 30 gg"]),
        ("Pratiche presentate tramite il Port Community System", "N_prat_PCS / N_prat_tot x 100",
         "Realizzazione fisica", "%", "%", "43,2%", "58,9%", ["≥ 65%", "≥ 75%", "≥ 85%"])]),
    ("032", "002", "OS-04", "Assicurare la sostenibilità economico-finanziaria dell'Ente", 310000, [
        ("Indicatore annuale di tempestività dei pagamenti", "GG_rit_pond / IMP_pag", "Realizzazione finanziaria",
         "gg", "gg", "3,5", "1,2", ["≤ 0", "≤ 0", "≤ 0"]),
        ("Canoni demaniali riscossi sui canoni accertati", "Can_risc / Can_acc x 100", "Risultato", "%", "%",
         "88,4%", "90,2%", ["≥ 91%", "≥ 92%", "≥ 93%"])]),
]
FAULTY = "Tempo medio di rilascio delle autorizzazioni per operazioni e servizi portuali"

CSS = """
body { font: 8.6pt "DejaVu Serif", serif; color: #1b1b1b; }
h1 { font: bold 12pt "DejaVu Sans", sans-serif; margin: 0 0 1mm 0; color: #0b3a5b; }
h2 { font: 10pt "DejaVu Sans", sans-serif; margin: 0 0 3mm 0; }
p { margin: 0 0 3mm 0; text-align: justify; }
table.pira { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.pira th { font: bold 7pt "DejaVu Sans", sans-serif; background: #0b3a5b; color: #fff; padding: 1.2mm 1mm;
  border: 0.4pt solid #fff; vertical-align: middle; }
table.pira td { padding: 1.4mm 1mm; border-bottom: 0.3pt solid #9aa7b1; vertical-align: top; }
table.pira tbody.z1 td { background: #eef3f7; }
table.pira td.c { text-align: center; font-family: "DejaVu Sans Mono", monospace; font-size: 7.3pt; }
table.pira td.n { text-align: right; white-space: nowrap; }
table.pira td.ob b { display: block; color: #0b3a5b; }
table.pira td.f { font-family: "DejaVu Sans Mono", monospace; font-size: 6.8pt; }
table.pira tbody.tot td { border-top: 1.2pt solid #0b3a5b; border-bottom: 1.2pt solid #0b3a5b; font-weight: bold; }
table.leg { border-collapse: collapse; margin-top: 5mm; font-size: 7.2pt; }
table.leg td, table.leg th { padding: 0.6mm 2mm; text-align: left; border-bottom: 0.3pt solid #bbb; }
table.leg th { font-family: "DejaVu Sans", sans-serif; }
thead { display: table-header-group; }
tbody { break-inside: avoid; }
"""


def build():
    d = case_dir(NAME)
    head = ("<thead><tr>" + th("Miss.", rowspan=2) + th("Progr.", rowspan=2) + th("Obiettivo", rowspan=2)
            + th("Stanziamento 2026 (euro)", rowspan=2) + th("Indicatore", rowspan=2)
            + th("Metodo di calcolo", rowspan=2) + th("Tipo", rowspan=2) + th("U.M.", rowspan=2)
            + th("Serie storica", colspan=2) + th("Valore atteso", colspan=3) + "</tr><tr>"
            + th("Consuntivo 2024") + th("Preconsuntivo 2025") + "".join(th(str(y)) for y in YEARS)
            + "</tr></thead>")
    cols = [4, 4, 14, 7.5, 14, 12, 7, 4.4, 7.3, 7.3, 6.2, 6.2, 6.1]
    cg = "<colgroup>" + "".join(f"<col style='width:{w}%'>" for w in cols) + "</colgroup>"
    bodies, nodes, inds = [], [], []
    total = 0
    for k, (m, p, code, title, res, its) in enumerate(OBJ):
        total += res
        rows = []
        for j, (nm, f, tipo, um, unit, b24, b25, tg) in enumerate(its):
            cells = [td(m, "c"), td(p, "c")]
            if j == 0:
                cells.append(f"<td class='ob' rowspan='{len(its)}'><b>{esc(code)}</b>{esc(title)}</td>")
                cells.append(td(num(res, 2), "n", rowspan=len(its)))
            cells += [td(nm), td(f, "f"), td(tipo), td(um, "c"), td(b24, "n"), td(b25, "n")]
            cells += [td(t, "n") for t in tg]
            rows.append("<tr>" + "".join(cells) + "</tr>")
            inds.append(ind(nm, code, unit=unit, type=tipo, formula=f, variables=vars_of(f),
                            baselines=[(2024, b24), (2025, b25)], targets=list(zip(YEARS, tg))))
        bodies.append(f"<tbody class='z{k % 2}'>" + "".join(rows) + "</tbody>")
        nodes.append(node(code, "strategic", title, resources=[num(res, 2)], mission=m, programme=p))
    tot_raw = num(total, 2)
    bodies.append("<tbody class='tot'><tr>" + td("Totale stanziamenti destinati agli obiettivi", colspan=3)
                  + td(tot_raw, "n") + td("", colspan=9) + "</tr></tbody>")
    leg = ["<table class='leg'><tr><th colspan='2'>Legenda delle missioni e dei programmi</th></tr>"]
    for m, mt in MISSIONS.items():
        leg.append(f"<tr><td>Missione {m}</td><td>{esc(mt)}</td></tr>")
        for (mm, p), pt in PROGRAMMES.items():
            if mm == m:
                leg.append(f"<tr><td>&nbsp;&nbsp;Programma {m}.{p}</td><td>{esc(pt)}</td></tr>")
    leg.append("</table>")
    body = (f"<h1>{esc(ORG)}</h1>"
            "<h2>Piano degli indicatori e dei risultati attesi di bilancio 2026-2028 – allegato al bilancio di "
            "previsione 2026</h2>"
            "<p>Il Piano è redatto ai sensi del d.lgs. 91/2011 e del DPCM 18 settembre 2012. Per ciascun obiettivo "
            "sono indicati la missione e il programma di spesa (codici secondo la classificazione in legenda), lo "
            "stanziamento di competenza 2026 e gli indicatori con la serie storica e i valori attesi nel triennio. "
            "Il preconsuntivo 2025 è stimato sui dati al 30 settembre.</p>"
            "<p>Gli obiettivi sono coerenti con il Piano operativo triennale 2025-2027 dell'Autorità e con il "
            "Documento di programmazione strategica di sistema. I valori attesi tengono conto del completamento "
            "delle opere finanziate dal Piano nazionale per gli investimenti complementari e dell'andamento dei "
            "traffici nel primo semestre 2025, caratterizzato da una ripresa del segmento ro-ro e da una "
            "sostanziale stabilità del traffico contenitori. Le risorse indicate non comprendono le spese di "
            "personale e di funzionamento non direttamente imputabili agli obiettivi, esposte nella nota "
            "integrativa al bilancio.</p>"
            "<p>La misurazione degli indicatori è curata dall'Ufficio controllo di gestione sulla base dei dati del "
            "Port Community System, della contabilità economico-patrimoniale e del sistema di gestione del demanio "
            "marittimo; gli scostamenti rilevanti sono illustrati nella relazione sulla gestione.</p>"
            f"<table class='pira'>{cg}{head}{''.join(bodies)}</table>" + "".join(leg)
            + "<p style='margin-top:4mm;font-size:7pt'>Tipo: tipologia dell'indicatore secondo il DPCM 18/09/2012 "
              "(realizzazione finanziaria, realizzazione fisica, risultato, impatto).</p>")
    h = html_page3(body, CSS, landscape=True, margin="12mm 10mm 13mm 10mm",
                   bottom_center='"– " counter(page) " –"', top_right=q("PIRA 2026-2028"),
                   hf_font='7pt "DejaVu Sans"')
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.unit", FAULTY, "the indicator is measured in days (U.M. `gg`, baselines `46 gg`, "
                                          "`41 gg`, targets `≤ 38 gg`, `≤ 30 gg`) but the 2027 target prints "
                                          "`≤ 35%`: a percentage target on a days indicator")]
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, fnd, resources_total=tot_raw)
    readme(d, NAME, "Genre: **pira**", CHROMIUM.format(script="h7_pira.py"), """
Landscape A4, two pages, DejaVu Serif 8.6 pt (headers DejaVu Sans, codes and formulas monospace), no vertical rules: hairlines
under each row, a zebra fill alternating by OBJECTIVE (each objective is its own `tbody`), a dark blue header
repeated on page 2 where the table breaks between objectives. Title, subtitle (PIRA 2026-2028, annex to the 2026 budget) and three paragraphs. ONE table with
a two-row header: `Miss. | Progr. | Obiettivo | Stanziamento 2026 (euro) | Indicatore | Metodo di calcolo | Tipo |
U.M. | Serie storica (Consuntivo 2024 | Preconsuntivo 2025) | Valore atteso (2026 | 2027 | 2028)`. There are NO
mission/programme headings or bands: the first two columns print only the three-digit CODES (`013`, `004`) on
EVERY indicator row; their names are in a legend table after the main table (`Missione 013 …`, `Programma
013.004 …`). The objective cell (rowspan) prints the code in bold on its own line above the title (`OS-01` /
`Aumentare …`: truth code `OS-01`, title the rest); the stanziamento cell (rowspan) is a bare amount
`4.250.000,00`. A closing row `Totale stanziamenti destinati agli obiettivi` prints the sum (truth
resources_total). Two baselines per indicator (2024 consuntivo, 2025 preconsuntivo). Types are the DPCM
categories (`Realizzazione fisica`, `Risultato`, `Impatto`, `Realizzazione finanziaria`). Footer `– n –`, header
right `PIRA 2026-2028`. Truth: objectives level `strategic` with mission/programme codes and resources; indicators
without codes.
""", [
        "mission and programme as repeated code-only columns, names only in a legend",
        "code and title of the objective on separate lines of one cell",
        "two baseline years (`Consuntivo 2024`, `Preconsuntivo 2025`) under a `Serie storica` band",
        "zebra per objective, horizontal hairlines only, serif body with monospace formulas",
        "units `TEU`, `gg`, `%`, `N.`; baselines with and without unit (`46 gg`, `5,8`)",
        "a programme of mission 032 listed before another (`032.003` then `032.002`)",
    ], [f"`target.unit` on `{FAULTY}` (no code): U.M. `gg` and the other years `≤ 38 gg`, `≤ 30 gg`, but the "
        "2027 target prints `≤ 35%`"])
    return NAME


if __name__ == "__main__":
    print(build())
