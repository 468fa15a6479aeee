"""The feed farm: N distinct French tech-news RSS feeds served by a separate process on 127.0.0.1.

Every feed answers after `delay` seconds (as real sites do) with ETag/Last-Modified, 304 on a
matching conditional GET, gzip when asked. A minimal asyncio HTTP/1.1 server (keep-alive)
holds any number of delayed requests at once without a thread each. Control endpoints:
`/_stats` (JSON counters), `/_reset`, `/_publish?fraction=0.1` (one new entry to that share
of feeds, evenly spaced so any prefix sample gets its share).

With `page_sites=N` the entries link to article pages the farm serves itself, on N sites:
N loopback addresses (127.0.0.2 …), one listener each on the farm's port, since a page's
politeness (robots.txt, one gate per site) goes by its host. Each page is ~100 KB as real
ones are: menus and most-read lists of other headlines, the article, comments, a footer and
scripts. Page and robots.txt requests are counted apart from the feeds' (`pages`).

    with Farm(feeds=1000, entries=30, delay=0.15) as farm:
        farm.feed_urls(); farm.publish(fraction=0.1); farm.stats(); farm.reset_stats()
"""
from __future__ import annotations

import argparse
import asyncio
import email.utils
import gzip
import html
import json
import os
import random
import re
import resource
import select
import subprocess
import sys
import time
import unicodedata
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

OUTLETS = (
    "Le Monde Informatique", "LeMagIT", "Silicon.fr", "ZDNet France", "01net", "Next",
    "Numerama", "L'Informé", "Frandroid", "Journal du Net", "L'Usine Digitale", "Clubic",
)
COMPANIES = (
    "AWS", "Microsoft", "Google", "OVHcloud", "Orange", "Capgemini", "Atos", "SFR", "Free",
    "Bouygues Telecom", "Thales", "Dassault Systèmes", "Mistral AI", "Meta", "Apple", "IBM",
    "Salesforce", "SAP", "Scaleway", "Sopra Steria", "Ubisoft", "Criteo", "Doctolib", "Qonto",
    "Nvidia", "Intel", "Oracle", "Back Market", "Worldline", "Alan",
)
PLACES = (
    "Paris", "Lyon", "Nantes", "Toulouse", "Bordeaux", "Lille", "Rennes", "Grenoble", "Sophia-Antipolis",
    "Montpellier", "Strasbourg", "Marseille", "Nice", "Brest", "Lannion", "Saclay", "Clermont-Ferrand",
    "Rouen", "Orléans", "Dijon", "Nancy", "Tours", "Angers", "Caen",
)
PRODUCTS = (
    "sa plateforme cloud", "son assistant IA", "sa messagerie", "son offre 5G", "son cloud public",
    "son antivirus", "son CRM", "sa box", "son ERP", "son application mobile", "son réseau fibre",
    "son hébergement", "son service de paiement", "son IA générative", "sa suite bureautique", "son VPN",
)
# A real outlet does not run the same headline twice a week: each one names a company and a
# figure, a place or a product, so titles across the farm (1,000 feeds × 30) are almost all
# distinct and same-story detection sees what a real site gives it.
TITLES = (
    "{c} annonce {n} licenciements en France, {place} en première ligne",
    "Plan social chez {c} : {n} postes menacés à {place}",
    "Cyberattaque : {c} victime d'un rançongiciel à {place}, {product} à l'arrêt depuis {h} heures",
    "Cyberattaque contre {c} à {place} : {n} postes de travail chiffrés",
    "{c} lève {m} millions d'euros pour accélérer à {place}",
    "La CNIL inflige une amende de {m} millions d'euros à {c} pour {product}",
    "Panne géante chez {c} : {product} inaccessible pendant {h} heures pour {n} 000 clients",
    "Panne chez {c} : {n} 000 clients privés de service à {place}",
    "IA générative : {c} dévoile à {place} un modèle « open weight » de {b} milliards de paramètres",
    "Cloud souverain : {c} et {c2} s'allient et investissent {m} millions d'euros à {place}",
    "{c} rachète {c2} pour {m} milliards de dollars",
    "{c} rachète une start-up de {place} pour {m} millions d'euros",
    "Grève chez {c} à {place} : {n} salariés dénoncent la réorganisation de {product}",
    "Résultats : {c} dépasse les attentes avec {p} % de croissance et {m} millions d'euros de bénéfice",
    "{c} : chiffre d'affaires en recul de {p} %, {n} postes gelés",
    "Fuite de données chez {c} : {n} 000 comptes de {product} exposés",
    "{c} recrute {n} ingénieurs à {place} et {place2}",
    "Sécurité : {c} corrige une faille critique dans {product}, {n} 000 clients concernés",
    "Télétravail : {c} impose {j} jours de bureau par semaine à ses {n} salariés de {place}",
    "RGPD : {c} condamné à {m} millions d'euros pour {product}",
    "{c} ouvre un datacenter de {b} mégawatts près de {place}",
    "Fibre : {c} raccorde {n} 000 foyers autour de {place}",
    "{c} investit {m} millions d'euros dans {product} à {place}",
    "Procès {c} contre {c2} : {m} millions d'euros réclamés devant le tribunal de {place}",
)
SENTENCES = (
    "Selon nos informations, la direction de <strong>{c}</strong> a présenté le projet aux représentants du personnel {d}.",
    "Les syndicats évoquent <em>« une décision brutale »</em> et réclament l'ouverture de négociations.",
    "Le groupe emploie environ {n} 000 salariés dans l'Hexagone, dont une majorité d'ingénieurs.",
    "Contacté, {c2} n'a pas souhaité commenter ces informations.",
    "L'opération doit être finalisée d'ici la fin de l'année, sous réserve du feu vert de l'Autorité de la concurrence.",
    "Les clients concernés ont été prévenus par courriel &amp; invités à changer leur mot de passe.",
    "Une enquête a été ouverte par l'ANSSI et le parquet de Paris.",
    "<em>« Nous restons pleinement mobilisés »</em>, assure un porte-parole de {c}.",
    "Les détails sont disponibles sur <a href=\"https://{dom}/docs/{n}\">la page officielle</a>.",
    "Cette annonce intervient après un exercice marqué par une baisse de {p}&nbsp;% du chiffre d'affaires.",
    "Les analystes de Gartner et d'IDC prévoient une croissance de {p}&nbsp;% du marché en 2025.",
    "Côté technique, la nouvelle version s'appuie sur Kubernetes, PostgreSQL et une couche d'IA maison.",
    "À Bercy, on rappelle que l'État détient une participation minoritaire dans l'entreprise.",
    "Les équipes de Sophia-Antipolis et de Rennes seraient les plus touchées.",
    "Le comité social et économique (CSE) doit rendre son avis d'ici {n} jours.",
)
WHEN = ("ce lundi", "mardi dernier", "ce mercredi matin", "jeudi soir", "en fin de semaine", "hier")
AUTHORS = ("Jacques Cheminat", "Gaëlle Ruffieux", "Léna Corot", "Célia Séramour", "Xavier Biseul", "Hélène Fabre")
CATEGORIES = ("Emploi", "Cybersécurité", "Cloud", "IA", "Télécoms", "Réglementation", "Finance", "Data")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


