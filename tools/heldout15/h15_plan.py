#!/usr/bin/python3
"""h15-plan-reportlab-1: a regional student-aid agency's performance plan 2026-2028, drawn directly with ReportLab
(no office suite, no browser). Portrait A4, Liberation Serif 9 pt, HORIZONTAL RULES ONLY (no vertical rule, no
grid); two-row header (`Valore atteso` over the three years) repeated on page 2; codes `OB.1` / `OB.1.2`;
indicators without code, indented in italics, weighted within their operational objective (thirds
33,33/33,33/33,34); `Ponderazione` one column for every level; `Dato 2024` for a 2026-2028 plan; targets in words
and signs; the last indicator of page 1 is SPLIT by the page break (its name goes on under the repeated header).
Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import RL, case_dir, doc, genre_readme, ind, node, write_truth  # noqa: E402

SCRIPT = "h15_plan.py"
ORG = "Ente Regionale per il Diritto allo Studio dell'Alto Tirreno"
Y = [2026, 2027, 2028]

# strategic (code, title, weight) -> operational (code, title, weight, struttura) -> indicators
# (name, weight, unit, dato 2024, (t26, t27, t28))
TREE = [
    ("OB.1", "Garantire il diritto allo studio agli studenti capaci e meritevoli privi di mezzi", "35%", [
        ("OB.1.1", "Ridurre i tempi di erogazione delle borse di studio", "50%", "Servizio Benefici economici", [
            ("Borse di studio erogate agli idonei entro il 31 dicembre", "50%", "%", "91,4%",
             ("non inferiore a 95%", "non inferiore a 97%", "non inferiore a 98%")),
            ("Tempo medio tra pubblicazione della graduatoria definitiva e pagamento della prima rata", "50%", "gg",
             "34 gg", ("≤ 30 gg", "≤ 25 gg", "≤ 20 gg"))]),
        ("OB.1.2", "Ampliare l'offerta di posti alloggio nelle residenze universitarie", "50%",
         "Servizio Residenze e patrimonio", [
             ("Posti letto disponibili al 1° ottobre", "33,33%", "N.", "1.184", ("almeno 1.250", "almeno 1.320",
                                                                                 "almeno 1.400")),
             ("Tasso di occupazione dei posti alloggio", "33,33%", "%", "88,6%", ("≥ 90%", "≥ 90%", "≥ 90%")),
             ("Avvio dei lavori della residenza di via delle Saline", "33,34%", "date", "n.d.",
              ("entro il 30/09/2026", "entro il 30/09/2026", "entro il 30/09/2026"))])]),
    ("OB.2", "Migliorare la qualità dei servizi di ristorazione e di accoglienza", "30%", [
        ("OB.2.1", "Estendere la ristorazione convenzionata nelle sedi decentrate", "60%", "Servizio Ristorazione", [
            ("Sedi universitarie decentrate servite da un punto di ristoro convenzionato", "60%", "N.", "7",
             ("almeno 9", "almeno 10", "almeno 12")),
            ("Pasti erogati con prenotazione tramite app", "40%", "%", "22,0%", ("≥ 35%", "≥ 45%", "≥ 55%"))]),
        ("OB.2.2", "Rafforzare il servizio di ascolto e orientamento psicologico", "40%", "Servizio Accoglienza e orientamento", [
            ("Colloqui di primo ascolto svolti entro 10 giorni dalla richiesta", "100%", "%", "76,5%",
             ("≥ 80%", "≥ 85%", "≥ 90%"))])]),
    ("OB.3", "Assicurare un'amministrazione trasparente, digitale ed efficiente", "20%", [
        ("OB.3.1", "Digitalizzare integralmente le istanze degli studenti", "100%", "Servizio Sistemi informativi", [
            ("Istanze presentate esclusivamente on line sul totale delle istanze ricevute", "33,33%", "%", "84,2%",
             ("≥ 90%", "≥ 95%", "≥ 98%")),
            ("Indicatore di tempestività dei pagamenti", "33,33%", "gg", "-4,1 gg",
             ("≤ -5 gg", "≤ -6 gg", "≤ -6 gg")),
            ("Pubblicazione del nuovo portale dei servizi on line conforme alle linee guida AgID", "33,34%", "text",
             "NO", ("SI", "SI", "SI"))])]),
    ("OB.4", "Valorizzare le competenze del personale e il benessere organizzativo", "15%", [
        ("OB.4.1", "Attuare il piano triennale della formazione del personale", "60%", "Servizio Personale", [
            ("Ore di formazione pro capite erogate al personale dipendente", "50%", "N.", "14,5",
             ("almeno 18", "almeno 20", "almeno 24")),
            ("Dipendenti che hanno completato almeno un percorso sulle competenze digitali sul totale dei "
             "dipendenti in servizio", "50%", "%", "41,0%", ("≥ 60%", "≥ 75%", "≥ 90%"))]),
        ("OB.4.2", "Sviluppare il lavoro agile e la conciliazione dei tempi di vita e di lavoro", "40%",
         "Servizio Personale", [
             ("Adozione del regolamento sul lavoro agile aggiornato al nuovo contratto collettivo", "50%", "date",
              "n.d.", ("entro il 31/03/2026", "entro il 31/03/2026", "entro il 31/03/2026")),
             ("Risposte positive all'indagine annuale sul benessere organizzativo", "50%", "%", "63,8%",
              ("≥ 65%", "≥ 68%", "≥ 70%"))])]),
]

SPLITS = []
PAGE_W, PAGE_H = 595.28, 841.89
ML, MR, MT, MB = 36, 36, 54, 48
COLS = [("Codice", 34), ("Obiettivo / indicatore", 192), ("Ponderazione", 48), ("Dato 2024", 40),
        ("2026", 48), ("2027", 48), ("2028", 48), ("Struttura", 65)]


def build():
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    fdir = "/usr/share/fonts/truetype/liberation/"
    for nm, f in (("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-B", "LiberationSerif-Bold.ttf"),
                  ("LSerif-I", "LiberationSerif-Italic.ttf"), ("LSerif-BI", "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(nm, fdir + f))
    name = "h15-plan-reportlab-1"
    d = case_dir(name)
    pdf = os.path.join(d, "input.pdf")
    c = canvas.Canvas(pdf, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle("Piano della performance 2026-2028 – Allegato A")
    c.setAuthor(ORG)
    xs = [ML]
    for _, w in COLS:
        xs.append(xs[-1] + w)
    LEAD, PAD, FS = 11.0, 2.6, 9.0
    state = {"page": 0, "y": 0}
    total_pages = 2

    def head_foot():
        c.setFont("LSerif-I", 7.5)
        c.drawString(ML, PAGE_H - 28, "ERDIS Alto Tirreno – Piano integrato di attività e organizzazione 2026-2028")
        c.drawRightString(PAGE_W - MR, PAGE_H - 28, "Sottosezione Performance – Allegato A")
        c.setLineWidth(0.3)
        c.line(ML, PAGE_H - 32, PAGE_W - MR, PAGE_H - 32)
        c.drawCentredString(PAGE_W / 2, 26, f"Pagina {state['page']} di {total_pages}")

    def header():
        y = state["y"]
        c.setLineWidth(1.1)
        c.line(ML, y, PAGE_W - MR, y)
        c.setFont("LSerif-B", 8)
        # row 1: group label over the years
        c.drawCentredString((xs[4] + xs[7]) / 2, y - 9, "Valore atteso")
        c.setLineWidth(0.4)
        c.line(xs[4] + 3, y - 12, xs[7] - 3, y - 12)
        for k, (h, _) in enumerate(COLS):
            cx = (xs[k] + xs[k + 1]) / 2
            if k in (0, 1, 7):
                c.drawString(xs[k] + 2, y - 21, h)
            else:
                c.drawCentredString(cx, y - 21, h)
        c.setLineWidth(0.8)
        c.line(ML, y - 25, PAGE_W - MR, y - 25)
        state["y"] = y - 27

    def new_page(first=False):
        if not first:
            c.showPage()
        state["page"] += 1
        head_foot()
        state["y"] = PAGE_H - MT
        if first:
            c.setFont("LSerif-B", 12)
            c.drawString(ML, state["y"], ORG)
            c.setFont("LSerif", 10)
            c.drawString(ML, state["y"] - 15, "Piano della performance 2026-2028 – Allegato A: albero degli obiettivi "
                         "e indicatori")
            c.setFont("LSerif-I", 8)
            for k, line in enumerate(simpleSplit(
                    "La ponderazione esprime il peso di ciascun obiettivo strategico sul totale, di ciascun obiettivo "
                    "operativo sul proprio obiettivo strategico e di ciascun indicatore sul proprio obiettivo "
                    "operativo. Il dato 2024 è l'ultimo consolidato disponibile alla data di adozione del Piano.",
                    "LSerif-I", 8, PAGE_W - ML - MR)):
                c.drawString(ML, state["y"] - 29 - k * 9.5, line)
            state["y"] -= 29 + 2 * 9.5 + 8
        header()

    def cell_lines(k, text, fnt):
        return simpleSplit(text, fnt, FS, COLS[k][1] - 4 - (8 if k == 1 and fnt.endswith("I") else 0))

    def draw_row(cells, fnt, fill=None, rule=None, split_after=None):
        """cells: list of 8 texts (None = empty). split_after: draw only this many lines of column 1 on this page,
        then break the page and finish the row under the repeated header."""
        lines = [cell_lines(k, t, fnt if k in (0, 1) else ("LSerif-B" if fnt == "LSerif-B" else "LSerif"))
                 if t else [] for k, t in enumerate(cells)]
        n = max(len(x) for x in lines)
        h = n * LEAD + 2 * PAD
        if split_after is None and state["y"] - h < MB:
            fits = int((state["y"] - MB - 2 * PAD) // LEAD)
            if fnt == "LSerif-I" and len(lines[1]) > 1 and 1 <= fits < len(lines[1]):
                split_after = fits
                SPLITS.append(cells[1])
            else:
                new_page()
        y0 = state["y"]
        if split_after is not None:
            first = [x[:split_after] if k == 1 else x for k, x in enumerate(lines)]
            rest = lines[1][split_after:]
            hh = max(len(x) for x in first) * LEAD + 2 * PAD
            _paint(first, fnt, y0, hh, fill)
            new_page()
            y1 = state["y"]
            h2 = len(rest) * LEAD + 2 * PAD
            _paint([[] if k != 1 else rest for k in range(len(cells))], fnt, y1, h2, fill)
            state["y"] = y1 - h2
        else:
            _paint(lines, fnt, y0, h, fill)
            state["y"] = y0 - h
        if rule:
            c.setLineWidth(rule)
            c.setStrokeGray(0.45)
            c.line(ML, state["y"], PAGE_W - MR, state["y"])
            c.setStrokeGray(0)

    def _paint(lines, fnt, y0, h, fill):
        if fill:
            c.setFillGray(fill)
            c.rect(ML, y0 - h, PAGE_W - ML - MR, h, stroke=0, fill=1)
            c.setFillGray(0)
        for k, ls in enumerate(lines):
            f = fnt if k in (0, 1) else ("LSerif-B" if fnt == "LSerif-B" else "LSerif")
            c.setFont(f, FS)
            for j, line in enumerate(ls):
                yy = y0 - PAD - (j + 1) * LEAD + 2.3
                if k in (0, 1, 7):
                    c.drawString(xs[k] + 2 + (8 if k == 1 and fnt.endswith("I") else 0), yy, line)
                else:
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, line)

    new_page(first=True)
    nodes, inds = [], []
    for scode, stitle, sw, ops in TREE:
        draw_row([scode, stitle, sw, None, None, None, None, None], "LSerif-B", fill=0.88, rule=None)
        nodes.append(node(scode, "strategic", stitle, weight=sw))
        for ocode, otitle, ow, struct, ilist in ops:
            draw_row([ocode, otitle, ow, None, None, None, None, struct], "LSerif-B", fill=None)
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[struct]))
            for k, (iname, iw, unit, base, tg) in enumerate(ilist):
                last = k == len(ilist) - 1
                draw_row([None, iname, iw, base, tg[0], tg[1], tg[2], None], "LSerif-I",
                         rule=0.4 if last else None)
                inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(2024, base)],
                                targets=list(zip(Y, tg))))
    c.setFont("LSerif-I", 7.5)
    state["y"] -= 12
    for k, line in enumerate(simpleSplit(
            "n.d. = dato non disponibile (intervento non ancora programmato nel 2024). Indicatore di tempestività dei "
            "pagamenti: giorni medi di anticipo (valori negativi) o di ritardo rispetto alla scadenza delle fatture.",
            "LSerif-I", 7.5, PAGE_W - ML - MR)):
        c.drawString(ML, state["y"] - k * 9, line)
    c.showPage()
    c.save()
    assert state["page"] == total_pages, state["page"]
    assert len(SPLITS) == 1, SPLITS
    print("  split row:", SPLITS[0])
    write_truth(d, [doc(ORG, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", RL.format(script=SCRIPT), """
