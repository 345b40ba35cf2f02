"""The feed sensor starts a refresh only when a feed lists links it has not seen."""
from __future__ import annotations

import http.server
import threading

import dagster as dg
import pytest

from orchestration.defs.automation import new_feed_items
from orchestration.defs.resources import SourcesResource

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
{items}</channel></rss>"""


@pytest.fixture
def feed_server():
    state = {"links": ["/a.html"]}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/feed.xml":
                body = FEED.format(items="".join(f"<item><title>x</title><link>{link}</link></item>"
                                                 for link in state["links"])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
            else:
                body = b"not found"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", state
    server.shutdown()
    server.server_close()


def test_new_feed_items_request_one_run_and_an_unchanged_feed_skips(feed_server, tmp_path):
    base, state = feed_server
    sources_file = tmp_path / "sources.yml"
    # The feed server is on loopback, which the fetcher refuses unless told otherwise.
    sources_file.write_text(f"fetch: {{allowed_networks: [127.0.0.1/32]}}\n"
                            f"sources:\n  - {{name: f, kind: rss, url: '{base}/feed.xml'}}\n")
    resources = {"sources": SourcesResource(sources_file=str(sources_file), per_host_interval=0.0)}

    with dg.build_sensor_context(resources=resources) as context:
        first = new_feed_items(context)
        assert isinstance(first, dg.RunRequest)
        cursor = context.cursor
    with dg.build_sensor_context(cursor=cursor, resources=resources) as context:
        assert isinstance(new_feed_items(context), dg.SkipReason)
    state["links"].append("/b.html")
    with dg.build_sensor_context(cursor=cursor, resources=resources) as context:
        again = new_feed_items(context)
        assert isinstance(again, dg.RunRequest) and again.run_key != first.run_key
