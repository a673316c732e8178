#!/usr/bin/python3
"""gen12-pira-chromium-1: a chamber of commerce's PIRA 2026-2028 printed by Chromium. Landscape Liberation Sans 8 pt,
HORIZONTAL HAIRLINES ONLY; mission and programme as two heading lines above one table per programme; the objective
(code, title and `Risorse 2026: € …`) in a FIRST COLUMN spanning its indicators; ALL YEARS IN ONE flowing cell
(`Anno 2026: >= 85% Anno 2027: >= 88% Anno 2028: >= 90%`) wrapped wherever the narrow column forces it, and the
baseline in the same shape (`Anno 2024: 82%`). One fault: target.operator on `KPI-06` (`>= 12`, `>= 14`, `= 16`).
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                      readme13, vars15, write_truth)

SCRIPT = "gen12_pira.py"
NAME = "gen12-pira-chromium-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura dell'Irpinia Orientale e del Fortore"
YEARS = [2026, 2027, 2028]
UNITS = {"%": "%", "N.": "N.", "gg": "gg", "€": "EUR"}

# (mission, mission name, programme, programme name, [(code, title, resources, [indicators])])
# indicator: (code, name, type, algorithm, U.M., (base year, base), [targets])
PROGS = [
    ("011", "Competitività e sviluppo delle imprese", "005",
     "Promozione e attuazione di politiche di sviluppo, competitività e innovazione, di responsabilità sociale "
     "d'impresa e movimento cooperativo", [
         ("OS_1.1", "Rafforzare la competitività delle imprese attraverso l'innovazione digitale", "842.500,00", [
             ("KPI-01", "Grado di coinvolgimento delle imprese nei servizi del Punto Impresa Digitale", "Efficacia",
              "N_Impr_PID / N_Impr_Att x 1000", "N.", (2024, "4,1"), [">= 4,5", ">= 5,0", ">= 5,5"]),
             ("KPI-02", "Voucher per la digitalizzazione liquidati sul totale dei voucher concessi", "Efficienza",
              "Vouch_Liq / Vouch_Conc", "%", (2024, "82%"), [">= 85%", ">= 88%", ">= 90%"]),
         ]),
         ("OS_1.2", "Sostenere l'orientamento al lavoro e alle professioni", "215.000,00", [
             ("KPI-03", "Studenti coinvolti nei percorsi per le competenze trasversali e l'orientamento", "Volume",
              "N_Stud_PCTO", "N.", (2024, "1.150"), [">= 1.200", ">= 1.250", ">= 1.300"]),
         ]),
     ]),
    ("012", "Regolazione dei mercati", "004",
     "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori", [
         ("OS_2.1", "Garantire la trasparenza e la legalità del mercato", "398.700,00", [
             ("KPI-04", "Verifiche metrologiche effettuate sugli strumenti di misura", "Volume", "N_Verif_Metr",
              "N.", (2024, "310"), [">= 320", ">= 320", ">= 330"]),
             ("KPI-05", "Tempo medio di evasione delle istanze di cancellazione dei protesti", "Efficienza",
              "Gg_Canc_Prot / N_Ist_Canc", "gg", (2024, "7"), ["<= 6", "<= 5", "<= 5"]),
         ]),
         ("OS_2.2", "Diffondere la composizione negoziata della crisi d'impresa", "120.400,00", [
             ("KPI-06", "Procedure di composizione negoziata avviate con il supporto camerale", "Volume",
              "N_Comp_Neg", "N.", (2024, "10"), [">= 12", ">= 14", "= 16"]),
         ]),
     ]),
    ("016", "Commercio internazionale ed internazionalizzazione del sistema produttivo", "005",
     "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy", [
         ("OS_3.1", "Accrescere la presenza delle imprese del territorio sui mercati esteri", "560.000,00", [
             ("KPI-07", "Imprese partecipanti a fiere e missioni all'estero organizzate dalla Camera", "Efficacia",
              "N_Impr_Fiere", "N.", (2024, "96"), [">= 100", ">= 110", ">= 120"]),
             ("KPI-08", "Imprese soddisfatte dei servizi di assistenza all'export", "Qualità",
              "N_Impr_Sodd / N_Impr_Quest", "%", (2023, "87%"), [">= 88%", ">= 89%", ">= 90%"]),
         ]),
     ]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "004",
     "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche", [
         ("OS_4.1", "Assicurare la salute economica e l'efficienza gestionale dell'ente", "1.310.900,00", [
             ("KPI-09", "Capacità di riscossione del diritto annuale", "Salute economica", "DA_Risc / DA_Dov", "%",
              (2024, "71%"), [">= 72%", ">= 73%", ">= 74%"]),
             ("KPI-10", "Tempo medio di pagamento delle fatture passive", "Efficienza", "Gg_Pag / N_Fatt", "gg",
              (2024, "19"), ["<= 18", "<= 15", "<= 15"]),
         ]),
     ]),
]
TOTAL = "€ 3.447.500,00"

CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 3mm 0; }
div.mis { font-weight: bold; font-size: 8.5pt; margin-top: 4mm; letter-spacing: 0.2pt; }
div.prg { font-size: 8.5pt; margin: 0.5mm 0 1.5mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-weight: bold; border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 2pt 3pt; }
td { border-bottom: 0.3pt solid #777; padding: 2.5pt 3pt; vertical-align: top; }
td.ob { border-bottom: 1pt solid #000; } tr.last td { border-bottom: 1pt solid #000; }
td.ob b { display: block; } td.ob span { display: block; margin-top: 2pt; font-style: italic; }
td.c { text-align: center; }
div.tot { margin-top: 5mm; font-weight: bold; font-size: 9pt; border-top: 1pt solid #000; padding-top: 1.5mm; }
tr { break-inside: avoid; }"""

