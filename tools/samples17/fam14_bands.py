#!/usr/bin/python3
"""Graded target bands (cases `fam14-bands-*`), three producers:

- fam14-bands-chromium-1: one CARD (its own small table) per indicator; the ladder laid out as COLUMNS
  (`Fascia 1 … Fascia 4`), one ROW PER YEAR (2025, 2026) and a closing `Punteggio (punti)` row with scores in POINTS
  out of 10 (`10 | 7 | 4 | 0`); clean.
- fam14-bands-reportlab-1: reportlab, landscape; the scores are the column headers under `Fasce di valore per
  punteggio attribuito` (`100 | 60 | 30 | 0`), two rows per indicator (`Anno` 2026 / 2027), bands WITHOUT units (unit
  in a `U.M.` column), `–` where a ladder has three bands; clean.
- fam14-bands-xlsx-1: kept .xlsx; ladder as ROWS under each indicator (indicator cells merged down), columns
  `Fascia | Soglia 2026 | Soglia 2027 | Punteggio`; open bands are NUMBER cells whose format prints the operator
  and unit (`"≥ "0.0%`, `"≤ "0" gg"`), ranges text, scores `0%` cells; fault `target.declining`.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, REPORTLAB, XLSX, case_dir, chromium_pdf, doc, esc, finding, fmt_disp, font,  # noqa: E402
                      html_page3, ind, ladder, node, q, readme13, widths, write_truth, xl_box, xl_page, xl_put,
                      xl_save, xl_styles)

SCRIPT = "fam14_bands.py"
GENRE = "graded target bands"


# ====================================================================== chromium: one card per indicator

def chromium_case():
    name = "fam14-bands-chromium-1"
    org = "Unione dei Comuni della Valle del Sarrio"
    years = [2025, 2026]
    # objective: code, title, weight, owner, indicators
    # indicator: code, name, unit word, truth unit, baseline (2024), weight, bands {year: [..]}, scores
    objs = [
        ("O.01", "Ridurre i tempi dei procedimenti edilizi e paesaggistici", "40%", "Servizio Urbanistica associato", [
            ("O.01.1", "Tempo medio di rilascio dei permessi di costruire", "giorni", "gg", "31 gg", "60%",
             {2025: ["≤ 28 gg", "29-30 gg", "31-32 gg", "> 32 gg"],
              2026: ["≤ 26 gg", "27-28 gg", "29-30 gg", "> 30 gg"]}, ["10", "7", "4", "0"]),
            ("O.01.2", "Autorizzazioni paesaggistiche semplificate concluse entro 45 giorni", "percentuale", "%",
             "82,5%", "40%",
             {2025: ["≥ 88%", "80-87,9%", "< 80%"], 2026: ["≥ 90%", "82-89,9%", "< 82%"]}, ["10", "5", "0"]),
        ]),
        ("O.02", "Migliorare il presidio del territorio da parte della Polizia locale", "35%",
         "Comando di Polizia locale", [
            ("O.02.1", "Interventi su chiamata con arrivo sul posto entro 20 minuti", "percentuale", "%", "76%",
             "33,33%",
             {2025: ["≥ 80%", "75-79,9%", "70-74,9%", "< 70%"], 2026: ["≥ 82%", "77-81,9%", "72-76,9%", "< 72%"]},
             ["10", "7", "4", "0"]),
            ("O.02.2", "Ore di pattugliamento serale nelle frazioni", "ore", "ore", "1.460 ore", "33,33%",
             {2025: ["≥ 1.500 ore", "1.400-1.499 ore", "< 1.400 ore"],
              2026: ["≥ 1.550 ore", "1.450-1.549 ore", "< 1.450 ore"]}, ["10", "5", "0"]),
            ("O.02.3", "Verbali notificati entro 60 giorni dall'accertamento", "percentuale", "%", "100%", "33,34%",
             {2025: ["= 100%", "98-99,9%", "< 98%"], 2026: ["= 100%", "98-99,9%", "< 98%"]}, ["10", "5", "0"]),
        ]),
        ("O.03", "Contenere il costo dei servizi gestiti in forma associata", "25%", "Servizio Finanziario associato", [
            ("O.03.1", "Costo del trasporto scolastico per alunno trasportato", "euro", "EUR", "€ 612,40", "100%",
             {2025: ["≤ € 600,00", "€ 600,01-630,00", "€ 630,01-660,00", "> € 660,00"],
              2026: ["≤ € 590,00", "€ 590,01-620,00", "€ 620,01-650,00", "> € 650,00"]},
             ["10", "7", "4", "0"]),
        ]),
    ]
    nodes, inds = [], []
    html = []
    for code, title, w, owner, ilist in objs:
        nodes.append(node(code, "operational", title, weight=w, owners=[owner]))
        html.append('<div class="obj"><table class="objbar"><tr>'
                    f'<td class="oc">{esc(code)}</td><td class="ot">{esc(title)}'
                    f'<div class="own">Servizio responsabile: {esc(owner)}</div></td>'
                    f'<td class="ow"><span class="lab">PESO</span><br>{esc(w)}</td></tr></table>')
        for icode, iname, uword, unit, base, iw, bands, scores in ilist:
            targets = [(y, ladder([(b, s) for b, s in zip(bands[y], scores)])) for y in years]
            inds.append(ind(iname, code, code=icode, unit=unit, weight=iw, baselines=[(2024, base)],
                            targets=targets))
            nb = len(scores)
            rows = [f'<tr><th class="ih" colspan="5"><span class="ic">{esc(icode)}</span> {esc(iname)}</th></tr>',
                    '<tr><td class="meta" colspan="5">'
                    f'<span class="lab">Unità di misura:</span> {esc(uword)}'
                    f'<span class="sep"></span><span class="lab">Valore 2024:</span> {esc(base)}'
                    f'<span class="sep"></span><span class="lab">Peso nell\'obiettivo:</span> {esc(iw)}</td></tr>',
                    '<tr class="hd"><td>Anno</td>' + "".join(f"<td>Fascia {k}</td>" for k in range(1, 5)) + "</tr>"]
            for y in years:
                cells = list(bands[y]) + ["—"] * (4 - nb)
                rows.append(f'<tr><td class="yr">{y}</td>' + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
            sc = list(scores) + ["—"] * (4 - nb)
            rows.append('<tr class="pt"><td>Punteggio (punti)</td>' + "".join(f"<td>{esc(s)}</td>" for s in sc)
                        + "</tr>")
            html.append('<table class="card">' + "".join(rows) + "</table>")
        html.append("</div>")
    css = """
