#!/usr/bin/python3
"""Genre: assignment. One case:
- gen7-assignment-chromium-1: a comune's assignment of objectives to its sectors, portrait, Liberation Sans Narrow
  9.5 pt, ruled; ONE table whose FIRST COLUMN is the structure, one cell spanning all the rows of that structure
  (name, then `Dirigente: …` / `Comandante: …` in italics on a second line); then `Cod. | Obiettivo | Peso` spanning
  the objective's indicator rows, `Indicatore | Incidenza | Valore atteso 2026`; objective codes `OB_01`; the common
  objective OB_01 assigned to every structure with its own weight; header repeated (thead), the table runs over a
  page break inside a structure's spanning cell; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                     write_truth)

SCRIPT = "gen7_assignment.py"


def assignment_chromium():
    name = "gen7-assignment-chromium-1"
    org = "Città di Montemarzio"
    OB01 = ("OB_01", "Attuare le misure di prevenzione della corruzione e gli obblighi di trasparenza di competenza", [
        ("Misure di prevenzione di competenza attuate nei termini del Piano", "%", "50%", "100%"),
        ("Pubblicazioni in Amministrazione trasparente aggiornate entro i termini di legge", "%", "50%", "≥ 95%")])
    # unit (title, label, head, [(objective, weight)])
    units = [
        ("Settore Servizi finanziari e tributi", "Dirigente", "dott.ssa Marta Ricci", [
            (OB01, "20%"),
            (("OB_02", "Ridurre l'evasione dei tributi locali con il recupero delle annualità pregresse di IMU e TARI", [
                ("Avvisi di accertamento emessi sulle annualità pregresse", None, "60%", ">= 1.800"),
                ("Somme riscosse da attività di accertamento tributario", "EUR", "40%", "≥ 1.250.000,00 €")]), "45%"),
            (("OB_03", "Rispettare i tempi di pagamento delle fatture commerciali", [
                ("Indicatore annuale di tempestività dei pagamenti", "gg", "100%", "<= 0 gg")]), "35%")]),
        ("Settore Lavori pubblici e patrimonio", "Dirigente", "ing. Alessandro Fumagalli", [
            (OB01, "15%"),
            (("OB_04", "Realizzare gli interventi finanziati del programma triennale delle opere pubbliche", [
                ("Aggiudicazione dei lavori di riqualificazione energetica della scuola primaria di via dei Mille",
                 "date", "50%", "entro il 30/06/2026"),
                ("Avanzamento della spesa sugli interventi finanziati", "%", "50%", "≥ 70%")]), "50%"),
            (("OB_05", "Garantire la manutenzione programmata degli immobili comunali", [
                ("Interventi di manutenzione programmata eseguiti sul totale previsto", "%", "70%", "≥ 90%"),
                ("Tempo medio di intervento sulle segnalazioni urgenti", "gg", "30%", "<= 2 gg")]), "35%")]),
        ("Settore Servizi alla persona", "Dirigente", "dott. Luca Bernardini", [
            (OB01, "20%"),
            (("OB_06", "Ridurre le liste di attesa dei nidi d'infanzia comunali", [
                ("Bambini in lista di attesa al 31 dicembre", None, "100%", "<= 15")]), "40%"),
            (("OB_07", "Digitalizzare le domande di accesso ai servizi scolastici ed educativi", [
                ("Domande di iscrizione ai servizi scolastici presentate on line", "%", "60%", "≥ 95%"),
                ("Pagamento on line delle rette attivo per tutti i servizi", "text", "40%", "SI")]), "40%")]),
        ("Corpo di Polizia locale", "Comandante", "dott. Giorgio Serafini", [
            (OB01, "10%"),
            (("OB_08", "Aumentare i controlli per la sicurezza stradale in prossimità dei plessi scolastici", [
                ("Servizi di presidio agli ingressi e alle uscite delle scuole", None, "50%", ">= 320"),
                ("Controlli della velocità con strumenti di rilevazione", None, "50%", ">= 140")]), "90%")])]
    css = """body { font-family: "Liberation Sans Narrow", "Liberation Sans", sans-serif; font-size: 9.5pt; }
