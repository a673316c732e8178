#!/usr/bin/python3
"""Family: flat table per responsibility centre. CSV: a ministry's 2019 export, Windows-1252, `;`,
the centre/objective/resources cells left blank on continuation rows (as a sheet with merged
cells saves), a printed total that does not add up. Chromium: a province's plan, one table per
centre under a heading and a paragraph of prose, header synonyms, table split over pages."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                     write_csv, write_readme, write_truth)

UNITS = {"numero": "N.", "%": "%", "data": "date", "giorni": "gg", "gg": "gg", "N.": "N.", "euro": "EUR"}


def ambiente():
    name = "fam3-flat-csv-1"
    org = "Ministero dell'Ambiente e della Sicurezza del Suolo"
    Y = 2019
    RF, RFIN = "Indicatore di realizzazione fisica", "Indicatore di realizzazione finanziaria"
    RIS, IMP = "Indicatore di risultato (output)", "Indicatore di impatto (outcome)"
    cdrs = [
        ("Direzione generale per la salvaguardia del territorio e delle acque", [
            ("Accelerare la spesa per gli interventi di mitigazione del rischio idrogeologico", "€ 1.250.000,00", [
                ("Interventi con cantiere avviato", RF, "numero", "= 45"),
                ("Risorse impegnate sul totale assegnato", RFIN, "%", "=90%")]),
            ("Completare la mappatura delle aree a rischio di frana nei comuni costieri", "€ 310.500,00", [
                ("Comuni costieri mappati", RF, "numero", "= 120"),
                ("Pubblicazione della cartografia sul geoportale nazionale", RIS, "data", "31.12.2019")]),
        ]),
        ("Direzione generale per l'economia circolare", [
            ("Promuovere il riciclo dei rifiuti da costruzione e demolizione", "€ 4.321.772,00", [
                ("Inerti avviati a recupero", IMP, "tonnellate", "= 45.000"),
                ("Accordi di programma sottoscritti con le associazioni di categoria", RF, "numero", "= 6"),
                ("Imprese del settore aderenti agli accordi", RIS, "%", "> 95%")]),
            ("Ridurre i tempi di rilascio delle autorizzazioni alle spedizioni transfrontaliere di rifiuti",
             "€ 148.000,00", [
                ("Tempo medio di rilascio dell'autorizzazione", RIS, "giorni", "<= 30"),
                ("Istanze evase entro il termine di legge", RIS, "%", "=100%")]),
        ]),
        ("Direzione generale per il clima e l'energia", [
            ("Sostenere l'efficientamento energetico degli edifici pubblici", "€ 2.600.000,00", [
                ("Edifici pubblici riqualificati", RF, "numero", "= 38"),
                ("Risparmio energetico conseguito", IMP, "tep", "= 1.450"),
                ("Quota dei finanziamenti destinata alle regioni del Mezzogiorno", RFIN, "%", "=40%")]),
        ]),
    ]
    printed_total = "€ 8.360.272,00"   # the objectives sum to € 8.630.272,00
    head = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
            "Tipologia indicatore", "unità di misura", f"Target {Y}"]
    rows = [[org] + [""] * 6,
            [f"Piano della performance {Y} - Obiettivi annuali per centro di responsabilità"] + [""] * 6,
            [""] * 7, head]
    nodes, inds = [], []
    for cdr, objs in cdrs:
        first_c = True
        for title, res, ilist in objs:
            nodes.append(node(None, "operational", title, resources=[res], owners=[cdr]))
            first_o = True
            for iname, tip, um, tgt in ilist:
                rows.append([cdr if first_c else "", title if first_o else "", res if first_o else "",
                             iname, tip, um, tgt])
                first_c = first_o = False
                inds.append(ind(iname, title, unit=UNITS.get(um, um), type=tip, targets=[(Y, tgt)]))
    rows.append(["Totale risorse finanziarie", "", printed_total, "", "", "", ""])
    rows.append([""] * 7)
    rows.append(["Fonte: elaborazione dell'Ufficio di controllo di gestione su dati del bilancio di previsione "
                 f"{Y}"] + [""] * 6)
    d = case_dir(name)
    write_csv(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=";", crlf=True)
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "resources.sum", "Totale risorse finanziarie",
        "the objectives' resources sum to € 8.630.272,00 but the total prints € 8.360.272,00")],
        resources_total=printed_total)
    write_readme(d, name, """
