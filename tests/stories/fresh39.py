"""A thirty-ninth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh39".
Positives: digits against words ("1 200" / "un millier"), English terms ("outage", "hands-on"),
"selon L'Informé" or "selon Les Echos" relays, actors named by periphrasis or only in the lead,
consumer angles, explainers, tests, interviews, quotes as titles, next-day reactions, post-mortems.
Hard negatives: two Azure incidents three days apart, Atos cuts then a strike, two hospital
ransomware attacks, iOS 26.3 then its Wi-Fi bug, CNIL then Autorité de la concurrence fining Google,
Orange results then cuts, a Mistral AI rumour then its acquisition, Unpacked phones and earbuds,
two Meta rulings, a Freebox launch then its bug, two Fortinet flaws, SFR deal then its review, roundups.
`build` fixes the year 2026; times are UTC, February and November 2026.

Held out to the end of stop 22 and measured once, on 4befdd2, nothing changed for it after:
precision 0.886, recall 0.772 (the code that landed at stop 21, c3d1421: 0.799 / 0.719); 53be861, the
code that lands, gives the same.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Mistral AI: a funding rumour, then a different deal two days later
    ("mistral-funding-talks", "fresh39", [
        ("lesechos.fr", "02-02 05:30", "Mistral AI en discussions pour lever 2 milliards d'euros",
         "La start-up parisienne d'intelligence artificielle négocie un nouveau tour de table qui la valoriserait autour de 30 milliards d'euros, selon nos informations."),
        ("usine-digitale.fr", "02-02 09:15", "Mistral AI viserait une valorisation de 30 milliards d’euros",
         "Selon Les Echos, le champion français de l’IA générative discute avec plusieurs fonds américains et un fonds souverain du Golfe pour une levée de deux milliards."),
        ("bfmtv.com", "02-02 12:40", "La pépite française de l'IA bientôt valorisée 30 milliards ?",
         "Mistral AI mènerait des discussions avancées pour une levée de fonds géante qui en ferait la start-up la plus chère d'Europe."),
        ("journaldunet.com", "02-03 08:00", "Pourquoi les investisseurs se bousculent pour entrer au capital de Mistral AI",
         "Chiffre d'affaires, contrats avec l'État, clients industriels : ce qui justifie la valorisation d'une trentaine de milliards évoquée pour la prochaine levée du français."),
    ]),
    ("mistral-buys-giskard", "fresh39", [
        ("lemagit.fr", "02-04 10:20", "Mistral AI rachète Giskard, spécialiste du test des modèles",
         "L'éditeur du Chat met la main sur la jeune pousse qui développe des outils d'évaluation et de red teaming des LLM, pour un montant non communiqué."),
        ("usine-digitale.fr", "02-04 14:05", "Premier rachat de l’année pour Mistral AI, qui mise sur l’évaluation des LLM",
         "La licorne absorbe Giskard et ses trente salariés pour renforcer la sécurité des modèles qu’elle vend aux entreprises."),
        ("next.ink", "02-05 09:00", "Giskard passe dans le giron de Mistral",
         "La start-up française connue pour sa bibliothèque open source de test d'IA rejoint Mistral AI ; le code restera sous licence Apache 2.0, assure son cofondateur."),
    ]),
    # ------------------------------------------------ Microsoft cloud: two different incidents three days apart
    ("azure-outage-west-europe", "fresh39", [
        ("lemagit.fr", "02-03 09:30", "Azure : panne majeure dans la région West Europe",
         "Des milliers d'entreprises ont été privées de leurs machines virtuelles et de Microsoft 365 pendant près de cinq heures, mardi matin, après un incident dans le datacenter néerlandais."),
        ("zdnet.fr", "02-03 11:10", "Le géant de Redmond confirme un incident sur son cloud européen",
         "Microsoft évoque une mise à jour de configuration défaillante sur son réseau dans la région Europe de l’Ouest, hébergée aux Pays-Bas."),
        ("bfmtv.com", "02-03 12:00", "Teams et Outlook inaccessibles : une panne géante touche les entreprises françaises",
         "De nombreux salariés n'ont pas pu se connecter à leur messagerie mardi matin ; en cause, un incident sur l'infrastructure Azure de Microsoft aux Pays-Bas."),
        ("silicon.fr", "02-03 14:30", "Outage Azure West Europe : ce que l'on sait",
         "Durée, services touchés, cause avancée : le point sur l'interruption qui a frappé mardi la principale région européenne du cloud de Microsoft."),
        ("lemondeinformatique.fr", "02-04 15:00", "Panne d'Azure : Microsoft publie son rapport préliminaire",
         "Un changement de configuration d'Azure Front Door déployé sans palier progressif est à l'origine de l'interruption de cinq heures survenue mardi en Europe de l'Ouest."),
    ]),
    ("azure-entra-id-outage", "fresh39", [
        ("lemagit.fr", "02-06 08:45", "Microsoft Entra ID en panne, trois jours après l'incident Azure",
         "Les authentifications via Entra ID ont échoué pendant près de deux heures vendredi matin pour de nombreux clients européens, sans lien selon Microsoft avec la panne de mardi."),
        ("silicon.fr", "02-06 11:20", "Nouvel incident chez Microsoft : l’authentification Entra ID perturbée",
         "Après la région West Europe, c’est le service d’identité du cloud de Microsoft qui a flanché, bloquant l’accès à Teams et au portail Azure."),
        ("01net.com", "02-06 12:00", "Impossible de vous connecter à Teams ce matin ? Microsoft a encore un souci",
         "Un problème d'authentification empêche de nombreux utilisateurs d'ouvrir leur session Microsoft 365, pour la deuxième fois de la semaine."),
    ]),
    # ------------------------------------------------ EU AI Act guidelines
    ("ai-act-high-risk-guidelines", "fresh39", [
        ("next.ink", "02-03 13:00", "AI Act : la Commission publie enfin ses lignes directrices sur l’IA à haut risque",
         "Avec plusieurs mois de retard, Bruxelles précise quels systèmes d'intelligence artificielle tombent dans la catégorie « haut risque » du règlement européen."),
        ("lemondeinformatique.fr", "02-03 16:20", "IA à haut risque : Bruxelles clarifie le périmètre du règlement",
         "Recrutement, crédit, infrastructures critiques : la Commission européenne détaille, exemples à l'appui, les usages soumis aux obligations les plus lourdes de l'AI Act."),
    ]),
    # ------------------------------------------------ Atos: job cuts, then a strike a week later
    ("atos-job-cuts-france", "fresh39", [
        ("linforme.com", "02-05 06:00", "Atos prépare la suppression de 1 200 postes en France",
         "Selon nos informations, le groupe de services informatiques va présenter aux syndicats un plan de départs concernant environ 1 200 salariés de ses entités françaises."),
        ("lemondeinformatique.fr", "02-05 10:30", "Atos va supprimer environ 1 200 emplois en France, selon L'Informé",
         "L'ESN, sortie de sa restructuration financière, engage un nouveau plan social qui toucherait principalement Atos France et Eviden."),
        ("channelnews.fr", "02-05 13:45", "Plan social chez Atos : plus d’un millier de postes sur la sellette",
         "Le groupe de Bezons confirme un projet de réorganisation sans en préciser l’ampleur ; les syndicats évoquent plus d’un millier de départs."),
        ("lesechos.fr", "02-05 17:00", "Atos confirme un plan de départs de 1.200 personnes dans l'Hexagone",
         "La direction de l'ancien fleuron de l'informatique française a présenté jeudi son projet aux représentants du personnel, avec 150 millions d'euros d'économies à la clé."),
        ("silicon.fr", "02-06 09:00", "« Un plan de trop » : les syndicats d’Atos vent debout",
         "Au lendemain de l'annonce de 1 200 suppressions de postes, l'intersyndicale de l'ESN réclame un moratoire et menace d'un mouvement social."),
    ]),
    ("atos-strike-bezons", "fresh39", [
        ("lemondeinformatique.fr", "02-11 14:00", "Grève chez Atos : les salariés se mobilisent à Bezons",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés ont cessé le travail mercredi pour protester contre le projet de suppression de postes."),
        ("channelnews.fr", "02-11 16:30", "Atos : journée de mobilisation devant le siège",
         "Des salariés d'Atos et d'Eviden se sont rassemblés devant le siège de Bezons, une semaine après l'annonce du plan social."),
        ("linforme.com", "02-12 07:00", "Atos : la grève suivie par 30 % des effectifs, selon les syndicats",
         "La direction avance un chiffre deux fois plus faible ; une nouvelle journée d'action est envisagée avant la prochaine réunion du CSE central."),
    ]),
    # ------------------------------------------------ two ransomware attacks on two hospitals of western France
    ("ransomware-ch-saint-nazaire", "fresh39", [
        ("lemagit.fr", "02-09 08:00", "Cyberattaque : le centre hospitalier de Saint-Nazaire touché par un ransomware",
         "L'établissement a basculé en mode dégradé dans la nuit de dimanche à lundi, après le chiffrement d'une partie de ses serveurs."),
        ("zdnet.fr", "02-09 11:30", "L’hôpital de Saint-Nazaire paralysé par une attaque informatique",
         "Urgences au papier, opérations déprogrammées : le CH de Saint-Nazaire a déclenché son plan blanc après une attaque par rançongiciel."),
        ("bfmtv.com", "02-09 18:00", "« On travaille comme dans les années 1980 » : à Saint-Nazaire, l'hôpital privé d'informatique",
         "Depuis la cyberattaque de lundi, soignants et secrétaires médicales ressortent stylos et fiches cartonnées pour faire tourner le centre hospitalier."),
        ("numerama.com", "02-10 10:15", "Le groupe Qilin revendique l’attaque contre l’hôpital de Saint-Nazaire",
         "Le gang de rançongiciel menace de publier 400 Go de données dérobées à l'établissement de Loire-Atlantique s'il ne paie pas."),
    ]),
    ("ransomware-chu-brest", "fresh39", [
        ("lemagit.fr", "02-12 09:10", "Le CHU de Brest à son tour victime d'une cyberattaque",
         "Trois jours après Saint-Nazaire, un autre établissement de santé de l'Ouest subit un rançongiciel ; le CHU a coupé ses accès à internet par précaution."),
        ("numerama.com", "02-12 13:00", "Après Saint-Nazaire, le CHU de Brest frappé par un rançongiciel",
         "Aucun lien n’est établi pour l’instant entre les deux attaques, indique l’ARS Bretagne, qui a dépêché des renforts informatiques."),
    ]),
    # ------------------------------------------------ public sector: Visio replaces Teams and Zoom
    ("dinum-visio-2027", "fresh39", [
        ("next.ink", "02-10 09:00", "La DINUM fixe à 2027 la fin de Teams et Zoom dans les ministères",
         "Une circulaire du Premier ministre impose aux administrations centrales de basculer vers Visio, l'outil de visioconférence développé par l'État."),
        ("lemondeinformatique.fr", "02-10 12:00", "Visioconférence : l’administration doit passer à Visio d’ici 2027",
         "Les ministères ont deux ans pour abandonner les solutions américaines au profit de la brique de la Suite numérique hébergée chez un cloud qualifié SecNumCloud."),
        ("zdnet.fr", "02-10 15:30", "Souveraineté : l'État sort les outils américains de ses réunions",
         "Matignon demande aux services de l'État de n'utiliser que Visio pour leurs visioconférences à partir de 2027, une décision saluée par les acteurs du libre."),
    ]),
    # ------------------------------------------------ Apple: iOS 26.3 release, then its Wi-Fi bug
    ("ios-26-3-release", "fresh39", [
        ("igen.fr", "02-10 18:30", "iOS 26.3 est disponible",
         "Apple publie la troisième mise à jour d'iOS 26, qui apporte le transfert simplifié vers Android et de nouveaux réglages pour les notifications."),
        ("macg.co", "02-10 19:00", "iOS 26.3, iPadOS 26.3 et macOS Tahoe 26.3 : les nouveautés",
         "Les mises à jour sont déployées ce soir ; tour d'horizon des changements, dont l'outil de migration vers Android imposé par le DMA."),
        ("frandroid.com", "02-11 08:00", "L’iPhone facilite enfin le passage à Android",
         "Avec sa dernière mise à jour, Apple permet de transférer messages, photos et contacts vers un smartphone Android sans application tierce, Europe oblige."),
        ("01net.com", "02-11 10:00", "Faut-il installer iOS 26.3 ? Ce qui change pour vous",
         "Transfert vers Android, notifications, correctifs de sécurité : on fait le point sur la nouvelle version du système de l'iPhone."),
    ]),
    ("ios-26-3-wifi-bug", "fresh39", [
        ("igen.fr", "02-13 09:00", "iOS 26.3 : des utilisateurs se plaignent de coupures Wi-Fi",
         "Depuis la mise à jour, de nombreux iPhone perdent la connexion aux réseaux Wi-Fi 6E ; Apple dit enquêter."),
        ("01net.com", "02-13 12:15", "Votre iPhone perd le Wi-Fi ? Vous n'êtes pas seul",
         "Les signalements se multiplient depuis l'installation de la dernière version d'iOS : la connexion sans fil saute toutes les quelques minutes."),
        ("lesnumeriques.com", "02-13 14:00", "Bug Wi-Fi sur iOS 26.3 : Apple reconnaît le problème",
         "La firme de Cupertino confirme un dysfonctionnement touchant certains routeurs Wi-Fi 6E et promet un correctif « dans les prochains jours »."),
    ]),
    ("frandroid-weekly-recap-0214", "fresh39", [
        ("frandroid.com", "02-14 10:00", "iOS 26.3, l’iPhone qui perd le Wi-Fi et des bons plans : le récap de la semaine",
         "Mise à jour d'Apple et son bug, cyberattaque à l'hôpital de Saint-Nazaire, rumeurs sur le Galaxy S26 : ce qu'il ne fallait pas manquer cette semaine."),
    ]),
    ("lemagit-weekly-0206", "fresh39", [
        ("lemagit.fr", "02-06 17:00", "L’essentiel de la semaine : panne Azure, plan social chez Atos, Mistral AI s’offre Giskard",
         "Notre sélection des informations marquantes de la semaine pour les DSI, de l'incident West Europe au rachat de Giskard."),
    ]),
    # ------------------------------------------------ public sector leak
    ("france-travail-leak", "fresh39", [
        ("numerama.com", "02-16 09:30", "France Travail : une nouvelle fuite de données touche 1,2 million de personnes",
         "Noms, adresses et numéros de sécurité sociale de demandeurs d’emploi ont été dérobés via le compte d’un conseiller, reconnaît l’opérateur public."),
        ("zdnet.fr", "02-16 12:00", "Fuite de données chez France Travail : plus d'un million d'inscrits concernés",
         "L'organisme a notifié la CNIL et porté plainte après l'exfiltration de données personnelles à partir d'un accès d'un partenaire compromis."),
        ("bfmtv.com", "02-16 14:45", "Vous êtes inscrit à France Travail ? Vos données ont peut-être fuité",
         "Ce qu'il faut savoir et les réflexes à adopter face aux tentatives d'hameçonnage après la fuite massive annoncée lundi."),
    ]),
    # ------------------------------------------------ Google: two fines by two regulators, two days apart
    ("cnil-google-location-fine", "fresh39", [
        ("next.ink", "02-17 10:00", "La CNIL inflige 50 millions d’euros d’amende à Google pour le suivi de localisation",
         "Le régulateur reproche à Google de collecter la position des utilisateurs d’Android sans consentement valable, par des réglages activés par défaut."),
        ("numerama.com", "02-17 12:30", "Géolocalisation : Google écope d'une amende de 50 M€",
         "La Commission nationale de l'informatique et des libertés sanctionne le moteur de recherche pour l'historique de positions des smartphones Android."),
        ("zdnet.fr", "02-17 15:00", "Le gendarme de la vie privée frappe le géant de Mountain View au portefeuille",
         "La CNIL a prononcé une sanction de cinquante millions d'euros contre Google pour la collecte de données de localisation sans consentement libre."),
    ]),
    ("adlc-google-neighbouring-rights", "fresh39", [
        ("lesechos.fr", "02-19 08:00", "Droits voisins : l'Autorité de la concurrence inflige 120 millions d'euros à Google",
         "Le gendarme de la concurrence estime que le groupe américain n'a pas respecté ses engagements envers les éditeurs de presse sur l'utilisation de leurs contenus par Gemini."),
        ("next.ink", "02-19 10:30", "Nouvelle amende de 120 M€ pour Google, deux jours après la CNIL",
         "Cette fois, c'est l'Autorité de la concurrence qui sanctionne Google, pour manquement à ses engagements sur les droits voisins."),
        ("latribune.fr", "02-19 12:00", "Presse : Google de nouveau sanctionné par l'Autorité de la concurrence",
         "C'est la troisième fois que l'Autorité condamne le moteur de recherche dans le dossier des droits voisins, cette fois pour l'exploitation des articles par son IA."),
    ]),
    # ------------------------------------------------ Orange: annual results, then job cuts two days later
    ("orange-annual-results", "fresh39", [
        ("lesechos.fr", "02-17 06:45", "Orange renoue avec la croissance de ses bénéfices en 2025",
         "L'opérateur historique publie un bénéfice net en hausse de 8 %, porté par l'Afrique et le Moyen-Orient, et relève son dividende."),
        ("latribune.fr", "02-17 09:00", "Orange : la croissance viendra d'Afrique et des entreprises",
         "Christel Heydemann a présenté des résultats annuels conformes aux attentes et confirmé les objectifs du plan Lead the Future."),
        ("silicon.fr", "02-17 11:30", "Résultats annuels : Orange tient ses objectifs, Orange Business stabilise ses revenus",
         "La division entreprises de l'opérateur affiche un chiffre d'affaires stable sur l'année, grâce au cloud et à la cybersécurité."),
    ]),
    ("orange-job-cuts", "fresh39", [
        ("linforme.com", "02-19 06:30", "Orange veut réduire ses effectifs de 2 000 postes d'ici 2028",
         "Selon nos informations, l'opérateur prévoit de ne pas remplacer deux mille départs dans ses fonctions support en France."),
        ("lemondeinformatique.fr", "02-19 11:00", "Orange va réduire ses effectifs en France, selon L'Informé",
         "Deux jours après des résultats annuels solides, l'opérateur historique préparerait environ 2 000 suppressions de postes dans les fonctions support."),
        ("bfmtv.com", "02-19 13:00", "Deux mille postes en moins chez Orange ? La direction dément tout « plan social »",
         "L'opérateur parle de départs naturels non remplacés et assure qu'aucun licenciement n'est prévu, après les révélations de L'Informé."),
    ]),
    ("usine-digitale-brief-0219", "fresh39", [
        ("usine-digitale.fr", "02-19 07:00", "Le brief du jeudi : Google de nouveau sanctionné, Orange taille dans ses effectifs, Android 17",
         "Chaque matin, l'essentiel de l'actualité de la transformation numérique en cinq minutes."),
    ]),
    # ------------------------------------------------ OS release
    ("android-17-beta-1", "fresh39", [
        ("frandroid.com", "02-18 19:30", "Android 17 : la première bêta est disponible, voici comment l’installer",
         "Google ouvre la bêta de la prochaine version de son système mobile aux Pixel 7 et plus récents ; liste des appareils compatibles et nouveautés."),
        ("01net.com", "02-19 09:00", "Google lance la bêta d'Android 17 : les nouveautés à retenir",
         "Bureau en mode fenêtré, contrôles parentaux renforcés, nouvelle gestion de la batterie : premier aperçu de la version 17 du système de Google."),
    ]),
    # ------------------------------------------------ SFR mobile outage, then its explanation
    ("sfr-mobile-outage", "fresh39", [
        ("bfmtv.com", "02-20 10:15", "Panne SFR : des milliers d’abonnés privés d’appels et de données mobiles",
         "Depuis le début de matinée, les clients de l'opérateur signalent l'impossibilité de passer des appels, partout en France."),
        ("frandroid.com", "02-20 11:00", "SFR en panne : le réseau mobile coupé dans toute la France",
         "Le carré rouge subit une panne nationale ; l'opérateur évoque un incident technique sur son cœur de réseau et promet un retour progressif."),
        ("01net.com", "02-20 13:30", "Pas de réseau chez SFR ? Ce que vous pouvez faire en attendant",
         "Appels Wi-Fi, numéros d'urgence, dédommagement : nos conseils pendant la panne qui frappe l'opérateur depuis ce matin."),
        ("zdnet.fr", "02-21 09:00", "SFR explique sa panne géante par une mise à jour logicielle",
         "Au lendemain de l'incident national, l'opérateur attribue la coupure de plus de six heures à un correctif défectueux déployé sur les serveurs de son cœur de réseau."),
    ]),
    ("next-podcast-0220", "fresh39", [
        ("next.ink", "02-20 17:00", "Podcast : Google passe deux fois à la caisse, France Travail fuit encore",
         "Dans cet épisode, la rédaction revient sur les sanctions de la CNIL et de l'Autorité de la concurrence et sur la dernière fuite de données de France Travail."),
    ]),
    # ------------------------------------------------ space: Ariane 64 first flight
    ("ariane-64-first-flight", "fresh39", [
        ("numerama.com", "02-24 23:40", "Ariane 64 réussit son premier vol",
         "La version la plus puissante du lanceur européen, avec quatre propulseurs d’appoint, a placé en orbite 32 satellites Kuiper d’Amazon depuis Kourou."),
        ("latribune.fr", "02-25 06:00", "Ariane 6 : succès pour la première version à quatre boosters",
         "Le lanceur lourd européen a réussi mardi soir son vol inaugural en configuration 64, au service de la constellation d'Amazon."),
        ("usine-digitale.fr", "02-25 09:00", "Kourou : les satellites du projet Kuiper en orbite grâce au lanceur européen",
         "Arianespace a déployé une trentaine de satellites de la constellation internet d'Amazon lors du premier vol de la variante à quatre boosters d'Ariane 6."),
        ("lesechos.fr", "02-25 16:00", "« Nous visons dix lancements d'Ariane 6 cette année » : le patron d'Arianespace",
         "Au lendemain du premier vol d'Ariane 64, David Cavaillolès détaille sa feuille de route et la montée en cadence des chaînes d'assemblage."),
    ]),
    # ------------------------------------------------ Samsung Unpacked: phones and earbuds covered separately
    ("samsung-galaxy-s26-launch", "fresh39", [
        ("frandroid.com", "02-25 18:30", "Samsung Galaxy S26, S26+ et S26 Ultra officiels : prix, date de sortie et fiche technique",
         "Samsung lève le voile sur sa nouvelle gamme haut de gamme lors de son Unpacked à San Francisco, avec un Snapdragon 8 Elite Gen 5 pour tous les modèles."),
        ("lesnumeriques.com", "02-25 18:45", "Prise en main du Galaxy S26 Ultra : plus fin, plus léger, enfin",
         "Nous avons eu le nouveau fleuron de Samsung en main quelques heures avant l'annonce : premières impressions sur l'écran, les photos et le S Pen."),
        ("01net.com", "02-25 19:10", "Le géant coréen dévoile ses nouveaux smartphones haut de gamme",
         "Les Galaxy S26 arrivent en précommande dès ce soir, avec davantage de fonctions d'IA et des prix en hausse en Europe."),
        ("clubic.com", "02-26 08:00", "Galaxy S26 Ultra vs S25 Ultra : ce qui change vraiment",
         "Capteur photo, batterie, charge, design : le comparatif point par point entre le nouveau Samsung et son prédécesseur."),
        ("numerama.com", "02-26 10:00", "Pourquoi le Galaxy S26 coûte 100 euros de plus",
         "Samsung augmente le prix de ses nouveaux smartphones en France ; la hausse de la mémoire vive et les droits de douane expliquent en partie cette inflation."),
    ]),
    ("samsung-galaxy-buds4", "fresh39", [
        ("frandroid.com", "02-25 19:30", "Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés au même Unpacked que les Galaxy S26, les nouveaux écouteurs abandonnent la tige et promettent une réduction de bruit améliorée."),
        ("lesnumeriques.com", "02-26 09:30", "Samsung Galaxy Buds 4 et Buds 4 Pro : prix et disponibilité",
         "Les deux paires d'écouteurs sans fil seront vendues 179 et 249 euros à partir du 13 mars."),
    ]),
    ("clubic-deals-0226", "fresh39", [
        ("clubic.com", "02-26 12:00", "Bons plans du jour : le Galaxy S25 Ultra en chute libre avant l’arrivée du S26",
         "Smartphone Samsung, SSD, aspirateur robot et forfait mobile : notre sélection des meilleures promotions tech du jour."),
    ]),
    # ------------------------------------------------ telecoms regulator
    ("arcep-fibre-observatory-q4", "fresh39", [
        ("lesnumeriques.com", "02-26 14:00", "Fibre : 93 % des logements éligibles fin 2025, selon l'Arcep",
         "Le gendarme des télécoms publie son observatoire trimestriel ; les abonnés à la fibre dépassent désormais 26 millions."),
        ("journaldunet.com", "02-26 16:30", "Déploiement du FTTH : le rythme ralentit, les derniers kilomètres coûtent cher",
         "D'après l'observatoire de l'Arcep pour le quatrième trimestre, moins de 600 000 locaux ont été rendus raccordables en trois mois, un plus bas depuis 2017."),
    ]),
    # ------------------------------------------------ November: Cloudflare global outage and its post-mortem
    ("cloudflare-global-outage", "fresh39", [
        ("01net.com", "11-17 12:30", "Panne Cloudflare : X, ChatGPT et des milliers de sites inaccessibles",
         "Une grande partie du web affiche une erreur 500 depuis la fin de matinée, en raison d'un incident chez le prestataire américain."),
        ("bfmtv.com", "11-17 13:00", "Internet en panne ? Ce qui se passe vraiment",
         "Des milliers de sites et d'applications sont hors service ce mardi : l'entreprise qui protège et accélère un cinquième du web a reconnu un problème."),
        ("lemagit.fr", "11-17 16:00", "Cloudflare : une panne mondiale de trois heures",
         "L'incident a touché le proxy et le pare-feu applicatif du réseau de diffusion, entraînant l'indisponibilité de nombreux services SaaS."),
        ("next.ink", "11-18 09:00", "Cloudflare publie son post-mortem : un déploiement raté de son WAF",
         "Une règle de pare-feu applicatif déployée d'un coup sur l'ensemble du réseau a saturé les processeurs des serveurs, explique l'entreprise."),
        ("silicon.fr", "11-18 11:30", "Outage Cloudflare : les DSI face à la dépendance aux CDN",
         "Au lendemain de la panne géante, les entreprises s'interrogent sur la redondance de leurs services exposés sur internet."),
    ]),
    # ------------------------------------------------ Fortinet: two distinct flaws three days apart
    ("fortinet-fortiweb-zero-day", "fresh39", [
        ("lemagit.fr", "11-03 08:30", "FortiWeb : une vulnérabilité critique activement exploitée",
         "Fortinet corrige en urgence une faille de contournement d'authentification dans son pare-feu applicatif, déjà utilisée par des attaquants."),
        ("zdnet.fr", "11-03 14:00", "Le CERT-FR alerte sur une faille zero-day dans les pare-feu web de Fortinet",
         "L'agence recommande d'appliquer sans délai le correctif et de rechercher des traces de compromission sur les équipements FortiWeb exposés."),
    ]),
    ("fortinet-fortios-ssl-vpn-flaw", "fresh39", [
        ("lemagit.fr", "11-06 09:00", "Fortinet : nouvelle faille critique, cette fois dans le VPN SSL de FortiOS",
         "Trois jours après FortiWeb, l'équipementier publie un correctif pour une vulnérabilité d'exécution de code à distance dans ses pare-feu FortiGate."),
        ("silicon.fr", "11-06 12:30", "FortiGate : un exploit circule pour la faille du VPN SSL",
         "Une preuve de concept a été publiée pour la CVE touchant FortiOS ; les chercheurs recensent plus de 40 000 équipements vulnérables exposés."),
        ("lemondeinformatique.fr", "11-07 10:00", "Le VPN SSL de FortiOS à nouveau sur la sellette",
         "La vulnérabilité corrigée jeudi relance le débat sur l'abandon du VPN SSL, que Fortinet a lui-même commencé à retirer de ses petits modèles."),
    ]),
    # ------------------------------------------------ Free: a new box, then its firmware bug
    ("freebox-pop-2-launch", "fresh39", [
        ("frandroid.com", "11-03 09:00", "Free dévoile la Freebox Pop 2 : Wi-Fi 7, 8 Gbit/s et une hausse de prix",
         "L'opérateur renouvelle sa box la plus vendue avec un répéteur Wi-Fi 7 et un débit symétrique porté à 8 Gbit/s, pour 39,99 euros par mois."),
        ("lesnumeriques.com", "11-03 10:30", "Freebox Pop 2 : prix, débits, TV… tout savoir sur la nouvelle box de Free",
         "Tout ce qu'il faut savoir sur l'offre lancée ce mardi par Free, des chaînes incluses aux conditions de migration pour les abonnés existants."),
        ("clubic.com", "11-03 12:00", "Nouvelle Freebox : ce qui change pour les abonnés Pop",
         "Les clients actuels pourront migrer sans frais, mais devront accepter une hausse de cinq euros de leur abonnement."),
        ("01net.com", "11-04 17:00", "Test de la Freebox Pop 2 : le Wi-Fi 7 tient-il ses promesses ?",
         "Nous avons installé la nouvelle box de l'opérateur de Xavier Niel : débits mesurés, portée du répéteur et interface TV passés au crible."),
    ]),
    ("freebox-pop-2-firmware-bug", "fresh39", [
        ("frandroid.com", "11-06 09:30", "Freebox Pop 2 : une mise à jour coupe le Wi-Fi de certains abonnés",
         "Trois jours après son lancement, la nouvelle box reçoit un firmware qui provoque des redémarrages en boucle chez une partie des clients."),
        ("01net.com", "11-06 14:00", "Free suspend le déploiement du firmware de sa nouvelle box après des plantages",
         "L'opérateur reconnaît un bug dans la version 1.2 du logiciel de la Freebox Pop 2 et promet un correctif sous 48 heures."),
    ]),
    # ------------------------------------------------ startup fundings on the same day, different firms
    ("dust-series-b", "fresh39", [
        ("lesechos.fr", "11-05 06:00", "Dust lève 60 millions de dollars pour ses agents IA en entreprise",
         "La start-up parisienne fondée par deux anciens de Stripe boucle une série B menée par un fonds américain, six mois après sa série A."),
        ("usine-digitale.fr", "11-05 09:30", "Agents IA : Dust boucle une levée de soixante millions de dollars",
         "La jeune pousse, qui compte 2 000 entreprises clientes, veut ouvrir un bureau à New York et doubler ses effectifs."),
        ("journaldunet.com", "11-05 11:00", "Comment Dust s'est imposé sur le marché des agents d'entreprise",
         "Retour sur la trajectoire de la start-up française qui vient d'annoncer une série B de 60 M$, et sur son modèle indépendant des fournisseurs de LLM."),
    ]),
    ("sekoia-funding", "fresh39", [
        ("lemagit.fr", "11-05 10:00", "Sekoia.io lève 45 millions d'euros pour sa plateforme SOC",
         "L'éditeur français de cybersécurité veut accélérer en Europe et intégrer davantage d'IA dans sa plateforme de détection et de réponse."),
        ("channelnews.fr", "11-05 15:00", "Cybersécurité : Sekoia.io boucle une levée de 45 M€ et recrute des partenaires",
         "L'éditeur prévoit de doubler la taille de son réseau de distributeurs et de MSSP en Europe d'ici fin 2027."),
    ]),
    # ------------------------------------------------ ransomware on a local authority
    ("ransomware-manche-department", "fresh39", [
        ("lemagit.fr", "11-09 08:15", "Le conseil départemental de la Manche visé par un rançongiciel",
         "La collectivité a coupé l'ensemble de ses systèmes dimanche soir ; les services sociaux et les collèges sont perturbés."),
        ("numerama.com", "11-09 12:00", "Cyberattaque : le département de la Manche fonctionne au ralenti",
         "Messagerie, téléphonie et versements d'aides sociales sont à l'arrêt depuis l'attaque, a indiqué le président du département."),
        ("zdnet.fr", "11-10 09:30", "Manche : les versements du RSA maintenus malgré la cyberattaque",
         "Le département a mis en place une procédure manuelle pour assurer le paiement des allocations, en attendant la restauration de ses serveurs."),
    ]),
    # ------------------------------------------------ Patch Tuesday, then a separate Windows 10 support decision
    ("patch-tuesday-november", "fresh39", [
        ("lemondeinformatique.fr", "11-10 20:00", "Patch Tuesday de novembre : Microsoft corrige six zero-day",
         "La mise à jour mensuelle colmate 68 vulnérabilités, dont six déjà exploitées, touchant notamment le noyau de Windows et SharePoint."),
        ("zdnet.fr", "11-11 08:30", "Mises à jour de sécurité : Redmond comble 68 failles, dont six exploitées",
         "Le Patch Tuesday de novembre est particulièrement chargé ; les administrateurs sont invités à prioriser les correctifs du noyau et de SharePoint Server."),
        ("01net.com", "11-11 11:00", "Windows 11 : installez vite la mise à jour de novembre",
         "Le correctif mensuel de Microsoft bouche plusieurs failles activement exploitées par des pirates ; voici comment le récupérer."),
    ]),
    ("windows-10-esu-extension", "fresh39", [
        ("clubic.com", "11-12 10:00", "Windows 10 : Microsoft prolonge encore d’un an les mises à jour gratuites en Europe",
         "Les particuliers de l'Espace économique européen pourront bénéficier des correctifs de sécurité jusqu'en octobre 2027, sans frais."),
        ("numerama.com", "11-12 14:30", "Vous avez encore un PC sous Windows 10 ? Bonne nouvelle",
         "Microsoft étend d'un an le programme de mises à jour de sécurité étendues gratuit pour les utilisateurs européens, sous réserve d'un compte Microsoft."),
    ]),
    # ------------------------------------------------ Meta: two rulings from two courts on successive days
    ("cjeu-meta-sensitive-data", "fresh39", [
        ("next.ink", "11-12 10:30", "La CJUE limite l’usage des données sensibles par Meta pour la publicité",
         "La Cour de justice de l'Union européenne juge que Meta ne peut pas déduire l'orientation politique ou sexuelle de ses utilisateurs pour cibler des annonces."),
        ("numerama.com", "11-12 13:00", "Publicité ciblée : la justice européenne donne tort à Meta",
         "Facebook et Instagram ne pourront plus exploiter les données sensibles devinées à partir de la navigation, tranche la Cour de Luxembourg."),
        ("lemondeinformatique.fr", "11-12 16:00", "Arrêt de Luxembourg : quelles conséquences pour la publicité en ligne ?",
         "Au-delà de Meta, la décision rendue mercredi par la CJUE pourrait contraindre toute l'adtech à revoir ses segments d'audience."),
    ]),
    ("meta-french-media-ruling", "fresh39", [
        ("lesechos.fr", "11-13 08:00", "Publicité : Meta condamné à verser 90 millions d'euros aux médias français",
         "Le tribunal des activités économiques de Paris donne raison à plus de 200 éditeurs qui accusaient Meta de concurrence déloyale sur le marché publicitaire."),
        ("bfmtv.com", "11-13 11:00", "La justice française condamne Meta pour concurrence déloyale envers la presse",
         "La maison mère de Facebook a collecté des données sans consentement valable pour vendre de la publicité, estime le tribunal, qui ordonne une lourde indemnisation."),
        ("latribune.fr", "11-13 14:00", "Quatre-vingt-dix millions d'euros : la facture salée de Meta face aux éditeurs",
         "Un jour après l'arrêt de la CJUE, c'est la justice commerciale française qui condamne le groupe de Mark Zuckerberg, cette fois au profit des médias."),
        ("next.ink", "11-14 09:00", "Meta fera appel de sa condamnation face aux médias français",
         "Le groupe conteste l'analyse du tribunal parisien et le montant de 90 millions d'euros alloué aux éditeurs de presse."),
    ]),
    ("lemagit-weekly-1113", "fresh39", [
        ("lemagit.fr", "11-13 17:00", "L’essentiel de la semaine : Patch Tuesday, Meta face à la CJUE, la Manche sous rançongiciel",
         "Notre sélection des informations marquantes de la semaine pour les DSI et les RSSI."),
    ]),
    # ------------------------------------------------ public sector IT
    ("cour-des-comptes-dgfip-it", "fresh39", [
        ("lemondeinformatique.fr", "11-10 11:00", "La Cour des comptes épingle les dérives du programme informatique de la DGFiP",
         "Retards, dépassements de budget et dépendance aux prestataires : les magistrats financiers dressent un bilan sévère de la modernisation des applications fiscales."),
        ("next.ink", "11-10 15:00", "Impôts : le chantier informatique de Bercy a coûté deux fois plus que prévu",
         "Dans un rapport publié mardi, la Cour des comptes chiffre à 1,1 milliard d'euros la refonte des outils de la direction générale des Finances publiques."),
    ]),
    ("france-identite-carte-vitale", "fresh39", [
        ("01net.com", "11-16 08:00", "La carte Vitale arrive dans l’application France Identité",
         "À partir d'aujourd'hui, les assurés peuvent présenter leur carte Vitale dématérialisée chez le médecin ou à la pharmacie depuis leur smartphone."),
        ("frandroid.com", "11-16 10:30", "Carte Vitale sur smartphone : comment l'activer dans France Identité",
         "Le mode d'emploi pour ajouter la carte Vitale numérique, avec la liste des téléphones compatibles NFC et les démarches à prévoir."),
        ("bfmtv.com", "11-16 12:00", "Carte Vitale dématérialisée : ce qui change pour vous",
         "L'application de l'État accueille désormais l'attestation d'assurance maladie, une nouvelle étape après la carte d'identité et le permis de conduire."),
    ]),
    # ------------------------------------------------ SFR: the sale agreed, then the competition review opened
    ("sfr-sale-agreement", "fresh39", [
        ("lesechos.fr", "11-16 06:00", "Altice accepte l'offre d'Orange, Bouygues Telecom et Free pour SFR",
         "Patrick Drahi a signé un protocole d'accord avec les trois opérateurs, qui se partageront les clients et les réseaux du numéro deux français."),
        ("latribune.fr", "11-16 09:30", "Télécoms : le retour à trois opérateurs est acté",
         "Le propriétaire de SFR a accepté de céder son opérateur pour un peu plus de 20 milliards d'euros, dette comprise, à ses trois concurrents."),
        ("bfmtv.com", "11-16 11:00", "Abonnés SFR : ce qui va changer pour vous après la vente",
         "Forfaits, box, numéro, service client : les réponses aux questions des clients de l'opérateur au carré rouge, qui va disparaître."),
        ("journaldunet.com", "11-17 08:30", "Démantèlement de SFR : qui récupère quoi",
         "Clients grand public, entreprises, fréquences, antennes : le détail du partage entre Bouygues Telecom, Free et Orange prévu par l'accord de dimanche."),
    ]),
    ("adlc-sfr-review", "fresh39", [
        ("lesechos.fr", "11-19 10:00", "SFR : l'Autorité de la concurrence ouvre une enquête approfondie",
         "Trois jours après la signature du protocole d'accord, Benoît Cœuré annonce un examen de phase 2 qui pourrait durer jusqu'à l'été."),
        ("next.ink", "11-19 14:00", "Partage de SFR : le gendarme de la concurrence sort la loupe",
         "L'Autorité de la concurrence se dit préoccupée par les hausses de prix possibles et lance une consultation des associations de consommateurs."),
    ]),
    # ------------------------------------------------ Mistral AI: a new model, then a separate datacenter opening
    ("mistral-large-4", "fresh39", [
        ("usine-digitale.fr", "11-18 15:00", "Mistral AI lance Mistral Large 4, son modèle le plus puissant",
         "La start-up française revendique des performances proches des meilleurs modèles américains sur le raisonnement et le code, avec des poids ouverts."),
        ("lemagit.fr", "11-18 17:30", "Mistral Large 4 : un LLM open weight taillé pour les agents",
         "Fenêtre de contexte d'un million de tokens, appels d'outils natifs : le nouveau modèle de Mistral vise les usages agentiques en entreprise."),
        ("numerama.com", "11-19 08:00", "On a testé Mistral Large 4 : le Chat passe un cap",
         "Le nouveau modèle de la pépite parisienne est disponible dans le Chat ; nos premiers essais en rédaction, en code et en analyse de documents."),
        ("journaldunet.com", "11-19 10:30", "Arthur Mensch : « Large 4 prouve qu'on peut rivaliser sans dépendre des Américains »",
         "Le directeur général de Mistral AI revient sur l'entraînement de son nouveau modèle, ses coûts et la stratégie d'ouverture des poids."),
    ]),
    ("mistral-datacenter-essonne", "fresh39", [
        ("lesechos.fr", "11-20 07:30", "Mistral AI inaugure son premier datacenter en Essonne",
         "Le site de Bruyères-le-Châtel, équipé de 18 000 puces Nvidia, doit permettre à la start-up d'entraîner ses modèles en France."),
        ("usine-digitale.fr", "11-20 11:00", "Le champion français de l’IA allume son propre centre de calcul",
         "Deux jours après la sortie de Large 4, Mistral AI met en service à Bruyères-le-Châtel un datacenter de 40 MW, en présence du ministre du Numérique."),
    ]),
    ("usine-digitale-brief-1118", "fresh39", [
        ("usine-digitale.fr", "11-18 07:00", "Le brief du mercredi : la panne Cloudflare, Nvidia attendu au tournant, SFR",
         "Chaque matin, l'essentiel de l'actualité de la transformation numérique en cinq minutes."),
    ]),
    # ------------------------------------------------ hardware: Nvidia quarterly results
    ("nvidia-q3-results", "fresh39", [
        ("lesechos.fr", "11-19 22:30", "Nvidia pulvérise encore les attentes avec 65 milliards de dollars de chiffre d'affaires",
         "Le fabricant de puces pour l'IA affiche une croissance de plus de 50 % sur un an, tirée par ses accélérateurs Blackwell Ultra."),
        ("latribune.fr", "11-20 07:00", "Le roi des GPU rassure Wall Street",
         "Nvidia a publié mercredi soir des résultats trimestriels supérieurs au consensus et relevé ses prévisions, éloignant les craintes de bulle de l'IA."),
        ("lemondeinformatique.fr", "11-20 10:00", "Résultats : les datacenters portent toujours Nvidia",
         "La division datacenter représente désormais près de 90 % des revenus du concepteur de puces, qui dit ne pas pouvoir suivre la demande."),
    ]),
    ("bfm-tech-daily-1120", "fresh39", [
        ("bfmtv.com", "11-20 18:00", "Tech & Co, la quotidienne : Nvidia, le datacenter de Mistral et la fin de SFR",
         "Retrouvez l'intégralité de l'émission présentée ce jeudi avec les invités et les chroniques de la rédaction."),
    ]),
    # ------------------------------------------------ Commission européenne: DSA fine
    ("ec-dsa-fine-x", "fresh39", [
        ("next.ink", "11-23 11:00", "DSA : la Commission inflige 500 millions d’euros d’amende à X",
         "Première sanction au titre du règlement sur les services numériques : Bruxelles reproche au réseau d'Elon Musk ses coches bleues trompeuses et l'opacité de sa publicité."),
        ("numerama.com", "11-23 13:30", "Bruxelles frappe le réseau social d'Elon Musk au portefeuille",
         "La Commission européenne sanctionne X pour manquement à ses obligations de transparence et lui laisse 90 jours pour se mettre en conformité."),
        ("lesechos.fr", "11-23 16:00", "Amende contre X : Washington dénonce une « attaque » contre les entreprises américaines",
         "La sanction prononcée par la Commission au titre du DSA ravive les tensions commerciales entre l'Union européenne et l'administration Trump."),
    ]),
    # ------------------------------------------------ space: two separate launches
    ("ariane-6-galileo-launch", "fresh39", [
        ("numerama.com", "11-10 02:00", "Ariane 6 met en orbite deux nouveaux satellites Galileo",
         "Le lanceur européen a décollé de Kourou dans la nuit pour renforcer le système de navigation de l'Union européenne."),
        ("latribune.fr", "11-10 08:00", "Galileo : la constellation européenne complétée par Ariane 6",
         "Avec ces deux satellites, le GPS européen compte désormais 30 satellites en orbite, une première depuis le lancement du programme."),
    ]),
    ("vega-c-failure", "fresh39", [
        ("numerama.com", "11-24 03:30", "Échec du lancement de Vega-C, le satellite perdu",
         "Le petit lanceur européen a subi une anomalie du troisième étage quelques minutes après son décollage de Kourou, entraînant la perte de sa charge utile."),
        ("latribune.fr", "11-24 08:00", "Vega-C : nouveau coup dur pour le spatial européen",
         "L'échec de la fusée italienne, qui emportait un satellite d'observation de l'ESA, relance les interrogations sur la fiabilité du lanceur opéré par Avio."),
        ("usine-digitale.fr", "11-24 12:00", "Vega-C : une commission d’enquête nommée après l’échec",
         "Avio et l'ESA ont constitué une commission indépendante ; les prochains vols sont suspendus jusqu'à ses conclusions."),
    ]),
    # ------------------------------------------------ HR: departures at an ESN
    ("sopra-steria-rcc", "fresh39", [
        ("linforme.com", "11-24 06:00", "Sopra Steria prépare une rupture conventionnelle collective",
         "Selon nos informations, l'ESN veut se séparer d'environ 400 salariés en France, principalement dans les activités de conseil."),
        ("lemondeinformatique.fr", "11-24 10:00", "Sopra Steria envisage 400 départs volontaires, selon L'Informé",
         "L'ESN confirme des discussions avec les syndicats sur un dispositif de départs volontaires dans un contexte de ralentissement du marché du conseil."),
        ("channelnews.fr", "11-24 14:30", "Le marché des ESN se tend : quatre cents départs chez Sopra Steria",
         "Après d'autres acteurs du secteur, le groupe dirigé par Rajesh Krishnamurthy ajuste ses effectifs face à la baisse des projets de transformation."),
    ]),
    # ------------------------------------------------ retail data leak
    ("intersport-data-leak", "fresh39", [
        ("numerama.com", "11-25 09:00", "Fuite de données chez Intersport : 2,5 millions de clients concernés",
         "Noms, e-mails, numéros de téléphone et historiques d'achats de membres du programme de fidélité ont été dérobés chez un sous-traitant."),
        ("01net.com", "11-25 12:00", "Client Intersport ? Attention aux faux mails de remboursement",
         "Après la fuite de données de plus de deux millions de clients de l'enseigne de sport, les escroqueries par hameçonnage risquent de se multiplier."),
        ("zdnet.fr", "11-25 15:00", "Intersport victime d’une fuite via un prestataire CRM",
         "L'enseigne a notifié la CNIL et assure qu'aucune donnée bancaire n'est concernée ; le prestataire incriminé n'a pas été nommé."),
    ]),
    # ------------------------------------------------ Black Friday: deals posts, each its own event
    ("clubic-black-friday-live", "fresh39", [
        ("clubic.com", "11-27 07:00", "Black Friday 2026 : les meilleures offres tech en direct",
         "Smartphones, TV, PC portables : notre live des promotions à ne pas rater, mis à jour toute la journée."),
    ]),
    ("lesnumeriques-black-friday", "fresh39", [
        ("lesnumeriques.com", "11-27 08:00", "Black Friday : les vrais bons plans tech de ce vendredi, vérifiés par nos soins",
         "Nous avons comparé l'historique des prix pour ne retenir que les promotions réellement intéressantes, des écouteurs aux aspirateurs."),
    ]),
    ("frandroid-black-friday-amazon", "fresh39", [
        ("frandroid.com", "11-27 09:30", "Black Friday Amazon : 30 offres sur les smartphones et les écouteurs",
         "Galaxy S26, Pixel 10, AirPods et forfaits : la sélection des meilleures offres du Black Friday chez Amazon."),
    ]),
    ("dgccrf-black-friday-warning", "fresh39", [
        ("bfmtv.com", "11-26 09:00", "Black Friday : la DGCCRF épingle les fausses promotions",
         "Prix de référence gonflés, compte à rebours trompeurs : la répression des fraudes publie le bilan de ses contrôles et rappelle les règles."),
        ("01net.com", "11-26 12:30", "Fausses réductions du Black Friday : ce que dit la loi",
         "La DGCCRF a relevé des anomalies chez un site sur trois contrôlé ; comment vérifier qu'une promotion est réelle avant d'acheter."),
    ]),
    ("01net-weekly-recap-1121", "fresh39", [
        ("01net.com", "11-21 10:00", "Récap tech de la semaine : panne Cloudflare, Mistral Large 4 et résultats de Nvidia",
         "Les actualités qui ont marqué la semaine, résumées en quelques minutes."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
