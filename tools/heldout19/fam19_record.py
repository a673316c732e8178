#!/usr/bin/python3
"""h19-record-csv-1 (family: record blocks): a national research institute's Nota integrativa 2026-2028 exported as
a LONG-FORMAT CSV: one row per (objective, indicator number, label, value) — `Cod. obiettivo;N. indicatore;Voce;
Valore` — so each objective's record block (`Descrizione obiettivo`, `Missione`, `Programma`, `Centro di
responsabilità`, `Risorse a preventivo primo anno`) and each indicator's block (`Descrizione indicatore`,
`Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio
precedente`, `Target primo/secondo/terzo anno`) are runs of rows; `;`, UTF-8 without BOM, CRLF; two title lines; a
TOTALE row. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import CSV, case_dir, doc, ind, node, readme13, vars11, write_csv7, write_truth  # noqa: E402

SCRIPT = "fam19_record.py"
NAME = "h19-record-csv-1"
ORG = "Istituto Nazionale di Ricerca per la Meteorologia Applicata"
YEARS = [2026, 2027, 2028]
UNITS = {"percentuale": "%", "numero": "N.", "giorni": "gg", "indice": "indice"}
M17 = "017 – Ricerca e innovazione"
P22 = "022 – Ricerca scientifica e tecnologica applicata e innovazione"
# objective: (code, title, missione, programma, CdR, resources, [indicators])
# indicator: (name, tipologia, unit word, algorithm, weight, baseline, [t1, t2, t3])
OBJ = [
    ("OB.1", "Potenziare la rete osservativa nazionale per il monitoraggio degli eventi meteorologici estremi", M17,
     P22, "Dipartimento Osservazioni e Reti", "4.321.772,00", [
         ("Stazioni automatiche con disponibilità dei dati superiore al 95%", "Indicatore di realizzazione fisica",
          "percentuale", "STAZ_disp95 / STAZ_tot x 100", "40%", "88%", ["≥ 90%", "≥ 92%", "≥ 94%"]),
         ("Nuove stazioni radar in banda X installate", "Indicatore di realizzazione fisica", "numero", "RADAR_inst",
          "30%", "2", ["≥ 3", "≥ 5", "≥ 6"]),
         ("Tempo medio di ripristino di una stazione guasta", "Indicatore di risultato (output)", "giorni",
          "GG_ripristino / N_guasti", "30%", "6", ["≤ 5", "≤ 4", "≤ 4"])]),
    ("OB.2", "Migliorare l'affidabilità dei modelli previsionali ad alta risoluzione", M17, P22,
     "Dipartimento Modellistica e Previsione", "2.870.450,00", [
         ("Indice di accuratezza delle previsioni di precipitazione a 24 ore", "Indicatore di risultato (output)",
          "indice", "ETS_24h", "33,33%", "0,41", ["≥ 0,42", "≥ 0,43", "≥ 0,44"]),
         ("Bollettini di allerta emessi entro le ore 13", "Indicatore di risultato (output)", "percentuale",
          "BOLL_13 / BOLL_tot x 100", "33,33%", "98%", ["≥ 98%", "≥ 98%", "≥ 98%"]),
         ("Articoli scientifici pubblicati su riviste con revisione tra pari", "Indicatore di impatto (outcome)",
          "numero", "ART_peer", "33,34%", "n.d.", ["≥ 18", "≥ 20", "≥ 22"])]),
    ("OB.3", "Assicurare l'efficienza e la trasparenza dei processi amministrativi",
     "032 – Servizi istituzionali e generali delle amministrazioni pubbliche",
     "003 – Servizi e affari generali per le amministrazioni di competenza", "Direzione Generale", "965.300,00", [
         ("Indicatore di tempestività dei pagamenti", "Indicatore di risultato (output)", "giorni",
          "Somma (GG_ritardo x IMP_fattura) / Somma IMP_fattura", "50%", "1", ["≤ 0", "≤ 0", "≤ 0"]),
         ("Procedure di acquisto gestite su piattaforma telematica", "Indicatore di realizzazione finanziaria",
          "percentuale", "PROC_tel / PROC_tot x 100", "50%", "84%", ["≥ 90%", "≥ 95%", "≥ 98%"])]),
]
TOTAL = "8.157.522,00"


def build():
    rows = [["Nota integrativa al bilancio di previsione 2026 – triennio 2026-2028", "", "", ""],
            [ORG, "", "", ""], ["", "", "", ""],
            ["Cod. obiettivo", "N. indicatore", "Voce", "Valore"]]
    nodes, inds = [], []
    for code, title, miss, prog, cdr, res, its in OBJ:
        rows += [[code, "", "Descrizione obiettivo", title], [code, "", "Missione", miss],
                 [code, "", "Programma", prog], [code, "", "Centro di responsabilità", cdr],
                 [code, "", "Risorse a preventivo primo anno", res]]
        nodes.append(node(code, "strategic", title, resources=[res], mission=miss[:3], programme=prog[:3],
                          owners=[cdr]))
        for k, (iname, typ, uw, alg, w, base, tg) in enumerate(its, 1):
            n = str(k)
            rows += [[code, n, "Descrizione indicatore", iname], [code, n, "Tipologia", typ],
                     [code, n, "Unità di misura", uw], [code, n, "Algoritmo di calcolo", alg],
                     [code, n, "Peso indicatore", w], [code, n, "Target conseguito nell'esercizio precedente", base],
                     [code, n, "Target primo anno", tg[0]], [code, n, "Target secondo anno", tg[1]],
                     [code, n, "Target terzo anno", tg[2]]]
            inds.append(ind(iname, code, unit=UNITS[uw], type=typ, formula=alg, variables=vars11(alg), weight=w,
                            baselines=[(2025, base)], targets=list(zip(YEARS, tg))))
    rows.append(["TOTALE", "", "Risorse a preventivo primo anno", TOTAL])
    d = case_dir(NAME)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=False)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, resources_total=TOTAL)
    readme13(d, NAME, "record blocks (kind unknown)", CSV.format(script=SCRIPT), """
