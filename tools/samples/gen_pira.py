"""Genre 'pira' (seed 002): portrait, mission/programme headings, one block per
strategic objective (heading, description, resources) and a ruled indicator table."""
import os
import re
from common import assign_cell_pages, Cell, Table, esc, html_page, print_pdf, page_count, page_texts, write_json, series, num
import pira_data as D

CSS = """
@page { size: A4 portrait; margin: 18mm 15mm 14mm 15mm;
  @top-center { content: "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2023/2025"; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; font-weight: bold; }
  @bottom-left { content: "Camera di Commercio della Toscana Nord Ovest"; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7pt; }
  @top-right { content: counter(page); font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; margin: 0; }
h1 { font-size: 9.5pt; margin: 5mm 0 1mm 0; }
h2 { font-size: 9pt; margin: 0 0 3mm 0; }
.os { font-weight: bold; font-size: 8.5pt; border: 0.8pt solid #000; background: #dbe5f1; padding: 1.5mm; margin: 4mm 0 1.5mm 0; break-after: avoid; }
.dlabel { font-weight: bold; margin: 1mm 0 0.5mm 0; break-after: avoid; }
.desc { text-align: justify; margin: 0 0 1.5mm 0; }
.res { font-weight: bold; margin: 0 0 2mm 0; break-after: avoid; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 180mm; margin-bottom: 2mm; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 0.7mm 1mm; vertical-align: top; font-size: 7.5pt; }
table.grid th { background: #f2f2f2; text-align: center; vertical-align: middle; }
td.v, td.c { text-align: center; white-space: nowrap; }
td.c { white-space: normal; }
span.code { font-weight: bold; }
.tail { margin-top: 8mm; font-size: 8.5pt; break-inside: avoid; }
.tail p { margin: 1.5mm 0; }
.tail .t { font-weight: bold; text-decoration: underline; }
.tail .tot { font-weight: bold; margin-top: 4mm; }
"""

WIDTHS = [42, 62, 17, 17, 17, 15, 10]


def algo_plain(algo):
    return re.sub(r"[{}]", "", algo)


def algo_codes(algo):
    return re.findall(r"\{([^}]*)\}", algo)


def weight_line(ind):
    line = f"(Peso: {ind['weight']})"
    if ind["owner"]:
        close = "" if ind["code"] in D.OPEN_OWNER else ")"
        line += f" ({ind['owner']}{close}"
    return line


def ind_title(ind):
    if ind["code"].endswith("_"):   # the seed prints "IS_01.02_ Bilancio ..." without " - "
        return f"{ind['code']} {ind['name']}"
    return f"{ind['code']} - {ind['name']}"


def indicator_table(os_):
    head0 = [Cell("Indicatore", rs=2, header=True, wrap=False), Cell("Algoritmo", rs=2, header=True, wrap=False),
             Cell("Target", cs=3, header=True, wrap=False), Cell("Tipologia", rs=2, header=True, wrap=False),
             Cell("Unità misura", rs=2, header=True, wrap=True)]
    head1 = [Cell(str(y), header=True, wrap=False) for y in D.TARGET_YEARS]
    rows = []
    for ind in os_["inds"]:
        parts = [(ind_title(ind), "code")]
        if ind["desc"]:
            parts.append((ind["desc"], ""))
        parts.append((weight_line(ind), ""))
        rows.append([Cell(parts, wrap=True), Cell(algo_plain(ind["algo"]), wrap=True)] +
                    [Cell(t, cls="v", wrap=False) for t in ind["targets"]] +
                    [Cell(ind["type"], cls="c", wrap=" " in ind["type"]), Cell(ind["unit"], cls="c", wrap=False)])
    # header rows are plain rows (no thead): the seed does not repeat them after a page break
    return Table(WIDTHS, [], [head0, head1] + rows)


def header_cells_fix(table):
    for row in table.body_rows[:2]:
        for c in row:
            c.header = True


