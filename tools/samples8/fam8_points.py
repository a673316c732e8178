#!/usr/bin/python3
"""fam6-points-chromium-1: objectives weighted in points, areas summing to 100 points, printed by Chromium.
Content invented."""
import os

from common8 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,
                     unit_of, write_readme, write_truth)

ORG = "Agenzia Regionale per la Protezione dell'Ambiente del Montefeltro"
YEAR = 2026

# area: (code, title, points, [(code, objective, points or None, [(indicator, target)])])
DATA = [
    ("1", "Monitoraggio della qualità dell'aria", "30 punti", [
        ("1.1", "Garantire l'efficienza della rete regionale di monitoraggio", "18 punti", [
            ("Rendimento strumentale delle centraline della rete", "> 95%"),
            ("Tempo medio di ripristino delle centraline guaste", "<= 3 gg"),
        ]),
        ("1.2", "Pubblicare ogni giorno il bollettino della qualità dell'aria", "11 punti", [
            ("Bollettini pubblicati entro le ore 12", ">= 98%"),
        ]),
        ("1.3", "Aggiornare l'inventario regionale delle emissioni in atmosfera", "1 PUNTO", [
            ("Trasmissione dell'inventario aggiornato alla Regione", "31.10.2026"),
        ]),
    ]),
    ("2", "Controlli sugli impianti e sulle attività produttive", "45 punti", [
        ("2.1", "Eseguire i controlli programmati sulle installazioni soggette ad AIA", "20 punti", [
            ("Ispezioni AIA eseguite sul totale delle programmate", "=100%"),
            ("Verbali di ispezione trasmessi all'autorità competente entro 30 giorni", ">= 90%"),
        ]),
        ("2.2", "Ridurre i tempi di rilascio dei pareri tecnici", "15 punti", [
            ("Tempo medio di rilascio dei pareri per le autorizzazioni uniche ambientali", "<= 30 gg"),
        ]),
        ("2.3", "Campionare gli scarichi dei depuratori urbani", "10 punti", [
            ("Campioni di acque reflue analizzati", "= 1.250"),
        ]),
    ]),
    ("3", "Supporto tecnico agli enti e trasparenza dei dati", "25 punti", [
        ("3.1", "Sostenere gli enti locali nelle procedure di valutazione ambientale strategica", "15 punti", [
            ("Contributi istruttori resi nei termini di legge", ">= 95%"),
            ("Incontri tecnici con i comuni", ">= 12"),
        ]),
        ("3.2", "Rendere disponibili i dati ambientali in formato aperto", "10 punti", [
            ("Dataset pubblicati sul portale open data", ">= 40"),
        ]),
        ("3.3", "Formare il personale di laboratorio sui nuovi metodi analitici", None, [
            ("Ore di formazione per tecnico di laboratorio", ">= 24 ore"),
        ]),
    ]),
]

CSS = """
body { font: 8.6pt "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; color: #1c1c1c; }
.hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1.2pt solid #2f6b3a;
      padding-bottom: 1.5mm; margin-bottom: 3mm; }
.hd .org { font-size: 12pt; font-weight: bold; color: #2f6b3a; width: 60%; }
.hd .doc { font-size: 9pt; text-align: right; }
p { margin: 0 0 3mm 0; text-align: justify; }
table { width: 100%; border-collapse: collapse; }
th { font-size: 7.8pt; text-align: left; padding: 1.4mm 1.2mm; border-top: 1.4pt solid #2f6b3a;
     border-bottom: 1.4pt solid #2f6b3a; }
td { padding: 1.1mm 1.2mm; vertical-align: top; }
td.area { background: #e4efe5; border-bottom: 1.4pt solid #fff; font-weight: bold; color: #1f4a27; }
td.area span { display: block; font-weight: normal; font-style: italic; margin-top: 1mm; }
tr.z td.o { background: #f3f6f3; }
td.pt { text-align: right; white-space: nowrap; font-weight: bold; }
tr.first td.o { border-top: 0.4pt solid #b7c9b9; }
tr.tot td { border-top: 1.4pt solid #2f6b3a; font-weight: bold; padding-top: 1.6mm; }
"""


