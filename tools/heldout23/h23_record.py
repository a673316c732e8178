#!/usr/bin/python3
"""h23-record-reportlab-1: record blocks (family) of a ministry foundation's Nota integrativa 2026-2028, a PDF written
directly with reportlab. Each objective is a CARD: a dark strip `OBIETTIVO n DI N`, then a 4-column grid of cells
where each cell holds its LABEL ABOVE ITS VALUE (small grey caption, value underneath). Each indicator is a block of
the same kind under a light strip `Indicatore n.k`. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (REPORTLAB, case_dir23, doc, ind, node, readme13, rl_esc, rl_fonts, vars11,  # noqa: E402
                      write_truth)

SCRIPT = "h23_record.py"
NAME = "h23-record-reportlab-1"
ORG = "Fondazione Scuola Nazionale dei Mestieri del Patrimonio Culturale"
YEARS = [2026, 2027, 2028]
UNIT = {"Percentuale": "%", "Numero": "N.", "Giorni": "gg"}

MIS = {"021": "021 – Tutela e valorizzazione dei beni e attività culturali e paesaggistici",
       "032": "032 – Servizi istituzionali e generali delle amministrazioni pubbliche"}
PRO = {"010": "010 – Formazione e ricerca per il patrimonio culturale",
       "003": "003 – Servizi e affari generali per le amministrazioni di competenza"}

# code, title, mission, programme, structure, resources, indicators
# indicator: name, type, unit, weight, formula, baseline, [t1, t2, t3]
OBJ = [
    ("OBS-01", "Ampliare l'offerta di alta formazione per tecnici e restauratori di beni culturali", "021", "010",
     "Direzione didattica", "€ 2.418.300,00", [
         ("Allievi diplomati nei corsi triennali sul totale degli iscritti al terzo anno",
          "Indicatore di risultato (output)", "Percentuale", "33,33%", "ALL_dipl / ALL_iscr3 x 100", "88,4%",
          ["maggiore o uguale a 89%", "maggiore o uguale a 90%", "maggiore o uguale a 91%"]),
         ("Ore di laboratorio pratico erogate agli allievi", "Indicatore di realizzazione fisica", "Numero",
          "33,33%", "ORE_lab_prev + ORE_lab_rest", "12.640", [">= 13.000", ">= 13.500", ">= 14.000"]),
         ("Tempo medio di pubblicazione degli esiti delle prove di ammissione", "Indicatore di efficienza", "Giorni",
          "33,34%", "GG_pubbl_tot / N_prove", "34",
          ["minore o uguale a 30", "minore o uguale a 25", "minore o uguale a 20"])]),
    ("OBS-02", "Rafforzare i cantieri-scuola presso i luoghi della cultura statali", "021", "010",
     "Direzione cantieri e laboratori", "€ 1.136.750,00", [
         ("Cantieri-scuola attivati presso istituti e luoghi della cultura", "Indicatore di realizzazione fisica",
          "Numero", "50%", "N_cant_att", "n.d.",
          ["maggiore o uguale a 6", "maggiore o uguale a 8", "maggiore o uguale a 10"]),
         ("Beni restaurati nei cantieri-scuola con scheda conservativa pubblicata", "Indicatore di risultato (output)",
          "Percentuale", "50%", "BENI_sch_pubbl / BENI_rest x 100", "100%",
          ["pari a 100%", "pari a 100%", "pari a 100%"])]),
    ("OBS-03", "Assicurare la tempestività dei pagamenti e la trasparenza dei dati amministrativi", "032", "003",
     "Servizio amministrazione e bilancio", "€ 214.900,00", [
         ("Indicatore di tempestività dei pagamenti", "Indicatore di efficienza", "Giorni", "100%",
          "SUM(GG_ritardo x IMP_fatt) / SUM(IMP_fatt)", "2",
          ["minore o uguale a 0", "minore o uguale a 0", "minore o uguale a 0"])]),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_fonts()
    val = ParagraphStyle("v", fontName="DVC", fontSize=8.2, leading=10)
    strip = ParagraphStyle("s", fontName="DVC-B", fontSize=8.5, leading=10.5, textColor=colors.white)
    strip2 = ParagraphStyle("s2", fontName="DVC-B", fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName="DVS-B", fontSize=13, leading=16)
    h2 = ParagraphStyle("h2", fontName="DVS", fontSize=9.5, leading=12)
    note = ParagraphStyle("n", fontName="DVS-I", fontSize=7.5, leading=9.5)

    def F(label, value):
        return Paragraph(f'<font name="DVC" size="6" color="#6b6b6b">{rl_esc(label.upper())}</font><br/>'
                         f'{rl_esc(value)}', val)

    W = [44 * mm, 44 * mm, 44 * mm, 44 * mm]
    base = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    story = [Paragraph(rl_esc(ORG), h1),
             Paragraph("Nota integrativa al bilancio di previsione 2026 – Obiettivi e indicatori per il triennio "
                       "2026-2028", h2), Spacer(1, 2 * mm),
             Paragraph("Primo anno = 2026, secondo anno = 2027, terzo anno = 2028. Il target conseguito "
                       "nell'esercizio precedente è il valore rilevato al 31.12.2025.", note), Spacer(1, 5 * mm)]
    nodes, inds = [], []
    for k, (code, title, mis, pro, struct, res, ilist) in enumerate(OBJ, 1):
        rows = [[Paragraph(f"OBIETTIVO {k} DI {len(OBJ)}", strip), "", "", ""],
                [F("Codice", code), F("Denominazione obiettivo", title), "", ""],
                [F("Missione", MIS[mis]), "", F("Programma", PRO[pro]), ""],
                [F("Struttura responsabile", struct), "", F("Risorse a preventivo primo anno", res), ""]]
        st = base + [("SPAN", (0, 0), (3, 0)), ("BACKGROUND", (0, 0), (3, 0), colors.HexColor("#33475b")),
                     ("SPAN", (1, 1), (3, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (2, 2), (3, 2)),
                     ("SPAN", (0, 3), (1, 3)), ("SPAN", (2, 3), (3, 3))]
        t = Table(rows, colWidths=W)
        t.setStyle(TableStyle(st))
        story += [t, Spacer(1, 2.5 * mm)]
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=pro, owners=[struct]))
        for j, (iname, typ, um, w, frm, bl, tg) in enumerate(ilist, 1):
            rows = [[Paragraph(f"Indicatore {k}.{j}", strip2), "", "", ""],
                    [F("Descrizione indicatore", iname), "", "", ""],
                    [F("Tipologia", typ), "", F("Unità di misura", um), F("Peso indicatore", w)],
                    [F("Algoritmo di calcolo", frm), "", "", ""],
                    [F("Target conseguito nell'esercizio precedente", bl), F("Target primo anno", tg[0]),
                     F("Target secondo anno", tg[1]), F("Target terzo anno", tg[2])]]
            st = base + [("SPAN", (0, 0), (3, 0)), ("BACKGROUND", (0, 0), (3, 0), colors.HexColor("#dfe6ec")),
                         ("SPAN", (0, 1), (3, 1)), ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (3, 3))]
            t = Table(rows, colWidths=[W[0] - 8 * mm] + W[1:], hAlign="RIGHT")
            t.setStyle(TableStyle(st))
            story += [t, Spacer(1, 2 * mm)]
            inds.append(ind(iname, code, unit=UNIT[um], type=typ, weight=w, formula=frm, variables=vars11(frm),
                            baselines=[(2025, bl)], targets=list(zip(YEARS, tg))))
        story.append(Spacer(1, 4 * mm))

    def foot(canvas, docu):
        canvas.saveState()
        canvas.setFont("DVS-I", 7)
        canvas.drawString(18 * mm, 10 * mm, "Nota integrativa 2026 – allegato tecnico")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"pag. {docu.page}")
        canvas.restoreState()

    d = case_dir23(NAME)
    SimpleDocTemplate(os.path.join(d, "input.pdf"), pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm,
                      topMargin=15 * mm, bottomMargin=18 * mm, title="Nota integrativa 2026").build(
        story, onFirstPage=foot, onLaterPages=foot)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "record blocks (family; kind `unknown`)", REPORTLAB.format(script=SCRIPT), """
