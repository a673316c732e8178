#!/usr/bin/python3
"""Genre: dashboard. Two cases:
- gen7-dashboard-lo-1: a chamber of commerce's strategic dashboard printed by LibreOffice, landscape, DejaVu Sans
  8.5 pt, zebra rows; two-row header (`Valore storico` over 2023 | 2024 | 2025, `Target` over 2026 | 2027 | 2028);
  area band rows `AS1` with their weight; the UNIT IS ONLY IN THE INDICATOR NAME (`(giorni)`, `(%)`, `(n.)`,
  `(euro)`): every value and target is a bare number; `Peso` `0%` for areas and `0.00%` for indicators (thirds); a
  `Fonte` column; print titles repeated after a manual page break; clean.
- gen7-dashboard-ods-1: a mobility agency's dashboard kept as .ods: a `Sintesi` sheet listing the areas and their
  weights, then ONE SHEET PER AREA (`M1`, `M2`, `M3`) with `Codice | Indicatore | Rilevanza | Dato 2023..2025 |
  Target 2026..2028 | Responsabile`; history values are number cells, TARGETS ARE NUMBER CELLS WHOSE FORMAT PRINTS
  THE OPERATOR (`"≥ "0.0%`, `"≤ "0" min"`, `"≥ "#,##0`); clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (LO_XLSX, ODS, case_dir, doc, font, genre_readme, ind, it_num, lo_convert, lo_pdf,  # noqa: E402
                     node, widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save)

SCRIPT = "gen7_dashboard.py"


def show(v, fmt):
    """How LibreOffice (Italian locale) shows v with the formats used here."""
    pre = ""
    if fmt.startswith('"≥ "') or fmt.startswith('"≤ "'):
        pre, fmt = fmt[1:3], fmt[4:]
    if fmt == "0.0%":
        s = it_num(v * 100, 1, group=False) + "%"
    elif fmt == "0%":
        s = it_num(v * 100, 0, group=False) + "%"
    elif fmt == "0.00%":
        s = it_num(v * 100, 2, group=False) + "%"
    elif fmt == "0.0":
        s = it_num(v, 1, group=False)
    elif fmt == "0.00":
        s = it_num(v, 2, group=False)
    elif fmt == "#,##0":
        s = it_num(v, 0)
    elif fmt == "#,##0.00":
        s = it_num(v, 2)
    elif fmt == '#,##0.00" €"':
        s = it_num(v, 2) + " €"
    elif fmt == '0" min"':
        s = it_num(v, 0, group=False) + " min"
    elif fmt == '0.0" min"':
        s = it_num(v, 1, group=False) + " min"
    else:
        raise ValueError(fmt)
    return pre + s


def dashboard_lo():
    name = "gen7-dashboard-lo-1"
    org = "Camera di Commercio delle Colline Metallifere"
    H, Y = [2023, 2024, 2025], [2026, 2027, 2028]
    # area (code, title, weight) -> indicators (code, name, unit, weight, fmt, history, targets text, source)
    areas = [
        ("AS1", "Competitività delle imprese e del territorio", 0.40, [
            ("C01", "Imprese coinvolte nelle iniziative del Punto impresa digitale (n.)", "N.", 0.3333, "#,##0",
             [412, 455, 498], ["≥ 510", "≥ 530", "≥ 550"], "Registro attività PID"),
            ("C02", "Contributi concessi alle imprese con bandi camerali (euro)", "EUR", 0.3333, "#,##0.00",
             [812400.0, 905000.0, 948750.5], ["≥ 950.000,00", "≥ 975.000,00", "≥ 1.000.000,00"], "Contabilità"),
             ("C03", "Imprese partecipanti a fiere e missioni all'estero (n.)", "N.", 0.3334, "#,##0",
             [36, 41, 44], ["≥ 45", "≥ 48", "≥ 50"], "Ufficio Promozione")]),
        ("AS2", "Semplificazione e tempestività dei servizi anagrafici", 0.35, [
            ("C04", "Tempo medio di evasione delle pratiche del Registro imprese (giorni)", "gg", 0.50, "0.0",
             [5.1, 4.6, 4.2], ["≤ 4,0", "≤ 3,8", "≤ 3,5"], "Priamo"),
            ("C05", "Pratiche del Registro imprese evase entro 5 giorni (%)", "%", 0.25, "0.0",
             [74.2, 79.8, 83.5], ["≥ 85,0", "≥ 87,0", "≥ 90,0"], "Priamo"),
            ("C06", "Certificati di origine rilasciati in modalità telematica (%)", "%", 0.25, "0.0",
             [88.0, 91.4, 93.9], ["≥ 94,0", "≥ 95,0", "≥ 96,0"], "Cert'O")]),
        ("AS3", "Salute economica e organizzazione dell'ente", 0.25, [
            ("C07", "Grado di riscossione spontanea del diritto annuale (%)", "%", 0.60, "0.0",
             [68.7, 70.1, 71.2], ["≥ 71,5", "≥ 72,0", "≥ 72,5"], "Diritto annuale"),
            ("C08", "Tempo medio di pagamento delle fatture passive (giorni)", "gg", 0.40, "0.0",
             [21.4, 18.9, 17.5], ["≤ 17,0", "≤ 16,0", "≤ 15,0"], "Piattaforma crediti commerciali")])]
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = "DejaVu Sans"
    f8 = font(F, 8.5)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    widths(ws, [7, 50, 9, 10, 10, 10, 12, 12, 14, 22])
    xl_put(ws, 1, 1, org, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto strategico degli indicatori – serie storica 2023-2025 e target 2026-2028",
           font=font(F, 9.5), wrap=False)
    xl_put(ws, 3, 1, "L'unità di misura di ciascun indicatore è indicata tra parentesi accanto alla denominazione.",
           font=font(F, 8, italic=True), wrap=False)
    T, S = 5, 6
    hf = font(F, 8.5, bold=True, color="FFFFFF")
    for c, h in ((1, "Cod."), (2, "Indicatore"), (3, "Peso"), (10, "Fonte")):
        xl_put(ws, T, c, h, font=hf, fill="7A4B16", halign="center", valign="center")
        ws.merge_cells(start_row=T, start_column=c, end_row=S, end_column=c)
    xl_put(ws, T, 4, "Valore storico", font=hf, fill="7A4B16", halign="center")
    ws.merge_cells(start_row=T, start_column=4, end_row=T, end_column=6)
    xl_put(ws, T, 7, "Target", font=hf, fill="7A4B16", halign="center")
    ws.merge_cells(start_row=T, start_column=7, end_row=T, end_column=9)
    for k, y in enumerate(H + Y):
        xl_put(ws, S, 4 + k, str(y), font=hf, fill="7A4B16", halign="center")
    xl_box(ws, T, 1, S, 10, grid)
    r = S + 1
    nodes, inds = [], []
    z = 0
    brk = None
    for acode, atitle, aw, ilist in areas:
        if acode == "AS3":
            brk = r - 1
        for c, v, fmt in ((1, acode, None), (2, atitle, None), (3, aw, "0%")):
            xl_put(ws, r, c, v, font=font(F, 9, bold=True, color="7A4B16"), fill="F3E3CC", fmt=fmt,
                   halign="center" if c == 3 else None)
        xl_box(ws, r, 1, r, 10, grid)
        for c in range(4, 11):
            xl_put(ws, r, c, None, fill="F3E3CC", border=grid)
        nodes.append(node(acode, "area", atitle, weight=show(aw, "0%")))
        r += 1
        for code, nm, unit, w, fmt, hist, tg, src in ilist:
            fill = "F7F7F7" if z % 2 else None
            z += 1
            xl_put(ws, r, 1, code, font=f8, border=grid, fill=fill)
            xl_put(ws, r, 2, nm, font=f8, border=grid, fill=fill)
            xl_put(ws, r, 3, w, font=f8, border=grid, fill=fill, fmt="0.00%", halign="center")
            for k, v in enumerate(hist):
                xl_put(ws, r, 4 + k, v, font=f8, border=grid, fill=fill, fmt=fmt, halign="right")
            for k, t in enumerate(tg):
                xl_put(ws, r, 7 + k, t, font=f8, border=grid, fill=fill, halign="right")
            xl_put(ws, r, 10, src, font=font(F, 7.5, italic=True), border=grid, fill=fill)
            inds.append(ind(nm, acode, code=code, unit=unit, weight=show(w, "0.00%"),
                            baselines=[(y, show(v, fmt)) for y, v in zip(H, hist)], targets=list(zip(Y, tg))))
            r += 1
    xl_put(ws, r + 1, 1, "Fonte dei dati: sistemi gestionali camerali; valori storici a consuntivo al 31 dicembre.",
           font=font(F, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, S + 1, r - 1, pt=8.5)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=True, title_rows=f"{T}:{S}", margins=0.5)
    d = case_dir(name)
    src = os.path.join(d, "dash.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    write_truth(d, [doc(org, Y, kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8.5 pt, ruled grey grid, zebra fill on alternate indicator rows. Three title lines (the
chamber, `Cruscotto strategico degli indicatori – serie storica 2023-2025 e target 2026-2028`, an italic line saying
the unit is in brackets after each name). One table with a TWO-ROW header (white on brown): `Cod. | Indicatore | Peso
| Fonte` merged over both rows, `Valore storico` merged over `2023 | 2024 | 2025`, `Target` merged over `2026 | 2027 |
2028`; the two header rows are print titles, repeated on page 2 after a manual page break before area `AS3`. Areas
are beige band rows in the same columns: `AS1` in `Cod.`, the title in `Indicatore`, the area weight in `Peso` (`40%`,
format `0%`). Indicator rows: code `C01`, name ending with the UNIT IN BRACKETS (`(n.)`, `(euro)`, `(giorni)`, `(%)`),
weight with format `0.00%` (`33,33%`, `33,33%`, `33,34%`), three history values as NUMBER cells (`#,##0` → `455`,
`#,##0.00` → `948.750,50`, `0.0` → `4,6`, `83,5`) and three targets as text with operator but WITHOUT unit (`≥ 510`,
`≤ 4,0`, `≥ 85,0`, `≥ 1.000.000,00`), then `Fonte` (not in the truth). Truth: areas level `area`; units from the
bracket (`N.`, `EUR`, `gg`, `%`); baselines 2023-2025 as displayed.
""", ["unit only in the indicator name (brackets); every value and target printed bare",
      "two-row header with `Valore storico` / `Target` bands; header repeated after a manual page break",
      "area codes `AS1`, indicator codes `C01`",
      "weights `0%` (areas) and `0.00%` (indicators, thirds 33,33 + 33,33 + 33,34)",
      "history values as number cells with `#,##0`, `#,##0.00`, `0.0`; targets as text",
      "landscape, zebra, DejaVu Sans 8.5 pt, a `Fonte` column"], [])
    return name


