#!/usr/bin/python3
"""h17-form-chromium-1: a region's objective forms for 2026-2028 (objective form + indicator table), printed by
Chromium. Portrait, Liberation Sans 8.5 pt. Per CdR a form block with labels in SMALL CAPS on the left
(`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`), then per objective a row `CODICE E DENOMINAZIONE OBIETTIVO` and its table
`PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`;
weights bare `40`; VALORE RAGGIUNTO = value reached in 2025; GRADO empty (`–`) in a plan. Clean. Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme17,  # noqa: E402
                      vars11, write_truth)

SCRIPT = "h17_form.py"
ORG = "Regione Marca Orientale"
YEARS = [2026, 2027, 2028]

# CdR (name, holder) -> objectives (code, title) -> indicators (weight, name, formula, unit, reached, [t1, t2, t3])
CDRS = [
    ("Direzione Agricoltura e sviluppo rurale", "dott. Enrico Sabbatini", [
        ("04.01", "Accelerare i pagamenti del programma di sviluppo rurale", [
            ("40", "Domande di pagamento liquidate entro 90 giorni", "DOM_LIQ_90 / DOM_PRES * 100", "%", "72%",
             [">= 75%", ">= 80%", ">= 85%"]),
            ("35", "Spesa certificata sul programmato annuo", "SPESA_CERT / SPESA_PROGR * 100", "%", "88%",
             [">= 90%", ">= 92%", ">= 95%"]),
            ("25", "Controlli in loco conclusi entro l'anno", "CTRL_CONCL / CTRL_CAMP * 100", "%", "94%",
             [">= 95%", ">= 95%", ">= 95%"])]),
        ("04.02", "Ridurre i tempi delle autorizzazioni fitosanitarie", [
            ("100", "Tempo medio di rilascio dell'autorizzazione", "GG_TOT_RIL / AUT_RIL", "gg", "41 gg",
             ["<= 35 gg", "<= 30 gg", "<= 30 gg"])])]),
    ("Direzione Turismo, cultura e sport", "dott.ssa Chiara Mancinelli", [
        ("07.01", "Qualificare l'offerta dei musei regionali", [
            ("50", "Visitatori dei musei del sistema regionale", "VIS_MUSEI", "N.", "412.500",
             [">= 420.000", ">= 440.000", ">= 460.000"]),
            ("50", "Musei con catalogo digitale pubblicato", "MUS_CAT_DIG / MUS_TOT * 100", "%", "46%",
             [">= 55%", ">= 65%", ">= 75%"])]),
        ("07.02", "Sostenere gli eventi sportivi di rilievo internazionale", [
            ("70", "Contributi concessi entro 60 giorni dalla domanda", "CONTR_60 / CONTR_TOT * 100", "%", "n.d.",
             [">= 80%", ">= 85%", ">= 90%"]),
            ("30", "Rendicontazione degli eventi finanziati", "REND_PERV / EVENTI_FIN * 100", "%", "100%",
             ["= 100%", "= 100%", "= 100%"])])]),
]

CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; color: #000; }
h1 { font-size: 13pt; margin: 0; } p.sub { margin: 1mm 0 5mm 0; }
table.form { border-collapse: collapse; width: 100%; margin-top: 6mm; }
table.form td { border: 1pt solid #000; padding: 3pt 4pt; }
td.lab { font-variant: small-caps; font-weight: bold; width: 52mm; background: #eaeaea; }
table.ind { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 2mm 0; }
table.ind th { border: 0.6pt solid #000; background: #f4f4f4; font-size: 7pt; padding: 2pt; }
table.ind td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
td.c { text-align: center; } .obj { page-break-inside: avoid; }"""


