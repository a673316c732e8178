#!/usr/bin/python3
"""gen9-list-ods-1: an agency's flat list of indicators 2025-2027 kept as .ods. One sheet `Indicatori`, no objectives:
codes with a space (`NAV 1.01`), `Polarità` in words, formula over measure codes, `Valore 2024` as number cells,
targets as text with operators in words (`almeno`, `non superiore a`) and symbols, `Struttura` last; a `Legenda` sheet.
Fault: indicator.conflict (`NAV 2.03` listed twice with two names). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (ODS, case_dir, disp12, doc, finding, font, genre_readme, ind, node, ods_of, vars11,  # noqa: E402,F401
                      widths, write_truth, xl_put)

SCRIPT = "gen9_list.py"
ORG = "Agenzia Nazionale per la Sicurezza della Navigazione Interna"
Y = [2025, 2026, 2027]

# (code, name, formula, U.M. as printed, unit, polarity, (base value, fmt) or text, (t25, t26, t27), struttura)
ROWS = [
    ("NAV 1.01", "Unità da passeggeri ispezionate sul totale delle unità iscritte", "N_isp_pax / N_iscr_pax x 100",
     "percentuale", "%", "crescente", (0.62, "0%"), ("≥ 65%", "≥ 70%", "≥ 75%"), "Direzione Vigilanza"),
    ("NAV 1.02", "Tempo medio di rilascio del certificato di navigabilità", "GG_rilascio / N_certificati", "giorni",
     "gg", "decrescente", (24, '0" gg"'), ("non superiore a 20 gg", "non superiore a 18 gg", "non superiore a 15 gg"),
     "Direzione Vigilanza"),
    ("NAV 1.03", "Sinistri con feriti per 1.000 unità iscritte", "N_sinistri_feriti / N_unita_iscritte x 1000",
     "numero", "N.", "decrescente", (1.8, "0.0"), ("≤ 1,7", "≤ 1,6", "≤ 1,5"), "Direzione Vigilanza"),
    ("NAV 2.01", "Ispettori abilitati con aggiornamento annuale completato", "ISP_agg / ISP_tot x 100",
     "percentuale", "%", "crescente", (1.0, "0%"), ("= 100%", "= 100%", "= 100%"), "Direzione Ispettorato"),
    ("NAV 2.02", "Campagne di controllo congiunte con le capitanerie di porto", "N_campagne", "numero", "N.",
     "crescente", (9, "#,##0"), ("almeno 10", "almeno 12", "almeno 12"), "Direzione Ispettorato"),
    ("NAV 2.03", "Ispezioni a bordo delle unità da passeggeri in servizio di linea", "N_isp_bordo", "numero", "N.",
     "crescente", (1140, "#,##0"), ("almeno 1.200", "almeno 1.250", "almeno 1.300"), "Direzione Ispettorato"),
    ("NAV 3.01", "Istanze di immatricolazione presentate in modalità telematica", "IST_tel / IST_tot x 100",
     "percentuale", "%", "crescente", (0.474, "0.0%"), ("≥ 55%", "≥ 65%", "≥ 75%"), "Direzione Registri"),
    ("NAV 3.02", "Costo medio di gestione di una pratica di immatricolazione", "COSTI_registro / N_pratiche", "euro",
     "EUR", "decrescente", (38.6, '#,##0.00 "€"'), ("≤ 37,00 €", "≤ 36,00 €", "≤ 35,00 €"), "Direzione Registri"),
    ("NAV 3.03", "Pratiche del registro definite entro 30 giorni", "PRAT_30gg / PRAT_tot x 100", "percentuale", "%",
     "crescente", (0.881, "0.0%"), ("≥ 90%", "≥ 92%", "≥ 94%"), "Direzione Registri"),
    ("NAV 4.01", "Indicatore di tempestività dei pagamenti", "GG_ritardo_pond / IMP_pagato", "giorni", "gg",
     "decrescente", (-4, '0" gg"'), ("≤ -5 gg", "≤ -6 gg", "≤ -6 gg"), "Servizio Bilancio"),
    ("NAV 2.03", "Ispezioni a bordo delle unità da diporto noleggiate", "N_isp_bordo", "numero", "N.", "crescente",
     (1140, "#,##0"), ("almeno 1.200", "almeno 1.250", "almeno 1.300"), "Servizio Bilancio"),
    ("NAV 4.02", "Entrate da diritti e tariffe riscosse nell'anno", "ENT_risc", "euro", "EUR", "crescente",
     (2418300, '#,##0.00 "€"'), ("≥ 2.450.000,00 €", "≥ 2.500.000,00 €", "≥ 2.550.000,00 €"), "Servizio Bilancio"),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "gen9-list-ods-1"
    F = "Liberation Sans"
    thin = Side(style="thin", color="A0A0A0")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Indicatori"
    widths(ws, [10, 44, 30, 12, 12, 12, 18, 18, 18, 20])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Elenco degli indicatori di performance 2025-2027", font=font(F, 10), wrap=False)
    heads = ["Codice", "Indicatore", "Formula", "Unità di misura", "Polarità", "Valore 2024", "Target 2025",
             "Target 2026", "Target 2027", "Struttura"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="DDEBF7", border=grid, halign="center")
    inds = []
    for k, (code, nm, formula, um, unit, pol, base, tg, st) in enumerate(ROWS):
        r = HR + 1 + k
        f9 = font(F, 9)
        vals = [code, nm, formula, um, pol, base] + list(tg) + [st]
        for c, v in enumerate(vals, 1):
            if isinstance(v, tuple):
                xl_put(ws, r, c, v[0], font=f9, border=grid, fmt=v[1], halign="center")
            else:
                xl_put(ws, r, c, v, font=f9, border=grid, halign="center" if c >= 6 and c <= 9 else None)
        inds.append(ind(nm, None, code=code, unit=unit, formula=formula, variables=vars11(formula),
                        baselines=[(2024, disp12(*base))], targets=list(zip(Y, tg)), owners=[st]))
    ws.freeze_panes = "C5"
    lg = wb.create_sheet("Legenda")
    widths(lg, [18, 90])
    for k, (a, b) in enumerate([("Polarità", "crescente: il valore deve aumentare; decrescente: il valore deve "
                                  "diminuire"),
                                 ("Valore 2024", "dato consuntivo dell'esercizio 2024"),
                                 ("Target", "valore da raggiungere al 31 dicembre di ciascun anno")], 1):
        xl_put(lg, k, 1, a, font=font(F, 9, bold=True))
        xl_put(lg, k, 2, b, font=font(F, 9))
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"), stem="indicatori")
    write_truth(d, [doc(ORG, Y, kind="list")], [], inds,
                findings=[finding("indicator.conflict", "NAV 2.03", "code NAV 2.03 listed twice: 'Ispezioni a bordo "
                                  "delle unità da passeggeri in servizio di linea' and 'Ispezioni a bordo delle unità "
                                  "da diporto noleggiate'")])
    genre_readme(d, name, "list", ODS.format(script=SCRIPT), """
