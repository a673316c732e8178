#!/usr/bin/python3
"""Genre: list. gen5-list-csv-1: a national institute's list of indicators exported as CSV by an Italian Excel:
Windows-1252, `;`, CRLF, title lines, objectives as BAND ROWS (`Obiettivo 1.a – …` in the first field, the rest empty),
quoted fields with line breaks inside (indicator names, the `Misure utilizzate` dictionary), formulas over measure
codes, a `Polarità` column; fault formula.incomplete.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import case_dir, doc, finding, genre_readme, ind, node, vars_of, write_csv, write_truth  # noqa: E402

UM = {"%": "%", "giorni": "gg", "numero": "N.", "euro": "EUR"}


def list_csv():
    name = "gen5-list-csv-1"
    org = "Istituto Nazionale per l'Assistenza ai Lavoratori Marittimi"
    Y = [2025, 2026, 2027]
    # objective: (code, title, indicators); indicator: (code, name, formula, measures, um, polarity, base, targets, owner)
    objs = [
        ("1.a", "Ridurre i tempi di liquidazione delle prestazioni economiche", [
            ("IM-01", "Prestazioni di malattia liquidate\nentro 30 giorni", "N_liq_30gg / N_liq_tot * 100",
             "N_liq_30gg: prestazioni liquidate entro 30 giorni\nN_liq_tot: prestazioni liquidate nell'anno", "%",
             "Crescente", "82,4", [">= 85", ">= 87", ">= 90"], "Direzione Prestazioni"),
            ("IM-02", "Tempo medio di liquidazione delle\nindennità per infortunio", "GG_liq_inf / N_pratiche_inf",
             "GG_liq_inf: somma dei giorni di lavorazione\nN_pratiche_inf: pratiche di infortunio liquidate",
             "giorni", "Decrescente", "41", ["<= 35", "<= 32", "<= 30"], "Direzione Prestazioni")]),
        ("1.b", "Semplificare l'accesso ai servizi dell'Istituto", [
            ("IM-03", "Domande presentate tramite il portale", "N_dom_portale / N_dom_tot * 100",
             "N_dom_portale: domande telematiche\nN_dom_tot: domande presentate", "%", "Crescente", "63,0",
             [">= 70", ">= 75", ">= 80"], "Direzione Servizi Digitali"),
            ("IM-04", "Utenti registrati all'area riservata", "N_utenti_reg", "N_utenti_reg: utenti con credenziali attive",
             "numero", "Crescente", "18.240", [">= 20.000", ">= 22.000", ">= 24.000"], "Direzione Servizi Digitali")]),
        ("2.a", "Contrastare l'evasione e l'omissione contributiva", [
            ("IM-05", "Ispezioni concluse con accertamento\ndi irregolarità", "N_isp_irreg / N_isp_concluse * 100",
             "N_isp_irreg: ispezioni con verbale di irregolarità\nN_isp_concluse: ispezioni concluse", "%",
             "Crescente", "27,5", [">= 28", ">= 29", ">= 30"], "Direzione Vigilanza"),
            ("IM-06", "Contributi evasi recuperati", "IMP_recuperato", "IMP_recuperato: importo riscosso a seguito di accertamento",
             "euro", "Crescente", "€ 3.415.000", [">= € 3.500.000", ">= € 3.600.000", ">= € 3.700.000"],
             "Direzione Vigilanza"),
            ("IM-07", "Ricorsi amministrativi accolti", "N_ricorsi_accolti /",
             "N_ricorsi_accolti: ricorsi accolti dal comitato\nN_ricorsi_decisi: ricorsi decisi", "%", "Decrescente",
             "12,1", ["<= 12", "<= 11", "<= 10"], "Direzione Affari Legali")]),
        ("2.b", "Migliorare la qualità dei dati contributivi", [
            ("IM-08", "Denunce contributive con errori bloccanti", "N_den_err / N_den_tot * 100",
             "N_den_err: denunce scartate per errori bloccanti\nN_den_tot: denunce ricevute", "%", "Decrescente",
             "4,8", ["<= 4,5", "<= 4", "<= 3,5"], "Direzione Entrate"),
            ("IM-09", "Posizioni contributive bonificate", "N_pos_bonif", "N_pos_bonif: posizioni con anomalie sanate",
             "numero", "Crescente", "N/D", [">= 1.500", ">= 1.800", ">= 2.000"], "Direzione Entrate")]),
    ]
    W = 11
    head = ["Codice", "Indicatore", "Formula di calcolo", "Misure utilizzate", "Unità di misura", "Polarità",
            "Dato storico 2024", "Target 2025", "Target 2026", "Target 2027", "Responsabile"]
    rows = [[org] + [""] * (W - 1), ["Elenco degli indicatori di performance 2025-2027"] + [""] * (W - 1),
            ["Estrazione del 15/01/2025"] + [""] * (W - 1), [""] * W, head]
    nodes, inds = [], []
    for ocode, otitle, ilist in objs:
        rows.append([f"Obiettivo {ocode} – {otitle}"] + [""] * (W - 1))
        nodes.append(node(ocode, "operational", otitle))
        for code, iname, form, meas, um, pol, base, tg, owner in ilist:
            rows.append([code, iname, form, meas, um, pol, base] + tg + [owner])
            inds.append(ind(iname.replace("\n", " "), ocode, code=code, unit=UM[um], formula=form,
                            variables=vars_of(form), baselines=[(2024, base)], targets=list(zip(Y, tg)),
                            owners=[owner]))
    rows += [[""] * W, ["Fonte: sistema di controllo di gestione – dati al 31/12/2024"] + [""] * (W - 1)]
    d = case_dir(name)
    write_csv(os.path.join(d, "input.csv"), rows, encoding="cp1252", sep=";", crlf=True, bom=False)
    fnd = [finding("formula.incomplete", "IM-07", "the formula `N_ricorsi_accolti /` ends with an operator: the "
                                                  "denominator N_ricorsi_decisi (listed among the measures) is missing")]
    write_truth(d, [doc(org, Y, kind="list")], nodes, inds, fnd)
    genre_readme(d, name, "list", "CSV written by the Python csv module as an Italian Excel saves "
                 "`CSV (separato da punto e virgola)`.", """
