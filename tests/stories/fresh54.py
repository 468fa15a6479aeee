"""The 54th fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh54".
Positives: titles sharing almost no word with the rest of their event (periphrasis only: "l'éditeur
de Walldorf", "le géant de Redmond", "l'opérateur au carré rouge", "la plateforme nationale fait ses
valises", "L'iPhone reçoit une mise à jour importante"), English-word titles ("Layoffs chez Salesforce",
"Licensing : ..."), "selon L'Informé" / "selon Les Echos" syndication, terse titles ("SFR : c'est signé",
"Linux 7.4 est disponible"), explainers and buyers' guides ("ce que change", "comment négocier"),
next-day follow-ups (VMware PME fallout, OVHcloud post-mortem, npm worm containment, Oracle share drop),
an article that names its rival's same-day launch ("GPT-5.5 : OpenAI riposte à Google").
Hard negatives: one vendor's separate announcements at its own conference (SAP TechEd x2, Microsoft
Ignite x3, AWS re:Invent x2); two vendors' price changes on one day (Microsoft on-prem servers and
Salesforce, 12-01); two Copilot price changes on one day (Microsoft 365 Copilot Business and GitHub
Copilot); two cloud price hikes two days apart (OVHcloud then Scaleway "à son tour", RAM prices);
OVHcloud and Scaleway outages the same morning; an OVHcloud outage then a vague incident weeks later;
two acquisitions by two CRM/ITSM vendors on one day (Salesforce, ServiceNow); ServiceNow acquisition
vs ServiceNow pricing; Salesforce layoffs, price hike and results (price hike and results two days
apart); Oracle results vs Broadcom results the next day; Broadcom VMware core minimum vs CISPE/Cigref
complaint vs ESXi flaw vs court ruling vs Broadcom results; npm maintainer phishing vs PyPI malware the
next day vs GitHub's npm token policy two weeks later vs a self-propagating npm worm a month later;
two GitHub outages two days apart; GitHub outage vs GitLab patch the same day; GitLab critical patches
a month apart; Linux 7.4 release vs an exploited kernel flaw two days later vs 7.5-rc1; Python PEP on
free-threading vs Python 3.15.1; Patch Tuesday November vs the Remote Desktop bug it caused vs Patch
Tuesday December; iOS 27.2 release vs its battery drain bug; Mistral model launch vs Mistral defence
contract the next day; GPT-5.5 vs Gemini 3.5 launched the same evening; two AI start-up rounds on one
day (Lynxa, Opale AI); IBM France layoffs vs strike; one ransomware gang's two French victims three days
apart (Saint-Brieuc, Paysoft); Autorité de la concurrence fine on Microsoft vs the appeal three weeks
later; StatCounter monthly shares October vs November; SAP TechEd vs the USF user-club survey; Oracle
EBS zero-day vs Java audits; weekly roundups (LeMagIT x3, Next Hebdo x2) and deals posts (Black Friday,
Cyber Monday, weekly deals) that must never join anything.
`build` fixes the year 2026; times are UTC, November and December 2026.

Measured on a57cb25 and 5cfcfd7, part-way through stop 26: precision 0.861, recall 0.709 (the same on 2e261f0,
the code that landed at stop 25). Then tuned on: two lead names of one stem ("Exchange Server" / "Service
Cloud") make no shared actor.

Tuned on in stop 27: precision 0.966, recall 0.764 on the code that lands (0.922 / 0.723 on 13a24e1, the code
that landed at stop 26).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- StatCounter: October figures (monthly, recurs)
    ("statcounter-windows-october", "fresh54", [
        ("frandroid.com", "11-02 10:15",
         "Windows 11 creuse l'écart : le système de Microsoft dépasse 60 % de parts de marché en octobre",
         "Selon les derniers chiffres de StatCounter, Windows 11 équipe désormais 61,3 % des PC sous Windows dans le monde, un an après la fin du support de Windows 10."),
        ("clubic.com", "11-02 14:40",
         "Parts de marché d'octobre : Windows 10 résiste encore",
         "Un an après sa fin de support officielle, Windows 10 tourne toujours sur plus d'un tiers des PC Windows, d'après StatCounter pour le mois d'octobre."),
    ]),
    # ---------------------------------------------- SAP TechEd, announcement 1: Joule Studio agents
    ("sap-teched-joule-studio", "fresh54", [
        ("lemagit.fr", "11-03 16:20",
         "SAP TechEd 2026 : Joule Studio veut industrialiser les agents IA",
         "À Berlin, SAP a présenté Joule Studio, un atelier pour concevoir, tester et gouverner des agents IA capables d'agir dans S/4HANA et SuccessFactors."),
        ("lemondeinformatique.fr", "11-03 18:05",
         "SAP étend Joule avec un atelier de création d'agents",
         "Lors de sa conférence TechEd, l'éditeur allemand a dévoilé Joule Studio, qui permet aux clients de bâtir leurs propres agents à partir de modèles préconfigurés pour la finance et les achats."),
        ("silicon.fr", "11-04 08:30",
         "Agents IA : l'éditeur de Walldorf ouvre sa fabrique aux clients",
         "Le nouvel atelier annoncé à TechEd doit permettre aux entreprises d'assembler des agents sans code et de les superviser depuis la Business Technology Platform."),
        ("journaldunet.com", "11-04 11:00",
         "Ce que change Joule Studio pour les clients SAP",
         "Licences, prérequis, agents disponibles : nous avons décortiqué l'offre d'agents présentée par SAP à TechEd et sa facturation en unités Joule."),
    ]),
    # ---------------------------------------------- SAP TechEd, announcement 2: AI for ABAP code (same conference)
    ("sap-teched-abap-assistant", "fresh54", [
        ("lemagit.fr", "11-04 14:10",
         "SAP TechEd : Joule for Developers écrit désormais du code ABAP",
         "L'assistant de SAP pour les développeurs génère et explique du code ABAP Cloud, et propose de migrer automatiquement des développements spécifiques hérités d'ECC."),
        ("lemondeinformatique.fr", "11-04 17:45",
         "SAP mise sur l'IA pour moderniser le code ABAP des clients",
         "Deuxième annonce phare de TechEd : un assistant qui analyse les développements spécifiques d'ECC et propose leur réécriture en ABAP Cloud pour préparer la migration vers S/4HANA."),
    ]),
    # ---------------------------------------------- Broadcom raises the VMware minimum to 72 cores
    ("broadcom-vmware-72-cores", "fresh54", [
        ("lemagit.fr", "11-05 09:15",
         "VMware : Broadcom impose un minimum de 72 cœurs par commande",
         "À partir du 1er janvier, toute commande de VMware Cloud Foundation devra porter sur au moins 72 cœurs, contre 16 auparavant. Les PME sont les premières visées."),
        ("lemondeinformatique.fr", "11-05 11:40",
         "Broadcom durcit encore les licences VMware",
         "Le fournisseur relève le seuil minimal de cœurs facturés pour VCF et vSphere Foundation, une mesure qui peut multiplier par quatre la facture des petits clients."),
        ("next.ink", "11-05 15:20",
         "Licensing : la nouvelle douche froide des clients de l'hyperviseur",
         "Le propriétaire de VMware relève à 72 le minimum de cœurs facturés dès janvier. Des partenaires parlent d'une augmentation de 300 % pour certaines PME."),
        ("silicon.fr", "11-06 08:05",
         "VMware by Broadcom : les PME face au seuil des 72 cœurs",
         "Au lendemain de l'annonce, intégrateurs et clients font leurs comptes : pour un petit cluster de trois serveurs, la facture annuelle peut tripler."),
    ]),
    # ---------------------------------------------- Oracle E-Business Suite zero-day
    ("oracle-ebs-zero-day", "fresh54", [
        ("lemagit.fr", "11-06 10:30",
         "Oracle E-Business Suite : une faille critique exploitée avant son correctif",
         "Oracle publie un correctif d'urgence pour une vulnérabilité d'exécution de code à distance dans E-Business Suite, déjà exploitée pour dérober des données, selon Mandiant."),
        ("zdnet.fr", "11-06 16:50",
         "Oracle corrige en urgence une zero-day dans EBS",
         "Notée 9,8, la vulnérabilité touche les versions 12.2.3 à 12.2.14 du progiciel de gestion ; un groupe d'extorsion l'aurait utilisée contre plusieurs dizaines d'entreprises."),
        ("numerama.com", "11-07 09:20",
         "Des pirates font chanter des entreprises grâce à une faille du logiciel de gestion d'Oracle",
         "Des dirigeants reçoivent des courriels d'extorsion après le vol de données dans leur ERP ; l'éditeur américain a publié un correctif en catastrophe."),
    ]),
    # ---------------------------------------------- npm: maintainer phished, 18 packages poisoned
    ("npm-maintainer-phishing", "fresh54", [
        ("lemondeinformatique.fr", "11-09 10:05",
         "Supply chain : 18 paquets npm populaires piégés après le vol d'un compte",
         "Un mainteneur hameçonné par un faux courriel du support npm a vu ses paquets, téléchargés 2 milliards de fois par semaine, modifiés pour détourner des transactions en cryptomonnaies."),
        ("zdnet.fr", "11-09 13:30",
         "npm : des bibliothèques JavaScript très utilisées infectées par un code malveillant",
         "Les versions compromises, publiées pendant environ deux heures, injectaient un script qui remplace les adresses de portefeuilles dans le navigateur."),
        ("next.ink", "11-09 17:45",
         "Phishing d'un mainteneur : l'écosystème JavaScript une nouvelle fois touché",
         "Un simple courriel imitant le support de npm a suffi : 18 paquets, dépendances de milliers de projets, ont été vérolés. GitHub les a retirés dans l'après-midi."),
        ("numerama.com", "11-10 08:40",
         "Pourquoi l'attaque contre npm inquiète autant les développeurs",
         "Des paquets présents dans presque toutes les applications web ont été piégés lundi : on vous explique ce qui s'est passé et comment vérifier vos projets."),
    ]),
    # ---------------------------------------------- PyPI typosquatting, the next day (other registry, other attack)
    ("pypi-ai-typosquatting", "fresh54", [
        ("zdnet.fr", "11-10 15:15",
         "PyPI : une vingtaine de paquets malveillants imitent des bibliothèques d'IA",
         "Des chercheurs ont repéré sur le dépôt Python des paquets au nom proche de bibliothèques populaires d'IA, qui installent un voleur d'identifiants cloud."),
    ]),
    # ---------------------------------------------- IBM France: layoffs (RCC)
    ("ibm-france-layoffs", "fresh54", [
        ("linforme.com", "11-10 06:30",
         "IBM France prépare la suppression de 250 postes",
         "Selon nos informations, la filiale française de Big Blue va présenter aux élus un plan de rupture conventionnelle collective touchant surtout les fonctions support et le conseil."),
        ("lemondeinformatique.fr", "11-10 11:20",
         "Big Blue taille dans ses effectifs français, selon L'Informé",
         "IBM France s'apprêterait à supprimer environ 250 emplois via une rupture conventionnelle collective, d'après L'Informé."),
        ("silicon.fr", "11-10 16:00",
         "IBM France : un plan de départs d'environ 250 postes",
         "La direction confirme un projet de rupture conventionnelle collective et invoque l'automatisation par l'IA dans les activités de conseil."),
    ]),
    # ---------------------------------------------- Patch Tuesday, November
    ("patch-tuesday-november", "fresh54", [
        ("lemondeinformatique.fr", "11-10 19:20",
         "Patch Tuesday de novembre : 63 failles corrigées par Microsoft",
         "Le lot de correctifs mensuel comble 63 vulnérabilités, dont deux zero-day exploitées dans le noyau Windows et le moteur de rendu MSHTML."),
        ("zdnet.fr", "11-10 21:10",
         "Microsoft : deux zero-day au programme de novembre",
         "La mise à jour de sécurité de novembre colmate 63 failles, dont deux déjà exploitées ; l'une permet une élévation de privilèges dans le noyau."),
        ("silicon.fr", "11-11 08:15",
         "Correctifs de novembre : Windows et Office en première ligne",
         "Microsoft a publié mardi soir 63 correctifs ; les administrateurs sont invités à traiter en priorité les deux failles activement exploitées."),
    ]),
    # ---------------------------------------------- GitLab critical patch, November
    ("gitlab-patch-november", "fresh54", [
        ("lemondeinformatique.fr", "11-12 09:30",
         "GitLab corrige une faille critique permettant de prendre le contrôle de comptes",
         "Les versions 19.5.2, 19.4.4 et 19.3.6 de GitLab comblent une vulnérabilité notée 9,6 dans l'authentification SAML, qui permettait d'usurper n'importe quel utilisateur."),
        ("zdnet.fr", "11-12 14:50",
         "GitLab : mettez à jour vos instances autogérées",
         "Une faille d'usurpation de compte via SAML touche les éditions Community et Enterprise ; GitLab.com est déjà corrigé."),
    ]),
    # ---------------------------------------------- GitHub outage (same day as the GitLab patch)
    ("github-outage-nov-12", "fresh54", [
        ("clubic.com", "11-12 16:40",
         "GitHub en panne : impossible de pousser du code ou de lancer des Actions",
         "La plateforme de Microsoft a connu une interruption de près de trois heures en milieu de journée, touchant Git, les pull requests et GitHub Actions."),
        ("01net.com", "11-12 19:05",
         "Des millions de développeurs privés de leur forge pendant trois heures",
         "Une mauvaise configuration de base de données est à l'origine de la panne qui a paralysé GitHub jeudi après-midi, selon la filiale de Microsoft."),
    ]),
    # ---------------------------------------------- bug caused by the November update (other event)
    ("windows-update-rdp-bug", "fresh54", [
        ("01net.com", "11-13 11:40",
         "Windows 11 : la dernière mise à jour coupe les connexions Bureau à distance",
         "Depuis l'installation du correctif de novembre, de nombreux utilisateurs ne parviennent plus à se connecter à distance à leur PC ; Microsoft reconnaît le problème."),
        ("clubic.com", "11-14 09:50",
         "Vous n'arrivez plus à prendre la main sur votre PC à distance ? C'est la faute de Windows Update",
         "Microsoft a confirmé un bug introduit par la mise à jour KB5070312 et propose un contournement en attendant un correctif."),
    ]),
    # ---------------------------------------------- weekly roundup (recurs)
    ("lemagit-roundup-w46", "fresh54", [
        ("lemagit.fr", "11-13 17:00",
         "L'essentiel de la semaine : npm, IBM France et Patch Tuesday",
         "Les paquets npm piégés, le plan de départs d'IBM France et les 63 correctifs de Microsoft : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-46", "fresh54", [
        ("next.ink", "11-14 08:00",
         "Hebdo #46 : npm, GitHub et GitLab",
         "Chaque samedi, notre sélection : l'hameçonnage qui a piégé npm, la panne de GitHub et la faille critique de GitLab."),
    ]),
    # ---------------------------------------------- second GitHub outage, two days later
    ("github-outage-nov-14", "fresh54", [
        ("next.ink", "11-14 15:30",
         "GitHub de nouveau en rade",
         "Deux jours après une longue interruption, la forge de Microsoft a encore connu des erreurs sur ses pages web et ses Codespaces pendant une quarantaine de minutes."),
    ]),
    # ---------------------------------------------- Salesforce layoffs (support replaced by agents)
    ("salesforce-support-layoffs", "fresh54", [
        ("lesechos.fr", "11-16 07:00",
         "Salesforce supprime 3 000 postes dans le support client",
         "Le numéro un mondial du CRM réduit ses équipes de support, dont une partie du travail est désormais assurée par ses agents IA Agentforce."),
        ("usine-digitale.fr", "11-16 10:30",
         "Agentforce remplace 3 000 salariés du support chez Salesforce",
         "Marc Benioff assume : les agents IA traitent déjà la moitié des demandes clients, ce qui justifie selon lui la suppression de 3 000 postes."),
        ("bfmtv.com", "11-16 13:15",
         "Layoffs chez Salesforce : l'IA pousse 3 000 salariés vers la sortie",
         "Le géant de San Francisco justifie ces suppressions d'emplois par les gains de productivité de ses agents d'intelligence artificielle."),
    ]),
    # ---------------------------------------------- OVHcloud outage at Gravelines
    ("ovhcloud-outage-gravelines", "fresh54", [
        ("lemagit.fr", "11-17 08:50",
         "OVHcloud : une panne électrique prive des clients de serveurs à Gravelines",
         "Un incident sur l'alimentation d'une salle du site de Gravelines a coupé plusieurs milliers de serveurs dédiés et d'instances Public Cloud dans la nuit de lundi à mardi."),
        ("silicon.fr", "11-17 11:25",
         "Panne chez OVHcloud : le site nordiste à l'arrêt plusieurs heures",
         "Le champion français du cloud attribue la coupure à la défaillance d'un onduleur ; le service a été rétabli en fin de matinée."),
        ("01net.com", "11-17 14:10",
         "OVH : des milliers de sites web inaccessibles ce mardi matin",
         "Un problème d'alimentation dans un datacenter de Gravelines (Nord) a rendu injoignables de nombreux sites hébergés par OVHcloud."),
        ("lemagit.fr", "11-18 09:20",
         "Gravelines : l'hébergeur roubaisien détaille l'enchaînement des défaillances",
         "Onduleur défaillant, bascule sur groupe électrogène ratée, redémarrage lent du stockage : le post-mortem publié par OVHcloud après la coupure de mardi."),
    ]),
    # ---------------------------------------------- Scaleway outage, same morning, Paris
    ("scaleway-outage-par2", "fresh54", [
        ("next.ink", "11-17 10:40",
         "Scaleway : la région Paris perturbée par un incident réseau",
         "Des instances et le stockage objet de la zone PAR-2 sont restés inaccessibles plus d'une heure mardi matin ; la filiale d'Iliad évoque une erreur lors d'une maintenance."),
        ("lemondeinformatique.fr", "11-17 16:30",
         "Le cloud d'Iliad victime d'une coupure à Paris",
         "Scaleway a subi mardi une interruption de service sur sa zone de disponibilité PAR-2, due à une mauvaise configuration d'équipements réseau."),
    ]),
    # ---------------------------------------------- Microsoft Ignite, announcement 1: Agent Hub
    ("ignite-agent-hub", "fresh54", [
        ("lemondeinformatique.fr", "11-17 18:40",
         "Ignite 2026 : Microsoft lance Agent Hub pour gouverner les agents IA",
         "Le géant de Redmond propose une console unique pour inventorier, sécuriser et facturer les agents IA déployés dans l'entreprise, qu'ils viennent de Microsoft ou de tiers."),
        ("lemagit.fr", "11-17 20:15",
         "Microsoft veut devenir la tour de contrôle des agents IA",
         "Présenté en ouverture d'Ignite, Agent Hub attribue à chaque agent une identité Entra et lui applique les politiques de Purview et de Defender."),
        ("journaldunet.com", "11-18 09:00",
         "Agent Hub : ce qu'il faut savoir sur la nouvelle console de Microsoft",
         "Disponibilité, prix, compatibilité avec les agents d'autres éditeurs : les réponses aux questions des DSI après l'annonce d'Ignite."),
        ("silicon.fr", "11-18 11:30",
         "Un annuaire pour les agents : la réponse de Redmond à leur prolifération",
         "L'éditeur compte recenser et encadrer les agents IA qui se multiplient dans les entreprises, en leur appliquant les mêmes règles d'identité qu'aux salariés."),
    ]),
    # ---------------------------------------------- Microsoft Ignite, announcement 2: Maia 300 chip
    ("ignite-maia-300", "fresh54", [
        ("lemagit.fr", "11-18 08:10",
         "Ignite : Microsoft dévoile Maia 300, sa nouvelle puce d'IA",
         "Gravé en 3 nm, l'accélérateur maison doit équiper les datacenters Azure dès le printemps pour l'inférence des modèles d'OpenAI et de Copilot."),
        ("usine-digitale.fr", "11-18 12:45",
         "Avec Maia 300, Microsoft réduit sa dépendance à Nvidia",
         "Le nouvel accélérateur présenté à Ignite promet un coût par requête inférieur de 40 % à celui de la génération précédente."),
    ]),
    # ---------------------------------------------- Microsoft Ignite, announcement 3: Copilot for SMBs (price)
    ("ignite-copilot-business-price", "fresh54", [
        ("journaldunet.com", "11-18 15:20",
         "Microsoft 365 Copilot Business : une offre à 21 dollars pour les PME",
         "Annoncée à Ignite, cette déclinaison réservée aux entreprises de moins de 300 salariés coûte 9 dollars de moins par mois que l'offre Enterprise."),
    ]),
    # ---------------------------------------------- GitHub Copilot billing change (same day, other Copilot)
    ("github-copilot-billing", "fresh54", [
        ("next.ink", "11-18 16:50",
         "GitHub Copilot : les requêtes premium coûteront plus cher à partir de janvier",
         "La filiale de Microsoft relève de 0,04 à 0,06 dollar le prix de chaque requête premium au-delà du quota et réduit le quota inclus dans l'offre Business."),
        ("clubic.com", "11-19 09:10",
         "GitHub revoit la facturation de Copilot, les développeurs grincent des dents",
         "Moins de requêtes incluses, un dépassement plus cher : les nouvelles conditions de l'assistant de code entreront en vigueur au 1er janvier."),
        ("journaldunet.com", "11-19 11:45",
         "Assistant de code : combien va vraiment coûter l'outil de GitHub en 2027 ?",
         "Nous avons simulé la facture d'une équipe de 50 développeurs avec les nouveaux tarifs de Copilot annoncés par GitHub."),
    ]),
    # ---------------------------------------------- Nvidia Q3 results
    ("nvidia-q3-results", "fresh54", [
        ("lesechos.fr", "11-18 22:30",
         "Nvidia pulvérise encore les attentes au troisième trimestre",
         "Le fabricant de puces affiche un chiffre d'affaires de 71 milliards de dollars, porté par la demande des hyperscalers pour ses GPU Rubin."),
        ("bfmtv.com", "11-19 07:40",
         "Nvidia : 71 milliards de dollars de chiffre d'affaires en un trimestre",
         "Le champion des puces pour l'IA continue de battre des records et prévoit 80 milliards au trimestre suivant."),
        ("usine-digitale.fr", "11-19 10:20",
         "Résultats : Rubin tire les ventes du groupe de Jensen Huang",
         "La nouvelle génération de GPU représente déjà plus de la moitié des ventes pour datacenters de Nvidia."),
    ]),
    # ---------------------------------------------- two acquisitions the same day: Salesforce ...
    ("salesforce-buys-cortexa", "fresh54", [
        ("lemondeinformatique.fr", "11-19 15:00",
         "Salesforce rachète Cortexa pour gouverner les données de ses agents",
         "L'éditeur met la main sur la start-up spécialisée dans le catalogage et la traçabilité des données pour renforcer Data Cloud et Agentforce, pour un montant non divulgué."),
        ("lemagit.fr", "11-19 18:20",
         "Data Cloud : Salesforce s'offre Cortexa",
         "La jeune pousse de Boston apporte un moteur de lignage des données que Salesforce veut intégrer à Agentforce dès l'an prochain."),
    ]),
    # ---------------------------------------------- ... and ServiceNow
    ("servicenow-buys-armada", "fresh54", [
        ("lemagit.fr", "11-19 16:05",
         "ServiceNow acquiert Armada Security pour 1,1 milliard de dollars",
         "L'éditeur de Santa Clara rachète la start-up israélienne spécialisée dans la sécurisation des identités machines, y compris celles des agents IA."),
        ("silicon.fr", "11-19 17:40",
         "ServiceNow s'offre un spécialiste des identités non humaines",
         "Avec Armada Security, ServiceNow veut contrôler les droits des agents IA et des comptes de service dans sa plateforme."),
        ("lesechos.fr", "11-20 06:45",
         "ServiceNow poursuit ses emplettes dans la cybersécurité",
         "Le groupe américain débourse 1,1 milliard de dollars pour Armada Security, sa troisième acquisition de l'année."),
    ]),
    # ---------------------------------------------- IBM France strike (after the layoffs)
    ("ibm-france-strike", "fresh54", [
        ("lemondeinformatique.fr", "11-19 14:30",
         "Grève chez IBM France contre le plan de départs",
         "À l'appel de la CFE-CGC et de la CGT, des salariés d'IBM France ont débrayé jeudi sur les sites de Bois-Colombes et de Montpellier."),
        ("next.ink", "11-19 17:10",
         "Débrayage chez Big Blue : les salariés français dénoncent la RCC",
         "Une première depuis des années dans la filiale : plusieurs centaines de salariés d'IBM France ont cessé le travail pour réclamer de meilleures conditions de départ."),
    ]),
    # ---------------------------------------------- Python: free-threading by default accepted
    ("python-free-threading-default", "fresh54", [
        ("next.ink", "11-20 10:00",
         "Python 3.16 se passera du GIL par défaut",
         "Le Steering Council a accepté la proposition qui fait du mode free-threading la configuration par défaut de CPython à partir de la version 3.16, prévue en octobre 2027."),
        ("developpez.com", "11-20 14:30",
         "Python : le Steering Council valide la fin du verrou global de l'interpréteur par défaut",
         "Après deux versions en mode expérimental puis supporté, la compilation sans GIL deviendra la norme avec Python 3.16 ; les modules C devront s'adapter."),
    ]),
    ("lemagit-roundup-w47", "fresh54", [
        ("lemagit.fr", "11-20 17:00",
         "L'essentiel de la semaine : Ignite, OVHcloud et ServiceNow",
         "Les annonces de Microsoft à Ignite, la panne d'OVHcloud à Gravelines et le rachat d'Armada Security par ServiceNow : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-47", "fresh54", [
        ("next.ink", "11-21 08:00",
         "Hebdo #47 : Ignite, Scaleway et IBM",
         "Chaque samedi, notre sélection : les agents de Microsoft, la coupure de Scaleway à Paris et la grève chez IBM France."),
    ]),
    # ---------------------------------------------- data leak at a mutual insurer
    ("mutuelle-avea-leak", "fresh54", [
        ("numerama.com", "11-21 11:30",
         "Fuite de données : 1,2 million d'adhérents de la mutuelle Avéa concernés",
         "Noms, numéros de sécurité sociale et IBAN : un pirate revendique le vol d'une base de données de la mutuelle, qui confirme un accès illégitime via un prestataire."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Microsoft over cloud licences
    ("adlc-fines-microsoft-licences", "fresh54", [
        ("lesechos.fr", "11-24 07:30",
         "L'Autorité de la concurrence inflige 95 millions d'euros à Microsoft",
         "Le gendarme de la concurrence sanctionne les conditions de licence qui renchérissaient l'usage des logiciels de Microsoft chez les clouds concurrents d'Azure."),
        ("lemondeinformatique.fr", "11-24 10:50",
         "Licences cloud : Microsoft sanctionné en France",
         "L'Autorité de la concurrence juge que les restrictions imposées aux clients souhaitant faire tourner Windows Server et SQL Server chez des clouds tiers constituaient un abus de position dominante."),
        ("lemagit.fr", "11-24 13:35",
         "95 M€ d'amende : ce que l'Autorité reproche aux licences de Microsoft",
         "Surcoût de 28 % chez les clouds tiers, droits BYOL refusés : l'Autorité détaille dans sa décision les pratiques sanctionnées et impose des engagements."),
        ("next.ink", "11-25 09:15",
         "Abus de position dominante : le géant de Redmond condamné par l'Autorité",
         "La décision, saluée par le CISPE, oblige l'éditeur à aligner sous six mois ses conditions de licence pour tous les fournisseurs de cloud."),
    ]),
    # ---------------------------------------------- Mistral Medium 4 launch
    ("mistral-medium-4", "fresh54", [
        ("usine-digitale.fr", "11-24 09:40",
         "Mistral AI dévoile Mistral Medium 4, taillé pour les agents d'entreprise",
         "Le nouveau modèle de la pépite française revendique des performances proches des meilleurs modèles américains pour un coût d'inférence huit fois plus faible."),
        ("numerama.com", "11-24 14:20",
         "Mistral Medium 4 : la start-up française lance un nouveau modèle",
         "Disponible dans Le Chat et via l'API, le modèle se distingue par ses capacités d'appel d'outils et une fenêtre de contexte d'un million de jetons."),
        ("frandroid.com", "11-24 18:00",
         "Le Chat passe à Mistral Medium 4 : ce qui change pour vous",
         "L'assistant de Mistral AI bascule sur son nouveau modèle, plus rapide et meilleur en code ; les abonnés Pro y ont accès sans surcoût."),
    ]),
    # ---------------------------------------------- GitHub hardens npm publishing (new announcement, two weeks after)
    ("github-npm-token-policy", "fresh54", [
        ("next.ink", "11-24 16:00",
         "npm : GitHub supprime les jetons classiques et impose la double authentification",
         "Deux semaines après le piratage d'un mainteneur, GitHub annonce la fin des jetons d'accès à longue durée et impose le trusted publishing pour les paquets les plus téléchargés."),
        ("lemondeinformatique.fr", "11-25 08:40",
         "GitHub durcit les règles de publication sur npm",
         "Jetons limités à sept jours, clé de sécurité physique obligatoire pour les mainteneurs de paquets populaires : la filiale de Microsoft veut réduire le risque de nouvelles attaques."),
    ]),
    # ---------------------------------------------- Mistral defence contract (next day, same firm)
    ("mistral-armees-contract", "fresh54", [
        ("lesechos.fr", "11-25 06:30",
         "Mistral AI décroche un contrat-cadre avec le ministère des Armées",
         "Le ministère confie à la start-up le déploiement de ses modèles sur les réseaux classifiés, un accord pluriannuel estimé à plus de 100 millions d'euros."),
        ("bfmtv.com", "11-25 09:50",
         "Mistral AI va équiper l'armée française, selon Les Echos",
         "La start-up de Arthur Mensch aurait signé un accord de plus de 100 millions d'euros pour fournir ses modèles d'IA aux armées, d'après Les Echos."),
        ("latribune.fr", "11-25 12:10",
         "Défense : les états-majors misent sur l'IA souveraine",
         "L'Agence ministérielle pour l'IA de défense a retenu la pépite parisienne pour équiper les états-majors d'assistants hébergés sur des infrastructures souveraines."),
    ]),
    # ---------------------------------------------- two funding rounds on one day: Lynxa ...
    ("lynxa-series-b", "fresh54", [
        ("lesechos.fr", "11-26 06:15",
         "Lynxa lève 40 millions d'euros pour automatiser la comptabilité avec des agents IA",
         "La start-up parisienne, fondée en 2024, boucle une série B menée par Index Ventures pour déployer ses agents auprès des cabinets d'expertise comptable."),
        ("usine-digitale.fr", "11-26 10:00",
         "Agents IA : Lynxa boucle une série B de 40 M€",
         "Ses agents traitent les rapprochements bancaires et la saisie des factures pour plus de 1 200 cabinets."),
        ("journaldunet.com", "11-26 14:45",
         "Comment Lynxa veut remplacer la saisie comptable par des agents",
         "Le fondateur détaille sa stratégie après une levée de 40 millions d'euros : recrutement de 150 personnes et ouverture de l'Allemagne."),
    ]),
    # ---------------------------------------------- ... and Opale AI
    ("opale-ai-seed", "fresh54", [
        ("maddyness.com", "11-26 09:00",
         "Opale AI lève 12 millions d'euros pour son copilote juridique",
         "La jeune pousse lyonnaise, qui assiste les juristes d'entreprise dans la revue de contrats, finalise un tour de table mené par Eurazeo."),
        ("lesechos.fr", "11-26 13:30",
         "Legaltech : Opale AI séduit Eurazeo",
         "Le copilote de revue de contrats de la start-up lyonnaise est déjà utilisé par 80 directions juridiques ; elle lève 12 millions d'euros."),
    ]),
    # ---------------------------------------------- CISPE and Cigref complaint against Broadcom
    ("cispe-cigref-broadcom-complaint", "fresh54", [
        ("lemagit.fr", "11-26 09:05",
         "VMware : le CISPE et le Cigref saisissent Bruxelles contre Broadcom",
         "Les fournisseurs de cloud européens et le club des grandes entreprises françaises déposent une plainte pour abus de position dominante, visant les conditions imposées aux clients VMware."),
        ("silicon.fr", "11-26 12:30",
         "Plainte à Bruxelles contre les pratiques de Broadcom",
         "Le CISPE et le Cigref demandent à la Commission européenne des mesures conservatoires contre le propriétaire de VMware, accusé d'abuser de sa position."),
        ("lesechos.fr", "11-26 17:15",
         "Les clients de l'hyperviseur portent le fer à Bruxelles",
         "Des hausses de prix de 300 % à 1 000 % et la fin des licences perpétuelles sont au cœur de la plainte déposée par les fournisseurs européens de cloud et le Cigref."),
    ]),
    # ---------------------------------------------- Anthropic price cut
    ("anthropic-opus-price-cut", "fresh54", [
        ("usine-digitale.fr", "11-27 11:00",
         "Anthropic divise par trois le prix de Claude Opus",
         "Le rival d'OpenAI baisse le tarif de son modèle le plus puissant à 5 dollars par million de jetons en entrée, pour séduire les entreprises qui déploient des agents."),
    ]),
    # ---------------------------------------------- Oracle Java audits (licensing)
    ("oracle-java-audits", "fresh54", [
        ("lemagit.fr", "11-27 14:20",
         "Java : les audits d'Oracle se multiplient chez les entreprises françaises",
         "Depuis le passage à une licence par salarié, l'éditeur relance ses clients, y compris ceux qui pensaient être à jour ; des DSI témoignent."),
    ]),
    # ---------------------------------------------- deals posts (recur)
    ("clubic-black-friday-live", "fresh54", [
        ("clubic.com", "11-27 07:00",
         "Black Friday 2026 : les meilleures offres tech en direct",
         "PC portables, smartphones, SSD et abonnements VPN : notre sélection des vraies bonnes affaires du Black Friday, mise à jour toute la journée."),
    ]),
    ("surface-laptop-8-test", "fresh54", [
        ("lesnumeriques.com", "11-28 10:00",
         "Test Surface Laptop 8 for Business : le PC Copilot+ taillé pour les flottes d'entreprise",
         "Puce Snapdragon X2 Elite, autonomie de 19 heures et gestion via Intune : nous avons testé le nouveau portable professionnel de Microsoft."),
    ]),
    ("clubic-cyber-monday-live", "fresh54", [
        ("clubic.com", "11-30 07:00",
         "Cyber Monday 2026 : les meilleures offres tech en direct",
         "Dernier jour des promotions du Black Friday : notre sélection de PC, smartphones et accessoires encore en réduction ce lundi."),
    ]),
    # ---------------------------------------------- SFR sale signed
    ("sfr-sale-signed", "fresh54", [
        ("lesechos.fr", "11-30 06:00",
         "Altice signe la vente de SFR à Bouygues, Free et Orange",
         "Après des mois de négociations, Patrick Drahi accepte l'offre du trio d'opérateurs, qui valorise SFR à près de 18 milliards d'euros, dette comprise."),
        ("01net.com", "11-30 08:10",
         "SFR : c'est signé",
         "Altice a accepté l'offre de Bouygues Telecom, Free et Orange ; l'opérateur sera démantelé d'ici 2028."),
        ("bfmtv.com", "11-30 09:30",
         "Le démantèlement de l'opérateur au carré rouge est acté",
         "Les clients et les fréquences de SFR seront partagés entre Bouygues Telecom, Free et Orange ; l'opération doit encore être validée par l'Autorité de la concurrence."),
        ("latribune.fr", "11-30 12:00",
         "Télécoms : le retour à trois opérateurs se précise",
         "La signature de l'accord entre Altice et le trio Bouygues-Iliad-Orange ouvre une longue phase d'examen par les autorités de concurrence."),
        ("lefigaro.fr", "11-30 15:45",
         "Vente de SFR : ce que vont devenir les 14 millions de clients mobiles",
         "Répartition des abonnés, prix, réseau : ce que change pour les clients la cession de SFR signée ce lundi."),
        ("universfreebox.com", "12-01 08:30",
         "Rachat de SFR : la part du gâteau de Free détaillée",
         "Abonnés, fréquences, boutiques : ce que l'accord signé lundi attribue à Free, qui récupère notamment une partie de la clientèle grand public."),
    ]),
    # ---------------------------------------------- two vendors' price changes on one day: Microsoft on-prem ...
    ("microsoft-onprem-price-hike", "fresh54", [
        ("lemondeinformatique.fr", "12-01 09:20",
         "Microsoft augmente de 10 % le prix de ses serveurs sur site",
         "À partir de février, les licences d'Exchange Server, SharePoint Server et des CAL associées augmentent de 10 %, une manière de pousser les clients vers Microsoft 365."),
        ("lemagit.fr", "12-01 11:45",
         "Exchange et SharePoint sur site : l'addition s'alourdit",
         "Le géant de Redmond relève les tarifs de ses serveurs de messagerie et de collaboration installés localement ; les CAL Core et Enterprise sont aussi concernées."),
        ("next.ink", "12-01 16:10",
         "On-premise : l'éditeur de Windows fait encore grimper la note",
         "Nouvelle hausse de 10 % pour les produits serveurs de Microsoft vendus en licence perpétuelle et en abonnement, la troisième en deux ans."),
    ]),
    # ---------------------------------------------- ... and Salesforce
    ("salesforce-price-hike", "fresh54", [
        ("lemondeinformatique.fr", "12-01 14:05",
         "Salesforce relève ses prix de 6 % en moyenne",
         "Sales Cloud, Service Cloud et Industries augmentent à compter de février ; l'éditeur justifie la hausse par l'intégration de fonctions d'IA dans toutes ses éditions."),
        ("silicon.fr", "12-01 15:50",
         "CRM : Salesforce augmente ses tarifs, l'IA en argument",
         "Les éditions Enterprise et Unlimited prennent 6 % ; Salesforce assure que les clients bénéficient en contrepartie de crédits Agentforce inclus."),
        ("journaldunet.com", "12-02 09:30",
         "Hausse des prix Salesforce : quelles éditions sont touchées et comment négocier",
         "Décryptage de la nouvelle grille tarifaire de l'éditeur de CRM et conseils d'acheteurs pour limiter l'impact au renouvellement."),
    ]),
    ("statcounter-windows-november", "fresh54", [
        ("clubic.com", "12-01 15:05",
         "Parts de marché de novembre : Windows 11 gagne encore deux points",
         "StatCounter crédite Windows 11 de 63,4 % des PC sous Windows en novembre, Windows 10 reculant sous la barre des 34 %."),
    ]),
    # ---------------------------------------------- AWS re:Invent, announcement 1: Trainium4
    ("reinvent-trainium4", "fresh54", [
        ("lemondeinformatique.fr", "12-01 19:30",
         "re:Invent 2026 : AWS dévoile sa puce Trainium4",
         "Le numéro un du cloud promet des performances d'entraînement multipliées par trois et de nouveaux UltraServers de 144 puces pour les clients qui entraînent des modèles."),
        ("usine-digitale.fr", "12-02 08:15",
         "Amazon Web Services accélère sur les puces maison",
         "Annoncée à Las Vegas, la quatrième génération de Trainium doit rendre l'entraînement de modèles 40 % moins cher que sur les GPU de Nvidia, selon AWS."),
        ("lemagit.fr", "12-02 10:00",
         "Trainium4 : AWS veut garder Anthropic et séduire les autres",
         "Le fournisseur de cloud mise sur sa nouvelle puce d'entraînement, dont Anthropic sera le premier client."),
    ]),
    # ---------------------------------------------- GitLab quarterly results
    ("gitlab-q3-results", "fresh54", [
        ("lemondeinformatique.fr", "12-02 11:30",
         "GitLab : un chiffre d'affaires en hausse de 24 % au troisième trimestre",
         "L'éditeur de la plateforme DevSecOps revendique 270 millions de dollars de revenus et mise sur son agent Duo pour accélérer."),
    ]),
    # ---------------------------------------------- AWS re:Invent, announcement 2: autonomous agents
    ("reinvent-frontier-agents", "fresh54", [
        ("lemagit.fr", "12-02 18:30",
         "re:Invent : AWS lance des agents capables de coder pendant des jours",
         "Deuxième jour de conférence : AWS présente des agents autonomes pour le développement, la sécurité et l'exploitation, capables de mener des tâches longues sans supervision."),
        ("journaldunet.com", "12-03 09:45",
         "Agents autonomes d'AWS : prix, disponibilité et limites",
         "Agent de développement, agent de sécurité, agent DevOps : le tour des agents dévoilés par AWS à Las Vegas, leur facturation et leur disponibilité en Europe."),
    ]),
    # ---------------------------------------------- Salesforce Q3 results (two days after its price hike)
    ("salesforce-q3-results", "fresh54", [
        ("lesechos.fr", "12-02 22:40",
         "Salesforce relève ses prévisions grâce à Agentforce",
         "Le chiffre d'affaires de l'éditeur de CRM progresse de 10 % au troisième trimestre, à 11,4 milliards de dollars ; les revenus des agents IA dépassent 1 milliard en rythme annuel."),
        ("lemondeinformatique.fr", "12-03 09:10",
         "Résultats trimestriels : Salesforce porté par l'IA",
         "L'éditeur a publié mercredi des résultats supérieurs aux attentes et compte désormais 18 500 clients payants pour Agentforce."),
        ("zdnet.fr", "12-03 12:30",
         "Agentforce : 18 500 clients payants, revendique Marc Benioff",
         "Le patron de Salesforce a profité de la publication des comptes trimestriels pour vanter l'adoption de ses agents, tout en relevant sa prévision annuelle."),
    ]),
    ("python-3-15-1", "fresh54", [
        ("developpez.com", "12-03 10:15",
         "Python 3.15.1 est disponible avec plus de 200 corrections",
         "Première mise à jour de maintenance de la branche 3.15 : elle corrige notamment une fuite mémoire du compilateur JIT et un plantage du mode sans GIL sous Windows."),
    ]),
    # ---------------------------------------------- VMware ESXi flaws patched by Broadcom
    ("vmware-esxi-escape-flaw", "fresh54", [
        ("lemondeinformatique.fr", "12-03 15:30",
         "Broadcom corrige trois failles critiques dans ESXi et vCenter",
         "Dont une déjà exploitée : les vulnérabilités permettent à un attaquant disposant des droits d'administrateur d'une VM de s'échapper vers l'hyperviseur."),
        ("zdnet.fr", "12-03 19:00",
         "VMware : une faille d'évasion de machine virtuelle exploitée, patchez ESXi",
         "Broadcom publie des correctifs pour ESXi 8 et 9 ; l'agence américaine CISA a ajouté la faille à son catalogue des vulnérabilités exploitées."),
    ]),
    # ---------------------------------------------- Qilin victim 1: Saint-Brieuc
    ("qilin-saint-brieuc", "fresh54", [
        ("lemagit.fr", "12-04 09:40",
         "Rançongiciel : Saint-Brieuc Armor Agglomération paralysée",
         "La collectivité bretonne a coupé ses systèmes après une attaque revendiquée par le groupe Qilin ; les services d'état civil fonctionnent en mode dégradé."),
        ("zdnet.fr", "12-04 14:15",
         "Qilin revendique la cyberattaque contre l'agglomération de Saint-Brieuc",
         "Le gang affirme avoir dérobé 400 Go de données et menace de les publier sous dix jours."),
        ("numerama.com", "12-05 10:30",
         "Une agglomération bretonne prise en otage par des pirates",
         "Mails coupés, démarches en ligne suspendues : la cyberattaque qui frappe Saint-Brieuc perturbe le quotidien de 150 000 habitants."),
    ]),
    ("lemagit-roundup-w49", "fresh54", [
        ("lemagit.fr", "12-04 17:00",
         "L'essentiel de la semaine : re:Invent, Salesforce et hausses de prix",
         "Les puces et agents d'AWS, les résultats de Salesforce et les hausses tarifaires de Microsoft et Salesforce : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- a later, vague OVHcloud incident (another event)
    ("ovhcloud-vps-incident", "fresh54", [
        ("silicon.fr", "12-05 12:10",
         "OVHcloud : des VPS injoignables pendant deux heures",
         "Un incident de stockage a rendu indisponibles une partie des serveurs privés virtuels de l'hébergeur samedi matin, sans précision sur les sites concernés."),
    ]),
    ("frandroid-deals-week49", "fresh54", [
        ("frandroid.com", "12-05 09:00",
         "Les meilleures offres de la semaine : smartphones, écouteurs et forfaits",
         "Après le Black Friday, les promotions continuent : voici notre sélection des bons plans tech à ne pas rater ce week-end."),
    ]),
    # ---------------------------------------------- Linux 7.4 release
    ("linux-7-4-release", "fresh54", [
        ("next.ink", "12-06 21:30",
         "Linux 7.4 est disponible",
         "Linus Torvalds a publié dimanche la nouvelle version du noyau, qui apporte la prise en charge des GPU Intel Xe3, des avancées pour Rust et un ordonnanceur plus économe."),
        ("zdnet.fr", "12-07 08:45",
         "Noyau Linux 7.4 : les nouveautés à retenir",
         "Pilotes Rust plus nombreux, support des processeurs Zen 6 et meilleure gestion de la veille : tour d'horizon de la dernière version du noyau."),
        ("01net.com", "12-07 13:20",
         "Torvalds publie une nouvelle mouture du cœur du système libre",
         "La version 7.4 du noyau est disponible ; elle sera la version à support long de l'année et équipera les prochaines distributions."),
    ]),
    # ---------------------------------------------- npm worm, a month after the phishing
    ("npm-worm-mycelium", "fresh54", [
        ("lemagit.fr", "12-07 10:00",
         "npm : un ver informatique infecte plus de 500 paquets",
         "Le code malveillant vole les jetons des développeurs et s'en sert pour publier automatiquement des versions piégées des autres paquets qu'ils maintiennent."),
        ("silicon.fr", "12-07 15:10",
         "Un ver auto-réplicant frappe l'écosystème JavaScript",
         "Baptisé Mycelium par les chercheurs, il dérobe les secrets GitHub et cloud et se propage de paquet en paquet sur le registre npm."),
        ("01net.com", "12-07 18:30",
         "Développeurs : un logiciel malveillant se propage tout seul sur npm",
         "Plus de 500 bibliothèques sont touchées ; si vous avez installé un paquet JavaScript récemment, changez vos jetons d'accès."),
        ("next.ink", "12-08 09:00",
         "Mycelium : GitHub gèle les publications et révoque des milliers de jetons",
         "Pour stopper la propagation du ver, le registre a suspendu pendant six heures la publication de nouvelles versions ; le bilan dépasse désormais 700 paquets."),
    ]),
    # ---------------------------------------------- Qilin victim 2: Paysoft (three days later)
    ("qilin-paysoft", "fresh54", [
        ("lemagit.fr", "12-07 11:20",
         "Qilin revendique une attaque contre l'éditeur de logiciels de paie Paysoft",
         "Après Saint-Brieuc, le groupe Qilin affiche l'éditeur lyonnais sur son site vitrine ; plusieurs centaines de clients ne peuvent plus éditer leurs bulletins."),
        ("lemondeinformatique.fr", "12-07 16:45",
         "Paysoft victime d'un rançongiciel en pleine période de paie",
         "L'éditeur de solutions RH a suspendu ses services en ligne et prévenu la CNIL ; ses clients redoutent des retards de versement des salaires de décembre."),
    ]),
    # ---------------------------------------------- exploited Linux kernel flaw (two days after 7.4)
    ("linux-netfilter-flaw-exploited", "fresh54", [
        ("lemondeinformatique.fr", "12-08 11:10",
         "Une faille du noyau Linux activement exploitée, alerte la CISA",
         "La vulnérabilité, une utilisation après libération dans le sous-système netfilter, permet d'obtenir les droits root ; elle est corrigée depuis les versions 6.12.60 et 7.3.9."),
        ("zdnet.fr", "12-09 09:30",
         "Linux : patchez vite cette élévation de privilèges exploitée",
         "Les distributions publient des noyaux corrigés pour une faille de netfilter que des attaquants utilisent déjà sur des serveurs compromis."),
    ]),
    # ---------------------------------------------- Patch Tuesday, December
    ("patch-tuesday-december", "fresh54", [
        ("lemondeinformatique.fr", "12-08 19:15",
         "Patch Tuesday de décembre : Microsoft corrige 49 vulnérabilités",
         "Dernier lot de l'année : 49 failles comblées, dont une zero-day exploitée dans le pilote du système de fichiers journalisé de Windows."),
        ("zdnet.fr", "12-08 21:20",
         "Microsoft : une zero-day corrigée pour finir l'année",
         "La mise à jour de sécurité de décembre colmate 49 failles, dont une déjà exploitée dans le CLFS."),
    ]),
    # ---------------------------------------------- iOS 27.2 release
    ("ios-27-2-release", "fresh54", [
        ("frandroid.com", "12-08 19:40",
         "iOS 27.2 est disponible : voici les nouveautés",
         "Apple déploie la deuxième grosse mise à jour d'iOS 27, avec des traductions en direct étendues au français et de nouvelles options pour l'écran verrouillé."),
        ("lesnumeriques.com", "12-08 20:30",
         "Mise à jour iOS 27.2 : faut-il l'installer ?",
         "Nouvelles fonctions Apple Intelligence, correctifs de sécurité : ce qu'apporte la dernière version du système de l'iPhone."),
        ("01net.com", "12-09 08:00",
         "L'iPhone reçoit une mise à jour importante",
         "iOS 27.2 corrige une vingtaine de failles de sécurité et ajoute la traduction en direct en français dans l'application Téléphone."),
    ]),
    # ---------------------------------------------- USF survey on SAP ECC end of maintenance
    ("usf-sap-ecc-survey", "fresh54", [
        ("lemagit.fr", "12-09 10:45",
         "Clients SAP : l'USF dénonce le coût de la migration vers S/4HANA",
         "Selon l'enquête annuelle du club des utilisateurs francophones de SAP, 58 % des entreprises n'auront pas quitté ECC à la fin de la maintenance standard en 2027."),
        ("lemondeinformatique.fr", "12-09 14:00",
         "Fin d'ECC : les utilisateurs français de SAP dans l'impasse",
         "L'USF réclame à l'éditeur une prolongation de la maintenance sans surcoût, alors que la majorité de ses membres ne sera pas prête à temps."),
    ]),
    # ---------------------------------------------- Oracle Q2 results
    ("oracle-q2-results", "fresh54", [
        ("lesechos.fr", "12-09 22:50",
         "Oracle déçoit malgré l'envolée de son cloud",
         "Le chiffre d'affaires du deuxième trimestre fiscal ressort à 17,2 milliards de dollars, en deçà des attentes, et le groupe relève encore ses investissements dans les datacenters."),
        ("lemondeinformatique.fr", "12-10 08:30",
         "Oracle : l'infrastructure cloud bondit de 70 % au deuxième trimestre",
         "OCI continue de porter la croissance de l'éditeur, dont le carnet de commandes atteint 610 milliards de dollars grâce aux contrats avec OpenAI et Meta."),
        ("bfmtv.com", "12-10 11:00",
         "Larry Ellison inquiète Wall Street : le titre chute de 9 %",
         "Les investisseurs s'alarment des dépenses massives d'Oracle dans l'IA, après des résultats trimestriels publiés mercredi soir."),
    ]),
    # ---------------------------------------------- GitLab critical patch, December (a month later)
    ("gitlab-patch-december", "fresh54", [
        ("lemondeinformatique.fr", "12-10 10:00",
         "GitLab comble une faille critique d'exécution de code",
         "Les versions 19.6.2, 19.5.4 et 19.4.6 corrigent une vulnérabilité notée 9,9 dans l'import de projets, qui permettait d'exécuter des commandes sur le serveur."),
        ("silicon.fr", "12-10 14:30",
         "Faille critique chez GitLab : les instances autogérées à mettre à jour d'urgence",
         "Un utilisateur authentifié pouvait exécuter du code sur le serveur via un fichier d'import piégé ; GitLab.com a déjà été corrigé."),
    ]),
    # ---------------------------------------------- Google Gemini 3.5 (same evening as GPT-5.5)
    ("google-gemini-3-5", "fresh54", [
        ("frandroid.com", "12-10 17:00",
         "Google lance Gemini 3.5 Pro et l'intègre à Workspace",
         "Le nouveau modèle de Google arrive dans l'application Gemini ainsi que dans Gmail, Docs et Sheets pour les clients professionnels."),
        ("lesnumeriques.com", "12-10 18:40",
         "Gemini 3.5 : Google muscle son IA pour les entreprises",
         "Le géant de Mountain View met en avant des agents capables de traiter des tâches longues dans Workspace et un mode de raisonnement plus profond."),
    ]),
    # ---------------------------------------------- OpenAI GPT-5.5
    ("openai-gpt-5-5", "fresh54", [
        ("numerama.com", "12-10 19:30",
         "OpenAI lance GPT-5.5, plus fort en raisonnement",
         "Le nouveau modèle d'OpenAI arrive dans ChatGPT pour les abonnés payants et promet moins d'erreurs factuelles et des agents plus fiables."),
        ("frandroid.com", "12-10 21:00",
         "ChatGPT passe à GPT-5.5 : nouveautés et disponibilité",
         "OpenAI déploie son nouveau modèle dès ce soir pour les abonnés Plus, Pro et Business ; les utilisateurs gratuits y auront accès la semaine prochaine."),
        ("01net.com", "12-11 08:20",
         "GPT-5.5 : OpenAI riposte à Google",
         "Quelques heures après l'annonce de Gemini 3.5, OpenAI a dégainé son nouveau modèle, présenté comme le plus capable à ce jour pour les tâches professionnelles."),
    ]),
    # ---------------------------------------------- Broadcom Q4 results (the day after Oracle's)
    ("broadcom-q4-results", "fresh54", [
        ("lesechos.fr", "12-10 22:45",
         "Broadcom profite à plein de la fièvre de l'IA",
         "Le fabricant de puces et éditeur de VMware affiche un chiffre d'affaires trimestriel de 19,8 milliards de dollars, porté par ses puces sur mesure pour Google et OpenAI."),
        ("usine-digitale.fr", "12-11 09:40",
         "Broadcom : les ventes de puces IA doublent en un an",
         "Le groupe de Hock Tan prévoit 12 milliards de dollars de revenus IA au prochain trimestre ; la division logicielle, dopée par VMware, progresse de 15 %."),
    ]),
    ("agents-ia-projects-study", "fresh54", [
        ("journaldunet.com", "12-11 10:30",
         "Agents IA : 40 % des projets en entreprise abandonnés avant la production",
         "Coûts imprévus, données mal préparées, gains flous : une étude menée auprès de 300 DSI européens pointe les écueils des premiers déploiements d'agents."),
    ]),
    # ---------------------------------------------- iOS 27.2 battery bug (days after the release)
    ("ios-27-2-battery-bug", "fresh54", [
        ("numerama.com", "12-11 12:10",
         "Votre iPhone se vide plus vite depuis la dernière mise à jour ? Vous n'êtes pas seul",
         "De nombreux utilisateurs constatent une autonomie en chute libre depuis l'installation d'iOS 27.2 ; Apple n'a pas encore réagi."),
        ("frandroid.com", "12-11 16:30",
         "iOS 27.2 vide la batterie de certains iPhone",
         "Un processus d'indexation semble tourner en boucle après la mise à jour ; en attendant un correctif, voici quelques solutions."),
    ]),
    # ---------------------------------------------- Bouygues Telecom mobile outage
    ("bouygues-mobile-outage", "fresh54", [
        ("frandroid.com", "12-12 11:15",
         "Panne Bouygues Telecom : le réseau mobile perturbé dans toute la France",
         "Appels impossibles et données mobiles coupées : des milliers d'abonnés signalent des problèmes depuis le début de la matinée."),
        ("bfmtv.com", "12-12 15:00",
         "Bouygues Telecom rétablit son réseau après une panne de plusieurs heures",
         "L'opérateur évoque un incident logiciel sur un équipement de cœur de réseau qui a privé de nombreux clients d'appels et de 4G samedi."),
    ]),
    # ---------------------------------------------- OVHcloud price hike (RAM prices)
    ("ovhcloud-price-hike-ram", "fresh54", [
        ("lemagit.fr", "12-14 09:30",
         "OVHcloud augmente ses prix à cause de la flambée de la mémoire",
         "Le cloud roubaisien relève de 8 à 15 % les tarifs de ses serveurs dédiés et de certaines instances à partir du 1er février, invoquant l'explosion du prix de la DRAM."),
        ("next.ink", "12-14 14:00",
         "Pénurie de RAM : OVHcloud répercute la hausse sur ses clients",
         "Octave Klaba justifie l'augmentation par le triplement du prix des barrettes mémoire en un an, capté par les besoins des datacenters d'IA."),
    ]),
    # ---------------------------------------------- court orders Broadcom to keep supporting VMware
    ("broadcom-vmware-court-vestalia", "fresh54", [
        ("linforme.com", "12-15 06:30",
         "VMware : la justice contraint Broadcom à maintenir le support d'un distributeur français",
         "Selon nos informations, le tribunal des activités économiques de Paris a ordonné en référé à Broadcom de continuer à assurer le support des licences perpétuelles du groupe Vestalia."),
        ("lemagit.fr", "12-15 11:30",
         "Broadcom condamné en référé à poursuivre le support VMware de Vestalia",
         "Le distributeur, qui refusait de passer à l'abonnement VCF, obtient un maintien du support jusqu'à fin 2027 ; une première en France."),
    ]),
    ("servicenow-agent-pricing", "fresh54", [
        ("journaldunet.com", "12-15 14:10",
         "ServiceNow passe à la facturation à la consommation pour ses agents IA",
         "Fini les packs par utilisateur : l'éditeur facturera ses agents au nombre d'actions réalisées à partir de mars, une évolution qui inquiète les acheteurs."),
    ]),
    # ---------------------------------------------- Health Data Hub leaves Azure
    ("health-data-hub-sovereign", "fresh54", [
        ("next.ink", "12-15 17:20",
         "Health Data Hub : le gouvernement choisit enfin un hébergeur souverain",
         "Le marché de migration de la plateforme des données de santé, hébergée depuis 2019 chez Microsoft Azure, est attribué à un consortium mené par Outscale et Cloud Temple."),
        ("lemondeinformatique.fr", "12-16 09:40",
         "Les données de santé quitteront Azure d'ici 2028",
         "Le ministère de la Santé a retenu un consortium qualifié SecNumCloud pour héberger le Health Data Hub, qui devra avoir migré dans les 18 mois."),
        ("lefigaro.fr", "12-16 12:30",
         "La plateforme nationale fait ses valises",
         "Après des années de polémique sur sa dépendance à un géant américain, l'entrepôt national des données médicales change de prestataire."),
    ]),
    # ---------------------------------------------- Scaleway raises prices too (two days later)
    ("scaleway-price-hike-ram", "fresh54", [
        ("next.ink", "12-16 10:10",
         "Scaleway relève à son tour ses tarifs",
         "Deux jours après OVHcloud, la filiale cloud d'Iliad annonce une hausse de 10 % sur ses serveurs Elastic Metal et ses instances à forte mémoire dès février."),
        ("lemondeinformatique.fr", "12-16 15:20",
         "Le prix de la mémoire rattrape aussi Scaleway",
         "Le fournisseur français augmente les prix de plusieurs gammes de serveurs et promet de les réviser si les cours de la DRAM se détendent."),
    ]),
    # ---------------------------------------------- Microsoft appeals the French fine (three weeks later)
    ("microsoft-appeals-adlc-fine", "fresh54", [
        ("lemagit.fr", "12-16 10:20",
         "Licences cloud : Microsoft fait appel de sa sanction",
         "L'éditeur conteste devant la cour d'appel de Paris l'amende de 95 millions d'euros infligée fin novembre par l'Autorité de la concurrence."),
        ("lesechos.fr", "12-16 15:40",
         "Microsoft conteste l'amende de l'Autorité de la concurrence",
         "Le groupe américain a déposé un recours et demande la suspension des engagements qui devaient modifier ses licences d'ici mai."),
    ]),
    ("orange-copper-shutdown-lot", "fresh54", [
        ("lefigaro.fr", "12-17 08:30",
         "Fin du cuivre : 1 500 nouvelles communes basculent sur la fibre",
         "L'opérateur historique a fermé techniquement son réseau téléphonique cuivre dans un nouveau lot de communes ; les abonnés ADSL doivent migrer vers la fibre."),
    ]),
    # ---------------------------------------------- EU Cloud and AI Development Act
    ("eu-cloud-ai-development-act", "fresh54", [
        ("lesechos.fr", "12-17 07:15",
         "Bruxelles présente son Cloud and AI Development Act",
         "La Commission propose de tripler la capacité des datacenters européens en sept ans et de réserver certains marchés publics sensibles à des clouds souverains."),
        ("next.ink", "12-17 13:40",
         "Datacenters et préférence européenne : ce que contient le texte de la Commission",
         "Permis accélérés, critères de souveraineté dans la commande publique, mutualisation des achats de GPU : le détail du règlement présenté jeudi par Bruxelles."),
    ]),
    ("linux-7-5-rc1", "fresh54", [
        ("next.ink", "12-20 20:45",
         "Linux 7.5 : première release candidate, la fenêtre de fusion est refermée",
         "Deux semaines après Linux 7.4, Linus Torvalds publie la rc1 de la version suivante, marquée par l'arrivée d'un nouveau pilote Rust pour les GPU Nvidia."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
