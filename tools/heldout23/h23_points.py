#!/usr/bin/python3
"""h23-points-lo-1: weights in points (family) of a professional order's plan 2025, a workbook printed by LibreOffice.
The `Punti` column sits in the MIDDLE (between objective and indicator); area points are written WORD FIRST at the
end of the area band (`AREA A – … · punti 40`); the 100-point total is only in the title block; horizontal rules
only. One fault: weight.sum on area `C` (10 + 8 + 5 = 23 of 25 points). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (LO_XLSX, case_dir23, doc, finding, font, ind, lo_pdf_of, node, readme13, widths,  # noqa
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "h23_points.py"
NAME = "h23-points-lo-1"
ORG = "Ordine degli Ingegneri della Provincia di Alto Sannio"
YEAR = 2025
UNIT = lambda t: ("gg" if "gg" in t else "%" if "%" in t else "date" if "entro" in t else "text"
                  if t in ("SI", "NO") else "N.")

# area code, title, points, [(code, title, points, office, [(indicator, target)])]
AREAS = [
    ("A", "FUNZIONAMENTO DELL'ORDINE E TRASPARENZA", "punti 40", [
        ("A.1", "Ridurre i tempi di iscrizione all'Albo", "15 punti", "Segreteria – Ufficio Albo", [
            ("Tempo medio di delibera delle domande di iscrizione", "≤ 30 gg"),
            ("Domande di iscrizione presentate con la piattaforma online", "≥ 80%")]),
        ("A.2", "Aggiornare la sezione Amministrazione trasparente del sito istituzionale", "12 punti",
         "Responsabile prevenzione corruzione e trasparenza", [
             ("Obblighi di pubblicazione aggiornati nei termini", "100%"),
             ("Relazione annuale del RPCT pubblicata", "entro il 15.12.2025")]),
        ("A.3", "Rinnovare il sistema di protocollo informatico e gestione documentale", "12 punti",
         "Segreteria generale", [("Migrazione dell'archivio al nuovo protocollo completata", "entro il 30.09.2025")]),
        ("A.4", "Adottare il regolamento sul diritto di accesso civico e documentale", "1 PUNTO",
         "Segreteria generale", [("Regolamento approvato dal Consiglio dell'Ordine", "SI")])]),
    ("B", "FORMAZIONE PROFESSIONALE CONTINUA", "punti 35", [
        ("B.1", "Ampliare l'offerta di corsi e seminari accreditati", "15 punti", "Ufficio Formazione", [
            ("Corsi e seminari accreditati organizzati dall'Ordine", "≥ 40"),
            ("Crediti formativi professionali erogati agli iscritti", "≥ 6.500")]),
        ("B.2", "Verificare l'assolvimento dell'obbligo formativo del triennio", "12 punti", "Ufficio Formazione", [
            ("Posizioni degli iscritti verificate sul totale", "≥ 95%")]),
        ("B.3", "Digitalizzare il rilascio degli attestati di partecipazione", "8 punti", "Ufficio Formazione", [
            ("Attestati rilasciati in formato digitale", "≥ 90%")])]),
    ("C", "SERVIZI AGLI ISCRITTI E ALLA COLLETTIVITÀ", "punti 25", [
        ("C.1", "Potenziare lo sportello di orientamento per i giovani iscritti", "10 punti", "Commissione Giovani", [
            ("Incontri di orientamento svolti", "≥ 12")]),
        ("C.2", "Ridurre i tempi di rilascio dei pareri di congruità sui compensi", "8 punti",
         "Commissione Pareri", [("Tempo medio di rilascio del parere", "≤ 60 gg")]),
        ("C.3", "Aggiornare l'elenco dei professionisti per le terne di collaudo", "5 punti", "Segreteria – Ufficio Albo",
         [("Aggiornamenti dell'elenco pubblicati nell'anno", "≥ 2")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2025"
    FN = "DejaVu Sans"
    rule = Border(bottom=Side(style="hair", color="555555"))
    strong = Border(bottom=Side(style="medium", color="000000"), top=Side(style="medium", color="000000"))
    xl_put(ws, 1, 1, ORG, font=font(FN, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2025 – Obiettivi organizzativi e punteggi", font=font(FN, 10),
           wrap=False)
    xl_put(ws, 3, 1, "Punteggio complessivo attribuibile: 100 punti", font=font(FN, 9, italic=True), wrap=False)
    head = ["Cod.", "Obiettivo", "Punti", "Indicatore", "Target 2025", "Ufficio responsabile"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 5, c, h, font=font(FN, 8.5, bold=True), border=strong, valign="center",
               halign="center" if c in (3, 5) else None)
    widths(ws, [6, 36, 10, 40, 17, 22])
    r = 6
    nodes, inds = [], []
    for acode, atitle, apts, objs in AREAS:
        xl_put(ws, r, 1, f"AREA {acode} – {atitle}  ·  {apts}", font=font(FN, 9, bold=True, color="FFFFFF"),
               fill="404040", wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        nodes.append(node(acode, "area", atitle, weight=apts))
        r += 1
        for code, title, pts, office, ilist in objs:
            r0 = r
            nodes.append(node(code, "operational", title, parent=acode, weight=pts, owners=[office]))
            for k, (iname, tg) in enumerate(ilist):
                vals = [code, title, pts, iname, tg, office] if k == 0 else [None, None, None, iname, tg, None]
                for c, v in enumerate(vals, 1):
                    xl_put(ws, r, c, v, font=font(FN, 8.5, bold=(c == 3)), border=rule,
                           halign="center" if c in (3, 5) else None)
                inds.append(ind(iname, code, unit=UNIT(tg), targets=[(YEAR, tg)]))
                r += 1
            for c in (1, 2, 3, 6):
                if r - 1 > r0:
                    ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
            for rr in range(r0, r):
                for c in (1, 2, 3, 6):
                    ws.cell(row=rr, column=c).border = rule
    xl_put(ws, r + 1, 1, "Approvato con delibera del Consiglio dell'Ordine n. 14 del 29.01.2025. I punti di ciascun "
           "obiettivo concorrono al punteggio della rispettiva area.", font=font(FN, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, 6, r - 1, pt=8.5)
    xl_page(ws, landscape=False, title_rows="5:5")
    d = case_dir23(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    f = finding("weight.sum", "C", "objectives of area C carry 10 + 8 + 5 = 23 points, the area has punti 25")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, findings=[f])
    readme13(d, NAME, "weights in points (family; kind `unknown`)", LO_XLSX.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8.5 pt, printed by LibreOffice from one sheet; no vertical rules, hairlines under the rows,
a heavy rule above and below the header. Title block: the order, `Piano della performance 2025 – Obiettivi
organizzativi e punteggi`, and `Punteggio complessivo attribuibile: 100 punti` (the only place the total is
printed). Header `Cod. | Obiettivo | Punti | Indicatore | Target 2025 | Ufficio responsabile`: the POINTS column is in
the MIDDLE, between the objective and its indicators. Areas are dark bands `AREA A – FUNZIONAMENTO … · punti 40`
(points word first at the end of the band). Objective code, title, points (`15 punti`, `1 PUNTO`) and office are
merged down over their indicators. A closing note with the council decision.
Truth: areas `area` with weight raw `punti 40` (title without prefix and points), objectives `operational` with
parent = area code, weight `15 punti` / `1 PUNTO`, owners = [Ufficio responsabile]; indicators unweighted, one
target 2025 each (unit from the target: `gg`, `%`, `date`, `text` for `SI`, else `N.`).
""", ["points column between objective and indicator", "area points word first at the end of the band (`· punti 40`)",
      "document total only in the title block", "horizontal hairlines only, DejaVu Sans", "`1 PUNTO` objective",
      "dotted dates `entro il 30.09.2025`"],
     ["areas sum to 100 points (40 + 35 + 25) and areas A and B sum exactly to their points (40; 35)",
      "`1 PUNTO` (singular, capitals) is a weight of 1 point", "`100%` target without operator is a point target",
      "indicators carry no weight (the document weighs objectives only)", "`SI` and date targets"],
     ["`weight.sum` on area `C`: its objectives carry 10 + 8 + 5 = 23 points, the band says `punti 25`"])
    return NAME


if __name__ == "__main__":
    print(build())
