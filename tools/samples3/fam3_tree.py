#!/usr/bin/python3
"""Family: tree with past values and per-year triplets. Workbook kept as .xlsx: a university's
monitoring as a STAIRCASE (one column per level: Area, Obiettivo strategico, Outcome, Indicatore), the
source column before the values, academic-year past values, three yearly triplets Risultato/Target/%
with number cells. Chromium: landscape, a `Liv.` column with abbreviations (A/OS/OUT/IND), purely numeric
codes, the triplet order changed to Valore obiettivo/Risultato/% raggiungimento, split over pages
WITHOUT a repeated header."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct, node,  # noqa: E402
                     q, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def valmarecchia():
    name = "fam3-tree-xlsx-1"
    org = "Università degli Studi di Valmarecchia"
    Y = [2018, 2019, 2020]
    PAST = [("a.a. 2016/2017", 2016), ("a.a. 2017/2018", 2017)]
    P, N1, C = "0.0%", "0", "0.0"      # number formats of values
    # indicator: code, name, source, unit, fmt, past values, [(result, target text, op)] per year
    tree = [
        ("A1", "DIDATTICA", [
            ("A1.1", "Migliorare la regolarità delle carriere degli studenti", [
                ("A1.1.1", "Più studenti che proseguono al secondo anno con almeno 40 CFU", [
                    ("K01", "Quota di studenti che proseguono al II anno avendo acquisito almeno 40 CFU",
                     "ANS – Anagrafe Nazionale Studenti", "%", P, [0.452, 0.468],
                     [(0.481, ">= 48%", 0.48, ">="), (0.489, ">= 50%", 0.50, ">="), (0.512, ">= 52%", 0.52, ">=")]),
                    ("K02", "Abbandoni dopo il primo anno di corso", "ANS – Anagrafe Nazionale Studenti", "%", P,
                     [0.154, 0.149],
                     [(0.142, "<= 14%", 0.14, "<="), (0.131, "<= 13%", 0.13, "<="), (0.118, "<= 12%", 0.12, "<=")]),
                ]),
                ("A1.1.2", "Maggiore puntualità nel conseguimento del titolo", [
                    ("K03", "Laureati entro la durata normale del corso", "AlmaLaurea – profilo dei laureati", "%", P,
                     [0.521, 0.538],
                     [(0.55, ">= 55%", 0.55, ">="), (0.561, ">= 57%", 0.57, ">="), (0.58, ">= 59%", 0.59, ">=")]),
                ]),
            ]),
            ("A1.2", "Rafforzare l'internazionalizzazione della didattica", [
                ("A1.2.1", "Più crediti acquisiti all'estero e più corsi internazionali", [
                    ("K04", "CFU conseguiti all'estero ogni 1.000 CFU acquisiti", "Ufficio Mobilità Internazionale",
                     "N.", C, [14.2, 15.1],
                     [(16.3, ">= 16", 16, ">="), (17.0, ">= 17", 17, ">="), (9.8, ">= 18", 18, ">=")]),
                    ("K05", "Corsi di studio internazionali attivati", "Banca dati SUA-CdS", "N.", N1, [6, 7],
                     [(8, ">= 8", 8, ">="), (9, ">= 9", 9, ">="), (10, ">= 10", 10, ">=")]),
                ]),
            ]),
        ]),
        ("A2", "RICERCA E TRASFERIMENTO TECNOLOGICO", [
            ("A2.1", "Accrescere la capacità di attrarre finanziamenti per la ricerca", [
                ("A2.1.1", "Più progetti competitivi finanziati e maggiori proventi da ricerca", [
                    ("K06", "Progetti finanziati su bandi competitivi nazionali e internazionali",
                     "Area Ricerca – banca dati progetti", "N.", N1, [41, 44],
                     [(47, ">= 46", 46, ">="), (45, ">= 48", 48, ">="), (52, ">= 50", 50, ">=")]),
                    ("K07", "Quota dei proventi da ricerca sul totale dei proventi", "Bilancio unico di ateneo", "%", P,
                     [0.104, 0.108],
                     [(0.118, ">= 12%", 0.12, ">="), (0.121, ">= 11,5%", 0.115, ">="),
                      (0.113, ">= 11%", 0.11, ">=")]),
                ]),
            ]),
            ("A2.2", "Promuovere il trasferimento tecnologico", [
                ("A2.2.1", "Più brevetti e spin-off accreditati", [
                    ("K08", "Brevetti depositati", "Ufficio Trasferimento Tecnologico", "N.", N1, [5, 4],
                     [(6, ">= 5", 5, ">="), (6, ">= 6", 6, ">="), (5, ">= 7", 7, ">=")]),
                    ("K09", "Spin-off accreditati attivi", "Ufficio Trasferimento Tecnologico", "N.", N1, [10, 11],
                     [(13, ">= 12", 12, ">="), (14, ">= 13", 13, ">="), ("dato in aggiornamento", ">= 14", 14, ">=")]),
                ]),
            ]),
        ]),
    ]

    def disp(v, fmt):
        if isinstance(v, str):
            return v
        return {P: lambda: it_pct(v, 1), N1: lambda: it_num(v, 0), C: lambda: it_num(v, 1)}[fmt]()

    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=8), Font(name=fn, size=8, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Monitoraggio 2018-2020"
    widths = [16, 20, 22, 30, 18, 9, 9] + [8, 8, 6] * 3
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano strategico 2018-2020 – Monitoraggio finale degli indicatori", font=Font(name=fn, size=10),
           wrap=False)
    hdr = dict(font=f_b, fill="FCE4D6", border=grid, halign="center", valign="center")
    for c, v in enumerate(["Area", "Obiettivo strategico", "Outcome", "Indicatore", "Fonte"], 1):
        xl_put(ws, 4, c, v, **hdr)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    xl_put(ws, 4, 6, "Valori storici", **hdr)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=7)
    for k, (lbl, _) in enumerate(PAST):
        xl_put(ws, 5, 6 + k, lbl, **hdr)
    for k, y in enumerate(Y):
        c0 = 8 + 3 * k
        xl_put(ws, 4, c0, str(y), **hdr)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        for j, lbl in enumerate(["Risultato", "Target", "%"]):
            xl_put(ws, 5, c0 + j, lbl, **hdr)
    xl_box(ws, 4, 1, 5, len(widths), grid)
    r = 6
    nodes, inds = [], []
    for acode, atitle, sts in tree:
        xl_put(ws, r, 1, f"{acode} – {atitle}", font=f_b, fill="F8CBAD", border=grid)
        xl_box(ws, r, 1, r, len(widths), grid)
        nodes.append(node(acode, "area", atitle))
        r += 1
        for scode, stitle, outs in sts:
            xl_put(ws, r, 2, f"{scode} – {stitle}", font=f_b, fill="FBE5D6", border=grid)
            xl_box(ws, r, 1, r, len(widths), grid)
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            r += 1
            for ocode, otitle, ilist in outs:
                xl_put(ws, r, 3, f"{ocode} – {otitle}", font=Font(name=fn, size=8, italic=True), border=grid)
                xl_box(ws, r, 1, r, len(widths), grid)
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                r += 1
                for icode, iname, src, unit, fmt, past, yrs in ilist:
                    xl_put(ws, r, 4, f"{icode} – {iname}", font=f_n, border=grid)
                    xl_put(ws, r, 5, src, font=f_n, border=grid)
                    for k, v in enumerate(past):
                        xl_put(ws, r, 6 + k, v, font=f_n, border=grid, fmt=fmt, halign="right")
                    results, targets, achs = [], [], []
                    for k, (res, ttext, tval, op) in enumerate(yrs):
                        c0 = 8 + 3 * k
                        xl_put(ws, r, c0, res, font=f_n, border=grid, fmt=None if isinstance(res, str) else fmt,
                               halign="right")
                        xl_put(ws, r, c0 + 1, ttext, font=f_n, border=grid, halign="right")
                        results.append((Y[k], disp(res, fmt)))
                        targets.append((Y[k], ttext))
                        if isinstance(res, str):
                            continue
                        ratio = res / tval if op == ">=" else tval / res
                        a = round(min(1.0, ratio), 4)
                        xl_put(ws, r, c0 + 2, a, font=f_n, border=grid, fmt="0%", halign="right")
                        achs.append((Y[k], it_pct(a, 0)))
                    xl_box(ws, r, 1, r, len(widths), grid)
                    inds.append(ind(iname, ocode, code=icode, unit=unit,
                                    baselines=[(y, disp(v, fmt)) for (_, y), v in zip(PAST, past)],
                                    targets=targets, results=results, achievement=achs))
                    r += 1
    xl_fit_rows(ws, 4, r - 1, pt=8, narrow=1.0)
    xl_put(ws, r + 1, 1, "Le colonne a.a. riportano il valore dell'anno accademico indicato; le colonne 2018, 2019 e "
                         "2020 il risultato dell'anno solare o dell'anno accademico che in esso ha inizio.",
           font=Font(name=fn, size=7.5, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:5")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y)], nodes, inds, [finding(
        "target.declining", "K07",
        "the targets of K07 get easier every year: >= 12% (2018), >= 11,5% (2019), >= 11% (2020), higher is better")])
    write_readme(d, name, """
