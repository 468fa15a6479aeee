"""Faults of the database and config files are one clear line, not a traceback (issue 10).

The real CLI runs (`main([...])`, and `python bot.py` once); each fault gives its exit code
(3: the database cannot be used, 2: a config or usage problem, 1: check-config's problems)
and one line on stderr naming the file, the cause and what to do.
"""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import can_mount, tmpfs

from monitor.cli.main import EXIT_DATABASE, EXIT_USAGE, main
from monitor.store.db import open_database

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# Each command that opens the database, as it opens it.
COMMANDS = [["poll", "--once"], ["run"], ["feeds"], ["search", "aws"], ["health"]]
READERS = [["feeds"], ["search", "aws"], ["health"]]


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)  # `run` would start the bot
    directory = tmp_path / "config"
    directory.mkdir()
    (directory / "feeds.toml").write_text('[[feed]]\nname = "Local"\nurl = "http://127.0.0.1:9/feed.xml"\n')
    (directory / "keywords.toml").write_text('[[watch]]\nname = "AWS"\nquery = "aws"\n')
    return directory


def cli(capsys, config: Path, db: Path, command: list[str]) -> tuple[int, str]:
    code = main(["--config", str(config), "--db", str(db), *command])
    return code, capsys.readouterr().err


def assert_one_line(err: str, *words: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_file_that_is_not_sqlite(capsys, config, tmp_path, command):
    db = tmp_path / "veille.db"
    db.write_text("these are my notes, not a database\n" * 50)
    code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), "not an SQLite database", "move the file away")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_damaged_database(capsys, config, tmp_path, command):
    db = tmp_path / "veille.db"
    open_database(db).conn.close()
    size = db.stat().st_size
    with db.open("r+b") as f:  # every page after the first two overwritten: the tables' pages are junk
        f.seek(8192)
        f.write(b"\xa5\x5a" * ((size - 8192) // 2))
    code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), "damaged", "restore a backup")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_directory_where_the_database_should_be(capsys, config, tmp_path, command):
    db = tmp_path / "veille.db"
    db.mkdir()
    code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), "is a directory")


@pytest.mark.parametrize("command", [["poll", "--once"], ["run"]], ids=" ".join)
def test_a_folder_that_cannot_be_created(capsys, config, tmp_path, command):
    (tmp_path / "data").write_text("a file, not a folder")
    db = tmp_path / "data" / "veille.db"
    code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), f"{tmp_path / 'data'} is a file")


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_reading_commands_do_not_create_a_missing_database(capsys, config, tmp_path, command):
    db = tmp_path / "data" / "veille.db"
    code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), "no database here", "veille poll --once")
    assert not db.exists() and not db.parent.exists()


@contextmanager
def read_only(path: Path, folder: Path):
    """`folder` (holding the database `path`) made read-only: a read-only mount for root, whom
    file modes do not stop, chmod otherwise."""
    if IS_ROOT:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield
        return
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


@pytest.mark.parametrize("command", [["poll", "--once"], ["run"]], ids=" ".join)
def test_a_read_only_database(capsys, config, tmp_path, command):
    if IS_ROOT and not can_mount():
        pytest.skip("root without mount: file modes do not stop root, and no read-only mount can be made")
    folder = tmp_path / "data"
    with (tmpfs(folder) if IS_ROOT else _made(folder)):
        db = folder / "veille.db"
        open_database(db).conn.close()
        with read_only(db, folder):
            code, err = cli(capsys, config, db, command)
            assert code == EXIT_DATABASE
            assert_one_line(err, str(db), "read-only", "write access")
            fresh = folder / "new.db"  # a new database in a read-only folder
            code, err = cli(capsys, config, fresh, command)
            assert code == EXIT_DATABASE
            assert_one_line(err, str(fresh), "read-only")


@contextmanager
def _made(folder: Path):
    folder.mkdir()
    yield folder


@pytest.mark.parametrize("command", [["poll", "--once"], ["run"]], ids=" ".join)
def test_a_full_disk_at_start(capsys, config, tmp_path, command):
    if not can_mount():
        print("skipped: a full disk is simulated with a 1 MiB tmpfs, which only root can mount")
        pytest.skip("a full disk needs a tmpfs mounted by root")
    with tmpfs(tmp_path / "small") as disk:
        with (disk / "filler").open("wb", buffering=0) as filler:
            try:
                while filler.write(b"\0" * 4096):
                    pass
            except OSError:  # ENOSPC: the disk is full
                pass
        db = disk / "veille.db"
        code, err = cli(capsys, config, db, command)
    assert code == EXIT_DATABASE
    assert_one_line(err, str(db), "disk is full", "free some space")


def nested(directory: Path, depth: int = 5000) -> None:
    with (directory / "feeds.toml").open("a") as f:
        f.write("deep = " + "[" * depth + "]" * depth + "\n")


def test_check_config_on_5000_nested_arrays(capsys, config):
    nested(config)
    assert main(["--config", str(config), "check-config"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert out.strip() == f"{config / 'feeds.toml'}: arrays or tables nested too deeply to be read: " \
                          "a config needs only a few levels"


@pytest.mark.parametrize("command", [["poll", "--once"], ["run"]], ids=" ".join)
def test_run_on_5000_nested_arrays(capsys, config, tmp_path, command):
    nested(config)
    code, err = cli(capsys, config, tmp_path / "veille.db", command)
    assert code == EXIT_USAGE
    assert_one_line(err, str(config / "feeds.toml"), "nested too deeply", "check-config")


def test_bot_py_prints_one_line_and_no_traceback(config, tmp_path):
    db = tmp_path / "veille.db"
    db.write_bytes(b"SQLite format 2\0" + b"\xff" * 4000)
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    done = subprocess.run([sys.executable, str(ROOT / "bot.py"), "--config", str(config), "--db", str(db), "run"],
                          capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert done.returncode == EXIT_DATABASE
    assert_one_line(done.stderr, str(db), "not an SQLite database")
    assert "exit codes:" in subprocess.run([sys.executable, str(ROOT / "bot.py"), "--help"], capture_output=True,
                                           text=True, timeout=60, cwd=ROOT).stdout
