#!/usr/bin/python3
"""h5-results-csv-1: a national institute's results list without weights, CSV export."""
import os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "h5-results-csv-1"
YEAR = 2025

ROWS = [
 ("R.A.1.1a", "Ridurre i tempi di liquidazione delle prestazioni economiche", "Pratiche liquidate entro 30 giorni dalla domanda completa", "90", "92,4", "100,0%"),
 ("R.A.1.1a", "Ridurre i tempi di liquidazione delle prestazioni economiche", "Pratiche con esito comunicato tramite canale telematico", "80", "76", "95,0%"),
 ("R.A.2.1b", "Rafforzare l'attività di vigilanza ispettiva", "Ispezioni programmate effettivamente eseguite", "100", "98", "98,0%"),
 ("R.A.2.1b", "Rafforzare l'attività di vigilanza ispettiva", "Verbali ispettivi definiti entro 120 giorni", "85", "86,7", "100,0%"),
 ("R.B.1.2a", "Migliorare la soddisfazione degli utenti dei servizi di sportello", "Utenti con giudizio buono o ottimo nell'indagine di customer satisfaction", "85", "88", "100,0%"),
 ("R.B.3.1a", "Completare la digitalizzazione del fascicolo dell'assicurato", "Fascicoli digitalizzati sul totale dei fascicoli attivi", "60", "45", "75,0%"),
 ("R.C.1.1a", "Contenere la spesa per l'acquisto di beni e servizi", "Spesa impegnata entro il budget assegnato", "100", "100", "100,0%"),
 ("R.C.2.1a", "Attuare le misure del piano di prevenzione della corruzione", "Misure attuate sul totale delle misure programmate", "95", "95", "100,0%"),
]

def build():
    d = case_dir(NAME)
    with open(os.path.join(d, "input.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Codice obiettivo", "Obiettivo", "Indicatore", "Target % 2025", "Risultato % 2025", "Percentuale di realizzazione"])
        for r in ROWS:
            w.writerow(r)
    nodes, inds, seen = [], [], set()
    for code, ot, nm, tg, rs, ac in ROWS:
        if code not in seen:
            seen.add(code)
            nodes.append(node(code, "strategic", ot))
        inds.append(ind(None, nm, code, unit="%", targets=[Y(YEAR, tg)], results=[Y(YEAR, rs)], ach=[Y(YEAR, ac)]))
    write_truth(d, [{"kind": "report", "organisation": None, "title": None, "years": [YEAR]}], nodes, inds)
    write_readme(d, """
# h5-results-csv-1

- kind: results (family) — a national institute's list of results, no weights
- producer: CSV export (UTF-8 with BOM, `;` separator, CRLF line ends)
- layout: one header row `Codice obiettivo;Obiettivo;Indicatore;Target %
  2025;Risultato % 2025;Percentuale di realizzazione`, one row per indicator,
  the objective's code and title repeated on each of its indicators; no title
  lines, so no organisation is printed.
- variations: the unit only in the header (`Target %`), cells bare numbers
  (`90`, `92,4`); achievement with one decimal (`95,0%`), capped at 100%;
  codes like `R.A.1.1a`; no weights.
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
