#!/usr/bin/python3
"""Trees with past values and per-year triplets (area → strategic objective → Outcome → indicator; a past value;
Risultato / Target / % per year; a source), four cases:

- fam13-tree-chromium-1: a regional labour agency; ONE table whose first column is an indented outline with level
  labels above each title (`Area`, `Obiettivo strategico`, `Outcome`); Roman codes `I` / `I.1` / `I.1.a` /
  `I.1.a/1`; each YEAR is ONE cell holding three labelled lines (`Target: …`, `Risultato: …`, `Realizz.: …`);
  `Valore 2022`; `Fonte` column. Clean.
- fam13-tree-chromium-2: a university; a BREADCRUMB line (`Area › Obiettivo strategico › Outcome`) above one small
  table per outcome; academic years; per-year group `Target | Risultato | Scost. | %` (a deviation column the % must
  not be confused with); `Fonte` LAST. Fault: achievement.mismatch (`DID.2-I3` a.a. 2023/24).
- fam13-tree-lo-1: a regional agency; levels as BAND rows of three shades; codes `AS.01` / `OS.01.02` /
  `OUT.01.02.1` / `KPI.0121`; `Fonte` before the values; `Baseline 2023`; `Risultato | Target | %` for 2024 and 2025
  with number cells; `SI`, dates, `dato in aggiornamento`; header repeated after a manual break. Clean.
- fam13-tree-xlsx-1: a chamber of commerce; the tree on an `Albero` sheet, then ONE SHEET PER YEAR (`2023`, `2024`,
  `2025`) listing the indicators by outcome code with `Risultato | Target | % raggiungimento` (the 2023 sheet also
  `Valore 2022`; 2025 targets only). Fault: target.declining (`RI_03`: ≥ 90%, ≥ 88%, ≥ 86% on three sheets).
Content is invented."""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common16 import (CHROMIUM, LO_XLSX, XLSX, achv, case_dir, chromium_pdf, doc, esc, finding, font,  # noqa: E402
                      html_page3, ind, lo_pdf_of, node, q, readme13, show, widths, write_truth, xl_box, xl_fit_rows,
                      xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "fam13_tree.py"


def tree_nodes(tree):
    out = []
    for (ac, at, strat) in tree:
        out.append(node(ac, "area", at))
        for (sc, stt, outs) in strat:
            out.append(node(sc, "strategic", stt, parent=ac))
            for (oc, ot, _inds) in outs:
                out.append(node(oc, "operational", ot, parent=sc))
    return out


def Y(t, r=None, a=None):
    """One year of an indicator: target raw, result raw, achievement raw."""
    return {"t": t, "r": r, "a": a}


def K(code, name, unit, src, base, years):
    return {"code": code, "name": name, "unit": unit, "src": src, "base": base, "years": years}


def tree_inds(tree, base_year):
    out = []
    for (_ac, _at, strat) in tree:
        for (_sc, _st, outs) in strat:
            for (oc, _ot, kl) in outs:
                for k in kl:
                    ys = sorted(k["years"])
                    out.append(ind(
                        k["name"], oc, code=k["code"], unit=k["unit"],
                        baselines=[(base_year, k["base"])] if k["base"] not in (None, "–") else [],
                        targets=[(y, k["years"][y]["t"]) for y in ys],
                        results=[(y, k["years"][y]["r"]) for y in ys if k["years"][y]["r"] is not None],
                        achievement=[(y, k["years"][y]["a"]) for y in ys if k["years"][y]["a"] not in (None, "–")]))
    return out


# ============================================================ 1. Chromium: outline + one cell per year

def case_chromium1():
    name = "fam13-tree-chromium-1"
    org = "Agenzia Regionale per il Lavoro della Daunia"
    tree = [
        ("I", "Occupabilità e politiche attive del lavoro", [
            ("I.1", "Accrescere l'inserimento lavorativo delle persone disoccupate", [
                ("I.1.a", "Più persone prese in carico trovano lavoro entro sei mesi", [
                    K("I.1.a/1", "Occupati a sei mesi dalla presa in carico sul totale dei presi in carico", "%",
                      "SIL regionale", "38,4%",
                      {2023: Y("≥ 40%", "41,2%", achv(41.2, 40, "ge")),
                       2024: Y("≥ 42%", "40,9%", achv(40.9, 42, "ge"))}),
                    K("I.1.a/2", "Tempo medio tra presa in carico e prima proposta di lavoro", "gg",
                      "SIL regionale", "47 gg",
                      {2023: Y("≤ 45 gg", "43 gg", achv(43, 45, "le")),
                       2024: Y("≤ 40 gg", "44 gg", achv(44, 40, "le"))})]),
                ("I.1.b", "I giovani che non studiano e non lavorano sono raggiunti dai servizi", [
                    K("I.1.b/1", "Giovani NEET presi in carico", "N.", "Portale GOL", "2.140",
                      {2023: Y("≥ 2.300", "2.512", achv(2512, 2300, "ge")),
                       2024: Y("≥ 2.500", "2.387", achv(2387, 2500, "ge"))})])]),
            ("I.2", "Rafforzare la formazione professionale", [
                ("I.2.a", "I corsi finanziati portano a una qualifica", [
                    K("I.2.a/1", "Allievi qualificati sul totale degli iscritti", "%", "Sistema formazione", "n.d.",
                      {2023: Y("≥ 70%", "73,5%", achv(73.5, 70, "ge")),
                       2024: Y("≥ 72%", "71,1%", achv(71.1, 72, "ge"))}),
                    K("I.2.a/2", "Corsi avviati entro 60 giorni dall'autorizzazione", "%", "Sistema formazione",
                      "64,0%",
                      {2023: Y("≥ 70%", "76,2%", achv(76.2, 70, "ge")),
                       2024: Y("≥ 75%", "dato in aggiornamento", "–")})])])]),
        ("II", "Servizi alle imprese e funzionamento dell'Agenzia", [
            ("II.1", "Semplificare l'accesso agli incentivi per le assunzioni", [
                ("II.1.a", "Le imprese ricevono gli incentivi in tempi certi", [
                    K("II.1.a/1", "Domande di incentivo istruite entro 30 giorni", "%", "Protocollo informatico",
                      "81,3%",
                      {2023: Y("≥ 85%", "88,0%", achv(88, 85, "ge")),
                       2024: Y("≥ 88%", "90,4%", achv(90.4, 88, "ge"))}),
                    K("II.1.a/2", "Pubblicazione dell'avviso annuale per gli incentivi", "date",
                      "Albo on line", "–",
                      {2023: Y("entro il 31/03/2023", "15/03/2023", "100,0%"),
                       2024: Y("entro il 31/03/2024", "04/04/2024", "0,0%")})])]),
            ("II.2", "Garantire la sostenibilità della gestione", [
                ("II.2.a", "L'Agenzia paga i fornitori nei termini", [
                    K("II.2.a/1", "Indicatore annuale di tempestività dei pagamenti", "gg", "PCC – MEF", "2,7",
                      {2023: Y("≤ 0", "-6,3", achv(-6.3, 0, "le")),
                       2024: Y("≤ 0", "-5,8", achv(-5.8, 0, "le"))})])])]),
    ]
    years = [2023, 2024]
    css = """
body { font-family: "DejaVu Sans Condensed", "DejaVu Sans"; font-size: 7.5pt; color: #151515; }
h1 { font-size: 12pt; margin: 0 0 1pt 0; } .sub { font-size: 8.5pt; margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
th { background: #5b2a2a; color: #fff; padding: 3pt; font-weight: bold; border: 0.5pt solid #5b2a2a; }
td { border: 0.5pt solid #b9a7a7; padding: 2pt 3pt; vertical-align: top; }
tr.a td { background: #ead9d9; font-weight: bold; font-size: 8.5pt; }
tr.s td { background: #f6eeee; font-weight: bold; }
tr.o td { font-style: italic; }
.lv { display: block; font-size: 6pt; text-transform: uppercase; letter-spacing: 0.6pt; color: #7a4a4a;
  font-style: normal; font-weight: normal; }
td.y { white-space: nowrap; }
.k { color: #666; font-size: 6.6pt; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
p.foot { font-size: 6.8pt; color: #444; margin-top: 5pt; }
"""
    rows = []
    for (ac, at, strat) in tree:
        rows.append(f"<tr class=\"a\"><td>{esc(ac)}</td><td colspan=\"5\"><span class=\"lv\">Area</span>{esc(at)}"
                    "</td></tr>")
        for (sc, stt, outs) in strat:
            rows.append(f"<tr class=\"s\"><td>{esc(sc)}</td><td colspan=\"5\" style=\"padding-left:10pt\">"
                        f"<span class=\"lv\">Obiettivo strategico</span>{esc(stt)}</td></tr>")
            for (oc, ot, kl) in outs:
                rows.append(f"<tr class=\"o\"><td>{esc(oc)}</td><td colspan=\"5\" style=\"padding-left:20pt\">"
                            f"<span class=\"lv\">Outcome</span>{esc(ot)}</td></tr>")
                for k in kl:
                    cells = ""
                    for y in years:
                        e = k["years"][y]
                        cells += ("<td class=\"y\">"
                                  f"<span class=\"k\">Target:</span> {esc(e['t'])}<br>"
                                  f"<span class=\"k\">Risultato:</span> {esc(e['r'])}<br>"
                                  f"<span class=\"k\">Realizz.:</span> {esc(e['a'])}</td>")
                    rows.append(f"<tr><td>{esc(k['code'])}</td><td style=\"padding-left:30pt\">{esc(k['name'])}</td>"
                                f"<td>{esc(k['src'])}</td><td class=\"y\">{esc(k['base'])}</td>{cells}</tr>")
    body = (f"<h1>{esc(org)}</h1><div class=\"sub\">Relazione sulla performance 2024 – Albero della performance: "
            "valori di partenza e risultati 2023-2024</div>"
            "<table><colgroup><col style=\"width:7%\"><col style=\"width:43%\"><col style=\"width:12%\">"
            "<col style=\"width:8%\"><col style=\"width:15%\"><col style=\"width:15%\"></colgroup>"
            "<thead><tr><th>Codice</th><th>Albero della performance</th><th>Fonte</th><th>Valore 2022</th>"
            "<th>2023</th><th>2024</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            "<p class=\"foot\">Realizz. = grado di realizzazione: risultato / target (per gli indicatori da ridurre "
            "target / risultato), massimo 100%; scadenze e adempimenti 100% se rispettati, altrimenti 0%. Il dato 2024 "
            "dei corsi avviati è in aggiornamento.</p>")
    html = html_page3(body, css, margin="14mm 12mm 15mm 12mm", top_right=q("Allegato 2"),
                      bottom_center='counter(page) "/" counter(pages)', hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, years)], tree_nodes(tree), tree_inds(tree, 2022))
    readme13(
        d, name, "tree with past values and per-year triplets", CHROMIUM.format(script=SCRIPT),
        """Portrait A4, DejaVu Sans Condensed 7.5 pt, one ruled table `Codice | Albero della performance | Fonte | Valore
2022 | 2023 | 2024` (header repeated). The tree is an OUTLINE in the second column: area rows (shaded, bold),
strategic rows (light, bold, indented), Outcome rows (italic, indented more), each with a tiny uppercase LEVEL LABEL
on the line above its title (`AREA`, `OBIETTIVO STRATEGICO`, `OUTCOME`); indicators indented most. Codes are Roman
and nested: `I` / `I.1` / `I.1.a` / `I.1.a/1`. Each YEAR is ONE cell with three labelled lines: `Target: ≥ 40%`,
`Risultato: 41,2%`, `Realizz.: 100,0%`. A closing note defines the grade. Truth: areas `area`, strategic
`strategic`, outcomes `operational`; `Valore 2022` is the baseline 2022; the triplet lines give target, result and
achievement of their year (raws without the labels).""",
        ["triplet STACKED in one cell per year with inline labels, not three columns",
         "level labels above the titles; outline by indentation",
         "Roman nested codes with a slash for indicators (`II.1.a/2`)",
         "`Fonte` between the name and the values",
         "running `Allegato 2` header, `n/N` footer"],
        ["grades capped at 100% (`2.512` against `≥ 2.300`)",
         "`≤` indicators graded target / result (`44 gg` against `≤ 40 gg` = 90,9%)",
         "a missed deadline graded 0,0% (published 04/04/2024 against `entro il 31/03/2024`)",
         "payment timeliness `≤ 0` with NEGATIVE results (-6,3, -5,8) = 100,0%",
         "`≤ 0` flat in both years",
         "`dato in aggiornamento` with `Realizz.: –`: no achievement",
         "`n.d.` past value (I.2.a/1)",
         "no weights anywhere"],
        [])


