#!/usr/bin/python3
"""fam12-results-xlsx-1: results list without weights of a comune (2025), kept as .xlsx. Two sheets: `Riepilogo`
(`Codice | Descrizione | Settore | Percentuale di realizzazione`, number cells in `0.0%` or `0%`, a `Media ente` row)
and `Dettaglio indicatori` (`Obiettivo | Indicatore | Target % | Risultato % | Note`: the objective by CODE only,
repeated on every row; target and result as bare General numbers, the unit only in the header). The objective's
realisation is the plain mean of its indicators' capped ratios, which are not printed. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (XLSX, capped, case_dir, doc, fmt_disp, font, ind, node, readme13, rnd, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_put, xl_save, xl_styles)

SCRIPT = "fam12_results.py"
NAME = "fam12-results-xlsx-1"
ORG = "Comune di Montefredano Irpino"
YEAR = 2025

# (code, title, settore, fmt of the realisation, [(indicator, target, result, op, note)])
OBJS = [
    ("PEG.01", "Digitalizzare il protocollo e l'archivio corrente", "Settore Affari Generali", "0.0%", [
        ("Documenti protocollati in formato digitale", "95", "97.4", "ge", None),
        ("Fascicoli informatici aperti sul totale dei fascicoli", "80", "72", "ge", None)]),
    ("PEG.02", "Ridurre i tempi di rilascio della carta d'identità elettronica", "Settore Affari Generali", "0%", [
        ("Appuntamenti per la CIE fissati entro 15 giorni dalla richiesta", "90", "93.5", "ge", None)]),
    ("PEG.03", "Migliorare la riscossione dei tributi locali", "Settore Finanziario", "0.0%", [
        ("Riscossione della TARI di competenza sul dovuto", "85", "81.6", "ge", "dato al 31/12/2025"),
        ("Riscossione dell'IMU da avvisi di accertamento", "60", "48", "ge", None),
        ("Avvisi bonari TARI inviati entro il 30 giugno", "100", "100", "ge", None)]),
    ("PEG.04", "Rispettare i tempi di pagamento delle fatture commerciali", "Settore Finanziario", "0%", [
        ("Fatture pagate entro 30 giorni dal ricevimento", "95", "96.2", "ge", None)]),
    ("PEG.05", "Completare le opere pubbliche del programma triennale", "Settore Tecnico", "0.0%", [
        ("Avanzamento dei lavori di adeguamento sismico della scuola di via Roma", "100", "85", "ge",
         "cantiere sospeso per 40 giorni per ritrovamenti"),
        ("Lavori avviati sul totale dei lavori programmati", "75", "75", "ge", None)]),
    ("PEG.06", "Aumentare i controlli per la sicurezza stradale", "Polizia Locale", "0.0%", [
        ("Posti di controllo effettuati sul totale programmato", "100", "112", "ge", None),
        ("Incidenti rilevati con verbale definito entro 60 giorni", "90", "78.3", "ge", None)]),
]


def gen(v):
    return fmt_disp(Decimal(v), "General")


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    FN = "Calibri"
    wb = Workbook()
    ws = wb.active
    ws.title = "Riepilogo"
    widths(ws, [11, 58, 26, 16])
    xl_put(ws, 1, 1, ORG, font=font(FN, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025 – grado di realizzazione degli obiettivi di PEG",
           font=font(FN, 10), wrap=False)
    for c, h in enumerate(["Codice", "Descrizione", "Settore", "Percentuale di realizzazione"], 1):
        xl_put(ws, 4, c, h, font=font(FN, 10, bold=True), fill="FCE4D6", border=grid, halign="center")
    nodes, inds = [], []
    r = 5
    means = []
    for code, title, sett, fm, ilist in OBJS:
        ratios = [capped(Decimal(res), Decimal(tg), op) for _, tg, res, op, _ in ilist]
        m = rnd(sum(ratios) / len(ratios), 1) / 100
        means.append(m)
        for c, v in enumerate([code, title, sett, float(m)], 1):
            xl_put(ws, r, c, v, font=font(FN, 10), border=grid, fmt=fm if c == 4 else None,
                   halign="center" if c in (1, 4) else None)
        nodes.append(node(code, "operational", title, owners=[sett], achievement=[(YEAR, fmt_disp(m, fm))]))
        r += 1
    avg = rnd(sum(means) / len(means) * 100, 1) / 100
    xl_put(ws, r, 1, "Media ente", font=font(FN, 10, bold=True), border=grid, fill="F2F2F2")
    for c in (2, 3):
        xl_put(ws, r, c, None, border=grid, fill="F2F2F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r, 4, float(avg), font=font(FN, 10, bold=True), border=grid, fill="F2F2F2", fmt="0.0%",
           halign="center")
    xl_fit_rows(ws, 5, r, pt=10)
    xl_put(ws, r + 2, 1, "La percentuale di realizzazione dell'obiettivo è la media semplice dei rapporti risultato / "
           "target dei suoi indicatori, ciascuno limitato al 100% (dettaglio nel foglio successivo).",
           font=font(FN, 8, italic=True), wrap=False)
    ws.freeze_panes = "A5"
    wd = wb.create_sheet("Dettaglio indicatori")
    widths(wd, [11, 60, 10, 12, 40])
    for c, h in enumerate(["Obiettivo", "Indicatore", "Target %", "Risultato %", "Note"], 1):
        xl_put(wd, 1, c, h, font=font(FN, 10, bold=True), fill="FCE4D6", border=grid, halign="center")
    r = 2
    for code, title, sett, fm, ilist in OBJS:
        for name, tg, res, op, note in ilist:
            vals = [code, name, float(Decimal(tg)), float(Decimal(res)), note]
            for c, v in enumerate(vals, 1):
                xl_put(wd, r, c, v, font=font(FN, 10), border=grid, fmt="General" if c in (3, 4) else None,
                       halign="center" if c in (1, 3, 4) else None)
            inds.append(ind(name, code, unit="%", targets=[(YEAR, gen(tg))], results=[(YEAR, gen(res))],
                            notes=[note] if note else []))
            r += 1
    xl_fit_rows(wd, 2, r - 1, pt=10)
    wd.auto_filter.ref = f"A1:E{r - 1}"
    wd.freeze_panes = "A2"
    for w in (ws, wd):
        w.page_setup.orientation = "landscape"
        w.sheet_properties.pageSetUpPr.fitToPage = True
        w.page_setup.fitToWidth = 1
        w.page_setup.fitToHeight = 0
    d = case_dir(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "results list without weights", XLSX.format(script=SCRIPT), """
