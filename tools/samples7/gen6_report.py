#!/usr/bin/python3
"""Genre: report. Two cases:
- gen6-report-chromium-1: a hospital trust's results report, portrait, DejaVu Sans Condensed 8 pt, borderless with
  zebra rows: a SUMMARY table first (areas and objectives with weight and `Livello di conseguimento`), then a DETAIL
  table of indicators that refer to their objective by code only (`Ob.` column), header synonyms `Valore obiettivo
  2025` / `Consuntivo al 31/12/2025` / `Livello di conseguimento`, a `Fonte` column, detail table over two pages with its
  header repeated; fault achievement.mismatch.
- gen6-report-xlsx-1: a professional order's report kept as .xlsx: area rows with weight and achievement, objectives
  with code, title, `Ponderazione` and objective achievement merged down over their indicators, a two-row header with
  `Anno 2025` over `Valore obiettivo | Consuntivo al 31/12 | Livello di conseguimento`, weights and achievements as
  fractions (`0%`, `0.00%`), results as number/date cells; clean.
Content is invented."""
import datetime
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, XLSX, D, capped, case_dir, chromium_pdf, doc, dpct, esc, finding,  # noqa: E402
                     genre_readme, html_page3, ind, node, q, rnd, td, th, write_truth, xl_box, xl_fit_rows, xl_page,
                     xl_put, xl_save, xl_styles)

SCRIPT = "gen6_report.py"


