#!/usr/bin/python3
"""fam6-tree-chromium-1: performance tree whose upper levels are document headings and whose outcome level is a
merged column of one table per strategic objective, printed by Chromium. Content invented."""
import os

from common8 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,
                     write_readme, write_truth)

ORG = "Università degli Studi di Valmarecchia"
PAST = [2016, 2017]
YEARS = [2018, 2019]

# indicator: (code, name, unit, fonte, [past 2016/17, 2017/18], [(result, target, pct) 2018, 2019])
TREE = [
    ("1", "DIDATTICA", [
        ("1.A", "Migliorare la regolarità delle carriere degli studenti", [
            ("1.A.1", "Riduzione degli abbandoni tra il primo e il secondo anno", [
                ("1.A.1a", "Studenti che proseguono al secondo anno nello stesso corso di studio", "%",
                 "ANS – Anagrafe nazionale studenti", ["78,2%", "79,6%"],
                 [("81,0%", ">= 80%", "100%"), ("81,9%", ">= 82%", "99,9%")]),
                ("1.A.1b", "Studenti che abbandonano gli studi dopo il primo anno", "%",
                 "ANS – Anagrafe nazionale studenti", ["12,4%", "11,8%"],
                 [("10,9%", "<= 11%", "100%"), ("10,8%", "<= 10%", "92,6%")]),
            ]),
            ("1.A.2", "Più laureati entro la durata normale del corso", [
                ("1.A.2a", "Laureati regolari sul totale dei laureati dell'anno solare", "%",
                 "Data warehouse di Ateneo", ["52,3%", "54,0%"],
                 [("55,7%", ">= 56%", "99,5%"), ("58,4%", ">= 58%", "100%")]),
            ]),
        ]),
        ("1.B", "Ampliare l'offerta formativa internazionale", [
            ("1.B.1", "Maggiore mobilità internazionale degli studenti", [
                ("1.B.1a", "CFU conseguiti all'estero per 1.000 CFU acquisiti", None,
                 "Ufficio Relazioni internazionali", ["14,2", "15,8"],
                 [("17,1", ">= 17", "100%"), ("17,6", ">= 19", "92,6%")]),
                ("1.B.1b", "Corsi di studio erogati interamente in lingua inglese", None,
                 "Offerta formativa – banca dati SUA-CdS", ["6", "7"],
                 [("9", "= 9", "100%"), ("10", "= 11", "90,9%")]),
            ]),
        ]),
    ]),
    ("2", "RICERCA", [
        ("2.A", "Accrescere la qualità e l'attrattività della ricerca", [
            ("2.A.1", "Maggiore capacità di attrarre finanziamenti competitivi", [
                ("2.A.1a", "Proventi da ricerca competitiva per docente di ruolo", "EUR",
                 "Bilancio unico di Ateneo", ["€ 21.400", "€ 23.150"],
                 [("€ 25.020", ">= € 24.000", "100%"), ("€ 24.380", ">= € 26.000", "93,8%")]),
                ("2.A.1b", "Progetti presentati su bandi europei", None, "Ufficio Ricerca", ["41", "46"],
                 [("52", ">= 50", "100%"), ("dato in aggiornamento", ">= 55", "–")]),
            ]),
            ("2.A.2", "Produzione scientifica di qualità", [
                ("2.A.2a", "Docenti con almeno due pubblicazioni nel primo quartile", "%",
                 "IRIS – Catalogo della ricerca", ["63,5%", "65,1%"],
                 [("66,0%", ">= 67%", "98,5%"), ("68,9%", ">= 68%", "100%")]),
            ]),
        ]),
    ]),
    ("3", "TERZA MISSIONE", [
        ("3.A", "Rafforzare il trasferimento tecnologico verso il territorio", [
            ("3.A.1", "Valorizzazione dei risultati della ricerca", [
                ("3.A.1a", "Brevetti depositati nell'anno", None, "Ufficio Trasferimento tecnologico", ["4", "5"],
                 [("6", ">= 6", "100%"), ("5", ">= 7", "85,7%")]),
                ("3.A.1b", "Spin-off accreditati attivi", None, "Ufficio Trasferimento tecnologico", ["8", "9"],
                 [("10", ">= 10", "100%"), ("11", ">= 11", "100%")]),
            ]),
            ("3.A.2", "Apertura dell'Ateneo alla società", [
                ("3.A.2a", "Iniziative di public engagement censite", None, "Osservatorio public engagement",
                 ["112", "128"], [("146", ">= 140", "100%"), ("151", ">= 150", "100%")]),
            ]),
        ]),
    ]),
]

