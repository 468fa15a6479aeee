"""A twenty-eighth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh28".
Positives mix digits and words ("57" / "une soixantaine"), English terms (outage, layoffs, data
breach, funding round), periphrases ("le géant de Redmond", "la firme à la pomme", "le roubaisien"),
consumer angles, explainers, tests, an interview, a quote as title, post-mortems and next-day follow-ups.
Hard negatives: two Azure outages, layoffs then strikes (Orange Business, Ubisoft), two hospital
ransomware attacks, launches then their bugs, two Google fines by two regulators, two Meta rulings,
results then job cuts, a rumour then another deal, two keynote products, roundups and deals posts.
`build` fixes the year 2026; times are UTC, June and December 2026.

Measured once, on c3d1421, the code that landed at stop 21, before anything was changed for it:
precision 0.818, recall 0.818; a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Computex: AMD and Nvidia, same show, two events
    ("computex-amd-ryzen-ai-10000", "fresh28", [
        ("lesnumeriques.com", "06-02 04:30", "Computex 2026 : AMD dégaine ses Ryzen AI 10000 pour portables",
         "AMD profite du salon de Taipei pour présenter ses nouveaux processeurs mobiles, gravés en 3 nm et dotés d'un NPU de 80 TOPS."),
        ("clubic.com", "06-02 07:10", "AMD lance les Ryzen AI 10000 : jusqu’à 80 TOPS pour l’IA locale",
         "Le fondeur de Santa Clara annonce au Computex une nouvelle génération de puces pour PC portables, attendues dans les machines dès la rentrée."),
        ("01net.com", "06-02 11:45", "Le rival d'Intel frappe fort à Taipei avec ses nouvelles puces pour laptops",
         "Lisa Su a levé le voile sur les Ryzen AI 10000, qui promettent une autonomie en hausse de 30 % selon AMD."),
    ]),
    ("computex-nvidia-n1x", "fresh28", [
        ("frandroid.com", "06-02 05:15", "Nvidia officialise sa puce N1X pour PC Windows sous Arm",
         "Au Computex, Nvidia et MediaTek dévoilent enfin le processeur Arm qui doit équiper les premiers portables Windows du fabricant de GPU."),
        ("lesnumeriques.com", "06-02 09:00", "Computex 2026 : Jensen Huang présente le N1X, le SoC Arm de Nvidia",
         "Le patron de Nvidia a détaillé à Taipei une puce associant CPU Arm et GPU Blackwell pour les ordinateurs portables."),
        ("zdnet.fr", "06-02 14:20", "PC Arm : le spécialiste des cartes graphiques entre dans l'arène face à Qualcomm",
         "Nvidia annonce des PC équipés de sa puce N1X dès l'automne chez Asus, Dell et Lenovo."),
    ]),
    # ------------------------------------------------ two Azure outages three days apart
    ("azure-outage-west-europe", "fresh28", [
        ("lemagit.fr", "06-02 10:20", "Azure : panne majeure dans la région Europe de l'Ouest",
         "Des milliers de clients de Microsoft ont été privés de machines virtuelles et de bases de données pendant près de six heures mardi matin."),
        ("silicon.fr", "06-02 12:05", "Outage Azure : Teams, Outlook et des milliers d'applications à l'arrêt",
         "Une défaillance dans un datacenter néerlandais du géant de Redmond a perturbé une partie de ses services cloud en Europe."),
        ("bfmtv.com", "06-02 13:40", "Teams et Outlook inaccessibles : de nombreuses entreprises paralysées ce mardi",
         "Une panne du cloud de Microsoft a empêché pendant plusieurs heures des salariés dans toute l'Europe de travailler."),
        ("lemondeinformatique.fr", "06-03 08:30", "Pourquoi la panne d’Azure a touché autant de services",
         "Refroidissement défaillant, bascule ratée vers une zone de secours : retour sur l’incident qui a affecté la région West Europe de Microsoft."),
        ("next.ink", "06-04 07:45", "Le post-mortem de Microsoft : une erreur de configuration a aggravé la surchauffe",
         "Dans son rapport préliminaire, l'éditeur reconnaît qu'un changement de configuration a empêché le basculement automatique des charges lors de l'incident Azure de mardi aux Pays-Bas."),
    ]),
    ("azure-outage-france-central", "fresh28", [
        ("lemagit.fr", "06-05 15:10", "Azure : nouvel incident, cette fois dans la région France Centre",
         "Trois jours après la panne de West Europe, des clients de la région parisienne de Microsoft ont subi des erreurs d'authentification pendant deux heures."),
        ("silicon.fr", "06-05 17:30", "Microsoft Azure de nouveau en panne, les clients français touchés",
         "Un problème sur Entra ID a bloqué l'accès aux services cloud hébergés dans la région France Central vendredi après-midi."),
        ("zdnet.fr", "06-06 09:00", "Deuxième panne en une semaine pour le cloud de Microsoft",
         "Après l'Europe de l'Ouest, c'est la région France Centre d'Azure qui a flanché vendredi, sur fond d'incident d'identité."),
    ]),
    # ------------------------------------------------ Orange Business: job cuts, then a strike a week later
    ("orange-business-departures", "fresh28", [
        ("linforme.com", "06-03 06:00", "Orange Business : près de 700 postes menacés",
         "Selon nos informations, la branche entreprises de l'opérateur prépare un nouveau plan de départs volontaires qui doit être présenté aux syndicats jeudi."),
        ("lesechos.fr", "06-03 09:30", "L'opérateur historique va supprimer environ sept cents emplois dans sa division entreprises",
         "Orange poursuit la restructuration d'Orange Business, pénalisée par le déclin de la voix fixe et de l'intégration réseau."),
        ("channelnews.fr", "06-03 14:00", "Orange Business prépare une rupture conventionnelle collective",
         "Quelque 700 postes seraient concernés, selon L’Informé, notamment dans les équipes d’intégration et de support."),
        ("lemondeinformatique.fr", "06-04 16:45", "Orange Business confirme 680 départs volontaires",
         "Présenté aux représentants du personnel ce jeudi, le plan prévoit 680 suppressions de postes d'ici fin 2027."),
    ]),
    ("orange-business-strike", "fresh28", [
        ("next.ink", "06-09 10:30", "Grève à Orange Business contre le plan de départs",
         "À l'appel de la CFE-CGC, de SUD et de la CGT, des salariés de la branche entreprises d'Orange ont cessé le travail mardi."),
        ("lemondeinformatique.fr", "06-09 16:00", "Mobilisation syndicale chez Orange Business",
         "Des rassemblements ont eu lieu devant plusieurs sites de l'opérateur, une semaine après l'annonce de 680 départs volontaires."),
    ]),
    # ------------------------------------------------ Arcep vs Orange, another Orange story the same week
    ("arcep-orange-fibre-notice", "fresh28", [
        ("next.ink", "06-10 12:00", "Fibre : l'Arcep met en demeure Orange sur la qualité des raccordements",
         "Le régulateur des télécoms exige de l'opérateur qu'il corrige d'ici six mois les malfaçons constatées dans les réseaux dont il a la charge."),
        ("zdnet.fr", "06-10 15:10", "Raccordements ratés : le gendarme des télécoms hausse le ton contre l’opérateur historique",
         "L’Arcep a adressé une mise en demeure à Orange, menacé de sanctions s’il n’améliore pas la qualité de ses interventions sur la fibre."),
    ]),
    # ------------------------------------------------ two hospitals hit by ransomware four days apart
    ("chu-brest-ransomware", "fresh28", [
        ("zdnet.fr", "06-04 08:15", "Le CHU de Brest victime d'une cyberattaque",
         "L'hôpital finistérien a basculé en mode dégradé après une attaque par rançongiciel détectée dans la nuit."),
        ("numerama.com", "06-04 11:00", "Ransomware : un CHU breton contraint de déprogrammer des opérations",
         "Le centre hospitalier universitaire de Brest a coupé ses systèmes d'information et redirige certains patients vers d'autres établissements."),
        ("lemagit.fr", "06-04 15:30", "CHU de Brest : le groupe Qilin revendique l'attaque",
         "Le gang de ransomware affirme avoir dérobé 400 Go de données et menace de les publier sous dix jours."),
        ("bfmtv.com", "06-05 12:20", "« Nous ne paierons pas la rançon », assure la directrice du CHU",
         "Au lendemain de la cyberattaque contre l'hôpital de Brest, la direction indique que les urgences fonctionnent de nouveau normalement."),
    ]),
    ("ch-valence-ransomware", "fresh28", [
        ("zdnet.fr", "06-08 09:40", "Cyberattaque : le centre hospitalier de Valence en mode dégradé",
         "Quatre jours après Brest, un nouvel établissement de santé est touché par un rançongiciel, cette fois dans la Drôme."),
        ("lemagit.fr", "06-08 13:10", "Rançongiciel : l'hôpital de Valence paralysé",
         "Les systèmes de l'établissement drômois ont été chiffrés dimanche ; aucune revendication n'a encore été publiée."),
        ("01net.com", "06-09 07:30", "Après Brest, un deuxième hôpital français frappé par un ransomware",
         "Le centre hospitalier de Valence a déclenché son plan blanc numérique et porté plainte après une attaque informatique."),
    ]),
    # ------------------------------------------------ WWDC: iOS 27 and macOS 27 covered separately, then a beta bug
    ("wwdc-ios-27", "fresh28", [
        ("macg.co", "06-08 17:45", "iOS 27 est officiel : toutes les nouveautés",
         "Apple a présenté lors de sa keynote de la WWDC la nouvelle version de son système pour iPhone, centrée sur un Siri entièrement repensé."),
        ("igen.fr", "06-08 18:10", "iOS 27 : Siri devient enfin conversationnel",
         "L'assistant s'appuie sur un grand modèle de langage et peut désormais agir dans les apps, annonce la firme de Cupertino."),
        ("frandroid.com", "06-08 19:00", "La firme à la pomme dévoile la mise à jour de ses iPhone : voici ce qu’il faut retenir",
         "Nouveau Siri, écran d’accueil personnalisable, traduction en direct : Apple a levé le voile sur iOS 27 lors de la WWDC."),
        ("01net.com", "06-08 21:30", "iOS 27 : ce qui change pour vous sur votre iPhone",
         "Quelles fonctions arrivent en France, quels modèles sont compatibles et quand installer la mise à jour : nos réponses."),
        ("numerama.com", "06-09 08:00", "iOS 27 abandonne l'iPhone 11 : la liste des modèles compatibles",
         "La prochaine version du système mobile d'Apple, présentée lundi, ne sera pas proposée aux iPhone 11 et SE de deuxième génération."),
        ("clubic.com", "06-09 12:00", "WWDC 2026 : le nouveau Siri ne parlera pas français à la rentrée",
         "Apple précise que l'assistant repensé d'iOS 27 arrivera d'abord en anglais, les autres langues suivront en 2027."),
    ]),
    ("wwdc-macos-27", "fresh28", [
        ("macg.co", "06-08 18:30", "macOS 27 : Apple tourne définitivement la page des Mac Intel",
         "La version 2026 du système des Mac, annoncée à la WWDC, ne s'installe que sur les machines équipées de puces Apple Silicon."),
        ("igen.fr", "06-08 20:15", "macOS 27 : fin de parcours pour les Mac Intel, Rosetta réservé aux jeux",
         "Le nouveau système des Mac présenté lundi abandonne tous les modèles Intel, et Rosetta 2 ne sera plus disponible que pour les jeux."),
    ]),
    ("macg-wwdc-podcast", "fresh28", [
        ("macg.co", "06-09 19:00", "Podcast : la WWDC 2026 décortiquée",
         "Dans cet épisode spécial, la rédaction revient sur iOS 27, macOS 27 et le nouveau Siri, et débat de ce qu'Apple n'a pas annoncé."),
    ]),
    ("ios-27-beta-battery-bug", "fresh28", [
        ("igen.fr", "06-10 14:00", "Bêta d'iOS 27 : gare à l'autonomie",
         "Les premiers testeurs de la bêta développeurs signalent une consommation anormale de la batterie et des iPhone qui chauffent."),
        ("macg.co", "06-11 09:20", "Apple corrige la première bêta qui vidait les batteries",
         "Une version 27.0 bêta 1.1 est disponible pour les développeurs afin de régler un processus qui tournait en boucle sur l'iPhone."),
    ]),
    # ------------------------------------------------ another OS release the same week
    ("android-17-release", "fresh28", [
        ("frandroid.com", "06-10 18:30", "Android 17 est disponible : voici les nouveautés",
         "Google commence à déployer la version stable de son système sur les Pixel, avec un mode bureau et de nouvelles protections contre le vol."),
        ("01net.com", "06-11 08:00", "Android 17 : votre Pixel peut déjà installer la mise à jour",
         "Quels smartphones sont compatibles, comment l'installer et ce qui change vraiment : notre guide de la nouvelle version d'Android."),
        ("numerama.com", "06-11 10:30", "Le système mobile de Google passe en version 17",
         "La mise à jour arrive d'abord sur les Pixel 6 et suivants, les autres fabricants suivront dans les prochains mois."),
    ]),
    # ------------------------------------------------ Mistral AI funding round, with next-day interview
    ("mistral-2bn-round", "fresh28", [
        ("lesechos.fr", "06-11 05:30", "Mistral AI lève 2 milliards d'euros et vaut désormais 30 milliards",
         "La pépite française de l'intelligence artificielle boucle un tour de table mené par un fonds souverain du Golfe, selon nos informations."),
        ("usine-digitale.fr", "06-11 09:00", "Méga levée de fonds pour la licorne parisienne de l’IA générative",
         "Mistral AI annonce avoir réuni deux milliards d’euros auprès d’investisseurs internationaux pour financer ses datacenters."),
        ("journaldunet.com", "06-11 11:30", "Mistral AI : une valorisation de 30 milliards après un funding round record",
         "L'éditeur de l'assistant Le Chat a bouclé la plus grosse levée de fonds de l'histoire de la tech européenne."),
        ("bfmtv.com", "06-11 14:00", "Deux milliards d'euros : la France tient-elle son champion de l'IA ?",
         "La start-up fondée par Arthur Mensch franchit un nouveau cap et rejoint le club très fermé des entreprises européennes valorisées plus de 30 milliards."),
        ("lesechos.fr", "06-12 06:00", "Arthur Mensch : « Cet argent servira à construire nos propres datacenters en Europe »",
         "Au lendemain de sa levée de fonds, le patron de Mistral AI détaille ses priorités : calcul, recrutement et conquête des entreprises."),
    ]),
    ("jdn-weekly-funding-roundup", "fresh28", [
        ("journaldunet.com", "06-12 16:00", "Les levées de fonds de la semaine dans la tech française",
         "Mistral AI et ses deux milliards écrasent la semaine, mais une medtech lyonnaise et une deeptech quantique ont aussi bouclé leurs tours."),
    ]),
    ("pennylane-round", "fresh28", [
        ("lesechos.fr", "06-16 06:00", "Comptabilité : Pennylane boucle un tour de table de 150 millions",
         "La start-up parisienne attire de nouveau des fonds américains et prépare son expansion européenne."),
        ("journaldunet.com", "06-16 07:00", "La fintech Pennylane lève 150 millions d’euros pour s’attaquer à l’Allemagne",
         "Le logiciel de comptabilité français, déjà valorisé plus de 4 milliards, compte doubler ses effectifs outre-Rhin."),
    ]),
    # ------------------------------------------------ Capgemini: a rumour, then a different deal
    ("capgemini-mphasis-rumour", "fresh28", [
        ("lesechos.fr", "06-15 07:00", "Capgemini étudierait le rachat de l'indien Mphasis",
         "Selon Bloomberg, l'ESN française a approché le groupe de services informatiques indien, valorisé une dizaine de milliards de dollars."),
        ("channelnews.fr", "06-15 11:20", "Rumeur : Capgemini sur les rangs pour Mphasis",
         "L'ESN, qui avait déjà avalé WNS en 2025, serait en négociations préliminaires avec le fonds Blackstone, actionnaire majoritaire de la cible."),
    ]),
    ("capgemini-datapoint-acquisition", "fresh28", [
        ("lemondeinformatique.fr", "06-17 08:00", "Capgemini s'offre l'allemand Datapoint, spécialiste de la donnée industrielle",
         "L'ESN annonce l'acquisition de la société munichoise, qui emploie 1 200 personnes, pour un montant non dévoilé."),
        ("channelnews.fr", "06-17 10:30", "Acquisition : Capgemini renforce son offre data en Allemagne",
         "Le groupe dirigé par Aiman Ezzat met la main sur Datapoint, un intégrateur de 1 200 salariés spécialisé dans les plateformes de données industrielles."),
        ("zdnet.fr", "06-17 16:00", "Capgemini met la main sur Datapoint",
         "Pas de Mphasis pour l'instant : l'ESN française annonce un rachat bien plus modeste, celui d'un intégrateur allemand de la donnée."),
    ]),
    # ------------------------------------------------ Apple fined under the DMA, a week after WWDC
    ("ec-dma-apple-fine", "fresh28", [
        ("lesechos.fr", "06-16 10:00", "DMA : Bruxelles inflige 1,2 milliard d'euros d'amende à Apple",
         "La Commission européenne reproche au fabricant de l'iPhone de ne pas avoir ouvert ses fonctions d'interopérabilité aux montres et écouteurs concurrents."),
        ("numerama.com", "06-16 12:30", "La Commission européenne sanctionne Apple pour son manque d'ouverture aux accessoires tiers",
         "Une amende de 1,2 milliard d'euros frappe la firme de Cupertino, qui annonce faire appel."),
        ("macg.co", "06-16 14:45", "Amende DMA : Apple dénonce une décision « qui met en danger la sécurité des utilisateurs »",
         "Cupertino conteste la sanction prononcée par Bruxelles et compte saisir la justice européenne."),
    ]),
    # ------------------------------------------------ Google: two fines by two regulators, two days apart
    ("cnil-google-gmail-fine", "fresh28", [
        ("lemondeinformatique.fr", "06-17 09:00", "Cookies : la CNIL sanctionne Google de 200 millions d'euros",
         "Le gendarme des données personnelles reproche à la firme de Mountain View d'avoir déposé des traceurs publicitaires sur Gmail sans consentement."),
        ("next.ink", "06-17 11:15", "Publicités dans Gmail : Google condamné à 200 millions par la CNIL",
         "La formation restreinte estime que les annonces insérées entre les courriels relèvent de la prospection directe et exigent un accord préalable."),
        ("01net.com", "06-17 15:00", "Gmail : pourquoi la CNIL frappe Google au portefeuille",
         "Cookies déposés à la création du compte, pubs déguisées en e-mails : ce que l'autorité reproche au géant américain, et ce que cela change pour vous."),
    ]),
    ("adlc-google-neighbouring-rights-fine", "fresh28", [
        ("lesechos.fr", "06-19 08:30", "Droits voisins : l'Autorité de la concurrence inflige une nouvelle amende à Google",
         "Le gendarme de la concurrence sanctionne le groupe américain de 350 millions d'euros pour ne pas avoir respecté ses engagements envers les éditeurs de presse."),
        ("latribune.fr", "06-19 10:10", "Google à nouveau sanctionné en France, 350 millions d’euros pour les droits voisins",
         "Deux jours après l’amende de la CNIL, c’est l’Autorité de la concurrence qui épingle le moteur de recherche, cette fois au sujet de la rémunération de la presse."),
        ("numerama.com", "06-19 13:40", "Presse et IA : Google paie cher l'entraînement de Gemini sur les articles",
         "L'Autorité de la concurrence reproche notamment au groupe d'avoir utilisé des contenus d'éditeurs pour son IA sans les en informer."),
    ]),
    # ------------------------------------------------ mobile network outage
    ("bouygues-mobile-outage", "fresh28", [
        ("bfmtv.com", "06-18 08:45", "Panne Bouygues Telecom : des clients privés de réseau mobile dans toute la France",
         "Depuis tôt ce jeudi matin, de nombreux abonnés ne peuvent plus passer d'appels ni utiliser la 4G et la 5G."),
        ("frandroid.com", "06-18 10:00", "Bouygues Telecom en panne : ce que l'on sait",
         "Appels impossibles, data coupée : l'opérateur confirme un incident sur son cœur de réseau et annonce un retour progressif dans la journée."),
        ("01net.com", "06-18 17:30", "Panne chez Bouygues : l’opérateur promet un geste commercial",
         "Après près de dix heures de coupure, Bouygues Telecom annonce un dédommagement pour les abonnés touchés par l’incident de jeudi."),
    ]),
    # ------------------------------------------------ weekly and daily formats in June
    ("nextink-weekly-recap-0606", "fresh28", [
        ("next.ink", "06-06 08:00", "Récap' de la semaine : deux pannes Azure, Computex et un CHU sous rançongiciel",
         "Chaque samedi, retour sur l'actualité qui a marqué la semaine : les pannes du cloud de Microsoft, les annonces d'AMD et Nvidia à Taipei et la cyberattaque contre le CHU de Brest."),
    ]),
    ("zdnet-weekly-cyber-0612", "fresh28", [
        ("zdnet.fr", "06-12 17:00", "L'hebdo cyber : un deuxième hôpital sous rançongiciel, Qilin en tête des gangs actifs",
         "Chaque vendredi, notre sélection des incidents et des vulnérabilités de la semaine : l'attaque contre le centre hospitalier de Valence, les revendications de Qilin et les derniers correctifs."),
    ]),
    ("01net-weekly-essentials-0613", "fresh28", [
        ("01net.com", "06-13 09:00", "L’essentiel de la semaine tech : iOS 27, Mistral à 30 milliards et Android 17",
         "Vous avez manqué l’actualité ? Voici les cinq informations à retenir de ces sept derniers jours."),
    ]),
    ("clubic-daily-deals-0619", "fresh28", [
        ("clubic.com", "06-19 07:00", "Bons plans du jour : iPhone 17, PS5 Pro et SSD Samsung à prix cassés",
         "Notre sélection quotidienne des meilleures promotions high-tech repérées ce vendredi chez les e-commerçants."),
    ]),
    # ------------------------------------------------ Worldline: profit warning, then job cuts
    ("worldline-profit-warning", "fresh28", [
        ("lesechos.fr", "06-22 07:30", "Worldline abaisse encore ses prévisions, l'action dévisse",
         "Le spécialiste des paiements prévoit désormais une croissance organique nulle en 2026 et voit sa marge se contracter."),
        ("latribune.fr", "06-22 10:00", "Le géant français des paiements chute de 25 % en Bourse après un avertissement",
         "Worldline a averti lundi que son chiffre d'affaires 2026 serait stable, contre une hausse de 3 % attendue jusqu'ici."),
        ("journaldunet.com", "06-22 14:20", "Worldline : pourquoi l'avertissement sur résultats inquiète les marchés",
         "Perte de commerçants, concurrence d'Adyen et de Stripe : les raisons de la nouvelle révision des objectifs du groupe."),
    ]),
    ("worldline-job-cuts", "fresh28", [
        ("linforme.com", "06-25 06:00", "Worldline prépare la suppression de 900 postes en Europe",
         "Selon nos informations, la direction doit présenter vendredi un plan de réduction des effectifs visant 900 postes, dont un tiers en France."),
        ("lesechos.fr", "06-26 12:00", "Worldline confirme la suppression de neuf cents emplois",
         "Quatre jours après son avertissement sur résultats, le groupe officialise un plan d'économies qui touchera la France, la Belgique et l'Allemagne."),
        ("lemondeinformatique.fr", "06-26 16:30", "Restructuration : le fournisseur de terminaux de paiement taille dans ses effectifs",
         "Worldline supprime 900 postes, dont 300 en France, selon L'Informé."),
    ]),
    # ------------------------------------------------ OpenAI: a model launch, then an outage two days later
    ("openai-gpt-6-launch", "fresh28", [
        ("numerama.com", "06-23 18:30", "OpenAI lance GPT-6, son modèle le plus puissant",
         "Le nouveau modèle, disponible dès aujourd'hui pour les abonnés payants de ChatGPT, promet des capacités de raisonnement nettement supérieures."),
        ("frandroid.com", "06-23 19:15", "GPT-6 est là : ce qui change dans ChatGPT",
         "Le créateur de ChatGPT déploie un nouveau modèle plus rapide et capable d'enchaîner des tâches pendant plusieurs heures."),
        ("usine-digitale.fr", "06-24 08:00", "Le créateur de ChatGPT dégaine son nouveau modèle phare",
         "Avec GPT-6, OpenAI revendique la première place sur la plupart des benchmarks et baisse les prix de son API de 40 %."),
        ("clubic.com", "06-24 15:00", "On a testé GPT-6 : un vrai bond en avant ?",
         "Code, rédaction, raisonnement mathématique : nous avons soumis le dernier modèle d’OpenAI à une série d’épreuves pendant 24 heures."),
    ]),
    ("chatgpt-global-outage", "fresh28", [
        ("bfmtv.com", "06-25 13:00", "ChatGPT en panne dans le monde entier",
         "Des millions d'utilisateurs ne parvenaient plus à accéder à l'assistant d'OpenAI ce jeudi, deux jours après le lancement de GPT-6."),
        ("01net.com", "06-25 15:30", "Panne de ChatGPT : OpenAI évoque une affluence record",
         "Le service est resté inaccessible plus de trois heures ; l'entreprise met en cause une saturation de ses serveurs liée à l'engouement pour son nouveau modèle."),
    ]),
    # ------------------------------------------------ space
    ("ariane-6-galileo-launch", "fresh28", [
        ("numerama.com", "06-24 22:30", "Ariane 6 place en orbite deux satellites Galileo",
         "La fusée européenne a décollé de Kourou mercredi soir et a déposé avec succès deux nouveaux satellites de la constellation de navigation."),
        ("latribune.fr", "06-25 07:00", "Espace : succès pour le septième vol d'Ariane 6",
         "Arianespace a réussi une nouvelle mission pour le compte de la Commission européenne, un an après le précédent lancement Galileo."),
        ("usine-digitale.fr", "06-25 09:30", "Le lanceur européen enchaîne avec une mission Galileo réussie",
         "Deux satellites de navigation ont été mis en orbite depuis le Centre spatial guyanais, confortant la montée en cadence d'ArianeGroup."),
    ]),
    # ------------------------------------------------ public sector IT: Health Data Hub, then a FranceConnect outage
    ("health-data-hub-sovereign-cloud", "fresh28", [
        ("lemagit.fr", "06-29 09:00", "Health Data Hub : la migration vers un cloud souverain enfin actée",
         "La plateforme des données de santé quittera Microsoft Azure pour un hébergeur qualifié SecNumCloud d'ici 2028, annonce le ministère."),
        ("next.ink", "06-29 11:30", "Données de santé : le HDH va quitter Microsoft",
         "Le gouvernement lance l'appel d'offres tant attendu pour rapatrier la plateforme chez un prestataire européen qualifié par l'Anssi."),
        ("silicon.fr", "06-30 08:00", "Cloud de confiance : qui pour héberger la plateforme des données de santé ?",
         "OVHcloud, Outscale, S3NS : tour d'horizon des candidats au marché du Health Data Hub après l'annonce de lundi."),
    ]),
    ("franceconnect-outage", "fresh28", [
        ("numerama.com", "06-30 10:00", "FranceConnect en panne : impossible de se connecter aux impôts et à Ameli",
         "Le service d'identification de l'État a été inaccessible pendant une bonne partie de la matinée, perturbant l'accès à de nombreux sites publics."),
        ("01net.com", "06-30 14:00", "La Dinum explique la panne de mardi",
         "Un certificat expiré est à l'origine de l'indisponibilité de FranceConnect, le bouton de connexion aux services publics, selon la direction interministérielle du numérique."),
    ]),
    # ================================================ December
    # ------------------------------------------------ re:Invent: two products told separately
    ("reinvent-graviton6", "fresh28", [
        ("lemagit.fr", "12-01 18:00", "re:Invent 2026 : AWS dévoile Graviton6",
         "Lors de sa conférence annuelle à Las Vegas, Amazon Web Services annonce la sixième génération de ses processeurs Arm maison, 40 % plus performante."),
        ("silicon.fr", "12-02 08:30", "Graviton6 : Amazon Web Services muscle ses instances Arm",
         "Les nouvelles instances, basées sur Graviton6, sont disponibles en préversion dans plusieurs régions, dont Paris."),
        ("lemondeinformatique.fr", "12-02 11:00", "Le numéro un du cloud présente sa nouvelle puce serveur",
         "AWS promet un meilleur rapport prix-performance que les processeurs x86 pour les bases de données et l'analytique avec Graviton6."),
    ]),
    ("reinvent-trainium4", "fresh28", [
        ("lemagit.fr", "12-02 18:30", "AWS lance Trainium4 pour défier Nvidia",
         "Le nouvel accélérateur d'IA conçu par Amazon sera livré dans des UltraServers de 144 puces, annonce Matt Garman en keynote."),
        ("usine-digitale.fr", "12-03 09:00", "Trainium4 : Amazon veut réduire sa dépendance aux GPU de Nvidia",
         "Quatre fois plus performante que sa devancière selon AWS, la puce équipera notamment les clusters d'Anthropic."),
    ]),
    ("ovhcloud-secnumcloud-public-cloud", "fresh28", [
        ("lemagit.fr", "12-02 09:00", "OVHcloud obtient la qualification SecNumCloud pour son offre de cloud public",
         "Après le Bare Metal Pod et Hosted Private Cloud, l'hébergeur décroche le visa de l'Anssi pour une partie de son catalogue Public Cloud."),
        ("channelnews.fr", "12-02 15:00", "Cloud de confiance : le roubaisien ajoute le Public Cloud à son périmètre SecNumCloud",
         "OVHcloud annonce la qualification par l’Anssi de sa plateforme OpenStack dans sa région de Paris, une première pour un cloud public de cette taille."),
    ]),
    # ------------------------------------------------ Freebox: launch (with test), then its bug
    ("freebox-ultra-2-launch", "fresh28", [
        ("frandroid.com", "12-01 08:30", "Free officialise la Freebox Ultra 2 : prix, débits, nouveautés",
         "L'opérateur de Xavier Niel lance une nouvelle box haut de gamme à 49,99 euros par mois avec un répéteur Wi-Fi 7 et un décodeur 4K repensé."),
        ("lesnumeriques.com", "12-01 10:00", "Le trublion des télécoms renouvelle sa box haut de gamme",
         "Free promet jusqu'à 8 Gbit/s symétriques avec la Freebox Ultra 2 et intègre pour la première fois un assistant vocal maison."),
        ("01net.com", "12-01 15:00", "Freebox Ultra 2 : faut-il changer de box ? Ce qui change pour vous",
         "Prix, engagement, migration depuis l'ancienne Ultra : tout ce qu'il faut savoir avant de craquer pour la nouvelle offre de Free."),
        ("lesnumeriques.com", "12-02 17:00", "Test Freebox Ultra 2 : la meilleure box du marché ?",
         "Nous avons installé la nouvelle box de Free pendant 24 heures : débits, Wi-Fi, décodeur et interface passés au crible."),
    ]),
    ("freebox-ultra-2-disconnection-bug", "fresh28", [
        ("frandroid.com", "12-04 09:30", "Freebox Ultra 2 : premiers couacs, des abonnés privés d'Internet",
         "Quelques jours après le lancement, des clients signalent des coupures répétées de la connexion fibre sur la nouvelle box de Free, qui prépare un correctif."),
        ("clubic.com", "12-04 14:00", "Coupures à répétition : Free déploie un correctif en urgence",
         "L’opérateur reconnaît un bug du firmware de sa nouvelle box haut de gamme, à l’origine de déconnexions en boucle chez une partie des premiers clients."),
    ]),
    ("frandroid-weekly-deals-1204", "fresh28", [
        ("frandroid.com", "12-04 18:00", "Les bons plans de la semaine : Pixel 10 Pro, forfait à 9,99 euros et Freebox Ultra 2 remisée",
         "Chaque vendredi, la rédaction sélectionne les meilleures promotions tech : smartphones, forfaits mobiles et box Internet."),
    ]),
    # ------------------------------------------------ Meta: two rulings by two courts, a day apart
    ("cjeu-meta-pay-or-consent", "fresh28", [
        ("next.ink", "12-03 10:30", "Pay or okay : la CJUE donne tort à Meta",
         "La Cour de justice de l'Union européenne estime que l'abonnement sans publicité proposé par Facebook et Instagram ne garantit pas un consentement libre."),
        ("lesechos.fr", "12-03 12:00", "Publicité ciblée : revers majeur pour Meta devant la justice européenne",
         "Les juges de Luxembourg estiment que le groupe de Mark Zuckerberg doit proposer une alternative gratuite moins intrusive à ses utilisateurs européens."),
        ("numerama.com", "12-03 16:00", "Facebook et Instagram : ce que change pour vous la décision sur l'abonnement sans pub",
         "Faudra-t-il payer pour éviter les pubs ? Après l'arrêt de la CJUE ce jeudi, Meta va devoir revoir son offre en Europe."),
    ]),
    ("paris-court-meta-media-damages", "fresh28", [
        ("lesechos.fr", "12-04 17:00", "Publicité : Meta condamné à verser 110 millions d'euros aux médias français",
         "Le tribunal des activités économiques de Paris donne raison à plus de 200 éditeurs qui accusaient le groupe de concurrence déloyale en matière de publicité ciblée."),
        ("bfmtv.com", "12-05 09:00", "Concurrence déloyale : la justice française sanctionne Meta au profit de la presse",
         "Un jour après l'arrêt de la CJUE, un second revers judiciaire frappe le propriétaire de Facebook, condamné à indemniser les éditeurs français."),
    ]),
    # ------------------------------------------------ Bouygues Telecom data breach
    ("bouygues-telecom-data-breach", "fresh28", [
        ("zdnet.fr", "12-07 08:00", "Bouygues Telecom victime d'une fuite de données touchant 7,9 millions de clients",
         "L'opérateur a informé ses abonnés par e-mail qu'un attaquant avait accédé à des noms, adresses et IBAN."),
        ("numerama.com", "12-07 10:30", "Data breach chez Bouygues Telecom : vos IBAN sont-ils dans la nature ?",
         "Près de huit millions de clients sont concernés par la cyberattaque dévoilée lundi ; voici comment savoir si vous êtes touché et comment vous protéger."),
        ("bfmtv.com", "12-07 12:00", "Cyberattaque : les données de près de 8 millions d'abonnés dérobées chez un opérateur",
         "Bouygues Telecom a porté plainte et prévenu la CNIL après l'intrusion dans un de ses outils de gestion clients."),
        ("lemagit.fr", "12-08 09:00", "Bouygues Telecom : l’intrusion serait passée par un prestataire de centre d’appels",
         "Selon L’Informé, l’attaquant aurait utilisé les identifiants d’un sous-traitant pour aspirer la base clients pendant plusieurs semaines."),
    ]),
    # ------------------------------------------------ Ubisoft: job cuts, then a strike three days later
    ("ubisoft-rcc-240-jobs", "fresh28", [
        ("numerama.com", "12-08 10:00", "Ubisoft supprime 240 postes en France dans le cadre de son plan d'économies",
         "L'éditeur de jeux vidéo annonce une rupture conventionnelle collective touchant ses studios de Montpellier, Paris et Annecy."),
        ("lesechos.fr", "12-08 13:00", "Jeu vidéo : le groupe de la famille Guillemot lance une RCC visant 240 postes",
         "Ubisoft, désormais adossé à Tencent au sein de sa filiale Vantage Studios, poursuit la réduction de ses coûts."),
    ]),
    ("ubisoft-strike", "fresh28", [
        ("next.ink", "12-11 09:30", "Les salariés d'Ubisoft en grève contre la RCC",
         "Le syndicat STJV appelle à un débrayage vendredi dans tous les studios français de l'éditeur."),
        ("numerama.com", "12-11 16:00", "Grève chez Ubisoft : des centaines de salariés mobilisés",
         "Trois jours après l'annonce de 240 suppressions de postes, les studios de Montpellier, Paris et Annecy ont connu des arrêts de travail."),
    ]),
    # ------------------------------------------------ AWS outage a week after re:Invent
    ("aws-outage-us-east-1", "fresh28", [
        ("lemagit.fr", "12-08 16:40", "AWS : panne dans la région US-East-1, de nombreux services touchés",
         "Un dysfonctionnement de DynamoDB dans la région de Virginie du Nord a provoqué des erreurs en cascade pendant plus de quatre heures."),
        ("bfmtv.com", "12-08 18:00", "Snapchat, Fortnite, Canva... une panne d'Amazon perturbe de nombreuses applications",
         "Le service cloud du géant du commerce en ligne a connu un incident majeur ce mardi, avec des répercussions jusqu'en Europe."),
        ("zdnet.fr", "12-09 09:15", "Une nouvelle fois, la Virginie du Nord fait tomber une partie du web",
         "Amazon Web Services attribue l'incident de mardi à un problème de résolution DNS interne, une cause déjà en jeu lors de pannes précédentes."),
    ]),
    ("bfm-techco-daily-1208", "fresh28", [
        ("bfmtv.com", "12-08 19:30", "Tech&Co, la quotidienne du mardi 8 décembre",
         "Au sommaire : la panne d'AWS qui a perturbé le web, le Patch Tuesday de Microsoft et la RCC chez Ubisoft."),
    ]),
    # ------------------------------------------------ Patch Tuesday, then the update's bug
    ("patch-tuesday-december-zero-days", "fresh28", [
        ("lemagit.fr", "12-08 20:00", "Patch Tuesday : Microsoft corrige 57 vulnérabilités dont trois zero-day",
         "Le dernier train de correctifs de l'année comble notamment une faille du noyau Windows déjà exploitée par des attaquants."),
        ("zdnet.fr", "12-09 08:00", "Une soixantaine de failles comblées, dont trois activement exploitées",
         "Le géant de Redmond publie ses derniers correctifs de 2026 ; l'Anssi recommande d'appliquer en priorité ceux qui visent le noyau et le pilote CLFS."),
    ]),
    ("windows-11-kb-black-screen-bug", "fresh28", [
        ("01net.com", "12-10 09:00", "Windows 11 : la mise à jour de décembre bloque l'ouverture de session de certains PC",
         "Des utilisateurs signalent un écran noir après l'installation du correctif cumulatif KB5072033, publié mardi."),
        ("clubic.com", "12-10 13:00", "Le géant de Redmond reconnaît un bug dans sa dernière mise à jour",
         "Microsoft confirme que le correctif de décembre pour Windows 11 24H2 et 25H2 peut provoquer un écran noir au démarrage et travaille à une solution."),
        ("lesnumeriques.com", "12-11 10:30", "Écran noir après la mise à jour Windows : comment désinstaller KB5072033",
         "Notre guide pas à pas pour revenir en arrière en attendant le correctif promis par Microsoft."),
    ]),
    # ------------------------------------------------ EU AI Act delay vote
    ("ai-act-high-risk-delay-vote", "fresh28", [
        ("usine-digitale.fr", "12-09 10:00", "AI Act : les eurodéputés valident le report des règles sur l'IA à haut risque",
         "Le Parlement européen a adopté l'omnibus numérique proposé par la Commission européenne, repoussant de seize mois les obligations pour les systèmes à haut risque."),
        ("next.ink", "12-09 14:00", "Omnibus numérique : Strasbourg vote le report du règlement sur l'IA",
         "Les obligations visant les IA à haut risque ne s'appliqueront qu'en décembre 2027, au grand dam des associations de défense des droits."),
        ("lemondeinformatique.fr", "12-10 08:30", "Règlement sur l’IA : ce que le report change pour les entreprises",
         "Cartographie des usages, conformité, calendrier : les DSI gagnent un an et demi pour se mettre en règle après le vote du Parlement européen."),
    ]),
    # ------------------------------------------------ space and telecoms in December
    ("eutelsat-french-army-contract", "fresh28", [
        ("lesechos.fr", "12-10 07:00", "Eutelsat décroche un contrat de 1 milliard d'euros avec l'armée française",
         "L'opérateur de satellites va fournir à la Défense des capacités de connectivité en orbite basse via OneWeb pendant dix ans."),
        ("latribune.fr", "12-10 11:30", "OneWeb : l'État confie à Eutelsat les communications de ses armées",
         "Le contrat, d'environ un milliard d'euros, conforte le rôle de l'opérateur franco-britannique comme alternative européenne à Starlink."),
    ]),
    ("free-mobile-5g-price-rise", "fresh28", [
        ("frandroid.com", "12-10 11:00", "Free augmente le prix de son forfait 5G : ce qui change pour vous",
         "Les abonnés au Forfait Free 5G paieront 2 euros de plus par mois à partir de février, avec 50 Go supplémentaires en contrepartie."),
        ("lesnumeriques.com", "12-10 16:00", "Forfait Free : hausse de deux euros et plus de data",
         "L'opérateur relève le tarif de son offre mobile phare, en contrepartie d'une enveloppe de data revue à la hausse."),
    ]),
    ("lmi-weekly-debrief-1211", "fresh28", [
        ("lemondeinformatique.fr", "12-11 17:00", "Le débrief de la semaine : fuite chez Bouygues Telecom, panne AWS et bug de Windows 11",
         "Notre sélection des actualités IT qui ont marqué la semaine, de la cyberattaque chez l'opérateur à l'incident de la région US-East-1."),
    ]),
    # ------------------------------------------------ hardware launch with hands-on
    ("raspberry-pi-6-launch", "fresh28", [
        ("lesnumeriques.com", "12-14 09:00", "Raspberry Pi 6 : plus puissant, avec un NPU, à partir de 70 euros",
         "La fondation britannique lance une nouvelle génération de son nano-ordinateur, trois ans après le Pi 5."),
        ("clubic.com", "12-14 11:00", "Le nouveau Raspberry Pi est là, et il embarque de l’IA",
         "Processeur Broadcom plus rapide, accélérateur neuronal intégré, PCIe 3.0 : la sixième génération du nano-ordinateur arrive dès aujourd’hui chez les revendeurs."),
        ("zdnet.fr", "12-15 15:00", "Prise en main : le nano-PC devient un vrai poste de travail",
         "Nous avons passé 24 heures avec le Raspberry Pi 6 : bureautique, compilation et petits modèles d'IA en local."),
    ]),
    ("microsoft-365-price-rise-france", "fresh28", [
        ("lemondeinformatique.fr", "12-15 09:00", "Microsoft 365 : hausse des prix en France au 1er février",
         "L'éditeur augmente de 10 à 15 % le tarif de ses abonnements professionnels, justifiant la hausse par l'intégration de Copilot."),
        ("silicon.fr", "12-15 14:00", "Copilot inclus, facture alourdie : les licences bureautiques de Microsoft augmentent",
         "Les entreprises françaises paieront jusqu'à 15 % plus cher leurs licences Microsoft 365 à partir de février, annonce le géant de Redmond."),
    ]),
    # ------------------------------------------------ ransomware at a software vendor for town halls
    ("logicites-ransomware", "fresh28", [
        ("lemagit.fr", "12-16 09:00", "Rançongiciel : l'éditeur Logicités paralysé, des centaines de communes touchées",
         "L'attaque contre l'éditeur lyonnais de logiciels pour mairies prive depuis lundi plusieurs centaines de collectivités de leurs outils d'état civil et de paie."),
        ("next.ink", "12-16 15:00", "Des centaines de mairies privées d'état civil après une cyberattaque chez leur éditeur",
         "Logicités, victime d'un rançongiciel, a coupé ses services hébergés ; l'Anssi est mobilisée."),
    ]),
    # ------------------------------------------------ Google model launch, six months after GPT-6
    ("google-gemini-4-launch", "fresh28", [
        ("numerama.com", "12-16 18:00", "Google lance Gemini 4 et défie GPT-6",
         "Le nouveau modèle de Google arrive dans l'application Gemini et dans le moteur de recherche, avec un mode agent capable de naviguer seul sur le web."),
        ("frandroid.com", "12-16 19:30", "Gemini 4 : ce que le nouveau modèle change sur votre smartphone Android",
         "Assistant, Gmail, Photos : les fonctions propulsées par Gemini 4 qui arrivent sur Android, et celles qui restent réservées aux États-Unis."),
        ("journaldunet.com", "12-17 10:00", "La firme de Mountain View riposte avec son modèle le plus avancé",
         "Avec Gemini 4, Google revendique la tête des classements face à OpenAI et Anthropic, et baisse fortement le prix de son API."),
    ]),
    ("cnil-france-travail-fine", "fresh28", [
        ("next.ink", "12-17 09:00", "Fuite de données : la CNIL inflige 5 millions d'euros d'amende à France Travail",
         "Le gendarme des données reproche à l'opérateur public des mesures de sécurité insuffisantes, à l'origine de la fuite massive de 2024."),
        ("zdnet.fr", "12-17 12:00", "France Travail sanctionné pour la sécurité de ses données",
         "Authentification faible, journalisation absente : la formation restreinte de la CNIL retient plusieurs manquements et prononce une amende de cinq millions d'euros."),
    ]),
    ("ariane-6-kuiper-launch", "fresh28", [
        ("latribune.fr", "12-17 21:00", "Ariane 6 lance une nouvelle salve de satellites Kuiper pour Amazon",
         "La version à quatre boosters du lanceur européen a placé en orbite 32 satellites de la constellation Internet d'Amazon depuis Kourou."),
        ("numerama.com", "12-17 22:15", "Succès pour Ariane 64 : 32 satellites Kuiper en orbite",
         "Nouveau vol commercial pour la configuration la plus puissante de la fusée européenne, au service du concurrent de Starlink."),
        ("usine-digitale.fr", "12-18 08:00", "Arianespace réussit sa mission pour le projet Kuiper",
         "Une trentaine de satellites d'Amazon ont été déployés jeudi soir par le lanceur européen, dans le cadre du contrat de dix-huit lancements signé avec le géant américain."),
    ]),
    ("silicon-newsletter-1218", "fresh28", [
        ("silicon.fr", "12-18 07:00", "La newsletter de Silicon : Gemini 4, amende de la CNIL contre France Travail, mairies sous rançongiciel",
         "Les informations IT à ne pas manquer ce vendredi, sélectionnées par la rédaction."),
    ]),
    # ------------------------------------------------ La Poste DDoS before Christmas
    ("la-poste-ddos", "fresh28", [
        ("bfmtv.com", "12-21 11:00", "La Poste visée par une cyberattaque en pleine période de Noël",
         "Le site laposte.fr et l'application de La Banque postale étaient inaccessibles lundi matin en raison d'une attaque par déni de service."),
        ("zdnet.fr", "12-21 14:30", "DDoS : les services en ligne de La Poste et de La Banque postale perturbés",
         "Un groupe prorusse revendique l'attaque, qui n'a pas entraîné de fuite de données selon le groupe."),
        ("01net.com", "12-22 09:00", "Colis, Banque postale : La Poste fait le point après l’attaque de lundi",
         "Les services en ligne sont rétablis, mais le suivi des colis reste perturbé ; la distribution n’est pas affectée, assure l’entreprise."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
