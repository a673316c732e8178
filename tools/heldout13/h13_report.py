#!/usr/bin/python3
"""h13-report-chromium-1: a comune's performance report 2025 printed by Chromium. Portrait, DejaVu Serif 8 pt,
horizontal rules only; ONE table for all levels with the ACHIEVEMENT in the FIRST column (`Grado di
raggiungimento`), then `Codice | Descrizione | Peso | Atteso 2025 | Rilevato 2025`; strategic `S1`, operational
`S1.2`, indicators `K01`; achievements capped at 100% where results exceed targets; roll-ups as weighted means;
date, SI and `≤` targets; a closing row for the whole body (not an entity). Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, capped, case_dir, chromium_pdf, doc, dpct, esc, genre_readme, html_page3,  # noqa: E402
                      ind, node, q, rnd, td, write_truth)

SCRIPT = "h13_report.py"
NAME = "h13-report-chromium-1"
ORG = "Comune di Valdirupe"
YEAR = 2025

# strategic (code, title, w) -> operational (code, title, w, owner) -> indicator (code, name, w, unit, target,
# result, (op, tval, rval) or ("date"/"yesno", met))
TREE = [
    ("S1", "Città sicura e vivibile", 40, [
        ("S1.1", "Potenziare il presidio del territorio da parte della Polizia Locale", 60, "Comando Polizia Locale", [
            ("K01", "Ore di pattugliamento serale e notturno", 30, "N.", "≥ 4.500", "4.812", ("ge", 4500, 4812)),
            ("K02", "Tempo medio di intervento su chiamata", 40, "min", "≤ 18 min", "16 min", ("le", 18, 16)),
            ("K03", "Verbali notificati entro 90 giorni dall'accertamento", 30, "%", "≥ 95%", "91,2%",
             ("ge", 95, "91.2"))]),
        ("S1.2", "Curare il verde e gli spazi pubblici", 40, "Settore Lavori Pubblici e Ambiente", [
            ("K04", "Aree verdi manutenute secondo il calendario degli interventi", 50, "%", "≥ 90%", "84,6%",
             ("ge", 90, "84.6")),
            ("K05", "Approvazione del piano comunale del verde", 50, "date", "entro il 30/06/2025", "12/06/2025",
             ("date", True))])]),
    ("S2", "Servizi alla persona e alla famiglia", 35, [
        ("S2.1", "Ridurre le liste d'attesa dei servizi educativi 0-3 anni", 50, "Settore Servizi Educativi", [
            ("K06", "Domande di iscrizione al nido accolte", 60, "%", "≥ 85%", "88,4%", ("ge", 85, "88.4")),
            ("K07", "Posti nido in convenzione attivati", 40, "N.", "≥ 40", "36", ("ge", 40, 36))]),
        ("S2.2", "Sostenere la domiciliarità delle persone anziane", 50, "Settore Servizi Sociali", [
            ("K08", "Utenti del servizio di assistenza domiciliare", 50, "N.", "≥ 220", "231", ("ge", 220, 231)),
            ("K09", "Tempo medio di attivazione del servizio dalla domanda", 50, "gg", "≤ 15 gg", "18 gg",
             ("le", 15, 18))])]),
    ("S3", "Ente digitale e trasparente", 25, [
        ("S3.1", "Digitalizzare i servizi al cittadino e alle imprese", 100, "Settore Innovazione e Sistemi Informativi", [
            ("K10", "Servizi on line accessibili con SPID o CIE", "33.33", "N.", "≥ 40", "44", ("ge", 40, 44)),
            ("K11", "Pubblicazione del nuovo portale istituzionale", "33.33", "text", "SI", "SI", ("yesno", True)),
            ("K12", "Pratiche edilizie presentate tramite lo sportello on line", "33.34", "%", "≥ 98%", "97,0%",
             ("ge", 98, 97))])]),
]


def w(x):
    x = Decimal(str(x))
    return dpct(x, 2 if x != x.to_integral() else 0)


def ach_of(spec):
    if spec[0] in ("date", "yesno"):
        return Decimal(100) if spec[1] else Decimal(0)
    return rnd(capped(spec[2], spec[1], spec[0]), 2)


CSS = """body { font-family: "DejaVu Serif", serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 2mm 0; }
p.intro { margin: 0 0 3mm 0; text-align: justify; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: none; border-bottom: 0.5pt solid #888; padding: 2.4pt 3pt; vertical-align: top; }
thead th { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; font-weight: bold; text-align: left; }
tr { break-inside: avoid; }
tr.s td { font-weight: bold; border-top: 1pt solid #000; padding-top: 4pt; }
tr.o td { font-style: italic; }
tr.i td.d { padding-left: 12pt; }
td.g { text-align: right; padding-right: 8pt; } td.n { text-align: center; }
tr.tot td { font-weight: bold; border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }
p.foot { font-size: 7pt; margin-top: 3mm; }"""


def build():
    cols = ("<colgroup><col style='width:13%'><col style='width:7%'><col><col style='width:8%'>"
            "<col style='width:14%'><col style='width:12%'></colgroup>")
    head = ("<thead><tr><th style='text-align:right'>Grado di raggiungimento</th><th>Codice</th><th>Descrizione</th>"
            "<th>Peso</th><th>Atteso 2025</th><th>Rilevato 2025</th></tr></thead>")
    rows, nodes, inds = [], [], []
    overall = Decimal(0)
    for scode, stitle, sw, ops in TREE:
        srow = len(rows)
        rows.append(None)
        sach = Decimal(0)
        for ocode, otitle, ow, owner, ilist in ops:
            orow = len(rows)
            rows.append(None)
            oach = Decimal(0)
            for icode, iname, iw, unit, tg, res, spec in ilist:
                a = ach_of(spec)
                oach += Decimal(str(iw)) * a / 100
                rows.append("<tr class=i>" + td(dpct(a), "g") + td(icode) + td(iname, "d") + td(w(iw), "n")
                            + td(tg) + td(res) + "</tr>")
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=w(iw), targets=[(YEAR, tg)],
                                results=[(YEAR, res)], achievement=[(YEAR, dpct(a))]))
            oach = rnd(oach, 2)
            rows[orow] = ("<tr class=o>" + td(dpct(oach), "g") + td(ocode) + td(f"{otitle} ({owner})", "d")
                          + td(w(ow), "n") + "<td></td><td></td></tr>")
            nodes.append(node(ocode, "operational", f"{otitle}", parent=scode, weight=w(ow),
                              achievement=[(YEAR, dpct(oach))], owners=[owner]))
            sach += Decimal(ow) * oach / 100
        sach = rnd(sach, 2)
        rows[srow] = ("<tr class=s>" + td(dpct(sach), "g") + td(scode) + td(stitle.upper()) + td(w(sw), "n")
                      + "<td></td><td></td></tr>")
        nodes.insert(len(nodes) - len(ops), node(scode, "strategic", stitle.upper(), weight=w(sw),
                                                 achievement=[(YEAR, dpct(sach))]))
        overall += Decimal(sw) * sach / 100
    rows.append("<tr class=tot>" + td(dpct(rnd(overall, 2)), "g") + "<td></td>"
                + td("Grado di raggiungimento complessivo degli obiettivi dell'ente") + td("100%", "n")
                + "<td></td><td></td></tr>")
    body = [f"<h1>{esc(ORG)}</h1>", "<p class=sub>Relazione sulla performance 2025 – Allegato 2: grado di "
            "raggiungimento degli obiettivi strategici e operativi</p>",
            "<p class=intro>Per ciascun indicatore il grado di raggiungimento è il rapporto tra valore rilevato e "
            "valore atteso (rovesciato per gli indicatori da ridurre), con un massimo del 100%; per le scadenze e "
            "per gli adempimenti vale 100% se rispettati, 0% altrimenti. Il grado degli obiettivi operativi è la "
            "media dei gradi degli indicatori ponderata con i loro pesi; quello degli obiettivi strategici è la "
            "media ponderata dei loro obiettivi operativi. Tra parentesi il settore responsabile.</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=foot>Dati validati dal Nucleo di valutazione nella seduta del 14 aprile 2026.</p>"]
    h = html_page3("\n".join(body), CSS, margin="16mm 14mm 16mm 14mm", top_left=q(ORG + " – Relazione 2025"),
                   bottom_right=q("pagina ") + " counter(page)", hf_font='7pt "DejaVu Serif"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds)
    genre_readme(d, NAME, "report", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8 pt, HORIZONTAL RULES ONLY (a thin rule under each row, heavy rules around the header and
the closing row). Title, subtitle, a paragraph stating how achievements are computed (capped ratio; weighted means
upwards). ONE table for all levels whose FIRST column is the achievement: `Grado di raggiungimento | Codice |
Descrizione | Peso | Atteso 2025 | Rilevato 2025`. Strategic rows (`S1`, title in capitals, bold), operational rows
(`S1.1`, italic, title followed by the responsible sector in parentheses) and indicator rows (`K01`, indented).
Weights at every level (`40%`, `33,33%`). Achievements capped at 100% when results exceed targets (`4.812` vs `≥
4.500`), `≤` targets met by lower results, a date target met (`12/06/2025` vs `entro il 30/06/2025`), `SI`/`SI`,
partial ones (`96,00%`, `83,33%`, `98,98%`). A closing row gives the body's overall achievement (weights 40/35/25).
Truth: operational title WITHOUT the parenthesised sector, which is the owner; the closing row is not a node.
""", ["achievement as the first column", "all levels in one table, told apart by code shape and style",
      "results above target capped at 100%", "date, SI and `≤` targets", "horizontal rules only, serif"], [])
    return NAME


if __name__ == "__main__":
    print(build())
