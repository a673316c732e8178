#!/usr/bin/python3
"""h17-results-lo-1: a regional employment agency's results list 2025 WITHOUT WEIGHTS, an openpyxl workbook printed
by LibreOffice. Two sheets: `Sintesi` (`Codice | Descrizione | Percentuale di realizzazione`, objective codes `1a)`
with `97,5%`-like text) and `Dettaglio` (`Obiettivo | Indicatore | Target % | Risultato % | Realizzazione %`: the
unit only in the header, bare number cells); objective realisation = plain mean of its indicators (capped at 100).
FAULT achievement.mismatch on `Percorsi di tirocinio avviati…`: printed realisation disagrees. Content is
invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (LO_XLSX, capped, case_dir, disp12, dpct, doc, finding, font, ind, lo_pdf_of, node,  # noqa: E402
                      readme17, rnd, widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h17_results.py"
ORG = "Agenzia regionale per il lavoro e la formazione professionale"
YEAR = 2025
FAULTY = "Percorsi di tirocinio avviati sul totale dei tirocini approvati"

# objective (code as printed, title) -> indicators (name, target %, result %)
OBJS = [
    ("1a)", "Rafforzare l'incontro tra domanda e offerta di lavoro", [
        ("Aziende che hanno pubblicato almeno una vacancy sul portale", 60, 64),
        ("Candidature trasmesse entro 5 giorni dalla richiesta dell'azienda", 90, 86.5),
        (FAULTY, 80, 72)]),
    ("1b)", "Attuare il programma di garanzia per l'occupabilità dei lavoratori", [
        ("Beneficiari presi in carico sul target regionale", 100, 100),
        ("Beneficiari con patto di servizio sottoscritto entro 30 giorni", 85, 88)]),
    ("2a)", "Migliorare la qualità dell'offerta formativa accreditata", [
        ("Corsi con valutazione finale positiva dei partecipanti", 80, 77.6),
        ("Allievi qualificati sugli iscritti", 75, 75),
        ("Enti accreditati sottoposti a verifica in loco", 30, 35)]),
    ("3a)", "Semplificare le procedure amministrative dell'agenzia", [
        ("Procedimenti con istanza telematica", 70, 70)]),
]


def bare(x):
    x = Decimal(str(x))
    return str(x).replace(".", ",") if x != x.to_integral() else str(int(x))


def build():
    from openpyxl import Workbook
    name = "h17-results-lo-1"
    F = "Liberation Sans"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    s1 = wb.active
    s1.title = "Sintesi"
    s2 = wb.create_sheet("Dettaglio")
    nodes, inds = [], []
    # detail
    widths(s2, [40, 50, 11, 11, 14])
    xl_put(s2, 1, 1, "Dettaglio degli indicatori – anno 2025", font=font(F, 10, bold=True), wrap=False)
    for c, h in enumerate(["Obiettivo", "Indicatore", "Target %", "Risultato %", "Realizzazione %"], 1):
        xl_put(s2, 3, c, h, font=font(F, 8.5, bold=True), fill="D9D9D9", border=grid, halign="center")
    r = 4
    summary = []
    for ocode, otitle, ilist in OBJS:
        first = r
        achs = []
        for iname, tg, res in ilist:
            a = rnd(capped(res, tg, "ge"), 1)
            if iname == FAULTY:
                a = Decimal("95")
            a_disp = bare(a)
            achs.append(a)
            for c, v in [(2, iname), (3, tg), (4, res), (5, float(a))]:
                xl_put(s2, r, c, v, font=font(F, 8.5), border=grid, halign="center" if c > 2 else None,
                       fmt="General" if c > 2 else None)
            inds.append(ind(iname, ocode.rstrip(")"), unit="%", targets=[(YEAR, bare(tg))],
                            results=[(YEAR, bare(res))], achievement=[(YEAR, a_disp)]))
            r += 1
        xl_put(s2, first, 1, f"{ocode} {otitle}", font=font(F, 8.5, bold=True), border=grid)
        if r - first > 1:
            s2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        xl_box(s2, first, 1, r - 1, 1, grid)
        mean = rnd(sum(achs) / len(achs), 1)
        summary.append((ocode, otitle, mean))
        nodes.append(node(ocode.rstrip(")"), "strategic", otitle, achievement=[(YEAR, dpct(mean, 1))]))
    xl_put(s2, r + 1, 1, "Realizzazione % = Risultato / Target x 100, con un massimo di 100.",
           font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(s2, 3, r - 1, pt=8.5)
    xl_page(s2, landscape=False, title_rows="3:3")
    # summary first
    widths(s1, [10, 70, 18])
    xl_put(s1, 1, 1, ORG, font=font(F, 11, bold=True), wrap=False)
    xl_put(s1, 2, 1, "Relazione sulla performance 2025 – Percentuale di realizzazione degli obiettivi",
           font=font(F, 9), wrap=False)
    for c, h in enumerate(["Codice", "Descrizione", "Percentuale di realizzazione"], 1):
        xl_put(s1, 4, c, h, font=font(F, 8.5, bold=True), fill="D9D9D9", border=grid, halign="center")
    for k, (ocode, otitle, mean) in enumerate(summary, 5):
        xl_put(s1, k, 1, ocode, font=font(F, 8.5), border=grid, halign="center")
        xl_put(s1, k, 2, otitle, font=font(F, 8.5), border=grid)
        xl_put(s1, k, 3, dpct(mean, 1), font=font(F, 8.5), border=grid, halign="right")
    xl_put(s1, 6 + len(summary), 1, "La percentuale di realizzazione dell'obiettivo è la media semplice delle "
           "realizzazioni dei suoi indicatori (foglio Dettaglio).", font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(s1, 4, 4 + len(summary), pt=8.5)
    xl_page(s1, landscape=False)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="risultati")
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds,
                findings=[finding("achievement.mismatch", FAULTY,
                                  "result 72 against target 80 gives 90, the printed realisation is 95")])
    readme17(d, name, "results list without weights", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Sans 8.5 pt, full grid, two sheets printed one after the other. `Sintesi`: title (the
agency), subtitle, table `Codice | Descrizione | Percentuale di realizzazione` with codes `1a)`, `1b)`, `2a)`, `3a)`
and text values `91,9%`, then a note (plain mean). `Dettaglio`: title, table `Obiettivo | Indicatore | Target % |
Risultato % | Realizzazione %` where the objective cell (`1a) title`) is merged down over its indicators and the three
figures are BARE number cells in General format (`90`, `86,5`, `96,1`): the unit only in the header; a note on the
formula. No weights. Truth: objectives `strategic`, code without the `)`, achievement = the Sintesi percentage;
indicators unit `%`, targets / results / achievements as the bare displayed numbers, year 2025.
""", ["summary FIRST, detail after, on separate sheets", "codes `1a)` (list punctuation dropped in the truth)",
      "unit only in the column headers", "General-format decimals with a comma (`86,5`)"],
     ["no weights at all: objective realisations are PLAIN means", "achievements capped at 100 (`64` against `60`)",
      "`100` / `100` and `70` / `70` rows (target met exactly)",
      "`35` against `30` on an inspection share: capped at 100"],
     ["`achievement.mismatch` on `" + FAULTY + "`: result 72 against target 80 is 90, printed 95 (the objective "
      "`1a)` mean uses the printed 95, so it adds no roll-up fault)."])
    return name


if __name__ == "__main__":
    print(build())
