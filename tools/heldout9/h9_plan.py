#!/usr/bin/python3
"""h9-plan-lo-1: a chamber of commerce's plan annex as a workbook printed by LibreOffice.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import LO, case_dir, doc, finding, ind, node, readme, vars_of, write_truth, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h9-plan-lo-1"
ORG = "Camera di Commercio delle Colline Metallifere"
YEARS = [2026, 2027, 2028]

# (code, title, weight fraction, [children]) ; operational: (code, title, w, owner, [indicators])
# indicator: (code, name, formula, um, (b2024, b2025) as (value, fmt, raw), targets raws, weight, wfmt)
P = [
    ("P1", "IMPRESE E TERRITORIO", 0.40, [
        ("P1.1", "Sostenere la competitività e la transizione digitale delle imprese del territorio", 0.60, [
            ("P1.1.1", "Diffondere i servizi del Punto Impresa Digitale", 0.50, "Servizio Promozione e sviluppo", [
                ("IND.01", "Imprese assistite dal PID nella valutazione della maturità digitale", "N_ImpAss_PID", "N.",
                 [(210, "#,##0", "210"), (248, "#,##0", "248")], ["≥ 240", "≥ 260", "≥ 280"], 0.60),
                ("IND.02", "Eventi di orientamento al digitale organizzati nell'anno", "N_Eventi_PID", "N.",
                 [(14, "#,##0", "14"), (16, "#,##0", "16")], ["≥ 16", "≥ 18", "≥ 18"], 0.40),
            ]),
            ("P1.1.2", "Sostenere l'accesso al credito delle micro e piccole imprese", 0.50, "Servizio Promozione e sviluppo", [
                ("IND.03", "Contributi liquidati entro 60 giorni dalla rendicontazione", "Contr_Liq60 / Contr_Rend", "%",
                 [(0.785, "0.0%", "78,5%"), (0.84, "0.0%", "84,0%")], ["≥ 85%", "≥ 88%", "≥ 90%"], 1.0),
            ]),
        ]),
        ("P1.2", "Tutelare il mercato e la fede pubblica", 0.40, [
            ("P1.2.1", "Rafforzare la vigilanza metrologica e sanzionatoria", 1.0, "Ufficio Metrologia legale e sanzioni", [
                ("IND.04", "Strumenti metrici verificati nell'anno", "N_StrumVer", "N.",
                 [(1180, "#,##0", "1.180"), (1246, "#,##0", "1.246")], ["≥ 1.250", "≥ 1.300", "≥ 1.350"], 0.50),
                ("IND.05", "Tempo medio di emissione delle ordinanze sanzionatorie", "GG_Ord / N_Ord", "gg",
                 [(142, "0", "142"), (128, "0", "128")], ["≤ 120", "≤ 110", "≤ 100"], 0.50),
            ]),
        ]),
    ]),
    ("P2", "PROCESSI INTERNI", 0.35, [
        ("P2.1", "Semplificare e digitalizzare i procedimenti amministrativi", 1.0, [
            ("P2.1.1", "Ridurre i tempi di evasione delle pratiche del Registro delle imprese", 0.60, "Area Anagrafe economica", [
                ("IND.06", "Pratiche del Registro delle imprese evase entro 5 giorni", "Prat_RI_5gg / Prat_RI_Tot", "%",
                 [(0.812, "0.0%", "81,2%"), (0.864, "0.0%", "86,4%")], ["≥ 88%", "≥ 90%", "≥ 92%"], 0.3333),
                ("IND.07", "Tempo medio di lavorazione delle pratiche telematiche", "GG_Lav_RI / Prat_RI_Tot", "gg",
                 [(4.8, "0.0", "4,8"), (4.1, "0.0", "4,1")], ["≤ 4,0", "≤ 3,8", "≤ 3,5"], 0.3333),
                ("IND.08", "Pratiche sospese sul totale delle pratiche ricevute", "Prat_Sosp / Prat_RI_Tot", "%",
                 [(0.125, "0.0%", "12,5%"), (0.109, "0.0%", "10,9%")], ["≤ 10%", "≤ 9%", "≤ 8%"], 0.3334),
            ]),
            ("P2.1.2", "Potenziare il fascicolo elettronico d'impresa", 0.40, "Area Anagrafe economica", [
                ("IND.09", "Documenti caricati nel fascicolo elettronico d'impresa", "N_Doc_Fasc", "N.",
                 [(3420, "#,##0", "3.420"), (4015, "#,##0", "4.015")], ["≥ 4.200", "≥ 4.500", "≥ 4.800"], 1.0),
            ]),
        ]),
    ]),
    ("P3", "ECONOMICO-FINANZIARIO", 0.25, [
        ("P3.1", "Garantire l'equilibrio economico e la riscossione delle entrate", 1.0, [
            ("P3.1.1", "Migliorare la riscossione spontanea del diritto annuale", 0.70, "Servizio Ragioneria e diritto annuale", [
                ("IND.10", "Tasso di riscossione spontanea del diritto annuale", "DA_Risc / DA_Dovuto", "%",
                 [(0.713, "0.0%", "71,3%"), (0.728, "0.0%", "72,8%")], ["≥ 73%", "≥ 74%", "≥ 75%"], 1.0),
            ]),
            ("P3.1.2", "Contenere i tempi di pagamento dei fornitori", 0.30, "Ufficio Provveditorato", [
                ("IND.11", "Indicatore annuale di tempestività dei pagamenti", "ITP_Annuale", "gg",
                 [(-6.2, "0.0", "-6,2"), (-8.4, "0.0", "-8,4")], ["≤ -9", "≤ -10", "≤ -10"], 0.60),
                ("IND.12", "Fatture passive liquidate con procedura informatizzata", "Fatt_Liq_Inf / Fatt_Tot", "%",
                 [(0.92, "0%", "92%"), (0.95, "0%", "95%")], ["≥ 96%", "≥ 97%", "≥ 98%"], 0.40),
            ]),
        ]),
    ]),
]


def wraw(w):
    if abs(w * 100 - round(w * 100)) < 1e-9:
        return f"{round(w * 100)}%", "0%"
    return f"{w * 100:.2f}".replace(".", ",") + "%", "0.00%"


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano 2026-2028"
    F = "Liberation Sans"
    hair = Side(style="hair", color="7F7F7F")
    grid = Border(left=hair, right=hair, top=hair, bottom=hair)
    widths = [13, 8, 46, 7, 26, 5, 9, 9, 9, 9, 9, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    xl_put(ws, 1, 1, ORG.upper(), font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano integrato di attività e organizzazione 2026-2028 – Sezione Performance", font=Font(name=F, size=10), wrap=False)
    xl_put(ws, 3, 1, "Allegato 1 – Albero della performance: prospettive, obiettivi e indicatori", font=Font(name=F, size=9, italic=True), wrap=False)
    hf = Font(name=F, size=8, bold=True, color="FFFFFF")
    for c in range(1, 13):
        for r in (5, 6):
            xl_put(ws, r, c, None, fill="3A5A40", border=grid, halign="center", valign="center")
    heads = {1: "Livello", 2: "Codice", 3: "Descrizione", 4: "Peso", 5: "Algoritmo di calcolo", 6: "U.M.", 12: "Referente"}
    for c, h in heads.items():
        xl_put(ws, 5, c, h, font=hf, fill="3A5A40", border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    xl_put(ws, 5, 7, "Consuntivo", font=hf, fill="3A5A40", border=grid, halign="center")
    ws.merge_cells("G5:H5")
    xl_put(ws, 5, 9, "Valore obiettivo", font=hf, fill="3A5A40", border=grid, halign="center")
    ws.merge_cells("I5:K5")
    for c, y in zip(range(7, 12), [2024, 2025, 2026, 2027, 2028]):
        xl_put(ws, 6, c, str(y), font=hf, fill="3A5A40", border=grid, halign="center")
    r = 7
    nodes, inds, brk = [], [], None
    LV = {"Prospettiva": ("C8D5B9", True, False), "Ob. strategico": ("E4EBDA", True, False),
          "Ob. operativo": ("F4F7EF", False, True), "Indicatore": (None, False, False)}

    def row(level, code, desc, w, wfmt, formula="", um="", base=(), tg=(), ref=""):
        fill, bold, ital = LV[level]
        f = Font(name=F, size=8, bold=bold, italic=ital)
        vals = [level, code, desc, w, formula, um]
        for c, v in enumerate(vals, 1):
            xl_put(ws, r, c, v, font=f, fill=fill, border=grid, fmt=wfmt if c == 4 else None,
                   halign="right" if c == 4 else None)
        for c in range(7, 12):
            xl_put(ws, r, c, None, font=f, fill=fill, border=grid, halign="right")
        for c, (v, fmt, _) in zip((7, 8), base):
            xl_put(ws, r, c, v, font=f, fill=fill, border=grid, fmt=fmt, halign="right")
        for c, t in zip((9, 10, 11), tg):
            xl_put(ws, r, c, t, font=f, fill=fill, border=grid, halign="right")
        xl_put(ws, r, 12, ref, font=f, fill=fill, border=grid)

    for pc, pt, pw, sos in P:
        raw, fmt = wraw(pw)
        row("Prospettiva", pc, pt, pw, fmt)
        nodes.append(node(pc, "perspective", pt, weight=raw))
        r += 1
        for sc, st, sw, oos in sos:
            raw, fmt = wraw(sw)
            row("Ob. strategico", sc, st, sw, fmt)
            nodes.append(node(sc, "strategic", st, parent=pc, weight=raw))
            r += 1
            for oc, ot, ow, owner, ks in oos:
                raw, fmt = wraw(ow)
                row("Ob. operativo", oc, ot, ow, fmt, ref=owner)
                nodes.append(node(oc, "operational", ot, parent=sc, weight=raw, owners=[owner]))
                r += 1
                for kc, kn, kf, um, base, tg, kw in ks:
                    raw, fmt = wraw(kw)
                    if kc == "IND.07":
                        brk = r - 1
                    row("Indicatore", kc, kn, kw, fmt, kf, um, base, tg)
                    inds.append(ind(kn, oc, code=kc, unit=um, weight=raw, formula=kf, variables=vars_of(kf),
                                    baselines=[(2024, base[0][2]), (2025, base[1][2])],
                                    targets=list(zip(YEARS, tg))))
                    r += 1
    last = r - 1
    xl_put(ws, r + 1, 1, "Legenda: i valori obiettivo riportano l'operatore (≥ valore minimo da raggiungere, ≤ valore massimo). "
           "Il peso di ciascun elemento è espresso rispetto agli elementi dello stesso livello.",
           font=Font(name=F, size=7, italic=True), wrap=False)
    xl_fit_rows(ws, 7, last, pt=8, narrow=1.0, line=1.2)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=True, title_rows="5:6", margins=0.4)
    ws.oddFooter.center.text = "Pagina &P di &N"
    xlsx_to_pdf(wb, d)

    findings = [finding("target.unambitious", "IND.01",
                        "IND.01: first-year target ≥ 240 is below the 2025 value 248 (higher is better)")]
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds, findings)
    readme(d, NAME, "Genre: **plan**", LO.format(script="h9_plan.py"), f"""
