#!/usr/bin/python3
"""Family: results list without weights. ODS (converted by LibreOffice from an openpyxl workbook):
`Struttura responsabile | Cod. | Obiettivo | Indicatore | Target % | Risultato %` with number cells,
a footnote mark `10*`, `dato in aggiornamento`, and a `Kpi non definito` target. Chromium: a health
authority's `Codice | Descrizione | Percentuale di realizzazione` on three levels (1, 1.1, 1.1.A),
borderless with indentation, prose around it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, lo_convert,  # noqa: E402
                     node, q, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def lavoro():
    name = "fam3-results-ods-1"
    org = "Agenzia Regionale per il Lavoro e la Formazione della Valdiluce"
    Y = 2024
    # value: number -> number cell (fmt 0 or 0.0), str -> text cell
    strs = [
        ("Servizio Politiche Attive del Lavoro", [
            ("A1", "Rafforzare la presa in carico dei disoccupati di lunga durata", [
                ("Disoccupati di lunga durata con patto di servizio sottoscritto", 80, 83),
                ("Patti di servizio sottoscritti entro 30 giorni dalla dichiarazione di disponibilità", 90, 87.5)]),
            ("A2", "Accrescere la qualità dei tirocini extracurricolari", [
                ("Tirocini conclusi senza interruzioni anticipate", 85, 88),
                ("Tirocinanti assunti entro sei mesi dalla conclusione", 40, "dato in aggiornamento")]),
        ]),
        ("Servizio Formazione Professionale", [
            ("B1", "Garantire la qualità dei corsi di formazione finanziati", [
                ("Corsi sottoposti a visita ispettiva", 100, 100),
                ("Allievi che conseguono la qualifica professionale", 75, "10*")]),
            ("B2", "Ridurre i tempi di rimborso agli enti di formazione accreditati", [
                ("Rendiconti liquidati entro 90 giorni dalla presentazione", 95, 97.5),
                ("Rendiconti verificati con controllo in loco", "Kpi non definito", "–")]),
        ]),
        ("Osservatorio del Mercato del Lavoro", [
            ("C1", "Pubblicare i rapporti periodici sul mercato del lavoro regionale", [
                ("Rapporti trimestrali pubblicati entro 45 giorni dalla fine del trimestre", 100, 100)]),
        ]),
    ]

    def disp(v):
        if isinstance(v, str):
            return v
        return it_num(v, 1) if v != int(v) else str(int(v))

    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "DejaVu Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"Risultati {Y}"
    for col, w in zip("ABCDEF", [24, 6, 34, 40, 11, 11]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Relazione sulla performance {Y} – Allegato A: risultati degli indicatori degli obiettivi "
                     "operativi", font=Font(name=fn, size=10), wrap=False)
    head = ["Struttura responsabile", "Cod.", "Obiettivo", "Indicatore", "Target %", "Risultato %"]
    for c, v in enumerate(head, 1):
        xl_put(ws, 4, c, v, font=f_b, fill="D9D9D9", border=grid, halign="center", valign="center")
    r = 5
    nodes, inds = [], []
    for struct, objs in strs:
        s_first = r
        for code, title, ilist in objs:
            o_first = r
            for iname, tgt, res in ilist:
                xl_put(ws, r, 4, iname, font=f_n, border=grid)
                for c, v in ((5, tgt), (6, res)):
                    fmt = None if isinstance(v, str) else ("0" if v == int(v) else "0.0")
                    xl_put(ws, r, c, v, font=f_n, border=grid, fmt=fmt, halign="right")
                inds.append(ind(iname, code, unit="%", targets=[(Y, disp(tgt))], results=[(Y, disp(res))]))
                r += 1
            xl_put(ws, o_first, 2, code, font=f_b, border=grid, halign="center")
            xl_put(ws, o_first, 3, title, font=f_n, border=grid)
            if r - 1 > o_first:
                ws.merge_cells(start_row=o_first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=o_first, start_column=3, end_row=r - 1, end_column=3)
            nodes.append(node(code, "operational", title, owners=[struct]))
        xl_put(ws, s_first, 1, struct, font=f_b, border=grid)
        if r - 1 > s_first:
            ws.merge_cells(start_row=s_first, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, s_first, 1, r - 1, 6, grid)
    xl_put(ws, r + 1, 1, "* Dato parziale: comprende i soli corsi conclusi entro il 30 settembre; il dato definitivo "
                         "sarà disponibile con la chiusura dei registri.", font=Font(name=fn, size=8, italic=True),
           wrap=False)
    xl_fit_rows(ws, 4, r - 1, pt=9, narrow=0.95)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, "input.ods"), "ods")
    os.remove(src)
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "target.missing", "Rendiconti verificati con controllo in loco",
        "the 2024 target prints `Kpi non definito`: no target for the year reported")])
    write_readme(d, name, """
