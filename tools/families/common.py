"""Shared helpers for the family samples: one data structure per case gives
both the rendered document (HTML->Chromium PDF, or openpyxl workbook, kept or
LibreOffice->PDF) and truth.json."""
import json, os, subprocess, tempfile, shutil, math, html, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'samples', 'variants')


# ---------------------------------------------------------------- truth
class Truth:
    def __init__(self, organisation, years, kind='unknown', title=None):
        self.documents = [dict(kind=kind, organisation=organisation, title=title, years=list(years))]
        self.nodes, self.indicators, self.findings = [], [], []
        self.resources_total = None

    def node(self, code, level, title, parent=None, weight=None, achievement=None,
             resources=None, mission=None, programme=None, owners=None, unit=None,
             description=None, doc=0):
        n = dict(doc=doc, code=code, level=level, title=title, description=description,
                 parent=parent, weight=None if weight is None else {'raw': weight},
                 achievement=[{'year': y, 'raw': r} for y, r in (achievement or [])],
                 resources=[{'raw': r} for r in (resources or [])],
                 mission=mission, programme=programme, owners=list(owners or []), unit=unit)
        self.nodes.append(n)
        return n

    def ind(self, node, name, code=None, formula=None, variables=None, unit=None, type=None,
            weight=None, baselines=(), targets=(), results=(), achievement=(), owners=(),
            notes=(), description=None, formula_text=None, unit_org=None, doc=0):
        i = dict(doc=doc, code=code, name=name, description=description, formula=formula,
                 formula_text=formula_text, variables=list(variables or []), unit=unit, type=type,
                 node=node, unit_org=unit_org, weight=None if weight is None else {'raw': weight},
                 baselines=[{'year': y, 'raw': r} for y, r in baselines],
                 targets=[{'year': y, 'raw': r} for y, r in targets],
                 results=[{'year': y, 'raw': r} for y, r in results],
                 achievement=[{'year': y, 'raw': r} for y, r in achievement],
                 owners=list(owners), notes=list(notes))
        self.indicators.append(i)
        return i

    def finding(self, rule, subject, note, unit=None, doc=0):
        self.findings.append(dict(rule=rule, subject=subject, doc=doc, unit=unit, note=note))

    def dump(self, path):
        d = dict(documents=self.documents, nodes=self.nodes, indicators=self.indicators)
        if self.resources_total:
            d['resources_total'] = {'raw': self.resources_total}
        d['expected_findings'] = self.findings
        d['clean'] = not self.findings
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')


