#!/usr/bin/python3
"""h9-prose-chromium-1: a municipality's DUP operational section with targets in prose, two text columns, Chromium.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, readme, write_truth  # noqa: E402

NAME = "h9-prose-chromium-1"
ORG = "Comune di Torreselle"
YEARS = [2021, 2022, 2023]
TRUNC = "2.1"

# indicator kinds: ("t", name, unit, baseline raw, [three prose targets])  -> "Target 2021 - <raw>."
#                  ("d", name, unit, verb, baseline raw, [three raws])      -> "<name>: <verb>, rispetto al 2020 (<b>), del: 2% nel 2021, ..."
LINES = [
    ("1", "Ambiente, energia e territorio", [
        ("1.1", "Aumentare la quota di rifiuti urbani avviati a riciclo",
         "Il nuovo contratto di igiene urbana consente di estendere la raccolta porta a porta alle frazioni collinari e "
         "di introdurre la tariffa puntuale.", [
             ("t", "Raccolta differenziata sul totale dei rifiuti urbani prodotti", "%", "61,4%",
              ["Aumento del 5% rispetto alla baseline", "Aumento del 10% rispetto alla baseline",
               "Aumento del 15% rispetto alla baseline"]),
             ("t", "Centri di raccolta con accesso tramite tessera elettronica", "N.", "1 centro",
              ["Attivazione del secondo centro", "Attivazione del terzo centro", "Mantenimento dei 3 centri attivi"]),
         ]),
        ("1.2", "Ridurre i consumi energetici degli edifici e degli impianti comunali",
         "Gli interventi sono finanziati in parte con il conto termico e con i contributi regionali per l'efficienza "
         "energetica.", [
             ("d", "Consumi di energia elettrica degli edifici comunali", "MWh", "riduzione", "1.240 MWh",
              ["2%", "4%", "6%"]),
             ("t", "Punti luce della pubblica illuminazione convertiti a LED", "N.", "2.150 punti luce",
              ["Almeno 3.000 punti luce", "Almeno 3.800 punti luce", "Almeno 4.500 punti luce"]),
         ]),
    ]),
    ("2", "Sviluppo economico e attrattività", [
        ("2.1", "Sostenere le attività economiche del centro storico attraverso la",
         "L'obiettivo coinvolge le associazioni di categoria e il distretto urbano del commercio.", [
             ("t", "Esercizi commerciali e artigianali attivi nel centro storico", "N.", "184 esercizi",
              ["Mantenimento del numero di esercizi", "Aumento del 3% rispetto alla baseline",
               "Aumento del 5% rispetto alla baseline"]),
         ]),
        ("2.2", "Promuovere il turismo lento, i cammini e la rete escursionistica",
         "Si prevede la posa della segnaletica coordinata e la promozione congiunta con i comuni della valle.", [
             ("d", "Presenze turistiche nelle strutture ricettive del territorio", "N.", "incremento", "38.600 presenze",
              ["5%", "10%", "15%"]),
         ]),
    ]),
    ("3", "Servizi alla persona e alla famiglia", [
        ("3.1", "Ampliare l'offerta dei servizi educativi per la prima infanzia",
         "L'ampliamento del nido di via dei Tigli e la convenzione con i nidi privati accreditati aumentano i posti "
         "disponibili.", [
             ("t", "Posti nido disponibili ogni 100 bambini residenti di età 0-2 anni", "N.", "24",
              ["Almeno 27 posti", "Almeno 30 posti", "Almeno 33 posti"]),
             ("t", "Tempo medio di risposta alle domande di iscrizione ai servizi educativi", "gg", "35 giorni",
              ["Non oltre 30 giorni", "Non oltre 25 giorni", "Non oltre 20 giorni"]),
         ]),
    ]),
]

CSS = """
body { font: 9.6pt "Liberation Serif"; color: #111; }
header { text-align: center; border-bottom: 1.5pt double #444; padding-bottom: 2mm; margin-bottom: 4mm; }
header .ente { font: bold 14pt "Liberation Serif"; letter-spacing: 1pt; }
header .t { font: 10.5pt "Liberation Serif"; font-style: italic; margin-top: 1mm; }
div.cols { column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #aaa; text-align: justify; hyphens: manual; }
h2 { font: bold 10.5pt "Liberation Sans"; margin: 0 0 2mm; padding: 1mm 1.5mm; background: #e8e2d0; break-after: avoid; }
h3 { font: bold 9.6pt "Liberation Serif"; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.6mm; }
p.desc { font-style: italic; }
p.ind { margin-left: 3mm; }
p.intro { font-size: 9pt; }
"""


def main():
    d = case_dir(NAME)
    nodes, inds, out = [], [], []
    out.append(f"<header><div class=\"ente\">{esc(ORG.upper())}</div><div class=\"t\">Documento unico di programmazione "
               "2021-2023 – Sezione operativa, parte prima: obiettivi operativi e indicatori</div></header>")
    out.append("<div class=\"cols\">")
    out.append("<p class=\"intro\">Per ciascuna linea programmatica del mandato sono riportati gli obiettivi operativi "
               "del triennio e gli indicatori con cui l'Amministrazione ne misurerà il conseguimento. Salvo diversa "
               "indicazione la baseline è il valore rilevato al 31 dicembre 2020.</p>")
    for lc, lt, objs in LINES:
        out.append(f"<h2>Linea programmatica {lc} – {esc(lt)}</h2>")
        nodes.append(node(lc, "strategic", lt))
        for oc, ot, desc, ks in objs:
            out.append(f"<h3>Obiettivo operativo {oc} – {esc(ot)}</h3><p class=\"desc\">{esc(desc)}</p>")
            nodes.append(node(oc, "operational", ot, parent=lc, description=desc))
            for k in ks:
                if k[0] == "t":
                    _, kn, um, base, tg = k
                    lines = "<br>".join(f"Target {y} - {esc(t)}." for y, t in zip(YEARS, tg))
                    out.append(f"<p class=\"ind\"><b>Indicatore</b> – {esc(kn)}. Baseline 2020: {esc(base)}.<br>{lines}</p>")
                else:
                    _, kn, um, verb, base, tg = k
                    parts = ", ".join(f"{t} nel {y}" for y, t in zip(YEARS, tg))
                    out.append(f"<p class=\"ind\"><b>Indicatore</b> – {esc(kn)}: {verb}, rispetto al 2020 ({esc(base)}), "
                               f"del: {parts}.</p>")
                inds.append(ind(kn, oc, unit=um, baselines=[(2020, base)], targets=list(zip(YEARS, tg))))
    out.append("</div>")
    html = html_page3("\n".join(out), CSS, margin="16mm 15mm 18mm",
                      bottom_center='"DUP 2021-2023 – SeO – " counter(page)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    findings = [finding("text.truncated", TRUNC, "the title of objective 2.1 stops mid-sentence (`… attraverso la`)")]
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, findings)
    readme(d, NAME, "Family: **targets in prose**", CHROMIUM.format(script="h9_prose.py"), """
Portrait A4, Liberation Serif 9.6 pt, Chromium, NO table: running text set in TWO JUSTIFIED COLUMNS with a thin
column rule (CSS multi-column), footer `DUP 2021-2023 – SeO – n`. A centred header (the Comune in spaced capitals,
an italic subtitle naming the DUP 2021-2023 operational section) closed by a double rule. An intro paragraph says the
baseline is the value at 31/12/2020. Each programme line is a tinted sans heading `Linea programmatica 1 – <title>`;
each objective a bold run-in heading `Obiettivo operativo 1.1 – <title>` followed by an italic description
paragraph; each indicator an indented paragraph in one of two shapes: (a) `Indicatore – <name>. Baseline 2020:
61,4%.` then one line per year `Target 2021 - Aumento del 5% rispetto alla baseline.` (`Almeno 27 posti`, `Non oltre
30 giorni`, `Attivazione del secondo centro`); (b) one sentence `Indicatore – <name>: riduzione, rispetto al 2020
(1.240 MWh), del: 2% nel 2021, 4% nel 2022, 6% nel 2023.` Truth: programme lines level `strategic` (code `1`),
objectives `operational` with their description; indicators uncoded, baseline 2020; target raws are the words after
`Target <year> - ` without the final dot, or the figure before `nel <year>`.
""", [
        "input: `input.pdf`", "two-column justified text, headings breaking across columns",
        "both prose target shapes, in the same document", "operators in words (`Almeno`, `Non oltre`)",
        "baselines with units in words (`1.240 MWh`, `38.600 presenze`, `184 esercizi`)",
    ], ["`text.truncated` on `2.1`: the objective title stops mid-sentence (`… del centro storico attraverso la`)"])


if __name__ == "__main__":
    main()
