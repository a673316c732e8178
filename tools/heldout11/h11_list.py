#!/usr/bin/python3
"""h11-list-csv-1: flat list of indicators of a region, as a CSV export.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CSV, case_dir, doc, finding, ind, node, readme, vars_of, write_csv7, write_truth  # noqa: E402

NAME = "h11-list-csv-1"
ORG = "Regione Alta Marca"
YEARS = [2026, 2027]
FAULT = "R-02-03"
UM = {"%": "%", "n.": "N.", "giorni": "gg", "euro": "EUR", "data": "date"}

OBJ = {
    "OO 1.4": "Accelerare la liquidazione dei contributi agli agricoltori",
    "OO 2.1": "Ridurre i tempi dei procedimenti di autorizzazione ambientale",
    "OO 3.2": "Potenziare l'offerta di trasporto pubblico regionale su ferro",
    "OO 5.1": "Digitalizzare i servizi regionali al cittadino",
}
OWN = {"OO 1.4": "Direzione Agricoltura e sviluppo rurale", "OO 2.1": "Direzione Ambiente e valutazioni",
       "OO 3.2": "Direzione Mobilità e trasporti", "OO 5.1": "Direzione Sistemi informativi"}
# (code, name, formula, um, base, [t2026, t2027], objective, note)
ROWS = [
    ("R-01-01", "Domande di premio liquidate entro il 30 giugno", "DOM_LIQ_GIU / DOM_AMM * 100", "%", "78,4",
     [">=82,0", ">=85,0"], "OO 1.4", ""),
    ("R-01-02", "Tempo medio di pagamento dei contributi per investimenti aziendali", "GG_PAG_TOT / N_PAGAMENTI",
     "giorni", "143", ["<=120", "<=100"], "OO 1.4", ""),
    ("R-01-03", "Importo erogato sulle misure di investimento", "EUR_EROG_INV", "euro", "24.380.000,00",
     [">=26.000.000,00", ">=28.500.000,00"], "OO 1.4", ""),
    ("R-02-01", "Provvedimenti autorizzatori unici ambientali rilasciati entro i termini di legge",
     "PAUA_TERM / PAUA_RIL * 100", "%", "64,0", [">=70,0", ">=75,0"], "OO 2.1",
     "Modifica target D.G.R. 412 del 14/04/2026\nvalore 2025 stimato"),
    ("R-02-02", "Istruttorie di valutazione di impatto ambientale concluse", "N_VIA_CONCL", "n.", "N/D",
     ["non inferiore a 40", "non inferiore a 45"], "OO 2.1", ""),
    ("R-02-03", "Istanze di autorizzazione evase sul totale delle istanze presentate", "N_DOM_EVASE /", "%", "81,5",
     [">=85,0", ">=88,0"], "OO 2.1", ""),
    ("R-03-01", "Treni-km prodotti sulle linee regionali", "TRENI_KM_PROD", "n.", "9.412.000",
     ["non inferiore a 9.600.000", "non inferiore a 9.800.000"], "OO 3.2", ""),
    ("R-03-02", "Corse soppresse sul totale delle corse programmate", "CORSE_SOPPR / CORSE_PROGR * 100", "%", "2,9",
     ["<=2,5", "<=2,0"], "OO 3.2", ""),
    ("R-05-01", "Servizi regionali accessibili con identità digitale", "SERV_SPID_CIE / SERV_ONLINE * 100", "%", "71,0",
     [">=85,0", ">=95,0"], "OO 5.1", ""),
    ("R-05-02", "Attivazione del fascicolo unico del cittadino sul portale regionale", "DATA_ATT_FASC", "data", "N/D",
     ["entro il 31/12/2026", "entro il 30/06/2027"], "OO 5.1", ""),
]


def main():
    d = case_dir(NAME)
    hdr = ["Codice indicatore", "Denominazione indicatore", "Formula di calcolo", "U.M.", "Valore di riferimento 2025",
           "Target 2026", "Target 2027", "Cod. obiettivo", "Obiettivo operativo", "Struttura responsabile", "Ente",
           "Note"]
    rows = [hdr]
    inds = []
    for code, name, f, um, base, tg, oc, note in ROWS:
        rows.append([code, name, f, um, base] + tg + [oc, OBJ[oc], OWN[oc], ORG, note])
        inds.append(ind(name, oc, code=code, unit=UM[um], formula=f, variables=vars_of(f),
                        baselines=[(2025, base)], targets=list(zip(YEARS, tg)), owners=[OWN[oc]],
                        notes=[note.replace("\n", " ")] if note else []))
    nodes = [node(c, "operational", t, owners=[OWN[c]]) for c, t in OBJ.items()]
    write_csv7(os.path.join(d, "input.csv"), rows, sep=",", crlf=True, bom=False)
    findings = [finding("formula.incomplete", FAULT, "formula `N_DOM_EVASE /` has no denominator")]
    write_truth(d, [doc(ORG, YEARS, kind="list")], nodes, inds, findings)
    readme(d, NAME, "Genre: **list**", CSV.format(script="h11_list.py"), """
A CSV export (`input.csv`) as an open-data portal publishes it: UTF-8 without BOM, COMMA separator, CRLF line ends,
MINIMAL quoting, so only fields holding a comma, a quote or a line break are quoted (decimal commas `"78,4"`, amounts
`"24.380.000,00"`); other fields are bare. No title lines: the first record is the header `Codice
indicatore,Denominazione indicatore,Formula di calcolo,U.M.,Valore di riferimento 2025,Target 2026,Target
2027,Cod. obiettivo,Obiettivo operativo,Struttura responsabile,Ente,Note`. One record per indicator; the objective
code (`OO 2.1`, with a space) and title are repeated on each of its records; the body's name is repeated in `Ente`.
One `Note` field holds a LINE BREAK inside quotes (two lines). Units in words (`%`, `n.`, `giorni`, `euro`, `data`);
percent values without the sign (`78,4`, `>=82,0`); ASCII operators without a space (`>=82,0`, `<=120`), operators in
words (`non inferiore a 40`), date targets `entro il 31/12/2026`; `N/D` baselines. Truth: objectives `operational`
(owners = Struttura responsabile); indicators with code, formula, variables, unit, baseline 2025, targets 2026-2027,
owners and notes (the line break joined with one space).
""", [
        "input: `input.csv`",
        "comma separator with minimal quoting (numbers with a decimal comma are quoted)",
        "a quoted field with an embedded line break",
        "operators glued to the value (`>=82,0`) and in words (`non inferiore a`)",
        "body's name in a repeated `Ente` column, no title lines",
    ], [f"`formula.incomplete` on `{FAULT}`: formula `N_DOM_EVASE /` lacks its denominator"])


if __name__ == "__main__":
    main()