def case_dir(set_, case):
    d = os.path.join(OUT, set_, case)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def readme(d, case, layout, producer, variations, truth):
    faults = '\n'.join('- `%s` on `%s`: %s' % (f['rule'], f['subject'], f['note'])
                       for f in truth.findings) or '- none (clean: any error or warning is a false alarm)'
    txt = ('# %s\n\n## Layout\n%s\n\n## Producer\n%s\n\n## Variations\n%s\n\n## Faults injected\n%s\n'
           % (case, layout.strip(), producer.strip(),
              '\n'.join('- ' + v for v in variations), faults))
    with open(os.path.join(d, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(txt)


# ---------------------------------------------------------------- blocks
# ('h', text, level) | ('p', text) | ('kv', [(label, value)], opts)
# ('table', header_rows, body_rows, opts) | ('pb',)
# a cell is a str or dict(t=str, cs=colspan, rs=rowspan, b=bold, al=align)

def C(t, cs=1, rs=1, b=False, al=None, bg=None, fmt=None, disp=None, rot=False):
    d = dict(t=t, cs=cs, rs=rs, b=b, al=al, bg=bg)
    if rot: d['rot'] = True
    if fmt: d['fmt'] = fmt
    if disp is not None: d['disp'] = disp
    return d


def _cell(c):
    return c if isinstance(c, dict) else dict(t=c, cs=1, rs=1, b=False, al=None, bg=None)


def render_html(blocks, opts):
    font = opts.get('font', 'Liberation Sans')
    size = opts.get('size', 9)
    ruled = opts.get('ruled', True)
    land = opts.get('landscape', False)
    hbg = opts.get('header_bg', '#d9e2f3')
    border = '0.6pt solid #333' if ruled else 'none'
    css = """
@page { size: A4 %s; margin: %s; }
body { font-family: '%s'; font-size: %spt; }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt 0; }
td, th { border: %s; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: %s; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.kv td.l { font-weight: bold; width: %s; background: %s; }
h1 { font-size: %spt; margin: 0 0 6pt 0; } h2 { font-size: %spt; margin: 8pt 0 4pt 0; }
h3 { font-size: %spt; margin: 6pt 0 3pt 0; }
.pb { page-break-after: always; }
%s
""" % ('landscape' if land else 'portrait', opts.get('margin', '12mm'), font, size, border,
       hbg if ruled or opts.get('header_bg_borderless') else 'transparent',
       opts.get('kv_label_width', '30%'), opts.get('kv_bg', '#f2f2f2'),
       size + 5, size + 3, size + 1, opts.get('css', ''))
    if not ruled:
        css += "th { border-bottom: 0.8pt solid #000; } \n"
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>%s</style></head><body>' % css]
    esc = lambda s: html.escape(s).replace('\n', '<br>')
    for b in blocks:
        k = b[0]
        if k == 'h':
            out.append('<h%d>%s</h%d>' % (b[2], esc(b[1]), b[2]))
        elif k == 'p':
            out.append('<p>%s</p>' % esc(b[1]))
        elif k == 'pb':
            out.append('<div class="pb"></div>')
        elif k == 'kv':
            o = b[2] if len(b) > 2 else {}
            out.append('<table class="kv">')
            for l, v in b[1]:
                out.append('<tr><td class="l">%s</td><td>%s</td></tr>' % (esc(l), esc(v)))
            out.append('</table>')
        elif k == 'table':
            hdr, body = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            out.append('<table%s>' % (' style="%s"' % o['style'] if o.get('style') else ''))
            if o.get('colw'):
                out.append('<colgroup>' + ''.join('<col style="width:%s">' % w for w in o['colw']) + '</colgroup>')
            if hdr:
                out.append('<thead>')
                for r in hdr:
                    out.append('<tr>' + ''.join(_td('th', _cell(c), esc) for c in r) + '</tr>')
                out.append('</thead>')
            out.append('<tbody>')
            for r in body:
                out.append('<tr>' + ''.join(_td('td', _cell(c), esc) for c in r) + '</tr>')
            out.append('</tbody></table>')
    out.append('</body></html>')
    return '\n'.join(out)


def _td(tag, c, esc):
    a = ''
    if c['cs'] > 1: a += ' colspan="%d"' % c['cs']
    if c['rs'] > 1: a += ' rowspan="%d"' % c['rs']
    st = ''
    if c['b']: st += 'font-weight:bold;'
    if c['al']: st += 'text-align:%s;' % c['al']
    if c['bg']: st += 'background:%s;' % c['bg']
    if st: a += ' style="%s"' % st
    return '<%s%s>%s</%s>' % (tag, a, esc(c.get('disp', c['t'])), tag)


def chromium_pdf(html_text, pdf_path):
    tmp = tempfile.mkdtemp(prefix='famchr')
    try:
        hp = os.path.join(tmp, 'in.html')
        with open(hp, 'w', encoding='utf-8') as f:
            f.write(html_text)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                        '--disable-background-networking', '--disable-component-update', '--disable-sync',
                        '--user-data-dir=' + os.path.join(tmp, 'ud'), '--no-pdf-header-footer',
                        '--print-to-pdf=' + pdf_path, 'file://' + hp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) < 500:
        sys.exit('chromium failed: ' + pdf_path)


# ---------------------------------------------------------------- workbook
def render_xlsx(blocks, opts, path):
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    from openpyxl.utils import get_column_letter
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = opts.get('sheet', 'Allegato')
    widths = opts['widths']
    ncol = len(widths)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    fname = opts.get('font', 'Liberation Sans')
    fsize = opts.get('size', 9)
    ruled = opts.get('ruled', True)
    side = Side(style='thin', color='333333')
    bord = Border(left=side, right=side, top=side, bottom=side) if ruled else Border()
    hfill = PatternFill('solid', fgColor=opts.get('header_fill', 'D9E2F3'))
    kfill = PatternFill('solid', fgColor='F2F2F2')
    r = 1
    breaks = []
    heights = {}

    def put(row, col, c, bold=False, fill=None, border=True, span_w=None):
        c = _cell(c)
        cell = ws.cell(row=row, column=col)
        v = c['t']
        if isinstance(v, str):
            cell.value = v
            cell.data_type = 's'   # never a formula, even '=90%'
            cell.number_format = '@'
        else:
            cell.value = v
        fmt = c.get('fmt')
        if fmt:
            cell.number_format = fmt
        cell.font = Font(name=fname, size=fsize, bold=bold or c['b'])
        cell.alignment = Alignment(wrap_text=True, vertical='bottom' if c.get('rot') else 'top',
                                   horizontal=c['al'] if c['al'] in ('left', 'center', 'right') else None,
                                   textRotation=90 if c.get('rot') else 0)
        if fill: cell.fill = fill
        if c.get('bg'): cell.fill = PatternFill('solid', fgColor=c['bg'].lstrip('#'))
        cs, rs = c['cs'], c['rs']
        if cs > 1 or rs > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row + rs - 1, end_column=col + cs - 1)
        if border and ruled:
            for rr in range(row, row + rs):
                for cc in range(col, col + cs):
                    ws.cell(row=rr, column=cc).border = bord
        # height estimate
        w = sum(widths[col - 1:col - 1 + cs]) * (9.0 / fsize) * 1.05
        txt = c.get('disp', v if isinstance(v, str) else str(v))
        lines = 0
        for part in str(txt).split('\n'):
            lines += max(1, math.ceil(len(part) * (1.15 if bold or c['b'] else 1.0) / max(w - 1, 1)))
        h = lines * fsize * 1.32 + 3
        if c.get('rot'):
            h = len(str(txt)) * fsize * 0.62 + 8
        if rs == 1:
            heights[row] = max(heights.get(row, 0), h)
        return cs

    for b in blocks:
        k = b[0]
        if k == 'h':
            put(r, 1, C(b[1], cs=ncol), bold=True, border=False)
            ws.cell(row=r, column=1).font = Font(name=fname, size=fsize + (4 if b[2] == 1 else 2 if b[2] == 2 else 1), bold=True)
            heights[r] = heights.get(r, 0) * (1.5 if b[2] == 1 else 1.25)
            r += 1
        elif k == 'p':
            put(r, 1, C(b[1], cs=ncol), border=False)
            r += 1
        elif k == 'pb':
            breaks.append(r - 1)
        elif k == 'sp':
            r += 1
        elif k == 'kv':
            o = b[2] if len(b) > 2 else {}
            ls = o.get('lspan', 1)
            for l, v in b[1]:
                put(r, 1, C(l, cs=ls), bold=True, fill=kfill)
                put(r, 1 + ls, C(v, cs=ncol - ls) if isinstance(v, str) else v)
                r += 1
            r += o.get('gap', 1)
        elif k == 'table':
            hdr, body = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            occupied = set()
            first = r
            for rows, ish in ((hdr, True), (body, False)):
                for row in rows:
                    col = 1
                    for c in row:
                        while (r, col) in occupied:
                            col += 1
                        c = _cell(c)
                        for rr in range(r, r + c['rs']):
                            for cc in range(col, col + c['cs']):
                                occupied.add((rr, cc))
                        put(r, col, c, bold=ish, fill=hfill if (ish and ruled) else None)
                        if ish and not ruled:
                            for cc in range(col, col + c['cs']):
                                ws.cell(row=r, column=cc).border = Border(bottom=Side(style='thin', color='000000'))
                        col += c['cs']
                    r += 1
            if o.get('repeat') and hdr:
                ws.print_title_rows = '%d:%d' % (first, first + len(hdr) - 1)
            r += o.get('gap', 1)
    for row, h in heights.items():
        ws.row_dimensions[row].height = max(h, fsize * 1.4)
    from openpyxl.worksheet.pagebreak import Break
    for br in breaks:
        ws.row_breaks.append(Break(id=br))
    ws.page_setup.orientation = 'landscape' if opts.get('landscape') else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if not opts.get('gridlines'):
        ws.print_options.gridLines = False
    wb.save(path)