h1 { font-size: 14pt; margin: 0; } p.sub { font-size: 10.5pt; margin: 1mm 0 2mm 0; }
p.intro { margin: 0 0 3mm 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { background: #203864; color: #fff; padding: 3pt; border: 0.6pt solid #203864; font-size: 9pt; }
td { border: 0.6pt solid #7f8fa9; padding: 2.5pt 3pt; vertical-align: top; }
td.u { width: 30mm; background: #e8edf6; font-weight: bold; } td.u i { font-weight: normal; }
td.c { width: 13mm; font-weight: bold; } td.w, td.i { width: 15mm; text-align: center; } td.t { width: 22mm;
text-align: center; } td.o { width: 40mm; }"""
    head = ("<thead><tr>" + "".join(f"<th>{h}</th>" for h in
            ["Struttura", "Cod.", "Obiettivo", "Peso", "Indicatore", "Incidenza", "Valore atteso 2026"])
            + "</tr></thead>")
    rows, nodes, inds = [], [], []
    for utitle, label, head_name, objs in units:
        nrows = sum(len(o[2]) for o, _ in objs)
        nodes.append(node(None, "unit", utitle, owners=[head_name]))
        first_u = True
        for (code, otitle, ilist), w in objs:
            nodes.append(node(code, "operational", otitle, weight=w, unit=utitle))
            first_o = True
            for iname, unit, inc, tg in ilist:
                cells = ""
                if first_u:
                    cells += (f"<td class=u rowspan={nrows}>{esc(utitle)}<br><i>{label}: {esc(head_name)}</i>"
                              "</td>")
                    first_u = False
                if first_o:
                    n = len(ilist)
                    cells += (f"<td class=c rowspan={n}>{code}</td><td class=o rowspan={n}>{esc(otitle)}</td>"
                              f"<td class=w rowspan={n}>{w}</td>")
                    first_o = False
                cells += f"<td>{esc(iname)}</td><td class=i>{inc}</td><td class=t>{esc(tg)}</td>"
                rows.append(f"<tr>{cells}</tr>")
                inds.append(ind(iname, code, unit=unit, weight=inc, targets=[(2026, tg)], unit_org=utitle))
    body = (f"<h1>{esc(org)}</h1><p class=sub>Piano esecutivo di gestione 2026 – Obiettivi assegnati alle strutture "
            "e ai dirigenti</p><p class=intro>Ciascuna struttura riceve gli obiettivi indicati con il rispettivo peso "
            "sul totale degli obiettivi della struttura (100%); l'incidenza esprime il peso dell'indicatore "
            "all'interno dell'obiettivo. L'obiettivo OB_01 è comune a tutte le strutture. Il valore atteso è riferito "
            "al 31 dicembre 2026, salvo diversa scadenza indicata.</p>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<p class=intro style='margin-top:4mm'>Il Segretario generale – Il Sindaco</p>")
    h = html_page3(body, css, landscape=False, margin="18mm 14mm 16mm 14mm", top_left=q(org),
                   top_right=q("PEG 2026 – Allegato C"),
                   bottom_center='"pagina " counter(page) " di " counter(pages)',
                   hf_font='8pt "Liberation Sans Narrow"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2026], kind="assignment")], nodes, inds)
    genre_readme(d, name, "assignment", CHROMIUM.format(script=SCRIPT), """
Portrait A4, Liberation Sans Narrow 9.5 pt, ruled (blue-grey grid), dark-blue header repeated on each page (thead);
running header (the comune left, `PEG 2026 – Allegato C` right) and footer `pagina n di N`. Title (the comune),
`Piano esecutivo di gestione 2026 – Obiettivi assegnati alle strutture e ai dirigenti`, a paragraph. ONE table
`Struttura | Cod. | Obiettivo | Peso | Indicatore | Incidenza | Valore atteso 2026`. The organisational unit is
the FIRST COLUMN: one light-blue cell spanning all the rows of that unit, holding the unit's name in bold and, on a
second line in italics, `Dirigente: dott.ssa Marta Ricci` (for the police corps `Comandante: dott. Giorgio
Serafini`): truth unit node (level `unit`, parent null, owners = the name after the colon). Code, title and weight of
each objective span its indicator rows; each indicator row prints the name, its `Incidenza` (weight within the
objective) and the 2026 target. The table runs over the page break inside a unit: the unit cell's text is printed
only on the page where the unit starts, its rows continue under the repeated header. The common objective `OB_01` is
assigned to all four units with each unit's own weight (20%, 15%, 20%, 10%) and the same two indicators, weights and
targets. Truth: objectives level `operational`, `unit` = the unit name, parent null; indicators `unit_org` = the
unit, no code.
""", ["unit as a spanning first column with the manager on a second line (`Dirigente:` / `Comandante:`)",
      "objective codes `OB_01`; indicators without code",
      "header synonyms `Incidenza` (indicator weight) and `Valore atteso 2026` (target)",
      "page break inside a spanning unit cell, header repeated",
      "targets `100%`, `≥ 95%`, `>= 1.800`, `≥ 1.250.000,00 €`, `<= 0 gg`, `<= 2 gg`, `entro il 30/06/2026`, `SI`",
      "portrait, ruled, condensed font, running header and footer"], [])
    return name


if __name__ == "__main__":
    print(assignment_chromium())