@dataclass(frozen=True, slots=True)
class FarmEntry:
    """One generated article."""

    title: str
    link: str
    guid: str
    summary_html: str
    author: str
    category: str
    published: int  # unix seconds


def make_entry(seed: int, feed: int, number: int, published: int, site: str | None = None) -> FarmEntry:
    """Entry `number` of feed `feed`: the same for the same seed, distinct across feeds. Its
    link is on the outlet's site, or on `site` ("host:port") where the farm serves its page."""
    rng = random.Random(f"{seed}/{feed}/{number}")
    c, c2 = rng.sample(COMPANIES, 2)
    place, place2 = rng.sample(PLACES, 2)
    outlet = OUTLETS[feed % len(OUTLETS)]
    dom = f"www.{_slug(outlet)}.example.fr"
    fill = dict(c=c, c2=c2, n=rng.randint(2, 900), m=rng.randint(2, 400), p=rng.randint(2, 40),
                d=rng.choice(WHEN), dom=dom, place=place, place2=place2, product=rng.choice(PRODUCTS),
                h=rng.randint(2, 72), b=rng.randint(2, 400), j=rng.randint(2, 4))
    title = rng.choice(TITLES).format(**fill)
    # A chapô of a few sentences, as French outlets put in <description> (about 11 ms of
    # feedparser CPU per 30-entry feed, the figure issue 6 calibrates against).
    paragraphs = []
    for count in (rng.randint(1, 3), rng.choice((0, 0, 0, 1))):
        if count:
            sentences = rng.sample(SENTENCES, count)
            paragraphs.append("<p>" + " ".join(s.format(**fill) for s in sentences) + "</p>")
    if rng.random() < 0.4:
        paragraphs.append(f'<p><img src="https://{dom}/img/{feed}-{number}.jpg" alt="{html.escape(c)}" width="640"/></p>')
    link = f"{f'http://{site}' if site else f'https://{dom}'}/rubrique-{feed}/{_slug(title)}-{number}.html"
    guid = link if feed % 2 else f"{dom}:{feed}:{number}"
    return FarmEntry(title, link, guid, "".join(paragraphs), rng.choice(AUTHORS),
                     rng.choice(CATEGORIES), published)


