#!/usr/bin/python3
"""fam6-pira-csv-1: a PIRA published as an open-data CSV (comma separated, every field quoted, one row per
indicator, the three target years in one cell). Content invented."""
import csv
import io
import os

from common8 import CSV_PRODUCER, case_dir, doc, finding, ind, node, vars_of, write_readme, write_truth

ORG = "Agenzia per lo Sviluppo delle Aree Interne"
YEARS = [2015, 2016, 2017]
BASE = 2014
UNITS = {"Percentuale": "%", "Numero": "N.", "Giorni": "gg"}
M028 = ("028", "Sviluppo e riequilibrio territoriale")
P004 = ("004", "Sostegno alle politiche nazionali e comunitarie rivolte a promuovere lo sviluppo e la coesione "
               "delle aree sottoutilizzate")
M032 = ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche")
P003 = ("003", "Servizi e affari generali per le amministrazioni di competenza")


def anni(*vals, sep=" "):
    return sep.join(f"Anno {y}: {v}" for y, v in zip(YEARS, vals))


# (missione, programma, code, objective, resources, [(indicator, tipologia, um, algoritmo, riferimento, (t1,t2,t3), sep)])
DATA = [
    (M028, P004, "OS_1", "Accelerare l'attuazione dei programmi cofinanziati dai fondi strutturali nelle aree "
                         "interne", "4.321.772,00", [
        ("Spesa certificata sul totale della spesa programmata", "Efficacia", "Percentuale",
         "SPE_cert / SPE_prog x 100", "88,6%", (">= 95%", ">= 92%", ">= 90%"), " "),
        ("Programmi operativi sottoposti a sorveglianza rafforzata", "Realizzazione fisica", "Numero", "N_PO_sorv",
         "12", (">= 14", ">= 16", ">= 18"), " "),
    ]),
    (M028, P004, "OS_2", "Sostenere la progettazione e l'approvazione delle strategie d'area", "1.179.220,00", [
        ("Strategie d'area approvate", "Realizzazione fisica", "Numero", "N_strat_appr", "7",
         ("maggiore o uguale a 12,00", "maggiore o uguale a 18,00", "maggiore o uguale a 23,00"), " "),
        ("Tempo medio di istruttoria delle strategie d'area", "Efficienza", "Giorni", "GG_istr / N_strat", "52 gg",
         ("<= 45 gg", "<= 40 gg", "<= 35 gg"), "\n"),
        ("Comuni coinvolti nelle strategie sul totale dei comuni delle aree interne", "Efficacia", "Percentuale",
         "COM_coinv / COM_ai x 100", "41,5%",
         ("Maggiore o uguale al 45%", "Maggiore o uguale al 50%", "Maggiore o uguale al 55%"), " "),
    ]),
    (M032, P003, "OS_3", "Migliorare l'efficienza dei processi amministrativi interni", "835.400,00", [
        ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "Giorni", "GG_rit_pond / IMP_pag", "2 gg",
         ("<= 0 gg", "<= 0 gg", "<= 0 gg"), " "),
        ("Procedimenti gestiti con fascicolo elettronico", "Efficacia", "Percentuale", "PROC_el / PROC_tot x 100",
         "62%", (">= 70%", ">= 85%", ">= 100%"), " "),
    ]),
    (M032, P003, "OS_4", "Garantire la trasparenza dell'azione amministrativa e prevenire la corruzione",
     "179.220,00", [
        ("Obblighi di pubblicazione assolti sul totale degli obblighi applicabili", "Efficacia", "Percentuale",
         "OBB_ass / OBB_tot x 100", "93%", (">= 95%", ">= 97%", ">= 100%"), " "),
        ("Dipendenti formati in materia di prevenzione della corruzione", "Efficacia", "Percentuale",
         "DIP_form / DIP_tot x 100", "–", (">= 60%", ">= 75%", ">= 90%"), " "),
    ]),
]

