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
            "/watch REQUÊTE — suivre une requête (alias /suivre) ; dans un sujet de forum, "
            "ses alertes arrivent dans ce sujet\n"
            "/list — vos veilles et leur numéro, avec boutons pour les arrêter ou les mettre en pause\n"
            "/unwatch N — arrêter la veille n° N (alias /stop)\n"
            "/rename N NOM — renommer la veille n° N ; /edit N REQUÊTE — changer sa requête\n"
            "/pause [2h, 1d] — suspendre toutes les alertes (24h sans durée) : les articles parus "
            "entre-temps sont gardés, pas envoyés ; /resume — reprendre, en proposant ceux parus pendant la pause\n"
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
            "Majuscules, accents et pluriels ne comptent pas : <code>salarie</code> trouve « salariés ».\n\n"
            "Écrivez simplement des mots (sans commande) : je vous propose de les suivre."
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
        "watch_gone": "Pas de veille correspondante dans ce chat : elle a été arrêtée (voir /list).",
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
        "busy": "Une recherche est déjà en cours dans ce chat : un instant, puis réessayez.",
        "database_busy": "La base de données est occupée par un autre programme : réessayez dans un instant.",
        "feeds_empty": "Aucun flux surveillé.",
        "feed_ok": "✅ {id}. {name} — ok",
        "feed_failing": "⚠️ {id}. {name} — en échec depuis le {since} : {error}",
        "feed_disabled": "⛔ {id}. {name} — désactivé : {reason}",
        "feed_new": "🕓 {id}. {name} — pas encore lu",
        "feed_facts": "   {entries} articles · dernier article : {last} · lu le {success} · prochaine lecture le {next}",
        "feed_never": "jamais",
        "feed_last": "« {title} », {when}",
        "feed_failures": "{count} échecs de suite",
        "admin_only": "Commande réservée aux administrateurs du bot.",
        "addfeed_usage": "Indiquez l'adresse du flux, par exemple : /addfeed https://exemple.fr/rss",
        "addfeed_refused": "Flux refusé : {reason}",
        "addfeed_exists": "Ce flux est déjà surveillé (n° {id}).",
        "addfeed_done": "Flux « {name} » ajouté (n° {id}, {entries} articles trouvés ; seuls les suivants donneront des alertes).",
        "import_usage": "Envoyez un fichier OPML (l'export d'un autre lecteur de flux) avec /import en légende.",
        "import_bad_file": "Fichier refusé : {reason}",
        "import_done": "Import : {added} flux ajoutés, {existing} déjà surveillés, {refused} refusés.",
        "import_refused_item": "• {name} : {reason}",
        "import_too_many": "Seuls les {limit} premiers flux du fichier ont été lus.",
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
        "unknown_command": "Je ne connais pas la commande {command}. Vouliez-vous dire {nearest} ? Voir /help.",
        "unknown_command_far": "Je ne connais pas la commande {command}. Voir /help.",
        "offer_watch": "Voulez-vous suivre « {query} » ? Je vous préviendrai des nouveaux articles qui en parlent.",
        "button_offer": "Suivre « {query} »",
        "not_text": "Je ne lis que du texte : écrivez les mots à suivre, ou /help pour les commandes.",
        "offer_expired": "Cette proposition a expiré : écrivez /watch suivi de votre requête.",
        "rename_usage": "Indiquez le numéro et le nouveau nom, par exemple : /rename 2 Plans sociaux (voir /list).",
        "rename_done": "Veille n° {id} renommée « {name} ».",
        "name_taken": "Une autre veille de ce chat s'appelle déjà « {name} » (voir /list, /rename).",
        "config_watch": "La veille « {name} » vient de la configuration (keywords.toml) : c'est là qu'on la modifie.",
        "edit_usage": "Indiquez le numéro et la nouvelle requête, par exemple : /edit 2 licenciements AWS OR Azure (voir /list).",
        "edit_done": "Veille n° {id} modifiée : « {name} » suit désormais <code>{query}</code>.",
        "list_chat_paused": "⏸ Toutes les alertes sont en pause jusqu'au {until} (/resume pour les reprendre).",
        "resume_nothing": "Rien n'était en pause : les alertes sont actives.",
        "resume_missed": "Alertes reprises. {count} article(s) correspondant à vos veilles sont parus pendant la pause.",
        "resume_missed_none": "Alertes reprises. Aucun article correspondant à vos veilles n'est paru pendant la pause.",
        "watch_resumed_missed": "Veille « {name} » reprise. {count} article(s) sont parus pendant la pause.",
        "button_missed": "Voir les {count} article(s)",
        "missed_none": "Aucun article paru pendant la pause.",
        "watch_topic": "Ses alertes arriveront dans ce sujet.",
        "error_timeout": "le serveur n'a pas répondu à temps",
        "error_network": "le serveur est injoignable",
        "error_http": "le serveur a répondu par une erreur HTTP {status}",
        "error_retry_after": " (nouvel essai demandé dans {seconds} s)",
        "error_too_large": "la réponse est trop volumineuse",
        "error_redirects": "trop de redirections",
        "error_gone": "le flux a été supprimé par le site (HTTP 410)",
        "error_private": "{host} est une adresse privée, interdite",
        "error_scheme": "seules les adresses http:// et https:// sont acceptées",
        "error_not_allowed_type": "le serveur n'a pas envoyé un flux (type de contenu refusé)",
        "error_bad_url": "l'adresse n'est pas valide",
        "error_parse_empty": "le flux est vide : le serveur n'a rien envoyé",
        "error_parse_unreadable": "le flux est illisible",
        "error_parse_html": "c'est une page HTML, pas un flux",
        "error_parse_not_feed": "ce n'est pas un flux RSS, Atom ou RDF",
        "error_moved_taken": "le flux a déménagé vers {url}, que le flux « {name} » lit déjà",
        "error_removed": "retiré",
        "error_removed_from_config": "retiré de feeds.toml",
        "error_unknown": "échec de la lecture",
        "cmd_rename": "Renommer une veille",
        "cmd_edit": "Changer la requête d'une veille",
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
            "/watch QUERY — watch a query; in a forum topic, its alerts land in that topic\n"
            "/list — your watches and their numbers, with buttons to remove or pause them\n"
            "/unwatch N — stop watch number N\n"
            "/rename N NAME — rename watch N; /edit N QUERY — change its query\n"
            "/pause [2h, 1d] — pause all alerts (24h by default): articles published meanwhile "
            "are kept, not sent; /resume — resume, offering those published during the pause\n"
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
            "Case, accents and plurals don't matter: <code>salarie</code> finds “salariés”.\n\n"
            "Just write some words (no command): I'll offer to watch them."
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
        "watch_gone": "No such watch in this chat: it was stopped (see /list).",
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
        "busy": "A search is already running in this chat: wait a moment, then try again.",
        "database_busy": "The database is busy with another program: try again in a moment.",
        "feeds_empty": "No feeds are watched.",
        "feed_ok": "✅ {id}. {name} — ok",
        "feed_failing": "⚠️ {id}. {name} — failing since {since}: {error}",
        "feed_disabled": "⛔ {id}. {name} — disabled: {reason}",
        "feed_new": "🕓 {id}. {name} — not read yet",
        "feed_facts": "   {entries} articles · last article: {last} · read on {success} · next read on {next}",
        "feed_never": "never",
        "feed_last": "“{title}”, {when}",
        "feed_failures": "{count} failures in a row",
        "admin_only": "Only the bot's administrators may use this command.",
        "addfeed_usage": "Give the feed's address, for example: /addfeed https://example.com/rss",
        "addfeed_refused": "Feed refused: {reason}",
        "addfeed_exists": "This feed is already watched (#{id}).",
        "addfeed_done": "Feed “{name}” added (#{id}, {entries} articles found; only later ones will alert).",
        "import_usage": "Send an OPML file (another feed reader's export) with /import as its caption.",
        "import_bad_file": "File refused: {reason}",
        "import_done": "Import: {added} feeds added, {existing} already watched, {refused} refused.",
        "import_refused_item": "• {name}: {reason}",
        "import_too_many": "Only the first {limit} feeds of the file were read.",
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
        "unknown_command": "I don't know the command {command}. Did you mean {nearest}? See /help.",
        "unknown_command_far": "I don't know the command {command}. See /help.",
        "offer_watch": "Watch “{query}”? I'll tell you about new articles that mention it.",
        "button_offer": "Watch “{query}”",
        "not_text": "I only read text: write the words to watch, or /help for the commands.",
        "offer_expired": "This offer has expired: write /watch followed by your query.",
        "rename_usage": "Give the number and the new name, for example: /rename 2 Layoffs (see /list).",
        "rename_done": "Watch #{id} renamed “{name}”.",
        "name_taken": "Another watch of this chat is already called “{name}” (see /list, /rename).",
        "config_watch": "The watch “{name}” comes from the configuration (keywords.toml): change it there.",
        "edit_usage": "Give the number and the new query, for example: /edit 2 licenciements AWS OR Azure (see /list).",
        "edit_done": "Watch #{id} changed: “{name}” now follows <code>{query}</code>.",
        "list_chat_paused": "⏸ All alerts are paused until {until} (/resume to resume them).",
        "resume_nothing": "Nothing was paused: alerts are on.",
        "resume_missed": "Alerts resumed. {count} article(s) matching your watches appeared during the pause.",
        "resume_missed_none": "Alerts resumed. No article matching your watches appeared during the pause.",
        "watch_resumed_missed": "Watch “{name}” resumed. {count} article(s) appeared during the pause.",
        "button_missed": "Show the {count} article(s)",
        "missed_none": "No article appeared during the pause.",
        "watch_topic": "Its alerts will land in this topic.",
        "error_timeout": "the server did not answer in time",
        "error_network": "the server cannot be reached",
        "error_http": "the server answered with HTTP error {status}",
        "error_retry_after": " (asked to retry in {seconds} s)",
        "error_too_large": "the response is too large",
        "error_redirects": "too many redirects",
        "error_gone": "the site removed the feed (HTTP 410)",
        "error_private": "{host} is a private address, not allowed",
        "error_scheme": "only http:// and https:// addresses are accepted",
        "error_not_allowed_type": "the server did not send a feed (content type refused)",
        "error_bad_url": "the address is not valid",
        "error_parse_empty": "the feed is empty: the server sent no content",
        "error_parse_unreadable": "the feed is unreadable",
        "error_parse_html": "this is an HTML page, not a feed",
        "error_parse_not_feed": "this is not an RSS, Atom or RDF feed",
        "error_moved_taken": "the feed moved to {url}, which feed “{name}” already reads",
        "error_removed": "removed",
        "error_removed_from_config": "removed from feeds.toml",
        "error_unknown": "reading failed",
        "cmd_rename": "Rename a watch",
        "cmd_edit": "Change a watch's query",
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


def format_date(moment: datetime, lang: str, zone: str | None = None) -> str:
    """A date as people read it, in Paris time unless `zone` (an IANA name) says otherwise:
    "27 novembre 2026 à 06:08"."""
    local = moment.astimezone(ZoneInfo(zone) if zone else PARIS)
    months = _MONTHS.get(lang, _MONTHS["fr"])
    return text(lang, "alert_date", day=local.day, month=months[local.month - 1], year=local.year,
                hour=local.hour, minute=local.minute)
