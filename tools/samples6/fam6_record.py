#!/usr/bin/python3
"""fam5-record-lo-1: record blocks, a workbook printed by LibreOffice. Content invented."""
import os
import tempfile

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common6 import (LO_PRODUCER, case_dir, doc, finding, ind, lo_pdf, node, write_readme, write_truth, xl_fit_rows,
                     xl_page, xl_put, xl_save, xl_styles)

ORG = "Agenzia Regionale per il Lavoro e la Formazione di Monteverde"
YEARS = [2026, 2027, 2028]
BASE = 2025
UNIT = {"Percentuale": "%", "Numero": "N.", "Data": "date"}

OBJ = [
    ("01.02", "Aumentare l'inserimento lavorativo delle persone disoccupate da più di dodici mesi",
     "026 – Politiche per il lavoro", "010 – Politiche attive del lavoro e rete dei servizi per l'impiego",
     "Area Servizi per l'impiego", "Dott.ssa Carla Menichetti", "€ 3.140.000,00", [
         ("Disoccupati di lunga durata collocati entro sei mesi dalla presa in carico", "Efficacia", "Percentuale",
          "N_coll6m / N_presi x 100", ["N_coll6m", "N_presi"], "40%", "31,5%",
          ["maggiore o uguale a 33,00", "maggiore o uguale a 35,00", "maggiore o uguale a 37,00"]),
         ("Patti di servizio sottoscritti entro 15 giorni dalla dichiarazione di disponibilità", "Efficienza",
          "Percentuale", "N_patti15 /", ["N_patti15"], "35%", "78%", [">= 80%", ">= 85%", ">= 90%"]),
         ("Imprese raggiunte dal servizio di incontro tra domanda e offerta", "Volume", "Numero", "N_imp_contatt",
          ["N_imp_contatt"], "25%", "1.412", ["=1.500", "=1.650", "=1.800"]),
     ]),
    ("01.03", "Qualificare l'offerta formativa regionale rivolta ai giovani",
     "026 – Politiche per il lavoro", "004 – Formazione professionale",
     "Area Formazione e orientamento", "Ing. Marco Ferrandi", "€ 8.925.400,00", [
         ("Qualificati occupati a dodici mesi dal termine del corso", "Efficacia", "Percentuale",
          "QUAL_occ12 / QUAL_tot x 100", ["QUAL_occ12", "QUAL_tot"], "50%", "62%",
          ["maggiore di 64,00%", "maggiore di 66,00%", "maggiore di 68,00%"]),
         ("Avvio dei corsi del catalogo regionale dell'offerta formativa", "Realizzazione", "Data",
          "Data di avvio del primo corso del catalogo", [], "50%", "–", ["31.10.2026", "31.10.2027", "31.10.2028"]),
     ]),
    ("02.01", "Semplificare l'accesso digitale ai servizi dell'Agenzia per cittadini e imprese",
     "032 – Servizi istituzionali e generali delle amministrazioni pubbliche",
     "003 – Servizi e affari generali per le amministrazioni di competenza",
     "Area Affari generali e sistemi informativi", "Dott. Paolo Scarlatti", "€ 412.600,00", [
         ("Servizi erogati interamente on line", "Realizzazione", "Numero", "SERV_online", ["SERV_online"], "60%",
          "14", [">= 18", ">= 22", ">= 26"]),
         ("Utenti soddisfatti del portale dei servizi", "Qualità", "Percentuale", "UT_sodd / UT_risp x 100",
          ["UT_sodd", "UT_risp"], "40%", "n.d.", ["> 80%", "> 82%", "> 85%"]),
     ]),
]


