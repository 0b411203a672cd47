// DOM building without innerHTML: every piece of data reaches the page as text (textContent / attributes).
window.MF = window.MF || {};
(function (MF) {
  'use strict';
  /** el('td', {class: 'num', title: x}, 'text', childNode, [more]) */
  MF.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    append(node, children);
    return node;
  };
  function append(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(node, c);
      else if (c instanceof Node) node.appendChild(c);
      else node.appendChild(document.createTextNode(String(c)));
    }
  }
  MF.clear = function (node) { while (node.firstChild) node.removeChild(node.firstChild); return node; };
  MF.mount = function (...children) { const main = MF.clear(document.getElementById('main')); append(main, children); return main; };
  MF.flash = function (message, kind) {
    const f = document.getElementById('flash');
    f.textContent = message || '';
    f.className = kind === 'info' ? 'info' : '';
    f.hidden = !message;
  };
  MF.progressBar = function (fraction, wide) {
    const inner = MF.el('span');
    const bar = MF.el('span', { class: wide ? 'bar wide' : 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 }, inner);
    bar.set = function (f) {
      const pct = Math.max(0, Math.min(100, Math.round((Number(f) || 0) * 100)));
      inner.style.width = pct + '%';
      bar.setAttribute('aria-valuenow', pct);
      bar.title = pct + ' %';
    };
    bar.set(fraction);
    return bar;
  };
  MF.statusLabel = function (status) { return MF.el('span', { class: 'status status-' + String(status).replace(/[^A-Z]/g, '') }, status || ''); };
  MF.time = function (iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString();
  };
  MF.bytes = function (n) {
    if (n === null || n === undefined) return '';
    const u = ['B', 'KB', 'MB', 'GB']; let i = 0; let v = Number(n);
    while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
    return (i === 0 ? v : v.toFixed(1)) + ' ' + u[i];
  };
  MF.FINISHED = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED'];
})(window.MF);