def build():
    name = "h17-form-chromium-1"
    nodes, inds = [], []
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano della performance 2026-2028 – Allegato C: schede degli obiettivi dei centri di "
            "responsabilità</p>"]
    cols = ("<colgroup><col style='width:8%'><col style='width:22%'><col style='width:20%'><col style='width:10%'>"
            "<col style='width:9%'><col style='width:9%'><col style='width:9%'><col style='width:13%'></colgroup>")
    head = ("<tr><th>PESO</th><th>INDICATORE</th><th>FORMULA</th><th>VALORE RAGGIUNTO</th>"
            "<th>VALORE TARGET 1°ANNO</th><th>VALORE TARGET 2°ANNO</th><th>VALORE TARGET 3°ANNO</th>"
            "<th>GRADO DI REALIZZAZIONE</th></tr>")
    for cdr, holder, objs in CDRS:
        nodes.append(node(None, "unit", cdr, owners=[holder]))
        body.append(f"<table class=form><tr><td class=lab>Denominazione CdR</td><td>{esc(cdr)}</td></tr>"
                    f"<tr><td class=lab>Titolare del CdR</td><td>{esc(holder)}</td></tr></table>")
        for ocode, otitle, ilist in objs:
            nodes.append(node(ocode, "operational", otitle, unit=cdr, owners=[holder]))
            rows = []
            for w, iname, frm, unit, reached, tg in ilist:
                rows.append(f"<tr><td class=c>{w}</td><td>{esc(iname)}</td><td>{esc(frm)}</td>"
                            f"<td class=c>{esc(reached)}</td>" + "".join(f"<td class=c>{esc(t)}</td>" for t in tg) +
                            "<td class=c>–</td></tr>")
                inds.append(ind(iname, ocode, unit=unit, weight=w, formula=frm, variables=vars11(frm),
                                unit_org=cdr, baselines=[(2025, reached)], targets=list(zip(YEARS, tg))))
            body.append("<div class=obj><table class=form style='margin-top:2mm'><tr><td class=lab>Codice e "
                        f"denominazione obiettivo</td><td><b>{ocode}</b> {esc(otitle)}</td></tr></table>"
                        f"<table class=ind>{cols}{head}{''.join(rows)}</table></div>")
    body.append("<p style='font-size:7.5pt'>VALORE RAGGIUNTO: valore conseguito al 31/12/2025. Il GRADO DI "
                "REALIZZAZIONE sarà compilato in sede di monitoraggio. I pesi sono espressi in centesimi "
                "all'interno di ciascun obiettivo.</p>")
    h = html_page3("\n".join(body), CSS, margin="16mm 14mm 16mm 14mm",
                   top_left=q(ORG + " – Piano della performance 2026-2028"),
                   bottom_right=q("Allegato C – pag. ") + " counter(page)", hf_font='7pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds)
    readme17(d, name, "objective form + indicator table", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Sans 8.5 pt; running header with the region and plan, footer `Allegato C – pag. n`. For each
centre a two-row FORM (labels in bold small capitals in a grey left column: `Denominazione CdR`, `Titolare del CdR`),
then for each of its objectives a one-row form `Codice e denominazione obiettivo` (`04.01` in bold + title) and a
fully ruled indicator table `PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | VALORE TARGET
2°ANNO | VALORE TARGET 3°ANNO | GRADO DI REALIZZAZIONE` (header repeated for each objective; GRADO printed `–`).
Objectives are kept whole across page breaks. A closing note: VALORE RAGGIUNTO is the value at 31/12/2025 and weights
are hundredths within the objective. Truth: one `unit` node per CdR (owners = titolare), objectives `operational` with
`unit` = CdR and parent null (owners = titolare); indicators with bare weights (`40`), `unit_org` = CdR, baseline
year 2025 = VALORE RAGGIUNTO; 1°/2°/3° anno = 2026/2027/2028; the `–` grade is not an achievement.
""", ["labels in small caps (rendered as capitals of two sizes)", "weights as bare integers within the objective",
      "code and title in one cell, code bold", "GRADO column present but empty (`–`)", "`>=` / `<=` / `=`"],
     ["bare weights 40 + 35 + 25, 50 + 50, 70 + 30 and a single `100` = 100 within each objective",
      "objectives without weight (only indicators are weighed)", "`<= 35 / 30 / 30 gg` going down then flat",
      "`= 100%` three years and `>= 95%` three years: flat targets", "`n.d.` reached value",
      "GRADO DI REALIZZAZIONE `–` in a plan: not a zero achievement"], [])
    return name


if __name__ == "__main__":
    print(build())
