#!/usr/bin/python3
"""fam8-results-chromium-1: a comune's results list without weights, printed by Chromium: first a SUMMARY
`Codice | Descrizione | Percentuale di realizzazione`, then the DETAIL `Obiettivo | Indicatore | Target % |
Risultato %` (unit only in the header, bare numbers; objective cell spanning its indicators; header an ordinary row,
NOT repeated after the page break). An objective's percentage is the plain mean of its indicators' capped ratios
(not printed per indicator). Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (CHROMIUM, capped, case_dir, chromium_pdf, doc, dpct, esc, html_page3, ind, node, q,  # noqa: E402
                      rnd, write_truth)
from common2 import write_readme  # noqa: E402

SCRIPT = "fam8_results.py"
ORG = "Comune di San Vito al Ciglio"
YEAR = 2022

OBJ = [
    ("1a", "Ridurre i tempi di rilascio dei titoli edilizi", "Area Urbanistica ed Edilizia privata", [
        ("Permessi di costruire rilasciati entro i termini di legge", "90", "93,5"),
        ("Pratiche edilizie presentate in modalità telematica", "95", "91,2")]),
    ("1b", "Aggiornare la cartografia del piano di governo del territorio", "Area Urbanistica ed Edilizia privata", [
        ("Tavole cartografiche aggiornate e pubblicate sul geoportale", "100", "100")]),
    ("2a", "Migliorare la riscossione delle entrate tributarie", "Area Economico-finanziaria", [
        ("Riscossione dell'IMU di competenza sull'accertato", "92", "94,1"),
        ("Riscossione della TARI di competenza sull'accertato", "85", "80,3"),
        ("Avvisi di accertamento notificati sul totale programmato", "100", "88")]),
    ("2b", "Rispettare i tempi di pagamento delle fatture commerciali", "Area Economico-finanziaria", [
        ("Fatture pagate entro 30 giorni dal ricevimento", "95", "97,6")]),
    ("3a", "Ampliare l'offerta dei servizi educativi per la prima infanzia", "Area Servizi alla persona", [
        ("Domande di iscrizione al nido accolte", "85", "87"),
        ("Posti nido occupati sul totale dei posti autorizzati", "95", "92,5")]),
    ("3b", "Potenziare il servizio di assistenza domiciliare agli anziani", "Area Servizi alla persona", [
        ("Utenti in lista d'attesa presi in carico entro 30 giorni", "80", "70"),
        ("Ore di assistenza erogate sulle ore programmate", "90", "91")]),
]


def num(s):
    return Decimal(s.replace(".", "").replace(",", "."))


CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 10.6pt; color: #202020; }
h1 { font-size: 14pt; margin: 0; color: #7a2e00; }
p.sub { font-size: 11pt; margin: 1mm 0 3mm 0; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; color: #7a2e00; }
p { text-align: justify; margin: 0 0 2mm 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
td { padding: 5pt 5pt; vertical-align: top; }
tr.h td { font-weight: bold; background: #7a2e00; color: #fff; }
tr.z td.x { background: #f6ece4; }
tr { break-inside: avoid; }
td.n { text-align: right; width: 24mm; }
td.c { width: 14mm; font-weight: bold; }
td.o { width: 62mm; border-right: 0.6pt solid #c9b3a3; }
tr.first td { border-top: 0.6pt solid #c9b3a3; }"""