Workbook with two sheets, Calibri 10, frozen header rows. `Riepilogo`: title lines, then `Codice | Descrizione |
Settore | Percentuale di realizzazione`: one row per objective (`PEG.01`), the realisation as a NUMBER cell whose
format varies by row (`0.0%` → `95,0%`, `0%` → `100%`); a closing `Media ente` row (merged label, `0.0%`) and a note
with the rule. `Dettaglio indicatori` (autofilter): `Obiettivo | Indicatore | Target % | Risultato % | Note`: the
objective by its CODE ONLY, repeated on every indicator row; target and result are bare General-format numbers
(`95`, `97,4`, `112`) with the `%` only in the header; two notes. Truth: objectives `operational` (no parent) with
owners = [Settore] and the 2025 achievement as displayed; indicators under their objective code with unit `%`,
target / result raws as displayed (`97,4`), notes from `Note`; indicators carry no achievement (the ratios are not
printed).
""", ["summary and detail on two sheets, linked only by the objective code", "unit only in the header (`Target %`)",
      "bare General numbers", "realisation format varying per row (`0.0%` / `0%`)", "a `Media ente` row",
      "objective code repeated on every detail row", "autofilter and frozen panes"],
     ["no weights anywhere", "realisation = plain mean of capped ratios: PEG.03 (96 + 80 + 100) / 3 = 92,0%; PEG.06 "
      "(100 + 87) / 2 = 93,5% with 112 against 100 capped", "`Media ente 95,5%` is the mean of the objectives, not "
      "an objective", "results above target (`112`, `97,4`) are not errors", "`100%` and `95,0%` printed with "
      "different formats"], [])
    return NAME


if __name__ == "__main__":
    print(build())
