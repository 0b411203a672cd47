(function (MF) {
  'use strict';
  MF.pages.plugins = async function () {
    const data = await MF.api.plugins();
    const plugins = data.plugins || [];
    const kinds = [...new Set(plugins.map((p) => p.kind))].sort();
    const sections = kinds.map((kind) => [
      MF.el('h2', {}, kind),
      MF.el('table', { class: 'plugins' },
        MF.el('thead', {}, MF.el('tr', {}, ['id', 'name', 'description', 'bundle', 'properties'].map((h) => MF.el('th', {}, h)))),
        MF.el('tbody', {}, plugins.filter((p) => p.kind === kind).map((p) => MF.el('tr', {},
          MF.el('td', {}, MF.el('code', {}, p.id)), MF.el('td', {}, p.name), MF.el('td', {}, p.description),
          MF.el('td', {}, (p.bundle || '') + ' ' + (p.bundleVersion || '')),
          MF.el('td', { class: 'muted' }, Object.entries(p.properties || {}).map(([k, v]) => MF.el('div', {}, k + ' = ' + (typeof v === 'object' ? JSON.stringify(v) : v)))))))),
    ]);
    const problems = data.problems || [];
    MF.mount(MF.el('h1', {}, 'Plug-ins'),
      MF.el('p', { class: 'muted' }, plugins.length + ' plug-ins of ' + kinds.length + ' kinds'),
      sections,
      MF.el('h2', {}, 'Problems'),
      problems.length
        ? MF.el('ul', { class: 'problems' }, problems.map((p) => MF.el('li', {}, MF.el('span', { class: 'path' }, p.bundle || ''), p.message)))
        : MF.el('p', { class: 'ok' }, 'none'));
  };
})(window.MF);
