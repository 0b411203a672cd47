(function (MF) {
  'use strict';
  const TABLE_ROWS = 500;

  MF.pages.run = async function (params) {
    const id = params[0];
    let run = await MF.api.run(id);
    let stream = null; let stopped = false;
    const bar = MF.progressBar(run.status === 'SUCCEEDED' ? 1 : run.progress, true);
    const status = MF.el('span', { id: 'run-status' }, MF.statusLabel(run.status));
    const message = MF.el('span', { class: 'muted', id: 'run-message' }, run.error || run.message || '');
    const cancel = MF.el('button', { type: 'button', id: 'cancel', hidden: MF.FINISHED.includes(run.status) || !MF.hasScope('submit') }, 'Cancel');
    const steps = MF.el('ol', { class: 'steps', start: 0 });
    const log = MF.el('pre', { class: 'log', id: 'run-log', hidden: true });
    const results = MF.el('div', { id: 'results' });
    cancel.addEventListener('click', async () => {
      try { await MF.api.cancel(id); MF.flash('cancel requested', 'info'); } catch (e) { MF.flash(MF.describe(e)); }
    });
    MF.mount(
      MF.el('h1', {}, run.name || id), MF.el('p', { class: 'muted' }, MF.el('code', {}, id)),
      MF.el('div', { class: 'card' },
        MF.el('div', { class: 'row' }, status, cancel, message), bar,
        MF.el('div', { class: 'row muted' }, 'submitted ' + MF.time(run.submitted), run.started ? ' · started ' + MF.time(run.started) : '', run.finished ? ' · finished ' + MF.time(run.finished) : ''),
        MF.el('h2', {}, 'Steps'), steps, log),
      results);
    renderSteps(run);

    function renderSteps(r) {
      MF.clear(steps).append(...(r.steps || []).map((s) => MF.el('li', { dataset: { step: s.index } },
        MF.el('code', {}, s.type), ' ', MF.statusLabel(s.status), ' ', MF.progressBar(s.status === 'SUCCEEDED' ? 1 : s.progress), ' ', MF.el('span', { class: 'muted' }, s.message || ''))));
    }
    async function refresh() {
      run = await MF.api.run(id);
      MF.clear(status).appendChild(MF.statusLabel(run.status));
      message.textContent = run.error || run.message || '';
      bar.set(run.status === 'SUCCEEDED' ? 1 : run.progress);
      cancel.hidden = MF.FINISHED.includes(run.status) || !MF.hasScope('submit');
      renderSteps(run);
    }
    /** After the stream: the results, or — if it broke off early (e.g. too many streams) — polling until the end. */
    async function finished() {
      while (!stopped) {
        await refresh();
        if (MF.FINISHED.includes(run.status)) { await showResults(run, results); return; }
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
    if (MF.FINISHED.includes(run.status)) {
      await showResults(run, results);
    } else {
      stream = MF.streamRun(id, (ev) => {
        MF.applyRunEvent(ev, { bar, status, message });
        if (ev.event === 'log') {
          log.hidden = false;
          const d = ev.data;
          log.append((typeof d === 'object' && d !== null ? (d.message || d.line || JSON.stringify(d)) : d) + '\n');
          log.scrollTop = log.scrollHeight;
        } else if (ev.event === 'step') {
          refresh().catch(() => {});
        }
      }, () => { if (!stopped) finished().catch((e) => MF.flash(MF.describe(e))); });
    }
    return () => { stopped = true; if (stream) stream.close(); };
  };

  async function showResults(run, root) {
    MF.clear(root);
    const artefacts = run.artefacts || [];
    root.append(MF.el('h2', {}, 'Downloads'), artefacts.length
      ? MF.el('table', { id: 'artefacts' }, MF.el('tbody', {}, artefacts.map((a) => MF.el('tr', {},
        MF.el('td', {}, MF.el('button', { type: 'button', class: 'download', dataset: { name: a.name }, onclick: () => MF.download(run.id, a.name).catch((e) => MF.flash(MF.describe(e))) }, a.name)),
        MF.el('td', { class: 'num' }, MF.bytes(a.size)), MF.el('td', { class: 'muted' }, a.mediaType || '')))))
      : MF.el('p', { class: 'muted' }, 'no artefacts'));
    const names = artefacts.map((a) => a.name);
    const table = await candidates(run.id, names);
    if (table && table.rows.length) {
      const charts = MF.candidateCharts(table);
      if (charts.length) {
        root.append(MF.el('h2', {}, 'Candidates, plotted'), MF.el('div', { class: 'charts', id: 'charts' }, charts));
        charts.forEach((c) => c.draw());
      }
      root.append(MF.el('h2', {}, 'Candidates'), MF.el('p', { class: 'muted' }, table.rows.length + ' candidates' + (table.rows.length > TABLE_ROWS ? ', the first ' + TABLE_ROWS + ' shown' : '') + '; click a column to sort'),
        sortableTable(table.columns, table.rows.slice(0, TABLE_ROWS)));
    }
    if (names.includes('report.html')) {
      const html = await (await MF.api.artefact(run.id, 'report.html')).text();
      // sandbox without allow-scripts or allow-same-origin: the report is shown, never run or given our token.
      const frame = MF.el('iframe', { class: 'report', id: 'report', sandbox: '', title: 'run report' });
      frame.srcdoc = html;
      root.append(MF.el('h2', {}, 'Report'), frame);
    }
  }

  async function candidates(id, names) {
    if (names.includes('candidates.csv')) return MF.parseCsv(await (await MF.api.artefact(id, 'candidates.csv')).text());
    if (names.includes('candidates.json')) {
      const json = await (await MF.api.artefact(id, 'candidates.json')).json();
      const rows = (Array.isArray(json) ? json : json.candidates || []).map(flatten);
      return { columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows };
    }
    return null;
  }
  function flatten(obj, prefix, out) {
    out = out || {};
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? prefix + '.' + k : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out); else out[key] = v === null ? '' : Array.isArray(v) ? v.join(' ') : v;
    }
    return out;
  }

  /** A table whose headers sort it (numbers as numbers, blanks last). */
  function sortableTable(columns, rows) {
    const body = MF.el('tbody');
    const numeric = Object.fromEntries(columns.map((c) => [c, rows.every((r) => r[c] === '' || isFinite(Number(r[c])))]));
    const heads = columns.map((c) => MF.el('th', { class: 'sortable', scope: 'col', dataset: { column: c } }, c));
    let by = null; let dir = 1;
    function fill() {
      MF.clear(body).append(...rows.map((r) => MF.el('tr', {}, columns.map((c) => numeric[c] && r[c] !== ''
        ? MF.el('td', { class: 'num', title: r[c] }, shortNumber(r[c])) : MF.el('td', {}, r[c])))));
    }
    heads.forEach((h) => h.addEventListener('click', () => {
      const c = h.dataset.column;
      dir = by === c ? -dir : 1; by = c;
      rows.sort((a, b) => {
        const x = a[c]; const y = b[c];
        if (x === '' || y === '') return (x === '') - (y === '');
        return dir * (numeric[c] ? Number(x) - Number(y) : String(x).localeCompare(String(y)));
      });
      heads.forEach((o) => o.removeAttribute('aria-sort'));
      h.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      fill();
    }));
    fill();
    return MF.el('div', { class: 'scroll' }, MF.el('table', { id: 'candidates' }, MF.el('thead', {}, MF.el('tr', {}, heads)), body));
  }
  /** Integers as they are, other numbers to 4 significant digits (the full value is the cell's title). */
  function shortNumber(text) {
    const v = Number(text);
    return Number.isInteger(v) ? String(v) : v.toPrecision(4);
  }
})(window.MF);
