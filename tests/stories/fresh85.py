"""The 85th fresh labelled set (enterprise software and cloud: Microsoft, SAP, Salesforce, Oracle,
Broadcom/VMware licensing, AWS/Azure/Google Cloud outages and regions, French vendors, user clubs), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the
"same story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh85".
Positives: titles sharing little with the rest of their story ("Licences VMware : les hébergeurs européens
sortent l'artillerie lourde", "Outlook ne fonctionne plus ? Vous n'êtes pas seul", "Pourquoi une panne chez
Amazon a paralysé une partie d'Internet"); firms named only by periphrasis in one article ("le géant de
Redmond", "l'éditeur de Walldorf", "le roi du CRM", "l'éditeur de Vélizy", "le groupe de Hock Tan", "le numéro
un du cloud"); syndication ("selon L'Informé", "selon Les Echos"); explainers ("ce qui change pour les
entreprises", "ce qu'elle change pour les PME"); follow-ups a day or two later (Broadcom rebuts the CISPE
complaint, the Azure and AWS post-mortems, ShinyHunters claiming the Salesforce data theft, Microsoft's
emergency fix for the April domain-controller bug, Microsoft reacting to the competition inquiry); a results
story told as a stock plunge ("Dassault Systèmes dévisse de 9 %"); a quote as title.
Hard negatives: the CISPE complaint against Broadcom, the Cigref VMware survey, Broadcom's results, the new
96-core VMware minimum, a court order forcing Broadcom to keep supporting an insurer and Broadcom's appeal
three weeks later; two Azure outages a week apart (West Europe, Front Door), then a Microsoft 365 outage the
day after a big AWS us-east-1 outage, and a second, smaller AWS outage in Paris two weeks later; Salesforce
then Atlassian price rises four days apart, Microsoft 365 then Google Workspace price rises two days apart;
Salesforce price rise, Salesforce data theft and Salesforce results; SAP results then SAP France layoffs,
then a strike at SAP France; SAP France and Microsoft France job cuts the same week; the USF S/4HANA survey
then the USF-Cigref letter on Rise prices; S3NS then Bleu winning SecNumCloud five weeks apart; Pennylane and
Agicap funding rounds the same morning; two towns hit by ransomware four days apart; Patch Tuesday of March,
April and May, SAP Patch Days the same days, Oracle's quarterly patch update, and the April Patch Tuesday
bug three days later; Microsoft results then Microsoft France job cuts; Dassault Systèmes results, then an
acquisition, and its subsidiary Outscale opening a German region; weekly roundups (LeMagIT, ChannelNews)
and weekly software deals (Clubic) that recur and must never join across weeks.
`build` fixes the year 2026; times are UTC, March to May.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 1.000, recall 0.949
(1.000 / 0.949 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- CISPE complains to Brussels about Broadcom's VMware licensing
    ("cispe-broadcom-complaint", "fresh85", [
        ("lemagit.fr", "03-03 07:55", "VMware : le CISPE porte plainte contre Broadcom auprès de la Commission européenne",
         "L'association des fournisseurs européens de cloud accuse Broadcom d'abus de position dominante et réclame des mesures conservatoires contre ses nouvelles conditions de licence VMware."),
        ("silicon.fr", "03-03 10:10", "Le CISPE saisit Bruxelles contre Broadcom",
         "Hausses tarifaires de 300 % à 1 000 %, fin des licences perpétuelles, bundles imposés : le CISPE dépose une plainte formelle pour abus de position dominante."),
        ("lemondeinformatique.fr", "03-03 11:40", "Abus de position dominante : les cloud européens attaquent Broadcom à Bruxelles",
         "Le lobby des hébergeurs européens, qui compte OVHcloud et Aruba parmi ses membres, demande à la Commission d'enquêter sur la politique commerciale de VMware."),
        ("next.ink", "03-03 14:05", "Licences VMware : les hébergeurs européens sortent l'artillerie lourde",
         "Après deux ans de négociations infructueuses, le CISPE a déposé plainte auprès de la direction générale de la concurrence contre le groupe de Hock Tan."),
        ("channelnews.fr", "03-04 09:00", "Broadcom conteste la plainte du CISPE",
         "Le propriétaire de VMware juge « sans fondement » les accusations d'abus de position dominante portées la veille à Bruxelles par les fournisseurs européens de cloud."),
    ]),
    # ---------------------------------------------- Broadcom quarterly results
    ("broadcom-results-q1", "fresh85", [
        ("lesechos.fr", "03-05 21:40", "Broadcom porté par l'IA et par VMware",
         "Le groupe de semi-conducteurs et de logiciels a publié un chiffre d'affaires trimestriel de 19,8 milliards de dollars, en hausse de 24 %, dont 7,1 milliards pour le logiciel."),
        ("lemondeinformatique.fr", "03-06 07:45", "Résultats : VMware dope les revenus logiciels de Broadcom",
         "Au premier trimestre de son exercice, Broadcom a vu ses ventes d'infrastructure logicielle progresser de 21 %, grâce à la conversion des clients VMware à Cloud Foundation."),
    ]),
    # ---------------------------------------------- Oracle fiscal Q3 results
    ("oracle-results-q3", "fresh85", [
        ("lesechos.fr", "03-10 22:10", "Oracle : le carnet de commandes explose grâce au cloud",
         "L'éditeur a annoncé des obligations de performance restantes de 553 milliards de dollars, tirées par les contrats d'infrastructure pour l'IA, et un chiffre d'affaires trimestriel de 17,2 milliards."),
        ("lemondeinformatique.fr", "03-11 08:30", "OCI tire les résultats trimestriels d'Oracle",
         "Les revenus de l'infrastructure cloud d'Oracle bondissent de 62 % au troisième trimestre fiscal, à 5,1 milliards de dollars."),
        ("zdnet.fr", "03-11 10:00", "Oracle dépasse les attentes, porté par ses datacenters IA",
         "Le groupe de Larry Ellison affiche un trimestre supérieur aux prévisions, mais ses dépenses d'investissement continuent de grimper."),
    ]),
    # ---------------------------------------------- SAP Security Patch Day, March (single)
    ("sap-patch-day-march", "fresh85", [
        ("lemagit.fr", "03-10 13:50", "SAP Patch Day de mars : une faille critique dans NetWeaver",
         "SAP publie 21 notes de sécurité ce mois-ci, dont une vulnérabilité notée 9,9 dans Visual Composer de NetWeaver permettant l'exécution de code à distance."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, March
    ("patch-tuesday-march", "fresh85", [
        ("lemondeinformatique.fr", "03-10 18:35", "Patch Tuesday de mars : Microsoft corrige 64 vulnérabilités",
         "Le lot de correctifs mensuel de Microsoft comble 64 failles, dont deux zero-day déjà exploitées dans le pilote Win32k et dans SmartScreen."),
        ("zdnet.fr", "03-10 20:15", "Microsoft colmate deux zero-day activement exploitées",
         "La mise à jour de sécurité de mars corrige 64 vulnérabilités dans Windows, Office et Azure, dont deux déjà utilisées par des attaquants."),
        ("01net.com", "03-11 07:40", "Windows : installez vite la mise à jour de mars",
         "Microsoft vient de corriger 64 failles, dont deux exploitées par des pirates : voici pourquoi il ne faut pas tarder à mettre à jour votre PC."),
    ]),
    # ---------------------------------------------- Cigref survey: members preparing to leave VMware
    ("cigref-vmware-survey", "fresh85", [
        ("lemagit.fr", "03-11 07:30", "VMware : 74 % des membres du Cigref préparent leur sortie",
         "Selon une enquête du Cigref auprès de 110 grandes entreprises, près des trois quarts envisagent de quitter VMware d'ici trois ans, après des hausses de facture de 200 % en moyenne."),
        ("lemondeinformatique.fr", "03-11 09:50", "Les grandes entreprises veulent tourner la page VMware",
         "L'association des grands utilisateurs du numérique publie une enquête : 74 % de ses membres ont lancé ou prévoient une migration vers une autre solution de virtualisation."),
        ("channelnews.fr", "03-11 15:00", "Le Cigref sonne l'alarme sur les licences Broadcom",
         "Factures multipliées par trois, support dégradé : l'enquête du Cigref dresse un bilan sévère de deux ans de politique commerciale de Broadcom chez les clients de VMware."),
    ]),
    # ---------------------------------------------- Salesforce raises prices
    ("salesforce-price-rise", "fresh85", [
        ("lemagit.fr", "03-12 08:10", "Salesforce augmente ses tarifs de 6 % en moyenne",
         "Les éditions Enterprise et Unlimited de Sales Cloud et Service Cloud coûteront plus cher à partir du 1er août, a annoncé l'éditeur à ses clients."),
        ("lemondeinformatique.fr", "03-12 10:30", "Le roi du CRM relève ses prix au 1er août",
         "Salesforce justifie une hausse moyenne de 6 % de ses licences par l'ajout de fonctions d'IA générative dans ses offres."),
        ("silicon.fr", "03-12 13:05", "Hausse de prix chez Salesforce : +6 % pour Sales Cloud et Service Cloud",
         "Salesforce applique une augmentation de 6 % sur la plupart de ses éditions, la deuxième en trois ans."),
        ("journaldunet.com", "03-12 16:20", "Hausse des prix Salesforce : ce qui change pour les clients Enterprise et Unlimited",
         "Éditions concernées, date d'effet, marges de négociation au renouvellement : ce qu'il faut savoir sur l'augmentation de 6 % annoncée par Salesforce."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 11 (single)
    ("lemagit-essentiel-w11", "fresh85", [
        ("lemagit.fr", "03-13 17:00", "L'essentiel de la semaine : Oracle, Cigref et Salesforce",
         "Les résultats d'Oracle, l'enquête du Cigref sur VMware et la hausse des tarifs de Salesforce : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Atlassian raises cloud prices
    ("atlassian-price-rise", "fresh85", [
        ("silicon.fr", "03-16 09:00", "Atlassian augmente à son tour les prix de ses offres cloud",
         "Jira et Confluence en mode SaaS coûteront de 7,5 % à 10 % plus cher à partir de juin, selon un courriel envoyé aux clients de l'éditeur australien."),
        ("lemondeinformatique.fr", "03-16 14:10", "Jira et Confluence : jusqu'à 10 % de hausse pour les clients cloud",
         "Atlassian révise ses grilles tarifaires pour les éditions Standard et Premium de ses outils collaboratifs, quelques jours après la hausse de Salesforce."),
    ]),
    # ---------------------------------------------- Sage Copilot launch in France (single)
    ("sage-copilot-launch", "fresh85", [
        ("journaldunet.com", "03-17 09:30", "Sage lance Sage Copilot en France pour les TPE et PME",
         "L'éditeur britannique déploie son assistant d'IA générative dans Sage 50 et Sage 100, pour automatiser le rapprochement bancaire et les relances clients."),
    ]),
    # ---------------------------------------------- Oracle opens an EU Sovereign Cloud region in Paris
    ("oracle-sovereign-region-paris", "fresh85", [
        ("usine-digitale.fr", "03-17 09:15", "Oracle ouvre une région « EU Sovereign Cloud » en France",
         "Après Francfort et Madrid, Oracle déploie à Paris une région cloud opérée exclusivement par du personnel européen, destinée au secteur public et aux industries régulées."),
        ("lemondeinformatique.fr", "03-17 11:00", "OCI : Oracle inaugure sa région souveraine de Paris",
         "La nouvelle région d'Oracle Cloud Infrastructure, isolée des autres régions du fournisseur, vise les administrations et les opérateurs d'importance vitale."),
    ]),
    # ---------------------------------------------- Azure outage, West Europe region
    ("azure-outage-westeurope", "fresh85", [
        ("lemagit.fr", "03-18 08:20", "Panne Azure : la région West Europe indisponible pendant cinq heures",
         "Machines virtuelles, bases SQL et stockage : de nombreux services d'Azure hébergés aux Pays-Bas ont été inaccessibles dans la nuit de mardi à mercredi."),
        ("01net.com", "03-18 09:45", "Microsoft Azure en panne : des entreprises privées de leurs applications",
         "Une panne du cloud de Microsoft aux Pays-Bas a paralysé des sites et des applications métier dans toute l'Europe pendant la nuit."),
        ("silicon.fr", "03-18 11:30", "Azure : incident majeur dans la région Europe de l'Ouest",
         "Le géant de Redmond a reconnu une « dégradation importante » de ses services dans son datacenter d'Amsterdam entre 1 h et 6 h du matin."),
        ("next.ink", "03-19 10:00", "Panne d'Azure : Microsoft incrimine une erreur de configuration réseau",
         "Dans son rapport préliminaire, Microsoft explique que la panne de la région West Europe vient d'une modification de configuration déployée sans validation suffisante."),
    ]),
    # ---------------------------------------------- USF survey on S/4HANA migration
    ("usf-survey-s4hana", "fresh85", [
        ("lemagit.fr", "03-19 08:00", "S/4HANA : près de la moitié des adhérents de l'USF toujours sur ECC",
         "Selon l'enquête annuelle du club des utilisateurs SAP francophones, 47 % des entreprises interrogées n'ont pas achevé leur migration à moins de deux ans de la fin de la maintenance standard."),
        ("lemondeinformatique.fr", "03-19 10:20", "Migration vers S/4HANA : les clients SAP français traînent des pieds",
         "L'USF publie son baromètre : coûts, manque de compétences et incertitudes sur Rise with SAP freinent le passage à S/4HANA avant l'échéance de 2027."),
        ("itforbusiness.fr", "03-19 14:30", "« 2027, c'est demain » : l'USF alerte sur le retard des migrations S/4HANA",
         "Le club des utilisateurs SAP francophones s'inquiète du nombre d'entreprises encore sur ECC 6.0 et demande à SAP de la visibilité sur la maintenance étendue."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 12 (single)
    ("lemagit-essentiel-w12", "fresh85", [
        ("lemagit.fr", "03-20 17:00", "L'essentiel de la semaine : Azure, Atlassian et l'USF",
         "La panne d'Azure aux Pays-Bas, la hausse des prix d'Atlassian et l'enquête de l'USF sur S/4HANA : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Google Cloud outage, Paris region
    ("gcp-outage-paris", "fresh85", [
        ("lemagit.fr", "03-24 07:50", "Google Cloud : la région de Paris en panne pendant trois heures",
         "Un incident de refroidissement dans un datacenter de la région europe-west9 a provoqué l'arrêt de plusieurs zones de disponibilité lundi soir."),
        ("silicon.fr", "03-24 10:10", "Panne chez Google Cloud à Paris : un problème de climatisation en cause",
         "Google Cloud a mis hors tension une partie de ses serveurs parisiens après une surchauffe, privant plusieurs clients de leurs services pendant la soirée."),
        ("zdnet.fr", "03-24 12:40", "europe-west9 : Google Cloud s'explique sur la coupure de lundi",
         "Le fournisseur détaille l'incident de refroidissement qui a touché sa région de Paris et promet des crédits de service aux clients affectés."),
    ]),
    # ---------------------------------------------- SAP integrates Mistral AI models
    ("sap-mistral-partnership", "fresh85", [
        ("usine-digitale.fr", "03-24 09:30", "SAP intègre les modèles de Mistral AI à sa plateforme BTP",
         "L'éditeur allemand propose les modèles de la start-up française dans son Generative AI Hub, hébergés dans ses datacenters européens."),
        ("lemondeinformatique.fr", "03-24 13:00", "Partenariat : Mistral AI fait son entrée dans l'écosystème SAP",
         "Les clients de SAP Business Technology Platform pourront utiliser Mistral Large et Mistral Small pour leurs applications, avec une option souveraine."),
    ]),
    # ---------------------------------------------- Azure Front Door outage, a week after West Europe
    ("azure-outage-frontdoor", "fresh85", [
        ("zdnet.fr", "03-25 16:30", "Nouvelle panne chez Microsoft : Azure Front Door flanche",
         "Le service de distribution de contenus d'Azure a connu des erreurs pendant près de deux heures mercredi après-midi, rendant inaccessibles de nombreux sites dans le monde."),
        ("lemagit.fr", "03-25 18:05", "Azure Front Door : deux heures d'erreurs pour les clients du monde entier",
         "Une semaine après la panne de la région West Europe, c'est le CDN d'Azure qui a défailli, à la suite d'une mise à jour de sa couche de routage."),
    ]),
    # ---------------------------------------------- Cigref general assembly (single)
    ("cigref-new-president", "fresh85", [
        ("itforbusiness.fr", "03-25 10:00", "Le Cigref élit une nouvelle présidente",
         "Réunie en assemblée générale, l'association des grandes entreprises utilisatrices du numérique a élu à sa tête la DSI d'un grand groupe industriel, qui fait de la souveraineté sa priorité."),
    ]),
    # ---------------------------------------------- Pennylane funding round
    ("pennylane-funding", "fresh85", [
        ("lesechos.fr", "03-26 05:30", "Pennylane lève 150 millions d'euros pour conquérir l'Europe",
         "La fintech de la comptabilité boucle un tour de table mené par le fonds américain General Catalyst, qui la valorise 4 milliards d'euros."),
        ("journaldunet.com", "03-26 08:00", "Pennylane valorisée 4 milliards d'euros après une nouvelle levée",
         "Le logiciel de comptabilité des TPE et PME lève 150 millions d'euros et vise l'Allemagne et l'Espagne avant l'entrée en vigueur de la facture électronique."),
        ("bfmtv.com", "03-26 09:30", "La pépite française Pennylane remet 150 millions au pot",
         "Déjà licorne, la start-up d'Arthur Waller lève encore 150 millions d'euros et prévoit de recruter 400 personnes."),
        ("usine-digitale.fr", "03-26 11:00", "Pennylane encaisse 150 millions d'euros",
         "Pennylane, qui revendique 350 000 entreprises clientes, va consacrer l'essentiel des fonds à l'IA et à son expansion européenne."),
    ]),
    # ---------------------------------------------- Agicap funding round, same morning
    ("agicap-funding", "fresh85", [
        ("lesechos.fr", "03-26 06:15", "La fintech lyonnaise Agicap lève 60 millions d'euros",
         "Le spécialiste de la gestion de trésorerie des PME boucle un tour de table mené par Partech et vise les entreprises de taille intermédiaire."),
        ("journaldunet.com", "03-26 10:30", "Agicap décroche 60 millions pour sa plateforme de trésorerie",
         "La start-up lyonnaise, qui compte 8 000 clients, va développer des prévisions de trésorerie fondées sur l'IA."),
    ]),
    # ---------------------------------------------- ChannelNews weekly recap, week 13 (single)
    ("channelnews-recap-w13", "fresh85", [
        ("channelnews.fr", "03-27 16:00", "Le récap channel de la semaine : Pennylane, Agicap et Azure",
         "Les levées de fonds de Pennylane et d'Agicap, la nouvelle panne d'Azure et les nominations chez les distributeurs : l'essentiel de la semaine pour le channel."),
    ]),
    # ---------------------------------------------- Oracle Cloud credentials for sale, Oracle denies
    ("oracle-cloud-leak-claim", "fresh85", [
        ("zdnet.fr", "03-30 09:00", "Des identifiants Oracle Cloud en vente sur un forum, Oracle dément toute fuite",
         "Un pirate affirme avoir dérobé 4 millions d'enregistrements issus des serveurs d'authentification d'Oracle Cloud et les propose à la vente."),
        ("lemagit.fr", "03-30 11:20", "Oracle Cloud : un pirate revendique le vol de données d'authentification",
         "Le vendeur publie des échantillons contenant des noms de domaines de clients ; Oracle assure qu'aucune intrusion n'a eu lieu sur son cloud."),
        ("numerama.com", "03-30 15:00", "Oracle nie tout piratage, mais ses clients ne sont pas convaincus",
         "Plusieurs entreprises dont les données figurent dans l'échantillon publié par le pirate confirment qu'elles sont authentiques."),
    ]),
    # ---------------------------------------------- E-invoicing: final list of approved platforms
    ("facturation-electronique-pa-list", "fresh85", [
        ("lesechos.fr", "03-31 07:00", "Facture électronique : le fisc publie la liste définitive des plateformes agréées",
         "À six mois de l'obligation de réception des factures électroniques, la DGFiP a immatriculé 94 plateformes agréées, dont celles de Cegid, Sage et Pennylane."),
        ("journaldunet.com", "03-31 10:00", "Facturation électronique : 94 plateformes agréées par la DGFiP",
         "La liste définitive des plateformes agréées est en ligne ; les entreprises doivent en choisir une avant le 1er septembre 2026."),
    ]),
    # ---------------------------------------------- AWS European Sovereign Cloud comes to France
    ("aws-sovereign-cloud-france", "fresh85", [
        ("lesechos.fr", "03-31 06:00", "Amazon va investir 2 milliards d'euros dans un cloud souverain en France",
         "AWS annonce une région de son European Sovereign Cloud en Île-de-France, opérée par une entité de droit européen et des salariés résidant dans l'Union."),
        ("lemondeinformatique.fr", "03-31 09:30", "AWS étend son European Sovereign Cloud à la France",
         "Après le Brandebourg, le numéro un du cloud ouvrira d'ici 2027 une région souveraine en France, pour un investissement de 2 milliards d'euros."),
        ("silicon.fr", "03-31 12:00", "European Sovereign Cloud : AWS choisit l'Île-de-France pour sa deuxième région",
         "La région française de l'offre souveraine d'Amazon Web Services sera isolée de l'infrastructure mondiale du fournisseur."),
    ]),
    # ---------------------------------------------- Microsoft 365 price rise
    ("microsoft-365-price-rise", "fresh85", [
        ("lemagit.fr", "04-01 07:30", "Microsoft 365 : hausse de 8 à 15 % au 1er juillet",
         "Microsoft relève les prix de ses suites Microsoft 365 E3, E5 et Business Premium, en justifiant l'augmentation par l'intégration de Copilot Chat et de nouveaux outils de sécurité."),
        ("lemondeinformatique.fr", "04-01 09:00", "Le géant de Redmond relève les tarifs de ses suites bureautiques",
         "Les licences Microsoft 365 pour les entreprises augmenteront de 8 % à 15 % selon les éditions à partir du 1er juillet."),
        ("01net.com", "04-01 11:00", "Microsoft 365 va coûter plus cher aux entreprises",
         "Microsoft 365 E3 passera de 36 à 39 dollars par utilisateur et par mois ; les éditions Business sont aussi concernées."),
        ("clubic.com", "04-01 13:30", "Microsoft augmente le prix de Microsoft 365 pour les pros, jusqu'à +15 %",
         "Le nouvel abonnement E3 coûtera 39 dollars par mois et par utilisateur, E5 passera à 60 dollars : Microsoft fait payer l'IA à ses clients professionnels."),
        ("journaldunet.com", "04-02 08:30", "Hausse des prix de Microsoft 365 : ce qui change pour les entreprises au 1er juillet",
         "Éditions concernées, nouveaux tarifs, contrats Enterprise Agreement en cours : notre décryptage de l'augmentation annoncée par Microsoft."),
    ]),
    # ---------------------------------------------- Data theft at Salesforce customers via a connected app
    ("salesforce-connected-app-theft", "fresh85", [
        ("lemagit.fr", "04-02 08:40", "Salesforce : des données clients volées via une application connectée",
         "Des attaquants ont utilisé des jetons OAuth dérobés à un éditeur d'outil de support pour extraire des données des instances Salesforce de dizaines d'entreprises."),
        ("zdnet.fr", "04-02 10:00", "Vol de données massif chez des clients de Salesforce",
         "Salesforce a révoqué les jetons d'une application tierce après la découverte d'extractions de données sur les instances de plusieurs clients."),
        ("numerama.com", "04-02 14:20", "Vos données ont peut-être fuité via le CRM d'une entreprise",
         "Des pirates ont siphonné des fiches clients stockées dans Salesforce par plusieurs grandes entreprises, en passant par une application de support connectée."),
        ("next.ink", "04-03 09:00", "ShinyHunters revendique le vol de données Salesforce de 40 entreprises",
         "Le groupe cybercriminel affirme détenir 1,2 milliard d'enregistrements extraits des instances Salesforce compromises cette semaine et menace de les publier."),
    ]),
    # ---------------------------------------------- Google Workspace price rise, two days after Microsoft's
    ("google-workspace-price-rise", "fresh85", [
        ("01net.com", "04-03 10:00", "Google Workspace augmente aussi ses prix",
         "Deux jours après Microsoft, Google annonce une hausse de 10 % à 20 % des abonnements Business Starter, Standard et Plus, au nom de Gemini."),
        ("clubic.com", "04-03 12:15", "Après Microsoft 365, c'est au tour de Google Workspace de devenir plus cher",
         "L'édition Business Standard passe à 16,80 euros par utilisateur et par mois ; la hausse s'appliquera au renouvellement des contrats."),
    ]),
    # ---------------------------------------------- ChannelNews weekly recap, week 14 (single)
    ("channelnews-recap-w14", "fresh85", [
        ("channelnews.fr", "04-03 16:00", "Le récap channel de la semaine : Microsoft 365, Salesforce et AWS",
         "La hausse des prix de Microsoft 365, le vol de données chez des clients Salesforce et le cloud souverain d'AWS en France : l'essentiel de la semaine pour le channel."),
    ]),
    # ---------------------------------------------- Broadcom raises the VMware minimum to 96 cores
    ("broadcom-vmware-96-cores", "fresh85", [
        ("lemagit.fr", "04-08 07:10", "VMware : Broadcom impose désormais 96 cœurs minimum par commande",
         "À partir du 1er mai, toute commande de licences VMware Cloud Foundation ou vSphere Foundation devra porter sur au moins 96 cœurs, contre 16 par processeur jusqu'ici."),
        ("lemondeinformatique.fr", "04-08 09:40", "Broadcom durcit encore les conditions de licence de VMware",
         "Le groupe de Hock Tan relève le seuil minimal d'achat à 96 cœurs, une mesure qui pénalise surtout les petites infrastructures."),
        ("silicon.fr", "04-08 11:30", "Licences VMware : le minimum passe à 96 cœurs",
         "Broadcom change une nouvelle fois les règles : les clients devront acheter au moins 96 cœurs par commande, même pour un seul serveur."),
        ("channelnews.fr", "04-08 14:00", "Les partenaires VMware vent debout contre la règle des 96 cœurs",
         "Intégrateurs et revendeurs craignent de perdre leurs clients PME après l'annonce par Broadcom d'un minimum de 96 cœurs par commande."),
        ("itforbusiness.fr", "04-09 09:00", "VMware : la règle des 96 cœurs, ce qu'elle change pour les PME",
         "Une entreprise qui exploite deux serveurs de 16 cœurs paiera désormais pour 96 : nos calculs sur l'effet de la nouvelle règle de Broadcom."),
    ]),
    # ---------------------------------------------- Barometer of French CIOs' cloud budgets (single)
    ("dsi-cloud-budget-barometer", "fresh85", [
        ("itforbusiness.fr", "04-07 09:00", "Baromètre : les DSI françaises augmentent leurs budgets cloud de 12 %",
         "Selon une enquête menée auprès de 300 directeurs des systèmes d'information, la part du cloud dans les budgets informatiques atteint 38 % en 2026, au détriment des infrastructures sur site."),
    ]),
    # ---------------------------------------------- Oracle steps up Java licence audits
    ("oracle-java-audits", "fresh85", [
        ("lesechos.fr", "04-09 05:45", "Les audits Java d'Oracle donnent des sueurs froides aux DSI",
         "Depuis le passage à une licence par salarié, Oracle multiplie les audits Java chez les grandes entreprises françaises, avec des régularisations de plusieurs millions d'euros."),
        ("lemondeinformatique.fr", "04-09 10:00", "Oracle intensifie ses audits de licences Java, selon Les Echos",
         "Plusieurs entreprises du CAC 40 auraient reçu des demandes de régularisation après être passées au modèle de licence Java SE par employé."),
    ]),
    # ---------------------------------------------- Clubic weekly software deals, week 15 (single)
    ("clubic-deals-w15", "fresh85", [
        ("clubic.com", "04-10 12:00", "Les meilleures offres logiciels de la semaine : Microsoft 365, antivirus et VPN",
         "Microsoft 365 Personnel à -30 %, suites de sécurité et VPN en promotion : notre sélection des bons plans logiciels de la semaine."),
    ]),
    # ---------------------------------------------- Cegid buys a German payroll software vendor
    ("cegid-acquisition-lohnwerk", "fresh85", [
        ("lesechos.fr", "04-13 06:00", "Cegid s'offre l'allemand Lohnwerk et accélère en Europe",
         "L'éditeur lyonnais de logiciels de gestion rachète le spécialiste allemand de la paie, qui réalise 90 millions d'euros de chiffre d'affaires."),
        ("lemondeinformatique.fr", "04-13 09:30", "Paie : Cegid met la main sur Lohnwerk",
         "Avec cette acquisition, Cegid prend pied sur le marché allemand des logiciels RH et revendique 1,2 milliard d'euros de revenus."),
        ("channelnews.fr", "04-13 11:00", "Cegid rachète Lohnwerk : quelles conséquences pour les partenaires ?",
         "Le rachat de l'éditeur de paie allemand par Cegid ouvre aux revendeurs français un catalogue RH élargi, mais pas avant 2027."),
    ]),
    # ---------------------------------------------- SAP Security Patch Day, April (single)
    ("sap-patch-day-april", "fresh85", [
        ("silicon.fr", "04-14 13:30", "SAP Patch Day d'avril : 19 notes de sécurité, dont deux critiques",
         "SAP corrige ce mois-ci une faille d'injection de code dans S/4HANA et une vulnérabilité d'authentification dans Business Objects."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, April
    ("patch-tuesday-april", "fresh85", [
        ("lemondeinformatique.fr", "04-14 18:45", "Patch Tuesday d'avril : 97 vulnérabilités corrigées par Microsoft",
         "Le lot de correctifs d'avril comble 97 failles, dont une zero-day exploitée dans le système de fichiers journalisé commun (CLFS) de Windows."),
        ("zdnet.fr", "04-14 20:30", "Microsoft : une zero-day au menu du Patch Tuesday d'avril",
         "La mise à jour de sécurité d'avril corrige 97 vulnérabilités, dont une déjà utilisée par des groupes de rançongiciel."),
        ("itforbusiness.fr", "04-15 08:00", "Patch Tuesday : priorité à la faille CLFS ce mois-ci",
         "Parmi les 97 vulnérabilités corrigées par Microsoft en avril, la zero-day du pilote CLFS doit être traitée en urgence par les équipes d'exploitation."),
    ]),
    # ---------------------------------------------- OVHcloud half-year results
    ("ovhcloud-results-h1", "fresh85", [
        ("lesechos.fr", "04-15 17:45", "OVHcloud relève ses prévisions après un semestre solide",
         "L'hébergeur roubaisien affiche un chiffre d'affaires semestriel de 560 millions d'euros, en croissance de 10 %, porté par le cloud public."),
        ("lemagit.fr", "04-16 07:30", "Résultats semestriels : le cloud public tire OVHcloud",
         "OVHcloud voit ses revenus de cloud public bondir de 18 % et relève son objectif de croissance annuelle."),
    ]),
    # ---------------------------------------------- Salesforce Hyperforce in France (single)
    ("salesforce-hyperforce-france", "fresh85", [
        ("silicon.fr", "04-15 10:00", "Salesforce rend Hyperforce disponible en France",
         "Les clients français de Salesforce peuvent désormais héberger leurs données dans une infrastructure Hyperforce située en France, sur AWS."),
    ]),
    # ---------------------------------------------- S3NS (Thales-Google) obtains SecNumCloud
    ("s3ns-secnumcloud", "fresh85", [
        ("lemagit.fr", "04-16 08:00", "S3NS décroche la qualification SecNumCloud",
         "La coentreprise de Thales et Google Cloud obtient le visa de l'Anssi pour son offre PREMI3NS, une première pour un cloud fondé sur une technologie américaine."),
        ("usine-digitale.fr", "04-16 09:30", "SecNumCloud : feu vert de l'Anssi pour S3NS, le cloud de Thales et Google",
         "Après trois ans d'audit, l'offre de S3NS devient le premier cloud hyperscale qualifié SecNumCloud 3.2 en France."),
        ("latribune.fr", "04-16 11:00", "Thales et Google obtiennent le label de cloud de confiance",
         "La qualification de S3NS par l'Agence nationale de la sécurité des systèmes d'information ouvre au duo franco-américain les marchés sensibles de l'État."),
        ("next.ink", "04-16 14:00", "Cloud de confiance : l'Anssi qualifie l'offre de Thales et Google",
         "PREMI3NS, opérée par S3NS sur des technologies Google Cloud, est qualifiée SecNumCloud ; reste la question de l'extraterritorialité du droit américain."),
    ]),
    # ---------------------------------------------- Windows Server bug caused by the April update, and its fix
    ("windows-server-april-bug", "fresh85", [
        ("lemondeinformatique.fr", "04-17 09:00", "Windows Server : la mise à jour d'avril fait redémarrer en boucle les contrôleurs de domaine",
         "Depuis l'installation des correctifs du 14 avril, des administrateurs signalent des contrôleurs de domaine Active Directory qui redémarrent sans cesse sous Windows Server 2022 et 2025."),
        ("zdnet.fr", "04-17 11:30", "Microsoft reconnaît un bug dans la mise à jour d'avril de Windows Server",
         "Un problème lié au service LSASS provoque des redémarrages en boucle des serveurs Active Directory ; Microsoft conseille de suspendre le déploiement."),
        ("silicon.fr", "04-18 08:30", "Contrôleurs de domaine : Microsoft publie un correctif d'urgence",
         "Microsoft a diffusé une mise à jour hors cycle pour corriger le bug des redémarrages en boucle introduit par le correctif d'avril de Windows Server."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 16 (single)
    ("lemagit-essentiel-w16", "fresh85", [
        ("lemagit.fr", "04-17 17:00", "L'essentiel de la semaine : Patch Tuesday, S3NS et Cegid",
         "Le Patch Tuesday d'avril, la qualification SecNumCloud de S3NS et le rachat de Lohnwerk par Cegid : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Big AWS us-east-1 outage, and the post-mortem
    ("aws-outage-us-east-1", "fresh85", [
        ("01net.com", "04-20 08:30", "Panne géante d'AWS : Snapchat, Fortnite et Canva inaccessibles",
         "Une panne du cloud d'Amazon en Virginie a rendu inaccessibles de nombreuses applications grand public et professionnelles pendant plusieurs heures lundi."),
        ("lemagit.fr", "04-20 09:00", "AWS : la région us-east-1 en panne, des milliers de services touchés",
         "Des erreurs en cascade sur DynamoDB et EC2 dans la région de Virginie du Nord ont perturbé des services dans le monde entier, y compris en Europe."),
        ("bfmtv.com", "04-20 10:15", "Pourquoi une panne chez Amazon a paralysé une partie d'Internet",
         "Banques, jeux vidéo, messageries : une défaillance dans un centre de données d'Amazon Web Services aux États-Unis a eu des répercussions jusqu'en France."),
        ("numerama.com", "04-20 12:00", "La panne d'Amazon Web Services est-elle terminée ?",
         "AWS annonce un retour progressif à la normale après plus de six heures de perturbations dans sa région us-east-1."),
        ("next.ink", "04-22 08:00", "Panne d'AWS : un bug dans le DNS de DynamoDB à l'origine de l'incident",
         "Dans son analyse post-incident, Amazon Web Services explique que la panne de lundi en Virginie a été déclenchée par une condition de concurrence dans son système de gestion DNS."),
    ]),
    # ---------------------------------------------- Microsoft 365 outage (Outlook, Teams), Europe
    ("m365-outage-outlook", "fresh85", [
        ("01net.com", "04-21 07:50", "Outlook et Teams en panne : Microsoft 365 perturbé en Europe",
         "Depuis le début de la matinée, de nombreux utilisateurs européens de Microsoft 365 ne parviennent plus à envoyer de courriels ni à rejoindre leurs réunions Teams."),
        ("clubic.com", "04-21 08:30", "Panne Microsoft 365 : Outlook et Teams ne répondent plus",
         "Microsoft confirme un incident touchant Exchange Online et Teams et évoque un problème d'authentification."),
        ("frandroid.com", "04-21 09:10", "Outlook ne fonctionne plus ? Vous n'êtes pas seul",
         "La messagerie de Microsoft est en panne pour des milliers d'utilisateurs en France ce mardi matin, selon Downdetector."),
        ("lemondeinformatique.fr", "04-21 11:00", "Microsoft 365 : trois heures de panne pour Exchange Online et Teams",
         "Microsoft attribue l'incident à une mise à jour défectueuse de son service d'authentification Entra ID, annulée en fin de matinée."),
    ]),
    # ---------------------------------------------- Oracle quarterly Critical Patch Update, April (single)
    ("oracle-cpu-april", "fresh85", [
        ("lemagit.fr", "04-21 21:30", "Oracle : 378 correctifs de sécurité dans la mise à jour trimestrielle d'avril",
         "Le Critical Patch Update d'avril corrige 378 vulnérabilités dans les produits d'Oracle, dont plusieurs exploitables à distance sans authentification dans E-Business Suite et WebLogic."),
    ]),
    # ---------------------------------------------- SAP Q1 results
    ("sap-results-q1", "fresh85", [
        ("lesechos.fr", "04-22 20:45", "SAP confirme ses objectifs grâce au cloud",
         "L'éditeur allemand affiche un chiffre d'affaires de 9,6 milliards d'euros au premier trimestre, dont 5,3 milliards pour le cloud, en hausse de 26 %."),
        ("lemagit.fr", "04-23 07:30", "Le cloud porte SAP au premier trimestre",
         "SAP voit son carnet de commandes cloud progresser de 28 % et maintient ses prévisions annuelles malgré le contexte macroéconomique."),
        ("lemondeinformatique.fr", "04-23 09:00", "Résultats : l'éditeur de Walldorf garde le cap",
         "Porté par Rise with SAP et la migration de ses clients vers S/4HANA Cloud, SAP publie un bénéfice opérationnel en hausse de 15 %."),
    ]),
    # ---------------------------------------------- Google Cloud Next announcements
    ("google-cloud-next", "fresh85", [
        ("silicon.fr", "04-22 17:00", "Google Cloud Next 2026 : les agents Gemini au cœur des annonces",
         "À Las Vegas, Google Cloud présente Gemini Enterprise Agents, de nouvelles puces TPU Ironwood 2 et un protocole d'échange entre agents."),
        ("lemondeinformatique.fr", "04-22 19:30", "Google Cloud Next : Thomas Kurian mise tout sur l'IA agentique",
         "Le patron de Google Cloud a dévoilé une plateforme unifiée pour créer et gouverner des agents d'IA en entreprise."),
    ]),
    # ---------------------------------------------- Dassault Systèmes Q1 results and share drop
    ("dassault-results-q1", "fresh85", [
        ("lesechos.fr", "04-23 05:45", "Dassault Systèmes abaisse ses objectifs annuels",
         "L'éditeur de logiciels de conception 3D table désormais sur une croissance de 4 % à 6 % de son chiffre d'affaires en 2026, pénalisé par le ralentissement de l'automobile."),
        ("latribune.fr", "04-23 07:30", "L'éditeur de Vélizy déçoit au premier trimestre",
         "Dassault Systèmes publie un chiffre d'affaires de 1,58 milliard d'euros, en deçà des attentes, et révise ses prévisions à la baisse."),
        ("usine-digitale.fr", "04-23 09:00", "Dassault Systèmes freiné par l'automobile et la Chine",
         "Le groupe revoit ses ambitions pour 2026 après un trimestre décevant dans l'industrie manufacturière, malgré la bonne tenue de 3DExperience."),
        ("bfmtv.com", "04-23 10:30", "Dassault Systèmes dévisse de 9 % à la Bourse de Paris",
         "Le titre de l'éditeur chute lourdement à l'ouverture après l'abaissement de ses objectifs annuels."),
    ]),
    # ---------------------------------------------- Cour des comptes report on Microsoft dependence
    ("cour-des-comptes-microsoft", "fresh85", [
        ("next.ink", "04-24 09:00", "La Cour des comptes épingle la dépendance de l'Éducation nationale à Microsoft",
         "Dans un rapport publié vendredi, les magistrats financiers chiffrent à 74 millions d'euros par an les licences Microsoft du ministère et recommandent un plan de sortie."),
        ("lemondeinformatique.fr", "04-24 11:00", "Licences Microsoft : la Cour des comptes tance l'Éducation nationale",
         "La juridiction critique l'accord-cadre passé avec Microsoft et l'absence de stratégie pour les logiciels libres."),
        ("numerama.com", "04-24 14:00", "« Une dépendance coûteuse » : la Cour des comptes veut sevrer l'école de Microsoft",
         "Le rapport pointe un coût croissant des licences et invite le ministère à généraliser les outils de la suite numérique de l'État."),
    ]),
    # ---------------------------------------------- AWS Graviton5 instances in Paris (single)
    ("aws-graviton5-paris", "fresh85", [
        ("lemondeinformatique.fr", "04-27 10:00", "AWS déploie ses instances Graviton5 dans sa région de Paris",
         "Les instances M9g et C9g, équipées des processeurs Arm Graviton5 conçus par Amazon, sont désormais disponibles dans la région eu-west-3."),
    ]),
    # ---------------------------------------------- USF and Cigref letter to SAP on Rise pricing
    ("usf-cigref-letter-rise", "fresh85", [
        ("lemagit.fr", "04-28 08:00", "L'USF et le Cigref interpellent SAP sur les prix de Rise",
         "Dans une lettre ouverte, les deux associations demandent à SAP de garantir la stabilité des tarifs Rise with SAP et le maintien d'une option de licence sur site."),
        ("lemondeinformatique.fr", "04-28 10:00", "Lettre ouverte : les clients français de SAP réclament de la transparence sur Rise",
         "Le club des utilisateurs SAP francophones et l'association des grandes entreprises dénoncent des contrats cloud jugés opaques et des hausses à chaque renouvellement."),
    ]),
    # ---------------------------------------------- 3DS Outscale opens a German region (single)
    ("outscale-region-germany", "fresh85", [
        ("lemagit.fr", "04-28 14:00", "3DS Outscale ouvre une région cloud en Allemagne",
         "La filiale cloud de Dassault Systèmes inaugure une région à Francfort, sa première hors de France, qualifiée C5 par le BSI."),
    ]),
    # ---------------------------------------------- Microsoft fiscal Q3 results
    ("microsoft-results-q3", "fresh85", [
        ("lesechos.fr", "04-29 21:00", "Azure accélère, Microsoft dépasse les attentes",
         "Le groupe de Satya Nadella affiche un chiffre d'affaires trimestriel de 78 milliards de dollars, et une croissance de 37 % pour Azure."),
        ("zdnet.fr", "04-30 08:00", "Microsoft : le cloud et l'IA portent un nouveau trimestre record",
         "Microsoft publie un bénéfice net de 29 milliards de dollars au troisième trimestre de son exercice, porté par Azure et Microsoft 365 Copilot."),
    ]),
    # ---------------------------------------------- Pennylane outage (single)
    ("pennylane-outage", "fresh85", [
        ("journaldunet.com", "04-30 11:00", "Pennylane : une panne prive des milliers de TPE de leur comptabilité",
         "Le logiciel de comptabilité est resté inaccessible près de quatre heures jeudi matin, en pleine période de clôture, à cause d'un incident chez son hébergeur."),
    ]),
    # ---------------------------------------------- Smaller AWS outage in the Paris region
    ("aws-outage-paris", "fresh85", [
        ("lemagit.fr", "05-04 09:10", "AWS : incident réseau dans la région de Paris",
         "Une zone de disponibilité de la région eu-west-3 a subi une perte de connectivité pendant 45 minutes lundi matin, perturbant des instances EC2 et des bases RDS."),
        ("silicon.fr", "05-04 11:30", "Coupure de connectivité chez AWS à Paris",
         "Amazon Web Services a confirmé un incident réseau dans l'une des trois zones de sa région parisienne, résolu en moins d'une heure."),
    ]),
    # ---------------------------------------------- SAP France job cuts
    ("sap-france-layoffs", "fresh85", [
        ("linforme.com", "05-05 06:00", "SAP France prépare un plan de départs de 120 postes",
         "Selon nos informations, la filiale française de l'éditeur allemand va présenter aux représentants du personnel une rupture conventionnelle collective visant 120 salariés."),
        ("lemagit.fr", "05-05 09:00", "L'éditeur de Walldorf réduit ses effectifs en France, selon L'Informé",
         "SAP France s'apprête à supprimer environ 120 postes, principalement dans les équipes d'avant-vente et de support liées aux offres sur site."),
        ("lemondeinformatique.fr", "05-05 10:30", "SAP France confirme une rupture conventionnelle collective",
         "La filiale française de SAP confirme un plan de départs volontaires portant sur une centaine de postes, malgré des résultats trimestriels en hausse."),
        ("channelnews.fr", "05-05 14:00", "Une centaine de départs chez SAP France",
         "SAP réorganise sa filiale hexagonale pour accompagner le passage au cloud ; environ 120 emplois sont concernés."),
    ]),
    # ---------------------------------------------- Microsoft France job cuts
    ("microsoft-france-layoffs", "fresh85", [
        ("lesechos.fr", "05-06 06:00", "Microsoft France va supprimer près de 200 postes",
         "La filiale française du groupe américain a présenté un projet de rupture conventionnelle collective touchant 190 salariés, dans les ventes et le marketing."),
        ("bfmtv.com", "05-06 08:30", "Plan de départs chez Microsoft France",
         "Malgré des résultats records, la filiale française de Microsoft veut se séparer de près de 200 collaborateurs, soit 10 % de ses effectifs."),
        ("lemondeinformatique.fr", "05-06 11:00", "Microsoft France : une RCC pour 190 salariés",
         "Le géant de Redmond réduit la voilure dans l'Hexagone, une semaine après avoir annoncé un trimestre record porté par Azure."),
    ]),
    # ---------------------------------------------- Court orders Broadcom to keep supporting an insurer's VMware licences
    ("broadcom-mutalis-injunction", "fresh85", [
        ("lemagit.fr", "05-07 08:30", "VMware : le tribunal de commerce ordonne à Broadcom de maintenir le support de Mutalis",
         "Saisi en référé par l'assureur mutualiste, le tribunal des activités économiques de Paris impose à Broadcom de continuer à assurer le support de ses licences perpétuelles pendant dix-huit mois."),
        ("lemondeinformatique.fr", "05-07 10:15", "Première victoire judiciaire en France contre Broadcom",
         "L'assureur Mutalis obtient en référé que Broadcom maintienne le support de ses licences VMware perpétuelles, sous astreinte de 50 000 euros par jour."),
        ("next.ink", "05-07 13:00", "Licences VMware perpétuelles : la justice donne raison à un client français",
         "L'ordonnance rendue en faveur de Mutalis pourrait inspirer d'autres clients de VMware confrontés à la fin du support de leurs licences."),
    ]),
    # ---------------------------------------------- Clubic weekly software deals, week 19 (single)
    ("clubic-deals-w19", "fresh85", [
        ("clubic.com", "05-08 12:00", "Les meilleures offres logiciels de la semaine : Office, stockage cloud et VPN",
         "Licences Office 2024 à prix réduit, stockage en ligne et VPN en promotion : notre sélection des bons plans logiciels de la semaine."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 19 (single)
    ("lemagit-essentiel-w19", "fresh85", [
        ("lemagit.fr", "05-08 17:00", "L'essentiel de la semaine : SAP France, Microsoft France et Broadcom",
         "Les plans de départs chez SAP France et Microsoft France et la décision de justice contre Broadcom : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Ransomware on the town of Saint-Brieuc
    ("ransomware-saint-brieuc", "fresh85", [
        ("lemagit.fr", "05-11 09:20", "Saint-Brieuc paralysée par un rançongiciel",
         "Les services de la ville et de l'agglomération de Saint-Brieuc fonctionnent en mode dégradé depuis qu'un ransomware a chiffré leurs hyperviseurs VMware ESXi dans la nuit de samedi à dimanche."),
        ("numerama.com", "05-11 12:00", "Cyberattaque à Saint-Brieuc : la mairie revient au papier",
         "État civil, cantine, médiathèques : la ville bretonne a coupé son informatique après une attaque par rançongiciel."),
        ("01net.com", "05-11 15:00", "La ville de Saint-Brieuc victime d'une cyberattaque",
         "La commune des Côtes-d'Armor a porté plainte et l'Anssi est sur place ; aucune demande de rançon n'a encore été rendue publique."),
    ]),
    # ---------------------------------------------- SAP Security Patch Day, May (single)
    ("sap-patch-day-may", "fresh85", [
        ("silicon.fr", "05-12 13:40", "SAP Patch Day de mai : une faille critique dans SAP GUI",
         "SAP publie 17 notes de sécurité en mai, dont une vulnérabilité critique dans SAP GUI pour Windows permettant de dérober des identifiants."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, May
    ("patch-tuesday-may", "fresh85", [
        ("lemondeinformatique.fr", "05-12 18:40", "Patch Tuesday de mai : Microsoft corrige 72 vulnérabilités",
         "Le lot de correctifs de mai comble 72 failles, dont cinq zero-day, notamment dans le moteur de script de Windows et dans le pilote DWM."),
        ("zdnet.fr", "05-12 20:50", "Cinq zero-day corrigées par Microsoft en mai",
         "La mise à jour de sécurité mensuelle de Microsoft corrige 72 vulnérabilités, dont cinq activement exploitées par des attaquants."),
        ("01net.com", "05-13 07:30", "Mettez vite à jour Windows : cinq failles déjà exploitées",
         "Microsoft a corrigé 72 vulnérabilités ce mois-ci, dont cinq utilisées par des pirates ; la mise à jour est disponible dans Windows Update."),
    ]),
    # ---------------------------------------------- Copilot agents for all Microsoft 365 users (single)
    ("microsoft-copilot-agents-word-excel", "fresh85", [
        ("lemondeinformatique.fr", "05-13 10:00", "Microsoft 365 Copilot : des agents dans Word et Excel",
         "Microsoft ouvre à tous les abonnés Microsoft 365 Copilot la création d'agents capables de rédiger des documents et d'analyser des classeurs en autonomie."),
    ]),
    # ---------------------------------------------- Sage half-year results (single)
    ("sage-results-h1", "fresh85", [
        ("lesechos.fr", "05-13 07:15", "Sage accélère dans le cloud au premier semestre",
         "L'éditeur britannique de logiciels de gestion affiche une croissance organique de 9 % de son chiffre d'affaires, portée par ses offres en ligne pour les PME."),
    ]),
    # ---------------------------------------------- Strike at SAP France
    ("sap-france-strike", "fresh85", [
        ("lemondeinformatique.fr", "05-14 10:00", "Grève chez SAP France contre le plan de départs",
         "À l'appel de la CFE-CGC et de la CFDT, une partie des salariés de SAP France a cessé le travail jeudi pour contester la rupture conventionnelle collective."),
        ("linforme.com", "05-14 12:00", "Les salariés de SAP France débraient",
         "Une première dans la filiale française de l'éditeur : environ 300 salariés se sont rassemblés devant le siège de Levallois-Perret."),
    ]),
    # ---------------------------------------------- Ransomware on the town of Vannes, four days later
    ("ransomware-vannes", "fresh85", [
        ("zdnet.fr", "05-15 10:00", "La mairie de Vannes victime d'une cyberattaque",
         "Les services informatiques de la ville de Vannes ont été coupés jeudi après la détection d'un rançongiciel, quatre jours après l'attaque contre Saint-Brieuc."),
        ("lemagit.fr", "05-15 14:30", "Vannes : un rançongiciel frappe la ville et son agglomération",
         "Golfe du Morbihan-Vannes Agglomération a activé sa cellule de crise ; le groupe Qilin revendique l'attaque."),
    ]),
    # ---------------------------------------------- Cegid names a new CEO (single)
    ("cegid-new-ceo", "fresh85", [
        ("lemondeinformatique.fr", "05-18 09:00", "Cegid change de directeur général",
         "L'éditeur lyonnais nomme à sa tête un ancien dirigeant de SAP pour piloter son expansion européenne après le rachat de Lohnwerk."),
    ]),
    # ---------------------------------------------- Competition authority opens an inquiry into Microsoft cloud licensing
    ("adlc-microsoft-cloud-licensing", "fresh85", [
        ("lesechos.fr", "05-19 07:00", "L'Autorité de la concurrence enquête sur les licences cloud de Microsoft",
         "Le gendarme de la concurrence s'autosaisit pour examiner si les conditions de licence de Microsoft pénalisent les clients qui hébergent Windows Server et SQL Server chez d'autres clouds."),
        ("lemagit.fr", "05-19 08:45", "Licences : l'Autorité de la concurrence ouvre une enquête sur Microsoft",
         "L'Autorité a ouvert une procédure au fond sur les pratiques de Microsoft dans le cloud, à la suite de plaintes d'hébergeurs français."),
        ("next.ink", "05-19 10:00", "Cloud : Microsoft dans le viseur de l'Autorité de la concurrence",
         "Les surcoûts facturés aux clients qui font tourner des logiciels Microsoft sur AWS ou Google Cloud sont au cœur de l'enquête ouverte mardi."),
        ("lemondeinformatique.fr", "05-19 12:00", "L'Autorité de la concurrence s'attaque aux pratiques de licence du géant de Redmond",
         "Une enquête est ouverte sur les restrictions de licence imposées par Microsoft aux clients de fournisseurs de cloud concurrents."),
        ("silicon.fr", "05-20 09:00", "Enquête de l'Autorité de la concurrence : Microsoft se dit « prêt à coopérer »",
         "Au lendemain de l'ouverture de la procédure, Microsoft France assure que ses conditions de licence respectent le droit de la concurrence."),
    ]),
    # ---------------------------------------------- SAP Sapphire announcements
    ("sap-sapphire", "fresh85", [
        ("usine-digitale.fr", "05-20 17:00", "Sapphire 2026 : SAP mise tout sur Joule et ses agents",
         "À Orlando, SAP présente une trentaine d'agents d'IA intégrés à Joule et une nouvelle couche de données, Business Data Cloud 2."),
        ("lemagit.fr", "05-21 07:30", "SAP Sapphire : Christian Klein promet des agents dans tous les processus métier",
         "Le patron de SAP a dévoilé des agents pour la finance, les achats et la chaîne logistique, disponibles d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- Bleu (Orange-Capgemini) obtains SecNumCloud
    ("bleu-secnumcloud", "fresh85", [
        ("lemagit.fr", "05-21 08:00", "Bleu obtient la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini, qui opère les technologies Azure et Microsoft 365, reçoit le visa de l'Anssi pour son offre de cloud de confiance."),
        ("latribune.fr", "05-21 09:30", "Le cloud d'Orange et Capgemini décroche le label de l'Anssi",
         "Cinq semaines après S3NS, Bleu devient le deuxième cloud fondé sur une technologie américaine à être qualifié SecNumCloud."),
        ("silicon.fr", "05-21 11:00", "SecNumCloud : feu vert pour Bleu",
         "L'Anssi qualifie l'offre de Bleu, ce qui ouvre aux administrations l'usage d'Azure et de Microsoft 365 dans un cadre de confiance."),
        ("usine-digitale.fr", "05-21 12:30", "Bleu, le cloud de confiance d'Orange et Capgemini, qualifié SecNumCloud",
         "La qualification arrive après trois ans de travaux ; Bleu revendique une trentaine de clients, dont plusieurs ministères."),
        ("lesechos.fr", "05-21 14:00", "Microsoft 365 « de confiance » : Bleu reçoit le précieux sésame",
         "La qualification SecNumCloud de Bleu permettra aux opérateurs d'importance vitale d'utiliser la bureautique de Microsoft hébergée en France."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 21 (single)
    ("lemagit-essentiel-w21", "fresh85", [
        ("lemagit.fr", "05-22 17:00", "L'essentiel de la semaine : Autorité de la concurrence, Bleu et Sapphire",
         "L'enquête sur les licences cloud de Microsoft, la qualification SecNumCloud de Bleu et les annonces de SAP Sapphire : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Dassault Systèmes buys a US simulation vendor
    ("dassault-acquisition-aerolith", "fresh85", [
        ("lesechos.fr", "05-26 06:00", "Dassault Systèmes rachète l'américain Aerolith pour 1,1 milliard de dollars",
         "L'éditeur français s'offre un spécialiste de la simulation aérodynamique afin de renforcer sa marque Simulia face à Ansys et Siemens."),
        ("usine-digitale.fr", "05-26 09:00", "Simulation : Dassault Systèmes met la main sur Aerolith",
         "Avec cette acquisition de 1,1 milliard de dollars, la plus importante depuis Medidata, Dassault Systèmes vise les constructeurs aéronautiques et automobiles."),
        ("lemondeinformatique.fr", "05-26 11:30", "Dassault Systèmes s'offre Aerolith",
         "Un mois après avoir abaissé ses prévisions, le groupe de Vélizy annonce le rachat de l'éditeur américain de logiciels de simulation, qui emploie 600 personnes."),
    ]),
    # ---------------------------------------------- Salesforce Q1 results
    ("salesforce-results-q1", "fresh85", [
        ("lesechos.fr", "05-27 21:30", "Salesforce relève ses prévisions grâce à Agentforce",
         "Le groupe de Marc Benioff affiche un chiffre d'affaires trimestriel de 10,9 milliards de dollars et revoit à la hausse son objectif annuel."),
        ("zdnet.fr", "05-28 08:15", "Résultats : Agentforce commence à peser chez Salesforce",
         "Salesforce revendique 18 000 clients pour sa plateforme d'agents d'IA et une croissance de 10 % de ses revenus au premier trimestre fiscal."),
    ]),
    # ---------------------------------------------- Broadcom appeals the Mutalis injunction, three weeks later
    ("broadcom-mutalis-appeal", "fresh85", [
        ("lemagit.fr", "05-28 09:00", "Broadcom fait appel de l'ordonnance Mutalis",
         "Le propriétaire de VMware conteste devant la cour d'appel de Paris la décision qui l'oblige à maintenir le support des licences perpétuelles de l'assureur."),
        ("channelnews.fr", "05-28 14:00", "VMware : Broadcom conteste sa condamnation en référé",
         "Trois semaines après l'ordonnance rendue en faveur de Mutalis, Broadcom a interjeté appel et demande la suspension de l'astreinte."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