# ============================================================ 2. Chromium: breadcrumb + one table per outcome

def case_chromium2():
    name = "fam13-tree-chromium-2"
    org = "Università degli Studi di Valdelsa"
    tree = [
        ("DID", "Didattica", [
            ("DID.1", "Ampliare l'attrattività dell'offerta formativa", [
                ("DID.1-O1", "Cresce la quota di immatricolati da fuori regione", [
                    K("DID.1-I1", "Immatricolati residenti fuori regione sul totale", "%", "ANS", ["18,2%", "19,6%"],
                      {2022: Y("≥ 20,0%", "21,4%", achv(21.4, 20, "ge")) | {"s": "+1,4"},
                       2023: Y("≥ 21,0%", "20,3%", achv(20.3, 21, "ge")) | {"s": "-0,7"}}),
                    K("DID.1-I2", "Corsi di studio erogati in lingua inglese", "N.", "Offerta formativa",
                      ["4", "5"],
                      {2022: Y("≥ 6", "6", achv(6, 6, "ge")) | {"s": "0"},
                       2023: Y("≥ 7", "8", achv(8, 7, "ge")) | {"s": "+1"}})])]),
            ("DID.2", "Migliorare la regolarità delle carriere", [
                ("DID.2-O1", "Gli studenti del primo anno acquisiscono almeno 40 CFU", [
                    K("DID.2-I1", "Studenti che proseguono al II anno con almeno 40 CFU", "%", "ANS",
                      ["52,8%", "55,1%"],
                      {2022: Y("≥ 56,0%", "57,9%", achv(57.9, 56, "ge")) | {"s": "+1,9"},
                       2023: Y("≥ 58,0%", "56,4%", achv(56.4, 58, "ge")) | {"s": "-1,6"}}),
                    K("DID.2-I2", "Abbandoni dopo il primo anno", "%", "ANS", ["14,9%", "13,7%"],
                      {2022: Y("≤ 13,5%", "12,8%", achv(12.8, 13.5, "le")) | {"s": "-0,7"},
                       2023: Y("≤ 12,5%", "13,1%", achv(13.1, 12.5, "le")) | {"s": "+0,6"}})]),
                ("DID.2-O2", "I laureati concludono gli studi nei tempi previsti", [
                    K("DID.2-I3", "Laureati entro la durata normale del corso", "%", "AlmaLaurea",
                      ["47,5%", "49,0%"],
                      {2022: Y("≥ 50,0%", "51,2%", achv(51.2, 50, "ge")) | {"s": "+1,2"},
                       2023: Y("≥ 52,0%", "48,9%", "96,0%") | {"s": "-3,1"}})])])]),
        ("RIC", "Ricerca", [
            ("RIC.1", "Accrescere la capacità di attrarre finanziamenti competitivi", [
                ("RIC.1-O1", "Più progetti europei finanziati", [
                    K("RIC.1-I1", "Progetti Horizon Europe finanziati", "N.", "Area Ricerca", ["7", "9"],
                      {2022: Y("≥ 10", "12", achv(12, 10, "ge")) | {"s": "+2"},
                       2023: Y("≥ 11", "10", achv(10, 11, "ge")) | {"s": "-1"}}),
                    K("RIC.1-I2", "Entrate da bandi competitivi", "EUR", "Contabilità",
                      ["3.412.000 €", "3.980.500 €"],
                      {2022: Y("≥ 4.000.000 €", "4.215.300 €", achv(4215300, 4000000, "ge")) | {"s": "+215.300"},
                       2023: Y("≥ 4.200.000 €", "dato in aggiornamento", "–") | {"s": "–"}})])]),
            ("RIC.2", "Valorizzare i risultati della ricerca", [
                ("RIC.2-O1", "I brevetti sono depositati più rapidamente", [
                    K("RIC.2-I1", "Tempo medio di deposito delle domande di brevetto", "gg", "Ufficio brevetti",
                      ["96 gg", "88 gg"],
                      {2022: Y("≤ 85 gg", "79 gg", achv(79, 85, "le")) | {"s": "-6"},
                       2023: Y("≤ 80 gg", "84 gg", achv(84, 80, "le")) | {"s": "+4"}})])])]),
        ("TM", "Terza missione", [
            ("TM.1", "Rafforzare il trasferimento delle conoscenze al territorio", [
                ("TM.1-O1", "Le imprese del territorio collaborano con l'Ateneo", [
                    K("TM.1-I1", "Contratti di ricerca commissionata da imprese locali", "N.", "Area Ricerca",
                      ["31", "34"],
                      {2022: Y("≥ 35", "38", achv(38, 35, "ge")) | {"s": "+3"},
                       2023: Y("≥ 38", "36", achv(36, 38, "ge")) | {"s": "-2"}}),
                    K("TM.1-I2", "Tempo medio di stipula delle convenzioni", "gg", "Titulus", ["62 gg", "57 gg"],
                      {2022: Y("≤ 55 gg", "51 gg", achv(51, 55, "le")) | {"s": "-4"},
                       2023: Y("≤ 50 gg", "53 gg", achv(53, 50, "le")) | {"s": "+3"}})]),
                ("TM.1-O2", "Cresce la partecipazione agli eventi di divulgazione scientifica", [
                    K("TM.1-I3", "Partecipanti agli eventi di public engagement", "N.", "Ufficio comunicazione",
                      ["4.150", "5.020"],
                      {2022: Y("≥ 5.200", "5.870", achv(5870, 5200, "ge")) | {"s": "+670"},
                       2023: Y("≥ 5.500", "6.140", achv(6140, 5500, "ge")) | {"s": "+640"}})])])]),
    ]
    assert achv(48.9, 52, "ge") == "94,0%"
    ay = [("a.a. 2022/23", 2022), ("a.a. 2023/24", 2023)]
    hy = [("a.a. 2020/21", 2020), ("a.a. 2021/22", 2021)]
    css = """
body { font-family: "Liberation Serif"; font-size: 9.4pt; color: #111; }
h1 { font-size: 13pt; margin: 0; } .sub { font-size: 9.5pt; margin: 1pt 0 8pt 0; font-style: italic; }
.crumb { margin: 9pt 0 2pt 0; font-size: 8.4pt; page-break-after: avoid; }
.crumb b { color: #0b3d62; } .crumb .sep { color: #999; padding: 0 3pt; }
table { border-collapse: collapse; width: 100%; page-break-inside: avoid; }
th { border-top: 1pt solid #0b3d62; border-bottom: 0.6pt solid #0b3d62; padding: 1.5pt 2pt; font-weight: bold;
  background: #f0f4f8; font-size: 7.8pt; }
td { border-bottom: 0.4pt solid #c7cfd6; padding: 1.5pt 2pt; text-align: right; vertical-align: top; }
td.l { text-align: left; } td.sc { color: #777; font-style: italic; } td.p { font-weight: bold; }
td.yl, th.yl { border-left: 0.8pt solid #0b3d62; }
p.n { font-size: 7.4pt; color: #333; margin-top: 8pt; }
"""
    parts = [f"<h1>{esc(org)}</h1>",
             "<div class=\"sub\">Relazione integrata sulla performance – risultati degli anni accademici 2022/23 e "
             "2023/24 per outcome</div>"]
    head = ("<tr><th rowspan=\"2\">Cod.</th><th rowspan=\"2\" style=\"width:25%\">Indicatore</th>"
            "<th colspan=\"2\">Serie storica</th>"
            + "".join(f"<th colspan=\"4\" class=\"yl\">{lab}</th>" for lab, _ in ay)
            + "<th rowspan=\"2\">Fonte</th></tr><tr>"
            + "".join(f"<th>{lab}</th>" for lab, _ in hy)
            + "<th class=\"yl\">Target</th><th>Risultato</th><th>Scost.</th><th>%</th>" * 2 + "</tr>")
    cols = ("<colgroup><col style=\"width:6.5%\"><col style=\"width:22%\"><col style=\"width:6.5%\">"
            "<col style=\"width:6.5%\">" + "<col style=\"width:7%\"><col style=\"width:7%\"><col style=\"width:4.5%\">"
            "<col style=\"width:5%\">" * 2 + "<col style=\"width:11%\"></colgroup>")
    for (ac, at, strat) in tree:
        for (sc, stt, outs) in strat:
            for (oc, ot, kl) in outs:
                parts.append(f"<div class=\"crumb\">Area <b>{esc(ac)}</b> {esc(at)}<span class=\"sep\">›</span>"
                             f"Obiettivo strategico <b>{esc(sc)}</b> {esc(stt)}<span class=\"sep\">›</span>"
                             f"Outcome <b>{esc(oc)}</b> {esc(ot)}</div>")
                rows = []
                for k in kl:
                    r = (f"<tr><td class=\"l\">{esc(k['code'])}</td><td class=\"l\">{esc(k['name'])}</td>"
                         + "".join(f"<td>{esc(b)}</td>" for b in k["base"]))
                    for _, y in ay:
                        e = k["years"][y]
                        r += (f"<td class=\"yl\">{esc(e['t'])}</td><td>{esc(e['r'])}</td>"
                              f"<td class=\"sc\">{esc(e['s'])}</td><td class=\"p\">{esc(e['a'])}</td>")
                    r += f"<td class=\"l\">{esc(k['src'])}</td></tr>"
                    rows.append(r)
                parts.append(f"<table>{cols}<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")
    parts.append("<p class=\"n\">Scost. = risultato meno target (punti percentuali o unità). % = grado di "
                 "raggiungimento: risultato / target, per gli indicatori da ridurre target / risultato, fino a un "
                 "massimo del 100%. a.a. = anno accademico.</p>")
    html = html_page3("\n".join(parts), css, landscape=True, margin="13mm 14mm 14mm 14mm",
                      bottom_right='"Pag. " counter(page)', hf_font='7.5pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    nodes = tree_nodes(tree)
    inds = []
    for (_ac, _at, strat) in tree:
        for (_sc, _st, outs) in strat:
            for (oc, _ot, kl) in outs:
                for k in kl:
                    inds.append(ind(
                        k["name"], oc, code=k["code"], unit=k["unit"],
                        baselines=[(y, b) for (_, y), b in zip(hy, k["base"])],
                        targets=[(y, k["years"][y]["t"]) for _, y in ay],
                        results=[(y, k["years"][y]["r"]) for _, y in ay],
                        achievement=[(y, k["years"][y]["a"]) for _, y in ay if k["years"][y]["a"] != "–"]))
    write_truth(d, [doc(org, [2022, 2023])], nodes, inds,
                findings=[finding("achievement.mismatch", "DID.2-I3",
                                  "a.a. 2023/24: 48,9% against ≥ 52,0% prints 96,0%, due 94,0%")])
    readme13(
        d, name, "tree with past values and per-year triplets", CHROMIUM.format(script=SCRIPT),
        """Landscape A4, Liberation Serif 9.4 pt, horizontal rules only, two pages. Title and subtitle, then for EACH OUTCOME a
BREADCRUMB line `Area DID Didattica › Obiettivo strategico DID.2 Migliorare … › Outcome DID.2-O2 I laureati …` (codes
in bold) above its own small table, whose two-row header is printed again for every table: `Cod. | Indicatore |
Serie storica (a.a. 2020/21, a.a. 2021/22) | a.a. 2022/23 (Target | Risultato | Scost. | %) | a.a. 2023/24 (Target |
Risultato | Scost. | %) | Fonte`. `Scost.` is the signed difference result − target in grey italics (`+1,4`, `-0,7`);
`%` the grade in bold. Codes: areas `DID` / `RIC` / `TM`, strategic `DID.2`, outcomes `DID.2-O1`, indicators `DID.2-I3`.
Truth: the breadcrumb gives the tree (area → strategic → outcome `operational`); academic years map to their first
calendar year (`a.a. 2022/23` → 2022, past values 2020 and 2021 are baselines); `Scost.` is not an achievement;
`dato in aggiornamento` is a result raw without achievement.""",
        ["tree only in breadcrumb lines above one table per outcome",
         "an extra `Scost.` column inside each year group (four columns per year)",
         "academic years `a.a. 2022/23` (short second year)",
         "two past values (`Serie storica`)",
         "`Fonte` LAST; horizontal rules only, landscape serif"],
        ["grades capped at 100% (`12` against `≥ 10`)",
         "`≤` indicators graded target / result (`13,1%` against `≤ 12,5%` = 95,4%)",
         "negative `Scost.` values are deviations, not achievements nor results",
         "`dato in aggiornamento` with `–`: no achievement",
         "no weights anywhere"],
        ["achievement.mismatch: `DID.2-I3` (Laureati entro la durata normale del corso), a.a. 2023/24 — result "
         "48,9% against `≥ 52,0%` prints 96,0%; due 48,9 / 52,0 = 94,0%"])


# ============================================================ 3. LibreOffice: band rows by level

def case_lo():
    name = "fam13-tree-lo-1"
    org = "Agenzia regionale per le attività irrigue e forestali"
    P1, P0, G = "0.0%", "0%", "General"
    # per year: (result value, result format) or text; target raw; achievement value (None → `–`)
    tree = [
        ("AS.01", "Gestione sostenibile delle risorse idriche", [
            ("OS.01.01", "Ridurre le perdite delle reti irrigue", [
                ("OUT.01.01.1", "Meno acqua dispersa nei comprensori irrigui", [
                    ("KPI.0111", "Perdite idriche sul volume immesso in rete", "%", "Telecontrollo",
                     (0.274, P1), {2024: ((0.252, P1), "≤ 26%"), 2025: ((0.243, P1), "≤ 24%")}),
                    ("KPI.0112", "Rete irrigua sostituita", "km", "Stati di avanzamento lavori",
                     (12.5, '0.0" km"'), {2024: ((14.2, '0.0" km"'), "≥ 14 km"),
                                          2025: ((13.1, '0.0" km"'), "≥ 15 km")}),
                    ("KPI.0113", "Consegna del rapporto annuale sulle perdite", "date", "Protocollo",
                     "–", {2024: ((datetime.date(2024, 3, 28), "DD/MM/YYYY"), "entro il 31/03/2024"),
                           2025: ((datetime.date(2025, 4, 7), "DD/MM/YYYY"), "entro il 31/03/2025")})])]),
            ("OS.01.02", "Ammodernare gli impianti di sollevamento", [
                ("OUT.01.02.1", "Impianti più efficienti dal punto di vista energetico", [
                    ("KPI.0121", "Energia consumata per metro cubo sollevato", "kWh/mc", "Contatori impianti",
                     (0.051, "0.000"), {2024: ((0.048, "0.000"), "≤ 0,049"), 2025: ((0.047, "0.000"), "≤ 0,046")}),
                    ("KPI.0122", "Piano di efficientamento energetico adottato o aggiornato", "text",
                     "Atti dell'Agenzia", "SI", {2024: (("SI", None), "SI"), 2025: (("SI", None), "SI")})])])]),
        ("AS.02", "Tutela del patrimonio forestale", [
            ("OS.02.01", "Prevenire gli incendi boschivi", [
                ("OUT.02.01.1", "Minore superficie boscata percorsa dal fuoco", [
                    ("KPI.0211", "Superficie percorsa dal fuoco", "ha", "Catasto incendi",
                     (318, '0" ha"'), {2024: ((244, '0" ha"'), "≤ 300 ha"),
                                       2025: (("dato in aggiornamento", None), "≤ 280 ha")}),
                    ("KPI.0212", "Viali parafuoco manutenuti", "km", "Squadre forestali",
                     (86, '0" km"'), {2024: ((91, '0" km"'), "≥ 90 km"), 2025: ((88, '0" km"'), "≥ 95 km")})]),
                ("OUT.02.01.2", "Gli incendi sono avvistati e affrontati più rapidamente", [
                    ("KPI.0213", "Tempo medio di primo intervento", "min", "Sala operativa",
                     (38, '0" min"'), {2024: ((35, '0" min"'), "≤ 35 min"), 2025: ((33, '0" min"'), "≤ 32 min")})])]),
            ("OS.02.02", "Valorizzare la filiera del legno", [
                ("OUT.02.02.1", "Più legname certificato venduto", [
                    ("KPI.0221", "Legname certificato venduto sul totale venduto", "%", "Registro vendite",
                     (0.41, P1), {2024: ((0.455, P1), "≥ 45%"), 2025: ((0.47, P1), "≥ 48%")}),
                    ("KPI.0222", "Aste telematiche svolte", "N.", "Piattaforma e-procurement",
                     (0, G), {2024: ((3, G), "≥ 2"), 2025: ((4, G), "≥ 4")})])])]),
    ]
    years = [2024, 2025]

    def ach(res, tgt):
        v, _f = res
        if isinstance(v, str) and v not in ("SI", "NO"):
            return None
        if tgt.startswith("entro il"):
            dd, mm, yy = tgt.split()[-1].split("/")
            return 1.0 if v <= datetime.date(int(yy), int(mm), int(dd)) else 0.0
        if tgt in ("SI", "NO"):
            return 1.0 if v == tgt else 0.0
        op = "le" if tgt.startswith("≤") else "ge"
        tv = float(tgt[1:].strip().split()[0].replace(".", "").replace(",", ".").rstrip("%"))
        if tgt.rstrip().endswith("%"):
            tv /= 100
        a = float(achv(v, tv, op, dec=1).rstrip("%").replace(",", ".")) / 100
        return a

    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    wb = Workbook()
    ws = wb.active
    ws.title = "Albero"
    st = xl_styles()
    S = st["Side"]
    thin = S(style="thin", color="7a7a7a")
    grid = st["Border"](left=thin, right=thin, top=thin, bottom=thin)
    widths(ws, [11.5, 30, 11, 9, 9.5, 9.5, 7, 9.5, 9.5, 7])
    fn = font("Liberation Sans", 8.5)
    fb = font("Liberation Sans", 8.5, bold=True)
    xl_put(ws, 1, 1, org, font=font("Liberation Sans", 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance – Albero degli obiettivi con baseline, target e risultati 2024-2025",
           font=font("Liberation Sans", 9.5, italic=True), wrap=False)
    h1 = ["Codice", "Descrizione", "Fonte", "Baseline 2023", "2024", None, None, "2025", None, None]
    h2 = [None, None, None, None, "Risultato", "Target", "%", "Risultato", "Target", "%"]
    for c, h in enumerate(h1, 1):
        xl_put(ws, 4, c, h, font=fb, fill="C6D3BE", border=grid, halign="center", valign="center")
    for c, h in enumerate(h2, 1):
        if h:
            xl_put(ws, 5, c, h, font=fb, fill="C6D3BE", border=grid, halign="center")
    for c in (1, 2, 3, 4):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=10)
    xl_box(ws, 4, 1, 5, 10, grid)
    r = 6
    nodes, inds = [], []
    fills = {"a": "556B2F", "s": "A9BC8F", "o": "E3EBD8"}
    for ai, (ac, at, strat) in enumerate(tree):
        if ai == 1:
            ws.row_breaks.append(Break(id=r - 1))
        nodes.append(node(ac, "area", at))
        for (lv, code, title) in [("a", ac, at)]:
            xl_put(ws, r, 1, code, font=font("Liberation Sans", 9, bold=True, color="FFFFFF"), fill=fills[lv],
                   border=grid)
            xl_put(ws, r, 2, f"Area strategica: {title}", font=font("Liberation Sans", 9, bold=True, color="FFFFFF"),
                   fill=fills[lv], border=grid, wrap=False)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
            xl_box(ws, r, 2, r, 10, grid)
            r += 1
        for (sc, stt, outs) in strat:
            nodes.append(node(sc, "strategic", stt, parent=ac))
            xl_put(ws, r, 1, sc, font=fb, fill=fills["s"], border=grid)
            xl_put(ws, r, 2, f"Obiettivo strategico: {stt}", font=fb, fill=fills["s"], border=grid, wrap=False)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
            xl_box(ws, r, 2, r, 10, grid)
            r += 1
            for (oc, ot, kl) in outs:
                nodes.append(node(oc, "operational", ot, parent=sc))
                xl_put(ws, r, 1, oc, font=font("Liberation Sans", 8.5, italic=True, bold=True), fill=fills["o"],
                       border=grid)
                xl_put(ws, r, 2, f"Outcome: {ot}", font=font("Liberation Sans", 8.5, italic=True), fill=fills["o"],
                       border=grid, wrap=False)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
                xl_box(ws, r, 2, r, 10, grid)
                r += 1
                r0 = r
                for (kc, kn, unit, src, base, ys) in kl:
                    xl_put(ws, r, 1, kc, font=fn, border=grid)
                    xl_put(ws, r, 2, kn, font=fn, border=grid)
                    xl_put(ws, r, 3, src, font=font("Liberation Sans", 7.5, italic=True), border=grid)
                    if isinstance(base, tuple):
                        xl_put(ws, r, 4, base[0], font=fn, border=grid, halign="right", fmt=base[1])
                        braw = show(base[0], base[1])
                    else:
                        xl_put(ws, r, 4, base, font=fn, border=grid, halign="right")
                        braw = base
                    tg, rs, ac_ = [], [], []
                    for k, y in enumerate(years):
                        res, tgt = ys[y]
                        c0 = 5 + 3 * k
                        v, fmt = res
                        if fmt:
                            xl_put(ws, r, c0, v, font=fn, border=grid, halign="right", fmt=fmt)
                            rraw = show(v, fmt)
                        else:
                            xl_put(ws, r, c0, v, font=fn, border=grid, halign="right")
                            rraw = v
                        xl_put(ws, r, c0 + 1, tgt, font=fn, border=grid, halign="right")
                        a = ach(res, tgt)
                        if a is None:
                            xl_put(ws, r, c0 + 2, "–", font=fb, border=grid, halign="center")
                        else:
                            xl_put(ws, r, c0 + 2, a, font=fb, border=grid, halign="right", fmt="0.0%")
                            ac_.append((y, show(a, "0.0%")))
                        tg.append((y, tgt))
                        rs.append((y, rraw))
                    inds.append(ind(kn, oc, code=kc, unit=unit,
                                    baselines=[(2023, braw)] if braw != "–" else [],
                                    targets=tg, results=rs, achievement=ac_))
                    r += 1
                xl_fit_rows(ws, r0, r - 1, pt=8.5)
    xl_put(ws, r + 1, 1, "% = grado di raggiungimento del target (massimo 100%); per gli indicatori da ridurre è "
           "calcolato come target / risultato; scadenze e SI/NO: 100% se rispettati, altrimenti 0%.",
           font=font("Liberation Sans", 7.5, italic=True))
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    ws.row_dimensions[r + 1].height = 24
    xl_page(ws, landscape=False, title_rows="4:5", margins=0.4)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, years)], nodes, inds)
    readme13(
        d, name, "tree with past values and per-year triplets", LO_XLSX.format(script=SCRIPT),
        """Portrait A4, Liberation Sans 8.5 pt, full thin grid, printed by LibreOffice. Two-row header `Codice |
Descrizione | Fonte | Baseline 2023 | 2024 (Risultato | Target | %) | 2025 (Risultato | Target | %)`, repeated
after a MANUAL page break before the second area. Tree levels are BAND rows merged over the value columns, in three
shades, with the level spelled before the title: `Area strategica: …` (dark, white text), `Obiettivo strategico: …`
(mid), `Outcome: …` (light, italic); codes in column A: `AS.01` / `OS.01.02` / `OUT.01.02.1` / `KPI.0121`.
Indicators: `Fonte` BEFORE the values; baseline and results as number cells with their formats (`0.0%`, `0.0" km"`,
`0.000`, `0" ha"`, `0" min"`, dates `DD/MM/YYYY`, General) or text (`SI`, `–`, `dato in aggiornamento`); targets text;
`%` as `0.0%` cells or `–`. Truth: titles without the level label; areas `area`, strategic `strategic`, outcomes
`operational`; `Baseline 2023` → baseline 2023.""",
        ["levels as band rows with the level name before the title",
         "codes with prefixes per level (`AS.` / `OS.` / `OUT.` / `KPI.`)",
         "triplet order Risultato | Target | %",
         "results as number cells with unit-printing formats; date results",
         "portrait, manual break, two-row header repeated"],
        ["grades capped at 100% (`14,2 km` against `≥ 14 km`)",
         "`≤` indicators graded target / result (`0,047` against `≤ 0,046` = 97,9%; `33 min` against `≤ 32 min`)",
         "a report delivered on 07/04/2025 against `entro il 31/03/2025` = 0,0%",
         "`SI` against `SI` = 100,0%",
         "`≤ 35 min` equal to the 2024 result; `≥ 4` equal to the 2025 result",
         "`dato in aggiornamento` with `–`: no achievement",
         "baseline `0` aste for a new activity; `–` for the yearly report",
         "no weights anywhere"],
        [])


