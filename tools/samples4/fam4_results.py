#!/usr/bin/python3
"""Family: results without weights. xlsx: `Obiettivo | Indicatore | Target % | Risultato % | Note`, objective
merged down over its indicators, bare numbers (`100`, `97,5`) with a few result cells pasted as fractions with
`0%` / `0.0%` formats. LibreOffice: a list of objectives only, `Codice | Descrizione | Percentuale di
realizzazione`, shaded band rows per structure, codes of three styles (`04.`, `13.5`, `A1`)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import (case_dir, doc, ind, it_num, lo_pdf, node, write_readme, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def disp_bare(v):
    return str(int(v)) if v == int(v) else it_num(v, 1)


def comune():
    name = "fam4-results-xlsx-1"
    org = "Comune di Roccalta"
    Y = 2025
    # (code, title, [(indicator, target, result, note)]); result ("pct", x) = fraction cell with a % format
    objs = [
        ("P01", "Ridurre i tempi di rilascio delle carte d'identità elettroniche", [
            ("Appuntamenti evasi entro 15 giorni dalla richiesta", 90, 92.5, None),
            ("Carte d'identità rilasciate in giornata ai richiedenti con urgenza documentata", 100, 100, None)]),
        ("P02", "Migliorare la riscossione delle entrate tributarie", [
            ("Avvisi di accertamento IMU notificati sul totale delle posizioni irregolari", 80, ("pct", 0.84, "0%"),
             "Dato estratto dal gestionale tributi al 31/01/2026"),
            ("Riscossione TARI di competenza sul dovuto", 85, 81.3, "Scostamento dovuto alle rateizzazioni concesse"),
            ("Istanze di rimborso definite entro 90 giorni", 95, 97.5, None)]),
        ("P03", "Digitalizzare le pratiche edilizie dello sportello unico", [
            ("Pratiche edilizie presentate esclusivamente online", 97.5, ("pct", 0.988, "0.0%"), None),
            ("Pareri endoprocedimentali acquisiti in conferenza telematica", 60, 64, "Rilevazione semestrale")]),
        ("P04", "Garantire la manutenzione ordinaria degli edifici scolastici", [
            ("Segnalazioni di guasto chiuse entro 10 giorni lavorativi", 90, 88.5,
             "Tre interventi rinviati per indisponibilità del fornitore"),
            ("Sopralluoghi programmati eseguiti", 100, 100, None)]),
        ("P05", "Potenziare i servizi bibliotecari di prossimità", [
            ("Prestiti interbibliotecari evasi entro 7 giorni", 85, 90, None)]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"Obiettivi {Y}"
    for col, w in zip("ABCDE", [38, 44, 10, 11, 34]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, f"{org} – Settore Servizi al Cittadino e Bilancio", font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Relazione sulla performance {Y} – risultati degli obiettivi di PEG", font=Font(name=fn, size=10),
           wrap=False)
    for c, v in enumerate(["Obiettivo", "Indicatore", "Target %", "Risultato %", "Note"], 1):
        xl_put(ws, 4, c, v, font=f_b, fill="FCE4D6", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for code, title, ilist in objs:
        first = r
        for iname, tgt, res, note in ilist:
            xl_put(ws, r, 2, iname, font=f_n, border=grid)
            xl_put(ws, r, 3, tgt, font=f_n, border=grid, halign="center", fmt="0" if tgt == int(tgt) else "0.0")
            if isinstance(res, tuple):
                _, x, fmt = res
                xl_put(ws, r, 4, x, font=f_n, border=grid, halign="center", fmt=fmt)
                rraw = (str(round(x * 100)) if fmt == "0%" else it_num(x * 100, 1)) + "%"
            else:
                xl_put(ws, r, 4, res, font=f_n, border=grid, halign="center", fmt="0" if res == int(res) else "0.0")
                rraw = disp_bare(res)
            xl_put(ws, r, 5, note, font=Font(name=fn, size=8.5, italic=True), border=grid)
            inds.append(ind(iname, code, unit="%", targets=[(Y, disp_bare(tgt))], results=[(Y, rraw)],
                            notes=[note] if note else []))
            r += 1
        xl_put(ws, first, 1, f"{code} – {title}", font=f_b, border=grid, valign="center")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, first, 1, r - 1, 5, grid)
        nodes.append(node(code, "operational", title))
    xl_fit_rows(ws, 4, r - 1, pt=9, narrow=0.95)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [Y])], nodes, inds)
    write_readme(d, name, """
