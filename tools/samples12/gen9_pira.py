#!/usr/bin/python3
"""gen9-pira-chromium-1: a ministry's PIRA 2026-2028 printed by Chromium. Portrait, Liberation Sans 9 pt, ruled with a
DOUBLE outer border; one section per programme opened by a small label/value CAPTION GRID (`Missione`, `Programma`,
`Centro di responsabilità`); objectives with EIGHT-DIGIT codes (`14050101`) on the first line of the objective cell;
`Valore di partenza (2024)` (two years before the plan); `Risultato atteso` grouped over 2026-2028; the page break falls
between the last caption grid and its table; `Stanziamento 2026` merged down per objective,
`€ 179.220.000,00` style; one closing total. Operators in words (`maggiore o uguale a`, `Maggiore o uguale al`),
flat `= 100%`, `≤` going down. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (CHROMIUM, case_dir, chromium_pdf, dnum, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                      td, vars11, write_truth)

SCRIPT = "gen9_pira.py"
ORG = "Ministero delle Infrastrutture Idriche e della Difesa del Suolo"
Y = [2026, 2027, 2028]

# section: (mission code, mission name, programme code, programme name, CdR,
#   objectives: (code, title, resources, indicators: (name, tipo, formula, unit, base, (t26, t27, t28))))
SECTIONS = [
    ("014", "Infrastrutture pubbliche e logistica", "005", "Sistemi idrici, idraulici ed elettrici",
     "Direzione generale per le dighe e le infrastrutture idriche", [
         ("14050101", "Assicurare la vigilanza sulla sicurezza delle grandi dighe", Decimal("4321772.00"), [
             ("Grandi dighe sottoposte ad almeno due visite ispettive nell'anno", "Indicatore di risultato (output)",
              "DIG_isp2 / DIG_tot x 100", "%", "91,5%",
              ("maggiore o uguale a 93%", "maggiore o uguale a 95%", "maggiore o uguale a 97%")),
             ("Tempo medio di approvazione dei progetti di gestione degli invasi", "Indicatore di realizzazione fisica",
              "GG_appr / N_progetti", "gg", "212 gg", ("≤ 200 gg", "≤ 185 gg", "≤ 170 gg"))]),
         ("14050102", "Accelerare la realizzazione degli interventi sulle reti idriche finanziati dal PNRR",
          Decimal("179220000.00"), [
              ("Interventi con collaudo concluso sul totale degli interventi finanziati",
               "Indicatore di realizzazione fisica", "INT_coll / INT_fin x 100", "%", "38,0%",
               ("maggiore o uguale a 55%", "maggiore o uguale a 80%", "maggiore o uguale a 100%")),
              ("Riduzione delle perdite idriche nelle reti oggetto di intervento", "Indicatore di impatto (outcome)",
               "(PERD_2024 - PERD_anno) / PERD_2024 x 100", "%", "4,10%",
               ("Maggiore o uguale al 4,85%", "Maggiore o uguale al 5,10%", "Maggiore o uguale al 5,40%")),
              ("Pagamenti effettuati sugli stanziamenti di competenza", "Indicatore di realizzazione finanziaria",
               "PAG_comp / STANZ_comp x 100", "%", "71,2%", ("≥ 75%", "≥ 80%", "≥ 85%"))])]),
    ("014", "Infrastrutture pubbliche e logistica", "011", "Difesa del suolo e mitigazione del rischio idrogeologico",
     "Direzione generale per la difesa del suolo", [
         ("14110101", "Ridurre la popolazione esposta a rischio di frana e di alluvione", Decimal("96450300.00"), [
             ("Popolazione messa in sicurezza dagli interventi conclusi nell'anno", "Indicatore di impatto (outcome)",
              "POP_prot", "N.", "18.400", ("≥ 20.000", "≥ 24.000", "≥ 28.000")),
             ("Interventi del piano stralcio aggiudicati entro dodici mesi dal finanziamento",
              "Indicatore di risultato (output)", "INT_agg12 / INT_fin x 100", "%", "64%",
              ("maggiore o uguale a 70%", "maggiore o uguale a 75%", "maggiore o uguale a 80%"))]),
         ("14110102", "Completare la mappatura delle aree a pericolosità idraulica", Decimal("2870000.00"), [
             ("Bacini idrografici con mappe di pericolosità aggiornate e pubblicate", "Indicatore di risultato (output)",
              "BAC_agg / BAC_tot x 100", "%", "100%", ("= 100%", "= 100%", "= 100%"))])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza",
     "Direzione generale del personale, del bilancio e dei servizi generali", [
         ("32030101", "Migliorare la tempestività dei pagamenti e la trasparenza amministrativa",
          Decimal("1256480.50"), [
              ("Indicatore di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria",
               "GG_ritardo_pond / IMP_pagato", "gg", "-2 gg", ("≤ -3 gg", "≤ -4 gg", "≤ -5 gg")),
              ("Obblighi di pubblicazione assolti nei termini", "Indicatore di risultato (output)",
               "OBB_ass / OBB_tot x 100", "%", "96%", ("= 100%", "= 100%", "= 100%"))])]),
]

CSS = """body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 11pt; margin: 0 0 1mm 0; text-transform: uppercase; letter-spacing: 0.3pt; }
h2 { font-size: 9.5pt; margin: 0 0 3mm 0; font-weight: normal; }
p.intro { margin: 0 0 3mm 0; text-align: justify; }
table.cap { border-collapse: collapse; margin: 4mm 0 1.5mm 0; width: 100%; }
table.cap td { border: 0.5pt solid #333; padding: 1.6pt 3pt; font-size: 7.8pt; }
table.cap td.l { width: 36mm; background: #e6e6e6; font-weight: bold; }
table.ind { border-collapse: collapse; width: 100%; table-layout: fixed; border: 2.4pt double #000; }
table.ind td { border: 0.5pt solid #444; padding: 2pt 2.4pt; vertical-align: top; }
tr.h td { background: #c9d3dc; font-weight: bold; text-align: center; vertical-align: middle; }
td.o b { display: block; margin-bottom: 1pt; }
td.v { text-align: center; } td.e { text-align: right; white-space: nowrap; }
tr.tot td { font-weight: bold; background: #eeeeee; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def build():
    name = "gen9-pira-chromium-1"
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Piano degli indicatori e dei risultati attesi di bilancio per il triennio 2026-2028 – "
            "Allegato alla nota integrativa</h2>",
            "<p class=intro>Per ciascun programma di spesa sono indicati gli obiettivi, gli indicatori con il metodo "
            "di calcolo, il valore di partenza rilevato a consuntivo dell'esercizio 2024 (ultimo dato certificato "
            "disponibile) e i risultati attesi per ciascun anno del triennio. Lo stanziamento è quello di competenza "
            "dell'esercizio 2026 attribuito all'obiettivo.</p>"]
    cols = ("<colgroup><col style='width:26mm'><col><col style='width:19mm'><col style='width:27mm'>"
            "<col style='width:13mm'><col style='width:14mm'><col style='width:14mm'><col style='width:14mm'>"
            "<col style='width:24mm'></colgroup>")
    head = ("<tr class=h><td rowspan=2>Obiettivo</td><td rowspan=2>Indicatore</td><td rowspan=2>Tipo</td>"
            "<td rowspan=2>Metodo di calcolo</td><td rowspan=2>Valore di partenza (2024)</td>"
            "<td colspan=3>Risultato atteso</td><td rowspan=2>Stanziamento 2026</td></tr>"
            "<tr class=h>" + "".join(f"<td>{y}</td>" for y in Y) + "</tr>")
    nodes, inds, total = [], [], Decimal(0)
    for mcode, mname, pcode, pname, cdr, objs in SECTIONS:
        body.append("<table class=cap>"
                    f"<tr><td class=l>Missione</td><td>{mcode} – {esc(mname)}</td></tr>"
                    f"<tr><td class=l>Programma</td><td>{pcode} – {esc(pname)}</td></tr>"
                    f"<tr><td class=l>Centro di responsabilità</td><td>{esc(cdr)}</td></tr></table>")
        rows = [head]
        for ocode, otitle, res, ilist in objs:
            money = "€ " + dnum(res, 2)
            for k, (iname, tipo, formula, unit, base, tg) in enumerate(ilist):
                r = "<tr>"
                if k == 0:
                    r += (f"<td class=o rowspan={len(ilist)}><b>{ocode}</b>{esc(otitle)}</td>")
                r += td(iname) + td(tipo) + td(formula) + td(base, "v") + "".join(td(t, "v") for t in tg)
                if k == 0:
                    r += td(money, "e", rowspan=len(ilist))
                rows.append(r + "</tr>")
                inds.append(ind(iname, ocode, unit=unit, type=tipo, formula=formula, variables=vars11(formula),
                                baselines=[(2024, base)], targets=list(zip(Y, tg))))
            nodes.append(node(ocode, "strategic", otitle, resources=[money], mission=mcode, programme=pcode,
                              owners=[cdr]))
            total += res
        body.append(f"<table class=ind>{cols}<tbody>{''.join(rows)}</tbody></table>")
    body.append("<table class=ind style='margin-top:3mm'><colgroup><col><col style='width:30mm'></colgroup><tbody>"
                "<tr class=tot><td>Totale degli stanziamenti 2026 attribuiti agli obiettivi</td>"
                f"<td class=e>€ {dnum(total, 2)}</td></tr></tbody></table>")
    body.append("<p class=note>I valori in percentuale sono arrotondati alla seconda cifra decimale. La popolazione "
                "messa in sicurezza è stimata sulla base delle mappe di rischio vigenti.</p>")
    h = html_page3("\n".join(body), CSS, landscape=False, margin="14mm 10mm 16mm 10mm",
                   bottom_right=q("Pag. ") + " counter(page)", hf_font='7pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y, kind="pira")], nodes, inds, resources_total="€ " + dnum(total, 2))
    genre_readme(d, name, "pira", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Sans 9 pt. Title (the ministry in capitals), subtitle `Piano degli indicatori e dei
risultati attesi di bilancio per il triennio 2026-2028 – Allegato alla nota integrativa`, a paragraph. Then one
SECTION PER PROGRAMME: a small CAPTION GRID of label/value rows (`Missione | 014 – Infrastrutture pubbliche e
logistica`, `Programma | 005 – Sistemi idrici …`, `Centro di responsabilità | Direzione generale …`) followed by a
ruled table with a DOUBLE outer border: `Obiettivo | Indicatore | Tipo | Metodo di calcolo | Valore di partenza
(2024) | Risultato atteso (2026 | 2027 | 2028) | Stanziamento 2026`. The two-row header is an ordinary first row of
each table. The page break falls BETWEEN the third programme's caption grid (last lines of page 1) and its
table (top of page 2), so the table on page 2 is separated from the mission/programme it belongs to. The objective cell holds the EIGHT-DIGIT code
in bold on its first line and the title under it, merged down over its indicator rows; the appropriation (`€
179.220.000,00`) is merged down in the last column. After the last section a one-row table `Totale degli
stanziamenti 2026 attribuiti agli obiettivi`. Footer `Pag. n`. Truth: objectives `strategic` with mission/programme
codes, owners = [centro di responsabilità], resources the stanziamento; indicators without code, type and formula
(variables are the measure codes), baseline 2024, targets 2026-2028; `resources_total` the printed total.
""", ["programme sections opened by a label/value caption grid instead of band rows or columns",
      "eight-digit objective codes (`14050101`) above the title inside one cell",
      "baseline year 2024 two years before the plan (2026-2028)",
      "operators in words `maggiore o uguale a 93%`, `Maggiore o uguale al 4,85%`; `≤ 200 gg` going down; "
      "flat `= 100%` targets",
      "negative days `≤ -3 gg`", "page break between a caption grid and its table",
      "double outer border, € before the amount"], [])
    return name


if __name__ == "__main__":
    print(build())
