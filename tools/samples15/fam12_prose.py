#!/usr/bin/python3
"""fam12-prose-chromium-1: targets in prose, a social-services consortium's plan 2021-2023 printed by Chromium.
Portrait, DejaVu Sans 8 pt. Each indicator takes TWO table rows: a data row (`Indicatore | Baseline 2019 | Fonte`)
and, under it, a FULL-WIDTH prose row `Risultati attesi 2021-2023: …` holding all three years in one paragraph, in
four shapes (`Target 2021 - Aumento del 10% rispetto alla baseline.`, `Riduzione del: 10% nel 2021, …`, `Almeno 100
progetti nel 2021, almeno 115 nel 2022 e almeno 130 nel 2023.`, `Mantenimento del valore di baseline (100%) in
ciascun anno del triennio.`). Operational objectives weighted within their strategic objective. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13, write_truth  # noqa

SCRIPT = "fam12_prose.py"
NAME = "fam12-prose-chromium-1"
ORG = "Consorzio Intercomunale dei Servizi Socio-Assistenziali dell'Alto Canavese"
YEARS = [2021, 2022, 2023]


def shape_a(words):
    """`Target 2021 - <w>. Target 2022 - …` -> (prose, raws)."""
    return " ".join(f"Target {y} - {w}." for y, w in zip(YEARS, words)), list(words)


def shape_b(verb, figs):
    return (f"{verb} del: {figs[0]} nel {YEARS[0]}, {figs[1]} nel {YEARS[1]}, {figs[2]} nel {YEARS[2]}.",
            list(figs))


def shape_c(a, b, c):
    return f"{a} nel {YEARS[0]}, {b} nel {YEARS[1]} e {c} nel {YEARS[2]}.", [a, b, c]


def shape_d(words):
    return f"{words} in ciascun anno del triennio.", [words] * 3


# strategic (code, title, [operational (code, title, weight, [indicator (name, unit, baseline, source, prose)])])
TREE = [
    ("S1", "Sostenere l'autonomia delle persone anziane e con disabilità", [
        ("1.1", "Potenziare l'assistenza domiciliare socio-assistenziale", "60%", [
            ("Utenti anziani in assistenza domiciliare", "N.", "312 utenti", "Cartella sociale informatizzata",
             shape_a(["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                      "Aumento del 25% rispetto alla baseline"])),
            ("Tempo medio di attivazione del servizio domiciliare", "gg", "18 giorni", "Protocollo informatico",
             shape_b("Riduzione", ["10%", "15%", "20%"]))]),
        ("1.2", "Ampliare i progetti di vita indipendente", "40%", [
            ("Progetti di vita indipendente attivati nell'anno", "N.", "85", "Registro dei progetti individuali",
             shape_c("Almeno 100 progetti", "almeno 115", "almeno 130"))])]),
    ("S2", "Contrastare la povertà e l'esclusione sociale", [
        ("2.1", "Rafforzare la presa in carico dei nuclei familiari fragili", "70%", [
            ("Nuclei beneficiari con progetto personalizzato sottoscritto", "%", "78%", "Piattaforma GePI",
             shape_a(["Aumento del 5% rispetto alla baseline", "Aumento del 10% rispetto alla baseline",
                      "Aumento del 15% rispetto alla baseline"])),
            ("Domande di contributo economico istruite entro 30 giorni", "%", "100%", "Protocollo informatico",
             shape_d("Mantenimento del valore di baseline (100%)"))]),
        ("2.2", "Favorire l'inserimento lavorativo delle persone svantaggiate", "30%", [
            ("Tirocini di inclusione sociale avviati", "N.", "46", "Registro tirocini",
             shape_b("Incremento", ["10%", "20%", "30%"]))])]),
    ("S3", "Migliorare l'organizzazione e l'accessibilità dei servizi", [
        ("3.1", "Digitalizzare l'accesso ai servizi del Consorzio", "100%", [
            ("Domande presentate on line sul totale delle domande", "%", "12%", "Sportello telematico",
             shape_c("Almeno il 30%", "almeno il 45%", "almeno il 60%")),
            ("Tempo medio di risposta ai reclami degli utenti", "gg", "25 giorni", "Registro dei reclami",
             shape_a(["Riduzione del 20% rispetto alla baseline", "Riduzione del 30% rispetto alla baseline",
                      "Riduzione del 40% rispetto alla baseline"]))])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9pt; margin: 1mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { background: #e3ece4; border: 0.7pt solid #446; padding: 3pt; text-align: left; }
td { border-left: 0.7pt solid #446; border-right: 0.7pt solid #446; padding: 2.5pt 3pt; vertical-align: top; }
tr.s td { background: #cfe0d1; font-weight: bold; border: 0.7pt solid #446; }
tr.o td { font-weight: bold; border-top: 0.7pt solid #446; border-bottom: 0.7pt solid #446; background: #f3f7f3; }
tr.i td { border-top: 0.4pt solid #99a; } td.ind { padding-left: 8pt; }
tr.pr td { border-top: 0.4pt dotted #99a; border-bottom: 0.4pt solid #99a; font-size: 7.8pt; padding-bottom: 4pt; }
tr.pr b { font-weight: bold; } tbody tr:last-child td { border-bottom: 0.7pt solid #446; }
tr.i, tr.pr { break-inside: avoid; } td.c { text-align: center; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def build():
    nodes, inds, rows = [], [], []
    for scode, stitle, ops in TREE:
        rows.append(f"<tr class=s><td>{scode}</td><td colspan=4>Obiettivo strategico – {esc(stitle)}</td></tr>")
        nodes.append(node(scode, "strategic", stitle))
        for ocode, otitle, w, ilist in ops:
            rows.append(f"<tr class=o><td>{ocode}</td><td>{esc(otitle)}</td><td class=c>{w}</td><td></td><td></td>"
                        "</tr>")
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=w))
            for name, unit, base, src, (prose, raws) in ilist:
                rows.append(f"<tr class=i><td></td><td class=ind>{esc(name)}</td><td></td><td>{esc(base)}</td>"
                            f"<td>{esc(src)}</td></tr>")
                rows.append(f"<tr class=pr><td></td><td colspan=4><b>Risultati attesi 2021-2023:</b> {esc(prose)}"
                            "</td></tr>")
                inds.append(ind(name, ocode, unit=unit, baselines=[(2019, base)], targets=list(zip(YEARS, raws))))
    cg = "<colgroup>" + "".join(f"<col style='width:{w}mm'>" for w in (14, 92, 14, 26, 40)) + "</colgroup>"
    head = ("<thead><tr><th>Codice</th><th>Obiettivo / Indicatore</th><th>Peso</th><th>Baseline 2019</th>"
            "<th>Fonte del dato</th></tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano triennale della performance 2021-2023 – obiettivi, indicatori e "
            "risultati attesi</p>"
            f"<table>{cg}{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class=note>Le variazioni percentuali sono calcolate rispetto al valore di baseline 2019 (ultimo anno "
            "non influenzato dall'emergenza sanitaria). Il peso degli obiettivi operativi è riferito all'obiettivo "
            "strategico di appartenenza.</p>")
    h = html_page3(body, CSS, margin="15mm 14mm", bottom_center=q("– ") + " counter(page) " + q(" –"))
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "targets in prose", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8 pt. One table `Codice | Obiettivo / Indicatore | Peso | Baseline 2019 | Fonte del dato`
with vertical rules and light horizontal rules. Strategic objectives (`S1`) are green band rows `Obiettivo
strategico – title`; operational objectives (`1.1`) bold rows with their weight. EVERY INDICATOR TAKES TWO ROWS: a
data row (name indented, `Peso` empty, baseline `312 utenti` / `18 giorni` / `78%`, source) and, under it, a
FULL-WIDTH prose row (from the second column on, dotted rule above) `Risultati attesi 2021-2023: …` with ALL THREE
YEARS in one paragraph, in four shapes: (A) `Target 2021 - Aumento del 10% rispetto alla baseline. Target 2022 - …`;
(B) `Riduzione del: 10% nel 2021, 15% nel 2022, 20% nel 2023.` (also `Incremento del: …`); (C) `Almeno 100 progetti
nel 2021, almeno 115 nel 2022 e almeno 130 nel 2023.` (the year AFTER the value, `e` before the last); (D)
`Mantenimento del valore di baseline (100%) in ciascun anno del triennio.` (one phrase for all three years). A note
says percentages are relative to the 2019 baseline. Truth: shape A → the sentence without `Target <year> - ` and its
stop; B → the figure (`10%`); C → the words before `nel <year>` (`Almeno 100 progetti`, `almeno 115`); D → the phrase
before `in ciascun anno` for each of the three years; baseline year 2019 from the header.
""", ["each indicator as a data row plus a full-width prose row", "four prose shapes, one of them naming no year "
      "(`in ciascun anno del triennio`)", "baseline with the unit in words (`18 giorni`, `312 utenti`)",
      "baseline of 2019 for a 2021-2023 plan", "portrait sans, vertical rules and light horizontal rules"],
     ["operational weights sum to 100% per strategic objective (60+40, 70+30, 100)", "indicators without weights",
      "`Riduzione del …` targets for lower-is-better indicators (`Tempo medio …`)",
      "`Mantenimento del valore di baseline (100%)` equal to the 100% baseline (maintenance)",
      "relative targets (`Aumento del 10% rispetto alla baseline`) are not percentages of the indicator",
      "a 2019 baseline two years before the plan (stated in the note)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
