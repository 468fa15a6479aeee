"""QueryError: a refused query, with what is wrong and where, in French or English."""
from __future__ import annotations

MAX_QUERY_LENGTH = 500
MAX_TERMS = 50
MAX_DEPTH = 10

# code -> (French, English); {detail} is filled from the error.
_MESSAGES: dict[str, tuple[str, str]] = {
    "empty": ("la requête est vide", "the query is empty"),
    "too_long": (f"la requête dépasse {MAX_QUERY_LENGTH} caractères",
                 f"the query is longer than {MAX_QUERY_LENGTH} characters"),
    "too_many_terms": (f"la requête a plus de {MAX_TERMS} mots",
                       f"the query has more than {MAX_TERMS} words"),
    "too_deep": (f"plus de {MAX_DEPTH} niveaux de parenthèses ou de négations",
                 f"more than {MAX_DEPTH} levels of parentheses or negations"),
    "unbalanced_quote": ("guillemet ouvert jamais refermé", "quote opened but never closed"),
    "unclosed_paren": ("parenthèse ouverte jamais refermée", "parenthesis opened but never closed"),
    "unexpected_paren": ("parenthèse fermante sans parenthèse ouvrante",
                         "closing parenthesis without an opening one"),
    "empty_group": ("parenthèses vides", "empty parentheses"),
    "empty_phrase": ("expression entre guillemets sans aucun mot", "quoted phrase without any word"),
    "misplaced_or": ("OR doit se trouver entre deux termes", "OR must stand between two terms"),
    "misplaced_and": ("AND doit se trouver entre deux termes", "AND must stand between two terms"),
    "dangling_not": ("une exclusion (- ou NOT) doit être suivie d'un terme",
                     "an exclusion (- or NOT) must be followed by a term"),
    "dangling_field": ("title: doit être suivi d'un mot, d'une expression ou d'un groupe",
                       "title: must be followed by a word, a phrase or a group"),
    "bad_source": ("source: doit être suivi du nom d'un flux (entre guillemets s'il a des espaces)",
                   "source: must be followed by a feed's name (in quotes if it has spaces)"),
    "bad_site": ("site: doit être suivi d'un nom de site, comme site:lemagit.fr",
                 "site: must be followed by a site name, such as site:lemagit.fr"),
    "bad_prefix": ("un préfixe avec * doit porter sur un seul mot d'au moins 2 lettres",
                   "a * prefix must be a single word of at least 2 letters"),
    "only_exclusions": ("la requête (ou une alternative OR) ne contient que des exclusions",
                        "the query (or one OR alternative) contains only exclusions"),
}


class QueryError(ValueError):
    """A query that cannot be parsed: `code` says what, `column` (1-based) says where."""

    def __init__(self, code: str, column: int) -> None:
        self.code = code
        self.column = column
        super().__init__(self.message("fr"))

    def message(self, lang: str = "fr") -> str:
        """What is wrong and where, in French ("fr") or English (anything else)."""
        fr, en = _MESSAGES[self.code]
        if lang.lower().startswith("fr"):
            return f"Requête refusée : {fr} (colonne {self.column})."
        return f"Query refused: {en} (column {self.column})."
