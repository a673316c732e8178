#!/usr/bin/python3
"""fam7-record-chromium-1: objective record blocks whose indicator blocks stand SIDE BY SIDE (one column per
indicator, labels down the left), printed by Chromium. Content invented."""
import os

from common10 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,
                      vars_of, write_readme, write_truth)

ORG = "Ministero dell'Ordinamento Giudiziario e dei Servizi di Comunità"
YEARS = [2021, 2022, 2023]
BASE = 2020
UNITS = {"percentuale": "%", "giorni": "gg", "numero": "N.", "euro": "EUR"}

M06 = "006 – Giustizia"
M32 = "032 – Servizi istituzionali e generali delle amministrazioni pubbliche"

# objective: (code, title, missione, programma, struttura, risorse, [indicators])
# indicator: (name, tipologia, um, algoritmo, peso, precedente, (t1, t2, t3))
OBJ = [
    ("OB.1", "Ridurre la durata media dei procedimenti civili di primo grado", M06,
     "002 – Giustizia civile e penale", "Dipartimento per l'organizzazione giudiziaria", "€ 48.612.300,00", [
         ("Durata media dei procedimenti civili contenziosi definiti", "Efficacia", "giorni", "GG_def / N_def",
          "40%", "412 gg", ("<= 400 gg", "<= 385 gg", "<= 370 gg")),
         ("Tasso di smaltimento dell'arretrato ultratriennale", "Efficacia", "percentuale",
          "ARR_def / ARR_tot x 100", "35%", "18,2%", ("maggiore di 20,00%", "maggiore di 22,50%",
                                                     "maggiore di 25,00%")),
         ("Fascicoli iscritti con deposito telematico", "Efficienza", "percentuale", "FASC_tel / FASC_isc x 100",
          "25%", "91,4%", (">= 93%", ">= 95%", ">= 97%")),
     ]),
    ("OB.2", "Potenziare l'esecuzione penale esterna e le misure di comunità", M06,
     "003 – Giustizia minorile e di comunità", "Dipartimento per la giustizia minorile e di comunità",
     "€ 21.037.845,50", [
         ("Programmi di trattamento avviati entro 30 giorni dall'incarico", "Efficacia", "percentuale",
          "PT_30 / PT_tot x 100", "50%", "67,5%", ("Maggiore o uguale al 70%", "Maggiore o uguale al 74%",
                                                   "Maggiore o uguale al 78%")),
         ("Convenzioni attive per lavori di pubblica utilità", "Volume", "numero", "N_conv_LPU", "30%", "1.184",
          (">= 1.250", ">= 1.320", ">= 1.400")),
         ("Costo medio giornaliero per misura in carico", "Efficienza", "euro", "COSTO_tot / GG_mis", "20%",
          "€ 11,84", ("<= € 11,80", "<= € 11,60", "<= € 11,40")),
     ]),
    ("OB.3", "Completare la dematerializzazione degli archivi degli uffici giudiziari", M32,
     "003 – Servizi e affari generali per le amministrazioni di competenza",
     "Direzione generale per i sistemi informativi automatizzati", "4.321.772,00", [
         ("Fascicoli storici dematerializzati", "Volume", "numero", "FASC_dem", "45%", "215.000",
          (">= 240.000", ">= 270.000", ">= 300.000")),
         ("Uffici giudiziari collegati al fascicolo digitale", "Efficacia", "percentuale", "UFF_coll /", "30%",
          "62%", ("> 70%", "> 80%", "> 90%")),
         ("Giornate di fermo dei sistemi documentali", "Qualità", "giorni", "GG_fermo", "25%", "6 gg",
          ("<= 5 gg", "<= 4 gg", "<= 4 gg")),
     ]),
    ("OB.4", "Migliorare la trasparenza e la fruibilità dei dati statistici sulla giustizia", M32,
     "003 – Servizi e affari generali per le amministrazioni di competenza",
     "Direzione generale di statistica e analisi organizzativa", "€ 1.250.000,00", [
         ("Dataset statistici pubblicati in formato aperto", "Volume", "numero", "N_dataset", "60%", "24",
          (">= 30", ">= 36", ">= 42")),
         ("Richieste di accesso civico evase nei termini di legge", "Qualità", "percentuale",
          "AC_term / AC_tot x 100", "40%", "–", ("100%", "100%", "100%")),
     ]),
]

CSS = """
body { font: 8.4pt "DejaVu Serif", serif; color: #202020; }
h1 { font-size: 12.5pt; margin: 0; font-variant: small-caps; letter-spacing: 0.3pt; }
h1 + p.sub { font-size: 10pt; margin: 1mm 0 2mm 0; font-style: italic; }
p.note { font-size: 8pt; margin: 0 0 3mm 0; text-align: justify; }
section { break-inside: avoid; margin-bottom: 6mm; }
section.brk { break-before: page; }
h2 { font-size: 9.4pt; margin: 0 0 1.2mm 0; padding-bottom: 0.6mm; border-bottom: 1.2pt solid #5b3a1a;
     color: #5b3a1a; }
table { border-collapse: collapse; width: 100%; }
table.obj td { border: 0.5pt solid #8c7a66; padding: 0.9mm 1.6mm; vertical-align: top; }
table.obj td.l { width: 24%; background: #f1e8dc; font-weight: bold; }
table.ind { margin-top: 2mm; table-layout: fixed; }
table.ind th, table.ind td { border: 0.5pt solid #8c7a66; padding: 0.9mm 1.4mm; vertical-align: top; }
table.ind th { background: #5b3a1a; color: #fff; font-weight: bold; text-align: center; }
table.ind th.c, table.ind td.l { width: 24%; }
table.ind td.l { background: #f1e8dc; font-weight: bold; }
table.ind td.v { text-align: center; }
"""

