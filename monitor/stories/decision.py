"""Do two articles report the same event? The pure decision of issue 12.

A wrong merge hides a story from the user; a missed one costs a second alert. So the
decision first vetoes on any sign of another event, then asks for strong, varied evidence.

Vetoes (score 0):
- a roundup on either side ("L'essentiel de la semaine", "Hebdo #12") reports a week;
- more than the window apart, or more than LATE_GAP with no kind of event (but a launch) in both
  titles, unless the later one follows the event up (a test, a post-mortem, "deux jours après
  l'attaque": lexicon.FOLLOW_UP); or more than RECURRENCE_GAP when the later title says the event
  happens again ("à nouveau en panne", "nouvelle panne") and the earlier does not, or when one
  tells of a launch and the other of a defect ("une mise à jour bloque des appareils") or a row
  over it ("soupçons de triche aux benchmarks"): that is another occurrence;
- the titles name things that differ (iOS 27 / iOS 26.5.1, Grenoble / Voiron, the CNIL / the
  Autorité de la concurrence…), or one opens on the other's event ("Après Cultura, une autre
  enseigne touchée"): stories.apart;
- fewer than MIN_SHARED_TERMS shared terms (one kind of event named in both titles counts as
  one, in whatever words, or in one title's context: "Pronote : l'éditeur s'excuse après la
  panne" follows the outage up; and as two when it is no launch: "Intel repasse dans le vert au
  troisième trimestre" / "Résultats trimestriels : Intel surprend Wall Street"; one telling amount
  in both counts as one, "1 000 départs" / "un millier de postes"; two actors both titles name,
  "Capgemini lorgne Talan", count as three), or no shared name but an authority's
  or a trade show's (lexicon.AUTHORITIES, VENUES: the CNIL fines many, the CES shows many): an
  event has an actor (a firm, a hospital, a law) and more than one word of its own. A law or a
  public decision is the exception: two titles naming nobody but authorities and sharing
  PUBLIC_ACT_WORDS words; so is an authority's own act, both titles naming it and no one else
  (the Cour des comptes' report), and a title naming nobody, in a periphrasis, that tells of the
  other's kind of event by its amount ("L'ESN d'origine annécienne taille dans ses effectifs", 450
  postes);
- a title names someone the other article never mentions, and the other title names someone
  else: the hospital of Cannes is not the CHU of Rennes, even when the Cannes article recalls
  the Rennes attack (a title naming nobody may say it in its lead, in other words; an authority
  called in, "l'ANSSI mobilisée", a law, "DSA : Bruxelles ouvre une enquête", or what a title
  drops, "l'État abandonne Teams et Zoom", is nobody's rival);
- the titles name different kinds of event (layoffs / strike / a boss resigning, outage /
  attack, a fine / its appeal filed days later, a launch / a recall…; lexicon.py; a fine and the
  firm saying within CONTEST_GAP that it will appeal are one event, as are a device's launch and
  its price rise told within CONTEST_GAP), or one incident at different towns (apart);
- both titles give amounts, and neither's appears in the other article (121 / 57 failles;
  one title giving the amount raised, the other the valuation, is no veto). Percentages are
  compared with percentages only ("15 % de ses effectifs" / "15 000 salariés").

Score: the evidence, summed. Each shared name counts NAME, up to NAMES_COUNTED of them (a name
in several words, "Las Vegas", "Patrick Drahi", is one; a trade show, "VivaTech", is none: many
events share it). Each other shared term counts by where it stands: in both titles TITLE_WORD,
in one title and the other's lead TITLE_LEAD_WORD, in both leads only LEAD_WORD (a title says
the event, a lead its circumstances). One kind of event named in both titles, in whatever words
("plan social" / "licenciements"), adds KIND at no gap, down to KIND_LATE as the gap reaches the
window (a firm's strike is told within hours; two outages of one cloud days apart are two; not a
launch: a firm launches much in a week), and one telling amount in both, or one release of a
product in both titles ("Mistral Medium 4"), adds AMOUNT. A title giving a name the other
article never mentions takes FOREIGN_NAME_PENALTY off (Meta is not Apple; small, since titles
also name rivals: "s'attaque à Copilot"; once per side, not per name: SFR's three bidders are
not three times foreign, but two titles each naming a firm the other never does are twice). A
name "mentioned" may be a prefix of another name (OVH, OVHcloud). A name on one side that is
only the end of a longer one on the other counts ("MacBook Air M5" / "la puce M5"). A sum, not a
share of the shorter article's terms: two leads sharing six rare words ("Eviden", "Alice
Recoque", "exascale") are strong evidence however long they are, and the share of ~25 terms each
had missed them (tests/stories/fresh.py).

Threshold: THRESHOLD at no gap, plus up to GAP_PENALTY as the gap reaches the window (a story
breaks within hours; days later the same words more often mean a new event), plus
SAME_SITE_PENALTY for two articles of one site (an outlet rarely reports one event twice in
other words; syndication and follow-ups still pass when the evidence is strong), less
COMMENTARY_EASE within a day of an explainer or a follow-up (lexicon.EXPLAINER: "ce qui change pour
vous", lexicon.FOLLOW_UP: "le post-mortem").
"""
from __future__ import annotations

