#!/usr/bin/python3
"""fam5-pira-chromium-1: PIRA with all years in one cell, printed by Chromium. Content invented."""
import os

from common6 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, td,
                     th, write_readme, write_truth)

ORG = "Università degli Studi di Monteleone"
YEARS = [2026, 2027, 2028]
BASE = 2025

# missione, programma, [(code, title, resources, [(name, formula, vars, unit, storico, [t26, t27, t28])])]
DATA = [
    (("023", "Istruzione universitaria"), ("002", "Istruzione universitaria e formazione post-universitaria"), [
        ("D.1", "Migliorare la regolarità delle carriere degli studenti", "€ 1.840.500,00", [
            ("Studenti regolari che conseguono almeno 40 CFU nell'anno", "STU_40cfu / STU_reg x 100",
             ["STU_40cfu", "STU_reg"], "%", "58,3%", ["≥ 60%", "≥ 62%", "≥ 64%"]),
            ("Laureati entro la durata normale del corso", "LAU_reg / LAU_tot x 100", ["LAU_reg", "LAU_tot"], "%",
             "51,7%", ["≥ 53%", "≥ 55%", "≥ 57%"]),
        ]),
        ("D.2", "Rafforzare l'attrattività internazionale dei corsi di studio", "€ 612.000,00", [
            ("Iscritti al primo anno con titolo di accesso conseguito all'estero", "ISC_est", ["ISC_est"], "N.",
             "184", ["≥ 200", "≥ 220", "≥ 240"]),
            ("CFU conseguiti all'estero dagli studenti regolari", "CFU_est / CFU_tot x 1000", ["CFU_est", "CFU_tot"],
             "‰", "12,4‰", ["≥ 13‰", "≥ 14‰", "≥ 15‰"]),
        ]),
    ]),
    (("017", "Ricerca e innovazione"), ("022", "Ricerca scientifica e tecnologica di base e applicata"), [
        ("R.1", "Aumentare la capacità di attrarre finanziamenti competitivi per la ricerca", "€ 2.975.000,00", [
            ("Proventi da bandi competitivi per docente di ruolo", "PRO_comp / DOC_ruolo", ["PRO_comp", "DOC_ruolo"],
             "EUR", "€ 18.450", ["≥ € 19.000", "≥ € 19.500", "≥ € 20.000"]),
            ("Progetti presentati su bandi europei", "PRG_eu", ["PRG_eu"], "N.", "47", ["≥ 52", "≥ 50", "≥ 48"]),
        ]),
        ("R.2", "Potenziare il trasferimento tecnologico verso le imprese del territorio", "€ 430.250,00", [
            ("Brevetti depositati nell'anno", "BRE_dep", ["BRE_dep"], "N.", "6", ["> 6", "> 7", "> 8"]),
            ("Tempo medio di stipula dei contratti conto terzi", "GG_stip / CTR_tot", ["GG_stip", "CTR_tot"], "gg",
             "48 gg", ["≤ 40 gg", "≤ 35 gg", "≤ 30 gg"]),
        ]),
    ]),
    (("032", "Servizi istituzionali e generali delle amministrazioni pubbliche"),
     ("003", "Servizi e affari generali per le amministrazioni di competenza"), [
        ("G.1", "Semplificare e digitalizzare i processi amministrativi di ateneo", "€ 256.800,00", [
            ("Indicatore di tempestività dei pagamenti", "ITP", ["ITP"], "gg", "2,4", ["≤ 0", "≤ 0", "≤ 0"]),
            ("Procedimenti gestiti interamente in modalità digitale", "PROC_dig / PROC_tot x 100",
             ["PROC_dig", "PROC_tot"], "%", "71%", ["≥ 80%", "≥ 90%", "≥ 95%"]),
        ]),
    ]),
]

CSS = """
body { font: 7.8pt "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; color: #111; }
h1 { font-size: 12pt; margin: 0 0 1mm 0; }
h2 { font-size: 10pt; margin: 0 0 3mm 0; font-weight: normal; }
p { margin: 0 0 3mm 0; text-align: justify; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; vertical-align: bottom; font-weight: bold; border-top: 1.4pt solid #000;
  border-bottom: 0.8pt solid #000; padding: 1.2mm 1mm; }
td { vertical-align: top; padding: 1.2mm 1mm; border-top: 0.3pt solid #999; }
tr.z td.o, tr.z td.i { background: #eef2f0; }
td.mp { font-weight: bold; }
td.r { text-align: right; }
td.o.r { white-space: nowrap; }
tbody tr { page-break-inside: avoid; }
tr.end td { border-bottom: 1.4pt solid #000; }
p.note { font-size: 7pt; font-style: italic; margin-top: 2mm; }
"""
COLS = [("Missione", 10), ("Programma", 11.5), ("Cod.", 4), ("Obiettivo strategico", 11), ("Risorse 2026", 9.5),
        ("Indicatore", 12.5), ("Algoritmo", 10), ("U.M.", 4.5), ("Dato storico 2025", 7), ("Target 2026-2028", 12)]


