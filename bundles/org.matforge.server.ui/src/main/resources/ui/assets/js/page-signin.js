(function (MF) {
  'use strict';
  MF.pages = MF.pages || {};
  MF.pages.signin = function () {
    const input = MF.el('input', { type: 'password', id: 'token', name: 'token', size: 48, autocomplete: 'off', placeholder: 'token printed by ./matforge serve' });
    const msg = MF.el('p', { class: 'error', id: 'signin-error' });
    const form = MF.el('form', { id: 'signin-form' },
      MF.el('p', {}, 'Sign in with an API token. It is kept in this browser tab only (sessionStorage).'),
      MF.el('div', { class: 'row' }, input, MF.el('button', { type: 'submit', class: 'primary', id: 'signin' }, 'Sign in')), msg);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      msg.textContent = '';
      MF.token.set(input.value.trim());
      try {
        MF.me = await MF.api.me();
        MF.showWho();
        location.hash = MF.afterSignIn && !MF.afterSignIn.startsWith('#/signin') ? MF.afterSignIn : '#/runs';
        MF.afterSignIn = null;
      } catch (e) {
        MF.token.clear(); MF.me = null; MF.showWho();
        msg.textContent = e.status === 401 ? 'This token is not valid: ' + e.message : MF.describe(e);
      }
    });
    MF.mount(MF.el('h1', {}, 'Sign in'), MF.el('div', { class: 'card' }, form));
    input.focus();
  };
})(window.MF);
