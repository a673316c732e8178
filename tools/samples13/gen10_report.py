#!/usr/bin/python3
"""gen10-report-chromium-1: a comune's performance report 2025 (Relazione sulla performance), printed by Chromium.
Landscape, Liberation Sans 8.4 pt; ONE SECTION PER SETTORE (heading with `Responsabile:` and the settore's own
achievement), each with its own table `Cod. | Obiettivo / Indicatore | Peso | Target 2025 | Risultato 2025 | Grado di
raggiungimento`, the grade drawn as a BAR with the figure beside it; objective codes with a trailing dot (`01.`),
indicator codes `01.1`; objective weights sum to 100 WITHIN each settore; grades CAPPED at 100%; objective grades =
weighted means of their indicators, settore grades = weighted means of their objectives. Clean. Content invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, capped, case_dir, chromium_pdf, doc, dpct, esc, html_page3, ind, node, q,  # noqa: E402
                      readme13, rnd, write_truth)

SCRIPT = "gen10_report.py"
ORG = "Comune di Castelrocca"
YEAR = 2025

# settore (title, responsabile) -> objective (code, title, weight %) -> indicator (code, name, unit, weight %,
#   target raw, (op, target value), result raw, result value)
SETTORI = [
    ("Settore Servizi Finanziari", "dott.ssa Anna Pellegrini", [
        ("01", "Migliorare la capacità di riscossione delle entrate comunali", 60, [
            ("01.1", "Riscossione della TARI di competenza sul dovuto", "%", 60, "≥ 85%", ("ge", 85), "87,4%", 87.4),
            ("01.2", "Avvisi di accertamento IMU emessi", "N.", 40, "≥ 1.200", ("ge", 1200), "1.104", 1104)]),
        ("02", "Rispettare i tempi di pagamento dei fornitori", 40, [
            ("02.1", "Tempo medio di pagamento delle fatture commerciali", "gg", 100, "≤ 30 gg", ("le", 30),
             "26 gg", 26)])]),
    ("Settore Servizi alla Persona", "dott. Michele Ruggeri", [
        ("03", "Potenziare l'assistenza domiciliare agli anziani", 50, [
            ("03.1", "Utenti presi in carico dal servizio di assistenza domiciliare", "N.", 50, "≥ 120", ("ge", 120),
             "131", 131),
            ("03.2", "Tempo medio di attivazione del servizio dalla domanda", "gg", 50, "≤ 15 gg", ("le", 15),
             "18 gg", 18)]),
        ("04", "Ampliare l'offerta di posti nei nidi d'infanzia comunali", 30, [
            ("04.1", "Posti nido disponibili al 31 dicembre", "N.", 100, "≥ 96", ("ge", 96), "96", 96)]),
        ("05", "Digitalizzare le domande di contributo per l'affitto", 20, [
            ("05.1", "Attivazione della domanda on line", "date", 100, "entro il 31/05/2025", ("date", None),
             "15/04/2025", None)])]),
    ("Settore Lavori Pubblici e Ambiente", "ing. Davide Marchetti", [
        ("06", "Completare gli interventi del programma triennale delle opere pubbliche", 50, [
            ("06.1", "Avanzamento dei lavori della scuola primaria di via Roma", "%", Decimal("33.33"), "≥ 80%",
             ("ge", 80), "72%", 72),
            ("06.2", "Interventi di manutenzione stradale conclusi", "N.", Decimal("33.33"), "≥ 15", ("ge", 15),
             "17", 17),
            ("06.3", "Collaudo della nuova piazza del mercato", "text", Decimal("33.34"), "SI", ("yes", None), "SI",
             None)]),
        ("07", "Aumentare la raccolta differenziata dei rifiuti urbani", 50, [
            ("07.1", "Percentuale di raccolta differenziata", "%", 70, "≥ 72%", ("ge", 72), "70,3%", 70.3),
            ("07.2", "Conferimenti ai centri di raccolta comunali", "N.", 30, "≥ 8.000", ("ge", 8000), "8.412",
             8412)])]),
]

CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.4pt; color: #222; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 4mm 0; }
h3 { font-size: 10pt; margin: 5mm 0 0.5mm 0; color: #1f3f66; }
p.resp { margin: 0 0 1.5mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; page-break-inside: auto; }
th { text-align: left; font-weight: bold; border-bottom: 1pt solid #1f3f66; padding: 2pt 3pt; }
td { padding: 2pt 3pt; vertical-align: top; border-bottom: 0.3pt solid #c8c8c8; }
tr.obj td { font-weight: bold; background: #e8eef6; }
tr.ind td.n { padding-left: 12pt; }
td.r { text-align: right; } td.c { text-align: center; }
div.bar { display: inline-block; height: 6pt; background: #7a9cc6; margin-right: 4pt; vertical-align: middle; }
div.bg { display: inline-block; width: 34mm; height: 6pt; background: #eeeeee; vertical-align: middle; }
p.foot { font-size: 7.6pt; margin-top: 4mm; }"""


def grade(op, tv, rv, rraw):
    if op == "date":
        return Decimal(100)
    if op == "yes":
        return Decimal(100) if rraw == "SI" else Decimal(0)
    return capped(rv, tv, op)


def bar(p):
    w = rnd(Decimal(34) * p / 100, 1)
    return (f"<div class=bg><div class=bar style='width:{w}mm'></div></div> {dpct(p)}")


