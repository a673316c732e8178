#!/usr/bin/python3
"""fam8-points-chromium-1: a local health authority's objectives weighted in POINTS, printed by Chromium. Areas are
HEADING LINES `AREA A – … (peso 30 punti)`; one table per area `Cod. | Obiettivo | Struttura responsabile |
Indicatore | Target 2025 | Punteggio` with the objective, its structure and its points (`12 punti`, `1 PUNTO`)
spanning its indicator rows, points in the LAST column; a closing total `100 punti`. Fault: weight.sum (the
objectives of area C total 23 of its 25 points). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                      write_truth)
from common2 import write_readme  # noqa: E402

SCRIPT = "fam8_points.py"
ORG = "Azienda Sanitaria Locale Valle dell'Orsa"
YEAR = 2025

# area (code, title, points raw) -> objective (code, title, structure, points raw, [(indicator, unit, target)])
AREAS = [
    ("A", "PREVENZIONE E SANITÀ PUBBLICA", "peso 30 punti", [
        ("A.01", "Aumentare l'adesione ai programmi di screening oncologico", "Dipartimento di Prevenzione",
         "12 punti", [("Adesione allo screening mammografico", "%", "≥ 60%"),
                      ("Adesione allo screening del carcinoma del colon-retto", "%", "≥ 50%")]),
        ("A.02", "Raggiungere la copertura vaccinale antinfluenzale negli anziani", "Dipartimento di Prevenzione",
         "10 punti", [("Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "%", "≥ 75%")]),
        ("A.03", "Garantire i controlli ufficiali nella ristorazione collettiva", "Servizio Igiene degli alimenti",
         "7 punti", [("Controlli ufficiali eseguiti sul totale programmato", "%", "100%")]),
        ("A.04", "Pubblicare la relazione annuale sullo stato di salute della popolazione", "Servizio Epidemiologia",
         "1 PUNTO", [("Pubblicazione della relazione sul sito aziendale", "date", "entro il 30/06/2025")])]),
    ("B", "ASSISTENZA OSPEDALIERA E TERRITORIALE", "peso 45 punti", [
        ("B.01", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", "Direzione Sanitaria", "15 punti", [
            ("Prime visite in classe di priorità B erogate entro 10 giorni", "%", "≥ 90%"),
            ("Prestazioni in classe di priorità D erogate entro 30 giorni", "%", "≥ 85%")]),
        ("B.02", "Potenziare l'assistenza domiciliare integrata", "Distretti sanitari", "12 punti", [
            ("Ultrasessantacinquenni presi in carico in assistenza domiciliare", "%", "≥ 10%")]),
        ("B.03", "Migliorare l'appropriatezza dei ricoveri ospedalieri", "Presidio ospedaliero unico", "10 punti", [
            ("Rapporto tra ricoveri attribuiti a DRG ad alto rischio di inappropriatezza e ricoveri appropriati",
             "N.", "≤ 0,18")]),
        ("B.04", "Ridurre gli accessi impropri al pronto soccorso", "Presidio ospedaliero unico", "8 punti", [
            ("Accessi in codice bianco sul totale degli accessi", "%", "≤ 12%")])]),
    ("C", "GOVERNO DELLE RISORSE", "peso 25 punti", [
        ("C.01", "Rispettare il tetto di spesa per i dispositivi medici", "Farmacia ospedaliera", "10 punti", [
            ("Spesa per dispositivi medici rispetto al tetto assegnato", "%", "≤ 100%")]),
        ("C.02", "Ridurre i tempi di pagamento dei fornitori", "Servizio Economico-finanziario", "8 punti", [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "≤ 0 gg")]),
        ("C.03", "Completare la formazione obbligatoria in materia di sicurezza", "Servizio Formazione", "4 punti", [
            ("Dipendenti che hanno completato la formazione obbligatoria", "%", "≥ 95%")]),
        ("C.04", "Aggiornare la mappatura dei processi a rischio corruttivo", "Responsabile anticorruzione",
         "1 PUNTO", [("Processi mappati sul totale dei processi aziendali", "%", "100%")])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; color: #1c1c1c; }
h1 { font-size: 12.5pt; margin: 0; }
p.sub { font-size: 10pt; margin: 1mm 0 2mm 0; color: #345; }
p.intro { margin: 0 0 3mm 0; text-align: justify; }
h2 { font-size: 10pt; margin: 5mm 0 1.5mm 0; padding: 1.5mm 2mm; background: #e6eef0; border-left: 3pt solid #2f6f73; }
table { border-collapse: collapse; width: 100%; }
th { font-size: 8pt; text-align: left; border-bottom: 1pt solid #2f6f73; padding: 2pt 3pt; color: #2f6f73; }
td { border-bottom: 0.4pt solid #b8c4c6; padding: 2.4pt 3pt; vertical-align: top; }
tr { break-inside: avoid; }
td.c { width: 11mm; font-weight: bold; } td.o { width: 44mm; } td.s { width: 30mm; font-size: 7.8pt; }
td.t { width: 25mm; text-align: center; } td.p { width: 17mm; text-align: right; font-weight: bold; }
p.tot { margin-top: 5mm; font-weight: bold; font-size: 9.5pt; text-align: right; }"""