# ============================================================ 4. xlsx: one sheet per year

def case_xlsx():
    name = "fam13-tree-xlsx-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura delle Alpi Apuane"
    P1 = "0.0%"
    tree = [
        ("A", "Competitività del sistema economico locale", [
            ("A.1", "Sostenere la digitalizzazione delle imprese", [
                ("A.1.i", "Più imprese adottano strumenti digitali", [
                    ("PR_01", "Imprese che hanno svolto l'assessment di maturità digitale", "N.", "PID – Dintel",
                     (214, "0"), {2023: ((251, "0"), "≥ 230", 230), 2024: ((243, "0"), "≥ 250", 250),
                                  2025: (None, "≥ 270", None)}),
                    ("PR_02", "Voucher digitali liquidati sul totale dei concessi", "%", "Contabilità",
                     (0.795, P1), {2023: ((0.826, P1), "≥ 80%", 0.80), 2024: ((0.811, P1), "≥ 82%", 0.82),
                                   2025: (None, "≥ 84%", None)})])]),
            ("A.2", "Favorire l'internazionalizzazione", [
                ("A.2.i", "Cresce il numero di imprese esportatrici", [
                    ("PR_03", "Imprese assistite per la prima esportazione", "N.", "CRM camerale",
                     (37, "0"), {2023: ((44, "0"), "≥ 40", 40), 2024: ((47, "0"), "≥ 45", 45),
                                 2025: (None, "≥ 50", None)})])])]),
        ("B", "Semplificazione e trasparenza del mercato", [
            ("B.1", "Ridurre i tempi dei procedimenti anagrafici", [
                ("B.1.i", "Le pratiche sono evase più rapidamente", [
                    ("RI_03", "Pratiche del Registro imprese evase entro 5 giorni", "%", "Priamo",
                     (0.872, P1), {2023: ((0.914, P1), "≥ 90%", 0.90), 2024: ((0.902, P1), "≥ 88%", 0.88),
                                   2025: (None, "≥ 86%", None)}),
                    ("RI_04", "Tempo medio di evasione delle pratiche", "gg", "Priamo",
                     (4.4, '0.0" gg"'), {2023: ((3.8, '0.0" gg"'), "≤ 4 gg", 4), 2024: ((3.7, '0.0" gg"'),
                                                                                        "≤ 3,5 gg", 3.5),
                                         2025: (None, "≤ 3,2 gg", None)})]),
                ("B.1.ii", "I procedimenti sanzionatori si chiudono nei termini", [
                    ("RM_01", "Ordinanze emesse entro 120 giorni dal verbale", "%", "Gestionale sanzioni",
                     ("n.d.", None), {2023: ((0.733, P1), "≥ 70%", 0.70), 2024: ((0.708, P1), "≥ 75%", 0.75),
                                      2025: (None, "≥ 80%", None)})])])]),
        ("C", "Efficienza della Camera", [
            ("C.1", "Garantire la solidità economico-finanziaria", [
                ("C.1.i", "I proventi strutturali coprono gli oneri strutturali", [
                    ("EF_02", "Indice di equilibrio strutturale", "%", "Bilancio d'esercizio",
                     (0.021, P1), {2023: ((0.031, P1), "≥ 2,5%", 0.025), 2024: ((0.028, P1), "≥ 3%", 0.03),
                                   2025: (None, "≥ 3,5%", None)}),
                    ("EF_05", "Approvazione del bilancio d'esercizio", "date", "Delibere del Consiglio",
                     ("–", None), {2023: ((datetime.date(2023, 4, 27), "DD/MM/YYYY"), "entro il 30/04/2023",
                                          datetime.date(2023, 4, 30)),
                                   2024: ((datetime.date(2024, 4, 29), "DD/MM/YYYY"), "entro il 30/04/2024",
                                          datetime.date(2024, 4, 30)),
                                   2025: (None, "entro il 30/04/2025", None)})])])]),
    ]
    years = [2023, 2024, 2025]

    def grade(v, tgt_raw, tv):
        if isinstance(v, datetime.date):
            return 1.0 if v <= tv else 0.0
        op = "le" if tgt_raw.startswith("≤") else "ge"
        return float(achv(v, tv, op, dec=1).rstrip("%").replace(",", ".")) / 100

    from openpyxl import Workbook
    wb = Workbook()
    st = xl_styles()
    S = st["Side"]
    thin = S(style="thin", color="8a8a8a")
    grid = st["Border"](left=thin, right=thin, top=thin, bottom=thin)
    fn = font("Calibri", 10)
    fb = font("Calibri", 10, bold=True)
    ws = wb.active
    ws.title = "Albero"
    widths(ws, [10, 22, 70, 12])
    xl_put(ws, 1, 1, org, font=font("Calibri", 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Albero della performance 2023-2025 – aree, obiettivi strategici e outcome",
           font=font("Calibri", 10, italic=True), wrap=False)
    for c, h in enumerate(["Codice", "Livello", "Descrizione", "Codice padre"], 1):
        xl_put(ws, 4, c, h, font=fb, fill="F4D9B8", border=grid, halign="center")
    r = 5
    nodes = []
    for (ac, at, strat) in tree:
        nodes.append(node(ac, "area", at))
        for c, v in enumerate([ac, "Area strategica", at, None], 1):
            xl_put(ws, r, c, v, font=fb, border=grid, fill="FBEBD7")
        r += 1
        for (sc, stt, outs) in strat:
            nodes.append(node(sc, "strategic", stt, parent=ac))
            for c, v in enumerate([sc, "Obiettivo strategico", stt, ac], 1):
                xl_put(ws, r, c, v, font=fn, border=grid, indent=1 if c == 3 else 0)
            r += 1
            for (oc, ot, _kl) in outs:
                nodes.append(node(oc, "operational", ot, parent=sc))
                for c, v in enumerate([oc, "Outcome", ot, sc], 1):
                    xl_put(ws, r, c, v, font=font("Calibri", 10, italic=True), border=grid,
                           indent=2 if c == 3 else 0)
                r += 1
    xl_page(ws, landscape=False, margins=0.5)
    per = {}
    for y in years:
        ws = wb.create_sheet(str(y))
        first = y == years[0]
        last = y == years[-1]
        head = ["Outcome", "Cod. indicatore", "Indicatore", "Fonte"] + (["Valore 2022"] if first else []) + \
            ["Risultato", "Target", "% raggiungimento"]
        widths(ws, [10, 12, 50, 20] + ([12] if first else []) + [12, 13, 14])
        xl_put(ws, 1, 1, f"Scheda anno {y} – indicatori per outcome", font=font("Calibri", 13, bold=True),
               wrap=False)
        sub = ("Risultati al 31/12/2023 e grado di raggiungimento" if y == 2023 else
               "Risultati al 31/12/2024 e grado di raggiungimento" if y == 2024 else
               "Target dell'anno in corso: risultati e grado di raggiungimento saranno rilevati al 31/12/2025")
        xl_put(ws, 2, 1, sub, font=font("Calibri", 10, italic=True), wrap=False)
        for c, h in enumerate(head, 1):
            xl_put(ws, 4, c, h, font=fb, fill="F4D9B8", border=grid, halign="center", valign="center")
        ws.row_dimensions[4].height = 28
        r = 5
        for (_ac, _at, strat) in tree:
            for (_sc, _st, outs) in strat:
                for (oc, _ot, kl) in outs:
                    for (kc, kn, unit, src, base, ys) in kl:
                        res, tgt, tv = ys[y]
                        vals = [oc, kc, kn, src]
                        for c, v in enumerate(vals, 1):
                            xl_put(ws, r, c, v, font=fn, border=grid)
                        c = 5
                        e = per.setdefault(kc, {"oc": oc, "name": kn, "unit": unit, "base": None, "t": [], "r": [],
                                                "a": []})
                        if first:
                            bv, bf = base
                            if bf:
                                xl_put(ws, r, c, bv, font=fn, border=grid, halign="right", fmt=bf)
                                e["base"] = show(bv, bf)
                            else:
                                xl_put(ws, r, c, bv, font=fn, border=grid, halign="right")
                                e["base"] = None if bv == "–" else bv
                            c += 1
                        if res is None:
                            xl_put(ws, r, c, None, border=grid)
                            xl_put(ws, r, c + 2, None, border=grid)
                        else:
                            v, f = res
                            xl_put(ws, r, c, v, font=fn, border=grid, halign="right", fmt=f)
                            g = grade(v, tgt, tv)
                            xl_put(ws, r, c + 2, g, font=fb, border=grid, halign="right", fmt="0.0%")
                            e["r"].append((y, show(v, f)))
                            e["a"].append((y, show(g, "0.0%")))
                        xl_put(ws, r, c + 1, tgt, font=fn, border=grid, halign="right")
                        e["t"].append((y, tgt))
                        r += 1
        xl_fit_rows(ws, 5, r - 1, pt=10)
        ws.freeze_panes = "C5"
        if last:
            xl_put(ws, r + 1, 1, "Le colonne Risultato e % raggiungimento sono vuote per l'anno in corso.",
                   font=font("Calibri", 9, italic=True), wrap=False)
        xl_page(ws, landscape=True, title_rows="4:4", margins=0.45)
    wn = wb.create_sheet("Note")
    widths(wn, [110])
    for k, t in enumerate(["Note alla lettura",
                           "Il codice outcome collega ogni indicatore all'albero del foglio Albero.",
                           "% raggiungimento = risultato / target (per gli indicatori da ridurre target / risultato), "
                           "con un massimo del 100%; per le scadenze 100% se rispettate, altrimenti 0%.",
                           "Il valore 2022 è riportato solo nella scheda 2023."], 1):
        xl_put(wn, k, 1, t, font=font("Calibri", 10, bold=(k == 1)))
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    inds = []
    for kc, e in per.items():
        inds.append(ind(e["name"], e["oc"], code=kc, unit=e["unit"],
                        baselines=[(2022, e["base"])] if e["base"] else [],
                        targets=e["t"], results=e["r"], achievement=e["a"]))
    write_truth(d, [doc(org, years)], nodes, inds,
                findings=[finding("target.declining", "RI_03",
                                  "targets get easier year after year: ≥ 90% (2023), ≥ 88% (2024), ≥ 86% (2025)")])
    readme13(
        d, name, "tree with past values and per-year triplets", XLSX.format(script=SCRIPT),
        """Workbook kept as .xlsx, Calibri 10 pt, sheets `Albero`, `2023`, `2024`, `2025`, `Note`. `Albero` lists the tree
as a table `Codice | Livello | Descrizione | Codice padre` (levels `Area strategica`, `Obiettivo strategico`,
`Outcome`; codes `A` / `A.1` / `A.1.i`). Each YEAR SHEET (`Scheda anno 2024 – indicatori per outcome`) lists every
indicator with `Outcome | Cod. indicatore | Indicatore | Fonte | Risultato | Target | % raggiungimento`; only the 2023
sheet has a `Valore 2022` column (past value), and on the 2025 sheet (the current year) Risultato and % are empty.
Results are number cells (`0`, `0.0%`, `0.0" gg"`, dates), grades `0.0%` cells, targets text. Indicator codes
`PR_01`, `RI_03`, `EF_05`. Truth: one indicator entry per code, merging its rows of the three year sheets (targets
2023-2025, results and achievements 2023-2024, baseline 2022 from the 2023 sheet); nodes from `Albero`, outcomes
`operational`.""",
        ["the triplets of each year on their OWN SHEET (years are sheets, not column groups)",
         "the tree on a separate sheet, linked only by the outcome code",
         "past value only on the first year sheet",
         "current-year sheet with targets only",
         "Roman lower-case outcome codes `B.1.ii`"],
        ["grades capped at 100% (`251` against `≥ 230`)",
         "`≤` indicator graded target / result (`3,7 gg` against `≤ 3,5 gg` = 94,6%) and with targets going DOWN "
         "(`≤ 4 gg`, `≤ 3,5 gg`, `≤ 3,2 gg`)",
         "empty results and grades for 2025: not yet measured, not missing",
         "`n.d.` past value (RM_01) and `–` for the yearly approval deadline",
         "no weights anywhere"],
        ["target.declining: `RI_03` (Pratiche del Registro imprese evase entro 5 giorni) — `≥ 90%` on sheet 2023, "
         "`≥ 88%` on sheet 2024, `≥ 86%` on sheet 2025"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium1", "chromium2", "lo", "xlsx"]
    for w in which:
        {"chromium1": case_chromium1, "chromium2": case_chromium2, "lo": case_lo, "xlsx": case_xlsx}[w]()
        print("made", w)
