"""One suite, both back ends: the ``store`` fixture is an SQLite file and a PostgreSQL database.

PostgreSQL: ``$NEWSDESK_TEST_PG`` (a server URL) when set, else a throwaway cluster started here
(Debian's server binaries; `make test` installs them as root). Without either the PostgreSQL cases
skip and say why.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pgcluster import Cluster, unavailable_reason

from newsdesk.adapters.store import Store, open_store


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server to make test databases on."""
    if os.environ.get("NEWSDESK_TEST_PG"):
        yield os.environ["NEWSDESK_TEST_PG"]
        return
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostgreSQL back end not tested: {reason}")
    cluster = Cluster()
    try:
        url = cluster.start()
    except Exception as error:  # a broken server install: say so and test SQLite alone
        cluster.stop()
        pytest.skip(f"PostgreSQL back end not tested: the throwaway cluster did not start ({error})")
    yield url
    cluster.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped afterwards."""
    import psycopg

    name = "t" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = pg_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
