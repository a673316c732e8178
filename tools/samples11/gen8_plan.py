#!/usr/bin/python3
"""gen8-plan-chromium-1: a region's plan 2025-2027 printed by Chromium. Portrait, DejaVu Sans Condensed, one ruled
table with a TWO-ROW header (`Dato storico` over 2023 | 2024, `Valore atteso` over 2025 | 2026 | 2027) repeated
after the page break (thead); BSC perspectives as UNCODED band rows carrying their `Ponderazione`; strategic
objectives `OS.1`, operational `OS.1.2`, indicators `IR-07`; weights printed `33,33 %` (space before %). Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                      td, write_truth)

SCRIPT = "gen8_plan.py"
ORG = "Regione Montelago"
Y = [2025, 2026, 2027]
B = [2023, 2024]

# perspective (title, weight) -> strategic (code, title, weight) -> operational (code, title, weight, owner)
# -> indicator (code, name, unit, (base 2023, base 2024), (t25, t26, t27), weight)
TREE = [
    ("CITTADINI, IMPRESE E TERRITORIO", "40 %", [
        ("OS.1", "Ridurre i tempi di attesa per le prestazioni sanitarie programmate", "50 %", [
            ("OS.1.1", "Estendere la prenotazione digitale delle prestazioni specialistiche ambulatoriali", "60 %",
             "Direzione Sanità e Welfare", [
                 ("IR-01", "Prenotazioni effettuate tramite i canali digitali sul totale delle prenotazioni", "%",
                  ("31,2 %", "38,5 %"), (">= 42 %", ">= 48 %", ">= 55 %"), "50 %"),
                 ("IR-02", "Tempo medio di attesa per le prime visite in classe di priorità P", "gg",
                  ("74 gg", "69 gg"), ("<= 65 gg", "<= 60 gg", "<= 55 gg"), "50 %")]),
            ("OS.1.2", "Rafforzare la rete regionale delle case di comunità", "40 %", "Direzione Sanità e Welfare", [
                ("IR-03", "Case di comunità attive con apertura di almeno 12 ore giornaliere", "N.", ("12", "19"),
                 (">= 24", ">= 30", ">= 36"), "100 %")])]),
        ("OS.2", "Sostenere la competitività delle filiere agroalimentari regionali", "50 %", [
            ("OS.2.1", "Accelerare i pagamenti dei contributi del programma di sviluppo rurale", "100 %",
             "Direzione Agricoltura e Foreste", [
                 ("IR-04", "Domande di pagamento liquidate entro 90 giorni dalla presentazione", "%",
                  ("71,0 %", "76,4 %"), ("non inferiore a 80 %", "non inferiore a 84 %", "non inferiore a 88 %"),
                  "33,33 %"),
                 ("IR-05", "Imprese agricole beneficiarie di contributi per l'innovazione di processo", "N.",
                  ("412", "455"), (">= 480", ">= 510", ">= 540"), "33,33 %"),
                 ("IR-06", "Tempo medio di istruttoria delle domande di sostegno", "gg", ("118 gg", "104 gg"),
                  ("<= 100 gg", "<= 95 gg", "<= 90 gg"), "33,34 %")])])]),
    ("PROCESSI INTERNI", "35 %", [
        ("OS.3", "Semplificare i procedimenti autorizzativi in materia ambientale", "60 %", [
            ("OS.3.1", "Digitalizzare il procedimento di autorizzazione unica ambientale", "70 %",
             "Direzione Ambiente ed Energia", [
                 ("IR-07", "Istanze di autorizzazione unica ambientale presentate in modalità telematica", "%",
                  ("n.d.", "64,0 %"), (">= 75 %", ">= 85 %", ">= 95 %"), "60 %"),
                 ("IR-08", "Tempo medio di rilascio dell'autorizzazione unica ambientale", "gg", ("96 gg", "88 gg"),
                  ("<= 85 gg", "<= 80 gg", "<= 75 gg"), "40 %")]),
            ("OS.3.2", "Aggiornare il piano regionale di tutela delle acque", "30 %", "Direzione Ambiente ed Energia", [
                ("IR-09", "Stato di avanzamento delle attività previste dal cronoprogramma del piano", "%",
                 ("n.d.", "15 %"), (">= 40 %", ">= 80 %", ">= 100 %"), "100 %")])]),
        ("OS.4", "Valorizzare le competenze del personale regionale", "40 %", [
            ("OS.4.1", "Sviluppare le competenze digitali del personale del comparto e della dirigenza", "100 %",
             "Direzione Organizzazione e Personale", [
                 ("IR-10", "Dipendenti che hanno completato il percorso di formazione sulle competenze digitali", "%",
                  ("22,0 %", "35,7 %"), (">= 50 %", ">= 65 %", ">= 80 %"), "70 %"),
                 ("IR-11", "Ore medie di formazione per dipendente", "N.", ("14,2", "16,8"),
                  (">= 18", ">= 20", ">= 22"), "30 %")])])]),
    ("ECONOMICO-FINANZIARIA", "25 %", [
        ("OS.5", "Garantire l'equilibrio e la tempestività della gestione finanziaria", "100 %", [
            ("OS.5.1", "Ridurre i tempi di pagamento delle fatture commerciali", "50 %", "Direzione Bilancio e Finanze", [
                ("IR-12", "Indicatore annuale di tempestività dei pagamenti", "gg", ("-4,1 gg", "-6,3 gg"),
                 ("<= -7 gg", "<= -8 gg", "<= -8 gg"), "100 %")]),
            ("OS.5.2", "Recuperare l'evasione della tassa automobilistica regionale", "50 %",
             "Direzione Bilancio e Finanze", [
                 ("IR-13", "Somme riscosse dall'attività di recupero della tassa automobilistica", "EUR",
                  ("€ 18.420.000", "€ 19.105.000"), (">= € 19.500.000", ">= € 20.000.000", ">= € 20.500.000"),
                  "60 %"),
                 ("IR-14", "Avvisi di accertamento notificati entro l'anno successivo alla scadenza", "%",
                  ("88,9 %", "91,2 %"), (">= 92 %", ">= 93 %", ">= 94 %"), "40 %")])])]),
]

CSS = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8.4pt; color: #111; }
h1 { font-size: 12pt; margin: 0; color: #0b3d62; }
p.sub { font-size: 9.5pt; margin: 1mm 0 1.5mm 0; font-weight: bold; }
p.intro { margin: 0 0 3mm 0; text-align: justify; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #7d8a96; padding: 2.2pt 2.6pt; vertical-align: top; }
thead th { background: #dfe8f0; font-weight: bold; text-align: center; vertical-align: middle; }
tr { break-inside: avoid; }
tr.p td { background: #0b3d62; color: #fff; font-weight: bold; padding-top: 3pt; padding-bottom: 3pt; }
tr.s td { font-weight: bold; background: #eef3f7; }
tr.o td.t { padding-left: 7pt; font-style: italic; }
tr.i td.t { padding-left: 14pt; }
td.c { width: 12mm; white-space: nowrap; } td.w { width: 15mm; text-align: center; }
td.v { text-align: center; font-size: 7.8pt; } td.r { width: 26mm; }
p.foot { margin-top: 3mm; font-size: 7pt; color: #333; }"""


