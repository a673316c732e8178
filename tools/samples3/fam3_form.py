#!/usr/bin/python3
"""Family: objective form + indicator table. LibreOffice: a ministry's plan, the CdR form printed
ONCE per responsibility centre and several objectives under it, each with its own
`CODICE E DENOMINAZIONE OBIETTIVO` row and indicator table, PESO moved after FORMULA. Chromium: a
first-year report, landscape, the form as bold `LABEL: value` lines (no table), borderless indicator
tables with `VALORE RAGGIUNTO` and `GRADO DI REALIZZAZIONE` filled."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, lo_pdf, node,  # noqa: E402
                     q, vars_of, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def mare():
    name = "fam3-form-lo-1"
    org = "Ministero delle Politiche del Mare e della Pesca"
    Y = [2025, 2026, 2027]
    BASE = 2024
    # CdR, titolare, [(code, title, [(indicator, formula, peso, raggiunto, t1, t2, t3, unit)])]
    cdrs = [
        ("Direzione generale della pesca marittima e dell'acquacoltura", "Dott. Marco Bellandi", [
            ("A1", "Semplificare il rilascio delle licenze di pesca professionale attraverso la piattaforma "
                   "telematica unica", [
                ("Licenze rilasciate tramite piattaforma telematica", "LIC_tel / LIC_tot x 100", "40", "72%",
                 ">= 80%", ">= 90%", ">= 95%", "%"),
                ("Tempo medio di rilascio della licenza", "Somma dei giorni di rilascio / licenze rilasciate", "35",
                 "21-28giorni", "<= 20 giorni", "<= 18 giorni", "<= 15 giorni", "gg"),
                ("Attivazione del fascicolo elettronico dell'impresa di pesca",
                 "Servizio attivo in produzione (SI/NO)", "25", "NO", "SI", "SI", "SI", "text"),
            ]),
            ("A2", "Rafforzare i controlli sulla filiera ittica ai fini della tracciabilità del prodotto", [
                ("Ispezioni effettuate sul totale programmato", "ISP_eff / ISP_prog", "40", "1273/1273",
                 "= 100%", "= 100%", "= 100%", "%"),
                ("Sanzioni notificate entro 90 giorni dall'accertamento", "SAN_90 / SAN_tot", "40", "84,5%",
                 ">= 86%", ">= 88%", ">= 90%", "%"),
                ("Campioni di prodotto ittico analizzati in laboratorio", "CAM_an", "30", "1.140", "= 1.200",
                 "= 1.300", "= 1.400", "N."),
            ]),
        ]),
        ("Direzione generale degli affari generali e del bilancio", "Dott.ssa Giulia Ferrandi", [
            ("B1", "Ridurre i tempi di pagamento delle fatture commerciali", [
                ("Indicatore di tempestività dei pagamenti", "Somma (giorni di ritardo x importo) / somma importi",
                 "60", "-3,2 gg", "<= -5 gg", "<= -6 gg", "<= -7 gg", "gg"),
                ("Fatture pagate entro 30 giorni dal ricevimento", "FAT_30 / FAT_tot", "40", "91%", "> 95%",
                 "> 96%", "> 97%", "%"),
            ]),
            ("B2", "Completare la transizione al sistema contabile unico per l'intera amministrazione e la "
                   "formazione del personale delle sedi periferiche", [
                ("Uffici periferici migrati al nuovo sistema contabile", "UFF_migr / UFF_tot", "50", "40%",
                 ">= 70%", ">= 85%", ">= 95%", "%"),
                ("Dipendenti formati sull'utilizzo del sistema", "DIP_form", "50", "120", ">= 250", ">= 320",
                 ">= 380", "N."),
            ]),
        ]),
        ("Direzione generale per la tutela della biodiversità marina", "Dott. Stefano Carrus", [
            ("C1", "Estendere la superficie delle aree marine protette e delle zone di tutela biologica", [
                ("Superficie marina sottoposta a tutela sul totale delle acque territoriali",
                 "SUP_tut / SUP_terr x 100", "50", "11,6%", ">= 12%", ">= 14%", ">= 16%", "%"),
                ("Piani di gestione approvati per le aree marine protette", "PGE_appr", "30", "7", ">= 9",
                 ">= 12", ">= 15", "N."),
                ("Pubblicazione del rapporto nazionale sullo stato degli habitat marini",
                 "Data di pubblicazione del rapporto", "20", "2024-03-18", "31.03.2025", "31.03.2026", "31.03.2027",
                 "date"),
            ]),
        ]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans Narrow"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schede CdR"
    widths = [24, 22, 5.5, 10, 10, 8, 8, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano della performance {Y[0]}-{Y[-1]} – Allegato 1: schede degli obiettivi per centro di "
                     "responsabilità", font=Font(name=fn, size=10.5), wrap=False)
    xl_put(ws, 3, 1, "Per ciascun indicatore il VALORE RAGGIUNTO è il dato di consuntivo dell'anno precedente il "
                     f"triennio ({BASE}); i target si riferiscono al primo, secondo e terzo anno del piano. La colonna "
                     "GRADO DI REALIZZAZIONE sarà compilata in sede di relazione sulla performance.",
           font=Font(name=fn, size=9, italic=True))
    ws.merge_cells("A3:H3")
    head = ["INDICATORE", "FORMULA", "PESO", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO",
            "GRADO DI REALIZZAZIONE"]
    r = 5
    nodes, inds = [], []
    for cdr, tit, objs in cdrs:
        for lbl, v in (("DENOMINAZIONE CDR", cdr), ("TITOLARE DEL CDR", tit)):
            xl_put(ws, r, 1, lbl, font=f_b, fill="D9D9D9", border=grid)
            xl_put(ws, r, 2, v, font=f_b, border=grid)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            xl_box(ws, r, 1, r, 8, grid)
            r += 1
        r += 1
        for code, title, ilist in objs:
            xl_put(ws, r, 1, "CODICE E DENOMINAZIONE OBIETTIVO", font=f_b, fill="D9D9D9", border=grid)
            xl_put(ws, r, 2, f"{code} – {title}", font=f_n, border=grid)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            xl_box(ws, r, 1, r, 8, grid)
            nodes.append(node(code, "operational", title, owners=[tit], unit=cdr))
            r += 1
            for c, v in enumerate(head, 1):
                xl_put(ws, r, c, v, font=Font(name=fn, size=8.5, bold=True), fill="F2F2F2", border=grid,
                       halign="center", valign="center")
            r += 1
            for iname, formula, w, reached, t1, t2, t3, unit in ilist:
                for c, v in enumerate([iname, formula, w, reached, t1, t2, t3, ""], 1):
                    xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c >= 3 else None)
                inds.append(ind(iname, code, unit=unit, weight=w, formula=formula,
                                variables=vars_of(formula),
                                baselines=[(BASE, reached)] if reached != "–" else [],
                                targets=list(zip(Y, [t1, t2, t3])), unit_org=cdr))
                r += 1
            r += 1
        r += 1
    xl_fit_rows(ws, 4, r, pt=10, narrow=1.15, line=1.15)
    ws.row_dimensions[3].height = 42
    xl_page(ws, landscape=False)
    ws.page_margins.top, ws.page_margins.header = 0.9, 0.35
    ws.page_margins.bottom, ws.page_margins.footer = 0.8, 0.3
    ws.oddHeader.center.text = f"{org} – Piano della performance {Y[0]}-{Y[-1]}"
    ws.oddHeader.center.size = 8
    ws.oddFooter.right.text = "pag. &P"
    ws.oddFooter.right.size = 8
    d = case_dir(name)
    xlsx = os.path.join(d, "src.xlsx")
    xl_save(wb, xlsx)
    lo_pdf(xlsx, os.path.join(d, "input.pdf"))
    os.remove(xlsx)
    write_truth(d, [doc(org, Y)], nodes, inds, [finding(
        "weight.sum", "A2", "indicator weights of A2 sum to 110 (40 + 40 + 30)")])
    write_readme(d, name, """
