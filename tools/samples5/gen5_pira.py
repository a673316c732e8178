#!/usr/bin/python3
"""Genre: pira. Two cases:
- gen5-pira-lo-1: a regional agency's "Piano degli indicatori" (D.Lgs. 118/2011, two-digit mission/programme codes),
  a workbook printed by LibreOffice: mission AND programme in ONE band row, objective and allocation merged down,
  `Incidenza %`, two-row header `Valore atteso` over the years, number cells with formats, a totals row;
  fault resources.sum.
- gen5-pira-chromium-1: a national park's PIRA printed by Chromium: one "scheda" per objective (a label/value block
  Missione / Programma / Obiettivo strategico / Risorse finanziarie, then the indicator table), horizontal rules
  only, targets in words; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import (case_dir, chromium_pdf, doc, esc, eur, finding, genre_readme, grp, html_page3, ind, it_num,  # noqa: E402
                     lo_pdf, node, pct, q, vars_of, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save,
                     xl_styles)


def pira_lo():
    from openpyxl import Workbook
    name = "gen5-pira-lo-1"
    org = "Agenzia Regionale per il Diritto allo Studio della Val Morena"
    Y = [2026, 2027, 2028]
    P1, N0, D1, GG, GG1 = "0.0%", "#,##0", "0.0", '0 "gg"', '0.0 "gg"'
    # (mission code, mission title, programme code, programme title, objectives)
    # objective: (code, title, allocation, indicators); indicator: (code, name, formula, weight, baseline(value, fmt), targets, unit)
    blocks = [
        ("04", "Istruzione e diritto allo studio", "04", "Istruzione universitaria", [
            ("Ob. 1", "Garantire la borsa di studio a tutti gli studenti idonei", 18450000.00, [
                ("BS_cop", "Copertura delle borse di studio", "N_borse_erog / N_idonei", 0.7, (0.964, P1),
                 ["≥ 98%", "≥ 99%", "≥ 99,5%"], "%"),
                ("BS_tempi", "Tempo medio di pagamento della prima rata", "GG_pag_rata1 / N_borse_erog", 0.3,
                 (38, GG), ["≤ 35 gg", "≤ 32 gg", "≤ 30 gg"], "gg")]),
            ("Ob. 2", "Ampliare l'offerta di posti alloggio nelle residenze universitarie", 6230500.00, [
                ("PA_posti", "Posti alloggio disponibili", "N_posti_alloggio", 0.6, (1120, N0),
                 ["≥ 1.180", "≥ 1.240", "≥ 1.300"], "N."),
                ("PA_occ", "Tasso di occupazione delle residenze", "N_posti_occupati / N_posti_alloggio", 0.4,
                 (0.91, P1), ["≥ 92%", "≥ 93%", "≥ 94%"], "%")]),
            ("Ob. 3", "Migliorare la qualità del servizio di ristorazione", 3875200.00, [
                ("RI_sodd", "Utenti soddisfatti del servizio mensa", "N_giudizi_pos / N_questionari", 0.5,
                 (0.78, P1), ["≥ 80%", "≥ 82%", "≥ 84%"], "%"),
                ("RI_pasti", "Pasti erogati per studente beneficiario", "N_pasti / N_beneficiari", 0.5, (54.2, D1),
                 ["≥ 55", "≥ 56", "≥ 57"], None)])]),
        ("01", "Servizi istituzionali, generali e di gestione", "11", "Altri servizi generali", [
            ("Ob. 4", "Digitalizzare i procedimenti di accesso ai benefici", 412300.00, [
                ("DG_online", "Domande presentate tramite lo sportello digitale", "N_dom_online / N_dom_totali", 1.0,
                 (0.885, P1), ["≥ 95%", "≥ 97%", "≥ 99%"], "%")]),
            ("Ob. 5", "Contenere i tempi di pagamento ai fornitori", 98000.00, [
                ("TP_ind", "Indicatore di tempestività dei pagamenti", "GG_ritardo_pond / IMP_pagato", 1.0,
                 (3.6, GG1), ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"], "gg")])]),
    ]
    true_total = sum(o[2] for b in blocks for o in b[4])
    printed_total = 29606000.00
    assert abs(true_total - 29066000.00) < 0.001

    def disp(v):
        x, f = v
        return {P1: lambda: pct(x, 1), N0: lambda: grp(x), D1: lambda: it_num(x, 1, False),
                GG: lambda: f"{x:.0f} gg", GG1: lambda: it_num(x, 1, False) + " gg"}[f]()

    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    widths = [30, 15, 30, 26, 10, 12, 11, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    F = "DejaVu Serif"
    f8, fb = Font(name=F, size=8), Font(name=F, size=8, bold=True)
    xl_put(ws, 1, 1, org.upper(), font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028",
           font=Font(name=F, size=10, bold=True), wrap=False)
    xl_put(ws, 3, 1, "(art. 18-bis del D.Lgs. 23 giugno 2011, n. 118) – Allegato al bilancio di previsione 2026-2028",
           font=Font(name=F, size=8, italic=True), wrap=False)
    hdr = "DDEBF7"
    heads = ["Obiettivo", "Stanziamento 2026", "Indicatore", "Formula", "Incidenza %", "Valore di partenza 2025"]
    for c, t in enumerate(heads, 1):
        xl_put(ws, 5, c, t, font=fb, fill=hdr, border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    xl_put(ws, 5, 7, "Valore atteso", font=fb, fill=hdr, border=grid, halign="center")
    ws.merge_cells("G5:I5")
    for c, y in zip((7, 8, 9), Y):
        xl_put(ws, 6, c, str(y), font=fb, fill=hdr, border=grid, halign="center")
    xl_box(ws, 5, 1, 6, 9, grid)
    r = 7
    nodes, inds = [], []
    for mc, mt, pc, pt, objs in blocks:
        xl_put(ws, r, 1, f"Missione {mc} {mt} – Programma {pc} {pt}", font=fb, fill="F2F2F2", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        xl_box(ws, r, 1, r, 9, grid)
        r += 1
        for oc, ot, res, ilist in objs:
            r0 = r
            for icode, iname, form, w, base, tg, um in ilist:
                xl_put(ws, r, 3, f"{icode} - {iname}", font=f8, border=grid)
                xl_put(ws, r, 4, form, font=f8, border=grid)
                xl_put(ws, r, 5, w, font=f8, border=grid, fmt="0%", halign="center")
                xl_put(ws, r, 6, base[0], font=f8, border=grid, fmt=base[1], halign="right")
                for c, t in zip((7, 8, 9), tg):
                    xl_put(ws, r, c, t, font=f8, border=grid, halign="center")
                inds.append(ind(iname, oc, code=icode, unit=um, weight=pct(w), formula=form,
                                variables=vars_of(form) or [form], baselines=[(2025, disp(base))],
                                targets=list(zip(Y, tg))))
                r += 1
            xl_put(ws, r0, 1, f"{oc} – {ot}", font=fb, border=grid)
            xl_put(ws, r0, 2, res, font=f8, border=grid, fmt='#,##0.00 "€"', halign="right")
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
                xl_box(ws, r0, 1, r - 1, 2, grid)
            nodes.append(node(oc, "strategic", ot, resources=[eur(res)], mission=mc, programme=pc))
    xl_put(ws, r, 1, "Totale stanziamenti obiettivi", font=fb, border=grid, fill="F2F2F2")
    xl_put(ws, r, 2, printed_total, font=fb, border=grid, fill="F2F2F2", fmt='#,##0.00 "€"', halign="right")
    for c in range(3, 10):
        xl_put(ws, r, c, None, border=grid, fill="F2F2F2")
    xl_fit_rows(ws, 5, r, pt=8)
    xl_page(ws, landscape=True, title_rows="5:6")
    ws.oddFooter.left.text = org
    ws.oddFooter.right.text = "pag. &P"
    d = case_dir(name)
    tmp = os.path.join(d, "src.xlsx")
    xl_save(wb, tmp)
    lo_pdf(tmp, os.path.join(d, "input.pdf"))
    os.remove(tmp)
    fnd = [finding("resources.sum", "Totale stanziamenti obiettivi",
                   f"the five objectives' allocations sum to {eur(true_total)} but the total prints "
                   f"{eur(printed_total)} (digits swapped)")]
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, fnd, resources_total=eur(printed_total))
    genre_readme(d, name, "pira", "openpyxl workbook converted to PDF by LibreOffice.", """
