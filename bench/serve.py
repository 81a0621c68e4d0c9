"""Load on `qa serve`: many readers reporting at once, the server killed and restarted in the middle.

    python -m bench.serve [--reporters 50] [--reports 20] [--restart-after 0.5] [--no-restart]

The service runs as its own process (`qa serve`) on a free loopback port over a
copy of the bundled sample page. `--reporters` threads each post `--reports`
reports (one connection per report, as separate readers make), each with its
own submission key. When `--restart-after` of them are acknowledged the server
is killed (SIGKILL: nothing is flushed on the way out) and started again on
the same port; a reporter whose request failed retries with the same key, as
the snippet does. At the end the ledger must hold every report exactly once,
and every acknowledged id must be the report of its key. Printed: latency
percentiles of the acknowledged requests, the restart's downtime, and the
time of `verify` in the service: the sample page after the load (its check
ran ahead, as each report arrived), again, and the real page reported a
moment before (its check runs then, in the worker whose resources are loaded).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "county-work-report.txt"
REAL_PAGE = REPO.parent / "shared" / "samples" / "ten-key-points-2021.txt"
TOKEN = "bench-serve-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`qa serve` as a child process; `kill` is SIGKILL, `start` waits until it answers."""

    def __init__(self, docs: Path, ledger: Path, port: int, log: Path):
        self.command = [sys.executable, "-c", "from qa.cli import main; main()", "serve", "--documents", str(docs),
                        "--ledger", str(ledger), "--port", str(port), "--rate-limit", "0", "--out", str(ledger.parent / "corrected")]
        self.port, self.log, self.process = port, log, None

    def start(self) -> float:
        began = time.perf_counter()
        env = dict(os.environ, QA_SERVE_TOKEN=TOKEN)
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=open(self.log, "ab"), env=env)
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"qa serve exited with {self.process.returncode}; see {self.log}")
            try:
                if request("GET", self.port, "/")[0] == 200:
                    return time.perf_counter() - began
            except OSError:
                time.sleep(0.05)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def request(method: str, port: int, path: str, body: bytes | None = None, headers: dict | None = None,
            timeout: float = 60) -> tuple[int, bytes, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def quotes(path: Path, count: int = 40) -> list[str]:
    """Three-word phrases of the page's English body paragraphs (as aligned), for the readers to quote."""
    from qa.pipeline import load_alignment

    phrases = []
    for pair in load_alignment(path).body_pairs:
        words = pair.target.split()
        phrases += [" ".join(words[i:i + 3]) for i in range(0, max(0, len(words) - 3), 7)]
    return phrases[:count]


class Reporters:
    """The readers: each posts its reports, retrying a failed one with the same key until it is acknowledged."""

    def __init__(self, port: int, phrases: list[str], reporters: int, reports: int):
        self.port, self.phrases, self.reporters, self.reports = port, phrases, reporters, reports
        self.acknowledged: dict[str, int] = {}
        self.latencies: list[float] = []
        self.retries = 0
        self.lock = threading.Lock()
        self.count = 0

    def one(self, reporter: int, number: int) -> None:
        key = f"bench-{reporter:03d}-{number:03d}-{os.getpid()}"
        body = json.dumps({"document": SAMPLE.name, "quote": self.phrases[(reporter + number) % len(self.phrases)],
                           "suggestion": f"fix {reporter}.{number}", "submission": key}).encode()
        while True:
            began = time.perf_counter()
            try:
                status, data, _ = request("POST", self.port, "/api/reports", body, {"Content-Type": "application/json"})
            except (OSError, http.client.HTTPException):  # refused, reset, or cut off mid-answer by the kill
                status, data = 0, b""
            if status == 201:
                with self.lock:
                    self.acknowledged[key] = json.loads(data)["id"]
                    self.latencies.append(time.perf_counter() - began)
                    self.count += 1
                return
            if 400 <= status < 500:
                raise SystemExit(f"report refused ({status}): {data[:200]!r}")
            with self.lock:
                self.retries += 1
            time.sleep(0.05)

    def run(self, reporter: int) -> None:
        for number in range(self.reports):
            self.one(reporter, number)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def verify_times(port: int, ids: list[int]) -> list[float]:
    """Seconds for the editor's verify of each report id, through the service, logged in as an editor would be."""
    status, _, headers = request("POST", port, "/login", urlencode({"name": "bench", "token": TOKEN}).encode(),
                                 {"Content-Type": "application/x-www-form-urlencoded"})
    cookie = headers.get("set-cookie", "").split(";")[0]
    page = request("GET", port, "/editor", headers={"Cookie": cookie})[1].decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    times = []
    for number in ids:
        began = time.perf_counter()
        request("POST", port, f"/editor/reports/{number}/verify", urlencode({"csrf": csrf}).encode(),
                {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}, timeout=600)
        times.append(time.perf_counter() - began)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reporters", type=int, default=50)
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--restart-after", type=float, default=0.5, help="fraction acknowledged before the kill")
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--no-verify", action="store_true", help="skip the verify timings (bench/tests)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qa-bench-serve-"))
    docs = work / "docs"
    docs.mkdir()
    shutil.copy(SAMPLE, docs / SAMPLE.name)
    if REAL_PAGE.exists():
        shutil.copy(REAL_PAGE, docs / REAL_PAGE.name)
    ledger = work / "ledger.sqlite"
    port = free_port()
    server = Server(docs, ledger, port, work / "serve.log")
    started = server.start()
    print(f"qa serve up in {started:.1f} s on port {port} ({work})")
    crowd = Reporters(port, quotes(SAMPLE), args.reporters, args.reports)
    total = args.reporters * args.reports
    downtime = 0.0

    def restart() -> None:
        nonlocal downtime
        while crowd.count < total * args.restart_after:
            time.sleep(0.01)
        down = time.perf_counter()
        server.kill()
        server.start()
        downtime = time.perf_counter() - down
        print(f"server killed (SIGKILL) after {crowd.count} acknowledged reports and restarted: {downtime:.1f} s down")

    watcher = None if args.no_restart else threading.Thread(target=restart, daemon=True)
    if watcher:
        watcher.start()
    began = time.perf_counter()
    try:
        with ThreadPoolExecutor(args.reporters) as pool:
            list(pool.map(crowd.run, range(args.reporters)))
        elapsed = time.perf_counter() - began
        if watcher:
            watcher.join()
        verified = timed_verifies(port, crowd, args.no_verify)
    except BaseException:
        server.kill()  # never leave the server running after a failed bench
        raise
    server.stop()
    report(crowd, ledger, total, elapsed, verified)


def timed_verifies(port: int, crowd: Reporters, skip: bool) -> list[float]:
    """Verify timings: the sample page twice, then the real page reported a moment before."""
    if skip:
        return []
    first_id = min(crowd.acknowledged.values())
    verified = verify_times(port, [first_id, first_id])
    if REAL_PAGE.exists():  # reported just now: its check starts now, in the worker whose resources are loaded
        status, data, _ = request("POST", port, "/api/reports", json.dumps(
            {"document": REAL_PAGE.name, "quote": "Zhang Anjun", "suggestion": "Chang'an Jun"}).encode(),
            {"Content-Type": "application/json"})
        verified += verify_times(port, [json.loads(data)["id"]]) if status == 201 else []
    return verified


def report(crowd: Reporters, ledger: Path, total: int, elapsed: float, verified: list[float]) -> None:
    import sqlite3

    with sqlite3.connect(ledger) as db:
        rows = db.execute("SELECT id, submission FROM corrections WHERE submission LIKE 'bench-%'").fetchall()
    db.close()
    by_key: dict[str, list[int]] = {}
    for number, key in rows:
        by_key.setdefault(key, []).append(number)
    twice = {k: v for k, v in by_key.items() if len(v) > 1}
    wrong = {k: v for k, v in crowd.acknowledged.items() if by_key.get(k) != [v]}
    lat = sorted(crowd.latencies)
    print(f"{total} reports by {crowd.reporters} reporters in {elapsed:.1f} s ({total / elapsed:.0f}/s), "
          f"{crowd.retries} retried request(s)")
    print(f"latency of acknowledged requests: p50 {percentile(lat, 50) * 1000:.0f} ms, "
          f"p95 {percentile(lat, 95) * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms")
    print(f"ledger: {len(rows)} rows for {len(crowd.acknowledged)} acknowledged reports; stored twice: {len(twice)}; "
          f"acknowledged but missing or different: {len(wrong)}")
    labels = ["verify, sample page after the load (checked ahead while reports arrived)", "verify, sample page again",
              "verify, real page (85 KB) reported a moment before: checked now, resources loaded"]
    for label, seconds in zip(labels, verified):
        print(f"{label}: {seconds:.2f} s")
    if len(rows) != total or twice or wrong or len(crowd.acknowledged) != total:
        raise SystemExit("FAILED: the ledger does not hold every report exactly once")
    print("OK: every report stored exactly once")


if __name__ == "__main__":
    main()
