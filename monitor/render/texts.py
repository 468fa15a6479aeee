"""What the bot says, in French (default) and English: one table, one lookup function."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
LANGUAGES = ("fr", "en")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "help": (
            "Je surveille l'actualité tech française (flux RSS des médias) et je vous préviens "
            "dès qu'un article correspond à vos veilles.\n\n"
            "<b>Commandes</b>\n"
            "/watch REQUÊTE — suivre une requête (alias /suivre)\n"
            "/list — vos veilles, avec boutons pour les arrêter ou les mettre en pause\n"
            "/unwatch N — arrêter la veille n° N (alias /stop)\n"
            "/pause [2h, 1d] — suspendre les alertes ; /resume — les reprendre\n"
            "/search REQUÊTE — chercher dans les articles déjà reçus\n"
            "/feeds — l'état des flux surveillés\n"
            "/digest [heure|off] — un résumé par jour au lieu d'alertes immédiates\n\n"
            "<b>Écrire une requête</b>\n"
            "• <code>licenciements AWS</code> : tous les mots, n'importe où dans le titre ou le texte\n"
            "• <code>AWS OR Azure</code> : l'un ou l'autre (OR en majuscules)\n"
            "• <code>-Azure</code> ou <code>NOT Azure</code> : sans ce mot\n"
            "• <code>\"plan social\"</code> : ces mots, à la suite\n"
            "• <code>cyber*</code> : les mots qui commencent par cyber\n"
            "• <code>title:Nvidia</code> : seulement dans le titre\n"
            "Majuscules, accents et pluriels ne comptent pas : <code>salarie</code> trouve « salariés »."
        ),
        "stranger": "Désolé, ce bot est privé. Demandez à son administrateur d'ajouter ce chat (identifiant {chat_id}).",
        "watch_usage": "Écrivez la requête après la commande, par exemple : /watch licenciements AWS",
        "query_refused": "Requête refusée : {message} (colonne {column}).",
        "query_too_long": "Requête trop longue : {length} caractères, {limit} au plus.",
        "too_many_watches": "Vous avez déjà {limit} veilles, le maximum. Supprimez-en une avec /unwatch N.",
        "watch_exists": "Vous suivez déjà « {name} » (n° {id}).",
        "watch_stored": "C'est noté : je vous préviens des nouveaux articles pour « {name} » (veille n° {id}).",
        "watch_recent": "Déjà parus ces 7 derniers jours :",
        "watch_none_recent": "Aucun article de ces 7 derniers jours ne correspond pour l'instant.",
        "unwatch_usage": "Indiquez le numéro de la veille, par exemple /unwatch 3 (voir /list).",
        "unwatch_done": "Veille « {name} » arrêtée.",
        "unwatch_missing": "Pas de veille n° {id} dans ce chat (voir /list).",
        "list_empty": "Aucune veille. Essayez : /watch licenciements AWS",
        "list_header": "Vos veilles :",
        "list_paused": " (en pause jusqu'au {until})",
        "button_remove": "Supprimer n° {id}",
        "button_pause": "Pause n° {id}",
        "button_resume": "Reprendre n° {id}",
        "watch_paused": "Veille « {name} » en pause jusqu'au {until}.",
        "watch_resumed": "Veille « {name} » reprise.",
        "pause_usage": "Durée non comprise. Exemples : /pause 2h, /pause 1d (sans durée : 24h).",
        "pause_done": "Alertes suspendues jusqu'au {until}. /resume pour les reprendre.",
        "resume_done": "Alertes reprises.",
        "search_usage": "Écrivez la requête après la commande, par exemple : /search licenciements AWS",
        "search_none": "Aucun article enregistré ne correspond.",
        "search_more": "Plus de résultats",
        "search_end": "Pas d'autres résultats.",
        "feeds_empty": "Aucun flux surveillé.",
        "feed_ok": "✅ {id}. {name} — ok",
        "feed_failing": "⚠️ {id}. {name} — en échec depuis le {since} : {error}",
        "feed_disabled": "⛔ {id}. {name} — désactivé : {reason}",
        "feed_new": "🕓 {id}. {name} — pas encore lu",
        "admin_only": "Commande réservée aux administrateurs du bot.",
        "addfeed_usage": "Indiquez l'adresse du flux, par exemple : /addfeed https://exemple.fr/rss",
        "addfeed_refused": "Flux refusé : {reason}",
        "addfeed_exists": "Ce flux est déjà surveillé (n° {id}).",
        "addfeed_done": "Flux « {name} » ajouté (n° {id}, {entries} articles trouvés ; seuls les suivants donneront des alertes).",
        "removefeed_usage": "Indiquez le numéro du flux, par exemple /removefeed 3 (voir /feeds).",
        "removefeed_done": "Flux n° {id} retiré.",
        "removefeed_missing": "Pas de flux n° {id} (voir /feeds).",
        "digest_usage": "Exemples : /digest 8 (un résumé chaque jour à 8 h), /digest off (alertes immédiates).",
        "digest_on": "Vous recevrez un résumé chaque jour à {hour} h (heure de Paris) au lieu d'alertes immédiates.",
        "digest_off": "Alertes immédiates rétablies.",
        "digest_header": "Votre résumé : {count} article(s)",
        "alert_watches": "Veille : {names}",
        "alert_also": "Aussi chez : {names}",
        "search_sources": "+{count} source(s)",
        "alert_quoted": "« {name} »",
        "alert_stop": "Arrêter « {name} »",
        "alert_date": "{day} {month} {year} à {hour:02d}:{minute:02d}",
        "cmd_start": "Présentation du bot",
        "cmd_help": "Aide et exemples de requêtes",
        "cmd_watch": "Suivre une requête",
        "cmd_unwatch": "Arrêter une veille (n°)",
        "cmd_list": "Mes veilles",
        "cmd_pause": "Suspendre les alertes",
        "cmd_resume": "Reprendre les alertes",
        "cmd_search": "Chercher dans les articles",
        "cmd_feeds": "État des flux",
        "cmd_digest": "Résumé quotidien",
    },
    "en": {
        "help": (
            "I watch French tech news (the outlets' RSS feeds) and tell you as soon as an "
            "article matches one of your watches.\n\n"
            "<b>Commands</b>\n"
            "/watch QUERY — watch a query\n"
            "/list — your watches, with buttons to remove or pause them\n"
            "/unwatch N — stop watch number N\n"
            "/pause [2h, 1d] — pause alerts; /resume — resume them\n"
            "/search QUERY — search the articles already stored\n"
            "/feeds — the state of the feeds\n"
            "/digest [hour|off] — one summary a day instead of instant alerts\n\n"
            "<b>Writing a query</b>\n"
            "• <code>licenciements AWS</code>: every word, anywhere in the title or text\n"
            "• <code>AWS OR Azure</code>: either (OR in capitals)\n"
            "• <code>-Azure</code> or <code>NOT Azure</code>: without that word\n"
            "• <code>\"plan social\"</code>: these words, in a row\n"
            "• <code>cyber*</code>: words starting with cyber\n"
            "• <code>title:Nvidia</code>: in the title only\n"
            "Case, accents and plurals don't matter: <code>salarie</code> finds “salariés”."
        ),
        "stranger": "Sorry, this bot is private. Ask its administrator to add this chat (id {chat_id}).",
        "watch_usage": "Write the query after the command, for example: /watch licenciements AWS",
        "query_refused": "Query refused: {message} (column {column}).",
        "query_too_long": "Query too long: {length} characters, at most {limit}.",
        "too_many_watches": "You already have {limit} watches, the maximum. Remove one with /unwatch N.",
        "watch_exists": "You already watch “{name}” (#{id}).",
        "watch_stored": "Done: I'll tell you about new articles for “{name}” (watch #{id}).",
        "watch_recent": "Already published in the last 7 days:",
        "watch_none_recent": "No article of the last 7 days matches yet.",
        "unwatch_usage": "Give the watch number, for example /unwatch 3 (see /list).",
        "unwatch_done": "Watch “{name}” stopped.",
        "unwatch_missing": "No watch #{id} in this chat (see /list).",
        "list_empty": "No watches. Try: /watch licenciements AWS",
        "list_header": "Your watches:",
        "list_paused": " (paused until {until})",
        "button_remove": "Remove #{id}",
        "button_pause": "Pause #{id}",
        "button_resume": "Resume #{id}",
        "watch_paused": "Watch “{name}” paused until {until}.",
        "watch_resumed": "Watch “{name}” resumed.",
        "pause_usage": "Duration not understood. Examples: /pause 2h, /pause 1d (no duration: 24h).",
        "pause_done": "Alerts paused until {until}. /resume to resume them.",
        "resume_done": "Alerts resumed.",
        "search_usage": "Write the query after the command, for example: /search licenciements AWS",
        "search_none": "No stored article matches.",
        "search_more": "More results",
        "search_end": "No more results.",
        "feeds_empty": "No feeds are watched.",
        "feed_ok": "✅ {id}. {name} — ok",
        "feed_failing": "⚠️ {id}. {name} — failing since {since}: {error}",
        "feed_disabled": "⛔ {id}. {name} — disabled: {reason}",
        "feed_new": "🕓 {id}. {name} — not read yet",
        "admin_only": "Only the bot's administrators may use this command.",
        "addfeed_usage": "Give the feed's address, for example: /addfeed https://example.com/rss",
        "addfeed_refused": "Feed refused: {reason}",
        "addfeed_exists": "This feed is already watched (#{id}).",
        "addfeed_done": "Feed “{name}” added (#{id}, {entries} articles found; only later ones will alert).",
        "removefeed_usage": "Give the feed number, for example /removefeed 3 (see /feeds).",
        "removefeed_done": "Feed #{id} removed.",
        "removefeed_missing": "No feed #{id} (see /feeds).",
        "digest_usage": "Examples: /digest 8 (a summary every day at 8), /digest off (instant alerts).",
        "digest_on": "You'll get one summary a day at {hour}:00 (Paris time) instead of instant alerts.",
        "digest_off": "Instant alerts are back.",
        "digest_header": "Your summary: {count} article(s)",
        "alert_watches": "Watch: {names}",
        "alert_also": "Also at: {names}",
        "search_sources": "+{count} source(s)",
        "alert_quoted": "“{name}”",
        "alert_stop": "Stop “{name}”",
        "alert_date": "{day} {month} {year}, {hour:02d}:{minute:02d}",
        "cmd_start": "What this bot does",
        "cmd_help": "Help and query examples",
        "cmd_watch": "Watch a query",
        "cmd_unwatch": "Stop a watch (number)",
        "cmd_list": "My watches",
        "cmd_pause": "Pause alerts",
        "cmd_resume": "Resume alerts",
        "cmd_search": "Search the articles",
        "cmd_feeds": "State of the feeds",
        "cmd_digest": "Daily summary",
    },
}


def language_for(language_code: str | None, default: str = "fr") -> str:
    """English for Telegram users whose language is English, else the operator's default."""
    if language_code and language_code.lower().startswith("en"):
        return "en"
    return default if default in LANGUAGES else "fr"


def text(lang: str, key: str, **values: object) -> str:
    """The message `key` in `lang` (French when missing), formatted with `values`."""
    table = TEXTS.get(lang, TEXTS["fr"])
    return table.get(key, TEXTS["fr"][key]).format(**values)


def format_date(moment: datetime, lang: str) -> str:
    """A date as people in France read it, in Paris time: "27 novembre 2026 à 06:08"."""
    local = moment.astimezone(PARIS)
    months = _MONTHS.get(lang, _MONTHS["fr"])
    return text(lang, "alert_date", day=local.day, month=months[local.month - 1], year=local.year,
                hour=local.hour, minute=local.minute)