HEAD = ["Amministrazione", "Esercizio", "Missione", "Descrizione missione", "Programma", "Descrizione programma",
        "Codice obiettivo", "Obiettivo", "Risorse finanziarie 2015", "Indicatore", "Tipologia indicatore",
        "Unità di misura", "Algoritmo di calcolo", "Valore di riferimento 2014", "Target 2015-2017"]


def build():
    name = "fam6-pira-csv-1"
    d = case_dir(name)
    rows = [HEAD]
    nodes, inds, findings = [], [], []
    for mis, prog, code, title, res, its in DATA:
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis[0], programme=prog[0]))
        for nm, tip, um, alg, rif, tg, sep in its:
            rows.append([ORG, "2015", mis[0], mis[1], prog[0], prog[1], code, title, res, nm, tip, um, alg, rif,
                         anni(*tg, sep=sep)])
            inds.append(ind(nm, code, unit=UNITS[um], type=tip, formula=alg, variables=vars_of(alg),
                            baselines=[] if rif == "–" else [(BASE, rif)], targets=list(zip(YEARS, tg))))
            if tg == (">= 95%", ">= 92%", ">= 90%"):
                findings.append(finding("target.declining", nm, "higher-is-better share whose targets fall every "
                                        "year: >= 95% (2015), >= 92% (2016), >= 90% (2017)"))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(d, "input.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
A CSV file (`input.csv`) as an open-data portal publishes a PIRA: encoding UTF-8 WITH a BOM, COMMA separator (not
`;`), EVERY field quoted (so the Italian decimal commas `4.321.772,00`, `88,6%` stay inside their quotes), CRLF line
ends, fifteen fields a line, no title lines: line 1 is the header `Amministrazione,Esercizio,Missione,Descrizione
missione,Programma,Descrizione programma,Codice obiettivo,Obiettivo,Risorse finanziarie 2015,Indicatore,Tipologia
indicatore,Unità di misura,Algoritmo di calcolo,Valore di riferimento 2014,Target 2015-2017`. One line per
INDICATOR, every line repeating the body (`Agenzia per lo Sviluppo delle Aree Interne`, the only place the body is
named), the year, the mission and programme codes (`028`, `004`, text with leading zeros) and names in separate
fields, the objective's code (`OS_1`), title and resources (repeated on each of its indicator lines). The target
field holds the three years as one text, `Anno 2015: >= 95% Anno 2016: >= 92% Anno 2017: >= 90%`; in one field the
years are separated by LINE BREAKS inside the quotes (`Anno 2015: <= 45 gg` LF `Anno 2016: …`). Word operators
`maggiore o uguale a 12,00`, `Maggiore o uguale al 45%`; one reference value `–`. Truth: objectives `strategic`,
parent null, mission/programme = the three-digit codes, resources as printed (counted once per objective); indicators
without code, type = Tipologia, unit mapped (`Percentuale` → `%`, `Numero` → `N.`, `Giorni` → `gg`), formulas over
measure codes; baseline 2014 (none for `–`); one target per year, raw = the text after `Anno <year>: ` up to the
next `Anno` (or the end).
""", CSV_PRODUCER.format(script="fam8_pira.py") + " UTF-8 with BOM, `,` separator, all fields quoted, CRLF.", [
        "CSV with comma separator and every field quoted, UTF-8 with BOM",
        "one line per indicator repeating body, mission, programme, objective and resources",
        "mission/programme codes and names in separate columns",
        "years in one field, once separated by line breaks inside the quoted field",
        "codes `OS_1`; word operators; baseline `–`",
        "an agency (2015-2017), missions 028 and 032",
    ], ["`target.declining` on `Spesa certificata sul totale della spesa programmata`: a higher-is-better share whose "
        "targets fall every year (`>= 95%`, `>= 92%`, `>= 90%`)"])


if __name__ == "__main__":
    build()
