"""A twentieth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh20".
It holds outages, cyberattacks, data leaks, fines, court rulings, laws, funding rounds,
acquisitions, results, job cuts, strikes, appointments, flaws, launches, AI models, space,
semiconductors, video games, public procurement and telecom prices. Same-story articles are
often reworded: synonyms, digits against words, English words, "selon L'Informé", a periphrasis
for the actor or the actor named only in the lead, consumer and explainer angles, a test, an
interview with a quote as title, a number-led title, a next-day analysis or follow-up. Hard
negatives are on purpose: one firm's two announcements in a week, results then job cuts then a
strike, two outages of one host, two hospital attacks, two leaks at two operators, a fine then
its appeal, two fines by two authorities, two buys by one buyer, same-day funding rounds, one
vendor's two flaws, one maker's two launches, a launch then its bug, a law in each chamber,
two rulings on one firm, an outage then the regulator's action, a price rise then network news.
Other look-alikes: one personality in two stories, one city in two data-centre stories, one
firm's strikes in two countries, a scoop then the deal signed a week later, a study next to an
attack, a trial over an old leak next to a new leak, a parent firm and its joint venture, the
same amount raised in two sectors, an opinion piece next to a related scoop. Weekly roundups, a
daily brief, a podcast, a newsletter and deals posts, some listing events of the set, stand
alone.
`build` fixes the year 2026; times are UTC, January and March 2026.

Measured once, on 5ac1a85, before any change for it: precision 0.857, recall 0.849 (the code
that landed before, c40ca00: 0.860, 0.868). Its wrong links: Apple's iPhone 17e and its MacBook
Air M5 of the next day; France Travail's new leak and the trial of its 2024 hackers; Amazon's
strikes in Germany and in France; iOS 26.4's release and its battery bug three days later.
Then a tuning set: a trial is no attack ("renvoyés devant le tribunal"), a strike's country
tells it apart, and "alors que …" in a lead is no longer taken for context (it lost "alors que
la grève a touché ses studios"). A rule on one maker's two products lost many more true pairs
(an OS and its phone, a chip and its firewall); the story check of stories.index.fits (half a
story's articles at least must score a newcomer) cut the iPhone's link to the MacBook instead:
P 0.958. Left: the bug.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ one host, two outages three days apart
    ("ovh-panne-gravelines-0112", "fresh20", [
        ("lemagit.fr", "01-12 09:40", "OVHcloud : une panne électrique paralyse le datacenter de Gravelines", "Depuis l’aube, de nombreux clients de l’hébergeur roubaisien sont privés de leurs serveurs après un incident sur l’alimentation électrique d’un bâtiment du site nordiste."),
        ("bfmtv.com", "01-12 13:15", "Sites inaccessibles, e-mails bloqués : le champion français du cloud victime d'une panne géante", "Des milliers de sites web hébergés par OVHcloud sont hors ligne depuis ce lundi matin. En cause, une défaillance électrique dans son centre de données de Gravelines (Nord)."),
        ("lemondeinformatique.fr", "01-13 08:30", "Panne de Gravelines : OVHcloud détaille l'origine de l'incident et promet des compensations", "Au lendemain de l'interruption de service qui a touché son site du Nord, l'hébergeur évoque un onduleur défectueux et annonce des avoirs pour les clients affectés."),
    ]),
    ("ovh-panne-dns-0115", "fresh20", [
        ("next.ink", "01-15 17:05", "Nouvelle panne chez OVHcloud, cette fois à cause du DNS", "Trois jours après l’incident électrique de Gravelines, un problème de résolution DNS a rendu injoignables pendant près de deux heures une partie des services de l’hébergeur."),
        ("silicon.fr", "01-15 19:20", "OVHcloud : deuxième incident en une semaine, le DNS en cause", "Une erreur de configuration sur l'infrastructure DNS d'OVHcloud a perturbé ce jeudi l'accès à de nombreux sites et API, sans lien avec la panne de lundi selon l'hébergeur."),
    ]),
    # ------------------------------------------------ one operator: price rise, then network news the next day
    ("free-hausse-freebox-pop-0120", "fresh20", [
        ("numerama.com", "01-20 07:45", "Free augmente le prix de la Freebox Pop de 2 euros par mois", "L’opérateur relève le tarif de son offre fibre phare à partir du 1er mars, pour les nouveaux comme pour les anciens abonnés."),
        ("01net.com", "01-20 11:30", "Freebox Pop : ce qui change pour votre facture dès le mois de mars", "Deux euros de plus chaque mois : voici qui est concerné par la hausse annoncée par Free, et comment résilier sans frais si vous le souhaitez."),
        ("frandroid.com", "01-21 09:10", "Le trublion des télécoms relève ses tarifs : la box fibre passe à 31,99 €", "Free justifie cette augmentation de la Freebox Pop par l'ajout de nouveaux services et la hausse des coûts de réseau. Les abonnés seront prévenus par courriel."),
    ]),
    ("free-5g-sa-0121", "fresh20", [
        ("lesnumeriques.com", "01-21 14:00", "Free active la 5G SA pour tous ses abonnés mobiles", "Après une phase de test, l’opérateur généralise la 5G « standalone » sur son réseau, promettant une latence réduite sur les smartphones compatibles."),
        ("zdnet.fr", "01-21 16:45", "5G standalone : Free Mobile ouvre son cœur de réseau 5G à l'ensemble de ses clients", "L'opérateur devient le premier en France à proposer la 5G SA sans surcoût à tous ses abonnés disposant d'un terminal compatible."),
    ]),
    # ------------------------------------------------ a fine, then its appeal a week later
    ("free-amende-cnil-0108", "fresh20", [
        ("lemondeinformatique.fr", "01-08 10:20", "Fuite de données de 2024 : la CNIL inflige 27 millions d’euros d’amende à Free", "Le gendarme des données personnelles reproche à l’opérateur des mesures de sécurité insuffisantes ayant permis le vol des données de 19 millions d’abonnés."),
        ("linforme.com", "01-08 12:00", "Free sanctionné par la CNIL pour le piratage géant de 2024", "La formation restreinte de la CNIL a prononcé une amende de 27 M€ contre Free et Free Mobile, qui ont deux mois pour renforcer la sécurité de leurs systèmes."),
        ("20minutes.fr", "01-08 18:30", "Vos données avaient fuité chez Free ? L’opérateur écope d’une amende de 27 millions d’euros", "Plus d'un an après la cyberattaque qui avait exposé les IBAN de millions de clients, la Commission nationale de l'informatique et des libertés sanctionne l'opérateur."),
    ]),
    ("free-recours-conseil-etat-0116", "fresh20", [
        ("next.ink", "01-16 10:00", "Free conteste son amende CNIL devant le Conseil d’État", "L’opérateur a déposé un recours contre la sanction de 27 millions d’euros prononcée la semaine dernière, qu’il juge « disproportionnée »."),
        ("zdnet.fr", "01-16 15:40", "Amende de 27 M€ : Free saisit le Conseil d'Etat", "Iliad annonce contester la décision de la CNIL liée à la fuite de données de 2024 et demande la suspension de la publicité de la sanction."),
    ]),
    # ------------------------------------------------ two hospital attacks in one week, plus a study between them
    ("chu-rennes-rancongiciel-0305", "fresh20", [
        ("lemagit.fr", "03-05 08:50", "Le CHU de Rennes frappé par un rançongiciel", "Le centre hospitalier universitaire a déclenché son plan blanc numérique dans la nuit : les urgences fonctionnent en mode dégradé et les consultations non urgentes sont reportées."),
        ("20minutes.fr", "03-05 12:10", "Rennes : l’hôpital contraint de revenir au papier après une cyberattaque", "Depuis mercredi soir, les soignants du CHU travaillent sans dossier patient informatisé. Certains patients sont transférés vers d'autres établissements bretons."),
        ("zdnet.fr", "03-06 09:30", "Un groupe de pirates revendique l'attaque contre l'hôpital breton", "Le gang LockBit 5 affirme être à l'origine de l'attaque qui paralyse depuis deux jours le CHU de Rennes et menace de publier des données de patients."),
    ]),
    ("ch-cahors-cyberattaque-0307", "fresh20", [
        ("lemondeinformatique.fr", "03-07 11:00", "Après Rennes, le centre hospitalier de Cahors victime d'une cyberattaque", "L'établissement du Lot a coupé ses connexions internet samedi matin après la détection d'une intrusion. Aucune revendication n'a pour l'instant été publiée."),
        ("bfmtv.com", "03-07 16:20", "Cyberattaque : l’hôpital de Cahors déclenche son plan blanc", "Deux jours après le CHU de Rennes, un second établissement de santé est touché. À Cahors, les urgences restent ouvertes mais les admissions programmées sont réduites."),
    ]),
    ("etude-ans-incidents-sante-0306", "fresh20", [
        ("cio-online.com", "03-06 14:00", "Santé : un établissement sur trois a subi un incident cyber grave en 2025, selon l’ANS", "Le rapport annuel de l'Agence du numérique en santé recense 812 incidents déclarés l'an dernier et pointe le manque de budgets dédiés à la sécurité."),
    ]),
    # ------------------------------------------------ one firm fined by two authorities two days apart
    ("adlc-amende-apple-app-store-0310", "fresh20", [
        ("lesechos.fr", "03-10 09:00", "L’Autorité de la concurrence inflige 150 millions d’euros d’amende à Apple", "Le gendarme de la concurrence sanctionne le fabricant de l’iPhone pour les restrictions imposées aux développeurs d’applications qui voudraient orienter leurs clients hors de l’App Store."),
        ("usine-digitale.fr", "03-10 11:45", "App Store : 150 M€ d'amende pour la firme de Cupertino", "L'Autorité de la concurrence estime qu'Apple a abusé de sa position dominante en empêchant les développeurs de signaler des offres moins chères hors de sa boutique."),
        ("clubic.com", "03-10 17:30", "Abus de position dominante : la marque à la pomme va payer cher ses règles en France", "Cent cinquante millions d'euros : c'est le montant de la sanction prononcée ce mardi contre Apple, qui annonce son intention de faire appel."),
    ]),
    ("cnil-amende-apple-pub-0312", "fresh20", [
        ("next.ink", "03-12 10:15", "Publicité ciblée sur l’App Store : la CNIL sanctionne Apple à hauteur de 8 millions d’euros", "Deux jours après la décision de l’Autorité de la concurrence, Apple écope d’une seconde amende en France, cette fois pour avoir activé par défaut la personnalisation des publicités."),
        ("lemondeinformatique.fr", "03-12 14:30", "Consentement : Apple condamné à 8 M€ par la CNIL", "La formation restreinte reproche au fabricant d'avoir recueilli sans consentement préalable des identifiants servant au ciblage publicitaire dans sa boutique d'applications."),
    ]),
    # ------------------------------------------------ results, then job cuts, then a strike at one firm
    ("atos-resultats-2025-0304", "fresh20", [
        ("lesechos.fr", "03-04 07:30", "Atos renoue avec une marge positive mais son chiffre d’affaires recule encore", "Le groupe de services informatiques a publié mercredi ses résultats annuels 2025 : un chiffre d'affaires de 8,1 milliards d'euros, en baisse organique de 9 %, et une marge opérationnelle de 3,2 %."),
        ("zdnet.fr", "03-04 12:00", "Résultats 2025 : l’ESN en convalescence affiche 8,1 Md€ de revenus", "Atos publie des comptes encore en repli mais confirme avoir dégagé un flux de trésorerie positif au second semestre, une première depuis sa restructuration financière."),
        ("channelnews.fr", "03-04 16:10", "Atos : un exercice 2025 en recul, la direction maintient ses objectifs 2028", "Chiffre d'affaires en baisse de 9 % à périmètre constant, marge en amélioration : le groupe présente un bilan contrasté et réaffirme son plan stratégique."),
    ]),
    ("atos-suppressions-postes-0306", "fresh20", [
        ("linforme.com", "03-06 08:00", "Atos va supprimer 2 500 postes en France", "Selon nos informations, la direction a présenté hier soir aux élus du CSE central un plan de rupture conventionnelle collective visant surtout les fonctions support et l’infogérance."),
        ("lemondeinformatique.fr", "03-06 13:20", "Atos prépare un plan de départs d'environ 2500 salariés, selon L'Informé", "Deux jours après la publication de ses résultats annuels, le groupe confirme un projet de réduction d'effectifs en France, sans licenciements contraints."),
        ("bfmtv.com", "03-07 10:00", "« Nous ne quitterons pas la France » : le PDG d’Atos s’explique sur le plan social", "Interrogé sur BFM Business, le patron du groupe défend la suppression de 2 500 emplois dans l’Hexagone, nécessaire selon lui pour « retrouver la compétitivité »."),
    ]),
    ("atos-greve-0312", "fresh20", [
        ("silicon.fr", "03-12 09:45", "Grève chez Atos : plusieurs centaines de salariés mobilisés contre les suppressions de postes", "À l’appel de l’intersyndicale, des rassemblements ont eu lieu jeudi devant les sites de Bezons, Lyon et Toulouse pour protester contre le projet de 2 500 départs."),
        ("20minutes.fr", "03-12 15:00", "Toulouse : les salariés d'Atos débrayent contre le plan de départs", "Une centaine de salariés du site toulousain de l'ESN se sont rassemblés ce jeudi midi, dans le cadre d'une journée de mobilisation nationale."),
    ]),
    # ------------------------------------------------ one start-up: funding round, then a model two days later
    ("mistral-levee-2md-0120", "fresh20", [
        ("lesechos.fr", "01-20 06:30", "Mistral AI lève 2 milliards d'euros, valorisée 25 milliards", "La start-up française d'intelligence artificielle boucle un nouveau tour de table mené par un fonds souverain du Golfe, avec la participation de Nvidia et de Bpifrance."),
        ("usine-digitale.fr", "01-20 09:15", "2 milliards d'euros : la pépite française de l'IA signe la plus grosse levée de son histoire", "Mistral AI annonce un tour de table qui porte sa valorisation à 25 milliards d'euros. L'argent servira à financer des capacités de calcul en France."),
        ("journaldunet.com", "01-20 11:00", "Mistral AI : un mega round de 2 Md€ pour rivaliser avec OpenAI", "Le spécialiste des LLM accueille de nouveaux investisseurs et accélère sa stratégie d'infrastructure, avec un projet de campus de calcul en Essonne."),
        ("bfmtv.com", "01-20 14:40", "Valorisée 25 milliards, la licorne d’Arthur Mensch devient la start-up la plus chère de France", "Avec cette levée de deux milliards d’euros, Mistral AI dépasse largement les autres licornes tricolores."),
        ("cio-online.com", "01-21 10:30", "Ce que la levée de Mistral AI change pour les DSI européens", "Au lendemain de l'annonce d'un financement de 2 Md€, décryptage des conséquences pour les entreprises qui misent sur des modèles d'IA européens et hébergés en France."),
    ]),
    ("mistral-large-3-0122", "fresh20", [
        ("numerama.com", "01-22 15:00", "Mistral AI dévoile Mistral Large 3, son modèle le plus puissant", "Deux jours après sa levée de fonds record, la start-up lance un nouveau modèle de langage multimodal, disponible dans le Chat et via son API."),
        ("lemagit.fr", "01-22 17:20", "LLM : Mistral Large 3 veut rivaliser avec GPT-5 sur le raisonnement", "Le nouveau modèle phare de l’éditeur français revendique des performances proches des meilleurs modèles américains sur les tests de code et de mathématiques."),
        ("01net.com", "01-23 08:45", "On a testé Mistral Large 3 : le nouveau cerveau du Chat tient-il ses promesses ?", "Le modèle annoncé jeudi par Mistral AI est déjà accessible gratuitement. Premières impressions sur la rédaction, le code et l'analyse de documents."),
    ]),
    # ------------------------------------------------ two cyber funding rounds the same day; same amount in fintech two days later
    ("filigran-levee-100m-0311", "fresh20", [
        ("journaldunet.com", "03-11 08:00", "Cybersécurité : Filigran lève 100 millions d'euros", "L'éditeur français de la plateforme de threat intelligence OpenCTI boucle une série D pour accélérer son expansion aux États-Unis."),
        ("usine-digitale.fr", "03-11 12:30", "OpenCTI : la start-up Filigran réunit 100 M€ auprès de fonds américains", "Fondée en 2022, la jeune pousse parisienne compte déjà plus de 400 clients et prévoit de doubler ses effectifs d'ici fin 2027."),
    ]),
    ("harfanglab-levee-45m-0311", "fresh20", [
        ("lesechos.fr", "03-11 07:15", "HarfangLab lève 45 millions d’euros pour son EDR souverain", "L’éditeur français de solutions de détection et de réponse sur les terminaux annonce une levée menée par Eurazeo, un mois après avoir obtenu une nouvelle qualification de l’Anssi."),
        ("channelnews.fr", "03-11 15:50", "EDR : HarfangLab boucle un tour de table de 45 M€ et muscle son réseau de partenaires", "La pépite française de la cybersécurité veut recruter 150 personnes et renforcer sa présence auprès des intégrateurs en Europe."),
    ]),
    ("pennylane-levee-100m-0313", "fresh20", [
        ("bfmtv.com", "03-13 09:00", "Pennylane lève 100 millions d’euros pour conquérir l’Europe", "Le logiciel de comptabilité destiné aux PME et aux experts-comptables annonce une nouvelle levée de fonds et vise l'Allemagne et l'Espagne."),
        ("silicon.fr", "03-13 11:30", "Fintech : Pennylane réunit 100 M€ et confirme son statut de licorne", "La start-up française de gestion financière, valorisée plus de 4 milliards d'euros, compte 500 000 entreprises utilisatrices."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions four days apart
    ("capgemini-rachat-nexora-0115", "fresh20", [
        ("lesechos.fr", "01-15 07:00", "Le géant français des services numériques muscle son offre d'IA aux Etats-Unis avec une acquisition à près d'un milliard", "Capgemini annonce le rachat de la société texane Nexora, spécialiste de l'IA agentique. L'opération doit être finalisée au deuxième trimestre."),
        ("lemondeinformatique.fr", "01-15 08:40", "Capgemini s’offre l’américain Nexora, spécialiste de l’IA agentique", "L’ESN française met la main sur une société de 1 200 personnes basée à Austin pour environ 900 millions de dollars."),
    ]),
    ("capgemini-rachat-datavault-0119", "fresh20", [
        ("silicon.fr", "01-19 10:30", "Capgemini rachète l'allemand Datavault, expert en gouvernance des données", "Quatre jours après l'annonce du rachat de Nexora, l'ESN française signe une seconde acquisition, de taille plus modeste, outre-Rhin."),
        ("cio-online.com", "01-19 16:00", "Data management : Capgemini acquiert Datavault GmbH", "La société munichoise de 300 consultants rejoint l’entité Insights & Data du groupe. Le montant de l’opération n’a pas été communiqué."),
    ]),
    # ------------------------------------------------ two leaks at two operators on consecutive days
    ("bouygues-telecom-fuite-0108", "fresh20", [
        ("numerama.com", "01-08 09:20", "Fuite de données chez Bouygues Telecom : près de 3 millions de clients concernés", "L’opérateur prévient ses abonnés par courriel : noms, adresses et numéros de téléphone ont été dérobés lors d’un accès illégitime à un outil de gestion de la relation client."),
        ("clubic.com", "01-08 13:40", "Bouygues Telecom piraté : les données de 2,9 millions d'abonnés dans la nature", "Les IBAN ne seraient pas concernés, assure l'opérateur, qui a porté plainte et notifié la CNIL. Voici comment vérifier si vous êtes touché."),
        ("01net.com", "01-09 08:15", "Fuite chez Bouygues : ce que les pirates peuvent faire de vos données", "Après l'annonce du vol des coordonnées de près de trois millions de clients de l'opérateur, les risques d'hameçonnage ciblé se multiplient. Nos conseils pour vous protéger."),
    ]),
    ("sfr-fuite-0109", "fresh20", [
        ("zdnet.fr", "01-09 11:00", "Au tour de SFR : un pirate revendique le vol de données de clients", "Au lendemain de l’annonce de Bouygues Telecom, un acteur malveillant met en vente sur un forum une base présentée comme issue du service client de SFR."),
        ("20minutes.fr", "01-09 17:45", "SFR confirme une cyberattaque et une fuite de données personnelles", "L'opérateur au carré rouge reconnaît qu'un « nombre limité » de clients est concerné et assure qu'aucune donnée bancaire n'a été dérobée."),
    ]),
    # ------------------------------------------------ two appointments the same day
    ("orange-nomination-ia-0302", "fresh20", [
        ("journaldunet.com", "03-02 09:00", "Orange nomme une directrice de l’intelligence artificielle au comité exécutif", "Ancienne de Google Cloud, Sophie Marchand prend la tête d'une nouvelle direction IA rattachée à la directrice générale Christel Heydemann."),
        ("usine-digitale.fr", "03-02 14:15", "L'opérateur historique crée un poste de Chief AI Officer et recrute chez Google", "Sophie Marchand rejoint Orange pour piloter la stratégie d'intelligence artificielle du groupe, des réseaux jusqu'à la relation client."),
    ]),
    ("sncf-voyageurs-nomination-dsi-0302", "fresh20", [
        ("cio-online.com", "03-02 11:00", "SNCF Voyageurs nomme Claire Vasseur au poste de DSI", "Elle succède à Henri Lamotte, parti à la retraite, et aura la charge de la refonte des outils de vente et de la modernisation du système d'information."),
    ]),
    # ------------------------------------------------ one vendor, two flaws in one week
    ("fortinet-fortios-faille-0113", "fresh20", [
        ("lemagit.fr", "01-13 10:10", "Fortinet : une faille critique de FortiOS activement exploitée", "L’équipementier publie en urgence des correctifs pour une vulnérabilité de contournement d’authentification dans l’interface SSL-VPN de ses pare-feu, notée 9,8 sur 10."),
        ("silicon.fr", "01-13 15:30", "FortiOS : l'Anssi alerte sur une vulnérabilité critique déjà exploitée", "Le CERT-FR recommande d'appliquer sans délai les mises à jour publiées par Fortinet et de rechercher d'éventuelles traces de compromission."),
        ("next.ink", "01-14 09:00", "Pare-feu : des milliers d'équipements encore vulnérables à la faille SSL-VPN", "Un jour après la publication du correctif de Fortinet, les chercheurs de Shadowserver recensent plus de 40 000 boîtiers exposés sur Internet, dont environ 2 000 en France."),
    ]),
    ("fortinet-fortiweb-faille-0116", "fresh20", [
        ("zdnet.fr", "01-16 11:20", "Fortinet corrige une nouvelle faille, cette fois dans FortiWeb", "Trois jours après l’alerte sur FortiOS, l’éditeur publie un correctif pour une injection de commandes dans son pare-feu applicatif web, sans exploitation connue à ce stade."),
        ("lemondeinformatique.fr", "01-16 16:40", "Une vulnérabilité d'injection de commandes menace les WAF FortiWeb", "Fortinet invite les clients de son pare-feu applicatif à migrer vers la version 7.6.3. La faille, notée 8,1, nécessite un accès authentifié."),
    ]),
    # ------------------------------------------------ one maker, two products on consecutive days
    ("apple-iphone-17e-0304", "fresh20", [
        ("frandroid.com", "03-04 15:10", "Apple lance l’iPhone 17e : puce A19 et MagSafe pour 719 €", "Le nouveau smartphone d’entrée de gamme de la marque à la pomme ajoute la recharge sans fil magnétique et sera disponible le 13 mars."),
        ("lesnumeriques.com", "03-04 16:00", "iPhone 17e officiel : prix, fiche technique et date de sortie", "Apple dévoile le successeur de l'iPhone 16e avec un écran OLED de 6,1 pouces, la puce A19 et un modem C2 maison."),
        ("20minutes.fr", "03-05 07:30", "Le nouvel iPhone « pas cher » vaut-il le coup ?", "Annoncé mercredi à 719 euros, l'iPhone 17e reprend l'essentiel de l'iPhone 17. On fait le point sur ce qu'il vous apporte… et ce qui lui manque."),
    ]),
    ("apple-macbook-air-m5-0305", "fresh20", [
        ("lesnumeriques.com", "03-05 14:30", "MacBook Air M5 : Apple renouvelle son ultraportable, sans hausse de prix", "Au lendemain de l’iPhone 17e, la marque annonce ses MacBook Air 13 et 15 pouces équipés de la puce M5, à partir de 1 199 €."),
        ("clubic.com", "03-05 15:00", "Apple dévoile les MacBook Air M5, plus rapides en IA", "La nouvelle puce promet des performances jusqu’à 30 % supérieures pour les tâches d’intelligence artificielle. Précommandes ouvertes dès aujourd’hui."),
        ("01net.com", "03-05 18:20", "Puce M5, Wi-Fi 7 et 16 Go de base : tout savoir sur les nouveaux portables d'Apple", "La marque a officialisé jeudi la nouvelle génération de son MacBook Air, son portable le plus vendu. Prix, disponibilité, différences avec le modèle M4 : notre récapitulatif."),
    ]),
    # ------------------------------------------------ an update, then its battery bug three days later
    ("ios-26-4-sortie-0324", "fresh20", [
        ("frandroid.com", "03-24 19:30", "iOS 26.4 est disponible : voici les nouveautés", "Apple déploie la mise à jour de printemps d'iOS 26, avec la nouvelle version de Siri dopée à l'IA et de nouveaux emojis."),
        ("01net.com", "03-24 20:10", "La mise à jour iOS 26.4 arrive enfin avec le nouveau Siri", "Promise depuis des mois, la refonte de l’assistant vocal d’Apple est déployée ce mardi soir sur les iPhone compatibles, en France comme ailleurs."),
    ]),
    ("ios-26-4-bug-batterie-0327", "fresh20", [
        ("numerama.com", "03-27 10:00", "iOS 26.4 : des utilisateurs se plaignent d’une autonomie en chute libre", "Trois jours après son déploiement, la dernière mise à jour d’Apple semble vider les batteries de certains iPhone. La marque n’a pas encore réagi."),
        ("lesnumeriques.com", "03-27 17:45", "Batterie vidée après la dernière mise à jour : Apple reconnaît un bug et prépare un correctif", "Un processus d'indexation lié au nouveau Siri d'iOS 26.4 tourne en boucle sur certains iPhone. Une version 26.4.1 est attendue dans les prochains jours."),
    ]),
    # ------------------------------------------------ one bill, voted by each chamber two months apart
    ("loi-resilience-senat-0128", "fresh20", [
        ("next.ink", "01-28 18:00", "Le Sénat adopte le projet de loi Résilience, qui transpose NIS2", "Les sénateurs ont voté en première lecture le texte qui étend les obligations de cybersécurité à des milliers d’entreprises et de collectivités."),
        ("lemagit.fr", "01-29 09:30", "NIS 2 : feu vert du Sénat, le texte part à l'Assemblée nationale", "Adopté mercredi soir par 320 voix contre 12, le projet de loi relatif à la résilience des infrastructures critiques poursuit sa navette parlementaire."),
    ]),
    ("loi-resilience-assemblee-0318", "fresh20", [
        ("lemondeinformatique.fr", "03-18 19:00", "Transposition de NIS2 : l’Assemblée nationale adopte à son tour le projet de loi Résilience", "Deux mois après le Sénat, les députés ont voté le texte en première lecture. Une commission mixte paritaire doit désormais trouver une version commune."),
        ("silicon.fr", "03-19 08:30", "Les députés votent la loi Résilience, avec un amendement sur le chiffrement", "Le texte adopté mercredi interdit d'imposer des portes dérobées dans les messageries chiffrées, une disposition absente de la version du Sénat."),
        ("zdnet.fr", "03-19 11:00", "NIS2 : ce que le vote des députés change pour les PME", "Après l’adoption du projet de loi par l’Assemblée, près de 15 000 entités seront concernées. Obligations, calendrier et sanctions : le point."),
    ]),
    # ------------------------------------------------ two court rulings about one firm in one week
    ("google-condamne-trovaprix-0309", "fresh20", [
        ("lesechos.fr", "03-09 12:00", "Google condamné à verser 62 millions d'euros à un comparateur de prix français", "Le tribunal des activités économiques de Paris juge que le moteur de recherche a favorisé son propre service Google Shopping au détriment de Trovaprix entre 2008 et 2017."),
        ("bfmtv.com", "03-09 17:30", "Google Shopping : la justice française donne raison à Trovaprix", "Le géant de Mountain View devra indemniser le comparateur à hauteur de 62 M€. Il compte faire appel."),
    ]),
    ("google-droits-voisins-appel-0311", "fresh20", [
        ("next.ink", "03-11 14:20", "Droits voisins : la cour d'appel de Paris confirme l'amende de 250 millions contre Google", "Saisie par Google, la juridiction valide la sanction de l'Autorité de la concurrence pour non-respect de ses engagements envers les éditeurs de presse."),
        ("lemondeinformatique.fr", "03-11 18:00", "Presse : Google perd en appel dans le dossier des droits voisins", "Deux jours après sa condamnation dans l'affaire Trovaprix, le moteur de recherche essuie un nouveau revers judiciaire en France."),
    ]),
    # ------------------------------------------------ one publisher: a strike, then a game delay two days later
    ("ubisoft-greve-teletravail-0127", "fresh20", [
        ("numerama.com", "01-27 10:30", "Grève chez Ubisoft : les salariés protestent contre la fin du télétravail", "À l'appel du STJV et de Solidaires Informatique, des centaines d'employés des studios français ont cessé le travail ce mardi."),
        ("20minutes.fr", "01-27 13:00", "Montpellier, Annecy, Paris : les développeurs d’Ubisoft en grève", "Les salariés de l’éditeur de jeux vidéo dénoncent l’obligation de revenir cinq jours par semaine au bureau et un climat social « délétère »."),
        ("clubic.com", "01-27 18:40", "L’éditeur d’Assassin’s Creed confronté à un mouvement social inédit", "Ubisoft assure que « le dialogue reste ouvert » alors que la grève a touché la plupart de ses studios hexagonaux. Une nouvelle journée de mobilisation n'est pas exclue."),
    ]),
    ("ubisoft-report-ac-hexe-0129", "fresh20", [
        ("frandroid.com", "01-29 18:10", "Ubisoft repousse encore Assassin's Creed Hexe, désormais attendu en 2027", "L'éditeur a annoncé le report lors de la présentation de son chiffre d'affaires trimestriel, invoquant la volonté de « peaufiner l'expérience »."),
        ("lesnumeriques.com", "01-29 19:00", "Assassin’s Creed Hexe reporté à l’exercice 2027-2028", "Deux jours après une grève dans ses studios, Ubisoft décale son prochain grand épisode et abaisse ses prévisions de ventes."),
    ]),
    # ------------------------------------------------ two launches from Kourou three days apart
    ("ariane-6-galileo-0303", "fresh20", [
        ("lesechos.fr", "03-03 23:30", "Ariane 6 place en orbite deux nouveaux satellites Galileo", "Le lanceur européen a décollé mardi soir de Kourou pour sa sixième mission, renforçant la constellation de navigation de l'Union européenne."),
        ("numerama.com", "03-04 08:00", "Succès pour la fusée européenne, qui met en orbite deux satellites de navigation", "Ariane 6 a parfaitement rempli sa mission : les deux satellites Galileo, l'équivalent européen du GPS, ont été largués à 23 000 km d’altitude."),
    ]),
    ("vega-c-sentinel-3c-0306", "fresh20", [
        ("usine-digitale.fr", "03-06 10:00", "Vega C met en orbite le satellite d'observation Sentinel-3C", "Le petit lanceur européen, opéré désormais par Avio, a décollé de Guyane dans la nuit pour le compte du programme Copernicus."),
        ("01net.com", "03-06 14:20", "Trois jours après Ariane 6, un nouveau lancement réussi à Kourou", "La fusée italienne Vega C a placé en orbite un satellite de surveillance des océans et des terres du programme européen Copernicus."),
    ]),
    # ------------------------------------------------ semiconductors: job cuts
    ("stmicro-departs-volontaires-0114", "fresh20", [
        ("lesechos.fr", "01-14 07:45", "STMicroelectronics prévoit jusqu’à 1 000 départs volontaires en France", "Le fabricant franco-italien de semi-conducteurs, confronté au ralentissement du marché automobile, veut réduire ses effectifs à Crolles, Rousset et Tours d'ici 2027."),
        ("usine-digitale.fr", "01-14 12:10", "Semi-conducteurs : un plan de départs d'un millier de postes chez ST en France", "Le groupe confirme un projet de rupture conventionnelle collective. Les syndicats craignent pour l'avenir du site de Tours."),
    ]),
    # ------------------------------------------------ one city, two data-centre stories on consecutive days
    ("marseille-datacenter-incendie-0319", "fresh20", [
        ("lemagit.fr", "03-19 09:00", "Incendie dans un datacenter de Marseille : plusieurs hébergeurs perturbés", "Un départ de feu dans une salle technique de l'opérateur régional Sudcloud, à la Joliette, a mobilisé 60 marins-pompiers et entraîné l'arrêt de nombreuses baies dans la nuit."),
        ("20minutes.fr", "03-19 11:20", "Marseille : un incendie dans un centre de données, les pompiers mobilisés toute la nuit", "Une soixantaine de marins-pompiers sont intervenus à la Joliette. Aucun blessé n'est à déplorer, mais des services en ligne ont été coupés."),
        ("silicon.fr", "03-20 08:40", "Sinistre chez Sudcloud : l'exploitant évoque un incident sur des batteries lithium", "Au lendemain de l'incendie de son centre de données marseillais, l'opérateur indique que 60 % des salles ont été remises sous tension et que les clients seront indemnisés."),
    ]),
    ("marseille-digital-realty-mrs5-0320", "fresh20", [
        ("lemondeinformatique.fr", "03-20 15:00", "Digital Realty inaugure MRS5, son sixième datacenter à Marseille", "Le site de 20 MW, relié aux câbles sous-marins qui atterrissent dans la cité phocéenne, vise les plateformes de contenus et les fournisseurs d'IA."),
    ]),
    # ------------------------------------------------ an outage with next-day follow-up, then the regulator's action six days later
    ("orange-panne-numeros-urgence-0325", "fresh20", [
        ("bfmtv.com", "03-25 07:10", "Panne géante chez Orange : les numéros d’urgence inaccessibles dans plusieurs régions", "Depuis la nuit, les appels vers le 15, le 17, le 18 et le 112 aboutissent difficilement pour les abonnés de l’opérateur. Le ministère de l’Intérieur a publié des numéros de substitution."),
        ("01net.com", "03-25 09:45", "Les 15, 17, 18 et 112 ne répondent plus : que faire en cas d'urgence ?", "Une panne du réseau de l'opérateur historique perturbe l'accès aux secours. Voici les numéros temporaires à composer dans votre département."),
        ("lemondeinformatique.fr", "03-25 16:30", "Orange : le service rétabli après plus de huit heures de panne des appels d'urgence", "L'opérateur annonce un retour à la normale en milieu de journée. Le ministre délégué au Numérique exige des explications."),
        ("zdnet.fr", "03-26 10:00", "Panne des numéros d’urgence : Orange pointe une mise à jour logicielle défaillante", "Au lendemain de l’incident, l’opérateur attribue la coupure à une mise à jour d’un équipement de cœur de réseau et écarte la piste d’une cyberattaque."),
    ]),
    ("arcep-mise-en-demeure-orange-0331", "fresh20", [
        ("next.ink", "03-31 11:00", "Panne des appels d'urgence : l'Arcep ouvre une procédure contre Orange", "Six jours après l'incident, le régulateur des télécoms met en demeure l'opérateur de se conformer à ses obligations d'acheminement des appels d'urgence."),
        ("lesechos.fr", "03-31 17:15", "Numéros d’urgence : Orange mis en demeure par l’Arcep", "Le gendarme des télécoms donne six mois à l’opérateur pour renforcer la résilience de son réseau, sous peine d’une amende pouvant atteindre 3 % de son chiffre d’affaires."),
    ]),
    # ------------------------------------------------ a joint venture's job cuts and its parent's contract, same day
    ("thales-alenia-space-suppressions-0122", "fresh20", [
        ("usine-digitale.fr", "01-22 09:30", "Thales Alenia Space va supprimer près de 1 000 postes en France", "La coentreprise de Thales et Leonardo, pénalisée par le marché des satellites de télécommunications, prévoit des départs sur ses sites de Cannes et Toulouse."),
        ("lesechos.fr", "01-22 13:00", "Spatial : plan social chez le constructeur de satellites cannois", "Thales Alenia Space annonce 980 suppressions de postes, en attendant le rapprochement de ses activités avec celles d'Airbus et de Leonardo."),
    ]),
    ("thales-contrat-cyber-armees-0122", "fresh20", [
        ("zdnet.fr", "01-22 16:00", "Thales décroche un contrat de cybersécurité de 300 millions d’euros avec le ministère des Armées", "Le groupe de défense assurera pendant dix ans la supervision des systèmes d'information de la défense depuis un centre opérationnel de sécurité à Rennes."),
    ]),
    # ------------------------------------------------ two AI models from two firms on consecutive days
    ("openai-gpt-5-5-0317", "fresh20", [
        ("numerama.com", "03-17 19:30", "OpenAI lance GPT-5.5, un modèle qui « réfléchit » plus vite", "La start-up de Sam Altman dévoile une nouvelle version de son modèle phare, disponible dès ce mardi pour les abonnés payants de ChatGPT."),
        ("frandroid.com", "03-17 20:45", "ChatGPT passe à GPT-5.5 : ce qui change pour les utilisateurs gratuits et payants", "OpenAI déploie un nouveau modèle plus rapide et moins coûteux. Les abonnés Plus y ont accès immédiatement, les autres dans les prochaines semaines."),
        ("journaldunet.com", "03-18 09:00", "GPT-5.5 : quelles performances face à Claude et Gemini ?", "Le modèle annoncé mardi soir par OpenAI prend la tête de plusieurs classements de référence en code. Premier décryptage pour les entreprises."),
    ]),
    ("google-gemini-3-5-pro-0318", "fresh20", [
        ("01net.com", "03-18 18:30", "Google riposte avec Gemini 3.5 Pro, au lendemain de GPT-5.5", "Le géant de Mountain View annonce une nouvelle version de son modèle d'IA, intégrée dès aujourd'hui à l'application Gemini et à Android."),
        ("clubic.com", "03-18 21:00", "Gemini 3.5 Pro est là : Google promet un modèle plus fiable en raisonnement", "Disponible en version préliminaire pour les développeurs et les abonnés Google AI Pro, le nouveau modèle revendique moins d’hallucinations."),
    ]),
    # ------------------------------------------------ one vendor: an outage, then a price rise two days later
    ("microsoft-365-panne-0126", "fresh20", [
        ("zdnet.fr", "01-26 10:40", "Panne mondiale : Outlook et Teams inaccessibles pour des millions d’utilisateurs", "Microsoft enquête sur un incident affectant Microsoft 365 depuis le début de matinée en Europe. Les services de messagerie et de visioconférence sont les plus touchés."),
        ("20minutes.fr", "01-26 13:00", "Teams, Outlook… Le géant de Redmond victime d'une panne géante en plein lundi matin", "Impossible d'envoyer des e-mails ou de rejoindre des réunions : des salariés du monde entier ont été privés de leurs outils de travail pendant plusieurs heures."),
        ("lemagit.fr", "01-27 09:15", "Panne Microsoft 365 : une modification de configuration réseau en cause", "Dans son rapport préliminaire, l'éditeur explique que l’incident de lundi provenait d’un changement sur son infrastructure Azure Front Door, annulé au bout de cinq heures."),
    ]),
    ("microsoft-365-hausse-prix-0128", "fresh20", [
        ("lemondeinformatique.fr", "01-28 11:00", "Microsoft 365 : hausse de prix de 10 à 15 % pour les entreprises au 1er avril", "L’éditeur justifie l’augmentation de ses licences professionnelles par l’intégration de fonctions d’IA Copilot dans les offres standard."),
        ("channelnews.fr", "01-28 15:30", "Licences : les partenaires de Microsoft préparent leurs clients à la hausse", "Les revendeurs ont été informés d'une revalorisation des tarifs des suites Microsoft 365 Business et E3/E5, effective au printemps."),
    ]),
    # ------------------------------------------------ one firm, strikes in two countries a day apart
    ("amazon-greve-france-0320", "fresh20", [
        ("bfmtv.com", "03-20 08:30", "Grève dans plusieurs entrepôts d'Amazon en France pour les salaires", "À l'appel de la CGT et de SUD, des salariés des sites de Brétigny-sur-Orge, Lauwin-Planque et Montélimar ont débrayé ce vendredi pour réclamer une hausse de 5 %."),
        ("20minutes.fr", "03-20 14:00", "Lille : les salariés de l’entrepôt de Lauwin-Planque en grève", "Plusieurs dizaines de salariés du géant du e-commerce Amazon se sont rassemblés devant le site nordiste dans le cadre d’un mouvement national sur les salaires."),
    ]),
    ("amazon-greve-allemagne-0319", "fresh20", [
        ("usine-digitale.fr", "03-19 16:00", "En Allemagne, des milliers de salariés d'Amazon en grève à l'appel de Verdi", "Le syndicat allemand a lancé jeudi un mouvement de trois jours dans neuf centres logistiques, réclamant l'application de la convention collective du commerce."),
    ]),
    # ------------------------------------------------ a scoop with confirmation the next day; an opinion piece on the topic is apart
    ("dgsi-palantir-prolongation-0114", "fresh20", [
        ("linforme.com", "01-14 07:00", "La DGSI prolonge son contrat avec Palantir jusqu’en 2028", "Selon nos informations, le renseignement intérieur a renouvelé pour trois ans le contrat qui le lie à l'éditeur américain, faute d'alternative française opérationnelle."),
        ("next.ink", "01-14 12:40", "Le renseignement intérieur reste fidèle à Palantir, selon L'Informé", "Le contrat entre la DGSI et la société de Peter Thiel, conclu en 2016, aurait été reconduit jusqu'en 2028, alors que l'État promettait une solution souveraine."),
        ("lemagit.fr", "01-15 10:00", "Palantir à la DGSI : le ministère de l'Intérieur confirme la prolongation", "Interrogé au lendemain des révélations, le ministère reconnaît un « avenant transitoire » et assure que le projet souverain sera prêt en 2028."),
    ]),
    ("tribune-souverainete-numerique-0115", "fresh20", [
        ("lesechos.fr", "01-15 06:00", "Opinion | Souveraineté numérique : cessons de confondre localisation et indépendance", "Héberger des données en France ne suffit pas à garantir notre autonomie stratégique, estime le dirigeant d'un éditeur de logiciels, qui plaide pour une commande publique plus audacieuse."),
    ]),
    # ------------------------------------------------ one personality in two stories on consecutive days
    ("niel-fonds-ia-500m-0109", "fresh20", [
        ("bfmtv.com", "01-09 09:00", "Xavier Niel lance un fonds de 500 millions d’euros dédié à l’IA", "Le fondateur d'Iliad, via sa holding NJJ, veut financer des start-up européennes d'intelligence artificielle à un stade précoce."),
        ("journaldunet.com", "01-09 14:30", "NJJ Capital dévoile un véhicule de 500 M€ pour les jeunes pousses de l'IA", "Le fonds du patron de Free investira des tickets de 1 à 20 millions d’euros et s’appuiera sur le campus Station F."),
    ]),
    ("niel-quitte-bytedance-0110", "fresh20", [
        ("linforme.com", "01-10 10:00", "Xavier Niel quitte le conseil d'administration de ByteDance", "Selon nos informations, le milliardaire français, administrateur de la maison mère de TikTok depuis 2025, a remis son mandat en fin d'année."),
    ]),
    # ------------------------------------------------ a scoop on talks, then the deal signed eight days later
    ("doctolib-medilogic-negociations-0302", "fresh20", [
        ("linforme.com", "03-02 07:00", "Doctolib en négociations exclusives pour racheter l'éditeur MediLogic", "Selon nos informations, la licorne française de la santé discute depuis plusieurs semaines avec les actionnaires de l'éditeur de logiciels pour médecins généralistes."),
        ("journaldunet.com", "03-02 13:00", "Doctolib voudrait s’offrir MediLogic, selon L’Informé", "La plateforme de prise de rendez-vous médicaux chercherait à renforcer son offre de logiciels de gestion de cabinet. Aucune des deux entreprises n’a commenté."),
    ]),
    ("doctolib-medilogic-officiel-0310", "fresh20", [
        ("usine-digitale.fr", "03-10 10:00", "Doctolib officialise le rachat de MediLogic", "Huit jours après les premières informations de presse, la licorne confirme l’acquisition de l’éditeur lyonnais, qui équipe 12 000 médecins."),
        ("lesechos.fr", "03-10 12:30", "E-santé : Doctolib signe la plus grosse acquisition de son histoire", "La start-up a annoncé mardi l'achat de MediLogic pour un montant estimé à 300 millions d'euros, sous réserve de l'accord de l'Autorité de la concurrence."),
    ]),
    # ------------------------------------------------ a new leak, and a trial over an old leak of the same body the next day
    ("france-travail-nouvelle-fuite-0312", "fresh20", [
        ("numerama.com", "03-12 08:30", "France Travail victime d’une nouvelle fuite de données", "L'opérateur public pour l'emploi prévient 340 000 demandeurs d'emploi que leurs coordonnées ont été consultées via le compte piraté d'un conseiller d'un organisme partenaire."),
        ("clubic.com", "03-12 12:00", "340 000 inscrits concernés : France Travail encore piraté", "Noms, adresses, numéros de téléphone : les données personnelles de centaines de milliers d'inscrits ont fuité. Voici les bons réflexes à adopter."),
        ("bfmtv.com", "03-13 09:00", "« Une fois de trop » : la fuite chez France Travail relance le débat sur les accès des partenaires", "Au lendemain de l'annonce du vol de données de 340 000 demandeurs d'emploi, élus et experts dénoncent des failles récurrentes dans les comptes des organismes partenaires."),
    ]),
    ("france-travail-proces-2024-0313", "fresh20", [
        ("next.ink", "03-13 15:00", "Piratage de France Travail en 2024 : trois jeunes hackers renvoyés devant le tribunal correctionnel", "Les auteurs présumés de la cyberattaque qui avait exposé les données de 43 millions de personnes seront jugés à Paris à l'automne."),
    ]),
    # ------------------------------------------------ a launch, then a screen bug after it goes on sale
    ("nothing-phone-4-lancement-0311", "fresh20", [
        ("frandroid.com", "03-11 17:00", "Nothing Phone (4) officiel : le design transparent évolue, le prix aussi", "La marque londonienne dévoile son nouveau smartphone à 549 €, avec un écran 120 Hz et une nouvelle interface Glyph."),
        ("lesnumeriques.com", "03-11 18:30", "Nothing lance le Phone (4) à 549 euros", "Le nouveau modèle de la marque de Carl Pei embarque une puce Snapdragon 8s Gen 4 et sera disponible en France le 20 mars."),
    ]),
    ("nothing-phone-4-bug-ecran-0323", "fresh20", [
        ("01net.com", "03-23 10:00", "Nothing Phone (4) : un bug d’écran vert touche les premiers acheteurs", "Quelques jours après sa commercialisation, des propriétaires du smartphone signalent une teinte verdâtre sur l’écran à faible luminosité."),
        ("frandroid.com", "03-23 16:30", "Écran verdâtre : Nothing promet une mise à jour d'urgence pour son nouveau smartphone", "Carl Pei reconnaît un défaut de calibrage logiciel du Phone (4) et annonce un correctif sous 48 heures pour les appareils concernés."),
    ]),
    # ------------------------------------------------ single-article events
    ("occitanie-marche-cloud-regional-0113", "fresh20", [
        ("cio-online.com", "01-13 14:00", "La Région Occitanie confie son cloud régional à un groupement d’acteurs locaux", "Le marché de 40 millions d'euros sur six ans doit permettre aux collectivités et aux hôpitaux de la région d'héberger leurs données à Toulouse et Montpellier."),
    ]),
    ("sony-hausse-prix-ps5-0130", "fresh20", [
        ("20minutes.fr", "01-30 11:00", "La PS5 augmente encore : Sony relève ses prix de 50 euros en France", "À partir du 1er février, la console de salon passe à 549,99 € dans sa version standard, une hausse justifiée par les coûts de la mémoire."),
    ]),
    # ------------------------------------------------ recurring formats: roundups, brief, podcast, newsletter, deals
    ("roundup-01net-semaine-0117", "fresh20", [
        ("01net.com", "01-17 10:00", "Panne OVHcloud, faille Fortinet, rachat de Nexora : les actus tech de la semaine", "Vous avez manqué l'actualité de ces derniers jours ? Voici les informations à retenir, du datacenter de Gravelines aux pare-feu vulnérables."),
    ]),
    ("roundup-numerama-semaine-0307", "fresh20", [
        ("numerama.com", "03-07 09:00", "iPhone 17e, Atos, CHU de Rennes : les 5 infos tech à retenir cette semaine", "Chaque samedi, la rédaction revient sur les actualités qui ont marqué la semaine dans la tech et le numérique."),
    ]),
    ("brief-jdn-0312", "fresh20", [
        ("journaldunet.com", "03-12 07:00", "Le Brief du 12 mars : Filigran et HarfangLab lèvent des fonds, Google perd en appel", "Les informations essentielles du jour pour les professionnels du numérique, en cinq minutes de lecture."),
    ]),
    ("podcast-lesnumeriques-0306", "fresh20", [
        ("lesnumeriques.com", "03-06 18:00", "Le podcast Les Numériques #87 : iPhone 17e, MacBook Air M5 et la semaine d'Apple", "Dans cet épisode, la rédaction débat des nouveautés de la semaine et répond à vos questions."),
    ]),
    ("newsletter-silicon-0122", "fresh20", [
        ("silicon.fr", "01-22 07:00", "Mistral AI, Capgemini, Free : l'essentiel de la newsletter du 22 janvier", "Chaque jeudi, notre sélection des articles les plus lus par les décideurs IT : levée record, acquisitions et hausse de tarifs."),
    ]),
    ("bons-plans-frandroid-soldes-0114", "fresh20", [
        ("frandroid.com", "01-14 12:00", "Soldes d'hiver : les meilleures offres smartphones du jour (Pixel, Galaxy, iPhone)", "Notre sélection quotidienne des bons plans sur les téléphones, mise à jour en continu pendant les soldes."),
    ]),
    ("bons-plans-clubic-0320", "fresh20", [
        ("clubic.com", "03-20 10:00", "Bons plans du jour : l'iPhone 17e déjà en promo, MacBook Air M4 à prix cassé", "Chaque matin, notre sélection des meilleures promotions high-tech du moment."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
