#!/usr/bin/python3
"""h13-prose-chromium-1: a metropolitan city's objectives 2026-2028 with TARGETS IN PROSE, printed by Chromium.
Portrait, DejaVu Sans 8.5 pt; strategic objectives as numbered SECTION HEADINGS (`1. …`), each operational objective
a framed CARD (`1.1 – title` in the card's strip) holding a small borderless table `Indicatore | Baseline
(31/12/2024) | Risultato atteso 2026-2028`; three prose shapes: `Target 2026 - … .` sentences, `Riduzione del: 5% nel
2026, …`, and `Nel 2026 almeno 40 interventi; nel 2027 almeno 45; …`. No weights. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q, write_truth  # noqa: E402

SCRIPT = "h13_prose.py"
NAME = "h13-prose-chromium-1"
ORG = "Città Metropolitana di Valcastro"
Y = [2026, 2027, 2028]


def shape_a(phrases):
    return " ".join(f"Target {y} - {p}." for y, p in zip(Y, phrases)), list(zip(Y, phrases))


def shape_b(lead, vals, tail):
    return f"{lead} " + ", ".join(f"{v} nel {y}" for v, y in zip(vals, Y)) + f" {tail}", list(zip(Y, vals))


def shape_c(phrases):
    parts = [f"{'Nel' if k == 0 else 'nel'} {y} {p}" for k, (y, p) in enumerate(zip(Y, phrases))]
    return "; ".join(parts) + ".", list(zip(Y, phrases))


# strategic (code, title) -> operational (code, title, owner) -> indicator (name, unit, baseline or None, prose)
DATA = [
    ("1", "Mobilità sostenibile e sicurezza stradale", [
        ("1.1", "Estendere la rete delle piste ciclabili metropolitane", "Direzione Mobilità", [
            ("Chilometri di piste ciclabili in esercizio", "km", "184 km",
             shape_a(["Aumento del 10% rispetto alla baseline", "Aumento del 15% rispetto alla baseline",
                      "Aumento del 25% rispetto alla baseline"])),
            ("Incidenti con feriti sulle strade provinciali", "N.", "412",
             shape_b("Riduzione del:", ["5%", "8%", "12%"], "rispetto al valore 2024"))]),
        ("1.2", "Rinnovare la segnaletica sulle strade di competenza", "Direzione Viabilità", [
            ("Interventi di rifacimento della segnaletica orizzontale", "N.", "36 interventi",
             shape_c(["almeno 40 interventi", "almeno 45", "almeno 50"]))])]),
    ("2", "Ambiente e transizione ecologica", [
        ("2.1", "Ridurre i consumi energetici degli edifici metropolitani", "Direzione Patrimonio ed Edilizia", [
            ("Consumi di energia termica degli edifici scolastici", "MWh", "21.300 MWh",
             shape_b("Riduzione del:", ["3%", "6%", "10%"], "rispetto al valore 2024")),
            ("Edifici scolastici con impianto fotovoltaico in esercizio", "N.", "27",
             shape_a(["Almeno 32 edifici", "Almeno 38 edifici", "Almeno 45 edifici"]))]),
        ("2.2", "Dotare il territorio di un piano metropolitano del verde", "Direzione Ambiente", [
            ("Iter di approvazione del piano metropolitano del verde", "date", None,
             shape_a(["Adozione del piano entro il 30/09/2026", "Approvazione definitiva entro il 30/06/2027",
                      "Primo rapporto di monitoraggio entro il 31/12/2028"]))])]),
    ("3", "Ente semplice e digitale", [
        ("3.1", "Semplificare l'accesso ai servizi per cittadini e imprese", "Direzione Innovazione", [
            ("Autorizzazioni ai trasporti eccezionali rilasciate tramite il portale", "%", "62%",
             shape_c(["almeno il 75%", "almeno l'85%", "almeno il 95%"]))])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #1a1a1a; }
h1 { font-size: 13pt; margin: 0; color: #4b2a6b; } p.sub { font-size: 9.5pt; margin: 1mm 0 4mm 0; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm 0; padding-left: 2.5mm; border-left: 2.5mm solid #4b2a6b; }
div.card { border: 0.8pt solid #8a7aa0; border-radius: 2mm; margin: 0 0 3.5mm 0; break-inside: avoid; }
div.strip { background: #ece6f3; padding: 1.5mm 2.5mm; font-weight: bold; border-radius: 2mm 2mm 0 0; }
div.strip span { float: right; font-weight: normal; font-style: italic; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-size: 7.5pt; color: #4b2a6b; padding: 1.5mm 2.5mm 0.5mm 2.5mm; }
td { padding: 1mm 2.5mm 1.8mm 2.5mm; vertical-align: top; line-height: 1.35; }
tr + tr td { border-top: 0.4pt dotted #999; }"""


