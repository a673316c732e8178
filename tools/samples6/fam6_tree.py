#!/usr/bin/python3
"""fam5-tree-chromium-1: tree with past values and per-year triplets, printed by Chromium. Content invented."""
import os

from common6 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q, td,
                     th, write_readme, write_truth)

ORG = "Azienda USL della Val Corvara"
PAST = [2022, 2023]
YEARS = [2024, 2025]

# indicator: (code, name, unit, [past22, past23], [(target, result, pct) 2024, 2025], fonte)
TREE = [
    ("P", "PREVENZIONE E SANITÀ PUBBLICA", [
        ("P.1", "Aumentare l'adesione ai programmi di screening oncologico", [
            ("P.1.a", "Maggiore copertura della popolazione bersaglio", [
                ("P.1.a.01", "Adesione allo screening mammografico", "%", ["58,4%", "61,0%"],
                 [(">= 62%", "63,5%", "100%"), (">= 65%", "64,1%", "98,6%")], "Registro screening regionale"),
                ("P.1.a.02", "Adesione allo screening colorettale", "%", ["39,2%", "41,8%"],
                 [(">= 43%", "40,9%", "95,1%"), (">= 45%", "dato in aggiornamento", "–")],
                 "Registro screening regionale"),
            ]),
            ("P.1.b", "Percorso rapido dopo un esame di primo livello positivo", [
                ("P.1.b.01", "Tempo medio tra mammografia positiva e approfondimento", "gg", ["24 gg", "22 gg"],
                 [("<= 21 gg", "20 gg", "100%"), ("<= 20 gg", "21 gg", "95,2%")], "Sistema informativo screening"),
            ]),
        ]),
        ("P.2", "Rafforzare la sicurezza alimentare e la sanità veterinaria", [
            ("P.2.a", "Controlli ufficiali programmati eseguiti nei tempi", [
                ("P.2.a.01", "Controlli ufficiali eseguiti sul totale dei programmati", "%", ["91%", "94%"],
                 [(">= 95%", "96,2%", "100%"), (">= 97%", "97,4%", "100%")], "Applicativo controlli ufficiali"),
                ("P.2.a.02", "Campioni analizzati per la ricerca di residui di fitofarmaci", "N.", ["1.180", "1.224"],
                 [("= 1.250", "1.273", "100%"), ("= 1.300", "1.296", "99,7%")], "Laboratorio di sanità pubblica"),
            ]),
        ]),
    ]),
    ("S", "ASSISTENZA SPECIALISTICA E OSPEDALIERA", [
        ("S.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali", [
            ("S.1.a", "Prestazioni con priorità B erogate entro dieci giorni", [
                ("S.1.a.01", "Prime visite di classe B erogate entro 10 giorni", "%", ["71%", "76%"],
                 [(">= 80%", "78,4%", "98,0%"), (">= 85%", "86,1%", "100%")], "Cruscotto tempi di attesa"),
                ("S.1.a.02", "Tempo medio di attesa per la prima visita cardiologica", "gg", ["42 gg", "38 gg"],
                 [("<= 30 gg", "36 gg", "93,3%"), ("<= 28 gg", "29 gg", "96,6%")], "CUP aziendale"),
            ]),
            ("S.1.b", "Appropriatezza delle prescrizioni specialistiche", [
                ("S.1.b.01", "Prescrizioni con indicazione della classe di priorità", "%", ["88,2%", "92,5%"],
                 [(">= 95%", "95,8%", "100%"), (">= 97%", "96,0%", "99,0%")], "Flusso ricette dematerializzate"),
            ]),
        ]),
        ("S.2", "Migliorare la sicurezza delle cure nei presidi ospedalieri", [
            ("S.2.a", "Riduzione degli eventi avversi durante il ricovero", [
                ("S.2.a.01", "Consumo di gel idroalcolico per 1.000 giornate di degenza (litri)", None,
                 ["14,2", "17,9"], [(">= 20", "21,3", "100%"), (">= 22", "20,8", "94,5%")], "Farmacia ospedaliera"),
                ("S.2.a.02", "Cadute con danno per 1.000 giornate di degenza", None, ["0,42", "0,38"],
                 [("< 0,35", "0,31", "100%"), ("< 0,30", "0,33", "90,9%")], "Incident reporting aziendale"),
            ]),
        ]),
    ]),
]

CSS = """
body { font: 8pt "Liberation Sans Narrow", "Liberation Sans", sans-serif; color: #111; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 1mm 0 3mm 0; }
p { margin: 0 0 3mm 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { background: #1f4e5f; color: #fff; font-weight: bold; text-align: center; vertical-align: middle;
  padding: 1.4mm 0.8mm; border: 0.6pt solid #fff; }
td { padding: 1mm 0.8mm; vertical-align: top; border-bottom: 0.3pt solid #bbb; }
tr.area td { background: #1f4e5f; color: #fff; font-weight: bold; font-size: 8.6pt; }
tr.os td { font-weight: bold; background: #d9e6ea; }
tr.out td { font-style: italic; }
tr.out td.t { padding-left: 4mm; }
tr.kpi td.t { padding-left: 8mm; }
tr.kpi:nth-of-type(even) td { background: #f4f6f7; }
td.v { text-align: right; }
td.src { font-size: 7pt; color: #333; }
"""
HEAD = ["Codice", "Descrizione", "Dato storico 2022", "Dato storico 2023", "Target 2024", "Risultato 2024",
        "% 2024", "Target 2025", "Risultato 2025", "% 2025", "Fonte dati"]
