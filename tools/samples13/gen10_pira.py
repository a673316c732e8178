#!/usr/bin/python3
"""gen10-pira-lo-1: a national public body's PIRA 2026-2028 written as a workbook and printed by LibreOffice. ONE
SHEET PER PROGRAMME (each opened by a three-cell label block `Missione | 017 | Ricerca e innovazione`), objectives
coded `17.1` / `32.2` with their resources merged down, a `Metodo di calcolo` column in words, ministerial indicator
types, `Valore di partenza` cells `86,5% (2024)` with the year in parentheses, targets `≥` / `> =` / `<=` / `= 100%` /
`non superiore a`; a `Totale programma` row per sheet and a last `Riepilogo` sheet with the grand total. No weights.
Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, disp12, doc, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "gen10_pira.py"
ORG = "Ente Nazionale per la Meteorologia Applicata"
YEARS = [2026, 2027, 2028]
RIS = "Indicatore di risultato (output)"
REA = "Indicatore di realizzazione fisica"
FIN = "Indicatore di realizzazione finanziaria"
IMP = "Indicatore di impatto (outcome)"

# programme sheet: (mission code, mission name, programme code, programme name, objectives)
# objective (code, title, resources) -> indicator (name, method, type, unit label, truth unit, (base raw, year),
#                                                 targets)
PROGS = [
    ("017", "Ricerca e innovazione", "003", "Ricerca applicata in materia meteorologica e climatica", [
        ("17.1", "Migliorare l'accuratezza delle previsioni meteorologiche a breve termine", 1842500, [
            ("Indice di affidabilità delle previsioni a 24 ore",
             "Previsioni verificate corrette / previsioni emesse x 100", RIS, "%", "%", ("86,5%", 2024),
             ["≥ 87%", "≥ 87%", "≥ 88%"]),
            ("Stazioni automatiche della rete osservativa operative",
             "Numero di stazioni con trasmissione dati attiva al 31/12", REA, "numero", "N.", ("212", 2023),
             ["≥ 220", "≥ 230", "≥ 240"])]),
        ("17.2", "Rendere disponibili in formato aperto i dati climatologici", 615000, [
            ("Serie storiche pubblicate sul portale dei dati aperti",
             "Numero di serie storiche validate pubblicate nell'anno", REA, "numero", "N.", ("140", 2024),
             ["> = 160", "> = 180", "> = 200"]),
            ("Tempo medio di pubblicazione del dato validato",
             "Media delle ore tra la validazione e la pubblicazione del dato", RIS, "ore", "ore", ("30 ore", 2024),
             ["<= 24 ore", "<= 24 ore", "<= 18 ore"])]),
        ("17.3", "Sviluppare i servizi di allerta meteorologica per la protezione civile", 1120000, [
            ("Bollettini di allerta emessi entro le ore 13:00",
             "Bollettini emessi entro le 13:00 / bollettini emessi x 100", RIS, "%", "%", ("97,2%", 2024),
             ["= 100%", "= 100%", "= 100%"]),
            ("Comuni raggiunti dal servizio di allerta via app",
             "Comuni aderenti al servizio / comuni del territorio nazionale x 100", IMP, "%", "%", ("41%", 2023),
             ["≥ 50%", "≥ 60%", "≥ 70%"])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza", [
        ("32.1", "Razionalizzare la spesa di funzionamento delle sedi", 412272, [
            ("Spesa per utenze e canoni per metro quadro",
             "Spesa annua per utenze e canoni / superficie delle sedi in mq", FIN, "euro/mq", "euro/mq",
             ("18,40", 2023), ["non superiore a 18,00", "non superiore a 17,50", "non superiore a 17,50"]),
            ("Tempo medio di pagamento delle fatture commerciali",
             "Media ponderata dei giorni tra ricevimento e pagamento", FIN, "giorni", "gg", ("21 gg", 2024),
             ["<= 20 gg", "<= 20 gg", "<= 20 gg"])]),
        ("32.2", "Attuare il piano di transizione digitale dell'Ente", 332000, [
            ("Servizi interni migrati sul cloud qualificato",
             "Servizi migrati / servizi censiti x 100", REA, "%", "%", ("35%", 2024),
             ["≥ 60%", "≥ 85%", "≥ 100%"]),
            ("Capacità di impegno delle risorse per la digitalizzazione",
             "Impegni / stanziamenti definitivi di competenza x 100", FIN, "%", "%", ("88%", 2024),
             ["≥ 90%", "≥ 90%", "≥ 92%"])])]),
]
TOTAL = sum(o[2] for p in PROGS for o in p[4])


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "gen10-pira-lo-1"
    F = "DejaVu Sans"
    st = xl_styles()
    grid = st["grid"]
    thin = Side(style="thin", color="000000")
    wb = Workbook()
    nodes, inds = [], []
    heads = ["Codice obiettivo", "Obiettivo", "Risorse finanziarie 2026", "Indicatore", "Metodo di calcolo",
             "Tipologia", "Unità di misura", "Valore di partenza", "Valore atteso 2026", "Valore atteso 2027",
             "Valore atteso 2028"]
    first = True
    for mcode, mname, pcode, pname, objs in PROGS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"Prog. {mcode}.{pcode}"
        widths(ws, [10, 26, 14, 28, 30, 17, 9, 11, 12, 12, 12])
        xl_put(ws, 1, 1, ORG + " – Piano degli indicatori e dei risultati attesi di bilancio 2026-2028",
               font=font(F, 10, bold=True), wrap=False)
        for r, (lab, code, nm) in enumerate([("Missione", mcode, mname), ("Programma", pcode, pname)], 3):
            xl_put(ws, r, 1, lab, font=font(F, 8.5, bold=True), fill="DDE6F0", border=grid)
            c = xl_put(ws, r, 2, code, font=font(F, 8.5, bold=True), border=grid, halign="center")
            c.number_format = "@"
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            xl_put(ws, r, 3, nm, font=font(F, 8.5), border=grid, wrap=False)
            xl_box(ws, r, 3, r, 7, grid)
        HR = 6
        for c, h in enumerate(heads, 1):
            xl_put(ws, HR, c, h, font=font(F, 8, bold=True), fill="C5D3E3", border=grid, halign="center",
                   valign="center")
        r = HR + 1
        sub = 0
        for ocode, otitle, res, ilist in objs:
            n = len(ilist)
            for k, (iname, meth, typ, ulab, unit, (braw, by), tg) in enumerate(ilist):
                if k == 0:
                    xl_put(ws, r, 1, ocode, font=font(F, 8, bold=True), border=grid, halign="center")
                    xl_put(ws, r, 2, otitle, font=font(F, 8, bold=True), border=grid)
                    xl_put(ws, r, 3, res, font=font(F, 8), border=grid, fmt="#,##0.00", halign="right")
                vals = [iname, meth, typ, ulab, f"{braw} ({by})"] + tg
                for c, v in enumerate(vals, 4):
                    xl_put(ws, r, c, v, font=font(F, 8), border=grid, halign="center" if c >= 7 else None)
                inds.append(ind(iname, ocode, unit=unit, type=typ, formula_text=meth, baselines=[(by, braw)],
                                targets=list(zip(YEARS, tg))))
                r += 1
            for c in (1, 2, 3):
                if n > 1:
                    ws.merge_cells(start_row=r - n, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, r - n, c, r - 1, c, grid)
            nodes.append(node(ocode, "strategic", otitle, resources=[disp12(res, "#,##0.00")], mission=mcode,
                              programme=pcode))
            sub += res
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        xl_put(ws, r, 1, "Totale programma", font=font(F, 8, bold=True), fill="EEEEEE", border=grid)
        xl_put(ws, r, 3, sub, font=font(F, 8, bold=True), fill="EEEEEE", border=grid, fmt="#,##0.00",
               halign="right")
        xl_box(ws, r, 1, r, 11, Border(top=thin, bottom=thin))
        xl_fit_rows(ws, HR, r, pt=8)
        xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.45)
        ws.oddFooter.center.text = "&A – pag. &P"
    # summary sheet
    ws = wb.create_sheet("Riepilogo")
    widths(ws, [12, 14, 12, 70, 18])
    xl_put(ws, 1, 1, "Riepilogo delle risorse finanziarie 2026 per obiettivo", font=font(F, 10, bold=True),
           wrap=False)
    for c, h in enumerate(["Missione", "Programma", "Obiettivo", "Denominazione", "Risorse 2026"], 1):
        xl_put(ws, 3, c, h, font=font(F, 8.5, bold=True), fill="C5D3E3", border=grid, halign="center")
    r = 4
    for mcode, _mn, pcode, _pn, objs in PROGS:
        for ocode, otitle, res, _il in objs:
            for c, v in enumerate([mcode, pcode, ocode, otitle], 1):
                xl_put(ws, r, c, v, font=font(F, 8.5), border=grid, halign="center" if c < 4 else None)
            xl_put(ws, r, 5, res, font=font(F, 8.5), border=grid, fmt="#,##0.00", halign="right")
            r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_put(ws, r, 1, "TOTALE GENERALE", font=font(F, 8.5, bold=True), border=grid)
    xl_box(ws, r, 1, r, 4, grid)
    xl_put(ws, r, 5, TOTAL, font=font(F, 8.5, bold=True), border=grid, fmt="#,##0.00", halign="right")
    xl_put(ws, r + 2, 1, "I totali di programma delle schede precedenti sono subtotali e non vanno sommati al "
           "totale generale.", font=font(F, 8, italic=True), wrap=False)
    xl_page(ws, landscape=True)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="pira")
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, resources_total=disp12(TOTAL, "#,##0.00"))
    readme13(d, name, "pira", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8 pt, full grid, three sheets printed one after the other (`Prog. 017.003`, `Prog.
032.003`, `Riepilogo`). Each programme sheet opens with a title line (body + `Piano degli indicatori e dei risultati
attesi di bilancio 2026-2028`) and a three-cell LABEL BLOCK per row: `Missione | 017 | Ricerca e innovazione`,
`Programma | 003 | …` (the code a text cell, the name merged over five columns). Then the table `Codice obiettivo |
Obiettivo | Risorse finanziarie 2026 | Indicatore | Metodo di calcolo | Tipologia | Unità di misura | Valore di
partenza | Valore atteso 2026 | Valore atteso 2027 | Valore atteso 2028`; objective code, title and resources
(`#,##0.00`, no €) merged down over their two indicators; a `Totale programma` SUBTOTAL row closes each sheet. The
`Riepilogo` sheet lists `Missione | Programma | Obiettivo | Denominazione | Risorse 2026` and `TOTALE GENERALE
4.321.772,00`, with a note that the programme totals are subtotals. Truth: objectives `strategic` with mission and
programme codes, resources from the programme sheet; indicators without code, method in words as `formula_text`,
baseline raw = the value before the parenthesis with the year inside it; resources_total = the grand total.
""", ["one sheet per programme, mission/programme in a label block above each table",
      "objective codes `17.1` / `32.2` built on the mission", "method in words (`Metodo di calcolo`), no measure codes",
      "ministerial indicator types (`Indicatore di realizzazione fisica` …)",
      "`Valore di partenza` as `86,5% (2024)` / `212 (2023)`", "operators `≥`, `> =` (spaced), `<=`, `= 100%`, "
      "`non superiore a`", "unit labels in words (`numero`, `giorni`, `euro/mq`)"],
     ["no weights anywhere (a PIRA weighs nothing): not weight.missing",
      "resources listed twice (programme sheets and Riepilogo) plus `Totale programma` subtotals: the objectives "
      "sum to the printed `TOTALE GENERALE 4.321.772,00` (subtotals must not be added again)",
      "flat targets (`= 100%` three years, `<= 20 gg` three years, `≥ 87%` twice)",
      "`<= 24 ore` → `<= 18 ore` and `non superiore a 18,00 / 17,50 / 17,50`: lower-is-better targets going down or "
      "flat", "baselines of 2023 for a 2026-2028 plan", "`> = 160` written with a space"], [])
    return name


if __name__ == "__main__":
    print(build())