Portrait A4, DejaVu Sans Condensed 8 pt, written by reportlab. Title (the foundation), subtitle `Nota integrativa al
bilancio di previsione 2026 – Obiettivi e indicatori per il triennio 2026-2028`, a note saying primo/secondo/terzo
anno = 2026/2027/2028 and that the `Target conseguito nell'esercizio precedente` is the value at 31.12.2025.
Each objective is a CARD: a dark strip `OBIETTIVO n DI 3`, then a grid of cells where every cell carries its LABEL
(small grey capitals) ABOVE its value: `CODICE | DENOMINAZIONE OBIETTIVO`, `MISSIONE` (`021 – …`) | `PROGRAMMA`
(`010 – …`), `STRUTTURA RESPONSABILE` | `RISORSE A PREVENTIVO PRIMO ANNO`. Each indicator follows as an indented
block under a light strip `Indicatore 1.2`: `DESCRIZIONE INDICATORE`, `TIPOLOGIA | UNITÀ DI MISURA | PESO
INDICATORE`, `ALGORITMO DI CALCOLO`, then the four target cells side by side. Page footer `pag. n`.
Truth: objectives `strategic` (codes `OBS-01`…), owners = [Struttura responsabile], resources = the primo anno
amount, mission / programme = the three-digit codes; indicators without code; unit `Percentuale`/`Numero`/`Giorni`
→ `%`/`N.`/`gg`; baseline year 2025; targets 2026-2028; algorithm over codes → formula + variables. Labels are
printed in capitals (`DENOMINAZIONE OBIETTIVO`), as a caption of each cell.
""", ["label ABOVE the value inside the same cell (not a label column, not `Label: value` lines)",
      "four fields per row, spans differ between rows", "objective card with a dark strip `OBIETTIVO n DI N`",
      "indicator blocks indented to the right under their own strip", "operators in words (`maggiore o uguale a`, "
      "`minore o uguale a`, `pari a`) mixed with `>=`", "reportlab PDF (text runs as reportlab lays them out)"],
     ["indicator weights of OBS-01 are thirds 33,33% + 33,33% + 33,34%",
      "`minore o uguale a 30 / 25 / 20` days: lower-is-better targets going down",
      "`pari a 100%` three years with a 100% baseline: a maintenance indicator",
      "`n.d.` baseline of a new indicator", "tempestività: `minore o uguale a 0` three years against a baseline of 2",
      "no objective weights (record blocks weigh only indicators)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
