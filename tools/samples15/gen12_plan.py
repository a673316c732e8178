#!/usr/bin/python3
"""gen12-plan-chromium-1: a chamber of commerce's performance tree 2026-2028 printed by Chromium. Landscape, DejaVu
Sans condensed 7 pt. Areas and strategic objectives are shaded band rows; every OPERATIONAL objective is ONE TALL
RULED ROW whose indicator columns hold two or three indicators STACKED (no rule between them, top-aligned blocks):
`CODE - name`, algorithm over measure codes, indicator weight, value 2024, three targets. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13,  # noqa: E402
                      vars15, write_truth)

SCRIPT = "gen12_plan.py"
NAME = "gen12-plan-chromium-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura della Val di Magra e Lunigiana"
YEARS = [2026, 2027, 2028]
BASE_YEAR = 2024

# (code, title, weight, [(code, title, weight, [(code, title, weight, owner, [indicators])])])
# indicator: (code, name, algorithm, unit, weight, baseline, [t2026, t2027, t2028])
TREE = [
    ("A", "Competitività e sviluppo delle imprese", "40%", [
        ("A.1", "Sostenere la doppia transizione digitale ed ecologica delle PMI", "60%", [
            ("A.1.1", "Diffondere i servizi del Punto Impresa Digitale", "50%", "Servizio Promozione e Sviluppo", [
                ("PID_01", "Imprese assistite con assessment della maturità digitale", "N_Impr_Assess", "N.",
                 "40,00%", "212 N.", [">= 230 N.", ">= 250 N.", ">= 270 N."]),
                ("PID_02", "Partecipanti ai seminari del PID soddisfatti del servizio",
                 "N_Part_Sodd / N_Part_Quest", "%", "30,00%", "88,40 %",
                 [">= 90,00 %", ">= 90,00 %", ">= 90,00 %"]),
                ("PID_03", "Voucher digitali liquidati entro 60 giorni dalla rendicontazione",
                 "N_Vouch_60 / N_Vouch_Rend", "%", "30,00%", "71,20 %", [">= 75,00 %", ">= 80,00 %", ">= 85,00 %"]),
            ]),
            ("A.1.2", "Accompagnare le imprese nella transizione energetica", "50%", "Servizio Promozione e Sviluppo", [
                ("ENE_01", "Check-up energetici gratuiti erogati alle imprese", "N_Checkup", "N.", "50,00%", "N/D",
                 [">= 40 N.", ">= 60 N.", ">= 80 N."]),
                ("ENE_02", "Pubblicazione del bando annuale per l'efficientamento energetico", "Data_Pubbl_Bando",
                 "date", "50,00%", "N/D", ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"]),
            ]),
        ]),
        ("A.2", "Favorire l'internazionalizzazione delle imprese del territorio", "40%", [
            ("A.2.1", "Potenziare l'assistenza specialistica all'export", "100%", "Ufficio Internazionalizzazione", [
                ("EXP_01", "Imprese avviate ai mercati esteri con percorsi di accompagnamento", "N_Impr_Export",
                 "N.", "33,33%", "58 N.", [">= 60 N.", ">= 65 N.", ">= 70 N."]),
                ("EXP_02", "Certificati di origine rilasciati entro 2 giorni lavorativi", "N_CO_2gg / N_CO_Tot",
                 "%", "33,33%", "96,80 %", [">= 97,00 %", ">= 97,50 %", ">= 98,00 %"]),
                ("EXP_03", "Tempo medio di rilascio dei carnet ATA", "Gg_Carnet / N_Carnet", "gg", "33,34%",
                 "3,1 gg", ["<= 3,0 gg", "<= 2,5 gg", "<= 2,0 gg"]),
            ]),
        ]),
    ]),
    ("B", "Regolazione e tutela del mercato", "35%", [
        ("B.1", "Garantire la tempestività e la qualità del Registro delle imprese", "70%", [
            ("B.1.1", "Ridurre i tempi di evasione delle pratiche telematiche", "60%",
             "Area Anagrafe e Registro delle imprese", [
                 ("RI_01", "Pratiche del Registro delle imprese evase entro 5 giorni", "N_Prat_5gg / N_Prat_Tot",
                  "%", "60,00%", "78,50 %", [">= 80,00 %", ">= 85,00 %", ">= 85,00 %"]),
                 ("RI_02", "Tempo medio di lavorazione delle pratiche telematiche", "Gg_Lav / N_Prat_Tot", "gg",
                  "40,00%", "4,8 gg", ["<= 4,5 gg", "<= 4,0 gg", "<= 4,0 gg"]),
             ]),
            ("B.1.2", "Migliorare la qualità dei dati iscritti nel Registro", "40%",
             "Area Anagrafe e Registro delle imprese", [
                 ("RI_03", "Posizioni con PEC irregolare cancellate d'ufficio", "N_PEC_Canc / N_PEC_Irr", "%",
                  "100,00%", "64,00 %", [">= 70,00 %", ">= 75,00 %", ">= 80,00 %"]),
             ]),
        ]),
        ("B.2", "Sviluppare la giustizia alternativa e la vigilanza sul mercato", "30%", [
            ("B.2.1", "Promuovere la mediazione e l'arbitrato camerale", "100%", "Servizio Regolazione del mercato", [
                ("MED_01", "Mediazioni concluse con accordo tra le parti", "N_Med_Acc / N_Med_Concl", "%", "50,00%",
                 "41,50 %", [">= 42,00 %", ">= 43,00 %", ">= 45,00 %"]),
                ("MED_02", "Durata media del procedimento di mediazione", "Gg_Med / N_Med_Concl", "gg", "50,00%",
                 "62 gg", ["<= 60 gg", "<= 55 gg", "<= 50 gg"]),
            ]),
        ]),
    ]),
    ("C", "Efficienza, trasparenza e salute economica dell'ente", "25%", [
        ("C.1", "Assicurare l'equilibrio economico e la trasparenza amministrativa", "100%", [
            ("C.1.1", "Mantenere l'equilibrio economico-finanziario", "50%", "Area Servizi di supporto", [
                ("SEC_01", "Incidenza degli oneri correnti sui proventi correnti", "On_Corr / Prov_Corr", "%",
                 "50,00%", "92,30 %", ["<= 92,00 %", "<= 91,50 %", "<= 91,00 %"]),
                ("SEC_02", "Diritto annuale riscosso entro la scadenza", "DA_Risc / DA_Dov", "%", "50,00%",
                 "74,60 %", [">= 75,00 %", ">= 76,00 %", ">= 77,00 %"]),
            ]),
            ("C.1.2", "Attuare le misure di trasparenza e di prevenzione della corruzione", "50%",
             "Segreteria Generale", [
                 ("TRA_01", "Obblighi di pubblicazione assolti nei termini", "N_Obbl_Ass / N_Obbl_Tot", "%",
                  "100,00%", "100,00 %", ["= 100,00 %", "= 100,00 %", "= 100,00 %"]),
             ]),
        ]),
    ]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7pt; color: #111; }
h1 { font-size: 11.5pt; margin: 0 0 1mm 0; } h2 { font-size: 9pt; font-weight: normal; margin: 0 0 3mm 0; }
table.t { border-collapse: collapse; width: 277mm; table-layout: fixed; }
table.t > thead th { border: 0.8pt solid #000; background: #cfd8e3; padding: 2pt; font-size: 6.8pt; }
table.t > tbody > tr > td { border: 0.8pt solid #000; padding: 0; vertical-align: top; }
table.t > tbody > tr { break-inside: avoid; }
tr.ar > td { background: #9fb3c8; font-weight: bold; padding: 2pt !important; }
tr.os > td { background: #dfe7ef; font-weight: bold; padding: 2pt !important; }
td.p { padding: 2pt !important; }
table.in { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.in td { border: none; border-left: 0.8pt solid #000; padding: 2pt 2pt 4pt 2pt; vertical-align: top; }
table.in td:first-child { border-left: none; }
.c { text-align: center; } .r { text-align: right; }
p.note { font-size: 6.5pt; margin-top: 3mm; }"""

