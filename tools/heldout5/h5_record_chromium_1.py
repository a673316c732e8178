#!/usr/bin/python3
"""h5-record-chromium-1: a ministry's objective record blocks, HTML printed by Chromium."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "h5-record-chromium-1"
ORG = "Ministero per le Politiche del Mare e delle Isole Minori"
YEARS = [2026, 2027, 2028]
E = html.escape

# code, title, (mission code, mission title), (programme code, title), CdR, resources, indicators
# indicator: name, type, unit printed, truth unit, formula, weight, baseline, targets
DATA = [
 ("204", "Rafforzare i controlli sulla pesca illegale nelle aree marine protette",
  ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente"),
  ("013", "Tutela e conservazione dell'ambiente marino e costiero"),
  "Direzione generale per la tutela del mare", "€ 12.480.000,00", [
   ("Aree marine protette sottoposte ad almeno due ispezioni nell'anno", "Indicatore di risultato (output)", "Percentuale", "%",
    "Numero di aree marine protette con almeno due ispezioni / numero totale di aree marine protette", "60%", "78%", ["≥ 80%", "≥ 85%", "≥ 90%"]),
   ("Sanzioni notificate entro 90 giorni dall'accertamento", "Indicatore di efficienza", "Percentuale", "%",
    "Sanzioni notificate entro 90 giorni / sanzioni accertate nell'anno", "40%", "66,5%", ["≥ 70%", "≥ 75%", "≥ 80%"])]),
 ("215", "Garantire la continuità territoriale con le isole minori",
  ("013", "Diritto alla mobilità e sviluppo dei sistemi di trasporto"),
  ("009", "Sviluppo e sicurezza della navigazione e del trasporto marittimo"),
  "Direzione generale per la continuità territoriale", "€ 35.267.438,00", [
   ("Corse di collegamento marittimo effettuate rispetto a quelle programmate", "Indicatore di risultato (output)", "Percentuale", "%",
    "Corse effettuate / corse programmate nei contratti di servizio", "70%", "97,2%", ["≥ 98%", "≥ 98%", "≥ 98%"]),
   ("Tempo medio di erogazione dei contributi agli armatori", "Indicatore di efficienza", "Giorni", "gg",
    "Somma dei giorni tra istanza completa e pagamento / numero di contributi erogati", "30%", "74 gg", ["≤ 70 gg", "≤ 65 gg", "N/D"])]),
 ("221", "Digitalizzare le procedure di rilascio delle concessioni demaniali marittime",
  ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche"),
  ("003", "Servizi e affari generali per le amministrazioni di competenza"),
  "Direzione generale per il demanio marittimo", "€ 4.321.772,00", [
   ("Istanze di concessione presentate tramite il portale telematico", "Indicatore di realizzazione fisica", "Percentuale", "%",
    "Istanze presentate sul portale / istanze totali presentate", "50%", "41%", ["≥ 60%", "≥ 75%", "≥ 90%"]),
   ("Tempo medio di conclusione del procedimento di concessione", "Indicatore di efficienza", "Giorni", "gg",
    "Somma delle durate dei procedimenti conclusi / numero di procedimenti conclusi", "50%", "142 gg", ["≤ 120 gg", "≤ 110 gg", "≤ 100 gg"])]),
]

def kv(pairs, cls="rec"):
    return '<table class="%s">%s</table>' % (cls, "".join('<tr><th>%s</th><td>%s</td></tr>' % (E(k), E(v)) for k, v in pairs))

def build():
    d = case_dir(NAME)
    parts, nodes, inds = [], [], []
    for n, (code, title, (mc, mt), (pc, pt), cdr, res, il) in enumerate(DATA):
        parts.append('<section class="%s">' % ("brk" if n else ""))
        parts.append('<h2>Obiettivo specifico</h2>')
        parts.append(kv([("Codice", code), ("Denominazione", title), ("Missione", "%s – %s" % (mc, mt)),
                         ("Programma", "%s – %s" % (pc, pt)), ("Centro di responsabilità", cdr),
                         ("Risorse a preventivo primo anno", res), ("Periodo di riferimento", "2026-2028")]))
        nodes.append(node(code, "strategic", title, res=[res], mission=mc, programme=pc, owners=[cdr]))
        for k, (nm, ty, pu, tu, fo, w, b, tg) in enumerate(il, 1):
            parts.append('<h3>Indicatore %d</h3>' % k)
            parts.append(kv([("Denominazione indicatore", nm), ("Tipologia", ty), ("Unità di misura", pu),
                             ("Algoritmo di calcolo", fo), ("Fonte del dato", "Sistema informativo del Ministero"),
                             ("Peso indicatore", w), ("Target conseguito nell'esercizio precedente", b),
                             ("Target primo anno", tg[0]), ("Target secondo anno", tg[1]), ("Target terzo anno", tg[2])], "rec ind"))
            inds.append(ind(None, nm, code, formula=fo, unit=tu, type=ty, weight=w, baselines=[Y(2025, b)],
                            targets=[Y(y, t) for y, t in zip(YEARS, tg)]))
        parts.append('</section>')
    page = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page { size: A4 portrait; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
h1 { font-size: 12.5pt; margin: 0; } .sub { font-size: 10pt; margin: 2pt 0 12pt 0; }
h2 { font-size: 10.5pt; background: #17365d; color: #fff; padding: 3pt 5pt; margin: 0 0 4pt 0; }
h3 { font-size: 9.2pt; margin: 10pt 0 3pt 0; color: #17365d; border-bottom: 0.6pt solid #17365d; }
section.brk { page-break-before: always; }
table.rec { border-collapse: collapse; width: 100%; }
table.rec th { width: 34%; text-align: left; font-weight: normal; background: #dce6f1; border: 0.5pt solid #95b3d7; padding: 2.5pt 4pt; vertical-align: top; }
table.rec td { border: 0.5pt solid #95b3d7; padding: 2.5pt 4pt; }
table.ind th { background: #f2f2f2; border-color: #bfbfbf; } table.ind td { border-color: #bfbfbf; }
</style></head><body>
<h1>{{ORG}}</h1><div class="sub">Piano della performance 2026-2028 &ndash; Schede degli obiettivi specifici e degli indicatori</div>
{{BODY}}
</body></html>""".replace("{{ORG}}", E(ORG)).replace("{{BODY}}", "\n".join(parts))
    html_to_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": YEARS}], nodes, inds,
                [finding("target.missing", "215", "the second indicator of objective 215 prints N/D as its third-year (2028) target")])
    write_readme(d, """
# h5-record-chromium-1

- kind: record (family) — a ministry's objective record blocks (plan)
- producer: HTML printed by Chromium
- layout: A4 portrait, one objective per page; each objective a dark title bar
  and a two-column label/value table (`Codice`, `Denominazione`, `Missione`,
  `Programma`, `Centro di responsabilità`, `Risorse a preventivo primo anno`,
  `Periodo di riferimento`), then one label/value block per indicator
  (`Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Fonte del dato`,
  `Peso indicatore`, `Target conseguito nell'esercizio precedente`,
  `Target primo/secondo/terzo anno`), labels shaded, thin coloured rules.
- variations: numeric objective codes, indicators without codes; algorithms in
  words; units in words (`Percentuale`, `Giorni`); mission `018 – ...` and
  programme printed separately; ordinal years mapped from the 2026-2028 period;
  resources with `€` before the number; the previous year's value is the
  baseline (2025).
- fault: target.missing — the second indicator of objective 215 has `N/D` as
  its third-year (2028) target.
""")

if __name__ == "__main__":
    build()
