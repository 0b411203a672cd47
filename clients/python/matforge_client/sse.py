"""Server-Sent Events parsing (the text/event-stream format) from a binary line source."""

import json


class Event:
    """One event: ``event`` (its type), ``id`` (a string, or None) and ``data`` (parsed JSON, else the text)."""

    __slots__ = ("event", "id", "data")

    def __init__(self, event, id, data):
        self.event = event
        self.id = id
        self.data = data

    def __repr__(self):
        return "Event(event=%r, id=%r, data=%r)" % (self.event, self.id, self.data)


def events(lines):
    """Yields an Event for each event in an iterable of byte lines (as an HTTP response yields them)."""
    event, data, id = "message", [], None
    for raw in lines:
        line = raw.decode("utf-8").rstrip("\r\n")
        if line == "":
            if data:
                text = "\n".join(data)
                try:
                    parsed = json.loads(text)
                except ValueError:
                    parsed = text
                yield Event(event, id, parsed)
            event, data, id = "message", [], None
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "event":
            event = value
        elif field == "data":
            data.append(value)
        elif field == "id":
            id = value
