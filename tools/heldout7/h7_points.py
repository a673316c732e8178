#!/usr/bin/python3
"""h7-points-csv-1: an Ordine's objectives with points on three levels (area, objective, indicator), a CSV export
(UTF-8 with BOM). Clean. Content invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import CSV, case_dir, doc, ind, node, readme, write_csv, write_truth  # noqa: E402

NAME = "h7-points-csv-1"
ORG = "Ordine delle Professioni Infermieristiche di Valcerrina"
YEAR, BASE = 2026, 2025
# area (code, title, points, referente) > objective (code, title, points, referente)
# > indicator (code, name, unit, baseline, target, points)
TREE = [
    ("A", "Gestione dell'Albo e servizi agli iscritti", "40", [
        ("A.1", "Aggiornare l'Albo in tempo reale", "25", "Ufficio Albo e segreteria", [
            ("A.1.1", "Iscrizioni e cancellazioni deliberate entro 30 giorni dalla domanda", "%", "91,8%", ">= 95%",
             "15"),
            ("A.1.2", "Verifiche a campione sui requisiti degli iscritti (titolo, PEC, polizza)", "N.", "180",
             ">= 200", "10")]),
        ("A.2", "Digitalizzare i certificati di iscrizione", "15", "Ufficio Albo e segreteria", [
            ("A.2.1", "Certificati rilasciati tramite lo sportello on line", "%", "64,0%", ">= 80%", "14"),
            ("A.2.2", "Pubblicazione della guida ai servizi on line per gli iscritti", "date", "-",
             "entro il 31/03/2026", "1")])]),
    ("B", "Formazione e sviluppo professionale", "35", [
        ("B.1", "Programmare eventi formativi accreditati ECM", "20", "Commissione formazione", [
            ("B.1.1", "Eventi formativi ECM organizzati dall'Ordine", "N.", "10", ">= 12", "12"),
            ("B.1.2", "Crediti ECM erogati agli iscritti", "N.", "3.870", ">= 4.500", "8")]),
        ("B.2", "Promuovere la deontologia professionale", "15", "Commissione deontologia", [
            ("B.2.1", "Incontri sul codice deontologico nelle aziende sanitarie; sedi ospedaliere e territoriali", "N.",
             "4", ">= 6", "7,5"),
            ("B.2.2", "Iscritti partecipanti agli incontri", "N.", "412", ">= 600", "7,5")])]),
    ("C", "Funzionamento dell'Ente", "25", [
        ("C.1", "Garantire la trasparenza e la prevenzione della corruzione", "10", "RPCT", [
            ("C.1.1", "Obblighi di pubblicazione assolti", "%", "96%", "100%", "10")]),
        ("C.2", "Assicurare la regolarità contabile e la riscossione delle quote", "15", "Tesoriere", [
            ("C.2.1", "Quote annuali riscosse entro il 31 ottobre", "%", "89,5%", ">= 92%", "9"),
            ("C.2.2", "Tempo medio di pagamento dei fornitori", "gg", "34 gg", "<= 30 gg", "6")])]),
]


def pts(p):
    return "1 PUNTO" if p == "1" else f"{p} punti"


def build():
    d = case_dir(NAME)
    rows = [[ORG, "", "", "", "", "", "", ""],
            ["Piano della performance 2026 – Obiettivi assegnati al Responsabile amministrativo e punteggi "
             "(totale 100 punti)", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["Area", "Obiettivo", "Indicatore", "Descrizione", "Valore 2025", "Risultato atteso 2026", "Punteggio",
             "Referente"]]
    nodes, inds = [], []
    total = Decimal(0)
    for ac, at, ap, objs in TREE:
        rows.append([ac, "", "", at, "", "", pts(ap), ""])
        nodes.append(node(ac, "area", at, weight=pts(ap)))
        asum = Decimal(0)
        for oc, ot, op, ref, its in objs:
            rows.append(["", oc, "", ot, "", "", pts(op), ref])
            nodes.append(node(oc, "operational", ot, parent=ac, weight=pts(op), owners=[ref]))
            osum = Decimal(0)
            for ic, nm, unit, b, t, p in its:
                rows.append(["", "", ic, nm, b, t, pts(p), ""])
                inds.append(ind(nm, oc, code=ic, unit=unit, weight=pts(p),
                                baselines=[(BASE, b)], targets=[(YEAR, t)]))
                osum += Decimal(p.replace(",", "."))
            assert osum == Decimal(op), oc
            asum += Decimal(op)
        assert asum == Decimal(ap), ac
        total += asum
    assert total == 100
    rows.append(["TOTALE", "", "", "", "", "", "100 punti", ""])
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Il punteggio di ciascun indicatore concorre a quello dell'obiettivo; il punteggio dell'obiettivo a "
                 "quello dell'area. Approvato dal Consiglio direttivo il 27/01/2026.", "", "", "", "", "", "", ""])
    write_csv(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=True, bom=True)
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme(d, NAME, "Family: **points**", CSV.format(script="h7_points.py"), """
A CSV file (`input.csv`) as Excel saves `CSV UTF-8 (delimitato da virgole)` on an Italian system: UTF-8 WITH a BOM,
`;` separator, CRLF line ends, every record padded to eight fields. Two title records (the Ordine; `Piano della
performance 2026 – Obiettivi assegnati al Responsabile amministrativo e punteggi (totale 100 punti)`) and an empty
one, then the header `Area;Obiettivo;Indicatore;Descrizione;Valore 2025;Risultato atteso 2026;Punteggio;Referente`.
A STAIRCASE of codes over three columns: an area record has its code in `Area` (`A`), an objective record in
`Obiettivo` (`A.1`), an indicator record in `Indicatore` (`A.1.1`); the text of every level is in `Descrizione`.
Points at ALL THREE levels in `Punteggio` as text (`40 punti`, `25 punti`, `15 punti`, `1 PUNTO`, decimals `7,5
punti`): indicators sum to their objective's points, objectives to their area's, areas to the `TOTALE` record's
`100 punti`. Objective records name a `Referente` (truth owners). One description contains a `;` and is quoted.
Targets `>= 95%`, `>= 4.500`, `<= 30 gg`, `entro il 31/03/2026`, bare `100%`; one baseline `-` (kept as a baseline raw, not available).
A closing note record. Truth: areas level `area` with weight raw `40 punti`; objectives `operational` with parent
the area; indicators with codes and weights in points.
""", [
        "CSV UTF-8 with BOM, CRLF, quoted field with an embedded `;`",
        "staircase of codes over three columns, one description column",
        "points on three levels, including `1 PUNTO` and `7,5 punti`",
        "TOTALE record with `100 punti`; referente on objective records only",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
