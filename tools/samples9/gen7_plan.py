#!/usr/bin/python3
"""Genre: plan. Two cases:
- gen7-plan-chromium-1: a union of municipalities' plan, landscape, Liberation Serif 8 pt, BORDERLESS zebra; areas
  are document HEADINGS outside the tables (`Area A – …` with `Rilevanza dell'area: 40%` on the next line), one table
  per area whose header row is an ordinary row (NOT repeated when the table runs over a page break); codes `A.1`,
  `A.1.b`; one `Rilevanza` column for all levels; `Valore di partenza (2024)`, `Obiettivo atteso 2025..2027`;
  `Struttura responsabile` on operational rows; fault target.unambitious.
- gen7-plan-lo-1: a public social-care agency's plan printed by LibreOffice from a workbook: the TREE IS IN COLUMNS,
  `Obiettivo strategico | Peso | Obiettivo operativo | Peso` merged down over the indicator rows, then `Cod. |
  Indicatore | Algoritmo | Incidenza | Valore storico 2025 | Target 2026..2028`; weights are fraction cells with
  `0.00%` / `0%` formats, history values are number cells (`0.0%`, `#,##0`, `#,##0.00 €`, `0.0`); codes `OS.1` /
  `OP.1.2` / `KPI_07`; print titles repeated after a manual page break; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (CHROMIUM, LO_XLSX, case_dir, chromium_pdf, doc, esc, finding, font, genre_readme,  # noqa: E402
                     html_page3, ind, lo_pdf, node, q, td, th, vars9, widths, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen7_plan.py"


def plan_chromium():
    name = "gen7-plan-chromium-1"
    org = "Unione dei Comuni della Val Serena"
    Y = [2025, 2026, 2027]
    # area (code, title, weight) -> strategic (code, title, weight) -> operational (code, title, weight, owner)
    # -> indicators (name, unit, baseline 2024, [targets 2025..2027], weight)
    tree = [
        ("A", "Territorio, ambiente e protezione civile", "40%", [
            ("A.1", "Prevenire il dissesto idrogeologico e rafforzare il sistema intercomunale di protezione civile",
             "60%", [
                 ("A.1.a", "Aggiornare il piano intercomunale di protezione civile e le relative esercitazioni",
                  "50%", "Servizio Protezione civile", [
                      ("Approvazione dell'aggiornamento del piano intercomunale di protezione civile", "date", "-",
                       ["entro il 30/06/2025", "entro il 30/06/2026", "entro il 30/06/2027"], "40%"),
                      ("Esercitazioni di protezione civile svolte con il volontariato", None, "3",
                       [">= 4", ">= 4", ">= 5"], "60%")]),
                 ("A.1.b", "Garantire la manutenzione del reticolo idrografico minore e dei versanti a rischio",
                  "50%", "Servizio Tecnico associato", [
                      ("Chilometri di reticolo minore manutenuti nell'anno", "km", "18,4 km",
                       [">= 19,0 km", ">= 20,0 km", ">= 21,0 km"], "70%"),
                      ("Segnalazioni di dissesto verificate con sopralluogo entro 10 giorni", "%", "93,5%",
                       ["≥ 90%", "≥ 95%", "≥ 97%"], "30%")])]),
            ("A.2", "Migliorare la gestione dei rifiuti urbani nei comuni dell'Unione", "40%", [
                ("A.2.a", "Estendere la raccolta porta a porta ai centri abitati minori", "100%",
                 "Servizio Ambiente", [
                     ("Raccolta differenziata sul totale dei rifiuti urbani", "%", "68,2%",
                      ["≥ 70%", "≥ 72%", "≥ 75%"], "50%"),
                     ("Utenze servite dalla raccolta porta a porta", None, "4.180",
                      [">= 4.400", ">= 4.650", ">= 4.900"], "30%"),
                     ("Tempo medio di risposta alle segnalazioni di abbandono dei rifiuti", "gg", "6 gg",
                      ["<= 5 gg", "<= 4 gg", "<= 4 gg"], "20%")])])]),
        ("B", "Servizi alla persona e alla comunità", "35%", [
            ("B.1", "Rendere più accessibili i servizi sociali associati e i servizi per la prima infanzia", "100%", [
                ("B.1.a", "Ridurre le attese per la presa in carico del servizio sociale professionale", "45%",
                 "Ufficio di Piano", [
                     ("Tempo medio tra la richiesta e il primo colloquio", "gg", "14 gg",
                      ["<= 12 gg", "<= 10 gg", "<= 10 gg"], "60%"),
                     ("Progetti personalizzati redatti entro 30 giorni dalla presa in carico", "%", "81%",
                      ["≥ 85%", "≥ 88%", "≥ 90%"], "40%")]),
                ("B.1.b", "Ampliare l'offerta dei nidi d'infanzia e dei servizi integrativi per la fascia 0-3 anni",
                 "35%", "Servizio Istruzione e infanzia", [
                     ("Posti nido disponibili ogni 100 bambini residenti di età 0-2 anni", None, "27,6",
                      [">= 29,0", ">= 31,0", ">= 33,0"], "50%"),
                     ("Domande di iscrizione al nido accolte sul totale delle domande", "%", "88%",
                      ["≥ 90%", "≥ 92%", "≥ 95%"], "50%")]),
                ("B.1.c", "Attivare lo sportello unico digitale per le domande di agevolazione tariffaria", "20%",
                 "Servizio Istruzione e infanzia", [
                     ("Sportello digitale per le agevolazioni tariffarie attivo", "text", "NO", ["SI", "SI", "SI"],
                      "100%")])])]),
        ("C", "Organizzazione, bilancio e trasformazione digitale", "25%", [
            ("C.1", "Semplificare i procedimenti associati attraverso la digitalizzazione", "50%", [
                ("C.1.a", "Portare on line i procedimenti a istanza di parte della Centrale unica SUAP", "100%",
                 "Sportello unico attività produttive", [
                     ("Procedimenti SUAP presentabili interamente on line", "%", "76%",
                      ["≥ 80%", "≥ 90%", "≥ 95%"], "50%"),
                     ("Tempo medio di conclusione dei procedimenti SUAP ordinari", "gg", "38 gg",
                      ["<= 35 gg", "<= 32 gg", "<= 30 gg"], "50%")])]),
            ("C.2", "Garantire la sostenibilità finanziaria delle funzioni associate", "50%", [
                ("C.2.a", "Rispettare i tempi di pagamento e ridurre i residui attivi", "100%",
                 "Servizio Finanziario associato", [
                     ("Indicatore annuale di tempestività dei pagamenti", "gg", "-3,2 gg",
                      ["<= -3,5 gg", "<= -4,0 gg", "<= -4,0 gg"], "60%"),
                     ("Trasferimenti dei comuni aderenti riscossi in conto competenza", "EUR", "1.184.300,00 €",
                      [">= 1.200.000,00 €", ">= 1.220.000,00 €", ">= 1.250.000,00 €"], "40%")])])])]
    css = """body { font-family: "Liberation Serif", serif; font-size: 8pt; color: #1b1b1b; }
h1 { font-size: 13pt; margin: 0 0 1mm 0; font-variant: small-caps; }
p.sub { font-size: 9.5pt; margin: 0 0 2mm 0; font-style: italic; }
p.intro { font-size: 8pt; margin: 0 0 3mm 0; text-align: justify; }
h2 { font-size: 10.5pt; margin: 4mm 0 0 0; color: #5a2d0c; }
p.rw { margin: 0 0 1.5mm 0; font-size: 8.5pt; color: #5a2d0c; }
table { border-collapse: collapse; width: 100%; }
tr.hd td { font-weight: bold; border-top: 1.2pt solid #5a2d0c; border-bottom: 1.2pt solid #5a2d0c;
           vertical-align: bottom; padding: 2pt 3pt; }
td { padding: 1.8pt 3pt; vertical-align: top; }
tr { break-inside: avoid; }
tr.st td { font-weight: bold; padding-top: 4pt; }
tr.op td { font-style: italic; }
tr.op td.t { padding-left: 9pt; }
tr.in td.t { padding-left: 18pt; }
tr.z td { background: #f4ece4; }
td.c { width: 13mm; } td.w { width: 15mm; text-align: right; padding-right: 8pt; }
td.v { width: 20mm; text-align: center; } td.o { width: 32mm; }"""
    hdr = ("<tr class=hd>" + td("Cod.", "c") + td("Obiettivo / Indicatore") + td("Rilevanza", "w")
           + td("Valore di partenza (2024)", "v") + "".join(td(f"Obiettivo atteso {y}", "v") for y in Y)
           + td("Struttura responsabile", "o") + "</tr>")
    blank4 = "<td class=v></td>" * 4
    body = [f"<h1>{esc(org)}</h1>",
            "<p class=sub>Piano della performance 2025-2027 – Allegato 2: albero degli obiettivi e degli "
            "indicatori</p>",
            "<p class=intro>Per ciascuna area è indicata la rilevanza sul totale dell'ente; per gli obiettivi "
            "strategici e operativi e per gli indicatori la rilevanza è espressa rispetto al livello superiore. "
            "Il valore di partenza è il dato consuntivo dell'esercizio 2024; il segno N/D o il trattino indicano "
            "un dato non disponibile.</p>"]
    nodes, inds = [], []
    for acode, atitle, aw, sts in tree:
        body.append(f"<h2>Area {acode} – {esc(atitle)}</h2><p class=rw>Rilevanza dell'area: {aw}</p>")
        nodes.append(node(acode, "area", atitle, weight=aw))
        rows = [hdr]
        z = 0
        for scode, stitle, sw, ops in sts:
            rows.append("<tr class=st>" + td(scode, "c") + td(stitle, "t") + td(sw, "w") + blank4
                        + "<td class=o></td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for ocode, otitle, ow, owner, ilist in ops:
                rows.append("<tr class=op>" + td(ocode, "c") + td(otitle, "t") + td(ow, "w") + blank4
                            + td(owner, "o") + "</tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[owner]))
                for iname, unit, base, tg, iw in ilist:
                    z += 1
                    rows.append(f"<tr class='in{' z' if z % 2 == 0 else ''}'><td class=c></td>" + td(iname, "t")
                                + td(iw, "w") + td(base, "v") + "".join(td(x, "v") for x in tg)
                                + "<td class=o></td></tr>")
                    inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2024, base)],
                                    targets=list(zip(Y, tg))))
        body.append(f"<table>{''.join(rows)}</table>")
    body.append("<p class=intro style='margin-top:4mm'>Gli obiettivi operativi sono assegnati ai responsabili "
                "delle strutture con il Piano esecutivo di gestione.</p>")
    h = html_page3("\n".join(body), css, landscape=True, margin="14mm 12mm 13mm 12mm",
                   bottom_center='"– " counter(page) " –"', hf_font='8pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.unambitious", "Segnalazioni di dissesto verificate con sopralluogo entro 10 giorni",
                   "indicator of A.1.b: baseline 2024 is 93,5% but the 2025 target is only ≥ 90% (higher is better)")]
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds, fnd)
    genre_readme(d, name, "plan", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Serif 8 pt, BORDERLESS (only two brown rules above and below each header row) with zebra
fill on every other indicator row. A small-caps title (the union of municipalities), an italic subtitle
`Piano della performance 2025-2027 – Allegato 2: …` and a paragraph. Areas are DOCUMENT HEADINGS outside any table:
`Area A – Territorio, ambiente e protezione civile` (truth code `A`, title after the dash) followed by a line
`Rilevanza dell'area: 40%` (truth area weight). Under each area one table `Cod. | Obiettivo / Indicatore |
Rilevanza | Valore di partenza (2024) | Obiettivo atteso 2025 | Obiettivo atteso 2026 | Obiettivo atteso 2027 |
Struttura responsabile`. Its header is an ORDINARY first row (no thead): the table of area C breaks right after its
header row, which stays alone at the foot of page 1, while all its rows continue on page 2 WITHOUT a header. Strategic objectives are bold rows (`A.1`), operational objectives italic
indented rows (`A.1.a`, with the responsible structure in the last column: truth node owners), indicator rows carry
NO code (name indented further). One `Rilevanza` column holds the weight at every level (each sibling group sums to
100%). Long titles wrap inside their cells. Footer `– n –`.
""", ["header synonyms `Rilevanza`, `Valore di partenza (2024)`, `Obiettivo atteso <year>`",
      "areas as headings outside the tables, area weight on its own line",
      "codes `A`, `A.1`, `A.1.b`; indicators without code",
      "page break inside a table WITHOUT repeated header (header row is not a thead)",
      "borderless zebra, landscape, serif 8 pt, wrapped long cells",
      "targets `>= 4`, `≥ 95%`, `<= 5 gg`, `<= -3,5 gg`, `>= 19,0 km`, `>= 1.200.000,00 €`, "
      "`entro il 30/06/2025`, `SI` (baseline `NO`); baseline `-` for a date indicator",
      "mixed operator styles across indicators (`>=` and `≥`), never within one indicator",
      "counts without unit (truth unit null); `km` kept as printed"],
                 ["`target.unambitious` on the indicator `Segnalazioni di dissesto verificate con sopralluogo entro "
                  "10 giorni` (objective A.1.b, no code: subject is its name): baseline 2024 `93,5%`, first target "
                  "2025 `≥ 90%` — easier than the value already reached"])
    return name


def plan_lo():
    name = "gen7-plan-lo-1"
    org = "Azienda pubblica di servizi alla persona Villa dei Tigli"
    Y = [2026, 2027, 2028]
    # strategic (code, title, weight fraction) -> operational (code, title, weight fraction)
    # -> indicators (code, name, formula, weight fraction, unit, baseline value, baseline fmt, targets)
    tree = [
        ("OS.1", "Qualità dell'assistenza e centralità della persona accolta", 0.3334, [
            ("OP.1.1", "Personalizzare i piani assistenziali individualizzati degli ospiti della residenza", 0.6, [
                ("KPI_01", "Piani assistenziali individualizzati rivalutati entro 180 giorni",
                 "PAI_rival_180 / PAI_attivi", 0.5, "%", 0.874, "0.0%", ["≥ 90,0%", "≥ 92,0%", "≥ 95,0%"]),
                ("KPI_02", "Cadute con esito di lesione ogni 1.000 giornate di degenza",
                 "N_cadute_les / GG_degenza * 1000", 0.3, None, 0.42, "0.00", ["≤ 0,40", "≤ 0,38", "≤ 0,35"]),
                ("KPI_03", "Familiari soddisfatti dell'assistenza nell'indagine annuale",
                 "N_giudizi_pos / N_questionari", 0.2, "%", 0.81, "0%", ["≥ 82%", "≥ 84%", "≥ 85%"])]),
            ("OP.1.2", "Sviluppare le attività di animazione e di socializzazione con il territorio", 0.4, [
                ("KPI_04", "Ore settimanali di animazione per ospite", "Ore_anim_sett / N_ospiti", 0.6, None, 1.8,
                 "0.0", [">= 2,0", ">= 2,2", ">= 2,5"]),
                ("KPI_05", "Iniziative aperte alla cittadinanza organizzate nella struttura", "N_iniz_aperte",
                 0.4, None, 9, "#,##0", [">= 10", ">= 11", ">= 12"])])]),
        ("OS.2", "Sostenibilità economica e valorizzazione del patrimonio", 0.3333, [
            ("OP.2.1", "Ridurre il costo dei servizi di supporto senza ridurre la qualità", 0.5, [
                ("KPI_06", "Costo dei servizi di pulizia e lavanderia per giornata di presenza",
                 "Costo_pul_lav / GG_presenza", 0.5, "EUR", 11.46, '#,##0.00 "€"',
                 ["≤ 11,20 €", "≤ 11,00 €", "≤ 10,80 €"]),
                ("KPI_07", "Tasso di occupazione dei posti letto accreditati", "GG_presenza / GG_disponibili", 0.5,
                 "%", 0.962, "0.0%", ["≥ 96,5%", "≥ 97,0%", "≥ 97,0%"])]),
            ("OP.2.2", "Mettere a reddito il patrimonio immobiliare non utilizzato per fini istituzionali", 0.5, [
                ("KPI_08", "Canoni di locazione incassati sul patrimonio disponibile", "Canoni_incassati", 0.7,
                 "EUR", 148250.0, '#,##0.00 "€"', ["≥ 150.000,00 €", "≥ 155.000,00 €", "≥ 160.000,00 €"]),
                ("KPI_09", "Alloggi sfitti assegnati tramite avviso pubblico", "N_alloggi_assegn", 0.3, None, 2,
                 "#,##0", [">= 3", ">= 3", ">= 4"])])]),
        ("OS.3", "Benessere organizzativo, formazione e trasparenza", 0.3333, [
            ("OP.3.1", "Rafforzare le competenze del personale di assistenza", 0.7, [
                ("KPI_10", "Ore di formazione per operatore socio-sanitario", "Ore_form_OSS / N_OSS", 0.6, None,
                 14.5, "0.0", [">= 16,0", ">= 18,0", ">= 20,0"]),
                ("KPI_11", "Tasso di assenza per malattia del personale dipendente",
                 "GG_malattia / GG_lavorabili", 0.4, "%", 0.067, "0.0%", ["≤ 6,5%", "≤ 6,0%", "≤ 5,5%"])]),
            ("OP.3.2", "Garantire la pubblicazione tempestiva dei dati in Amministrazione trasparente", 0.3, [
                ("KPI_12", "Tempo medio di pubblicazione dei provvedimenti", "GG_pubbl / N_provv", 1.0, "gg",
                 6.0, '0" gg"', ["≤ 5 gg", "≤ 4 gg", "≤ 3 gg"])])])]
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    from openpyxl.styles import Border, Side
    S = xl_styles()
    ln = Side(style="thin", color="404040")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    F = "Liberation Sans Narrow"
    f9, f9b = font(F, 9), font(F, 9, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano 2026-2028"
    widths(ws, [26, 8, 28, 7, 8, 30, 24, 9, 11, 11, 11, 11])
    xl_put(ws, 1, 1, org, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Obiettivi strategici, obiettivi operativi e indicatori",
           font=font(F, 10, italic=True), wrap=False)
    xl_put(ws, 3, 1, "Pesi espressi in percentuale sul livello superiore; il valore storico è il consuntivo 2025.",
           font=font(F, 8, italic=True, color="555555"), wrap=False)
    heads = ["Obiettivo strategico", "Peso", "Obiettivo operativo", "Peso", "Cod.", "Indicatore", "Algoritmo",
             "Incidenza", "Valore storico 2025", "Target 2026", "Target 2027", "Target 2028"]
    HR = 5
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="4B3A6B", border=grid,
               halign="center", valign="center")
    r = HR + 1
    nodes, inds = [], []
    breaks = []
    for si, (scode, stitle, sw, ops) in enumerate(tree):
        if si == 2:
            breaks.append(r - 1)
        s0 = r
        nodes.append(node(scode, "strategic", stitle, weight=it_pct(sw, 2)))
        for ocode, otitle, ow, ilist in ops:
            o0 = r
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=it_pct(ow, 0)))
            for code, iname, fml, iw, unit, bv, bfmt, tg in ilist:
                xl_put(ws, r, 5, code, font=f9, border=grid)
                xl_put(ws, r, 6, iname, font=f9, border=grid)
                xl_put(ws, r, 7, fml, font=font(F, 8), border=grid)
                xl_put(ws, r, 8, iw, font=f9, border=grid, fmt="0%", halign="center")
                xl_put(ws, r, 9, bv, font=f9, border=grid, fmt=bfmt, halign="center")
                for k, t in enumerate(tg):
                    xl_put(ws, r, 10 + k, t, font=f9, border=grid, halign="center")
                braw = disp(bv, bfmt)
                inds.append(ind(iname, ocode, code=code, unit=unit, weight=it_pct(iw, 0), formula=fml,
                                variables=vars9(fml), baselines=[(2025, braw)], targets=list(zip(Y, tg))))
                r += 1
            xl_put(ws, o0, 3, f"{ocode} – {otitle}", font=f9, border=grid)
            xl_put(ws, o0, 4, ow, font=f9, border=grid, fmt="0%", halign="center")
            if r - 1 > o0:
                ws.merge_cells(start_row=o0, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=o0, start_column=4, end_row=r - 1, end_column=4)
            xl_box(ws, o0, 3, r - 1, 4, grid)
        xl_put(ws, s0, 1, f"{scode} – {stitle}", font=f9b, border=grid, fill="E4DDF0")
        xl_put(ws, s0, 2, sw, font=f9b, border=grid, fmt="0.00%", halign="center", fill="E4DDF0")
        ws.merge_cells(start_row=s0, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=s0, start_column=2, end_row=r - 1, end_column=2)
        xl_box(ws, s0, 1, r - 1, 2, grid)
    xl_put(ws, r + 1, 1, "Legenda: ≥ / >= valore minimo da raggiungere; ≤ valore massimo ammesso.",
           font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR, r - 1, pt=9, narrow=1.15)
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.45)
    d = case_dir(name)
    src = os.path.join(d, "plan.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Sans Narrow 9 pt, ruled grid, white-on-purple header row repeated on page 2 (print
titles; a manual page break before `OS.3`). Three title lines (the agency, `Piano della performance 2026-2028 – …`, an
italic note saying the history value is the 2025 actual). One table whose TREE IS SPREAD OVER COLUMNS:
`Obiettivo strategico | Peso | Obiettivo operativo | Peso | Cod. | Indicatore | Algoritmo | Incidenza |
Valore storico 2025 | Target 2026 | Target 2027 | Target 2028`. The strategic objective (`OS.1 – title`, bold, lilac)
and its weight are MERGED DOWN over all its indicator rows; the operational objective (`OP.1.2 – title`) and its
weight are merged down over its own indicator rows. Weights are NUMBER cells: strategic with format `0.00%`
(0.3334 → `33,34%`, two thirds `33,33%`), operational and indicator (`Incidenza`) with `0%`. History values are number
cells with formats `0.0%` (`87,4%`), `0%`, `0.00` (`0,42`), `0.0`, `#,##0`, `#,##0.00 "€"` (`148.250,00 €`) and
`0" gg"` (`6 gg`). Targets are text cells (`≥ 90,0%`, `≤ 0,40`, `>= 2,0`, `≤ 11,20 €`, `≤ 5 gg`). Truth: strategic
level `strategic`, operational `operational` (parent the strategic code), titles after the en dash; baseline year
2025; formulas over measure codes.
""", ["tree levels as merged columns to the LEFT of the indicator columns, each with its own weight column",
      "header synonyms `Incidenza`, `Valore storico 2025`, `Algoritmo`",
      "codes `OS.1`, `OP.1.2`, `KPI_07`",
      "weights as fractions with `0.00%` and `0%` number formats; thirds 33,34 + 33,33 + 33,33 = 100",
      "history values as number cells in several formats including `#,##0.00 \"€\"` and `0\" gg\"`",
      "page break between strategic objectives WITH repeated header",
      "landscape, ruled, Liberation Sans Narrow (condensed)"], [])
    return name


def disp(v, fmt):
    """A number as LibreOffice shows it with one of the formats used here, in an Italian locale."""
    from common9 import it_num
    if fmt == "0.0%":
        return it_num(v * 100, 1, group=False) + "%"
    if fmt == "0%":
        return it_num(v * 100, 0, group=False) + "%"
    if fmt == "0.00":
        return it_num(v, 2, group=False)
    if fmt == "0.0":
        return it_num(v, 1, group=False)
    if fmt == "#,##0":
        return it_num(v, 0)
    if fmt == '#,##0.00 "€"':
        return it_num(v, 2) + " €"
    if fmt == '0" gg"':
        return it_num(v, 0, group=False) + " gg"
    raise ValueError(fmt)


def it_pct(x, dec):
    from common9 import it_pct as p
    return p(x, dec)


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        print(plan_chromium())
    if "lo" in which:
        print(plan_lo())
