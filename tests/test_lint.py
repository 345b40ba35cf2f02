"""ruff finds nothing to report, so a style slip fails the quick test loop instead of waiting for review."""
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

# The venv's own ruff, pinned in requirements.lock, so every machine lints with the same rules.
RUFF = Path(sys.executable).with_name("ruff")


def test_ruff_check_passes_on_the_whole_repository():
    assert RUFF.exists(), f"{RUFF} is missing: run `make install` (ruff is pinned in requirements.lock)"
    proc = subprocess.run([str(RUFF), "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, f"ruff check . found problems:\n{proc.stdout}{proc.stderr}"
