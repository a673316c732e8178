#!/usr/bin/python3
"""gen11-list-reportlab-1: a regional right-to-study agency's list of indicators 2026-2028, a PDF written directly
with reportlab (platypus): portrait, Times 8 pt, zebra rows, no vertical rules; header `N. | Indicatore | Modalità di
calcolo | U.M. | Valore di partenza (2024) | 2026 | 2027 | 2028 | Ufficio competente`; codes `04.` style with a
trailing dot; formulas over measure codes; no objectives, no weights. One fault: formula.incomplete on `07`.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import REPORTLAB, case_dir, doc, finding, ind, readme13, vars11, write_truth  # noqa: E402

SCRIPT = "gen11_list.py"
ORG = "Azienda Regionale per il Diritto allo Studio Universitario delle Marche Interne"
YEARS = [2026, 2027, 2028]
ROWS = [
    ("01.", "Borse di studio erogate agli idonei", "BORSE_EROG / IDONEI * 100", "%", "96,4%",
     ["non inferiore a 97%", "non inferiore a 98%", "non inferiore a 98%"], "Ufficio Benefici"),
    ("02.", "Tempo medio di pagamento della prima rata della borsa", "GG_PAG_RATA1 / N_BORSE", "gg", "48",
     ["non superiore a 45", "non superiore a 40", "non superiore a 40"], "Ufficio Benefici"),
    ("03.", "Posti alloggio assegnati sui posti disponibili", "POSTI_ASS / POSTI_DISP * 100", "%", "91%",
     ["non inferiore a 93%", "non inferiore a 95%", "non inferiore a 95%"], "Ufficio Residenze"),
    ("04.", "Pasti serviti nelle mense universitarie", "", "N.", "612.300",
     ["non inferiore a 620.000", "non inferiore a 640.000", "non inferiore a 650.000"], "Ufficio Ristorazione"),
    ("05.", "Costo medio per pasto a carico dell'azienda", "COSTO_MENSA / PASTI_SERV", "EUR", "4,85",
     ["non superiore a 4,80", "non superiore a 4,75", "non superiore a 4,70"], "Ufficio Ristorazione"),
    ("06.", "Studenti con disabilità assistiti dal servizio di tutorato", "STUD_DIS_TUT / STUD_DIS_RICH * 100", "%",
     "n.d.", ["non inferiore a 90%", "non inferiore a 90%", "non inferiore a 90%"], "Ufficio Servizi agli Studenti"),
    ("07.", "Controlli sulle autocertificazioni ISEE dei beneficiari", "ISEE_CONTR / BENEF *", "%", "18%",
     ["non inferiore a 20%", "non inferiore a 20%", "non inferiore a 22%"], "Ufficio Controlli"),
    ("08.", "Contributi per la mobilità internazionale liquidati entro 60 giorni", "CONTR_MOB_60 / CONTR_MOB * 100",
     "%", "77%", ["non inferiore a 80%", "non inferiore a 85%", "non inferiore a 90%"], "Ufficio Benefici"),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    name = "gen11-list-reportlab-1"
    d = case_dir(name)
    out = os.path.join(d, "input.pdf")
    cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=8, leading=9.6)
    hcell = ParagraphStyle("h", parent=cell, fontName="Times-Bold")
    title = ParagraphStyle("t", fontName="Times-Bold", fontSize=12, leading=15)
    sub = ParagraphStyle("s", fontName="Times-Roman", fontSize=9.5, leading=12)

    def P(s, st=cell):
        return Paragraph(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), st)

    head = ["N.", "Indicatore", "Modalità di calcolo", "U.M.", "Valore di partenza (2024)", "2026", "2027", "2028",
            "Ufficio competente"]
    data = [[P(h, hcell) for h in head]]
    inds = []
    for code, iname, frm, um, base, tg, office in ROWS:
        data.append([P(code), P(iname), P(frm or "–"), P(um), P(base)] + [P(t) for t in tg] + [P(office)])
        bl = [(2024, base)]
        inds.append(ind(iname, None, code=code.rstrip("."), unit=um, formula=frm or None, variables=vars11(frm),
                        baselines=bl, targets=list(zip(YEARS, tg)), owners=[office]))
    t = Table(data, colWidths=[9 * mm, 42 * mm, 34 * mm, 10 * mm, 17 * mm, 19 * mm, 19 * mm, 19 * mm, 22 * mm],
              repeatRows=1)
    style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in range(1, len(data)):
        if r % 2 == 0:
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#ececec")))
    t.setStyle(TableStyle(style))
    story = [P(ORG, title), P("Elenco degli indicatori di performance 2026-2028 – allegato B", sub),
             Spacer(1, 5 * mm), t, Spacer(1, 4 * mm),
             P("Valori obiettivo da intendersi come soglie minime (non inferiore a) o massime (non superiore a). "
               "n.d. = dato non disponibile; – = indicatore espresso in valore assoluto.", sub)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=14 * mm,
                      bottomMargin=14 * mm, title="Elenco indicatori 2026-2028").build(story)
    f = finding("formula.incomplete", "07", "formula `ISEE_CONTR / BENEF *` ends with an operator")
    write_truth(d, [doc(ORG, YEARS, kind="list")], [], inds, findings=[f])
    readme13(d, name, "list", REPORTLAB.format(script=SCRIPT), """
Portrait A4, Times 8 pt, a platypus table with rules only above and below the header and at the end, zebra rows (no
vertical rules). Title (the agency), subtitle `Elenco degli indicatori di performance 2026-2028 – allegato B`, then
`N. | Indicatore | Modalità di calcolo | U.M. | Valore di partenza (2024) | 2026 | 2027 | 2028 | Ufficio competente`.
Codes `01.` … `08.` with a trailing dot (truth drops it). The baseline year is only in the header. Targets with
`non inferiore a` / `non superiore a` in words. `–` in the formula column for a plain count. A closing note. Truth:
indicators without node, owners = [Ufficio competente], baseline year 2024 from the header.
""", ["PDF written directly by reportlab (text runs as reportlab lays them out)", "codes with a trailing dot `04.`",
      "baseline year only in the header `Valore di partenza (2024)`", "operators in words",
      "zebra rows, no vertical rules", "serif Times 8 pt"],
     ["`non superiore a 45 / 40 / 40` and `non superiore a 4,80 / 4,75 / 4,70`: lower-is-better targets going down",
      "flat targets (`non inferiore a 90%` three years)", "`n.d.` baseline", "no weights and no objectives",
      "`–` formula for a count is not an incomplete formula"],
     ["`formula.incomplete` on `07`: `ISEE_CONTR / BENEF *` ends with an operator (the `* 100` was cut)"])
    return name


if __name__ == "__main__":
    print(build())
