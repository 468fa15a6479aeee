"""The 69th fresh labelled set of French tech-news articles, mostly fintech and e-commerce, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh69".
Positives: titles sharing almost no word with their siblings (quotes as titles, « Samedi noir »), an event
named only by periphrasis in one article (« la néobanque préférée des PME », « l'alternative européenne à
PayPal »), English-word titles (« Layoffs chez Lydia », « Data breach chez leboncoin »), syndicated items
(« selon L'Informé », « selon Les Echos »), terse follow-ups (« Qonto : c'est rétabli »), next-day
post-mortems and explainers (« ce qui change »), a hands-on test the day after a launch, a firm's reaction
to its fine the next day, a CEO interview the day after a funding round.
Hard negatives: two Qonto outages six weeks apart (the later one vaguer), Qonto's funding round then its
banking licence, Qonto's outage then BoursoBank's outage the next day, Lydia's layoffs then Swile's layoffs
the same day, Lydia's layoffs then its CEO leaving a month later, Vinted's CNIL fine then its appeal seven
weeks later, Shein fined by the DGCCRF then by the CNIL six weeks later, Temu's DSA fine then the
small-parcel tax vote naming Temu and Shein the same day, Cdiscount's job cuts then a warehouse strike,
weekly Cdiscount deals posts, weekly Les Echos fintech roundups (naming Qonto, Lydia, Vinted), weekly
fundraising roundups (one listing Pennylane and Spendesk), Pennylane and Spendesk raising on the same day,
leboncoin's data leak then a scam wave against its users, leboncoin's fee rise weeks later, Worldline
selling its terminals unit, then a Worldline terminals outage, then its half-year results, a Worldline
terminals outage then a nationwide Cartes Bancaires outage (both Saturdays, « carte refusée »), Wero's
online launch then a double-debit bug days later, Revolut fined by the ACPR then launching mortgages the
next day, Qonto's banking licence then Alma's a month later, Klarna results quarter after quarter, Prime
Day dates then a Prime Day deals post, two Mistral AI models a week apart, two WWDC announcements in
separate articles, two Fortinet critical flaws a month apart, two ransomware attacks on two local
authorities three days apart, the SFR takeover deal then the competition authority's in-depth probe.
`build` fixes the year 2026; times are UTC, May to July 2026.

Measured once on 6981ae9, part-way through stop 27: precision 0.977, recall 0.884 (0.976 / 0.844 on 13a24e1,
the code that landed at stop 26). Then tuned on (0.978 / 0.912 on the code that lands).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Qonto raises 300 M EUR (May)
    ("qonto-funding-300m", "fresh69", [
        ("lesechos.fr", "05-05 05:30",
         "Qonto lève 300 millions d'euros pour accélérer en Europe",
         "La néobanque des TPE et PME boucle un tour de table mené par Tiger Global et Tencent, qui la valorise 5,5 milliards d'euros."),
        ("usine-digitale.fr", "05-05 08:45",
         "Fintech : Qonto boucle une levée de 300 M€",
         "La start-up fondée par Alexandre Prot et Steve Anavi veut utiliser ces fonds pour se développer en Allemagne, en Italie et en Espagne."),
        ("bfmtv.com", "05-05 11:10",
         "5,5 milliards d'euros : la néobanque préférée des PME change de dimension",
         "La fintech parisienne fondée en 2016 par Alexandre Prot annonce un nouveau tour de table de 300 millions d'euros, l'un des plus gros de l'année en France."),
        ("latribune.fr", "05-06 07:00",
         "« Nous visons le million de clients d'ici 2027 » : le cofondateur de Qonto détaille ses ambitions",
         "Au lendemain de la levée de 300 millions d'euros, Alexandre Prot explique vouloir faire de Qonto la banque de référence des entreprises européennes."),
    ]),
    # ---------------------------------------------- Lydia / Sumeria job cuts (May)
    ("lydia-layoffs", "fresh69", [
        ("linforme.com", "05-07 05:45",
         "Lydia-Sumeria : un plan de départs visant 80 salariés",
         "Selon nos informations, la fintech fondée par Cyril Chiche prépare la suppression d'environ 80 postes, soit près d'un salarié sur cinq."),
        ("lesechos.fr", "05-07 11:30",
         "Lydia taille dans ses effectifs pour atteindre la rentabilité",
         "L'application de paiement entre particuliers, qui a lancé sa banque en ligne Sumeria, confirme un plan de réduction d'effectifs, selon L'Informé."),
        ("silicon.fr", "05-07 15:40",
         "Layoffs chez Lydia",
         "La fintech parisienne va se séparer d'environ 80 collaborateurs, principalement dans le marketing et les équipes produit."),
        ("journaldunet.com", "05-08 09:00",
         "Sumeria : pourquoi sa maison mère réduit la voilure",
         "Coûts d'acquisition, concurrence de Revolut, marges sur les paiements : les raisons du plan qui doit toucher quelque 80 salariés de Lydia."),
    ]),
    # ---------------------------------------------- Swile job cuts, same day as Lydia (single)
    ("swile-layoffs", "fresh69", [
        ("lesechos.fr", "05-07 16:20",
         "Fintech : Swile supprime 15 % de ses effectifs",
         "Le spécialiste montpelliérain des titres-restaurant dématérialisés annonce la suppression d'une centaine de postes en France et au Brésil."),
    ]),
    # ---------------------------------------------- Qonto card payments outage (May)
    ("qonto-outage-may", "fresh69", [
        ("01net.com", "05-12 09:15",
         "Panne Qonto : des paiements par carte refusés ce mardi matin",
         "De nombreux clients de la néobanque signalent des cartes refusées en caisse et une application inaccessible depuis 7 heures."),
        ("numerama.com", "05-12 10:40",
         "Qonto en panne : les entreprises clientes privées de paiements",
         "La fintech reconnaît un « incident technique majeur » touchant les paiements par carte, les virements et l'accès aux comptes."),
        ("bfmtv.com", "05-12 12:05",
         "« Impossible de payer mes fournisseurs » : la colère des artisans et des freelances",
         "Depuis le début de la matinée, les clients professionnels de Qonto ne peuvent plus ni payer ni consulter leurs comptes, et s'en plaignent sur les réseaux sociaux."),
        ("next.ink", "05-12 16:30",
         "Qonto : c'est rétabli",
         "Les services de la néobanque fonctionnent de nouveau après près de huit heures de coupure ; la cause n'est pas encore connue."),
        ("lemagit.fr", "05-13 08:20",
         "Qonto explique sa panne de mardi par une migration de base de données ratée",
         "Dans un post-mortem publié mercredi, la fintech détaille l'enchaînement qui a bloqué pendant huit heures les paiements de ses clients."),
    ]),
    # ---------------------------------------------- BoursoBank app outage, the day after (hard negative)
    ("boursobank-outage", "fresh69", [
        ("bfmtv.com", "05-13 08:30",
         "BoursoBank en panne : les clients ne peuvent plus accéder à leurs comptes",
         "L'application et le site de la banque en ligne de la Société Générale sont inaccessibles depuis l'aube pour une partie des clients."),
        ("clubic.com", "05-13 10:05",
         "La première banque en ligne de France victime d'une panne d'application",
         "Connexion impossible, virements bloqués : BoursoBank reconnaît un incident et promet un retour à la normale dans la matinée."),
    ]),
    # ---------------------------------------------- Fortinet critical flaw (May)
    ("fortinet-flaw-may", "fresh69", [
        ("lemagit.fr", "05-13 14:00",
         "Fortinet corrige une faille critique de FortiOS déjà exploitée",
         "Une vulnérabilité de contournement d'authentification dans l'interface SSL-VPN de FortiOS est activement exploitée ; le correctif est disponible."),
        ("zdnet.fr", "05-13 18:30",
         "FortiOS : une vulnérabilité critique exploitée, Fortinet appelle à patcher",
         "La faille, notée 9,8 sur l'échelle CVSS, permet à un attaquant non authentifié de prendre la main sur les pare-feu exposés."),
    ]),
    # ---------------------------------------------- Vinted fined by the CNIL (May)
    ("vinted-cnil-fine", "fresh69", [
        ("numerama.com", "05-14 09:50",
         "La CNIL inflige 15 millions d'euros d'amende à Vinted",
         "Le gendarme des données personnelles reproche à la plateforme de seconde main d'avoir restreint la visibilité de vendeurs sans les en informer."),
        ("lemondeinformatique.fr", "05-14 12:30",
         "RGPD : Vinted sanctionné par la CNIL",
         "La Commission nationale de l'informatique et des libertés sanctionne l'entreprise lituanienne de 15 millions d'euros pour des manquements au RGPD."),
        ("01net.com", "05-14 14:00",
         "Vinted condamné à payer 15 M€ : ce qui lui est reproché",
         "Information des utilisateurs, durée de conservation, « shadow banning » : le détail des griefs retenus contre le site de revente de vêtements."),
        ("lefigaro.fr", "05-14 17:20",
         "Le site lituanien de vêtements d'occasion lourdement sanctionné en France",
         "Vinted, qui revendique plus de 23 millions de membres en France, écope d'une amende de 15 millions d'euros prononcée par la CNIL."),
        ("next.ink", "05-15 09:00",
         "Vinted : la délibération de la CNIL décrit un « bannissement furtif » des vendeurs",
         "Nous avons lu la décision publiée jeudi : la plateforme masquait les annonces de certains vendeurs sans les prévenir ni leur permettre de contester."),
    ]),
    # ---------------------------------------------- Cdiscount weekly deals posts (recurring, singles)
    ("clubic-deals-cdiscount-0516", "fresh69", [
        ("clubic.com", "05-16 07:00",
         "Les bonnes affaires Cdiscount du week-end",
         "Téléviseurs, aspirateurs robots, smartphones : notre sélection des meilleures promotions repérées chez Cdiscount ce week-end."),
    ]),
    ("clubic-deals-cdiscount-0523", "fresh69", [
        ("clubic.com", "05-23 07:00",
         "Les bonnes affaires Cdiscount du week-end",
         "PC portables, barres de son et trottinettes électriques : notre sélection des meilleures promotions repérées chez Cdiscount ce week-end."),
    ]),
    ("clubic-deals-cdiscount-0530", "fresh69", [
        ("clubic.com", "05-30 07:00",
         "Les bonnes affaires Cdiscount du week-end",
         "Casques sans fil, friteuses à air et consoles : notre sélection des meilleures promotions repérées chez Cdiscount ce week-end."),
    ]),
    # ---------------------------------------------- Worldline sells its terminals unit (May)
    ("worldline-terminals-sale", "fresh69", [
        ("lesechos.fr", "05-18 06:30",
         "Worldline cède son activité de terminaux de paiement pour 350 millions d'euros",
         "Le groupe français vend sa branche de terminaux de paiement électronique au fonds américain Apollo, pour se recentrer sur les services aux commerçants."),
        ("latribune.fr", "05-18 10:00",
         "Le spécialiste français des paiements se déleste de ses TPE",
         "En difficulté, Worldline annonce la cession de son activité de terminaux, dont la finalisation est attendue d'ici la fin de l'année."),
        ("lemondeinformatique.fr", "05-18 14:10",
         "Worldline vend sa branche terminaux à Apollo",
         "L'opération, valorisée 350 millions d'euros, doit permettre au groupe de réduire sa dette ; les 1 500 salariés de l'activité suivront le repreneur."),
        ("journaldunet.com", "05-19 08:15",
         "Pourquoi Apollo s'offre les terminaux de paiement de Worldline",
         "Parc installé, contrats de maintenance, marges : ce que le fonds américain achète pour 350 millions d'euros, au lendemain de l'annonce."),
    ]),
    # ---------------------------------------------- Klarna Q1 results
    ("klarna-q1-results", "fresh69", [
        ("lesechos.fr", "05-19 12:40",
         "Klarna creuse ses pertes au premier trimestre",
         "Le spécialiste suédois du paiement fractionné voit son chiffre d'affaires progresser de 18 %, mais sa perte nette s'alourdit à 90 millions de dollars."),
        ("journaldunet.com", "05-19 16:00",
         "Paiement fractionné : Klarna toujours dans le rouge au T1",
         "Le champion du « buy now, pay later » coté à New York publie un premier trimestre en demi-teinte, plombé par les provisions pour impayés."),
    ]),
    # ---------------------------------------------- Cdiscount job-cut plan (May)
    ("cdiscount-layoffs", "fresh69", [
        ("linforme.com", "05-20 05:50",
         "Cdiscount prépare un plan social de 250 postes",
         "Selon nos informations, la filiale e-commerce du groupe Casino doit présenter ce mercredi un PSE à ses représentants du personnel."),
        ("lesechos.fr", "05-20 09:00",
         "Cdiscount va supprimer 250 emplois à Bordeaux",
         "Confronté à la concurrence de Temu et Shein, le site de vente en ligne annonce un plan de sauvegarde de l'emploi visant surtout son siège bordelais."),
        ("latribune.fr", "05-20 11:45",
         "Le champion bordelais du e-commerce annonce un plan social",
         "Cdiscount confirme la suppression de 250 postes, dans le marketing, les achats et les fonctions support."),
        ("bfmtv.com", "05-20 18:00",
         "Cdiscount : « un quart des effectifs du siège » visés, dénoncent les syndicats",
         "Les représentants du personnel du cybermarchand jugent « brutal » le plan de 250 suppressions de postes présenté mercredi."),
    ]),
    # ---------------------------------------------- Mistral Medium 4 (May)
    ("mistral-medium-4", "fresh69", [
        ("usine-digitale.fr", "05-21 09:00",
         "Mistral AI dévoile Mistral Medium 4",
         "La start-up française présente son nouveau modèle de taille intermédiaire, qu'elle dit au niveau des meilleurs modèles américains pour un coût huit fois moindre."),
        ("numerama.com", "05-21 13:15",
         "Mistral Medium 4 : le nouveau modèle de Mistral AI veut rivaliser avec GPT-5",
         "Le modèle multimodal est accessible dans Le Chat et via l'API, mais ses poids ne sont pas publiés."),
        ("lemondeinformatique.fr", "05-21 16:40",
         "Avec Medium 4, Mistral AI cible les entreprises",
         "Le champion français de l'IA générative met en avant un modèle déployable sur site et pensé pour les usages professionnels."),
    ]),
    # ---------------------------------------------- PayPal outage (May)
    ("paypal-outage", "fresh69", [
        ("01net.com", "05-25 19:50",
         "PayPal en panne : impossible de payer en ligne ce lundi soir",
         "Des milliers d'internautes signalent des paiements refusés et une application PayPal qui ne répond plus depuis 19 heures."),
        ("clubic.com", "05-25 21:35",
         "Panne PayPal : le service de paiement rétabli après deux heures",
         "Le géant américain du paiement en ligne évoque un « problème de connectivité » et assure qu'aucune donnée n'a été compromise."),
    ]),
    # ---------------------------------------------- Ransomware at Saint-Nazaire town hall (May)
    ("ransomware-saint-nazaire", "fresh69", [
        ("lemagit.fr", "05-26 08:30",
         "Cyberattaque : la ville de Saint-Nazaire paralysée par un rançongiciel",
         "Les services de la mairie et de l'agglomération fonctionnent en mode dégradé après le chiffrement d'une partie de leurs serveurs dans la nuit."),
        ("numerama.com", "05-26 11:00",
         "Saint-Nazaire visée par un ransomware, les services municipaux à l'arrêt",
         "État civil, cantines, médiathèques : la commune de Loire-Atlantique a dû couper son réseau informatique."),
        ("zdnet.fr", "05-27 09:20",
         "Saint-Nazaire : le groupe Qilin revendique l'attaque",
         "Le groupe de rançongiciel affirme avoir exfiltré 200 Go de données de la mairie et menace de les publier."),
    ]),
    # ---------------------------------------------- Shein fined by the DGCCRF (May)
    ("shein-dgccrf-fine", "fresh69", [
        ("lesechos.fr", "05-27 07:00",
         "Shein écope de 40 millions d'euros d'amende pour pratiques commerciales trompeuses",
         "La DGCCRF sanctionne le géant chinois de l'ultra fast fashion pour de fausses réductions affichées sur son site français."),
        ("bfmtv.com", "05-27 10:00",
         "Fausses promotions : Shein sanctionné par Bercy",
         "Les enquêteurs de la répression des fraudes ont constaté des prix de référence gonflés sur des milliers d'articles."),
        ("lefigaro.fr", "05-27 12:15",
         "40 millions d'euros : la facture salée du géant de la mode éphémère",
         "Shein est condamné à une amende transactionnelle record après une enquête de la DGCCRF sur ses prix barrés."),
        ("numerama.com", "05-27 14:30",
         "Prix barrés bidon : pourquoi Shein doit payer 40 M€",
         "Des réductions calculées sur des prix jamais pratiqués : on vous explique ce que la répression des fraudes reproche à la plateforme."),
    ]),
    # ---------------------------------------------- Mistral Devstral 3, a week after Medium 4 (hard negative)
    ("mistral-devstral-3", "fresh69", [
        ("usine-digitale.fr", "05-28 09:30",
         "Mistral AI lance Devstral 3, un modèle pour les développeurs",
         "Une semaine après Medium 4, la start-up française publie un modèle ouvert spécialisé dans le code, sous licence Apache 2.0."),
        ("next.ink", "05-28 14:00",
         "Devstral 3 : Mistral publie un nouveau modèle de code open source",
         "Le modèle de 24 milliards de paramètres tourne sur une seule carte graphique et vise les agents de programmation."),
    ]),
    # ---------------------------------------------- SFR takeover deal signed (May)
    ("sfr-takeover-signed", "fresh69", [
        ("lesechos.fr", "05-28 06:00",
         "Altice accepte l'offre de Bouygues, Free et Orange pour racheter SFR",
         "Patrick Drahi a signé un protocole d'accord avec les trois opérateurs, qui se partageront les clients et les infrastructures de l'opérateur au carré rouge."),
        ("bfmtv.com", "05-28 09:40",
         "Rachat de SFR : l'accord est signé, le marché repasse à trois opérateurs",
         "Bouygues Telecom, Free et Orange vont se répartir les activités de SFR pour environ 17 milliards d'euros."),
        ("01net.com", "05-28 15:00",
         "Fin de SFR : ce qui va changer pour les abonnés",
         "Forfaits, box, numéros : on fait le point sur ce que le démantèlement de l'opérateur implique pour ses clients."),
    ]),
    # ---------------------------------------------- Ransomware at Grand Périgueux, three days later (hard negative)
    ("ransomware-grand-perigueux", "fresh69", [
        ("lemagit.fr", "05-29 10:10",
         "L'agglomération du Grand Périgueux victime d'un rançongiciel",
         "La communauté d'agglomération a subi une attaque par ransomware, trois jours après celle qui a frappé Saint-Nazaire."),
        ("zdnet.fr", "05-29 15:45",
         "Cyberattaque : le Grand Périgueux coupe son système d'information",
         "Les services de la collectivité de Dordogne sont perturbés ; l'ANSSI et la gendarmerie sont mobilisées."),
    ]),
    # ---------------------------------------------- Qonto gets a banking licence (June)
    ("qonto-bank-licence", "fresh69", [
        ("lesechos.fr", "06-02 06:00",
         "Qonto obtient enfin son agrément bancaire",
         "L'ACPR a accordé à la fintech le statut d'établissement de crédit, qui lui permettra de prêter aux entreprises sur son propre bilan."),
        ("lemondeinformatique.fr", "06-02 11:20",
         "Qonto devient une banque à part entière",
         "La néobanque des PME, jusqu'ici établissement de paiement, a reçu le feu vert du superviseur bancaire français."),
        ("journaldunet.com", "06-02 14:00",
         "Agrément bancaire de Qonto : ce qui change pour ses clients",
         "Dépôts garantis, crédit, découvert : ce que permet le nouveau statut d'établissement de crédit de la fintech."),
    ]),
    # ---------------------------------------------- Cdiscount warehouse strike (June, hard negative)
    ("cdiscount-strike-cestas", "fresh69", [
        ("latribune.fr", "06-03 10:00",
         "Grève dans les entrepôts de Cdiscount à Cestas",
         "Les préparateurs de commandes de la filiale logistique du cybermarchand ont cessé le travail mardi pour réclamer des hausses de salaire."),
        ("bfmtv.com", "06-03 15:20",
         "Cdiscount : les salariés de la logistique en grève, des livraisons retardées",
         "Deux semaines après l'annonce du plan social au siège, c'est au tour des entrepôts girondins de se mobiliser, à l'appel de la CGT."),
    ]),
    # ---------------------------------------------- Revolut fined by the ACPR (June)
    ("revolut-acpr-fine", "fresh69", [
        ("lesechos.fr", "06-04 07:00",
         "L'ACPR inflige 20 millions d'euros d'amende à Revolut",
         "Le gendarme bancaire reproche à la néobanque britannique des failles dans son dispositif de lutte contre le blanchiment."),
        ("bfmtv.com", "06-04 11:00",
         "Blanchiment : Revolut sanctionné en France",
         "La commission des sanctions de l'Autorité de contrôle prudentiel pointe des alertes non traitées sur des milliers de virements suspects."),
        ("clubic.com", "06-04 14:00",
         "Revolut condamné par le régulateur : faut-il s'inquiéter pour son compte ?",
         "La néobanque aux 5 millions de clients français écope d'une amende de 20 millions d'euros ; on fait le point sur ce que cela implique pour vous."),
    ]),
    # ---------------------------------------------- Revolut launches mortgages, next day (hard negative)
    ("revolut-mortgage-launch", "fresh69", [
        ("frandroid.com", "06-05 09:00",
         "Revolut lance le crédit immobilier en France",
         "La néobanque propose désormais des prêts immobiliers à ses clients français, avec une réponse de principe en quelques minutes dans l'application."),
        ("journaldunet.com", "06-05 12:30",
         "Crédit immobilier : Revolut attaque les banques traditionnelles",
         "Taux, apport, assurance : ce que propose l'offre de prêt immobilier dévoilée jeudi par la fintech britannique."),
    ]),
    # ---------------------------------------------- WWDC: iOS 27
    ("wwdc-ios-27", "fresh69", [
        ("frandroid.com", "06-08 18:45",
         "iOS 27 officiel : toutes les nouveautés annoncées par Apple",
         "Siri repensé autour de l'IA, nouvel écran d'accueil, mode batterie adaptatif : Apple a présenté iOS 27 en ouverture de la WWDC."),
        ("lesnumeriques.com", "06-08 20:10",
         "WWDC 2026 : Apple dévoile iOS 27 et son nouveau Siri",
         "La prochaine version du système de l'iPhone arrivera à l'automne ; la bêta développeurs est disponible dès ce soir."),
        ("01net.com", "06-09 07:30",
         "iOS 27 : quels iPhone sont compatibles ?",
         "Apple abandonne la prise en charge des iPhone XS et XR avec iOS 27 : la liste complète des modèles compatibles."),
    ]),
    # ---------------------------------------------- WWDC: French ID card in Apple Wallet (hard negative)
    ("wwdc-wallet-id-card", "fresh69", [
        ("numerama.com", "06-08 21:00",
         "Apple Wallet accueillera la carte d'identité française",
         "Annoncée lors de la WWDC, l'intégration de la carte nationale d'identité dans l'app Cartes d'Apple se fera en partenariat avec France Identité."),
        ("lesnumeriques.com", "06-09 09:00",
         "Votre carte d'identité bientôt dans l'iPhone : Apple et l'État français s'accordent",
         "La fonction, présentée lundi en marge d'iOS 27, permettra de prouver son identité ou sa majorité sans montrer sa carte physique."),
    ]),
    # ---------------------------------------------- leboncoin data leak (June)
    ("leboncoin-data-leak", "fresh69", [
        ("zdnet.fr", "06-08 09:00",
         "Leboncoin confirme une fuite de données touchant des millions d'utilisateurs",
         "Le site de petites annonces a détecté un accès non autorisé à une base contenant les noms, e-mails et numéros de téléphone de ses membres."),
        ("numerama.com", "06-08 11:00",
         "Data breach chez leboncoin : noms, e-mails et numéros dans la nature",
         "Un pirate met en vente sur un forum les coordonnées de 12 millions d'utilisateurs du site ; leboncoin confirme l'incident."),
        ("01net.com", "06-08 13:30",
         "Fuite de données leboncoin : comment savoir si vous êtes concerné",
         "Vérifier son adresse, changer son mot de passe, se méfier des messages : les bons réflexes après la fuite annoncée ce lundi."),
        ("lemagit.fr", "06-09 08:00",
         "Leboncoin : l'intrusion serait passée par un outil de support client",
         "L'attaquant a utilisé les identifiants d'un prestataire pour interroger la base des membres, selon les premiers éléments de l'enquête."),
    ]),
    # ---------------------------------------------- Lydia CEO steps down (June, hard negative)
    ("lydia-ceo-leaves", "fresh69", [
        ("lesechos.fr", "06-09 06:30",
         "Cyril Chiche quitte la direction générale de Lydia",
         "Le cofondateur de la fintech cède son fauteuil à l'ancienne directrice financière et devient président du conseil, un mois après un plan de départs."),
        ("bfmtv.com", "06-09 10:15",
         "Lydia change de patron",
         "Fondateur de l'application de paiement entre amis en 2013, Cyril Chiche passe la main à la tête de l'entreprise, devenue Sumeria."),
    ]),
    # ---------------------------------------------- Fortinet second critical flaw (June, hard negative)
    ("fortinet-flaw-june", "fresh69", [
        ("lemagit.fr", "06-10 13:30",
         "Fortinet : nouvelle faille critique dans FortiWeb",
         "Un mois après FortiOS, l'équipementier corrige une injection de commandes dans son pare-feu applicatif, exploitée avant la publication du correctif."),
        ("silicon.fr", "06-10 17:00",
         "FortiWeb : Fortinet publie un correctif d'urgence",
         "La vulnérabilité permet d'exécuter du code à distance sans authentification ; le CERT-FR recommande d'appliquer la mise à jour sans délai."),
    ]),
    # ---------------------------------------------- Temu fined under the DSA (June)
    ("temu-dsa-fine", "fresh69", [
        ("lesechos.fr", "06-11 07:30",
         "Bruxelles inflige 200 millions d'euros d'amende à Temu",
         "La Commission européenne sanctionne la place de marché chinoise au titre du DSA pour ne pas avoir empêché la vente de produits illégaux."),
        ("lemondeinformatique.fr", "06-11 10:00",
         "DSA : première amende pour Temu",
         "La plateforme de PDD Holdings est la première place de marché sanctionnée au titre du règlement européen sur les services numériques."),
        ("numerama.com", "06-11 12:00",
         "Jouets toxiques, chargeurs dangereux : l'Europe sanctionne le bazar en ligne chinois",
         "La Commission reproche à Temu une évaluation des risques défaillante et inflige 200 millions d'euros d'amende."),
        ("clubic.com", "06-11 15:00",
         "Temu condamné par l'UE : ce qui lui est reproché",
         "Produits non conformes, vendeurs non vérifiés, système de recommandation opaque : le détail de la décision de la Commission."),
        ("bfmtv.com", "06-12 08:00",
         "Temu va faire appel",
         "La plateforme chinoise annonce contester devant la justice européenne l'amende de 200 millions d'euros infligée mercredi par Bruxelles."),
    ]),
    # ---------------------------------------------- Small-parcel tax voted, same day (hard negative)
    ("small-parcel-tax-vote", "fresh69", [
        ("bfmtv.com", "06-11 18:10",
         "Petits colis : les députés adoptent une taxe de 2 euros visant Shein et Temu",
         "L'Assemblée nationale a voté une contribution sur chaque colis de faible valeur importé hors de l'Union européenne."),
        ("lesechos.fr", "06-12 06:00",
         "E-commerce : la taxe sur les petits colis votée à l'Assemblée",
         "Les plateformes chinoises seront redevables de 2 euros par article expédié, une mesure que le gouvernement chiffre à 500 millions d'euros par an."),
        ("latribune.fr", "06-12 09:30",
         "Taxe sur les petits colis : ce qui va changer pour vos commandes",
         "Qui paiera, à partir de quand, sur quels produits : on fait le point sur la contribution adoptée mercredi soir par les députés."),
    ]),
    # ---------------------------------------------- JDN weekly fundraising roundups (recurring, singles)
    ("jdn-fundraising-week-24", "fresh69", [
        ("journaldunet.com", "06-12 16:00",
         "Levées de fonds de la semaine : Alan, Mirakl et Pigment",
         "Chaque vendredi, le récapitulatif des principales levées de fonds des start-up françaises de la semaine."),
    ]),
    # ---------------------------------------------- leboncoin scam wave (June, hard negative)
    ("leboncoin-scam-wave", "fresh69", [
        ("01net.com", "06-16 10:00",
         "Arnaque leboncoin : de faux liens de paiement sécurisé piègent les vendeurs",
         "Des escrocs se font passer pour des acheteurs et envoient de faux liens de paiement pour voler les coordonnées bancaires des vendeurs."),
        ("frandroid.com", "06-16 15:30",
         "Attention à cette arnaque au faux paiement sécurisé qui vise les vendeurs du site de petites annonces",
         "Une vague de messages frauduleux déferle sur les vendeurs de leboncoin ; la plateforme rappelle qu'elle ne demande jamais de numéro de carte."),
    ]),
    # ---------------------------------------------- Pennylane raises 150 M EUR (June)
    ("pennylane-funding", "fresh69", [
        ("lesechos.fr", "06-17 05:45",
         "Pennylane lève 150 millions d'euros et vaut 6 milliards",
         "Le logiciel de comptabilité et de gestion financière des PME boucle un nouveau tour de table mené par Sequoia et General Catalyst."),
        ("bfmtv.com", "06-17 09:20",
         "Pennylane lèverait 150 millions d'euros, selon Les Echos",
         "La fintech française fondée par Arthur Waller aurait bouclé une levée de fonds qui la valoriserait 6 milliards d'euros."),
        ("usine-digitale.fr", "06-17 12:00",
         "La licorne de la comptabilité en ligne double sa valorisation",
         "Pennylane, qui équipe plus de 500 000 entreprises et cabinets comptables, veut utiliser ses 150 millions d'euros pour s'étendre en Europe."),
        ("lemondeinformatique.fr", "06-17 15:30",
         "Comptabilité : Pennylane confirme un tour de table de 150 M€",
         "L'éditeur confirme la levée annoncée le matin par la presse et prévoit d'embaucher 400 personnes, surtout en ingénierie."),
    ]),
    # ---------------------------------------------- Spendesk raises 80 M EUR, same day (hard negative)
    ("spendesk-funding", "fresh69", [
        ("journaldunet.com", "06-17 08:30",
         "Spendesk lève 80 millions d'euros pour sa plateforme de gestion des dépenses",
         "La fintech parisienne, spécialiste des cartes de paiement pour les entreprises, veut accélérer sur les outils de comptabilité automatisée."),
        ("latribune.fr", "06-17 11:00",
         "Fintech : Spendesk renoue avec les levées de fonds",
         "Trois ans après avoir réduit ses effectifs, la start-up lève 80 millions d'euros auprès de ses investisseurs historiques."),
    ]),
    # ---------------------------------------------- Vinted Go lockers (single)
    ("vinted-go-lockers", "fresh69", [
        ("frandroid.com", "06-18 10:00",
         "Vinted Go : 5 000 casiers automatiques en France d'ici la fin de l'année",
         "La plateforme de seconde main accélère le déploiement de son réseau de consignes, pour réduire sa dépendance aux transporteurs."),
    ]),
    ("jdn-fundraising-week-25", "fresh69", [
        ("journaldunet.com", "06-19 16:00",
         "Levées de fonds de la semaine : Pennylane, Spendesk et Qonto",
         "Chaque vendredi, le récapitulatif des principales levées de fonds des start-up françaises de la semaine."),
    ]),
    # ---------------------------------------------- Worldline terminals outage (Saturday, June)
    ("worldline-terminals-outage", "fresh69", [
        ("bfmtv.com", "06-20 11:00",
         "Terminaux de paiement en panne : des commerçants ne peuvent plus encaisser par carte",
         "Boulangeries, pharmacies, restaurants : des milliers de commerces équipés de terminaux Worldline refusent les cartes depuis ce samedi matin."),
        ("lesechos.fr", "06-20 15:00",
         "Worldline : une panne de ses terminaux paralyse des milliers de commerces",
         "L'incident touche l'activité de terminaux que le groupe a accepté de céder en mai, une vente qui n'est pas encore finalisée."),
        ("lemondeinformatique.fr", "06-22 09:00",
         "Panne des TPE Worldline : une mise à jour logicielle en cause",
         "Le groupe attribue l'incident de samedi à une mise à jour défectueuse poussée à distance sur un modèle de terminal."),
    ]),
    # ---------------------------------------------- Qonto second outage (June, vaguer, hard negative)
    ("qonto-outage-june", "fresh69", [
        ("01net.com", "06-23 18:10",
         "Qonto : l'application de nouveau inaccessible",
         "Des utilisateurs de la néobanque ne parviennent plus à se connecter à leur compte depuis le milieu d'après-midi."),
        ("frandroid.com", "06-23 19:00",
         "Nouvelle panne chez Qonto, les clients ne peuvent plus se connecter",
         "Six semaines après la panne géante de mai, la néobanque des PME connaît un nouvel incident, limité cette fois à la connexion."),
    ]),
    # ---------------------------------------------- Amazon announces Prime Day dates
    ("prime-day-dates", "fresh69", [
        ("frandroid.com", "06-23 08:00",
         "Prime Day 2026 : Amazon annonce les dates, du 7 au 10 juillet",
         "L'événement promotionnel réservé aux abonnés Prime durera quatre jours cette année, comme en 2025."),
        ("lesnumeriques.com", "06-23 11:30",
         "Amazon Prime Day revient les 7, 8, 9 et 10 juillet",
         "Le géant du e-commerce a officialisé le calendrier de ses soldes d'été réservées aux membres Prime."),
    ]),
    # ---------------------------------------------- State cloud doctrine (June)
    ("state-cloud-doctrine", "fresh69", [
        ("lemagit.fr", "06-25 10:00",
         "Cloud au centre : l'État impose SecNumCloud pour les données sensibles",
         "Une nouvelle circulaire oblige les ministères à héberger leurs données sensibles chez des prestataires qualifiés SecNumCloud d'ici 2028."),
        ("next.ink", "06-25 14:30",
         "Doctrine cloud de l'État : la nouvelle circulaire écarte de fait les hyperscalers américains",
         "Le texte durcit les règles d'hébergement des données des administrations, au nom de la protection contre les lois extraterritoriales."),
    ]),
    # ---------------------------------------------- Wero launches online payments (June)
    ("wero-online-launch", "fresh69", [
        ("lesechos.fr", "06-30 06:00",
         "Wero se lance dans le paiement en ligne en France",
         "La solution de paiement européenne portée par EPI arrive sur les sites marchands, à commencer par la Fnac, Darty et Veepee."),
        ("frandroid.com", "06-30 10:00",
         "Wero : vous pouvez désormais payer vos achats en ligne, voici comment",
         "Le successeur de Paylib, intégré aux applications des banques françaises, permet de régler ses achats sur internet sans saisir sa carte."),
        ("01net.com", "06-30 13:00",
         "L'alternative européenne à PayPal débarque sur les sites marchands",
         "Soutenue par les grandes banques du continent, la solution d'EPI ouvre le paiement en ligne en France, après les virements entre particuliers."),
        ("clubic.com", "07-01 09:00",
         "On a testé Wero pour payer en ligne : simple, mais encore rare",
         "Lancé mardi sur les sites marchands, le paiement en ligne de Wero fonctionne bien, mais peu de boutiques l'acceptent pour l'instant."),
    ]),
    # ---------------------------------------------- Google fined by the French competition authority
    ("google-adlc-fine", "fresh69", [
        ("lesechos.fr", "07-01 07:00",
         "L'Autorité de la concurrence inflige 250 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence reproche au moteur de recherche d'avoir favorisé ses propres services dans la publicité en ligne."),
        ("next.ink", "07-01 11:30",
         "Publicité en ligne : Google de nouveau sanctionné en France",
         "Le géant de Mountain View est condamné pour abus de position dominante sur le marché des outils publicitaires."),
        ("lefigaro.fr", "07-01 15:00",
         "250 millions d'euros : la nouvelle addition du géant californien",
         "L'Autorité de la concurrence sanctionne Google pour avoir désavantagé des éditeurs de presse et des régies concurrentes."),
    ]),
    # ---------------------------------------------- Vinted appeals its CNIL fine (July, hard negative)
    ("vinted-fine-appeal", "fresh69", [
        ("next.ink", "07-02 11:00",
         "Vinted conteste son amende CNIL devant le Conseil d'État",
         "La plateforme de seconde main a déposé un recours contre la sanction de 15 millions d'euros prononcée en mai."),
        ("lefigaro.fr", "07-02 16:00",
         "Vinted fait appel de sa sanction de 15 millions d'euros",
         "L'entreprise lituanienne juge la décision de la CNIL « disproportionnée » et demande sa suspension."),
    ]),
    # ---------------------------------------------- Wero double-debit bug (July, hard negative)
    ("wero-double-debit-bug", "fresh69", [
        ("01net.com", "07-03 10:00",
         "Wero débite deux fois certains achats en ligne",
         "Des utilisateurs se plaignent d'avoir été prélevés deux fois pour une même commande, trois jours après l'arrivée du paiement sur les sites marchands."),
        ("bfmtv.com", "07-03 15:00",
         "« J'ai payé deux fois ma commande » : des clients dénoncent des doubles prélèvements",
         "Plusieurs utilisateurs de la nouvelle solution de paiement européenne Wero ont vu leur compte débité en double après un achat sur internet."),
        ("numerama.com", "07-04 09:00",
         "Double débit : EPI promet un remboursement sous 48 heures",
         "L'opérateur de Wero reconnaît un bug chez l'un de ses prestataires techniques et assure que les sommes seront recréditées."),
    ]),
    # ---------------------------------------------- Prime Day deals post (single, hard negative to the dates)
    ("prime-day-deals-day-1", "fresh69", [
        ("clubic.com", "07-07 07:00",
         "Prime Day : les meilleures offres du premier jour",
         "Kindle, Echo, robots aspirateurs et SSD : notre sélection des promotions à ne pas manquer pour le coup d'envoi du Prime Day d'Amazon."),
    ]),
    # ---------------------------------------------- OVHcloud Q3 revenue
    ("ovhcloud-q3-revenue", "fresh69", [
        ("lemagit.fr", "07-08 06:30",
         "OVHcloud : croissance de 9 % au troisième trimestre",
         "L'hébergeur roubaisien publie un chiffre d'affaires de 280 millions d'euros, porté par le cloud public."),
        ("silicon.fr", "07-08 10:10",
         "Le champion français du cloud maintient ses objectifs annuels",
         "OVHcloud confirme viser une croissance organique de 9 à 11 % sur l'exercice, malgré un ralentissement des serveurs dédiés."),
    ]),
    # ---------------------------------------------- Shein fined by the CNIL (July, hard negative)
    ("shein-cnil-cookies-fine", "fresh69", [
        ("numerama.com", "07-08 10:00",
         "Cookies : la CNIL frappe Shein d'une amende de 60 millions d'euros",
         "Le gendarme des données personnelles reproche à la plateforme d'avoir déposé des traceurs publicitaires sans le consentement des internautes."),
        ("lemondeinformatique.fr", "07-08 14:00",
         "Shein de nouveau sanctionné en France, cette fois par la CNIL",
         "Six semaines après l'amende de la DGCCRF pour ses fausses promotions, le site de mode est sanctionné pour ses cookies."),
        ("lesechos.fr", "07-08 16:30",
         "Shein : nouvelle amende, pour les cookies",
         "La CNIL inflige 60 millions d'euros au géant chinois de l'ultra fast fashion pour des traceurs déposés sans consentement."),
        ("bfmtv.com", "07-09 08:10",
         "Traceurs publicitaires : la plateforme chinoise de mode « prend acte » de la sanction",
         "Au lendemain de l'amende de 60 millions d'euros prononcée par la CNIL, Shein assure avoir déjà modifié son bandeau de cookies."),
    ]),
    # ---------------------------------------------- Digital euro vote (July)
    ("digital-euro-vote", "fresh69", [
        ("lesechos.fr", "07-09 08:00",
         "Euro numérique : le Parlement européen donne son feu vert",
         "Les eurodéputés ont adopté le règlement qui ouvre la voie à une monnaie numérique de banque centrale, avec un plafond de détention par citoyen."),
        ("lemondeinformatique.fr", "07-09 15:00",
         "Le Parlement européen adopte le règlement sur l'euro numérique",
         "La BCE pourra lancer son euro numérique à partir de 2029 ; les banques obtiennent un plafond de 3 000 euros par portefeuille."),
    ]),
    # ---------------------------------------------- Samsung Galaxy Z Fold8
    ("galaxy-z-fold8", "fresh69", [
        ("frandroid.com", "07-09 16:00",
         "Samsung Galaxy Z Fold8 officiel : plus fin, plus léger, plus cher",
         "Présenté lors de l'Unpacked de New York, le nouveau smartphone pliant de Samsung affiche 8,2 mm d'épaisseur une fois déplié et coûte 2 099 euros."),
        ("lesnumeriques.com", "07-09 18:30",
         "Galaxy Z Fold8 : prix, date de sortie et fiche technique",
         "Le pliant haut de gamme de Samsung sera disponible le 25 juillet en France ; les précommandes ouvrent aujourd'hui."),
    ]),
    # ---------------------------------------------- Cartes Bancaires nationwide outage (Saturday, July, hard negative)
    ("cb-network-outage", "fresh69", [
        ("bfmtv.com", "07-11 12:30",
         "Paiements par carte bancaire impossibles dans de nombreux magasins ce samedi",
         "Supermarchés, stations-service, péages : partout en France, des clients voient leur carte refusée depuis la fin de matinée."),
        ("01net.com", "07-11 14:00",
         "Panne du réseau Cartes Bancaires : ce que l'on sait",
         "Le GIE CB confirme un incident sur son système d'autorisation, qui touche les paiements quelle que soit la banque du client."),
        ("lefigaro.fr", "07-11 17:00",
         "Samedi noir pour les commerçants, privés d'encaissement pendant quatre heures",
         "Caisses bloquées et files d'attente : le groupement des cartes bancaires a rétabli son service en milieu d'après-midi."),
        ("lemagit.fr", "07-13 08:00",
         "Panne CB de samedi : un certificat expiré mis en cause",
         "Le GIE Cartes Bancaires attribue l'incident à l'expiration d'un certificat sur un serveur d'autorisation, et promet un audit."),
    ]),
    # ---------------------------------------------- Alma gets a banking licence (single, hard negative to Qonto's)
    ("alma-bank-licence", "fresh69", [
        ("lesechos.fr", "07-15 06:30",
         "Le spécialiste du paiement fractionné Alma obtient un agrément bancaire",
         "La fintech française pourra financer elle-même les achats en plusieurs fois qu'elle propose sur les sites marchands, sans passer par un partenaire."),
    ]),
    # ---------------------------------------------- SFR deal: in-depth competition probe (July, hard negative)
    ("sfr-deal-probe", "fresh69", [
        ("lesechos.fr", "07-15 09:00",
         "Rachat de SFR : l'Autorité de la concurrence ouvre un examen approfondi",
         "Le gendarme de la concurrence estime que le partage de SFR entre Bouygues, Free et Orange soulève des doutes sérieux pour les consommateurs."),
    ]),
    # ---------------------------------------------- Orange emergency calls outage (July)
    ("orange-emergency-outage", "fresh69", [
        ("bfmtv.com", "07-16 07:40",
         "Panne Orange : les appels vers les numéros d'urgence perturbés cette nuit",
         "Pendant plusieurs heures, les abonnés mobiles de l'opérateur n'ont pas pu joindre le 15, le 17 ou le 18 dans plusieurs régions."),
        ("01net.com", "07-16 09:30",
         "Numéros d'urgence injoignables : l'opérateur historique présente ses excuses",
         "Orange évoque une défaillance logicielle sur un équipement de son cœur de réseau mobile ; le gouvernement demande des explications."),
        ("zdnet.fr", "07-16 16:00",
         "Orange : ce que l'on sait de la panne des appels d'urgence",
         "Régions touchées, durée, cause : le point sur l'incident qui a privé des millions d'abonnés mobiles des numéros d'urgence."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q2 results (single)
    ("stmicro-q2-results", "fresh69", [
        ("latribune.fr", "07-23 07:30",
         "STMicroelectronics : le chiffre d'affaires repart à la hausse au deuxième trimestre",
         "Le fabricant franco-italien de puces profite de la reprise du marché automobile et relève légèrement ses prévisions."),
    ]),
    # ---------------------------------------------- Klarna Q2 results (hard negative to Q1)
    ("klarna-q2-results", "fresh69", [
        ("lesechos.fr", "07-28 12:30",
         "Klarna repasse dans le vert au deuxième trimestre",
         "Le spécialiste suédois du paiement fractionné dégage un bénéfice net de 25 millions de dollars, une première depuis son entrée en Bourse."),
        ("latribune.fr", "07-28 17:00",
         "Paiement fractionné : Klarna renoue avec les bénéfices",
         "Le champion du « buy now, pay later » publie un deuxième trimestre meilleur que prévu et s'envole à Wall Street."),
    ]),
    # ---------------------------------------------- Worldline half-year results (July, hard negative)
    ("worldline-h1-results", "fresh69", [
        ("lesechos.fr", "07-29 06:00",
         "Worldline : le chiffre d'affaires recule encore au premier semestre",
         "Le groupe de paiements voit son activité baisser de 4 % et repousse son objectif de retour à la croissance, malgré la cession de ses terminaux."),
        ("bfmtv.com", "07-29 09:30",
         "Worldline chute en Bourse après des résultats semestriels décevants",
         "L'action du spécialiste français des paiements perd 12 % à l'ouverture, les investisseurs s'inquiétant d'une perte nette de 180 millions d'euros."),
        ("journaldunet.com", "07-29 12:00",
         "Résultats : Worldline toujours dans le rouge",
         "Perte nette, dette, cessions : ce qu'il faut retenir du premier semestre du groupe de paiements."),
    ]),
    # ---------------------------------------------- other singles
    ("lesechos-fintech-week-19", "fresh69", [
        ("lesechos.fr", "05-08 17:00",
         "Fintech : ce qu'il faut retenir de la semaine",
         "La levée de 300 millions d'euros de Qonto, le plan de départs chez Lydia et les suppressions de postes chez Swile : le récapitulatif hebdomadaire."),
    ]),
    ("lesechos-fintech-week-20", "fresh69", [
        ("lesechos.fr", "05-15 17:00",
         "Fintech : ce qu'il faut retenir de la semaine",
         "La panne géante de Qonto, l'amende de la CNIL contre Vinted et les pertes de Klarna attendues : le récapitulatif hebdomadaire."),
    ]),
    ("leboncoin-secure-payment-fee", "fresh69", [
        ("frandroid.com", "07-06 09:30",
         "Leboncoin augmente les frais de son paiement sécurisé",
         "Les acheteurs paieront désormais 5 % du prix, contre 4 % jusqu'ici, pour toute transaction avec livraison sur le site de petites annonces."),
    ]),
    ("temu-french-warehouse", "fresh69", [
        ("usine-digitale.fr", "07-17 08:00",
         "Temu ouvre son premier entrepôt en France",
         "La place de marché chinoise installe près de Lyon un centre logistique de 60 000 m² pour livrer en trois jours les commandes de vendeurs locaux."),
    ]),
    ("france-identite-permis", "fresh69", [
        ("01net.com", "05-06 09:00",
         "France Identité : la carte grise rejoint le permis de conduire dans l'application",
         "L'application officielle de l'État permet désormais de présenter un certificat d'immatriculation numérique lors d'un contrôle routier."),
    ]),
    ("ledger-vierzon-plant", "fresh69", [
        ("usine-digitale.fr", "05-22 08:30",
         "Ledger double la capacité de son usine de Vierzon",
         "Le fabricant français de portefeuilles de cryptomonnaies investit 40 millions d'euros pour produire jusqu'à 10 millions d'appareils par an dans le Cher."),
    ]),
    ("europol-card-fraud-ring", "fresh69", [
        ("numerama.com", "06-26 11:00",
         "Europol démantèle un réseau de fraude à la carte bancaire opérant sur des boutiques en ligne",
         "Onze personnes ont été interpellées en France, en Espagne et en Roumanie ; le réseau revendait des numéros de carte volés via des sites marchands piratés."),
    ]),
    ("openai-paris-datacenter", "fresh69", [
        ("lefigaro.fr", "06-15 07:00",
         "OpenAI choisit la France pour son premier datacenter européen",
         "Le créateur de ChatGPT va implanter un centre de données de 1 gigawatt près de Dunkerque, en partenariat avec MGX."),
    ]),
    ("free-mobile-price-rise", "fresh69", [
        ("frandroid.com", "07-20 10:00",
         "Free Mobile augmente le prix de son forfait 5G d'un euro",
         "Les abonnés du forfait Free 5G verront leur mensualité passer de 19,99 à 20,99 euros à partir de septembre."),
    ]),
    ("lydia-sumeria-savings", "fresh69", [
        ("journaldunet.com", "07-21 09:00",
         "Sumeria lance un livret d'épargne à 3 % pour attirer les jeunes actifs",
         "La banque en ligne issue de Lydia propose un taux boosté pendant six mois aux nouveaux clients, en pleine baisse du taux du livret A."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