def build():
    name = "fam5-pira-chromium-1"
    d = case_dir(name)
    nodes, inds = [], []
    rows = []
    z = 0
    for (mc, mt), (pc, pt), objs in DATA:
        n_m = sum(len(o[3]) for o in objs)
        first_m = True
        for code, title, res, its in objs:
            z += 1
            first_o = True
            nodes.append(node(code, "strategic", title, resources=[res], mission=mc, programme=pc))
            for nm, f, var, unit, st, tg in its:
                cells = []
                if first_m:
                    cells.append(td(f"{mc}\n{mt}", "mp", rowspan=n_m))
                    cells.append(td(f"{pc}\n{pt}", "mp", rowspan=n_m))
                    first_m = False
                if first_o:
                    cells.append(td(code, "o", rowspan=len(its)))
                    cells.append(td(title, "o", rowspan=len(its)))
                    cells.append(td(res, "o r", rowspan=len(its)))
                    first_o = False
                cell = "; ".join(f"Anno {y} {t}" for y, t in zip(YEARS, tg))
                um = {"EUR": "€", "gg": "giorni"}.get(unit, unit)
                cells += [td(nm, "i"), td(f, "i"), td(um, "i"), td(st, "i r"), td(cell, "i")]
                rows.append(f"<tr class=\"{'z' if z % 2 == 0 else ''}\">" + "".join(cells) + "</tr>")
                inds.append(ind(nm, code, unit=unit, formula=f, variables=var, baselines=[(BASE, st)],
                                targets=list(zip(YEARS, tg))))
    rows[-1] = rows[-1].replace("<tr class=\"", "<tr class=\"end ", 1)
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028</h2>",
            "<p>Il Piano raccorda gli obiettivi strategici di ateneo alla classificazione della spesa per missioni e "
            "programmi. Le risorse sono quelle del budget economico e degli investimenti 2026; il dato storico è il "
            "valore rilevato al 31 dicembre 2025. I target dei tre anni sono riportati in un'unica cella, separati da "
            "punto e virgola.</p>",
            "<table><colgroup>" + "".join(f"<col style=\"width:{w}%\">" for _, w in COLS) + "</colgroup>",
            "<thead><tr>" + "".join(th(h) for h, _ in COLS) + "</tr></thead><tbody>"] + rows + [
            "</tbody></table>",
            "<p class=\"note\">Fonte: elaborazioni del Servizio Pianificazione e Controllo di gestione su dati "
            "dell'Anagrafe nazionale studenti e della contabilità di ateneo.</p>"]
    html = html_page3("\n".join(body), CSS, margin="14mm 11mm 15mm 11mm",
                      bottom_center='"PIRA 2026-2028 – " counter(page) "/" counter(pages)',
                      hf_font='7pt "DejaVu Sans Condensed"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, [
        finding("target.declining", "Progetti presentati su bandi europei",
                "higher-is-better count whose targets fall every year: ≥ 52 (2026), ≥ 50 (2027), ≥ 48 (2028)")])
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans Condensed 7.8 pt; a university's PIRA. Title (the university), subtitle `Piano
degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028`, a paragraph. One table with only horizontal
rules (heavy rule above and below the header and at the end, hairlines between rows), the header repeated (thead).
Ten columns: `Missione | Programma | Cod. | Obiettivo strategico | Risorse 2026 | Indicatore | Algoritmo | U.M. |
Dato storico 2025 | Target 2026-2028`. MISSIONE and PROGRAMMA are the first two COLUMNS (not band rows nor headings),
bold cells spanning all the rows of the mission, code on the first line and name below (`023` / `Istruzione
universitaria`). Objective code (`D.1`, `R.2`, `G.1`), title and resources (`€ 1.840.500,00`) span the indicator rows;
alternate objectives shaded. The target cell runs the three years together WITHOUT colons, separated by semicolons:
`Anno 2026 ≥ 60%; Anno 2027 ≥ 62%; Anno 2028 ≥ 64%`, wrapped by the narrow column. Units: `%`, `N.`, `€`, `giorni`,
`‰` (per mille). Source note under the table; footer `PIRA 2026-2028 – n/N`. Truth: objectives `strategic`, parent
null, mission/programme = the three-digit codes, resources as printed; one target per year, raw = the text after
`Anno <year> ` up to the `;` (or the end): `≥ 60%`; baseline 2025 from `Dato storico 2025`; unit `€` → `EUR`,
`giorni` → `gg`, `‰` kept.
""", CHROMIUM_PRODUCER.format(script="fam6_pira.py"), [
        "MISSIONE/PROGRAMMA as the first two columns with rowspan, code and name in one cell",
        "years in one cell as `Anno 2026 ≥ 60%; Anno 2027 …` (no colon, semicolons)",
        "header synonym `Dato storico 2025` for the baseline",
        "only horizontal rules, zebra per objective, portrait, condensed font",
        "per-mille unit `‰`, euro targets `≥ € 19.000`",
        "a university instead of a chamber (missions 023/017/032)",
    ], ["`target.declining` on `Progetti presentati su bandi europei`: a higher-is-better count whose targets go "
        "`≥ 52`, `≥ 50`, `≥ 48` over 2026-2028"])


if __name__ == "__main__":
    build()
