#!/usr/bin/python3
"""h19-pira-chromium-1: a river-basin district authority's PIRA 2026-2028, HTML printed by Chromium. Landscape, URW
Gothic 7.3 pt, one grid table. Mission AND programme share ONE row-spanning first cell (`Missione 018` + name, blank
line, `Programma 018.013` + name); objective `OB.0n` + title and its `Stanziamento 2026` span the indicator rows;
resources IN THOUSANDS OF EURO with one decimal (`1.842,5`, stated in the subtitle); method of calculation in words;
ministerial indicator types; `Valore 2024`; operators written `=>` / `=<` / `=`; a total row. Clean. Content is
invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, readme13, write_truth  # noqa

SCRIPT = "gen19_pira.py"
NAME = "h19-pira-chromium-1"
ORG = "Autorità di Bacino Distrettuale dell'Appennino Adriatico"
YEARS = [2026, 2027, 2028]
T_OUT = "Indicatore di risultato (output)"
T_REAL = "Indicatore di realizzazione fisica"
T_IMP = "Indicatore di impatto (outcome)"

# (mission code, mission name, programme dotted code, programme name, [objectives])
# objective: (code, title, resources 2026 in thousands, [indicators])
# indicator: (name, type, method in words, unit, baseline 2024, [targets])
PROGS = [
    ("018", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "018.013",
     "Tutela e gestione delle risorse idriche e prevenzione del rischio idrogeologico", [
         ("OB.01", "Aggiornare il Piano di gestione del rischio di alluvioni del distretto", "1.842,5", [
             ("Comuni con mappe di pericolosità e rischio aggiornate", T_OUT,
              "Comuni con mappe aggiornate nell'anno / comuni del distretto × 100", "%", "38%",
              ["=> 55%", "=> 70%", "=> 85%"]),
             ("Misure del Piano con procedimento attuativo avviato", T_REAL,
              "Numero cumulato delle misure con atto di avvio adottato", "N.", "126", ["=> 140", "=> 160", "=> 180"])]),
         ("OB.02", "Rafforzare il monitoraggio del bilancio idrico e la gestione delle crisi idriche", "968,0", [
             ("Stazioni di misura delle portate integrate nella rete distrettuale", T_REAL,
              "Numero di stazioni che trasmettono dati in continuo al centro di monitoraggio", "N.", "212",
              ["=> 230", "=> 245", "=> 260"]),
             ("Tempo di pubblicazione del bollettino di severità idrica", T_OUT,
              "Giorni tra la chiusura della rilevazione mensile e la pubblicazione del bollettino", "gg", "9 gg",
              ["=< 7 gg", "=< 5 gg", "=< 5 gg"])]),
         ("OB.03", "Semplificare il rilascio dei pareri di compatibilità idraulica", "415,8", [
             ("Pareri di compatibilità resi entro 60 giorni dalla richiesta", T_IMP,
              "Pareri resi entro 60 giorni / pareri richiesti nell'anno × 100", "%", "71%",
              ["=> 80%", "=> 85%", "=> 90%"])]),
     ]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "032.003",
     "Servizi e affari generali per le amministrazioni di competenza", [
         ("OB.04", "Garantire la trasparenza e la tempestività della gestione amministrativa", "612,3", [
             ("Indicatore di tempestività dei pagamenti", T_OUT,
              "Ritardo medio dei pagamenti ponderato per l'importo delle fatture", "gg", "2 gg",
              ["=< 0 gg", "=< 0 gg", "=< 0 gg"]),
             ("Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", T_OUT,
              "Obblighi assolti / obblighi applicabili × 100", "%", "96%", ["= 100%", "= 100%", "= 100%"])]),
         ("OB.05", "Digitalizzare l'archivio tecnico storico dell'Autorità", "240,0", [
             ("Tavole e relazioni tecniche digitalizzate", T_REAL,
              "Numero cumulato di documenti digitalizzati e indicizzati", "N.", "18.400",
              ["=> 25.000", "=> 32.000", "=> 40.000"])]),
     ]),
]
TOTAL = "4.078,6"

CSS = """body { font-family: "URW Gothic", sans-serif; font-size: 7.3pt; color: #000; }
h1 { font-size: 12.5pt; margin: 0 0 1mm 0; } p.sub { font-size: 9pt; margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; }
thead th { background: #3b3b3b; color: #fff; font-weight: 600; padding: 3pt 2pt; border: 0.4pt solid #3b3b3b;
  vertical-align: bottom; }
td { border: 0.4pt solid #9a9a9a; padding: 2pt 2.5pt; vertical-align: top; }
td.mp { background: #efefe6; width: 34mm; } td.mp b { font-weight: 600; }
td.ob { width: 44mm; } td.r, td.v { text-align: right; white-space: nowrap; } td.c { text-align: center; }
tr.tot td { border-top: 1.2pt solid #000; font-weight: 600; }
tr { page-break-inside: avoid; }
p.note { font-size: 6.8pt; margin-top: 3mm; }"""


def build():
    nodes, inds, trs = [], [], []
    for mcode, mname, pcode, pname, objs in PROGS:
        prog_rows = sum(len(o[3]) for o in objs)
        first_prog = True
        for ocode, otitle, res, rows in objs:
            nodes.append(node(ocode, "strategic", otitle, resources=[res], mission=mcode,
                              programme=pcode.split(".")[1]))
            for k, (iname, typ, meth, um, base, tg) in enumerate(rows):
                cells = []
                if first_prog:
                    cells.append(f"<td class=mp rowspan={prog_rows}><b>Missione {mcode}</b><br>{esc(mname)}<br><br>"
                                 f"<b>Programma {pcode}</b><br>{esc(pname)}</td>")
                    first_prog = False
                if k == 0:
                    cells.append(f"<td class=ob rowspan={len(rows)}><b>{ocode}</b> {esc(otitle)}</td>"
                                 f"<td class=r rowspan={len(rows)}>{res}</td>")
                cells += [f"<td>{esc(iname)}</td>", f"<td>{esc(typ)}</td>", f"<td>{esc(meth)}</td>",
                          f"<td class=v>{esc(base)}</td>"] + [f"<td class=v>{esc(t)}</td>" for t in tg]
                trs.append("<tr>" + "".join(cells) + "</tr>")
                inds.append(ind(iname, ocode, unit=um, type=typ, formula_text=meth, baselines=[(2024, base)],
                                targets=list(zip(YEARS, tg))))
    trs.append(f"<tr class=tot><td colspan=2>Totale stanziamenti 2026 – obiettivi</td><td class=r>{TOTAL}</td>"
               "<td colspan=7></td></tr>")
    head = ("<thead><tr><th>Missione / Programma</th><th>Obiettivo</th><th>Stanziamento 2026</th><th>Indicatore</th>"
            "<th>Tipo</th><th>Metodo di calcolo</th><th>Valore 2024</th><th>Target 2026</th><th>Target 2027</th>"
            "<th>Target 2028</th></tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano degli indicatori e dei risultati attesi di bilancio – triennio "
            "2026-2028 (importi in migliaia di euro)</p><table>" + head + "<tbody>" + "".join(trs) +
            "</tbody></table><p class=note>Valore 2024: ultimo dato consolidato. Stanziamenti di competenza del "
            "bilancio di previsione 2026, in migliaia di euro. Gli operatori =&gt; e =&lt; indicano rispettivamente "
            "un valore minimo e un valore massimo da rispettare.</p>")
    h = html_page3(body, CSS, landscape=True, margin="11mm 10mm 13mm 10mm",
                   bottom_right=q("PIRA 2026-2028 · pagina ") + " counter(page)", hf_font='7pt "URW Gothic"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, resources_total=TOTAL)
    readme13(d, NAME, "pira", CHROMIUM.format(script=SCRIPT), """
Landscape A4, URW Gothic 7.3 pt, one grid table with a dark header row `Missione / Programma | Obiettivo |
Stanziamento 2026 | Indicatore | Tipo | Metodo di calcolo | Valore 2024 | Target 2026 | Target 2027 | Target 2028`,
repeated if the table breaks. Mission AND programme share ONE row-spanning first cell (`Missione 018` + name, blank
line, `Programma 018.013` + name). The objective (`OB.01` bold + title) and its `Stanziamento 2026` span the
objective's indicator rows. Resources are IN THOUSANDS OF EURO with one decimal (`1.842,5`), said only in the
subtitle; a `Totale stanziamenti 2026 – obiettivi` row closes the table. Method of calculation in words. Operators
`=>`, `=<`, `=`. Truth: objectives `strategic`, mission `018` / programme `013` (the dotted code split as in the
earlier PIRA cases), resources raw as printed, resources_total = the total row; the method goes to `formula_text`.
""", ["mission and programme stacked in ONE row-spanning cell", "programme printed with the dotted code `018.013`",
      "resources in thousands of euro with one decimal (unit only in the subtitle)", "operators `=>` / `=<`",
      "method of calculation in words only", "URW Gothic, dark header, landscape"],
     ["the total `4.078,6` equals the sum of the five objectives' stanziamenti (in thousands)",
      "`=< 7 gg / =< 5 gg / =< 5 gg`: lower-is-better targets going down, then flat",
      "`=< 0 gg` three years for the payment-timeliness indicator (baseline `2 gg`)",
      "`= 100%` three years (a compliance indicator)",
      "cumulative counts (`=> 25.000 / => 32.000 / => 40.000`) are not a change of unit"], [])
    return NAME


if __name__ == "__main__":
    print(build())
