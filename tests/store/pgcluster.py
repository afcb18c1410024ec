"""A throwaway PostgreSQL cluster on a free local port, for tests and benchmarks.

Uses Debian's server binaries (``/usr/lib/postgresql/<version>/bin``) or any ``initdb`` on PATH. As
root it runs the server as the ``postgres`` user, since PostgreSQL refuses to run as root. The
cluster lives in a fresh folder under the system temp folder, listens on 127.0.0.1 only, trusts
local connections, and is removed by ``stop()``.

    python tests/store/pgcluster.py start   # prints the URL and the folder; stop with:
    python tests/store/pgcluster.py stop FOLDER
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["Cluster", "server_binaries", "unavailable_reason"]

USER = "newsdesk"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when the server is absent."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name or 0), reverse=True
    )
    if versions:
        return versions[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def unavailable_reason() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if server_binaries() is None:
        return "PostgreSQL's server is not installed (apt-get install postgresql; `make test` does this as root)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: cannot start PostgreSQL as another user"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    def __init__(self, folder: Path | None = None, port: int | None = None, *, durable: bool = False) -> None:
        self.folder = folder or Path(tempfile.mkdtemp(prefix="newsdesk-pg-"))
        self.port = port or _free_port()
        self.durable = durable
        self.bin = server_binaries()
        if self.bin is None:
            raise RuntimeError(unavailable_reason() or "no PostgreSQL")

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> str:
        """Create and start the cluster; its URL."""
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C")
        options = f"-k {self.folder} -h 127.0.0.1 -p {self.port}"
        if not self.durable:  # tests: a crash loses nothing worth keeping
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        return self.url

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        cluster = Cluster(durable="--durable" in sys.argv)
        print(cluster.start(), cluster.folder)
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stopping = Cluster(Path(sys.argv[2]), port=1)
        stopping.stop()
    else:
        sys.exit(__doc__)
