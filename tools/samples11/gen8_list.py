#!/usr/bin/python3
"""gen8-list-csv-1: a comune's catalogue of performance indicators as CSV: `;` separator, UTF-8 WITH BOM, CRLF, a
title line and a blank line before the header, a note line at the end; the responsible SECTOR first, then code,
name, formula over measure codes, unit in words/abbreviations, initial value, three targets, type LAST; no
objectives at all. Fault: formula.incomplete. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CSV, case_dir, doc, finding, genre_readme, ind, vars11, write_csv7, write_truth  # noqa: E402

SCRIPT = "gen8_list.py"
ORG = "Comune di Porto Sansone"
Y = [2025, 2026, 2027]
UNIT = {"%": "%", "giorni": "gg", "n.": "N.", "euro": "EUR", "minuti": "min", "km": "km"}
FAULT = "SUAP_01"

ROWS = [
    ("Servizi demografici", "DEM_01", "Carte d'identità elettroniche rilasciate entro 7 giorni dalla richiesta",
     "N_CIE_7gg / N_CIE_tot * 100", "%", "88,4%", (">= 90%", ">= 92%", ">= 95%"), "Efficacia"),
    ("Servizi demografici", "DEM_02", "Tempo medio di attesa per l'appuntamento allo sportello anagrafe",
     "GG_attesa_tot / N_appuntamenti", "giorni", "9", ("<= 8", "<= 7", "<= 6"), "Efficienza"),
    ("Tributi", "TRIB_01", "Riscossione della TARI di competenza dell'esercizio",
     "TARI_riscossa / TARI_accertata * 100", "%", "81,7%", (">= 83%", ">= 85%", ">= 87%"), "Efficacia"),
    ("Tributi", "TRIB_02", "Avvisi di accertamento IMU emessi nell'anno", "N_avvisi_IMU", "n.", "1.180",
     (">= 1.200", ">= 1.250", ">= 1.300"), "Volume"),
    ("Tributi", "TRIB_03", "Somme recuperate dall'attività di contrasto all'evasione dei tributi locali",
     "Rec_IMU + Rec_TARI", "euro", "2.318.400,00", (">= 2.400.000,00", ">= 2.450.000,00", ">= 2.500.000,00"),
     "Efficacia"),
    ("Polizia locale", "PL_01", "Tempo medio di intervento su chiamata in orario di servizio",
     "Min_intervento / N_interventi", "minuti", "18", ("<= 17", "<= 16", "<= 15"), "Qualità"),
    ("Polizia locale", "PL_02", "Controlli su strada per la sicurezza stradale", "N_controlli_strada", "n.", "640",
     (">= 650", ">= 700", ">= 750"), "Volume"),
    ("Sportello unico attività produttive", "SUAP_01", "Pratiche SUAP concluse entro 30 giorni dalla presentazione",
     "Pratiche_SUAP_30gg /", "%", "76,0%", (">= 80%", ">= 85%", ">= 90%"), "Efficienza"),
    ("Sportello unico attività produttive", "SUAP_02", "Procedimenti SUAP presentabili interamente on line",
     "Proc_online / Proc_totali * 100", "%", "64%", (">= 70%", ">= 80%", ">= 90%"), "Efficacia"),
    ("Lavori pubblici e manutenzioni", "LP_01",
     "Segnalazioni di guasti alla pubblica illuminazione risolte entro 5 giorni",
     "Segn_PI_5gg / Segn_PI_tot * 100", "%", "71,5%", (">= 75%", ">= 80%", ">= 85%"), "Qualità"),
    ("Lavori pubblici e manutenzioni", "LP_02", "Strade comunali oggetto di manutenzione programmata",
     "Km_strade_manut", "km", "12,4", (">= 13,0", ">= 14,0", ">= 15,0"), "Volume"),
]


def build():
    name = "gen8-list-csv-1"
    rows = [[f"{ORG} - Catalogo degli indicatori di performance 2025-2027"] + [""] * 9, [""] * 10,
            ["Settore", "Codice", "Indicatore", "Formula di calcolo", "U.M.", "Valore iniziale (2024)",
             "Target 2025", "Target 2026", "Target 2027", "Tipologia"]]
    inds = []
    for sett, code, nm, fml, um, base, tg, tip in ROWS:
        rows.append([sett, code, nm, fml, um, base] + list(tg) + [tip])
        inds.append(ind(nm, None, code=code, unit=UNIT[um], type=tip, formula=fml, variables=vars11(fml),
                        baselines=[(2024, base)], targets=list(zip(Y, tg)), owners=[sett]))
    rows.append(["Valori iniziali: consuntivo 2024 dal sistema di controllo di gestione."] + [""] * 9)
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, sep=";", crlf=True, bom=True)
    fnd = [finding("formula.incomplete", FAULT, "the formula of SUAP_01 is `Pratiche_SUAP_30gg /`: the divisor "
                   "is missing")]
    write_truth(d, [doc(ORG, Y, kind="list")], [], inds, fnd)
    genre_readme(d, name, "list", CSV.format(script=SCRIPT), """
A CSV file (`input.csv`): UTF-8 WITH a byte-order mark, `;` separator, CRLF line ends, minimal quoting (fields with
an apostrophe or comma are not quoted unless they contain `;` or quotes), every line padded to ten fields. Line 1 is
a title (`Comune di Porto Sansone - Catalogo degli indicatori di performance 2025-2027`), line 2 is empty, line 3 the
header `Settore;Codice;Indicatore;Formula di calcolo;U.M.;Valore iniziale (2024);Target 2025;Target 2026;Target
2027;Tipologia`, then eleven indicators and a final note line. The responsible SECTOR comes FIRST and is repeated on
each of its rows; there are NO objectives (a pure catalogue). Formulas over measure codes (`N_CIE_7gg / N_CIE_tot *
100`, `Rec_IMU + Rec_TARI`, `N_avvisi_IMU`); unit abbreviations or words in `U.M.` (`%`, `giorni`, `n.`, `euro`,
`minuti`, `km`); initial values `88,4%`, `1.180`, `2.318.400,00`; targets with ASCII operators (`>= 90%`, `<= 8`,
`>= 2.400.000,00`). Truth: `node` null for every indicator, owners = [Settore], unit mapped (`giorni` → `gg`, `n.` →
`N.`, `euro` → `EUR`, `minuti` → `min`, `km` kept), type = Tipologia, baseline 2024, organisation from the title
line.
""", ["CSV with BOM, `;`, CRLF; title line and empty line before the header; a note line after the data",
      "no objectives: indicators attached only to a sector (owners)",
      "sector first, type last; units in words and abbreviations",
      "codes with underscores (`TRIB_03`), formulas over measure codes with `+`, `/`, `* 100`"],
                 ["`formula.incomplete` on `SUAP_01`: its formula is `Pratiche_SUAP_30gg /`, the divisor is "
                  "missing"])
    return name


if __name__ == "__main__":
    print(build())