def build(outdir, workdir):
    os.makedirs(outdir, exist_ok=True)
    body, tables, blocks = [], [], []
    for mcode, mtitle, progs in D.MISSIONS:
        body.append(f"<h1>MISSIONE - {mcode} - {esc(mtitle)}</h1>")
        for pcode, ptitle, oss in progs:
            body.append(f"<h2>PROGRAMMA - {pcode} - {esc(ptitle)}</h2>")
            for os_ in oss:
                res = f"Risorse 2023 {os_['res']}"
                if os_["budget"]:
                    res += f" – Risorse budget 2023 per interventi economici {os_['budget']}"
                body.append(f'<div class="os">{esc(os_["code"])} - {esc(os_["title"])} {esc(os_["weight_text"])}</div>'
                            f'<div class="dlabel">Descrizione</div><div class="desc">{esc(os_["desc"])}</div>'
                            f'<div class="res">{esc(res)}</div>')
                t = indicator_table(os_)
                header_cells_fix(t)
                body.append(t.html())
                tables.append(t)
                blocks.append((mcode, mtitle, pcode, ptitle, os_))
    tail = D.TAIL
    body.append('<div class="tail"><p class="t">' + esc(tail["title"]) + "</p>" +
                "".join(f"<p>{esc(a)}</p><p>{esc(b)}</p>" for a, b in tail["items"]) +
                f'<p class="tot">{esc(tail["total"])}</p></div>')
    pdf = os.path.join(outdir, "input.pdf")
    print_pdf(html_page(D.TITLE, CSS, "".join(body)), pdf, workdir)
    n = page_count(pdf)
    texts = page_texts(pdf)
    ttruth = []
    for t, (_, _, _, _, os_) in zip(tables, blocks):
        first = ind_title(os_["inds"][0])[:30]
        last = weight_line(os_["inds"][-1])
        pages = table_pages(texts, os_, first, last)
        ttruth.append(t.truth(pages))
    write_json(os.path.join(outdir, "truth-tables.json"), {"tables": [assign_cell_pages(pdf, t) for t in ttruth]})
    write_json(os.path.join(outdir, "truth.json"), model_truth(blocks, n))
    return pdf, n


def table_pages(texts, os_, first, last):
    """Pages from the one holding the objective's resources line to the one
    holding its last indicator's weight line, searching forward in reading order."""
    norm = lambda x: re.sub(r"\s+", " ", x)
    full, offsets = "", []
    for t in texts:
        offsets.append(len(full))
        full += t + "\f"
    page_of = lambda pos: max(i for i, o in enumerate(offsets) if o <= pos)
    p0 = full.index(norm("Risorse 2023 " + os_["res"]))
    p1 = full.index(os_["inds"][-1]["code"] + " ", p0)
    p2 = full.index("(Peso: " + os_["inds"][-1]["weight"], p1)
    return list(range(page_of(p0) + 1, page_of(p2) + 2))


def model_truth(blocks, n):
    nodes, inds = [], []
    for mcode, mtitle, pcode, ptitle, os_ in blocks:
        w = re.search(r"Peso:\s*([\d,]+%)", os_["weight_text"]).group(1)
        nd = {"code": os_["code"], "level": "strategic", "title": os_["title"], "description": os_["desc"],
              "parent": None, "weight": num(w), "achievement": [], "resources": [num(os_["res"])],
              "mission": mcode, "programme": pcode, "mission_title": mtitle, "programme_title": ptitle,
              "owners": [], "unit": None}
        if os_["budget"]:
            nd["budget_interventions"] = num(os_["budget"])
        nodes.append(nd)
        for ind in os_["inds"]:
            inds.append({"code": ind["code"], "name": ind["name"],
                         "description": ind["desc"].replace("\n", " ") if ind["desc"] else None,
                         "formula": ind["formula"], "formula_text": algo_plain(ind["algo"]).replace("\n", " "),
                         "variables": algo_codes(ind["algo"]), "unit": ind["unit"] or None,
                         "type": ind["type"] or None, "node": os_["code"], "weight": num(ind["weight"]),
                         "baselines": [], "targets": series(D.TARGET_YEARS, ind["targets"]),
                         "results": [], "achievement": [],
                         "owners": [ind["owner"].strip()] if ind["owner"] else [], "notes": []})
    tail = D.TAIL
    return {"documents": [{"kind": "pira", "format": "pdf", "organisation": "Camera di Commercio della Toscana Nord Ovest",
                           "title": D.TITLE, "years": D.TARGET_YEARS, "pages": n,
                           "resources_outside_objectives": [
                               {"label": a.rstrip(":"), "raw": b.split(" – ")[0].replace("      ", " ")} for a, b in tail["items"]],
                           "resources_total": num(tail["total"].split(" – ")[0])}],
            "nodes": nodes, "indicators": inds,
            "boilerplate": [D.TITLE] + [str(i) for i in range(1, n + 1)]}