Portrait A4 printed by LibreOffice from a workbook, Liberation Sans Narrow 9 pt, ruled, two pages. Title, plan period
and an italic paragraph saying what VALORE RAGGIUNTO and the targets mean. The CdR form (`DENOMINAZIONE CDR`,
`TITOLARE DEL CDR`, labels shaded) is printed ONCE per responsibility centre; under it SEVERAL objectives, each a row
`CODICE E DENOMINAZIONE OBIETTIVO | A1 – title` followed by its own indicator table. The table's columns are in a
changed order: `INDICATORE | FORMULA | PESO | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI
REALIZZAZIONE` (PESO third, not first). Bare weights `40`. A plan: VALORE RAGGIUNTO is the 2024 value (baseline),
GRADO DI REALIZZAZIONE empty; ordinal years = 2025/2026/2027. Running header (body, plan) and footer `pag. n`.
Truth as in the earlier form cases: objectives level `operational`, `unit` = the CdR, owners = [the titolare], parent
null; indicators `unit_org` = the CdR; formulas as printed, variables only for formulas over measure codes; indicator
units inferred from the values (`%`, `gg`, `N.`, `text` for SI/NO).
""", "Workbook written with openpyxl by `tools/samples3/fam3_form.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); all values are text cells.",
                 ["CdR form once, several objectives (and tables) per CdR",
                  "column order changed: PESO after FORMULA", "portrait, Liberation Sans Narrow, print header/footer",
                  "explanatory paragraph before the forms",
                  "values `2024-03-18`, `31.03.2025`, `21-28giorni`, `1273/1273`, `-3,2 gg` / `<= -5 gg`, `= 1.200`, `> 95%`, `SI`/`NO`"],
                 ["`weight.sum` on `A2`: the three indicator weights of A2 are 40 + 40 + 30 = 110"])


def montagna():
    name = "fam3-form-chromium-2"
    org = "Ministero per la Montagna e le Aree Interne"
    Y = [2025, 2026, 2027]
    cdrs = [
        ("Direzione generale per lo sviluppo delle aree interne", "Dott. Paolo Ranieri", [
            ("1.1.A", "Favorire l'insediamento di nuove attività economiche nei comuni montani con meno di 3.000 "
                      "abitanti attraverso contributi a fondo perduto e servizi di accompagnamento alle imprese", [
                ("40", "Imprese beneficiarie dei contributi", "Numero di imprese con contributo liquidato", "132",
                 ">= 120", ">= 140", ">= 160", "100%", "N."),
                ("35", "Risorse liquidate sul totale assegnato", "RIS_liq / RIS_ass x 100", "87,4%", ">= 90%",
                 ">= 92%", ">= 95%", "97,1%", "%"),
                ("25", "Tempo medio di istruttoria delle domande", "Somma giorni istruttoria / domande istruite",
                 "52 gg", "<= 60 gg", "<= 55 gg", "<= 50 gg", "100%", "gg"),
            ]),
            ("1.2.A", "Potenziare i presidi sanitari di prossimità nelle aree interne", [
                ("50", "Ambulatori di comunità attivati", "AMB_att", "14", "= 16", "= 20", "= 24", "87,5%", "N."),
                ("50", "Convenzione con le aziende sanitarie regionali", "Sottoscrizione della convenzione",
                 "Realizzato", "Sottoscrizione entro il 30.06.2025", "Monitoraggio semestrale",
                 "Monitoraggio semestrale", "100%", "text"),
            ]),
        ]),
        ("Direzione generale per le infrastrutture digitali e forestali", "Ing. Chiara Moscardini", [
            ("2.1.B", "Migliorare la connettività a banda ultralarga delle sedi comunali montane", [
                ("60", "Sedi comunali collegate in banda ultralarga", "SED_bul / SED_tot", "68%",
                 "maggiore di 75,00%", "maggiore di 85,00%", "maggiore di 95,00%", "90,7%", "%"),
                ("40", "Segnalazioni di disservizio risolte entro 48 ore", "SEG_48 / SEG_tot",
                 "dato in aggiornamento", ">= 80%", ">= 85%", ">= 90%", "–", "%"),
            ]),
            ("2.2.B", "Digitalizzare l'archivio dei piani di assestamento forestale", [
                ("100", "Piani di assestamento digitalizzati e pubblicati sul geoportale", "PIA_dig", "310",
                 ">= 300", ">= 450", ">= 600", "100%", "N."),
            ]),
        ]),
        ("Ufficio di coordinamento delle politiche per le isole minori", "Dott. Enrico Fadda", [
            ("3.1.C", "Garantire la continuità territoriale dei servizi essenziali nelle isole minori", [
                ("70", "Corse di collegamento marittimo garantite sul programmato", "COR_gar / COR_prog", "98,2%",
                 ">= 97%", ">= 97%", ">= 98%", "100%", "%"),
                ("30", "Comuni insulari con sportello unico dei servizi attivo", "SPO_att", "9", ">= 8", ">= 10",
                 ">= 12", "100%", "N."),
            ]),
        ]),
    ]
    css = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8.5pt; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; } h2 { font-size: 10.5pt; font-weight: normal; margin: 0 0 4mm 0; }
p.intro { font-size: 9pt; margin: 0 0 5mm 0; max-width: 230mm; }
div.cdr { margin-top: 6mm; } div.cdr p { margin: 0.6mm 0; } div.cdr b { display: inline-block; min-width: 62mm; }
div.obj { margin-top: 3mm; padding-top: 1.5mm; border-top: 0.6pt solid #888; }
div.obj b { display: inline-block; min-width: 62mm; vertical-align: top; } div.obj span { display: inline-block; max-width: 190mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
th { font-size: 7.6pt; background: #e8eef4; border-top: 0.8pt solid #333; border-bottom: 0.8pt solid #333; padding: 2pt 3pt; }
td { padding: 2pt 3pt; border-bottom: 0.3pt solid #bbb; vertical-align: top; }
td.c { text-align: center; } tr { break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>",
         f"<h2>Relazione sulla performance – Schede obiettivo {Y[0]}-{Y[-1]}: risultati del primo anno ({Y[0]})</h2>",
         "<p class=intro>Le schede riportano, per ciascun centro di responsabilità, gli obiettivi assegnati con la "
         f"direttiva generale per l'azione amministrativa e la gestione. Il VALORE RAGGIUNTO è il risultato al 31 "
         f"dicembre {Y[0]}; il GRADO DI REALIZZAZIONE confronta il risultato con il target del primo anno ed è "
         "limitato al 100%. I target del secondo e terzo anno restano quelli programmati.</p>"]
    head = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO",
            "GRADO DI REALIZZAZIONE"]
    widths = [5, 22, 20, 10, 11, 10, 10, 10]
    nodes, inds = [], []
    for cdr, tit, objs in cdrs:
        h.append(f"<div class=cdr><p><b>DENOMINAZIONE CDR:</b> {esc(cdr)}</p>"
                 f"<p><b>TITOLARE DEL CDR:</b> {esc(tit)}</p></div>")
        for code, title, ilist in objs:
            h.append(f"<div class=obj><b>CODICE E DENOMINAZIONE OBIETTIVO:</b> <span>{code} {esc(title)}</span></div>")
            nodes.append(node(code, "operational", title, owners=[tit], unit=cdr))
            h.append("<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths) +
                     "</colgroup><thead><tr>" + "".join(f"<th>{x}</th>" for x in head) + "</tr></thead><tbody>")
            for w, iname, formula, res, t1, t2, t3, ach, unit in ilist:
                cells = [w, iname, formula, res, t1, t2, t3, ach]
                h.append("<tr>" + "".join(f"<td{' class=c' if i in (0, 3, 4, 5, 6, 7) else ''}>{esc(c)}</td>"
                                          for i, c in enumerate(cells)) + "</tr>")
                variables = vars_of(formula)
                inds.append(ind(iname, code, unit=unit, weight=w, formula=formula, variables=variables,
                                targets=list(zip(Y, [t1, t2, t3])), results=[(Y[0], res)],
                                achievement=[(Y[0], ach)] if ach != "–" else [], unit_org=cdr))
            h.append("</tbody></table>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, landscape=True, margin="14mm 12mm 14mm 12mm",
                            top_left=q(org), top_right=q(f"Relazione sulla performance {Y[0]}"),
                            bottom_right='"Pagina " counter(page) " di " counter(pages)', hf_font='7pt "DejaVu Sans"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y)], nodes, inds)
    write_readme(d, name, """
