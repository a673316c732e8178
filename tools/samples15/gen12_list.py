#!/usr/bin/python3
"""gen12-list-csv-1: a chamber of commerce's list of indicators 2026-2028 as a CSV: UTF-8 WITH BOM, `;`, CRLF, two
title lines and an empty line, then a TWO-ROW header (`Obiettivo operativo` / `Indicatore` / `Valore di partenza` /
`Target` group cells over `Codice | Descrizione`, `Codice | Denominazione`, `Valore | Anno`, `2026 | 2027 | 2028`;
`Modalità di calcolo`, `Unità di misura`, `Peso`, `Struttura` only in the first row). Objective code and description
only on the FIRST row of each objective. Calculation method in words, unit symbols, bare values, baseline year per
row. One fault: target.unambitious on `DG.02` (96,5 in 2024, target 2026 `≥ 95,0`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CSV, case_dir, doc, finding, ind, node, readme13, write_csv7, write_truth  # noqa: E402

SCRIPT = "gen12_list.py"
NAME = "gen12-list-csv-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura del Canavese e delle Valli di Lanzo"
YEARS = [2026, 2027, 2028]
UM = {"%": "%", "gg": "gg", "n.": "N.", "€": "EUR"}

# (objective code, description, [(code, name, method, U.M., weight, base, base year, targets, office)])
OBJS = [
    ("1.1", "Semplificare gli adempimenti del Registro delle imprese", [
        ("RI.01", "Pratiche telematiche evase entro 5 giorni",
         "Pratiche evase entro 5 giorni dal protocollo / pratiche protocollate nell'anno x 100", "%", "50", "92,4",
         2024, ["≥ 93,0", "≥ 94,0", "≥ 95,0"], "Ufficio Registro delle imprese"),
        ("RI.02", "Tempo medio di evasione delle pratiche telematiche",
         "Somma dei giorni di lavorazione / numero delle pratiche evase", "gg", "50", "4,6", 2024,
         ["≤ 4,5", "≤ 4,2", "≤ 4,0"], "Ufficio Registro delle imprese")]),
    ("1.2", "Migliorare la qualità delle informazioni iscritte nel Registro", [
        ("RI.03", "Imprese non operative cancellate d'ufficio",
         "Numero dei provvedimenti di cancellazione d'ufficio adottati nell'anno", "n.", "100", "215", 2023,
         ["≥ 230", "≥ 240", "≥ 250"], "Ufficio Registro delle imprese")]),
    ("2.1", "Rafforzare i servizi digitali per le imprese", [
        ("DG.01", "Imprese con il cassetto digitale dell'imprenditore attivato",
         "Imprese con cassetto digitale attivo / imprese attive al 31/12 x 100", "%", "33,33", "38,7", 2024,
         ["≥ 40,0", "≥ 43,0", "≥ 46,0"], "Servizio Innovazione e digitalizzazione"),
        ("DG.02", "Dispositivi di firma digitale rilasciati con riconoscimento da remoto",
         "Dispositivi rilasciati con riconoscimento da remoto / dispositivi rilasciati x 100", "%", "33,33", "96,5",
         2024, ["≥ 95,0", "≥ 96,5", "≥ 97,0"], "Servizio Innovazione e digitalizzazione"),
        ("DG.03", "Tempo medio di rilascio delle carte tachigrafiche",
         "Somma dei giorni tra richiesta e rilascio / carte rilasciate", "gg", "33,34", "9", 2024,
         ["≤ 8", "≤ 8", "≤ 7"], "Servizio Innovazione e digitalizzazione")]),
    ("3.1", "Garantire l'equilibrio economico dell'ente", [
        ("EF.01", "Costo medio di funzionamento per impresa attiva",
         "Oneri di funzionamento / imprese attive al 31/12", "€", "60", "28,40", 2024,
         ["≤ 28,00", "≤ 27,50", "≤ 27,50"], "Servizio Ragioneria e bilancio"),
        ("EF.02", "Diritto annuale riscosso entro la scadenza",
         "Diritto annuale riscosso entro la scadenza / diritto annuale dovuto x 100", "%", "40", "74,0", 2023,
         ["≥ 74,0", "≥ 75,0", "≥ 76,0"], "Servizio Diritto annuale")]),
]


def build():
    rows = [[ORG], ["Elenco degli indicatori di performance – triennio 2026-2028 (estrazione del 12/12/2025)"], [],
            ["Obiettivo operativo", "", "Indicatore", "", "Modalità di calcolo", "Unità di misura", "Peso",
             "Valore di partenza", "", "Target", "", "", "Struttura"],
            ["Codice", "Descrizione", "Codice", "Denominazione", "", "", "", "Valore", "Anno", "2026", "2027", "2028",
             ""]]
    nodes, inds = [], []
    for ocode, otitle, ilist in OBJS:
        nodes.append(node(ocode, "operational", otitle))
        for k, (icode, iname, method, um, w, base, by, tg, office) in enumerate(ilist):
            rows.append([ocode if k == 0 else "", otitle if k == 0 else "", icode, iname, method, um, w, base, str(by)]
                        + tg + [office])
            inds.append(ind(iname, ocode, code=icode, unit=UM[um], weight=w, formula_text=method,
                            baselines=[(by, base)], targets=list(zip(YEARS, tg)), owners=[office]))
    rows += [[], ["Note: il valore di partenza è l'ultimo dato consolidato disponibile (2023 o 2024); il peso è "
                  "espresso in percentuale sul totale degli indicatori dello stesso obiettivo."]]
    d = case_dir(NAME)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=True)
    f = finding("target.unambitious", "DG.02", "baseline 96,5 (2024), target 2026 ≥ 95,0 for a higher-is-better "
                "indicator")
    write_truth(d, [doc(ORG, YEARS, kind="list")], nodes, inds, findings=[f])
    readme13(d, NAME, "list", CSV.format(script=SCRIPT), """
