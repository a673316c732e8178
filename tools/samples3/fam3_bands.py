#!/usr/bin/python3
"""Family: graded target bands. Workbook kept as .xlsx: a hospital's ladder laid out HORIZONTALLY
(`Fascia 1 | Punteggio | Fascia 2 | Punteggio | …`), scores and weights as number cells with format `0%`.
Chromium: an environmental agency's plan, landscape, each ladder a nested two-column table
(`Valore | Punteggio`) inside the `Scala di valutazione` cell, with a baseline column."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_pct, node,  # noqa: E402
                     q, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def ospedale():
    name = "fam3-bands-xlsx-1"
    org = "Azienda Ospedaliera Santa Lucia di Valdorcia"
    Y = 2025
    objs = [
        ("OB.A", "Tempestività dell'accesso alle prestazioni", 0.5, [
            ("A.1", "Tempo di attesa per la prima visita oculistica (classe D)", 0.3, "gg",
             [("28 gg", 1.0), ("30gg", 0.75), ("32gg", 0.5), ("32 gg", 0.0)]),
            ("A.2", "Accessi in pronto soccorso con permanenza oltre 6 ore", 0.3, "%",
             [("<= 5%", 1.0), ("5,1-8%", 0.6), ("> 8%", 0.0)]),
            ("A.3", "Prestazioni di classe B erogate entro 10 giorni", 0.3, "%",
             [(">= 90%", 1.0), ("85-89%", 0.7), ("80-84%", 0.4), ("< 80%", 0.0)]),
        ]),
        ("OB.B", "Appropriatezza e sicurezza delle cure", 0.5, [
            ("B.1", "Parti cesarei primari sul totale dei parti", 0.5, "%",
             [("<= 20%", 1.0), ("21-25%", 0.5), ("> 25%", 0.0)]),
            ("B.2", "Interventi con checklist di sala operatoria compilata", 0.5, "%",
             [("= 100%", 1.0), ("95-99%", 0.8), ("90-94%", 0.5), ("< 90%", 0.0)]),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi di budget 2025"
    widths = [7, 44, 8] + [10, 10] * 4
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Scheda di budget {Y} – Dipartimento chirurgico: obiettivi, pesi e fasce di valutazione",
           font=Font(name=fn, size=10), wrap=False)
    hdr = dict(font=f_b, fill="E4DFEC", border=grid, halign="center", valign="center")
    for c, v in enumerate(["Cod.", "Obiettivo / Indicatore", "Peso %"], 1):
        xl_put(ws, 4, c, v, **hdr)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    xl_put(ws, 4, 4, f"Fasce di valutazione {Y}", **hdr)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=11)
    for k in range(4):
        xl_put(ws, 5, 4 + 2 * k, f"Fascia {k + 1}", **hdr)
        xl_put(ws, 5, 5 + 2 * k, "Punteggio", **hdr)
    xl_box(ws, 4, 1, 5, 11, grid)
    r = 6
    nodes, inds = [], []
    for ocode, otitle, ow, ilist in objs:
        xl_put(ws, r, 1, ocode, font=f_b, fill="F2F2F2", border=grid)
        xl_put(ws, r, 2, otitle, font=f_b, fill="F2F2F2", border=grid)
        xl_put(ws, r, 3, ow, font=f_b, fill="F2F2F2", border=grid, fmt="0%", halign="right")
        for c in range(4, 12):
            xl_put(ws, r, c, None, fill="F2F2F2", border=grid)
        nodes.append(node(ocode, "operational", otitle, weight=it_pct(ow, 0)))
        r += 1
        for icode, iname, iw, unit, bands in ilist:
            xl_put(ws, r, 1, icode, font=f_n, border=grid)
            xl_put(ws, r, 2, iname, font=f_n, border=grid, indent=1)
            xl_put(ws, r, 3, iw, font=f_n, border=grid, fmt="0%", halign="right")
            parts = []
            for k in range(4):
                if k < len(bands):
                    v, s = bands[k]
                    xl_put(ws, r, 4 + 2 * k, v, font=f_n, border=grid, halign="center")
                    xl_put(ws, r, 5 + 2 * k, s, font=f_n, border=grid, fmt="0%", halign="center")
                    parts += [v, it_pct(s, 0)]
                else:
                    xl_put(ws, r, 4 + 2 * k, None, border=grid)
                    xl_put(ws, r, 5 + 2 * k, None, border=grid)
            inds.append(ind(iname, ocode, code=icode, unit=unit, weight=it_pct(iw, 0),
                            targets=[(Y, " ".join(parts))]))
            r += 1
    xl_put(ws, r + 1, 1, "Il punteggio dell'indicatore è quello della fascia in cui ricade il risultato; il punteggio "
                         "dell'obiettivo è la media dei punteggi degli indicatori ponderata con i pesi.",
           font=Font(name=fn, size=8, italic=True), wrap=False)
    xl_fit_rows(ws, 4, r - 1, pt=9)
    xl_page(ws, landscape=True, title_rows="4:5")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "weight.sum", "OB.A", "indicator weights of OB.A sum to 90% (30% + 30% + 30%)")])
    write_readme(d, name, """
