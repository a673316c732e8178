#!/usr/bin/python3
"""h17-list-reportlab-1: a national institute's flat list of indicators 2026-2028, a PDF written DIRECTLY with
reportlab (no browser, no office suite). Portrait A4, DejaVu Sans Condensed 7 pt; a table `N. | Indicatore | Modalità
di calcolo | U.M. | Dato 2024 | Target 2026 | Target 2027 | Target 2028 | Ufficio`; codes `IQ-01`; formulas over
measure codes (`RECL_CHIUSE_30 / RECL_TOT x 100`); a large top margin breaks the table over two pages with the header repeated;
no objectives; a closing note. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import REPORTLAB, case_dir, doc, ind, readme17, rl_fonts, vars11, write_truth  # noqa: E402

SCRIPT = "h17_list.py"
ORG = "Istituto Nazionale per la Qualità dei Servizi Pubblici"
YEARS = [2026, 2027, 2028]

# (code, name, formula, um label, truth unit, base 2024, targets, office)
ROWS = [
    ("IQ-01", "Reclami chiusi entro 30 giorni", "RECL_CHIUSE_30 / RECL_TOT x 100", "%", "%", "78,5%",
     ["≥ 80%", "≥ 83%", "≥ 85%"], "Ufficio Relazioni con il pubblico"),
    ("IQ-02", "Tempo medio di risposta alle istanze di accesso civico", "GG_RISPOSTA_TOT / ISTANZE_EVASE", "giorni",
     "gg", "21", ["≤ 20", "≤ 18", "≤ 15"], "Ufficio Trasparenza"),
    ("IQ-03", "Audit di qualità svolti presso le amministrazioni aderenti", "AUDIT_SVOLTI", "numero", "N.", "64",
     ["≥ 70", "≥ 70", "≥ 75"], "Direzione Valutazione"),
    ("IQ-04", "Amministrazioni aderenti con carta dei servizi aggiornata",
     "AMM_CARTA_AGG / AMM_ADERENTI x 100", "%", "%", "41%", ["≥ 50%", "≥ 60%", "≥ 70%"], "Direzione Valutazione"),
    ("IQ-05", "Costo medio per audit svolto", "COSTO_AUDIT / AUDIT_SVOLTI", "euro", "EUR", "3.480,00",
     ["≤ 3.450,00", "≤ 3.400,00", "≤ 3.400,00"], "Servizio Bilancio"),
    ("IQ-06", "Dipendenti che hanno completato almeno 40 ore di formazione",
     "DIP_FORM_40 / DIP_IN_SERVIZIO x 100", "%", "%", "66%", ["≥ 70%", "≥ 75%", "≥ 80%"], "Servizio Personale"),
    ("IQ-07", "Pubblicazione del rapporto annuale sulla qualità dei servizi", "–", "data", "date", "30/06/2024",
     ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"], "Direzione Studi"),
    ("IQ-08", "Dataset pubblicati in formato aperto", "DATASET_APERTI", "numero", "N.", "112",
     ["≥ 120", "≥ 130", "≥ 140"], "Direzione Studi"),
    ("IQ-09", "Indice di tempestività dei pagamenti", "GG_RITARDO_PONDERATI / IMPORTO_PAGATO", "giorni", "gg",
     "-2", ["≤ -2", "≤ -3", "≤ -3"], "Servizio Bilancio"),
    ("IQ-10", "Postazioni di lavoro con sistema operativo supportato", "PDL_AGG / PDL_TOT x 100", "%", "%", "88%",
     ["≥ 95%", "≥ 98%", "≥ 98%"], "Servizio Sistemi informativi"),
    ("IQ-11", "Segnalazioni del servizio clienti risolte al primo contatto",
     "SEGN_RISOLTE_1C / SEGN_TOT x 100", "%", "%", "n.d.", ["≥ 60%", "≥ 65%", "≥ 70%"],
     "Ufficio Relazioni con il pubblico"),
    ("IQ-12", "Consumo di carta per dipendente (risme)", "RISME_ACQUISTATE / DIP_IN_SERVIZIO", "numero", "N.",
     "9,4", ["≤ 9", "≤ 8", "≤ 7"], "Servizio Provveditorato"),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    rl_fonts()
    name = "h17-list-reportlab-1"
    d = case_dir(name)
    cell = ParagraphStyle("c", fontName="DVS", fontSize=7, leading=8.6)
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    head = ParagraphStyle("h", fontName="DVS-B", fontSize=7, leading=8.6, alignment=1)
    title = ParagraphStyle("t", fontName="DVSerif-B", fontSize=12, leading=15)
    sub = ParagraphStyle("s", fontName="DVSerif", fontSize=9, leading=12)
    note = ParagraphStyle("n", fontName="DVS", fontSize=6.8, leading=8.5)
    P = lambda s, st=cell: Paragraph(escape(s), st)  # noqa: E731
    data = [[P(h, head) for h in ["N.", "Indicatore", "Modalità di calcolo", "U.M.", "Dato 2024", "Target 2026",
                                  "Target 2027", "Target 2028", "Ufficio"]]]
    inds = []
    for code, iname, frm, um, unit, base, tg, office in ROWS:
        data.append([P(code), P(iname), P(frm), P(um, cellc), P(base, cellc)] + [P(t, cellc) for t in tg] +
                    [P(office)])
        f = None if frm == "–" else frm
        inds.append(ind(iname, None, code=code, unit=unit, formula=f, variables=vars11(f) if f else (),
                        baselines=[(2024, base)], targets=list(zip(YEARS, tg)), owners=[office]))
    w = [12 * mm, 33 * mm, 33 * mm, 13 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 22 * mm]
    t = Table(data, colWidths=w, repeatRows=1)
    style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4"))]
    for k in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, k), (-1, k), colors.HexColor("#F5F5F5")))
    t.setStyle(TableStyle(style))
    story = [Paragraph(escape(ORG), title),
             Paragraph("Piano integrato 2026-2028 – Elenco degli indicatori di performance organizzativa", sub),
             Spacer(1, 5 * mm), t, Spacer(1, 4 * mm),
             Paragraph("Le modalità di calcolo usano i codici delle misure del sistema di controllo di gestione. "
                       "Per gli indicatori con target preceduto da ≤ il valore deve diminuire; l'indice di "
                       "tempestività negativo indica pagamenti in anticipo sulla scadenza. n.d. = dato non "
                       "disponibile.", note)]

    def deco(canvas, docu):
        canvas.saveState()
        canvas.setFont("DVS", 7)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Pagina {docu.page}")
        canvas.drawString(15 * mm, A4[1] - 10 * mm, "Piano integrato 2026-2028 – Allegato 4")
        canvas.restoreState()

    # a tall top margin pushes the table over two pages
    pdf = SimpleDocTemplate(os.path.join(d, "input.pdf"), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=150 * mm, bottomMargin=18 * mm, title="Elenco indicatori 2026-2028",
                            author=ORG)
    pdf.build(story, onFirstPage=deco, onLaterPages=deco)
    write_truth(d, [doc(ORG, YEARS, kind="list")], [], inds)
    readme17(d, name, "list", REPORTLAB.format(script=SCRIPT), """
