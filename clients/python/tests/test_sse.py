"""The text/event-stream parser on the format's corner cases (no server needed)."""

import unittest

from matforge_client.sse import events


def parse(text):
    return list(events(line.encode("utf-8") for line in text.splitlines(keepends=True)))


class SseTest(unittest.TestCase):
    def test_events_with_ids_types_and_json(self):
        got = parse('id: 1\nevent: progress\ndata: {"progress": 0.5}\n\n: keep-alive comment\n\nid: 2\nevent: done\ndata: {"status":"SUCCEEDED"}\n\n')
        self.assertEqual([(e.event, e.id, e.data) for e in got],
                         [("progress", "1", {"progress": 0.5}), ("done", "2", {"status": "SUCCEEDED"})])

    def test_multi_line_and_plain_text_data_crlf(self):
        got = parse("event: log\r\ndata: first\r\ndata: second\r\n\r\n")
        self.assertEqual(got[0].data, "first\nsecond")
        self.assertEqual(got[0].event, "log")
        self.assertIsNone(got[0].id)

    def test_an_unfinished_event_is_not_delivered(self):
        self.assertEqual(parse("id: 3\nevent: step\ndata: {}\n"), [])


if __name__ == "__main__":
    unittest.main()
