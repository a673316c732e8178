#!/usr/bin/python3
"""fam6-record-chromium-1: objective records with indicator blocks, printed by Chromium. Content invented."""
import os

from common8 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,
                     vars_of, write_readme, write_truth)

ORG = "Istituto Nazionale di Previdenza e Assistenza per i Lavoratori Autonomi"
SHORT = "INPALA"
YEARS = [2026, 2027, 2028]
BASE = 2025
UNITS = {"Percentuale": "%", "Giorni": "gg", "Numero": "N."}

M25 = "025 – Politiche previdenziali"
P25 = "003 – Previdenza obbligatoria e complementare, assicurazioni sociali"
M32 = "032 – Servizi istituzionali e generali delle amministrazioni pubbliche"
P32 = "003 – Servizi e affari generali per le amministrazioni di competenza"

# objective: (code, title, missione, programma, cdr, risorse, [indicators])
# indicator: (code, name, tipologia, um, algoritmo, peso, precedente, (t1, t2, t3))
OBJ = [
    ("25.3.1", "Ridurre i tempi di liquidazione delle prestazioni pensionistiche ai lavoratori autonomi",
     M25, P25, "Direzione centrale Pensioni", "€ 179.220.000,00", [
         ("K.01", "Pensioni di vecchiaia liquidate entro 30 giorni dalla decorrenza", "Efficacia", "Percentuale",
          "PV_liq30 / PV_tot x 100", "40%", "71,8%", ("maggiore di 75,00%", "maggiore di 78,00%",
                                                      "maggiore di 80,00%")),
         ("K.02", "Tempo medio di definizione delle domande di ricostituzione", "Efficienza", "Giorni",
          "GG_ric / N_ric", "35%", "64 gg", ("<= 60 gg", "<= 55 gg", "<= 50 gg")),
         ("K.07", "Grado di digitalizzazione delle domande di prestazione", "Efficacia", "Percentuale",
          "DOM_tel / DOM_tot x 100", "25%", "88,4%", ("Maggiore o uguale al 90%", "Maggiore o uguale al 92%",
                                                      "Maggiore o uguale al 94%")),
     ]),
    ("25.3.2", "Rafforzare il recupero dei crediti contributivi e ridurre il contenzioso",
     M25, P25, "Direzione centrale Entrate e recupero crediti", "4.321.772,00", [
         ("K.03", "Crediti contributivi riscossi sul totale dei crediti accertati", "Efficacia", "Percentuale",
          "CR_risc / CR_acc x 100", "50%", "4,62%", ("Maggiore o uguale al 4,85%", "Maggiore o uguale al 5,10%",
                                                     "Maggiore o uguale al 5,40%")),
         ("K.04", "Avvisi di addebito notificati entro l'anno di accertamento", "Volume", "Numero",
          "N_avv", "30%", "11.840", (">= 12.000", ">= 12.500", ">= 13.000")),
         ("K.05", "Ricorsi amministrativi definiti entro 90 giorni", "Efficienza", "Percentuale",
          "RIC_90 / RIC_pres x 100", "20%", "–", ("> 95%", "> 96%", "> 97%")),
     ]),
    ("32.3.1", "Semplificare l'accesso ai servizi dell'Istituto attraverso i canali digitali",
     M32, P32, "Direzione centrale Tecnologia, informatica e innovazione", "€ 12.650.000,00", [
         ("K.06", "Servizi on line accessibili con identità digitale", "Efficacia", "Numero",
          "N_serv_SPID", "30%", "46", ("maggiore o uguale a 52,00", "maggiore o uguale a 56,00",
                                      "maggiore o uguale a 60,00")),
         ("K.07", "Grado di digitalizzazione delle domande di prestazione", "Efficacia", "Percentuale",
          "DOM_tel / DOM_pres x 100", "45%", "88,4%", ("Maggiore o uguale al 90%", "Maggiore o uguale al 92%",
                                                       "Maggiore o uguale al 94%")),
         ("K.08", "Richieste al contact center evase entro 48 ore", "Qualità", "Percentuale",
          "RIC_48 / RIC_cc x 100", "25%", "93,2%", ("> 95%", "> 96%", "> 97%")),
     ]),
]