A CSV file (`input.csv`): encoding Windows-1252 (cp1252, no BOM: `à`, `–` and `€` are single bytes), `;` separator,
CRLF line ends, every record padded to eleven fields. Three title records (the institute, `Elenco degli indicatori di
performance 2025-2027`, `Estrazione del 15/01/2025`) and an empty one precede the header
`Codice;Indicatore;Formula di calcolo;Misure utilizzate;Unità di misura;Polarità;Dato storico 2024;Target 2025;Target
2026;Target 2027;Responsabile`. Objectives are BAND records: the first field holds `Obiettivo 1.a – Ridurre …` (truth:
level `operational`, code `1.a`, parent null), the other ten are empty. Indicator records follow: code `IM-01`, name,
formula over measure codes (`N_liq_30gg / N_liq_tot * 100`), a `Misure utilizzate` dictionary (one `CODE: meaning`
per line, not part of the truth), unit in words (`%`, `giorni` → gg, `numero` → N., `euro` → EUR), polarity in words
(`Crescente` / `Decrescente`), the 2024 value and three targets with ASCII operators and no unit (`>= 85`, `<= 35`,
`>= € 3.500.000`), the responsible office (truth indicator owners). Several fields are QUOTED and contain a line
break (LF inside a CRLF file): four indicator names (`Prestazioni di malattia liquidate` / `entro 30 giorni`; truth
joins the lines with one space) and every multi-measure dictionary. No weights. A `Fonte:` record closes the file.
""", ["CSV in cp1252 with `;` and CRLF; quoted fields with embedded line breaks",
      "objectives as band records (text in the first field only)",
      "a measure dictionary column beside the formula",
      "`Polarità` column in words; percentages without `%` in the values (unit only in `Unità di misura`)",
      "targets `>= € 3.500.000`, decimals `<= 4,5`; baseline `N/D`"],
        ["`formula.incomplete` on `IM-07`: Ricorsi amministrativi accolti has the formula `N_ricorsi_accolti /`, "
         "ending with an operator (the denominator `N_ricorsi_decisi` is listed among its measures but missing from "
         "the formula)"])
    return name


if __name__ == "__main__":
    print(list_csv())
