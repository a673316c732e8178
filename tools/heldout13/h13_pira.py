#!/usr/bin/python3
"""h13-pira-chromium-1: a national dam-safety agency's PIRA 2026-2028 printed by Chromium. Landscape, DejaVu Sans
7.6 pt, ruled grid; each MISSION a heading above its own table; programmes as band rows inside the table printed
`Programma 018.012 – …` (mission code prefixed); objective `OB.1.1` + title and its resources rowspanning the
indicator rows in the first two columns; method of calculation in words; targets with operators in words
(`non inferiore al 93%`, `non superiore a 35 gg`, `almeno 5`) and symbols; a total row.
Fault: resources.sum (the printed total has two digits swapped). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, case_dir, chromium_pdf, dnum, doc, esc, finding, genre_readme, html_page3,  # noqa: E402
                      ind, node, q, td, write_truth)

SCRIPT = "h13_pira.py"
NAME = "h13-pira-chromium-1"
ORG = "Agenzia Nazionale per la Sicurezza delle Dighe"
Y = [2026, 2027, 2028]
TOTAL_LABEL = "Totale risorse assegnate agli obiettivi"

# mission (code, title) -> programme (code, title) -> objective (code, title, resources)
# -> indicator (name, type, method, unit, base, targets)
DATA = [
    ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", [
        ("012", "Vigilanza sulla sicurezza degli sbarramenti di ritenuta", [
            ("OB.1.1", "Rafforzare la vigilanza sulle grandi dighe in esercizio", Decimal("4812500"), [
                ("Grandi dighe sottoposte ad almeno due visite ispettive nell'anno", "Efficacia",
                 "Dighe con due o più visite ispettive nell'anno / dighe in esercizio al 31/12 x 100", "%", "91,5%",
                 ["non inferiore al 93%", "non inferiore al 95%", "non inferiore al 95%"]),
                ("Tempo medio di trasmissione del verbale di visita al concessionario", "Efficienza",
                 "Somma dei giorni tra visita e trasmissione del verbale / numero dei verbali trasmessi", "gg",
                 "38 gg", ["non superiore a 35 gg", "non superiore a 30 gg", "non superiore a 30 gg"])]),
            ("OB.1.2", "Aggiornare i documenti di protezione civile delle dighe classificate", Decimal("1275000"), [
                ("Documenti di protezione civile aggiornati sul totale delle dighe classificate", "Efficacia",
                 "Documenti aggiornati negli ultimi cinque anni / dighe classificate x 100", "%", "62,0%",
                 ["≥ 70%", "≥ 80%", "≥ 90%"]),
                ("Esercitazioni congiunte con le prefetture", "Realizzazione fisica",
                 "Numero delle esercitazioni svolte nell'anno", "N.", "4", ["almeno 5", "almeno 6", "almeno 6"])])]),
        ("013", "Monitoraggio strumentale delle acque interne", [
            ("OB.1.3", "Estendere il monitoraggio strumentale in telemisura", Decimal("2090300"), [
                ("Dighe collegate alla centrale nazionale di telemisura", "Realizzazione fisica",
                 "Numero delle dighe con trasmissione automatica dei dati al 31/12", "N.", "148",
                 ["≥ 165", "≥ 180", "≥ 195"])])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
        ("003", "Servizi e affari generali per le amministrazioni di competenza", [
            ("OB.2.1", "Digitalizzare i procedimenti di approvazione dei progetti", Decimal("685000"), [
                ("Istanze di approvazione dei progetti presentate in via telematica", "Efficacia",
                 "Istanze telematiche / istanze presentate nell'anno x 100", "%", "47,0%", ["≥ 60%", "≥ 75%", "≥ 90%"])]),
            ("OB.2.2", "Contenere i costi di funzionamento dell'Agenzia", Decimal("1150000"), [
                ("Spese di funzionamento per dipendente in servizio", "Efficienza",
                 "Spese di funzionamento impegnate / dipendenti in servizio al 31/12", "EUR", "€ 5.480",
                 ["≤ € 5.400", "≤ € 5.300", "≤ € 5.300"]),
                ("Indicatore annuale di tempestività dei pagamenti", "Efficienza",
                 "Ritardo medio ponderato dei pagamenti secondo il DPCM 22 settembre 2014", "gg", "-6 gg",
                 ["≤ -8 gg", "≤ -8 gg", "≤ -8 gg"])])])]),
]


def eur(x):
    return "€ " + dnum(x, 2)


CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 7.6pt; color: #000; }
h1 { font-size: 11.5pt; margin: 0 0 1mm 0; } p.sub { margin: 0 0 3mm 0; font-size: 9pt; }
h2 { font-size: 9pt; margin: 4mm 0 1.5mm 0; padding: 1.2mm 2mm; background: #1f3b57; color: #fff; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.6pt solid #555; padding: 2pt 3pt; vertical-align: top; }
th { background: #cfd9e3; font-weight: bold; text-align: center; vertical-align: middle; }
tr { break-inside: avoid; }
tr.prog td { background: #eef2f6; font-weight: bold; font-style: italic; }
td.ob b { display: block; margin-bottom: 1pt; } td.v { text-align: center; } td.res { text-align: right; white-space: nowrap; }
tr.tot td { font-weight: bold; border-top: 1.4pt solid #000; background: #f4f4f4; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def build():
    cols = ("<colgroup><col style='width:16%'><col style='width:9%'><col style='width:17%'><col style='width:7.5%'>"
            "<col style='width:17%'><col style='width:7%'><col style='width:8.8%'><col style='width:8.8%'>"
            "<col style='width:8.9%'></colgroup>")
    head = ("<thead><tr><th>Obiettivo</th><th>Risorse finanziarie 2026</th><th>Indicatore</th><th>Tipo</th>"
            "<th>Metodo di calcolo</th><th>Valore di partenza (2024)</th><th>Target 2026</th><th>Target 2027</th>"
            "<th>Target 2028</th></tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028 (art. 19 "
            "del D.Lgs. 31 maggio 2011, n. 91) – Obiettivi per missione e programma</p>"]
    nodes, inds = [], []
    total = Decimal(0)
    for mi, (mcode, mtitle, progs) in enumerate(DATA):
        body.append(f"<h2>Missione {mcode} – {esc(mtitle)}</h2>")
        rows = []
        for pcode, ptitle, objs in progs:
            rows.append(f"<tr class=prog><td colspan=9>Programma {mcode}.{pcode} – {esc(ptitle)}</td></tr>")
            for ocode, otitle, res, ilist in objs:
                n = len(ilist)
                total += res
                nodes.append(node(ocode, "strategic", otitle, resources=[eur(res)], mission=mcode, programme=pcode))
                for k, (iname, typ, meth, unit, base, tg) in enumerate(ilist):
                    cells = ""
                    if k == 0:
                        cells += (f"<td class=ob rowspan={n}><b>{esc(ocode)}</b>{esc(otitle)}</td>"
                                  + td(eur(res), "res", rowspan=n))
                    cells += td(iname) + td(typ) + td(meth) + td(base, "v") + "".join(td(t, "v") for t in tg)
                    rows.append(f"<tr>{cells}</tr>")
                    inds.append(ind(iname, ocode, unit=unit, type=typ, formula_text=meth,
                                    baselines=[(2024, base)], targets=list(zip(Y, tg))))
        if mi == len(DATA) - 1:
            shown = total + Decimal("90000")  # fault: 10.012.800,00 printed as 10.102.800,00
            rows.append("<tr class=tot>" + td(TOTAL_LABEL) + td(eur(shown), "res") + "<td colspan=7></td></tr>")
        body.append(f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>")
    body.append("<p class=note>Le risorse finanziarie sono gli stanziamenti di competenza 2026 del bilancio di "
                "previsione attribuiti a ciascun obiettivo. Il valore di partenza è il consuntivo dell'esercizio "
                "2024, ultimo approvato alla data di redazione del Piano.</p>")
    h = html_page3("\n".join(body), CSS, landscape=True, margin="13mm 12mm 14mm 12mm",
                   top_right=q("PIRA 2026-2028"),
                   bottom_center=q("– ") + " counter(page) " + q(" –"), hf_font='7pt "DejaVu Sans"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fi = [finding("resources.sum", TOTAL_LABEL, f"the objectives' resources sum to {eur(total)}, the total prints "
                  f"{eur(shown)}")]
    write_truth(d, [doc(ORG, Y, kind="pira")], nodes, inds, fi, resources_total=eur(shown))
    genre_readme(d, NAME, "pira", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 7.6 pt, full grid. Title and subtitle, then one dark heading per MISSION (`Missione 018 –
…`) followed by its own table `Obiettivo | Risorse finanziarie 2026 | Indicatore | Tipo | Metodo di calcolo | Valore
di partenza (2024) | Target 2026 | Target 2027 | Target 2028` (header repeated on every table and after page breaks).
Programmes are shaded italic band rows inside the table, printed `Programma 018.012 – …` (the programme code
preceded by the mission code and a dot). The objective cell (bold `OB.1.1` on its own line, then the title) and the
resources cell (`€ 4.812.500,00`) span the objective's indicator rows. No indicator codes; the method of
calculation is in words. Targets `non inferiore al 93%`, `non superiore a 35 gg`, `almeno 5`, `≥ 70%`, `≤ € 5.400`,
`≤ -8 gg` (some flat over the years, `≤`/`non superiore` ones going down). A total row closes the last table.
Truth: objectives `strategic`, parent null, mission = the heading's code, programme = the three digits after the
dot; method → `formula_text`; baseline 2024.
""", ["mission as a heading outside the table, one table per mission", "programme code printed `018.012`",
      "objective code on its own line inside the title cell", "operators in words (`non inferiore al`, "
      "`non superiore a`, `almeno`)", "landscape, full grid, header repeated"],
                 [f"`resources.sum`: the objectives sum to {eur(total)}, `{TOTAL_LABEL}` prints {eur(shown)}"])
    return NAME


if __name__ == "__main__":
    print(build())