An OpenDocument spreadsheet (`input.ods`), one sheet `Risultati 2024`, DejaVu Sans 9, ruled, landscape print setup.
Title rows (body; `Relazione sulla performance 2024 – Allegato A: …`), then `Struttura responsabile | Cod. | Obiettivo |
Indicatore | Target % | Risultato %`. The structure cell is merged over all its objectives' rows, code and title over
their indicator rows (column order: structure first, code in its own column, `A1`). Target and result are NUMBER cells
with format `0` (`80`, `100`) or `0.0` (87.5 → `87,5`): the unit `%` is only in the header. Text cells where the
document has no number: result `10*` (a footnote mark; the footnote is an italic line under the table), `dato in
aggiornamento`, `–`, and a target `Kpi non definito`. No weights, no achievement column. Truth: objectives level
`operational`, parent null, owners = [the Struttura responsabile]; indicator unit `%`; targets and results of 2024
with raw = the displayed text (`87,5`, `10*`).
""", "Workbook written with openpyxl by `tools/samples3/fam3_results.py`, converted to .ods by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`) and kept as the input.",
                 ["ODS input; number cells `0` / `0.0` under `Target %` / `Risultato %` (unit only in the header)",
                  "structure column first, merged over several objectives; code in its own column",
                  "`10*` footnote mark, `dato in aggiornamento`, `–`"],
                 ["`target.missing` on `Rendiconti verificati con controllo in loco`: its target prints "
                  "`Kpi non definito` (and its result `–`)"])


def asl():
    name = "fam3-results-chromium-2"
    org = "Azienda Sanitaria Locale di Pontevecchio"
    Y = 2024
    areas = [
        ("1", "PREVENZIONE E SANITÀ PUBBLICA", "97,5%", [
            ("1.1", "Aumentare l'adesione della popolazione ai programmi di screening oncologico", "96,0%", [
                ("1.1.A", "Estendere gli inviti allo screening mammografico alla fascia di età 45-49 anni", "96,0%"),
                ("1.1.B", "Attivare il percorso di screening per il tumore del colon-retto nelle farmacie aderenti",
                 "100%"),
                ("1.1.C", "Ridurre i tempi di refertazione dei test di primo livello", "92,0%")]),
            ("1.2", "Potenziare la sorveglianza delle malattie infettive", "99,0%", [
                ("1.2.A", "Garantire la notifica tempestiva dei casi di malattia infettiva", "100%"),
                ("1.2.B", "Raggiungere la copertura vaccinale antinfluenzale raccomandata negli ultrasessantacinquenni",
                 "98,0%")]),
        ]),
        ("2", "ASSISTENZA OSPEDALIERA", "90,0%", [
            ("2.1", "Ridurre i tempi di attesa per gli interventi chirurgici programmati", "91,0%", [
                ("2.1.A", "Interventi oncologici in classe A eseguiti entro 30 giorni", "88,0%"),
                ("2.1.B", "Protesi d'anca eseguite entro i tempi massimi previsti dalla classe di priorità", "94,0%")]),
            ("2.2", "Migliorare l'appropriatezza dei ricoveri", "99,0%", [
                ("2.2.A", "Ridurre i ricoveri ordinari per diagnosi ad alto rischio di inappropriatezza", "100%"),
                ("2.2.B", "Trasferire in regime ambulatoriale gli interventi per cataratta", "100%"),
                ("2.2.C", "Contenere i ricoveri ripetuti entro 30 giorni dalla dimissione", "97,0%"),
                ("2.2.D", "Aumentare le dimissioni protette verso le strutture territoriali", "99,0%")]),
            ("2.3", "Completare l'informatizzazione della cartella clinica nei presidi ospedalieri", "80,0%", [
                ("2.3.A", "Reparti che utilizzano la cartella clinica elettronica", "80,0%")]),
        ]),
        ("3", "GOVERNO E SOSTENIBILITÀ", "100%", [
            ("3.1", "Rispettare l'equilibrio economico-finanziario assegnato dalla Regione", "100%", [
                ("3.1.A", "Rispettare il tetto di spesa per l'acquisto di dispositivi medici", "100%"),
                ("3.1.B", "Pagare le fatture commerciali entro i termini di legge", "100%")]),
        ]),
    ]

    def val(s):
        return float(s.rstrip("%").replace(",", "."))

    # every printed percentage above the leaves is the plain mean of its children
    for _, _, aach, sts in areas:
        assert abs(sum(val(s[2]) for s in sts) / len(sts) - val(aach)) < 1e-9
        for _, _, sach, ops in sts:
            assert abs(sum(val(o[2]) for o in ops) / len(ops) - val(sach)) < 1e-9
    css = """body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 1mm 0 5mm 0; color: #333; }
