#!/usr/bin/python3
"""h21-dashboard-csv-1: indicator dashboard of a water-services authority as an open-data CSV in LONG format.
One fault: target.declining.

UTF-8 with BOM, `;`, CRLF, no title lines. ONE ROW PER (indicator, year, kind of value): `Tipo dato` is
`Consuntivo` (history 2022-2024) or `Obiettivo` (targets 2026-2028) and `Valore` holds the figure; the rows are
sorted by YEAR, then kind, then code, so an indicator's values are scattered through the file. Area code, title and
weight are repeated on every row; unit and polarity in their own columns. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import CSV, case_dir21, doc, finding, ind, node, readme13, write_csv7, write_truth  # noqa: E402

NAME = "h21-dashboard-csv-1"
ORG = "Autorità d'Ambito per il Servizio Idrico Integrato Sele-Tanagro"
HIST = [2022, 2023, 2024]
YEARS = [2026, 2027, 2028]

AREAS = [("A", "Qualità tecnica del servizio", "60"), ("B", "Qualità contrattuale e rapporti con l'utenza", "25"),
         ("C", "Vigilanza sui gestori", "15")]
# area, code, name, unit shown, unit truth, polarity, history, targets
KPIS = [
    ("A", "M1a", "Perdite idriche lineari", "m3/km/gg", "m3/km/gg", "decrescente",
     ["27,4", "26,1", "25,3"], ["<= 24,0", "<= 23,0", "<= 22,0"]),
    ("A", "M1b", "Perdite idriche percentuali", "%", "%", "decrescente",
     ["46,2", "45,0", "44,1"], ["<= 42,0", "<= 43,0", "<= 44,0"]),
    ("A", "M2", "Durata media delle interruzioni del servizio per utente", "ore", "ore", "decrescente",
     ["3,8", "3,1", "2,9"], ["<= 2,5", "<= 2,5", "<= 2,5"]),
    ("A", "M3", "Campioni di acqua potabile non conformi", "%", "%", "decrescente",
     ["1,9", "1,6", "1,2"], ["<= 1,2", "<= 1,0", "<= 0,8"]),
    ("A", "M5", "Fanghi di depurazione smaltiti in discarica", "%", "%", "decrescente",
     ["12,0", "9,5", "8,0"], ["<= 8,0", "<= 8,0", "<= 8,0"]),
    ("B", "B1", "Tempo medio di risposta ai reclami scritti", "giorni", "gg", "decrescente",
     ["21", "18", "17"], ["<= 15", "<= 15", "<= 12"]),
    ("B", "B2", "Utenti soddisfatti del servizio (indagine annuale)", "%", "%", "crescente",
     ["71,0", "73,5", "n.d."], [">= 75,0", ">= 77,0", ">= 80,0"]),
    ("C", "C1", "Verifiche ispettive sui gestori", "n.", "N.", "crescente",
     ["6", "8", "8"], [">= 8", ">= 10", ">= 10"]),
    ("C", "C2", "Deliberazioni tariffarie adottate nei termini ARERA", "%", "%", "crescente",
     ["100", "100", "100"], ["= 100", "= 100", "= 100"]),
]


def build():
    d = case_dir21(NAME)
    area = {a[0]: a for a in AREAS}
    recs = []
    for ac, code, name, ushow, _ut, pol, hist, tg in KPIS:
        for y, v in zip(HIST, hist):
            recs.append((y, 0, code, ac, name, ushow, pol, "Consuntivo", v))
        for y, v in zip(YEARS, tg):
            recs.append((y, 1, code, ac, name, ushow, pol, "Obiettivo", v))
    order = {k[1]: i for i, k in enumerate(KPIS)}
    recs.sort(key=lambda r: (r[0], r[1], order[r[2]]))
    rows = [["Ente", "Codice area", "Area", "Peso area %", "Codice indicatore", "Indicatore", "Unità di misura",
             "Polarità", "Tipo dato", "Anno", "Valore"]]
    for y, _k, code, ac, name, ushow, pol, kind, v in recs:
        rows.append([ORG, ac, area[ac][1], area[ac][2], code, name, ushow, pol, kind, str(y), v])
    write_csv7(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=True)
    nodes = [node(c, "area", t, None, w) for c, t, w in AREAS]
    inds = [ind(name, ac, code=code, unit=ut, baselines=list(zip(HIST, hist)), targets=list(zip(YEARS, tg)))
            for ac, code, name, _us, ut, _p, hist, tg in KPIS]
    fnd = [finding("target.declining", "M1b", "M1b Perdite idriche percentuali (polarità decrescente): "
                   "<= 42,0 in 2026, <= 43,0 in 2027, <= 44,0 in 2028 – the targets get easier every year")]
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds, fnd)
    readme13(
        d, NAME, "dashboard", CSV.format(script="h21_dashboard.py"),
        "Open-data CSV: UTF-8 with BOM, `;` separator, CRLF, header in the first line, no title or note lines. "
        "Columns `Ente | Codice area | Area | Peso area % | Codice indicatore | Indicatore | Unità di misura | "
        "Polarità | Tipo dato | Anno | Valore`. LONG format: one line per indicator, year and kind of value "
        "(`Consuntivo` 2022-2024, `Obiettivo` 2026-2028), sorted by year, then kind, then indicator code (an "
        "indicator's six values are spread over the whole file). Truth: areas `A`/`B`/`C` as `area` nodes with "
        "the `Peso area %` figure as weight; indicators hang under their area; `Consuntivo` values are baselines, "
        "`Obiettivo` values targets; units `giorni` → `gg`, `n.` → `N.`, `m3/km/gg` and `ore` kept.",
        ["LONG (tidy) format: the year and the kind of value are data, not columns",
         "rows sorted by year first: no indicator's values are contiguous",
         "area code/title/weight and the body repeated on every line",
         "polarity in words (`crescente` / `decrescente`), unit in its own column, bare history values",
         "no year 2025 at all (history stops at 2024, targets start at 2026)"],
        ["M1a, M3, B1: `<=` targets falling year by year with polarity `decrescente`: improving",
         "M2 `<= 2,5` and M5 `<= 8,0` flat three years (M5 equals its 2024 value: mantenimento)",
         "C1 `>= 8` in 2026 equals the 2024 value; C2 `= 100` flat against 100",
         "B2 2024 `n.d.`: the latest known value is 73,5 (2023) and the targets are above it",
         "area weights 60 + 25 + 15 = 100; indicators carry no weight"],
        ["`target.declining` on `M1b` (Perdite idriche percentuali, polarità decrescente): `<= 42,0` (2026), "
         "`<= 43,0` (2027), `<= 44,0` (2028) get easier every year"])


if __name__ == "__main__":
    build()
