// Plots drawn from a run's candidates with the vendored Chart.js (canvas): the same quantities as the report's
// candidate plots — each predicted property against its uncertainty, Pareto front highlighted, and its distribution.
(function (MF) {
  'use strict';
  const FRONT = '#2456a6'; const REST = 'rgba(102,112,133,0.55)';
  /** Predicted targets: columns t with a companion t_std. */
  MF.targetsOf = function (columns) { return columns.filter((c) => columns.includes(c + '_std')); };
  const num = (v) => (v === '' || v === null || v === undefined ? NaN : Number(v));

  MF.candidateCharts = function (table) {
    const cards = [];
    if (typeof Chart === 'undefined') return cards;
    for (const t of MF.targetsOf(table.columns)) {
      const pts = table.rows.map((r) => ({ x: num(r[t]), y: num(r[t + '_std']), label: r.formula, rank: num(r.pareto_rank) }))
        .filter((p) => isFinite(p.x) && isFinite(p.y));
      if (!pts.length) continue;
      cards.push(card('Predicted ' + t + ' and its uncertainty', (canvas) => new Chart(canvas, {
        type: 'scatter',
        data: { datasets: [
          { label: 'Pareto front (rank 1)', data: pts.filter((p) => p.rank === 1), backgroundColor: FRONT, pointRadius: 4 },
          { label: 'other candidates', data: pts.filter((p) => p.rank !== 1), backgroundColor: REST, pointRadius: 3 },
        ] },
        options: base({ x: t, y: t + ' std' }, {
          tooltip: { callbacks: { label: (c) => c.raw.label + ': ' + c.raw.x.toPrecision(4) + ' ± ' + c.raw.y.toPrecision(3) } },
        }),
      })));
      const values = pts.map((p) => p.x);
      const h = histogram(values, 20);
      cards.push(card('Distribution of predicted ' + t, (canvas) => new Chart(canvas, {
        type: 'bar',
        data: { labels: h.labels, datasets: [{ label: 'candidates', data: h.counts, backgroundColor: FRONT }] },
        options: base({ x: t, y: 'candidates' }, { legend: { display: false } }),
      })));
    }
    return cards;
  };
  function base(axes, plugins) {
    return {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: axes.x } }, y: { title: { display: true, text: axes.y } } },
      plugins: plugins,
    };
  }
  function card(title, draw) {
    const canvas = MF.el('canvas', { class: 'plot', 'aria-label': title, role: 'img' });
    const node = MF.el('div', { class: 'card' }, MF.el('div', { class: 'muted' }, title), MF.el('div', { style: 'position:relative;height:270px' }, canvas));
    node.draw = () => draw(canvas);
    return node;
  }
  function histogram(values, bins) {
    let lo = Math.min(...values); let hi = Math.max(...values);
    if (hi === lo) { lo -= 0.5; hi += 0.5; }
    const w = (hi - lo) / bins; const counts = new Array(bins).fill(0);
    for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / w))]++;
    return { counts, labels: counts.map((_, i) => (lo + (i + 0.5) * w).toPrecision(3)) };
  }
})(window.MF);
