"""The `[web]` table of keywords.toml and the page's edits of that file (issue 14)."""
from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import check_config, load_config
from monitor.config.edit import WatchNotFound, save_keywords, with_watch_query
from monitor.web.guard import is_loopback, required_token, WebRefused

FEEDS = '[[feed]]\nname = "A"\nurl = "https://a.example/rss"\n'
KEYWORDS = '# my watches\n[[watch]]\nname = "Cloud"   # the cloud\nquery = "AWS OR Azure"\n\n# the end\n'


def write(directory: Path, keywords: str = KEYWORDS) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(FEEDS)
    (directory / "keywords.toml").write_text(keywords)
    return directory


def test_the_page_listens_on_loopback_8080_by_default(tmp_path):
    web = load_config(write(tmp_path), {}).web
    assert web.enabled and (web.host, web.port) == ("127.0.0.1", 8080)


@pytest.mark.parametrize("listen", ["8080", "localhost:http", "127.0.0.1:70000", "127.0.0.1: 80"])
def test_a_bad_listen_address_is_reported_with_its_line(tmp_path, listen):
    (problem,) = check_config(write(tmp_path, KEYWORDS + f'[web]\nlisten = "{listen}"\n'), {})
    assert problem.key == "web.listen" and "host:port" in problem.message and problem.line == 8


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True),
                                             ("localhost", True), ("0.0.0.0", False), ("192.168.1.5", False),
                                             ("veille.example", False)])
def test_which_hosts_are_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_beyond_loopback_a_token_is_required(tmp_path):
    web = load_config(write(tmp_path, KEYWORDS + '[web]\nlisten = "0.0.0.0:8080"\n'), {}).web
    with pytest.raises(WebRefused, match="VEILLE_WEB_TOKEN"):
        required_token(web, {})
    assert required_token(web, {"VEILLE_WEB_TOKEN": " t0ken "}) == "t0ken"


def test_an_edit_keeps_the_comments_and_layout():
    edited = with_watch_query(KEYWORDS, "cloud", 'AWS OR "Google Cloud"')
    assert edited == KEYWORDS.replace('"AWS OR Azure"', '"AWS OR \\"Google Cloud\\""')
    with pytest.raises(WatchNotFound):
        with_watch_query(KEYWORDS, "Nope", "x")


def test_a_valid_edit_replaces_the_file_and_a_bad_one_leaves_it_untouched(tmp_path):
    directory = write(tmp_path)
    assert save_keywords(directory, with_watch_query(KEYWORDS, "Cloud", "AWS")) == []
    assert 'query = "AWS"' in (directory / "keywords.toml").read_text()
    before = (directory / "keywords.toml").read_bytes()
    (problem,) = save_keywords(directory, with_watch_query(before.decode(), "Cloud", "(AWS"))
    assert problem.key == "watch[1].query" and "column" in problem.message
    assert (directory / "keywords.toml").read_bytes() == before
    assert sorted(p.name for p in directory.iterdir()) == ["feeds.toml", "keywords.toml"]  # no temp file left
