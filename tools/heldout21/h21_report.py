#!/usr/bin/python3
"""h21-report-reportlab-1: performance report 2025 of a university hospital, PDF written with reportlab. One fault:
achievement.rollup.

A LEGACY PRINTOUT look: DejaVu Sans Mono 7.4 pt, landscape, UPPERCASE headers, DASHED horizontal rules only, no
fill. One table `CODICE | DESCRIZIONE | PESO | ATTESO 2025 | RILEVATO 2025 | SCOST. | GRADO % | ●` for areas,
objectives and indicators (level told by the code length and by indentation); a signed `SCOST.` (result minus
target) column next to the grade; a drawn traffic-light DOT (no text) in the last column; the responsible unit on a
`Resp.:` line under the objective title. Grades: indicator = result vs target capped at 100; objective and area =
weighted means of the printed grades below. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (REPORTLAB, capped, case_dir21, doc, dpct, finding, ind, node, readme13, rl_esc,  # noqa: E402
                      rl_fonts, rnd, write_truth)

NAME = "h21-report-reportlab-1"
ORG = "Azienda Ospedaliero-Universitaria Santa Maria della Scala di Rivalta"
YEAR = 2025

# areas: (code, title, weight, [objectives]); objective: (code, title, weight, owner, [indicators], printed_override)
# indicator: (code, name, weight, unit, target, result, (kind, t, r) for the grade, scost)
AREAS = [
    ("A01", "ASSISTENZA E PERCORSI CLINICI", "40%", [
        ("A01.01", "Ridurre le attese per gli interventi chirurgici oncologici", "50%",
         "UOC Direzione medica di presidio", [
             ("A01.01.1", "Interventi per tumore della mammella entro 30 giorni", "60%", "%", "≥ 90%", "86,4%",
              ("ge", "90", "86.4"), "-3,6"),
             ("A01.01.2", "Interventi per tumore del colon entro 30 giorni", "40%", "%", "≥ 90%", "93,1%",
              ("ge", "90", "93.1"), "+3,1"),
         ], None),
        ("A01.02", "Appropriatezza e sicurezza dei percorsi assistenziali", "50%", "UOC Risk management e qualità", [
            ("A01.02.1", "Parti cesarei primari sul totale dei parti", "50%", "%", "≤ 20%", "22,5%",
             ("le", "20", "22.5"), "+2,5"),
            ("A01.02.2", "Adesione alla checklist di sala operatoria", "50%", "%", "≥ 95%", "97,8%",
             ("ge", "95", "97.8"), "+2,8"),
        ], None),
    ]),
    ("A02", "DIDATTICA, RICERCA E INNOVAZIONE", "30%", [
        ("A02.01", "Integrare assistenza e ricerca clinica", "60%", "UOC Ricerca clinica e Clinical Trial Center", [
            ("A02.01.1", "Studi clinici attivati nell'anno", "50%", "N.", "≥ 40", "46", ("ge", "40", "46"), "+6"),
            ("A02.01.2", "Tempo medio di stipula dei contratti per studi profit", "50%", "gg", "≤ 60 gg", "75 gg",
             ("le", "60", "75"), "+15 gg"),
        ], "96.50"),
        ("A02.02", "Formazione specialistica nella rete formativa", "40%",
         "UO Formazione e rapporti con l'Università", [
             ("A02.02.1", "Specializzandi inseriti nella rete formativa regionale", "100%", "%", "= 100%", "100%",
              ("ge", "100", "100"), "0,0"),
         ], None),
    ]),
    ("A03", "SOSTENIBILITÀ E ORGANIZZAZIONE", "30%", [
        ("A03.01", "Equilibrio economico e tempestività dei pagamenti", "50%", "UOC Gestione economico-finanziaria", [
            ("A03.01.1", "Indicatore annuale di tempestività dei pagamenti", "50%", "gg", "≤ 0 gg", "-4 gg",
             ("le", "0", "-4"), "-4 gg"),
            ("A03.01.2", "Approvazione del bilancio di esercizio 2024", "50%", "date", "entro il 30/04/2025",
             "28/04/2025", ("met", None, None), "–"),
        ], None),
        ("A03.02", "Digitalizzazione della documentazione clinica", "50%", "UOC Sistemi informativi aziendali", [
            ("A03.02.1", "Reparti con cartella clinica elettronica attiva", "70%", "%", "≥ 80%", "72%",
             ("ge", "80", "72"), "-8,0"),
            ("A03.02.2", "Firma digitale dei referti di anatomia patologica", "30%", "text", "SI", "SI",
             ("met", None, None), "–"),
        ], None),
    ]),
]


def grade(g):
    kind, t, r = g
    if kind == "met":
        return Decimal(100)
    return rnd(capped(Decimal(r), Decimal(t), kind), 2)


def wmean(pairs):
    return rnd(sum(Decimal(w.rstrip("%")) * v for w, v in pairs) / 100, 2)


def dot(val):
    from reportlab.graphics.shapes import Circle, Drawing
    from reportlab.lib import colors
    col = colors.HexColor("#2e8b3a") if val >= 95 else colors.HexColor("#e0a800") if val >= 85 else \
        colors.HexColor("#c62828")
    dr = Drawing(8, 8)
    dr.add(Circle(4, 4, 3.2, fillColor=col, strokeColor=colors.black, strokeWidth=0.3))
    return dr


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_fonts()
    d = case_dir21(NAME)
    base = ParagraphStyle("b", fontName="Mono", fontSize=7.4, leading=9)
    bold = ParagraphStyle("bb", parent=base, fontName="Mono-Bold")
    P = lambda s, st=base, ind_=0: Paragraph(rl_esc(s), ParagraphStyle("x", parent=st, leftIndent=ind_))  # noqa
    R = lambda s, st=base: Paragraph(rl_esc(s), ParagraphStyle("r", parent=st, alignment=2))  # noqa
    head = ["CODICE", "DESCRIZIONE", "PESO", "ATTESO 2025", "RILEVATO 2025", "SCOST.", "GRADO %", ""]
    data = [[P(h, bold) for h in head]]
    styles = []
    nodes, inds, area_grades = [], [], []
    for acode, atitle, aw, objs in AREAS:
        arow = len(data)
        data.append(None)
        obj_grades = []
        for ocode, otitle, ow, owner, kpis, override in objs:
            orow = len(data)
            data.append(None)
            kg = []
            for kcode, kname, kw, unit, tg, res, g, sc in kpis:
                gv = grade(g)
                kg.append((kw, gv))
                inds.append(ind(kname, ocode, code=kcode, unit=unit, weight=kw, targets=[(YEAR, tg)],
                                results=[(YEAR, res)], achievement=[(YEAR, dpct(gv))], owners=[]))
                data.append([P(kcode), P(kname, ind_=14), R(kw), R(tg), R(res), R(sc), R(dpct(gv)), dot(gv)])
                styles.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.3, colors.grey, None,
                               (1, 2)))
            og = Decimal(override) if override else wmean(kg)
            obj_grades.append((ow, og))
            nodes.append(node(ocode, "strategic", otitle, acode, ow, achievement=[(YEAR, dpct(og))],
                              owners=[owner]))
            cell = Paragraph(rl_esc(otitle) + "<br/>" + rl_esc("Resp.: " + owner),
                             ParagraphStyle("o", parent=bold, leftIndent=6))
            data[orow] = [P(ocode, bold), cell, R(ow, bold), "", "", "", R(dpct(og), bold), dot(og)]
        ag = wmean(obj_grades)
        area_grades.append((aw, ag))
        nodes.append(node(acode, "area", atitle, None, aw, achievement=[(YEAR, dpct(ag))]))
        data[arow] = [P(acode, bold), P(atitle, bold), R(aw, bold), "", "", "", R(dpct(ag), bold), dot(ag)]
        styles.append(("LINEABOVE", (0, arow), (-1, arow), 0.9, colors.black, None, (4, 2)))
    total = wmean(area_grades)
    data.append([P(""), P("GRADO COMPLESSIVO DI RAGGIUNGIMENTO AZIENDALE", bold), "", "", "", "",
                 R(dpct(total), bold), dot(total)])
    styles.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.9, colors.black, None, (4, 2)))
    # move the area/objective nodes into document order (area first)
    order = [a[0] for a in AREAS]
    nodes.sort(key=lambda n: (order.index(n["code"][:3]), len(n["code"]), n["code"]))
    widths_mm = [22, 112, 14, 30, 28, 20, 20, 8]
    t = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black, None, (4, 2)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black, None, (4, 2)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black, None, (4, 2)),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ] + styles))

    def deco(canv, docu):
        canv.saveState()
        canv.setFont("Mono", 7)
        w, h = landscape(A4)
        canv.drawString(14 * mm, h - 10 * mm, ORG.upper())
        canv.drawRightString(w - 14 * mm, h - 10 * mm, "RELAZIONE SULLA PERFORMANCE 2025 - ALL. 3")
        canv.drawString(14 * mm, 8 * mm, "STAMPA DEL 12/05/2026 - PROC. PERF-REL")
        canv.drawRightString(w - 14 * mm, 8 * mm, f"PAG. {docu.page:3d}")
        canv.restoreState()

    pdf = os.path.join(d, "input.pdf")
    docu = SimpleDocTemplate(pdf, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                             topMargin=16 * mm, bottomMargin=14 * mm, title="Relazione sulla performance 2025")
    title = ParagraphStyle("t", parent=bold, fontSize=9.5, leading=12)
    story = [Paragraph(rl_esc("RENDICONTAZIONE DEGLI OBIETTIVI ASSEGNATI - ANNO 2025"), title),
             Paragraph(rl_esc("Grado di raggiungimento degli indicatori, degli obiettivi e delle aree strategiche"),
                       base), Spacer(1, 5), t, Spacer(1, 6),
             Paragraph(rl_esc("NOTE: GRADO % = RILEVATO / ATTESO (ATTESO / RILEVATO per gli indicatori con target "
                              "massimo), con limite del 100%; obiettivi e aree: media ponderata dei gradi "
                              "sottostanti. SCOST. = RILEVATO - ATTESO. Il pallino indica: verde >= 95%, giallo "
                              ">= 85%, rosso < 85%."), base)]
    docu.build(story, onFirstPage=deco, onLaterPages=deco)
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds,
                [finding("achievement.rollup", "A02.01",
                         "A02.01 prints 96,50%; the weighted mean of its indicators 100,00% (50%) and 80,00% "
                         "(50%) is 90,00%")])
    readme13(
        d, NAME, "report", REPORTLAB.format(script="h21_report.py"),
        "Landscape A4 in DejaVu Sans Mono 7.4 pt, looking like a legacy information-system printout: uppercase "
        "running header and footer (`STAMPA DEL …`, `PAG.   1`), title, then ONE table `CODICE | DESCRIZIONE | "
        "PESO | ATTESO 2025 | RILEVATO 2025 | SCOST. | GRADO % | ●` with dashed rules only (thick dashed above "
        "areas, fine dotted under indicator rows), no verticals, no fill. Areas `A01` (uppercase titles), "
        "objectives `A01.01` (bold, with a `Resp.:` line under the title), indicators `A01.01.1` (indented). "
        "The last column is a DRAWN dot (green/amber/red), not text. A closing `GRADO COMPLESSIVO` row and a note. "
        "Truth: areas `area`, objectives `strategic` (owners = the `Resp.:` unit), indicators with weight, target, "
        "result and achievement 2025; objective and area achievements as printed; the overall grade and `SCOST.` "
        "are not entities.",
        ["monospace legacy-printout look, uppercase headers, dashed / dotted rules only",
         "a signed deviation column `SCOST.` between result and grade (`-3,6`, `+15 gg`)",
         "traffic-light dot drawn as a shape in the last column (no text)",
         "responsible unit as a `Resp.:` second line inside the objective cell",
         "levels told only by code length, weight and indentation"],
        ["grades capped at 100% (`93,1%` vs `≥ 90%`, `46` vs `≥ 40`, `97,8%` vs `≥ 95%`)",
         "`≤ 0 gg` met by `-4 gg` (negative = paid early) → 100,00%",
         "`≤ 20%` missed with `22,5%` → 20 / 22,5 = 88,89% (inverse ratio for a maximum target)",
         "date target `entro il 30/04/2025` met on `28/04/2025`; `SI` met by `SI`",
         "area A01 96,03% = 50% × 97,60% + 50% × 94,45% (weighted mean of printed objective grades)",
         "area A02 97,90% uses the printed 96,50% of A02.01 (so only the objective row is wrong)",
         "negative `SCOST.` on rows that still reach 100% (lower-is-better indicators)"],
        ["`achievement.rollup` on `A02.01` (Integrare assistenza e ricerca clinica): printed 96,50%, while the "
         "weighted mean of its indicators (100,00% and 80,00%, 50% each) is 90,00%"])


if __name__ == "__main__":
    build()
