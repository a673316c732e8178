#!/usr/bin/python3
"""fam12-tree-chromium-1: a university's tree with past values and per-year triplets, printed by Chromium. Landscape
Liberation Serif 8.6 pt. Page 1: a TWELVE-column table (`Area | Obiettivo strategico | Outcome | Indicatore | Fonte |
Valore a.a. 2022/2023 | a.a. 2023/2024 Risultato/Target/% | a.a. 2024/2025 Risultato/Target/%`) with area, strategic
objective and outcome spanning their rows. Page 2: a CONTINUATION TABLE with only NINE columns (no Area, no
Obiettivo strategico, no Fonte): its first rows continue the strategic objective cut at the foot of page 1 (named
only in a caption), then new strategic objectives and areas come as band rows. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13, write_truth  # noqa

SCRIPT = "fam12_tree.py"
NAME = "fam12-tree-chromium-1"
ORG = "Università degli Studi del Medio Tirreno"
YEARS = [2023, 2024]
AA = {2022: "a.a. 2022/2023", 2023: "a.a. 2023/2024", 2024: "a.a. 2024/2025"}

# area (code, title, [strategic (code, title, [outcome (code, title, [indicator])])])
# indicator: (name, unit, source, past, (res23, tg23, pct23), (res24, tg24, pct24))
TREE = [
    ("1", "Didattica", [
        ("1.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("1.1.a", "Più studenti in corso", [
                ("Studenti iscritti entro la durata normale del corso", "%", "Anagrafe nazionale studenti", "71,4%",
                 ("72,8%", "≥ 72%", "100,0%"), ("73,1%", "≥ 74%", "98,8%")),
                ("CFU conseguiti al primo anno per studente", "N.", "Anagrafe nazionale studenti", "31,2",
                 ("32,5", "≥ 32", "100,0%"), ("33,4", "≥ 34", "98,2%"))]),
            ("1.1.b", "Meno abbandoni dopo il primo anno", [
                ("Abbandoni tra il primo e il secondo anno", "%", "Anagrafe nazionale studenti", "12,6%",
                 ("11,9%", "≤ 12%", "100,0%"), ("11,8%", "≤ 11%", "93,2%"))])]),
        ("1.2", "Rafforzare l'occupabilità dei laureati", [
            ("1.2.a", "Laureati più occupati", [
                ("Laureati occupati a un anno dal titolo", "%", "Indagine AlmaLaurea", "68,0%",
                 ("70,2%", "≥ 70%", "100,0%"), ("dato in aggiornamento", "≥ 72%", "–")),
                ("Laureati che hanno svolto un tirocinio curricolare in azienda", "%", "Banca dati di ateneo",
                 "38,5%", ("41,0%", "≥ 40%", "100,0%"), ("42,3%", "≥ 45%", "94,0%"))])]),
        ("1.3", "Innovare la didattica e ampliare l'offerta in lingua inglese", [
            ("1.3.a", "Più insegnamenti innovativi e internazionali", [
                ("Corsi di studio erogati interamente in lingua inglese", "N.", "Offerta formativa di ateneo", "5",
                 ("6", "≥ 6", "100,0%"), ("7", "≥ 8", "87,5%")),
                ("Docenti formati sulle metodologie didattiche innovative", "%", "Centro per l'innovazione "
                 "didattica", "22,0%", ("27,5%", "≥ 25%", "100,0%"), ("31,2%", "≥ 30%", "100,0%"))])])]),
    ("2", "Ricerca e terza missione", [
        ("2.1", "Accrescere la capacità di attrarre finanziamenti competitivi", [
            ("2.1.a", "Più progetti finanziati", [
                ("Progetti competitivi finanziati nell'anno", "N.", "Banca dati di ateneo", "41",
                 ("44", "≥ 45", "97,8%"), ("52", "≥ 48", "100,0%")),
                ("Proventi da ricerca competitiva per docente", "EUR", "Bilancio unico di ateneo", "18.450 €",
                 ("19.120 €", "≥ 19.000 €", "100,0%"), ("19.480 €", "≥ 20.000 €", "97,4%"))]),
            ("2.1.b", "Più ricercatori in mobilità internazionale", [
                ("Ricercatori in mobilità all'estero per almeno tre mesi", "N.", "Ufficio relazioni internazionali",
                 "23", ("26", "≥ 25", "100,0%"), ("27", "≥ 28", "96,4%"))])]),
        ("2.2", "Sviluppare il trasferimento tecnologico", [
            ("2.2.a", "Più brevetti e contratti con le imprese", [
                ("Domande di brevetto depositate", "N.", "Ufficio trasferimento tecnologico", "6",
                 ("7", "≥ 7", "100,0%"), ("9", "≥ 8", "100,0%")),
                ("Contratti di ricerca conto terzi stipulati", "N.", "Ufficio trasferimento tecnologico", "84",
                 ("91", "≥ 90", "100,0%"), ("88", "≥ 95", "92,6%"))])])]),
    ("3", "Servizi e sostenibilità", [
        ("3.1", "Ridurre i consumi energetici e i tempi di pagamento", [
            ("3.1.a", "Consumi più bassi e fornitori pagati prima", [
                ("Consumo di energia elettrica per metro quadro", "kWh/mq", "Energy manager", "112,4",
                 ("108,9", "≤ 110", "100,0%"), ("106,3", "≤ 105", "98,8%")),
                ("Tempo medio di pagamento dei fornitori", "gg", "Piattaforma crediti commerciali", "27 gg",
                 ("24 gg", "≤ 25 gg", "100,0%"), ("22 gg", "≤ 25 gg", "100,0%"))])])]),
]
CUT = "2.1.b"  # the first outcome printed on page 2 (inside strategic objective 2.1)

CSS = """body { font-family: "Liberation Serif", serif; font-size: 8.6pt; }
h1 { font-size: 12.5pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 3mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.6pt solid #333; padding: 3.2pt 2.5pt; vertical-align: top; }
th { background: #e8e1cf; font-size: 7.6pt; } td.n { text-align: right; white-space: nowrap; }
tr.band td { background: #f4efe2; font-weight: bold; }
p.cap { font-size: 8.5pt; font-style: italic; margin: 0 0 1.5mm 0; }
div.p2 { break-before: page; } p.fn { font-size: 7pt; margin-top: 2mm; }"""


def cells(i):
    name, unit, src, past, y23, y24 = i
    return [esc(name)], esc(src), [past] + list(y23) + list(y24)


def build():
    nodes, inds = [], []
    rows1, rows2 = [], []
    page2 = False
    for acode, atitle, strat in TREE:
        nodes.append(node(acode, "area", atitle))
        a_rows1 = []  # rows of this area on page 1
        for scode, stitle, outs in strat:
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            s_rows1 = []
            first_in_s_p2 = True
            for ocode, otitle, ilist in outs:
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                if ocode == CUT:
                    page2 = True
                for k, i in enumerate(ilist):
                    name, unit, src, past, y23, y24 = i
                    inds.append(ind(name, ocode, unit=unit, baselines=[(2022, past)],
                                    targets=[(2023, y23[1]), (2024, y24[1])],
                                    results=[(2023, y23[0]), (2024, y24[0])],
                                    achievement=[(y, v[2]) for y, v in ((2023, y23), (2024, y24)) if v[2] != "–"]))
                    vals = "".join(f"<td class=n>{esc(v)}</td>" if len(v) < 12 else f"<td>{esc(v)}</td>"
                                   for v in [past] + list(y23) + list(y24))
                    oc = f"<td rowspan={len(ilist)}>{ocode} {esc(otitle)}</td>" if k == 0 else ""
                    if not page2:
                        s_rows1.append([oc, f"<td>{esc(name)}</td><td>{esc(src)}</td>{vals}"])
                    else:
                        if first_in_s_p2 and ocode != CUT and k == 0:
                            rows2.append(f"<tr class=band><td colspan=9>Obiettivo strategico {scode} – "
                                         f"{esc(stitle)}</td></tr>")
                        first_in_s_p2 = False
                        rows2.append(f"<tr>{oc}<td>{esc(name)}</td>{vals}</tr>")
            if s_rows1:
                a_rows1.append((scode, stitle, s_rows1))
        if page2 and not a_rows1:
            pass
        if a_rows1:
            n_a = sum(len(s[2]) for s in a_rows1)
            first_a = True
            for scode, stitle, srows in a_rows1:
                for k, (oc, rest) in enumerate(srows):
                    ac = f"<td rowspan={n_a}>{acode} – {esc(atitle)}</td>" if first_a else ""
                    sc = f"<td rowspan={len(srows)}>{scode} {esc(stitle)}</td>" if k == 0 else ""
                    rows1.append(f"<tr>{ac}{sc}{oc}{rest}</tr>")
                    first_a = False
        elif page2:
            # a whole area on page 2: area band before its first strategic band
            idx = next(k for k, r in enumerate(rows2) if f"Obiettivo strategico {strat[0][0]} " in r)
            rows2.insert(idx, f"<tr class=band><td colspan=9>Area {acode} – {esc(atitle)}</td></tr>")
    yh = "".join(f"<th colspan=3>{AA[y]}</th>" for y in YEARS)
    sub3 = "<th>Risultato</th><th>Target</th><th>%</th>" * 2
    head1 = (f"<thead><tr><th rowspan=2>Area</th><th rowspan=2>Obiettivo strategico</th><th rowspan=2>Outcome</th>"
             f"<th rowspan=2>Indicatore</th><th rowspan=2>Fonte</th><th rowspan=2>Valore {AA[2022]}</th>{yh}</tr>"
             f"<tr>{sub3}</tr></thead>")
    head2 = (f"<thead><tr><th rowspan=2>Outcome</th><th rowspan=2>Indicatore</th><th rowspan=2>Valore "
             f"{AA[2022]}</th>{yh}</tr><tr>{sub3}</tr></thead>")
    c1 = [24, 34, 30, 46, 26, 17] + [18, 16, 13] * 2
    c2 = [40, 68, 20] + [22, 20, 16] * 2
    cg1 = "<colgroup>" + "".join(f"<col style='width:{w}mm'>" for w in c1) + "</colgroup>"
    cg2 = "<colgroup>" + "".join(f"<col style='width:{w}mm'>" for w in c2) + "</colgroup>"
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Relazione sulla performance – Tabella 2: albero della performance, "
            "valori di partenza e risultati per anno accademico</p>"
            f"<table>{cg1}{head1}<tbody>{''.join(rows1)}</tbody></table>"
            "<div class=p2><p class=cap>Tabella 2 (segue) – Area 2 Ricerca e terza missione, obiettivo strategico "
            "2.1 Accrescere la capacità di attrarre finanziamenti competitivi</p>"
            f"<table>{cg2}{head2}<tbody>{''.join(rows2)}</tbody></table>"
            "<p class=fn>% = grado di raggiungimento del target (risultato / target, per gli indicatori da ridurre "
            "target / risultato), limitato al 100%. Fonti come a pagina 1. – = non calcolabile.</p></div>")
    h = html_page3(body, CSS, landscape=True, margin="12mm 11mm", bottom_right=q("pag. ") + " counter(page)")
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "tree with past values and per-year triplets", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Serif 8.6 pt, full grid, two-row headers. Page 1: title, subtitle and a TWELVE-column table
`Area | Obiettivo strategico | Outcome | Indicatore | Fonte | Valore a.a. 2022/2023 | a.a. 2023/2024 (Risultato |
Target | %) | a.a. 2024/2025 (Risultato | Target | %)`; area (`1 – Didattica`), strategic objective (`1.1 title`) and
outcome (`1.1.a title`) are cells spanning their rows. The page ends INSIDE strategic objective 2.1. Page 2: a caption
`Tabella 2 (segue) – Area 2 …, obiettivo strategico 2.1 …` and a CONTINUATION table with only NINE columns
(`Outcome | Indicatore | Valore a.a. 2022/2023 | two triplets`): Area, Obiettivo strategico and Fonte are dropped,
the remaining columns have other widths; its first rows (outcome `2.1.b`) still belong to 2.1, then new strategic
objectives and areas come as shaded BAND rows (`Obiettivo strategico 2.2 – …`, `Area 3 – …`). Values carry their
unit (`71,4%`, `18.450 €`, `27 gg`) or are bare (`31,2`, `112,4` kWh/mq). One 2024/2025 result is `dato in
aggiornamento` with `–`. Truth: areas `area`, strategic `strategic`, outcomes `operational`; academic years map to
their first calendar year (`a.a. 2023/2024` → 2023, past value `a.a. 2022/2023` → baseline 2022); the `–` is not an
achievement.
""", ["continuation table after a page break with FEWER columns (3 dropped) and other widths",
      "continuation rows belonging to a strategic objective named only in a caption",
      "tree levels as spanning cells on page 1 but band rows on page 2", "academic years", "triplet Risultato | "
      "Target | % per year", "landscape serif"],
     ["achievements capped at 100% (`52` against `≥ 48`)", "`≤` indicators graded target / result (`11,8%` against "
      "`≤ 11%` = 93,2%)", "`≤ 25 gg` flat in both years", "`dato in aggiornamento` with `–`: no achievement",
      "outcome 2.1.b on page 2 belongs to strategic objective 2.1 of page 1", "no weights anywhere"], [])
    return NAME


if __name__ == "__main__":
    print(build())