p { text-align: justify; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; margin: 4mm 0; }
th { text-align: left; border-bottom: 1pt solid #000; border-top: 1pt solid #000; padding: 3pt 4pt; }
th.p, td.p { text-align: right; width: 26mm; } td { padding: 2pt 4pt; vertical-align: top; }
td.c { width: 16mm; } tr.a td { font-weight: bold; padding-top: 7pt; border-bottom: 0.5pt solid #666; }
tr.s td { font-weight: bold; } tr.s td.d { padding-left: 5mm; } tr.o td.d { padding-left: 10mm; }
tr.o td { color: #222; } tr { break-inside: avoid; }"""
    h = [f"<h1>{esc(org)}</h1>", f"<h2>Relazione sulla performance {Y} – Grado di realizzazione degli obiettivi</h2>",
         "<p>La tabella riporta, per ciascuna area strategica, gli obiettivi strategici e gli obiettivi operativi "
         f"assegnati alle strutture aziendali per l'anno {Y}, con la relativa percentuale di realizzazione. La "
         "percentuale di ciascun obiettivo strategico è la media semplice di quelle dei suoi obiettivi operativi; la "
         "percentuale dell'area è la media semplice di quelle dei suoi obiettivi strategici.</p>",
         "<table><thead><tr><th class=c>Codice</th><th>Descrizione</th><th class=p>Percentuale di realizzazione</th>"
         "</tr></thead><tbody>"]
    nodes = []
    for acode, atitle, aach, sts in areas:
        h.append(f"<tr class=a><td class=c>{acode}</td><td class=d>{esc(atitle)}</td><td class=p>{aach}</td></tr>")
        nodes.append(node(acode, "area", atitle, achievement=[(Y, aach)]))
        for scode, stitle, sach, ops in sts:
            h.append(f"<tr class=s><td class=c>{scode}</td><td class=d>{esc(stitle)}</td><td class=p>{sach}</td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode, achievement=[(Y, sach)]))
            for ocode, otitle, oach in ops:
                h.append(f"<tr class=o><td class=c>{ocode}</td><td class=d>{esc(otitle)}</td>"
                         f"<td class=p>{oach}</td></tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode, achievement=[(Y, oach)]))
    h.append("</tbody></table>")
    h.append("<p>Gli obiettivi con percentuale di realizzazione inferiore all'80% sono oggetto di analisi degli "
             "scostamenti nella sezione 4 della relazione. Il dato dell'obiettivo 2.3.A risente del ritardo nella "
             "fornitura dei dispositivi mobili per i reparti di area medica.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, margin="18mm 16mm 18mm 16mm",
                            top_right=q(f"{org} – Relazione sulla performance {Y}"),
                            bottom_right='"pagina " counter(page)', hf_font='7.5pt "DejaVu Sans"'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y])], nodes, [])
    write_readme(d, name, """
Portrait A4, Chromium, DejaVu Sans 9 pt, borderless (rules above and below the header, a thin line under each area).
Title, subtitle and a paragraph stating the rule: a strategic objective's percentage is the plain mean of its
operational objectives', an area's the plain mean of its strategic objectives'. One table `Codice | Descrizione |
Percentuale di realizzazione` on THREE levels: areas (`1`, bold, capitals), strategic objectives (`1.1`, bold,
indented), operational objectives (`1.1.A`, indented further, long titles wrapping); percentages with one decimal
(`97,5%`, `96,0%`) or `100%`. Closing paragraph; running header (body, report) and footer `pagina n`. No indicators,
no weights. Every printed figure is consistent with the stated rule. Truth: levels area / strategic / operational,
parents by code, achievement 2024 as printed.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples3/fam3_results.py`.",
                 ["three levels of codes `1`, `1.1`, `1.1.A`, shown by indentation and bold",
                  "the averaging rule stated in prose (plain means at two levels)", "borderless, portrait",
                  "prose before and after the table, running header/footer"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["ods", "chromium"]
    if "ods" in which:
        lavoro()
    if "chromium" in which:
        asl()
