#!/usr/bin/python3
"""Family: tree with past values and per-year triplets (university, health authority).
The level of each row is NOT named in a 'Livello' column: the Chromium case shows it
by band rows, bold, italics and indentation; the LibreOffice case by area band rows
and a 'Tipo' column with words of its own (Obiettivo / Risultato atteso / KPI)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_page, xl_put, xl_save, xl_styles)


# ------------------------------------------------------------ chromium: university
def uni():
    name = "fam2-tree-chromium-1"
    org = "Università degli Studi di Valdaspra"
    # (kind, code, title, payload)
    # indicator payload: (unit, [b2021, b2022], [(res, tgt, pct) 2024], [(...) 2025], source)
    rows = [
        ("area", "R", "RICERCA E TRASFERIMENTO TECNOLOGICO"),
        ("strategic", "R.A", "Accrescere la qualità e l'impatto della produzione scientifica dell'Ateneo"),
        ("operational", "R.A.1", "Più pubblicazioni su riviste di fascia A in tutti i dipartimenti"),
        ("ind", "R.A.1.1a", "Prodotti della ricerca in fascia A per docente", "N.", ["1,42", "1,51"],
         ("1,58", ">= 1,55", "100%"), ("1,61", ">= 1,65", "97,6%"), "IRIS – Catalogo di Ateneo"),
        ("operational", "R.A.2", "Maggiore capacità di attrarre finanziamenti competitivi per la ricerca"),
        ("ind", "R.A.2.1a", "Progetti presentati su bandi competitivi europei", "N.", ["38", "41"],
         ("45", ">= 44", "100%"), ("44", ">= 48", "91,7%"), "Ufficio Ricerca"),
        ("ind", "R.A.2.1b", "Quota dei finanziamenti esterni sul totale delle entrate", "%", ["12,4%", "13,1%"],
         ("13,9%", ">= 13,5%", "100%"), ("dato in aggiornamento", ">= 14,0%", ""), "Bilancio unico di Ateneo"),
        ("area", "D", "DIDATTICA E SERVIZI AGLI STUDENTI"),
        ("strategic", "D.A", "Migliorare la regolarità delle carriere degli studenti"),
        ("operational", "D.A.1", "Riduzione degli abbandoni e dei ritardi nel primo biennio"),
        ("ind", "D.A.1.1a", "Iscritti al II anno con almeno 40 CFU acquisiti", "%", ["58,3%", "60,2%"],
         ("62,5%", ">= 62,0%", "100%"), ("63,8%", ">= 64,0%", "99,7%"), "ANS – Anagrafe Nazionale Studenti"),
        ("ind", "D.A.1.2a", "Laureati entro la durata normale del corso", "%", ["54,0%", "55,7%"],
         ("57,1%", ">= 57,0%", "100%"), ("58,9%", ">= 58,0%", "100%"), "Indagine AlmaLaurea"),
    ]
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 7.6pt; }
h1 { font-size: 11pt; margin: 0 0 2pt 0; } h2 { font-size: 9pt; font-weight: normal; margin: 0 0 8pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #555; padding: 2pt 3pt; vertical-align: top; }
th { background: #dde4ee; font-weight: bold; text-align: center; }
td.v { text-align: right; white-space: nowrap; }
tr.area td { background: #2f4f76; color: #fff; font-weight: bold; }
tr.strategic td { font-weight: bold; background: #eef1f6; }
tr.operational td.t { font-style: italic; padding-left: 12pt; }
tr.ind td.t { padding-left: 24pt; }
p.note { font-size: 7pt; margin-top: 6pt; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Piano strategico di Ateneo – Monitoraggio degli indicatori 2024-2025</h2>",
         "<table><thead><tr><th rowspan=2>Codice</th><th rowspan=2>Obiettivo / Risultato atteso / Indicatore</th>"
         "<th rowspan=2>a.a. 2021/2022</th><th rowspan=2>a.a. 2022/2023</th>"
         "<th colspan=3>2024</th><th colspan=3>2025</th><th rowspan=2>Fonte</th></tr>"
         "<tr><th>Risultato</th><th>Target</th><th>%</th><th>Risultato</th><th>Target</th><th>%</th></tr>"
         "</thead><tbody>"]
    nodes, inds = [], []
    parents = {}
    for r in rows:
        kind = r[0]
        if kind == "area":
            h.append(f"<tr class=area><td colspan=11>{esc(r[1])} – {esc(r[2])}</td></tr>")
            nodes.append(node(r[1], "area", r[2]))
            parents["strategic"] = r[1]
        elif kind in ("strategic", "operational"):
            h.append(f"<tr class={kind}><td>{esc(r[1])}</td><td class=t colspan=10>{esc(r[2])}</td></tr>")
            par = parents["strategic"] if kind == "strategic" else parents["operational"]
            nodes.append(node(r[1], kind, r[2], parent=par))
            if kind == "strategic":
                parents["operational"] = r[1]
            else:
                parents["ind"] = r[1]
        else:
            _, code, nm, unit, base, y1, y2, src = r
            cells = "".join(f"<td class=v>{esc(v)}</td>" for v in base + list(y1) + list(y2))
            h.append(f"<tr class=ind><td>{esc(code)}</td><td class=t>{esc(nm)}</td>{cells}<td>{esc(src)}</td></tr>")
            res = [(2024, y1[0]), (2025, y2[0])]
            ach = [(y, t[2]) for y, t in ((2024, y1), (2025, y2)) if t[2]]
            inds.append(ind(nm, parents["ind"], code=code, unit=unit,
                            baselines=[(2021, base[0]), (2022, base[1])],
                            targets=[(2024, y1[1]), (2025, y2[1])], results=res, achievement=ach))
    h.append("</tbody></table>")
    h.append("<p class=note>Valori degli anni accademici 2021/2022 e 2022/2023 come rilevati nella precedente "
             "programmazione. Dati 2025 aggiornati al 31.12.2025.</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css, landscape=True, margin="12mm"), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2024, 2025])], nodes, inds)
    write_readme(d, name, """
