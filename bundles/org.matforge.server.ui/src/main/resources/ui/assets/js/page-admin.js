(function (MF) {
  'use strict';
  MF.pages.admin = async function () {
    if (!MF.hasScope('admin')) { MF.mount(MF.el('h1', {}, 'Admin'), MF.el('p', { class: 'error' }, 'This token has no admin scope.')); return; }
    const list = MF.el('div', { id: 'bundles' });
    const problems = MF.el('div', { id: 'admin-problems' });
    const outcome = MF.el('p', { id: 'upload-result' });
    const input = MF.el('input', { type: 'file', id: 'jar', accept: '.jar,application/java-archive' });
    const drop = MF.el('div', { class: 'drop', id: 'drop' }, 'Drop a plug-in or model bundle (.jar) here, or ', input);
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files[0]); });
    input.addEventListener('change', () => upload(input.files[0]));

    async function upload(file) {
      outcome.textContent = ''; outcome.className = '';
      if (!file) return;
      if (!/\.jar$/i.test(file.name)) { outcome.className = 'error'; outcome.textContent = file.name + ' is not a .jar'; return; }
      try {
        const r = await MF.api.put('/admin/bundles/' + encodeURIComponent(file.name), file, 'application/java-archive');
        outcome.className = 'ok';
        outcome.textContent = file.name + (r.status === 201 ? ' installed' : ' updated');
      } catch (e) { outcome.className = 'error'; outcome.textContent = MF.describe(e); }
      input.value = '';
      await load();
    }
    async function load() {
      const [b, p] = await Promise.all([MF.api.get('/admin/bundles'), MF.api.get('/admin/problems')]);
      MF.clear(list).append(MF.el('table', {}, MF.el('thead', {}, MF.el('tr', {}, ['file', 'bundle', 'version', 'state', 'problems', ''].map((h) => MF.el('th', {}, h)))),
        MF.el('tbody', {}, (b.bundles || []).map((x) => MF.el('tr', {},
          MF.el('td', {}, MF.el('code', {}, x.name)), MF.el('td', {}, x.symbolicName || ''), MF.el('td', {}, x.version || ''), MF.el('td', {}, x.state || ''),
          MF.el('td', { class: 'problem' }, (x.problems || []).map((m) => MF.el('div', {}, typeof m === 'string' ? m : m.message || JSON.stringify(m)))),
          MF.el('td', {}, MF.el('button', { type: 'button', onclick: () => remove(x.name) }, 'Remove')))))));
      const ps = p.problems || [];
      MF.clear(problems).append(ps.length ? MF.el('ul', { class: 'problems' }, ps.map((m) => MF.el('li', {},
        typeof m === 'string' ? m : [m.bundle ? MF.el('span', { class: 'path' }, m.bundle) : null, m.message || JSON.stringify(m)]))) : MF.el('p', { class: 'ok' }, 'none'));
    }
    async function remove(name) {
      if (!confirm('Remove ' + name + '?')) return;
      try { await MF.api.del('/admin/bundles/' + encodeURIComponent(name)); } catch (e) { MF.flash(MF.describe(e)); }
      await load();
    }
    MF.mount(MF.el('h1', {}, 'Admin'), MF.el('h2', {}, 'Install or update a bundle'), drop, outcome,
      MF.el('h2', {}, 'Bundles in the plug-in folder'), list, MF.el('h2', {}, 'Problems'), problems);
    await load();
  };
})(window.MF);
