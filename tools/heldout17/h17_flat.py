#!/usr/bin/python3
"""h17-flat-csv-1: a hospital trust's flat table of objectives per responsibility centre for 2026, kept as a CSV:
COMMA separator (amounts with decimal commas therefore quoted), UTF-8 WITH BOM, CRLF; two title lines and an empty
line before the header `Centro di responsabilità,Descrizione obiettivo,Risorse finanziarie,Indicatori,Tipologia
indicatore,unità di misura,Target 2026`; the centre and the objective written only on their FIRST row (blank
continuation cells, as exported from merged cells); no weights; targets `=90%`, `= 45.000`, `<= 30`; a closing
`TOTALE` line. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import CSV, case_dir, dnum, doc, ind, node, readme17, write_csv7, write_truth  # noqa: E402

SCRIPT = "h17_flat.py"
ORG = "Azienda Ospedaliera San Bernardo di Valpiana"
YEAR = 2026

# centre -> objectives (title, resources) -> indicators (name, type, unit label, truth unit, target)
CENTRES = [
    ("UOC Pronto soccorso e medicina d'urgenza", [
        ("Ridurre i tempi di permanenza in pronto soccorso", Decimal("1250000.00"), [
            ("Accessi con permanenza inferiore a 8 ore", "Efficacia", "%", "%", "=90%"),
            ("Pazienti che lasciano il pronto soccorso prima della visita", "Qualità", "%", "%", "<= 4%")]),
        ("Attivare il percorso di osservazione breve intensiva", Decimal("380000.00"), [
            ("Posti letto di osservazione breve attivati", "Realizzazione", "numero", "N.", "= 8")])]),
    ("UOC Chirurgia generale", [
        ("Rispettare i tempi di attesa degli interventi oncologici", Decimal("960500.00"), [
            ("Interventi per tumore eseguiti entro 30 giorni dalla prenotazione", "Efficacia", "%", "%", ">= 90%"),
            ("Degenza media degli interventi programmati", "Efficienza", "giorni", "gg", "<= 4,5")]),
        ("Sviluppare la chirurgia in regime di day surgery", Decimal("210000.00"), [
            ("Interventi in day surgery sul totale degli interventi programmati", "Efficienza", "%", "%",
             ">= 35%")])]),
    ("UOC Farmacia ospedaliera", [
        ("Contenere la spesa per farmaci ad alto costo", Decimal("45000.00"), [
            ("Confezioni erogate in distribuzione diretta", "Realizzazione", "numero", "N.", "= 45.000"),
            ("Spesa per farmaci biosimilari sul totale della categoria", "Economicità", "%", "%", ">= 70%")])]),
    ("UOS Ufficio relazioni con il pubblico", [
        ("Rispondere ai reclami nei termini del regolamento", None, [
            ("Tempo medio di risposta ai reclami", "Qualità", "giorni", "gg", "<= 30"),
            ("Reclami con risposta entro 30 giorni", "Qualità", "%", "%", "=90%")])]),
]


def build():
    name = "h17-flat-csv-1"
    nodes, inds = [], []
    rows = [[f"{ORG} - Obiettivi di budget 2026 per centro di responsabilità"],
            ["Allegato 2 alla deliberazione del Direttore generale n. 214/2026"], [],
            ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
             "Tipologia indicatore", "unità di misura", "Target 2026"]]
    total = Decimal(0)
    for centre, objs in CENTRES:
        nodes.append(node(None, "unit", centre))
        firstc = True
        for otitle, res, ilist in objs:
            rraw = dnum(res, 2) if res is not None else "–"
            nodes.append(node(None, "operational", otitle, unit=centre,
                              resources=[rraw] if res is not None else []))
            if res is not None:
                total += res
            for k, (iname, typ, ulab, unit, tg) in enumerate(ilist):
                rows.append([centre if firstc else "", otitle if k == 0 else "", rraw if k == 0 else "", iname, typ,
                             ulab, tg])
                firstc = False
                inds.append(ind(iname, otitle, unit=unit, type=typ, unit_org=centre, targets=[(YEAR, tg)]))
    rows.append(["TOTALE", "", dnum(total, 2), "", "", "", ""])
    rows.append([])
    rows.append(["Nota: le risorse dell'URP sono comprese nei costi generali di struttura (–)."])
    d = case_dir(name)
    write_csv7(os.path.join(d, "input.csv"), rows, sep=",", crlf=True, bom=True)
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds, resources_total=dnum(total, 2))
    readme17(d, name, "flat table per responsibility centre", CSV.format(script=SCRIPT), """
A CSV file: COMMA separator, UTF-8 with BOM, CRLF, minimal quoting (amounts like `1.250.000,00` are quoted because
of their decimal comma). Two title lines (body + `Obiettivi di budget 2026 per centro di responsabilità`, then the
deliberation), an empty line, the header `Centro di responsabilità,Descrizione obiettivo,Risorse finanziarie,
Indicatori,Tipologia indicatore,unità di misura,Target 2026`, then one line per indicator. The centre is written only
on its first line and the objective and its resources only on the objective's first line (blank cells below, as an
export of merged cells). No codes, no weights. A `TOTALE` line sums the resources; a note line says why the URP
objective has `–`. Truth: one `unit` node per centre; objectives `operational`, code null, `unit` = centre, parent
null, resources as printed (none for `–`); indicators under the objective title with `unit_org`; units in words
mapped (`numero` → `N.`, `giorni` → `gg`); resources_total = the `TOTALE`.
""", ["comma separator with quoted decimal-comma amounts", "BOM, CRLF, title lines before the header",
      "blank continuation cells", "targets with and without a space after the operator (`=90%`, `= 45.000`)",
      "no codes at all"],
     ["no weights anywhere: nothing to sum", "`=90%` / `= 8` / `= 45.000` equality targets (one year only)",
      "`<= 4%`, `<= 4,5`, `<= 30`: lower-is-better", "an objective with `–` resources (not zero, not missing a total)",
      "`TOTALE` equals the sum of the printed amounts"], [])
    return name


if __name__ == "__main__":
    print(build())