def dashboard_ods():
    name = "gen7-dashboard-ods-1"
    org = "Agenzia Territoriale per la Mobilità della Val Padusa"
    H, Y = [2023, 2024, 2025], [2026, 2027, 2028]
    # area (code, title, weight, head) -> indicators (code, name, unit, weight, hist fmt, hist, target fmt, targets, owner)
    areas = [
        ("M1", "Trasporto pubblico locale", 0.40, "ing. Davide Morelli", [
            ("M1.01", "Corse del trasporto pubblico extraurbano effettuate sul programmato", "%", 0.40, "0.0%",
             [0.962, 0.971, 0.978], '"≥ "0.0%', [0.98, 0.982, 0.985], "Ufficio Esercizio"),
            ("M1.02", "Ritardo medio delle corse nelle ore di punta", "min", 0.30, '0.0" min"', [6.4, 5.9, 5.2],
             '"≤ "0" min"', [5, 5, 4], "Ufficio Esercizio"),
            ("M1.03", "Passeggeri trasportati sulle linee extraurbane", "N.", 0.30, "#,##0",
             [4183200, 4390500, 4512800], '"≥ "#,##0', [4550000, 4600000, 4700000], "Ufficio Pianificazione")]),
        ("M2", "Sicurezza stradale e mobilità attiva", 0.35, "arch. Chiara Benassi", [
            ("M2.01", "Fermate accessibili alle persone con disabilità", "%", 0.50, "0.0%", [0.412, 0.455, 0.497],
             '"≥ "0.0%', [0.52, 0.56, 0.60], "Ufficio Infrastrutture"),
            ("M2.02", "Chilometri di rete ciclabile di interesse sovracomunale", "km", 0.50, "0.0",
             [86.5, 91.0, 97.3], '"≥ "0.0', [100.0, 105.0, 110.0], "Ufficio Infrastrutture")]),
        ("M3", "Gestione e sostenibilità dell'Agenzia", 0.25, "dott. Enrico Valli", [
            ("M3.01", "Costo di funzionamento per chilometro di servizio programmato", "EUR", 0.50, '#,##0.00" €"',
             [0.19, 0.18, 0.18], '"≤ "#,##0.00" €"', [0.18, 0.17, 0.17], "Servizio Bilancio"),
            ("M3.02", "Autobus a basse emissioni sul parco mezzi affidato", "%", 0.50, "0%", [0.31, 0.36, 0.42],
             '"≥ "0%', [0.45, 0.50, 0.55], "Servizio Bilancio")])]
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    thin = Side(style="thin", color="4D4D4D")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans"
    f9, f9b = font(F, 9), font(F, 9, bold=True)
    wb = Workbook()
    w0 = wb.active
    w0.title = "Sintesi"
    widths(w0, [14, 48, 16, 14])
    xl_put(w0, 1, 1, org, font=font(F, 12, bold=True), wrap=False)
    xl_put(w0, 2, 1, "Cruscotto degli indicatori 2026-2028 – Sintesi per area", font=font(F, 10), wrap=False)
    for c, h in enumerate(["Codice area", "Area", "Peso dell'area", "Indicatori"], 1):
        xl_put(w0, 4, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="1F5F7A", border=grid, halign="center")
    nodes, inds = [], []
    for i, (acode, atitle, aw, head, ilist) in enumerate(areas):
        xl_put(w0, 5 + i, 1, acode, font=f9b, border=grid, halign="center")
        xl_put(w0, 5 + i, 2, atitle, font=f9, border=grid)
        xl_put(w0, 5 + i, 3, aw, font=f9, border=grid, fmt="0%", halign="center")
        xl_put(w0, 5 + i, 4, len(ilist), font=f9, border=grid, fmt="0", halign="center")
        nodes.append(node(acode, "area", atitle, weight=show(aw, "0%"), owners=[head]))
    xl_put(w0, 5 + len(areas), 2, "Totale", font=f9b, border=grid)
    xl_put(w0, 5 + len(areas), 3, 1.0, font=f9b, border=grid, fmt="0%", halign="center")
    xl_put(w0, 7 + len(areas), 1, "Il dettaglio degli indicatori è riportato nei fogli M1, M2 e M3.",
           font=font(F, 8.5, italic=True), wrap=False)
    xl_page(w0)
    for acode, atitle, aw, head, ilist in areas:
        ws = wb.create_sheet(acode)
        widths(ws, [9, 46, 10, 11, 11, 11, 12, 12, 12, 22])
        xl_put(ws, 1, 1, f"{acode} – {atitle}", font=font(F, 11, bold=True), wrap=False)
        ws.merge_cells("A1:J1")
        xl_put(ws, 2, 1, f"Responsabile d'area: {head}", font=font(F, 9, italic=True), wrap=False)
        ws.merge_cells("A2:J2")
        heads = ["Codice", "Indicatore", "Rilevanza"] + [f"Dato {y}" for y in H] + [f"Target {y}" for y in Y] \
            + ["Responsabile"]
        for c, h in enumerate(heads, 1):
            xl_put(ws, 4, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="1F5F7A", border=grid,
                   halign="center", valign="center")
        r = 5
        for code, nm, unit, w, hf, hist, tf, tg, owner in ilist:
            xl_put(ws, r, 1, code, font=f9, border=grid)
            xl_put(ws, r, 2, nm, font=f9, border=grid)
            xl_put(ws, r, 3, w, font=f9, border=grid, fmt="0%", halign="center")
            for k, v in enumerate(hist):
                xl_put(ws, r, 4 + k, v, font=f9, border=grid, fmt=hf, halign="right")
            for k, v in enumerate(tg):
                xl_put(ws, r, 7 + k, v, font=f9b, border=grid, fmt=tf, halign="right")
            xl_put(ws, r, 10, owner, font=f9, border=grid)
            inds.append(ind(nm, acode, code=code, unit=unit, weight=show(w, "0%"), owners=[owner],
                            baselines=[(y, show(v, hf)) for y, v in zip(H, hist)],
                            targets=[(y, show(v, tf)) for y, v in zip(Y, tg)]))
            r += 1
        xl_fit_rows(ws, 5, r - 1, pt=9)
        ws.row_dimensions[4].height = 26
        ws.freeze_panes = "C5"
        xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    src = os.path.join(d, "dash.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, "input.ods"), "ods")
    os.remove(src)
    write_truth(d, [doc(org, Y, kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", ODS.format(script=SCRIPT), """
An OpenDocument spreadsheet (`input.ods`), Liberation Sans 9, ruled grid, white-on-teal headers, FOUR sheets.
`Sintesi`: the agency, `Cruscotto degli indicatori 2026-2028 – Sintesi per area`, and a small table `Codice area |
Area | Peso dell'area | Indicatori` (`M1` | `Trasporto pubblico locale` | `40%` | `3`) with a `Totale` row (`100%`)
and a line pointing to the other sheets. Then ONE SHEET PER AREA, named by its code (`M1`, `M2`, `M3`): A1 `M1 –
Trasporto pubblico locale` (merged), A2 `Responsabile d'area: ing. Davide Morelli` (truth area owners), then from row
4 the table `Codice | Indicatore | Rilevanza | Dato 2023 | Dato 2024 | Dato 2025 | Target 2026 | Target 2027 |
Target 2028 | Responsabile`. `Rilevanza` is a fraction with `0%`; the `Dato` values are number cells (`0.0%` → `97,1%`,
`0.0" min"` → `5,9 min`, `#,##0` → `4.390.500`, `0.0` → `91,0`, `#,##0.00" €"` → `0,18 €`, `0%`); the TARGETS ARE
NUMBER CELLS whose format prints the operator: `"≥ "0.0%` (0.98 → `≥ 98,0%`), `"≤ "0" min"` (`≤ 5 min`), `"≥ "#,##0`
(`≥ 4.550.000`), `"≥ "0.0`, `"≤ "#,##0.00" €"`, `"≥ "0%`. Truth: the area weight comes from `Sintesi`; indicators
belong to the area of their sheet (node = the sheet's code); raws as displayed in an Italian locale.
""", ["kept .ods; a summary sheet plus one sheet per area",
      "area weights only on the summary sheet; area head in a label line on the area sheet",
      "header synonyms `Rilevanza`, `Dato <year>` for the history values",
      "targets as number cells with operator-printing custom formats",
      "number formats `0%`, `0.0%`, `#,##0`, `#,##0.00\" €\"`, `0.0\" min\"`",
      "flat targets (`≤ 5 min`, `≤ 5 min`, `≤ 4 min`; `≤ 0,18 €` then `≤ 0,17 €` twice): not declining"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "ods"]
    if "lo" in which:
        print(dashboard_lo())
    if "ods" in which:
        print(dashboard_ods())
