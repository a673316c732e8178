"""Family 'assignment matrix': objectives as rows, managers / units as columns
holding each unit's weight; rows or columns for `Peso ponderale calcolato`,
`Peso ponderale effettivo`, `Fattore di conversione`."""
import sys
from fractions import Fraction as F
from common import Truth, emit, C

SCRIPT = 'fam_matrix.py'


def pct(fr, nd=2):
    """Fraction (0..1) -> Italian percent text with nd decimals, half-up."""
    q = fr * 100 * 10 ** nd
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    s = str(n).rjust(nd + 1, '0')
    return s[:-nd] + ',' + s[-nd:] + '%'


def dec(fr, nd=4):
    q = fr * 10 ** nd
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    s = str(n).rjust(nd + 1, '0')
    return s[:-nd] + ',' + s[-nd:]


OBJS = [('OG.1', 'Attuare il piano di digitalizzazione dei fascicoli del personale', 'Fascicoli digitalizzati sul totale', '>= 90%', '%'),
        ('OG.2', 'Ridurre i tempi di rilascio dei titoli abilitativi edilizi', 'Tempo medio di rilascio', '<= 45 gg', 'gg'),
        ('OG.3', 'Migliorare la qualità percepita dei servizi allo sportello', 'Giudizi positivi nelle indagini di gradimento', '>= 85%', '%'),
        ('OG.4', 'Contenere i consumi energetici degli immobili comunali', 'Consumo di energia elettrica rispetto al 2025', '<= -5%', '%'),
        ('OG.5', 'Completare il passaggio alla piattaforma nazionale per i pagamenti', 'Servizi di incasso attivi sulla piattaforma', '100%', '%')]


def case1():
    y = 2026
    t = Truth('Comune di Borgo Tessano', [y])
    mgrs = ['Dirigente Area Tecnica', 'Dirigente Area Amministrativa', 'Dirigente Area Servizi al Cittadino']
    w = {'OG.1': [None, 40, 10], 'OG.2': [20, None, None], 'OG.3': [None, 20, 20], 'OG.4': [30, 30, None], 'OG.5': [30, 30, 30]}
    tot = [sum(w[o[0]][k] or 0 for o in OBJS) for k in range(3)]
    fac = [F(100, tt) for tt in tot]
    head = ['Cod.', 'Obiettivo', 'Indicatore', 'Target 2026'] + mgrs
    body = [[C('Peso ponderale calcolato', cs=7, b=True, bg='#fce4d6')]]
    for code, title, iname, tg, u in OBJS:
        body.append([code, title, iname, tg] + [C(v, fmt='0', disp=str(v), al='right') if v else '' for v in w[code]])
        t.ind(code, iname, unit=u, targets=[(y, tg)])
    body.append([C('Totale', cs=4, b=True)] + [C(v, fmt='0', disp=str(v), b=True) for v in tot])
    body.append([C('Fattore di conversione', cs=4, b=True)] + [C(float(f) / 100, fmt='0.0000', disp=dec(f / 100), b=True) for f in fac])
    body.append([C('Peso ponderale effettivo', cs=7, b=True, bg='#fce4d6')])
    for code, title, iname, tg, u in OBJS:
        row = [code, title, '', '']
        for k, m in enumerate(mgrs):
            v = w[code][k]
            if v:
                fr = F(v, tot[k])
                raw = pct(fr)
                row.append(C(float(fr), fmt='0.00%', disp=raw, al='right'))
                t.node(code, 'operational', title, weight=raw, unit=m)
            else:
                row.append('')
        body.append(row)
    body.append([C('Totale', cs=4, b=True)] + [C(1.0, fmt='0.00%', disp='100,00%', b=True) for _ in mgrs])
    blocks = [('h', 'Comune di Borgo Tessano – Piano della performance 2026 – Matrice di assegnazione degli obiettivi ai dirigenti', 1),
              ('table', [head], body, {})]
    emit('tuned', 'fam-matrix-xlsx-1', blocks, t, 'xlsx',
         dict(script=SCRIPT, ruled=True, size=10, widths=[8, 44, 34, 12, 16, 16, 16], sheet='Matrice'),
         """Workbook kept as .xlsx, sheet `Matrice`. Header `Cod. | Obiettivo | Indicatore | Target 2026 | Dirigente Area Tecnica |
Dirigente Area Amministrativa | Dirigente Area Servizi al Cittadino`. First section `Peso ponderale calcolato`: per objective the raw
weight each manager gets (number cells, blank when not assigned), a `Totale` row (80, 120, 60) and a `Fattore di conversione`
row (100/total as a number `0.0125` shown with format `0.0000` → `0,0125`). Second section `Peso ponderale effettivo`: the
normalised weights as number cells with format `0.00%` (0.25 → `25,00%`), summing to 100,00% per manager.
Truth: one `operational` node per (objective, manager) with `unit` = the manager column title, parent null, weight raw = the
displayed effective weight; each indicator is listed once (unit_org null) under its objective code.""",
         ['.xlsx kept, number cells with formats `0`, `0.0000`, `0.00%` (displayed Italian-style)',
          'managers as columns', 'two stacked sections (calculated, effective)', 'thirds rounded (33,33% + 16,67% ...)'])


