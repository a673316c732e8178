#!/usr/bin/python3
"""Family: targets in prose. LibreOffice: a park authority's 2021-2023 plan, portrait, area band rows,
the `Risultato atteso` cell holding one sentence per year on its own line (`Target 2021 - Aumento del
25% rispetto alla baseline.`), baseline column `Dato di partenza (2020)`, header repeated over two pages.
Chromium: a comune's 2011-2013 plan with NO table: each strategic objective a numbered heading, a
paragraph, and a list of indicator blocks whose target is one phrase (`incremento del: 2% nel 2011, 4% nel
2012, 6% nel 2013`)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, lo_pdf, node,  # noqa: E402
                     q, write_readme, write_truth, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def parco():
    name = "fam3-prose-lo-1"
    org = "Ente Parco Regionale delle Gole del Sasso"
    Y = [2021, 2022, 2023]
    BASE = 2020
    areas = [
        ("1", "CONSERVAZIONE DELLA NATURA", [
            ("1.1", "Tutelare la biodiversità degli habitat prioritari e delle specie di interesse comunitario", [
                ("Superficie di habitat prioritari sottoposta a monitoraggio periodico", "1.240 ettari", "ettari",
                 ["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                  "Aumento del 30% rispetto alla baseline"]),
                ("Specie aliene invasive oggetto di interventi di contenimento", "4 specie", "N.",
                 ["Interventi su almeno 5 specie", "Interventi su almeno 6 specie", "Interventi su almeno 7 specie"]),
            ]),
            ("1.2", "Ridurre la pressione del turismo sulle aree di riserva integrale", [
                ("Accessi giornalieri ai sentieri della riserva integrale nei fine settimana estivi", "640", "N.",
                 ["Riduzione del 5% rispetto alla baseline", "Riduzione del 10% rispetto alla baseline",
                  "Riduzione del 15% rispetto alla baseline"]),
            ]),
            ("1.3", "Migliorare lo stato di conservazione dei corsi d'acqua del parco", [
                ("Tratti fluviali con stato ecologico buono o elevato", "54%", "%",
                 ["Aumento del 5% rispetto alla baseline", "Aumento dell'8% rispetto alla baseline",
                  "Aumento del 12% rispetto alla baseline"]),
            ]),
        ]),
        ("2", "FRUIZIONE E SVILUPPO LOCALE", [
            ("2.1", "Promuovere la fruizione sostenibile e l'educazione ambientale", [
                ("Visitatori dei centri visita del parco", "18.300", "N.",
                 ["Aumento del 25% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                  "Aumento del 15% rispetto alla baseline"]),
                ("Studenti coinvolti nei programmi di educazione ambientale", "2.150", "N.",
                 ["Aumento del 10% rispetto alla baseline", "Aumento del 15% rispetto alla baseline",
                  "Aumento del 20% rispetto alla baseline"]),
            ]),
            ("2.2", "Valorizzare i prodotti tipici del territorio del parco", [
                ("Aziende agricole aderenti al marchio collettivo del parco", "37 aziende", "N.",
                 ["Almeno 45 aziende aderenti", "Almeno 55 aziende aderenti", "Almeno 65 aziende aderenti"]),
            ]),
        ]),
        ("3", "GESTIONE E TRASPARENZA", [
            ("3.1", "Assicurare l'efficienza e la tempestività dell'azione amministrativa", [
                ("Tempo medio di rilascio dei nulla osta", "48 giorni", "gg",
                 ["Riduzione a 40 giorni", "Riduzione a 35 giorni", "Riduzione a 30 giorni"]),
                ("Pagamenti ai fornitori effettuati entro 30 giorni", "82%", "%",
                 ["Almeno l'85% dei pagamenti", "Almeno il 90% dei pagamenti", "Almeno il 95% dei pagamenti"]),
            ]),
            ("3.2", "Rafforzare la trasparenza e la partecipazione dei portatori di interesse", [
                ("Richieste di accesso civico evase entro 30 giorni", "91%", "%",
                 ["Almeno il 95% delle richieste", "Almeno il 97% delle richieste", "Il 100% delle richieste"]),
                ("Incontri pubblici con le comunità locali", "6 incontri", "N.",
                 ["Almeno 8 incontri", "Almeno 10 incontri", "Almeno 12 incontri"]),
            ]),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Serif"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2021-2023"
    for col, w in zip("ABCDE", [6, 20, 22, 10, 28]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=14, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano della performance {Y[0]}-{Y[-1]}", font=Font(name=fn, size=12), wrap=False)
    xl_put(ws, 3, 1, "Gli obiettivi strategici dell'Ente sono articolati in tre aree. Per ogni indicatore il dato di "
                     f"partenza è quello rilevato al 31 dicembre {BASE}; i risultati attesi sono espressi, anno per "
                     "anno, in rapporto a tale valore (baseline).", font=Font(name=fn, size=10, italic=True))
    ws.merge_cells("A3:E3")
    ws.row_dimensions[3].height = 54
    head = ["Codice", "Obiettivo strategico", "Indicatore", f"Dato di partenza ({BASE})", "Risultato atteso"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 5, c, v, font=f_b, fill="D9E2F3", border=grid, halign="center", valign="center")
    r = 6
    nodes, inds = [], []
    for acode, atitle, objs in areas:
        xl_put(ws, r, 1, f"AREA {acode} – {atitle}", font=f_b, fill="B4C6E7", border=grid)
        for c in range(2, 6):
            ws.cell(row=r, column=c).border = grid
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        nodes.append(node(acode, "area", atitle))
        r += 1
        for code, title, ilist in objs:
            first = r
            for iname, base, unit, tg in ilist:
                xl_put(ws, r, 3, iname, font=f_n, border=grid)
                xl_put(ws, r, 4, base, font=f_n, border=grid, halign="center")
                xl_put(ws, r, 5, "\n".join(f"Target {y} - {t}." for y, t in zip(Y, tg)), font=f_n, border=grid)
                inds.append(ind(iname, code, unit=unit, baselines=[(BASE, base)], targets=list(zip(Y, tg))))
                r += 1
            xl_put(ws, first, 1, code, font=f_b, border=grid, halign="center")
            xl_put(ws, first, 2, title, font=f_n, border=grid)
            if r - 1 > first:
                for c in (1, 2):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
                    for rr in range(first, r):
                        ws.cell(row=rr, column=c).border = grid
            nodes.append(node(code, "strategic", title, parent=acode))
    xl_fit_rows(ws, 5, r - 1, pt=10, narrow=0.95, line=1.2)
    xl_put(ws, r + 1, 1, "Le percentuali di aumento o di riduzione si intendono calcolate sul dato di partenza.",
           font=Font(name=fn, size=9, italic=True), wrap=False)
    xl_page(ws, landscape=False, title_rows="5:5")
    ws.page_margins.top, ws.page_margins.header = 0.9, 0.35
    ws.oddHeader.left.text = org
    ws.oddHeader.left.size = 8
    ws.oddFooter.right.text = "&P"
    ws.oddFooter.right.size = 8
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, Y)], nodes, inds, [finding(
        "target.declining", "Visitatori dei centri visita del parco",
        "the increase over the baseline shrinks every year (25% in 2021, 20% in 2022, 15% in 2023): the targets get "
        "easier for a higher-is-better indicator")])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Serif 10, ruled; two pages with the header row repeated.
Title, plan period and an italic paragraph saying the expected results are relative to the 2020 value (baseline).
Table `Codice | Obiettivo strategico | Indicatore | Dato di partenza (2020) | Risultato atteso` (header synonyms for
baseline and target). Area band rows `AREA 1 – CONSERVAZIONE DELLA NATURA` span the width; code and title of each
strategic objective (`1.1`) are merged over their indicator rows. The `Risultato atteso` cell holds THREE sentences,
one per line (line breaks inside the cell): `Target 2021 - Aumento del 25% rispetto alla baseline.` / `Target 2022 - …`
/ `Target 2023 - …`; some are not relative (`Interventi su almeno 5 specie`, `Riduzione a 40 giorni`, `Almeno l'85% dei
pagamenti`). Baselines as printed (`1.240 ettari`, `18.300`, `48 giorni`). Running header (body) and page number.
Truth: areas level `area` (code `1`, title after the dash), objectives `strategic` with parent the area code;
baseline year 2020 from the header; target raw per year = the sentence after `Target <year> - ` without its full stop.
""", "Workbook written with openpyxl by `tools/samples3/fam3_prose.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["one sentence per year on its own line inside the cell", "header synonyms `Dato di partenza (2020)`, "
                  "`Risultato atteso`", "area band rows", "years 2021-2023", "header repeated on page 2",
                  "portrait, serif, print header/footer"],
                 ["`target.declining` on `Visitatori dei centri visita del parco`: +25%, +20%, +15% over the baseline "
                  "in 2021, 2022, 2023 — each year easier than the one before"])


