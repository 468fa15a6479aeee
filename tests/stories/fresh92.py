"""The 92nd fresh labelled set (space, energy and data centres), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh92".
Positives: titles sharing almost no word with the rest of their story ("Les fleuves trop chauds pour
les réacteurs", "Kuiper prend enfin son envol depuis Kourou", "Le nuage a pris feu à Vitry"); events
named by periphrasis in one article ("l'électricien national", "le gestionnaire du réseau haute
tension", "l'opérateur de Martin Bouygues", "la firme d'Elon Musk", "le champion français de l'IA");
a question title ("Starlink bientôt moins cher qu'une box fibre ?"); a quote as title; syndication
("selon Les Echos", "selon L'Informé"); explainers ("ce qui change pour les porteurs de projets",
"ce qu'il faut savoir"); follow-ups the next day (Starlink's post-mortem, the cause of the Vitry
fire, Thales Alenia Space confirming a leak claimed the day before).
Hard negatives: an Ariane 64 Kuiper launch scrubbed then flown eight days later, and an Ariane 62
Galileo flight in July; a Vega-C launch then a Vega-C delay, and Avio taking over Vega-C; Eutelsat's
capital increase, annual results, CFO departure, Airbus order (the next day) and OneWeb army contract; two Starlink outages six
weeks apart, Starlink's price cut, its French subscriber count, a gateway licence and the Mini kit;
Bouygues Telecom with Starlink then Orange with OneWeb two days later (satellite messaging); two
space start-up rounds on the same morning (Exotrail, Unseenlabs), then Unseenlabs' launch, and the
Toutatis launch the day before it; ArianeGroup job cuts then a strike seven weeks later; Project Bromo
clearance, Thales results and a Thales Alenia Space leak; two heat waves cutting nuclear output five
weeks apart, and a cooling failure at an Equinix site the day after the first; a fire at Scaleway in
Vitry then a fire start at Digital Realty in Marseille; Digital Realty's MRS5 opening then an appeal
against another Marseille permit; Data4 in Nozay and Equinix in Les Ulis (Essonne) a day apart; EDF
site winners, EDF with Mistral AI, EDF with Data4, OVHcloud with an SMR start-up; Mistral's data
centre opening then its power contract three days later; OVHcloud's outage at Gravelines and its
quarterly revenue; RTE's fast track then its queue figures; RTE's monthly consumption figures for
June, July and August; weekly space roundups and weekly data-centre newsletters (never to join
across weeks).
`build` fixes the year 2026; times are UTC, July to September 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 1.000, recall 0.889
(1.000 / 0.865 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- first heat wave: EDF cuts nuclear output on hot rivers
    ("heatwave-edf-nuclear-july", "fresh92", [
        ("lesechos.fr", "07-01 05:30", "Canicule : EDF réduit la production de plusieurs réacteurs nucléaires",
         "Avec la hausse de la température du Rhône et de la Garonne, EDF abaisse la puissance des centrales du Bugey et de Golfech pour respecter les limites de rejets thermiques."),
        ("bfmtv.com", "07-01 08:15", "Les fleuves trop chauds pour les réacteurs",
         "Le Rhône dépasse les 26 °C au Bugey : l'électricien national a commencé à moduler sa production et n'exclut pas des arrêts complets en fin de semaine."),
        ("latribune.fr", "07-01 11:40", "Vague de chaleur : le nucléaire français contraint de lever le pied",
         "Golfech (Tarn-et-Garonne) et Bugey (Ain) tournent au ralenti ; RTE assure que l'équilibre du réseau n'est pas menacé grâce aux importations et au solaire."),
    ]),
    # ---------------------------------------------- cooling failure at an Equinix site in Saint-Denis during the heat wave
    ("equinix-pa-cooling-failure", "fresh92", [
        ("lemagit.fr", "07-02 07:50", "Canicule : une panne de refroidissement perturbe un datacenter d'Equinix à Saint-Denis",
         "Une défaillance de groupes froids sur le site PA8 d'Equinix a contraint plusieurs clients à couper des baies mercredi soir, alors que le thermomètre dépassait 38 °C."),
        ("silicon.fr", "07-02 10:05", "Equinix PA8 : la chaleur a eu raison de la climatisation",
         "Des hébergeurs et un opérateur de transit ont subi des interruptions de service dans le datacenter dionysien d'Equinix, victime d'une surchauffe."),
        ("next.ink", "07-02 13:30", "Surchauffe chez Equinix : des sites web inaccessibles plusieurs heures",
         "L'incident sur le campus de Saint-Denis, lié à la panne de deux groupes froids en pleine vague de chaleur, a duré près de cinq heures selon les clients."),
    ]),
    # ---------------------------------------------- Eutelsat capital increase with the French State
    ("eutelsat-capital-increase", "fresh92", [
        ("lesechos.fr", "07-02 05:45", "Eutelsat boucle une augmentation de capital d'un milliard d'euros",
         "L'opérateur de satellites finalise son opération, souscrite à près de 30 % par l'État français, aux côtés de Bharti et du fonds britannique."),
        ("latribune.fr", "07-02 08:30", "L'État renforce son emprise sur Eutelsat",
         "Avec une mise de 300 millions d'euros, l'État devient le premier actionnaire d'Eutelsat au terme d'une augmentation de capital d'un milliard."),
        ("usine-digitale.fr", "07-02 10:20", "Eutelsat lève un milliard pour muscler OneWeb, selon Les Echos",
         "Les fonds doivent financer le renouvellement de la constellation en orbite basse OneWeb, alternative européenne à Starlink."),
        ("lemondeinformatique.fr", "07-02 14:10", "Eutelsat : 1 Md€ de capital frais, l'État en tête",
         "L'opérateur de la constellation OneWeb achève sa levée d'un milliard d'euros ; l'Agence des participations de l'État en détient désormais 29,6 %."),
    ]),
    # ---------------------------------------------- single: Avio takes over Vega-C operations
    ("avio-vega-takeover", "fresh92", [
        ("usine-digitale.fr", "07-03 09:00", "Avio prend officiellement la main sur l'exploitation de Vega-C",
         "Le motoriste italien devient l'opérateur commercial du lanceur léger européen à la place d'Arianespace, qui conserve Ariane 6."),
    ]),
    # ---------------------------------------------- Starlink cuts its price in France
    ("starlink-price-cut-france", "fresh92", [
        ("frandroid.com", "07-06 07:30", "Starlink baisse encore ses prix en France",
         "L'abonnement Résidentiel de Starlink passe de 40 à 29 euros par mois dans l'Hexagone, et le kit est désormais proposé à 199 euros."),
        ("clubic.com", "07-06 09:45", "Starlink bientôt moins cher qu'une box fibre ?",
         "Avec un forfait ramené à 29 €/mois, l'internet par satellite de SpaceX se rapproche des tarifs des box des opérateurs français."),
        ("numerama.com", "07-06 12:10", "29 euros par mois : la nouvelle offensive de Starlink en France",
         "La firme d'Elon Musk réduit d'un quart le prix de son abonnement principal pour séduire les zones mal couvertes par la fibre."),
    ]),
    # ---------------------------------------------- RTE opens a fast-track grid connection for data centres
    ("rte-fast-track-datacenters", "fresh92", [
        ("lesechos.fr", "07-07 05:30", "RTE crée une voie rapide pour raccorder les datacenters",
         "Le gestionnaire du réseau haute tension réserve 10 GW de capacités à des projets de centres de données raccordables en moins de trois ans."),
        ("usine-digitale.fr", "07-07 08:40", "Raccordement électrique : RTE lance une procédure accélérée pour 10 GW de centres de données",
         "Une dizaine de sites « clés en main » sont proposés aux porteurs de projets, dans les Hauts-de-France, le Grand Est et la vallée du Rhône."),
        ("lemagit.fr", "07-07 11:15", "Datacenters : RTE ouvre un « fast track » de raccordement",
         "Le gestionnaire de réseau promet de diviser par deux les délais de raccordement pour les projets de plus de 100 MW qui s'installeront sur ses sites présélectionnés."),
        ("journaldunet.com", "07-08 07:00", "Fast track de RTE : ce qui change pour les porteurs de projets de datacenters",
         "Sites présélectionnés, engagements financiers, calendrier : le détail de la nouvelle procédure qui doit permettre de raccorder 10 GW de centres de données d'ici 2029."),
    ]),
    # ---------------------------------------------- Ariane 62 launches two Galileo satellites
    ("ariane6-galileo-july", "fresh92", [
        ("lesechos.fr", "07-08 06:10", "Ariane 6 met en orbite deux nouveaux satellites Galileo",
         "Le lanceur européen a décollé de Kourou dans la nuit avec deux satellites de navigation Galileo, pour son premier vol de l'été."),
        ("numerama.com", "07-08 07:45", "Succès pour Ariane 6, qui place deux satellites Galileo sur orbite",
         "La version Ariane 62 a largué les satellites de navigation à 23 222 km d'altitude, près de quatre heures après le décollage."),
        ("usine-digitale.fr", "07-08 09:30", "Arianespace réussit une nouvelle mission Galileo avec Ariane 6",
         "Il s'agit du huitième vol d'Ariane 6 ; la constellation de navigation européenne compte désormais 30 satellites."),
        ("01net.com", "07-08 12:00", "Galileo : deux satellites de plus grâce à Ariane 6",
         "La fusée européenne a réussi sa mission depuis le Centre spatial guyanais : deux satellites de deuxième génération de transition rejoignent la constellation."),
    ]),
    # ---------------------------------------------- Exotrail funding round (same morning as Unseenlabs)
    ("exotrail-funding", "fresh92", [
        ("lesechos.fr", "07-09 05:00", "Exotrail lève 70 millions d'euros pour ses remorqueurs spatiaux",
         "La start-up de Massy, qui conçoit des véhicules de transfert orbital, boucle un tour de table mené par Bpifrance et le fonds de défense Eurazeo."),
        ("usine-digitale.fr", "07-09 08:30", "Spatial : Exotrail sécurise 70 M€ pour produire son spacevan en série",
         "Le spécialiste français de la propulsion électrique et du transport en orbite veut lancer cinq véhicules spacevan par an à partir de 2027."),
    ]),
    # ---------------------------------------------- Unseenlabs funding round (same morning as Exotrail)
    ("unseenlabs-funding", "fresh92", [
        ("latribune.fr", "07-09 05:45", "Unseenlabs lève 45 millions d'euros pour étoffer sa constellation",
         "La pépite rennaise, qui détecte les navires depuis l'espace grâce à leurs émissions radio, accueille le fonds Definvest à son capital."),
        ("silicon.fr", "07-09 10:10", "Surveillance maritime : Unseenlabs récolte 45 M€",
         "La start-up bretonne veut porter sa constellation à 25 satellites d'écoute électromagnétique d'ici fin 2027."),
    ]),
    # ---------------------------------------------- single: Flamanville EPR at full power
    ("flamanville-full-power", "fresh92", [
        ("bfmtv.com", "07-10 09:00", "L'EPR de Flamanville atteint enfin 100 % de sa puissance",
         "Près de deux ans après sa première connexion au réseau, le réacteur normand fonctionne à sa pleine puissance de 1 600 MW, a annoncé EDF."),
    ]),
    # ---------------------------------------------- single: Numerama weekly space roundup, week 28
    ("numerama-space-week-28", "fresh92", [
        ("numerama.com", "07-11 08:00", "Cette semaine dans l'espace : Ariane 6, Galileo et Exotrail",
         "Comme chaque samedi, notre récap spatial : le vol Galileo d'Ariane 6, la levée de fonds d'Exotrail et la baisse de prix de Starlink."),
    ]),
    # ---------------------------------------------- ESA signs first European Launcher Challenge contracts
    ("esa-launcher-challenge", "fresh92", [
        ("usine-digitale.fr", "07-13 08:00", "European Launcher Challenge : l'ESA signe avec cinq start-up du lancement",
         "MaiaSpace, Isar Aerospace, RFA, PLD Space et Orbex décrochent chacune jusqu'à 169 millions d'euros pour des services de lancement à partir de 2027."),
        ("numerama.com", "07-13 10:30", "L'Europe parie sur ses mini-lanceurs",
         "L'Agence spatiale européenne contractualise son « European Launcher Challenge » : cinq jeunes pousses dont la française MaiaSpace vont lui vendre des lancements."),
        ("latribune.fr", "07-13 14:20", "Lanceurs : MaiaSpace parmi les cinq lauréats du défi de l'ESA",
         "La filiale d'ArianeGroup est la seule française retenue par l'Agence spatiale européenne, qui injecte plus de 800 millions d'euros dans la compétition."),
    ]),
    # ---------------------------------------------- single: RTE monthly consumption, June
    ("rte-consumption-june", "fresh92", [
        ("latribune.fr", "07-14 08:30", "Électricité : la consommation française repart à la hausse en juin, selon RTE",
         "Le gestionnaire de réseau relève une consommation de 31,2 TWh en juin, en hausse de 2,1 % sur un an, tirée par l'industrie et les premiers datacenters."),
    ]),
    # ---------------------------------------------- Vega-C launches SMILE
    ("vegac-smile-launch", "fresh92", [
        ("numerama.com", "07-15 04:30", "Vega-C lance SMILE, la mission sino-européenne qui va scruter la magnétosphère",
         "Le lanceur léger européen a décollé de Kourou avec le satellite SMILE, conçu par l'ESA et l'Académie chinoise des sciences."),
        ("usine-digitale.fr", "07-15 07:45", "Vol réussi pour Vega-C avec le satellite scientifique SMILE",
         "Premier lancement de Vega-C opéré par Avio : la fusée italienne a placé la sonde sur une orbite très elliptique."),
        ("01net.com", "07-15 10:00", "Le vent solaire sous surveillance : SMILE est en orbite",
         "Partie de Guyane à bord d'une fusée Vega-C, la mission SMILE doit étudier l'interaction entre le vent solaire et le champ magnétique terrestre."),
    ]),
    # ---------------------------------------------- OVHcloud quarterly revenue
    ("ovhcloud-q3-revenue", "fresh92", [
        ("lemondeinformatique.fr", "07-15 16:20", "OVHcloud : croissance de 9 % au troisième trimestre",
         "Le fournisseur de cloud roubaisien réalise 281 millions d'euros de chiffre d'affaires sur le trimestre, porté par le cloud public."),
        ("journaldunet.com", "07-16 06:30", "OVHcloud confirme ses objectifs après un trimestre solide",
         "L'hébergeur français publie un chiffre d'affaires trimestriel de 281 M€, en hausse de 9 %, et maintient ses prévisions annuelles."),
    ]),
    # ---------------------------------------------- ArianeGroup job cuts
    ("arianegroup-job-cuts", "fresh92", [
        ("linforme.com", "07-16 05:00", "ArianeGroup prépare la suppression de 350 postes",
         "Selon nos informations, le maître d'œuvre d'Ariane 6 va présenter aux syndicats un plan de départs visant 350 emplois, principalement aux Mureaux et à Vernon."),
        ("latribune.fr", "07-16 09:30", "Plan d'économies : ArianeGroup va tailler dans ses effectifs",
         "Le groupe confirme un projet de réorganisation portant sur environ 350 postes en France, pour rendre Ariane 6 compétitive face à SpaceX."),
        ("usine-digitale.fr", "07-16 13:45", "ArianeGroup supprime 350 emplois, selon L'Informé",
         "La coentreprise d'Airbus et Safran veut réduire ses coûts de production d'Ariane 6 de 20 % ; les départs seraient volontaires."),
    ]),
    # ---------------------------------------------- AWS adds investment in its Paris region
    ("aws-paris-region-investment", "fresh92", [
        ("lemondeinformatique.fr", "07-17 08:00", "AWS va investir 1,3 milliard d'euros de plus dans sa région Paris",
         "Amazon Web Services ajoute des centres de données en Île-de-France pour héberger des charges d'IA, un investissement étalé jusqu'en 2030."),
        ("channelnews.fr", "07-17 11:30", "Amazon Web Services remet 1,3 Md€ au pot en Île-de-France",
         "Le numéro un du cloud agrandit sa région parisienne, ouverte en 2017, et promet 500 emplois directs et indirects."),
    ]),
    # ---------------------------------------------- single: Numerama weekly space roundup, week 29
    ("numerama-space-week-29", "fresh92", [
        ("numerama.com", "07-18 08:00", "Cette semaine dans l'espace : SMILE, MaiaSpace et ArianeGroup",
         "Comme chaque samedi, notre récap spatial : le lancement de SMILE par Vega-C, les lauréats de l'ESA et les suppressions de postes chez ArianeGroup."),
    ]),
    # ---------------------------------------------- EDF names winners of its sites for data centres
    ("edf-datacenter-sites-winners", "fresh92", [
        ("lesechos.fr", "07-20 05:30", "EDF choisit les premiers datacenters qui s'installeront sur ses terrains",
         "L'électricien national retient deux lauréats pour ses sites de La Maxe (Moselle) et de Montereau (Seine-et-Marne), avec 1,4 GW de puissance à la clé."),
        ("lemagit.fr", "07-20 09:00", "Sites EDF pour les centres de données : deux premiers lauréats",
         "Après son appel à manifestation d'intérêt, EDF attribue La Maxe et Montereau à deux opérateurs, dont l'identité reste confidentielle jusqu'à la signature des baux."),
        ("bfmtv.com", "07-20 12:30", "D'anciennes centrales à charbon bientôt transformées en datacenters",
         "EDF a désigné les porteurs de projets qui vont bâtir des centres de données sur les terrains d'anciennes centrales thermiques en Moselle et en Seine-et-Marne."),
    ]),
    # ---------------------------------------------- OneWeb contract with the French army
    ("oneweb-armees-contract", "fresh92", [
        ("latribune.fr", "07-21 07:10", "Eutelsat décroche un contrat de 200 millions d'euros avec les Armées",
         "Le ministère des Armées réserve de la capacité sur la constellation OneWeb pour connecter ses unités déployées, sur sept ans."),
        ("zdnet.fr", "07-21 12:40", "OneWeb va connecter les forces armées françaises",
         "Le ministère a signé avec Eutelsat un contrat pluriannuel pour l'accès à la constellation en orbite basse, alternative souveraine à Starlink."),
    ]),
    # ---------------------------------------------- IRIS² delay and extra cost
    ("iris2-delay", "fresh92", [
        ("lesechos.fr", "07-22 05:30", "IRIS² : la constellation européenne prend deux ans de retard",
         "La Commission européenne reconnaît que la constellation sécurisée ne sera pas opérationnelle avant 2032 et que la facture dépasse désormais 12 milliards d'euros."),
        ("next.ink", "07-22 09:15", "La constellation IRIS² repoussée à 2032",
         "Le consortium SpaceRISE, mené par Eutelsat, SES et Hispasat, a revu son calendrier ; Bruxelles évoque un surcoût de 1,4 milliard d'euros."),
        ("numerama.com", "07-22 13:00", "« Un retard, pas un renoncement » : Bruxelles défend IRIS²",
         "Le commissaire européen à l'espace assure que la constellation souveraine verra bien le jour, malgré deux ans de retard et un budget en hausse."),
    ]),
    # ---------------------------------------------- Digital Realty opens MRS5 in Marseille
    ("digital-realty-mrs5-opening", "fresh92", [
        ("lemondeinformatique.fr", "07-23 07:30", "Digital Realty inaugure MRS5 à Marseille",
         "Le cinquième datacenter marseillais de l'opérateur, installé dans le port, offre 16 MW et se raccorde directement aux câbles sous-marins."),
        ("lemagit.fr", "07-23 10:00", "Marseille : Digital Realty met en service son datacenter MRS5",
         "Le nouveau bâtiment, refroidi par l'eau d'une ancienne galerie minière, porte à plus de 60 MW la capacité de l'américain dans la cité phocéenne."),
        ("itforbusiness.fr", "07-23 15:20", "L'américain ouvre un cinquième centre de données dans la cité phocéenne",
         "Digital Realty poursuit son expansion à Marseille, devenu un des principaux hubs d'interconnexion du monde grâce à ses 18 câbles sous-marins."),
    ]),
    # ---------------------------------------------- single: Thales half-year results
    ("thales-h1-results", "fresh92", [
        ("lesechos.fr", "07-23 06:00", "Thales relève ses objectifs, le spatial renoue avec les bénéfices",
         "Le groupe de défense publie un chiffre d'affaires semestriel de 11,2 milliards d'euros ; sa branche spatiale redevient rentable après deux années de pertes."),
    ]),
    # ---------------------------------------------- first Starlink outage (global, software)
    ("starlink-outage-july", "fresh92", [
        ("01net.com", "07-24 20:30", "Panne mondiale de Starlink : des milliers d'abonnés privés d'Internet",
         "Depuis 19 heures, l'internet par satellite de SpaceX ne répond plus en France comme aux États-Unis ; les terminaux restent bloqués en recherche de signal."),
        ("frandroid.com", "07-24 21:10", "Starlink est en panne partout dans le monde",
         "Les utilisateurs français de Starlink signalent une coupure totale de service, que SpaceX reconnaît sur X sans en donner la cause."),
        ("numerama.com", "07-24 22:40", "Starlink tombe pendant deux heures et demie",
         "Le service de la firme d'Elon Musk a été rétabli progressivement après une interruption mondiale de deux heures et demie."),
        ("clubic.com", "07-25 08:15", "Panne de Starlink : SpaceX pointe une défaillance logicielle",
         "Au lendemain de la coupure mondiale, SpaceX explique qu'une mise à jour défectueuse de ses logiciels de cœur de réseau a privé les terminaux de connexion."),
    ]),
    # ---------------------------------------------- single: Numerama weekly space roundup, week 30
    ("numerama-space-week-30", "fresh92", [
        ("numerama.com", "07-25 09:00", "Cette semaine dans l'espace : Starlink en panne, IRIS² en retard",
         "Comme chaque samedi, notre récap spatial : la panne mondiale de Starlink, le retard d'IRIS² et le contrat OneWeb des Armées."),
    ]),
    # ---------------------------------------------- OVHcloud outage at Gravelines
    ("ovhcloud-gravelines-outage", "fresh92", [
        ("lemagit.fr", "07-27 07:40", "OVHcloud : panne électrique sur le site de Gravelines",
         "Un défaut sur un transformateur a privé d'alimentation une partie du datacenter GRA7 dans la nuit, rendant indisponibles des instances de cloud public."),
        ("silicon.fr", "07-27 09:30", "Coupure chez OVHcloud à Gravelines : des clients dans le noir pendant six heures",
         "L'hébergeur nordiste évoque un incident électrique ; le service a été rétabli vers 6 h du matin."),
        ("next.ink", "07-27 12:00", "Gravelines : OVHcloud détaille l'incident électrique de la nuit",
         "Le transformateur défaillant n'a pas basculé sur la seconde arrivée électrique, reconnaît OVHcloud, qui promet un rapport détaillé."),
    ]),
    # ---------------------------------------------- Mistral AI opens its data centre in Bruyères-le-Châtel
    ("mistral-datacenter-bruyeres", "fresh92", [
        ("lesechos.fr", "07-28 05:30", "Mistral AI inaugure son premier datacenter, en Essonne",
         "Le site de Bruyères-le-Châtel, développé avec Fluidstack et équipé de 18 000 puces Nvidia, démarre avec 40 MW de puissance."),
        ("usine-digitale.fr", "07-28 08:45", "Mistral Compute entre en service à Bruyères-le-Châtel",
         "Le champion français de l'IA met en route sa propre infrastructure de calcul, qui servira à entraîner ses modèles et à louer de la puissance aux entreprises."),
        ("bfmtv.com", "07-28 11:30", "« Une souveraineté qui se mesure en mégawatts » : Mistral AI ouvre son centre de calcul",
         "Arthur Mensch a inauguré en présence du ministre de l'Économie le datacenter essonnien de la start-up, présenté comme le plus grand cluster d'IA d'Europe."),
        ("journaldunet.com", "07-29 06:45", "Mistral Compute : ce qu'il faut savoir sur le datacenter de Mistral AI",
         "Puissance, puces, clients, prix : tout ce que l'on sait de l'infrastructure que Mistral AI vient d'ouvrir en Essonne."),
    ]),
    # ---------------------------------------------- single: Arcep authorises a new Starlink gateway
    ("arcep-starlink-gateway", "fresh92", [
        ("next.ink", "07-29 10:00", "L'Arcep autorise une nouvelle station au sol de Starlink dans les Hauts-de-France",
         "Après Saint-Senier-de-Beuvron et Villenave-d'Ornon, SpaceX obtient les fréquences pour une passerelle près de Cambrai, destinée à absorber la hausse du trafic."),
    ]),
    # ---------------------------------------------- EU approves Project Bromo (Airbus, Thales, Leonardo space merger)
    ("bromo-eu-approval", "fresh92", [
        ("lesechos.fr", "07-30 05:00", "Bruxelles autorise la fusion des activités spatiales d'Airbus, Thales et Leonardo",
         "La Commission européenne donne son feu vert, sous conditions, au projet Bromo qui crée un champion européen des satellites de 25 000 salariés."),
        ("latribune.fr", "07-30 08:30", "Projet Bromo : feu vert de la Commission européenne",
         "Airbus, Thales et Leonardo devront céder des activités d'équipements pour satellites afin d'obtenir l'autorisation de Bruxelles."),
        ("usine-digitale.fr", "07-30 12:15", "Le « Airbus des satellites » obtient le feu vert de Bruxelles",
         "La future coentreprise spatiale européenne, détenue à parts égales par les trois groupes, doit voir le jour au premier trimestre 2027."),
    ]),
    # ---------------------------------------------- Mistral AI signs a power contract with EDF
    ("mistral-edf-power-contract", "fresh92", [
        ("lesechos.fr", "07-31 05:30", "Mistral AI sécurise son électricité nucléaire auprès d'EDF",
         "La start-up signe un contrat d'allocation de production nucléaire de douze ans pour alimenter ses futurs centres de calcul, à hauteur de 150 MW."),
        ("lemondeinformatique.fr", "07-31 09:40", "Mistral AI et EDF signent un contrat d'électricité de long terme",
         "Trois jours après l'ouverture de son datacenter de Bruyères-le-Châtel, Mistral AI réserve 150 MW d'électricité nucléaire pour ses prochaines extensions."),
    ]),
    # ---------------------------------------------- fire at a Scaleway data centre in Vitry
    ("scaleway-vitry-fire", "fresh92", [
        ("bfmtv.com", "08-03 05:30", "Incendie dans un datacenter de Vitry-sur-Seine",
         "Une soixantaine de pompiers ont été mobilisés dans la nuit pour un feu dans une salle technique du datacenter DC3 de Scaleway ; aucun blessé n'est à déplorer."),
        ("lemagit.fr", "08-03 08:00", "Scaleway : un incendie touche le datacenter DC3 à Vitry",
         "Le fournisseur de cloud d'Iliad a coupé l'alimentation de plusieurs salles ; des instances de la région Paris sont indisponibles."),
        ("numerama.com", "08-03 11:20", "Le nuage a pris feu à Vitry",
         "Des clients de Scaleway ont perdu l'accès à leurs serveurs après un incendie dans un local d'onduleurs, au sud de Paris."),
        ("silicon.fr", "08-04 07:30", "Incendie de DC3 : Scaleway incrimine des batteries d'onduleurs",
         "Au lendemain du sinistre, Scaleway indique que le feu est parti d'un module de batteries lithium et que 90 % des services sont rétablis."),
    ]),
    # ---------------------------------------------- single: Starship flight
    ("starship-flight-august", "fresh92", [
        ("numerama.com", "08-04 14:00", "Starship réussit son vol et rattrape son second étage",
         "Pour la première fois, SpaceX a récupéré les deux étages de sa méga-fusée au Texas, une étape clé avant les lancements de satellites Starlink de nouvelle génération."),
    ]),
    # ---------------------------------------------- appeal against another Marseille data-centre permit
    ("marseille-datacenter-appeal", "fresh92", [
        ("next.ink", "08-05 08:00", "Marseille : un collectif attaque le permis d'un futur datacenter",
         "Le collectif « Le nuage était sous nos pieds » saisit le tribunal administratif contre le permis de construire accordé pour un projet de 30 MW dans le quartier de Saint-Louis."),
        ("lemondeinformatique.fr", "08-05 13:30", "Recours contre un projet de centre de données dans les quartiers nord de Marseille",
         "Des habitants et associations contestent l'autorisation d'un datacenter de 30 MW, pointant sa consommation d'électricité et d'eau."),
    ]),
    # ---------------------------------------------- Eutelsat annual results
    ("eutelsat-annual-results", "fresh92", [
        ("lesechos.fr", "08-06 05:30", "Eutelsat : OneWeb tire la croissance, la vidéo continue de reculer",
         "Sur l'exercice clos fin juin, l'opérateur de satellites affiche un chiffre d'affaires de 1,28 milliard d'euros, soutenu par la connectivité en orbite basse."),
        ("latribune.fr", "08-06 08:30", "Eutelsat réduit ses pertes grâce à OneWeb",
         "Le chiffre d'affaires de la constellation bondit de 40 %, mais la perte nette atteint encore 320 millions d'euros."),
        ("zdnet.fr", "08-06 12:00", "Résultats annuels : Eutelsat mise tout sur l'orbite basse",
         "L'opérateur, tout juste recapitalisé, prévoit un retour à la croissance globale dès l'exercice 2027."),
    ]),
    # ---------------------------------------------- single: LeMagIT weekly data-centre newsletter, week 32
    ("lemagit-dc-weekly-32", "fresh92", [
        ("lemagit.fr", "08-07 16:00", "L'hebdo datacenter : Scaleway, Marseille et Mistral Compute",
         "L'incendie de Vitry, le recours contre un datacenter marseillais et le contrat EDF de Mistral AI : l'essentiel de la semaine pour les exploitants."),
    ]),
    # ---------------------------------------------- second heat wave: EDF warns of cuts on the Rhône
    ("heatwave-edf-nuclear-august", "fresh92", [
        ("bfmtv.com", "08-10 07:00", "Nouvelle vague de chaleur : EDF prévient que des réacteurs pourraient s'arrêter",
         "Les centrales de Saint-Alban et du Tricastin, sur le Rhône, risquent des baisses de production dès mercredi, selon les prévisions d'EDF."),
        ("latribune.fr", "08-10 10:30", "Canicule d'août : le nucléaire à nouveau sous contrainte",
         "Cinq semaines après une première alerte, EDF publie un avertissement de baisse de production pour Saint-Alban (Isère) et Tricastin (Drôme)."),
    ]),
    # ---------------------------------------------- Ariane 64 first Kuiper launch scrubbed
    ("ariane6-kuiper-scrub", "fresh92", [
        ("usine-digitale.fr", "08-11 22:30", "Ariane 64 : le premier lancement pour Amazon Kuiper reporté",
         "Arianespace a interrompu le compte à rebours à quatre minutes du décollage à cause d'une vanne de l'étage supérieur ; une nouvelle date sera fixée."),
        ("numerama.com", "08-11 23:15", "Ariane 6 ne décollera pas ce soir",
         "Le premier vol de la version à quatre boosters, qui devait emporter 32 satellites Kuiper d'Amazon, est reporté après une anomalie détectée en fin de chronologie."),
        ("lesechos.fr", "08-12 05:30", "Contretemps pour Ariane 64 et son client Amazon",
         "Le report du premier vol d'Ariane 64 tombe mal pour Arianespace, qui doit lancer 18 fois pour la constellation Kuiper."),
    ]),
    # ---------------------------------------------- RTE monthly consumption, July
    ("rte-consumption-july", "fresh92", [
        ("latribune.fr", "08-12 08:00", "Canicule et climatisation : la consommation d'électricité bondit en juillet",
         "Selon RTE, la France a consommé 32,8 TWh en juillet, 3,4 % de plus qu'un an plus tôt, notamment lors de la vague de chaleur du début de mois."),
        ("lesechos.fr", "08-12 10:15", "RTE : juillet record pour les exportations d'électricité",
         "Malgré des réacteurs ralentis par la chaleur, la France a exporté 7 TWh en juillet, tandis que la consommation progressait de 3,4 % sur un an."),
    ]),
    # ---------------------------------------------- single: Latitude engine test
    ("latitude-navier-test", "fresh92", [
        ("usine-digitale.fr", "08-13 09:30", "Latitude réussit un essai longue durée de son moteur Navier",
         "La start-up rémoise a fait tourner son moteur pendant 300 secondes sur son banc de Vernon, une étape avant le premier vol de son lanceur Zéphyr."),
    ]),
    # ---------------------------------------------- single: LeMagIT weekly data-centre newsletter, week 33
    ("lemagit-dc-weekly-33", "fresh92", [
        ("lemagit.fr", "08-14 16:00", "L'hebdo datacenter : canicule, RTE et consommation record",
         "La deuxième vague de chaleur, les chiffres de consommation de RTE pour juillet et les alertes d'EDF : l'essentiel de la semaine pour les exploitants."),
    ]),
    # ---------------------------------------------- single: Nordnet consumer OneWeb offer
    ("nordnet-oneweb-offer", "fresh92", [
        ("frandroid.com", "08-17 08:30", "Nordnet lance une offre OneWeb pour les particuliers",
         "La filiale d'Orange commercialise un abonnement internet par satellite en orbite basse à 49 euros par mois, pour concurrencer Starlink dans les zones blanches."),
    ]),
    # ---------------------------------------------- Thales Alenia Space data leak (claim, then confirmation)
    ("thales-alenia-space-leak", "fresh92", [
        ("zdnet.fr", "08-18 09:00", "Des pirates revendiquent le vol de données chez Thales Alenia Space",
         "Un groupe de cybercriminels affirme détenir 400 Go de documents techniques dérobés sur le site cannois du constructeur de satellites."),
        ("numerama.com", "08-18 13:30", "Thales Alenia Space visé par une revendication de piratage",
         "Des échantillons de plans et de contrats publiés sur un forum semblent provenir de l'établissement de Cannes ; l'industriel enquête."),
        ("lemagit.fr", "08-19 08:00", "Thales Alenia Space confirme une intrusion dans son système d'information",
         "Au lendemain de la revendication, le constructeur reconnaît un accès illégitime à un serveur de partage de fichiers, sans impact sur les programmes classifiés."),
    ]),
    # ---------------------------------------------- Ariane 64 first Kuiper launch succeeds
    ("ariane6-kuiper-launch", "fresh92", [
        ("lesechos.fr", "08-19 05:00", "Ariane 64 réussit son premier vol et place 32 satellites d'Amazon en orbite",
         "Huit jours après un report, la version la plus puissante d'Ariane 6 a décollé de Kourou avec les satellites de la constellation Kuiper."),
        ("numerama.com", "08-19 06:30", "Kuiper prend enfin son envol depuis Kourou",
         "Avec ses quatre propulseurs d'appoint, Ariane 6 a largué les 32 satellites d'Amazon à 465 km d'altitude : une première pour le lanceur européen."),
        ("usine-digitale.fr", "08-19 08:45", "Arianespace lance enfin les premiers satellites Kuiper",
         "Le vol inaugural d'Ariane 64 est un succès, une bonne nouvelle pour Arianespace qui compte sur le contrat Amazon pour remplir son carnet."),
        ("01net.com", "08-19 11:30", "Le concurrent de Starlink décolle avec une fusée européenne",
         "Amazon a vu 32 de ses satellites Kuiper rejoindre l'orbite basse grâce à Ariane 6, qui volait pour la première fois avec quatre boosters."),
    ]),
    # ---------------------------------------------- EDF signs a nuclear contract with Data4
    ("edf-data4-nuclear-contract", "fresh92", [
        ("lesechos.fr", "08-20 05:30", "Data4 s'approvisionne en nucléaire auprès d'EDF",
         "L'opérateur de datacenters signe avec EDF un contrat d'allocation de production nucléaire de quinze ans portant sur 230 MW."),
        ("lemagit.fr", "08-20 09:15", "Data4 signe un contrat d'électricité nucléaire de long terme avec EDF",
         "Le contrat doit alimenter les campus de Nozay et de Marcoussis, en Essonne, ainsi que les futurs sites de l'opérateur en région."),
        ("usine-digitale.fr", "08-20 13:00", "Nucléaire pour l'IA : EDF signe son premier grand contrat avec un opérateur de datacenters",
         "L'électricien réserve 230 MW de production à Data4 pendant quinze ans, un modèle qu'il espère répliquer avec d'autres acteurs du numérique."),
    ]),
    # ---------------------------------------------- single: Sesterce opens an AI data centre in Valence
    ("sesterce-valence-opening", "fresh92", [
        ("usine-digitale.fr", "08-21 07:30", "Sesterce ouvre son datacenter dédié à l'IA à Valence",
         "Le spécialiste marseillais du calcul pour l'IA met en service un site de 20 MW dans la Drôme, équipé de plusieurs milliers de GPU Nvidia."),
    ]),
    # ---------------------------------------------- single: MaiaSpace hot-fire test
    ("maiaspace-hotfire", "fresh92", [
        ("latribune.fr", "08-21 09:00", "MaiaSpace allume pour la première fois son étage supérieur",
         "La filiale d'ArianeGroup a réalisé un essai à feu de son deuxième étage à Vernon, en vue d'un premier vol de son mini-lanceur en 2027."),
    ]),
    # ---------------------------------------------- decree naming data centres "projets d'intérêt national majeur"
    ("pinm-datacenter-decree", "fresh92", [
        ("lemondeinformatique.fr", "08-24 07:30", "Cinq datacenters reconnus « projets d'intérêt national majeur »",
         "Un décret paru au Journal officiel accorde ce statut, qui accélère les procédures d'urbanisme et de raccordement, à cinq projets dont le campus IA de Fouju."),
        ("next.ink", "08-24 10:00", "Projets d'intérêt national majeur : l'État accélère cinq centres de données",
         "Fouju, Cambrai, Montereau, La Maxe et Dunkerque : le gouvernement publie la liste des datacenters qui bénéficieront de procédures allégées."),
        ("journaldunet.com", "08-24 14:30", "Le gouvernement déroule le tapis rouge à cinq méga-datacenters",
         "Le décret publié ce lundi permet de déroger à certaines règles d'urbanisme pour cinq projets totalisant plus de 4 GW."),
    ]),
    # ---------------------------------------------- Themis reusable demonstrator first hop
    ("themis-first-hop", "fresh92", [
        ("numerama.com", "08-25 12:00", "Themis, le prototype de fusée réutilisable européen, réussit son premier saut",
         "Le démonstrateur d'ArianeGroup s'est élevé à une trentaine de mètres avant de se reposer sur le site suédois d'Esrange."),
        ("usine-digitale.fr", "08-25 15:30", "Premier « hop » réussi pour le démonstrateur Themis",
         "L'essai réalisé à Kiruna valide le moteur Prometheus et la séquence d'atterrissage, un préalable aux futurs lanceurs réutilisables européens."),
    ]),
    # ---------------------------------------------- single: CRE tariff for large consumers
    ("cre-turpe-datacenters", "fresh92", [
        ("lesechos.fr", "08-26 05:30", "Réseau électrique : la CRE propose un tarif spécifique pour les gros consommateurs comme les datacenters",
         "Le régulateur de l'énergie veut faire payer davantage les projets de plus de 50 MW qui réservent de la capacité sans la consommer."),
    ]),
    # ---------------------------------------------- Starlink subscribers in France (Arcep figures)
    ("starlink-subscribers-france", "fresh92", [
        ("next.ink", "08-27 08:00", "Starlink dépasse les 150 000 abonnés en France",
         "Selon l'observatoire trimestriel de l'Arcep, les accès par satellite ont bondi de 60 % en un an, portés quasi exclusivement par Starlink."),
        ("frandroid.com", "08-27 12:30", "Internet par satellite : Starlink séduit toujours plus de Français",
         "Le gendarme des télécoms recense 162 000 abonnements satellitaires fin juin ; l'offre de SpaceX en représente l'écrasante majorité."),
    ]),
    # ---------------------------------------------- fire start at Digital Realty in Marseille
    ("digital-realty-marseille-fire", "fresh92", [
        ("lemagit.fr", "08-28 09:00", "Départ de feu dans le datacenter MRS3 de Digital Realty à Marseille",
         "Un début d'incendie dans un local électrique a été rapidement maîtrisé jeudi soir ; l'opérateur assure qu'aucun client n'a subi d'interruption."),
        ("bfmtv.com", "08-28 11:30", "Marseille : intervention des marins-pompiers dans un centre de données du port",
         "Les marins-pompiers sont intervenus pour un feu de tableau électrique dans un datacenter de la Joliette, sans faire de blessé."),
    ]),
    # ---------------------------------------------- single: CNES president
    ("cnes-new-president", "fresh92", [
        ("latribune.fr", "08-31 08:00", "Le CNES change de président",
         "Le conseil des ministres a nommé un nouveau président à la tête de l'agence spatiale française, chargé de mettre en œuvre la stratégie spatiale nationale."),
    ]),
    # ---------------------------------------------- single: Starlink Mini in French retail
    ("starlink-mini-retail", "fresh92", [
        ("lesnumeriques.com", "08-31 13:00", "Le kit Starlink Mini débarque à la Fnac et chez Boulanger",
         "Le petit terminal portable de Starlink est désormais vendu 299 euros dans deux grandes enseignes françaises, après avoir été réservé à la vente en ligne."),
    ]),
    # ---------------------------------------------- strike at ArianeGroup
    ("arianegroup-strike", "fresh92", [
        ("latribune.fr", "09-01 10:00", "Grève chez ArianeGroup à Vernon et aux Mureaux",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés ont débrayé pour réclamer des hausses de salaires et des garanties sur le plan de départs."),
        ("usine-digitale.fr", "09-01 14:30", "Débrayage chez le maître d'œuvre d'Ariane 6",
         "Les syndicats d'ArianeGroup dénoncent des négociations salariales au point mort ; la direction assure que la production d'Ariane 6 n'est pas affectée."),
    ]),
    # ---------------------------------------------- OVHcloud signs with SMR start-up Calogena
    ("ovhcloud-calogena-smr", "fresh92", [
        ("lemondeinformatique.fr", "09-02 07:30", "OVHcloud mise sur les petits réacteurs de Calogena",
         "L'hébergeur signe une lettre d'intention pour alimenter un futur datacenter avec un mini-réacteur de 30 MW développé par la start-up française."),
        ("usine-digitale.fr", "09-02 11:00", "Nucléaire pour le cloud : OVHcloud et Calogena s'associent",
         "Le partenariat vise une mise en service d'un petit réacteur modulaire à côté d'un datacenter d'OVHcloud à l'horizon 2032."),
    ]),
    # ---------------------------------------------- second Starlink outage
    ("starlink-outage-september", "fresh92", [
        ("frandroid.com", "09-03 07:10", "Nouvelle panne pour Starlink en Europe",
         "Des abonnés français, allemands et italiens ont été privés de connexion pendant une heure cette nuit, six semaines après la panne mondiale de juillet."),
        ("01net.com", "09-03 09:30", "Starlink : coupure d'une heure en Europe cette nuit",
         "SpaceX évoque un incident sur une de ses stations au sol européennes, sans lien avec la défaillance logicielle de l'été."),
    ]),
    # ---------------------------------------------- single: Medusa cable lands in Marseille
    ("medusa-cable-marseille", "fresh92", [
        ("itforbusiness.fr", "09-04 10:00", "Le câble sous-marin Medusa atterrit à Marseille",
         "Le câble de 8 700 km qui relie les deux rives de la Méditerranée est raccordé à la station d'atterrissement de Marseille, renforçant le hub phocéen."),
    ]),
    # ---------------------------------------------- public debate opens on the Fouju AI campus
    ("fouju-campus-ia-debate", "fresh92", [
        ("lesechos.fr", "09-07 05:30", "Campus IA de Fouju : le débat public s'ouvre",
         "La Commission nationale du débat public lance quatre mois de consultation sur le projet de datacenter de 1,4 GW en Seine-et-Marne, porté par MGX et Bpifrance."),
        ("next.ink", "09-07 09:00", "Fouju : les habitants appelés à se prononcer sur le méga-datacenter",
         "Réunions publiques, cahiers d'acteurs : la CNDP organise jusqu'en janvier le débat sur le campus d'IA, qui consommerait autant qu'une ville d'un million d'habitants."),
        ("bfmtv.com", "09-07 12:45", "Un datacenter géant en Seine-et-Marne ? Le débat est lancé",
         "Le projet de campus IA à Fouju, estimé à plusieurs dizaines de milliards d'euros, est soumis à un débat public de quatre mois."),
    ]),
    # ---------------------------------------------- next Vega-C flight delayed
    ("vegac-delay-september", "fresh92", [
        ("usine-digitale.fr", "09-08 08:30", "Vega-C : le prochain vol reporté à cause d'une tuyère",
         "Avio repousse à novembre le lancement prévu fin septembre, après une anomalie détectée lors d'un essai au sol du moteur Zefiro 40."),
        ("latribune.fr", "09-08 13:00", "Nouveau contretemps pour Vega-C",
         "Le lanceur léger européen ne volera pas avant novembre : l'italien Avio doit inspecter la tuyère de son deuxième étage."),
    ]),
    # ---------------------------------------------- Bouygues Telecom signs with Starlink for satellite messaging
    ("bouygues-starlink-direct-to-cell", "fresh92", [
        ("frandroid.com", "09-09 07:00", "Bouygues Telecom s'allie à Starlink pour les SMS par satellite",
         "L'opérateur proposera dès 2027 l'envoi de SMS via les satellites Direct to Cell de SpaceX dans les zones sans couverture mobile."),
        ("01net.com", "09-09 09:30", "Des SMS par satellite chez Bouygues Telecom grâce à SpaceX",
         "Les abonnés Bouygues Telecom équipés d'un smartphone compatible pourront envoyer des messages partout en France métropolitaine, même sans antenne."),
        ("bfmtv.com", "09-09 12:00", "L'opérateur de Martin Bouygues signe avec Elon Musk",
         "Bouygues Telecom devient le premier opérateur français à contracter avec Starlink pour la connectivité satellite directe vers les téléphones."),
    ]),
    # ---------------------------------------------- RTE monthly consumption, August
    ("rte-consumption-august", "fresh92", [
        ("latribune.fr", "09-10 08:00", "Électricité : la consommation stable en août malgré la chaleur",
         "Selon RTE, la France a consommé 29,9 TWh en août, un niveau stable sur un an, la deuxième vague de chaleur ayant été compensée par la baisse de l'activité industrielle."),
        ("lesechos.fr", "09-10 10:30", "RTE : août confirme la reprise timide de la consommation",
         "La consommation d'électricité corrigée des aléas climatiques progresse de 0,8 % en août, indique le gestionnaire de réseau dans son bilan mensuel."),
    ]),
    # ---------------------------------------------- Orange signs with Eutelsat OneWeb for satellite messaging
    ("orange-oneweb-messaging", "fresh92", [
        ("frandroid.com", "09-11 07:30", "Orange choisit OneWeb pour ses messages par satellite",
         "Deux jours après l'accord de Bouygues Telecom avec Starlink, Orange annonce un partenariat avec Eutelsat pour la messagerie satellite de secours."),
        ("zdnet.fr", "09-11 11:00", "L'opérateur historique joue la carte européenne avec Eutelsat",
         "Orange s'appuiera sur la future génération de satellites OneWeb pour offrir SMS et appels d'urgence hors couverture à partir de 2028."),
    ]),
    # ---------------------------------------------- Azure France Central outage
    ("azure-france-central-outage", "fresh92", [
        ("lemondeinformatique.fr", "09-14 09:30", "Panne d'Azure dans la région France Centre",
         "Un incident sur le réseau de stockage a rendu indisponibles des machines virtuelles et des bases de données d'Azure hébergées en Île-de-France pendant quatre heures."),
        ("zdnet.fr", "09-14 12:45", "Azure : le géant de Redmond reconnaît une panne en France",
         "Microsoft attribue l'interruption de plusieurs services de sa région France Central à une erreur de configuration lors d'une maintenance."),
    ]),
    # ---------------------------------------------- single: Eutelsat CFO leaves
    ("eutelsat-cfo-departure", "fresh92", [
        ("lesechos.fr", "09-14 05:30", "Eutelsat : la directrice financière quitte le groupe",
         "L'opérateur de satellites annonce le départ de sa directrice financière à la fin de l'année ; un intérim sera assuré par le directeur de la trésorerie."),
    ]),
    # ---------------------------------------------- Eutelsat orders more satellites from Airbus
    ("eutelsat-airbus-order", "fresh92", [
        ("latribune.fr", "09-15 06:00", "Eutelsat commande 100 satellites OneWeb supplémentaires à Airbus",
         "L'opérateur étend sa commande auprès d'Airbus Defence and Space, qui fabriquera les satellites dans son usine de Toulouse."),
        ("usine-digitale.fr", "09-15 09:30", "Airbus va construire cent satellites de plus pour OneWeb",
         "La nouvelle commande d'Eutelsat, financée par l'augmentation de capital de juillet, assure la charge de la ligne toulousaine jusqu'en 2029."),
    ]),
    # ---------------------------------------------- Data4 gets its permit for Nozay extension
    ("data4-nozay-permit", "fresh92", [
        ("lemagit.fr", "09-16 08:00", "Data4 obtient le permis d'extension de son campus de Nozay",
         "L'opérateur de datacenters va construire quatre bâtiments supplémentaires sur son campus essonnien, pour 120 MW de capacité additionnelle."),
        ("channelnews.fr", "09-16 11:15", "Essonne : feu vert pour l'agrandissement du campus Data4 de Nozay",
         "La préfecture a délivré le permis de construire ; les premiers bâtiments seront livrés en 2028."),
        ("itforbusiness.fr", "09-16 15:00", "Nozay : Data4 peut agrandir son campus de centres de données",
         "Le permis délivré autorise 120 MW de plus sur l'ancien site d'Alcatel, où Data4 exploite déjà une vingtaine de salles."),
    ]),
    # ---------------------------------------------- Equinix opens a data centre in Les Ulis
    ("equinix-les-ulis-opening", "fresh92", [
        ("lemondeinformatique.fr", "09-17 07:45", "Equinix ouvre un datacenter aux Ulis",
         "Le nouveau site PA11, dans la zone de Courtabœuf en Essonne, offre 10 MW et cible les clients de l'IA et de la finance."),
        ("silicon.fr", "09-17 10:30", "Essonne : Equinix met en service PA11",
         "L'opérateur américain inaugure son onzième centre de données francilien, raccordé par fibre à ses sites de Saint-Denis et Pantin."),
    ]),
    # ---------------------------------------------- Toutatis military demonstrator launched
    ("toutatis-launch", "fresh92", [
        ("latribune.fr", "09-17 06:30", "Le démonstrateur militaire Toutatis placé en orbite",
         "Le petit satellite conçu par U-Space pour le Commandement de l'espace a été lancé par une fusée Electron de Rocket Lab depuis la Nouvelle-Zélande."),
        ("numerama.com", "09-17 09:45", "Toutatis, le satellite « garde du corps » de l'armée française, est dans l'espace",
         "Ce démonstrateur doit tester des manœuvres de patrouille et de protection autour des satellites militaires français en orbite basse."),
    ]),
    # ---------------------------------------------- Unseenlabs satellites launched on a SpaceX rideshare
    ("unseenlabs-launch", "fresh92", [
        ("usine-digitale.fr", "09-18 07:00", "Unseenlabs lance trois nouveaux satellites avec SpaceX",
         "La start-up rennaise a fait décoller ses satellites BRO-17 à BRO-19 à bord d'une Falcon 9 de la mission de covoiturage Transporter-17."),
        ("latribune.fr", "09-18 10:30", "Trois satellites de plus pour la constellation d'Unseenlabs",
         "Lancés depuis la Californie, les nouveaux satellites portent à 19 la flotte de la pépite bretonne de l'écoute électromagnétique."),
    ]),
    # ---------------------------------------------- Brookfield starts works at Cambrai
    ("brookfield-cambrai-works", "fresh92", [
        ("lesechos.fr", "09-21 05:30", "Brookfield lance le chantier de son méga-datacenter à Cambrai",
         "Le fonds canadien pose la première pierre d'un campus d'IA de 1 GW sur l'ancienne base aérienne, premier volet de ses 20 milliards d'euros d'investissements en France."),
        ("journaldunet.com", "09-21 10:00", "Cambrai : premier coup de pioche pour le campus IA de Brookfield",
         "Les travaux démarrent sur l'ancienne base aérienne 103 ; la première tranche de 300 MW doit être livrée fin 2028."),
    ]),
    # ---------------------------------------------- single: Arianespace contract
    ("arianespace-contract-sept", "fresh92", [
        ("usine-digitale.fr", "09-22 08:00", "Arianespace signe quatre lancements Ariane 6 avec un opérateur japonais",
         "Le contrat, signé avec Sky Perfect JSAT, porte sur des satellites géostationnaires à lancer à partir de 2028."),
    ]),
    # ---------------------------------------------- Fluidstack closes financing for its French supercomputer
    ("fluidstack-financing", "fresh92", [
        ("lesechos.fr", "09-23 05:30", "Fluidstack boucle le financement de son supercalculateur d'IA en France",
         "La néo-cloud britannique lève 8,5 milliards d'euros de dette et de fonds propres pour la première tranche de son projet d'un gigawatt."),
        ("usine-digitale.fr", "09-23 09:45", "Supercalculateur d'un gigawatt : Fluidstack a trouvé l'argent",
         "Le projet annoncé lors du sommet sur l'IA de 2025 franchit une étape : la première tranche de 250 MW est financée, la localisation reste à confirmer."),
    ]),
    # ---------------------------------------------- RTE queue figures for data-centre connection requests
    ("rte-connection-queue", "fresh92", [
        ("lesechos.fr", "09-24 05:30", "Datacenters : 30 GW de demandes de raccordement en attente chez RTE",
         "Le gestionnaire de réseau a reçu des demandes équivalant à la moitié de la consommation de pointe française, dont une large part ne verra jamais le jour selon lui."),
        ("lemagit.fr", "09-24 09:00", "RTE s'alarme de l'embouteillage des projets de centres de données",
         "Avec 30 GW de demandes en file d'attente, RTE veut durcir les conditions financières pour écarter les projets spéculatifs."),
    ]),
    # ---------------------------------------------- Galileo service disruption
    ("galileo-disruption", "fresh92", [
        ("01net.com", "09-25 09:00", "Galileo : le GPS européen perturbé pendant six heures",
         "Une anomalie de synchronisation au sol a dégradé la précision du service de navigation européen dans la nuit, a reconnu l'agence EUSPA."),
        ("numerama.com", "09-25 12:30", "Que s'est-il passé avec Galileo cette nuit ?",
         "Les smartphones se sont rabattus sur le GPS américain pendant que l'EUSPA corrigeait un problème d'horloge dans un centre de contrôle."),
    ]),
    # ---------------------------------------------- single: Telehouse extension
    ("telehouse-magny-extension", "fresh92", [
        ("channelnews.fr", "09-28 09:00", "Telehouse agrandit son campus de Magny-les-Hameaux",
         "L'opérateur de colocation ajoute 12 MW à son site des Yvelines, avec une livraison prévue au printemps 2027."),
    ]),
    # ---------------------------------------------- single: Ademe/Arcep data-centre electricity study
    ("ademe-arcep-datacenter-study", "fresh92", [
        ("next.ink", "09-29 08:00", "Les datacenters ont consommé 4 % de l'électricité française en 2025",
         "Selon l'étude annuelle de l'Ademe et de l'Arcep, la consommation des centres de données a progressé de 18 % en un an, portée par l'IA."),
    ]),
    # ---------------------------------------------- single: Prométhée funding
    ("promethee-funding", "fresh92", [
        ("latribune.fr", "09-30 06:00", "Prométhée Earth Intelligence lève 15 millions d'euros",
         "La start-up francilienne d'observation de la Terre finance son premier satellite JAPETUS, qui doit être lancé fin 2027."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
