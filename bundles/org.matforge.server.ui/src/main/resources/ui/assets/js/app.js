// Hash router: #/runs, #/run/<id>, #/submit, #/plugins, #/admin, #/signin. A page returns an optional cleanup.
(function (MF) {
  'use strict';
  MF.pages = MF.pages || {};
  let cleanup = null;
  MF.me = null;

  MF.signedOut = function (message) {
    MF.token.clear(); MF.me = null;
    showWho();
    if (location.hash !== '#/signin') location.hash = '#/signin';
    if (message) MF.flash(message);
  };
  const SCOPES = ['read', 'submit', 'admin']; // each includes the ones before it
  MF.hasScope = (s) => !!(MF.me && (MF.me.scopes || []).some((g) => SCOPES.indexOf(g) >= SCOPES.indexOf(s)));

  function showWho() {
    const who = document.getElementById('who');
    who.textContent = MF.me ? 'signed in as ' + (MF.me.token || 'token') + ' (' + (MF.me.scopes || []).join(', ') + ')' : '';
    document.getElementById('signout').hidden = !MF.me;
    document.getElementById('nav').hidden = !MF.me;
    for (const a of document.querySelectorAll('#nav a[data-scope]')) a.hidden = !MF.hasScope(a.dataset.scope);
  }
  MF.showWho = showWho;

  async function route() {
    if (cleanup) { try { cleanup(); } catch (e) { /* ignore */ } cleanup = null; }
    MF.flash('');
    const parts = (location.hash.replace(/^#\/?/, '') || 'runs').split('/');
    let name = parts[0];
    if (!MF.token.get() && name !== 'signin') {
      MF.afterSignIn = location.hash;
      location.replace('#/signin');
      return;
    }
    if (MF.token.get() && !MF.me && name !== 'signin') {
      try { MF.me = await MF.api.me(); showWho(); } catch (e) { MF.signedOut(MF.describe(e)); return; }
    }
    for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.page === name || (name === 'run' && a.dataset.page === 'runs'));
    const page = MF.pages[name];
    if (!page) { MF.mount(MF.el('h1', {}, 'Not found'), MF.el('p', {}, 'No page ' + name + '.')); return; }
    try {
      cleanup = await page(parts.slice(1).map(decodeURIComponent));
    } catch (e) {
      MF.flash(MF.describe(e));
    }
  }
  document.getElementById('signout').addEventListener('click', () => MF.signedOut());
  window.addEventListener('hashchange', route);
  showWho();
  route();
})(window.MF);