def build():
    body = [f"<h1>{esc(ORG)}</h1>", "<p class=sub>Documento unico di programmazione 2026-2028 – Sezione operativa: "
            "obiettivi operativi, indicatori e risultati attesi</p>"]
    nodes, inds = [], []
    for scode, stitle, ops in DATA:
        body.append(f"<h2>{scode}. {esc(stitle)}</h2>")
        nodes.append(node(scode, "strategic", stitle))
        for ocode, otitle, owner, ilist in ops:
            nodes.append(node(ocode, "operational", otitle, parent=scode, owners=[owner]))
            rows = []
            for name, unit, base, (text, tg) in ilist:
                rows.append(f"<tr><td>{esc(name)}</td><td>{esc(base or '–')}</td><td>{esc(text)}</td></tr>")
                inds.append(ind(name, ocode, unit=unit, baselines=[(2024, base)] if base else [], targets=tg))
            body.append(f"<div class=card><div class=strip>{ocode} – {esc(otitle)}<span>{esc(owner)}</span></div>"
                        "<table><colgroup><col style='width:34%'><col style='width:16%'><col></colgroup>"
                        "<tr><th>Indicatore</th><th>Baseline (31/12/2024)</th><th>Risultato atteso 2026-2028</th></tr>"
                        + "".join(rows) + "</table></div>")
    h = html_page3("\n".join(body), CSS, margin="16mm 15mm", top_right=q("DUP 2026-2028 – SeO"),
                   bottom_center=q("") + " counter(page)", hf_font='7pt "DejaVu Sans"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y)], nodes, inds)
    genre_readme(d, NAME, "targets in prose (family)", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8.5 pt. Title and subtitle; strategic objectives as SECTION HEADINGS with a coloured left
bar (`1. Mobilità sostenibile e sicurezza stradale`); each operational objective is a rounded CARD whose strip
reads `1.1 – title` with the responsible directorate right-aligned in italics; inside, a borderless table
`Indicatore | Baseline (31/12/2024) | Risultato atteso 2026-2028` with dotted separators. The expected result is
prose in three shapes: (a) `Target 2026 - Aumento del 10% rispetto alla baseline. Target 2027 - … Target 2028 - ….`
(also `Almeno 32 edifici`, `Adozione del piano entro il 30/09/2026`); (b) `Riduzione del: 5% nel 2026, 8% nel 2027,
12% nel 2028 rispetto al valore 2024`; (c) `Nel 2026 almeno 40 interventi; nel 2027 almeno 45; nel 2028 almeno
50.`. No weights. Truth: strategic code `1` (the heading's trailing dot dropped), operational `1.1` with owner =
the directorate; baseline 2024 from the header date (none for `–`); shape (a) raw = the sentence after `Target
<year> - ` without its full stop; shape (b) raw = that year's figure (`5%`); shape (c) raw = the words after
`Nel/nel <year> ` up to `;` or the final stop (`almeno 40 interventi`, `almeno l'85%`).
""", ["three prose shapes, one of them new (`Nel 2026 …; nel 2027 …`)", "cards instead of a table grid",
      "baseline year from a date in the header", "no weights at all"], [])
    return NAME


if __name__ == "__main__":
    print(build())
