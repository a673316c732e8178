#!/usr/bin/python3
"""Family: record blocks. Workbook kept as .xlsx: a justice ministry's objective sheets, label/value
rows two pairs to a row (`Tipologia | … | Unità di misura | …`), number cells for resources, weights
and some baselines/targets, a cover sheet with prose. Chromium: a research institute's objective
cards, a borderless label/value block per objective and ONE transposed table per objective for its
indicators (labels as rows, one column per indicator)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct, node,  # noqa: E402
                     q, write_readme, write_truth, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


# ---------------------------------------------------------------------------------------- xlsx

def giustizia():
    name = "fam3-record-xlsx-1"
    org = "Ministero della Giustizia e degli Affari Penitenziari"
    Y = [2024, 2025, 2026]
    BASE = 2023
    # indicator: name, tipologia, UM label, unit, algoritmo, variables, weight (fraction), baseline (value, fmt, raw),
    #            targets [(value, fmt, raw)] (fmt None = text cell)
    objs = [
        dict(code="01010601",
             title="Ridurre il sovraffollamento degli istituti penitenziari attraverso il potenziamento delle "
                   "misure alternative alla detenzione",
             mis="006 – Giustizia", prog="001 – Amministrazione penitenziaria",
             owner="Direzione generale delle misure di comunità",
             res=[(4321772.00, "#,##0.00"), (4410500.00, "#,##0.00")],
             inds=[
                 ("Tasso di occupazione dei posti detentivi regolamentari", "Indicatore di impatto (outcome)",
                  "Percentuale", "%", "Detenuti presenti al 31/12 / posti regolamentari disponibili x 100", [],
                  0.40, (1.124, "0.0%"), [(None, None, "<= 110%"), (None, None, "<= 107%"), (None, None, "<= 105%")]),
                 ("Misure alternative concesse sul totale delle istanze istruite", "Indicatore di risultato (output)",
                  "Percentuale", "%", "MA_conc / MA_istr", ["MA_conc", "MA_istr"], 0.35, (0.58, "0%"),
                  [(None, None, "Maggiore o uguale al 60%"), (None, None, "Maggiore o uguale al 62%"),
                   (None, None, "Maggiore o uguale al 65%")]),
                 ("Convenzioni attive con enti del terzo settore per il lavoro di pubblica utilità",
                  "Indicatore di realizzazione fisica", "Numero", "N.",
                  "Somma delle convenzioni attive al 31 dicembre", [], 0.25, (214, "0"),
                  [(230, "#,##0", None), (245, "#,##0", None), (260, "#,##0", None)]),
             ]),
        dict(code="01010602",
             title="Digitalizzare i fascicoli del processo penale di primo grado",
             mis="006 – Giustizia", prog="002 – Giustizia civile e penale",
             owner="Direzione generale per la transizione digitale della giustizia",
             res=[(179220000.00, '"€ "#,##0.00'), (181004500.00, '"€ "#,##0.00')],
             inds=[
                 ("Uffici giudiziari che utilizzano il fascicolo penale telematico",
                  "Indicatore di realizzazione fisica", "Numero", "N.", "N_uff_FPT", ["N_uff_FPT"], 0.50,
                  (96, "0"), [(None, None, ">= 110"), (None, None, ">= 125"), (None, None, ">= 140")]),
                 ("Tempo medio di trasmissione degli atti tra uffici", "Indicatore di efficienza", "Giorni", "gg",
                  "GG_trasm / N_atti", ["GG_trasm", "N_atti"], 0.50, (6.2, "General"),
                  [(None, None, "<= 5"), (None, None, "<= 4"), (None, None, "<= 3")]),
             ]),
        dict(code="01020301",
             title="Rafforzare i percorsi di reinserimento sociale dei minori autori di reato",
             mis="006 – Giustizia", prog="003 – Giustizia minorile e di comunità",
             owner="Direzione generale per la giustizia minorile",
             res=[(850000.00, "#,##0.00"), (850000.00, "#,##0.00")],
             inds=[
                 ("Minori presi in carico con progetto educativo individualizzato",
                  "Indicatore di risultato (output)", "Percentuale", "%", "PEI_att / MIN_car",
                  ["PEI_att", "MIN_car"], 0.60, (0.93, "0%"),
                  [(None, None, "maggiore di 90,00%"), (None, None, "maggiore di 92,00%"),
                   (None, None, "maggiore di 95,00%")]),
                 ("Percorsi di giustizia riparativa conclusi con esito positivo", "Indicatore di impatto (outcome)",
                  "Numero", "N.", "Somma dei percorsi conclusi con esito positivo nell'anno", [], 0.40,
                  (None, None, "–"), [(None, None, ">= 40"), (None, None, ">= 45"), (None, None, ">= 50")]),
             ]),
    ]

    def disp(v, fmt, raw=None):
        if raw is not None:
            return raw
        if fmt == "0.0%":
            return it_pct(v, 1)
        if fmt == "0%":
            return it_pct(v, 0)
        if fmt in ("0", "#,##0"):
            return it_num(v, 0)
        if fmt == "#,##0.00":
            return it_num(v, 2)
        if fmt == '"€ "#,##0.00':
            return "€ " + it_num(v, 2)
        if fmt == "General":
            return str(v).replace(".", ",")
        raise ValueError(fmt)

    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    f_w = Font(name=fn, size=10, bold=True, color="FFFFFF")
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Frontespizio"
    cov.column_dimensions["A"].width = 100
    xl_put(cov, 1, 1, org, font=Font(name=fn, size=16, bold=True), wrap=False)
    xl_put(cov, 3, 1, f"Piano della performance {Y[0]}-{Y[-1]}", font=Font(name=fn, size=13), wrap=False)
    xl_put(cov, 4, 1, "Allegato 2 – Schede degli obiettivi specifici e dei relativi indicatori",
           font=Font(name=fn, size=11, italic=True), wrap=False)
    prose = ("Le schede che seguono riportano, per ciascun obiettivo specifico, la missione e il programma di "
             "bilancio di riferimento, la struttura responsabile e le risorse stanziate a preventivo. Per ogni "
             "indicatore sono indicati la tipologia, l'unità di misura, l'algoritmo di calcolo, il peso e i valori "
             f"attesi per ciascun anno del triennio; il valore conseguito nell'esercizio precedente si riferisce "
             f"al consuntivo {BASE}.")
    xl_put(cov, 6, 1, prose, font=Font(name=fn, size=10))
    cov.row_dimensions[6].height = 80
    xl_page(cov, landscape=False)

    ws = wb.create_sheet("Schede obiettivo")
    for col, w in zip("ABCDEF", [24, 20, 22, 20, 24, 20]):
        ws.column_dimensions[col].width = w
    LAB = dict(font=f_b, fill="E7E6E6", border=grid)
    VAL = dict(font=f_n, border=grid)

    def lab(r, c, text):
        xl_put(ws, r, c, text, **LAB)

    def val(r, c1, c2, v, fmt=None, halign=None):
        xl_put(ws, r, c1, v, fmt=fmt, halign=halign, **VAL)
        for c in range(c1 + 1, c2 + 1):
            ws.cell(row=r, column=c).border = grid
        if c2 > c1:
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)

    nodes, inds = [], []
    r = 1
    xl_put(ws, r, 1, f"{org} – Schede obiettivo {Y[0]}-{Y[-1]}", font=Font(name=fn, size=11, bold=True), wrap=False)
    r = 3
    for k, o in enumerate(objs, 1):
        xl_put(ws, r, 1, f"SCHEDA OBIETTIVO N. {k}", font=f_w, fill="1F3864", border=grid)
        for c in range(2, 7):
            ws.cell(row=r, column=c).border = grid
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        lab(r, 1, "Codice"); val(r, 2, 6, o["code"]); r += 1
        lab(r, 1, "Obiettivo"); val(r, 2, 6, o["title"]); r += 1
        lab(r, 1, "Missione"); val(r, 2, 3, o["mis"]); lab(r, 4, "Programma"); val(r, 5, 6, o["prog"]); r += 1
        lab(r, 1, "Struttura responsabile"); val(r, 2, 6, o["owner"]); r += 1
        (v1, f1), (v2, f2) = o["res"]
        lab(r, 1, "Risorse a preventivo primo anno"); val(r, 2, 3, v1, fmt=f1, halign="right")
        lab(r, 4, "Risorse a preventivo secondo anno"); val(r, 5, 6, v2, fmt=f2, halign="right"); r += 1
        nodes.append(node(o["code"], "strategic", o["title"], resources=[disp(v1, f1), disp(v2, f2)],
                          mission=o["mis"][:3], programme=o["prog"][:3], owners=[o["owner"]]))
        for j, (iname, tip, um, unit, alg, vars_, w, base, tg) in enumerate(o["inds"], 1):
            xl_put(ws, r, 1, f"Indicatore {j}", font=f_b, fill="D9E1F2", border=grid)
            for c in range(2, 7):
                ws.cell(row=r, column=c).border = grid
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            lab(r, 1, "Denominazione indicatore"); val(r, 2, 6, iname); r += 1
            lab(r, 1, "Tipologia"); val(r, 2, 3, tip); lab(r, 4, "Unità di misura"); val(r, 5, 6, um); r += 1
            lab(r, 1, "Algoritmo di calcolo"); val(r, 2, 6, alg); r += 1
            lab(r, 1, "Peso indicatore"); val(r, 2, 3, w, fmt="0%", halign="right")
            lab(r, 4, "Target conseguito nell'esercizio precedente")
            if base[0] is None:
                val(r, 5, 6, base[2], halign="right")
                braw = base[2]
            else:
                val(r, 5, 6, base[0], fmt=base[1], halign="right")
                braw = disp(base[0], base[1])
            r += 1
            traws = []
            for c, lbl, (tv, tf, traw) in zip((1, 3, 5), ("Target primo anno", "Target secondo anno",
                                                            "Target terzo anno"), tg):
                lab(r, c, lbl)
                if tv is None:
                    xl_put(ws, r, c + 1, traw, halign="right", **VAL)
                    traws.append(traw)
                else:
                    xl_put(ws, r, c + 1, tv, fmt=tf, halign="right", **VAL)
                    traws.append(disp(tv, tf))
            r += 1
            inds.append(ind(iname, o["code"], unit=unit, type=tip, formula=alg, variables=vars_,
                            weight=it_pct(w, 0), baselines=[(BASE, braw)] if braw != "–" else [],
                            targets=list(zip(Y, traws))))
        r += 1
    xl_fit_rows(ws, 1, r, pt=9, narrow=1.3)
    xl_page(ws, landscape=False)
    ws.page_margins.top, ws.page_margins.header = 0.8, 0.3
    ws.page_margins.bottom, ws.page_margins.footer = 0.8, 0.3
    ws.oddHeader.left.text = org
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "Allegato 2"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddFooter.center.size = 8
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y)], nodes, inds, [finding(
        "target.unambitious", "Minori presi in carico con progetto educativo individualizzato",
        "the targets 'maggiore di 90,00%' (2024) and 'maggiore di 92,00%' (2025) are below the value reached in "
        "2023 (93%) for a higher-is-better indicator")])
    write_readme(d, name, """