def build():
    name = "fam6-points-chromium-1"
    d = case_dir(name)
    rows = []
    nodes, inds, findings = [], [], []
    z = False
    for acode, atitle, apts, objs in DATA:
        nodes.append(node(acode, "area", atitle, weight=apts))
        arow = sum(len(its) for _, _, _, its in objs)
        first_area = True
        for ocode, otitle, opts, its in objs:
            z = not z
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=opts))
            if opts is None:
                findings.append(finding("weight.missing", acode, f"objective {ocode} of AREA {acode} prints no "
                                        "points while its siblings 3.1 and 3.2 carry 15 and 10 punti"))
            for k, (nm, tg) in enumerate(its):
                cls = ("z " if z else "") + ("first" if k == 0 else "")
                tds = ""
                if first_area:
                    tds += (f'<td class="area" rowspan="{arow}">AREA {acode} – {esc(atitle)}'
                            f"<span>(peso {apts})</span></td>")
                    first_area = False
                if k == 0:
                    rs = f' rowspan="{len(its)}"' if len(its) > 1 else ""
                    tds += (f'<td class="o"{rs}><b>{ocode}</b></td><td class="o"{rs}>{esc(otitle)}</td>')
                tds += f'<td class="o">{esc(nm)}</td><td class="o">{esc(tg)}</td>'
                if k == 0:
                    tds += f'<td class="o pt"{rs}>{opts or ""}</td>'
                rows.append(f'<tr class="{cls.strip()}">{tds}</tr>')
                inds.append(ind(nm, ocode, targets=[(YEAR, tg)], unit=unit_of(tg)))
    body = f"""
<div class="hd"><div class="org">{esc(ORG)}</div>
<div class="doc">Piano della performance 2026<br>Allegato 3 – Obiettivi di struttura e punteggi</div></div>
<p>Gli obiettivi di struttura assegnati alle aree tecniche per il 2026 sono pesati in punti: il punteggio di ciascuna
area è indicato sotto il suo nome e quello di ciascun obiettivo nell'ultima colonna. Il totale disponibile è di 100
punti. Il raggiungimento sarà verificato sulla base dei target indicati.</p>
<table>
<colgroup><col style="width:17%"><col style="width:5%"><col style="width:27%"><col style="width:30%">
<col style="width:11%"><col style="width:10%"></colgroup>
<thead><tr><th>Area</th><th>Cod.</th><th>Obiettivo</th><th>Indicatore</th><th>Target 2026</th>
<th style="text-align:right">Punteggio</th></tr></thead>
<tbody>
{chr(10).join(rows)}
<tr class="tot"><td colspan="5">Totale punteggio obiettivi di struttura</td><td class="pt">100 punti</td></tr>
</tbody></table>
"""
    page = html_page3(body, CSS, margin="16mm 14mm", bottom_right=q("ARPAM – Piano della performance 2026 – ") +
                      " counter(page)", hf_font='7pt "DejaVu Sans Condensed"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, findings)
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans Condensed 8.6 pt; an environmental agency's structure objectives. A header line
(the agency on the left, `Piano della performance 2026` / `Allegato 3 – Obiettivi di struttura e punteggi` on the
right) and a paragraph saying the total is 100 points. One table WITHOUT vertical rules (green rules above and below
the header and above the total), `Area | Cod. | Obiettivo | Indicatore | Target 2026 | Punteggio`. The AREA is the
first column, one shaded cell MERGED DOWN over all the rows of the area, holding its name and, on a second italic
line, its weight `(peso 30 punti)`. Objective code (bold), title and points are merged down over their indicator
rows; zebra fill alternates per objective. Points are printed `18 punti`, `1 PUNTO`; areas 30 + 45 + 25 = 100; a
last row `Totale punteggio obiettivi di struttura | 100 punti`. Indicators carry no points. Footer `ARPAM – Piano
della performance 2026 – n`. Truth: areas `area` (code `1`, title between the dash and the bracket), weight raw
`30 punti` (the word `peso` and the brackets dropped, as in the earlier points cases); objectives `operational` with
parent the area code, weight raw as printed; indicators without code or weight, targets of 2026; unit only where the
target shows it (`%`, `gg`, `date` for `31.10.2026`), null for bare numbers and `24 ore`.
""", CHROMIUM_PRODUCER.format(script="fam8_points.py"), [
        "area as a merged-down first column with its weight `(peso 30 punti)` under its name",
        "no vertical rules, zebra per objective, condensed sans",
        "points `18 punti`, `1 PUNTO`; areas summing to the printed 100 punti",
        "targets `> 95%`, `<= 3 gg`, `31.10.2026`, `=100%`, `= 1.250`, `>= 24 ore`",
        "an environmental agency (ARPA-like)",
    ], ["`weight.missing` on `3`: objective 3.3 (Formare il personale di laboratorio …) has an empty Punteggio cell "
        "while its siblings 3.1 and 3.2 print 15 and 10 punti (which already make the area's 25)"])


if __name__ == "__main__":
    build()
