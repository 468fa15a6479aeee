"""The 63rd fresh labelled set of French tech-news articles (devices and trade shows, May-July 2026), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh63".
Positives: titles sharing almost no word with the rest of their event ("L'assistant d'Apple se
réinvente grâce à Mountain View"), events named only by periphrasis in one article ("le géant de
Cupertino", "le caméléon vert", "le numéro un coréen", "l'opérateur historique", "le champion
français de l'IA"), an English word title ("Layoffs chez Orange", "Price hike pour la PS5"),
quotes as titles, syndicated stories ("selon Les Echos", "selon L'Informé"), terse follow-ups
the next day ("c'est réparé", "Apple reconnaît le problème"), post-mortems, explainers ("ce qui
change", "la liste des iPhone compatibles"), a hands-on published at the launch, digits vs
words ("1 000" / « un millier »).
Hard negatives: several products of one keynote in separate articles (Nvidia N1X vs RTX 5080
Super at Computex; AMD Ryzen vs Radeon; Apple iOS 27 vs macOS 27 vs Siri vs iPadOS 27 at WWDC;
Samsung Fold 8 vs Flip 8 vs Watch 9 at Unpacked; Google Gemini vs Android XR glasses at I/O;
Nothing Phone vs Headphone), show roundups beside the announcements they list, a preview of a
keynote before it, an invitation to Unpacked before the launch, a launch then its review weeks
later, a launch then its French price a month later, a launch then a defect complaint, iOS 26.5
release then its battery bug, One UI 8.5 rollout then its Wi-Fi bug, a GPU launch then a driver
bug, iOS 27 beta 2 after WWDC, Apple withholding iOS 27 features in the EU the day after the
keynote, Switch 2 price rise then a Switch 2 update bug, Switch 2 price rise vs PS5 price rise,
Samsung preliminary vs definitive Q2 results, Samsung and Apple results the same day, two
OVHcloud outages five weeks apart (the later vague about place), Orange layoffs then a strike,
two hospital ransomware attacks two days apart, a CNIL fine then its appeal, two funding rounds
the same day, two Fortinet patches a month apart, two operators' outages the same day, weekly
newsletters, deals posts and monthly buying guides that recur, a Pixel price cut beside the
console price rises, an AirPods firmware bug beside the iOS and One UI bugs.
`build` fixes the year 2026; times are UTC, May, June and July 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 0.927, recall 0.814 (0.833 /
0.821 on 13a24e1, the code that landed at stop 26); nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- OVHcloud outage at Gravelines (first of two)
    ("ovh-outage-gravelines", "fresh63", [
        ("lemagit.fr", "05-05 08:10",
         "OVHcloud : une panne électrique paralyse le site de Gravelines",
         "Une défaillance d'un onduleur dans un datacenter de Gravelines a rendu indisponibles des milliers de serveurs "
         "dédiés et d'instances Public Cloud pendant près de cinq heures dans la nuit de lundi à mardi."),
        ("silicon.fr", "05-05 10:35",
         "Panne chez OVHcloud : les clients du Nord privés de services toute la nuit",
         "L'hébergeur roubaisien attribue l'interruption à un incident d'alimentation sur son campus de Gravelines ; "
         "le retour à la normale a été constaté au petit matin."),
        ("01net.com", "05-05 13:00",
         "Des milliers de sites web inaccessibles après une coupure chez OVH",
         "Boutiques en ligne, sites de mairies, serveurs de jeu : de nombreux services hébergés par OVHcloud sont "
         "restés hors ligne plusieurs heures mardi à cause d'un problème électrique."),
        ("lemagit.fr", "05-06 09:20",
         "Gravelines : OVHcloud publie son post-mortem",
         "L'onduleur défaillant n'a pas basculé sur le circuit de secours ; l'hébergeur promet de revoir ses procédures "
         "de maintenance et de dédommager les clients concernés."),
    ]),
    # ---------------------------------------------- Orange job cuts (then a strike three weeks later)
    ("orange-layoffs", "fresh63", [
        ("linforme.com", "05-06 05:45",
         "Orange Business prépare la suppression d'un millier de postes",
         "Selon nos informations, la filiale de services aux entreprises d'Orange va présenter aux syndicats un plan "
         "de départs volontaires portant sur environ 1 000 postes en France."),
        ("lemagit.fr", "05-06 09:00",
         "Orange Business : un plan de départs d'environ 1 000 salariés",
         "L'opérateur historique réduit la voilure dans sa branche entreprises, frappée par la baisse des revenus de "
         "la voix fixe et des réseaux privés."),
        ("lesechos.fr", "05-06 11:30",
         "Orange va réduire de 1 000 postes les effectifs de sa branche entreprises",
         "La direction d'Orange Business confirme un plan de départs volontaires, révélé par L'Informé, qui doit être "
         "bouclé d'ici à la fin 2027."),
        ("silicon.fr", "05-06 14:40",
         "Layoffs chez Orange",
         "Un millier d'emplois doivent disparaître chez Orange Business, surtout dans l'intégration et le support des "
         "réseaux d'entreprise."),
        ("zdnet.fr", "05-07 08:05",
         "Orange Business : ce que contient le plan de départs",
         "Rupture conventionnelle collective, mobilités internes, calendrier : le détail du dispositif qui vise un "
         "millier de salariés de la branche B2B de l'opérateur."),
    ]),
    # ---------------------------------------------- iOS 26.5 release (its battery bug comes three days later)
    ("ios-26-5-release", "fresh63", [
        ("frandroid.com", "05-11 18:30",
         "iOS 26.5 est disponible : voici les nouveautés",
         "Apple déploie iOS 26.5 sur les iPhone compatibles, avec de nouveaux fonds d'écran, la traduction en direct "
         "dans Messages et une série de correctifs de sécurité."),
        ("01net.com", "05-11 19:15",
         "Apple publie iOS 26.5 : faut-il faire la mise à jour ?",
         "La nouvelle version d'iOS apporte quelques fonctions pour Apple Music et Messages et corrige une trentaine "
         "de failles. Voici comment l'installer."),
        ("numerama.com", "05-12 07:40",
         "Mise à jour iPhone : iOS 26.5 arrive avec la traduction en direct dans Messages",
         "Le géant de Cupertino a lancé lundi soir la cinquième mise à jour majeure d'iOS 26, centrée sur les "
         "messages et la musique."),
    ]),
    # ---------------------------------------------- Fortinet patch, May (another one in June)
    ("fortinet-patch-may", "fresh63", [
        ("lemondeinformatique.fr", "05-12 16:20",
         "Fortinet corrige une faille critique dans FortiOS",
         "Une vulnérabilité d'exécution de code à distance notée 9,8 affecte l'interface SSL-VPN de FortiOS ; "
         "l'éditeur appelle à appliquer le correctif sans attendre."),
        ("lemagit.fr", "05-13 08:30",
         "FortiOS : une vulnérabilité critique du SSL-VPN déjà exploitée",
         "Fortinet reconnaît des exploitations limitées de la faille CVE-2026-24471 et publie des indicateurs de "
         "compromission pour les pare-feu FortiGate."),
    ]),
    # ---------------------------------------------- One UI 8.5 rollout (Wi-Fi bug three days later)
    ("one-ui-8-5-rollout", "fresh63", [
        ("frandroid.com", "05-12 09:00",
         "One UI 8.5 : Samsung lance le déploiement sur les Galaxy S26",
         "La mise à jour stable de l'interface de Samsung arrive en France sur les Galaxy S26, S26+ et S26 Ultra, "
         "avec de nouvelles fonctions Galaxy AI."),
        ("lesnumeriques.com", "05-12 15:45",
         "Galaxy S26 : la mise à jour One UI 8.5 arrive en France, voici ce qui change",
         "Retouche photo générative, nouveau panneau de réglages rapides et mode batterie adaptatif : le tour des "
         "nouveautés de la mise à jour."),
    ]),
    # ---------------------------------------------- Switch 2 price rise in France
    ("switch-2-price-fr", "fresh63", [
        ("numerama.com", "05-13 08:15",
         "Nintendo augmente le prix de la Switch 2 en France",
         "À partir du 1er juin, la console hybride passera de 469,99 à 499,99 euros en France ; Nintendo invoque les "
         "droits de douane et la hausse du coût des composants."),
        ("lesnumeriques.com", "05-13 10:30",
         "La Switch 2 passe à 499,99 euros : achetez-la avant le 1er juin",
         "Le constructeur de Kyoto relève de 30 euros le prix de sa console, pack Mario Kart World compris à 549,99 "
         "euros."),
        ("bfmtv.com", "05-13 17:00",
         "Un an après sa sortie, la Switch 2 coûtera 30 euros de plus",
         "Nintendo justifie la hausse de prix de sa console par le contexte économique mondial. La mesure entre en "
         "vigueur le 1er juin."),
    ]),
    # ---------------------------------------------- iOS 26.5 battery bug (days after the release)
    ("ios-26-5-battery-bug", "fresh63", [
        ("01net.com", "05-14 11:20",
         "iOS 26.5 vide la batterie de votre iPhone ? Vous n'êtes pas seul",
         "Depuis la dernière mise à jour, de nombreux utilisateurs se plaignent d'une autonomie en chute libre et "
         "d'un iPhone qui chauffe même en veille."),
        ("frandroid.com", "05-14 16:00",
         "Autonomie en berne depuis la mise à jour : les iPhone ne tiennent plus la journée",
         "Sur les forums d'Apple, les témoignages se multiplient : un processus système tournerait en boucle après "
         "l'installation d'iOS 26.5."),
        ("numerama.com", "05-15 08:40",
         "Batterie : pourquoi votre iPhone se décharge si vite depuis iOS 26.5",
         "L'indexation de la photothèque relancée en permanence serait en cause. En attendant un correctif, "
         "quelques réglages limitent les dégâts."),
        ("macg.co", "05-16 07:30",
         "Autonomie : Apple reconnaît le problème",
         "Le constructeur promet un correctif rapide pour les iPhone dont la batterie fond depuis la dernière "
         "version d'iOS."),
    ]),
    # ---------------------------------------------- One UI 8.5 cuts the Wi-Fi (bug after the rollout)
    ("one-ui-8-5-wifi-bug", "fresh63", [
        ("frandroid.com", "05-15 10:10",
         "Galaxy S26 : la mise à jour One UI 8.5 coupe le Wi-Fi",
         "Des propriétaires de Galaxy S26 constatent des déconnexions Wi-Fi à répétition depuis l'installation de la "
         "dernière version de l'interface de Samsung."),
        ("01net.com", "05-15 14:30",
         "Votre Samsung perd le Wi-Fi toutes les cinq minutes ? La faute à la mise à jour",
         "Le numéro un coréen a suspendu le déploiement de sa mise à jour après une vague de signalements sur ses "
         "forums."),
        ("numerama.com", "05-16 09:05",
         "Samsung suspend One UI 8.5 après des coupures de connexion",
         "Samsung confirme un bug réseau sur certains Galaxy S26 et prépare un correctif ; le déploiement est gelé "
         "en Europe."),
    ]),
    # ---------------------------------------------- Microsoft Build: Windows agents
    ("microsoft-build-windows-agents", "fresh63", [
        ("lemondeinformatique.fr", "05-18 18:40",
         "Build 2026 : Microsoft transforme Windows en plateforme d'agents IA",
         "À sa conférence développeurs, l'éditeur a présenté un cadre permettant aux agents de piloter les "
         "applications Windows, avec un contrôle des permissions par l'utilisateur."),
        ("zdnet.fr", "05-19 07:50",
         "Le géant de Redmond veut que des agents pilotent votre PC",
         "Les agents pourront ouvrir des applications, remplir des formulaires et manipuler des fichiers dans un "
         "espace isolé de Windows 11, a annoncé Microsoft à Seattle."),
    ]),
    # ---------------------------------------------- Google I/O: Gemini 3.5 (same keynote as the XR glasses)
    ("google-gemini-3-5", "fresh63", [
        ("numerama.com", "05-19 18:30",
         "Google I/O 2026 : Gemini 3.5 est là, et il veut faire vos courses",
         "Google a dévoilé Gemini 3.5, un modèle capable d'agir sur le web pour réserver, acheter ou remplir des "
         "démarches à la place de l'utilisateur."),
        ("usine-digitale.fr", "05-19 19:20",
         "Google lance Gemini 3.5 Pro et Flash",
         "Le nouveau modèle de Google progresse nettement en raisonnement et en code ; la version Flash est "
         "disponible dès aujourd'hui dans l'application Gemini."),
        ("clubic.com", "05-19 21:00",
         "Gemini 3.5 : tout savoir sur le nouveau modèle d'IA de Google",
         "Performances, disponibilité en France, abonnements : ce qu'il faut retenir de l'annonce phare de la "
         "conférence de Mountain View."),
        ("01net.com", "05-20 08:45",
         "La firme de Mountain View dégaine son IA la plus puissante",
         "Raisonnement plus long, mode agent et intégration dans Chrome : Google a fait de son nouveau modèle la "
         "vedette de sa conférence annuelle."),
    ]),
    # ---------------------------------------------- Google I/O: Android XR glasses
    ("google-android-xr-glasses", "fresh63", [
        ("frandroid.com", "05-19 19:00",
         "Android XR : Google montre enfin ses lunettes connectées grand public",
         "Conçues avec Warby Parker et Gentle Monster, les lunettes Android XR affichent des informations dans le "
         "verre et s'appuient sur Gemini ; sortie prévue à l'automne."),
        ("lesnumeriques.com", "05-19 22:10",
         "Google I/O : les lunettes Android XR arrivent cet automne",
         "Micro, caméra, écran discret dans un verre : Google détaille ses lunettes intelligentes, sans en donner "
         "le prix."),
        ("numerama.com", "05-20 10:15",
         "Nous avons essayé les lunettes de Google : premières impressions",
         "Traduction sous-titrée, itinéraires dans le champ de vision : notre prise en main des lunettes Android XR "
         "présentées mardi en Californie."),
    ]),
    # ---------------------------------------------- Google I/O roundup (lists the keynote, is its own article)
    ("google-io-roundup", "fresh63", [
        ("journaldugeek.com", "05-20 12:00",
         "Google I/O 2026 : toutes les annonces à retenir",
         "Gemini 3.5, lunettes Android XR, Chrome agentique et nouveautés d'Android 17 : le récapitulatif de la "
         "keynote de Google."),
    ]),
    # ---------------------------------------------- CNIL fines Bouygues Telecom (appealed in July)
    ("cnil-fine-bouygues", "fresh63", [
        ("next.ink", "05-20 10:30",
         "La CNIL inflige 18 millions d'euros d'amende à Bouygues Telecom",
         "L'autorité sanctionne l'opérateur pour des manquements à la sécurité des données ayant permis la fuite des "
         "informations de 6 millions de clients en 2025."),
        ("lemondeinformatique.fr", "05-20 14:00",
         "Fuite de données : Bouygues Telecom sanctionné par la CNIL",
         "La formation restreinte de la CNIL a prononcé une amende de 18 millions d'euros, estimant que l'opérateur "
         "n'avait pas protégé correctement ses bases clients."),
        ("lefigaro.fr", "05-20 16:45",
         "Bouygues Telecom condamné à payer 18 millions d'euros pour une fuite de données",
         "Le gendarme de la vie privée reproche à l'opérateur des mots de passe trop faibles et une "
         "journalisation insuffisante."),
    ]),
    # ---------------------------------------------- Pixel price cut (single; not a price rise)
    ("pixel-10-price-cut", "fresh63", [
        ("frandroid.com", "05-20 15:30",
         "Google baisse le prix du Pixel 10 en France",
         "Au lendemain de sa conférence I/O, Google fait passer son smartphone de 899 à 799 euros sur le Google Store "
         "et chez les opérateurs."),
    ]),
    # ---------------------------------------------- two funding rounds the same day
    ("funding-lumenza", "fresh63", [
        ("lesechos.fr", "05-21 06:30",
         "Lumenza lève 18 millions d'euros pour ses lunettes à réalité augmentée",
         "La start-up lyonnaise, qui conçoit des lunettes légères pour les techniciens de maintenance, boucle un tour "
         "de table mené par Eurazeo."),
        ("usine-digitale.fr", "05-21 09:40",
         "Réalité augmentée : la pépite lyonnaise Lumenza boucle une série A de 18 millions",
         "Les fonds serviront à industrialiser la production en France et à ouvrir un bureau à Munich."),
    ]),
    ("funding-cybelis", "fresh63", [
        ("lesechos.fr", "05-21 07:00",
         "Cybelis lève 25 millions d'euros pour protéger les PME des rançongiciels",
         "La jeune pousse parisienne, qui vend une offre de détection et de réponse managée aux petites entreprises, "
         "réalise une série B auprès de Partech et Bpifrance."),
        ("journaldunet.com", "05-21 11:15",
         "Cybersécurité : Cybelis boucle un tour de table de 25 millions",
         "La start-up veut recruter 120 personnes et s'implanter en Espagne et en Italie d'ici à 2027."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #21 (recurs)
    ("next-hebdo-21", "fresh63", [
        ("next.ink", "05-23 08:00",
         "Hebdo #21 : iOS 26.5, Google I/O et l'amende de Bouygues",
         "Chaque samedi, notre sélection : la batterie des iPhone, les annonces de Google et la sanction de la CNIL "
         "contre Bouygues Telecom."),
    ]),
    # ---------------------------------------------- ransomware at Saint-Nazaire hospital (another one two days later)
    ("ransomware-ch-saint-nazaire", "fresh63", [
        ("lemagit.fr", "05-26 08:50",
         "Cyberattaque : le centre hospitalier de Saint-Nazaire frappé par un rançongiciel",
         "L'hôpital a basculé en mode dégradé dans la nuit après le chiffrement de plusieurs serveurs ; les urgences "
         "restent ouvertes mais des opérations sont reportées."),
        ("numerama.com", "05-26 12:10",
         "Saint-Nazaire : l'hôpital revient au papier après une attaque informatique",
         "Dossiers patients inaccessibles, laboratoire à l'arrêt : l'établissement ligérien a déclenché sa cellule "
         "de crise et prévenu l'ANSSI."),
        ("zdnet.fr", "05-27 09:30",
         "Hôpital de Saint-Nazaire : le groupe Qilin revendique l'attaque",
         "Les cybercriminels menacent de publier 400 Go de données volées au centre hospitalier si aucune rançon "
         "n'est versée."),
    ]),
    # ---------------------------------------------- DJI launch (single)
    ("dji-osmo-pocket-4", "fresh63", [
        ("lesnumeriques.com", "05-26 13:00",
         "DJI Osmo Pocket 4 : la caméra de poche passe au capteur 1 pouce double",
         "Le fabricant chinois renouvelle sa petite caméra stabilisée, annoncée à 569 euros, avec un écran plus "
         "grand et un enregistrement en 4K à 240 images par seconde."),
    ]),
    # ---------------------------------------------- ransomware at Nîmes university hospital
    ("ransomware-chu-nimes", "fresh63", [
        ("lemagit.fr", "05-28 09:15",
         "Le CHU de Nîmes à son tour victime d'un rançongiciel",
         "Deux jours après Saint-Nazaire, le centre hospitalier universitaire de Nîmes a été touché par une attaque "
         "qui a paralysé sa messagerie et son logiciel de rendez-vous."),
        ("01net.com", "05-28 15:30",
         "Nouvelle cyberattaque contre un hôpital : le CHU de Nîmes touché",
         "L'établissement gardois a coupé ses accès à Internet par précaution ; aucune revendication n'a été publiée "
         "pour l'instant."),
    ]),
    # ---------------------------------------------- strike at Orange (after the layoffs)
    ("orange-strike", "fresh63", [
        ("next.ink", "05-28 10:45",
         "Grève chez Orange Business contre le plan de départs",
         "À l'appel de la CFE-CGC et de SUD, des salariés de la branche entreprises d'Orange ont cessé le travail "
         "jeudi pour réclamer l'abandon des suppressions de postes."),
        ("bfmtv.com", "05-28 17:20",
         "Mobilisation chez Orange : les salariés de la branche entreprises débraient",
         "Rassemblés devant le siège d'Issy-les-Moulineaux, les grévistes dénoncent un plan mené « à marche forcée »."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #22
    ("next-hebdo-22", "fresh63", [
        ("next.ink", "05-30 08:00",
         "Hebdo #22 : hôpitaux attaqués, grève chez Orange et DJI",
         "Chaque samedi, notre sélection : les rançongiciels de Saint-Nazaire et de Nîmes, le débrayage chez Orange "
         "Business et la nouvelle caméra de DJI."),
    ]),
    # ---------------------------------------------- monthly buying guide, June edition (recurs)
    ("lesnum-guide-smartphones-june", "fresh63", [
        ("lesnumeriques.com", "06-01 06:00",
         "Quel smartphone acheter ? Notre sélection des meilleurs modèles en juin 2026",
         "Galaxy S26, iPhone 17, Pixel 10 : notre guide d'achat mensuel des meilleurs smartphones, du milieu de "
         "gamme au haut de gamme."),
    ]),
    # ---------------------------------------------- Computex: Nvidia N1X PC chip (same keynote as the RTX 5080 Super)
    ("nvidia-n1x", "fresh63", [
        ("lesnumeriques.com", "06-01 05:30",
         "Computex 2026 : Nvidia dévoile N1X, sa puce Arm pour PC portables Windows",
         "Conçue avec MediaTek, la puce N1X associe des cœurs Arm et un GPU Blackwell ; les premiers portables de "
         "Dell, Asus et Lenovo sont attendus pour la rentrée."),
        ("frandroid.com", "06-01 07:10",
         "Nvidia entre sur le marché des processeurs pour PC avec N1X",
         "La puce N1X vise directement les Snapdragon X2 de Qualcomm et les Core Ultra d'Intel, avec une autonomie "
         "annoncée de plus de 20 heures."),
        ("clubic.com", "06-01 09:45",
         "Windows sur Arm : le caméléon vert s'invite dans les portables",
         "Jensen Huang a présenté à Taipei son premier système sur puce pour ordinateurs, fruit d'une alliance avec "
         "le taïwanais MediaTek."),
        ("lemondeinformatique.fr", "06-01 14:20",
         "Avec N1X, Nvidia s'attaque à Intel et AMD sur le PC",
         "Le fournisseur de GPU a profité du Computex pour lancer sa puce pour PC Windows, une menace directe pour "
         "les fondeurs x86."),
    ]),
    # ---------------------------------------------- Computex: GeForce RTX 5080 Super
    ("nvidia-rtx-5080-super", "fresh63", [
        ("lesnumeriques.com", "06-01 06:15",
         "GeForce RTX 5080 Super : Nvidia muscle sa carte graphique haut de gamme",
         "Annoncée au Computex, la RTX 5080 Super passe à 24 Go de mémoire GDDR7 et sera vendue 1 199 euros à partir "
         "du 16 juin."),
        ("01net.com", "06-01 10:30",
         "Nvidia lance la RTX 5080 Super, avec 24 Go de mémoire vidéo",
         "La nouvelle carte graphique succède à la RTX 5080 avec davantage de mémoire et des fréquences en hausse. "
         "Prix et date de sortie."),
        ("journaldugeek.com", "06-01 12:40",
         "Les joueurs attendaient plus de mémoire, Nvidia les a entendus",
         "La firme de Jensen Huang a dévoilé une version Super de sa carte graphique RTX 5080 avec 24 Go de GDDR7, "
         "disponible mi-juin."),
    ]),
    # ---------------------------------------------- Computex: AMD Ryzen Zen 6 (same keynote as the Radeon)
    ("amd-ryzen-zen6", "fresh63", [
        ("lesnumeriques.com", "06-02 04:50",
         "Computex 2026 : AMD lance les Ryzen 10000, premiers processeurs Zen 6",
         "Gravés en 2 nm chez TSMC, les nouveaux Ryzen de bureau gardent le socket AM5 et promettent 15 % de "
         "performances en plus par cycle."),
        ("clubic.com", "06-02 08:20",
         "Zen 6 : AMD dévoile ses Ryzen 10000 pour PC de bureau",
         "Jusqu'à 24 cœurs et un cache 3D sur les modèles X3D : Lisa Su a détaillé la nouvelle gamme à Taipei ; "
         "sortie en septembre."),
        ("lemondeinformatique.fr", "06-02 13:10",
         "AMD présente sa génération de processeurs Zen 6 au Computex",
         "Le fondeur de Santa Clara a annoncé les Ryzen 10000 pour les ordinateurs de bureau, compatibles avec les "
         "cartes mères AM5 existantes."),
    ]),
    # ---------------------------------------------- Computex: AMD Radeon RX 9080 XT
    ("amd-radeon-rx-9080", "fresh63", [
        ("lesnumeriques.com", "06-02 05:40",
         "AMD annonce la Radeon RX 9080 XT pour concurrencer la RTX 5080",
         "La nouvelle carte graphique RDNA 4 d'AMD embarque 20 Go de mémoire et sera proposée à 799 euros en juillet."),
        ("frandroid.com", "06-02 11:00",
         "Radeon RX 9080 XT : AMD revient dans le très haut de gamme",
         "Après une génération limitée au milieu de gamme, AMD dévoile au Computex une Radeon plus musclée, moins "
         "chère que la concurrence."),
    ]),
    # ---------------------------------------------- Computex: Asus ROG Ally 3 (French price a month later)
    ("asus-rog-ally-3", "fresh63", [
        ("frandroid.com", "06-03 03:30",
         "Asus ROG Ally 3 : la console portable passe à Zen 6 et à un écran OLED",
         "Présentée au Computex, la nouvelle console PC d'Asus adopte un écran OLED de 8 pouces et une puce AMD "
         "inédite ; ni prix ni date pour l'instant."),
        ("lesnumeriques.com", "06-03 08:45",
         "Computex : Asus dévoile la ROG Ally 3 avec écran OLED",
         "Le constructeur taïwanais renouvelle sa console portable sous Windows avec une batterie de 90 Wh et une "
         "interface Xbox plein écran."),
    ]),
    # ---------------------------------------------- Computex: Qualcomm (single)
    ("qualcomm-x2-computex", "fresh63", [
        ("lesnumeriques.com", "06-03 06:30",
         "Computex : Qualcomm annonce 80 portables sous Snapdragon X2 Elite",
         "Au lendemain de l'arrivée de Nvidia sur le PC, Qualcomm revendique plus de 80 modèles de portables Windows "
         "sous Snapdragon X2 d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- Computex roundup (its own article)
    ("computex-roundup", "fresh63", [
        ("lesnumeriques.com", "06-05 16:00",
         "Computex 2026 : ce qu'il faut retenir du salon de Taipei",
         "Puce N1X et RTX 5080 Super chez Nvidia, Ryzen Zen 6 et Radeon chez AMD, ROG Ally 3 chez Asus : notre "
         "bilan de l'édition 2026."),
    ]),
    # ---------------------------------------------- WWDC preview (before the keynote)
    ("wwdc-preview", "fresh63", [
        ("lesnumeriques.com", "06-06 09:00",
         "WWDC 2026 : iOS 27, nouvelle Siri… ce qu'Apple devrait annoncer lundi",
         "Design, intelligence artificielle, nouvelles fonctions pour le Mac : tout ce que l'on attend de la "
         "keynote d'Apple du 8 juin."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals (recurs)
    ("frandroid-bons-plans-w23", "fresh63", [
        ("frandroid.com", "06-06 10:00",
         "Les meilleurs bons plans de la semaine : Galaxy S26, AirPods Pro 3 et Switch 2",
         "Chaque samedi, notre sélection des meilleures promotions tech : smartphones, écouteurs, consoles et "
         "ordinateurs portables."),
    ]),
    # ---------------------------------------------- WWDC: iOS 27 (separate from macOS 27, Siri, iPadOS 27)
    ("apple-ios-27", "fresh63", [
        ("macg.co", "06-08 17:45",
         "WWDC 2026 : Apple présente iOS 27",
         "Le nouveau système de l'iPhone mise sur la stabilité et l'autonomie, avec un écran d'accueil plus "
         "personnalisable et une application Téléphone repensée."),
        ("frandroid.com", "06-08 18:30",
         "iOS 27 officialisé : les nouveautés pour votre iPhone",
         "Apple a levé le voile sur iOS 27 lors de sa keynote : widgets interactifs, appels filtrés par l'IA et "
         "mode économie d'énergie intelligent."),
        ("01net.com", "06-08 19:10",
         "iOS 27 : la liste des iPhone compatibles",
         "La prochaine version du système d'Apple abandonne les iPhone XS et XR. Voici les modèles qui recevront la "
         "mise à jour cet automne."),
        ("numerama.com", "06-08 20:20",
         "Le géant de Cupertino promet des iPhone qui tiennent plus longtemps",
         "Moins de fonctions spectaculaires, plus d'optimisation : la nouvelle version du système mobile d'Apple "
         "veut corriger les défauts de la précédente."),
        ("lesnumeriques.com", "06-09 07:30",
         "iOS 27 : ce qui change concrètement pour votre iPhone",
         "Écran d'accueil, appareil photo, batterie : le détail des nouveautés annoncées lundi à Cupertino, et leur "
         "date d'arrivée."),
        ("clubic.com", "06-09 10:00",
         "iOS 27 : faut-il installer la bêta développeurs ?",
         "La première bêta du système présenté à la WWDC est disponible ; elle reste instable et réservée aux "
         "développeurs."),
    ]),
    # ---------------------------------------------- WWDC: macOS 27
    ("apple-macos-27", "fresh63", [
        ("macg.co", "06-08 18:10",
         "macOS 27 Mammoth : les nouveautés du Mac",
         "Apple baptise sa nouvelle version du système du Mac Mammoth et y ajoute un mode « Continuité » repensé et "
         "un Spotlight capable d'agir dans les applications."),
        ("lesnumeriques.com", "06-08 21:40",
         "WWDC : macOS 27 abandonne les derniers Mac Intel",
         "La nouvelle version du système des ordinateurs d'Apple ne fonctionnera que sur les puces Apple Silicon."),
    ]),
    # ---------------------------------------------- WWDC: new Siri built on Gemini
    ("apple-siri-gemini", "fresh63", [
        ("numerama.com", "06-08 18:05",
         "Apple dévoile enfin la nouvelle Siri, propulsée par Gemini",
         "L'assistant vocal d'Apple comprend désormais le contexte de l'écran et enchaîne des actions, grâce à un "
         "modèle fourni par Google et exécuté sur les serveurs d'Apple."),
        ("bfmtv.com", "06-08 19:30",
         "L'assistant d'Apple se réinvente grâce à Mountain View",
         "Annoncée lundi soir, la refonte de l'assistant vocal repose sur une technologie de Google ; elle arrivera "
         "en français début 2027."),
        ("usine-digitale.fr", "06-09 08:20",
         "WWDC 2026 : Siri adopte Gemini, un aveu de retard pour Apple",
         "En confiant le cœur de son assistant au modèle de Google, Apple reconnaît son retard dans l'IA "
         "générative, estiment les analystes."),
    ]),
    # ---------------------------------------------- WWDC: iPadOS 27 (single)
    ("apple-ipados-27", "fresh63", [
        ("macg.co", "06-08 18:50",
         "iPadOS 27 : le multifenêtrage franchit un cap",
         "Apple ajoute à l'iPad un mode bureau sur écran externe et la prise en charge de plusieurs comptes "
         "utilisateurs."),
    ]),
    # ---------------------------------------------- Apple withholds iOS 27 features in the EU (day after WWDC)
    ("apple-eu-features-withheld", "fresh63", [
        ("numerama.com", "06-09 13:30",
         "iOS 27 : certaines nouveautés ne viendront pas en Europe",
         "Apple annonce que la recopie de l'iPhone sur Mac et le partage de position en direct resteront bloqués "
         "dans l'Union européenne, à cause du DMA."),
        ("next.ink", "06-09 16:00",
         "DMA : Apple prive encore les Européens de fonctions",
         "Le constructeur accuse le règlement sur les marchés numériques de l'empêcher de lancer plusieurs fonctions "
         "de ses nouveaux systèmes dans l'UE."),
        ("lefigaro.fr", "06-10 07:45",
         "Bruxelles « regrette » le choix d'Apple de brider ses iPhone en Europe",
         "La Commission européenne répond à Apple, qui a annoncé mardi que plusieurs fonctions de ses nouveaux "
         "systèmes ne seraient pas disponibles dans l'UE."),
    ]),
    # ---------------------------------------------- Fortinet patch, June (a month after May's)
    ("fortinet-patch-june", "fresh63", [
        ("lemondeinformatique.fr", "06-10 15:50",
         "Fortinet corrige une nouvelle faille critique, cette fois dans FortiWeb",
         "Une injection SQL sans authentification notée 9,6 touche le pare-feu applicatif FortiWeb ; des "
         "correctifs sont disponibles pour toutes les branches maintenues."),
        ("zdnet.fr", "06-11 08:10",
         "Fortinet : un correctif urgent pour FortiWeb",
         "L'éditeur publie une mise à jour pour une vulnérabilité critique de FortiWeb, un mois après la faille du "
         "SSL-VPN de FortiOS."),
    ]),
    # ---------------------------------------------- second OVHcloud outage (vague about place)
    ("ovh-outage-june", "fresh63", [
        ("next.ink", "06-11 09:30",
         "OVHcloud : nouvelle panne, des services indisponibles pendant deux heures",
         "Une partie des clients de l'hébergeur a perdu l'accès à ses serveurs jeudi matin ; OVHcloud évoque un "
         "problème réseau sans préciser le site concerné."),
        ("silicon.fr", "06-11 12:15",
         "Encore une panne chez OVHcloud",
         "Un mois après un incident électrique, l'hébergeur subit une interruption de service liée, cette fois, à "
         "une erreur de configuration sur son réseau."),
    ]),
    # ---------------------------------------------- PS5 price rise in Europe
    ("sony-ps5-price", "fresh63", [
        ("lesnumeriques.com", "06-12 09:00",
         "Sony augmente encore le prix de la PS5 en Europe",
         "La PlayStation 5 Slim passe à 549,99 euros et la PS5 Pro à 849,99 euros à compter du 1er juillet."),
        ("numerama.com", "06-12 11:30",
         "Price hike pour la PS5",
         "Nouvelle hausse pour la console de Sony : 50 euros de plus sur tous les modèles en Europe et au "
         "Royaume-Uni, un mois après la hausse de la Switch 2."),
        ("bfmtv.com", "06-12 15:40",
         "« Nous ne pouvions plus absorber la hausse des coûts » : Sony justifie la hausse du prix de sa console",
         "Le patron de Sony Interactive Entertainment défend l'augmentation de 50 euros de la PlayStation 5, "
         "effective le mois prochain."),
        ("01net.com", "06-13 08:00",
         "PS5 plus chère au 1er juillet : les nouveaux prix modèle par modèle",
         "Édition numérique, Slim avec lecteur, PS5 Pro : le détail des nouveaux tarifs annoncés par Sony."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup (single)
    ("lemagit-essentiel-w24", "fresh63", [
        ("lemagit.fr", "06-12 17:00",
         "L'essentiel de la semaine : Fortinet, OVHcloud et la WWDC",
         "La faille de FortiWeb, la nouvelle panne d'OVHcloud et les annonces d'Apple pour les entreprises : ce "
         "qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals, next week
    ("frandroid-bons-plans-w24", "fresh63", [
        ("frandroid.com", "06-13 10:00",
         "Les meilleurs bons plans de la semaine : iPhone 17, PS5 et Pixel 10",
         "Chaque samedi, notre sélection des meilleures promotions tech : dernières offres avant la hausse du prix "
         "de la PS5, smartphones et écouteurs."),
    ]),
    # ---------------------------------------------- RTX 5080 Super review day (embargo lift, two weeks after launch)
    ("rtx-5080-super-review", "fresh63", [
        ("lesnumeriques.com", "06-16 13:00",
         "Test Nvidia GeForce RTX 5080 Super : plus de mémoire, peu de gains",
         "Nous avons testé la nouvelle carte graphique de Nvidia : 24 Go de mémoire bienvenus en 4K, mais des "
         "performances à peine 8 % supérieures à la RTX 5080."),
        ("clubic.com", "06-16 13:05",
         "RTX 5080 Super : notre test complet",
         "Jeux en 4K, ray tracing, consommation, bruit : verdict sur la carte graphique vendue 1 199 euros à partir "
         "d'aujourd'hui."),
    ]),
    # ---------------------------------------------- Mistral datacenter at VivaTech
    ("mistral-datacenter-essonne", "fresh63", [
        ("lesechos.fr", "06-17 06:00",
         "Mistral AI inaugure son premier datacenter en Essonne",
         "La start-up française ouvre à Bruyères-le-Châtel un centre de calcul de 40 mégawatts équipé de puces "
         "Nvidia, en présence d'Emmanuel Macron."),
        ("usine-digitale.fr", "06-17 10:30",
         "VivaTech 2026 : Mistral Compute entre en service",
         "Le champion français de l'IA met en route la première tranche de son infrastructure de calcul, destinée à "
         "ses modèles et à ses clients industriels."),
        ("latribune.fr", "06-17 14:15",
         "Souveraineté : le pari industriel de Mistral AI à Bruyères-le-Châtel",
         "Avec son propre centre de calcul, la pépite parisienne veut réduire sa dépendance aux clouds américains, "
         "a expliqué Arthur Mensch au salon VivaTech."),
    ]),
    # ---------------------------------------------- Nvidia driver bug (after the RTX 5080 Super sale)
    ("nvidia-driver-black-screen", "fresh63", [
        ("clubic.com", "06-19 10:20",
         "Écran noir au démarrage : le dernier pilote GeForce fait des ravages",
         "Le pilote 590.21, publié pour la sortie de la RTX 5080 Super, provoque des écrans noirs sur des PC "
         "équipés de cartes RTX 40 et RTX 50."),
        ("01net.com", "06-20 08:00",
         "Nvidia retire un pilote qui plantait les PC",
         "Après de nombreux signalements d'écrans noirs, Nvidia conseille de revenir à la version précédente de "
         "son pilote graphique, le temps d'un correctif."),
    ]),
    # ---------------------------------------------- iOS 27 beta 2
    ("ios-27-beta-2", "fresh63", [
        ("macg.co", "06-22 17:30",
         "iOS 27 bêta 2 disponible : les nouveautés",
         "Apple publie la deuxième bêta de son prochain système, qui corrige de nombreux bugs et ajoute de "
         "nouvelles sonneries."),
        ("frandroid.com", "06-23 07:50",
         "Apple déploie la deuxième bêta d'iOS 27",
         "Deux semaines après la WWDC, la nouvelle bêta améliore la stabilité et réintroduit l'ancien centre de "
         "contrôle en option."),
    ]),
    # ---------------------------------------------- Samsung invites to Unpacked (before the launch)
    ("samsung-unpacked-invitation", "fresh63", [
        ("frandroid.com", "06-23 14:10",
         "Samsung Unpacked : rendez-vous le 8 juillet à New York pour les nouveaux pliants",
         "Samsung a envoyé ses invitations : les Galaxy Z Fold 8 et Z Flip 8 seront présentés le 8 juillet à "
         "16 heures, heure de Paris."),
        ("01net.com", "06-23 16:45",
         "Galaxy Z Fold 8 et Flip 8 : Samsung fixe la date de sa conférence",
         "Le constructeur coréen confirme la tenue d'un événement Unpacked en juillet, où il devrait lever le voile "
         "sur ses smartphones pliants."),
    ]),
    # ---------------------------------------------- Meta Ray-Ban Display in France
    ("meta-ray-ban-display-fr", "fresh63", [
        ("numerama.com", "06-25 09:00",
         "Les lunettes Meta Ray-Ban Display arrivent en France",
         "Les lunettes à écran de Meta seront vendues à partir du 9 juillet en France pour 849 euros, avec leur "
         "bracelet de contrôle neuronal."),
        ("lesnumeriques.com", "06-25 12:40",
         "Meta lance ses lunettes à écran en France à 849 euros",
         "Neuf mois après les États-Unis, les Ray-Ban Display débarquent en France, en Allemagne et en Italie, "
         "chez les opticiens et sur le site de Meta."),
    ]),
    # ---------------------------------------------- public sector (single)
    ("dinum-visio", "fresh63", [
        ("next.ink", "06-26 10:00",
         "Visio devient l'outil de visioconférence obligatoire des ministères",
         "Une circulaire de la DINUM impose aux administrations centrales l'outil souverain de la Suite numérique à "
         "partir de 2027, au détriment de Teams et Zoom."),
    ]),
    # ---------------------------------------------- DGCCRF on refurbished phones (single)
    ("dgccrf-reconditionnes", "fresh63", [
        ("01net.com", "06-29 09:30",
         "Smartphones reconditionnés : la DGCCRF épingle un vendeur sur deux",
         "Batteries usées, garanties non affichées, fausses mentions « comme neuf » : l'enquête de la répression "
         "des fraudes sur les sites de reconditionnés est sévère."),
    ]),
    # ---------------------------------------------- Xiaomi tablet (single)
    ("xiaomi-pad-8-fr", "fresh63", [
        ("frandroid.com", "06-30 11:00",
         "La Xiaomi Pad 8 arrive en France à 449 euros",
         "La tablette de Xiaomi, dotée d'un écran 3K de 11,2 pouces et d'une puce Snapdragon 8s Gen 4, est "
         "disponible dès aujourd'hui."),
    ]),
    # ---------------------------------------------- monthly buying guide, July edition
    ("lesnum-guide-smartphones-july", "fresh63", [
        ("lesnumeriques.com", "07-01 06:00",
         "Quel smartphone acheter ? Notre sélection des meilleurs modèles en juillet 2026",
         "iPhone 17, Galaxy S26, Pixel 10 : notre guide d'achat mensuel des meilleurs smartphones, mis à jour avant "
         "l'arrivée des nouveaux pliants."),
    ]),
    # ---------------------------------------------- Switch 2 update bug (weeks after the price rise)
    ("switch-2-update-bug", "fresh63", [
        ("numerama.com", "07-02 08:30",
         "Switch 2 : la dernière mise à jour empêche de lancer certains jeux",
         "Depuis la version 21.0.0 du système, des joueurs ne peuvent plus démarrer des jeux Switch 1 "
         "rétrocompatibles, qui affichent un message d'erreur."),
        ("journaldugeek.com", "07-03 10:10",
         "Nintendo reconnaît un bug sur sa console hybride",
         "Le constructeur japonais promet une mise à jour corrective pour les joueurs dont les anciens jeux refusent "
         "de démarrer."),
    ]),
    # ---------------------------------------------- Nothing launch: Phone (4) and Headphone (2) separately
    ("nothing-phone-4", "fresh63", [
        ("frandroid.com", "07-02 16:00",
         "Nothing Phone (4) officiel : prix, fiche technique et date de sortie",
         "Le nouveau smartphone de Nothing conserve son dos transparent, adopte une puce Snapdragon 8 Gen 5 et "
         "sera vendu 849 euros à partir du 17 juillet."),
        ("lesnumeriques.com", "07-02 16:30",
         "Nothing Phone (4) : la marque de Carl Pei vise le haut de gamme",
         "Triple capteur photo de 50 mégapixels, interface Glyph repensée et sept ans de mises à jour : Nothing "
         "muscle son smartphone phare."),
        ("01net.com", "07-03 07:40",
         "Le smartphone transparent de Carl Pei passe à 849 euros",
         "La start-up londonienne a présenté jeudi son nouveau téléphone, plus cher mais mieux équipé que son "
         "prédécesseur."),
    ]),
    ("nothing-headphone-2", "fresh63", [
        ("lesnumeriques.com", "07-02 17:15",
         "Nothing Headphone (2) : le casque transparent gagne en autonomie",
         "Présenté aux côtés du Phone (4), le nouveau casque de Nothing promet 90 heures d'autonomie et sera vendu "
         "299 euros."),
    ]),
    # ---------------------------------------------- Samsung Q2 preliminary estimates (final results on 07-30)
    ("samsung-q2-guidance", "fresh63", [
        ("lesechos.fr", "07-07 01:30",
         "Samsung Electronics prévoit un bénéfice trimestriel en hausse de 40 %",
         "Le géant coréen table sur un bénéfice d'exploitation de 13 000 milliards de wons au deuxième trimestre, "
         "porté par la mémoire HBM vendue à Nvidia."),
        ("zdnet.fr", "07-07 08:00",
         "Samsung : des estimations trimestrielles dopées par la mémoire pour l'IA",
         "Selon ses estimations préliminaires, Samsung a réalisé un chiffre d'affaires de 82 000 milliards de wons "
         "entre avril et juin."),
        ("latribune.fr", "07-07 10:20",
         "La mémoire pour l'IA fait bondir les profits de Samsung, selon Les Echos",
         "Le numéro un mondial des puces mémoire annonce des résultats préliminaires supérieurs aux attentes pour "
         "son deuxième trimestre."),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Z Fold 8 (same event as Flip 8 and Watch 9)
    ("galaxy-z-fold-8", "fresh63", [
        ("frandroid.com", "07-08 14:05",
         "Samsung Galaxy Z Fold 8 officiel : plus fin, plus léger et plus cher",
         "Le nouveau pliant de Samsung mesure 8,2 mm plié, pèse 209 grammes et sera vendu 2 099 euros à partir du "
         "25 juillet."),
        ("lesnumeriques.com", "07-08 14:30",
         "Unpacked : le Galaxy Z Fold 8 adopte un capteur photo de 200 mégapixels",
         "Samsung a présenté à New York son smartphone pliant haut de gamme, avec une charnière revue et un écran "
         "externe plus large."),
        ("01net.com", "07-08 15:20",
         "Galaxy Z Fold 8 : prix, date de sortie et fiche technique",
         "Tout ce qu'il faut savoir sur le nouveau smartphone pliant de Samsung, disponible en précommande dès "
         "aujourd'hui."),
        ("numerama.com", "07-08 16:40",
         "Nous avons tenu le nouveau pliant du géant coréen : premières impressions",
         "Plus fin qu'un iPhone une fois ouvert, presque sans pliure visible : notre prise en main du modèle "
         "présenté mercredi à Brooklyn."),
        ("clubic.com", "07-09 08:15",
         "Le Fold 8 coûte 100 euros de plus que son prédécesseur : Samsung s'explique",
         "Samsung justifie le prix de son pliant phare par son nouvel écran et sa batterie de 5 000 mAh."),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Z Flip 8
    ("galaxy-z-flip-8", "fresh63", [
        ("frandroid.com", "07-08 14:15",
         "Galaxy Z Flip 8 : Samsung passe à l'Exynos 2600 et baisse son prix",
         "Le pliant à clapet de Samsung embarque un écran externe de 4,1 pouces et démarre à 1 149 euros, 50 euros "
         "de moins que l'an dernier."),
        ("lesnumeriques.com", "07-08 15:00",
         "Samsung dévoile le Galaxy Z Flip 8 et un Flip 8 FE",
         "Le clapet de Samsung se décline en deux versions, dont une moins chère à 899 euros, annoncées lors de "
         "l'Unpacked de New York."),
        ("bfmtv.com", "07-08 18:30",
         "Le smartphone à clapet de Samsung devient moins cher",
         "Le constructeur coréen a présenté mercredi son nouveau téléphone pliable compact, dont le prix de départ "
         "baisse de 50 euros."),
    ]),
    # ---------------------------------------------- Unpacked: Galaxy Watch 9
    ("galaxy-watch-9", "fresh63", [
        ("frandroid.com", "07-08 14:40",
         "Galaxy Watch 9 et Watch 9 Classic : Samsung mise sur la mesure de la glycémie",
         "Les nouvelles montres de Samsung estiment la tendance glycémique sans piqûre et embarquent Gemini ; elles "
         "démarrent à 329 euros."),
        ("lesnumeriques.com", "07-09 09:30",
         "Galaxy Watch 9 : Samsung promet 60 heures d'autonomie",
         "Présentées à l'Unpacked, les montres connectées de Samsung gagnent une batterie plus grosse et un écran "
         "plus lumineux."),
    ]),
    # ---------------------------------------------- SNCF Connect outage (single, non-theme)
    ("sncf-connect-outage", "fresh63", [
        ("bfmtv.com", "07-09 07:30",
         "SNCF Connect inaccessible au premier jour des ventes de billets pour la rentrée",
         "L'application et le site de la SNCF ont été saturés mercredi soir ; des milliers de voyageurs n'ont pas pu "
         "réserver leurs billets pour septembre."),
    ]),
    # ---------------------------------------------- Asus ROG Ally 3 French price (a month after Computex)
    ("asus-rog-ally-3-price-fr", "fresh63", [
        ("lesnumeriques.com", "07-10 09:00",
         "La ROG Ally 3 sera vendue 899 euros en France",
         "Asus a dévoilé le prix et la date de sortie de sa console portable : disponible le 6 août en France, en "
         "une seule version 1 To."),
        ("frandroid.com", "07-10 11:20",
         "ROG Ally 3 : Asus annonce son prix, et il pique",
         "Plus chère que le Steam Deck OLED et la Switch 2, la nouvelle console PC d'Asus est en précommande dès "
         "aujourd'hui à 899 euros."),
    ]),
    # ---------------------------------------------- Prime Day deals post (single)
    ("prime-day-deals", "fresh63", [
        ("frandroid.com", "07-14 06:00",
         "Prime Day 2026 : les meilleures offres tech en direct",
         "Smartphones, écouteurs, aspirateurs robots : notre sélection des meilleures promotions d'Amazon, mise à "
         "jour en continu."),
    ]),
    # ---------------------------------------------- Free Mobile outage (same day as a Bouygues fibre outage)
    ("free-mobile-outage", "fresh63", [
        ("01net.com", "07-15 08:20",
         "Panne Free Mobile : des milliers d'abonnés privés de réseau",
         "Depuis l'aube, de nombreux clients de Free Mobile ne peuvent plus passer d'appels ni utiliser les données "
         "mobiles, partout en France."),
        ("numerama.com", "07-15 10:30",
         "L'opérateur de Xavier Niel confirme une panne nationale de son réseau mobile",
         "Free évoque un incident sur un élément de cœur de réseau et assure que ses équipes sont mobilisées pour "
         "rétablir le service."),
        ("bfmtv.com", "07-15 17:50",
         "Panne Free : c'est réparé",
         "Le réseau mobile de Free fonctionne de nouveau normalement après une dizaine d'heures de perturbations."),
    ]),
    ("bouygues-fibre-lyon", "fresh63", [
        ("lefigaro.fr", "07-15 11:40",
         "Bouygues Telecom : des abonnés fibre privés d'Internet dans la région lyonnaise",
         "Un câble sectionné lors de travaux à Villeurbanne a coupé la connexion de plusieurs dizaines de milliers "
         "de clients de Bouygues Telecom."),
        ("journaldugeek.com", "07-15 15:10",
         "Lyon : une coupure de fibre touche les clients Bouygues",
         "Sans lien avec la panne de Free Mobile du même jour, l'incident est dû à des travaux de voirie, selon "
         "l'opérateur."),
    ]),
    # ---------------------------------------------- Bouygues appeals the CNIL fine (two months later)
    ("bouygues-cnil-appeal", "fresh63", [
        ("next.ink", "07-17 09:10",
         "Bouygues Telecom conteste son amende CNIL devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction de 18 millions d'euros prononcée en mai, qu'il juge "
         "disproportionnée."),
        ("lemondeinformatique.fr", "07-17 14:30",
         "Sanction de la CNIL : Bouygues Telecom fait appel",
         "L'opérateur estime avoir pris les mesures nécessaires après la fuite de données de 2025 et demande "
         "l'annulation de l'amende."),
    ]),
    # ---------------------------------------------- STMicroelectronics Crolles (non-theme)
    ("stmicro-crolles-jobs", "fresh63", [
        ("latribune.fr", "07-21 06:45",
         "STMicroelectronics va supprimer 600 postes à Crolles",
         "Le fabricant franco-italien de puces réduit ses effectifs sur son site isérois, victime du ralentissement "
         "du marché automobile."),
        ("usine-digitale.fr", "07-21 10:00",
         "Semi-conducteurs : une saignée de 600 emplois chez ST en Isère",
         "Le plan de STMicroelectronics touche surtout la production de puces pour l'automobile ; les syndicats "
         "dénoncent un reniement du plan France 2030."),
    ]),
    # ---------------------------------------------- AirPods firmware bug (single)
    ("airpods-pro-3-firmware-bug", "fresh63", [
        ("macg.co", "07-20 08:45",
         "AirPods Pro 3 : le dernier firmware coupe le son d'un écouteur",
         "Depuis la mise à jour publiée la semaine dernière, des utilisateurs perdent le son d'une oreille pendant "
         "les appels ; Apple n'a pas encore réagi."),
    ]),
    # ---------------------------------------------- Galaxy Z Fold 8 review (two weeks after the launch)
    ("galaxy-z-fold-8-test", "fresh63", [
        ("lesnumeriques.com", "07-22 12:00",
         "Test Samsung Galaxy Z Fold 8 : le pliant enfin sans compromis ?",
         "Après deux semaines d'utilisation, le Fold 8 convainc par sa finesse et son écran, mais son autonomie "
         "reste en retrait."),
        ("frandroid.com", "07-22 14:30",
         "Test du Galaxy Z Fold 8 : notre avis complet",
         "Photo, écran, autonomie, logiciel : nous avons passé au crible le nouveau smartphone pliant haut de gamme "
         "de Samsung."),
    ]),
    # ---------------------------------------------- AI Act delay (non-theme)
    ("ai-act-delay", "fresh63", [
        ("usine-digitale.fr", "07-23 09:30",
         "AI Act : les obligations sur les IA à haut risque repoussées d'un an",
         "Le Parlement européen et les États membres s'accordent pour décaler à août 2027 l'entrée en application "
         "des règles visant les systèmes d'IA à haut risque."),
        ("lemondeinformatique.fr", "07-23 15:00",
         "Bruxelles accorde un an de répit aux entreprises sur l'AI Act",
         "L'accord trouvé dans le cadre de l'omnibus numérique reporte les obligations de conformité, une demande "
         "des industriels européens."),
    ]),
    # ---------------------------------------------- Fold 8 defect complaints (after the launch and the review)
    ("galaxy-z-fold-8-hinge", "fresh63", [
        ("frandroid.com", "07-28 10:40",
         "Galaxy Z Fold 8 : la charnière grince chez de nombreux acheteurs",
         "Trois jours après les premières livraisons, des clients signalent un craquement à l'ouverture de leur "
         "pliant ; Samsung enquête."),
        ("01net.com", "07-28 16:20",
         "Votre Fold 8 craque quand vous l'ouvrez ? Samsung répond",
         "Le constructeur assure qu'il s'agit d'un bruit sans conséquence sur la durabilité et propose un échange "
         "aux clients inquiets."),
    ]),
    # ---------------------------------------------- Capgemini results (single, non-theme)
    ("capgemini-h1", "fresh63", [
        ("lesechos.fr", "07-28 06:15",
         "Capgemini abaisse ses objectifs après un semestre difficile",
         "L'ESN française publie un chiffre d'affaires en recul de 1,5 % à taux de change constants et réduit sa "
         "prévision de croissance annuelle."),
    ]),
    # ---------------------------------------------- Samsung definitive Q2 results (after the 07-07 estimates)
    ("samsung-q2-results", "fresh63", [
        ("lesechos.fr", "07-30 02:00",
         "Samsung confirme un deuxième trimestre record pour la mémoire",
         "Le groupe coréen publie un bénéfice d'exploitation de 13 200 milliards de wons et annonce un programme de "
         "rachat d'actions."),
        ("zdnet.fr", "07-30 09:00",
         "Résultats de Samsung : les puces compensent le recul des smartphones",
         "La division mobile de Samsung voit ses profits baisser avant l'arrivée des nouveaux pliants, tandis que "
         "la mémoire HBM s'envole."),
    ]),
    # ---------------------------------------------- Apple fiscal Q3 results (same day as Samsung's)
    ("apple-q3-results", "fresh63", [
        ("lesechos.fr", "07-30 21:30",
         "Apple dépasse les attentes grâce à l'iPhone 17",
         "Le groupe de Cupertino publie un chiffre d'affaires trimestriel de 97 milliards de dollars, en hausse de "
         "9 %, porté par les ventes d'iPhone en Chine."),
        ("bfmtv.com", "07-30 22:15",
         "Apple : des résultats meilleurs que prévu, malgré les droits de douane",
         "Tim Cook a chiffré à 1,5 milliard de dollars le coût des droits de douane sur le trimestre, sans "
         "entamer la rentabilité du groupe."),
        ("macg.co", "07-31 06:40",
         "Résultats du T3 : l'iPhone tire Apple, les services ralentissent",
         "Le détail des ventes d'Apple entre avril et juin : iPhone, Mac, iPad, services et « wearables »."),
    ]),
    # ---------------------------------------------- IFA preview (single)
    ("ifa-2026-preview", "fresh63", [
        ("lesnumeriques.com", "07-31 09:00",
         "IFA 2026 : le salon de Berlin mise sur la maison connectée",
         "À un mois de son ouverture, le salon allemand de l'électronique grand public annonce un hall dédié à la "
         "domotique et la présence de 1 800 exposants."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