Landscape A4, Chromium, DejaVu Sans Condensed 8.5 pt. A first-year REPORT: title, subtitle `Relazione sulla performance
– Schede obiettivo 2025-2027: risultati del primo anno (2025)`, a paragraph of prose. The form is NOT a table: bold
labels followed by their value on the same line, `DENOMINAZIONE CDR: …`, `TITOLARE DEL CDR: …`, then per objective
`CODICE E DENOMINAZIONE OBIETTIVO: 1.1.A Favorire …` (code and title separated by a space only; long titles wrap).
Each objective's indicator table is borderless (rules above and below the shaded header, hairlines between rows):
`PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`,
bare weights summing to 100 per objective. VALORE RAGGIUNTO = result 2025, GRADO DI REALIZZAZIONE = achievement 2025
(result/target capped at 100%: `97,1%` = 87,4/90, `87,5%` = 14/16, `90,7%` = 68/75); a result `dato in aggiornamento`
with grade `–` (no achievement in truth); a qualitative one `Realizzato` (100%). Running header (body, year) and
footer `Pagina n di N`; the three CdRs run over two pages. Truth: objectives `operational`, `unit` = the CdR,
owners = [the titolare], parent null; indicators `unit_org` = the CdR; no baselines (a report).
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_form.py`.",
                 ["report on the first year: result and achievement filled", "form as `LABEL: value` lines, not a table",
                  "codes `1.1.A` separated from the title by a space only", "borderless tables, landscape, condensed font",
                  "`Realizzato`, `dato in aggiornamento` / `–`, `maggiore di 75,00%`, `Sottoscrizione entro il 30.06.2025`",
                  "running header and `Pagina n di N` footer"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        mare()
    if "chromium" in which:
        montagna()