CSS = """
body { font: 9pt "Liberation Sans Narrow", "Liberation Sans", sans-serif; color: #1a1a1a; }
.top { border-bottom: 2.2pt solid #11606b; padding-bottom: 2mm; margin-bottom: 3mm; }
.top .org { font-size: 13pt; font-weight: bold; color: #11606b; }
.top .sub { font-size: 10.5pt; margin-top: 1mm; }
p.note { font-size: 8.5pt; margin: 0 0 4mm 0; text-align: justify; }
h2 { font-size: 10pt; color: #fff; background: #11606b; margin: 5mm 0 0 0; padding: 1.2mm 2mm;
     letter-spacing: 0.4pt; }
table { border-collapse: collapse; width: 100%; }
table.obj td { border-bottom: 0.4pt solid #9fbfc3; padding: 1.1mm 2mm; vertical-align: top; }
table.obj td.l { width: 33%; font-weight: bold; text-transform: uppercase; font-size: 7.6pt; color: #11606b;
                 padding-top: 1.4mm; }
div.ind { margin: 2.5mm 0 0 9mm; border-left: 1.6pt solid #11606b; padding-left: 3mm; }
div.ind h3 { font-size: 8.6pt; font-style: italic; margin: 0 0 0.8mm 0; color: #333; font-weight: normal; }
table.iv td { padding: 0.8mm 1.6mm; border-bottom: 0.3pt dotted #777; vertical-align: top; }
table.iv td.l { width: 31%; font-size: 8pt; color: #444; }
table.tg { margin-top: 1mm; table-layout: fixed; }
table.tg th { font-size: 7.4pt; font-weight: bold; background: #e1eef0; border: 0.5pt solid #9fbfc3;
              padding: 0.8mm 1mm; text-align: center; vertical-align: middle; }
table.tg td { border: 0.5pt solid #9fbfc3; padding: 1mm; text-align: center; }
"""


def build():
    name = "fam6-record-chromium-1"
    d = case_dir(name)
    html = [f'<div class="top"><div class="org">{esc(ORG)}</div>',
            '<div class="sub">Nota integrativa al bilancio di previsione 2026 – Schede degli obiettivi e degli '
            'indicatori per il triennio 2026-2028</div></div>',
            '<p class="note">Per ciascun obiettivo sono riportati la missione e il programma di bilancio, il centro '
            'di responsabilità e le risorse stanziate per il primo anno; seguono le schede dei relativi indicatori. '
            'Il primo, il secondo e il terzo anno corrispondono al 2026, al 2027 e al 2028; il target conseguito '
            'nell\'esercizio precedente è il valore rilevato a consuntivo 2025 («–» se non rilevato).</p>']
    nodes, inds = [], []
    for code, title, mis, prog, cdr, ris, its in OBJ:
        html.append(f"<h2>OBIETTIVO {esc(code)}</h2>")
        html.append('<table class="obj">')
        for lab, val in (("Codice", code), ("Obiettivo", title), ("Missione", mis), ("Programma", prog),
                         ("Centro di responsabilità", cdr), ("Risorse a preventivo primo anno", ris)):
            html.append(f'<tr><td class="l">{esc(lab)}</td><td>{esc(val)}</td></tr>')
        html.append("</table>")
        nodes.append(node(code, "strategic", title, resources=[ris], mission=mis[:3], programme=prog[:3],
                          owners=[cdr]))
        for k, (ic, nm, tip, um, alg, peso, prec, tg) in enumerate(its, 1):
            html.append(f'<div class="ind"><h3>Indicatore {k} di {len(its)}</h3><table class="iv">')
            for lab, val in (("Codice indicatore", ic), ("Descrizione indicatore", nm), ("Tipologia", tip),
                             ("Unità di misura", um), ("Algoritmo di calcolo", alg), ("Peso indicatore", peso)):
                html.append(f'<tr><td class="l">{esc(lab)}</td><td>{esc(val)}</td></tr>')
            html.append('</table><table class="tg"><tr><th>Target conseguito nell\'esercizio precedente</th>'
                        '<th>Target primo anno</th><th>Target secondo anno</th><th>Target terzo anno</th></tr><tr>')
            for v in (prec,) + tg:
                html.append(f"<td>{esc(v)}</td>")
            html.append("</tr></table></div>")
            inds.append(ind(nm, code, code=ic, unit=UNITS[um], type=tip, weight=peso, formula=alg,
                            variables=vars_of(alg), baselines=[] if prec == "–" else [(BASE, prec)],
                            targets=list(zip(YEARS, tg))))
    html.append('<p class="note" style="margin-top:5mm">Fonte: elaborazione della Direzione centrale '
                'Pianificazione e controllo di gestione sui dati delle procedure istituzionali.</p>')
    page = html_page3("\n".join(html), CSS, landscape=False, margin="15mm 16mm 16mm 16mm",
                      bottom_center=q(f"{SHORT} – Nota integrativa 2026-2028 · pagina ") + " counter(page) " +
                      q(" di ") + " counter(pages)", hf_font='7.5pt "Liberation Sans Narrow"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    findings = [finding("indicator.conflict", "K.07", "indicator K.07 (Grado di digitalizzazione delle domande di "
                        "prestazione) has the algorithm `DOM_tel / DOM_tot x 100` under 25.3.1 but "
                        "`DOM_tel / DOM_pres x 100` under 32.3.1")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Sans Narrow 9 pt, three pages; a pension institute's Nota integrativa. Title block
