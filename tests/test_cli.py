"""The CLI end to end: real feeds over HTTP on 127.0.0.1, a real SQLite file, `main([...])`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.cli.main import main
from monitor.store import open_database
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago

SHIPPED_CONFIG = Path(__file__).resolve().parents[1] / "config"

OLD_AWS = {"title": "AWS annonce des licenciements aux États-Unis", "guid": "lmi-1",
           "link": "https://www.lemondeinformatique.fr/actualites/aws-1.html",
           "description": "Le fournisseur de cloud réduit ses effectifs.",
           "pubDate": days_ago(4)}
OTHER = {"title": "Oracle rachète une start-up de la donnée", "guid": "lmi-2",
         "link": "https://www.lemondeinformatique.fr/actualites/oracle.html",
         "description": "Une acquisition &lt;b&gt;modeste&lt;/b&gt;.",
         "pubDate": days_ago(3)}
NEW_AWS = {"title": "AWS se sépare d'une soixantaine de salariés en France", "guid": "lmi-3",
           "link": "https://www.lemondeinformatique.fr/actualites/aws-france.html?utm_source=rss&utm_medium=feed",
           "description": "Le géant du cloud licencie dans ses équipes françaises.",
           "pubDate": days_ago(0.01)}
# The same story in the site's second feed, under another guid and with other tracking.
NEW_AWS_AGAIN = {**NEW_AWS, "guid": "cloud-77",
                 "link": "https://www.lemondeinformatique.fr/actualites/aws-france.html?xtor=RSS-12"}


def write_config(directory: Path, feeds: dict[str, str], watches: str) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(
        "".join(f'[[feed]]\nname = "{name}"\nurl = "{url}"\n\n' for name, url in feeds.items()), encoding="utf-8")
    (directory / "keywords.toml").write_text(watches, encoding="utf-8")
    return directory


WATCHES = '[[watch]]\nname = "Licenciements AWS"\nquery = "licenciements AWS"\n'


@pytest.fixture
def server():
    with FeedServer() as feeds:
        feeds.set("/all.xml", Route(body=rss([OLD_AWS, OTHER])))
        feeds.set("/cloud.xml", Route(body=rss([])))
        yield feeds


@pytest.fixture
def setup(tmp_path, server):
    config = write_config(tmp_path / "config", {"LMI": server.url("/all.xml"), "LMI Cloud": server.url("/cloud.xml")},
                          WATCHES)
    return ["--config", str(config), "--db", str(tmp_path / "veille.db")]


def poll_json(setup, capsys) -> list[dict]:
    assert main([*setup, "poll", "--once", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_poll_once_alerts_new_matching_articles_once(setup, server, capsys):
    # First poll: the backlog (an old AWS layoff story among it) is stored, not alerted.
    assert poll_json(setup, capsys) == []
    # Second poll: conditional requests answered 304, nothing new, nothing alerted.
    assert poll_json(setup, capsys) == []
    second = server.requests_to("/all.xml")[-1]
    assert second.headers.get("if-none-match") and second.headers.get("if-modified-since")

    server.publish("/all.xml", rss([NEW_AWS, OLD_AWS, OTHER]))
    server.publish("/cloud.xml", rss([NEW_AWS_AGAIN]))
    alerts = poll_json(setup, capsys)
    assert [(a["title"], a["link"]) for a in alerts] == [
        (NEW_AWS["title"], "https://www.lemondeinformatique.fr/actualites/aws-france.html")]
    assert poll_json(setup, capsys) == []  # and never again

    db = open_database(setup[3])
    assert db["entries"].count == 4  # every article stored, the duplicate too
    assert db.execute("SELECT count(*) FROM outbox WHERE status = 'sent'").fetchone() == (1,)


def test_poll_once_prints_the_alert_with_matched_words(setup, server, capsys):
    assert main([*setup, "poll", "--once"]) == 0
    server.publish("/all.xml", rss([NEW_AWS, OLD_AWS, OTHER]))
    assert main([*setup, "poll", "--once"]) == 0
    out = capsys.readouterr().out
    assert NEW_AWS["title"].replace("AWS", "**AWS**") in out
    assert "**licencie**" in out
    assert "Licenciements AWS" in out


def test_test_command_on_a_file_prints_matching_entries_as_json(tmp_path, capsys):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([OLD_AWS, OTHER, {**NEW_AWS, "guid": ""}]))
    assert main(["--config", str(tmp_path), "test", "licenciements AWS", "--feed", str(feed), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in found] == ["lmi-1", "https://www.lemondeinformatique.fr/actualites/aws-france.html"]
    assert found[0]["title"] == OLD_AWS["title"] and found[0]["link"] == OLD_AWS["link"]
    assert found[0]["matched"] == ["AWS", "licenciements"]


def test_test_command_fetches_a_url(server, tmp_path, capsys):
    assert main(["--config", str(tmp_path), "test", "title:Oracle", "--feed", server.url("/all.xml")]) == 0
    captured = capsys.readouterr()
    assert "**Oracle** rachète" in captured.out
    assert "1 of 2 entries match" in captured.err


@pytest.mark.parametrize("query, expected", [
    ('"plan social', "column 1"),
    ("(AWS OR Azure", "column 1"),
    ("-Azure", "exclu"),
    ("", "empty"),
])
def test_bad_query_is_refused_with_where(tmp_path, capsys, query, expected):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([OTHER]))
    # "--" lets a query start with "-", as for any command-line tool.
    assert main(["--config", str(tmp_path), "test", "--feed", str(feed), "--", query]) == 2
    assert expected in capsys.readouterr().err.lower()


def test_test_command_on_a_missing_file_says_so(tmp_path, capsys):
    assert main(["--config", str(tmp_path), "test", "AWS", "--feed", str(tmp_path / "nope.xml")]) == 2
    assert "nope.xml" in capsys.readouterr().err


def test_search_stored_articles(setup, server, capsys):
    server.publish("/all.xml", rss([NEW_AWS, OLD_AWS, OTHER]))
    assert main([*setup, "poll", "--once"]) == 0
    capsys.readouterr()
    assert main([*setup, "search", "licencier AWS", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [f["id"] for f in found] == ["lmi-3", "lmi-1"]  # newest first
    assert all(f["source"] == "LMI" for f in found)
    assert main([*setup, "search", "licencier AWS", "--limit", "1", "--json"]) == 0
    assert [f["id"] for f in json.loads(capsys.readouterr().out)] == ["lmi-3"]
    assert main([*setup, "search", "start-up -Oracle", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*setup, "search", "AWS", "--since", "soon"]) == 2
    assert "--since" in capsys.readouterr().err


def test_feeds_shows_each_feeds_state(setup, server, capsys):
    server.set("/cloud.xml", Route(status=503, body=b"down", headers={"Retry-After": "120"}))
    assert main([*setup, "poll", "--once"]) == 4  # one feed failed
    capsys.readouterr()
    assert main([*setup, "feeds", "--json"]) == 0
    states = {f["name"]: f for f in json.loads(capsys.readouterr().out)}
    assert states["LMI"]["state"] == "ok" and states["LMI"]["entries"] == 2
    assert states["LMI Cloud"]["state"] == "failing"
    assert "503" in states["LMI Cloud"]["last_error"]
    assert states["LMI Cloud"]["next_poll"] > states["LMI Cloud"]["last_fetch"]
    assert main([*setup, "feeds"]) == 0
    assert "failing" in capsys.readouterr().out


def test_check_config_accepts_the_shipped_config(capsys):
    assert main(["--config", str(SHIPPED_CONFIG), "check-config"]) == 0
    assert "OK, 10 feeds" in capsys.readouterr().out


def test_check_config_reports_every_problem_with_its_place(tmp_path, capsys):
    config = write_config(tmp_path / "config", {"A": "ftp://example.fr/feed"},
                          '[[watch]]\nname = "x"\nquery = "(AWS"\n\n[[watch]]\nname = "y"\nquerry = "AWS"\n')
    assert main(["--config", str(config), "check-config"]) == 1
    out = capsys.readouterr().out
    assert "feeds.toml:3: feed[1].url" in out
    assert "keywords.toml:3: watch[1].query" in out
    assert "watch[2]" in out and "querry" in out


def test_commands_refuse_a_broken_config(tmp_path, capsys):
    config = write_config(tmp_path / "config", {"A": "http://127.0.0.1:9/feed"}, "[[watch]\n")
    assert main(["--config", str(config), "--db", str(tmp_path / "v.db"), "poll", "--once"]) == 2
    assert "keywords.toml:1" in capsys.readouterr().err


def test_stories_lists_each_story_with_its_articles(setup, server, capsys):
    poll_json(setup, capsys)  # the backlogs, stored silently
    server.publish("/all.xml", rss([NEW_AWS, OLD_AWS, OTHER]))
    server.publish("/cloud.xml", rss([NEW_AWS_AGAIN]))
    (alert,) = poll_json(setup, capsys)
    assert main([*setup, "stories", "--since", "2d", "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert [s["story"] for s in stories] == [alert["story"]]  # the older articles are out of --since
    (story,) = stories
    assert sorted(a["id"] for a in story["articles"]) == ["cloud-77", "lmi-3"]
    assert {a["source"] for a in story["articles"]} == {"LMI", "LMI Cloud"}
    assert all(a["link"] == "https://www.lemondeinformatique.fr/actualites/aws-france.html" for a in story["articles"])
    assert main([*setup, "search", "licencier AWS", "--json"]) == 0
    assert {f["story"] for f in json.loads(capsys.readouterr().out) if f["id"] in ("lmi-3", "cloud-77")} == {alert["story"]}
    assert main([*setup, "stories"]) == 0
    assert "LMI Cloud" in capsys.readouterr().out
    assert main([*setup, "stories", "--since", "soon"]) == 2
