"""A twenty-seventh fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh27".
It holds outages (cloud, operators, SaaS), layoffs and strikes, ransomware attacks, regulator
fines and appeals, keynotes with several products, funding rounds, results, mergers from rumour
to signature, OS releases and their patches. Positives are worded very differently across
outlets (digits and words, English terms, "selon L'Informé", periphrases, actor only in the
lead, consumer angle, explainers, tests, interviews, quotes, next-day post-mortems and
reactions). Hard negatives sit within days of their look-alike: two outages of one cloud, a
layoff plan then a strike, two hospitals hit by ransomware, two fines of one regulator, a fine
then its appeal, two products of one keynote, a launch then its bug, results then job cuts, a
rumour then the signed deal, two rounds on one day, a release then its first patch, plus weekly
roundups, daily briefs, podcasts, newsletters and deals posts that are each their own event.
`build` fixes the year 2026; times are UTC, May and November 2026.

Measured once, on 78cd382, before any change for it: precision 0.976, recall 0.776 (the code that
landed at stop 20, 20ee279: the same). Its wrong links: two deals posts of Black Friday week, and
a deals post with La Poste's DDoS "en pleine Black Friday week". Then a tuning set: a deals post
("les bons plans", "les bonnes affaires", "les meilleures offres") is a roundup (P 1.000).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ OVHcloud outage in Gravelines, with next-day post-mortem
    ("ovhcloud-outage-gravelines", "fresh27", [
        ("lemagit.fr", "05-05 08:40", "Panne chez OVHcloud : des milliers de sites inaccessibles",
         "Depuis 6 h ce matin, une partie des serveurs hébergés dans le datacenter de Gravelines ne répond plus, selon le statut officiel de l'hébergeur."),
        ("01net.com", "05-05 09:15", "OVH en rade : pourquoi votre site préféré ne s'affiche plus ce matin",
         "Le roubaisien fait face à un incident électrique sur son campus du Nord. Ce que ça change pour vous si vous êtes client."),
        ("silicon.fr", "05-05 11:30", "Incident électrique : le campus de Gravelines d'OVHcloud partiellement à l'arrêt",
         "Un défaut sur un onduleur a privé d'alimentation deux salles du site GRA, affectant des offres Bare Metal et Public Cloud."),
        ("next.ink", "05-06 10:05", "Panne de Gravelines : OVHcloud publie son post-mortem",
         "L’hébergeur détaille l’enchaînement qui a conduit à la coupure de mardi et promet une compensation à ses clients."),
    ]),
    # ------------------------------------------------ hard negative: another OVHcloud outage three days later, other site, other cause
    ("ovhcloud-outage-strasbourg-dns", "fresh27", [
        ("lemondeinformatique.fr", "05-08 14:20", "Nouvelle panne chez OVHcloud, cette fois à Strasbourg",
         "Trois jours après Gravelines, un problème de configuration réseau a perturbé pendant deux heures les clients du datacenter SBG."),
        ("zdnet.fr", "05-08 16:45", "OVHcloud : une erreur de routage coupe Strasbourg",
         "Le fournisseur de cloud reconnaît une mauvaise mise à jour BGP à l'origine de l'incident de ce vendredi après-midi."),
        ("clubic.com", "05-08 17:10", "Encore une panne OVH : la série noire continue pour l'hébergeur français",
         "Après la coupure de mardi dans le Nord, c'est le site alsacien qui a flanché ce vendredi, pour une raison sans rapport."),
    ]),
    # ------------------------------------------------ Ubisoft layoffs, incl. union reaction the next day
    ("ubisoft-layoffs-paris", "fresh27", [
        ("linforme.com", "05-11 06:30", "Ubisoft prépare la suppression de 180 postes en France",
         "Selon nos informations, l'éditeur d'Assassin's Creed va présenter un plan de départs visant ses studios parisiens et son siège de Saint-Mandé."),
        ("lesechos.fr", "05-11 09:50", "Ubisoft taille dans ses effectifs français, selon L'Informé",
         "Le groupe de la famille Guillemot envisagerait près de deux cents départs dans l'Hexagone pour réduire ses coûts."),
        ("numerama.com", "05-11 12:15", "Layoffs chez Ubisoft : 180 emplois menacés à Paris",
         "L’éditeur français confirme un « projet de réorganisation » qui toucherait environ cent quatre-vingts salariés."),
        ("next.ink", "05-12 08:20", "Plan social chez Ubisoft : le STJV dénonce un « gâchis »",
         "Au lendemain de l'annonce des 180 suppressions de postes, le syndicat du jeu vidéo appelle la direction à ouvrir des négociations."),
    ]),
    # ------------------------------------------------ hard negative: strike at Ubisoft days later, a new happening
    ("ubisoft-strike", "fresh27", [
        ("20minutes.fr", "05-14 10:00", "Grève chez Ubisoft : les salariés débraient dans toute la France",
         "Les développeurs de l'éditeur ont cessé le travail ce jeudi à l'appel du STJV, pour protester contre le plan de départs."),
        ("lefigaro.fr", "05-14 13:40", "Jeu vidéo : journée de grève inédite chez Ubisoft",
         "Plusieurs centaines de salariés se sont rassemblés devant le siège de Saint-Mandé, selon les organisateurs."),
        ("frandroid.com", "05-14 15:25", "Les équipes d’Ubisoft en grève : ce que l’on sait",
         "Studios de Montpellier, Paris et Annecy : le mouvement social touche l’ensemble des sites français du groupe."),
    ]),
    # ------------------------------------------------ ransomware at CHU de Rennes
    ("ransomware-chu-rennes", "fresh27", [
        ("lemagit.fr", "05-18 07:50", "Le CHU de Rennes frappé par un rançongiciel",
         "L'établissement a basculé en mode dégradé dans la nuit de dimanche à lundi après le chiffrement d'une partie de ses serveurs."),
        ("bfmtv.com", "05-18 10:30", "Cyberattaque à l'hôpital de Rennes : des opérations déprogrammées",
         "Le centre hospitalier universitaire breton a dû transférer certains patients et revenir au papier, confirme sa direction."),
        ("zdnet.fr", "05-19 09:10", "CHU de Rennes : le groupe Qilin revendique l'attaque",
         "Le gang de ransomware affirme avoir dérobé 400 Go de données de l'hôpital breton et menace de les publier."),
    ]),
    # ------------------------------------------------ hard negative: another hospital hit by ransomware the same week
    ("ransomware-ch-armentieres", "fresh27", [
        ("lemondeinformatique.fr", "05-20 11:15", "Le centre hospitalier d'Armentières victime d'une cyberattaque",
         "Après Rennes en début de semaine, un hôpital du Nord a vu ses systèmes chiffrés par un rançongiciel mercredi matin."),
        ("20minutes.fr", "05-20 14:05", "Lille : l’hôpital d’Armentières paralysé par un ransomware",
         "Les urgences restent ouvertes mais les consultations sont reportées ; l’ARS Hauts-de-France suit la situation."),
    ]),
    # ------------------------------------------------ CNIL fines Free Mobile
    ("cnil-fine-free", "fresh27", [
        ("next.ink", "05-04 12:00", "La CNIL inflige 42 millions d'euros d'amende à Free et Free Mobile",
         "La formation restreinte sanctionne l'opérateur pour des manquements à la sécurité ayant conduit à la fuite de données de 2024."),
        ("01net.com", "05-04 13:30", "Fuite de données chez Free : l’opérateur écope d’une amende record",
         "Quarante-deux millions d’euros : c’est ce que devra payer le groupe Iliad à la Commission nationale de l’informatique et des libertés."),
        ("frandroid.com", "05-04 15:10", "Free sanctionné par la CNIL : ce que ça change pour vous",
         "Vous étiez concerné par la fuite de 2024 ? Voici ce que prévoit la décision du gendarme des données personnelles."),
    ]),
    # ------------------------------------------------ hard negative: same regulator, another firm, three days later
    ("cnil-fine-criteo", "fresh27", [
        ("lemagit.fr", "05-07 10:20", "Publicité ciblée : la CNIL sanctionne Criteo à hauteur de 18 M€",
         "Le spécialiste français du reciblage publicitaire est condamné pour défaut de preuve du consentement des internautes."),
        ("journaldunet.com", "05-07 12:45", "Criteo écope d'une amende de 18 millions de la CNIL",
         "L'adtech annonce qu'elle étudie les voies de recours après cette nouvelle sanction du régulateur."),
    ]),
    # ------------------------------------------------ Autorité de la concurrence fines Google
    ("adlc-fine-google", "fresh27", [
        ("lesechos.fr", "05-12 08:00", "Droits voisins : l'Autorité de la concurrence inflige 150 millions d'euros à Google",
         "Le gendarme de la concurrence estime que le moteur de recherche n'a pas respecté ses engagements envers les éditeurs de presse."),
        ("numerama.com", "05-12 10:40", "Google de nouveau sanctionné en France pour les droits voisins",
         "Le géant de Mountain View devra verser 150 M€ : c’est la troisième amende sur ce dossier."),
        ("latribune.fr", "05-12 14:55", "« Un manquement délibéré » : la présidente de l'Autorité tacle Google",
         "Interrogée par La Tribune, la présidente de l'autorité justifie l'amende de cent cinquante millions d'euros infligée à Alphabet."),
    ]),
    # ------------------------------------------------ hard negative: Google appeals that fine, three days later
    ("google-appeal-adlc", "fresh27", [
        ("lemondeinformatique.fr", "05-15 09:30", "Droits voisins : Google fait appel de l'amende de 150 M€",
         "Le groupe a saisi la cour d'appel de Paris pour contester la sanction prononcée mardi par l'Autorité de la concurrence."),
        ("silicon.fr", "05-15 12:10", "Google conteste en justice sa sanction française",
         "Alphabet juge « disproportionnée » la décision de l'autorité et demande son annulation devant la cour d'appel."),
    ]),
    # ------------------------------------------------ Google I/O: Gemini 3 Ultra
    ("google-io-gemini-ultra", "fresh27", [
        ("clubic.com", "05-19 18:30", "Google I/O 2026 : Gemini 3 Ultra arrive, et il raisonne plus longtemps",
         "Le nouveau modèle phare de Google promet des capacités de raisonnement étendues et sera intégré à l'offre AI Ultra."),
        ("frandroid.com", "05-19 19:05", "Gemini 3 Ultra officialisé : tout ce qu'il faut savoir",
         "Prix, disponibilité en France, performances : le point sur le modèle d’IA le plus puissant de Mountain View."),
    ]),
    # ------------------------------------------------ hard negative: other product of the same keynote
    ("google-io-android-xr-glasses", "fresh27", [
        ("lesnumeriques.com", "05-19 19:20", "Google dévoile ses lunettes Android XR avec Samsung et Gentle Monster",
         "Les premières lunettes connectées sous Android XR arriveront à l'automne, avec un affichage intégré dans le verre."),
        ("01net.com", "05-19 20:00", "Lunettes Android XR : on les a essayées à Google I/O",
         "Prise en main des montures connectées présentées sur la scène de Shoreline : traduction en direct et navigation."),
        ("presse-citron.net", "05-20 07:45", "Google veut faire oublier les Google Glass avec ses nouvelles lunettes",
         "Le géant de la recherche a montré hier soir des lunettes intelligentes qui ressemblent enfin à des lunettes normales."),
    ]),
    # ------------------------------------------------ Mistral AI funding round
    ("mistral-funding", "fresh27", [
        ("lesechos.fr", "05-21 06:00", "Mistral AI lève 1,5 milliard d'euros et devient la start-up la plus valorisée d'Europe",
         "La pépite française de l'intelligence artificielle boucle un tour de table mené par un fonds souverain, pour une valorisation de 25 milliards."),
        ("bfmtv.com", "05-21 08:20", "Le champion français de l'IA décroche une levée record",
         "Mistral AI annonce 1,5 Md€ de nouveaux capitaux pour financer ses centres de calcul en France."),
    ]),
    # ------------------------------------------------ hard negative: another funding round the same day
    ("pennylane-funding", "fresh27", [
        ("lesechos.fr", "05-21 07:30", "Pennylane lève 120 millions d'euros pour conquérir l'Europe",
         "La fintech de comptabilité, déjà licorne, boucle un nouveau tour mené par un fonds américain."),
        ("usine-digitale.fr", "05-21 13:15", "La fintech Pennylane boucle un tour de table de 120 M€",
         "La start-up parisienne veut s'implanter en Allemagne et en Italie d'ici la fin de l'année."),
    ]),
    # ------------------------------------------------ Atos Q1 revenue
    ("atos-q1-revenue", "fresh27", [
        ("lemondeinformatique.fr", "05-06 07:45", "Atos voit son chiffre d'affaires reculer de 9 % au premier trimestre",
         "Le groupe de services numériques affiche 2,1 milliards d'euros de revenus et maintient ses objectifs annuels."),
        ("channelnews.fr", "05-06 10:30", "Trimestre encore difficile pour Atos",
         "L'ESN publie des revenus en baisse mais assure que sa trajectoire de redressement est tenue."),
    ]),
    # ------------------------------------------------ hard negative: Atos job cuts the next day
    ("atos-job-cuts", "fresh27", [
        ("linforme.com", "05-07 06:15", "Atos va supprimer 1 200 postes en France",
         "Selon nos informations, l'ESN présentera jeudi aux syndicats un plan de réduction d'effectifs ciblant ses activités d'infogérance."),
        ("silicon.fr", "05-07 11:50", "Atos : un millier d'emplois menacés, selon L'Informé",
         "Au lendemain de ses résultats trimestriels, l'ancien géant des services informatiques préparerait un nouveau plan social."),
        ("latribune.fr", "05-07 15:30", "Atos confirme un plan de 1 200 suppressions de postes",
         "Le groupe a confirmé en fin d'après-midi le projet révélé le matin même, évoquant une « adaptation nécessaire »."),
    ]),
    # ------------------------------------------------ Capgemini rumour
    ("capgemini-rumour-sopra", "fresh27", [
        ("lesechos.fr", "05-25 06:10", "Capgemini en discussions pour racheter l'activité conseil de Sopra Steria",
         "Selon nos informations, les deux ESN négocient depuis plusieurs semaines une opération estimée à 800 millions d'euros."),
        ("channelnews.fr", "05-25 09:40", "Capgemini lorgnerait sur une partie de Sopra Steria",
         "Le numéro un français des services du numérique serait en négociation exclusive, selon Les Echos. Aucun des deux groupes ne commente."),
    ]),
    # ------------------------------------------------ hard negative: the signed deal three days later
    ("capgemini-signs-sopra", "fresh27", [
        ("lemondeinformatique.fr", "05-28 08:00", "C'est officiel : Capgemini rachète le conseil de Sopra Steria",
         "Les deux groupes ont signé jeudi un accord pour la cession de l'activité conseil pour 780 millions d'euros."),
        ("zdnet.fr", "05-28 14:30", "Rachat finalisé sur le papier entre Capgemini et Sopra Steria",
         "Trois jours après les premières fuites dans la presse, l'accord est signé : 2 500 consultants vont changer d'employeur."),
    ]),
    # ------------------------------------------------ Bouygues Telecom national mobile outage + post-mortem
    ("bouygues-mobile-outage", "fresh27", [
        ("20minutes.fr", "05-13 17:40", "Panne géante chez Bouygues Telecom : impossible d'appeler depuis cet après-midi",
         "Des milliers d'abonnés signalent une absence totale de réseau mobile partout en France depuis 15 h."),
        ("frandroid.com", "05-13 18:10", "Bouygues Telecom en panne : que faire si vous n’avez plus de réseau",
         "L’opérateur confirme un incident sur son cœur de réseau. Nos conseils en attendant le rétablissement."),
        ("next.ink", "05-14 09:00", "Panne de Bouygues Telecom : une mise à jour logicielle en cause",
         "L'opérateur explique qu'un déploiement défectueux sur ses serveurs d'authentification a provoqué la coupure de mercredi."),
    ]),
    # ------------------------------------------------ SFR data leak
    ("sfr-data-leak", "fresh27", [
        ("numerama.com", "05-26 10:00", "SFR confirme une fuite de données touchant 3 millions de clients",
         "Noms, adresses et IBAN : l’opérateur au carré rouge reconnaît un accès illégitime à un outil de gestion."),
        ("clubic.com", "05-26 11:35", "Vous êtes client SFR ? Vos données ont peut-être fuité",
         "L'opérateur prévient ses abonnés par courriel. Voici comment savoir si vous êtes concerné et comment vous protéger."),
    ]),
    # ------------------------------------------------ Commission DMA fine on Meta
    ("dma-fine-meta", "fresh27", [
        ("lemondeinformatique.fr", "05-27 09:30", "DMA : Bruxelles inflige 900 millions d'euros d'amende à Meta",
         "La Commission européenne sanctionne le modèle « payer ou consentir » de Facebook et Instagram."),
        ("numerama.com", "05-27 11:00", "« Pay or consent » : Meta lourdement sanctionné par l’Union européenne",
         "Le groupe de Mark Zuckerberg doit payer près d’un milliard d’euros au titre du Digital Markets Act."),
        ("lefigaro.fr", "05-27 13:15", "La Commission européenne frappe la maison mère de Facebook",
         "Meta écope de 900 M€ d'amende ; Washington dénonce déjà une « taxe déguisée » sur les entreprises américaines."),
    ]),
    # ------------------------------------------------ hard negative: same regulator, Apple, two days later
    ("dma-fine-apple", "fresh27", [
        ("01net.com", "05-29 10:10", "DMA : Apple écope à son tour d'une amende de Bruxelles",
         "Deux jours après Meta, la firme de Cupertino est sanctionnée de 600 millions d'euros pour ses règles anti-orientation de l'App Store."),
        ("journaldunet.com", "05-29 12:40", "App Store : l'UE sanctionne Apple à hauteur de 600 M€",
         "La Commission estime que les développeurs ne peuvent toujours pas orienter librement leurs clients vers des offres externes."),
    ]),
    # ------------------------------------------------ Microsoft Build: agentic Windows
    ("build-windows-agents", "fresh27", [
        ("zdnet.fr", "05-18 17:30", "Build 2026 : Microsoft fait de Windows un système d'exploitation « agentique »",
         "La firme de Redmond ouvre Windows aux agents IA tiers via le protocole MCP, intégré nativement au système."),
        ("presse-citron.net", "05-18 19:00", "Windows va laisser des IA piloter votre PC : on vous explique",
         "Annoncée lors de la conférence développeurs de Microsoft, la fonction permettra à des agents d'agir dans vos applications."),
    ]),
    # ------------------------------------------------ Nintendo Switch 2 price rise in France
    ("switch2-price-rise", "fresh27", [
        ("lesnumeriques.com", "05-22 09:00", "La Nintendo Switch 2 augmente de 30 euros en France",
         "À partir du 1er juin, la console passera à 499,99 € ; Nintendo invoque la hausse du coût des composants."),
        ("20minutes.fr", "05-22 12:30", "Mauvaise nouvelle pour les joueurs : la Switch 2 devient plus chère",
         "Le constructeur japonais relève le prix de sa console d'une trentaine d'euros. Ce que ça change pour vous."),
    ]),
    # ------------------------------------------------ ANSSI annual threat report (explainer included)
    ("anssi-threat-report", "fresh27", [
        ("lemagit.fr", "05-06 14:00", "L'ANSSI dresse un état de la menace toujours plus sombre",
         "Dans son panorama annuel, l'agence recense 160 attaques par rançongiciel traitées en 2025, en hausse de 12 %."),
        ("silicon.fr", "05-06 16:20", "Rançongiciels, espionnage : ce qu'il faut retenir du panorama de l'ANSSI",
         "L'Agence nationale de la sécurité des systèmes d'information publie son rapport ; nos cinq enseignements."),
    ]),
    # ------------------------------------------------ Nvidia Q1 results
    ("nvidia-q1-results", "fresh27", [
        ("latribune.fr", "05-27 21:30", "Nvidia pulvérise encore les attentes avec 52 milliards de dollars de revenus",
         "Le fabricant de puces graphiques publie un chiffre d'affaires trimestriel en hausse de 70 % sur un an."),
        ("usine-digitale.fr", "05-28 07:00", "Porté par l'IA, le fondeur de Santa Clara signe un nouveau trimestre record",
         "Nvidia relève ses prévisions grâce à la demande de ses puces Blackwell Ultra dans les centres de données."),
    ]),
    # ------------------------------------------------ Orange CEO interview, quote as title
    ("orange-ceo-interview", "fresh27", [
        ("lesechos.fr", "05-19 06:00", "Christel Heydemann : « Il y a un opérateur de trop en France »",
         "Dans un entretien aux Echos, la directrice générale d'Orange plaide de nouveau pour une consolidation du marché."),
        ("bfmtv.com", "05-19 09:45", "La patronne de l'opérateur historique relance le débat sur le passage à trois opérateurs",
         "Interrogée par nos confrères, Christel Heydemann estime que le marché français ne peut plus soutenir quatre acteurs."),
    ]),
    # ------------------------------------------------ Free Mobile price rise
    ("free-mobile-price-rise", "fresh27", [
        ("frandroid.com", "05-05 12:00", "Free Mobile augmente le prix de son forfait 5G de 2 euros",
         "L’opérateur de Xavier Niel prévient ses abonnés : le forfait Free 5G passera à 21,99 € en juillet, avec plus de data."),
        ("clubic.com", "05-05 14:20", "Hausse de prix chez Free : votre forfait va coûter plus cher",
         "Les abonnés au forfait 5G de Free verront leur facture grimper de deux euros ; il est possible de résilier sans frais."),
    ]),
    # ------------------------------------------------ AI Act delay
    ("ai-act-delay", "fresh27", [
        ("next.ink", "05-20 15:00", "AI Act : le Parlement européen vote le report des obligations sur l'IA à haut risque",
         "Les eurodéputés ont approuvé un décalage d'un an des règles applicables aux systèmes d'IA à haut risque, à août 2027."),
        ("lemagit.fr", "05-21 08:40", "Report de l'AI Act : ce que ça change pour les DSI",
         "Après le vote d'hier au Parlement européen, les entreprises gagnent un an pour se conformer ; décryptage."),
    ]),
    # ------------------------------------------------ single-article roundups, May
    ("next-recap-w19", "fresh27", [
        ("next.ink", "05-09 08:00", "Récap de la semaine : panne OVHcloud, amende de la CNIL contre Free, Atos",
         "Gravelines puis Strasbourg, 42 millions pour Free, un plan social chez Atos : retour sur les actus qui ont marqué la semaine."),
    ]),
    ("next-recap-w20", "fresh27", [
        ("next.ink", "05-16 08:00", "Récap de la semaine : Ubisoft, Google sanctionné, panne Bouygues",
         "Plan de départs et grève chez Ubisoft, amende puis appel de Google, coupure géante chez Bouygues Telecom : le résumé."),
    ]),
    ("next-recap-w21", "fresh27", [
        ("next.ink", "05-23 08:00", "Récap de la semaine : Google I/O, Mistral AI, hôpitaux attaqués",
         "Gemini 3 Ultra, lunettes Android XR, levée record de Mistral et deux hôpitaux visés par des rançongiciels."),
    ]),
    ("lemagit-podcast-0515", "fresh27", [
        ("lemagit.fr", "05-15 17:00", "Podcast : ransomware, pannes cloud et plans sociaux, le point de la semaine",
         "Dans cet épisode, la rédaction revient sur les incidents OVHcloud et Bouygues et sur les suppressions de postes dans les ESN."),
    ]),
    ("01net-brief-0521", "fresh27", [
        ("01net.com", "05-21 18:00", "Le Brief : Mistral AI lève 1,5 milliard, Pennylane aussi, et l'AI Act reporté",
         "Les trois infos tech à retenir ce jeudi, en cinq minutes chrono."),
    ]),
    ("clubic-deals-0528", "fresh27", [
        ("clubic.com", "05-28 08:30", "Bons plans du jour : Switch 2, Pixel 10 et forfaits 5G en promo",
         "Notre sélection des meilleures offres high-tech de ce jeudi, avant la hausse de prix de la console de Nintendo."),
    ]),
    ("zdnet-newsletter-w22", "fresh27", [
        ("zdnet.fr", "05-29 07:00", "Newsletter : les amendes DMA tombent, SFR piraté, Capgemini achète",
         "Meta puis Apple sanctionnés par Bruxelles, fuite de données chez SFR, rachat signé par Capgemini : la semaine en bref."),
    ]),

    # ================================================ November
    # ------------------------------------------------ AWS us-east-1 outage + post-mortem
    ("aws-outage-us-east-1", "fresh27", [
        ("lemagit.fr", "11-03 14:30", "Panne AWS : la région us-east-1 paralyse une partie du web",
         "Snapchat, Fortnite et de nombreux services SaaS sont affectés par une défaillance de DynamoDB dans la Virginie du Nord."),
        ("01net.com", "11-03 15:10", "Le cloud d'Amazon en panne : pourquoi tant d'applis ne marchent plus",
         "Le géant de Seattle connaît un incident majeur sur sa principale région de datacenters. Ce que ça change pour vous."),
        ("silicon.fr", "11-03 19:45", "Amazon Web Services rétablit ses services après sept heures de panne",
         "La filiale cloud d'Amazon annonce un retour à la normale pour la plupart des services de la région us-east-1."),
        ("next.ink", "11-04 10:20", "Panne d'AWS : Amazon publie son rapport d'incident",
         "Un bug dans l'automatisation DNS de DynamoDB a provoqué la cascade de mardi, détaille le fournisseur."),
    ]),
    # ------------------------------------------------ hard negative: another AWS outage three days later, other region
    ("aws-outage-eu-west-3", "fresh27", [
        ("lemondeinformatique.fr", "11-06 09:40", "Nouvel incident chez AWS, la région de Paris touchée",
         "Trois jours après la panne américaine, la région eu-west-3 a subi une coupure réseau de 90 minutes jeudi matin."),
        ("channelnews.fr", "11-06 13:00", "Amazon Web Services : la région parisienne perturbée ce jeudi",
         "Des clients français d'AWS ont perdu l'accès à leurs instances EC2 pendant une heure et demie ; l'incident est sans lien avec celui de mardi."),
    ]),
    # ------------------------------------------------ SFR sale rumour
    ("sfr-sale-rumour", "fresh27", [
        ("lesechos.fr", "11-05 06:00", "SFR : Bouygues, Free et Orange relèvent leur offre à 19 milliards",
         "Selon nos informations, le trio d'opérateurs s'apprête à déposer une offre améliorée auprès de Patrick Drahi."),
        ("bfmtv.com", "11-05 10:30", "Vente de SFR : une nouvelle offre sur la table, selon Les Echos",
         "Les trois concurrents de l'opérateur au carré rouge seraient prêts à mettre un milliard de plus pour le racheter."),
    ]),
    # ------------------------------------------------ hard negative: the signed deal days later
    ("sfr-sale-signed", "fresh27", [
        ("latribune.fr", "11-09 18:00", "Altice accepte de céder SFR à Bouygues, Free et Orange",
         "Patrick Drahi a signé dimanche soir un accord d'exclusivité pour la vente de l'opérateur pour 19 milliards d'euros."),
        ("lefigaro.fr", "11-09 20:30", "La France va repasser à trois opérateurs : SFR vendu",
         "Le démantèlement du numéro deux du mobile est acté ; l'opération doit encore passer devant l'Autorité de la concurrence."),
        ("numerama.com", "11-10 08:15", "Rachat de SFR : ce que ça change pour les abonnés",
         "Forfaits, box, service client : on fait le point sur ce qui attend les clients de SFR après l’accord signé hier."),
        ("linforme.com", "11-10 09:00", "Vente de SFR : les syndicats redoutent des milliers de suppressions d'emplois",
         "Au lendemain de la signature, les représentants du personnel demandent des garanties sur les effectifs."),
    ]),
    # ------------------------------------------------ Microsoft Ignite: Agent 365
    ("ignite-agent-365", "fresh27", [
        ("zdnet.fr", "11-18 17:00", "Ignite 2026 : Microsoft lance Agent 365 pour gérer des flottes d'agents IA",
         "La console permettra aux DSI d'inventorier, de sécuriser et de facturer les agents déployés dans l'entreprise."),
        ("lemagit.fr", "11-18 19:20", "Avec Agent 365, Redmond veut devenir le plan de contrôle des agents",
         "Annoncé en ouverture de sa conférence Ignite, le service s'appuie sur Entra pour donner une identité à chaque agent."),
    ]),
    # ------------------------------------------------ hard negative: another product of the same keynote
    ("ignite-cobalt-300", "fresh27", [
        ("lemondeinformatique.fr", "11-18 18:10", "Microsoft présente Cobalt 300, son nouveau processeur Arm pour Azure",
         "Le successeur du Cobalt 100 promet 50 % de performances en plus et sera disponible en 2027 dans les datacenters d'Azure."),
        ("silicon.fr", "11-18 20:05", "Puces maison : la firme de Redmond dévoile Cobalt 300 à Ignite",
         "Gravée en 3 nm, la puce Arm vise les charges de travail généralistes du cloud et concurrence Graviton."),
    ]),
    # ------------------------------------------------ Windows 11 26H2 release
    ("windows-26h2-release", "fresh27", [
        ("clubic.com", "11-04 18:30", "Windows 11 26H2 est disponible : comment l'installer",
         "La mise à jour annuelle de Windows est déployée à partir d'aujourd'hui ; voici les nouveautés et la marche à suivre."),
        ("01net.com", "11-05 09:00", "On a testé Windows 11 26H2 : les nouveautés qui valent le coup",
         "Menu Démarrer, explorateur, IA locale : notre prise en main de la dernière version du système de Microsoft."),
    ]),
    # ------------------------------------------------ hard negative: the first patch three days later
    ("windows-26h2-first-patch", "fresh27", [
        ("zdnet.fr", "11-07 17:40", "Windows 11 26H2 : Microsoft publie un premier correctif d'urgence",
         "La mise à jour KB5071234 corrige un bug qui empêchait certains PC équipés de SSD Samsung de démarrer."),
        ("frandroid.com", "11-07 19:00", "Votre PC ne démarre plus après 26H2 ? Microsoft a un correctif",
         "Trois jours après le lancement, un patch hors cycle est disponible pour régler le problème d’écran bleu."),
    ]),
    # ------------------------------------------------ Freebox Ultra 2 launch
    ("freebox-ultra-2-launch", "fresh27", [
        ("frandroid.com", "11-10 10:00", "Free lance la Freebox Ultra 2 avec le Wi-Fi 8",
         "Le fournisseur d'accès dévoile sa nouvelle box haut de gamme à 49,99 € par mois, avec un débit de 10 Gbit/s."),
        ("lesnumeriques.com", "11-10 11:30", "Freebox Ultra 2 : prix, débit, services, tout savoir sur la nouvelle box de Free",
         "L'opérateur de Xavier Niel renouvelle son offre premium avec Netflix, Disney+ et un nouveau serveur."),
        ("numerama.com", "11-10 14:00", "Xavier Niel : « La meilleure box jamais conçue »",
         "Le fondateur d’Iliad a présenté ce lundi la Freebox Ultra 2, premier modèle grand public compatible Wi-Fi 8."),
    ]),
    # ------------------------------------------------ hard negative: a bug on that box days later
    ("freebox-ultra-2-wifi-bug", "fresh27", [
        ("clubic.com", "11-13 12:20", "Freebox Ultra 2 : des coupures Wi-Fi à répétition chez les premiers clients",
         "Sur les forums, les abonnés se plaignent de déconnexions ; Free reconnaît un bug logiciel et promet une mise à jour."),
        ("frandroid.com", "11-13 16:00", "Bug sur la Freebox Ultra 2 : Free promet un correctif",
         "Trois jours après son lancement, la nouvelle box de l’opérateur souffre de décrochages Wi-Fi sur la bande 6 GHz."),
    ]),
    # ------------------------------------------------ ransomware on a département
    ("ransomware-manche", "fresh27", [
        ("lemagit.fr", "11-16 09:00", "Le département de la Manche frappé par une cyberattaque",
         "Les services du conseil départemental fonctionnent en mode dégradé depuis samedi après une attaque par rançongiciel."),
        ("20minutes.fr", "11-16 12:15", "Cotentin : la collectivité départementale victime d’un ransomware",
         "Le versement de certaines aides sociales pourrait être retardé, prévient le conseil départemental de la Manche."),
    ]),
    # ------------------------------------------------ hard negative: another collectivity, same week
    ("ransomware-brest", "fresh27", [
        ("lemondeinformatique.fr", "11-18 10:30", "La ville de Brest paralysée par un rançongiciel",
         "Quelques jours après la Manche, une autre collectivité de l'Ouest voit ses serveurs chiffrés ; le groupe Akira est soupçonné."),
        ("bfmtv.com", "11-18 14:00", "Cyberattaque à Brest : les services municipaux à l'arrêt",
         "État civil, cantines, médiathèques : la métropole bretonne a coupé son réseau par précaution."),
    ]),
    # ------------------------------------------------ OpenAI GPT-6 launch + hands-on
    ("openai-gpt6-launch", "fresh27", [
        ("usine-digitale.fr", "11-12 18:30", "OpenAI dévoile GPT-6, son modèle le plus avancé",
         "La start-up de Sam Altman promet un modèle capable de mener des tâches autonomes pendant plusieurs heures."),
        ("numerama.com", "11-12 19:15", "GPT-6 est là : ce qu’il faut savoir sur le nouveau cerveau de ChatGPT",
         "Disponible dès aujourd’hui pour les abonnés Plus et Pro, le modèle arrivera plus tard pour les utilisateurs gratuits."),
        ("presse-citron.net", "11-12 21:00", "Sam Altman : « GPT-6 est un saut comparable à celui de GPT-4 »",
         "Le patron d'OpenAI a présenté le nouveau modèle lors d'une diffusion en direct ce mercredi soir."),
        ("01net.com", "11-13 11:00", "On a testé GPT-6 : plus fort, mais toujours pas infaillible",
         "Code, rédaction, raisonnement : nos premières heures avec le nouveau modèle d’OpenAI lancé hier."),
    ]),
    # ------------------------------------------------ hard negative: ChatGPT outage days later
    ("chatgpt-outage", "fresh27", [
        ("bfmtv.com", "11-14 15:30", "ChatGPT en panne dans le monde entier",
         "Le chatbot d'OpenAI est inaccessible pour des millions d'utilisateurs depuis le début d'après-midi."),
        ("20minutes.fr", "11-14 16:10", "Panne de ChatGPT : l’assistant d’OpenAI ne répond plus",
         "Deux jours après le lancement de son nouveau modèle, le service subit une panne mondiale ; OpenAI évoque une « forte affluence »."),
    ]),
    # ------------------------------------------------ Nvidia Q3 results
    ("nvidia-q3-results", "fresh27", [
        ("lesechos.fr", "11-19 21:45", "Nvidia dépasse les 60 milliards de dollars de chiffre d'affaires trimestriel",
         "Le concepteur de puces pour l'IA publie une croissance de 58 % et rassure les marchés inquiets d'une bulle."),
        ("latribune.fr", "11-20 07:00", "Bulle de l'IA ? Les résultats de Nvidia font taire les sceptiques",
         "Le groupe de Jensen Huang publie une soixantaine de milliards de revenus et des prévisions au-dessus du consensus."),
    ]),
    # ------------------------------------------------ Ubisoft H1 results
    ("ubisoft-h1-results", "fresh27", [
        ("lesechos.fr", "11-12 17:45", "Ubisoft creuse ses pertes au premier semestre",
         "L'éditeur de jeux vidéo affiche une perte nette de 230 millions d'euros et un chiffre d'affaires en recul de 15 %."),
        ("lefigaro.fr", "11-12 19:00", "Semestre difficile pour l'éditeur d'Assassin's Creed",
         "Ubisoft publie des ventes en repli et reporte un jeu majeur à l'exercice prochain."),
    ]),
    # ------------------------------------------------ hard negative: Ubisoft studio closure the next day
    ("ubisoft-studio-closure", "fresh27", [
        ("linforme.com", "11-13 06:30", "Ubisoft ferme son studio de Bordeaux",
         "Selon nos informations, l'éditeur va annoncer la fermeture du site bordelais, soit environ 90 emplois, au lendemain de ses résultats."),
        ("numerama.com", "11-13 11:40", "Ubisoft confirme la fermeture de son studio bordelais",
         "Environ quatre-vingt-dix salariés sont concernés par l’arrêt du site, ouvert en 2017."),
        ("next.ink", "11-13 15:20", "Fermeture d'Ubisoft Bordeaux : le STJV appelle à un rassemblement",
         "Le syndicat dénonce une décision « brutale » et demande l'ouverture d'un dialogue sur les reclassements."),
    ]),
    # ------------------------------------------------ two funding rounds on one day
    ("alan-funding", "fresh27", [
        ("lesechos.fr", "11-17 06:00", "L'assurtech Alan lève 250 millions d'euros",
         "La start-up de complémentaire santé boucle un tour de table mené par un fonds américain et vise la rentabilité en 2027."),
        ("bfmtv.com", "11-17 09:15", "La licorne française Alan réalise une nouvelle levée de fonds",
         "La complémentaire santé numérique récolte 250 M€ pour développer son assistant médical dopé à l'IA."),
    ]),
    ("helsing-funding", "fresh27", [
        ("usine-digitale.fr", "11-17 08:00", "Helsing lève 600 millions d'euros pour ses drones de combat",
         "La start-up européenne de défense, qui compte une forte implantation en France, double sa valorisation."),
        ("latribune.fr", "11-17 12:00", "Défense : la pépite de l'IA militaire Helsing décroche 600 M€",
         "Le spécialiste germano-britannique des logiciels de défense annonce son plus gros tour de table à ce jour."),
    ]),
    # ------------------------------------------------ La Poste DDoS
    ("la-poste-ddos", "fresh27", [
        ("zdnet.fr", "11-24 11:00", "La Poste visée par une attaque DDoS, le suivi des colis perturbé",
         "Le site de La Poste et l'application Colissimo sont inaccessibles depuis ce matin ; le groupe prorusse NoName057 revendique."),
        ("clubic.com", "11-24 13:40", "Colissimo ne marche plus : une cyberattaque en pleine Black Friday week",
         "Le groupe La Poste confirme une attaque par déni de service ; vos colis sont livrés, mais le suivi est indisponible."),
        ("lefigaro.fr", "11-25 09:00", "Attaque informatique contre La Poste : le service rétabli",
         "Après plus de vingt heures de perturbations, l'opérateur postal annonce le retour à la normale de ses services en ligne."),
    ]),
    # ------------------------------------------------ Digital omnibus RGPD proposal
    ("digital-omnibus-rgpd", "fresh27", [
        ("lemagit.fr", "11-19 15:00", "Omnibus numérique : Bruxelles propose d'assouplir le RGPD",
         "La Commission européenne présente un paquet de simplification qui redéfinit la notion de donnée personnelle et allège les bannières cookies."),
        ("numerama.com", "11-19 17:20", "Fin des bannières cookies ? Ce que prévoit le projet de la Commission",
         "Le texte présenté ce mercredi veut simplifier les règles européennes sur les données ; les associations crient au recul."),
        ("next.ink", "11-20 09:30", "Omnibus numérique : noyb dénonce « la plus grande attaque contre le RGPD »",
         "Au lendemain de la présentation du texte par la Commission, l'association de Max Schrems annonce une mobilisation."),
    ]),
    # ------------------------------------------------ Worldline job cuts
    ("worldline-job-cuts", "fresh27", [
        ("linforme.com", "11-24 06:00", "Worldline va supprimer 400 postes en France",
         "Selon nos informations, le spécialiste des paiements prépare un plan de départs volontaires dans ses sites de Lyon et Seclin."),
        ("lemondeinformatique.fr", "11-24 10:15", "Layoffs chez Worldline : quatre cents emplois concernés",
         "Le groupe de paiement confirme une réorganisation, selon L'Informé, afin de réduire ses coûts de 200 millions d'euros."),
    ]),
    # ------------------------------------------------ hard negative: Worldline strike three days later
    ("worldline-strike", "fresh27", [
        ("channelnews.fr", "11-27 09:30", "Worldline : appel à la grève sur les sites français",
         "L'intersyndicale appelle les salariés à cesser le travail ce jeudi pour protester contre le plan de 400 suppressions de postes."),
        ("latribune.fr", "11-27 15:00", "Mobilisation chez Worldline contre le plan social",
         "Plusieurs centaines de salariés ont débrayé à Seclin et Lyon à l'appel des syndicats."),
    ]),
    # ------------------------------------------------ Orange fibre outage (operator named by periphrasis)
    ("orange-fibre-outage", "fresh27", [
        ("bfmtv.com", "11-26 20:00", "Panne internet chez Orange : des milliers de clients privés de fibre",
         "Depuis le début de soirée, des abonnés de l'opérateur signalent des coupures de leur Livebox dans le Sud-Ouest."),
        ("lesnumeriques.com", "11-26 21:10", "L’opérateur historique en panne dans plusieurs régions",
         "Une coupure de câble près de Toulouse prive de connexion une partie des clients fibre ; l’intervention est en cours."),
        ("presse-citron.net", "11-27 08:00", "Panne Orange : la connexion est revenue, voici ce qui s’est passé",
         "Un câble de fibre optique sectionné lors de travaux est à l'origine de la coupure d'hier soir, selon Orange."),
    ]),
    # ------------------------------------------------ Apple appeals the May DMA fine, six months later (not the fine itself)
    ("apple-dma-appeal", "fresh27", [
        ("01net.com", "11-25 10:00", "DMA : Apple fait appel de l’amende de 600 millions d’euros",
         "La firme de Cupertino a saisi le Tribunal de l’Union européenne pour contester la sanction prononcée au printemps."),
        ("journaldunet.com", "11-25 12:30", "App Store : Apple conteste la décision de Bruxelles devant la justice européenne",
         "Le recours vise l'amende infligée en mai au titre du Digital Markets Act."),
    ]),
    # ------------------------------------------------ single-article roundups and formats, November
    ("next-recap-w45", "fresh27", [
        ("next.ink", "11-07 08:00", "Récap de la semaine : pannes AWS, Windows 11 26H2, offre sur SFR",
         "Deux incidents chez Amazon Web Services, la nouvelle version de Windows et son premier correctif : les actus de la semaine."),
    ]),
    ("next-recap-w46", "fresh27", [
        ("next.ink", "11-14 08:00", "Récap de la semaine : SFR vendu, GPT-6, Freebox Ultra 2",
         "L'accord sur SFR, le nouveau modèle d'OpenAI, la box de Free et son premier bug : retour sur sept jours d'actualité."),
    ]),
    ("next-recap-w47", "fresh27", [
        ("next.ink", "11-21 08:00", "Récap de la semaine : Ignite, Nvidia, omnibus numérique",
         "Agent 365 et Cobalt 300 chez Microsoft, les résultats de Nvidia et le projet de réforme du RGPD : l'essentiel."),
    ]),
    ("lemagit-podcast-1120", "fresh27", [
        ("lemagit.fr", "11-20 17:00", "Podcast : ce qu'il faut retenir de Microsoft Ignite 2026",
         "Agents, puces maison et sécurité : la rédaction débriefe les annonces de la conférence de Microsoft."),
    ]),
    ("01net-brief-1112", "fresh27", [
        ("01net.com", "11-12 18:00", "Le Brief : GPT-6 dévoilé, Ubisoft en perte et Freebox Ultra 2",
         "Les infos tech à retenir ce mercredi, du nouveau modèle d'OpenAI aux résultats de l'éditeur français."),
    ]),
    ("01net-brief-1118", "fresh27", [
        ("01net.com", "11-18 18:00", "Le Brief : Microsoft Ignite, Brest attaquée et nouveaux forfaits",
         "Les actus tech à retenir ce mardi en cinq minutes."),
    ]),
    ("clubic-black-friday-1127", "fresh27", [
        ("clubic.com", "11-27 07:30", "Black Friday 2026 : les meilleures offres high-tech en direct",
         "Smartphones, PC, TV, consoles : notre sélection des vraies bonnes affaires mise à jour tout au long de la journée."),
    ]),
    ("frandroid-deals-1124", "fresh27", [
        ("frandroid.com", "11-24 08:00", "Black Friday week : les bons plans smartphones du jour",
         "Xiaomi 17 Pro, Pixel 10, Galaxy S26 : les meilleures réductions repérées ce lundi."),
    ]),
    ("lesnumeriques-deals-1128", "fresh27", [
        ("lesnumeriques.com", "11-28 09:00", "Black Friday : les dernières bonnes affaires à saisir ce vendredi",
         "Notre sélection des promotions encore valables sur les TV, casques et consoles avant le Cyber Monday."),
    ]),
    ("zdnet-newsletter-w48", "fresh27", [
        ("zdnet.fr", "11-28 07:00", "Newsletter : La Poste attaquée, Worldline en grève, Apple fait appel",
         "DDoS contre le groupe postal, mobilisation chez le spécialiste des paiements et recours d'Apple à Luxembourg : la semaine en bref."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
