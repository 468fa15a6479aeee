"""A fresh labelled set of French tech-news articles grouped by event, held out for issue 12.

Written by reading only, by a helper blind to the grouping code, after the rules had been
tuned on `labelled.py`, and measured once: precision 0.789, recall 0.357 (eight wrong merges:
a layoff plan and a sale of one firm two days apart, two Microsoft 365 outages three days
apart, iOS 27 and iOS 26.5.1). Those led to four rules (a title saying it happens again, a
product's number, kinds said in two words, one foreign-name penalty per pair); since then this
set is no longer held out. Same format as `labelled.py`; every event's half is "fresh". Each event is one real-world happening:
articles of one event are the same story, every other pair is not. Hard positives tell one
event in very different words; hard negatives are look-alikes (same firm or topic, another
happening: two outages of one service, two attacks on two local authorities, two funding
rounds the same day, one regulator and two firms, a launch and a price rise, weekly roundups).
Times are UTC, May and June 2026, so nothing overlaps `labelled.py`.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Worldline: a job cut, then a sale
    ("worldline-layoffs", "fresh", [
        ("lesechos.fr", "05-05 06:15", "Worldline va supprimer 400 postes en France",
         "Le spécialiste des paiements présente ce mardi aux représentants du personnel un plan de réorganisation qui doit se traduire par 400 suppressions de postes dans l'Hexagone."),
        ("usine-digitale.fr", "05-05 09:40", "Paiements : quatre cents emplois menacés chez l'ex-filiale d'Atos",
         "Confronté au ralentissement de ses volumes et à une dette lourde, le groupe de La Défense engage une cure d'économies qui touchera surtout ses fonctions support."),
        ("silicon.fr", "05-05 12:10", "Layoffs chez Worldline : 400 postes sur la sellette",
         "Worldline confirme un projet de plan de sauvegarde de l'emploi. Les équipes informatiques et le back-office de ses sites français sont les premiers concernés."),
        ("zdnet.fr", "05-05 17:30", "Worldline prépare un plan social, selon Les Echos",
         "Le groupe français de services de paiement prévoit de se séparer de plusieurs centaines de salariés d'ici à la fin de l'année, rapporte le quotidien économique."),
        ("lemagit.fr", "05-06 08:00", "Worldline : les équipes techniques en première ligne du plan social",
         "Centres de Seclin et de Blois, calendrier des départs, reclassements : les syndicats détaillent la façon dont Worldline compte supprimer 400 emplois."),
    ]),
    ("worldline-ticketing-sale", "fresh", [
        ("lesechos.fr", "05-07 06:30", "Worldline se déleste de sa billettique",
         "Deux jours après l'annonce de son plan social, le groupe a signé la vente de son activité de billettique et de services aux transports à un fonds d'investissement."),
        ("lemondeinformatique.fr", "05-07 11:00", "Worldline cède son activité transports pour 280 millions d'euros",
         "La cession, qui doit être finalisée au quatrième trimestre, permettra au spécialiste des paiements de réduire son endettement et de se recentrer sur les commerçants."),
    ]),
    # ------------------------------------------------ Microsoft 365: two outages and a price rise
    ("m365-outage-may-12", "fresh", [
        ("01net.com", "05-12 08:20", "Outlook et Teams en panne : Microsoft 365 inaccessible pour de nombreux utilisateurs",
         "Depuis 7 heures ce mardi, impossible pour beaucoup d'utilisateurs européens d'envoyer un mail ou de rejoindre une réunion. Microsoft dit enquêter."),
        ("journaldugeek.com", "05-12 09:05", "Teams down : la messagerie de Microsoft ne répond plus",
         "Écran blanc, messages qui ne partent pas, réunions impossibles à lancer : les signalements se multiplient sur Downdetector depuis le début de la matinée."),
        ("bfmtv.com", "05-12 10:15", "Mails et visios impossibles ce mardi matin : ce que l'on sait de la panne géante",
         "Des milliers d'entreprises françaises sont privées de leur messagerie et de leurs outils de visioconférence. L'éditeur évoque un incident d'infrastructure en Europe."),
        ("lemondeinformatique.fr", "05-12 11:30", "Microsoft 365 : un changement de configuration à l'origine de la panne européenne",
         "Microsoft attribue l'interruption de ses services Exchange Online et Teams à une modification réseau déployée par erreur, qu'il a commencé à annuler."),
        ("zdnet.fr", "05-12 14:00", "Panne Microsoft 365 : le service rétabli après cinq heures",
         "Outlook et Teams fonctionnent de nouveau normalement en Europe. Microsoft promet un rapport d'incident détaillé sous quelques jours."),
    ]),
    ("m365-price-increase", "fresh", [
        ("lemondeinformatique.fr", "05-13 10:00", "Microsoft 365 : les abonnements entreprise augmenteront au 1er juillet",
         "Microsoft relève de 5 à 13 % le prix de ses offres Business et E3 à partir de l'été, en invoquant l'ajout de fonctions d'IA et de sécurité."),
        ("silicon.fr", "05-13 15:30", "La facture Microsoft 365 s'alourdit pour les entreprises",
         "Les plans Business Standard et E3 vont coûter plus cher dès juillet. Les DSI dénoncent une hausse imposée sans possibilité de renoncer aux nouveautés."),
    ]),
    ("m365-outage-may-15", "fresh", [
        ("01net.com", "05-15 13:40", "Microsoft 365 à nouveau en panne, trois jours après",
         "Nouvelle interruption pour Outlook ce vendredi en début d'après-midi : de nombreux utilisateurs ne parviennent plus à se connecter à leur boîte mail."),
        ("lemagit.fr", "05-15 16:10", "Exchange Online : nouvel incident d'authentification chez Microsoft",
         "Cette fois, c'est le service de connexion Entra ID qui a flanché pendant près de deux heures, bloquant l'accès aux messageries de nombreuses entreprises."),
    ]),
    ("lemagit-roundup-w20", "fresh", [
        ("lemagit.fr", "05-15 17:00", "L'essentiel de la semaine : pannes et hausse de prix chez Microsoft",
         "Deux pannes de Microsoft 365 en quatre jours, des abonnements plus chers dès juillet : retour sur les informations qui ont marqué la semaine."),
    ]),
    ("next-hebdo-20", "fresh", [
        ("next.ink", "05-16 08:00", "Hebdo #20 : Microsoft 365, pannes à répétition et facture salée",
         "Chaque samedi, notre sélection des sujets de la semaine. Au menu : Outlook et Teams à terre deux fois, et les tarifs de Microsoft qui grimpent."),
    ]),
    # ------------------------------------------------ ransomware: two local authorities in one week
    ("ransomware-morbihan", "fresh", [
        ("lemagit.fr", "05-18 09:30", "Le département du Morbihan frappé par un rançongiciel",
         "Les systèmes du conseil départemental sont à l'arrêt depuis dimanche soir. Les services ont été déconnectés d'Internet par précaution et une plainte a été déposée."),
        ("numerama.com", "05-18 12:00", "Cyberattaque : les services du Morbihan tournent au ralenti",
         "Accueil du public au papier et au crayon, téléphones coupés : la collectivité bretonne fait face à une attaque informatique d'ampleur."),
        ("01net.com", "05-18 15:45", "Vannes : le conseil départemental piraté, les données des usagers menacées",
         "Le Département du Morbihan n'exclut pas que des informations personnelles, notamment celles de bénéficiaires d'aides sociales, aient été dérobées."),
        ("lemagit.fr", "05-19 14:00", "Rançongiciel : le groupe Qilin revendique l'attaque contre le Morbihan",
         "Les cybercriminels affirment avoir exfiltré 300 Go de données du conseil départemental et menacent de les publier d'ici une semaine."),
    ]),
    ("ransomware-saint-nazaire", "fresh", [
        ("lemagit.fr", "05-20 10:10", "Saint-Nazaire : la mairie paralysée par une attaque au ransomware",
         "Messagerie, état civil, inscriptions scolaires : la ville de Loire-Atlantique a dû couper l'ensemble de son système d'information mardi."),
        ("zdnet.fr", "05-20 14:30", "Cyberattaque contre la ville de Saint-Nazaire",
         "La commune et son agglomération travaillent en mode dégradé depuis la découverte d'un chiffrement de leurs serveurs. L'Anssi est sur place."),
    ]),
    # ------------------------------------------------ AWS: an outage in Paris, then a sovereign region
    ("aws-paris-outage", "fresh", [
        ("lemagit.fr", "05-21 08:45", "AWS : la région de Paris touchée par une panne de plusieurs heures",
         "Un problème de réseau dans une zone de disponibilité de la région eu-west-3 a perturbé les instances EC2 et les bases RDS de nombreux clients français."),
        ("silicon.fr", "05-21 11:20", "Amazon Web Services : incident majeur sur eu-west-3",
         "La région parisienne du fournisseur de cloud a connu des erreurs en cascade jeudi matin, avant un retour progressif à la normale vers 10 heures."),
        ("next.ink", "05-21 14:00", "Panne du cloud d'Amazon à Paris : des sites français hors ligne",
         "Boutiques en ligne, applications bancaires, services publics : plusieurs plateformes hébergées dans les datacenters franciliens d'Amazon sont restées inaccessibles."),
    ]),
    ("lemagit-roundup-w21", "fresh", [
        ("lemagit.fr", "05-22 17:00", "L'essentiel de la semaine : collectivités rançonnées et panne AWS",
         "Le Morbihan et Saint-Nazaire victimes de rançongiciels, la région cloud parisienne d'AWS à l'arrêt : ce qu'il faut retenir de ces cinq jours."),
    ]),
    ("next-hebdo-21", "fresh", [
        ("next.ink", "05-23 08:00", "Hebdo #21 : Qilin, Saint-Nazaire et le cloud d'Amazon",
         "Notre revue de la semaine : deux collectivités paralysées par des pirates et une panne chez Amazon Web Services qui a fait tomber des sites français."),
    ]),
    ("aws-sovereign-cloud-france", "fresh", [
        ("lemondeinformatique.fr", "05-25 09:00", "Amazon Web Services étend son cloud souverain européen à la France",
         "Après l'Allemagne, AWS ouvrira d'ici à 2027 une région European Sovereign Cloud en France, exploitée par du personnel résident dans l'Union européenne."),
        ("usine-digitale.fr", "05-25 13:00", "Cloud souverain : AWS promet une région française séparée de ses infrastructures mondiales",
         "Le géant américain veut rassurer les administrations et les opérateurs d'importance vitale, sans pour autant viser la qualification SecNumCloud."),
    ]),
    # ------------------------------------------------ SFR: the sale, then a job plan
    ("sfr-sale-offer", "fresh", [
        ("lesechos.fr", "05-26 06:00", "SFR : Bouygues Telecom, Free et Orange déposent une offre ferme de 17 milliards d'euros",
         "Les trois opérateurs ont remis lundi soir à Altice une offre engageante pour se partager les actifs de SFR, après des mois de discussions."),
        ("latribune.fr", "05-26 08:30", "Le démantèlement de SFR entre dans sa phase décisive",
         "Avec une offre désormais ferme sur la table, Patrick Drahi peut solder l'aventure SFR. Reste le feu vert de l'Autorité de la concurrence, qui s'annonce long."),
        ("bfmtv.com", "05-26 10:00", "Rachat de SFR : Altice reçoit une offre à 17 milliards de ses trois concurrents",
         "Orange, Bouygues Telecom et Iliad proposent de reprendre les abonnés, les fréquences et le réseau de l'opérateur au carré rouge."),
        ("frandroid.com", "05-26 13:00", "La fin de SFR se rapproche : les trois opérateurs passent à l'offre ferme",
         "Qu'adviendra-t-il de votre forfait SFR ou RED ? On fait le point sur le partage envisagé des clients entre Orange, Bouygues et Free."),
        ("numerama.com", "05-26 16:30", "Retour à trois opérateurs : le marché mobile français s'apprête à changer de visage",
         "L'offre commune d'Orange, Bouygues Telecom et Free sur SFR relance le débat sur la hausse des prix qu'entraînerait la disparition d'un acteur."),
        ("clubic.com", "05-26 19:00", "Vente de SFR : Patrick Drahi tient enfin son offre, selon Les Echos",
         "Le propriétaire d'Altice a reçu une proposition à 17 milliards d'euros du trio Orange-Bouygues-Free, rapportent nos confrères."),
    ]),
    ("sfr-departure-plan", "fresh", [
        ("linforme.com", "05-27 06:00", "SFR : un millier de postes visés par une nouvelle rupture conventionnelle collective",
         "Selon nos informations, la direction d'Altice France a présenté aux syndicats un nouveau plan de départs volontaires, le troisième en cinq ans."),
        ("latribune.fr", "05-27 09:15", "Altice France confirme un nouveau plan de départs chez SFR",
         "L'opérateur veut réduire ses effectifs d'environ 1 000 personnes d'ici à 2027. Les syndicats dénoncent une saignée avant la vente."),
    ]),
    # ------------------------------------------------ one regulator, two firms
    ("cnil-leboncoin", "fresh", [
        ("next.ink", "05-27 10:00", "La CNIL inflige 12 millions d'euros d'amende à Leboncoin",
         "La formation restreinte reproche au site de petites annonces d'avoir conservé trop longtemps les données de millions de comptes inactifs."),
        ("01net.com", "05-27 12:30", "Leboncoin sanctionné par la CNIL : ce qui lui est reproché",
         "Données gardées au-delà du nécessaire, information incomplète des utilisateurs : le gendarme des données personnelles épingle la plateforme."),
        ("numerama.com", "05-27 16:00", "Douze millions d'euros : la facture salée de Leboncoin pour des comptes jamais supprimés",
         "La Commission nationale de l'informatique et des libertés a estimé que la plateforme gardait indûment les informations d'anciens utilisateurs."),
    ]),
    ("cnil-veepee", "fresh", [
        ("next.ink", "05-29 09:30", "Cookies : la CNIL sanctionne Veepee à hauteur de 4 millions d'euros",
         "Le site de ventes événementielles déposait des traceurs publicitaires avant tout consentement, selon la délibération publiée vendredi."),
        ("zdnet.fr", "05-29 14:00", "Veepee écope d'une amende de la CNIL pour ses traceurs",
         "Deux jours après Leboncoin, c'est au tour de Veepee d'être épinglé par le régulateur, cette fois pour le non-respect des règles sur les cookies."),
    ]),
    # ------------------------------------------------ HPC
    ("exascale-eviden-contract", "fresh", [
        ("lesechos.fr", "06-02 06:45", "Supercalculateur exascale : Eviden décroche la commande d'Alice Recoque",
         "Le Genci et le CEA ont signé avec la filiale d'Atos le contrat de la première machine exascale française, pour un montant de l'ordre de 500 millions d'euros."),
        ("usine-digitale.fr", "06-02 10:00", "Calcul haute performance : la France confie sa première machine exascale à Eviden",
         "Alice Recoque sera installé à Bruyères-le-Châtel et doit entrer en service en 2027, avec des processeurs et accélérateurs fournis par AMD."),
        ("lemagit.fr", "06-02 13:30", "HPC : Alice Recoque sera construit par Eviden, sur des puces AMD",
         "Le contrat signé mardi précise l'architecture du futur supercalculateur du Genci, financé pour moitié par l'entreprise commune EuroHPC."),
    ]),
    # ------------------------------------------------ two French start-ups raise money the same day
    ("dust-funding", "fresh", [
        ("lesechos.fr", "06-03 06:00", "Dust lève 60 millions d'euros pour ses agents d'IA",
         "La start-up parisienne, qui aide les entreprises à bâtir des assistants connectés à leurs outils internes, boucle une série B menée par un fonds américain."),
        ("usine-digitale.fr", "06-03 09:30", "Agents IA : la pépite française Dust boucle une série B de 60 M€",
         "Fondée par deux anciens de Stripe et d'OpenAI, la jeune pousse revendique plus de 1 000 entreprises clientes et veut doubler ses effectifs."),
        ("silicon.fr", "06-03 15:00", "Soixante millions d'euros pour faire travailler les agents d'IA en entreprise",
         "Avec ce nouveau tour de table, Dust compte accélérer aux États-Unis et renforcer les fonctions de sécurité de sa plateforme."),
    ]),
    ("pasqal-funding", "fresh", [
        ("lesechos.fr", "06-03 07:00", "Informatique quantique : Pasqal lève 200 millions d'euros",
         "Le spécialiste français des processeurs à atomes neutres réunit de nouveaux investisseurs, dont Bpifrance, pour passer au stade industriel."),
        ("usine-digitale.fr", "06-03 11:00", "Pasqal boucle un tour de table de 200 M€ pour industrialiser ses ordinateurs quantiques",
         "La start-up de Palaiseau financera avec cette levée une nouvelle ligne d'assemblage et le développement de machines de 10 000 qubits."),
    ]),
    ("sopra-steria-valantic", "fresh", [
        ("lesechos.fr", "06-04 07:00", "Sopra Steria s'offre l'allemand Valantic pour 900 millions d'euros",
         "L'ESN française réalise la plus grosse acquisition de son histoire récente et double sa taille outre-Rhin."),
        ("lemondeinformatique.fr", "06-04 11:30", "Sopra Steria met la main sur Valantic et se renforce en Allemagne",
         "Le rachat du cabinet munichois, spécialiste de SAP et du commerce en ligne, apporte 2 800 consultants au groupe."),
    ]),
    ("la-poste-genai", "fresh", [
        ("usine-digitale.fr", "06-04 14:00", "La Poste déploie son propre assistant d'IA générative auprès de 100 000 agents",
         "Hébergé sur le cloud de sa filiale Docaposte, l'outil doit aider facteurs et conseillers bancaires à rédiger et résumer leurs documents."),
    ]),
    # ------------------------------------------------ Apple: the keynote, then a point release
    ("wwdc-2026-ios-27", "fresh", [
        ("01net.com", "06-08 18:30", "WWDC 2026 : Apple dévoile iOS 27",
         "Lors de sa conférence des développeurs, Apple a présenté la prochaine version du système de l'iPhone, centrée sur un Siri entièrement repensé."),
        ("frandroid.com", "06-08 19:15", "iOS 27 est officiel : voici les nouveautés pour votre iPhone",
         "Siri conversationnel, traduction en direct, nouvel écran d'accueil : tour d'horizon des changements qui arriveront en septembre."),
        ("journaldugeek.com", "06-08 20:00", "Keynote d'Apple : toutes les annonces à retenir",
         "iOS 27, macOS 27, watchOS 27 et une surprise pour le Vision Pro : le récapitulatif de deux heures de présentation à Cupertino."),
        ("numerama.com", "06-08 21:10", "Siri repensé, Liquid Glass peaufiné : la firme de Cupertino lance iOS 27",
         "Après une année 2025 décevante sur l'IA, Apple promet un assistant capable de comprendre le contexte de l'écran et d'agir dans les applications."),
        ("clubic.com", "06-09 07:30", "Apple Intelligence, Siri, macOS 27 : ce qu'il faut retenir de la WWDC",
         "La conférence annuelle d'Apple a surtout été celle de l'intelligence artificielle. On résume les annonces et la liste des appareils compatibles."),
    ]),
    ("ios-26-5-1", "fresh", [
        ("frandroid.com", "06-10 08:00", "iOS 26.5.1 est disponible : une mise à jour à installer rapidement",
         "Pendant que tout le monde parle d'iOS 27, Apple publie un correctif pour la version actuelle de son système. Elle comble deux failles de sécurité."),
        ("01net.com", "06-10 11:00", "Apple publie iOS 26.5.1 et corrige deux failles déjà exploitées",
         "Les vulnérabilités, situées dans WebKit et le noyau, auraient été utilisées dans des attaques ciblées, selon Apple."),
    ]),
    # ------------------------------------------------ Fortinet: two distinct flaws
    ("fortinet-fortios-zero-day", "fresh", [
        ("lemagit.fr", "06-10 09:00", "Fortinet : une vulnérabilité critique de FortiOS activement exploitée",
         "La faille, notée 9,8 sur 10, permet à un attaquant non authentifié d'exécuter du code sur les pare-feu exposant leur VPN SSL."),
        ("silicon.fr", "06-10 12:00", "FortiOS : le CERT-FR appelle à patcher en urgence",
         "L'agence nationale signale des exploitations en France et recommande d'appliquer sans délai les correctifs publiés par Fortinet."),
        ("zdnet.fr", "06-10 15:30", "Pare-feu FortiGate : une zero-day corrigée dans l'urgence",
         "Des milliers d'équipements restent vulnérables sur Internet. Fortinet fournit des indicateurs de compromission pour vérifier si un boîtier a été piraté."),
    ]),
    ("fortinet-fortiweb-flaw", "fresh", [
        ("lemagit.fr", "06-12 10:00", "FortiWeb : Fortinet corrige une nouvelle faille critique",
         "Deux jours après l'alerte sur FortiOS, l'équipementier publie un correctif pour son pare-feu applicatif web, touché par une injection SQL."),
        ("lemondeinformatique.fr", "06-12 14:45", "Nouvelle alerte chez Fortinet, cette fois sur FortiWeb",
         "Aucune exploitation n'est signalée pour l'heure, mais un code de démonstration circule déjà. Les versions 7.4 et 7.6 sont concernées."),
    ]),
    ("numerama-week-24", "fresh", [
        ("numerama.com", "06-12 18:00", "Ce qu'il ne fallait pas rater cette semaine : WWDC, iOS 27 et Fortinet",
         "La conférence des développeurs d'Apple, un correctif pour iOS 26 et des pare-feu à mettre à jour d'urgence : notre sélection de la semaine."),
    ]),
    # ------------------------------------------------ Free: a launch, then a price rise
    ("freebox-pop-2-launch", "fresh", [
        ("frandroid.com", "06-16 08:00", "Free lance la Freebox Pop 2 avec le Wi-Fi 7",
         "La nouvelle box milieu de gamme d'Iliad gagne le Wi-Fi 7 et un débit de 8 Gb/s en fibre, pour 34,99 euros par mois la première année."),
        ("01net.com", "06-16 10:30", "Freebox Pop 2 : prix, débits, décodeur, tout savoir sur la nouvelle box de Free",
         "L'opérateur renouvelle son offre la plus vendue. Voici ce qui change par rapport à la Freebox Pop, commercialisée depuis 2020."),
        ("clubic.com", "06-16 14:00", "Wi-Fi 7 et 8 Gb/s : la nouvelle box de l'opérateur de Xavier Niel est disponible",
         "Commercialisée dès aujourd'hui, la Pop 2 vise les familles et remplace l'ancienne Pop au même tarif promotionnel."),
    ]),
    ("freebox-revolution-price", "fresh", [
        ("frandroid.com", "06-17 07:15", "Free augmente le prix de la Freebox Révolution",
         "Les abonnés historiques paieront 3 euros de plus par mois à partir d'août, une hausse justifiée par l'ajout de services de télévision."),
        ("numerama.com", "06-17 12:00", "Freebox Révolution : une nouvelle hausse de 3 euros pour les abonnés",
         "L'offre lancée en 2010 passe à 47,99 euros par mois. Les clients concernés peuvent résilier sans frais pendant quatre mois."),
    ]),
    # ------------------------------------------------ EU regulation
    ("ai-act-delay-vote", "fresh", [
        ("next.ink", "06-18 15:00", "AI Act : le Parlement européen vote le report des obligations pour l'IA à haut risque",
         "Les eurodéputés ont adopté jeudi le volet du paquet omnibus numérique qui décale de seize mois l'entrée en vigueur des règles sur les systèmes à haut risque."),
        ("lemondeinformatique.fr", "06-18 17:30", "Règlement sur l'IA : les eurodéputés accordent un délai aux entreprises",
         "Le texte voté en session plénière repousse à fin 2027 les exigences de conformité les plus lourdes. Les associations de consommateurs dénoncent un recul."),
        ("usine-digitale.fr", "06-19 08:00", "Omnibus numérique : Strasbourg repousse l'application de l'AI Act",
         "Les industriels obtiennent le sursis réclamé depuis des mois. Un accord avec le Conseil reste nécessaire avant l'entrée en vigueur du report."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
