"""The 64th fresh labelled set (AI and start-ups, June to August 2026), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh64".
Positives: a funding round told five ways (a periphrasis-only title "Le champion français de l'IA générative
change de dimension", a figure-only title "25 milliards : la pépite d'Arthur Mensch...", an English "Big deal"
title, a "selon Les Echos" relay, a terse "à quoi serviront les 2 milliards" the next day); a Poolside round
named only by periphrasis in one article; "Layoffs chez Owkin"; an executive move told from both sides
("H Company perd son directeur technique" / "Google DeepMind recrute le cofondateur de la start-up française
H"); a CNIL fine retold as "Vos selfies aspirés pour entraîner une IA"; a site named without its tenant
("Bruyères-le-Châtel, futur cœur du calcul de l'IA française"); a cloud outage named only as "La filiale
cloud d'Iliad dans le noir"; post-mortems the next day (Scaleway, Le Chat); a hands-on test of a model the
day after its launch; an acquisition rumour with the denial and a minister's reaction; quotes as titles
(Macron, Jensen Huang, Arthur Mensch); terse follow-ups on a receivership and on an acquisition.
Hard negatives: two Mistral AI announcements on one VivaTech stage (Medium 4 model / Essonne computing
campus), then the same campus's first stone two months later; Macron's AI plan and Nvidia's Paris lab in
the same VivaTech week; Le Chat's voice mode launch, then its "répond en anglais" bug three days later; two
Le Chat outages six days apart (the later one vague); two Scaleway outages three days apart (the later one
vague about place, and citing the first); two Hugging Face acquisitions a month apart; Dust and Pleias
rounds on the same morning; two legal-AI start-ups each raising 40 M EUR with Bpifrance eight days apart;
two partnerships of Mistral AI four days apart (Airbus, SNCF, the second citing the first); Mistral AI's
COO leaving and H's CTO leaving two days later; that COO's departure, then her own start-up's seed round a
month later; Synthia's layoffs, then its receivership six weeks later; Owkin's Sanofi deal, then its
layoffs citing it; LightOn's half-year revenue, then a defence contract; two Kyutai models, and a Kyutai
and a Hugging Face open model on the same day; a CNIL fine, then the appeal six weeks later; the European
Parliament's AI Act delay vote, then the 2 August explainers; Fortinet critical fixes a month apart
(FortiOS / FortiWeb); ransomware in two neighbouring départements two days apart (Yonne / Nièvre);
Ubisoft's departure plan, then a strike three days later; iOS 27 and macOS 27 at one WWDC keynote; One UI
9 rollout, then "la batterie fond" three days later; Capgemini and Sopra Steria half-year results the
same morning; Free Mobile and SFR outages the same day; weekly funding roundups (usine-digitale, three
weeks), 01net weekly AI digests (two consecutive weeks), Frandroid weekend deals (two), JDN monthly
funding barometers (June, July), each a story of its own; single AI items (Giskard, Zama, Pigment, Alan,
Doctolib, Station F, Orange-OpenAI, Mistral in Singapore) beside the bigger stories on the same firms.
`build` fixes the year 2026; times are UTC, June, July and August 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 1.000, recall 0.724 (0.978 /
0.724 on 13a24e1, the code that landed at stop 26); nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Mistral AI raises 2 bn EUR (series D), valued 25 bn
    ("mistral-series-d", "fresh64", [
        ("lesechos.fr", "06-02 05:30",
         "Mistral AI lève 2 milliards d'euros et triple sa valorisation",
         "La start-up française d'intelligence artificielle boucle un tour de table mené par le fonds américain Lightspeed, qui la valorise 25 milliards d'euros, selon nos informations."),
        ("bfmtv.com", "06-02 07:45",
         "Le champion français de l'IA générative change de dimension",
         "La jeune pousse d'Arthur Mensch s'apprête à annoncer une levée de 2 milliards d'euros, selon Les Echos. Nvidia et Bpifrance remettent au pot."),
        ("usine-digitale.fr", "06-02 09:20",
         "Mistral AI confirme une levée de fonds de 2 milliards d'euros menée par Lightspeed",
         "Le créateur de Le Chat officialise une série D qui porte sa valorisation à 25 milliards d'euros, la plus élevée pour une start-up européenne."),
        ("maddyness.com", "06-02 11:05",
         "25 milliards : la pépite d'Arthur Mensch entre dans une autre catégorie",
         "Deux ans après sa précédente opération, la start-up parisienne multiplie sa valeur par trois et devient la jeune pousse la mieux valorisée du continent."),
        ("frenchweb.fr", "06-02 14:40",
         "Big deal : 2 Md€ pour Mistral AI",
         "Lightspeed mène le tour, Nvidia, Bpifrance et General Catalyst suivent : le détail de la plus grosse opération de la French Tech cette année."),
        ("lemondeinformatique.fr", "06-03 08:10",
         "Mistral AI : à quoi serviront les 2 milliards levés",
         "Puissance de calcul, recrutements, expansion aux États-Unis et en Asie : la start-up détaille l'usage de sa série D, bouclée mardi."),
    ]),
    # ---------------------------------------------- Alan launches an AI assistant for doctors (single)
    ("alan-assistant-medecins", "fresh64", [
        ("journaldunet.com", "06-03 10:00",
         "Alan lance un assistant IA pour aider les médecins à rédiger leurs comptes rendus",
         "L'assureur santé français propose gratuitement à 5 000 généralistes partenaires un outil de transcription et de synthèse des consultations."),
    ]),
    # ---------------------------------------------- Hugging Face buys Mecanix (robotics simulation, Bordeaux)
    ("hf-rachat-mecanix", "fresh64", [
        ("usine-digitale.fr", "06-04 08:00",
         "Hugging Face rachète Mecanix, spécialiste bordelais de la simulation robotique",
         "La plateforme franco-américaine de l'IA ouverte s'offre la start-up de 25 personnes, dont les outils permettent d'entraîner des robots dans des environnements virtuels."),
        ("lemagit.fr", "06-04 10:15",
         "Robotique : Hugging Face s'offre la start-up Mecanix",
         "Le montant de l'opération n'est pas communiqué ; les simulateurs de Mecanix seront publiés en open source sur le hub de Hugging Face."),
        ("numerama.com", "06-04 16:50",
         "Pourquoi la plateforme préférée des développeurs d'IA se met aux robots",
         "Avec le rachat de la pépite bordelaise Mecanix, Hugging Face poursuit son virage vers la robotique ouverte, un an après ses premiers bras robotisés à bas coût."),
    ]),
    # ---------------------------------------------- Synthia (Nantes, AI avatars) cuts 30 jobs
    ("synthia-licenciements", "fresh64", [
        ("linforme.com", "06-05 06:20",
         "Synthia, la start-up nantaise des avatars IA, taille dans ses effectifs",
         "Selon nos informations, l'éditeur de vidéos générées par IA va se séparer d'une trentaine de salariés, soit près d'un tiers de ses équipes."),
        ("maddyness.com", "06-05 12:30",
         "Synthia supprime 30 postes faute de nouveau financement",
         "La jeune pousse nantaise, qui n'a pas réussi à boucler sa série B, réduit la voilure, selon L'Informé."),
    ]),
    # ---------------------------------------------- Scaleway outage at DC5 (Paris region)
    ("scaleway-panne-dc5", "fresh64", [
        ("lemagit.fr", "06-08 09:10",
         "Scaleway : une panne électrique prive des clients de leurs serveurs en région parisienne",
         "Une défaillance de l'alimentation du datacenter DC5, à Saint-Ouen-l'Aumône, a rendu indisponibles des milliers d'instances dans la nuit de dimanche à lundi."),
        ("next.ink", "06-08 11:30",
         "La filiale cloud d'Iliad dans le noir pendant quatre heures",
         "Instances, stockage objet, bases managées : une coupure électrique dans le Val-d'Oise a paralysé une partie des services de l'hébergeur dimanche soir."),
        ("silicon.fr", "06-09 08:00",
         "Panne de Scaleway : l'hébergeur livre son post-mortem",
         "Un onduleur défectueux et une bascule ratée sur les groupes électrogènes expliquent l'incident qui a touché le site DC5 ; Scaleway promet des avoirs à ses clients."),
    ]),
    # ---------------------------------------------- WWDC keynote: iOS 27
    ("apple-ios-27", "fresh64", [
        ("frandroid.com", "06-08 18:10",
         "iOS 27 officialisé : Apple mise tout sur un Siri repensé",
         "À la WWDC, Apple a présenté la prochaine version du système de l'iPhone, avec un assistant capable d'agir dans les applications et une interface retouchée."),
        ("01net.com", "06-08 18:40",
         "iOS 27 : toutes les nouveautés annoncées à la WWDC",
         "Siri conversationnel, traduction en direct dans les appels, nouvelle app Mots de passe : le tour complet de la mise à jour attendue en septembre."),
        ("lesnumeriques.com", "06-09 07:30",
         "iOS 27 : quels iPhone pourront l'installer ?",
         "La mise à jour présentée lundi abandonne les iPhone XS et XR ; voici la liste des modèles compatibles."),
    ]),
    # ---------------------------------------------- same WWDC keynote: macOS 27 (another product)
    ("apple-macos-27", "fresh64", [
        ("01net.com", "06-08 19:05",
         "macOS 27 : Apple dévoile la nouvelle version de son système pour Mac",
         "Fenêtres flottantes, Spotlight dopé à l'IA et intégration de l'iPhone : les nouveautés du système des Mac présenté lundi soir."),
        ("clubic.com", "06-09 06:50",
         "WWDC : macOS 27 tire un trait sur les derniers Mac Intel",
         "Comme annoncé l'an dernier, la nouvelle version du système de bureau d'Apple ne fonctionnera que sur les Mac à puce Apple Silicon."),
    ]),
    # ---------------------------------------------- Fortinet fixes a critical FortiOS SSL VPN flaw (June)
    ("fortinet-fortios-juin", "fresh64", [
        ("lemagit.fr", "06-09 20:15",
         "Fortinet corrige une faille critique dans FortiOS",
         "La vulnérabilité CVE-2026-24791, notée 9,8, permet l'exécution de code à distance sans authentification sur les pare-feu FortiGate via le VPN SSL."),
        ("zdnet.fr", "06-10 08:30",
         "FortiGate : une vulnérabilité critique à corriger d'urgence",
         "Fortinet publie un correctif pour une faille de son VPN SSL exploitable à distance ; le CERT-FR recommande une mise à jour immédiate."),
    ]),
    # ---------------------------------------------- Giskard raises 15 M EUR (single)
    ("giskard-levee", "fresh64", [
        ("maddyness.com", "06-09 07:00",
         "Giskard lève 15 millions d'euros pour tester la fiabilité des IA",
         "La start-up parisienne, qui détecte les hallucinations et les biais des agents conversationnels, boucle une série A menée par Elaia."),
    ]),
    # ---------------------------------------------- Mistral AI buys Vocalis (Lyon, speech synthesis)
    ("mistral-rachat-vocalis", "fresh64", [
        ("lesechos.fr", "06-10 06:00",
         "Mistral AI s'offre Vocalis, pépite lyonnaise de la voix de synthèse",
         "Une semaine après sa levée de 2 milliards, la start-up parisienne réalise sa première acquisition en France, pour un montant estimé à une centaine de millions d'euros."),
        ("usine-digitale.fr", "06-10 09:40",
         "Premier rachat en France pour Mistral AI, qui acquiert Vocalis",
         "Les 45 salariés de la jeune pousse lyonnaise rejoindront les équipes audio de Mistral AI, qui veut muscler ses modèles vocaux."),
        ("journaldunet.com", "06-11 08:30",
         "Vocalis chez Mistral : ce que le rachat change pour les clients",
         "Les contrats des centres d'appels équipés par Vocalis seront honorés, mais la marque disparaîtra d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- second Scaleway incident, GPU instances (vague on place)
    ("scaleway-panne-gpu", "fresh64", [
        ("lemagit.fr", "06-11 07:40",
         "Scaleway : des instances GPU inaccessibles pendant deux heures",
         "Des clients du fournisseur de cloud ont perdu l'accès à leurs machines GPU mercredi soir ; l'incident serait lié à une mise à jour du réseau."),
        ("01net.com", "06-11 10:20",
         "Scaleway de nouveau en difficulté",
         "Trois jours après la panne de son datacenter DC5, le cloud d'Iliad a connu un nouvel incident, cette fois logiciel, sur ses offres de calcul pour l'IA."),
    ]),
    # ---------------------------------------------- Bioptimus raises 70 M USD (biology foundation model)
    ("bioptimus-serie-b", "fresh64", [
        ("lesechos.fr", "06-12 06:00",
         "Bioptimus lève 70 millions de dollars pour son modèle de fondation biologique",
         "La start-up parisienne, qui entraîne une IA sur des données de pathologie et de génomique, boucle une série B menée par Sofinnova."),
        ("usine-digitale.fr", "06-12 09:00",
         "IA et biologie : Bioptimus boucle une série B de 70 M$",
         "Le fonds servira à entraîner la prochaine génération de son modèle H-Optimus et à ouvrir un bureau à Boston."),
        ("frenchweb.fr", "06-12 15:20",
         "La jeune pousse qui veut créer le GPT de la biologie remet 70 millions au pot",
         "Fondée en 2024 par d'anciens chercheurs de Google DeepMind, la start-up parisienne triple sa valorisation en dix-huit mois."),
    ]),
    # ---------------------------------------------- weekly roundup, usine-digitale, week 24
    ("ud-levees-s24", "fresh64", [
        ("usine-digitale.fr", "06-12 17:00",
         "French Tech : les levées de fonds de la semaine (Bioptimus, Giskard…)",
         "Chaque vendredi, notre récapitulatif des tours de table de la semaine : Bioptimus, Giskard et une dizaine d'autres jeunes pousses ont levé 140 millions d'euros."),
    ]),
    # ---------------------------------------------- CNIL fines Visiomatic 5 M EUR (face scraping)
    ("cnil-amende-visiomatic", "fresh64", [
        ("lemondeinformatique.fr", "06-15 10:00",
         "La CNIL inflige 5 millions d'euros d'amende à Visiomatic",
         "La start-up toulousaine de reconnaissance faciale est sanctionnée pour avoir constitué sa base d'entraînement en aspirant des millions de photos sur les réseaux sociaux."),
        ("next.ink", "06-15 12:40",
         "Reconnaissance faciale : la CNIL sanctionne le moissonnage de photos",
         "Le gendarme des données personnelles condamne Visiomatic à 5 millions d'euros et lui ordonne d'effacer les images collectées sans base légale."),
        ("numerama.com", "06-16 07:15",
         "Vos selfies aspirés pour entraîner une IA : la CNIL frappe fort",
         "L'entreprise toulousaine a collecté des photos publiques sans prévenir les personnes concernées. Elle devra payer 5 millions d'euros."),
    ]),
    # ---------------------------------------------- Station F opens an AI campus (single)
    ("station-f-campus-ia", "fresh64", [
        ("lefigaro.fr", "06-16 06:30",
         "Station F inaugure un bâtiment entièrement consacré à l'IA",
         "Le campus de start-ups de Xavier Niel ouvre à deux pas de la halle Freyssinet un espace de 600 postes réservé aux jeunes pousses de l'intelligence artificielle."),
    ]),
    # ---------------------------------------------- Nvidia opens a robotics research lab in Paris
    ("nvidia-labo-paris", "fresh64", [
        ("lesechos.fr", "06-16 07:00",
         "Nvidia va ouvrir un centre de recherche en robotique à Paris",
         "Jensen Huang doit annoncer mardi, en marge de VivaTech, l'installation de 300 chercheurs dans la capitale d'ici 2028."),
        ("bfmtv.com", "06-16 15:30",
         "Jensen Huang : « Paris sera l'un de nos grands centres de recherche »",
         "Le patron du géant américain des puces a confirmé l'ouverture d'un laboratoire consacré à la robotique et à l'IA physique, avec 300 chercheurs."),
    ]),
    # ---------------------------------------------- VivaTech: Mistral Medium 4 model
    ("mistral-medium-4", "fresh64", [
        ("usine-digitale.fr", "06-17 09:30",
         "VivaTech : Mistral AI dévoile Mistral Medium 4",
         "Le nouveau modèle de la start-up, multimodal et doté d'une fenêtre de contexte d'un million de jetons, est disponible dès aujourd'hui dans Le Chat et via API."),
        ("numerama.com", "06-17 13:10",
         "Mistral Medium 4 veut rivaliser avec GPT-5 pour huit fois moins cher",
         "La start-up française revendique des performances proches des meilleurs modèles américains en code et en raisonnement, à un prix cassé."),
        ("01net.com", "06-18 10:00",
         "On a testé Mistral Medium 4 : le modèle français tient-il ses promesses ?",
         "Rédaction, code, analyse de documents : nous avons mis à l'épreuve le nouveau modèle présenté mercredi à VivaTech."),
    ]),
    # ---------------------------------------------- same VivaTech keynote: Mistral's 1 GW campus in Essonne
    ("mistral-campus-essonne", "fresh64", [
        ("lemagit.fr", "06-17 10:20",
         "Mistral AI annonce un campus de calcul de 1 GW dans l'Essonne",
         "Sur la scène de VivaTech, Arthur Mensch a présenté le projet d'un centre de données à Bruyères-le-Châtel, qui doit accueillir 100 000 GPU d'ici 2029."),
        ("lesechos.fr", "06-17 12:05",
         "Mistral AI va investir 8 milliards d'euros dans un datacenter géant en Île-de-France",
         "La start-up financera le projet avec des partenaires industriels et des fonds d'infrastructure ; les premiers serveurs doivent tourner fin 2027."),
        ("latribune.fr", "06-18 06:45",
         "Bruyères-le-Châtel, futur cœur du calcul de l'IA française",
         "Le site choisi par la pépite parisienne, voisin du CEA, disposait d'un raccordement électrique déjà réservé : retour sur un choix stratégique."),
    ]),
    # ---------------------------------------------- Owkin and Sanofi renew their AI alliance
    ("owkin-sanofi", "fresh64", [
        ("usine-digitale.fr", "06-18 09:00",
         "Owkin et Sanofi renouvellent leur alliance dans l'IA pour la recherche clinique",
         "Le laboratoire prolonge de trois ans son partenariat avec la start-up pour identifier des biomarqueurs dans ses essais en oncologie."),
        ("lesechos.fr", "06-18 11:30",
         "Sanofi verse 90 millions de dollars à Owkin",
         "Le nouvel accord comprend un paiement initial et des bonus liés aux découvertes, une bouffée d'oxygène pour la licorne française."),
    ]),
    # ---------------------------------------------- Macron's "IA 2030" plan at VivaTech
    ("macron-plan-ia-2030", "fresh64", [
        ("lefigaro.fr", "06-18 14:20",
         "IA : Emmanuel Macron annonce 5 milliards d'euros pour la formation et la recherche",
         "Lors de sa visite à VivaTech, le chef de l'État a présenté le plan « IA 2030 », qui prévoit de former un million de personnes à l'intelligence artificielle."),
        ("bfmtv.com", "06-18 15:05",
         "« Nous devons être la première puissance de l'IA en Europe » : Macron dévoile son plan",
         "Bourses de doctorat, calcul public, formation des salariés : le président de la République a détaillé sa feuille de route jeudi au salon VivaTech."),
        ("latribune.fr", "06-19 07:30",
         "Plan IA 2030 : ce que contiennent les 5 milliards promis par l'Élysée",
         "Près de la moitié de l'enveloppe proviendrait de crédits déjà votés ; le détail ligne par ligne du plan présenté jeudi."),
    ]),
    # ---------------------------------------------- 01net weekly AI digest, week 25
    ("01net-hebdo-ia-s25", "fresh64", [
        ("01net.com", "06-19 16:00",
         "L'actu IA de la semaine : Mistral Medium 4, le plan de Macron et Nvidia à Paris",
         "Chaque vendredi, l'essentiel de l'intelligence artificielle : VivaTech a concentré les annonces, de Mistral AI à l'Élysée."),
    ]),
    # ---------------------------------------------- Nabla raises 70 M USD
    ("nabla-levee", "fresh64", [
        ("maddyness.com", "06-23 06:30",
         "Nabla lève 70 millions de dollars pour son assistant médical",
         "La start-up parisienne, dont l'IA rédige les notes de consultation, est utilisée par 85 000 soignants aux États-Unis et en Europe."),
        ("frenchweb.fr", "06-23 10:00",
         "Santé : la pépite qui prend des notes à la place des médecins décroche 70 M$",
         "Le tour de table, mené par HV Capital, doit financer l'arrivée de l'assistant de Nabla dans les hôpitaux français."),
    ]),
    # ---------------------------------------------- Le Chat gets a voice mode
    ("lechat-mode-vocal", "fresh64", [
        ("frandroid.com", "06-23 15:00",
         "Le Chat de Mistral AI sait désormais parler : le mode vocal arrive",
         "L'assistant français permet enfin de converser à voix haute sur Android et iOS, grâce aux modèles audio de la start-up."),
        ("clubic.com", "06-23 17:30",
         "Mistral lance Le Chat Voix, son mode de conversation vocale",
         "Dix voix au choix, interruption possible à tout moment : Le Chat Voix est disponible gratuitement en France, avec une limite quotidienne."),
    ]),
    # ---------------------------------------------- Atos sells a German subsidiary (single)
    ("atos-cession-allemagne", "fresh64", [
        ("latribune.fr", "06-24 06:00",
         "Atos cède sa filiale allemande de cybersécurité",
         "Le groupe de services informatiques poursuit son désendettement en vendant l'activité à un fonds allemand pour 180 millions d'euros."),
    ]),
    # ---------------------------------------------- H Company launches Runner H 2
    ("h-runner-2", "fresh64", [
        ("usine-digitale.fr", "06-24 08:30",
         "H Company lance Runner H 2, son agent capable d'utiliser un ordinateur",
         "La start-up parisienne promet un agent deux fois plus fiable que la première version pour remplir des formulaires et naviguer sur le web."),
        ("siecledigital.fr", "06-24 13:00",
         "Runner H 2 : la start-up française H muscle son agent autonome",
         "Le nouvel agent s'appuie sur un modèle maison de 7 milliards de paramètres et vise les directions financières et RH."),
    ]),
    # ---------------------------------------------- Kyutai releases Moshi 2
    ("kyutai-moshi-2", "fresh64", [
        ("numerama.com", "06-25 10:00",
         "Kyutai publie Moshi 2, une IA vocale qui tourne sur smartphone",
         "Le laboratoire parisien dévoile la seconde version de son assistant vocal en temps réel, capable de fonctionner sans connexion."),
        ("next.ink", "06-25 15:40",
         "Le laboratoire de Xavier Niel ouvre les poids de son nouvel assistant vocal",
         "Modèle, code d'entraînement et jeu d'évaluation sont publiés sous licence libre ; la latence descend sous les 150 millisecondes."),
    ]),
    # ---------------------------------------------- bug in Le Chat voice mode, three days after launch
    ("lechat-vocal-bug", "fresh64", [
        ("frandroid.com", "06-26 09:20",
         "Le Chat se met à répondre en anglais, les utilisateurs s'agacent",
         "Depuis la dernière mise à jour de l'application, l'assistant de Mistral AI bascule tout seul en anglais au milieu des conversations à voix haute."),
        ("lesnumeriques.com", "06-27 08:10",
         "Mistral AI promet un correctif pour le mode vocal de Le Chat",
         "L'éditeur reconnaît un bug qui fait changer de langue l'assistant et lui fait couper la parole aux utilisateurs ; une mise à jour est attendue la semaine prochaine."),
    ]),
    # ---------------------------------------------- 01net weekly AI digest, week 26
    ("01net-hebdo-ia-s26", "fresh64", [
        ("01net.com", "06-26 16:00",
         "L'actu IA de la semaine : Le Chat parle, Moshi 2 et Nabla",
         "Chaque vendredi, l'essentiel de l'intelligence artificielle : les assistants vocaux français ont dominé l'actualité."),
    ]),
    # ---------------------------------------------- Frandroid weekend deals, 27 June
    ("frandroid-offres-0627", "fresh64", [
        ("frandroid.com", "06-27 07:00",
         "Les meilleures offres tech du week-end : Pixel 10, AirPods Pro 3 et Galaxy S26",
         "Notre sélection des bons plans du week-end, des smartphones aux écouteurs, vérifiée par la rédaction."),
    ]),
    # ---------------------------------------------- Ubisoft: departure plan of 200 jobs in France
    ("ubisoft-plan-departs", "fresh64", [
        ("linforme.com", "06-29 06:00",
         "Ubisoft prépare un plan de départs de 200 postes en France",
         "Selon nos informations, l'éditeur de jeux vidéo va présenter aux représentants du personnel une rupture conventionnelle collective visant ses studios de Montreuil et d'Annecy."),
        ("bfmtv.com", "06-29 11:20",
         "Ubisoft va supprimer deux cents postes dans l'Hexagone",
         "L'éditeur d'Assassin's Creed confirme un plan de départs volontaires, selon L'Informé."),
        ("lefigaro.fr", "06-30 07:00",
         "Chez Ubisoft, la saignée continue",
         "Après plusieurs vagues de fermetures de studios à l'étranger, le géant français du jeu vidéo réduit désormais ses effectifs en France."),
    ]),
    # ---------------------------------------------- Dust raises 45 M USD (same morning as Pleias)
    ("dust-serie-b", "fresh64", [
        ("lesechos.fr", "06-30 05:45",
         "Dust lève 45 millions de dollars pour ses agents IA d'entreprise",
         "La start-up parisienne fondée par deux anciens d'OpenAI et de Stripe boucle une série B menée par Sequoia."),
        ("maddyness.com", "06-30 08:10",
         "Série B de 45 M$ pour Dust",
         "La plateforme, qui permet aux salariés de créer leurs propres assistants connectés aux outils internes, revendique 2 000 entreprises clientes."),
        ("journaldunet.com", "06-30 14:00",
         "Comment la pépite des agents IA a convaincu Sequoia",
         "Croissance, marges, concurrence de Microsoft : les coulisses de la levée de 45 millions de dollars de Dust."),
    ]),
    # ---------------------------------------------- Pleias raises 22 M EUR (same morning as Dust)
    ("pleias-serie-a", "fresh64", [
        ("usine-digitale.fr", "06-30 09:00",
         "Pleias lève 22 millions d'euros pour ses modèles entraînés sur des données libres",
         "La start-up parisienne, qui n'utilise que des corpus du domaine public, boucle une série A menée par Partech."),
        ("frenchweb.fr", "06-30 11:45",
         "IA : Pleias boucle une série A de 22 M€",
         "La jeune pousse veut proposer aux administrations et aux banques des modèles de langage sans risque juridique sur les données."),
    ]),
    # ---------------------------------------------- the State rolls Albert out to all its agents
    ("albert-generalisation", "fresh64", [
        ("next.ink", "07-01 09:00",
         "L'assistant Albert ouvert à tous les agents de l'État",
         "La direction interministérielle du numérique généralise son IA générative à l'ensemble des ministères, après un an d'expérimentation dans les préfectures."),
        ("lemondeinformatique.fr", "07-01 11:30",
         "Albert : la Dinum déploie son IA dans tous les ministères",
         "L'assistant, hébergé sur des serveurs de l'État et fondé sur des modèles ouverts, aide à rédiger des courriers et à rechercher dans les textes."),
        ("lefigaro.fr", "07-02 06:30",
         "Fonctionnaires : l'IA maison de l'État arrive sur 2,5 millions de postes",
         "Rédaction de réponses aux usagers, synthèse de dossiers : ce que les agents publics pourront confier à l'assistant gouvernemental."),
    ]),
    # ---------------------------------------------- JDN monthly funding barometer, June
    ("jdn-barometre-juin", "fresh64", [
        ("journaldunet.com", "07-01 12:00",
         "Baromètre JDN des levées de fonds : juin porté par Mistral AI",
         "Comme chaque mois, notre décompte des tours de table de la French Tech : 3,9 milliards d'euros levés en juin, dont plus de la moitié par un seul acteur."),
    ]),
    # ---------------------------------------------- Airbus partners with Mistral AI
    ("mistral-airbus", "fresh64", [
        ("usine-digitale.fr", "07-02 08:00",
         "Airbus et Mistral AI signent un partenariat stratégique",
         "L'avionneur va déployer les modèles de la start-up dans ses bureaux d'études et développer avec elle des IA embarquées pour le cockpit."),
        ("latribune.fr", "07-02 12:30",
         "L'avionneur européen confie son IA à la start-up d'Arthur Mensch",
         "Le contrat, pluriannuel, porte sur plusieurs dizaines de millions d'euros et prévoit une équipe commune à Toulouse."),
    ]),
    # ---------------------------------------------- strike at Ubisoft, three days after the plan
    ("ubisoft-greve", "fresh64", [
        ("numerama.com", "07-02 10:30",
         "Grève chez Ubisoft : les salariés français débraient",
         "À l'appel du STJV, des centaines de salariés des studios de Montreuil, Annecy et Montpellier ont cessé le travail jeudi."),
        ("clubic.com", "07-02 16:00",
         "Ubisoft : mouvement social dans les studios français",
         "Les grévistes réclament la suspension du plan de départs et la fin du retour forcé au bureau ; la direction dit « entendre les inquiétudes »."),
    ]),
    # ---------------------------------------------- weekly roundup, usine-digitale, week 27
    ("ud-levees-s27", "fresh64", [
        ("usine-digitale.fr", "07-03 17:00",
         "French Tech : les levées de fonds de la semaine (Dust, Pleias…)",
         "Chaque vendredi, notre récapitulatif des tours de table de la semaine : les agents IA et les modèles ouverts ont attiré les investisseurs."),
    ]),
    # ---------------------------------------------- ransomware at the Yonne département council
    ("rancongiciel-yonne", "fresh64", [
        ("lemagit.fr", "07-06 08:30",
         "Le conseil départemental de l'Yonne frappé par un rançongiciel",
         "La collectivité a coupé l'ensemble de son système d'information samedi après le chiffrement de plusieurs serveurs ; une plainte a été déposée."),
        ("zdnet.fr", "07-06 14:00",
         "Cyberattaque : le département de l'Yonne à l'arrêt",
         "Messageries, paie, aides sociales : les services du conseil départemental d'Auxerre fonctionnent en mode dégradé depuis le week-end."),
        ("01net.com", "07-07 09:10",
         "Yonne : les services sociaux reviennent au papier et au crayon",
         "Trois jours après l'attaque revendiquée par le groupe Qilin, les agents du département traitent les dossiers à la main."),
    ]),
    # ---------------------------------------------- SNCF picks Mistral AI (four days after Airbus)
    ("mistral-sncf", "fresh64", [
        ("lemagit.fr", "07-06 09:15",
         "La SNCF choisit Mistral AI pour ses assistants internes",
         "Le groupe ferroviaire va équiper 50 000 cheminots d'un assistant fondé sur les modèles de la start-up, hébergé dans ses propres datacenters."),
        ("bfmtv.com", "07-06 13:00",
         "Mistral AI décroche un nouveau grand compte : la SNCF",
         "Quatre jours après Airbus, la start-up française signe avec l'opérateur ferroviaire un contrat de trois ans."),
    ]),
    # ---------------------------------------------- first Le Chat outage (with post-mortem)
    ("lechat-panne-0707", "fresh64", [
        ("frandroid.com", "07-07 13:30",
         "Le Chat en panne : l'assistant de Mistral AI inaccessible",
         "Depuis la fin de matinée, impossible de se connecter à Le Chat, que ce soit sur le web ou dans l'application."),
        ("clubic.com", "07-07 15:00",
         "Mistral AI : panne géante de Le Chat et de l'API",
         "Les développeurs qui utilisent la plateforme de la start-up sont aussi touchés ; le service est perturbé depuis plus de trois heures."),
        ("lemagit.fr", "07-08 08:45",
         "Panne de Le Chat : Mistral AI incrimine une saturation de son cluster suédois",
         "Dans son post-mortem, la start-up explique qu'une erreur de configuration a renvoyé tout le trafic vers un seul de ses sites de calcul."),
    ]),
    # ---------------------------------------------- Zama secondary valuation (single)
    ("zama-valorisation", "fresh64", [
        ("frenchweb.fr", "07-07 07:30",
         "Cryptographie homomorphe : Zama valorisé 2 milliards de dollars",
         "La start-up parisienne organise une opération secondaire permettant à ses premiers salariés de céder une partie de leurs actions."),
    ]),
    # ---------------------------------------------- Poolside raises 1 bn USD
    ("poolside-levee", "fresh64", [
        ("lesechos.fr", "07-08 05:30",
         "Poolside lève 1 milliard de dollars et vaut désormais 12 milliards",
         "La start-up d'IA pour les développeurs, dont l'équipe de recherche est à Paris, boucle un tour mené par DST Global et Nvidia."),
        ("bfmtv.com", "07-08 09:00",
         "La licorne du code généré par IA décroche un milliard de dollars",
         "La jeune pousse cofondée par un Français et installée entre Paris et San Francisco réalise l'une des plus grosses levées de l'année, selon Les Echos."),
        ("frenchweb.fr", "07-08 12:00",
         "Poolside : 1 Md$ pour concurrencer GitHub Copilot",
         "L'argent servira à entraîner un nouveau modèle spécialisé dans le code sur un cluster de 40 000 GPU."),
        ("journaldunet.com", "07-09 07:30",
         "Poolside : les dessous d'une levée à un milliard",
         "Clients bancaires, contrats avec la défense américaine : ce qui a convaincu les investisseurs."),
    ]),
    # ---------------------------------------------- ransomware at the Nièvre council, two days later
    ("rancongiciel-nievre", "fresh64", [
        ("lemagit.fr", "07-08 10:00",
         "Rançongiciel : après l'Yonne, le département de la Nièvre touché",
         "Le conseil départemental de Nevers a détecté mardi matin le chiffrement de ses serveurs de fichiers ; rien n'indique à ce stade un lien avec l'attaque voisine."),
        ("numerama.com", "07-08 15:30",
         "La Nièvre victime d'une cyberattaque, deux jours après sa voisine",
         "Les services du département de la Nièvre sont perturbés ; l'ANSSI dépêche une équipe à Nevers."),
    ]),
    # ---------------------------------------------- European Parliament votes the AI Act delay
    ("ai-act-report-vote", "fresh64", [
        ("next.ink", "07-08 16:00",
         "AI Act : le Parlement européen vote le report des règles sur l'IA à haut risque",
         "Les eurodéputés ont adopté l'omnibus numérique, qui repousse à décembre 2027 les obligations applicables aux systèmes d'IA à haut risque."),
        ("lemondeinformatique.fr", "07-09 08:20",
         "Omnibus numérique : Strasbourg entérine le délai pour l'AI Act",
         "Le texte, adopté à une large majorité, doit encore être formellement approuvé par le Conseil avant le 2 août."),
        ("usine-digitale.fr", "07-09 10:00",
         "Les eurodéputés accordent seize mois de répit aux entreprises sur l'IA à haut risque",
         "Recrutement, crédit, santé : les systèmes concernés échapperont aux nouvelles obligations jusqu'à fin 2027."),
    ]),
    # ---------------------------------------------- Hugging Face buys Tensorlab (a month after Mecanix)
    ("hf-rachat-tensorlab", "fresh64", [
        ("usine-digitale.fr", "07-09 08:00",
         "Hugging Face rachète Tensorlab, la start-up grenobloise de l'inférence",
         "La jeune pousse de 18 personnes optimise l'exécution des modèles de langage sur les processeurs classiques."),
        ("lemagit.fr", "07-09 11:30",
         "Hugging Face s'offre Tensorlab pour accélérer ses services d'inférence",
         "Un mois après Mecanix, la plateforme franco-américaine réalise sa deuxième acquisition française de l'été."),
    ]),
    # ---------------------------------------------- OVHcloud Q3 revenue (single)
    ("ovhcloud-t3", "fresh64", [
        ("zdnet.fr", "07-09 17:45",
         "OVHcloud : un chiffre d'affaires en hausse de 9 % au troisième trimestre",
         "Le champion français du cloud confirme ses objectifs annuels, porté par ses offres de cloud public et de calcul GPU."),
    ]),
    # ---------------------------------------------- Pigment CEO interview (single)
    ("pigment-interview", "fresh64", [
        ("lesechos.fr", "07-10 06:00",
         "« Nous visons la Bourse en 2028 » : le patron de Pigment se livre",
         "Le cofondateur de l'éditeur de logiciels de planification financière détaille sa stratégie face à Anaplan et l'arrivée des agents IA dans son produit."),
    ]),
    # ---------------------------------------------- second Le Chat outage, six days later, vague
    ("lechat-panne-0713", "fresh64", [
        ("frandroid.com", "07-13 16:10",
         "Le Chat ne répond plus",
         "Des milliers d'utilisateurs signalent depuis le milieu de l'après-midi des erreurs en série sur l'assistant de Mistral AI."),
        ("01net.com", "07-13 18:00",
         "Mistral AI : son assistant inaccessible pendant deux heures",
         "L'éditeur a rétabli le service en début de soirée sans préciser l'origine de l'incident."),
    ]),
    # ---------------------------------------------- Fortinet fixes a critical FortiWeb flaw (July)
    ("fortinet-fortiweb-juillet", "fresh64", [
        ("lemagit.fr", "07-14 20:30",
         "Fortinet corrige une faille critique dans FortiWeb",
         "La CVE-2026-31152 permet à un attaquant non authentifié d'obtenir les droits d'administration sur le pare-feu applicatif ; elle est déjà exploitée, selon l'éditeur."),
        ("silicon.fr", "07-15 09:00",
         "Fortinet : nouvelle vulnérabilité critique, déjà exploitée",
         "Un mois après FortiOS, c'est FortiWeb qui est touché par une faille notée 9,6 ; Fortinet appelle à appliquer le correctif sans attendre."),
    ]),
    # ---------------------------------------------- Juristia raises 40 M EUR (legal AI, Paris)
    ("juristia-levee", "fresh64", [
        ("maddyness.com", "07-15 07:00",
         "Juristia lève 40 millions d'euros pour son assistant juridique",
         "La legaltech parisienne, qui revendique 3 000 cabinets d'avocats clients, boucle une série B menée par Bpifrance et Eurazeo."),
        ("lemondeinformatique.fr", "07-15 12:00",
         "IA juridique : Juristia boucle une série B de 40 M€",
         "L'assistant de recherche jurisprudentielle de la start-up sera bientôt proposé aux directions juridiques des grandes entreprises."),
    ]),
    # ---------------------------------------------- Doctolib generalises its AI consultation assistant (single)
    ("doctolib-assistant", "fresh64", [
        ("bfmtv.com", "07-15 09:30",
         "Doctolib généralise son assistant de consultation à tous les médecins",
         "La licorne de la prise de rendez-vous propose à ses 150 000 praticiens un outil qui rédige le compte rendu pendant la consultation."),
    ]),
    # ---------------------------------------------- Owkin cuts about 40 jobs
    ("owkin-licenciements", "fresh64", [
        ("linforme.com", "07-16 06:10",
         "Owkin va supprimer une quarantaine de postes",
         "Selon nos informations, la licorne française de l'IA médicale prépare une réduction d'effectifs touchant surtout ses équipes de recherche à Paris et New York."),
        ("usine-digitale.fr", "07-16 11:00",
         "Owkin réduit ses effectifs de 40 personnes",
         "La start-up confirme un plan de départs, selon L'Informé, un mois après avoir renouvelé son partenariat avec Sanofi."),
        ("frenchweb.fr", "07-17 08:00",
         "Layoffs chez Owkin",
         "La pépite de l'IA appliquée à la santé se sépare d'environ 15 % de ses salariés pour viser la rentabilité en 2027."),
    ]),
    # ---------------------------------------------- Cour des comptes report on the national AI strategy (single)
    ("cour-des-comptes-ia", "fresh64", [
        ("next.ink", "07-16 09:00",
         "La Cour des comptes étrille le pilotage de la stratégie nationale pour l'IA",
         "Dans un rapport publié jeudi, les magistrats financiers pointent des crédits dispersés et l'absence d'évaluation des programmes lancés depuis 2018."),
    ]),
    # ---------------------------------------------- Synthia in receivership, six weeks after its layoffs
    ("synthia-redressement", "fresh64", [
        ("linforme.com", "07-17 06:00",
         "Synthia placée en redressement judiciaire",
         "Le tribunal de commerce de Nantes a ouvert jeudi une procédure pour l'éditeur de vidéos générées par IA, six semaines après un premier plan de départs."),
        ("maddyness.com", "07-17 14:00",
         "Avatars IA : la start-up nantaise Synthia en redressement judiciaire",
         "Faute d'avoir trouvé un investisseur, la jeune pousse dispose de six mois d'observation pour présenter un plan de continuation."),
        ("frenchweb.fr", "07-18 09:00",
         "Synthia : les repreneurs ont jusqu'au 4 septembre",
         "L'administrateur judiciaire fixe la date limite de dépôt des offres ; deux éditeurs de logiciels vidéo seraient intéressés."),
    ]),
    # ---------------------------------------------- Arcep opens 26 GHz allocation (single)
    ("arcep-26-ghz", "fresh64", [
        ("zdnet.fr", "07-20 10:00",
         "L'Arcep lance l'attribution des fréquences 26 GHz",
         "Le régulateur des télécoms ouvre les candidatures pour la bande millimétrique, destinée aux usages industriels de la 5G."),
    ]),
    # ---------------------------------------------- Mistral AI's COO Claire Vasseur leaves
    ("mistral-depart-coo", "fresh64", [
        ("linforme.com", "07-21 06:00",
         "Mistral AI : la directrice des opérations Claire Vasseur sur le départ",
         "Selon nos informations, l'une des premières recrues de la start-up quitte ses fonctions à la fin du mois pour fonder sa propre entreprise."),
        ("bfmtv.com", "07-21 10:40",
         "Départ surprise au sommet de la pépite française de l'IA",
         "La numéro trois de Mistral AI, Claire Vasseur, quitte l'entreprise, selon L'Informé."),
        ("usine-digitale.fr", "07-22 08:15",
         "Mistral AI confirme le départ de Claire Vasseur",
         "Le directeur financier assurera l'intérim des opérations ; Claire Vasseur restera conseillère de la start-up jusqu'à la fin de l'année."),
    ]),
    # ---------------------------------------------- Samsung rolls out One UI 9
    ("samsung-one-ui-9", "fresh64", [
        ("frandroid.com", "07-22 08:00",
         "One UI 9 : Samsung lance le déploiement sur les Galaxy S26",
         "La surcouche basée sur Android 17 arrive en France à partir d'aujourd'hui, avec de nouvelles fonctions Galaxy AI."),
        ("lesnumeriques.com", "07-22 12:30",
         "One UI 9 disponible : les nouveautés de la mise à jour Android 17 de Samsung",
         "Écran de verrouillage animé, résumé des notifications par IA, mode batterie adaptatif : ce qui change sur votre Galaxy."),
        ("01net.com", "07-22 16:00",
         "Galaxy S26 : la grosse mise à jour de l'été arrive, voici ce qui change",
         "Samsung distribue sa nouvelle version d'Android ; voici comment savoir si votre smartphone est concerné."),
    ]),
    # ---------------------------------------------- Clausio raises 40 M EUR (legal AI, Lille), 8 days after Juristia
    ("clausio-levee", "fresh64", [
        ("maddyness.com", "07-23 07:00",
         "Clausio lève 40 millions d'euros pour automatiser la relecture des contrats",
         "La start-up lilloise d'IA juridique boucle un tour de table mené par Bpifrance, huit jours après son concurrent Juristia."),
        ("frenchweb.fr", "07-23 10:30",
         "Legaltech : nouvelle levée de 40 M€, cette fois pour Clausio",
         "L'outil de la jeune pousse repère les clauses à risque dans les contrats fournisseurs ; il est utilisé par 400 entreprises."),
    ]),
    # ---------------------------------------------- H Company's CTO leaves for Google DeepMind
    ("h-depart-cto", "fresh64", [
        ("lesechos.fr", "07-23 07:00",
         "H Company perd son directeur technique",
         "Julien Marchand, cofondateur et CTO de la start-up parisienne d'agents autonomes, quitte l'entreprise un mois après le lancement de Runner H 2."),
        ("usine-digitale.fr", "07-23 13:20",
         "Google DeepMind recrute le cofondateur de la start-up française H",
         "Julien Marchand rejoint le laboratoire londonien pour diriger une équipe consacrée aux agents ; un coup dur pour la jeune pousse parisienne."),
    ]),
    # ---------------------------------------------- LightOn half-year revenue
    ("lighton-semestriel", "fresh64", [
        ("zdnet.fr", "07-24 07:00",
         "LightOn : chiffre d'affaires semestriel en hausse de 60 %",
         "L'éditeur de solutions d'IA générative pour les entreprises, coté sur Euronext Growth, réalise 4,1 millions d'euros de revenus au premier semestre."),
        ("journaldunet.com", "07-24 11:00",
         "La seule IA générative cotée à Paris accélère au premier semestre",
         "Portée par les administrations et les banques, la société confirme son objectif d'atteindre l'équilibre en 2027."),
    ]),
    # ---------------------------------------------- Frandroid weekend deals, 25 July
    ("frandroid-offres-0725", "fresh64", [
        ("frandroid.com", "07-25 07:00",
         "Les meilleures offres tech du week-end : Galaxy S26, iPad Air et Freebox",
         "Notre sélection des bons plans du week-end, des smartphones aux tablettes, vérifiée par la rédaction."),
    ]),
    # ---------------------------------------------- One UI 9 drains Galaxy S26 batteries, three days later
    ("one-ui-9-batterie", "fresh64", [
        ("frandroid.com", "07-25 09:30",
         "Galaxy S26 : depuis la mise à jour, la batterie fond à vue d'œil",
         "De nombreux propriétaires se plaignent d'une autonomie divisée par deux ; un processus système tournerait en boucle en arrière-plan."),
        ("clubic.com", "07-26 11:00",
         "Samsung reconnaît un problème d'autonomie et prépare un correctif",
         "Le constructeur coréen promet un patch dans la semaine pour les smartphones dont la batterie se vide trop vite."),
    ]),
    # ---------------------------------------------- Visiomatic appeals the CNIL fine, six weeks later
    ("visiomatic-recours", "fresh64", [
        ("next.ink", "07-27 09:30",
         "Visiomatic conteste son amende devant le Conseil d'État",
         "La start-up toulousaine demande l'annulation de la sanction de 5 millions d'euros prononcée par la CNIL en juin, qu'elle juge disproportionnée."),
        ("lemondeinformatique.fr", "07-27 14:00",
         "Amende CNIL : Visiomatic saisit le Conseil d'État",
         "L'entreprise de reconnaissance faciale soutient que les photos collectées étaient publiques ; elle a aussi demandé la suspension de l'amende."),
    ]),
    # ---------------------------------------------- Capgemini half-year results
    ("capgemini-s1", "fresh64", [
        ("lesechos.fr", "07-28 05:45",
         "Capgemini abaisse ses objectifs annuels malgré l'IA",
         "Le groupe de services informatiques table désormais sur une croissance nulle en 2026, pénalisé par le ralentissement en Europe."),
        ("lemondeinformatique.fr", "07-28 09:30",
         "Résultats semestriels : Capgemini stable à 11,2 milliards d'euros",
         "La marge opérationnelle recule légèrement au premier semestre ; les projets d'IA générative représentent 8 % des prises de commandes."),
        ("silicon.fr", "07-28 12:00",
         "Le géant français des services numériques mise sur un rebond au second semestre",
         "Le directeur général Aiman Ezzat a présenté des comptes en demi-teinte et confirmé un plan d'économies."),
    ]),
    # ---------------------------------------------- Sopra Steria half-year results, same morning
    ("sopra-steria-s1", "fresh64", [
        ("lemondeinformatique.fr", "07-28 10:15",
         "Sopra Steria : marge en progression au premier semestre",
         "L'ESN française affiche un chiffre d'affaires de 2,9 milliards d'euros et une marge opérationnelle de 9,1 %."),
        ("silicon.fr", "07-28 15:40",
         "Sopra Steria confirme ses objectifs après un semestre solide",
         "Contrairement à ses concurrents, le groupe maintient sa prévision de croissance annuelle grâce au secteur public et à la défense."),
    ]),
    # ---------------------------------------------- AI Act obligations applying on 2 August (explainers)
    ("ai-act-2-aout", "fresh64", [
        ("lemondeinformatique.fr", "07-31 08:00",
         "AI Act : ce qui change pour les entreprises au 2 août",
         "Transparence des contenus générés, bacs à sable réglementaires, sanctions : les obligations qui entrent en application dimanche malgré le report des règles sur l'IA à haut risque."),
        ("numerama.com", "08-01 10:00",
         "Deepfakes, chatbots : les nouvelles règles européennes sur l'IA entrent en vigueur",
         "À partir de dimanche, un chatbot devra dire qu'il n'est pas humain et une image générée devra être signalée comme telle."),
        ("next.ink", "08-03 07:30",
         "AI Act : l'étiquetage des contenus générés par IA est désormais obligatoire",
         "Depuis le 2 août, les fournisseurs doivent marquer les textes, images et vidéos produits par leurs systèmes ; les autorités nationales peuvent sanctionner."),
    ]),
    # ---------------------------------------------- weekly roundup, usine-digitale, week 31
    ("ud-levees-s31", "fresh64", [
        ("usine-digitale.fr", "07-31 17:00",
         "French Tech : les levées de fonds de la semaine (Agentik, Lumio…)",
         "Chaque vendredi, notre récapitulatif des tours de table de la semaine : une semaine calme avant la trêve estivale."),
    ]),
    # ---------------------------------------------- JDN monthly funding barometer, July
    ("jdn-barometre-juillet", "fresh64", [
        ("journaldunet.com", "08-03 12:00",
         "Baromètre JDN des levées de fonds : juillet porté par Poolside",
         "Comme chaque mois, notre décompte des tours de table de la French Tech : 1,6 milliard d'euros levés en juillet, dont la moitié par un seul acteur."),
    ]),
    # ---------------------------------------------- Hugging Face SmolLM4 (single, same day as Kyutai)
    ("hf-smollm4", "fresh64", [
        ("numerama.com", "08-04 09:00",
         "Hugging Face publie SmolLM4, un petit modèle qui tient dans un téléphone",
         "Le nouveau modèle ouvert de 3 milliards de paramètres vise les usages hors ligne et est publié avec toutes ses données d'entraînement."),
    ]),
    # ---------------------------------------------- Kyutai Hibiki 2 translation model (single, same day)
    ("kyutai-hibiki-2", "fresh64", [
        ("next.ink", "08-04 14:00",
         "Kyutai dévoile Hibiki 2, son modèle de traduction vocale simultanée",
         "Le laboratoire parisien publie en open source un modèle qui traduit la parole en temps réel entre le français, l'anglais et l'espagnol."),
    ]),
    # ---------------------------------------------- Photoroom raises 80 M USD
    ("photoroom-levee", "fresh64", [
        ("maddyness.com", "08-05 07:00",
         "Photoroom lève 80 millions de dollars",
         "L'application parisienne de retouche photo par IA, très utilisée par les vendeurs en ligne, boucle une série C menée par Balderton."),
        ("01net.com", "08-05 13:00",
         "L'appli française qui détoure vos photos grâce à l'IA lève 80 M$",
         "Forte de 150 millions de téléchargements, la jeune pousse veut désormais générer des vidéos publicitaires."),
    ]),
    # ---------------------------------------------- LightOn wins a Ministry of the Armed Forces contract
    ("lighton-armees", "fresh64", [
        ("lemondeinformatique.fr", "08-06 09:00",
         "LightOn décroche un contrat avec le ministère des Armées",
         "L'éditeur français déploiera sa plateforme d'IA générative sur les réseaux classifiés de la défense pour un montant de 12 millions d'euros."),
        ("zdnet.fr", "08-06 14:00",
         "Défense : l'IA souveraine de LightOn choisie par les Armées",
         "L'agence ministérielle pour l'IA de défense retient la société cotée pour équiper ses analystes d'un assistant hors ligne."),
    ]),
    # ---------------------------------------------- Apple-Mistral acquisition rumour, denial, Bercy reaction
    ("apple-mistral-rumeur", "fresh64", [
        ("bfmtv.com", "08-10 07:30",
         "Apple aurait approché Mistral AI pour un rachat",
         "Selon The Information, la firme de Cupertino a mené des discussions préliminaires avec la start-up française, valorisée 25 milliards d'euros."),
        ("01net.com", "08-10 10:00",
         "Apple veut-il s'offrir Mistral AI ?",
         "Le géant californien chercherait à rattraper son retard dans l'IA générative en mettant la main sur le champion français."),
        ("lesechos.fr", "08-10 16:20",
         "Arthur Mensch : « Nous ne sommes pas à vendre »",
         "Le patron de Mistral AI a démenti lundi toute discussion de rachat avec Apple, évoquée par la presse américaine."),
        ("numerama.com", "08-11 08:00",
         "Rachat de Mistral par Apple : Bercy prévient qu'il s'y opposerait",
         "Le ministre de l'Économie rappelle que l'État dispose d'un droit de veto sur les investissements étrangers dans l'IA."),
    ]),
    # ---------------------------------------------- Free Mobile voice outage
    ("free-mobile-panne", "fresh64", [
        ("01net.com", "08-12 08:20",
         "Panne Free Mobile : impossible d'appeler depuis ce matin",
         "Des milliers d'abonnés signalent des appels qui échouent dans toute la France, alors que l'Internet mobile fonctionne."),
        ("numerama.com", "08-12 11:00",
         "Free reconnaît un incident sur son cœur de réseau mobile",
         "L'opérateur de Xavier Niel évoque une panne logicielle sur un équipement de gestion des appels ; le service revient progressivement."),
    ]),
    # ---------------------------------------------- SFR fixed-line outage the same day (sabotage)
    ("sfr-panne-sud-est", "fresh64", [
        ("bfmtv.com", "08-12 17:40",
         "SFR : des clients privés d'Internet fixe dans le Sud-Est",
         "Des câbles de fibre optique ont été sectionnés entre Marseille et Aix-en-Provence, privant des dizaines de milliers de foyers de connexion."),
        ("frandroid.com", "08-12 19:00",
         "Panne SFR : l'opérateur au carré rouge évoque un acte de malveillance",
         "Les équipes techniques de SFR réparent les câbles coupés ; le rétablissement complet est attendu dans la nuit."),
    ]),
    # ---------------------------------------------- Vsora raises 60 M EUR (AI inference chips)
    ("vsora-levee", "fresh64", [
        ("usine-digitale.fr", "08-18 08:00",
         "Vsora lève 60 millions d'euros pour ses puces d'inférence",
         "La société francilienne de semi-conducteurs prépare la production en série de sa puce Jotunn chez TSMC."),
        ("latribune.fr", "08-18 12:30",
         "Puces d'IA : la pépite de Meudon veut défier Nvidia",
         "Le concepteur français de processeurs pour l'inférence boucle un tour de table auquel participent le Conseil européen de l'innovation et Bpifrance."),
    ]),
    # ---------------------------------------------- first stone of Mistral's Essonne campus (two months after)
    ("mistral-premiere-pierre", "fresh64", [
        ("lefigaro.fr", "08-19 15:00",
         "Le Premier ministre pose la première pierre du campus de Mistral AI dans l'Essonne",
         "Les travaux du centre de données de Bruyères-le-Châtel commencent ; 1 500 emplois sont attendus pendant la construction."),
        ("lemagit.fr", "08-20 08:00",
         "Bruyères-le-Châtel : le chantier du datacenter de Mistral AI est lancé",
         "La première tranche de 250 MW doit être livrée fin 2027 ; le permis de construire a été accordé en juillet."),
    ]),
    # ---------------------------------------------- Orange signs with OpenAI (single)
    ("orange-openai", "fresh64", [
        ("lemagit.fr", "08-20 10:30",
         "Orange signe avec OpenAI pour équiper ses conseillers clients",
         "L'opérateur historique déploie les modèles de l'américain dans ses centres d'appels, tout en gardant Mistral AI pour ses usages internes."),
    ]),
    # ---------------------------------------------- Qonto full banking licence (single)
    ("qonto-licence", "fresh64", [
        ("lesechos.fr", "08-24 06:00",
         "Qonto obtient sa licence bancaire complète",
         "La néobanque des PME et des indépendants pourra proposer des crédits à ses clients à partir de l'automne."),
    ]),
    # ---------------------------------------------- Claire Vasseur's start-up Orbe raises an 80 M EUR seed
    ("orbe-amorcage", "fresh64", [
        ("lesechos.fr", "08-25 06:00",
         "L'ex-numéro trois de Mistral AI lève 80 millions d'euros pour sa start-up",
         "Claire Vasseur, partie de Mistral AI fin juillet, boucle un tour d'amorçage record pour Orbe, qui développe des agents IA pour l'industrie."),
        ("maddyness.com", "08-25 09:30",
         "Orbe réalise le plus gros seed de l'histoire de la French Tech",
         "Un mois à peine après sa création, la start-up fondée par une ancienne dirigeante de Mistral AI convainc Index Ventures et Eurazeo."),
    ]),
    # ---------------------------------------------- Mistral AI opens a Singapore office (single)
    ("mistral-singapour", "fresh64", [
        ("lemondeinformatique.fr", "08-27 09:00",
         "Mistral AI ouvre un bureau à Singapour",
         "La start-up française installe une équipe commerciale de 30 personnes pour servir ses clients en Asie du Sud-Est."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
