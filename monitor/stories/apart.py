"""Signs that two articles report two events, whatever they share: the titles name things that
differ (issue 12). Pure; `told_apart` is the decision's first veto.

- one product or edition with different numbers (iOS 27 / iOS 26.5.1; not Ariane 6 / Ariane 64,
  its four-booster version), releases of different products (iOS 27 / macOS 27), models of one
  series by different codes (M5 / M4), different lines of one product (the Freebox Ultra / the
  Freebox Pop);
- different towns (a town speaks of its département, lexicon.DEPARTMENTS: Grenoble and Voiron
  are in the Isère, two hospitals), authorities (the CNIL's fine, the Autorité de la
  concurrence's), weekdays ("en panne ce lundi" / "ce jeudi"), or flaws by their CVE ids;
- a court in one title, others only in the other article (the CJUE / a Paris court, both
  about Meta);
- a model by its code in one title, others only in the other article, whose title names none
  (Trainium4 / "sa nouvelle puce serveur", Graviton6);
- one incident (outage, attack, strike) at different towns or cloud regions, in the titles or
  the leads (OVHcloud's outage at Roubaix, then at Strasbourg; AWS's in eu-west-3, in us-east-1);
- each title a kind of institution the other article never names (a town hall, a hospital);
- a product's end of support and fixes shipped ("Fin de Windows 10" / "Patch Tuesday d'octobre");
- a title opening on another event whose actor the other's title has ("Après Cultura, une autre
  enseigne touchée" is not Cultura's leak).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from monitor.stories.amounts import amounts_agree
from monitor.stories.features import DEVICE_TERMS, MODEL_CODE, TOWN_NAMES, StoryFeatures

# Incidents that happen somewhere: an outage at Roubaix and one at Strasbourg are two.
PLACED_KINDS = frozenset({"outage", "attack", "strike"})


def told_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """What the titles name, or their order, says two events."""
    return _versions_differ(a, b) or _models_differ(a, b) or _lines_differ(a, b) or _named_apart(a, b) \
        or _variants_differ(a, b) or _follows(a, b) or _follows(b, a) or _coded_apart(a, b) or _coded_apart(b, a) \
        or _devices_apart(a, b) or _device_kinds_apart(a, b) or _institutions_apart(a, b) or _support_ends_apart(a, b)


def placed_apart(a: StoryFeatures, b: StoryFeatures, kinds: set[str]) -> bool:
    """One incident of `kinds` (those both titles name) at different towns or in different
    regions of a cloud (eu-west-3 / us-east-1), or a strike in different countries (one outage
    is told country by country)."""
    return bool(kinds & PLACED_KINDS) and (_disjoint(TOWN_NAMES.intersection(a.entities),
                                                    TOWN_NAMES.intersection(b.entities))
                                           or _disjoint(a.regions, b.regions)) \
        or "strike" in kinds and _disjoint(a.countries, b.countries)


def _versions_differ(a: StoryFeatures, b: StoryFeatures) -> bool:
    """One product with different numbers (iOS 27 / iOS 26.5.1; "iOS 27" may be the 27.0.1's; a
    title naming "RTX 5070 Super et RTX 5080 Super" is either's)."""
    if not a.versions or not b.versions:
        return False
    mine, theirs = _grouped(v.rsplit(" ", 1) for v in a.versions), _grouped(v.rsplit(" ", 1) for v in b.versions)
    return any(not any(_same_line(m, t) for m in numbers for t in theirs[name])
               for name, numbers in mine.items() if name in theirs)


def _same_line(one: str, other: str) -> bool:
    """"iOS 27" and "iOS 27.0.1"; "Ariane 6" and "Ariane 64", its four-booster version, "RTX 50" and
    "RTX 5070", a model of the series (a series' number and one twice as long starting with it)."""
    if one == other or one.startswith(other + ".") or other.startswith(one + "."):
        return True
    series, model = sorted((one, other), key=len)
    return len(series) <= 2 and len(model) == 2 * len(series) and model.startswith(series) and model.isdigit()


def _named_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name a release, a town, an authority or a weekday, or both articles a flaw by
    its CVE id, and never the same one: iOS 27 and macOS 27 are two announcements, Grenoble and
    Voiron two hospitals of the Isère, the CNIL's fine and the Autorité de la concurrence's two
    decisions about Google (an authority named in one title and another in the other's lead,
    too), Free's outage "ce lundi" and "ce jeudi" two outages."""
    return _disjoint(a.towns, b.towns) or _authorities_apart(a, b) or _disjoint(a.cves, b.cves) \
        or _disjoint(a.days, b.days) or _releases_apart(a.releases, b.releases) or _fined_apart(a, b) \
        or _fined_apart(b, a) or _judged_apart(a, b) or _judged_apart(b, a)


def _authorities_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name authorities, never the same one, and one of them is not in the other
    article at all: "Free conteste son amende devant le Conseil d'État" (of the CNIL, its lead
    says) is "Free fait appel de la sanction de la CNIL" (before the Conseil d'État). Not when
    either names a court: a ruling or an appeal names its court and the authority it judges
    ("Cdiscount conteste devant le Conseil d'État" / "Amende de la CNIL : Cdiscount fait appel")."""
    if a.courts or b.courts:  # a ruling names its court and the authority whose decision it judges
        return False
    return _disjoint(a.authorities, b.authorities) \
        and not (set(a.authorities) <= set(b.entities) and set(b.authorities) <= set(a.entities))


def _releases_apart(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Releases named on both sides, none of one line: "iOS 27" may be the 27.0.1's."""
    pairs = [(m.rsplit(" ", 1), t.rsplit(" ", 1)) for m in mine for t in theirs]
    return bool(pairs) and not any(m[0] == t[0] and _same_line(m[1], t[1]) for m, t in pairs)


def _fined_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles tell of a fine, `a`'s names its authority, `b` names others only: the CNIL's
    fine is not the one the Autorité de la concurrence gave in `b`'s lead, even in an aside ("Après
    l'amende de la DGCCRF, …": that fine may be `b`'s subject), unless both give the fine's amount
    ("40 millions d'euros d'amende pour Temu" whose lead recalls that Bruxelles investigates too)."""
    return "fine" in a.kinds and "fine" in b.kinds and _disjoint(a.authorities, b.authorities_cited) \
        and not amounts_agree(a, b)


def _judged_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title names a court, `b` names others only, in its lead maybe: the CJUE's ruling
    against Meta is not "Meta condamné à verser 110 millions" by a Paris court a day later."""
    if not a.courts or not b.courts:
        return False
    mine = set(a.authorities).intersection(a.courts)
    return bool(mine) and mine.isdisjoint(b.courts)


def _lines_differ(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name a product line of one maker, and different ones: the Freebox Ultra is not
    the Freebox Pop, the MacBook Air not the MacBook Pro (one title naming both is either's, and
    "Montpellier Métropole" is "Montpellier Méditerranée Métropole")."""
    return bool(a.title_lines or b.title_lines) and (_line_apart(a, b) or _line_apart(b, a))


def _line_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title names a line that `b` never does, and `b` names another line of it: in its
    title, or in its lead when its title names the product alone ("Apple dévoile son premier
    iPhone pliant", "… l'iPhone Fold"; a lead naming other lines of a product its title does not
    name lists them: "Patch Tuesday : …", "… Windows 11 et Windows Server")."""
    if not a.title_lines or not b.lines:
        return False
    mine = _lines(a.title_lines)
    theirs = _lines(b.title_lines + tuple(line for line in b.lines if line.rsplit(" ", 1)[0] in b.title_entities))
    return any(not any(_same_line(t, u) for t in tails for u in theirs[head]) and tails.isdisjoint(b.entities)
               and theirs[head].isdisjoint(a.title_entities) for head, tails in mine.items() if head in theirs)


def _lines(named: tuple[str, ...]) -> dict[str, set[str]]:
    return _grouped(line.rsplit(" ", 1) for line in named)


def _grouped(pairs: Iterable[Sequence[str]]) -> dict[str, set[str]]:
    """("iphone", "pro"), ("iphone", "air") → {"iphone": {"pro", "air"}}."""
    grouped: dict[str, set[str]] = {}
    for head, tail in pairs:
        grouped.setdefault(head, set()).add(tail)
    return grouped


def _variants_differ(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name variants of one release, and none the same: Gemini 4 Pro is not Gemini 4
    Flash (a title naming "l'iPhone 18 Pro et Pro Max" is either's, "Gemini 4" alone is any)."""
    mine, theirs = _grouped(a.variants), _grouped(b.variants)
    return any(_disjoint(variants, theirs.get(release, ())) for release, variants in mine.items())


def _models_differ(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name models of one series by their codes, and none the same: the M5 MacBook
    is not the M4 iPad (one title naming the M4 and the M3 it follows is still the M4's)."""
    return _disjoint(a.models, b.models) and bool({series for series, _ in a.models} & {s for s, _ in b.models})


def _coded_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title names a model by its code, `b`'s title names none and its lead names others
    only: AWS's Trainium4 is not the "nouvelle puce serveur" whose lead names Graviton6 (a lead
    under "iPhone 18 Pro" names its parts: "modem maison C2")."""
    if not a.models or b.models or b.versions:
        return False
    mine = {series + number for series, number in a.models}
    return mine.isdisjoint(b.entities) and any(MODEL_CODE.fullmatch(e) for e in b.entities)


def _devices_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Each title names a device (lexicon.DEVICES) that the other article never names: the iPad
    mini is not the MacBook Pro of the day before (a keynote's article naming both is either's)."""
    return _each_its_own(DEVICE_TERMS.intersection(a.title_terms), DEVICE_TERMS.intersection(b.title_terms),
                         a.terms, b.terms)


def _device_kinds_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Each title names a kind of device (lexicon.DEVICE_KINDS) that the other article never
    names: "Samsung revoit le design de ses écouteurs" is not "Le géant coréen dévoile ses nouveaux
    smartphones" of the same hour (a title naming both is either's)."""
    return _each_its_own(set(a.title_devices), set(b.title_devices), a.devices, b.devices)


def _institutions_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Each title names a kind of institution (lexicon.INSTITUTION_KINDS) that the other article never
    names: the town hall of Lens is not "un hôpital du Pas-de-Calais" attacked the day after."""
    return _each_its_own(set(a.title_institutions), set(b.title_institutions), a.institutions, b.institutions)


def _each_its_own(mine: set[str], theirs: set[str], my_all: Collection[str], their_all: Collection[str]) -> bool:
    """Both titles name something (`mine`, `theirs`) and neither article names the other's at all."""
    return bool(mine) and bool(theirs) and mine.isdisjoint(their_all) and theirs.isdisjoint(my_all)


def _support_ends_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """One title tells that a product gets no more fixes, the other of fixes shipped: Windows 10's
    end of support and the Patch Tuesday of that day are two events."""
    return a.support_end and b.fixes or b.support_end and a.fixes


def _disjoint(mine: Collection[object], theirs: Collection[object]) -> bool:
    return bool(mine) and bool(theirs) and set(mine).isdisjoint(theirs)


def _follows(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title says it comes after the event of someone `b`'s title has ("Cultura victime…")."""
    return bool(a.precedents) and bool(set(a.precedents).intersection(b.title_terms))
