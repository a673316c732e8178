#include "outputs/html_report.hpp"

namespace allegato {

const char* report_css() {
  return R"CSS(
:root { --err: #b42318; --warn: #b54708; --info: #175cd3; --ok: #067647; --line: #d0d5dd; --soft: #f2f4f7; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; margin: 0; color: #101828; background: #fff; }
header { padding: 16px 24px; background: #1d2939; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
header .meta { margin: 4px 0 0; color: #d0d5dd; font-size: 12px; }
nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 24px; z-index: 2; }
/* A link to a finding or a tree node lands below the sticky bar, not under it. */
[id] { scroll-margin-top: 48px; }
nav a { margin-right: 16px; color: #344054; text-decoration: none; font-weight: 600; }
main { padding: 0 24px 48px; max-width: 1280px; }
h2 { margin-top: 28px; border-bottom: 2px solid var(--soft); padding-bottom: 4px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; gap: 12px; margin: 12px 0; flex-wrap: wrap; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 120px; }
.card b { display: block; font-size: 24px; }
.sev { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 700; color: #fff; }
.sev.error { background: var(--err); } .sev.warning { background: var(--warn); } .sev.info { background: var(--info); }
.card.error b { color: var(--err); } .card.warning b { color: var(--warn); } .card.info b { color: var(--info); }
ul.tree, ul.tree ul { list-style: none; padding-left: 18px; margin: 2px 0; }
ul.tree { padding-left: 0; }
.node { padding: 2px 0; }
.code { font-weight: 700; margin-right: 4px; }
.level { font-size: 11px; color: #475467; background: var(--soft); border-radius: 4px; padding: 0 4px; margin-right: 4px; }
.weight { font-variant-numeric: tabular-nums; color: #344054; margin-left: 6px; }
.bars { display: flex; align-items: center; gap: 8px; margin: 2px 0 4px; font-size: 12px; color: #475467; }
.bars svg { width: 320px; height: 16px; border: 1px solid var(--line); background: var(--soft); }
.sum.ok { color: var(--ok); } .sum.bad { color: var(--err); font-weight: 700; }
table.indicators { margin: 4px 0 8px; }
table.indicators td:first-child { white-space: nowrap; }
.flag { color: var(--err); font-weight: 700; margin-left: 4px; text-decoration: none; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; margin: 8px 0; }
.filters label { font-size: 12px; color: #475467; display: flex; flex-direction: column; }
#finding-count { font-weight: 600; }
ol#finding-list { list-style: none; padding: 0; }
li.finding { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
li.finding.error { border-left-color: var(--err); } li.finding.warning { border-left-color: var(--warn); } li.finding.info { border-left-color: var(--info); }
li.finding .head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
li.finding .rule { font-family: ui-monospace, monospace; font-weight: 700; }
li.finding .msg { margin: 4px 0; }
li.finding .ea { font-size: 12px; color: #475467; }
figure.page { margin: 6px 0; }
figure.page svg { width: 100%; max-width: 1100px; height: auto; border: 1px solid var(--line); cursor: zoom-in; display: block; }
figure.page figcaption { font-size: 12px; color: #475467; }
rect.hl { fill: rgba(255, 196, 0, 0.12); stroke: #d92d20; stroke-width: 1.6; }
text.tag { font: bold 8px sans-serif; }
.cells { font-size: 13px; } .cells code { background: var(--soft); padding: 0 4px; border-radius: 3px; border: 2px solid transparent; }
table.grid { margin: 6px 0; font-size: 11px; }
table.grid th { font-weight: 400; color: #667085; text-align: center; }
table.grid td { min-width: 48px; max-width: 220px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.grid td.hit { outline: 3px solid; outline-offset: -2px; background: #fffbe6; font-weight: 600; }
ul.captions { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: #344054; }
ul.captions i, .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: baseline; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 11px; color: #475467; margin: 0 0 4px; }
details > summary { cursor: pointer; }
details > summary::marker { color: #98a2b3; }
.tree-buttons button { font: inherit; font-size: 12px; }
.missing { font-size: 12px; color: #667085; }
.corrected { background: #fef0c7; }
td.corrected::after { content: " \270E"; color: #b54708; }
table.corrections del { color: #b42318; }
table.corrections ins { color: #067647; text-decoration: none; font-weight: 600; }
@media print {
  nav, .filters, .tree-buttons, #finding-count { display: none; }
  header { background: none; color: #000; padding: 0; }
  header .meta { color: #344054; }
  main { padding: 0; max-width: none; }
  li.finding, figure.page, table.indicators tr, .cards { break-inside: avoid; page-break-inside: avoid; }
  li.finding[hidden] { display: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure.page svg { max-height: 14cm; cursor: auto; }
  .sev { border: 1px solid #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";
}

const char* report_js() {
  return R"JS(
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding'));
  var severity = document.getElementById('f-severity');
  var rule = document.getElementById('f-rule');
  var doc = document.getElementById('f-doc');
  var text = document.getElementById('f-text');
  var count = document.getElementById('finding-count');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!severity.value || li.dataset.severity === severity.value) &&
               (!rule.value || li.dataset.rule === rule.value) &&
               (!doc.value || li.dataset.doc === doc.value) &&
               (!q || li.textContent.toLowerCase().indexOf(q) >= 0);
      li.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = (count.dataset.template || '{shown} / {total}')
      .replace('{shown}', shown).replace('{total}', items.length);
  }
  [severity, rule, doc].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-rule],[data-filter-severity]'), function (a) {
    a.addEventListener('click', function () {
      if (a.dataset.filterRule !== undefined) rule.value = a.dataset.filterRule;
      if (a.dataset.filterSeverity !== undefined) severity.value = a.dataset.filterSeverity;
      apply();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('figure.page svg'), function (svg) {
    svg.addEventListener('click', function () {
      var full = svg.getAttribute('data-full');
      var crop = svg.getAttribute('data-crop');
      svg.setAttribute('viewBox', svg.getAttribute('viewBox') === full ? crop : full);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-tree]'), function (b) {
    b.addEventListener('click', function () {
      var open = b.dataset.tree === 'open';
      Array.prototype.forEach.call(document.querySelectorAll('#tree details'), function (d) { d.open = open; });
    });
  });
  // report.html#filter?severity=error&rule=weight.sum opens with filters set.
  var preset = /^#filter\?(.*)$/.exec(location.hash);
  if (preset) {
    preset[1].split('&').forEach(function (pair) {
      var kv = pair.split('=');
      var value = decodeURIComponent(kv[1] || '');
      var el = {severity: severity, rule: rule, doc: doc, text: text}[kv[0]];
      if (el) el.value = value;
    });
  }
  apply();
  document.body.setAttribute('data-ready', '1');
})();
)JS";
}

}  // namespace allegato
