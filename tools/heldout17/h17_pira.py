#!/usr/bin/python3
"""h17-pira-chromium-1: a ministry's PIRA 2026-2028 printed by Chromium. Portrait, DejaVu Serif 8 pt, BORDERLESS
ZEBRA tables; each programme opened by two heading lines `MISSIONE 018 – …` / `PROGRAMMA 018.012 – …`; per objective
a bold caption row `OB.2.1 – title` spanning the table with `Stanziamento 2026: € …` at the right; indicator rows
`Indicatore | Tipo | Unità | Valore di riferimento (2024) | Valore atteso 2026 | 2027 | 2028 | Fonte`; last a summary
table `Totale stanziamenti degli obiettivi`. FAULT resources.sum: the printed total is 100.000 € more than the sum.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, case_dir, chromium_pdf, dnum, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                      readme17, write_truth)

SCRIPT = "h17_pira.py"
ORG = "Ministero delle Politiche del Mare e delle Isole Minori"
YEARS = [2026, 2027, 2028]
OUT, EFF, IMP, REA = "Risultato (output)", "Efficienza", "Impatto (outcome)", "Realizzazione fisica"

# (mission code, mission name, programme code, programme name, objectives)
# objective (code, title, resources) -> indicators (name, type, unit label, truth unit, base raw, targets, source)
PROGS = [
    ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "012",
     "Tutela e conservazione della fauna e della flora marina", [
         ("OB.1.1", "Estendere la superficie delle aree marine protette sottoposta a sorveglianza attiva",
          Decimal("18450000.00"), [
              ("Superficie sorvegliata sul totale delle aree marine protette", OUT, "%", "%", "62%",
               [">= 70%", ">= 78%", ">= 85%"], "Sistema informativo AMP"),
              ("Giornate di pattugliamento in mare finanziate", REA, "numero", "N.", "3.140",
               [">= 3.300", ">= 3.300", ">= 3.500"], "Rendiconti delle capitanerie")]),
         ("OB.1.2", "Ridurre i rifiuti dispersi lungo le coste delle isole minori", Decimal("7925500.00"), [
              ("Tonnellate di rifiuti recuperati dai fondali", OUT, "t", "t", "410 t",
               [">= 450 t", ">= 500 t", ">= 550 t"], "Dati dei comuni beneficiari"),
              ("Costo medio per tonnellata recuperata", EFF, "euro/t", "EUR", "2.380 €/t",
               ["<= 2.300 €/t", "<= 2.250 €/t", "<= 2.200 €/t"], "Contabilità economica")])]),
    ("007", "Ordine pubblico e sicurezza", "009", "Sicurezza della navigazione nelle isole minori", [
         ("OB.2.1", "Garantire la continuità territoriale marittima con le isole minori", Decimal("96120000.00"), [
              ("Corse effettuate sulle corse programmate", OUT, "%", "%", "97,4%",
               [">= 98%", ">= 98%", ">= 98%"], "Monitoraggio contratti di servizio"),
              ("Isole minori servite tutto l'anno", IMP, "numero", "N.", "27",
               [">= 27", ">= 28", ">= 29"], "Monitoraggio contratti di servizio")]),
         ("OB.2.2", "Ammodernare gli approdi delle isole minori", Decimal("31600000.00"), [
              ("Interventi di adeguamento collaudati", REA, "numero", "N.", "4",
               [">= 6", ">= 9", ">= 12"], "Sistema di monitoraggio opere pubbliche"),
              ("Tempo medio di aggiudicazione dei lavori", EFF, "giorni", "gg", "168 gg",
               ["<= 150 gg", "<= 140 gg", "<= 120 gg"], "Banca dati contratti pubblici")])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
     "Servizi e affari generali per le amministrazioni di competenza", [
         ("OB.3.1", "Pagare i fornitori entro i termini di legge", Decimal("2150000.00"), [
              ("Indicatore di tempestività dei pagamenti", EFF, "giorni", "gg", "4 gg",
               ["<= 0 gg", "<= 0 gg", "<= 0 gg"], "Piattaforma crediti commerciali")])]),
]
TOTAL = sum(o[2] for p in PROGS for o in p[4])
PRINTED_TOTAL = TOTAL + Decimal("100000")

CSS = """body { font-family: "DejaVu Serif", serif; font-size: 8pt; color: #1a1a1a; }
h1 { font-size: 12.5pt; margin: 0; } p.sub { font-size: 9pt; margin: 1mm 0 4mm 0; }
h2 { font-size: 9pt; margin: 5mm 0 0 0; letter-spacing: 0.3pt; } h3 { font-size: 8.5pt; margin: 0.5mm 0 2mm 0;
font-weight: normal; font-style: italic; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 2mm; }
th { font-size: 7.5pt; text-align: left; padding: 2pt 3pt; border-bottom: 0.8pt solid #222; }
td { padding: 2pt 3pt; vertical-align: top; }
tr.ob td { font-weight: bold; background: #dde4ea; padding-top: 3pt; }
tr.z td { background: #f3f5f7; }
td.n { text-align: right; white-space: nowrap; } td.c { text-align: center; }
table.tot td { border-top: 0.8pt solid #222; font-weight: bold; }"""


def eur(x):
    return "€ " + dnum(x, 2)


def build():
    name = "h17-pira-chromium-1"
    nodes, inds = [], []
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Nota integrativa al bilancio di previsione 2026 – Piano degli indicatori e dei risultati "
            "attesi di bilancio per il triennio 2026-2028</p>"]
    cols = ("<colgroup><col style='width:31%'><col style='width:12%'><col style='width:7%'><col style='width:10%'>"
            "<col style='width:8%'><col style='width:8%'><col style='width:8%'><col style='width:16%'></colgroup>")
    head = ("<thead><tr><th>Indicatore</th><th>Tipo</th><th>Unità</th><th>Valore di riferimento (2024)</th>"
            "<th>Valore atteso 2026</th><th>Valore atteso 2027</th><th>Valore atteso 2028</th><th>Fonte</th>"
            "</tr></thead>")
    summary = []
    for mcode, mname, pcode, pname, objs in PROGS:
        body.append(f"<h2>MISSIONE {mcode} – {esc(mname)}</h2>")
        body.append(f"<h3>PROGRAMMA {mcode}.{pcode} – {esc(pname)}</h3>")
        rows = []
        for ocode, otitle, res, ilist in objs:
            rows.append(f"<tr class=ob><td colspan=6>{ocode} – {esc(otitle)}</td>"
                        f"<td colspan=2 class=n>Stanziamento 2026: {eur(res)}</td></tr>")
            nodes.append(node(ocode, "strategic", otitle, resources=[eur(res)], mission=mcode, programme=pcode))
            summary.append((mcode, pcode, ocode, res))
            for k, (iname, typ, ulab, unit, base, tg, src) in enumerate(ilist):
                z = " class=z" if k % 2 else ""
                rows.append(f"<tr{z}><td>{esc(iname)}</td><td>{esc(typ)}</td><td>{esc(ulab)}</td>"
                            f"<td class=c>{esc(base)}</td>" + "".join(f"<td class=c>{esc(t)}</td>" for t in tg) +
                            f"<td>{esc(src)}</td></tr>")
                inds.append(ind(iname, ocode, unit=unit, type=typ, baselines=[(2024, base)],
                                targets=list(zip(YEARS, tg)), notes=[]))
        body.append(f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>")
    srows = "".join(f"<tr><td>{m}</td><td>{m}.{p}</td><td>{o}</td><td class=n>{eur(r)}</td></tr>"
                    for m, p, o, r in summary)
    body.append("<h2>RIEPILOGO DEGLI STANZIAMENTI 2026 PER OBIETTIVO</h2>")
    body.append("<table style='width:60%'><thead><tr><th>Missione</th><th>Programma</th><th>Obiettivo</th>"
                f"<th style='text-align:right'>Stanziamento 2026</th></tr></thead><tbody>{srows}</tbody></table>")
    body.append(f"<table class=tot style='width:60%'><tr><td>Totale stanziamenti degli obiettivi</td>"
                f"<td class=n>{eur(PRINTED_TOTAL)}</td></tr></table>")
    h = html_page3("\n".join(body), CSS, margin="15mm 13mm 16mm 13mm",
                   top_left=q("Nota integrativa 2026-2028"), bottom_right=q("pag. ") + " counter(page)",
                   hf_font='7pt "DejaVu Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds,
                findings=[finding("resources.sum", "total",
                                  f"objective resources sum to {eur(TOTAL)}, the printed total is "
                                  f"{eur(PRINTED_TOTAL)}")],
                resources_total=eur(PRINTED_TOTAL))
    readme17(d, name, "pira", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8 pt, BORDERLESS tables with a rule under the header and zebra indicator rows; running
header `Nota integrativa 2026-2028`, footer `pag. n`. Title (the ministry) and subtitle. Each programme opens with two
heading lines: `MISSIONE 018 – name` (bold capitals) and `PROGRAMMA 018.012 – name` (italic; the programme code
printed with the mission in front). Then one table per programme `Indicatore | Tipo | Unità | Valore di riferimento
(2024) | Valore atteso 2026 | Valore atteso 2027 | Valore atteso 2028 | Fonte`; each objective is a shaded CAPTION row
`OB.1.1 – title` with `Stanziamento 2026: € 18.450.000,00` at the right, followed by its indicator rows. A closing
summary table `Missione | Programma | Obiettivo | Stanziamento 2026` and a bold `Totale stanziamenti degli
obiettivi`. Truth: objectives `strategic`, mission `018`, programme `012` (the part after the dot); resources = the
caption amount; indicators without code; baseline year 2024 from the header; resources_total = the printed total.
""", ["mission / programme as heading lines, programme printed `018.012`", "objective caption rows carrying the "
      "resources", "borderless zebra, serif portrait", "`Fonte` last column", "units `t`, `euro/t`, `giorni`"],
     ["`<= 0 gg` flat targets (a delay index: zero or below is on time)",
      "`<= 2.300 / 2.250 / 2.200 €/t` and `<= 150 / 140 / 120 gg`: lower-is-better targets going DOWN",
      "flat `>= 98%` over three years", "`>= 27` equal to the baseline of 27",
      "the summary table repeats the objective amounts: they are not further resources"],
     ["`resources.sum`: the objective resources sum to " + eur(TOTAL) + " but `Totale stanziamenti degli "
      "obiettivi` prints " + eur(PRINTED_TOTAL) + "."])
    return name


if __name__ == "__main__":
    print(build())
