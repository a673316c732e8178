#!/usr/bin/python3
"""h15-record-chromium-1: record blocks. A national agency's Nota integrativa 2026-2028 printed by Chromium. Portrait,
DejaVu Serif 8.5 pt; NO TABLES: every label/value pair is a line with the label at the left, a DOTTED LEADER and the
value right-aligned (as a word processor's tab leader); the objective block sits in a box with a shaded title bar
`Obiettivo 17.`, codes with a trailing dot (`17.`), `Missione` / `Programma` as `014 – Infrastrutture …`; indicator
blocks are indented sub-boxes titled `Indicatore 1`, `Indicatore 2`…; `Target conseguito nell'esercizio precedente`
and `Target primo / secondo / terzo anno`; blocks flow over page breaks. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q, vars11, \
    write_truth  # noqa: E402

SCRIPT = "h15_record.py"
ORG = "Agenzia Nazionale per la Vigilanza sulle Dighe e gli Invasi"
Y = [2026, 2027, 2028]
UNIT = {"numero": "N.", "percentuale": "%", "giorni": "gg"}
M014 = ("014", "Infrastrutture pubbliche e logistica")
P005 = ("005", "Sistemi idrici, idraulici ed elettrici")
M032 = ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche")
P003 = ("003", "Servizi e affari generali per le amministrazioni di competenza")

# objective (code as printed, title, mission, programme, CdR, resources) -> indicators
# (name, tipologia, U.M., algoritmo, peso, target esercizio precedente, (primo, secondo, terzo))
OBJS = [
    ("17.", "Rafforzare la vigilanza sulla sicurezza delle grandi dighe in esercizio", M014, P005,
     "Direzione tecnica per la vigilanza", "€ 4.321.772,00", [
         ("Ispezioni di vigilanza effettuate sulle grandi dighe", "Indicatore di realizzazione fisica", "numero",
          "N_isp_eff", "40%", "412", (">= 420", ">= 430", ">= 440")),
         ("Ispezioni eseguite rispetto al programma annuale", "Indicatore di risultato (output)", "percentuale",
          "ISP_eff / ISP_prog x 100", "35%", "96,3%",
          ("Maggiore o uguale al 97%", "Maggiore o uguale al 97%", "Maggiore o uguale al 97%")),
         ("Tempo medio di emissione del verbale di ispezione", "Indicatore di risultato (output)", "giorni",
          "GG_verbale / N_verbali", "25%", "21", ("<= 20", "<= 18", "<= 15"))]),
    ("18.", "Accelerare l'approvazione dei progetti di gestione degli invasi artificiali", M014, P005,
     "Direzione tecnica per la vigilanza", "€ 1.985.400,00", [
         ("Progetti di gestione approvati nei termini di legge", "Indicatore di risultato (output)", "percentuale",
          "PG_appr_term / PG_pres x 100", "60%", "dato in aggiornamento",
          ("maggiore di 75,00%", "maggiore di 80,00%", "maggiore di 85,00%")),
         ("Invasi dotati di piano di svaso aggiornato", "Indicatore di impatto (outcome)", "numero",
          "N_invasi_svaso", "40%", "57", (">= 60", ">= 65", ">= 70"))]),
    ("21.", "Garantire l'efficienza e la tempestività della gestione amministrativa e contabile", M032, P003,
     "Direzione degli affari generali e del bilancio", "€ 2.760.115,50", [
         ("Indicatore di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria", "giorni",
          "GG_ritardo_pond / IMP_fatture", "50%", "-11", ("<= -11", "<= -12", "<= -12")),
         ("Grado di utilizzo degli stanziamenti di competenza", "Indicatore di realizzazione finanziaria",
          "percentuale", "IMP_impegnati / STANZ_def x 100", "50%", "93,8%", (">= 94%", ">= 95%", ">= 95%"))]),
]

CSS = """body { font-family: "DejaVu Serif", serif; font-size: 8.5pt; color: #111; }
h1 { font-size: 12pt; margin: 0 0 1mm 0; text-align: center; }
h2 { font-size: 10pt; margin: 0 0 5mm 0; text-align: center; font-weight: normal; font-style: italic; }
div.obj { border: 0.8pt solid #333; margin-bottom: 6mm; }
div.bar { background: #d9d9d9; font-weight: bold; padding: 1.5mm 3mm; border-bottom: 0.8pt solid #333;
  font-size: 9.5pt; break-after: avoid; }
div.body { padding: 2mm 3mm; }
div.kv { display: flex; align-items: flex-end; margin: 0.9mm 0; }
div.kv span.l { white-space: nowrap; font-variant: small-caps; }
div.kv span.dots { flex: 1; border-bottom: 0.9pt dotted #555; margin: 0 1.5mm 0.9mm 1.5mm; min-width: 8mm; }
div.kv span.v { text-align: right; max-width: 62%; }
div.ind { margin: 2.5mm 0 1mm 6mm; border-left: 1.2pt solid #888; padding-left: 3mm; break-inside: avoid; }
div.ind div.t { font-weight: bold; font-style: italic; margin-bottom: 0.8mm; }
p.note { font-size: 7.5pt; font-style: italic; }"""


def kv(label, value):
    return (f"<div class=\"kv\"><span class=\"l\">{esc(label)}</span><span class=\"dots\"></span>"
            f"<span class=\"v\">{esc(value)}</span></div>")


def build():
    name = "h15-record-chromium-1"
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Nota integrativa al bilancio di previsione 2026 e per il triennio 2026-2028 – Schede obiettivo. "
            "Il primo anno è il 2026; il target conseguito nell'esercizio precedente si riferisce al 2025.</h2>"]
    nodes, inds = [], []
    for code, title, (mc, mn), (pc, pn), cdr, res, ilist in OBJS:
        body.append(f"<div class=\"obj\"><div class=\"bar\">Obiettivo {esc(code)}</div><div class=\"body\">")
        body += [kv("Codice", code), kv("Descrizione obiettivo", title), kv("Missione", f"{mc} – {mn}"),
                 kv("Programma", f"{pc} – {pn}"), kv("Centro di responsabilità", cdr),
                 kv("Risorse a preventivo primo anno", res)]
        c = code.rstrip(".")
        nodes.append(node(c, "strategic", title, mission=mc, programme=pc, owners=[cdr], resources=[res]))
        for k, (nm, tip, um, alg, w, prev, tg) in enumerate(ilist, 1):
            body.append(f"<div class=\"ind\"><div class=\"t\">Indicatore {k}</div>")
            body += [kv("Denominazione indicatore", nm), kv("Tipologia", tip), kv("Unità di misura", um),
                     kv("Algoritmo di calcolo", alg), kv("Peso indicatore", w),
                     kv("Target conseguito nell'esercizio precedente", prev), kv("Target primo anno", tg[0]),
                     kv("Target secondo anno", tg[1]), kv("Target terzo anno", tg[2])]
            body.append("</div>")
            inds.append(ind(nm, c, unit=UNIT[um], type=tip, formula=alg, variables=vars11(alg), weight=w,
                            baselines=[(2025, prev)], targets=list(zip(Y, tg))))
        body.append("</div></div>")
    body.append("<p class=\"note\">Le risorse indicate sono gli stanziamenti di competenza del primo anno del "
                "triennio attribuiti all'obiettivo. I pesi degli indicatori sono riferiti al singolo obiettivo.</p>")
    h = html_page3("\n".join(body), CSS, landscape=False, margin="16mm 16mm 16mm 16mm",
                   top_left=q("ANVDI – Nota integrativa 2026-2028"),
                   bottom_center='"– " counter(page) " –"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y)], nodes, inds)
    genre_readme(d, name, "record blocks", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8.5 pt, running header at the top left, page number centred at the bottom (`– n –`). Centred
title and an italic subtitle saying that the first year is 2026 and the previous year's target refers to 2025. No
tables: each objective is a framed box with a grey title bar `Obiettivo 17.`; inside, one line per label/value pair,
the label in small capitals at the left, a DOTTED LEADER (a dotted rule, not dot characters) and the value
right-aligned (long values wrap on the right): `Codice` (`17.`, trailing dot), `Descrizione obiettivo`, `Missione`
(`014 – Infrastrutture pubbliche e logistica`), `Programma`, `Centro di responsabilità`, `Risorse a preventivo primo
anno` (`€ 4.321.772,00`). Then indented indicator sub-blocks with a grey left rule, titled `Indicatore 1`, `2`…:
`Denominazione indicatore`, `Tipologia`, `Unità di misura` (in words), `Algoritmo di calcolo`, `Peso indicatore`,
`Target conseguito nell'esercizio precedente`, `Target primo anno`, `Target secondo anno`, `Target terzo anno`.
Objective boxes run over page breaks; an indicator sub-block is never split.
Truth: objectives `strategic`, code without the dot, mission / programme codes, owners = [Centro di
responsabilità], resources = the first-year amount; baseline 2025 = the previous year's target achieved; targets
primo/secondo/terzo anno = 2026/2027/2028; units `numero` → `N.`, `percentuale` → `%`, `giorni` → `gg`.
""", ["label / value lines with dotted leaders instead of table cells", "codes with a trailing dot (`17.`)",
      "`Maggiore o uguale al 97%` three times (flat), `maggiore di 75,00%` → `80,00%` → `85,00%`",
      "`<= 20` → `<= 18` → `<= 15` and `<= -11` → `<= -12` going down as they should; baseline equal to the first "
      "target (`-11` / `<= -11`)", "`dato in aggiornamento` as the previous year's value",
      "two missions, objective numbers not consecutive (17, 18, 21)"], [])
    return name


if __name__ == "__main__":
    print(build())