(the institute, `Nota integrativa al bilancio di previsione 2026 – Schede degli obiettivi e degli indicatori per il
triennio 2026-2028`, a teal rule) and a paragraph mapping primo/secondo/terzo anno to 2026/2027/2028 and the previous
year's value to 2025. Each objective is a teal band `OBIETTIVO 25.3.1` and a label/value block with only hairlines
under the rows, labels in small UPPERCASE teal: `Codice` (`25.3.1`, codes built on mission and programme),
`Obiettivo`, `Missione` (`025 – Politiche previdenziali`), `Programma`, `Centro di responsabilità`, `Risorse a
preventivo primo anno` (`€ 179.220.000,00`, `4.321.772,00`). Its indicators follow as INDENTED blocks with a vertical
teal rule on the left (the hierarchy cue), each headed in italics `Indicatore k di n`: label/value rows with dotted
lines (`Codice indicatore`, `Descrizione indicatore`, `Tipologia`, `Unità di misura` in words, `Algoritmo di
calcolo`, `Peso indicatore`), then a small ruled GRID with the four values SIDE BY SIDE under their labels
(`Target conseguito nell'esercizio precedente | Target primo anno | Target secondo anno | Target terzo anno`). Blocks
may be split by a page break (nothing is repeated). A source line at the end; footer `INPALA – Nota integrativa
2026-2028 · pagina n di N`. Truth: objectives `strategic`, parent null, mission/programme = the three-digit codes,
owners = [the Centro di responsabilità], resources = the first-year amount as printed; indicators with their codes,
type = Tipologia, unit mapped from words (`Percentuale` → `%`, `Giorni` → `gg`, `Numero` → `N.`), weight = Peso
indicatore, baseline 2025 = the previous-year value (none where it prints `–`), targets 2026/2027/2028.
""", CHROMIUM_PRODUCER.format(script="fam8_record.py"), [
        "label/value objective block with uppercase small labels and hairlines, teal band per objective",
        "indicator blocks indented under a vertical rule, `Indicatore k di n` headings",
        "baseline and the three targets in a four-column grid (labels above values), not as rows",
        "label synonyms `Descrizione indicatore`, `Centro di responsabilità`, `Codice indicatore`",
        "codes `25.3.1` (mission.programme.n), indicator codes `K.01`",
        "values `maggiore di 75,00%`, `Maggiore o uguale al 4,85%`, `maggiore o uguale a 60,00`, `> 95%`, `–`, "
        "`€ 179.220.000,00`, `4.321.772,00`",
        "portrait, Liberation Sans Narrow, footer `pagina n di N`",
    ], ["`indicator.conflict` on `K.07`: the same indicator code and name appear under objectives 25.3.1 and 32.3.1 "
        "with different algorithms (`DOM_tel / DOM_tot x 100` and `DOM_tel / DOM_pres x 100`)"])


if __name__ == "__main__":
    build()