The workbook itself (`input.xlsx`), sheet `Monitoraggio 2018-2020`, Liberation Sans 8, ruled, landscape print setup
with the two header rows repeated. The tree is a STAIRCASE: one column per level, `Area | Obiettivo strategico |
Outcome | Indicatore`, each row filling only its own level's column (`A1 – DIDATTICA` in column A, `A1.1 – …` in B,
`A1.1.1 – …` (italic) in C, `K01 – name` in D). Then `Fonte` (before the values: column order changed), `Valori storici`
over `a.a. 2016/2017 | a.a. 2017/2018`, and three year groups `2018 | 2019 | 2020`, each `Risultato | Target | %`
(two-row header with merged cells). Past values and results are NUMBER cells (`0.0%` → `45,2%`, `0` → `47`, `0.0` →
`16,3`); targets are text (`>= 48%`, `<= 14%`); `%` is a number cell with format `0%` (result/target, or target/result
for `<=`, capped at 100%, e.g. `98%`, `54%`). One 2020 result is `dato in aggiornamento` with an empty `%`.
Truth: levels Area = `area`, Obiettivo strategico = `strategic`, Outcome = `operational`; indicator code = the part
before ` – ` (`K01`), node = its Outcome; a.a. 2016/2017 and 2017/2018 = baselines of 2016 and 2017 (first calendar year);
results/targets/achievement per year as displayed.
""", "Workbook (.xlsx) written with openpyxl by `tools/samples3/fam3_tree.py` and kept as the input.",
                 ["staircase layout: one column per tree level", "`Fonte` before the values",
                  "three yearly triplets, number cells `0.0%`, `0`, `0.0`, achievement `0%`",
                  "`a.a. 2016/2017` past values", "two-row merged header repeated when printed",
                  "`dato in aggiornamento` with empty %"],
                 ["`target.declining` on `K07` (Quota dei proventi da ricerca sul totale dei proventi): targets "
                  "`>= 12%`, `>= 11,5%`, `>= 11%` get easier each year for a higher-is-better indicator"])


def campoverde():
    name = "fam3-tree-chromium-2"
    org = "Università degli Studi di Campoverde"
    Y = [2021, 2022]
    PAST = [("a.a. 2019/2020", 2019), ("a.a. 2020/2021", 2020)]
    tree = [
        ("1", "FORMAZIONE", [
            ("1.1", "Ampliare e qualificare l'offerta formativa post-laurea", [
                ("1.1.1", "Più iscritti ai dottorati di ricerca provenienti da altri atenei", [
                    ("1.1.1.1", "Dottorandi con titolo di accesso conseguito in altro ateneo", "Anagrafe dottorati",
                     "%", ["28,5%", "30,1%"], [(">= 31%", "32,4%", "100%"), (">= 33%", "33,0%", "100%")]),
                ]),
                ("1.1.2", "Master e corsi di perfezionamento con sbocchi professionali certificati", [
                    ("1.1.2.1", "Master attivati in convenzione con imprese", "Segreteria post-laurea", "N.",
                     ["9", "11"], [(">= 12", "12", "100%"), (">= 14", "13", "92,9%")]),
                ]),
            ]),
            ("1.2", "Qualificare l'esperienza di studio", [
                ("1.2.1", "Studenti più soddisfatti della didattica e degli spazi", [
                    ("1.2.1.1", "Giudizio medio complessivo nei questionari sugli insegnamenti (scala 1-10)",
                     "Questionari di valutazione della didattica", "N.", ["7,8", "7,9"],
                     [(">= 8,0", "8,1", "100%"), (">= 8,1", "8,0", "98,8%")]),
                    ("1.2.1.2", "Aule dotate di sistemi per la didattica ibrida", "Servizio Tecnico di ateneo", "%",
                     ["35%", "62%"], [(">= 80%", "84%", "100%"), (">= 95%", "97%", "100%")]),
                ]),
            ]),
        ]),
        ("2", "RICERCA E TERZA MISSIONE", [
            ("2.1", "Rafforzare la produzione scientifica di qualità", [
                ("2.1.1", "Più pubblicazioni in collaborazione internazionale", [
                    ("2.1.1.1", "Pubblicazioni con almeno un coautore affiliato a un ente straniero",
                     "Catalogo di ateneo IRIS", "%", ["38,2%", "39,0%"],
                     [(">= 40%", "41,7%", "100%"), (">= 42%", "40,9%", "97,4%")]),
                ]),
            ]),
            ("2.2", "Valorizzare i risultati della ricerca sul territorio", [
                ("2.2.1", "Più accordi di ricerca con imprese ed enti locali", [
                    ("2.2.1.1", "Contratti di ricerca conto terzi stipulati", "Ufficio Contratti e Convenzioni", "N.",
                     ["64", "71"], [(">= 75", "78", "100%"), (">= 80", "dato in aggiornamento", "–")]),
                    ("2.2.1.2", "Entrate da attività conto terzi", "Bilancio unico di ateneo", "EUR",
                     ["€ 2.150.000", "€ 2.380.000"],
                     [(">= € 2.500.000", "€ 2.612.400", "100%"), (">= € 2.700.000", "€ 2.590.000", "95,9%")]),
                ]),
                ("2.2.2", "Maggiore partecipazione alle iniziative di public engagement", [
                    ("2.2.2.1", "Iniziative di public engagement registrate", "Catalogo di ateneo IRIS", "N.",
                     ["112", "131"], [(">= 140", "152", "100%"), (">= 150", "149", "99,3%")]),
                ]),
            ]),
        ]),
    ]
    css = """body { font-family: "Liberation Serif", serif; font-size: 9.6pt; }
