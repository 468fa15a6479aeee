"""What an article says, reduced to what tells one event from another (issue 12).

Pure: an article's title and lead in, its `StoryFeatures` out, through the one normaliser
(monitor.query.text). Fields are sorted tuples, not sets: an index holds ~100,000 of them
and a tuple of 25 strings is a tenth of a frozenset's size.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from monitor.query.aliases import Aliases
from monitor.query.text import Word, fold, terms, words
from monitor.stories.lexicon import (
    AUTHORITIES, BOSSES, CLAIMANT, CLOUD_REGIONS, COMMON_CAPITALISED, CONTEXT, COUNTRIES, COURTS, DEFECT, DEPARTMENTS,
    DESTINATION, DEVICES, DEVICE_KINDS, DROPPED, EVENT_KINDS, EXPLAINER, FIXED, FIXES, FOLLOW_UP, FUNDING_SERIES, IDIOM,
    IDIOMS, INSTITUTION_KINDS, JOB_WORDS, KIND_PHRASE, KIND_PHRASES, LAUNCHED, LAWS, LAYOFF_VERBS, MAKERS, NAME_GROUPS,
    NUMBER_WORDS, one_of, PARENT, PARLIAMENT_SEAT, PRECEDENT, PRICE_RISE, PRICE_WORDS, RECALLED, RECURRENCE, RIVALS,
    RIVAL_HINTS, ROUNDUP, SCALE_WORDS, SELF_OFFER, STANDARDS, STOCK_MOVE, STOP, SUPPORT_END, VENUES, VOTE_WORDS,
    WORD_GROUPS,
)


# The lead is the feed's text cut here: its opening says the event, a full article would only cost.
LEAD_CHARS = 600
TITLE_CHARS = 300  # a real title is under 200; a hostile feed's may be a megabyte


@dataclass(frozen=True, slots=True)
class StoryArticle:
    id: int  # entry id (unique, increasing)
    title: str
    lead: str  # the feed's summary text (plain text), may be empty
    published: datetime  # aware UTC
    site: str  # registrable site, e.g. "lemagit.fr"


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    published: datetime
    site: str
    terms: tuple[str, ...]  # content terms of title and lead (stop words out)
    title_terms: tuple[str, ...]
    entities: tuple[str, ...]  # terms of names and acronyms, anywhere; not those a title sets aside (rivals)
    title_entities: tuple[str, ...]
    openers: tuple[str, ...]  # capitalised words opening a sentence: a name or not ("Orange", "Layoffs")
    title_openers: tuple[str, ...]  # the word heading a title: "Rennes : l'hôpital…" may name someone
    name_tails: tuple[str, ...]  # names that only go on the one before: "Vegas", "Drahi", "Steria"
    title_lines: tuple[str, ...]  # a title's names with the one after: "freebox pop", "macbook air"
    lines: tuple[str, ...]  # the same in title and lead (a lead's numbers are a list: "Windows 10 et 11")
    numbers: tuple[float, ...]  # amounts, digits or words: "60" and "soixantaine" are both 60
    title_numbers: tuple[float, ...]
    percents: tuple[float, ...]  # "15 %" is a share, never the amount of "15 000 salariés"
    title_percents: tuple[float, ...]
    kinds: tuple[str, ...]  # kinds of event the title names (layoffs, strike, outage…); a lead's
    # words are context ("au lendemain de l'attaque", "les résultats de recherche")
    aftermath: tuple[str, ...]  # the kinds its context names: "s'excuse après la panne" follows an outage up
    roundup: bool  # a weekly digest or other recurring format: never one event
    recurrence: bool  # the title says it happens again ("à nouveau en panne")
    defect: bool  # the title tells of a defect, not of its fix: "une mise à jour bloque des appareils"
    fixes: bool  # the title tells of fixes shipped, no defect: "Microsoft corrige 172 vulnérabilités"
    support_end: bool  # the title tells that a product gets no more fixes: "Fin de Windows 10" (lexicon.SUPPORT_END)
    follow_up: bool  # the title follows an event up: a test, a post-mortem, its aftermath (lexicon.FOLLOW_UP)
    explainer: bool  # the title explains an event: "ce qui change pour vous", "pourquoi…" (lexicon.EXPLAINER)
    title_devices: tuple[str, ...]  # the kinds of device its title names (lexicon.DEVICE_KINDS): "écouteurs"
    devices: tuple[str, ...]  # the same, anywhere
    title_institutions: tuple[str, ...]  # the kinds of institution its title names (lexicon.INSTITUTION_KINDS)
    institutions: tuple[str, ...]  # the same, anywhere
    precedents: tuple[str, ...]  # the actor of the event a title opens on ("Après Cultura, …": "cultura")
    versions: tuple[str, ...]  # a name and its number in the title: "ios 27", "ios 26.5.1", "wwdc 2026"
    cves: tuple[str, ...]  # the flaws it names by their CVE ids, anywhere: "cve-2026-21762"
    # What the title names that tells events apart (stories.apart), found once per article:
    releases: tuple[str, ...]  # "ios 27", "medium 4": not "microsoft 365", "wwdc 2026", "wi-fi 7"
    variants: tuple[tuple[str, str], ...]  # a release's variants: ("gemini 4", "pro"), ("iphone 18", "max")
    models: tuple[tuple[str, str], ...]  # a name with its number in one word: ("m", "5"), ("a", "19")
    towns: tuple[str, ...]  # lexicon.DEPARTMENTS' towns, heading the title too ("Rennes : …")
    authorities: tuple[str, ...]  # lexicon.AUTHORITIES
    authorities_cited: tuple[str, ...]  # a fine's, and its courts, anywhere, a recalled aside too (features)
    courts: tuple[str, ...]  # lexicon.COURTS, title and lead: "Meta condamné…", "Le tribunal de Paris…"
    regions: tuple[str, ...]  # a cloud's regions, title and lead: "eu-west-3", "France Central"
    days: tuple[str, ...]  # the weekdays its title names: "en panne ce lundi"
    countries: tuple[str, ...]  # the countries its title names: "en Allemagne", "en France"


_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?")  # "3 000" with a space, or a no-break one as French typesets it
_SENTENCE_END = ".!?«\"“"
# A name (capitalised or camel case: iOS, macOS, WWDC, Wi-Fi) then a number, maybe dotted.
# Linear on any text: a name starts only where a word does, and its possessive quantifiers
# never give back ("A-A-A-…" of a hostile title would otherwise cost seconds).
_VERSION = re.compile(r"(?<![\w-])([A-Z][\w-]*+|[a-z]++[A-Z][\w-]*+)[\s-](\d++(?:\.\d++)*+)\b(?![ \u00a0\u202f]?\d)(?!\s?%)")
_WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
_CVE = re.compile(r"\bCVE-\d{4}-\d{4,7}\b", re.IGNORECASE)
# A title headed by one word may head it with a name ("Rennes : l'hôpital…") or a topic
# ("Souveraineté : les ministères…"); "Changement de patron…" opens on a plain word.
_HEADING = re.compile(r"\s*[\w'’&.-]+\s*[:–—]")
_PERCENT = re.compile(r"[\s\u202f]*(?:%|pour\s?cents?\b)", re.IGNORECASE)


class Names(dict[tuple[str, ...], str]):
    """A member's terms -> the one term of its group; `widths`: a first term -> the numbers of
    terms of the members it starts, most first; `words`: the terms that are common words
    (WORD_GROUPS)."""

    def __init__(self, table: dict[tuple[str, ...], str], words: frozenset[str] = frozenset()) -> None:
        super().__init__(table)
        widths: dict[str, set[int]] = {}
        for k in table:
            if k:
                widths.setdefault(k[0], set()).add(len(k))
        self.widths = {first: tuple(sorted(ns, reverse=True)) for first, ns in widths.items()}
        self.words = words


def features(article: StoryArticle, aliases: Aliases | None = None, names: Names | None = None) -> StoryFeatures:
    """The features of one article; `aliases` makes "Amazon Web Services" and "AWS" one name,
    as `name_table` makes them (`names`: that table, made once for many articles)."""
    canon = name_table(aliases) if names is None else names
    title, told_lead = _seat_named(article.title[:TITLE_CHARS]), _seat_named(article.lead[:LEAD_CHARS])
    t_words = words(title)
    t_terms, t_ents, t_open, t_tails = _terms_and_entities(title, t_words, canon)
    folded_title = fold(title)
    # what a lead recalls is not what it reports; but an explainer naming nobody ("Vos données ont peut-être
    # fuité : les bons réflexes") reports what its lead recalls ("après la fuite chez Decathlon")
    explainer = bool(EXPLAINER.search(folded_title))
    lead = told_lead if explainer and not t_ents else RECALLED.sub(" ", told_lead)
    l_words = words(lead)
    l_terms, l_ents, l_open, l_tails = _terms_and_entities(lead, l_words, canon)
    precedents = _precedents(title, canon)
    # what a title drops is no actor, but still the story's name ("quitter Microsoft" / "hors d'Azure")
    dropped = _dropped(title, canon)
    bystanders = _rivals(title, canon).union(precedents, _claimants(title, canon), _parents(title, canon), dropped,
                                             _destinations(title, canon))
    # "Galaxy" speaks of Samsung, opening a title too ("Galaxy Z Fold 8 : prix…", "Z" no name to make it
    # one); not a word of a longer name: "Chat Control" is no Mistral's Chat; nor a bystander: "après
    # Villeurbanne" speaks of no attack in the Rhône
    t_makers = _makers([e for e in t_ents if e not in bystanders] + [o for o in t_open if o in _MADE and o in t_terms],
                       canon)
    lower_lead = lead.lower()
    if any(w in lower_lead for w in RIVAL_HINTS):  # most leads face no one; RIVALS costs a tenth of features
        lead_rivals = _rivals(lead, canon)  # "face à AWS et Microsoft": whom the lead's firm faces is no actor
        l_ents = [e for e in l_ents if e not in lead_rivals]
    l_makers = _makers(l_ents, canon)
    t_terms, t_ents, l_terms, l_ents = t_terms + t_makers, t_ents + t_makers, l_terms + l_makers, l_ents + l_makers
    t_terms = t_terms + [e for e in dropped if e not in t_terms]  # Azure's maker
    l_terms = l_terms + _initials(f"{title} {lead}")  # "Health Data Hub" is the "HDH" of another article
    t_numbers, t_percents = _numbers(title, t_words)
    l_numbers, l_percents = _numbers(lead, l_words)
    title_courts = _courts(folded_title)
    # folding a whole lead costs a quarter of the features: only for a court
    lead_courts = _courts(fold(lead)) if any(w in lower_lead for w in _COURT_HINTS) else []
    told = CONTEXT.sub(" ", _QUOTED.sub(" ", title))  # the event, without its context nor what someone says
    follow_up = bool(FOLLOW_UP.search(folded_title))
    aftermath: set[str] = set()
    if told == title:
        kinds = _kinds(t_terms, folded_title)
    else:
        kinds = _kinds(_terms_and_entities(told, words(told), canon)[0], fold(told))
        # "SFR tente de rassurer après la fuite géante": the aftermath of an event its context names
        aftermath = _kinds(t_terms, folded_title) - kinds
        follow_up = follow_up or bool(aftermath)
    defect = bool(DEFECT.search(folded_title)) and not FIXED.search(folded_title)
    if defect:  # "une mise à jour bloque des PC" tells of no launch: of a defect, an outage's or not
        kinds.difference_update(("launch", "update"))
    title_entities = _sorted([e for e in t_ents if e not in bystanders])
    title_openers = _sorted(t_open if _HEADING.match(title) else [])
    named = list(_VERSION.finditer(title))  # a name and its number: "iOS 27", "Freebox Ultra 2"
    versions = _named_versions(named)
    title_lines = _product_lines(t_tails) + _numbered_lines(named)
    cited: list[str] = []
    if "fine" in kinds:  # only a fine's authorities are compared
        cited = t_ents + l_ents
        # An aside a lead recalls names the authority of the fine the article tells of when the
        # rest of the lead tells of none ("Après l'amende de la DGCCRF, la plateforme doit…"), not
        # when it tells of another ("Trois jours après une sanction de la CNIL, Meta écope…").
        if lead != told_lead and "fine" not in _kinds(l_terms, fold(lead)):
            asides = " ".join(m.group() for m in RECALLED.finditer(told_lead))
            cited += _terms_and_entities(asides, words(asides), canon)[1]
    return StoryFeatures(
        published=article.published, site=article.site,
        terms=_sorted(t_terms + l_terms), title_terms=_sorted(t_terms),
        entities=_sorted(list(title_entities) + l_ents + dropped), title_entities=title_entities,
        openers=_sorted(t_open + l_open),
        title_openers=title_openers,
        name_tails=_sorted([tail for _, tail in t_tails + l_tails]),
        title_lines=_sorted(title_lines),
        lines=_sorted(title_lines + _product_lines(l_tails)),
        numbers=tuple(sorted(set(t_numbers + l_numbers))), title_numbers=tuple(sorted(set(t_numbers))),
        percents=tuple(sorted(set(t_percents + l_percents))), title_percents=tuple(sorted(set(t_percents))),
        kinds=tuple(sorted(kinds)),
        aftermath=tuple(sorted(aftermath)),
        roundup=_is_roundup(title, folded_title, article.site), recurrence=bool(RECURRENCE.search(folded_title)),
        defect=defect, fixes=not defect and bool(FIXES.search(folded_title)),
        support_end=bool(SUPPORT_END.search(folded_title)),
        follow_up=follow_up,
        explainer=explainer,
        title_devices=_device_kinds(t_terms), devices=_device_kinds(t_terms + l_terms),
        title_institutions=_institutions(t_terms), institutions=_institutions(t_terms + l_terms),
        precedents=precedents,
        versions=versions, cves=tuple(sorted({m.group().lower() for m in _cve_ids(f"{title} {lead}")})),
        days=tuple(sorted(_WEEKDAYS.intersection(re.findall(r"\w+", folded_title)))),
        countries=tuple(sorted({m.group() for m in _COUNTRY.finditer(folded_title)})),
        releases=_releases(versions), variants=_variants(title, named), models=_models(title_entities),
        towns=tuple(sorted(TOWN_NAMES.intersection(title_entities + title_openers))),
        authorities=_sorted([*AUTHORITY_NAMES.intersection(title_entities), *title_courts]),
        authorities_cited=_sorted([*AUTHORITY_NAMES.intersection(cited),
                                   *(title_courts + lead_courts if cited else ())]),
        courts=_sorted(title_courts + lead_courts),
        regions=_regions(f"{title.lower()} {lower_lead}"))


def _sorted(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted({sys.intern(i) for i in items}))  # interned: 100,000 articles share words


def _terms_and_entities(text: str, ws: list[Word], canon: Names,
                        ) -> tuple[list[str], list[str], list[str], list[str]]:
    """Content terms, terms that look like names, undecided openers and the names that go on the
    one before ("Las Vegas"); aliases and word groups made one term.

    A name is a capitalised word inside a sentence, an acronym (IBM, CHU) or a word with digits
    (M5, A19). A capitalised word opening a sentence counts when the next word is also a name
    ("Mistral AI lève"): "Layoffs chez AWS" opens with a plain word. Words right after "selon"
    name the source, not the event ("selon L'Informé"), so they are not names.
    """
    # a word opens a sentence when the text before it, back to the last word, ends one
    # ("L'hôpital" too: the elided article is no word)
    opens = [i == 0 or any(c in _SENTENCE_END for c in text[ws[i - 1].end:w.start]) for i, w in enumerate(ws)]
    capital = [_looks_like_name(text, w, opens[i]) for i, w in enumerate(ws)]
    openers: list[str] = []
    for i, w in enumerate(ws):
        if capital[i] is None:  # sentence opener: a name only when followed by one
            if w.term not in EVENT_KINDS:
                openers.append(w.term)
            capital[i] = (i + 1 < len(ws) and bool(capital[i + 1]) and not opens[i + 1]
                          and w.term not in EVENT_KINDS)  # "Panne Free": a word, then a name
    for i in range(1, len(ws)):  # "selon L'Informé", "selon Les Echos"
        if capital[i] and (ws[i - 1].folded == "selon" or (ws[i - 1].folded in STOP and i > 1
                                                           and ws[i - 2].folded == "selon")):
            capital[i] = False
    out_terms: list[str] = []
    out_ents: list[str] = []
    tails: list[tuple[str, str]] = []  # names right after another, with it: "Patrick Drahi", "Freebox Pop"
    last_name_end = -1
    ts = [w.term for w in ws]
    i = 0
    while i < len(ws):
        # most words start no name, one lookup says so; "groupe" starts names of 4 terms
        # ("groupe de Xavier Niel") and of 3 ("groupe de Roubaix"): only those widths are tried
        widths = canon.widths.get(ts[i], ())
        for n in widths:
            name = canon.get(tuple(ts[i:i + n]))
            # a name in one word is one only with a capital: "Meta", not "met" ("il met la main")
            if name and (n > 1 or name in canon.words or not text[ws[i].start:ws[i].end].islower()):
                out_terms.append(name)
                if name not in canon.words:
                    out_ents.append(name)
                i += n
                break
        else:
            w = ws[i]
            if w.folded not in STOP and (len(w.folded) > 2 or capital[i] or w.folded.isdigit()):
                out_terms.append(w.term)
                if capital[i]:
                    out_ents.append(w.term)
                    if last_name_end >= 0 and not text[last_name_end:w.start].strip():
                        # an acronym after a name spells it out ("Ivanti EPMM"), it is no product line
                        tails.append(("" if text[w.start:w.end].isupper() else out_ents[-2], w.term))
                    last_name_end = w.end
            i += 1
    return out_terms, out_ents, openers, tails


def _looks_like_name(text: str, w: Word, opener: bool) -> bool | None:
    raw = text[w.start:w.end]
    if raw.islower():
        return False  # most words: one C call
    if not raw.isalpha() and not raw.isdigit() and any(c.isalpha() for c in raw):
        return True  # M5, A19, europe-west9
    if len(raw) == 1 or w.folded in COMMON_CAPITALISED:
        return False  # "R&D", "Galaxy Z", "45 W", "les PME", "l'Europe"
    if raw.isupper() or any(c.isupper() for c in raw[1:]):
        return True  # acronym, or a name in camel case (OVHcloud, iPhone)
    if not raw[:1].isupper() or w.folded in STOP:
        return False
    return None if opener else True


# A département, a town or a show in several words is one name: "Haute-Vienne", "Bourg-en-Bresse"
_TOWNS = {town: department for department, towns in DEPARTMENTS.items() for town in towns.split()}
_PRESS_NAMES = Aliases.from_groups(NAME_GROUPS + tuple((n,) for n in (*DEPARTMENTS, *_TOWNS, *VENUES)
                                                        if len(terms(n)) > 1))
_WORD_TERMS = {member: " ".join(terms(group[0])) for group in WORD_GROUPS for member in map(terms, group)}


def name_table(aliases: Aliases | None) -> Names:
    """Each member's terms -> one term for its group: a common word's group gives its first
    member (lexicon.WORD_GROUPS); a name's, the shortest member, joined: the press's names for
    firms (lexicon.NAME_GROUPS), then the operator's aliases over them."""
    groups = {**_PRESS_NAMES.groups, **(aliases.groups if aliases else {})}
    names = {member: " ".join(min(group, key=lambda m: (len(m), m))) for member, group in groups.items()}
    return Names({**_WORD_TERMS, **names}, frozenset(_WORD_TERMS.values()) - set(names.values()))


