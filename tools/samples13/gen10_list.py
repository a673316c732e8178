#!/usr/bin/python3
"""gen10-list-csv-1: a social-security body's list of performance indicators 2026-2028 as an OPEN-DATA CSV: `;`
separator, UTF-8 without BOM, LF line ends, snake_case header, NO title lines; the body named in an `ente` column
repeated on every row; no objectives; formula over measure codes; unit in words in `unita_misura`; the baseline YEAR
in its own column (`anno_base`, 2022-2025 varying by row) next to a bare `valore_base`; targets with unspaced
operators (`>=90`, `<=41,00`). One fault: target.unambitious on `PM-07`. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CSV, case_dir, doc, finding, ind, readme13, vars11, write_csv7, write_truth)  # noqa: E402

SCRIPT = "gen10_list.py"
ORG = "Istituto Nazionale di Previdenza Marittima"
YEARS = [2026, 2027, 2028]
UNIT = {"percentuale": "%", "giorni": "gg", "euro": "EUR", "numero": "N."}

# code, name, formula, unit word, type, owner, base year, base value, targets
ROWS = [
    ("PM-01", "Pensioni liquidate entro 30 giorni dalla cessazione del rapporto", "PENS_LIQ_30 / PENS_LIQ * 100",
     "percentuale", "Efficacia", "Direzione Prestazioni", 2024, "88,4", [">=90", ">=92", ">=94"]),
    ("PM-02", "Tempo medio di liquidazione delle indennità di malattia", "GG_LIQ_MAL / N_LIQ_MAL", "giorni",
     "Efficienza", "Direzione Prestazioni", 2023, "19", ["<=18", "<=16", "<=15"]),
    ("PM-03", "Iscritti con estratto conto contributivo consultabile on line", "ISCR_EC_WEB / ISCR_ATT * 100",
     "percentuale", "Efficacia", "Direzione Servizi Digitali", 2024, "71,5", [">=75", ">=75", ">=80"]),
    ("PM-04", "Contributi riscossi sul dovuto dell'anno", "CONTR_RISC / CONTR_DOV * 100", "percentuale",
     "Efficacia", "Direzione Entrate", 2024, "96,1", [">=96,5", ">=96,5", ">=96,5"]),
    ("PM-05", "Crediti contributivi recuperati", "", "euro", "Efficacia", "Direzione Entrate", 2024, "12.450.000",
     [">=12.500.000", ">=13.000.000", ">=13.500.000"]),
    ("PM-06", "Ricorsi amministrativi decisi entro 90 giorni", "RIC_DEC_90 / RIC_PERV * 100", "percentuale",
     "Qualità", "Direzione Affari Legali", 2022, "64", [">=70", ">=75", ">=80"]),
    ("PM-07", "Visite ispettive presso le imprese armatoriali", "", "numero", "Volume", "Direzione Vigilanza",
     2024, "340", [">=300", ">=320", ">=340"]),
    ("PM-08", "Costo medio per pratica lavorata", "COSTI_PROC / N_PRAT_LAV", "euro", "Efficienza",
     "Direzione Bilancio e Contabilità", 2024, "41,80", ["<=41,00", "<=40,50", "<=40,00"]),
    ("PM-09", "Reclami riscontrati entro 15 giorni", "RECL_RISC_15 / RECL_PERV * 100", "percentuale", "Qualità",
     "Ufficio Relazioni con il Pubblico", 2025, "n.d.", [">=85", ">=85", ">=85"]),
    ("PM-10", "Dipendenti in lavoro agile sul personale in servizio", "DIP_AGILE / DIP_SERV * 100", "percentuale",
     "Salute organizzativa", "Direzione Risorse Umane", 2024, "38", [">=40", ">=40", ">=40"]),
]


def build():
    name = "gen10-list-csv-1"
    head = ["ente", "codice", "indicatore", "formula", "unita_misura", "tipologia", "struttura_responsabile",
            "anno_base", "valore_base", "target_2026", "target_2027", "target_2028"]
    rows = [head]
    inds = []
    for code, iname, frm, uw, typ, owner, by, bv, tg in ROWS:
        rows.append([ORG, code, iname, frm, uw, typ, owner, str(by), bv] + tg)
        inds.append(ind(iname, None, code=code, unit=UNIT[uw], type=typ, formula=frm or None,
                        variables=vars11(frm), owners=[owner], baselines=[(by, bv)], targets=list(zip(YEARS, tg))))
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=False, bom=False)
    f = finding("target.unambitious", "PM-07", "target 2026 >=300 visits is easier than the 2024 baseline of 340")
    write_truth(d, [doc(ORG, YEARS, kind="list")], [], inds, findings=[f])
    readme13(d, name, "list", CSV.format(script=SCRIPT), """
An open-data export: UTF-8 without BOM, `;` separator, LF line ends, minimal quoting (no field needs quotes), NO title
or note lines, header in snake_case: `ente;codice;indicatore;formula;unita_misura;tipologia;struttura_responsabile;
anno_base;valore_base;target_2026;target_2027;target_2028`. The body's name is repeated in the first column of every
row. Ten indicators `PM-01` … `PM-10`, no objectives. Formulas over measure codes (`PENS_LIQ_30 / PENS_LIQ * 100`),
empty for plain counts and amounts. Units in words (`percentuale`, `giorni`, `euro`, `numero`), values bare (`88,4`,
`12.450.000`). The baseline year is a column of its own and varies by row (2022, 2023, 2024, 2025); targets carry
unspaced operators (`>=90`, `<=41,00`). Truth: indicators without node, owners = struttura_responsabile, unit mapped
from the word (`percentuale` → `%`, `giorni` → `gg`, `euro` → `EUR`, `numero` → `N.`), one baseline at `anno_base`.
""", ["open-data CSV, `;`, UTF-8 no BOM, LF, snake_case header, no title lines",
      "organisation only as a repeated `ente` column", "baseline year in its own column, varying by row",
      "unspaced operators `>=90` / `<=41,00`; unit only in words in its own column",
      "empty formula cells for counts and amounts"],
     ["baselines of 2022 and 2023 for a 2026-2028 list (`PM-06`, `PM-02`)",
      "flat targets (`>=96,5` three years; `>=40` three years; `>=85` three years)",
      "`<=18 / <=16 / <=15` and `<=41,00 / <=40,50 / <=40,00`: lower-is-better targets going down",
      "`n.d.` baseline (`PM-09`)", "no weights at all (a list weighs nothing)"],
     ["`target.unambitious` on `PM-07`: baseline 2024 = 340 visits, target 2026 `>=300` (the later targets rise to "
      "`>=340`, so the series is not declining)"])
    return name


if __name__ == "__main__":
    print(build())
