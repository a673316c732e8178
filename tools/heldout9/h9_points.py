#!/usr/bin/python3
"""h9-points-lo-1: a regional student-support agency's director objectives weighted in points, workbook printed
by LibreOffice. Content invented. Clean case. See the case README for the layout."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import LO, case_dir, doc, ind, node, readme, write_truth, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h9-points-lo-1"
ORG = "Ente Regionale per il Diritto allo Studio Universitario di Valmarina"
Y = 2026

AREAS = [
    ("A", "PERFORMANCE ORGANIZZATIVA DELL'ENTE", 30, [
        ("A.1", "Erogare le borse di studio entro i termini del bando", "12 PUNTI", [
            ("Borse erogate entro il 31 dicembre sul totale degli idonei", "%", "91,2%", "≥ 95%"),
            ("Tempo medio di pagamento della prima rata dalla graduatoria definitiva", "gg", "68 gg", "≤ 60 gg"),
        ]),
        ("A.2", "Garantire la disponibilità dei posti alloggio nelle residenze", "10 PUNTI", [
            ("Posti letto disponibili all'avvio dell'anno accademico", "N.", "1.380", "≥ 1.450"),
        ]),
        ("A.3", "Migliorare la soddisfazione degli studenti per il servizio di ristorazione", "8 PUNTI", [
            ("Giudizi positivi nell'indagine annuale di gradimento", "%", "76%", "≥ 80%"),
        ]),
    ]),
    ("B", "OBIETTIVI INDIVIDUALI DEL DIRETTORE", 60, [
        ("B.1", "Completare la ristrutturazione della residenza universitaria di via Lunga", "25 PUNTI", [
            ("Certificato di fine lavori", "date", "-", "entro il 30/09/2026"),
        ]),
        ("B.2", "Attivare la piattaforma unica per le domande di benefici", "20 PUNTI", [
            ("Domande presentate tramite la nuova piattaforma sul totale", "%", "-", "≥ 90%"),
        ]),
        ("B.3", "Ridurre i tempi di pagamento dei fornitori", "14 PUNTI", [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "4 gg", "≤ 0 gg"),
        ]),
        ("B.4", "Aggiornare il regolamento per l'accesso ai servizi abitativi", "1 PUNTO", [
            ("Approvazione del nuovo regolamento da parte del Consiglio di amministrazione", "date", "-", "entro il 31/03/2026"),
        ]),
    ]),
    ("C", "TRASPARENZA E PREVENZIONE DELLA CORRUZIONE", 10, [
        ("C.1", "Assicurare il rispetto degli obblighi di pubblicazione", "6 PUNTI", [
            ("Obblighi di pubblicazione assolti nei termini", "%", "97%", "100%"),
        ]),
        ("C.2", "Formare il personale sui rischi corruttivi dei processi a rischio elevato", "4 PUNTI", [
            ("Dipendenti assegnati ai processi a rischio elevato formati nell'anno", "%", "72%", "≥ 85%"),
        ]),
    ]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Scheda obiettivi 2026"
    F = "DejaVu Sans"
    rule = Border(bottom=Side(style="thin", color="9E9E9E"))
    strong = Border(top=Side(style="medium", color="2E4057"), bottom=Side(style="medium", color="2E4057"))
    for col, w in zip("ABCDEF", [6, 38, 42, 11, 15, 11]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=11, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Scheda di assegnazione degli obiettivi al Direttore generale – anno {Y}", font=Font(name=F, size=9),
           wrap=False)
    xl_put(ws, 3, 1, "Sistema di valutazione a punteggio: totale 100 punti, ripartiti tra le aree come indicato.",
           font=Font(name=F, size=8, italic=True), wrap=False)
    heads = ["Cod.", "Obiettivo", "Indicatore", "Situazione 2025", f"Risultato atteso {Y}", "Punti"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, 5, c, h, font=Font(name=F, size=8, bold=True), border=strong, valign="center",
               halign="right" if c >= 4 else None)
    r = 6
    bands = []
    nodes, inds = [], []
    f = Font(name=F, size=8)
    for ac, at, pts, objs in AREAS:
        xl_put(ws, r, 1, f"{ac}. {at}", font=Font(name=F, size=8.5, bold=True, color="FFFFFF"), fill="2E4057", wrap=False)
        for c in range(2, 6):
            xl_put(ws, r, c, None, fill="2E4057")
        xl_put(ws, r, 6, f"peso {pts} punti", font=Font(name=F, size=8.5, bold=True, color="FFFFFF"), fill="2E4057",
               halign="right", wrap=False)
        nodes.append(node(ac, "area", at, weight=f"{pts} punti"))
        bands.append(r)
        r += 1
        for oc, ot, op, ks in objs:
            start = r
            for kn, um, base, tg in ks:
                xl_put(ws, r, 3, kn, font=f, border=rule)
                xl_put(ws, r, 4, base, font=f, border=rule, halign="right")
                xl_put(ws, r, 5, tg, font=f, border=rule, halign="right")
                inds.append(ind(kn, oc, unit=um, baselines=[] if base == "-" else [(2025, base)], targets=[(Y, tg)]))
                r += 1
            xl_put(ws, start, 1, oc, font=Font(name=F, size=8, bold=True), border=rule)
            xl_put(ws, start, 2, ot, font=f, border=rule)
            xl_put(ws, start, 6, op, font=Font(name=F, size=8, bold=True), border=rule, halign="right")
            if r - 1 > start:
                for c in (1, 2, 6):
                    ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
                    for rr in range(start, r):
                        ws.cell(row=rr, column=c).border = rule
            nodes.append(node(oc, "operational", ot, parent=ac, weight=op))
    xl_put(ws, r, 1, "TOTALE", font=Font(name=F, size=8.5, bold=True), border=strong)
    for c in range(2, 6):
        xl_put(ws, r, c, None, border=strong)
    xl_put(ws, r, 6, "100 punti", font=Font(name=F, size=8.5, bold=True), border=strong, halign="right")
    xl_put(ws, r + 2, 1, "Il punteggio di ciascun obiettivo è attribuito per intero al raggiungimento del risultato atteso.",
           font=Font(name=F, size=7, italic=True), wrap=False)
    xl_fit_rows(ws, 6, r - 1, pt=8, line=1.3)
    for b in bands:
        ws.row_dimensions[b].height = 16
    xl_page(ws, landscape=False, title_rows="5:5", margins=0.5)
    ws.oddFooter.left.text = f"Scheda obiettivi {Y}"
    ws.oddFooter.right.text = "Pag. &P"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, [Y], kind="unknown")], nodes, inds)
    readme(d, NAME, "Family: **weights in points**", LO.format(script="h9_points.py"), f"""