def castel_rovere():
    name = "fam3-prose-chromium-2"
    org = "Comune di Castel Rovere"
    Y = [2011, 2012, 2013]
    BASE = 2010
    objs = [
        ("1", "Ambiente e qualità urbana",
         "L'amministrazione intende migliorare la qualità dell'ambiente urbano aumentando la raccolta differenziata "
         "dei rifiuti e riducendo i consumi energetici del patrimonio comunale, anche attraverso la sostituzione "
         "degli impianti di illuminazione più obsoleti.", [
             ("Percentuale di raccolta differenziata dei rifiuti urbani", "35%", "%", "incremento del: ",
              ["2%", "4%", "6%"], " rispetto al valore 2010"),
             ("Consumi di energia elettrica degli edifici comunali", "1.420 MWh", "MWh", "riduzione del: ",
              ["3%", "6%", "10%"], ""),
         ]),
        ("2", "Servizi alla persona e alla famiglia",
         "Il secondo obiettivo riguarda l'ampliamento dei servizi per la prima infanzia e il rafforzamento "
         "dell'assistenza domiciliare agli anziani non autosufficienti.", [
             ("Posti disponibili negli asili nido comunali", "96 posti", "N.", "aumento di: ",
              ["12 posti", "24 posti", "36 posti"], ""),
             ("Tempo medio di attesa per l'attivazione dell'assistenza domiciliare", "45 giorni", "gg", "riduzione a: ",
              ["40 giorni", "35 giorni", "30 giorni"], ""),
         ]),
        ("3", "Semplificazione amministrativa",
         "La semplificazione dei rapporti con cittadini e imprese passa per la presentazione telematica delle "
         "pratiche edilizie e per la riduzione dei tempi di rilascio dei certificati.", [
             ("Pratiche edilizie presentate per via telematica", "12%", "%", "quota del: ", ["30%", "50%", "80%"], ""),
             ("Tempo medio di rilascio dei certificati anagrafici non immediati", "3 giorni", "gg", "riduzione a: ",
              ["2 giorni", "1 giorno", "1 giorno"], ""),
         ]),
    ]
    css = """body { font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm 0; } h2.s { font-size: 13pt; text-align: center; font-weight: normal; margin: 0 0 8mm 0; }
h3 { font-size: 12pt; margin: 7mm 0 2mm 0; } p { text-align: justify; margin: 0 0 2mm 0; }
ul { margin: 1mm 0 0 0; padding-left: 8mm; } li { margin-bottom: 2.5mm; break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>", f"<h2 class=s>Piano della performance {Y[0]}-{Y[-1]}</h2>",
         "<h3>1. Premessa</h3>",
         "<p>Il presente Piano, adottato ai sensi dell'art. 10 del decreto legislativo 27 ottobre 2009, n. 150, "
         "individua gli obiettivi strategici dell'amministrazione per il triennio e gli indicatori con i quali ne "
         "sarà misurato il raggiungimento. Per ciascun indicatore è riportato il valore rilevato nel 2010, che "
         "costituisce il termine di riferimento dei risultati attesi.</p>",
         "<h3>2. Gli obiettivi strategici</h3>"]
    nodes, inds = [], []
    for code, title, para, ilist in objs:
        h.append(f"<h3>Obiettivo strategico {code} – {esc(title)}</h3><p>{esc(para)}</p><ul>")
        nodes.append(node(code, "strategic", title))
        for iname, base, unit, lead, vals, tail in ilist:
            phrase = lead + ", ".join(f"{v} nel {y}" for v, y in zip(vals[:2], Y[:2])) + f", {vals[2]} nel {Y[2]}"
            h.append(f"<li><b>Indicatore:</b> {esc(iname)}.<br><b>Valore {BASE}:</b> {esc(base)}.<br>"
                     f"<b>Target:</b> {esc(phrase + tail)}.</li>")
            inds.append(ind(iname, code, unit=unit, baselines=[(BASE, base)], targets=list(zip(Y, vals))))
        h.append("</ul>")
    h.append("<h3>3. Monitoraggio</h3><p>Lo stato di avanzamento degli obiettivi è verificato con cadenza semestrale "
             "dal Nucleo di valutazione; gli esiti sono riportati nella Relazione sulla performance.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="22mm 22mm 20mm 22mm",
                            bottom_center='"- " counter(page) " -"', hf_font='9pt "Liberation Serif"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Serif 11 pt, a plain report with NO table. Centred title and `Piano della
performance 2011-2013`, numbered sections (`1. Premessa`, `2. Gli obiettivi strategici`, `3. Monitoraggio`) of justified
prose. Each strategic objective is a heading `Obiettivo strategico 1 – Ambiente e qualità urbana`, a paragraph, and a
bulleted list; each bullet is one indicator on three lines: `Indicatore: <name>.`, `Valore 2010: 35%.`, `Target:
incremento del: 2% nel 2011, 4% nel 2012, 6% nel 2013 rispetto al valore 2010.` Target phrases vary (`riduzione del:`,
`aumento di: 12 posti nel 2011, …`, `riduzione a: 40 giorni nel 2011, …`, `quota del: …`). Page numbers `- n -`.
Truth: objectives level `strategic` (code `1`, title after the dash), parent null; indicator name without its final
full stop; baseline 2010 raw as printed without the full stop (`35%`, `1.420 MWh`); one target per year whose raw is
that year's own figure (`2%`, `12 posti`, `1 giorno`), as in fam-prose-lo-2.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_prose.py`.",
                 ["no table: headings, paragraphs and bulleted indicator blocks", "years 2011-2013, baseline 2010",
                  "phrases `del: 2% nel 2011, 4% nel 2012, 6% nel 2013`, `riduzione a: 40 giorni nel 2011, …`",
                  "serif 11 pt, wide margins, centred page numbers"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        parco()
    if "chromium" in which:
        castel_rovere()