CSS = """
body { font: 8pt "Liberation Sans", sans-serif; color: #111; }
h1 { font-size: 13pt; margin: 0; color: #6b1d1d; }
.sub { font-size: 10pt; margin: 0.8mm 0 2mm 0; }
p { margin: 0 0 2.5mm 0; font-size: 8.6pt; }
h2 { font-size: 10.5pt; background: #6b1d1d; color: #fff; padding: 1.2mm 2mm; margin: 4mm 0 1.5mm 0;
     letter-spacing: 0.6pt; break-after: avoid; }
h3 { font-size: 9pt; margin: 2.5mm 0 1.2mm 0; padding-left: 2mm; border-left: 2.4pt solid #b3874c;
     break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 2mm; }
th { background: #efe6da; font-size: 7.3pt; font-weight: bold; border: 0.5pt solid #8c8c8c; padding: 0.8mm;
     text-align: center; vertical-align: middle; }
td { border: 0.5pt solid #8c8c8c; padding: 0.8mm 1mm; vertical-align: top; }
td.out { font-style: italic; background: #faf7f2; }
td.v { text-align: right; white-space: nowrap; }
td.w { white-space: normal; text-align: center; font-style: italic; }
td.p { text-align: right; white-space: nowrap; background: #f6f6f6; }
td.src { font-size: 7pt; color: #333; }
.break { break-before: page; }
"""


def build():
    name = "fam6-tree-chromium-1"
    d = case_dir(name)
    widths = [17, 6, 22, 11, 6, 6] + [6.5, 6.5, 5] * 2
    cg = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    head = ('<thead><tr><th rowspan="2">Outcome</th><th rowspan="2">Cod.</th><th rowspan="2">Indicatore</th>'
            '<th rowspan="2">Fonte</th><th rowspan="2">a.a. 2016/2017</th><th rowspan="2">a.a. 2017/2018</th>'
            '<th colspan="3">2018</th><th colspan="3">2019</th></tr><tr>' +
            "<th>Risultato</th><th>Target</th><th>%</th>" * 2 + "</tr></thead>")
    html = [f"<h1>{esc(ORG)}</h1>",
            '<div class="sub">Relazione integrata sulla performance 2019 – Albero degli obiettivi e risultati '
            '2018-2019</div>',
            "<p>L'albero collega le aree strategiche del Piano strategico di Ateneo agli obiettivi strategici, agli "
            "outcome attesi e agli indicatori. Per ogni indicatore sono riportati i valori dei due anni accademici "
            "precedenti e, per il 2018 e il 2019, il risultato, il target e la percentuale di raggiungimento "
            "(risultato/target, o target/risultato per gli indicatori da ridurre, fino al 100%).</p>"]
    nodes, inds = [], []
    for ai, (acode, atitle, sos) in enumerate(TREE):
        cls = ' class="break"' if ai == 2 else ""
        html.append(f"<h2{cls}>AREA {acode} – {esc(atitle)}</h2>")
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, outs in sos:
            html.append(f"<h3>Obiettivo strategico {scode} – {esc(stitle)}</h3>")
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            html.append(f"<table>{cg}{head}<tbody>")
            for ocode, otitle, kpis in outs:
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for k, (icode, nm, unit, src, past, vals) in enumerate(kpis):
                    tds = ""
                    if k == 0:
                        tds += (f'<td class="out" rowspan="{len(kpis)}">{ocode} – {esc(otitle)}</td>')
                    tds += f"<td>{icode}</td><td>{esc(nm)}</td><td class=\"src\">{esc(src)}</td>"
                    tds += "".join(f'<td class="v">{esc(v)}</td>' for v in past)
                    for res, tg, pc in vals:
                        rc = "v w" if len(res) > 12 else "v"
                        tds += f'<td class="{rc}">{esc(res)}</td><td class="v">{esc(tg)}</td><td class="p">{pc}</td>'
                    html.append(f"<tr>{tds}</tr>")
                    inds.append(ind(nm, ocode, code=icode, unit=unit, baselines=list(zip(PAST, past)),
                                    targets=[(y, v[1]) for y, v in zip(YEARS, vals)],
                                    results=[(y, v[0]) for y, v in zip(YEARS, vals)],
                                    achievement=[(y, v[2]) for y, v in zip(YEARS, vals) if v[2] != "–"]))
            html.append("</tbody></table>")
    html.append('<p style="margin-top:3mm;font-size:7.6pt">a.a. = anno accademico. I valori degli anni accademici '
                '2016/2017 e 2017/2018 sono riportati come riferimento storico.</p>')
    page = html_page3("\n".join(html), CSS, landscape=True, margin="12mm 12mm 14mm 12mm",
                      top_right=q("Relazione integrata sulla performance 2019"),
                      bottom_right=q("pag. ") + " counter(page) " + q("/") + " counter(pages)",
                      hf_font='7pt "Liberation Sans"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    findings = [finding("achievement.mismatch", "3.A.1a", "2019: result 5 against target >= 7 (higher is better) "
                        "gives 5/7 = 71,4%, but 85,7% is printed")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
