"""Shared machinery for the variant samples.

One data structure per case drives both the rendered document (HTML printed by
Chromium, or a workbook written with openpyxl and optionally converted by
LibreOffice) and truth.json, so the two can never disagree.

Document model:  Doc(blocks=[Para | Table | PageBreak], ...)
  Cell.text is always the text as displayed; Cell.value/Cell.fmt optionally give
  the stored number and number format for workbooks (text must equal what the
  format displays in an Italian locale: the helpers below compute both).
"""
import html
import json
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "samples", "variants")


# ---------------------------------------------------------------- numbers
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def it_num(x, dec=0, grouping=True):
    """Italian rendering: 1.419 / 229.447,35 / 0,23."""
    x = D(x)
    q = Decimal(1).scaleb(-dec)
    x = x.quantize(q, rounding=ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if grouping and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = ".".join(g)
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def pct_text(p, dec=2, space=False):
    """p is the percentage (16.66 -> '16,66%')."""
    return it_num(p, dec) + (" %" if space else "%")


class Cell:
    def __init__(self, text="", value=None, fmt=None, cs=1, rs=1, bold=False,
                 italic=False, band=False, bg=None, align=None, indent=0,
                 size=None, cls=None):
        self.text = "" if text is None else str(text)
        self.value = value
        self.fmt = fmt
        self.cs, self.rs = cs, rs
        self.bold, self.italic = bold, italic
        self.band = band
        self.bg = bg
        self.align = align
        self.indent = indent
        self.size = size


def pct_cell(p, dec=2, **kw):
    """A percentage: stored as a fraction with a percent format in workbooks."""
    fmt = "0%" if dec == 0 else "0." + "0" * dec + "%"
    return Cell(pct_text(p, dec), value=float(D(p) / 100), fmt=fmt, **kw)


def num_cell(x, dec=0, **kw):
    fmt = "#,##0" if dec == 0 else "#,##0." + "0" * dec
    v = D(x)
    return Cell(it_num(v, dec), value=(int(v) if dec == 0 else float(v)), fmt=fmt, **kw)


def C(text, **kw):
    return Cell(text, **kw)


class Para:
    def __init__(self, text, bold=False, size=None, band=False, bg=None,
                 italic=False, space_before=4, align=None):
        self.text, self.bold, self.size, self.band = text, bold, size, band
        self.bg, self.italic, self.space_before, self.align = bg, italic, space_before, align


class Table:
    def __init__(self, header, body, widths, repeat_header=True, breaks_before=()):
        self.header = header          # list of rows of Cell
        self.body = body              # list of rows of Cell
        self.widths = widths          # relative widths / xlsx char widths
        self.repeat_header = repeat_header
        self.breaks_before = set(breaks_before)   # body row indexes that start a page


class PageBreak:
    pass


class Doc:
    def __init__(self, blocks, landscape=False, font="Liberation Sans", size=8.5,
                 ruled=True, running=None, header_bg="#d9e2f3", band_bg="#c6d9a8",
                 margin_mm=12, sheet="Allegato"):
        self.blocks = blocks
        self.landscape = landscape
        self.font = font
        self.size = size
        self.ruled = ruled
        self.running = running        # (left, right) printed on every page
        self.header_bg = header_bg
        self.band_bg = band_bg
        self.margin_mm = margin_mm
        self.sheet = sheet


# ---------------------------------------------------------------- HTML / Chromium
def _cell_html(c, tag, doc):
    attrs = []
    if c.cs > 1:
        attrs.append(f'colspan="{c.cs}"')
    if c.rs > 1:
        attrs.append(f'rowspan="{c.rs}"')
    st = []
    if c.bold:
        st.append("font-weight:bold")
    if c.italic:
        st.append("font-style:italic")
    if c.band or c.bg:
        st.append(f"background:{c.bg or doc.band_bg}")
    if c.align:
        st.append(f"text-align:{c.align}")
    if c.indent:
        st.append(f"padding-left:{4 + 10 * c.indent}px")
    if c.size:
        st.append(f"font-size:{c.size}pt")
    if st:
        attrs.append(f'style="{";".join(st)}"')
    body = "<br>".join(html.escape(t) for t in c.text.split("\n"))
    return f"<{tag} {' '.join(attrs)}>{body}</{tag}>"


def to_html(doc):
    size = "A4 landscape" if doc.landscape else "A4"
    bd = "0.6pt solid #000" if doc.ruled else "none"
    run = ""
    top = doc.margin_mm
    if doc.running:
        l, r = doc.running
        q = lambda s: '"' + s.replace('"', '\\"') + '"'
        run = (f"@top-left{{content:{q(l)};font:8pt '{doc.font}';vertical-align:bottom}}"
               f"@top-right{{content:{q(r)};font:8pt '{doc.font}';vertical-align:bottom}}")
        top = doc.margin_mm + 6
    css = f"""
@page {{ size: {size}; margin: {top}mm {doc.margin_mm}mm {doc.margin_mm}mm {doc.margin_mm}mm; {run} }}
body {{ font-family: '{doc.font}'; font-size: {doc.size}pt; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 4px; table-layout: fixed; }}
td, th {{ border: {bd}; padding: 2px 4px; vertical-align: top; text-align: left; }}
th {{ background: {doc.header_bg}; font-weight: bold; vertical-align: middle; }}
tr {{ break-inside: avoid; }}
p {{ margin: 0; }}
"""
    out = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    for b in doc.blocks:
        if isinstance(b, Para):
            st = [f"margin-top:{b.space_before}px"]
            if b.bold:
                st.append("font-weight:bold")
            if b.italic:
                st.append("font-style:italic")
            if b.size:
                st.append(f"font-size:{b.size}pt")
            if b.band or b.bg:
                st.append(f"background:{b.bg or doc.band_bg};padding:2px 4px")
            if b.align:
                st.append(f"text-align:{b.align}")
            t = "<br>".join(html.escape(x) for x in b.text.split("\n"))
            out.append(f"<p style='{';'.join(st)}'>{t}</p>")
        elif isinstance(b, PageBreak):
            out.append("<div style='break-after:page'></div>")
        elif isinstance(b, Table):
            tot = sum(b.widths)
            out.append("<table><colgroup>" + "".join(
                f"<col style='width:{100.0 * w / tot:.2f}%'>" for w in b.widths) + "</colgroup>")
            hdr = "".join("<tr>" + "".join(_cell_html(c, "th", doc) for c in r) + "</tr>" for r in b.header)
            if b.repeat_header:
                out.append("<thead>" + hdr + "</thead><tbody>")
            else:
                out.append("<tbody>" + hdr)
            for i, r in enumerate(b.body):
                st = " style='break-before:page'" if i in b.breaks_before else ""
                out.append(f"<tr{st}>" + "".join(_cell_html(c, "td", doc) for c in r) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(html_text, pdf_path):
    tmp = tempfile.mkdtemp(prefix="vchr")
    src = os.path.join(tmp, "doc.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp}/ud", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
           "file://" + src]
    if os.path.exists(pdf_path):
        os.remove(pdf_path)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)
    if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) < 500:
        raise RuntimeError("chromium failed for " + pdf_path)


