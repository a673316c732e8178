#!/usr/bin/python3
"""h19-plan-reportlab-1: a land-reclamation consortium's performance tree 2026-2028, a PDF written directly with
reportlab (platypus). Portrait A4, DejaVu Sans Condensed 7.4 pt. Each strategic objective is a dark full-width BAR
(`S1  title` left, `Peso 40,00%` right); each operational objective a light bar (`S1.O1 — title` left, `peso
nell'obiettivo strategico 33,33%` right); under it a small boxed indicator table `Cod. | Indicatore / modalità di
calcolo | Peso | Target 2026 | Target 2027 | Target 2028 | Baseline 2024 | Responsabile` — the baseline AFTER the
targets, the formula under the name as `Calcolo: …` in italics, units inside the values (`≥ 4.200 ha`, `≤ 45 min`).
Running footer drawn on the canvas. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import REPORTLAB, case_dir, doc, ind, node, readme13, rl_fonts, vars11, write_truth, xesc  # noqa: E402

SCRIPT = "gen19_plan.py"
NAME = "h19-plan-reportlab-1"
ORG = "Consorzio di Bonifica Basso Livenza e Tagliamento"
YEARS = [2026, 2027, 2028]

# (code, title, weight, [(code, title, weight, [indicator...])])
# indicator: (code, name, formula or None, unit, weight, [t2026, t2027, t2028], baseline 2024, owner)
TREE = [
    ("S1", "Sicurezza idraulica del territorio", "40,00%", [
        ("S1.O1", "Completare la manutenzione ordinaria della rete dei canali consortili", "33,33%", [
            ("I.01", "Canali sottoposti a sfalcio e spurgo sul totale della rete consortile",
             "KM_manut / KM_rete x 100", "%", "50%", ["≥ 70%", "≥ 72%", "≥ 75%"], "68,5%",
             "Settore Manutenzione ed Esercizio"),
            ("I.02", "Segnalazioni di allagamento evase entro 48 ore", "SEGN_48h / SEGN_tot x 100", "%", "50%",
             ["≥ 90%", "≥ 90%", "≥ 90%"], "90,0%", "Settore Manutenzione ed Esercizio")]),
        ("S1.O2", "Ammodernare gli impianti idrovori e il loro telecontrollo", "33,33%", [
            ("I.03", "Impianti idrovori collegati al sistema di telecontrollo", "IDRO_tele", "N.", "100%",
             ["≥ 14", "≥ 18", "≥ 22"], "12", "Settore Impianti")]),
        ("S1.O3", "Ridurre i tempi di intervento in emergenza idraulica", "33,34%", [
            ("I.04", "Tempo medio di intervento delle squadre di pronta reperibilità", "MIN_interv / N_interv",
             "min", "60%", ["≤ 45 min", "≤ 40 min", "≤ 40 min"], "52 min", "Settore Manutenzione ed Esercizio"),
            ("I.05", "Aggiornamento annuale del piano di emergenza idraulica", None, "date", "40%",
             ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"], "n.d.", "Direzione Tecnica")]),
    ]),
    ("S2", "Gestione sostenibile della risorsa irrigua", "35,00%", [
        ("S2.O1", "Estendere l'irrigazione a pressione nei comprensori della bassa pianura", "60,00%", [
            ("I.06", "Superficie servita da impianti irrigui a pressione", "SUP_press", "ha", "100%",
             ["≥ 4.200 ha", "≥ 4.600 ha", "≥ 5.000 ha"], "3.950 ha", "Settore Irriguo")]),
        ("S2.O2", "Misurare e contenere i volumi irrigui consegnati", "40,00%", [
            ("I.07", "Consegne irrigue misurate con contatore", "CONS_mis / CONS_tot x 100", "%", "50%",
             ["≥ 55%", "≥ 65%", "≥ 75%"], "48,0%", "Settore Irriguo"),
            ("I.08", "Perdite idriche stimate nella rete di adduzione", "VOL_perso / VOL_deriv x 100", "%", "50%",
             ["≤ 22%", "≤ 20%", "≤ 18%"], "23,6%", "Settore Irriguo")]),
    ]),
    ("S3", "Amministrazione efficiente e trasparente", "25,00%", [
        ("S3.O1", "Migliorare la riscossione dei contributi consortili", "50,00%", [
            ("I.09", "Contributi riscossi entro l'anno sul ruolo emesso", "RISC_anno / RUOLO_emesso x 100", "%",
             "70%", ["≥ 88%", "≥ 89%", "≥ 90%"], "86,9%", "Ufficio Catasto e Riscossione"),
            ("I.10", "Tempo medio di pagamento delle fatture dei fornitori", "GG_pag / N_fatture", "gg", "30%",
             ["≤ 30 gg", "≤ 28 gg", "≤ 25 gg"], "34 gg", "Area Amministrativa")]),
        ("S3.O2", "Digitalizzare i procedimenti di concessione e di licenza idraulica", "50,00%", [
            ("I.11", "Istanze di concessione presentate attraverso lo sportello on line", "IST_online / IST_tot x 100",
             "%", "100%", ["≥ 60%", "≥ 80%", "≥ 100%"], "41%", "Ufficio Concessioni")]),
    ]),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_fonts()
    d = case_dir(NAME)
    out = os.path.join(d, "input.pdf")
    cell = ParagraphStyle("c", fontName="DVSC", fontSize=7.4, leading=9)
    calc = ParagraphStyle("k", parent=cell, fontName="DVSC-I", fontSize=6.8, leading=8.2, textColor="#333333")
    hcell = ParagraphStyle("h", parent=cell, fontName="DVSC-B", fontSize=7)
    s_l = ParagraphStyle("sl", parent=cell, fontName="DVSC-B", fontSize=10, leading=12.5, textColor="#ffffff")
    s_r = ParagraphStyle("sr", parent=s_l, alignment=TA_RIGHT, fontSize=9)
    o_l = ParagraphStyle("ol", parent=cell, fontName="DVSC-B", fontSize=8.4, leading=10.4)
    o_r = ParagraphStyle("or", parent=cell, alignment=TA_RIGHT, fontSize=7.6, leading=10.4)
    title = ParagraphStyle("t", fontName="DVSC-B", fontSize=13, leading=16)
    sub = ParagraphStyle("s", fontName="DVSC", fontSize=9, leading=12)
    note = ParagraphStyle("n", fontName="DVSC-I", fontSize=7, leading=9)

    def P(s, st=cell):
        return Paragraph(xesc(s), st)

    W = 186 * mm
    story = [P(ORG, title), P("Piano della performance 2026-2028 · Allegato 2 – Albero degli obiettivi e degli "
                              "indicatori", sub), Spacer(1, 4 * mm)]
    nodes, inds = [], []
    for scode, stitle, sw, ops in TREE:
        nodes.append(node(scode, "strategic", stitle, weight=sw))
        bar = Table([[P(f"{scode}   {stitle}", s_l), P(f"Peso {sw}", s_r)]], colWidths=[W - 40 * mm, 40 * mm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1f4e5a")),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [Spacer(1, 3 * mm), bar]
        for ocode, otitle, ow, rows in ops:
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow))
            obar = Table([[P(f"{ocode} — {otitle}", o_l), P(f"peso nell'obiettivo strategico {ow}", o_r)]],
                         colWidths=[W - 52 * mm, 52 * mm])
            obar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9e8ec")),
                                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                      ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#1f4e5a"))]))
            head = ["Cod.", "Indicatore / modalità di calcolo", "Peso", "Target 2026", "Target 2027", "Target 2028",
                    "Baseline 2024", "Responsabile"]
            data = [[P(h, hcell) for h in head]]
            for icode, iname, frm, um, iw, tg, base, owner in rows:
                namecell = [P(iname)] + ([P("Calcolo: " + frm, calc)] if frm else [])
                data.append([P(icode), namecell, P(iw)] + [P(t) for t in tg] + [P(base), P(owner)])
                inds.append(ind(iname, ocode, code=icode, unit=um, weight=iw, formula=frm,
                                variables=vars11(frm), baselines=[(2024, base)], targets=list(zip(YEARS, tg)),
                                owners=[owner]))
            t = Table(data, colWidths=[11 * mm, 57 * mm, 11 * mm, 19 * mm, 19 * mm, 19 * mm, 17 * mm, 33 * mm],
                      repeatRows=1)
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#555555")),
                                   ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#aaaaaa")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 2 * mm), KeepTogether([obar, Spacer(1, 1 * mm), t])]
    story += [Spacer(1, 5 * mm),
              P("Il peso degli obiettivi strategici è riferito al totale del piano; il peso degli obiettivi operativi "
                "all'obiettivo strategico di appartenenza; il peso degli indicatori all'obiettivo operativo. "
                "n.d. = dato non disponibile (piano adottato per la prima volta nel 2025).", note)]

    def footer(canvas, _doc):
        canvas.saveState()
        canvas.setFont("DVSC", 6.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(12 * mm, 8 * mm, "Piano della performance 2026-2028 – Allegato 2")
        canvas.drawRightString(198 * mm, 8 * mm, f"pag. {canvas.getPageNumber()}")
        canvas.restoreState()

    SimpleDocTemplate(out, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=13 * mm,
                      bottomMargin=15 * mm, title="Piano della performance 2026-2028 - Allegato 2"
                      ).build(story, onFirstPage=footer, onLaterPages=footer)
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme13(d, NAME, "plan", REPORTLAB.format(script=SCRIPT), """
Portrait A4, DejaVu Sans Condensed 7.4 pt, written directly with reportlab. A land-reclamation consortium's tree:
each strategic objective is a dark full-width BAR (`S1   Sicurezza idraulica del territorio` left, `Peso 40,00%`
right, white on teal); each operational objective a light bar (`S1.O1 — title` left, `peso nell'obiettivo
strategico 33,33%` right); under it a small boxed table `Cod. | Indicatore / modalità di calcolo | Peso | Target 2026
| Target 2027 | Target 2028 | Baseline 2024 | Responsabile` (header repeated if a table breaks; bar and table kept
together). The formula is printed UNDER the indicator name in the same cell, in italics, prefixed `Calcolo: `. The
BASELINE column comes AFTER the targets. Units inside the values (`≥ 4.200 ha`, `≤ 45 min`, `≤ 30 gg`). A closing
note explains the weights; a running footer drawn on the canvas. Truth: strategic roots with their bar weight,
operational under them, indicators coded `I.01`…`I.11` with weight, formula (text after `Calcolo: `), owners =
[Responsabile], baseline 2024, targets 2026-2028.
""", ["PDF written directly by reportlab; objective levels as coloured bars, not table rows",
      "weight at the RIGHT end of each bar, with a phrase (`peso nell'obiettivo strategico 33,33%`)",
      "formula under the name in the same cell (`Calcolo: …`, italics)", "baseline column AFTER the targets",
      "codes `S1` / `S1.O1` / `I.01`", "units inside the values (`ha`, `min`, `gg`, `%`)",
      "one small table per operational objective, boxed, hairlines between rows"],
     ["strategic weights 40 + 35 + 25 = 100; operational weights sum to 100 WITHIN their strategic objective "
      "(33,33 + 33,33 + 33,34; 60 + 40; 50 + 50); indicator weights within their operational objective",
      "`≤ 45 min / ≤ 40 min / ≤ 40 min`, `≤ 22% / ≤ 20% / ≤ 18%`, `≤ 30 gg / ≤ 28 gg / ≤ 25 gg`: lower-is-better "
      "targets going down or flat",
      "`I.02`: `≥ 90%` for three years with a 2024 baseline of `90,0%` — a maintenance target equal to the baseline",
      "`≥ 100%` as a final target", "yearly deadlines `entro il 30/06/…`", "`n.d.` baseline for the new plan",
      "baseline of 2024 for a 2026-2028 plan (2025 not yet closed)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
