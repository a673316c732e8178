#!/usr/bin/python3
"""gen9-plan-lo-1: a comune's plan 2025-2027 written as a workbook and printed by LibreOffice. Landscape, DejaVu Sans
Condensed, DOTTED grid; areas coded `01.` with a trailing dot and NO weight; strategic `01.02` and operational
`01.02.03` objectives weighted by `Incidenza` (summing to 100% only inside their parent); indicators WITHOUT codes and
WITHOUT weights (the document weighs only objectives); history `Valore storico 2022` / `Valore storico 2023` (years
well before the plan, 2024 missing) as number cells; `Risultato atteso 2025/2026/2027` as text with `≥`,
`minore o uguale a`, `SI`, `entro il`, flat targets; `CdR` last; header repeated after a manual break. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (LO_XLSX, case_dir, disp12, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "gen9_plan.py"
ORG = "Comune di Rocca San Vitale"
Y = [2025, 2026, 2027]
B = [2022, 2023]

# area (code as printed, title) -> strategic (code, title, incidenza) -> operational (code, title, incidenza, CdR)
# -> indicator (name, U.M. as printed, unit, (b2022, b2023) as (value, fmt) or text, (t25, t26, t27))
TREE = [
    ("01.", "SERVIZI ALLA PERSONA E ALLA COMUNITÀ", [
        ("01.01", "Rafforzare la rete dei servizi educativi per la prima infanzia", "60%", [
            ("01.01.01", "Ampliare i posti disponibili negli asili nido comunali", "33,33%",
             "Settore Servizi educativi", [
                 ("Posti nido autorizzati per 100 bambini residenti di età 0-2 anni", "%", "%",
                  ((0.284, "0.0%"), (0.297, "0.0%")), ("≥ 31%", "≥ 33%", "≥ 35%")),
                 ("Domande di iscrizione in lista d'attesa al 30 settembre", "n.", "N.",
                  ((46, "#,##0"), (41, "#,##0")), ("≤ 35", "≤ 30", "≤ 25"))]),
            ("01.01.02", "Estendere l'orario di apertura dei servizi educativi nel periodo estivo", "33,33%",
             "Settore Servizi educativi", [
                 ("Settimane di apertura estiva dei nidi comunali", "n.", "N.", ((4, "#,##0"), (4, "#,##0")),
                  ("≥ 6", "≥ 6", "≥ 6"))]),
            ("01.01.03", "Digitalizzare le iscrizioni e i pagamenti delle rette", "33,34%", "Settore Servizi educativi", [
                ("Attivazione del portale unico delle iscrizioni on line", "data", "date", ("n.d.", "n.d."),
                 ("entro il 30/06/2025", "entro il 30/06/2025", "entro il 30/06/2025")),
                ("Rette pagate tramite pagoPA sul totale delle rette riscosse", "%", "%",
                 ((0.612, "0.0%"), (0.705, "0.0%")), ("≥ 80%", "≥ 90%", "≥ 95%"))])]),
        ("01.02", "Sostenere l'autonomia delle persone anziane e con disabilità", "40%", [
            ("01.02.01", "Ridurre i tempi di presa in carico per l'assistenza domiciliare", "70%",
             "Settore Politiche sociali", [
                 ("Tempo medio tra domanda e avvio dell'assistenza domiciliare", "gg", "gg",
                  ((38, '0" gg"'), (34, '0" gg"')),
                  ("minore o uguale a 30 gg", "minore o uguale a 28 gg", "minore o uguale a 25 gg")),
                 ("Utenti over 75 seguiti con piano assistenziale individualizzato", "n.", "N.",
                  ((212, "#,##0"), (236, "#,##0")), ("≥ 240", "≥ 250", "≥ 260"))]),
            ("01.02.02", "Attivare lo sportello unico per l'amministratore di sostegno", "30%",
             "Settore Politiche sociali", [
                 ("Sportello attivo con apertura settimanale", "SI/NO", "text", ("–", "–"), ("SI", "SI", "SI"))])])]),
    ("02.", "TERRITORIO, AMBIENTE E MOBILITÀ", [
        ("02.01", "Migliorare la qualità del servizio di igiene urbana", "100%", [
            ("02.01.01", "Aumentare la raccolta differenziata dei rifiuti urbani", "50%",
             "Settore Ambiente e verde pubblico", [
                 ("Percentuale di raccolta differenziata", "%", "%", ((0.668, "0.0%"), (0.691, "0.0%")),
                  ("≥ 72%", "≥ 74%", "≥ 76%")),
                 ("Segnalazioni di abbandono rifiuti risolte entro 5 giorni lavorativi", "%", "%",
                  ((0.81, "0%"), (0.84, "0%")), ("≥ 90%", "≥ 90%", "≥ 90%"))]),
            ("02.01.02", "Riqualificare le aree verdi dei quartieri periferici", "25%", "Settore Ambiente e verde pubblico", [
                ("Superficie di verde pubblico riqualificata nell'anno", "mq", "mq",
                 ((4200, "#,##0"), (5150, "#,##0")), ("≥ 6.000 mq", "≥ 6.500 mq", "≥ 7.000 mq"))]),
            ("02.01.03", "Ridurre i tempi di rilascio dei permessi di costruire", "25%",
             "Settore Urbanistica ed edilizia privata", [
                 ("Tempo medio di rilascio del permesso di costruire", "gg", "gg", ((92, '0" gg"'), (85, '0" gg"')),
                  ("minore o uguale a 75 gg", "minore o uguale a 70 gg", "minore o uguale a 70 gg"))])])]),
    ("03.", "MACCHINA COMUNALE E BILANCIO", [
        ("03.01", "Garantire la sostenibilità finanziaria dell'ente", "50%", [
            ("03.01.01", "Accelerare la riscossione delle entrate tributarie", "60%", "Settore Finanze e tributi", [
                ("Capacità di riscossione della TARI di competenza", "%", "%", ((0.774, "0.0%"), (0.789, "0.0%")),
                 ("≥ 80%", "≥ 82%", "≥ 84%")),
                ("Avvisi di accertamento IMU emessi", "euro", "EUR",
                 ((612000, '#,##0.00 "€"'), (655400, '#,##0.00 "€"')),
                 ("≥ 680.000,00 €", "≥ 700.000,00 €", "≥ 720.000,00 €"))]),
            ("03.01.02", "Rispettare i tempi di pagamento dei fornitori", "40%", "Settore Finanze e tributi", [
                ("Indicatore annuale di tempestività dei pagamenti", "gg", "gg", ((-3, '0" gg"'), (-5, '0" gg"')),
                 ("minore o uguale a -5 gg", "minore o uguale a -6 gg", "minore o uguale a -7 gg"))])]),
        ("03.02", "Semplificare l'accesso dei cittadini ai servizi comunali", "50%", [
            ("03.02.01", "Estendere i servizi on line dello sportello anagrafico", "100%",
             "Settore Servizi demografici", [
                 ("Certificati anagrafici rilasciati on line sul totale", "%", "%", ((0.42, "0%"), (0.51, "0%")),
                  ("≥ 55%", "≥ 60%", "≥ 65%")),
                 ("Tempo medio di attesa per il rilascio della carta d'identità elettronica", "gg", "gg",
                  ((27, '0" gg"'), (21, '0" gg"')), ("≤ 20 gg", "≤ 15 gg", "≤ 15 gg"))])])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "gen9-plan-lo-1"
    F = "DejaVu Sans Condensed"
    dot = Side(style="dotted", color="505050")
    grid = Border(left=dot, right=dot, top=dot, bottom=dot)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2025-2027"
    widths(ws, [8, 30, 8, 32, 5, 9, 9, 13, 13, 13, 17])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione – Piano della performance 2025-2027", font=font(F, 10, bold=True),
           wrap=False)
    xl_put(ws, 3, 1, "L'incidenza esprime il peso dell'obiettivo rispetto all'obiettivo o all'ambito di livello "
           "superiore. Gli indicatori non sono ponderati.", font=font(F, 8, italic=True), wrap=False)
    heads = ["Codice", "Obiettivo", "Incidenza", "Indicatore", "U.M.", "Valore storico 2022", "Valore storico 2023",
             "Risultato atteso 2025", "Risultato atteso 2026", "Risultato atteso 2027", "CdR"]
    HR = 5
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 8, bold=True, color="FFFFFF"), fill="5B3A29", border=grid,
               halign="center", valign="center")
    ws.row_dimensions[HR].height = 26
    r = HR + 1
    nodes, inds, breaks = [], [], []
    f8 = font(F, 8)
    zebra = ["FFFFFF", "F4EEE8"]
    for acode, atitle, sts in TREE:
        if acode == "03.":
            breaks.append(r - 1)
        xl_put(ws, r, 1, acode, font=font(F, 9, bold=True), fill="D9C7B8", border=grid)
        xl_put(ws, r, 2, atitle, font=font(F, 9, bold=True), fill="D9C7B8", border=grid, wrap=False)
        for c in range(3, 12):
            xl_put(ws, r, c, None, fill="D9C7B8", border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        acode_t = acode.rstrip(".")
        nodes.append(node(acode_t, "area", atitle))
        r += 1
        for scode, stitle, sw, ops in sts:
            xl_put(ws, r, 1, scode, font=font(F, 8.5, bold=True), fill="EFE6DD", border=grid)
            xl_put(ws, r, 2, stitle, font=font(F, 8.5, bold=True), fill="EFE6DD", border=grid)
            xl_put(ws, r, 3, sw, font=font(F, 8.5, bold=True), fill="EFE6DD", border=grid, halign="center")
            for c in range(4, 12):
                xl_put(ws, r, c, None, fill="EFE6DD", border=grid)
            nodes.append(node(scode, "strategic", stitle, parent=acode_t, weight=sw))
            r += 1
            for k, (ocode, otitle, ow, cdr, ilist) in enumerate(ops):
                fill = zebra[k % 2]
                o0 = r
                for iname, um, unit, base, tg in ilist:
                    xl_put(ws, r, 4, iname, font=f8, fill=fill, border=grid)
                    xl_put(ws, r, 5, um, font=f8, fill=fill, border=grid, halign="center")
                    braws = []
                    for j, b in enumerate(base):
                        if isinstance(b, tuple):
                            xl_put(ws, r, 6 + j, b[0], font=f8, fill=fill, border=grid, fmt=b[1], halign="center")
                            braws.append(disp12(b[0], b[1]))
                        else:
                            xl_put(ws, r, 6 + j, b, font=f8, fill=fill, border=grid, halign="center")
                            braws.append(b)
                    for j, t in enumerate(tg):
                        xl_put(ws, r, 8 + j, t, font=f8, fill=fill, border=grid, halign="center")
                    inds.append(ind(iname, ocode, unit=unit, baselines=list(zip(B, braws)),
                                    targets=list(zip(Y, tg))))
                    r += 1
                for c, v in ((1, ocode), (2, otitle), (3, ow), (11, cdr)):
                    xl_put(ws, o0, c, v, font=f8, fill=fill, border=grid, halign="center" if c == 3 else None)
                    for rr in range(o0 + 1, r):
                        xl_put(ws, rr, c, None, fill=fill, border=grid)
                    if r - 1 > o0:
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[cdr]))
    xl_put(ws, r + 1, 1, "n.d. = dato non disponibile (attività avviata nel 2025); – = non applicabile. Valori "
           "storici: rendiconti della gestione 2022 e 2023.", font=font(F, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=8, narrow=1.1)
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.45)
    ws.oddFooter.right.text = "pag. &P"
    ws.oddHeader.left.text = "PEG-Piano della performance 2025-2027"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="piano")
    write_truth(d, [doc(ORG, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans Condensed 8 pt, a DOTTED grid on every cell, brown header row with white text, repeated on
each page (print titles), a manual page break before area `03.`. Three title lines (the comune in capitals, `Piano
esecutivo di gestione – Piano della performance 2025-2027`, an italic note saying that `Incidenza` weighs an objective
against its parent and that indicators are NOT weighted). One table `Codice | Obiettivo | Incidenza | Indicatore |
U.M. | Valore storico 2022 | Valore storico 2023 | Risultato atteso 2025 | Risultato atteso 2026 | Risultato atteso
2027 | CdR`. Areas are tan band rows whose code is printed WITH A TRAILING DOT (`01.`) and whose title is merged over
the rest of the row; they carry no weight. Strategic objectives (`01.02`) are light bold rows with their `Incidenza`;
operational objectives (`01.02.01`) have code, title, incidenza and CdR merged down over their indicator rows,
alternating white/beige. Indicators have no code and no weight. History values are number cells (`0.0%`, `0%`,
`#,##0`, `0" gg"`, `#,##0.00 "€"`) or `n.d.` / `–` text; targets are text. Footer `pag. n`, running header on the
left. Truth: areas `area` (code without the dot, no weight), strategic objectives parent = area, operational parent =
strategic with owners = [CdR]; indicators weight null, baselines 2022 and 2023, targets 2025-2027.
""", ["areas coded `01.` (trailing dot) without weight; weights only on objectives, summing to 100% only within "
      "their parent (strategic 60% + 40% inside area 01, operational 33,33% + 33,33% + 33,34%)",
      "indicators without codes and without weights in a document that weighs only objectives",
      "baselines of years well before the plan (2022, 2023; 2024 missing), `n.d.` and `–` baselines",
      "targets that stay flat (`≥ 6` three times, `≥ 90%` three times, the same date three times, `SI`)",
      "`minore o uguale a 30 gg` → `28 gg` → `25 gg` (going down as a ≤ target should), negative days "
      "(`minore o uguale a -5 gg`)",
      "header synonyms `Incidenza`, `Valore storico`, `Risultato atteso`, `CdR`, `U.M.`",
      "dotted grid, condensed font, merged objective cells, manual break with the header repeated"], [])
    return name


if __name__ == "__main__":
    print(build())