def report_chromium():
    name = "gen6-report-chromium-1"
    org = "Azienda Ospedaliera Santa Maria della Rocca"
    Y = 2025
    FAULT = "B2_02"
    # area (code, title, weight) -> objective (code, title, weight) -> indicators
    # indicator: (code, name, weight %, target raw, op, target value, result raw, result value, unit, source)
    tree = [
        ("A", "ACCESSIBILITÀ E TEMPI DI ATTESA", 35, [
            ("A.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", 60, [
                ("A1_01", "Prime visite specialistiche di classe B erogate entro 10 giorni", 50, "≥ 90%", "ge", "90",
                 "92,4%", "92.4", "%", "CUP regionale"),
                ("A1_02", "Prestazioni diagnostiche di classe D erogate entro 60 giorni", 30, "≥ 85%", "ge", "85",
                 "81,6%", "81.6", "%", "CUP regionale"),
                ("A1_03", "Agende di prenotazione visibili al CUP regionale", 20, "= 100%", "ge", "100", "100%", "100",
                 "%", "Controllo di gestione")]),
            ("A.2", "Governare l'accesso e la permanenza in Pronto soccorso", 40, [
                ("A2_01", "Pazienti con tempo di permanenza in Pronto soccorso inferiore a 8 ore", 60, "≥ 90%", "ge",
                 "90", "86,2%", "86.2", "%", "Flusso EMUR"),
                ("A2_02", "Tempo medio di attesa per il triage di codice arancione", 40, "≤ 15 min", "le", "15",
                 "13 min", "13", "min", "Flusso EMUR")])]),
        ("B", "QUALITÀ ED ESITI DELLE CURE", 40, [
            ("B.1", "Migliorare gli esiti degli interventi chirurgici", 50, [
                ("B1_01", "Interventi per frattura del collo del femore eseguiti entro 48 ore nei pazienti over 65",
                 60, "≥ 70%", "ge", "70", "74,5%", "74.5", "%", "Flusso SDO"),
                ("B1_02", "Colecistectomie laparoscopiche con degenza post-operatoria inferiore a 3 giorni", 40,
                 "≥ 80%", "ge", "80", "77,0%", "77.0", "%", "Flusso SDO")]),
            ("B.2", "Ridurre le infezioni correlate all'assistenza", 50, [
                ("B2_01", "Consumo di soluzione idroalcolica per 1.000 giornate di degenza", 50, "≥ 20 litri", "ge",
                 "20", "23,4 litri", "23.4", "litri", "Farmacia ospedaliera"),
                ("B2_02", "Infezioni del sito chirurgico sul totale degli interventi sorvegliati", 50, "≤ 2,0%", "le",
                 "2.0", "2,3%", "2.3", "%", "Comitato infezioni ospedaliere")])]),
        ("C", "SOSTENIBILITÀ ECONOMICA E ORGANIZZATIVA", 25, [
            ("C.1", "Rispettare il tetto di spesa per beni sanitari", 60, [
                ("C1_01", "Scostamento della spesa farmaceutica ospedaliera rispetto al budget", 60, "≤ 0%", "le",
                 "0", "-1,8%", "-1.8", "%", "Contabilità analitica"),
                ("C1_02", "Dispositivi medici acquistati tramite gare aggregate regionali", 40, "≥ 75%", "ge", "75",
                 "79,3%", "79.3", "%", "Provveditorato")]),
            ("C.2", "Completare la digitalizzazione della documentazione clinica", 40, [
                ("C2_01", "Lettere di dimissione firmate digitalmente e inviate al Fascicolo sanitario elettronico",
                 70, "≥ 95%", "ge", "95", "96,8%", "96.8", "%", "Sistemi informativi"),
                ("C2_02", "Attivazione della cartella clinica elettronica in tutti i reparti di degenza", 30,
                 "entro il 31/10/2025", "date", None, "15/12/2025", None, "date", "Sistemi informativi")])]),
    ]
    nodes, inds = [], []
    summary, detail = [], []
    overall = Decimal(0)
    z = False
    for acode, atitle, aw, objs in tree:
        aacc = Decimal(0)
        orows = []
        for ocode, otitle, ow, ilist in objs:
            oacc = Decimal(0)
            for icode, iname, iw, traw, op, tv, rraw, rv, unit, src in ilist:
                if op == "date":
                    a = Decimal(0)  # 15/12/2025 is after the deadline 31/10/2025: not met
                else:
                    a = rnd(capped(rv, tv, op))
                printed = Decimal("100.00") if icode == FAULT else a
                if icode == FAULT:
                    assert a == Decimal("86.96"), a
                oacc += printed * iw / 100
                z = not z
                detail.append(f"<tr class={'z' if z else 'n'}>" + td(ocode, "ob") + td(icode, "c") + td(iname, "i")
                              + td(f"{iw}%", "w") + td(traw, "v") + td(rraw, "v") + td(dpct(printed), "a")
                              + td(src, "s") + "</tr>")
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=f"{iw}%", targets=[(Y, traw)],
                                results=[(Y, rraw)], achievement=[(Y, dpct(printed))]))
            oacc = rnd(oacc)
            aacc += oacc * ow / 100
            orows.append("<tr class=ob>" + td(ocode, "c") + td(otitle, "t") + td(f"{ow}%", "w")
                         + td(dpct(oacc), "a") + "</tr>")
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=f"{ow}%", achievement=[(Y, dpct(oacc))]))
        aacc = rnd(aacc)
        overall += aacc * aw / 100
        summary.append("<tr class=ar>" + td(acode, "c") + td(atitle, "t") + td(f"{aw}%", "w") + td(dpct(aacc), "a")
                       + "</tr>")
        summary += orows
        nodes.insert(len(nodes) - len(objs), node(acode, "area", atitle, weight=f"{aw}%", achievement=[(Y, dpct(aacc))]))
    overall = rnd(overall)
    css = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8pt; color: #1a1a1a; }
