#!/usr/bin/python3
"""Family: targets in prose. Chromium: an agency's plan whose target cell runs the three
years' sentences together (`Target 2024 - Aumento del 25% rispetto alla baseline. Target 2025 - …`).
LibreOffice: a national insurance body whose target is one sentence naming each year
(`Incremento del: 2% nel 2024, 4% nel 2025, 6% nel 2026`)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_page, xl_fit_rows, xl_put, xl_save, xl_styles)

YEARS = [2024, 2025, 2026]


def agenzia():
    name = "fam2-prose-chromium-1"
    org = "Agenzia Nazionale per i Servizi Pubblici Digitali"
    objs = [
        ("OB.2.1", "Diffondere l'uso dell'identità digitale per l'accesso ai servizi pubblici", [
            ("Accessi annui ai servizi pubblici con identità digitale (milioni)", "N.", "1.020",
             ["Aumento del 25% rispetto alla baseline", "Aumento del 40% rispetto alla baseline",
              "Aumento del 60% rispetto alla baseline"]),
        ]),
        ("OB.2.2", "Accompagnare la migrazione dei servizi delle amministrazioni locali verso il cloud qualificato", [
            ("Comuni con almeno un servizio migrato in cloud", "%", "38%",
             ["55% dei comuni", "70% dei comuni",
              "Completamento della migrazione per tutti i comuni sopra i 5.000 abitanti"]),
            ("Linee guida per l'adozione del cloud nella PA", "text", "Versione 1.0",
             ["Consultazione pubblica sulla nuova versione", "Adozione delle linee guida aggiornate",
              "Monitoraggio dell'applicazione presso un campione di 200 enti"]),
        ]),
        ("OB.3.1", "Rafforzare la capacità di risposta agli incidenti informatici delle amministrazioni", [
            ("Amministrazioni dotate di un piano di risposta agli incidenti", "N.", "410",
             ["Aumento del 10% rispetto alla baseline", "Almeno 1.100 amministrazioni, pari al doppio della baseline",
              "Tutte le amministrazioni centrali e le regioni"]),
            ("Tempo medio di gestione delle segnalazioni di incidente", "ore", "72 ore",
             ["Riduzione del 10% rispetto alla baseline", "Riduzione del 20% rispetto alla baseline",
              "Riduzione del 30% rispetto alla baseline"]),
        ]),
    ]
    css = """body { font-family: "DejaVu Serif", serif; font-size: 8.8pt; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 2pt 0 10pt 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt 4pt; }
