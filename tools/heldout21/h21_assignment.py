#!/usr/bin/python3
"""h21-assignment-chromium-1: budget objectives assigned to the structures of a southern local health authority,
printed by Chromium. Clean.

Landscape, Nimbus Sans 8.4 pt. One section per structure: a two-column INFO BOX (`Struttura`, `Dipartimento`,
`Direttore`, `Scheda n.`), then a table `Cod. | Obiettivo | Indicatore | Valore 2025 | Valore atteso 2026 | Peso %`
where the objective code, title and weight are printed ONLY on the objective's first indicator row (the following
rows leave them blank: no spanning cell), rows separated by dotted rules, and the section closes with a SIGNATURE
block (Direttore Generale / per accettazione). Codes carry the structure's prefix (`FAR.01`); transversal
objectives `TR.01` / `TR.02` recur with each structure's own weight. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (CHROMIUM, case_dir21, chromium_pdf, doc, esc, html_page3, ind, node, q,  # noqa: E402
                      readme13, write_truth)

NAME = "h21-assignment-chromium-1"
ORG = "Azienda Sanitaria Locale di Brindisi"
YEAR = 2026

TR1 = ("TR.01", "Rispetto degli obblighi di trasparenza e prevenzione della corruzione")
TR2 = ("TR.02", "Tempestività nella liquidazione delle fatture passive")
K_TR1 = ("Misure del PTPCT di competenza attuate nei termini", "%")
K_TR2 = ("Fatture liquidate entro 20 giorni dal ricevimento", "%")

# structure, department, director, [(code, title, weight, [(name, unit, base, target)])]
UNITS = [
    ("UOC Farmacia ospedaliera", "Dipartimento del Farmaco", "Annalisa Caliandro", [
        ("FAR.01", "Contenere la spesa per farmaci ad alto costo", "40", [
            ("Quota di biosimilari sul totale delle dispensazioni della molecola", "%", "74%", "≥ 80%"),
            ("Report trimestrali di monitoraggio della spesa trasmessi alla Direzione", "N.", "4", "= 4")]),
        ("FAR.02", "Tracciabilità dei dispositivi medici impiantabili", "35", [
            ("Dispositivi impiantabili registrati nel flusso DiMe", "%", "96,5%", "≥ 98%")]),
        (TR1[0], TR1[1], "15", [(K_TR1[0], "%", "100%", "= 100%")]),
        (TR2[0], TR2[1], "10", [(K_TR2[0], "%", "91%", "≥ 95%")]),
    ]),
    ("UOC Pronto Soccorso e Medicina d'urgenza", "Dipartimento Emergenza-Urgenza", "Cosimo Argentieri", [
        ("PS.01", "Ridurre i tempi di permanenza in Pronto Soccorso", "50", [
            ("Accessi con permanenza in PS superiore a 8 ore", "%", "14,2%", "≤ 10%"),
            ("Tempo mediano di attesa per i codici arancioni", "min", "22 min", "≤ 15 min")]),
        ("PS.02", "Appropriatezza dei ricoveri disposti dal Pronto Soccorso", "30", [
            ("Ricoveri da PS con DRG a rischio di inappropriatezza", "%", "15,8%", "≤ 12%")]),
        (TR1[0], TR1[1], "10", [(K_TR1[0], "%", "95%", "= 100%")]),
        (TR2[0], TR2[1], "10", [(K_TR2[0], "%", "88%", "≥ 95%")]),
    ]),
    ("UOSD Screening oncologici", "Dipartimento di Prevenzione", "Rita Pastore", [
        ("SCR.01", "Aumentare l'adesione allo screening mammografico", "33,34", [
            ("Adesione corretta allo screening mammografico", "%", "52%", "≥ 60%")]),
        ("SCR.02", "Aumentare l'adesione allo screening colorettale", "33,33", [
            ("Adesione allo screening colorettale", "%", "31%", "≥ 45%")]),
        ("SCR.03", "Garantire i tempi di refertazione", "33,33", [
            ("Referti negativi inviati entro 21 giorni dall'esame", "%", "n.d.", "≥ 90%")]),
    ]),
    ("UOC Gestione delle risorse umane", "Area amministrativa", "Vito Quarta", [
        ("RU.01", "Attuare il piano triennale dei fabbisogni di personale", "60", [
            ("Conclusione delle procedure concorsuali programmate per il 2026", "date", "–", "entro il 31/12/2026"),
            ("Posti banditi sul totale dei posti programmati", "%", "78%", "≥ 90%")]),
        (TR1[0], TR1[1], "25", [(K_TR1[0], "%", "100%", "= 100%")]),
        (TR2[0], TR2[1], "15", [(K_TR2[0], "%", "93%", "≥ 95%")]),
    ]),
]

CSS = """
body { font-family: "Nimbus Sans", "Helvetica", sans-serif; font-size: 8.4pt; color: #1a1a1a; }
h1 { font-size: 12.5pt; margin: 0; }
p.sub { margin: 1pt 0 8pt 0; font-size: 9pt; }
section { page-break-inside: avoid; margin-bottom: 12pt; }
table.info { border-collapse: collapse; width: 100%; margin-bottom: 4pt; border: 1pt solid #2d4f6b; }
table.info td { padding: 2.5pt 5pt; width: 25%; }
table.info td.l { color: #2d4f6b; font-weight: bold; width: 9%; }
table.ob { border-collapse: collapse; width: 100%; }
table.ob th { border-top: 1.2pt solid #2d4f6b; border-bottom: 1.2pt solid #2d4f6b; text-align: left; padding: 2pt 4pt;
              font-size: 8pt; }
table.ob td { padding: 2pt 4pt; border-bottom: 0.5pt dotted #777; vertical-align: top; }
table.ob tr.first td { border-top: 0.8pt solid #444; }
td.n { white-space: nowrap; text-align: center; }
td.w { text-align: right; font-weight: bold; }
div.sign { display: flex; justify-content: space-between; margin-top: 9pt; font-size: 7.8pt; }
div.sign div { width: 40%; border-top: 0.5pt solid #000; padding-top: 2pt; }
"""


def build():
    d = case_dir21(NAME)
    nodes, inds, secs = [], [], []
    for k, (unit, dept, boss, objs) in enumerate(UNITS, 1):
        nodes.append(node(None, "unit", unit, owners=[boss]))
        rows = []
        for code, title, w, kpis in objs:
            nodes.append(node(code, "operational", title, None, w, owners=[boss], unit=unit))
            for j, (name, um, base, tg) in enumerate(kpis):
                inds.append(ind(name, code, unit=um, unit_org=unit, baselines=[(2025, base)] if base not in
                                ("n.d.", "–") else [], targets=[(YEAR, tg)]))
                if j == 0:
                    rows.append(f'<tr class="first"><td class="n"><b>{code}</b></td><td>{esc(title)}</td>'
                                f'<td>{esc(name)}</td><td class="n">{esc(base)}</td><td class="n">{esc(tg)}</td>'
                                f'<td class="w">{w}</td></tr>')
                else:
                    rows.append(f'<tr><td></td><td></td><td>{esc(name)}</td><td class="n">{esc(base)}</td>'
                                f'<td class="n">{esc(tg)}</td><td></td></tr>')
        secs.append(
            "<section><table class='info'>"
            f"<tr><td class='l'>Struttura:</td><td><b>{esc(unit)}</b></td><td class='l'>Dipartimento:</td>"
            f"<td>{esc(dept)}</td></tr><tr><td class='l'>Direttore:</td><td>{esc(boss)}</td>"
            f"<td class='l'>Scheda n.:</td><td>{k} di {len(UNITS)}</td></tr></table>"
            "<table class='ob'><thead><tr><th style='width:6%'>Cod.</th><th style='width:27%'>Obiettivo</th>"
            "<th style='width:35%'>Indicatore</th><th style='width:10%'>Valore 2025</th>"
            "<th style='width:14%'>Valore atteso 2026</th><th style='width:8%;text-align:right'>Peso %</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
            "<div class='sign'><div>Il Direttore Generale</div><div>Per presa visione e accettazione, il Direttore "
            "della struttura</div></div></section>")
    body = (f"<h1>{esc(ORG)}</h1><p class='sub'>Schede di assegnazione degli obiettivi di budget – anno 2026 "
            "(negoziazione di budget con le strutture)</p>" + "".join(secs) +
            "<p style='font-size:7.5pt'>Il peso è espresso in centesimi del totale della scheda. Gli obiettivi TR "
            "sono trasversali a più strutture; il peso è stabilito per ciascuna scheda. n.d. = dato non "
            "disponibile; – = non applicabile.</p>")
    html = html_page3(body, CSS, landscape=True, margin="14mm 14mm 14mm 14mm",
                      bottom_center='"Budget 2026 – pagina " counter(page)', hf_font='7.5pt "Nimbus Sans"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    readme13(
        d, NAME, "assignment", CHROMIUM.format(script="h21_assignment.py"),
        "Landscape A4, Nimbus Sans 8.4 pt. Title, then one section per structure: a bordered info box "
        "(`Struttura:`, `Dipartimento:`, `Direttore:`, `Scheda n.: k di 4`), a table `Cod. | Obiettivo | "
        "Indicatore | Valore 2025 | Valore atteso 2026 | Peso %` with thick rules under the header and dotted "
        "rules between rows, objective code/title/weight ONLY on the first row of each objective (blank below, no "
        "spanning), and a two-line signature block. Truth: one `unit` node per Struttura (owners = Direttore); "
        "objectives one node per (objective, structure), parent null, `unit` = the structure, weight = the bare "
        "`Peso %` figure; indicators with `unit_org`; `Valore 2025` → baseline 2025 (`n.d.` / `–` not kept).",
        ["objective code, title and weight printed only on the first indicator row: blank continuation cells",
         "weight LAST column as bare figures (`40`, `33,34`)",
         "structure info box in two label/value columns, then a signature block closing each section",
         "codes carry the structure's prefix (`FAR.01`, `PS.02`, `SCR.03`, `RU.01`); transversal `TR.01`/`TR.02`",
         "rules: thick under the header, dotted between rows, no verticals"],
        ["weights sum to 100 per scheda (structure), not across the document (400 in all)",
         "`TR.01` weighs 15 / 10 / 25 and `TR.02` 10 / 10 / 15 in three structures: each scheda sets its own "
         "weight, not a conflict",
         "the UOSD scheda has no transversal objectives and thirds 33,34 + 33,33 + 33,33",
         "`≤ 10%`, `≤ 15 min`, `≤ 12%` below their 2025 values: lower is better",
         "`= 4` equals its 2025 value (mantenimento); `= 100%` against 100% in 2025",
         "the same indicator `Fatture liquidate entro 20 giorni dal ricevimento` has a different 2025 value in "
         "each structure",
         "`entro il 31/12/2026` date target with `–` as 2025 value; `n.d.` 2025 value",
         "indicators carry no weight of their own"],
        [])


if __name__ == "__main__":
    build()