UTF-8 with BOM, `;` separator, CRLF, minimal quoting. Line 1 the chamber, line 2 `Elenco degli indicatori di
performance – triennio 2026-2028 (estrazione del 12/12/2025)`, an empty line, then a TWO-ROW HEADER: the first row
holds the group cells `Obiettivo operativo` (over 2 columns), `Indicatore` (over 2), `Modalità di calcolo`, `Unità di
misura`, `Peso`, `Valore di partenza` (over 2), `Target` (over 3), `Struttura`; the second row `Codice | Descrizione
| Codice | Denominazione | | | | Valore | Anno | 2026 | 2027 | 2028 |` (empty under the single columns). Objective code
and description only on the FIRST row of each objective (empty on the next ones). The calculation method is in words
(`… / … x 100`); the unit is a symbol (`%`, `gg`, `n.`, `€`); values are bare with decimal commas (`92,4`, `28,40`),
targets with `≥` / `≤`; the baseline year is a column of its own (2023 or 2024). Indicator weight `Peso` within the
objective (`50`, `33,33`). A note line at the end. Truth: objectives `operational` (no parent), indicators with
`formula_text` = the method (no formula over codes), `n.` → `N.`, `€` → `EUR`, owners = [Struttura], baseline year
from the `Anno` column.
""", ["two-row CSV header with group cells over several columns", "header words `Modalità di calcolo` / `Valore di "
      "partenza` (with `Valore` / `Anno` under it)", "objective only on its first row", "UTF-8 BOM, CRLF",
      "baseline year per row (2023 and 2024)", "unit symbols, bare values"],
     ["`Peso` sums to 100 per OBJECTIVE (50+50, 100, 33,33+33,33+33,34, 60+40), not over the list",
      "`≤ 4,5 / 4,2 / 4,0`, `≤ 8 / 8 / 7`, `≤ 28,00 / 27,50 / 27,50`: lower-is-better targets going down",
      "`EF.02` first target `≥ 74,0` EQUAL to its 2023 baseline 74,0 (maintenance, not easier)",
      "`≤ 28,00` against a 28,40 baseline: lower is better", "baselines of 2023 next to baselines of 2024"],
     ["`target.unambitious` on `DG.02`: baseline 96,5 (2024), first target `≥ 95,0` (2026) is easier for a "
      "higher-is-better indicator (later targets ≥ 96,5 and ≥ 97,0 rise, so it is not `target.declining`)"])
    return NAME


if __name__ == "__main__":
    print(build())
