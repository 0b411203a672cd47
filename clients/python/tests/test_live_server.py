"""The client against a live server: MATFORGE_URL and MATFORGE_TOKEN (scope submit or admin) name it.

itests/org.matforge.server.ui.itest starts ``./matforge serve`` on loopback and runs these with Debian's python3.
"""

import copy
import os
import tempfile
import unittest

from matforge_client import Client, Conflict, InvalidWorkflow, NotFound, Unauthorized

URL = os.environ.get("MATFORGE_URL")
TOKEN = os.environ.get("MATFORGE_TOKEN")


def small(workflow):
    """The wide-gap example cut to test size: few epochs and samples, no filtering screens or explanations, so a
    run ends in about a minute with candidates to rank and report."""
    wf = copy.deepcopy(workflow)
    wf["name"] = "client-test-" + wf["name"]
    keep = []
    for step in wf["steps"]:
        if step["type"] in ("screen", "explain"):
            continue
        params = step.get("parameters", {})
        if step["type"] == "train-predictor":
            params.update({"members": 2, "epochs": 3, "layers": "16"})
        elif step["type"] == "train-generator":
            params.update({"epochs": 2})
        elif step["type"] == "sample":
            step["count"] = 200
        keep.append(step)
    names = {s["name"] for s in keep}
    for step in keep:
        if step.get("input") and step["input"] not in names:
            step["input"] = "sampled" if step["type"] == "predict" else "predicted"
    wf["steps"] = keep
    return wf


@unittest.skipUnless(URL and TOKEN, "set MATFORGE_URL and MATFORGE_TOKEN to a live server (itests/org.matforge.server.ui.itest does)")
class LiveServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = Client(URL, TOKEN, timeout=120)

    def example(self):
        examples = {e["name"]: e["workflow"] for e in self.client.examples()}
        self.assertIn("wide-gap-gan", examples, "the shipped examples are offered")
        return small(examples["wide-gap-gan"])

    def test_token_and_plugins(self):
        self.assertIn("submit", self.client.me()["scopes"])
        ids = {(p["kind"], p["id"]) for p in self.client.plugins()}
        self.assertIn(("featurizer", "magpie"), ids)
        self.assertTrue(all(p["kind"] == "screen" for p in self.client.plugins(kind="screen")))
        with self.assertRaises(Unauthorized) as bad:
            Client(URL, "not-a-token").runs()
        self.assertEqual(bad.exception.status, 401)
        self.assertTrue(bad.exception.message)

    def test_an_invalid_workflow_names_the_path(self):
        wf = self.example()
        wf["steps"][2]["featurizers"] = ["magpei"]
        with self.assertRaises(InvalidWorkflow) as refused:
            self.client.validate(wf)
        e = refused.exception
        self.assertEqual(e.status, 422)
        self.assertIn("magpei", str(e))
        self.assertTrue(any(p.get("path", "").startswith("steps[2].featurizers") for p in e.problems) or "steps[2].featurizers" in e.message, str(e))
        self.assertEqual(self.client.validate(self.example())["valid"], True)

    def test_missing_run(self):
        with self.assertRaises(NotFound):
            self.client.status("no-such-run")

    def test_submit_stream_wait_candidates_and_report(self):
        run = self.client.submit(self.example())
        self.assertTrue(run)
        seen = []
        for event in self.client.stream(run):
            seen.append(event)
            if len(seen) == 3:
                break
        self.assertTrue(seen and all(e.id is not None for e in seen), seen)
        # resuming after the first events replays only what came after them
        resuming = self.client.stream(run, last_event_id=seen[-1].id)
        resumed = next(resuming)
        resuming.close()
        self.assertGreater(int(resumed.id), int(seen[-1].id))

        events = []
        final = self.client.wait(run, timeout=900, on_event=events.append)
        self.assertEqual(final["status"], "SUCCEEDED", final)
        self.assertIn(run, [r["id"] for r in self.client.runs()])
        kinds = {e.event for e in events} | {e.event for e in seen}
        self.assertIn("done", kinds)

        rows = self.client.candidates(run, as_dataframe=False)
        self.assertGreater(len(rows), 0)
        self.assertIn("formula", rows[0])
        self.assertIsInstance(rows[0]["band_gap"], float)
        self.assertEqual([r["position"] for r in rows], list(range(1, len(rows) + 1)))

        with tempfile.TemporaryDirectory() as folder:
            report = self.client.download(run, "report.html", folder)
            with open(report, encoding="utf-8") as f:
                html = f.read()
        self.assertIn("<svg", html)
        with self.assertRaises(Conflict):
            self.client.cancel(run)


if __name__ == "__main__":
    unittest.main()