WIDTHS = [6.5, 27, 6.5, 6.5, 7, 7, 5, 7, 8, 5, 14.5]


def build():
    name = "fam5-tree-chromium-1"
    d = case_dir(name)
    nodes, inds, rows = [], [], []
    for ac, at, oss in TREE:
        nodes.append(node(ac, "area", at))
        rows.append("<tr class=\"area\">" + td(f"{ac} – {at}", colspan=11) + "</tr>")
        for sc, st, outs in oss:
            nodes.append(node(sc, "strategic", st, parent=ac))
            rows.append("<tr class=\"os\">" + td(sc) + td(st, "t", colspan=10) + "</tr>")
            for oc, ot, kpis in outs:
                nodes.append(node(oc, "operational", ot, parent=sc))
                rows.append("<tr class=\"out\">" + td(oc) + td(ot, "t", colspan=10) + "</tr>")
                for kc, kn, unit, past, trip, src in kpis:
                    cells = [td(kc), td(kn, "t")] + [td(p, "v") for p in past]
                    for t, r, p in trip:
                        cells += [td(t, "v"), td(r, "v"), td(p, "v")]
                    cells.append(td(src, "src"))
                    rows.append("<tr class=\"kpi\">" + "".join(cells) + "</tr>")
                    inds.append(ind(kn, oc, code=kc, unit=unit, baselines=list(zip(PAST, past)),
                                    targets=[(y, t[0]) for y, t in zip(YEARS, trip)],
                                    results=[(y, t[1]) for y, t in zip(YEARS, trip)],
                                    achievement=[(y, t[2]) for y, t in zip(YEARS, trip) if t[2] != "–"]))
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Relazione sulla performance 2025 – Albero della performance: risultati 2024 e 2025</h2>",
            "<p>Per ogni indicatore sono riportati i valori storici e, per ciascun anno, il target, il risultato e la "
            "percentuale di raggiungimento (risultato/target, o target/risultato per gli indicatori da ridurre, fino a "
            "un massimo del 100%). Aree strategiche in fascia scura, obiettivi strategici in grassetto, risultati "
            "attesi (outcome) in corsivo.</p>",
            "<table><colgroup>" + "".join(f"<col style=\"width:{w}%\">" for w in WIDTHS) + "</colgroup>",
            "<thead><tr>" + "".join(th(h) for h in HEAD) + "</tr></thead><tbody>"] + rows + ["</tbody></table>"]
    html = html_page3("\n".join(body), CSS, landscape=True, margin="13mm 12mm 14mm 12mm",
                      top_left=q(ORG + " – Relazione sulla performance 2025"),
                      bottom_right='"pag. " counter(page)', hf_font='7pt "Liberation Sans Narrow"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, [
        finding("achievement.mismatch", "S.1.a.02",
                "2024: result 36 gg against target <= 30 gg (lower is better) gives 30/36 = 83,3%, but 93,3% is printed")])
    write_readme(d, name, """
Landscape A4, Chromium, Liberation Sans Narrow 8 pt; a health authority's report on two years. Title, subtitle, a
paragraph explaining the triplets and the look of each level. One table whose header is ONE row (no merged year groups):
`Codice | Descrizione | Dato storico 2022 | Dato storico 2023 | Target 2024 | Risultato 2024 | % 2024 | Target 2025 |
Risultato 2025 | % 2025 | Fonte dati` — every header cell names its year, and the triplet order is Target, Risultato, %.
No level column: areas are dark bands (`P – PREVENZIONE E SANITÀ PUBBLICA`, code and title in one spanning cell),
strategic objectives bold shaded rows (`P.1`), outcomes italic and indented (`P.1.a`, a letter as the last part),
indicators plain and indented further (`P.1.a.01`); tree rows carry code and title only. Hairlines under rows, zebra on
indicator rows; one page. Values `58,4%`, `<= 21 gg`, `= 1.250`, `< 0,35`; a 2025 result `dato in
aggiornamento` with `–` as %. Source column last. Running header and `pag. n` footer. Truth: band = `area`, bold =
`strategic`, italic = `operational`; indicators belong to the outcome above; Dato storico 2022/2023 = baselines;
targets, results and achievement of 2024 and 2025 (no achievement where `–`); units null where none is printed.
""", CHROMIUM_PRODUCER.format(script="fam6_tree.py"), [
        "single-row header, the year inside each header cell (`Target 2024`, `% 2024`)",
        "triplet order Target, Risultato, %",
        "header synonyms `Dato storico 2022`, `Fonte dati`",
        "outcome codes with a letter (`P.1.a`), indicator codes `P.1.a.01`",
        "levels by band / bold / italic and indentation, no level column",
        "Liberation Sans Narrow, zebra, hairlines only",
    ], ["`achievement.mismatch` on `S.1.a.02` (Tempo medio di attesa per la prima visita cardiologica): 2024 result "
        "36 gg against `<= 30 gg` gives 83,3%, but `93,3%` is printed"])


if __name__ == "__main__":
    build()
