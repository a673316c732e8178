#!/usr/bin/python3
"""fam12-record-reportlab-1: record blocks of a ministry's Nota integrativa 2026-2028, a PDF written directly with
reportlab. NO TABLES: every record is a run of `Label: value` paragraphs (bold label, value after it on the same
line, wrapping under it) and the page is set in TWO NEWSPAPER COLUMNS, so blocks flow from the left column to the
right one and on to the next page, split anywhere. Objective blocks open with a ruled `OBIETTIVO n` heading;
indicator blocks with an italic `Indicatore n` heading. Algorithms over measure codes, two in words. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import REPORTLAB, case_dir, doc, ind, node, readme13, rl_escape, vars15, write_truth  # noqa: E402

SCRIPT = "fam12_record.py"
NAME = "fam12-record-reportlab-1"
ORG = "Ministero per la Tutela delle Acque Interne e la Difesa del Suolo"
YEARS = [2026, 2027, 2028]
UM = {"Percentuale": "%", "Giorni": "gg", "Numero": "N."}

# objective: (code, title, mission, mission name, programme, programme name, CdR, resources, [indicator])
# indicator: (description, type, U.M., algorithm, in_words, weight, previous, [targets])
OBJS = [
    ("14", "Rafforzare la prevenzione del rischio idrogeologico nei bacini di rilievo nazionale", "018",
     "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "012",
     "Tutela delle risorse idriche e prevenzione del rischio idrogeologico",
     "Direzione generale per la difesa del suolo", "48.250.000,00", [
         ("Interventi di mitigazione del rischio conclusi sul totale degli interventi finanziati",
          "Indicatore di realizzazione fisica", "Percentuale", "N_int_conclusi / N_int_finanziati * 100", False,
          "50%", "61%", ["Maggiore o uguale al 65%", "Maggiore o uguale al 70%", "Maggiore o uguale al 75%"]),
         ("Tempo medio di trasferimento delle risorse ai soggetti attuatori", "Indicatore di efficienza", "Giorni",
          "GG_trasf_tot / N_trasferimenti", False, "50%", "74",
          ["Minore o uguale a 70", "Minore o uguale a 60", "Minore o uguale a 60"]),
     ]),
    ("15", "Assicurare il monitoraggio dello stato quantitativo dei corpi idrici sotterranei", "018",
     "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "012",
     "Tutela delle risorse idriche e prevenzione del rischio idrogeologico",
     "Direzione generale per le risorse idriche", "6.480.300,00", [
         ("Corpi idrici sotterranei dotati di stazioni di monitoraggio attive", "Indicatore di risultato (output)",
          "Percentuale", "N_corpi_monit / N_corpi_tot * 100", False, "40%", "82,50%",
          ["maggiore di 84,00%", "maggiore di 86,00%", "maggiore di 88,00%"]),
         ("Rapporti periodici di monitoraggio pubblicati nell'anno", "Indicatore di realizzazione fisica", "Numero",
          "Conteggio dei rapporti pubblicati sul portale istituzionale", True, "30%", "10",
          [">= 12", ">= 12", ">= 14"]),
         ("Serie di dati pubblicate in formato aperto entro il trimestre successivo", "Indicatore di qualità",
          "Percentuale", "N_serie_aperte_trim / N_serie_tot * 100", False, "30%", "55%",
          [">= 60%", ">= 70%", ">= 80%"]),
     ]),
    ("16", "Migliorare l'efficienza della gestione amministrativa e contabile", "032",
     "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza",
     "Direzione generale degli affari generali e del personale", "2.115.000,00", [
         ("Indicatore annuale di tempestività dei pagamenti", "Indicatore di efficienza", "Giorni",
          "Somma dei giorni di ritardo ponderati per l'importo delle fatture / importo totale pagato", True, "60%",
          "2", ["Minore o uguale a 0", "Minore o uguale a 0", "Minore o uguale a 0"]),
         ("Incassi riscossi tramite la piattaforma pagoPA sul totale degli incassi", "Indicatore di risultato "
          "(output)", "Percentuale", "Inc_pagoPA / Inc_tot * 100", False, "40%", "88%",
          [">= 90%", ">= 92%", ">= 95%"]),
     ]),
    ("17", "Attuare il piano di digitalizzazione degli archivi tecnici", "032",
     "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza",
     "Direzione generale degli affari generali e del personale", "1.320.000,00", [
         ("Fascicoli tecnici d'archivio digitalizzati", "Indicatore di realizzazione fisica", "Numero",
          "N_fasc_digit", False, "100%", "12.400", [">= 15.000", ">= 18.000", ">= 21.000"]),
     ]),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    from reportlab.platypus.flowables import HRFlowable
    d = case_dir(NAME)
    out = os.path.join(d, "input.pdf")
    W, H = A4
    lm, rm, tm, bm, gap = 15 * mm, 15 * mm, 18 * mm, 16 * mm, 8 * mm
    colw = (W - lm - rm - gap) / 2
    lab = ParagraphStyle("l", fontName="Helvetica", fontSize=8.4, leading=10.4, leftIndent=0, spaceAfter=1.2)
    ilab = ParagraphStyle("il", parent=lab, leftIndent=5 * mm)
    ohead = ParagraphStyle("oh", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)
    ihead = ParagraphStyle("ih", fontName="Helvetica-Oblique", fontSize=8.8, leading=11, spaceBefore=4,
                           spaceAfter=1.5, leftIndent=5 * mm, textColor=colors.HexColor("#203864"))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11.5, leading=14)
    sub = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=4)

    def lv(label, value, st=lab):
        return Paragraph(f"<b>{rl_escape(label)}:</b> {rl_escape(value)}", st)

    def page(canv, _doc):
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.5)
        x = lm + colw + gap / 2
        canv.line(x, bm, x, H - tm - (22 * mm if _doc.page == 1 else 0))
        canv.setFont("Helvetica", 7.5)
        canv.drawString(lm, H - 11 * mm, "Nota integrativa al bilancio di previsione 2026-2028 – schede obiettivo")
        canv.drawRightString(W - rm, 9 * mm, f"{_doc.page}")
        canv.restoreState()

    first_top = 22 * mm
    f_title = Frame(lm, H - tm - first_top, W - lm - rm, first_top, id="title", showBoundary=0)
    f1 = [Frame(lm, bm, colw, H - tm - bm - first_top, id="c1"),
          Frame(lm + colw + gap, bm, colw, H - tm - bm - first_top, id="c2")]
    f2 = [Frame(lm, bm, colw, H - tm - bm, id="d1"), Frame(lm + colw + gap, bm, colw, H - tm - bm, id="d2")]
    docT = BaseDocTemplate(out, pagesize=A4, title="Nota integrativa 2026-2028")
    docT.addPageTemplates([PageTemplate(id="first", frames=[f_title] + f1, onPage=page, autoNextPageTemplate="next"),
                           PageTemplate(id="next", frames=f2, onPage=page)])
    from reportlab.platypus import FrameBreak
    story = [Paragraph(rl_escape(ORG), title),
             Paragraph("Nota integrativa al bilancio di previsione 2026-2028 – obiettivi e indicatori (primo anno = "
                       "2026, secondo anno = 2027, terzo anno = 2028)", sub), FrameBreak()]
    nodes, inds = [], []
    for code, otitle, mis, mname, prog, pname, cdr, res, ilist in OBJS:
        story += [Paragraph(f"OBIETTIVO {code}", ohead), HRFlowable(width="100%", thickness=0.8, color=colors.black,
                                                                     spaceAfter=2),
                  lv("Codice", code), lv("Denominazione", otitle), lv("Missione", f"{mis} – {mname}"),
                  lv("Programma", f"{prog} – {pname}"), lv("Centro di responsabilità", cdr),
                  lv("Risorse a preventivo primo anno", res)]
        nodes.append(node(code, "strategic", otitle, resources=[res], mission=mis, programme=prog, owners=[cdr]))
        for k, (desc, typ, um, algo, words, w, prev, tg) in enumerate(ilist, 1):
            story += [Paragraph(f"Indicatore {k}", ihead), lv("Descrizione", desc, ilab), lv("Tipologia", typ, ilab),
                      lv("Unità di misura", um, ilab), lv("Algoritmo di calcolo", algo, ilab),
                      lv("Peso indicatore", w, ilab), lv("Target conseguito nell'esercizio precedente", prev, ilab),
                      lv("Target primo anno", tg[0], ilab), lv("Target secondo anno", tg[1], ilab),
                      lv("Target terzo anno", tg[2], ilab)]
            inds.append(ind(desc, code, unit=UM[um], type=typ, weight=w,
                            formula=None if words else algo, formula_text=algo if words else None,
                            variables=[] if words else vars15(algo), baselines=[(2025, prev)],
                            targets=list(zip(YEARS, tg))))
        story.append(Spacer(1, 3 * mm))
    docT.build(story)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "record blocks", REPORTLAB.format(script=SCRIPT), """
