"""A batch run for tests to kill: ``python -m helpers.killable OUT FORMAT DB FILE...`` runs the local
engine with one worker and ``slow_after_first``, so it is surely between shards when killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers.runners import slow_after_first
from newsdesk.engines.local import run_local
from newsdesk.engines.outputs import open_output
from newsdesk.engines.shards import Ledger, plan_shards
from newsdesk.engines.tracker import Batch
from newsdesk.options import Options

TESTS = Path(__file__).resolve().parent.parent


def kill_after_first_shard(out: Path, fmt: str, db: str, files: list[str]) -> int:
    """Start the run in its own process group, SIGKILL the group once a shard is finished, and
    return how many shards the ledger holds."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    command = [sys.executable, "-m", "helpers.killable", str(out), fmt, db, *files]
    run = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not list((out / "_shards").glob("*.json")) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, as a crash would
        run.wait()
    return len(list((out / "_shards").glob("*.json")))


if __name__ == "__main__":
    out, fmt, db, *files = sys.argv[1:]
    output = open_output(Path(out), fmt, db or None)
    batch = Batch(plan_shards(files), output, Ledger(Path(out)), Options(attribution="off"), workers=1)
    run_local(batch, runner=slow_after_first)
