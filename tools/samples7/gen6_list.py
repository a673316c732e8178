#!/usr/bin/python3
"""Genre: list. One case:
- gen6-list-csv-1: a local health authority's indicator list exported as CSV with a COMMA separator and EVERY field
  quoted (UTF-8 without BOM, LF line ends): two title records, then a header where the INDICATOR COMES FIRST and the
  objective it belongs to is named in the last columns (`Cod. obiettivo`, `Obiettivo`); rows sorted by indicator code,
  so the objectives interleave; formula over measure codes and its description in words; fault indicator.conflict
  (one code listed under two objectives with two different formulas).
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import CSV, case_dir, doc, finding, genre_readme, ind, node, vars_of, write_csv7, write_truth  # noqa: E402

SCRIPT = "gen6_list.py"


def list_csv():
    name = "gen6-list-csv-1"
    org = "Azienda Sanitaria Locale di Valcorvo"
    Y = [2026, 2027, 2028]
    UM = {"%": "%", "giorni": "gg", "numero": "N.", "SI/NO": "text", "data": "date"}
    objectives = {
        "1.1.a": "Aumentare l'adesione ai programmi di screening oncologico",
        "1.2.a": "Migliorare le coperture vaccinali dell'infanzia e dell'adolescenza",
        "2.1.b": "Rafforzare la promozione della salute nelle scuole",
        "2.2.a": "Ridurre i tempi di attesa per le prestazioni ambulatoriali",
        "3.1.a": "Digitalizzare i servizi amministrativi e sanitari",
    }
    # indicator: (code, name, formula, description, U.M., baseline 2025, targets, weight, objective, structure)
    rows = [
        ("SCR-01", "Adesione allo screening mammografico", "N_donne_scr_mx / Pop_target_mx * 100",
         "Donne 50-69 anni screenate sulla popolazione bersaglio", "%", "58,2%", ["≥ 60%", "≥ 62%", "≥ 65%"], "40%",
         "1.1.a", "UOC Screening oncologici"),
        ("SCR-02", "Adesione allo screening colorettale", "N_pers_scr_cr / Pop_target_cr * 100",
         "Persone 50-74 anni screenate sulla popolazione bersaglio", "%", "44,9%", ["≥ 46%", "≥ 48%", "≥ 50%"],
         "30%", "1.1.a", "UOC Screening oncologici"),
        ("SCR-03", "Adesione allo screening cervicale", "N_donne_scr_cv / Pop_target_cv * 100",
         "Donne 25-64 anni screenate sulla popolazione bersaglio", "%", "51,0%", ["≥ 52%", "≥ 54%", "≥ 56%"], "30%",
         "1.1.a", "UOC Screening oncologici"),
        ("PRV-03", "Copertura vaccinale esavalente a 24 mesi", "N_vacc_esa_24m / Coorte_24m * 100",
         "Bambini vaccinati con ciclo completo sulla coorte dei nati", "%", "94,1%", ["≥ 95%", "≥ 95%", "≥ 95%"],
         "50%", "1.2.a", "UOC Igiene e sanità pubblica"),
        ("PRV-04", "Copertura vaccinale anti-HPV nelle dodicenni", "N_vacc_HPV_12a / Pop_12a * 100",
         "Ragazze vaccinate nell'anno del dodicesimo compleanno sulla coorte", "%", "61,5%",
         ["≥ 65%", "≥ 70%", "≥ 75%"], "50%", "1.2.a", "UOC Igiene e sanità pubblica"),
        ("PRV-04", "Copertura vaccinale anti-HPV nelle dodicenni", "N_vacc_HPV_12a / Pop_target_HPV * 100",
         "Ragazze vaccinate nell'anno del dodicesimo compleanno sulla coorte", "%", "61,5%",
         ["≥ 65%", "≥ 70%", "≥ 75%"], "50%", "2.1.b", "UOS Promozione della salute"),
        ("PRV-07", "Istituti scolastici aderenti alla rete Scuole che promuovono salute", "N_ist_aderenti",
         "Istituti con accordo di rete sottoscritto al 31 dicembre", "numero", "n. 38",
         ["≥ n. 42", "≥ n. 46", "≥ n. 50"], "50%", "2.1.b", "UOS Promozione della salute"),
        ("TAT-01", "Prime visite di classe B erogate entro 10 giorni", "N_visite_B_10gg / N_visite_B * 100",
         "Prime visite con priorità B erogate nei tempi sul totale delle prime visite B", "%", "82,0%",
         ["≥ 85%", "≥ 88%", "≥ 90%"], "60%", "2.2.a", "UOC Specialistica ambulatoriale"),
        ("TAT-02", "Tempo medio di attesa per la risonanza magnetica programmata", "GG_attesa_RM / N_RM",
         "Giorni di attesa complessivi sul numero di risonanze programmate", "giorni", "71 gg",
         ["≤ 60 gg", "≤ 55 gg", "≤ 50 gg"], "40%", "2.2.a", "UOC Specialistica ambulatoriale"),
        ("DIG-01", "Referti di laboratorio disponibili sul Fascicolo sanitario elettronico",
         "N_ref_FSE / N_ref_tot * 100", "Referti indicizzati sul FSE sul totale dei referti prodotti", "%", "88,7%",
         ["≥ 92%", "≥ 95%", "≥ 98%"], "50%", "3.1.a", "UOC Sistemi informativi"),
        ("DIG-02", "Pagamento del ticket con pagoPA attivo in tutti gli sportelli CUP", "Flag_pagoPA_CUP",
         "Attivazione verificata al 31 dicembre", "SI/NO", "NO", ["SI", "SI", "SI"], "20%", "3.1.a",
         "UOC Sistemi informativi"),
        ("DIG-03", "Aggiornamento annuale del manuale di conservazione digitale", "DT_manuale_cons",
         "Data di adozione della delibera di aggiornamento", "data", "-",
         ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"], "30%", "3.1.a",
         "UOC Affari generali"),
    ]
    rows.sort(key=lambda x: (x[0], x[8]))
    head = ["Codice indicatore", "Indicatore", "Formula", "Descrizione della formula", "Unità di misura",
            "Valore di riferimento 2025", "Target 2026", "Target 2027", "Target 2028", "Peso", "Cod. obiettivo",
            "Obiettivo", "Struttura responsabile"]
    out = [[org], ["Elenco degli indicatori di performance – PIAO 2026-2028 (estrazione del 20/01/2026)"], head]
    inds = []
    for code, iname, fml, desc, um, base, tg, w, oc, owner in rows:
        out.append([code, iname, fml, desc, um, base] + tg + [w, oc, objectives[oc], owner])
        inds.append(ind(iname, oc, code=code, unit=UM[um], weight=w, formula=fml, formula_text=desc,
                        variables=vars_of(fml), baselines=[(2025, base)], targets=list(zip(Y, tg)), owners=[owner]))
    nodes = [node(oc, "operational", t) for oc, t in objectives.items()]
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), out, encoding="utf-8", sep=",", crlf=False, quote_all=True)
    fnd = [finding("indicator.conflict", "PRV-04",
                   "PRV-04 has the formula 'N_vacc_HPV_12a / Pop_12a * 100' under 1.2.a and "
                   "'N_vacc_HPV_12a / Pop_target_HPV * 100' under 2.1.b")]
    write_truth(d, [doc(org, Y, kind="list")], nodes, inds, fnd)
    genre_readme(d, name, "list", CSV.format(script=SCRIPT), """
