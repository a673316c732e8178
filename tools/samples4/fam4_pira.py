#!/usr/bin/python3
"""Family: PIRA. Chromium: `MISSIONE 011 – …` / `PROGRAMMA 005 – …` as document headings (not table rows), one table
per programme with three target year columns; one target cell spans the three columns and prints
`Anno 2026: >= 90% Anno 2027: >= 92% Anno 2028: >= 95%`; resources `€ 1.234.567,00` per objective; a closing
`TOTALE GENERALE` resources line."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, node, q,  # noqa: E402
                     write_readme, write_truth)

YEARS = (2026, 2027, 2028)


def camera():
    name = "fam4-pira-chromium-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura dell'Altopiano"
    missions = [
        ("011", "Competitività e sviluppo delle imprese", [
            ("005", "Promozione e attuazione di politiche di sviluppo, competitività e innovazione, di responsabilità "
                    "sociale d'impresa e movimento cooperativo", [
                ("A.01", "Sostenere la transizione digitale ed ecologica delle imprese", 1234567.00, [
                    ("Imprese assistite dal Punto Impresa Digitale", "Output", "N.", (">= 350", ">= 380", ">= 400")),
                    ("Contributi liquidati entro 60 giorni dalla rendicontazione", "Efficienza", "%",
                     ("SPAN", ">= 90%", ">= 92%", ">= 95%"))]),
                ("A.02", "Favorire la nascita di nuove imprese", 418300.50, [
                    ("Aspiranti imprenditori accompagnati", "Output", "N.", (">= 120", ">= 130", ">= 140")),
                    ("Nuove imprese avviate dopo l'accompagnamento", "Outcome", "%", (">= 25%", ">= 27%", ">= 30%"))]),
            ]),
        ]),
        ("012", "Regolazione dei mercati", [
            ("004", "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori", [
                ("B.01", "Rafforzare la vigilanza sulla sicurezza dei prodotti", 265000.00, [
                    ("Ispezioni effettuate", "Output", "N.", (">= 60", ">= 65", ">= 70")),
                    ("Tempo medio di chiusura dei procedimenti sanzionatori", "Efficienza", "gg",
                     ("<= 90 gg", "<= 85 gg", "<= 80 gg"))]),
            ]),
        ]),
        ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
            ("004", "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche", [
                ("C.01", "Garantire la salute economico-finanziaria dell'ente", 2087450.25, [
                    ("Indice di tempestività dei pagamenti", "Efficienza", "gg", ("<= 0", "<= 0", "<= 0")),
                    ("Incidenza dei costi di struttura sui proventi correnti", "Economicità", "%",
                     ("<= 45%", "<= 44%", "<= 43%"))]),
                ("C.02", "Digitalizzare i procedimenti interni", 96780.00, [
                    ("Procedimenti gestiti interamente in modalità digitale", "Output", "%",
                     (">= 80%", ">= 90%", "= 100%"))]),
            ]),
        ]),
    ]
    true_sum = sum(o[2] for m in missions for p in m[2] for o in p[2])
    printed_total = true_sum + 10000.00   # fault: the printed grand total is 10.000,00 above the sum
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.4pt; }
h1 { font-size: 12.5pt; margin: 0; } p.sub { font-size: 10pt; margin: 1mm 0 4mm 0; }
h2 { font-size: 10pt; margin: 6mm 0 1mm 0; color: #7b241c; } h3 { font-size: 9pt; margin: 1mm 0 2mm 0; font-style: italic; font-weight: normal; }
table { border-collapse: collapse; width: 100%; } th { background: #f2d7d5; border: 0.5pt solid #888; padding: 2pt 3pt; }
td { border: 0.5pt solid #888; padding: 2pt 3pt; vertical-align: top; } td.r { text-align: right; white-space: nowrap; }
td.y { text-align: center; width: 17mm; } tr { break-inside: avoid; }
p.tot { font-weight: bold; font-size: 10pt; margin-top: 6mm; border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 2mm 0; }"""
    h = [f"<h1>{esc(org)}</h1>",
         f"<p class=sub>Piano degli indicatori e dei risultati attesi di bilancio (PIRA) – triennio {YEARS[0]}-{YEARS[-1]}</p>",
         "<p>Il piano associa a ciascun obiettivo, per missione e programma, le risorse stanziate nel preventivo "
         f"economico {YEARS[0]} e i valori attesi degli indicatori per ciascun anno del triennio.</p>"]
    nodes, inds = [], []
    for mcode, mtitle, progs in missions:
        h.append(f"<h2>MISSIONE {mcode} – {esc(mtitle)}</h2>")
        for pcode, ptitle, objs in progs:
            h.append(f"<h3>PROGRAMMA {pcode} – {esc(ptitle)}</h3>")
            h.append("<table><thead><tr><th rowspan=2>Codice</th><th rowspan=2>Obiettivo</th><th rowspan=2>Risorse "
                     "finanziarie</th><th rowspan=2>Indicatore</th><th rowspan=2>Tipologia</th><th rowspan=2>U.M.</th>"
                     "<th colspan=3>Target</th></tr><tr>" + "".join(f"<th>{y}</th>" for y in YEARS) +
                     "</tr></thead><tbody>")
            for ocode, otitle, res, ilist in objs:
                rs = len(ilist)
                rraw = "€ " + it_num(res, 2)
                nodes.append(node(ocode, "strategic", otitle, resources=[rraw], mission=mcode, programme=pcode))
                for k, (iname, typ, um, tg) in enumerate(ilist):
                    row = "<tr>"
                    if k == 0:
                        row += (f"<td rowspan={rs}><b>{ocode}</b></td><td rowspan={rs}>{esc(otitle)}</td>"
                                f"<td rowspan={rs} class=r>{rraw}</td>")
                    row += f"<td>{esc(iname)}</td><td>{typ}</td><td>{um}</td>"
                    if tg[0] == "SPAN":
                        vals = tg[1:]
                        row += "<td colspan=3>" + " ".join(f"Anno {y}: {esc(v)}" for y, v in zip(YEARS, vals)) + "</td>"
                    else:
                        vals = tg
                        row += "".join(f"<td class=y>{esc(v)}</td>" for v in vals)
                    h.append(row + "</tr>")
                    inds.append(ind(iname, ocode, unit=um, type=typ, targets=list(zip(YEARS, vals))))
            h.append("</tbody></table>")
    tot_raw = "€ " + it_num(printed_total, 2)
    h.append(f"<p class=tot>TOTALE GENERALE RISORSE ASSEGNATE AGLI OBIETTIVI: {tot_raw}</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, landscape=True, margin="13mm 12mm",
                            bottom_center='"PIRA " ' + q(f"{YEARS[0]}-{YEARS[-1]}") + '" – pagina " counter(page)'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, list(YEARS), kind="pira")], nodes, inds, [finding(
        "resources.sum", "TOTALE GENERALE",
        f"the objectives' resources sum to € {it_num(true_sum, 2)} but the TOTALE GENERALE prints {tot_raw}")],
        resources_total=tot_raw)
    write_readme(d, name, f"""
Landscape A4, Chromium, DejaVu Sans 8.4 pt, ruled tables. Title, `Piano degli indicatori e dei risultati attesi di
bilancio (PIRA) – triennio 2026-2028`, a paragraph. Missions and programmes are document HEADINGS, not table rows:
`MISSIONE 011 – Competitività e sviluppo delle imprese` (bold, coloured), `PROGRAMMA 005 – …` (italic, long titles).
One table per programme with a two-row header `Codice | Obiettivo | Risorse finanziarie | Indicatore | Tipologia | U.M. |
Target (2026 | 2027 | 2028)`; code (`A.01`, bold), title and resources (`€ 1.234.567,00`) span the indicator rows.
Targets are one column per year, except ONE cell spanning the three year columns that prints
`Anno 2026: >= 90% Anno 2027: >= 92% Anno 2028: >= 95%` on one run. Two programmes share the code `004` under
different missions (012 and 032). A closing bold line `TOTALE GENERALE RISORSE ASSEGNATE AGLI OBIETTIVI: {tot_raw}`;
footer `PIRA 2026-2028 – pagina n`. Truth: objectives `strategic` with mission/programme codes, resources raw as
printed, one target per year (the spanning cell split per year, raw `>= 90%`); no baselines.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples4/fam4_pira.py`.",
                 ["mission/programme as headings outside the tables, one table per programme",
                  "target years as columns, one cell spanning them with `Anno <year>:` parts",
                  "a `TOTALE GENERALE` resources line", "programme code 004 under two missions"],
                 [f"`resources.sum`: the objectives' resources sum to € {it_num(true_sum, 2)}, the TOTALE GENERALE "
                  f"prints {tot_raw} (10.000,00 more)"])


if __name__ == "__main__":
    camera()
