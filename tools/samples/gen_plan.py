"""Genre 'plan' (seed 000): landscape ruled table area > strategic > operational > indicators."""
import os
from common import assign_cell_pages, Cell, Table, html_page, print_pdf, page_count, pages_with, write_json, series, variables_of, num
import plan_data as D

BASE_YEARS = [2019, 2020, 2021]
PLAN_YEARS = [2022, 2023, 2024]


def unit_of(values):
    for v in values:
        v = v.strip()
        if v.endswith("%"):
            return "%"
        if v.endswith("N."):
            return "N."
        if v.endswith("gg"):
            return "gg"
    return None


def walk(tree):
    """Yield (kind, payload, context) in document order."""
    for area in tree:
        acode, atitle, aw, oss = area
        yield "area", area, None
        for os_ in oss:
            yield "strategic", os_, acode
            ocode, _, _, ishare, oshare, inds, oos = os_
            if inds:
                yield "label_ind", ishare, ocode
                for ind in inds:
                    yield "indicator", ind, ocode
            if oos:
                yield "label_oo", oshare, ocode
                for oo in oos:
                    yield "operational", oo, ocode
                    for ind in oo[3]:
                        yield "indicator", ind, oo[0]


def model_truth(tree, org, title, pages):
    nodes, indicators = [], []
    for kind, p, parent in walk(tree):
        if kind == "area":
            nodes.append(node(p[0], "area", p[1], None, p[2]))
        elif kind == "strategic":
            n = node(p[0], "strategic", p[1], parent, p[2])
            n["indicators_share"] = num(p[3])
            n["operational_share"] = num(p[4])
            nodes.append(n)
        elif kind == "operational":
            nodes.append(node(p[0], "operational", p[1], parent, p[2]))
        elif kind == "indicator":
            code, name, desc, w, ftext, formula, bl, tg = p
            indicators.append({
                "code": code, "name": name, "description": desc,
                "formula": formula, "formula_text": "\n".join(ftext),
                "variables": variables_of(formula), "unit": unit_of(tg + bl), "type": None,
                "node": parent, "weight": num(w),
                "baselines": series(BASE_YEARS, bl), "targets": series(PLAN_YEARS, tg),
                "results": [], "achievement": [], "owners": [], "notes": []})
    return {"documents": [{"kind": "plan", "format": "pdf", "organisation": org, "title": title,
                           "years": PLAN_YEARS, "baseline_years": BASE_YEARS, "pages": pages}],
            "nodes": nodes, "indicators": indicators}


def node(code, level, title, parent, weight):
    return {"code": code, "level": level, "title": title, "description": None, "parent": parent,
            "weight": num(weight), "achievement": [], "resources": [], "mission": None,
            "programme": None, "owners": [], "unit": None}


# ---------------------------------------------------------------- landscape (samples/plan)

CSS_LANDSCAPE = """
@page { size: A4 landscape; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7pt; margin: 0; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 277mm; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 0.6mm 0.8mm; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { background: #d9d9d9; font-weight: bold; text-align: center; }
th.vert { padding: 1mm 0; }
th.vert div { writing-mode: vertical-rl; transform: rotate(180deg); margin: 0 auto; text-align: center; white-space: nowrap; }
td.area { background: #8db3e2; font-weight: bold; font-size: 8pt; }
td.strategic { background: #c6d9f1; font-weight: bold; }
td.operational { background: #eaf1dd; font-weight: bold; }
td.fill-area { background: #8db3e2; } td.fill-strategic { background: #c6d9f1; } td.fill-operational { background: #eaf1dd; }
td.label { font-weight: bold; text-decoration: underline; }
td.share { text-align: center; font-weight: bold; }
td.w { text-align: center; white-space: nowrap; font-size: 6.5pt; padding: 0.6mm 0.3mm; }
td.v { text-align: center; white-space: nowrap; font-size: 6.2pt; padding: 0.6mm 0.3mm; }
span.code { font-weight: bold; }
span.desc { color: #222; }
td.f { font-size: 6.5pt; }
.sign { margin-top: 10mm; display: flex; justify-content: space-around; font-size: 9pt; text-align: center; break-inside: avoid; }
.sign p { margin: 1mm; }
.notes { margin-top: 8mm; font-size: 7pt; text-align: center; break-inside: avoid; }
.notes p { margin: 0.5mm; }
"""


