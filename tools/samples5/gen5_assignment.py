#!/usr/bin/python3
"""Genre: assignment. Two cases:
- gen5-assignment-chromium-1: a comune's PEG assignment, landscape, three unit levels (Settore > Servizio > Ufficio)
  as dark heading bars with the responsible person on the right, one borderless zebra table per unit with columns
  `Cod. | Obiettivo | Incidenza % | Indicatore | Peso | Dato storico 2025 | Valore atteso 2026`; clean.
- gen5-assignment-ods-1: a local health authority's budget sheets as an ODS workbook: an index sheet, then ONE SHEET
  PER UNIT (the unit named in A1, its director in A2, `Struttura di afferenza` for a UOC); objective cells merged
  down; weights as `0%` number cells; fault weight.missing.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import (case_dir, chromium_pdf, doc, esc, finding, genre_readme, grp, html_page3, ind, lo_convert,  # noqa: E402
                     node, pct, q, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

# the general objective assigned to every unit (same indicators, weights and targets everywhere)
OG1 = ("OG.1", "Attuare le misure del Piano di prevenzione della corruzione e della trasparenza", [
    ("Misure di competenza attuate nei termini", "60%", "100%", "= 100%", "%"),
    ("Dipendenti formati sull'etica pubblica e sul codice di comportamento", "40%", "85%", "≥ 90%", "%")])


def assignment_chromium():
    name = "gen5-assignment-chromium-1"
    org = "Comune di Vallerana"
    # unit: (title, parent title, level word, responsible, objectives); objective: (code, title, weight, indicators)
    # indicator: (name, weight, baseline 2025, target 2026, unit)
    units = [
        ("Settore Affari generali e istituzionali", None, "dott.ssa Carla Morandi", [
            (OG1, "20%"),
            (("AG.1", "Riorganizzare gli sportelli dei servizi demografici", [
                ("Certificati rilasciati on line sul totale", "50%", "46%", "≥ 55%", "%"),
                ("Tempo medio di attesa allo sportello", "50%", "24 min", "≤ 15 min", "min")]), "45%"),
            (("AG.2", "Digitalizzare gli atti degli organi collegiali", [
                ("Deliberazioni pubblicate entro 5 giorni dall'adozione", "100%", "78%", "≥ 95%", "%")]), "35%")]),
        ("Servizio Segreteria e contratti", "Settore Affari generali e istituzionali", "dott. Luca Ferrandi", [
            (OG1, "30%"),
            (("AG.2", "Digitalizzare gli atti degli organi collegiali", [
                ("Deliberazioni pubblicate entro 5 giorni dall'adozione", "100%", "78%", "≥ 95%", "%")]), "40%"),
            (("SC.1", "Ridurre i tempi di stipula dei contratti di appalto", [
                ("Tempo medio tra aggiudicazione e stipula", "70%", "62 gg", "≤ 45 gg", "gg"),
                ("Contratti stipulati in modalità elettronica", "30%", "N/D", "= 100%", "%")]), "30%")]),
        ("Ufficio Protocollo e archivio", "Servizio Segreteria e contratti", "sig.ra Anna Pellegrini", [
            (OG1, "40%"),
            (("PA.1", "Completare il riordino dell'archivio di deposito", [
                ("Metri lineari di documentazione riordinata", "60%", "120", "≥ 180", None),
                ("Scarto d'archivio autorizzato dalla Soprintendenza", "40%", "-", "entro il 30/11/2026", "date")]),
             "60%")]),
        ("Settore Servizi finanziari", None, "dott. Michele Baraldi", [
            (OG1, "15%"),
            (("SF.1", "Migliorare la tempestività dei pagamenti", [
                ("Indicatore annuale di tempestività dei pagamenti", "60%", "6 gg", "≤ 0 gg", "gg"),
                ("Fatture pagate entro 30 giorni", "40%", "91%", "≥ 95%", "%")]), "50%"),
            (("SF.2", "Rafforzare il recupero delle entrate tributarie", [
                ("Riscossione coattiva sul totale dei residui attivi", "100%", "18%", "≥ 25%", "%")]), "35%")]),
        ("Servizio Tributi", "Settore Servizi finanziari", "dott.ssa Giulia Sanna", [
            (OG1, "25%"),
            (("SF.2", "Rafforzare il recupero delle entrate tributarie", [
                ("Riscossione coattiva sul totale dei residui attivi", "100%", "18%", "≥ 25%", "%")]), "45%"),
            (("TR.1", "Attivare lo sportello telematico del contribuente", [
                ("Pratiche TARI presentate on line", "100%", "12%", "≥ 40%", "%")]), "30%")]),
    ]
    css = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 0.5mm 0 4mm 0; font-size: 9pt; }
div.u { display: flex; justify-content: space-between; color: #fff; padding: 2.5pt 5pt; margin-top: 4mm; break-after: avoid; }
div.l1 { background: #3b3b6d; font-size: 9.5pt; font-weight: bold; }
div.l2 { background: #5f5f9a; font-size: 9pt; font-weight: bold; margin-left: 6mm; }
div.l3 { background: #8a8ac0; font-size: 8.5pt; margin-left: 12mm; }
table { border-collapse: collapse; width: 100%; break-inside: avoid; }
th { text-align: left; font-weight: bold; padding: 2pt 4pt; border-bottom: 0.8pt solid #3b3b6d; vertical-align: bottom; }
td { padding: 2pt 4pt; vertical-align: top; }
tr.z td { background: #eeeef6; } td.c { width: 12mm; font-weight: bold; } td.o { width: 70mm; }
td.w { width: 18mm; text-align: center; } td.v { width: 24mm; text-align: center; }"""
    parts = [f"<h1>{esc(org)}</h1>",
             "<p class=sub>Piano esecutivo di gestione 2026 – Assegnazione degli obiettivi alle strutture organizzative</p>"]
    nodes, inds = [], []
    level = {None: "l1"}
    for utitle, parent, boss, objs in units:
        cls = "l1" if parent is None else ("l2" if level.get(parent) == "l1" else "l3")
        level[utitle] = cls
        lab = "Dirigente" if cls == "l1" else "Responsabile"
        parts.append(f"<div class='u {cls}'><span>{esc(utitle)}</span><span>{lab}: {esc(boss)}</span></div>")
        nodes.append(node(None, "unit", utitle, parent=parent, owners=[boss]))
        parts.append("<table><thead><tr><th>Cod.</th><th>Obiettivo</th><th style='text-align:center'>Incidenza %</th>"
                     "<th>Indicatore</th><th style='text-align:center'>Peso</th><th style='text-align:center'>Dato storico 2025</th>"
                     "<th style='text-align:center'>Valore atteso 2026</th></tr></thead><tbody>")
        z = False
        for (ocode, otitle, ilist), ow in objs:
            z = not z
            for k, (iname, iw, base, tg, unit) in enumerate(ilist):
                lead = ""
                if k == 0:
                    rs = len(ilist)
                    lead = (f"<td class=c rowspan={rs}>{esc(ocode)}</td><td class=o rowspan={rs}>{esc(otitle)}</td>"
                            f"<td class=w rowspan={rs}>{ow}</td>")
                parts.append(f"<tr class={'z' if z else 'n'}>{lead}<td>{esc(iname)}</td><td class=w>{iw}</td>"
                             f"<td class=v>{esc(base)}</td><td class=v>{esc(tg)}</td></tr>")
                inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2025, base)], targets=[(2026, tg)],
                                unit_org=utitle))
            nodes.append(node(ocode, "operational", otitle, weight=ow, unit=utitle))
        parts.append("</tbody></table>")
    h = html_page3("\n".join(parts), css, landscape=True, margin="14mm 13mm",
                   top_right=q(f"{org} – PEG 2026"), bottom_right='"pag. " counter(page)', hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds)
    genre_readme(d, name, "assignment", "HTML printed to PDF by Chromium headless.", """
Landscape A4, DejaVu Sans Condensed 8 pt. Title (the Comune) and `Piano esecutivo di gestione 2026 – Assegnazione
degli obiettivi alle strutture organizzative`. Each organisational unit is a coloured heading BAR with the unit's name
on the left and `Dirigente: …` / `Responsabile: …` on the right (truth: unit node owners); three levels, indented and
lighter as they go down: Settore (`Settore Affari generali e istituzionali`) > Servizio (`Servizio Segreteria e
contratti`) > Ufficio (`Ufficio Protocollo e archivio`); unit parents are the enclosing unit's title. Under each bar a
borderless table (rule under the header, zebra shading per objective) `Cod. | Obiettivo | Incidenza % | Indicatore |
Peso | Dato storico 2025 | Valore atteso 2026`; code, title and the unit's weight (`Incidenza %`) span the objective's
indicator rows. The general objective `OG.1` is assigned to every unit with that unit's incidence (20%, 30%, 40%,
15%, 25%); `AG.2` and `SF.2` are shared by a Settore and its Servizio. Shared objectives keep the same indicators,
weights and targets everywhere. Objective incidences sum to 100% per unit; indicator weights to 100% per objective.
Running header `Comune di Vallerana – PEG 2026`, footer `pag. n`.
""", ["units as heading bars with the responsible person on the right; three nested unit levels",
      "header synonyms `Incidenza %`, `Dato storico 2025`, `Valore atteso 2026`",
      "objective code/title/weight spanning the indicator rows; zebra per objective",
      "units `min` (minutes) and a date target `entro il 30/11/2026`; baselines `N/D`, `-`",
      "landscape, borderless, DejaVu Sans Condensed 8 pt"], [])
    return name


