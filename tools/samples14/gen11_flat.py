#!/usr/bin/python3
"""gen11-flat-csv-1: a ministry's flat table of objectives per responsibility centre (family `flat table per
responsibility centre`, kind unknown) as CSV: COMMA separator, every field quoted, cp1252, CRLF; two title lines and
an empty line before the header `CdR,Obiettivo,Stanziamento (euro),Indicatore,Tipo,U.M.,Valore atteso 2026`; no
weights, no codes; the objective title and its resources only on the first of its rows; targets `=90%`, `= 45.000`,
`<= 30`; a `TOTALE` row. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import CSV, case_dir, doc, ind, node, readme13, write_csv7, write_truth  # noqa: E402

SCRIPT = "gen11_flat.py"
ORG = "Ministero delle Infrastrutture Idriche e della Difesa del Suolo"
ROWS = [
    ("Direzione generale per le dighe", "Completare le verifiche sismiche delle grandi dighe in esercizio",
     "2.340.000,00", [("Dighe con verifica sismica approvata sul totale", "Risultato", "%", "=90%"),
                      ("Sopralluoghi ispettivi effettuati", "Realizzazione fisica", "N.", "= 180")]),
    ("Direzione generale per le dighe", "Aggiornare i piani di laminazione dei serbatoi",
     "410.500,00", [("Piani di laminazione aggiornati", "Realizzazione fisica", "N.", ">= 25")]),
    ("Direzione generale per la difesa del suolo", "Finanziare gli interventi contro il dissesto idrogeologico",
     "18.750.000,00", [("Risorse impegnate sul totale assegnato", "Realizzazione finanziaria", "%", "=90%"),
                       ("Abitanti protetti dagli interventi conclusi", "Impatto", "N.", "= 45.000")]),
    ("Direzione generale per la difesa del suolo", "Ridurre i tempi di istruttoria dei progetti regionali",
     "95.000,00", [("Tempo medio di istruttoria", "Efficienza", "gg", "<= 30")]),
    ("Direzione generale degli affari generali", "Digitalizzare il protocollo e i flussi documentali",
     "620.000,00", [("Documenti gestiti in modalità nativa digitale", "Risultato", "%", ">= 95%"),
                    ("Nuovo sistema di gestione documentale in esercizio", "Realizzazione fisica", "SI/NO", "SI")]),
]
TOTAL = "22.215.500,00"


def build():
    name = "gen11-flat-csv-1"
    rows = [["Ministero delle Infrastrutture Idriche e della Difesa del Suolo"],
            ["Obiettivi annuali dei centri di responsabilità amministrativa – anno 2026"], [],
            ["CdR", "Obiettivo", "Stanziamento (euro)", "Indicatore", "Tipo", "U.M.", "Valore atteso 2026"]]
    nodes, inds = [], []
    for cdr, obj, res, ilist in ROWS:
        nodes.append(node(None, "strategic", obj, resources=[res], owners=[cdr]))
        for k, (iname, typ, um, tg) in enumerate(ilist):
            rows.append([cdr, obj if k == 0 else "", res if k == 0 else "", iname, typ, um, tg])
            unit = {"SI/NO": "text"}.get(um, um)
            inds.append(ind(iname, obj, unit=unit, type=typ, targets=[(2026, tg)], owners=[cdr]))
    rows.append(["TOTALE", "", TOTAL, "", "", "", ""])
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=",", crlf=True, bom=False, quote_all=True)
    write_truth(d, [doc(ORG, [2026], kind="unknown")], nodes, inds, resources_total=TOTAL)
    readme13(d, name, "flat table per responsibility centre (kind unknown)", CSV.format(script=SCRIPT), """
A CSV in cp1252 with CRLF line ends, COMMA separator and every field quoted (`"2.340.000,00"` keeps its comma inside
quotes). Two title lines (the ministry, `Obiettivi annuali dei centri di responsabilità amministrativa – anno 2026`)
and an empty line, then the header `CdR,Obiettivo,Stanziamento (euro),Indicatore,Tipo,U.M.,Valore atteso 2026`. One
row per indicator: the CdR on every row, the objective title and its resources only on the objective's FIRST row
(empty below). No codes, no weights, no baselines. A closing `TOTALE` row carries the sum of the resources. Truth:
objectives `strategic` without code, owners = [CdR], resources = the Stanziamento; indicators under the objective
title, type = `Tipo`, owners = [CdR]; unit `SI/NO` → `text`; resources_total = the TOTALE.
""", ["comma separator, all fields quoted, cp1252, CRLF", "title lines and an empty line before the header",
      "objective and resources only on the first row of the objective", "no codes, no weights", "`Tipo` types in "
      "ministerial wording", "targets `=90%`, `= 45.000`, `<= 30`, `>= 25`, `SI`"],
     ["no weights anywhere (this family weighs nothing)", "resources 2.340.000,00 + 410.500,00 + 18.750.000,00 + "
      "95.000,00 + 620.000,00 = 22.215.500,00 = TOTALE", "a single year: nothing can decline",
      "empty objective cells on continuation rows are the same objective, not a missing one"], [])
    return name


if __name__ == "__main__":
    print(build())