body { font-family: "URW Gothic", "DejaVu Sans", sans-serif; font-size: 8.6pt; color: #1d1d1d; }
h1 { font-size: 13pt; margin: 0 0 1mm 0; letter-spacing: .3pt; }
h2 { font-size: 9.5pt; font-weight: normal; margin: 0 0 3mm 0; color: #444; }
p.intro { font-size: 8.2pt; margin: 0 0 4mm 0; text-align: justify; }
.obj { margin-bottom: 5mm; }
table { border-collapse: collapse; width: 100%; }
table.objbar td { background: #2f5d62; color: #fff; padding: 2mm 2.5mm; vertical-align: middle; }
td.oc { width: 14mm; font-weight: bold; font-size: 10pt; }
td.ot { font-weight: bold; font-size: 9.6pt; }
td.ow { width: 18mm; text-align: center; font-weight: bold; font-size: 10pt; border-left: 1px solid #fff; }
.own { font-weight: normal; font-size: 8pt; margin-top: .6mm; }
.lab { font-size: 7pt; letter-spacing: .2pt; color: inherit; opacity: .85; }
table.card { margin: 2.2mm 0 0 6mm; width: calc(100% - 6mm); page-break-inside: avoid; border: 1px solid #7a9a9d; }
table.card th.ih { text-align: left; background: #dfe9ea; padding: 1.3mm 2mm; font-size: 8.8pt; }
.ic { font-weight: bold; color: #2f5d62; margin-right: 2mm; }
table.card td { border-top: 1px solid #c5d3d4; padding: 1mm 2mm; text-align: center; }
table.card td.meta { text-align: left; color: #333; }
.sep { display: inline-block; width: 7mm; }
tr.hd td { font-size: 7.4pt; color: #555; background: #f3f6f6; }
td.yr { font-weight: bold; width: 26mm; }
tr.pt td { background: #f7efe0; font-weight: bold; }
"""
    intro = ("Per ciascun indicatore la tabella riporta, per ogni anno, le fasce di valore e il punteggio (in punti "
             "su 10) attribuito al raggiungimento di ciascuna fascia. Il punteggio dell'indicatore è ponderato con "
             "il peso nell'obiettivo; il punteggio dell'obiettivo con il peso dell'obiettivo.")
    body = (f"<h1>{esc(org)}</h1><h2>Piano della performance 2025-2026 — Allegato B: schede degli indicatori con "
            f"fasce di valutazione</h2><p class=\"intro\">{esc(intro)}</p>" + "".join(html))
    page = html_page3(body, css, margin="15mm 14mm 16mm 14mm", top_right=q(org + " · Allegato B"),
                      bottom_center='"pagina " counter(page) " di " counter(pages)',
                      hf_font='7.5pt "URW Gothic"')
    d = case_dir(name)
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, years)], nodes, inds)
    readme13(
        d, name, GENRE, CHROMIUM.format(script=SCRIPT),
        """Portrait A4, Chromium, URW Gothic 8.6 pt. Title, subtitle and a paragraph explaining that scores are points
out of 10. Each objective opens with a dark BAR (code `O.01`, title with `Servizio responsabile: …` under it, and a
`PESO 40%` cell at the right). Under it, EVERY INDICATOR IS ITS OWN SMALL TABLE (a card, never split): a heading
row `O.01.1 name`, a line `Unità di misura: giorni · Valore 2024: 31 gg · Peso nell'obiettivo: 60%`, then the ladder
laid out as COLUMNS `Anno | Fascia 1 | Fascia 2 | Fascia 3 | Fascia 4` with ONE ROW PER YEAR (2025, 2026) and a
closing row `Punteggio (punti) | 10 | 7 | 4 | 0` shared by both years. Three-band ladders print `—` in the fourth
column. Running header (body) and footer `pagina n di N`.
Truth: objectives `operational`, parent null, owners = the `Servizio responsabile`; for each year the target raw is
that year's bands each followed by the score under it (`≤ 28 gg 10 29-30 gg 7 31-32 gg 4 > 32 gg 0`), dashes
left out; baseline 2024 from `Valore 2024:`; indicator weight from `Peso nell'obiettivo:`.""",
        ["a separate table (card) per indicator instead of one table for all",
         "bands as COLUMNS and years as ROWS: two ladders (2025, 2026) share one `Punteggio` row",
         "scores in POINTS out of 10 (`10 | 7 | 4 | 0`, `10 | 5 | 0`), not percentages",
         "`—` cells for three-band ladders",
         "bands in gg, %, hours with thousands (`≥ 1.500 ore`) and euro before the number (`≤ € 600,00`)",
         "objective weight in a `PESO` cell of a coloured bar, owner inside the title cell"],
        ["the 100% band is BELOW the 2024 value for lower-is-better indicators (`≤ 28 gg` vs 31 gg, "
         "`≤ € 600,00` vs € 612,40): that is the improvement asked, not an unambitious target",
         "the 2026 bands of `O.01.1` and `O.03.1` are lower than the 2025 ones: lower is better, so they get harder",
         "`O.02.3` keeps `= 100%` in both years with a 2024 value of 100%: maintenance, not a flat/declining target",
         "scores `10`, `7`, `4`, `0` are points of a ladder, not weights (nothing to sum to 100)",
         "indicator weights of `O.02` are 33,33% + 33,33% + 33,34% = 100%",
         "objective weights 40% + 35% + 25% = 100%; `O.03` has a single indicator weighing 100%"],
        [])


# ====================================================================== reportlab: scores as column headers

def reportlab_case():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from common17 import rl_fonts
    rl_fonts()

    name = "fam14-bands-reportlab-1"
    org = "Consorzio di Bonifica delle Lame di Vallerana"
    years = [2026, 2027]
    scores = ["100", "60", "30", "0"]
    objs = [
        ("1", "Garantire l'efficienza della rete irrigua consortile", "30%", [
            ("1.1", "Tempo medio di intervento sui guasti della rete irrigua", "ore", "ore", "26", "50%",
             {2026: ["≤ 24", "25-30", "31-36", "> 36"], 2027: ["≤ 22", "23-28", "29-34", "> 34"]}),
            ("1.2", "Volume irriguo erogato con misuratore sul volume totale", "%", "%", "71,5", "30%",
             {2026: ["≥ 75", "70-74,9", "65-69,9", "< 65"], 2027: ["≥ 78", "73-77,9", "68-72,9", "< 68"]}),
            ("1.3", "Canali sottoposti a manutenzione ordinaria", "km", "km", "182", "20%",
             {2026: ["≥ 190", "175-189", None, "< 175"], 2027: ["≥ 195", "180-194", None, "< 180"]}),
        ]),
        ("2", "Migliorare il rapporto con i consorziati", "25%", [
            ("2.1", "Reclami dei consorziati riscontrati entro 15 giorni", "%", "%", "88,0", "50%",
             {2026: ["≥ 92", "88-91,9", "85-87,9", "< 85"], 2027: ["≥ 94", "90-93,9", "86-89,9", "< 86"]}),
            ("2.2", "Tempo medio di rilascio delle concessioni precarie", "giorni", "gg", "47", "50%",
             {2026: ["≤ 40", "41-50", "51-60", "> 60"], 2027: ["≤ 35", "36-45", "46-55", "> 55"]}),
        ]),
        ("3", "Contenere i costi energetici degli impianti idrovori", "20%", [
            ("3.1", "Energia assorbita per 1.000 mc sollevati", "kWh", "kWh", "38,4", "60%",
             {2026: ["≤ 37,5", "37,6-39,0", "39,1-40,5", "> 40,5"],
              2027: ["≤ 36,5", "36,6-38,0", "38,1-39,5", "> 39,5"]}),
            ("3.2", "Impianti idrovori dotati di telecontrollo attivo", "n.", "N.", "9", "40%",
             {2026: ["= 12", "10-11", None, "< 10"], 2027: ["= 14", "12-13", None, "< 12"]}),
        ]),
        ("4", "Assicurare la sicurezza idraulica del comprensorio", "15%", [
            ("4.1", "Interventi di ripristino arginale completati entro l'anno", "%", "%", "83,0", "100%",
             {2026: ["≥ 85", "80-84,9", "75-79,9", "< 75"], 2027: ["≥ 88", "83-87,9", "78-82,9", "< 78"]}),
        ]),
        ("5", "Digitalizzare il catasto consortile e la riscossione dei contributi", "10%", [
            ("5.1", "Particelle catastali georeferenziate sul totale delle particelle", "%", "%", "64,2", "50%",
             {2026: ["≥ 70", "65-69,9", "60-64,9", "< 60"], 2027: ["≥ 80", "72-79,9", "66-71,9", "< 66"]}),
            ("5.2", "Avvisi di contribuenza riscossi tramite pagoPA", "%", "%", "58,0", "50%",
             {2026: ["≥ 65", "60-64,9", None, "< 60"], 2027: ["≥ 70", "65-69,9", None, "< 65"]}),
        ]),
    ]
    st = ParagraphStyle("c", fontName="DVC", fontSize=8.6, leading=10.2)
    stb = ParagraphStyle("b", parent=st, fontName="DVC-B", textColor=colors.white)
    sth = ParagraphStyle("h", parent=st, fontName="DVC-B", fontSize=7.6, leading=9, alignment=1)
    hdr1 = [Paragraph(t, sth) for t in ["Cod.", "Indicatore", "U.M.", "Valore 2025", "Peso", "Anno"]] + \
        [Paragraph("Fasce di valore per punteggio attribuito", sth), "", "", ""]
    hdr2 = ["", "", "", "", "", ""] + [Paragraph(s, sth) for s in scores]
    data = [hdr1, hdr2]
    style = [("SPAN", (c, 0), (c, 1)) for c in range(6)] + [
        ("SPAN", (6, 0), (9, 0)),
        ("FONT", (0, 0), (-1, -1), "DVC", 8.6),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#d9e4c8")),
        ("LINEBELOW", (0, 1), (-1, 1), 1.1, colors.HexColor("#4d6b2f")),
        ("LINEABOVE", (0, 0), (-1, 0), 1.1, colors.HexColor("#4d6b2f")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 2), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
    ]
    nodes, inds = [], []
    zebra = False
    for code, title, w, ilist in objs:
        nodes.append(node(code, "operational", title, weight=w))
        r = len(data)
        data.append([Paragraph(f"OBIETTIVO {code} – {esc(title)}", stb), "", "", "", "", "",
                     Paragraph(f"Peso obiettivo {w}", stb), "", "", ""])
        style += [("SPAN", (0, r), (5, r)), ("SPAN", (6, r), (9, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#4d6b2f"))]
        for icode, iname, um, unit, base, iw, bands in ilist:
            targets = []
            for y in years:
                targets.append((y, ladder([(b, s) for b, s in zip(bands[y], scores) if b])))
            inds.append(ind(iname, code, code=icode, unit=unit, weight=iw, baselines=[(2025, base)],
                            targets=targets))
            r = len(data)
            for k, y in enumerate(years):
                row = ([icode, Paragraph(esc(iname), st), um, base, iw] if k == 0 else ["", "", "", "", ""])
                row += [str(y)] + [b if b else "–" for b in bands[y]]
                data.append(row)
            for c in range(5):
                style.append(("SPAN", (c, r), (c, r + 1)))
            if zebra:
                style.append(("BACKGROUND", (0, r), (-1, r + 1), colors.HexColor("#f1f4ec")))
            style.append(("LINEBELOW", (0, r + 1), (-1, r + 1), 0.4, colors.HexColor("#9aa98a")))
            zebra = not zebra
    table = Table(data, colWidths=[13 * mm, 92 * mm, 15 * mm, 20 * mm, 15 * mm, 14 * mm] + [27 * mm] * 4,
                  repeatRows=2)
    table.setStyle(TableStyle(style))

    title_st = ParagraphStyle("t", fontName="DVC-B", fontSize=12.5, leading=15)
    sub_st = ParagraphStyle("s", fontName="DVC", fontSize=9, leading=11.5, textColor=colors.HexColor("#333333"))
    note_st = ParagraphStyle("n", fontName="DVC-I", fontSize=7.6, leading=9.4)

    def footer(canvas, _doc):
        canvas.saveState()
        canvas.setFont("DVC", 7)
        canvas.drawString(14 * mm, 8 * mm, f"{org} – Piano della performance 2026-2027 – Fasce di valutazione")
        canvas.drawRightString(landscape(A4)[0] - 14 * mm, 8 * mm, f"pag. {canvas.getPageNumber()}")
        canvas.restoreState()

    d = case_dir(name)
    out = os.path.join(d, "input.pdf")
    pdf = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=13 * mm, bottomMargin=15 * mm, title="Fasce di valutazione 2026-2027",
                            author=org)
    story = [Paragraph(esc(org), title_st),
             Paragraph("Piano della performance 2026-2027 – Indicatori degli obiettivi operativi e fasce di "
                       "valutazione", sub_st), Spacer(1, 3 * mm),
             Paragraph("Ogni indicatore riporta, per ciascun anno del biennio, i valori che danno diritto al "
                       "punteggio indicato in testa alla colonna (100, 60, 30 o 0 punti su 100). Le unità di misura "
                       "sono nella colonna U.M.; il valore 2025 è il dato di consuntivo al 31 dicembre. Dove una "
                       "fascia non è prevista la cella riporta un trattino.", note_st),
             Spacer(1, 3 * mm), table, Spacer(1, 4 * mm),
             Paragraph("Il punteggio dell'obiettivo è la media dei punteggi dei suoi indicatori ponderata con i "
                       "pesi indicati; il punteggio complessivo è la media dei punteggi degli obiettivi ponderata con "
                       "il peso di ciascun obiettivo.", note_st)]
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    write_truth(d, [doc(org, years)], nodes, inds)
    readme13(
        d, name, GENRE, REPORTLAB.format(script=SCRIPT),
        """Landscape A4 written directly with reportlab (platypus), DejaVu Sans Condensed 8.6 pt, horizontal rules and
zebra per indicator, no vertical rules. Title, subtitle and an italic note saying the scores are the COLUMN HEADERS.
Two-row header repeated on every page: `Cod. | Indicatore | U.M. | Valore 2025 | Peso | Anno` (each spanning both
rows), then a group `Fasce di valore per punteggio attribuito` over four columns headed only `100 | 60 | 30 | 0`.
Objectives are dark band rows `OBIETTIVO 1 – title` with `Peso obiettivo 30%` over the score columns. Every
indicator takes TWO rows, one per year (`Anno` 2026 / 2027): code, name, U.M., 2025 value and weight span both rows;
the four band cells hold BARE values without unit (`≤ 24`, `25-30`, `31-36`, `> 36`); a three-band ladder prints `–`
under `30`. The table runs onto page 2 under the repeated header: the last indicator (`5.2`) is printed there
alone, its objective band staying on page 1. Footer with the body and `pag. n`.
Truth: objectives `operational` (code `1`, title after `OBIETTIVO 1 – `, weight from `Peso obiettivo`), parent null;
for each year the target raw is that row's bands each followed by the score of its column header
(`≤ 24 100 25-30 60 31-36 30 > 36 0`), dash cells left out; baseline 2025 raw as printed (bare); unit from U.M.
(`giorni` → `gg`, `n.` → `N.`, `ore`, `km`, `kWh` kept).""",
        ["scores printed ONLY as column headers (`100 | 60 | 30 | 0`) under a group header",
         "one row per YEAR per indicator (`Anno` column), indicator cells spanning both",
         "bands without units: the unit is only in the `U.M.` column",
         "`–` where a ladder has no 30-point band",
         "objective weight inside its band row (`Peso obiettivo 30%`), not in the `Peso` column",
         "reportlab output (platypus), landscape, header repeated on page 2"],
        ["lower-is-better ladders get lower from 2026 to 2027 (`≤ 24` → `≤ 22` ore, `≤ 40` → `≤ 35` giorni, "
         "`≤ 37,5` → `≤ 36,5` kWh): they get harder, not declining",
         "the 100-point band is below the 2025 value for lower-is-better indicators (`≤ 24` vs 26 ore, `≤ 40` vs 47 "
         "giorni): not unambitious",
         "the header scores `100 | 60 | 30 | 0` are not weights and not percentages of anything",
         "indicator weights sum to 100% within each objective (50 + 30 + 20; 50 + 50; 60 + 40; 100)",
         "objective weights 30% + 25% + 20% + 15% + 10% = 100%",
         "`= 12` / `= 14` telecontrolled plants is an exact target above the 2025 value of 9"],
        [])


# ====================================================================== xlsx: ladder as rows, number formats

def xlsx_case():
    from openpyxl import Workbook
    name = "fam14-bands-xlsx-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura di Valdimagra"
    years = [2026, 2027]
    # a band: (value, fmt) for a number cell, or a text string
    P = '"≥ "0.0%'
    NEG = '"≤ "0" gg";"≤ -"0" gg"'  # a negative section, so the minus follows the operator
    objs = [
        ("OB 1", "Semplificare e digitalizzare gli adempimenti del Registro delle imprese", 0.40, [
            ("RI.1", "Pratiche del Registro imprese evase entro 5 giorni", "%", "%", (0.914, "0.0%"), 0.5, "0.00%",
             {2026: [(0.92, P), "85,0-91,9%", "80,0-84,9%", (0.80, '"< "0.0%')],
              2027: [(0.90, P), "83,0-89,9%", "78,0-82,9%", (0.78, '"< "0.0%')]}, [1, 0.75, 0.5, 0]),
            ("RI.2", "Tempo medio di lavorazione delle pratiche telematiche", "gg", "gg", (6, '0" gg"'), 0.5, "0.00%",
             {2026: [(5, '"≤ "0" gg"'), "6-7 gg", "8-9 gg", (9, '"> "0" gg"')],
              2027: [(4, '"≤ "0" gg"'), "5-6 gg", "7-8 gg", (8, '"> "0" gg"')]}, [1, 0.75, 0.5, 0]),
        ]),
        ("OB 2", "Sostenere la competitività e la transizione digitale delle imprese", 0.35, [
            ("PID.1", "Imprese assistite dal Punto Impresa Digitale", "n.", "N.", (412, "#,##0"), 0.3333, "0.00%",
             {2026: [(450, '"≥ "#,##0'), "400-449", "350-399", (350, '"< "#,##0')],
              2027: [(480, '"≥ "#,##0'), "430-479", "380-429", (380, '"< "#,##0')]}, [1, 0.75, 0.5, 0]),
            ("PID.2", "Voucher digitali liquidati entro 60 giorni dalla rendicontazione", "%", "%", (0.88, "0.0%"),
             0.3333, "0.00%",
             {2026: [(0.90, P), "85,0-89,9%", (0.85, '"< "0.0%')],
              2027: [(0.92, P), "87,0-91,9%", (0.87, '"< "0.0%')]}, [1, 0.6, 0]),
            ("PID.3", "Costo medio per impresa assistita", "€", "EUR", (148.6, '#,##0.00" €"'), 0.3334, "0.00%",
             {2026: [(145, '"≤ "#,##0.00" €"'), "145,01-155,00 €", (155, '"> "#,##0.00" €"')],
              2027: [(140, '"≤ "#,##0.00" €"'), "140,01-150,00 €", (150, '"> "#,##0.00" €"')]}, [1, 0.5, 0]),
        ]),
        ("OB 3", "Garantire la tempestività dei pagamenti e la qualità dei servizi", 0.25, [
            ("AM.1", "Indicatore di tempestività dei pagamenti", "gg", "gg", (-4, '0" gg"'), 0.6, "0.00%",
             {2026: [(-5, NEG), "da -4 a 0 gg", (0, '"> "0" gg"')],
              2027: [(-6, NEG), "da -5 a 0 gg", (0, '"> "0" gg"')]}, [1, 0.5, 0]),
            ("AM.2", "Giudizi positivi nell'indagine di customer satisfaction", "%", "%", (0.93, "0.0%"), 0.4, "0.00%",
             {2026: [(0.93, P), "88,0-92,9%", (0.88, '"< "0.0%')],
              2027: [(0.93, P), "88,0-92,9%", (0.88, '"< "0.0%')]}, [1, 0.5, 0]),
        ]),
    ]

    def shown(b):
        return b if isinstance(b, str) else fmt_disp(b[0], b[1])

    wb = Workbook()
    ws = wb.active
    ws.title = "Fasce 2026-2027"
    S = xl_styles()
    thin = S["Side"](style="thin", color="7f7f7f")
    grid = S["Border"](left=thin, right=thin, top=thin, bottom=thin)
    f9, f9b = font("Liberation Sans", 9), font("Liberation Sans", 9, bold=True)
    widths(ws, [8, 48, 6, 11, 9, 7, 15, 15, 11])
    xl_put(ws, 1, 1, org, font=font("Liberation Sans", 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2027 – Obiettivi operativi: indicatori, soglie e punteggi",
           font=font("Liberation Sans", 10, italic=True), wrap=False)
    xl_put(ws, 3, 1, "Le soglie sono indicate per ciascun anno; il punteggio si applica alla fascia raggiunta.",
           font=font("Liberation Sans", 8, italic=True), wrap=False)
    hdr = ["Cod.", "Obiettivo / Indicatore", "U.M.", "Valore 2025", "Peso", "Fascia", "Soglia 2026",
           "Soglia 2027", "Punteggio"]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 5, c, h, font=f9b, fill="C9D7E8", border=grid, halign="center", valign="center")
    ws.row_dimensions[5].height = 26
    r = 6
    nodes, inds = [], []
    for code, title, w, ilist in objs:
        nodes.append(node(code, "operational", title, weight=fmt_disp(w, "0%")))
        xl_put(ws, r, 1, code, font=f9b, fill="EAF0F7", border=grid)
        xl_put(ws, r, 2, title, font=f9b, fill="EAF0F7", border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        xl_box(ws, r, 2, r, 4, grid)
        xl_put(ws, r, 5, w, font=f9b, fill="EAF0F7", border=grid, fmt="0%", halign="center")
        for c in range(6, 10):
            xl_put(ws, r, c, None, fill="EAF0F7", border=grid)
        ws.row_dimensions[r].height = 27
        r += 1
        for icode, iname, um, unit, base, iw, wfmt, bands, scores in ilist:
            n = len(scores)
            targets = [(y, ladder([(shown(b), fmt_disp(s, "0%")) for b, s in zip(bands[y], scores)]))
                       for y in years]
            inds.append(ind(iname, code, code=icode, unit=unit, weight=fmt_disp(iw, wfmt),
                            baselines=[(2025, fmt_disp(base[0], base[1]))], targets=targets))
            xl_put(ws, r, 1, icode, font=f9, border=grid)
            xl_put(ws, r, 2, iname, font=f9, border=grid, indent=1)
            xl_put(ws, r, 3, um, font=f9, border=grid, halign="center")
            xl_put(ws, r, 4, base[0], font=f9, border=grid, fmt=base[1], halign="center")
            xl_put(ws, r, 5, iw, font=f9, border=grid, fmt=wfmt, halign="center")
            for c in range(1, 6):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
                xl_box(ws, r, c, r + n - 1, c, grid)
            for k in range(n):
                xl_put(ws, r + k, 6, "ABCD"[k], font=f9, border=grid, halign="center")
                for j, y in enumerate(years):
                    b = bands[y][k]
                    if isinstance(b, str):
                        xl_put(ws, r + k, 7 + j, b, font=f9, border=grid, halign="center")
                    else:
                        xl_put(ws, r + k, 7 + j, b[0], font=f9, border=grid, fmt=b[1], halign="center")
                xl_put(ws, r + k, 9, scores[k], font=f9b, border=grid, fmt="0%", halign="center")
                ws.row_dimensions[r + k].height = 14 if n > 3 else 15
            r += n
    r += 1
    xl_put(ws, r, 1, "Fasce: A = obiettivo pienamente raggiunto; B, C = raggiungimento parziale; D = obiettivo non "
           "raggiunto. Il valore 2025 è il dato di preconsuntivo.", font=font("Liberation Sans", 8, italic=True),
           wrap=False)
    ws.freeze_panes = "C6"
    xl_page(ws, landscape=True, title_rows="5:5", margins=0.45)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    findings = [finding("target.declining", "RI.1",
                        "the 100% band of RI.1 (a higher-is-better share) drops from ≥ 92,0% in 2026 to ≥ 90,0% "
                        "in 2027, and the whole ladder with it")]
    write_truth(d, [doc(org, years)], nodes, inds, findings)
    readme13(
        d, name, GENRE, XLSX.format(script=SCRIPT),
        """Workbook kept as .xlsx, one sheet `Fasce 2026-2027`, Liberation Sans 9, full grid, frozen panes, landscape
print setup with the header row repeated. Three title lines, then the header `Cod. | Obiettivo / Indicatore | U.M.
| Valore 2025 | Peso | Fascia | Soglia 2026 | Soglia 2027 | Punteggio`. Objective rows are shaded (`OB 1`, title
merged over three columns, weight a `0%` number cell). Each indicator's code, name, U.M., 2025 value and weight are
MERGED DOWN over its ladder; the ladder is one ROW PER BAND (`Fascia` A/B/C/D) with the thresholds of BOTH years side
by side and the score in the last column. Open bands are NUMBER cells whose format prints operator and unit
(`0.92` with `"≥ "0.0%` → `≥ 92,0%`, `5` with `"≤ "0" gg"` → `≤ 5 gg`, `145` with `"≤ "#,##0.00" €"` → `≤ 145,00 €`,
`-5` with the two-section `"≤ "0" gg";"≤ -"0" gg"` → `≤ -5 gg`);
ranges are text (`85,0-91,9%`, `da -4 a 0 gg`); scores are `0%` cells (`100%`, `75%`, `50%`, `0%`); baselines are
number cells (`0.0%`, `0" gg"`, `#,##0`, `#,##0.00" €"`); weights `0.00%` (thirds 33,33 / 33,33 / 33,34).
Truth: objectives `operational`, parent null; for each year the target raw is the ladder read row by row, that
year's threshold then the score, as displayed (`≥ 92,0% 100% 85,0-91,9% 75% 80,0-84,9% 50% < 80,0% 0%`).""",
        ["ladder as ROWS with the two years as two threshold COLUMNS sharing one score column",
         "open bands as number cells with operator-printing formats; ranges as text",
         "indicator cells merged down over 3 or 4 ladder rows",
         "`Fascia` letters A-D",
         "negative days (`≤ -5 gg`, `da -4 a 0 gg`) for the payment-timeliness indicator",
         "kept .xlsx with frozen panes and a print title row"],
        ["`RI.2`, `PID.3` and `AM.1` are lower-is-better: their 2027 thresholds are lower than 2026 (harder)",
         "`AM.2` keeps `≥ 93,0%` in both years, equal to the 2025 value: maintenance, not unambitious",
         "`AM.1` 100% band `≤ -5 gg` vs a 2025 value of -4 gg: lower is better, not unambitious",
         "the `0%` score of band D is a score, not a missing or zero weight",
         "indicator weights 33,33% + 33,33% + 33,34% = 100% in `OB 2`"],
        ["`target.declining` on `RI.1`: the 100% threshold is `≥ 92,0%` for 2026 and `≥ 90,0%` for 2027 (the "
         "other bands drop too) for a share that should grow"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "reportlab", "xlsx"]
    for w in which:
        {"chromium": chromium_case, "reportlab": reportlab_case, "xlsx": xlsx_case}[w]()
        print("done", w)
