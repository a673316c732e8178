#!/usr/bin/python3
"""fam9-pira-chromium-1: an agency's PIRA 2026-2028 with ALL YEARS IN ONE CELL, printed by Chromium. Landscape,
DejaVu Serif Condensed 8 pt; mission and programme as ONE dotted code (`030.002`) in a first spanning column, their
names only in a legend table below; `Anno 2026: >= 90% Anno 2027: >= 95% Anno 2028: >= 100%` in one cell wrapped by
the column width (lines break after `Anno 2027:`, parting a year from its target); `Valore iniziale` printed `87% (2025)`; resources
without currency sign under `Risorse finanziarie 2026 (euro)`; zebra per objective. Fault: resources.sum (the printed
total exceeds the sum of the objectives by 250.000,00). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (CHROMIUM, case_dir, chromium_pdf, dnum, doc, esc, finding, genre_readme, html_page3, ind,  # noqa: E402
                      node, q, td, write_truth)

SCRIPT = "fam9_pira.py"
ORG = "Agenzia Nazionale per il Servizio Civile e la Cittadinanza Attiva"
Y = [2026, 2027, 2028]
LEGEND = [("030", "Giovani e sport", "002", "Incentivazione e sostegno alla gioventù"),
          ("024", "Diritti sociali, politiche sociali e famiglia", "012",
           "Sostegno e sviluppo del terzo settore e dell'associazionismo"),
          ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
           "Servizi e affari generali per le amministrazioni di competenza")]

# (mission.programme) -> objectives (code, title, resources, indicators (name, tipologia, unit, base, (t1, t2, t3)))
DATA = [
    ("030.002", [
        ("OB.1.1", "Ampliare il numero di operatori volontari avviati al servizio civile universale",
         Decimal("179220000.00"), [
             ("Operatori volontari avviati sul totale dei posti finanziati", "Efficacia", "%", "87% (2025)",
              (">= 90%", ">= 95%", ">= 100%")),
             ("Tempo medio tra la pubblicazione delle graduatorie e l'avvio in servizio", "Efficienza", "gg",
              "64 gg (2025)", ("<= 60 gg", "<= 50 gg", "<= 45 gg"))]),
        ("OB.1.2", "Rafforzare la formazione generale degli operatori volontari", Decimal("4321772.00"), [
            ("Operatori volontari che completano la formazione generale entro 180 giorni", "Efficacia", "%",
             "92% (2025)", (">= 93%", ">= 94%", ">= 95%"))])]),
    ("024.012", [
        ("OB.2.1", "Semplificare l'iscrizione degli enti all'albo del servizio civile", Decimal("1185400.00"), [
            ("Istanze di iscrizione istruite entro 90 giorni", "Efficienza", "%", "78% (2025)",
             (">= 85%", ">= 90%", ">= 90%")),
            ("Enti iscritti con sedi di attuazione nelle aree interne", "Efficacia", "N.", "1.240 (2025)",
             (">= 1.300", ">= 1.350", ">= 1.400"))]),
        ("OB.2.2", "Intensificare le verifiche ispettive presso gli enti di servizio civile", Decimal("2650000.00"), [
            ("Verifiche ispettive effettuate sul programma annuale", "Efficacia", "%", "100% (2025)",
             ("= 100%", "= 100%", "= 100%"))])]),
    ("032.003", [
        ("OB.3.1", "Garantire la tempestività dei pagamenti e la trasparenza dell'Agenzia", Decimal("960300.50"), [
            ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "gg", "-3 gg (2025)",
             ("<= -3 gg", "<= -4 gg", "<= -5 gg")),
            ("Obblighi di pubblicazione assolti nei termini", "Efficacia", "%", "97% (2025)",
             (">= 98%", ">= 99%", ">= 99%"))])]),
]
WRONG_BY = Decimal("250000.00")

CSS = """body { font-family: "DejaVu Serif Condensed", "DejaVu Serif", serif; font-size: 8pt; color: #111; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 3mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { background: #3d4f6a; color: #fff; padding: 3pt; border: 0.5pt solid #3d4f6a; font-weight: bold; }
td { padding: 2.2pt 3pt; vertical-align: top; border-left: 0.4pt solid #b8b8b8; border-right: 0.4pt solid #b8b8b8; }
tr.z td.s { background: #eef1f6; }
tr.top td { border-top: 0.6pt solid #7a7a7a; }
td.m { font-weight: bold; text-align: center; background: #fff !important; border-top: 0.6pt solid #7a7a7a; }
td.e { text-align: right; white-space: nowrap; } td.c { text-align: center; }
tr.tot td { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; font-weight: bold; }
table.leg { width: 70%; margin-top: 4mm; } table.leg td { border: 0.4pt solid #999; }
p.foot { font-size: 7.4pt; }"""


def build():
    name = "fam9-pira-chromium-1"
    cols = ("<colgroup><col style='width:17mm'><col style='width:55mm'><col><col style='width:20mm'>"
            "<col style='width:22mm'><col style='width:46mm'><col style='width:28mm'></colgroup>")
    rows = ["<thead><tr><th>Miss./Progr.</th><th>Obiettivo</th><th>Indicatore</th><th>Tipologia</th>"
            "<th>Valore iniziale</th><th>Target triennio</th><th>Risorse finanziarie 2026 (euro)</th></tr></thead>"
            "<tbody>"]
    nodes, inds, total = [], [], Decimal(0)
    z = 0
    for mp, objs in DATA:
        span = sum(len(o[3]) for o in objs)
        first_mp = True
        for ocode, otitle, res, ilist in objs:
            z += 1
            for k, (iname, tip, unit, base, tg) in enumerate(ilist):
                cls = ("z" if z % 2 == 0 else "") + (" top" if k == 0 else "")
                r = f"<tr class='{cls}'>"
                if first_mp:
                    r += td(mp, "m", rowspan=span)
                    first_mp = False
                if k == 0:
                    r += td(f"{ocode} – {otitle}", "s", rowspan=len(ilist))
                cell = " ".join(f"Anno {y}: {t}" for y, t in zip(Y, tg))
                r += td(iname, "s") + td(tip, "s c") + td(base, "s c") + td(cell, "s")
                if k == 0:
                    r += td(dnum(res, 2), "s e", rowspan=len(ilist))
                rows.append(r + "</tr>")
                bval = base.rsplit(" (", 1)[0]
                inds.append(ind(iname, ocode, unit=unit, type=tip, baselines=[(2025, bval)],
                                targets=list(zip(Y, tg))))
            nodes.append(node(ocode, "strategic", otitle, resources=[dnum(res, 2)], mission=mp[:3],
                              programme=mp[4:]))
            total += res
    printed = total + WRONG_BY
    rows.append(f"<tr class=tot><td></td><td colspan=5>Totale risorse finanziarie 2026</td>"
                f"<td class=e>{dnum(printed, 2)}</td></tr></tbody>")
    leg = "".join(f"<tr><td>{m}.{p}</td><td>Missione {m} – {esc(mn)}</td><td>Programma {p} – {esc(pn)}</td></tr>"
                  for m, mn, p, pn in LEGEND)
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano degli indicatori e dei risultati attesi di bilancio 2026-2028</p>",
            f"<table>{cols}{''.join(rows)}</table>",
            "<table class=leg><colgroup><col style='width:18mm'><col><col></colgroup>"
            "<tr><td><b>Codice</b></td><td><b>Missione</b></td><td><b>Programma</b></td></tr>" + leg + "</table>",
            "<p class=foot>Il valore iniziale è il dato di preconsuntivo dell'esercizio indicato tra parentesi.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="13mm 11mm 14mm 11mm",
                   bottom_right=q("pagina ") + " counter(page) " + q(" di ") + " counter(pages)",
                   hf_font='7pt "DejaVu Serif Condensed"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y)], nodes, inds, resources_total=dnum(printed, 2),
                findings=[finding("resources.sum", "total", f"objectives sum to {dnum(total, 2)}, the printed total "
                                  f"is {dnum(printed, 2)} (250.000,00 more)")])
    genre_readme(d, name, "PIRA with all years in one cell", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Serif Condensed 8 pt, vertical hairlines between columns and a rule above each objective (no
full grid), objectives zebra-shaded. Title (the agency) and `Piano degli indicatori e dei risultati attesi di bilancio
2026-2028`. One table, one page, `Miss./Progr. | Obiettivo | Indicatore | Tipologia | Valore
iniziale | Target triennio | Risorse finanziarie 2026 (euro)`. Mission and programme are ONE dotted code (`030.002`)
in a bold first column spanning all rows of that programme; their names appear ONLY in a legend table under the main
one (`030.002 | Missione 030 – Giovani e sport | Programma 002 – …`). The objective cell reads `OB.1.1 – title` and
spans its indicators; resources are merged down in the last column as `179.220.000,00` (no currency sign). The
`Target triennio` cell holds all three years in one run of text `Anno 2026: >= 90% Anno 2027: >= 95% Anno 2028: >=
100%`, wrapped by the column width: the lines break after `Anno 2027:`, so the year and its target sit on two
lines. `Valore iniziale` prints the value with its year in parentheses (`87% (2025)`). A total row closes the table.
Truth: objectives `strategic` with mission `030` / programme `002` from the dotted code, resources as printed;
indicators without code, type, baseline 2025 = the value before the parenthesis (`87%`), targets per year = the text
after `Anno <year>: `; `resources_total` the printed total.
""", ["mission and programme as one dotted code `030.002`, names only in a legend",
      "all years in one cell, wrapped between a year label and its target", "baseline with its year in parentheses `87% (2025)`",
      "flat targets (`= 100%` three times; `>= 90%` twice), `<=` going down (`<= -3 gg` … `<= -5 gg`)",
      "resources without currency sign, `179.220.000,00` and `4.321.772,00`"],
                 [f"resources.sum: the objectives' resources sum to {dnum(total, 2)}, the `Totale risorse "
                  f"finanziarie 2026` row prints {dnum(printed, 2)}"])
    return name


if __name__ == "__main__":
    print(build())
