"""Family 'targets in prose': targets written as sentences (`Target 2026 -
Aumento del 25% rispetto alla baseline.`, `Riduzione del: 2% nel 2026, 4% nel
2027, 6% nel 2028`). Truth: one target per year, raw = that year's own words
(the year phrase and the sentence's final full stop or comma left out)."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_prose.py'


def case1():
    years = [2026, 2027, 2028]
    t = Truth('Regione Alta Marca', years)
    objs = [
        ('OS 3.1', 'Favorire la nascita di nuove imprese giovanili nelle aree montane', [
            ('Nuove imprese giovanili iscritte nei comuni montani', 'N.', '412 imprese (2024)',
             ['Aumento del 10% rispetto alla baseline', 'Aumento del 18% rispetto alla baseline', 'Aumento del 25% rispetto alla baseline'])]),
        ('OS 3.2', 'Ridurre il divario digitale delle famiglie nelle aree interne', [
            ('Famiglie raggiunte da connessione ad almeno 1 Gbit/s', '%', '38% (2024)',
             ['Almeno il 50% delle famiglie', 'Almeno il 65% delle famiglie', 'Almeno l\'80% delle famiglie']),
            ('Punti di facilitazione digitale attivi', 'N.', '24 (2025)',
             ['Mantenimento dei 24 punti attivi', 'Apertura di 6 nuovi punti', 'Apertura di ulteriori 6 punti'])]),
    ]
    body = []
    for oc, ot, inds in objs:
        t.node(oc, 'strategic', ot)
        first = True
        for name, u, base, tg in inds:
            prose = ' '.join('Target %d - %s.' % (y, v) for y, v in zip(years, tg))
            row = [C(oc + ' – ' + ot, rs=len(inds))] if first else []
            row += [name, base, prose]
            body.append(row)
            first = False
            by = int(base[-5:-1])
            t.ind(oc, name, unit=u, baselines=[(by, base.rsplit(' (', 1)[0])], targets=list(zip(years, tg)))
    blocks = [('h', 'Regione Alta Marca – Piano integrato di attività e organizzazione 2026-2028', 1),
              ('h', 'Sottosezione Performance – Obiettivi strategici dell\'area Sviluppo economico', 2),
              ('table', [['Obiettivo strategico', 'Indicatore', 'Baseline', 'Target']], body,
               {'colw': ['24%', '26%', '14%', '36%']})]
    emit('tuned', 'fam-prose-chromium-1', blocks, t, 'chromium', dict(script=SCRIPT, ruled=True, size=9.5, font='Liberation Sans'),
         """Portrait A4, Chromium, one ruled table `Obiettivo strategico | Indicatore | Baseline | Target`. The target cell is prose with
one sentence per year: `Target 2026 - Aumento del 10% rispetto alla baseline. Target 2027 - … Target 2028 - …`. Baselines
print their year in brackets (`412 imprese (2024)`: truth baseline 2024 raw `412 imprese`). Truth target raw per year is the
sentence after `Target <year> - ` without its final full stop. Objectives `strategic` (`OS 3.1`).""",
         ['targets as sentences relative to the baseline', 'baseline year in brackets', 'qualitative targets (`Mantenimento dei 24 punti attivi`)'])


def case2():
    years = [2026, 2027, 2028]
    t = Truth('Città di Ponte Alvisio', years)
    rows = [
        ('17.', 'Ridurre la produzione di rifiuti urbani indifferenziati', 'Kg di rifiuto indifferenziato per abitante', 'kg',
         'Riduzione del', ['2%', '4%', '6%'], '182 kg (2025)'),
        ('18.', 'Diminuire gli incidenti stradali con feriti sulle strade comunali', 'Incidenti con feriti', 'N.',
         'Riduzione del', ['6%', '4%', '2%'], '311 (2025)'),
        ('19.', 'Aumentare gli utenti del servizio di bike sharing', 'Abbonati annuali al servizio', 'N.',
         'Incremento del', ['15%', '30%', '45%'], '2.140 (2025)'),
    ]
    body = []
    for code, title, name, u, verb, vals, base in rows:
        prose = '%s: %s' % (verb, ', '.join('%s nel %d' % (v, y) for v, y in zip(vals, years)))
        body.append([code, title, name, base, prose + ' rispetto al valore 2025'])
        t.node(code.rstrip('.'), 'operational', title)
        t.ind(code.rstrip('.'), name, unit=u, baselines=[(2025, base.rsplit(' (', 1)[0])], targets=list(zip(years, vals)))
    blocks = [('h', 'Città di Ponte Alvisio\nPiano della performance 2026-2028 – Obiettivi operativi del Settore Ambiente e Mobilità', 1),
              ('table', [['N.', 'Obiettivo operativo', 'Indicatore', 'Valore 2025', 'Risultato atteso']], body, {})]
    t.finding('target.declining', 'Incidenti con feriti', 'the reduction shrinks each year (6% in 2026, 4% in 2027, 2% in 2028): the targets get easier')
    emit('tuned', 'fam-prose-lo-2', blocks, t, 'lo', dict(script=SCRIPT, ruled=False, size=10, widths=[6, 36, 30, 14, 44], font='Liberation Serif'),
         """Portrait A4 printed by LibreOffice, borderless. One table `N. | Obiettivo operativo | Indicatore | Valore 2025 | Risultato atteso`;
