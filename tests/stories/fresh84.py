"""The 84th fresh labelled set (semiconductors and hardware: Intel, AMD, Nvidia, Qualcomm, Arm, ST, Soitec, TSMC, PC makers), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh84".
Positives: titles sharing almost no word with the rest of their story ("« Un coup dur pour la
technopole »", "Sochaux à l'arrêt faute de semi-conducteurs", "Tessella tombe dans l'escarcelle d'AMD");
firms named only by periphrasis in one title ("le géant des puces", "le fondeur franco-italien", "le
spécialiste grenoblois des semi-conducteurs", "le néerlandais ASML"); a quote as title; explainers ("ce qui
change pour les industriels européens", "Pourquoi Soitec ne parvient pas à sortir de la crise", "faut-il
craquer ?"); a launch-day review next to the launch news; syndication ("selon L'Informé"); follow-ups the
next day (TSMC costing the earthquake, GeForce Now post-mortem, a hacker claiming the LDLC data, a
corrected Nvidia driver, Intel-Apple "ce que ça change pour les futurs Mac", what is left after Crolles);
reactions to the Chips Act the day after.
Hard negatives: Intel France layoffs then a strike at Sophia-Antipolis nine days later; ST's thousand
departures then a strike at Crolles; Soitec profit warning then a Soitec job plan six weeks later then a
new Soitec CEO; Intel and ST quarterly results the same day, TSMC results a week after TSMC's monthly
revenue, ASML results the day before TSMC's; Nvidia results the day after the RTX 50 Super launch, and Arm's own chip the same day as that launch;
French competition fine on Nvidia then Nvidia's appeal four weeks later; RTX 50 Super launch then their
price rise a week later; two Nvidia driver bugs a month apart; two GeForce Now outages five days apart;
Ryzen 9 9950X3D2 launch then burnt chips nine days later; an AMD Zen 5 flaw and an Intel TDX flaw six
weeks apart; Intel's security bulletins of February, March and April; an IDC memory shortage warning,
then Dell's price rise, then Lenovo's "after Dell" price rise, Samsung's DRAM price rise and the Raspberry
Pi price rise; two Apple laptop launches on consecutive days; LDLC data breach then Rue du Commerce's a
week later (citing LDLC); Nexperia shortage halting Sochaux then Nexperia resuming deliveries; two French
chip start-ups raising money the same morning; Qualcomm and Nvidia opening French R&D centres two days
apart; Snapdragon X2 laptops on sale then a review of one six weeks later; Arm's own chip then Arm losing
its appeal against Qualcomm; SiPearl deliveries, CEA-Leti pilot line and the end of the Crolles mega-fab;
weekly laptop deals and weekly semiconductor roundups that recur (never to join across weeks).
`build` fixes the year 2026; times are UTC, February to April 2026.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 1.000, recall 0.786
(1.000 / 0.786 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Intel France announces about 350 job cuts
    ("intel-france-layoffs", "fresh84", [
        ("linforme.com", "02-03 05:45", "Intel France : près de 350 postes menacés à Sophia-Antipolis et Meudon",
         "Selon nos informations, la filiale française d'Intel présentera jeudi aux représentants du personnel un plan de départs visant environ 350 salariés, essentiellement dans la R&D."),
        ("lemondeinformatique.fr", "02-03 09:20", "Intel va supprimer 350 emplois en France",
         "Le fondeur américain confirme un plan de réduction d'effectifs dans l'Hexagone, qui touchera surtout ses centres de Sophia-Antipolis et de Meudon, selon L'Informé."),
        ("lesechos.fr", "02-03 11:00", "Le géant des puces taille dans ses effectifs français",
         "Après des dizaines de milliers de suppressions de postes dans le monde, Intel s'attaque à sa filiale française : quelque 350 emplois sont concernés."),
        ("silicon.fr", "02-03 14:30", "Sophia-Antipolis : Intel prépare une nouvelle vague de départs",
         "Le fabricant de processeurs annonce un plan de sauvegarde de l'emploi portant sur environ 350 postes, principalement dans ses équipes de logiciel et de validation."),
        ("bfmtv.com", "02-03 16:10", "« Un coup dur pour la technopole » : des centaines d'emplois supprimés sur la Côte d'Azur",
         "Les élus azuréens s'inquiètent après l'annonce par Intel d'environ 350 suppressions de postes en France, dont la majorité à Sophia-Antipolis."),
    ]),
    # ---------------------------------------------- strike at Intel Sophia-Antipolis against the job plan
    ("intel-sophia-strike", "fresh84", [
        ("next.ink", "02-12 10:30", "Intel : les salariés de Sophia-Antipolis en grève contre le PSE",
         "À l'appel de la CFE-CGC et de la CGT, une partie des équipes d'Intel à Sophia-Antipolis a cessé le travail jeudi pour protester contre les 350 suppressions de postes."),
        ("lemondeinformatique.fr", "02-12 15:40", "Débrayage chez Intel France",
         "Les syndicats d'Intel France ont organisé un arrêt de travail sur le site azuréen, neuf jours après l'annonce du plan social."),
    ]),
    # ---------------------------------------------- Intel Q1 2026 results
    ("intel-q1-results", "fresh84", [
        ("lesechos.fr", "04-23 21:30", "Intel renoue avec la croissance au premier trimestre",
         "Le fondeur a publié un chiffre d'affaires de 13,6 milliards de dollars, en hausse de 7 % sur un an, porté par la demande de processeurs pour serveurs d'IA."),
        ("lemondeinformatique.fr", "04-24 07:15", "Résultats T1 : Intel dépasse les attentes, l'action bondit",
         "Le groupe de Santa Clara affiche 13,6 Md$ de revenus et relève ses prévisions ; le titre gagne 9 % après la clôture."),
        ("zdnet.fr", "04-24 09:00", "Intel : un trimestre meilleur que prévu grâce aux datacenters",
         "Porté par ses Xeon, le fabricant de puces a réalisé 13,6 milliards de dollars de chiffre d'affaires entre janvier et mars."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q1 2026 results (same day as Intel's)
    ("st-q1-results", "fresh84", [
        ("lesechos.fr", "04-23 06:30", "STMicroelectronics voit le bout du tunnel",
         "Le groupe franco-italien a réalisé un chiffre d'affaires de 2,7 milliards de dollars au premier trimestre, en hausse de 8 %, et anticipe une reprise de l'automobile."),
        ("latribune.fr", "04-23 09:45", "ST : un premier trimestre en hausse, la marge brute toujours sous pression",
         "Le fabricant de semi-conducteurs affiche 2,7 milliards de dollars de revenus, mais sa marge brute plafonne à 34 % en raison de la sous-utilisation de ses usines."),
    ]),
    # ---------------------------------------------- ST plans about 1,000 voluntary departures in France
    ("st-france-departures", "fresh84", [
        ("latribune.fr", "02-18 07:00", "STMicroelectronics : un millier de départs volontaires en France",
         "Le fabricant franco-italien de puces prévoit environ 1 000 départs volontaires sur ses sites de Crolles, Rousset et Tours d'ici fin 2027."),
        ("usine-digitale.fr", "02-18 10:20", "ST réduit la voilure à Crolles, Rousset et Tours",
         "Le groupe a présenté aux syndicats un plan de départs volontaires d'un millier de personnes en France, dans le cadre de son programme d'économies."),
        ("lemondeinformatique.fr", "02-18 13:00", "Le fondeur franco-italien va supprimer 1000 postes en France",
         "STMicroelectronics confirme un programme de départs volontaires touchant environ 1 000 salariés français, sans licenciement contraint."),
        ("bfmtv.com", "02-18 17:30", "Isère, Bouches-du-Rhône, Indre-et-Loire : ST va se séparer d'un millier de salariés",
         "Le champion européen des semi-conducteurs annonce quelque mille départs dans ses trois grands sites français."),
    ]),
    # ---------------------------------------------- strike at ST Crolles two weeks later
    ("st-crolles-strike", "fresh84", [
        ("usine-digitale.fr", "03-05 11:20", "Grève à l'usine ST de Crolles",
         "Plusieurs centaines de salariés de STMicroelectronics ont débrayé jeudi à Crolles pour réclamer de meilleures conditions de départ et des garanties sur l'avenir du site."),
        ("lefigaro.fr", "03-05 16:00", "Mobilisation chez STMicroelectronics en Isère",
         "À l'appel de l'intersyndicale, les salariés du site de Crolles ont cessé le travail, deux semaines après l'annonce d'un millier de départs volontaires en France."),
    ]),
    # ---------------------------------------------- ST opens a GaN line in Tours
    ("st-tours-gan", "fresh84", [
        ("usine-digitale.fr", "04-02 08:30", "ST inaugure une ligne de production de puces GaN à Tours",
         "La nouvelle ligne en 200 mm du site tourangeau produira des composants de puissance en nitrure de gallium pour les chargeurs et les centres de données."),
    ]),
    # ---------------------------------------------- Soitec profit warning
    ("soitec-profit-warning", "fresh84", [
        ("lesechos.fr", "02-10 06:15", "Soitec abaisse à nouveau ses prévisions, la Bourse sanctionne",
         "Le spécialiste isérois des plaquettes de silicium sur isolant table désormais sur un recul de 30 % de son chiffre d'affaires annuel, pénalisé par les smartphones."),
        ("latribune.fr", "02-10 09:40", "Soitec plonge de 22 % après un nouvel avertissement",
         "Le fabricant de substrats SOI a revu en baisse ses objectifs pour l'exercice 2025-2026 ; l'action dévisse dès l'ouverture."),
        ("usine-digitale.fr", "02-10 12:10", "Pourquoi Soitec ne parvient pas à sortir de la crise",
         "Stocks des clients, faiblesse des smartphones, automobile atone : le groupe de Bernin a de nouveau réduit ses prévisions de chiffre d'affaires."),
    ]),
    # ---------------------------------------------- Soitec job plan at Bernin six weeks later
    ("soitec-bernin-jobs", "fresh84", [
        ("latribune.fr", "03-24 07:30", "Soitec prépare un plan social à Bernin",
         "Le groupe isérois envisage de supprimer environ 200 postes sur son site historique, un mois et demi après un avertissement sur résultats."),
        ("bfmtv.com", "03-24 12:00", "Le spécialiste grenoblois des semi-conducteurs va supprimer 200 emplois",
         "Soitec a présenté aux représentants du personnel un projet de réorganisation qui toucherait quelque 200 salariés en Isère."),
    ]),
    # ---------------------------------------------- Soitec names a new CEO
    ("soitec-new-ceo", "fresh84", [
        ("lesechos.fr", "04-08 05:50", "Soitec se choisit un nouveau directeur général",
         "Le conseil d'administration du groupe de Bernin a nommé Frédéric Lemaire, passé par Schneider Electric, pour redresser l'entreprise."),
    ]),
    # ---------------------------------------------- Nvidia Q4 FY2026 results
    ("nvidia-q4-results", "fresh84", [
        ("lesechos.fr", "02-25 21:50", "Nvidia pulvérise encore ses records",
         "Le concepteur de puces a réalisé 68 milliards de dollars de chiffre d'affaires sur son quatrième trimestre, porté par les ventes de Blackwell aux hyperscalers."),
        ("bfmtv.com", "02-25 22:30", "Nvidia : 68 milliards de dollars de revenus en trois mois",
         "Le géant des cartes graphiques dépasse une nouvelle fois les attentes de Wall Street et prévoit 75 milliards pour le trimestre en cours."),
        ("lemondeinformatique.fr", "02-26 07:40", "Les datacenters font toujours la fortune de Nvidia",
         "L'activité centres de données de Nvidia a représenté 61 milliards de dollars au quatrième trimestre de l'exercice 2026, en hausse de 70 % sur un an."),
        ("journaldunet.com", "02-26 10:15", "Le fabricant de puces IA publie un trimestre record",
         "Nvidia a dégagé un chiffre d'affaires de 68 Md$ et un bénéfice net de 37 Md$ sur les trois derniers mois de son exercice."),
    ]),
    # ---------------------------------------------- Nvidia GTC keynote: Vera Rubin
    ("nvidia-gtc-keynote", "fresh84", [
        ("lemondeinformatique.fr", "03-16 19:30", "GTC 2026 : Nvidia dévoile ses GPU Vera Rubin",
         "Lors de sa keynote à San José, Jensen Huang a présenté la plateforme Vera Rubin NVL144, disponible au second semestre, qui promet de tripler les performances d'inférence."),
        ("01net.com", "03-16 20:45", "Jensen Huang lève le voile sur Rubin, la prochaine génération de puces IA",
         "Le patron de Nvidia a détaillé lundi la feuille de route de ses accélérateurs, avec Rubin cette année et Feynman en 2028."),
        ("usine-digitale.fr", "03-17 07:00", "Ce qu'il faut retenir de la keynote de Jensen Huang à la GTC",
         "Puces Rubin, robots humanoïdes, partenariats dans l'automobile : les principales annonces de Nvidia lors de sa conférence annuelle."),
        ("frandroid.com", "03-17 09:30", "Nvidia GTC : la démesure de Vera Rubin en quelques chiffres",
         "288 Go de mémoire HBM4 par GPU, 3,6 exaflops par baie : Nvidia a présenté sa nouvelle plateforme pour centres de données."),
    ]),
    # ---------------------------------------------- French competition authority fines Nvidia over CUDA
    ("nvidia-competition-fine", "fresh84", [
        ("lemondeinformatique.fr", "03-03 10:00", "L'Autorité de la concurrence inflige 480 millions d'euros d'amende à Nvidia",
         "Le gendarme de la concurrence reproche au fabricant de GPU d'avoir abusé de sa position dominante en liant l'accès à ses puces à l'usage de son logiciel CUDA."),
        ("lesechos.fr", "03-03 11:30", "CUDA : Nvidia sanctionné en France pour abus de position dominante",
         "Au terme d'une instruction ouverte en 2024, l'Autorité de la concurrence condamne Nvidia à une amende de 480 millions d'euros."),
        ("next.ink", "03-03 14:00", "480 M€ : l'Autorité de la concurrence frappe Nvidia au portefeuille",
         "L'Autorité estime que Nvidia a verrouillé le marché des puces pour l'IA en imposant CUDA à ses clients ; l'entreprise conteste."),
        ("numerama.com", "03-03 16:20", "Pourquoi le roi des cartes graphiques écope d'une amende record en France",
         "Nvidia est accusé d'avoir enfermé ses clients dans son écosystème logiciel. On vous explique le dossier."),
    ]),
    # ---------------------------------------------- Nvidia appeals the fine four weeks later
    ("nvidia-fine-appeal", "fresh84", [
        ("lemondeinformatique.fr", "04-01 09:10", "Amende de 480 M€ : Nvidia fait appel",
         "Le fabricant de puces a saisi la cour d'appel de Paris pour contester la sanction prononcée début mars par l'Autorité de la concurrence."),
        ("next.ink", "04-01 13:30", "Nvidia conteste devant la cour d'appel sa sanction française",
         "Nvidia demande l'annulation de la décision de l'Autorité de la concurrence et la suspension du paiement de l'amende."),
    ]),
    # ---------------------------------------------- RTX 5070 Super / 5080 Super launch
    ("rtx-50-super-launch", "fresh84", [
        ("frandroid.com", "02-24 14:00", "Nvidia lance les RTX 5070 Super et 5080 Super",
         "Les nouvelles cartes graphiques de Nvidia embarquent 18 et 24 Go de mémoire GDDR7 et seront vendues à partir de 649 et 1 099 euros le 5 mars."),
        ("lesnumeriques.com", "02-24 14:05", "Test GeForce RTX 5080 Super : plus de mémoire, même recette",
         "La RTX 5080 Super passe à 24 Go de GDDR7 et gagne environ 8 % de performances sur la RTX 5080 classique, pour 1 099 euros."),
        ("clubic.com", "02-24 15:30", "RTX 50 Super : Nvidia muscle sa gamme avec plus de VRAM",
         "Nvidia officialise deux cartes graphiques Super, dotées de 50 % de mémoire en plus, qui arriveront en magasin début mars."),
    ]),
    # ---------------------------------------------- RTX 50 Super street prices rise a week after release
    ("rtx-50-super-prices", "fresh84", [
        ("frandroid.com", "03-12 10:00", "Les RTX 50 Super déjà plus chères qu'annoncé",
         "Une semaine après leur sortie, les RTX 5070 Super et 5080 Super s'affichent 100 à 150 euros au-dessus du prix conseillé, la faute à la pénurie de mémoire."),
        ("01net.com", "03-12 13:40", "Cartes graphiques : les prix des nouvelles GeForce s'envolent",
         "Pénurie de GDDR7 oblige, les revendeurs français ont relevé le prix des RTX 50 Super, parfois de plus de 10 %."),
    ]),
    # ---------------------------------------------- Nvidia driver 595.14 black screens, then the fix
    ("nvidia-driver-black-screen", "fresh84", [
        ("clubic.com", "03-19 09:00", "Le dernier pilote GeForce provoque des écrans noirs",
         "Des utilisateurs de la version 595.14 des pilotes Nvidia signalent des écrans noirs au démarrage de Windows 11 ; Nvidia recommande de revenir à la version précédente."),
        ("lesnumeriques.com", "03-19 12:30", "Pilote Nvidia 595.14 : attention avant de mettre à jour",
         "Nvidia a reconnu un bug d'affichage sur certaines configurations à plusieurs écrans et promet un correctif rapide."),
        ("01net.com", "03-20 17:00", "Écrans noirs : Nvidia publie un pilote correctif",
         "La version 595.21 corrige le bug qui empêchait l'affichage au démarrage sur certaines configurations multi-écrans."),
    ]),
    # ---------------------------------------------- another Nvidia driver pulled a month later
    ("nvidia-driver-fans", "fresh84", [
        ("frandroid.com", "04-21 08:40", "Nvidia retire un pilote qui bloquait les ventilateurs des GeForce",
         "La version 600.05 des pilotes GeForce a été retirée après des signalements de ventilateurs restés à l'arrêt sur des RTX 50, avec des températures dépassant 90 °C."),
    ]),
    # ---------------------------------------------- GeForce Now outage on a Saturday, post-mortem next day
    ("geforce-now-outage-1", "fresh84", [
        ("numerama.com", "04-04 20:10", "GeForce Now en panne : impossible de lancer une partie",
         "Le service de cloud gaming de Nvidia est inaccessible depuis la fin d'après-midi en Europe, les joueurs restant bloqués en file d'attente."),
        ("frandroid.com", "04-04 21:00", "Panne géante de GeForce Now ce samedi",
         "Nvidia confirme un incident touchant ses serveurs européens, dont ceux de Paris et de Francfort."),
        ("01net.com", "04-05 09:30", "GeForce Now : Nvidia explique la panne de samedi",
         "Une mise à jour défectueuse du système d'authentification a privé les abonnés européens de cloud gaming pendant près de quatre heures."),
    ]),
    # ---------------------------------------------- second GeForce Now outage five days later
    ("geforce-now-outage-2", "fresh84", [
        ("numerama.com", "04-09 19:20", "Nouvelle panne pour GeForce Now",
         "Cinq jours après un premier incident, le service de jeu en streaming de Nvidia est de nouveau hors service pour une partie des joueurs européens."),
        ("clubic.com", "04-09 20:10", "GeForce Now à nouveau indisponible",
         "Les serveurs de Nvidia à Amsterdam et à Londres ne répondent plus depuis 20 heures ; l'entreprise dit enquêter."),
    ]),
    # ---------------------------------------------- AMD Q4 2025 results
    ("amd-q4-results", "fresh84", [
        ("lesechos.fr", "02-03 22:10", "AMD boucle une année record grâce à l'IA",
         "Le concurrent d'Intel et de Nvidia a réalisé 10,3 milliards de dollars de chiffre d'affaires au quatrième trimestre, en hausse de 34 %."),
        ("lemondeinformatique.fr", "02-04 07:50", "Résultats T4 : AMD profite de l'appétit pour les Instinct et les Epyc",
         "La division datacenter d'AMD a atteint 4,9 Md$ de revenus sur le trimestre ; Lisa Su annonce la montée en puissance des MI450 au second semestre."),
    ]),
    # ---------------------------------------------- AMD Ryzen 9 9950X3D2 launch
    ("amd-9950x3d2-launch", "fresh84", [
        ("lesnumeriques.com", "03-11 13:00", "Test AMD Ryzen 9 9950X3D2 : le roi du jeu passe au double étage",
         "Avec du 3D V-Cache sur ses deux CCD, le nouveau Ryzen 9 d'AMD devient le processeur le plus rapide en jeu, pour 799 euros."),
        ("frandroid.com", "03-11 13:00", "AMD lance le Ryzen 9 9950X3D2, son processeur le plus puissant pour les joueurs",
         "Le processeur de 16 cœurs dispose de 192 Mo de cache cumulé et arrive en France au prix de 799 euros."),
        ("clubic.com", "03-11 15:20", "Ryzen 9 9950X3D2 : AMD double la mise sur le cache 3D",
         "AMD commercialise dès aujourd'hui son nouveau processeur haut de gamme, qui empile de la mémoire cache sur ses deux puces de calcul."),
    ]),
    # ---------------------------------------------- burnt 9950X3D2 on ASRock boards nine days later
    ("amd-9950x3d2-burnt", "fresh84", [
        ("clubic.com", "03-20 10:10", "Des Ryzen 9 9950X3D2 grillés sur des cartes mères ASRock",
         "Plusieurs acheteurs du nouveau processeur d'AMD rapportent des puces carbonisées après quelques jours d'utilisation sur des cartes mères ASRock X870."),
        ("frandroid.com", "03-20 14:30", "Processeurs AMD brûlés : ASRock pointe un problème de BIOS",
         "Le fabricant taïwanais reconnaît un réglage de tension trop élevé dans son firmware et publie une mise à jour d'urgence."),
    ]),
    # ---------------------------------------------- AMD buys French start-up Tessella
    ("amd-buys-tessella", "fresh84", [
        ("lesechos.fr", "04-07 06:00", "AMD rachète le français Tessella pour renforcer son logiciel d'IA",
         "Le fabricant américain de puces met la main sur la jeune pousse parisienne, qui développe des compilateurs pour accélérer l'inférence sur GPU, pour environ 400 millions de dollars."),
        ("usine-digitale.fr", "04-07 09:15", "Tessella tombe dans l'escarcelle d'AMD",
         "Fondée en 2022 par d'anciens chercheurs de l'Inria, la start-up rejoindra l'équipe logicielle ROCm ; ses 80 salariés resteront à Paris."),
        ("journaldunet.com", "04-07 11:30", "Pourquoi AMD mise 400 millions sur une pépite française du logiciel",
         "Face au verrou de CUDA, AMD acquiert Tessella, dont les outils permettent de porter des modèles d'IA sur les GPU Instinct sans réécriture."),
    ]),
    # ---------------------------------------------- StackShift flaw in AMD SEV-SNP
    ("amd-stackshift-flaw", "fresh84", [
        ("zdnet.fr", "02-17 09:30", "Une faille dans les processeurs AMD Zen 5 permet d'espionner les VM",
         "Des chercheurs de l'ETH Zurich ont découvert une vulnérabilité, baptisée StackShift, qui affecte la technologie SEV-SNP des Epyc de cinquième génération."),
        ("lemagit.fr", "02-17 11:00", "AMD : une vulnérabilité menace l'isolement des machines virtuelles sur Epyc",
         "La faille StackShift permet à un hyperviseur malveillant de lire la mémoire d'une VM protégée par SEV-SNP ; AMD publie un microcode correctif."),
        ("next.ink", "02-17 15:45", "StackShift : des chercheurs mettent à mal la protection des VM chez AMD",
         "Une nouvelle attaque matérielle vise le mécanisme SEV-SNP des processeurs Epyc ; des correctifs sont disponibles pour les serveurs Zen 5."),
    ]),
    # ---------------------------------------------- Intel TDX flaw found by Google, six weeks later
    ("intel-tdx-flaw", "fresh84", [
        ("zdnet.fr", "04-02 10:00", "Intel corrige une faille dans ses enclaves TDX",
         "Une vulnérabilité découverte par Google permettait de compromettre des machines virtuelles confidentielles sur les Xeon de sixième génération."),
        ("lemagit.fr", "04-02 14:20", "Informatique confidentielle : Google trouve une brèche dans Intel TDX",
         "L'équipe de sécurité de Google Cloud a signalé à Intel une faille dans le module TDX, corrigée par une mise à jour du microcode."),
    ]),
    # ---------------------------------------------- Intel security bulletins, February
    ("intel-bulletins-feb", "fresh84", [
        ("lemagit.fr", "02-10 18:30", "Patch Tuesday : Intel publie 19 bulletins de sécurité",
         "Le fondeur corrige ce mois-ci 41 vulnérabilités dans ses pilotes graphiques, ses firmwares UEFI et ses cartes réseau Ethernet."),
        ("zdnet.fr", "02-10 20:00", "Intel : 41 failles corrigées dans ses pilotes et firmwares",
         "Le lot de correctifs de février d'Intel comprend deux vulnérabilités critiques dans le firmware de ses contrôleurs Ethernet."),
    ]),
    # ---------------------------------------------- Intel security bulletins, March
    ("intel-bulletins-mar", "fresh84", [
        ("lemagit.fr", "03-10 18:40", "Patch Tuesday : Intel publie 24 bulletins de sécurité",
         "Intel corrige ce mois-ci 38 vulnérabilités, dont une faille de gravité élevée dans le moteur de gestion CSME de ses processeurs Core."),
        ("zdnet.fr", "03-10 20:20", "Intel : 38 failles corrigées en mars",
         "Le lot mensuel de correctifs d'Intel concerne les processeurs Core, les Xeon et l'utilitaire de mise à jour des pilotes."),
    ]),
    # ---------------------------------------------- Intel security bulletins, April
    ("intel-bulletins-apr", "fresh84", [
        ("lemagit.fr", "04-14 18:50", "Patch Tuesday : Intel publie 16 bulletins de sécurité",
         "Le fondeur corrige en avril 29 vulnérabilités, principalement dans ses logiciels de gestion à distance vPro et ses pilotes Wi-Fi."),
    ]),
    # ---------------------------------------------- Intel and Nvidia unveil their joint x86 + RTX laptop chip
    ("intel-nvidia-rtx-soc", "fresh84", [
        ("lemondeinformatique.fr", "04-14 08:00", "Intel et Nvidia dévoilent leur premier processeur x86 à GPU RTX intégré",
         "Fruit de l'alliance nouée en 2025, la puce pour PC portables associe des cœurs Intel et un chiplet graphique RTX de Nvidia ; les premiers modèles sont attendus à la rentrée."),
        ("frandroid.com", "04-14 10:30", "Intel et Nvidia marient x86 et RTX dans une même puce",
         "Les rivaux d'hier présentent un SoC destiné aux PC portables de jeu fins, avec un GPU RTX relié aux cœurs x86 par NVLink."),
        ("01net.com", "04-14 12:15", "PC portables : la puce commune des deux géants américains a enfin un visage",
         "Asus, Lenovo et MSI seront les premiers à intégrer le processeur conçu conjointement par Intel et Nvidia, attendu en septembre."),
    ]),
    # ---------------------------------------------- Apple signs Intel Foundry for entry-level M chips
    ("intel-foundry-apple", "fresh84", [
        ("lesechos.fr", "03-25 06:30", "Intel Foundry décroche Apple comme client",
         "Apple a signé avec Intel un accord pour faire fabriquer une partie de ses puces M d'entrée de gamme avec le procédé 18A-P à partir de 2027, une première pour le fondeur américain."),
        ("bfmtv.com", "03-25 10:00", "Apple va faire graver des puces chez Intel, une victoire pour le fondeur",
         "Le groupe à la pomme diversifie sa production au-delà de TSMC ; l'action Intel s'envole de 12 % avant l'ouverture de Wall Street."),
        ("journaldunet.com", "03-25 14:00", "Pourquoi le contrat avec Apple change la donne pour Intel",
         "Pour la première fois, un client majeur confie à Intel Foundry des puces grand public : un pari sur le procédé 18A-P et les usines de l'Arizona."),
        ("01net.com", "03-26 08:00", "Des puces Apple gravées par Intel : ce que ça change pour les futurs Mac",
         "Les MacBook Air de 2027 pourraient embarquer des puces M fabriquées aux États-Unis par Intel. On fait le point."),
    ]),
    # ---------------------------------------------- Intel reshuffles its foundry management
    ("intel-foundry-management", "fresh84", [
        ("lemondeinformatique.fr", "03-06 09:40", "Intel remanie la direction de sa fonderie",
         "Lip-Bu Tan reprend en direct la supervision d'Intel Foundry et nomme un nouveau directeur des opérations de fabrication, venu de TSMC."),
    ]),
    # ---------------------------------------------- Intel sells more Mobileye shares
    ("intel-mobileye-stake", "fresh84", [
        ("lesechos.fr", "02-26 07:00", "Intel cède une nouvelle tranche de Mobileye",
         "Le fondeur va vendre 45 millions d'actions de sa filiale israélienne de conduite autonome, pour environ 700 millions de dollars, afin de renflouer sa trésorerie."),
        ("zdnet.fr", "02-26 11:00", "Intel réduit encore sa participation dans Mobileye",
         "Après une première cession en 2025, Intel vend une partie de ses titres et détiendra désormais environ 70 % du capital de Mobileye."),
    ]),
    # ---------------------------------------------- Intel Arc B770 launch
    ("intel-arc-b770", "fresh84", [
        ("frandroid.com", "04-28 13:00", "Intel Arc B770 : la carte graphique de milieu de gamme arrive enfin",
         "Avec 16 Go de GDDR6 et un prix de 379 euros, la nouvelle Arc d'Intel vise la RTX 5060 Ti de Nvidia ; elle sera en rayon le 6 mai."),
    ]),
    # ---------------------------------------------- first Snapdragon X2 Elite laptops on sale
    ("snapdragon-x2-laptops", "fresh84", [
        ("frandroid.com", "03-02 09:00", "Snapdragon X2 Elite : les premiers PC portables arrivent en France",
         "Asus, Lenovo, HP et Microsoft lancent cette semaine leurs premiers ordinateurs équipés de la nouvelle puce Arm de Qualcomm, à partir de 1 299 euros."),
        ("lesnumeriques.com", "03-02 11:30", "Les PC Snapdragon X2 Elite sont disponibles : prix et modèles",
         "Zenbook A16, Yoga Slim 7x, OmniBook Ultra : la deuxième génération de PC Copilot+ de Qualcomm arrive en rayon."),
        ("clubic.com", "03-02 14:10", "Qualcomm relance l'offensive Arm sur PC",
         "Les premières machines équipées de la puce à 18 cœurs de Qualcomm sont commercialisées en Europe, avec la promesse de plus de 20 heures d'autonomie."),
    ]),
    # ---------------------------------------------- review of one X2 laptop six weeks later
    ("zenbook-a16-review", "fresh84", [
        ("lesnumeriques.com", "04-16 08:00", "Test Asus Zenbook A16 : le Snapdragon X2 Elite tient ses promesses d'autonomie",
         "22 heures en lecture vidéo, un écran OLED de 16 pouces et 1,2 kg : le portable Arm d'Asus convainc, malgré un prix de 1 499 euros et quelques jeux incompatibles."),
    ]),
    # ---------------------------------------------- Arm loses its appeal against Qualcomm
    ("arm-qualcomm-appeal", "fresh84", [
        ("lemondeinformatique.fr", "03-27 08:20", "Licences : Arm perd son appel contre Qualcomm",
         "La cour d'appel fédérale américaine confirme que Qualcomm n'a pas violé sa licence Arm en intégrant les technologies de Nuvia à ses puces."),
        ("zdnet.fr", "03-27 11:45", "Qualcomm l'emporte définitivement face à Arm",
         "La justice américaine rejette l'appel du concepteur britannique, qui accusait Qualcomm d'avoir enfreint ses accords de licence."),
    ]),
    # ---------------------------------------------- Arm unveils its own server chip
    ("arm-own-server-chip", "fresh84", [
        ("lemondeinformatique.fr", "02-24 09:30", "Arm se lance dans la fabrication de ses propres puces serveurs",
         "Le concepteur britannique présente sa première puce maison, un processeur de 136 cœurs pour centres de données, avec Meta comme premier client."),
        ("lesechos.fr", "02-24 11:00", "Arm devient le concurrent de ses propres clients",
         "En commercialisant sa propre puce pour serveurs, le groupe contrôlé par SoftBank rompt avec un modèle fondé sur la seule vente de licences."),
        ("silicon.fr", "02-24 15:10", "Le concepteur de Cambridge dévoile un processeur pour datacenters gravé par TSMC",
         "Fabriquée en 3 nm, la puce d'Arm vise l'inférence IA ; Meta sera le premier à la déployer dans ses centres de données."),
    ]),
    # ---------------------------------------------- Arm quarterly results
    ("arm-q3-results", "fresh84", [
        ("latribune.fr", "02-04 22:15", "Arm porté par les redevances de l'IA",
         "Le concepteur de puces a réalisé 1,24 milliard de dollars de chiffre d'affaires au troisième trimestre de son exercice, en hausse de 25 %."),
    ]),
    # ---------------------------------------------- Qualcomm opens an R&D centre in Sophia-Antipolis
    ("qualcomm-sophia-rd", "fresh84", [
        ("usine-digitale.fr", "04-20 09:00", "Qualcomm ouvre un centre de R&D à Sophia-Antipolis",
         "Le concepteur américain de puces va recruter 150 ingénieurs sur la technopole azuréenne pour travailler sur ses processeurs pour PC et automobiles."),
        ("bfmtv.com", "04-20 13:10", "150 emplois : Qualcomm s'installe sur la Côte d'Azur",
         "Deux mois après le plan social d'Intel, la technopole de Sophia-Antipolis accueille un centre de recherche de Qualcomm, qui pourrait embaucher d'anciens salariés du fondeur."),
    ]),
    # ---------------------------------------------- Nvidia opens a research centre in Paris
    ("nvidia-paris-lab", "fresh84", [
        ("usine-digitale.fr", "04-22 08:00", "Nvidia ouvre un centre de R&D à Paris",
         "Le fabricant de puces va installer 300 chercheurs dans le 13e arrondissement, principalement sur la robotique et les modèles de simulation."),
        ("bfmtv.com", "04-22 10:30", "Jensen Huang à l'Élysée : Nvidia annonce 300 embauches à Paris",
         "Reçu par Emmanuel Macron, le patron de Nvidia a confirmé l'ouverture d'un laboratoire de recherche parisien et un partenariat avec l'Inria."),
        ("lefigaro.fr", "04-22 14:00", "« Paris est un aimant à talents » : le patron de Nvidia confirme son laboratoire français",
         "Le dirigeant a détaillé un investissement de 500 millions d'euros sur cinq ans dans la capitale, où travailleront 300 chercheurs."),
    ]),
    # ---------------------------------------------- earthquake in Taiwan hits TSMC fabs, cost next day
    ("tsmc-earthquake", "fresh84", [
        ("lesechos.fr", "02-19 05:30", "Séisme à Taïwan : TSMC évacue plusieurs usines",
         "Un tremblement de terre de magnitude 6,4 au large de Hualien a contraint jeudi matin le premier fondeur mondial à évacuer des salles blanches à Hsinchu et Tainan."),
        ("01net.com", "02-19 08:45", "Tremblement de terre à Taïwan : quel impact pour la production de puces ?",
         "TSMC assure que plus de 90 % de ses équipements ont redémarré dans la journée, mais des plaquettes en cours de gravure ont dû être mises au rebut."),
        ("usine-digitale.fr", "02-19 11:30", "Le fondeur taïwanais reprend sa production après la secousse",
         "TSMC indique que ses usines de Hsinchu, Taichung et Tainan ont repris l'essentiel de leur activité quelques heures après le séisme."),
        ("latribune.fr", "02-20 07:15", "Séisme : TSMC chiffre ses pertes à 150 millions de dollars",
         "Le fabricant taïwanais estime l'impact du tremblement de terre de jeudi sur son chiffre d'affaires trimestriel, sans revoir ses prévisions annuelles."),
    ]),
    # ---------------------------------------------- TSMC Q1 results
    ("tsmc-q1-results", "fresh84", [
        ("lesechos.fr", "04-16 07:00", "TSMC : bénéfice en hausse de 45 % au premier trimestre",
         "Porté par la demande de puces pour l'IA, le fondeur taïwanais a dégagé un bénéfice net de 420 milliards de dollars taïwanais entre janvier et mars."),
        ("lemondeinformatique.fr", "04-16 10:20", "L'IA fait toujours tourner à plein les usines de TSMC",
         "Le premier fondeur mondial affiche un chiffre d'affaires trimestriel de 34 milliards de dollars et relève sa prévision de croissance annuelle à près de 30 %."),
    ]),
    # ---------------------------------------------- TSMC monthly revenue: January
    ("tsmc-revenue-jan", "fresh84", [
        ("latribune.fr", "02-10 08:10", "TSMC : chiffre d'affaires de janvier en hausse de 37 % sur un an",
         "Le fondeur taïwanais a facturé 293 milliards de dollars taïwanais en janvier, un record pour un début d'année."),
    ]),
    # ---------------------------------------------- TSMC monthly revenue: February
    ("tsmc-revenue-feb", "fresh84", [
        ("latribune.fr", "03-10 08:05", "TSMC : revenus de février en hausse de 29 %, malgré le séisme",
         "Le tremblement de terre du 19 février n'a que peu pesé sur les ventes mensuelles du fondeur, qui atteignent 262 milliards de dollars taïwanais."),
    ]),
    # ---------------------------------------------- TSMC monthly revenue: March
    ("tsmc-revenue-mar", "fresh84", [
        ("latribune.fr", "04-10 08:15", "TSMC : des revenus de mars en hausse de 41 %",
         "Le chiffre d'affaires mensuel du fondeur taïwanais atteint 321 milliards de dollars taïwanais, une semaine avant la publication de ses résultats trimestriels."),
    ]),
    # ---------------------------------------------- ESMC Dresden fab progress
    ("tsmc-dresden", "fresh84", [
        ("usine-digitale.fr", "03-19 08:20", "Dresde : l'usine européenne de TSMC recevra ses premières machines en juin",
         "La coentreprise ESMC, qui associe TSMC à Bosch, Infineon et NXP, achève le gros œuvre de son usine saxonne, qui doit produire des puces en 28 nm dès 2027."),
    ]),
    # ---------------------------------------------- ASML Q1 results (day before TSMC's)
    ("asml-q1-results", "fresh84", [
        ("lesechos.fr", "04-15 06:10", "ASML rassure avec des commandes en forte hausse",
         "Le fabricant de machines de lithographie a enregistré 7,1 milliards d'euros de commandes au premier trimestre, tirées par les fondeurs qui investissent dans l'IA."),
        ("usine-digitale.fr", "04-15 09:30", "Le néerlandais profite du boom des puces pour l'IA",
         "ASML a réalisé 8,2 milliards d'euros de chiffre d'affaires sur le trimestre et confirme ses objectifs pour 2026."),
    ]),
    # ---------------------------------------------- European Commission presents the Chips Act 2
    ("eu-chips-act-2", "fresh84", [
        ("lesechos.fr", "03-18 06:00", "Bruxelles présente son Chips Act 2",
         "La Commission européenne veut mobiliser 40 milliards d'euros supplémentaires pour attirer des usines de puces avancées et soutenir la conception en Europe."),
        ("latribune.fr", "03-18 10:15", "Semi-conducteurs : l'UE relance sa stratégie après l'échec de l'objectif de 20 %",
         "Reconnaissant qu'elle n'atteindra pas 20 % de la production mondiale en 2030, la Commission propose une nouvelle législation centrée sur les puces pour l'IA et l'automobile."),
        ("usine-digitale.fr", "03-18 13:00", "Chips Act 2.0 : ce qui change pour les industriels européens",
         "Fonds dédié, procédures accélérées pour les usines, priorité aux puces matures : le détail de la nouvelle stratégie européenne des semi-conducteurs."),
        ("next.ink", "03-18 16:40", "Puces : la Commission européenne remet 40 milliards sur la table",
         "Le nouveau règlement européen sur les semi-conducteurs prévoit un fonds commun et un mécanisme de surveillance des pénuries."),
        ("lemondeinformatique.fr", "03-19 08:00", "Chips Act 2 : les industriels saluent, les ONG s'inquiètent",
         "ST, Soitec et l'association ESIA accueillent favorablement le nouveau plan européen pour les semi-conducteurs, tandis que des ONG dénoncent la consommation d'eau des usines."),
    ]),
    # ---------------------------------------------- Vsora raises 65 million euros (same morning as Scintil)
    ("vsora-funding", "fresh84", [
        ("usine-digitale.fr", "04-08 06:30", "Vsora lève 65 millions d'euros pour sa puce d'inférence",
         "La start-up francilienne, qui conçoit des processeurs pour l'inférence de modèles d'IA, boucle un tour de table mené par le fonds de l'EIC et Bpifrance."),
        ("lesechos.fr", "04-08 07:00", "Vsora boucle une levée de 65 millions pour industrialiser Jotunn",
         "La jeune pousse de Meudon prépare la production en volume, chez TSMC, de son accélérateur Jotunn8."),
    ]),
    # ---------------------------------------------- Scintil Photonics raises 50 million euros
    ("scintil-funding", "fresh84", [
        ("usine-digitale.fr", "04-08 06:45", "Scintil Photonics lève 50 millions d'euros",
         "La start-up grenobloise, qui développe des puces photoniques pour les interconnexions des centres de données, accueille Nvidia à son capital."),
        ("journaldunet.com", "04-08 10:00", "Photonique : le grenoblois Scintil lève 50 M€",
         "Issue du CEA-Leti, Scintil Photonics finance l'industrialisation de ses lasers intégrés sur silicium destinés aux serveurs d'IA."),
    ]),
    # ---------------------------------------------- SiPearl ships its first Rhea1 processors
    ("sipearl-rhea1-shipping", "fresh84", [
        ("lemondeinformatique.fr", "02-05 09:00", "SiPearl livre ses premiers processeurs Rhea1",
         "Le concepteur français de processeurs pour supercalculateurs a expédié ses premières puces au centre de Jülich, qui doit les intégrer à l'exascale Jupiter."),
        ("usine-digitale.fr", "02-05 11:40", "Rhea1 : la puce européenne sort enfin des usines de TSMC",
         "Après plusieurs années de retard, le processeur Arm de 80 cœurs de la start-up de Maisons-Laffitte est livré à ses premiers clients."),
        ("silicon.fr", "02-05 14:30", "HPC : SiPearl commence les livraisons de Rhea1",
         "Les premiers exemplaires du processeur européen pour le calcul haute performance ont été livrés au Forschungszentrum Jülich."),
    ]),
    # ---------------------------------------------- CEA-Leti inaugurates the FAMES pilot line
    ("cea-leti-fames", "fresh84", [
        ("usine-digitale.fr", "03-30 08:00", "Le CEA-Leti inaugure sa ligne pilote FAMES à Grenoble",
         "Financée à hauteur de 830 millions d'euros par l'Europe et la France, la ligne pilote doit permettre de tester des puces FD-SOI gravées en 10 nm."),
        ("latribune.fr", "03-30 12:30", "Grenoble : une ligne pilote européenne pour les puces de demain",
         "Soitec, ST et une vingtaine de partenaires pourront prototyper des composants FD-SOI dans les salles blanches du CEA-Leti."),
    ]),
    # ---------------------------------------------- ST and GlobalFoundries abandon the Crolles mega-fab
    ("crolles-fab-abandoned", "fresh84", [
        ("lesechos.fr", "04-13 06:20", "Crolles : ST et GlobalFoundries abandonnent leur méga-usine",
         "Annoncé en 2022 avec 2,9 milliards d'euros d'aides publiques, le projet d'usine commune en Isère est officiellement abandonné après le retrait de GlobalFoundries."),
        ("latribune.fr", "04-13 09:00", "Le projet d'usine géante de puces à Crolles officiellement enterré",
         "Faute de clients, GlobalFoundries renonce à l'usine qu'il devait construire avec STMicroelectronics ; l'État récupère l'essentiel des aides promises."),
        ("bfmtv.com", "04-13 12:20", "Isère : la « méga-fab » promise par Emmanuel Macron n'ouvrira jamais",
         "L'extension du site de Crolles, qui devait créer 1 000 emplois, est abandonnée par ST et GlobalFoundries."),
        ("usine-digitale.fr", "04-14 07:30", "Après l'abandon de Crolles, que reste-t-il de la stratégie française dans les puces ?",
         "France 2030, ligne pilote du CEA-Leti, usines de Soitec : le point sur les projets qui survivent à l'échec de la méga-usine ST-GlobalFoundries."),
    ]),
    # ---------------------------------------------- IDC warns memory shortage will raise PC prices
    ("idc-memory-pc-prices", "fresh84", [
        ("lemondeinformatique.fr", "02-11 08:30", "Pénurie de mémoire : IDC prévoit une hausse de 15 % du prix des PC",
         "Selon le cabinet d'études, l'envolée des prix de la DRAM et de la NAND, absorbées par les serveurs d'IA, va renchérir les ordinateurs tout au long de 2026."),
        ("01net.com", "02-11 12:00", "Pourquoi votre prochain PC va coûter plus cher",
         "La mémoire vive devient rare et chère à cause de l'IA : IDC anticipe jusqu'à 15 % de hausse sur les ordinateurs portables cette année."),
        ("channelnews.fr", "02-11 15:00", "DRAM : IDC alerte sur la hausse des prix des PC en 2026",
         "Les distributeurs doivent s'attendre à des hausses de 10 à 15 % et à des tensions d'approvisionnement sur les configurations à 32 Go, prévient le cabinet."),
    ]),
    # ---------------------------------------------- Dell raises its prices
    ("dell-price-rise", "fresh84", [
        ("channelnews.fr", "02-20 09:00", "Dell augmente ses tarifs jusqu'à 20 %",
         "Le constructeur texan relève à partir du 1er mars les prix de ses PC professionnels et de ses serveurs, invoquant le coût de la mémoire."),
        ("lemagit.fr", "02-20 13:15", "Mémoire : Dell répercute la flambée des prix sur ses clients",
         "Dell Technologies annonce une hausse de 10 à 20 % de ses tarifs sur les Latitude, les Precision et les serveurs PowerEdge."),
    ]),
    # ---------------------------------------------- Lenovo follows with its own price rise
    ("lenovo-price-rise", "fresh84", [
        ("lemondeinformatique.fr", "02-23 10:30", "Après Dell, Lenovo augmente à son tour ses prix",
         "Le numéro un mondial du PC relèvera de 8 à 12 % les tarifs de ses ThinkPad et ThinkCentre en Europe à partir d'avril, en raison du renchérissement de la DRAM."),
    ]),
    # ---------------------------------------------- Samsung raises DRAM contract prices
    ("samsung-dram-prices", "fresh84", [
        ("lesechos.fr", "03-09 06:40", "Samsung relève de 40 % le prix de ses puces mémoire",
         "Le sud-coréen a notifié à ses clients une nouvelle hausse de ses tarifs de DRAM pour le deuxième trimestre, selon Bloomberg."),
    ]),
    # ---------------------------------------------- Raspberry Pi price rise
    ("raspberry-pi-price-rise", "fresh84", [
        ("frandroid.com", "03-04 10:00", "Le Raspberry Pi 5 augmente encore de prix",
         "La fondation britannique relève de 10 à 25 dollars le prix des modèles à 8 et 16 Go de RAM, une conséquence directe de la pénurie de mémoire."),
        ("numerama.com", "03-04 14:20", "Pénurie de RAM : même le nano-ordinateur préféré des bidouilleurs coûte plus cher",
         "Les versions les mieux dotées du Raspberry Pi prennent jusqu'à 25 dollars ; le modèle de 2 Go est épargné."),
    ]),
    # ---------------------------------------------- IDC Q1 PC market figures
    ("pc-market-q1", "fresh84", [
        ("lemondeinformatique.fr", "04-09 08:00", "Marché PC : les ventes reculent de 4 % au premier trimestre",
         "Selon IDC, 60,2 millions d'ordinateurs ont été expédiés dans le monde entre janvier et mars, la hausse des prix liée à la mémoire freinant la demande."),
        ("channelnews.fr", "04-09 11:30", "IDC : Lenovo creuse l'écart sur un marché PC en repli",
         "Le chinois reste numéro un mondial avec 26 % de parts de marché, devant HP et Dell, sur un marché en baisse de 4 % au premier trimestre."),
        ("clubic.com", "04-09 16:00", "Les ventes d'ordinateurs repartent à la baisse, la faute à la RAM",
         "Après une année 2025 dopée par la fin de Windows 10, le marché mondial des PC a reculé de 4 % au premier trimestre, selon IDC."),
    ]),
    # ---------------------------------------------- Lenovo quarterly results
    ("lenovo-q3-results", "fresh84", [
        ("lesechos.fr", "02-12 06:00", "Lenovo signe un trimestre record grâce à la fin de Windows 10",
         "Le constructeur chinois a réalisé un chiffre d'affaires de 20,5 milliards de dollars sur son troisième trimestre fiscal, porté par le renouvellement des parcs de PC."),
    ]),
    # ---------------------------------------------- Apple launches a 699-euro MacBook with an A18 Pro
    ("apple-macbook-a18", "fresh84", [
        ("frandroid.com", "03-04 14:05", "Apple lance un MacBook à 699 euros avec une puce d'iPhone",
         "Le nouveau MacBook de 13 pouces embarque la puce A18 Pro de l'iPhone 16 Pro et se décline en quatre couleurs ; il sera disponible le 11 mars."),
        ("01net.com", "03-04 14:30", "MacBook : Apple casse enfin les prix de ses ordinateurs portables",
         "Avec son nouveau MacBook à 699 euros, Apple vise les étudiants et les écoles, jusqu'ici séduits par les Chromebook et les PC Windows d'entrée de gamme."),
        ("numerama.com", "03-04 16:00", "Le Mac portable le moins cher de l'histoire est là",
         "Apple a officialisé son portable d'entrée de gamme : 13 pouces, puce A18 Pro, 8 Go de mémoire, 256 Go de stockage et 18 heures d'autonomie annoncées."),
        ("lesnumeriques.com", "03-05 08:30", "MacBook à 699 € : faut-il craquer ou lui préférer un MacBook Air ?",
         "Puce, écran, mémoire, ports : on compare le nouveau MacBook d'entrée de gamme au MacBook Air M4, vendu 999 euros."),
    ]),
    # ---------------------------------------------- Apple MacBook Pro M5 Pro / M5 Max, the day before
    ("apple-macbook-pro-m5-pro", "fresh84", [
        ("01net.com", "03-03 14:10", "MacBook Pro M5 Pro et M5 Max : Apple met à jour ses portables pour les pros",
         "Les nouveaux MacBook Pro 14 et 16 pouces gagnent jusqu'à 30 % en performances graphiques ; ils sont disponibles à partir de 2 499 euros."),
        ("frandroid.com", "03-03 15:00", "Apple dévoile les puces M5 Pro et M5 Max",
         "Les nouveaux MacBook Pro profitent de puces allant jusqu'à 18 cœurs CPU et 40 cœurs GPU, avec jusqu'à 128 Go de mémoire unifiée."),
    ]),
    # ---------------------------------------------- Samsung Galaxy Book6 in France
    ("samsung-galaxy-book6", "fresh84", [
        ("lesnumeriques.com", "02-16 09:00", "Samsung lance ses Galaxy Book6 Pro en France",
         "Les nouveaux ultraportables de Samsung, équipés des processeurs Intel Core Ultra série 3, sont proposés à partir de 1 599 euros."),
    ]),
    # ---------------------------------------------- Xiaomi XRing O2 chip
    ("xiaomi-xring-o2", "fresh84", [
        ("frandroid.com", "04-27 12:00", "Xiaomi dévoile XRing O2, sa deuxième puce maison",
         "Gravé en 3 nm par TSMC, le nouveau SoC de Xiaomi équipera la tablette Pad 8 Pro et un smartphone attendu cet été."),
    ]),
    # ---------------------------------------------- LDLC data breach, hacker claim the next day
    ("ldlc-data-breach", "fresh84", [
        ("zdnet.fr", "03-23 09:40", "LDLC victime d'une cyberattaque, des données clients dérobées",
         "Le distributeur lyonnais de matériel informatique a informé ses clients qu'un pirate avait accédé à leurs noms, adresses et historiques de commandes."),
        ("numerama.com", "03-23 12:10", "Fuite de données chez LDLC : que faire si vous êtes client ?",
         "Le marchand en ligne confirme une intrusion dans son système d'information ; aucune donnée bancaire ne serait concernée, mais le risque d'hameçonnage est réel."),
        ("01net.com", "03-24 08:20", "Piratage de LDLC : un hacker revendique 1,2 million de comptes",
         "Sur un forum cybercriminel, un pirate met en vente les données présumées de clients de LDLC, au lendemain de l'annonce de la cyberattaque."),
    ]),
    # ---------------------------------------------- Rue du Commerce data breach a week later
    ("rueducommerce-data-breach", "fresh84", [
        ("zdnet.fr", "03-31 10:00", "Rue du Commerce touché par une fuite de données",
         "Le site de vente en ligne spécialisé dans l'informatique prévient ses clients que leurs coordonnées ont pu être consultées par un tiers via un prestataire."),
        ("numerama.com", "03-31 15:40", "Après LDLC, un autre marchand d'informatique confirme une fuite de données",
         "Une semaine après le piratage de LDLC, Rue du Commerce annonce à son tour une intrusion ; l'enseigne assure qu'aucun lien n'est établi."),
    ]),
    # ---------------------------------------------- Nexperia chip shortage halts Stellantis Sochaux
    ("nexperia-sochaux-halt", "fresh84", [
        ("lesechos.fr", "02-09 06:45", "Pénurie de puces Nexperia : Stellantis met Sochaux à l'arrêt",
         "Faute de composants fournis par le néerlandais Nexperia, le constructeur suspend la production de son usine du Doubs pour au moins une semaine."),
        ("bfmtv.com", "02-09 09:30", "Sochaux à l'arrêt faute de semi-conducteurs",
         "Stellantis interrompt les chaînes de son site historique, touché par les perturbations d'approvisionnement en puces de Nexperia."),
        ("latribune.fr", "02-09 12:40", "Automobile : la crise Nexperia rattrape Stellantis en France",
         "Le blocage des exportations de l'usine chinoise de Nexperia prive le constructeur de puces basiques indispensables ; 2 000 salariés de Sochaux sont au chômage partiel."),
    ]),
    # ---------------------------------------------- Nexperia resumes deliveries five weeks later
    ("nexperia-deliveries-resume", "fresh84", [
        ("lesechos.fr", "03-13 07:00", "Nexperia reprend ses livraisons vers l'Europe",
         "Après un accord entre La Haye et Pékin, les puces de l'usine chinoise de Nexperia recommencent à être expédiées aux équipementiers européens."),
        ("usine-digitale.fr", "03-13 10:45", "Semi-conducteurs : la fin de la crise Nexperia pour l'automobile européenne ?",
         "Le fabricant néerlandais annonce la reprise des exportations depuis Dongguan ; Stellantis et Renault espèrent un retour à la normale d'ici avril."),
    ]),
    # ---------------------------------------------- US tightens AI chip export controls
    ("us-export-controls", "fresh84", [
        ("lesechos.fr", "02-13 06:30", "Washington durcit encore les contrôles à l'exportation de puces IA",
         "Le département du Commerce ajoute 30 entités chinoises à sa liste noire et limite les ventes de puces Nvidia et AMD vers la Malaisie et la Thaïlande."),
    ]),
    # ---------------------------------------------- durability index extended to laptops
    ("laptop-durability-index", "fresh84", [
        ("01net.com", "04-28 08:00", "Un indice de durabilité sur les ordinateurs portables dès 2027",
         "Un décret publié au Journal officiel étend aux PC portables l'indice de durabilité, qui remplacera l'indice de réparabilité en janvier 2027."),
        ("lesnumeriques.com", "04-28 11:00", "Indice de durabilité des PC portables : ce qui change pour les acheteurs",
         "Fiabilité, réparabilité, disponibilité des pièces : la note sur 10 affichée en magasin prendra en compte de nouveaux critères à partir de 2027."),
    ]),
    # ---------------------------------------------- Clubic weekly laptop deals (recurring)
    ("clubic-laptop-deals-w09", "fresh84", [
        ("clubic.com", "02-27 17:00", "Les meilleures promos PC portables de la semaine",
         "MacBook Air M4, Asus Zenbook 14, Lenovo IdeaPad Slim 5 : notre sélection des meilleures offres sur les ordinateurs portables cette semaine."),
    ]),
    ("clubic-laptop-deals-w11", "fresh84", [
        ("clubic.com", "03-13 17:00", "Les meilleures promos PC portables de la semaine",
         "Zenbook A14 Snapdragon, MacBook Air M4, HP OmniBook 5 : notre sélection des meilleures offres sur les ordinateurs portables cette semaine."),
    ]),
    ("clubic-laptop-deals-w14", "fresh84", [
        ("clubic.com", "04-03 17:00", "Les meilleures promos PC portables de la semaine",
         "Le MacBook à 699 euros déjà remisé, Yoga Slim 7x, Galaxy Book6 Pro : notre sélection des meilleures offres sur les ordinateurs portables cette semaine."),
    ]),
    # ---------------------------------------------- Silicon weekly semiconductor roundup (recurring)
    ("silicon-chips-week-08", "fresh84", [
        ("silicon.fr", "02-20 16:30", "Semi-conducteurs : l'essentiel de la semaine",
         "Les départs chez ST, le séisme à Taïwan et la faille StackShift des Epyc d'AMD : ce qu'il fallait retenir cette semaine dans les puces."),
    ]),
    ("silicon-chips-week-12", "fresh84", [
        ("silicon.fr", "03-20 16:30", "Semi-conducteurs : l'essentiel de la semaine",
         "Les puces Vera Rubin de Nvidia, le Chips Act 2 et les Ryzen grillés sur cartes ASRock : ce qu'il fallait retenir cette semaine dans les puces."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
