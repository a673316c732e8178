#!/usr/bin/python3
"""Family: weights in points. LibreOffice: a secretary-general's evaluation form on a 10-point scale,
points as NUMBER cells whose formats print the word (`0.0 "punti"` → `5,7 punti`, a conditional
`[=1]0 "PUNTO";0.0 "punti"` → `1 PUNTO`), borderless. Chromium: an ASP's objectives as boxed cards, the
objective's points in the card heading (`— peso 30 punti`) and each indicator's points in a column."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, lo_pdf, node,  # noqa: E402
                     q, write_readme, write_truth, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def unione():
    name = "fam3-points-lo-1"
    org = "Unione dei Comuni della Val Fredda"
    Y = 2025
    ambiti = [
        ("1", "PERFORMANCE ORGANIZZATIVA DELL'ENTE", 5.7, [
            ("1.1", "Approvazione del PIAO e della relazione sulla performance nei termini di legge", 2.5, [
                ("Approvazione del PIAO", "entro il 31.01.2025", "date"),
                ("Validazione della relazione sulla performance", "entro il 30.06.2025", "date")]),
            ("1.2", "Riduzione dei tempi medi di pagamento delle fatture commerciali", 1.2, [
                ("Indicatore annuale di tempestività dei pagamenti", "<= 0 giorni", "gg")]),
            ("1.3", "Attuazione delle misure del piano anticorruzione", 1, [
                ("Misure attuate sul totale delle misure programmate", "=100%", "%")]),
        ]),
        ("2", "OBIETTIVI INDIVIDUALI", 2.8, [
            ("2.1", "Coordinamento della transizione al sistema gestionale associato dei servizi finanziari e del "
                    "personale", 1.8, [
                ("Comuni dell'Unione migrati al nuovo gestionale", "= 6", "N."),
                ("Personale amministrativo formato sul nuovo gestionale", "> 95%", "%")]),
            ("2.2", "Revisione del regolamento di organizzazione degli uffici e dei servizi", 1, [
                ("Approvazione del regolamento in Giunta", "entro il 30.09.2025", "date")]),
        ]),
        ("3", "COMPORTAMENTI ORGANIZZATIVI", 1.5, [
            ("3.1", "Capacità di coordinamento e di motivazione dei collaboratori", 1.5, [
                ("Valutazione del Presidente dell'Unione", "≥ Buono", "text")]),
        ]),
    ]
    FMT_A = '0.0 "punti"'
    FMT_O = '[=1]0 "PUNTO";0.0 "punti"'

    def pts(v):
        return "1 PUNTO" if v == 1 else it_num(v, 1) + " punti"

    import openpyxl
    S = xl_styles()
    Font, Border, Side = S["Font"], S["Border"], S["Side"]
    fn = "DejaVu Serif"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    line = Border(bottom=Side(style="thin", color="7F7F7F"))
    thick = Border(top=Side(style="medium", color="000000"), bottom=Side(style="medium", color="000000"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scheda SG"
    for col, w in zip("ABCD", [46, 38, 20, 13]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Scheda di assegnazione degli obiettivi e di valutazione – anno {Y}",
           font=Font(name=fn, size=10.5), wrap=False)
    xl_put(ws, 3, 1, "Valutato: Segretario generale, Dott.ssa Marta Guidotti", font=f_n, wrap=False)
    xl_put(ws, 4, 1, "Valutatore: Nucleo di valutazione associato", font=f_n, wrap=False)
    xl_put(ws, 5, 1, "Il punteggio complessivo è espresso in decimi; ogni ambito ha un punteggio massimo, ripartito tra "
                     "gli obiettivi che lo compongono.", font=Font(name=fn, size=8.5, italic=True), wrap=False)
    head = ["Ambito / Obiettivo", "Indicatore", f"Risultato atteso {Y}", "Punteggio massimo"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 7, c, v, font=f_b, border=thick, halign="center" if c > 2 else None, valign="center")
    r = 8
    nodes, inds = [], []
    for acode, atitle, apts, objs in ambiti:
        xl_put(ws, r, 1, f"AMBITO {acode} – {atitle}", font=f_b, fill="E2EFDA", border=line)
        for c in (2, 3):
            xl_put(ws, r, c, None, fill="E2EFDA", border=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        xl_put(ws, r, 4, apts, font=f_b, fill="E2EFDA", border=line, fmt=FMT_A, halign="right")
        nodes.append(node(acode, "area", atitle, weight=pts(apts)))
        r += 1
        for ocode, otitle, opts, ilist in objs:
            first = r
            for iname, tgt, unit in ilist:
                xl_put(ws, r, 2, iname, font=f_n, border=line)
                xl_put(ws, r, 3, tgt, font=f_n, border=line, halign="center")
                inds.append(ind(iname, ocode, unit=unit, targets=[(Y, tgt)]))
                r += 1
            xl_put(ws, first, 1, f"{ocode} {otitle}", font=f_n, border=line)
            xl_put(ws, first, 4, opts, font=f_n, border=line, fmt=FMT_O, halign="right")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
                for rr in range(first, r):
                    ws.cell(row=rr, column=1).border = line
                    ws.cell(row=rr, column=4).border = line
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=pts(opts)))
    xl_put(ws, r, 1, "TOTALE", font=f_b, border=thick)
    for c in (2, 3):
        xl_put(ws, r, c, None, border=thick)
    xl_put(ws, r, 4, 10, font=f_b, border=thick, fmt='0 "punti"', halign="right")
    xl_fit_rows(ws, 7, r, pt=9, narrow=0.95)
    xl_put(ws, r + 3, 1, "Firma del valutato ______________________", font=f_n, wrap=False)
    xl_put(ws, r + 3, 3, "Il Nucleo di valutazione ______________________", font=f_n, wrap=False)
    xl_page(ws, landscape=False)
    ws.page_margins.top, ws.page_margins.header = 0.9, 0.35
    ws.oddHeader.right.text = f"{org} – anno {Y}"
    ws.oddHeader.right.size = 7
    ws.oddFooter.center.text = "Pagina &P"
    ws.oddFooter.center.size = 7
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "weight.sum", "1", "the objectives of AMBITO 1 weigh 2,5 + 1,2 + 1 = 4,7 punti against the ambito's 5,7 punti "
                           "(the ambiti themselves sum to the 10 punti of the total)")])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, DejaVu Serif 9, borderless (thick rules around the header and
the total, a grey line under each row). A secretary-general's form: title, `Valutato: …`, `Valutatore: …`, an italic
line saying the score is in tenths. Table `Ambito / Obiettivo | Indicatore | Risultato atteso 2025 | Punteggio
massimo`. Green band rows `AMBITO 1 – PERFORMANCE ORGANIZZATIVA DELL'ENTE` carry the ambito's maximum; objective rows
`1.1 title` (merged over their indicator rows) carry their own. Points are NUMBER cells whose format prints the word:
`0.0 "punti"` (5.7 → `5,7 punti`) and the conditional `[=1]0 "PUNTO";0.0 "punti"` (1 → `1 PUNTO`, 2.5 → `2,5 punti`);
the total (`0 "punti"`) prints `10 punti`. Scale of 10 (ambiti 5,7 + 2,8 + 1,5). Signature lines under the table;
running header (body, year) and footer `Pagina n`. Truth: ambiti level `area` (code `1`, title after the dash),
objectives `operational` with parent the ambito code, weight raw as displayed (`5,7 punti`, `1 PUNTO`); indicators
carry no weight; targets of 2025 as printed (`entro il 31.01.2025`, `<= 0 giorni`, `=100%`, `≥ Buono`).
""", "Workbook written with openpyxl by `tools/samples3/fam3_points.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); points are number cells with custom formats, all else text.",
                 ["points on a 10-point scale with one decimal (`5,7 punti`)",
                  "`1 PUNTO` produced by a conditional number format", "borderless, serif, signature lines",
                  "ordinal target `≥ Buono`, date targets `entro il 31.01.2025`"],
                 ["`weight.sum` on `1`: objectives of AMBITO 1 weigh 2,5 + 1,2 + 1 = 4,7 punti against its 5,7 punti"])


