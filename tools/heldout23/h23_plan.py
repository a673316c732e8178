#!/usr/bin/python3
"""h23-plan-chromium-1: a performance plan 2026-2028 (genre plan) of a regional public-transport agency, HTML printed
by Chromium. Areas are HEADINGS with `Peso dell'area sul piano: 40%` on their own line; under each, a master table
`Obiettivo strategico | Peso | Obiettivo operativo | Peso | Indicatori` whose last cell holds a NESTED TABLE of the
operational objective's indicators (`Indicatore | Algoritmo | Peso | Baseline 2024 | 2026 | 2027 | 2028`).
Landscape P052 serif. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (CHROMIUM, case_dir23, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13,  # noqa
                      vars11, write_truth)

SCRIPT = "h23_plan.py"
NAME = "h23-plan-chromium-1"
ORG = "Agenzia Regionale per la Mobilità e il Trasporto Pubblico Locale – Bacino Tirreno Nord"
YEARS = [2026, 2027, 2028]


def U(t):
    return "gg" if " gg" in t else "%" if "%" in t else "N."


# area, title, weight, [(strategic, title, weight, [(op, title, weight, owner, [(ind, formula, w, base, [t])])])]
PLAN = [
    ("1", "Qualità e affidabilità del servizio", "40%", [
        ("1.1", "Migliorare la puntualità del servizio su gomma e su ferro", "60%", [
            ("1.1.1", "Monitorare in tempo reale le corse con il sistema AVM", "50%", "Servizio Esercizio e Qualità", [
                ("Corse monitorate con AVM sul totale delle corse programmate", "CORSE_avm / CORSE_prog x 100",
                 "50%", "78%", [">= 85%", ">= 92%", ">= 98%"]),
                ("Corse bus in ritardo oltre 5 minuti", "CORSE_rit5 / CORSE_eff x 100", "50%", "11,4%",
                 ["<= 10%", "<= 9%", "<= 8%"])]),
            ("1.1.2", "Applicare le penali contrattuali per i disservizi", "50%", "Servizio Contratti di servizio", [
                ("Penali contestate entro 30 giorni dalla rilevazione", "PEN_30 / PEN_tot x 100", "100%", "64%",
                 [">= 75%", ">= 85%", ">= 90%"])])]),
        ("1.2", "Accrescere la soddisfazione dell'utenza", "40%", [
            ("1.2.1", "Realizzare l'indagine annuale di customer satisfaction e gestire i reclami", "100%",
             "Ufficio Relazioni con il pubblico", [
                 ("Indice di soddisfazione complessiva (scala 1-10)", "ISC_media", "33,33%", "6,8",
                  [">= 7,0", ">= 7,2", ">= 7,4"]),
                 ("Reclami evasi entro 30 giorni", "RECL_30 / RECL_tot x 100", "33,33%", "88%",
                  [">= 90%", ">= 92%", ">= 95%"]),
                 ("Tempo medio di risposta ai reclami", "GG_risp / RECL_tot", "33,34%", "24 gg",
                  ["<= 22 gg", "<= 20 gg", "<= 18 gg"])])])]),
    ("2", "Sostenibilità e integrazione tariffaria", "35%", [
        ("2.1", "Estendere l'integrazione tariffaria di bacino", "100%", [
            ("2.1.1", "Attivare il titolo unico integrato ferro-gomma", "70%", "Servizio Tariffe e Bigliettazione", [
                ("Comuni del bacino serviti dal titolo integrato", "COM_int", "60%", "N/D",
                 [">= 20", ">= 35", ">= 48"]),
                ("Titoli di viaggio integrati venduti", "TIT_int_vend", "40%", "N/D",
                 [">= 150.000", ">= 250.000", ">= 320.000"])]),
            ("2.1.2", "Rinnovare la flotta con autobus a basse emissioni", "30%", "Servizio Investimenti", [
                ("Autobus a basse emissioni sul parco circolante", "BUS_low / BUS_tot x 100", "100%", "37%",
                 [">= 45%", ">= 55%", ">= 65%"])])])]),
    ("3", "Efficienza amministrativa", "25%", [
        ("3.1", "Garantire la sostenibilità economica dei contratti di servizio", "50%", [
            ("3.1.1", "Verificare trimestralmente i corrispettivi dei contratti di servizio", "100%",
             "Servizio Contratti di servizio", [
                 ("Contratti di servizio con verifica trimestrale dei corrispettivi", "CONTR_ver / CONTR_tot x 100",
                  "100%", "100%", ["= 100%", "= 100%", "= 100%"])])]),
        ("3.2", "Assicurare la tempestività dei pagamenti", "50%", [
            ("3.2.1", "Ridurre i tempi di liquidazione dei corrispettivi alle aziende di trasporto", "100%",
             "Servizio Bilancio e Ragioneria", [
                 ("Tempo medio di liquidazione dei corrispettivi", "GG_liq / N_liq", "100%", "41 gg",
                  ["<= 35 gg", "<= 30 gg", "<= 30 gg"])])])]),
]

CSS = """body { font-family: "P052", "TeX Gyre Pagella", serif; font-size: 8pt; }
h1 { font-size: 13pt; margin: 0; } p.sub { margin: 1mm 0 4mm 0; font-size: 9.5pt; }
h2 { font-size: 11pt; margin: 5mm 0 0 0; border-bottom: 1pt solid #2b4c2b; color: #2b4c2b; }
p.aw { margin: 1mm 0 2mm 0; font-size: 8.5pt; font-style: italic; }
table.m { border-collapse: collapse; width: 100%; table-layout: fixed; border: 1.4pt solid #2b4c2b; }
table.m > thead th { background: #2b4c2b; color: #fff; padding: 2.5pt; font-size: 7.6pt; }
table.m > tbody > tr > td { border: 0.8pt solid #2b4c2b; padding: 2.5pt; vertical-align: top; }
table.m > tbody > tr { break-inside: avoid; }
td.w { text-align: center; font-weight: bold; } span.own { display: block; font-style: italic; color: #444;
  margin-top: 1.5mm; font-size: 7.4pt; }
table.n { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 7.3pt; }
table.n th { background: #e4ece4; font-weight: bold; border: 0.4pt solid #9bb09b; padding: 1.5pt; }
table.n td { border: 0.4pt solid #9bb09b; padding: 1.5pt 2pt; vertical-align: top; } table.n td.c { text-align: center; }"""


def build():
    nodes, inds, body = [], [], []
    ncols = ("<colgroup><col><col style='width:23%'><col style='width:7%'><col style='width:9%'>"
             "<col style='width:10%'><col style='width:10%'><col style='width:10%'></colgroup>")
    nhead = ("<thead><tr><th>Indicatore</th><th>Algoritmo</th><th>Peso</th><th>Baseline 2024</th>"
             + "".join(f"<th>{y}</th>" for y in YEARS) + "</tr></thead>")
    for acode, atitle, aw, strat in PLAN:
        nodes.append(node(acode, "area", atitle, weight=aw))
        rows = []
        for scode, stitle, sw, ops in strat:
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for k, (ocode, otitle, ow, owner, ilist) in enumerate(ops):
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[owner]))
                irows = []
                for iname, frm, iw, base, tg in ilist:
                    irows.append(f"<tr><td>{esc(iname)}</td><td>{esc(frm)}</td><td class=c>{iw}</td>"
                                 f"<td class=c>{esc(base)}</td>" + "".join(f"<td class=c>{esc(t)}</td>" for t in tg)
                                 + "</tr>")
                    inds.append(ind(iname, ocode, unit=U(tg[0]), weight=iw, formula=frm, variables=vars11(frm),
                                    baselines=[(2024, base)], targets=list(zip(YEARS, tg))))
                nested = f"<table class=n>{ncols}{nhead}<tbody>{''.join(irows)}</tbody></table>"
                lead = ""
                if k == 0:
                    lead = (f"<td rowspan={len(ops)}><b>{scode}</b> – {esc(stitle)}</td>"
                            f"<td rowspan={len(ops)} class=w>{sw}</td>")
                rows.append(f"<tr>{lead}<td><b>{ocode}</b> – {esc(otitle)}<span class=own>Responsabile: "
                            f"{esc(owner)}</span></td><td class=w>{ow}</td><td>{nested}</td></tr>")
        body.append(f"<h2>Area strategica {acode} – {esc(atitle)}</h2><p class=aw>Peso dell'area sul piano: {aw}</p>"
                    "<table class=m><colgroup><col style='width:14%'><col style='width:5%'><col style='width:16%'>"
                    "<col style='width:5%'><col></colgroup><thead><tr><th>Obiettivo strategico</th><th>Peso</th>"
                    "<th>Obiettivo operativo</th><th>Peso</th><th>Indicatori</th></tr></thead>"
                    f"<tbody>{''.join(rows)}</tbody></table>")
    html = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano della performance 2026-2028 – Albero degli obiettivi, "
            "indicatori e target</p>" + "".join(body)
            + "<p class=aw>I pesi degli obiettivi strategici sono espressi sull'area, quelli degli obiettivi operativi "
              "sull'obiettivo strategico, quelli degli indicatori sull'obiettivo operativo. N/D = dato non "
              "disponibile (indicatore di nuova introduzione).</p>")
    h = html_page3(html, CSS, landscape=True, margin="13mm 12mm 13mm 12mm", top_left=q("Piano della performance 2026-2028"),
                   bottom_right=q("") + " counter(page) " + q("/") + " counter(pages)", hf_font='7.5pt "P052"')
    d = case_dir23(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme13(d, NAME, "plan", CHROMIUM.format(script=SCRIPT), """
Landscape A4, P052 (Palatino-like) serif 8 pt. Title and subtitle, then one section per area: a HEADING `Area
strategica 1 – …` with a rule, the line `Peso dell'area sul piano: 40%` in italics, and a master table
`Obiettivo strategico | Peso | Obiettivo operativo | Peso | Indicatori` (dark green header, heavy outer frame). The
strategic objective and its weight span their operational objectives; each operational cell carries `1.1.1 – title`
and a `Responsabile: …` line. The LAST CELL of each row holds a NESTED TABLE of that objective's indicators
`Indicatore | Algoritmo | Peso | Baseline 2024 | 2026 | 2027 | 2028`. A closing note says which level each weight
refers to. Running header top left, `n/N` bottom right.
Truth: areas `area` (`1`-`3`, weight from the `Peso dell'area` line), strategic `1.1`, operational `1.1.1` (owners =
[Responsabile]); indicators without code, weight within the operational objective, formula over codes, baseline
2024, targets 2026-2028 (unit `%`, `gg` or `N.` from the values).
""", ["indicators in a NESTED table inside the operational objective's row", "area weight on its own line under the "
      "heading", "codes in bold before the title (`1.1.1 – …`) inside the cells", "`Responsabile:` line inside the "
      "objective cell", "landscape serif P052, dark green rules"],
     ["weights sum to 100 only within each group: strategic within area (60 + 40), operational within strategic "
      "(50 + 50, 70 + 30), indicators within operational", "indicator weights of 1.2.1 are thirds 33,33 + 33,33 + "
      "33,34", "area 1's strategic objectives 60% + 40% and areas 40 + 35 + 25", "`<=` targets going down (ritardi, "
      "tempi di risposta, liquidazione) and `<= 30 gg` flat in 2027-2028", "`= 100%` three years with a 100% "
      "baseline (maintenance)", "`N/D` baselines of new indicators", "baseline of 2024 for a 2026-2028 plan"], [])
    return NAME


if __name__ == "__main__":
    print(build())
