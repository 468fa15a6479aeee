"""An eighth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12
("One story, one alert"), to be measured once on the code that lands. Same format as
`labelled.py`; every event's half is "fresh8".
Each event is one real-world happening: articles of one event are the same story (a follow-up
a day or two later included), every other pair is not. Some titles are near-identical across
outlets, most are reworded (synonyms, digits or words, another angle, an English word, "selon
L'Informé"), a few are hard (a periphrasis for the firm, a consumer angle, a quote as title).
Hard negatives are look-alikes on purpose: one firm's figures then its job cuts, job cuts then
a strike, two outages of one operator, a launch then a recall, a fine then its appeal, two
acquisitions by one buyer, two funding rounds, two ransomware attacks, two fines by one
regulator, two leaks, two CEO changes and two firms' results on the same day, one vendor's two
flaws in one week, two versions of one system, two product lines of one brand the same week,
two bank apps, and recurring formats (weekly roundups, a daily digest, a podcast, a newsletter)
that must merge with nothing.
`build` fixes the year 2026; times are UTC, March and April 2026 ("03-02" to "04-28").

Measured once, on the code that landed (3b11a49): precision 1.000, recall 0.571 (the previous
stop's code: 0.853, 0.377). Nothing was changed for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ one brand, two product lines, one week
    ("apple-macbook-air-m5", "fresh8", [
        ("frandroid.com", "03-03 15:10", "Apple lance le MacBook Air M5 : plus rapide, même prix de départ",
         "Apple renouvelle son ultraportable avec la puce M5, jusqu'à 32 Go de mémoire unifiée et une autonomie annoncée de 18 heures. Le modèle 13 pouces reste affiché à 1 199 euros en France."),
        ("lesnumeriques.com", "03-03 16:00", "MacBook Air M5 officiel : prix, fiche technique et date de sortie",
         "Les précommandes sont ouvertes dès aujourd'hui pour une disponibilité le 11 mars. Les versions 13 et 15 pouces gagnent une webcam 12 mégapixels, le Wi-Fi 7 et un nouveau coloris bleu ciel."),
        ("01net.com", "03-04 07:30", "La firme de Cupertino dote son ordinateur portable le plus vendu de la puce M5",
         "Sans toucher au design, le nouvel Air promet jusqu'à 30 % de performances en plus sur les tâches d'IA exécutées localement. Le modèle d'entrée de gamme démarre toujours avec 16 Go de mémoire."),
    ]),
    ("apple-ipad-air-m4", "fresh8", [
        ("journaldugeek.com", "03-04 14:20", "L'iPad Air passe à la puce M4, Apple ne touche pas au prix",
         "Après les Mac, au tour de la tablette : Apple annonce un iPad Air équipé de la puce M4, disponible en 11 et 13 pouces à partir de 699 euros, avec un Magic Keyboard plus léger."),
        ("clubic.com", "03-04 16:45", "Nouvel iPad Air M4 : ce qui change vraiment par rapport au M3",
         "Puce plus rapide, 12 Go de mémoire, charge accélérée : le comparatif point par point de la tablette dévoilée mercredi par Apple, qui arrive en magasin la semaine prochaine."),
    ]),
    # ------------------------------------------------ Worldline: figures, then job cuts two days later
    ("worldline-annual-results", "fresh8", [
        ("lesechos.fr", "03-04 06:45", "Worldline plonge dans le rouge après une nouvelle dépréciation massive",
         "Le spécialiste des paiements a publié mercredi une perte nette de 1,1 milliard d'euros pour 2025, plombée par des dépréciations d'actifs. Le chiffre d'affaires recule de 3 % à 4,4 milliards."),
        ("lemondeinformatique.fr", "03-04 10:30", "Résultats annuels 2025 : Worldline affiche une perte de 1,1 Md€",
         "Le groupe français de services de paiement voit son activité reculer pour la deuxième année consécutive et ne prévoit pas de retour à la croissance avant le second semestre 2026."),
        ("zdnet.fr", "03-04 13:15", "Le géant français des paiements électroniques s'enfonce dans la crise",
         "Chiffre d'affaires en baisse, marge sous pression et dette à refinancer : la direction promet un « plan de transformation » dont le détail sera présenté aux représentants du personnel."),
    ]),
    ("worldline-job-cuts", "fresh8", [
        ("linforme.com", "03-06 06:00", "Worldline prépare la suppression de 400 postes en France",
         "Selon nos informations, le groupe de paiements va présenter la semaine prochaine aux syndicats un plan de sauvegarde de l'emploi touchant ses sites de Lyon, Seclin et Bezons."),
        ("lemagit.fr", "03-06 09:40", "Worldline : un PSE de 400 postes en préparation, selon L'Informé",
         "Deux jours après des résultats annuels décevants, le spécialiste des transactions électroniques s'apprêterait à réduire ses effectifs français d'environ 10 %."),
        ("challenges.fr", "03-06 12:20", "Paiements : Worldline taille dans ses effectifs français",
         "Quelque 400 emplois seraient concernés par le plan social que la direction doit présenter lors d'un CSE extraordinaire. Les syndicats dénoncent « la facture des erreurs stratégiques »."),
    ]),
    # ------------------------------------------------ regulator and the incumbent
    ("arcep-orange-copper", "fresh8", [
        ("next.ink", "03-05 10:00", "Fermeture du cuivre : l'Arcep met Orange en demeure sur la qualité de service",
         "Le régulateur des télécoms estime que l'opérateur historique ne respecte pas ses obligations d'entretien du réseau cuivre dans douze départements et lui laisse six mois pour se mettre en conformité."),
        ("latribune.fr", "03-05 15:30", "Réseau téléphonique dégradé : le gendarme des télécoms hausse le ton face à l'opérateur historique",
         "Pannes à répétition, délais de réparation à rallonge : l'Arcep somme Orange de rétablir un niveau de service acceptable sur ses lignes fixes, sous peine de sanction financière."),
    ]),
    # ------------------------------------------------ weekly roundup, week 1
    ("jdg-roundup-03-08", "fresh8", [
        ("journaldugeek.com", "03-08 09:00", "Les 10 actus tech de la semaine : MacBook Air M5, iPad Air, Worldline…",
         "Nouveaux Mac et tablettes chez Apple, résultats douloureux chez Worldline, mise en demeure pour Orange : voici le résumé des informations à ne pas manquer de la semaine écoulée."),
    ]),
    # ------------------------------------------------ one vendor, two flaws, one week
    ("fortinet-fortios-flaw", "fresh8", [
        ("lemagit.fr", "03-09 17:30", "Fortinet corrige une vulnérabilité critique de FortiOS déjà exploitée",
         "Référencée CVE-2026-21817, la faille touche l'interface SSL-VPN des pare-feu FortiGate et permet l'exécution de code à distance sans authentification. Fortinet indique avoir observé des exploitations ciblées."),
        ("zdnet.fr", "03-10 08:10", "FortiGate : une faille zero-day dans le VPN SSL, mettez à jour d'urgence",
         "Le CERT-FR recommande d'appliquer sans délai les correctifs publiés par Fortinet et de rechercher d'éventuelles traces de compromission sur les équipements exposés à Internet."),
        ("lemondeinformatique.fr", "03-10 11:00", "Le CERT-FR alerte sur une vulnérabilité activement exploitée dans les pare-feu Fortinet",
         "Notée 9,8 sur 10, la faille permet à un attaquant non authentifié de prendre la main sur l'équipement. Plusieurs milliers de boîtiers vulnérables seraient exposés en France."),
    ]),
    ("fortinet-fortiweb-flaw", "fresh8", [
        ("silicon.fr", "03-12 14:00", "Fortinet : nouvelle faille critique, cette fois dans FortiWeb",
         "Trois jours après l'alerte sur FortiOS, l'éditeur publie un correctif pour une vulnérabilité d'injection de commandes dans son pare-feu applicatif web FortiWeb, notée 9,1 et pas encore exploitée selon lui."),
    ]),
    # ------------------------------------------------ SFR: job cuts, then a strike a week later
    ("sfr-rcc", "fresh8", [
        ("lesechos.fr", "03-10 06:30", "SFR veut supprimer 1 200 postes via une rupture conventionnelle collective",
         "L'opérateur, qui prépare sa cession, a présenté lundi soir aux syndicats un plan de départs volontaires visant environ 1 200 emplois, principalement dans les fonctions support et la distribution."),
        ("bfmtv.com", "03-10 10:15", "SFR : 1200 départs volontaires annoncés, les syndicats dénoncent une « saignée »",
         "La filiale d'Altice justifie ce nouveau plan par la baisse de ses revenus et la guerre des prix dans le mobile. Il s'ajoute aux quelque 2 000 départs déjà réalisés en 2021."),
        ("latribune.fr", "03-11 08:00", "Télécoms : l'opérateur au carré rouge lance un nouveau plan de départs avant sa vente",
         "Mille deux cents salariés pourraient quitter l'entreprise d'ici la fin de l'année. Pour les représentants du personnel, ce plan vise surtout à rendre l'opérateur plus attractif pour ses futurs acquéreurs."),
    ]),
    ("sfr-strike", "fresh8", [
        ("next.ink", "03-17 09:30", "Grève chez SFR contre le plan de départs",
         "À l'appel de l'Unsa, de la CFDT et de la CGT, des salariés de l'opérateur ont cessé le travail mardi, une semaine après l'annonce de la rupture conventionnelle collective. Des rassemblements sont prévus à Saint-Denis."),
        ("lemondeinformatique.fr", "03-17 15:00", "Mobilisation à Altice France : les boutiques SFR fermées pour une journée de grève",
         "Une centaine de points de vente de l'opérateur sont restés portes closes mardi. Les syndicats réclament des garanties sur les reclassements et l'avenir des centres d'appels."),
    ]),
    # ------------------------------------------------ public-sector IT
    ("dinum-la-suite", "fresh8", [
        ("next.ink", "03-11 11:00", "La DINUM veut imposer La Suite numérique à tous les ministères d'ici 2027",
         "Une circulaire du Premier ministre demande aux administrations centrales de basculer leur messagerie, leurs visios et leurs documents partagés vers les outils souverains développés par l'État."),
        ("lemondeinformatique.fr", "03-11 16:20", "Secteur public : la suite collaborative de l'État généralisée aux agents",
         "Visio, messagerie instantanée, édition de documents : la direction interministérielle du numérique accélère le déploiement de ses briques open source, déjà utilisées par 250 000 fonctionnaires."),
    ]),
    # ------------------------------------------------ a fine, then its appeal two weeks later
    ("leboncoin-cnil-fine", "fresh8", [
        ("numerama.com", "03-12 10:00", "Leboncoin écope d'une amende de 15 millions d'euros de la CNIL",
         "Le gendarme des données personnelles reproche au site de petites annonces d'avoir conservé trop longtemps les données de comptes inactifs et d'avoir déposé des cookies publicitaires sans consentement valable."),
        ("next.ink", "03-12 12:40", "Cookies et durée de conservation : la CNIL sanctionne Leboncoin à hauteur de 15 M€",
         "La formation restreinte de la Commission a aussi enjoint à la plateforme de purger les données de plusieurs millions de comptes inactifs depuis plus de trois ans, sous astreinte."),
        ("01net.com", "03-12 18:00", "Sanction record pour le site d'annonces préféré des Français",
         "Quinze millions d'euros : c'est le montant de l'amende infligée par la CNIL à Leboncoin. Voici ce que cela change pour vos données et comment supprimer un ancien compte."),
    ]),
    ("leboncoin-appeal", "fresh8", [
        ("journaldunet.com", "03-26 08:30", "Amende de la CNIL : Leboncoin saisit le Conseil d'État",
         "La plateforme de petites annonces conteste la sanction de 15 millions d'euros prononcée début mars et demande sa suspension, estimant que la CNIL a fait une lecture erronée des règles sur la conservation des données."),
    ]),
    # ------------------------------------------------ sovereign cloud
    ("bleu-secnumcloud", "fresh8", [
        ("lemagit.fr", "03-13 09:00", "Bleu décroche la qualification SecNumCloud de l'Anssi",
         "La coentreprise d'Orange et de Capgemini, qui commercialise les services Microsoft Azure et Microsoft 365 sous contrôle français, obtient le précieux sésame après plus de deux ans d'audit."),
        ("lesechos.fr", "03-13 17:00", "Le cloud « souverain » d'Orange et Capgemini obtient son label",
         "Un feu vert attendu par les ministères et les hôpitaux qui voulaient continuer à utiliser les outils de Microsoft. Des concurrents français dénoncent toutefois une souveraineté « de façade »."),
    ]),
    # ------------------------------------------------ weekly roundup, week 2
    ("jdg-roundup-03-15", "fresh8", [
        ("journaldugeek.com", "03-15 09:00", "Les 10 actus tech de la semaine : faille Fortinet, amende pour Leboncoin, SFR…",
         "Une vulnérabilité critique dans les pare-feu, une sanction de la CNIL, un plan de départs chez un opérateur et une qualification SecNumCloud : retour sur ce qu'il fallait retenir de ces sept derniers jours."),
    ]),
    # ------------------------------------------------ hiring at an ESN
    ("capgemini-hiring", "fresh8", [
        ("usine-digitale.fr", "03-16 08:00", "Capgemini prévoit 3 500 recrutements en France en 2026",
         "L'ESN cherche surtout des profils en cybersécurité, données et IA générative, et veut porter à 40 % la part de jeunes diplômés dans ses embauches, malgré un marché des services informatiques encore atone."),
        ("journaldunet.com", "03-16 14:30", "Malgré le ralentissement, le numéro un français des services numériques maintient ses embauches",
         "Trois mille cinq cents postes sont à pourvoir cette année, annonce Capgemini, qui mise sur ses centres de Toulouse, Lille et Rennes et sur la reconversion interne de développeurs vers l'IA."),
    ]),
    # ------------------------------------------------ two funding rounds the same day
    ("lunaris-funding", "fresh8", [
        ("lesechos.fr", "03-18 06:30", "Maintenance prédictive : Lunaris lève 35 millions d'euros",
         "La start-up lyonnaise, qui analyse les vibrations des machines industrielles grâce à l'IA, boucle une série B menée par Eurazeo pour s'implanter en Allemagne et aux États-Unis."),
        ("usine-digitale.fr", "03-18 10:50", "Lunaris boucle une série B de 35 M€ pour son IA de surveillance des usines",
         "Ses capteurs et ses modèles équipent déjà 300 sites industriels, dont plusieurs aciéries et usines aéronautiques. La jeune pousse prévoit de doubler ses effectifs d'ici 2027."),
    ]),
    ("fretly-funding", "fresh8", [
        ("journaldunet.com", "03-18 07:15", "Fretly, le logiciel qui optimise le fret routier, lève 18 millions",
         "La start-up parisienne annonce une série A menée par Partech et Bpifrance. Son outil met en relation chargeurs et transporteurs et réduit, selon elle, de 20 % les trajets à vide."),
        ("challenges.fr", "03-18 13:00", "Logistique : la jeune pousse Fretly convainc Partech et Bpifrance",
         "Dix-huit millions d'euros pour accélérer en Espagne et en Italie : la plateforme de réservation de camions compte désormais 4 000 transporteurs inscrits et vise la rentabilité en 2027."),
    ]),
    # ------------------------------------------------ space
    ("ariane64-first-flight", "fresh8", [
        ("numerama.com", "03-19 21:30", "Ariane 6 a décollé avec quatre boosters pour la première fois",
         "La fusée européenne a quitté Kourou jeudi soir dans sa version la plus puissante, Ariane 64, emportant une grappe de satellites de la constellation Kuiper d'Amazon."),
        ("latribune.fr", "03-20 09:45", "Spatial : le lanceur européen réussit son vol le plus lourd",
         "Avec plus de 20 tonnes emportées vers l'orbite basse, Arianespace ouvre le carnet de commandes de sa version à quatre propulseurs d'appoint, dont 18 vols sont déjà réservés par Amazon."),
    ]),
    # ------------------------------------------------ mobility software
    ("renault-ota-recall", "fresh8", [
        ("lefigaro.fr", "03-20 11:00", "Renault rappelle 60 000 Scenic E-Tech pour un bug logiciel",
         "Un défaut du logiciel de gestion de la batterie peut provoquer une perte de puissance soudaine. Le constructeur corrigera le problème par une mise à jour à distance, sans passage en concession pour la plupart des clients."),
        ("frandroid.com", "03-20 15:40", "Scenic E-Tech : une mise à jour OTA pour corriger un défaut de perte de puissance",
         "Renault déploie dès cette semaine une nouvelle version du système OpenR Link et du calculateur de batterie. Les propriétaires recevront une notification directement sur l'écran de leur véhicule."),
    ]),
    # ------------------------------------------------ a strike in video games
    ("ubisoft-strike", "fresh8", [
        ("journaldugeek.com", "03-23 10:00", "Ubisoft : les salariés en grève contre la fin du télétravail",
         "Le Syndicat des travailleurs du jeu vidéo et Solidaires Informatique appellent à la grève dans les studios français de l'éditeur, qui impose cinq jours de présence au bureau à partir de mai."),
        ("numerama.com", "03-23 13:30", "« On nous demande de choisir entre notre vie et notre job » : grève dans les studios d'Assassin's Creed",
         "À Montpellier, Annecy et Montreuil, des centaines de développeurs ont débrayé lundi. Ils dénoncent un retour forcé au présentiel vécu comme un plan social déguisé."),
        ("lemondeinformatique.fr", "03-24 08:20", "Retour au bureau chez Ubisoft : la mobilisation se poursuit",
         "Au lendemain d'une première journée de grève largement suivie, les syndicats de l'éditeur de jeux vidéo réclament l'ouverture de négociations sur un accord de télétravail."),
    ]),
    # ------------------------------------------------ Free: two outages three days apart
    ("free-fibre-outage", "fresh8", [
        ("bfmtv.com", "03-24 07:50", "Panne Free : des milliers de Freebox privées d'internet ce mardi matin",
         "Depuis 5 heures, de nombreux abonnés de l'opérateur signalent une coupure totale de leur connexion fibre, notamment en Île-de-France et dans les Hauts-de-France. Free n'a pas encore communiqué."),
        ("frandroid.com", "03-24 08:40", "Free en panne : la fibre coupée pour de nombreux abonnés, ce que l'on sait",
         "Box qui clignote, télévision et téléphonie fixe indisponibles : plus de 25 000 signalements ont été recensés sur Downdetector. Le réseau mobile de Free n'est pas touché."),
        ("clubic.com", "03-24 12:10", "Panne géante chez l'opérateur de Xavier Niel : le service revient progressivement",
         "Après près de sept heures d'interruption, les Freebox retrouvent peu à peu la connexion. L'opérateur évoque un incident sur un équipement de son cœur de réseau à Paris."),
        ("01net.com", "03-26 09:00", "Free explique la panne qui a privé de fibre des centaines de milliers de foyers",
         "Deux jours après l'incident, l'opérateur attribue la coupure à une erreur de configuration lors d'une opération de maintenance et annonce un geste commercial pour les abonnés concernés."),
    ]),
    ("free-mobile-outage", "fresh8", [
        ("numerama.com", "03-27 16:20", "Free Mobile en panne : appels et 4G coupés dans le Sud-Ouest",
         "Trois jours après la panne fibre, c'est au tour du réseau mobile de Free de flancher. Les abonnés de Bordeaux, Toulouse et Pau ne peuvent plus appeler ni naviguer depuis le milieu d'après-midi."),
        ("01net.com", "03-27 18:30", "Nouvelle panne chez Free, le réseau mobile touché cette fois",
         "Des milliers de clients de Free Mobile en Nouvelle-Aquitaine et en Occitanie sont privés de réseau. L'opérateur évoque des coupures de fibre sur des liaisons reliant ses antennes."),
    ]),
    # ------------------------------------------------ AI model
    ("mistral-medium-4", "fresh8", [
        ("usine-digitale.fr", "03-25 14:00", "Mistral AI dévoile Mistral Medium 4, son modèle le plus performant",
         "La start-up française présente un modèle multimodal qui rivalise, selon ses tests, avec les meilleurs modèles américains sur le code et le raisonnement, pour un coût d'inférence huit fois moindre."),
        ("lemondeinformatique.fr", "03-25 16:30", "Avec Medium 4, Mistral AI vise les entreprises",
         "Disponible via l'API de la Plateforme et déployable sur site, le nouveau LLM de Mistral AI accepte un contexte de 256 000 tokens et intègre des fonctions d'agent natives."),
        ("numerama.com", "03-25 19:00", "Le champion français de l'IA sort un nouveau modèle pour concurrencer GPT et Claude",
         "Plus rapide, moins cher et désormais capable d'analyser des vidéos : on a testé le nouveau modèle de Mistral dans Le Chat, où il remplace l'ancien par défaut."),
        ("next.ink", "03-26 08:45", "Mistral Medium 4 : des poids toujours fermés, des benchmarks à vérifier",
         "Comme son prédécesseur, le modèle n'est pas publié sous licence ouverte. Nous avons épluché la fiche technique et les résultats mis en avant par l'entreprise parisienne."),
    ]),
    # ------------------------------------------------ semiconductors, state aid
    ("eu-aid-grenoble-pilot-line", "fresh8", [
        ("usine-digitale.fr", "03-26 09:00", "Bruxelles autorise une aide française de 900 millions d'euros pour une ligne pilote de puces à Grenoble",
         "La Commission européenne valide le soutien de l'État au projet du CEA-Leti et de ses partenaires industriels, destiné à produire des composants gravés en FD-SOI 10 nanomètres d'ici 2029."),
    ]),
    # ------------------------------------------------ phishing wave
    ("ameli-sms-phishing", "fresh8", [
        ("clubic.com", "03-27 10:00", "Faux SMS de l'Assurance maladie : Cybermalveillance.gouv.fr alerte sur une vague d'arnaques",
         "Des messages invitant à mettre à jour sa carte Vitale ou à récupérer un remboursement redirigent vers de faux sites ameli. Le dispositif d'assistance aux victimes recense des milliers de signalements depuis lundi."),
    ]),
    # ------------------------------------------------ two versions of one system
    ("ios-26-4", "fresh8", [
        ("frandroid.com", "03-30 19:00", "iOS 26.4 est disponible : voici les nouveautés",
         "Apple déploie la mise à jour sur tous les iPhone compatibles. Au programme : une version remaniée de Siri capable d'agir dans les apps, de nouveaux emojis et des corrections de sécurité."),
        ("lesnumeriques.com", "03-31 08:00", "Faut-il installer la nouvelle mise à jour de l'iPhone tout de suite ?",
         "Nouveau Siri, autonomie, bugs signalés : notre premier bilan après une nuit d'utilisation d'iOS 26.4 sur iPhone 15, 16 et 17, et nos conseils avant de lancer l'installation."),
    ]),
    ("ios-26-4-1", "fresh8", [
        ("journaldugeek.com", "04-09 19:30", "Apple publie iOS 26.4.1 pour corriger un bug de batterie",
         "Une dizaine de jours après iOS 26.4, Apple déploie un correctif qui règle une consommation anormale de batterie et un problème de connexion à CarPlay signalés par de nombreux utilisateurs."),
        ("frandroid.com", "04-10 07:45", "iOS 26.4.1 : la mise à jour corrective est là, installez-la",
         "Elle comble aussi deux failles de WebKit qu'Apple dit « susceptibles d'avoir été exploitées ». La mise à jour pèse environ 500 Mo sur un iPhone 16 et s'installe en une dizaine de minutes."),
    ]),
    # ------------------------------------------------ two leaks the same day
    ("kiabi-leak", "fresh8", [
        ("numerama.com", "03-31 09:30", "Kiabi victime d'une fuite de données : des millions de clients concernés",
         "L'enseigne de prêt-à-porter prévient ses clients par e-mail qu'un tiers a eu accès à des noms, adresses, numéros de téléphone et historiques d'achat liés à son programme de fidélité."),
        ("clubic.com", "03-31 14:00", "Fuite de données chez Kiabi : ce qu'il faut faire si vous êtes client",
         "Les mots de passe et données bancaires ne seraient pas concernés, assure la marque. Attention cependant aux tentatives d'hameçonnage qui pourraient exploiter ces informations dans les prochaines semaines."),
        ("zdnet.fr", "04-02 10:00", "Kiabi : la fuite proviendrait d'un prestataire de marketing",
         "Deux jours après l'annonce de l'incident, l'enseigne nordiste précise que l'accès frauduleux a eu lieu via le compte d'un sous-traitant chargé de ses campagnes d'e-mailing. Une plainte a été déposée et la CNIL notifiée."),
    ]),
    ("ffhandball-leak", "fresh8", [
        ("01net.com", "03-31 17:20", "Handball : la fédération française piratée, les données de 500 000 licenciés dans la nature",
         "Un pirate affirme avoir dérobé la base des licenciés de la Fédération française de handball et en publie un échantillon sur un forum. Noms, dates de naissance et adresses figurent dans le fichier."),
        ("lefigaro.fr", "04-01 08:00", "Cyberattaque contre la Fédération française de handball : les licenciés appelés à la vigilance",
         "La fédération confirme une intrusion dans son logiciel de gestion des licences et a porté plainte. Elle recommande aux joueurs et à leurs parents de se méfier des messages suspects."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions two weeks apart
    ("ovhcloud-buys-koris", "fresh8", [
        ("lemagit.fr", "04-01 09:15", "OVHcloud rachète Koris, spécialiste lyonnais de l'observabilité",
         "Le fournisseur de cloud roubaisien met la main sur une start-up de 40 salariés dont la plateforme surveille les performances des applications. Le montant de l'opération n'est pas communiqué."),
        ("silicon.fr", "04-01 13:00", "Observabilité : OVHcloud s'offre Koris pour étoffer son PaaS",
         "Les outils de Koris seront intégrés au catalogue d'OVHcloud d'ici l'automne, avec une offre de supervision managée hébergée en Europe pour concurrencer Datadog."),
    ]),
    ("ovhcloud-buys-qubyte", "fresh8", [
        ("lesechos.fr", "04-15 06:45", "OVHcloud poursuit ses emplettes et s'offre la start-up quantique Qubyte",
         "Quinze jours après Koris, le groupe d'Octave Klaba annonce l'acquisition d'une jeune pousse grenobloise qui développe des outils de programmation pour ordinateurs quantiques."),
        ("usine-digitale.fr", "04-15 15:30", "Le numéro un européen du cloud muscle son offre quantique avec une acquisition grenobloise",
         "Après un premier rachat début avril, l'hébergeur nordiste met la main sur Qubyte, issue du CEA, pour proposer à ses clients un environnement complet de développement d'algorithmes quantiques."),
    ]),
    # ------------------------------------------------ e-commerce, parcel tax
    ("senate-parcel-tax", "fresh8", [
        ("lesechos.fr", "04-01 18:00", "Petits colis : le Sénat adopte une taxe de 2 euros visant Shein et Temu",
         "Les sénateurs ont voté mardi soir une taxe forfaitaire sur chaque colis de moins de 150 euros importé hors de l'Union européenne, destinée à financer les contrôles douaniers."),
        ("bfmtv.com", "04-02 07:30", "Shein, Temu : vos commandes vont-elles coûter plus cher ?",
         "Le Sénat a voté une taxe de deux euros par petit colis venant de pays extérieurs à l'UE. Elle doit encore être confirmée par l'Assemblée nationale avant une entrée en vigueur envisagée cet été."),
        ("journaldunet.com", "04-02 11:00", "E-commerce : ce que change la taxe sur les petits colis votée par la chambre haute",
         "Frais de gestion par article, exemption pour les vendeurs européens, contrôle douanier renforcé : le détail du dispositif adopté par les sénateurs et ses conséquences pour les marketplaces."),
    ]),
    # ------------------------------------------------ two CEO changes the same day
    ("sopra-steria-ceo", "fresh8", [
        ("lesechos.fr", "04-02 07:00", "Sopra Steria change de directeur général",
         "Le conseil d'administration de l'ESN a nommé Laurence Vidal, jusqu'ici directrice des opérations, au poste de directrice générale. Elle prendra ses fonctions le 1er juin."),
        ("lemagit.fr", "04-02 12:30", "Sopra Steria : Laurence Vidal nommée directrice générale",
         "Entrée dans le groupe en 2009, la nouvelle dirigeante aura pour mission d'accélérer le virage vers le conseil en IA et de redresser les activités britanniques, à la peine depuis deux ans."),
    ]),
    ("alten-ceo", "fresh8", [
        ("journaldunet.com", "04-02 09:30", "Alten : Marc Delorme prend la tête de l'ingénieriste",
         "Le groupe de conseil en ingénierie annonce la nomination de son directeur Europe du Nord au poste de directeur général, dans un contexte de ralentissement de l'activité automobile et aéronautique."),
        ("latribune.fr", "04-02 16:00", "Nouveau patron pour Alten, fragilisé par la crise de l'automobile",
         "L'arrivée de Marc Delorme à la direction générale intervient après deux trimestres de recul du chiffre d'affaires. Le fondateur reste président du conseil d'administration."),
    ]),
    # ------------------------------------------------ courts and piracy
    ("streaming-blocking-court", "fresh8", [
        ("next.ink", "04-03 10:00", "Le tribunal judiciaire de Paris ordonne le blocage de 25 sites de streaming sportif",
         "Saisi par la Ligue de football professionnel et Canal+, le tribunal impose aux principaux FAI et à plusieurs résolveurs DNS alternatifs de bloquer ces sites pour le reste de la saison."),
        ("numerama.com", "04-03 15:20", "Foot en streaming illégal : la justice fait aussi plier les DNS de Google et Cloudflare",
         "Pour la première fois à cette échelle, les résolveurs publics des géants américains doivent appliquer des mesures de blocage ordonnées en France. Les VPN ne sont en revanche pas visés."),
    ]),
    # ------------------------------------------------ one brand: a launch, then a recall three days later
    ("netatmo-doorbell-launch", "fresh8", [
        ("lesnumeriques.com", "04-07 09:00", "Netatmo lance une sonnette vidéo sans fil compatible Matter",
         "La filiale de Legrand présente une nouvelle sonnette à batterie, sans abonnement, avec reconnaissance des visages et stockage local sur carte microSD. Elle sera vendue 279 euros dès mai."),
        ("journaldugeek.com", "04-07 14:30", "Netatmo dévoile sa sonnette connectée sur batterie, et c'est une bonne nouvelle",
         "Jusqu'ici, la sonnette de la marque française devait être raccordée au carillon existant. Le nouveau modèle s'installe en quelques minutes et promet six mois d'autonomie."),
    ]),
    ("netatmo-smoke-recall", "fresh8", [
        ("01net.com", "04-10 11:00", "Netatmo rappelle ses détecteurs de fumée intelligents",
         "Un défaut de fabrication sur certains lots du détecteur connecté peut empêcher l'alarme de se déclencher. Legrand propose un remplacement gratuit et invite les clients à vérifier le numéro de série."),
        ("lefigaro.fr", "04-10 17:45", "Rappel produit : ces détecteurs de fumée connectés pourraient rester muets en cas d'incendie",
         "Les appareils concernés ont été vendus entre mars et septembre 2025 en grande surface de bricolage et en ligne. Le site RappelConso détaille la procédure d'échange."),
    ]),
    # ------------------------------------------------ two ransomware attacks the same day
    ("ransomware-chatellerault", "fresh8", [
        ("lemagit.fr", "04-08 08:30", "Grand Châtellerault : l'agglomération frappée par un rançongiciel",
         "La communauté d'agglomération de la Vienne a coupé l'ensemble de ses systèmes informatiques dans la nuit de lundi à mardi après le chiffrement de plusieurs serveurs. Les services en ligne sont indisponibles."),
        ("zdnet.fr", "04-08 13:00", "Cyberattaque à Châtellerault : les services publics tournent au ralenti",
         "État civil, médiathèques, piscine : les agents de la collectivité travaillent au papier et au crayon. L'Anssi et la gendarmerie accompagnent la collectivité, qui n'a pas reçu de demande de rançon à ce stade."),
        ("lefigaro.fr", "04-09 09:15", "« Nous repartons de zéro » : une agglomération de la Vienne paralysée après une cyberattaque",
         "Le maire de Châtellerault décrit une situation « inédite » et estime que plusieurs semaines seront nécessaires pour rétablir les outils informatiques. Le groupe Qilin revendique l'attaque sur son site vitrine."),
    ]),
    ("ransomware-ch-macon", "fresh8", [
        ("lemondeinformatique.fr", "04-08 11:40", "Le centre hospitalier de Mâcon victime d'une attaque par ransomware",
         "L'hôpital de Saône-et-Loire a déclenché son plan blanc numérique mardi matin. Les urgences restent ouvertes mais certains patients sont réorientés vers Chalon-sur-Saône et Bourg-en-Bresse."),
        ("bfmtv.com", "04-08 18:00", "Hôpital de Mâcon : les déprogrammations d'opérations se multiplient après la cyberattaque",
         "Privé de son dossier patient informatisé, l'établissement reporte des interventions non urgentes. L'Agence régionale de santé assure que la sécurité des patients n'est pas menacée."),
    ]),
    # ------------------------------------------------ semiconductors, job cuts
    ("soitec-job-cuts", "fresh8", [
        ("usine-digitale.fr", "04-09 07:30", "Soitec annonce la suppression de 180 postes à Bernin",
         "Face à l'effondrement de la demande de substrats pour smartphones, le spécialiste isérois des plaquettes SOI engage un plan de départs et met à l'arrêt une ligne de production 200 mm."),
        ("lemondeinformatique.fr", "04-09 15:45", "Le fabricant grenoblois de plaquettes SOI réduit la voilure",
         "Cent quatre-vingts emplois sont menacés sur le site de Bernin. Les syndicats redoutent que la production soit progressivement déplacée vers Singapour, où le groupe vient d'agrandir son usine."),
    ]),
    # ------------------------------------------------ two banks' apps, a week apart
    ("bnp-app-outage", "fresh8", [
        ("bfmtv.com", "04-13 08:20", "Panne BNP Paribas : l'application Mes Comptes inaccessible ce lundi",
         "Depuis tôt ce matin, les clients de la banque ne parviennent plus à se connecter à leur application ni à leur espace en ligne. Les paiements par carte fonctionnent normalement."),
        ("lefigaro.fr", "04-13 16:30", "Clients privés d'accès à leurs comptes : la première banque française s'excuse",
         "Après près de huit heures de dysfonctionnement, l'application et le site de BNP Paribas sont de nouveau accessibles. La banque exclut une cyberattaque et met en cause une mise à jour d'infrastructure."),
    ]),
    ("labanquepostale-app-redesign", "fresh8", [
        ("frandroid.com", "04-20 10:00", "La Banque Postale refond entièrement son application mobile",
         "Nouvelle interface, virements instantanés gratuits, gestion de la carte en un geste : la banque déploie progressivement sa nouvelle appli auprès de ses 10 millions d'utilisateurs, d'abord sur Android."),
    ]),
    # ------------------------------------------------ a daily digest, two days
    ("usine-brief-04-14", "fresh8", [
        ("usine-digitale.fr", "04-14 06:00", "Le Brief Tech du 14 avril : Soitec, hôpital de Mâcon, panne bancaire",
         "Chaque matin, l'essentiel de l'actualité numérique : un plan social dans les semi-conducteurs, un hôpital toujours paralysé après une cyberattaque et une appli bancaire restée muette toute une journée."),
    ]),
    ("usine-brief-04-15", "fresh8", [
        ("usine-digitale.fr", "04-15 07:00", "Le Brief Tech du 15 avril : OVHcloud, Doctolib, quantique",
         "L'essentiel de l'actualité numérique de ce mercredi : un nouveau rachat dans le cloud, un assistant IA pour les médecins et la montée en puissance des start-up quantiques françaises."),
    ]),
    # ------------------------------------------------ AI in health
    ("doctolib-ai-assistant", "fresh8", [
        ("numerama.com", "04-14 10:30", "Doctolib lance un assistant IA qui rédige les comptes rendus de consultation",
         "La plateforme de prise de rendez-vous propose aux médecins un outil qui écoute la consultation, avec l'accord du patient, et génère une synthèse dans le dossier médical. Il est facturé 49 euros par mois."),
        ("journaldunet.com", "04-14 16:00", "La licorne de la e-santé se lance dans l'IA ambiante pour les médecins",
         "Baptisé Doctolib Assistant, le service repose sur des modèles hébergés en France sur une infrastructure certifiée HDS. L'entreprise revendique déjà 5 000 praticiens bêta-testeurs."),
    ]),
    # ------------------------------------------------ one regulator, two fines, one day
    ("cnil-conforama", "fresh8", [
        ("next.ink", "04-16 10:00", "La CNIL inflige 3 millions d'euros d'amende à Conforama",
         "L'enseigne d'ameublement est sanctionnée pour la vidéosurveillance excessive de ses salariés en entrepôt et pour des mots de passe clients stockés sans chiffrement robuste."),
        ("lemagit.fr", "04-16 14:15", "Vidéosurveillance des salariés : Conforama sanctionnée par le gendarme de la vie privée",
         "Caméras filmant en continu les postes de travail, écoute des appels du service client, sécurité défaillante : la formation restreinte de la CNIL a retenu cinq manquements au RGPD."),
    ]),
    ("cnil-dott", "fresh8", [
        ("numerama.com", "04-16 17:00", "Trottinettes et vélos en libre-service : Dott condamnée à 1,2 million d'euros par la CNIL",
         "L'opérateur de micromobilité collectait la position GPS de ses utilisateurs en permanence, y compris en dehors des trajets. La Commission lui laisse trois mois pour revoir son application."),
    ]),
    # ------------------------------------------------ AI data centres
    ("dunkirk-ai-campus", "fresh8", [
        ("latribune.fr", "04-17 07:00", "Un campus de datacenters IA de 1 GW va sortir de terre près de Dunkerque",
         "Un consortium emmené par le fonds américain Crestline Infrastructure et EDF investira 12 milliards d'euros dans un site capable d'accueillir plusieurs centaines de milliers de GPU d'ici 2030."),
        ("lesechos.fr", "04-17 09:30", "IA : 12 milliards d'euros pour un gigantesque centre de données dans le Nord",
         "Le projet, soutenu par l'État, s'appuiera sur l'électricité de la centrale nucléaire de Gravelines. Les premiers bâtiments doivent être opérationnels en 2028, selon ses promoteurs."),
        ("usine-digitale.fr", "04-18 08:00", "Data centers : Gravelines, nouvel eldorado de l'intelligence artificielle ?",
         "Après l'annonce d'un campus d'un gigawatt près de Dunkerque, élus et industriels s'interrogent sur la capacité du réseau électrique local et sur les besoins en eau du projet."),
    ]),
    # ------------------------------------------------ a weekly podcast
    ("numerama-podcast-04-20", "fresh8", [
        ("numerama.com", "04-20 05:30", "Podcast : l'IA va-t-elle remplacer les développeurs ?",
         "Dans ce nouvel épisode de notre podcast hebdomadaire, nous recevons une ingénieure logicielle et un recruteur pour parler de l'impact des assistants de code sur les métiers du développement."),
    ]),
    # ------------------------------------------------ space, a defence contract
    ("eutelsat-army-contract", "fresh8", [
        ("latribune.fr", "04-21 08:00", "Eutelsat décroche un contrat géant avec le ministère des Armées",
         "L'opérateur de satellites fournira pendant dix ans des communications en orbite basse via sa constellation OneWeb aux forces françaises déployées, pour un montant estimé à 800 millions d'euros."),
        ("lesechos.fr", "04-21 11:30", "Défense : OneWeb devient le réseau satellitaire des armées françaises",
         "Ce contrat pluriannuel conforte la stratégie de l'État, premier actionnaire d'Eutelsat, qui veut une alternative souveraine à Starlink. Le titre bondit de 9 % à la Bourse de Paris."),
    ]),
    ("ondalys-funding", "fresh8", [
        ("journaldunet.com", "04-21 09:00", "Cybersécurité : la nantaise Ondalys lève 60 millions d'euros",
         "La start-up, qui détecte les comportements anormaux sur les réseaux industriels, réalise l'une des plus grosses séries B de l'année dans la cyber française, menée par Keensight avec Bpifrance."),
    ]),
    # ------------------------------------------------ two firms' quarterly figures the same day
    ("orange-q1", "fresh8", [
        ("lesechos.fr", "04-23 06:30", "Orange : le chiffre d'affaires progresse au premier trimestre grâce à l'Afrique",
         "L'opérateur affiche des revenus de 10,1 milliards d'euros, en hausse de 1,8 %, portés par la zone Afrique et Moyen-Orient, tandis que la France reste stable. Les objectifs annuels sont confirmés."),
        ("bfmtv.com", "04-23 09:00", "L'opérateur historique confirme ses objectifs malgré un marché français atone",
         "La bataille des prix dans le mobile pèse toujours sur Orange en France, mais le groupe compense par la croissance de ses activités africaines et de sa branche cybersécurité."),
    ]),
    ("dassault-systemes-q1", "fresh8", [
        ("lemondeinformatique.fr", "04-23 08:00", "Dassault Systèmes abaisse ses prévisions après un premier trimestre décevant",
         "L'éditeur de logiciels de conception voit son chiffre d'affaires stagner à 1,58 milliard d'euros, pénalisé par l'attentisme des constructeurs automobiles. Il réduit son objectif de croissance annuelle."),
        ("zdnet.fr", "04-23 11:00", "Trimestre en demi-teinte pour l'éditeur de Vélizy, l'action chute",
         "Le titre Dassault Systèmes recule de plus de 8 % en Bourse après l'abaissement de la prévision de croissance des revenus 2026, désormais attendue entre 3 et 5 %."),
        ("challenges.fr", "04-23 14:30", "Pourquoi Dassault Systèmes inquiète les marchés",
         "Ralentissement de Solidworks, transition douloureuse vers le modèle par abonnement, retard de la 3DEXPERIENCE dans la santé : les raisons du coup de froid sur le champion français du logiciel."),
    ]),
    # ------------------------------------------------ public-sector IT, an audit
    ("cour-comptes-dgfip", "fresh8", [
        ("next.ink", "04-24 09:00", "La Cour des comptes étrille la modernisation informatique de la DGFiP",
         "Dans un rapport publié jeudi, les magistrats financiers relèvent des retards de six ans et un dépassement de budget de 40 % sur le programme de refonte des applications de gestion de l'impôt."),
        ("lemagit.fr", "04-24 15:00", "Impôts : les dérives du chantier de refonte du SI pointées par les magistrats financiers",
         "Le programme, lancé en 2018, a déjà coûté plus de 900 millions d'euros. La Cour recommande de renforcer le pilotage interne et de réduire la dépendance de l'administration aux ESN."),
    ]),
    # ------------------------------------------------ a weekly newsletter
    ("next-hebdo-04-25", "fresh8", [
        ("next.ink", "04-25 07:00", "Next Hebdo #142 : la Cour des comptes, Dassault Systèmes, Eutelsat…",
         "Chaque samedi, notre sélection des articles de la semaine : un rapport sévère sur l'informatique fiscale, des résultats qui inquiètent dans le logiciel et un contrat militaire pour les satellites européens."),
    ]),
    # ------------------------------------------------ pay in tech
    ("tech-salaries-study", "fresh8", [
        ("silicon.fr", "04-28 08:00", "Salaires dans le numérique : les hausses ralentissent en 2026, selon une étude",
         "Les rémunérations des ingénieurs et développeurs n'ont progressé que de 2,1 % en moyenne cette année, contre 4 % en 2024, d'après l'enquête annuelle d'un cabinet de recrutement auprès de 12 000 professionnels."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
