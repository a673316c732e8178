#!/usr/bin/python3
"""h9-list-csv-1: a housing agency's indicator list exported from its planning database as CSV (Windows-1252).
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CSV, case_dir, doc, finding, ind, node, readme, vars_of, write_csv7, write_truth  # noqa: E402

NAME = "h9-list-csv-1"
ORG = "Azienda Territoriale per l'Edilizia Residenziale di Serrabianca"
YEARS = [2026, 2027, 2028]
OFF = {"M": "Ufficio Manutenzioni", "P": "Ufficio Patrimonio e Utenza", "R": "Ufficio Ragioneria e Canoni",
       "T": "Ufficio Tecnico e Progettazione"}

OBJ = [
    ("OB01", "Ridurre il numero di alloggi sfitti in attesa di manutenzione", [
        ("I.01.1", "Alloggi sfitti riassegnati nell'anno", "ALL_RIASS", "N.", "60,00", "84", [">= 90", ">= 100", ">= 110"], "P"),
        ("I.01.2", "Tempo medio di ripristino degli alloggi sfitti", "GG_RIPR_TOT / N_ALL_RIPR", "gg", "40,00", "118",
         ["<= 110", "<= 100", "<= 90"], "M"),
    ]),
    ("OB02", "Migliorare la riscossione dei canoni di locazione e il recupero della morosità", [
        ("I.02.1", "Canoni riscossi sul totale dei canoni emessi", "CAN_RISC / CAN_EMESSI * 100", "%", "50,00", "91,4",
         [">= 92,0", ">= 93,0", ">= 94,0"], "R"),
        ("I.02.2", "Piani di rientro sottoscritti dagli inquilini morosi", "N_PIANI_RIENTRO", "N.", "30,00", "57",
         [">= 60", ">= 65", ">= 70"], "R"),
        ("I.02.3", "Morosità recuperata tramite piani di rientro", "MOR_RECUP", "EUR", "20,00", "412.350,00",
         [">= 420.000,00", ">= 440.000,00", ">= 460.000,00"], "R"),
    ]),
    ("OB03", "Efficientare dal punto di vista energetico il patrimonio di edilizia residenziale pubblica", [
        ("I.03.1", "Alloggi riqualificati con salto di almeno due classi energetiche", "ALL_RIQUAL", "N.", "50,00", "36",
         [">= 40", ">= 48", ">= 55"], "T"),
        ("I.03.2", "Consumo medio di gas per alloggio nei fabbricati con impianto centralizzato",
         "SMC_TOT / N_ALL_CENTR", "Smc", "40,00", "812", ["<= 800", "<= 780", "<= 760"], "T"),
    ]),
    ("OB04", "Semplificare il rapporto con l'utenza e i canali di segnalazione dei guasti", [
        ("I.04.1", "Richieste di manutenzione presentate tramite portale on line", "RICH_PORTALE / RICH_TOT * 100", "%",
         "70,00", "38,5", [">= 45,0", ">= 55,0", ">= 65,0"], "P"),
        ("I.04.2", "Tempo medio di risposta ai reclami scritti", "GG_RISP_RECL / N_RECL", "gg", "30,00", "21",
         ["<= 20", "<= 18", "<= 15"], "P"),
    ]),
]


def main():
    d = case_dir(NAME)
    rows = [["ANNO_PIANO", "COD_OBIETTIVO", "DESCR_OBIETTIVO", "COD_INDICATORE", "DESCR_INDICATORE", "FORMULA", "UM",
             "PESO_IND", "VAL_RIF_2025", "TGT_2026", "TGT_2027", "TGT_2028", "UFFICIO_RESP", "ENTE"]]
    nodes, inds = [], []
    for oc, ot, ks in OBJ:
        nodes.append(node(oc, "operational", ot))
        for kc, kn, kf, um, kw, base, tg, off in ks:
            rows.append(["2026", oc, ot, kc, kn, kf, um, kw, base] + tg + [OFF[off], ORG])
            inds.append(ind(kn, oc, code=kc, unit=um, weight=kw, formula=kf, variables=vars_of(kf),
                            baselines=[(2025, base)], targets=list(zip(YEARS, tg)), owners=[OFF[off]]))
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=";", crlf=True)
    findings = [finding("weight.sum", "OB03", "indicator weights of OB03 sum to 90 (50,00 + 40,00)")]
    write_truth(d, [doc(ORG, YEARS, kind="list")], nodes, inds, findings)
    readme(d, NAME, "Genre: **list**", CSV.format(script="h9_list.py"), """
A database EXPORT as CSV: Windows-1252 encoding (no BOM), `;` separator, CRLF, minimal quoting (only fields holding
a `;` or a quote would be quoted; none here), no title lines: the first record is the header with upper-case
column identifiers `ANNO_PIANO;COD_OBIETTIVO;DESCR_OBIETTIVO;COD_INDICATORE;DESCR_INDICATORE;FORMULA;UM;PESO_IND;
VAL_RIF_2025;TGT_2026;TGT_2027;TGT_2028;UFFICIO_RESP;ENTE`. One record per indicator; the objective code and title
are repeated on each of its records; the body's name is the LAST field of every record (the only place it is
printed). Weights are bare decimals with a comma (`60,00`), the unit only in `UM` (`N.`, `gg`, `%`, `EUR`, `Smc`);
values without units, percentages without the `%` sign (`91,4`, `>= 92,0`); ASCII operators (`>=`, `<=`; the code page
has no `≥`); formulas over upper-case measure codes, some with `* 100`. Truth: objectives `operational` without
parent; indicators with code, formula, variables, unit, weight, baseline 2025, targets 2026-2028, owners = UFFICIO_RESP.
""", [
        "input: `input.csv`", "cp1252, `;`, CRLF, database column identifiers",
        "organisation only in a repeated last column", "percent values without the sign, unit column only",
        "amounts with thousands dots and decimal comma without currency sign",
    ], ["`weight.sum` on `OB03`: its two indicators weigh 50,00 + 40,00 = 90"])


if __name__ == "__main__":
    main()
