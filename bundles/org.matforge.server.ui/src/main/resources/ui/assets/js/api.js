// The REST client of the UI: bearer token from sessionStorage, errors as MF.ApiError with the server's message.
(function (MF) {
  'use strict';
  const BASE = '/api/v1';
  const KEY = 'matforge.token';
  MF.token = {
    get: () => sessionStorage.getItem(KEY),
    set: (t) => sessionStorage.setItem(KEY, t),
    clear: () => sessionStorage.removeItem(KEY),
  };
  class ApiError extends Error {
    constructor(status, code, message, problems) {
      super(message);
      this.status = status; this.code = code; this.problems = problems || [];
    }
  }
  MF.ApiError = ApiError;
  MF.headers = function (extra) {
    const h = Object.assign({ Accept: 'application/json' }, extra || {});
    const t = MF.token.get();
    if (t) h.Authorization = 'Bearer ' + t;
    return h;
  };
  async function errorOf(res) {
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    const e = body && body.error ? body.error : {};
    return new ApiError(res.status, e.code || 'http_' + res.status, e.message || (res.status + ' ' + res.statusText), e.problems);
  }
  /** Raw call: returns the Response when ok, throws ApiError otherwise. A 401 sends the user to sign in. */
  MF.call = async function (method, path, body, contentType) {
    const headers = MF.headers(contentType ? { 'Content-Type': contentType } : {});
    let res;
    try {
      res = await fetch(BASE + path, { method, headers, body });
    } catch (e) {
      throw new ApiError(0, 'unreachable', 'the server cannot be reached (' + e.message + ')');
    }
    if (!res.ok) {
      const err = await errorOf(res);
      if (res.status === 401 && path !== '/me') MF.signedOut(err.message);
      throw err;
    }
    return res;
  };
  MF.api = {
    get: async (path) => (await MF.call('GET', path)).json(),
    postJson: async (path, obj) => {
      const res = await MF.call('POST', path, obj === undefined ? undefined : (typeof obj === 'string' ? obj : JSON.stringify(obj)), 'application/json');
      return res.status === 204 ? null : res.json();
    },
    put: async (path, blob, type) => {
      const res = await MF.call('PUT', path, blob, type);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    del: async (path) => { await MF.call('DELETE', path); },
    me: () => MF.api.get('/me'),
    plugins: () => MF.api.get('/plugins'),
    examples: () => MF.api.get('/examples'),
    runs: (q) => MF.api.get('/runs' + (q ? '?' + new URLSearchParams(q) : '')),
    run: (id) => MF.api.get('/runs/' + encodeURIComponent(id)),
    cancel: (id) => MF.api.postJson('/runs/' + encodeURIComponent(id) + '/cancel'),
    validate: (text) => MF.api.postJson('/workflows/validate', text),
    submit: (text) => MF.api.postJson('/runs', text),
    artefactPath: (id, name) => '/runs/' + encodeURIComponent(id) + '/artefacts/' + encodeURIComponent(name),
    artefact: async (id, name) => MF.call('GET', MF.api.artefactPath(id, name)),
  };
  /** Saves an artefact through the browser (a plain link cannot carry the bearer token). */
  MF.download = async function (id, name) {
    const blob = await (await MF.api.artefact(id, name)).blob();
    const url = URL.createObjectURL(blob);
    const a = MF.el('a', { href: url, download: name });
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
  /** A message for any error, with the server's problems by path. */
  MF.describe = function (e) {
    if (!(e instanceof ApiError)) return String(e && e.message || e);
    return e.message + (e.problems.length ? ' — ' + e.problems.map((p) => (p.path ? p.path + ': ' : '') + p.message).join('; ') : '');
  };
})(window.MF);
