#!/usr/bin/python3
"""h9-pira-chromium-1: a chamber of commerce's PIRA printed by Chromium. Content invented.
See the case README for the layout and the injected fault."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CHROMIUM, case_dir, chromium_pdf, dnum, doc, esc, finding, html_page3, ind, node, q, readme, vars_of, write_truth  # noqa: E402

NAME = "h9-pira-chromium-1"
ORG = "Camera di Commercio dell'Alto Ionio"
YEARS = [2026, 2027, 2028]

PROGS = [
    ("011", "Competitività e sviluppo delle imprese",
     "005", "Regolamentazione, incentivazione dei settori imprenditoriali, riduzione dei costi di produzione e "
            "sostegno alle attività produttive", [
         ("OS.11.1", "Favorire la nascita e il consolidamento di nuove imprese nel territorio", "412600.00", [
             ("K11.1a", "Aspiranti imprenditori assistiti dallo sportello Nuove imprese", "Efficacia", "N_AspImpr", "N.",
              "318", ["≥ 330", "≥ 350", "≥ 370"]),
             ("K11.1b", "Imprese avviate dopo il percorso di accompagnamento", "Outcome", "Impr_Avviate / Asp_Assistiti", "%",
              "14,2%", ["≥ 15%", "≥ 16%", "≥ 17%"]),
         ]),
         ("OS.11.2", "Accompagnare le imprese nella doppia transizione digitale ed ecologica", "538950.00", [
             ("K11.2a", "Voucher per la digitalizzazione e l'efficienza energetica concessi", "Efficacia", "N_Voucher_Conc", "N.",
              "96", ["≥ 100", "≥ 110", "≥ 120"]),
             ("K11.2b", "Tempo medio di liquidazione dei voucher dalla rendicontazione", "Efficienza",
              "GG_Liq_Voucher / N_Voucher_Liq", "gg", "47", ["≤ 45", "≤ 40", "≤ 40"]),
         ]),
     ]),
    ("012", "Regolazione dei mercati",
     "004", "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori", [
         ("OS.12.1", "Garantire la trasparenza, la legalità e la fede pubblica del mercato", "187300.00", [
             ("K12.1a", "Verifiche metrologiche periodiche su strumenti in servizio", "Volume", "N_Verif_Metr", "N.",
              "1.412", ["≥ 1.450", "≥ 1.500", "≥ 1.500"]),
             ("K12.1b", "Tempo medio di conclusione dei procedimenti sanzionatori", "Efficienza", "GG_Sanz / N_Sanz", "gg",
              "95", ["≤ 90", "≤ 85", "≤ 80"]),
         ]),
     ]),
    ("016", "Commercio internazionale ed internazionalizzazione del sistema produttivo",
     "005", "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy", [
         ("OS.16.1", "Sostenere la presenza delle piccole e medie imprese sui mercati esteri", "264000.00", [
             ("K16.1a", "Imprese partecipanti a missioni, fiere e incontri d'affari all'estero", "Efficacia", "N_Impr_Estero", "N.",
              "74", ["≥ 80", "≥ 85", "≥ 90"]),
             ("K16.1b", "Certificati di origine rilasciati entro 2 giorni lavorativi", "Qualità", "Cert_2gg / Cert_Tot", "%",
              "96,1%", ["≥ 97%", "≥ 97%", "≥ 98%"]),
         ]),
     ]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche",
     "003", "Servizi e affari generali per le amministrazioni di competenza", [
         ("OS.32.1", "Migliorare l'efficienza e la qualità dei servizi interni e di supporto", "1046720.00", [
             ("K32.1a", "Tempo medio di pagamento delle fatture passive", "Efficienza", "GG_Pag_Fatt / N_Fatt", "gg",
              "21", ["≤ 20", "≤ 20", "≤ 18"]),
             ("K32.1b", "Utenti soddisfatti dei servizi camerali (giudizio almeno buono)", "Qualità", "Ut_Soddisf / Ut_Intervistati", "%",
              "88%", ["≥ 89%", "≥ 90%", "≥ 91%"]),
             ("K32.1c", "Incidenza dei costi di struttura sui proventi correnti", "Economicità", "Costi_Strutt / Prov_Corr", "%",
              "61,4%", ["≤ 61%", "≤ 60%", "≤ 59%"]),
         ]),
     ]),
]
WRONG_EXTRA = Decimal("25000.00")

CSS = """
body { font: 8pt "DejaVu Sans"; color: #1b1b1b; }
h1 { font-size: 13pt; margin: 0 0 1mm; } h2 { font-size: 10pt; font-weight: normal; margin: 0 0 4mm; }
p.intro { font-size: 8pt; margin: 0 0 4mm; text-align: justify; }
div.prog { margin: 5mm 0 1.5mm; font-size: 8.5pt; border-left: 3mm solid #7a3b69; padding: 1mm 2mm; background: #f3ecf1; }
div.prog b { color: #7a3b69; }
table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
thead { display: table-header-group; }
th { background: #5e2b50; color: #fff; font-weight: bold; padding: 1.2mm; border: 0.4pt solid #fff; font-size: 7.5pt; }
td { padding: 1mm 1.2mm; vertical-align: top; border-bottom: 0.4pt solid #c9b6c4; }
tr.obj td { background: #e8dde5; font-weight: bold; border-bottom: 0.8pt solid #5e2b50; }
td.res { text-align: right; white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; }
td.code { font-family: "DejaVu Sans Mono"; font-size: 7.2pt; white-space: nowrap; }
td.f { font-family: "DejaVu Sans Mono"; font-size: 7pt; }
tr { page-break-inside: avoid; }
p.tot { font-size: 9pt; font-weight: bold; text-align: right; border-top: 1pt solid #5e2b50; padding-top: 1.5mm; }
"""


def main():
    d = case_dir(NAME)
    nodes, inds, body = [], [], []
    total = Decimal(0)
    body.append(f"<h1>{esc(ORG)}</h1><h2>Piano degli indicatori e dei risultati attesi di bilancio (PIRA) – "
                "allegato al preventivo economico 2026</h2>")
    body.append("<p class=\"intro\">Il presente allegato illustra, per ciascuna missione e programma di spesa, gli obiettivi "
                "che l'Ente intende perseguire nel triennio 2026-2028, le risorse destinate nel preventivo 2026 e gli "
                "indicatori con i relativi valori attesi. Il valore di partenza è riferito al preconsuntivo 2025.</p>")
    head = ("<thead><tr>" + "".join(f"<th rowspan=2>{h}</th>" for h in
            ["Cod.", "Indicatore", "Tipologia", "Metodo di calcolo", "U.M.", "Valore di partenza"]) +
            "<th colspan=3>Risultato atteso</th></tr><tr><th>2026</th><th>2027</th><th>2028</th></tr></thead>")
    for mc, mt, pc, pt, objs in PROGS:
        body.append(f"<div class=\"prog\"><b>Missione {mc}</b> – {esc(mt)} &nbsp;›&nbsp; "
                    f"<b>Programma {pc}</b> – {esc(pt)}</div>")
        body.append("<table><colgroup><col style='width:7%'><col style='width:25%'><col style='width:9%'>"
                    "<col style='width:22%'><col style='width:5%'><col style='width:8%'><col style='width:8%'>"
                    "<col style='width:8%'><col style='width:8%'></colgroup>" + head + "<tbody>")
        for oc, ot, res, ks in objs:
            rv = Decimal(res)
            total += rv
            rraw = "€ " + dnum(rv, 2)
            body.append(f"<tr class=\"obj\"><td colspan=6>Obiettivo {esc(oc)} – {esc(ot)}</td>"
                        f"<td colspan=3 class=\"res\">Risorse 2026: {rraw}</td></tr>")
            nodes.append(node(oc, "strategic", ot, resources=[rraw], mission=mc, programme=pc))
            for kc, kn, kt, kf, um, base, tg in ks:
                body.append(f"<tr><td class=\"code\">{kc}</td><td>{esc(kn)}</td><td>{esc(kt)}</td>"
                            f"<td class=\"f\">{esc(kf)}</td><td>{esc(um)}</td><td class=\"n\">{esc(base)}</td>"
                            + "".join(f"<td class=\"n\">{esc(t)}</td>" for t in tg) + "</tr>")
                inds.append(ind(kn, oc, code=kc, unit=um, type=kt, formula=kf, variables=vars_of(kf),
                                baselines=[(2025, base)], targets=list(zip(YEARS, tg))))
        body.append("</tbody></table>")
    printed = total + WRONG_EXTRA
    traw = "€ " + dnum(printed, 2)
    body.append(f"<p class=\"tot\">Totale risorse destinate agli obiettivi del PIRA 2026: {traw}</p>")
    html = html_page3("\n".join(body), CSS, landscape=True, margin="14mm 12mm 16mm",
                      bottom_center='"PIRA 2026-2028 – pag. " counter(page) " di " counter(pages)',
                      top_right=q(ORG))
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    findings = [finding("resources.sum", "total",
                        f"objective resources sum to € {dnum(total, 2)} but the printed total is {traw}")]
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, findings, resources_total=traw)
    readme(d, NAME, "Genre: **pira**", CHROMIUM.format(script="h9_pira.py"), """
Landscape A4, DejaVu Sans 8 pt (codes and formulas DejaVu Sans Mono), Chromium, two pages; running header with the
chamber at the top right, footer `PIRA 2026-2028 – pag. n di m`. Title (the chamber), subtitle and an intro paragraph
saying the starting value is the 2025 pre-closing figure. For each programme a tinted STRIP with a left colour bar
puts mission and programme on ONE line: `Missione 011 – <name> › Programma 005 – <name>`; under it a table of its
own with a two-row header (plum): `Cod. | Indicatore | Tipologia | Metodo di calcolo | U.M. | Valore di partenza |
Risultato atteso (2026 | 2027 | 2028)`. Inside the table each objective is a shaded bold row: left part
`Obiettivo OS.11.1 – <title>` spanning six columns, right part `Risorse 2026: € 412.600,00` spanning the three year
columns; its indicator rows follow (codes `K11.1a`). No weights anywhere. After the last table a right-aligned bold
line `Totale risorse destinate agli obiettivi del PIRA 2026: € …`. Truth: objectives level `strategic` with
mission/programme three-digit codes and resources; indicators with code, type, formula, unit, baseline 2025 and
three targets; resources_total = the printed total.
""", [
        "input: `input.pdf`", "mission and programme on one strip line, separated by `›`",
        "objective and its resources on one shaded row inside the indicator table",
        "target header `Risultato atteso` over the years", "Unicode operators `≥`/`≤`, `€ ` before amounts",
        "header repeated when a table crosses the page",
    ], ["`resources.sum` on the total: the objectives' resources sum to € 2.449.570,00, the printed total is "
        "€ 2.474.570,00"])


if __name__ == "__main__":
    main()