def render_rss(feed: int, entries: list[FarmEntry]) -> bytes:
    """An RSS 2.0 document; odd feeds wrap summaries in CDATA, even ones escape them."""
    outlet = OUTLETS[feed % len(OUTLETS)]
    site = f"https://www.{_slug(outlet)}.example.fr/rubrique-{feed}/"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        f"<title>{html.escape(outlet)} – rubrique {feed}</title><link>{site}</link>",
        f"<description>Toute l'actualité IT de {html.escape(outlet)}</description><language>fr</language>",
    ]
    for e in entries:
        summary = f"<![CDATA[{e.summary_html}]]>" if feed % 2 else html.escape(e.summary_html, quote=False)
        permalink = "true" if e.guid == e.link else "false"
        parts.append(
            f"<item><title>{html.escape(e.title, quote=False)}</title><link>{e.link}</link>"
            f'<guid isPermaLink="{permalink}">{e.guid}</guid>'
            f"<pubDate>{email.utils.formatdate(e.published, usegmt=True)}</pubDate>"
            f"<dc:creator>{e.author}</dc:creator><category>{e.category}</category>"
            f"<description>{summary}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def render_page(seed: int, entry: FarmEntry, others: list[FarmEntry]) -> bytes:
    """The article page of `entry`: its title, chapô and body inside the page around it (menus
    and lists of the `others`' headlines, comments, footer, scripts), ~100 KB."""
    rng = random.Random(f"{seed}/{entry.link}")
    c, c2 = rng.sample(COMPANIES, 2)
    fill = dict(c=c, c2=c2, n=rng.randint(2, 900), p=rng.randint(2, 40),
                d=rng.choice(WHEN), dom="www.example.fr")
    body = "".join(f"<p>{' '.join(s.format(**fill) for s in rng.sample(SENTENCES, 3))}</p>" for _ in range(4))
    headlines = "".join(f'<li><a href="{o.link}">{html.escape(o.title)}</a></li>' for o in others)
    comments = "".join(f'<div class="comment"><p>{html.escape(o.title)} ? Quelle surprise.</p></div>'
                       for o in others[:5])
    script = "var tracking = [" + ",".join(f'"{rng.getrandbits(64):016x}"' for _ in range(4000)) + "];"
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(entry.title)}</title>'
            f"<script>{script}</script></head><body><header><nav><ul>{headlines}</ul></nav></header>"
            f"<main><article><h1>{html.escape(entry.title)}</h1><div class=\"chapo\">{entry.summary_html}</div>"
            f"{body}</article><aside><h2>Les plus lus</h2><ul>{headlines}</ul></aside>"
            f'<section class="comments">{comments}</section></main><footer><p>Mentions légales · Contact'
            f"</p></footer></body></html>").encode("utf-8")


class FeedState:
    """One feed as served: its newest entries and the rendered bodies and validators."""

    def __init__(self, seed: int, index: int, entries: int, anchor: int, site: str | None = None) -> None:
        self.seed, self.index, self.size, self.site = seed, index, entries, site
        spacing = random.Random(f"{seed}/{index}").randint(1200, 6 * 3600)  # 20 min to 6 h
        self.entries = [make_entry(seed, index, k, anchor - (entries - k) * spacing, site) for k in range(entries)]
        self.next_number = entries
        self._render()

    def publish(self, now: int) -> None:
        published = max(now, self.last_modified + 1)  # HTTP dates have 1 s resolution
        self.entries = self.entries[1:] + [make_entry(self.seed, self.index, self.next_number, published, self.site)]
        self.next_number += 1
        self._render()

    def _render(self) -> None:
        self.body = render_rss(self.index, list(reversed(self.entries)))  # newest first
        self.gzipped = gzip.compress(self.body, compresslevel=6)
        self.last_modified = self.entries[-1].published
        self.etag = f'"f{self.index}-{self.next_number}"'

    def page(self, path: str) -> bytes | None:
        """The article page at `path`, if it is one of this feed's entries'."""
        for entry in self.entries:
            if urlsplit(entry.link).path == path:
                return render_page(self.seed, entry, [e for e in self.entries if e is not entry])
        return None