A CSV file (`input.csv`): UTF-8 WITHOUT BOM, COMMA separator, EVERY field quoted (`"58,2%"` keeps its decimal comma
inside the quotes), LF line ends. Two one-field title records (the health authority; `Elenco degli indicatori di
performance – PIAO 2026-2028 (estrazione del 20/01/2026)`), then the header `Codice indicatore, Indicatore, Formula,
Descrizione della formula, Unità di misura, Valore di riferimento 2025, Target 2026, Target 2027, Target 2028, Peso,
Cod. obiettivo, Obiettivo, Struttura responsabile`: the INDICATOR comes first and the objective it belongs to is named
in the LAST columns (code `1.1.a` and title repeated on every record). Records are SORTED BY INDICATOR CODE (`DIG-01`…
`TAT-02`), so the objectives interleave. The formula is over measure codes (`N_visite_B_10gg / N_visite_B * 100`,
truth formula + variables) and described in words in the next column (truth `formula_text`). Units in words
(`giorni` → gg, `numero` → N., `SI/NO` → text, `data` → date, `%`); values `n. 38` / `≥ n. 42`, `71 gg` / `≤ 60 gg`,
`NO` / `SI`, `entro il 30/06/2026`, flat targets `≥ 95%` three years. Weights `40%` per objective. `Struttura
responsabile` → indicator owners. Truth: one `operational` node per objective code, parent null, no weights.
""", ["comma-separated CSV with every field quoted, UTF-8 without BOM, LF",
      "indicator first, objective code and title in the last columns; records sorted by indicator code",
      "formula over measure codes plus a description-in-words column",
      "`Valore di riferimento 2025` baseline; `n. 38` count forms; SI/NO and date targets"],
        ["`indicator.conflict` on `PRV-04`: listed under `1.2.a` with formula `N_vacc_HPV_12a / Pop_12a * 100` and "
         "under `2.1.b` with `N_vacc_HPV_12a / Pop_target_HPV * 100` (same name, weight, baseline and targets)"])
    return name


if __name__ == "__main__":
    print(list_csv())
