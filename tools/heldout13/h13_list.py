#!/usr/bin/python3
"""h13-list-csv-1: a river-basin authority's flat list of indicators 2026-2028 as CSV. COMMA separator (fields
with a decimal comma quoted), UTF-8 without BOM, LF; two title lines and an empty line before the header, a source
line after the rows; EIGHT-DIGIT numeric codes with a leading zero (`01010101`); formula over measure codes; unit in
words; `Valore storico 2024`; operators in words (`maggiore o uguale a`, `minore o uguale a`, `almeno`); one
`n.d.`; date targets; no objectives. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import CSV, case_dir, doc, genre_readme, ind, vars11, write_csv7, write_truth  # noqa: E402

SCRIPT = "h13_list.py"
NAME = "h13-list-csv-1"
ORG = "Autorità di Bacino Distrettuale del Fiume Serra"
Y = [2026, 2027, 2028]
UNIT = {"percentuale": "%", "giorni": "gg", "numero": "N.", "euro": "EUR", "data": "date"}

ROWS = [
    ("01010101", "Pareri di compatibilità idraulica resi entro 60 giorni", "N_pareri_60gg / N_pareri_tot * 100",
     "percentuale", "87,5%", ["maggiore o uguale a 90%", "maggiore o uguale a 92%", "maggiore o uguale a 95%"],
     "Settore Pianificazione"),
    ("01010102", "Tempo medio di rilascio dei pareri di compatibilità idraulica", "GG_pareri / N_pareri_tot",
     "giorni", "48", ["minore o uguale a 45", "minore o uguale a 40", "minore o uguale a 40"],
     "Settore Pianificazione"),
    ("01020101", "Stazioni idrometriche collegate in telemisura", "N_staz_tele", "numero", "62",
     ["almeno 66", "almeno 70", "almeno 74"], "Settore Monitoraggio"),
    ("01020102", "Disponibilità in tempo reale dei dati idrometrici", "Ore_dati_disp / Ore_anno * 100",
     "percentuale", "97,8%", ["maggiore o uguale a 98,0%"] * 3, "Settore Monitoraggio"),
    ("02010101", "Aggiornamento delle mappe di pericolosità e rischio di alluvione", None, "data", None,
     ["entro il 31/12/2026", "entro il 31/12/2027", "entro il 31/12/2028"], "Settore Difesa del Suolo"),
    ("02010102", "Comuni con piano di protezione civile coerente con il piano di gestione del rischio alluvioni",
     "N_comuni_coer / N_comuni_tot * 100", "percentuale", "n.d.",
     ["maggiore o uguale a 60%", "maggiore o uguale a 75%", "maggiore o uguale a 90%"], "Settore Difesa del Suolo"),
    ("03010101", "Spesa liquidata per interventi strutturali di mitigazione", "Euro_liquidati_interventi", "euro",
     "3.420.000", ["almeno 3.500.000", "almeno 3.800.000", "almeno 4.000.000"], "Settore Affari Generali e Bilancio"),
    ("03010102", "Indicatore annuale di tempestività dei pagamenti", "Ritardo_medio_ponderato", "giorni", "-2",
     ["minore o uguale a -3", "minore o uguale a -4", "minore o uguale a -5"], "Settore Affari Generali e Bilancio"),
    ("03020101", "Personale che ha completato la formazione sulle competenze digitali",
     "N_dip_formati / N_dip_servizio * 100", "percentuale", "35%",
     ["maggiore o uguale a 50%", "maggiore o uguale a 70%", "maggiore o uguale a 85%"],
     "Settore Affari Generali e Bilancio"),
]


def build():
    head = ["Codice", "Denominazione indicatore", "Algoritmo di calcolo", "Unità di misura", "Valore storico 2024",
            "Valore atteso 2026", "Valore atteso 2027", "Valore atteso 2028", "Ufficio competente"]
    rows = [[ORG], ["Piano integrato 2026-2028 - elenco degli indicatori di performance"], [], head]
    inds = []
    for code, name, fml, um, base, tg, office in ROWS:
        rows.append([code, name, fml or "–", um, base or "–"] + tg + [office])
        inds.append(ind(name, None, code=code, unit=UNIT[um], formula=fml, variables=vars11(fml) if fml else [],
                        baselines=[(2024, base)] if base else [], targets=list(zip(Y, tg)), owners=[office]))
    rows += [[], ["Fonte: sistema di controllo di gestione dell'Autorità; n.d. = dato non disponibile nel 2024"]]
    d = case_dir(NAME)
    write_csv7(os.path.join(d, "input.csv"), rows, sep=",", crlf=False)
    write_truth(d, [doc(ORG, Y, kind="list")], [], inds)
    genre_readme(d, NAME, "list", CSV.format(script=SCRIPT), """
CSV, COMMA separator, UTF-8 without BOM, LF line ends; fields holding a comma (`87,5%`, `maggiore o uguale a
98,0%`) are quoted. Line 1 the body's name, line 2 the title, an empty line, then the header `Codice,
Denominazione indicatore, Algoritmo di calcolo, Unità di misura, Valore storico 2024, Valore atteso 2026 … 2028,
Ufficio competente`; nine indicator rows; an empty line and a source line at the end. Codes are EIGHT-DIGIT
strings with a leading zero (`01010101`). Formulas over measure codes (`N_pareri_60gg / N_pareri_tot * 100`), `–`
when none. Unit in words (`percentuale`, `giorni`, `numero`, `euro`, `data`). Targets in words (`maggiore o uguale a
90%`, `minore o uguale a 45`, `almeno 66`, `entro il 31/12/2026`), some flat, the `minore` ones going down. Truth:
no nodes; indicators with `node` null, owner = `Ufficio competente`, unit mapped from the word, baseline 2024 (none
for `–`; `n.d.` kept), no formula for `–`.
""", ["comma separator with quoted decimal-comma fields", "eight-digit codes with a leading zero",
      "operators in words", "baseline two years before the plan", "no objectives at all"], [])
    return NAME


if __name__ == "__main__":
    print(build())
