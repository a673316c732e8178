#!/usr/bin/python3
"""Genre: list. One case:
- gen7-list-csv-1: a regional employment agency's indicator catalogue as a TAB-separated file (UTF-8 without BOM, LF
  line ends, minimal quoting), no title lines, no body named; one record per indicator; the formula over measure
  codes AND its description in words in two columns; objective code (`1.1.2`) and title in the LAST columns, the
  responsible office after them; fault target.declining.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CSV, case_dir, doc, finding, genre_readme, ind, node, vars9, write_csv7, write_truth  # noqa: E402

SCRIPT = "gen7_list.py"


def list_csv():
    name = "gen7-list-csv-1"
    Y = [2026, 2027, 2028]
    UM = {"%": "%", "numero": "N.", "giorni": "gg", "euro": "EUR", "data": "date", "SI/NO": "text"}
    objs = {
        "1.1.1": "Potenziare i servizi dei centri per l'impiego rivolti ai disoccupati di lunga durata",
        "1.1.2": "Rafforzare l'incontro tra domanda e offerta di lavoro con le imprese del territorio",
        "1.2.1": "Ampliare l'offerta di formazione per la riqualificazione professionale",
        "2.1.1": "Digitalizzare i servizi amministrativi per cittadini e imprese",
        "2.1.2": "Contenere i tempi dei procedimenti amministrativi dell'Agenzia"}
    # (id, name, words, formula, U.M., weight, baseline 2025, targets, objective, office)
    recs = [
        ("R01", "Disoccupati di lunga durata con patto di servizio personalizzato",
         "Disoccupati di lunga durata con patto sottoscritto nell'anno diviso disoccupati di lunga durata iscritti, "
         "per cento", "DLD_patto / DLD_iscritti * 100", "%", "50%", "61,4%", ["≥ 65%", "≥ 68%", "≥ 70%"], "1.1.1",
         "Servizio Politiche attive"),
        ("R02", "Tempo medio tra la dichiarazione di immediata disponibilità e il primo colloquio",
         "Somma dei giorni tra DID e primo colloquio diviso il numero dei primi colloqui",
         "GG_DID_colloquio / N_colloqui", "giorni", "30%", "24", ["<= 20", "<= 18", "<= 15"], "1.1.1",
         "Servizio Politiche attive"),
        ("R03", "Centri per l'impiego con servizio di orientamento specialistico attivo",
         "Centri con orientamento specialistico diviso centri per l'impiego della regione, per cento",
         "CPI_orient / CPI_totali * 100", "%", "20%", "75%", ["100%", "100%", "100%"], "1.1.1",
         "Servizio Rete dei centri per l'impiego"),
        ("R04", "Vacancy gestite per conto delle imprese",
         "Numero delle offerte di lavoro pubblicate e gestite con preselezione nell'anno", "N_vacancy_gest",
         "numero", "60%", "2.350", [">= 2.400", ">= 2.300", ">= 2.200"], "1.1.2", "Servizio Incontro domanda offerta"),
        ("R05", "Imprese che hanno utilizzato almeno un servizio dei centri per l'impiego",
         "Numero di imprese distinte che hanno usufruito di almeno un servizio nell'anno", "N_imprese_serv",
         "numero", "40%", "1.180", [">= 1.250", ">= 1.300", ">= 1.350"], "1.1.2",
         "Servizio Incontro domanda offerta"),
        ("R06", "Allievi qualificati nei corsi di riqualificazione finanziati",
         "Allievi che hanno conseguito la qualifica diviso allievi iscritti ai corsi, per cento",
         "All_qualif / All_iscritti * 100", "%", "100%", "78,5%", ["≥ 80%", "≥ 82%", "≥ 84%"], "1.2.1",
         "Servizio Formazione professionale"),
        ("R07", "Procedimenti amministrativi avviabili interamente on line",
         "Procedimenti con istanza telematica diviso procedimenti censiti, per cento",
         "Proc_online / Proc_censiti * 100", "%", "50%", "58%", ["≥ 70%", "≥ 85%", "≥ 95%"], "2.1.1",
         "Servizio Sistemi informativi"),
        ("R08", "Attivazione dell'app per la prenotazione degli appuntamenti nei centri per l'impiego",
         "Rilascio in produzione dell'applicazione mobile di prenotazione", "Data_rilascio_app", "data", "50%",
         "-", ["entro il 30/09/2026", "entro il 30/09/2027", "entro il 30/09/2028"], "2.1.1",
         "Servizio Sistemi informativi"),
        ("R09", "Tempo medio di liquidazione dei contributi alle imprese per le assunzioni",
         "Somma dei giorni tra la domanda completa e il mandato di pagamento diviso il numero dei contributi liquidati",
         "GG_liquid / N_contr_liquid", "giorni", "70%", "64", ["<= 60", "<= 55", "<= 50"], "2.1.2",
         "Servizio Incentivi"),
        ("R10", "Contributi alle imprese liquidati nell'anno",
         "Importo dei mandati di pagamento emessi nell'anno per incentivi all'assunzione", "Imp_contr_liquid",
         "euro", "30%", "3.412.500,00", [">= 3.500.000,00", ">= 3.600.000,00", ">= 3.700.000,00"], "2.1.2",
         "Servizio Incentivi")]
    head = ["ID", "Indicatore", "Descrizione del calcolo", "Formula", "U.M.", "Peso", "Valore storico 2025",
            "Target 2026", "Target 2027", "Target 2028", "Cod. obiettivo", "Obiettivo operativo",
            "Ufficio responsabile"]
    rows = [head]
    nodes, inds, seen = [], [], []
    for rid, nm, words, fml, um, w, base, tg, oc, office in recs:
        rows.append([rid, nm, words, fml, um, w, base] + tg + [oc, objs[oc], office])
        if oc not in seen:
            seen.append(oc)
            nodes.append(node(oc, "operational", objs[oc]))
        inds.append(ind(nm, oc, code=rid, unit=UM[um], weight=w, formula=fml, formula_text=words,
                        variables=vars9(fml), baselines=[(2025, base)], targets=list(zip(Y, tg)), owners=[office]))
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, sep="\t", crlf=False, bom=False)
    fnd = [finding("target.declining", "R04", "R04 targets >= 2.400, >= 2.300, >= 2.200: easier year after year "
                   "for a higher-is-better count")]
    write_truth(d, [doc(None, Y, kind="list")], nodes, inds, fnd)
    genre_readme(d, name, "list", CSV.format(script=SCRIPT), """
