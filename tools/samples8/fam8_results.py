#!/usr/bin/python3
"""fam6-results-chromium-1: results list without weights, printed by Chromium. Content invented."""
import os
from decimal import ROUND_HALF_UP, Decimal

from common8 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, write_readme,
                     write_truth)

ORG = "Ordine degli Ingegneri della Provincia di Montebruno"
YEAR = 2025

# (code, title, [(indicator, target, result)]) - target and result are bare numbers in percent
DATA = [
    ("O1", "Garantire la tempestività delle iscrizioni all'albo e delle certificazioni", [
        ("Domande di iscrizione istruite entro 30 giorni dalla presentazione", "90", "94"),
        ("Certificati di iscrizione rilasciati on line sul totale dei certificati", "80", "78"),
        ("Richieste pervenute via PEC evase entro 5 giorni lavorativi", "95", "95"),
    ]),
    ("O2", "Assicurare l'aggiornamento professionale continuo degli iscritti", [
        ("Iscritti in regola con i crediti formativi del triennio", "85", "76,5"),
        ("Eventi formativi accreditati realizzati sul totale dei programmati", "100", "100"),
    ]),
    ("O3", "Migliorare la trasparenza e la comunicazione istituzionale dell'Ordine", [
        ("Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "100", "96"),
        ("Iscritti che aprono la newsletter mensile", "70", "63"),
        ("Istanze di accesso civico evase entro 30 giorni", "100", "100"),
    ]),
    ("O4", "Rispettare i tempi di pagamento dei fornitori", [
        ("Fatture pagate entro 30 giorni dal ricevimento", "90", "92"),
    ]),
]


def d(s):
    return Decimal(s.replace(",", "."))


def it1(v):
    return str(v.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",") + "%"


CSS = """
body { font: 10pt "Liberation Serif", serif; color: #111; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 1mm 0; font-variant: small-caps; }
h2 { font-size: 11pt; text-align: center; font-weight: normal; margin: 0 0 5mm 0; }
p { margin: 0 0 3mm 0; text-align: justify; }
table { width: 100%; border-collapse: collapse; border: 1pt solid #000; }
th { font-weight: bold; font-size: 9pt; padding: 1.6mm 1.2mm; border-left: 0.6pt solid #000;
     border-bottom: 2.4pt double #000; vertical-align: bottom; }
td { padding: 1mm 1.4mm; border-left: 0.6pt solid #000; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
tr.ob td { font-weight: bold; padding-top: 2.6mm; }
tr.ob td.c { font-variant: small-caps; }
tr.kpi td.t { padding-left: 6mm; }
tr.last td { padding-bottom: 2mm; }
p.nota { font-size: 8.6pt; font-style: italic; margin-top: 3mm; }
"""


def build():
    name = "fam6-results-chromium-1"
    dd = case_dir(name)
    rows = []
    nodes, inds = [], []
    for code, title, its in DATA:
        achs = []
        krows = []
        for nm, t, r in its:
            a = min(Decimal(100), d(r) / d(t) * 100)
            achs.append(a)
            ar = it1(a)
            krows.append(f'<tr class="kpi"><td></td><td class="t">{esc(nm)}</td><td class="n">{t}</td>'
                         f'<td class="n">{r}</td><td class="n">{ar}</td></tr>')
            inds.append(ind(nm, code, unit="%", targets=[(YEAR, t)], results=[(YEAR, r)], achievement=[(YEAR, ar)]))
        mean = it1(sum(achs) / len(achs))
        rows.append(f'<tr class="ob"><td class="c">{code}</td><td>{esc(title)}</td><td></td><td></td>'
                    f'<td class="n">{mean}</td></tr>')
        rows += krows
        nodes.append(node(code, "operational", title, achievement=[(YEAR, mean)]))
    rows[-1] = rows[-1].replace('<tr class="kpi">', '<tr class="kpi last">')
    body = f"""
<h1>{esc(ORG)}</h1>
<h2>Relazione sulla performance 2025 – Risultati degli obiettivi operativi</h2>
<p>Il Consiglio dell'Ordine ha approvato per il 2025 quattro obiettivi operativi, misurati da indicatori espressi in
percentuale. Per ogni indicatore la tabella riporta il valore obiettivo e il valore raggiunto al 31 dicembre 2025; la
percentuale di realizzazione è il rapporto tra risultato e target, fino a un massimo del 100%. La percentuale di
realizzazione di un obiettivo è la media semplice di quelle dei suoi indicatori (gli indicatori non sono pesati).</p>
<table>
<colgroup><col style="width:7%"><col style="width:57%"><col style="width:10%"><col style="width:11%">
<col style="width:15%"></colgroup>
<thead><tr><th>Cod.</th><th>Obiettivo / Indicatore</th><th>Target %</th><th>Risultato %</th>
<th>Percentuale di realizzazione</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="nota">Fonte: Segreteria dell'Ordine, sistema di gestione dell'albo e protocollo informatico. Dati al
31.12.2025.</p>
"""
    page = html_page3(body, CSS, margin="20mm 18mm", bottom_center=q("– ") + " counter(page) " + q(" –"),
                      hf_font='8pt "Liberation Serif"')
    chromium_pdf(page, os.path.join(dd, "input.pdf"))
    write_truth(dd, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(dd, name, """
Portrait A4, Chromium, Liberation Serif 10 pt; a professional order's (ordine) report. Centred small-caps title,
subtitle `Relazione sulla performance 2025 – Risultati degli obiettivi operativi` and a paragraph stating the rules:
an indicator's realisation is result / target capped at 100%, an objective's is the PLAIN MEAN of its indicators'
(no weights). One table ruled the other way round: an outer box and VERTICAL rules between columns only, no
horizontal rules between rows, a double rule under the header: `Cod. | Obiettivo / Indicatore | Target % | Risultato
% | Percentuale di realizzazione`. Objective rows are bold (`O1`, small caps) with only their realisation filled;
indicator rows follow, indented, with no code. Target and result are bare numbers (`90`, `94`, `76,5`; `100 100`):
the unit `%` is printed only in the header; the realisation column prints `97,5%` with one decimal. It mixes the two
results layouts of the family (targets/results and a realisation percentage). Italic source line under the table,
page number `– n –`. Every printed figure is consistent. Truth: objectives `operational`, parent null, achievement
2025 = their row's percentage; indicators without code, unit `%`, target/result/achievement of 2025 as printed.
""", CHROMIUM_PRODUCER.format(script="fam8_results.py"), [
        "vertical rules only (column rules and an outer box), no row rules; double rule under the header",
        "objective rows carry only their realisation (plain mean of the indicators')",
        "targets/results as bare numbers with the unit in the header, plus a realisation column `97,5%`",
        "codes `O1` in small caps; a professional order as the body",
        "serif 10 pt, portrait, generous margins",
    ], [])


if __name__ == "__main__":
    build()
