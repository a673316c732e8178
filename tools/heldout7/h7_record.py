#!/usr/bin/python3
"""h7-record-chromium-1: objective and indicator records (label above value, boxed fields), HTML printed by
Chromium. Fault: target.operator. Content invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, readme,  # noqa: E402
                     vars_of, write_truth)

NAME = "h7-record-chromium-1"
ORG = "Istituto Centrale per il Patrimonio Librario e Archivistico"
YEARS = [2026, 2027, 2028]
BASE = 2025
UNIT = {"N.": "N.", "%": "%", "gg": "gg", "ml": "ml"}
# (code, title, mission, programme, cdr, resources, [(code, name, tipologia, um, formula, peso, rif, [t1, t2, t3])])
OBJ = [
    ("101", "Accelerare la digitalizzazione del patrimonio librario delle biblioteche statali",
     "021 – Tutela e valorizzazione dei beni e attività culturali e paesaggistici",
     "012 – Tutela dei beni librari, promozione e sostegno del libro e dell'editoria",
     "Servizio I – Biblioteche e digitalizzazione", "€ 5.318.400,00", [
         ("101.1", "Volumi digitalizzati e pubblicati nella biblioteca digitale nazionale",
          "Indicatore di realizzazione fisica", "N.", "VOL_dig", "40%", "184.300",
          ["≥ 220.000", "≥ 260.000", "≥ 300.000"]),
         ("101.2", "Tempo medio di evasione delle richieste di riproduzione digitale", "Indicatore di risultato",
          "gg", "GG_evas / N_rich", "35%", "21 gg", ["≤ 18 gg", "≤ 15 gg", "= 12 gg"]),
         ("101.3", "Biblioteche statali aderenti al catalogo collettivo nazionale", "Indicatore di risultato", "%",
          "BIB_ader / BIB_tot x 100", "25%", "82,6%", ["≥ 88%", "≥ 92%", "≥ 96%"])]),
    ("140", "Garantire la conservazione preventiva dei fondi archivistici conservati negli istituti periferici",
     "021 – Tutela e valorizzazione dei beni e attività culturali e paesaggistici",
     "009 – Tutela dei beni archivistici", "Servizio II – Archivi e conservazione", "€ 3.046.750,00", [
         ("140.1", "Metri lineari di documentazione sottoposti a interventi di condizionamento",
          "Indicatore di realizzazione fisica", "ml", "ML_cond", "60%", "2.450 ml",
          ["≥ 2.800 ml", "≥ 3.100 ml", "≥ 3.400 ml"]),
         ("140.2", "Depositi archivistici con monitoraggio microclimatico in continuo", "Indicatore di risultato", "%",
          "DEP_mon / DEP_tot x 100", "40%", "47,5%", ["≥ 55%", "≥ 65%", "≥ 75%"])]),
    ("225", "Migliorare l'efficienza amministrativa e la trasparenza dell'Istituto",
     "032 – Servizi istituzionali e generali delle amministrazioni pubbliche",
     "003 – Servizi e affari generali per le amministrazioni di competenza",
     "Servizio III – Affari generali e bilancio", "€ 872.100,00", [
         ("225.1", "Indicatore annuale di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria", "gg",
          "GG_rit_pond / IMP_pag", "50%", "2,7", ["≤ 0", "≤ 0", "≤ 0"]),
         ("225.2", "Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente",
          "Indicatore di risultato", "%", "OBB_ass / OBB_tot x 100", "50%", "91,0%", ["≥ 95%", "≥ 97%", "≥ 99%"])]),
    ("310", "Sviluppare la ricerca applicata sul degrado dei supporti cartacei e digitali",
     "017 – Ricerca e innovazione", "004 – Ricerca in materia di beni e attività culturali",
     "Laboratorio di restauro e ricerca scientifica", "€ 1.250.000,00", [
         ("310.1", "Progetti di ricerca avviati in collaborazione con università ed enti di ricerca",
          "Indicatore di realizzazione fisica", "N.", "PRG_avv", "50%", "3", ["≥ 4", "≥ 5", "≥ 6"]),
         ("310.2", "Pubblicazioni scientifiche del laboratorio su riviste indicizzate", "Indicatore di risultato",
          "N.", "PUB_ind", "50%", "7", ["≥ 8", "≥ 9", "≥ 10"])]),
]

CSS = """
body { font: 8.6pt "DejaVu Sans", sans-serif; color: #222; }
h1 { font-size: 12.5pt; margin: 0; }
h2 { font-size: 9.5pt; font-weight: normal; margin: 1mm 0 5mm 0; color: #444; }
.obj { border: 1pt solid #5a4a2f; margin: 0 0 3mm 0; break-inside: avoid; }
.obj .bar { background: #5a4a2f; color: #fff; font-weight: bold; padding: 1.2mm 2mm; font-size: 9pt; }
.row { display: flex; }
.f { flex: 1; border-top: 0.4pt solid #c8bfa9; border-left: 0.4pt solid #c8bfa9; padding: 1mm 1.8mm 1.4mm 1.8mm; }
.f:first-child { border-left: none; }
.f .l { display: block; font-size: 6.2pt; text-transform: uppercase; letter-spacing: 0.3pt; color: #7a6a4f;
  margin-bottom: 0.6mm; }
.f .v { display: block; }
.w2 { flex: 2; } .w3 { flex: 3; }
.ind { border: 0.6pt solid #a89a7c; margin: 0 0 2.4mm 6mm; background: #fbf9f4; }
.ind .bar { background: #e9e2d0; color: #3a2f1b; font-weight: bold; padding: 0.8mm 2mm; font-size: 8pt; }
.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
.tg .v { font-weight: bold; }
.sep { height: 4mm; }
"""


def field(label, value, cls="", vcls=""):
    return (f"<div class='f {cls}'><span class='l'>{esc(label)}</span>"
            f"<span class='v {vcls}'>{esc(value)}</span></div>")


def build():
    d = case_dir(NAME)
    parts = [f"<h1>{esc(ORG)}</h1>",
             "<h2>Nota integrativa al bilancio di previsione 2026 – Schede degli obiettivi e degli indicatori per il "
             "triennio 2026-2028</h2>"]
    nodes, inds = [], []
    for k, (code, title, mis, prog, cdr, res, its) in enumerate(OBJ):
        parts.append("<div class='obj'><div class='bar'>Scheda obiettivo</div>"
                     "<div class='row'>" + field("Codice", code, vcls="mono") + field("Missione", mis, "w3")
                     + field("Programma", prog, "w3") + "</div>"
                     "<div class='row'>" + field("Obiettivo", title) + "</div>"
                     "<div class='row'>" + field("Centro di responsabilità", cdr, "w2")
                     + field("Risorse finanziarie 2026", res) + "</div></div>")
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis[:3], programme=prog[:3],
                          owners=[cdr]))
        for j, (ic, nm, tip, um, f, w, rif, tg) in enumerate(its, 1):
            parts.append(
                f"<div class='ind'><div class='bar'>Indicatore {j} di {len(its)}</div>"
                "<div class='row'>" + field("Codice indicatore", ic, vcls="mono") + field("Tipologia", tip, "w2")
                + field("Unità di misura", um) + field("Peso indicatore", w) + "</div>"
                "<div class='row'>" + field("Denominazione", nm) + "</div>"
                "<div class='row'>" + field("Algoritmo di calcolo", f, vcls="mono") + "</div>"
                "<div class='row tg'>" + field("Valore di riferimento (2025)", rif)
                + field("Target primo anno", tg[0]) + field("Target secondo anno", tg[1])
                + field("Target terzo anno", tg[2]) + "</div></div>")
            inds.append(ind(nm, code, code=ic, unit=UNIT[um], type=tip, formula=f, variables=vars_of(f), weight=w,
                            baselines=[(BASE, rif)], targets=list(zip(YEARS, tg))))
        parts.append("<div class='sep'></div>")
    parts.append("<p style='font-size:7.4pt;color:#555'>Il primo anno del triennio è il 2026. Il valore di riferimento è "
                 "il dato consuntivo 2025. Le risorse sono gli stanziamenti di competenza 2026 dei capitoli "
                 "associati all'obiettivo.</p>")
    h = html_page3("\n".join(parts), CSS, margin="15mm 14mm 15mm 14mm",
                   top_left=q("Nota integrativa 2026-2028"), top_right=q(ORG),
                   bottom_center='"Pag. " counter(page)', hf_font='6.8pt "DejaVu Sans"')
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.operator", "101.2", "targets `≤ 18 gg`, `≤ 15 gg`, then `= 12 gg` in the third year: "
                                               "the operator changes without reason")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, fnd)
    readme(d, NAME, "Family: **record**", CHROMIUM.format(script="h7_record.py"), """
Portrait A4, DejaVu Sans 8.6 pt (codes and formulas in DejaVu Sans Mono). Title (the institute) and `Nota
integrativa al bilancio di previsione 2026 – Schede … per il triennio 2026-2028`. Running header (left `Nota
integrativa 2026-2028`, right the institute), footer `Pag. n`. NOT label/value tables: each record is a box of
FIELDS laid out with flexbox, the LABEL ABOVE its VALUE (tiny uppercase label, value below). Objective box (dark
bar `Scheda obiettivo`): row 1 `Codice` (`101`) | `Missione` (`021 – …`) | `Programma` (`012 – …`); row 2
`Obiettivo` (title); row 3 `Centro di responsabilità` | `Risorse finanziarie 2026` (`€ 5.318.400,00`). Then one
indented box per indicator (light bar `Indicatore 1 di 3`): row 1 `Codice indicatore` (`101.1`) | `Tipologia` |
`Unità di misura` | `Peso indicatore` (`40%`); row 2 `Denominazione`; row 3 `Algoritmo di calcolo` (over measure
codes); row 4 `Valore di riferimento (2025)` | `Target primo anno` | `Target secondo anno` | `Target terzo anno`
(bold). Boxes are not split by the page break; objectives flow over two pages. Truth: objectives level
`strategic`, mission/programme the three-digit codes, resources, owners = [the Centro di responsabilità];
primo/secondo/terzo anno = 2026/2027/2028, baseline 2025 (year in the label); indicators with codes, types, weights.
""", [
        "label above value in boxed fields (no table), several fields per row",
        "`Valore di riferimento (2025)` instead of `Target conseguito nell'esercizio precedente`",
        "`Tipologia` in long form (`Indicatore di realizzazione fisica`)",
        "units `N.`, `gg`, `%`, `ml` (metri lineari); targets `≥ 2.800 ml`, `≤ 0`",
        "`Indicatore j di n` bars; indicator boxes indented under their objective",
    ], ["`target.operator` on `101.2`: `≤ 18 gg`, `≤ 15 gg`, then `= 12 gg`"])
    return NAME


if __name__ == "__main__":
    print(build())
