"""The 78th fresh labelled set of French tech-news stories (smartphones and consumer electronics), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh78".
Positives: titles sharing almost no word with their siblings (the event named only by periphrasis:
"le géant de Cupertino", "la licorne du reconditionné", "l'opérateur historique", "la marque de Carl Pei",
"le coréen"), an English-word title ("Layoffs chez STMicroelectronics", "Hands-on : ..."), a syndicated
story ("selon Les Echos"), terse follow-ups the next day (post-mortem of an outage, unions' reaction,
a ransomware claim, Apple admitting a battery bug), explainers ("ce qui change", compatible iPhones),
hands-on pieces published with a launch, digits against words (« un millier » / 1 000).
Hard negatives: two iCloud outages a week apart (the second vague); iOS 26.5 release then its battery bug
three days later; Android 17 release then "coupe le Wi-Fi" on Pixels; the Pixels' July update after the
bug; iOS 27 and macOS 27 at one WWDC keynote, iOS 27 beta 2 two weeks later, and Apple holding back iOS 27
features in the EU; Z Fold 8, Z Flip 8 and Galaxy Watch 9 at one Unpacked, with the Unpacked invitation
three weeks before, a Fold 8 price leak three days before and a Galaxy S26 Ultra deal the day after;
Nothing Phone (4) and Headphone (2) at one launch, and the Phone (4) review two weeks later; Apple results
quarter after quarter; two Apple emergency zero-day patches a month apart; three Patch Tuesdays; a
Samsung fine then its appeal six weeks later; Fnac Darty job cuts then a Darty warehouse strike; two
hospital ransomware attacks two days apart; Xiaomi then Anker power-bank recalls; two Xiaomi phone
launches three days apart, Xiaomi's chip and its quarterly results; Back Market and Certideal raising
the same day; two iPhone 17 deals at two retailers; two leaks about the next iPhones three days apart;
Orange then Bouygues Telecom mobile outages; the Made by Google invitation then a Pixel 11 teaser; One UI
8.5 rollout then One UI 9 beta; iOS 26.6 release a week before the 26.6.1 emergency patch; a Nothing
Phone (4) price leak two days before its launch; a Counterpoint sales ranking beside Apple news; weekly
deals posts and weekly roundups (never joined across weeks).
`build` fixes the year 2026; times are UTC, May, June and July 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 0.955, recall 0.828 (0.955 / 0.828 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Apple's fiscal Q2 results (published Thursday evening)
    ("apple-results-fq2", "fresh78", [
        ("lesechos.fr", "05-01 05:45",
         "Apple : l'iPhone 17 porte les ventes au deuxième trimestre",
         "Le groupe de Cupertino a publié jeudi soir un chiffre d'affaires trimestriel de 98 milliards de dollars, en hausse de 8 %, tiré par la gamme iPhone 17."),
        ("lemondeinformatique.fr", "05-01 08:30",
         "Résultats trimestriels d'Apple : les services et l'iPhone au rendez-vous",
         "Apple annonce 98 milliards de dollars de revenus pour son deuxième trimestre fiscal 2026, dont 29 milliards pour les services."),
        ("bfmtv.com", "05-01 10:15",
         "Le géant de Cupertino signe un rebond spectaculaire en Chine",
         "La firme à la pomme voit ses ventes progresser de 12 % en Chine sur les trois premiers mois de l'année, une première depuis deux ans."),
    ]),
    # ---------------------------------------------- Free Mobile raises the price of its 5G plan
    ("free-mobile-price-increase", "fresh78", [
        ("01net.com", "05-04 08:30",
         "Free Mobile augmente le prix de son forfait 5G de 2 euros",
         "Les abonnés historiques du forfait Free 5G vont voir leur facture passer de 19,99 à 21,99 euros par mois à partir de juillet."),
        ("numerama.com", "05-04 10:00",
         "Forfait Free : une hausse de prix pour les anciens abonnés",
         "L'opérateur de Xavier Niel prévient par SMS ses clients mobiles d'une augmentation de deux euros, justifiée par davantage de data."),
        ("frandroid.com", "05-04 12:10",
         "Free relève ses tarifs mobiles : qui est concerné et comment résilier sans frais",
         "La hausse de 2 euros par mois touche les abonnés au forfait 5G souscrit avant 2024 ; ils peuvent résilier sans frais pendant quatre mois."),
    ]),
    # ---------------------------------------------- DGCCRF fines Samsung over missing repairability scores
    ("samsung-dgccrf-fine", "fresh78", [
        ("next.ink", "05-05 10:00",
         "Indice de réparabilité : la DGCCRF inflige 2,4 millions d'euros d'amende à Samsung",
         "La répression des fraudes reproche au fabricant coréen de ne pas avoir affiché l'indice de réparabilité de plusieurs smartphones et téléviseurs sur son site."),
        ("lesnumeriques.com", "05-05 13:30",
         "Samsung sanctionné pour des indices de réparabilité absents",
         "Plusieurs Galaxy vendus en ligne ne présentaient pas la note obligatoire depuis 2021 : Samsung écope d'une amende administrative."),
        ("01net.com", "05-05 17:00",
         "Pourquoi Samsung doit payer 2,4 millions d'euros en France",
         "L'administration française a sanctionné Samsung Electronics France pour manquement à l'obligation d'information sur la réparabilité de ses produits."),
    ]),
    # ---------------------------------------------- Redmi Note 15 range lands in France
    ("xiaomi-redmi-note15-france", "fresh78", [
        ("frandroid.com", "05-05 08:00",
         "Redmi Note 15 Pro : Xiaomi lance son best-seller en France à partir de 349 euros",
         "La nouvelle gamme Redmi Note 15 débarque en France avec un écran 120 Hz, une batterie de 6 000 mAh et une charge à 90 W."),
        ("01net.com", "05-05 10:30",
         "Xiaomi dégaine les Redmi Note 15 : prix, disponibilité et fiche technique",
         "Trois modèles, du Redmi Note 15 au Note 15 Pro+, arrivent dans les boutiques françaises dès la semaine prochaine."),
        ("lesnumeriques.com", "05-05 14:00",
         "Prise en main des Redmi Note 15 Pro et Pro+ : le milieu de gamme qui veut tout faire",
         "Nous avons eu entre les mains les nouveaux Redmi Note 15 Pro lancés ce mardi par Xiaomi : premières impressions."),
    ]),
    # ---------------------------------------------- French repair bonus raised for smartphone screens
    ("bonus-reparation-smartphones", "fresh78", [
        ("numerama.com", "05-06 09:00",
         "Le bonus réparation passe à 50 euros pour les écrans de smartphone",
         "Le gouvernement double l'aide accordée pour le remplacement d'un écran cassé chez un réparateur labellisé QualiRépar."),
        ("lesnumeriques.com", "05-06 12:00",
         "Réparer son téléphone coûtera moins cher : le bonus réparation revalorisé",
         "Écran, batterie, connecteur de charge : les montants de l'aide à la réparation augmentent à partir du 1er juin."),
        ("clubic.com", "05-07 08:00",
         "Écran cassé, batterie fatiguée : ce qui change pour faire réparer votre smartphone",
         "Le point sur le nouveau barème du bonus réparation annoncé mercredi et sur les réparateurs qui l'appliquent."),
    ]),
    # ---------------------------------------------- STMicroelectronics job cuts in France
    ("stmicro-job-cuts", "fresh78", [
        ("lesechos.fr", "05-07 06:00",
         "STMicroelectronics va supprimer 1 000 postes en France",
         "Le fabricant franco-italien de semi-conducteurs prépare un plan de départs volontaires visant un millier de postes, principalement à Crolles et Tours."),
        ("usine-digitale.fr", "05-07 09:45",
         "STMicro : un millier de postes menacés dans l'Hexagone",
         "Confronté au ralentissement de l'automobile, le groupe de semi-conducteurs lance un plan de départs volontaires dans ses usines françaises."),
        ("silicon.fr", "05-07 12:30",
         "Layoffs chez STMicroelectronics",
         "Le spécialiste des puces veut réduire ses effectifs d'environ 1 000 personnes en France d'ici 2027, sans licenciement sec."),
        ("latribune.fr", "05-08 07:15",
         "Crolles, Rousset, Tours : les sites touchés par le plan de départs du fondeur",
         "Le détail, site par site, du plan qui doit conduire au départ d'un millier de salariés du groupe franco-italien."),
    ]),
    # ---------------------------------------------- Poco F8 launch (three days after the Redmi Note 15)
    ("xiaomi-poco-f8-launch", "fresh78", [
        ("frandroid.com", "05-08 13:00",
         "Poco F8 officialisé : le « flagship killer » de Xiaomi arrive à 499 euros",
         "La sous-marque de Xiaomi lance son Poco F8, animé par un Snapdragon 8 Elite, avec une batterie de 6 500 mAh."),
        ("clubic.com", "05-08 16:20",
         "Poco F8 : Xiaomi casse les prix du haut de gamme",
         "Le nouveau Poco F8 promet des performances de flagship pour moins de 500 euros ; il est disponible dès aujourd'hui en précommande."),
    ]),
    # ---------------------------------------------- Fnac Darty plans 400 job cuts
    ("fnac-darty-job-cuts", "fresh78", [
        ("lesechos.fr", "05-12 05:30",
         "Fnac Darty prépare la suppression de 400 postes",
         "Le distributeur de produits électroniques veut fermer plusieurs entrepôts et réduire ses effectifs dans le service après-vente, selon nos informations."),
        ("bfmtv.com", "05-12 09:00",
         "Fnac Darty va supprimer 400 emplois, selon Les Echos",
         "Le groupe de distribution prévoit de regrouper ses activités logistiques et de service après-vente, ce qui menacerait environ 400 postes."),
        ("lefigaro.fr", "05-12 12:40",
         "Le distributeur lance un plan social dans sa logistique",
         "Quelque 400 postes de Fnac Darty sont concernés par la réorganisation présentée aux représentants du personnel mardi matin."),
        ("journaldunet.com", "05-13 08:00",
         "Fnac Darty : les syndicats dénoncent un plan « brutal »",
         "Au lendemain de l'annonce de 400 suppressions de postes, la CGT et la CFDT réclament l'ouverture de négociations."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, May
    ("patch-tuesday-may", "fresh78", [
        ("lemondeinformatique.fr", "05-12 19:00",
         "Patch Tuesday de mai : Microsoft corrige 72 failles, dont trois zero-day",
         "Le lot mensuel de correctifs de Microsoft comble 72 vulnérabilités, dont trois déjà exploitées dans le pilote CLFS et le moteur DWM."),
        ("zdnet.fr", "05-12 21:10",
         "Microsoft colmate trois failles déjà exploitées",
         "La mise à jour de sécurité de mai de Microsoft corrige 72 vulnérabilités dans Windows, Office et Azure, dont trois zero-day."),
    ]),
    # ---------------------------------------------- iCloud outage, Tuesday 12 May
    ("icloud-outage-may12", "fresh78", [
        ("01net.com", "05-12 15:10",
         "Panne iCloud : les services d'Apple inaccessibles pour de nombreux utilisateurs",
         "Depuis 16 heures, iCloud, iMessage et l'App Store ne répondent plus pour une partie des utilisateurs en Europe."),
        ("numerama.com", "05-12 16:00",
         "iMessage, iCloud, Apple Music : une panne touche les services d'Apple",
         "Apple confirme sur sa page d'état des services un incident affectant plusieurs de ses services en ligne."),
        ("clubic.com", "05-13 08:30",
         "Apple explique la coupure géante de mardi",
         "Une erreur de configuration dans un centre de données européen serait à l'origine des trois heures d'indisponibilité d'iCloud."),
    ]),
    # ---------------------------------------------- One UI 8.5 rollout in France
    ("samsung-one-ui-85-rollout", "fresh78", [
        ("frandroid.com", "05-14 09:00",
         "One UI 8.5 arrive en France sur les Galaxy S25 : les nouveautés",
         "Samsung commence le déploiement de la stable de One UI 8.5 en Europe, avec de nouvelles fonctions Galaxy AI et un mode batterie adaptatif."),
        ("lesnumeriques.com", "05-14 15:30",
         "Samsung déploie One UI 8.5 : quels Galaxy sont concernés ?",
         "La mise à jour est disponible sur les Galaxy S25 et arrivera dans les prochaines semaines sur les pliants et les Galaxy A."),
    ]),
    # ---------------------------------------------- Darty warehouse strike (three days after the job cuts)
    ("darty-warehouse-strike", "fresh78", [
        ("bfmtv.com", "05-15 10:20",
         "Grève chez Darty : des livraisons perturbées partout en France",
         "Les salariés des entrepôts de Darty ont cessé le travail ce vendredi à l'appel de l'intersyndicale, retardant des milliers de livraisons."),
        ("lefigaro.fr", "05-15 14:00",
         "Darty : les entrepôts en grève contre le plan de suppression de postes",
         "Le mouvement, parti du site de Mitry-Mory, s'est étendu à cinq plateformes logistiques de l'enseigne."),
    ]),
    # ---------------------------------------------- iOS 26.5 released
    ("ios-26-5-release", "fresh78", [
        ("01net.com", "05-18 18:30",
         "iOS 26.5 est disponible : voici toutes les nouveautés",
         "Apple déploie iOS 26.5 sur les iPhone compatibles, avec de nouveaux fonds d'écran, des améliorations de Plans et la carte d'identité dans Cartes."),
        ("numerama.com", "05-18 19:15",
         "Faut-il installer iOS 26.5 ? Ce qui change sur votre iPhone",
         "La mise à jour de mai apporte son lot de nouveautés et corrige une trentaine de failles de sécurité."),
        ("lesnumeriques.com", "05-19 07:00",
         "Apple déploie sa mise à jour de printemps pour l'iPhone",
         "La nouvelle version du système de l'iPhone, iOS 26.5, est disponible en téléchargement depuis lundi soir."),
    ]),
    # ---------------------------------------------- Capgemini acquisition
    ("capgemini-acquisition", "fresh78", [
        ("lesechos.fr", "05-19 06:00",
         "Capgemini s'offre l'américain Northlake Data pour 1,1 milliard de dollars",
         "L'entreprise de services numériques met la main sur un spécialiste de l'ingénierie des données et de l'IA pour le secteur bancaire."),
        ("lemondeinformatique.fr", "05-19 09:20",
         "Capgemini rachète Northlake Data et renforce son offre IA",
         "L'ESN française acquiert la société de conseil américaine, qui compte 2 800 consultants, pour 1,1 milliard de dollars."),
    ]),
    # ---------------------------------------------- iCloud outage again, a week later (vague)
    ("icloud-outage-may19", "fresh78", [
        ("frandroid.com", "05-19 19:30",
         "Les services Apple de nouveau en rade",
         "Une semaine après la dernière coupure, des utilisateurs signalent à nouveau des difficultés pour se connecter à leur compte."),
        ("01net.com", "05-19 20:15",
         "Nouvelle panne chez Apple : iCloud et FaceTime perturbés ce mardi soir",
         "Apple reconnaît des problèmes de connexion sur plusieurs services, cette fois aux États-Unis comme en Europe."),
    ]),
    # ---------------------------------------------- Ransomware at the Annecy hospital
    ("ransomware-ch-annecy", "fresh78", [
        ("lemagit.fr", "05-20 09:30",
         "Le centre hospitalier Annecy Genevois frappé par un rançongiciel",
         "L'hôpital haut-savoyard a basculé en mode dégradé après le chiffrement d'une partie de ses serveurs dans la nuit de mardi à mercredi."),
        ("zdnet.fr", "05-20 14:00",
         "Cyberattaque à l'hôpital d'Annecy : les urgences en mode dégradé",
         "Les soignants travaillent sur papier et certaines opérations sont reportées ; l'ANSSI a dépêché une équipe sur place."),
        ("numerama.com", "05-21 08:00",
         "Le groupe Qilin revendique l'attaque contre l'hôpital haut-savoyard",
         "Les cybercriminels affirment avoir dérobé 400 Go de données de patients du centre hospitalier Annecy Genevois."),
    ]),
    # ---------------------------------------------- iOS 26.5 drains iPhone batteries (three days after release)
    ("ios-26-5-battery-drain", "fresh78", [
        ("01net.com", "05-21 09:10",
         "iOS 26.5 vide la batterie des iPhone : les plaintes se multiplient",
         "Depuis la dernière mise à jour, de nombreux possesseurs d'iPhone constatent une autonomie en chute libre."),
        ("clubic.com", "05-21 13:00",
         "Votre téléphone ne tient plus la journée ? Vous n'êtes pas seul",
         "Sur les forums d'Apple, les témoignages se multiplient : l'iPhone chauffe et perd 20 % de charge par heure depuis la mise à jour de lundi."),
        ("numerama.com", "05-22 10:20",
         "Autonomie en berne : Apple reconnaît le problème",
         "La firme de Cupertino indique avoir identifié le processus responsable de la surconsommation et prépare un correctif."),
    ]),
    # ---------------------------------------------- Xiaomi's second in-house chip
    ("xiaomi-xring-o2", "fresh78", [
        ("numerama.com", "05-22 12:00",
         "Xiaomi présente XRING O2, sa deuxième puce maison gravée en 3 nm",
         "Le fabricant chinois poursuit son émancipation vis-à-vis de Qualcomm avec un nouveau processeur conçu en interne."),
        ("frandroid.com", "05-22 14:00",
         "Après XRING O1, Xiaomi récidive avec un nouveau processeur pour ses smartphones haut de gamme",
         "Le XRING O2 promet 20 % de performances en plus et équipera d'abord le Xiaomi 17S Pro en Chine."),
    ]),
    # ---------------------------------------------- Ransomware at Nantes university hospital (two days after Annecy)
    ("ransomware-chu-nantes", "fresh78", [
        ("lemagit.fr", "05-22 11:00",
         "Le CHU de Nantes à son tour visé par une cyberattaque",
         "Deux jours après Annecy, c'est le CHU de Nantes qui a dû couper ses accès Internet après la détection d'un chiffrement en cours."),
        ("01net.com", "05-22 15:30",
         "Nantes : le CHU déprogramme des opérations après une attaque informatique",
         "Le centre hospitalier universitaire a déclenché son plan blanc ; la nature du rançongiciel n'a pas été précisée."),
    ]),
    # ---------------------------------------------- Back Market raises 300 million euros
    ("backmarket-funding", "fresh78", [
        ("lesechos.fr", "05-26 05:30",
         "Back Market lève 300 millions d'euros et vise la rentabilité",
         "La plateforme de produits reconditionnés boucle un tour de table mené par General Atlantic, son premier depuis 2022."),
        ("journaldunet.com", "05-26 09:00",
         "La licorne du reconditionné boucle un nouveau tour de table",
         "La place de marché française des smartphones de seconde main lève 300 millions d'euros auprès de General Atlantic et de ses investisseurs historiques."),
        ("usine-digitale.fr", "05-26 11:30",
         "Back Market valorisé 6 milliards de dollars après une levée de 300 millions",
         "Les fonds serviront à ouvrir de nouveaux ateliers de reconditionnement en Europe et à se lancer au Japon."),
    ]),
    # ---------------------------------------------- Certideal raises 15 million euros (same day as Back Market)
    ("certideal-funding", "fresh78", [
        ("lesechos.fr", "05-26 15:00",
         "Certideal lève 15 millions d'euros pour ses smartphones reconditionnés",
         "La start-up parisienne, qui reconditionne des iPhone dans son atelier de Bordeaux, boucle une série B auprès de Bpifrance."),
    ]),
    # ---------------------------------------------- Xiaomi Q1 results
    ("xiaomi-results-q1", "fresh78", [
        ("lesechos.fr", "05-27 06:00",
         "Xiaomi : bénéfice record au premier trimestre porté par la voiture électrique",
         "Le groupe chinois affiche un résultat net ajusté de 11 milliards de yuans, en hausse de 60 %, grâce à sa berline SU7 et à ses smartphones."),
        ("frandroid.com", "05-27 12:00",
         "Les chiffres fous du premier trimestre de Xiaomi",
         "Chiffre d'affaires en hausse de 30 %, 43 millions de smartphones écoulés, 90 000 voitures livrées : Xiaomi publie des résultats record."),
    ]),
    # ---------------------------------------------- OnePlus 15 update breaks the fingerprint reader
    ("oneplus-15-fingerprint-bug", "fresh78", [
        ("frandroid.com", "05-29 10:00",
         "OnePlus 15 : une mise à jour rend le lecteur d'empreintes inutilisable",
         "Depuis l'installation d'OxygenOS 16.0.3, de nombreux utilisateurs ne parviennent plus à déverrouiller leur smartphone avec leur doigt."),
        ("01net.com", "05-29 15:00",
         "Le capteur d'empreintes de votre OnePlus ne répond plus ? La marque retire la mise à jour",
         "OnePlus a suspendu le déploiement du dernier correctif du OnePlus 15 et promet une nouvelle version dans la semaine."),
    ]),
    # ---------------------------------------------- Weekly deals post, 30 May
    ("lesnum-bons-plans-0530", "fresh78", [
        ("lesnumeriques.com", "05-30 08:00",
         "Les bons plans du week-end : Galaxy S26, AirPods Pro 3 et Pixel 10",
         "Notre sélection des meilleures promotions high-tech de ce week-end, vérifiées par la rédaction."),
    ]),
    # ---------------------------------------------- iPhone 17 deal at Amazon
    ("deal-iphone17-amazon", "fresh78", [
        ("clubic.com", "06-02 12:00",
         "L'iPhone 17 tombe à 799 € chez Amazon : une baisse rare",
         "Le dernier iPhone d'Apple profite d'une remise de 170 euros sur Amazon, son prix le plus bas depuis sa sortie."),
    ]),
    # ---------------------------------------------- Xiaomi power-bank recall
    ("xiaomi-powerbank-recall", "fresh78", [
        ("01net.com", "06-03 09:00",
         "Xiaomi rappelle des batteries externes pour risque d'incendie",
         "Le fabricant chinois demande aux acheteurs de sa Power Bank 20 000 mAh de cesser de l'utiliser : 150 000 exemplaires sont concernés en France."),
        ("numerama.com", "06-03 11:40",
         "Surchauffe : n'utilisez plus cette batterie externe vendue en France",
         "Une cellule défectueuse peut provoquer un départ de feu pendant la recharge ; le modèle Mi 20 000 mAh est remboursé en magasin."),
        ("lesnumeriques.com", "06-03 16:00",
         "Rappel produit : ce qu'il faut faire si vous possédez une batterie Xiaomi 20 000 mAh",
         "Numéros de lot concernés, remboursement, dépôt en point de collecte : le mode d'emploi du rappel lancé ce mercredi."),
    ]),
    # ---------------------------------------------- Apple emergency zero-day patch, June
    ("apple-zero-day-june", "fresh78", [
        ("zdnet.fr", "06-03 20:00",
         "Apple corrige en urgence deux failles zero-day exploitées contre des iPhone",
         "iOS 26.5.1 comble deux vulnérabilités du noyau et de WebKit qui auraient été utilisées dans des attaques ciblées très sophistiquées."),
        ("01net.com", "06-04 08:00",
         "Mettez à jour votre iPhone : Apple comble deux failles activement exploitées",
         "La mise à jour publiée mercredi soir corrige deux brèches déjà utilisées par des pirates ; Apple recommande de l'installer sans tarder."),
    ]),
    # ---------------------------------------------- Orange mobile network outage
    ("orange-mobile-outage", "fresh78", [
        ("bfmtv.com", "06-04 08:00",
         "Panne géante chez Orange : les appels impossibles dans plusieurs régions",
         "Depuis 6 heures ce jeudi, de nombreux abonnés mobiles d'Orange ne peuvent ni appeler ni envoyer de SMS."),
        ("01net.com", "06-04 09:30",
         "Réseau mobile Orange en panne : ce que l'on sait",
         "L'opérateur confirme un incident national sur la voix et les SMS ; les numéros d'urgence sont aussi touchés."),
        ("lefigaro.fr", "06-04 12:00",
         "L'opérateur historique privé de voix pendant cinq heures",
         "Les clients du premier opérateur français n'ont pu joindre personne jeudi matin, y compris le 15 et le 112 ; le gouvernement demande des explications."),
        ("next.ink", "06-05 10:00",
         "Panne Orange : un logiciel de cœur de réseau en cause",
         "Une mise à jour défectueuse d'un équipement de cœur de réseau a provoqué la coupure de jeudi, selon l'opérateur."),
    ]),
    # ---------------------------------------------- Bouygues Telecom outage two days after Orange's
    ("bouygues-mobile-outage", "fresh78", [
        ("numerama.com", "06-06 17:00",
         "Panne mobile : des abonnés privés de réseau ce samedi",
         "Des milliers de clients de Bouygues Telecom signalent depuis midi l'impossibilité de passer des appels, deux jours après la panne d'Orange."),
    ]),
    # ---------------------------------------------- Weekly deals post, 6 June
    ("lesnum-bons-plans-0606", "fresh78", [
        ("lesnumeriques.com", "06-06 08:00",
         "Les bons plans du week-end : iPhone 17, Xiaomi 17 et OnePlus 15",
         "Notre sélection des meilleures promotions high-tech de ce week-end, vérifiées par la rédaction."),
    ]),
    # ---------------------------------------------- Anker power-bank recall (five days after Xiaomi's)
    ("anker-powerbank-recall", "fresh78", [
        ("frandroid.com", "06-08 10:00",
         "Anker rappelle plus d'un million de batteries externes",
         "Le spécialiste des accessoires de charge rappelle cinq modèles PowerCore en raison d'un risque de surchauffe de leurs cellules."),
        ("01net.com", "06-08 13:00",
         "Rappel : Anker demande de ne plus utiliser ces batteries PowerCore",
         "Les modèles concernés ont été vendus sur Amazon entre 2024 et 2025 ; Anker propose un remplacement gratuit."),
    ]),
    # ---------------------------------------------- WWDC: iOS 27 unveiled
    ("wwdc-ios27", "fresh78", [
        ("numerama.com", "06-08 18:30",
         "iOS 27 officialisé : Apple mise tout sur Siri et l'intelligence artificielle",
         "Lors de sa conférence WWDC, Apple a présenté la prochaine version du système de l'iPhone, avec un Siri enfin conversationnel."),
        ("01net.com", "06-08 19:00",
         "WWDC 2026 : toutes les nouveautés d'iOS 27 pour votre iPhone",
         "Nouveau Siri, Messages remanié, écran verrouillé généré par l'IA : voici ce qu'Apple prépare pour la rentrée."),
        ("frandroid.com", "06-08 20:10",
         "Apple dévoile iOS 27, une mise à jour centrée sur la stabilité",
         "Après la refonte Liquid Glass, Apple promet une version plus sobre, plus rapide et plus économe en batterie."),
        ("lesnumeriques.com", "06-09 07:30",
         "iOS 27 : la liste des iPhone compatibles (et ceux qui restent sur le carreau)",
         "Apple abandonne la prise en charge de l'iPhone 11 avec sa prochaine mise à jour majeure, présentée lundi lors de la WWDC."),
        ("clubic.com", "06-09 10:00",
         "Ce qui change vraiment sur votre téléphone à la rentrée",
         "Assistant vocal repensé, applications remaniées : le point sur les annonces de lundi soir pour le système mobile d'Apple."),
    ]),
    # ---------------------------------------------- WWDC: macOS 27 unveiled (same keynote, separate product)
    ("wwdc-macos27", "fresh78", [
        ("lemondeinformatique.fr", "06-08 20:30",
         "macOS 27 : Apple tourne la page des Mac Intel",
         "Présenté lors de la WWDC, macOS 27 est la première version du système réservée aux Mac à puce Apple Silicon."),
        ("01net.com", "06-08 21:00",
         "WWDC 2026 : macOS 27 officialisé, voici les nouveautés pour votre Mac",
         "Spotlight dopé à l'IA, Téléphone sur Mac amélioré et fin du support Intel : les principales annonces pour l'ordinateur d'Apple."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, June
    ("patch-tuesday-june", "fresh78", [
        ("lemondeinformatique.fr", "06-09 19:05",
         "Patch Tuesday de juin : Microsoft corrige 66 vulnérabilités",
         "Le correctif mensuel de Microsoft comble 66 failles, dont une zero-day dans le service WebDAV exploitée par un groupe d'espionnage."),
        ("silicon.fr", "06-10 08:15",
         "Patch Tuesday : une zero-day WebDAV au menu de juin",
         "Microsoft a publié mardi ses correctifs de sécurité mensuels : 66 vulnérabilités, dont une activement exploitée."),
    ]),
    # ---------------------------------------------- Android 17 stable release
    ("android-17-release", "fresh78", [
        ("frandroid.com", "06-10 17:00",
         "Android 17 est disponible : les Pixel reçoivent la mise à jour en premier",
         "Google déploie la version stable d'Android 17 sur les Pixel 6 à Pixel 10, avec des bulles pour toutes les applications et un nouveau mode bureau."),
        ("numerama.com", "06-10 18:30",
         "Google lance Android 17 : ce qui change sur votre smartphone",
         "Fenêtres flottantes, contrôles parentaux renforcés, notifications regroupées : tour d'horizon de la nouvelle version du système de Google."),
        ("01net.com", "06-11 07:45",
         "Android 17 arrive sur les Pixel : comment l'installer dès maintenant",
         "La mise à jour est proposée depuis mercredi soir ; voici comment forcer son téléchargement sur votre Pixel."),
    ]),
    # ---------------------------------------------- Apple holds back iOS 27 features in the EU (DMA)
    ("ios27-eu-features-withheld", "fresh78", [
        ("next.ink", "06-10 09:30",
         "DMA : Apple prive les Européens de plusieurs fonctions d'iOS 27",
         "La recopie de l'iPhone sur Mac et le nouveau Siri ne seront pas disponibles dans l'Union européenne à la rentrée, invoquant le règlement sur les marchés numériques."),
        ("numerama.com", "06-10 14:00",
         "Les nouveautés d'iOS 27 que vous n'aurez pas en France",
         "Apple confirme que plusieurs fonctions présentées lundi seront bloquées dans l'UE, et accuse Bruxelles d'en être responsable."),
    ]),
    # ---------------------------------------------- Fairbuds 2 earbuds
    ("fairphone-fairbuds-2", "fresh78", [
        ("frandroid.com", "06-11 09:00",
         "Fairbuds 2 : Fairphone lance des écouteurs à batterie remplaçable",
         "Le fabricant néerlandais renouvelle ses écouteurs sans fil, dont les batteries et les embouts se changent sans outil."),
        ("lesnumeriques.com", "06-11 11:30",
         "Fairphone dévoile ses nouveaux écouteurs réparables à 149 euros",
         "Réduction de bruit améliorée et étui à batterie amovible : les Fairbuds 2 sont disponibles dès aujourd'hui."),
    ]),
    # ---------------------------------------------- Android 17 cuts Wi-Fi on Pixel 10 (two days after release)
    ("pixel-wifi-bug", "fresh78", [
        ("frandroid.com", "06-12 09:00",
         "Pixel 10 : la dernière mise à jour coupe le Wi-Fi",
         "Depuis le passage à la nouvelle version du système, de nombreux propriétaires de Pixel 10 perdent la connexion Wi-Fi toutes les quelques minutes."),
        ("01net.com", "06-12 12:30",
         "Votre Pixel perd le Wi-Fi ? Google enquête",
         "Les signalements affluent sur le forum d'assistance de Google : la connexion sans fil décroche sans raison sur les Pixel 10 et 10 Pro."),
        ("numerama.com", "06-13 09:00",
         "Wi-Fi instable sur les Pixel : Google confirme un bug et suspend le déploiement",
         "Google reconnaît un problème logiciel touchant certains routeurs et interrompt la distribution de la mise à jour d'Android 17 en attendant un correctif."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, 13 June
    ("01net-essentiel-0613", "fresh78", [
        ("01net.com", "06-13 09:00",
         "L'essentiel de la semaine : WWDC, Android 17 et batteries rappelées",
         "iOS 27, macOS 27, la sortie d'Android 17 et les rappels de batteries externes : ce qu'il ne fallait pas manquer cette semaine."),
    ]),
    # ---------------------------------------------- iPhone 18 Pro price leak
    ("iphone18-pro-price-leak", "fresh78", [
        ("01net.com", "06-15 10:00",
         "iPhone 18 Pro : une fuite annonce une hausse de prix de 100 dollars",
         "Selon l'analyste Jeff Pu, le passage à la gravure en 2 nm de TSMC pousserait Apple à augmenter le prix de ses prochains modèles Pro."),
        ("frandroid.com", "06-15 14:30",
         "Les prochains iPhone Pro coûteront plus cher, selon un analyste",
         "La puce A20 et son procédé de gravure plus coûteux feraient grimper la facture de 100 dollars aux États-Unis."),
    ]),
    # ---------------------------------------------- Samsung appeals its DGCCRF fine (six weeks later)
    ("samsung-fine-appeal", "fresh78", [
        ("next.ink", "06-16 09:40",
         "Samsung conteste son amende sur l'indice de réparabilité",
         "Le fabricant coréen a saisi le tribunal administratif de Paris pour faire annuler la sanction de 2,4 millions d'euros prononcée en mai."),
        ("lesnumeriques.com", "06-16 15:20",
         "Amende de la DGCCRF : Samsung dépose un recours",
         "Samsung estime avoir affiché les indices de réparabilité exigés et conteste l'interprétation de la répression des fraudes."),
    ]),
    # ---------------------------------------------- Mistral AI reasoning model
    ("mistral-magistral-2", "fresh78", [
        ("usine-digitale.fr", "06-17 09:00",
         "Mistral AI lance Magistral 2, son nouveau modèle de raisonnement",
         "La start-up française publie une version ouverte et une version commerciale de son modèle capable de détailler ses étapes de réflexion."),
        ("numerama.com", "06-17 11:00",
         "Le champion français de l'IA veut raisonner mieux que les Américains",
         "Mistral AI dévoile Magistral 2, un modèle qui rivalise selon elle avec les meilleurs modèles d'OpenAI sur les mathématiques et le code."),
        ("lemondeinformatique.fr", "06-17 15:00",
         "Magistral 2 : Mistral AI cible les entreprises avec son modèle de raisonnement",
         "Disponible dans Le Chat et via API, le modèle peut être déployé sur site pour les clients soucieux de souveraineté."),
    ]),
    # ---------------------------------------------- iPhone Fold hinge leak (three days after the iPhone 18 Pro leak)
    ("iphone-fold-hinge-leak", "fresh78", [
        ("numerama.com", "06-18 11:00",
         "iPhone pliant : les premières photos de la charnière auraient fuité",
         "Des clichés publiés sur le réseau social Weibo montreraient la charnière en titane du futur smartphone pliable d'Apple."),
        ("clubic.com", "06-18 15:00",
         "L'iPhone Fold se dévoile dans une fuite : charnière en titane et pli invisible",
         "Un leaker chinois publie des photos de composants qui confirmeraient un écran sans pli visible pour le premier pliant d'Apple."),
    ]),
    # ---------------------------------------------- iPhone 17 deal at Fnac
    ("deal-iphone17-fnac", "fresh78", [
        ("frandroid.com", "06-18 10:00",
         "L'iPhone 17 à prix cassé chez la Fnac",
         "La Fnac et Darty affichent l'iPhone 17 128 Go à 779 euros pendant quelques jours, un prix jamais vu chez un revendeur français."),
    ]),
    # ---------------------------------------------- Xiaomi flagship store in Paris
    ("xiaomi-paris-store", "fresh78", [
        ("frandroid.com", "06-20 10:00",
         "Xiaomi ouvre sur les Champs-Élysées son plus grand magasin d'Europe",
         "Smartphones, trottinettes, électroménager et même la voiture SU7 : la boutique de 1 200 m² ouvre ses portes ce samedi."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, 20 June
    ("01net-essentiel-0620", "fresh78", [
        ("01net.com", "06-20 09:00",
         "L'essentiel de la semaine : iPhone 18, recours de Samsung et Mistral AI",
         "Les fuites sur les prochains iPhone, Samsung qui conteste son amende et le nouveau modèle de Mistral AI : le résumé de la semaine."),
    ]),
    # ---------------------------------------------- iOS 27 beta 2 (two weeks after WWDC)
    ("ios27-beta2", "fresh78", [
        ("clubic.com", "06-22 19:00",
         "iOS 27 bêta 2 : Apple corrige les premiers bugs et ajoute de nouvelles options",
         "La deuxième bêta développeur d'iOS 27 est disponible, deux semaines après la présentation du système à la WWDC."),
    ]),
    # ---------------------------------------------- France Travail data leak
    ("france-travail-leak", "fresh78", [
        ("numerama.com", "06-23 10:00",
         "France Travail : nouvelle fuite de données touchant 1,2 million de demandeurs d'emploi",
         "Noms, adresses, numéros de sécurité sociale : l'opérateur public prévient les personnes concernées d'un accès frauduleux à leurs données."),
        ("lemagit.fr", "06-23 14:00",
         "France Travail : un compte de conseiller compromis à l'origine de la fuite",
         "L'attaquant a utilisé les identifiants volés d'un agent pour interroger massivement le système d'information de l'opérateur public."),
    ]),
    # ---------------------------------------------- One UI 9 beta opens
    ("samsung-one-ui-9-beta", "fresh78", [
        ("frandroid.com", "06-24 11:00",
         "One UI 9 : Samsung ouvre sa bêta en France, voici comment s'inscrire",
         "Les possesseurs de Galaxy S26 peuvent tester dès maintenant la prochaine interface de Samsung, basée sur Android 17."),
    ]),
    # ---------------------------------------------- Paris appeals court upholds the ATT fine against Apple
    ("apple-att-appeal-ruling", "fresh78", [
        ("next.ink", "06-25 14:00",
         "ATT : la cour d'appel de Paris confirme l'amende de 150 millions d'euros infligée à Apple",
         "Les juges rejettent le recours d'Apple contre la décision de l'Autorité de la concurrence sur son dispositif de consentement au suivi publicitaire."),
        ("lemondeinformatique.fr", "06-25 17:00",
         "Transparence du suivi publicitaire : Apple perd en appel face à l'Autorité de la concurrence",
         "La cour d'appel juge que la mise en œuvre d'App Tracking Transparency désavantageait les éditeurs d'applications tiers."),
    ]),
    # ---------------------------------------------- Private-copy levy on refurbished smartphones
    ("copie-privee-reconditionnes", "fresh78", [
        ("next.ink", "06-26 09:00",
         "Copie privée : la redevance sur les smartphones reconditionnés va augmenter",
         "La commission copie privée a adopté un nouveau barème qui relève de 20 % la redevance prélevée sur les téléphones de seconde main."),
        ("lesnumeriques.com", "06-26 14:00",
         "Les téléphones reconditionnés vont coûter plus cher à cause d'une taxe",
         "Le barème voté jeudi alourdit la rémunération pour copie privée ; les reconditionneurs dénoncent un coup dur pour l'économie circulaire."),
    ]),
    # ---------------------------------------------- Apple buys a French AI start-up
    ("apple-acquires-vizeo", "fresh78", [
        ("lesechos.fr", "06-29 06:00",
         "Apple s'offre Vizeo, une pépite parisienne de la vision par ordinateur",
         "Le groupe américain rachète la jeune pousse fondée en 2021, spécialisée dans les modèles d'IA qui tournent directement sur le téléphone."),
        ("usine-digitale.fr", "06-29 10:00",
         "La firme à la pomme met la main sur une start-up française de l'IA embarquée",
         "Les 40 ingénieurs de Vizeo rejoindront les équipes d'Apple Intelligence ; le montant de la transaction n'est pas communiqué."),
        ("silicon.fr", "06-29 13:00",
         "Apple acquiert Vizeo pour renforcer Apple Intelligence",
         "Après plusieurs rachats discrets aux États-Unis, Apple s'offre une start-up parisienne de vision par ordinateur."),
    ]),
    # ---------------------------------------------- Samsung announces the date of Unpacked
    ("samsung-unpacked-invitation", "fresh78", [
        ("frandroid.com", "06-30 15:00",
         "Samsung officialise son Galaxy Unpacked du 22 juillet à New York",
         "Les invitations sont parties : Samsung présentera ses nouveaux smartphones pliants et ses montres lors d'une conférence à New York."),
        ("lesnumeriques.com", "06-30 17:00",
         "Galaxy Unpacked : Samsung donne rendez-vous le 22 juillet pour ses pliants",
         "Le fabricant coréen confirme la date de sa conférence estivale, où sont attendus les Galaxy Z Fold 8 et Z Flip 8."),
    ]),
    # ---------------------------------------------- EU rules on user-replaceable batteries
    ("eu-replaceable-batteries", "fresh78", [
        ("next.ink", "06-30 10:00",
         "Batteries remplaçables : Bruxelles précise ce qui attend les smartphones en 2027",
         "La Commission européenne publie ses lignes directrices sur l'obligation de batteries amovibles par l'utilisateur, et les exceptions prévues."),
    ]),
    # ---------------------------------------------- Nothing Phone (4) launch
    ("nothing-phone4-launch", "fresh78", [
        ("frandroid.com", "07-01 16:00",
         "Nothing Phone (4) officialisé : prix, fiche technique et date de sortie",
         "Snapdragon 8 Elite, écran 6,7 pouces et nouvelle interface lumineuse Glyph : le Phone (4) sera vendu 899 euros à partir du 15 juillet."),
        ("numerama.com", "07-01 16:30",
         "Avec le Phone (4), Nothing passe enfin au haut de gamme",
         "La jeune marque londonienne vise l'iPhone 17 et le Galaxy S26 avec son smartphone le plus cher à ce jour."),
        ("01net.com", "07-01 17:15",
         "Hands-on : nos premières heures avec le Nothing Phone (4)",
         "Design transparent, appareil photo périscope, Glyph Matrix : nous avons pu manipuler le nouveau smartphone de Nothing avant son lancement."),
        ("bfmtv.com", "07-02 07:30",
         "La marque de Carl Pei dévoile un smartphone à 899 euros",
         "La start-up britannique, qui ne cesse de monter en gamme, présente son quatrième téléphone, toujours reconnaissable à son dos lumineux."),
    ]),
    # ---------------------------------------------- Nothing Headphone (2) (same launch event, separate product)
    ("nothing-headphone2-launch", "fresh78", [
        ("frandroid.com", "07-01 17:30",
         "Nothing Headphone (2) : le casque revient avec 90 heures d'autonomie",
         "Le deuxième casque de Nothing améliore la réduction de bruit et adopte des coussinets remplaçables, pour 329 euros."),
        ("lesnumeriques.com", "07-01 18:00",
         "Nothing dévoile aussi son Headphone (2), un casque à réduction de bruit à 329 euros",
         "Présenté aux côtés du Phone (4), le nouveau casque de la marque londonienne mise sur l'autonomie et le design."),
    ]),
    # ---------------------------------------------- Fairphone raises funds
    ("fairphone-funding", "fresh78", [
        ("numerama.com", "07-02 10:00",
         "Fairphone lève 45 millions d'euros pour accélérer en Europe",
         "Le fabricant de smartphones réparables annonce un tour de table mené par un fonds d'impact néerlandais pour doubler ses ventes d'ici 2028."),
        ("usine-digitale.fr", "07-02 12:00",
         "Le pionnier néerlandais du téléphone éthique boucle une levée de 45 millions",
         "Fairphone veut financer ses prochains modèles et ouvrir de nouveaux marchés, dont l'Amérique du Nord."),
    ]),
    # ---------------------------------------------- Apple emergency zero-day patch, July (a month after June's)
    ("apple-zero-day-july", "fresh78", [
        ("zdnet.fr", "07-07 19:30",
         "Nouvelle faille zero-day : Apple publie une mise à jour d'urgence",
         "iOS 26.6.1 corrige une vulnérabilité de WebKit qu'Apple dit avoir été exploitée contre des personnes ciblées."),
        ("numerama.com", "07-08 09:00",
         "Une faille du navigateur exploitée : installez vite la mise à jour de votre iPhone",
         "Apple a publié mardi soir un correctif pour une brèche de WebKit utilisée par des pirates ; iPad et Mac sont aussi concernés."),
    ]),
    # ---------------------------------------------- Pixel July update (after the Wi-Fi bug)
    ("pixel-july-update", "fresh78", [
        ("frandroid.com", "07-07 18:00",
         "Mise à jour de juillet des Pixel : nouvelles fonctions et 40 failles corrigées",
         "Google déploie son correctif mensuel, qui ajoute le mode lampe de poche réglable et règle au passage les soucis de connexion Wi-Fi."),
    ]),
    # ---------------------------------------------- OnePlus Nord 6 launch
    ("oneplus-nord6-launch", "fresh78", [
        ("frandroid.com", "07-08 14:00",
         "OnePlus Nord 6 : le milieu de gamme passe à 7 000 mAh",
         "Le nouveau Nord 6 embarque une batterie record, un écran 144 Hz et une charge à 100 W, pour 449 euros."),
        ("clubic.com", "07-08 16:00",
         "OnePlus lance le Nord 6 et le Nord CE 6 en France",
         "Les deux smartphones de milieu de gamme de OnePlus sont disponibles dès aujourd'hui, à partir de 329 euros pour le CE 6."),
        ("lesnumeriques.com", "07-08 17:30",
         "OnePlus Nord 6 : prix, disponibilité et premières impressions",
         "Nous avons pris en main le nouveau Nord 6 de OnePlus, présenté ce mercredi : une fiche technique généreuse pour le prix."),
    ]),
    # ---------------------------------------------- OVHcloud quarterly results
    ("ovhcloud-q3-results", "fresh78", [
        ("lemagit.fr", "07-08 07:00",
         "OVHcloud relève ses objectifs après un troisième trimestre solide",
         "Le champion français du cloud affiche une croissance de 11 % de son chiffre d'affaires, portée par le cloud public."),
    ]),
    # ---------------------------------------------- Nothing Phone (4) review (two weeks after launch)
    ("nothing-phone4-review", "fresh78", [
        ("lesnumeriques.com", "07-14 08:00",
         "Test du Nothing Phone (4) : un vrai haut de gamme, enfin ?",
         "Autonomie, photo, performances : notre verdict complet après deux semaines avec le smartphone le plus ambitieux de Nothing."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, July
    ("patch-tuesday-july", "fresh78", [
        ("zdnet.fr", "07-14 20:30",
         "Patch Tuesday de juillet : 130 correctifs et une faille SharePoint exploitée",
         "Microsoft corrige 130 vulnérabilités ce mois-ci, dont une zero-day dans SharePoint Server déjà utilisée par des attaquants."),
    ]),
    # ---------------------------------------------- Made by Google date announced
    ("made-by-google-date", "fresh78", [
        ("frandroid.com", "07-15 16:00",
         "Google fixe au 20 août la présentation des Pixel 11",
         "Les invitations pour l'événement Made by Google sont parties : Google présentera ses nouveaux smartphones le 20 août à New York."),
        ("lesnumeriques.com", "07-15 18:00",
         "Made by Google 2026 : rendez-vous le 20 août pour les Pixel 11",
         "Google confirme la date de sa grand-messe annuelle, où sont attendus les Pixel 11, une nouvelle montre et des écouteurs."),
    ]),
    # ---------------------------------------------- Microsoft 365 outage
    ("microsoft-365-outage", "fresh78", [
        ("lemagit.fr", "07-16 10:00",
         "Outlook et Teams en panne pour de nombreuses entreprises européennes",
         "Depuis 8 heures ce jeudi, la messagerie et la visioconférence de Microsoft sont inaccessibles pour une partie des clients en Europe."),
        ("zdnet.fr", "07-16 13:00",
         "Microsoft 365 : une panne prive les utilisateurs de messagerie pendant quatre heures",
         "Microsoft attribue l'incident à une modification de configuration de son infrastructure d'authentification, annulée depuis."),
    ]),
    # ---------------------------------------------- Galaxy Z Fold 8 price leak (three days before Unpacked)
    ("zfold8-price-leak", "fresh78", [
        ("clubic.com", "07-19 11:00",
         "Galaxy Z Fold 8 : le prix européen fuite à trois jours de l'Unpacked",
         "Selon un revendeur allemand, le prochain pliant de Samsung serait vendu 2 099 euros, soit 100 euros de plus que son prédécesseur."),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Z Fold 8
    ("zfold8-launch", "fresh78", [
        ("frandroid.com", "07-22 14:15",
         "Galaxy Z Fold 8 officialisé : plus fin, plus léger et toujours aussi cher",
         "Samsung présente son nouveau pliant de 8,2 mm d'épaisseur une fois déplié, vendu 2 099 euros à partir du 7 août."),
        ("01net.com", "07-22 14:30",
         "Samsung Galaxy Z Fold 8 : prix, date de sortie et fiche technique",
         "Écran interne de 8,1 pouces, capteur 200 mégapixels et Snapdragon 8 Elite Gen 5 : tout savoir sur le nouveau Fold."),
        ("numerama.com", "07-22 15:10",
         "Le coréen affine encore son grand pliant",
         "Présenté ce mercredi à New York, le Galaxy Z Fold 8 de Samsung perd 20 grammes et gagne une batterie plus grosse."),
        ("lesnumeriques.com", "07-22 16:00",
         "Prise en main du Galaxy Z Fold 8 : le pliant qui se fait oublier dans la poche",
         "Nous avons pu manipuler le Galaxy Z Fold 8 quelques heures avant son officialisation : premières impressions."),
        ("lefigaro.fr", "07-23 06:00",
         "Samsung mise sur son grand pliant pour contrer Apple",
         "Le numéro un mondial des smartphones a présenté mercredi à New York son Galaxy Z Fold 8, quelques mois avant l'arrivée attendue d'un iPhone pliable."),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Z Flip 8 (same keynote)
    ("zflip8-launch", "fresh78", [
        ("frandroid.com", "07-22 14:20",
         "Galaxy Z Flip 8 : Samsung muscle son petit pliant avec un Exynos 2600",
         "Le clapet de Samsung adopte une puce maison gravée en 2 nm et un écran externe plus grand, à partir de 1 199 euros."),
        ("01net.com", "07-22 15:00",
         "Galaxy Z Flip 8 officiel : prix, date de sortie et nouveautés",
         "Le nouveau smartphone à clapet de Samsung sera disponible le 7 août ; les précommandes sont ouvertes dès aujourd'hui."),
        ("clubic.com", "07-22 17:00",
         "Le Galaxy Z Flip 8 abandonne le Snapdragon : ce que ça change",
         "Pour la deuxième année, Samsung équipe son pliant compact de sa propre puce Exynos ; faut-il s'en inquiéter ?"),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Watch 9 (same keynote)
    ("galaxy-watch9-launch", "fresh78", [
        ("lesnumeriques.com", "07-22 15:30",
         "Galaxy Watch 9 et Watch 9 Classic : Samsung mise sur la santé",
         "Les nouvelles montres connectées de Samsung mesurent la pression artérielle sans étalonnage et gagnent deux jours d'autonomie."),
        ("frandroid.com", "07-22 16:30",
         "Samsung Galaxy Watch 9 : prix et nouveautés des montres présentées à l'Unpacked",
         "Gemini au poignet, lunette rotative de retour et capteur de glucose expérimental : le point sur les nouvelles Galaxy Watch."),
    ]),
    # ---------------------------------------------- Galaxy S26 Ultra deal the day after Unpacked
    ("deal-galaxy-s26-ultra", "fresh78", [
        ("clubic.com", "07-23 12:00",
         "Le Galaxy S26 Ultra chute à 999 € au lendemain de l'Unpacked",
         "Le smartphone le plus haut de gamme de Samsung perd 470 euros chez plusieurs revendeurs, une offre à saisir avant la rentrée."),
    ]),
    # ---------------------------------------------- Google teases the Pixel 11 Pro design
    ("pixel11-teaser", "fresh78", [
        ("numerama.com", "07-28 17:00",
         "Google dévoile lui-même le design du Pixel 11 Pro dans une vidéo",
         "Dans un court clip publié sur ses réseaux sociaux, Google montre le dos de son prochain smartphone et sa barre photo redessinée."),
        ("01net.com", "07-29 08:00",
         "Pixel 11 Pro : Google joue la carte du teaser à trois semaines de sa présentation",
         "Le géant de Mountain View n'a pas attendu le 20 août pour montrer son nouveau smartphone, en coloris vert sauge."),
    ]),
    # ---------------------------------------------- Apple's fiscal Q3 results (quarter after the Q2 results)
    ("apple-results-fq3", "fresh78", [
        ("lesechos.fr", "07-31 05:50",
         "Apple dépasse les attentes au troisième trimestre malgré les droits de douane",
         "Le groupe à la pomme a réalisé 97 milliards de dollars de chiffre d'affaires d'avril à juin, soit 9 % de plus qu'un an plus tôt."),
        ("lemondeinformatique.fr", "07-31 08:40",
         "Résultats trimestriels d'Apple : les Mac et les services tirent la croissance",
         "Apple annonce 97 milliards de dollars de revenus pour son troisième trimestre fiscal 2026 ; les services franchissent les 30 milliards."),
        ("01net.com", "07-31 11:00",
         "Tim Cook se félicite d'un trimestre record pour les services",
         "Lors de la conférence avec les analystes, le patron d'Apple a mis en avant la croissance de l'App Store, d'iCloud et d'Apple Music."),
    ]),
    # ---------------------------------------------- Counterpoint: iPhone 17 best-selling phone of Q1
    ("counterpoint-iphone17-bestseller", "fresh78", [
        ("lesnumeriques.com", "05-14 10:00",
         "L'iPhone 17 est le smartphone le plus vendu au monde au premier trimestre, selon Counterpoint",
         "Le cabinet d'études place le modèle de base d'Apple devant l'iPhone 17 Pro Max et le Galaxy A16 de Samsung."),
    ]),
    # ---------------------------------------------- Nothing Phone (4) price leak (two days before launch)
    ("nothing-phone4-price-leak", "fresh78", [
        ("clubic.com", "06-29 09:00",
         "Le prix du Nothing Phone (4) fuite avant son lancement",
         "Une fiche produit publiée par erreur chez un revendeur britannique dévoile un tarif de 899 livres pour le prochain smartphone de Nothing."),
    ]),
    # ---------------------------------------------- iOS 26.6 released (a week before the 26.6.1 emergency patch)
    ("ios-26-6-release", "fresh78", [
        ("01net.com", "06-30 18:30",
         "iOS 26.6 est disponible : ce qui change sur votre iPhone",
         "Apple publie une mise à jour mineure qui améliore CarPlay et corrige une vingtaine de failles de sécurité."),
    ]),
    # ---------------------------------------------- Frandroid weekly recap, 4 July
    ("frandroid-recap-0704", "fresh78", [
        ("frandroid.com", "07-04 09:00",
         "Le récap de la semaine : Nothing Phone (4), Fairphone et invitation de Samsung",
         "Chaque samedi, on revient sur l'actualité tech de la semaine : le lancement du Phone (4), la levée de Fairphone et l'Unpacked qui approche."),
    ]),
    # ---------------------------------------------- Frandroid weekly recap, 25 July
    ("frandroid-recap-0725", "fresh78", [
        ("frandroid.com", "07-25 09:00",
         "Le récap de la semaine : Galaxy Z Fold 8, Z Flip 8 et Galaxy Watch 9",
         "Chaque samedi, on revient sur l'actualité tech de la semaine : tout ce que Samsung a présenté à l'Unpacked de New York."),
    ]),
    # ---------------------------------------------- Weekly deals post, 25 July
    ("lesnum-bons-plans-0725", "fresh78", [
        ("lesnumeriques.com", "07-25 08:00",
         "Les bons plans du week-end : Galaxy S26 Ultra, Pixel 10 et Nothing Phone (3)",
         "Notre sélection des meilleures promotions high-tech de ce week-end, vérifiées par la rédaction."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
