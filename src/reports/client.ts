/**
 * The report page's style sheet (screen and print) and its one script: draws the charts with Vega's CSP-safe
 * interpreter, sorts tables, filters rows by document, status, region and search text, recounts the folded rows
 * by reason, and opens a folded section when a link points into it. The script reads its words from the page's
 * `report-labels` JSON block, so its text (and its CSP hash) is the same in every language.
 */
import { html } from './escape.js';

/** The page's style sheet: screen first, then `@media print`. */
export const STYLE_MARKUP = html`
body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1280px;padding:16px 24px;color:#222;line-height:1.5}
h1{margin:0 0 4px;font-size:26px}h2{margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px;font-size:20px}
#overview h2{margin-top:12px}
.meta{color:#666;font-size:13px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:middle}
table.summary-table{border-collapse:collapse;font-size:14px;width:100%;margin:6px 0}
table.summary-table th,table.summary-table td{border-bottom:1px solid #e3e3e3;padding:4px 8px;text-align:left;vertical-align:middle}
table.summary-table thead th{background:#f5f5f5;font-size:13px}
table.summary-table td.num,table.summary-table th.num{text-align:right;font-variant-numeric:tabular-nums}
table.summary-table td.n-met{color:#1a7f37;font-weight:bold}table.summary-table td.n-missed{color:#a40000;font-weight:bold}
table.summary-table tfoot th,table.summary-table tfoot td{font-weight:bold;border-top:2px solid #bbb}
table.summary-table tr.selected{background:#fff7d6}
.doc-link{color:inherit;text-decoration:none;border-bottom:1px dotted #888}.doc-link:hover{color:#0645ad}
.overview-chart{margin:8px 0}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;background:#f7f7f7;border:1px solid #e3e3e3;border-radius:6px;padding:8px 12px;margin:8px 0}
.filters label{font-size:13px}.filters select,.filters input{font:inherit;font-size:13px;margin-left:4px}.filters select{max-width:22em}
.filters input[type=search]{width:16em}.shown{font-size:13px;color:#555}
figure.chart{margin:16px 0;overflow-x:auto}figure.chart figcaption{font-weight:bold;margin-bottom:4px}
.vega{min-height:40px}
table.sortable{border-collapse:collapse;font-size:13px;width:100%}
table.sortable th,table.sortable td{border:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}
table.sortable th{background:#f5f5f5;position:sticky;top:0}
table.sortable th button{all:unset;cursor:pointer;font-weight:bold}
table.sortable th[aria-sort=ascending] button::after{content:" ▲"}
table.sortable th[aria-sort=descending] button::after{content:" ▼"}
td.num,td.nowrap{text-align:right;white-space:nowrap}td.nowrap{text-align:left}
details.fold{margin:12px 0;border:1px solid #e3e3e3;border-radius:6px;padding:6px 12px}
details.fold>summary{cursor:pointer;font-weight:bold}
table.reason-counts{border-collapse:collapse;font-size:13px;margin:6px 0}
table.reason-counts td,table.reason-counts th{border-bottom:1px solid #eee;padding:2px 10px;text-align:left}
table.reason-counts td.num{text-align:right}
.untranslated{background:#ffe8e8}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ol.quotes li{margin:6px 0}ol.quotes blockquote{margin:2px 0 2px 12px;padding-left:8px;border-left:3px solid #ccc}
ol.quotes li:target{background:#fff7d6}
.small{font-size:12px;color:#666}
[hidden]{display:none!important}
@media print{
@page{size:A4 landscape;margin:12mm}
body{max-width:none;padding:0;font-size:10pt;color:#000}
h2{break-after:avoid;margin-top:14pt}
.filters,noscript,.sort-hint,.shown{display:none!important}
table.sortable th{position:static}
table.sortable th button::after{content:""!important}
tr,figure.chart{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}
details.fold{border:none;padding:0}
details.fold>summary{list-style:none}
table.summary-table tr.selected{background:none}
}
`;