The workbook itself (`input.xlsx`), one sheet `Obiettivi 2025`, Liberation Sans 9, ruled grid, landscape print setup
with the header row repeated. Two title rows (body and sector; `Relazione sulla performance 2025 – …`), then
`Obiettivo | Indicatore | Target % | Risultato % | Note`. The objective cell `P01 – title` (code and title in ONE cell,
separated by an en dash) is merged DOWN over its indicator rows (1 to 3 indicators). Target and result are NUMBER cells:
mostly bare numbers with formats `0` / `0.0` (`100`, `97,5`, `81,3`: the unit `%` only in the header), but two result
cells were pasted as fractions with percentage formats (0.84 with `0%` → `84%`, 0.988 with `0.0%` → `98,8%`). A
`Note` column in italics holds free remarks on some indicators (empty on the others). No weights, no achievement.
Truth: objectives `operational` (code `P01`, title after the dash, parent null); indicator unit `%`; target and result
of 2025 with raw = the displayed text (`97,5`, `84%`); notes = the Note cell.
""", "Written with openpyxl by `tools/samples4/fam4_results.py` and kept as .xlsx (number formats as in the file).",
                 ["workbook kept as input; objective merged down over its indicators",
                  "bare numbers under `Target %` / `Risultato %`, two cells with `0%` / `0.0%` formats instead",
                  "a `Note` column (free text), no weights"], [])


def provincia():
    name = "fam4-results-lo-2"
    org = "Provincia di Montelago"
    Y = 2025
    # structure -> [(printed code, truth code, title, value)]; value float = fraction cell, str = text cell
    structs = [
        ("SETTORE AFFARI GENERALI E RISORSE UMANE", [
            ("04.", "04", "Aggiornare il regolamento sull'ordinamento degli uffici e dei servizi", 1.0, "0%"),
            ("05.", "05", "Completare le procedure di reclutamento previste dal piano dei fabbisogni di personale",
             0.95, "0%"),
            ("06.", "06", "Avviare la conservazione digitale a norma degli atti deliberativi", 0.875, "0.0%")]),
        ("SETTORE VIABILITÀ E TRASPORTI", [
            ("13.5", "13.5", "Realizzare il piano di manutenzione straordinaria dei ponti sulla rete provinciale",
             0.825, "0.0%"),
            ("13.6", "13.6", "Rilasciare le autorizzazioni ai trasporti eccezionali entro 15 giorni", "Realizzato", None),
            ("13.7", "13.7", "Aggiornare il catasto stradale informatizzato", "dato in aggiornamento", None)]),
        ("SERVIZIO AMBIENTE", [
            ("A1", "A1", "Effettuare i controlli programmati sugli impianti termici", 1.0, "0%"),
            ("A2", "A2", "Ridurre i tempi di rilascio delle autorizzazioni uniche ambientali", 0.9, "0%")]),
    ]
    import openpyxl
    S = xl_styles()
    Font, Border, Side = S["Font"], S["Border"], S["Side"]
    fn = "Liberation Serif"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    hair = Border(bottom=Side(style="hair", color="808080"))
    head_b = Border(top=Side(style="medium"), bottom=Side(style="medium"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Realizzazione"
    for col, w in zip("ABC", [10, 66, 18]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org.upper(), font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Stato di attuazione degli obiettivi esecutivi al 31 dicembre {Y}", font=Font(name=fn, size=11),
           wrap=False)
    for c, v in enumerate(["Codice", "Descrizione", "Percentuale di realizzazione"], 1):
        xl_put(ws, 4, c, v, font=f_b, border=head_b, halign="center", valign="center")
    r = 5
    nodes = []
    for sname, objs in structs:
        xl_put(ws, r, 1, sname, font=Font(name=fn, size=10, bold=True, color="FFFFFF"), fill="44546A", wrap=False)
        for c in (2, 3):
            xl_put(ws, r, c, None, fill="44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
        for pcode, tcode, title, v, fmt in objs:
            xl_put(ws, r, 1, pcode, font=f_n, border=hair, halign="left")
            xl_put(ws, r, 2, title, font=f_n, border=hair)
            if isinstance(v, float):
                xl_put(ws, r, 3, v, font=f_n, border=hair, halign="right", fmt=fmt)
                raw = (str(round(v * 100)) if fmt == "0%" else it_num(v * 100, 1)) + "%"
            else:
                xl_put(ws, r, 3, v, font=Font(name=fn, size=10, italic=True), border=hair, halign="right")
                raw = v
            nodes.append(node(tcode, "operational", title, achievement=[(Y, raw)], owners=[sname]))
            r += 1
    xl_put(ws, r + 1, 1, "Fonte: schede di monitoraggio dei dirigenti validate dal Nucleo di valutazione.",
           font=Font(name=fn, size=8.5, italic=True), wrap=False)
    xl_fit_rows(ws, 4, r - 1, pt=10, narrow=0.95)
    xl_page(ws, landscape=False, title_rows="4:4")
    ws.oddFooter.right.text = "Pag. &P di &N"
    ws.oddFooter.right.size = 8
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, [Y])], nodes, [])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Serif 10, no grid (medium rules around the header, a hair
line under each row). Title in capitals and `Stato di attuazione degli obiettivi esecutivi al 31 dicembre 2025`, then
`Codice | Descrizione | Percentuale di realizzazione`: a list of OBJECTIVES ONLY (no indicators, no weights, no area
percentages). Dark band rows with white text, one per structure (`SETTORE AFFARI GENERALI E RISORSE UMANE`,
`SETTORE VIABILITÀ E TRASPORTI`, `SERVIZIO AMBIENTE`), carry no code and no value. Each structure numbers its
objectives its own way: `04.` (trailing dot, truth `04`), `13.5`, `A1`. Percentages are fraction cells with `0%` or
`0.0%` formats (`95%`, `87,5%`); two cells are text: `Realizzato` and `dato in aggiornamento` (italic). A source line
under the table; footer `Pag. n di N`. Truth: objectives `operational`, parent null, owners = [the band's structure],
achievement 2025 raw as displayed (including `Realizzato` and `dato in aggiornamento`).
""", "Workbook written with openpyxl by `tools/samples4/fam4_results.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`).",
                 ["objectives only, grouped by dark structure band rows without values",
                  "three code styles in one list (`04.`, `13.5`, `A1`)",
                  "text achievements `Realizzato` and `dato in aggiornamento`", "percent-formatted fraction cells"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["xlsx", "lo"]
    if "xlsx" in which:
        comune()
    if "lo" in which:
        provincia()
