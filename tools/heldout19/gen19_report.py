#!/usr/bin/python3
"""h19-report-chromium-1: a chamber of commerce's (Marche) report of results 2025, HTML printed by Chromium.
Portrait, URW Bookman 7.8 pt; ONE table `Codice | Obiettivo / indicatore | Peso | Atteso 2025 / Conseguito | Grado
di raggiungimento | Esito`: the TARGET AND THE RESULT SHARE ONE CELL (`≥ 180 / 204`); strategic rows shaded,
operational rows italic, indicator codes in a monospace face (`KPI_101`); weights at every level; grades capped,
objectives = weighted means of their children; `Esito` in words. One fault: achievement.rollup (strategic 1.1 prints
95,80%, the weighted mean of its operational objectives is 93,50%). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (CHROMIUM, capped, case_dir, chromium_pdf, doc, dpct, esc, finding, html_page3, ind,  # noqa
                      node, q, readme13, rnd, write_truth)

SCRIPT = "gen19_report.py"
NAME = "h19-report-chromium-1"
ORG = "Camera di Commercio delle Marche Meridionali"
YEAR = 2025
FAULT = ("1.1", "95,80%")

# strategic: (code, title, weight, [operational]); operational: (code, title, weight, [indicators])
# indicator: (code, name, unit, weight, target raw, result raw, kind, target value, result value)
TREE = [
    ("1.1", "Sostenere la trasformazione digitale delle imprese del territorio", "30%", [
        ("1.1.1", "Diffondere gli strumenti del Punto Impresa Digitale", "60%", [
            ("KPI_101", "Imprese assistite dal PID nell'anno", "N.", "50%", "≥ 180", "204", "ge", 180, 204),
            ("KPI_102", "Eventi di sensibilizzazione sulla cultura digitale", "N.", "50%", "≥ 12", "10", "ge", 12, 10)]),
        ("1.1.2", "Rilasciare dispositivi di firma e di identità digitale", "40%", [
            ("KPI_103", "Dispositivi di firma digitale rilasciati", "N.", "100%", "≥ 2.400", "2.310", "ge", 2400,
             2310)]),
    ]),
    ("1.2", "Valorizzare le filiere turistiche e agroalimentari", "20%", [
        ("1.2.1", "Promuovere le produzioni agroalimentari di qualità sui mercati esteri", "100%", [
            ("KPI_121", "Imprese partecipanti alle fiere con contributo camerale", "N.", "60%", "≥ 45", "52", "ge",
             45, 52),
            ("KPI_122", "Rendicontazione dei contributi alla Regione", "date", "40%", "entro il 31/10/2025",
             "14/11/2025", "date", None, None)]),
    ]),
    ("2.1", "Semplificare e accelerare i servizi anagrafici e certificativi", "30%", [
        ("2.1.1", "Ridurre i tempi di evasione delle pratiche del Registro delle imprese", "50%", [
            ("KPI_211", "Pratiche telematiche evase entro 5 giorni", "%", "70%", "≥ 85%", "88,6%", "ge", 85, "88.6"),
            ("KPI_212", "Tempo medio di evasione delle pratiche", "gg", "30%", "≤ 4,0 gg", "4,6 gg", "le", 4, "4.6")]),
        ("2.1.2", "Cancellare d'ufficio le imprese non più operative", "50%", [
            ("KPI_213", "Posizioni cancellate d'ufficio dal Registro", "N.", "100%", "≥ 600", "645", "ge", 600, 645)]),
    ]),
    ("3.1", "Garantire l'equilibrio economico e la trasparenza dell'ente", "20%", [
        ("3.1.1", "Migliorare la riscossione del diritto annuale", "50%", [
            ("KPI_311", "Diritto annuale riscosso entro la scadenza sul dovuto", "%", "100%", "≥ 72%", "70,2%", "ge",
             72, "70.2")]),
        ("3.1.2", "Rispettare i tempi di pagamento e gli obblighi di pubblicazione", "50%", [
            ("KPI_312", "Tempo medio di pagamento delle fatture", "gg", "50%", "≤ 30 gg", "21 gg", "le", 30, 21),
            ("KPI_313", "Obblighi di pubblicazione assolti", "%", "50%", "= 100%", "100%", "ge", 100, 100)]),
    ]),
]

CSS = """body { font-family: "URW Bookman", serif; font-size: 7.8pt; color: #111; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9pt; margin: 1mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead th { font-weight: bold; border-top: 1.4pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt 3pt;
  background: #f3efe4; text-align: left; vertical-align: bottom; }
td { padding: 2pt 3pt; vertical-align: top; border-left: 0.4pt solid #b9b09a; }
td:first-child { border-left: none; }
tr.s td { background: #e8e1cc; font-weight: bold; border-top: 0.8pt solid #000; }
tr.o td { font-style: italic; font-weight: bold; border-top: 0.3pt solid #b9b09a; }
tr.i td.k { font-family: "DejaVu Sans Mono", monospace; font-size: 6.8pt; }
td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; }
tbody tr:last-child td { border-bottom: 1.4pt solid #000; }
tr { page-break-inside: avoid; }
p.note { font-size: 6.8pt; margin-top: 3mm; }"""


def pct(x):
    return dpct(rnd(x, 2))


def esito(a):
    a = Decimal(str(a))
    return "Raggiunto" if a >= 100 else ("Parzialmente raggiunto" if a >= 60 else "Non raggiunto")


def build():
    nodes, inds, trs = [], [], []
    for scode, stitle, sw, ops in TREE:
        srow = len(trs)
        trs.append(None)
        sparts = []
        for ocode, otitle, ow, rows in ops:
            orow = len(trs)
            trs.append(None)
            oparts = []
            for icode, iname, um, iw, traw, rraw, kind, tv, rv in rows:
                if kind == "date":
                    a = Decimal(0)
                else:
                    a = capped(Decimal(str(rv)), Decimal(str(tv)), kind)
                araw = pct(a)
                oparts.append((Decimal(iw.rstrip("%")), Decimal(araw.rstrip("%").replace(",", "."))))
                trs.append(f"<tr class=i><td class=k>{icode}</td><td>{esc(iname)}</td><td class=c>{iw}</td>"
                           f"<td class=c>{esc(traw)} / {esc(rraw)}</td><td class=r>{araw}</td>"
                           f"<td>{esito(a)}</td></tr>")
                inds.append(ind(iname, ocode, code=icode, unit=um, weight=iw, targets=[(YEAR, traw)],
                                results=[(YEAR, rraw)], achievement=[(YEAR, araw)]))
            oa = sum(w * a for w, a in oparts) / sum(w for w, _ in oparts)
            oraw = pct(oa)
            sparts.append((Decimal(ow.rstrip("%")), Decimal(oraw.rstrip("%").replace(",", "."))))
            trs[orow] = (f"<tr class=o><td>{ocode}</td><td>{esc(otitle)}</td><td class=c>{ow}</td><td></td>"
                         f"<td class=r>{oraw}</td><td>{esito(oa)}</td></tr>")
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, achievement=[(YEAR, oraw)]))
        sa = sum(w * a for w, a in sparts) / sum(w for w, _ in sparts)
        sraw = pct(sa)
        if scode == FAULT[0]:
            assert sraw != FAULT[1]
            print(f"  fault: {scode} prints {FAULT[1]}, weighted mean {sraw}")
            sraw = FAULT[1]
        trs[srow] = (f"<tr class=s><td>{scode}</td><td>{esc(stitle)}</td><td class=c>{sw}</td><td></td>"
                     f"<td class=r>{sraw}</td><td>{esito(sraw.rstrip('%').replace(',', '.'))}</td></tr>")
        nodes.append(node(scode, "strategic", stitle, weight=sw, achievement=[(YEAR, sraw)]))
    head = ("<thead><tr><th style='width:13mm'>Codice</th><th>Obiettivo / indicatore</th><th style='width:11mm'>Peso"
            "</th><th style='width:36mm'>Atteso 2025 / Conseguito</th><th style='width:23mm'>Grado di "
            "raggiungimento</th><th style='width:25mm'>Esito</th></tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Relazione sulla performance 2025 – Allegato A: risultati degli "
            "obiettivi strategici e operativi</p><table>" + head + "<tbody>" + "".join(trs) + "</tbody></table>"
            "<p class=note>Peso: peso dell'obiettivo strategico sul totale, dell'obiettivo operativo sull'obiettivo "
            "strategico, dell'indicatore sull'obiettivo operativo. Grado dell'indicatore: conseguito / atteso "
            "(atteso / conseguito per gli indicatori da ridurre; scadenze: 100% se rispettate, 0% altrimenti), al "
            "massimo 100%. Grado dell'obiettivo: media ponderata dei gradi del livello inferiore.</p>")
    h = html_page3(body, CSS, landscape=False, margin="15mm 13mm",
                   top_right=q("Relazione sulla performance 2025"), bottom_center=q("") + " counter(page)",
                   hf_font='7pt "URW Bookman"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    # nodes in document order: strategic first, then its operational objectives
    order = []
    for scode, *_rest in TREE:
        order += [n for n in nodes if n["code"] == scode]
        order += [n for n in nodes if n["parent"] == scode]
    f = finding("achievement.rollup", FAULT[0], "1.1 prints 95,80%; the weighted mean of 1.1.1 (91,67%, peso 60%) "
                "and 1.1.2 (96,25%, peso 40%) is 93,50%")
    write_truth(d, [doc(ORG, [YEAR], kind="report")], order, inds, findings=[f])
    readme13(d, NAME, "report", CHROMIUM.format(script=SCRIPT), """
Portrait A4, URW Bookman 7.8 pt. Title, subtitle `Relazione sulla performance 2025 – Allegato A …`, then ONE table
`Codice | Obiettivo / indicatore | Peso | Atteso 2025 / Conseguito | Grado di raggiungimento | Esito`. Three levels
in the same columns: strategic rows (`1.1`, shaded, bold), operational rows (`1.1.1`, bold italic) and indicator
rows (code `KPI_101` in a monospace face). The TARGET AND THE RESULT SHARE ONE CELL, separated by ` / ` (`≥ 180 /
204`, `entro il 31/10/2025 / 14/11/2025`). Weights at every level (strategic on the total, operational within the
strategic objective, indicators within the operational one). Grades capped at 100%, missed deadline 0,00%; objective
grades are the weighted means of the grades one level below (stated in the closing note). `Esito` in words. Only
vertical hairlines between columns, heavy rules above/below the header and at the end. Running header and page
number. Truth: target raw and result raw split at the ` / `; achievements as printed; year 2025.
""", ["target and result in ONE cell separated by ` / `", "three levels in one table told apart by shading/italics",
      "indicator codes in a monospace face", "`Esito` column in words", "URW Bookman serif, vertical hairlines only",
      "weights at every level"],
     ["strategic weights 30 + 20 + 30 + 20 = 100; operational and indicator weights sum to 100 within their parent",
      "capped grades: `≥ 180 / 204` → 100,00%; `≤ 30 gg / 21 gg` → 100,00%",
      "`≤ 4,0 gg / 4,6 gg` → 86,96% (target / result for a lower-is-better indicator)",
      "missed deadline `entro il 31/10/2025 / 14/11/2025` → 0,00%", "`= 100% / 100%` → 100,00%",
      "objective grades as WEIGHTED means (1.2.1: 60% × 100 + 40% × 0 = 60,00%; 2.1 = 98,05%)"],
     ["`achievement.rollup` on `1.1`: printed 95,80%, the weighted mean of 1.1.1 (91,67%, 60%) and 1.1.2 (96,25%, "
      "40%) is 93,50%"])
    return NAME


if __name__ == "__main__":
    print(build())