Landscape A4, Liberation Sans 8 pt, hairline grid, printed by LibreOffice over two pages. Three title lines (the
chamber in capitals, `Piano integrato di attività e organizzazione 2026-2028 – Sezione Performance`, an italic annex
line). ONE table with a two-row header (white on dark green): `Livello | Codice | Descrizione | Peso | Algoritmo di
calcolo | U.M. | Consuntivo (2024 | 2025) | Valore obiettivo (2026 | 2027 | 2028) | Referente`; the header rows
repeat on page 2 (print titles). The LEVEL of a row is written in words in the first column (`Prospettiva`,
`Ob. strategico`, `Ob. operativo`, `Indicatore`) and echoed by fills (darker to none) and bold/italic; codes in their
own column (`P1`, `P1.1`, `P1.1.1`, `IND.01`). Weights are number cells (`0%` format, a triple with `0.00%`:
`33,33%`/`33,33%`/`33,34%`); `Consuntivo` values are number cells whose format prints them (`78,5%`, `1.246`, `4,1`,
`-8,4`); `Valore obiettivo` cells are text with Unicode operators (`≥ 1.250`, `≤ 4,0`). `Referente` filled only on
operational rows. A manual page break falls INSIDE the indicators of `P2.1.1` (between IND.06 and IND.07). A legend
line after the table and `Pagina n di m` in the footer. Truth: perspectives (level `perspective`) → strategic →
operational → indicators; baselines 2024/2025 from `Consuntivo`, targets 2026-2028; owners of operational objectives
= the Referente; indicator units from U.M.
""", [
        "input: `input.pdf`", "level named in a column in words, codes in a separate column",
        "`Valore obiettivo` as the target header (not `Target`)", "two past years under `Consuntivo`",
        "number formats rendered by LibreOffice in it_IT (`0.0%`, `#,##0`, `0.0`)",
        "negative values (ITP) and `≤` targets", "page break inside one objective's indicator rows, header repeated",
    ], ["`target.unambitious` on `IND.01`: first-year target `≥ 240` is below the 2025 consuntivo `248` (higher is better)"])


if __name__ == "__main__":
    main()