def assignment_ods():
    from openpyxl import Workbook
    name = "gen5-assignment-ods-1"
    org = "Azienda Sanitaria Locale della Val Tessaro"
    P0, P1, N0 = "0%", "0.0%", "#,##0"
    OB1 = ("OB.01", "Rispettare il budget di spesa assegnato per beni sanitari e servizi", [
        ("Scostamento della spesa rispetto al budget negoziato", 1.0, (0.012, P1), "≤ 0%", "%")])
    # sheet: (sheet name, unit title, director line, afferenza, objectives [(objective, weight or None)])
    # indicator: (name, weight, baseline (value, fmt) or text, target, unit)
    sheets = [
        ("DIP_PREV", "Dipartimento di Prevenzione", "Direttore: dott. Ettore Galli", None, [
            (OB1, 0.2),
            (("PR.01", "Aumentare l'adesione agli screening oncologici", [
                ("Adesione allo screening del tumore della cervice uterina", 0.5, (0.48, P1), "≥ 52%", "%"),
                ("Adesione allo screening del tumore del colon retto", 0.5, (0.39, P1), "≥ 45%", "%")]), 0.5),
            (("PR.02", "Rafforzare i controlli sulla sicurezza nei luoghi di lavoro", [
                ("Aziende ispezionate sul totale delle unità locali", 0.6, (0.047, P1), "≥ 5,5%", "%"),
                ("Cantieri edili controllati", 0.4, (612, N0), "≥ 650", None)]), 0.3)]),
        ("UOC_ISP", "UOC Igiene e Sanità Pubblica", "Direttore: dott.ssa Silvia Marchetti",
         "Dipartimento di Prevenzione", [
            (OB1, 0.3),
            (("PR.01", "Aumentare l'adesione agli screening oncologici", [
                ("Adesione allo screening del tumore della cervice uterina", 0.5, (0.48, P1), "≥ 52%", "%"),
                ("Adesione allo screening del tumore del colon retto", 0.5, (0.39, P1), "≥ 45%", "%")]), 0.3),
            (("IS.01", "Migliorare la copertura vaccinale della popolazione", [
                ("Copertura vaccinale antinfluenzale negli over 65", 0.6, (0.538, P1), "≥ 60%", "%"),
                ("Copertura vaccinale MPR a 24 mesi", 0.4, (0.931, P1), "≥ 95%", "%")]), 0.4)]),
        ("UOC_FARM", "UOC Farmaceutica Territoriale", "Direttore: dott. Roberto Caselli", None, [
            (OB1, 0.3),
            (("FT.01", "Promuovere l'uso dei farmaci a brevetto scaduto", [
                ("Unità posologiche di farmaci a brevetto scaduto sul totale", 1.0, (0.772, P1), "≥ 80%", "%")]), 0.4),
            (("FT.02", "Ridurre i tempi di distribuzione diretta dei farmaci", [
                ("Tempo medio di evasione delle richieste di distribuzione diretta", 0.7, "3,5 gg", "≤ 2 gg", "gg"),
                ("Farmacie convenzionate aderenti alla distribuzione per conto", 0.3, (0.86, P1), "≥ 95%", "%")]), None),
            (("FT.03", "Completare la dematerializzazione dei piani terapeutici", [
                ("Piani terapeutici emessi in formato elettronico", 1.0, (0.64, P1), "≥ 90%", "%")]), 0.3)]),
    ]
    FAULT_UNIT = "UOC Farmaceutica Territoriale"

    def disp(v):
        if isinstance(v, str):
            return v
        x, f = v
        return pct(x, 1) if f == P1 else grp(x)

    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    F = "Liberation Sans"
    f9, fb = Font(name=F, size=9), Font(name=F, size=9, bold=True)
    wb = Workbook()
    ix = wb.active
    ix.title = "Indice"
    ix.column_dimensions["A"].width = 14
    ix.column_dimensions["B"].width = 70
    xl_put(ix, 1, 1, org, font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ix, 2, 1, "Schede di budget 2026 – assegnazione degli obiettivi alle strutture", font=Font(name=F, size=11),
           wrap=False)
    xl_put(ix, 4, 1, "Ogni foglio riporta gli obiettivi negoziati con una struttura, il peso di ciascun obiettivo per "
           "la struttura e gli indicatori con il target 2026.", font=Font(name=F, size=9, italic=True), wrap=False)
    xl_put(ix, 6, 1, "Foglio", font=fb, border=grid)
    xl_put(ix, 6, 2, "Struttura", font=fb, border=grid)
    for i, s in enumerate(sheets):
        xl_put(ix, 7 + i, 1, s[0], font=f9, border=grid)
        xl_put(ix, 7 + i, 2, s[1], font=f9, border=grid)
    nodes, inds = [], []
    for sname, utitle, boss, aff, objs in sheets:
        ws = wb.create_sheet(sname)
        for k, w in zip("ABCDEFG", (11, 38, 10, 44, 10, 11, 11)):
            ws.column_dimensions[k].width = w
        xl_put(ws, 1, 1, utitle, font=Font(name=F, size=12, bold=True), wrap=False)
        xl_put(ws, 2, 1, boss, font=f9, wrap=False)
        if aff:
            xl_put(ws, 3, 1, f"Struttura di afferenza: {aff}", font=f9, wrap=False)
        xl_put(ws, 4, 1, "Scheda di budget 2026", font=Font(name=F, size=9, italic=True), wrap=False)
        heads = ["Codice obiettivo", "Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Valore 2025",
                 "Target 2026"]
        for c, t in enumerate(heads, 1):
            xl_put(ws, 6, c, t, font=fb, fill="E2EFDA", border=grid, halign="center", valign="center")
        r = 7
        nodes.append(node(None, "unit", utitle, parent=aff, owners=[boss.split(": ", 1)[1]]))
        for (ocode, otitle, ilist), ow in objs:
            r0 = r
            for iname, iw, base, tg, unit in ilist:
                xl_put(ws, r, 4, iname, font=f9, border=grid)
                xl_put(ws, r, 5, iw, font=f9, border=grid, fmt=P0, halign="center")
                if isinstance(base, str):
                    xl_put(ws, r, 6, base, font=f9, border=grid, halign="right")
                else:
                    xl_put(ws, r, 6, base[0], font=f9, border=grid, fmt=base[1], halign="right")
                xl_put(ws, r, 7, tg, font=f9, border=grid, halign="right")
                inds.append(ind(iname, ocode, unit=unit, weight=pct(iw), baselines=[(2025, disp(base))],
                                targets=[(2026, tg)], unit_org=utitle))
                r += 1
            xl_put(ws, r0, 1, ocode, font=fb, border=grid)
            xl_put(ws, r0, 2, otitle, font=f9, border=grid)
            xl_put(ws, r0, 3, ow, font=fb, border=grid, fmt=P0, halign="center")
            if r - 1 > r0:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, r0, 1, r - 1, 3, grid)
            nodes.append(node(ocode, "operational", otitle, weight=None if ow is None else pct(ow), unit=utitle))
        xl_fit_rows(ws, 6, r - 1, pt=9)
        ws.freeze_panes = "A7"
        xl_page(ws, landscape=True, title_rows="6:6")
    d = case_dir(name)
    tmp = os.path.join(d, "src.xlsx")
    xl_save(wb, tmp)
    lo_convert(tmp, os.path.join(d, "input.ods"), "ods")
    os.remove(tmp)
    fnd = [finding("weight.missing", FAULT_UNIT,
                   "objective FT.02 of UOC Farmaceutica Territoriale has no weight while its siblings carry one "
                   "(OB.01 30%, FT.01 40%, FT.03 30%)", unit=FAULT_UNIT)]
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds, fnd)
    genre_readme(d, name, "assignment", "openpyxl workbook converted to ODS by LibreOffice (the .ods is the input).", """
An ODS workbook with FOUR sheets. `Indice`: the health authority, `Schede di budget 2026 – …`, an italic sentence and a
small table `Foglio | Struttura` listing the other sheets. Then ONE SHEET PER ORGANISATIONAL UNIT (`DIP_PREV`, `UOC_ISP`,
`UOC_FARM`): A1 the unit (`Dipartimento di Prevenzione`, truth unit title), A2 `Direttore: dott. …` (truth unit owners:
the name after the colon), on the UOC sheet under the department A3 `Struttura di afferenza: Dipartimento di
Prevenzione` (truth unit parent), A4 `Scheda di budget 2026`, then from row 6 a ruled table `Codice obiettivo |
Obiettivo | Peso obiettivo | Indicatore | Peso indicatore | Valore 2025 | Target 2026`; code, title and the unit's
weight (number cell `0%`) are merged down over the objective's indicator rows. Objective `OB.01` (budget) is on every
sheet with the unit's own weight (20%, 30%, 30%); `PR.01` on two sheets. Indicator weights are `0%` number cells;
baselines `0.0%` / `#,##0` number cells or text (`3,5 gg`); targets text (`≥ 52%`, `≤ 0%`, `≥ 650`). Panes frozen
under the header; print titles.
""", ["ODS input; one sheet per unit, unit name and director in cells above the table, an index sheet first",
      "unit hierarchy given only by a `Struttura di afferenza:` line",
      "weights as `0%` number cells at objective and indicator level",
      "`Codice obiettivo` / `Peso obiettivo` / `Peso indicatore` header words",
      "a baseline stored as text (`3,5 gg`) among number cells"],
        ["`weight.missing` on `UOC Farmaceutica Territoriale`: objective `FT.02` has an EMPTY `Peso obiettivo` cell "
         "while its siblings carry 30% + 40% + 30% (which alone already sum to 100%)"])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "ods"]
    if "chromium" in which:
        print(assignment_chromium())
    if "ods" in which:
        print(assignment_ods())
