"""Issue 13, the CLI side: sources in queries, feeds as people read them, OPML in and out,
options anywhere, messages that show the right form, and `poll --once`'s exit code."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from monitor.cli.main import main
from monitor.query import QueryError, WatchIndex, analyse, parse_query
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago

OPML = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-feeds" / "google-reader-fr__nicolus-picoFeed.opml"

CLOUD = {"title": "Le cloud souverain recrute", "guid": "m-1", "link": "https://www.lemagit.fr/actualites/cloud.html",
         "description": "Un article sur le cloud.", "pubDate": days_ago(3)}
CLOUD_JDG = {"title": "Le cloud gaming en vogue", "guid": "j-1", "link": "https://www.journaldugeek.com/cloud/",
             "description": "Encore du cloud.", "pubDate": days_ago(2)}


@pytest.fixture
def server():
    with FeedServer() as feeds:
        feeds.set("/magit.xml", Route(body=rss([CLOUD])))
        feeds.set("/jdg.xml", Route(body=rss([CLOUD_JDG])))
        yield feeds


def write_config(directory: Path, feeds: dict[str, str], keywords: str = "") -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(
        # JSON strings are TOML basic strings: the names may hold quotes
        "".join(f'[[feed]]\nname = {json.dumps(name)}\nurl = "{url}"\n\n' for name, url in feeds.items()),
        encoding="utf-8")
    (directory / "keywords.toml").write_text(keywords, encoding="utf-8")
    return directory


@pytest.fixture
def setup(tmp_path, server):
    config = write_config(tmp_path / "config", {"LeMagIT": server.url("/magit.xml"),
                                                "Journal du Géek": server.url("/jdg.xml")})
    return ["--config", str(config), "--db", str(tmp_path / "veille.db")]


# 7. sources and sites
@pytest.mark.parametrize("query, sources", [
    ("cloud source:lemagit", {"LeMagIT"}),
    ('cloud -source:"Journal du Geek"', {"LeMagIT"}),
    ('source:"JOURNAL DU GÉEK"', {"Journal du Géek"}),
    ("cloud site:lemagit.fr", {"LeMagIT"}),  # www.lemagit.fr: subdomains included
    ("cloud -site:journaldugeek.com", {"LeMagIT"}),
    ("cloud site:fr OR site:com", {"LeMagIT", "Journal du Géek"}),
])
def test_source_and_site_in_search_and_the_watch_index(setup, capsys, query, sources):
    assert main([*setup, "poll", "--once"]) == 0
    capsys.readouterr()
    assert main([*setup, "search", query, "--json"]) == 0
    assert {found["source"] for found in json.loads(capsys.readouterr().out)} == sources
    # the watch index decides as the query does
    docs = {"LeMagIT": analyse(CLOUD["title"], CLOUD["description"], "LeMagIT", CLOUD["link"]),
            "Journal du Géek": analyse(CLOUD_JDG["title"], CLOUD_JDG["description"], "Journal du Géek",
                                       CLOUD_JDG["link"])}
    index = WatchIndex()
    index.add(1, parse_query(query))
    assert {name for name, doc in docs.items() if index.match(doc)} == sources


def test_a_watch_on_a_source_alerts_only_for_that_feed(tmp_path, server, capsys):
    config = write_config(tmp_path / "config", {"LeMagIT": server.url("/magit.xml"), "JDG": server.url("/jdg.xml")},
                          '[[watch]]\nname = "Cloud JDG"\nquery = "cloud source:JDG"\n')
    args = ["--config", str(config), "--db", str(tmp_path / "v.db")]
    assert main([*args, "poll", "--once"]) == 0  # the backlog: stored, not alerted
    server.publish("/magit.xml", rss([{**CLOUD, "guid": "m-2", "link": CLOUD["link"] + "?2"}, CLOUD]))
    server.publish("/jdg.xml", rss([{**CLOUD_JDG, "guid": "j-2", "link": CLOUD_JDG["link"] + "2"}, CLOUD_JDG]))
    capsys.readouterr()
    assert main([*args, "poll", "--once", "--json"]) == 0
    assert [a["source"] for a in json.loads(capsys.readouterr().out)] == ["JDG"]


def test_test_json_carries_the_source_and_matches_it(server, tmp_path, capsys):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([CLOUD], title="LeMagIT"))
    assert main(["--config", str(tmp_path), "test", "cloud source:LeMagIT", "--feed", str(feed), "--json"]) == 0
    assert [f["source"] for f in json.loads(capsys.readouterr().out)] == ["LeMagIT"]


@pytest.mark.parametrize("query, code, column", [
    ("cloud source:", "bad_source", 7), ("site:", "bad_site", 1), ("site:*", "bad_site", 1),
])
def test_a_bad_source_or_site_is_refused_with_where(query, code, column):
    with pytest.raises(QueryError) as refused:
        parse_query(query)
    assert (refused.value.code, refused.value.column) == (code, column)
    assert "source:" in refused.value.message("fr") or "site:" in refused.value.message("fr")


# 8. feeds as people read them
def test_feeds_table_has_headers_last_article_and_local_times(setup, server, capsys, tmp_path):
    (Path(setup[1]) / "keywords.toml").write_text('timezone = "UTC"\n', encoding="utf-8")
    server.set("/jdg.xml", Route(status=503, body=b"down"))
    assert main([*setup, "poll", "--once"]) == 4
    capsys.readouterr()
    assert main(["feeds", *setup]) == 0  # global options after the command
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    for column in ("STATE", "NAME", "ARTICLES", "LAST SUCCESS", "LAST ARTICLE", "NEXT POLL"):
        assert column in header
    assert CLOUD["title"][:30] in out and "503" in out and "(times in UTC)" in out
    assert main([*setup, "feeds", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["LeMagIT"]["last_article_title"] == CLOUD["title"] and rows["LeMagIT"]["entries"] == 1
    assert {"state", "last_fetch", "next_poll", "entries", "last_error"} <= rows["LeMagIT"].keys()


def test_an_unknown_timezone_is_refused(tmp_path, capsys):
    config = write_config(tmp_path / "c", {"A": "https://a.example/feed"}, 'timezone = "Europe/Lutece"\n')
    assert main(["--config", str(config), "check-config"]) == 1
    assert "Europe/Lutece" in capsys.readouterr().out


# 10. OPML in and out
def test_import_opml_appends_keeping_comments_then_skips_what_is_there(tmp_path, capsys):
    config = tmp_path / "config"
    config.mkdir()
    feeds = config / "feeds.toml"
    feeds.write_text('# mes flux\n[[feed]]\nname = "Reflets"  # garder\nurl = "http://reflets.info/feed/"\n\n'
                     '[fetch]\ntimeout = "20s"\n', encoding="utf-8")
    (config / "keywords.toml").write_text("", encoding="utf-8")
    assert main(["--config", str(config), "import-opml", str(OPML)]) == 0
    assert "21 feed(s) added, 1 already there" in capsys.readouterr().out
    text = feeds.read_text(encoding="utf-8")
    assert text.startswith('# mes flux\n[[feed]]\nname = "Reflets"  # garder\n')
    data = tomllib.loads(text)
    assert len(data["feed"]) == 22 and data["fetch"] == {"timeout": "20s"}
    assert any(f["name"] == "Science étonnante" for f in data["feed"])
    assert main(["--config", str(config), "check-config"]) == 0
    assert main(["--config", str(config), "import-opml", str(OPML)]) == 0
    assert "0 feed(s) added, 22 already there" in capsys.readouterr().out


def test_import_opml_reports_each_unusable_outline_and_refuses_non_opml(tmp_path, capsys):
    config = write_config(tmp_path / "c", {})
    bad = tmp_path / "bad.opml"
    bad.write_text('<opml version="2.0"><body>\n<outline text="Sans adresse"/>\n'
                   '<outline text="FTP" xmlUrl="ftp://x.fr/rss"/>\n'
                   '<outline text="Bon" xmlUrl="https://bon.fr/rss"/></body></opml>', encoding="utf-8")
    assert main(["--config", str(config), "import-opml", str(bad)]) == 0
    captured = capsys.readouterr()
    assert "1 feed(s) added" in captured.out and "2 outline(s) unusable" in captured.out
    assert "bad.opml:2: skipped 'Sans adresse'" in captured.err and "bad.opml:3:" in captured.err
    bad.write_text("<html><body>no</body></html>", encoding="utf-8")
    assert main(["--config", str(config), "import-opml", str(bad)]) == 2
    assert "not an OPML file" in capsys.readouterr().err
    (config / "feeds.toml").write_text("[[feed]\n", encoding="utf-8")  # broken: left as it is
    assert main(["--config", str(config), "import-opml", str(OPML)]) == 2
    assert "not valid TOML" in capsys.readouterr().err
    assert (config / "feeds.toml").read_text(encoding="utf-8") == "[[feed]\n"


def test_export_opml_prints_every_feed_escaped(tmp_path, capsys):
    config = write_config(tmp_path / "c", {'Tom & "Jerry" <3': "https://a.fr/rss?x=1&y=2"})
    assert main(["--config", str(config), "--db", str(tmp_path / "none.db"), "export-opml"]) == 0
    out = capsys.readouterr().out
    assert 'xmlUrl="https://a.fr/rss?x=1&amp;y=2"' in out and "Tom &amp; &quot;Jerry&quot; &lt;3" in out
    back = tmp_path / "back.opml"
    back.write_text(out, encoding="utf-8")
    other = write_config(tmp_path / "d", {})
    assert main(["--config", str(other), "import-opml", str(back)]) == 0
    assert tomllib.loads((other / "feeds.toml").read_text())["feed"] == [
        {"name": 'Tom & "Jerry" <3', "url": "https://a.fr/rss?x=1&y=2"}]


# 11. options anywhere, --version, a query starting with -
def test_version_and_a_query_starting_with_a_dash(setup, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("veille ")
    assert main([*setup, "poll", "--once"]) == 0
    capsys.readouterr()
    assert main(["search", "-source:LeMagIT cloud", "--json", *setup]) == 0
    assert [f["source"] for f in json.loads(capsys.readouterr().out)] == ["Journal du Géek"]


# 12. messages
@pytest.mark.parametrize("argv, expected", [
    (["search", '"plan social'], "quote opened but never closed (column 1)"),
    (["search", "AND"], "AND must stand between two terms"),
])
def test_query_errors_say_it_once_and_blame_the_right_word(setup, capsys, argv, expected):
    assert main([*setup, "poll", "--once"]) == 0
    capsys.readouterr()
    assert main([*setup, *argv]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.lower().count("refused") == 1


def test_a_negative_limit_is_refused(setup, capsys):
    with pytest.raises(SystemExit) as refused:
        main([*setup, "search", "cloud", "--limit", "-5"])
    assert refused.value.code == 2 and "at least 1" in capsys.readouterr().err


def test_config_mistakes_show_the_right_form(tmp_path, capsys):
    config = tmp_path / "c"
    config.mkdir()
    (config / "feeds.toml").write_text('[feed]\nname = "A"\nurl = "https://a.fr/rss"\n', encoding="utf-8")
    (config / "keywords.toml").write_text('[aliases]\nAWS = "Amazon"\n', encoding="utf-8")
    assert main(["--config", str(config), "check-config"]) == 1
    out = capsys.readouterr().out
    assert "write [[feed]]" in out and 'AWS = ["Amazon"]' in out


def test_no_keywords_and_no_feeds_are_allowed_with_a_warning(tmp_path, capsys):
    config = tmp_path / "c"
    config.mkdir()
    (config / "feeds.toml").write_text("# rien encore\n", encoding="utf-8")
    assert main(["--config", str(config), "check-config"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning:") == 2 and "keywords.toml not found" in err and "lists no feed" in err


# 13. poll --once
def test_poll_once_names_failing_feeds_and_exits_4(setup, server, capsys):
    server.set("/jdg.xml", Route(status=404, body=b"gone"))
    assert main([*setup, "poll", "--once"]) == 4
    err = capsys.readouterr().err
    assert "1 failed" in err and "Journal du Géek (feed 2) failed: " in err


def test_the_console_alert_names_the_source_once(tmp_path, server, capsys):
    config = write_config(tmp_path / "config", {"LeMagIT": server.url("/magit.xml")},
                          '[[watch]]\nname = "Cloud"\nquery = "cloud"\n')
    args = ["--config", str(config), "--db", str(tmp_path / "v.db")]
    assert main([*args, "poll", "--once"]) == 0
    server.publish("/magit.xml", rss([{**CLOUD, "guid": "m-9", "link": CLOUD["link"] + "?9"}, CLOUD]))
    capsys.readouterr()
    assert main([*args, "poll", "--once"]) == 0
    out = capsys.readouterr().out
    assert "[LeMagIT]" in out and out.count("LeMagIT") == 1


async def test_a_broken_edit_during_run_is_reported_once(tmp_path, caplog):
    from monitor.config import ConfigWatcher
    from monitor.runtime.run import _report_problems

    config = write_config(tmp_path / "c", {"A": "https://a.example/feed"})
    watcher = ConfigWatcher(config, lambda config: None, _report_problems, interval=0.05, env={})
    await watcher.check()  # the baseline
    (config / "feeds.toml").write_text('[[feed]]\nname = "A"\nurl = "ftp://a.example/feed"\n', encoding="utf-8")
    with caplog.at_level("WARNING"):
        await watcher.check()
        await watcher.check()  # the same broken state: not again
    assert sum("ftp://a.example/feed" in record.getMessage() for record in caplog.records) == 1


# 10. a chat's watches and what they matched
def test_export_a_chats_watches_and_matches_as_json_and_csv(tmp_path, server, capsys):
    import csv
    import io

    config = write_config(tmp_path / "config", {"LeMagIT": server.url("/magit.xml")},
                          '[[watch]]\nname = "Cloud"\nquery = "cloud"\nchats = [42]\n\n'
                          '[[watch]]\nname = "Rien"\nquery = "zzzz"\nchats = [42]\n')
    args = ["--config", str(config), "--db", str(tmp_path / "v.db")]
    assert main([*args, "poll", "--once"]) == 0
    server.publish("/magit.xml", rss([{**CLOUD, "guid": "m-9", "link": CLOUD["link"] + "?9", "title": "Cloud, encore"},
                                      CLOUD]))
    assert main([*args, "poll", "--once"]) == 0
    capsys.readouterr()
    assert main(["export", "--chat", "42", *args]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [w["name"] for w in exported["watches"]] == ["Cloud", "Rien"]
    # the backlog's matches count too: they were matched, only not alerted
    assert sorted((a["watch"], a["title"], a["source"]) for a in exported["articles"]) == [
        ("Cloud", "Cloud, encore", "LeMagIT"), ("Cloud", CLOUD["title"], "LeMagIT")]
    assert main(["export", "--chat", "42", "--format", "csv", *args]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted((r["watch"], r["title"]) for r in rows) == [
        ("Cloud", "Cloud, encore"), ("Cloud", CLOUD["title"]), ("Rien", "")]
    assert main(["export", "--chat", "7", *args]) == 2
    assert "chat 7 has no watches" in capsys.readouterr().err
