"""Python client of the MatForge workflow server (standard library only; pandas optional).

    from matforge_client import Client
    c = Client("http://127.0.0.1:8321", token)
    run = c.submit("examples/workflows/wide-gap-gan.json"); c.wait(run); df = c.candidates(run)
"""

from .client import FINISHED, Client, load_workflow
from .errors import (ApiError, Conflict, ConnectionFailed, Forbidden, InvalidWorkflow, MatForgeError, NotFound,
                     QueueFull, RunFailed, Unauthorized)
from .sse import Event

__all__ = ["Client", "Event", "FINISHED", "load_workflow", "MatForgeError", "ApiError", "ConnectionFailed", "Unauthorized",
           "Forbidden", "NotFound", "Conflict", "InvalidWorkflow", "QueueFull", "RunFailed"]
__version__ = "0.1.0"
