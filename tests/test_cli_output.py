"""What `coopwatch query` prints into a pipe and onto a terminal: real processes, a real `head`, a real pty."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.test_query_limits import cli_env

# Every test starts the coopwatch CLI in a fresh process (seconds each).
pytestmark = pytest.mark.slow

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
WIDE = "select repeat('x', 300) as wide, 'short' as s"


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """An empty warehouse file: the queries here compute their rows."""
    path = tmp_path / "w.duckdb"
    duckdb.connect(str(path)).close()
    return path


def shell_env(**extra: str) -> dict[str, str]:
    """Return a user's environment (cli_env) without settings that make rich take a pipe for a terminal."""
    env = cli_env(**extra)
    for name in ("FORCE_TERMINAL", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        env.pop(name, None)
    return env


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "orchestration.cli", *args]


def printed(*args: str, **env: str) -> str:
    """Return what the CLI printed into a pipe, after checking it succeeded quietly."""
    proc = subprocess.run(cli(*args), cwd=REPO, env=shell_env(**env), capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stderr) == (0, "")
    return proc.stdout


def on_terminal(*args: str, columns: int) -> str:
    """Return what the CLI printed onto a pseudo-terminal `columns` wide, without colours and carriage returns."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in shell_env(TERM="xterm").items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(cli(*args), cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=subprocess.PIPE)
    os.close(slave)
    output = b""
    while True:
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        output += data
    os.close(master)
    assert (proc.wait(timeout=120), proc.stderr.read()) == (0, b"")
    return ANSI.sub("", output.decode()).replace("\r", "")


def widths(text: str) -> list[int]:
    return [len(line) for line in text.splitlines()]


@pytest.mark.parametrize("fmt, sql", [
    ("csv", "select range as n, repeat('x', 100) as s from range(1000000000)"),  # never ends by itself
    ("json", "select range as n, repeat('x', 100) as s from range(1000000000)"),
    ("table", "select range as n, repeat('x', 1000) as s from range(5000)"),  # 1 MB: more than a pipe holds
])
def test_a_query_piped_into_head_prints_its_first_line_and_ends_quietly_with_141(warehouse, fmt, sql):
    query = subprocess.Popen(cli("query", sql, "--warehouse", str(warehouse), "--format", fmt), cwd=REPO,
                             env=shell_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=query.stdout, stdout=subprocess.PIPE)
    query.stdout.close()  # head holds the only reading end now, as in `coopwatch query … | head -1`
    first, _ = head.communicate(timeout=120)
    stderr = query.stderr.read()
    query.stderr.close()
    assert (query.wait(timeout=120), stderr) == (141, b"")
    assert first.decode().startswith({"csv": "n,s\r\n", "json": "[\n", "table": "┏"}[fmt])
    assert first.count(b"\n") == 1


def test_csv_cells_hold_list_items_joined_with_semicolons(warehouse):
    out = printed("query", "select ['RU', 'UZ'] as codes, []::varchar[] as none, ['a', null, 'b'] as holes, "
                           "[1, 2] as numbers", "--warehouse", str(warehouse), "--format", "csv")
    assert out.splitlines() == ["codes,none,holes,numbers", "RU;UZ,,a;;b,1;2"]


def test_a_piped_table_is_not_wrapped_whatever_columns_says(warehouse):
    out = printed("query", WIDE, "--warehouse", str(warehouse), COLUMNS="80")
    assert any("x" * 300 in line for line in out.splitlines())
    assert len(set(widths(out))) == 1 and widths(out)[0] > 300


def test_max_width_lays_a_piped_table_out_in_that_many_columns(warehouse):
    out = printed("query", WIDE, "--warehouse", str(warehouse), "--max-width", "60")
    assert max(widths(out)) == 60
    assert out.count("x") == 300 and "short" in out


def test_a_table_on_a_terminal_takes_the_terminal_width_unless_max_width_says_otherwise(warehouse):
    assert max(widths(on_terminal("query", WIDE, "--warehouse", str(warehouse), columns=100))) == 100
    narrower = on_terminal("query", WIDE, "--warehouse", str(warehouse), "--max-width", "50", columns=100)
    assert max(widths(narrower)) == 50 and narrower.count("x") == 300


def test_table_cells_are_shown_as_they_are_not_read_as_markup(warehouse):
    out = printed("query", "select '[bold]Tashkent[/bold] [see note]' as city", "--warehouse", str(warehouse))
    assert "[bold]Tashkent[/bold] [see note]" in out


def test_max_width_must_be_a_whole_number_of_at_least_one(warehouse):
    proc = subprocess.run(cli("query", "select 1", "--warehouse", str(warehouse), "--max-width", "0"), cwd=REPO,
                          env=shell_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "argument --max-width: expected a whole number of at least 1, got '0'" in proc.stderr
