"""The 94th fresh labelled set (a general French tech newsroom: cloud, telecom, cyber, AI, jobs,
regulation, hardware, start-ups), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh94".
Positives: titles sharing few words with the rest of their story ("Coup de froid à Gravelines",
"Silence radio chez l'opérateur historique", "Le géant de Redmond plante son drapeau en Alsace");
events named only by periphrasis in one article ("le géant de Redmond", "l'opérateur historique",
"l'hébergeur roubaisien", "le numéro un français des ESN", "le géant de Mountain View", "l'opérateur
au carré rouge", "la licorne de l'assurance santé"); scoops and their syndication ("selon L'Informé",
"selon Les Echos"); numbers written differently ("1 800 postes" / "près de 1 800 emplois", "310 millions"
/ "310 M€"); explainers ("ce qui change pour les abonnés SFR", "ce que contient la RCC"); post-mortems
the next day (OVHcloud Gravelines, Orange mobile); a ransomware claim the day after the attack
(Cholet, Saint-Nazaire); France Travail explaining its leak the next day; a quote as a title; an
English word title ("Layoffs chez Capgemini ?").
Hard negatives: Capgemini's collective departure plan, then a strike against it nine days later, then
a Capgemini acquisition, then a Capgemini-Mistral AI partnership; two OVHcloud outages five days apart
(Gravelines cooling, then DNS/API), OVHcloud AI Endpoints and OVHcloud's SecNumCloud qualification;
Microsoft's Alsace datacentre, Patch Tuesday of November and December, an Outlook/Exchange outage then
a Teams outage nine days later, Ignite agents, then a Microsoft 365 price rise; the competition
authority's fine on Google, then Google's appeal four weeks later; Gemini 3.5 launch then a Gemini
outage four days later; a Pixel Drop then a Wi-Fi bug in the December Pixel update; a Google Cloud
Paris region outage; an Orange mobile outage, then an Orange fibre outage in Occitanie two weeks later,
an Orange strike and an Orange customer-data leak; Free's new mobile plan then a Freebox outage; SFR's
sale to the three operators; the CNIL's fine on Cdiscount then Cdiscount's appeal to the Conseil
d'État; ransomware on two hospitals (Cholet, Saint-Malo) five days apart and on a town (Saint-Nazaire);
an Orange leak then a France Travail leak two days apart; two funding rounds the same morning twice
(Dust and Sekoia.io; Alan and Pennylane); STMicroelectronics job cuts; Nvidia results; AI Act delay
vote, the resilience (NIS2) law and a DSA fine on TikTok; weekly roundups (LeMagIT, Next's Hebdo) and
Clubic's weekly deals including Black Friday then Cyber Monday, each recurrence its own event.
`build` fixes the year 2026; times are UTC, November to December 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 1.000, recall 0.993
(1.000 / 1.000 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- week 45: Quandela raises money (single)
    ("quandela-funding", "fresh94", [
        ("usine-digitale.fr", "11-02 07:00", "Informatique quantique : Quandela lève 95 millions d'euros",
         "La start-up francilienne, qui conçoit des ordinateurs quantiques photoniques à Massy, boucle une série C menée par Bpifrance et le fonds japonais SBI."),
    ]),
    # ---------------------------------------------- Capgemini announces a collective departure plan (RCC) in France
    ("capgemini-rcc-france", "fresh94", [
        ("linforme.com", "11-03 05:45", "Capgemini prépare le départ de 1 800 salariés en France",
         "Selon nos informations, l'ESN va présenter ce mardi aux syndicats une rupture conventionnelle collective visant environ 1 800 postes, essentiellement dans le conseil et l'intégration."),
        ("lemondeinformatique.fr", "11-03 08:20", "Capgemini lance une rupture conventionnelle collective, selon L'Informé",
         "Le groupe de services informatiques envisagerait de supprimer près de 1 800 emplois en France via des départs volontaires, dans un marché du conseil en berne."),
        ("lesechos.fr", "11-03 09:10", "Le numéro un français des ESN taille dans ses effectifs",
         "Confronté au ralentissement des projets chez ses clients, Capgemini confirme un plan de départs volontaires de 1 800 personnes dans l'Hexagone, soit près de 5 % de ses effectifs français."),
        ("channelnews.fr", "11-03 12:40", "Layoffs chez Capgemini ?",
         "L'ESN dirigée par Aiman Ezzat officialise une RCC portant sur 1 800 postes en France ; les syndicats dénoncent un plan social déguisé."),
        ("lemagit.fr", "11-04 08:00", "Capgemini : ce que contient la rupture conventionnelle collective",
         "Indemnités, métiers visés, calendrier jusqu'en juin 2027 : le détail du plan qui doit conduire au départ de quelque 1 800 salariés de Capgemini en France."),
    ]),
    # ---------------------------------------------- Free launches a new 5G mobile plan
    ("free-forfait-5g", "fresh94", [
        ("frandroid.com", "11-03 07:30", "Free Mobile lance un forfait 5G de 250 Go à 12,99 euros",
         "L'opérateur de Xavier Niel dégaine une nouvelle offre sans engagement, avec 35 Go en itinérance en Europe, disponible dès aujourd'hui."),
        ("lesnumeriques.com", "11-03 10:15", "Forfait Free 250 Go : que vaut la nouvelle offre de l'opérateur ?",
         "À 12,99 € par mois sans engagement, le nouveau forfait 5G de Free Mobile s'attaque frontalement à Red by SFR et B&You."),
    ]),
    # ---------------------------------------------- OVHcloud outage at Gravelines (cooling), with post-mortem
    ("ovh-outage-gravelines", "fresh94", [
        ("lemagit.fr", "11-04 07:50", "OVHcloud : une panne de refroidissement paralyse Gravelines",
         "Une défaillance du système de refroidissement du datacenter GRA7 a entraîné l'arrêt de milliers d'instances Public Cloud dans la nuit de mardi à mercredi."),
        ("silicon.fr", "11-04 09:30", "Coup de froid à Gravelines",
         "L'hébergeur roubaisien a dû couper une partie de ses serveurs du Nord pour éviter la surchauffe ; le service a été rétabli après environ cinq heures."),
        ("01net.com", "11-04 11:05", "Panne OVH : des milliers de sites inaccessibles pendant la nuit",
         "Un incident sur le circuit de refroidissement d'un datacenter de Gravelines a privé de nombreux clients d'OVHcloud de leurs machines virtuelles pendant cinq heures."),
        ("next.ink", "11-04 13:20", "Chez OVHcloud, GRA7 a eu chaud",
         "Le datacenter de Gravelines a dû arrêter des baies entières après une panne de pompe du circuit d'eau glacée ; les volumes de stockage n'auraient pas été touchés."),
        ("lemondeinformatique.fr", "11-05 09:45", "OVHcloud publie le post-mortem de l'incident de Gravelines",
         "Une pompe du circuit d'eau glacée de GRA7 est tombée en panne et la bascule sur la pompe de secours a échoué, explique l'hébergeur, qui promet des indemnisations."),
    ]),
    # ---------------------------------------------- Microsoft announces a datacentre campus in Alsace
    ("microsoft-datacenter-alsace", "fresh94", [
        ("lesechos.fr", "11-05 06:00", "Microsoft va construire un campus de datacenters près de Mulhouse",
         "L'éditeur américain investit 2,8 milliards d'euros dans un site de 250 mégawatts en Alsace, qui doit entrer en service en 2029 pour ses services d'IA et Azure."),
        ("usine-digitale.fr", "11-05 08:45", "Le géant de Redmond plante son drapeau en Alsace",
         "Microsoft confirme un campus de centres de données de 250 MW dans le Haut-Rhin, pour un investissement de 2,8 milliards d'euros et 300 emplois directs."),
        ("lemondeinformatique.fr", "11-05 10:30", "Azure : Microsoft annonce une nouvelle région cloud dans l'est de la France",
         "Le futur campus de Mulhouse, doté de 2,8 Md€, accueillera une région Azure et des capacités de calcul pour l'IA générative à partir de 2029."),
    ]),
    # ---------------------------------------------- STMicroelectronics cuts jobs at Crolles and Rousset
    ("stmicro-jobs-france", "fresh94", [
        ("latribune.fr", "11-05 07:15", "STMicroelectronics va supprimer un millier de postes en France",
         "Le fabricant franco-italien de semi-conducteurs prévoit 1 000 départs volontaires sur ses sites de Crolles et Rousset, dans le cadre de son plan de réduction des coûts."),
        ("usine-digitale.fr", "11-05 10:00", "Semi-conducteurs : ST réduit la voilure à Crolles et Rousset",
         "STMicroelectronics confirme un millier de suppressions de postes en France d'ici fin 2027, sans licenciements contraints, selon la direction."),
        ("lemondeinformatique.fr", "11-05 14:40", "Un plan de 1 000 départs chez STMicroelectronics",
         "Le groupe, qui souffre du ralentissement du marché automobile, annonce des départs volontaires touchant surtout ses usines de l'Isère et des Bouches-du-Rhône."),
    ]),
    # ---------------------------------------------- Orange mobile network outage, with post-mortem the next day
    ("orange-outage-mobile", "fresh94", [
        ("bfmtv.com", "11-06 07:40", "Panne géante chez Orange : appels et SMS impossibles dans toute la France",
         "Depuis 6 heures ce vendredi, de nombreux abonnés mobiles d'Orange ne peuvent plus téléphoner ni envoyer de SMS, y compris vers les numéros d'urgence."),
        ("01net.com", "11-06 08:55", "Orange : le réseau mobile en rade, l'opérateur confirme un incident",
         "L'opérateur historique reconnaît une panne nationale de son réseau mobile touchant la voix et les SMS ; les données mobiles fonctionnent partiellement."),
        ("frandroid.com", "11-06 09:30", "Silence radio chez l'opérateur historique",
         "Pas de tonalité, pas de SMS : les clients mobiles d'Orange sont privés d'appels depuis le petit matin. Voici ce que l'on sait."),
        ("numerama.com", "11-06 11:20", "Panne Orange : le service revient progressivement après trois heures",
         "Le réseau mobile d'Orange se rétablit peu à peu ; l'opérateur évoque un problème sur un équipement de cœur de réseau et non une cyberattaque."),
        ("lefigaro.fr", "11-07 08:30", "Panne d'Orange : une mise à jour logicielle mise en cause",
         "Au lendemain de la coupure de trois heures de son réseau mobile, Orange attribue l'incident à une mise à jour défectueuse d'un serveur de gestion des abonnés ; le gouvernement demande un rapport."),
    ]),
    # ---------------------------------------------- weekly roundups, week 45
    ("lemagit-roundup-w45", "fresh94", [
        ("lemagit.fr", "11-06 17:00", "L'essentiel de la semaine : Capgemini, OVHcloud et Microsoft",
         "La RCC de Capgemini, la panne de refroidissement de Gravelines et le campus alsacien de Microsoft : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-45", "fresh94", [
        ("next.ink", "11-07 08:00", "Hebdo #45 : GRA7 a chaud, Orange se tait",
         "Chaque samedi, notre sélection : le post-mortem d'OVHcloud, la panne du réseau mobile d'Orange et les départs chez Capgemini et STMicroelectronics."),
    ]),
    # ---------------------------------------------- week 46: OVHcloud DNS / API outage (second outage, 5 days later)
    ("ovh-outage-dns", "fresh94", [
        ("lemagit.fr", "11-09 10:10", "OVHcloud : l'espace client et l'API inaccessibles lundi matin",
         "Un dysfonctionnement de ses serveurs DNS internes a rendu le manager et l'API d'OVHcloud indisponibles pendant deux heures, sans toucher les serveurs des clients."),
        ("next.ink", "11-09 12:25", "Nouvelle panne chez OVHcloud, côté DNS cette fois",
         "Cinq jours après l'incident de Gravelines, l'hébergeur a subi une panne de résolution DNS qui a bloqué l'accès à son interface d'administration et à son API."),
    ]),
    # ---------------------------------------------- Patch Tuesday of November
    ("patch-tuesday-nov", "fresh94", [
        ("lemondeinformatique.fr", "11-10 19:00", "Patch Tuesday de novembre : Microsoft corrige 63 vulnérabilités",
         "Le lot de correctifs mensuel de Microsoft comble 63 failles, dont deux zero-day exploitées dans le pilote Common Log File System et dans Windows SmartScreen."),
        ("zdnet.fr", "11-10 21:15", "Microsoft : deux failles zero-day corrigées en novembre",
         "La mise à jour de sécurité de novembre colmate 63 vulnérabilités dans Windows, Office et Exchange, dont deux activement exploitées."),
        ("silicon.fr", "11-11 08:10", "Patch Tuesday : 63 correctifs et 2 zero-day",
         "Microsoft a publié mardi soir ses correctifs de novembre ; les administrateurs sont invités à prioriser les failles CLFS et SmartScreen."),
    ]),
    # ---------------------------------------------- Mistral AI releases a reasoning model
    ("mistral-magistral-2", "fresh94", [
        ("usine-digitale.fr", "11-10 09:00", "Mistral AI dévoile Magistral 2, son nouveau modèle de raisonnement",
         "La start-up parisienne publie un modèle de raisonnement de 120 milliards de paramètres, dont une version réduite sous licence Apache 2.0."),
        ("numerama.com", "11-10 12:30", "Magistral 2 : Mistral AI veut rivaliser avec les modèles d'OpenAI",
         "Le champion français de l'IA affirme que son nouveau modèle de raisonnement égale les meilleurs modèles américains en mathématiques et en code."),
        ("clubic.com", "11-10 15:45", "« Le meilleur modèle ouvert au monde » : Mistral AI lance Magistral 2",
         "Arthur Mensch présente Magistral 2, disponible dans Le Chat et via l'API, avec une déclinaison ouverte de 24 milliards de paramètres."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Google (neighbouring rights)
    ("google-amende-droits-voisins", "fresh94", [
        ("lesechos.fr", "11-12 07:00", "Droits voisins : l'Autorité de la concurrence inflige 310 millions d'euros à Google",
         "Le gendarme de la concurrence sanctionne le moteur de recherche pour avoir utilisé les contenus des éditeurs de presse pour entraîner Gemini sans les en informer."),
        ("lefigaro.fr", "11-12 09:20", "Google condamné à une amende de 310 M€ en France",
         "L'Autorité de la concurrence reproche au géant de Mountain View de ne pas avoir respecté ses engagements envers les éditeurs de presse."),
        ("numerama.com", "11-12 11:00", "Presse et IA : pourquoi Google écope d'une amende de 310 millions d'euros",
         "L'Autorité de la concurrence estime que Google a entraîné son IA sur des articles de presse sans négocier ; c'est la troisième sanction du genre."),
        ("next.ink", "11-12 14:30", "Droits voisins : nouvelle sanction contre Google",
         "310 millions d'euros : l'Autorité de la concurrence sanctionne encore Google, à qui elle reproche le non-respect de quatre de ses sept engagements de 2022."),
    ]),
    # ---------------------------------------------- strike at Capgemini against the RCC (9 days after it)
    ("capgemini-strike", "fresh94", [
        ("lemondeinformatique.fr", "11-12 10:40", "Grève chez Capgemini contre le plan de départs",
         "À l'appel de la CGT et de la CFE-CGC, des salariés de Capgemini ont débrayé jeudi à Paris, Toulouse et Lyon pour protester contre la rupture conventionnelle collective."),
        ("linforme.com", "11-12 13:15", "Capgemini : premier mouvement de grève depuis dix ans",
         "Plusieurs centaines de salariés de l'ESN ont cessé le travail ce jeudi ; les syndicats réclament l'abandon de l'objectif de 1 800 départs."),
        ("channelnews.fr", "11-12 16:00", "Débrayage chez Capgemini",
         "Les syndicats de Capgemini ont organisé un arrêt de travail dans plusieurs agences françaises, neuf jours après l'annonce de la RCC."),
    ]),
    # ---------------------------------------------- ransomware at the Cholet hospital, with claim the next day
    ("ransomware-ch-cholet", "fresh94", [
        ("lemagit.fr", "11-13 08:30", "Le centre hospitalier de Cholet frappé par un rançongiciel",
         "L'hôpital de Cholet, dans le Maine-et-Loire, fonctionne en mode dégradé depuis qu'une attaque par ransomware a chiffré une partie de ses serveurs dans la nuit de jeudi à vendredi."),
        ("zdnet.fr", "11-13 11:10", "Cyberattaque : l'hôpital de Cholet revient au papier",
         "Les urgences et le bloc opératoire du centre hospitalier de Cholet sont touchés ; des patients sont transférés vers Angers. L'ANSSI est sur place."),
        ("01net.com", "11-13 15:00", "Cholet : l'hôpital paralysé par des pirates",
         "Victime d'un rançongiciel, le centre hospitalier de Cholet a déclenché son plan blanc et déprogrammé des opérations non urgentes."),
        ("numerama.com", "11-14 10:20", "Cyberattaque contre l'hôpital de Cholet : Qilin revendique",
         "Le groupe de ransomware Qilin affirme avoir dérobé 400 Go de données au centre hospitalier de Cholet et menace de les publier d'ici une semaine."),
    ]),
    ("lemagit-roundup-w46", "fresh94", [
        ("lemagit.fr", "11-13 17:00", "L'essentiel de la semaine : Patch Tuesday, Google et Cholet",
         "Les 63 correctifs de Microsoft, l'amende de Google et le rançongiciel contre l'hôpital de Cholet : ce qu'il fallait retenir cette semaine."),
    ]),
    ("clubic-deals-w46", "fresh94", [
        ("clubic.com", "11-13 12:00", "Les bons plans de la semaine : SSD, casques et smartphones en promo",
         "Notre sélection hebdomadaire des meilleures offres tech : un SSD de 2 To à 99 €, le casque Sony WH-1000XM6 en baisse et le Pixel 10 à prix cassé."),
    ]),
    ("next-hebdo-46", "fresh94", [
        ("next.ink", "11-14 08:00", "Hebdo #46 : droits voisins, DNS et grève",
         "Chaque samedi, notre sélection : la sanction de Google, la panne DNS d'OVHcloud et le débrayage des salariés de Capgemini."),
    ]),
    # ---------------------------------------------- week 47: Outlook / Exchange Online outage
    ("microsoft-outlook-outage", "fresh94", [
        ("01net.com", "11-16 08:20", "Outlook en panne : impossible d'envoyer des e-mails ce lundi matin",
         "Depuis 7 heures, de nombreux utilisateurs d'Outlook et d'Exchange Online en Europe ne peuvent plus envoyer ni recevoir de messages."),
        ("zdnet.fr", "11-16 10:05", "Exchange Online : Microsoft reconnaît un incident en Europe",
         "Le géant de Redmond attribue la panne de sa messagerie professionnelle à une modification de configuration de son infrastructure d'authentification, annulée en fin de matinée."),
        ("clubic.com", "11-16 12:40", "La messagerie de Microsoft 365 a été coupée quatre heures",
         "Outlook et Exchange Online sont de nouveau accessibles après une matinée de panne qui a touché des millions d'entreprises européennes."),
    ]),
    # ---------------------------------------------- two funding rounds the same morning: Dust and Sekoia.io
    ("dust-funding", "fresh94", [
        ("lesechos.fr", "11-17 06:00", "Agents d'IA : Dust lève 60 millions de dollars",
         "La start-up parisienne fondée par Gabriel Hubert et Stanislas Polu, qui permet aux entreprises de créer leurs propres agents d'IA, boucle une série B menée par Sequoia."),
        ("usine-digitale.fr", "11-17 09:15", "Dust boucle une série B de 60 M$ pour ses agents d'IA en entreprise",
         "La jeune pousse française, qui revendique 2 000 entreprises clientes, compte doubler ses effectifs et ouvrir un bureau à New York."),
    ]),
    ("sekoia-funding", "fresh94", [
        ("lesechos.fr", "11-17 06:30", "Cybersécurité : Sekoia.io lève 50 millions d'euros",
         "L'éditeur français de plateforme de détection des menaces réunit 50 millions d'euros auprès de Bpifrance et d'Eurazeo pour accélérer en Europe."),
        ("lemagit.fr", "11-17 10:30", "Sekoia.io s'offre 50 M€ pour conquérir l'Europe",
         "Le spécialiste français du SOC et de la threat intelligence veut recruter 150 personnes et s'implanter en Allemagne et en Espagne."),
    ]),
    # ---------------------------------------------- Microsoft Ignite: Copilot agents
    ("microsoft-ignite-agents", "fresh94", [
        ("lemondeinformatique.fr", "11-17 18:30", "Ignite 2026 : Microsoft mise tout sur les agents Copilot",
         "En ouverture de sa conférence Ignite à San Francisco, Microsoft a présenté Copilot Studio Agents, des agents autonomes capables d'enchaîner des tâches dans Microsoft 365 et Dynamics."),
        ("silicon.fr", "11-17 20:10", "Ignite : les annonces de Microsoft pour les entreprises",
         "Agents autonomes, nouvelle console d'administration Agent 365 et puces Maia 200 : ce que Microsoft a dévoilé lors de sa grand-messe annuelle."),
        ("itforbusiness.fr", "11-18 09:00", "Avec Agent 365, Microsoft veut gouverner les agents d'IA",
         "Présentée à Ignite, la console Agent 365 permet aux DSI d'inventorier, de sécuriser et de facturer les agents Copilot déployés dans l'entreprise."),
    ]),
    # ---------------------------------------------- Capgemini acquires a Lyon data consultancy
    ("capgemini-acquires-altais", "fresh94", [
        ("lesechos.fr", "11-18 06:30", "Capgemini s'offre le lyonnais Altaïs Data",
         "L'ESN rachète pour 420 millions d'euros ce cabinet de conseil en données et IA de 900 salariés, malgré son plan de départs en cours en France."),
        ("lemondeinformatique.fr", "11-18 09:40", "Capgemini acquiert Altaïs Data pour renforcer son offre IA",
         "Le rachat du spécialiste lyonnais de l'ingénierie de données, valorisé 420 M€, doit être finalisé au premier trimestre 2027."),
        ("channelnews.fr", "11-18 14:20", "Altaïs Data tombe dans l'escarcelle de Capgemini",
         "Les 900 consultants du cabinet rhodanien rejoindront la branche Insights & Data de Capgemini ; le montant de l'opération atteint 420 millions d'euros."),
    ]),
    # ---------------------------------------------- ransomware at the Saint-Malo hospital (5 days after Cholet)
    ("ransomware-ch-saint-malo", "fresh94", [
        ("lemagit.fr", "11-18 09:50", "Rançongiciel : le centre hospitalier de Saint-Malo touché à son tour",
         "Cinq jours après Cholet, l'hôpital de Saint-Malo a été victime d'une attaque par ransomware qui a coupé son dossier patient informatisé."),
        ("numerama.com", "11-18 13:30", "Nouvelle cyberattaque contre un hôpital breton",
         "Le centre hospitalier de Saint-Malo a déclenché son plan blanc après le chiffrement de plusieurs serveurs ; aucune revendication pour l'instant."),
    ]),
    # ---------------------------------------------- OVHcloud AI Endpoints general availability
    ("ovh-ai-endpoints", "fresh94", [
        ("lemagit.fr", "11-18 11:00", "OVHcloud ouvre AI Endpoints à tous ses clients",
         "Le service d'inférence de modèles ouverts d'OVHcloud, hébergé en France, passe en disponibilité générale avec une quarantaine de modèles dont Llama et Mistral."),
        ("silicon.fr", "11-18 15:10", "IA souveraine : l'hébergeur roubaisien industrialise l'inférence",
         "Avec AI Endpoints, désormais commercialisé, OVHcloud facture l'appel aux modèles au million de tokens, depuis ses datacenters de Gravelines."),
        ("journaldunet.com", "11-19 08:00", "AI Endpoints d'OVHcloud : les tarifs et les modèles disponibles",
         "Le service d'OVHcloud propose une quarantaine de modèles ouverts à partir de 0,10 euro le million de tokens ; voici comment il se compare aux offres américaines."),
    ]),
    # ---------------------------------------------- Google launches Gemini 3.5
    ("google-gemini-35-launch", "fresh94", [
        ("numerama.com", "11-19 16:10", "Google lance Gemini 3.5, son modèle le plus puissant",
         "Le nouveau modèle de Google, disponible dès aujourd'hui en France dans l'application Gemini, promet de meilleures capacités de raisonnement et d'agent."),
        ("frandroid.com", "11-19 17:00", "Gemini 3.5 est là : ce qui change sur votre smartphone Android",
         "Le géant de Mountain View déploie Gemini 3.5 sur Android et dans Chrome ; les abonnés Google AI Pro y ont accès sans limite."),
        ("01net.com", "11-19 18:30", "Gemini 3.5 : Google répond à OpenAI",
         "Google dévoile la version 3.5 de son IA Gemini, qui arrive en France le même jour qu'aux États-Unis, avec un mode « Deep Think » amélioré."),
    ]),
    # ---------------------------------------------- Nvidia quarterly results
    ("nvidia-results-q3", "fresh94", [
        ("lesechos.fr", "11-19 22:00", "Nvidia pulvérise encore les attentes avec 68 milliards de dollars de chiffre d'affaires",
         "Le fabricant de puces a vu ses ventes trimestrielles bondir de 62 % sur un an, portées par la demande des centres de données pour l'IA."),
        ("bfmtv.com", "11-20 06:30", "Nvidia : des résultats records qui rassurent les marchés",
         "Le géant américain des processeurs graphiques a publié un chiffre d'affaires trimestriel de 68 Md$, au-dessus du consensus, et relève ses prévisions."),
    ]),
    # ---------------------------------------------- European Parliament votes to delay AI Act obligations
    ("ai-act-delay-vote", "fresh94", [
        ("next.ink", "11-19 12:40", "AI Act : le Parlement européen vote le report des obligations sur l'IA à haut risque",
         "Les eurodéputés ont adopté par 402 voix contre 210 le report de seize mois des règles applicables aux systèmes d'IA à haut risque, prévu par l'omnibus numérique."),
        ("usine-digitale.fr", "11-19 15:30", "Les règles de l'AI Act sur l'IA à haut risque repoussées à fin 2027",
         "Le Parlement européen valide le report demandé par la Commission ; les entreprises auront jusqu'en décembre 2027 pour se conformer."),
    ]),
    # ---------------------------------------------- Orange fibre outage in Occitanie (two weeks after the mobile outage)
    ("orange-outage-fibre-occitanie", "fresh94", [
        ("01net.com", "11-20 09:15", "Panne Orange : la fibre coupée dans une partie de l'Occitanie",
         "Des dizaines de milliers d'abonnés fibre d'Orange autour de Toulouse et de Montpellier sont privés d'Internet depuis jeudi soir, après le sectionnement de câbles."),
        ("frandroid.com", "11-20 11:30", "Orange : un acte de vandalisme prive d'Internet des clients fibre du Sud",
         "L'opérateur évoque des câbles sectionnés volontairement près de Carcassonne ; le rétablissement complet est attendu dans la soirée."),
    ]),
    ("lemagit-roundup-w47", "fresh94", [
        ("lemagit.fr", "11-20 17:00", "L'essentiel de la semaine : Ignite, Sekoia.io et Saint-Malo",
         "Les agents de Microsoft, la levée de Sekoia.io, AI Endpoints d'OVHcloud et le rançongiciel contre l'hôpital de Saint-Malo : ce qu'il fallait retenir cette semaine."),
    ]),
    ("clubic-deals-w47", "fresh94", [
        ("clubic.com", "11-20 12:00", "Les bons plans de la semaine : avant-goût du Black Friday",
         "Notre sélection hebdomadaire : les premières offres anticipées du Black Friday sur les téléviseurs OLED, les aspirateurs robots et les forfaits mobiles."),
    ]),
    ("next-hebdo-47", "fresh94", [
        ("next.ink", "11-21 08:00", "Hebdo #47 : Ignite, AI Act et Gemini 3.5",
         "Chaque samedi, notre sélection : les agents de Microsoft, le report voté par les eurodéputés et le nouveau modèle de Google."),
    ]),
    # ---------------------------------------------- week 48: Gemini outage (four days after the 3.5 launch)
    ("gemini-outage", "fresh94", [
        ("frandroid.com", "11-23 10:20", "Gemini ne répond plus : l'assistant de Google en panne",
         "Depuis ce lundi matin, l'application Gemini affiche « Un problème est survenu » pour de nombreux utilisateurs en Europe ; Google enquête."),
        ("numerama.com", "11-23 13:05", "Panne de Gemini : Google invoque une saturation de ses serveurs",
         "L'assistant de Google a été indisponible près de trois heures ; l'entreprise évoque un afflux de requêtes vers son nouveau modèle."),
    ]),
    # ---------------------------------------------- CERT-FR alert on a Fortinet flaw (single)
    ("certfr-fortinet-alert", "fresh94", [
        ("lemagit.fr", "11-24 08:40", "Le CERT-FR alerte sur une faille critique de FortiGate activement exploitée",
         "L'ANSSI appelle à corriger sans délai une vulnérabilité de contournement d'authentification dans FortiOS, exploitée contre des collectivités françaises."),
    ]),
    # ---------------------------------------------- Altice signs the sale of SFR to Bouygues, Free and Orange
    ("sfr-sale-signed", "fresh94", [
        ("lesechos.fr", "11-24 06:15", "Altice signe la vente de SFR à Bouygues Telecom, Free et Orange",
         "Patrick Drahi cède l'opérateur au carré rouge pour 17 milliards d'euros ; ses abonnés et ses actifs seront répartis entre les trois concurrents."),
        ("latribune.fr", "11-24 08:00", "Télécoms : la fin de SFR est actée",
         "Le consortium formé par Bouygues Telecom, Iliad et Orange a signé l'accord de rachat de SFR pour 17 Md€ ; le marché français repasse à trois opérateurs."),
        ("bfmtv.com", "11-24 09:30", "SFR vendu 17 milliards d'euros : « un tournant historique » pour les télécoms français",
         "Le rachat de SFR par ses trois rivaux doit encore être autorisé par l'Autorité de la concurrence et la Commission européenne."),
        ("lefigaro.fr", "11-24 11:00", "Le démantèlement de SFR signé, selon Les Echos",
         "Altice et le trio Bouygues-Free-Orange ont conclu dans la nuit l'accord de cession de SFR, valorisé 17 milliards d'euros."),
        ("zdnet.fr", "11-24 13:45", "SFR passe sous la coupe de ses trois concurrents",
         "Bouygues Telecom récupère l'essentiel des clients entreprises, Free et Orange se partagent les abonnés grand public et les fréquences."),
        ("numerama.com", "11-24 16:00", "Rachat de SFR : ce qui change pour les abonnés",
         "Vos forfaits, votre box et votre adresse e-mail SFR : ce qui va se passer pour les 19 millions de clients de l'opérateur après sa vente."),
    ]),
    # ---------------------------------------------- Teams outage (nine days after the Outlook outage)
    ("microsoft-teams-outage", "fresh94", [
        ("01net.com", "11-25 14:10", "Microsoft Teams en panne dans le monde entier",
         "Réunions coupées, messages bloqués : l'application de visioconférence de Microsoft est indisponible depuis le début d'après-midi pour de nombreux utilisateurs."),
        ("clubic.com", "11-25 16:30", "Teams revient après deux heures de panne mondiale",
         "Microsoft a identifié une mise à jour défaillante de son réseau de distribution, à l'origine de l'interruption de Teams mercredi après-midi."),
    ]),
    # ---------------------------------------------- the CNIL fines Cdiscount over cookies
    ("cnil-fine-cdiscount", "fresh94", [
        ("next.ink", "11-26 09:00", "Cookies : la CNIL inflige 6 millions d'euros d'amende à Cdiscount",
         "La formation restreinte de la CNIL reproche au site de commerce en ligne bordelais d'avoir déposé des traceurs publicitaires avant tout consentement."),
        ("numerama.com", "11-26 11:45", "Cdiscount sanctionné par la CNIL pour ses cookies",
         "Le e-commerçant écope de 6 M€ d'amende : ses traceurs publicitaires continuaient à fonctionner même après un refus de l'internaute."),
        ("lefigaro.fr", "11-26 15:20", "Amende de 6 millions d'euros pour Cdiscount",
         "La CNIL sanctionne le site du groupe Casino pour manquements à la législation sur les traceurs ; Cdiscount conteste la décision."),
    ]),
    # ---------------------------------------------- ransomware at the town of Saint-Nazaire, claim the next day
    ("cyberattack-saint-nazaire", "fresh94", [
        ("lemagit.fr", "11-26 10:30", "La ville de Saint-Nazaire victime d'une cyberattaque",
         "Les services de la mairie et de l'agglomération Carene sont à l'arrêt depuis mercredi ; l'état civil et les inscriptions scolaires se font sur papier."),
        ("bfmtv.com", "11-26 14:00", "Saint-Nazaire : la mairie paralysée par des pirates informatiques",
         "La municipalité a porté plainte et coupé ses serveurs ; les données des habitants pourraient avoir été dérobées."),
        ("zdnet.fr", "11-27 09:40", "Cyberattaque à Saint-Nazaire : le groupe SafePay revendique",
         "Le gang de rançongiciel SafePay affirme avoir exfiltré 600 Go de données de la ville de Saint-Nazaire et de son agglomération."),
    ]),
    ("clubic-deals-w48", "fresh94", [
        ("clubic.com", "11-27 07:00", "Black Friday 2026 : les meilleures offres tech du jour",
         "iPhone 17, PlayStation 5, MacBook Air et téléviseurs : notre sélection des vraies bonnes affaires de ce Black Friday, mise à jour toute la journée."),
    ]),
    ("lemagit-roundup-w48", "fresh94", [
        ("lemagit.fr", "11-27 17:00", "L'essentiel de la semaine : SFR, Teams et Saint-Nazaire",
         "La vente de SFR, la panne mondiale de Teams, l'amende de Cdiscount et la cyberattaque contre Saint-Nazaire : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-48", "fresh94", [
        ("next.ink", "11-28 08:00", "Hebdo #48 : SFR démantelé, Cdiscount sanctionné",
         "Chaque samedi, notre sélection : l'accord de cession de SFR, l'amende de la CNIL contre Cdiscount et la panne de Gemini."),
    ]),
    # ---------------------------------------------- week 49: Cyber Monday deals (single)
    ("clubic-cyber-monday", "fresh94", [
        ("clubic.com", "11-30 07:00", "Cyber Monday : les dernières promos tech à ne pas rater",
         "Dernier jour pour profiter des remises : SSD, écouteurs, consoles et ordinateurs portables, notre sélection des offres encore valables ce lundi."),
    ]),
    # ---------------------------------------------- strike at Orange (field technicians)
    ("orange-strike-technicians", "fresh94", [
        ("lemondeinformatique.fr", "12-01 10:15", "Grève chez Orange : les techniciens d'intervention débraient",
         "À l'appel de SUD et de la CGT, les techniciens d'Orange protestent contre le recours croissant à la sous-traitance pour les raccordements fibre."),
        ("bfmtv.com", "12-01 13:40", "Orange : mobilisation des techniciens contre la sous-traitance",
         "Plusieurs milliers de salariés de l'opérateur historique ont cessé le travail ce mardi ; des interventions chez les particuliers sont reportées."),
    ]),
    # ---------------------------------------------- Microsoft raises Microsoft 365 business prices
    ("microsoft-365-price-rise", "fresh94", [
        ("lemondeinformatique.fr", "12-01 08:30", "Microsoft 365 : hausse des prix de 10 % pour les entreprises en avril 2027",
         "Microsoft augmente le tarif de ses abonnements Microsoft 365 E3, E5 et Business Premium, en justifiant la hausse par l'intégration de fonctions Copilot."),
        ("itforbusiness.fr", "12-01 11:00", "Les DSI vont payer plus cher Microsoft 365",
         "À partir du 1er avril 2027, les licences professionnelles de la suite bureautique de Microsoft augmenteront d'environ 10 % ; le Cigref dénonce une hausse imposée."),
        ("silicon.fr", "12-01 15:25", "Le géant de Redmond augmente encore ses licences",
         "Les offres Microsoft 365 pour entreprises prendront 10 % au printemps ; c'est la deuxième hausse en deux ans."),
    ]),
    # ---------------------------------------------- Google December Pixel Drop
    ("google-pixel-drop-dec", "fresh94", [
        ("frandroid.com", "12-01 18:10", "Pixel Drop de décembre : les nouveautés qui arrivent sur votre Pixel",
         "Google déploie sa mise à jour de fonctionnalités trimestrielle : filtrage des appels par Gemini, nouvelles options de personnalisation et mode batterie adaptatif."),
        ("numerama.com", "12-01 19:30", "Google déploie un nouveau Pixel Drop avec plus d'IA",
         "Le Pixel Drop de décembre ajoute des fonctions Gemini aux Pixel 8 à 10 ; le déploiement s'étale sur plusieurs semaines."),
    ]),
    # ---------------------------------------------- two funding rounds the same morning: Alan and Pennylane
    ("alan-funding", "fresh94", [
        ("lesechos.fr", "12-02 06:00", "Assurance santé : Alan lève 150 millions d'euros",
         "L'assureur santé numérique fondé par Jean-Charles Samuelian-Werve lève 150 millions d'euros auprès de Temasek et de la Belgian Mutual, pour une valorisation de 5 milliards."),
        ("usine-digitale.fr", "12-02 08:40", "Alan valorisé 5 milliards d'euros après une nouvelle levée",
         "La licorne de l'assurance santé boucle un tour de 150 M€ et veut accélérer sur les assistants d'IA médicale."),
        ("latribune.fr", "12-02 12:10", "La licorne Alan lève 150 M€ et vise la rentabilité en 2027",
         "Avec cette levée, Alan entend poursuivre son développement en Espagne et en Belgique et renforcer ses outils d'IA pour ses 800 000 membres."),
    ]),
    ("pennylane-funding", "fresh94", [
        ("lesechos.fr", "12-02 06:30", "Pennylane lève 200 millions d'euros et devient décacorne",
         "Le logiciel de comptabilité français, choisi par 6 000 cabinets d'expertise comptable, est désormais valorisé 10 milliards d'euros."),
        ("journaldunet.com", "12-02 10:00", "Pennylane : une série E de 200 M€ pour préparer la facturation électronique",
         "La fintech parisienne veut profiter de la généralisation de la facture électronique et s'étendre en Allemagne."),
    ]),
    # ---------------------------------------------- OVHcloud obtains SecNumCloud for its Public Cloud
    ("ovh-secnumcloud", "fresh94", [
        ("lemagit.fr", "12-02 09:20", "OVHcloud obtient la qualification SecNumCloud pour son Public Cloud",
         "L'ANSSI a qualifié l'offre Public Cloud d'OVHcloud hébergée à Strasbourg et Roubaix, une première pour une offre d'instances à la demande."),
        ("silicon.fr", "12-02 11:50", "SecNumCloud : l'hébergeur roubaisien franchit une étape",
         "Après son cloud privé, OVHcloud décroche le visa SecNumCloud 3.2 pour ses instances et son stockage objet, et vise les administrations et les opérateurs d'importance vitale."),
        ("lesechos.fr", "12-02 14:30", "Cloud de confiance : OVHcloud décroche le précieux sésame de l'ANSSI",
         "Le groupe d'Octave Klaba espère capter les commandes publiques que la doctrine « cloud au centre » réserve aux offres qualifiées."),
    ]),
    # ---------------------------------------------- Google Cloud outage in the Paris region
    ("google-cloud-paris-outage", "fresh94", [
        ("lemagit.fr", "12-03 09:00", "Google Cloud : la région de Paris en panne pendant trois heures",
         "Une panne électrique dans l'un des datacenters de la région europe-west9 a rendu indisponibles des services Compute Engine et Cloud SQL mercredi soir."),
        ("zdnet.fr", "12-03 11:30", "Panne chez Google Cloud à Paris",
         "Des clients français du cloud de Google ont perdu l'accès à leurs machines virtuelles ; Google évoque un incident d'alimentation dans une zone de disponibilité."),
    ]),
    ("arcep-fiber-observatory", "fresh94", [
        ("next.ink", "12-03 10:00", "Fibre : 92 % des locaux raccordables, le cuivre recule encore",
         "Selon l'observatoire trimestriel de l'Arcep, 40 millions de locaux sont éligibles au FTTH et les abonnements fibre dépassent 26 millions."),
    ]),
    ("capgemini-mistral-partnership", "fresh94", [
        ("channelnews.fr", "12-03 13:00", "Capgemini et Mistral AI nouent un partenariat stratégique",
         "L'ESN va déployer les modèles de Mistral AI chez ses clients européens et former 10 000 consultants à ses outils d'ici fin 2027."),
    ]),
    # ---------------------------------------------- Wi-Fi bug in the December Pixel update (days after the Drop)
    ("google-pixel-wifi-bug", "fresh94", [
        ("frandroid.com", "12-04 09:15", "Pixel : la mise à jour de décembre casse le Wi-Fi de certains modèles",
         "Des propriétaires de Pixel 9 et 10 signalent des déconnexions Wi-Fi à répétition depuis l'installation du correctif de décembre ; Google a suspendu le déploiement."),
        ("lesnumeriques.com", "12-04 14:00", "Votre Pixel perd le Wi-Fi ? Google reconnaît un bug",
         "Le géant de Mountain View confirme un problème de connexion Wi-Fi apparu avec la dernière mise à jour et promet un correctif sous une semaine."),
    ]),
    ("clubic-deals-w49", "fresh94", [
        ("clubic.com", "12-04 12:00", "Les bons plans de la semaine : les idées cadeaux tech pour Noël",
         "Notre sélection hebdomadaire : consoles, montres connectées et liseuses à prix réduit, à trois semaines de Noël."),
    ]),
    ("lemagit-roundup-w49", "fresh94", [
        ("lemagit.fr", "12-04 17:00", "L'essentiel de la semaine : SecNumCloud, Microsoft 365 et Google Cloud",
         "La qualification d'OVHcloud, la hausse des prix de Microsoft 365 et la panne de la région Paris de Google Cloud : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-49", "fresh94", [
        ("next.ink", "12-05 08:00", "Hebdo #49 : licences, levées et fibre",
         "Chaque samedi, notre sélection : la hausse de Microsoft 365, les levées d'Alan et de Pennylane et l'observatoire de la fibre."),
    ]),
    # ---------------------------------------------- week 50: Orange customer data leak via a subcontractor
    ("orange-data-leak", "fresh94", [
        ("zdnet.fr", "12-07 08:50", "Orange confirme une fuite de données touchant 800 000 clients",
         "Noms, adresses, numéros de téléphone et références de contrat de clients d'Orange ont été dérobés via l'outil d'un prestataire de gestion des rendez-vous."),
        ("numerama.com", "12-07 11:15", "Fuite chez Orange : faut-il s'inquiéter ?",
         "L'opérateur historique prévient 800 000 abonnés que leurs coordonnées ont été exposées ; aucune donnée bancaire ne serait concernée, mais le risque d'hameçonnage est réel."),
        ("01net.com", "12-07 15:40", "Données volées chez Orange : un pirate met en vente les fichiers",
         "Un cybercriminel propose sur un forum les données de 800 000 clients d'Orange, qui confirme un accès frauduleux chez un sous-traitant."),
    ]),
    # ---------------------------------------------- Patch Tuesday of December
    ("patch-tuesday-dec", "fresh94", [
        ("lemondeinformatique.fr", "12-08 19:05", "Patch Tuesday de décembre : 48 failles corrigées par Microsoft",
         "Le dernier Patch Tuesday de l'année comble 48 vulnérabilités, dont une zero-day exploitée dans le service Windows Cloud Files Mini Filter."),
        ("zdnet.fr", "12-08 21:30", "Microsoft : une zero-day au menu des correctifs de décembre",
         "La mise à jour de sécurité de décembre colmate 48 vulnérabilités, dont une activement exploitée pour une élévation de privilèges."),
        ("silicon.fr", "12-09 08:15", "Patch Tuesday : Microsoft termine l'année avec 48 correctifs",
         "Moins chargé que novembre, le lot de décembre comprend tout de même une zero-day et quatre failles critiques dans Windows et Office."),
    ]),
    # ---------------------------------------------- France Travail data leak, explanation the next day
    ("france-travail-leak", "fresh94", [
        ("lemagit.fr", "12-09 09:30", "France Travail : nouvelle fuite de données de 1,2 million de demandeurs d'emploi",
         "L'opérateur public de l'emploi signale à la CNIL un accès illégitime à son système d'information ayant exposé les identités et coordonnées de 1,2 million de personnes."),
        ("numerama.com", "12-09 12:00", "Encore une fuite chez France Travail",
         "Noms, numéros de sécurité sociale et adresses : les données de 1,2 million d'inscrits ont été dérobées, la troisième fuite en deux ans."),
        ("bfmtv.com", "12-09 16:20", "Fuite de données chez France Travail : 1,2 million de personnes concernées",
         "France Travail va prévenir individuellement les demandeurs d'emploi touchés et appelle à la vigilance face aux faux conseillers."),
        ("next.ink", "12-10 10:10", "Fuite chez France Travail : le compte d'un conseiller Cap emploi en cause",
         "Au lendemain de l'annonce, France Travail précise que les pirates ont utilisé les identifiants volés d'un conseiller d'un organisme partenaire pour extraire les fichiers."),
    ]),
    ("bpifrance-ai-fund", "fresh94", [
        ("latribune.fr", "12-09 07:30", "Bpifrance lance un fonds de 1 milliard d'euros pour l'IA",
         "La banque publique d'investissement dote un nouveau fonds destiné aux start-up françaises de l'intelligence artificielle en phase de croissance."),
    ]),
    # ---------------------------------------------- Google appeals the competition authority's fine (4 weeks later)
    ("google-appeal-droits-voisins", "fresh94", [
        ("lesechos.fr", "12-10 07:10", "Droits voisins : Google fait appel de son amende de 310 millions d'euros",
         "Le groupe américain a saisi la cour d'appel de Paris pour contester la sanction prononcée le mois dernier par l'Autorité de la concurrence."),
        ("next.ink", "12-10 11:40", "Google conteste devant la justice sa sanction sur les droits voisins",
         "Google demande l'annulation de l'amende de 310 M€ infligée en novembre, estimant que l'entraînement de Gemini ne relève pas de ses engagements."),
    ]),
    # ---------------------------------------------- final adoption of the resilience bill (NIS2 transposition)
    ("loi-resilience-adopted", "fresh94", [
        ("lemagit.fr", "12-10 16:30", "NIS2 : le projet de loi résilience définitivement adopté",
         "Après deux ans de navette, le Parlement a adopté le texte qui transpose NIS2, REC et DORA ; quelque 15 000 entités seront soumises à de nouvelles obligations de cybersécurité."),
        ("next.ink", "12-10 18:00", "La loi résilience enfin votée",
         "Le Sénat a adopté jeudi les conclusions de la commission mixte paritaire sur la transposition de la directive NIS2."),
        ("itforbusiness.fr", "12-11 08:30", "Loi résilience : ce qui change pour les entreprises",
         "Entités essentielles et importantes, notification des incidents en 24 heures, sanctions : ce que la transposition de NIS2 impose désormais aux entreprises françaises."),
    ]),
    # ---------------------------------------------- inauguration of the Alice Recoque exascale supercomputer
    ("alice-recoque-inauguration", "fresh94", [
        ("usine-digitale.fr", "12-10 10:00", "Alice Recoque, le premier supercalculateur exascale français, est inauguré",
         "Construit par Eviden au Très Grand Centre de calcul du CEA à Bruyères-le-Châtel, le supercalculateur dépasse le milliard de milliards d'opérations par seconde."),
        ("lemondeinformatique.fr", "12-10 14:15", "Exascale : la France allume Alice Recoque",
         "La machine d'Eviden, filiale d'Atos, financée par EuroHPC et l'État, sera ouverte aux chercheurs et aux industriels début 2027."),
    ]),
    # ---------------------------------------------- Freebox outage
    ("freebox-outage", "fresh94", [
        ("01net.com", "12-11 07:50", "Panne Free : des Freebox privées d'Internet dans toute la France",
         "Depuis jeudi soir, des abonnés de Free signalent une coupure d'Internet et de la télévision sur leur Freebox Ultra et Pop."),
        ("frandroid.com", "12-11 09:40", "Free reconnaît un incident sur son réseau fixe",
         "L'opérateur de Xavier Niel évoque un problème sur des équipements de cœur de réseau ; le service revient progressivement dans la matinée."),
        ("lesnumeriques.com", "12-11 12:30", "Freebox en panne : Free promet un geste commercial",
         "Après une nuit sans Internet pour une partie de ses abonnés, Free annonce un dédommagement et explique l'incident par une mise à jour de routeurs."),
    ]),
    ("lemagit-roundup-w50", "fresh94", [
        ("lemagit.fr", "12-11 17:00", "L'essentiel de la semaine : Orange, France Travail et loi résilience",
         "Les fuites de données chez Orange et France Travail, le Patch Tuesday de décembre et l'adoption de la loi résilience : ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-50", "fresh94", [
        ("next.ink", "12-12 08:00", "Hebdo #50 : fuites en série et NIS2",
         "Chaque samedi, notre sélection : France Travail et Orange piratés, la loi résilience adoptée et l'appel de Google."),
    ]),
    # ---------------------------------------------- week 51: Back Market job cuts (single)
    ("backmarket-layoffs", "fresh94", [
        ("linforme.com", "12-14 06:00", "Back Market va se séparer de 90 salariés",
         "Selon nos informations, le spécialiste du reconditionné prépare un plan de départs touchant 90 postes, surtout à Paris, après une année de croissance décevante."),
    ]),
    # ---------------------------------------------- Bouygues Telecom raises box prices
    ("bouygues-box-price-rise", "fresh94", [
        ("frandroid.com", "12-14 09:30", "Bouygues Telecom augmente le prix de ses Bbox",
         "À partir de février, les abonnés Bbox Must et Ultym paieront 3 euros de plus par mois, en échange d'options supplémentaires imposées."),
        ("01net.com", "12-14 13:15", "Hausse de prix chez Bouygues : jusqu'à 3 € de plus par mois pour la box",
         "L'opérateur justifie la hausse par l'ajout d'un service de cybersécurité ; les clients concernés peuvent résilier sans frais."),
    ]),
    # ---------------------------------------------- Cdiscount appeals the CNIL fine (three weeks later)
    ("cdiscount-appeal-cnil", "fresh94", [
        ("next.ink", "12-15 10:20", "Cookies : Cdiscount attaque sa sanction devant le Conseil d'État",
         "Le site de e-commerce a déposé un recours contre l'amende de 6 millions d'euros prononcée par la CNIL fin novembre, qu'il juge disproportionnée."),
        ("lefigaro.fr", "12-15 15:00", "Cdiscount saisit le Conseil d'État contre la CNIL",
         "Trois semaines après avoir été sanctionné pour ses traceurs publicitaires, le groupe bordelais conteste la décision et son montant."),
    ]),
    # ---------------------------------------------- European Commission fines TikTok under the DSA
    ("tiktok-dsa-fine", "fresh94", [
        ("lesechos.fr", "12-16 11:00", "DSA : Bruxelles inflige 600 millions d'euros d'amende à TikTok",
         "La Commission européenne sanctionne le réseau social pour son registre publicitaire incomplet et le manque d'accès des chercheurs à ses données."),
        ("numerama.com", "12-16 13:30", "TikTok sanctionné par l'Europe : ce que la Commission lui reproche",
         "Publicités opaques, données inaccessibles aux chercheurs : pourquoi TikTok écope de 600 M€ d'amende au titre du règlement sur les services numériques."),
        ("bfmtv.com", "12-16 17:45", "Amende record contre TikTok en Europe",
         "La plateforme chinoise annonce faire appel de la sanction de 600 millions d'euros prononcée par Bruxelles au titre du DSA."),
    ]),
    # ---------------------------------------------- SNCF Connect outage on the opening of February holiday sales
    ("sncf-connect-outage", "fresh94", [
        ("bfmtv.com", "12-16 08:10", "SNCF Connect en panne à l'ouverture des ventes pour les vacances de février",
         "Le site et l'application de réservation de la SNCF sont restés inaccessibles près de deux heures ce mercredi matin, face à l'afflux de voyageurs."),
        ("clubic.com", "12-16 10:30", "« Erreur technique » : SNCF Connect craque sous la demande",
         "Des milliers d'utilisateurs n'ont pu réserver leurs billets mercredi matin ; la SNCF évoque une saturation de ses serveurs et rouvre les ventes à midi."),
    ]),
    ("lemagit-roundup-w51", "fresh94", [
        ("lemagit.fr", "12-18 17:00", "L'essentiel de la semaine : TikTok, Cdiscount et Back Market",
         "L'amende de TikTok, le recours de Cdiscount et les départs chez Back Market : ce qu'il fallait retenir cette semaine."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