A CSV export (`input.csv`) as Excel saves `CSV (separato da punto e virgola)` on an Italian Windows: encoding
Windows-1252 (cp1252, no BOM: `à` is one byte, `€` is 0x80), `;` separator, CRLF line ends, every line padded to seven
fields. Two title lines (the body, `Piano della performance 2019 - Obiettivi annuali per centro di responsabilità`) and
an empty line precede the header `Centro di responsabilità;Descrizione obiettivo;Risorse finanziarie;Indicatori;
Tipologia indicatore;unità di misura;Target 2019`. The sheet had merged cells: the centre is written only on its first
row, the objective and its resources only on the objective's first indicator row; continuation rows leave them empty.
No weights, no codes. Then `Totale risorse finanziarie;;€ 8.360.272,00` and a `Fonte: …` line. Targets `= 45`, `=90%`,
`= 45.000`, `> 95%`, `=100%`, `<= 30`, `31.12.2019`. Truth as in the earlier flat cases: each objective an `operational`
node without code, owners = [its centre], parent null, resources as printed; indicators point at the objective title;
units in words mapped (`numero` → `N.`, `giorni` → `gg`, `data` → `date`), others as printed (`tonnellate`, `tep`).
""", "Python csv module (`tools/samples3/fam3_flat.py`), encoded cp1252.",
                 ["CSV input in Windows-1252, `;`, CRLF", "title lines before the header, a source line after",
                  "merged-cell continuation rows left blank", "year 2019, targets `=90%`, `= 45.000`, `> 95%`",
                  "units `tonnellate`, `tep`"],
                 ["`resources.sum` on `Totale risorse finanziarie`: the five objectives' resources sum to "
                  "€ 8.630.272,00 but the total prints € 8.360.272,00 (digits swapped)"])


def provincia():
    name = "fam3-flat-chromium-2"
    org = "Provincia di Valle Serena"
    Y = 2025
    cdrs = [
        ("Settore Viabilità e Trasporti", "Ing. Luca Mantovani",
         "Il settore cura la manutenzione dei 640 chilometri di strade provinciali, il trasporto pubblico extraurbano "
         "e le autorizzazioni ai trasporti eccezionali.", [
             ("Garantire la sicurezza della rete stradale provinciale attraverso il rifacimento delle pavimentazioni "
              "più ammalorate e il rinnovo della segnaletica orizzontale", "1.179.220,00", [
                  ("Chilometri di pavimentazione rifatta", "Realizzazione fisica", "km", "= 12"),
                  ("Segnalazioni di pericolo chiuse entro 48 ore", "Efficacia", "%", "=90%"),
                  ("Spesa liquidata sul quadro economico dei lavori", "Realizzazione finanziaria", "%", "> 95%")]),
             ("Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali", "38.500,00", [
                  ("Tempo medio di rilascio", "Efficienza", "gg", "<= 10 gg"),
                  ("Autorizzazioni rilasciate in via telematica", "Efficacia", "%", "=100%")]),
         ]),
        ("Settore Edilizia Scolastica", "Arch. Sara Pellegrini",
         "Il settore gestisce i 43 edifici degli istituti secondari superiori, la loro messa a norma antisismica e "
         "antincendio e la programmazione dei nuovi spazi didattici.", [
             ("Completare l'adeguamento sismico degli istituti superiori finanziati con il piano nazionale",
              "4.321.772,00", [
                  ("Edifici scolastici adeguati", "Realizzazione fisica", "N.", "= 4"),
                  ("Collaudo dei lavori entro l'anno", "Risultato", "data", "entro il 30/11/2025")]),
             ("Ottenere il certificato di prevenzione incendi per tutti gli edifici scolastici", "650.000,00", [
                  ("Edifici dotati di certificato di prevenzione incendi", "Risultato", "%", "=100%"),
                  ("Esercitazioni di evacuazione svolte", "Volume", "N.", "= 86")]),
         ]),
        ("Settore Ambiente e Territorio", "Dott. Giorgio Serafini",
         "Il settore esercita le funzioni di controllo sugli impianti di gestione dei rifiuti e sugli scarichi, la "
         "pianificazione territoriale di coordinamento e la vigilanza ittico-venatoria.", [
             ("Intensificare i controlli sugli impianti di gestione dei rifiuti", "92.000,00", [
                  ("Impianti controllati", "Volume", "N.", "= 45"),
                  ("Controlli con esito comunicato entro 30 giorni", "Efficacia", "%", "=90%")]),
             ("Approvare la variante generale al piano territoriale di coordinamento provinciale",
              "120.000,00", [
                  ("Adozione della variante da parte del Consiglio provinciale", "Risultato", "data",
                   "entro il 30/09/2025"),
                  ("Osservazioni istruite sul totale pervenute", "Efficacia", "%", "=100%")]),
             ("Contrastare il bracconaggio nelle aree protette provinciali", "45.000,00", [
                  ("Ore di vigilanza notturna", "Volume", "ore", "= 1.200"),
                  ("Verbali di accertamento elevati", "Volume", "N.", "= 140"),
                  ]),
             ("Ridurre i tempi dei procedimenti di autorizzazione unica ambientale", "25.000,00", [
                  ("Tempo medio di conclusione del procedimento", "Efficienza", "gg", "<= 60 gg"),
                  ("Procedimenti conclusi nei termini", "Efficacia", "%", "> 95%")]),
             ("Aggiornare il catasto provinciale degli scarichi in corpo idrico superficiale", "18.000,00", [
                  ("Scarichi censiti e georeferenziati", "Volume", "N.", "= 1.300")]),
             ("Potenziare la vigilanza sulle attività estrattive e sul ripristino ambientale delle cave dismesse",
              "30.000,00", [
                  ("Cave ispezionate", "Volume", "N.", "= 24"),
                  ("Sopralluoghi con verbale trasmesso entro 15 giorni", "Efficacia", "%", "=90%"),
                  ("Progetti di ripristino approvati", "Realizzazione fisica", "N.", "= 5")]),
         ]),
        ("Settore Risorse Finanziarie", "Dott.ssa Anna Rinaldi",
         "Il settore predispone i documenti di bilancio, gestisce le entrate tributarie e cura i pagamenti ai "
         "fornitori.", [
             ("Rispettare i tempi di pagamento delle transazioni commerciali", "15.000,00", [
                  ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "gg", "<= 0 gg"),
                  ("Fatture pagate entro la scadenza", "Efficacia", "%", "> 95%")]),
             ("Recuperare l'evasione dell'imposta provinciale di trascrizione", "60.000,00", [
                  ("Somme accertate a seguito dei controlli", "Realizzazione finanziaria", "euro", "= € 850.000,00"),
                  ("Posizioni controllate", "Volume", "N.", "= 2.400")]),
         ]),
    ]
    css = """body { font-family: "Liberation Serif", serif; font-size: 10pt; }
