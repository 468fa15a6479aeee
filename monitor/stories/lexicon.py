"""Word lists of the story decision: stop words, French number words, kinds of event.

Kept as plain words and run through the one normaliser at import, so "licenciements",
"licencie" and "licencier" land on one term, as they do in articles.
"""
from __future__ import annotations

import re

from monitor.query.text import fold, terms

# Folded words that say nothing about which event an article reports.
STOP = frozenset(fold(w) for w in """
le la les l un une des du de d au aux a à en et ou ni mais donc or car pour par sur sous dans
avec sans chez entre vers depuis selon apres après avant pendant lors afin contre dont que qui
quoi quel quelle quels quelles ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes
notre nos votre vos il elle ils elles on nous vous se sa y ne pas plus moins tres très aussi
deja déjà encore fois tout tous toute toutes est sont etait était ete été etre être a ont avoir
fait faire va vont peut doit sera seront comme ainsi alors cela ca ça ceci celui celle ceux
the of and to in for on with at by from is are be this that it its as new nouveau nouvelle
nouveaux nouvelles premier premiere première dernier derniere dernière
m md mds mrd mrds k
""".split())  # the last line: "200 M€", "4 Md€", "2 Mds de dollars": the number says it

# Words written with a capital that name no actor: "privés d'Internet", "une partie du Web",
# "le Wi-Fi 7", "8 Gb/s".
COMMON_CAPITALISED = frozenset(fold(w) for w in "Internet Web Wi Fi Gb Mb Go To".split())  # Wi-Fi, 8 Gb/s, 2 To

NUMBER_WORDS = {fold(w): n for w, n in {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000,
    # "une soixantaine de salariés" is how a round number is written in words
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "centaines": 100, "millier": 1000, "milliers": 1000,
}.items()}
SCALE_WORDS = {fold(w): n for w, n in {"cent": 100, "cents": 100, "mille": 1000}.items()}

# Kinds of event a title names. Two articles naming different kinds report different events,
# however much else they share: layoffs then a strike at one firm (issue 12).
_KINDS = {
    "layoffs": "licenciement licencier licencie licenciements layoffs séparer sépare départs rupture effectifs",
    "strike": "grève grévistes débrayage débraient débrayer strike",
    "outage": "panne pannes coupure coupures incident indisponible outage down rade écrans",
    "attack": "cyberattaque rançongiciel ransomware piratage pirates pirate fuite vol intrusion hack",
    "fine": "amende amendes sanction sanctionne sanctionné inflige écope condamne",
    "acquisition": "rachète rachat acquisition acquiert offre cède cession vend vente déleste",
    "funding": "lève levée levées valorisée valorisation",
    "launch": "lance lancent lancement dévoile présente officiel",
    "results": "chiffre résultats trimestre trimestriel trimestriels bénéfice pertes",
    "hiring": "recrute recrutement recrutements embauche embauches",
    "law": "loi sénat assemblée adopte transposition décret",
    "receivership": "redressement liquidation faillite judiciaire",
}
EVENT_KINDS = {t: kind for kind, ws in _KINDS.items() for t in terms(ws)}
# Words that name layoffs only beside jobs: "supprime 400 postes", "emplois menacés", not
# "des comptes jamais supprimés" or "une menace".
JOB_WORDS = frozenset(terms("poste postes emploi emplois salarié salariés effectifs"))
LAYOFF_VERBS = frozenset(terms("supprimer supprime supprimés suppression suppressions menacés menace"))
# Kinds said in two words, whose words alone say nothing ("plan", "social"); on folded titles.
KIND_PHRASES = {"plan social": "layoffs", "plans sociaux": "layoffs", "plan de departs": "layoffs",
                "mise a jour": "update", "mises a jour": "update"}

# A title saying the event happens again reports another occurrence than the articles of the
# days before: "Microsoft 365 à nouveau en panne", "nouvelle panne chez OVHcloud", "après Fnac
# Darty, Decathlon touché à son tour".
RECURRENCE = re.compile(r"\b(?:a nouveau|de nouveau|une nouvelle fois|encore une fois|encore en panne|rebelote|a son tour"
                        r"|nouvel(?:le)? (?:panne|incident|attaque|cyberattaque|fuite|amende|faille|coupure"
                        r"|greve|vague|plan)|(?:deuxieme|seconde|second|troisieme) (?:panne|attaque|incident"
                        r"|fuite|vague|plan|fois))\b")

# How the French tech press names a few firms without their name, and groups it treats as one
# firm: each group is one name for the stories, as the operator's aliases are (theirs win).
NAME_GROUPS = (
    ("Apple", "firme de Cupertino", "firme à la pomme", "géant de Cupertino"),
    ("Google", "Alphabet", "géant de Mountain View", "firme de Mountain View"),
    ("Microsoft", "firme de Redmond", "géant de Redmond", "éditeur de Redmond"),
    ("Free", "Iliad", "opérateur de Xavier Niel", "groupe de Xavier Niel"),
    ("Meta", "Facebook", "groupe de Mark Zuckerberg"),
    ("Intel", "fondeur de Santa Clara"),
)

# Titles of recurring formats: a digest reports a week, not an event.
ROUNDUP = re.compile(r"\b(hebdo|recap|recapitulatif|revue de presse|essentiel de|de la semaine|"
                     r"cette semaine|newsletter|en bref|weekly|actus? tech)\b")
