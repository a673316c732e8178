#!/usr/bin/python3
"""gen11-pira-chromium-1 and gen11-pira-lo-1: two PIRA (Piano degli indicatori e dei risultati attesi di bilancio).
Clean both. Content is invented.

- chromium: a national landscape-protection institute; portrait DejaVu Sans Condensed 7.5 pt, full grid; ALL YEARS
  IN ONE TARGET CELL (`Anno 2026: >= 90% Anno 2027: >= 92% Anno 2028: >= 95%`); mission / programme as a
  `Missione 018 – … / Programma 012 – …` band; objectives `OB.2.1` with `Stanziamento 2026`; `TOTALE` line.
- lo: a national park; workbook printed by LibreOffice, landscape; mission and programme merged down the first
  two columns as `018` / `013` codes with names in a legend; resources merged per objective with format
  `#,##0.00 "€"`; `Valore storico 2024`; targets per year in three columns."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import (CHROMIUM, LO_XLSX, case_dir, chromium_pdf, disp12, doc, esc, font, html_page3, ind,  # noqa
                      lo_pdf_of, node, q, readme13, widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                      xl_styles)

SCRIPT = "gen11_pira.py"
YEARS = [2026, 2027, 2028]

ORG1 = "Istituto Nazionale per la Tutela del Paesaggio Rurale"
# (mission, mname, programme, pname, [(code, title, resources, [(ind, type, formula_text, unit, base, [t26,t27,t28])])])
PROG1 = [
    ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "012",
     "Tutela e conservazione del paesaggio", [
         ("OB.1.1", "Completare la mappatura dei paesaggi rurali storici", "1.150.000,00", [
             ("Superficie regionale mappata sul totale", "Indicatore di realizzazione fisica",
              "Ettari mappati / ettari da mappare x 100", "%", "42% (2024)", [">= 55%", ">= 70%", ">= 85%"]),
             ("Schede di paesaggio pubblicate nel geoportale", "Indicatore di risultato (output)",
              "Conteggio delle schede pubblicate", "N.", "310 (2024)", [">= 380", ">= 450", ">= 520"])]),
         ("OB.1.2", "Ridurre i tempi dei pareri paesaggistici di competenza", "380.000,00", [
             ("Tempo medio di rilascio del parere", "Indicatore di efficienza",
              "Somma dei giorni di istruttoria / pareri rilasciati", "gg", "41 (2023)",
              ["<= 40", "<= 35", "<= 35"])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza", [
         ("OB.2.1", "Assicurare la tempestività dei pagamenti", "95.000,00", [
             ("Indicatore annuale di tempestività dei pagamenti", "Indicatore di efficienza",
              "Giorni di ritardo ponderati per importo delle fatture", "gg", "2 (2024)", ["<= 0", "<= 0", "<= 0"])]),
         ("OB.2.2", "Rafforzare le competenze digitali del personale", "60.000,00", [
             ("Dipendenti formati sulle competenze digitali", "Indicatore di risultato (output)",
              "Dipendenti formati / dipendenti in servizio x 100", "%", "35% (2024)",
              [">= 50%", ">= 65%", ">= 80%"])])]),
]
TOTAL1 = "1.685.000,00"

CSS1 = """body { font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7.5pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9pt; margin: 1mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #444; padding: 2pt; vertical-align: top; }
th { background: #dde3ea; } tr.mp td { background: #f3e9d2; font-weight: bold; }
tr.ob td { background: #f7f7f7; font-weight: bold; } tr.tot td { font-weight: bold; border-top: 1.2pt solid #000; }
td.r { text-align: right; white-space: nowrap; }"""


def build_chromium():
    name = "gen11-pira-chromium-1"
    nodes, inds, rows = [], [], []
    for mis, mname, prog, pname, objs in PROG1:
        rows.append(f"<tr class=mp><td colspan=6>Missione {mis} – {esc(mname)} / Programma {prog} – "
                    f"{esc(pname)}</td></tr>")
        for code, title, res, ilist in objs:
            rows.append(f"<tr class=ob><td>{code}</td><td colspan=4>{esc(title)}</td><td class=r>{res}</td></tr>")
            nodes.append(node(code, "strategic", title, resources=[res], mission=mis, programme=prog))
            for iname, typ, ftxt, um, base, tg in ilist:
                cellt = "<br>".join(f"Anno {y}: {esc(t)}" for y, t in zip(YEARS, tg))
                rows.append(f"<tr><td></td><td>{esc(iname)}<br><i>{esc(typ)}</i></td><td>{esc(ftxt)}</td>"
                            f"<td>{esc(um)}</td><td>{esc(base)}</td><td>{cellt}</td></tr>")
                bv, by = base.rsplit(" (", 1)
                inds.append(ind(iname, code, unit=um, type=typ, formula_text=ftxt, baselines=[(int(by[:4]), bv)],
                                targets=list(zip(YEARS, tg))))
    rows.append(f"<tr class=tot><td colspan=5>TOTALE STANZIAMENTI 2026</td><td class=r>{TOTAL1}</td></tr>")
    head = ("<thead><tr><th>Obiettivo</th><th>Descrizione / Indicatore e tipologia</th><th>Metodo di calcolo</th>"
            "<th>U.M.</th><th>Valore di riferimento</th><th>Target triennio / Stanziamento 2026 (euro)</th></tr>"
            "</thead>")
    cols = ("<colgroup><col style='width:15mm'><col><col style='width:42mm'><col style='width:9mm'>"
            "<col style='width:20mm'><col style='width:34mm'></colgroup>")
    body = [f"<h1>{esc(ORG1)}</h1><p class=sub>Piano degli indicatori e dei risultati attesi di bilancio "
            "2026-2028</p>", f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>"]
    h = html_page3("\n".join(body), CSS1, margin="14mm 12mm", bottom_center=q("Pag. ") + " counter(page)")
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG1, YEARS, kind="pira")], nodes, inds, resources_total=TOTAL1)
    readme13(d, name, "pira", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans condensed 7.5 pt, full grid. Title and subtitle, ONE table `Obiettivo | Descrizione /
Indicatore e tipologia | Metodo di calcolo | U.M. | Valore di riferimento | Target triennio / Stanziamento 2026
(euro)`. A shaded band per programme `Missione 018 – … / Programma 012 – …`; objective rows (`OB.1.1`, title, the
Stanziamento in the LAST column); indicator rows with the type in italics under the name, the method in words, the
baseline as `42% (2024)` and ALL THREE YEARS IN ONE CELL as lines `Anno 2026: >= 55%` / `Anno 2027: …` /
`Anno 2028: …`. A `TOTALE STANZIAMENTI 2026` row. Truth: objectives `strategic` with mission/programme from the
band, resources = Stanziamento; indicators: type = the italic line, formula_text = method, baseline split from its
`(year)`, targets split by `Anno yyyy:`; resources_total = the TOTALE.
""", ["all years in one target cell", "baseline year in parentheses after the value", "type under the indicator name",
      "the last column holds the resources on objective rows and the targets on indicator rows",
      "mission/programme in one band with `–` names", "three-digit mission codes `018` / `032`"],
     ["`<= 40 / <= 35 / <= 35` lower-is-better going down; `<= 0` flat three years",
      "baseline `2 (2024)` days late against a flat `<= 0`",
      "baseline of 2023 for a 2026 plan", "resources 1.150.000,00 + 380.000,00 + 95.000,00 + 60.000,00 = 1.685.000,00",
      "no weights in a PIRA"], [])
    return name


ORG2 = "Ente Parco Nazionale delle Gole del Sagittario Alto"
PROG2 = [
    ("018", "013", [
        ("1", "Conservare gli habitat prioritari e le specie protette", 842000, [
            ("Habitat prioritari monitorati sul totale", "Risultato (outcome)", "%", 0.64, "0%",
             [">= 70%", ">= 75%", ">= 80%"]),
            ("Indennizzi per danni da fauna liquidati entro 90 giorni", "Efficienza", "%", 0.81, "0%",
             [">= 85%", ">= 90%", ">= 90%"])]),
        ("2", "Valorizzare la rete sentieristica e la fruizione sostenibile", 415750.5, [
            ("Chilometri di sentieri manutenuti", "Realizzazione fisica", "km", 118, "0",
             [">= 120", ">= 130", ">= 140"])])]),
    ("032", "003", [
        ("3", "Migliorare l'efficienza dei servizi generali dell'ente", 188400, [
            ("Tempo medio di pagamento delle fatture", "Efficienza", "gg", 24, "0",
             ["<= 20", "<= 20", "<= 18"]),
            ("Procedimenti autorizzativi gestiti con lo sportello digitale", "Risultato (output)", "%", 0.5, "0%",
             [">= 60%", ">= 80%", ">= 100%"])])]),
]
LEGEND = ["018 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "013 – Tutela e conservazione della "
          "fauna e della flora, salvaguardia della biodiversità e dell'ecosistema marino",
          "032 – Servizi istituzionali e generali delle amministrazioni pubbliche",
          "003 – Servizi e affari generali per le amministrazioni di competenza"]
EUR = '#,##0.00 "€"'


def build_lo():
    from openpyxl import Workbook
    name = "gen11-pira-lo-1"
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    xl_put(ws, 1, 1, ORG2, font=font("Liberation Serif", 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028",
           font=font("Liberation Serif", 10), wrap=False)
    head = ["Miss.", "Progr.", "N.", "Obiettivo", "Risorse finanziarie 2026", "Indicatore", "Tipologia",
            "Unità di misura", "Valore storico 2024", "Target 2026", "Target 2027", "Target 2028"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font("Liberation Serif", 9, bold=True), fill="E2EFDA", border=st["grid"],
               halign="center")
    widths(ws, [7, 7, 5, 30, 17, 34, 16, 9, 11, 11, 11, 11])
    r = 5
    nodes, inds = [], []
    total = 0
    for mis, prog, objs in PROG2:
        rp = r
        for code, title, res, ilist in objs:
            ro = r
            total += res
            nodes.append(node(code, "strategic", title, resources=[disp12(res, EUR)], mission=mis, programme=prog))
            for k, (iname, typ, um, base, bfmt, tg) in enumerate(ilist):
                vals = [mis if r == rp else None, prog if r == rp else None, code if k == 0 else None,
                        title if k == 0 else None, res if k == 0 else None, iname, typ, um, base] + tg
                for c, v in enumerate(vals, 1):
                    xl_put(ws, r, c, v, font=font("Liberation Serif", 9), border=st["grid"],
                           fmt={5: EUR, 9: bfmt}.get(c), halign="center" if c in (1, 2, 3, 8, 9, 10, 11, 12) else
                           ("right" if c == 5 else None))
                inds.append(ind(iname, code, unit=um, type=typ, baselines=[(2024, disp12(base, bfmt))],
                                targets=list(zip(YEARS, tg))))
                r += 1
            for c in (3, 4, 5):
                ws.merge_cells(start_row=ro, start_column=c, end_row=r - 1, end_column=c)
        for c in (1, 2):
            ws.merge_cells(start_row=rp, start_column=c, end_row=r - 1, end_column=c)
        xl_box(ws, rp, 1, r - 1, 12, st["grid"])
    xl_put(ws, r, 1, "Totale risorse finanziarie", font=font("Liberation Serif", 9, bold=True), border=st["grid"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_put(ws, r, 5, total, font=font("Liberation Serif", 9, bold=True), border=st["grid"], fmt=EUR, halign="right")
    xl_fit_rows(ws, 5, r, pt=9)
    for k, line in enumerate(["Legenda missioni e programmi:"] + LEGEND):
        xl_put(ws, r + 2 + k, 1, line, font=font("Liberation Serif", 8, bold=(k == 0)), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG2, YEARS, kind="pira")], nodes, inds, resources_total=disp12(total, EUR))
    readme13(d, name, "pira", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Serif 9 pt, full grid, printed by LibreOffice from one sheet. Title and subtitle, a one-row
header `Miss. | Progr. | N. | Obiettivo | Risorse finanziarie 2026 | Indicatore | Tipologia | Unità di misura |
Valore storico 2024 | Target 2026 | Target 2027 | Target 2028`. Mission and programme as bare CODES (`018`, `013`)
merged down over their objectives; the names only in a legend under the table. Objective number, title and resources
(format `#,##0.00 "€"`) merged over their indicators. Baselines are number cells (`0%`, `0`). A `Totale risorse
finanziarie` row. Truth: objectives `strategic` coded `1`-`3` with mission/programme codes, resources as displayed
(`842.000,00 €`); indicators with type, baseline 2024 as displayed; resources_total = the total row.
""", ["mission/programme as bare merged codes, names in a legend", "resources merged per objective with `€` suffix",
      "objective codes as bare numbers `1`, `2`, `3`", "baselines as percent/number cells",
      "landscape serif, full grid"],
     ["`<= 20 / <= 20 / <= 18` lower-is-better, flat then down", "flat `>= 90%` in 2027-2028",
      "resources 842.000,00 + 415.750,50 + 188.400,00 = 1.446.150,50 €", "no weights in a PIRA"], [])
    return name


if __name__ == "__main__":
    print(build_chromium())
    print(build_lo())
