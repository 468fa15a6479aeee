"""A thirty-first fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh31".
Positives: digits against words ("400" / "quatre cents", "150 millions" / "cent cinquante"), English
terms (outage, layoffs, funding, hands-on), "selon L'Informé", actors named by a periphrasis or only
in the lead, consumer angles, explainers, tests, an interview, quotes as titles, post-mortems, terse follow-ups.
Hard negatives: two Azure outages, Atos layoffs then a strike call, two hospital and two local-authority
ransomware attacks, CNIL then Arcep fines on SFR, two Google rulings, a launch then its bug, Patch Tuesday
then an emergency fix, results then job cuts, a rumour then another deal, two products of one day, roundups.
`build` fixes the year 2026; times are UTC, January and October 2026.

Measured once, on 0acfbba (stop 22), before anything was changed for it: precision 0.946, recall
0.705; a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ CES keynote: two announcements, told apart
    ("nvidia-ces-rtx50-super", "fresh31", [
        ("lesnumeriques.com", "01-06 04:10", "CES 2026 : Nvidia officialise les GeForce RTX 5070 Super et RTX 5080 Super",
         "Plus de mémoire GDDR7 et des fréquences revues : Nvidia rafraîchit le milieu et le haut de sa gamme RTX 50 avec deux cartes Super attendues fin janvier."),
        ("frandroid.com", "01-06 07:30", "RTX 5080 Super : 24 Go de VRAM et un prix qui grimpe",
         "Le numéro un des puces graphiques a profité de sa conférence au CES pour dévoiler des RTX 50 Super dotées de modules mémoire de 3 Go."),
        ("clubic.com", "01-06 09:45", "Les nouvelles GeForce Super : prix, date de sortie, ce qu'il faut savoir",
         "RTX 5070 Super à 649 dollars, RTX 5080 Super à 1 099 dollars : voici tout ce qu’il faut retenir des cartes annoncées à Las Vegas."),
        ("01net.com", "01-07 16:00", "Faut-il attendre les RTX 50 Super avant d’acheter une carte graphique ?",
         "Avec l'arrivée des versions Super annoncées au CES, les RTX 5070 et 5080 classiques pourraient baisser : nos conseils avant de craquer."),
    ]),
    ("nvidia-ces-vera-rubin", "fresh31", [
        ("lemondeinformatique.fr", "01-06 08:20", "Au CES, Jensen Huang lance la production de la plateforme Vera Rubin",
         "Le patron de Nvidia a indiqué que les premiers systèmes NVL144 basés sur les GPU Rubin et le CPU Vera seraient livrés aux hyperscalers dès le second semestre."),
        ("silicon.fr", "01-06 11:00", "Nvidia : Vera Rubin entre en production de masse",
         "Le concepteur de GPU accélère le calendrier de sa prochaine architecture pour datacenter, censée tripler les performances d’inférence face à Blackwell Ultra."),
    ]),
    # ------------------------------------------------ Atos: layoffs, then a strike call three days later
    ("atos-pse-400", "fresh31", [
        ("linforme.com", "01-06 06:00", "Atos prépare la suppression de près de 400 postes en France",
         "Selon nos informations, le groupe informatique va présenter aux représentants du personnel un plan de sauvegarde de l'emploi touchant principalement ses activités d'infogérance."),
        ("lemondeinformatique.fr", "01-06 10:30", "Atos : un PSE visant près de 400 salariés, selon L'Informé",
         "L’ESN, sortie de sa restructuration financière, poursuit sa cure d’économies avec un nouveau plan social en France."),
        ("channelnews.fr", "01-06 14:10", "L’ex-champion français des services informatiques taille encore dans ses effectifs",
         "Atos confirme l'ouverture d'une procédure d'information-consultation sur un projet de réduction d'environ quatre cents emplois."),
        ("latribune.fr", "01-07 07:45", "Pourquoi le groupe de Bezons doit encore réduire la voilure",
         "Chiffre d'affaires en recul, contrats perdus, dette allégée mais coûteuse : les raisons du nouveau plan de départs d'Atos, qui vise près de 400 personnes."),
    ]),
    ("atos-strike-call", "fresh31", [
        ("next.ink", "01-09 11:20", "Atos : les syndicats appellent à la grève contre le PSE",
         "L’intersyndicale appelle les salariés d’Atos en France à cesser le travail mardi prochain, trois jours après l’annonce du plan de suppression de postes."),
        ("lemagit.fr", "01-09 16:00", "Appel à la grève chez Atos le 13 janvier",
         "La CFE-CGC, la CFDT et la CGT dénoncent un plan « sans perspective industrielle » et invitent à un débrayage sur tous les sites français."),
    ]),
    # ------------------------------------------------ public operator data breach, consumer angle
    ("france-travail-leak", "fresh31", [
        ("numerama.com", "01-08 10:15", "France Travail : une nouvelle fuite de données touche 1,2 million de demandeurs d’emploi",
         "Noms, adresses et numéros de sécurité sociale : l’opérateur public a notifié la CNIL après l’intrusion d’un pirate via le compte d’un conseiller de mission locale."),
        ("01net.com", "01-08 12:40", "Fuite chez France Travail : comment savoir si vous êtes concerné et que faire",
         "Après le piratage annoncé ce jeudi, voici les bons réflexes face aux tentatives d'hameçonnage qui vont suivre."),
        ("zdnet.fr", "01-08 15:05", "Data breach : l'ancien Pôle emploi encore ciblé",
         "France Travail confirme qu'un attaquant a extrait les données de plus d'un million de personnes inscrites, à partir d'identifiants volés à un partenaire."),
        ("lemagit.fr", "01-09 08:30", "France Travail : l’intrusion passée par un compte partenaire compromis",
         "Les premiers éléments de l’enquête pointent un accès légitime détourné, sans authentification forte, sur l’outil de suivi des parcours."),
    ]),
    # ------------------------------------------------ space finance, and the Ariane 64 first flight
    ("eutelsat-capital-increase", "fresh31", [
        ("latribune.fr", "01-09 08:00", "Eutelsat : l’augmentation de capital de 1,5 milliard d’euros bouclée, l’État premier actionnaire",
         "L’opérateur de satellites finalise l’opération souscrite par l’État français, le Royaume-Uni et des investisseurs privés pour financer OneWeb."),
        ("usine-digitale.fr", "01-09 12:30", "OneWeb : l'opérateur satellitaire français sécurise son financement",
         "Eutelsat annonce la réalisation définitive de sa levée de fonds, qui fait de l'État son premier actionnaire avec près de 30 % du capital."),
    ]),
    ("ariane64-first-flight", "fresh31", [
        ("numerama.com", "01-21 14:00", "Ariane 64 réussit son premier vol et place 32 satellites d’Amazon en orbite",
         "La version à quatre boosters d’Ariane 6 a décollé de Kourou avec sa plus lourde charge à ce jour, pour la constellation Amazon Leo (ex-Kuiper)."),
        ("usine-digitale.fr", "01-21 16:20", "Premier vol réussi pour la version quatre boosters d'Ariane 6",
         "ArianeGroup et Arianespace inaugurent l'Ariane 64 avec une trentaine de satellites Internet du géant du commerce en ligne."),
        ("01net.com", "01-21 18:45", "Décollage réussi : le lanceur européen emporte une trentaine de satellites Internet",
         "Arianespace a mis en orbite 32 satellites de la constellation Amazon Leo, concurrente de Starlink, lors du premier vol d’Ariane 64."),
        ("lesechos.fr", "01-22 07:10", "Amazon, le client américain qui fait décoller le lanceur européen",
         "Le succès du vol inaugural d'Ariane 64 valide un contrat de 18 lancements pour le projet Kuiper, rebaptisé Amazon Leo."),
    ]),
    # ------------------------------------------------ two Azure outages three days apart
    ("azure-outage-west-europe", "fresh31", [
        ("lemagit.fr", "01-12 09:30", "Azure : panne majeure dans la région West Europe",
         "Machines virtuelles, bases SQL et Entra ID ont été perturbés pendant près de cinq heures lundi matin dans la région néerlandaise du cloud de Microsoft."),
        ("silicon.fr", "01-12 11:15", "Outage Azure : les entreprises européennes à l’arrêt ce lundi",
         "Un incident réseau dans un datacenter d’Amsterdam a rendu inaccessibles de nombreux services hébergés chez le géant de Redmond."),
        ("bfmtv.com", "01-12 13:40", "Teams, Outlook... une panne du cloud de Microsoft perturbe des milliers d'entreprises",
         "Des utilisateurs en France, aux Pays-Bas et en Belgique ont signalé lundi matin des difficultés d'accès, liés à la région Azure West Europe."),
        ("lemondeinformatique.fr", "01-13 17:20", "Panne d’Azure West Europe : Microsoft livre un premier post-mortem",
         "Une mise à jour de configuration des équipements réseau, déployée sans étape de validation progressive, est à l’origine de l’interruption de lundi."),
    ]),
    ("azure-outage-france-central", "fresh31", [
        ("lemagit.fr", "01-15 14:50", "Nouvel incident Azure, cette fois dans la région France Centre",
         "Trois jours après la panne de West Europe, des clients hébergés à Paris ont subi des erreurs de stockage pendant deux heures jeudi."),
        ("zdnet.fr", "01-15 17:30", "Microsoft Azure : des erreurs de stockage frappent la région parisienne",
         "Le service Blob Storage de la région France Central a renvoyé des erreurs en série jeudi après-midi, affectant des applications de clients français."),
        ("next.ink", "01-16 08:10", "Azure France Centre : service rétabli",
         "Microsoft indique avoir résolu l'incident de stockage de jeudi et promet une analyse détaillée sous quatorze jours."),
    ]),
    # ------------------------------------------------ Patch Tuesday, then an out-of-band fix for its bug
    ("patch-tuesday-january", "fresh31", [
        ("zdnet.fr", "01-13 19:30", "Patch Tuesday de janvier : Microsoft corrige 112 failles dont trois zero-day",
         "Le premier Patch Tuesday de l'année comble notamment une vulnérabilité du noyau Windows activement exploitée."),
        ("lemondeinformatique.fr", "01-14 08:15", "Le géant de Redmond comble une centaine de vulnérabilités, dont 3 exploitées",
         "Microsoft publie ses correctifs mensuels ; les administrateurs sont invités à prioriser les failles touchant le pilote CLFS et Hyper-V."),
        ("lemagit.fr", "01-14 10:00", "Correctifs de janvier : les trois zero-days à patcher en priorité",
         "Notre sélection des vulnérabilités critiques publiées par Microsoft ce mois-ci, avec les mesures de contournement quand l’installation doit attendre."),
    ]),
    ("windows-oob-fix-january", "fresh31", [
        ("01net.com", "01-17 10:20", "Windows 11 : Microsoft publie en urgence un correctif pour réparer… sa propre mise à jour",
         "La mise à jour cumulative de janvier empêchait certains PC de s’éteindre ; une version hors bande corrige le problème."),
        ("clubic.com", "01-17 13:05", "Mise à jour d'urgence pour Windows 11 après les bugs de janvier",
         "Le patch de mardi bloquait l'arrêt des PC et des connexions Bureau à distance : le géant de Redmond déploie un correctif out-of-band."),
    ]),
    # ------------------------------------------------ consumer telecom pricing
    ("freebox-pop-price-rise", "fresh31", [
        ("frandroid.com", "01-14 08:00", "Free augmente le prix de la Freebox Pop : ce qui change pour vous",
         "À partir du 1er mars, l’abonnement passe de 29,99 à 32,99 euros par mois pour les nouveaux abonnés, avec du stockage cloud en plus."),
        ("lesnumeriques.com", "01-14 11:30", "Freebox Pop : trois euros de plus par mois",
         "L'opérateur de Xavier Niel revalorise son offre phare, en justifiant la hausse par l'intégration de nouveaux services."),
        ("numerama.com", "01-14 15:45", "L’opérateur de Xavier Niel relève le tarif de sa box la plus populaire",
         "Free fait passer la Freebox Pop à 32,99 euros mensuels ; les abonnés actuels ne sont pas concernés pour l’instant."),
    ]),
    # ------------------------------------------------ startup funding
    ("dust-series-b", "fresh31", [
        ("lesechos.fr", "01-14 06:30", "Dust lève 60 millions d'euros pour ses agents d'IA en entreprise",
         "La start-up parisienne fondée par deux anciens d'OpenAI et de Stripe boucle une série B menée par un fonds américain."),
        ("usine-digitale.fr", "01-14 09:40", "Agents IA : le français Dust boucle une série B d’une soixantaine de millions",
         "Dust, qui permet aux entreprises de créer des assistants connectés à leurs outils internes, compte accélérer aux États-Unis."),
        ("journaldunet.com", "01-14 14:20", "Funding : la jeune pousse des agents IA s’offre 60 M€ pour conquérir l’Amérique",
         "Dust revendique plus de 2 000 entreprises clientes et veut tripler ses effectifs d’ici fin 2026."),
    ]),
    # ------------------------------------------------ SFR: sale talks, then a CNIL fine, then an Arcep fine
    ("sfr-exclusive-talks", "fresh31", [
        ("lesechos.fr", "01-16 06:15", "SFR : Altice entre en négociations exclusives avec Bouygues, Free et Orange",
         "Patrick Drahi accepte de discuter en exclusivité avec le trio d’opérateurs, qui a relevé son offre à plus de 20 milliards d’euros."),
        ("linforme.com", "01-16 07:00", "Vente de SFR : les coulisses de l'accord d'exclusivité",
         "Selon nos informations, l'offre améliorée des trois opérateurs a été acceptée jeudi soir à l'issue d'une ultime réunion avec les créanciers."),
        ("bfmtv.com", "01-16 10:30", "Démantèlement de SFR : ce qui pourrait changer pour les 19 millions de clients",
         "Forfaits, box, réseau : on fait le point sur les conséquences d’un partage de SFR entre Bouygues Telecom, Free et Orange."),
        ("latribune.fr", "01-17 08:00", "Drahi cède : le quatrième opérateur français vers le démantèlement",
         "Le propriétaire d'Altice a accepté une période d'exclusivité avec Bouygues, Iliad et Orange ; l'Autorité de la concurrence devra se prononcer."),
    ]),
    ("cnil-fine-sfr", "fresh31", [
        ("next.ink", "01-20 10:00", "La CNIL inflige 2 millions d’euros d’amende à SFR",
         "La formation restreinte reproche à l’opérateur des durées de conservation excessives et une sécurité insuffisante des données de ses clients."),
        ("numerama.com", "01-20 13:30", "SFR sanctionné par la CNIL pour avoir mal protégé les données de ses abonnés",
         "Deux millions d'euros : c'est le montant de l'amende prononcée contre l'opérateur, après la fuite de données de l'automne 2024."),
        ("lemondeinformatique.fr", "01-20 15:10", "Protection des données : deux millions d’euros de sanction pour l’opérateur au carré rouge",
         "La CNIL sanctionne SFR, épinglé notamment pour des mots de passe stockés sans hachage robuste."),
    ]),
    ("arcep-fine-sfr", "fresh31", [
        ("latribune.fr", "01-23 09:20", "New Deal mobile : l'Arcep sanctionne SFR de 1,5 million d'euros",
         "Le gendarme des télécoms reproche à l'opérateur des retards dans la mise en service de sites 4G en zones blanches."),
        ("frandroid.com", "01-23 14:00", "SFR écope d’une nouvelle amende, cette fois du régulateur des télécoms",
         "Trois jours après la CNIL, c’est l’Arcep qui sanctionne l’opérateur pour ne pas avoir tenu ses engagements de couverture."),
    ]),
    # ------------------------------------------------ Brussels against X over Grok
    ("dsa-x-grok-probe", "fresh31", [
        ("next.ink", "01-12 12:10", "DSA : la Commission européenne ouvre une enquête sur X et Grok",
         "Bruxelles soupçonne le réseau social de ne pas avoir évalué les risques liés aux images sexualisées générées par son IA à partir de photos réelles."),
        ("numerama.com", "01-12 14:30", "Deepfakes de Grok : Bruxelles passe à l'offensive contre le réseau social d'Elon Musk",
         "La Commission lance une procédure formelle au titre du Digital Services Act et exige des mesures provisoires."),
        ("bfmtv.com", "01-12 17:00", "« Inacceptable » : l’Europe lance une procédure contre la plateforme d’Elon Musk",
         "La vice-présidente Henna Virkkunen a annoncé l’ouverture d’une enquête sur les images dénudées produites par Grok, l’IA intégrée à X."),
        ("silicon.fr", "01-13 09:00", "X et Grok visés par le DSA : quels risques pour la plateforme ?",
         "Amende jusqu'à 6 % du chiffre d'affaires mondial, mesures provisoires : explications sur la procédure ouverte par Bruxelles."),
    ]),
    # ------------------------------------------------ two hospitals hit by ransomware three days apart
    ("ransomware-ch-saint-brieuc", "fresh31", [
        ("zdnet.fr", "01-19 09:00", "Le centre hospitalier de Saint-Brieuc paralysé par un ransomware",
         "L’hôpital costarmoricain a déclenché son plan blanc dimanche soir après le chiffrement d’une partie de ses serveurs ; les urgences restent ouvertes."),
        ("lemagit.fr", "01-19 11:20", "Cyberattaque à l'hôpital de Saint-Brieuc : le SI coupé d'Internet",
         "L'établissement breton a isolé son réseau et bascule en mode dégradé ; l'ANSSI et le CERT Santé sont sur place."),
        ("bfmtv.com", "01-19 18:30", "« On est revenus au papier et au crayon » : dans les Côtes-d’Armor, un hôpital sans informatique",
         "Au lendemain de la cyberattaque contre le centre hospitalier de Saint-Brieuc, soignants et secrétaires médicales racontent les consultations reportées."),
        ("numerama.com", "01-20 10:45", "Rançongiciel contre l’hôpital de Saint-Brieuc : le groupe Qilin revendique l’attaque",
         "Le gang a publié le nom de l’établissement sur son site vitrine et menace de divulguer des données de patients."),
    ]),
    ("ransomware-chu-nimes", "fresh31", [
        ("lemagit.fr", "01-22 08:40", "Le CHU de Nîmes à son tour victime d'une cyberattaque",
         "Trois jours après Saint-Brieuc, le centre hospitalier universitaire gardois a détecté un chiffrement de postes de travail dans la nuit."),
        ("01net.com", "01-22 12:15", "Un second hôpital français frappé par un rançongiciel en une semaine",
         "Le CHU de Nîmes a activé une cellule de crise et déprogrammé des opérations non urgentes après une attaque informatique."),
        ("zdnet.fr", "01-22 16:50", "CHU de Nîmes : les urgences réorientent les patients après le ransomware",
         "Les ambulances sont redirigées vers Montpellier et Alès le temps de rétablir le système d’information."),
    ]),
    # ------------------------------------------------ AI model release, with a hands-on
    ("deepseek-v4", "fresh31", [
        ("usine-digitale.fr", "01-20 08:30", "DeepSeek dévoile V4, un modèle open weight qui rivalise avec GPT-5",
         "Le laboratoire chinois publie un modèle de mélange d’experts de plus de mille milliards de paramètres sous licence MIT."),
        ("numerama.com", "01-20 11:00", "Un an après le choc, la start-up chinoise récidive avec un nouveau modèle",
         "DeepSeek V4 affiche des scores proches des meilleurs modèles américains pour un coût d'entraînement annoncé très inférieur."),
        ("clubic.com", "01-21 09:30", "On a testé DeepSeek V4 : bluffant en code, prudent sur la politique",
         "Notre prise en main du nouveau modèle de DeepSeek, disponible dans l'application et via l'API."),
    ]),
    # ------------------------------------------------ iOS release, then its Bluetooth bug two days later
    ("ios-26-3-release", "fresh31", [
        ("macg.co", "01-26 18:30", "iOS 26.3 est disponible",
         "Apple publie iOS 26.3 avec le transfert simplifié vers Android imposé par le DMA et des correctifs pour Liquid Glass."),
        ("igen.fr", "01-26 19:10", "iOS 26.3 : les nouveautés de la mise à jour",
         "Notifications transférables aux montres tierces, migration vers Android : le tour des changements de la nouvelle version."),
        ("frandroid.com", "01-27 08:20", "La firme de Cupertino déploie sa nouvelle mise à jour pour iPhone : ce qui change pour vous",
         "iOS 26.3 est disponible depuis lundi soir ; voici les nouveautés et comment l’installer."),
    ]),
    ("ios-26-3-bluetooth-bug", "fresh31", [
        ("macg.co", "01-28 09:15", "iOS 26.3 : des utilisateurs signalent des déconnexions Bluetooth à répétition",
         "Écouteurs et autoradios se déconnectent en boucle depuis la mise à jour, d’après de nombreux témoignages sur les forums d’Apple."),
        ("igen.fr", "01-28 10:40", "Bluetooth capricieux sous iOS 26.3 : Apple enquête",
         "La firme reconnaît un problème de connexion avec certains accessoires et prépare un correctif."),
        ("01net.com", "01-28 16:30", "Votre iPhone perd la connexion avec vos AirPods ? La faute à la dernière mise à jour",
         "Un bug introduit par iOS 26.3 perturbe les appareils Bluetooth ; en attendant un correctif, voici les solutions de contournement."),
    ]),
    # ------------------------------------------------ two rulings about Google two days apart
    ("google-adtech-paris-ruling", "fresh31", [
        ("next.ink", "01-27 11:00", "Adtech : Google condamné à verser 95 millions d'euros à des éditeurs français",
         "Le tribunal des activités économiques de Paris juge que Google a abusé de sa position dominante dans la publicité en ligne au détriment de trois groupes de presse."),
        ("lesechos.fr", "01-27 14:30", "La presse française obtient 95 millions du moteur de recherche devant la justice",
         "Une décision contre Google qui s’appuie sur la sanction de l’Autorité de la concurrence de 2021 et ouvre la voie à d’autres actions en réparation."),
        ("journaldunet.com", "01-28 09:00", "Condamnation de Google dans l'adtech : ce que le jugement change pour les éditeurs",
         "Explications sur la décision du tribunal parisien, qui chiffre le préjudice lié aux pratiques de Google Ad Manager."),
    ]),
    ("google-shopping-cjeu", "fresh31", [
        ("lemondeinformatique.fr", "01-29 10:20", "Comparateurs de prix : la CJUE ouvre la voie aux indemnisations contre Google",
         "La Cour de justice de l’Union européenne précise que les juridictions nationales peuvent s’appuyer sur la décision Google Shopping pour chiffrer les dommages des concurrents."),
        ("zdnet.fr", "01-29 15:40", "Google Shopping : nouveau revers pour Google devant la justice européenne",
         "Deux jours après sa condamnation à Paris dans l'adtech, le moteur de recherche perd une question préjudicielle clé à Luxembourg."),
    ]),
    # ------------------------------------------------ copper switch-off, consumer angles
    ("orange-copper-lot-january", "fresh31", [
        ("lesnumeriques.com", "01-29 09:00", "Fin de l'ADSL : le cuivre s'éteint dans plus de 800 communes le 31 janvier",
         "Orange coupe son réseau historique dans un deuxième lot de communes ; les abonnés encore en ADSL doivent passer à la fibre."),
        ("frandroid.com", "01-29 12:45", "Extinction du cuivre : ce qui change pour vous le 31 janvier",
         "Téléphone fixe, Internet, alarmes : les conséquences de la fermeture du réseau cuivre d’Orange dans des centaines de communes."),
        ("01net.com", "01-30 08:10", "L’opérateur historique débranche l’ADSL dans des centaines de villes : êtes-vous concerné ?",
         "Orange a publié la liste des communes du lot de janvier ; voici comment vérifier votre éligibilité à la fibre."),
    ]),
    # ------------------------------------------------ public sector IT
    ("lasuite-numerique-circular", "fresh31", [
        ("next.ink", "01-27 15:20", "La Suite numérique devient l’outil collaboratif par défaut des ministères",
         "Une circulaire du Premier ministre impose aux administrations centrales les outils de la DINUM, comme Tchap, Visio et Docs, d’ici la fin 2027."),
        ("lemagit.fr", "01-28 08:50", "Souveraineté : Matignon généralise les outils collaboratifs de la DINUM",
         "La circulaire vise à réduire la dépendance aux suites américaines ; les ministères devront justifier toute exception."),
    ]),
    # ------------------------------------------------ January recurring formats, each its own event
    ("bfmtv-techco-0113", "fresh31", [
        ("bfmtv.com", "01-13 19:00", "Tech&Co, la quotidienne du 13 janvier : panne Azure, enquête sur Grok et Patch Tuesday",
         "Au programme de l’émission : retour sur la panne du cloud de Microsoft, l’offensive de Bruxelles contre X et les correctifs de sécurité du mois."),
    ]),
    ("lemagit-cyber-weekly-0116", "fresh31", [
        ("lemagit.fr", "01-16 17:00", "Cybersécurité : l'essentiel de la semaine",
         "Fuite de données chez France Travail, correctifs de janvier de Microsoft, nouvelle campagne d'hameçonnage aux couleurs de l'Assurance maladie : notre récapitulatif hebdomadaire."),
    ]),
    ("frandroid-weekly-recap-0118", "fresh31", [
        ("frandroid.com", "01-18 09:00", "Freebox Pop plus chère, SFR vers le démantèlement, panne Azure : les actus de la semaine",
         "Vous avez manqué l’actualité tech de ces derniers jours ? Voici les infos à retenir, de la hausse de prix de Free à la vente de SFR."),
    ]),
    ("clubic-deals-soldes-0120", "fresh31", [
        ("clubic.com", "01-20 07:00", "Soldes d'hiver : les meilleures offres tech du jour",
         "iPhone 17, Galaxy S25, TV OLED et aspirateurs robots : notre sélection des bonnes affaires à saisir en cette deuxième semaine de soldes."),
    ]),
    # ------------------------------------------------ October: public cloud report, then Health Data Hub choice
    ("cour-des-comptes-state-cloud", "fresh31", [
        ("next.ink", "10-01 10:30", "La Cour des comptes étrille la stratégie cloud de l’État",
         "Dans un rapport publié jeudi, les magistrats financiers jugent la doctrine « cloud au centre » mal appliquée et les dépenses mal suivies."),
        ("lemagit.fr", "10-01 14:00", "Cloud de l'État : les magistrats financiers pointent une dépendance persistante aux hyperscalers",
         "Le rapport de la Cour des comptes relève que moins d'un tiers des applications sensibles ont migré vers une offre qualifiée SecNumCloud."),
        ("silicon.fr", "10-02 08:20", "Cloud souverain : les 5 recommandations de la Cour des comptes",
         "Pilotage interministériel, calendrier contraignant, réversibilité : ce que la Cour recommande à la DINUM et aux ministères."),
    ]),
    ("health-data-hub-leaves-azure", "fresh31", [
        ("lemondeinformatique.fr", "10-02 09:10", "Le Health Data Hub choisit un cloud SecNumCloud pour quitter Azure",
         "La plateforme des données de santé a retenu l’offre qualifiée d’un groupement mené par un acteur français ; la migration doit s’achever en 2028."),
        ("numerama.com", "10-02 15:00", "Données de santé : la plateforme nationale va enfin quitter Microsoft",
         "Après des années de polémique, le Health Data Hub annonce le prestataire qui hébergera les données de santé des Français."),
        ("zdnet.fr", "10-03 09:30", "Health Data Hub : la fin du contrat Microsoft, enfin",
         "Le lauréat de l'appel d'offres pour l'hébergement souverain de la plateforme est connu ; calendrier et enjeux de la migration."),
    ]),
    # ------------------------------------------------ Mistral AI: a funding rumour, then a different deal
    ("mistral-funding-rumour", "fresh31", [
        ("linforme.com", "10-05 06:00", "Mistral AI en discussions pour lever 3 milliards d’euros",
         "Selon nos informations, la start-up française négocie un nouveau tour de table qui la valoriserait plus de 40 milliards d’euros, avec des fonds du Golfe."),
        ("journaldunet.com", "10-05 12:30", "La pépite française de l'IA viserait une valorisation de 40 milliards, selon L'Informé",
         "Mistral AI chercherait à lever environ trois milliards d'euros, un an après le tour de table mené par ASML."),
    ]),
    ("mistral-armed-forces-deal", "fresh31", [
        ("lemondeinformatique.fr", "10-08 09:00", "Le ministère des Armées signe un accord-cadre avec Mistral AI",
         "L’agence ministérielle pour l’IA de défense (AMIAD) pourra déployer les modèles de Mistral sur ses propres infrastructures classifiées."),
        ("usine-digitale.fr", "10-08 11:30", "IA de défense : Mistral AI décroche un contrat pluriannuel avec les Armées",
         "Le contrat, d'un montant non communiqué, porte sur des modèles déployés hors ligne pour l'analyse du renseignement."),
        ("clubic.com", "10-08 16:45", "Après les rumeurs de levée de fonds, Mistral AI signe avec l’armée française",
         "La start-up d’Arthur Mensch fournira ses modèles à l’AMIAD ; rien de neuf en revanche sur son tour de table."),
    ]),
    # ------------------------------------------------ Bouygues Telecom: outage, then a price rise three days later
    ("bouygues-mobile-outage", "fresh31", [
        ("bfmtv.com", "10-06 09:10", "Une panne géante prive des millions d'abonnés de réseau mobile",
         "Depuis 6 heures ce mardi, les clients de Bouygues Telecom ne peuvent plus passer d'appels ni accéder aux données mobiles dans toute la France."),
        ("frandroid.com", "10-06 10:00", "Panne Bouygues Telecom : ni appels ni 4G/5G, que se passe-t-il ?",
         "Les signalements explosent sur Downdetector depuis l’aube ; l’opérateur évoque un incident sur son cœur de réseau."),
        ("01net.com", "10-06 13:20", "Bouygues Telecom : le réseau mobile revient progressivement",
         "Après plus de six heures de coupure nationale, l'opérateur annonce un retour à la normale et promet un geste commercial."),
        ("next.ink", "10-07 09:45", "Panne de Bouygues Telecom : une mise à jour logicielle du cœur de réseau en cause",
         "L’opérateur explique l’incident de mardi par une mise à jour défectueuse d’un équipement de gestion des abonnés ; l’Arcep demande un rapport."),
    ]),
    ("bouygues-price-rise", "fresh31", [
        ("lesnumeriques.com", "10-09 10:00", "Bouygues Telecom augmente ses forfaits mobiles de 2 à 3 euros",
         "Des milliers d'abonnés B&You et Sensation reçoivent un courriel annonçant une hausse en décembre, assortie de quelques gigaoctets supplémentaires."),
        ("numerama.com", "10-09 14:30", "Trois jours après sa panne, Bouygues Telecom annonce une hausse de prix",
         "L’opérateur relève le tarif de plusieurs forfaits ; les clients concernés peuvent résilier sans frais dans les quatre mois."),
    ]),
    # ------------------------------------------------ October deals and newsletters, each its own event
    ("frandroid-prime-day-0107", "fresh31", [
        ("frandroid.com", "10-07 06:00", "Prime Day d'octobre : les meilleures offres du premier jour",
         "Amazon lance ses Prime Big Deal Days : smartphones, écouteurs, TV, notre sélection des promos qui valent le coup."),
    ]),
    ("clubic-deals-1008", "fresh31", [
        ("clubic.com", "10-08 07:00", "Bons plans du jour : Galaxy S26, AirPods Pro 3 et aspirateur Dreame en promo",
         "Dernier jour des ventes Prime d’octobre : voici les meilleurs prix repérés par la rédaction ce jeudi."),
    ]),
    ("next-newsletter-1009", "fresh31", [
        ("next.ink", "10-09 17:00", "La newsletter de Next : panne Bouygues, Mistral et les Armées, Cour des comptes",
         "Chaque vendredi, l'essentiel de la semaine : l'incident de cœur de réseau chez Bouygues Telecom, l'accord-cadre de Mistral AI avec l'AMIAD et le rapport sur le cloud de l'État."),
    ]),
    # ------------------------------------------------ end of Windows 10 consumer ESU, and Patch Tuesday the same day
    ("windows10-consumer-esu-end", "fresh31", [
        ("01net.com", "10-12 08:00", "Windows 10 : les mises à jour de sécurité étendues s'arrêtent mardi, ce qui change pour vous",
         "Le programme ESU gratuit pour les particuliers prend fin le 13 octobre 2026 ; votre PC continuera de fonctionner mais ne sera plus protégé."),
        ("clubic.com", "10-13 07:30", "C’est la fin, cette fois pour de bon : Windows 10 ne reçoit plus de correctifs",
         "Un an après la fin du support officiel, l’année de sursis offerte par Microsoft aux particuliers s’achève aujourd’hui."),
        ("zdnet.fr", "10-13 10:20", "Windows 10 ESU : le géant de Redmond tourne la page pour le grand public",
         "Les entreprises peuvent encore payer une deuxième année de mises à jour étendues, mais les particuliers sont désormais sans filet."),
        ("lesnumeriques.com", "10-13 15:00", "Mon PC n'est pas compatible Windows 11 : que faire maintenant ?",
         "Linux, Windows 11 contourné, nouveau PC : nos solutions alors que Windows 10 cesse de recevoir des mises à jour de sécurité."),
    ]),
    ("patch-tuesday-october", "fresh31", [
        ("lemagit.fr", "10-13 19:40", "Patch Tuesday d’octobre : 87 vulnérabilités, dont deux exploitées",
         "Microsoft corrige notamment une élévation de privilèges dans le pilote Common Log File System et une faille d’Office déjà utilisée par des attaquants."),
        ("lemondeinformatique.fr", "10-14 08:30", "Microsoft corrige deux zero-days dans sa livraison mensuelle",
         "Le Patch Tuesday inclut aussi, pour la dernière fois, des correctifs pour les PC Windows 10 inscrits au programme ESU grand public."),
    ]),
    ("bfmtv-techco-1013", "fresh31", [
        ("bfmtv.com", "10-13 19:00", "Tech&Co, la quotidienne du 13 octobre : adieu Windows 10, et les opérateurs augmentent leurs prix",
         "Au sommaire : la fin des correctifs pour Windows 10 chez les particuliers, la hausse des forfaits Bouygues Telecom et les levées de fonds de la semaine."),
    ]),
    # ------------------------------------------------ quantum funding, digits against words
    ("alice-bob-series-c", "fresh31", [
        ("lesechos.fr", "10-14 06:00", "Alice & Bob lève 150 millions d'euros pour son ordinateur quantique",
         "La start-up parisienne, spécialiste des qubits de chat, boucle un tour de série C auprès de fonds européens et de Bpifrance."),
        ("usine-digitale.fr", "10-14 09:20", "Quantique : le français Alice & Bob sécurise 150 M€",
         "L’argent servira à construire le laboratoire parisien où doit naître Graphene, sa machine de 100 qubits logiques."),
        ("journaldunet.com", "10-14 13:00", "Quantum computing : la pépite des qubits de chat change de dimension",
         "Alice & Bob décroche cent cinquante millions d'euros, l'une des plus grosses levées de la deep tech française cette année."),
    ]),
    # ------------------------------------------------ cloud results, with an interview the next day
    ("ovhcloud-annual-results", "fresh31", [
        ("lemagit.fr", "10-15 07:30", "OVHcloud : un chiffre d’affaires annuel de 1,2 milliard d’euros, en hausse de 9 %",
         "L’hébergeur roubaisien atteint ses objectifs pour l’exercice 2026 grâce au cloud public, qui progresse de plus de 15 %."),
        ("silicon.fr", "10-15 10:00", "Résultats annuels : OVHcloud génère enfin un flux de trésorerie positif",
         "Le fournisseur français de cloud publie des résultats conformes à ses objectifs et relève ses perspectives de croissance."),
        ("lesechos.fr", "10-15 12:40", "Le champion français du cloud accélère grâce à la souveraineté",
         "OVHcloud profite de la défiance envers les hyperscalers américains : ses ventes progressent de 9 % sur l'exercice clos fin août."),
        ("lemondeinformatique.fr", "10-16 09:00", "Octave Klaba : « La souveraineté est devenue un critère d'achat »",
         "Le fondateur d’OVHcloud, redevenu directeur général, revient sur les résultats annuels de l’hébergeur et sa stratégie face à AWS, Azure et Google Cloud."),
    ]),
    # ------------------------------------------------ smartphone launch with a test and a hands-on
    ("xiaomi-17t-pro-launch", "fresh31", [
        ("frandroid.com", "10-16 14:00", "Xiaomi 17T Pro officiel : Leica, 7 000 mAh et un prix qui monte",
         "Le nouveau haut de gamme de Xiaomi arrive en France à 999 euros avec une triple caméra co-signée Leica."),
        ("lesnumeriques.com", "10-16 14:05", "Test du Xiaomi 17T Pro : l’endurance avant tout",
         "Nous avons testé le Xiaomi 17T Pro pendant deux semaines ; sa batterie silicium-carbone tient plus de deux jours."),
        ("clubic.com", "10-17 10:30", "Prise en main du nouveau smartphone de la marque chinoise : on a aimé, on a moins aimé",
         "Hands-on du Xiaomi 17T Pro, lancé cette semaine en Europe avec une batterie de 7 000 mAh."),
    ]),
    # ------------------------------------------------ two local authorities hit by ransomware two days apart
    ("ransomware-villeurbanne", "fresh31", [
        ("lemagit.fr", "10-19 10:00", "Cyberattaque : la ville de Villeurbanne paralysée",
         "Les services municipaux de la deuxième ville du Rhône fonctionnent en mode dégradé depuis dimanche après le chiffrement de serveurs."),
        ("zdnet.fr", "10-19 14:30", "Ransomware : Villeurbanne coupe son réseau informatique",
         "État civil, cantines, médiathèques : la mairie a suspendu ses services en ligne et porté plainte."),
        ("01net.com", "10-20 09:10", "Mairie de Villeurbanne piratée : que risquent les données des habitants ?",
         "La commune confirme une exfiltration de données ; voici ce qu’il faut surveiller si vous avez fait une démarche en ligne."),
    ]),
    ("ransomware-departement-vienne", "fresh31", [
        ("lemagit.fr", "10-21 16:30", "Le conseil départemental de la Vienne à son tour frappé par un rançongiciel",
         "Deux jours après Villeurbanne, une autre collectivité voit ses systèmes chiffrés ; les aides sociales sont versées manuellement."),
        ("next.ink", "10-22 08:40", "Collectivités : nouvelle cyberattaque, cette fois dans la Vienne",
         "Le département a déposé plainte et notifié la CNIL ; l’attaque n’est pas revendiquée à ce stade."),
    ]),
    # ------------------------------------------------ Apple: two products by press release the same day, covered apart
    ("apple-ipad-mini-oled", "fresh31", [
        ("macg.co", "10-20 13:10", "Apple dévoile l’iPad mini à écran OLED",
         "Le nouvel iPad mini adopte une dalle OLED de 8,4 pouces et la puce A19 Pro, à partir de 649 euros, disponible le 28 octobre."),
        ("igen.fr", "10-20 13:40", "iPad mini 8 : OLED, A19 Pro et prix en hausse",
         "La firme de Cupertino renouvelle sa petite tablette par communiqué ; les précommandes sont ouvertes dès aujourd’hui."),
        ("frandroid.com", "10-20 17:00", "La petite tablette d'Apple s'offre enfin un écran haut de gamme",
         "Écran OLED, puce A19 Pro, résistance à l'eau : ce qui change par rapport à l'iPad mini de 2024."),
    ]),
    ("apple-macbook-pro-m6", "fresh31", [
        ("macg.co", "10-20 13:05", "Nouveaux MacBook Pro M6 : OLED et design plus fin",
         "Apple renouvelle ses portables professionnels avec les puces M6, M6 Pro et M6 Max gravées en 2 nm et un écran OLED tandem."),
        ("lesnumeriques.com", "10-20 15:30", "MacBook Pro M6 : prix, disponibilité, fiche technique",
         "À partir de 2 199 euros, les nouveaux MacBook Pro 14 et 16 pouces arrivent le 28 octobre, l’encoche remplacée par un îlot."),
        ("01net.com", "10-21 09:00", "Faut-il craquer pour le nouveau portable pro d’Apple ou attendre une baisse du M5 ?",
         "Les MacBook Pro M6 apportent l'OLED et le 2 nm ; nos conseils pour choisir."),
    ]),
    ("01net-five-things-1020", "fresh31", [
        ("01net.com", "10-20 19:00", "Les 5 infos tech à retenir aujourd’hui",
         "iPad mini OLED, MacBook Pro M6, cyberattaque à Villeurbanne, Xiaomi 17T Pro et fin de Windows 10 : voici l’essentiel de la journée."),
    ]),
    ("jdn-morning-brief-1021", "fresh31", [
        ("journaldunet.com", "10-21 06:30", "Le brief du JDN : Apple renouvelle iPad mini et MacBook Pro, Villeurbanne piratée",
         "Les infos tech et business à connaître ce matin, en trois minutes de lecture."),
    ]),
    # ------------------------------------------------ STMicroelectronics: results, then job cuts the next day
    ("stmicro-q3-results", "fresh31", [
        ("lesechos.fr", "10-22 06:30", "STMicroelectronics renoue avec la croissance au troisième trimestre",
         "Le fabricant de semi-conducteurs affiche un chiffre d'affaires de 3,6 milliards de dollars, en hausse de 12 % sur un an, porté par l'automobile."),
        ("usine-digitale.fr", "10-22 09:50", "Le fondeur franco-italien dépasse les attentes au T3",
         "STMicroelectronics publie un bénéfice net de 410 millions de dollars et prévoit un quatrième trimestre stable."),
        ("latribune.fr", "10-22 15:20", "STMicro : la reprise de l’automobile dope les résultats",
         "Les ventes de microcontrôleurs repartent ; le groupe confirme son plan d’investissement à Crolles et Agrate."),
    ]),
    ("stmicro-france-job-cuts", "fresh31", [
        ("latribune.fr", "10-23 08:00", "STMicroelectronics va supprimer 900 postes en France malgré le retour de la croissance",
         "Le groupe présente aux syndicats un nouveau volet de son plan de réorganisation, qui touche surtout Crolles, Rousset et Tours."),
        ("lemondeinformatique.fr", "10-23 11:40", "ST annonce près d'un millier de départs volontaires en France",
         "Au lendemain de résultats trimestriels meilleurs que prévu, le fabricant de puces détaille son programme de départs."),
        ("bfmtv.com", "10-23 17:10", "« Incompréhensible » : à Crolles, les salariés du fabricant de puces sous le choc",
         "Les syndicats de STMicroelectronics dénoncent 900 suppressions de postes annoncées en pleine reprise ; une intersyndicale se réunit lundi."),
    ]),
    ("zdnet-cyber-weekly-1023", "fresh31", [
        ("zdnet.fr", "10-23 17:00", "L'hebdo cyber : Villeurbanne, la Vienne et un nouveau record de DDoS",
         "Deux collectivités touchées par des rançongiciels, une attaque par déni de service record contre un hébergeur européen : le point sur la semaine."),
    ]),
    # ------------------------------------------------ games industry layoffs
    ("ubisoft-france-rcc", "fresh31", [
        ("lesechos.fr", "10-27 07:00", "Ubisoft supprime 180 postes dans ses studios français",
         "L'éditeur de jeux vidéo annonce une rupture conventionnelle collective dans le cadre de son plan d'économies, un an après la création de Vantage Studios avec Tencent."),
        ("numerama.com", "10-27 11:20", "Le géant français du jeu vidéo taille encore dans ses équipes",
         "Ubisoft confirme le départ de 180 salariés en France, principalement à Paris et Montpellier."),
        ("clubic.com", "10-27 15:40", "Layoffs chez l’éditeur d’Assassin’s Creed : 180 postes concernés en France",
         "Ubisoft poursuit sa restructuration avec un nouveau plan de départs volontaires."),
    ]),
    # ------------------------------------------------ two regulatory decisions a day apart, two regulators, two firms
    ("dma-meta-penalties", "fresh31", [
        ("next.ink", "10-28 11:00", "DMA : la Commission inflige des astreintes à Meta pour son modèle « payer ou consentir »",
         "Bruxelles estime que la version révisée de l’offre sans publicité ne satisfait toujours pas au règlement sur les marchés numériques."),
        ("lesechos.fr", "10-28 14:20", "Bruxelles sanctionne à nouveau Meta, qui dénonce une « taxe sur l'innovation »",
         "La Commission européenne impose des astreintes journalières au groupe de Mark Zuckerberg, jugé toujours en infraction au DMA."),
        ("numerama.com", "10-29 09:00", "Facebook et Instagram : ce que la décision de Bruxelles change pour vous",
         "Publicité personnalisée, abonnement sans pub : les conséquences pour les utilisateurs européens de la nouvelle sanction contre Meta."),
    ]),
    ("adlc-microsoft-cloud-licensing", "fresh31", [
        ("lemagit.fr", "10-29 10:00", "Licences cloud : l'Autorité de la concurrence rend obligatoires les engagements de Microsoft",
         "Le géant de Redmond s'engage à ne plus facturer plus cher ses logiciels lorsqu'ils sont exécutés chez des fournisseurs cloud concurrents en France."),
        ("silicon.fr", "10-29 13:30", "Microsoft cède face au gendarme de la concurrence sur ses licences",
         "Fin de la surfacturation de Windows Server et SQL Server hors Azure : l’éditeur accepte des engagements pour clore l’enquête."),
        ("channelnews.fr", "10-30 08:30", "Engagements de Microsoft : ce qui change pour les hébergeurs et les revendeurs",
         "Les partenaires CSP et les fournisseurs cloud français pourront proposer les logiciels Microsoft aux mêmes conditions qu'Azure."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