td { padding: 3pt 4pt; vertical-align: top; }
tbody tr.odd td { background: #f1f4f8; }
tbody tr.last td { border-bottom: 0.5pt solid #888; }
td.code { font-weight: bold; white-space: nowrap; }
p.n { font-size: 7.5pt; margin-top: 8pt; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Piano triennale delle attività 2024-2026 – Obiettivi, indicatori e target</h2>",
         "<table><thead><tr><th>Cod.</th><th style='width:24%'>Obiettivo</th><th style='width:22%'>Indicatore</th>"
         "<th>Baseline al 31.12.2023</th><th style='width:36%'>Target triennali</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for k, (code, title, ilist) in enumerate(objs):
        nodes.append(node(code, "strategic", title))
        cls = "odd" if k % 2 == 0 else "even"
        for j, (iname, unit, base, tg) in enumerate(ilist):
            last = " last" if j == len(ilist) - 1 else ""
            prose = " ".join(f"Target {y} - {t}." for y, t in zip(YEARS, tg))
            h.append(f"<tr class='{cls}{last}'>")
            if j == 0:
                rs = f" rowspan={len(ilist)}" if len(ilist) > 1 else ""
                h.append(f"<td class=code{rs}>{code}</td><td{rs}>{esc(title)}</td>")
            h.append(f"<td>{esc(iname)}</td><td>{esc(base)}</td><td>{esc(prose)}</td></tr>")
            inds.append(ind(iname, code, unit=unit, baselines=[(2023, base)], targets=list(zip(YEARS, tg))))
    h.append("</tbody></table>")
    h.append("<p class=n>I target sono espressi rispetto al valore di baseline rilevato al 31.12.2023, salvo "
             "diversa indicazione.</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, YEARS)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Serif. One table without vertical rules (rules above and below the header, shaded
alternate objectives): `Cod. | Obiettivo | Indicatore | Baseline al 31.12.2023 | Target triennali`. Objective code and
title span their indicator rows (`OB.2.1`). The target cell is running prose, the three years' sentences one after the
other and wrapped by the browser wherever the line ends: `Target 2024 - Aumento del 25% rispetto alla baseline. Target
2025 - Aumento del 40% rispetto alla baseline. Target 2026 - …`. Some targets are qualitative (`Adozione delle linee
guida aggiornate`), one contains a number with a thousands dot and a comma (`Almeno 1.100 amministrazioni, pari al doppio
della baseline`). How truth cuts it: for each year, raw = the text after `Target <year> - ` up to (not including) the
full stop that ends the sentence. The baseline year 2023 comes from the header (`al 31.12.2023`); baseline raw is the
cell (`1.020`, `72 ore`, `Versione 1.0`). Objectives level `strategic`.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_prose.py`.",
                 ["three years' target sentences run together in one wrapped paragraph",
                  "qualitative targets and a target with a comma inside the sentence",
                  "baseline year only in the header (`Baseline al 31.12.2023`)",
                  "borderless, zebra shading, serif font", "codes `OB.2.1`"], [])


def istituto():
    name = "fam2-prose-lo-2"
    org = "Istituto Nazionale per la Tutela degli Infortuni nel Lavoro Agricolo"
    # (os code, os title, [(op code printed, truth code, op title, [(indicator, unit, base, sentence, {year: raw})])])
    data = [
        ("OS 1", "Prevenzione degli infortuni nelle aziende agricole", [
            ("1a)", "1a", "Potenziare l'attività ispettiva nelle aziende a maggior rischio", [
                ("Aziende agricole ispezionate", "N.", "2.310",
                 "Aumento delle aziende ispezionate del 3% nel 2024 e del 5% nel 2025",
                 {2024: "3%", 2025: "5%"}),
                ("Aziende destinatarie di interventi formativi", "N.", "1.480",
                 "Incremento del: 2% nel 2024, 4% nel 2025, 6% nel 2026",
                 {2024: "2%", 2025: "4%", 2026: "6%"}),
            ]),
            ("1b)", "1b", "Incentivare l'ammodernamento delle macchine agricole", [
                ("Trattori dotati di dispositivi di protezione finanziati", "N.", "640",
                 "Nel 2024 pubblicazione del bando con almeno 700 domande finanziate; nel 2025 almeno 800 domande; "
                 "nel 2026 almeno 900 domande",
                 {2024: "pubblicazione del bando con almeno 700 domande finanziate", 2025: "almeno 800 domande",
                  2026: "almeno 900 domande"}),
            ]),
        ]),
        ("OS 2", "Tempestività e qualità delle prestazioni agli assicurati", [
            ("2a)", "2a", "Ridurre i tempi di definizione delle denunce di infortunio", [
                ("Tempo medio di definizione delle denunce", "gg", "38 gg",
                 "Riduzione dei tempi medi del 5% nel 2024, del 10% nel 2025 e del 15% nel 2026",
                 {2024: "5%", 2025: "10%", 2026: "15%"}),
                ("Sportello telematico per le denunce", "text", "Non attivo",
                 "Nel 2024 avvio della sperimentazione in 3 sedi; nel 2025 estensione a tutte le sedi regionali; "
                 "nel 2026 messa a regime",
                 {2024: "avvio della sperimentazione in 3 sedi", 2025: "estensione a tutte le sedi regionali",
                  2026: "messa a regime"}),
            ]),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans Narrow"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2024-2026"
    for col, w in zip("ABCDE", [24, 28, 28, 9, 40]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2024-2026 – Allegato tecnico: obiettivi strategici e operativi",
           font=Font(name=fn, size=10), wrap=False)
    for c, v in enumerate(["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Valore 2023",
                           "Target (2024-2026)"], 1):
        xl_put(ws, 4, c, v, font=f_b, fill="FCE4D6", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for oscode, ostitle, ops in data:
        nrows = sum(len(o[3]) for o in ops)
        xl_put(ws, r, 1, f"{oscode} – {ostitle}", font=f_b, border=grid)
        if nrows > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + nrows - 1, end_column=1)
        nodes.append(node(oscode, "strategic", ostitle))
        for pcode, tcode, ptitle, ilist in ops:
            xl_put(ws, r, 2, f"{pcode} {ptitle}", font=f_n, border=grid)
            if len(ilist) > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + len(ilist) - 1, end_column=2)
            nodes.append(node(tcode, "operational", ptitle, parent=oscode))
            for iname, unit, base, sentence, per_year in ilist:
                xl_put(ws, r, 3, iname, font=f_n, border=grid)
                xl_put(ws, r, 4, base, font=f_n, border=grid, halign="right")
                xl_put(ws, r, 5, sentence, font=f_n, border=grid)
                inds.append(ind(iname, tcode, unit=unit, baselines=[(2023, base)],
                                targets=sorted(per_year.items())))
                r += 1
        xl_box(ws, r - nrows, 1, r - 1, 5, grid)
    xl_fit_rows(ws, 4, r - 1, pt=9, narrow=0.82)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, YEARS)], nodes, inds, [finding(
        "target.missing", "Aziende agricole ispezionate",
        "the target sentence names 2024 and 2025 only: no target for 2026, a year the plan covers")])
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, ruled grid, Liberation Sans Narrow 9 pt. One table
`Obiettivo strategico | Obiettivo operativo | Indicatore | Valore 2023 | Target (2024-2026)`. The strategic objective cell
(`OS 1 – Prevenzione …`) and the operational one (`1a) Potenziare …`) are merged over their indicator rows. The target is
ONE sentence covering the plan years, in several shapes:
`Incremento del: 2% nel 2024, 4% nel 2025, 6% nel 2026`; `Riduzione dei tempi medi del 5% nel 2024, del 10% nel 2025 e
del 15% nel 2026`; `Nel 2024 avvio della sperimentazione in 3 sedi; nel 2025 estensione …; nel 2026 messa a regime`.
How truth cuts it: one target per year; for `<figure> nel <year>` the raw is the figure alone (`2%`); for
`Nel <year> <phrase>;` the raw is the phrase up to the `;` or the end (`avvio della sperimentazione in 3 sedi`). Baselines
are the `Valore 2023` column (year 2023). Codes: strategic `OS 1`; operational codes are printed `1a)` and given in truth
as `1a` (the closing bracket is list punctuation, like a trailing dot). Operational objectives have parent `OS 1`/`OS 2`.
""", "Workbook written with openpyxl by `tools/samples2/fam2_prose.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`).",
                 ["one sentence per indicator naming each year (`del: 2% nel 2024, 4% nel 2025…`)",
                  "`Nel 2024 …; nel 2025 …` phrases split by semicolons",
                  "codes `1a)` with a bracket, strategic `OS 1 – title` in a merged cell",
                  "landscape, Liberation Sans Narrow"],
                 ["`target.missing` on `Aziende agricole ispezionate`: the sentence `… del 3% nel 2024 e del 5% nel "
                  "2025` gives no target for 2026, a year the plan covers"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        agenzia()
    if "lo" in which:
        istituto()