def soffice_pdf(xlsx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix='famlo')
    try:
        env = dict(os.environ, LANG='it_IT.UTF-8', HOME=tmp)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                        '--convert-to', 'pdf', '--outdir', tmp, xlsx_path],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        base = os.path.splitext(os.path.basename(xlsx_path))[0] + '.pdf'
        src = os.path.join(tmp, base)
        if not os.path.exists(src) or os.path.getsize(src) < 500:
            sys.exit('soffice failed: ' + xlsx_path)
        shutil.move(src, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def emit(set_, case, blocks, truth, producer, opts, layout, variations):
    """producer: 'chromium' (HTML->PDF), 'lo' (xlsx->LibreOffice PDF), 'xlsx' (workbook kept)."""
    d = case_dir(set_, case)
    if producer == 'chromium':
        chromium_pdf(render_html(blocks, opts), os.path.join(d, 'input.pdf'))
        prod = 'Chromium headless `--print-to-pdf` from HTML written by `tools/families/%s`.' % opts['script']
    elif producer == 'lo':
        tmp = tempfile.mkdtemp(prefix='famx')
        x = os.path.join(tmp, 'input.xlsx')
        render_xlsx(blocks, opts, x)
        soffice_pdf(x, os.path.join(d, 'input.pdf'))
        shutil.rmtree(tmp, ignore_errors=True)
        prod = ('Workbook written with openpyxl by `tools/families/%s`, converted to PDF by '
                'LibreOffice headless (`LANG=it_IT.UTF-8`).' % opts['script'])
    else:
        render_xlsx(blocks, opts, os.path.join(d, 'input.xlsx'))
        prod = ('Workbook (.xlsx) written with openpyxl by `tools/families/%s`, kept as the input; '
                'every value is a text cell shown as printed, unless the variations say otherwise.' % opts['script'])
    truth.dump(os.path.join(d, 'truth.json'))
    readme(d, case, layout, prod, variations, truth)
    print('made', set_, case)


def it_money(cents, euro=False, sign=False):
    """cents (int) -> '1.234.567,89' Italian grouping."""
    neg = cents < 0
    cents = abs(cents)
    e, c = divmod(cents, 100)
    s = '{:,}'.format(e).replace(',', '.') + ',%02d' % c
    if neg: s = '-' + s
    if sign: s = '€ ' + s
    if euro: s = s + ' Euro'
    return s


def it_int(n):
    return '{:,}'.format(n).replace(',', '.')