WEIGHT_LEVELS = ["area", "strategic", "operational", "indicator"]


def header_rows_landscape():
    vert = Cell(["Obiettivi Operativi /", "Indicatori OS"], cls="vert", rs=2, header=True,
                raw_html="<div>Obiettivi Operativi /<br>Indicatori OS</div>", wrap=False)
    row0 = [vert, Cell("Obiettivo / Indicatore", rs=2, header=True, wrap=False),
            Cell("PESO", cs=4, header=True, wrap=False),
            Cell("Descrizione formula", rs=2, header=True, wrap=False),
            Cell("Formula", rs=2, header=True, wrap=False),
            Cell("BASE LINE", cs=3, header=True, wrap=False), Cell("TARGET", cs=3, header=True, wrap=False)]
    row1 = ([Cell(h, header=True, wrap=False) for h in ("Area", "OS", "OO", "Ind.")] +
            [Cell(str(y), header=True, wrap=False) for y in BASE_YEARS + PLAN_YEARS])
    return [row0, row1]


def weight_cells(level, w, cls="w"):
    """The four weight columns (area, strategic, operational, indicator): w in its level's column."""
    return [Cell(w if lv == level else "", cls=cls, wrap=False) for lv in WEIGHT_LEVELS]


def body_rows_landscape(tree):
    rows = []
    for kind, p, _ in walk(tree):
        if kind in ("area", "strategic", "operational"):
            code, title, w = p[0], p[1], p[2]
            rows.append([Cell(""), Cell(f"{code} - {title}", cls=kind)] + weight_cells(kind, w) +
                        [Cell("", cls="fill-" + kind, cs=8)])
        elif kind in ("label_ind", "label_oo"):
            label = "Indicatori" if kind == "label_ind" else "Obiettivi operativi"
            rows.append([Cell(p, cls="share", wrap=False), Cell(label, cls="label", wrap=False), Cell("", cs=12)])
        else:
            code, name, desc, w, ftext, formula, bl, tg = p
            rows.append([Cell(""), Cell([(f"{code} - {name}", "code"), (desc, "desc")], wrap=True)] +
                        weight_cells("indicator", w) +
                        [Cell(ftext, cls="f", wrap=True), Cell(formula, cls="f", wrap=" " in formula)] +
                        [Cell(v, cls="v", wrap=False) for v in bl + tg])
    return rows


def signature_html(sig):
    s = '<div class="sign">' + "".join(
        f'<div><p>{r}</p><p>{n}</p></div>' for r, n in zip(sig["roles"], sig["names"])) + "</div>"
    s += '<div class="notes">' + "".join(f"<p>{t}</p>" for t in sig["notes"]) + "</div>"
    return s


def build_landscape(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    table = Table([10, 64, 11.5, 11.5, 11.5, 11.5, 46, 30, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5],
                  header_rows_landscape(), body_rows_landscape(D.TREE))
    body = table.html() + signature_html(D.SIGNATURE)
    pdf = os.path.join(outdir, "input.pdf")
    print_pdf(html_page("Allegato - Piano della performance 2022-2024", CSS_LANDSCAPE, body), pdf, workdir)
    n = page_count(pdf)
    pages = pages_with(pdf, "BASE LINE", "M_IndiceProgPMIMerc")
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [assign_cell_pages(pdf, table.truth(pages))]})
    truth = model_truth(D.TREE, "CCIAA di Massa-Carrara", None, n)
    truth["boilerplate"] = D.SIGNATURE["roles"] + D.SIGNATURE["names"] + D.SIGNATURE["notes"]
    write_json(os.path.join(outdir, "truth.json"), truth)
    return pdf, n


# ---------------------------------------------------------------- portrait variant (samples/plan-portrait)