from datetime import timedelta

from monitor.stories.amounts import amounts_agree, amounts_disagree
from monitor.stories.apart import placed_apart, told_apart
from monitor.stories.features import AUTHORITY_NAMES, LAW_NAMES, VENUE_NAMES, StoryFeatures
from monitor.stories.lexicon import AMOUNT_UNITS, EVENT_KINDS

WINDOW = timedelta(hours=72)
RECURRENCE_GAP = timedelta(hours=12)
CONTEST_GAP = timedelta(hours=24)
# Tuned on the labelled sets: of the pairs matched more than 36 h apart with no kind of event in
# both titles, half were two events (the launch and the bug, the investment and the region opened).
LATE_GAP = timedelta(hours=36)
MIN_SHARED_TERMS = 3
PUBLIC_ACT_WORDS = 4  # a name and "France" make no event: two short titles would pass
# Tuned on the labelled sets of tests/stories: a THRESHOLD of 1.3 costs 0.01 of pooled precision
# for 0.005 of recall. KIND was 0.4 at every gap until stop 22; 1.2 at no gap gains 0.015 of pooled
# recall and no wrong pair; 1.2 at every gap joins two outages of OVHcloud three days apart (fresh12); 1.4
# at no gap (stop 30) finds 10 more true pairs on 89 sets and no wrong one, 1.6 two wrong ones.
NAME, NAMES_COUNTED = 1.2, 4
TITLE_WORD, TITLE_LEAD_WORD, LEAD_WORD = 0.6, 0.4, 0.2
KIND, KIND_LATE, AMOUNT = 1.4, 0.4, 1.0
FOREIGN_NAME_PENALTY = 1.0
THRESHOLD, GAP_PENALTY, SAME_SITE_PENALTY = 1.4, 2.0, 0.5
# An explainer ("ce qui change pour les abonnés") or a follow-up ("Qilin revendique", a test) shares
# few words with the news it comments on: within COMMENTARY_GAP it needs less (0.5: 52 more true
# pairs, 2 wrong ones on 67 sets).
COMMENTARY_EASE, COMMENTARY_GAP = 0.5, timedelta(hours=24)
COMMON_KINDS = frozenset({"launch"})  # one firm launches much in a week: two launches share no event
_NO_ACTORS = AUTHORITY_NAMES | LAW_NAMES  # a title naming them or not names no other actor


