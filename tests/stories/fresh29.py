"""A twenty-ninth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh29".
Positives are worded apart on purpose: digits against words, scoops "selon L'Informé", the actor
named only by a periphrasis or only in the lead, consumer angles, hands-on tests, explainers,
quotes as titles, next-day post-mortems and terse follow-ups. Hard negatives sit within days of
their look-alike: two Azure and two OVHcloud outages, a plan de départs then a strike, two
hospital and two local-authority ransomware attacks, a release, its bug and its fix, two
regulators against Meta and against Nvidia, results then job cuts, rumours then other deals,
separate products of one keynote, and roundups, daily shows, podcasts and deals posts.
`build` fixes the year 2026; times are UTC, February and September 2026.

Held out at stop 22, measured once on 655726a, the code of the stop's held-out freeze: precision
0.970, recall 0.782 (the code that landed at stop 21, c3d1421: 0.858 / 0.733); a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Orange Business: RCC, then a strike three days later
    ("orange-business-rcc", "fresh29", [
        ("linforme.com", "02-02 06:15", "Orange Business : un plan de départs de près de 700 postes en préparation",
         "Selon nos informations, la branche entreprises de l'opérateur historique s'apprête à présenter aux syndicats une rupture conventionnelle collective visant près de 700 salariés."),
        ("lemagit.fr", "02-02 09:30", "Orange Business va supprimer environ 700 postes en France",
         "La filiale B2B d'Orange confirme un projet de rupture conventionnelle collective, présenté ce lundi aux représentants du personnel."),
        ("lemondeinformatique.fr", "02-02 11:50", "Sept cents départs envisagés chez Orange Business",
         "Le projet, révélé par L'Informé, toucherait surtout les fonctions support et les activités historiques d'intégration de services."),
        ("channelnews.fr", "02-02 15:10", "L’intégrateur de l’opérateur historique taille dans ses effectifs",
         "Orange Business prévoit une RCC d’environ 700 postes, un signal inquiétant pour ses partenaires de distribution."),
        ("latribune.fr", "02-03 07:40", "« Aucun départ contraint » : la direction d'Orange Business défend son plan",
         "Le directeur général de la branche entreprises d'Orange assure que les quelque 700 départs se feront sur la base du volontariat d'ici à fin 2027."),
        ("silicon.fr", "02-03 10:20", "Orange Business : ce que contient la RCC",
         "Indemnités, calendrier, métiers concernés : le détail du plan de départs volontaires qui vise environ 700 salariés."),
    ]),
    ("orange-business-greve", "fresh29", [
        ("next.ink", "02-05 12:30", "Orange Business : les syndicats appellent à la grève",
         "La CFE-CGC et SUD dénoncent la rupture conventionnelle collective et appellent à un arrêt de travail ce jeudi sur tous les sites de la filiale."),
        ("lemagit.fr", "02-05 16:45", "Mobilisation chez Orange Business contre le plan de départs",
         "Plusieurs centaines de salariés de la branche entreprises d'Orange ont débrayé ce jeudi, trois jours après l'annonce de la RCC."),
    ]),
    # ------------------------------------------------ Orange again, same day, another story: the copper switch-off
    ("cuivre-premier-lot", "fresh29", [
        ("next.ink", "02-02 14:00", "Le réseau cuivre d'Orange s'éteint dans une première vague de communes",
         "Depuis le 31 janvier, l'ADSL et le téléphone fixe traditionnel ne fonctionnent plus dans environ 160 communes, premières concernées par la fermeture technique."),
        ("01net.com", "02-02 17:30", "Fin de l’ADSL : ce qui change pour les abonnés concernés",
         "Dans les communes du premier lot, les abonnés encore raccordés au cuivre doivent basculer vers la fibre ou une offre alternative, sous peine de perdre leur ligne."),
    ]),
    # ------------------------------------------------ two Azure outages three days apart
    ("azure-panne-amsterdam", "fresh29", [
        ("lemagit.fr", "02-03 08:50", "Azure : panne majeure sur la région Europe de l'Ouest",
         "Des machines virtuelles et des bases SQL hébergées aux Pays-Bas sont restées inaccessibles plusieurs heures mardi matin, Microsoft évoquant un problème de refroidissement."),
        ("zdnet.fr", "02-03 11:05", "Le géant de Redmond face à une panne de son cloud en Europe",
         "Une défaillance du système de refroidissement d'un datacenter d'Amsterdam a privé de nombreux clients de leurs services pendant la matinée."),
        ("01net.com", "02-03 13:30", "Sites et applis en rade ce matin : un datacenter de Microsoft en cause",
         "De nombreux services en ligne d'entreprises européennes ont été coupés mardi à cause d'un incident dans un centre de données Azure près d'Amsterdam."),
        ("lemondeinformatique.fr", "02-04 09:15", "Panne Azure d’Amsterdam : Microsoft publie son post-mortem",
         "Le rapport préliminaire attribue l’incident de mardi à l’arrêt d’un groupe froid, qui a déclenché la mise hors tension automatique de milliers de serveurs."),
    ]),
    ("azure-entra-panne", "fresh29", [
        ("silicon.fr", "02-06 10:40", "Nouvelle panne chez Microsoft : Entra ID bloque les connexions",
         "Trois jours après l'incident d'Amsterdam, un problème d'authentification empêche des utilisateurs de Microsoft 365 et d'Azure de se connecter dans le monde entier."),
        ("clubic.com", "02-06 12:15", "Impossible de vous connecter à Outlook et Teams ? Vous n'êtes pas seul",
         "Un dysfonctionnement du service d'identité de Microsoft perturbe depuis ce matin l'accès aux applications de la suite bureautique en ligne."),
        ("lemagit.fr", "02-06 17:30", "Entra ID : Microsoft invoque un changement de configuration défectueux",
         "L'éditeur a annulé la modification à l'origine des échecs d'authentification qui ont touché ses clients pendant près de quatre heures."),
    ]),
    # ------------------------------------------------ Mistral AI: a funding rumour, then a different deal (an acquisition)
    ("mistral-levee-rumeur", "fresh29", [
        ("lesechos.fr", "02-04 08:00", "Mistral AI en discussions pour lever plusieurs milliards",
         "Selon nos informations, la pépite française de l'IA négocie un nouveau tour de table qui la valoriserait plus de 25 milliards d'euros."),
        ("bfmtv.com", "02-04 12:20", "La licorne française de l’IA viserait une valorisation de 25 milliards",
         "Mistral AI serait en pourparlers avec des fonds américains et du Golfe pour une levée géante, rapportent Les Echos."),
        ("usine-digitale.fr", "02-04 16:00", "Mistral AI bientôt valorisée 25 milliards d'euros ?",
         "La start-up d'Arthur Mensch chercherait de nouveaux fonds, quelques mois seulement après son tour de table mené par ASML."),
    ]),
    ("mistral-rachat-parlant", "fresh29", [
        ("usine-digitale.fr", "02-06 09:30", "Mistral AI rachète Parlant, spécialiste des agents vocaux",
         "La start-up française s'offre une jeune pousse parisienne de 30 personnes qui développe des assistants vocaux pour les centres d'appels."),
        ("journaldunet.com", "02-06 14:00", "Voix : Mistral met la main sur une start-up parisienne",
         "Le montant de l'opération n'a pas été dévoilé ; les équipes de Parlant rejoindront l'offre Le Chat Enterprise."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("frandroid-recap-0207", "fresh29", [
        ("frandroid.com", "02-07 10:00", "Récap de la semaine : Azure en panne deux fois, grève chez Orange Business et Mistral AI en quête de milliards",
         "Les deux pannes de Microsoft, le plan de départs d'Orange Business et la levée géante que prépare Mistral AI : les infos qu'il ne fallait pas rater cette semaine."),
    ]),
    # ------------------------------------------------ two hospital ransomware attacks three days apart
    ("ch-saint-nazaire-rancongiciel", "fresh29", [
        ("lemagit.fr", "02-09 09:20", "Cyberattaque : le centre hospitalier de Saint-Nazaire passe en mode dégradé",
         "L'établissement a déclenché son plan blanc après le chiffrement d'une partie de ses serveurs dans la nuit de dimanche à lundi."),
        ("zdnet.fr", "02-09 14:00", "Un hôpital de Loire-Atlantique paralysé par un ransomware",
         "Le CH de Saint-Nazaire a dû déprogrammer des opérations et réorienter des urgences après une attaque par rançongiciel."),
        ("numerama.com", "02-10 08:30", "Le groupe Qilin revendique l’attaque contre l’hôpital de Saint-Nazaire",
         "Le gang affirme avoir dérobé 400 Go de données au centre hospitalier, qui fonctionne toujours en mode dégradé."),
    ]),
    ("chu-reims-cyberattaque", "fresh29", [
        ("lemagit.fr", "02-12 10:10", "Le CHU de Reims victime d'une cyberattaque",
         "Le centre hospitalier universitaire a coupé ses accès à Internet après la détection d'une intrusion, trois jours après l'attaque contre l'hôpital de Saint-Nazaire."),
        ("bfmtv.com", "02-12 13:45", "Reims : l'hôpital contraint de revenir au papier après une attaque informatique",
         "Les soignants du CHU travaillent sans dossier patient informatisé depuis mercredi soir, les urgences restent ouvertes."),
        ("silicon.fr", "02-13 09:00", "Cyberattaque du CHU de Reims : l’ANSSI dépêchée sur place",
         "Les équipes de l’agence aident l’établissement champenois à circonscrire un rançongiciel qui n’a pas encore été revendiqué."),
    ]),
    # ------------------------------------------------ iOS 26.3: the release, its battery bug, then the fix
    ("ios-26-3-disponible", "fresh29", [
        ("igen.fr", "02-10 18:30", "iOS 26.3 est disponible",
         "Apple publie la troisième mise à jour majeure d'iOS 26, avec un transfert de données vers Android simplifié et des correctifs de sécurité."),
        ("macg.co", "02-10 18:45", "iOS 26.3 : toutes les nouveautés de la mise à jour",
         "Passage vers Android, notifications transmises aux montres tierces en Europe, nouveaux fonds d'écran : le tour de la version publiée ce soir."),
        ("frandroid.com", "02-11 07:30", "iOS 26.3 : ce qui change pour votre iPhone",
         "La nouvelle version du système d'Apple, déployée depuis mardi soir, facilite le départ vers Android et corrige une faille activement exploitée."),
        ("01net.com", "02-11 09:00", "Mettez à jour votre iPhone sans attendre : une faille exploitée vient d’être corrigée",
         "Apple a comblé une vulnérabilité de WebKit utilisée dans des attaques ciblées, selon le bulletin de sécurité publié avec iOS 26.3."),
    ]),
    ("ios-26-3-bug-batterie", "fresh29", [
        ("igen.fr", "02-12 15:20", "iOS 26.3 : des utilisateurs se plaignent d'une autonomie en chute libre",
         "Depuis la mise à jour, de nombreux iPhone se vident en quelques heures, un processus d'indexation semblant tourner en boucle."),
        ("clubic.com", "02-13 08:10", "Votre iPhone se vide en une matinée ? La faute à la dernière mise à jour",
         "Un bug introduit par la version 26.3 du système provoque une surconsommation de la batterie, reconnaît la firme de Cupertino."),
        ("lesnumeriques.com", "02-13 11:40", "Apple reconnaît un problème de batterie sur iOS 26.3",
         "La firme promet un correctif rapide et conseille en attendant de redémarrer l'appareil."),
    ]),
    ("ios-26-3-1-correctif", "fresh29", [
        ("macg.co", "02-16 19:00", "iOS 26.3.1 corrige le problème d'autonomie",
         "Apple publie une mise à jour corrective qui met fin à la surconsommation de batterie constatée par certains utilisateurs depuis la semaine dernière."),
        ("igen.fr", "02-16 19:10", "iOS 26.3.1 disponible",
         "Une mise à jour de maintenance, sans nouveauté visible."),
    ]),
    # ------------------------------------------------ two cybersecurity start-ups raising the same week
    ("vigilis-levee", "fresh29", [
        ("journaldunet.com", "02-10 07:30", "Vigilis lève 25 millions d'euros pour protéger les identités en entreprise",
         "La start-up lyonnaise, qui détecte les comptes compromis dans les annuaires Active Directory et Entra ID, boucle une série B menée par Eurazeo."),
        ("usine-digitale.fr", "02-10 10:15", "Cybersécurité : 25 M€ pour la lyonnaise Vigilis",
         "La jeune pousse veut doubler ses effectifs et ouvrir des bureaux en Allemagne et au Royaume-Uni d'ici à la fin de l'année."),
    ]),
    ("hexalock-levee", "fresh29", [
        ("lemagit.fr", "02-11 08:45", "Hexalock lève 12 millions d'euros pour sécuriser les réseaux industriels",
         "La start-up grenobloise, spécialisée dans la protection des automates et des systèmes OT, annonce un premier tour de table auprès de Bpifrance et de Sofinnova."),
    ]),
    # ------------------------------------------------ Ariane 64 first flight with Amazon Leo (ex-Kuiper) satellites
    ("ariane-64-premier-vol", "fresh29", [
        ("latribune.fr", "02-12 22:30", "Ariane 6 réussit son premier vol en version quatre boosters",
         "La fusée européenne a placé en orbite 32 satellites de la constellation Amazon Leo, lors de son premier lancement en configuration Ariane 64 depuis Kourou."),
        ("numerama.com", "02-12 23:10", "Succès pour Ariane 64 : les satellites d'Amazon sont en orbite",
         "Le lanceur lourd d'Arianespace, dans sa version la plus puissante, a déployé la charge utile du projet autrefois baptisé Kuiper."),
        ("lesechos.fr", "02-13 07:30", "Arianespace décroche enfin son vol géant pour Amazon",
         "Jeudi soir, la version à quatre propulseurs d'Ariane 6 a mis en orbite une trentaine de satellites Internet du géant du commerce en ligne."),
        ("usine-digitale.fr", "02-13 08:45", "Kuiper : pourquoi ce lancement compte tant pour Arianespace",
         "Le contrat avec Amazon, le plus important de l’histoire de l’opérateur européen, prévoit 18 vols ; le premier s’est déroulé sans encombre."),
    ]),
    # ------------------------------------------------ daily show and weekly roundup (own events)
    ("bfm-techco-0213", "fresh29", [
        ("bfmtv.com", "02-13 18:00", "Tech & Co, la quotidienne du 13 février : Ariane 64, l'hôpital de Reims et le bug de l'iPhone",
         "Au sommaire ce vendredi : le premier vol d'Ariane 64, la cyberattaque contre le CHU de Reims et la batterie des iPhone mise à mal par iOS 26.3."),
    ]),
    ("01net-10-infos-0214", "fresh29", [
        ("01net.com", "02-14 09:00", "Les 10 infos tech de la semaine : iOS 26.3, Ariane 64, cyberattaque au CHU de Reims",
         "Mise à jour de l'iPhone et son bug de batterie, premier vol d'Ariane 64 avec les satellites d'Amazon, hôpital de Reims paralysé : le récap de la semaine."),
    ]),
    # ------------------------------------------------ Capgemini: annual results, then a plan de départs two days later
    ("capgemini-resultats-2025", "fresh29", [
        ("lesechos.fr", "02-17 07:05", "Capgemini termine 2025 sur une croissance quasi nulle",
         "Le groupe de services numériques affiche un chiffre d'affaires de 22,4 milliards d'euros, stable à taux de change constants, et promet un rebond grâce à l'IA."),
        ("lemondeinformatique.fr", "02-17 10:40", "Résultats annuels : Capgemini porté par l'intégration de WNS",
         "L'ESN a publié mardi un chiffre d'affaires en légère hausse grâce à l'acquisition de l'indien WNS, mais sa croissance organique reste atone."),
        ("journaldunet.com", "02-17 16:00", "Une marge opérationnelle de 13,3 % pour le numéro un français des ESN",
         "Capgemini maintient sa rentabilité en 2025 malgré un marché européen du conseil toujours déprimé."),
    ]),
    ("capgemini-rcc", "fresh29", [
        ("linforme.com", "02-19 06:30", "Capgemini prépare une rupture conventionnelle collective en France",
         "Selon nos informations, l'ESN va proposer plus de 2 000 départs volontaires dans sa filiale française, deux jours après ses résultats annuels."),
        ("silicon.fr", "02-19 11:10", "Capgemini confirme un plan de départs volontaires de 2 400 postes",
         "Le groupe invoque une baisse durable de la demande en conseil et en développement applicatif traditionnel."),
        ("channelnews.fr", "02-19 15:45", "Près de deux mille quatre cents départs chez Capgemini France",
         "L’ESN présente aux syndicats une RCC qui toucherait surtout les consultants en intercontrat."),
    ]),
    # ------------------------------------------------ Meta: a CNIL fine, then a Commission DMA penalty two days later
    ("cnil-amende-meta-cookies", "fresh29", [
        ("lemondeinformatique.fr", "02-17 10:00", "La CNIL inflige 40 millions d'euros d'amende à Meta",
         "Le gendarme des données reproche à la maison mère de Facebook de ne pas permettre de refuser les cookies aussi simplement que de les accepter."),
        ("next.ink", "02-17 11:30", "Cookies : la CNIL sanctionne Facebook et Instagram",
         "Quarante millions d'euros pour Meta, qui dispose de trois mois pour proposer un bouton « tout refuser » sur ses sites."),
        ("numerama.com", "02-17 14:50", "Pourquoi la CNIL frappe Meta au portefeuille",
         "Le régulateur français estime que le parcours de refus des traceurs sur Facebook est volontairement plus long que celui d’acceptation."),
    ]),
    ("commission-meta-dma-astreintes", "fresh29", [
        ("lesechos.fr", "02-19 12:00", "DMA : Bruxelles inflige des astreintes à Meta",
         "La Commission européenne juge toujours non conforme la nouvelle version du modèle « payer ou consentir » de Facebook et Instagram et impose des pénalités journalières."),
        ("zdnet.fr", "02-19 15:30", "Payer ou consentir : l'Europe hausse le ton contre Meta",
         "Deux jours après la CNIL, c'est au tour de Bruxelles de frapper le groupe de Mark Zuckerberg, cette fois au titre du Digital Markets Act."),
        ("latribune.fr", "02-20 07:15", "Meta dénonce une décision « politique » de la Commission",
         "Le groupe américain annonce faire appel des astreintes décidées jeudi au titre du règlement sur les marchés numériques."),
    ]),
    # ------------------------------------------------ AI summit in New Delhi
    ("sommet-ia-new-delhi", "fresh29", [
        ("lesechos.fr", "02-19 16:30", "Sommet de l'IA de New Delhi : la France et l'Inde scellent un partenariat",
         "Emmanuel Macron et Narendra Modi ont signé une feuille de route sur le calcul et la formation, un an après le sommet de Paris."),
        ("usine-digitale.fr", "02-20 09:00", "À New Delhi, l’IA « d’impact » succède à l’IA « d’action »",
         "Le troisième sommet mondial sur l'intelligence artificielle s'achève sur une déclaration non contraignante, que les États-Unis n'ont pas signée."),
    ]),
    # ------------------------------------------------ Bouygues Telecom national mobile outage
    ("bouygues-panne-mobile", "fresh29", [
        ("bfmtv.com", "02-20 09:15", "Panne géante chez Bouygues Telecom : des milliers de clients privés de réseau mobile",
         "Depuis tôt ce vendredi matin, appels et données mobiles sont inaccessibles pour de nombreux abonnés partout en France."),
        ("frandroid.com", "02-20 10:00", "Bouygues Telecom en panne : l'opérateur confirme un incident national",
         "Les réseaux 4G et 5G de l'opérateur sont fortement perturbés ; les appels d'urgence restent possibles via les autres réseaux."),
        ("01net.com", "02-20 11:30", "Votre mobile affiche « urgence uniquement » ? Voici quoi faire",
         "Si votre smartphone n'a plus de réseau ce matin, vous êtes sans doute client de l'opérateur au carré bleu, touché par une coupure nationale."),
        ("lemondeinformatique.fr", "02-21 08:40", "Panne Bouygues Telecom : une mise à jour du cœur de réseau en cause",
         "L'opérateur attribue l'interruption de vendredi, qui a duré près de sept heures, à un déploiement logiciel défaillant chez son équipementier."),
        ("latribune.fr", "02-21 10:00", "Après la panne, Bouygues Telecom promet un geste commercial",
         "L’opérateur annonce une compensation pour ses clients mobiles touchés vendredi, tandis que l’Arcep demande des explications."),
    ]),
    ("next-recap-0221", "fresh29", [
        ("next.ink", "02-21 09:30", "Récap’ de la semaine : Bouygues Telecom à terre, la CNIL et Bruxelles contre Meta, Capgemini réduit la voilure",
         "Une panne mobile nationale, deux sanctions contre Meta en trois jours et 2 400 départs chez Capgemini : ce qu'il fallait retenir."),
    ]),
    # ------------------------------------------------ France Travail data theft
    ("france-travail-fuite", "fresh29", [
        ("linforme.com", "02-24 06:00", "Exclusif : nouvelle cyberattaque contre France Travail",
         "Selon nos informations, un pirate a exfiltré des centaines de milliers de dossiers de demandeurs d'emploi en détournant l'accès d'un organisme partenaire."),
        ("zdnet.fr", "02-24 09:40", "France Travail : les données de 340 000 inscrits dérobées via un compte partenaire",
         "L'opérateur public a notifié la CNIL après qu'un attaquant a utilisé les identifiants d'un organisme de formation pour aspirer des fiches d'inscrits."),
        ("numerama.com", "02-24 12:00", "Inscrit à France Travail ? Vos données ont peut-être fuité",
         "Nom, adresse, numéro de sécurité sociale : ce que contient la fuite révélée mardi et comment vous protéger des arnaques qui vont suivre."),
    ]),
    # ------------------------------------------------ Samsung Unpacked: the S26 range and, told apart, the Buds 4
    ("galaxy-s26-lancement", "fresh29", [
        ("frandroid.com", "02-25 18:30", "Samsung Galaxy S26, S26+ et S26 Ultra officialisés : prix, date de sortie et fiche technique",
         "Le constructeur coréen a présenté sa nouvelle gamme haut de gamme lors de l'Unpacked de San Francisco, avec une puce Snapdragon sur tous les modèles."),
        ("lesnumeriques.com", "02-25 19:00", "Prise en main du Galaxy S26 Ultra : l'écran anti-reflets passe un cap",
         "Nous avons pu manipuler le nouveau fleuron de Samsung quelques minutes après sa présentation : premières impressions."),
        ("01net.com", "02-25 20:15", "Galaxy S26 : tout ce qu'il faut savoir sur les nouveaux smartphones de Samsung",
         "Prix, autonomie, photo, IA : on fait le point sur la gamme dévoilée ce mercredi soir."),
        ("numerama.com", "02-26 08:00", "Le nouveau flagship coréen coûte plus cher : ce qui change pour vous",
         "La gamme Galaxy S26 démarre à 999 euros en France, soit 100 euros de plus que l'an passé, une hausse que Samsung justifie par le prix de la mémoire."),
        ("clubic.com", "02-26 10:30", "Les S26 sont en précommande : voici les offres de lancement",
         "Les trois smartphones annoncés hier par Samsung sont disponibles en précommande, avec un doublement du stockage offert jusqu’au 12 mars."),
    ]),
    ("galaxy-buds-4", "fresh29", [
        ("frandroid.com", "02-25 19:45", "Galaxy Buds 4 et Buds 4 Pro : Samsung revoit complètement le design de ses écouteurs",
         "Présentés aux côtés des S26, les nouveaux écouteurs sans fil abandonnent la tige et promettent une meilleure réduction de bruit."),
        ("lesnumeriques.com", "02-26 09:30", "Galaxy Buds 4 Pro : prix et disponibilité des nouveaux écouteurs de Samsung",
         "Les intra-auriculaires du coréen seront vendus 249 euros à partir du 13 mars."),
    ]),
    # ------------------------------------------------ Nvidia quarterly results
    ("nvidia-resultats-t4", "fresh29", [
        ("lesechos.fr", "02-25 22:10", "Nvidia pulvérise encore les attentes",
         "Le fabricant de puces affiche un chiffre d'affaires trimestriel de 68 milliards de dollars, porté par la demande insatiable des centres de données."),
        ("journaldunet.com", "02-26 08:20", "Résultats : le roi des GPU prévoit une nouvelle accélération",
         "Nvidia table sur 78 milliards de dollars de revenus au prochain trimestre grâce à la montée en charge de ses puces Rubin."),
    ]),
    # ------------------------------------------------ public-sector IT: the State's own videoconferencing
    ("dinum-visio", "fresh29", [
        ("next.ink", "02-26 10:00", "Visio : l'État veut en finir avec Teams et Zoom d'ici 2027",
         "La DINUM annonce la généralisation de sa plateforme de visioconférence à l'ensemble des ministères et fixe une échéance pour abandonner les outils américains."),
        ("silicon.fr", "02-26 14:20", "Souveraineté : la visioconférence maison de l’État s’impose aux ministères",
         "Une circulaire du Premier ministre rend obligatoire l’usage de l’outil développé par la DINUM sur la base du logiciel libre LiveKit."),
    ]),
    # ------------------------------------------------ deals post and monthly cyber roundup (own events)
    ("clubic-bons-plans-0227", "fresh29", [
        ("clubic.com", "02-27 07:00", "Bons plans du jour : le Galaxy S25 chute à 599 €, les AirPods Pro 3 en promo",
         "Arrivée des S26 oblige, l'ancien modèle de Samsung voit son prix s'effondrer ; notre sélection des meilleures offres de ce vendredi."),
    ]),
    ("lemagit-bilan-cyber-fevrier", "fresh29", [
        ("lemagit.fr", "02-27 16:00", "Ransomware : le bilan de février en France",
         "Hôpitaux de Saint-Nazaire et de Reims, France Travail : retour sur un mois particulièrement chargé pour les équipes de réponse à incident."),
    ]),

    # ================================================= September 2026
    # ------------------------------------------------ back to school: Pronote saturated, then a cyberattack on the Île-de-France ENT
    ("pronote-rentree-saturation", "fresh29", [
        ("bfmtv.com", "09-01 08:30", "Rentrée scolaire : Pronote inaccessible pour de nombreux parents et élèves",
         "La plateforme de vie scolaire, très sollicitée ce mardi matin, affiche des messages d'erreur dans plusieurs académies."),
        ("01net.com", "09-01 11:00", "Pronote ne fonctionne pas ? L'éditeur évoque une affluence record",
         "Index Éducation assure que le service n'a pas été piraté et que les lenteurs sont dues au pic de connexions du jour de la rentrée."),
        ("clubic.com", "09-01 15:40", "Le logiciel de vie scolaire plante le jour de la rentrée, comme chaque année ou presque",
         "Emplois du temps introuvables, messagerie muette : Pronote, utilisé dans la plupart des collèges et lycées, a de nouveau flanché."),
    ]),
    ("monlycee-cyberattaque", "fresh29", [
        ("zdnet.fr", "09-03 10:15", "L'ENT des lycées franciliens coupé après une cyberattaque",
         "La Région Île-de-France a suspendu l'accès à son espace numérique de travail après la détection d'une intrusion, deux jours après la rentrée."),
        ("numerama.com", "09-03 13:00", "Monlycée.net piraté : des données d'élèves et d'enseignants dérobées",
         "Un attaquant revendique le vol de plusieurs centaines de milliers de comptes de l'espace numérique des lycées d'Île-de-France."),
        ("lemagit.fr", "09-04 09:00", "Monlycée.net : la Région porte plainte et fait appel à l’ANSSI",
         "L’ENT régional reste fermé ; les identifiants d’un compte administrateur auraient été utilisés pour accéder aux données."),
    ]),
    # ------------------------------------------------ two OVHcloud outages three days apart
    ("ovhcloud-panne-gravelines", "fresh29", [
        ("lemagit.fr", "09-08 09:30", "OVHcloud : incident majeur sur le site de Gravelines",
         "Une coupure d'alimentation a entraîné l'arrêt de plusieurs salles du datacenter nordiste, privant de service des clients Public Cloud et serveurs dédiés."),
        ("silicon.fr", "09-08 11:50", "Panne chez l'hébergeur roubaisien : des milliers de serveurs à l'arrêt",
         "Le fournisseur évoque un défaut sur un onduleur à Gravelines et annonce un retour progressif à la normale dans l'après-midi."),
        ("01net.com", "09-08 14:10", "Des sites web français inaccessibles ce mardi : OVH en cause",
         "De nombreux sites, dont ceux de collectivités et de médias, ont été coupés plusieurs heures par une panne chez le premier cloud européen."),
        ("lemondeinformatique.fr", "09-09 08:00", "Panne de Gravelines : OVHcloud détaille les causes et les compensations",
         "L'hébergeur a publié un rapport d'incident et promet des avoirs aux clients touchés par les cinq heures d'interruption de mardi."),
    ]),
    ("ovhcloud-panne-dns", "fresh29", [
        ("lemagit.fr", "09-11 10:00", "OVHcloud : encore une panne, cette fois sur le DNS",
         "Trois jours après Gravelines, un problème sur les serveurs de noms de l'hébergeur a rendu injoignables des domaines qu'il gère pendant une heure."),
        ("next.ink", "09-11 13:30", "Noms de domaine : OVHcloud de nouveau en difficulté",
         "Une erreur de configuration lors d’une maintenance a perturbé la résolution DNS des clients ; l’hébergeur assure qu’il n’y a aucun lien avec l’incident de mardi."),
    ]),
    # ------------------------------------------------ two rulings about Google in three days
    ("google-condamne-comparateurs", "fresh29", [
        ("lemondeinformatique.fr", "09-08 12:30", "Google Shopping : Google condamné à verser 150 millions d'euros à trois comparateurs français",
         "Le tribunal des activités économiques de Paris estime que le moteur de recherche a favorisé son propre comparateur au détriment de ses concurrents pendant près de dix ans."),
        ("next.ink", "09-08 16:00", "Comparateurs de prix : la justice française fait payer Mountain View",
         "Une décision de première instance accorde 150 M€ de dommages et intérêts à trois anciens rivaux de Google Shopping ; le groupe fait appel."),
    ]),
    ("google-cjue-android", "fresh29", [
        ("lesechos.fr", "09-10 09:45", "Android : la justice européenne confirme l'amende de 4,1 milliards contre Google",
         "La Cour de justice de l'Union européenne rejette le pourvoi du groupe américain et clôt une procédure ouverte il y a plus de dix ans."),
        ("zdnet.fr", "09-10 12:10", "Fin de partie pour Google dans l'affaire Android",
         "La CJUE valide la sanction infligée par Bruxelles en 2018, ramenée à 4,1 milliards d'euros par le Tribunal, pour abus de position dominante."),
        ("latribune.fr", "09-11 07:00", "Amende Android : une victoire symbolique pour Bruxelles",
         "Deux jours après une condamnation en France dans le dossier Shopping, le moteur de recherche essuie un revers définitif devant la Cour de Luxembourg."),
    ]),
    # ------------------------------------------------ daily show (own event)
    ("bfm-techco-0909", "fresh29", [
        ("bfmtv.com", "09-09 17:30", "Tech & Co, la quotidienne du 9 septembre : la keynote d'Apple, la panne d'OVHcloud et Google condamné",
         "Ce qu'il faut attendre de la présentation d'Apple ce soir, les leçons de la panne de Gravelines et la décision du tribunal de Paris contre Google."),
    ]),
    # ------------------------------------------------ Apple keynote: iPhone 18 Pro, the foldable and the watches told apart
    ("iphone-18-pro", "fresh29", [
        ("igen.fr", "09-09 19:30", "Apple présente les iPhone 18 Pro et iPhone 18 Pro Max",
         "Puce A20 Pro, Dynamic Island réduite et objectif principal à ouverture variable : les nouveaux modèles haut de gamme seront disponibles le 18 septembre."),
        ("frandroid.com", "09-09 20:00", "iPhone 18 Pro officiel : prix, date de sortie et caractéristiques",
         "La firme de Cupertino a levé le voile mercredi soir sur ses nouveaux smartphones Pro, vendus à partir de 1 329 euros en France."),
        ("lesnumeriques.com", "09-09 21:30", "Prise en main : l'ouverture variable change-t-elle tout ?",
         "Nous avons eu quelques minutes avec l'iPhone 18 Pro à Cupertino, juste après la keynote : premières impressions."),
        ("numerama.com", "09-10 07:45", "Faut-il craquer pour l’iPhone 18 Pro si vous avez un iPhone 16 ?",
         "Ce qui change vraiment par rapport aux anciens modèles, et pour qui le changement en vaut la peine."),
        ("01net.com", "09-10 09:00", "Apple : le prix des iPhone Pro grimpe encore en France",
         "Les iPhone 18 Pro présentés hier coûtent 100 euros de plus que la génération précédente, à stockage égal."),
    ]),
    ("iphone-fold", "fresh29", [
        ("igen.fr", "09-09 19:50", "iPhone Fold : Apple dévoile enfin son premier smartphone pliable",
         "Écran intérieur de 7,8 pouces sans pli visible, charnière en titane : le modèle pliant sera vendu à partir de 2 399 euros."),
        ("frandroid.com", "09-09 21:00", "L'iPhone pliable est officiel, et il coûte une fortune",
         "Apple entre sur le marché des smartphones pliants, sept ans après Samsung, avec un appareil à plus de 2 000 euros."),
        ("lesechos.fr", "09-10 06:30", "Avec son pliable, Apple tente de relancer l’iPhone",
         "Le premier smartphone pliant de la marque à la pomme doit redonner de l’élan à un produit qui pèse la moitié de son chiffre d’affaires."),
    ]),
    ("apple-watch-series-12", "fresh29", [
        ("macg.co", "09-09 20:10", "Apple Watch Series 12 et Ultra 4 : toutes les nouveautés",
         "Les nouvelles montres d'Apple gagnent un écran plus lumineux et jusqu'à 36 heures d'autonomie, et arrivent en boutique le 18 septembre."),
        ("lesnumeriques.com", "09-10 10:00", "Apple Watch Ultra 4 : prix et disponibilité de la montre baroudeuse",
         "Présentée mercredi, la montre la plus robuste d'Apple est proposée à 899 euros, un tarif inchangé."),
    ]),
    ("clubic-bons-plans-0910", "fresh29", [
        ("clubic.com", "09-10 07:15", "Bons plans : l'iPhone 17 Pro déjà moins cher au lendemain de la keynote",
         "Les nouveaux modèles à peine annoncés, les revendeurs bradent la génération précédente ; notre sélection des meilleures offres du jour."),
    ]),
    ("frandroid-recap-0912", "fresh29", [
        ("frandroid.com", "09-12 10:00", "Récap de la semaine : iPhone 18 Pro, iPhone Fold et deux pannes chez OVHcloud",
         "La keynote d'Apple, les incidents à répétition de l'hébergeur français et l'amende Android confirmée : les infos qu'il ne fallait pas rater."),
    ]),
    ("lemagit-podcast-ovhcloud", "fresh29", [
        ("lemagit.fr", "09-14 06:00", "Podcast : deux pannes en une semaine, OVHcloud doit-il s'inquiéter ?",
         "Dans ce nouvel épisode, la rédaction revient sur les incidents de Gravelines et du DNS et sur ce qu'ils disent de la résilience des clouds européens."),
    ]),
    # ------------------------------------------------ iOS 27: the release, then a Wi-Fi bug
    ("ios-27-disponible", "fresh29", [
        ("igen.fr", "09-14 19:00", "iOS 27 est disponible",
         "La nouvelle version majeure du système de l'iPhone est téléchargeable, une version axée sur la stabilité et les performances."),
        ("macg.co", "09-14 19:15", "Faut-il installer iOS 27 tout de suite ?",
         "Compatibilité, nouveautés, précautions : nos conseils avant de passer à la nouvelle version du système d'Apple, disponible ce soir."),
        ("01net.com", "09-15 08:00", "iOS 27 : 12 nouveautés à essayer sur votre iPhone",
         "La mise à jour gratuite déployée hier soir apporte un Siri plus bavard, des widgets interactifs sur l'écran verrouillé et un mode économie d'énergie revu."),
        ("clubic.com", "09-15 10:30", "Votre iPhone est-il compatible avec la nouvelle mise à jour d’Apple ?",
         "La firme abandonne le support des iPhone 11 avec iOS 27, disponible depuis lundi soir."),
    ]),
    ("ios-27-bug-wifi", "fresh29", [
        ("igen.fr", "09-16 17:00", "iOS 27 : des déconnexions Wi-Fi à répétition",
         "Plusieurs utilisateurs signalent des coupures réseau incessantes depuis la mise à jour, surtout avec certaines box."),
        ("01net.com", "09-17 09:20", "Freebox et iPhone : le Wi-Fi coupe sans arrêt depuis la mise à jour",
         "Les abonnés Free sont nombreux à constater des déconnexions avec la dernière version du système d'Apple ; l'opérateur et Cupertino se renvoient la balle."),
    ]),
    # ------------------------------------------------ two ransomware attacks on two local authorities
    ("ales-rancongiciel", "fresh29", [
        ("lemagit.fr", "09-15 09:10", "La ville d'Alès frappée par un rançongiciel",
         "La mairie et l'agglomération gardoise ont coupé leurs systèmes d'information après le chiffrement de plusieurs serveurs ce week-end."),
        ("bfmtv.com", "09-16 12:00", "Cyberattaque dans le Gard : les services municipaux tournent au ralenti",
         "État civil, cantines, médiathèques : à Alès, les agents travaillent au papier depuis lundi, et la collectivité a porté plainte."),
    ]),
    ("somme-cyberattaque", "fresh29", [
        ("zdnet.fr", "09-18 10:30", "Le département de la Somme victime à son tour d'une cyberattaque",
         "Trois jours après Alès, c'est le conseil départemental de la Somme qui voit son réseau paralysé par un rançongiciel."),
        ("lemagit.fr", "09-18 15:00", "Somme : le groupe Akira revendique l’attaque contre le département",
         "Les cybercriminels affirment détenir 80 Go de données ; les versements du RSA pourraient être retardés."),
    ]),
    # ------------------------------------------------ Mistral AI: a new model, then its datacenter, told apart
    ("mistral-medium-4", "fresh29", [
        ("usine-digitale.fr", "09-15 14:00", "Mistral AI lance Mistral Medium 4",
         "La start-up française présente un nouveau modèle multimodal qu'elle dit au niveau des meilleurs modèles américains pour un coût d'inférence bien inférieur."),
        ("lemondeinformatique.fr", "09-15 17:20", "Avec Medium 4, Mistral AI vise les agents en entreprise",
         "Le nouveau LLM de la licorne parisienne, disponible dans Le Chat et via API, met l'accent sur l'appel d'outils et le raisonnement long."),
        ("next.ink", "09-16 09:00", "Ce que l'on sait (et ne sait pas) du nouveau modèle de Mistral",
         "Benchmarks maison, poids non publiés, licence commerciale : nous avons examiné les promesses de Medium 4."),
    ]),
    ("lexane-levee", "fresh29", [
        ("journaldunet.com", "09-15 07:45", "IA juridique : Lexane lève 35 millions d'euros",
         "La start-up parisienne, qui automatise la revue de contrats pour les cabinets d'avocats, boucle une série B auprès d'Index Ventures."),
        ("lesechos.fr", "09-15 11:00", "Les avocats adoptent l'IA, Lexane en profite",
         "La jeune pousse française revendique 400 cabinets clients et lève 35 millions pour s'attaquer au marché allemand."),
    ]),
    ("juristo-levee", "fresh29", [
        ("usine-digitale.fr", "09-17 08:30", "La legaltech Juristo lève 8 millions d'euros",
         "La start-up lilloise, qui propose un assistant d'IA aux directions juridiques des PME, annonce un tour de table mené par Breega."),
    ]),
    ("mistral-compute-essonne", "fresh29", [
        ("latribune.fr", "09-17 10:00", "Mistral AI met en service son premier datacenter en Essonne",
         "Le campus de Bruyères-le-Châtel, équipé de milliers de GPU Nvidia, doit faire de la start-up un fournisseur de calcul pour les entreprises européennes."),
        ("silicon.fr", "09-17 14:30", "Mistral Compute : la licorne devient aussi fournisseur de cloud",
         "Le site de l'Essonne ouvre ses premières capacités aux clients, avec une offre d'entraînement et d'inférence hébergée en France."),
    ]),
    # ------------------------------------------------ AI Act: Parliament votes the delay of high-risk obligations
    ("ai-act-report-vote", "fresh29", [
        ("next.ink", "09-16 13:00", "AI Act : le Parlement européen vote le report des obligations sur l'IA à haut risque",
         "Les eurodéputés ont adopté l'omnibus numérique, qui repousse de plus d'un an l'application des règles les plus contraignantes du règlement."),
        ("lemondeinformatique.fr", "09-16 16:40", "Règlement sur l'IA : Strasbourg accorde un délai aux entreprises",
         "Le texte adopté mercredi décale à décembre 2027 les obligations pour les systèmes dits à haut risque."),
        ("usine-digitale.fr", "09-17 07:30", "Report de l’AI Act : ce qui change pour les entreprises françaises",
         "Cartographie des systèmes, documentation, conformité : le nouveau calendrier européen expliqué point par point."),
    ]),
    # ------------------------------------------------ space: Vega-C launches SMILE
    ("vega-c-smile", "fresh29", [
        ("numerama.com", "09-17 22:00", "Vega-C lance SMILE, la mission sino-européenne qui va observer le vent solaire",
         "Le petit lanceur européen a décollé de Kourou avec à son bord le satellite conçu par l'ESA et l'Académie chinoise des sciences."),
        ("latribune.fr", "09-18 08:15", "Succès pour Vega-C et la mission SMILE",
         "La fusée d'Avio a placé en orbite le satellite chargé d'étudier l'interaction entre le vent solaire et la magnétosphère terrestre."),
    ]),
    ("jdn-semaine-ia-0918", "fresh29", [
        ("journaldunet.com", "09-18 17:00", "La semaine de l'IA : Mistral Medium 4, le report de l'AI Act et la levée de Lexane",
         "Nouveau modèle et datacenter chez Mistral, vote à Strasbourg et deux legaltechs financées : l'essentiel de l'actualité de l'intelligence artificielle."),
    ]),
    ("01net-10-infos-0919", "fresh29", [
        ("01net.com", "09-19 09:00", "Les 10 infos tech de la semaine : iOS 27, le Wi-Fi des iPhone, la cyberattaque d'Alès",
         "Nouvelle version du système d'Apple et son bug de Wi-Fi, collectivités visées par les rançongiciels, Vega-C : le récap de la semaine."),
    ]),
    # ------------------------------------------------ SFR: a rumour about the trio's offer, then a different deal (XpFibre)
    ("sfr-offre-trio-rumeur", "fresh29", [
        ("linforme.com", "09-21 06:20", "SFR : Patrick Drahi prêt à céder au trio Bouygues-Free-Orange",
         "Selon nos informations, Altice France étudie favorablement une offre revue à la hausse des trois opérateurs pour le rachat et le démantèlement de SFR."),
        ("bfmtv.com", "09-21 11:00", "Vente de SFR : les trois opérateurs auraient relevé leur offre",
         "Bouygues Telecom, Iliad et Orange proposeraient désormais plus de 20 milliards d'euros pour l'opérateur au carré rouge, selon L'Informé."),
        ("latribune.fr", "09-21 15:30", "Démantèlement de SFR : les négociations reprennent",
         "Altice aurait rouvert les discussions avec ses trois concurrents, un an après avoir rejeté une première offre de 17 milliards d’euros."),
    ]),
    ("altice-vente-xpfibre", "fresh29", [
        ("lesechos.fr", "09-23 07:00", "Altice France cède sa part dans XpFibre au fonds Ardian",
         "Le groupe de Patrick Drahi vend sa participation dans le deuxième réseau de fibre du pays pour environ 3 milliards d'euros afin de réduire sa dette."),
        ("lemagit.fr", "09-23 12:40", "Fibre : XpFibre change de mains",
         "Altice annonce la cession de sa participation dans l’opérateur d’infrastructures à Ardian, une opération distincte des négociations sur SFR."),
    ]),
    # ------------------------------------------------ Nvidia: an Autorité de la concurrence fine, then a Commission probe
    ("adlc-amende-nvidia", "fresh29", [
        ("lesechos.fr", "09-22 08:00", "L'Autorité de la concurrence inflige 480 millions d'euros d'amende à Nvidia",
         "Le gendarme français de la concurrence sanctionne le fabricant de puces pour avoir verrouillé le marché des logiciels de calcul autour de CUDA."),
        ("lemondeinformatique.fr", "09-22 11:30", "CUDA : Nvidia sanctionné en France pour abus de position dominante",
         "Au terme de deux ans d'instruction, l'Autorité estime que le concepteur de GPU a entravé les solutions concurrentes auprès des fournisseurs de cloud."),
        ("numerama.com", "09-22 14:00", "Pourquoi la France fait payer le roi des puces d’IA",
         "Près d'un demi-milliard d'euros d'amende : l'Autorité de la concurrence reproche à Nvidia de rendre ses clients captifs de son écosystème."),
        ("journaldunet.com", "09-23 08:30", "Amende de Nvidia : le groupe « conteste fermement » et fera appel",
         "Le fabricant américain juge la décision de l'Autorité de la concurrence infondée et annonce un recours devant la cour d'appel de Paris."),
    ]),
    ("commission-enquete-nvidia", "fresh29", [
        ("zdnet.fr", "09-24 10:00", "Bruxelles ouvre une enquête sur les pratiques de Nvidia",
         "Deux jours après l'amende française, la Commission européenne lance une procédure formelle sur la manière dont le fabricant répartit ses GPU entre ses clients."),
        ("latribune.fr", "09-24 13:15", "Nvidia dans le viseur de la Commission européenne",
         "L'exécutif européen soupçonne le géant des puces de favoriser certains fournisseurs de cloud dans l'attribution de ses accélérateurs les plus demandés."),
    ]),
    # ------------------------------------------------ public-sector IT: Cour des comptes report on the State's cloud
    ("cour-comptes-cloud-etat", "fresh29", [
        ("next.ink", "09-22 09:30", "La Cour des comptes étrille la stratégie cloud de l'État",
         "Dans un rapport publié mardi, les magistrats financiers pointent des clouds interministériels sous-utilisés et une dépendance persistante aux hyperscalers américains."),
        ("silicon.fr", "09-22 15:00", "« Cloud au centre » : un bilan sévère de la Cour des comptes",
         "Le rapport juge la doctrine de l’État ambitieuse mais mal appliquée, faute de pilotage et de moyens pour les offres souveraines."),
    ]),
    # ------------------------------------------------ Snapdragon Summit
    ("snapdragon-8-elite-gen-6", "fresh29", [
        ("frandroid.com", "09-23 18:00", "Snapdragon 8 Elite Gen 6 officiel : Qualcomm promet un bond de 30 % en IA",
         "La nouvelle puce haut de gamme du fondeur américain, gravée en 2 nm, équipera les smartphones Android premium de 2027."),
        ("lesnumeriques.com", "09-23 19:30", "Qualcomm dévoile sa nouvelle puce pour smartphones haut de gamme",
         "Présentée au Snapdragon Summit d'Hawaï, la nouvelle génération mise sur des cœurs Oryon plus rapides et un GPU revu."),
        ("01net.com", "09-24 08:45", "Snapdragon 8 Elite Gen 6 : quels smartphones en profiteront en premier ?",
         "Xiaomi, OnePlus, Samsung : les premiers modèles équipés de la nouvelle puce de Qualcomm sont attendus dès octobre."),
    ]),
    # ------------------------------------------------ Windows 10: free ESU extended again in Europe (actor by periphrasis)
    ("windows-10-esu-europe", "fresh29", [
        ("zdnet.fr", "09-24 16:00", "Windows 10 : Microsoft prolonge encore d'un an les mises à jour gratuites en Europe",
         "Les utilisateurs de l'Espace économique européen pourront recevoir les correctifs de sécurité sans payer jusqu'en octobre 2027."),
        ("clubic.com", "09-24 18:20", "Le géant de Redmond offre un sursis supplémentaire à Windows 10",
         "Les particuliers européens gardent un an de plus les correctifs de sécurité gratuits pour le vieux système, à condition de se connecter avec un compte Microsoft."),
        ("01net.com", "09-25 07:30", "Vous êtes encore sous Windows 10 ? Ce qui change pour vous",
         "La prolongation du programme ESU en Europe vous laisse jusqu'à octobre 2027 : comment en profiter et pourquoi préparer malgré tout la migration."),
    ]),
    # ------------------------------------------------ Worldline job cuts
    ("worldline-suppressions", "fresh29", [
        ("lesechos.fr", "09-24 07:15", "Worldline va supprimer 400 postes en France",
         "Le spécialiste des paiements, en pleine restructuration, présente un plan de sauvegarde de l'emploi touchant surtout ses sites de Lyon et de Seclin."),
        ("lemondeinformatique.fr", "09-24 12:00", "Quatre cents emplois menacés chez Worldline",
         "Le groupe de paiement électronique justifie ce PSE par la cession de plusieurs activités et la baisse de ses volumes en Europe."),
        ("channelnews.fr", "09-25 09:00", "Worldline : les syndicats dénoncent un plan « brutal »",
         "Au lendemain de l’annonce de 400 suppressions de postes en France, l’intersyndicale réclame l’ouverture de négociations sur les reclassements."),
    ]),
    # ------------------------------------------------ Arcep mobile quality survey
    ("arcep-qualite-mobile", "fresh29", [
        ("frandroid.com", "09-29 09:00", "Qualité des réseaux mobiles : Orange reste en tête, Free progresse nettement",
         "L'Arcep publie sa campagne annuelle de mesures : l'opérateur historique domine toujours, Bouygues Telecom et SFR sont au coude-à-coude."),
        ("lesnumeriques.com", "09-29 11:30", "Quel est le meilleur réseau mobile en France ? Le verdict du régulateur",
         "Débits, appels, couverture dans les TGV : les résultats de l'enquête annuelle de l'Arcep, opérateur par opérateur."),
        ("next.ink", "09-30 08:00", "Arcep : les débits mobiles plafonnent, la 5G progresse dans les campagnes",
         "Le régulateur des télécoms note des écarts qui se resserrent entre les quatre opérateurs dans son bilan 2026 de la qualité de service."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
