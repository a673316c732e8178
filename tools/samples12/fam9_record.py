#!/usr/bin/python3
"""fam9-record-lo-1: a ministry's Nota integrativa 2026-2028 as RECORD BLOCKS, written as a workbook and printed by
LibreOffice. Portrait, Liberation Sans; ONE label column (shaded) and ONE wide merged value column; objective blocks
(`Codice`, `Obiettivo`, `Missione` `006 – Giustizia`, `Programma`, `Centro di responsabilità`, `Risorse a preventivo
primo anno`) then indicator blocks with NO heading of their own: a block starts at `Descrizione indicatore`
(`Tipologia`, `Unità di misura`, `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio
precedente`, `Target primo/secondo/terzo anno`, `Fonte del dato`); thick rule between objectives; a manual page break
between two indicator blocks of one objective. Fault: weight.sum (objective 6.2: 40% + 40% + 30%). Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (LO_XLSX, case_dir, doc, finding, font, genre_readme, ind, lo_pdf_of, node, vars11,  # noqa: E402
                      widths, write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "fam9_record.py"
ORG = "Ministero per la Giustizia di Prossimità"
Y = [2026, 2027, 2028]
UNIT = {"Percentuale": "%", "Giorni": "gg", "Numero": "N.", "Euro": "EUR"}

# objective (code, title, mission, programme, CdR, resources) -> indicators (descr, tipologia, um, formula, weight,
# previous, (t1, t2, t3), fonte)
OBJ = [
    ("6.1", "Ridurre la durata dei procedimenti civili presso gli uffici del giudice di pace", "006 – Giustizia",
     "002 – Giustizia civile e penale", "Dipartimento per l'organizzazione giudiziaria", "€ 38.412.560,00", [
         ("Durata media dei procedimenti civili definiti", "Indicatore di risultato (output)", "Giorni",
          "GG_durata_tot / N_proc_definiti", "50%", "318", ("≤ 300", "≤ 285", "≤ 270"), "Statistiche giudiziarie"),
         ("Procedimenti pendenti da oltre tre anni sul totale dei pendenti", "Indicatore di impatto (outcome)",
          "Percentuale", "N_pend_3anni / N_pend_tot x 100", "50%", "12,4%", ("≤ 11%", "≤ 10%", "≤ 9%"),
          "Statistiche giudiziarie")]),
    ("6.2", "Potenziare l'esecuzione penale esterna e le misure di comunità", "006 – Giustizia",
     "003 – Giustizia minorile e di comunità", "Dipartimento per la giustizia di comunità", "€ 21.907.300,00", [
         ("Programmi di trattamento avviati entro 30 giorni dall'ordinanza", "Indicatore di risultato (output)",
          "Percentuale", "PROG_30gg / PROG_tot x 100", "40%", "71%", ("maggiore o uguale a 75%",
                                                                       "maggiore o uguale a 80%",
                                                                       "maggiore o uguale a 85%"),
          "Sistema informativo esecuzione penale esterna"),
         ("Convenzioni attive per i lavori di pubblica utilità", "Indicatore di realizzazione fisica", "Numero",
          "N_conv_LPU", "40%", "412", ("≥ 430", "≥ 450", "≥ 470"), "Rilevazione degli uffici territoriali"),
         ("Spesa media giornaliera per persona in messa alla prova", "Indicatore di efficienza", "Euro",
          "SPESA_MAP / GG_persona_MAP", "30%", "€ 6,85", ("≤ € 6,80", "≤ € 6,70", "≤ € 6,60"),
          "Contabilità economica analitica")]),
    ("32.3", "Digitalizzare la gestione documentale degli uffici centrali", "032 – Servizi istituzionali e generali "
     "delle amministrazioni pubbliche", "003 – Servizi e affari generali per le amministrazioni di competenza",
     "Dipartimento per gli affari di giustizia", "€ 3.150.000,00", [
         ("Documenti protocollati in formato nativo digitale", "Indicatore di risultato (output)", "Percentuale",
          "DOC_digit / DOC_tot x 100", "33,33%", "88%", ("≥ 90%", "≥ 92%", "≥ 95%"), "Protocollo informatico"),
         ("Fascicoli di personale digitalizzati", "Indicatore di realizzazione fisica", "Numero", "N_fasc_digit",
          "33,33%", "2.450", ("≥ 3.000", "≥ 3.500", "≥ 4.000"), "Rilevazione interna"),
         ("Tempo medio di evasione delle richieste di accesso agli atti", "Indicatore di efficienza", "Giorni",
          "GG_evasione / N_richieste", "33,34%", "24", ("≤ 22", "≤ 20", "≤ 20"), "Protocollo informatico")]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "fam9-record-lo-1"
    F = "Liberation Sans"
    thin = Side(style="thin", color="A6A6A6")
    thick = Side(style="thick", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths(ws, [40, 30, 30, 20])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Nota integrativa al bilancio di previsione 2026-2028 – Obiettivi e indicatori",
           font=font(F, 10), wrap=False)
    xl_put(ws, 3, 1, "Target primo, secondo e terzo anno: esercizi 2026, 2027 e 2028.",
           font=font(F, 8.5, italic=True), wrap=False)
    r = 5
    nodes, inds = [], []

    def pair(label, value, obj=False, top=None):
        nonlocal r
        lab_font = font(F, 9, bold=True) if obj else font(F, 9)
        b = Border(left=thin, right=thin, top=top or thin, bottom=thin)
        xl_put(ws, r, 1, label, font=lab_font, fill="D9D9D9" if obj else "EFEFEF", border=b,
               indent=0 if obj else 1)
        xl_put(ws, r, 2, value, font=font(F, 9, bold=(label == "Obiettivo")), border=b)
        for c in (3, 4):
            xl_put(ws, r, c, None, border=b)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1

    for k, (code, title, mis, prog, cdr, res, ilist) in enumerate(OBJ):
        pair("Codice", code, obj=True, top=thick if k else None)
        pair("Obiettivo", title, obj=True)
        pair("Missione", mis, obj=True)
        pair("Programma", prog, obj=True)
        pair("Centro di responsabilità", cdr, obj=True)
        pair("Risorse a preventivo primo anno", res, obj=True)
        nodes.append(node(code, "strategic", title, resources=[res], mission=mis[:3], programme=prog[:3],
                          owners=[cdr]))
        for j, (descr, tip, um, formula, w, prev, tg, fonte) in enumerate(ilist):
            r += 1
            if k == 1 and j == 2:
                ws.row_breaks.append(Break(id=r - 1))
            pair("Descrizione indicatore", descr)
            pair("Tipologia", tip)
            pair("Unità di misura", um)
            pair("Algoritmo di calcolo", formula)
            pair("Peso indicatore", w)
            pair("Target conseguito nell'esercizio precedente", prev)
            for lab, t in zip(("Target primo anno", "Target secondo anno", "Target terzo anno"), tg):
                pair(lab, t)
            pair("Fonte del dato", fonte)
            inds.append(ind(descr, code, unit=UNIT[um], type=tip, formula=formula, variables=vars11(formula),
                            weight=w, baselines=[(2025, prev)], targets=list(zip(Y, tg))))
        r += 2
        if k == 0:
            ws.row_breaks.append(Break(id=r - 1))
    xl_fit_rows(ws, 5, r, pt=9)
    xl_page(ws, landscape=False, margins=0.6)
    ws.oddFooter.center.text = "&P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="nota")
    write_truth(d, [doc(ORG, Y)], nodes, inds,
                findings=[finding("weight.sum", "6.2", "indicator weights of objective 6.2 sum to 110% "
                                  "(40% + 40% + 30%)")])
    genre_readme(d, name, "record blocks", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Sans 9 pt, thin grey grid, three pages (a manual break after the first objective, another
INSIDE the second objective, between its second and third indicator blocks). Three title lines (the ministry, `Nota
integrativa al bilancio di previsione 2026-2028 – Obiettivi e indicatori`, an italic line saying that target primo /
secondo / terzo anno are 2026 / 2027 / 2028). Every record is ONE label cell (shaded) and ONE wide merged value cell.
Objective block (bold labels, darker shading, a THICK rule above from the second objective on): `Codice` (`6.1`,
`32.3`), `Obiettivo`, `Missione` (`006 – Giustizia`), `Programma` (`002 – Giustizia civile e penale`), `Centro di
responsabilità`, `Risorse a preventivo primo anno` (`€ 38.412.560,00`). Then one block per indicator, separated by an
empty row, with NO `Indicatore n` heading: the block starts at `Descrizione indicatore`, then `Tipologia`, `Unità di
misura` (in words), `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio precedente`,
`Target primo anno`, `Target secondo anno`, `Target terzo anno`, `Fonte del dato`; indicator labels are indented and
lighter. Truth: objectives `strategic` with mission/programme codes, owners = [centro di responsabilità], resources
the first-year amount; indicators named by their description, type, formula, weight, baseline 2025 (the previous
year's value), targets 2026-2028.
""", ["one label column + one merged value column; indicator blocks without a heading, starting at `Descrizione "
      "indicatore`", "page break between two indicator blocks of one objective",
      "`maggiore o uguale a 75%`, `≤ € 6,80`, flat `≤ 20` in the last two years, thirds 33,33% + 33,33% + 33,34%",
      "codes `6.1` / `32.3`, mission `006 – Giustizia`"],
                 ["weight.sum on `6.2`: the three indicator weights are 40% + 40% + 30% = 110%"])
    return name


if __name__ == "__main__":
    print(build())
