#!/usr/bin/python3
"""h13-results-chromium-1: a union of municipalities' results 2025 WITHOUT WEIGHTS, printed by Chromium. Portrait,
Liberation Serif 9 pt, zebra rows, no vertical rules; header `Obiettivo | Indicatore | Target % | Risultato % |
% di realizzazione` (unit only in the header, bare numbers `95` `97`); the objective cell `04. title` spans its
indicators; non-contiguous codes `04.` `07.` `11.` `13.` `17.`; the header is an ordinary first row, NOT repeated
after a forced page break that falls INSIDE objective 11.
Fault: achievement.mismatch (one indicator prints 100,0% with 88 against 95). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, finding, genre_readme,  # noqa: E402
                      html_page3, ind, node, q, write_truth)

SCRIPT = "h13_results.py"
NAME = "h13-results-chromium-1"
ORG = "Unione dei Comuni del Lago Morello"
YEAR = 2025
FAULT = "Contributi economici pagati entro 30 giorni dalla concessione"
BREAK_AT = "Pratiche presentate in forma telematica"

OBJ = [
    ("04.", "Gestione associata della polizia locale", [
        ("Verbali notificati entro i termini di legge", "95", "97"),
        ("Segnalazioni dei cittadini evase entro 10 giorni", "90", "84")]),
    ("07.", "Servizi sociali associati", [
        ("Progetti individualizzati attivati sul totale delle richieste", "80", "86"),
        (FAULT, "95", "88")]),
    ("11.", "Sportello unico per le attività produttive", [
        ("Pratiche SUAP concluse entro i termini", "98", "99,2"),
        (BREAK_AT, "100", "100"),
        ("Conferenze di servizi concluse entro i termini", "90", "81")]),
    ("13.", "Protezione civile intercomunale", [
        ("Comuni con piano di emergenza aggiornato", "100", "75"),
        ("Volontari formati sul totale degli iscritti", "60", "63")]),
    ("17.", "Trasparenza e prevenzione della corruzione", [
        ("Obblighi di pubblicazione assolti", "100", "97,5"),
        ("Dipendenti formati in materia di anticorruzione", "100", "100")]),
]

CSS = """body { font-family: "Liberation Serif", serif; font-size: 9pt; }
h1 { font-size: 13pt; margin: 0; text-align: center; } p.sub { text-align: center; margin: 1mm 0 5mm 0; }
p.intro { text-align: justify; margin: 0 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { padding: 3pt 4pt; vertical-align: top; }
tr.h td { font-weight: bold; background: #39424e; color: #fff; text-align: center; }
tr.z td.i, tr.z td.v { background: #eef0f3; }
td.o { font-weight: bold; border-bottom: 0.6pt solid #39424e; background: #fff; }
td.v { text-align: center; } tr.brk { break-before: page; }
tr.last td { border-bottom: 0.6pt solid #39424e; }"""


def build():
    rows = ["<tr class=h><td>Obiettivo</td><td>Indicatore</td><td>Target %</td><td>Risultato %</td>"
            "<td>% di realizzazione</td></tr>"]
    nodes, inds = [], []
    z = False
    for code, title, ilist in OBJ:
        nodes.append(node(code.rstrip("."), "operational", title))
        for k, (name, t, r) in enumerate(ilist):
            due = capped(Decimal(r.replace(",", ".")), Decimal(t), "ge")
            shown = "100,0%" if name == FAULT else dnum(due, 1, group=False) + "%"
            if name == FAULT:
                due_fault = dnum(due, 1, group=False) + "%"
            cls = ("z" if z else "") + (" brk" if name == BREAK_AT else "") + (" last" if k == len(ilist) - 1 else "")
            z = not z
            cells = ""
            if k == 0:
                cells += f"<td class=o rowspan={len(ilist)}>{esc(code)} {esc(title)}</td>"
            cells += (f"<td class=i>{esc(name)}</td><td class=v>{t}</td><td class=v>{r}</td>"
                      f"<td class=v>{shown}</td>")
            rows.append(f"<tr class='{cls.strip()}'>{cells}</tr>")
            inds.append(ind(name, code.rstrip("."), unit="%", targets=[(YEAR, t)], results=[(YEAR, r)],
                            achievement=[(YEAR, shown)]))
    body = [f"<h1>{esc(ORG)}</h1>", "<p class=sub>Relazione sulla performance – anno 2025<br>Allegato B – Esito degli "
            "obiettivi di gestione associata</p>",
            "<p class=intro>Per ogni indicatore sono riportati il valore programmato e quello raggiunto, entrambi in "
            "percentuale, e la percentuale di realizzazione, pari al rapporto tra risultato e target con un massimo "
            "del 100%. Gli obiettivi non sono ponderati: la valutazione dei responsabili tiene conto di tutti gli "
            "indicatori in parti uguali.</p>",
            "<table><colgroup><col style='width:27%'><col><col style='width:10%'><col style='width:11%'>"
            f"<col style='width:13%'></colgroup>{''.join(rows)}</table>"]
    h = html_page3("\n".join(body), CSS, margin="20mm 18mm", bottom_center=q(ORG + " – Relazione 2025 – ")
                   + " counter(page)", hf_font='7.5pt "Liberation Serif"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fi = [finding("achievement.mismatch", FAULT, f"prints 100,0% for 88 against a target of 95 (due {due_fault})")]
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, fi)
    genre_readme(d, NAME, "results list without weights (family)", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Serif 9 pt, no vertical rules, zebra on the indicator cells, a rule under each objective.
Centred title and subtitle, a paragraph (capped ratio, no weights), then one table whose header is an ORDINARY
first row (dark): `Obiettivo | Indicatore | Target % | Risultato % | % di realizzazione`. Targets and results are
bare numbers (`95`, `99,2`): the unit is only in the header. The objective cell (`04. Gestione associata …`,
bold) spans its indicator rows. Objective codes are non-contiguous (`04.`, `07.`, `11.`, `13.`, `17.`). A forced
page break falls INSIDE objective 11 (before its second indicator); the header is NOT repeated and the spanning
objective cell is not reprinted on page 2. Truth: objectives `operational` with code without the trailing dot,
no weights; indicators unit `%`, target/result raws the bare numbers, achievement the printed `% di realizzazione`.
""", ["bare numbers with the unit only in the header", "codes with trailing dot, non-contiguous",
      "header not repeated after a page break inside a spanning objective", "no weights at all"],
                 [f"`achievement.mismatch` on `{FAULT}`: 88 against 95 prints 100,0% (due {due_fault})"])
    return NAME


if __name__ == "__main__":
    print(build())
