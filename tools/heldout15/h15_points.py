#!/usr/bin/python3
"""h15-points-lo-1: weights in points. A region's objectives 2026 for one central directorate, a workbook printed by
LibreOffice: objectives are worth 60 POINTS of the manager's evaluation (behaviours, 40 points, are on another form,
said only in a note). Portrait, DejaVu Serif Condensed, BORDERLESS with zebra; `Punteggio massimo` column in the
MIDDLE (after the title); ambiti as band rows with their points (`24 punti`); objectives with number cells in a
conditional format (`[=1]0" PUNTO";0" punti"` → `12 punti`, `1 PUNTO`) merged down over their indicators;
`Dato 2025 (stima)`, `Risultato atteso 2026` in words; `Totale punti obiettivi` row; manual break, header repeated.
Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (LO_XLSX, case_dir, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "h15_points.py"
ORG = "Regione Autonoma Valle Serena"
PTS_FMT = '[=1]0" PUNTO";0" punti"'


def pts(n):
    return "1 PUNTO" if n == 1 else f"{n} punti"


# ambito (code, title, points) -> objectives (code, title, points) -> indicators (name, unit, dato 2025, target 2026)
AMBITI = [
    ("A", "Transizione energetica", 24, [
        ("A.1", "Accelerare l'istruttoria delle autorizzazioni per gli impianti da fonti rinnovabili", 12, [
            ("Autorizzazioni uniche rilasciate entro 90 giorni dalla domanda completa", "%", "71%",
             "maggiore o uguale a 80%"),
            ("Tempo medio di conclusione dei procedimenti", "gg", "104 gg", "minore o uguale a 90 gg")]),
        ("A.2", "Attuare il bando per le comunità energetiche rinnovabili", 8, [
            ("Pubblicazione della graduatoria del bando", "date", "–", "entro il 31.10.2026"),
            ("Comunità energetiche finanziate", "N.", "9", "almeno 20")]),
        ("A.3", "Aggiornare il piano energetico regionale", 4, [
            ("Trasmissione della proposta di piano alla Giunta", "date", "–", "entro il 30.11.2026")])]),
    ("B", "Tutela delle acque e del suolo", 20, [
        ("B.1", "Ridurre i prelievi idrici non autorizzati", 10, [
            ("Derivazioni controllate sul totale delle concessioni attive", "%", "6,5%", "maggiore o uguale a 10%"),
            ("Procedimenti sanzionatori avviati entro 60 giorni dall'accertamento", "%", "82%",
             "maggiore o uguale a 90%")]),
        ("B.2", "Completare gli interventi contro il dissesto idrogeologico finanziati nel 2024", 10, [
            ("Cantieri conclusi sul totale dei cantieri finanziati", "%", "38%", "maggiore o uguale a 75%")])]),
    ("C", "Semplificazione e digitalizzazione", 16, [
        ("C.1", "Digitalizzare i procedimenti ambientali della Direzione", 15, [
            ("Procedimenti gestiti sul portale unico regionale", "N.", "11", "almeno 18"),
            ("Istanze presentate esclusivamente on line", "%", "64%", "maggiore o uguale a 85%"),
            ("Modulistica unificata pubblicata", "text", "NO", "SI")]),
        ("C.2", "Aggiornare la sezione Amministrazione trasparente di competenza", 1, [
            ("Obblighi di pubblicazione della Direzione assolti nei termini", "%", "97%", "100%")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "h15-points-lo-1"
    F = "DejaVu Serif Condensed"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [6, 40, 12, 40, 12, 18])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Direzione centrale Ambiente ed energia – Obiettivi dirigenziali 2026", font=font(F, 10),
           wrap=False)
    xl_put(ws, 3, 1, "Direttore centrale: Ing. Carlo Battistella", font=font(F, 9, italic=True), wrap=False)
    heads = ["Cod.", "Obiettivo", "Punteggio massimo", "Indicatore", "Dato 2025 (stima)", "Risultato atteso 2026"]
    HR = 5
    head_b = Border(top=Side(style="medium"), bottom=Side(style="medium"))
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 8.5, bold=True), border=head_b, halign="center", valign="center")
    ws.row_dimensions[HR].height = 26
    r = HR + 1
    nodes, inds = [], []
    zebra = ["FFFFFF", "F2F2F2"]
    z = 0
    f8 = font(F, 8.5)
    total = 0
    for acode, atitle, apts, objs in AMBITI:
        if acode == "C":
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, acode, font=font(F, 9, bold=True), fill="C6D9C0")
        xl_put(ws, r, 2, f"AMBITO {acode} – {atitle.upper()}", font=font(F, 9, bold=True), fill="C6D9C0", wrap=False)
        xl_put(ws, r, 3, apts, font=font(F, 9, bold=True), fill="C6D9C0", fmt=PTS_FMT, halign="center")
        for c in (4, 5, 6):
            xl_put(ws, r, c, None, fill="C6D9C0")
        nodes.append(node(acode, "area", f"AMBITO {acode} – {atitle.upper()}", weight=pts(apts)))
        assert sum(o[2] for o in objs) == apts
        total += apts
        r += 1
        for ocode, otitle, opts, ilist in objs:
            fill = zebra[z % 2]
            z += 1
            o0 = r
            for nm, unit, base, tg in ilist:
                xl_put(ws, r, 4, nm, font=f8, fill=fill)
                xl_put(ws, r, 5, base, font=f8, fill=fill, halign="center")
                xl_put(ws, r, 6, tg, font=f8, fill=fill, halign="center")
                inds.append(ind(nm, ocode, unit=unit, baselines=[(2025, base)], targets=[(2026, tg)]))
                r += 1
            for c, v in ((1, ocode), (2, otitle), (3, opts)):
                xl_put(ws, o0, c, v, font=f8, fill=fill, fmt=PTS_FMT if c == 3 else None,
                       halign="center" if c == 3 else None)
                for rr in range(o0 + 1, r):
                    xl_put(ws, rr, c, None, fill=fill)
                if r - 1 > o0:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=pts(opts)))
    assert total == 60
    tb = Border(top=Side(style="medium"), bottom=Side(style="medium"))
    xl_put(ws, r, 1, None, border=tb)
    xl_put(ws, r, 2, "Totale punti obiettivi", font=font(F, 9, bold=True), border=tb)
    xl_put(ws, r, 3, total, font=font(F, 9, bold=True), border=tb, fmt=PTS_FMT, halign="center")
    for c in (4, 5, 6):
        xl_put(ws, r, c, None, border=tb)
    xl_put(ws, r + 2, 1, "Il raggiungimento degli obiettivi vale fino a 60 punti su 100; la valutazione dei "
           "comportamenti organizzativi (fino a 40 punti) è oggetto di scheda separata.", font=font(F, 8, italic=True),
           wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=8.5, narrow=1.1)
    xl_page(ws, landscape=False, title_rows=f"{HR}:{HR}", margins=0.55)
    ws.oddFooter.center.text = "&P / &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="obiettivi_dirigenziali")
    write_truth(d, [doc(ORG, [2026])], nodes, inds)
    genre_readme(d, name, "weights in points", LO_XLSX.format(script=SCRIPT), """