h1 { font-size: 15pt; margin: 0; } h2 { font-size: 11pt; font-weight: normal; margin: 1mm 0 4mm 0; }
p.pre { text-align: justify; margin: 0 0 3mm 0; }
h3 { font-size: 11pt; margin: 6mm 0 1mm 0; } p.cdr { margin: 0 0 2mm 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
th { border: 0.6pt solid #000; background: #ececec; padding: 2pt 3pt; text-align: left; vertical-align: bottom; }
td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
td.r { text-align: right; white-space: nowrap; } tr { break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>", f"<h2>Piano esecutivo di gestione {Y} – Obiettivi di performance per centro di "
                                 "responsabilità</h2>",
         "<p class=pre>Il piano assegna a ciascun centro di responsabilità gli obiettivi gestionali dell'anno e le "
         "risorse finanziarie necessarie al loro conseguimento, come risultanti dal bilancio di previsione. Per ogni "
         "obiettivo sono indicati uno o più indicatori con il valore atteso a fine esercizio.</p>"]
    head = ["Obiettivo", "Risorse finanziarie (€)", "Indicatore di risultato", "Tipologia", "U.M.",
            f"Valore atteso {Y}"]
    widths = [31, 12, 27, 13, 6, 11]
    nodes, inds = [], []
    for cdr, resp, prose, objs in cdrs:
        h.append(f"<h3>Centro di responsabilità: {esc(cdr)}</h3>")
        h.append(f"<p class=cdr>Responsabile: {esc(resp)}. {esc(prose)}</p>")
        h.append("<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) + "</colgroup><thead><tr>"
                 + "".join(f"<th>{esc(x)}</th>" for x in head) + "</tr></thead><tbody>")
        for title, res, ilist in objs:
            n = len(ilist)
            nodes.append(node(None, "operational", title, resources=[res], owners=[cdr]))
            for k, (iname, tip, um, tgt) in enumerate(ilist):
                row = ""
                if k == 0:
                    row += f"<td rowspan={n}>{esc(title)}</td><td rowspan={n} class=r>{res}</td>"
                row += f"<td>{esc(iname)}</td><td>{esc(tip)}</td><td>{esc(um)}</td><td>{esc(tgt)}</td>"
                h.append(f"<tr>{row}</tr>")
                inds.append(ind(iname, title, unit=UNITS.get(um, um), type=tip, targets=[(Y, tgt)]))
        h.append("</tbody></table>")
    h.append("<p class=pre style='margin-top:6mm'>I valori attesi sono espressi con riferimento al 31 dicembre "
             f"{Y}, salvo diversa indicazione. Il grado di raggiungimento sarà rendicontato nella relazione sulla "
             "performance.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="17mm 14mm 16mm 14mm", top_left=q(f"{org} – PEG {Y}"),
                            bottom_center='counter(page)', hf_font='8pt "Liberation Serif"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Serif 10 pt (tables 8.8 pt), ruled. Title `Piano esecutivo di gestione 2025 –
Obiettivi di performance per centro di responsabilità` and a paragraph of prose. The centre is NOT a column: each
centre is a heading `Centro di responsabilità: Settore Viabilità e Trasporti`, a line `Responsabile: Ing. … . <prose
about the centre>`, then its own table with header synonyms `Obiettivo | Risorse finanziarie (€) | Indicatore di
risultato | Tipologia | U.M. | Valore atteso 2025`. Objective and resources cells span the objective's indicator rows
(rowspan); amounts without currency sign (`1.179.220,00`, unit in the header). No weights, no codes, no total. The
tables run over two pages (a table split by the page break, its header repeated). Closing paragraph after the tables.
Running header (body, PEG 2025) and a bare page number at the foot. Truth as in the earlier flat cases: objectives
`operational` without code, owners = [the centre], parent null, resources as printed; indicators point at the
objective title; units `N.`, `%`, `gg`, `km`, `ore`, `data` → `date`, `euro` → `EUR`.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_flat.py`.",
                 ["centre as a heading with a prose line, one table per centre",
                  "header synonyms (`Indicatore di risultato`, `Valore atteso 2025`, `Risorse finanziarie (€)`)",
                  "table split across pages with its header repeated", "prose before and after the tables",
                  "targets `=90%`, `= 45.000`, `> 95%`, `entro il 30/11/2025`, `= € 850.000,00`, `<= 0 gg`"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["csv", "chromium"]
    if "csv" in which:
        ambiente()
    if "chromium" in which:
        provincia()
