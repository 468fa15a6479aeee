"""A forty-second fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh42".
Positives: digits against words ("1 200" / « plus d'un millier », "32" / « une trentaine »),
periphrases in titles (« le géant de Redmond », « l'opérateur historique »), "selon L'Informé",
post-mortems, explainers, hands-on tests, a quote as title, "ce qui change pour vous" angles.
Hard negatives: two Microsoft outages, Atos job cuts then strike, two hospital ransomware attacks,
CNIL then DGCCRF fines on Bouygues Telecom, Ubisoft results then studio closure, iOS 26.5 then its
battery bug, two Google I/O products, a Dassault Systèmes rumour then another deal, two public-sector
breaches, two re:Invent launches, two Orange outages, two Google rulings, two Meta fines, one
gang's two retail victims, two quantum rounds, GPT-6 then a ChatGPT outage; roundups and deals posts.
`build` fixes the year 2026; times are UTC, May and December 2026.

Written after the code of stop 22 was final, measured once on it (cae956c), nothing changed
after: precision 0.920, recall 0.706 (the code that landed at stop 21, c3d1421: 0.889 / 0.687).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Azure West Europe outage, then its post-mortem
    ("azure-outage-west-europe", "fresh42", [
        ("lemagit.fr", "05-04 09:20",
         "Azure : une panne perturbe les services de Microsoft en Europe de l'Ouest",
         "Depuis lundi matin, des clients de la région West Europe, hébergée aux Pays-Bas, ne parviennent plus à accéder à leurs machines virtuelles ni à certaines bases SQL."),
        ("silicon.fr", "05-04 11:05",
         "Le cloud du géant de Redmond tousse en Europe",
         "Machines virtuelles injoignables, portail d’administration inaccessible : la région néerlandaise d’Azure connaît depuis ce matin un incident majeur."),
        ("bfmtv.com", "05-04 12:40",
         "Panne géante chez Microsoft : des entreprises européennes paralysées",
         "Un incident dans un centre de données d'Azure aux Pays-Bas a privé de nombreuses entreprises de leurs applications métiers pendant plusieurs heures."),
        ("lemondeinformatique.fr", "05-05 08:30",
         "Panne Azure West Europe : Microsoft pointe un changement de configuration réseau",
         "Dans son rapport préliminaire, l'éditeur attribue l'interruption de lundi à une modification erronée déployée sur des équipements réseau de la région."),
        ("next.ink", "05-05 14:10",
         "Six heures sans cloud : ce que dit le rapport préliminaire de Microsoft",
         "Un changement de configuration et un retour arrière trop lent : l’éditeur détaille l’incident qui a frappé sa région néerlandaise lundi."),
    ]),
    # ------------------------------------------------ hard negative: another Microsoft outage three days later (Entra ID, France)
    ("entra-id-outage-france", "fresh42", [
        ("lemagit.fr", "05-07 08:50",
         "Microsoft Entra ID : des échecs d'authentification en série en France",
         "Les utilisateurs de la région France Central ont été incapables de se connecter à Microsoft 365 pendant près de deux heures jeudi matin."),
        ("zdnet.fr", "05-07 11:30",
         "Nouvelle panne chez Microsoft, trois jours après l'incident néerlandais",
         "Cette fois, c'est le service d'identité Entra ID qui a flanché, empêchant les connexions à Outlook et Teams dans l'Hexagone."),
        ("01net.com", "05-07 13:15",
         "Impossible de vous connecter à Outlook ou Teams ce matin ? Ce n'était pas vous",
         "Une panne du système d’authentification de Microsoft a bloqué de nombreux salariés français ce jeudi ; le service est désormais rétabli."),
    ]),
    # ------------------------------------------------ Atos job cuts (scoop, digits vs words, periphrasis)
    ("atos-rcc-1200", "fresh42", [
        ("linforme.com", "05-05 06:15",
         "Atos : un plan de 1 200 départs en France en préparation",
         "Selon nos informations, la direction du groupe de services informatiques doit présenter mardi aux syndicats une rupture conventionnelle collective concernant environ 1 200 postes."),
        ("lesechos.fr", "05-05 10:20",
         "Atos va supprimer plus d'un millier de postes en France",
         "Le groupe, sorti de sa restructuration financière, poursuit sa cure d'amaigrissement avec un plan de départs volontaires dans l'Hexagone."),
        ("lemondeinformatique.fr", "05-05 12:00",
         "Atos confirme 1 200 suppressions de postes, selon L'Informé",
         "Le spécialiste des services numériques confirme un plan de départs volontaires qui touchera en priorité les activités d'infogérance."),
        ("channelnews.fr", "05-05 15:45",
         "L’ex-fleuron de l’informatique française taille à nouveau dans ses effectifs",
         "Atos prévoit une rupture conventionnelle collective de 1 200 postes, essentiellement dans l’infogérance et le support."),
        ("silicon.fr", "05-06 09:00",
         "RCC chez Atos : le calendrier et les métiers visés",
         "Les négociations doivent aboutir d'ici juillet ; infogérance, centres de services et fonctions support concentrent l'essentiel des départs."),
    ]),
    # ------------------------------------------------ hard negative: strike at Atos a week later
    ("atos-strike", "fresh42", [
        ("lemondeinformatique.fr", "05-12 14:00",
         "Les salariés d'Atos en grève contre la RCC",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés d'Atos ont débrayé mardi sur les sites de Bezons, Lyon et Toulouse."),
        ("next.ink", "05-12 16:30",
         "Atos : premier débrayage depuis l’annonce du plan de départs",
         "Les syndicats dénoncent des objectifs de départs « intenables » et réclament la suspension des négociations sur les 1 200 postes."),
    ]),
    # ------------------------------------------------ ransomware at Cholet hospital (then the claim)
    ("ransomware-ch-cholet", "fresh42", [
        ("zdnet.fr", "05-06 10:00",
         "Le centre hospitalier de Cholet frappé par un rançongiciel",
         "L'établissement du Maine-et-Loire a déclenché son plan blanc après le chiffrement d'une partie de ses serveurs dans la nuit de mardi à mercredi."),
        ("lemagit.fr", "05-06 12:45",
         "Cyberattaque : l’hôpital de Cholet passe en mode dégradé",
         "Les urgences restent ouvertes mais les patients non urgents sont réorientés ; aucune revendication n’a encore été publiée."),
        ("numerama.com", "05-07 09:30",
         "Ransomware : le gang Qilin revendique l'attaque contre l'hôpital de Cholet",
         "Le groupe cybercriminel affirme avoir dérobé 400 Go de données de l'établissement angevin et menace de les publier sous dix jours."),
    ]),
    # ------------------------------------------------ hard negative: another hospital hit five days later
    ("ransomware-ch-montlucon", "fresh42", [
        ("lemondeinformatique.fr", "05-11 09:15",
         "Le centre hospitalier de Montluçon victime d'une cyberattaque",
         "Quelques jours après Cholet, un autre hôpital français doit fonctionner sans son informatique après une attaque par rançongiciel détectée dimanche."),
        ("bfmtv.com", "05-11 13:20",
         "Allier : l'hôpital de Montluçon paralysé par une attaque informatique",
         "Consultations reportées, dossiers patients sur papier : l'établissement fonctionne en mode dégradé depuis dimanche soir."),
        ("lemagit.fr", "05-12 08:40",
         "Montluçon : l’hôpital confirme un rançongiciel, pas de lien établi avec Cholet",
         "L’ANSSI accompagne l’établissement de l’Allier ; aucune revendication n’a pour l’instant été publiée."),
    ]),
    # ------------------------------------------------ CNIL fine on Bouygues Telecom
    ("cnil-fine-bouygues-telecom", "fresh42", [
        ("numerama.com", "05-13 10:00",
         "Fuite de données : la CNIL sanctionne Bouygues Telecom à hauteur de 20 millions d'euros",
         "Le gendarme de la vie privée reproche à l'opérateur des défaillances de sécurité ayant permis le vol des données de 6,4 millions de clients en 2025."),
        ("lemagit.fr", "05-13 12:30",
         "Cyberattaque de 2025 : 20 M€ d’amende pour Bouygues Telecom",
         "La formation restreinte de la CNIL pointe une authentification trop faible sur les outils utilisés par les prestataires du service client."),
        ("clubic.com", "05-13 15:00",
         "Vos données avaient fuité chez Bouygues ? L'opérateur écope d'une amende record",
         "Ce qui change pour vous : rien dans l'immédiat, mais la décision de la CNIL facilite les actions en réparation des clients concernés."),
    ]),
    # ------------------------------------------------ hard negative: DGCCRF fine on the same operator two days later
    ("dgccrf-fine-bouygues-telecom", "fresh42", [
        ("lesnumeriques.com", "05-15 10:30",
         "Hausses de prix des forfaits : Bouygues Telecom condamné à une amende de 3,2 millions d'euros",
         "La DGCCRF sanctionne l'opérateur pour avoir augmenté le prix d'abonnements sans informer correctement ses clients de leur droit à résilier."),
        ("frandroid.com", "05-15 12:50",
         "Après la CNIL, Bouygues Telecom sanctionné par la répression des fraudes",
         "Deux jours après l’amende pour la fuite de données, l’opérateur écope d’une nouvelle sanction, cette fois pour des hausses tarifaires jugées déloyales."),
        ("01net.com", "05-15 17:00",
         "Bouygues Telecom : 3,2 millions d'euros d'amende pour des hausses de prix mal annoncées",
         "L'opérateur n'avait pas rappelé aux abonnés concernés la possibilité de résilier sans frais, selon la DGCCRF."),
    ]),
    # ------------------------------------------------ Ubisoft annual results
    ("ubisoft-annual-results", "fresh42", [
        ("lesechos.fr", "05-13 18:30",
         "Ubisoft : des ventes en recul de 12 % sur l'exercice",
         "L'éditeur d'« Assassin's Creed » a publié mercredi soir des net bookings annuels de 1,7 milliard d'euros, pénalisés par un calendrier de sorties dégarni."),
        ("latribune.fr", "05-14 07:45",
         "Le créateur des Lapins crétins voit ses revenus fondre",
         "Ubisoft termine son exercice 2025-2026 en repli de 12 % et promet un retour à la croissance grâce à sa filiale Vantage Studios."),
        ("journaldunet.com", "05-14 10:00",
         "Résultats annuels d'Ubisoft : ce qu'il faut retenir",
         "Ventes en baisse, marge opérationnelle négative, objectif d'économies relevé : les chiffres clés de l'éditeur français de jeux vidéo."),
    ]),
    # ------------------------------------------------ hard negative: Ubisoft closes a studio five days later
    ("ubisoft-annecy-closure", "fresh42", [
        ("bfmtv.com", "05-18 11:00",
         "Ubisoft ferme son studio d'Annecy, 130 salariés concernés",
         "Cinq jours après des résultats décevants, l'éditeur annonce l'arrêt des activités de son studio haut-savoyard, à l'origine de « Riders Republic »."),
        ("numerama.com", "05-18 14:20",
         "« Un choc » : les salariés d’Ubisoft Annecy apprennent la fermeture de leur studio",
         "La direction a présenté lundi un projet de fermeture concernant quelque 130 personnes, dans le cadre de son plan d’économies."),
    ]),
    # ------------------------------------------------ iOS 26.5 release (consumer angles)
    ("ios-26-5-release", "fresh42", [
        ("igen.fr", "05-19 17:40",
         "iOS 26.5 est disponible",
         "Apple diffuse la mise à jour pour tous les iPhone compatibles, avec le chiffrement de bout en bout des messages RCS et de nouvelles options pour Apple Music."),
        ("macg.co", "05-19 18:10",
         "iOS 26.5 : toutes les nouveautés de la mise à jour",
         "Messages chiffrés avec Android, nouveaux fonds d’écran et corrections de sécurité : le tour de la version publiée ce soir."),
        ("frandroid.com", "05-20 08:00",
         "iPhone : la mise à jour iOS 26.5 arrive, voici ce qui change pour vous",
         "Apple active enfin le chiffrement des messages RCS échangés avec les smartphones Android, une nouveauté qui concerne aussi les utilisateurs de Galaxy et de Pixel."),
        ("01net.com", "05-20 09:30",
         "Faut-il installer la dernière mise à jour de l'iPhone tout de suite ?",
         "iOS 26.5 corrige une trentaine de failles, dont deux activement exploitées ; nous vous expliquons comment l'installer."),
    ]),
    # ------------------------------------------------ hard negative: the same update's battery bug, three days later
    ("ios-26-5-battery-bug", "fresh42", [
        ("igen.fr", "05-22 09:00",
         "iOS 26.5 : des utilisateurs se plaignent d'une autonomie en chute libre",
         "Depuis l'installation de la dernière mise à jour, de nombreux propriétaires d'iPhone 16 et 17 constatent une décharge anormale de leur batterie."),
        ("macg.co", "05-22 12:30",
         "Batterie : Apple enquête sur un bug d’iOS 26.5",
         "Le processus d’indexation de Photos semble tourner en boucle chez certains utilisateurs depuis la mise à jour de mardi."),
        ("clubic.com", "05-22 16:00",
         "Votre iPhone se vide trop vite depuis la mise à jour ? Vous n'êtes pas seul",
         "Un bug de la version publiée mardi par Apple provoque une surconsommation d'énergie ; un correctif est attendu dans les prochains jours."),
    ]),
    # ------------------------------------------------ Google I/O: Gemini 3.5 (told separately from the glasses)
    ("google-io-gemini-3-5", "fresh42", [
        ("numerama.com", "05-19 18:30",
         "Google I/O 2026 : Gemini 3.5 veut devenir votre assistant à tout faire",
         "Le nouveau modèle de Google sait piloter le navigateur Chrome et enchaîner des tâches en autonomie, annonce l'entreprise lors de sa conférence annuelle."),
        ("frandroid.com", "05-19 19:10",
         "Gemini 3.5 officialisé : plus rapide, plus agentique",
         "Google a présenté mardi soir la nouvelle génération de son IA, qui arrivera d’abord chez les abonnés AI Pro et AI Ultra."),
        ("usine-digitale.fr", "05-20 08:20",
         "Avec son nouveau modèle, le géant de Mountain View muscle ses agents face à OpenAI",
         "Google a dévoilé à l'I/O Gemini 3.5, capable d'exécuter des tâches longues, ainsi qu'une nouvelle grille tarifaire pour les développeurs."),
        ("lemondeinformatique.fr", "05-20 10:00",
         "Google I/O : ce que Gemini 3.5 change pour les développeurs",
         "Fenêtre de contexte, API d'agents, prix par million de tokens : le point sur les annonces destinées aux entreprises."),
    ]),
    # ------------------------------------------------ hard negative: Google I/O, Android XR glasses
    ("google-io-android-xr-glasses", "fresh42", [
        ("lesnumeriques.com", "05-19 19:40",
         "Lunettes Android XR : Google annonce une sortie à l'automne",
         "Conçues avec Samsung, Gentle Monster et Warby Parker, les premières lunettes connectées Android XR seront commercialisées d'ici la fin de l'année."),
        ("01net.com", "05-20 07:30",
         "On a essayé les lunettes de Google : nos premières impressions",
         "Affichage dans un seul verre, traduction en direct, Gemini à l’oreille : prise en main du prototype Android XR présenté à Mountain View."),
        ("frandroid.com", "05-20 15:00",
         "Lunettes connectées : Google dégaine Android XR pour contrer Meta",
         "Le groupe a confirmé à l'I/O l'arrivée de montures équipées d'un écran, avec un premier modèle attendu cet automne face aux Ray-Ban Display."),
    ]),
    # ------------------------------------------------ Dassault Systèmes rumour about PTC
    ("dassault-ptc-rumour", "fresh42", [
        ("lesechos.fr", "05-20 06:00",
         "Dassault Systèmes étudierait le rachat de l'américain PTC",
         "Selon plusieurs sources, l'éditeur de logiciels de conception aurait approché son concurrent américain, valorisé plus de 20 milliards de dollars."),
        ("zdnet.fr", "05-20 11:00",
         "Rumeur : le champion français du logiciel 3D lorgnerait PTC",
         "Dassault Systèmes n’a pas commenté les informations de presse évoquant un rapprochement avec l’éditeur de Windchill et Creo."),
        ("latribune.fr", "05-20 13:30",
         "PTC : Dassault Systèmes refuse de commenter « des rumeurs de marché »",
         "Le titre de l'éditeur de Vélizy a reculé de 4 % à la Bourse de Paris après les informations sur une possible offre."),
    ]),
    # ------------------------------------------------ hard negative: Dassault Systèmes buys someone else two days later
    ("dassault-buys-simscale", "fresh42", [
        ("lemondeinformatique.fr", "05-22 09:00",
         "Dassault Systèmes rachète SimScale pour renforcer la simulation dans le cloud",
         "L'éditeur français met la main sur la start-up munichoise, sans dévoiler le montant de la transaction."),
        ("usine-digitale.fr", "05-22 12:00",
         "Simulation : Dassault Systèmes s’offre l’allemand SimScale",
         "Deux jours après les rumeurs sur PTC, le groupe annonce une acquisition bien plus modeste, dans la simulation numérique accessible depuis un navigateur."),
    ]),
    # ------------------------------------------------ France Travail breach (consumer angle, quote)
    ("france-travail-breach", "fresh42", [
        ("zdnet.fr", "05-14 08:30",
         "France Travail : nouvelle fuite de données, 1,2 million de demandeurs d'emploi concernés",
         "L'opérateur public a informé la CNIL d'un accès frauduleux à son portail partenaires, via le compte compromis d'un organisme de formation."),
        ("numerama.com", "05-14 10:45",
         "Fuite chez France Travail : ce qui change pour vous et comment vous protéger",
         "Noms, adresses, numéros de téléphone : environ 1,2 million d’inscrits doivent s’attendre à des tentatives d’hameçonnage."),
        ("lemagit.fr", "05-14 13:00",
         "Le portail partenaires de France Travail encore détourné",
         "Comme l'an dernier, les attaquants ont utilisé les identifiants d'un prestataire pour extraire les données d'un peu plus d'un million de demandeurs d'emploi."),
        ("bfmtv.com", "05-14 18:00",
         "« Vos données ont pu être consultées » : l'opérateur public de l'emploi écrit à 1,2 million de personnes",
         "France Travail envoie un courriel d'alerte aux inscrits concernés et recommande la plus grande vigilance face aux faux conseillers."),
    ]),
    # ------------------------------------------------ hard negative: another public-sector breach four days later
    ("ameli-pro-breach", "fresh42", [
        ("lemondeinformatique.fr", "05-18 09:00",
         "L'Assurance maladie signale une intrusion via des comptes de professionnels de santé",
         "Des identifiants de médecins dérobés ont permis de consulter les données de quelque 80 000 assurés, selon la Cnam."),
        ("next.ink", "05-18 12:00",
         "Comptes ameli pro compromis : la Cnam porte plainte",
         "Quatre jours après France Travail, c’est au tour de l’Assurance maladie de reconnaître une fuite, limitée à environ 80 000 assurés."),
    ]),
    # ------------------------------------------------ Fedora 44
    ("fedora-44-release", "fresh42", [
        ("next.ink", "05-06 09:00",
         "Fedora 44 est disponible",
         "La distribution communautaire soutenue par Red Hat passe à GNOME 50 et KDE Plasma 6.6 et abandonne définitivement la session X11 de GNOME."),
        ("zdnet.fr", "05-06 14:00",
         "Linux : la nouvelle Fedora mise tout sur Wayland",
         "Fedora 44 sort avec GNOME 50, un installeur Anaconda repensé et une image Atomic pour les postes de travail."),
    ]),
    # ------------------------------------------------ Orange copper switch-off, next wave
    ("orange-copper-wave", "fresh42", [
        ("lesnumeriques.com", "05-21 08:00",
         "Fin de l'ADSL : votre commune est-elle dans la prochaine vague ?",
         "Orange a publié la liste des quelque 2 500 communes où le réseau cuivre sera fermé commercialement en janvier 2027 ; voici comment vérifier."),
        ("frandroid.com", "05-21 10:30",
         "Fermeture du réseau cuivre : 2 500 communes de plus dans le viseur d'Orange",
         "L'opérateur précise le calendrier de la prochaine vague de fermeture, qui concernera environ 1,5 million de lignes."),
        ("latribune.fr", "05-21 15:00",
         "Cuivre : l’opérateur historique accélère l’extinction de l’ADSL",
         "Orange dévoile une nouvelle vague de fermeture de son réseau téléphonique historique, validée par l’Arcep."),
    ]),
    # ------------------------------------------------ AI Act delay voted
    ("ai-act-delay-vote", "fresh42", [
        ("lemondeinformatique.fr", "05-28 14:30",
         "AI Act : le Parlement européen valide le report des règles sur l'IA à haut risque",
         "Les eurodéputés ont adopté jeudi le volet IA de l'omnibus numérique, qui repousse à fin 2027 l'entrée en application des obligations les plus lourdes."),
        ("next.ink", "05-28 16:00",
         "Omnibus numérique : les eurodéputés votent le report de l’AI Act",
         "Le texte, porté par la Commission européenne, décale de seize mois les obligations des systèmes d’IA à haut risque ; les ONG dénoncent un recul."),
        ("usine-digitale.fr", "05-29 08:30",
         "Report du règlement européen sur l'IA : ce que ça change pour les entreprises",
         "Conformité, calendrier, sanctions : explications sur le sursis accordé aux fournisseurs et utilisateurs de systèmes d'IA à haut risque."),
    ]),
    # ------------------------------------------------ Ariane 64 launch for Amazon Leo (ex-Kuiper), digits vs words
    ("ariane64-amazon-leo", "fresh42", [
        ("numerama.com", "05-12 23:30",
         "Ariane 6 réussit son lancement pour la constellation Amazon Leo",
         "La version à quatre boosters du lanceur européen a placé en orbite 32 satellites de la constellation Internet d'Amazon depuis Kourou."),
        ("latribune.fr", "05-13 07:00",
         "Le lanceur européen décroche un nouveau succès au profit de Jeff Bezos",
         "Ariane 64 a déployé mardi soir une trentaine de satellites de l’ex-projet Kuiper, deuxième mission d’une série de dix-huit commandées par Amazon."),
        ("usine-digitale.fr", "05-13 10:00",
         "Ariane 64 : pourquoi le contrat Amazon est vital pour Arianespace",
         "Après le lancement réussi de mardi, explications sur le rôle de la constellation Amazon Leo dans la montée en cadence du lanceur européen."),
    ]),
    # ------------------------------------------------ Mistral AI mega round (interview with quote title, explainer)
    ("mistral-2bn-round", "fresh42", [
        ("lesechos.fr", "05-26 05:30",
         "Mistral AI lève 2 milliards d'euros et double sa valorisation",
         "La start-up française d'intelligence artificielle boucle un tour de table mené par des fonds du Golfe, qui la valorise 25 milliards d'euros."),
        ("latribune.fr", "05-26 09:00",
         "La licorne française de l'IA change encore de dimension",
         "Mistral AI annonce une levée de deux milliards d'euros qui porte sa valorisation à 25 milliards, un record pour une start-up européenne."),
        ("usine-digitale.fr", "05-26 11:15",
         "Mistral AI boucle un mega round de 2 Md€",
         "La pépite parisienne compte investir dans ses propres centres de données et accélérer son développement aux États-Unis."),
        ("journaldunet.com", "05-26 14:00",
         "Levée de fonds de Mistral : les chiffres clés",
         "Deux milliards d’euros, une valorisation de 25 milliards et un nouvel actionnaire émirien : ce que l’on sait du tour de table."),
        ("bfmtv.com", "05-27 07:00",
         "Arthur Mensch : « Nous n'avons pas vocation à être rachetés par un Américain »",
         "Au lendemain de la levée de fonds record de sa start-up, le cofondateur de Mistral AI détaille ses ambitions et écarte toute vente."),
        ("numerama.com", "05-27 10:00",
         "Pourquoi cette levée record est une bonne nouvelle pour l'IA européenne (et pourquoi elle ne suffira pas)",
         "Deux milliards, c'est beaucoup pour l'Europe mais peu face aux dizaines de milliards d'OpenAI : décryptage de l'opération de Mistral AI."),
    ]),
    # ------------------------------------------------ hard negative: another French round the next day
    ("sekoia-series-c", "fresh42", [
        ("journaldunet.com", "05-27 08:00",
         "Sekoia.io lève 60 millions d'euros pour son SOC dopé à l'IA",
         "L'éditeur français de cybersécurité boucle une série C menée par Eurazeo pour accélérer en Europe."),
        ("lemagit.fr", "05-27 10:30",
         "Cybersécurité : Sekoia.io boucle une série C d’une soixantaine de millions",
         "La plateforme de détection et de réponse veut doubler ses effectifs et ouvrir des bureaux en Allemagne et au Royaume-Uni."),
        ("channelnews.fr", "05-27 14:00",
         "L'éditeur de XDR Sekoia.io sécurise 60 M€ et muscle son réseau de partenaires",
         "La levée servira notamment à recruter des équipes dédiées aux intégrateurs et aux MSSP."),
    ]),
    # ------------------------------------------------ Xiaomi 17 launch in France, with a test
    ("xiaomi-17-france-launch", "fresh42", [
        ("frandroid.com", "05-28 09:00",
         "Xiaomi 17 : prix, date de sortie et fiche technique du nouveau flagship compact",
         "Xiaomi officialise en France son smartphone de 6,3 pouces, vendu 999 euros, avec une batterie de 7 000 mAh."),
        ("lesnumeriques.com", "05-28 12:00",
         "Test Xiaomi 17 : le petit format qui tient deux jours",
         "Batterie silicium-carbone géante, triple capteur Leica, HyperOS 3 : notre verdict sur le nouveau compact de la marque chinoise."),
        ("clubic.com", "05-28 16:30",
         "Le nouveau compact de Xiaomi débarque en France à 999 €, face à l’iPhone 17",
         "Le constructeur chinois lance son smartphone de 6,3 pouces en Europe, en concurrence directe avec Apple et Samsung."),
    ]),
    # ------------------------------------------------ recurring formats, May (each its own event)
    ("next-brief-0505", "fresh42", [
        ("next.ink", "05-05 07:00",
         "Le brief de ce mardi 5 mai",
         "Au programme : la panne d’Azure aux Pays-Bas, Fedora 44 sur le point de sortir et l’Arcep qui publie son observatoire de la fibre."),
    ]),
    ("lemagit-cyber-week-0508", "fresh42", [
        ("lemagit.fr", "05-08 17:00",
         "L'essentiel de la cyber de la semaine",
         "Rançongiciel au centre hospitalier de Cholet, panne d'Entra ID en France, correctifs d'urgence chez Fortinet : le récapitulatif des cinq derniers jours."),
    ]),
    ("01net-podcast-0515", "fresh42", [
        ("01net.com", "05-15 18:00",
         "Podcast 01Hebdo : fuite chez France Travail, amendes pour Bouygues et résultats d'Ubisoft",
         "Dans ce nouvel épisode, la rédaction revient sur les actualités qui ont marqué la semaine et répond à vos questions."),
    ]),
    ("clubic-deals-0520", "fresh42", [
        ("clubic.com", "05-20 06:30",
         "Bons plans du jour : iPhone 16, Galaxy S26 et aspirateurs robots à prix cassés",
         "Notre sélection des meilleures promotions de ce mercredi chez Amazon, la Fnac et Boulanger."),
    ]),
    ("frandroid-week-0524", "fresh42", [
        ("frandroid.com", "05-24 08:00",
         "Les actus de la semaine : Google I/O, lunettes Android XR et bug d’iOS 26.5",
         "Vous avez manqué l’actualité tech de ces derniers jours ? Voici le résumé de tout ce qu’il fallait retenir."),
    ]),
    ("lesechos-tech-newsletter-0528", "fresh42", [
        ("lesechos.fr", "05-28 06:00",
         "Les Echos Tech : Mistral change de dimension, Sekoia.io lève 60 millions",
         "Chaque jeudi, l'essentiel de l'actualité des start-up et du numérique, décrypté par la rédaction."),
    ]),
    # ================================================= December
    # ------------------------------------------------ re:Invent: Trainium4 (told separately from the agents)
    ("aws-trainium4", "fresh42", [
        ("lemagit.fr", "12-01 18:30",
         "re:Invent 2026 : AWS dévoile Trainium4, sa puce maison pour l'entraînement des modèles",
         "Le fournisseur de cloud promet des performances triplées et une interconnexion compatible NVLink pour ses futurs UltraServers."),
        ("lemondeinformatique.fr", "12-02 08:00",
         "Amazon Web Services muscle ses puces IA avec Trainium4",
         "Présentée lors de la keynote de Matt Garman, la quatrième génération de l'accélérateur maison sera disponible courant 2027."),
        ("silicon.fr", "12-02 11:00",
         "Puces IA : le numéro un du cloud accélère face à Nvidia",
         "AWS a présenté à Las Vegas sa nouvelle puce Trainium, qui équipera des UltraServers de plusieurs centaines d’accélérateurs."),
    ]),
    # ------------------------------------------------ hard negative: re:Invent, agents announced the next day
    ("aws-frontier-agents-ga", "fresh42", [
        ("lemagit.fr", "12-02 19:00",
         "re:Invent : AWS généralise ses « frontier agents »",
         "Kiro, sécurité, DevOps : les agents autonomes annoncés l'an dernier passent en disponibilité générale, avec une facturation à l'heure de travail."),
        ("zdnet.fr", "12-03 09:30",
         "Amazon Web Services veut que ses agents IA travaillent des jours entiers sans humain",
         "À Las Vegas, le géant du cloud a présenté une nouvelle génération d’agents capables de mener seuls des tâches de développement pendant plusieurs jours."),
        ("journaldunet.com", "12-03 12:00",
         "Agents IA d'AWS : ce qu'il faut retenir des annonces de re:Invent 2026",
         "Disponibilité, tarifs, intégrations : le point sur l'offensive agentique d'Amazon Web Services."),
    ]),
    # ------------------------------------------------ Orange emergency-numbers outage (explainer, post-mortem, quote)
    ("orange-emergency-outage", "fresh42", [
        ("bfmtv.com", "12-03 07:30",
         "Panne géante chez Orange : les numéros d'urgence inaccessibles dans plusieurs régions",
         "Depuis la nuit, les appels vers le 15, le 17, le 18 et le 112 n'aboutissent plus pour une partie des abonnés mobiles et fixes de l'opérateur."),
        ("01net.com", "12-03 09:00",
         "Appels d'urgence perturbés : voici les numéros à composer en attendant",
         "Ce qui change pour vous : les préfectures publient des numéros de secours à dix chiffres le temps que le réseau d'Orange soit rétabli."),
        ("lesechos.fr", "12-03 11:30",
         "L'opérateur historique de nouveau mis en cause pour une panne des numéros d'urgence",
         "Cinq ans après l'incident de juin 2021, Orange fait face à une nouvelle défaillance des appels vers le Samu et les pompiers."),
        ("next.ink", "12-04 10:00",
         "Numéros d'urgence : Orange incrimine une mise à jour logicielle",
         "L'opérateur a livré un premier diagnostic : une mise à jour d'un équipement de cœur de réseau a rendu les appels vers le 15, le 17 et le 18 impossibles."),
        ("numerama.com", "12-04 14:00",
         "Pourquoi une panne chez un seul opérateur peut couper le 112 pour tout le monde",
         "Routage, interconnexion, rôle d'Orange : on vous explique pourquoi les appels d'urgence dépendent autant du réseau de l'opérateur historique."),
        ("lesechos.fr", "12-04 19:00",
         "Christel Heydemann : « Nous devons des explications aux Français »",
         "Au lendemain de la panne des numéros d’urgence, la directrice générale d’Orange promet un audit indépendant et des investissements dans la redondance."),
    ]),
    # ------------------------------------------------ hard negative: another Orange outage five days later (fibre, Brittany)
    ("orange-fibre-outage-bretagne", "fresh42", [
        ("frandroid.com", "12-08 09:00",
         "Panne Orange : la fibre coupée pour des milliers de foyers en Bretagne",
         "Une coupure de câble lors de travaux près de Rennes prive d'Internet des abonnés d'Ille-et-Vilaine et des Côtes-d'Armor depuis lundi soir."),
        ("clubic.com", "12-08 13:00",
         "Orange : nouvelle panne, cette fois sur la fibre en Bretagne",
         "Quelques jours après l’incident des numéros d’urgence, un câble sectionné perturbe l’accès à Internet de plusieurs milliers de clients bretons."),
    ]),
    # ------------------------------------------------ Google ruling 1: Paris appeal court, Play Store clauses
    ("google-play-appeal-ruling", "fresh42", [
        ("next.ink", "12-09 10:30",
         "Play Store : la cour d'appel de Paris confirme la condamnation de Google",
         "Les juges maintiennent que plusieurs clauses imposées aux développeurs créaient un déséquilibre significatif, et relèvent l'amende à 5 millions d'euros."),
        ("zdnet.fr", "12-09 14:00",
         "Clauses abusives : la justice française donne à nouveau tort à Google",
         "Saisie en appel, la cour confirme le jugement du tribunal de commerce sur les contrats liant la boutique Android aux développeurs d’applications."),
    ]),
    # ------------------------------------------------ hard negative: Google ruling 2, Conseil d'État on the CNIL fine, two days later
    ("google-conseil-etat-cnil", "fresh42", [
        ("numerama.com", "12-11 11:00",
         "Le Conseil d'État valide l'amende de 325 millions d'euros infligée à Google par la CNIL",
         "La haute juridiction administrative rejette le recours de Google contre la sanction prononcée en 2025 pour des publicités dans Gmail et des cookies déposés sans consentement."),
        ("lemondeinformatique.fr", "12-11 15:30",
         "Cookies et publicités Gmail : Google perd devant le Conseil d'État",
         "La sanction record de la CNIL est confirmée, deux jours après un autre revers judiciaire du groupe de Mountain View en France."),
        ("clubic.com", "12-12 09:00",
         "325 millions d’euros : l’amende de Google est définitive",
         "Le Conseil d’État a confirmé la décision de la CNIL ; pour les utilisateurs de Gmail, les annonces déguisées en e-mails restent interdites sans accord préalable."),
    ]),
    # ------------------------------------------------ one extortion gang, two retail victims
    ("intersport-breach", "fresh42", [
        ("zdnet.fr", "12-14 09:30",
         "Intersport confirme une fuite de données clients",
         "Le distributeur d'articles de sport reconnaît qu'un tiers a accédé à une base contenant les coordonnées de membres de son programme de fidélité."),
        ("01net.com", "12-14 12:00",
         "Fuite chez Intersport : des millions de clients concernés, que faire ?",
         "Noms, e-mails et dates de naissance ont été mis en vente sur un forum ; voici les réflexes à adopter face aux tentatives d’arnaque."),
        ("lemagit.fr", "12-14 16:00",
         "Intersport : les données de la carte de fidélité mises en vente",
         "Le vendeur, déjà apparu dans plusieurs affaires françaises cette année, revendique 4,8 millions d'enregistrements."),
    ]),
    ("kiabi-breach", "fresh42", [
        ("numerama.com", "12-16 10:00",
         "Kiabi victime d'une fuite de données, le même pirate qu'Intersport en cause",
         "Deux jours après Intersport, le même vendeur met en vente sur un forum une base présentée comme celle des clients de l'enseigne de prêt-à-porter."),
        ("lemagit.fr", "12-16 14:30",
         "Kiabi : une base clients mise en vente, l’enseigne confirme l’incident",
         "L’enseigne nordiste indique avoir identifié un accès non autorisé à un outil de gestion de la relation client opéré par un prestataire."),
    ]),
    # ------------------------------------------------ public sector: State moves off Teams
    ("state-visio-generalised", "fresh42", [
        ("next.ink", "12-10 09:00",
         "L'État généralise Visio et tourne la page de Teams",
         "Une circulaire de la Première ministre impose aux administrations centrales l'outil de visioconférence de la Dinum d'ici fin 2027."),
        ("silicon.fr", "12-10 12:30",
         "Souveraineté : les ministères sommés d’abandonner les outils de Microsoft pour la visio",
         "La Dinum pilotera le déploiement de Visio, déjà utilisé par quelque 200 000 agents, dans l’ensemble des administrations centrales."),
        ("journaldunet.com", "12-10 16:00",
         "Visio, l'alternative à Teams et Zoom de l'État : comment ça marche",
         "Hébergement, chiffrement, intégration à La Suite numérique : on vous explique l'outil que les agents publics devront utiliser."),
    ]),
    # ------------------------------------------------ hard negative: Health Data Hub picks a French host
    ("health-data-hub-host", "fresh42", [
        ("lemagit.fr", "12-15 10:00",
         "Health Data Hub : le marché d'hébergement attribué à un consortium français",
         "La plateforme des données de santé quittera Microsoft Azure pour une offre qualifiée SecNumCloud d'ici 2028."),
        ("usine-digitale.fr", "12-15 13:00",
         "Données de santé : la plateforme nationale choisit enfin un cloud souverain",
         "Cinq jours après la circulaire sur Visio, le Health Data Hub annonce avoir retenu un hébergeur qualifié SecNumCloud pour remplacer Azure."),
    ]),
    # ------------------------------------------------ iOS 27.2 release
    ("ios-27-2-release", "fresh42", [
        ("igen.fr", "12-14 18:00",
         "iOS 27.2 est disponible avec la traduction en direct dans FaceTime",
         "La dernière grosse mise à jour de l'année apporte aussi des widgets interactifs sur l'écran verrouillé et une nouvelle app Jeux."),
        ("macg.co", "12-14 18:30",
         "iOS 27.2, iPadOS 27.2 et watchOS 27.2 sont de sortie",
         "Apple publie ses mises à jour de fin d’année ; la traduction en direct dans FaceTime arrive enfin en français."),
        ("lesnumeriques.com", "12-15 08:30",
         "iPhone : iOS 27.2 est là, ce qui change pour vous",
         "Traduction instantanée des appels vidéo, écran verrouillé plus personnalisable : nos explications sur la mise à jour d’Apple."),
    ]),
    # ------------------------------------------------ Arcep and XpFibre
    ("arcep-xpfibre-injunction", "fresh42", [
        ("lesnumeriques.com", "12-02 10:00",
         "Raccordements fibre : l'Arcep met en demeure XpFibre",
         "Le régulateur des télécoms donne six mois à l'opérateur d'infrastructure pour améliorer la qualité de ses interventions en zones moins denses."),
        ("frandroid.com", "12-02 13:30",
         "Fils qui pendent, armoires saccagées : le gendarme des télécoms hausse le ton contre XpFibre",
         "L’Arcep exige un plan d’action sur la qualité des raccordements, sous peine de sanctions financières."),
    ]),
    # ------------------------------------------------ Meta fine 1: Commission (DSA)
    ("meta-dsa-fine", "fresh42", [
        ("lemondeinformatique.fr", "12-15 11:00",
         "DSA : la Commission européenne inflige 200 millions d'euros d'amende à Meta",
         "Bruxelles reproche à Facebook et Instagram de ne pas offrir aux chercheurs un accès suffisant à leurs données et d'entraver les signalements de contenus illicites."),
        ("bfmtv.com", "12-15 14:00",
         "Bruxelles sanctionne Meta pour la première fois au titre du règlement sur les services numériques",
         "La maison mère de Facebook écope de 200 millions d'euros et dispose de soixante jours pour se mettre en conformité."),
        ("next.ink", "12-16 08:30",
         "DSA : ce que la Commission reproche exactement à Facebook et Instagram",
         "Accès aux données pour les chercheurs, interfaces de signalement trompeuses : le détail de la décision qui vise le groupe de Menlo Park."),
    ]),
    # ------------------------------------------------ hard negative: Meta fine 2, Autorité de la concurrence, two days later
    ("meta-adlc-fine", "fresh42", [
        ("lesechos.fr", "12-17 09:00",
         "Publicité en ligne : l'Autorité de la concurrence condamne Meta à 95 millions d'euros",
         "Le gendarme de la concurrence sanctionne le groupe pour des conditions d'accès discriminatoires à ses outils de vérification publicitaire."),
        ("journaldunet.com", "12-17 12:00",
         "Vérification publicitaire : Meta sanctionné par l’Autorité de la concurrence",
         "Deux jours après l’amende de Bruxelles au titre du DSA, Meta est condamné en France dans un dossier ouvert en 2022 à la suite d’une plainte d’acteurs de l’adtech."),
    ]),
    # ------------------------------------------------ Themis first hop
    ("themis-first-hop", "fresh42", [
        ("numerama.com", "12-09 16:00",
         "Themis, le démonstrateur de lanceur réutilisable européen, a réalisé son premier saut",
         "Le prototype d'ArianeGroup s'est élevé à une centaine de mètres avant de se reposer sur son pas de tir de Kiruna, en Suède."),
        ("usine-digitale.fr", "12-10 08:00",
         "Réutilisable : l’Europe franchit une étape avec le premier vol de Themis",
         "Propulsé par le moteur Prometheus, le démonstrateur a effectué mercredi un saut de 100 mètres, prélude à des essais plus ambitieux en 2027."),
        ("lesechos.fr", "12-10 10:30",
         "ArianeGroup fait décoller son démonstrateur en Suède",
         "Le premier « hop » de Themis doit permettre à l'Europe de rattraper son retard sur SpaceX en matière de lanceurs réutilisables."),
    ]),
    # ------------------------------------------------ quantum rounds a few days apart (two firms)
    ("pasqal-round", "fresh42", [
        ("lesechos.fr", "12-07 05:45",
         "Pasqal lève 200 millions d'euros pour industrialiser son ordinateur quantique",
         "La start-up française, issue de l'Institut d'optique, boucle une série C menée par Bpifrance et un fonds japonais."),
        ("usine-digitale.fr", "12-07 10:00",
         "Quantique : la pépite de Palaiseau boucle une série C de 200 M€",
         "Pasqal veut livrer ses premières machines de 10 000 atomes à des clients industriels d’ici 2028."),
        ("journaldunet.com", "12-07 14:30",
         "Pasqal sécurise deux cents millions d'euros : les chiffres clés de la levée",
         "Valorisation, investisseurs, feuille de route : ce qu'il faut savoir sur le tour de table de la start-up de calcul quantique."),
    ]),
    ("alice-bob-round", "fresh42", [
        ("latribune.fr", "12-10 06:30",
         "Alice & Bob lève 150 millions d'euros, le quantique français en pleine effervescence",
         "Trois jours après Pasqal, la start-up parisienne des qubits de chat annonce à son tour une levée de fonds d'envergure."),
        ("usine-digitale.fr", "12-10 11:30",
         "Alice & Bob boucle 150 M€ pour construire son usine à qubits",
         "La jeune pousse veut produire ses puces supraconductrices en France et viser un ordinateur tolérant aux fautes en 2030."),
    ]),
    # ------------------------------------------------ GPT-6 launch (periphrasis, English terms, hands-on)
    ("openai-gpt6-launch", "fresh42", [
        ("numerama.com", "12-08 18:30",
         "OpenAI lance GPT-6, son modèle le plus puissant",
         "Le nouveau modèle est disponible dès ce soir pour les abonnés ChatGPT Plus et Pro, et dans l'API pour les développeurs."),
        ("bfmtv.com", "12-08 19:30",
         "La maison mère de ChatGPT dévoile son nouveau cerveau",
         "OpenAI promet un modèle qui « raisonne comme un expert » et qui peut travailler plusieurs heures sur une même tâche."),
        ("usine-digitale.fr", "12-09 08:00",
         "GPT-6 : reasoning, agents et prix de l'API, ce qu'il faut savoir",
         "OpenAI réplique à Gemini 3.5 avec un modèle unifié, facturé moins cher que GPT-5 par million de tokens."),
        ("01net.com", "12-09 12:00",
         "On a testé GPT-6 : vraiment plus malin que GPT-5 ?",
         "Code, mathématiques, rédaction : nous avons soumis le nouveau modèle d'OpenAI à nos épreuves habituelles pendant une journée."),
    ]),
    # ------------------------------------------------ hard negative: ChatGPT outage two days after the launch
    ("chatgpt-outage", "fresh42", [
        ("frandroid.com", "12-10 15:00",
         "ChatGPT en panne : impossible d'accéder au chatbot d'OpenAI",
         "De nombreux utilisateurs en France et dans le monde signalent des messages d'erreur depuis le début d'après-midi."),
        ("clubic.com", "12-10 17:30",
         "ChatGPT tombe en panne, victime de son succès ?",
         "Deux jours après le lancement de GPT-6, le service d’OpenAI a été inaccessible pendant près de trois heures ; OpenAI évoque une surcharge de ses serveurs."),
    ]),
    # ------------------------------------------------ IBM France job cuts, scoop relayed
    ("ibm-france-rcc", "fresh42", [
        ("linforme.com", "12-01 06:00",
         "IBM France prépare une nouvelle saignée : 300 postes visés",
         "Selon nos informations, la filiale française du groupe américain va proposer une rupture conventionnelle collective début 2027."),
        ("lemondeinformatique.fr", "12-01 11:00",
         "IBM France va supprimer 300 postes, selon L'Informé",
         "Big Blue prévoit une rupture conventionnelle collective qui toucherait surtout les activités de conseil et d’infrastructure."),
        ("channelnews.fr", "12-01 15:30",
         "Big Blue réduit encore la voilure dans l'Hexagone",
         "IBM France envisagerait le départ de quelque trois cents salariés, une nouvelle réduction d'effectifs après celle de 2024."),
    ]),
    # ------------------------------------------------ December Patch Tuesday
    ("patch-tuesday-december", "fresh42", [
        ("lemagit.fr", "12-08 19:30",
         "Patch Tuesday : Microsoft corrige 57 vulnérabilités, dont une zero-day exploitée",
         "La faille activement exploitée touche le noyau de Windows et permet une élévation de privilèges."),
        ("zdnet.fr", "12-09 08:45",
         "Windows : une cinquantaine de failles corrigées en décembre, à installer sans attendre",
         "Le dernier Patch Tuesday de l’année comble notamment une vulnérabilité zero-day déjà utilisée dans des attaques."),
    ]),
    # ------------------------------------------------ Raspberry Pi 6
    ("raspberry-pi-6", "fresh42", [
        ("next.ink", "12-03 09:00",
         "Raspberry Pi 6 : plus puissant, mais plus cher",
         "Le nouveau micro-ordinateur passe à des cœurs Cortex-A78 et au PCIe 3.0, mais démarre à 75 dollars avec 4 Go de mémoire."),
        ("lesnumeriques.com", "12-03 13:00",
         "Le Raspberry Pi 6 est officiel : prix, caractéristiques et disponibilité",
         "La fondation britannique dévoile la sixième génération de sa carte, disponible dès aujourd'hui chez les revendeurs agréés."),
        ("01net.com", "12-04 10:00",
         "On a testé le Raspberry Pi 6 : le mini-PC qui remplace enfin un vrai ordinateur",
         "Navigation, bureautique, émulation : prise en main de la nouvelle carte de la fondation Raspberry Pi."),
    ]),
    # ------------------------------------------------ recurring formats, December (each its own event)
    ("next-brief-1203", "fresh42", [
        ("next.ink", "12-03 07:00",
         "Le brief de ce jeudi 3 décembre",
         "Au programme : les annonces d’AWS à re:Invent, l’Arcep face à XpFibre et les projets d’IBM en France."),
    ]),
    ("bfm-tech-podcast-1204", "fresh42", [
        ("bfmtv.com", "12-04 18:00",
         "Tech & Co, la quotidienne : panne d'Orange, puces d'AWS et Raspberry Pi 6",
         "Retrouvez l'intégrale de l'émission consacrée à l'actualité du numérique, avec nos invités et chroniqueurs."),
    ]),
    ("lemagit-cyber-week-1211", "fresh42", [
        ("lemagit.fr", "12-11 17:00",
         "L'essentiel de la cyber de la semaine",
         "Patch Tuesday de décembre, panne des numéros d'urgence chez Orange, rançongiciel dans une communauté d'agglomération : le récapitulatif des cinq derniers jours."),
    ]),
    ("usine-digitale-ia-week-1211", "fresh42", [
        ("usine-digitale.fr", "12-11 16:00",
         "Les 5 infos IA de la semaine : GPT-6, Pasqal, Alice & Bob...",
         "Chaque vendredi, notre sélection des annonces qui ont marqué l’intelligence artificielle et les technologies de rupture."),
    ]),
    ("frandroid-week-1213", "fresh42", [
        ("frandroid.com", "12-13 08:00",
         "Les actus de la semaine : GPT-6, panne de ChatGPT et fibre coupée en Bretagne",
         "Vous avez manqué l'actualité tech de ces derniers jours ? Voici le résumé de tout ce qu'il fallait retenir."),
    ]),
    ("clubic-deals-1216", "fresh42", [
        ("clubic.com", "12-16 06:30",
         "Idées cadeaux de Noël : les meilleures offres tech du jour",
         "PlayStation 5, AirPods, iPhone 17 : notre sélection de promotions pour boucler vos achats avant le 24 décembre."),
    ]),
    ("lesnumeriques-deals-1217", "fresh42", [
        ("lesnumeriques.com", "12-17 07:00",
         "Bons plans : les prix des téléviseurs OLED dégringolent avant Noël",
         "Notre sélection quotidienne des meilleures remises sur les TV, casques et smartphones testés par la rédaction."),
    ]),
    ("lesechos-tech-newsletter-1217", "fresh42", [
        ("lesechos.fr", "12-17 06:00",
         "Les Echos Tech : la bataille du quantique, Meta dans le viseur de Bruxelles",
         "Chaque jeudi, l'essentiel de l'actualité des start-up et du numérique, décrypté par la rédaction."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
