#!/usr/bin/python3
"""h5-plan-chromium-1: a comune's PIAO performance tree, HTML printed by Chromium."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "h5-plan-chromium-1"
ORG = "Comune di Valdicastro"
YEARS = [2026, 2027, 2028]

# area -> strategic -> operational -> indicators
# indicator: code, name, formula, vars, unit, type, weight, baseline2025, targets, owner
TREE = [
 ("A", "Città sostenibile e vivibile", None, [
   ("A.1", "Ridurre l'impatto ambientale dei servizi comunali", "60,00%", [
     ("A.1.1", "Aumentare la raccolta differenziata nei quartieri periferici", "50,00%", [
       ("A11-01", "Percentuale di raccolta differenziata", "Rd_kg / Rifiuti_kg", ["Rd_kg", "Rifiuti_kg"], "%", "Efficacia", "70,00%", "68,4%", ["≥ 70%", "≥ 72%", "≥ 75%"], "Settore Ambiente"),
       ("A11-02", "Isole ecologiche informatizzate attive", "N_Isole_Att", ["N_Isole_Att"], "N.", "Volume", "30,00%", "4", ["≥ 6", "≥ 8", "≥ 10"], "Settore Ambiente")]),
     ("A.1.2", "Efficientamento energetico degli edifici scolastici", "50,00%", [
       ("A12-01", "Consumo medio di energia per edificio scolastico (MWh)", "MWh_Scuole / N_Edifici_Scol", ["MWh_Scuole", "N_Edifici_Scol"], "N.", "Efficienza", "100,00%", "212,5", ["≤ 205", "≤ 198", "≤ 190"], "Settore Lavori Pubblici")])]),
   ("A.2", "Migliorare la mobilità urbana e la sicurezza stradale", "40,00%", [
     ("A.2.1", "Estendere la rete ciclabile comunale", "100,00%", [
       ("A21-01", "Chilometri di pista ciclabile realizzati nell'anno", "Km_Cicl_Nuovi", ["Km_Cicl_Nuovi"], "N.", "Volume", "50,00%", "1,8", ["≥ 2,0", "≥ 2,5", "≥ 3,0"], "Settore Lavori Pubblici"),
       ("A21-02", "Tempo medio di rilascio dei permessi ZTL", "Gg_Permessi_ZTL / N_Permessi_ZTL", ["Gg_Permessi_ZTL", "N_Permessi_ZTL"], "gg", "Efficienza", "50,00%", "9 gg", ["≤ 7 gg", "≤ 6 gg", "≤ 5 gg"], "Polizia Locale")])])]),
 ("B", "Amministrazione aperta, digitale ed efficiente", None, [
   ("B.1", "Digitalizzare i servizi al cittadino", "50,00%", [
     ("B.1.1", "Portare online le istanze dei servizi demografici e scolastici", "33,33%", [
       ("B11-01", "Istanze presentate online sul totale delle istanze", "Ist_Online / Ist_Totali", ["Ist_Online", "Ist_Totali"], "%", "Efficacia", "100,00%", "41%", ["≥ 50%", "≥ 60%", "≥ 70%"], "Servizi Demografici")]),
     ("B.1.2", "Pagamenti elettronici tramite pagoPA", "33,33%", [
       ("B12-01", "Incassi tramite pagoPA sul totale degli incassi da servizi", "Inc_PagoPA / Inc_Servizi", ["Inc_PagoPA", "Inc_Servizi"], "%", "Efficacia", "100,00%", "77,2%", ["≥ 80%", "≥ 85%", "≥ 90%"], "Servizio Finanziario")]),
     ("B.1.3", "Accessibilità e usabilità del sito istituzionale", "33,33%", [
       ("B13-01", "Pagine del sito conformi alle linee guida AgID", "Pag_Conformi / Pag_Totali", ["Pag_Conformi", "Pag_Totali"], "%", "Qualità", "50,00%", "N/D", ["≥ 90%", "≥ 95%", "≥ 98%"], "Servizio Sistemi Informativi"),
       ("B13-02", "Aggiornamento della carta dei servizi pubblicata online", "Carta_Agg", ["Carta_Agg"], None, "Qualità", "50,00%", "N/D", ["Annuale", "Annuale", "Annuale"], "Segreteria Generale")])]),
   ("B.2", "Tempestività dei pagamenti e solidità finanziaria", "50,00%", [
     ("B.2.1", "Ridurre i tempi di pagamento dei fornitori", "60,00%", [
       ("B21-01", "Indicatore annuale di tempestività dei pagamenti", "Somma(Gg_Ritardo * Importo) / Importo_Tot", ["Gg_Ritardo", "Importo", "Importo_Tot"], "gg", "Efficienza", "100,00%", "-3 gg", ["≤ -5 gg", "≤ -5 gg", "≤ -6 gg"], "Servizio Finanziario")]),
     ("B.2.2", "Migliorare la riscossione delle entrate proprie", "40,00%", [
       ("B22-01", "Capacità di riscossione delle entrate tributarie", "Risc_Trib / Accert_Trib", ["Risc_Trib", "Accert_Trib"], "%", "Salute economica", "60,00%", "81,5%", ["≥ 83%", "≥ 85%", "≥ 87%"], "Servizio Tributi"),
       ("B22-02", "Avvisi di accertamento IMU emessi", "N_Avvisi_IMU", ["N_Avvisi_IMU"], "N.", "Volume", "40,00%", "1.140", ["≥ 1.200", "≥ 1.250", "≥ 1.300"], "Servizio Tributi")])])]),
]

E = html.escape

def build():
    d = case_dir(NAME)
    rows, nodes, inds = [], [], []
    for acode, atitle, aw, strats in TREE:
        nodes.append(node(acode, "area", atitle.upper()))
        rows.append('<tr class="area"><td>%s</td><td colspan="9">%s</td></tr>' % (E(acode), E(atitle.upper())))
        for scode, stitle, sw, ops in strats:
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            rows.append('<tr class="strat"><td>%s</td><td>%s</td><td class="n">%s</td><td colspan="7"></td></tr>' % (scode, E(stitle), sw))
            for ocode, otitle, ow, indl in ops:
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow))
                rows.append('<tr class="op"><td>%s</td><td>%s</td><td class="n">%s</td><td colspan="7"></td></tr>' % (ocode, E(otitle), ow))
                for (c, nm, fo, vs, un, ty, w, b, tg, own) in indl:
                    unit_print = {"%": "%", "N.": "N.", "gg": "gg", None: "-"}[un]
                    rows.append('<tr class="ind"><td>%s</td><td>%s<div class="f">%s</div></td><td class="n">%s</td><td>%s</td><td>%s</td><td class="n">%s</td>%s<td>%s</td></tr>' % (
                        E(c), E(nm), E(fo), w, E(ty), unit_print, E(b),
                        "".join('<td class="n">%s</td>' % E(t) for t in tg), E(own)))
                    inds.append(ind(c, nm, ocode, formula=fo, variables=vs, unit=un, type=ty,
                                    weight=w, baselines=[] if b == "N/D" else [Y(2025, b)],
                                    targets=[Y(y, t) for y, t in zip(YEARS, tg)], owners=[own]))
                    if b == "N/D":
                        inds[-1]["baselines"] = [Y(2025, "N/D")]
    page = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 16mm 12mm 16mm 12mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 8.6pt; color: #111; }
tr.run td { border: none; font-size: 7.5pt; color: #555; font-family: 'DejaVu Sans', sans-serif; }
.hdr { position: fixed; top: -11mm; left: 0; right: 0; font-size: 7.5pt; color: #555; border-bottom: 0.4pt solid #999; }
.ftr { position: fixed; bottom: -11mm; left: 0; right: 0; font-size: 7.5pt; color: #555; text-align: right; }
h1 { font-size: 12pt; margin: 0 0 2pt 0; } h2 { font-size: 10pt; font-weight: normal; margin: 0 0 8pt 0; }
table { border-collapse: collapse; width: 100%; }
th { font-weight: bold; border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt; text-align: left; vertical-align: bottom; }
thead tr:nth-child(2) th { border-bottom: 0.4pt solid #000; }
td { border-bottom: 0.4pt solid #777; padding: 2.5pt 3pt; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
tr.area td { font-weight: bold; font-size: 9.4pt; border-bottom: 1pt solid #000; padding-top: 8pt; }
tr.strat td { font-weight: bold; } tr.op td { font-style: italic; }
tr { page-break-inside: avoid; }
.f { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.2pt; color: #333; margin-top: 1pt; }
</style></head><body>
<h1>{{ORG}} &ndash; Provincia di Montelago</h1>
<h2>Piano Integrato di Attività e Organizzazione 2026-2028 &ndash; Allegato A: linee strategiche, obiettivi e indicatori</h2>
<table><thead>
<tr class="run"><td colspan="10">{{ORG}} &middot; PIAO 2026-2028 &middot; Sottosezione 2.2 Performance</td></tr>
<tr><th rowspan="2" style="width:7%">Codice</th><th rowspan="2">Linea / obiettivo / indicatore<br>(algoritmo di calcolo)</th><th rowspan="2">Peso</th><th rowspan="2">Tipologia</th><th rowspan="2">U.M.</th><th rowspan="2">Base line 2025</th><th colspan="3" style="text-align:center">Target</th><th rowspan="2">Settore responsabile</th></tr>
<tr><th>2026</th><th>2027</th><th>2028</th></tr>
</thead><tfoot><tr class="run"><td colspan="10" style="text-align:right;padding-top:6pt">Allegato A &ndash; Albero della performance</td></tr></tfoot><tbody>
{{ROWS}}
</tbody></table>
<p style="font-size:7.5pt;margin-top:8pt">N/D: dato non disponibile. Annuale: attività da ripetere ogni anno, senza valore numerico.</p>
</body></html>""".replace("{{ORG}}", ORG).replace("{{ROWS}}", "\n".join(rows))
    html_to_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds)
    write_readme(d, """
# h5-plan-chromium-1

- kind: plan (genre) — a comune's PIAO performance tree
- producer: HTML printed by Chromium (headless, no browser header/footer)
- layout: A4 landscape, serif body font, monospaced formula line under each
  indicator name; horizontal rules only (no vertical lines); header over two
  rows with `Target` merged over the three years; lines / strategic /
  operational rows in bold / italic; rows run over pages with the table header
  repeated; running header and footer printed by the page (fixed elements).
- variations: letter codes (`A`, `A.1`, `A.1.1`, `A11-01`); lines (areas) carry
  no weight; one group of thirds `33,33%` (sums to 99,99%: rounding only);
  Unicode operators `≥`/`≤`; negative days (`≤ -5 gg`); a date target followed
  by `Annuale`; `N/D` baselines; thousands with a dot (`1.140`).
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