A LONG-FORMAT export of record blocks: `;` separator, UTF-8 without BOM, CRLF, minimal quoting. Two title lines
(`Nota integrativa al bilancio di previsione 2026 – triennio 2026-2028`, then the institute) and an empty line
before the header `Cod. obiettivo;N. indicatore;Voce;Valore`. Every row is one label/value pair: the objective
code on every row, the indicator number (`1`, `2`, `3`) on the rows of an indicator's block, the label in `Voce`
(`Descrizione obiettivo`, `Missione` `017 – Ricerca e innovazione`, `Programma`, `Centro di responsabilità`,
`Risorse a preventivo primo anno`; then per indicator `Descrizione indicatore`, `Tipologia`, `Unità di misura`,
`Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio precedente`, `Target primo anno`,
`Target secondo anno`, `Target terzo anno`) and the value in `Valore`. A last `TOTALE` row repeats the resources
label with the total. Truth: objectives `strategic` with mission / programme codes (`017` / `022`), resources,
owners = [Centro di responsabilità]; the `N. indicatore` number is a position in the block, not a
code (indicator code null); `Target conseguito nell'esercizio precedente` → baseline 2025; primo / secondo
/ terzo anno → 2026 / 2027 / 2028 (from the title line); units from words (`percentuale` → `%`, `numero` → `N.`,
`giorni` → `gg`, `indice` kept); resources_total = the TOTALE row.
""", ["record blocks as a long-format CSV (one label/value pair per row, keys in the first two columns)",
      "indicator blocks told apart only by the `N. indicatore` column", "units in words",
      "years only in the title line (targets labelled primo/secondo/terzo anno)", "`;`, UTF-8 without BOM, CRLF",
      "a TOTALE row that reuses the resources label"],
     ["the TOTALE `8.157.522,00` equals 4.321.772,00 + 2.870.450,00 + 965.300,00",
      "indicator weights 40 + 30 + 30, 33,33 + 33,33 + 33,34 (thirds), 50 + 50: 100 per objective",
      "`≤ 5 / ≤ 4 / ≤ 4` days: lower-is-better targets going down, then flat",
      "`≥ 98%` three years with `98%` achieved the year before (maintenance)",
      "`≤ 0` days for the payment-timeliness indicator (baseline `1`)", "`n.d.` baseline for a new indicator",
      "cumulative counts (`≥ 3 / ≥ 5 / ≥ 6` radars)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
