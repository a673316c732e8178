"""Genre 'assignment' (seed 003): the operational objectives assigned to each
organisational unit, with the unit's own weights; one ruled table per unit."""
import os
import re
from common import assign_cell_pages, Cell, Table, esc, html_page, print_pdf, page_count, page_texts, write_json, num
from gen_plan import signature_html
import plan_data
import assignment_data as D

CSS = """
@page { size: A4 landscape; margin: 12mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; margin: 0; }
.unitblock { break-before: page; }
.unitblock.first { break-before: auto; }
.area { font-size: 11pt; font-weight: bold; margin: 0 0 1mm 0; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 277mm; }
table.grid th, table.grid td { border: 0.6pt solid #777; padding: 0.8mm 1.2mm; vertical-align: middle; }
table.grid th { background: #d9d9d9; text-align: center; }
tr { break-inside: avoid; }
td.unit { font-weight: bold; font-size: 10.5pt; background: #c5d9f1; }
td.oo { font-weight: bold; background: #f2f2f2; }
td.ind { white-space: nowrap; padding-left: 4mm; }
td.n { text-align: center; white-space: nowrap; }
td.unit.n { background: #c5d9f1; } td.oo.n { background: #f2f2f2; }
.sign { margin-top: 10mm; display: flex; justify-content: space-around; font-size: 9pt; text-align: center; break-inside: avoid; }
.sign p { margin: 1mm; }
.notes { margin-top: 8mm; font-size: 7.5pt; text-align: center; break-inside: avoid; }
.notes p { margin: 0.5mm; }
"""

WIDTHS = [200, 22, 28, 27]
HEADER = ["Obiettivo operativo / Indicatore", "Peso", f"Target {D.YEAR}", f"Risultato {D.YEAR}"]


def unit_table(area, unit, uweight, oos):
    head = [Cell(h, header=True, wrap=False) for h in HEADER]
    rows = [[Cell(unit, cls="unit", wrap=True), Cell(uweight, cls="unit n", wrap=False),
             Cell("", cls="unit n"), Cell("", cls="unit n")]]
    for code, w, inds in oos:
        rows.append([Cell(f"{code} - {D.OO_TITLES[code]}", cls="oo", wrap=True), Cell(w, cls="oo n", wrap=False),
                     Cell("", cls="oo n"), Cell("", cls="oo n")])
        for icode, iw, tgt in inds:
            lines, _ = D.CELLS[icode]
            rows.append([Cell(lines, cls="ind", wrap=False), Cell(iw, cls="n", wrap=False),
                         Cell(tgt, cls="n", wrap=False), Cell("N/D", cls="n", wrap=False)])
    return Table(WIDTHS, [head], rows)


def build(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    body, tables = [], []
    for i, (area, unit, uw, oos) in enumerate(D.UNITS):
        t = unit_table(area, unit, uw, oos)
        tables.append(t)
        body.append(f'<div class="unitblock{" first" if i == 0 else ""}"><div class="area">{esc(area)}</div>'
                    + t.html() + "</div>")
    body.append(signature_html(plan_data.SIGNATURE))
    pdf = os.path.join(outdir, "input.pdf")
    print_pdf(html_page("Allegato - Assegnazione obiettivi operativi 2022", CSS, "".join(body)), pdf, workdir)
    n = page_count(pdf)
    texts = page_texts(pdf)
    ttruth = [t.truth(unit_pages(texts, u, D.UNITS[i + 1][1] if i + 1 < len(D.UNITS) else None))
              for i, (t, u) in enumerate(zip(tables, [u[1] for u in D.UNITS]))]
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [assign_cell_pages(pdf, t) for t in ttruth]})
    write_json(os.path.join(outdir, "truth.json"), model_truth(n))
    return pdf, n


def unit_pages(texts, unit, next_unit):
    norm = lambda s: re.sub(r"\s+", " ", s)
    first = next(i for i, t in enumerate(texts) if norm(unit) in t)
    if next_unit is None:
        last = max(i for i, t in enumerate(texts) if "N/D" in t)
    else:
        last = next(i for i, t in enumerate(texts) if norm(next_unit) in t) - 1
    return list(range(first + 1, last + 2))


def model_truth(n):
    nodes, inds, areas = [], [], []
    for area, unit, uw, oos in D.UNITS:
        if area not in areas:
            areas.append(area)
            nodes.append(node(None, "unit", area, None, None, None))
        nodes.append(node(None, "unit", unit, area, uw, None))
        for code, w, items in oos:
            nodes.append(node(code, "operational", D.OO_TITLES[code], None, w, unit))
            for icode, iw, tgt in items:
                lines, k = D.CELLS[icode]
                head = " ".join(lines[:k])
                desc = " ".join(lines[k:]) or None
                inds.append({"code": icode, "name": head[len(icode) + 3:], "description": desc, "formula": None,
                             "variables": [], "unit": unit_of(tgt), "type": None, "node": code, "unit_org": unit,
                             "weight": num(iw), "baselines": [], "targets": [{"year": D.YEAR, "raw": tgt}],
                             "results": [{"year": D.YEAR, "raw": "N/D"}], "achievement": [], "owners": [unit],
                             "notes": []})
    return {"documents": [{"kind": "assignment", "format": "pdf", "organisation": "CCIAA di Massa-Carrara",
                           "title": None, "years": [D.YEAR], "pages": n}],
            "nodes": nodes, "indicators": inds,
            "boilerplate": plan_data.SIGNATURE["roles"] + plan_data.SIGNATURE["names"] + plan_data.SIGNATURE["notes"]}


def node(code, level, title, parent, weight, unit):
    return {"code": code, "level": level, "title": title, "description": None, "parent": parent,
            "weight": num(weight) if weight else None, "achievement": [], "resources": [], "mission": None,
            "programme": None, "owners": [unit] if unit else [], "unit": unit}


def unit_of(t):
    t = t.strip()
    return "%" if t.endswith("%") else "N." if t.endswith("N.") else "gg" if t.endswith("gg") else None