def build():
    name = "gen8-plan-chromium-1"
    cols = "<colgroup><col style='width:13mm'><col><col style='width:19mm'>" + "<col style='width:17mm'>" * 5 \
        + "<col style='width:25mm'></colgroup>"
    head = (cols + "<thead><tr>" + "<th rowspan=2>Codice</th><th rowspan=2>Obiettivo / indicatore</th>"
            "<th rowspan=2>Ponderazione</th><th colspan=2>Dato storico</th><th colspan=3>Valore atteso</th>"
            "<th rowspan=2>Struttura responsabile</th></tr><tr>"
            + "".join(f"<th>{y}</th>" for y in B + Y) + "</tr></thead>")
    rows, nodes, inds = [], [], []
    e5 = "<td class=v></td>" * 5
    for ptitle, pw, sts in TREE:
        rows.append("<tr class=p>" + td(ptitle, colspan=2) + td(pw, "w") + "<td colspan=6></td></tr>")
        nodes.append(node(None, "perspective", ptitle, weight=pw))
        for scode, stitle, sw, ops in sts:
            rows.append("<tr class=s>" + td(scode, "c") + td(stitle, "t") + td(sw, "w") + e5 + "<td></td></tr>")
            nodes.append(node(scode, "strategic", stitle, parent=ptitle, weight=sw))
            for ocode, otitle, ow, owner, ilist in ops:
                rows.append("<tr class=o>" + td(ocode, "c") + td(otitle, "t") + td(ow, "w") + e5
                            + td(owner, "r") + "</tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=ow, owners=[owner]))
                for icode, iname, unit, base, tg, iw in ilist:
                    rows.append("<tr class=i>" + td(icode, "c") + td(iname, "t") + td(iw, "w")
                                + "".join(td(x, "v") for x in base + tg) + "<td></td></tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=unit, weight=iw,
                                    baselines=[(y, b) for y, b in zip(B, base)], targets=list(zip(Y, tg))))
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano integrato di attività e organizzazione 2025-2027 – Sottosezione Performance<br>"
            "Allegato 1 – Quadro degli obiettivi e degli indicatori</p>",
            "<p class=intro>Il quadro riporta, per ciascuna prospettiva della mappa strategica, gli obiettivi "
            "strategici, gli obiettivi operativi assegnati alle direzioni e gli indicatori con cui ne è misurato il "
            "conseguimento. La ponderazione è espressa in percentuale rispetto al livello superiore; le prospettive "
            "sono ponderate sul totale dell'ente. Il dato storico riporta i valori consuntivi degli esercizi 2023 e "
            "2024 (n.d. = dato non disponibile perché l'indicatore è stato introdotto nel 2024).</p>",
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=foot>Gli obiettivi operativi sono declinati nei piani di lavoro delle direzioni entro il 31 "
            "gennaio di ciascun anno. Fonte dei dati storici: sistema di controllo di gestione regionale.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=False, margin="15mm 11mm 15mm 11mm",
                   top_right=q("PIAO 2025-2027 – Allegato 1"),
                   bottom_center=q("Pagina ") + " counter(page) " + q(" di ") + " counter(pages)",
                   hf_font='7pt "DejaVu Sans Condensed"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y, kind="plan")], nodes, inds)
    genre_readme(d, name, "plan", CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans Condensed 8.4 pt, ruled grid (grey-blue), two pages. Title (the region), a bold two-line
subtitle (`Piano integrato di attività e organizzazione 2025-2027 – Sottosezione Performance` / `Allegato 1 – Quadro
degli obiettivi e degli indicatori`), a paragraph explaining weights and the history columns, then ONE table with a
TWO-ROW header: `Codice | Obiettivo / indicatore | Ponderazione | Dato storico (2023 | 2024) | Valore atteso (2025 |
2026 | 2027) | Struttura responsabile`, the header REPEATED on page 2 (thead). BSC perspectives are dark full-width
band rows WITHOUT a code (`CITTADINI, IMPRESE E TERRITORIO`), their weight in the `Ponderazione` cell of the band;
strategic objectives are bold shaded rows (`OS.1`), operational objectives italic indented rows (`OS.1.2`) with the
responsible directorate in the last column, indicator rows carry their own code (`IR-07`), name, weight, two history
values and three targets. A running header `PIAO 2025-2027 – Allegato 1` and footer `Pagina n di N`. Truth:
perspectives `perspective` with code null (the strategic objectives' parent is the perspective title), strategic
`strategic`, operational `operational` (owners = the directorate), indicators under their operational objective;
baselines 2023 and 2024 (the `n.d.` baseline is kept as a raw), targets 2025-2027.
""", ["two-row grouped header `Dato storico` / `Valore atteso`, repeated after the page break",
      "perspectives as uncoded bands with a weight cell (`40 %`)",
      "weights printed with a space before the percent sign (`33,33 %`, thirds 33,33 + 33,33 + 33,34)",
      "header synonyms `Ponderazione`, `Dato storico`, `Valore atteso`",
      "codes `OS.1` / `OS.1.2` / `IR-07`",
      "targets `>= 42 %`, `<= 65 gg`, `non inferiore a 80 %`, `<= -7 gg`, `>= € 19.500.000`; baseline `n.d.`",
      "portrait, condensed sans 8.4 pt, running header and `Pagina n di N` footer"], [])
    return name


if __name__ == "__main__":
    print(build())
