#!/usr/bin/python3
"""h21-results-chromium-1: results list without weights of a land-reclamation consortium, printed by Chromium.
Clean.

Portrait, Nimbus Roman 9.4 pt. DETAIL FIRST: per objective a shaded CAPTION BAND `04. Title — realizzazione 85,0%`
(the objective's percentage inside the caption, after an em dash) above a small table `Indicatore | Polarità |
Target % | Risultato %` with bare numbers (unit only in the header) and a `↑`/`↓` polarity column. Then a
`Riepilogo` with TWO SIDE-BY-SIDE tables `Codice | Descrizione | Percentuale di realizzazione` (objectives 01-04
left, 05-07 right). Realisation = plain mean of the capped indicator ratios. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (CHROMIUM, capped, case_dir21, chromium_pdf, dnum, doc, esc, html_page3, ind,  # noqa: E402
                      node, q, readme13, rnd, write_truth)

NAME = "h21-results-chromium-1"
ORG = "Consorzio di Bonifica Valle del Tammaro"
YEAR = 2025

# code, title, [(indicator, polarity, target, result)]
OBJS = [
    ("01.", "Efficienza della distribuzione irrigua", [
        ("Volumi consegnati agli utenti sui volumi derivati", "↑", "80", "76"),
        ("Turni irrigui rispettati secondo il calendario", "↑", "95", "97")]),
    ("02.", "Manutenzione ordinaria dei canali di bonifica", [
        ("Km di canali manutenuti sul programmato", "↑", "100", "90"),
        ("Interventi di espurgo eseguiti entro la stagione irrigua", "↑", "100", "100")]),
    ("03.", "Sicurezza idraulica del comprensorio", [
        ("Impianti idrovori con manutenzione programmata eseguita", "↑", "100", "100"),
        ("Segnalazioni di allagamento evase entro 48 ore", "↑", "90", "99")]),
    ("04.", "Riscossione dei contributi consortili", [
        ("Contributi riscossi sul ruolo emesso", "↑", "85", "68"),
        ("Istanze di sgravio in autotutela definite", "↑", "90", "81")]),
    ("05.", "Trasparenza e prevenzione della corruzione", [
        ("Obblighi di pubblicazione assolti nei termini", "↑", "100", "100")]),
    ("06.", "Qualità del rapporto con i consorziati", [
        ("Fatture pagate oltre i termini di legge", "↓", "5", "3"),
        ("Reclami degli utenti rimasti senza risposta", "↓", "0", "0")]),
    ("07.", "Digitalizzazione del catasto consortile", [
        ("Particelle aggiornate nel catasto digitale", "↑", "60", "45"),
        ("Istanze dei consorziati presentate online", "↑", "50", "dato in aggiornamento")]),
]


def ratio(pol, t, r):
    if not r[0].isdigit():
        return None
    t, r = Decimal(t), Decimal(r)
    if pol == "↑":
        return capped(r, t, "ge")
    return Decimal(100) if r <= t else capped(r, t, "le")


CSS = """
body { font-family: "Nimbus Roman", "Times New Roman", serif; font-size: 9.4pt; }
h1 { font-size: 13pt; margin: 0; } h2 { font-size: 11pt; margin: 14pt 0 5pt 0; border-bottom: 0.8pt solid #000; }
p.sub { margin: 2pt 0 8pt 0; }
div.cap { background: #d9e6d2; padding: 3pt 5pt; font-weight: bold; margin-top: 8pt; border: 0.6pt solid #6b8f5e;
          border-bottom: none; }
table { border-collapse: collapse; width: 100%; }
table.det th, table.det td { border: 0.5pt solid #6b8f5e; padding: 2pt 5pt; }
table.det th { background: #f0f4ee; font-weight: normal; font-style: italic; }
td.n { text-align: right; width: 14%; } td.p { text-align: center; width: 9%; }
div.pair { display: flex; gap: 14pt; }
div.pair table th { border-bottom: 1pt solid #000; text-align: left; padding: 2pt 3pt; font-size: 8.6pt; }
div.pair table td { padding: 2pt 3pt; border-bottom: 0.3pt solid #bbb; vertical-align: top; }
p.note { font-size: 8pt; margin-top: 8pt; }
.keep { page-break-inside: avoid; }
"""


def build():
    d = case_dir21(NAME)
    nodes, inds, parts, summ = [], [], [], []
    for code, title, kpis in OBJS:
        c = code.rstrip(".")
        rs = [x for x in (ratio(p, t, r) for _n, p, t, r in kpis) if x is not None]
        real = rnd(sum(rs) / len(rs), 1)
        raw = dnum(real, 1, group=False) + "%"
        nodes.append(node(c, "strategic", title, None, achievement=[(YEAR, raw)]))
        summ.append((code, title, raw))
        rows = "".join(f"<tr><td>{esc(n)}</td><td class='p'>{p}</td><td class='n'>{t}</td>"
                       f"<td class='n'>{esc(r)}</td></tr>" for n, p, t, r in kpis)
        for n, p, t, r in kpis:
            inds.append(ind(n, c, unit="%", targets=[(YEAR, t)], results=[(YEAR, r)]))
        parts.append(f"<div class='keep'><div class='cap'>{esc(code)} {esc(title)} — realizzazione {raw}</div>"
                     "<table class='det'><tr><th>Indicatore</th><th>Polarità</th><th>Target %</th>"
                     f"<th>Risultato %</th></tr>{rows}</table></div>")

    def half(items):
        rows = "".join(f"<tr><td>{esc(c)}</td><td>{esc(t)}</td><td style='text-align:right'>{r}</td></tr>"
                       for c, t, r in items)
        return ("<table><tr><th style='width:14%'>Codice</th><th>Descrizione</th>"
                f"<th style='width:28%;text-align:right'>Percentuale di realizzazione</th></tr>{rows}</table>")

    body = (f"<h1>{esc(ORG)}</h1><p class='sub'>Relazione sulla performance 2025 – Allegato A: risultati degli "
            "obiettivi e degli indicatori al 31/12/2025</p><h2>1. Risultati per obiettivo</h2>" + "".join(parts) +
            "<div class='keep'><h2>2. Riepilogo</h2><div class='pair'><div style='flex:1'>" + half(summ[:4]) +
            "</div><div style='flex:1'>" + half(summ[4:]) + "</div></div></div>"
            "<p class='note'>Target % e Risultato % sono espressi in punti percentuali. Polarità: ↑ valore minimo da "
            "raggiungere; ↓ valore massimo da non superare. La realizzazione di ciascun obiettivo è la media "
            "semplice dei rapporti risultato/target degli indicatori (target/risultato per quelli con polarità ↓), "
            "ciascuno limitato al 100%; gli indicatori con dato in aggiornamento non concorrono alla media.</p>")
    html = html_page3(body, CSS, landscape=False, margin="18mm 18mm 16mm 18mm",
                      bottom_right='"Pag. " counter(page)', top_right=q("Relazione sulla performance 2025"),
                      hf_font='8pt "Nimbus Roman"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds)
    readme13(
        d, NAME, "results list without weights (unknown)", CHROMIUM.format(script="h21_results.py"),
        "Portrait A4, Nimbus Roman 9.4 pt. Part 1: per objective a green CAPTION BAND `01. Title — realizzazione "
        "97,5%` over a ruled table `Indicatore | Polarità | Target % | Risultato %` (bare numbers, the unit only in "
        "the header, arrows ↑/↓ for polarity). Part 2 `Riepilogo`: two side-by-side borderless tables `Codice | "
        "Descrizione | Percentuale di realizzazione` (01-04 left, 05-07 right). A note explains the rule. Truth: "
        "objectives `strategic`, code without the trailing dot, achievement 2025 = the printed realisation (same "
        "in caption and summary); indicators with unit `%`, target and result 2025 as printed (bare), no "
        "achievement (none is printed per indicator); `dato in aggiornamento` kept as a result raw.",
        ["detail BEFORE the summary; the objective's percentage inside the caption band after an em dash",
         "summary split into two side-by-side tables",
         "polarity column with arrows ↑ / ↓",
         "codes with a trailing dot `01.`", "Nimbus Roman font, green captions"],
        ["no weights anywhere: realisations are plain means of the indicators' capped ratios",
         "results above target capped at 100% (`97` vs `95`, `99` vs `90`)",
         "objective 06: `↓` indicators where a result BELOW target is good (`3` vs `5`), and `0` vs `0` counts "
         "as met",
         "objective 07: `dato in aggiornamento` left out of the mean, so 75,0% rests on one indicator",
         "objective 04 at 85,0%: a low realisation is a result, not an inconsistency",
         "every objective's percentage is printed twice (caption and summary), with the same value"],
        [])


if __name__ == "__main__":
    build()
