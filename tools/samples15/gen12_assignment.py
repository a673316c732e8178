#!/usr/bin/python3
"""gen12-assignment-reportlab-1: a chamber of commerce's assignment of operational objectives 2026 to its structures,
a PDF written directly with reportlab. Portrait, Helvetica 8.6 pt, thin grey grid, dark header. The ORGANISATIONAL
UNIT is the LAST column (`Struttura responsabile`), one cell spanning all the rows of the unit with the manager on a
second line; objective number, title and weight span their indicators; units follow one another in ONE table with no
band rows (a heavy rule between units); the longest unit runs across the page break and its unit cell is printed
again at the top of the next page. Transversal `OP.T1` under every unit with the same weight. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import REPORTLAB, case_dir, doc, ind, node, readme13, rl_para, write_truth  # noqa: E402

SCRIPT = "gen12_assignment.py"
NAME = "gen12-assignment-reportlab-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura del Pollino e della Sibaritide"
YEAR = 2026
T1 = ("OP.T1", "Attuare le misure di trasparenza e di prevenzione della corruzione di competenza", "10%", [
    ("Obblighi di pubblicazione di competenza assolti nei termini", "%", "100%"),
    ("Dipendenti della struttura formati sul codice di comportamento", "%", "≥ 90%")])

# (unit, manager line label, manager, [(code, title, weight, [(indicator, unit, target)])])
UNITS = [
    ("Segreteria Generale e Affari istituzionali", "Segretario Generale", "dott.ssa Elena Marchitelli", [
        ("OP.01", "Coordinare il ciclo della performance e la redazione del PIAO", "40%", [
            ("Approvazione della Relazione sulla performance 2025", "date", "entro il 30/06/2026"),
            ("Monitoraggi intermedi degli obiettivi presentati alla Giunta", "N.", "≥ 2")]),
        ("OP.02", "Assicurare la salute economica e la tempestività dei pagamenti dell'ente", "50%", [
            ("Capacità di riscossione del diritto annuale", "%", "≥ 72%"),
            ("Tempo medio di pagamento dei fornitori", "gg", "≤ 25 gg")]),
        T1]),
    ("Area Anagrafe, Registro delle imprese e Regolazione del mercato", "Dirigente", "dott. Paolo Guarascio", [
        ("OP.03", "Ridurre i tempi di evasione delle pratiche del Registro delle imprese", "45%", [
            ("Pratiche telematiche evase entro 5 giorni dal protocollo", "%", "≥ 85%"),
            ("Tempo medio di evasione delle pratiche telematiche", "gg", "≤ 4 gg")]),
        ("OP.04", "Migliorare la qualità dei dati con le cancellazioni d'ufficio", "30%", [
            ("Imprese non operative cancellate d'ufficio", "N.", "≥ 300")]),
        ("OP.05", "Potenziare la vigilanza sulla sicurezza e la conformità dei prodotti", "15%", [
            ("Ispezioni sulla sicurezza dei prodotti effettuate", "N.", "≥ 40"),
            ("Adozione del piano annuale di vigilanza del mercato", "text", "SI")]),
        T1]),
    ("Area Promozione, Sviluppo e Servizi alle imprese", "Dirigente ad interim", "dott.ssa Rita Scorza", [
        ("OP.06", "Diffondere la cultura digitale con il Punto Impresa Digitale", "30%", [
            ("Imprese assistite con assessment digitale", "N.", "≥ 150"),
            ("Eventi formativi sul digitale realizzati", "N.", "≥ 12"),
            ("Imprese partecipanti soddisfatte degli eventi", "%", "≥ 85%")]),
        ("OP.07", "Sostenere le imprese sui mercati esteri", "30%", [
            ("Imprese assistite nei percorsi di internazionalizzazione", "N.", "≥ 80"),
            ("Certificati di origine rilasciati entro 2 giorni", "%", "≥ 97%")]),
        ("OP.08", "Promuovere il turismo e le filiere agroalimentari del territorio", "30%", [
            ("Imprese coinvolte nei progetti di filiera", "N.", "≥ 60"),
            ("Contributi del bando filiere liquidati entro 90 giorni", "%", "≥ 80%")]),
        T1]),
    ("Azienda Speciale Pollino Sviluppo", "Direttore", "ing. Franco Molinari", [
        ("OP.07", "Sostenere le imprese sui mercati esteri", "30%", [
            ("Missioni commerciali all'estero organizzate", "N.", "≥ 4")]),
        ("OP.09", "Erogare la formazione per le imprese e gli aspiranti imprenditori", "60%", [
            ("Ore di formazione erogate", "N.", "≥ 1.200"),
            ("Partecipanti che completano i percorsi formativi", "%", "≥ 75%")]),
        T1]),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle
    d = case_dir(NAME)
    out = os.path.join(d, "input.pdf")
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.6, leading=10.6)
    bold = ParagraphStyle("b", parent=cell, fontName="Helvetica-Bold")
    hcell = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11.5, leading=14)
    sub = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11.5)
    note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=7, leading=9)
    head = ["N.", "Obiettivo operativo", "Peso", "Indicatore", "Valore atteso 2026", "Struttura responsabile"]
    widths = [13 * mm, 50 * mm, 11 * mm, 56 * mm, 25 * mm, 31 * mm]

    nodes, inds = [], []
    # one list of rows per unit; the third unit is split over the page break (rows 0..split-1 | split..)
    blocks = []
    for uname, mlabel, manager, objs in UNITS:
        nodes.append(node(None, "unit", uname, owners=[manager]))
        rows, spans = [], []
        for code, otitle, w, ilist in objs:
            nodes.append(node(code, "operational", otitle, weight=w, owners=[manager], unit=uname))
            start = len(rows)
            for k, (iname, um, tg) in enumerate(ilist):
                rows.append([code if k == 0 else "", otitle if k == 0 else "", w if k == 0 else "", iname, tg])
                inds.append(ind(iname, code, unit=um, targets=[(YEAR, tg)], unit_org=uname))
            spans.append((start, len(rows) - 1))
        blocks.append((uname, mlabel, manager, rows, spans))

    def table(pieces, first):
        data = [[rl_para(h, hcell) for h in head]]
        style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f3e4e")),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
        for uname, mlabel, manager, rows, spans in pieces:
            r0 = len(data)
            for r in rows:
                data.append([rl_para(r[0], cell), rl_para(r[1], cell), rl_para(r[2], cell), rl_para(r[3], cell),
                             rl_para(r[4], cell), ""])
            data[r0][5] = rl_para(f"<b>{uname}</b><br/>{mlabel}: {manager}", cell, markup=True)
            style.append(("SPAN", (5, r0), (5, len(data) - 1)))
            for a, b in spans:
                if b > a:
                    for c in (0, 1, 2):
                        style.append(("SPAN", (c, r0 + a), (c, r0 + b)))
            style.append(("LINEABOVE", (0, r0), (-1, r0), 1.4, colors.black))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    def cut(block, at):
        uname, mlabel, manager, rows, spans = block
        s1 = [(a, b) for a, b in spans if b < at]
        s2 = [(a - at, b - at) for a, b in spans if a >= at]
        assert all(a < at <= b for a, b in spans if not (b < at or a >= at)) is True and \
            not any(a < at <= b for a, b in spans)
        return (uname, mlabel, manager, rows[:at], s1), (uname, mlabel, manager, rows[at:], s2)

    b3a, b3b = cut(blocks[2], 7)
    story = [rl_para(ORG, title), rl_para("Piano della Performance 2026 – Allegato 3: assegnazione degli obiettivi "
                                          "operativi alle strutture e alla dirigenza", sub), Spacer(1, 4 * mm),
             table(blocks[:2] + [b3a], True), PageBreak(), table([b3b, blocks[3]], False), Spacer(1, 4 * mm),
             rl_para("I pesi degli obiettivi sono espressi in percentuale e sommano a 100 per ciascuna struttura. "
                     "L'obiettivo trasversale OP.T1 è assegnato a tutte le strutture con il medesimo peso; "
                     "l'obiettivo OP.07 è condiviso tra l'Area Promozione e l'Azienda Speciale.", note)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=14 * mm,
                      bottomMargin=14 * mm, title="Assegnazione obiettivi 2026").build(story)
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    readme13(d, NAME, "assignment", REPORTLAB.format(script=SCRIPT), """
Portrait A4, Helvetica 8.6 pt, reportlab platypus tables with a thin grey grid and a dark header (white bold text)
repeated on page 2. Title (the chamber) and subtitle, then ONE table `N. | Obiettivo operativo | Peso | Indicatore |
Valore atteso 2026 | Struttura responsabile`. The ORGANISATIONAL UNIT is the LAST column: one cell spanning all the
rows of the unit, the unit name in bold and the manager on a second line (`Dirigente: dott. …`, `Segretario
Generale: …`, `Direttore: …`). There are no unit band rows: units are told apart only by that spanning cell and a
heavy rule. Objective number (`OP.03`), title and weight (`45%`) span their indicators. The third unit is cut by a
forced page break after its third objective: page 2 starts with its remaining objectives and its unit cell printed
AGAIN. The Azienda Speciale is a unit like the others. A closing note. Truth: one `unit` node per Struttura (owners
= the manager's name), objectives one `operational` node per (objective, unit) with `unit` set, parent null and
owners = the manager; indicators carry `unit_org`; no indicator weights.
""", ["unit in the LAST column, spanning all its rows, manager on a second line",
      "no unit bands: units told apart by the spanning cell and a heavy rule",
      "unit cut by a page break and its cell printed again on the next page",
      "objective number, title and weight spanning their indicators", "PDF written directly by reportlab",
      "a `SI` target, a date target, `≥` / `≤` targets"],
     ["weights sum to 100% per STRUCTURE (40+50+10, 45+30+15+10, 30+30+30+10, 30+60+10), not over the document",
      "`OP.T1` repeated under all four structures with the same 10% and the same indicators",
      "`OP.07` shared by two structures with the same 30%, with different indicators under each",
      "the third structure printed twice (before and after the page break) is ONE unit",
      "indicators without weights", "`SI` and `entro il 30/06/2026` targets"], [])
    return NAME


if __name__ == "__main__":
    print(build())