def score(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> float:
    """The evidence that `a` and `b` report one event: 0 when a veto applies."""
    if a.roundup or b.roundup:
        return 0.0
    gap = abs(a.published - b.published)
    if gap > window or gap > RECURRENCE_GAP and _recurs_later(a, b) or defect_after_launch(a, b):
        return 0.0
    if told_apart(a, b):
        return 0.0
    kinds = set(a.kinds) & set(b.kinds)  # "rançongiciel" and "cyberattaque": one kind, two words
    same_kind = bool(kinds)
    if a.kinds and b.kinds and not same_kind and not _contested(a, b, gap) and not _priced_at_launch(a, b, gap):
        return 0.0
    if placed_apart(a, b, kinds):
        return 0.0
    # a firm has results, layoffs or a round once in days: its name and that kind are an event
    telling_kind = bool(kinds - COMMON_KINDS)
    if gap > LATE_GAP and not telling_kind and not _in_order(a, b)[1].follow_up:
        return 0.0
    shared = set(a.terms).intersection(b.terms)
    # "Index Éducation s'excuse après la panne de Pronote" follows up "Pronote en panne": one kind
    followed = bool(set(a.aftermath) & set(b.kinds) or set(b.aftermath) & set(a.kinds))
    amount_agreed = amounts_agree(a, b)
    if len(shared) + (same_kind or followed) + telling_kind + _two_titled_names(a, b, shared) \
            + amount_agreed < MIN_SHARED_TERMS:
        return 0.0
    # Whether the other article mentions each name of a title (an authority's aside): for the
    # stranger veto, then the penalty.
    a_seen = [_mentions(b, e) for e in a.title_entities if e not in _NO_ACTORS]
    b_seen = [_mentions(a, e) for e in b.title_entities if e not in _NO_ACTORS]
    if _stranger(a, b, a_seen) or _stranger(b, a, b_seen):
        return 0.0
    # A name counts as shared when the other article has the word at all, even unrecognised
    # as a name (it opened a sentence there); so does a capitalised word opening a sentence in
    # both, one a title ("Orange victime…", "Orange confirme…"; not "Noms, adresses…" in leads).
    names = shared.intersection(a.entities + b.entities) \
        | (set(a.openers) & set(b.openers) & (set(a.title_terms) | set(b.title_terms)))
    if not names:  # "OVH" and "OVHcloud": one name, as for `_mentions`; a title's (not "Server" / "Service")
        names = {e for e in a.title_entities if _mentions(b, e)} | {e for e in b.title_entities if _mentions(a, e)}
    # nobody, or an authority or a show; unless the authority is the titles' only actor
    if not names - AUTHORITY_NAMES - VENUE_NAMES and not _public_act(a, b) and not _authority_acts(a, b, names) \
            and not _unnamed_agrees(a, b, kinds, amount_agreed):
        return 0.0
    if amounts_disagree(a, b) and amounts_disagree(b, a):
        return 0.0
    a_title, b_title = set(a.title_terms), set(b.title_terms)
    words = 0.0
    for term in shared - names:
        in_titles = (term in a_title) + (term in b_title)
        words += TITLE_WORD if in_titles == 2 else TITLE_LEAD_WORD if in_titles else LEAD_WORD
    foreign = (not all(a_seen)) + (not all(b_seen))
    # "Las Vegas" in both is one place; "MacBook Air M5" and "la puce M5" share two names
    actors = max(1, len(names - VENUE_NAMES - set(a.name_tails).intersection(b.name_tails)))
    agreed = amount_agreed or _release_agrees(a, b) or bool(set(a.cves) & set(b.cves))
    kind = _kind_bonus(gap, window) * bool(kinds - COMMON_KINDS)
    value = NAME * min(actors, NAMES_COUNTED) + words + kind + AMOUNT * agreed
    return max(0.0, value - FOREIGN_NAME_PENALTY * foreign)


def _in_order(a: StoryFeatures, b: StoryFeatures) -> tuple[StoryFeatures, StoryFeatures]:
    """The earlier of `a` and `b`, then the later."""
    return (b, a) if a.published > b.published else (a, b)


def _recurs_later(a: StoryFeatures, b: StoryFeatures) -> bool:
    """The later title says the event happens again ("nouvelle panne chez OVHcloud") and the earlier
    does not: it is not the occurrence of the earlier one. The day after, "OVHcloud : les partenaires
    s'inquiètent après un deuxième incident" is the new occurrence's follow-up. A firm cutting jobs
    again ("Atos taille à nouveau dans ses effectifs") recalls its past plans, not this week's."""
    earlier, later = _in_order(a, b)
    return later.recurrence and not earlier.recurrence and "layoffs" not in later.kinds


def _contested(a: StoryFeatures, b: StoryFeatures, gap: timedelta) -> bool:
    """A fine, and within hours the firm saying it will contest it ("Google va faire appel"): one
    event, whatever else the fine's title names ("Fuite de données : la CNIL inflige 42 millions
    d'euros à Free"); the appeal filed days later is another."""
    return gap <= CONTEST_GAP and ("fine" in a.kinds and "appeal" in b.kinds
                                   or "fine" in b.kinds and "appeal" in a.kinds)


def _priced_at_launch(a: StoryFeatures, b: StoryFeatures, gap: timedelta) -> bool:
    """A device's launch, and within hours its price told as a rise ("iPhone 18 Pro officiel" / "Apple : le
    prix des iPhone Pro grimpe encore"); not a service's ("Free active la 5G SA" / "Free Mobile augmente son
    forfait")."""
    return gap <= CONTEST_GAP and {a.kinds, b.kinds} == {("launch",), ("price",)} \
        and (not set(a.title_devices).isdisjoint(b.title_devices) or _release_agrees(a, b)
             or not set(a.title_lines).isdisjoint(b.title_lines))


def _authority_acts(a: StoryFeatures, b: StoryFeatures, names: set[str]) -> bool:
    """Both titles name an authority and no one else: it is the actor of its own act ("La Cour des
    comptes étrille les projets informatiques de l'État" / "Grands projets numériques : la Cour des
    comptes pointe des dérapages"), not the CNIL fining Cdiscount, then Meetic."""
    if "fine" in a.kinds or "fine" in b.kinds:  # the fined is the actor: "Meetic condamné par la CNIL"
        return False
    return bool(names.intersection(AUTHORITY_NAMES, a.title_entities, b.title_entities)) \
        and set(a.title_entities) <= _NO_ACTORS and set(b.title_entities) <= _NO_ACTORS


def _kind_bonus(gap: timedelta, window: timedelta) -> float:
    """One kind of event in both titles tells much at once, little days apart: a firm's strike
    is told within hours; two outages of one cloud three days apart are two."""
    return KIND_LATE + (KIND - KIND_LATE) * max(0.0, 1 - gap / window)


def defect_after_launch(a: StoryFeatures, b: StoryFeatures) -> bool:
    """One title tells of a launch, the other, more than RECURRENCE_GAP away, of a defect: the
    Fairphone 7's launch and, days later, the update that blocks it at start-up. An outage's
    story tells of its defects ("privés de réseau") and of the update behind it. So do fixes
    shipped and a defect told days after them (the Patch Tuesday, then the update that cuts the
    Wi-Fi); a fix told after the defect is its story's ("Google corrige le bug du Pixel 11")."""
    if a.defect == b.defect or abs(a.published - b.published) <= RECURRENCE_GAP:
        return False
    defect, other = (a, b) if a.defect else (b, a)
    if other.fixes and defect.published > other.published and not _release_agrees(defect, other):
        return True  # not the release the fixes ship in: "Batterie qui fond : installez vite iOS 27.1.1"
    return "launch" in other.kinds and "outage" not in other.kinds


def threshold(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> float:
    """The score `a` and `b` need to be one story, higher with time apart and on one site."""
    apart = abs(a.published - b.published)
    commentary = a.explainer or b.explainer or a.follow_up or b.follow_up
    ease = COMMENTARY_EASE if commentary and apart <= COMMENTARY_GAP else 0.0
    gap = min(1.0, apart / window)
    return THRESHOLD + GAP_PENALTY * gap + (SAME_SITE_PENALTY if a.site == b.site else 0.0) - ease


def same_story(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> bool:
    s = score(a, b, window)
    return s > 0 and s >= threshold(a, b, window)


def _stranger(a: StoryFeatures, b: StoryFeatures, seen: list[bool]) -> bool:
    """`a`'s title names someone, the other's may name someone else, and `b` names none of `a`'s
    (`seen`: whether `b` mentions each name of `a`'s title).

    A title naming nobody ("Un hôpital paralysé par une attaque") is no rival's: its lead may
    give the name in other words, and the foreign-name penalty still asks for more evidence. A
    word heading a title may be a name: it counts when its own lead names it so ("Rennes :
    l'hôpital universitaire frappé", "… le CHU de Rennes" has a rival; "Souveraineté : …" has
    none), and on the other side when the other article has it as a name ("Scaleway : panne dans
    la région de Paris" / "Panne Scaleway : …"); so does a word opening a title that the other title
    names ("Ankama supprime 40 postes à Roubaix" / "Le créateur de Dofus réduit ses effectifs", which
    names Ankama by its game)."""
    return bool(seen) and bool(b.title_entities or set(b.title_openers).intersection(b.entities)) \
        and not any(seen) and not any(o in b.entities for o in a.title_openers) \
        and _title_opener(a).isdisjoint(b.title_entities)


def _two_titled_names(a: StoryFeatures, b: StoryFeatures, shared: set[str]) -> bool:
    """Both titles name the same two actors: "Capgemini lorgne Talan" needs no third word."""
    both = shared.intersection(a.title_terms, b.title_terms)
    if len(both) < 2:  # most pairs: no tuple built
        return False
    names = a.entities + b.entities + a.openers + b.openers  # "Capgemini" opening a title is an opener
    return len(both.intersection(names)) >= 2


def _unnamed_agrees(a: StoryFeatures, b: StoryFeatures, kinds: set[str], amount_agreed: bool) -> bool:
    """One title names nobody, in a periphrasis ("L'ESN d'origine annécienne taille dans ses effectifs
    français"), and both tell of one kind of event (no launch) by one amount: "Sopra Steria prépare un
    plan social de 450 postes", whose lead says "450 postes" too. Not two firms' rounds of 60 millions
    the same morning: "Nabla lève 60 millions" names Nabla."""
    return amount_agreed and bool(kinds - COMMON_KINDS) and (_names_nobody(a) or _names_nobody(b))


def _names_nobody(f: StoryFeatures) -> bool:
    """`f`'s title has no name, not even a capitalised word opening it."""
    return not f.title_entities and not _title_opener(f)


def _title_opener(f: StoryFeatures) -> set[str]:
    """The capitalised word opening `f`'s title, a name or not ("Mirakl supprime…", "Layoffs chez…")."""
    return set(f.openers).intersection(f.title_terms)


def _public_act(a: StoryFeatures, b: StoryFeatures) -> bool:
    """A law or a public decision has no actor but authorities: two titles naming nobody else and
    sharing PUBLIC_ACT_WORDS of their words ("l'interdiction des réseaux sociaux aux moins de 15
    ans") tell of one act, however the outlets name the chamber ("l'Assemblée", "les députés");
    not titles opening on words the other article never has, firms unrecognised as names."""
    if set(a.title_entities).difference(AUTHORITY_NAMES) or set(b.title_entities).difference(AUTHORITY_NAMES):
        return False
    a_opens, b_opens = _title_opener(a), _title_opener(b)
    if a_opens and b_opens and a_opens.isdisjoint(b.terms) and b_opens.isdisjoint(a.terms):
        return False  # each title opens on a word the other article never has: "Mirakl supprime…", "Brevo…"
    # not a kind and an amount's unit: "Pigment lève 100 millions d'euros" / "Dust lève 100 millions d'euros"
    words = [t for t in set(a.title_terms).intersection(b.title_terms).difference(AUTHORITY_NAMES)
             if t not in EVENT_KINDS and t not in AMOUNT_UNITS]
    return len(words) >= PUBLIC_ACT_WORDS


def _mentions(b: StoryFeatures, name: str) -> bool:
    """`b` has the word `name`, or a name that starts it or that it starts ("OVH", "OVHcloud").

    Only names: the word "applications" does not mention Apple.
    """
    if name in b.terms:
        return True
    return len(name) >= 3 and any(len(e) >= 3 and (e.startswith(name) or name.startswith(e)) for e in b.entities)


def _release_agrees(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both titles name one release of a product ("Mistral Medium 4", "iOS 26.5.1")."""
    return not set(a.releases).isdisjoint(b.releases)