h1 { font-size: 12pt; margin: 0; color: #0b4f6c; } h2 { font-size: 10pt; margin: 1mm 0 0 0; font-weight: normal; }
h3 { font-size: 9pt; margin: 5mm 0 1.5mm 0; color: #0b4f6c; }
p { margin: 1mm 0; } p.n { font-size: 7pt; color: #444; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { text-align: left; font-weight: bold; padding: 3pt 3pt; border-top: 1.4pt solid #0b4f6c;
     border-bottom: 1.4pt solid #0b4f6c; vertical-align: bottom; }
td { padding: 2.2pt 3pt; vertical-align: top; } tr { break-inside: avoid; }
tr.z td { background: #edf4f7; }
tr.ar td { background: #0b4f6c; color: #fff; font-weight: bold; }
tr.ob td.t { padding-left: 10pt; }
tr.tot td { border-top: 1pt solid #0b4f6c; font-weight: bold; }
td.c { width: 11mm; } td.ob { width: 9mm; } td.w { width: 11mm; text-align: right; }
td.v { width: 21mm; text-align: right; } td.a { width: 20mm; text-align: right; font-weight: bold; }
td.s { width: 27mm; font-size: 7pt; color: #444; } th.r { text-align: right; }"""
    t1 = ("<table><thead><tr>" + th("Cod.") + th("Area / Obiettivo strategico") + th("Peso", "r")
          + th("Livello di conseguimento", "r") + "</tr></thead><tbody>" + "".join(summary)
          + "<tr class=tot>" + td("") + td("Livello di conseguimento complessivo aziendale") + td("")
          + td(dpct(overall), "a") + "</tr></tbody></table>")
    t2 = ("<table><thead><tr>" + th("Ob.") + th("Cod.") + th("Indicatore") + th("Peso", "r")
          + th("Valore obiettivo 2025", "r") + th("Consuntivo al 31/12/2025", "r") + th("Livello di conseguimento", "r")
          + th("Fonte") + "</tr></thead><tbody>" + "".join(detail) + "</tbody></table>")
    body = (f"<h1>{esc(org)}</h1><h2>Relazione sulla performance 2025 – Allegato 1: risultati degli obiettivi "
            "strategici aziendali</h2>"
            "<p>La Tabella 1 riporta, per area e per obiettivo, il peso e il livello di conseguimento; la Tabella 2 il "
            "dettaglio degli indicatori, collegati all'obiettivo tramite il codice della colonna Ob.</p>"
            f"<h3>Tabella 1 – Sintesi per area e obiettivo</h3>{t1}"
            "<p class=n>Il livello di conseguimento dell'obiettivo è la media dei livelli dei suoi indicatori ponderata "
            "con i pesi; quello dell'area, la media ponderata dei suoi obiettivi.</p>"
            f"<h3>Tabella 2 – Dettaglio degli indicatori</h3>{t2}"
            "<p class=n>Livello di conseguimento dell'indicatore: consuntivo/valore obiettivo (indicatori crescenti) o "
            "valore obiettivo/consuntivo (indicatori decrescenti), con un massimo del 100%; per le scadenze, 100% se "
            "rispettate, 0% altrimenti.</p>")
    h = html_page3(body, css, landscape=False, margin="16mm 14mm 16mm 14mm",
                   top_left=q(org), top_right=q("Relazione sulla performance 2025"),
                   bottom_right='"Pagina " counter(page) " di " counter(pages)', hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("achievement.mismatch", FAULT,
                   "2025: result 2,3% against target ≤ 2,0% (lower is better) gives 86,96%, but 100,00% is printed")]
    write_truth(d, [doc(org, [Y], kind="report")], nodes, inds, fnd)
    genre_readme(d, name, "report", CHROMIUM.format(script=SCRIPT), f"""
Portrait A4, DejaVu Sans Condensed 8 pt, borderless: thick teal rules above and below each header, zebra fill on
the detail rows. Title (the hospital trust) and `Relazione sulla performance 2025 – Allegato 1: …`, a sentence, then
TWO tables. `Tabella 1 – Sintesi per area e obiettivo`: `Cod. | Area / Obiettivo strategico | Peso | Livello di
conseguimento`; areas are dark teal rows (`A` | `ACCESSIBILITÀ E TEMPI DI ATTESA` | `35%` | `98,27%`), objectives
(`A.1`, indented title) follow with their weight and achievement; a last row `Livello di conseguimento complessivo
aziendale | {dpct(overall)}` (not a node). `Tabella 2 – Dettaglio degli indicatori` (over two pages, header repeated):
`Ob. | Cod. | Indicatore | Peso | Valore obiettivo 2025 | Consuntivo al 31/12/2025 | Livello di conseguimento | Fonte`;
each indicator names its objective ONLY by the code in the `Ob.` column (truth node = that code). The `Fonte`
column (data source) is not part of the truth. Indicator achievement: `≥` result/target, `≤` target/result, capped at
100%; a deadline missed gives 0,00%. Objective achievement = weighted mean of its indicators' printed levels; area =
weighted mean of its objectives. Running header (trust, report) and footer `Pagina n di N`.
""", ["summary table (areas, objectives) BEFORE a detail table; indicators linked to objectives by code only",
      "header synonyms `Valore obiettivo 2025`, `Consuntivo al 31/12/2025`, `Livello di conseguimento`",
      "results with units `13 min`, `23,4 litri`, a negative result `-1,8%` against `≤ 0%`",
      "a missed deadline: `entro il 31/10/2025` / `15/12/2025` / `0,00%`",
      "borderless, zebra, portrait, DejaVu Sans Condensed 8 pt, running header and `Pagina n di N`"],
        ["`achievement.mismatch` on `B2_02` (Infezioni del sito chirurgico …): result 2,3% against `≤ 2,0%` gives "
         "86,96%, but `100,00%` is printed (objective B.2's 100,00% and area B's 99,25% follow the printed value, so "
         "no roll-up fault is intended)"])
    return name


def report_xlsx():
    from openpyxl import Workbook
    name = "gen6-report-xlsx-1"
    org = "Ordine degli Architetti, Pianificatori, Paesaggisti e Conservatori della Provincia di Brenzone"
    Y = 2025
    P0, P1, P2, N0, GG, DT = "0%", "0.0%", "0.00%", "#,##0", '0" gg"', "DD/MM/YYYY"
    dt = datetime.datetime
    # area (code, title, weight) -> objective (code, title, weight) -> indicators
    # indicator: (name, weight, target raw, op, target value, result (value, fmt), result display, unit)
    tree = [
        ("1", "FORMAZIONE E AGGIORNAMENTO PROFESSIONALE", "0.40", [
            ("1.1", "Ampliare l'offerta formativa accreditata per gli iscritti", "0.60", [
                ("Eventi formativi accreditati organizzati dall'Ordine", "0.50", "≥ 24", "ge", "24", (27, N0), "27",
                 None),
                ("Crediti formativi professionali erogati in modalità FAD", "0.50", "≥ 3.500", "ge", "3500",
                 (3212, N0), "3.212", None)]),
            ("1.2", "Verificare l'assolvimento dell'obbligo formativo nel triennio", "0.40", [
                ("Posizioni formative del triennio verificate", "1", "≥ 90%", "ge", "90", (0.934, P1), "93,4%",
                 "%")])]),
        ("2", "SERVIZI AGLI ISCRITTI E ALLA COLLETTIVITÀ", "0.35", [
            ("2.1", "Ridurre i tempi di evasione delle richieste degli iscritti", "0.50", [
                ("Tempo medio di rilascio dei certificati di iscrizione", "0.60", "≤ 3 gg", "le", "3", (2, GG), "2 gg",
                 "gg"),
                ("Pareri sulla liquidazione dei compensi resi entro 60 giorni", "0.40", "≥ 80%", "ge", "80",
                 (0.725, P1), "72,5%", "%")]),
            ("2.2", "Promuovere la cultura del progetto e del paesaggio sul territorio", "0.50", [
                ("Iniziative pubbliche di divulgazione realizzate", "0.50", "≥ 6", "ge", "6", (6, N0), "6", None),
                ("Pubblicazione del bando del premio provinciale di architettura", "0.50", "entro il 30/04/2025",
                 "date", None, (dt(2025, 4, 14), DT), "14/04/2025", "date")])]),
        ("3", "TRASPARENZA, ANTICORRUZIONE E GESTIONE", "0.25", [
            ("3.1", "Assicurare la trasparenza dell'attività dell'Ordine", "0.40", [
                ("Obblighi di pubblicazione assolti", "1", "= 100%", "ge", "100", (1, P1), "100,0%", "%")]),
            ("3.2", "Migliorare la riscossione dei contributi annuali", "0.60", [
                ("Quote annuali riscosse entro il 31 luglio", "0.70", "≥ 92%", "ge", "92", (0.887, P1), "88,7%", "%"),
                ("Solleciti di pagamento inviati tramite PEC ai morosi", "0.30", "= 100%", "ge", "100", (1, P1),
                 "100,0%", "%")])]),
    ]

    def frac(x):
        return float(D(x))

    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans"
    f9, f9b = Font(name=F, size=9), Font(name=F, size=9, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Relazione 2025"
    for k, v in {"A": 6, "B": 40, "C": 13, "D": 44, "E": 8, "F": 14, "G": 14, "H": 14, "I": 16}.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, org, font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance – anno 2025", font=Font(name=F, size=11), wrap=False)
    xl_put(ws, 3, 1, "Tabella dei risultati: obiettivi, indicatori e livello di conseguimento", wrap=False,
           font=Font(name=F, size=9, italic=True))
    H, HB = "DDEBF7", "BDD7EE"
    for c, t in ((1, "Cod."), (2, "Obiettivo"), (3, "Ponderazione"), (4, "Indicatore"), (5, "Peso"),
                 (9, "Livello di conseguimento obiettivo")):
        xl_put(ws, 5, c, t, font=f9b, fill=HB, border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    xl_put(ws, 5, 6, "Anno 2025", font=f9b, fill=HB, border=grid, halign="center")
    ws.merge_cells("F5:H5")
    for c, t in ((6, "Valore obiettivo"), (7, "Consuntivo al 31/12"), (8, "Livello di conseguimento")):
        xl_put(ws, 6, c, t, font=f9b, fill=HB, border=grid, halign="center", valign="center")
    xl_box(ws, 5, 1, 6, 9, grid)
    r = 7
    nodes, inds = [], []
    overall = Decimal(0)
    for acode, atitle, aw, objs in tree:
        arow = r
        r += 1
        aacc = Decimal(0)
        anode = len(nodes)
        for ocode, otitle, ow, ilist in objs:
            n = len(ilist)
            oacc = Decimal(0)
            for k, (iname, iw, traw, op, tv, (rv, rf), rdisp, unit) in enumerate(ilist):
                if op == "date":
                    a = Decimal(100)  # 14/04/2025 within 30/04/2025
                else:
                    rvd = D(rv) * 100 if rf in (P1, P2) else D(rv)
                    a = rnd(capped(rvd, tv, op))
                oacc += a * D(iw)
                xl_put(ws, r + k, 4, iname, font=f9, border=grid)
                xl_put(ws, r + k, 5, frac(iw), font=f9, border=grid, fmt=P0, halign="center")
                xl_put(ws, r + k, 6, traw, font=f9, border=grid, halign="center")
                xl_put(ws, r + k, 7, rv, font=f9, border=grid, fmt=rf, halign="center")
                xl_put(ws, r + k, 8, float(a / 100), font=f9, border=grid, fmt=P2, halign="center")
                inds.append(ind(iname, ocode, unit=unit, weight=dpct(D(iw) * 100, 0), targets=[(Y, traw)],
                                results=[(Y, rdisp)], achievement=[(Y, dpct(a))]))
            oacc = rnd(oacc)
            aacc += oacc * D(ow)
            for c, v, fmt in ((1, ocode, None), (2, otitle, None), (3, frac(ow), P0), (9, float(oacc / 100), P2)):
                xl_put(ws, r, c, v, font=f9b if c in (1, 9) else f9, border=grid, fmt=fmt,
                       halign="center" if c != 2 else None, valign="center" if c != 2 else "top")
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
            xl_box(ws, r, 1, r + n - 1, 9, grid)
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=dpct(D(ow) * 100, 0),
                              achievement=[(Y, dpct(oacc))]))
            r += n
        aacc = rnd(aacc)
        overall += aacc * D(aw)
        AF = "FFF2CC"
        xl_put(ws, arow, 1, acode, font=f9b, fill=AF, border=grid, halign="center")
        xl_put(ws, arow, 2, atitle, font=f9b, fill=AF, border=grid)
        xl_put(ws, arow, 3, frac(aw), font=f9b, fill=AF, border=grid, fmt=P0, halign="center")
        for c in range(4, 9):
            xl_put(ws, arow, c, None, fill=AF, border=grid)
        xl_put(ws, arow, 9, float(aacc / 100), font=f9b, fill=AF, border=grid, fmt=P2, halign="center")
        nodes.insert(anode, node(acode, "area", atitle, weight=dpct(D(aw) * 100, 0), achievement=[(Y, dpct(aacc))]))
    overall = rnd(overall)
    xl_put(ws, r, 2, "Livello di conseguimento complessivo dell'Ordine", font=f9b, border=grid)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    xl_box(ws, r, 1, r, 9, grid)
    xl_put(ws, r, 9, float(overall / 100), font=f9b, border=grid, fmt=P2, halign="center")
    xl_put(ws, r + 2, 1, "Livello di conseguimento: consuntivo/valore obiettivo, o il contrario per gli indicatori "
           "decrescenti, al massimo 100%; scadenze rispettate = 100%. Livello dell'obiettivo e dell'area: media "
           "ponderata.", font=Font(name=F, size=8, italic=True), wrap=False)
    xl_fit_rows(ws, 5, r, pt=9)
    ws.freeze_panes = "A7"
    xl_page(ws, landscape=True, title_rows="5:6")
    ws.oddFooter.right.text = "Pag. &P"
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [Y], kind="report")], nodes, inds)
    genre_readme(d, name, "report", XLSX.format(script=SCRIPT), f"""
One sheet `Relazione 2025`, Liberation Sans 9, ruled grey grid, panes frozen under the header, print titles 5:6.
Three title rows (the Order, `Relazione sulla performance – anno 2025`, an italic subtitle), then a TWO-ROW header:
`Cod. | Obiettivo | Ponderazione | Indicatore | Peso | Anno 2025 (Valore obiettivo | Consuntivo al 31/12 | Livello di
conseguimento) | Livello di conseguimento obiettivo` (`Anno 2025` merged over its three sub-headers, the others
merged down). Areas are yellow rows (`1` | `FORMAZIONE E AGGIORNAMENTO PROFESSIONALE` | `40%` | … | `97,53%`:
weight in `Ponderazione`, achievement in the last column). Objective code, title, weight and achievement are cells
MERGED DOWN over the objective's indicator rows. Weights are fractions with format `0%` (0.6 → `60%`);
achievements fractions with `0.00%` (0.9589 → `95,89%`); targets text (`≥ 24`, `≥ 3.500`, `≤ 3 gg`, `≥ 90%`,
`= 100%`, `entro il 30/04/2025`); results number cells (`27`, `3.212` with `#,##0`; `93,4%` with `0.0%`; `2 gg` with
`0" gg"`) or a date cell `14/04/2025` (`DD/MM/YYYY`). Indicators have no code. Indicator achievement: result/target
(`≤`: target/result) capped at 100%; deadline met = 100%. Objective = weighted mean of its indicators' displayed
achievements; area = weighted mean of its objectives'. A last row `Livello di conseguimento complessivo dell'Ordine |
{dpct(overall)}` (not a node) and an italic note.
""", ["workbook kept as .xlsx; percentages stored as fractions with `0%` / `0.0%` / `0.00%` formats",
      "two-row header with `Anno 2025` group; header synonyms `Ponderazione`, `Valore obiettivo`, `Consuntivo al "
      "31/12`, `Livello di conseguimento`",
      "objective cells (code, title, weight, achievement) merged down; area rows with weight and achievement",
      "results as number cells with custom formats and a date cell",
      "professional order as the body; frozen panes; print titles"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "xlsx"]
    if "chromium" in which:
        print(report_chromium())
    if "xlsx" in which:
        print(report_xlsx())