def build():
    name = "fam8-points-chromium-1"
    nodes, inds = [], []
    body = [f"<h1>{esc(ORG)}</h1>",
            f"<p class=sub>Piano della performance {YEAR} – Obiettivi di budget e attribuzione dei punteggi</p>",
            "<p class=intro>Il punteggio complessivo di 100 punti è ripartito tra le aree; il punteggio di ciascuna "
            "area è ripartito tra i suoi obiettivi. Il punteggio di un obiettivo è riconosciuto in proporzione al "
            "raggiungimento dei target dei relativi indicatori.</p>"]
    for acode, atitle, apts, objs in AREAS:
        body.append(f"<h2>AREA {acode} – {esc(atitle)} ({apts})</h2>")
        nodes.append(node(acode, "area", atitle, weight=apts))
        rows = ["<thead><tr><th>Cod.</th><th>Obiettivo</th><th>Struttura responsabile</th><th>Indicatore</th>"
                f"<th style='text-align:center'>Target {YEAR}</th><th style='text-align:right'>Punteggio</th>"
                "</tr></thead><tbody>"]
        for ocode, otitle, struct, pts, its in objs:
            n = len(its)
            span = f" rowspan={n}" if n > 1 else ""
            for k, (nm, unit, tg) in enumerate(its):
                lead = (f"<td class=c{span}>{ocode}</td><td class=o{span}>{esc(otitle)}</td>"
                        f"<td class=s{span}>{esc(struct)}</td>") if k == 0 else ""
                tail = f"<td class=p{span}>{pts}</td>" if k == 0 else ""
                rows.append(f"<tr>{lead}<td>{esc(nm)}</td><td class=t>{esc(tg)}</td>{tail}</tr>")
                inds.append(ind(nm, ocode, unit=unit, targets=[(YEAR, tg)]))
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=pts, owners=[struct]))
        rows.append("</tbody>")
        body.append(f"<table>{''.join(rows)}</table>")
    body.append("<p class=tot>Totale punteggio attribuibile: 100 punti</p>")
    page = html_page3("\n".join(body), CSS, margin="16mm 13mm 16mm 13mm",
                      top_left=q(f"ASL Valle dell'Orsa – Piano della performance {YEAR}"),
                      bottom_right=q("Pagina ") + " counter(page)", hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    fnd = [finding("weight.sum", "C", "the objectives of area C carry 10 + 8 + 4 + 1 = 23 points, but the area is "
                   "worth 25 points")]
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, fnd)
    write_readme(d, name, """
Portrait A4, DejaVu Sans 8.6 pt, light horizontal rules only, two pages; a local health authority's budget
objectives weighted in POINTS. Title (the ASL), subtitle `Piano della performance 2025 – Obiettivi di budget e
attribuzione dei punteggi`, a paragraph (100 points split among areas, each area's points split among its
objectives). Each area is a shaded HEADING LINE with a teal left bar: `AREA A – PREVENZIONE E SANITÀ PUBBLICA (peso
30 punti)`; under it one table `Cod. | Obiettivo | Struttura responsabile | Indicatore | Target 2025 | Punteggio`
(thead, repeated if the table breaks) where the objective's code (`A.01`), title, structure and POINTS (`12 punti`,
`1 PUNTO`, last column, right-aligned bold) span its indicator rows. Indicators have no code and one target each
(`≥ 60%`, `100%`, `entro il 30/06/2025`, `≤ 0,18`, `≤ 0 gg`). The areas total 30 + 45 + 25 = 100 points; a closing
line `Totale punteggio attribuibile: 100 punti`. Running header `ASL Valle dell'Orsa – Piano della performance 2025`,
footer `Pagina n`. Truth: areas `area` (code `A`, weight raw `peso 30 punti` from inside the parentheses),
objectives `operational` (parent the area code, weight raw `12 punti` / `1 PUNTO`, owners = the structure),
indicators under their objective, no weights.
""", CHROMIUM.format(script=SCRIPT), [
        "area weight inside the heading in parentheses `(peso 30 punti)`",
        "objective points in the LAST column spanning the indicator rows; `1 PUNTO` in capitals",
        "one table per area with its own header",
        "codes `A.01`; a structure column",
        "date target `entro il 30/06/2025`, ratio target `≤ 0,18`",
    ], ["`weight.sum` on area `C` (GOVERNO DELLE RISORSE, `peso 25 punti`): its objectives carry 10 + 8 + 4 + 1 = "
        "23 points instead of 25 (areas A and B sum exactly to their 30 and 45 points)"])
    return name


if __name__ == "__main__":
    print(build())