h1 { font-size: 15pt; margin: 0; } h2 { font-size: 11pt; font-weight: normal; margin: 1mm 0 3mm 0; }
p { text-align: justify; margin: 0 0 2mm 0; }
table { border-collapse: collapse; width: 100%; margin-top: 3mm; table-layout: fixed; }
td { padding: 2.5pt 3pt; vertical-align: top; border-bottom: 0.4pt solid #999; }
tr.h td { font-weight: bold; background: #e4e4e4; border-bottom: 0.8pt solid #000; text-align: center; vertical-align: middle; }
tr.h1 td { border-top: 0.8pt solid #000; }
td.n { text-align: right; } td.l { font-weight: bold; color: #444; }
tr.A td { background: #34495e; color: #fff; font-weight: bold; } tr.A td.l { color: #fff; }
tr.OS td { font-weight: bold; background: #f2f2f2; } tr.OUT td { font-style: italic; }
tr { break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>", "<h2>Relazione sulla performance – Monitoraggio del piano strategico, anni 2021 e "
                                 "2022</h2>",
         "<p>Il quadro che segue riporta l'albero degli obiettivi del piano strategico: aree (A), obiettivi strategici "
         "(OS), risultati attesi o outcome (OUT) e indicatori (IND). Per ciascun indicatore sono riportati la fonte "
         "del dato, i valori degli ultimi due anni accademici precedenti il piano e, per ogni anno, il valore "
         "obiettivo, il risultato conseguito e la percentuale di raggiungimento (risultato su valore obiettivo, con "
         "un massimo del 100%).</p>",
         "<p>Per gli indicatori riferiti all'anno accademico il dato dell'anno 2021 corrisponde all'a.a. 2021/2022 e "
         "quello del 2022 all'a.a. 2022/2023.</p>",
         "<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in
                                       [4, 6.5, 25, 11.5, 6.5, 6.5, 7, 7, 6, 7, 7, 6]) + "</colgroup>"]
    ncol = 12
    h.append("<tr class='h h1'><td rowspan=2>Liv.</td><td rowspan=2>Codice</td><td rowspan=2>Descrizione</td>"
             "<td rowspan=2>Fonte</td>" + "".join(f"<td rowspan=2>{lbl}</td>" for lbl, _ in PAST) +
             "".join(f"<td colspan=3>{y}</td>" for y in Y) + "</tr>")
    h.append("<tr class=h>" + "<td>Valore obiettivo</td><td>Risultato</td><td>% raggiun&shy;gimento</td>" * len(Y) +
             "</tr>")
    nodes, inds = [], []
    for acode, atitle, sts in tree:
        h.append(f"<tr class=A><td class=l>A</td><td>{acode}</td><td colspan={ncol - 2}>{esc(atitle)}</td></tr>")
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, outs in sts:
            h.append(f"<tr class=OS><td class=l>OS</td><td>{scode}</td><td colspan={ncol - 2}>{esc(stitle)}</td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            for ocode, otitle, ilist in outs:
                h.append(f"<tr class=OUT><td class=l>OUT</td><td>{ocode}</td>"
                         f"<td colspan={ncol - 2}>{esc(otitle)}</td></tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for icode, iname, src, unit, past, yrs in ilist:
                    cells = [f"<td class=l>IND</td><td>{icode}</td><td>{esc(iname)}</td><td>{esc(src)}</td>"]
                    cells += [f"<td class=n>{esc(v)}</td>" for v in past]
                    for tg, res, pc in yrs:
                        cells += [f"<td class=n>{esc(tg)}</td><td class=n>{esc(res)}</td><td class=n>{pc}</td>"]
                    h.append("<tr>" + "".join(cells) + "</tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=unit,
                                    baselines=[(y, v) for (_, y), v in zip(PAST, past)],
                                    targets=[(y, t[0]) for y, t in zip(Y, yrs)],
                                    results=[(y, t[1]) for y, t in zip(Y, yrs)],
                                    achievement=[(y, t[2]) for y, t in zip(Y, yrs) if t[2] != "–"]))
    h.append("</table>")
    h.append("<p style='margin-top:4mm'>Il risultato 2022 dell'indicatore 2.2.1.1 sarà disponibile dopo "
             "l'approvazione del bilancio unico di ateneo.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, landscape=True, margin="14mm 12mm 14mm 12mm",
                            top_right=q(f"{org} – Monitoraggio del piano strategico"),
                            bottom_center='counter(page) "/" counter(pages)', hf_font='7.5pt "Liberation Serif"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y)], nodes, inds)
    write_readme(d, name, """
Landscape A4, Chromium, Liberation Serif 9.6 pt, horizontal rules only. Title, subtitle and two paragraphs of prose
(explaining the abbreviations and the academic-year mapping). One table whose two-row header is printed ONCE: when
the table runs on to page 2 the header is NOT repeated (the header rows are ordinary rows). Columns: `Liv. | Codice |
Descrizione | Fonte | a.a. 2019/2020 | a.a. 2020/2021 | 2021 | 2022`, each year over three columns in a CHANGED order
`Valore obiettivo | Risultato | % raggiungimento`. The first column names the level by an abbreviation: `A` (area,
dark band), `OS` (strategic objective, bold), `OUT` (outcome, italic), `IND` (indicator). Codes are purely numeric and
extend the parent's (`1`, `1.1`, `1.1.1`, `1.1.1.1`); tree rows carry only code and title. Values as printed: `32,4%`,
`8,1`, `€ 2.612.400`, `>= € 2.700.000`, achievement `92,9%`; a 2022 result `dato in aggiornamento` with `–` as %.
Running header and `n/N` footer. Truth: A = `area`, OS = `strategic`, OUT = `operational`; indicators belong to the OUT
row above; a.a. 2019/2020 and 2020/2021 = baselines of 2019 and 2020; targets/results/achievement of 2021 and 2022.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_tree.py`.",
                 ["level by abbreviations `A`/`OS`/`OUT`/`IND` in a `Liv.` column", "numeric codes `1.1.1.1`",
                  "triplet order changed: Valore obiettivo, Risultato, % raggiungimento (header synonym)",
                  "table split over two pages, header not repeated", "prose before and after, serif, landscape"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["xlsx", "chromium"]
    if "xlsx" in which:
        valmarecchia()
    if "chromium" in which:
        campoverde()