def build():
    name = "gen10-report-chromium-1"
    nodes, inds = [], []
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Relazione sulla performance 2025 – Allegato 1: grado di raggiungimento degli obiettivi "
            "per settore</p>"]
    cols = ("<colgroup><col style='width:13mm'><col><col style='width:15mm'><col style='width:30mm'>"
            "<col style='width:28mm'><col style='width:52mm'></colgroup>")
    head = ("<thead><tr><th>Cod.</th><th>Obiettivo / Indicatore</th><th class=c>Peso</th><th>Target 2025</th>"
            "<th>Risultato 2025</th><th>Grado di raggiungimento</th></tr></thead>")
    for stitle, resp, objs in SETTORI:
        rows = []
        sgrade = Decimal(0)
        onodes = []
        for ocode, otitle, ow, ilist in objs:
            og = Decimal(0)
            irows = []
            for icode, iname, unit, iw, traw, (op, tv), rraw, rv in ilist:
                g = rnd(grade(op, tv, rv, rraw))
                og += Decimal(str(iw)) * g / 100
                wraw = dpct(iw) if isinstance(iw, Decimal) else f"{iw}%"
                irows.append(f"<tr class=ind><td>{icode}</td><td class=n>{esc(iname)}</td><td class=c>{wraw}</td>"
                             f"<td>{esc(traw)}</td><td>{esc(rraw)}</td><td>{bar(g)}</td></tr>")
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=wraw, targets=[(YEAR, traw)],
                                results=[(YEAR, rraw)], achievement=[(YEAR, dpct(g))]))
            og = rnd(og)
            rows.append(f"<tr class=obj><td>{ocode}.</td><td>{esc(otitle)}</td><td class=c>{ow}%</td><td></td>"
                        f"<td></td><td>{bar(og)}</td></tr>")
            rows += irows
            onodes.append(node(ocode, "operational", otitle, weight=f"{ow}%", achievement=[(YEAR, dpct(og))],
                               unit=stitle, owners=[resp]))
            sgrade += Decimal(ow) * og / 100
        sgrade = rnd(sgrade)
        nodes.append(node(None, "unit", stitle, owners=[resp], achievement=[(YEAR, dpct(sgrade))]))
        nodes += onodes
        body.append(f"<h3>{esc(stitle)}</h3><p class=resp>Responsabile: {esc(resp)} · Grado di raggiungimento del "
                    f"settore: <b>{dpct(sgrade)}</b></p>")
        body.append(f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>")
    body.append("<p class=foot>Il grado di raggiungimento dell'indicatore è il rapporto tra risultato e target (tra "
                "target e risultato per gli indicatori da minimizzare), con un massimo del 100%; gli adempimenti con "
                "scadenza e gli indicatori SI/NO valgono 100% se realizzati. Il grado dell'obiettivo è la media dei "
                "gradi dei suoi indicatori ponderata con i relativi pesi; il grado del settore è la media ponderata "
                "dei gradi degli obiettivi. I pesi degli obiettivi sono riferiti al settore.</p>")
    h = html_page3("\n".join(body), CSS, landscape=True, margin="12mm 14mm 14mm 14mm",
                   bottom_center=q("Relazione sulla performance 2025 – ") + " counter(page)",
                   hf_font='7.5pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds)
    readme13(d, name, "report", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Sans 8.4 pt, horizontal hairlines only, objective rows shaded. Title (the comune) and
subtitle `Relazione sulla performance 2025 – Allegato 1: grado di raggiungimento degli obiettivi per settore`. Then ONE
SECTION PER SETTORE: a heading with the settore name, a line `Responsabile: … · Grado di raggiungimento del settore:
98,08%`, and a table `Cod. | Obiettivo / Indicatore | Peso | Target 2025 | Risultato 2025 | Grado di raggiungimento`.
Objective rows (bold, shaded; code with a trailing dot `01.`; weight; grade) are followed by their indicator rows
(code `01.1`, indented name, weight, target, result, grade). Every grade is drawn as a horizontal BAR (a grey track
with a blue fill) with the figure `96,80%` beside it. A closing note states the method. Truth: one `unit` node per
settore (owners = Responsabile, achievement = the settore grade), objectives `operational` with `unit` = settore
(parent null, owners = Responsabile), code without the trailing dot; indicators with code, weight, target, result and
grade for 2025.
""", ["one table per settore under a heading, the responsible person and settore grade in a line of prose",
      "achievement drawn as a bar next to its figure", "objective codes with a trailing dot (`01.`), indicator codes "
      "`01.1` that look like sub-objective codes", "landscape, horizontal hairlines, shaded objective rows",
      "a date result (`15/04/2025` against `entro il 31/05/2025`) and a `SI` result"],
     ["objective weights sum to 100% only WITHIN each settore (60 + 40; 50 + 30 + 20; 50 + 50)",
      "indicator thirds 33,33% + 33,33% + 33,34% under `06`",
      "grades CAPPED at 100% where the result beats the target (`87,4%` on `≥ 85%`, `131` on `≥ 120`, `26 gg` on "
      "`≤ 30 gg`): not achievement.mismatch", "`≤` targets graded target / result (`≤ 15 gg`, result `18 gg` → "
      "83,33%)", "objective grades are weighted means of capped indicator grades (96,80%, 91,67%, 96,67%, 98,35%), "
      "settore grades weighted means of objective grades", "a result exactly on target (`96` on `≥ 96`) = 100%"], [])
    return name


if __name__ == "__main__":
    print(build())