Landscape A4, Chromium, one ruled table with a two-row header: `Codice | Obiettivo / Risultato atteso / Indicatore |
a.a. 2021/2022 | a.a. 2022/2023 | 2024 (Risultato, Target, %) | 2025 (Risultato, Target, %) | Fonte`. There is NO level
column: the level of a row is shown only by its look. Areas are dark full-width band rows `R – RICERCA E TRASFERIMENTO
TECNOLOGICO` (code and title in one merged cell: code `R`, title after the dash). Strategic objectives are bold shaded rows (`R.A`), expected results
(`Risultato atteso`) are italic and indented (`R.A.1`), indicators are indented further (`R.A.1.1a`, `R.A.2.1b`). Tree rows
carry only code and title (merged over the value columns). The academic years `a.a. 2021/2022`, `a.a. 2022/2023` are
baselines of 2021 and 2022 (first calendar year of the academic year). One 2025 result is `dato in aggiornamento`
(its `%` cell is blank: no 2025 achievement in truth). Truth levels: band = `area`, bold = `strategic`,
italic = `operational`; indicators belong to the italic row above them. Indicator codes extend their parent's code.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_tree.py`.",
                 ["level shown by band rows, bold, italics and indentation (no Livello column)",
                  "codes `R.A.2.1b` style with a letter suffix on indicators",
                  "past values as academic years `a.a. 2021/2022`",
                  "a result `dato in aggiornamento` with a blank %",
                  "DejaVu Sans 7.6 pt, ruled grid, source column `Fonte`"], [])