A TAB-separated text file (`input.csv`): UTF-8 WITHOUT byte-order mark, LF line ends, minimal quoting (no field
needs quotes: none holds a tab or a line break), thirteen fields per record. No title lines and no body named anywhere
(truth organisation null): line 1 is the header `ID | Indicatore | Descrizione del calcolo | Formula | U.M. | Peso |
Valore storico 2025 | Target 2026 | Target 2027 | Target 2028 | Cod. obiettivo | Obiettivo operativo | Ufficio
responsabile`. One record per indicator (`R01` … `R10`), sorted by objective; the OBJECTIVE COMES LAST: its code in
the `1.2.3` form (`1.1.2`) and its title repeated on every record of the objective, then the responsible office
(truth indicator owners). The formula over measure codes (`DLD_patto / DLD_iscritti * 100`) and its description in
words (truth `formula_text`) are two columns. Units in words in `U.M.` (`numero`, `giorni`, `euro`, `data`, `%`:
truth `N.`, `gg`, `EUR`, `date`, `%`); values bare or with `%` (`2.350`, `3.412.500,00`, `61,4%`); targets `≥ 65%`,
`<= 20`, `>= 1.250`, `100%`, `entro il 30/09/2026`. Weights `Peso` per indicator within its objective (`50%`),
summing to 100% per objective. Truth: objectives level `operational`, parent null.
""", ["TAB separator, UTF-8 without BOM, LF, no title lines, no body name",
      "objective code and title in the last columns, after the indicator",
      "formula over codes and formula in words side by side",
      "units in words in a `U.M.` column; Italian number forms (`3.412.500,00`)",
      "header synonym `Valore storico 2025` for the baseline"],
                 ["`target.declining` on `R04` (`Vacancy gestite per conto delle imprese`, objective 1.1.2): "
                  "`>= 2.400`, `>= 2.300`, `>= 2.200` over 2026-2028 for a count where more is better (the first "
                  "target is above the 2025 value `2.350`, so it is not unambitious)"])
    return name


if __name__ == "__main__":
    print(list_csv())
