#!/usr/bin/python3
"""fam10-results-chromium-1: a university's results 2025 WITHOUT WEIGHTS, printed by Chromium. Portrait, Liberation
Serif 9 pt, no vertical rules, zebra; ONE table `Codice | Descrizione | Target % | Risultato % | Realizzazione %` for
three levels (strategic lines `1`, objectives `1.1`, indicators `1.1.a`); the unit only in the header: indicator cells
are BARE numbers (`18`, `19,4`, `93,0`, `100`), while line and objective rows print their realisation WITH the sign
(`96,5%`); one lower-is-better target written `≤ 12`; a provisional result `31*` with its footnote; one `dato in
aggiornamento` result left out of the mean; objective realisation = PLAIN mean of its indicators (capped at 100), line
realisation = plain mean of its objectives. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, html_page3, ind, node, q,  # noqa: E402
                      readme13, rnd, write_truth)

SCRIPT = "fam10_results.py"
ORG = "Università per Stranieri di Casalvento"
YEAR = 2025

# line (code, title) -> objective (code, title) -> indicator (code, name, target raw, (op, tv), result raw, rv)
LINES = [
    ("1", "Internazionalizzazione e attrattività", [
        ("1.1", "Aumentare gli studenti internazionali iscritti ai corsi di laurea", [
            ("1.1.a", "Iscritti con titolo di accesso conseguito all'estero", "18", ("ge", 18), "19,4", "19.4"),
            ("1.1.b", "Studenti internazionali che superano il test di italiano B2 al primo tentativo", "70",
             ("ge", 70), "65,1", "65.1")]),
        ("1.2", "Potenziare la mobilità Erasmus in uscita", [
            ("1.2.a", "Studenti in mobilità sul totale degli iscritti", "6", ("ge", 6), "5,4", "5.4"),
            ("1.2.b", "CFU conseguiti all'estero e riconosciuti in carriera", "95", ("ge", 95), "98,2", "98.2")])]),
    ("2", "Didattica e servizi agli studenti", [
        ("2.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("2.1.a", "Studenti che proseguono al secondo anno con almeno 40 CFU", "55", ("ge", 55), "57,3", "57.3"),
            ("2.1.b", "Abbandoni dopo il primo anno di corso", "≤ 12", ("le", 12), "10,5", "10.5"),
            ("2.1.c", "Laureati entro la durata normale del corso", "60", ("ge", 60), "dato in aggiornamento",
             None)]),
        ("2.2", "Qualificare i corsi di lingua e cultura italiana", [
            ("2.2.a", "Corsisti soddisfatti della didattica", "85", ("ge", 85), "88", "88"),
            ("2.2.b", "Corsi erogati anche in modalità a distanza", "40", ("ge", 40), "36", "36")])]),
    ("3", "Organizzazione e sostenibilità", [
        ("3.1", "Ridurre l'impatto ambientale delle sedi", [
            ("3.1.a", "Riduzione dei consumi elettrici rispetto al 2023", "5", ("ge", 5), "5,6", "5.6"),
            ("3.1.b", "Energia da fonti rinnovabili sul fabbisogno", "30", ("ge", 30), "31*", "31")]),
        ("3.2", "Digitalizzare i processi amministrativi", [
            ("3.2.a", "Procedimenti gestiti con flusso documentale digitale", "75", ("ge", 75), "70,5", "70.5"),
            ("3.2.b", "Fatture pagate entro 30 giorni dal ricevimento", "95", ("ge", 95), "97,1", "97.1")])]),
]

CSS = """body { font-family: "Liberation Serif", serif; font-size: 9pt; color: #151515; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 10pt; margin: 1mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { border-top: 1.4pt solid #000; border-bottom: 0.8pt solid #000; padding: 3pt; text-align: left; }
th.n, td.n { text-align: right; }
td { padding: 2.4pt 3pt; vertical-align: top; }
tr.line td { background: #5b2a2a; color: #fff; font-weight: bold; }
tr.obj td { font-weight: bold; border-top: 0.6pt solid #5b2a2a; }
tr.ind:nth-of-type(even) td { background: #f3eeee; }
tr.ind td.d { padding-left: 12pt; }
p.foot { font-size: 8pt; margin-top: 3mm; }"""


def real(op, tv, rv):
    return rnd(capped(Decimal(rv), Decimal(tv), op), 1)


def fmt1(x):
    x = rnd(x, 1)
    return "100" if x == 100 else dnum(x, 1, group=False)


def build():
    name = "fam10-results-chromium-1"
    nodes, inds = [], []
    rows = []
    for lcode, ltitle, objs in LINES:
        lrow = len(rows)
        rows.append(None)
        omeans = []
        lnode = len(nodes)
        nodes.append(None)
        for ocode, otitle, ilist in objs:
            orow = len(rows)
            rows.append(None)
            reals = []
            for icode, iname, traw, (op, tv), rraw, rv in ilist:
                if rv is None:
                    a = None
                    araw = "–"
                else:
                    a = real(op, tv, rv)
                    araw = fmt1(a)
                    reals.append(a)
                rows.append(f"<tr class=ind><td>{icode}</td><td class=d>{esc(iname)}</td><td class=n>{esc(traw)}</td>"
                            f"<td class=n>{esc(rraw)}</td><td class=n>{araw}</td></tr>")
                inds.append(ind(iname, ocode, code=icode, unit="%", targets=[(YEAR, traw)], results=[(YEAR, rraw)],
                                achievement=[(YEAR, araw)] if a is not None else []))
            om = rnd(sum(reals) / len(reals), 1)
            omeans.append(om)
            oraw = dnum(om, 1, group=False) + "%"
            rows[orow] = (f"<tr class=obj><td>{ocode}</td><td>{esc(otitle)}</td><td></td><td></td>"
                          f"<td class=n>{oraw}</td></tr>")
            nodes.append(node(ocode, "strategic", otitle, parent=lcode, achievement=[(YEAR, oraw)]))
        lm = rnd(sum(omeans) / len(omeans), 1)
        lraw = dnum(lm, 1, group=False) + "%"
        rows[lrow] = (f"<tr class=line><td>{lcode}</td><td>Linea strategica {lcode} – {esc(ltitle)}</td><td></td>"
                      f"<td></td><td class=n>{lraw}</td></tr>")
        nodes[lnode] = node(lcode, "area", ltitle, achievement=[(YEAR, lraw)])
    cols = ("<colgroup><col style='width:14mm'><col><col style='width:19mm'><col style='width:28mm'>"
            "<col style='width:25mm'></colgroup>")
    head = ("<thead><tr><th>Codice</th><th>Descrizione</th><th class=n>Target %</th><th class=n>Risultato %</th>"
            "<th class=n>Realizzazione %</th></tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Relazione sulla performance 2025 – Allegato B: risultati degli obiettivi strategici</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=foot>Valori in percentuale. La realizzazione dell'indicatore è il rapporto tra risultato e "
            "target, con un massimo di 100 (per l'indicatore 2.1.b, il cui target è un valore massimo, il rapporto tra "
            "target e risultato). La realizzazione dell'obiettivo è la media semplice delle realizzazioni dei suoi "
            "indicatori; quella della linea strategica la media semplice dei suoi obiettivi. Gli indicatori con dato "
            "in aggiornamento non concorrono alla media.<br>* dato provvisorio, in attesa della certificazione del "
            "gestore.</p>"]
    h = html_page3("\n".join(body), CSS, margin="16mm 15mm 16mm 15mm",
                   bottom_center=q("– ") + " counter(page) " + q(" –"), hf_font='8pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, name, "results list without weights", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Serif 9 pt, NO vertical rules (heavy rule over the header, thin rule above each objective),
indicator rows zebra. Title (the university) and subtitle `Relazione sulla performance 2025 – Allegato B: risultati
degli obiettivi strategici`, then one table `Codice | Descrizione | Target % | Risultato % | Realizzazione %`. Three
kinds of row: strategic LINE bands (dark, white text: `1` + `Linea strategica 1 – …` + realisation `95,8%`), objective
rows (bold: `1.1` + title + realisation `96,5%`) and indicator rows (`1.1.a` + name + bare target, bare result, bare
realisation `93,0` / `100`). The unit is only in the header. One target is `≤ 12` (a maximum), one result `31*`
(provisional, footnote), one result `dato in aggiornamento` with realisation `–`. A closing note gives the method.
Truth: lines `area` (title without `Linea strategica 1 – `), objectives `strategic` (parent = line), both with their
printed realisation as achievement; indicators with code, unit `%`, bare raws; no weights anywhere; the `–`
realisation is left out (no achievement).
""", ["one table for three levels, level told by band / bold / code shape (`1`, `1.1`, `1.1.a`)",
      "unit only in the header: bare numbers in indicator cells, `%` only on line and objective realisations",
      "`≤ 12` among bare targets; footnote-marked result `31*`; `dato in aggiornamento` with `–`",
      "`Linea strategica 1 – ` prefix in the band", "portrait serif, no vertical rules, zebra"],
     ["NO weights anywhere: realisations are PLAIN means (objective of its indicators, line of its objectives)",
      "realisations capped at 100 (`19,4` on `18`, `98,2` on `95`, `31*` on `30`)",
      "`≤ 12` with result `10,5` is fully achieved (100), not 87,5",
      "the `dato in aggiornamento` indicator does not count in 2.1's mean (2.1 = 100,0%)",
      "line realisations rounded to one decimal from the objectives' (95,75 → 95,8%)"], [])
    return name


if __name__ == "__main__":
    print(build())
