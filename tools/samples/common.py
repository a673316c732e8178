"""Shared helpers for the sample generators: table grid, HTML, PDF printing, truth files.

Every sample is built from one data structure; the HTML, truth.json and
truth-tables.json are all derived from it, so the ground truth is exact.
"""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer", "--disable-pdf-tagging"]


class Cell:
    """One cell of a rendered table.

    parts: list of (text, css_class) shown one per line (each part starts on a
    new line: a forced break). The truth text joins the parts with '\n'.
    """

    def __init__(self, parts="", cls="", rs=1, cs=1, header=False, wrap=None, tag=None, raw_html=None):
        if isinstance(parts, str):
            parts = [(parts, "")] if parts != "" else []
        self.parts = [(p, "") if isinstance(p, str) else p for p in parts]
        self.cls = cls
        self.rs = rs
        self.cs = cs
        self.header = header
        self.wrap = wrap
        self.tag = tag or ("th" if header else "td")
        self.raw_html = raw_html
        self.row = self.col = None

    @property
    def text(self):
        return "\n".join(p[0] for p in self.parts)

    def inner_html(self):
        if self.raw_html is not None:
            return self.raw_html
        out = []
        for text, cls in self.parts:
            t = esc(text).replace("\n", "<br>")
            out.append(f'<span class="{cls}">{t}</span>' if cls else t)
        return "<br>".join(out)

    def html(self):
        attrs = ""
        if self.rs > 1:
            attrs += f' rowspan="{self.rs}"'
        if self.cs > 1:
            attrs += f' colspan="{self.cs}"'
        if self.cls:
            attrs += f' class="{self.cls}"'
        return f"<{self.tag}{attrs}>{self.inner_html()}</{self.tag}>"


def esc(s):
    return html.escape(s, quote=False)


class Table:
    """Rows of Cells (header rows first). Assigns grid positions like HTML does."""

    def __init__(self, colwidths_mm, header_rows, body_rows, cls="grid"):
        self.colwidths = colwidths_mm
        self.header_rows = header_rows
        self.body_rows = body_rows
        self.cls = cls
        self._assign()

    def _assign(self):
        occupied = set()
        ncols = len(self.colwidths)
        for r, row in enumerate(self.header_rows + self.body_rows):
            c = 0
            for cell in row:
                while (r, c) in occupied:
                    c += 1
                cell.row, cell.col = r, c
                for dr in range(cell.rs):
                    for dc in range(cell.cs):
                        occupied.add((r + dr, c + dc))
                c += cell.cs
            if c > ncols:
                raise ValueError(f"row {r} has {c} columns, expected {ncols}")
        # every grid position must be covered (a ruled grid has no holes)
        nrows = len(self.header_rows) + len(self.body_rows)
        for r in range(nrows):
            for c in range(ncols):
                if (r, c) not in occupied:
                    raise ValueError(f"hole at row {r} col {c}")

    def html(self, tbody_groups=None):
        cols = "".join(f'<col style="width:{w}mm">' for w in self.colwidths)
        head = "".join("<tr>" + "".join(c.html() for c in row) + "</tr>" for row in self.header_rows)
        body = "".join("<tr>" + "".join(c.html() for c in row) + "</tr>" for row in self.body_rows)
        return (f'<table class="{self.cls}"><colgroup>{cols}</colgroup>'
                f"<thead>{head}</thead><tbody>{body}</tbody></table>")

    def truth(self, pages):
        cells = []
        for row in self.header_rows + self.body_rows:
            for c in row:
                d = {"row": c.row, "col": c.col, "row_span": c.rs, "col_span": c.cs,
                     "text": c.text, "header": c.header}
                if c.wrap or (c.wrap is None and len(c.text) > 0 and _may_wrap(c)):
                    d["wrap"] = True
                cells.append(d)
        rows = self.header_rows + self.body_rows
        leading = 0
        while leading < len(rows) and all(c.header for c in rows[leading]):
            leading += 1
        return {"pages": pages, "method": "ruled", "n_rows": len(rows),
                "n_cols": len(self.colwidths), "header_rows": leading, "cells": cells}


def _may_wrap(cell):
    # conservative: any cell with a space may wrap unless the generator said no
    return " " in cell.text


def html_page(title, css, body):
    return ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{css}</style></head><body>{body}</body></html>")


