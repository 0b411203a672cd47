(function (MF) {
  'use strict';
  const LIVE_STREAMS = 8; const PAGE = 50; const REFRESH_MS = 5000;

  /** Applies an SSE event of a run to {bar, status, message} views; returns the new status, if any. */
  MF.applyRunEvent = function (ev, views) {
    const d = ev.data && typeof ev.data === 'object' ? ev.data : {};
    if (ev.event === 'progress' || ev.event === 'status' || ev.event === 'done') {
      const p = d.progress !== undefined ? d.progress : d.value;
      if (typeof p === 'number' && views.bar) views.bar.set(p);
      if (d.message && views.message) views.message.textContent = d.message;
      if (d.status && views.status) MF.clear(views.status).appendChild(MF.statusLabel(d.status));
      if (ev.event === 'done' && views.bar && d.status === 'SUCCEEDED') views.bar.set(1);
      return d.status;
    }
    return undefined;
  };

  MF.pages.runs = async function () {
    const streams = new Map(); let timer = null; let offset = 0; let stopped = false;
    const status = MF.el('select', { id: 'filter-status' }, ['', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED'].map((s) => MF.el('option', { value: s }, s || 'any status')));
    const name = MF.el('input', { type: 'text', id: 'filter-name', placeholder: 'name contains' });
    const body = MF.el('tbody');
    const paging = MF.el('div', { class: 'row muted' });
    MF.mount(MF.el('h1', {}, 'Runs'),
      MF.el('div', { class: 'row' }, status, name, MF.el('a', { href: '#/submit' }, 'Submit a workflow')),
      MF.el('table', { id: 'runs' }, MF.el('thead', {}, MF.el('tr', {}, ['run', 'status', 'progress', 'message', 'submitted', 'finished'].map((h) => MF.el('th', {}, h)))), body),
      paging);
    status.addEventListener('change', () => { offset = 0; load(); });
    name.addEventListener('change', () => { offset = 0; load(); });

    async function load() {
      if (stopped) return;
      clearTimeout(timer);
      const q = { limit: PAGE, offset };
      if (status.value) q.status = status.value;
      if (name.value.trim()) q.name = name.value.trim();
      try {
        render(await MF.api.runs(q));
      } catch (e) { MF.flash(MF.describe(e)); }
      if (!stopped) timer = setTimeout(load, REFRESH_MS);
    }
    function render(page) {
      const runs = page.runs || [];
      MF.clear(body);
      const live = new Set();
      for (const r of runs) {
        const bar = MF.progressBar(r.status === 'SUCCEEDED' ? 1 : r.progress);
        const st = MF.el('span', {}, MF.statusLabel(r.status));
        const message = MF.el('span', { class: 'muted' }, r.error || r.message || '');
        body.appendChild(MF.el('tr', { dataset: { run: r.id } },
          MF.el('td', {}, MF.el('a', { href: '#/run/' + encodeURIComponent(r.id) }, r.name || r.id), MF.el('div', { class: 'muted' }, MF.el('code', {}, r.id))),
          MF.el('td', {}, st), MF.el('td', {}, bar), MF.el('td', {}, message),
          MF.el('td', {}, MF.time(r.submitted)), MF.el('td', {}, MF.time(r.finished))));
        if (!MF.FINISHED.includes(r.status) && live.size < LIVE_STREAMS) {
          live.add(r.id);
          const views = { bar, status: st, message };
          const known = streams.get(r.id);
          if (known) known.views = views;
          else {
            const entry = { views };
            entry.stream = MF.streamRun(r.id, (ev) => MF.applyRunEvent(ev, entry.views), () => { streams.delete(r.id); });
            streams.set(r.id, entry);
          }
        }
      }
      for (const [id, s] of streams) if (!live.has(id)) { s.stream.close(); streams.delete(id); }
      const total = page.total || runs.length;
      MF.clear(paging).append(
        (total ? (offset + 1) + '–' + (offset + runs.length) : '0') + ' of ' + total + ' ',
        MF.el('button', { type: 'button', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); load(); } }, 'newer'),
        MF.el('button', { type: 'button', disabled: offset + runs.length >= total, onclick: () => { offset += PAGE; load(); } }, 'older'));
    }
    await load();
    return () => { stopped = true; clearTimeout(timer); for (const s of streams.values()) s.stream.close(); };
  };
})(window.MF);