Portrait A4 written with reportlab platypus: DejaVu Serif title and subtitle, then a table in DejaVu Sans Condensed
7 pt with rules above and below the header and under the last row only, light zebra, no vertical rules: `N. |
Indicatore | Modalità di calcolo | U.M. | Dato 2024 | Target 2026 | Target 2027 | Target 2028 | Ufficio`. A large top
margin leaves the upper half of each page empty, so the table breaks over two pages with the header repeated. Codes
`IQ-01`…; formulas over measure codes (`RECL_CHIUSE_30 / RECL_TOT x 100`), `–` for a date indicator; units in words
(`giorni`, `numero`, `euro`, `data`). A note closes the list. Running header `Piano integrato 2026-2028 – Allegato 4`
and `Pagina n` at the bottom right. Truth: no nodes; indicators with node null, owners = [Ufficio], units mapped
(`giorni` → `gg`, `numero` → `N.`, `euro` → `EUR`, `data` → `date`); the `–` formula is no formula.
""", ["fourth producer: reportlab (fonts embedded as TrueType subsets, text drawn line by line)",
      "no objectives at all", "units in words", "table split over two pages with the header repeated",
      "large empty top margin", "negative values (`-2`, `≤ -3`)"],
     ["`≤ -2`, `≤ -3`, `≤ -3` on the payment index: lower is better and negative is allowed",
      "`≤ 20 / 18 / 15`, `≤ 9 / 8 / 7`, `≤ 3.450,00 / 3.400,00 / 3.400,00`: decreasing targets that SHOULD decrease",
      "flat years (`≥ 70` twice, `≥ 98%` twice)", "`–` formula on a date indicator: nothing to compute",
      "`n.d.` baseline"], [])
    return name


if __name__ == "__main__":
    print(build())
