#!/usr/bin/python3
"""h5-assignment-chromium-1: a local health authority's budget objectives per unit, HTML printed by Chromium."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "h5-assignment-chromium-1"
ORG = "Azienda USL Valle dell'Orcia"
YEAR = 2026
E = html.escape

OBJ = {
 "OB.01": ("Appropriatezza prescrittiva dei farmaci ad alto costo", "Prescrizioni con piano terapeutico verificato sul totale delle prescrizioni", "PT_Verif / Prescr_Tot", ["PT_Verif", "Prescr_Tot"], "≥ 95%", "%"),
 "OB.02": ("Contenimento della spesa farmaceutica convenzionata", "Spesa farmaceutica convenzionata pro capite pesata", "Spesa_Conv / Pop_Pesata", ["Spesa_Conv", "Pop_Pesata"], "≤ € 152,00", "EUR"),
 "OB.03": ("Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "Vaccinati over 65 sulla popolazione over 65 residente", "Vacc_65 / Pop_65", ["Vacc_65", "Pop_65"], "≥ 65%", "%"),
 "OB.04": ("Tempestività dei controlli sulle notifiche di attività alimentari", "Controlli eseguiti entro 60 giorni sulle notifiche ricevute", "Contr_60gg / Notif_Alim", ["Contr_60gg", "Notif_Alim"], "≥ 80%", "%"),
 "OB.05": ("Pubblicazione tempestiva degli atti nella sezione Amministrazione trasparente", "Atti pubblicati entro 15 giorni dall'adozione sul totale degli atti adottati", "Atti_15gg / Atti_Tot", ["Atti_15gg", "Atti_Tot"], "= 100%", "%"),
 "OB.06": ("Diffusione della reportistica trimestrale di budget", "Giorni tra la fine del trimestre e la diffusione del report alle strutture", "Gg_Report", ["Gg_Report"], "≤ 30 gg", "gg"),
 "OB.07": ("Digitalizzazione dei flussi documentali interni", "Determinazioni firmate digitalmente sul totale delle determinazioni adottate", "Det_Firm_Dig / Det_Tot", ["Det_Firm_Dig", "Det_Tot"], "≥ 98%", "%"),
 "OB.08": ("Presa in carico domiciliare dei pazienti anziani", "Pazienti over 75 in assistenza domiciliare integrata sulla popolazione over 75", "ADI_75 / Pop_75", ["ADI_75", "Pop_75"], "≥ 10%", "%"),
}
UNITS = [
 ("UOC Farmaceutica Territoriale", "Dott.ssa Elena Ferrante", [("OB.01", "45"), ("OB.02", "35"), ("OB.05", "20")]),
 ("UOC Igiene e Sanità Pubblica", "Dott. Marco Bellandi", [("OB.03", "50"), ("OB.04", "30"), ("OB.05", "20")]),
 ("UOSD Controllo di Gestione", "Dott.ssa Chiara Nocentini", [("OB.06", "60"), ("OB.07", "40"), ("OB.05", None)]),
 ("Distretto Sanitario Alta Valle", "Dott. Paolo Giannetti", [("OB.08", "80"), ("OB.05", "20")]),
]

def build():
    d = case_dir(NAME)
    rows, nodes, inds = [], [], []
    for uname, head, objs in UNITS:
        rows.append('<tr class="unit"><td colspan="4">%s</td><td colspan="2" class="resp">Direttore: %s</td></tr>' % (E(uname), E(head)))
        for k, (oc, w) in enumerate(objs):
            title, iname, fo, vs, tg, un = OBJ[oc]
            rows.append('<tr class="%s"><td>%s</td><td>%s</td><td>%s</td><td class="f">%s</td><td class="n">%s</td><td class="n">%s</td></tr>' % (
                "z" if k % 2 else "", oc, E(title), E(iname), E(fo), E(tg), w or ""))
            nodes.append(node(oc, "operational", title, weight=w, unit=uname))
            inds.append(ind(None, iname, oc, formula=fo, variables=vs, unit=un, targets=[Y(YEAR, tg)], unit_org=uname))
    page = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page { size: A4 portrait; margin: 14mm 11mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.8pt; }
.title { border: 1pt solid #2e6b4f; padding: 6pt 8pt; margin-bottom: 10pt; }
.title b { font-size: 12pt; color: #2e6b4f; } .title div { margin-top: 2pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #2e6b4f; color: #fff; padding: 3pt; font-size: 8.4pt; border: 0.6pt solid #fff; }
td { padding: 3pt; vertical-align: top; }
tr.z td { background: #eef5f1; }
tr.unit td { background: #cfe3d8; font-weight: bold; border-top: 1pt solid #2e6b4f; padding-top: 5pt; }
td.resp { font-weight: normal !important; font-style: italic; text-align: right; }
td.n { text-align: center; white-space: nowrap; }
td.f { font-size: 7.6pt; color: #333; }
tr { page-break-inside: avoid; }
</style></head><body>
<div class="title"><b>{{ORG}}</b><div>Ciclo della performance 2026 &ndash; Allegato 3</div><div>Obiettivi di budget 2026 assegnati alle strutture organizzative</div></div>
<table><thead>
<tr><th colspan="2">Obiettivo</th><th colspan="2">Indicatore</th><th rowspan="2">Valore atteso 2026</th><th rowspan="2">Peso %</th></tr>
<tr><th style="width:7%">Cod.</th><th style="width:27%">Descrizione</th><th style="width:29%">Descrizione</th><th style="width:17%">Formula</th></tr>
</thead><tbody>
{{ROWS}}
</tbody></table>
<p style="font-size:7.6pt;margin-top:10pt">Il peso esprime l'incidenza percentuale di ciascun obiettivo sulla valutazione della struttura.
Gli obiettivi comuni a più strutture sono ripetuti sotto ciascuna di esse con il peso attribuito alla struttura.</p>
</body></html>""".replace("{{ORG}}", E(ORG)).replace("{{ROWS}}", "\n".join(rows))
    html_to_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "assignment", "organisation": ORG, "title": None, "years": [YEAR]}], nodes, inds,
                [finding("weight.missing", "OB.05", "OB.05 has no weight under UOSD Controllo di Gestione while OB.06 and OB.07 carry one", unit="UOSD Controllo di Gestione")])
    write_readme(d, """
# h5-assignment-chromium-1

- kind: assignment (genre) — a local health authority's budget objectives per unit
- producer: HTML printed by Chromium
- layout: A4 portrait, sans font; boxed title block; header over two rows
  (`Obiettivo` and `Indicatore` each merged over two sub-columns, the other
  two merged vertically), dark header with white text; no cell rules, zebra
  shading on the objective rows; each unit is a shaded band row with the
  director's name right-aligned; one common objective (OB.05) repeated under
  every unit (weight 20 wherever it is printed); a note under the table.
- variations: weights as bare numbers under a `Peso %` header; codes `OB.01`;
  one indicator per objective without a code; Unicode operators, a euro target
  `≤ € 152,00`, `= 100%`.
- fault: weight.missing — OB.05 carries no weight under UOSD Controllo di
  Gestione (its siblings OB.06 60 and OB.07 40 do).
""")

if __name__ == "__main__":
    build()
