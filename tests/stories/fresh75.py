"""Labelled French tech-news articles grouped by event: the 75th fresh labelled set, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh75".
Theme: mostly IT services firms (ESN) and consulting (Capgemini, Atos/Eviden, Sopra Steria, CGI,
Accenture, Alten, Inetum), the rest any French tech news.
Positives: a title naming the firm only by periphrasis ("le numéro un français des services
informatiques", "l'ex-GFI", "l'opérateur historique", "l'opérateur au carré rouge"), an English word
title ("Layoffs chez Capgemini France"), syndicated stories ("selon L'Informé", "selon Les Echos"),
a title naming only the boss ("pari d'Aiman Ezzat"), a quote as title, next-day details, explainers
("ce que prévoit", "ce que ça change"), a post-mortem, a stock-market reaction the next day, union
reaction the next day, a firm's denial the next day, a hands-on test, digits vs words
("1 200" / « plus d'un millier »).
Hard negatives: Capgemini RCC scoop, then a strike nine days later, then the RCC agreement signed
seven weeks later; Atos PSE, then the union reaction (same event), then a strike two days later
(another event); Atos and Inetum social plans on the same day; Atos annual revenue (January) vs
Atos annual results (March); Alten annual revenue vs Alten annual results; Capgemini, Sopra Steria
and Alten annual results within two weeks; Eviden's NATO contract vs its European Commission
contract two days later; Atos DGA contract; Sopra Steria's state HR-system contract, its Justice
contract four days later and its France Travail contract in March; CGI's Urssaf contract vs CGI's
hiring plan the day before vs Capgemini's Cnaf contract; Capgemini's Lyon acquisition vs its US
acquisition a month later vs its Mistral AI partnership; Accenture France RCC vs Accenture's French
acquisition two days later vs Accenture's quarterly results with worldwide cuts; Numeum's market
forecast the day after Capgemini's RCC; Apec study on ESN jobs; weekly roundups with identical
titles (silicon.fr "ESN : ce qu'il fallait retenir", Next Hebdo, Frandroid weekend deals); two OVHcloud
outages three days apart (the second vague about place); ransomware at two hospitals two days
apart; three Patch Tuesdays; Galaxy S26 vs Galaxy Buds 4 at one keynote vs the S26 battery bug three
weeks later; iOS 26.3 release vs its Wi-Fi bug three days later; CNIL fine vs the appeal seven weeks
later; two funding rounds of two start-ups on the same morning.
`build` fixes the year 2026; times are UTC, January to March 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 1.000, recall 0.921 (1.000 / 0.921 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Sopra Steria reorganises its French management
    ("sopra-reorg-france", "fresh75", [
        ("lemagit.fr", "01-05 10:00",
         "Sopra Steria réorganise sa direction France",
         "L'ESN regroupe ses activités françaises en trois grandes divisions sectorielles — secteur public, défense et services financiers — à compter du 1er février."),
    ]),
    # ---------------------------------------------- OVHcloud outage at Gravelines
    ("ovh-panne-gravelines", "fresh75", [
        ("lemagit.fr", "01-06 08:30",
         "OVHcloud : panne de plusieurs heures à Gravelines",
         "Un incident sur le système de refroidissement d'un des datacenters de Gravelines a contraint l'hébergeur à couper des milliers de serveurs dans la nuit de lundi à mardi."),
        ("01net.com", "01-06 11:00",
         "Des milliers de sites inaccessibles à cause d'une panne chez OVH",
         "Le premier hébergeur européen a subi une surchauffe dans un datacenter du Nord ; les services sont progressivement rétablis."),
        ("silicon.fr", "01-07 09:20",
         "Gravelines : OVHcloud publie son post-mortem",
         "Une vanne défectueuse du circuit de refroidissement par eau est à l'origine de l'incident ; OVHcloud promet des compensations à ses clients."),
    ]),
    # ---------------------------------------------- a second, unrelated OVHcloud outage (network), three days later
    ("ovh-panne-routage", "fresh75", [
        ("next.ink", "01-09 14:10",
         "Nouvelle panne chez OVHcloud",
         "Trois jours après l'incident de Gravelines, des clients de l'hébergeur roubaisien signalent à nouveau des services inaccessibles, cette fois à cause d'un problème de routage."),
        ("clubic.com", "01-09 16:30",
         "OVH de nouveau en panne : des sites inaccessibles ce vendredi",
         "Une erreur de configuration réseau a perturbé pendant une heure l'accès à de nombreux services hébergés par OVHcloud."),
    ]),
    # ---------------------------------------------- Atos wins a DGA (army) contract
    ("atos-contrat-dga", "fresh75", [
        ("latribune.fr", "01-08 08:00",
         "Atos décroche un contrat de 200 millions d'euros auprès de la DGA",
         "La Direction générale de l'armement confie au groupe informatique la modernisation des systèmes de commandement de l'armée de Terre pour huit ans."),
        ("zdnet.fr", "01-08 14:30",
         "Défense : Atos modernisera les systèmes de commandement de l'armée de Terre",
         "Le contrat, d'une durée de huit ans, porte sur la refonte et le maintien en condition opérationnelle des SI de commandement."),
    ]),
    # ---------------------------------------------- Bain Capital in exclusive talks to sell Inetum to EQT
    ("inetum-vente-eqt", "fresh75", [
        ("lesechos.fr", "01-12 06:30",
         "Bain Capital entre en négociations exclusives pour céder Inetum",
         "Le fonds américain, propriétaire de l'ESN depuis 2022, négocie avec le suédois EQT une vente valorisant Inetum environ 2 milliards d'euros, dette comprise."),
        ("latribune.fr", "01-12 10:00",
         "L'ex-GFI s'apprête à changer de mains",
         "Le fonds EQT serait en passe de racheter l'ESN française à Bain Capital pour environ 2 milliards d'euros, selon Les Echos."),
        ("bfmtv.com", "01-12 12:30",
         "Inetum bientôt racheté par EQT pour 2 milliards d'euros",
         "Le fonds suédois est entré en négociations exclusives avec Bain Capital pour reprendre l'ESN de 27 000 salariés."),
        ("lemagit.fr", "01-12 15:20",
         "Inetum : EQT en pole position pour le rachat",
         "Le fonds suédois a obtenu l'exclusivité des discussions avec Bain Capital ; l'opération doit encore être soumise aux instances représentatives du personnel."),
    ]),
    # ---------------------------------------------- Patch Tuesday, January
    ("patch-tuesday-janvier", "fresh75", [
        ("lemondeinformatique.fr", "01-13 19:30",
         "Patch Tuesday de janvier : Microsoft corrige 98 vulnérabilités",
         "Le premier lot de correctifs de l'année comble 98 failles, dont trois zero-day, notamment dans Hyper-V."),
        ("zdnet.fr", "01-13 21:10",
         "Microsoft : trois failles zero-day corrigées en janvier",
         "La mise à jour de sécurité mensuelle de Microsoft colmate 98 vulnérabilités, dont trois activement exploitées."),
    ]),
    # ---------------------------------------------- unions accuse Alten of pushing bench staff out (+ denial)
    ("alten-intercontrat", "fresh75", [
        ("next.ink", "01-14 09:00",
         "Chez Alten, les ingénieurs en intercontrat poussés vers la sortie",
         "Témoignages à l'appui, des salariés du leader du conseil en ingénierie décrivent des entretiens répétés et des missions lointaines proposées pour obtenir leur démission."),
        ("lemondeinformatique.fr", "01-14 14:40",
         "Alten accusé de licenciements déguisés par les syndicats",
         "La CGT et la CFE-CGC dénoncent une hausse des ruptures pour « insuffisance professionnelle » visant les consultants sans mission."),
        ("silicon.fr", "01-15 10:00",
         "Intercontrat : Alten dément toute politique de départs forcés",
         "La direction du spécialiste de l'ingénierie externalisée répond aux accusations syndicales et affirme que le taux d'intercontrat est revenu sous 8 %."),
    ]),
    # ---------------------------------------------- Sopra Steria wins the state's interministerial HR / payroll system
    ("sopra-sirh-etat", "fresh75", [
        ("lemondeinformatique.fr", "01-15 08:20",
         "Sopra Steria décroche le futur SIRH de l'État",
         "La Direction interministérielle du numérique a retenu l'ESN pour bâtir le système d'information RH commun à l'ensemble des ministères, un marché estimé à 350 millions d'euros sur dix ans."),
        ("next.ink", "01-15 12:00",
         "Après Louvois, Sopra Steria reprend la main sur la paie des agents publics",
         "Quinze ans après le fiasco du logiciel de solde des militaires, l'ESN héritière de Steria est choisie pour construire le nouveau système RH et paie des fonctionnaires."),
        ("journaldunet.com", "01-15 17:30",
         "L'État confie la paie et la RH de ses 2,5 millions d'agents à une ESN",
         "La Dinum a désigné le lauréat du marché du SIRH interministériel : Sopra Steria, déjà éditeur du logiciel HR Access utilisé par plusieurs ministères."),
        ("usine-digitale.fr", "01-16 09:10",
         "SIRH interministériel : pourquoi la Dinum a choisi Sopra Steria",
         "Coût, souveraineté et reprise de l'existant : les raisons du choix de l'État, qui prévoit un déploiement progressif à partir de 2028."),
    ]),
    # ---------------------------------------------- another Sopra Steria public contract, four days later: Justice
    ("sopra-justice-tma", "fresh75", [
        ("lemagit.fr", "01-19 09:30",
         "Sopra Steria retenu pour moderniser l'informatique de la Justice",
         "Le ministère de la Justice confie à l'ESN la tierce maintenance applicative de ses logiciels de procédure pénale, pour 90 millions d'euros sur cinq ans."),
        ("journaldunet.com", "01-19 15:10",
         "Procédure pénale numérique : le ministère de la Justice choisit Sopra Steria",
         "Le marché couvre la maintenance et l'évolution des applications utilisées par les greffes et les juridictions."),
    ]),
    # ---------------------------------------------- CNIL fines Bouygues Telecom
    ("cnil-amende-bouygues", "fresh75", [
        ("numerama.com", "01-15 10:30",
         "La CNIL inflige 15 millions d'euros d'amende à Bouygues Telecom",
         "Le gendarme des données personnelles sanctionne l'opérateur pour des manquements à la sécurité ayant permis une fuite de données de 6,4 millions de clients en 2025."),
        ("01net.com", "01-15 12:45",
         "Fuite de données : Bouygues Telecom lourdement sanctionné",
         "La CNIL reproche à l'opérateur de ne pas avoir protégé les accès de ses conseillers, exploités par des pirates pour aspirer des fichiers clients."),
        ("zdnet.fr", "01-15 16:20",
         "Sanction record pour Bouygues Telecom",
         "Les 15 millions d'euros d'amende prononcés par la CNIL constituent la plus lourde sanction infligée à un opérateur télécom français."),
    ]),
    # ---------------------------------------------- Bouygues Telecom appeals the CNIL fine, seven weeks later
    ("bouygues-recours-cnil", "fresh75", [
        ("numerama.com", "03-09 09:00",
         "Bouygues Telecom conteste son amende devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction de 15 millions d'euros prononcée en janvier par la CNIL, qu'il juge disproportionnée."),
        ("lefigaro.fr", "03-09 14:30",
         "Amende de la CNIL : Bouygues Telecom saisit le Conseil d'État",
         "Le groupe estime avoir été lui-même victime d'une attaque sophistiquée et demande l'annulation de la sanction."),
    ]),
    # ---------------------------------------------- Capgemini France RCC (voluntary departures), scoop + detail
    ("capgemini-rcc-france", "fresh75", [
        ("linforme.com", "01-20 06:15",
         "Capgemini France prépare le départ de 2 400 salariés",
         "Selon nos informations, l'ESN va présenter jeudi aux syndicats un projet de rupture conventionnelle collective visant près de 2 400 postes dans l'Hexagone, soit environ 7 % de ses effectifs français."),
        ("lemondeinformatique.fr", "01-20 09:40",
         "Capgemini envisage une rupture conventionnelle collective en France",
         "L'ESN française compte réduire ses effectifs de 2 400 personnes en France par le biais de départs volontaires, selon L'Informé. La direction invoque le ralentissement de la demande en conseil."),
        ("silicon.fr", "01-20 11:05",
         "Layoffs chez Capgemini France",
         "Environ 2 400 postes seraient concernés par un plan de départs volontaires dans la filiale française du groupe, qui souffre d'un taux d'intercontrat élevé."),
        ("lesechos.fr", "01-20 14:30",
         "Le numéro un français des services informatiques va réduire ses effectifs hexagonaux",
         "Le groupe dirigé par Aiman Ezzat veut se séparer de quelque 2 400 salariés en France via des départs volontaires, une première depuis sa création en 1967."),
        ("lemagit.fr", "01-21 08:30",
         "Capgemini : ce que prévoit le projet de RCC",
         "Métiers visés, indemnités, calendrier : le détail du plan de départs volontaires qui doit concerner environ 2 400 collaborateurs de l'ESN en France."),
    ]),
    # ---------------------------------------------- Free launches a new entry-level box
    ("free-freebox-pop-s", "fresh75", [
        ("frandroid.com", "01-20 09:00",
         "Free lance la Freebox Pop S, sa box Wi-Fi 7 à petit prix",
         "L'opérateur de Xavier Niel renouvelle son offre d'entrée de gamme avec une box compatible Wi-Fi 7, à 29,99 euros par mois la première année."),
    ]),
    # ---------------------------------------------- Numeum market forecast for 2026, the day after Capgemini's RCC
    ("numeum-previsions-2026", "fresh75", [
        ("lemondeinformatique.fr", "01-21 10:00",
         "Numeum prévoit un marché du numérique quasi stable en 2026",
         "Le syndicat professionnel anticipe une croissance de 0,8 % des dépenses en logiciels et services, freinée par le recul du conseil et de l'ingénierie."),
        ("silicon.fr", "01-21 15:30",
         "Logiciels et services : l'année 2026 s'annonce morose pour les ESN",
         "Selon le baromètre de Numeum, les entreprises de services numériques continuent de réduire la voilure, après une année 2025 en repli de 1,2 %."),
    ]),
    # ---------------------------------------------- Atos 2025 revenue (January) + share reaction next day
    ("atos-ca-2025", "fresh75", [
        ("lemondeinformatique.fr", "01-22 07:30",
         "Atos : un chiffre d'affaires 2025 en baisse de 18 %",
         "Le groupe a réalisé 8,1 milliards d'euros de revenus l'an dernier, pénalisé par les cessions et la fin de contrats d'infogérance, mais affirme avoir atteint ses objectifs de trésorerie."),
        ("lesechos.fr", "01-22 08:10",
         "Atos voit encore fondre ses revenus",
         "Le chiffre d'affaires de l'ancien fleuron de l'informatique française a reculé à 8,1 milliards d'euros en 2025 ; la prise de commandes se redresse au quatrième trimestre."),
        ("bfmtv.com", "01-23 09:00",
         "Atos : l'action lâche 9 % au lendemain de la publication des revenus",
         "Les investisseurs sanctionnent un quatrième trimestre décevant, avec une activité en baisse de 15 % sur la période."),
    ]),
    # ---------------------------------------------- Accenture opens an AI centre in Sophia Antipolis
    ("accenture-centre-ia-sophia", "fresh75", [
        ("usine-digitale.fr", "01-22 10:30",
         "Accenture ouvre à Sophia Antipolis un centre dédié à l'IA agentique",
         "Le cabinet y regroupera 250 consultants et ingénieurs chargés d'industrialiser les agents d'IA pour ses clients européens."),
    ]),
    # ---------------------------------------------- weekly roundup silicon.fr, week 4
    ("silicon-esn-semaine-04", "fresh75", [
        ("silicon.fr", "01-23 17:00",
         "ESN : ce qu'il fallait retenir cette semaine",
         "RCC chez Capgemini, revenus en baisse chez Atos et prévisions de Numeum : le récapitulatif de l'actualité des services numériques."),
    ]),
    # ---------------------------------------------- Next Hebdo #4
    ("next-hebdo-04", "fresh75", [
        ("next.ink", "01-24 08:00",
         "Next Hebdo #4 : Capgemini, Atos et la Justice",
         "Chaque samedi, notre sélection : le plan de départs de Capgemini, les revenus en berne d'Atos et le marché de la Justice remporté par Sopra Steria."),
    ]),
    # ---------------------------------------------- ransomware at Montluçon hospital
    ("ransomware-ch-montlucon", "fresh75", [
        ("lemagit.fr", "01-26 09:00",
         "Le centre hospitalier de Montluçon frappé par un rançongiciel",
         "L'hôpital de l'Allier fonctionne en mode dégradé depuis dimanche soir ; les urgences sont réorientées vers Moulins et Clermont-Ferrand."),
        ("numerama.com", "01-26 13:20",
         "Cyberattaque : un hôpital de l'Allier revient au papier",
         "Les équipes du centre hospitalier de Montluçon ont dû débrancher leurs systèmes après une attaque par ransomware."),
    ]),
    # ---------------------------------------------- ransomware at Nîmes university hospital, two days later
    ("ransomware-chu-nimes", "fresh75", [
        ("zdnet.fr", "01-28 10:45",
         "Le CHU de Nîmes victime à son tour d'une cyberattaque",
         "Deux jours après Montluçon, un autre établissement de santé est paralysé par un rançongiciel ; les opérations non urgentes sont déprogrammées."),
        ("01net.com", "01-28 15:00",
         "Rançongiciel : le CHU de Nîmes déclenche son plan blanc",
         "Le groupe Qilin revendique l'attaque contre l'hôpital gardois et menace de publier des données de patients."),
    ]),
    # ---------------------------------------------- Capgemini x Mistral AI partnership
    ("capgemini-mistral-partenariat", "fresh75", [
        ("silicon.fr", "01-27 09:00",
         "Capgemini et Mistral AI scellent un partenariat stratégique",
         "L'ESN va former 10 000 consultants aux modèles de la start-up française et proposer des offres d'IA souveraine clés en main à ses clients européens."),
        ("usine-digitale.fr", "01-27 14:20",
         "Capgemini va déployer les modèles de Mistral AI chez ses clients",
         "L'accord pluriannuel prévoit le co-développement d'agents pour les secteurs de la défense, de la banque et du secteur public."),
    ]),
    # ---------------------------------------------- iOS 26.3 release
    ("ios-26-3-sortie", "fresh75", [
        ("lesnumeriques.com", "01-27 19:30",
         "iOS 26.3 est disponible : les nouveautés de la mise à jour",
         "Apple déploie iOS 26.3 sur les iPhone compatibles, avec le transfert simplifié vers Android et de nouveaux réglages pour Liquid Glass."),
        ("01net.com", "01-27 21:00",
         "Apple publie iOS 26.3 : faut-il installer la mise à jour ?",
         "La nouvelle version du système de l'iPhone corrige une douzaine de failles de sécurité et ajoute quelques fonctions attendues en Europe."),
    ]),
    # ---------------------------------------------- iOS 26.3 Wi-Fi bug, three days later
    ("ios-26-3-bug-wifi", "fresh75", [
        ("01net.com", "01-30 10:10",
         "Votre iPhone perd le Wi-Fi ? La dernière mise à jour en cause",
         "Depuis mardi, de nombreux utilisateurs signalent des déconnexions à répétition après avoir installé la nouvelle version du système d'Apple."),
        ("numerama.com", "01-30 16:30",
         "iOS 26.3 coupe le Wi-Fi de certains iPhone : Apple enquête",
         "Apple a reconnu un problème de connexion sans fil touchant surtout les iPhone 15 et 16, et prépare une mise à jour corrective."),
    ]),
    # ---------------------------------------------- Alten 2025 revenue (January)
    ("alten-ca-2025", "fresh75", [
        ("lemondeinformatique.fr", "01-27 18:30",
         "Alten : chiffre d'affaires 2025 en recul de 3,5 %",
         "Le spécialiste du conseil en ingénierie a réalisé 4,0 milliards d'euros de revenus l'an dernier, pénalisé par l'automobile et l'aéronautique."),
        ("bfmtv.com", "01-28 08:30",
         "Alten : l'activité continue de reculer au quatrième trimestre",
         "Le groupe d'ingénierie externalisée voit son chiffre d'affaires baisser de 4,2 % en organique sur les trois derniers mois de 2025."),
    ]),
    # ---------------------------------------------- CGI fiscal Q1 results
    ("cgi-t1-2026", "fresh75", [
        ("lemondeinformatique.fr", "01-28 21:30",
         "CGI : bénéfice en hausse de 6 % au premier trimestre",
         "Le groupe montréalais a enregistré un chiffre d'affaires de 4,1 milliards de dollars canadiens sur son premier trimestre fiscal 2026, porté par les contrats d'infogérance."),
    ]),
    # ---------------------------------------------- strike at Capgemini against the RCC, nine days after it
    ("capgemini-greve", "fresh75", [
        ("next.ink", "01-29 10:15",
         "Grève chez Capgemini : les salariés débraient contre la RCC",
         "À l'appel de la CGT, de Sud et de la CFTC, des salariés de Capgemini ont cessé le travail ce jeudi sur plusieurs sites, dont Issy-les-Moulineaux et Toulouse, pour protester contre le plan de départs."),
        ("lemondeinformatique.fr", "01-29 16:00",
         "Mobilisation syndicale chez Capgemini",
         "Une journée de grève a été organisée jeudi dans les agences françaises de l'ESN ; les syndicats réclament de meilleures conditions de départ et l'arrêt du recours à l'offshore."),
    ]),
    # ---------------------------------------------- STMicroelectronics annual results
    ("stmicro-resultats-2025", "fresh75", [
        ("lesechos.fr", "01-29 07:00",
         "STMicroelectronics anticipe un premier trimestre difficile",
         "Le fabricant franco-italien de puces a vu son chiffre d'affaires reculer de 8 % en 2025, à 11,7 milliards de dollars, et prévoit un début d'année en baisse."),
        ("latribune.fr", "01-29 11:30",
         "Crolles, Agrate : le fabricant de semi-conducteurs franco-italien reste dans le creux de la vague",
         "STMicroelectronics publie des résultats 2025 en repli et confirme son plan de réduction des coûts, qui prévoit jusqu'à 2 800 départs."),
    ]),
    # ---------------------------------------------- UGAP attributes its IT consulting framework
    ("ugap-marche-prestations", "fresh75", [
        ("lemagit.fr", "02-02 09:15",
         "UGAP : Capgemini, Sopra Steria et Inetum remportent le méga-marché de prestations informatiques",
         "La centrale d'achat public a attribué les quatre lots de son marché de prestations intellectuelles, évalué à 1,5 milliard d'euros sur quatre ans."),
        ("next.ink", "02-02 13:00",
         "Commande publique : qui a gagné les 1,5 milliard d'euros de l'UGAP ?",
         "Trois ESN se partagent le principal véhicule d'achat de prestations informatiques des administrations ; Atos et CGI repartent bredouilles."),
        ("lemondeinformatique.fr", "02-02 16:45",
         "Le nouveau marché de prestations intellectuelles de l'UGAP attribué",
         "Capgemini, Sopra Steria et Inetum se répartissent les quatre lots ; les administrations pourront y commander à partir du 1er avril."),
        ("journaldunet.com", "02-03 08:30",
         "Marché UGAP des ESN : ce qui change pour les administrations",
         "Ce qu'il faut savoir sur le marché de prestations intellectuelles informatiques de la centrale d'achat, dont les lauréats ont été désignés lundi."),
    ]),
    # ---------------------------------------------- Capgemini buys Lyon AI start-up Kairnes
    ("capgemini-rachat-kairnes", "fresh75", [
        ("usine-digitale.fr", "02-03 08:00",
         "Capgemini rachète Kairnes, pépite lyonnaise de l'IA",
         "L'ESN met la main sur cette start-up de 180 personnes spécialisée dans le déploiement d'agents d'IA pour l'industrie, pour un montant non communiqué."),
        ("lemondeinformatique.fr", "02-03 10:30",
         "Capgemini s'offre le spécialiste de l'IA industrielle Kairnes",
         "Fondée en 2019 à Lyon, Kairnes rejoindra l'entité Capgemini Engineering ; ses 180 salariés travaillent pour Safran, Michelin et Schneider Electric."),
        ("lesechos.fr", "02-03 12:10",
         "Services informatiques : le leader français met la main sur une start-up lyonnaise",
         "Kairnes, qui emploie 180 personnes, aurait été valorisée autour de 120 millions d'euros, selon nos informations."),
    ]),
    # ---------------------------------------------- CGI hiring plan in France, the day before its Urssaf contract
    ("cgi-recrutements-france", "fresh75", [
        ("journaldunet.com", "02-04 09:20",
         "CGI veut recruter 1 000 personnes en France cette année",
         "À rebours de ses concurrents, l'ESN canadienne maintient ses embauches, portées par ses contrats pluriannuels d'infogérance avec le secteur public."),
    ]),
    # ---------------------------------------------- CGI wins Urssaf infrastructure outsourcing
    ("cgi-infogerance-urssaf", "fresh75", [
        ("lemagit.fr", "02-05 08:45",
         "CGI décroche l'infogérance de l'Urssaf",
         "L'ESN canadienne reprend l'exploitation des datacenters et du poste de travail de la caisse nationale pour six ans, un contrat évalué à 180 millions d'euros."),
        ("silicon.fr", "02-05 11:20",
         "Le canadien CGI rafle un marché de 180 M€ dans la sphère sociale",
         "La branche recouvrement de la Sécurité sociale externalise l'exploitation de ses infrastructures auprès de l'ESN montréalaise."),
        ("lemondeinformatique.fr", "02-05 15:00",
         "Urssaf Caisse nationale externalise son infrastructure chez CGI",
         "Le contrat couvre l'hébergement, l'exploitation et le support de 20 000 postes de travail ; la transition doit démarrer en septembre."),
    ]),
    # ---------------------------------------------- Frandroid weekend deals, three weeks
    ("frandroid-offres-we-0207", "fresh75", [
        ("frandroid.com", "02-07 08:00",
         "Les meilleures offres du week-end : Galaxy S25, AirPods Pro 3 et PS5",
         "Smartphones, écouteurs, consoles : notre sélection des meilleures promotions à saisir ce week-end."),
    ]),
    ("frandroid-offres-we-0214", "fresh75", [
        ("frandroid.com", "02-14 08:00",
         "Les meilleures offres du week-end : Pixel 10, Kindle et TV OLED",
         "Smartphones, liseuses, téléviseurs : notre sélection des meilleures promotions à saisir ce week-end."),
    ]),
    ("frandroid-offres-we-0221", "fresh75", [
        ("frandroid.com", "02-21 08:00",
         "Les meilleures offres du week-end : Galaxy S25 FE, Nothing Phone (3a) et Switch 2",
         "Smartphones, consoles, accessoires : notre sélection des meilleures promotions à saisir ce week-end."),
    ]),
    # ---------------------------------------------- Accenture France RCC (scoop by L'Informé)
    ("accenture-france-rcc", "fresh75", [
        ("linforme.com", "02-09 06:30",
         "Accenture France veut se séparer de 600 consultants",
         "Selon nos informations, le cabinet prépare une rupture conventionnelle collective qui vise surtout ses équipes de conseil en stratégie et en transformation."),
        ("lemondeinformatique.fr", "02-09 11:00",
         "Accenture prépare un plan de départs en France, selon L'Informé",
         "Environ 600 postes seraient concernés dans la filiale française du cabinet de conseil, qui emploie près de 11 000 personnes dans l'Hexagone."),
        ("lesechos.fr", "02-09 13:00",
         "Le cabinet Accenture réduit la voilure en France",
         "La filiale française du géant américain du conseil veut supprimer environ 600 postes via des départs volontaires, selon L'Informé."),
        ("silicon.fr", "02-10 08:15",
         "Accenture France confirme une RCC de 600 postes",
         "La direction a présenté lundi soir le projet aux élus du CSE ; les départs seraient étalés jusqu'à la fin de l'année."),
    ]),
    # ---------------------------------------------- Patch Tuesday, February
    ("patch-tuesday-fevrier", "fresh75", [
        ("lemondeinformatique.fr", "02-10 19:20",
         "Patch Tuesday de février : Microsoft corrige 63 vulnérabilités",
         "Le lot de février comble 63 failles, dont deux zero-day exploitées dans le pilote de système de fichiers Windows."),
        ("silicon.fr", "02-11 08:30",
         "Patch Tuesday : 2 zero-day au menu de février",
         "Microsoft a publié mardi ses correctifs mensuels : 63 failles corrigées, dont deux exploitées dans la nature."),
    ]),
    # ---------------------------------------------- Accenture buys French firm Datavéris, two days after its RCC
    ("accenture-rachat-daveris", "fresh75", [
        ("usine-digitale.fr", "02-11 09:00",
         "Accenture rachète le français Datavéris",
         "Le cabinet acquiert cette PME parisienne de 120 personnes spécialisée dans la gouvernance des données et la conformité à l'AI Act."),
        ("journaldunet.com", "02-11 16:20",
         "Accenture s'offre un spécialiste de la conformité de l'IA",
         "Datavéris, qui compte BNP Paribas et la SNCF parmi ses clients, rejoindra l'entité Accenture Technology en France."),
    ]),
    # ---------------------------------------------- Orange annual results
    ("orange-resultats-2025", "fresh75", [
        ("lesechos.fr", "02-12 06:50",
         "Orange renoue avec la croissance de son résultat",
         "L'opérateur a dégagé un Ebitdaal de 12,4 milliards d'euros en 2025, en hausse de 2,9 %, porté par l'Afrique et le Moyen-Orient."),
        ("bfmtv.com", "02-12 10:20",
         "L'opérateur historique relève son dividende",
         "Christel Heydemann annonce un dividende de 0,80 euro par action au titre de 2025 et confirme les objectifs de son plan stratégique."),
    ]),
    # ---------------------------------------------- Capgemini annual results 2025
    ("capgemini-resultats-2025", "fresh75", [
        ("lesechos.fr", "02-13 06:45",
         "Capgemini limite le recul de son activité en 2025",
         "Le groupe de services informatiques a réalisé un chiffre d'affaires de 22,1 milliards d'euros l'an dernier, en baisse de 0,9 % à taux de change constants, et maintient une marge opérationnelle de 13,2 %."),
        ("lemondeinformatique.fr", "02-13 09:15",
         "Résultats annuels : Capgemini voit le bout du tunnel",
         "Avec un quatrième trimestre en légère croissance, l'ESN table sur une hausse de 1 à 3 % de son chiffre d'affaires en 2026."),
        ("bfmtv.com", "02-13 11:30",
         "Capgemini bondit de 6 % en Bourse après ses comptes annuels",
         "Le titre du groupe de services numériques prend la tête du CAC 40, les investisseurs saluant des prévisions 2026 meilleures qu'attendu."),
        ("zdnet.fr", "02-13 13:10",
         "Capgemini : des prises de commandes en hausse de 4 % en 2025",
         "L'ESN a enregistré 23,5 milliards d'euros de commandes l'an dernier ; son chiffre d'affaires recule de 0,9 % à taux de change constants."),
        ("journaldunet.com", "02-13 15:00",
         "L'IA agentique, pari d'Aiman Ezzat pour relancer la croissance",
         "Lors de la présentation des résultats 2025, le directeur général a affirmé que les projets d'IA générative représentaient désormais 8 % des prises de commandes du groupe."),
    ]),
    # ---------------------------------------------- weekly roundup silicon.fr, week 7
    ("silicon-esn-semaine-07", "fresh75", [
        ("silicon.fr", "02-13 17:00",
         "ESN : ce qu'il fallait retenir cette semaine",
         "Plan de départs chez Accenture France, rachat de Datavéris et résultats de Capgemini : le récapitulatif de l'actualité des services numériques."),
    ]),
    # ---------------------------------------------- Atos PSE of 1,200 jobs in France (+ union reaction next day)
    ("atos-pse-1200", "fresh75", [
        ("lesechos.fr", "02-17 06:00",
         "Atos s'apprête à supprimer 1 200 postes en France",
         "Le groupe informatique doit présenter ce mardi aux représentants du personnel un plan de sauvegarde de l'emploi touchant principalement ses activités d'infogérance, selon nos informations."),
        ("bfmtv.com", "02-17 09:30",
         "Atos va encore tailler dans ses effectifs français, selon Les Echos",
         "Plus d'un millier d'emplois seraient menacés dans le cadre d'un nouveau plan social chez l'ex-champion des services informatiques."),
        ("lemagit.fr", "02-17 12:15",
         "Atos : un PSE de 1 200 postes présenté aux syndicats",
         "La direction a confirmé un plan de sauvegarde de l'emploi visant les équipes d'infogérance et de support, dans le cadre du plan Genesis."),
        ("latribune.fr", "02-18 07:45",
         "« Un plan de trop » : les syndicats d'Atos vent debout",
         "Au lendemain de l'annonce de 1 200 suppressions de postes, la CFE-CGC et la CGT dénoncent un démantèlement de l'infogérance en France et demandent une expertise."),
    ]),
    # ---------------------------------------------- Inetum RCC, same day as Atos PSE
    ("inetum-rcc-350", "fresh75", [
        ("linforme.com", "02-17 07:10",
         "Inetum lance un plan de départs volontaires",
         "Selon nos informations, l'ESN, tout juste passée sous le contrôle d'EQT, veut supprimer 350 postes en France, principalement dans ses agences régionales."),
        ("lemondeinformatique.fr", "02-17 15:30",
         "Inetum prévoit 350 suppressions de postes en France",
         "Le groupe a présenté aux élus du CSE une rupture conventionnelle collective touchant le conseil et l'intégration d'applications, selon L'Informé."),
    ]),
    # ---------------------------------------------- strike at Atos two days after the PSE
    ("atos-greve-pse", "fresh75", [
        ("next.ink", "02-19 11:30",
         "Atos : grève sur les sites de Bezons et d'Angers",
         "Plusieurs centaines de salariés ont cessé le travail ce jeudi à l'appel de l'intersyndicale, deux jours après la présentation du plan social."),
        ("lemondeinformatique.fr", "02-19 16:40",
         "Débrayage chez Atos contre le PSE",
         "L'intersyndicale d'Atos a organisé une journée de mobilisation ; selon la CGT, 30 % des effectifs d'infogérance ont suivi le mouvement à Angers."),
    ]),
    # ---------------------------------------------- consulting market study (Consult'in France)
    ("consultin-marche-2025", "fresh75", [
        ("lesechos.fr", "02-19 06:30",
         "Le marché du conseil en France a reculé de 3 % en 2025",
         "Selon Consult'in France, les cabinets de conseil en stratégie et en management ont souffert du gel des dépenses des grandes entreprises et de l'État."),
    ]),
    # ---------------------------------------------- Next Hebdo #8
    ("next-hebdo-08", "fresh75", [
        ("next.ink", "02-21 08:00",
         "Next Hebdo #8 : Atos, Inetum et les plans sociaux",
         "Chaque samedi, notre sélection : les 1 200 postes supprimés chez Atos, la RCC d'Inetum et la grève de Bezons."),
    ]),
    # ---------------------------------------------- Eviden wins a NATO cyber contract
    ("eviden-contrat-otan", "fresh75", [
        ("silicon.fr", "02-23 09:00",
         "Eviden remporte un contrat de cybersécurité avec l'Otan",
         "La filiale d'Atos fournira pendant cinq ans des services de détection et de réponse aux incidents à l'agence de communication et d'information de l'Alliance."),
        ("latribune.fr", "02-23 12:30",
         "Atos : sa marque Eviden va protéger les réseaux de l'Otan",
         "Le contrat, d'un montant non communiqué, porte sur la supervision de sécurité des réseaux de la NCIA."),
    ]),
    # ---------------------------------------------- Eviden wins the European Commission SOC, two days later
    ("eviden-soc-commission", "fresh75", [
        ("lemagit.fr", "02-25 10:15",
         "Eviden choisi pour le centre de sécurité de la Commission européenne",
         "La Commission confie au pôle cybersécurité d'Atos l'exploitation de son SOC pour quatre ans, dans le cadre d'un marché de 140 millions d'euros."),
        ("zdnet.fr", "02-25 16:00",
         "Cybersécurité : nouveau contrat européen pour Eviden",
         "Deux jours après l'Otan, Eviden décroche la supervision de sécurité des institutions de l'UE."),
    ]),
    # ---------------------------------------------- Alten annual results (February)
    ("alten-resultats-2025", "fresh75", [
        ("lesechos.fr", "02-25 18:00",
         "Alten voit sa marge fondre en 2025",
         "Le groupe de conseil en ingénierie publie une marge opérationnelle de 7,9 %, contre 9,1 % un an plus tôt, et un bénéfice net en baisse de 22 %."),
        ("lemondeinformatique.fr", "02-26 08:00",
         "Résultats annuels : Alten paie la crise de l'automobile",
         "Le bénéfice net de l'ESN d'ingénierie recule de 22 % ; la direction table sur une stabilisation de l'activité au second semestre 2026."),
    ]),
    # ---------------------------------------------- Sopra Steria annual results
    ("sopra-resultats-2025", "fresh75", [
        ("lesechos.fr", "02-26 06:40",
         "Sopra Steria tient ses objectifs malgré un marché atone",
         "L'ESN affiche un chiffre d'affaires de 5,7 milliards d'euros en 2025, en croissance organique de 0,5 %, et une marge opérationnelle d'activité de 9,8 %."),
        ("lemondeinformatique.fr", "02-26 10:00",
         "Résultats 2025 : Sopra Steria améliore sa rentabilité",
         "Le groupe relève sa marge à 9,8 % mais reste prudent pour 2026, anticipant une croissance organique comprise entre 0 et 2 %."),
        ("journaldunet.com", "02-26 14:15",
         "Sopra Steria : « 2026 sera une année de transition »",
         "Le directeur général Cyril Malargé estime que la reprise de la demande ne se matérialisera pas avant le second semestre."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy S26 (+ hands-on next day)
    ("samsung-galaxy-s26", "fresh75", [
        ("frandroid.com", "02-25 19:00",
         "Samsung Galaxy S26 Ultra officiel : prix, date de sortie et fiche technique",
         "Samsung lève le voile sur sa nouvelle gamme Galaxy S26, avec un Ultra doté d'un écran anti-reflets et d'une puce Snapdragon 8 Elite Gen 5, à partir de 1 469 euros."),
        ("lesnumeriques.com", "02-25 19:30",
         "Galaxy S26, S26+ et S26 Ultra : Samsung mise tout sur l'IA",
         "Les trois nouveaux smartphones du coréen embarquent Galaxy AI et Gemini ; ils seront disponibles le 13 mars."),
        ("01net.com", "02-25 20:15",
         "Samsung Galaxy S26 : prix, nouveautés et date de sortie",
         "Le Galaxy S26 démarre à 999 euros, le S26+ à 1 219 euros et l'Ultra à 1 469 euros ; précommandes ouvertes dès ce soir."),
        ("numerama.com", "02-26 08:00",
         "On a pris en main le Galaxy S26 Ultra : ce qui change vraiment",
         "Écran, photo, autonomie : nos premières impressions sur le nouveau haut de gamme de Samsung, présenté hier soir à San Francisco."),
    ]),
    # ---------------------------------------------- same keynote, separate product: Galaxy Buds 4
    ("samsung-galaxy-buds4", "fresh75", [
        ("frandroid.com", "02-25 19:40",
         "Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés en même temps que les Galaxy S26, les nouveaux écouteurs sans fil adoptent une tige et une réduction de bruit améliorée, pour 249 euros."),
        ("01net.com", "02-25 21:00",
         "Samsung dévoile ses Galaxy Buds 4 et Buds 4 Pro",
         "Les écouteurs de Samsung gagnent la traduction en direct et un boîtier plus compact ; sortie prévue le 13 mars."),
    ]),
    # ---------------------------------------------- Apec study on ESN jobs
    ("apec-emplois-esn", "fresh75", [
        ("journaldunet.com", "03-02 09:00",
         "Les ESN ont supprimé 8 000 emplois en 2025, selon l'Apec",
         "L'association pour l'emploi des cadres constate un recul inédit des recrutements de cadres dans les entreprises de services numériques et le conseil en ingénierie."),
    ]),
    # ---------------------------------------------- two funding rounds, same morning
    ("levee-qalia", "fresh75", [
        ("lesechos.fr", "03-03 06:00",
         "La legaltech Qalia lève 40 millions d'euros",
         "La start-up parisienne, qui automatise la rédaction de contrats grâce à l'IA générative, boucle une série B menée par Index Ventures."),
        ("usine-digitale.fr", "03-03 10:15",
         "IA juridique : Qalia boucle une série B de 40 M€",
         "La jeune pousse fondée en 2023 compte recruter 80 personnes et s'implanter en Allemagne."),
    ]),
    ("levee-nebulis", "fresh75", [
        ("lesechos.fr", "03-03 06:30",
         "Cloud : Nébulis lève 25 millions d'euros",
         "La start-up bordelaise, qui installe des micro-datacenters dans les immeubles pour chauffer l'eau sanitaire, boucle un tour de table mené par Bpifrance."),
        ("journaldunet.com", "03-03 11:40",
         "Nébulis boucle une série A de 25 M€",
         "La jeune pousse veut déployer 500 micro-datacenters d'ici 2028 et se lancer sur le marché du calcul pour l'IA."),
    ]),
    # ---------------------------------------------- Inetum buys SAP partner Kovalence
    ("inetum-rachat-kovalence", "fresh75", [
        ("silicon.fr", "03-03 09:40",
         "Inetum renforce son pôle SAP avec le rachat de Kovalence",
         "L'ESN acquiert ce partenaire SAP bordelais de 200 consultants, sa première acquisition depuis son changement d'actionnaire."),
    ]),
    # ---------------------------------------------- Atos annual results (March)
    ("atos-resultats-2025", "fresh75", [
        ("lesechos.fr", "03-04 06:30",
         "Atos renoue avec une marge opérationnelle positive",
         "Le groupe informatique a dégagé une marge opérationnelle de 4,5 % en 2025, mais sa perte nette reste de 410 millions d'euros, plombée par les coûts de restructuration."),
        ("lemagit.fr", "03-04 09:45",
         "Résultats annuels 2025 : Atos toujours dans le rouge",
         "Perte nette de 410 millions d'euros, trésorerie de 1,1 milliard : Philippe Salle présente des comptes qui marquent la fin de la première année du plan Genesis."),
        ("zdnet.fr", "03-04 14:00",
         "Atos confirme ses objectifs 2028 malgré une nouvelle perte",
         "Le PDG Philippe Salle maintient son ambition d'une croissance du chiffre d'affaires à partir de 2027 et d'une marge de plus de 10 % en 2028."),
    ]),
    # ---------------------------------------------- Capgemini buys US firm Northvale, a month after Kairnes
    ("capgemini-rachat-northvale", "fresh75", [
        ("lesechos.fr", "03-05 07:00",
         "Capgemini s'offre l'américain Northvale pour 650 millions de dollars",
         "Le groupe français acquiert ce spécialiste new-yorkais de l'analyse de données pour les assureurs, qui emploie 2 000 personnes, afin de renforcer sa présence aux États-Unis."),
        ("zdnet.fr", "03-05 13:45",
         "Capgemini rachète Northvale Analytics",
         "L'opération, qui doit être bouclée d'ici l'été, renforce l'offre data et IA de l'ESN auprès des compagnies d'assurance nord-américaines."),
    ]),
    # ---------------------------------------------- CGI France wage strike (NAO)
    ("cgi-greve-nao", "fresh75", [
        ("lemondeinformatique.fr", "03-05 16:10",
         "NAO : les salariés de CGI France en grève pour les salaires",
         "Les syndicats de l'ESN dénoncent une enveloppe d'augmentations limitée à 1,5 % et appellent à débrayer sur l'ensemble des sites français."),
    ]),
    # ---------------------------------------------- Arcep fibre observatory
    ("arcep-observatoire-fibre", "fresh75", [
        ("next.ink", "03-05 10:00",
         "Fibre : 92 % des locaux raccordables fin 2025, selon l'Arcep",
         "Le régulateur publie son observatoire du haut et très haut débit ; la fermeture du réseau cuivre s'accélère avec 3 millions de lignes coupées en 2026."),
    ]),
    # ---------------------------------------------- weekly roundup silicon.fr, week 10
    ("silicon-esn-semaine-10", "fresh75", [
        ("silicon.fr", "03-06 17:00",
         "ESN : ce qu'il fallait retenir cette semaine",
         "Résultats d'Atos, rachat de Northvale par Capgemini et grève chez CGI : le récapitulatif de l'actualité des services numériques."),
    ]),
    # ---------------------------------------------- Capgemini RCC agreement signed, seven weeks after the plan
    ("capgemini-rcc-accord", "fresh75", [
        ("lemagit.fr", "03-10 17:20",
         "Capgemini : l'accord de RCC signé par deux syndicats",
         "La CFDT et la CFE-CGC ont paraphé l'accord de rupture conventionnelle collective ; le guichet des départs volontaires ouvrira le 1er avril."),
        ("linforme.com", "03-11 07:00",
         "Capgemini boucle sa rupture conventionnelle collective",
         "Selon nos informations, l'accord validé par deux organisations syndicales plafonne les départs à 2 100 postes, contre 2 400 prévus initialement. Il doit encore être homologué par la Dreets."),
    ]),
    # ---------------------------------------------- Patch Tuesday, March
    ("patch-tuesday-mars", "fresh75", [
        ("zdnet.fr", "03-10 20:50",
         "Microsoft : quatre failles zero-day corrigées ce mois-ci",
         "La mise à jour de sécurité de mars de Microsoft colmate 71 vulnérabilités, dont quatre activement exploitées."),
    ]),
    # ---------------------------------------------- Sopra Steria wins a France Travail contract
    ("sopra-france-travail", "fresh75", [
        ("zdnet.fr", "03-12 10:00",
         "France Travail attribue un marché de 120 millions d'euros à Sopra Steria",
         "L'opérateur public confie à l'ESN le développement de ses services numériques aux demandeurs d'emploi jusqu'en 2030."),
    ]),
    # ---------------------------------------------- Capgemini wins the Cnaf benefits-engine rewrite
    ("capgemini-cnaf-refonte", "fresh75", [
        ("lemagit.fr", "03-13 09:00",
         "La Cnaf confie à Capgemini la refonte de son système de calcul des prestations",
         "La Caisse nationale des allocations familiales a retenu l'ESN pour réécrire son moteur de liquidation des aides, un marché de 230 millions d'euros sur sept ans."),
        ("next.ink", "03-13 14:30",
         "Allocations familiales : Capgemini va réécrire le cœur du système de la CAF",
         "Le projet doit remplacer des applications écrites en Cobol il y a plus de trente ans ; les premiers lots sont attendus en 2028."),
    ]),
    # ---------------------------------------------- Mistral AI reasoning model
    ("mistral-magistral-2", "fresh75", [
        ("numerama.com", "03-16 15:00",
         "Mistral AI dévoile Magistral 2, son modèle de raisonnement",
         "La start-up française publie une nouvelle version de son modèle capable de « réfléchir » avant de répondre, disponible en open source dans une version réduite."),
    ]),
    # ---------------------------------------------- CGI buys Nantes ESN Apsia
    ("cgi-rachat-apsia", "fresh75", [
        ("lemondeinformatique.fr", "03-17 09:00",
         "CGI s'offre l'ESN nantaise Apsia",
         "Avec cette acquisition de 450 consultants spécialisés dans l'assurance et la mutualité, le groupe canadien renforce sa présence dans l'Ouest."),
        ("journaldunet.com", "03-17 13:30",
         "Rachat d'Apsia : CGI poursuit sa stratégie d'acquisitions en France",
         "Après plusieurs opérations en Europe, le groupe montréalais met la main sur un acteur de 450 personnes implanté à Nantes, Rennes et Niort."),
    ]),
    # ---------------------------------------------- Alten buys a German engineering firm
    ("alten-rachat-allemagne", "fresh75", [
        ("usine-digitale.fr", "03-18 08:30",
         "Alten rachète l'allemand Ingenova pour se renforcer dans la défense",
         "Le spécialiste français du conseil en ingénierie acquiert cette société munichoise de 600 ingénieurs, qui travaille pour les industriels de l'armement."),
    ]),
    # ---------------------------------------------- Galaxy S26 battery drain bug, three weeks after launch
    ("galaxy-s26-bug-batterie", "fresh75", [
        ("frandroid.com", "03-18 10:00",
         "Votre Galaxy S26 se vide à vue d'œil ? Vous n'êtes pas seul",
         "Depuis la première mise à jour de One UI, de nombreux propriétaires du dernier smartphone de Samsung se plaignent d'une autonomie en chute libre."),
        ("lesnumeriques.com", "03-19 09:30",
         "Samsung reconnaît un bug d'autonomie sur le Galaxy S26 et promet un correctif",
         "Le constructeur confirme qu'un processus système tourne en boucle depuis le dernier patch et déploiera une mise à jour d'ici une semaine."),
    ]),
    # ---------------------------------------------- Accenture fiscal Q2: guidance cut and worldwide job cuts
    ("accenture-t2-2026", "fresh75", [
        ("lesechos.fr", "03-19 13:30",
         "Accenture abaisse ses prévisions annuelles",
         "Le géant du conseil a publié un chiffre d'affaires de 17,6 milliards de dollars sur son deuxième trimestre fiscal, en deçà des attentes, et prévoit de nouvelles réductions d'effectifs dans le monde."),
        ("zdnet.fr", "03-19 17:00",
         "Accenture : un trimestre décevant et des suppressions de postes",
         "Le cabinet évoque un « programme d'optimisation » de plus de 700 millions de dollars, qui se traduira par des départs dans plusieurs pays."),
        ("bfmtv.com", "03-20 08:10",
         "Le titre Accenture plonge à Wall Street",
         "L'action du cabinet de conseil a perdu 8 % jeudi après la révision à la baisse de ses prévisions de croissance pour l'exercice."),
    ]),
    # ---------------------------------------------- intrusion at Sopra Steria
    ("sopra-intrusion-si", "fresh75", [
        ("lemagit.fr", "03-20 10:30",
         "Sopra Steria enquête sur une intrusion dans son système d'information",
         "L'ESN a détecté un accès non autorisé à certains environnements internes et a déconnecté par précaution plusieurs services ; l'ANSSI a été notifiée."),
        ("zdnet.fr", "03-20 15:45",
         "Cyberattaque chez Sopra Steria : des données de clients dérobées ?",
         "Un groupe de pirates revendique le vol de 400 Go de documents de projets ; l'ESN dit poursuivre ses investigations."),
    ]),
    # ---------------------------------------------- Next Hebdo #12
    ("next-hebdo-12", "fresh75", [
        ("next.ink", "03-21 08:00",
         "Next Hebdo #12 : Accenture, Sopra Steria et le Galaxy S26",
         "Chaque samedi, notre sélection : les prévisions en baisse d'Accenture, l'intrusion chez Sopra Steria et le bug d'autonomie du Galaxy S26."),
    ]),
    # ---------------------------------------------- Altice enters exclusive talks to sell SFR to its three rivals
    ("sfr-negociations-exclusives", "fresh75", [
        ("lesechos.fr", "03-23 06:15",
         "SFR : Altice entre en négociations exclusives avec Bouygues, Free et Orange",
         "Patrick Drahi a accepté l'offre de 17 milliards d'euros des trois opérateurs, qui se partageraient les clients et le réseau de l'opérateur au carré rouge."),
        ("bfmtv.com", "03-23 08:40",
         "Le démantèlement de l'opérateur au carré rouge est lancé",
         "Ses trois concurrents ont obtenu l'exclusivité des discussions avec son propriétaire Altice ; l'opération doit encore passer sous les fourches caudines de l'Autorité de la concurrence."),
        ("01net.com", "03-23 12:00",
         "Rachat de SFR : ce que ça change pour les abonnés",
         "Forfaits, box, réseau : ce qui pourrait changer pour les 19 millions de clients de SFR si le rachat par Bouygues Telecom, Free et Orange est validé."),
        ("numerama.com", "03-23 15:30",
         "SFR bientôt découpé en trois : Altice dit oui",
         "Bouygues Telecom, Free et Orange vont négocier en exclusivité le rachat de SFR pour 17 milliards d'euros."),
    ]),
    # ---------------------------------------------- Cour des comptes report on the state's use of consultants
    ("cour-comptes-conseil", "fresh75", [
        ("lefigaro.fr", "03-24 07:00",
         "Cabinets de conseil : la Cour des comptes épingle encore l'État",
         "Les magistrats financiers relèvent que les dépenses de conseil en stratégie et en informatique des ministères sont reparties à la hausse en 2025, à 1,1 milliard d'euros."),
        ("next.ink", "03-24 11:15",
         "Recours aux consultants : la Cour des comptes dénonce une dépendance persistante",
         "Accenture, Capgemini Invent et Sopra Steria Next figurent parmi les principaux prestataires cités par le rapport, qui pointe un manque de transfert de compétences."),
    ]),
    # ---------------------------------------------- Bleu (Orange + Capgemini) gets SecNumCloud (+ explainer next day)
    ("bleu-secnumcloud", "fresh75", [
        ("lemagit.fr", "03-26 08:00",
         "Bleu obtient la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini, qui opère les services de Microsoft Azure et Microsoft 365 dans un cloud de confiance, décroche le visa de l'ANSSI après deux ans d'instruction."),
        ("usine-digitale.fr", "03-26 11:20",
         "Le cloud de confiance d'Orange et Capgemini décroche le sésame de l'Anssi",
         "Les administrations et opérateurs d'importance vitale pourront désormais héberger leurs données sensibles sur les services Microsoft proposés par la coentreprise."),
        ("01net.com", "03-26 17:00",
         "Microsoft 365 « souverain » : feu vert de l'État pour Bleu",
         "La qualification SecNumCloud ouvre aux ministères les portes de la suite bureautique de Microsoft, opérée en France."),
        ("next.ink", "03-27 09:00",
         "SecNumCloud pour Bleu : les questions qui fâchent",
         "Extraterritorialité, mises à jour logicielles venues de Redmond : ce que la qualification obtenue jeudi par la coentreprise d'Orange et Capgemini garantit vraiment."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
