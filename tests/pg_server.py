"""A throwaway PostgreSQL server for the tests: initdb into a folder, start on loopback, stop.

The store's tests run on SQLite and on PostgreSQL. They find the server through the environment
variable WORKBENCH_TEST_PG_URL (a URL whose user may create databases); .ci/run sets it with this
script. Without it, the tests start a server of their own with the same functions and stop it at
the end. The server refuses to run as root, so as root it runs as the ``postgres`` user.

    python3 tests/pg_server.py start DIR   # prints the URL
    python3 tests/pg_server.py stop DIR

Standard library only: .ci/run calls it before the project's environment exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ENV = "WORKBENCH_TEST_PG_URL"
SERVER_USER = "postgres"


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if debian:
        return Path(debian[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_server_user(cmd: list[str]) -> list[str]:
    """The command as the postgres user when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", SERVER_USER, "--", *cmd]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], base: Path) -> None:
    done = subprocess.run(
        _as_server_user(cmd), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=base
    )
    if done.returncode:
        log = base / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stdout[-2000:]}{tail}")


def start(base: Path) -> str:
    """A new cluster in ``base``, started on a free loopback port; returns its superuser URL."""
    pg = bin_dir()
    if pg is None:
        raise FileNotFoundError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    base = base.resolve()
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam(SERVER_USER)
        os.chown(base, user.pw_uid, user.pw_gid)
    data, port = base / "data", _free_port()
    initdb = [str(pg / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    initdb.append("--no-sync")
    _run(initdb, base)
    # loopback only; fsync off: a throwaway server (a client's crash is still survived, an OS crash not)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    log = str(base / "server.log")
    _run([str(pg / "pg_ctl"), "-D", str(data), "-l", log, "-w", "-t", "60", "-o", options, "start"], base)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    (base / "url").write_text(url)
    return url


def stop(base: Path) -> None:
    """Stop the server started in ``base`` (fast: open sessions are ended) and remove its files."""
    base = base.resolve()
    pg, data = bin_dir(), base / "data"
    if pg and (data / "postmaster.pid").exists():
        subprocess.run(
            _as_server_user([str(pg / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop"]),
            stdout=subprocess.DEVNULL,
            check=False,
            cwd=base,  # a folder the postgres user may enter
        )
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: pg_server.py start|stop DIR")
    if sys.argv[1] == "start":
        print(start(Path(sys.argv[2])))
    else:
        stop(Path(sys.argv[2]))
