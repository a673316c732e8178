#!/usr/bin/python3
"""Genre: plan. Two cases:
- gen6-plan-chromium-1: a chamber of commerce's PIAO performance annex, portrait, DejaVu Serif Condensed 7.5 pt, ruled
  grey grid, white-on-green two-row header (`Valore di riferimento` over 2025, `Risultato atteso` over 2026|2027|2028),
  code PREFIXED to titles (`1.1.a Title`), indicator code in its own column AFTER the name, `Rilevanza %` LAST,
  table split by page breaks with the header repeated; clean.
- gen6-plan-lo-1: a provincia's plan laid out like a report document in a workbook printed by LibreOffice: areas
  and strategic objectives are HEADING rows outside the tables (`Ponderazione:` and `Dirigente responsabile:` lines
  under the strategic heading), one small table with its own two-row header per strategic objective, the operational
  objective and its weight merged down, `Ponderazione` for indicators, `U.M.` column, `Valore obiettivo` over the
  years; a manual page break inside one table (its header NOT repeated); fault weight.sum.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, LO_XLSX, case_dir, chromium_pdf, doc, esc, finding, genre_readme,  # noqa: E402
                     html_page3, ind, lo_pdf, node, q, td, th, vars_of, write_truth, xl_box, xl_fit_rows,
                     xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen6_plan.py"


def plan_chromium():
    name = "gen6-plan-chromium-1"
    org = "Camera di Commercio di Serravalle Adriatica"
    Y = [2026, 2027, 2028]
    # area (code, title) -> strategic (code, title, weight) -> operational (code, title, weight) -> indicators
    # indicator: (code, name, type, formula, unit, baseline 2025, targets, weight)
    tree = [
        ("1", "Competitività delle imprese e del territorio", [
            ("1.1", "Sostenere la doppia transizione digitale ed ecologica delle imprese", "60,0%", [
                ("1.1.a", "Diffondere la cultura digitale tramite il Punto Impresa Digitale", "50,0%", [
                    ("PID_01", "Imprese assistite con servizi di assessment della maturità digitale", "Efficacia",
                     "N_impr_assess", None, "312", ["≥ 330", "≥ 345", "≥ 360"], "60,0%"),
                    ("PID_02", "Eventi di sensibilizzazione sul digitale organizzati nell'anno", "Volume",
                     "N_eventi_PID", None, "14", ["≥ 15", "≥ 16", "≥ 16"], "40,0%")]),
                ("1.1.b", "Accompagnare le micro e piccole imprese nella transizione energetica", "50,0%", [
                    ("ENE_01", "Domande finanziate sul totale delle domande ammissibili al bando diagnosi energetiche",
                     "Efficacia", "N_dom_fin / N_dom_amm * 100", "%", "81,3%", ["≥ 85,0%", "≥ 85,0%", "≥ 87,5%"],
                     "50,0%"),
                    ("ENE_02", "Contributi liquidati entro 90 giorni dalla rendicontazione", "Efficienza",
                     "Contr_liq_90gg / Contr_rend * 100", "%", "74,0%", ["≥ 80,0%", "≥ 85,0%", "≥ 90,0%"],
                     "50,0%")])]),
            ("1.2", "Valorizzare le filiere agroalimentari e turistiche sui mercati esteri", "40,0%", [
                ("1.2.a", "Promuovere la partecipazione delle imprese a fiere e missioni internazionali", "100,0%", [
                    ("INT_01", "Imprese partecipanti a missioni e fiere internazionali", "Volume", "N_impr_fiere",
                     None, "58", ["≥ 60", "≥ 62", "≥ 65"], "70,0%"),
                    ("INT_02", "Risorse destinate ai voucher per l'internazionalizzazione", "Efficacia",
                     "Imp_voucher_int", "EUR", "€ 40.000,00", ["≥ € 45.000,00", "≥ € 45.000,00", "≥ € 50.000,00"],
                     "30,0%")])])]),
        ("2", "Semplificazione amministrativa e trasparenza", [
            ("2.1", "Ridurre i tempi dei procedimenti del Registro delle imprese", "55,0%", [
                ("2.1.a", "Garantire la tempestività di evasione delle pratiche telematiche", "60,0%", [
                    ("RI_01", "Pratiche del Registro imprese evase entro 5 giorni", "Efficienza",
                     "RI_prat_5gg / RI_prat_tot * 100", "%", "88,4%", ["≥ 90,0%", "≥ 91,0%", "≥ 92,0%"], "50,0%"),
                    ("RI_02", "Tempo medio di lavorazione delle pratiche telematiche", "Efficienza",
                     "GG_lav_tot / RI_prat_tot", "gg", "3,8 gg", ["≤ 3,5 gg", "≤ 3,2 gg", "≤ 3,0 gg"], "50,0%")]),
                ("2.1.b", "Migliorare la qualità e l'aggiornamento dei dati del Registro delle imprese", "40,0%", [
                    ("RI_03", "Posizioni cancellate d'ufficio con le procedure di pulizia dell'archivio", "Qualità",
                     "N_canc_uff", None, "420", ["≥ 450", "≥ 450", "≥ 480"], "100,0%")])]),
            ("2.2", "Assicurare la trasparenza e la prevenzione della corruzione", "45,0%", [
                ("2.2.a", "Attuare le misure della sottosezione Rischi corruttivi e trasparenza", "100,0%", [
                    ("TR_01", "Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente",
                     "Qualità", "Obbl_pubbl_ok / Obbl_pubbl_tot * 100", "%", "97,5%",
                     ["= 100,0%", "= 100,0%", "= 100,0%"], "50,0%"),
                    ("TR_02", "Aggiornamento della mappatura dei processi a rischio", "Qualità", "DT_mappatura",
                     "date", "-", ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"],
                     "50,0%")])])]),
        ("3", "Efficienza organizzativa e salute economica dell'ente", [
            ("3.1", "Garantire la solidità economica e finanziaria della Camera", "100,0%", [
                ("3.1.a", "Migliorare la riscossione del diritto annuale", "50,0%", [
                    ("DA_01", "Tasso di riscossione spontanea del diritto annuale", "Salute economica",
                     "DA_risc / DA_dovuto * 100", "%", "71,6%", ["≥ 72,0%", "≥ 73,0%", "≥ 74,0%"], "60,0%"),
                    ("DA_02", "Ravvedimenti operosi gestiti dall'ufficio Diritto annuale", "Volume", "N_ravv", None,
                     "1.180", ["≥ 1.200", "≥ 1.250", "≥ 1.300"], "40,0%")]),
                ("3.1.b", "Contenere i tempi di pagamento dei fornitori", "50,0%", [
                    ("EC_01", "Indicatore annuale di tempestività dei pagamenti", "Efficienza",
                     "GG_rit_pond / Imp_fatt_pag", "gg", "4,1 gg", ["≤ 2 gg", "≤ 1 gg", "≤ 0 gg"], "70,0%"),
                    ("EC_02", "Adozione del nuovo sistema di contabilità analitica per centri di costo", "Efficacia",
                     "Flag_CoAn", "text", "NO", ["SI", "SI", "SI"], "30,0%")])])]),
    ]
    css = """body { font-family: "DejaVu Serif Condensed", "DejaVu Serif", serif; font-size: 7.5pt; color: #111; }
h1 { font-size: 11pt; margin: 0; text-transform: uppercase; letter-spacing: 0.3pt; }
h2 { font-size: 9.5pt; margin: 1mm 0 0.5mm 0; font-weight: normal; }
p.note { font-size: 7.5pt; margin: 1mm 0 3mm 0; color: #333; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th { background: #2f5d3a; color: #fff; font-weight: bold; text-align: center; vertical-align: middle;
     border: 0.4pt solid #9aa89d; padding: 2pt 2pt; }
td { border: 0.4pt solid #a8a8a8; padding: 1.6pt 2.5pt; vertical-align: top; }
tr { break-inside: avoid; }
tr.ar td { background: #d3e3d6; font-weight: bold; font-size: 8.5pt; padding: 3pt; color: #1f3d27; }
tr.st td { font-weight: bold; background: #f0f4f0; }
tr.op td.t { font-style: italic; padding-left: 8pt; }
tr.in td.t { padding-left: 16pt; }
td.c { width: 12mm; font-family: "DejaVu Sans Mono", monospace; font-size: 6.8pt; }
td.ty { width: 15mm; } td.f { width: 33mm; font-size: 6.8pt; } td.v { width: 14mm; text-align: center; }
td.w { width: 13mm; text-align: right; } b.k { margin-right: 3pt; }"""
    head = ("<thead><tr>" + th("Obiettivo / Indicatore", rowspan=2) + th("Cod.", rowspan=2)
            + th("Tipologia", rowspan=2) + th("Algoritmo", rowspan=2) + th("Valore di riferimento")
            + th("Risultato atteso", colspan=3) + th("Rilevanza %", rowspan=2) + "</tr><tr>"
            + th("2025") + "".join(th(str(y)) for y in Y) + "</tr></thead>")
    rows, nodes, inds = [], [], []
    empty = "<td class=c></td><td class=ty></td><td class=f></td>" + "<td class=v></td>" * 4
    for acode, atitle, sts in tree:
        rows.append(f"<tr class=ar><td colspan=9>Area strategica {acode} – {esc(atitle)}</td></tr>")
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, sw, ops in sts:
            rows.append(f"<tr class=st><td class=t><b class=k>{scode}</b> {esc(stitle)}</td>{empty}"
                        f"<td class=w>{sw}</td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for ocode, otitle, ow, ilist in ops:
                rows.append(f"<tr class=op><td class=t><b class=k>{ocode}</b> {esc(otitle)}</td>{empty}"
                            f"<td class=w>{ow}</td></tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow))
                for icode, iname, ty, fml, unit, base, tg, iw in ilist:
                    rows.append("<tr class=in>" + td(iname, "t") + td(icode, "c") + td(ty, "ty") + td(fml, "f")
                                + td(base, "v") + "".join(td(x, "v") for x in tg) + td(iw, "w") + "</tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=unit, weight=iw, type=ty, formula=fml,
                                    variables=vars_of(fml), baselines=[(2025, base)],
                                    targets=list(zip(Y, tg))))
    body = (f"<h1>{esc(org)}</h1>"
            "<h2>Piano Integrato di Attività e Organizzazione 2026-2028 – Sottosezione 2.2 Performance: "
            "albero della performance</h2>"
            "<p class=note>Per ciascun obiettivo è indicata la rilevanza percentuale rispetto all'obiettivo di livello "
            "superiore; per gli indicatori, la rilevanza rispetto all'obiettivo operativo di appartenenza. Il valore di "
            "riferimento è il consuntivo 2025.</p>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class=note>Legenda tipologie: Efficacia, Efficienza, Qualità, Volume, Salute economica. "
            "SI/NO: realizzazione dell'attività nell'anno.</p>")
    h = html_page3(body, css, landscape=False, margin="16mm 10mm 14mm 10mm",
                   top_left=q(org), top_right=q("PIAO 2026-2028 · Sottosezione 2.2 Performance"),
                   bottom_center='"pag. " counter(page) " / " counter(pages)', hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif Condensed 7.5 pt, one ruled table (thin grey grid) with a white-on-green TWO-ROW header:
`Obiettivo / Indicatore | Cod. | Tipologia | Algoritmo | Valore di riferimento (2025) | Risultato atteso (2026 | 2027 |
2028) | Rilevanza %` — `Valore di riferimento` and `Risultato atteso` are group cells over their year sub-headers, the
other header cells span both rows. The header is repeated on each page (`thead`); the table runs over two pages.
Hierarchy: areas are green full-width band rows `Area strategica 1 – Competitività …` (truth code `1`, title after
the dash); strategic objectives are bold shaded rows with the code PREFIXED to the title in the same cell (`1.1
Sostenere …`); operational objectives italic, indented (`1.1.a Diffondere …`); indicator rows further indented with the
indicator code in its OWN column after the name (`PID_01`, monospace). The weight (`Rilevanza %`, one decimal:
`60,0%`) is the LAST column, on strategic, operational and indicator rows, summing to 100% among siblings. The
2025 value is a baseline. Running header (the chamber, `PIAO 2026-2028 · Sottosezione 2.2 Performance`), footer
`pag. n / N`.
""", ["header synonyms `Valore di riferimento`, `Risultato atteso`, `Rilevanza %`, `Algoritmo`, `Tipologia`",
      "code prefixed to the title (`2.1.b Migliorare …`), three-level codes with a letter (`1.1.a`)",
      "indicator code in its own column after the name; weight last",
      "two-row header with group cells, repeated after the page break",
      "targets `≥ 330`, `≥ 85,0%`, `≤ 3,5 gg`, `= 100,0%`, `entro il 30/06/2026`, `≥ € 45.000,00`, `SI` (baseline `NO`)",
      "counts without unit (truth unit null); flat targets in some years (`≥ 450`, `≥ 450`, `≥ 480`): not declining",
      "portrait, ruled grey grid, DejaVu Serif Condensed 7.5 pt, monospace codes"], [])
    return name


def plan_lo():
    name = "gen6-plan-lo-1"
    org = "Provincia di Monteverro"
    Y = [2026, 2027, 2028]
    # area -> strategic (code, title, weight, dirigente) -> operational (code, title, weight) -> indicators
    # indicator: (name, unit printed, truth unit, baseline 2025, targets, weight)
    tree = [
        ("A", "VIABILITÀ E INFRASTRUTTURE", [
            ("A.1", "Garantire la sicurezza e la percorribilità della rete stradale provinciale", "60%",
             "ing. Carlo Venturelli", [
                 ("A.1.1", "Programmare la manutenzione straordinaria delle pavimentazioni", "50%", [
                     ("Chilometri di strade provinciali riasfaltati", "km", "km", "38,5",
                      ["≥ 40,0", "≥ 42,0", "≥ 45,0"], "60%"),
                     ("Risorse impegnate per la manutenzione straordinaria", "€", "EUR", "2.840.000,00",
                      ["≥ 3.000.000,00", "≥ 3.100.000,00", "≥ 3.200.000,00"], "40%")]),
                 ("A.1.2", "Ridurre i tempi di intervento sulle segnalazioni di pericolo", "50%", [
                     ("Tempo medio di messa in sicurezza dalla segnalazione", "ore", "ore", "9,5",
                      ["≤ 8", "≤ 7", "≤ 6"], "70%"),
                     ("Segnalazioni gestite con la piattaforma di ticketing", "%", "%", "64%",
                      ["≥ 75%", "≥ 85%", "≥ 95%"], "30%")])]),
            ("A.2", "Mettere in sicurezza ponti e viadotti", "40%", "ing. Carlo Venturelli", [
                ("A.2.1", "Completare il censimento e la classificazione del rischio delle opere d'arte", "100%", [
                    ("Ponti classificati secondo le linee guida ministeriali", "n.", "N.", "112",
                     ["≥ 140", "≥ 170", "≥ 196"], "50%"),
                    ("Ispezioni speciali eseguite sui ponti in classe di attenzione alta", "%", "%", "40%",
                     ["= 100%", "= 100%", "= 100%"], "50%")])])]),
        ("B", "EDILIZIA SCOLASTICA E PATRIMONIO", [
            ("B.1", "Rendere sicuri ed efficienti gli edifici scolastici superiori", "70%", "arch. Silvia Orlandini", [
                ("B.1.1", "Adeguare gli istituti alla normativa antincendio", "60%", [
                    ("Edifici scolastici dotati di certificato di prevenzione incendi", "n.", "N.", "21",
                     ["≥ 24", "≥ 27", "≥ 30"], "100%")]),
                ("B.1.2", "Ridurre i consumi energetici degli istituti scolastici", "40%", [
                    ("Consumo di energia termica per metro cubo riscaldato", "kWh/mc", "kWh/mc", "31,2",
                     ["≤ 30,0", "≤ 28,5", "≤ 27,0"], "50%"),
                    ("Impianti fotovoltaici installati sulle coperture", "n.", "N.", "6",
                     ["≥ 8", "≥ 10", "≥ 12"], "50%")])]),
            ("B.2", "Valorizzare il patrimonio immobiliare non strumentale", "30%", "arch. Silvia Orlandini", [
                ("B.2.1", "Alienare o concedere gli immobili non più utilizzati", "100%", [
                    ("Immobili alienati o concessi in uso", "n.", "N.", "3", ["≥ 4", "≥ 5", "≥ 6"], "50%"),
                    ("Entrate da canoni di concessione", "€", "EUR", "186.400,00",
                     ["≥ 190.000,00", "≥ 200.000,00", "≥ 210.000,00"], "40%")])])]),
        ("C", "AMBIENTE E PIANIFICAZIONE TERRITORIALE", [
            ("C.1", "Semplificare le autorizzazioni ambientali", "100%", "dott.ssa Marta Ghirardelli", [
                ("C.1.1", "Ridurre i tempi di rilascio delle autorizzazioni uniche ambientali", "60%", [
                    ("Tempo medio di rilascio dell'AUA", "gg", "gg", "96",
                     ["≤ 90", "≤ 80", "≤ 75"], "60%"),
                    ("Istanze AUA gestite in modalità telematica", "%", "%", "72%",
                     ["≥ 85%", "≥ 90%", "≥ 95%"], "40%")]),
                ("C.1.2", "Aggiornare il Piano territoriale di coordinamento provinciale", "40%", [
                    ("Adozione della variante generale al PTCP", "data", "date", "-",
                     ["entro il 31/12/2026", "entro il 31/12/2027", "entro il 31/12/2028"], "100%")])])])]
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    ln = Side(style="thin", color="5A5A5A")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    F = "Liberation Serif"
    f8, f8b = Font(name=F, size=8), Font(name=F, size=8, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Allegato A"
    widths = {"A": 34, "B": 7, "C": 42, "D": 12, "E": 8, "F": 13, "G": 12, "H": 12, "I": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, org.upper(), font=Font(name=F, size=14, bold=True), halign="center", wrap=False)
    ws.merge_cells("A1:I1")
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Allegato A: obiettivi strategici, obiettivi operativi e "
           "indicatori", font=Font(name=F, size=10.5), halign="center", wrap=False)
    ws.merge_cells("A2:I2")
    xl_put(ws, 3, 1, "Per ogni obiettivo strategico sono indicati la ponderazione rispetto all'area e il dirigente "
           "responsabile; nelle tabelle, il peso di ciascun obiettivo operativo rispetto all'obiettivo strategico e "
           "la ponderazione di ciascun indicatore rispetto all'obiettivo operativo. Il valore di riferimento è il "
           "dato consuntivo al 31/12/2025.", font=Font(name=F, size=8.5, italic=True))
    ws.merge_cells("A3:I3")
    ws.row_dimensions[3].height = 26
    heights = {1: 20, 2: 15}
    r = 5
    HF, OF = "F3D9C8", "FBF1EA"
    nodes, inds = [], []
    for acode, atitle, sts in tree:
        xl_put(ws, r, 1, f"AREA {acode} – {atitle}", font=Font(name=F, size=11, bold=True, color="7A2E0E"),
               wrap=False, valign="bottom")
        heights[r] = 22
        r += 1
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, sw, boss, ops in sts:
            xl_put(ws, r, 1, f"Obiettivo strategico {scode} – {stitle}", font=Font(name=F, size=9.5, bold=True),
                   wrap=False, valign="bottom")
            heights[r] = 17
            xl_put(ws, r + 1, 1, f"Ponderazione: {sw}", font=Font(name=F, size=8.5, italic=True), wrap=False, indent=1)
            xl_put(ws, r + 2, 1, f"Dirigente responsabile: {boss}", font=Font(name=F, size=8.5, italic=True),
                   wrap=False, indent=1)
            r += 3
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw, owners=[boss]))
            for c, t in ((1, "Obiettivo operativo"), (2, "Peso"), (3, "Indicatore"), (4, "Ponderazione"),
                         (5, "U.M."), (6, "Valore di riferimento 2025")):
                xl_put(ws, r, c, t, font=f8b, fill=HF, border=grid, halign="center", valign="center")
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            xl_put(ws, r, 7, "Valore obiettivo", font=f8b, fill=HF, border=grid, halign="center")
            ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
            for c, y in zip((7, 8, 9), Y):
                xl_put(ws, r + 1, c, str(y), font=f8b, fill=HF, border=grid, halign="center")
            xl_box(ws, r, 1, r + 1, 9, grid)
            r += 2
            for ocode, otitle, ow, ilist in ops:
                if ocode == "B.1.2":
                    ws.row_breaks.append(Break(id=r - 1))
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow))
                n = len(ilist)
                xl_put(ws, r, 1, f"{ocode} {otitle}", font=f8, fill=OF, border=grid)
                xl_put(ws, r, 2, ow, font=f8, fill=OF, border=grid, halign="center")
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
                    ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
                    xl_box(ws, r, 1, r + n - 1, 2, grid)
                for k, (iname, um, unit, base, tg, iw) in enumerate(ilist):
                    vals = [iname, iw, um, base] + tg
                    for c, v in zip(range(3, 10), vals):
                        xl_put(ws, r + k, c, v, font=f8, border=grid, halign=None if c == 3 else "center")
                    inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2025, base)],
                                    targets=list(zip(Y, tg))))
                r += n
            r += 1
    xl_put(ws, r, 1, "Legenda: U.M. = unità di misura; n. = numero; gg = giorni; kWh/mc = chilowattora per metro "
           "cubo riscaldato.", font=Font(name=F, size=8, italic=True), wrap=False)
    xl_fit_rows(ws, 4, r, pt=8)
    for k, v in heights.items():
        ws.row_dimensions[k].height = v
    xl_page(ws, landscape=True, margins=0.55)
    ws.page_margins.top = 0.75
    ws.page_margins.header = 0.25
    ws.oddHeader.left.text = org
    ws.oddHeader.right.text = "Piano della performance 2026-2028 – Allegato A"
    ws.oddFooter.center.text = "– &P –"
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    lo_pdf(os.path.join(d, "input.xlsx"), os.path.join(d, "input.pdf"))
    os.remove(os.path.join(d, "input.xlsx"))
    fnd = [finding("weight.sum", "B.2.1", "indicator weights of B.2.1 sum to 90% (50% + 40%)")]
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds, fnd)
    genre_readme(d, name, "plan", LO_XLSX.format(script=SCRIPT), """
Landscape A4 printed by LibreOffice from one worksheet laid out like a document: Liberation Serif 8 pt, page header
(`Provincia di Monteverro` left, `Piano della performance 2026-2028 – Allegato A` right), footer `– n –`. Centred
title rows and an italic paragraph. Areas and strategic objectives are HEADING ROWS outside the tables (text in
column A overflowing to the right, no borders): a brown bold `AREA A – VIABILITÀ E INFRASTRUTTURE` (truth: code `A`,
title after the dash, in capitals), then per strategic objective a bold `Obiettivo strategico A.1 – Garantire …`
followed by two italic indented lines `Ponderazione: 60%` (truth weight) and `Dirigente responsabile: ing. Carlo
Venturelli` (truth owners). Under each strategic heading its own small ruled table with its own two-row header
`Obiettivo operativo | Peso | Indicatore | Ponderazione | U.M. | Valore di riferimento 2025 | Valore obiettivo (2026 |
2027 | 2028)` (`Valore obiettivo` merged over the years, the other header cells merged down); the operational
objective (`A.1.1 Title`, code and title separated by a space, shaded) and its weight are cells MERGED DOWN over its
indicator rows. Indicators have no code; units only in the `U.M.` column (`km`, `€`, `ore`, `%`, `n.`, `kWh/mc`, `gg`,
`data`), values without unit (`≥ 3.000.000,00`, `≤ 8`, `31,2`). A manual page break falls INSIDE the table of `B.1`
(between `B.1.1` and `B.1.2`): the rest of the table continues on the next page WITHOUT its header. All values are
text cells.
""", ["areas and strategic objectives as heading rows outside the tables, weight and owner as `Label: value` lines",
      "one table per strategic objective, each with its own two-row header (no print titles)",
      "operational objective and its weight merged down over the indicator rows",
      "header synonyms `Ponderazione`, `Valore di riferimento 2025`, `Valore obiettivo`",
      "units only in a `U.M.` column (`n.` → N., `€` → EUR, `gg`, `data` → date; `km`, `ore`, `kWh/mc` as printed)",
      "a page break inside a table, header not repeated"],
        ["`weight.sum` on `B.2.1`: its two indicators weigh 50% + 40% = 90%"])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        print(plan_chromium())
    if "lo" in which:
        print(plan_lo())
