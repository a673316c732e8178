#!/usr/bin/python3
"""h11-record-chromium-1: record blocks (nota integrativa) of a justice agency, printed by Chromium.
Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme, vars_of, write_truth  # noqa: E402

NAME = "h11-record-chromium-1"
ORG = "Agenzia Nazionale per la Giustizia Digitale"
YEARS = [2026, 2027, 2028]
UM = {"giorni": "gg", "percentuale": "%", "numero": "N."}
M = "006 – Giustizia"
OBJ = [
    ("006-02-01", "Ridurre la durata dei procedimenti civili nei distretti pilota", M, "002 – Giustizia civile e penale",
     "Direzione generale per l'innovazione dei servizi giudiziari", "€ 179.220.000,00",
     "2 – Efficienza del sistema giudiziario", [
         ("Disposition time dei tribunali dei distretti pilota", "Indicatore di risultato (outcome)", "giorni",
          "PEND_FINE / DEF_ANNO * 365", "60%", "412", ["≤ 390", "≤ 360", "≤ 330"], "Statistiche giudiziarie"),
         ("Atti di parte depositati telematicamente sul totale degli atti depositati",
          "Indicatore di realizzazione fisica", "percentuale", "ATTI_TELEM / ATTI_TOT * 100", "40%", "87,5%",
          ["≥ 90%", "≥ 93%", "≥ 95%"], "Sistema di monitoraggio PCT"),
     ]),
    ("006-01-03", "Rafforzare i percorsi di formazione professionale delle persone detenute", M,
     "001 – Amministrazione penitenziaria", "Direzione generale dei detenuti e del trattamento", "€ 12.846.500,00",
     "3 – Finalità rieducativa della pena", [
         ("Persone detenute iscritte a corsi di formazione professionale", "Indicatore di realizzazione fisica",
          "numero", "N_DET_FORM", "50%", "3.240", ["≥ 3.500", "≥ 3.800", "≥ 4.100"], "Rilevazione trimestrale"),
         ("Persone detenute che conseguono la qualifica sul totale degli iscritti", "Indicatore di risultato (output)",
          "percentuale", "N_QUALIF / N_DET_FORM * 100", "30%", "46%", ["≥ 50%", "≥ 53%", "≥ 55%"],
          "Rilevazione trimestrale"),
         ("Spesa impegnata per i laboratori professionali sullo stanziamento",
          "Indicatore di realizzazione finanziaria", "percentuale", "IMP_LAB / STANZ_LAB * 100", "20%", "91%",
          ["≥ 92%", "≥ 94%", "≥ 95%"], "Sistema contabile"),
     ]),
    ("006-03-02", "Estendere i programmi di giustizia riparativa per i minorenni", M,
     "003 – Giustizia minorile e di comunità", "Direzione generale per l'esecuzione penale esterna e di messa alla prova",
     "€ 4.105.000,00", "3 – Finalità rieducativa della pena", [
         ("Programmi di giustizia riparativa avviati nell'anno", "Indicatore di realizzazione fisica", "numero",
          "N_PROG_RIP", "100%", "N/D", ["maggiore o uguale a 180,00", "maggiore o uguale a 200,00",
                                        "maggiore o uguale a 220,00"], "Uffici di servizio sociale per i minorenni"),
     ]),
]

CSS = """
body { font: 8.8pt "DejaVu Serif Condensed", "DejaVu Serif"; color: #111; }
h1 { font: bold 12pt "DejaVu Sans"; margin: 0; text-align: center; }
.sub { text-align: center; font-size: 9.5pt; margin: 1mm 0 1mm; }
.note { text-align: center; font-size: 7.6pt; font-style: italic; margin: 0 0 5mm; }
table.rec { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 2.5mm; }
table.rec td { border: 0.5pt solid #8a8a8a; padding: 1.1mm 1.6mm; vertical-align: top; }
td.l { background: #efefef; font: 7pt "DejaVu Sans"; text-transform: uppercase; letter-spacing: 0.2pt; color: #333; }
td.cap { background: #3c3c3c; color: #fff; font: bold 8.4pt "DejaVu Sans"; }
td.icap { background: #c9c9c9; font: bold 7.8pt "DejaVu Sans"; }
table.ind { width: 94%; margin-left: 6%; }
td.f { font-family: "DejaVu Sans Mono"; font-size: 7.8pt; }
td.t { font-weight: bold; }
"""


def main():
    d = case_dir(NAME)
    nodes, inds, parts = [], [], []
    cols = "<colgroup><col style='width:20%'><col style='width:30%'><col style='width:22%'><col style='width:28%'></colgroup>"
    for n, (oc, ot, mis, prog, cdr, res, prio, ks) in enumerate(OBJ, 1):
        parts.append(
            f"<table class=\"rec\">{cols}<tr><td class=\"cap\" colspan=4>OBIETTIVO {n} di {len(OBJ)}</td></tr>"
            f"<tr><td class=\"l\">Codice</td><td>{oc}</td><td class=\"l\">Centro di responsabilità</td><td>{esc(cdr)}</td></tr>"
            f"<tr><td class=\"l\">Denominazione</td><td colspan=3><b>{esc(ot)}</b></td></tr>"
            f"<tr><td class=\"l\">Missione</td><td>{esc(mis)}</td><td class=\"l\">Programma</td><td>{esc(prog)}</td></tr>"
            f"<tr><td class=\"l\">Risorse a preventivo primo anno</td><td>{esc(res)}</td>"
            f"<td class=\"l\">Priorità politica</td><td>{esc(prio)}</td></tr></table>")
        nodes.append(node(oc, "strategic", ot, resources=[res], mission=mis[:3], programme=prog[:3], owners=[cdr]))
        for j, (kn, kt, um, kf, kw, prev, tg, src) in enumerate(ks, 1):
            parts.append(
                f"<table class=\"rec ind\">{cols}<tr><td class=\"icap\" colspan=4>Indicatore {n}.{j}</td></tr>"
                f"<tr><td class=\"l\">Descrizione</td><td colspan=3>{esc(kn)}</td></tr>"
                f"<tr><td class=\"l\">Tipologia</td><td>{esc(kt)}</td><td class=\"l\">Unità di misura</td><td>{um}</td></tr>"
                f"<tr><td class=\"l\">Algoritmo di calcolo</td><td colspan=3 class=\"f\">{esc(kf)}</td></tr>"
                f"<tr><td class=\"l\">Peso indicatore</td><td>{kw}</td><td class=\"l\">Target conseguito nell'esercizio "
                f"precedente</td><td>{esc(prev)}</td></tr>"
                f"<tr><td class=\"l\">Target primo anno</td><td class=\"t\">{esc(tg[0])}</td><td class=\"l\">Target "
                f"secondo anno</td><td class=\"t\">{esc(tg[1])}</td></tr>"
                f"<tr><td class=\"l\">Target terzo anno</td><td class=\"t\">{esc(tg[2])}</td><td class=\"l\">Fonte del "
                f"dato</td><td>{esc(src)}</td></tr></table>")
            inds.append(ind(kn, oc, unit=UM[um], type=kt, weight=kw, formula=kf, variables=vars_of(kf),
                            baselines=[(2025, prev)], targets=list(zip(YEARS, tg))))
    body = (f"<h1>{esc(ORG.upper())}</h1><div class=\"sub\">Nota integrativa al bilancio di previsione per l'anno "
            "finanziario 2026 e per il triennio 2026-2028</div><div class=\"note\">Schede obiettivo e indicatori. Primo "
            "anno = 2026, secondo anno = 2027, terzo anno = 2028; il target conseguito nell'esercizio precedente è il "
            "valore 2025.</div>" + "\n".join(parts))
    html = html_page3(body, CSS, margin="16mm 18mm 16mm", top_left=q("Nota integrativa 2026-2028"),
                      bottom_right='"Pag. " counter(page)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **record blocks**", CHROMIUM.format(script="h11_record.py"), """
Portrait A4, DejaVu Serif Condensed 8.8 pt (labels DejaVu Sans in small upper case on grey), Chromium, two pages;
running header `Nota integrativa 2026-2028` at the top left, `Pag. n` at the foot. Centred title (the agency in
capitals), subtitle (nota integrativa 2026, triennio 2026-2028) and an italic line mapping primo/secondo/terzo anno
to 2026/2027/2028 and the previous-year value to 2025. Each record is a FOUR-COLUMN label|value|label|value grid,
TWO PAIRS PER ROW. Objective record (dark caption `OBIETTIVO n di 3`): `Codice | 006-02-01 | Centro di
responsabilità | …`, `Denominazione` (value over three cells), `Missione | 006 – Giustizia | Programma | 002 – …`,
`Risorse a preventivo primo anno | € 179.220.000,00 | Priorità politica | …`. Each indicator record follows,
indented (grey caption `Indicatore 1.2`): `Descrizione`, `Tipologia | … | Unità di misura | …` (units in words),
`Algoritmo di calcolo` (monospace), `Peso indicatore | 60% | Target conseguito nell'esercizio precedente | 412`,
`Target primo anno | ≤ 390 | Target secondo anno | ≤ 360`, `Target terzo anno | ≤ 330 | Fonte del dato | …`. Records
are allowed to break across the page. Truth: objectives level `strategic`, mission/programme three-digit codes,
resources, owners = [the Centro di responsabilità]; indicators uncoded with type, unit, formula, weight, baseline
2025 and targets 2026-2028.
""", [
        "input: `input.pdf`",
        "label/value pairs two per row, so a target and the next year's target share a row",
        "`Priorità politica` and `Fonte del dato` as extra labels in the grids",
        "code shape `006-02-01`; resources `€ 179.220.000,00`",
        "targets `≤ 390`, `≥ 90%`, `maggiore o uguale a 180,00`; an `N/D` previous value",
        "records flowing over the page break",
    ], [])


if __name__ == "__main__":
    main()
