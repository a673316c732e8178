#!/usr/bin/python3
"""h9-form-chromium-1: objective forms + indicator tables of a regional agency, printed by Chromium.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, readme, vars_of, write_truth  # noqa: E402

NAME = "h9-form-chromium-1"
ORG = "Agenzia Regionale per la Mobilità Sostenibile dell'Alto Adriatico"
YEARS = [2026, 2027, 2028]
FAULT = "Titoli di viaggio integrati venduti"

CDRS = [
    ("Direzione Trasporto pubblico locale", "Ing. Roberta Visintin", [
        ("TPL.01", "Aumentare l'affidabilità del servizio di trasporto pubblico extraurbano", [
            ("40", "Corse extraurbane effettuate sul totale delle corse programmate", "CORSE_EFF / CORSE_PROGR x 100",
             "%", "98,7%", ["≥ 98%", "≥ 98,5%", "≥ 99%"], "100%"),
            ("35", "Reclami per disservizio ogni 100.000 km percorsi", "N_RECL / KM_PERC x 100000", "N.", "3,4",
             ["≤ 3,5", "≤ 3,2", "≤ 3,0"], "100%"),
            ("25", "Mezzi con sistema di localizzazione satellitare attivo", "MEZZI_AVM / MEZZI_TOT x 100", "%", "92%",
             ["≥ 95%", "≥ 97%", "≥ 99%"], "96,8%"),
        ]),
        ("TPL.02", "Integrare tariffe e titoli di viaggio tra servizi urbani ed extraurbani", [
            ("60", FAULT, "N_TIT_INTEGR", "N.", "46.200", ["≥ 50.000", "≥ 55.000", "≥ 60.000"], "100%"),
            ("40", "Rivendite abilitate alla vendita del titolo integrato", "N_RIVEND_ABIL", "N.", "184",
             ["≥ 150", "≥ 170", "≥ 190"], "100%"),
        ]),
    ]),
    ("Direzione Mobilità ciclistica e pedonale", "Arch. Stefano Dorigo", [
        ("MCP.01", "Completare la rete ciclabile regionale di interesse turistico", [
            ("70", "Percorsi ciclabili collaudati nell'anno", "KM_CICL_COLL", "km", "21,5 km",
             ["≥ 24 km", "≥ 30 km", "≥ 36 km"], "89,6%"),
            ("30", "Progetti esecutivi approvati entro il 30 settembre", "N_PROG_APPR", "N.", "5", ["≥ 5", "≥ 6", "≥ 6"],
             "100%"),
        ]),
        ("MCP.02", "Promuovere la mobilità casa-scuola sostenibile", [
            ("50", "Istituti scolastici aderenti al programma Pedibus", "N_IST_PEDIBUS", "N.", "38", ["≥ 35", "≥ 40", "≥ 45"],
             "100%"),
            ("50", "Tempo medio di erogazione dei contributi ai comuni", "GG_EROG / N_CONTRIB", "gg", "52 gg",
             ["≤ 45 gg", "≤ 40 gg", "≤ 40 gg"], "86,5%"),
        ]),
    ]),
]

CSS = """
body { font: 8.5pt "Liberation Sans"; color: #222; }
h1 { font-size: 12.5pt; margin: 0 0 1mm; color: #0b4f6c; } .sub { font-size: 9.5pt; margin: 0 0 1.5mm; }
.note { font-size: 7.5pt; font-style: italic; margin: 0 0 4mm; color: #444; }
section.cdr { page-break-after: always; }
section.cdr:last-child { page-break-after: auto; }
table.form { width: 100%; border-collapse: collapse; margin: 0 0 3mm; }
table.form td { border: 0.6pt solid #0b4f6c; padding: 1.4mm 2mm; }
table.form td.l { width: 32%; background: #0b4f6c; color: #fff; font-weight: bold; font-size: 7.5pt; letter-spacing: 0.2pt; }
table.form td.v { font-weight: bold; font-size: 9pt; }
table.ind { width: 100%; border-collapse: collapse; margin: 0 0 6mm; }
table.ind th { background: #d6e6ee; border: 0.5pt solid #7a9fb0; font-size: 7pt; padding: 1mm; }
table.ind td { border: 0.5pt solid #7a9fb0; padding: 1mm 1.2mm; vertical-align: top; }
td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; }
td.f { font-family: "Liberation Mono"; font-size: 7pt; }
"""


def main():
    d = case_dir(NAME)
    nodes, inds, secs = [], [], []
    head = ("<tr><th rowspan=2 style='width:6%'>PESO</th><th rowspan=2>INDICATORE</th><th rowspan=2 style='width:21%'>"
            "FORMULA</th><th rowspan=2 style='width:10%'>VALORE RAGGIUNTO</th><th colspan=3>VALORE TARGET</th>"
            "<th rowspan=2 style='width:11%'>GRADO DI REALIZZAZIONE</th></tr>"
            "<tr><th style='width:8%'>1°ANNO</th><th style='width:8%'>2°ANNO</th><th style='width:8%'>3°ANNO</th></tr>")
    for cdr, tit, objs in CDRS:
        s = ["<section class=\"cdr\">", "<table class=\"form\">",
             f"<tr><td class=\"l\">DENOMINAZIONE CDR</td><td class=\"v\">{esc(cdr)}</td></tr>",
             f"<tr><td class=\"l\">TITOLARE DEL CDR</td><td class=\"v\">{esc(tit)}</td></tr></table>"]
        for oc, ot, ks in objs:
            s.append("<table class=\"form\"><tr><td class=\"l\">CODICE E DENOMINAZIONE OBIETTIVO</td>"
                     f"<td>{esc(oc)} – {esc(ot)}</td></tr></table>")
            s.append("<table class=\"ind\">" + head)
            nodes.append(node(oc, "operational", ot, unit=cdr, owners=[tit]))
            for w, kn, kf, um, res, tg, grade in ks:
                s.append(f"<tr><td class=\"c\">{w}</td><td>{esc(kn)}</td><td class=\"f\">{esc(kf)}</td>"
                         f"<td class=\"r\">{esc(res)}</td>" + "".join(f"<td class=\"r\">{esc(t)}</td>" for t in tg) +
                         f"<td class=\"r\"><b>{grade}</b></td></tr>")
                inds.append(ind(kn, oc, unit=um, weight=w, formula=kf, variables=vars_of(kf), unit_org=cdr,
                                targets=list(zip(YEARS, tg)), results=[(2026, res)], achievement=[(2026, grade)]))
            s.append("</table>")
        s.append("</section>")
        secs.append("\n".join(s))
    body = (f"<h1>{esc(ORG)}</h1><div class=\"sub\">Piano della performance 2026-2028 – Monitoraggio al 31/12/2026: "
            "schede degli obiettivi dei centri di responsabilità</div>"
            "<div class=\"note\">VALORE TARGET 1°ANNO = 2026, 2°ANNO = 2027, 3°ANNO = 2028. Il VALORE RAGGIUNTO e il GRADO "
            "DI REALIZZAZIONE si riferiscono al 1°ANNO (2026); il grado è il rapporto tra valore raggiunto e target, o tra "
            "target e valore raggiunto per gli indicatori da contenere, fino al 100%. PESO in centesimi.</div>"
            + "\n".join(secs))
    html = html_page3(body, CSS, margin="15mm 13mm 17mm", bottom_center='"– " counter(page) " –"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    due = Decimal(46200) / Decimal(50000) * 100
    findings = [finding("achievement.mismatch", FAULT,
                        f"2026: result 46.200 against target ≥ 50.000 gives {due:.1f}%, but 100% is printed")]
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, findings)
    readme(d, NAME, "Family: **objective form + indicator table**", CHROMIUM.format(script="h9_form.py"), """
Portrait A4, Liberation Sans 8.5 pt, Chromium, two pages (one per centre of responsibility, forced break), page
number `– n –` at the foot. Title (the agency), subtitle `Piano della performance 2026-2028 – Monitoraggio al
31/12/2026 …`, an italic note mapping `1°ANNO = 2026 …`, saying VALORE RAGGIUNTO and GRADO DI REALIZZAZIONE refer to
2026 and that PESO is in hundredths. Per CdR ONE form (labels in white on petrol blue, stacked): `DENOMINAZIONE CDR`,
`TITOLARE DEL CDR`; then, for each of its objectives, a one-row form `CODICE E DENOMINAZIONE OBIETTIVO | TPL.01 –
<title>` (code and title in one cell, en dash) followed by the indicator table with a two-row header `PESO |
INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET (1°ANNO | 2°ANNO | 3°ANNO) | GRADO DI REALIZZAZIONE`. Bare
weights (`40`, `35`, `25`), indicators without codes, formulas over measure codes in monospace with `x 100`,
values with or without units (`21,5 km`, `52 gg`, `46.200`), achievements in bold (`100%`, `96,8%`). Truth:
objectives `operational`, parent null, `unit` = the CdR, owners = the titolare; indicators with `unit_org` = the CdR,
result and achievement 2026, targets 2026-2028.
""", [
        "input: `input.pdf`", "CdR form once per centre, objective form once per objective",
        "achievement column labelled GRADO DI REALIZZAZIONE with one decimal", "page break per CdR",
        "`x 100` in formulas", "weights as bare hundredths",
    ], [f"`achievement.mismatch` on `{FAULT}` (TPL.02): 2026 result 46.200 against `≥ 50.000` gives 92,4%, but `100%` "
        "is printed"])


if __name__ == "__main__":
    main()