def asp():
    name = "fam3-points-chromium-2"
    org = "Azienda Pubblica di Servizi alla Persona Giardino dei Tigli"
    Y = 2025
    objs = [
        ("1", "Qualità dell'assistenza agli ospiti", "30 punti", [
            ("Ospiti con piano assistenziale individualizzato aggiornato ogni sei mesi", "=100%", "10 punti", "%"),
            ("Cadute con esito di frattura ogni 1.000 giornate di presenza", "<= 0,5", "10 punti", "N."),
            ("Familiari soddisfatti dell'assistenza (indagine annuale)", ">= 85%", "10 punti", "%")]),
        ("2", "Sostenibilità economica della gestione", "25 punti", [
            ("Tasso di occupazione dei posti letto accreditati", ">= 97%", "15 punti", "%"),
            ("Rette riscosse entro 90 giorni dall'emissione", "> 95%", "9 punti", "%"),
            ("Adozione del regolamento per il recupero dei crediti", "entro il 31.03.2025", "1 PUNTO", "date")]),
        ("3", "Sviluppo delle competenze del personale", "20 punti", [
            ("Ore di formazione per dipendente", ">= 20 ore", "12 punti", "ore"),
            ("Tasso di assenza per malattia", "<= 6%", "8 punti", "%")]),
        ("4", "Trasparenza e digitalizzazione dei servizi", "25 punti", [
            ("Obblighi di pubblicazione assolti", "=100%", "5 punti", "%"),
            ("Cartella socio-sanitaria informatizzata attiva in tutti i nuclei", "SI", "15 punti", "text"),
            ("Domande di ingresso presentate online", "=60%", "5 punti", "%")]),
    ]
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; color: #5b2c6f; } h2 { font-size: 10.5pt; font-weight: normal; margin: 0 0 4mm 0; }
p { text-align: justify; }
div.card { border: 1pt solid #5b2c6f; margin: 5mm 0; break-inside: avoid; }
div.card div.hd { background: #e8daef; padding: 2.5mm 3mm; font-weight: bold; font-size: 10pt; }
div.card table { border-collapse: collapse; width: 100%; }
div.card th { text-align: left; font-size: 8.3pt; color: #5b2c6f; border-bottom: 0.6pt solid #5b2c6f; padding: 2pt 3mm; }
div.card td { padding: 2pt 3mm; border-bottom: 0.3pt dotted #aaa; vertical-align: top; }
td.p, th.p { text-align: right; width: 24mm; } td.t, th.t { width: 38mm; }
p.tot { font-weight: bold; font-size: 10.5pt; border-top: 1.5pt solid #5b2c6f; padding-top: 2mm; }"""
    h = [f"<h1>{esc(org)}</h1>", f"<h2>Piano della performance {Y} – Obiettivi del Direttore e relativi punteggi</h2>",
         "<p>Gli obiettivi assegnati al Direttore per l'anno sono riportati di seguito in forma di scheda. Il peso di "
         "ciascun obiettivo è espresso in punti sul totale di 100; i punti di ciascun obiettivo sono ripartiti tra i "
         "suoi indicatori e sono riconosciuti per intero al raggiungimento del valore obiettivo, in proporzione negli "
         "altri casi secondo quanto previsto dal sistema di misurazione e valutazione.</p>"]
    nodes, inds = [], []
    for code, title, opts, ilist in objs:
        h.append(f"<div class=card><div class=hd>Obiettivo {code} — {esc(title)} — peso {opts}</div><table><thead><tr>"
                 f"<th>Indicatore</th><th class=t>Valore obiettivo {Y}</th><th class=p>Punti</th></tr></thead><tbody>")
        nodes.append(node(code, "operational", title, weight=opts))
        for iname, tgt, ipts, unit in ilist:
            h.append(f"<tr><td>{esc(iname)}</td><td class=t>{esc(tgt)}</td><td class=p>{ipts}</td></tr>")
            inds.append(ind(iname, code, unit=unit, weight=ipts, targets=[(Y, tgt)]))
        h.append("</tbody></table></div>")
    h.append("<p class=tot>Totale punteggio disponibile: 100 punti</p>")
    h.append("<p>Approvato con deliberazione del Consiglio di amministrazione n. 4 del 2025-01-28.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="16mm 15mm 16mm 15mm", top_left=q(org),
                            bottom_right='"Pag. " counter(page) " di " counter(pages)', hf_font='7.5pt "DejaVu Sans"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans 9.2 pt. Title, subtitle, a paragraph explaining the 100-point scale. Each
objective is a boxed CARD: a shaded heading line `Obiettivo 1 — Qualità dell'assistenza agli ospiti — peso 30 punti`
(code, title and weight in one line, separated by em dashes), then a small borderless table `Indicatore | Valore
obiettivo 2025 | Punti` with each indicator's share of the objective's points (`10 punti`, `9 punti`, `1 PUNTO`). The
indicators' points sum to their objective's, the objectives' to 100 (30 + 25 + 20 + 25), and a closing bold line prints
`Totale punteggio disponibile: 100 punti`; an ISO date `2025-01-28` in the approval line (not a value). Running header
(body) and footer `Pag. n di N`; cards never split. Truth: objectives `operational` (code `1`, title between the dashes,
parent null), weight raw `30 punti`; indicator weights as printed (`1 PUNTO`); targets of 2025.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_points.py`.",
                 ["objectives as boxed cards, weight inside the heading `— peso 30 punti`",
                  "points at indicator level in a `Punti` column, summing to the objective's", "`1 PUNTO`",
                  "header synonym `Valore obiettivo 2025`", "prose before, approval line after"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        unione()
    if "chromium" in which:
        asp()