def build():
    name = "fam8-results-chromium-1"
    nodes, inds = [], []
    summ = ["<table><tr class=h><td class=c>Codice</td><td>Descrizione</td>"
            "<td class=n>Percentuale di realizzazione</td></tr>"]
    det = ["<table><tr class=h><td class=o>Obiettivo</td><td>Indicatore</td><td class=n>Target %</td>"
           "<td class=n>Risultato %</td></tr>"]
    z = 0
    for code, title, owner, its in OBJ:
        ach = [capped(num(r), num(t), "ge") for _, t, r in its]
        mean = rnd(sum(ach) / len(ach), 1)
        shown = "100%" if mean == 100 else dpct(mean, 1)
        summ.append(f"<tr class=first><td class=c>{code}</td><td>{esc(title)}</td><td class=n>{shown}</td></tr>")
        nodes.append(node(code, "operational", title, achievement=[(YEAR, shown)]))
        for k, (nm, t, r) in enumerate(its):
            z += 1
            zc = " z" if z % 2 == 0 else ""
            first = "<td class=o rowspan=%d>%s – %s</td>" % (len(its), code, esc(title)) if k == 0 else ""
            cls = f"first{zc}" if k == 0 else zc.strip()
            det.append(f"<tr class='{cls}'>{first}<td class=x>{esc(nm)}</td><td class='n x'>{t}</td>"
                       f"<td class='n x'>{r}</td></tr>")
            inds.append(ind(nm, code, unit="%", targets=[(YEAR, t)], results=[(YEAR, r)]))
    summ.append("</table>")
    det.append("</table>")
    body = [f"<h1>{esc(ORG)}</h1>", f"<p class=sub>Relazione sulla performance {YEAR} – Allegato 2: risultati degli "
            "obiettivi di performance organizzativa</p>",
            "<p>Il presente allegato rendiconta i risultati conseguiti nell'anno 2022 rispetto agli obiettivi "
            "assegnati con il Piano esecutivo di gestione. Per ciascun indicatore il rapporto tra risultato e target "
            "è considerato fino a un massimo del 100%; la percentuale di realizzazione di ciascun obiettivo è la "
            "media semplice dei rapporti dei suoi indicatori. Gli obiettivi non sono ponderati.</p>",
            "<p>I dati sono stati validati dal Nucleo di valutazione nella seduta del 28 aprile 2023 sulla base "
            "delle relazioni dei responsabili di area e delle evidenze documentali raccolte dal servizio controllo "
            "di gestione.</p>",
            "<h2>1. Sintesi per obiettivo</h2>", "".join(summ),
            "<h2>2. Dettaglio degli indicatori</h2>",
            "<p>Target e risultati sono espressi in percentuale.</p>", "".join(det),
            "<p style='margin-top:4mm;font-size:8.5pt'>Fonte: sistema di controllo di gestione comunale.</p>"]
    page = html_page3("\n".join(body), CSS, margin="22mm 16mm 20mm 16mm",
                      bottom_right=q("Relazione sulla performance 2022 – ") + " counter(page)",
                      hf_font='8pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Liberation Sans 10.6 pt, borderless with thin separators and zebra fill, two pages. Title (the comune),
subtitle `Relazione sulla performance 2022 – Allegato 2: …`, two paragraphs (the rule: an indicator's ratio result /
target capped at 100%, an objective's percentage the PLAIN MEAN of its indicators' ratios; no weights). Section `1.
Sintesi per obiettivo`: `Codice | Descrizione | Percentuale di realizzazione` (`98,0%`, `100%`, `94,2%`). Section `2.
Dettaglio degli indicatori`, a sentence `Target e risultati sono espressi in percentuale.`, then `Obiettivo |
Indicatore | Target % | Risultato %` where the objective cell (`1a – title`) SPANS its indicator rows and the values
are BARE numbers (`90`, `93,5`): the unit is only in the header. The header is an ordinary first row, NOT repeated
when the detail table continues on page 2. Footer `Relazione sulla performance 2022 – n`. Truth: objectives
`operational` (codes `1a`, `3b`), parent null, achievement 2022 from the summary; indicators under their objective,
unit `%` (from the header), target and result 2022 as printed (bare), no printed indicator achievement (the
per-indicator ratios are not printed).
""", CHROMIUM.format(script=SCRIPT), [
        "both results shapes in one document: summary by code and detail with `Target % | Risultato %`",
        "unit only in the header; bare numbers",
        "objective cell spanning its indicators; codes `1a`, `2b`",
        "detail table broken over two pages WITHOUT repeated header",
        "no weights; plain-mean rule stated in prose",
    ], [])
    return name


if __name__ == "__main__":
    print(build())