The workbook itself (`input.xlsx`). Sheet `Frontespizio`: body, `Piano della performance 2024-2026`, the annex title and
a paragraph of prose (no data). Sheet `Schede obiettivo`: one block per objective, a dark band `SCHEDA OBIETTIVO N. k`,
then label/value rows on six columns, labels shaded: `Codice` (`01010601`, a text cell), `Obiettivo`, then TWO pairs on
one row: `Missione | 006 – Giustizia | Programma | 001 – Amministrazione penitenziaria`, `Struttura responsabile`,
`Risorse a preventivo primo anno | … | Risorse a preventivo secondo anno | …` (number cells, formats `#,##0.00` →
`4.321.772,00` and `"€ "#,##0.00` → `€ 179.220.000,00`). Per indicator a lighter band `Indicatore j` and the rows
`Denominazione indicatore`, `Tipologia | … | Unità di misura | …`, `Algoritmo di calcolo`, `Peso indicatore | 40% |
Target conseguito nell'esercizio precedente | …`, and one row with the three targets side by side
(`Target primo anno | … | Target secondo anno | … | Target terzo anno | …`). Weights are number cells with format
`0%` (0.4 → `40%`); some baselines are number cells (`0.0%` → `112,4%`, `0%` → `58%`, `General` → `6,2`), some targets
number cells with `#,##0` (`230`), the rest text. Running header/footer (body, `Pagina &P di &N`) for printing.
Truth: objectives level `strategic`, mission/programme = the three-digit codes, owners = [the Struttura responsabile],
resources = first then second year as displayed; `Target conseguito nell'esercizio precedente` = baseline 2023
(none where it prints `–`); primo/secondo/terzo anno = 2024/2025/2026; units in words mapped (`Percentuale` → `%`,
`Numero` → `N.`, `Giorni` → `gg`); formulas as printed, variables only where the algorithm is over measure codes.
""", "Workbook (.xlsx) written with openpyxl by `tools/samples3/fam3_record.py` and kept as the input (Liberation Sans 9).",
                 ["workbook input with number formats `0%`, `0.0%`, `#,##0.00`, `\"€ \"#,##0.00`, `#,##0`",
                  "two label/value pairs on one row; the three targets on one row",
                  "cover sheet with prose before the data sheet", "codes `01010601` as text cells",
                  "label synonyms `Denominazione indicatore`, `Struttura responsabile`",
                  "target forms `Maggiore o uguale al 60%`, `maggiore di 90,00%`, bare number targets",
                  "merged value cells, print header/footer"],
                 ["`target.unambitious` on `Minori presi in carico con progetto educativo individualizzato`: the "
                  "2024 target `maggiore di 90,00%` (and the 2025 one, `maggiore di 92,00%`) is below the 93% reached "
                  "in 2023 (higher is better)"])


# ---------------------------------------------------------------------------------------- chromium

def istituto():
    name = "fam3-record-chromium-2"
    org = "Istituto Nazionale per la Ricerca sul Mare e le Coste"
    Y = [2025, 2026, 2027]
    BASE = 2024
    objs = [
        dict(code="OB.2.1",
             title="Potenziare il monitoraggio dell'erosione costiera lungo i litorali sabbiosi attraverso rilievi "
                   "periodici da drone e da satellite e la condivisione dei dati con le amministrazioni regionali",
             mis=("017", "Ricerca e innovazione"), prog=("015", "Ricerca di base e applicata"),
             owner="Dipartimento di Geologia marina", res="€ 2.450.000,00",
             inds=[
                 ("Chilometri di costa rilevati nell'anno", "Indicatore di realizzazione fisica", "km", "km",
                  "KM_ril", ["KM_ril"], "33,33%", "1.180", [">= 1.250", ">= 1.300", ">= 1.350"]),
                 ("Rapporti di rilievo pubblicati entro 60 giorni dalla campagna", "Indicatore di risultato (output)",
                  "%", "%", "RAP_60 / RAP_tot x 100", ["RAP_60", "RAP_tot"], "33,33%", "78,5%",
                  ["Maggiore o uguale al 80%", "Maggiore o uguale al 85%", "Maggiore o uguale al 90%"]),
                 ("Geoportale dei dati costieri accessibile alle Regioni", "Indicatore di realizzazione fisica",
                  "SI/NO", "text", "Geoportale in esercizio al 31 dicembre", [], "33,34%", "NO", ["SI", "SI", "SI"]),
             ]),
        dict(code="OB.2.2",
             title="Ridurre i tempi di rilascio dei pareri tecnici sulle concessioni demaniali marittime",
             mis=("017", "Ricerca e innovazione"), prog=("015", "Ricerca di base e applicata"),
             owner="Servizio Pareri e Autorizzazioni", res="€ 640.000,00",
             inds=[
                 ("Tempo medio di rilascio del parere", "Indicatore di efficienza", "giorni", "gg",
                  "Somma dei giorni di istruttoria / pareri rilasciati", [], "60%", "34 gg",
                  ["<= 30 gg", "<= 28 gg", "<= 25 gg"]),
                 ("Pareri rilasciati entro il termine di legge", "Indicatore di efficacia", "%", "%",
                  "PAR_term / PAR_tot", ["PAR_term", "PAR_tot"], "40%", "88,00%",
                  ["maggiore o uguale a 90,00", "maggiore o uguale a 92,00", "maggiore o uguale a 95,00"]),
             ]),
        dict(code="OB.3.1",
             title="Valorizzare il patrimonio di dati oceanografici dell'Istituto",
             mis=("017", "Ricerca e innovazione"), prog=("022", "Ricerca scientifica e tecnologica di base"),
             owner="Servizio Sistemi Informativi", res="€ 1.179.220,00",
             inds=[
                 ("Dataset pubblicati in formato aperto", "Indicatore di realizzazione fisica", "numero", "N.",
                  "DS_open", ["DS_open"], "50%", "42", [">= 50", ">= 60", ">= 70"]),
                 ("Download dei dataset dal catalogo", "Indicatore di impatto (outcome)", "numero", "N.",
                  "DL_cat", ["DL_cat"], "50%", "12.400", ["> 15.000", "> 17.500", "> 20.000"]),
             ]),
    ]
    css = """body { font-family: "DejaVu Serif", serif; font-size: 9pt; color: #111; }
.cover { padding-top: 60mm; break-after: page; }
.cover h1 { font-size: 20pt; margin: 0 0 6mm 0; } .cover h2 { font-size: 13pt; font-weight: normal; margin: 0 0 3mm 0; }
.cover p { font-size: 10pt; text-align: justify; line-height: 1.45; }
h3 { font-size: 11pt; margin: 9mm 0 2mm 0; border-bottom: 1.2pt solid #1b4f72; color: #1b4f72; padding-bottom: 1mm; }
table.rec { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
table.rec td { padding: 2pt 4pt; vertical-align: top; border-bottom: 0.5pt dotted #999; }
table.rec td.l { width: 34%; color: #444; font-variant: small-caps; }
table.ind { border-collapse: collapse; width: 100%; font-size: 8.2pt; }
table.ind th, table.ind td { border: 0.5pt solid #777; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.ind th { background: #d6e4f0; } table.ind td.l { background: #f2f2f2; width: 22%; font-weight: bold; }
table.ind tr { break-inside: avoid; }
p.note { font-size: 8pt; font-style: italic; margin-top: 8mm; }"""
    h = ["<div class=cover>", f"<h1>{esc(org)}</h1>",
         f"<h2>Piano integrato di attività e organizzazione {Y[0]}-{Y[-1]}</h2>",
         "<h2>Sezione Performance – Allegato B: schede degli obiettivi specifici</h2>",
         "<p>Il presente allegato descrive gli obiettivi specifici assegnati alle strutture dell'Istituto per il "
         "triennio. Ogni scheda riporta il collegamento con la missione e il programma del bilancio di previsione e le "
         "risorse finanziarie stanziate per il primo anno; segue il quadro degli indicatori, con il valore conseguito "
         "nell'esercizio precedente e i target attesi per ciascuno dei tre anni.</p>",
         "<p>Gli indicatori espressi in forma binaria (SI/NO) si intendono raggiunti quando la condizione è "
         "verificata al 31 dicembre dell'anno di riferimento.</p></div>"]
    nodes, inds = [], []
    labels = ["Indicatore", "Tipologia", "Unità di misura", "Algoritmo di calcolo", "Peso indicatore",
              "Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno",
              "Target terzo anno"]
    for o in objs:
        h.append(f"<h3>Obiettivo specifico {o['code']}</h3><table class=rec>")
        rows = [("Codice obiettivo", o["code"]), ("Denominazione", o["title"]),
                ("Missione", f"{o['mis'][0]} – {o['mis'][1]}"), ("Programma", f"{o['prog'][0]} – {o['prog'][1]}"),
                ("Struttura responsabile", o["owner"]), ("Risorse a preventivo primo anno", o["res"])]
        for lbl, v in rows:
            h.append(f"<tr><td class=l>{esc(lbl)}</td><td>{esc(v)}</td></tr>")
        h.append("</table>")
        nodes.append(node(o["code"], "strategic", o["title"], resources=[o["res"]], mission=o["mis"][0],
                          programme=o["prog"][0], owners=[o["owner"]]))
        h.append("<table class=ind><thead><tr><th></th>" +
                 "".join(f"<th>Indicatore {j}</th>" for j in range(1, len(o["inds"]) + 1)) + "</tr></thead><tbody>")
        cols = []
        for (iname, tip, um, unit, alg, vars_, w, base, tg) in o["inds"]:
            cols.append([iname, tip, um, alg, w, base] + tg)
            inds.append(ind(iname, o["code"], unit=unit, type=tip, formula=alg, variables=vars_, weight=w,
                            baselines=[(BASE, base)], targets=list(zip(Y, tg))))
        for li, lbl in enumerate(labels):
            h.append(f"<tr><td class=l>{esc(lbl)}</td>" + "".join(f"<td>{esc(c[li])}</td>" for c in cols) + "</tr>")
        h.append("</tbody></table>")
    h.append("<p class=note>Primo, secondo e terzo anno si riferiscono rispettivamente al 2025, al 2026 e al 2027; "
             "il target conseguito nell'esercizio precedente è il valore a consuntivo 2024.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="20mm 16mm 18mm 16mm",
                            top_right=q(f"{org} – PIAO {Y[0]}-{Y[-1]}"),
                            bottom_center='"Pag. " counter(page) " / " counter(pages)',
                            hf_font='7.5pt "DejaVu Sans"'), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Serif 9 pt. Page 1 is a cover (body, `Piano integrato di attività e organizzazione
2025-2027`, annex title, two paragraphs of prose). Then per objective: a heading `Obiettivo specifico OB.2.1`, a
borderless label/value block (dotted lines, small-caps labels): `Codice obiettivo`, `Denominazione` (long titles
wrapping over two or three lines), `Missione` `017 – Ricerca e innovazione`, `Programma` `015 – …`,
`Struttura responsabile`, `Risorse a preventivo primo anno` (`€ 2.450.000,00`). The indicators of the objective are NOT
one block each but ONE ruled transposed table: the labels `Indicatore`, `Tipologia`, `Unità di misura`,
`Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio precedente`, `Target primo anno`,
`Target secondo anno`, `Target terzo anno` as rows, one column per indicator (`Indicatore 1 | Indicatore 2 | …`).
Running header (body and PIAO period) and footer `Pag. n / N`; a closing note maps primo/secondo/terzo anno to
2025/2026/2027 and the previous-year value to 2024. Truth: objectives `strategic` with mission/programme codes,
owners = [the Struttura responsabile], resources as printed; baselines 2024; units mapped (`giorni` → `gg`,
`numero` → `N.`, `SI/NO` → `text`, `km` as printed).
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_record.py`.",
                 ["indicator blocks transposed: one column per indicator, labels as rows",
                  "borderless objective block, ruled indicator table", "cover page with prose, closing note",
                  "running header and `Pag. n / N` footer", "codes `OB.2.1`", "weights in thirds `33,33%` + `33,34%`",
                  "targets `maggiore o uguale a 90,00` (unit only in the U.M. row), `Maggiore o uguale al 80%`, "
                  "`> 15.000`, `SI`, baseline `NO`"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["xlsx", "chromium"]
    if "xlsx" in which:
        giustizia()
    if "chromium" in which:
        istituto()
