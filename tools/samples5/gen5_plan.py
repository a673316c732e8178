#!/usr/bin/python3
"""Genre: plan. Two cases:
- gen5-plan-chromium-1: a university's PIAO annex, landscape, borderless with zebra shading, columns in an unusual
  order (weight and targets BEFORE the objective/indicator text), targets in words (`non inferiore a`, `almeno`,
  `entro il`), running header and `Pagina n di N`; fault target.declining.
- gen5-plan-xlsx-1: a comune's workbook kept as .xlsx: cover sheet, data sheet with a 5-row title block, two-row merged
  header (`Valore di partenza` over 2024|2025, `Target` over 2026|2027|2028), empty spacer columns, frozen panes,
  number cells with formats (`0%`, `0.0%`, `#,##0`, `#,##0.00 "€"`, dates), a totals row, a notes sheet; clean.
Content is invented."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import (case_dir, chromium_pdf, doc, esc, eur, finding, genre_readme, grp, html_page3, ind, node,  # noqa: E402
                     pct, q, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

UM = {"%": "%", "numero": "N.", "giorni": "gg", "euro": "EUR", "data": "date", "ore": "ore", "rapporto": "rapporto"}


def plan_chromium():
    name = "gen5-plan-chromium-1"
    org = "Università degli Studi di Valdiserra"
    Y = [2026, 2027, 2028]
    # area -> strategic (weight) -> operational (weight, owner) -> indicators
    # indicator: (code, name, weight, U.M., baseline 2025, [targets 2026..2028])
    tree = [
        ("A", "Didattica e servizi agli studenti", [
            ("A.1", "Migliorare la regolarità delle carriere e ridurre gli abbandoni", "60%", [
                ("A.1.1", "Potenziare il tutorato disciplinare nei corsi del primo anno", "50%",
                 "Area Didattica e Servizi agli Studenti", [
                     ("DID_01", "Studenti del primo anno con almeno 40 CFU acquisiti", "60%", "%", "58,3%",
                      ["non inferiore a 59%", "non inferiore a 60%", "non inferiore a 61%"]),
                     ("DID_02", "Ore di tutorato disciplinare erogate", "40%", "ore", "1.840",
                      ["almeno 1.900", "almeno 1.950", "almeno 2.000"])]),
                ("A.1.2", "Semplificare le procedure di immatricolazione", "50%", "Ufficio Carriere Studenti", [
                     ("DID_03", "Tempo medio di perfezionamento dell'immatricolazione", "50%", "giorni", "6",
                      ["non superiore a 5", "non superiore a 5", "non superiore a 4"]),
                     ("DID_04", "Immatricolazioni gestite interamente in modalità telematica", "50%", "%", "N/D",
                      ["almeno 90%", "almeno 95%", "almeno 98%"])])]),
            ("A.2", "Rafforzare l'internazionalizzazione della didattica", "40%", [
                ("A.2.1", "Ampliare l'offerta formativa in lingua inglese e la mobilità degli studenti", "100%",
                 "Ufficio Relazioni Internazionali", [
                     ("DID_05", "Corsi di laurea magistrale erogati in lingua inglese", "33,33%", "numero", "7",
                      ["almeno 8", "almeno 9", "almeno 10"]),
                     ("DID_06", "Studenti in mobilità Erasmus+ in uscita", "33,33%", "numero", "398",
                      ["almeno 430", "almeno 420", "almeno 410"]),
                     ("DID_07", "CFU conseguiti all'estero sul totale dei CFU degli studenti regolari", "33,34%", "%",
                      "3,1%", ["non inferiore a 3,5%", "non inferiore a 4%", "non inferiore a 4,5%"])])])]),
        ("B", "Ricerca e terza missione", [
            ("B.1", "Accrescere la qualità della produzione scientifica", "50%", [
                ("B.1.1", "Sostenere i giovani ricercatori con bandi competitivi interni", "60%",
                 "Area Ricerca e Trasferimento Tecnologico", [
                     ("RIC_01", "Progetti finanziati con il bando interno Giovani ricercatori", "50%", "numero", "14",
                      ["almeno 15", "almeno 16", "almeno 18"]),
                     ("RIC_02", "Pubblicazioni in riviste di fascia A per docente", "50%", "rapporto", "1,8",
                      ["non inferiore a 1,9", "non inferiore a 2,0", "non inferiore a 2,1"])]),
                ("B.1.2", "Migliorare la partecipazione ai bandi competitivi europei", "40%", "Grant Office", [
                     ("RIC_03", "Proposte progettuali presentate su bandi Horizon Europe", "100%", "numero", "37",
                      ["almeno 40", "almeno 42", "almeno 45"])])]),
            ("B.2", "Valorizzare i risultati della ricerca sul territorio", "50%", [
                ("B.2.1", "Accompagnare la nascita di spin-off accademici, la tutela brevettuale dei risultati della "
                          "ricerca e la stipula di contratti di ricerca commissionata con le imprese, gli enti locali "
                          "e le associazioni di categoria del territorio regionale", "100%",
                 "Ufficio Trasferimento Tecnologico e Terza Missione", [
                     ("TM_01", "Domande di brevetto depositate a titolarità dell'Ateneo", "40%", "numero", "5",
                      ["almeno 6", "almeno 6", "almeno 7"]),
                     ("TM_02", "Entrate da contratti di ricerca commissionata e prestazioni conto terzi, al netto "
                               "delle quote destinate al fondo comune di Ateneo e dei rimborsi delle spese "
                               "sostenute dai dipartimenti per la strumentazione", "60%", "euro", "€ 1.240.000",
                      ["non inferiore a € 1.300.000", "non inferiore a € 1.350.000", "non inferiore a € 1.400.000"])])])]),
        ("C", "Organizzazione e sostenibilità", [
            ("C.1", "Semplificare e digitalizzare i processi amministrativi", "70%", [
                ("C.1.1", "Completare la dematerializzazione dei flussi documentali dell'Ateneo, dalla protocollazione "
                          "informatica alla conservazione a norma dei fascicoli del personale, delle carriere degli "
                          "studenti e dei contratti, con l'integrazione tra il sistema di gestione documentale e gli "
                          "applicativi gestionali di contabilità e di gestione delle carriere", "50%",
                 "Area Sistemi Informativi", [
                     ("AMM_01", "Decreti rettorali e direttoriali firmati digitalmente", "50%", "%", "87%",
                      ["non inferiore a 95%", "non inferiore a 97%", "non inferiore a 99%"]),
                     ("AMM_02", "Aggiornamento annuale del piano di conservazione documentale", "50%", "data", "-",
                      ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"])]),
                ("C.1.2", "Ridurre i tempi di pagamento dei fornitori", "50%", "Area Bilancio e Contabilità", [
                     ("AMM_03", "Indicatore annuale di tempestività dei pagamenti", "100%", "giorni", "4",
                      ["non superiore a 0", "non superiore a 0", "non superiore a 0"])])]),
            ("C.2", "Promuovere il benessere organizzativo e la parità di genere", "30%", [
                ("C.2.1", "Attuare il Gender Equality Plan di Ateneo", "100%", "Comitato Unico di Garanzia", [
                     ("AMM_04", "Azioni del Gender Equality Plan avviate", "60%", "numero", "in corso",
                      ["almeno 4", "almeno 6", "almeno 8"]),
                     ("AMM_05", "Personale tecnico-amministrativo formato sui temi della parità", "40%", "%", "22%",
                      ["non inferiore a 30%", "non inferiore a 40%", "non inferiore a 50%"])])])]),
    ]
    css = """body { font-family: "Liberation Serif", serif; font-size: 8pt; color: #111; }
h1 { font-size: 12pt; margin: 0 0 1mm 0; font-weight: normal; letter-spacing: 0.5pt; }
p.sub { font-size: 10pt; margin: 0 0 1mm 0; font-weight: bold; }
p.intro { font-size: 8.5pt; margin: 0 0 4mm 0; max-width: 230mm; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th { font-weight: bold; text-align: left; padding: 2.5pt 3pt; vertical-align: bottom; border-bottom: 0.8pt solid #333; }
td { padding: 2pt 3pt; vertical-align: top; }
tr.ar td { font-weight: bold; font-size: 9pt; padding-top: 6pt; color: #5b1a1a; }
tr.st td { font-weight: bold; background: #e9e2d0; }
tr.op td { font-style: italic; font-weight: bold; }
tr.in:nth-child(even) td { background: #f2f2f2; }
td.c { width: 15mm; } td.w { width: 16mm; text-align: right; } td.t { width: 26mm; }
td.n { width: 78mm; } td.u { width: 13mm; } td.b { width: 18mm; text-align: right; } td.r { width: 36mm; }"""
    head = ("<thead><tr><th>Codice</th><th style='text-align:right'>Ponderazione</th>"
            + "".join(f"<th>Target {y}</th>" for y in Y)
            + "<th>Obiettivo / Indicatore</th><th>U.M.</th><th style='text-align:right'>Dato storico 2025</th>"
              "<th>Struttura responsabile</th></tr></thead>")
    rows, nodes, inds = [], [], []

    def tr(cls, c, w, t, n, u="", b="", r=""):
        ts = "".join(f"<td class=t>{esc(x)}</td>" for x in t) if t else "<td class=t></td>" * 3
        rows.append(f"<tr class={cls}><td class=c>{esc(c)}</td><td class=w>{esc(w)}</td>{ts}<td class=n>{esc(n)}</td>"
                    f"<td class=u>{esc(u)}</td><td class=b>{esc(b)}</td><td class=r>{esc(r)}</td></tr>")

    for acode, atitle, sts in tree:
        tr("ar", acode, "", None, atitle.upper())
        nodes.append(node(acode, "area", atitle.upper()))
        for scode, stitle, sw, ops in sts:
            tr("st", scode, sw, None, stitle)
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for ocode, otitle, ow, owner, ilist in ops:
                tr("op", ocode, ow, None, otitle, r=owner)
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[owner]))
                for icode, iname, iw, um, base, tg in ilist:
                    tr("in", icode, iw, tg, iname, um, base)
                    inds.append(ind(iname, ocode, code=icode, unit=UM[um], weight=iw, baselines=[(2025, base)],
                                    targets=list(zip(Y, tg))))
    body = (f"<h1>{esc(org.upper())}</h1>"
            "<p class=sub>Piano Integrato di Attività e Organizzazione 2026-2028 – Sezione Performance – "
            "Allegato 2: obiettivi e indicatori</p>"
            "<p class=intro>Il prospetto riporta, per ciascuna area strategica, gli obiettivi strategici e operativi "
            "con la relativa ponderazione, i target del triennio e il dato storico dell'ultimo anno disponibile.</p>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class=intro style='margin-top:4mm'>N/D: dato non disponibile. Il target dell'indicatore AMM_03 è "
            "espresso in giorni di ritardo medio ponderato rispetto alla scadenza.</p>")
    h = html_page3(body, css, landscape=True, margin="15mm 11mm 14mm 11mm",
                   top_left=q(org), top_right=q("PIAO 2026-2028 – Allegato 2"),
                   bottom_right='"Pagina " counter(page) " di " counter(pages)', hf_font='7.5pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("target.declining", "DID_06",
                   "Studenti in mobilità Erasmus+ in uscita (higher is better): targets almeno 430, almeno 420, "
                   "almeno 410 get easier each year")]
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds, fnd)
    genre_readme(d, name, "plan", "HTML printed to PDF by Chromium headless.", f"""
Landscape A4, Liberation Serif 8 pt, two title lines in the page and a short paragraph, then ONE borderless table
(only a rule under the header, header repeated on each page by `thead`) with zebra shading on the indicator rows.
The columns are in an unusual order: `Codice | Ponderazione | Target 2026 | Target 2027 | Target 2028 |
Obiettivo / Indicatore | U.M. | Dato storico 2025 | Struttura responsabile` (weight and targets BEFORE the text).
Area rows print `A` and the area title in capitals (`DIDATTICA E SERVIZI AGLI STUDENTI`, truth title as
printed), strategic rows (`A.1`, shaded, bold) and operational rows (`A.1.1`, bold italic, with the
responsible structure = node owners) carry their weight under `Ponderazione`; indicator rows carry a code
(`DID_01`), weight, three targets, unit in words and the 2025 value. Running header (the university, `PIAO
2026-2028 – Allegato 2`) and footer `Pagina n di N`. Two pages; the row of the long operational objective `C.1.1` BREAKS
across the page boundary: two lines of its title at the foot of page 1, the other four lines on page 2 under the
repeated header (truth title: all lines joined with one space). Long titles wrap over up to six lines
(`B.2.1`, `TM_02`, whose targets also wrap: `non inferiore a €` / `1.300.000`).
""", ["columns in unusual order: weight and targets before the indicator name",
      "header synonyms `Ponderazione`, `Dato storico 2025`, `Struttura responsabile`",
      "targets in words: `non inferiore a 59%`, `almeno 1.900`, `non superiore a 5`, `entro il 30/06/2026`, "
      "`non inferiore a € 1.300.000`",
      "units in words in `U.M.` (`numero` → N., `giorni` → gg, `euro` → EUR, `data` → date; `ore`, `rapporto` as printed)",
      "baselines `N/D`, `-`, `in corso`",
      "thirds `33,33%` + `33,33%` + `33,34%`",
      "borderless, zebra, landscape, Liberation Serif 8 pt, running header and `Pagina n di N`",
      "area rows with an uppercase title and no weight",
      "a table row split by the page break (title continued on page 2 under the repeated header)"],
        ["`target.declining` on `DID_06`: Studenti in mobilità Erasmus+ in uscita, targets `almeno 430`, "
         "`almeno 420`, `almeno 410` (higher is better) get easier each year"])
    return name


def plan_xlsx():
    from openpyxl import Workbook
    name = "gen5-plan-xlsx-1"
    org = "Comune di Roccafiorita"
    Y = [2026, 2027, 2028]
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    D = datetime.datetime
    # indicator: (name, weight, um, (b2024, b2025), (t2026, t2027, t2028)); values are (value, number_format) or text
    P0, P1, N0, E2, DT = "0%", "0.0%", "#,##0", '#,##0.00 "€"', "DD/MM/YYYY"
    GE = '"≥ "0%'
    tree = [
        ("1", "Roccafiorita sicura e vivibile", 0.35, [
            ("1.a", "Presidiare il territorio con la\npolizia locale di prossimità", 0.6, "Dott. Marco Gentilini", [
                ("Ore di servizio esterno della polizia locale", 0.5, "n.", ((3120, N0), (3260, N0)),
                 ("≥ 3.300", "≥ 3.350", "≥ 3.400")),
                ("Segnalazioni dei cittadini evase entro 10 giorni", 0.5, "%", ((0.712, P1), (0.748, P1)),
                 ((0.8, GE), (0.82, GE), (0.85, GE)))]),
            ("1.b", "Riqualificare l'illuminazione pubblica", 0.4, "Ing. Laura Benvenuti", [
                ("Punti luce sostituiti con lampade a LED", 0.7, "n.", ((210, N0), (385, N0)),
                 ("≥ 500", "≥ 620", "≥ 700")),
                ("Risparmio sulla spesa per energia elettrica", 0.3, "€", ((18500, E2), (24300.5, E2)),
                 ((30000, E2), (35000, E2), (40000, E2)))])]),
        ("2", "Servizi alla persona e alla famiglia", 0.4, [
            ("2.a", "Ampliare i posti disponibili negli asili nido comunali", 0.5, "Dott.ssa Elena Rastelli", [
                ("Posti nido autorizzati", 0.6, "n.", ((48, N0), (52, N0)), ("≥ 60", "≥ 60", "≥ 66")),
                ("Domande in lista d'attesa al 30 settembre", 0.4, "n.", ((31, N0), (27, N0)),
                 ("≤ 20", "≤ 15", "≤ 10"))]),
            ("2.b", "Rafforzare l'assistenza domiciliare agli anziani", 0.5, "Dott.ssa Elena Rastelli", [
                ("Utenti seguiti con assistenza domiciliare", 0.5, "n.", ((94, N0), (101, N0)),
                 ("≥ 105", "≥ 110", "≥ 115")),
                ("Tempo medio di attivazione del servizio", 0.5, "gg", ((19, N0), (16, N0)),
                 ("≤ 15", "≤ 14", "≤ 12"))])]),
        ("3", "Un Comune semplice e trasparente", 0.25, [
            ("3.a", "Digitalizzare le pratiche edilizie e i servizi\ndello sportello unico", 0.5, "Arch. Paolo Ferraresi", [
                ("Pratiche edilizie presentate on line", 0.6, "%", ((0.55, P1), (0.812, P1)),
                 ((0.9, GE), (0.95, GE), (1, GE))),
                ("Pubblicazione della carta dei servizi dello sportello unico", 0.4, "data", ("-", "-"),
                 ((D(2026, 6, 30), DT), (D(2027, 6, 30), DT), (D(2028, 6, 30), DT)))]),
            ("3.b", "Contrastare l'evasione dei tributi locali", 0.5, "Dott. Giulio Manfredini", [
                ("Somme accertate per IMU e TARI non versate", 1.0, "€", ((412000, E2), (438950.75, E2)),
                 ((450000, E2), (460000, E2), (470000, E2)))])]),
    ]
    UMX = {"n.": "N.", "%": "%", "gg": "gg", "€": "EUR", "data": "date"}

    def disp(v):
        if isinstance(v, str):
            return v
        x, f = v
        if f == N0:
            return grp(x)
        if f == P0:
            return pct(x, 0)
        if f == P1:
            return pct(x, 1)
        if f == GE:
            return "≥ " + pct(x, 0)
        if f == E2:
            return eur(x)
        if f == DT:
            return x.strftime("%d/%m/%Y")
        raise ValueError(f)

    wb = Workbook()
    cv = wb.active
    cv.title = "Presentazione"
    cv.column_dimensions["A"].width = 100
    prose = [
        (org.upper(), Font(name="Liberation Sans", size=14, bold=True)),
        ("Piano Integrato di Attività e Organizzazione 2026-2028", Font(name="Liberation Sans", size=12, bold=True)),
        ("", None),
        ("Il presente file contiene gli obiettivi strategici e operativi della sottosezione Performance del PIAO. "
         "Gli obiettivi strategici discendono dalle linee programmatiche di mandato; a ciascuno sono collegati "
         "obiettivi operativi assegnati ai responsabili di settore, con indicatori e valori attesi per il triennio.",
         Font(name="Liberation Sans", size=10)),
        ("I pesi degli obiettivi operativi sono espressi in percentuale dell'obiettivo strategico di appartenenza; "
         "i pesi degli indicatori in percentuale dell'obiettivo operativo.", Font(name="Liberation Sans", size=10)),
        ("Foglio 'Obiettivi': prospetto degli obiettivi. Foglio 'Note': note metodologiche.",
         Font(name="Liberation Sans", size=10, italic=True)),
    ]
    for i, (t, f) in enumerate(prose, 1):
        xl_put(cv, i, 1, t, font=f)
    xl_fit_rows(cv, 1, len(prose), pt=10)
    xl_page(cv)

    ws = wb.create_sheet("Obiettivi")
    widths = {"A": 8, "B": 50, "C": 2, "D": 8, "E": 7, "F": 13, "G": 13, "H": 2, "I": 13, "J": 13, "K": 13, "L": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    f9 = Font(name="Liberation Sans", size=9)
    fb = Font(name="Liberation Sans", size=9, bold=True)
    xl_put(ws, 1, 1, org.upper(), font=Font(name="Liberation Sans", size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Provincia di Valtorta", font=Font(name="Liberation Sans", size=10, italic=True), wrap=False)
    xl_put(ws, 3, 1, "Piano Integrato di Attività e Organizzazione 2026-2028", font=Font(name="Liberation Sans", size=11, bold=True), wrap=False)
    xl_put(ws, 4, 1, "Sottosezione 2.2 – Performance: obiettivi strategici e operativi", font=f9, wrap=False)
    xl_put(ws, 5, 1, "Approvato con deliberazione della Giunta comunale n. 18 del 29/01/2026", font=f9, wrap=False)
    hdr = "D9D9D9"
    for c, t in ((1, "Codice"), (2, "Obiettivo / Indicatore"), (4, "Peso"), (5, "U.M."), (12, "Dirigente")):
        xl_put(ws, 7, c, t, font=fb, fill=hdr, border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    xl_put(ws, 7, 6, "Valore di partenza", font=fb, fill=hdr, border=grid, halign="center")
    ws.merge_cells("F7:G7")
    xl_put(ws, 7, 9, "Target", font=fb, fill=hdr, border=grid, halign="center")
    ws.merge_cells("I7:K7")
    for c, y in zip((6, 7, 9, 10, 11), (2024, 2025, 2026, 2027, 2028)):
        xl_put(ws, 8, c, y, font=fb, fill=hdr, border=grid, halign="center")
    xl_box(ws, 7, 1, 8, 2, grid)
    xl_box(ws, 7, 4, 8, 7, grid)
    xl_box(ws, 7, 9, 8, 12, grid)
    r = 9
    nodes, inds = [], []
    for scode, stitle, sw, ops in tree:
        xl_put(ws, r, 1, scode, font=fb, fill="FCE4D6", border=grid)
        xl_put(ws, r, 2, stitle, font=fb, fill="FCE4D6", border=grid)
        xl_put(ws, r, 4, sw, font=fb, fill="FCE4D6", border=grid, fmt=P0, halign="right")
        for c in (5, 6, 7, 9, 10, 11, 12):
            xl_put(ws, r, c, None, fill="FCE4D6", border=grid)
        nodes.append(node(scode, "strategic", stitle, weight=pct(sw)))
        r += 1
        for ocode, otitle, ow, boss, ilist in ops:
            xl_put(ws, r, 1, ocode, font=fb, border=grid)
            xl_put(ws, r, 2, otitle, font=fb, border=grid)
            xl_put(ws, r, 4, ow, font=fb, border=grid, fmt=P0, halign="right")
            xl_put(ws, r, 12, boss, font=f9, border=grid)
            for c in (5, 6, 7, 9, 10, 11):
                xl_put(ws, r, c, None, border=grid)
            nodes.append(node(ocode, "operational", otitle.replace("\n", " "), parent=scode, weight=pct(ow),
                              owners=[boss]))
            r += 1
            for iname, iw, um, bases, tgs in ilist:
                xl_put(ws, r, 1, None, border=grid)
                xl_put(ws, r, 2, iname, font=f9, border=grid, indent=2)
                xl_put(ws, r, 4, iw, font=f9, border=grid, fmt=P0, halign="right")
                xl_put(ws, r, 5, um, font=f9, border=grid, halign="center")
                for c, v in zip((6, 7, 9, 10, 11), list(bases) + list(tgs)):
                    if isinstance(v, str):
                        xl_put(ws, r, c, v, font=f9, border=grid, halign="right")
                    else:
                        xl_put(ws, r, c, v[0], font=f9, border=grid, halign="right", fmt=v[1])
                xl_put(ws, r, 12, None, border=grid)
                inds.append(ind(iname, ocode, unit=UMX[um], weight=pct(iw),
                                baselines=[(2024, disp(bases[0])), (2025, disp(bases[1]))],
                                targets=list(zip(Y, [disp(t) for t in tgs]))))
                r += 1
    xl_put(ws, r, 2, "Totale pesi obiettivi strategici", font=fb, border=grid, halign="right")
    xl_put(ws, r, 4, 1.0, font=fb, border=grid, fmt=P0, halign="right")
    last = r
    xl_fit_rows(ws, 7, last, pt=9)
    ws.freeze_panes = "C9"
    xl_page(ws, landscape=True, title_rows="7:8")
    ws.oddFooter.center.text = "Pagina &P di &N"
    nt = wb.create_sheet("Note")
    nt.column_dimensions["A"].width = 110
    notes = ["Note metodologiche",
             "1. Il valore di partenza è il dato consuntivo al 31 dicembre dell'anno indicato; il trattino indica "
             "un dato non rilevato.",
             "2. Per gli indicatori espressi in euro il target è il valore minimo da conseguire nell'anno.",
             "3. I target espressi come data indicano il termine entro il quale l'attività deve essere conclusa."]
    for i, t in enumerate(notes, 1):
        xl_put(nt, i, 1, t, font=fb if i == 1 else f9)
    xl_fit_rows(nt, 1, len(notes), pt=9)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", "openpyxl workbook (the workbook is the input).", """
Three sheets: `Presentazione` (the Comune, the PIAO title and three paragraphs of prose, no table), `Obiettivi`
(the data) and `Note` (numbered methodological notes). The data sheet opens with a five-row title block (the Comune
in capitals, `Provincia di Valtorta`, the PIAO title, `Sottosezione 2.2 – Performance…`, an approval line with a date),
an empty row, then a two-row header: `Codice | Obiettivo / Indicatore | · | Peso | U.M. | Valore di partenza
(2024 | 2025) | · | Target (2026 | 2027 | 2028) | Dirigente`, where `·` are narrow EMPTY spacer columns, and
`Valore di partenza` and `Target` are merged bands over their year sub-headers (years as number cells); the other
header cells are merged down over both rows. Panes frozen under the header (C9). Strategic objective rows (`1`, shaded,
bold) and operational rows (`1.a`, bold, with the `Dirigente` = node owners) carry a weight; indicator rows (no code,
name indented) carry weight, unit, two baselines and three targets. A last row `Totale pesi obiettivi strategici |
100%` closes the table (not a node). Two operational titles contain a line break inside the cell (truth: joined with
one space).
""", ["workbook kept as .xlsx with a cover sheet and a notes sheet around the data sheet",
      "5-row title block; two-row header with merged `Valore di partenza` and `Target` bands; empty spacer columns C and H",
      "frozen panes; print titles 7:8; footer `Pagina &P di &N`",
      "weights as number cells `0%` (0.35 → `35%`); baselines `0.0%` (`74,8%`), `#,##0` (`3.260`), "
      "`#,##0.00 \"€\"` (`24.300,50 €`)",
      "percentage targets as number cells with the custom format `\"≥ \"0%` (0.8 → `≥ 80%`); other targets text "
      "(`≥ 3.300`, `≤ 15`); euro targets as number cells without operator (`450.000,00 €`); date targets as "
      "date cells `DD/MM/YYYY` (`30/06/2026`)",
      "baselines `-` (text) for a milestone indicator",
      "codes `1` / `1.a`; indicators without codes; units `n.` → N., `€` → EUR, `data` → date",
      "a totals row of the strategic weights; cell line breaks in titles"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "xlsx"]
    if "chromium" in which:
        print(plan_chromium())
    if "xlsx" in which:
        print(plan_xlsx())