Landscape A4, Chromium, Liberation Sans 8 pt, two pages; a university's tree of objectives with results of two
years. Title, subtitle `Relazione integrata sulla performance 2019 – Albero degli obiettivi e risultati 2018-2019`,
a paragraph explaining the percentages. The tree is split between DOCUMENT HEADINGS and TABLES: areas are dark
heading bands OUTSIDE any table (`AREA 1 – DIDATTICA`), strategic objectives are headings with a coloured left rule
(`Obiettivo strategico 1.A – title`), and under each strategic objective a table of its own with a two-row header
`Outcome | Cod. | Indicatore | Fonte | a.a. 2016/2017 | a.a. 2017/2018 | 2018 (Risultato | Target | %) | 2019
(Risultato | Target | %)`: the OUTCOME is the first column, its cell (`1.A.1 – title`, italic, shaded) merged down
over its indicators' rows; indicator codes extend the outcome's with a letter (`1.A.1a`). The source column stands
BEFORE the values. Ruled grid, % column shaded; a page break before AREA 3. Values `81,0%`, `<= 11%` (lower is better:
target/result), `17,1`, `€ 25.020`, `>= € 24.000`, `= 9`; a 2019 result `dato in aggiornamento` with `–` as %. Running
header and `pag. n/N` footer. Truth: areas `area` (code `1`, title after the dash), strategic objectives `strategic`
(parent the area), outcomes `operational` (parent the strategic objective); indicators under their outcome; a.a.
2016/2017 and 2017/2018 = baselines of 2016 and 2017 (first calendar year); results/targets/achievement of 2018 and
2019 as printed (no achievement where `–`); unit null where the values print none, `EUR` for `€`.
""", CHROMIUM_PRODUCER.format(script="fam8_tree.py"), [
        "areas and strategic objectives as headings outside the tables, one table per strategic objective",
        "outcome as a merged-down first column, not a row",
        "indicator codes `1.A.1a`; source column before the values",
        "academic-year past values `a.a. 2016/2017`, triplets Risultato/Target/% per year under merged year headers",
        "`dato in aggiornamento` with `–`, euro values `€ 25.020`, lower-is-better `<= 10%`",
        "landscape, page break before the third area, header repeated per table",
    ], ["`achievement.mismatch` on `3.A.1a` (Brevetti depositati nell'anno): 2019 result 5 against `>= 7` gives "
        "71,4%, but `85,7%` is printed"])


if __name__ == "__main__":
    build()