# ------------------------------------------------------------ libreoffice: health authority
def asl():
    name = "fam2-tree-lo-2"
    org = "Azienda Sanitaria Locale Pianura Orientale"
    rows = [
        ("area", "1", "PREVENZIONE COLLETTIVA E SANITÀ PUBBLICA"),
        ("Obiettivo", "1.1", "Aumentare l'adesione ai programmi di screening oncologico"),
        ("Risultato atteso", "1.1.A", "Estensione dello screening mammografico alla fascia 45-49 anni"),
        ("KPI", "Adesione allo screening mammografico (50-69 anni)", "%", ["52,4%", "55,1%"],
         ("57,8%", ">= 56%", "100%"), ("59,0%", ">= 60%", "98,3%"), "Sistema informativo screening"),
        ("KPI", "Donne di 45-49 anni invitate allo screening", "N.", ["n.d.", "1.850"],
         ("3.420", ">= 3.000", "100%"), ("4.015", ">= 4.500", "89,2%"), "Sistema informativo screening"),
        ("Risultato atteso", "1.1.B", "Recupero dei non aderenti allo screening colorettale"),
        ("KPI", "Adesione allo screening colorettale", "%", ["38,0%", "41,5%"],
         ("42,2%", ">= 40%", "100%"), ("44,0%", ">= 45%", "97,8%"), "Sistema informativo screening"),
        ("area", "2", "ASSISTENZA OSPEDALIERA"),
        ("Obiettivo", "2.1", "Ridurre i tempi di attesa per gli interventi chirurgici programmati"),
        ("Risultato atteso", "2.1.A", "Interventi oncologici eseguiti entro i tempi della classe di priorità"),
        ("KPI", "Interventi per tumore della mammella entro 30 giorni", "%", ["78%", "81%"],
         ("86%", ">= 85%", "100%"), ("88%", ">= 90%", "97,8%"), "Flusso SDO"),
        ("Risultato atteso", "2.1.B", "Riduzione delle attese per la chirurgia protesica"),
        ("KPI", "Tempo medio di attesa per protesi d'anca", "gg", ["96 gg", "88 gg"],
         ("79 gg", "<= 80 gg", "100%"), ("75 gg", "<= 70 gg", "93,3%"), "Registro operatorio"),
    ]
    import openpyxl
    from openpyxl.worksheet.pagebreak import Break
    S = xl_styles()
    Font = S["Font"]
    fn = "DejaVu Sans Condensed"
    f_n, f_b, f_i = Font(name=fn, size=8), Font(name=fn, size=8, bold=True), Font(name=fn, size=8, italic=True)
    f_band = Font(name=fn, size=8.5, bold=True, color="FFFFFF")
    under = S["under"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Albero"
    widths = [13, 7, 40, 7, 7, 8, 8, 6, 8, 8, 6, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2024 – Allegato 1: albero degli obiettivi e indicatori",
           font=Font(name=fn, size=9), wrap=False)
    hf = Font(name=fn, size=8, bold=True)
    head = S["Border"](top=S["Side"](style="medium"), bottom=S["Side"](style="thin"))
    for c, v in enumerate(["Tipo", "Codice", "Descrizione", "Valori storici", None, "2023", None, None,
                           "2024", None, None, "Fonte"], 1):
        xl_put(ws, 4, c, v, font=hf, fill="D9D9D9", halign="center", valign="center")
    for c, v in enumerate([None, None, None, "2021", "2022", "Risultato", "Target", "%", "Risultato",
                           "Target", "%", None], 1):
        xl_put(ws, 5, c, v, font=hf, fill="D9D9D9", halign="center", valign="center")
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4", "I4:K4", "L4:L5"):
        ws.merge_cells(rng)
    xl_box(ws, 4, 1, 5, 12, head)
    r = 6
    nodes, inds = [], []
    par = {}
    for row in rows:
        if row[0] == "area":
            if row[1] == "2":
                ws.row_breaks.append(Break(id=r - 1))
            xl_put(ws, r, 1, f"AREA {row[1]} – {row[2]}", font=f_band, fill="5B7F3A", wrap=False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            nodes.append(node(row[1], "area", row[2]))
            par["Obiettivo"] = row[1]
        elif row[0] in ("Obiettivo", "Risultato atteso"):
            f = f_b if row[0] == "Obiettivo" else f_i
            xl_put(ws, r, 1, row[0], font=f, border=under)
            xl_put(ws, r, 2, row[1], font=f, border=under)
            xl_put(ws, r, 3, row[2], font=f, border=under)
            xl_box(ws, r, 4, r, 12, under)
            lvl = "strategic" if row[0] == "Obiettivo" else "operational"
            nodes.append(node(row[1], lvl, row[2], parent=par[row[0]]))
            if row[0] == "Obiettivo":
                par["Risultato atteso"] = row[1]
            else:
                par["KPI"] = row[1]
        else:
            _, nm, unit, base, y1, y2, src = row
            xl_put(ws, r, 1, "KPI", font=f_n, border=under)
            xl_put(ws, r, 2, None, border=under)
            xl_put(ws, r, 3, nm, font=f_n, border=under, indent=1)
            for c, v in enumerate(base + list(y1) + list(y2), 4):
                xl_put(ws, r, c, v, font=f_n, border=under, halign="right")
            xl_put(ws, r, 12, src, font=f_n, border=under)
            inds.append(ind(nm, par["KPI"], unit=unit, baselines=[(2021, base[0]), (2022, base[1])],
                            targets=[(2023, y1[1]), (2024, y2[1])], results=[(2023, y1[0]), (2024, y2[0])],
                            achievement=[(2023, y1[2]), (2024, y2[2])]))
        r += 1
    xl_put(ws, r + 1, 1, "Target espressi come valore minimo (>=) o massimo (<=) da conseguire nell'anno.",
           font=Font(name=fn, size=7, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:5")
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    bad = "Adesione allo screening colorettale"
    write_truth(d, [doc(org, [2023, 2024])], nodes, inds, [finding(
        "target.unambitious", bad,
        "2023 target >= 40% is below the latest baseline (2022: 41,5%) of a higher-is-better indicator")])
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook (2 pages: a page break before `AREA 2`, the two header rows repeated
on page 2). Two-row header: `Tipo | Codice | Descrizione | Valori storici (2021, 2022) | 2023 (Risultato, Target, %) |
2024 (Risultato, Target, %) | Fonte`. Areas are green merged band rows `AREA 1 – PREVENZIONE COLLETTIVA E SANITÀ PUBBLICA`
(code `1`, title after the dash). Below them a `Tipo` column names the level with the body's own words, not the usual
ones: `Obiettivo` (bold, codes `1.1`) = strategic, `Risultato atteso` (italic, codes `1.1.A`) = operational,
`KPI` = indicator. KPI rows have NO code; each belongs to the `Risultato atteso` row above it. Past bare years 2021 and
2022 are baselines (one is `n.d.`). No vertical rules: only a grey line under each row.
""", "Workbook written with openpyxl by `tools/samples2/fam2_tree.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["level in a `Tipo` column with unusual words (Obiettivo / Risultato atteso / KPI)",
                  "area as merged band rows, code inside the band text",
                  "indicators without codes",
                  "page break inside the table, header rows repeated",
                  "borderless (row underlines only), DejaVu Sans Condensed 8 pt",
                  "past values in bare years, one `n.d.`"],
                 ["`target.unambitious` on `Adesione allo screening colorettale`: the 2023 target `>= 40%` is below "
                  "the latest baseline 41,5% (2022) of a higher-is-better indicator"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        uni()
    if "lo" in which:
        asl()