Landscape A4, DejaVu Serif 8 pt, ruled grid. Three title lines (the agency in capitals, `Piano degli indicatori e dei
risultati attesi di bilancio 2026-2028`, the legal reference in italics), then one table with a two-row header:
`Obiettivo | Stanziamento 2026 | Indicatore | Formula | Incidenza % | Valore di partenza 2025 | Valore atteso
(2026 | 2027 | 2028)` (the other header cells merged down). Mission and programme share ONE grey band row merged
across the table: `Missione 04 Istruzione e diritto allo studio – Programma 04 Istruzione universitaria` (regional
budget codes with TWO digits, no dash between code and title; truth mission `04`, programme `04`; the second band
is `Missione 01 … – Programma 11 …`). The objective cell `Ob. 1 – Garantire …` (truth code `Ob. 1`) and its
allocation (number cell `#,##0.00 "€"` → `18.450.000,00 €`) are merged down over the objective's indicator rows.
Indicator cells print `BS_cop - Copertura delle borse di studio` (code, hyphen, name); formulas over measure codes;
weights under `Incidenza %` (number cells `0%`, summing to 100% per objective); baselines as number cells
(`96,4%`, `1.120`, `54,2`, `38 gg` from the format `0 "gg"`, `3,6 gg` from `0.0 "gg"`); targets text (`≥ 98%`, `≤ 35 gg`,
`≥ 1.180`). A last row `Totale stanziamenti obiettivi` prints the total. Footer with the agency and `pag. n`.
Objectives are level `strategic` (no weights).
""", ["two-digit regional mission/programme codes, both in one band row",
      "objective codes `Ob. 1`; indicator code and name in one cell separated by ` - `",
      "`Incidenza %` weights; `Stanziamento 2026` resources as number cells with `#,##0.00 \"€\"` (`€` after)",
      "two-row header with `Valore atteso` merged over the years",
      "baselines as number cells with custom formats `0 \"gg\"`, `0.0 \"gg\"`, `0.0%`, `#,##0`, `0.0`",
      "a single-variable formula (`N_posti_alloggio`)",
      "landscape, DejaVu Serif 8 pt, print titles, footer"],
        [f"`resources.sum` on `Totale stanziamenti obiettivi`: the five objectives' allocations sum to "
         f"{eur(true_total)} but the total row prints {eur(printed_total)} (digits swapped)"])
    return name


def pira_chromium():
    name = "gen5-pira-chromium-1"
    org = "Ente Parco Nazionale del Montecorvo"
    Y = [2026, 2027, 2028]
    M18 = ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente")
    P13 = ("013", "Tutela e conservazione della fauna e della flora, salvaguardia della biodiversità e "
                  "dell'ecosistema marino")
    P15 = ("015", "Educazione ambientale e fruizione sostenibile delle aree protette")
    M32 = ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche")
    P03 = ("003", "Servizi e affari generali per le amministrazioni di competenza")
    # objective: (mission, programme, code, title, resources, indicators)
    # indicator: (name, formula, type, um, baseline, targets, truth unit)
    objs = [
        (M18, P13, "OS 1.1", "Conservare gli habitat prioritari e le specie di interesse comunitario", 612400.00, [
            ("Superficie di habitat prioritari sottoposta a monitoraggio", "SUP_hab_monit / SUP_hab_tot",
             "Efficacia", "%", "64%", ["non inferiore a 70%", "non inferiore a 75%", "non inferiore a 80%"], "%"),
            ("Interventi di contenimento delle specie alloctone invasive", "N_interv_alloc", "Efficacia", "N.",
             "18", ["almeno 20", "almeno 22", "almeno 24"], "N.")]),
        (M18, P13, "OS 1.2", "Ridurre i danni da fauna selvatica alle attività agricole", 385000.00, [
            ("Tempo medio di liquidazione degli indennizzi", "GG_liquid / N_pratiche_indenn", "Efficienza", "gg",
             "74", ["non superiore a 60", "non superiore a 50", "non superiore a 45"], "gg"),
            ("Aziende agricole dotate di sistemi di prevenzione dei danni", "N_aziende_prev", "Efficacia", "N.",
             "N/D", ["almeno 40", "almeno 55", "almeno 70"], "N.")]),
        (M18, P15, "OS 2.1", "Promuovere la fruizione sostenibile del Parco e l'educazione ambientale", 428900.00, [
            ("Studenti coinvolti nei programmi di educazione ambientale", "N_studenti_CEA", "Efficacia", "N.",
             "3.450", ["almeno 3.600", "almeno 3.800", "almeno 4.000"], "N."),
            ("Sentieri con segnaletica conforme al disciplinare del Parco", "KM_sent_conf / KM_sent_tot", "Qualità",
             "%", "58%", ["non inferiore a 65%", "non inferiore a 72%", "non inferiore a 80%"], "%")]),
        (M32, P03, "OS 3.1", "Assicurare la trasparenza e la tempestività dell'azione amministrativa", 216500.00, [
            ("Nulla osta rilasciati entro i termini di legge", "N_nullaosta_term / N_nullaosta_tot", "Efficienza",
             "%", "92%", ["non inferiore a 95%", "non inferiore a 96%", "non inferiore a 97%"], "%"),
            ("Aggiornamento annuale della carta dei servizi del Parco", "DT_approv_carta", "Qualità", "data",
             "-", ["entro il 31/03/2026", "entro il 31/03/2027", "entro il 31/03/2028"], "date")]),
    ]
    total = sum(o[4] for o in objs)
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #1b1b1b; }
h1 { font-size: 11pt; margin: 0; color: #2d5a27; } h2 { font-size: 9pt; margin: 1mm 0 3mm 0; font-weight: normal; }
p.intro { margin: 0 0 4mm 0; font-size: 7.5pt; }
div.scheda { margin: 0 0 5mm 0; break-inside: avoid; }
table.k { border-collapse: collapse; width: 100%; margin-bottom: 1.5mm; }
table.k td { padding: 1.2pt 3pt; vertical-align: top; border-top: 0.5pt solid #8aa985; }
table.k td.l { width: 30mm; color: #2d5a27; font-weight: bold; }
table.i { border-collapse: collapse; width: 100%; }
table.i th { font-weight: bold; padding: 2pt 3pt; text-align: left; vertical-align: bottom;
             border-top: 1pt solid #2d5a27; border-bottom: 0.5pt solid #2d5a27; }
table.i th.y { text-align: center; border-top: none; }
table.i td { padding: 2pt 3pt; vertical-align: top; border-bottom: 0.3pt solid #b9c8b6; }
td.n { width: 48mm; } td.f { width: 36mm; font-family: "DejaVu Sans Mono", monospace; font-size: 6.8pt; }
td.v { width: 21mm; } p.tot { font-weight: bold; margin-top: 3mm; border-top: 1pt solid #2d5a27; padding-top: 2pt; }"""
    parts = [f"<h1>{esc(org)}</h1>",
             "<h2>Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028</h2>",
             "<p class=intro>Per ciascun obiettivo strategico sono indicati la missione e il programma di spesa, le "
             "risorse finanziarie stanziate nel bilancio di previsione 2026 e gli indicatori con il dato storico e i "
             "risultati attesi nel triennio.</p>"]
    nodes, inds = [], []
    for (mc, mt), (pc, pt), oc, ot, res, ilist in objs:
        money = "€ " + it_num(res, 2)
        parts.append("<div class=scheda><table class=k>"
                     f"<tr><td class=l>Missione</td><td>{mc} – {esc(mt)}</td></tr>"
                     f"<tr><td class=l>Programma</td><td>{pc} – {esc(pt)}</td></tr>"
                     f"<tr><td class=l>Obiettivo strategico</td><td><b>{esc(oc)}</b> – {esc(ot)}</td></tr>"
                     f"<tr><td class=l>Risorse finanziarie</td><td>{money}</td></tr></table>")
        parts.append("<table class=i><thead><tr><th rowspan=2>Indicatore</th><th rowspan=2>Algoritmo di calcolo</th>"
                     "<th rowspan=2>Tipologia</th><th rowspan=2>U.M.</th><th rowspan=2>Dato storico 2025</th>"
                     "<th colspan=3 style='text-align:center'>Risultato atteso</th></tr><tr>"
                     + "".join(f"<th class=y>{y}</th>" for y in Y) + "</tr></thead><tbody>")
        for iname, form, typ, um, base, tg, tu in ilist:
            parts.append(f"<tr><td class=n>{esc(iname)}</td><td class=f>{esc(form)}</td><td>{typ}</td><td>{um}</td>"
                         f"<td>{esc(base)}</td>" + "".join(f"<td class=v>{esc(t)}</td>" for t in tg) + "</tr>")
            inds.append(ind(iname, oc, unit=tu, type=typ, formula=form, variables=vars_of(form) or [form],
                            baselines=[(2025, base)], targets=list(zip(Y, tg))))
        parts.append("</tbody></table></div>")
        nodes.append(node(oc, "strategic", ot, resources=[money], mission=mc, programme=pc))
    tot = "€ " + it_num(total, 2)
    parts.append(f"<p class=tot>Totale risorse finanziarie destinate agli obiettivi strategici: {tot}</p>")
    h = html_page3("\n".join(parts), css, landscape=False, margin="16mm 14mm",
                   top_left=q(org + " – PIRA 2026-2028"), bottom_center='counter(page)', hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, Y, kind="pira")], nodes, inds, resources_total=tot)
    genre_readme(d, name, "pira", "HTML printed to PDF by Chromium headless.", """
Portrait A4, DejaVu Sans 7.5 pt, horizontal rules only (no vertical lines). Title (the park), subtitle
`Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028`, a short paragraph. Then one
"scheda" per strategic objective: a small label/value block of four rows `Missione | 018 – Sviluppo …`,
`Programma | 013 – Tutela …`, `Obiettivo strategico | OS 1.1 – Conservare …` (code in bold), `Risorse finanziarie
| € 612.400,00`, followed by the objective's own indicator table with a two-row header `Indicatore | Algoritmo di
calcolo | Tipologia | U.M. | Dato storico 2025 | Risultato atteso (2026 | 2027 | 2028)`. Missione and Programma are
repeated in every scheda (two schede share 018/013). Indicators have no code; formulas over measure codes in a
monospace font; no weights anywhere. A closing line `Totale risorse finanziarie destinate agli obiettivi
strategici: € 1.642.800,00` (correct sum). Running header (park, PIRA) and a bare page number at the foot.
Objectives are level `strategic` with mission/programme codes and resources.
""", ["one label/value block per objective instead of band rows or columns for Missione/Programma",
      "codes `OS 1.1` (letters, space, number)",
      "`Risultato atteso` spanning the three years; `Dato storico 2025` baseline",
      "targets in words: `non inferiore a 70%`, `almeno 20`, `non superiore a 60`, `entro il 31/03/2026`",
      "baselines `N/D`, `-`, `3.450`",
      "single-code formulas (`N_interv_alloc`, `DT_approv_carta`); unit `data` → date",
      "horizontal rules only, portrait, DejaVu Sans 7.5 pt, monospace formulas",
      "printed grand total (correct)"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        print(pira_lo())
    if "chromium" in which:
        print(pira_chromium())