# widths in mm: Codice, Obiettivo, Peso | Indicatore, Algoritmo, Peso ind., Valore 2024, T26, T27, T28 | Struttura
WO = [14, 46, 11]
WI = [52, 40, 12, 16, 17, 17, 17]
WS = 35


def build():
    nodes, inds, rows = [], [], []
    for acode, atitle, aw, strat in TREE:
        rows.append(f"<tr class=ar><td>{acode}</td><td colspan=2>AREA STRATEGICA – {esc(atitle)}</td>"
                    f"<td colspan=7></td><td class=c>{aw}</td></tr>")
        nodes.append(node(acode, "area", atitle, weight=aw))
        for scode, stitle, sw, ops in strat:
            rows.append(f"<tr class=os><td>{scode}</td><td colspan=2>{esc(stitle)}</td><td colspan=7></td>"
                        f"<td class=c>{sw}</td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode, weight=sw))
            for ocode, otitle, ow, owner, ilist in ops:
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[owner]))
                inner = []
                for icode, iname, algo, um, iw, base, tg in ilist:
                    cells = [f"{icode} - {esc(iname)}", esc(algo), iw, base] + tg
                    cls = ["", "", "c", "r", "r", "r", "r"]
                    inner.append("<tr>" + "".join(f"<td class='{k}'>{v}</td>" for k, v in zip(cls, cells)) + "</tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=um, weight=iw, formula=algo,
                                    variables=vars15(algo), baselines=[(BASE_YEAR, base)],
                                    targets=list(zip(YEARS, tg))))
                cg = "".join(f"<col style='width:{w}mm'>" for w in WI)
                rows.append(f"<tr><td class=p>{ocode}</td><td class=p>{esc(otitle)}</td><td class='p c'>{ow}</td>"
                            f"<td colspan=7><table class=in><colgroup>{cg}</colgroup>{''.join(inner)}</table></td>"
                            f"<td class=p>{esc(owner)}</td></tr>")
    cols = "".join(f"<col style='width:{w}mm'>" for w in WO + WI + [WS])
    head = ("<thead><tr><th>Codice</th><th>Obiettivo</th><th>Peso</th><th>Indicatori (codice - descrizione)</th>"
            "<th>Algoritmo di calcolo</th><th>Peso indicatore</th><th>Valore 2024</th><th>Target 2026</th>"
            "<th>Target 2027</th><th>Target 2028</th><th>Struttura responsabile</th></tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><h2>Piano della Performance 2026-2028 – Allegato 2: albero della performance, "
            "obiettivi operativi e indicatori</h2>"
            f"<table class=t><colgroup>{cols}</colgroup>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class=note>Il peso delle aree strategiche è riferito al totale dell'ente; il peso degli obiettivi "
            "strategici all'area, quello degli obiettivi operativi all'obiettivo strategico, quello degli indicatori "
            "all'obiettivo operativo. N/D = valore non disponibile (indicatore di nuova introduzione).</p>")
    h = html_page3(body, CSS, landscape=True, margin="12mm 10mm 12mm 10mm",
                   top_right=q("Piano della Performance 2026-2028"),
                   bottom_center=q("pag. ") + " counter(page) " + q(" di ") + " counter(pages)")
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme13(d, NAME, "plan", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Sans condensed 7 pt, full grid with heavy rules, running header and `pag. n di N` footer. Title
(the chamber) and subtitle, then ONE table `Codice | Obiettivo | Peso | Indicatori (codice - descrizione) | Algoritmo
di calcolo | Peso indicatore | Valore 2024 | Target 2026 | Target 2027 | Target 2028 | Struttura responsabile` whose
header repeats on every page. Areas (`A`, `AREA STRATEGICA – title`) and strategic objectives (`A.1`) are shaded band
rows with their weight in the LAST column (under `Struttura responsabile`). Every operational objective (`A.1.1`) is
ONE TALL RULED ROW: code, title, weight and owner on the left and right, and in the seven indicator columns its two or
three indicators STACKED one under the other, top-aligned, with NO rule between them (only the vertical column rules
run through). Indicators print `CODE - name`, the algorithm over measure codes, their weight within the objective, the
2024 value and the targets with the unit after the number (`>= 230 N.`, `<= 3,0 gg`, `>= 90,00 %`). A closing note
says which group each weight refers to. Truth: areas `area`, `A.1` `strategic`, `A.1.1` `operational` (owners = the
Struttura); indicators coded by the part before ` - `, baseline year 2024, `entro il` dates → unit `date`.
""", ["several indicators stacked inside one tall ruled row (no rule between them)",
      "area / strategic weights in the LAST column of their band row, operational weights in the third column",
      "indicator code and name in one cell as `CODE - name`", "units printed after the values (`N.`, `%`, `gg`)",
      "landscape condensed sans 7 pt, header repeated, running header and footer"],
     ["weights sum to 100% only within their group: areas 40+35+25; strategic per area (60+40, 70+30, 100); "
      "operational per strategic objective (50+50, 100, 60+40, 100, 50+50); indicators per operational objective",
      "indicator thirds 33,33% + 33,33% + 33,34% (`A.2.1`)",
      "`<=` targets going down for lower-is-better indicators (`EXP_03`, `RI_02`, `MED_02`, `SEC_01`)",
      "flat targets `>= 90,00 %` and `= 100,00 %` equal to the baseline for maintenance indicators",
      "`N/D` baselines for new indicators", "`entro il 30/06/<year>` date targets repeated each year",
      "`SEC_01` `<= 92,00 %` against a 92,30 % baseline: lower is better, so it is more ambitious"], [])
    return NAME


if __name__ == "__main__":
    print(build())
