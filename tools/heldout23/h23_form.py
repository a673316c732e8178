#!/usr/bin/python3
"""h23-form-chromium-1: objective form + indicator table (family) of a port system authority, plan 2026-2028, HTML
printed by Chromium. The form is a LEFT SIDEBAR next to the indicator table (side by side), labels above values;
`PESO` is the third column (after FORMULA); an objective weight in the form (`PESO OBIETTIVO NEL CDR`); one page
per CdR. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (CHROMIUM, case_dir23, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13,  # noqa
                      vars11, write_truth)

SCRIPT = "h23_form.py"
NAME = "h23-form-chromium-1"
ORG = "Autorità di Sistema Portuale del Medio Tirreno Meridionale"
YEARS = [2026, 2027, 2028]

# cdr, titolare, [(code, title, weight, [(ind, formula, weight, reached, [t1, t2, t3], unit)])]
CDR = [
    ("Direzione Tecnica e Infrastrutture Portuali", "Ing. Rosario Lanzafame", [
        ("OB.1.1", "Completare i dragaggi dei fondali del porto commerciale", "40", [
            ("Volume di sedimenti dragati sul programmato", "VOL_drag / VOL_prog x 100", "50", "62%",
             [">= 75%", ">= 90%", ">= 100%"], "%"),
            ("Tempo medio di rilascio delle autorizzazioni per lavori in ambito portuale", "GG_aut / N_aut", "30",
             "48 gg", ["<= 45 gg", "<= 40 gg", "<= 35 gg"], "gg"),
            ("Varianti in corso d'opera sul totale dei contratti di lavori", "N_var / N_contr x 100", "20", "12%",
             ["<= 12%", "<= 10%", "<= 10%"], "%")]),
        ("OB.1.2", "Digitalizzare la gestione delle concessioni demaniali marittime", "35", [
            ("Concessioni demaniali gestite sulla piattaforma digitale", "CONC_dig / CONC_tot x 100", "60", "38%",
             [">= 60%", ">= 80%", ">= 95%"], "%"),
            ("Canoni demaniali riscossi entro la scadenza", "CAN_risc_scad / CAN_dovuti x 100", "40", "91,5%",
             [">= 92%", ">= 93%", ">= 94%"], "%")]),
        ("OB.1.3", "Ridurre i consumi energetici degli edifici dell'Autorità", "25", [
            ("Consumo di energia elettrica degli edifici direzionali", "KWH_edif", "100", "1.284.000 kWh",
             ["<= 1.250.000 kWh", "<= 1.200.000 kWh", "<= 1.150.000 kWh"], "kWh")])]),
    ("Direzione Operativa e Security", "Dott.ssa Giovanna Ferlito", [
        ("OB.2.1", "Ridurre i tempi di attesa delle navi in rada", "50", [
            ("Tempo medio di attesa in rada delle navi portacontainer", "ORE_rada / N_navi", "70", "18,5 ore",
             ["<= 18 ore", "<= 16 ore", "<= 14 ore"], "ore"),
            ("Accosti assegnati con il sistema di prenotazione", "ACC_pren / ACC_tot x 100", "30", "55%",
             [">= 65%", ">= 75%", ">= 85%"], "%")]),
        ("OB.2.2", "Rafforzare i controlli di security sui varchi portuali", "50", [
            ("Controlli a campione sui mezzi pesanti in ingresso", "N_contr_varchi", "40", "3.420",
             [">= 3.500", ">= 3.500", ">= 3.600"], "N."),
            ("Varchi dotati di lettura automatica delle targhe", "VARCHI_ocr / VARCHI_tot x 100", "60", "50%",
             [">= 75%", ">= 100%", ">= 100%"], "%")])]),
]

CSS = """body { font-family: "Nimbus Sans", "Liberation Sans", sans-serif; font-size: 8pt; color: #111; }
h1 { font-size: 12.5pt; margin: 0 0 1mm 0; } p.sub { font-size: 9pt; margin: 0 0 2mm 0; }
p.leg { font-size: 7pt; color: #333; margin: 0 0 4mm 0; }
.cdr { page-break-after: always; } .cdr:last-child { page-break-after: auto; }
.obj { display: flex; gap: 4mm; margin-bottom: 6mm; page-break-inside: avoid; }
.side { flex: 0 0 64mm; border: 1.2pt solid #1f4e79; background: #f3f7fb; padding: 2mm 2.5mm; }
.side .lab { font-size: 6.3pt; font-weight: bold; color: #1f4e79; letter-spacing: 0.2pt; margin-top: 1.6mm; }
.side .lab:first-child { margin-top: 0; } .side .val { font-size: 8.3pt; }
table { border-collapse: collapse; flex: 1 1 0; width: 100%; table-layout: fixed; }
th { background: #1f4e79; color: #fff; font-size: 6.8pt; padding: 2pt; border: 0.5pt solid #1f4e79; }
td { border: 0.5pt solid #8aa4bf; padding: 2pt 3pt; vertical-align: top; }
td.c { text-align: center; }"""


def build():
    nodes, inds, parts = [], [], []
    head = ("<colgroup><col style='width:30%'><col style='width:17%'><col style='width:6%'><col style='width:9%'>"
            "<col style='width:9%'><col style='width:9%'><col style='width:9%'><col style='width:11%'></colgroup>"
            "<thead><tr><th>INDICATORE</th><th>FORMULA</th><th>PESO</th><th>VALORE RAGGIUNTO</th>"
            "<th>VALORE TARGET 1°ANNO</th><th>2°ANNO</th><th>3°ANNO</th><th>GRADO DI REALIZZAZIONE</th></tr></thead>")
    for cdr, tit, objs in CDR:
        blocks = []
        for code, title, ow, ilist in objs:
            side = (f"<div class=side><div class=lab>DENOMINAZIONE CDR</div><div class=val>{esc(cdr)}</div>"
                    f"<div class=lab>TITOLARE DEL CDR</div><div class=val>{esc(tit)}</div>"
                    f"<div class=lab>CODICE E DENOMINAZIONE OBIETTIVO</div><div class=val><b>{code}</b> – "
                    f"{esc(title)}</div><div class=lab>PESO OBIETTIVO NEL CDR</div><div class=val>{ow}</div></div>")
            rows = []
            nodes.append(node(code, "operational", title, weight=ow, owners=[tit], unit=cdr))
            for iname, frm, w, reached, tg, um in ilist:
                rows.append(f"<tr><td>{esc(iname)}</td><td>{esc(frm)}</td><td class=c>{w}</td>"
                            f"<td class=c>{esc(reached)}</td>" + "".join(f"<td class=c>{esc(t)}</td>" for t in tg)
                            + "<td></td></tr>")
                inds.append(ind(iname, code, unit=um, weight=w, formula=frm, variables=vars11(frm),
                                baselines=[(2025, reached)], targets=list(zip(YEARS, tg)), unit_org=cdr))
            blocks.append(f"<div class=obj>{side}<table>{head}<tbody>{''.join(rows)}</tbody></table></div>")
        parts.append(f"<div class=cdr><h1>{esc(ORG)}</h1><p class=sub>Piano della performance 2026-2028 – "
                     "Schede obiettivo per Centro di Responsabilità</p><p class=leg>1°ANNO = 2026 · 2°ANNO = 2027 · "
                     "3°ANNO = 2028 · VALORE RAGGIUNTO = valore al 31/12/2025 · PESO degli indicatori in centesimi "
                     "dell'obiettivo · GRADO DI REALIZZAZIONE da compilare in sede di Relazione sulla "
                     "performance</p>" + "".join(blocks) + "</div>")
    h = html_page3("\n".join(parts), CSS, landscape=True, margin="13mm 12mm 14mm 12mm",
                   top_right=q("AdSP – Piano della performance 2026-2028"),
                   bottom_right=q("Pagina ") + " counter(page) " + q(" di ") + " counter(pages)")
    d = case_dir23(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "objective form + indicator table (family; kind `unknown`)", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Nimbus Sans 8 pt, one page per Centro di Responsabilità (two CdR). Title, subtitle and a legend line
(`1°ANNO = 2026 · 2°ANNO = 2027 · 3°ANNO = 2028 · VALORE RAGGIUNTO = valore al 31/12/2025 …`). Each objective is a
row of two boxes SIDE BY SIDE: on the LEFT a framed SIDEBAR with the form, labels above values (`DENOMINAZIONE CDR`,
`TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO` = `OB.1.1 – title`, `PESO OBIETTIVO NEL CDR` = bare `40`);
on the RIGHT the indicator table `INDICATORE | FORMULA | PESO | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | 2°ANNO |
3°ANNO | GRADO DI REALIZZAZIONE` (dark header, GRADO cells empty in a plan). Running header top right, `Pagina n di
N` bottom right.
Truth: objectives `operational`, parent null, `unit` = the CdR, owners = [the titolare], weight = the bare objective
weight; indicators carry `unit_org` = the CdR, bare weights (`50`), VALORE RAGGIUNTO as the 2025 baseline, targets
1°/2°/3°ANNO as 2026/2027/2028; no achievements (empty GRADO cells).
""", ["form as a sidebar LEFT of the table, on the same row (not above it)", "labels above values inside the sidebar",
      "`PESO` after `FORMULA` (third column)", "objective weight printed in the form",
      "landscape, one page per CdR, form repeated for every objective", "units inside the value cells (`48 gg`, "
      "`18,5 ore`, `1.284.000 kWh`)"],
     ["objective weights sum to 100 PER CdR (40 + 35 + 25; 50 + 50), not over the document",
      "indicator weights are bare numbers summing to 100 per objective",
      "lower-is-better targets going down (`<= 45 gg` → `<= 35 gg`, `<= 18 ore` → `<= 14 ore`, kWh)",
      "`<= 12%` first target equal to the 12% reached value (maintenance), then `<= 10%` twice",
      "flat `>= 3.500` twice, `>= 100%` twice", "empty GRADO DI REALIZZAZIONE cells in a plan are not missing data"],
     [])
    return NAME


if __name__ == "__main__":
    print(build())
