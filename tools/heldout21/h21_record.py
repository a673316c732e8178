#!/usr/bin/python3
"""h21-record-reportlab-1: record blocks of a prefecture's Nota integrativa, PDF written with reportlab. One fault:
formula.incomplete.

Portrait A4, Liberation Sans 8.8 pt, NO TABLE: every field is a `Label ........ value` line with a DOT LEADER (the
dots are text) from the label to a value column; long values wrap inside the value column. Objective block under a
ruled heading `OBIETTIVO RO-0n`, indicator blocks indented under `Indicatore n.m`; the running header repeats the
code of the objective being printed. Operators in words (`Maggiore o uguale al 85%`, `maggiore di 75,00%`, `Minore
o uguale a 40 gg`, `Uguale a 100%`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (REPORTLAB, case_dir21, doc, finding, ind, node, readme13, rl_esc, rl_fonts,  # noqa: E402
                      vars11, write_truth)

NAME = "h21-record-reportlab-1"
ORG = "Prefettura – Ufficio Territoriale del Governo di Rovigo"
YEARS = [2026, 2027, 2028]
UNITS = {"Percentuale": "%", "Giorni": "gg", "Numero": "N."}

# objective: code, title, description, mission, programme, cdr, resources, [indicators]
# indicator: name, type, unit word, algorithm, source, weight, previous, [targets]
OBJS = [
    ("RO-01", "Rafforzare il presidio di legalità negli appalti pubblici del territorio",
     "Prevenzione delle infiltrazioni della criminalità organizzata nell'economia legale attraverso la "
     "documentazione antimafia e la tenuta degli elenchi dei fornitori non soggetti a tentativo di infiltrazione.",
     ("007", "Ordine pubblico e sicurezza"),
     ("008", "Contrasto al crimine, tutela dell'ordine e della sicurezza pubblica"),
     "Area I – Ordine e sicurezza pubblica", "€ 318.450,00", [
         ("Tempestività delle informazioni antimafia liberatorie", "Indicatore di risultato (output)",
          "Percentuale", "N_info_30gg / N_info_richieste x 100",
          "Banca dati nazionale unica della documentazione antimafia", "60%", "82%",
          ["Maggiore o uguale al 85%", "Maggiore o uguale al 88%", "Maggiore o uguale al 90%"]),
         ("Imprese iscritte nelle white list con verifica periodica conclusa", "Indicatore di efficacia",
          "Percentuale", "N_WL_verificate / N_WL_iscritte x 100", "Registro interno della white list", "40%",
          "70,5%", ["maggiore di 75,00%", "maggiore di 78,00%", "maggiore di 80,00%"]),
     ]),
    ("RO-02", "Ridurre i tempi di definizione dei procedimenti in materia di immigrazione",
     "Smaltimento dell'arretrato dello Sportello unico per l'immigrazione e riduzione dei tempi medi di "
     "rilascio dei provvedimenti.",
     ("027", "Immigrazione, accoglienza e garanzia dei diritti"),
     ("002", "Flussi migratori, interventi per lo sviluppo della coesione sociale, garanzia dei diritti, rapporti "
             "con le confessioni religiose"),
     "Area IV – Diritti civili, cittadinanza, condizione giuridica dello straniero, immigrazione e diritto di asilo",
     "€ 1.126.900,00", [
         ("Tempo medio di rilascio del nulla osta al lavoro subordinato", "Indicatore di impatto (outcome)",
          "Giorni", "Somma_gg_rilascio / N_nullaosta_rilasciati", "Applicativo Sportello unico immigrazione",
          "33,33%", "48 gg", ["Minore o uguale a 40 gg", "Minore o uguale a 35 gg", "Minore o uguale a 30 gg"]),
         ("Istanze di cittadinanza istruite nell'anno", "Indicatore di risultato (output)", "Numero",
          "N_istanze_cittadinanza_istruite", "Applicativo cittadinanza", "33,33%", "1.240",
          ["Maggiore o uguale a 1.300", "Maggiore o uguale a 1.350", "Maggiore o uguale a 1.400"]),
         ("Ricongiungimenti familiari definiti entro 90 giorni", "Indicatore di efficacia", "Percentuale",
          "N_ricong_90gg /", "Applicativo Sportello unico immigrazione", "33,34%", "64%",
          ["Maggiore o uguale al 70%", "Maggiore o uguale al 75%", "Maggiore o uguale al 80%"]),
     ]),
    ("RO-03", "Migliorare la qualità dei servizi resi all'utenza",
     "Ascolto dell'utenza dell'URP e tempestività nella risposta alle istanze di accesso.",
     ("003", "Amministrazione generale e supporto alla rappresentanza generale di Governo e dello Stato sul "
             "territorio"),
     ("001", "Attuazione da parte delle Prefetture - Uffici Territoriali del Governo delle missioni del Ministero "
             "dell'Interno sul territorio"),
     "Ufficio di Gabinetto", "€ 96.300,00", [
         ("Giudizi positivi nelle indagini di customer satisfaction", "Indicatore di risultato (output)",
          "Percentuale", "N_giudizi_positivi / N_questionari_validi x 100", "Indagine annuale URP", "50%", "87%",
          ["Maggiore o uguale al 87%", "Maggiore o uguale al 88%", "Maggiore o uguale al 90%"]),
         ("Richieste di accesso agli atti evase entro i termini", "Indicatore di efficacia", "Percentuale",
          "N_accessi_nei_termini / N_accessi_pervenuti x 100", "Registro degli accessi", "50%", "100%",
          ["Uguale a 100%", "Uguale a 100%", "Uguale a 100%"]),
     ]),
]


def leader_class():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, Paragraph

    class Leader(Flowable):
        """`Label ....... value`: label at the left, text dots up to the value column, value wrapped there."""

        def __init__(self, label, value, labelw, indent=0, font="Sans", size=8.8, bold_label=False):
            super().__init__()
            self.label, self.value, self.labelw, self.indent = label, value, labelw, indent
            self.font, self.size = font, size
            self.lfont = "Sans-Bold" if bold_label else font
            self.st = ParagraphStyle("v", fontName=font, fontSize=size, leading=size * 1.25)

        def wrap(self, aw, ah):
            self.para = Paragraph(rl_esc(self.value), self.st)
            self.vw = aw - self.indent - self.labelw
            _w, h = self.para.wrap(self.vw, ah)
            self.h = max(h, self.size * 1.25) + 1.5
            self.width = aw
            return aw, self.h

        def draw(self):
            c = self.canv
            base = self.h - self.size - 0.5
            c.setFont(self.lfont, self.size)
            c.drawString(self.indent, base, self.label)
            x = self.indent + stringWidth(self.label, self.lfont, self.size) + 3
            end = self.indent + self.labelw - 5
            c.setFont(self.font, self.size)
            dw = stringWidth(". ", self.font, self.size)
            n = int((end - x) / dw)
            if n > 0:
                c.drawString(x, base, ". " * n)
            self.para.drawOn(c, self.indent + self.labelw, self.h - self.para.height - 1.5 + 0)

    return Leader


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                    Spacer)
    rl_fonts()
    Leader = leader_class()
    d = case_dir21(NAME)
    state = {"code": ""}

    class Mark(Flowable):
        def __init__(self, code):
            super().__init__()
            self.code = code

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            state["code"] = self.code

    class Heading(Flowable):
        def __init__(self, text):
            super().__init__()
            self.text = text

        def wrap(self, aw, ah):
            self.w = aw
            return aw, 17

        def draw(self):
            c = self.canv
            c.setStrokeColor(colors.HexColor("#1f3b5c"))
            c.setLineWidth(1.1)
            c.line(0, 16, self.w, 16)
            c.line(0, 1, self.w, 1)
            c.setFont("Sans-Bold", 10)
            c.setFillColor(colors.HexColor("#1f3b5c"))
            c.drawString(2, 5, self.text)

    sub = ParagraphStyle("s", fontName="Sans-Bold", fontSize=9, leading=11, leftIndent=14, spaceBefore=4,
                         spaceAfter=2, textColor=colors.HexColor("#333333"))
    story = [Paragraph(rl_esc(ORG), ParagraphStyle("t", fontName="Sans-Bold", fontSize=12.5, leading=15)),
             Paragraph(rl_esc("Nota integrativa al bilancio di previsione per l'anno 2026 e per il triennio "
                              "2026-2028 – Schede obiettivo e indicatori (primo anno = 2026)"),
                       ParagraphStyle("u", fontName="Sans", fontSize=9, leading=12)), Spacer(1, 8)]
    nodes, inds, fnd = [], [], []
    LW = 80 * mm
    for code, title, descr, (mc, mn), (pc, pn), cdr, res, kpis in OBJS:
        nodes.append(node(code, "strategic", title, None, resources=[res], mission=mc, programme=pc, owners=[cdr],
                          description=descr))
        block = [Mark(code), Heading(f"OBIETTIVO {code}"), Spacer(1, 3)]
        for lab, val in (("Codice", code), ("Obiettivo", title), ("Descrizione", descr),
                         ("Missione", f"{mc} – {mn}"), ("Programma", f"{pc} – {pn}"),
                         ("Centro di responsabilità", cdr), ("Risorse a preventivo primo anno", res)):
            block.append(Leader(lab, val, LW, bold_label=True))
        story += [CondPageBreak(70 * mm), KeepTogether(block), Spacer(1, 3)]
        for k, (name, typ, uw, algo, src, w, prev, tg) in enumerate(kpis, 1):
            iblock = [Paragraph(rl_esc(f"Indicatore {code[-1]}.{k}"), sub)]
            for lab, val in (("Denominazione", name), ("Tipologia", typ), ("Unità di misura", uw),
                             ("Algoritmo di calcolo", algo), ("Fonte del dato", src), ("Peso indicatore", w),
                             ("Target conseguito nell'esercizio precedente", prev), ("Target primo anno", tg[0]),
                             ("Target secondo anno", tg[1]), ("Target terzo anno", tg[2])):
                iblock.append(Leader(lab, val, LW - 14, indent=14))
            story += [KeepTogether(iblock), Spacer(1, 2)]
            inds.append(ind(name, code, unit=UNITS[uw], type=typ, weight=w, formula=algo, variables=vars11(algo),
                            baselines=[(2025, prev)], targets=list(zip(YEARS, tg))))
            if algo.rstrip().endswith("/"):
                fnd.append(finding("formula.incomplete", name,
                                   f"the algorithm of '{name}' ({code}) ends with '/': the denominator is missing"))
        story.append(Spacer(1, 8))

    def deco(canv, docu):
        canv.saveState()
        canv.setFont("Sans", 7.5)
        w, h = A4
        canv.drawString(18 * mm, h - 11 * mm, "Prefettura di Rovigo – Nota integrativa 2026-2028")
        if state["code"]:
            canv.drawRightString(w - 18 * mm, h - 11 * mm, f"Obiettivo {state['code']}")
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.4)
        canv.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
        canv.drawCentredString(w / 2, 9 * mm, f"– {docu.page} –")
        canv.restoreState()

    docu = SimpleDocTemplate(os.path.join(d, "input.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                             topMargin=18 * mm, bottomMargin=16 * mm, title="Nota integrativa 2026-2028")
    docu.build(story, onFirstPage=deco, onLaterPages=deco)
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, fnd)
    readme13(
        d, NAME, "record blocks (unknown)", REPORTLAB.format(script="h21_record.py"),
        "Portrait A4, Liberation Sans 8.8 pt, no table at all. Title and subtitle (`primo anno = 2026`). Per "
        "objective a heading between two rules `OBIETTIVO RO-0n`, then bold `Label . . . . value` lines with a DOT "
        "LEADER (text dots) up to a value column: `Codice`, `Obiettivo`, `Descrizione`, `Missione` (`007 – "
        "Ordine pubblico e sicurezza`), `Programma`, `Centro di responsabilità`, `Risorse a preventivo primo "
        "anno`. Indicator blocks indented under `Indicatore n.m`: `Denominazione`, `Tipologia`, `Unità di misura`, "
        "`Algoritmo di calcolo`, `Fonte del dato`, `Peso indicatore`, `Target conseguito nell'esercizio "
        "precedente`, `Target primo/secondo/terzo anno`. The running header names the objective being printed. "
        "Truth: objectives `strategic` with description, mission/programme codes, owners = [Centro di "
        "responsabilità], resources as printed; indicators uncoded, unit from the word (`Percentuale` → `%`, "
        "`Giorni` → `gg`, `Numero` → `N.`), formula = algorithm over codes, baseline 2025 = `Target conseguito "
        "nell'esercizio precedente`, targets 2026-2028 in words as printed.",
        ["dot leaders between label and value (the dots are text)",
         "no table: label/value lines with a wrapped value column",
         "running header repeating the current objective code",
         "objective heading between two rules, indicator blocks indented",
         "operators in words: `Maggiore o uguale al`, `maggiore di`, `Minore o uguale a`, `Uguale a`",
         "a mission/programme name long enough to wrap over two lines"],
        ["RO-02 weights 33,33% + 33,33% + 33,34% = 100%",
         "`Minore o uguale a 40 gg` → `35 gg` → `30 gg` against 48 gg: lower is better, improving",
         "RO-03 `Maggiore o uguale al 87%` in 2026 equals the previous year's 87% (mantenimento)",
         "`Uguale a 100%` three years against 100%",
         "`Istanze di cittadinanza istruite nell'anno`: a one-operand algorithm (a count), complete",
         "`maggiore di 75,00%` strict operator kept for all three years"],
        ["`formula.incomplete` on `Ricongiungimenti familiari definiti entro 90 giorni` (RO-02): the algorithm "
         "is `N_ricong_90gg /`, the denominator is missing"])


if __name__ == "__main__":
    build()
