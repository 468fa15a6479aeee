"""The 80th fresh labelled set of French tech news (AI and big tech models and products), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh80".
Positives: very different titles for one event; titles naming the firm only by periphrasis
("le créateur de ChatGPT", "le géant de Mountain View", "la firme de Cupertino", "l'opérateur
historique", "le champion français de l'IA", "la maison mère de Facebook", "le géant de Redmond",
"la start-up de Sam Altman"); syndicated stories ("selon L'Informé", "selon Le Figaro", "selon Les
Echos"); English-word titles ("Layoffs chez Ubisoft", "ChatGPT down", "Outage"); terse follow-ups;
quote titles; post-mortems and reactions the next day; hands-on tests; explainers ("ce qui change").
Hard negatives: two ChatGPT outages two weeks apart; a ChatGPT outage then a Claude outage the next
day; a Microsoft 365 Copilot outage then an Outlook/Teams outage two days later (vague); two Orange
outages three days apart (emergency numbers, then fibre); GPT-6 launch then a battery-draining bug in
the ChatGPT app; Pixel 11 and Pixel Watch 5 at one keynote; the Pixel 11 launch then a Wi-Fi bug;
iPhone 18 and Apple Watch Series 12 at one keynote; iOS 27 release then its battery bug; Meta's
glasses and Llama 5 at one Connect; Mistral Medium 4 and Mistral Code Agent the same day; Mistral's
partnership with Orange then the State's Le Chat deployment two days later; a competition fine on
Google then its appeal; publishers suing OpenAI, authors suing Anthropic, then a ruling in the
OpenAI case; ChatGPT Plus price rise then ads in ChatGPT; Anthropic's Paris office then Claude
Code limits the next day; two funding rounds of two start-ups on the same day; three monthly Patch
Tuesdays; weekly AI newsletters and deals posts; Ubisoft layoffs then a strike; two hospital
ransomware attacks two days apart; OpenAI's and Mistral's French datacentres on consecutive days;
OVHcloud quarterly revenue then annual results; Gemini 4 then Google's AI Mode in France; Meta's
Paris lab cuts then an AI Act inquiry into Meta; the CNIL's order to Meta then its general AI
guidance; the AI Act's August milestone then the first AI Act inquiry; an interview of Mistral's CEO
weeks after its funding round; a Microsoft 365 price rise beside Copilot outages.
`build` fixes the year 2026; times are UTC, August to October 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 1.000, recall 0.806 (1.000 / 0.806 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- AI Act: the 2 August 2026 milestone
    ("ai-act-august-milestone", "fresh80", [
        ("lemondeinformatique.fr", "08-03 07:30",
         "AI Act : l'essentiel du règlement européen s'applique depuis le 2 août",
         "Obligations pour les systèmes à haut risque, transparence des contenus générés : le gros du règlement "
         "européen sur l'intelligence artificielle est entré en application ce week-end."),
        ("usine-digitale.fr", "08-03 10:05",
         "Règlement européen sur l'IA : ce qui change pour les entreprises à partir de cette semaine",
         "Étiquetage des deepfakes, registres, évaluations de conformité : le point sur les nouvelles obligations "
         "entrées en vigueur le 2 août 2026."),
        ("next.ink", "08-04 09:00",
         "Deux ans après son adoption, l'AI Act devient (presque) pleinement applicable",
         "Depuis dimanche, fournisseurs et déployeurs de systèmes d'IA doivent respecter la majorité des articles "
         "du texte européen ; les autorités nationales, elles, ne sont pas toutes prêtes."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Google (press content, Gemini)
    ("adlc-google-fine", "fresh80", [
        ("lesechos.fr", "08-05 06:00",
         "Droits voisins : l'Autorité de la concurrence inflige 180 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence reproche au moteur de recherche d'avoir entraîné Gemini sur des contenus "
         "de presse sans en informer les éditeurs, en violation de ses engagements."),
        ("lefigaro.fr", "08-05 09:15",
         "Presse et IA : nouvelle sanction contre Google en France",
         "Google devra payer 180 millions d'euros pour ne pas avoir respecté ses engagements envers les éditeurs "
         "de presse, notamment dans l'entraînement de son IA générative."),
        ("next.ink", "08-05 11:40",
         "180 millions d'euros : le prix du non-respect des engagements de Google envers la presse",
         "Dans une décision de 90 pages, l'Autorité détaille comment le géant de Mountain View a utilisé des "
         "articles pour nourrir son chatbot sans proposer de véritable mécanisme de refus."),
    ]),
    # ---------------------------------------------- OpenAI launches GPT-6
    ("openai-gpt6-launch", "fresh80", [
        ("numerama.com", "08-06 18:10",
         "OpenAI lance GPT-6, son nouveau modèle phare",
         "Plus de raisonnement, une mémoire longue et un mode agent intégré : OpenAI a présenté jeudi GPT-6, "
         "disponible dès aujourd'hui pour les abonnés payants de ChatGPT."),
        ("01net.com", "08-06 19:00",
         "GPT-6 est là : tout ce qu'il faut savoir sur la nouvelle IA de ChatGPT",
         "Fonctionnalités, disponibilité, prix : on fait le point sur GPT-6, que les utilisateurs gratuits "
         "pourront tester avec des limites."),
        ("frandroid.com", "08-06 20:30",
         "On a testé GPT-6 : nos premières impressions après quelques heures",
         "Codage, résumés, recherche sur le web : nous avons soumis le nouveau modèle d'OpenAI à nos tests "
         "maison dès sa mise en ligne."),
        ("lemondeinformatique.fr", "08-07 08:00",
         "Avec GPT-6, OpenAI muscle son offre pour les entreprises",
         "Le nouveau LLM d'OpenAI arrive dans ChatGPT Enterprise et dans l'API, avec une fenêtre de contexte "
         "de deux millions de jetons et un tarif revu à la baisse."),
        ("clubic.com", "08-07 10:20",
         "Le créateur de ChatGPT dévoile le successeur de GPT-5",
         "La start-up de Sam Altman promet un modèle « nettement plus fiable » et moins sujet aux hallucinations, "
         "déployé progressivement dans le monde entier."),
    ]),
    # ---------------------------------------------- single: Free Mobile price rise
    ("free-mobile-price-rise", "fresh80", [
        ("frandroid.com", "08-10 08:45",
         "Free Mobile augmente de 2 euros le prix de son forfait 5G pour les anciens abonnés",
         "L'opérateur de Xavier Niel prévient par SMS une partie de ses clients d'une hausse de tarif à partir "
         "d'octobre, en échange de davantage de data."),
    ]),
    # ---------------------------------------------- ChatGPT app battery bug (after the GPT-6 update)
    ("chatgpt-app-battery-bug", "fresh80", [
        ("frandroid.com", "08-11 09:30",
         "L'application ChatGPT vide la batterie de votre smartphone ? Vous n'êtes pas seul",
         "Depuis la dernière mise à jour de l'appli, de nombreux utilisateurs se plaignent d'une autonomie en "
         "chute libre, même quand ChatGPT n'est pas ouvert."),
        ("lesnumeriques.com", "08-11 14:10",
         "ChatGPT : OpenAI reconnaît un bug qui épuise la batterie des iPhone",
         "Un processus du mode vocal resterait actif en arrière-plan ; OpenAI promet un correctif dans les "
         "prochains jours."),
    ]),
    # ---------------------------------------------- Patch Tuesday, August
    ("patch-tuesday-august", "fresh80", [
        ("lemondeinformatique.fr", "08-11 19:05",
         "Patch Tuesday d'août : Microsoft corrige 94 vulnérabilités",
         "Le lot de correctifs mensuel de Microsoft comble 94 failles, dont deux zero-day déjà exploitées dans "
         "le noyau Windows et dans Office."),
        ("zdnet.fr", "08-12 07:30",
         "Microsoft : deux failles zero-day au menu du mois d'août",
         "La mise à jour de sécurité d'août colmate 94 vulnérabilités ; deux d'entre elles sont activement "
         "exploitées, prévient l'éditeur."),
    ]),
    # ---------------------------------------------- Anthropic opens a Paris office
    ("anthropic-paris-office", "fresh80", [
        ("lesechos.fr", "08-12 06:00",
         "Anthropic s'installe à Paris et veut recruter une centaine de personnes",
         "Le concurrent d'OpenAI ouvre un bureau dans le IXe arrondissement, son deuxième en Europe continentale, "
         "et vise les grands comptes français."),
        ("usine-digitale.fr", "08-12 08:30",
         "Le créateur de Claude ouvre un bureau en France",
         "Commerciaux, ingénieurs et chercheurs : la start-up américaine annonce une centaine de recrutements "
         "à Paris d'ici fin 2027."),
        ("lemagit.fr", "08-12 11:15",
         "Anthropic : « La France est un marché prioritaire pour nous »",
         "Le directeur Europe d'Anthropic explique pourquoi l'éditeur de Claude ouvre une implantation parisienne "
         "et comment il compte convaincre les DSI du CAC 40."),
    ]),
    # ---------------------------------------------- single: Claude Code usage limits (same firm, next day)
    ("claude-code-limits", "fresh80", [
        ("next.ink", "08-13 10:00",
         "Anthropic resserre les limites d'usage de Claude Code",
         "Les abonnés Max de l'assistant de programmation d'Anthropic verront leurs quotas hebdomadaires réduits "
         "à partir de septembre, une décision qui fait grincer des dents les développeurs."),
    ]),
    # ---------------------------------------------- single: Sora app arrives in France
    ("sora-app-france", "fresh80", [
        ("numerama.com", "08-14 09:00",
         "L'application Sora d'OpenAI débarque enfin en France",
         "Le réseau social de vidéos générées par IA est disponible sur iOS et Android dans l'Union "
         "européenne, avec des filigranes renforcés pour respecter l'AI Act."),
    ]),
    # ---------------------------------------------- ChatGPT global outage, August
    ("chatgpt-outage-august", "fresh80", [
        ("01net.com", "08-18 15:20",
         "Panne de ChatGPT : le chatbot d'OpenAI inaccessible dans le monde entier",
         "Depuis le début de l'après-midi, ChatGPT affiche des messages d'erreur ; OpenAI dit enquêter sur "
         "« des taux d'erreur élevés »."),
        ("numerama.com", "08-18 16:00",
         "ChatGPT down : des millions d'utilisateurs privés de leur assistant",
         "Application, site et API : tous les services d'OpenAI sont touchés par une panne qui dure depuis "
         "plus d'une heure."),
        ("bfmtv.com", "08-18 17:30",
         "ChatGPT de retour après plus de trois heures de panne",
         "Le service d'OpenAI fonctionne de nouveau normalement, après une interruption qui a perturbé "
         "étudiants et entreprises en pleine journée."),
        ("next.ink", "08-19 10:00",
         "OpenAI explique la panne de mardi : une mise à jour de configuration en cause",
         "Dans son post-mortem, l'entreprise détaille comment un changement de configuration a saturé ses "
         "serveurs d'authentification pendant plus de trois heures."),
    ]),
    # ---------------------------------------------- Claude outage, the next day
    ("claude-outage", "fresh80", [
        ("clubic.com", "08-19 13:00",
         "Claude en panne : l'assistant d'Anthropic ne répond plus",
         "Au lendemain de la panne de ChatGPT, c'est au tour de Claude d'être indisponible pour une partie "
         "de ses utilisateurs en Europe et aux États-Unis."),
        ("01net.com", "08-19 15:05",
         "Anthropic confirme un incident sur Claude et Claude Code",
         "Les développeurs ont été privés pendant près de deux heures de l'IA d'Anthropic, qui évoque un "
         "problème chez un fournisseur de cloud."),
    ]),
    # ---------------------------------------------- Made by Google: Pixel 11
    ("pixel-11-launch", "fresh80", [
        ("frandroid.com", "08-20 17:30",
         "Google Pixel 11 et 11 Pro officialisés : prix, date de sortie et fiche technique",
         "Puce Tensor G6 gravée par TSMC, zoom 5x et Gemini partout : Google a présenté ses nouveaux "
         "smartphones, disponibles le 28 août à partir de 899 euros."),
        ("lesnumeriques.com", "08-20 18:00",
         "Pixel 11 : Google mise sur l'IA embarquée avec sa nouvelle puce Tensor G6",
         "Le nouveau smartphone de Google fait tourner Gemini Nano en local et promet sept ans de mises à jour."),
        ("01net.com", "08-20 19:15",
         "Made by Google : les Pixel 11 débarquent, voici ce qui change",
         "Écran plus lumineux, batterie plus grande et fonctions d'IA inédites : tour d'horizon des "
         "nouveautés des Pixel 11, 11 Pro et 11 Pro XL."),
        ("numerama.com", "08-21 08:00",
         "Le géant de Mountain View joue son va-tout sur l'IA avec ses nouveaux smartphones",
         "Avec sa nouvelle gamme, Google veut prouver que son assistant Gemini peut faire vendre des téléphones, "
         "face à l'iPhone et au Galaxy S26."),
    ]),
    # ---------------------------------------------- Made by Google: Pixel Watch 5 (same keynote)
    ("pixel-watch-5", "fresh80", [
        ("frandroid.com", "08-20 18:20",
         "Pixel Watch 5 : Google améliore enfin l'autonomie de sa montre",
         "La nouvelle montre connectée de Google tient désormais deux jours et intègre Gemini au poignet, "
         "pour 399 euros."),
        ("lesnumeriques.com", "08-20 19:40",
         "Google présente la Pixel Watch 5, plus grande et plus endurante",
         "Un écran de 45 mm, une puce Snapdragon W6 et un capteur de température : la montre de Google évolue "
         "sans révolution."),
    ]),
    # ---------------------------------------------- Orange outage: emergency numbers
    ("orange-outage-emergency", "fresh80", [
        ("bfmtv.com", "08-24 08:00",
         "Panne Orange : les numéros d'urgence inaccessibles dans plusieurs régions",
         "Depuis la nuit, le 15, le 17 et le 18 ne répondent plus pour une partie des abonnés Orange ; "
         "les préfectures diffusent des numéros de substitution."),
        ("lefigaro.fr", "08-24 10:30",
         "Numéros d'urgence : nouvelle panne géante chez Orange",
         "L'opérateur historique reconnaît un incident sur son réseau de téléphonie qui empêche d'appeler "
         "les secours depuis un téléphone fixe ou mobile."),
        ("01net.com", "08-24 12:00",
         "Appels d'urgence impossibles : Orange explique l'origine de la panne",
         "Un équipement de routage des appels défaillant serait en cause ; le service est rétabli "
         "progressivement depuis la fin de matinée."),
        ("lesechos.fr", "08-25 07:00",
         "Le gouvernement convoque la direction d'Orange après la panne des numéros d'urgence",
         "La ministre chargée du Numérique exige des explications après l'incident de lundi, qui a privé "
         "des milliers de Français d'accès aux secours pendant plusieurs heures."),
    ]),
    # ---------------------------------------------- ChatGPT Plus price rise in Europe
    ("chatgpt-plus-price-europe", "fresh80", [
        ("lesnumeriques.com", "08-25 10:00",
         "ChatGPT Plus passe à 25 euros par mois en Europe",
         "OpenAI relève de 2 euros le tarif de son abonnement grand public, invoquant le coût du calcul "
         "nécessaire à GPT-6."),
        ("clubic.com", "08-25 12:15",
         "OpenAI augmente le prix de son abonnement payant",
         "Les abonnés européens paieront plus cher à partir du 1er octobre ; les tarifs aux États-Unis, eux, "
         "ne bougent pas."),
        ("frandroid.com", "08-26 08:00",
         "Abonnement ChatGPT : ce qui change pour les utilisateurs français",
         "Nouveau prix, date d'entrée en vigueur, possibilité de résilier : on répond à vos questions sur la "
         "hausse de ChatGPT Plus."),
    ]),
    # ---------------------------------------------- Nvidia Q2 results
    ("nvidia-q2-results", "fresh80", [
        ("lesechos.fr", "08-26 21:30",
         "Nvidia pulvérise encore ses records trimestriels",
         "Le fabricant de puces a réalisé un chiffre d'affaires de 61 milliards de dollars sur le trimestre, "
         "porté par la demande insatiable des géants du cloud."),
        ("zdnet.fr", "08-27 07:00",
         "Résultats : Nvidia dépasse les attentes grâce aux centres de données",
         "L'activité datacenter représente désormais près de 90 % des revenus du spécialiste des GPU, qui "
         "relève ses prévisions."),
        ("latribune.fr", "08-27 08:30",
         "Le roi des puces d'IA ne ralentit pas : +58 % de revenus sur un an",
         "Malgré les restrictions à l'export vers la Chine, le groupe de Jensen Huang affiche une croissance "
         "qui rassure Wall Street."),
    ]),
    # ---------------------------------------------- Orange outage: fibre (three days later, vague)
    ("orange-outage-fibre", "fresh80", [
        ("01net.com", "08-27 09:00",
         "Orange : nouvelle panne, des abonnés fibre privés d'Internet",
         "Trois jours après l'incident des numéros d'urgence, des clients de l'opérateur signalent une "
         "coupure de leur connexion fibre depuis ce matin."),
        ("numerama.com", "08-27 11:30",
         "Internet coupé chez des abonnés de l'opérateur historique",
         "Des milliers de Livebox ne se connectent plus ; l'opérateur évoque un incident technique "
         "« en cours de résolution »."),
    ]),
    # ---------------------------------------------- Mistral Medium 4
    ("mistral-medium-4", "fresh80", [
        ("usine-digitale.fr", "08-27 09:00",
         "Mistral AI dévoile Mistral Medium 4, son modèle le plus performant",
         "La start-up française affirme rivaliser avec les meilleurs modèles américains pour un coût "
         "d'inférence huit fois inférieur."),
        ("lemondeinformatique.fr", "08-27 11:00",
         "Avec Medium 4, Mistral AI vise les usages d'entreprise",
         "Le nouveau LLM de Mistral est disponible dans Le Chat, sur La Plateforme et chez les principaux "
         "fournisseurs de cloud, avec un déploiement possible sur site."),
        ("numerama.com", "08-27 14:30",
         "Le nouveau modèle de Mistral veut jouer dans la cour de GPT-6",
         "Multimodal, plus rapide, moins cher : ce que vaut Mistral Medium 4 face à la concurrence américaine."),
    ]),
    # ---------------------------------------------- Mistral Code Agent (same day, another product)
    ("mistral-code-agent", "fresh80", [
        ("lemagit.fr", "08-27 10:30",
         "Mistral AI lance Mistral Code Agent pour automatiser le développement",
         "L'agent de programmation de la start-up française s'intègre aux IDE et aux dépôts GitLab et peut "
         "être hébergé dans le cloud privé du client."),
        ("silicon.fr", "08-27 15:00",
         "Assistants de code : Mistral AI s'attaque à GitHub Copilot et Claude Code",
         "Facturé à l'usage, le nouvel agent de Mistral cible les grandes DSI soucieuses de garder leur code "
         "source en Europe."),
    ]),
    # ---------------------------------------------- single: weekly AI newsletter, week 35
    ("ud-ia-hebdo-w35", "fresh80", [
        ("usine-digitale.fr", "08-28 17:00",
         "L'IA cette semaine : Mistral Medium 4, ChatGPT Plus plus cher et Nvidia en pleine forme",
         "Chaque vendredi, notre sélection : le nouveau modèle de Mistral AI, la hausse de prix d'OpenAI en "
         "Europe et les résultats record de Nvidia."),
    ]),
    # ---------------------------------------------- CNIL orders Meta on AI training
    ("cnil-meta-ai-training", "fresh80", [
        ("next.ink", "08-31 09:00",
         "La CNIL met en demeure Meta sur l'entraînement de ses IA avec les publications des Français",
         "Le régulateur estime que le droit d'opposition proposé aux utilisateurs de Facebook et d'Instagram "
         "n'est pas assez visible et donne trois mois à Meta pour se mettre en conformité."),
        ("lemondeinformatique.fr", "08-31 11:00",
         "RGPD : Meta sommé par la CNIL de revoir la collecte de données pour Llama",
         "La Commission nationale de l'informatique et des libertés a adressé une mise en demeure à la maison "
         "mère de Facebook, qui dit « étudier la décision »."),
        ("bfmtv.com", "08-31 14:00",
         "Facebook, Instagram : la CNIL somme la maison mère de mieux informer les utilisateurs",
         "Vos photos et vos messages publics servent à entraîner l'IA de Meta ; le gendarme des données "
         "personnelles demande que vous puissiez vous y opposer plus facilement."),
    ]),
    # ---------------------------------------------- Bouygues Telecom bundles Gemini
    ("bouygues-gemini-offer", "fresh80", [
        ("frandroid.com", "09-01 08:30",
         "Bouygues Telecom offre un an de Gemini Pro à ses abonnés",
         "L'opérateur s'associe à Google pour inclure gratuitement l'abonnement Google AI Pro dans ses forfaits "
         "mobiles et box haut de gamme."),
        ("lesnumeriques.com", "09-01 11:00",
         "Google AI Pro gratuit pendant un an : comment en profiter chez Bouygues",
         "L'offre est réservée aux forfaits B&You 200 Go et aux Bbox Ultym ; voici comment l'activer."),
        ("lefigaro.fr", "09-01 13:20",
         "Après Free et Mistral, Bouygues Telecom choisit Google pour séduire avec l'IA",
         "Les opérateurs français multiplient les partenariats avec les fournisseurs d'IA générative pour "
         "fidéliser leurs abonnés."),
    ]),
    # ---------------------------------------------- ChatGPT outage, September (two weeks later)
    ("chatgpt-outage-september", "fresh80", [
        ("clubic.com", "09-02 09:40",
         "ChatGPT de nouveau en panne",
         "Pour la deuxième fois en quinze jours, l'assistant d'OpenAI est inaccessible pour de nombreux "
         "utilisateurs, en particulier en Europe."),
        ("bfmtv.com", "09-02 11:00",
         "Nouvelle panne pour le chatbot d'OpenAI ce mercredi matin",
         "Messages d'erreur, conversations qui ne se chargent plus : ChatGPT a été perturbé pendant environ "
         "une heure avant un retour progressif à la normale."),
    ]),
    # ---------------------------------------------- Google appeals the competition fine
    ("google-appeal-adlc-fine", "fresh80", [
        ("lesechos.fr", "09-03 06:30",
         "Droits voisins : Google fait appel de l'amende de 180 millions d'euros",
         "Le moteur de recherche conteste devant la cour d'appel de Paris la sanction prononcée début août "
         "par l'Autorité de la concurrence."),
        ("next.ink", "09-03 10:00",
         "Google conteste sa sanction pour l'entraînement de Gemini sur la presse",
         "Le recours, déposé mardi, n'est pas suspensif : l'entreprise devra s'acquitter de l'amende en "
         "attendant la décision de la cour."),
    ]),
    # ---------------------------------------------- single: Arcep fibre report
    ("arcep-fibre-report", "fresh80", [
        ("lemondeinformatique.fr", "09-03 14:00",
         "Fibre : l'Arcep pointe encore des malfaçons sur les réseaux mutualisés",
         "Dans son bilan semestriel, le régulateur des télécoms relève une baisse des raccordements défectueux "
         "mais juge la qualité d'exploitation toujours insuffisante."),
    ]),
    # ---------------------------------------------- single: weekly AI newsletter, week 36
    ("ud-ia-hebdo-w36", "fresh80", [
        ("usine-digitale.fr", "09-04 17:00",
         "L'IA cette semaine : Meta face à la CNIL, Bouygues mise sur Gemini et ChatGPT en panne",
         "Chaque vendredi, notre sélection : la mise en demeure de Meta, l'offre IA de Bouygues Telecom et la "
         "nouvelle panne de ChatGPT."),
    ]),
    # ---------------------------------------------- single: deals post, week 36
    ("frandroid-deals-w36", "fresh80", [
        ("frandroid.com", "09-05 07:00",
         "Les meilleures offres de la semaine : Pixel 11, Galaxy S26 et AirPods Pro 3",
         "Chaque samedi, notre sélection des meilleures promotions high-tech : smartphones, écouteurs, "
         "montres connectées et forfaits mobiles."),
    ]),
    # ---------------------------------------------- Microsoft 365 Copilot outage in Europe
    ("copilot-outage-europe", "fresh80", [
        ("lemagit.fr", "09-07 10:15",
         "Microsoft 365 Copilot en panne en Europe",
         "L'assistant IA intégré à Word, Excel et Teams ne répond plus depuis ce matin pour de nombreuses "
         "entreprises européennes ; Microsoft évoque un problème de capacité."),
        ("zdnet.fr", "09-07 12:00",
         "Copilot indisponible : Microsoft enquête sur un incident",
         "Les administrateurs voient remonter l'incident CP-871204 dans le centre d'administration ; le "
         "service est dégradé en France, en Allemagne et au Royaume-Uni."),
        ("silicon.fr", "09-07 16:00",
         "Outage : l'assistant du géant de Redmond a calé pendant six heures",
         "Le service est rétabli en fin d'après-midi ; Microsoft attribue l'incident à une saturation de ses "
         "capacités GPU dans la région Europe de l'Ouest."),
    ]),
    # ---------------------------------------------- Patch Tuesday, September
    ("patch-tuesday-september", "fresh80", [
        ("lemondeinformatique.fr", "09-08 19:10",
         "Patch Tuesday de septembre : Microsoft corrige 81 vulnérabilités",
         "Le lot de correctifs mensuel comble 81 failles dans Windows, Office et Azure, dont une zero-day "
         "exploitée dans le service SMB."),
        ("zdnet.fr", "09-09 07:00",
         "Microsoft : une zero-day corrigée en septembre",
         "La mise à jour de sécurité de septembre de Microsoft colmate 81 vulnérabilités, dont une déjà "
         "exploitée par des attaquants."),
    ]),
    # ---------------------------------------------- Microsoft 365 outage: Outlook/Teams (two days later)
    ("m365-outlook-outage", "fresh80", [
        ("lemondeinformatique.fr", "09-09 08:30",
         "Microsoft 365 : nouvelle panne, Outlook et Teams touchés",
         "Deux jours après l'incident de Copilot, la messagerie et la visioconférence de Microsoft ont été "
         "perturbées mercredi matin."),
        ("clubic.com", "09-09 10:00",
         "Encore une panne chez Microsoft : impossible d'envoyer des e-mails",
         "De nombreux utilisateurs d'Outlook signalent des messages bloqués dans la boîte d'envoi ; Microsoft "
         "a annulé une mise à jour en cause."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18 Pro
    ("apple-iphone-18-keynote", "fresh80", [
        ("01net.com", "09-09 18:30",
         "iPhone 18 Pro et iPhone 18 Pro Max officialisés : prix, date de sortie, nouveautés",
         "Puce A20 gravée en 2 nm, capteur photo à ouverture variable et Apple Intelligence enrichie : Apple a "
         "présenté ses nouveaux iPhone haut de gamme."),
        ("frandroid.com", "09-09 19:00",
         "Apple dévoile les iPhone 18 Pro : voici ce qui change",
         "Nouvelle puce, modem maison C2 et Dynamic Island réduite : tour d'horizon des nouveaux smartphones "
         "d'Apple, en précommande vendredi."),
        ("lesnumeriques.com", "09-09 19:30",
         "Keynote Apple : l'iPhone 18 Pro démarre à 1 329 euros en France",
         "Les prix grimpent encore en Europe ; les premières livraisons sont prévues pour le 18 septembre."),
        ("lefigaro.fr", "09-10 07:00",
         "La firme de Cupertino relance sa gamme avec une puce plus puissante et plus d'IA",
         "Face à des ventes en Chine qui s'essoufflent, Apple compte sur ses nouveaux modèles haut de gamme "
         "et sur Apple Intelligence pour relancer la croissance."),
    ]),
    # ---------------------------------------------- Apple keynote: Apple Watch Series 12 (same keynote)
    ("apple-watch-series-12", "fresh80", [
        ("frandroid.com", "09-09 19:20",
         "Apple Watch Series 12 : la montre d'Apple mesure enfin la tension artérielle",
         "Le nouveau modèle apporte un capteur de pression artérielle et une autonomie portée à 30 heures, "
         "à partir de 449 euros."),
        ("01net.com", "09-09 20:10",
         "Keynote Apple : la Watch Series 12 et l'Ultra 4 présentées",
         "Écran plus grand, puce S12 et nouvelles fonctions santé : ce qu'il faut retenir des nouvelles "
         "montres d'Apple."),
    ]),
    # ---------------------------------------------- Press publishers sue OpenAI
    ("publishers-sue-openai", "fresh80", [
        ("lefigaro.fr", "09-10 06:00",
         "Une vingtaine d'éditeurs de presse français assignent OpenAI en justice",
         "Réunis autour de l'Alliance de la presse d'information générale, les éditeurs accusent OpenAI d'avoir "
         "entraîné ChatGPT sur leurs articles sans autorisation ni rémunération."),
        ("next.ink", "09-10 09:30",
         "Droit d'auteur : la presse française attaque OpenAI devant le tribunal judiciaire de Paris",
         "L'assignation, que nous avons consultée, réclame la communication des jeux de données d'entraînement "
         "et des dommages et intérêts."),
        ("lesechos.fr", "09-10 11:00",
         "IA : les journaux français ouvrent un front judiciaire contre la start-up de Sam Altman",
         "Après l'échec des négociations sur une licence collective, les éditeurs passent à l'offensive ; "
         "OpenAI dit vouloir « continuer à dialoguer »."),
        ("bfmtv.com", "09-10 13:00",
         "La presse traîne ChatGPT devant les tribunaux, selon Le Figaro",
         "Plusieurs grands titres nationaux et régionaux reprochent au créateur de ChatGPT d'avoir pillé leurs "
         "contenus pour entraîner ses modèles."),
    ]),
    # ---------------------------------------------- single: deals post, week 37
    ("frandroid-deals-w37", "fresh80", [
        ("frandroid.com", "09-12 07:00",
         "Les meilleures offres de la semaine : iPhone 17, Pixel 11 et Galaxy Watch 8",
         "Chaque samedi, notre sélection des meilleures promotions high-tech : la baisse de prix des anciens "
         "iPhone, les Pixel et les montres connectées."),
    ]),
    # ---------------------------------------------- Mistral AI Series D
    ("mistral-series-d", "fresh80", [
        ("lesechos.fr", "09-14 06:00",
         "Mistral AI lève 2,5 milliards d'euros et vaut désormais 35 milliards",
         "La start-up française boucle un nouveau tour de table mené par des fonds souverains du Golfe et "
         "par Nvidia, qui triple sa valorisation en un an."),
        ("latribune.fr", "09-14 08:00",
         "IA : une levée de fonds géante pour Mistral",
         "Avec 2,5 milliards d'euros supplémentaires, la pépite fondée par Arthur Mensch se donne les moyens "
         "de construire ses propres centres de calcul."),
        ("bfmtv.com", "09-14 10:00",
         "Le champion français de l'IA valorisé 35 milliards d'euros",
         "Nouvelle levée record pour la start-up parisienne, qui devient l'entreprise non cotée la plus "
         "valorisée d'Europe."),
        ("usine-digitale.fr", "09-14 12:30",
         "Mistral AI : qui sont les nouveaux actionnaires du champion tricolore ?",
         "Fonds du Golfe, Nvidia, Bpifrance : le détail du tour de table de 2,5 milliards d'euros bouclé par "
         "Mistral AI."),
        ("numerama.com", "09-15 08:00",
         "35 milliards",
         "C'est la nouvelle valorisation de Mistral AI après sa levée de fonds de lundi."),
    ]),
    # ---------------------------------------------- iOS 27 release
    ("ios-27-release", "fresh80", [
        ("01net.com", "09-15 19:30",
         "iOS 27 est disponible : comment l'installer sur votre iPhone",
         "Apple déploie la nouvelle version de son système mobile ; voici la liste des modèles compatibles "
         "et les principales nouveautés."),
        ("clubic.com", "09-16 08:00",
         "La mise à jour iOS 27 est là : faut-il l'installer tout de suite ?",
         "Nouveau design des widgets, Siri plus bavard et traduction en direct : ce que change la mise à jour "
         "gratuite d'Apple."),
    ]),
    # ---------------------------------------------- Funding: Lexiq (legal AI)
    ("funding-lexiq", "fresh80", [
        ("lesechos.fr", "09-16 06:30",
         "Legaltech : Lexiq lève 45 millions d'euros pour son assistant juridique",
         "La start-up parisienne, qui vend aux cabinets d'avocats un assistant fondé sur des modèles de "
         "Mistral AI, boucle une série B menée par Index Ventures."),
        ("usine-digitale.fr", "09-16 09:00",
         "Lexiq, l'IA des avocats, boucle une série B de 45 millions",
         "Fondée en 2024, la jeune pousse revendique 600 cabinets clients et veut s'implanter en Allemagne "
         "et en Espagne."),
        ("journaldunet.com", "09-16 11:00",
         "Comment Lexiq a convaincu les cabinets d'avocats de confier leurs contrats à l'IA",
         "Le cofondateur de la legaltech, qui vient de lever 45 millions d'euros, revient sur ses choix "
         "techniques et commerciaux."),
    ]),
    # ---------------------------------------------- Funding: Tessera (inference chips), same day
    ("funding-tessera", "fresh80", [
        ("lesechos.fr", "09-16 07:00",
         "Tessera, la start-up grenobloise des puces d'inférence, lève 38 millions d'euros",
         "Issue du CEA-Leti, la jeune pousse conçoit des accélérateurs basse consommation pour faire tourner "
         "des modèles d'IA dans les équipements industriels."),
        ("latribune.fr", "09-16 10:00",
         "Semi-conducteurs : Tessera boucle un tour de table de 38 millions",
         "Bpifrance et le fonds European Innovation Council accompagnent la start-up, qui prévoit de doubler "
         "ses effectifs à Grenoble."),
    ]),
    # ---------------------------------------------- Meta Connect: glasses
    ("meta-connect-glasses", "fresh80", [
        ("lesnumeriques.com", "09-16 19:00",
         "Meta Ray-Ban Display 2 : les lunettes à écran de Meta gagnent en autonomie",
         "Présentées à la Connect, les nouvelles lunettes affichent les réponses de Meta AI dans le verre "
         "droit et arrivent en France au printemps."),
        ("frandroid.com", "09-16 19:30",
         "Meta Connect : les nouvelles lunettes connectées de Meta, prix et date de sortie",
         "Écran intégré, bracelet neuronal amélioré et traduction en direct : tout sur les Ray-Ban Display 2."),
        ("01net.com", "09-17 08:00",
         "Mark Zuckerberg veut remplacer votre smartphone par des lunettes",
         "Le patron de Meta a présenté une nouvelle génération de lunettes à écran, vendues 699 dollars aux "
         "États-Unis."),
    ]),
    # ---------------------------------------------- Meta Connect: Llama 5 (same keynote)
    ("meta-llama-5", "fresh80", [
        ("numerama.com", "09-16 20:15",
         "Meta annonce Llama 5, son modèle ouvert le plus puissant",
         "Dévoilé lors de la Connect, le nouveau modèle de Meta sera publié en plusieurs tailles, mais sa "
         "licence exclut toujours certains usages dans l'Union européenne."),
        ("usine-digitale.fr", "09-17 09:00",
         "Llama 5 : Meta revient dans la course aux modèles de pointe",
         "Après les déceptions de Llama 4, le groupe de Menlo Park promet un modèle au niveau de GPT-6 sur le "
         "raisonnement et le code."),
    ]),
    # ---------------------------------------------- OVHcloud Q4 revenue
    ("ovhcloud-q4-revenue", "fresh80", [
        ("lemagit.fr", "09-17 08:30",
         "OVHcloud : croissance de 9 % au quatrième trimestre",
         "L'hébergeur roubaisien publie un chiffre d'affaires trimestriel de 283 millions d'euros, porté par "
         "le cloud public et la demande en GPU."),
        ("lesechos.fr", "09-17 18:00",
         "OVHcloud accélère grâce à l'IA en fin d'exercice",
         "Le champion français du cloud confirme ses objectifs annuels après un quatrième trimestre meilleur "
         "que prévu."),
    ]),
    # ---------------------------------------------- Ads in ChatGPT (France)
    ("chatgpt-ads-france", "fresh80", [
        ("lefigaro.fr", "09-18 07:00",
         "La publicité arrive dans ChatGPT en France",
         "OpenAI commence à afficher des liens sponsorisés sous certaines réponses de la version gratuite de "
         "son assistant, après un test aux États-Unis."),
        ("clubic.com", "09-18 10:00",
         "ChatGPT gratuit : des annonces vont s'afficher sous les réponses",
         "Les abonnés payants ne sont pas concernés ; OpenAI assure que les publicités n'influencent pas le "
         "contenu des réponses."),
    ]),
    # ---------------------------------------------- single: weekly AI newsletter, week 38
    ("ud-ia-hebdo-w38", "fresh80", [
        ("usine-digitale.fr", "09-18 17:00",
         "L'IA cette semaine : Mistral à 35 milliards, Llama 5 et la publicité dans ChatGPT",
         "Chaque vendredi, notre sélection : la levée record de Mistral AI, les annonces de Meta à la Connect "
         "et l'arrivée des annonces dans ChatGPT."),
    ]),
    # ---------------------------------------------- single: CNIL general AI guidance
    ("cnil-ai-guidance", "fresh80", [
        ("lemondeinformatique.fr", "09-18 14:00",
         "IA et RGPD : la CNIL publie de nouvelles fiches pratiques pour les entreprises",
         "Intérêt légitime, minimisation, droits des personnes : le régulateur complète ses recommandations "
         "sur le développement des systèmes d'IA."),
    ]),
    # ---------------------------------------------- Ubisoft layoffs
    ("ubisoft-layoffs", "fresh80", [
        ("linforme.com", "09-21 06:30",
         "Ubisoft prépare la suppression d'environ 200 postes en France",
         "Selon nos informations, l'éditeur de jeux vidéo va présenter aux représentants du personnel un plan "
         "de rupture conventionnelle collective visant ses studios de Montreuil et d'Annecy."),
        ("lesechos.fr", "09-21 09:00",
         "Ubisoft va réduire ses effectifs en France, selon L'Informé",
         "L'éditeur d'Assassin's Creed poursuit sa cure d'économies avec un plan de départs qui concernerait "
         "près de 200 salariés."),
        ("bfmtv.com", "09-21 12:00",
         "Layoffs chez Ubisoft : les studios français touchés à leur tour",
         "Après le Canada et la Suède, l'éditeur français taille dans ses équipes hexagonales ; la direction "
         "confirme « un projet de réorganisation »."),
    ]),
    # ---------------------------------------------- iOS 27 battery bug
    ("ios-27-battery-bug", "fresh80", [
        ("lesnumeriques.com", "09-22 09:00",
         "Votre iPhone se vide en quelques heures depuis la mise à jour ? Vous n'êtes pas seul",
         "De nombreux utilisateurs constatent une autonomie en chute libre depuis l'installation d'iOS 27 ; "
         "l'indexation de Siri serait en cause."),
        ("01net.com", "09-22 11:00",
         "iOS 27 : Apple reconnaît un problème de batterie et prépare un correctif",
         "La firme de Cupertino promet une mise à jour 27.0.1 dans les prochains jours pour corriger une "
         "consommation anormale en veille."),
    ]),
    # ---------------------------------------------- Anthropic launches Claude Opus 5
    ("anthropic-claude-opus-5", "fresh80", [
        ("numerama.com", "09-23 17:00",
         "Anthropic lance Claude Opus 5, son IA la plus puissante",
         "Le nouveau modèle de la start-up américaine promet de travailler seul pendant des heures sur des "
         "tâches complexes de programmation."),
        ("lemondeinformatique.fr", "09-24 08:00",
         "Claude Opus 5 : Anthropic relève la barre sur le code et les agents",
         "Disponible dans l'API, sur AWS Bedrock et Google Vertex AI, le nouveau LLM d'Anthropic conserve "
         "le tarif de son prédécesseur."),
        ("usine-digitale.fr", "09-24 09:30",
         "Avec Opus 5, le créateur de Claude veut reprendre la main face à GPT-6",
         "Anthropic affiche des scores record sur les bancs d'essai de développement logiciel et d'usage "
         "d'un ordinateur."),
        ("zdnet.fr", "09-24 11:00",
         "Nouveau modèle d'Anthropic : ce qu'il faut retenir",
         "Capacités, limites, prix et disponibilité en Europe : l'essentiel sur Claude Opus 5."),
        ("clubic.com", "09-25 10:00",
         "On a testé Claude Opus 5 : impressionnant en code, plus prudent ailleurs",
         "Nous avons confié au dernier modèle d'Anthropic une application à développer de A à Z et une série "
         "de questions pièges."),
    ]),
    # ---------------------------------------------- Ubisoft strike
    ("ubisoft-strike", "fresh80", [
        ("next.ink", "09-24 10:00",
         "Grève chez Ubisoft : les salariés des studios français débraient",
         "À l'appel du STJV et de Solidaires Informatique, des salariés de l'éditeur ont cessé le travail ce "
         "jeudi pour protester contre le plan de départs annoncé lundi."),
        ("lefigaro.fr", "09-24 15:00",
         "Mobilisation chez Ubisoft : rassemblement devant le siège de Saint-Mandé",
         "Plusieurs centaines de salariés ont manifesté ce jeudi ; la direction dit respecter « le droit de "
         "grève » et maintient son calendrier."),
    ]),
    # ---------------------------------------------- Pixel 11 Wi-Fi bug
    ("pixel-11-wifi-bug", "fresh80", [
        ("frandroid.com", "09-25 08:00",
         "Pixel 11 : la dernière mise à jour coupe le Wi-Fi",
         "Depuis le correctif de septembre, des propriétaires de Pixel 11 voient leur connexion sans fil se "
         "couper toutes les quelques minutes."),
        ("lesnumeriques.com", "09-25 13:00",
         "Connexion qui saute sur les smartphones de Google : un correctif en préparation",
         "Google reconnaît un problème touchant certains Pixel 11 et Pixel 11 Pro après la mise à jour "
         "mensuelle et conseille de redémarrer l'appareil en attendant."),
    ]),
    # ---------------------------------------------- Authors sue Anthropic
    ("authors-sue-anthropic", "fresh80", [
        ("next.ink", "09-29 09:00",
         "Le SNE et la SGDL assignent Anthropic pour contrefaçon",
         "Les éditeurs et les auteurs de livres reprochent à Anthropic d'avoir entraîné Claude sur des "
         "ouvrages piratés ; c'est la première action de ce type en France contre l'entreprise."),
        ("lefigaro.fr", "09-29 12:00",
         "Des livres piratés pour entraîner Claude ? Les éditeurs français portent plainte",
         "Le Syndicat national de l'édition et la Société des gens de lettres saisissent le tribunal judiciaire "
         "de Paris contre la start-up américaine."),
    ]),
    # ---------------------------------------------- single: French Days deals
    ("clubic-french-days", "fresh80", [
        ("clubic.com", "09-29 07:30",
         "French Days 2026 : les meilleures offres high-tech du jour",
         "PC portables, smartphones, aspirateurs robots : notre sélection actualisée des bonnes affaires "
         "des French Days."),
    ]),
    # ---------------------------------------------- Google Gemini 4
    ("google-gemini-4", "fresh80", [
        ("numerama.com", "09-30 17:30",
         "Google lance Gemini 4 et promet une IA « qui agit pour vous »",
         "Le nouveau modèle de Google arrive dans l'application Gemini, dans la recherche et dans Workspace, "
         "avec un mode agent capable de réserver et d'acheter."),
        ("frandroid.com", "09-30 18:00",
         "Gemini 4 est disponible : voici ce qui change sur votre smartphone Android",
         "Assistant plus rapide, contrôle des applications et nouvelles limites d'usage : tout sur la mise à "
         "jour de l'IA de Google."),
        ("lemondeinformatique.fr", "10-01 08:00",
         "Le géant de Mountain View répond à GPT-6 et Claude Opus 5",
         "Avec sa nouvelle génération de modèles, Google revendique la première place sur plusieurs bancs "
         "d'essai et baisse le prix de son API pour les entreprises."),
    ]),
    # ---------------------------------------------- Google AI Mode in France (next day)
    ("google-ai-mode-france", "fresh80", [
        ("clubic.com", "10-01 10:00",
         "Le mode IA de Google Search arrive en France",
         "Après les États-Unis et le Royaume-Uni, Google déploie en français son moteur de recherche "
         "conversationnel, au grand dam des éditeurs de sites."),
        ("bfmtv.com", "10-01 12:00",
         "Recherche : Google remplace les liens par des réponses générées en France",
         "Le nouvel onglet « Mode IA » est accessible à tous les internautes français ; les médias craignent "
         "une chute de leur audience."),
    ]),
    # ---------------------------------------------- single: interview of Mistral's CEO (not the funding round)
    ("mistral-ceo-interview", "fresh80", [
        ("lesechos.fr", "10-02 06:00",
         "Arthur Mensch : « Nous n'avons aucune intention d'être rachetés »",
         "Dans un entretien, le cofondateur de Mistral AI détaille sa stratégie face aux géants américains, "
         "ses projets d'introduction en Bourse et ses besoins en calcul."),
    ]),
    # ---------------------------------------------- single: Microsoft France datacenters
    ("microsoft-france-datacenters", "fresh80", [
        ("lesechos.fr", "10-05 06:00",
         "Microsoft va investir 4 milliards d'euros dans ses datacenters français",
         "Le géant de Redmond annonce deux nouveaux sites près de Mulhouse et de Marseille pour héberger des "
         "capacités dédiées à l'IA."),
    ]),
    # ---------------------------------------------- Mistral AI x Orange partnership
    ("mistral-orange-partnership", "fresh80", [
        ("lesechos.fr", "10-06 06:00",
         "Orange et Mistral AI s'allient pour vendre une IA souveraine aux entreprises",
         "L'opérateur va distribuer les modèles de la start-up auprès de ses clients professionnels et les "
         "héberger dans ses datacenters français."),
        ("lemagit.fr", "10-06 09:00",
         "Orange Business intègre les modèles de Mistral AI à son offre cloud",
         "Le partenariat pluriannuel prévoit aussi le déploiement de Le Chat Enterprise auprès des 130 000 "
         "salariés du groupe."),
        ("silicon.fr", "10-06 11:30",
         "L'opérateur historique s'associe au champion tricolore de l'IA générative",
         "Hébergement, distribution et usage interne : les trois volets d'un accord qui doit peser plusieurs "
         "centaines de millions d'euros."),
    ]),
    # ---------------------------------------------- single: JDN barometer
    ("jdn-genai-barometer", "fresh80", [
        ("journaldunet.com", "10-07 08:00",
         "Baromètre : 62 % des entreprises françaises utilisent l'IA générative au quotidien",
         "Notre enquête annuelle auprès de 400 DSI montre une forte progression des usages, mais des "
         "budgets qui peinent à suivre."),
    ]),
    # ---------------------------------------------- The State deploys Le Chat (two days later)
    ("dinum-le-chat-agents", "fresh80", [
        ("next.ink", "10-08 09:00",
         "L'État généralise Le Chat de Mistral AI à ses agents",
         "La Dinum annonce le déploiement de l'assistant de la start-up française auprès de 500 000 agents "
         "publics, en remplacement de l'outil Albert."),
        ("lemondeinformatique.fr", "10-08 11:00",
         "Secteur public : un marché de 40 millions d'euros pour Mistral AI",
         "La direction interministérielle du numérique a retenu la start-up à l'issue d'un appel d'offres ; "
         "les données resteront hébergées en France."),
    ]),
    # ---------------------------------------------- single: SNCF Connect outage
    ("sncf-connect-outage", "fresh80", [
        ("01net.com", "10-07 10:30",
         "SNCF Connect en rade le jour de l'ouverture des ventes pour Noël",
         "Files d'attente virtuelles, paiements refusés : le site et l'application de la SNCF ont flanché "
         "sous l'afflux de voyageurs ce mercredi matin."),
    ]),
    # ---------------------------------------------- single: Nothing Phone (4) review
    ("nothing-phone-4-review", "fresh80", [
        ("lesnumeriques.com", "10-09 09:00",
         "Test du Nothing Phone (4) : le plus sage des smartphones originaux",
         "Design toujours transparent, écran lumineux et autonomie solide : le nouveau Nothing Phone s'assagit "
         "sans perdre sa personnalité."),
    ]),
    # ---------------------------------------------- single: weekly AI newsletter, week 41
    ("ud-ia-hebdo-w41", "fresh80", [
        ("usine-digitale.fr", "10-09 17:00",
         "L'IA cette semaine : Orange et Mistral, l'État mise sur Le Chat et Google en mode IA",
         "Chaque vendredi, notre sélection : le partenariat entre Orange et Mistral AI, le déploiement de Le "
         "Chat dans l'administration et le mode IA de Google en France."),
    ]),
    # ---------------------------------------------- Patch Tuesday, October
    ("patch-tuesday-october", "fresh80", [
        ("lemondeinformatique.fr", "10-13 19:00",
         "Patch Tuesday d'octobre : Microsoft corrige 103 vulnérabilités",
         "Le lot de correctifs mensuel comble 103 failles, dont trois zero-day, parmi lesquelles une "
         "élévation de privilèges dans le pilote CLFS."),
        ("zdnet.fr", "10-14 07:10",
         "Microsoft : trois failles zero-day corrigées en octobre",
         "La mise à jour de sécurité d'octobre de Microsoft colmate 103 vulnérabilités, dont trois "
         "activement exploitées."),
    ]),
    # ---------------------------------------------- single: Windows 10, a year after end of support
    ("windows-10-one-year-after", "fresh80", [
        ("clubic.com", "10-13 10:00",
         "Un an après la fin du support, Windows 10 tourne encore sur 4 PC sur 10",
         "Le système de Microsoft résiste malgré l'arrêt des mises à jour gratuites ; le programme de "
         "sécurité étendue payant séduit peu."),
    ]),
    # ---------------------------------------------- Meta cuts at its Paris AI lab
    ("meta-fair-paris-cuts", "fresh80", [
        ("lesechos.fr", "10-14 07:00",
         "Meta taille dans son laboratoire d'IA parisien",
         "Une quarantaine de chercheurs du FAIR à Paris sont concernés par la réorganisation des équipes "
         "d'IA du groupe, qui concentre ses moyens sur ses « superintelligence labs »."),
        ("silicon.fr", "10-14 10:00",
         "Layoffs chez Meta : le FAIR Paris touché",
         "La maison mère de Facebook supprime une quarantaine de postes dans son centre de recherche "
         "français, ouvert en 2015."),
        ("usine-digitale.fr", "10-14 12:00",
         "Recherche en IA : coup dur pour l'écosystème parisien après les suppressions de postes chez Meta",
         "Chercheurs et start-up s'inquiètent du désengagement du groupe de Mark Zuckerberg de la recherche "
         "fondamentale à Paris."),
    ]),
    # ---------------------------------------------- OVHcloud annual results
    ("ovhcloud-annual-results", "fresh80", [
        ("lemagit.fr", "10-14 17:45",
         "OVHcloud renoue avec les bénéfices sur son exercice 2026",
         "L'hébergeur affiche un résultat net positif pour la première fois depuis son introduction en "
         "Bourse, et vise une croissance de 10 % l'an prochain."),
        ("silicon.fr", "10-15 08:00",
         "Résultats annuels : OVHcloud passe dans le vert",
         "Chiffre d'affaires de 1,1 milliard d'euros, marge en hausse : le cloud européen tire profit de la "
         "demande de souveraineté."),
        ("lesechos.fr", "10-15 09:00",
         "Le champion français du cloud dégage enfin un bénéfice",
         "Porté par le cloud public et les serveurs GPU, le groupe roubaisien a dégagé 31 millions d'euros "
         "de résultat net sur l'exercice clos fin août."),
    ]),
    # ---------------------------------------------- AI Act inquiry into Meta AI (next day)
    ("ai-act-inquiry-meta", "fresh80", [
        ("next.ink", "10-15 10:00",
         "AI Act : la Commission ouvre une première enquête, elle vise Meta",
         "Le Bureau de l'IA soupçonne Meta de ne pas respecter ses obligations de transparence pour Llama 5 ; "
         "c'est la première procédure formelle au titre du règlement."),
        ("lemondeinformatique.fr", "10-15 14:00",
         "Bruxelles enquête sur la conformité de Llama 5 au règlement européen sur l'IA",
         "La Commission européenne demande à Meta la documentation technique et le résumé des données "
         "d'entraînement de son dernier modèle."),
    ]),
    # ---------------------------------------------- Ransomware at the Périgueux hospital
    ("ransomware-ch-perigueux", "fresh80", [
        ("lemagit.fr", "10-19 09:00",
         "Cyberattaque : le centre hospitalier de Périgueux paralysé par un rançongiciel",
         "L'hôpital a basculé en mode dégradé dans la nuit de dimanche à lundi ; les urgences fonctionnent "
         "sur papier."),
        ("zdnet.fr", "10-19 11:00",
         "Rançongiciel : l'hôpital de Périgueux déclenche son plan blanc",
         "Les opérations non urgentes sont déprogrammées ; l'ANSSI et le CERT Santé accompagnent "
         "l'établissement."),
        ("bfmtv.com", "10-19 14:00",
         "Dordogne : l'hôpital victime de pirates informatiques, des patients transférés",
         "Plusieurs patients ont été orientés vers Bordeaux et Limoges après l'attaque informatique qui "
         "frappe le principal hôpital du département."),
    ]),
    # ---------------------------------------------- Siri with Gemini arrives in French
    ("siri-gemini-french", "fresh80", [
        ("01net.com", "10-20 18:30",
         "La nouvelle Siri propulsée par Gemini arrive en français avec iOS 27.1",
         "Apple active en France l'assistant remanié grâce à son partenariat avec Google, avec la compréhension "
         "de ce qui s'affiche à l'écran."),
        ("frandroid.com", "10-20 19:00",
         "iOS 27.1 : Siri parle enfin avec l'IA de Google en France",
         "Le modèle de Google tourne sur les serveurs Private Cloud Compute d'Apple ; voici comment activer "
         "la nouvelle Siri."),
        ("lesnumeriques.com", "10-21 08:30",
         "On a testé la nouvelle Siri en français : enfin un assistant utile ?",
         "Rédaction de messages, recherche dans les photos, actions dans les applications : nos premières "
         "heures avec l'assistant d'Apple remanié."),
    ]),
    # ---------------------------------------------- Ransomware at the Nîmes CHU (two days later)
    ("ransomware-chu-nimes", "fresh80", [
        ("lemagit.fr", "10-21 10:00",
         "Le CHU de Nîmes frappé à son tour par un rançongiciel",
         "Deux jours après Périgueux, un deuxième établissement de santé est victime d'une attaque ; le "
         "groupe Qilin revendique l'opération."),
        ("numerama.com", "10-21 15:00",
         "Nouvelle cyberattaque contre un hôpital : le CHU de Nîmes en mode dégradé",
         "Le centre hospitalier universitaire a coupé ses accès à Internet par précaution ; la prise en "
         "charge des urgences est maintenue."),
    ]),
    # ---------------------------------------------- Court ruling in the press v. OpenAI case
    ("publishers-openai-ruling", "fresh80", [
        ("lefigaro.fr", "10-22 18:00",
         "Procès de la presse contre OpenAI : le tribunal ordonne la communication des données d'entraînement",
         "Le juge de la mise en état enjoint à OpenAI de produire la liste des sites français utilisés pour "
         "entraîner ses modèles, une première victoire pour les éditeurs."),
        ("next.ink", "10-23 09:00",
         "OpenAI devra révéler quels articles de presse ont nourri ChatGPT",
         "Dans une ordonnance rendue jeudi, le tribunal judiciaire de Paris donne deux mois à l'entreprise "
         "pour s'exécuter, sous astreinte."),
    ]),
    # ---------------------------------------------- single: Free Mobile outage (not the hospitals)
    ("free-mobile-sms-outage", "fresh80", [
        ("numerama.com", "10-20 08:15",
         "Free Mobile : des abonnés ne reçoivent plus leurs SMS",
         "Depuis lundi soir, de nombreux clients de l'opérateur signalent des messages qui n'arrivent pas, "
         "notamment les codes de validation bancaires."),
    ]),
    # ---------------------------------------------- single: STMicroelectronics Crolles
    ("stmicro-crolles", "fresh80", [
        ("latribune.fr", "10-22 07:00",
         "STMicroelectronics gèle une partie de son projet d'extension à Crolles",
         "Le fabricant franco-italien de semi-conducteurs repousse l'installation d'une ligne de production "
         "en raison du ralentissement du marché automobile."),
    ]),
    # ---------------------------------------------- OpenAI Stargate site in France
    ("openai-stargate-france", "fresh80", [
        ("lesechos.fr", "10-26 06:00",
         "OpenAI choisit la France pour un campus Stargate de 1 gigawatt",
         "Le créateur de ChatGPT va construire en Moselle, avec des partenaires émiratis, l'un des plus grands "
         "centres de calcul d'Europe."),
        ("latribune.fr", "10-26 08:00",
         "Stargate France : un investissement de 15 milliards d'euros en Moselle",
         "Le site, alimenté par l'électricité nucléaire, doit entrer en service fin 2028 et créer "
         "1 200 emplois directs."),
        ("bfmtv.com", "10-26 09:30",
         "« La France a l'électricité dont l'IA a besoin » : Sam Altman justifie son choix",
         "Le patron d'OpenAI était à l'Élysée lundi pour annoncer l'implantation de son futur centre de "
         "données géant."),
    ]),
    # ---------------------------------------------- single: Microsoft 365 price rise with Copilot
    ("m365-price-copilot", "fresh80", [
        ("lemagit.fr", "10-28 09:00",
         "Microsoft 365 : les prix augmentent en France au 1er janvier, Copilot Chat inclus",
         "Le géant de Redmond relève de 10 à 15 % le tarif de ses suites bureautiques professionnelles en "
         "justifiant la hausse par l'intégration de fonctions d'IA."),
    ]),
    # ---------------------------------------------- Mistral inaugurates its Essonne datacenter (next day)
    ("mistral-datacenter-essonne", "fresh80", [
        ("usine-digitale.fr", "10-27 10:00",
         "Mistral AI inaugure son premier centre de calcul en Essonne",
         "Le site de Bruyères-le-Châtel accueille 18 000 puces Nvidia et doit servir à entraîner les "
         "prochains modèles de la start-up."),
        ("lemagit.fr", "10-27 12:00",
         "Mistral Compute : le datacenter de Mistral AI entre en service",
         "La start-up ouvre aussi ses capacités à des clients tiers, au lendemain de l'annonce du projet "
         "d'OpenAI en Moselle."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
