"""Labelled French tech-news articles grouped by event, for issue 12 ("One story, one alert").

Written by reading and deciding, before any tuning. Each event is one real-world happening;
articles of one event are the same story, every other pair is not. Hard negatives sit in the
same half as their look-alike on purpose (same firm and topic, another event; weekly
roundups; launches of one vendor days apart), so that each half tests them.
Times are UTC, spread over six weeks of 2026 so that the 72 h window matters.
`dev` is for tuning, `held` is only measured.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True, slots=True)
class Labelled:
    id: int
    event: str
    half: str  # "dev" or "held"
    site: str
    published: datetime
    title: str
    lead: str


# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------------------------- dev
    ("aws-layoffs", "dev", [
        ("linforme.com", "03-02 06:30", "AWS France : une soixantaine de salariés poussés vers la sortie",
         "Selon nos informations, la filiale française d'Amazon Web Services prépare une rupture conventionnelle collective visant une soixantaine de postes."),
        ("lemagit.fr", "03-02 09:10", "AWS se sépare d'une soixantaine de salariés",
         "Le numéro un du cloud réduit la voilure en France : une soixantaine de postes sont concernés, surtout dans les équipes commerciales."),
        ("lemondeinformatique.fr", "03-02 10:45", "Amazon Web Services supprime 60 postes en France",
         "AWS a confirmé un plan de départs volontaires portant sur 60 postes dans sa filiale française, selon L'Informé."),
        ("silicon.fr", "03-02 13:20", "Layoffs chez AWS France",
         "La filiale hexagonale d'AWS va supprimer une soixantaine d'emplois, principalement dans la vente et le support."),
        ("zdnet.fr", "03-02 16:05", "AWS réduit ses effectifs en France, selon L'Informé",
         "Amazon Web Services France s'apprête à se séparer de 60 collaborateurs via une rupture conventionnelle collective."),
        ("lemagit.fr", "03-03 08:15", "AWS France : ce que prévoit la rupture conventionnelle collective",
         "Indemnités, calendrier, équipes visées : le détail du plan qui doit conduire au départ d'une soixantaine de salariés d'AWS en France."),
    ]),
    ("aws-strike", "dev", [
        ("next.ink", "03-05 11:00", "Grève chez AWS France : les salariés débraient",
         "Une partie des salariés d'Amazon Web Services France a cessé le travail ce jeudi à l'appel de la CFDT pour dénoncer les conditions du plan de départs."),
        ("lemondeinformatique.fr", "03-05 15:30", "Débrayage chez AWS France à l'appel des syndicats",
         "Les syndicats d'AWS France ont organisé un arrêt de travail jeudi, une première dans la filiale française du fournisseur de cloud."),
    ]),
    ("ovh-outage-roubaix", "dev", [
        ("lemagit.fr", "03-09 08:40", "OVHcloud victime d'une panne de plusieurs heures à Roubaix",
         "Un incident électrique sur le site de Roubaix a rendu indisponibles des milliers de serveurs dédiés dans la nuit de dimanche à lundi."),
        ("silicon.fr", "03-09 10:05", "Panne chez OVHcloud : des clients privés de services toute la nuit",
         "L'hébergeur roubaisien explique l'interruption par une défaillance électrique dans un de ses datacenters du Nord."),
        ("01net.com", "03-09 12:30", "OVH : une coupure géante perturbe des milliers de sites",
         "De nombreux sites hébergés par OVHcloud à Roubaix sont restés inaccessibles plusieurs heures après un problème d'alimentation."),
    ]),
    ("ovh-outage-strasbourg", "dev", [
        ("lemagit.fr", "03-17 07:55", "OVHcloud : nouvelle panne, cette fois à Strasbourg",
         "Une semaine après l'incident de Roubaix, c'est le site de Strasbourg qui a subi une coupure réseau lundi matin."),
        ("next.ink", "03-17 09:40", "Strasbourg : panne réseau chez OVHcloud",
         "Un problème sur un routeur de cœur de réseau a coupé pendant deux heures les serveurs d'OVHcloud hébergés à Strasbourg."),
    ]),
    ("patch-tuesday-march", "dev", [
        ("lemondeinformatique.fr", "03-10 19:10", "Patch Tuesday de mars : Microsoft corrige 57 vulnérabilités",
         "Le lot de correctifs mensuel de Microsoft comble 57 failles, dont six zero-day déjà exploitées, notamment dans le noyau Windows."),
        ("zdnet.fr", "03-10 21:00", "Microsoft : six failles zero-day corrigées ce mois-ci",
         "La mise à jour de sécurité de mars de Microsoft colmate 57 vulnérabilités, dont six activement exploitées."),
        ("silicon.fr", "03-11 08:20", "Patch Tuesday : 6 zero-day au menu de mars",
         "Microsoft a publié mardi ses correctifs mensuels : 57 failles corrigées, dont six exploitées dans la nature."),
    ]),
    ("patch-tuesday-april", "dev", [
        ("lemondeinformatique.fr", "04-14 19:05", "Patch Tuesday d'avril : Microsoft corrige 121 vulnérabilités",
         "Le Patch Tuesday d'avril comble 121 failles dans Windows et Office, dont une zero-day exploitée dans le journal des événements."),
        ("zdnet.fr", "04-14 20:45", "Microsoft : une zero-day corrigée ce mois-ci",
         "La mise à jour de sécurité d'avril de Microsoft colmate 121 vulnérabilités, dont une activement exploitée."),
    ]),
    ("ransomware-chu-rennes", "dev", [
        ("lemagit.fr", "03-12 09:00", "Cyberattaque : le CHU de Rennes paralysé par un rançongiciel",
         "Le centre hospitalier universitaire de Rennes a basculé en mode dégradé après une attaque par ransomware survenue dans la nuit."),
        ("numerama.com", "03-12 11:30", "Le CHU de Rennes visé par une attaque au ransomware",
         "Les urgences du CHU de Rennes fonctionnent sur papier depuis qu'un rançongiciel a chiffré une partie de son système d'information."),
        ("01net.com", "03-12 14:00", "Rennes : l'hôpital universitaire frappé par des pirates",
         "Une cyberattaque a contraint le CHU de Rennes à déprogrammer des opérations ; l'ANSSI est sur place."),
    ]),
    ("ransomware-hopital-cannes", "dev", [
        ("lemagit.fr", "03-13 10:20", "L'hôpital de Cannes victime d'un rançongiciel",
         "Le centre hospitalier Simone-Veil de Cannes a été frappé par un ransomware, au lendemain de l'attaque contre le CHU de Rennes."),
        ("zdnet.fr", "03-13 15:10", "Cyberattaque à l'hôpital Simone-Veil de Cannes",
         "L'établissement cannois a activé son plan blanc après une attaque par rançongiciel revendiquée par LockBit."),
    ]),
    ("lemagit-roundup-w10", "dev", [
        ("lemagit.fr", "03-06 17:00", "L'essentiel de la semaine : AWS, Mistral AI et Patch Tuesday",
         "Les départs chez AWS France, la levée de fonds de Mistral AI et les correctifs à venir : ce qu'il fallait retenir cette semaine."),
    ]),
    ("lemagit-roundup-w11", "dev", [
        ("lemagit.fr", "03-13 17:00", "L'essentiel de la semaine : OVHcloud, Patch Tuesday et rançongiciels",
         "La panne d'OVHcloud, le Patch Tuesday de mars et les rançongiciels contre les hôpitaux : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-10", "dev", [
        ("next.ink", "03-07 08:00", "Hebdo #10 : AWS, Mistral et la grève",
         "Chaque samedi, notre sélection : les départs chez AWS France, la levée record de Mistral AI et le débrayage des salariés."),
    ]),
    ("next-hebdo-11", "dev", [
        ("next.ink", "03-14 08:00", "Hebdo #11 : OVHcloud, rançongiciels et Patch Tuesday",
         "Chaque samedi, notre sélection : la panne d'OVHcloud, les hôpitaux attaqués et les 57 failles corrigées par Microsoft."),
    ]),
    ("mistral-funding", "dev", [
        ("lesechos.fr", "03-04 06:00", "Mistral AI lève 1,7 milliard d'euros auprès d'ASML",
         "La start-up française d'intelligence artificielle boucle une levée de fonds menée par le néerlandais ASML, qui devient son premier actionnaire."),
        ("usine-digitale.fr", "03-04 09:30", "Mistral AI valorisée 11,7 milliards d'euros après sa levée de fonds",
         "Le champion français de l'IA générative lève 1,7 milliard d'euros ; ASML investit 1,3 milliard."),
        ("journaldugeek.com", "03-04 12:00", "ASML mise 1,3 milliard sur Mistral AI",
         "Le fabricant néerlandais de machines de lithographie devient le principal actionnaire de la pépite française Mistral AI."),
        ("01net.com", "03-04 14:45", "Levée de fonds record pour Mistral AI",
         "Mistral AI annonce un tour de table de 1,7 milliard d'euros, qui le valorise à 11,7 milliards d'euros."),
    ]),
    ("mistral-le-chat-enterprise", "dev", [
        ("lemondeinformatique.fr", "03-06 10:00", "Mistral AI lance Le Chat Enterprise",
         "La start-up française décline son assistant conversationnel pour les entreprises, avec connecteurs vers Google Drive et SharePoint."),
        ("silicon.fr", "03-06 14:15", "Le Chat Enterprise : Mistral AI s'attaque à Copilot",
         "Mistral AI dévoile une version professionnelle de son assistant, déployable sur site ou dans un cloud privé."),
    ]),
    ("mistral-small-4", "dev", [
        ("usine-digitale.fr", "03-10 09:00", "Mistral AI dévoile Mistral Small 4, son nouveau modèle ouvert",
         "Le nouveau modèle de 24 milliards de paramètres de Mistral AI est publié sous licence Apache 2.0."),
        ("numerama.com", "03-10 13:40", "Mistral Small 4 : le modèle open source de Mistral AI veut battre GPT-4o mini",
         "La start-up parisienne publie un petit modèle multimodal sous licence libre, qui tourne sur une seule carte graphique."),
    ]),
    ("freebox-outage", "dev", [
        ("01net.com", "03-19 08:10", "Panne Free : des milliers d'abonnés Freebox privés d'Internet",
         "Depuis mercredi soir, de nombreux abonnés de Free signalent une coupure d'Internet et de télévision sur leur Freebox."),
        ("numerama.com", "03-19 09:30", "Free reconnaît une panne nationale de ses box",
         "L'opérateur de Xavier Niel a confirmé un incident sur son réseau fixe, qui a touché des abonnés dans toute la France."),
        ("journaldugeek.com", "03-19 11:00", "Freebox en rade : Free explique la panne",
         "Une mise à jour défectueuse d'un équipement de cœur de réseau serait à l'origine de la coupure subie par les abonnés Free."),
    ]),
    ("sfr-data-leak", "dev", [
        ("zdnet.fr", "03-20 10:00", "SFR victime d'une fuite de données clients",
         "Des noms, adresses et IBAN de clients de SFR ont été dérobés via un prestataire, a confirmé l'opérateur au carré rouge."),
        ("01net.com", "03-20 12:20", "Fuite de données chez SFR : ce que vous devez savoir",
         "L'opérateur prévient ses abonnés qu'un pirate a eu accès à des informations personnelles, dont des coordonnées bancaires."),
        ("numerama.com", "03-20 15:00", "Les IBAN de clients SFR dans la nature",
         "Un pirate revendique le vol des données de plusieurs centaines de milliers d'abonnés SFR ; l'opérateur confirme l'incident."),
        ("lemagit.fr", "03-20 16:30", "SFR confirme un vol de données via un sous-traitant",
         "L'opérateur au carré rouge explique que l'attaquant a utilisé les accès d'un prestataire pour extraire des fichiers clients."),
    ]),
    ("atos-advanced-computing", "dev", [
        ("lesechos.fr", "03-24 07:00", "L'État rachète les supercalculateurs d'Atos",
         "Bercy finalise l'acquisition de l'activité Advanced Computing d'Atos pour 410 millions d'euros, afin de garder en France la fabrication des supercalculateurs."),
        ("lemondeinformatique.fr", "03-24 10:30", "Atos cède Advanced Computing à l'État pour 410 M€",
         "Le groupe en restructuration vend à l'État français son activité de calcul haute performance, qui fournit notamment la dissuasion nucléaire."),
        ("silicon.fr", "03-24 13:00", "Supercalculateurs : l'État met la main sur l'activité HPC d'Atos",
         "La vente de l'activité Advanced Computing d'Atos à l'Agence des participations de l'État est signée pour 410 millions d'euros."),
    ]),
    ("cnil-google-cookies", "dev", [
        ("next.ink", "03-25 09:00", "Cookies : la CNIL inflige 325 millions d'euros d'amende à Google",
         "La CNIL sanctionne Google pour avoir affiché des publicités entre les courriels de Gmail et déposé des cookies sans consentement valable."),
        ("numerama.com", "03-25 11:20", "Amende record de la CNIL contre Google",
         "Le gendarme français des données personnelles condamne Google à payer 325 millions d'euros pour ses pratiques publicitaires dans Gmail."),
        ("01net.com", "03-25 14:00", "Gmail : Google sanctionné par la CNIL",
         "325 millions d'euros : c'est l'amende prononcée par la CNIL contre Google pour des publicités déguisées en e-mails."),
    ]),
    ("cnil-free-mobile", "dev", [
        ("next.ink", "03-26 10:00", "La CNIL inflige 42 millions d'euros d'amende à Free et Free Mobile",
         "La CNIL sanctionne les deux opérateurs pour des manquements à la sécurité des données révélés par la fuite de l'automne dernier."),
        ("zdnet.fr", "03-26 13:30", "Free et Free Mobile sanctionnés par la CNIL",
         "42 millions d'euros : la CNIL épingle Free pour la sécurité insuffisante des données de ses abonnés."),
    ]),
    ("capgemini-hiring", "dev", [
        ("lemondeinformatique.fr", "03-26 09:00", "Capgemini prévoit 3 000 recrutements en France",
         "L'ESN annonce vouloir recruter 3 000 personnes en France cette année, surtout des profils en données et en cybersécurité."),
    ]),
    ("capgemini-wns", "dev", [
        ("lesechos.fr", "03-27 06:30", "Capgemini rachète l'indien WNS pour 3,3 milliards de dollars",
         "L'ESN française met la main sur le spécialiste de l'externalisation des processus métier pour accélérer dans l'IA agentique."),
        ("silicon.fr", "03-27 10:00", "Capgemini s'offre WNS",
         "Capgemini annonce l'acquisition de WNS, coté à New York, pour 3,3 milliards de dollars en numéraire."),
    ]),
    ("salesforce-informatica", "dev", [
        ("lemagit.fr", "03-30 07:30", "Salesforce rachète Informatica pour 8 milliards de dollars",
         "L'éditeur de CRM met la main sur le spécialiste de la gestion des données afin de nourrir ses agents d'IA."),
        ("lemondeinformatique.fr", "03-30 09:15", "Salesforce s'offre Informatica",
         "Salesforce annonce l'acquisition d'Informatica pour environ 8 milliards de dollars, après des discussions avortées l'an dernier."),
        ("zdnet.fr", "03-30 12:00", "Informatica passe dans le giron de Salesforce",
         "La transaction de 8 milliards de dollars doit renforcer Data Cloud, la plateforme de données de Salesforce."),
    ]),
    ("crowdstrike-outage", "dev", [
        ("lemondeinformatique.fr", "04-02 08:00", "Une mise à jour de CrowdStrike provoque une panne mondiale de Windows",
         "Des millions de PC sous Windows affichent un écran bleu après une mise à jour défectueuse de l'agent Falcon de CrowdStrike."),
        ("01net.com", "04-02 09:30", "Écrans bleus en série : CrowdStrike mis en cause",
         "Aéroports, banques et hôpitaux sont touchés par une panne informatique géante liée au logiciel de sécurité Falcon."),
        ("journaldugeek.com", "04-02 11:00", "Panne informatique mondiale : ce que l'on sait",
         "Un correctif défectueux de CrowdStrike fait planter les machines Windows dans le monde entier, des compagnies aériennes aux chaînes de télévision."),
        ("silicon.fr", "04-03 07:45", "Panne CrowdStrike : Microsoft estime à 8,5 millions le nombre de PC touchés",
         "Microsoft chiffre à 8,5 millions le nombre de machines Windows bloquées par la mise à jour défectueuse de Falcon, l'agent de CrowdStrike."),
    ]),
    ("senat-loi-resilience", "dev", [
        ("next.ink", "04-08 16:00", "Le Sénat adopte le projet de loi Résilience qui transpose NIS2",
         "Les sénateurs ont voté le texte qui transpose les directives NIS2, DORA et REC, étendant les obligations de cybersécurité à des milliers d'entités."),
        ("silicon.fr", "04-08 18:30", "NIS2 : le projet de loi Résilience franchit l'étape du Sénat",
         "Le texte de transposition de NIS2 est adopté en première lecture par le Sénat ; il doit encore passer devant l'Assemblée nationale."),
        ("zdnet.fr", "04-09 08:00", "Transposition de NIS2 : feu vert du Sénat",
         "La chambre haute a adopté le projet de loi relatif à la résilience des infrastructures critiques."),
    ]),
    ("thales-usb-sale", "dev", [
        ("lesechos.fr", "04-09 07:00", "Thales cède son activité de chiffrement grand public",
         "Le groupe de défense vend sa division de clés USB chiffrées à un fonds d'investissement américain pour 150 millions d'euros."),
    ]),
    # ---------------------------------------------------------------- held
    ("ubisoft-layoffs", "held", [
        ("lesechos.fr", "03-03 07:00", "Ubisoft va supprimer 200 postes en France",
         "L'éditeur de jeux vidéo annonce un plan de réduction des coûts qui passe par la suppression de 200 emplois dans ses studios français."),
        ("journaldugeek.com", "03-03 10:30", "Ubisoft : deux cents emplois menacés dans les studios français",
         "Nouveau tour de vis chez Ubisoft, qui se sépare de deux cents salariés à Paris, Montpellier et Annecy."),
        ("numerama.com", "03-03 14:00", "Nouvelle vague de licenciements chez Ubisoft",
         "L'éditeur d'Assassin's Creed confirme la suppression de 200 postes en France dans le cadre de son plan d'économies."),
    ]),
    ("ubisoft-strike", "held", [
        ("numerama.com", "03-06 09:00", "Ubisoft : les syndicats appellent à la grève",
         "Le STJV appelle les salariés d'Ubisoft à cesser le travail vendredi pour protester contre les suppressions de postes."),
        ("journaldugeek.com", "03-06 16:00", "Grève chez Ubisoft : les studios français à l'arrêt",
         "Des centaines de salariés d'Ubisoft ont débrayé à Paris et Montpellier à l'appel du STJV et de Solidaires Informatique."),
    ]),
    ("gcp-outage-1", "held", [
        ("lemagit.fr", "03-11 07:30", "Google Cloud : une panne mondiale d'IAM paralyse des services",
         "Une erreur de configuration du service de gestion des identités de Google Cloud a rendu indisponibles de nombreuses applications pendant trois heures."),
        ("zdnet.fr", "03-11 09:00", "Panne chez Google Cloud : Spotify et Discord touchés",
         "Un incident sur la plateforme de Google Cloud a perturbé plusieurs services grand public, dont Spotify et Discord."),
        ("01net.com", "03-11 11:45", "Google Cloud s'excuse après une panne géante",
         "Google explique qu'une mise à jour de quota automatique défectueuse est à l'origine de l'interruption de ses services cloud."),
        ("journaldugeek.com", "03-11 13:15", "Google Cloud down : une partie du Web tousse",
         "Spotify, Discord, Snapchat : une panne du cloud de Google a fait tomber de nombreux services pendant plusieurs heures jeudi."),
    ]),
    ("gcp-outage-2", "held", [
        ("lemagit.fr", "03-19 08:00", "Google Cloud : nouvel incident dans la région europe-west9",
         "La région parisienne de Google Cloud a subi une coupure de plusieurs heures après un dégât des eaux dans un centre de données."),
        ("silicon.fr", "03-19 12:30", "Paris : la région cloud de Google privée de courant",
         "Une fuite d'eau dans un datacenter partenaire a provoqué l'arrêt de la région europe-west9 de Google Cloud."),
    ]),
    ("orange-cyberattack", "held", [
        ("lemondeinformatique.fr", "03-16 09:00", "Orange victime d'une cyberattaque",
         "L'opérateur historique a détecté une intrusion sur un de ses systèmes d'information et a porté plainte."),
        ("numerama.com", "03-16 12:00", "Orange confirme une cyberattaque et des perturbations pour ses clients",
         "Orange a isolé plusieurs systèmes après une attaque informatique, ce qui perturbe certains services pour les entreprises."),
        ("01net.com", "03-16 15:30", "Cyberattaque chez Orange : ce que l'on sait",
         "L'opérateur a déposé plainte après l'intrusion ; les données de certains clients pourraient avoir été exfiltrées."),
    ]),
    ("bouygues-cyberattack", "held", [
        ("lemondeinformatique.fr", "03-18 10:00", "Bouygues Telecom victime d'une cyberattaque",
         "Les données personnelles de 6,4 millions de clients de Bouygues Telecom ont été dérobées lors d'une attaque informatique."),
        ("numerama.com", "03-18 13:00", "Fuite massive chez Bouygues Telecom : 6,4 millions de clients concernés",
         "Après Orange, c'est au tour de Bouygues Telecom de révéler une cyberattaque ; des IBAN figurent parmi les données volées."),
    ]),
    ("iphone-17e", "held", [
        ("01net.com", "03-04 15:00", "Apple lance l'iPhone 17e à 719 euros",
         "Apple dévoile l'iPhone 17e, sa version d'entrée de gamme équipée de la puce A19 et d'un modem maison."),
        ("journaldugeek.com", "03-04 16:30", "iPhone 17e : Apple renouvelle son smartphone le moins cher",
         "Puce A19, modem C1X, MagSafe : l'iPhone 17e arrive en précommande vendredi à partir de 719 euros."),
        ("numerama.com", "03-04 18:00", "L'iPhone 17e est officiel",
         "Le nouvel iPhone d'entrée de gamme d'Apple reprend le design de l'iPhone 16e et gagne la recharge MagSafe."),
    ]),
    ("macbook-air-m5", "held", [
        ("01net.com", "03-05 15:00", "Apple lance le MacBook Air M5",
         "Apple dévoile un MacBook Air équipé de la puce M5, vendu à partir de 1 199 euros."),
        ("journaldugeek.com", "03-05 17:00", "MacBook Air M5 : Apple renouvelle son portable le plus vendu",
         "Puce M5, autonomie de 18 heures : le nouveau MacBook Air arrive en précommande à partir de 1 199 euros."),
    ]),
    ("next-hebdo-12", "held", [
        ("next.ink", "03-21 08:00", "Hebdo #12 : Google Cloud, Orange et Bouygues Telecom",
         "Chaque samedi, notre sélection : la panne de Google Cloud à Paris, les cyberattaques contre Orange et Bouygues Telecom."),
    ]),
    ("next-hebdo-13", "held", [
        ("next.ink", "03-28 08:00", "Hebdo #13 : Bruxelles, Apple, Meta et France Travail",
         "Chaque samedi, notre sélection : les amendes de Bruxelles contre Apple et Meta et la fuite de données de France Travail."),
    ]),
    ("zdnet-recap-w12", "held", [
        ("zdnet.fr", "03-20 17:30", "Le récap de la semaine : Orange, Bouygues Telecom et Google Cloud",
         "Cyberattaques en série chez les opérateurs et nouvelle panne chez Google Cloud : ce qu'il fallait retenir de la semaine."),
    ]),
    ("numerama-5-actus-w13", "held", [
        ("numerama.com", "03-27 18:00", "Les 5 actus tech de la semaine : Apple, Meta et France Travail",
         "Amendes européennes contre Apple et Meta, fuite chez France Travail : les actus tech à ne pas manquer cette semaine."),
    ]),
    ("health-data-hub", "held", [
        ("next.ink", "03-12 10:00", "Le Health Data Hub quitte Microsoft Azure pour un cloud souverain",
         "La plateforme des données de santé a choisi un hébergeur qualifié SecNumCloud et doit achever sa migration d'ici fin 2026."),
        ("lemagit.fr", "03-12 12:30", "Health Data Hub : la migration vers un cloud SecNumCloud est lancée",
         "Le ministère de la Santé confirme que les données de santé des Français quitteront Azure pour un cloud qualifié par l'ANSSI."),
        ("silicon.fr", "03-12 16:00", "Données de santé : fin de partie pour Azure au Health Data Hub",
         "Le gouvernement acte le départ du Health Data Hub de Microsoft Azure au profit d'une offre souveraine."),
    ]),
    ("nvidia-results", "held", [
        ("lesechos.fr", "03-26 21:30", "Nvidia publie un chiffre d'affaires record de 68 milliards de dollars",
         "Porté par la demande de puces pour l'IA, le groupe de Jensen Huang a vu son chiffre d'affaires trimestriel bondir de 70 %."),
        ("usine-digitale.fr", "03-27 07:00", "Nvidia pulvérise encore ses records trimestriels",
         "Le fabricant de GPU affiche 68 milliards de dollars de revenus sur le trimestre, tirés par les centres de données."),
        ("journaldugeek.com", "03-27 09:30", "68 milliards en un trimestre : Nvidia ne s'arrête plus",
         "Les ventes de puces Blackwell pour les datacenters propulsent Nvidia vers un nouveau trimestre historique."),
    ]),
    ("eu-dma-apple", "held", [
        ("lesechos.fr", "03-23 11:00", "Bruxelles inflige 500 millions d'euros d'amende à Apple",
         "La Commission européenne sanctionne Apple au titre du DMA pour avoir empêché les développeurs d'orienter les utilisateurs vers des offres hors de l'App Store."),
        ("numerama.com", "03-23 13:30", "DMA : Apple écope d'une amende de 500 millions d'euros",
         "Première sanction du règlement sur les marchés numériques : Apple est condamné pour ses règles anti-orientation sur l'App Store."),
        ("01net.com", "03-23 16:00", "App Store : l'Union européenne sanctionne Apple",
         "500 millions d'euros : la Commission européenne frappe Apple au portefeuille pour ses restrictions imposées aux développeurs."),
    ]),
    ("eu-dma-meta", "held", [
        ("lesechos.fr", "03-23 11:30", "Bruxelles inflige 200 millions d'euros d'amende à Meta",
         "La Commission européenne sanctionne Meta au titre du DMA pour son modèle « payer ou consentir » sur Facebook et Instagram."),
        ("numerama.com", "03-23 14:00", "DMA : Meta écope d'une amende de 200 millions d'euros",
         "Le modèle d'abonnement sans publicité de Facebook et Instagram est jugé contraire au règlement sur les marchés numériques."),
    ]),
    ("france-travail-leak", "held", [
        ("zdnet.fr", "03-24 09:00", "France Travail : fuite de données de 340 000 demandeurs d'emploi",
         "Des pirates ont accédé aux données de 340 000 inscrits via le compte d'un partenaire, a annoncé France Travail."),
        ("next.ink", "03-24 11:00", "Nouvelle fuite de données chez France Travail",
         "L'opérateur public de l'emploi informe 340 000 demandeurs d'emploi que leurs noms, adresses et numéros de sécurité sociale ont fuité."),
        ("01net.com", "03-24 15:30", "340 000 chômeurs concernés par un piratage chez France Travail",
         "Le service public de l'emploi a porté plainte après un accès frauduleux à son système d'information."),
        ("numerama.com", "03-25 08:00", "Piratage de France Travail : les conseils pour se protéger",
         "Après la fuite touchant 340 000 demandeurs d'emploi, méfiez-vous des faux messages de France Travail réclamant vos coordonnées."),
    ]),
    ("openai-paris", "held", [
        ("usine-digitale.fr", "03-31 09:00", "OpenAI ouvre un bureau à Paris",
         "Le créateur de ChatGPT installe sa première équipe française dans la capitale, avec une trentaine de salariés d'ici la fin de l'année."),
        ("lesechos.fr", "03-31 12:00", "OpenAI s'installe à Paris",
         "L'éditeur de ChatGPT recrute une trentaine de personnes à Paris pour ses ventes et ses relations avec les pouvoirs publics."),
    ]),
    ("scaleway-milan", "held", [
        ("silicon.fr", "04-01 10:00", "Scaleway ouvre une région cloud à Milan",
         "Le fournisseur de cloud du groupe Iliad inaugure sa première région italienne, après Paris, Amsterdam et Varsovie."),
    ]),
    ("orange-5g-offer", "held", [
        ("frandroid.com", "03-17 09:00", "Orange lance une offre 5G+ pour les entreprises",
         "Orange commercialise une offre 5G+ en stand alone avec tranche de réseau réservée pour les clients professionnels."),
    ]),
    ("windows-10-esu", "held", [
        ("lemondeinformatique.fr", "04-07 09:00", "Windows 10 : Microsoft prolonge les mises à jour gratuites en Europe",
         "Les particuliers de l'Espace économique européen pourront recevoir un an de correctifs de sécurité supplémentaires sans payer."),
        ("01net.com", "04-07 14:00", "Fin de Windows 10 : Microsoft fait un geste pour les Européens",
         "Un an de mises à jour de sécurité étendues gratuites pour Windows 10 dans l'Union européenne, sans condition de sauvegarde dans OneDrive."),
    ]),
    ("intel-layoffs", "held", [
        ("lesechos.fr", "04-02 07:00", "Intel va supprimer 15 % de ses effectifs",
         "Le fondeur américain prévoit de se séparer de 15 % de ses salariés dans le monde pour réduire ses coûts de 10 milliards de dollars."),
        ("usine-digitale.fr", "04-02 10:00", "Plan social géant chez Intel",
         "Intel annonce la suppression d'environ 15 000 emplois, soit 15 % de ses effectifs, après des pertes historiques."),
        ("journaldugeek.com", "04-02 13:00", "Intel licencie 15 000 salariés",
         "Le géant des processeurs tourne la page de sa croissance : 15 000 postes supprimés et des investissements revus à la baisse."),
    ]),
    ("microsoft-france-investment", "held", [
        ("lesechos.fr", "04-06 06:30", "Microsoft va investir 4 milliards d'euros en France",
         "Le groupe américain annonce 4 milliards d'euros d'investissements dans ses centres de données français et la formation à l'IA."),
        ("lemondeinformatique.fr", "04-06 10:00", "Microsoft promet 4 Md€ pour ses datacenters français",
         "L'éditeur va agrandir ses régions cloud de Paris et Marseille et construire un nouveau centre de données près de Mulhouse."),
        ("usine-digitale.fr", "04-06 12:30", "Choose France : Microsoft annonce 4 milliards d'euros d'investissements",
         "À l'occasion du sommet Choose France, Microsoft détaille un plan de 4 milliards d'euros pour l'IA et le cloud dans l'Hexagone."),
    ]),
    ("unabiz-receivership", "held", [
        ("lemagit.fr", "04-10 08:00", "UnaBiz, ex-Sigfox, placé en redressement judiciaire",
         "Le repreneur de Sigfox demande la protection du tribunal de commerce de Toulouse, faute d'avoir trouvé de nouveaux financements."),
        ("usine-digitale.fr", "04-10 11:00", "Redressement judiciaire pour UnaBiz, qui avait repris Sigfox",
         "Le tribunal de commerce de Toulouse ouvre une procédure de redressement pour l'opérateur de l'Internet des objets."),
    ]),
    ("qwant-ecosia-index", "held", [
        ("next.ink", "04-13 09:00", "Qwant et Ecosia lancent leur index de recherche européen",
         "Les deux moteurs de recherche mettent en service Staan, un index web commun destiné à réduire leur dépendance à Bing."),
        ("numerama.com", "04-13 12:00", "Staan : l'index européen de Qwant et Ecosia est en ligne",
         "La coentreprise de Qwant et Ecosia commence à servir les résultats en France, avant l'Allemagne."),
        ("frandroid.com", "04-13 15:30", "Qwant et Ecosia s'émancipent de Bing",
         "Les résultats de recherche de Qwant viennent désormais en partie de Staan, l'index construit avec l'allemand Ecosia."),
    ]),
]


def build(events: list[tuple[str, str, list[tuple[str, str, str, str]]]]) -> list[Labelled]:
    rows = []
    for event, half, articles in events:
        for site, when, title, lead in articles:
            published = datetime.strptime(f"2026-{when}", "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
            rows.append((published, event, half, site, title, lead))
    rows.sort(key=lambda r: r[0])  # ids increase with publication, as entry ids do
    return [Labelled(i, event, half, site, published, title, lead)
            for i, (published, event, half, site, title, lead) in enumerate(rows, start=1)]


ARTICLES: list[Labelled] = build(EVENTS)
# The operator's declared synonyms, as config/keywords.toml ships them, plus the outlets' usual variants.
ALIASES = [["AWS", "Amazon Web Services"], ["HPC", "calcul haute performance"]]