The workbook itself (`input.xlsx`), sheet `Obiettivi di budget 2025`, Liberation Sans 9, ruled. Title rows, then a
two-row header: `Cod. | Obiettivo / Indicatore | Peso %` and `Fasce di valutazione 2025` spanning eight columns split
into `Fascia 1 | Punteggio | Fascia 2 | Punteggio | Fascia 3 | Punteggio | Fascia 4 | Punteggio`. The ladder is laid
out HORIZONTALLY: one row per indicator, each band's value (text: `28 gg`, `30gg`, `5,1-8%`, `< 80%`) followed by its
score, a NUMBER cell with format `0%` (1 → `100%`, 0.75 → `75%`); ladders of three bands leave the fourth pair empty.
Objective rows are shaded (`OB.A`, bold) with their weight; indicator rows (`A.1`, indented) carry theirs; weights are
number cells with format `0%` (0.3 → `30%`). An italic note explains the scoring. Truth: objectives `operational`,
parent null; the 2025 target raw of an indicator is its ladder read left to right, value then displayed score, joined
with one space (`28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`).
""", "Workbook (.xlsx) written with openpyxl by `tools/samples3/fam3_bands.py` and kept as the input.",
                 ["ladder laid out horizontally as value/score column pairs", "scores and weights as `0%` number cells",
                  "ladders of three and four bands", "two-row merged header"],
                 ["`weight.sum` on `OB.A`: its three indicator weights are 30% + 30% + 30% = 90%"])


def arpa():
    name = "fam3-bands-chromium-2"
    org = "Agenzia Regionale per la Protezione Ambientale della Marca Orientale"
    Y = 2025
    BASE = 2024
    objs = [
        ("1a)", "1a", "Garantire la tempestività dei controlli ambientali", [
            ("Tempo medio di emissione del rapporto di prova", "40%", "24 gg", "gg",
             [("<= 21 gg", "100%"), ("21-28giorni", "80%"), ("29-35 gg", "40%"), ("> 35 gg", "0%")]),
            ("Ispezioni AIA svolte sul totale programmato", "35%", "92%", "%",
             [("> 95%", "100%"), ("90-95%", "75%"), ("< 90%", "0%")]),
            ("Segnalazioni di inquinamento con sopralluogo entro 24 ore", "25%", "81%", "%",
             [(">= 85%", "100%"), ("75-84%", "50%"), ("< 75%", "0%")]),
        ]),
        ("1b)", "1b", "Migliorare la qualità del dato di monitoraggio dell'aria", [
            ("Efficienza della rete di rilevamento (dati validi sul totale)", "60%", "89,5%", "%",
             [(">= 90%", "100%"), ("85-89,9%", "60%"), ("< 85%", "0%")]),
            ("Bollettini della qualità dell'aria pubblicati entro le ore 12", "40%", "96%", "%",
             [("= 100%", "100%"), ("95-99%", "70%"), ("< 95%", "0%")]),
        ]),
        ("2a)", "2a", "Contenere i costi di funzionamento dei laboratori", [
            ("Costo medio per campione analizzato", "100%", "€ 118,40", "EUR",
             [("<= € 115,00", "100%"), ("€ 115,01-120,00", "50%"), ("> € 120,00", "0%")]),
        ]),
    ]
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.8pt; }
h1 { font-size: 13pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 1mm 0 4mm 0; }
table.m { border-collapse: collapse; width: 100%; }
table.m > thead th { border: 0.8pt solid #2e4053; background: #d5dbdb; padding: 3pt; }
table.m > tbody > tr > td { border: 0.8pt solid #2e4053; padding: 3pt 4pt; vertical-align: top; }
td.c { text-align: center; } tr { break-inside: avoid; }
table.s { border-collapse: collapse; width: 100%; font-size: 8.2pt; }
table.s th { font-weight: normal; font-style: italic; border-bottom: 0.5pt solid #777; text-align: left; padding: 1pt 3pt; }
table.s td { padding: 1pt 3pt; border-bottom: 0.3pt dotted #999; } table.s td.p { text-align: right; width: 40%; }
p.n { font-size: 8pt; margin-top: 4mm; }"""
    h = [f"<h1>{esc(org)}</h1>",
         f"<h2>Piano della performance {Y}-{Y + 2} – Obiettivi operativi {Y}: indicatori e scale di valutazione</h2>",
         "<table class=m><colgroup><col style='width:24%'><col style='width:30%'><col style='width:10%'>"
         "<col style='width:10%'><col style='width:26%'></colgroup><thead><tr><th>Obiettivo operativo</th>"
         f"<th>Indicatore</th><th>Ponderazione</th><th>Valore iniziale {BASE}</th><th>Scala di valutazione {Y}</th>"
         "</tr></thead><tbody>"]
    nodes, inds = [], []
    for pcode, code, title, ilist in objs:
        nodes.append(node(code, "operational", title))
        for k, (iname, w, base, unit, bands) in enumerate(ilist):
            row = ""
            if k == 0:
                row += f"<td rowspan={len(ilist)}><b>{pcode}</b> {esc(title)}</td>"
            sub = ("<table class=s><tr><th>Valore</th><th>Punteggio</th></tr>" +
                   "".join(f"<tr><td>{esc(v)}</td><td class=p>{s}</td></tr>" for v, s in bands) + "</table>")
            row += (f"<td>{esc(iname)}</td><td class=c>{w}</td><td class=c>{esc(base)}</td><td>{sub}</td>")
            h.append(f"<tr>{row}</tr>")
            inds.append(ind(iname, code, unit=unit, weight=w, baselines=[(BASE, base)],
                            targets=[(Y, " ".join(f"{v} {s}" for v, s in bands))]))
    h.append("</tbody></table>")
    h.append("<p class=n>Il punteggio attribuito all'indicatore corrisponde alla fascia in cui si colloca il risultato "
             "conseguito al 31 dicembre; il grado di raggiungimento dell'obiettivo è la media ponderata dei "
             "punteggi.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, landscape=True, margin="14mm 14mm 14mm 14mm",
                            top_right=q(f"{org} – Piano della performance"),
                            bottom_center='"– " counter(page) " –"', hf_font='7.5pt "DejaVu Sans"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y])], nodes, inds)
    write_readme(d, name, """
Landscape A4, Chromium, DejaVu Sans 8.8 pt, ruled outer table `Obiettivo operativo | Indicatore | Ponderazione |
Valore iniziale 2024 | Scala di valutazione 2025`. The objective cell (`1a) Garantire …`, code in bold with a closing
bracket) spans its indicator rows. The scale cell holds a NESTED borderless two-column table with its own italic header
`Valore | Punteggio`, one band per row (`<= 21 gg | 100%`, `21-28giorni | 80%`, `29-35 gg | 40%`, `> 35 gg | 0%`);
bands in euro (`€ 115,01-120,00`) and with decimals (`85-89,9%`). Weights `Ponderazione` sum to 100% per objective;
objectives carry no weight. A plan: no results. Note under the table; running header and `– n –` footer. Truth:
objectives `operational` with code `1a` (bracket dropped, as for `1a)` in fam2-prose-lo-2), parent null; baseline 2024;
the 2025 target raw is the nested table read row by row, value then score, joined with one space
(`<= 21 gg 100% 21-28giorni 80% 29-35 gg 40% > 35 gg 0%`).
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_bands.py`.",
                 ["ladder as a nested table with its own `Valore | Punteggio` header",
                  "header synonyms `Ponderazione`, `Valore iniziale 2024`, `Scala di valutazione 2025`",
                  "codes `1a)`", "bands `21-28giorni`, `€ 115,01-120,00`, `85-89,9%`", "baseline column"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["xlsx", "chromium"]
    if "xlsx" in which:
        ospedale()
    if "chromium" in which:
        arpa()