def case2():
    y = 2026
    t = Truth('Azienda per l\'Edilizia Residenziale di Valle Aspra', [y])
    mgrs = ['Direttore Tecnico', 'Direttore Amministrativo', 'Responsabile Inquilinato']
    objs = OBJS[:4]
    w = {'OG.1': [10, 30, 20], 'OG.2': [30, None, 20], 'OG.3': [None, 30, 40], 'OG.4': [40, 60, 20]}
    head1 = [C('Cod.', rs=2), C('Obiettivo', rs=2)] + [C(m, cs=2, al='center') for m in mgrs]
    head2 = ['Peso ponderale calcolato', 'Peso ponderale effettivo'] * 3
    body = []
    eff_override = {('OG.4', 2): '10,00%'}   # injected fault: should be 20,00%
    for code, title, iname, tg, u in objs:
        row = [code, title]
        for k, m in enumerate(mgrs):
            v = w[code][k]
            tot = sum(w[o[0]][k] or 0 for o in objs)
            if v:
                raw = eff_override.get((code, k), pct(F(v, tot)))
                row += [str(v), raw]
                t.node(code, 'operational', title, weight=raw, unit=m)
            else:
                row += ['–', '–']
        body.append(row)
    tots = [sum(w[o[0]][k] or 0 for o in objs) for k in range(3)]
    body.append([C('Totale', cs=2, b=True)] + sum([[C(str(tt), b=True), C('100%', b=True)] for tt in tots], []))
    body.append([C('Fattore di conversione', cs=2, b=True)] + sum([[C(dec(F(1, tt), 4), cs=2, al='center')] for tt in tots], []))
    blocks = [('h', 'Azienda per l\'Edilizia Residenziale di Valle Aspra', 1),
              ('h', 'Assegnazione degli obiettivi operativi 2026 ai responsabili di struttura', 2),
              ('table', [head1, head2], body, {'colw': ['6%', '34%'] + ['10%'] * 6}),
              ('h', 'Indicatori e target', 3),
              ('table', [['Cod.', 'Indicatore', 'Target 2026']], [[o[0], o[2], o[3]] for o in objs], {'colw': ['6%', '64%', '30%']})]
    for code, title, iname, tg, u in objs:
        t.ind(code, iname, unit=u, targets=[(y, tg)])
    t.finding('weight.sum', 'Responsabile Inquilinato', 'effective weights of Responsabile Inquilinato sum to 90,00% '
              '(20,00% + 20,00% + 40,00% + 10,00%): OG.4 prints 10,00% where its calculated 20 of 100 gives 20,00%; the column total prints 100%',
              unit='Responsabile Inquilinato')
    emit('tuned', 'fam-matrix-chromium-2', blocks, t, 'chromium', dict(script=SCRIPT, ruled=True, size=8.5, landscape=True),
         """Landscape A4, Chromium. A matrix with a two-row header: `Cod. | Obiettivo |` then one column group per manager
(`Direttore Tecnico`, `Direttore Amministrativo`, `Responsabile Inquilinato`), each split into `Peso ponderale calcolato`
(bare numbers) and `Peso ponderale effettivo` (percentages); `–` where a manager has no share. Rows `Totale` and
`Fattore di conversione` (1/total, `0,0100`) close the matrix. Indicators and targets are in a second small table below.
Truth: one `operational` node per (objective, manager) with `unit` = the manager, weight raw = the effective weight.""",
         ['calculated and effective weights side by side per manager', 'two-row header with spans', 'indicators in a separate table'])