def print_pdf(html_text, out_pdf, workdir):
    os.makedirs(workdir, exist_ok=True)
    src = os.path.join(workdir, os.path.basename(out_pdf) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    tmp_pdf = os.path.join(workdir, "print.pdf")
    if os.path.exists(tmp_pdf):
        os.remove(tmp_pdf)
    try:
        subprocess.run(["chromium"] + CHROMIUM_FLAGS + [f"--user-data-dir={profile}",
                        f"--print-to-pdf={tmp_pdf}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(tmp_pdf) or os.path.getsize(tmp_pdf) == 0:
        raise RuntimeError(f"chromium produced no PDF for {out_pdf}")
    fix_dates(tmp_pdf)
    shutil.move(tmp_pdf, out_pdf)
    return out_pdf


FIXED_PDF_DIGITS = b"20220131120000"


def fix_dates(pdf):
    """Chromium and LibreOffice stamp the print time (and LibreOffice an /ID and
    /DocChecksum derived from it); overwrite them in place with same-length
    fixed values, so the xref offsets stay valid and the output is deterministic."""
    data = open(pdf, "rb").read()
    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)\d{14}", lambda m: m.group(1) + FIXED_PDF_DIGITS, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  lambda m: m.group(1) + b"2022-01-31T12:00:00", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(pdf, "wb") as f:
        f.write(data)


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_texts(pdf):
    n = page_count(pdf)
    texts = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"],
                           capture_output=True, text=True, check=True).stdout
        texts.append(re.sub(r"\s+", " ", t))
    return texts


def pages_with(pdf, first_needle, last_needle):
    """Pages from the one holding first_needle to the one holding last_needle."""
    texts = page_texts(pdf)
    norm = lambda s: re.sub(r"\s+", " ", s)
    first = next(i for i, t in enumerate(texts) if norm(first_needle) in t)
    last = max(i for i, t in enumerate(texts) if norm(last_needle) in t)
    return list(range(first + 1, last + 2))


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def unit_of_values(values):
    """The unit an indicator's printed values carry ("%", "N.", "gg", "EUR",
    or a word such as "testate"), as a reader would name it; None if none."""
    counts = {}
    for raw in values:
        r = (raw or "").strip()
        if r.endswith("%"):
            u = "%"
        elif re.search(r"\d\s*N\.?$", r):
            u = "N."
        elif re.search(r"\d\s*(gg|giorni)$", r):
            u = "gg"
        elif re.search(r"(€|Euro|EUR)", r):
            u = "EUR"
        else:
            m = re.match(r"^[<>=≥≤ ]*[\d.,]+\s+([A-Za-zà-ù]+)$", r)
            u = m.group(1) if m else None
        if u:
            counts[u] = counts.get(u, 0) + 1
    return max(counts, key=counts.get) if counts else None


def num(raw):
    return {"raw": raw}


def series(years, raws, skip_blank=False):
    out = []
    for y, r in zip(years, raws):
        if skip_blank and r == "":
            continue
        out.append({"year": y, "raw": r})
    return out


OPERAND_SPLIT = re.compile(r"\s+-\s+|[/+*()\[\]]")


def variables_of(formula):
    """Operands of a formula: split on / + * ( ) and on ' - ' (codes hold hyphens)."""
    seen = []
    for tok in OPERAND_SPLIT.split(formula or ""):
        tok = tok.strip()
        if tok and tok not in seen:
            seen.append(tok)
    return seen


def assign_cell_pages(pdf, table_truth):
    """Add "page" to the cells of a table truth: the page where the cell's text
    starts, found by searching each cell's first words, in row order, through the
    PDF's text in content-stream order (`pdftotext -raw`). Empty cells take the
    page of the row. Cells whose text cannot be found keep no page."""
    words = []
    for p in table_truth["pages"]:
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-raw", pdf, "-"],
                           capture_output=True, text=True, check=True).stdout
        words += [(p, w) for w in t.split()]
    cursor = 0
    cells = sorted(table_truth["cells"], key=lambda c: (c["row"], c["col"]))
    row_page = {}
    for c in cells:
        probe = c["text"].split()[:3]
        if not probe:
            continue
        # header cells (rotated text comes out of order) never move the cursor
        start = 0 if c["header"] else cursor
        for i in range(start, min(len(words), start + 3000)):
            if [w for _, w in words[i:i + len(probe)]] == probe:
                c["page"] = words[i][0]
                row_page.setdefault(c["row"], words[i][0])
                if not c["header"]:
                    cursor = i + len(probe)
                break
    for c in cells:
        if "page" not in c and c["row"] in row_page and not c["text"]:
            c["page"] = row_page[c["row"]]
    return table_truth
