#!/usr/bin/python3
"""fam7-results-csv-1: results list without weights on three levels, a CSV kept as the input. Content invented."""
import os

from common10 import CSV_PRODUCER, case_dir, doc, finding, node, write_csv7, write_readme, write_truth

ORG = "Università degli Studi del Valdarno Superiore"
YEAR = 2023

# area: (code as printed, title, printed %, [strategic: (code, title, printed %, [operational: (code, title,
#        struttura, %)])])
DATA = [
    ("1.", "DIDATTICA", "90,9%", [
        ("1.1", "Migliorare la regolarità delle carriere degli studenti", "94,3%", [
            ("1.1.1", "Potenziare il tutorato per gli studenti del primo anno", "Area Didattica e Servizi agli "
             "studenti", "95,0%"),
            ("1.1.2", "Estendere gli appelli straordinari per gli studenti lavoratori", "Area Didattica e Servizi "
             "agli studenti", "100%"),
            ("1.1.3", "Ridurre gli abbandoni tra il primo e il secondo anno", "Presidio della Qualità", "88,0%"),
        ]),
        ("1.2", "Ampliare l'offerta formativa internazionale", "87,5%", [
            ("1.2.1", "Attivare nuovi corsi di laurea magistrale in lingua inglese", "Area Didattica e Servizi agli "
             "studenti", "90,0%"),
            ("1.2.2", "Aumentare i crediti acquisiti all'estero dagli iscritti", "Ufficio Relazioni "
             "internazionali", "85,0%"),
        ]),
    ]),
    ("2.", "RICERCA E TERZA MISSIONE", "92,4%", [
        ("2.1", "Aumentare la capacità di attrarre finanziamenti competitivi per la ricerca", "92,5%", [
            ("2.1.1", "Supportare la presentazione di progetti ai bandi europei", "Area Ricerca e Trasferimento "
             "tecnologico", "100%"),
            ("2.1.2", "Costituire l'albo interno dei revisori dei progetti", "Area Ricerca e Trasferimento "
             "tecnologico", "75,0%"),
        ]),
        ("2.2", "Rafforzare il trasferimento tecnologico verso le imprese del territorio", "92,3%", [
            ("2.2.1", "Depositare nuove domande di brevetto", "Ufficio Valorizzazione della ricerca", "80,0%"),
            ("2.2.2", "Avviare il programma di pre-incubazione per gli spin-off", "Ufficio Valorizzazione della "
             "ricerca", "100%"),
            ("2.2.3", "Stipulare convenzioni di ricerca conto terzi", "Dipartimenti", "97,0%"),
        ]),
    ]),
    ("3.", "AMMINISTRAZIONE E SERVIZI DI SUPPORTO", "90,0%", [
        ("3.1", "Semplificare i processi amministrativi", "100%", [
            ("3.1.1", "Digitalizzare il ciclo passivo degli acquisti", "Area Affari generali e Patrimonio", "100%"),
            ("3.1.2", "Adottare il nuovo regolamento per l'amministrazione e la contabilità", "Area Bilancio e "
             "Contabilità", "100%"),
        ]),
        ("3.2", "Migliorare la sostenibilità ambientale dei campus", "80,0%", [
            ("3.2.1", "Ridurre i consumi di energia termica degli edifici", "Area Edilizia e Sicurezza", "62,5%"),
            ("3.2.2", "Estendere la raccolta differenziata a tutte le sedi", "Area Edilizia e Sicurezza", "97,5%"),
        ]),
    ]),
]


def build():
    name = "fam7-results-csv-1"
    d = case_dir(name)
    rows = [[f"{ORG} – Relazione sulla performance {YEAR}", "", "", ""],
            ["Allegato 2 – Percentuale di realizzazione degli obiettivi al 31.12.2023", "", "", ""],
            ["", "", "", ""],
            ["Codice", "Descrizione", "Struttura responsabile", "Percentuale di realizzazione"]]
    nodes = []
    for ac, at, ap, strat in DATA:
        rows.append([ac, at, "", ap])
        code = ac.rstrip(".")
        nodes.append(node(code, "area", at, achievement=[(YEAR, ap)]))
        for sc, stt, sp, ops in strat:
            rows.append([sc, stt, "", sp])
            nodes.append(node(sc, "strategic", stt, parent=code, achievement=[(YEAR, sp)]))
            for oc, ot, ow, op in ops:
                rows.append([oc, ot, ow, op])
                nodes.append(node(oc, "operational", ot, parent=sc, achievement=[(YEAR, op)], owners=[ow]))
        rows.append(["", "", "", ""])
    rows.append(["Nota: la percentuale di un obiettivo strategico è la media semplice delle percentuali dei suoi "
                 "obiettivi operativi; la percentuale di un'area è la media semplice di quelle dei suoi obiettivi "
                 "strategici.", "", "", ""])
    rows.append(["Fonte: sistema di monitoraggio della performance di Ateneo, estrazione del 2024-03-15", "", "",
                 ""])
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=False)
    findings = [finding("achievement.rollup", "2.1", "strategic objective 2.1 prints 92,5%, but the plain mean of "
                        "its operational objectives (100% and 75,0%) is 87,5%")]
    write_truth(d, [doc(ORG, [YEAR])], nodes, [], findings)
    write_readme(d, name, """
A CSV file (`input.csv`) as an Excel sheet is saved on an Italian machine but in UTF-8 (no BOM), `;` separator,
CRLF line ends, four fields on every line (empty fields padded), minimal quoting. Two title lines (the university
and `Relazione sulla performance 2023`; `Allegato 2 – Percentuale di realizzazione degli obiettivi al 31.12.2023`)
and an empty line precede the header `Codice;Descrizione;Struttura responsabile;Percentuale di realizzazione`. A
results list on THREE levels told apart only by the code: areas (`1.`, `2.`, `3.` with a trailing dot, titles in
capitals), strategic objectives (`1.1`) and operational objectives (`1.1.1`); only operational objectives name a
`Struttura responsabile`. Percentages are text as printed, one decimal (`97,5%`, `88,0%`) or `100%`. An empty line
closes each area. Two trailing lines: a note stating the roll-up rule (a strategic objective's percentage is the
PLAIN MEAN of its operational objectives', an area's the plain mean of its strategic objectives') and a source
line with an ISO date (`2024-03-15`). No indicators, no weights, no targets. Truth: areas `area` (code without its
dot: `1`), strategic objectives `strategic` (parent the area), operational objectives `operational` (parent the
strategic objective, owners = [Struttura responsabile]); every node's achievement for 2023 as printed.
""", CSV_PRODUCER.format(script="fam10_results.py"), [
        "three levels distinguished only by the code shape (`1.` / `1.1` / `1.1.1`)",
        "header synonym column `Struttura responsabile` (owners of operational objectives only)",
        "percentages `97,5%`, `88,0%`, `100%`; roll-up rule stated in a note line",
        "title lines above and note/source lines below the data, empty separator lines",
        "UTF-8 without BOM, `;`, CRLF",
    ], ["`achievement.rollup` on strategic objective `2.1`: printed 92,5%, but the plain mean of 2.1.1 (100%) and "
        "2.1.2 (75,0%) is 87,5% (area 2's 92,4% is the mean of the printed 92,5% and 92,3%, so only 2.1 is wrong)"])


if __name__ == "__main__":
    build()
