#!/usr/bin/python3
"""h11-plan-chromium-1: performance tree of a region (PIAO annex), printed by Chromium.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, readme, vars_of, write_truth  # noqa: E402

NAME = "h11-plan-chromium-1"
ORG = "Regione Valdarda"
YEARS = [2026, 2027, 2028]
FAULT_OBJ = "A.2.1"

# area: (code, title, weight, [strategic])
# strategic: (code, title, weight, [operational]); operational: (code, title, weight, owner, [indicators])
# indicator: (code, name, formula, um, weight, base2025, [t2026, t2027, t2028])
TREE = [
    ("A", "TERRITORIO, AMBIENTE E PROTEZIONE CIVILE", "55%", [
        ("A.1", "Ridurre il rischio idrogeologico e rafforzare la resilienza del territorio", "60%", [
            ("A.1.1", "Accelerare la realizzazione degli interventi di difesa del suolo finanziati", "50%",
             "Direzione Difesa del suolo", [
                 ("VD 01", "Interventi di difesa del suolo con collaudo concluso sul totale finanziato",
                  "INT_COLL / INT_FIN x 100", "%", "60%", "48,5%", ["≥ 55%", "≥ 62%", "≥ 70%"]),
                 ("VD 02", "Tempo medio tra finanziamento e aggiudicazione dei lavori", "GG_AGG_TOT / N_INT_AGG",
                  "gg", "40%", "214 gg", ["≤ 200 gg", "≤ 185 gg", "≤ 170 gg"]),
             ]),
            ("A.1.2", "Aggiornare la pianificazione regionale di protezione civile", "50%",
             "Agenzia regionale di protezione civile", [
                 ("VD 03", "Piani comunali di protezione civile aggiornati e validati dalla Regione",
                  "N_PIANI_VALID / N_COMUNI x 100", "%", "50%", "N/D",
                  ["maggiore o uguale a 60,00", "maggiore o uguale a 75,00", "maggiore o uguale a 90,00"]),
                 ("VD 04", "Approvazione dell'aggiornamento annuale del piano regionale di protezione civile",
                  "DATA_APPR_PIANO", "data", "50%", "15/03/2025",
                  ["entro il 31/12/2026", "entro il 31/12/2027", "entro il 31/12/2028"]),
             ]),
        ]),
        ("A.2", "Tutelare la qualità dell'aria e delle acque", "40%", [
            ("A.2.1", "Potenziare la rete di monitoraggio della qualità dell'aria", "100%",
             "Direzione Ambiente ed energia", [
                 ("VD 05", "Stazioni di monitoraggio con serie annuale di dati valida", "STAZ_VALIDE / STAZ_TOT x 100",
                  "%", "40%", "88,4%", ["≥ 90%", "≥ 92%", "≥ 95%"]),
                 ("VD 06", "Giorni di superamento del valore limite giornaliero di PM10 nelle aree urbane",
                  "GG_SUP_PM10", "gg", "35%", "41 gg", ["≤ 38 gg", "≤ 35 gg", "≤ 35 gg"]),
                 ("VD 07", "Segnalazioni ambientali dei cittadini riscontrate entro 30 giorni",
                  "SEGN_RISC_30 / SEGN_RIC x 100", "%", None, "67,0%", ["≥ 73%", "≥ 78%", "≥ 80%"]),
             ]),
        ]),
    ]),
    ("B", "CRESCITA, LAVORO E COMPETENZE", "45%", [
        ("B.1", "Sostenere l'occupazione e la formazione continua", "50%", [
            ("B.1.1", "Rafforzare i servizi pubblici per l'impiego", "70%", "Direzione Lavoro e formazione", [
                ("VD 08", "Persone prese in carico dai centri per l'impiego con patto di servizio entro 60 giorni",
                 "PATTI_60 / ISCRITTI x 100", "%", "50%", "71,2%", ["≥ 73%", "≥ 76%", "≥ 80%"]),
                ("VD 09", "Tirocini extracurriculari attivati nell'anno", "N_TIROCINI", "N.", "50%", "1.846",
                 ["≥ 1.900", "≥ 2.000", "≥ 2.100"]),
            ]),
            ("B.1.2", "Ampliare l'offerta di formazione sulle competenze digitali", "30%",
             "Direzione Lavoro e formazione", [
                 ("VD 10", "Ore di formazione erogate sulle competenze digitali", "ORE_FORM_DIG", "ore", "100%", "N/D",
                  ["≥ 12.000", "≥ 15.000", "≥ 18.000"]),
             ]),
        ]),
        ("B.2", "Semplificare l'accesso delle imprese agli incentivi regionali", "50%", [
            ("B.2.1", "Ridurre i tempi di concessione dei contributi alle imprese", "100%",
             "Direzione Attività produttive", [
                 ("VD 11", "Tempo medio di concessione dei contributi dalla presentazione della domanda",
                  "GG_CONC_TOT / N_DOM_CONC", "gg", "55%", "96 gg", ["≤ 90 gg", "≤ 80 gg", "≤ 75 gg"]),
                 ("VD 12", "Contributi erogati alle imprese nell'anno", "EUR_EROG", "€", "45%", "€ 38.400.000",
                  ["≥ € 40.000.000", "≥ € 42.000.000", "≥ € 45.000.000"]),
             ]),
        ]),
    ]),
]
UNIT = {"%": "%", "gg": "gg", "N.": "N.", "€": "EUR", "data": "date", "ore": "ore"}
BREAK_BEFORE = "VD 09"
COLS = ("<colgroup><col style=\"width:5%\"><col style=\"width:7%\"><col style=\"width:27%\">"
        "<col style=\"width:5%\"><col style=\"width:11%\"><col style=\"width:12%\"><col style=\"width:12%\">"
        "<col style=\"width:12%\"><col style=\"width:9%\"></colgroup>")

CSS = """
body { font: 7.6pt "DejaVu Sans Condensed", "DejaVu Sans"; color: #1d1d1d; }
h1 { font: bold 13pt "DejaVu Sans"; margin: 0; color: #7a1f1f; letter-spacing: 0.5pt; }
.sub { font-size: 9.4pt; margin: 1mm 0 0.5mm; }
.intro { font-size: 7.4pt; color: #444; margin: 1mm 0 3mm; max-width: 170mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td { padding: 1.1mm 1.2mm; vertical-align: top; border-bottom: 0.4pt solid #c9b8b8; }
tr.h td { background: #7a1f1f; color: #fff; font-weight: bold; font-size: 7pt; border-bottom: 0.4pt solid #fff; }
tr.ar td { background: #e9d8d8; font-weight: bold; font-size: 8pt; border-top: 1.4pt solid #7a1f1f; }
tr.st td { font-weight: bold; border-top: 0.8pt solid #7a1f1f; }
tr.op td { font-weight: bold; font-style: italic; color: #5a1616; }
tr.k:nth-child(even) td { background: #f7f2f2; }
td.w { text-align: center; } td.c { white-space: nowrap; }
td.r { text-align: right; white-space: nowrap; } td.r.wr { white-space: normal; } td.u { text-align: center; }
.fx { display: block; font-style: italic; color: #555; margin-top: 0.6mm; }
.fx span { font-family: "DejaVu Sans Mono"; font-style: normal; font-size: 6.8pt; }
td.n { padding-left: 5mm; }
"""


def main():
    d = case_dir(NAME)
    rows = ["<tr class=\"h\"><td rowspan=2 class=\"w\">Peso</td><td rowspan=2>Cod.</td><td rowspan=2>Descrizione</td>"
            "<td rowspan=2>U.M.</td><td rowspan=2>Dato di partenza 2025</td><td colspan=3 style=\"text-align:center\">"
            "Valori attesi</td><td rowspan=2>Struttura responsabile</td></tr>",
            "<tr class=\"h\"><td>2026</td><td>2027</td><td>2028</td></tr>"]
    nodes, inds = [], []
    for ac, at, aw, sts in TREE:
        rows.append(f"<tr class=\"ar\"><td class=\"w\">{aw}</td><td class=\"c\">{ac}</td>"
                    f"<td colspan=7>{esc(at)}</td></tr>")
        nodes.append(node(ac, "area", at, weight=aw))
        for sc, stt, sw, ops in sts:
            rows.append(f"<tr class=\"st\"><td class=\"w\">{sw}</td><td class=\"c\">{sc}</td>"
                        f"<td colspan=7>{esc(stt)}</td></tr>")
            nodes.append(node(sc, "strategic", stt, parent=ac, weight=sw))
            for oc, ot, ow, owner, ks in ops:
                rows.append(f"<tr class=\"op\"><td class=\"w\">{ow}</td><td class=\"c\">{oc}</td>"
                            f"<td colspan=6>{esc(ot)}</td><td>{esc(owner)}</td></tr>")
                nodes.append(node(oc, "operational", ot, parent=sc, weight=ow, owners=[owner]))
                for kc, kn, kf, um, kw, base, tg in ks:
                    style = " style=\"break-before: page\"" if kc == BREAK_BEFORE else ""
                    rows.append(f"<tr class=\"k\"{style}><td class=\"w\">{kw or ''}</td><td class=\"c\">{esc(kc)}</td>"
                                f"<td class=\"n\">{esc(kn)}<span class=\"fx\">Formula: <span>{esc(kf)}</span></span></td>"
                                f"<td class=\"u\">{esc(um)}</td><td class=\"r\">{esc(base)}</td>"
                                + "".join(f"<td class=\"r{' wr' if t[0].isalpha() else ''}\">{esc(t)}</td>" for t in tg) + "<td></td></tr>")
                    inds.append(ind(kn, oc, code=kc, unit=UNIT[um], weight=kw, formula=kf, variables=vars_of(kf),
                                    baselines=[(2025, base)], targets=list(zip(YEARS, tg))))
    body = (f"<h1>{esc(ORG.upper())}</h1><div class=\"sub\">Piano integrato di attività e organizzazione 2026-2028 – "
            "Allegato 2: albero della performance</div>"
            "<div class=\"intro\">L'albero articola le aree strategiche in obiettivi strategici e obiettivi operativi; "
            "per ogni obiettivo operativo sono riportati gli indicatori con la formula di calcolo, il dato di partenza "
            "al 31/12/2025 e i valori attesi nel triennio. Il peso di ciascun elemento è espresso in percentuale "
            "rispetto agli elementi dello stesso livello.</div>"
            "<table>" + COLS + "\n".join(rows) + "</table>")
    html = html_page3(body, CSS, margin="14mm 12mm 15mm", top_right=q("PIAO 2026-2028 – Regione Valdarda"),
                      bottom_right='"pag. " counter(page) " di " counter(pages)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    findings = [finding("weight.missing", FAULT_OBJ,
                        "indicator VD 07 of A.2.1 prints no weight while its siblings print 40% and 35%")]
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds, findings)
    readme(d, NAME, "Genre: **plan**", CHROMIUM.format(script="h11_plan.py"), """
Portrait A4, DejaVu Sans Condensed 7.6 pt, Chromium, two pages; running header at the top right (`PIAO 2026-2028 –
Regione Valdarda`), footer `pag. n di m`. Title (the region in capitals), subtitle `Piano integrato di attività e
organizzazione 2026-2028 – Allegato 2: albero della performance`, an intro paragraph (baseline at 31/12/2025, weights
relative to siblings). ONE table with NO vertical rules (hairlines under the rows) whose two header rows (white on
dark red: `Peso | Cod. | Descrizione | U.M. | Dato di partenza 2025 | Valori attesi (2026 | 2027 | 2028) | Struttura
responsabile`) are ordinary rows, so they are NOT repeated after the page break. The WEIGHT is the FIRST column for
every level. Area rows (tinted, thick top rule, `A` | `TERRITORIO, …`), strategic rows (bold, `A.1`), operational rows
(bold italic, `A.1.1`, the responsible Direzione in the last column), indicator rows (zebra, codes with a space `VD 01`):
the indicator cell holds the NAME and, on a second line in italics, `Formula: ` followed by the formula in monospace.
A forced page break falls between the two indicators of `B.1.1`. Truth: area → strategic → operational →
indicators; owners of operational objectives from the last column; baseline 2025, targets 2026-2028; `Formula: `
is a label, not part of the formula.
""", [
        "input: `input.pdf`",
        "weight as the first column at all four levels",
        "name and formula stacked in one cell, formula introduced by the label `Formula:`",
        "header rows not repeated after the page break (header is a body row)",
        "indicator codes with a space (`VD 01`)",
        "targets `maggiore o uguale a 60,00`, `≥ 73%`, `≥ € 40.000.000`, `entro il 31/12/2026`; baselines `N/D`, "
        "a date baseline",
        "borderless rows with hairlines and zebra, thick rule above each area",
    ], [f"`weight.missing` on `{FAULT_OBJ}`: indicator `VD 07` has an empty Peso cell while `VD 05` (40%) and "
        "`VD 06` (35%) are weighted"])


if __name__ == "__main__":
    main()
