(function (MF) {
  'use strict';
  MF.pages.submit = async function () {
    let examples = [];
    try { examples = (await MF.api.examples()).examples || []; } catch (e) { MF.flash(MF.describe(e)); }
    const pick = MF.el('select', { id: 'example' }, MF.el('option', { value: '' }, 'pick an example…'),
      examples.map((x, i) => MF.el('option', { value: i }, x.name + (x.description ? ' — ' + x.description : ''))));
    const text = MF.el('textarea', { id: 'workflow', spellcheck: 'false', placeholder: 'paste a workflow (JSON), or pick an example' });
    const result = MF.el('div', { id: 'validation' });
    const validateButton = MF.el('button', { type: 'button', id: 'validate' }, 'Validate');
    const submitButton = MF.el('button', { type: 'button', class: 'primary', id: 'submit', disabled: !MF.hasScope('submit') }, 'Submit');
    pick.addEventListener('change', () => {
      const x = examples[Number(pick.value)];
      if (pick.value !== '' && x) { text.value = JSON.stringify(x.workflow, null, 2); MF.clear(result); }
    });
    validateButton.addEventListener('click', () => act(false));
    submitButton.addEventListener('click', () => act(true));

    async function act(submit) {
      MF.clear(result); MF.flash('');
      let workflow;
      try { workflow = JSON.parse(text.value); } catch (e) {
        result.append(MF.el('p', { class: 'error' }, 'Not valid JSON: ' + e.message)); return;
      }
      validateButton.disabled = submitButton.disabled = true;
      try {
        if (submit) {
          const r = await MF.api.submit(text.value);
          location.hash = '#/run/' + encodeURIComponent(r.id);
        } else {
          const v = await MF.api.validate(text.value);
          result.append(MF.el('p', { class: 'ok' }, 'Valid: ' + v.steps + ' steps.'));
        }
      } catch (e) {
        if (e instanceof MF.ApiError && (e.status === 422 || e.status === 400)) showProblems(e, workflow);
        else result.append(MF.el('p', { class: 'error' }, MF.describe(e) + (e.status === 429 ? ' (the queue is full; try again shortly)' : '')));
      } finally {
        validateButton.disabled = false; submitButton.disabled = !MF.hasScope('submit');
      }
    }
    /** The problems by JSON path, and again beside the step they belong to. */
    function showProblems(e, workflow) {
      const problems = e.problems.length ? e.problems : [{ path: '', message: e.message }];
      const byStep = new Map(); const general = [];
      for (const p of problems) {
        const m = /^steps\[(\d+)\]/.exec(p.path || '');
        if (m) { const k = Number(m[1]); if (!byStep.has(k)) byStep.set(k, []); byStep.get(k).push(p); } else general.push(p);
      }
      const item = (p) => MF.el('li', {}, p.path ? MF.el('span', { class: 'path' }, p.path) : null, p.message);
      result.append(MF.el('p', { class: 'error' }, e.message),
        MF.el('ul', { class: 'problems', id: 'problems' }, problems.map(item)));
      const steps = Array.isArray(workflow && workflow.steps) ? workflow.steps : [];
      if (steps.length && byStep.size) {
        result.append(MF.el('h2', {}, 'Steps'), MF.el('ol', { class: 'steps', start: 0 }, steps.map((s, i) => MF.el('li', { class: byStep.has(i) ? 'has-problem' : null },
          MF.el('code', {}, 'steps[' + i + ']'), ' ', (s && s.type) || '?', s && s.id ? ' (' + s.id + ')' : '',
          byStep.has(i) ? MF.el('ul', { class: 'problems' }, byStep.get(i).map(item)) : null))));
      }
    }
    MF.mount(MF.el('h1', {}, 'Submit a workflow'),
      MF.el('div', { class: 'row' }, pick),
      text,
      MF.el('div', { class: 'row' }, validateButton, submitButton, MF.hasScope('submit') ? null : MF.el('span', { class: 'muted' }, 'this token may not submit (scope submit)')),
      result);
  };
})(window.MF);
