"""The 81st fresh labelled set of French tech-news articles, mostly on the French Tech ecosystem, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh81".
Positives: titles sharing almost no word with their siblings (« La France tient une nouvelle licorne »,
« Le quantique français tente sa chance en Bourse »), an event named only by periphrasis in one article
(« La licorne de la comptabilité double sa valorisation »), syndicated stories (« selon Les Echos »,
« selon L'Informé »), an English word title (« Layoffs chez Rekup »), quotes as titles, explainers the
next day (« ce qui change », « les dessous d'une rupture »), a post-mortem the next day, a portrait of a
new unicorn, a hands-on the evening of a launch, an appeal announced the same day as a fine (reaction),
terse titles (« Apple va contester », « Mediloc fait appel », « Layoffs chez Rekup »), a firm named only by
periphrasis in a title (« l'éditeur d'Assassin's Creed », « la première banque de la zone euro »).
Hard negatives: two funding rounds of two fintechs on the same morning; a start-up's layoffs then its exit
from a city two days later; a receivership then the liquidation six weeks later; Next40/FT120 then the
Green20 list two days later; a hardware launch then its battery bug; two products at one keynote and a Wi-Fi
bug two weeks later; two OVHcloud outages three days apart (the second vague about place); three monthly
Patch Tuesdays; one acquirer's two acquisitions two days apart; two Bpifrance announcements five weeks apart;
two announcements and a roundup at one Bpifrance event on one day; monthly and quarterly funding barometers;
weekly funding roundups, newsletters and deals posts; two ransomware attacks on two local authorities on
consecutive days; a unicorn's layoffs, new service and co-founder departure within a week; a new unicorn then
its first acquisition; a founder's departure then a model launch two days later; a CNIL fine then its appeal
six weeks later, beside another health start-up's launch that day; two telecom results on one day; an IPO
announcement, a product unveiled during it and the first trading day; layoffs at two start-ups on one day;
layoffs then a strike at one publisher; a funding round then the same firm's acquisition six weeks later.
`build` fixes the year 2026; times are UTC, September to November 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 0.981, recall 0.815 (0.981 / 0.815 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Zenride (bike sharing start-up) announces 85 layoffs
    ("zenride-layoffs", "fresh81", [
        ("linforme.com", "09-03 06:15",
         "Zenride : la start-up de vélos en libre-service va licencier près d'un tiers de ses effectifs",
         "Selon nos informations, la jeune pousse parisienne prépare un plan de sauvegarde de l'emploi visant 85 de ses 260 salariés."),
        ("bfmtv.com", "09-03 10:40",
         "Vélos partagés : Zenride supprime 85 postes",
         "La start-up française, qui avait levé 120 millions d'euros en 2024, confirme un plan social touchant un tiers de ses équipes, selon L'Informé."),
        ("journaldunet.com", "09-04 08:30",
         "Pourquoi Zenride taille dans ses effectifs",
         "Croissance en berne, levée de fonds introuvable : les raisons du plan qui va conduire au départ de 85 salariés de la start-up de mobilité."),
    ]),
    # ---------------------------------------------- Zenride leaves Lyon two days later (another happening)
    ("zenride-quits-lyon", "fresh81", [
        ("lesechos.fr", "09-05 07:00",
         "Zenride jette l'éponge à Lyon",
         "La start-up de vélos électriques en libre-service retire sa flotte de la métropole lyonnaise d'ici à la fin du mois, faute d'accord avec la collectivité sur le renouvellement de sa licence."),
        ("bfmtv.com", "09-05 11:20",
         "Lyon : les vélos Zenride vont disparaître des rues",
         "Deux jours après l'annonce d'un plan social, l'opérateur parisien annonce qu'il quitte Lyon, où il exploitait 3 000 vélos électriques."),
    ]),
    # ---------------------------------------------- Pennylane Series E, 250 M EUR
    ("pennylane-series-e", "fresh81", [
        ("lesechos.fr", "09-08 05:30",
         "Pennylane lève 250 millions d'euros et vaut désormais 4 milliards",
         "Le spécialiste français du logiciel de comptabilité boucle un tour de table mené par le fonds américain General Catalyst, qui double sa valorisation en dix-huit mois."),
        ("usine-digitale.fr", "09-08 08:45",
         "Pennylane boucle une série E de 250 M€",
         "La fintech parisienne veut accélérer en Europe, notamment en Allemagne et en Espagne, et recruter 400 personnes d'ici à fin 2027."),
        ("journaldunet.com", "09-08 10:10",
         "La licorne de la comptabilité double sa valorisation",
         "Le logiciel comptable star des experts-comptables français lève un quart de milliard d'euros auprès de General Catalyst et de ses investisseurs historiques."),
        ("bfmtv.com", "09-08 12:30",
         "4 milliards d'euros : la nouvelle valorisation de Pennylane, selon Les Echos",
         "La start-up française de logiciels comptables a levé 250 millions d'euros, rapportent Les Echos."),
        ("silicon.fr", "09-09 09:00",
         "Pennylane : ce que la levée de 250 M€ va financer",
         "Expansion européenne, IA pour automatiser la saisie comptable, offre de paie : la feuille de route de la fintech après sa série E."),
    ]),
    # ---------------------------------------------- Agicap raises 60 M EUR the same morning (hard negative)
    ("agicap-funding", "fresh81", [
        ("lesechos.fr", "09-08 06:10",
         "Agicap lève 60 millions pour sa gestion de trésorerie",
         "La start-up lyonnaise, qui aide les PME à piloter leur trésorerie, boucle un tour de table auprès de Partech et Bpifrance."),
        ("journaldunet.com", "09-08 14:00",
         "Fintech : le lyonnais Agicap repart en levée",
         "La jeune pousse de la gestion de trésorerie lève 60 millions d'euros, deux ans après sa série C, et vise désormais les ETI."),
        ("usine-digitale.fr", "09-08 11:00",
         "Agicap : 60 M€ pour conquérir les ETI",
         "La fintech lyonnaise de prévision de trésorerie boucle une série D et ouvre des bureaux à Milan et Amsterdam."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, September
    ("patch-tuesday-sept", "fresh81", [
        ("lemondeinformatique.fr", "09-08 19:20",
         "Patch Tuesday de septembre : 84 failles corrigées par Microsoft",
         "Microsoft comble 84 vulnérabilités ce mois-ci, dont deux zero-day activement exploitées dans le composant Windows SMB."),
        ("zdnet.fr", "09-08 21:05",
         "Microsoft corrige deux zero-day en septembre",
         "La mise à jour mensuelle de sécurité de l'éditeur de Redmond colmate 84 failles, dont deux déjà exploitées."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18 Pro
    ("apple-iphone-18", "fresh81", [
        ("frandroid.com", "09-09 18:45",
         "iPhone 18 Pro officiel : Apple mise tout sur la photo et sa puce A20",
         "Apple a présenté mercredi ses iPhone 18 Pro et 18 Pro Max, gravés en 2 nm, avec un capteur principal à ouverture variable, à partir de 1 329 euros."),
        ("01net.com", "09-09 19:30",
         "Prix, date de sortie, nouveautés : tout savoir sur les iPhone 18",
         "Lors de sa keynote de rentrée, la marque à la pomme a levé le voile sur sa nouvelle gamme de smartphones, disponible dès le 18 septembre."),
        ("lesnumeriques.com", "09-10 07:00",
         "Keynote : la firme de Cupertino dévoile ses nouveaux smartphones haut de gamme",
         "Puce A20 Pro, écran plus lumineux, zoom 5x amélioré : les nouveaux modèles Pro arrivent en boutique le 18 septembre."),
    ]),
    # ---------------------------------------------- same keynote: Apple Watch Series 12 (hard negative)
    ("apple-watch-12", "fresh81", [
        ("frandroid.com", "09-09 19:10",
         "Apple Watch Series 12 : la montre d'Apple mesure enfin la tension artérielle",
         "Présentée lors de la keynote de mercredi, la nouvelle Apple Watch ajoute un capteur de pression artérielle et gagne une journée d'autonomie."),
        ("lesnumeriques.com", "09-09 20:00",
         "Keynote Apple : une Apple Watch Series 12 plus endurante",
         "Aux côtés des iPhone, Apple a dévoilé sa nouvelle montre connectée, vendue à partir de 449 euros."),
    ]),
    # ---------------------------------------------- Ledger Flex 2 launch
    ("ledger-flex-2-launch", "fresh81", [
        ("frandroid.com", "09-10 14:00",
         "Ledger Flex 2 officialisé : le portefeuille crypto français passe à l'écran couleur",
         "Ledger dévoile la deuxième génération de son portefeuille matériel Flex, avec un écran E Ink couleur, l'USB-C et une batterie annoncée pour plusieurs semaines, à 279 euros."),
        ("lesnumeriques.com", "09-10 15:30",
         "Ledger Flex 2 : prix, date de sortie et nouveautés du wallet de la licorne parisienne",
         "Le fabricant français de portefeuilles pour cryptomonnaies lance un Flex 2 plus fin, compatible NFC, disponible le 24 septembre."),
        ("clubic.com", "09-10 18:00",
         "Prise en main : nos premières impressions sur le nouveau wallet de Ledger",
         "Nous avons pu manipuler le Flex 2 quelques heures : écran couleur convaincant, finition soignée, mais un prix qui grimpe de 30 euros."),
        ("01net.com", "09-11 09:00",
         "Ledger lance un nouveau portefeuille pour protéger vos cryptos",
         "Le Flex 2 de Ledger promet de sécuriser bitcoins et NFT avec un écran tactile plus grand et une puce sécurisée certifiée."),
    ]),
    # ---------------------------------------------- Verdalia (vertical farming) in receivership
    ("verdalia-redressement", "fresh81", [
        ("lesechos.fr", "09-10 06:00",
         "Fermes verticales : Verdalia placée en redressement judiciaire",
         "La start-up angevine, qui avait levé 180 millions d'euros, demande la protection du tribunal faute d'avoir trouvé de nouveaux investisseurs."),
        ("usine-digitale.fr", "09-10 10:30",
         "L'agtech Verdalia en redressement judiciaire, 220 salariés suspendus à une reprise",
         "Le tribunal des activités économiques d'Angers a ouvert une période d'observation de six mois pour la start-up de culture en intérieur."),
        ("latribune.fr", "09-10 15:45",
         "La chute d'une pépite de l'agritech française",
         "Naguère vitrine de la French Tech verte, le producteur de salades en fermes verticales est placé en redressement judiciaire ; les candidats à la reprise ont jusqu'au 15 octobre."),
    ]),
    # ---------------------------------------------- single: Free Mobile outage
    ("free-mobile-outage", "fresh81", [
        ("01net.com", "09-12 13:30",
         "Panne Free Mobile : appels et SMS perturbés dans toute la France",
         "Depuis la fin de matinée, de nombreux abonnés Free Mobile ne parviennent plus à passer d'appels ; l'opérateur évoque un incident sur son cœur de réseau."),
    ]),
    # ---------------------------------------------- OVHcloud cooling outage in Gravelines, with post-mortem
    ("ovh-outage-gravelines", "fresh81", [
        ("lemagit.fr", "09-14 08:30",
         "OVHcloud : une panne de refroidissement paralyse le site de Gravelines",
         "Une défaillance du système de refroidissement a contraint le champion français du cloud à couper des centaines de baies dans la nuit de dimanche à lundi."),
        ("silicon.fr", "09-14 11:00",
         "Gravelines : des milliers de clients d'OVHcloud privés de serveurs",
         "L'hébergeur roubaisien a dû arrêter une partie de son datacenter du Nord après une surchauffe ; le retour à la normale est annoncé pour la soirée."),
        ("next.ink", "09-15 09:45",
         "Post-mortem : une vanne défectueuse à l'origine de la surchauffe",
         "Dans un rapport publié mardi, OVHcloud explique qu'une vanne bloquée a privé d'eau le circuit de refroidissement d'une salle entière de Gravelines."),
    ]),
    # ---------------------------------------------- Next40 / French Tech 120, 2026 class
    ("next40-2026", "fresh81", [
        ("lesechos.fr", "09-15 06:00",
         "Next40 : huit nouveaux entrants dans la promotion 2026",
         "Le gouvernement dévoile mardi la nouvelle promotion de son indice des start-up les plus prometteuses, qui accueille huit nouveaux venus, dont Pennylane et Orakl."),
        ("bfmtv.com", "09-15 09:20",
         "Voici les 40 start-up françaises les plus prometteuses selon Bercy",
         "Le ministère chargé du numérique a publié la liste 2026 de la vitrine de la French Tech, ainsi que les 80 autres lauréates du French Tech 120."),
        ("usine-digitale.fr", "09-15 11:00",
         "French Tech 120 : la promotion 2026 dévoilée",
         "Au total, 120 jeunes pousses bénéficieront pendant un an de l'accompagnement de l'État ; l'IA et la santé sont les secteurs les plus représentés."),
        ("journaldunet.com", "09-15 14:30",
         "Next40 / FT120 2026 : la liste complète",
         "Découvrez les 120 start-up sélectionnées par la Mission French Tech pour sa promotion 2026, secteur par secteur."),
        ("lemondeinformatique.fr", "09-16 08:00",
         "Next40 : qui entre, qui sort",
         "Sortie de Verdalia, retour de Rekup : décryptage des mouvements dans la promotion 2026 de l'indice de la French Tech."),
    ]),
    # ---------------------------------------------- second OVHcloud incident, three days later, vague on place
    ("ovh-outage-managed", "fresh81", [
        ("lemagit.fr", "09-17 16:20",
         "Nouvel incident chez OVHcloud, des services managés inaccessibles",
         "Trois jours après la panne de refroidissement, une partie des bases de données managées et du stockage objet de l'hébergeur a été indisponible pendant deux heures jeudi."),
        ("01net.com", "09-17 18:00",
         "OVH : encore une panne, des sites hors ligne cet après-midi",
         "Des sites et applications hébergés chez OVHcloud sont restés inaccessibles jeudi après-midi ; l'hébergeur évoque une erreur de configuration réseau."),
    ]),
    # ---------------------------------------------- French Tech Green20 list (hard negative to Next40)
    ("french-tech-green20", "fresh81", [
        ("usine-digitale.fr", "09-17 09:30",
         "French Tech Green20 : les 20 start-up de la transition écologique",
         "Deux jours après le Next40, la Mission French Tech dévoile la troisième promotion de son programme dédié aux jeunes pousses de la décarbonation."),
        ("latribune.fr", "09-17 13:00",
         "Climat : l'État distingue vingt jeunes pousses vertes",
         "Hydrogène, recyclage des batteries, agriculture : la promotion 2026 du Green20 réunit vingt start-up accompagnées pendant un an."),
    ]),
    # ---------------------------------------------- weekly funding roundup, week 38
    ("bfm-levees-w38", "fresh81", [
        ("bfmtv.com", "09-18 17:00",
         "Les levées de fonds de la semaine : Pennylane, Agicap et six autres start-up",
         "Chaque vendredi, le récapitulatif des tours de table de la French Tech : cette semaine, 412 millions d'euros levés par huit start-up."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #38
    ("next-hebdo-38", "fresh81", [
        ("next.ink", "09-19 08:00",
         "Hebdo #38 : OVHcloud, iPhone 18 et Patch Tuesday",
         "Chaque samedi, notre sélection : les deux pannes d'OVHcloud, la keynote d'Apple et les 84 failles corrigées par Microsoft."),
    ]),
    # ---------------------------------------------- French Tech Visa reform
    ("french-tech-visa-reform", "fresh81", [
        ("lesechos.fr", "09-21 06:30",
         "Talents étrangers : le gouvernement simplifie le French Tech Visa",
         "Délais d'instruction réduits à quinze jours, seuil de salaire abaissé : la ministre du Numérique présente une réforme du titre de séjour destiné aux salariés des start-up."),
        ("usine-digitale.fr", "09-21 12:00",
         "French Tech Visa : ce qui change pour les start-up qui recrutent à l'étranger",
         "Le titre de séjour « talent » est étendu aux salariés des PME innovantes et la procédure passe entièrement en ligne."),
    ]),
    # ---------------------------------------------- Thales buys Vaultiq (cyber IAM)
    ("thales-buys-vaultiq", "fresh81", [
        ("lesechos.fr", "09-22 06:45",
         "Thales s'offre la pépite de la cybersécurité Vaultiq",
         "Le groupe de défense rachète pour environ 350 millions d'euros la start-up parisienne spécialisée dans la gestion des identités et des accès."),
        ("lemagit.fr", "09-22 10:00",
         "Gestion des identités : Thales acquiert Vaultiq",
         "Thales met la main sur l'éditeur français de solutions IAM, qui rejoindra sa division cybersécurité et identité numérique ; l'opération doit être finalisée d'ici à la fin de l'année."),
        ("zdnet.fr", "09-22 15:20",
         "Le géant français de la défense rachète un spécialiste de l'IAM",
         "Pour environ 350 millions d'euros, l'industriel renforce son offre de cybersécurité avec la start-up parisienne Vaultiq, fondée en 2019."),
    ]),
    # ---------------------------------------------- Thales buys Orbicell (space) two days later (hard negative)
    ("thales-buys-orbicell", "fresh81", [
        ("latribune.fr", "09-24 07:30",
         "Spatial : Thales rachète la start-up toulousaine Orbicell",
         "Le groupe met la main sur ce spécialiste des panneaux solaires pour nanosatellites, deux jours après l'annonce du rachat de Vaultiq dans la cybersécurité."),
        ("usine-digitale.fr", "09-24 11:45",
         "Thales poursuit ses emplettes avec Orbicell",
         "Nouvelle acquisition pour Thales, qui s'offre la jeune pousse toulousaine Orbicell et ses 60 ingénieurs pour renforcer Thales Alenia Space."),
        ("lesechos.fr", "09-24 14:30",
         "Après Vaultiq, Thales avale Orbicell",
         "Le groupe d'électronique de défense enchaîne un second rachat de start-up en quarante-huit heures, cette fois dans le spatial, pour une trentaine de millions d'euros."),
    ]),
    # ---------------------------------------------- iPhone 18 Wi-Fi bug, two weeks after the keynote
    ("iphone-18-wifi-bug", "fresh81", [
        ("01net.com", "09-24 09:30",
         "Votre iPhone 18 perd le Wi-Fi ? Apple enquête",
         "De nombreux propriétaires des nouveaux iPhone se plaignent de décrochages du Wi-Fi à répétition depuis leur mise en service."),
        ("numerama.com", "09-24 14:10",
         "iPhone 18 : un bug coupe le Wi-Fi, Apple promet une mise à jour",
         "Le smartphone se déconnecte des box Internet toutes les quelques minutes ; iOS 27.0.1 doit corriger le problème."),
    ]),
    # ---------------------------------------------- weekly funding roundup, week 39
    ("bfm-levees-w39", "fresh81", [
        ("bfmtv.com", "09-25 17:00",
         "Les levées de fonds de la semaine : la cybersécurité à l'honneur",
         "Chaque vendredi, le récapitulatif des tours de table de la French Tech : cette semaine, 187 millions d'euros levés par onze start-up."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #39
    ("next-hebdo-39", "fresh81", [
        ("next.ink", "09-26 08:00",
         "Hebdo #39 : Thales, iPhone 18 et visa French Tech",
         "Chaque samedi, notre sélection : les rachats de Thales, le bug Wi-Fi des iPhone 18 et la réforme du visa French Tech."),
    ]),
    # ---------------------------------------------- France Travail data leak (public sector)
    ("france-travail-leak", "fresh81", [
        ("numerama.com", "09-28 09:10",
         "France Travail : une nouvelle fuite de données touche 1,2 million de demandeurs d'emploi",
         "Des pirates ont exploité le compte d'un conseiller pour extraire noms, numéros de sécurité sociale et adresses ; la CNIL a été notifiée."),
        ("01net.com", "09-28 12:00",
         "Fuite de données chez France Travail : comment savoir si vous êtes concerné",
         "L'opérateur public de l'emploi va prévenir par e-mail les 1,2 million de personnes dont les données ont été dérobées ; attention aux tentatives d'hameçonnage."),
        ("lemagit.fr", "09-28 17:20",
         "France Travail : l'attaquant s'est servi d'un accès de conseiller",
         "L'organisme confirme que l'exfiltration des données de 1,2 million d'inscrits est passée par des identifiants volés à un agent, sans double authentification."),
    ]),
    # ---------------------------------------------- Ledger Flex 2 battery drain (bug after the launch)
    ("ledger-flex-2-battery", "fresh81", [
        ("01net.com", "09-29 10:15",
         "Votre Ledger Flex 2 se vide tout seul ? Vous n'êtes pas seul",
         "Des acheteurs du nouveau portefeuille de Ledger constatent que la batterie se décharge en une nuit, même éteint ; le fabricant promet un correctif."),
        ("numerama.com", "09-29 16:40",
         "Ledger reconnaît un problème de batterie sur le Flex 2",
         "Une mise à jour du micrologiciel vide la batterie du portefeuille crypto en quelques heures ; Ledger prépare une nouvelle version."),
    ]),
    # ---------------------------------------------- Bpifrance 1 bn EUR deeptech fund
    ("bpi-fonds-deeptech", "fresh81", [
        ("lesechos.fr", "09-29 06:00",
         "Bpifrance lance un fonds d'un milliard d'euros pour la deeptech",
         "La banque publique d'investissement va participer aux tours de table de plus de 50 millions d'euros des start-up issues de la recherche, pour éviter qu'elles ne partent chercher des fonds aux États-Unis."),
        ("bfmtv.com", "09-29 09:40",
         "Un milliard pour retenir les pépites de la deeptech en France",
         "Bpifrance annonce un nouveau véhicule d'investissement consacré aux start-up du quantique, des semi-conducteurs et des biotechs en phase de croissance."),
        ("usine-digitale.fr", "09-29 14:15",
         "Deeptech : ce que contient le nouveau fonds de la banque publique",
         "Tickets de 20 à 80 millions d'euros, co-investissement avec des fonds privés : les modalités du fonds d'un milliard lancé par Bpifrance."),
    ]),
    # ---------------------------------------------- Station F opens a campus in Marseille
    ("station-f-marseille", "fresh81", [
        ("lesechos.fr", "09-30 07:00",
         "Station F va ouvrir un campus à Marseille",
         "Le campus de start-up fondé par Xavier Niel s'implantera en 2028 dans l'ancienne gare maritime de la Joliette, avec 1 000 postes de travail."),
        ("bfmtv.com", "09-30 12:00",
         "Xavier Niel exporte son incubateur géant dans la cité phocéenne",
         "Après Paris, le plus grand campus de start-up du monde ouvrira un second site, dédié notamment aux jeunes pousses de la mer et de l'énergie."),
    ]),
    # ---------------------------------------------- monthly funding barometer, September
    ("jdn-barometre-sept", "fresh81", [
        ("journaldunet.com", "10-01 08:00",
         "Baromètre des levées de fonds : septembre 2026",
         "Les start-up françaises ont levé 1,1 milliard d'euros en septembre, porté par la série E de Pennylane ; le nombre d'opérations recule de 12 % sur un an."),
    ]),
    # ---------------------------------------------- weekly deals post
    ("clubic-bons-plans-w40", "fresh81", [
        ("clubic.com", "10-02 07:30",
         "Les bons plans du week-end : iPhone 17, Galaxy S26 et aspirateurs robots",
         "Notre sélection des meilleures promotions high-tech du moment, mise à jour chaque vendredi."),
    ]),
    # ---------------------------------------------- ransomware against Brest
    ("ransomware-brest", "fresh81", [
        ("lemagit.fr", "10-05 09:00",
         "Rançongiciel : la ville de Brest paralysée",
         "Les services municipaux et de la métropole de Brest fonctionnent en mode dégradé depuis une attaque par ransomware survenue dans la nuit de samedi à dimanche."),
        ("zdnet.fr", "10-05 13:30",
         "Cyberattaque contre Brest Métropole : les services en ligne coupés",
         "La collectivité bretonne a déconnecté son système d'information après le chiffrement de plusieurs serveurs ; l'état civil fonctionne sur papier."),
        ("numerama.com", "10-06 10:00",
         "Le groupe Qilin revendique l'attaque contre la métropole bretonne",
         "Le gang de rançongiciel menace de publier 300 Go de données volées à Brest si une rançon n'est pas payée."),
    ]),
    # ---------------------------------------------- Rekup (refurbished unicorn) layoffs, 110 jobs
    ("rekup-pse", "fresh81", [
        ("linforme.com", "10-06 06:00",
         "Rekup prépare un plan social d'une centaine de postes",
         "Selon nos informations, la licorne du reconditionné va annoncer aux représentants du personnel la suppression d'environ 110 postes en France, soit 15 % de ses effectifs."),
        ("lesechos.fr", "10-06 09:15",
         "Rekup va supprimer 110 postes, selon L'Informé",
         "Le spécialiste français des smartphones reconditionnés engage un plan de sauvegarde de l'emploi pour retrouver la rentabilité."),
        ("silicon.fr", "10-06 12:00",
         "Layoffs chez Rekup",
         "La plateforme de produits reconditionnés confirme un PSE touchant une centaine de salariés, principalement dans le marketing et les fonctions support."),
        ("bfmtv.com", "10-06 16:30",
         "« Une décision douloureuse » : la patronne de la licorne du reconditionné s'explique",
         "Claire Dumoulin, cofondatrice et directrice générale de Rekup, justifie le plan de 110 suppressions de postes par le ralentissement du marché du smartphone."),
        ("journaldunet.com", "10-07 09:00",
         "Rekup : les équipes concernées par le PSE",
         "Marketing, service client, bureaux de Bordeaux : le détail du plan de sauvegarde de l'emploi annoncé par la licorne du reconditionné."),
    ]),
    # ---------------------------------------------- ransomware against the Sarthe département, next day
    ("ransomware-sarthe", "fresh81", [
        ("lemagit.fr", "10-06 15:40",
         "Le département de la Sarthe frappé à son tour par un rançongiciel",
         "Au lendemain de l'attaque contre Brest, le conseil départemental de la Sarthe a détecté le chiffrement de ses serveurs ; les collèges sont aussi touchés."),
        ("01net.com", "10-07 08:50",
         "Cyberattaque : le conseil départemental de la Sarthe à l'arrêt",
         "Aides sociales, transports scolaires : les services du département tournent au ralenti après une attaque par ransomware."),
    ]),
    # ---------------------------------------------- quarterly VC barometer (EY), not the monthly one
    ("ey-barometre-t3", "fresh81", [
        ("lesechos.fr", "10-07 07:00",
         "Capital-risque : la French Tech a levé 2,9 milliards au troisième trimestre",
         "Selon le baromètre trimestriel d'EY, les start-up françaises ont levé 2,9 milliards d'euros entre juillet et septembre, en baisse de 8 % sur un an."),
    ]),
    # ---------------------------------------------- BIG 2026: 500 M EUR for French Tech Souveraineté
    ("big-fonds-souverainete", "fresh81", [
        ("lesechos.fr", "10-08 08:00",
         "BIG 2026 : l'État promet 500 millions de plus pour la French Tech Souveraineté",
         "En ouverture du rendez-vous annuel de Bpifrance à l'Accor Arena, le ministre de l'Économie annonce un abondement du programme destiné aux technologies stratégiques."),
        ("latribune.fr", "10-08 11:30",
         "Souveraineté technologique : Bercy remet 500 millions au pot",
         "Le gouvernement renforce le dispositif qui finance les start-up de l'IA, du cloud et de la cybersécurité, a annoncé le ministre au BIG."),
        ("bfmtv.com", "10-08 14:00",
         "« Nous ne laisserons pas nos pépites partir » : le ministre de l'Économie au BIG de Bpifrance",
         "Le ministre a annoncé 500 millions d'euros supplémentaires pour les start-up des technologies critiques."),
    ]),
    # ---------------------------------------------- BIG 2026: Bpifrance jobs study, same day (hard negative)
    ("big-etude-emploi", "fresh81", [
        ("journaldunet.com", "10-08 10:30",
         "Les start-up françaises emploient 1,3 million de personnes, selon Bpifrance",
         "Présentée au BIG, l'étude annuelle de la banque publique chiffre les emplois directs et indirects créés par la French Tech, en hausse de 6 % sur un an."),
        ("usine-digitale.fr", "10-08 16:00",
         "BIG 2026 : la French Tech continue de recruter malgré les plans sociaux",
         "Selon l'étude dévoilée par Bpifrance lors de son événement annuel, les start-up ont créé 70 000 emplois nets en un an."),
    ]),
    # ---------------------------------------------- single: Rekup launches home repair (two days after layoffs)
    ("rekup-home-repair", "fresh81", [
        ("frandroid.com", "10-08 10:00",
         "Rekup lance un service de réparation de smartphones à domicile",
         "La plateforme française de reconditionné propose désormais de faire réparer écran et batterie par un technicien qui se déplace, à partir de 59 euros."),
    ]),
    # ---------------------------------------------- single: BIG roundup (covers several announcements)
    ("big-2026-roundup", "fresh81", [
        ("lemondeinformatique.fr", "10-09 09:00",
         "BIG 2026 : ce qu'il faut retenir de la grand-messe de Bpifrance",
         "500 millions pour la souveraineté, 1,3 million d'emplois, prêt IA en préparation : le résumé de la journée à l'Accor Arena."),
    ]),
    # ---------------------------------------------- weekly deals post, next week
    ("clubic-bons-plans-w41", "fresh81", [
        ("clubic.com", "10-09 07:30",
         "Les bons plans du week-end : Pixel 10, MacBook Air et écouteurs sans fil",
         "Notre sélection des meilleures promotions high-tech du moment, mise à jour chaque vendredi."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, October
    ("patch-tuesday-oct", "fresh81", [
        ("lemondeinformatique.fr", "10-13 19:15",
         "Patch Tuesday d'octobre : Microsoft colmate 103 vulnérabilités",
         "Le lot de correctifs d'octobre corrige 103 failles, dont une zero-day dans le pilote de journalisation de Windows."),
        ("silicon.fr", "10-14 08:30",
         "Patch Tuesday : une zero-day et 103 failles au menu d'octobre",
         "Le géant de Redmond a publié mardi ses correctifs mensuels, qui concernent notamment Windows, Office et Exchange Server."),
    ]),
    # ---------------------------------------------- Rekup co-founder leaves, a week after the layoffs
    ("rekup-cofounder-leaves", "fresh81", [
        ("lesechos.fr", "10-13 07:00",
         "Rekup : le cofondateur Mathieu Ferrand quitte l'entreprise",
         "Une semaine après l'annonce d'un plan social, le directeur produit et cofondateur de la licorne du reconditionné annonce son départ pour « se consacrer à de nouveaux projets »."),
        ("bfmtv.com", "10-13 12:30",
         "Départ surprise d'un cofondateur chez Rekup",
         "Mathieu Ferrand, qui avait fondé la plateforme avec Claire Dumoulin en 2015, quitte le conseil d'administration et ses fonctions opérationnelles."),
    ]),
    # ---------------------------------------------- single: Cellvox biotech round
    ("cellvox-funding", "fresh81", [
        ("usine-digitale.fr", "10-14 09:00",
         "Biotech : Cellvox lève 75 millions d'euros pour ses thérapies cellulaires",
         "La start-up lyonnaise, issue de l'Inserm, financera l'essai de phase 2 de son traitement contre le lymphome."),
    ]),
    # ---------------------------------------------- single: Doctolib AI note-taking, same day as Mediloc fine
    ("doctolib-ai-assistant", "fresh81", [
        ("usine-digitale.fr", "10-15 09:30",
         "Doctolib lance un assistant IA de prise de notes pour les médecins",
         "Le géant français de la prise de rendez-vous médicaux déploie un outil qui rédige le compte rendu de consultation à partir de l'enregistrement de l'échange."),
    ]),
    # ---------------------------------------------- CNIL fines Mediloc (teleconsultation) 4 M EUR
    ("mediloc-cnil-fine", "fresh81", [
        ("next.ink", "10-15 10:00",
         "La CNIL inflige 4 millions d'euros d'amende à Mediloc",
         "Le gendarme des données personnelles sanctionne la start-up de téléconsultation pour avoir partagé des données de santé avec des régies publicitaires."),
        ("numerama.com", "10-15 13:20",
         "Téléconsultation : vos données de santé partaient chez des publicitaires",
         "Mediloc transmettait à des partenaires publicitaires des informations sur les spécialités consultées par ses patients ; la CNIL prononce une amende de 4 millions d'euros."),
        ("zdnet.fr", "10-15 16:45",
         "Mediloc sanctionnée par la CNIL",
         "4 millions d'euros d'amende pour la plateforme de téléconsultation, épinglée pour des traceurs publicitaires sur ses pages patients."),
    ]),
    # ---------------------------------------------- Nimbus Play (cloud gaming) safeguard procedure
    ("nimbus-play-sauvegarde", "fresh81", [
        ("lesechos.fr", "10-19 07:00",
         "Cloud gaming : Nimbus Play se place sous procédure de sauvegarde",
         "La start-up française de jeu vidéo en streaming demande au tribunal de geler ses dettes le temps de renégocier avec ses créanciers, après l'échec d'une levée de fonds."),
        ("clubic.com", "10-19 14:00",
         "Nimbus Play en procédure de sauvegarde : que deviennent les abonnements ?",
         "Le service de cloud gaming assure que les abonnés peuvent continuer à jouer normalement pendant la période d'observation de six mois."),
    ]),
    # ---------------------------------------------- Kyvra raises 200 M EUR and becomes a unicorn
    ("kyvra-unicorn", "fresh81", [
        ("lesechos.fr", "10-20 06:00",
         "Cybersécurité : Kyvra lève 200 millions et devient licorne",
         "La start-up parisienne de détection des cyberattaques par IA est valorisée 1,2 milliard d'euros à l'issue d'un tour de table mené par Accel et Bpifrance."),
        ("bfmtv.com", "10-20 09:00",
         "La France tient une nouvelle licorne",
         "Valorisée plus d'un milliard d'euros après un tour de table de 200 millions, la pépite de la cybersécurité Kyvra rejoint le club très fermé."),
        ("lemagit.fr", "10-20 11:30",
         "Kyvra : 200 M€ pour industrialiser son SOC autonome",
         "L'éditeur français, dont la plateforme automatise le tri des alertes de sécurité, compte recruter 300 personnes et s'attaquer au marché américain."),
        ("numerama.com", "10-20 17:00",
         "Qui est Kyvra, la nouvelle licorne française de la cybersécurité ?",
         "Fondée en 2021 par deux anciens de l'ANSSI, la start-up vient de lever 200 millions d'euros ; portrait d'une ascension éclair."),
    ]),
    # ---------------------------------------------- single: Pennylane buys a payroll firm, 6 weeks after its round
    ("pennylane-buys-salarium", "fresh81", [
        ("journaldunet.com", "10-21 10:00",
         "Pennylane rachète la start-up de paie Salarium",
         "Six semaines après sa levée de 250 millions d'euros, le spécialiste du logiciel comptable s'offre un éditeur de logiciel de paie pour compléter son offre aux PME."),
    ]),
    # ---------------------------------------------- Verdalia liquidated, six weeks after receivership
    ("verdalia-liquidation", "fresh81", [
        ("lesechos.fr", "10-22 07:10",
         "Faute de repreneur, Verdalia placée en liquidation judiciaire",
         "Aucune offre n'ayant été jugée sérieuse, le tribunal a prononcé la liquidation de la start-up de fermes verticales ; 220 salariés seront licenciés."),
        ("bfmtv.com", "10-22 11:00",
         "Fin de partie pour Verdalia, la start-up des fermes verticales",
         "Six semaines après son placement en redressement judiciaire, la jeune pousse angevine est liquidée."),
        ("usine-digitale.fr", "10-22 14:30",
         "Verdalia liquidée : l'agtech française perd l'un de ses symboles",
         "Le tribunal d'Angers a prononcé jeudi la liquidation judiciaire de Verdalia, qui n'a pas trouvé de repreneur pour ses trois fermes verticales."),
    ]),
    # ---------------------------------------------- Orakl (AI start-up) founder-CEO steps down
    ("orakl-ceo-leaves", "fresh81", [
        ("lesechos.fr", "10-27 06:30",
         "Orakl : le fondateur Antoine Kessler quitte la direction générale",
         "Le cofondateur de la start-up d'IA générative cède son fauteuil de directeur général à la directrice des opérations, sur fond de désaccord avec les investisseurs."),
        ("usine-digitale.fr", "10-27 10:10",
         "Coup de tonnerre chez Orakl, dont le PDG fondateur s'en va",
         "Antoine Kessler, qui avait fondé la pépite de l'IA en 2023, quitte ses fonctions opérationnelles et reste administrateur."),
        ("bfmtv.com", "10-27 15:00",
         "IA : le patron d'une des start-up les plus en vue de la French Tech jette l'éponge",
         "Le fondateur d'Orakl, valorisée 2 milliards d'euros, quitte la direction de l'entreprise moins d'un an après une levée record."),
        ("lemondeinformatique.fr", "10-28 08:40",
         "Départ du fondateur d'Orakl : les dessous d'une rupture",
         "Désaccords sur l'ouverture des modèles et sur le rythme des dépenses en calcul : ce qui a précipité la sortie d'Antoine Kessler."),
    ]),
    # ---------------------------------------------- Orange Q3 revenue
    ("orange-q3", "fresh81", [
        ("lesechos.fr", "10-28 07:00",
         "Orange : le chiffre d'affaires progresse de 1,2 % au troisième trimestre",
         "L'opérateur historique profite de la croissance en Afrique et au Moyen-Orient, mais la France reste stable, à 4,4 milliards d'euros."),
        ("bfmtv.com", "10-28 10:00",
         "L'opérateur historique confirme ses objectifs annuels",
         "Porté par l'Afrique, Orange affiche un chiffre d'affaires de 10,1 milliards d'euros au troisième trimestre."),
    ]),
    # ---------------------------------------------- Bouygues Telecom Q3, same day (hard negative)
    ("bouygues-telecom-q3", "fresh81", [
        ("lesechos.fr", "10-28 18:30",
         "Bouygues Telecom gagne 150 000 abonnés mobiles au troisième trimestre",
         "La filiale télécoms du groupe Bouygues voit son chiffre d'affaires augmenter de 2 %, portée par la fibre."),
        ("zdnet.fr", "10-29 08:00",
         "Résultats : Bouygues Telecom continue de recruter dans la fibre",
         "L'opérateur revendique 5,4 millions d'abonnés fixes fin septembre et un chiffre d'affaires en hausse de 2 % au troisième trimestre."),
    ]),
    # ---------------------------------------------- Orakl launches Orakl-3, two days after the departure
    ("orakl-3-launch", "fresh81", [
        ("usine-digitale.fr", "10-29 09:00",
         "Orakl dévoile Orakl-3, son modèle pour les entreprises",
         "Deux jours après le départ de son fondateur, la start-up française présente un nouveau grand modèle de langage spécialisé dans la finance et le droit."),
        ("numerama.com", "10-29 14:30",
         "Orakl-3 : la start-up française d'IA lance son nouveau modèle",
         "Le modèle, disponible via API et en déploiement sur site, revendique des performances proches de GPT-5 sur les tâches juridiques."),
    ]),
    # ---------------------------------------------- monthly funding barometer, October
    ("jdn-barometre-oct", "fresh81", [
        ("journaldunet.com", "11-02 08:00",
         "Baromètre des levées de fonds : octobre 2026",
         "Les start-up françaises ont levé 980 millions d'euros en octobre, portées par le tour de table de Kyvra ; la deeptech représente un tiers des montants."),
    ]),
    # ---------------------------------------------- Quantiq announces its IPO
    ("quantiq-ipo-intention", "fresh81", [
        ("lesechos.fr", "11-02 07:00",
         "Quantiq annonce son entrée en Bourse sur Euronext Growth",
         "La start-up grenobloise de l'informatique quantique vise une levée d'environ 150 millions d'euros, la plus grosse introduction de la tech française depuis 2021."),
        ("latribune.fr", "11-02 12:30",
         "Le quantique français tente sa chance en Bourse",
         "Quantiq lance son projet d'introduction à Paris ; la première cotation est attendue pour le 19 novembre."),
    ]),
    # ---------------------------------------------- Bpifrance AI loan for SMEs (hard negative to the deeptech fund)
    ("bpi-pret-ia", "fresh81", [
        ("journaldunet.com", "11-03 10:00",
         "Bpifrance lance un prêt pour financer l'IA dans les PME",
         "Le nouveau « prêt IA » de la banque publique, de 50 000 à 2 millions d'euros, doit aider les PME et ETI à déployer des projets d'intelligence artificielle."),
        ("lemondeinformatique.fr", "11-03 15:30",
         "Un prêt sans garantie de Bpifrance pour les projets d'IA",
         "Bpifrance met 500 millions d'euros sur la table pour financer, sans garantie personnelle, l'adoption de l'IA générative par les PME françaises."),
    ]),
    # ---------------------------------------------- single: Quantiq unveils a processor during its IPO
    ("quantiq-processor", "fresh81", [
        ("usine-digitale.fr", "11-04 09:00",
         "Quantiq présente un processeur quantique de 128 qubits",
         "En pleine introduction en Bourse, la start-up grenobloise dévoile la nouvelle génération de sa puce à atomes neutres, disponible en 2027 pour ses clients cloud."),
    ]),
    # ---------------------------------------------- Kardia (e-health) layoffs
    ("kardia-layoffs", "fresh81", [
        ("linforme.com", "11-04 06:00",
         "Kardia : la start-up de l'e-santé se sépare de 40 salariés",
         "Selon nos informations, l'application de suivi cardiaque va licencier près d'un quart de ses effectifs après l'échec de sa série B."),
        ("journaldunet.com", "11-04 13:00",
         "E-santé : Kardia réduit la voilure",
         "La start-up parisienne confirme la suppression de 40 postes et recentre son activité sur les contrats avec les mutuelles."),
    ]),
    # ---------------------------------------------- Mealo (meal delivery) layoffs, same day (hard negative)
    ("mealo-layoffs", "fresh81", [
        ("bfmtv.com", "11-04 09:30",
         "Livraison de repas : Mealo supprime 60 emplois",
         "La start-up française de repas livrés aux entreprises ferme ses cuisines de Lille et de Nantes et se sépare de 60 salariés."),
        ("lesechos.fr", "11-04 16:00",
         "Mealo se replie sur Paris et licencie",
         "Faute de rentabilité en régions, la jeune pousse de la restauration d'entreprise supprime une soixantaine de postes."),
    ]),
    # ---------------------------------------------- single: SNCF Connect outage
    ("sncf-connect-outage", "fresh81", [
        ("01net.com", "11-06 08:20",
         "SNCF Connect en panne, impossible de réserver un billet",
         "L'application et le site de la SNCF sont inaccessibles depuis tôt ce matin, en plein départ en week-end."),
    ]),
    # ---------------------------------------------- Ubisoft cuts 180 jobs in France
    ("ubisoft-layoffs", "fresh81", [
        ("lesechos.fr", "11-09 07:00",
         "Ubisoft supprime 180 postes dans ses studios français",
         "L'éditeur de jeux vidéo annonce une rupture conventionnelle collective à Paris, Montpellier et Annecy, dans le cadre de son plan d'économies."),
        ("lesnumeriques.com", "11-09 15:20",
         "Rupture conventionnelle collective chez l'éditeur d'Assassin's Creed",
         "Les studios de Montpellier, d'Annecy et de Paris perdront ensemble 180 salariés, a annoncé lundi la direction du groupe."),
        ("clubic.com", "11-09 12:00",
         "Ubisoft : 180 postes menacés en France",
         "Le géant français du jeu vidéo poursuit sa cure d'austérité et touche cette fois ses studios hexagonaux."),
    ]),
    # ---------------------------------------------- BNP Paribas buys Payflow
    ("bnp-buys-payflow", "fresh81", [
        ("lesechos.fr", "11-10 06:00",
         "BNP Paribas rachète la fintech Payflow",
         "La banque met la main pour environ 400 millions d'euros sur la start-up parisienne spécialiste des paiements entre entreprises, qui conservera sa marque."),
        ("latribune.fr", "11-10 10:30",
         "La première banque de la zone euro s'offre une pépite des paiements B2B",
         "Pour environ 400 millions d'euros, BNP Paribas acquiert Payflow, qui traite 20 milliards d'euros de flux par an pour 15 000 PME."),
        ("journaldunet.com", "11-10 14:00",
         "Payflow racheté : pourquoi BNP Paribas a craqué",
         "Rapprochement automatique des factures, clientèle de PME : ce que la banque cherche dans le rachat de la start-up de paiements B2B."),
    ]),
    # ---------------------------------------------- single: Microsoft Patch Tuesday, November
    ("patch-tuesday-nov", "fresh81", [
        ("lemondeinformatique.fr", "11-10 19:10",
         "Patch Tuesday de novembre : 66 correctifs, dont trois zero-day",
         "Microsoft corrige ce mois-ci 66 vulnérabilités, dont trois déjà exploitées dans Windows et le moteur de rendu MSHTML."),
    ]),
    # ---------------------------------------------- strike at Ubisoft three days after the layoffs
    ("ubisoft-strike", "fresh81", [
        ("next.ink", "11-12 10:00",
         "Grève chez Ubisoft : les studios français débraient",
         "À l'appel du STJV et de Solidaires Informatique, des salariés de Paris, Montpellier et Annecy ont cessé le travail jeudi pour protester contre les suppressions de postes."),
        ("numerama.com", "11-12 15:00",
         "« On ne fera pas le crunch de trop » : les salariés d'Ubisoft en grève",
         "Plusieurs centaines de développeurs de l'éditeur français se sont mobilisés contre le plan de départs annoncé lundi."),
    ]),
    # ---------------------------------------------- weekly funding roundup, week 46
    ("bfm-levees-w46", "fresh81", [
        ("bfmtv.com", "11-13 17:00",
         "Les levées de fonds de la semaine : la deeptech en tête",
         "Chaque vendredi, le récapitulatif des tours de table de la French Tech : cette semaine, 245 millions d'euros levés, dont la moitié par des start-up deeptech."),
    ]),
    # ---------------------------------------------- Kyvra's first acquisition, a month after becoming a unicorn
    ("kyvra-buys-sentrion", "fresh81", [
        ("lemagit.fr", "11-17 09:30",
         "Kyvra rachète l'allemand Sentrion pour s'étendre outre-Rhin",
         "Un mois après être devenue licorne, la start-up française de cybersécurité acquiert un spécialiste berlinois de la sécurité des environnements industriels."),
        ("lesechos.fr", "11-17 12:00",
         "Kyvra fait sa première acquisition",
         "La licorne française de la détection des cybermenaces s'offre la start-up berlinoise Sentrion, pour un montant non communiqué."),
        ("zdnet.fr", "11-18 08:15",
         "Sécurité industrielle : Kyvra met la main sur Sentrion",
         "Avec ce rachat, la jeune licorne parisienne ajoute la protection des automates et des réseaux OT à sa plateforme de détection."),
    ]),
    # ---------------------------------------------- Altice signs the sale of SFR
    ("altice-sfr-sale", "fresh81", [
        ("lesechos.fr", "11-18 06:30",
         "Altice signe la vente de SFR à ses trois concurrents",
         "Orange, Bouygues Telecom et Free se partagent les actifs de l'opérateur au carré rouge pour 17 milliards d'euros, sous réserve du feu vert des autorités."),
        ("bfmtv.com", "11-18 09:00",
         "L'opérateur au carré rouge va être démantelé",
         "Patrick Drahi a signé l'accord de cession de SFR à Orange, Bouygues Telecom et Iliad ; le marché français reviendra à trois opérateurs."),
        ("01net.com", "11-18 13:40",
         "Vente de SFR : ce qui va changer pour les abonnés",
         "Répartition des clients, avenir des forfaits RED, calendrier : les réponses à vos questions après l'accord de cession."),
    ]),
    # ---------------------------------------------- single: Nvidia quarterly results
    ("nvidia-q3", "fresh81", [
        ("lesechos.fr", "11-19 06:00",
         "Nvidia pulvérise encore les attentes au troisième trimestre",
         "Le concepteur de puces pour l'IA affiche un chiffre d'affaires de 68 milliards de dollars, porté par ses processeurs Rubin."),
    ]),
    # ---------------------------------------------- Quantiq's first trading day
    ("quantiq-first-listing", "fresh81", [
        ("lesechos.fr", "11-19 17:45",
         "Quantiq bondit de 18 % pour sa première séance en Bourse",
         "La start-up grenobloise a levé 162 millions d'euros ; son titre a clôturé à 14,20 euros, contre 12 euros lors de l'introduction."),
        ("bfmtv.com", "11-19 18:30",
         "Premier jour réussi à la Bourse de Paris pour Quantiq",
         "Valorisée plus d'un milliard d'euros au terme de sa première séance, la pépite du quantique fait mieux que prévu."),
        ("latribune.fr", "11-20 08:00",
         "Une cotation qui rassure la French Tech",
         "Le succès de l'introduction en Bourse de Quantiq pourrait rouvrir la porte du marché aux autres pépites françaises."),
    ]),
    # ---------------------------------------------- EU fines Apple under the DMA (with same-day appeal announcement)
    ("eu-dma-fine-apple", "fresh81", [
        ("lemondeinformatique.fr", "11-24 10:00",
         "DMA : Bruxelles inflige 900 millions d'euros d'amende à Apple",
         "La Commission européenne sanctionne la firme de Cupertino pour avoir entravé les boutiques d'applications concurrentes sur iOS."),
        ("numerama.com", "11-24 13:00",
         "Apple écope d'une nouvelle amende européenne",
         "900 millions d'euros : c'est le montant de la sanction infligée au fabricant de l'iPhone au titre du Digital Markets Act."),
        ("frandroid.com", "11-24 17:00",
         "Apple va contester",
         "Le groupe a immédiatement annoncé faire appel de la sanction de 900 millions d'euros prononcée par Bruxelles, qu'il juge « injuste »."),
    ]),
    # ---------------------------------------------- single: Hugging Face opens a Lyon lab
    ("hugging-face-lyon", "fresh81", [
        ("usine-digitale.fr", "11-25 09:00",
         "Hugging Face ouvre un centre de recherche à Lyon",
         "La plateforme franco-américaine de l'IA ouverte recrutera 50 chercheurs dans la capitale des Gaules d'ici à 2028."),
    ]),
    # ---------------------------------------------- Mediloc appeals its CNIL fine, six weeks later
    ("mediloc-appeal", "fresh81", [
        ("next.ink", "11-26 11:00",
         "Mediloc conteste son amende devant le Conseil d'État",
         "La start-up de téléconsultation a déposé un recours contre la sanction de 4 millions d'euros prononcée par la CNIL en octobre, qu'elle juge disproportionnée."),
        ("lesechos.fr", "11-26 15:00",
         "Amende CNIL : Mediloc saisit le Conseil d'État",
         "La plateforme de téléconsultation demande l'annulation de la sanction et la suspension de la publicité de la décision."),
        ("zdnet.fr", "11-27 09:00",
         "Mediloc fait appel",
         "La plateforme de téléconsultation attaque devant la plus haute juridiction administrative l'amende de la CNIL."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
