#!/usr/bin/python3
"""h23-list-csv-1: a list of indicators 2026-2028 (genre list) of a regional vocational-training body, a CSV in LONG
FORMAT: one line per (indicator, year, kind of value) with `anno;tipo_valore;valore` (`baseline` / `target`), so
each indicator spans four lines; objective code and title, formula, unit and polarity in words repeated on each line;
a `note` column used once. One fault: indicator.conflict on `FP.07` (listed under two objectives with the same
name and targets but two different formulas).
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import CSV, case_dir23, doc, finding, ind, node, readme13, vars11, write_csv7, write_truth  # noqa

SCRIPT = "h23_list.py"
NAME = "h23-list-csv-1"
ORG = "Ente Regionale per la Formazione Professionale delle Valli Alpine"
YEARS = [2026, 2027, 2028]
UNIT = {"percentuale": "%", "numero": "N.", "giorni": "gg"}
NOTE = ("FP.03", "dato 2024 non ancora disponibile")

# objective code, title, [(code, name, formula, unit, polarity, (base year, base), [targets])]
OBJ = [
    ("OB1", "Aumentare il successo formativo nei percorsi di istruzione e formazione professionale", [
        ("FP.01", "Allievi qualificati sul totale degli iscritti al terzo anno", "ALL_qual / ALL_iscr3 * 100",
         "percentuale", "crescente", (2024, "84,0"), [">=85", ">=86", ">=88"]),
        ("FP.02", "Abbandoni nel primo anno dei percorsi", "ABB_1anno / ISCR_1anno * 100", "percentuale",
         "decrescente", (2024, "9,5"), ["<=9", "<=8,5", "<=8"])]),
    ("OB2", "Rafforzare l'inserimento lavorativo dei qualificati", [
        ("FP.03", "Qualificati occupati a 12 mesi dal titolo", "OCC_12m / QUAL_tot * 100", "percentuale",
         "crescente", (2023, "61,2"), [">=62", ">=64", ">=66"]),
        ("FP.04", "Ore di stage in azienda per allievo", "ORE_stage / N_allievi", "numero", "crescente",
         (2024, "280"), [">=300", ">=300", ">=320"])]),
    ("OB3", "Qualificare l'offerta formativa per gli adulti", [
        ("FP.05", "Corsi per adulti con certificazione delle competenze", "CORSI_cert / CORSI_adulti * 100",
         "percentuale", "crescente", (2024, "55"), [">=60", ">=65", ">=70"]),
        ("FP.06", "Tempo medio di avvio dei corsi dall'approvazione", "GG_avvio / N_corsi", "giorni", "decrescente",
         (2024, "52"), ["<=45", "<=40", "<=35"]),
        ("FP.07", "Rendiconti dei corsi chiusi entro 90 giorni", "REND_90 / REND_tot * 100", "percentuale",
         "crescente", (2024, "78"), [">=80", ">=85", ">=90"]),
        ("FP.09", "Adulti formati sui servizi digitali di base", "N_adulti_dig", "numero", "crescente",
         (2024, "1.350"), [">=1.500", ">=1.650", ">=1.800"])]),
    ("OB4", "Garantire l'efficienza della gestione amministrativa", [
        ("FP.07", "Rendiconti dei corsi chiusi entro 90 giorni", "REND_90 / REND_pres * 100", "percentuale",
         "crescente", (2024, "78"), [">=80", ">=85", ">=90"]),
        ("FP.08", "Tempo medio di pagamento dei fornitori", "GG_pag_forn / N_fatt", "giorni", "decrescente",
         (2024, "28"), ["<=25", "<=25", "<=20"])]),
]


def build():
    head = ["ente", "codice_obiettivo", "obiettivo", "codice_indicatore", "indicatore", "formula", "unita_misura",
            "polarita", "anno", "tipo_valore", "valore", "note"]
    rows = [head]
    nodes, inds = [], []
    for ocode, otitle, ilist in OBJ:
        nodes.append(node(ocode, "operational", otitle))
        for code, name, frm, um, pol, (by, bv), tg in ilist:
            common = [ORG, ocode, otitle, code, name, frm, um, pol]
            note = NOTE[1] if code == NOTE[0] else ""
            rows.append(common + [str(by), "baseline", bv, note])
            for y, t in zip(YEARS, tg):
                rows.append(common + [str(y), "target", t, ""])
            inds.append(ind(name, ocode, code=code, unit=UNIT[um], formula=frm, variables=vars11(frm),
                            baselines=[(by, bv)], targets=list(zip(YEARS, tg)),
                            notes=[note] if note else []))
    d = case_dir23(NAME)
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=True)
    f = finding("indicator.conflict", "FP.07", "FP.07 `Rendiconti dei corsi chiusi entro 90 giorni` has formula "
                "`REND_90 / REND_tot * 100` under OB3 and `REND_90 / REND_pres * 100` under OB4")
    write_truth(d, [doc(ORG, YEARS, kind="list")], nodes, inds, findings=[f])
    readme13(d, NAME, "list", CSV.format(script=SCRIPT), """
UTF-8 with BOM, `;` separator, CRLF, no title lines; header `ente;codice_obiettivo;obiettivo;codice_indicatore;
indicatore;formula;unita_misura;polarita;anno;tipo_valore;valore;note`. LONG FORMAT: every indicator takes FOUR
lines, one per (year, kind of value): a `baseline` line (year 2024, once 2023) and three `target` lines (2026,
2027, 2028); body, objective, formula, unit and polarity are repeated on each line. Values unspaced with operators
(`>=85`, `<=8,5`, `>=1.500`), decimal comma, units and polarity in words (`percentuale`, `numero`, `giorni`;
`crescente` / `decrescente`). The `note` column is filled once (on FP.03's baseline line).
Truth: objectives `operational` (OB1-OB4, no parent); indicators coded `FP.01`…, one entry per code and
objective (FP.07 twice: under OB3 and OB4, differing only in the formula), unit mapped from words, formula over codes, baseline from the `baseline` line with its year, targets
2026-2028 from the `target` lines; the note is an indicator note.
""", ["LONG format: one line per indicator, year and kind of value (`tipo_valore` baseline / target)",
      "baseline year varying by indicator (2023 for FP.03)", "polarity and unit in words", "BOM + CRLF + `;`",
      "a note column filled once"],
     ["`<=9 / <=8,5 / <=8`, `<=45 / <=40 / <=35`, `<=25 / <=25 / <=20`: lower-is-better targets going down or flat",
      "`>=300` twice (flat)", "`>=1.500` is one thousand five hundred", "no weights in a list",
      "four lines per indicator are ONE indicator, not four"],
     ["`indicator.conflict` on `FP.07`: `Rendiconti dei corsi chiusi entro 90 giorni` is listed under OB3 with "
      "`REND_90 / REND_tot * 100` and under OB4 with `REND_90 / REND_pres * 100` (same name, baseline and targets)"])
    return NAME


if __name__ == "__main__":
    print(build())
