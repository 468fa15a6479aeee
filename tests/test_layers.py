"""The layering of docs/ARCHITECTURE.md, checked by import-linter's contracts in pyproject.toml,
and what they protect seen from outside: a CLI command does not load the Telegram library."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_cli_commands_other_than_run_do_not_load_the_bot():
    code = ("import sys; from monitor.cli import main; import monitor.cli.commands, monitor.deliver, "
            "monitor.render.alert; print('telegram' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