def select_feeds(feeds: int, fraction: float, round_no: int) -> list[int]:
    """Evenly spaced feed indexes, shifted each round, so every prefix sample gets its share."""
    count = min(feeds, round(feeds * fraction))
    if count <= 0:
        return []
    step = feeds / count
    offset = round_no % max(1, int(step))
    return sorted({(int(j * step) + offset) % feeds for j in range(count)})


def is_not_modified(feed: FeedState, headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match wins; else If-Modified-Since at or after Last-Modified."""
    if "if-none-match" in headers:
        tags = [t.strip().removeprefix("W/") for t in headers["if-none-match"].split(",")]
        return feed.etag in tags or "*" in tags
    if "if-modified-since" in headers:
        try:
            since = email.utils.parsedate_to_datetime(headers["if-modified-since"]).timestamp()
        except (TypeError, ValueError):
            return False
        return feed.last_modified <= since
    return False


def wants_gzip(headers: dict[str, str]) -> bool:
    for token in headers.get("accept-encoding", "").lower().split(","):
        name, _, params = token.strip().partition(";")
        if name.strip() == "gzip" and params.replace(" ", "") not in ("q=0", "q=0.0"):
            return True
    return False


STAT_KEYS = ("requests", "ok", "not_modified", "not_found", "gzipped", "bytes_sent", "connections", "max_in_flight",
             "pages")
PAGE_SITES = "127.0.0.{}"  # site k (from 0) is 127.0.0.{k + 2}: all of 127/8 is loopback on Linux


def page_site(feed: int, feeds: int, sites: int, port: int) -> str | None:
    """The site of feed `feed`'s pages: consecutive feeds are one outlet's sections, so a
    `publish` (evenly spaced feeds) gives each site its share of the new pages."""
    return f"{PAGE_SITES.format(2 + feed * sites // feeds)}:{port}" if sites else None


class FarmServer:
    """The server side: feed states, counters, and the HTTP/1.1 connection loop."""

    def __init__(self, feeds: int, entries: int, delay: float, seed: int, page_sites: int = 0, port: int = 0) -> None:
        anchor = int(time.time()) // 3600 * 3600
        self.feeds = [FeedState(seed, i, entries, anchor, page_site(i, feeds, page_sites, port)) for i in range(feeds)]
        self.delay = delay
        self.rounds = 0
        self.in_flight = 0
        self.reset()

    def reset(self) -> dict[str, int]:
        self.stats = dict.fromkeys(STAT_KEYS, 0)
        return self.stats

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.stats["connections"] += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *lines = head.decode("latin-1").split("\r\n")
                method, target, version = request_line.split(" ", 2)
                headers = {}
                for line in lines:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                if int(headers.get("content-length", "0") or 0):
                    await reader.readexactly(int(headers["content-length"]))
                connection = headers.get("connection", "").lower()
                keep = "keep-alive" in connection if version == "HTTP/1.0" else "close" not in connection
                status, extra, body = await self.respond(target, headers)
                out = [f"HTTP/1.1 {status}", f"Date: {email.utils.formatdate(usegmt=True)}",
                       f"Content-Length: {len(body)}", f"Connection: {'keep-alive' if keep else 'close'}"]
                out += [f"{k}: {v}" for k, v in extra.items()]
                data = ("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body
                writer.write(data)
                self.stats["bytes_sent"] += len(data)
                await writer.drain()
                if not keep:
                    break
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass  # the client closed or sent something we do not speak
        finally:
            writer.close()

    async def respond(self, target: str, headers: dict[str, str]) -> tuple[str, dict[str, str], bytes]:
        url = urlsplit(target)
        if url.path.startswith("/_"):
            return self.control(url.path, parse_qs(url.query))
        if url.path == "/robots.txt" or url.path.startswith("/rubrique-"):
            return await self.article(url.path)
        self.stats["requests"] += 1
        self.in_flight += 1
        self.stats["max_in_flight"] = max(self.stats["max_in_flight"], self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        match = re.fullmatch(r"/feed/(\d+)\.xml", url.path)
        if not match or int(match[1]) >= len(self.feeds):
            self.stats["not_found"] += 1
            return "404 Not Found", {"Content-Type": "text/plain"}, b"not found"
        feed = self.feeds[int(match[1])]
        validators = {"ETag": feed.etag, "Last-Modified": email.utils.formatdate(feed.last_modified, usegmt=True)}
        if is_not_modified(feed, headers):
            self.stats["not_modified"] += 1
            return "304 Not Modified", validators, b""
        self.stats["ok"] += 1
        extra = {"Content-Type": "application/rss+xml; charset=utf-8", "Vary": "Accept-Encoding", **validators}
        if wants_gzip(headers):
            self.stats["gzipped"] += 1
            return "200 OK", {**extra, "Content-Encoding": "gzip"}, feed.gzipped
        return "200 OK", extra, feed.body

    async def article(self, path: str) -> tuple[str, dict[str, str], bytes]:
        """An article page (robots.txt: none, which allows every page)."""
        self.stats["pages"] += 1
        await asyncio.sleep(self.delay)
        match = re.fullmatch(r"/rubrique-(\d+)/.+", path)
        page = self.feeds[int(match[1])].page(path) if match and int(match[1]) < len(self.feeds) else None
        if page is None:
            return "404 Not Found", {"Content-Type": "text/plain"}, b"not found"
        return "200 OK", {"Content-Type": "text/html; charset=utf-8"}, page

    def control(self, path: str, query: dict[str, list[str]]) -> tuple[str, dict[str, str], bytes]:
        if path == "/_stats":
            answer: object = self.stats
        elif path == "/_reset":
            answer = self.reset()
        elif path == "/_publish":
            chosen = select_feeds(len(self.feeds), float(query.get("fraction", ["0.1"])[0]), self.rounds)
            self.rounds += 1
            now = int(time.time())
            for i in chosen:
                self.feeds[i].publish(now)
            answer = chosen
        else:
            return "404 Not Found", {"Content-Type": "text/plain"}, b"unknown control endpoint"
        return "200 OK", {"Content-Type": "application/json"}, json.dumps(answer).encode()


async def _serve_forever(args: argparse.Namespace) -> None:
    server: FarmServer | None = None

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await server.serve(reader, writer)

    listener = await asyncio.start_server(serve, args.host, args.port, backlog=4096)
    port = listener.sockets[0].getsockname()[1]
    sites = [PAGE_SITES.format(2 + k) for k in range(args.page_sites)]
    listeners = [listener] + ([await asyncio.start_server(serve, sites, port, backlog=1024)] if sites else [])
    server = FarmServer(args.feeds, args.entries, args.delay, args.seed, args.page_sites, port)
    print(f"READY {port}", flush=True)
    try:
        await listener.serve_forever()
    finally:
        for each in listeners:
            each.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the feed farm until killed.")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=30)
    parser.add_argument("--delay", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--page-sites", type=int, default=0, help="serve article pages on this many sites")
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # one socket per concurrent client
    asyncio.run(_serve_forever(args))


@dataclass(frozen=True, slots=True)
class FarmStats:
    """What the farm served since the last reset (feed requests only, not control calls)."""

    requests: int
    ok: int
    not_modified: int
    not_found: int
    gzipped: int
    bytes_sent: int
    connections: int
    max_in_flight: int
    pages: int  # article pages and robots.txt


class Farm:
    """The client side: starts the farm process, talks to its control endpoints, stops it."""

    def __init__(self, feeds: int = 1000, entries: int = 30, delay: float = 0.15, seed: int = 1,
                 page_sites: int = 0) -> None:
        self.feeds, self.entries, self.delay, self.seed, self.page_sites = feeds, entries, delay, seed, page_sites
        self._process: subprocess.Popen | None = None
        self.port = 0

    def __enter__(self) -> "Farm":
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.farm", "--feeds", str(self.feeds), "--entries", str(self.entries),
             "--delay", str(self.delay), "--seed", str(self.seed), "--page-sites", str(self.page_sites)],
            stdout=subprocess.PIPE, env=env, text=True,
        )
        ready, _, _ = select.select([self._process.stdout], [], [], 120)
        line = self._process.stdout.readline() if ready else ""
        if not line.startswith("READY "):
            self.close()
            raise RuntimeError(f"the feed farm did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            self._process.wait(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, i: int) -> str:
        return f"{self.base_url}/feed/{i}.xml"

    def feed_urls(self) -> list[str]:
        return [self.url(i) for i in range(self.feeds)]

    def publish(self, fraction: float = 0.1) -> list[int]:
        """One new entry (new ETag and Last-Modified) to `fraction` of the feeds; their indexes."""
        return self._control(f"/_publish?fraction={fraction}")

    def stats(self) -> FarmStats:
        return FarmStats(**self._control("/_stats"))

    def reset_stats(self) -> None:
        self._control("/_reset")

    def _control(self, path: str):
        with urllib.request.urlopen(self.base_url + path, timeout=30) as response:
            return json.loads(response.read())


if __name__ == "__main__":
    main()
