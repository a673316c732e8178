#!/usr/bin/python3
"""Family: targets in prose. Chromium: one table `Indicatore | U.M. | Baseline (2025) | Target`, objectives as bold
rows spanning the table, the target cell `Target 2026 - … . Target 2027 - … .` LibreOffice (Writer, from HTML): no
table, numbered paragraphs per objective, each indicator one dash line `- name: valore di partenza 412 (2024);
obiettivo 2026: 450; obiettivo 2027: 480`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth)


def agenzia():
    name = "fam4-prose-chromium-1"
    org = "Agenzia per la Mobilità Sostenibile del Borgolago"
    Y1, Y2 = 2026, 2027
    objs = [
        ("OS.1", "Aumentare l'uso del trasporto pubblico locale nelle aree urbane", [
            ("Passeggeri trasportati sulle linee urbane", "N.", "4.820.000",
             "Aumento del 10% rispetto alla baseline", "Aumento del 15% rispetto alla baseline"),
            ("Abbonamenti annuali venduti a studenti", "N.", "12.340",
             "Aumento del 5% rispetto alla baseline", "Aumento dell'8% rispetto alla baseline"),
            ("Corse effettuate in orario sul totale delle corse programmate", "%", "91,2%",
             "Almeno il 93%", "Almeno il 95%")]),
        ("OS.2", "Ridurre l'impatto ambientale della flotta", [
            ("Autobus a basse emissioni sul totale della flotta", "%", "34%",
             "Aumento di 6 punti percentuali rispetto alla baseline",
             "Aumento di 12 punti percentuali rispetto alla baseline"),
            ("Consumo medio di gasolio per chilometro percorso", "litri/km", "0,41",
             "Riduzione del 10% rispetto alla baseline", "Riduzione del 4% rispetto alla baseline")]),
        ("OS.3", "Semplificare l'accesso ai servizi per l'utenza", [
            ("Titoli di viaggio acquistati tramite app sul totale", "%", "27%",
             "Aumento del 20% rispetto alla baseline", "Aumento del 35% rispetto alla baseline"),
            ("Reclami evasi entro 30 giorni", "%", "78%", "Almeno l'85%", "Almeno il 90%"),
            ("Carta dei servizi aggiornata e pubblicata", "text", "Non presente",
             "Adozione della nuova carta dei servizi entro il 30 giugno",
             "Aggiornamento annuale della carta dei servizi")]),
    ]
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin: 0; text-align: center; } h2 { font-size: 10pt; font-weight: normal; text-align: center; margin: 1mm 0 5mm 0; }
p { text-align: justify; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { background: #1f4e79; color: #fff; padding: 4pt; border: 0.6pt solid #1f4e79; font-size: 8.5pt; }
td { border: 0.6pt solid #9bb; padding: 3pt 4pt; vertical-align: top; }
tr.ob td { font-weight: bold; background: #ddebf7; padding: 4pt; }
td.um { width: 16mm; text-align: center; } td.b { width: 26mm; text-align: center; } td.t { width: 72mm; }
tr { break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>", f"<h2>Piano integrato di attività e organizzazione {Y1}-{Y2} – Obiettivi strategici e "
         "indicatori</h2>",
         "<p>Per ciascun obiettivo strategico sono indicati gli indicatori di impatto, il valore registrato nel 2025 "
         "(baseline) e i valori attesi per ciascuno degli anni di programmazione, espressi di norma come variazione "
         "percentuale rispetto alla baseline.</p>",
         "<table><thead><tr><th>Indicatore</th><th>U.M.</th><th>Baseline (2025)</th><th>Target</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for code, title, ilist in objs:
        h.append(f"<tr class=ob><td colspan=4>Obiettivo strategico {code} – {esc(title)}</td></tr>")
        nodes.append(node(code, "strategic", title))
        for iname, um, base, t1, t2 in ilist:
            h.append(f"<tr><td>{esc(iname)}</td><td class=um>{esc(um if um != 'text' else '–')}</td>"
                     f"<td class=b>{esc(base)}</td>"
                     f"<td class=t>Target {Y1} - {esc(t1)}. Target {Y2} - {esc(t2)}.</td></tr>")
            inds.append(ind(iname, code, unit=um, baselines=[(2025, base)], targets=[(Y1, t1), (Y2, t2)]))
    h.append("</tbody></table>")
    h.append("<p>I valori di baseline sono tratti dal sistema di monitoraggio della flotta e dalla bigliettazione "
             "elettronica al 31 dicembre 2025.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="15mm 14mm", bottom_right='"pag. " counter(page)'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y1, Y2])], nodes, inds, [finding(
        "target.declining", "Consumo medio di gasolio per chilometro percorso",
        "the target asks a 10% reduction in 2026 but only a 4% reduction in 2027: easier in the later year")])
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Sans 9 pt, ruled. Centred title and subtitle (`Piano integrato … 2026-2027`), a
paragraph. One table `Indicatore | U.M. | Baseline (2025) | Target` (dark header, repeated on each page). Objectives
are NOT a column: bold shaded rows spanning all four columns, `Obiettivo strategico OS.1 – title` (truth code `OS.1`,
title after the dash). Indicators follow, with no code. The baseline year is ONLY in the header `Baseline (2025)`
(cells `4.820.000`, `91,2%`, `0,41`, `Non presente`). The target cell is prose wrapped by the browser:
`Target 2026 - Aumento del 10% rispetto alla baseline. Target 2027 - Aumento del 15% rispetto alla baseline.`;
other phrasings `Almeno il 93%`, `Aumento di 6 punti percentuali …`, qualitative ones. Truth: strategic objectives,
parent null; indicator unit from `U.M.` (`text` where it prints `–`); baseline 2025 raw = the cell; one target per
year, raw = the sentence after `Target <year> - ` without its final full stop.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples4/fam4_prose.py`.",
                 ["objectives as bold rows spanning the table, no objective column",
                  "baseline year only in the header `Baseline (2025)`", "two-year prose targets in one cell"],
                 ["`target.declining` on `Consumo medio di gasolio per chilometro percorso`: `Riduzione del 10%` in "
                  "2026 then only `Riduzione del 4%` in 2027"])


def camera():
    name = "fam4-prose-lo-2"
    org = "Camera di Commercio Industria Artigianato e Agricoltura di Valmarina"
    Y1, Y2 = 2026, 2027
    objs = [
        ("1", "Sostenere la digitalizzazione delle micro e piccole imprese",
         "L'ente intende ampliare l'uso degli strumenti digitali da parte delle imprese del territorio, con "
         "particolare riguardo all'identità digitale e al fascicolo d'impresa.", [
             ("Imprese che hanno attivato il cassetto digitale", "412", "450", "480", "N."),
             ("Voucher digitali liquidati", "96", "110", "120", "N."),
             ("Percentuale di pratiche telematiche del registro imprese evase entro 5 giorni", "88%", "90%", "92%", "%")]),
        ("2", "Favorire l'internazionalizzazione delle imprese",
         "Il programma prosegue le azioni di accompagnamento ai mercati esteri avviate con il sistema camerale "
         "regionale.", [
             ("Imprese partecipanti a missioni e fiere all'estero", "58", "65", "70", "N."),
             ("Certificati di origine rilasciati in modalità telematica", "74%", "85%", "90%", "%")]),
        ("3", "Migliorare l'efficienza dei servizi amministrativi",
         "L'obiettivo riguarda i tempi di pagamento e la qualità dei dati del registro delle imprese.", [
             ("Tempo medio di pagamento delle fatture passive", "21 giorni", "20 giorni", "18 giorni", "gg"),
             ("Posizioni del registro imprese cancellate d'ufficio", "1.240", "1.400", "1.500", "N.")]),
    ]
    import openpyxl
    from common4 import xl_fit_rows, xl_page, xl_put, xl_save, xl_styles
    Font = xl_styles()["Font"]
    fn = "Liberation Serif"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sezione 3"
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 92
    ws.sheet_view.showGridLines = False
    rows = []  # (text, font, col, gap_before)
    rows.append((org, Font(name=fn, size=14, bold=True), 1, 0))
    rows.append((f"Piano della performance {Y1}-{Y2}", Font(name=fn, size=12), 1, 0))
    rows.append(("Sezione 3 – Obiettivi strategici e indicatori", Font(name=fn, size=11, bold=True), 1, 1))
    rows.append(("Per ciascun obiettivo strategico si riportano una breve descrizione e gli indicatori di misurazione, "
                 "con il valore di partenza rilevato e l'anno della rilevazione, e i valori obiettivo per ciascun anno "
                 "del piano.", Font(name=fn, size=10.5), 1, 1))
    nodes, inds = [], []
    for code, title, desc, ilist in objs:
        rows.append((f"{code}. {title}", Font(name=fn, size=10.5, bold=True), 1, 1))
        rows.append((f"{desc} Gli indicatori sono i seguenti:", Font(name=fn, size=10.5), 1, 0))
        nodes.append(node(code, "strategic", title))
        for iname, base, t1, t2, unit in ilist:
            rows.append((f"- {iname}: valore di partenza {base} (2024); obiettivo {Y1}: {t1}; obiettivo {Y2}: {t2}",
                         Font(name=fn, size=10.5), 2, 0))
            inds.append(ind(iname, code, unit=unit, baselines=[(2024, base)], targets=[(Y1, t1), (Y2, t2)]))
    rows.append(("I valori di partenza sono riferiti al 31 dicembre 2024, ultimo dato consolidato disponibile alla "
                 "data di redazione del piano.", Font(name=fn, size=10.5), 1, 1))
    r = 1
    for text, font, col, gap in rows:
        r += gap
        xl_put(ws, r, col, text, font=font, halign="justify" if col == 2 or len(text) > 90 else None)
        if col == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    xl_fit_rows(ws, 1, r, pt=10.5, narrow=1.05)
    xl_page(ws, landscape=False, margins=0.8)
    ws.oddFooter.center.text = "&P"
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, [Y1, Y2])], nodes, inds)
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook used as a word processor (one wide column, no grid, no borders),
Liberation Serif 10.5 pt, NO table.
Centred title and `Piano della performance 2026-2027`, a section heading and an introductory paragraph. Each
objective is a bold numbered paragraph `1. Sostenere la digitalizzazione …` (truth code `1`, level `strategic`),
a paragraph of description ending `Gli indicatori sono i seguenti:`, then one indented line per indicator:
`- Imprese che hanno attivato il cassetto digitale: valore di partenza 412 (2024); obiettivo 2026: 450; obiettivo
2027: 480` (name before the colon; values `88%`, `21 giorni`, `1.240`). Closing paragraph. Truth: indicators without
code; baseline 2024 raw `412`; targets 2026/2027 raw `450`/`480` (as printed, unit words kept: `20 giorni`); unit
`N.`, `%` or `gg` from the values and names. Descriptions are not checked (null).
""", "Workbook (one paragraph per cell) written by `tools/samples4/fam4_prose.py`, printed by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`).",
                 ["no table: numbered paragraphs, indicators as dash lines",
                  "baseline year in brackets after the value, targets as `obiettivo <year>: value`",
                  "a spreadsheet used as a word processor: paragraphs in wrapped cells, no grid"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        agenzia()
    if "lo" in which:
        camera()
