#!/usr/bin/python3
"""fam8-form-chromium-1: objective forms + indicator tables printed by Chromium; the form is HORIZONTAL (the three
labels side by side as a header row, values under them); the indicator table puts PESO third
(`INDICATORE | FORMULA | PESO | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO 2°ANNO 3°ANNO | GRADO DI REALIZZAZIONE`);
monitoring at the end of the first year (VALORE RAGGIUNTO = result 2024, GRADO = achievement). Fault:
target.declining. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                      vars11, write_truth)
from common2 import write_readme  # noqa: E402

SCRIPT = "fam8_form.py"
ORG = "Ministero delle Acque Interne e della Navigazione"
Y = [2024, 2025, 2026]
FAULT = "Tempo medio di rilascio della patente nautica"
C1 = ("Direzione generale per le dighe e le infrastrutture idriche", "Ing. Massimo Ferretti")
C2 = ("Direzione generale per la navigazione interna e i porti lacuali", "Dott.ssa Elena Scarpellini")

# (cdr, code, title, [(name, formula, peso, unit, raggiunto, (t1, t2, t3), grado)])
OBJ = [
    (C1, "1.2.1", "Intensificare la vigilanza sulla sicurezza delle grandi dighe", [
        ("Dighe sottoposte a visita ispettiva semestrale", "DIG_visitate / DIG_vigilate x 100", "40", "%", "96,2%",
         ("≥ 95%", "≥ 97%", "≥ 100%"), "100%"),
        ("Progetti di gestione degli invasi approvati", "PGI_approvati", "35", "N.", "38", ("≥ 40", "≥ 45", "≥ 50"),
         "95%"),
        ("Tempo medio di istruttoria dei progetti di manutenzione straordinaria", "GG_istr / N_progetti", "25", "gg",
         "52 gg", ("≤ 60 gg", "≤ 55 gg", "≤ 50 gg"), "100%")]),
    (C1, "1.2.2", "Accelerare la spesa per gli interventi di messa in sicurezza degli invasi", [
        ("Pagamenti effettuati sulle risorse assegnate per la messa in sicurezza", "PAG_eff / RIS_ass x 100", "60",
         "%", "71,5%", ("≥ 75%", "≥ 80%", "≥ 85%"), "95,3%"),
        ("Interventi di messa in sicurezza conclusi", "N_interv_conclusi", "40", "N.", "14", ("≥ 12", "≥ 15", "≥ 18"),
         "100%")]),
    (C2, "2.1.1", "Migliorare la sicurezza della navigazione sui laghi maggiori", [
        ("Unità di navigazione ispezionate", "N_unita_isp", "50", "N.", "1.180", ("≥ 1.100", "≥ 1.150", "≥ 1.200"),
         "100%"),
        ("Incidenti della navigazione ogni 10.000 transiti", "N_incidenti / N_transiti x 10000", "50", "N.", "1,9",
         ("≤ 2,0", "≤ 1,8", "≤ 1,6"), "100%")]),
    (C2, "2.1.2", "Digitalizzare il rilascio delle patenti nautiche per le acque interne", [
        ("Patenti nautiche rilasciate con procedura telematica", "PAT_tel / PAT_tot x 100", "70", "%", "64%",
         ("≥ 60%", "≥ 70%", "≥ 80%"), "100%"),
        (FAULT, "GG_rilascio / N_patenti", "30", "gg", "24 gg", ("≤ 20 gg", "≤ 25 gg", "≤ 30 gg"), "83,3%")]),
]

CSS = """body { font-family: "Liberation Serif", serif; font-size: 9.4pt; color: #141414; }
h1 { font-size: 13pt; margin: 0; text-align: center; }
p.sub { text-align: center; font-size: 10.5pt; margin: 1mm 0 2mm 0; }
p.note { font-size: 8.6pt; margin: 0 0 4mm 0; text-align: justify; }
div.scheda { break-inside: avoid; margin-bottom: 7mm; border: 1.2pt solid #1f3b57; border-radius: 3mm;
             padding: 2.5mm; }
table { border-collapse: collapse; width: 100%; }
table.form th { font-size: 7.8pt; letter-spacing: 0.3pt; text-align: left; color: #1f3b57;
                border-bottom: 0.6pt solid #1f3b57; padding: 1pt 3pt; }
table.form td { padding: 2pt 3pt 4pt 3pt; vertical-align: top; font-weight: bold; }
table.ind { margin-top: 2mm; }
table.ind th { background: #1f3b57; color: #fff; font-size: 7.8pt; padding: 2pt; border: 0.5pt solid #fff; }
table.ind td { border: 0.5pt solid #9aa9b8; padding: 2pt 3pt; vertical-align: top; }
table.ind td.v { text-align: center; white-space: nowrap; }
td.f { font-family: "Liberation Mono", monospace; font-size: 8pt; }"""


def build():
    name = "fam8-form-chromium-1"
    html = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Schede obiettivo 2024-2026 – Monitoraggio al 31 dicembre 2024</p>",
            "<p class=note>Per ciascun obiettivo assegnato ai centri di responsabilità amministrativa sono riportati "
            "gli indicatori con il relativo peso, il valore raggiunto al 31/12/2024, i valori target del triennio "
            "(1°ANNO = 2024, 2°ANNO = 2025, 3°ANNO = 2026) e il grado di realizzazione del target del primo anno "
            "(rapporto tra valore raggiunto e target, o tra target e valore raggiunto per gli indicatori da ridurre, "
            "con un massimo del 100%).</p>"]
    nodes, inds = [], []
    for (cdr, tit), code, title, its in OBJ:
        html.append("<div class=scheda><table class=form><tr><th style='width:34%'>DENOMINAZIONE CDR</th>"
                    "<th style='width:22%'>TITOLARE DEL CDR</th><th>CODICE E DENOMINAZIONE OBIETTIVO</th></tr>"
                    f"<tr><td>{esc(cdr)}</td><td>{esc(tit)}</td><td>{esc(code)} - {esc(title)}</td></tr></table>")
        html.append("<table class=ind><thead><tr><th rowspan=2>INDICATORE</th><th rowspan=2>FORMULA</th>"
                    "<th rowspan=2>PESO</th><th rowspan=2>VALORE RAGGIUNTO</th><th colspan=3>VALORE TARGET</th>"
                    "<th rowspan=2>GRADO DI REALIZZAZIONE</th></tr><tr><th>1°ANNO</th><th>2°ANNO</th>"
                    "<th>3°ANNO</th></tr></thead><tbody>")
        nodes.append(node(code, "operational", title, owners=[tit], unit=cdr))
        for nm, fml, peso, unit, ragg, tg, grado in its:
            html.append(f"<tr><td>{esc(nm)}</td><td class=f>{esc(fml)}</td><td class=v>{peso}</td>"
                        f"<td class=v>{esc(ragg)}</td>" + "".join(f"<td class=v>{esc(t)}</td>" for t in tg)
                        + f"<td class=v>{esc(grado)}</td></tr>")
            inds.append(ind(nm, code, unit=unit, weight=peso, formula=fml, variables=vars11(fml),
                            targets=list(zip(Y, tg)), results=[(2024, ragg)], achievement=[(2024, grado)],
                            unit_org=cdr))
        html.append("</tbody></table></div>")
    page = html_page3("\n".join(html), CSS, margin="15mm 14mm 16mm 14mm",
                      bottom_center=q("Schede obiettivo 2024-2026 – pag. ") + " counter(page)",
                      hf_font='7.5pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    fnd = [finding("target.declining", FAULT, "objective 2.1.2: a lower-is-better time whose targets grow year "
                   "after year (≤ 20 gg, ≤ 25 gg, ≤ 30 gg)", unit=C2[0])]
    write_truth(d, [doc(ORG, Y)], nodes, inds, fnd)
    write_readme(d, name, """
Portrait A4, Liberation Serif 9.4 pt, two pages; a ministry's objective forms monitored at the end of the first
year. Centred title (the ministry) and subtitle `Schede obiettivo 2024-2026 – Monitoraggio al 31 dicembre 2024`, a
paragraph mapping 1°/2°/3° ANNO to 2024/2025/2026 and defining GRADO DI REALIZZAZIONE. Each objective is a
rounded, framed BOX (never split by a page break). The form is HORIZONTAL: one row of small-caps labels
`DENOMINAZIONE CDR | TITOLARE DEL CDR | CODICE E DENOMINAZIONE OBIETTIVO` with the bold values UNDER them (`1.2.1 -
title`, hyphen separator); the CdR form is repeated in each of its objectives' boxes. Under it the indicator table
with a two-row header `INDICATORE | FORMULA | PESO | VALORE RAGGIUNTO | VALORE TARGET (1°ANNO | 2°ANNO | 3°ANNO) |
GRADO DI REALIZZAZIONE` — PESO is the THIRD column, bare (`40`); formulas in a monospaced font over measure codes;
VALORE RAGGIUNTO is the value at 31/12/2024 (`96,2%`, `38`, `52 gg`, `1.180`, `1,9`); GRADO the first-year
achievement (`95,3%`, `100%`). Footer `Schede obiettivo 2024-2026 – pag. n`. Truth: objectives `operational`,
parent null, `unit` = the CdR, owners = [titolare]; indicators `unit_org` = the CdR, weight raw `40`, results 2024
= VALORE RAGGIUNTO, achievement 2024 = GRADO, targets 2024/2025/2026; no baselines.
""", CHROMIUM.format(script=SCRIPT), [
        "horizontal form (labels as a header row, values beneath) inside a rounded frame",
        "column order with PESO third and GRADO DI REALIZZAZIONE filled (monitoring of the first year)",
        "code and title joined by ` - ` (hyphen) in the form value",
        "monospaced formulas; serif body; two-row header `VALORE TARGET` over `1°ANNO 2°ANNO 3°ANNO`",
        "achievements capped (`100%`) and partial (`95%`, `95,3%`, `83,3%`)",
    ], ["`target.declining` on `Tempo medio di rilascio della patente nautica` (objective 2.1.2, CdR Direzione "
        "generale per la navigazione interna e i porti lacuali): a time to reduce whose targets grow ≤ 20 gg, "
        "≤ 25 gg, ≤ 30 gg"])
    return name


if __name__ == "__main__":
    print(build())
