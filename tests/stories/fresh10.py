"""A tenth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12
("One story, one alert"), to be measured once on the code that lands. Same format as
`labelled.py`; every event's half is "fresh10".
Each event is one real-world happening: articles of one event are the same story (a follow-up
a day or two later included), every other pair is not. Some titles are near-identical across
outlets, most are reworded (synonyms, digits or words, another angle, an English word, "selon
L'Informé"), a few are hard (a periphrasis for the firm, a consumer angle, a quote as title,
the firm named only in the lead, an explainer).
Hard negatives are look-alikes on purpose: one firm's half-year figures then its job cuts, job
cuts then a strike, two outages of one operator and two of one cloud a few days apart, two
ransomware attacks on two hospitals the same week, a launch then a recall, a launch then a
price rise by the same operator, a fine then its appeal, two acquisitions by one buyer, two
funding rounds the same day, two leaks, two CEO changes, two firms' results on the same day,
one vendor's two flaws in one week, two versions of one system, two announcements by one firm
the same day at one show, two keynote announcements of one vendor, one firm's price rise then
its layoffs, and recurring formats (weekly roundups, a daily digest, a podcast, numbered
newsletters) that must merge with nothing.
`build` fixes the year 2026; times are UTC, June and July 2026 ("06-01" to "07-30").

Measured once, midway through the stop that added it (on d11c793), before anything was changed
for it: precision 0.871, recall 0.900 (the code that landed before, 79f7cfc: 0.927, 0.844).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ a vote, explained the same evening
    ("assemblee-reseaux-sociaux-15-ans", "fresh10", [
        ("lefigaro.fr", "06-02 16:05", "Réseaux sociaux : l'Assemblée adopte l'interdiction avant 15 ans",
         "Les députés ont voté mardi en première lecture la proposition de loi imposant une vérification d'âge aux plateformes et interdisant l'inscription des moins de 15 ans. Le texte part désormais au Sénat."),
        ("numerama.com", "06-02 18:40", "Interdiction des réseaux sociaux aux moins de 15 ans : ce que prévoit vraiment le texte voté par les députés",
         "Vérification d'âge par un tiers, sanctions jusqu'à 2 % du chiffre d'affaires mondial, contrôle confié à l'Arcom : on détaille les mesures adoptées mardi soir au Palais-Bourbon."),
    ]),
    # ------------------------------------------------ two CEO changes, two days
    ("soitec-new-ceo", "fresh10", [
        ("lesechos.fr", "06-03 07:10", "Soitec change à nouveau de directeur général",
         "Le fabricant grenoblois de plaques de silicium sur isolant a annoncé mercredi la nomination de Laurent Bressan, ancien dirigeant de NXP, au poste de directeur général, moins de deux ans après le départ de son prédécesseur."),
        ("usine-digitale.fr", "06-03 11:30", "Le spécialiste isérois des substrats SOI se dote d'un nouveau patron",
         "Soitec confie les rênes à Laurent Bressan, passé par NXP et Infineon. Le conseil d'administration lui demande de relancer l'activité dans les mobiles et d'accélérer sur le carbure de silicium."),
        ("latribune.fr", "06-03 15:20", "Soitec : Laurent Bressan, un ex-NXP, prend les commandes du groupe de Bernin",
         "Le nouveau directeur général prendra ses fonctions le 1er juillet. Sa nomination intervient alors que le groupe isérois traverse un exercice difficile, avec des ventes en recul de près de 20 %."),
    ]),
    ("orange-business-new-ceo", "fresh10", [
        ("channelnews.fr", "06-04 08:00", "Orange Business change de patronne",
         "La branche entreprises de l'opérateur historique sera désormais dirigée par Nadia Benali, jusqu'ici directrice des opérations, qui remplace la dirigeante en place depuis 2022 et appelée à d'autres fonctions au sein du groupe."),
        ("cio-online.com", "06-04 12:40", "Nadia Benali nommée directrice générale d'Orange Business",
         "La nouvelle dirigeante devra poursuivre le plan de transformation lancé en 2023, qui prévoit le recentrage sur le cloud souverain, la cybersécurité et les réseaux pour les grands comptes."),
    ]),
    # ------------------------------------------------ a fine, and its appeal three weeks later
    ("cnil-kiabi-fine", "fresh10", [
        ("next.ink", "06-04 10:15", "Cookies et prospection : la CNIL inflige 3,5 millions d'euros d'amende à Kiabi",
         "La formation restreinte de la CNIL sanctionne l'enseigne d'habillement pour avoir déposé des traceurs publicitaires sans consentement et envoyé des courriels commerciaux à des clients qui s'y étaient opposés."),
        ("lemondeinformatique.fr", "06-04 14:00", "Kiabi sanctionné par la CNIL pour ses traceurs publicitaires",
         "Le distributeur nordiste écope d'une amende de 3,5 M€. Le régulateur relève que le refus des cookies n'était pas aussi simple que leur acceptation sur le site marchand et l'application mobile."),
        ("numerama.com", "06-04 17:30", "Ce que la CNIL reproche vraiment à Kiabi",
         "Bandeau de cookies trompeur, e-mails publicitaires après désinscription : la décision publiée jeudi détaille les manquements de l'enseigne de prêt-à-porter, qui dispose de deux mois pour faire appel."),
    ]),
    # ------------------------------------------------ weekly roundup
    ("clubic-weekly-0606", "fresh10", [
        ("clubic.com", "06-06 08:00", "Les 10 actus tech qui ont marqué la semaine",
         "Amende de la CNIL contre une enseigne d'habillement, nouveau patron chez Soitec, vote sur les réseaux sociaux avant 15 ans : voici le récapitulatif des informations à ne pas manquer cette semaine."),
    ]),
    # ------------------------------------------------ a cloud qualification, one firm named by periphrasis
    ("s3ns-secnumcloud", "fresh10", [
        ("lemagit.fr", "06-08 09:00", "S3ns décroche la qualification SecNumCloud pour son offre de cloud de confiance",
         "Après plus de deux ans d'audit, l'Anssi a accordé son visa à la coentreprise de Thales et Google Cloud, qui peut désormais héberger les données sensibles des administrations et des opérateurs d'importance vitale."),
        ("silicon.fr", "06-08 13:20", "Cloud de confiance : la coentreprise de Thales et Google obtient le visa de l'Anssi",
         "S3ns devient le premier fournisseur à obtenir SecNumCloud pour une offre bâtie sur une technologie américaine. Plusieurs ministères attendaient cette qualification pour lancer leur migration."),
    ]),
    # ------------------------------------------------ one keynote, two announcements
    ("wwdc-ios-27", "fresh10", [
        ("frandroid.com", "06-08 18:45", "iOS 27 officiel : toutes les nouveautés annoncées par Apple à la WWDC",
         "Siri entièrement repensé, écran d'accueil personnalisable par l'IA, traduction en direct dans les appels : Apple a présenté lundi soir la prochaine version du système de l'iPhone, attendue en septembre."),
        ("01net.com", "06-08 19:30", "WWDC 2026 : Apple dévoile iOS 27 et un Siri enfin dopé à l'IA générative",
         "En ouverture de sa conférence pour les développeurs, la marque à la pomme a détaillé iOS 27, dont l'assistant vocal s'appuie désormais sur un grand modèle de langage maison exécuté en partie sur l'appareil."),
        ("journaldugeek.com", "06-09 07:00", "iOS 27 : votre iPhone est-il compatible ? La liste complète",
         "Apple abandonne les iPhone XS et XR avec la nouvelle version de son système mobile présentée hier. Voici les modèles qui recevront la mise à jour et ceux qui devront se passer des fonctions d'IA."),
    ]),
    ("wwdc-macos-27-intel", "fresh10", [
        ("lesnumeriques.com", "06-08 19:10", "macOS 27 : Apple annonce la fin du support des Mac Intel",
         "La prochaine version du système des ordinateurs d'Apple, présentée lundi à la WWDC, ne fonctionnera que sur les Mac équipés d'une puce Apple Silicon. Les Mac Intel recevront encore des correctifs de sécurité."),
        ("clubic.com", "06-08 20:30", "Les Mac Intel, c'est fini : macOS 27 ne les prendra plus en charge",
         "Cinq ans après la transition vers ses propres puces, Apple tourne la page Intel. macOS 27 apporte aussi un nouveau Finder et le mode iPhone étendu, mais uniquement sur les machines M1 et suivantes."),
    ]),
    # ------------------------------------------------ job cuts, then a strike nine days later
    ("cdiscount-job-cuts", "fresh10", [
        ("linforme.com", "06-09 06:15", "Cdiscount prépare un plan de départs de 250 postes",
         "Selon nos informations, le site de commerce en ligne du groupe Casino va présenter à ses élus un plan de sauvegarde de l'emploi visant environ 250 postes, principalement au siège de Bordeaux."),
        ("lesechos.fr", "06-09 10:00", "E-commerce : Cdiscount va supprimer environ 250 emplois à Bordeaux",
         "Confronté à la concurrence des plateformes asiatiques et au recul de son volume d'affaires, le cybermarchand veut réduire ses effectifs d'environ 15 %. Un CSE extraordinaire est convoqué la semaine prochaine."),
        ("bfmtv.com", "06-09 13:45", "Le e-commerçant bordelais du groupe Casino va tailler dans ses effectifs, selon L'Informé",
         "Cdiscount s'apprête à supprimer quelque 250 postes. La direction évoque une « adaptation nécessaire » face à Temu et Shein, qui ont capté une part croissante de ses clients."),
    ]),
    # ------------------------------------------------ a launch, then a recall of its charger
    ("withings-scanwatch-3-launch", "fresh10", [
        ("frandroid.com", "06-10 08:00", "Withings lance la ScanWatch 3, sa montre hybride qui mesure la tension",
         "La marque française intègre pour la première fois un capteur de pression artérielle sans brassard dans une montre à aiguilles. Elle est vendue 449 euros et sera disponible fin juin."),
        ("lesnumeriques.com", "06-10 09:30", "ScanWatch 3 : prix, date de sortie et nouveautés de la montre connectée de Withings",
         "Écran plus lumineux, autonomie d'un mois, mesure de la tension validée cliniquement : on fait le point sur la nouvelle hybride de Withings, en précommande dès aujourd'hui en 38 et 42 mm."),
        ("usine-digitale.fr", "06-10 12:00", "Le français Withings muscle sa montre hybride avec un capteur de pression artérielle",
         "L'entreprise d'Issy-les-Moulineaux a obtenu le marquage médical européen pour sa ScanWatch 3, fabriquée en partie dans son usine de l'Oise, et vise les marchés de la télésurveillance."),
    ]),
    # ------------------------------------------------ one operator, two outages four days apart
    ("bouygues-mobile-outage", "fresh10", [
        ("bfmtv.com", "06-11 07:50", "Panne géante chez Bouygues Telecom : des millions d'abonnés privés de réseau mobile",
         "Depuis 5 heures du matin, de nombreux clients de Bouygues Telecom ne peuvent plus passer d'appels ni utiliser leurs données mobiles. L'opérateur évoque un incident sur son cœur de réseau."),
        ("01net.com", "06-11 09:10", "Bouygues Telecom : le réseau mobile en panne dans toute la France",
         "Appels impossibles, pas de 4G ni de 5G : l'opérateur confirme un dysfonctionnement national et assure que ses équipes sont mobilisées. Les appels d'urgence restent possibles via les autres réseaux."),
        ("numerama.com", "06-11 11:30", "Pas de réseau ce matin ? Vous n'êtes pas seul",
         "Bouygues Telecom reconnaît une panne touchant l'ensemble de son réseau mobile. Voici ce que l'on sait de l'incident et comment continuer à joindre les secours en attendant le rétablissement."),
        ("lefigaro.fr", "06-12 06:30", "« Nous devons des excuses à nos clients » : le patron de l'opérateur promet un dédommagement",
         "Au lendemain de la panne qui a privé de réseau mobile les abonnés de Bouygues Telecom pendant près de sept heures, son PDG attribue l'incident à une mise à jour logicielle défaillante et annonce un geste commercial."),
    ]),
    # ------------------------------------------------ a Brussels fine, explained
    ("google-dma-fine", "fresh10", [
        ("lesechos.fr", "06-12 10:30", "DMA : Bruxelles inflige 2,1 milliards d'euros d'amende à Google",
         "La Commission européenne sanctionne Alphabet pour avoir favorisé ses propres services de comparaison dans les résultats de son moteur de recherche, en violation du règlement sur les marchés numériques."),
        ("lemondeinformatique.fr", "06-12 14:00", "Autopréférence : Google condamné au titre du Digital Markets Act",
         "Première sanction d'ampleur prononcée en vertu du DMA contre le moteur de recherche : 2,1 Md€ et soixante jours pour modifier l'affichage de ses résultats de voyages et de shopping en Europe."),
        ("latribune.fr", "06-12 16:15", "Pourquoi Bruxelles frappe Google au portefeuille",
         "Avec une amende de 2,1 milliards d'euros, la Commission veut montrer que le règlement sur les marchés numériques a des dents. Washington dénonce déjà une mesure « discriminatoire » envers les entreprises américaines."),
    ]),
    ("clubic-weekly-0613", "fresh10", [
        ("clubic.com", "06-13 08:00", "Les 10 actus tech qui ont marqué la semaine",
         "WWDC et iOS 27, panne nationale chez un opérateur mobile, amende record de Bruxelles contre Google : voici le récapitulatif des informations à ne pas manquer cette semaine."),
    ]),
    ("bouygues-bbox-outage", "fresh10", [
        ("journaldugeek.com", "06-15 19:40", "Bouygues Telecom : nouvelle panne, cette fois sur les Bbox",
         "Quatre jours après l'incident sur son réseau mobile, l'opérateur fait face à une coupure de ses box internet dans le Nord et en Île-de-France depuis le milieu d'après-midi. La télévision est aussi touchée."),
        ("zdnet.fr", "06-16 08:00", "Internet fixe : des clients Bbox privés de connexion pendant plusieurs heures",
         "Bouygues Telecom explique la coupure de lundi par une rupture de fibre sur un lien de collecte entre Lille et Paris. Le service a été rétabli vers 23 heures pour la majorité des abonnés concernés."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions three days apart
    ("sopra-steria-buys-securalis", "fresh10", [
        ("lemagit.fr", "06-16 09:00", "Sopra Steria s'offre le belge Securalis pour renforcer sa cybersécurité",
         "L'ESN française met la main sur un spécialiste bruxellois des centres opérationnels de sécurité, qui emploie 350 personnes et réalise environ 60 millions d'euros de chiffre d'affaires."),
        ("channelnews.fr", "06-16 13:00", "Cybersécurité : Sopra Steria rachète Securalis et ses 350 experts",
         "Avec cette acquisition, dont le montant n'est pas dévoilé, le groupe double ses capacités de détection et de réponse aux incidents au Benelux. La finalisation est attendue d'ici septembre."),
    ]),
    # ------------------------------------------------ one firm, two announcements, same day, same show
    ("mistral-model-vivatech", "fresh10", [
        ("numerama.com", "06-17 08:30", "Mistral AI dévoile Mistral Large 3 sur la scène de VivaTech",
         "La start-up parisienne a présenté mercredi matin son nouveau modèle phare, multimodal et doté d'une fenêtre de contexte d'un million de jetons, disponible dès aujourd'hui via son API et Le Chat."),
        ("usine-digitale.fr", "06-17 10:15", "VivaTech 2026 : Mistral AI présente Large 3, son nouveau modèle de langage",
         "Le modèle, entraîné sur les supercalculateurs de la jeune pousse, revendique des performances proches des meilleurs modèles américains en raisonnement et en code, pour un coût d'inférence divisé par deux."),
        ("01net.com", "06-17 16:00", "Le champion français de l'IA générative riposte avec un nouveau modèle",
         "Mistral AI a profité de VivaTech pour lancer Mistral Large 3. Les poids d'une version allégée seront publiés sous licence ouverte, une première pour un modèle de cette gamme."),
    ]),
    ("mistral-datacenter-essonne", "fresh10", [
        ("lesechos.fr", "06-17 09:00", "Mistral AI va construire un campus de données de 1 GW en Essonne",
         "La pépite française de l'IA a annoncé à VivaTech un projet de centre de données géant sur l'ancienne base aérienne de Brétigny-sur-Orge, pour un investissement estimé à 8 milliards d'euros."),
        ("latribune.fr", "06-17 12:30", "Data center : Mistral promet 8 milliards d'investissement au sud de Paris",
         "Le site, alimenté par l'électricité nucléaire d'EDF, doit accueillir ses premières baies de calcul fin 2028. Mistral s'associe à un fonds émirien et à la Caisse des dépôts pour le financer."),
        ("bfmtv.com", "06-17 18:00", "Mistral AI veut son propre data center géant : ce que l'on sait du projet",
         "Puissance, emplacement, financement, calendrier : le point sur le campus annoncé mercredi par la start-up d'Arthur Mensch, qui veut cesser de dépendre des capacités louées à des tiers."),
    ]),
    ("cdiscount-strike", "fresh10", [
        ("bfmtv.com", "06-18 09:30", "Grève chez Cdiscount : les entrepôts de Cestas tournent au ralenti",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés du cybermarchand ont cessé le travail jeudi matin. Les livraisons pourraient être retardées de plusieurs jours, prévient la direction."),
        ("latribune.fr", "06-18 14:00", "Cdiscount : les salariés débrayent, la logistique perturbée",
         "Les grévistes réclament de meilleures conditions de départ et des garanties pour les entrepôts girondins. Un piquet de grève bloque depuis l'aube l'entrée du principal site logistique du groupe."),
    ]),
    ("aphp-ia-comptes-rendus", "fresh10", [
        ("lemondeinformatique.fr", "06-19 09:15", "L'AP-HP généralise un assistant d'IA pour rédiger les comptes rendus médicaux",
         "Après une expérimentation dans quatre hôpitaux, l'Assistance publique-Hôpitaux de Paris déploie dans ses 38 établissements un outil qui transcrit les consultations et propose un brouillon de compte rendu au médecin."),
    ]),
    ("sopra-steria-buys-nordwerk", "fresh10", [
        ("itforbusiness.fr", "06-19 10:00", "Sopra Steria poursuit ses emplettes avec l'allemand Nordwerk Consulting",
         "Trois jours après une acquisition en Belgique, l'ESN annonce le rachat d'un intégrateur SAP de Hambourg comptant 420 consultants, pour renforcer sa présence auprès des industriels allemands."),
        ("zdnet.fr", "06-19 15:30", "Sopra Steria acquiert un intégrateur SAP outre-Rhin",
         "Nordwerk Consulting, spécialisé dans les migrations vers S/4HANA, rejoindra la division Europe centrale du groupe. L'opération devrait être bouclée à la fin du troisième trimestre."),
    ]),
    # ------------------------------------------------ two hospitals, one week
    ("ch-laval-ransomware", "fresh10", [
        ("lemagit.fr", "06-22 10:00", "Le centre hospitalier de Laval victime d'un rançongiciel",
         "L'établissement mayennais a déclenché son plan blanc dans la nuit de dimanche à lundi après le chiffrement d'une partie de ses serveurs. Les déprogrammations d'opérations non urgentes ont commencé."),
        ("zdnet.fr", "06-22 14:20", "Cyberattaque à l'hôpital de Laval : les urgences en mode dégradé",
         "Dossiers patients inaccessibles, retour au papier et transferts de patients vers Angers et Le Mans : le centre hospitalier a porté plainte et reçoit l'appui de l'Anssi et du CERT Santé."),
        ("numerama.com", "06-23 09:15", "Le groupe BlackNova revendique l'attaque contre l'hôpital de Laval",
         "Le gang de rançongiciel affirme avoir dérobé 600 Go de données, dont des dossiers médicaux, et menace de les publier sous dix jours. L'hôpital confirme une exfiltration, sans en préciser l'ampleur."),
    ]),
    ("freebox-ultra-2-launch", "fresh10", [
        ("frandroid.com", "06-23 09:00", "Free lance la Freebox Ultra 2 avec le Wi-Fi 8",
         "L'opérateur dévoile sa nouvelle box haut de gamme, compatible avec la fibre 10G EPON, le Wi-Fi 8 et dotée d'un boîtier TV 4K repensé. Elle est proposée à 49,99 euros par mois."),
        ("clubic.com", "06-23 10:30", "Freebox Ultra 2 : prix, débits, services… tout savoir sur la nouvelle box de Free",
         "Débits jusqu'à 8 Gbit/s partagés, Netflix et Disney+ inclus, répéteur fourni : on détaille l'offre présentée ce mardi par Free, disponible à la souscription dès le 1er juillet."),
        ("lesnumeriques.com", "06-23 14:00", "L'opérateur de Xavier Niel présente sa nouvelle box haut de gamme",
         "Free remplace la Freebox Ultra par une deuxième génération plus compacte, qui intègre un petit serveur de stockage et un routeur Wi-Fi 8 en avant-première sur le marché français."),
    ]),
    ("ch-bourg-ransomware", "fresh10", [
        ("silicon.fr", "06-24 11:00", "Rançongiciel : le centre hospitalier de Bourg-en-Bresse touché à son tour",
         "Deux jours après Laval, un nouvel hôpital français est frappé par une cyberattaque. Le centre hospitalier Fleyriat a coupé ses accès à internet et fonctionne en mode dégradé depuis mardi soir."),
        ("lemondeinformatique.fr", "06-24 15:40", "Nouvelle cyberattaque contre un hôpital, cette fois dans l'Ain",
         "Le centre hospitalier de Bourg-en-Bresse a détecté un chiffrement de ses serveurs de radiologie et de facturation. Aucune revendication n'a été publiée et la direction exclut pour l'heure toute fuite de données."),
    ]),
    # ------------------------------------------------ two funding rounds, same day
    ("kelvy-funding", "fresh10", [
        ("lesechos.fr", "06-24 06:30", "Kelvy lève 18 millions pour automatiser la comptabilité des TPE",
         "La jeune pousse lyonnaise, qui propose un assistant d'IA capable de saisir et rapprocher les écritures comptables, boucle un tour de table mené par Partech avec la participation de Bpifrance."),
        ("journaldunet.com", "06-24 10:20", "La fintech Kelvy réunit 18 M€ en série A",
         "Fondée en 2023, la start-up revendique 12 000 entreprises clientes et 400 cabinets partenaires. Les fonds serviront à recruter 80 personnes et à se lancer en Espagne et en Italie."),
    ]),
    ("alpaga-robotics-funding", "fresh10", [
        ("usine-digitale.fr", "06-24 07:00", "Alpaga Robotics lève 25 millions d'euros pour ses robots de préparation de commandes",
         "La start-up nantaise, qui conçoit des robots mobiles capables de saisir des colis dans les rayonnages d'entrepôt, annonce une série B menée par Eurazeo et Supernova Invest."),
        ("journaldunet.com", "06-24 11:00", "Logistique : la start-up nantaise Alpaga boucle une série B de 25 M€",
         "Alpaga Robotics veut industrialiser sa production à Saint-Nazaire et ouvrir une filiale en Allemagne. Ses robots équipent déjà les entrepôts de plusieurs distributeurs et logisticiens français."),
    ]),
    ("sipearl-rhea-delivery", "fresh10", [
        ("usine-digitale.fr", "06-25 09:30", "SiPearl livre ses premiers processeurs Rhea au supercalculateur Jupiter",
         "Le concepteur français de puces pour le calcul haute performance a expédié les premiers lots de son processeur Arm à 80 cœurs, gravé par TSMC, au centre de recherche allemand de Jülich."),
        ("next.ink", "06-25 13:00", "HPC : le français SiPearl expédie enfin Rhea1",
         "Avec plus de deux ans de retard sur le calendrier initial, la puce européenne destinée aux supercalculateurs Exascale arrive chez son premier client. SiPearl prépare déjà une seconde génération."),
    ]),
    ("freebox-pop-price-rise", "fresh10", [
        ("01net.com", "06-25 08:45", "Free augmente le prix de la Freebox Pop de 3 euros par mois",
         "À partir du 1er août, l'offre intermédiaire de Free passera de 29,99 à 32,99 euros par mois pour les abonnés existants. L'opérateur justifie la hausse par l'ajout de nouvelles chaînes TV."),
        ("journaldugeek.com", "06-25 12:00", "Abonnés Freebox Pop : votre facture va grimper, voici comment résilier sans frais",
         "Free a commencé à prévenir par courriel ses clients d'une hausse mensuelle de 3 euros. Comme toute modification de contrat, elle ouvre un droit de résiliation sans pénalité pendant quatre mois."),
    ]),
    ("kiabi-appeal", "fresh10", [
        ("next.ink", "06-26 09:00", "Amende de la CNIL : Kiabi saisit le Conseil d'État",
         "L'enseigne conteste la sanction de 3,5 millions d'euros prononcée début juin pour ses cookies publicitaires et demande en référé la suspension de la publication de la décision sur son site."),
        ("lemondeinformatique.fr", "06-26 13:30", "Kiabi fait appel de sa sanction de 3,5 M€",
         "Le distributeur estime que la CNIL a appliqué rétroactivement des exigences qui n'étaient pas formalisées au moment des faits. Le Conseil d'État devrait se prononcer d'ici la fin de l'année."),
    ]),
    ("podcast-01net-0626", "fresh10", [
        ("01net.com", "06-26 17:00", "Podcast 01LIVE Hebdo #512 : box, IA et hôpitaux sous rançongiciel",
         "Au sommaire de notre émission hebdomadaire : la nouvelle box haut de gamme de Free, les annonces de Mistral AI à VivaTech et la série de cyberattaques contre les hôpitaux français."),
    ]),
    ("qonto-banking-licence", "fresh10", [
        ("lesechos.fr", "06-29 07:00", "Qonto obtient enfin sa licence bancaire",
         "Après deux ans d'instruction, l'ACPR a accordé à la néobanque des indépendants et des PME l'agrément d'établissement de crédit. Elle pourra désormais proposer des prêts et des comptes rémunérés."),
        ("challenges.fr", "06-29 12:00", "La néobanque des PME devient une banque à part entière",
         "Qonto, valorisée 4,4 milliards d'euros lors de sa dernière levée, peut désormais distribuer du crédit. Ses fondateurs visent 1 million de clients professionnels en Europe d'ici à 2028."),
    ]),
    # ------------------------------------------------ a telecom deal, with an explainer and a consumer angle
    ("sfr-sale-trio", "fresh10", [
        ("lesechos.fr", "06-30 06:00", "Altice accepte de céder SFR à Bouygues, Iliad et Orange pour 17 milliards",
         "Patrick Drahi a signé lundi soir une promesse de vente de l'opérateur au carré rouge au trio de ses concurrents, qui se répartiront clients, fréquences et réseau. L'opération doit encore passer l'examen des autorités."),
        ("latribune.fr", "06-30 09:30", "Vente de SFR : les trois concurrents raflent la mise",
         "Après huit mois de négociations, le marché français des télécoms va revenir à trois opérateurs. Bouygues Telecom récupère la majorité des clients mobiles, Free et Orange se partagent le fixe et les infrastructures."),
        ("bfmtv.com", "06-30 14:00", "Ce qu'il faut retenir du démembrement de SFR",
         "Prix, répartition des abonnés, sort des 8 000 salariés, calendrier : les points clés de l'accord signé entre Altice et ses trois rivaux, qui devra être validé par l'Autorité de la concurrence."),
        ("01net.com", "07-01 07:00", "Abonné SFR : qu'est-ce qui va changer pour vous ?",
         "Le rachat de l'opérateur par Bouygues Telecom, Free et Orange ne devrait pas se traduire par des changements avant 2027. Forfaits, numéros, box : voici ce que l'on sait aujourd'hui."),
    ]),
    ("withings-scanwatch-3-charger-recall", "fresh10", [
        ("numerama.com", "06-30 10:00", "Withings rappelle des chargeurs de la ScanWatch 3 pour risque de surchauffe",
         "La marque française a identifié un défaut sur un lot de câbles de recharge magnétiques livrés avec sa nouvelle montre hybride. Une dizaine de cas d'échauffement ont été signalés, sans blessé."),
        ("01net.com", "06-30 15:20", "Vous avez une ScanWatch 3 ? Voici ce qu'il faut faire avec votre chargeur",
         "Withings demande aux acheteurs de vérifier le numéro de lot inscrit sur le câble et de cesser de l'utiliser s'il est concerné. Un chargeur de remplacement est envoyé gratuitement."),
    ]),
    # ------------------------------------------------ one firm: a price rise, then layoffs the next day
    ("microsoft-365-price-rise", "fresh10", [
        ("zdnet.fr", "07-01 08:00", "Microsoft 365 : les prix augmentent jusqu'à 15 % pour les entreprises",
         "Depuis ce mercredi, les abonnements E3 et E5 et les offres Business coûtent plus cher en France. Microsoft justifie la hausse par l'intégration de fonctions Copilot dans l'ensemble des formules."),
        ("cio-online.com", "07-01 11:00", "Licences bureautiques : l'éditeur de Redmond relève ses tarifs de 15 %",
         "La nouvelle grille de Microsoft 365 entre en vigueur au 1er juillet pour les nouveaux contrats et lors des renouvellements. Le Cigref demande un moratoire et une offre sans IA générative."),
        ("itforbusiness.fr", "07-01 15:00", "Hausse de Microsoft 365 : les DSI dénoncent une « taxe Copilot »",
         "Plusieurs directeurs informatiques interrogés chiffrent le surcoût à plusieurs centaines de milliers d'euros par an et disent étudier des alternatives pour une partie de leurs utilisateurs."),
    ]),
    ("microsoft-layoffs", "fresh10", [
        ("bfmtv.com", "07-02 16:00", "Microsoft annonce 9 000 suppressions de postes dans le monde",
         "Le géant du logiciel va réduire ses effectifs d'environ 4 % dans le cadre d'une réorganisation de ses équipes commerciales et de sa division jeux vidéo, a-t-il indiqué jeudi à ses salariés."),
        ("silicon.fr", "07-02 18:30", "Layoffs : Microsoft taille à nouveau dans ses effectifs",
         "Près de 9 000 emplois sont concernés par cette nouvelle vague de licenciements, la plus importante depuis 2023. Microsoft dit vouloir réallouer ses ressources vers l'infrastructure d'IA."),
        ("lemondeinformatique.fr", "07-03 08:00", "Microsoft supprime environ 9 000 emplois, la filiale française pourrait être touchée",
         "L'éditeur n'a pas précisé la répartition géographique des départs, mais les représentants du personnel de Microsoft France s'attendent à une annonce dans les prochaines semaines."),
    ]),
    ("next-newsletter-187", "fresh10", [
        ("next.ink", "07-03 17:00", "La newsletter de Next #187",
         "Au programme cette semaine : la fin annoncée de SFR, la hausse des prix de Microsoft 365, les suppressions de postes chez l'éditeur et notre dossier sur la vérification d'âge en ligne."),
    ]),
    # ------------------------------------------------ one cloud, two outages three days apart
    ("scaleway-dc5-outage", "fresh10", [
        ("next.ink", "07-06 10:30", "Scaleway : une panne électrique paralyse le datacenter DC5",
         "Depuis dimanche soir, de nombreux services de l'hébergeur du groupe Iliad hébergés dans son centre de données de Saint-Ouen-l'Aumône sont inaccessibles après la défaillance d'un onduleur."),
        ("lemagit.fr", "07-06 15:00", "Panne chez Scaleway : des clients privés de services pendant près de dix heures",
         "Instances, bases de données managées et Kubernetes : l'incident électrique survenu sur le site DC5 a touché une partie de la région Paris. Scaleway promet un rapport d'incident détaillé sous une semaine."),
    ]),
    # ------------------------------------------------ two leaks at two firms, one week
    ("maisons-du-monde-leak", "fresh10", [
        ("numerama.com", "07-06 08:00", "Maisons du Monde confirme une fuite de données touchant 1,4 million de clients",
         "Noms, adresses, numéros de téléphone et historique d'achats : l'enseigne de décoration reconnaît qu'un pirate a accédé à sa base clients via le compte d'un prestataire. Les données bancaires ne seraient pas concernées."),
        ("clubic.com", "07-06 11:30", "Fuite de données chez Maisons du Monde : ce qu'il faut faire si vous êtes client",
         "Méfiez-vous des faux courriels de livraison et des appels se réclamant de l'enseigne : voici les bons réflexes après le piratage qui a exposé les coordonnées de 1,4 million de clients."),
        ("zdnet.fr", "07-06 16:00", "L'enseigne nantaise de décoration victime d'une fuite massive de données clients",
         "Maisons du Monde a notifié la CNIL et porte plainte. Un échantillon de la base dérobée circule depuis vendredi sur un forum cybercriminel, où le vendeur réclame 20 000 dollars."),
    ]),
    ("education-ent-national", "fresh10", [
        ("lefigaro.fr", "07-07 08:00", "L'Éducation nationale va remplacer les ENT régionaux par une plateforme unique",
         "Le ministère annonce le lancement d'un espace numérique de travail national, hébergé sur un cloud qualifié SecNumCloud, qui remplacera progressivement les outils choisis par les régions et les départements d'ici 2029."),
        ("itforbusiness.fr", "07-07 13:00", "Le ministère de l'Éducation choisit un ENT souverain pour tous les collèges et lycées",
         "Le marché, d'un montant de 180 millions d'euros sur huit ans, a été attribué à un groupement mené par Docaposte. La bascule commencera par trois académies pilotes à la rentrée 2027."),
    ]),
    ("apreva-leak", "fresh10", [
        ("numerama.com", "07-08 10:00", "La mutuelle Apréva victime d'une fuite de données de santé",
         "Numéros de sécurité sociale, remboursements et noms des praticiens consultés : la complémentaire santé des Hauts-de-France prévient ses adhérents qu'un accès frauduleux a visé son espace client."),
        ("01net.com", "07-08 14:20", "Fuite chez une mutuelle : 300 000 adhérents concernés",
         "Apréva a découvert l'intrusion lors d'un audit de routine et a déposé plainte. La mutuelle recommande à ses adhérents de redoubler de vigilance face aux tentatives d'hameçonnage."),
    ]),
    ("arcep-mobile-survey", "fresh10", [
        ("lesnumeriques.com", "07-09 10:00", "Qualité des réseaux mobiles : Orange reste en tête de l'enquête annuelle de l'Arcep",
         "Le régulateur a publié jeudi les résultats de ses mesures réalisées sur plus d'un million de tests. Orange domine en débit et en appels, Free progresse nettement dans les zones rurales."),
        ("frandroid.com", "07-09 12:00", "Enquête Arcep 2026 : quel est le meilleur opérateur mobile en France ?",
         "Débits, couverture dans les trains, qualité des appels : on décortique le classement annuel de l'autorité des télécoms, où Bouygues Telecom et SFR se disputent la deuxième place."),
    ]),
    ("scaleway-object-storage-outage", "fresh10", [
        ("silicon.fr", "07-09 09:20", "Scaleway de nouveau en panne, cette fois sur son stockage objet",
         "Trois jours après l'incident électrique de DC5, le fournisseur de cloud a subi mercredi soir une interruption de son service de stockage S3 en région Paris, due selon lui à une erreur de configuration."),
    ]),
    ("silicon-daily-0709", "fresh10", [
        ("silicon.fr", "07-09 17:30", "L'essentiel de l'actu IT du 9 juillet",
         "Une nouvelle panne chez un hébergeur français, une mutuelle victime d'une fuite de données, l'enquête de l'Arcep sur les réseaux mobiles : les informations du jour à retenir."),
    ]),
    ("next-newsletter-188", "fresh10", [
        ("next.ink", "07-10 17:00", "La newsletter de Next #188",
         "Au programme cette semaine : les deux pannes de Scaleway, les fuites chez Maisons du Monde et Apréva, le nouvel ENT national et les résultats de l'enquête de l'Arcep."),
    ]),
    ("vannes-cyberattack", "fresh10", [
        ("lemondeinformatique.fr", "07-13 10:45", "La ville de Vannes paralysée par une cyberattaque",
         "Depuis samedi, les services en ligne de la commune et de son agglomération sont coupés. État civil, inscriptions scolaires et paiement de la cantine fonctionnent au ralenti, a indiqué la mairie."),
    ]),
    # ------------------------------------------------ one vendor, two flaws, one week
    ("fortinet-fortios-flaw", "fresh10", [
        ("lemagit.fr", "07-14 08:30", "Fortinet corrige une faille critique activement exploitée dans FortiOS",
         "La vulnérabilité, qui touche le portail SSL VPN des pare-feu FortiGate, permet à un attaquant non authentifié d'exécuter du code à distance. Fortinet indique avoir observé des exploitations ciblées."),
        ("lemondeinformatique.fr", "07-14 12:00", "FortiOS : une vulnérabilité notée 9,8 déjà exploitée dans le VPN SSL",
         "Un dépassement de tampon dans le composant VPN permet une prise de contrôle complète des équipements. Les versions 7.2 à 7.6 sont concernées et des correctifs sont disponibles."),
        ("zdnet.fr", "07-15 07:30", "Faille FortiOS : l'Anssi appelle à patcher d'urgence",
         "Le CERT-FR a publié une alerte après la divulgation de la vulnérabilité critique des pare-feu Fortinet et recommande de rechercher des traces de compromission sur les équipements exposés."),
    ]),
    # ------------------------------------------------ two versions of one system
    ("ios-27-public-beta", "fresh10", [
        ("frandroid.com", "07-15 19:00", "iOS 27 : la bêta publique est disponible, voici comment l'installer",
         "Apple ouvre à tous les curieux la préversion de son prochain système pour iPhone. Il suffit de s'inscrire au programme Apple Beta Software pour tester le nouveau Siri avant la sortie de septembre."),
        ("journaldugeek.com", "07-16 08:00", "Apple ouvre la bêta publique d'iOS 27 : faut-il sauter le pas ?",
         "Plus stable que les premières bêtas développeurs, cette version reste réservée aux appareils secondaires. Autonomie, bugs connus, applications incompatibles : notre avis avant d'installer."),
    ]),
    ("ubisoft-delay", "fresh10", [
        ("journaldugeek.com", "07-16 17:00", "Ubisoft repousse le prochain Assassin's Creed à 2027",
         "Attendu pour novembre, Assassin's Creed Hexe est décalé au premier semestre 2027, a annoncé l'éditeur en marge de la publication de son chiffre d'affaires trimestriel."),
        ("lesechos.fr", "07-16 18:30", "Ubisoft reporte encore un jeu majeur et abaisse ses objectifs",
         "Le groupe de la famille Guillemot ne table plus que sur une stabilité de ses réservations nettes sur l'exercice. Le décalage d'Assassin's Creed Hexe prive le deuxième semestre de son principal titre."),
        ("bfmtv.com", "07-17 08:00", "Le studio français repousse son blockbuster à 2027, l'action dévisse",
         "Le titre Ubisoft perdait plus de 12 % vendredi à l'ouverture de la Bourse de Paris, au lendemain de l'annonce du report du prochain Assassin's Creed et d'objectifs financiers revus à la baisse."),
    ]),
    ("fortinet-fortiweb-flaw", "fresh10", [
        ("silicon.fr", "07-17 10:00", "Fortinet : nouvelle faille critique, cette fois dans FortiWeb",
         "Trois jours après le correctif urgent pour FortiOS, l'équipementier publie un bulletin concernant son pare-feu applicatif web. La faille permet une injection SQL sans authentification."),
        ("lemagit.fr", "07-17 14:30", "FortiWeb : une injection SQL permet de prendre le contrôle du pare-feu applicatif",
         "Un chercheur a publié une preuve de concept quelques heures après le bulletin de Fortinet. Aucune exploitation n'est encore signalée, mais les administrateurs sont invités à mettre à jour sans attendre."),
    ]),
    ("banque-postale-card-outage", "fresh10", [
        ("bfmtv.com", "07-18 11:00", "Panne à La Banque Postale : paiements par carte et application indisponibles",
         "Depuis le début de la matinée de samedi, de nombreux clients de la banque ne peuvent plus payer en magasin ni accéder à leur compte en ligne. L'établissement évoque un incident technique chez un prestataire."),
        ("lefigaro.fr", "07-18 15:00", "Les clients de La Banque Postale privés de paiement par carte pendant plusieurs heures",
         "La panne, qui a aussi touché les retraits aux distributeurs, a été résolue en début d'après-midi. La banque assure qu'aucune opération n'a été débitée deux fois et qu'il ne s'agit pas d'une cyberattaque."),
    ]),
    ("france-travail-leak", "fresh10", [
        ("zdnet.fr", "07-20 09:40", "France Travail : nouvelle fuite de données de demandeurs d'emploi",
         "L'opérateur public signale qu'un compte de conseiller compromis a permis d'extraire les coordonnées de 90 000 inscrits. Il s'agit du troisième incident de ce type en moins de deux ans."),
    ]),
    ("ios-26-6-release", "fresh10", [
        ("01net.com", "07-21 18:30", "iOS 26.6 est disponible : les nouveautés et les correctifs de sécurité",
         "Apple déploie une nouvelle mise à jour de son système actuel pour iPhone. Au menu, des corrections de bugs dans Messages, une amélioration de l'autonomie et une vingtaine de failles comblées."),
        ("clubic.com", "07-21 20:00", "Mettez à jour votre iPhone : iOS 26.6 corrige des failles déjà exploitées",
         "Deux des vulnérabilités corrigées par la nouvelle version d'iOS 26 ont été utilisées dans des attaques ciblées, selon Apple. La mise à jour est disponible pour tous les iPhone compatibles."),
    ]),
    # ------------------------------------------------ two firms' results the same day, then one's job cuts
    ("alten-h1-results", "fresh10", [
        ("lesechos.fr", "07-22 06:30", "Alten voit son activité reculer au premier semestre",
         "Le groupe de conseil en ingénierie a publié mardi soir un chiffre d'affaires semestriel de 1,98 milliard d'euros, en baisse de 4 %, et une marge opérationnelle ramenée à 7,9 %."),
        ("lemondeinformatique.fr", "07-22 11:00", "ESN : le chiffre d'affaires d'Alten baisse de 4 % au premier semestre",
         "L'entreprise pâtit du ralentissement des projets dans l'automobile et l'aéronautique en Europe et renonce à son objectif de croissance organique pour l'ensemble de l'année."),
        ("channelnews.fr", "07-22 14:00", "Le spécialiste de l'ingénierie externalisée pâtit du coup de frein des constructeurs",
         "Alten voit son taux d'intercontrat grimper et ses tarifs journaliers se tasser. La direction évoque des « mesures d'adaptation » sans détailler leur ampleur."),
    ]),
    ("stmicro-q2-results", "fresh10", [
        ("lesechos.fr", "07-22 07:15", "STMicroelectronics renoue avec la croissance au deuxième trimestre",
         "Le fabricant franco-italien de semi-conducteurs a publié mercredi un chiffre d'affaires trimestriel de 3,2 milliards de dollars, en hausse de 9 % sur un an, porté par le rebond de la demande industrielle."),
        ("usine-digitale.fr", "07-22 10:40", "Semi-conducteurs : le franco-italien ST relève ses prévisions",
         "STMicroelectronics anticipe désormais une croissance de ses ventes au troisième trimestre et confirme la montée en cadence de ses lignes en carbure de silicium de Catane et de Crolles."),
        ("latribune.fr", "07-22 16:00", "STMicro : le rebond des puces se confirme, l'action s'envole",
         "Le titre a gagné près de 8 % à la Bourse de Paris après des résultats supérieurs aux attentes. Le groupe reste prudent sur l'automobile, où les stocks des équipementiers se normalisent lentement."),
    ]),
    ("alten-job-cuts", "fresh10", [
        ("linforme.com", "07-24 06:00", "Alten prépare une rupture conventionnelle collective de 500 postes",
         "Selon nos informations, le groupe d'ingénierie va proposer à ses représentants du personnel un plan de départs volontaires visant environ 500 consultants en France, essentiellement dans l'automobile."),
        ("lemagit.fr", "07-24 09:30", "Alten : 500 départs volontaires envisagés, selon L'Informé",
         "Deux jours après des résultats semestriels en recul, la société de conseil en technologies s'apprêterait à réduire ses effectifs hexagonaux par le biais d'une rupture conventionnelle collective."),
        ("challenges.fr", "07-24 13:00", "Après un semestre difficile, le spécialiste de l'ingénierie réduit la voilure",
         "Alten confirme étudier un dispositif de départs volontaires concernant environ cinq cents salariés, faute de missions suffisantes chez les constructeurs automobiles et leurs équipementiers."),
    ]),
    ("cyclame-receivership", "fresh10", [
        ("latribune.fr", "07-27 10:30", "Le fabricant lyonnais de vélos électriques Cyclame placé en redressement judiciaire",
         "Le tribunal des activités économiques de Lyon a ouvert une procédure de redressement pour la jeune pousse, qui assemble ses vélos à Vénissieux et emploie 140 salariés. Une période d'observation de six mois s'ouvre."),
    ]),
    ("criteo-new-ceo", "fresh10", [
        ("journaldunet.com", "07-28 14:10", "Criteo nomme un nouveau directeur général",
         "Le spécialiste français de la publicité en ligne annonce le départ de sa dirigeante et la nomination de Thomas Ravel, jusqu'ici responsable de la division retail media, qui prendra ses fonctions en septembre."),
    ]),
    ("pasqal-edf-contract", "fresh10", [
        ("usine-digitale.fr", "07-29 08:20", "Pasqal livrera un ordinateur quantique de 1 000 qubits à EDF",
         "La start-up de Massy a signé avec l'énergéticien un contrat pour l'installation d'une machine à atomes neutres sur le site de recherche de Saclay, destinée à l'optimisation des réseaux électriques."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