# ---------------------------------------------------------------- XLSX / LibreOffice
def _ncols(doc):
    n = 1
    for b in doc.blocks:
        if isinstance(b, Table):
            n = max(n, len(b.widths))
    return n


def to_xlsx(doc, path, fit_width=True):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.pagebreak import Break
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = doc.sheet
    ncols = _ncols(doc)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin) if doc.ruled else Border()
    hdr_fill = PatternFill("solid", fgColor=doc.header_bg.lstrip("#").upper())
    band_fill = PatternFill("solid", fgColor=doc.band_bg.lstrip("#").upper())
    # widths: take the first table's widths
    widths = None
    for b in doc.blocks:
        if isinstance(b, Table):
            widths = b.widths
            break
    widths = widths or [20] * ncols
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    total_chars = sum(widths)

    def est_lines(text, chars, size=None):
        per = max(1, int(chars * 10.0 / (size or doc.size) * 1.1))
        n = 0
        for line in text.split("\n"):
            n += max(1, -(-len(line) // per))
        return n

    def put(r, c, cell, header=False):
        x = ws.cell(row=r, column=c)
        if cell.value is not None:
            x.value = cell.value
            x.number_format = cell.fmt
        else:
            x.value = cell.text if cell.text != "" else None
            if isinstance(x.value, str) and x.value.startswith("="):
                x.data_type = "s"
        x.font = Font(name=doc.font, size=cell.size or doc.size, bold=cell.bold or header,
                      italic=cell.italic)
        x.alignment = Alignment(wrap_text=True, vertical="center" if header else "top",
                                horizontal=cell.align or ("center" if header else None),
                                indent=cell.indent)
        if header:
            x.fill = hdr_fill
        elif cell.band or cell.bg:
            x.fill = PatternFill("solid", fgColor=(cell.bg or doc.band_bg).lstrip("#").upper())
        return x

    row = 1
    title_rows = None
    n_tables = sum(isinstance(b, Table) for b in doc.blocks)
    for b in doc.blocks:
        if isinstance(b, PageBreak):
            ws.row_breaks.append(Break(id=row - 1))
            continue
        if isinstance(b, Para):
            x = put(row, 1, Cell(b.text, bold=b.bold, italic=b.italic, size=b.size,
                                 band=b.band, bg=b.bg, align=b.align))
            if b.band or b.bg:
                for c in range(2, ncols + 1):
                    ws.cell(row=row, column=c).fill = x.fill
            if ncols > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            lines = est_lines(b.text, total_chars, b.size)
            ws.row_dimensions[row].height = max(1, lines) * (b.size or doc.size) * 1.45 + 3
            row += 1
            continue
        # table
        first_hdr = row
        occupied = set()
        for is_hdr, rows in ((True, b.header), (False, b.body)):
            for ri, r in enumerate(rows):
                if not is_hdr and ri in b.breaks_before:
                    ws.row_breaks.append(Break(id=row - 1))
                col = 1
                maxlines = 1
                for cell in r:
                    while (row, col) in occupied:
                        col += 1
                    put(row, col, cell, header=is_hdr)
                    for dr in range(cell.rs):
                        for dc in range(cell.cs):
                            occupied.add((row + dr, col + dc))
                            xc = ws.cell(row=row + dr, column=col + dc)
                            if doc.ruled:
                                xc.border = border
                            if is_hdr:
                                xc.fill = hdr_fill
                            elif cell.band or cell.bg:
                                xc.fill = PatternFill("solid", fgColor=(cell.bg or doc.band_bg).lstrip("#").upper())
                    if cell.cs > 1 or cell.rs > 1:
                        ws.merge_cells(start_row=row, start_column=col,
                                       end_row=row + cell.rs - 1, end_column=col + cell.cs - 1)
                    w = sum(widths[col - 1:col - 1 + cell.cs]) if col - 1 < len(widths) else 10
                    if cell.rs == 1:
                        maxlines = max(maxlines, est_lines(cell.text, w))
                    col += cell.cs
                ws.row_dimensions[row].height = maxlines * (doc.size) * 1.3 + 3
                row += 1
        if b.repeat_header and n_tables == 1:
            title_rows = f"${first_hdr}:${first_hdr + len(b.header) - 1}"
        row += 1  # blank row after a table
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
    ws.page_setup.paperSize = 9
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.7 if doc.running else 0.5
    ws.page_margins.bottom = 0.5
    ws.page_margins.header = 0.25
    if doc.running:
        l, r = doc.running
        ws.oddHeader.left.text = l
        ws.oddHeader.right.text = r
        for part in (ws.oddHeader.left, ws.oddHeader.right):
            part.size = 8
            part.font = doc.font + ",Regular"
    wb.save(path)


def lo_convert(src, fmt, out_path):
    """LibreOffice headless conversion (exits 0 even on failure: check output)."""
    tmp = tempfile.mkdtemp(prefix="vlo")
    env = dict(os.environ, LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8")
    cmd = ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
           "--convert-to", fmt, "--outdir", tmp, src]
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(tmp, base + "." + ext)
    if not os.path.exists(produced) or os.path.getsize(produced) < 500:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RuntimeError(f"LibreOffice failed: {src} -> {fmt}")
    shutil.move(produced, out_path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- output
def emit(doc, case_dir, name, producer):
    """producer: chromium -> name.pdf ; lo -> name.pdf via xlsx ;
    xlsx -> name.xlsx ; ods -> name.ods (via LibreOffice)."""
    os.makedirs(case_dir, exist_ok=True)
    if producer == "chromium":
        chromium_pdf(to_html(doc), os.path.join(case_dir, name + ".pdf"))
        return name + ".pdf"
    tmp = tempfile.mkdtemp(prefix="vx")
    x = os.path.join(tmp, name + ".xlsx")
    to_xlsx(doc, x)
    if producer == "xlsx":
        shutil.copy(x, os.path.join(case_dir, name + ".xlsx"))
        out = name + ".xlsx"
    elif producer == "lo":
        lo_convert(x, "pdf", os.path.join(case_dir, name + ".pdf"))
        out = name + ".pdf"
    elif producer == "ods":
        lo_convert(x, "ods", os.path.join(case_dir, name + ".ods"))
        out = name + ".ods"
    else:
        raise ValueError(producer)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


class Truth:
    def __init__(self):
        self.documents, self.nodes, self.indicators, self.findings = [], [], [], []
        self.resources_total = None

    def doc(self, kind, organisation, years, title=None):
        self.documents.append({"kind": kind, "organisation": organisation,
                               "title": title, "years": list(years)})
        return len(self.documents) - 1

    def node(self, code, level, title, parent=None, weight=None, doc=0, description=None,
             achievement=None, resources=None, mission=None, programme=None, owners=None,
             unit=None):
        n = {"doc": doc, "code": code, "level": level, "title": title,
             "description": description, "parent": parent,
             "weight": {"raw": weight} if weight is not None else None,
             "achievement": achievement or [], "resources": resources or [],
             "mission": mission, "programme": programme, "owners": owners or [],
             "unit": unit}
        self.nodes.append(n)
        return n

    def ind(self, code, name, node, doc=0, description=None, formula=None, formula_text=None,
            variables=None, unit=None, type=None, unit_org=None, weight=None, baselines=None,
            targets=None, results=None, achievement=None, owners=None, notes=None):
        i = {"doc": doc, "code": code, "name": name, "description": description,
             "formula": formula, "formula_text": formula_text,
             "variables": variables if variables is not None else [],
             "unit": unit, "type": type, "node": node, "unit_org": unit_org,
             "weight": {"raw": weight} if weight is not None else None,
             "baselines": [{"year": y, "raw": r} for y, r in (baselines or [])],
             "targets": [{"year": y, "raw": r} for y, r in (targets or [])],
             "results": [{"year": y, "raw": r} for y, r in (results or [])],
             "achievement": [{"year": y, "raw": r} for y, r in (achievement or [])],
             "owners": owners or [], "notes": notes or []}
        self.indicators.append(i)
        return i

    def finding(self, rule, subject, note, doc=0, unit=None):
        self.findings.append({"rule": rule, "subject": subject, "doc": doc,
                              "unit": unit, "note": note})

    def write(self, case_dir):
        t = {"documents": self.documents, "nodes": self.nodes, "indicators": self.indicators}
        if self.resources_total:
            t["resources_total"] = {"raw": self.resources_total}
        t["expected_findings"] = self.findings
        t["clean"] = not self.findings
        with open(os.path.join(case_dir, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")


def readme(case_dir, case, genre, producer_desc, layout, variations, truth):
    lines = [f"# {case}", "", f"Genre: **{genre}**. Producer: {producer_desc}.", "",
             "## Layout", "", layout.strip(), "", "## Variations", ""]
    lines += ["- " + v.replace("{y}", "YYYY").replace("{p}", "YYYY") for v in variations]
    lines += ["", "## Faults", ""]
    if truth.findings:
        lines += [f"- `{f['rule']}` on `{f['subject']}`"
                  + (f" (doc {f['doc']})" if len(truth.documents) > 1 else "")
                  + f": {f['note']}" for f in truth.findings]
    else:
        lines.append("None: clean case (`\"clean\": true`); any error or warning is a false alarm.")
    lines.append("")
    with open(os.path.join(case_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def case_dir(setname, case):
    d = os.path.join(OUT, setname, case)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d