the expected result is one sentence covering the three years: `Riduzione del: 2% nel 2026, 4% nel 2027, 6% nel 2028 rispetto al valore 2025`.
Truth: one target per year whose raw is that year's own figure (`2%`, `4%`, `6%`). Codes `17.` (truth `17`). Baseline 2025
from the column `Valore 2025` (`182 kg (2025)` → raw `182 kg`). Objectives `operational`.""",
         ['borderless, serif', 'all years in one sentence (`del: 2% nel 2026, 4% nel 2027, …`)', 'codes with trailing dot'])


def case3():
    years = [2026, 2027, 2028]
    t = Truth('Provincia di Serra Vallina', years)
    objs = [
        ('1.1', 'Migliorare la sicurezza degli edifici scolastici provinciali',
         'La Provincia intende completare le verifiche di vulnerabilità sismica su tutti gli istituti superiori e avviare gli interventi sui plessi con indice di rischio più elevato.',
         [('Edifici scolastici con verifica sismica conclusa', '%', '64%', 2025,
           {2026: 'almeno il 80% degli edifici', 2027: 'almeno il 90% degli edifici', 2028: 'il 100% degli edifici'})]),
        ('1.2', 'Migliorare la capacità di intercettare i fondi europei da parte dei',
         'Costituzione di un ufficio unico per la progettazione europea al servizio dei comuni del territorio.',
         [('Progetti presentati su bandi europei e nazionali', 'N.', '9', 2025,
           {2026: 'non meno di 12 progetti', 2027: 'non meno di 14 progetti', 2028: 'non meno di 16 progetti'})]),
        ('1.3', 'Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali', None,
         [('Giorni medi di rilascio', 'gg', '18 giorni', 2025,
           {2026: 'entro 15 giorni', 2027: 'entro 12 giorni', 2028: 'entro 10 giorni'})]),
    ]
    blocks = [('h', 'Provincia di Serra Vallina', 1), ('h', 'Piano della performance 2026-2028 – Schede degli obiettivi', 2)]
    for oc, ot, descr, inds in objs:
        t.node(oc, 'operational', ot, description=descr)
        blocks.append(('h', 'Obiettivo %s – %s' % (oc, ot), 3))
        if descr:
            blocks.append(('p', descr))
        for name, u, base, by, tg in inds:
            txt = ('Indicatore: %s. Valore di partenza (%d): %s. Si prevede di raggiungere %s nel 2026, %s nel 2027 e %s nel 2028.'
                   % (name, by, base, tg[2026], tg[2027], tg[2028]))
            blocks.append(('p', txt))
            t.ind(oc, name, unit=u, baselines=[(by, base)], targets=sorted(tg.items()))
    t.finding('text.truncated', '1.2', 'the title of objective 1.2 stops mid-sentence (`… da parte dei`)')
    emit('heldout', 'fam-prose-chromium-3', blocks, t, 'chromium',
         dict(script=SCRIPT, size=10.5, font='DejaVu Serif', css='p{text-align:justify; margin:3pt 0 6pt 0}'),
         """Portrait A4, Chromium, no table at all: each objective is a heading `Obiettivo 1.1 – title`, an optional description
paragraph, and a paragraph per indicator in running text: `Indicatore: <name>. Valore di partenza (2025): 64%. Si prevede di
raggiungere almeno il 80% degli edifici nel 2026, almeno il 90% degli edifici nel 2027 e il 100% degli edifici nel 2028.`
Truth: baseline 2025; one target per year with raw the words before `nel <year>` (`almeno il 80% degli edifici`).
Objectives `operational`.""",
         ['no table: headings and justified paragraphs', 'all years in one sentence with `nel <year>` after each value',
          'targets in words (`non meno di 12 progetti`, `entro 15 giorni`)', 'DejaVu Serif 10.5 pt'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