LABELS = ["Denominazione", "Tipologia", "Unità di misura", "Algoritmo di calcolo", "Peso indicatore",
          "Target conseguito nell'esercizio precedente", "Target primo anno", "Target secondo anno",
          "Target terzo anno"]


def build():
    name = "fam7-record-chromium-1"
    d = case_dir(name)
    html = [f"<h1>{esc(ORG)}</h1>",
            '<p class="sub">Nota integrativa al bilancio di previsione 2021 e per il triennio 2021-2023 – '
            'Schede obiettivo</p>',
            '<p class="note">Per ogni obiettivo sono riportati i dati di bilancio e, nella tabella sottostante, '
            'gli indicatori affiancati per colonna. Il primo, il secondo e il terzo anno sono il 2021, il 2022 e '
            'il 2023; il target conseguito nell\'esercizio precedente è il valore consuntivo al 31.12.2020 («–» se '
            'l\'indicatore è di nuova introduzione).</p>']
    nodes, inds = [], []
    for k, (code, title, mis, prog, cdr, ris, its) in enumerate(OBJ):
        cls = ' class="brk"' if k == 2 else ""
        html.append(f"<section{cls}><h2>Scheda obiettivo {esc(code)}</h2><table class=\"obj\">")
        for lab, val in (("Codice", code), ("Obiettivo", title), ("Missione", mis), ("Programma", prog),
                         ("Struttura responsabile", cdr), ("Risorse a preventivo primo anno", ris)):
            html.append(f'<tr><td class="l">{esc(lab)}</td><td>{esc(val)}</td></tr>')
        html.append("</table>")
        nodes.append(node(code, "strategic", title, resources=[ris], mission=mis[:3], programme=prog[:3],
                          owners=[cdr]))
        html.append('<table class="ind"><tr><th class="c">Indicatori</th>' +
                    "".join(f"<th>Indicatore {j}</th>" for j in range(1, len(its) + 1)) + "</tr>")
        cols = []
        for nm, tip, um, alg, peso, prec, tg in its:
            cols.append([nm, tip, um, alg, peso, prec] + list(tg))
            inds.append(ind(nm, code, unit=UNITS[um], type=tip, weight=peso, formula=alg, variables=vars_of(alg),
                            baselines=[] if prec == "–" else [(BASE, prec)], targets=list(zip(YEARS, tg))))
        for r, lab in enumerate(LABELS):
            cells = "".join(f'<td class="{"v" if r >= 4 else ""}">{esc(c[r])}</td>' for c in cols)
            html.append(f'<tr><td class="l">{esc(lab)}</td>{cells}</tr>')
        html.append("</table></section>")
    page = html_page3("\n".join(html), CSS, landscape=True, margin="13mm 14mm 14mm 14mm",
                      top_right=q("Nota integrativa 2021-2023"),
                      bottom_right=q("Pag. ") + " counter(page)", hf_font='7pt "DejaVu Serif"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    nm_fault = "Uffici giudiziari collegati al fascicolo digitale"
    findings = [finding("formula.incomplete", nm_fault, "the algorithm of the indicator under OB.3 is `UFF_coll /`: "
                        "the divisor is missing")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
Landscape A4, Chromium, DejaVu Serif 8.4 pt, ruled (brown), four pages; a ministry's Nota integrativa 2021-2023.
Small-caps title (the ministry), italic subtitle, a paragraph mapping primo/secondo/terzo anno to 2021/2022/2023
and the previous year's value to 31.12.2020. Each objective is a SECTION (never split by a page; a forced page
break before the third) headed `Scheda obiettivo OB.1`: first a two-column label/value table (`Codice`,
`Obiettivo`, `Missione` `006 – Giustizia`, `Programma` `002 – …`, `Struttura responsabile`, `Risorse a preventivo
primo anno`), then ONE table for all its indicators TRANSPOSED with respect to the usual record blocks: the
labels run down the first column (`Denominazione`, `Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso
indicatore`, `Target conseguito nell'esercizio precedente`, `Target primo anno`, `Target secondo anno`, `Target
terzo anno`) and each indicator is a COLUMN headed `Indicatore 1`, `Indicatore 2`, … (2 or 3 per objective).
Running header `Nota integrativa 2021-2023`, footer `Pag. n`. Truth: objectives `strategic`, parent null,
mission/programme = the three-digit codes, owners = [Struttura responsabile], resources = the first-year amount as
printed (`€ 48.612.300,00`, bare `4.321.772,00`); indicators without code, type = Tipologia, unit mapped from words
(`percentuale` → `%`, `giorni` → `gg`, `numero` → `N.`, `euro` → `EUR`), weight = Peso indicatore, baseline 2020
= the previous-year value (none for `–`), targets 2021/2022/2023 as printed.
""", CHROMIUM_PRODUCER.format(script="fam10_record.py"), [
        "indicator blocks transposed: one column per indicator, labels down the left",
        "objective block as a plain two-column label/value table, `Scheda obiettivo OB.n` headings",
        "label synonyms `Denominazione`, `Struttura responsabile`",
        "values `maggiore di 75,00%`-style (`maggiore di 20,00%`), `Maggiore o uguale al 70%`, `<= € 11,80`, "
        "`>= 1.250`, `215.000`, `–`; resources with and without `€`",
        "landscape, serif font, sections kept whole, forced page break",
    ], ["`formula.incomplete` on `Uffici giudiziari collegati al fascicolo digitale` (objective OB.3): its "
        "algorithm is printed `UFF_coll /`, with no divisor"])


if __name__ == "__main__":
    build()
