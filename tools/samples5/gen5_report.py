#!/usr/bin/python3
"""Genre: report. Two cases:
- gen5-report-chromium-1: a ministry's results report, portrait, ruled; specific-objective bands, annual objectives
  in a row-spanning cell (`Ob. 1 – …`), header synonyms `Valore atteso` / `Consuntivo` / `Grado di conseguimento`,
  targets in words, a `Note` column, a summary row per objective; fault achievement.mismatch.
- gen5-report-lo-1: a comune's report printed by LibreOffice from a workbook, landscape, horizontal rules and zebra
  fill, three levels sharing the columns, achievements as `0.0%` number cells at every level, a `Scostamento` and a
  `Stato` column, a final overall row; clean.
Content is invented."""
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import (case_dir, chromium_pdf, doc, esc, finding, genre_readme, grp, html_page3, ind, it_num,  # noqa: E402
                     lo_pdf, node, pct, q, write_truth, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def q1(x):
    return Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def itd(d):
    """Decimal -> Italian text with its own number of decimals."""
    return str(d).replace(".", ",")


def report_chromium():
    name = "gen5-report-chromium-1"
    org = "Ministero dello Sviluppo Territoriale"
    dept = "Dipartimento per le politiche abitative e urbane"
    Y = 2025
    # indicator: (name, weight %, target raw, op, target value, result raw, result value, unit, note)
    # op: ge / le / date (met) ; printed override for the fault
    tree = [
        ("OS.1", "Incrementare l'offerta di edilizia residenziale pubblica", [
            ("Ob. 1", "Accelerare l'erogazione dei finanziamenti del programma di recupero degli alloggi", [
                ("Risorse erogate sul totale delle risorse assegnate", 40, "non inferiore a 70%", "ge", "70",
                 "74,2%", "74.2", "%", ""),
                ("Tempo medio di istruttoria delle richieste di erogazione", 30, "non superiore a 45 gg", "le", "45",
                 "52 gg", "52", "gg", "Picco di richieste nel secondo semestre"),
                ("Alloggi recuperati e riassegnati", 30, "almeno 1.200", "ge", "1200", "1.085", "1085", None, "")]),
            ("Ob. 2", "Monitorare l'attuazione dei programmi di rigenerazione urbana", [
                ("Interventi monitorati tramite la piattaforma dedicata", 60, "non inferiore a 90%", "ge", "90",
                 "96,8%", "96.8", "%", ""),
                ("Pubblicazione del rapporto annuale di monitoraggio", 40, "entro il 30/06/2025", "date", None,
                 "27/06/2025", None, "date", "Rapporto pubblicato sul sito istituzionale")])]),
        ("OS.2", "Migliorare la qualità e la sicurezza dell'abitare", [
            ("Ob. 3", "Attuare il programma di efficientamento energetico degli edifici residenziali pubblici", [
                ("Cantieri avviati", 50, "almeno 85", "ge", "85", "81", "81", None, ""),
                ("Risparmio energetico stimato degli interventi conclusi", 50, "non inferiore a 12.000 MWh", "ge",
                 "12000", "10.450 MWh", "10450", "MWh", "Stima su 38 interventi conclusi")]),
            ("Ob. 4", "Ridurre il disagio abitativo delle famiglie a basso reddito", [
                ("Contributi per il sostegno alla locazione liquidati alle regioni", 50, "non inferiore a 80%", "ge",
                 "80", "72,0%", "72.0", "%", ""),
                ("Comuni ad alta tensione abitativa monitorati", 50, "almeno 150", "ge", "150", "162", "162", None,
                 "")])]),
        ("OS.3", "Rafforzare la capacità amministrativa del Dipartimento", [
            ("Ob. 5", "Digitalizzare i procedimenti di concessione dei contributi", [
                ("Procedimenti gestiti interamente in modalità digitale", 70, "non inferiore a 85%", "ge", "85",
                 "88,1%", "88.1", "%", ""),
                ("Tempo medio di risposta alle istanze di accesso civico", 30, "non superiore a 20 gg", "le", "20",
                 "14 gg", "14", "gg", "")]),
            ("Ob. 6", "Prevenire la corruzione e assicurare la trasparenza", [
                ("Misure di prevenzione della corruzione attuate nei termini", 50, "pari al 100%", "ge", "100",
                 "100%", "100", "%", ""),
                ("Dipendenti formati in materia di anticorruzione", 50, "almeno 120", "ge", "120", "131", "131", None,
                 "Dato al 31/12/2025")])]),
    ]
    FAULT = "Contributi per il sostegno alla locazione liquidati alle regioni"
    css = """body { font-family: "Liberation Serif", serif; font-size: 8.5pt; }
h1 { font-size: 12pt; margin: 0; text-align: center; } h2 { font-size: 10pt; margin: 1mm 0 0 0; text-align: center; font-weight: normal; }
h3 { font-size: 9.5pt; margin: 2mm 0 4mm 0; text-align: center; font-style: italic; font-weight: normal; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th, td { border: 0.5pt solid #666; padding: 2pt 3pt; vertical-align: top; }
th { background: #dfe6ee; font-weight: bold; text-align: center; vertical-align: middle; }
tr { break-inside: avoid; }
tr.os td { background: #b8c7d9; font-weight: bold; font-size: 9pt; }
tr.sum td { background: #f1f1f1; font-style: italic; text-align: right; }
td.ob { width: 38mm; font-weight: bold; } td.in { width: 50mm; } td.w, td.v, td.a { text-align: center; }
td.w { width: 11mm; } td.v { width: 21mm; } td.a { width: 20mm; } td.nt { font-size: 7.5pt; color: #333; }"""
    rows, nodes, inds = [], [], []
    for scode, stitle, obs in tree:
        rows.append(f"<tr class=os><td colspan=7>Obiettivo specifico {scode} – {esc(stitle)}</td></tr>")
        nodes.append(node(scode, "strategic", stitle))
        for ocode, otitle, ilist in obs:
            acc = Decimal(0)
            first = True
            for iname, w, traw, op, tv, rraw, rv, unit, note in ilist:
                if op == "ge":
                    a = min(Decimal(rv) / Decimal(tv), Decimal(1)) * 100
                elif op == "le":
                    a = min(Decimal(tv) / Decimal(rv), Decimal(1)) * 100
                else:
                    a = Decimal(100)
                a = q2(a)
                printed = Decimal("100.00") if iname == FAULT else a
                if iname == FAULT:
                    assert a == Decimal("90.00")
                acc += printed * w / 100
                araw = itd(printed) + "%"
                obcell = (f"<td class=ob rowspan={len(ilist)}>{esc(ocode)} – {esc(otitle)}</td>" if first else "")
                first = False
                rows.append(f"<tr>{obcell}<td class=in>{esc(iname)}</td><td class=w>{w}%</td><td class=v>{esc(traw)}</td>"
                            f"<td class=v>{esc(rraw)}</td><td class=a>{araw}</td><td class=nt>{esc(note)}</td></tr>")
                inds.append(ind(iname, ocode, unit=unit, weight=f"{w}%", targets=[(Y, traw)], results=[(Y, rraw)],
                                achievement=[(Y, araw)], notes=[note] if note else []))
            oraw = itd(q2(acc)) + "%"
            rows.append(f"<tr class=sum><td colspan=5>Grado di conseguimento dell'obiettivo {esc(ocode)}</td>"
                        f"<td class=a><b>{oraw}</b></td><td></td></tr>")
            nodes.append(node(ocode, "operational", otitle, parent=scode, achievement=[(Y, oraw)]))
    head = ("<thead><tr><th>Obiettivo annuale</th><th>Indicatore</th><th>Peso</th><th>Valore atteso 2025</th>"
            "<th>Consuntivo 2025</th><th>Grado di conseguimento</th><th>Note</th></tr></thead>")
    body = (f"<h1>{esc(org.upper())}</h1><h2>{esc(dept)}</h2>"
            "<h3>Relazione sulla performance 2025 – Allegato 3: risultati degli obiettivi annuali</h3>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p style='font-size:7.5pt'>Il grado di conseguimento dell'indicatore è il rapporto tra consuntivo e "
            "valore atteso (o il suo inverso per gli indicatori da contenere), fino a un massimo del 100%; quello "
            "dell'obiettivo è la media ponderata dei gradi dei suoi indicatori.</p>")
    h = html_page3(body, css, margin="17mm 14mm 15mm 14mm", top_left=q(f"{org} – {dept}"),
                   top_right=q("Relazione sulla performance 2025"), bottom_center='"– " counter(page) " –"',
                   hf_font='7pt "Liberation Serif"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    fnd = [finding("achievement.mismatch", FAULT,
                   "printed 100,00% but the result 72,0% against the target non inferiore a 80% gives 90,00%")]
    write_truth(d, [doc(org, [Y], kind="report")], nodes, inds, fnd)
    genre_readme(d, name, "report", "HTML printed to PDF by Chromium headless.", """
Portrait A4 (one page), Liberation Serif 8.5 pt, ruled grid. Three centred title lines (the ministry in
capitals, the department, `Relazione sulla performance 2025 – Allegato 3: …`); running header `Ministero … –
Dipartimento …` / `Relazione sulla performance 2025`, footer `– n –`. One table `Obiettivo annuale | Indicatore | Peso |
Valore atteso 2025 | Consuntivo 2025 | Grado di conseguimento | Note`. Specific (triennial) objectives are dark band rows
spanning the table: `Obiettivo specifico OS.1 – Title` (truth: level `strategic`, code `OS.1`, no weight). The annual
objective cell `Ob. 1 – Title` (truth: level `operational`, code `Ob. 1`, parent `OS.1`) spans its indicator rows;
after its indicators a grey italic row `Grado di conseguimento dell'obiettivo Ob. 1 | 93,09%` gives the objective's
achievement (weighted mean of the PRINTED indicator grades). Indicators have no code; weights `40%` summing to 100 per
annual objective; targets in words (`non inferiore a 70%`, `non superiore a 45 gg`, `almeno 1.200`, `entro il
30/06/2025`, `pari al 100%`, `non inferiore a 12.000 MWh`); results `74,2%`, `52 gg`, `1.085`, `27/06/2025`,
`10.450 MWh`; grades with two decimals. The `Note` column (free text, empty on most rows) goes to indicator notes.
A paragraph under the table states the rule (capped ratio, weighted mean).
""", ["header synonyms `Valore atteso`, `Consuntivo`, `Grado di conseguimento`",
      "codes `OS.1` (bands) and `Ob. 1` (annual objectives)",
      "objective achievement in a summary row after its indicators, not on the objective's row",
      "operators in words, `pari al 100%`, unit `MWh` as printed, date target met by a date result",
      "`Note` column → indicator notes",
      "portrait, ruled, Liberation Serif, running header/footer"],
        [f"`achievement.mismatch` on `{FAULT}`: the result 72,0% against `non inferiore a 80%` gives 90,00%, "
         "but 100,00% is printed (the objective Ob. 4 summary 100,00% is the mean of the printed grades, so no "
         "rollup fault is intended)"])
    return name


