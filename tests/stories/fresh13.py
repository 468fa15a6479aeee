"""A thirteenth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12
("One story, one alert"), to be measured once on the code that lands. Same format as
`labelled.py`; every event's half is "fresh13".
Each event is one real-world happening: articles of one event are the same story (a follow-up
a day or two later included), every other pair is not. Some titles are near-identical across
outlets, most are reworded (synonyms, digits or words, another angle, an English word, "selon
L'Informé" or "selon Les Echos"), a few are hard (a periphrasis for the actor, a consumer
angle, a quote as title, the actor named only in the lead, an explainer, an interview, a
number-led title).
Hard negatives are look-alikes on purpose: one firm's results then its job cuts, job cuts then
a strike at the same firm, two outages of one operator a few days apart, cyberattacks on two
hospitals and a university in one week, a launch then a faulty update, a fine then its appeal,
two acquisitions by one buyer, two funding rounds in one sector on the same day, two leaks at
two insurers, two CEO appointments on the same day, one vendor's two flaws in one week, two
models of one AI line, two announcements by one firm on the same day, two decisions about one
firm by two authorities, a bill voted by one chamber then the other, a rumour then the official
deal a week later, two price rises by one vendor a month apart, and recurring formats (two
weekly roundups with one title, a daily digest, a podcast, a numbered newsletter) that must
merge with nothing.
`build` fixes the year 2026; times are UTC, April and May 2026 ("04-01" to "05-28").

Measured once, on the code that was to land at the stop that added it (29ea1ed), before anything
was changed for it: precision 0.920, recall 0.831 (the code that landed before, 79f7cfc: 1.000,
0.711). Its one wrong link: an explainer naming no model ("Ce qu'il faut retenir du nouveau
modèle de Mistral AI") joined Magistral 2's article to Medium 4's story.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ one vendor, two price rises a month apart
    ("microsoft-365-price-rise", "fresh13", [
        ("lemondeinformatique.fr", "04-01 08:10", "Microsoft relève les prix de Microsoft 365 pour les entreprises à partir de juillet",
         "L'éditeur augmentera de 8 à 15 % le tarif de plusieurs abonnements professionnels, dont Microsoft 365 E3 et Business Premium, au 1er juillet 2026. Redmond justifie la hausse par l'intégration de Copilot Chat et de nouvelles fonctions de sécurité."),
        ("lemagit.fr", "04-01 11:30", "Licences Microsoft 365 : jusqu'à 15 % de hausse pour les suites E3 et Business",
         "Ce n'est pas un poisson d'avril : les grilles tarifaires communiquées aux partenaires confirment une augmentation sensible des licences par utilisateur, les offres sans Teams étant elles aussi concernées."),
        ("cio-online.com", "04-02 07:45", "« Les DSI n’ont aucune alternative crédible » : la hausse des prix de Redmond passe mal",
         "Au lendemain de l’annonce par Microsoft d’une augmentation pouvant atteindre 15 % des abonnements Microsoft 365 au 1er juillet, le Cigref et plusieurs directeurs des systèmes d’information dénoncent un rapport de force déséquilibré."),
    ]),
    ("xbox-console-price-rise", "fresh13", [
        ("tomsguide.fr", "05-04 09:30", "Xbox Series X et S : Microsoft augmente encore le prix de ses consoles en France",
         "À partir du 1er juin, la Xbox Series X passe à 649,99 euros et la Series S 512 Go à 379,99 euros. Le constructeur invoque la hausse des coûts de la mémoire et des droits de douane sur les composants."),
    ]),
    # ------------------------------------------------ a bill, one chamber then the other six weeks later
    ("under15-social-media-assemblee", "fresh13", [
        ("lefigaro.fr", "04-02 18:20", "Réseaux sociaux interdits aux moins de 15 ans : l'Assemblée nationale adopte le texte en première lecture",
         "Les députés ont voté jeudi soir, par 312 voix contre 98, la proposition de loi qui impose aux plateformes de vérifier l'âge de leurs utilisateurs. Le texte doit désormais être examiné par le Sénat."),
        ("numerama.com", "04-02 20:05", "Les députés votent l’interdiction des réseaux sociaux avant 15 ans : ce qui va changer pour vos enfants",
         "TikTok, Instagram ou Snapchat devront bloquer l’inscription des adolescents de moins de 15 ans et contrôler l’âge des comptes existants. Les plateformes récalcitrantes risquent une amende pouvant atteindre 1 % de leur chiffre d’affaires mondial."),
        ("bfmtv.com", "04-03 07:00", "Majorité numérique à 15 ans : feu vert des députés, les plateformes ont un an pour s'adapter",
         "Adoptée jeudi en première lecture, la proposition de loi laisse douze mois aux réseaux sociaux pour mettre en place un contrôle de l'âge conforme au référentiel de l'Arcom."),
    ]),
    ("under15-social-media-senat", "fresh13", [
        ("next.ink", "05-13 17:40", "Interdiction des réseaux sociaux aux moins de 15 ans : le Sénat adopte à son tour le texte, en le modifiant",
         "Les sénateurs ont voté mercredi la proposition de loi adoptée par l'Assemblée en avril, en y ajoutant un contrôle parental activé par défaut sur les smartphones. Une commission mixte paritaire devra trouver un compromis."),
        ("lefigaro.fr", "05-13 19:10", "Majorité numérique : les sénateurs durcissent le texte sur les réseaux sociaux",
         "Le Sénat a adopté mercredi, par 251 voix contre 12, l'interdiction des réseaux sociaux aux moins de 15 ans, en étendant l'obligation de vérification d'âge aux messageries qui proposent des « stories »."),
    ]),
    # ------------------------------------------------ a rumour, then the official deal eight days later
    ("dassault-aras-rumour", "fresh13", [
        ("lesechos.fr", "04-02 05:30", "Dassault Systèmes en négociations pour racheter l'américain Aras",
         "Selon nos informations, l'éditeur de Vélizy discute du rachat du spécialiste des logiciels de gestion du cycle de vie des produits pour environ 1,5 milliard de dollars. Aucun accord n'est encore signé."),
        ("usine-digitale.fr", "04-02 10:15", "Dassault Systèmes lorgnerait Aras pour 1,5 milliard de dollars, selon Les Echos",
         "Le numéro un européen du logiciel mettrait la main sur un concurrent direct de sa gamme Enovia, très implanté dans l'aéronautique et la défense aux États-Unis. Ni Dassault Systèmes ni Aras n'ont fait de commentaire."),
    ]),
    ("dassault-aras-deal", "fresh13", [
        ("lemondeinformatique.fr", "04-10 07:00", "Dassault Systèmes officialise le rachat d’Aras pour 1,4 Md$",
         "Après une semaine de rumeurs, l’éditeur français a confirmé vendredi l’acquisition de l’américain spécialiste du PLM. L’opération, payée en numéraire, doit être finalisée au troisième trimestre sous réserve du feu vert des autorités de concurrence."),
        ("zdnet.fr", "04-10 12:30", "PLM : c'est officiel, 3DS met la main sur Aras",
         "Le groupe de Vélizy-Villacoublay a signé un accord définitif avec les actionnaires de l'éditeur du Massachusetts. Aras conservera sa marque, son équipe dirigeante et ses quelque 700 salariés."),
    ]),
    # ------------------------------------------------ retail
    ("carrefour-electronic-labels", "fresh13", [
        ("journaldunet.com", "04-03 08:00", "Carrefour généralise les étiquettes électroniques dans ses 250 hypermarchés",
         "Le distributeur va équiper l'ensemble de ses hypermarchés français d'étiquettes de gondole connectées d'ici fin 2027, un chantier de 120 millions d'euros qui doit aussi servir à guider les préparateurs de commandes en ligne."),
    ]),
    # ------------------------------------------------ streaming price rise
    ("netflix-price-rise-france", "fresh13", [
        ("frandroid.com", "04-06 09:00", "Netflix augmente encore ses prix en France : voici les nouveaux tarifs",
         "L'offre Standard avec publicité passe de 7,99 à 8,99 euros par mois, l'abonnement Standard de 14,99 à 15,99 euros et la formule Premium atteint 22,99 euros. La hausse s'applique dès aujourd'hui aux nouveaux abonnés."),
        ("tomsguide.fr", "04-06 11:20", "Abonnés Netflix : combien vous allez payer de plus à partir de mai",
         "Les abonnés existants seront prévenus par e-mail et verront le nouveau tarif appliqué à leur prochaine échéance à partir du mois de mai. La plateforme justifie cette hausse par l'enrichissement de son catalogue et l'arrivée du sport en direct."),
        ("presse-citron.net", "04-06 15:40", "Un euro de plus par mois : le géant du streaming rehausse toutes ses formules",
         "Nouvelle hausse pour Netflix en France, la troisième en deux ans : toutes les offres prennent un euro, l’abonnement Premium passant à 22,99 euros mensuels. Le partage de compte hors du foyer reste facturé en supplément."),
    ]),
    # ------------------------------------------------ one vendor, two distinct flaws in one week
    ("fortinet-fortios-zero-day", "fresh13", [
        ("lemagit.fr", "04-07 08:20", "Fortinet : patch d'urgence pour un zero-day de FortiOS activement exploité",
         "La faille CVE-2026-24811, notée 9,6 sur l'échelle CVSS, touche le SSL-VPN des pare-feu FortiGate et permet l'exécution de code à distance sans authentification. L'éditeur indique qu'elle est déjà exploitée dans des attaques ciblées."),
        ("silicon.fr", "04-07 10:45", "FortiGate : une faille critique du SSL-VPN exploitée, le correctif est disponible",
         "Fortinet presse ses clients de mettre à jour FortiOS vers les versions 7.4.9 et 7.6.4. Le CERT-FR a publié une alerte et recommande de rechercher des traces de compromission sur les équipements exposés à Internet."),
        ("zdnet.fr", "04-08 06:30", "Le CERT-FR alerte sur l’exploitation massive de la vulnérabilité des pare-feu FortiGate",
         "Plus de 2 000 équipements français exposés sur Internet seraient encore vulnérables à la CVE-2026-24811, corrigée mardi par Fortinet. L’agence recommande de désactiver le SSL-VPN en attendant la mise à jour."),
    ]),
    ("fortinet-fortiweb-flaw", "fresh13", [
        ("lemagit.fr", "04-10 09:10", "Fortinet : nouvelle faille critique, cette fois dans le pare-feu applicatif FortiWeb",
         "Trois jours après FortiOS, l'éditeur corrige la CVE-2026-25102, une injection de commandes dans l'interface d'administration de FortiWeb notée 9,1. Aucune exploitation n'est signalée à ce stade."),
        ("itforbusiness.fr", "04-10 14:00", "FortiWeb : Fortinet publie un correctif pour une vulnérabilité d'injection de commandes",
         "Les versions 7.2 à 7.6 du WAF sont concernées. Un attaquant authentifié pourrait exécuter des commandes système au moyen de requêtes HTTP forgées, selon le bulletin de sécurité publié vendredi par le fabricant."),
    ]),
    # ------------------------------------------------ job cuts, then a strike at the same firm a week later
    ("sfr-job-cuts", "fresh13", [
        ("linforme.com", "04-08 05:45", "SFR prépare un nouveau plan de départs de 1 200 postes",
         "Selon nos informations, l'opérateur au carré rouge va présenter aux syndicats une rupture conventionnelle collective visant ses fonctions support et son réseau de distribution, moins de trois ans après le précédent plan."),
        ("lesechos.fr", "04-08 09:30", "Télécoms : SFR veut supprimer 1 200 emplois, selon L'Informé",
         "L'opérateur d'Altice, engagé dans la restructuration de sa dette et la cession d'une partie de ses actifs, chercherait à réduire d'environ 12 % ses effectifs d'ici à 2027."),
        ("latribune.fr", "04-08 16:10", "1 200 postes menacés : la filiale télécoms de Patrick Drahi confirme un plan de départs",
         "SFR a confirmé mercredi l’ouverture de négociations sur un plan de départs volontaires, qui touchera surtout les boutiques et les centres de relation client. La direction exclut à ce stade tout licenciement contraint."),
    ]),
    ("sfr-strike", "fresh13", [
        ("bfmtv.com", "04-16 10:00", "Grève chez SFR : les salariés mobilisés contre le plan de départs",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés de l'opérateur se sont rassemblés jeudi matin devant le siège de Saint-Denis. Des boutiques sont fermées dans une dizaine de villes."),
        ("channelnews.fr", "04-16 15:30", "SFR : boutiques fermées et centres d'appels perturbés par un mouvement social",
         "Les syndicats CFDT, Unsa et CGT réclament le retrait du projet de 1 200 suppressions de postes présenté la semaine dernière et appellent à une nouvelle journée d'action fin avril."),
    ]),
    # ------------------------------------------------ a fine, then its appeal five days later
    ("cnil-cdiscount-fine", "fresh13", [
        ("next.ink", "04-09 11:00", "La CNIL inflige 18 millions d'euros d'amende à Cdiscount",
         "Le régulateur reproche au site de e-commerce bordelais d'avoir déposé des cookies publicitaires sans consentement et d'avoir conservé les données de clients inactifs pendant plus de dix ans."),
        ("numerama.com", "04-09 13:30", "Cookies et données clients : Cdiscount sanctionné par la CNIL",
         "La formation restreinte de la Commission a retenu quatre manquements au RGPD, dont l’absence de bouton « tout refuser » sur le bandeau de cookies de l’application mobile jusqu’à l’été 2025."),
        ("lesechos.fr", "04-09 17:00", "18 M€ : la plus lourde amende de la Cnil contre un e-commerçant français",
         "La Commission nationale de l'informatique et des libertés a sanctionné Cdiscount, filiale du groupe Casino, pour des manquements au RGPD et aux règles sur les traceurs. Le montant tient compte du chiffre d'affaires de la place de marché."),
    ]),
    ("cdiscount-appeal-conseil-etat", "fresh13", [
        ("lemondeinformatique.fr", "04-14 08:45", "Cdiscount conteste devant le Conseil d'État son amende de 18 M€",
         "Le e-commerçant a déposé un recours contre la sanction prononcée la semaine dernière par la CNIL, qu'il juge « disproportionnée ». Il demande aussi la suspension de la publication de la décision sur le site du régulateur."),
        ("zdnet.fr", "04-14 14:10", "Amende de la CNIL : Cdiscount fait appel",
         "Le site de vente en ligne saisit la plus haute juridiction administrative et affirme avoir corrigé l'ensemble des manquements relevés avant même la notification de la sanction."),
    ]),
    # ------------------------------------------------ two hospitals and a university hit the same week
    ("montlucon-hospital-ransomware", "fresh13", [
        ("lemagit.fr", "04-14 07:20", "Le centre hospitalier de Montluçon frappé par un rançongiciel",
         "L'établissement de l'Allier a détecté dans la nuit de lundi à mardi le chiffrement d'une partie de ses serveurs. Les équipes sont revenues au papier et les patients non urgents sont réorientés vers Vichy et Moulins."),
        ("bfmtv.com", "04-14 12:00", "Cyberattaque à l'hôpital de Montluçon : les urgences fonctionnent en mode dégradé",
         "La direction a déclenché sa cellule de crise et porté plainte. L'Agence régionale de santé Auvergne-Rhône-Alpes assure que la prise en charge des urgences vitales reste garantie."),
        ("zdnet.fr", "04-15 08:00", "L’attaque contre l’hôpital de Montluçon revendiquée par le groupe Qilin",
         "Le gang de rançongiciel affirme avoir dérobé 400 Go de données, dont des dossiers de patients, et menace de les publier sous dix jours. Le centre hospitalier dit ne pas négocier avec les attaquants."),
    ]),
    ("grenoble-university-intrusion", "fresh13", [
        ("silicon.fr", "04-15 13:20", "L'université Grenoble Alpes coupe ses systèmes après une intrusion informatique",
         "L'établissement a suspendu mercredi l'accès à son environnement numérique de travail et à sa messagerie pour ses 60 000 étudiants, après la détection d'une activité malveillante sur un serveur d'authentification."),
    ]),
    ("saint-nazaire-hospital-cyberattack", "fresh13", [
        ("lemagit.fr", "04-16 09:30", "Cyberattaque : le centre hospitalier de Saint-Nazaire touché à son tour",
         "Deux jours après Montluçon, l'hôpital de Loire-Atlantique a dû isoler son système d'information à la suite d'une attaque détectée mercredi soir. Aucune revendication n'a été publiée à ce stade."),
        ("01net.com", "04-16 16:40", "L’hôpital de Saint-Nazaire déclenche son plan blanc après une attaque informatique",
         "Consultations reportées, transferts de patients vers Nantes : l’établissement fonctionne sans informatique depuis jeudi matin. L’Anssi a dépêché une équipe sur place."),
    ]),
    # ------------------------------------------------ recurring format, same title two weeks running
    ("zdnet-cyber-week-0410", "fresh13", [
        ("zdnet.fr", "04-10 17:00", "Cybersécurité : ce qu'il ne fallait pas manquer cette semaine",
         "Zero-day FortiOS exploité, nouvelle faille FortiWeb, amende de la CNIL contre un e-commerçant et rançongiciels en hausse : notre sélection des actualités cyber des sept derniers jours."),
    ]),
    ("zdnet-cyber-week-0417", "fresh13", [
        ("zdnet.fr", "04-17 17:00", "Cybersécurité : ce qu'il ne fallait pas manquer cette semaine",
         "Deux hôpitaux et une université paralysés, un recours devant le Conseil d'État et une grève chez un opérateur : le récapitulatif des sujets cyber et numériques qui ont marqué la semaine."),
    ]),
    # ------------------------------------------------ two models of one AI line, two days apart
    ("mistral-medium-4", "fresh13", [
        ("usine-digitale.fr", "04-15 14:00", "Mistral AI lance Mistral Medium 4, son modèle le plus performant à ce jour",
         "La start-up parisienne présente un modèle multimodal qui revendique des performances proches des meilleurs modèles américains sur le code et le raisonnement, pour un prix huit fois inférieur par million de tokens."),
        ("numerama.com", "04-15 16:30", "Mistral Medium 4 : la pépite française veut rivaliser avec GPT-5 à prix cassé",
         "Disponible dès aujourd’hui dans Le Chat et via l’API, le nouveau modèle accepte des contextes de 256 000 tokens et peut être déployé sur les infrastructures des clients, y compris sans connexion à Internet."),
        ("journaldunet.com", "04-16 09:00", "Ce qu'il faut retenir du nouveau modèle de Mistral AI",
         "Tarifs, benchmarks, fenêtre de contexte et conditions de déploiement sur site : le point sur Medium 4, présenté mercredi par la start-up d'Arthur Mensch et déjà proposé par plusieurs clouds."),
    ]),
    ("jdn-ia-newsletter-87", "fresh13", [
        ("journaldunet.com", "04-16 12:00", "La newsletter IA du JDN #87 : Mistral accélère, les agents arrivent dans les ERP",
         "Au sommaire cette semaine : le nouveau modèle de Mistral AI passé au crible, les agents IA de SAP et Oracle, et notre sélection d'outils pour automatiser la veille concurrentielle."),
    ]),
    ("mistral-magistral-2", "fresh13", [
        ("clubic.com", "04-17 12:00", "Mistral AI dégaine Magistral 2, un modèle de raisonnement open source",
         "Deux jours après Medium 4, la start-up publie une nouvelle version de son modèle spécialisé dans le raisonnement pas à pas, disponible en 24 milliards de paramètres et téléchargeable librement."),
        ("next.ink", "04-17 15:00", "Magistral 2 : Mistral publie ses poids sous licence Apache 2.0",
         "Le modèle de raisonnement de Mistral AI gagne en précision sur les mathématiques et le code, et peut tourner sur une seule carte graphique grand public dans sa version quantifiée."),
    ]),
    # ------------------------------------------------ two leaks at two insurers, two days apart
    ("maaf-data-leak", "fresh13", [
        ("01net.com", "04-20 08:00", "MAAF victime d'une fuite de données : 1,3 million d'assurés concernés",
         "L'assureur mutualiste a confirmé lundi qu'un prestataire informatique avait été compromis, exposant les noms, adresses, numéros de contrat et parfois l'IBAN de ses sociétaires."),
        ("clubic.com", "04-20 11:15", "Fuite de données chez MAAF : noms, adresses et IBAN dans la nature",
         "Un échantillon de la base a été mis en vente sur un forum cybercriminel dès le week-end. L'assureur niortais a notifié la CNIL et commence à prévenir ses clients par e-mail."),
        ("lefigaro.fr", "04-21 07:30", "Assurés MAAF : comment savoir si vous êtes concernés par la fuite de données",
         "Après la compromission annoncée lundi, voici les bons réflexes : surveiller vos prélèvements, vous méfier des faux conseillers au téléphone et ne jamais communiquer de code reçu par SMS."),
    ]),
    ("region-idf-sovereign-cloud", "fresh13", [
        ("larevuedudigital.com", "04-21 10:00", "La Région Île-de-France confie son cloud à un hébergeur qualifié SecNumCloud",
         "La collectivité a attribué un marché de 45 millions d'euros sur six ans pour migrer ses applications métiers, ses lycées connectés et ses données de transport vers une offre de cloud de confiance."),
    ]),
    ("harmonie-mutuelle-data-leak", "fresh13", [
        ("numerama.com", "04-22 09:40", "Après MAAF, c’est au tour d’Harmonie Mutuelle d’être touchée par une fuite de données",
         "La première mutuelle santé de France reconnaît un accès non autorisé à un outil de gestion des remboursements. Les numéros de sécurité sociale d’une partie des adhérents figurent parmi les données exposées."),
        ("journaldugeek.com", "04-22 14:00", "Harmonie Mutuelle confirme le vol de données de 600 000 adhérents",
         "Identité, numéro de sécurité sociale et nom de l'organisme complémentaire : la mutuelle du groupe VYV a porté plainte et appelle ses adhérents à la vigilance face aux tentatives d'hameçonnage."),
    ]),
    # ------------------------------------------------ a launch, then a faulty update a week later
    ("nothing-phone-4-launch", "fresh13", [
        ("frandroid.com", "04-22 16:00", "Nothing Phone (4) officiel : prix, fiche technique et disponibilité",
         "La marque de Carl Pei dévoile son nouveau smartphone avec une puce Snapdragon 8s Gen 4, un écran de 6,7 pouces à 144 Hz et une interface Glyph redessinée. Il sera vendu en France à partir du 30 avril."),
        ("lesnumeriques.com", "04-22 16:30", "Nothing Phone (4) : prix, fiche technique et date de sortie du nouveau smartphone",
         "Le fabricant londonien relève son tarif de départ à 549 euros, contre 499 euros pour le modèle précédent, et promet cinq ans de mises à jour d'Android."),
        ("journaldugeek.com", "04-23 08:00", "On a pris en main le Nothing Phone (4) : nos premières impressions",
         "Dos transparent retravaillé, capteur photo de 50 mégapixels et bouton dédié à l’IA : nous avons pu manipuler le smartphone présenté mercredi soir à Londres, avant sa commercialisation la semaine prochaine."),
    ]),
    ("nothing-os-battery-bug", "fresh13", [
        ("frandroid.com", "04-29 10:20", "Nothing Phone (4) : une mise à jour vide la batterie, le constructeur suspend son déploiement",
         "De nombreux propriétaires signalent une autonomie divisée par deux depuis l'installation de Nothing OS 4.1. La marque reconnaît un bug lié à la synchronisation en arrière-plan et promet un correctif."),
        ("presse-citron.net", "04-29 18:00", "Nothing retire en urgence Nothing OS 4.1 après des plaintes sur l’autonomie",
         "Moins d’une semaine après le lancement de son nouveau smartphone, le fabricant stoppe la diffusion d’une mise à jour qui provoquait une surchauffe et une décharge rapide de la batterie."),
    ]),
    # ------------------------------------------------ chip maker results
    ("stmicro-q1-results", "fresh13", [
        ("lesechos.fr", "04-23 06:30", "STMicroelectronics renoue avec la croissance au premier trimestre",
         "Le fabricant franco-italien de semi-conducteurs a publié un chiffre d'affaires de 2,9 milliards de dollars, en hausse de 17 % sur un an, et prévoit une marge brute de 36 % au deuxième trimestre."),
        ("usine-digitale.fr", "04-23 11:00", "Semi-conducteurs : ST dépasse les attentes grâce aux data centers",
         "Les puces de gestion de l’alimentation destinées aux serveurs d’IA compensent la faiblesse persistante de l’automobile. Le groupe confirme son plan de réduction des coûts et la reconversion de son site de Crolles."),
    ]),
    # ------------------------------------------------ social network outage
    ("x-global-outage", "fresh13", [
        ("journaldugeek.com", "04-24 14:30", "X (ex-Twitter) en panne dans le monde entier",
         "Depuis 14 heures environ, le fil d'actualité refuse de se charger sur l'application comme sur le site web. Downdetector recense plus de 60 000 signalements en France et aux États-Unis."),
        ("01net.com", "04-24 15:10", "X en panne dans le monde entier : des dizaines de milliers de signalements",
         "Le réseau social d'Elon Musk reste inaccessible pour une large partie de ses utilisateurs. La plateforme n'a donné aucune explication, alors que le service revient progressivement aux États-Unis."),
    ]),
    # ------------------------------------------------ cloud provider investment
    ("aws-france-investment", "fresh13", [
        ("latribune.fr", "04-27 07:00", "Amazon Web Services va investir six milliards d'euros dans ses data centers en France",
         "La filiale cloud d'Amazon annonce une enveloppe de six milliards d'euros d'ici 2030 pour agrandir sa région parisienne et construire un nouveau campus dans les Hauts-de-France, avec 1 000 emplois à la clé."),
        ("silicon.fr", "04-27 10:30", "AWS annonce 6 Md€ d'investissements en France d'ici 2030",
         "Le fournisseur de cloud veut doubler la capacité de sa région eu-west-3 pour répondre à la demande en calcul pour l'IA. Le projet doit être présenté à l'Élysée en présence du ministre de l'Économie."),
        ("challenges.fr", "04-27 14:45", "Cloud : le numéro un mondial mise six milliards sur l’Hexagone",
         "Amazon Web Services promet un nouveau campus de data centers près de Lille et l’extension de ses sites franciliens. Un signal fort, au moment où les offres souveraines peinent à convaincre les grands comptes."),
    ]),
    # ------------------------------------------------ one firm, two authorities, two days
    ("shein-commission-dsa-probe", "fresh13", [
        ("numerama.com", "04-27 12:00", "DSA : la Commission européenne ouvre une enquête formelle contre Shein",
         "Bruxelles soupçonne la plateforme de ne pas lutter suffisamment contre la vente de produits illicites et dangereux, et s'interroge sur le caractère addictif de son interface. Shein risque jusqu'à 6 % de son chiffre d'affaires mondial."),
        ("lefigaro.fr", "04-27 15:20", "Produits illicites : Bruxelles lance une procédure contre Shein",
         "La Commission a notifié lundi au géant chinois de la mode en ligne l'ouverture d'une procédure au titre du règlement sur les services numériques, après des tests de produits jugés non conformes."),
    ]),
    ("shein-dgccrf-fine", "fresh13", [
        ("bfmtv.com", "04-28 08:30", "Affichage environnemental : la DGCCRF inflige 12 millions d'euros d'amende à Shein",
         "La répression des fraudes reproche au site de ne pas afficher l'impact environnemental de ses vêtements comme l'exige la loi contre la mode éphémère. Shein dispose de deux mois pour se mettre en conformité."),
        ("lesechos.fr", "04-28 11:00", "Shein sanctionné par Bercy pour non-respect de la loi anti-fast fashion",
         "Au lendemain de l’ouverture d’une enquête par Bruxelles, c’est au tour des autorités françaises de frapper le distributeur en ligne, avec une amende administrative de 12 millions d’euros."),
    ]),
    # ------------------------------------------------ a town leaves Microsoft
    ("montpellier-free-software", "fresh13", [
        ("next.ink", "04-29 10:00", "Montpellier Méditerranée Métropole abandonne Microsoft 365 pour une suite libre",
         "La collectivité a voté mardi soir la migration de ses postes de travail vers LibreOffice, Nextcloud et une messagerie open source d'ici fin 2027, en invoquant la souveraineté et le coût des licences."),
        ("larevuedudigital.com", "04-29 15:00", "Souveraineté numérique : la métropole de Montpellier migre 5 000 agents vers le logiciel libre",
         "Le plan, chiffré à 3 millions d’euros, prévoit la formation des agents et la bascule progressive des 31 communes membres qui le souhaitent. Les économies de licences sont estimées à 1,2 million par an."),
        ("cio-online.com", "04-30 08:30", "« Nous ne voulions plus subir les hausses tarifaires » : entretien avec le DSI de Montpellier Métropole",
         "Au lendemain du vote, le directeur des systèmes d'information de la métropole détaille le calendrier de sortie de Microsoft 365, les retours d'expérience de Lyon et les difficultés anticipées."),
    ]),
    ("dontnod-new-game", "fresh13", [
        ("journaldugeek.com", "04-30 17:00", "Don't Nod dévoile son prochain jeu narratif, attendu en 2027",
         "Le studio parisien, à qui l'on doit Life is Strange, présente un récit d'aventure situé dans la Camargue des années 1990, développé par son équipe de Montréal et autoédité sur PC et consoles."),
    ]),
    ("qonto-credit-institution", "fresh13", [
        ("maddyness.com", "04-30 09:00", "Qonto obtient son agrément d'établissement de crédit et pourra proposer des prêts",
         "La néobanque des PME et des indépendants a reçu le feu vert de l'ACPR et de la BCE, deux ans après sa demande. Elle compte lancer ses premiers crédits de trésorerie avant la fin de l'année."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions in one week
    ("capgemini-buys-datashift", "fresh13", [
        ("lemondeinformatique.fr", "05-04 08:00", "Capgemini s'offre le cabinet belge Datashift",
         "L'ESN française acquiert ce spécialiste de la gouvernance des données et de l'IA, qui compte 250 consultants à Malines et Gand. Le montant de la transaction n'a pas été communiqué."),
        ("channelnews.fr", "05-04 13:00", "Data & IA : Capgemini rachète le belge Datashift",
         "Avec ce deal, le groupe renforce sa practice data au Benelux, où il vise une croissance à deux chiffres. Datashift sera intégré à l’entité Insights & Data."),
    ]),
    ("capgemini-buys-syret", "fresh13", [
        ("itforbusiness.fr", "05-07 09:00", "Capgemini poursuit ses emplettes avec un expert allemand de la cybersécurité",
         "Trois jours après une acquisition en Belgique, l'ESN annonce le rachat de Syret Security, un cabinet de Munich de 400 personnes spécialisé dans la protection des systèmes industriels."),
        ("silicon.fr", "05-07 11:30", "Après Datashift, Capgemini acquiert l'allemand Syret Security",
         "Le groupe parisien met la main sur un spécialiste de la sécurité des environnements OT, très présent dans l'automobile et l'énergie outre-Rhin. La finalisation est attendue d'ici l'été."),
    ]),
    # ------------------------------------------------ two outages of one operator, three days apart
    ("orange-mobile-outage", "fresh13", [
        ("bfmtv.com", "05-05 09:15", "Panne géante chez Orange : des millions d'abonnés mobiles privés de réseau",
         "Depuis 7 heures ce mardi, de nombreux clients ne peuvent plus passer d'appels ni utiliser les données mobiles. Les numéros d'urgence sont également perturbés dans plusieurs régions."),
        ("01net.com", "05-05 10:00", "Orange en panne : appels et données mobiles coupés dans toute la France",
         "L'opérateur confirme un « incident technique majeur » sur son cœur de réseau mobile. Les clients de Sosh et des MVNO hébergés sur son réseau sont aussi touchés."),
        ("frandroid.com", "05-05 17:30", "Panne Orange : l’opérateur explique l’origine de la coupure et promet un geste commercial",
         "Une mise à jour logicielle défectueuse sur des équipements de cœur de réseau serait en cause. Le service est rétabli depuis 13 heures et les abonnés touchés recevront un avoir sur leur prochaine facture."),
        ("lesechos.fr", "05-06 06:45", "Après la panne géante de mardi, le gouvernement convoque la direction d'Orange",
         "La ministre chargée du Numérique veut des explications sur la coupure de six heures qui a privé une partie du pays d'accès aux numéros d'urgence. L'Arcep a ouvert une enquête administrative."),
    ]),
    ("daily-tech-digest-0505", "fresh13", [
        ("clubic.com", "05-05 19:00", "Les 5 infos tech à retenir ce mardi",
         "Panne géante d'un opérateur, rachat dans le conseil, nouvelle console en précommande et mise à jour Windows : le récapitulatif de l'actualité high-tech de la journée."),
    ]),
    ("anssi-health-threat-report", "fresh13", [
        ("itforbusiness.fr", "05-06 10:00", "L'Anssi publie son état de la menace visant les établissements de santé",
         "L'agence a traité 61 incidents de rançongiciel touchant des hôpitaux et cliniques en 2025, un chiffre en légère baisse, mais alerte sur la multiplication des attaques via les prestataires et les comptes VPN compromis."),
    ]),
    ("orange-fiber-outage-southeast", "fresh13", [
        ("clubic.com", "05-08 19:00", "Nouvelle panne chez Orange : la fibre coupée pour des milliers de clients dans le Sud-Est",
         "Box hors ligne et télévision indisponible : depuis la fin d'après-midi, des abonnés fibre des Bouches-du-Rhône, du Var et des Alpes-Maritimes sont privés d'Internet."),
        ("numerama.com", "05-08 21:00", "Orange : trois jours après la panne mobile, une coupure Internet touche Marseille et Nice",
         "L’opérateur évoque un câble de fibre optique sectionné lors de travaux sur un axe de collecte régional, sans lien avec l’incident de mardi. Le rétablissement est prévu dans la nuit."),
    ]),
    # ------------------------------------------------ bank app outage
    ("bnp-app-outage", "fresh13", [
        ("bfmtv.com", "05-11 08:40", "Panne de l'application BNP Paribas : des clients privés d'accès à leurs comptes",
         "Depuis le début de la matinée, l'application Mes Comptes et le site web de la banque affichent un message d'erreur. Certains paiements par carte ont aussi été refusés."),
        ("lefigaro.fr", "05-11 12:00", "« Impossible de payer mes courses » : les clients d’une grande banque dans l’embarras après une panne",
         "BNP Paribas évoque un incident sur l’un de ses centres informatiques et assure que les opérations seront bien traitées. Le service est rétabli en fin de matinée, après près de quatre heures de perturbations."),
    ]),
    # ------------------------------------------------ two funding rounds in one sector, same day
    ("alice-bob-series-c", "fresh13", [
        ("maddyness.com", "05-12 07:00", "Alice & Bob lève 90 millions d'euros pour son ordinateur quantique",
         "La start-up parisienne, qui développe des qubits de chat résistants aux erreurs, boucle une série C menée par un fonds américain. Elle vise un premier calculateur utile d'ici 2030."),
        ("frenchweb.fr", "05-12 09:20", "Alice & Bob lève 90 M€ pour son ordinateur quantique tolérant aux fautes",
         "Bpifrance et le fonds d'innovation de la défense remettent au pot. Les fonds serviront à construire un nouveau laboratoire à Paris et à doubler l'équipe, aujourd'hui forte de 150 personnes."),
    ]),
    ("quandela-funding", "fresh13", [
        ("frenchweb.fr", "05-12 10:30", "Quandela lève 60 millions d'euros pour industrialiser ses processeurs photoniques",
         "La pépite de Massy, qui conçoit des ordinateurs quantiques à base de photons, accueille un industriel japonais à son capital et veut ouvrir une seconde usine en Europe."),
        ("lesechos.fr", "05-12 12:00", "Calcul quantique : Quandela réunit 60 millions auprès d’investisseurs européens et japonais",
         "La levée, la deuxième de cette taille pour la start-up, doit financer la production en série de ses machines destinées aux centres de calcul et aux laboratoires de défense."),
    ]),
    # ------------------------------------------------ results, then job cuts five days later
    ("ubisoft-annual-results", "fresh13", [
        ("lesechos.fr", "05-14 06:00", "Ubisoft publie une perte annuelle de 480 millions d'euros",
         "L'éditeur de jeux vidéo a vu ses ventes nettes reculer de 9 % sur l'exercice clos fin mars, faute de grande sortie. Il annonce un report de deux titres et vise un retour à l'équilibre en 2027."),
        ("journaldugeek.com", "05-14 10:00", "Ubisoft : des résultats dans le rouge malgré l’apport de Tencent",
         "La nouvelle filiale Vantage Studios, qui regroupe Assassin’s Creed, Far Cry et Rainbow Six, n’a pas suffi à compenser le repli des ventes de l’éditeur français sur son exercice 2025-2026."),
        ("challenges.fr", "05-14 15:00", "« Une année de transition » : Yves Guillemot défend son bilan devant les investisseurs",
         "Le PDG d'Ubisoft assure que la réorganisation du groupe en maisons créatives portera ses fruits, alors que l'action a encore perdu 12 % à la Bourse de Paris après la publication des comptes annuels."),
    ]),
    ("weekly-tech-podcast-0515", "fresh13", [
        ("01net.com", "05-15 16:00", "Le podcast de la rédaction : faut-il avoir peur des agents IA ?",
         "Dans ce nouvel épisode de notre rendez-vous hebdomadaire, nos journalistes débattent des assistants capables d'agir à notre place sur le web et reviennent sur les actualités de la semaine."),
    ]),
    # ------------------------------------------------ two CEO appointments the same day
    ("orange-business-new-ceo", "fresh13", [
        ("lemondeinformatique.fr", "05-18 09:00", "Orange Business change de patron",
         "La filiale de services aux entreprises de l'opérateur sera dirigée à partir du 1er juin par Nathalie Cassagne, jusqu'ici directrice des opérations. Elle aura la charge de finaliser le plan de recentrage sur le cloud et la cybersécurité."),
        ("channelnews.fr", "05-18 14:00", "Nathalie Cassagne prend la tête d’Orange Business",
         "Entrée chez Orange en 2004, la nouvelle directrice générale hérite d’une entité de 28 000 salariés en pleine transformation, dont les activités historiques de réseau continuent de décliner."),
    ]),
    ("ledger-new-ceo", "fresh13", [
        ("frenchweb.fr", "05-18 10:00", "Ledger nomme un nouveau directeur général, Pascal Gauthier devient président exécutif",
         "Le fabricant français de portefeuilles de cryptomonnaies confie la direction opérationnelle à un ancien dirigeant de la fintech britannique Revolut, à l'approche d'une possible introduction en Bourse à New York."),
    ]),
    ("ubisoft-job-cuts", "fresh13", [
        ("linforme.com", "05-19 06:00", "Ubisoft va supprimer 350 postes en France",
         "Selon nos informations, l'éditeur présentera jeudi aux représentants du personnel un plan de départs touchant ses studios de Montpellier, d'Annecy et son siège de Saint-Mandé."),
        ("bfmtv.com", "05-19 12:00", "Ubisoft prépare un plan de suppressions de postes dans ses studios français, selon L'Informé",
         "Cinq jours après des résultats annuels décevants, le groupe de la famille Guillemot s'apprêterait à réduire ses effectifs français d'environ 8 %, après plusieurs fermetures de studios à l'étranger."),
        ("numerama.com", "05-20 08:00", "Pourquoi Ubisoft taille encore dans ses effectifs",
         "Jeux reportés, coûts de développement qui explosent, pression de Tencent : les raisons du nouveau plan de 350 suppressions de postes que l’éditeur doit présenter cette semaine."),
    ]),
    # ------------------------------------------------ one firm, two announcements the same evening
    ("google-io-gemini-35", "fresh13", [
        ("numerama.com", "05-19 18:30", "Google I/O 2026 : Gemini 3.5 arrive avec un mode agent dans Chrome",
         "En ouverture de sa conférence des développeurs, Google a présenté la nouvelle génération de son modèle d'IA, capable de remplir des formulaires et de réserver des services directement dans le navigateur."),
        ("frandroid.com", "05-19 19:00", "Gemini 3.5 officialisé : tout ce qu'annonce Google pour son IA",
         "Nouveau modèle plus rapide, mode Deep Think étendu, intégration dans Gmail et Android : le récapitulatif des annonces IA de la keynote de Mountain View."),
        ("01net.com", "05-20 07:00", "Le géant de Mountain View muscle son assistant IA : les nouveautés à retenir",
         "Gemini 3.5 sera déployé dès cette semaine pour les abonnés payants, avant une ouverture plus large cet été. Google promet des réponses deux fois plus rapides et un mode agent dans son navigateur."),
        ("tomsguide.fr", "05-20 10:30", "Gemini 3.5 : quand et comment en profiter en France",
         "Abonnement nécessaire, langues prises en charge, fonctions absentes en Europe : ce que les utilisateurs français peuvent attendre du modèle présenté mardi soir lors de la Google I/O."),
    ]),
    ("google-android-xr-glasses", "fresh13", [
        ("lesnumeriques.com", "05-19 19:30", "Google dévoile ses premières lunettes Android XR avec Samsung et Gentle Monster",
         "Lors de la Google I/O, le groupe a montré des lunettes dotées d'une caméra, de haut-parleurs et d'un petit affichage dans le verre droit, attendues à la fin de l'année à un prix non communiqué."),
        ("journaldugeek.com", "05-20 08:30", "Lunettes connectées : Google veut réussir là où les Google Glass ont échoué",
         "Douze ans après son premier échec, la firme revient sur le marché avec un modèle plus discret, conçu avec des lunetiers et piloté par la voix de son assistant."),
    ]),
    # ------------------------------------------------ carmaker recall
    ("stellantis-camera-recall", "fresh13", [
        ("usine-digitale.fr", "05-20 09:00", "Stellantis rappelle 280 000 véhicules pour un défaut logiciel de la caméra de recul",
         "Le constructeur va mettre à jour à distance ou en atelier le logiciel de l'écran multimédia de plusieurs modèles produits entre 2023 et 2025, dont l'image de recul peut se figer."),
        ("lesnumeriques.com", "05-20 16:00", "Peugeot, Citroën, Opel : 280 000 voitures rappelées à cause d’un bug de caméra de recul",
         "Les Peugeot 208 et 2008, les Citroën C4 et les Opel Corsa sont concernées. Les propriétaires seront contactés par courrier ; la mise à jour est gratuite et prend une trentaine de minutes."),
    ]),
    # ------------------------------------------------ court
    ("iptv-vpn-appeal-court", "fresh13", [
        ("next.ink", "05-22 11:00", "Piratage sportif : la cour d'appel de Paris confirme le blocage de sites IPTV par les VPN",
         "Saisie par plusieurs fournisseurs de VPN, la cour a confirmé vendredi leur obligation de bloquer les services illicites de diffusion de matchs signalés par Canal+ et la Ligue de football professionnel."),
        ("01net.com", "05-22 17:00", "NordVPN, Proton, Surfshark : la justice maintient l'obligation de bloquer l'IPTV illégal",
         "Les fournisseurs de réseaux privés virtuels perdent en appel face aux ayants droit du sport. Ils devront continuer de couper l'accès à des centaines de domaines mis à jour chaque semaine."),
    ]),
    # ------------------------------------------------ cloud qualification and a ministry
    ("ovhcloud-secnumcloud-ai", "fresh13", [
        ("lemagit.fr", "05-26 08:30", "OVHcloud décroche la qualification SecNumCloud pour sa plateforme d'IA managée",
         "Le fournisseur roubaisien peut désormais proposer aux administrations et aux opérateurs d'importance vitale ses services d'inférence et d'entraînement de modèles dans un cadre de cloud de confiance."),
        ("silicon.fr", "05-26 13:00", "SecNumCloud : le cloud de confiance d’OVHcloud s’étend à l’IA générative",
         "Après ses offres d’hébergement et de bare metal, le groupe obtient le visa de l’Anssi pour son catalogue AI Endpoints, une première pour un acteur européen sur ce type de service."),
    ]),
    ("education-ministry-ai-assistant", "fresh13", [
        ("lefigaro.fr", "05-26 10:00", "L'Éducation nationale généralise un assistant d'IA pour les enseignants à la rentrée",
         "Le ministère va mettre à disposition des 850 000 professeurs un outil d'aide à la préparation des cours et à la correction, hébergé en France et fondé sur un modèle open source."),
        ("numerama.com", "05-26 14:30", "« Un outil, pas un remplaçant » : le ministère dévoile son IA pour les profs",
         "Annoncé mardi par la ministre de l’Éducation nationale, l’assistant sera accessible depuis l’espace numérique des enseignants dès septembre. Les syndicats s’inquiètent de l’usage des copies des élèves."),
    ]),
    # ------------------------------------------------ two chip firms' results the same day
    ("nvidia-q1-results", "fresh13", [
        ("lesechos.fr", "05-27 21:30", "Nvidia pulvérise encore les attentes avec 75 milliards de dollars de chiffre d'affaires",
         "Le concepteur de puces a publié mercredi soir des revenus trimestriels en hausse de 70 % sur un an, portés par les data centers, et prévoit 82 milliards pour le trimestre en cours."),
        ("bfmtv.com", "05-27 22:10", "Nvidia : des résultats records portés par les puces Blackwell Ultra",
         "Les ventes destinées aux centres de données représentent désormais près de 90 % de l'activité du groupe de Jensen Huang, qui annonce un nouveau programme de rachat d'actions."),
        ("zdnet.fr", "05-28 07:00", "75 milliards de dollars en un trimestre : le roi des GPU n’en finit plus de croître",
         "Nvidia a encore dépassé le consensus des analystes, malgré les restrictions d’exportation vers la Chine. Le titre gagnait 4 % dans les échanges après la clôture de Wall Street."),
    ]),
    ("soitec-guidance-cut", "fresh13", [
        ("latribune.fr", "05-27 17:45", "Soitec abaisse encore ses prévisions et plonge en Bourse",
         "Le fabricant isérois de plaquettes de silicium sur isolant anticipe un nouveau recul de ses ventes sur l'exercice en cours, pénalisé par le ralentissement des smartphones et de l'automobile."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)

__all__ = ["ALIASES", "ARTICLES"]
