#!/usr/bin/python3
"""Family: tree. Chromium: a borderless staircase `Area strategica | Obiettivo strategico | Obiettivo operativo |
Indicatore | Target 2026 | Target 2027` where each level's cell is printed only on the first row of its subtree
(blank below), all levels on the row of their first indicator; two pages."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import (case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                     write_readme, write_truth)


def citta():
    name = "fam4-tree-chromium-1"
    org = "Città Metropolitana di Portolargo"
    Y1, Y2 = 2026, 2027
    tree = [
        ("1", "Sviluppo economico e lavoro", [
            ("1.1", "Sostenere l'occupazione e le competenze", [
                ("1.1.1", "Potenziare i servizi dei centri per l'impiego", [
                    ("Utenti presi in carico entro 30 giorni dalla registrazione", ">= 80%", ">= 85%", "%"),
                    ("Offerte di lavoro pubblicate sul portale metropolitano", ">= 1.500", ">= 1.700", "N."),
                    ("Imprese che utilizzano il servizio di preselezione", ">= 220", ">= 250", "N.")]),
                ("1.1.2", "Attivare percorsi di orientamento per i giovani", [
                    ("Studenti coinvolti nei percorsi di orientamento", ">= 3.000", ">= 3.300", "N."),
                    ("Istituti scolastici aderenti", ">= 40", ">= 45", "N.")])]),
            ("1.2", "Attrarre investimenti sul territorio", [
                ("1.2.1", "Semplificare l'insediamento di nuove attività produttive", [
                    ("Tempo medio di conclusione dei procedimenti SUAP", "<= 45 gg", "<= 40 gg", "gg"),
                    ("Aree produttive censite nel catalogo online", "= 100%", "= 100%", "%")])])]),
        ("2", "Territorio, ambiente e mobilità", [
            ("2.1", "Migliorare la sicurezza della rete stradale metropolitana", [
                ("2.1.1", "Eseguire il piano di manutenzione delle strade provinciali", [
                    ("Chilometri di pavimentazione rinnovati", ">= 35", ">= 40", "N."),
                    ("Segnalazioni di pericolo risolte entro 48 ore", ">= 90%", ">= 92%", "%"),
                    ("Ponti e viadotti ispezionati secondo le linee guida", "= 100%", "= 100%", "%")]),
                ("2.1.2", "Installare sistemi di rilevazione della velocità", [
                    ("Postazioni attivate", ">= 8", ">= 12", "N.")])]),
            ("2.2", "Ridurre le emissioni del trasporto pubblico", [
                ("2.2.1", "Rinnovare il parco autobus extraurbano", [
                    ("Autobus elettrici o a idrogeno in servizio", ">= 30", ">= 45", "N."),
                    ("Emissioni di CO2 per chilometro percorso", "<= 1,05 kg", "<= 0,98 kg", "kg")]),
                ("2.2.2", "Estendere la rete delle piste ciclabili metropolitane", [
                    ("Chilometri di piste ciclabili realizzati", ">= 12", "N/D", "N."),
                    ("Stazioni di bike sharing attivate nei comuni di cintura", ">= 10", ">= 18", "N.")])]),
            ("2.3", "Tutelare le risorse idriche", [
                ("2.3.1", "Intensificare i controlli sugli scarichi", [
                    ("Controlli eseguiti sugli scarichi autorizzati", ">= 400", ">= 420", "N."),
                    ("Procedimenti di diffida conclusi entro 60 giorni", ">= 85%", ">= 90%", "%")])])]),
        ("3", "Ente efficiente e trasparente", [
            ("3.1", "Digitalizzare i servizi ai comuni del territorio", [
                ("3.1.1", "Gestire in forma associata le gare dei comuni", [
                    ("Procedure di gara svolte dalla stazione unica appaltante", ">= 60", ">= 70", "N."),
                    ("Tempo medio di aggiudicazione", "<= 120 gg", "<= 110 gg", "gg")]),
                ("3.1.2", "Attivare il fascicolo digitale dei comuni", [
                    ("Comuni che utilizzano il fascicolo digitale", ">= 25", ">= 40", "N.")])]),
            ("3.2", "Garantire la trasparenza e l'integrità", [
                ("3.2.1", "Aggiornare tempestivamente la sezione Amministrazione trasparente", [
                    ("Obblighi di pubblicazione assolti nei termini", "= 100%", "= 100%", "%"),
                    ("Dipendenti formati sul codice di comportamento", ">= 90%", ">= 95%", "%")])])]),
    ]
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 10.5pt; margin: 1mm 0 5mm 0; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { text-align: left; font-size: 8.5pt; color: #1a5276; padding: 3pt 4pt; vertical-align: bottom; }
td { padding: 3pt 4pt; vertical-align: top; } tr { break-inside: avoid; }
td.a { width: 30mm; font-weight: bold; } td.s { width: 46mm; font-weight: bold; color: #1a5276; } td.o { width: 52mm; font-style: italic; }
td.t, th.t { width: 22mm; text-align: center; }"""
    h = [f"<h1>{esc(org)}</h1>",
         f"<p class=sub>Piano integrato di attività e organizzazione {Y1}-{Y2} – Albero della performance</p>",
         "<table><thead><tr><th>Area strategica</th><th>Obiettivo strategico</th><th>Obiettivo operativo</th>"
         f"<th>Indicatore</th><th class=t>Target {Y1}</th><th class=t>Target {Y2}</th></tr></thead><tbody>"]
    nodes, inds = [], []
    for acode, atitle, sts in tree:
        nodes.append(node(acode, "area", atitle))
        a_shown = False
        for scode, stitle, ops in sts:
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            s_shown = False
            for ocode, otitle, ilist in ops:
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for k, (iname, t1, t2, unit) in enumerate(ilist):
                    ca = "" if a_shown else f"{acode} – {esc(atitle)}"
                    cs = "" if s_shown else f"{scode} {esc(stitle)}"
                    co = f"{ocode} {esc(otitle)}" if k == 0 else ""
                    a_shown = s_shown = True
                    h.append(f"<tr><td class=a>{ca}</td><td class=s>{cs}</td><td class=o>{co}</td>"
                             f"<td>{esc(iname)}</td><td class=t>{esc(t1)}</td><td class=t>{esc(t2)}</td></tr>")
                    inds.append(ind(iname, ocode, unit=unit, targets=[(Y1, t1), (Y2, t2)]))
    h.append("</tbody></table>")
    h.append("<p>I valori obiettivo sono definiti sulla base dei dati di monitoraggio al 30 settembre 2025.</p>")
    d = case_dir(name)
    chromium_pdf(html_page3("\n".join(h), css, landscape=True, margin="14mm 14mm", top_right=q(org),
                            bottom_right='counter(page) "/" counter(pages)'),
                 os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [Y1, Y2], kind="plan")], nodes, inds, [finding(
        "target.missing", "Chilometri di piste ciclabili realizzati",
        "the 2027 target prints `N/D`: no target for a year of the plan")])
    write_readme(d, name, """
Landscape A4, Chromium, Liberation Sans 9 pt, BORDERLESS (no rules at all; levels told apart only by bold / colour /
italics), two pages with the header row repeated (thead). Title and `Piano integrato … 2026-2027 – Albero della
performance`. One table `Area strategica | Obiettivo strategico | Obiettivo operativo | Indicatore | Target 2026 |
Target 2027`: a STAIRCASE where every row is an indicator row, and each level's cell is printed only on the first
row of its subtree, blank below (area `1 – Sviluppo economico e lavoro`, strategic `1.1 Sostenere …`, operational
`1.1.1 Potenziare …` all on the row of their first indicator). Area 3 continues on page 2 (objective `3.2`) with its
area cell blank. Indicators carry no code. Truth: areas `area` (code `1`, title after the dash), strategic `1.1` (parent
`1`), operational `1.1.1` (parent `1.1`); indicators under the operational objective; targets 2026/2027 as printed.
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples4/fam4_tree.py`.",
                 ["staircase with all levels on the first indicator row of each subtree, blank below",
                  "borderless, levels distinguished by typography only", "page break inside a subtree"],
                 ["`target.missing` on `Chilometri di piste ciclabili realizzati`: its 2027 target prints `N/D`"])


if __name__ == "__main__":
    citta()
