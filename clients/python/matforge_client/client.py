"""The MatForge workflow server's REST API (/api/v1) for scripts and notebooks; standard library only."""

import csv
import http.client
import io
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

from .errors import ConnectionFailed, MatForgeError, RunFailed, error_for
from .sse import events

FINISHED = ("SUCCEEDED", "FAILED", "CANCELLED", "INTERRUPTED")


class Client:
    """A connection to one server with one token, e.g. ``Client("http://127.0.0.1:8321", "mf_...")``.

    Every method raises a subclass of :class:`MatForgeError` carrying the server's message: ``Unauthorized``,
    ``Forbidden``, ``NotFound``, ``Conflict``, ``InvalidWorkflow`` (with ``problems`` by JSON path), ``QueueFull``
    (with ``retry_after``), ``ConnectionFailed``, ``RunFailed``.
    """

    def __init__(self, url, token, timeout=60.0):
        if not url or not str(url).startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://, got %r" % (url,))
        if not token:
            raise ValueError("a token is required (printed by ./matforge serve on first start)")
        self.url = str(url).rstrip("/")
        self.token = token
        self.timeout = timeout

    def __repr__(self):
        return "Client(%r)" % self.url  # never the token

    # -- plumbing ---------------------------------------------------------------------------------------------
    def _request(self, method, path, body=None, content_type=None, headers=None, timeout=None, query=None, workflow=False):
        url = self.url + "/api/v1" + path
        if query:
            url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v is not None})
        all_headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        if content_type:
            all_headers["Content-Type"] = content_type
        all_headers.update(headers or {})
        request = urllib.request.Request(url, data=body, method=method, headers=all_headers)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout if timeout is None else timeout)
        except urllib.error.HTTPError as e:
            with e:
                raise error_for(e.code, e.read(), dict(e.headers.items()), invalid_workflow_on_400=workflow) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as e:
            reason = getattr(e, "reason", e)
            raise ConnectionFailed("cannot reach %s: %s" % (self.url, reason)) from None

    def _json(self, method, path, payload=None, query=None, workflow=False):
        body = None if payload is None else _encode(payload)
        with self._request(method, path, body, "application/json" if body is not None else None, query=query, workflow=workflow) as r:
            data = r.read()
        return json.loads(data.decode("utf-8")) if data else None

    # -- the API -------------------------------------------------------------------------------------------------
    def health(self):
        """``{"status": "up"}`` (needs no token, but the client sends it anyway)."""
        return self._json("GET", "/health")

    def me(self):
        """The token's label and scopes: ``{"scopes": [...], "token": label}``."""
        return self._json("GET", "/me")

    def plugins(self, kind=None):
        """The installed plug-ins (list of dicts: kind, id, name, description, bundle, bundleVersion, properties)."""
        return self._json("GET", "/plugins", query={"kind": kind}).get("plugins", [])

    def plugin_problems(self):
        """Bundles or components that failed (list of dicts: bundle, message)."""
        return self._json("GET", "/plugins").get("problems", [])

    def examples(self):
        """The shipped example workflows: list of ``{"name", "description", "workflow"}``."""
        return self._json("GET", "/examples").get("examples", [])

    def validate(self, workflow):
        """Checks a workflow (dict, JSON text or file path) without running it: ``{"valid": True, "steps": N}``;
        raises ``InvalidWorkflow`` whose ``problems`` give each error's JSON path."""
        return self._json("POST", "/workflows/validate", load_workflow(workflow), workflow=True)

    def submit(self, workflow):
        """Queues a workflow (dict, JSON text or file path); returns the run id. ``QueueFull`` when the queue is full."""
        return self._json("POST", "/runs", load_workflow(workflow), workflow=True)["id"]

    def runs(self, status=None, name=None, limit=50, offset=0):
        """Run summaries, newest first (list of dicts)."""
        return self._json("GET", "/runs", query={"status": status, "name": name, "limit": limit, "offset": offset}).get("runs", [])

    def status(self, run_id):
        """A run's status: id, name, status, times, progress (0..1), message, error, steps, artefacts."""
        return self._json("GET", "/runs/" + _segment(run_id))

    def cancel(self, run_id):
        """Asks the server to cancel a run; ``Conflict`` when it has already finished."""
        return self._json("POST", "/runs/" + _segment(run_id) + "/cancel")

    def stream(self, run_id, last_event_id=None, retries=10):
        """Yields the run's live events (:class:`Event`: ``event`` in status, step, progress, log, done; ``id``;
        ``data``) until ``done``. A dropped connection is resumed with ``Last-Event-ID``, so no event is missed
        or repeated; up to ``retries`` reconnections in a row without a new event."""
        failures = 0
        while True:
            headers = {"Accept": "text/event-stream"}
            if last_event_id is not None:
                headers["Last-Event-ID"] = str(last_event_id)
            try:
                with self._request("GET", "/runs/" + _segment(run_id) + "/events", headers=headers, timeout=max(self.timeout, 300)) as r:
                    for event in events(r):
                        failures = 0
                        if event.id is not None:
                            last_event_id = event.id
                        yield event
                        if event.event == "done":
                            return
            except (ConnectionFailed, http.client.HTTPException, OSError) as e:
                failures += 1
                if failures > retries:
                    raise ConnectionFailed("the event stream of run %s broke %d times in a row: %s" % (run_id, failures, e)) from None
                time.sleep(min(10.0, 0.5 * 2 ** failures))
                continue
            # the server closed the stream before 'done': reconnect and resume
            failures += 1
            if failures > retries:
                raise ConnectionFailed("the event stream of run %s ended %d times without 'done'" % (run_id, failures))
            time.sleep(min(10.0, 0.2 * 2 ** failures))

    def wait(self, run_id, timeout=None, on_event=None, check=True):
        """Follows the run's events until it ends; returns its final status. ``on_event(event)`` sees each event.
        With ``check`` a run that did not succeed raises ``RunFailed``; ``TimeoutError`` after ``timeout`` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        run = self.status(run_id)
        if run["status"] not in FINISHED:
            for event in self.stream(run_id):
                if on_event is not None:
                    on_event(event)
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError("run %s did not finish within %s s" % (run_id, timeout))
            run = self.status(run_id)
            while run["status"] not in FINISHED:  # 'done' was sent; the status follows at once
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError("run %s did not finish within %s s" % (run_id, timeout))
                time.sleep(0.2)
                run = self.status(run_id)
        if check and run["status"] != "SUCCEEDED":
            raise RunFailed(run)
        return run

    def artefact(self, run_id, name):
        """An artefact's bytes (for small files; use ``download`` for big ones)."""
        with self._request("GET", "/runs/" + _segment(run_id) + "/artefacts/" + _segment(name), headers={"Accept": "*/*"}) as r:
            return r.read()

    def candidates(self, run_id, as_dataframe=None):
        """The ranked candidates (candidates.csv): a pandas DataFrame when pandas is importable (or
        ``as_dataframe=True``), else a list of dicts with numbers as floats and blanks as None."""
        text = self.artefact(run_id, "candidates.csv").decode("utf-8")
        if as_dataframe is None or as_dataframe:
            try:
                import pandas
            except ImportError:
                if as_dataframe:
                    raise
            else:
                return pandas.read_csv(io.StringIO(text))
        return [{k: _value(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]

    def download(self, run_id, name, path=None):
        """Saves an artefact (e.g. ``report.html``) to ``path`` (a file, or a folder to keep its name; default: the
        current folder); returns the path written. Streams, so big model files are fine."""
        target = name if path is None else os.fspath(path)
        if os.path.isdir(target):
            target = os.path.join(target, os.path.basename(name))
        part = target + ".part"
        with self._request("GET", "/runs/" + _segment(run_id) + "/artefacts/" + _segment(name), headers={"Accept": "*/*"}) as r, open(part, "wb") as out:
            while True:
                chunk = r.read(1 << 16)
                if not chunk:
                    break
                out.write(chunk)
        os.replace(part, target)
        return target


def load_workflow(workflow):
    """A workflow as a dict: a dict as is, JSON text parsed, a path (str or os.PathLike) read."""
    if isinstance(workflow, dict):
        return workflow
    if isinstance(workflow, (str, os.PathLike)):
        text = os.fspath(workflow)
        if isinstance(workflow, str) and text.lstrip().startswith("{"):
            source = "the workflow text"
        else:
            source = text
            try:
                with open(text, encoding="utf-8") as f:
                    text = f.read()
            except OSError as e:
                raise MatForgeError("cannot read workflow %s: %s" % (source, e.strerror or e)) from None
        try:
            parsed = json.loads(text)
        except ValueError as e:
            raise MatForgeError("%s is not valid JSON: %s" % (source, e)) from None
        if not isinstance(parsed, dict):
            raise MatForgeError("%s is not a JSON object" % source)
        return parsed
    raise TypeError("a workflow is a dict, JSON text or a file path, not %s" % type(workflow).__name__)


def _encode(payload):
    return json.dumps(payload).encode("utf-8")


def _segment(value):
    return urllib.parse.quote(str(value), safe="")


def _value(text):
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text