def case3():
    y = 2026
    t = Truth('Università degli Studi di Porto Aureo', [y])
    mgrs = ['Direttore Generale', 'Dirigente Area Didattica', 'Dirigente Area Ricerca', 'Dirigente Area Personale']
    objs = [('1.1.A', 'Ridurre i tempi di immatricolazione on line', 'Giorni medi tra domanda e matricola', '<= 5 gg', 'gg', 3, 'XX  '),
            ('1.2.A', 'Aggiornare i regolamenti didattici dei corsi di laurea', 'Regolamenti approvati sul totale', '100%', '%', 2, ' XX '),
            ('2.1.B', 'Supportare la presentazione di progetti PRIN', 'Progetti presentati', '>= 40', 'N.', 4, 'X XX'),
            ('3.1.C', 'Attuare il piano del lavoro agile', 'Dipendenti con accordo individuale', '>= 35%', '%', 1, 'X  X'),
            ('3.2.C', 'Completare la formazione obbligatoria sulla sicurezza', 'Personale formato', '>= 95%', '%', 2, ' X X')]
    head = [C('Codice'), C('Obiettivo'), C('Indicatore'), C('Target 2026'), C('Peso ponderale calcolato')] + [C(m, rot=True, al='center') for m in mgrs]
    body = []
    for code, title, iname, tg, u, pw, marks in objs:
        body.append([code, title, iname, tg, C(str(pw), al='center')] + [C('X' if ch == 'X' else '', al='center') for ch in marks])
        t.ind(code, iname, unit=u, targets=[(y, tg)])
    sums = [sum(o[5] for o in objs if o[6][k] == 'X') for k in range(4)]
    body.append([C('Somma pesi calcolati', cs=5, b=True)] + [C(str(sm), al='center', b=True) for sm in sums])
    facs = [pct(F(1, sm)).rstrip('%') for sm in sums]
    body.append([C('Fattore di conversione (100 / somma)', cs=5, b=True)] + [C(f, al='center', b=True) for f in facs])
    eff_head = [C('Codice'), C('Peso ponderale effettivo', cs=4)] + [C(m, rot=True, al='center') for m in mgrs]
    eff = []
    for code, title, iname, tg, u, pw, marks in objs:
        row = [code, C(title, cs=4)]
        for k, m in enumerate(mgrs):
            if marks[k] == 'X':
                raw = pct(F(pw, sums[k]), 1)
                row.append(C(raw, al='center'))
                t.node(code, 'operational', title, weight=raw, unit=m)
            else:
                row.append('')
        eff.append(row)
    blocks = [('h', 'Università degli Studi di Porto Aureo – Piano integrato 2026 – Assegnazione degli obiettivi ai dirigenti', 1),
              ('table', [head], body, {}), ('pb',),
              ('h', 'Pesi ponderali effettivi per dirigente (peso calcolato x fattore di conversione)', 2),
              ('table', [eff_head], eff, {})]
    emit('heldout', 'fam-matrix-lo-3', blocks, t, 'lo',
         dict(script=SCRIPT, ruled=True, size=9, widths=[9, 34, 30, 11, 11, 7, 7, 7, 7], font='Liberation Sans'),
         """Portrait A4, two pages, printed by LibreOffice. Page 1: `Codice | Obiettivo | Indicatore | Target 2026 | Peso ponderale calcolato |`
then one column per manager with the header text rotated 90° (`Direttore Generale`, `Dirigente Area Didattica`, ...); a manager's cell holds
`X` when the objective is assigned. Rows `Somma pesi calcolati` (8, 7, 6, 7) and `Fattore di conversione (100 / somma)` (`12,50`, `14,29`...).
Page 2: the same rotated manager columns with the effective weights (one decimal: `37,5%`, `42,9%`). The Didattica column sums to
100,1% (42,9 + 28,6 + 28,6): rounding only, not a fault. Truth: one `operational` node per (objective, manager) with `unit` = the
manager, weight raw = the effective weight; indicators once each (unit_org null).""",
         ['rotated manager headers', 'assignment marked with `X`, one objective weight column', 'effective weights on a second page, one decimal',
          'a column that misses 100% only by rounding (100,1%)'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