Portrait A4, Helvetica 8.4 pt, NO TABLE at all. Title block across the page (the ministry; `Nota integrativa … (primo
anno = 2026, secondo anno = 2027, terzo anno = 2028)`), then the text is set in TWO NEWSPAPER COLUMNS separated by a
grey rule: the blocks flow down the left column, then the right one, then onto page 2, and a block may be split
anywhere (an indicator block may start at the foot of one column and end at the top of the next). Every record line
is a paragraph `Label: value` with the label in bold and the value on the same line, wrapping under the label. An
objective block opens with a bold `OBIETTIVO 14` heading and a rule, then `Codice`, `Denominazione`, `Missione` (`018
– …`), `Programma` (`012 – …`), `Centro di responsabilità`, `Risorse a preventivo primo anno`. Each indicator block
is indented, opens with an italic `Indicatore n` heading and holds `Descrizione`, `Tipologia`, `Unità di misura` (in
words), `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio precedente`, `Target primo /
secondo / terzo anno`. Truth: objectives `strategic` with mission/programme codes, owners = the CdR, resources as
printed (no €); indicators named by `Descrizione`; algorithm over codes → formula (+ variables), in words →
formula_text; `Percentuale` → `%`, `Giorni` → `gg`, `Numero` → `N.`; the previous year's target → baseline 2025;
primo/secondo/terzo anno → 2026/2027/2028.
""", ["no table: `Label: value` paragraphs", "two newspaper columns, blocks split across columns and pages",
      "title block spanning both columns on page 1 only", "units in words", "operators in words (`Maggiore o uguale "
      "al`, `Minore o uguale a`, `maggiore di`) next to `>=`", "algorithms over codes and in words in the same field"],
     ["`Peso indicatore` sums to 100% per OBJECTIVE (50+50, 40+30+30, 60+40, 100); objectives carry no weight",
      "`Minore o uguale a 70 / 60 / 60` days: lower is better, going down then flat",
      "`Minore o uguale a 0` three years against a previous value of 2 days (timeliness: 0 is stricter)",
      "flat `>= 12` in the first two years", "no resources total is printed, so none is checked"], [])
    return NAME


if __name__ == "__main__":
    print(build())