Portrait A4, DejaVu Sans 8 pt, printed by LibreOffice on one page; NO vertical rules: a medium rule above and below
the header and the total, thin grey rules under the rows. Title (the agency), `Scheda di assegnazione degli obiettivi
al Direttore generale – anno {Y}`, an italic line saying the total is 100 points. Header `Cod. | Obiettivo |
Indicatore | Situazione 2025 | Risultato atteso {Y} | Punti`. Each area is a dark band with white text: left
`A. PERFORMANCE ORGANIZZATIVA DELL'ENTE`, right (in the Punti column) `peso 30 punti`; areas 30 + 60 + 10 = 100.
Objective rows `A.1 | <title> | <indicator> | … | 12 PUNTI` (points in capitals, singular `1 PUNTO`), code, title
and points merged down when an objective has two indicators; objectives of an area sum to the area's points. A final
row `TOTALE | 100 punti`. Indicators have no weights; targets `≥ 95%`, `≤ 0 gg`, `entro il 30/09/2026`, `100%`;
`-` where no 2025 value exists. Footer left `Scheda obiettivi {Y}`, right `Pag. n`. Truth: areas level `area`
(code `A`, weight raw `30 punti`: `peso` is a label), objectives `operational` (weight raw `12 PUNTI`), indicators
uncoded with baseline 2025 (when printed) and target {Y}.
""", [
        "input: `input.pdf`", "points at two levels, area points in the band's last cell with the label `peso`",
        "upper-case `PUNTI` / singular `1 PUNTO` for objectives, lower-case `punti` for areas",
        "horizontal rules only", "individual objectives of a director (60 of 100 points)",
    ], [])


if __name__ == "__main__":
    main()
