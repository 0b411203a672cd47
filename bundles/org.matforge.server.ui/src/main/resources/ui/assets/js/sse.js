// Server-Sent Events over fetch (EventSource cannot send the bearer token), reconnecting with Last-Event-ID.
(function (MF) {
  'use strict';
  /**
   * Streams /runs/{id}/events. onEvent({event, id, data}) for each event (data parsed as JSON when it is JSON).
   * Returns {close()}. Ends after the 'done' event or close(); reconnects after a network error, resuming after
   * the last event id it saw.
   */
  MF.streamRun = function (runId, onEvent, onEnd) {
    let lastId = null; let closed = false; let controller = null; let retries = 0;
    async function connect() {
      while (!closed) {
        controller = new AbortController();
        const headers = MF.headers({ Accept: 'text/event-stream' });
        if (lastId !== null) headers['Last-Event-ID'] = lastId;
        let finished = false;
        try {
          const res = await fetch('/api/v1/runs/' + encodeURIComponent(runId) + '/events', { headers, signal: controller.signal });
          if (!res.ok) {
            if (res.status >= 400 && res.status < 500 && res.status !== 429) { closed = true; break; }
            throw new Error('HTTP ' + res.status);
          }
          retries = 0;
          finished = await read(res.body.getReader());
        } catch (e) {
          if (closed) break;
        }
        if (finished) { closed = true; break; }
        retries++;
        await new Promise((r) => setTimeout(r, Math.min(10000, 500 * 2 ** Math.min(retries, 5))));
      }
      if (onEnd) onEnd();
    }
    async function read(reader) {
      const decoder = new TextDecoder();
      let buffer = ''; let event = 'message'; let data = []; let id = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return false;
        buffer += decoder.decode(value, { stream: true });
        let nl;
        while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
          if (line === '') {
            if (data.length) {
              if (id !== null) lastId = id;
              const text = data.join('\n');
              let parsed = text;
              try { parsed = JSON.parse(text); } catch (e) { /* plain text */ }
              onEvent({ event, id, data: parsed });
              if (event === 'done') return true;
            }
            event = 'message'; data = []; id = null;
          } else if (!line.startsWith(':')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event = val;
            else if (field === 'data') data.push(val);
            else if (field === 'id') id = val;
          }
        }
      }
    }
    connect();
    return { close() { closed = true; if (controller) controller.abort(); } };
  };
})(window.MF);