TOWN_NAMES = frozenset(" ".join(terms(town)) for town in _TOWNS)
VENUE_NAMES = frozenset(" ".join(terms(v)) for v in VENUES)
_PRESS_TABLE = name_table(None)  # built once: the lexicon's words as the articles' features name them


def _named(phrase: str) -> str:
    """`phrase` as the name table of no aliases names it: one term for all members of a group."""
    ts = terms(phrase)
    return _PRESS_TABLE.get(ts, " ".join(ts))


DEVICE_TERMS = frozenset(_named(d) for d in DEVICES)
_DEVICE_KIND_OF = {_named(w): kind for kind, ws in DEVICE_KINDS.items() for w in ws.split()}
_INSTITUTION_OF = {_named(w): kind for kind, ws in INSTITUTION_KINDS.items() for w in ws.split()}
AUTHORITY_NAMES = frozenset(_named(a) for a in AUTHORITIES)
LAW_NAMES = frozenset(_named(a) for a in LAWS)
_VOTERS_AND_LAWS = AUTHORITY_NAMES | LAW_NAMES  # a vote of theirs is a law: "NIS2 : c'est voté"


def _device_kinds(ts: list[str]) -> tuple[str, ...]:
    """The kinds of device among terms, by their model codes too: "watch9" is a watch."""
    found = {_DEVICE_KIND_OF.get(t) or _DEVICE_KIND_OF.get(m.group(1) if (m := MODEL_CODE.fullmatch(t)) else "")
             for t in ts}
    found.discard(None)
    return _sorted(list(found)) if found else ()


