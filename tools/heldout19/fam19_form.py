#!/usr/bin/python3
"""h19-form-reportlab-1 (family: objective form + indicator table): an archaeological park's objective sheets for the
plan 2026-2028, a PDF written directly with reportlab. Portrait, DejaVu Serif Condensed 8 pt; ONE SCHEDA PER PAGE
(`SCHEDA OBIETTIVO n. 2 di 4`): the form as a label/value box (`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E
DENOMINAZIONE OBIETTIVO`), then the indicator table TRANSPOSED — one COLUMN per indicator (`INDICATORE 1 | 2 | 3`),
the form labels as ROWS (`PESO`, `INDICATORE`, `FORMULA`, `VALORE RAGGIUNTO`, `VALORE TARGET 1°ANNO`, `2°ANNO`,
`3°ANNO`, `GRADO DI REALIZZAZIONE`); weights bare (`40`); GRADO empty (a plan). One fault: target.operator
(`Laboratori didattici attivati`: `≥ 12`, `≥ 14`, `= 16`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (REPORTLAB, case_dir, doc, finding, ind, node, readme13, rl_fonts, vars11,  # noqa: E402
                      write_truth, xesc)

SCRIPT = "fam19_form.py"
NAME = "h19-form-reportlab-1"
ORG = "Parco Archeologico delle Colline Metaurensi"
YEARS = [2026, 2027, 2028]
FAULT = "Laboratori didattici attivati"
CDR_A = ("Servizio Valorizzazione e Fruizione", "dott.ssa Marta Ginestri")
CDR_B = ("Servizio Tutela e Conservazione", "arch. Davide Orsolini")
# scheda: (cdr, code, title, [(peso, name, unit, formula, valore raggiunto, [t1, t2, t3])])
SCHEDE = [
    (CDR_A, "OB.1.1", "Ampliare l'accessibilità fisica e cognitiva delle aree archeologiche", [
        ("40", "Percorsi di visita accessibili a persone con disabilità motoria", "%", "PERC_acc / PERC_tot x 100",
         "45%", ["≥ 55%", "≥ 65%", "≥ 75%"]),
        ("35", "Contenuti multimediali in lingua dei segni e con audiodescrizione", "N.", "CONT_LIS + CONT_AD", "6",
         ["≥ 10", "≥ 14", "≥ 18"]),
        ("25", "Visitatori con disabilità accolti con servizio di accompagnamento", "N.", "VIS_dis_acc", "1.830",
         ["≥ 2.000", "≥ 2.200", "≥ 2.400"])]),
    (CDR_A, "OB.1.2", "Incrementare la fruizione del parco da parte delle scuole", [
        ("60", "Classi in visita didattica nell'anno", "N.", "CLASSI_vis", "412", ["≥ 450", "≥ 480", "≥ 500"]),
        ("40", FAULT, "N.", "LAB_att", "11", ["≥ 12", "≥ 14", "= 16"])]),
    (CDR_B, "OB.2.1", "Ridurre il degrado delle strutture murarie esposte", [
        ("50", "Superficie muraria consolidata nell'anno", "mq", "MQ_cons", "2.150 mq",
         ["≥ 2.500 mq", "≥ 3.000 mq", "≥ 3.500 mq"]),
        ("50", "Tempo medio di intervento dopo una segnalazione di crollo", "gg", "GG_interv / N_segn", "21 gg",
         ["≤ 15 gg", "≤ 12 gg", "≤ 10 gg"])]),
    (CDR_B, "OB.2.2", "Completare la catalogazione dei reperti conservati nei depositi", [
        ("100", "Reperti catalogati nel sistema informativo nazionale sul totale dei reperti inventariati", "%",
         "REP_cat / REP_inv x 100", "58%", ["≥ 66%", "≥ 74%", "≥ 82%"])]),
]
LABELS = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "VALORE TARGET 2°ANNO",
          "VALORE TARGET 3°ANNO", "GRADO DI REALIZZAZIONE"]


def build():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_fonts()
    d = case_dir(NAME)
    out = os.path.join(d, "input.pdf")
    cell = ParagraphStyle("c", fontName="DVSerC", fontSize=8, leading=10)
    lab = ParagraphStyle("l", parent=cell, fontName="DVSerC-B", fontSize=7, leading=9, textColor="#3d3d3d")
    big = ParagraphStyle("b", parent=cell, fontName="DVSerC-B", fontSize=9.5, leading=12)
    title = ParagraphStyle("t", fontName="DVSerC-B", fontSize=13, leading=16)
    sub = ParagraphStyle("s", fontName="DVSerC", fontSize=9.5, leading=12)
    num = ParagraphStyle("n", parent=cell, fontName="DVSerC-B", fontSize=8.5, alignment=TA_RIGHT)
    note = ParagraphStyle("o", parent=cell, fontName="DVSerC-I", fontSize=7, leading=9)

    def P(s, st=cell):
        return Paragraph(xesc(s), st)

    story = [P(ORG, title), P("Piano della performance 2026-2028 – Schede degli obiettivi dei centri di "
                              "responsabilità", sub), Spacer(1, 5 * mm)]
    nodes, inds, W = [], [], 182 * mm
    for k, ((cdr, tit), code, otitle, rows) in enumerate(SCHEDE, 1):
        if k > 1:
            story.append(PageBreak())
        story += [P(f"SCHEDA OBIETTIVO n. {k} di {len(SCHEDE)}", num), Spacer(1, 2 * mm)]
        form = Table([[P("DENOMINAZIONE CDR", lab), P(cdr, big)], [P("TITOLARE DEL CDR", lab), P(tit)],
                      [P("CODICE E DENOMINAZIONE OBIETTIVO", lab), P(f"{code} – {otitle}", big)]],
                     colWidths=[52 * mm, W - 52 * mm])
        form.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                  ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                                  ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e2da")),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        nodes.append(node(code, "operational", otitle, owners=[tit], unit=cdr))
        n = len(rows)
        data = [[P("", lab)] + [P(f"INDICATORE {j}", lab) for j in range(1, n + 1)]]
        cols = []
        for peso, iname, um, frm, vr, tg in rows:
            cols.append([peso, iname, frm, vr] + tg + [""])
            inds.append(ind(iname, code, unit=um, weight=peso, formula=frm, variables=vars11(frm),
                            baselines=[(2025, vr)], targets=list(zip(YEARS, tg)), unit_org=cdr))
        for li, label in enumerate(LABELS):
            data.append([P(label, lab)] + [P(c[li]) for c in cols])
        cw = (W - 44 * mm) / n
        t = Table(data, colWidths=[44 * mm] + [cw] * n)
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e2da")),
                               ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#e6e2da")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [form, Spacer(1, 5 * mm), P("INDICATORI", lab), Spacer(1, 1.5 * mm), t, Spacer(1, 4 * mm),
                  P("VALORE RAGGIUNTO: valore al 31/12/2025. VALORE TARGET 1°ANNO, 2°ANNO, 3°ANNO: 2026, 2027, 2028. "
                    "PESO: peso dell'indicatore nell'obiettivo (totale 100). GRADO DI REALIZZAZIONE: compilato in "
                    "sede di relazione.", note)]

    def header(canvas, _doc):
        canvas.saveState()
        canvas.setFont("DVSerC-I", 7)
        canvas.drawString(14 * mm, 289 * mm, ORG + " – Piano della performance 2026-2028")
        canvas.drawRightString(196 * mm, 8 * mm, f"{canvas.getPageNumber()}")
        canvas.restoreState()

    SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm,
                      bottomMargin=14 * mm, title="Schede obiettivo 2026-2028").build(
        story, onFirstPage=header, onLaterPages=header)
    f = finding("target.operator", FAULT, "targets >= 12 (2026), >= 14 (2027), then = 16 (2028): the operator "
                "changes in the last year", unit=CDR_A[0])
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings=[f])
    readme13(d, NAME, "objective form + indicator table (kind unknown)", REPORTLAB.format(script=SCRIPT), """