CSS_PORTRAIT = """
@page { size: A4 portrait; margin: 14mm 10mm 16mm 10mm;
  @bottom-center { content: "Pagina " counter(page) " di " counter(pages); font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 8pt; } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 7pt; margin: 0; }
h1 { font-size: 12pt; text-align: center; margin: 0 0 1mm 0; }
.sub { text-align: center; font-size: 9pt; font-style: italic; margin-bottom: 3mm; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 190mm; }
table.grid th, table.grid td { border: 0.5pt solid #333; padding: 0.5mm 0.7mm; vertical-align: top; }
thead { display: table-header-group; }
th { background: #e7e6e6; font-size: 7.5pt; text-align: center; vertical-align: middle !important; }
td.area { background: #fce4d6; font-weight: bold; }
td.os { background: #fff2cc; font-weight: bold; }
td.oo { background: #e2efda; }
td.grp { background: #ededed; font-style: italic; }
span.w { font-weight: normal; font-style: italic; }
td.v { text-align: center; font-size: 6.5pt; }
td.f { font-size: 6.3pt; }
"""

PT_HEADER = ["Area strategica", "Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Peso",
             "Formula", "Base line 2021", "Target 2022", "Target 2023", "Target 2024"]


def portrait_rows(tree):
    rows = []
    for acode, atitle, aw, oss in tree:
        n_area = sum(len(os_[5]) + sum(len(oo[3]) for oo in os_[6]) for os_ in oss)
        first_in_area = True
        for ocode, otitle, ow, ishare, oshare, inds, oos in oss:
            n_os = len(inds) + sum(len(oo[3]) for oo in oos)
            first_in_os = True
            groups = []
            if inds:
                groups.append((Cell([("Indicatori dell'obiettivo strategico", ""), (f"Quota {ishare}", "w")],
                                    cls="grp", rs=len(inds), wrap=True), inds))
            for oocode, ootitle, oow, ooinds in oos:
                groups.append((Cell([(f"{oocode} - {ootitle}", ""), (f"Peso {oow} (quota {oshare})", "w")],
                                    cls="oo", rs=len(ooinds), wrap=True), ooinds))
            for gcell, ginds in groups:
                for j, ind in enumerate(ginds):
                    code, name, desc, w, ftext, formula, bl, tg = ind
                    row = []
                    if first_in_area:
                        row.append(Cell([(f"{acode} - {atitle}", ""), (f"Peso {aw}", "w")], cls="area", rs=n_area, wrap=True))
                        first_in_area = False
                    if first_in_os:
                        row.append(Cell([(f"{ocode} - {otitle}", ""), (f"Peso {ow}", "w")], cls="os", rs=n_os, wrap=True))
                        first_in_os = False
                    if j == 0:
                        row.append(gcell)
                    row += [Cell([(code, "code"), (name, "")], wrap=True), Cell(w, cls="v", wrap=False),
                            Cell(formula, cls="f", wrap=bool(formula)), Cell(bl[2], cls="v", wrap=" " in bl[2])]
                    row += [Cell(t, cls="v", wrap=" " in t) for t in tg]
                    rows.append(row)
    return rows


def build_portrait(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    head = [Cell(h, header=True, wrap=True) for h in PT_HEADER]
    table = Table([18, 24, 24, 34, 10, 34, 11.5, 11.5, 11.5, 11.5], [head], portrait_rows(D.TREE))
    title = "PIANO DELLA PERFORMANCE 2022-2024"
    sub = "Albero della performance: aree, obiettivi e indicatori"
    body = f"<h1>{title}</h1><div class=\"sub\">{sub}</div>" + table.html()
    pdf = os.path.join(outdir, "input.pdf")
    print_pdf(html_page(title, CSS_PORTRAIT, body), pdf, workdir)
    n = page_count(pdf)
    pages = pages_with(pdf, "Obiettivo strategico", "M_IndiceProgPMIMerc")
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [assign_cell_pages(pdf, table.truth(pages))]})
    truth = model_truth(D.TREE, "CCIAA di Massa-Carrara", title, n)
    for ind in truth["indicators"]:
        ind["description"] = None          # not printed in this variant
        ind.pop("formula_text")
        ind["baselines"] = [b for b in ind["baselines"] if b["year"] == 2021]
    truth["documents"][0]["baseline_years"] = [2021]
    truth["documents"][0]["subtitle"] = sub
    truth["boilerplate"] = [f"Pagina {i} di {n}" for i in range(1, n + 1)]
    write_json(os.path.join(outdir, "truth.json"), truth)
    return pdf, n
