"""The 89th fresh labelled set (AI and start-ups: French and European AI firms, funding rounds, model
launches, AI partnerships, data centres, AI rows), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the
"same story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh89".
Positives: titles sharing almost no word with the rest of their story ("La French Tech tient enfin
son décacorne", "Le pari à 2 milliards d'Arthur Mensch", "Le cerveau de ChatGPT change encore");
firms named only by periphrasis in one title ("L'opérateur historique", "La licorne franco-américaine",
"Le géant de Redmond", "L'éditeur de Claude", "L'appli qui détoure vos photos"); syndication ("selon Les
Echos", "selon L'Informé"); explainers the next day ("ce qui change pour les utilisateurs gratuits",
"ce que l'on sait du projet"); a post-mortem the day after a bug; the firm reacting the day after a
benchmark row; a quote as title; an English word title ("Layoffs chez Owkin").
Hard negatives: Mistral's funding round, its model launch, its Essonne data centre, two Le Chat outages
nine days apart, three Mistral partnerships (SNCF, Capgemini, Stellantis), a voice model and an IPO rumour;
H and Dust raising money the same morning, Photoroom and Nabla the same morning, Photoroom's round then
its layoffs a month later; H's round then H's agent launch; Dust's round then Dust's product launch; Kyutai's
model then Kyutai's round; Hugging Face buying a robotics start-up, its token leak, then selling its own
robot; Claude Opus 5 and GPT-5.5 launched a day apart; GPT-5.5 then a memory bug in it; two ChatGPT
outages weeks apart and one Claude outage; Llama 5 then its benchmark row; the competition authority's
fine on Google then Google's appeal five weeks later; Sacem against Suno and publishers against Meta, and
the CNIL's formal notice to Meta; five data-centre announcements (Brookfield, Mistral, Sesterce, OpenAI,
the UAE campus); Anthropic's model then its Paris office; weekly AI roundups and weekly funding roundups,
monthly funding barometers (never to join across weeks or months).
`build` fixes the year 2026; times are UTC, September to November 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 1.000, recall 0.883
(1.000 / 0.862 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Mistral AI raises 2 billion euros, valued 30 billion
    ("mistral-series-d", "fresh89", [
        ("lesechos.fr", "09-02 04:30", "Mistral AI lève 2 milliards d'euros et vaut désormais 30 milliards",
         "Selon nos informations, la start-up française d'IA générative boucle un tour de table mené par le fonds souverain saoudien PIF et Nvidia, qui la valorise 30 milliards d'euros."),
        ("usine-digitale.fr", "09-02 07:45", "La French Tech tient enfin son décacorne",
         "Avec une valorisation de 30 milliards d'euros après une levée de 2 milliards, Mistral AI devient de loin la start-up la plus chère d'Europe."),
        ("01net.com", "09-02 09:10", "Mistral AI boucle une levée géante, selon Les Echos",
         "Le créateur de Le Chat aurait réuni 2 milliards d'euros auprès du PIF, de Nvidia et de ses actionnaires historiques."),
        ("latribune.fr", "09-02 11:30", "Le pari à 2 milliards d'Arthur Mensch",
         "Le patron de Mistral AI justifie sa nouvelle levée par la course aux capacités de calcul : l'essentiel des fonds ira aux GPU et aux centres de données."),
        ("bfmtv.com", "09-02 14:00", "« Nous restons européens » : Mistral AI confirme sa levée de 2 milliards d'euros",
         "La pépite parisienne de l'IA officialise un tour de table de 2 milliards d'euros et assure que son capital restera majoritairement européen."),
        ("journaldunet.com", "09-03 08:00", "Levée de Mistral AI : ce que les 2 milliards vont changer pour l'écosystème",
         "Recrutements, rachats, calcul : ce que prévoit Mistral AI avec les 2 milliards d'euros levés auprès du PIF et de Nvidia, et ce que cela dit du marché."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 36
    ("ud-ia-semaine-36", "fresh89", [
        ("usine-digitale.fr", "09-04 16:00", "L'IA cette semaine : Mistral AI, Nvidia et la rentrée des assistants",
         "La levée record de Mistral AI, les résultats de Nvidia et les nouveautés des assistants conversationnels : l'essentiel de la semaine en intelligence artificielle."),
    ]),
    # ---------------------------------------------- H Company raises 180 million dollars (same morning as Dust)
    ("h-company-series-b", "fresh89", [
        ("lesechos.fr", "09-08 05:00", "La start-up d'agents IA H lève 180 millions de dollars",
         "Fondée par des anciens de Google DeepMind, la parisienne H boucle une série B menée par Accel pour développer ses agents capables de piloter un navigateur."),
        ("maddyness.com", "09-08 08:20", "H Company boucle une série B de 180 M$",
         "La start-up de Charles Kantor réunit 180 millions de dollars, dix-huit mois après un tour d'amorçage déjà hors norme."),
        ("usine-digitale.fr", "09-08 10:15", "Agents autonomes : H relance la machine avec 180 millions de dollars",
         "Après le départ de plusieurs cofondateurs, la pépite française H rassure ses troupes avec un nouveau tour de table de 180 millions de dollars."),
    ]),
    # ---------------------------------------------- Dust raises 60 million euros
    ("dust-series-b", "fresh89", [
        ("lesechos.fr", "09-08 05:30", "Dust lève 60 millions d'euros pour ses assistants d'entreprise",
         "La start-up parisienne, qui permet aux entreprises de construire leurs propres agents IA, réalise une série B menée par Sequoia."),
        ("latribune.fr", "09-08 09:00", "IA en entreprise : Dust convainc Sequoia et empoche 60 millions",
         "La jeune pousse de Gabriel Hubert et Stanislas Polu compte plus de 1 500 clients et veut ouvrir un bureau à New York."),
        ("lemagit.fr", "09-08 12:40", "Dust : une série B de 60 M€ pour les agents métier",
         "L'éditeur français d'une plateforme d'agents connectés à Notion, Slack ou Salesforce va doubler ses effectifs avec cette levée."),
    ]),
    # ---------------------------------------------- Mistral Medium 4 launch
    ("mistral-medium-4", "fresh89", [
        ("lemondeinformatique.fr", "09-09 13:00", "Mistral AI dégaine Medium 4, son modèle pour l'entreprise",
         "Le nouveau modèle de Mistral AI promet des performances proches des meilleurs modèles américains pour un coût d'inférence divisé par huit."),
        ("numerama.com", "09-09 15:20", "Mistral Medium 4 : la réponse française à GPT-5 ?",
         "Mistral AI présente Medium 4, un modèle multimodal qui lit les images et les documents, disponible dans Le Chat et par API."),
        ("clubic.com", "09-09 17:45", "Le Chat passe à Medium 4 : ce que vaut le nouveau modèle de Mistral",
         "Premières impressions sur Medium 4, désormais modèle par défaut de l'assistant Le Chat, plus rapide et meilleur en code."),
    ]),
    # ---------------------------------------------- Brookfield data centre at Cambrai
    ("brookfield-cambrai", "fresh89", [
        ("latribune.fr", "09-10 06:30", "Brookfield lance son campus IA de Cambrai, un chantier à 8 milliards d'euros",
         "Le fonds canadien pose la première pierre d'un centre de données de 1 gigawatt sur l'ancienne base aérienne de Cambrai-Épinoy, dans le Nord."),
        ("lemagit.fr", "09-10 10:10", "Datacenter : premier coup de pioche pour Brookfield dans le Nord",
         "Le campus de Cambrai, annoncé lors du sommet sur l'IA, doit livrer ses premiers 250 MW fin 2028."),
        ("lesechos.fr", "09-10 12:00", "Cambrai : le méga-centre de données de Brookfield sort de terre",
         "Le gestionnaire d'actifs démarre les travaux de son campus de 1 GW, pour lequel RTE a garanti le raccordement électrique."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 37
    ("ud-ia-semaine-37", "fresh89", [
        ("usine-digitale.fr", "09-11 16:00", "L'IA cette semaine : H, Dust et Mistral Medium 4",
         "Les levées de H et de Dust, le nouveau modèle de Mistral AI et le chantier de Brookfield à Cambrai : l'essentiel de la semaine en intelligence artificielle."),
    ]),
    # ---------------------------------------------- Les Echos weekly funding roundup, week 37
    ("echos-levees-semaine-37", "fresh89", [
        ("lesechos.fr", "09-11 17:30", "Les levées de fonds de la semaine : H, Dust, Alan",
         "Les agents IA de H et Dust dominent une semaine à plus de 400 millions d'euros levés par les start-up françaises."),
    ]),
    # ---------------------------------------------- Mistral data centre in Essonne
    ("mistral-datacenter-essonne", "fresh89", [
        ("lesechos.fr", "09-14 05:45", "Mistral AI va construire son propre centre de données en Essonne",
         "La start-up investit 3 milliards d'euros dans un campus de 300 mégawatts à Bruyères-le-Châtel, avec Nvidia et l'opérateur Eclairion."),
        ("usine-digitale.fr", "09-14 09:30", "Mistral Compute : un datacenter de 300 MW à Bruyères-le-Châtel",
         "Mistral AI détaille le site qui hébergera ses 40 000 GPU Nvidia, à quelques kilomètres du centre de calcul du CEA."),
        ("silicon.fr", "09-14 12:10", "Mistral AI devient hébergeur avec un campus en Essonne",
         "La jeune pousse française de l'IA met 3 milliards d'euros sur la table pour ne plus dépendre des hyperscalers américains."),
    ]),
    # ---------------------------------------------- Kyutai Moshi 2 launch
    ("kyutai-moshi-2", "fresh89", [
        ("numerama.com", "09-16 10:00", "Kyutai dévoile Moshi 2, une IA vocale qui parle douze langues",
         "Le laboratoire parisien financé par Xavier Niel publie en open source la deuxième version de son assistant vocal temps réel."),
        ("next.ink", "09-16 13:30", "Moshi 2 : Kyutai publie les poids de son modèle vocal",
         "Le laboratoire à but non lucratif diffuse sous licence libre un modèle capable de converser avec 160 ms de latence."),
        ("frandroid.com", "09-16 17:00", "On a parlé à Moshi 2, l'assistant vocal français qui veut battre ChatGPT",
         "Le nouveau modèle de Kyutai tourne même sur un MacBook : notre prise en main, entre bluffant et déroutant."),
    ]),
    # ---------------------------------------------- Sacem sues Suno
    ("sacem-suno", "fresh89", [
        ("lefigaro.fr", "09-17 06:00", "La Sacem attaque Suno en justice pour contrefaçon",
         "La société de gestion des droits d'auteur assigne la start-up américaine de musique générée par IA devant le tribunal judiciaire de Paris."),
        ("numerama.com", "09-17 11:00", "Musique et IA : la Sacem porte plainte contre Suno",
         "La Sacem reproche à Suno d'avoir entraîné son modèle sur des millions de titres de son répertoire sans autorisation."),
        ("01net.com", "09-17 14:40", "Suno dans le viseur de la Sacem",
         "Première en Europe : un organisme de gestion collective poursuit un générateur de chansons par IA, et réclame des dommages et intérêts."),
    ]),
    # ---------------------------------------------- Black Forest Labs funding
    ("black-forest-labs-funding", "fresh89", [
        ("usine-digitale.fr", "09-17 08:30", "L'allemand Black Forest Labs lève 500 millions de dollars",
         "Le créateur des modèles d'images Flux, installé à Fribourg, est valorisé 4 milliards de dollars après un tour mené par Andreessen Horowitz."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 38
    ("ud-ia-semaine-38", "fresh89", [
        ("usine-digitale.fr", "09-18 16:00", "L'IA cette semaine : Mistral Compute, Moshi 2 et la Sacem",
         "Le centre de données de Mistral AI, le modèle vocal de Kyutai et la plainte de la Sacem contre Suno : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- Les Echos weekly funding roundup, week 38
    ("echos-levees-semaine-38", "fresh89", [
        ("lesechos.fr", "09-18 17:30", "Les levées de fonds de la semaine : Black Forest Labs, Pennylane, Alice & Bob",
         "Une semaine plus calme en France, mais l'Europe de l'IA fait parler d'elle avec le demi-milliard levé par Black Forest Labs."),
    ]),
    # ---------------------------------------------- Le Chat outage, September
    ("le-chat-outage-sept", "fresh89", [
        ("frandroid.com", "09-22 08:15", "Le Chat de Mistral est en panne ce mardi matin",
         "Impossible de se connecter à l'assistant de Mistral AI depuis 7 heures : l'application et le site affichent une erreur."),
        ("clubic.com", "09-22 10:30", "Panne de Le Chat : Mistral AI évoque un incident chez son hébergeur",
         "L'assistant conversationnel français a été inaccessible près de trois heures ; Mistral AI pointe un problème de réseau chez un prestataire."),
    ]),
    # ---------------------------------------------- Orange and OpenAI partnership
    ("orange-openai", "fresh89", [
        ("lesechos.fr", "09-23 05:30", "Orange s'allie à OpenAI pour offrir ChatGPT Plus à ses abonnés",
         "L'opérateur proposera six mois de ChatGPT Plus à ses clients fibre et déploiera les modèles d'OpenAI dans ses centres de relation client."),
        ("lemagit.fr", "09-23 09:45", "Orange et OpenAI signent un partenariat pluriannuel",
         "Au-delà de l'offre grand public, Orange Business revendra l'offre ChatGPT Enterprise à ses clients entreprises, hébergée en Europe."),
        ("zdnet.fr", "09-23 12:20", "L'opérateur historique fait entrer ChatGPT dans ses box",
         "Orange va intégrer l'assistant d'OpenAI à son application et à sa Livebox, et en offrir l'abonnement payant pendant six mois."),
        ("bfmtv.com", "09-23 16:00", "ChatGPT Plus offert chez Orange : qui y a droit ?",
         "Les abonnés fibre d'Orange pourront activer gratuitement ChatGPT Plus pendant six mois à partir d'octobre : les conditions de l'offre."),
    ]),
    # ---------------------------------------------- Hugging Face buys a robotics start-up
    ("hugging-face-buys-quiet-robotics", "fresh89", [
        ("usine-digitale.fr", "09-24 07:00", "Hugging Face rachète la start-up bordelaise Quiet Robotics",
         "La plateforme franco-américaine de l'IA ouverte s'offre cette jeune pousse issue de l'Inria, spécialiste des mains robotiques à bas coût."),
        ("frandroid.com", "09-24 11:15", "Hugging Face s'offre un fabricant de mains robotiques",
         "Après Pollen Robotics, Hugging Face met la main sur Quiet Robotics et ses 25 ingénieurs pour accélérer ses robots open source."),
        ("lemondeinformatique.fr", "09-24 14:30", "La licorne franco-américaine muscle son pôle robotique",
         "Hugging Face acquiert Quiet Robotics, basée à Bordeaux, pour un montant non communiqué ; les équipes rejoignent LeRobot."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 39
    ("ud-ia-semaine-39", "fresh89", [
        ("usine-digitale.fr", "09-25 16:00", "L'IA cette semaine : Orange, OpenAI et Hugging Face",
         "L'alliance d'Orange et d'OpenAI, la panne de Le Chat et le rachat de Quiet Robotics par Hugging Face : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- Anthropic Claude Opus 5 launch
    ("claude-opus-5", "fresh89", [
        ("numerama.com", "09-29 17:30", "Anthropic lance Claude Opus 5, son modèle le plus puissant",
         "La start-up américaine présente un modèle capable de travailler plusieurs heures en autonomie sur une tâche de programmation."),
        ("lemondeinformatique.fr", "09-29 19:00", "Claude Opus 5 : Anthropic vise les développeurs et les agents",
         "Opus 5 est disponible dans l'API d'Anthropic, sur AWS Bedrock et Google Vertex AI, à un prix inchangé par rapport à la génération précédente."),
        ("frandroid.com", "09-29 20:45", "Claude Opus 5 est là, et il devance GPT-5 sur le code",
         "Le nouveau modèle d'Anthropic arrive dans l'application Claude pour les abonnés Pro et Max, avec une fenêtre de contexte d'un million de jetons."),
        ("zdnet.fr", "09-30 07:10", "Anthropic rehausse la barre avec Opus 5",
         "Le concurrent d'OpenAI revendique les meilleurs scores sur SWE-bench et Terminal-bench avec sa nouvelle génération de Claude."),
    ]),
    # ---------------------------------------------- Sesterce data centre in Valence
    ("sesterce-valence", "fresh89", [
        ("latribune.fr", "09-29 06:00", "Sesterce va ouvrir un centre de données IA à Valence",
         "Le spécialiste marseillais du calcul pour l'IA investit 450 millions d'euros dans un site de 40 MW dans la Drôme."),
    ]),
    # ---------------------------------------------- OpenAI GPT-5.5 launch
    ("gpt-5-5", "fresh89", [
        ("01net.com", "09-30 17:15", "OpenAI lance GPT-5.5, un jour après Claude Opus 5",
         "Le créateur de ChatGPT riposte à Anthropic avec un modèle qui raisonne plus vite et se souvient mieux des conversations passées."),
        ("frandroid.com", "09-30 18:00", "GPT-5.5 débarque dans ChatGPT : voici les nouveautés",
         "Mémoire étendue, réponses plus courtes, mode vocal amélioré : GPT-5.5 devient le modèle par défaut de ChatGPT, y compris pour les comptes gratuits."),
        ("numerama.com", "09-30 19:30", "Le cerveau de ChatGPT change encore",
         "Moins de deux mois après le précédent, OpenAI déploie GPT-5.5 pour ses 800 millions d'utilisateurs hebdomadaires."),
        ("bfmtv.com", "09-30 21:00", "OpenAI dévoile GPT-5.5 : « le modèle le plus utile que nous ayons construit »",
         "Sam Altman présente la nouvelle version du modèle de ChatGPT, qui introduit une mémoire partagée entre conversations."),
        ("lesnumeriques.com", "10-01 08:00", "GPT-5.5 : ce qui change pour les utilisateurs gratuits de ChatGPT",
         "Limites de messages, mémoire, génération d'images : on fait le point sur ce que le nouveau modèle d'OpenAI apporte à ceux qui ne paient pas."),
    ]),
    # ---------------------------------------------- monthly funding barometer, September
    ("jdn-levees-septembre", "fresh89", [
        ("journaldunet.com", "10-01 07:00", "Levées de fonds : septembre, mois record grâce à Mistral AI",
         "Notre baromètre mensuel : 3,1 milliards d'euros levés par la French Tech en septembre, dont les deux tiers par Mistral AI."),
    ]),
    # ---------------------------------------------- Le Chat outage, October
    ("le-chat-outage-oct", "fresh89", [
        ("clubic.com", "10-01 13:40", "Nouvelle panne pour Le Chat de Mistral AI",
         "Neuf jours après un premier incident, l'assistant de Mistral AI est de nouveau inaccessible ce jeudi après-midi pour de nombreux utilisateurs."),
        ("01net.com", "10-01 15:10", "Le Chat ne répond plus : Mistral AI plaide une surcharge",
         "Mistral AI attribue l'interruption de son assistant à un afflux de requêtes sur son modèle Medium 4 ; le service est rétabli en fin d'après-midi."),
    ]),
    # ---------------------------------------------- competition authority fines Google over Gemini training on press
    ("adlc-google-fine", "fresh89", [
        ("lesechos.fr", "10-02 08:00", "Droits voisins : l'Autorité de la concurrence inflige 180 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence sanctionne Google pour avoir entraîné Gemini sur les contenus des éditeurs de presse sans les en informer."),
        ("next.ink", "10-02 10:30", "Gemini entraîné sur la presse : Google sanctionné à hauteur de 180 M€",
         "L'Autorité estime que Google a manqué à ses engagements de 2022 en utilisant les articles des éditeurs pour son IA sans leur permettre de s'y opposer."),
        ("lefigaro.fr", "10-02 12:15", "IA et presse : nouvelle amende salée pour Google en France",
         "Après 500 millions en 2021 et 250 millions en 2024, le moteur de recherche écope de 180 millions d'euros pour l'usage des articles par son IA."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 40
    ("ud-ia-semaine-40", "fresh89", [
        ("usine-digitale.fr", "10-02 16:00", "L'IA cette semaine : Opus 5, GPT-5.5 et l'amende de Google",
         "Anthropic et OpenAI lancent leurs modèles à un jour d'intervalle, et l'Autorité de la concurrence sanctionne Google : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- GPT-5.5 memory bug, then post-mortem
    ("gpt-5-5-memory-bug", "fresh89", [
        ("numerama.com", "10-05 09:20", "ChatGPT : la nouvelle mémoire mélange les conversations de plusieurs utilisateurs",
         "Des utilisateurs signalent voir dans leurs souvenirs ChatGPT des éléments de conversations qui ne sont pas les leurs, depuis le passage à GPT-5.5."),
        ("frandroid.com", "10-05 12:00", "OpenAI désactive en urgence la mémoire de ChatGPT",
         "Face à un bug exposant des bribes de conversations d'autres utilisateurs, OpenAI suspend la mémoire partagée introduite avec GPT-5.5."),
        ("01net.com", "10-05 15:45", "Bug de ChatGPT : vos souvenirs ont-ils fuité ?",
         "OpenAI reconnaît un incident touchant « une faible proportion » de comptes ; voici comment vérifier et effacer la mémoire de ChatGPT."),
        ("lemondeinformatique.fr", "10-06 08:30", "Fuite de mémoire de ChatGPT : OpenAI publie son rapport d'incident",
         "Un défaut de cache introduit lors du déploiement de GPT-5.5 a exposé des résumés de conversations de 1,2 % des utilisateurs pendant 14 heures ; la CNIL a été notifiée."),
    ]),
    # ---------------------------------------------- Photoroom raises money (same morning as Nabla)
    ("photoroom-series-c", "fresh89", [
        ("lesechos.fr", "10-06 05:00", "Photoroom lève 120 millions de dollars et devient licorne",
         "L'application parisienne de retouche photo par IA, utilisée par les vendeurs en ligne, est valorisée 1,2 milliard de dollars."),
        ("maddyness.com", "10-06 08:00", "Photoroom rejoint le club des licornes françaises",
         "La start-up de Matthieu Rouif boucle une série C de 120 M$ menée par Balderton et revendique 300 millions de téléchargements."),
        ("frandroid.com", "10-06 11:30", "L'appli qui détoure vos photos vaut désormais plus d'un milliard",
         "Photoroom, l'outil de retouche dopé à l'IA prisé des vendeurs Vinted, lève 120 millions de dollars."),
    ]),
    # ---------------------------------------------- Nabla raises money
    ("nabla-funding", "fresh89", [
        ("lesechos.fr", "10-06 05:30", "Santé : Nabla lève 70 millions de dollars pour son assistant médical",
         "La start-up parisienne, qui rédige les comptes rendus de consultation grâce à l'IA, veut s'étendre dans les hôpitaux américains."),
    ]),
    # ---------------------------------------------- Mistral and SNCF partnership
    ("mistral-sncf", "fresh89", [
        ("lemagit.fr", "10-07 09:00", "SNCF choisit Mistral AI pour ses 150 000 agents",
         "Le groupe ferroviaire déploie Le Chat Enterprise auprès de ses salariés et développera avec la start-up un assistant de maintenance des trains."),
        ("latribune.fr", "10-07 12:30", "Mistral AI monte à bord de la SNCF",
         "Contrat de trois ans pour la pépite de l'IA, qui équipera les agents de la SNCF et travaillera sur la maintenance prédictive du matériel roulant."),
        ("usine-digitale.fr", "10-07 15:00", "IA générative : la SNCF fait rouler Le Chat",
         "Le transporteur public signe avec Mistral AI un accord de trois ans portant sur un assistant interne et des outils d'aide à la maintenance."),
    ]),
    # ---------------------------------------------- Google AI Mode arrives in France
    ("google-ai-mode-france", "fresh89", [
        ("frandroid.com", "10-08 16:00", "Google lance AI Mode en France",
         "Le mode de recherche conversationnel de Google, propulsé par Gemini, arrive en français sur ordinateur et mobile."),
        ("numerama.com", "10-08 17:30", "AI Mode débarque chez nous : Google transforme sa recherche en chatbot",
         "Un nouvel onglet permet désormais de poser des questions complexes à Google et d'obtenir une réponse rédigée plutôt qu'une liste de liens."),
        ("lesnumeriques.com", "10-08 19:00", "Comment activer AI Mode, la nouvelle recherche de Google, en France",
         "Disponible à partir d'aujourd'hui, le mode IA du moteur de recherche est déployé progressivement : voici où le trouver."),
        ("lefigaro.fr", "10-09 06:30", "Les éditeurs de presse inquiets de l'arrivée d'AI Mode en France",
         "Une semaine après l'amende infligée à Google, le lancement de son mode de recherche par IA fait craindre aux médias une chute de leur audience."),
    ]),
    # ---------------------------------------------- Claude outage
    ("claude-outage", "fresh89", [
        ("clubic.com", "10-09 14:20", "Claude en panne : l'IA d'Anthropic inaccessible pendant deux heures",
         "L'assistant d'Anthropic et son API ont renvoyé des erreurs en pleine journée européenne, privant de nombreux développeurs de Claude Code."),
    ]),
    # ---------------------------------------------- Scaleway GPU cluster
    ("scaleway-gpu-cluster", "fresh89", [
        ("lemagit.fr", "10-09 07:30", "Scaleway met en service un cluster de 5 000 GPU Nvidia B300",
         "La filiale cloud du groupe Iliad ouvre à Paris l'un des plus gros supercalculateurs d'IA d'Europe, réservé en partie par des start-up françaises."),
        ("silicon.fr", "10-09 11:00", "Scaleway : 5 000 GPU Blackwell Ultra pour les entraînements d'IA",
         "Le cloud français d'Iliad affiche la plus grande grappe de GPU B300 disponible en Europe, installée dans son datacenter DC5."),
    ]),
    # ---------------------------------------------- Owkin layoffs
    ("owkin-layoffs", "fresh89", [
        ("linforme.com", "10-12 05:30", "Owkin : la licorne de l'IA médicale licencie un quart de ses effectifs",
         "Selon nos informations, la start-up de Thomas Clozel prépare un plan de sauvegarde de l'emploi visant environ 90 postes, principalement à Paris."),
        ("usine-digitale.fr", "10-12 09:45", "Owkin supprimerait près de 90 postes, selon L'Informé",
         "La pépite française de l'IA appliquée à la recherche médicale réduit la voilure pour atteindre la rentabilité, d'après L'Informé."),
        ("journaldunet.com", "10-12 13:00", "Layoffs chez Owkin",
         "Owkin confirme le départ d'environ un quart de ses salariés et recentre ses activités sur ses outils de diagnostic."),
    ]),
    # ---------------------------------------------- Hugging Face token leak
    ("hugging-face-token-leak", "fresh89", [
        ("lemagit.fr", "10-13 08:00", "Hugging Face victime d'une intrusion dans sa plateforme Spaces",
         "Un attaquant a pu accéder à des jetons d'API stockés dans des Spaces ; Hugging Face a révoqué les clés concernées et prévenu les utilisateurs."),
        ("zdnet.fr", "10-13 10:45", "Hugging Face révoque des milliers de jetons après une fuite",
         "La plateforme d'IA open source invite ses utilisateurs à renouveler leurs jetons après un accès non autorisé à Spaces."),
        ("numerama.com", "10-13 14:00", "Vous utilisez Hugging Face ? Changez vos clés maintenant",
         "Une faille dans Spaces a permis à un pirate de récupérer des secrets d'utilisateurs ; voici ce qu'il faut faire."),
    ]),
    # ---------------------------------------------- Pigment series E
    ("pigment-series-e", "fresh89", [
        ("lesechos.fr", "10-14 05:00", "Pigment lève 200 millions de dollars et vise l'introduction en Bourse",
         "L'éditeur français de logiciels de planification financière, qui mise sur des agents IA, est valorisé 2,5 milliards de dollars."),
        ("journaldunet.com", "10-14 09:20", "Pigment boucle une série E de 200 M$ pour ses agents financiers",
         "La scale-up d'Eléonore Crespo et Romain Niccoli double sa valorisation et prépare une cotation à New York."),
        ("itforbusiness.fr", "10-14 13:00", "Planification : Pigment s'offre 200 millions de dollars de plus",
         "L'éditeur de la plateforme de pilotage de la performance compte investir dans l'IA agentique et accélérer aux États-Unis."),
    ]),
    # ---------------------------------------------- H launches Runner H 2
    ("h-runner-2", "fresh89", [
        ("usine-digitale.fr", "10-15 14:00", "H dévoile Runner H 2, son agent qui pilote les logiciels d'entreprise",
         "Cinq semaines après sa série B, la start-up parisienne lance la deuxième version de son agent, capable de naviguer dans SAP et Salesforce."),
    ]),
    # ---------------------------------------------- ChatGPT outage, October
    ("chatgpt-outage-oct", "fresh89", [
        ("01net.com", "10-16 12:30", "ChatGPT est en panne dans le monde entier",
         "Depuis 14 heures, l'assistant d'OpenAI affiche un message d'erreur ; l'API et Sora sont également touchés."),
        ("frandroid.com", "10-16 13:10", "Panne de ChatGPT : OpenAI enquête",
         "Des milliers d'utilisateurs signalent l'impossibilité d'accéder à ChatGPT ; OpenAI indique avoir identifié un problème de base de données."),
        ("bfmtv.com", "10-16 17:00", "ChatGPT de nouveau accessible après cinq heures de panne",
         "OpenAI a rétabli son service en fin de journée après une panne mondiale, l'une des plus longues de son histoire."),
    ]),
    # ---------------------------------------------- Les Echos weekly funding roundup, week 42
    ("echos-levees-semaine-42", "fresh89", [
        ("lesechos.fr", "10-16 17:30", "Les levées de fonds de la semaine : Pigment, Owkin, Photoroom",
         "Pigment écrase la semaine avec 200 millions de dollars, tandis qu'Owkin réduit la voilure : le point sur le financement des start-up."),
    ]),
    # ---------------------------------------------- Helsing funding
    ("helsing-funding", "fresh89", [
        ("latribune.fr", "10-19 06:00", "Défense : Helsing lève 1 milliard d'euros",
         "La start-up allemande d'IA militaire, présente en France, est valorisée 15 milliards d'euros et devient la plus chère des start-up de défense européennes."),
        ("lesechos.fr", "10-19 08:30", "L'IA de défense européenne attire les capitaux : Helsing empoche un milliard",
         "Le spécialiste munichois des drones et logiciels militaires boucle une levée menée par General Catalyst et Prima Materia."),
    ]),
    # ---------------------------------------------- Capgemini and Mistral partnership
    ("capgemini-mistral", "fresh89", [
        ("lemondeinformatique.fr", "10-20 09:00", "Capgemini et Mistral AI étendent leur partenariat",
         "L'ESN formera 20 000 consultants aux modèles de Mistral AI et proposera des déploiements souverains à ses clients du secteur public."),
        ("channelnews.fr", "10-20 11:40", "Capgemini devient le premier intégrateur de Mistral AI en Europe",
         "Le groupe de services numériques signe un accord de revente et d'intégration des modèles et de Le Chat Enterprise."),
    ]),
    # ---------------------------------------------- Kyutai funding
    ("kyutai-funding", "fresh89", [
        ("usine-digitale.fr", "10-20 07:00", "Kyutai reçoit 150 millions d'euros de nouveaux dons",
         "Le laboratoire de Xavier Niel, Rodolphe Saadé et Eric Schmidt double sa dotation et ouvre un bureau à Londres."),
        ("lesechos.fr", "10-20 10:30", "Kyutai, le labo d'IA ouvert, sécurise 150 millions d'euros",
         "Ses mécènes renouvellent leur engagement pour cinq ans ; le laboratoire compte recruter 40 chercheurs."),
    ]),
    # ---------------------------------------------- OpenAI data centre near Dunkirk
    ("openai-stargate-dunkerque", "fresh89", [
        ("lesechos.fr", "10-21 05:00", "OpenAI va construire un campus Stargate près de Dunkerque",
         "Le créateur de ChatGPT s'associe au fonds émirien MGX et à EDF pour un centre de données de 1 gigawatt dans le Nord, un projet de 12 milliards d'euros."),
        ("bfmtv.com", "10-21 08:30", "Stargate France : OpenAI choisit Dunkerque",
         "Le premier centre de données d'OpenAI en Europe continentale sera bâti à Loon-Plage, à proximité de la centrale de Gravelines."),
        ("usine-digitale.fr", "10-21 11:00", "12 milliards d'euros et 1 GW : OpenAI pose son Stargate dans le Nord",
         "OpenAI, MGX et EDF annoncent un campus IA près de Gravelines, dont la première tranche doit être opérationnelle en 2028."),
        ("latribune.fr", "10-22 07:00", "Stargate à Dunkerque : ce que l'on sait du projet d'OpenAI",
         "Électricité nucléaire, emplois, calendrier, foncier : les détails du campus d'OpenAI à Loon-Plage, annoncé mercredi."),
    ]),
    # ---------------------------------------------- Poolside funding
    ("poolside-funding", "fresh89", [
        ("latribune.fr", "10-21 09:30", "Poolside, la start-up de Jason Warner et Eiso Kant, lève 1 milliard de dollars",
         "Fondée à Paris et installée aux États-Unis, la start-up d'IA pour le code est valorisée 12 milliards de dollars."),
    ]),
    # ---------------------------------------------- CNIL formal notice to Meta over AI training
    ("cnil-meta-notice", "fresh89", [
        ("next.ink", "10-22 09:00", "La CNIL met en demeure Meta sur l'entraînement de ses IA",
         "Le régulateur estime que le droit d'opposition des utilisateurs d'Instagram et Facebook à l'usage de leurs données pour Llama n'est pas effectif."),
        ("numerama.com", "10-22 13:15", "Données et IA : Meta a trois mois pour se conformer, exige la CNIL",
         "La CNIL reproche au groupe de Mark Zuckerberg un formulaire d'opposition trop compliqué et réclame des correctifs sous trois mois."),
    ]),
    # ---------------------------------------------- DeepSeek R2 launch
    ("deepseek-r2", "fresh89", [
        ("clubic.com", "10-23 07:40", "DeepSeek lance R2 et fait encore trembler la Silicon Valley",
         "La start-up chinoise publie son nouveau modèle de raisonnement, entraîné selon elle pour moins de 10 millions de dollars."),
        ("frandroid.com", "10-23 10:00", "DeepSeek R2 : le modèle chinois open source rattrape GPT-5",
         "Le nouveau modèle de DeepSeek égale les meilleurs modèles américains sur les benchmarks de mathématiques et de code."),
        ("numerama.com", "10-23 13:30", "Avec R2, DeepSeek remet le couvert",
         "Dix-huit mois après R1, la start-up de Hangzhou publie sous licence MIT un modèle de raisonnement qui rivalise avec les américains pour une fraction du coût."),
    ]),
    # ---------------------------------------------- hearing in publishers v. Meta suit
    ("snac-meta-hearing", "fresh89", [
        ("lefigaro.fr", "10-27 06:00", "Les éditeurs français face à Meta devant le tribunal de Paris",
         "Le SNE, la SGDL et le Snac, qui accusent Meta d'avoir entraîné Llama sur des livres piratés, plaident ce mardi devant le tribunal judiciaire."),
        ("next.ink", "10-27 16:30", "Procès Meta : les auteurs réclament le retrait de leurs œuvres des données d'entraînement",
         "À l'audience, les organisations d'auteurs et d'éditeurs ont demandé la destruction des jeux de données contenant des livres issus de LibGen."),
    ]),
    # ---------------------------------------------- Sora arrives in France
    ("sora-france", "fresh89", [
        ("frandroid.com", "10-27 15:00", "L'application Sora d'OpenAI est enfin disponible en France",
         "Le réseau social de vidéos générées par IA arrive sur iOS et Android en Europe, avec des garde-fous supplémentaires."),
        ("numerama.com", "10-27 18:10", "Sora débarque en Europe : ce qu'il faut savoir avant de l'installer",
         "Caméos, filigrane, âge minimum : les règles de l'application vidéo d'OpenAI, disponible en France depuis ce mardi."),
    ]),
    # ---------------------------------------------- LightOn half-year results
    ("lighton-results", "fresh89", [
        ("lemagit.fr", "10-28 16:30", "LightOn double son chiffre d'affaires au premier semestre",
         "La société française d'IA générative cotée sur Euronext Growth réalise 9 millions d'euros de revenus grâce au secteur public."),
    ]),
    # ---------------------------------------------- UAE AI campus at Fouju, works begin
    ("uae-campus-fouju", "fresh89", [
        ("lesechos.fr", "10-28 06:30", "Le campus IA franco-émirien de Fouju entre en chantier",
         "Les travaux du centre de données de 1,4 GW financé par les Émirats arabes unis démarrent en Seine-et-Marne."),
        ("latribune.fr", "10-28 10:00", "Seine-et-Marne : coup d'envoi des travaux du méga-datacenter émirien",
         "MGX et Bpifrance lancent le chantier du campus de Fouju, présenté comme le plus grand centre de données d'IA d'Europe."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 44
    ("ud-ia-semaine-44", "fresh89", [
        ("usine-digitale.fr", "10-30 16:00", "L'IA cette semaine : Meta au tribunal, Sora en France et Fouju",
         "Le procès des éditeurs contre Meta, l'arrivée de Sora en Europe et le chantier du campus de Fouju : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- monthly funding barometer, October
    ("jdn-levees-octobre", "fresh89", [
        ("journaldunet.com", "11-02 07:00", "Levées de fonds : en octobre, la French Tech a levé 1,4 milliard d'euros",
         "Notre baromètre mensuel : Pigment, Photoroom et Nabla en tête d'un mois porté par l'IA appliquée."),
    ]),
    # ---------------------------------------------- Photoroom layoffs
    ("photoroom-layoffs", "fresh89", [
        ("linforme.com", "11-03 05:30", "Photoroom : un mois après sa levée, la licorne réduit ses équipes",
         "Selon nos informations, l'éditeur de l'application de retouche supprime une trentaine de postes dans ses équipes marketing et support."),
        ("journaldunet.com", "11-03 10:00", "Photoroom supprime une trentaine de postes, selon L'Informé",
         "La start-up parisienne, devenue licorne en octobre, se réorganise et confie une partie de son support à des agents IA."),
    ]),
    # ---------------------------------------------- ChatGPT outage, November
    ("chatgpt-outage-nov", "fresh89", [
        ("01net.com", "11-04 08:50", "ChatGPT ne fonctionne plus ce matin",
         "L'assistant d'OpenAI est inaccessible pour une partie des utilisateurs européens depuis 9 heures, heure de Paris."),
        ("clubic.com", "11-04 10:30", "Nouvelle panne de ChatGPT, OpenAI évoque un souci de connexion",
         "Trois semaines après une panne mondiale, ChatGPT a connu ce mercredi une interruption d'une heure en Europe liée à son système d'authentification."),
    ]),
    # ---------------------------------------------- Google appeals the competition authority fine
    ("google-fine-appeal", "fresh89", [
        ("next.ink", "11-05 09:30", "Droits voisins : Google fait appel de son amende de 180 millions d'euros",
         "Google conteste devant la cour d'appel de Paris la sanction infligée début octobre pour l'entraînement de Gemini sur la presse."),
        ("lesechos.fr", "11-05 12:00", "Google conteste la sanction de l'Autorité de la concurrence sur l'IA",
         "Le groupe américain juge « disproportionnée » l'amende liée à l'usage des contenus de presse par Gemini et saisit la cour d'appel."),
    ]),
    # ---------------------------------------------- Microsoft Copilot price rise in France
    ("microsoft-copilot-price", "fresh89", [
        ("lemondeinformatique.fr", "11-06 08:00", "Le géant de Redmond augmente le prix de Microsoft 365 pour y loger Copilot",
         "À partir de janvier, les abonnements Microsoft 365 entreprise augmentent de 15 % en France, Copilot Chat étant désormais inclus d'office."),
        ("zdnet.fr", "11-06 11:20", "Microsoft 365 : Copilot fait grimper la facture des entreprises",
         "Microsoft justifie une hausse de ses licences professionnelles par l'intégration de ses fonctions d'IA générative."),
    ]),
    # ---------------------------------------------- Apple Siri powered by Gemini in French
    ("apple-siri-gemini", "fresh89", [
        ("frandroid.com", "11-09 17:30", "Le nouveau Siri propulsé par Gemini arrive en français",
         "Apple active avec iOS 27.2 la version de Siri reposant sur un modèle Gemini personnalisé, d'abord en anglais et en français."),
        ("lesnumeriques.com", "11-09 19:00", "iOS 27.2 : Siri parle enfin français avec l'IA de Google",
         "La mise à jour déploie en France le Siri repensé par Apple avec l'aide de Google, capable d'agir dans les applications."),
    ]),
    # ---------------------------------------------- Anthropic opens a Paris office
    ("anthropic-paris-office", "fresh89", [
        ("usine-digitale.fr", "11-10 07:00", "Anthropic ouvre un bureau à Paris et recrute 100 personnes",
         "Le créateur de Claude installe son siège d'Europe continentale dans le 8e arrondissement et vise les grands comptes du CAC 40."),
        ("lesechos.fr", "11-10 09:30", "Après OpenAI, Anthropic s'installe à Paris",
         "La start-up américaine ouvre un bureau parisien dirigé par un ancien de Google Cloud et annonce un partenariat avec BNP Paribas."),
        ("bfmtv.com", "11-10 13:00", "L'éditeur de Claude débarque en France",
         "Anthropic confirme l'ouverture de bureaux à Paris, avec une centaine de recrutements prévus d'ici fin 2027."),
    ]),
    # ---------------------------------------------- Mistral Voxtral 2
    ("mistral-voxtral-2", "fresh89", [
        ("numerama.com", "11-11 14:00", "Mistral AI lance Voxtral 2 pour transcrire et traduire la voix",
         "Le nouveau modèle audio open source de Mistral AI transcrit en temps réel et traduit dans 20 langues."),
    ]),
    # ---------------------------------------------- Gemini 3.5 launch
    ("gemini-3-5", "fresh89", [
        ("frandroid.com", "11-12 16:10", "Google lance Gemini 3.5 Pro",
         "Le nouveau modèle de Google prend la tête des classements et arrive dans l'application Gemini et dans AI Mode."),
        ("numerama.com", "11-12 17:45", "Gemini 3.5 : Google reprend l'avantage sur OpenAI ?",
         "Raisonnement, vidéo, agents : Google présente Gemini 3.5 Pro, disponible dès aujourd'hui pour les abonnés Google AI Pro."),
        ("01net.com", "11-12 19:30", "Google dégaine Gemini 3.5, son IA la plus avancée",
         "Le géant de Mountain View déploie sa nouvelle génération de modèles, avec un mode de réflexion approfondie pour les problèmes complexes."),
        ("lemondeinformatique.fr", "11-13 07:45", "Gemini 3.5 Pro arrive dans Vertex AI et Workspace",
         "Google met son nouveau modèle à disposition des entreprises via Vertex AI et l'intègre à Gmail et Docs pour les clients Workspace."),
    ]),
    # ---------------------------------------------- weekly AI roundup, week 46
    ("ud-ia-semaine-46", "fresh89", [
        ("usine-digitale.fr", "11-13 16:00", "L'IA cette semaine : Anthropic à Paris, Gemini 3.5 et Voxtral 2",
         "L'arrivée d'Anthropic à Paris, le nouveau modèle de Google et le modèle audio de Mistral AI : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- DeepL layoffs
    ("deepl-layoffs", "fresh89", [
        ("lesechos.fr", "11-16 08:00", "Traduction : DeepL supprime 15 % de ses effectifs",
         "La licorne allemande de la traduction automatique se sépare d'environ 150 salariés face à la concurrence des assistants généralistes."),
        ("usine-digitale.fr", "11-16 11:30", "DeepL licencie environ 150 personnes",
         "Le traducteur de Cologne, concurrencé par ChatGPT et Gemini, réduit ses effectifs pour se concentrer sur les entreprises."),
    ]),
    # ---------------------------------------------- Stellantis and Mistral
    ("stellantis-mistral", "fresh89", [
        ("lesechos.fr", "11-17 06:00", "Stellantis installera l'assistant de Mistral AI dans ses voitures dès 2027",
         "Le constructeur élargit son partenariat avec la start-up française : un assistant vocal embarqué équipera Peugeot, Citroën et Fiat."),
    ]),
    # ---------------------------------------------- Meta Llama 5 launch
    ("llama-5", "fresh89", [
        ("numerama.com", "11-18 18:00", "Meta dévoile Llama 5, son modèle le plus ambitieux",
         "Meta présente la nouvelle famille de modèles de son laboratoire de superintelligence, dont une version de 2 000 milliards de paramètres."),
        ("frandroid.com", "11-18 19:20", "Llama 5 est là : Meta revendique la première place des classements",
         "Le maître de Facebook affirme que son nouveau modèle devance GPT-5.5 et Gemini 3.5 sur la plupart des benchmarks."),
        ("lemondeinformatique.fr", "11-19 07:30", "Llama 5 : Meta restreint sa licence pour les entreprises",
         "La nouvelle génération de modèles de Meta reste téléchargeable, mais sa licence se durcit pour les usages commerciaux à grande échelle."),
    ]),
    # ---------------------------------------------- Commission proposes to delay AI Act obligations
    ("ai-act-delay", "fresh89", [
        ("next.ink", "11-19 10:00", "AI Act : Bruxelles propose de repousser d'un an les règles sur l'IA à haut risque",
         "La Commission européenne publie un paquet de simplification qui décale à fin 2027 les obligations pour les systèmes d'IA à haut risque."),
        ("lemondeinformatique.fr", "11-19 14:00", "La Commission européenne met l'AI Act en pause pour les systèmes à haut risque",
         "Face aux retards des normes techniques, Bruxelles propose de différer l'application des obligations les plus lourdes du règlement sur l'IA."),
        ("lesechos.fr", "11-19 16:30", "Régulation de l'IA : Bruxelles lâche du lest",
         "Sous la pression des industriels et de plusieurs États, dont la France, la Commission repousse l'entrée en vigueur d'une partie de l'AI Act."),
    ]),
    # ---------------------------------------------- Dust launches its agent builder
    ("dust-agent-launch", "fresh89", [
        ("itforbusiness.fr", "11-19 08:00", "Dust lance des agents capables d'agir dans les applications métier",
         "La start-up parisienne ajoute à sa plateforme des agents qui exécutent des actions dans Salesforce, Jira ou HubSpot, et plus seulement des recherches."),
    ]),
    # ---------------------------------------------- Llama 5 benchmark row, then Meta's reply
    ("llama-5-benchmark-row", "fresh89", [
        ("next.ink", "11-20 09:30", "Llama 5 : des chercheurs accusent Meta d'avoir gonflé ses scores",
         "Des chercheurs d'Epoch AI ne parviennent pas à reproduire les résultats annoncés et soupçonnent une version optimisée pour les benchmarks."),
        ("numerama.com", "11-20 13:00", "Soupçons de triche autour des performances de Llama 5",
         "La version de Llama 5 testée sur LMArena ne serait pas celle mise à disposition du public, selon plusieurs chercheurs."),
        ("01net.com", "11-20 17:20", "Meta a-t-il truqué les benchmarks de Llama 5 ?",
         "Deux jours après son lancement, le nouveau modèle de Meta fait l'objet d'une polémique sur la fiabilité de ses scores."),
        ("lemondeinformatique.fr", "11-21 08:10", "Benchmarks de Llama 5 : Meta dément toute manipulation",
         "Meta reconnaît avoir soumis à LMArena une variante « expérimentale » de Llama 5 mais nie avoir entraîné son modèle sur les jeux de test."),
    ]),
    # ---------------------------------------------- Giskard funding
    ("giskard-funding", "fresh89", [
        ("maddyness.com", "11-24 07:00", "Giskard lève 25 millions d'euros pour tester les agents IA",
         "La start-up parisienne, qui détecte les hallucinations et failles des modèles, boucle une série A menée par Elaia."),
    ]),
    # ---------------------------------------------- Mistral IPO rumour
    ("mistral-ipo-rumour", "fresh89", [
        ("linforme.com", "11-24 05:30", "Mistral AI prépare son entrée en Bourse pour 2027",
         "Selon nos informations, la start-up a mandaté plusieurs banques pour étudier une introduction en Bourse à Paris et à New York."),
        ("bfmtv.com", "11-24 10:15", "Mistral AI en Bourse dès 2027 ? La start-up aurait choisi ses banques, selon L'Informé",
         "Trois mois après sa levée de 2 milliards d'euros, Mistral AI réfléchirait à une cotation ; la start-up ne commente pas."),
    ]),
    # ---------------------------------------------- Macron national AI plan
    ("macron-plan-ia", "fresh89", [
        ("lefigaro.fr", "11-26 06:00", "Emmanuel Macron présente un plan de 5 milliards d'euros pour l'IA",
         "Le chef de l'État annonce à Station F un plan public de calcul, de formation et de commande publique en faveur des start-up d'IA françaises."),
        ("latribune.fr", "11-26 11:30", "Plan IA 2030 : l'État mise 5 milliards sur le calcul et les talents",
         "Supercalculateurs, 100 000 personnes formées, achats publics : le détail du plan dévoilé par l'Élysée."),
        ("bfmtv.com", "11-26 13:45", "« La France doit rester dans la course » : Macron dévoile sa stratégie pour l'IA",
         "À Station F, le président de la République a promis 5 milliards d'euros d'argent public pour l'intelligence artificielle d'ici 2030."),
    ]),
    # ---------------------------------------------- Hugging Face sells its humanoid robot
    ("hugging-face-robot-sale", "fresh89", [
        ("frandroid.com", "11-26 15:00", "Hugging Face ouvre les précommandes de son robot humanoïde HopeJR",
         "Le robot open source de Hugging Face, doté des mains de Quiet Robotics, est proposé à 4 990 euros, avec des livraisons au printemps."),
        ("lesnumeriques.com", "11-26 18:30", "HopeJR : un humanoïde open source à moins de 5 000 euros",
         "Hugging Face commercialise son robot de 1,40 m, programmable avec la bibliothèque LeRobot ; les premières unités seront livrées en mars."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