def _institutions(ts: list[str]) -> tuple[str, ...]:
    """The kinds of institution among terms: "CHU" is a hospital, "municipales" a town hall's."""
    found = {_INSTITUTION_OF[t] for t in ts if t in _INSTITUTION_OF}
    return _sorted(list(found)) if found else ()


def _numbers(text: str, ws: list[Word]) -> tuple[list[float], list[float]]:
    """Amounts in `text`, then percentages: "1 200" -> 1200, "1,7" -> 1.7, "soixantaine" -> 60,
    "deux cents" -> 200; "15 %" and "15 pour cent" are the percentage 15.

    "Un" is left out (it is the article far more often than the number).
    """
    amounts: list[float] = []
    percents: list[float] = []
    versions = {m.start(2) for m in _VERSION.finditer(text)}
    cves = [m.span() for m in _cve_ids(text)]
    for m in _NUMBER.finditer(text):
        if any(start <= m.start() < end for start, end in cves):
            continue  # "CVE-2026-21762" names a flaw: compared as such
        if m.start() in versions or text[m.end():m.end() + 1] == "." and text[m.end() + 1:m.end() + 2].isdigit() \
                or m.start() and text[m.start() - 1] == "." and text[m.start() - 2:m.start() - 1].isdigit():
            continue  # "iOS 27", "26.5.1": a version names a product, it is no amount
        value = float(re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", "."))
        (percents if _PERCENT.match(text, m.end()) else amounts).append(value)
    folded = [w.folded for w in ws]
    i = 0
    while i < len(folded):
        value, f = NUMBER_WORDS.get(folded[i]), folded[i]
        if value is None:
            i += 1
            continue
        last = i  # "quatre-vingt-trois", "soixante-dix", "vingt et un": one number in several words
        while step := _compound_step(text, ws, last, value):
            last += step
            value = _compounded(value, NUMBER_WORDS.get(ws[last].folded, 1))  # "un" only after "et"
        nxt = folded[last + 1] if last + 1 < len(folded) else ""
        if nxt in SCALE_WORDS:
            value *= SCALE_WORDS[nxt]
        if not (i and f in SCALE_WORDS and (NUMBER_WORDS.get(folded[i - 1]) is not None or folded[i - 1] == "pour")):
            # not "deux cents": counted with "deux"; nor "15 pour cent": a percentage
            (percents if _PERCENT.match(text, ws[last].end) else amounts).append(float(value))
        i = last + 1
    return [n for n in amounts if n > 0 and n != 1], [n for n in percents if n > 0]


def _compound_step(text: str, ws: list[Word], last: int, value: int) -> int:
    """How many words on the next part of the number `value` ending at `ws[last]` is: 1 after a
    hyphen ("dix-sept"), 2 after a ten's "et" ("vingt et un", "soixante et onze"), 0 when the
    number ends there."""
    if last + 1 < len(ws) and text[ws[last].end:ws[last + 1].start] == "-" \
            and NUMBER_WORDS.get(ws[last + 1].folded, 100) < 100:
        return 1
    after = [w.folded for w in ws[last + 1:last + 3]]
    return 2 if value % 10 == 0 and 20 <= value <= 60 and after in (["et", "un"], ["et", "onze"]) else 0


def _compounded(value: int, part: int) -> int:
    """A number said so far and the next word of it: "quatre" "vingt" is 80, then "trois" 83."""
    return 80 if value == 4 and part == 20 else value + part


_PRODUCTS = {terms(product)[0]: terms(maker)
             for maker, products in (*MAKERS.items(), *BOSSES.items()) for product in products.split()}
_MADE = frozenset(_PRODUCTS)  # products by their makers, not towns by their départements
_PRODUCTS.update({" ".join(terms(town)): terms(department) for town, department in _TOWNS.items()})


def _makers(entities: list[str], canon: Names) -> list[str]:
    """The makers of the products named among `entities`, as the name table names them."""
    found = {_PRODUCTS[e] for e in entities if e in _PRODUCTS}
    return [canon.get(maker, " ".join(maker)) for maker in found]


def _rivals(title: str, canon: Names) -> set[str]:
    """The names of a rival a title gives, and of its makers: "pour défier Anaplan", "pour
    concurrencer GPT" (OpenAI's). Like the actor of the event a title opens on ("Après Cultura,
    …"), they are no actors of the title's event."""
    rival = RIVALS.search(title)
    return set(_named_with_makers(rival.group(), canon)) if rival else set()


def _named_with_makers(span: str, canon: Names) -> list[str]:
    """The names in a span of a title, and the makers of its products: a rival's, what is dropped."""
    names = _terms_and_entities(span, words(span), canon)[1]
    return names + _makers(names, canon)


_NAME_RUN = re.compile(r"\b[A-Z][\w’']*(?:[ -][A-Z][\w’']*)+")  # "Health Data Hub", "E-Business Suite"


def _initials(text: str) -> list[str]:
    """The acronyms of the names in several words of `text`, as terms: "hdh", "eb" ("EBS" stemmed);
    of three letters at least (two, "PT" for "Patch Tuesday", would meet unrelated acronyms)."""
    found: list[tuple[str, ...]] = []
    for run in _NAME_RUN.finditer(text):
        parts = re.split(r"[ -]", run.group())
        found += [terms("".join(p[0] for p in parts[i:j]))
                  for i in range(len(parts)) for j in range(i + 3, min(len(parts), i + 4) + 1)]
    return [t[0] for t in found if t]


def _claimants(title: str, canon: Names) -> list[str]:
    """The gang a title says claims an attack: "le groupe Qilin revendique l'attaque" ("qilin")."""
    return _first_names((name for m in CLAIMANT.finditer(title) for name in m.groups() if name), canon)


def _destinations(title: str, canon: Names) -> list[str]:
    """The places a title sends people or work to: "des patients transférés vers Lyon" ("lyon")."""
    return _first_names((m.group(1) for m in DESTINATION.finditer(title)), canon)


def _seat_named(text: str) -> str:
    """`text` with the European Parliament named where its seat votes ("Strasbourg repousse l'AI Act")."""
    return PARLIAMENT_SEAT.sub("Parlement européen", text) if "Strasbourg" in text else text  # most have none


def _dropped(title: str, canon: Names) -> list[str]:
    """The names of what a title says is dropped, and of their makers: "Fin de Teams et Zoom dans les
    ministères" ("team", "zoom", "microsoft"); not what replaces them, "au profit de Visio"."""
    return [e for m in DROPPED.finditer(title) for e in _named_with_makers(m.group(), canon)]


def _parents(title: str, canon: Names) -> list[str]:
    """The parents a title names its firm by: "la filiale de Cegedim" ("cegedim"); not a law, "l'application
    de l'AI Act"."""
    found = [m.group(1) for m in PARENT.finditer(title) if not m.group(1).startswith(LAWS)]
    # the name heads its capture: an opener there, as in "Cegedim", is a name too
    return [e for name in found for _, ents, openers, _ in [_terms_and_entities(name, words(name), canon)]
            for e in ents + openers]


def _precedents(title: str, canon: Names) -> tuple[str, ...]:
    """The names right after "Après", "Au lendemain de": the actor of the event a title opens on."""
    return _sorted(_first_names((m.group(1) for m in PRECEDENT.finditer(title)
                                 if m.group(1)[:1].isupper() and fold(m.group(1)) not in COMMON_CAPITALISED),
                                canon))  # not "après Bourse"


def _first_names(found: Iterable[str], canon: Names) -> list[str]:
    """Each word a title names someone by, as the name table names its first term ("Azure": "azur")."""
    return [canon.get((t[0],), t[0]) for t in map(terms, found) if t]


_COUNTRY = re.compile(r"\b(?:" + one_of(fold(c) for c in COUNTRIES) + r")\b")
_COURT = re.compile(r"\b(?:" + "|".join(re.escape(fold(c)).replace("'", "['’]")
                                         for c in sorted((c for court in COURTS for c in court), key=len, reverse=True))
                    + r")\b")
_COURT_NAME = {" ".join(terms(c)): " ".join(terms(court[0])) for court in COURTS for c in court}
# The first word of each court's names: a lead is folded for its courts only when it has one
_COURT_HINTS = frozenset(c.lower().split()[0].split("'")[0] for court in COURTS for c in court)


def _courts(folded: str) -> list[str]:
    return [_COURT_NAME[" ".join(terms(m.group()))] for m in _COURT.finditer(folded)]


# A region's code: "eu-west-3", "europe-west9", "us-central1", "fr-par-1"; or its name (lexicon).
_REGION_CODE = re.compile(r"\b[a-z]{2,}(?:-[a-z]+)+-?\d{1,2}\b")
_REGION_HINT = re.compile(r"[a-z]-(?:[a-z]+-)*[a-z]*\d{1,2}\b")  # a third of its cost: most leads have none
_REGION_NAMES = {name.lower().replace("'", q): r[0] for r in CLOUD_REGIONS for name in r[1:] for q in "'’"}


def _regions(lower: str) -> tuple[str, ...]:
    """The cloud regions a lower-cased text names, by their codes (substring tests first: one
    regex over every lead would cost a tenth of the features)."""
    found = {code for name, code in _REGION_NAMES.items() if name in lower}
    if "-" in lower and _REGION_HINT.search(lower):
        found.update(m.group() for m in _REGION_CODE.finditer(lower))
    return tuple(sorted(found))


# "Azure West Europe" names a region of Azure, not a line of it that "Azure Front Door" would differ from
_REGION_HEADS = frozenset(terms(name)[0] for r in CLOUD_REGIONS for name in r[1:]) - {terms(c)[0] for c in COUNTRIES}
# nor "Windows Update" one that "Windows 11" would: it updates every edition
_NO_LINE_TAILS = _REGION_HEADS | frozenset(terms("Update"))


def _product_lines(tails: list[tuple[str, str]]) -> list[str]:
    """A name with the one after it, "freebox pop": a line of a product, not where it runs."""
    return [f"{head} {tail}" for head, tail in tails if head and tail not in _NO_LINE_TAILS]


def _cve_ids(text: str) -> list[re.Match[str]]:
    """The flaws `text` names by their CVE ids; most news names none, and then no regex runs."""
    return list(_CVE.finditer(text)) if "CVE" in text.upper() else []


def _numbered_lines(named: list[re.Match[str]]) -> list[str]:
    """A name and its number are a product line too: "iPhone 18" is not the "iPhone Fold"."""
    return [f"{terms(m.group(1))[0]} {m.group(2).split('.')[0]}" for m in named if terms(m.group(1))]


def version_number(version: str) -> int:
    """The major number of a name and its number: 27 for "ios 27.1", 17 for "xiaomi 17"."""
    return int(version.rsplit(" ", 1)[1].split(".")[0])


def _releases(versions: tuple[str, ...]) -> tuple[str, ...]:
    """The releases of products among a title's versions: not a product whose number is its name
    ("Microsoft 365"), an edition ("WWDC 2026") or a standard ("Wi-Fi 7")."""
    return tuple(v for v in versions if version_number(v) < 100
                 and v.rsplit(" ", 1)[0] not in STANDARDS)


# The variants a title names after a release: "Gemini 4 Pro", "iPhone 18 Pro et Pro Max".
_VARIANTS = re.compile(r"(?:\s*(?:,|et|&|/)?\s*(Pro|Max|Ultra|Mini|Air|Plus|Lite|Flash|Nano|Fold|Flip|Edge|Neo|Turbo"
                       r"|Studio|SE|FE)\b)+")


def _variants(title: str, named: list[re.Match[str]]) -> tuple[tuple[str, str], ...]:
    found = set()
    for m in named:
        if after := _VARIANTS.match(title, m.end()):
            release = f"{fold(m.group(1))} {m.group(2)}"
            found.update((release, fold(v)) for v in re.findall(r"\w+", after.group()) if v not in ("et",))
    return tuple(sorted(found))


MODEL_CODE = re.compile(r"([a-z]+)(\d+)")  # a name with its number in one word: M5, A19, B300


def _models(title_entities: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({m.groups() for e in title_entities if (m := MODEL_CODE.fullmatch(e))}))


def _versions(title: str) -> tuple[str, ...]:
    """Each name of the title followed by a number, with it: the product or edition it names."""
    return _named_versions(list(_VERSION.finditer(title)))


def _named_versions(named: list[re.Match[str]]) -> tuple[str, ...]:
    return tuple(sorted({f"{fold(m.group(1))} {m.group(2)}" for m in named}))


def _kinds(ts: list[str], folded: str) -> set[str]:
    """The kinds of event named by the terms `ts` of a title, or by phrases of it, `folded`."""
    kinds = {EVENT_KINDS[t] for t in ts if t in EVENT_KINDS}
    kinds.update(KIND_PHRASES[phrase] for phrase in KIND_PHRASE.findall(folded))
    if FUNDING_SERIES.search(folded):
        kinds.add("funding")
    if offer := SELF_OFFER.search(folded):
        kinds.add("funding" if offer.group(1) else "acquisition")
    if any(w in folded for w in PRICE_WORDS) and PRICE_RISE.search(folded):
        kinds.add("price")
    if VOTE_WORDS.intersection(ts) and ("law" in kinds or _VOTERS_AND_LAWS.intersection(ts)):
        kinds.add("law")
    if STOCK_MOVE.search(folded):
        kinds.add("results")
    if LAUNCHED.search(folded):
        kinds.add("launch")
    if LAYOFF_VERBS.intersection(ts) and JOB_WORDS.intersection(ts):
        kinds.add("layoffs")
    for idiom in IDIOM.findall(folded):
        taken_back, told = IDIOMS[idiom]
        kinds.discard(taken_back)
        if told:
            kinds.add(told)
    if "update" in kinds:
        kinds.add("launch")  # "iOS 27.1 est disponible : les nouveautés de la mise à jour" / "Apple lance iOS 27.1"
    if "appeal" in kinds:  # "fait appel de son amende": the fine is what it contests; "attaque l'amende" no attack
        kinds.difference_update(("fine", "attack"))
    if "trial" in kinds:
        # "hackers renvoyés devant le tribunal": what is judged; "la police met la main sur un pirate": no purchase
        kinds.difference_update(("attack", "fine", "acquisition"))
    return kinds


_QUOTED = re.compile(r"«[^»]*»")


def _is_roundup(title: str, folded: str, site: str) -> bool:
    """A numbered issue ("#12"), a roundup's words, or a title headed by its outlet's own name:
    "Les Echos Tech : Mistral change de dimension, Sekoia.io lève 60 millions" is a newsletter."""
    return "#" in title or bool(ROUNDUP.search(folded)) or _self_headed(folded, site)


def _self_headed(folded: str, site: str) -> bool:
    """The heading before a colon starts with the site's name: "les echos tech :" on lesechos.fr."""
    head, colon, _ = folded.partition(":")
    if not colon:  # most titles: no heading, nothing to clean
        return False
    outlet = re.sub(r"[^a-z0-9]", "", site.rsplit(".", 1)[0])
    return len(outlet) >= 4 and re.sub(r"[^a-z0-9]", "", head).startswith(outlet)