def report_lo():
    from openpyxl import Workbook
    name = "gen5-report-lo-1"
    org = "Comune di Borgo San Vitale"
    Y = 2025
    P1, N0, GG = "0.0%", "#,##0", '0 "gg"'
    # strategic: (code, title, weight, ops); op: (code, title, weight, inds)
    # ind: (name, weight, target text, op, target value, result value, result fmt, unit, scostamento text)
    tree = [
        ("A.1", "Territorio e ambiente", 40, [
            ("A.1.1", "Potenziare la raccolta differenziata dei rifiuti urbani", 60, [
                ("Percentuale di raccolta differenziata", 60, "≥ 70%", "ge", "0.70", "0.681", P1, "%", "-1,9 p.p."),
                ("Isole ecologiche informatizzate installate", 40, "≥ 12", "ge", "12", "12", N0, None, "0")]),
            ("A.1.2", "Ridurre i tempi delle autorizzazioni paesaggistiche", 40, [
                ("Tempo medio di rilascio dell'autorizzazione", 100, "≤ 60 gg", "le", "60", "66", GG, "gg",
                 "+6 gg")])]),
        ("A.2", "Comunità e servizi alla persona", 35, [
            ("A.2.1", "Ampliare l'offerta dei centri estivi comunali", 60, [
                ("Bambini iscritti ai centri estivi", 70, "≥ 450", "ge", "450", "486", N0, None, "+36"),
                ("Famiglie soddisfatte del servizio", 30, "≥ 85%", "ge", "0.85", "0.912", P1, "%", "+6,2 p.p.")]),
            ("A.2.2", "Promuovere la lettura nelle biblioteche comunali", 40, [
                ("Prestiti librari effettuati", 50, "≥ 18.000", "ge", "18000", "16740", N0, None, "-1.260"),
                ("Iniziative di promozione della lettura", 50, "≥ 40", "ge", "40", "44", N0, None, "+4")])]),
        ("A.3", "Macchina comunale efficiente", 25, [
            ("A.3.1", "Ridurre i tempi di pagamento dei fornitori", 100, [
                ("Tempo medio di pagamento delle fatture", 60, "≤ 30 gg", "le", "30", "24", GG, "gg", "-6 gg"),
                ("Fatture pagate entro la scadenza", 40, "≥ 95%", "ge", "0.95", "0.932", P1, "%", "-1,8 p.p.")])]),
    ]

    def ach(op, tv, rv):
        a = Decimal(rv) / Decimal(tv) if op == "ge" else Decimal(tv) / Decimal(rv)
        return q1(min(a, Decimal(1)) * 100)

    def rdisp(v, f):
        x = Decimal(v)
        if f == P1:
            return itd(q1(x * 100)) + "%"
        if f == N0:
            return grp(int(x))
        return f"{int(x)} gg"

    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    rule = Border(bottom=Side(style="thin", color="7F7F7F"))
    thick = Border(top=Side(style="medium", color="000000"), bottom=Side(style="medium", color="000000"))
    F = "Liberation Sans Narrow"
    f9, fb, fi = Font(name=F, size=9), Font(name=F, size=9, bold=True), Font(name=F, size=9, italic=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rendiconto 2025"
    for k, w in zip("ABCDEFGH", (8, 58, 7, 12, 13, 12, 14, 20)):
        ws.column_dimensions[k].width = w
    xl_put(ws, 1, 1, org, font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025 – Rendicontazione degli obiettivi strategici e operativi",
           font=Font(name=F, size=11), wrap=False)
    heads = ["Cod.", "Descrizione", "Peso", "Target 2025", "Consuntivo 2025", "Scostamento", "Grado di raggiungimento",
             "Stato"]
    for c, t in enumerate(heads, 1):
        xl_put(ws, 4, c, t, font=fb, border=thick, halign="left" if c <= 2 else "center", valign="bottom")
    r = 5
    nodes, inds = [], []
    zebra = False
    overall = Decimal(0)

    def stato(a):
        return "Raggiunto" if a == Decimal("100.0") else "Parzialmente raggiunto"

    for scode, stitle, sw, ops in tree:
        srow = r
        r += 1
        sacc = Decimal(0)
        for ocode, otitle, ow, ilist in ops:
            orow = r
            r += 1
            oacc = Decimal(0)
            for iname, iw, traw, op, tv, rv, rf, unit, sc in ilist:
                a = ach(op, tv, rv)
                oacc += a * iw / 100
                fill = "F2F2F2" if zebra else None
                zebra = not zebra
                xl_put(ws, r, 1, None, border=rule, fill=fill)
                xl_put(ws, r, 2, iname, font=f9, border=rule, indent=2, fill=fill)
                xl_put(ws, r, 3, iw / 100, font=f9, border=rule, fmt="0%", halign="center", fill=fill)
                xl_put(ws, r, 4, traw, font=f9, border=rule, halign="center", fill=fill)
                xl_put(ws, r, 5, float(rv), font=f9, border=rule, fmt=rf, halign="center", fill=fill)
                xl_put(ws, r, 6, sc, font=fi, border=rule, halign="center", fill=fill)
                xl_put(ws, r, 7, float(a / 100), font=f9, border=rule, fmt=P1, halign="center", fill=fill)
                xl_put(ws, r, 8, stato(a), font=f9, border=rule, fill=fill)
                inds.append(ind(iname, ocode, unit=unit, weight=f"{iw}%", targets=[(Y, traw)],
                                results=[(Y, rdisp(rv, rf))], achievement=[(Y, itd(a) + "%")]))
                r += 1
            oa = q1(oacc)
            assert oacc == oa or abs(oacc - oa) != Decimal("0.05"), oacc
            sacc += oa * ow / 100
            xl_put(ws, orow, 1, ocode, font=fb, border=rule)
            xl_put(ws, orow, 2, otitle, font=fb, border=rule)
            xl_put(ws, orow, 3, ow / 100, font=fb, border=rule, fmt="0%", halign="center")
            for c in (4, 5, 6):
                xl_put(ws, orow, c, None, border=rule)
            xl_put(ws, orow, 7, float(oa / 100), font=fb, border=rule, fmt=P1, halign="center")
            xl_put(ws, orow, 8, stato(oa), font=f9, border=rule)
            nodes.append((orow, node(ocode, "operational", otitle, parent=scode, weight=f"{ow}%",
                                     achievement=[(Y, itd(oa) + "%")])))
        sa = q1(sacc)
        assert abs(sacc - sa) != Decimal("0.05"), sacc
        overall += sa * sw / 100
        xl_put(ws, srow, 1, scode, font=fb, border=rule, fill="D9E1F2")
        xl_put(ws, srow, 2, stitle.upper(), font=fb, border=rule, fill="D9E1F2")
        xl_put(ws, srow, 3, sw / 100, font=fb, border=rule, fmt="0%", halign="center", fill="D9E1F2")
        for c in (4, 5, 6):
            xl_put(ws, srow, c, None, border=rule, fill="D9E1F2")
        xl_put(ws, srow, 7, float(sa / 100), font=fb, border=rule, fmt=P1, halign="center", fill="D9E1F2")
        xl_put(ws, srow, 8, stato(sa), font=fb, border=rule, fill="D9E1F2")
        nodes.append((srow, node(scode, "strategic", stitle.upper(), weight=f"{sw}%", achievement=[(Y, itd(sa) + "%")])))
    ov = q1(overall)
    xl_put(ws, r, 2, "Grado di raggiungimento complessivo dell'ente", font=fb, border=thick)
    for c in (1, 3, 4, 5, 6, 8):
        xl_put(ws, r, c, None, border=thick)
    xl_put(ws, r, 7, float(ov / 100), font=fb, border=thick, fmt=P1, halign="center")
    xl_put(ws, r + 2, 1, "Il grado di raggiungimento degli obiettivi è la media ponderata dei gradi degli indicatori "
           "(obiettivi operativi) e degli obiettivi operativi (obiettivi strategici).", font=fi, wrap=False)
    xl_fit_rows(ws, 4, r, pt=9, narrow=1.2)
    xl_page(ws, landscape=True, title_rows="4:4")
    ws.oddHeader.right.text = "Relazione sulla performance 2025"
    ws.oddFooter.center.text = "&P"
    d = case_dir(name)
    tmp = os.path.join(d, "src.xlsx")
    xl_save(wb, tmp)
    lo_pdf(tmp, os.path.join(d, "input.pdf"))
    os.remove(tmp)
    nodes = [n for _, n in sorted(nodes, key=lambda t: t[0])]
    write_truth(d, [doc(org, [Y], kind="report")], nodes, inds)
    genre_readme(d, name, "report", "openpyxl workbook converted to PDF by LibreOffice.", f"""
Landscape A4, Liberation Sans Narrow 9 pt, NO vertical rules: a thick rule above and below the header, thin grey
rules under every row, zebra fill on the indicator rows. Two title lines (the Comune, `Relazione sulla performance
2025 – Rendicontazione …`), then one table `Cod. | Descrizione | Peso | Target 2025 | Consuntivo 2025 | Scostamento |
Grado di raggiungimento | Stato`. Three levels share the columns: strategic objectives (`A.1`, title in capitals,
blue fill, bold), operational objectives (`A.1.1`, bold) and indicators (no code, indented). Weights (`0%` number
cells: `40%`) and achievements (`0.0%` number cells: `95,4%`) are printed at all three levels: an operational
objective's achievement is the weighted mean of its indicators' (as displayed), a strategic objective's the weighted
mean of its operational objectives'. Indicator achievement: `≥` result/target, `≤` target/result, capped at 100%.
Results are number cells (`68,1%` with `0.0%`, `16.740` with `#,##0`, `66 gg` with `0 \"gg\"`); targets text
(`≥ 70%`, `≤ 60 gg`, `≥ 18.000`). `Scostamento` (text: `-1,9 p.p.`, `+6 gg`) and `Stato` (`Raggiunto` /
`Parzialmente raggiunto`) are not part of the truth. A last row `Grado di raggiungimento complessivo dell'ente |
{itd(ov)}%` (weighted mean of the strategic objectives) is not a node. An italic note under the table states the rule.
""", ["three levels in one `Descrizione` column, told apart by fill, bold, capitals and indent",
      "weights and achievements at every level; achievements as `0.0%` number cells",
      "results as number cells with formats `0.0%`, `#,##0`, `0 \"gg\"`",
      "extra columns `Scostamento` (signed text) and `Stato` (words)",
      "an overall achievement row for the whole body",
      "horizontal rules only with zebra fill, landscape, Liberation Sans Narrow 9 pt, page header and number"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "lo"]
    if "chromium" in which:
        print(report_chromium())
    if "lo" in which:
        print(report_lo())