Portrait A4, DejaVu Serif Condensed 8 pt, written directly with reportlab; a running header (park and plan) and a
page number drawn on the canvas. ONE SCHEDA PER PAGE, numbered `SCHEDA OBIETTIVO n. 2 di 4` at the right. The form
is a boxed label/value grid with grey label cells: `DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE
OBIETTIVO` (`OB.1.2 – title`). The indicator table is TRANSPOSED: one COLUMN per indicator (`INDICATORE 1`,
`INDICATORE 2`, …), the classic headers as ROW labels: `PESO` (bare `40`), `INDICATORE`, `FORMULA` (over measure
codes), `VALORE RAGGIUNTO`, `VALORE TARGET 1°ANNO`, `VALORE TARGET 2°ANNO`, `VALORE TARGET 3°ANNO`, `GRADO DI
REALIZZAZIONE` (empty: a plan). A note under each table maps VALORE RAGGIUNTO to 31/12/2025 and the three target
years to 2026-2028. Two CdR with two schede each. Truth: one `operational` node per scheda with `unit` = CdR,
owners = [titolare], parent null; indicators with `unit_org` = CdR, weight raw `40`, baseline 2025 = VALORE
RAGGIUNTO, targets 2026-2028.
""", ["one scheda per page", "indicator table TRANSPOSED: indicators as columns, form headers as row labels",
      "form as a boxed label/value grid", "years only in a note (1°/2°/3° ANNO → 2026/2027/2028)",
      "empty GRADO DI REALIZZAZIONE row", "units inside values (`2.150 mq`, `21 gg`)", "serif condensed 8 pt"],
     ["weights 40 + 35 + 25, 60 + 40, 50 + 50, 100: 100 per scheda (bare numbers, no %)",
      "`≤ 15 gg / ≤ 12 gg / ≤ 10 gg`: lower-is-better targets going down",
      "the empty GRADO DI REALIZZAZIONE row is not a missing target (the plan has no results yet)",
      "`CONT_LIS + CONT_AD`: a sum, not an incomplete formula"],
     [f"`target.operator` on `{FAULT}` (OB.1.2): `≥ 12`, `≥ 14`, then `= 16` in the third year"])
    return NAME


if __name__ == "__main__":
    print(build())
