"""Genre 'report' (seed 004): results per BSC perspective, strategic view then operational view."""
import os
from common import unit_of_values, assign_cell_pages, Cell, Table, esc, html_page, print_pdf, page_count, pages_with, write_json, num
from gen_plan import signature_html
import report_data as D

CSS = """
@page { size: A4 portrait; margin: 12mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; margin: 0; }
.title { font-weight: bold; font-size: 10pt; margin-bottom: 1mm; }
.sub { text-align: right; font-size: 8pt; font-style: italic; margin-bottom: 3mm; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 190mm; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 0.6mm 1mm; vertical-align: middle; }
table.grid th { background: #1f497d; color: #fff; font-weight: bold; text-align: center; }
table.grid th.p { text-align: left; }
tr { break-inside: avoid; }
td.S { font-weight: bold; background: #dce6f1; }
td.O { font-weight: bold; padding-left: 4mm !important; }
td.I { padding-left: 8mm !important; }
td.n { text-align: center; }
td.S.n { background: #dce6f1; }
.partB { break-before: page; }
.sign { margin-top: 12mm; display: flex; justify-content: space-around; font-size: 9pt; text-align: center; break-inside: avoid; }
.sign p { margin: 1mm; }
.notes { margin-top: 8mm; font-size: 7.5pt; text-align: center; break-inside: avoid; }
.notes p { margin: 0.5mm; }
"""

WIDTHS_A = [108, 14, 26, 24, 18]
WIDTHS_B = [132, 13, 15, 13, 17]


def header(persp, last):
    return [Cell(persp, cls="p", header=True, wrap=False), Cell("Peso", header=True, wrap=False),
            Cell("Risultato 2017", header=True, wrap=True), Cell("Target 2017", header=True, wrap=True),
            Cell(last, header=True, wrap=bool(last))]


def value_cell(v):
    return Cell(v.split("\n") if v else "", cls="n", wrap=False)


def row_cells(r):
    kind = r[0]
    if kind in ("S", "O"):
        _, code, title, w, ach = r
        return [Cell(f"{code} {title}", cls=kind, wrap=True), Cell(w, cls=kind + " n", wrap=False),
                Cell("", cls=kind + " n"), Cell("", cls=kind + " n"), Cell(ach, cls=kind + " n", wrap=False)]
    _, text, res, tgt, ach = r
    return [Cell(text, cls="I", wrap=True), Cell("", cls="n"), value_cell(res), value_cell(tgt), value_cell(ach)]


def build(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    rows_a = []
    for persp, first, rows in D.PART_A:
        rows_a.append(header(persp, "% Realizzazione" if first else ""))
        rows_a += [row_cells(r) for r in rows]
    rows_b = []
    for persp, rows in D.PART_B:
        rows_b.append(header(persp, "% Realizzazione"))
        rows_b += [row_cells(r) for r in rows]
    ta = Table(WIDTHS_A, [], rows_a)
    tb = Table(WIDTHS_B, [], rows_b)
    body = (f'<div class="title">{esc(D.TITLE)}</div><div class="sub">{esc(D.SUBTITLE)}</div>' + ta.html() +
            '<div class="partB">' + tb.html() + "</div>" + signature_html(D.SIGNATURE))
    pdf = os.path.join(outdir, "input.pdf")
    print_pdf(html_page("Relazione sulla performance 2017 - Allegato 1", CSS, body), pdf, workdir)
    n = page_count(pdf)
    pa = pages_with(pdf, "Realizzazione programma delle attività", "Realizzazione intervento di riqualificazione del polo")
    pb = pages_with(pdf, "Rilevanza Rapporto Economia", "Realizzazione documento di sintesi sul progetto")
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [assign_cell_pages(pdf, ta.truth(pa)), assign_cell_pages(pdf, tb.truth(pb))]})
    write_json(os.path.join(outdir, "truth.json"), model_truth(n))
    return pdf, n


def yr(raw):
    return [{"year": D.YEAR, "raw": raw.replace("\n", "")}] if raw else []


def model_truth(n):
    nodes, inds, persp_seen = [], [], []

    def persp_node(p):
        if p not in persp_seen:
            persp_seen.append(p)
            nodes.append({"code": None, "level": "perspective", "title": p, "description": None, "parent": None,
                          "weight": None, "achievement": [], "resources": [], "mission": None, "programme": None,
                          "owners": [], "unit": None})

    def walk(section, persp, rows):
        current_s, current_o = None, None
        for r in rows:
            if r[0] in ("S", "O"):
                _, code, title, w, ach = r
                level = "strategic" if r[0] == "S" else "operational"
                parent = persp if level == "strategic" else (current_s or code.rsplit(".", 1)[0])
                if level == "strategic":
                    current_s = code
                else:
                    current_o = code
                nodes.append({"code": code, "level": level, "title": title, "description": None, "parent": parent,
                              "perspective": persp, "section": section, "weight": num(w), "achievement": yr(ach),
                              "resources": [], "mission": None, "programme": None, "owners": [], "unit": None})
            else:
                _, text, res, tgt, ach = r
                inds.append({"code": None, "name": text, "description": None, "formula": None, "variables": [],
                             "unit": unit_of_values([tgt, res]), "type": None, "node": current_o, "perspective": persp, "section": section,
                             "weight": None, "baselines": [], "targets": yr(tgt), "results": yr(res),
                             "achievement": yr(ach), "owners": [], "notes": []})

    for persp, _, rows in D.PART_A:
        persp_node(persp)
        walk("strategic", persp, rows)
    for persp, rows in D.PART_B:
        walk("operational", persp, rows)
    return {"documents": [{"kind": "report", "format": "pdf", "organisation": "CCIAA di Massa-Carrara",
                           "title": D.TITLE, "subtitle": D.SUBTITLE, "years": [D.YEAR], "pages": n}],
            "nodes": nodes, "indicators": inds,
            "boilerplate": D.SIGNATURE["roles"] + D.SIGNATURE["names"] + D.SIGNATURE["notes"]}