/** The page's script (classic script, ES5, no eval: it runs under a CSP that allows it by hash). */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var labelsEl = document.getElementById('report-labels');
  var labels = labelsEl ? JSON.parse(labelsEl.textContent) : {};
  function each(selector, f) { Array.prototype.forEach.call(document.querySelectorAll(selector), f); }

  each('div.vega[data-spec]', function (el) {
    function failed(e) {
      el.setAttribute('data-rendered', 'error');
      el.textContent = (labels.chartFailed || 'Chart failed: ') + e.message;
      console.error(e);
    }
    try {
      var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
      var vg = vegaLite.compile(spec).spec;
      // ast: true and the interpreter: expressions are walked, never compiled with new Function (CSP, no eval)
      var view = new vega.View(vega.parse(vg, null, { ast: true }), {
        renderer: 'svg', container: el, hover: true, expr: vega.expressionInterpreter
      });
      view.runAsync().then(function () { el.setAttribute('data-rendered', 'true'); }, failed);
    } catch (e) {
      failed(e);
    }
  });

  function key(cell, numeric) {
    var raw = cell.getAttribute('data-sort');
    if (raw === null) raw = cell.textContent;
    if (!numeric) return raw;
    var n = parseFloat(raw);
    return isNaN(n) ? null : n;
  }
  each('table.sortable', function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
          if (x === null && y === null) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          if (numeric) return dir * (x - y);
          return dir * String(x).localeCompare(String(y), 'zh-Hans-CN');
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // a link into a folded section opens it first, so that the browser can scroll to its target
  function reveal(hash) {
    if (!hash || hash.charAt(0) !== '#' || hash.length < 2) return;
    var el = document.getElementById(decodeURIComponent(hash.slice(1)));
    for (var p = el ? el.parentNode : null; p; p = p.parentNode) if (p.tagName === 'DETAILS') p.open = true;
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (a) reveal(a.getAttribute('href'));
  });
  window.addEventListener('hashchange', function () { reveal(location.hash); });
  reveal(location.hash);

  var bar = document.getElementById('filters');
  if (!bar) return;
  var fDoc = document.getElementById('f-doc');
  var fStatus = document.getElementById('f-status');
  var fRegion = document.getElementById('f-region');
  var fSearch = document.getElementById('f-search');
  var TABLES = ['gaps-table', 'unjudged-table', 'targets-table'];
  function bodyRows(id) {
    var t = document.getElementById(id);
    return t ? Array.prototype.slice.call(t.tBodies[0].rows) : [];
  }
  function apply() {
    var doc = fDoc.value, status = fStatus.value, region = fRegion.value;
    var q = fSearch.value.replace(/^\\s+|\\s+$/g, '').toLowerCase();
    var shown = {};
    TABLES.forEach(function (id) {
      var n = 0, all = 0;
      bodyRows(id).forEach(function (r) {
        var ok = (!doc || r.getAttribute('data-doc') === doc) &&
          (!status || r.getAttribute('data-status') === status) &&
          (!region || r.getAttribute('data-region') === region) &&
          (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
        r.hidden = !ok;
        all++;
        if (ok) n++;
      });
      shown[id] = [n, all];
    });
    var byCategory = {};
    bodyRows('unjudged-table').forEach(function (r) {
      if (r.hidden) return;
      var c = r.getAttribute('data-category');
      byCategory[c] = (byCategory[c] || 0) + 1;
    });
    each('[data-count-category]', function (cell) {
      cell.textContent = String(byCategory[cell.getAttribute('data-count-category')] || 0);
    });
    each('[data-shown-for]', function (el) {
      var s = shown[el.getAttribute('data-shown-for')];
      if (s) el.textContent = labels.shown + ' ' + s[0] + ' ' + labels.of + ' ' + s[1] + ' ' + labels.rows;
    });
    each('#doc-summary tbody tr', function (r) {
      if (doc && r.getAttribute('data-doc') === doc) r.classList.add('selected');
      else r.classList.remove('selected');
    });
    var fold = document.getElementById('unjudged');
    var folded = shown['unjudged-table'];
    if (fold && folded && folded[0] > 0 && (q || (status && fold.querySelector('tr[data-status="' + status + '"]')))) fold.open = true;
  }
  [fDoc, fStatus, fRegion].forEach(function (s) { s.addEventListener('change', apply); });
  fSearch.addEventListener('input', apply);
  document.getElementById('f-reset').addEventListener('click', function () {
    fDoc.value = ''; fStatus.value = ''; fRegion.value = ''; fSearch.value = '';
    apply();
  });
  each('a[data-filter-doc]', function (a) {
    a.addEventListener('click', function () {
      fDoc.value = a.getAttribute('data-filter-doc');
      apply();
    });
  });
  bar.hidden = false;
  apply();
})();
`;
