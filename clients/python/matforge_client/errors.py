"""Exceptions carrying the server's error: status, code, message and the problems by JSON path."""


class MatForgeError(Exception):
    """Base of every error this client raises."""


class ConnectionFailed(MatForgeError):
    """The server could not be reached (refused, timed out, DNS)."""


class ApiError(MatForgeError):
    """The server answered with an error body ``{"error": {"status", "code", "message", "problems"}}``."""

    def __init__(self, status, code, message, problems=None, headers=None):
        self.status = status
        self.code = code
        self.message = message
        self.problems = list(problems or [])
        self.headers = dict(headers or {})
        super().__init__(self._describe())

    def _describe(self):
        text = "%s (HTTP %s, %s)" % (self.message, self.status, self.code)
        for p in self.problems:
            text += "\n  %s: %s" % (p.get("path", ""), p.get("message", "")) if p.get("path") else "\n  %s" % p.get("message", "")
        return text


class Unauthorized(ApiError):
    """401: no token, or a token the server does not know."""


class Forbidden(ApiError):
    """403: the token lacks the scope (read < submit < admin)."""


class NotFound(ApiError):
    """404: no such run, artefact or path."""


class Conflict(ApiError):
    """409: e.g. cancelling a run that has finished."""


class InvalidWorkflow(ApiError):
    """422 (or 400): the workflow was refused; ``problems`` lists each error with its JSON path."""


class QueueFull(ApiError):
    """429: the run queue is full; ``retry_after`` is the server's suggested wait in seconds (or None)."""

    @property
    def retry_after(self):
        value = self.headers.get("retry-after")
        try:
            return int(value) if value is not None else None
        except ValueError:
            return None


class RunFailed(MatForgeError):
    """``wait`` saw the run end as FAILED, CANCELLED or INTERRUPTED; ``run`` is its final status."""

    def __init__(self, run):
        self.run = run
        super().__init__("run %s ended %s: %s" % (run.get("id"), run.get("status"), run.get("error") or run.get("message") or "no message"))


_BY_STATUS = {401: Unauthorized, 403: Forbidden, 404: NotFound, 409: Conflict, 422: InvalidWorkflow, 429: QueueFull}


def error_for(status, body, headers=None, invalid_workflow_on_400=False):
    """The exception for an error answer; ``body`` is the raw bytes of the answer."""
    import json

    error = {}
    try:
        parsed = json.loads(body.decode("utf-8")) if body else {}
        if isinstance(parsed, dict) and isinstance(parsed.get("error"), dict):
            error = parsed["error"]
    except (ValueError, UnicodeDecodeError):
        pass
    message = error.get("message") or (body.decode("utf-8", "replace").strip()[:300] if body else "") or "HTTP %d" % status
    cls = _BY_STATUS.get(status, ApiError)
    if status == 400 and invalid_workflow_on_400:
        cls = InvalidWorkflow
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    return cls(status, error.get("code", "http_%d" % status), message, error.get("problems"), lowered)