Spreadsheet (.ods) with two sheets. `Indicatori`: two title lines (the agency, `Elenco degli indicatori di
performance 2025-2027`), a blank row, the header in row 4 `Codice | Indicatore | Formula | Unità di misura | Polarità |
Valore 2024 | Target 2025 | Target 2026 | Target 2027 | Struttura`, then twelve indicator rows with no grouping rows
and no objectives; frozen panes at C5. Codes carry a SPACE (`NAV 1.01`). `Unità di misura` and `Polarità` in words
(`percentuale`, `giorni`, `numero`, `euro`; `crescente` / `decrescente`). `Valore 2024` is a number cell (`0%`,
`0.0%`, `0.0`, `#,##0`, `0" gg"`, `#,##0.00 "€"`); targets are text: `≥ 65%`, `non superiore a 20 gg`, `almeno
1.200`, `≤ -5 gg`, `= 100%` (flat), `≤ 37,00 €`. `Legenda` explains the columns. Truth: indicators only (`node`
null), owners = [Struttura], unit from the words (`percentuale` → `%`, `giorni` → `gg`, `numero` → `N.`, `euro` →
`EUR`), baseline 2024 as displayed, targets 2025-2027.
""", ["no objectives at all; codes with a space (`NAV 2.03`)", "units and polarity in words",
      "operators in words `almeno`, `non superiore a` and symbols; flat `= 100%`; `≤` going down; `almeno 12` twice",
      "baseline as number cells with formats, in a .ods kept as the input", "legend sheet, frozen panes"],
                 ["indicator.conflict on `NAV 2.03`: the code appears twice (Direzione Ispettorato and Servizio "
                  "Bilancio) with two names, same formula and targets"])
    return name


if __name__ == "__main__":
    print(build())