Portrait A4, Liberation Serif 9 pt (TrueType embedded by ReportLab), two pages. A running header in italics
(`ERDIS Alto Tirreno – Piano integrato di attività e organizzazione 2026-2028` left, `Sottosezione Performance –
Allegato A` right) over a hairline, footer `Pagina n di 2`. Title block: the body, `Piano della performance 2026-2028
– Allegato A: albero degli obiettivi e indicatori`, an italic note saying what `Ponderazione` weighs at each level.
One table with HORIZONTAL RULES ONLY: a thick rule above a two-row header (`Valore atteso` centred over `2026 |
2027 | 2028` with a short rule under it), a rule under the header; columns `Codice | Obiettivo / indicatore |
Ponderazione | Dato 2024 | 2026 | 2027 | 2028 | Struttura`. Strategic objectives (`OB.1`) are bold rows on a grey
band; operational objectives (`OB.1.2`) bold rows with their `Struttura`; indicators are indented italic rows
without code, weighted within their operational objective; a grey rule closes each operational objective. The
header is repeated on page 2, and the second indicator of `OB.4.1` is split by the page break: its first line and
its values are on page 1, the rest of its name continues on page 2 under the repeated header. Truth: strategic
objectives are roots, operational ones carry owners = [Struttura]; indicators carry their weight, baseline 2024 and
targets 2026-2028; a wrapped name is joined with single spaces (also across the page break).
""", ["producer: direct PDF drawing (ReportLab), not an office suite or a browser",
      "`Ponderazione` at all three levels, each summing to 100% within its parent (35/30/20/15; 50/50; 60/40; thirds "
      "33,33/33,33/33,34)",
      "`Dato 2024` as the only baseline of a 2026-2028 plan; `n.d.` and `NO` baselines",
      "targets in words (`non inferiore a 95%`, `almeno 1.250`, `entro il 30/09/2026` three times) and signs "
      "(`≥`, `≤`, `= 100%`); flat targets (`≥ 90%` ×3, `SI` ×3); `≤ 30 gg` → `≤ 25 gg` → `≤ 20 gg` and "
      "`≤ -5 gg` → `≤ -6 gg` → `≤ -6 gg` going down as ≤ targets should",
      "horizontal rules only, grey bands, italic indented indicators without code",
      "a row split by the page break, header repeated"], [])
    return name


if __name__ == "__main__":
    print(build())
