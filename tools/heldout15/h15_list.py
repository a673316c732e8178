#!/usr/bin/python3
"""h15-list-csv-1: a province's flat list of indicators 2026-2028 as a CSV in LONG FORMAT: one line per indicator
and value (`Tipo valore` = `Valore rilevato` for the 2023 / 2024 history, `Valore atteso` for 2026 / 2027 / 2028),
name, formula and service repeated on every line; cp1252, `;`, CRLF; two title lines and a blank line before the
header, a source line at the end. No objectives. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CSV, case_dir, doc, genre_readme, ind, vars11, write_csv7, write_truth  # noqa: E402

SCRIPT = "h15_list.py"
ORG = "Provincia di Borgoalto"
Y = [2026, 2027, 2028]
UNIT = {"giorni": "gg", "km": "km", "numero": "N.", "%": "%"}

# (code, name, formula, service, U.M., {2023: v, 2024: v}, (t26, t27, t28))
ROWS = [
    ("SV-01", "Tempo medio di rilascio delle autorizzazioni ai trasporti eccezionali", "GG_rilascio_TE / N_aut_TE",
     "Servizio Viabilità", "giorni", ("14", "12"), ("<= 12", "<= 11", "<= 10")),
    ("SV-02", "Strade provinciali con manutenzione straordinaria conclusa", "Km_manut_concl", "Servizio Viabilità",
     "km", ("18,4", "21,0"), (">= 22", ">= 24", ">= 24")),
    ("ED-01", "Interventi di adeguamento antincendio conclusi negli istituti scolastici", "N_interv_antinc",
     "Servizio Edilizia scolastica", "numero", ("5", "7"), (">= 8", ">= 8", ">= 10")),
    ("ED-02", "Richieste di manutenzione delle scuole evase entro 15 giorni", "RIC_ev_15gg / RIC_tot x 100",
     "Servizio Edilizia scolastica", "%", ("72,5%", "76,0%"), (">= 80%", ">= 82%", ">= 85%")),
    ("AM-01", "Autorizzazioni uniche ambientali concluse nei termini di legge", "AUA_term / AUA_tot x 100",
     "Servizio Ambiente", "%", ("88%", "91%"), (">= 92%", ">= 94%", ">= 95%")),
    ("AM-02", "Controlli sugli impianti termici civili", "N_contr_imp_term", "Servizio Ambiente", "numero",
     ("n.d.", "1.410"), (">= 1.450", ">= 1.500", ">= 1.550")),
    ("PE-01", "Ore di formazione per dipendente", "ORE_form / N_dip", "Servizio Personale e organizzazione",
     "numero", ("9,2", "10,5"), (">= 11", ">= 12", ">= 12")),
    ("PE-02", "Tasso di assenza del personale", "GG_ass / GG_lav x 100", "Servizio Personale e organizzazione", "%",
     ("8,9%", "8,4%"), ("<= 8,2%", "<= 8%", "<= 7,8%")),
    ("FI-01", "Indicatore annuale di tempestività dei pagamenti", "GG_ritardo_pond / IMP_fatt_tot",
     "Servizio Finanziario", "giorni", ("-7", "-9"), ("<= -9", "<= -10", "<= -10")),
]


def build():
    name = "h15-list-csv-1"
    rows = [[f"{ORG.upper()} - Elenco degli indicatori di performance 2026-2028"],
            ["Valori rilevati 2023-2024 e valori attesi 2026-2028; una riga per indicatore e per anno"], [],
            ["Codice indicatore", "Denominazione indicatore", "Algoritmo di calcolo", "Servizio responsabile",
             "Unità di misura", "Tipo valore", "Anno", "Valore"]]
    inds = []
    for code, nm, frm, srv, um, hist, tg in ROWS:
        for y, v in zip((2023, 2024), hist):
            rows.append([code, nm, frm, srv, um, "Valore rilevato", str(y), v])
        for y, v in zip(Y, tg):
            rows.append([code, nm, frm, srv, um, "Valore atteso", str(y), v])
        inds.append(ind(nm, None, code=code, unit=UNIT[um], formula=frm, variables=vars11(frm), owners=[srv],
                        baselines=list(zip((2023, 2024), hist)), targets=list(zip(Y, tg))))
    rows += [[], ["Fonte: sistema di controllo di gestione, estrazione del 15/01/2026. n.d. = dato non rilevato."]]
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=";", crlf=True)
    write_truth(d, [doc(ORG, Y, kind="list")], [], inds)
    genre_readme(d, name, "list", CSV.format(script=SCRIPT), """
Windows-1252, `;` separator, CRLF, minimal quoting. Two title lines (the province in capitals with the list's title;
a line saying there is one line per indicator and year) and a blank line, then the header `Codice indicatore;
Denominazione indicatore;Algoritmo di calcolo;Servizio responsabile;Unità di misura;Tipo valore;Anno;Valore`. LONG
FORMAT: every indicator takes five lines, two `Valore rilevato` (2023, 2024) and three `Valore atteso` (2026, 2027,
2028), with code, name, formula, service and unit repeated on each. A blank line and a source line close the file.
Truth: no objectives (indicators have `node` null), owners = [Servizio responsabile], baselines 2023 and 2024, targets
2026-2028, formula over measure codes with its variables; unit `giorni` → `gg`, `numero` → `N.`, `km` kept.
""", ["long format: one line per indicator and year, the kind of value in its own column",
      "cp1252 encoding, `;`, CRLF, title lines before the header and a source line after",
      "the plan year before the targets (2025) is absent: history 2023-2024, targets 2026-2028",
      "flat targets (`>= 24` twice, `>= 8` twice, `<= -10` twice), `<=` targets going down (SV-01, PE-02, FI-01), "
      "negative days, `n.d.` history"], [])
    return name


if __name__ == "__main__":
    print(build())
