"""The page's words in the operator's language (`[telegram] language`: fr or en)."""
from __future__ import annotations

WORDS = {
    "en": {
        "watches": "Watches", "feeds": "Feeds", "alerts": "Alerts and stories",
        "name": "Name", "query": "Query", "chats": "Chats", "hits7": "Hits (7 days)", "source": "From",
        "config": "keywords.toml", "telegram": "Telegram (read-only)", "console": "console",
        "edit": "Edit", "save": "Save", "saved": "Saved: the monitor applies it within seconds.",
        "preview_hint": "Type a query: the articles of the last 7 days it matches appear below.",
        "stories": "matching stories (last 7 days)", "would_send": "alerts it would have sent",
        "no_match": "No stored article of the last 7 days matches.",
        "state": "State", "last_success": "Last success", "last_error": "Last error", "next_poll": "Next poll",
        "articles": "Articles", "add_feed": "Add a feed", "add": "Add", "url": "Feed URL",
        "feed_added": "Feed added", "feed_exists": "Already followed: feed", "feed_refused": "Refused",
        "feed_usage": "Give one http(s) URL.",
        "status": "Status", "chat": "Chat", "when": "When", "article": "Article", "reason": "Reason",
        "search": "Search", "search_hint": "The query language: words, OR, -word, \"phrase\", cyber*, title:",
        "found": "stored article(s) found", "refused_save": "Not saved, keywords.toml is unchanged",
        "unknown_watch": "No watch of keywords.toml has this name.",
        "sent": "delivered", "pending": "pending", "failed": "failed",
        "ok": "ok", "new": "not read yet", "failing": "failing", "disabled": "disabled",
    },
    "fr": {
        "watches": "Veilles", "feeds": "Flux", "alerts": "Alertes et articles",
        "name": "Nom", "query": "Requête", "chats": "Chats", "hits7": "Résultats (7 jours)", "source": "Origine",
        "config": "keywords.toml", "telegram": "Telegram (lecture seule)", "console": "console",
        "edit": "Modifier", "save": "Enregistrer", "saved": "Enregistré : la veille l'applique dans quelques secondes.",
        "preview_hint": "Tapez une requête : les articles des 7 derniers jours qu'elle trouve s'affichent.",
        "stories": "articles trouvés (7 derniers jours)", "would_send": "alertes qu'elle aurait envoyées",
        "no_match": "Aucun article des 7 derniers jours ne correspond.",
        "state": "État", "last_success": "Dernier succès", "last_error": "Dernière erreur",
        "next_poll": "Prochaine lecture", "articles": "Articles", "add_feed": "Ajouter un flux", "add": "Ajouter",
        "url": "Adresse du flux", "feed_added": "Flux ajouté", "feed_exists": "Déjà suivi : flux",
        "feed_refused": "Refusé", "feed_usage": "Donnez une adresse http(s).",
        "status": "État", "chat": "Chat", "when": "Quand", "article": "Article", "reason": "Raison",
        "search": "Chercher", "search_hint": "Le langage de requête : mots, OR, -mot, \"expression\", cyber*, title:",
        "found": "article(s) trouvé(s)", "refused_save": "Non enregistré, keywords.toml est inchangé",
        "unknown_watch": "Aucune veille de keywords.toml ne porte ce nom.",
        "sent": "remise", "pending": "en attente", "failed": "échec",
        "ok": "ok", "new": "pas encore lu", "failing": "en erreur", "disabled": "désactivé",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS["fr" if lang.lower().startswith("fr") else "en"]
