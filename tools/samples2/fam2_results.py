#!/usr/bin/python3
"""Family: results list without weights. Chromium: a national body's `Obiettivo | Indicatore |
Target % | Risultato %` with bare numbers (unit only in the header), a footnote mark `10*` and
`dato in aggiornamento`. Workbook (.xlsx kept as the input): a comune's `Codice | Descrizione |
Percentuale di realizzazione` with number cells formatted `0.0%`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def istituto():
    name = "fam2-results-chromium-1"
    org = "Istituto Nazionale di Previdenza per l'Agricoltura"
    objs = [
        ("13.5", "Ridurre i tempi di definizione delle pratiche di infortunio", [
            ("Pratiche definite entro 30 giorni dalla denuncia", "90", "93"),
            ("Pratiche definite entro 60 giorni dalla denuncia", "100", "100")]),
        ("13.6", "Potenziare la vigilanza nelle aziende agricole", [
            ("Aziende ispezionate sul totale programmato", "100", "10*"),
            ("Verbali notificati entro 90 giorni dall'accesso", "85", "dato in aggiornamento")]),
        ("13.7", "Digitalizzare i servizi all'utenza", [
            ("Domande di prestazione presentate online", "75", "81"),
            ("Utenti soddisfatti del servizio (indagine di customer satisfaction)", "80", "78")]),
    ]
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 10pt; font-weight: normal; margin: 2pt 0 10pt 0; }
table { border-collapse: collapse; width: 100%; }
th { border-bottom: 1pt solid #000; padding: 3pt 5pt; text-align: left; }
th.n, td.n { text-align: right; width: 12%; }
td { padding: 2pt 5pt; vertical-align: top; }
tr.obj td { font-weight: bold; padding-top: 8pt; border-bottom: 0.4pt solid #999; }
p.f { font-size: 7.5pt; margin-top: 10pt; border-top: 0.4pt solid #000; padding-top: 3pt; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Relazione sulla performance 2024 – Risultati degli obiettivi strategici</h2>",
         "<table><thead><tr><th>Obiettivo</th><th>Indicatore</th><th class=n>Target %</th>"
         "<th class=n>Risultato %</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for code, title, ilist in objs:
        h.append(f"<tr class=obj><td colspan=4>{code} {esc(title)}</td></tr>")
        nodes.append(node(code, "strategic", title))
        for iname, tgt, res in ilist:
            h.append(f"<tr><td></td><td>{esc(iname)}</td><td class=n>{tgt}</td><td class=n>{esc(res)}</td></tr>")
            inds.append(ind(iname, code, unit="%", targets=[(2024, tgt)], results=[(2024, res)]))
    h.append("</tbody></table>")
    h.append("<p class=f>* Il dato risente della sospensione dell'attività ispettiva nel secondo semestre per la "
             "riorganizzazione delle sedi territoriali.</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2024])], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Sans 9 pt, borderless (a rule under the header, a thin line under each objective).
Table `Obiettivo | Indicatore | Target % | Risultato %`. Objectives are bold rows spanning the width, code and title in
one cell (`13.5 Ridurre i tempi …`, code `13.5`); their indicators follow with an empty first cell. Target and result
cells are bare numbers (`90`, `93`; `100`, `100`): the unit `%` is printed only in the header. One result carries a
footnote mark `10*` (the footnote under the table explains it; truth result raw `10*`, notes left empty), one result is
`dato in aggiornamento`. No weights, no achievement column. Truth: objectives level `strategic`, parent null; indicator
unit `%`; targets and results for 2024.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_results.py`.",
                 ["unit only in the header (`Target %`), cells `100 100`", "code and title in one band cell",
                  "footnote mark `10*`, `dato in aggiornamento`", "borderless"], [])


def comune():
    name = "fam2-results-xlsx-2"
    org = "Comune di Castelvetro Alto"
    areas = [
        ("1.", "1", "AMMINISTRAZIONE TRASPARENTE ED EFFICIENTE", 0.975, [
            ("OB.1.1", "Riduzione dei tempi di pagamento dei fornitori", 0.975),
            ("OB.1.2", "Completamento del passaggio al sistema di contabilità economico-patrimoniale", 1.0),
            ("OB.1.3", "Revisione del regolamento sui controlli interni", 0.95)]),
        ("2.", "2", "SERVIZI AL CITTADINO", 0.95, [
            ("OB.2.1", "Estensione dell'orario di apertura dell'anagrafe il sabato mattina", 0.90),
            ("OB.2.2", "Riorganizzazione degli sportelli dell'Ufficio Relazioni con il Pubblico per l'accesso ai "
                       "servizi della", 1.0)]),
        ("3.", "3", "TERRITORIO E AMBIENTE", 0.94, [
            ("OB.3.1", "Aumento della raccolta differenziata dei rifiuti urbani", 0.88),
            ("OB.3.2", "Manutenzione del verde pubblico nelle frazioni", 0.96),
            ("OB.3.3", "Approvazione della variante al piano degli interventi", 1.0),
            ("OB.3.4", "Censimento delle aree a rischio idrogeologico", 0.92)]),
    ]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Calibri"
    f_n, f_b = Font(name=fn, size=10), Font(name=fn, size=10, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Realizzazione 2024"
    for col, w in zip("ABC", [10, 80, 16]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2024 – Grado di realizzazione degli obiettivi",
           font=Font(name=fn, size=10), wrap=False)
    for c, v in enumerate(["Codice", "Descrizione", "Percentuale di realizzazione"], 1):
        xl_put(ws, 4, c, v, font=f_b, fill="FFF2CC", border=grid, halign="center", valign="center")
    r = 5
    nodes = []

    def disp(x):
        return f"{x * 100:.1f}".replace(".", ",") + "%"

    for pcode, code, title, ach, objs in areas:
        for c, v in enumerate([pcode, title, ach], 1):
            xl_put(ws, r, c, v, font=f_b, fill="EDEDED", border=grid, fmt="0.0%" if c == 3 else None,
                   halign="right" if c == 3 else None)
        nodes.append(node(code, "area", title, achievement=[(2024, disp(ach))]))
        r += 1
        for ocode, otitle, oach in objs:
            for c, v in enumerate([ocode, otitle, oach], 1):
                xl_put(ws, r, c, v, font=f_n, border=grid, fmt="0.0%" if c == 3 else None,
                       halign="right" if c == 3 else None)
            nodes.append(node(ocode, "operational", otitle, parent=code, achievement=[(2024, disp(oach))]))
            r += 1
        # the area's achievement is the plain mean of its objectives
        assert abs(sum(o[2] for o in objs) / len(objs) - ach) < 1e-9, code
    xl_fit_rows(ws, 4, r - 1, pt=10)
    xl_page(ws, landscape=False, title_rows="4:4")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [2024])], nodes, [], [finding(
        "text.truncated", "OB.2.2",
        "the description ends mid-sentence: '… per l'accesso ai servizi della' (cut in the source)")])
    write_readme(d, name, """
The workbook itself (`input.xlsx`), one sheet `Realizzazione 2024`: a title row with the body and the year, then
`Codice | Descrizione | Percentuale di realizzazione`. Area rows are bold and grey, code with a trailing dot (`1.`,
truth `1`); their objectives follow (`OB.1.1`). The percentages are number cells (0.975) with format `0.0%`, displayed in an
Italian file as `97,5%` (truth raw). Each area's percentage is the plain mean of its objectives' (no weights). No
indicators. Truth: areas level `area`, objectives `operational` with parent the area code; achievement for 2024.
""", "Workbook written with openpyxl by `tools/samples2/fam2_results.py` and kept as .xlsx (Calibri 10).",
                 ["workbook input, percentages as number cells with a `0.0%` format",
                  "area codes with a trailing dot (`1.`), objective codes `OB.1.1`",
                  "area achievement = plain mean of its objectives"],
                 ["`text.truncated` on `OB.2.2`: its description stops mid-sentence (`… per l'accesso ai servizi "
                  "della`), cut in the cell itself"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "xlsx"]
    if "chromium" in which:
        istituto()
    if "xlsx" in which:
        comune()