def build():
    name = "fam5-record-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    base = "Liberation Sans"
    hair = B(bottom=S(style="hair", color="707070"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede"
    for col, w in zip("ABCD", (34, 22, 22, 22)):
        ws.column_dimensions[col].width = w
    r = 1
    xl_put(ws, r, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    r += 1
    xl_put(ws, r, 1, "Piano integrato di attività e organizzazione 2026-2028 – Sezione Performance",
           font=F(name=base, size=10), wrap=False)
    r += 1
    xl_put(ws, r, 1, "Allegato 2 – Schede degli obiettivi specifici e dei relativi indicatori",
           font=F(name=base, size=10, italic=True), wrap=False)
    r += 2
    nodes, inds = [], []
    lab = F(name=base, size=8.5, bold=True, color="1F3A5F")
    val = F(name=base, size=8.5)

    def pair(row, label, value):
        xl_put(ws, row, 1, label, font=lab, fill="EEF2F7", border=hair)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        xl_put(ws, row, 2, value, font=val, border=hair)
        for c in (3, 4):
            ws.cell(row=row, column=c).border = hair

    breaks = []
    for k, (code, title, mis, prog, strut, dirig, res, its) in enumerate(OBJ):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_put(ws, r, 1, f"OBIETTIVO SPECIFICO {code}", font=F(name=base, size=9.5, bold=True, color="FFFFFF"),
               fill="1F3A5F")
        r += 1
        for label, value in (("Codice obiettivo", code), ("Descrizione obiettivo", title), ("Missione", mis),
                             ("Programma", prog), ("Struttura responsabile", strut),
                             ("Dirigente responsabile", dirig), ("Risorse a preventivo primo anno", res)):
            pair(r, label, value)
            r += 1
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis[:3], programme=prog[:3],
                          owners=[strut, dirig]))
        for j, (nm, tip, um, f, var, w, b, tg) in enumerate(its, 1):
            if code == "01.02" and j == 3:
                breaks.append(r + 3)  # the block of indicator 3 runs over the page break
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            xl_put(ws, r, 1, f"Indicatore {j}", font=F(name=base, size=8.5, bold=True, italic=True), fill="D6DFEA")
            r += 1
            rows = [("Denominazione", nm), ("Tipologia", tip), ("Unità di misura", um), ("Algoritmo di calcolo", f),
                    ("Incidenza", w), (f"Valore di partenza ({BASE})", b)]
            rows += [(f"Target {y}", t) for y, t in zip(YEARS, tg)]
            for label, value in rows:
                pair(r, label, value)
                r += 1
            inds.append(ind(nm, code, unit=UNIT[um], type=tip, weight=w, formula=f, variables=var,
                            baselines=[(BASE, b)], targets=list(zip(YEARS, tg))))
        r += 1
        if k == 0:
            pass
    last = r
    xl_put(ws, r, 1, "Le risorse indicate sono quelle stanziate nel bilancio di previsione 2026 sui capitoli "
                     "dell'obiettivo. L'incidenza è il peso dell'indicatore nella misurazione dell'obiettivo.",
           font=F(name=base, size=8, italic=True))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_fit_rows(ws, 5, last, pt=8.5)
    ws.row_dimensions[r].height = 26
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=False)
    ws.oddHeader.right.text = "PIAO 2026-2028 – Allegato 2"
    ws.oddHeader.right.size = 7
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddFooter.center.size = 7
    tmp = tempfile.mkdtemp(prefix="s6rec-")
    src = os.path.join(tmp, "schede.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, [
        finding("formula.incomplete", "Patti di servizio sottoscritti entro 15 giorni dalla dichiarazione di disponibilità",
                "the algorithm `N_patti15 /` has no denominator")])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Sans 8.5 pt, two pages. Title (the agency), `Piano
integrato di attività e organizzazione 2026-2028 – Sezione Performance`, `Allegato 2 – Schede degli obiettivi
specifici …`. Each objective is a dark band `OBIETTIVO SPECIFICO 01.02` followed by label/value rows (label shaded in
column A, value merged over B:D, only a hair line under each row, no vertical rules): `Codice obiettivo`, `Descrizione
obiettivo`, `Missione` (`026 – Politiche per il lavoro`), `Programma`, `Struttura responsabile`, `Dirigente
responsabile`, `Risorse a preventivo primo anno`. Then one lighter band `Indicatore k` per indicator and its rows with
LABEL SYNONYMS and EXPLICIT YEARS: `Denominazione`, `Tipologia`, `Unità di misura` (in words), `Algoritmo di calcolo`,
`Incidenza` (the weight), `Valore di partenza (2025)` (baseline), `Target 2026`, `Target 2027`, `Target 2028` (no
primo/secondo/terzo anno). A manual page break falls INSIDE the block of indicator 3 of objective 01.02: its first
rows are on page 1, the rest on page 2. Closing italic note; print header `PIAO 2026-2028 – Allegato 2` and footer
`Pagina n di N`. Truth: objectives `strategic`, parent null, mission/programme = the three-digit codes, resources
as printed, owners = [the Struttura responsabile, the Dirigente responsabile] in that order; indicators without
code, type = Tipologia, unit mapped from words (`Percentuale` → `%`, `Numero` → `N.`, `Data` → `date`), weight =
Incidenza, baseline 2025, targets by year.
""", LO_PRODUCER.format(script="fam6_record.py"), [
        "label synonyms `Incidenza` (weight), `Valore di partenza (2025)` (baseline), `Denominazione`",
        "explicit target years `Target 2026` instead of `Target primo anno`",
        "two owner rows `Struttura responsabile` and `Dirigente responsabile`",
        "an indicator block split by a page break",
        "codes `01.02`, `02.01`; targets `maggiore o uguale a 33,00`, `=1.500`, `maggiore di 64,00%`, `31.10.2026`",
        "only hair lines under rows, no vertical rules",
    ], ["`formula.incomplete` on `Patti di servizio sottoscritti entro 15 giorni dalla dichiarazione di "
        "disponibilità`: the algorithm `N_patti15 /` has no denominator"])


if __name__ == "__main__":
    build()