COLS = [58, 62, 22, 46, 14, 24, 33]


def build():
    nodes, inds, parts = [], [], []
    cg = "<colgroup>" + "".join(f"<col style='width:{w}mm'>" for w in COLS) + "</colgroup>"
    head = ("<thead><tr><th>Obiettivo</th><th>Indicatore</th><th>Tipologia</th><th>Algoritmo</th>"
            "<th>Unità di misura</th><th>Valore di partenza</th><th>Target triennio</th></tr></thead>")
    for mis, mname, prog, pname, objs in PROGS:
        rows = []
        for k, (code, title, res, ilist) in enumerate(objs):
            nodes.append(node(code, "strategic", title, resources=["€ " + res], mission=mis, programme=prog))
            for j, (icode, iname, typ, algo, um, (by, bv), tg) in enumerate(ilist):
                last = " class=last" if j == len(ilist) - 1 else ""
                oc = ""
                if j == 0:
                    oc = (f"<td class=ob rowspan={len(ilist)}><b>{code} - {esc(title)}</b>"
                          f"<span>Risorse 2026: € {res}</span></td>")
                cell = " ".join(f"Anno {y}: {esc(t)}" for y, t in zip(YEARS, tg))
                rows.append(f"<tr{last}>{oc}<td>{icode} {esc(iname)}</td><td>{esc(typ)}</td><td>{esc(algo)}</td>"
                            f"<td class=c>{esc(um)}</td><td>Anno {by}: {esc(bv)}</td><td>{cell}</td></tr>")
                inds.append(ind(iname, code, code=icode, unit=UNITS[um], type=typ, formula=algo,
                                variables=vars15(algo), baselines=[(by, bv)], targets=list(zip(YEARS, tg))))
        parts.append(f"<div class=mis>MISSIONE {mis} – {esc(mname)}</div>"
                     f"<div class=prg>PROGRAMMA {prog} – {esc(pname)}</div>"
                     f"<table>{cg}{head}<tbody>{''.join(rows)}</tbody></table>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano degli indicatori e dei risultati attesi di bilancio (PIRA) – "
            "triennio 2026-2028</p>" + "".join(parts) +
            f"<div class=tot>TOTALE RISORSE 2026 &nbsp; {TOTAL}</div>")
    h = html_page3(body, CSS, landscape=True, margin="13mm 12mm",
                   bottom_right=q("Pagina ") + " counter(page)", top_left=q("PIRA 2026-2028 – allegato al preventivo"))
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    f = finding("target.operator", "KPI-06", "`>= 12`, `>= 14`, then `= 16` in 2028: the operator changes")
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, findings=[f], resources_total=TOTAL)
    readme13(d, NAME, "pira", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Sans 8 pt, NO vertical rules: only a heavy rule above and below each header, hairlines
between indicator rows and a heavy rule under each objective. For every programme two heading lines OUTSIDE the table
(`MISSIONE 011 – …` in bold, `PROGRAMMA 005 – …`), then its own table `Obiettivo | Indicatore | Tipologia |
Algoritmo | Unità di misura | Valore di partenza | Target triennio`. The objective is a FIRST COLUMN spanning its
indicators: `OS_1.1 - title` in bold and, under it in italics, `Risorse 2026: € 842.500,00`. The indicator cell
starts with its code (`KPI-01 name`). ALL THREE YEARS are in ONE flowing paragraph (`Anno 2026: >= 85% Anno 2027:
>= 88% Anno 2028: >= 90%`) that wraps wherever the 33 mm column forces it (often between `Anno` and its year, or
between an operator and its value); the baseline is printed the same way (`Anno 2024: 82%`, once `Anno 2023: 87%`).
The unit is only in its own column (values bare except `%`). The heading lines of the last programme (`MISSIONE
032`, `PROGRAMMA 004`) fall at the foot of page 1 while its table starts page 2. A closing `TOTALE RISORSE 2026 €
3.447.500,00` line.
Truth: objectives `strategic` with mission/programme from the heading lines, resources `€ 842.500,00`; indicator
code = the leading `KPI-nn`; baseline year from `Anno yyyy:`; targets split at `Anno yyyy:`; `€` → `EUR`.
""", ["all years in one flowing cell, wrapped at arbitrary points", "baseline printed as `Anno 2024: 82%` too",
      "mission / programme as heading lines above each table, one table per programme",
      "objective and its resources in a spanning FIRST column", "horizontal rules only, no vertical rules",
      "indicator code glued before the name in the same cell", "landscape sans 8 pt"],
     ["resources 842.500,00 + 215.000,00 + 398.700,00 + 120.400,00 + 560.000,00 + 1.310.900,00 = the printed "
      "3.447.500,00 total", "`<= 6 / <= 5 / <= 5` and `<= 18 / <= 15 / <= 15`: lower-is-better targets going down",
      "flat `>= 320` twice (KPI-04)", "a baseline of 2023 (KPI-08) beside baselines of 2024", "no weights in a PIRA"],
     ["`target.operator` on `KPI-06`: `Anno 2026: >= 12 Anno 2027: >= 14 Anno 2028: = 16` — the operator turns "
      "into `=` in the last year"])
    return NAME


if __name__ == "__main__":
    print(build())
