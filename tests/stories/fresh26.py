"""A twenty-sixth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh26".
It holds cloud and telecom outages, layoffs and strikes, ransomware attacks on hospitals, data
breaches, regulator fines and an appeal, keynotes with several products, OS releases and
their patches, results then job cuts, rumours then signed deals and same-day funding rounds.
Positives are worded very differently across outlets (digits and words, English terms,
"selon L'Informé", actors named by periphrasis or only in the lead, consumer angles,
explainers, tests, interviews, quotes as titles, next-day reactions and post-mortems).
Hard negatives sit within days of their look-alike: the same firm and topic, another event;
and recurring formats (weekly roundups, daily briefs, podcasts, newsletters, deals posts) that
list several events and are each their own one-article event.
`build` fixes the year 2026; times are UTC, March and August 2026.

Measured once, on 729981b, the code that lands at stop 21, and nothing changed after: precision
1.000, recall 0.782 (the code that landed at stop 20, 20ee279: 0.990, 0.774).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ telecom consolidation: one offer, many wordings
    ("sfr-joint-offer", "fresh26", [
        ("lesechos.fr", "03-02 06:15", "Bouygues, Free et Orange déposent une offre commune de 17 milliards pour SFR",
         "Les trois opérateurs ont remis lundi à Altice une offre ferme pour se partager les actifs de SFR, valorisés à 17 milliards d'euros dette comprise."),
        ("bfmtv.com", "03-02 08:40", "Rachat de SFR : le trio Bouygues-Iliad-Orange passe à l'offensive",
         "Les trois concurrents de l'opérateur au carré rouge ont formalisé leur proposition auprès de Patrick Drahi."),
        ("01net.com", "03-02 11:05", "SFR bientôt démantelé ? Ce que l'offre des trois opérateurs changerait pour vos forfaits",
         "Clients, réseau, boutiques : on fait le point sur ce que signifierait pour vous le partage de SFR entre Orange, Bouygues Telecom et Free."),
        ("latribune.fr", "03-02 14:30", "Altice reçoit une offre à 17 Md€ pour sa filiale télécoms française",
         "Le groupe de Patrick Drahi a confirmé avoir reçu une proposition conjointe de ses trois rivaux, qu'il dit vouloir « étudier attentivement »."),
    ]),
    # ------------------------------------------------ two outages of one cloud, three days apart (hard negative pair)
    ("ovhcloud-gravelines-outage", "fresh26", [
        ("lemagit.fr", "03-03 07:50", "OVHcloud : panne électrique sur le site de Gravelines",
         "Une coupure d'alimentation a rendu indisponibles pendant près de cinq heures des milliers de serveurs dédiés et d'instances Public Cloud hébergés dans le Nord."),
        ("silicon.fr", "03-03 10:20", "Le cloud de Roubaix à l'arrêt une matinée entière",
         "Le fournisseur nordiste a subi un incident d'alimentation dans son datacenter de Gravelines, affectant de nombreux clients européens."),
        ("zdnet.fr", "03-03 15:45", "Incident OVHcloud : les clients de GRA privés de service pendant cinq heures",
         "L'hébergeur évoque la défaillance d'un onduleur sur la zone GRA et promet un rapport détaillé."),
        ("lemondeinformatique.fr", "03-04 09:30", "Panne de Gravelines : OVHcloud publie son post-mortem",
         "Le fournisseur détaille l'enchaînement qui a conduit à la coupure de mardi : un onduleur défaillant, puis une bascule sur groupe électrogène qui n'a pas fonctionné."),
    ]),
    ("ovhcloud-strasbourg-outage", "fresh26", [
        ("lemagit.fr", "03-06 13:10", "Nouvelle panne chez OVHcloud, cette fois à Strasbourg",
         "Trois jours après Gravelines, c'est un incident réseau sur le site SBG qui a coupé l'accès à des services de stockage objet pendant deux heures."),
        ("next.ink", "03-06 15:25", "OVHcloud : le stockage S3 de SBG tombe, deux heures d’indisponibilité",
         "Une erreur de configuration d’un routeur a isolé la région strasbourgeoise, sans lien avec l’incident électrique de mardi selon l’hébergeur."),
        ("channelnews.fr", "03-07 08:00", "OVHcloud : les partenaires s'inquiètent après un deuxième incident en une semaine",
         "Après la coupure réseau de vendredi à Strasbourg, des intégrateurs réclament des engagements de disponibilité plus fermes."),
    ]),
    # ------------------------------------------------ results then job cuts at the same firm
    ("atos-annual-results", "fresh26", [
        ("lesechos.fr", "03-04 06:45", "Atos renoue avec un résultat opérationnel positif en 2025",
         "Le groupe de services informatiques, sorti de sa restructuration financière, affiche une marge opérationnelle de 4,1 % pour un chiffre d'affaires de 8,2 milliards d'euros."),
        ("lemondeinformatique.fr", "03-04 09:15", "Résultats 2025 : Atos stabilise ses revenus",
         "L'ESN publie des comptes annuels en recul de 6 % mais conformes à sa feuille de route."),
        ("journaldunet.com", "03-04 12:00", "L'ex-champion français des ESN retrouve des couleurs",
         "Atos a publié mercredi des résultats annuels meilleurs qu'attendu, portés par la cybersécurité et les contrats publics."),
    ]),
    ("atos-job-cuts", "fresh26", [
        ("linforme.com", "03-06 06:00", "Atos prépare la suppression de 1 200 postes en France",
         "Selon nos informations, la direction présentera la semaine prochaine un plan de sauvegarde de l'emploi touchant surtout les activités d'infogérance."),
        ("silicon.fr", "03-06 10:40", "Atos : 1 200 emplois menacés, selon L'Informé",
         "Deux jours après des résultats jugés encourageants, l'ESN s'apprêterait à lancer un PSE d'ampleur."),
        ("channelnews.fr", "03-06 16:20", "Un PSE de 1 200 postes en vue chez Atos",
         "Les syndicats dénoncent un plan qui viserait principalement les équipes de Tech Foundations."),
    ]),
    # ------------------------------------------------ layoffs then a strike at the same firm
    ("ubisoft-layoffs", "fresh26", [
        ("lefigaro.fr", "03-04 08:30", "Ubisoft va supprimer 200 postes en France",
         "L'éditeur de jeux vidéo annonce la fermeture de son studio de Montpellier-Castelnau et un plan de départs dans ses équipes parisiennes."),
        ("numerama.com", "03-04 11:10", "L’éditeur d’Assassin’s Creed annonce de nouveaux licenciements",
         "Ubisoft poursuit sa cure d’austérité : deux cents emplois sont concernés dans l’Hexagone."),
        ("clubic.com", "03-04 14:50", "Layoffs chez Ubisoft : 200 salariés français concernés",
         "Le groupe de la famille Guillemot justifie ces suppressions par l'échec commercial de ses derniers titres."),
        ("20minutes.fr", "03-05 09:00", "« Un coup de massue » : les salariés d'Ubisoft sous le choc après l'annonce de 200 suppressions de postes",
         "Au lendemain de l'annonce, les employés du studio de Montpellier racontent leur incompréhension."),
    ]),
    ("ubisoft-strike", "fresh26", [
        ("numerama.com", "03-10 09:20", "Grève chez Ubisoft : les studios français débrayent",
         "À l’appel du STJV, des centaines de salariés ont cessé le travail mardi pour protester contre le plan de suppressions de postes."),
        ("lemondeinformatique.fr", "03-10 13:45", "Ubisoft : mouvement social dans les studios de Paris et Montpellier",
         "Les salariés de l'éditeur ont fait grève pour réclamer l'abandon du plan annoncé la semaine dernière."),
    ]),
    # ------------------------------------------------ two ransomware attacks on two hospitals, two days apart
    ("ransomware-chu-rennes", "fresh26", [
        ("zdnet.fr", "03-05 07:40", "Le CHU de Rennes victime d'un rançongiciel",
         "L'établissement a déclenché son plan blanc numérique après le chiffrement d'une partie de ses serveurs dans la nuit."),
        ("lemagit.fr", "03-05 10:55", "Ransomware : le CHU de Rennes contraint de revenir au papier",
         "Les urgences fonctionnent en mode dégradé ; les patients non urgents sont réorientés vers d'autres établissements bretons."),
        ("20minutes.fr", "03-05 16:10", "Cyberattaque à l'hôpital de Rennes : ce que l'on sait",
         "Rendez-vous reportés, déprogrammations : on fait le point sur l'attaque informatique qui frappe le centre hospitalier universitaire."),
    ]),
    ("ransomware-ch-dax", "fresh26", [
        ("zdnet.fr", "03-07 09:05", "Le centre hospitalier de Dax touché par une cyberattaque",
         "Deux jours après Rennes, un autre hôpital français subit une attaque par rançongiciel, revendiquée par le groupe Qilin."),
        ("lemagit.fr", "03-07 12:30", "Qilin revendique l'attaque contre l'hôpital de Dax",
         "Le groupe menace de publier 300 Go de données si la rançon n'est pas versée."),
    ]),
    # ------------------------------------------------ weekly cyber roundup, one per week, never merged
    ("zdnet-cyber-week-0306", "fresh26", [
        ("zdnet.fr", "03-06 17:00", "L'hebdo cyber : CHU de Rennes, panne OVHcloud et fuite chez un assureur",
         "Notre récapitulatif de la semaine en cybersécurité : un hôpital paralysé par un rançongiciel, un incident chez OVHcloud et les nouvelles recommandations de l'ANSSI."),
    ]),
    # ------------------------------------------------ a launch then a bug on the same phone
    ("pixel-10a-launch", "fresh26", [
        ("frandroid.com", "03-05 15:00", "Google Pixel 10a officiel : prix, fiche technique et date de sortie",
         "Le nouveau smartphone abordable de Google embarque la puce Tensor G5 et un écran 120 Hz pour 499 euros."),
        ("lesnumeriques.com", "03-05 15:05", "Test du Google Pixel 10a : le meilleur rapport qualité-prix photo ?",
         "Nous avons pu prendre en main le dernier-né de la gamme A de Google pendant une semaine."),
        ("01net.com", "03-05 16:30", "Google dégaine son Pixel 10a à moins de 500 euros",
         "Le géant de Mountain View renouvelle son mobile d'entrée de gamme avec sept ans de mises à jour."),
    ]),
    ("pixel-10a-screen-bug", "fresh26", [
        ("frandroid.com", "03-12 10:20", "Pixel 10a : des utilisateurs se plaignent d'un écran qui clignote",
         "Une semaine après sa sortie, plusieurs acheteurs signalent un scintillement de la dalle à faible luminosité."),
        ("presse-citron.net", "03-12 14:00", "Le Pixel 10a souffre déjà d'un bug d'affichage, Google enquête",
         "Le problème de clignotement serait logiciel selon la firme, qui promet un correctif."),
    ]),
    # ------------------------------------------------ daily podcast: own event
    ("bfm-techco-0305", "fresh26", [
        ("bfmtv.com", "03-05 18:00", "Tech & Co, la quotidienne du 5 mars : Ubisoft, SFR et le Pixel 10a",
         "Au programme : les suppressions de postes chez Ubisoft, l'offre des trois opérateurs sur SFR et le nouveau smartphone de Google."),
    ]),
    # ------------------------------------------------ two fines of one regulator on two firms, then an appeal
    ("cnil-fine-free", "fresh26", [
        ("next.ink", "03-10 10:00", "La CNIL inflige 42 millions d’euros d’amende à Free et Free Mobile",
         "Le régulateur sanctionne l’opérateur pour des manquements à la sécurité des données après la fuite massive de l’automne 2024."),
        ("01net.com", "03-10 11:30", "Fuite de données chez Free : l'opérateur condamné à payer 42 millions",
         "La Commission estime que les mesures de sécurité étaient insuffisantes pour protéger les données de 19 millions d'abonnés."),
        ("lemondeinformatique.fr", "03-10 15:15", "Sanction record de la CNIL contre l'opérateur de Xavier Niel",
         "Iliad écope d'une amende de 42 M€ pour ne pas avoir protégé les données de ses clients."),
    ]),
    ("cnil-fine-vinted", "fresh26", [
        ("next.ink", "03-11 09:45", "La CNIL sanctionne Vinted à hauteur de 2,5 millions d’euros",
         "La plateforme de seconde main est épinglée pour la conservation excessive des données de ses utilisateurs."),
        ("numerama.com", "03-11 12:20", "Vinted écope d’une amende de la CNIL",
         "Le régulateur reproche au site de vêtements d’occasion de conserver trop longtemps les pièces d’identité."),
    ]),
    ("free-appeal-cnil", "fresh26", [
        ("lesechos.fr", "03-13 08:00", "Free conteste son amende de 42 millions devant le Conseil d'Etat",
         "L'opérateur a déposé un recours contre la sanction de la CNIL, qu'il juge disproportionnée."),
        ("next.ink", "03-13 11:40", "Free fait appel de la sanction de la CNIL",
         "Iliad saisit le Conseil d’État et demande la suspension de la publicité de la décision."),
    ]),
    # ------------------------------------------------ deals posts, each its own event
    ("clubic-deals-0310", "fresh26", [
        ("clubic.com", "03-10 07:00", "Bons plans du jour : Pixel 10a, SSD Samsung et forfait Free à prix cassé",
         "Notre sélection des meilleures promotions tech de ce mardi."),
    ]),
    ("clubic-deals-0317", "fresh26", [
        ("clubic.com", "03-17 07:00", "Bons plans du jour : MacBook Air, casque Sony et forfait 5G à 9,99 euros",
         "Notre sélection des meilleures promotions tech de ce mardi."),
    ]),
    # ------------------------------------------------ price hike, consumer angle
    ("free-mobile-price-rise", "fresh26", [
        ("frandroid.com", "03-16 08:10", "Free Mobile augmente le prix de son forfait 5G de 2 euros",
         "L'opérateur prévient ses abonnés par SMS : le forfait passera de 19,99 à 21,99 euros par mois à partir de mai."),
        ("01net.com", "03-16 10:00", "Hausse du forfait Free : ce que ça change pour vous et comment résilier sans frais",
         "Vous avez reçu le SMS ? On vous explique vos droits face à l'augmentation décidée par l'opérateur."),
        ("numerama.com", "03-16 13:30", "L’opérateur de Xavier Niel relève le tarif de son offre phare",
         "Les abonnés au forfait 5G de Free paieront deux euros de plus chaque mois."),
    ]),
    # ------------------------------------------------ two products of one keynote (Nvidia GTC)
    ("nvidia-rubin-ultra", "fresh26", [
        ("lemondeinformatique.fr", "03-16 19:30", "GTC 2026 : Nvidia dévoile ses GPU Vera Rubin Ultra",
         "Jensen Huang a présenté la prochaine génération d'accélérateurs pour datacenters, attendue au second semestre 2027."),
        ("usine-digitale.fr", "03-16 21:00", "Nvidia promet des performances multipliées par quatre avec Rubin Ultra",
         "Le fondeur a présenté à San José sa nouvelle puce pour l'entraînement des grands modèles d'IA."),
        ("silicon.fr", "03-17 08:20", "Rubin Ultra : ce qu'il faut retenir de la nouvelle puce IA de Nvidia",
         "Mémoire HBM4E, racks NVL576, consommation : les chiffres clés de l'accélérateur annoncé lors de la GTC."),
    ]),
    ("nvidia-dgx-station", "fresh26", [
        ("lesnumeriques.com", "03-16 22:10", "Nvidia lance la DGX Station GB300, un supercalculateur de bureau",
         "Présentée lors de la GTC, la station de travail embarque une puce Grace Blackwell Ultra pour les développeurs IA."),
        ("clubic.com", "03-17 09:30", "DGX Station : Nvidia met un calculateur IA sur votre bureau",
         "Le constructeur annonce une machine destinée aux chercheurs, commercialisée par Dell, HP et Asus."),
    ]),
    # ------------------------------------------------ two products of one keynote (Apple)
    ("apple-macbook-air-m5", "fresh26", [
        ("lesnumeriques.com", "03-17 14:05", "Apple officialise le MacBook Air M5",
         "Le portable ultrafin adopte la puce M5 et démarre toujours à 1 199 euros."),
        ("frandroid.com", "03-17 14:40", "MacBook Air M5 : prix, nouveautés et date de sortie",
         "Le nouvel ordinateur portable de la firme de Cupertino gagne une webcam 12 Mpx et le Wi-Fi 7."),
        ("01net.com", "03-18 07:30", "Faut-il craquer pour le nouveau MacBook Air ?",
         "Puce M5, autonomie, prix : on compare le portable dévoilé mardi par Apple avec la génération précédente."),
    ]),
    ("apple-ipad-air-m4", "fresh26", [
        ("lesnumeriques.com", "03-17 14:20", "Apple renouvelle l'iPad Air avec la puce M4",
         "La tablette milieu de gamme d'Apple gagne en puissance sans changer de prix."),
        ("presse-citron.net", "03-17 16:00", "iPad Air M4 : Apple met à jour sa tablette, voici ce qui change",
         "Annoncé le même jour que le nouveau MacBook Air, l'iPad Air reçoit la puce M4 et un modem maison."),
    ]),
    # ------------------------------------------------ a rumour then the signed deal, a week apart
    ("capgemini-talan-talks", "fresh26", [
        ("lesechos.fr", "03-18 06:00", "Capgemini en discussions exclusives pour racheter Talan",
         "Selon nos informations, le géant français du conseil discute d'un rachat valorisant la société de conseil autour de 1,8 milliard d'euros."),
        ("linforme.com", "03-18 09:30", "Capgemini lorgne Talan, les négociations sont avancées",
         "Le groupe de services numériques pourrait annoncer l'opération d'ici quelques semaines."),
    ]),
    ("capgemini-talan-signed", "fresh26", [
        ("lemondeinformatique.fr", "03-25 08:00", "Capgemini officialise le rachat de Talan pour 1,7 Md€",
         "L'ESN a signé l'accord d'acquisition du cabinet de conseil en transformation numérique, qui compte 7 000 collaborateurs."),
        ("channelnews.fr", "03-25 10:15", "C'est signé : Talan passe sous pavillon Capgemini",
         "L'opération, qui doit encore recevoir le feu vert des autorités de concurrence, devrait être finalisée à l'été."),
        ("journaldunet.com", "03-25 13:40", "Le numéro un français des ESN s'offre Talan",
         "Capgemini a annoncé mardi l'acquisition de la société fondée par Mehdi Houas."),
    ]),
    # ------------------------------------------------ two funding rounds on one day, plus an interview the day after
    ("mistral-funding", "fresh26", [
        ("lesechos.fr", "03-19 05:30", "Mistral AI lève 1,5 milliard d'euros et vaut désormais 25 milliards",
         "La start-up française d'intelligence artificielle boucle un tour de table mené par un fonds souverain du Golfe."),
        ("usine-digitale.fr", "03-19 08:45", "La pépite française de l'IA générative boucle une levée géante",
         "Mistral AI double sa valorisation en moins d'un an."),
        ("bfmtv.com", "03-19 10:00", "Mistral AI : 1,5 milliard de plus pour le champion tricolore de l'IA",
         "La société d'Arthur Mensch confirme une nouvelle levée de fonds record pour l'écosystème français."),
        ("latribune.fr", "03-20 07:15", "Arthur Mensch : « Nous ne quitterons pas la France »",
         "Au lendemain de sa levée de 1,5 milliard d'euros, le patron de Mistral AI détaille l'usage des fonds et écarte toute délocalisation."),
    ]),
    ("pennylane-funding", "fresh26", [
        ("lesechos.fr", "03-19 06:10", "Pennylane lève 200 millions d'euros",
         "Le logiciel de comptabilité français finance son expansion en Allemagne et en Italie."),
        ("journaldunet.com", "03-19 11:20", "La fintech comptable Pennylane réunit 200 M€",
         "La société dirigée par Arthur Waller poursuit sa croissance et dépasse les 500 000 clients."),
    ]),
    # ------------------------------------------------ data breach
    ("doctolib-breach", "fresh26", [
        ("numerama.com", "03-20 09:00", "Doctolib confirme une fuite de données touchant des patients",
         "Des noms, numéros de téléphone et motifs de rendez-vous ont été dérobés via le compte d’un prestataire."),
        ("zdnet.fr", "03-20 12:45", "Fuite chez Doctolib : un accès tiers compromis",
         "La plateforme de prise de rendez-vous médicaux a notifié la CNIL et invite ses utilisateurs à la vigilance face au phishing."),
        ("20minutes.fr", "03-21 08:30", "Vos données Doctolib ont-elles fuité ? Comment le savoir et se protéger",
         "Après l'annonce de la fuite, voici les réflexes à adopter."),
    ]),
    ("zdnet-cyber-week-0320", "fresh26", [
        ("zdnet.fr", "03-20 17:00", "L'hebdo cyber : Doctolib, Qilin et la CNIL",
         "Notre récapitulatif de la semaine en cybersécurité : une fuite chez Doctolib, le groupe Qilin toujours actif et la sanction contre Vinted."),
    ]),
    # ------------------------------------------------ OS release then its first patch
    ("ios-26-4-release", "fresh26", [
        ("frandroid.com", "03-24 17:30", "iOS 26.4 est disponible : voici les nouveautés",
         "Apple déploie sa mise à jour avec la nouvelle Siri dopée à l'IA et de nouveaux emojis."),
        ("presse-citron.net", "03-24 18:10", "La nouvelle Siri arrive enfin avec iOS 26.4",
         "La mise à jour, très attendue, est disponible sur les iPhone compatibles."),
        ("clubic.com", "03-25 07:45", "iOS 26.4 : faut-il installer la mise à jour tout de suite ?",
         "On a testé la nouvelle version du système de l'iPhone pendant une nuit : nos premières impressions."),
    ]),
    ("ios-26-4-1-patch", "fresh26", [
        ("frandroid.com", "03-27 18:00", "Apple publie iOS 26.4.1 pour corriger un bug du Bluetooth",
         "Trois jours après iOS 26.4, un premier correctif règle des déconnexions d'écouteurs et de montres."),
        ("presse-citron.net", "03-27 19:20", "iOS 26.4.1 disponible : mettez à jour votre iPhone",
         "La mise à jour corrige aussi une faille de sécurité activement exploitée, selon Apple."),
    ]),
    # ------------------------------------------------ two outages of one vendor, three days apart, different services
    ("azure-europe-outage", "fresh26", [
        ("lemagit.fr", "03-23 09:15", "Azure : panne dans la région Europe de l'Ouest",
         "Des machines virtuelles et bases SQL hébergées aux Pays-Bas ont été inaccessibles pendant trois heures lundi matin."),
        ("silicon.fr", "03-23 12:00", "Le cloud de Microsoft trébuche en Europe",
         "Un problème de refroidissement dans un datacenter d'Amsterdam a perturbé la région West Europe d'Azure."),
        ("lemondeinformatique.fr", "03-24 10:30", "Panne Azure West Europe : Microsoft détaille l'incident de refroidissement",
         "Le rapport préliminaire évoque l'arrêt automatique de serveurs après une hausse de température."),
    ]),
    ("microsoft-365-outage", "fresh26", [
        ("01net.com", "03-26 08:50", "Outlook et Teams en panne : Microsoft 365 perturbé",
         "Des millions d'utilisateurs professionnels ne parviennent plus à accéder à leur messagerie depuis ce jeudi matin."),
        ("20minutes.fr", "03-26 10:10", "Teams, Outlook : la suite bureautique de Microsoft victime d'une panne mondiale",
         "L'éditeur évoque un changement de configuration de son service d'authentification."),
    ]),
    # ------------------------------------------------ one regulator, two firms, same day
    ("dma-fine-apple", "fresh26", [
        ("lesechos.fr", "03-25 11:30", "DMA : Bruxelles inflige 800 millions d'euros d'amende à Apple",
         "La Commission européenne sanctionne la firme de Cupertino pour avoir entravé les liens vers des offres moins chères hors de l'App Store."),
        ("numerama.com", "03-25 12:15", "L’Europe frappe Apple au portefeuille : 800 millions pour l’App Store",
         "Première amende majeure au titre du Digital Markets Act pour le fabricant de l’iPhone."),
        ("next.ink", "03-25 14:40", "Digital Markets Act : Apple sanctionnée pour ses règles anti-steering",
         "La Commission estime que les restrictions imposées aux développeurs violent le règlement sur les marchés numériques."),
    ]),
    ("dma-fine-meta", "fresh26", [
        ("lesechos.fr", "03-25 11:45", "Meta condamné à 500 millions d'euros par la Commission européenne",
         "Le groupe de Mark Zuckerberg est sanctionné pour son modèle « payer ou consentir » sur Facebook et Instagram."),
        ("next.ink", "03-25 15:10", "DMA : Meta écope de 500 millions d’euros pour le « pay or consent »",
         "Le même jour qu’Apple, la maison mère de Facebook est sanctionnée par Bruxelles."),
    ]),
    # ------------------------------------------------ weekly recap and newsletters
    ("jdn-recap-0327", "fresh26", [
        ("journaldunet.com", "03-27 16:00", "Le récap de la semaine : Capgemini-Talan, amendes DMA et Mistral AI",
         "Les informations à retenir de la semaine dans la tech et le numérique."),
    ]),
    ("lesechos-tech-newsletter-0313", "fresh26", [
        ("lesechos.fr", "03-13 17:30", "Newsletter Tech : la CNIL frappe Free, Atos taille dans ses effectifs",
         "Chaque vendredi, l'essentiel de l'actualité tech et télécoms décrypté par la rédaction."),
    ]),
    ("lesechos-tech-newsletter-0327", "fresh26", [
        ("lesechos.fr", "03-27 17:30", "Newsletter Tech : Capgemini s'offre Talan, Bruxelles sanctionne Apple et Meta",
         "Chaque vendredi, l'essentiel de l'actualité tech et télécoms décrypté par la rédaction."),
    ]),
    # ================================================ August
    # ------------------------------------------------ two outages of one network vendor, three days apart
    ("cloudflare-outage-0804", "fresh26", [
        ("presse-citron.net", "08-04 12:10", "Panne Cloudflare : de nombreux sites inaccessibles",
         "X, Discord, des médias et des boutiques en ligne affichent des erreurs 500 depuis la fin de matinée."),
        ("01net.com", "08-04 12:45", "Une bonne partie du Web est tombée : que se passe-t-il chez Cloudflare ?",
         "Le prestataire de réseau de diffusion de contenu reconnaît un incident mondial."),
        ("next.ink", "08-04 18:30", "Cloudflare : un fichier de configuration trop gros à l’origine de la panne",
         "L’entreprise explique qu’un fichier de règles de son pare-feu a dépassé la taille maximale prévue, faisant planter ses proxys."),
        ("lemagit.fr", "08-05 08:00", "Panne Cloudflare : le post-mortem pointe une erreur de déploiement",
         "Le fournisseur publie son analyse de l'incident de lundi et annonce des déploiements plus progressifs."),
    ]),
    ("cloudflare-outage-0807", "fresh26", [
        ("presse-citron.net", "08-07 16:40", "Cloudflare de nouveau en panne, trois jours après",
         "Le tableau de bord et l'API de Cloudflare sont inaccessibles ; les sites des clients restent en ligne."),
        ("lemagit.fr", "08-07 19:00", "Cloudflare : le tableau de bord tombe, l'incident serait lié à une base de données",
         "Ce second incident de la semaine ne touche que le plan de contrôle, selon le fournisseur."),
    ]),
    # ------------------------------------------------ two ransomware attacks on two hospitals, three days apart
    ("ransomware-ch-cannes", "fresh26", [
        ("zdnet.fr", "08-03 08:20", "Le centre hospitalier de Cannes paralysé par un rançongiciel",
         "L'hôpital Simone-Veil a dû déprogrammer des opérations après le chiffrement de ses systèmes dimanche."),
        ("lemagit.fr", "08-03 11:45", "Cyberattaque : l'hôpital de Cannes bascule en mode dégradé",
         "Les équipes ont repris les dossiers papier ; le groupe LockBit 5.0 est soupçonné."),
        ("lefigaro.fr", "08-04 07:10", "Alpes-Maritimes : après la cyberattaque, l'hôpital de Cannes rouvre progressivement ses services",
         "Au lendemain de l'attaque, la direction fait état d'une reprise partielle des consultations."),
    ]),
    ("ransomware-chu-brest", "fresh26", [
        ("zdnet.fr", "08-06 09:10", "Le CHU de Brest touché à son tour par une cyberattaque",
         "Trois jours après Cannes, un établissement breton signale une intrusion dans son système d'information."),
        ("20minutes.fr", "08-06 14:00", "Brest : l'hôpital victime d'une attaque informatique, les urgences restent ouvertes",
         "Le centre hospitalier universitaire a coupé ses connexions à Internet par précaution."),
    ]),
    ("zdnet-cyber-week-0807", "fresh26", [
        ("zdnet.fr", "08-07 17:00", "L'hebdo cyber : hôpitaux de Cannes et Brest, double panne Cloudflare",
         "Notre récapitulatif de la semaine en cybersécurité : deux hôpitaux visés par des rançongiciels et deux incidents chez Cloudflare."),
    ]),
    ("zdnet-cyber-week-0814", "fresh26", [
        ("zdnet.fr", "08-14 17:00", "L'hebdo cyber : Defender, Leboncoin et Orange",
         "Notre récapitulatif de la semaine en cybersécurité : une mise à jour qui fait planter des PC, une fuite chez Leboncoin et la panne des numéros d'urgence chez Orange."),
    ]),
    # ------------------------------------------------ deals posts
    ("frandroid-deals-0805", "fresh26", [
        ("frandroid.com", "08-05 06:30", "Les meilleures offres du jour : Galaxy Z Flip 7, Pixel 10a et forfait 100 Go",
         "Chaque matin, notre sélection des promotions à ne pas manquer."),
    ]),
    ("frandroid-deals-0812", "fresh26", [
        ("frandroid.com", "08-12 06:30", "Les meilleures offres du jour : iPad Air M4, écouteurs Nothing et forfait 5G",
         "Chaque matin, notre sélection des promotions à ne pas manquer."),
    ]),
    # ------------------------------------------------ results then job cuts
    ("worldline-h1-results", "fresh26", [
        ("lesechos.fr", "08-05 05:45", "Worldline déçoit encore au premier semestre",
         "Le spécialiste des paiements voit son chiffre d'affaires reculer de 3 % et abaisse son objectif annuel."),
        ("journaldunet.com", "08-05 10:30", "Paiement : les revenus de Worldline en baisse au S1",
         "Le groupe français pâtit du ralentissement de l'activité des commerçants en Allemagne."),
        ("latribune.fr", "08-05 13:00", "Le champion tricolore des paiements abaisse ses prévisions, l'action chute",
         "Worldline a perdu 12 % en Bourse après la publication de ses comptes semestriels."),
    ]),
    ("worldline-job-cuts", "fresh26", [
        ("linforme.com", "08-07 06:00", "Worldline va supprimer 500 postes en Europe",
         "Selon nos informations, le groupe de paiements a présenté aux représentants du personnel un plan touchant la France et la Belgique."),
        ("lemondeinformatique.fr", "08-07 11:20", "Worldline taille dans ses effectifs, selon L'Informé",
         "Deux jours après des résultats en berne, le spécialiste du paiement prépare environ 500 suppressions d'emplois."),
    ]),
    # ------------------------------------------------ breach at a classifieds site
    ("leboncoin-breach", "fresh26", [
        ("zdnet.fr", "08-11 09:00", "Leboncoin confirme une fuite de données de ses utilisateurs",
         "Noms, adresses e-mail et numéros de téléphone de plusieurs millions de comptes ont été dérobés via un outil interne."),
        ("numerama.com", "08-11 12:30", "Le site d’annonces préféré des Français victime d’une fuite massive",
         "Leboncoin a prévenu ses membres par e-mail et notifié la CNIL."),
        ("01net.com", "08-11 16:45", "Fuite Leboncoin : les arnaques à prévoir et comment vous protéger",
         "Faux acheteurs, faux livreurs : après la fuite, voici les réflexes pour ne pas vous faire piéger."),
    ]),
    # ------------------------------------------------ a faulty update, its post-mortem the next day, then the fix a week later
    ("defender-update-crash", "fresh26", [
        ("01net.com", "08-12 09:20", "Une mise à jour de Microsoft Defender fait planter des milliers de PC",
         "Des écrans bleus en série touchent des entreprises du monde entier depuis ce mardi matin."),
        ("lemondeinformatique.fr", "08-12 11:00", "Écrans bleus en cascade : l'antivirus de Microsoft en cause",
         "Une signature défectueuse de Defender for Endpoint provoque le redémarrage en boucle de postes Windows 11."),
        ("bfmtv.com", "08-12 13:30", "Aéroports, hôpitaux, banques : une panne informatique géante liée à Microsoft",
         "Plusieurs aéroports européens ont dû revenir à l'enregistrement manuel."),
        ("lemagit.fr", "08-13 08:10", "Plantage Defender : Microsoft reconnaît une erreur de validation",
         "Dans un premier rapport, l'éditeur explique qu'un contrôle automatique a été contourné lors du déploiement de la signature."),
    ]),
    ("defender-permanent-fix", "fresh26", [
        ("lemondeinformatique.fr", "08-19 10:00", "Microsoft livre le correctif définitif pour Defender",
         "Une semaine après les écrans bleus, l'éditeur publie une mise à jour du moteur qui empêche la répétition de l'incident."),
        ("clubic.com", "08-19 14:30", "Defender : Microsoft déploie enfin un vrai correctif",
         "La mise à jour KB5061234 modifie la façon dont le moteur charge les signatures."),
    ]),
    # ------------------------------------------------ telecom outage, then a regulator's notice on it (new happening)
    ("orange-emergency-outage", "fresh26", [
        ("bfmtv.com", "08-15 22:30", "Panne chez Orange : les numéros d'urgence injoignables",
         "Le 15, le 17 et le 18 ne répondaient plus pour les abonnés de l'opérateur pendant plusieurs heures ce vendredi soir."),
        ("lefigaro.fr", "08-16 08:00", "L'opérateur historique à nouveau pointé du doigt après une panne des appels d'urgence",
         "Une défaillance d'un équipement réseau a empêché des milliers d'appels vers les secours dans la nuit du 15 août."),
        ("frandroid.com", "08-16 10:30", "Panne Orange : ce qui s'est passé et que faire si le 112 ne répond pas",
         "L'opérateur a rétabli le service ; on vous explique les alternatives en cas de nouvelle coupure."),
    ]),
    ("arcep-orange-notice", "fresh26", [
        ("next.ink", "08-20 09:30", "L’Arcep met en demeure Orange après la panne des numéros d’urgence",
         "Le régulateur donne trois mois à l’opérateur pour garantir l’acheminement des appels d’urgence."),
        ("lesechos.fr", "08-20 12:10", "Appels d'urgence : le régulateur des télécoms hausse le ton contre Orange",
         "Cinq jours après la panne, l'Arcep engage une procédure qui pourrait déboucher sur une sanction."),
    ]),
    # ------------------------------------------------ OS release then its first patch
    ("android-17-release", "fresh26", [
        ("frandroid.com", "08-18 17:00", "Android 17 est disponible : les nouveautés et les smartphones compatibles",
         "Google déploie la version stable de son système mobile sur les Pixel, avant les autres marques."),
        ("numerama.com", "08-18 18:30", "Android 17 arrive sur les Pixel : ce qui change vraiment",
         "Multitâche revu, bulles d’applications, Gemini intégré : le nouveau système de Google en détail."),
        ("lesnumeriques.com", "08-19 09:00", "On a installé Android 17 : nos premières impressions",
         "Le système de Google gagne en fluidité mais certaines nouveautés restent réservées aux Pixel."),
    ]),
    ("android-17-first-patch", "fresh26", [
        ("frandroid.com", "08-25 16:00", "Google publie un premier correctif pour Android 17",
         "Une semaine après la sortie, la mise à jour corrige une consommation excessive de batterie sur les Pixel."),
        ("presse-citron.net", "08-25 18:15", "Android 17 : une mise à jour corrective arrive déjà",
         "La batterie de votre Pixel se vidait trop vite ? Le patch d'août devrait régler le problème."),
    ]),
    # ------------------------------------------------ two products of one keynote (Made by Google)
    ("pixel-11-pro", "fresh26", [
        ("frandroid.com", "08-20 17:00", "Pixel 11 Pro officiel : Tensor G6, zoom 100x et prix en hausse",
         "Google a dévoilé son nouveau smartphone haut de gamme lors de sa conférence Made by Google."),
        ("lesnumeriques.com", "08-20 17:05", "Prise en main du Pixel 11 Pro : Google mise tout sur l'IA",
         "Nous avons pu manipuler le nouveau fleuron de Google quelques heures avant son annonce."),
        ("01net.com", "08-20 19:30", "Le géant de Mountain View lève le voile sur son Pixel 11 Pro à 1 199 euros",
         "Nouvelle puce gravée par TSMC, écran plus lumineux et sept ans de mises à jour."),
    ]),
    ("pixel-watch-5", "fresh26", [
        ("frandroid.com", "08-20 17:20", "Pixel Watch 5 : Google améliore enfin l'autonomie de sa montre",
         "Présentée aux côtés des Pixel 11, la montre connectée promet 48 heures d'utilisation."),
        ("presse-citron.net", "08-20 20:00", "La nouvelle montre de Google tient deux jours",
         "La Pixel Watch 5 adopte une puce Snapdragon plus sobre et un capteur de température."),
    ]),
    ("bfm-techco-0820", "fresh26", [
        ("bfmtv.com", "08-20 18:00", "Tech & Co, la quotidienne du 20 août : Pixel 11, Arcep contre Orange et Android 17",
         "Au programme : les annonces de Google, la mise en demeure de l'opérateur historique et le premier bilan d'Android 17."),
    ]),
    # ------------------------------------------------ layoffs at a streaming firm
    ("deezer-layoffs", "fresh26", [
        ("linforme.com", "08-25 06:00", "Deezer prépare un nouveau plan de départs",
         "Selon nos informations, la plateforme de streaming musical veut se séparer d'une cinquantaine de salariés à Paris."),
        ("bfmtv.com", "08-25 12:00", "Deezer va supprimer 50 postes, selon L'Informé",
         "Le service de musique en ligne poursuit sa réduction des coûts."),
        ("numerama.com", "08-26 09:30", "Chez Deezer, la direction justifie des layoffs « pour atteindre la rentabilité »",
         "Au lendemain des révélations, la plateforme confirme la suppression d’une cinquantaine d’emplois."),
    ]),
    # ------------------------------------------------ two funding rounds on one day
    ("hugging-face-funding", "fresh26", [
        ("usine-digitale.fr", "08-26 14:00", "Hugging Face lève 600 millions de dollars",
         "La plateforme franco-américaine de modèles d'IA ouverts est désormais valorisée 10 milliards de dollars."),
        ("journaldunet.com", "08-26 16:10", "La licorne au smiley jaune boucle une levée géante",
         "Hugging Face, cofondée par Clément Delangue, réunit 600 M$ auprès de Nvidia, Salesforce et Google."),
    ]),
    ("alan-funding", "fresh26", [
        ("lesechos.fr", "08-26 06:30", "L'assureur santé Alan lève 250 millions d'euros",
         "La néo-assurance française accélère en Espagne et en Belgique et vise la rentabilité en 2027."),
        ("journaldunet.com", "08-26 10:00", "Alan réunit 250 M€ pour poursuivre son expansion européenne",
         "La start-up de Jean-Charles Samuelian-Werve annonce un nouveau tour de table."),
    ]),
    # ------------------------------------------------ sovereign cloud qualification
    ("bleu-secnumcloud", "fresh26", [
        ("lemagit.fr", "08-27 08:30", "Bleu obtient la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini, qui commercialise les services Microsoft, décroche le label de l'ANSSI."),
        ("silicon.fr", "08-27 11:15", "Cloud de confiance : la coentreprise d'Orange et Capgemini qualifiée par l'ANSSI",
         "Le cloud « souverain » basé sur Azure peut désormais héberger les données sensibles de l'État."),
        ("lemondeinformatique.fr", "08-27 15:00", "SecNumCloud : Bleu franchit l'étape décisive",
         "Après trois ans de travaux, l'offre bâtie sur les technologies de Microsoft reçoit le visa de sécurité."),
    ]),
    # ------------------------------------------------ a later, unrelated Mistral event (hard negative with the March round)
    ("mistral-defence-deal", "fresh26", [
        ("usine-digitale.fr", "08-28 09:00", "Mistral AI signe un accord-cadre avec le ministère des Armées",
         "La start-up fournira ses modèles d'IA aux armées et à la DGA pour cinq ans."),
        ("latribune.fr", "08-28 13:20", "Défense : la start-up d'Arthur Mensch décroche un contrat avec les armées",
         "L'accord porte sur le déploiement de modèles de langage sur des infrastructures classifiées."),
    ]),
    ("jdn-recap-0828", "fresh26", [
        ("journaldunet.com", "08-28 16:00", "Le récap de la semaine : Hugging Face, Alan, Bleu et Mistral AI",
         "Les informations à retenir de la semaine dans la tech et le numérique."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