Portrait A4, DejaVu Serif Condensed 8.5 pt, NO GRID: medium rules above and below the header and the total row only,
zebra per objective, green band rows for the ambiti. Three title lines (the region in capitals, `Direzione centrale
Ambiente ed energia – Obiettivi dirigenziali 2026`, `Direttore centrale: …`). Header `Cod. | Obiettivo | Punteggio
massimo | Indicatore | Dato 2025 (stima) | Risultato atteso 2026`, repeated after a manual break before ambito C. The
POINTS COLUMN IS IN THE MIDDLE. Ambito bands: `A` | `AMBITO A – TRANSIZIONE ENERGETICA` | `24 punti`. Objectives:
code, title and points merged down over their indicators; points are number cells in the conditional format
`[=1]0" PUNTO";0" punti"` (`12 punti`, `1 PUNTO`). `Totale punti obiettivi` = `60 punti`; an italic note says the
objectives are worth up to 60 of 100 points, behaviours (40) being on another form.
Truth: ambiti `area` (title as printed in the band, weight raw `24 punti`), objectives `strategic` with parent = the
ambito and weight raw `12 punti` / `1 PUNTO`; ambiti sum to the printed 60 points and objectives to their ambito's
points; indicators without weight, baseline 2025 = the estimate, target 2026.
""", ["points total 60 (not 100), explained only by a note; behaviours not in the table",
      "points column in the middle of the table; conditional number format printing `1 PUNTO`",
      "borderless with zebra, medium rules only around header and total", "operators in words "
      "(`maggiore o uguale a 80%`, `minore o uguale a 90 gg`, `almeno 20`, `entro il 31.10.2026`), a bare `100%`, `SI`",
      "`Dato 2025 (stima)` as baseline, single target year", "manual page break, header repeated"], [])
    return name


if __name__ == "__main__":
    print(build())
