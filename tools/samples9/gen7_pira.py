#!/usr/bin/python3
"""Genre: pira. Two cases:
- gen7-pira-chromium-1: a port system authority's PIRA, portrait, DejaVu Serif 8 pt; one CARD per objective: a grey
  BREADCRUMB line `Missione 013 – … › Programma 004 – …`, a heading `OB_01 – title`, a line `Stanziamento di
  competenza 2026: 1.234.567,89 €`, then a ruled indicator table `Indicatore | Metodo di calcolo | Tipologia |
  Valore di partenza 2025 | Valore atteso 2026 | Valore atteso 2027 | Valore atteso 2028 | Fonte`; no codes on
  indicators, method in words only (formula_text); a closing `Totale stanziamenti 2026`; fault target.operator.
- gen7-pira-xlsx-1: a veterinary research institute's PIRA kept as .xlsx: a note sheet, then one sheet with a
  two-row header (`Target` over 2026 | 2027 | 2028), mission, programme, objective (`1.2) title`) and resources
  (`#,##0.00 €`) MERGED DOWN, `Dato 2025` as number cells (`0.0%`, `#,##0`, `0" gg"`), a totals row; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (CHROMIUM, XLSX, case_dir, chromium_pdf, dnum, doc, esc, finding, font, genre_readme,  # noqa: E402
                     html_page3, ind, it_num, node, q, td, widths, write_truth, xl_box, xl_fit_rows, xl_page,
                     xl_put, xl_save)

SCRIPT = "gen7_pira.py"
from decimal import Decimal  # noqa: E402


def pira_chromium():
    name = "gen7-pira-chromium-1"
    org = "Autorità di Sistema Portuale del Golfo di Levanto"
    Y = [2026, 2027, 2028]
    M = {"013": "Diritto alla mobilità e sviluppo dei sistemi di trasporto",
         "032": "Servizi istituzionali e generali delle amministrazioni pubbliche"}
    P = {("013", "004"): "Sviluppo e sicurezza della navigazione e del trasporto marittimo e per vie d'acqua interne",
         ("013", "009"): "Infrastrutture portuali e logistiche di interesse nazionale",
         ("032", "003"): "Servizi e affari generali per le amministrazioni di competenza"}
    # objective: (mission, programme, code, title, resources, indicators)
    # indicator: (name, method in words, type, unit, baseline 2025, targets 2026..2028, source)
    objs = [
        ("013", "004", "OB_01", "Aumentare l'efficienza delle operazioni portuali e ridurre i tempi di sosta delle "
         "navi in rada", Decimal("2345610.40"), [
             ("Tempo medio di attesa in rada delle navi portacontainer",
              "Somma delle ore di attesa in rada diviso il numero degli accosti delle navi portacontainer",
              "Efficienza", "ore", "14,2 ore", ["≤ 13,5 ore", "≤ 12,5 ore", "≤ 12,0 ore"], "Port community system"),
             ("Accosti gestiti con prenotazione telematica della banchina",
              "Accosti prenotati tramite piattaforma diviso accosti totali dell'anno, per cento",
              "Efficacia", "%", "71%", ["≥ 75%", "≥ 78%", "= 80%"], "Port community system")]),
        ("013", "004", "OB_02", "Rafforzare la sicurezza della navigazione e la tutela ambientale degli specchi acquei",
         Decimal("1187300.00"), [
             ("Ispezioni sulle unità navali effettuate in collaborazione con la Capitaneria di porto",
              "Numero di ispezioni congiunte verbalizzate nell'anno", "Volume", "N.", "142",
              [">= 150", ">= 155", ">= 160"], "Registro delle ispezioni"),
             ("Interventi di disinquinamento completati entro 24 ore dalla segnalazione",
              "Interventi completati entro 24 ore diviso interventi richiesti, per cento", "Qualità", "%", "92%",
              ["≥ 93%", "≥ 94%", "≥ 95%"], "Servizio antinquinamento")]),
        ("013", "009", "OB_03", "Realizzare il programma triennale delle opere di grande infrastrutturazione portuale",
         Decimal("18750000.00"), [
             ("Avanzamento della spesa sulle opere del programma triennale",
              "Pagamenti dell'anno sulle opere del programma diviso stanziamento di cassa, per cento",
              "Efficacia", "%", "58,4%", ["≥ 62,0%", "≥ 66,0%", "≥ 70,0%"], "Contabilità finanziaria"),
             ("Consegna dei lavori di escavo dei fondali del bacino commerciale",
              "Data del verbale di consegna dei lavori", "Efficacia", "date", "–",
              ["entro il 30/09/2026", "entro il 30/09/2027", "entro il 30/09/2028"], "Ufficio Grandi opere")]),
        ("032", "003", "OB_04", "Digitalizzare i procedimenti autorizzativi e concessori del demanio marittimo",
         Decimal("412880.15"), [
             ("Istanze di concessione demaniale presentate tramite lo sportello telematico",
              "Istanze presentate allo sportello telematico diviso istanze totali, per cento", "Efficacia", "%",
              "64%", ["≥ 80%", "≥ 90%", "≥ 95%"], "Sportello unico demanio"),
             ("Tempo medio di rilascio delle autorizzazioni ex art. 16 della legge 84/1994",
              "Giorni tra la data dell'istanza completa e la data del provvedimento, in media",
              "Efficienza", "gg", "47 gg", ["≤ 45 gg", "≤ 40 gg", "≤ 35 gg"], "Protocollo informatico")]),
        ("032", "003", "OB_05", "Assicurare l'equilibrio economico della gestione e la tempestività dei pagamenti",
         Decimal("276540.00"), [
             ("Indicatore annuale di tempestività dei pagamenti",
              "Somma dei giorni di ritardo ponderati per l'importo delle fatture diviso l'importo pagato",
              "Salute economica", "gg", "-6,8 gg", ["≤ -7,0 gg", "≤ -7,0 gg", "≤ -8,0 gg"],
              "Piattaforma crediti commerciali"),
             ("Canoni demaniali riscossi entro l'esercizio sul totale accertato",
              "Canoni riscossi in conto competenza diviso canoni accertati, per cento", "Salute economica", "%",
              "88,9%", ["≥ 90,0%", "≥ 91,0%", "≥ 92,0%"], "Contabilità finanziaria")])]
    css = """body { font-family: "DejaVu Serif", serif; font-size: 8pt; color: #202020; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 2mm 0; }
p.intro { text-align: justify; margin: 0 0 3mm 0; }
div.card { border-top: 1.5pt solid #0d4a6b; margin: 4mm 0 2mm 0; padding-top: 1mm; }
p.bc { color: #666; font-size: 7pt; margin: 0; letter-spacing: 0.2pt; }
h3 { font-size: 9.5pt; margin: 1mm 0 0.5mm 0; color: #0d4a6b; }
p.res { margin: 0 0 1.5mm 0; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
th { border: 0.5pt solid #6d8795; background: #dde8ee; font-size: 7.2pt; padding: 2pt; vertical-align: bottom; }
td { border: 0.5pt solid #9aabb4; padding: 1.8pt 2.5pt; vertical-align: top; font-size: 7.5pt; }
tr { break-inside: avoid; } div.card { break-inside: avoid; }
td.v { text-align: center; width: 15mm; } td.m { width: 48mm; font-style: italic; } td.s { width: 22mm; font-size: 6.8pt; }
td.ty { width: 16mm; } td.n { width: 40mm; } p.tot { border-top: 1.5pt double #0d4a6b; padding-top: 1.5mm; font-weight: bold; margin-top: 5mm; }"""
    body = [f"<h1>{esc(org)}</h1>",
            "<p class=sub>Piano degli indicatori e dei risultati attesi di bilancio – Bilancio di previsione 2026 "
            "e triennio 2026-2028</p>",
            "<p class=intro>Il Piano è redatto ai sensi del decreto legislativo 31 maggio 2011, n. 91. Per ciascun "
            "obiettivo sono riportati la classificazione per missione e programma, lo stanziamento di competenza "
            "dell'esercizio 2026 e gli indicatori con il valore atteso per ciascun anno del triennio.</p>"]
    nodes, inds = [], []
    tot = Decimal(0)
    for mi, pr, code, title, res, ilist in objs:
        tot += res
        rraw = dnum(res) + " €"
        rows = ["<tr>" + "".join(f"<th>{esc(h)}</th>" for h in
                ["Indicatore", "Metodo di calcolo", "Tipologia", "Valore di partenza 2025"]
                + [f"Valore atteso {y}" for y in Y] + ["Fonte"]) + "</tr>"]
        for iname, meth, ty, unit, base, tg, src in ilist:
            rows.append("<tr>" + td(iname, "n") + td(meth, "m") + td(ty, "ty") + td(base, "v")
                        + "".join(td(x, "v") for x in tg) + td(src, "s") + "</tr>")
            inds.append(ind(iname, code, unit=unit, type=ty, formula_text=meth, baselines=[(2025, base)],
                            targets=list(zip(Y, tg))))
        body.append(f"<div class=card><p class=bc>Missione {mi} – {esc(M[mi])} › Programma {pr} – "
                    f"{esc(P[(mi, pr)])}</p><h3>{code} – {esc(title)}</h3>"
                    f"<p class=res>Stanziamento di competenza 2026: <b>{rraw}</b></p>"
                    f"<table>{''.join(rows)}</table></div>")
        nodes.append(node(code, "strategic", title, resources=[rraw], mission=mi, programme=pr))
    traw = dnum(tot) + " €"
    body.append(f"<p class=tot>Totale stanziamenti 2026 degli obiettivi: {traw}</p>")
    h = html_page3("\n".join(body), css, landscape=False, margin="15mm 13mm 15mm 13mm",
                   top_right=q("PIRA 2026-2028"), bottom_right='"pag. " counter(page)',
                   hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.operator", "Accosti gestiti con prenotazione telematica della banchina",
                   "indicator of OB_01: targets ≥ 75%, ≥ 78% and then = 80% for 2028 (operator changes)")]
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, fnd, resources_total=traw)
    genre_readme(d, name, "pira", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8 pt, running header `PIRA 2026-2028` (right) and footer `pag. n`. Title (the port
authority), subtitle `Piano degli indicatori e dei risultati attesi di bilancio – …`, a paragraph. Each objective is a
CARD (kept on one page) under a blue rule: first a small grey BREADCRUMB line `Missione 013 – Diritto alla mobilità …
› Programma 004 – Sviluppo e sicurezza della navigazione …` (mission and programme are never headings nor columns;
truth mission `013`, programme `004`), then the heading `OB_01 – Aumentare l'efficienza …` (truth code `OB_01`, level
`strategic`, parent null), a line `Stanziamento di competenza 2026: 2.345.610,40 €` (truth node resources), and a
ruled indicator table `Indicatore | Metodo di calcolo | Tipologia | Valore di partenza 2025 | Valore atteso 2026 |
Valore atteso 2027 | Valore atteso 2028 | Fonte`. Indicators have NO code and NO measure-code formula: the method is
a sentence in words in its own column (truth `formula_text`, `formula` null). A closing line after a double rule
`Totale stanziamenti 2026 degli obiettivi: …` prints the correct sum (truth resources_total). Two objectives share
mission 013 / programme 004, two share 032 / 003.
""", ["mission/programme only in a breadcrumb line above each objective",
      "header synonyms `Valore di partenza 2025`, `Valore atteso <year>`, `Metodo di calcolo`, `Fonte`",
      "objective codes `OB_01`; indicators without code",
      "method of calculation in words only (formula_text)",
      "resources `2.345.610,40 €` (currency after the amount) and a correct printed total",
      "targets `≤ 13,5 ore`, `>= 150`, `≥ 62,0%`, `≤ -7,0 gg`, `entro il 30/09/2026`; baseline `–` for a date",
      "portrait, ruled tables with light blue header, DejaVu Serif 8 pt, cards not split across pages"],
                 ["`target.operator` on `Accosti gestiti con prenotazione telematica della banchina` (OB_01, no "
                  "code: subject is the name): `≥ 75%`, `≥ 78%`, then `= 80%` for 2028"])
    return name


def pira_xlsx():
    name = "gen7-pira-xlsx-1"
    org = "Istituto Zooprofilattico Sperimentale delle Valli Alpine"
    Y = [2026, 2027, 2028]
    # mission (code, title) -> programme (code, title) -> objective (code, title, resources)
    # -> indicator (name, type, unit shown, truth unit, baseline value, fmt, targets)
    tree = [
        ("020", "Tutela della salute", [
            ("001", "Prevenzione e promozione della salute umana ed assistenza sanitaria al personale navigante", [
                ("1.1", "Garantire la sorveglianza epidemiologica sulle malattie infettive degli animali da reddito",
                 1846200.0, [
                     ("Campioni analizzati nei piani di sorveglianza nazionali", "Volume", "numero", "N.", 184300,
                      "#,##0", ["≥ 185.000", "≥ 187.000", "≥ 190.000"]),
                     ("Esiti dei piani di sorveglianza refertati entro 10 giorni", "Efficienza", "%", "%", 0.913,
                      "0.0%", ["≥ 92%", "≥ 93%", "≥ 94%"])]),
                ("1.2", "Rafforzare i controlli sulla sicurezza degli alimenti di origine animale", 2310450.5, [
                    ("Tempo medio di refertazione delle analisi ufficiali sugli alimenti", "Efficienza", "giorni",
                     "gg", 9, '0" gg"', ["≤ 8 gg", "≤ 8 gg", "≤ 7 gg"]),
                    ("Prove accreditate sul totale delle prove eseguite", "Qualità", "%", "%", 0.862, "0.0%",
                     ["≥ 87%", "≥ 88%", "≥ 90%"])])]),
            ("008", "Sanità pubblica veterinaria", [
                ("2.1", "Sviluppare la ricerca corrente e finalizzata in sanità animale", 1290000.0, [
                    ("Progetti di ricerca finanziati su bandi competitivi", "Efficacia", "numero", "N.", 17, "#,##0",
                     ["≥ 18", "≥ 19", "≥ 20"]),
                    ("Pubblicazioni su riviste con impact factor", "Efficacia", "numero", "N.", 64, "#,##0",
                     ["≥ 65", "≥ 68", "≥ 70"])]),
                ("2.2", "Potenziare la formazione e il trasferimento delle conoscenze ai servizi veterinari",
                 185700.0, [
                     ("Partecipanti ai corsi accreditati ECM organizzati dall'Istituto", "Volume", "numero", "N.",
                      1120, "#,##0", ["≥ 1.150", "≥ 1.200", "≥ 1.250"])])])]),
        ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
            ("003", "Servizi e affari generali per le amministrazioni di competenza", [
                ("3.1", "Migliorare l'efficienza dei processi amministrativi e contabili", 642980.25, [
                    ("Fatture passive pagate entro la scadenza", "Efficienza", "%", "%", 0.948, "0.0%",
                     ["≥ 95%", "≥ 96%", "≥ 97%"]),
                    ("Procedure di acquisto gestite sulla piattaforma telematica", "Efficacia", "%", "%", 0.89,
                     "0.0%", ["100%", "100%", "100%"])])])])]
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    hair = Side(style="thin", color="7F7F7F")
    grid = Border(left=hair, right=hair, top=hair, bottom=hair)
    F = "Calibri"
    f9, f9b = font(F, 9), font(F, 9, bold=True)
    wb = Workbook()
    wn = wb.active
    wn.title = "Nota"
    widths(wn, [100])
    xl_put(wn, 1, 1, org, font=font(F, 13, bold=True))
    xl_put(wn, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028", font=font(F, 11))
    xl_put(wn, 4, 1, "Il prospetto riporta, per missione e programma, gli obiettivi dell'Istituto con le risorse "
           "finanziarie stanziate nel bilancio di previsione 2026 e gli indicatori con il dato consuntivo 2025 e i "
           "target del triennio. I dati sono nel foglio PIRA.", font=font(F, 10))
    wn.row_dimensions[4].height = 42
    xl_page(wn)
    ws = wb.create_sheet("PIRA")
    widths(ws, [20, 24, 34, 16, 40, 12, 10, 11, 11, 11, 11])
    xl_put(ws, 1, 1, org, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "PIRA – Bilancio di previsione 2026 – Obiettivi, risorse e indicatori", font=font(F, 10),
           wrap=False)
    top, sub = 4, 5
    hf = font(F, 9, bold=True, color="FFFFFF")
    heads = ["Missione", "Programma", "Obiettivo", "Risorse 2026", "Indicatore", "Tipologia", "Unità di misura",
             "Dato 2025"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, top, c, h, font=hf, fill="2E6B45", border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
    xl_put(ws, top, 9, "Target", font=hf, fill="2E6B45", border=grid, halign="center")
    ws.merge_cells(start_row=top, start_column=9, end_row=top, end_column=11)
    for k, y in enumerate(Y):
        xl_put(ws, sub, 9 + k, str(y), font=hf, fill="2E6B45", border=grid, halign="center")
    xl_box(ws, top, 1, sub, 11, grid)
    r = sub + 1
    nodes, inds = [], []
    tot = 0.0
    for mcode, mtitle, progs in tree:
        m0 = r
        for pcode, ptitle, objs in progs:
            p0 = r
            for ocode, otitle, res, ilist in objs:
                o0 = r
                tot += res
                nodes.append(node(ocode, "strategic", otitle, resources=[it_num(res, 2) + " €"], mission=mcode,
                                  programme=pcode))
                for iname, ty, ushown, unit, bv, bfmt, tg in ilist:
                    xl_put(ws, r, 5, iname, font=f9, border=grid)
                    xl_put(ws, r, 6, ty, font=f9, border=grid)
                    xl_put(ws, r, 7, ushown, font=f9, border=grid, halign="center")
                    xl_put(ws, r, 8, bv, font=f9, border=grid, fmt=bfmt, halign="center")
                    for k, t in enumerate(tg):
                        xl_put(ws, r, 9 + k, t, font=f9, border=grid, halign="center")
                    inds.append(ind(iname, ocode, unit=unit, type=ty, baselines=[(2025, disp(bv, bfmt))],
                                    targets=list(zip(Y, tg))))
                    r += 1
                xl_put(ws, o0, 3, f"{ocode}) {otitle}", font=f9b, border=grid)
                xl_put(ws, o0, 4, res, font=f9, border=grid, fmt='#,##0.00 "€"', halign="right")
                for c in (3, 4):
                    if r - 1 > o0:
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, o0, 3, r - 1, 4, grid)
            xl_put(ws, p0, 2, f"{pcode} – {ptitle}", font=f9, border=grid, fill="EAF3EC")
            ws.merge_cells(start_row=p0, start_column=2, end_row=r - 1, end_column=2)
            xl_box(ws, p0, 2, r - 1, 2, grid)
        xl_put(ws, m0, 1, f"{mcode} – {mtitle}", font=f9b, border=grid, fill="D3E6D8")
        ws.merge_cells(start_row=m0, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, m0, 1, r - 1, 1, grid)
    xl_put(ws, r, 1, "Totale risorse 2026", font=f9b, border=grid, fill="D3E6D8")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r, 4, tot, font=f9b, border=grid, fmt='#,##0.00 "€"', halign="right", fill="D3E6D8")
    xl_box(ws, r, 1, r, 11, grid)
    xl_fit_rows(ws, sub + 1, r, pt=9, narrow=1.25)
    ws.freeze_panes = "E6"
    xl_page(ws, landscape=True, title_rows=f"{top}:{sub}", margins=0.4)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, resources_total=it_num(tot, 2) + " €")
    genre_readme(d, name, "pira", XLSX.format(script=SCRIPT), """
The workbook itself (`input.xlsx`), Calibri 9, two sheets. `Nota`: the institute, `Piano degli indicatori e dei
risultati attesi di bilancio 2026-2028` and a paragraph (no data). `PIRA`: two title rows, then a ruled table with a
TWO-ROW header (white on dark green): `Missione | Programma | Obiettivo | Risorse 2026 | Indicatore | Tipologia |
Unità di misura | Dato 2025` merged over both rows, and `Target` merged over `2026 | 2027 | 2028`. The mission
(`020 – Tutela della salute`), the programme (`001 – …`), the objective and its resources are cells MERGED DOWN over
their rows (nested merges: one mission spans two programmes). The objective cell holds code and title with a
closing parenthesis: `1.2) Rafforzare i controlli …` (truth code `1.2`, level `strategic`, parent null, mission
`020`, programme `001`). Resources are number cells with format `#,##0.00 "€"` (`2.310.450,50 €`); a last row
`Totale risorse 2026` holds the (correct) sum, a number cell in the same format. `Dato 2025` (baseline 2025) is a
number cell: fractions with `0.0%` (`91,3%`), counts with `#,##0` (`184.300`), days with `0" gg"` (`9 gg`). Targets are
text cells (`≥ 185.000`, `≥ 92%`, `≤ 8 gg`, `100%`). Units in words in `Unità di misura` (`numero`, `giorni`, `%`):
truth units `N.`, `gg`, `%`. Panes frozen under the header; print titles 4:5.
""", ["workbook kept as .xlsx; a prose sheet before the data sheet",
      "mission / programme / objective / resources as nested MERGED cells",
      "objective code with a closing parenthesis `2.1)` (truth `2.1`)",
      "two-row header, `Target` band over the years; header synonym `Dato 2025` for the baseline",
      "number formats `#,##0.00 \"€\"`, `0.0%`, `#,##0`, `0\" gg\"`; targets as text",
      "flat targets (`≤ 8 gg`, `≤ 8 gg`, `≤ 7 gg`; `100%` three times): not declining",
      "units in words in their own column"], [])
    return name


def disp(v, fmt):
    if fmt == "0.0%":
        return it_num(v * 100, 1, group=False) + "%"
    if fmt == "#,##0":
        return it_num(v, 0)
    if fmt == '0" gg"':
        return it_num(v, 0, group=False) + " gg"
    raise ValueError(fmt)


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "xlsx"]
    if "chromium" in which:
        print(pira_chromium())
    if "xlsx" in which:
        print(pira_xlsx())
