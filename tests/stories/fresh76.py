"""The 76th fresh labelled set of French tech-news stories, mostly public-sector digital services, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh76".
Positives: titles sharing almost no word (« le bouton bleu de l'État a lâché »), the event named only by
periphrasis (« l'ex-Pôle emploi », « l'opérateur historique », « le fisc », « le numéro un européen des
semi-conducteurs »), an English word title (« Layoffs chez STMicroelectronics »), syndicated stories
(« selon Les Echos », « selon L'Informé »), quotes as titles, explainers (« ce qui change »), a hands-on test
the day after a launch, post-mortems and terse follow-ups the next day, ANTS named « France Titres », digits
vs words (« 1,2 million » / « plus d'un million », « 500 » / « quelque 500 »).
Hard negatives: two ANTS outages two days apart (the second vague); an Ameli data leak then a fake-SMS
campaign on Ameli two days later; France Travail's February leak, its March leak and the CNIL fine in
April; France Travail job cuts then a strike of its agents; STMicroelectronics layoffs then a strike at
Crolles; Ivanti's February and March patches; Capgemini annual results then Q1 revenue; two govtech
fundraisings on one day; the Galaxy S26 and the Galaxy Buds at one keynote, then an S26 battery bug;
two Cour des comptes reports; a DDoS on ministry sites, the FranceConnect outage the next day and a
FranceConnect session bug two days later; the France Identité release then its NFC bug; ransomware at
two hospitals two days apart; a Pronote outage then hijacked Pronote accounts; the Health Data Hub tender
award then a losing bidder's court challenge; two Orange outages two days apart; a CNIL fine on Bouygues
Telecom then its appeal; the opening of the online tax return then impots.gouv saturating the same day;
the Carte Vitale app opened to all then an Ameli outage; the Albert plan then Mistral AI winning the State
AI tender; Visio rolled out then a Tchap outage; a Maiia leak then a Doctolib outage; weekly govtech
roundups and weekly deals posts; a withholding-tax rate error vs a fake tax-refund SMS campaign.
`build` fixes the year 2026; times are UTC, February to April 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 0.935, recall 0.680 (0.934 / 0.664 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- France Travail: first leak, 1.2 million job seekers (Feb)
    ("france-travail-leak-feb", "fresh76", [
        ("numerama.com", "02-03 07:40",
         "France Travail : les données de 1,2 million de demandeurs d'emploi dérobées",
         "Noms, numéros de sécurité sociale, adresses : un pirate a siphonné les données de 1,2 million d'inscrits à France Travail, a confirmé l'opérateur public lundi soir."),
        ("lemagit.fr", "02-03 09:15",
         "France Travail confirme une nouvelle cyberattaque d'ampleur",
         "L'attaquant a utilisé le compte d'un agent d'un organisme partenaire pour extraire en masse des dossiers de demandeurs d'emploi ; l'ANSSI et la CNIL ont été notifiées."),
        ("bfmtv.com", "02-03 11:30",
         "« Nous avons déposé plainte » : France Travail réagit au vol massif de données",
         "La direction générale de France Travail affirme que les mots de passe et coordonnées bancaires ne sont pas concernés et qu'une plainte a été déposée auprès du parquet de Paris."),
        ("01net.com", "02-03 14:05",
         "Fuite de données chez l'ex-Pôle emploi : comment savoir si vous êtes concerné",
         "Plus d'un million de personnes inscrites à l'agence pour l'emploi vont recevoir un courriel d'information. Voici les précautions à prendre face aux tentatives d'hameçonnage."),
        ("zdnet.fr", "02-03 16:40",
         "Cyberattaque : 1,2 million de dossiers de demandeurs d'emploi dans la nature",
         "Le piratage révélé par France Travail porte sur les données d'identité et de contact ; l'accès frauduleux aurait duré plusieurs jours avant d'être détecté."),
        ("next.ink", "02-04 08:20",
         "France Travail : l'accès d'un conseiller Cap emploi à l'origine de la fuite",
         "Au lendemain de l'annonce, France Travail précise que les identifiants d'un conseiller d'un Cap emploi, volés par un logiciel espion, ont permis d'interroger l'outil de suivi des dossiers."),
    ]),
    # ---------------------------------------------- DINUM: cloud doctrine update, SecNumCloud for sensitive data
    ("dinum-cloud-doctrine", "fresh76", [
        ("lemagit.fr", "02-05 08:30",
         "Cloud au centre : la DINUM durcit la doctrine de l'État",
         "Une nouvelle circulaire impose aux ministères d'héberger leurs données sensibles chez un prestataire qualifié SecNumCloud d'ici fin 2027, sans dérogation possible."),
        ("silicon.fr", "02-05 10:10",
         "Doctrine cloud de l'État : SecNumCloud devient la règle pour les données sensibles",
         "La direction interministérielle du numérique publie la mise à jour de sa doctrine « cloud au centre », qui ferme la porte aux offres soumises à des lois extraterritoriales."),
        ("usine-digitale.fr", "02-05 13:45",
         "Données sensibles : l'État ferme la porte aux clouds américains",
         "Le Premier ministre a signé une circulaire qui écarte de fait AWS, Microsoft Azure et Google Cloud des projets manipulant des données sensibles de l'administration."),
        ("lemondeinformatique.fr", "02-06 09:00",
         "Doctrine cloud de l'État : ce qui change pour les ministères",
         "Calendrier, périmètre des données sensibles, sort des projets déjà engagés : le détail de la circulaire « cloud au centre » révisée par la DINUM."),
    ]),
    # ---------------------------------------------- ANTS (France Titres): first outage
    ("ants-outage-0209", "fresh76", [
        ("01net.com", "02-09 08:50",
         "Le site de l'ANTS en panne : impossible de demander un passeport ou une carte grise",
         "Depuis lundi matin, le portail de l'Agence nationale des titres sécurisés affiche une page d'erreur ; les demandes de titres en ligne sont suspendues."),
        ("bfmtv.com", "02-09 10:40",
         "Carte grise, permis, passeport : les démarches en ligne bloquées toute la matinée",
         "Les usagers qui tentaient de faire une démarche sur le site de France Titres, l'ex-ANTS, se sont heurtés à une panne ; l'agence évoque un incident technique chez son hébergeur."),
        ("numerama.com", "02-09 15:15",
         "France Titres (ex-ANTS) rétablit son site après plusieurs heures de panne",
         "L'agence chargée des titres sécurisés indique que le service est de nouveau accessible depuis 14 heures et que les dossiers en cours n'ont pas été perdus."),
    ]),
    # ---------------------------------------------- Ivanti: February critical patch
    ("ivanti-patch-feb", "fresh76", [
        ("lemagit.fr", "02-10 18:30",
         "Ivanti corrige une faille critique dans Connect Secure",
         "L'éditeur publie un correctif pour une vulnérabilité de contournement d'authentification notée 9,8, que le CERT-FR recommande d'appliquer sans délai."),
        ("zdnet.fr", "02-11 07:45",
         "VPN Ivanti : une vulnérabilité critique à corriger d'urgence",
         "La faille affecte les passerelles Connect Secure et Policy Secure ; aucune exploitation n'a encore été observée, selon Ivanti."),
    ]),
    # ---------------------------------------------- ANTS: second outage two days later, vague
    ("ants-outage-0211", "fresh76", [
        ("next.ink", "02-11 14:20",
         "Le site des titres sécurisés de nouveau en rade",
         "Deux jours après une première interruption, le portail de demande de titres affiche une nouvelle fois un message d'erreur ce mercredi après-midi."),
        ("clubic.com", "02-11 17:05",
         "ANTS : rebelote, les demandes de passeport bloquées",
         "Nouvelle panne pour le site de l'agence des titres : les usagers ne peuvent plus déposer de pré-demande depuis le début d'après-midi, l'agence parle d'une surcharge."),
    ]),
    # ---------------------------------------------- STMicroelectronics: job cuts in France
    ("stmicro-layoffs", "fresh76", [
        ("lesechos.fr", "02-10 06:00",
         "STMicroelectronics va supprimer un millier de postes en France",
         "Le fabricant franco-italien de puces présente ce mardi un plan de départs volontaires qui touche surtout ses sites de Crolles, Rousset et Tours."),
        ("latribune.fr", "02-10 09:30",
         "Crolles, Rousset, Tours : STMicro annonce 1 000 suppressions de postes",
         "Face au repli du marché automobile, le groupe réduit ses effectifs français ; les syndicats dénoncent un plan « disproportionné »."),
        ("silicon.fr", "02-10 12:10",
         "Layoffs chez STMicroelectronics : un millier de postes en France",
         "Le numéro un européen des semi-conducteurs taille dans ses effectifs hexagonaux, via des départs volontaires et des préretraites."),
        ("usine-digitale.fr", "02-10 15:50",
         "Semi-conducteurs : le numéro un européen des puces réduit la voilure en France",
         "Le plan de STMicroelectronics prévoit environ 1 000 départs d'ici 2027, sans licenciements contraints selon la direction."),
    ]),
    # ---------------------------------------------- Minister: Albert for 100,000 agents
    ("albert-plan", "fresh76", [
        ("usine-digitale.fr", "02-12 08:00",
         "L'IA Albert bientôt entre les mains de 100 000 agents publics",
         "La ministre chargée du Numérique annonce la généralisation de l'assistant d'IA générative de l'État aux agents des préfectures, des caisses et des France Services."),
        ("lefigaro.fr", "02-12 11:20",
         "« Chaque agent aura son assistant » : le gouvernement mise sur l'IA dans les services publics",
         "Le gouvernement présente un plan de 300 millions d'euros sur trois ans pour équiper les fonctionnaires d'outils d'intelligence artificielle, à commencer par Albert."),
        ("lemondeinformatique.fr", "02-12 14:35",
         "Albert : l'État accélère le déploiement de son IA générative",
         "L'assistant développé par la DINUM doit être accessible à 100 000 agents d'ici l'été, selon la feuille de route présentée par la ministre."),
    ]),
    # ---------------------------------------------- STMicro: strike at Crolles three days after the plan
    ("stmicro-strike-crolles", "fresh76", [
        ("latribune.fr", "02-13 10:15",
         "Grève à Crolles : les salariés de STMicro débraient contre le plan social",
         "Plusieurs centaines de salariés ont cessé le travail vendredi sur le site isérois, à l'appel de l'intersyndicale, bloquant en partie la production."),
        ("lemondeinformatique.fr", "02-13 16:00",
         "Débrayage massif sur le site STMicroelectronics de Crolles",
         "L'intersyndicale réclame l'ouverture de négociations sur les conditions de départ ; la direction assure que la production de plaquettes n'est pas affectée."),
    ]),
    # ---------------------------------------------- Capgemini: annual results 2025
    ("capgemini-fy2025", "fresh76", [
        ("lesechos.fr", "02-13 06:30",
         "Capgemini termine 2025 sur une croissance en berne",
         "L'ESN française publie un chiffre d'affaires annuel de 22,4 milliards d'euros, en hausse de 1,2 % à taux de change constants, et prévoit une reprise au second semestre."),
        ("lemondeinformatique.fr", "02-13 11:00",
         "Résultats annuels : Capgemini mise sur l'IA agentique pour relancer la croissance",
         "Le groupe de services numériques affiche une marge opérationnelle de 13,3 % en 2025 et table sur une croissance de 2 à 4 % en 2026."),
    ]),
    # ---------------------------------------------- Ameli: leak via stolen health-professional accounts
    ("ameli-leak", "fresh76", [
        ("zdnet.fr", "02-16 09:10",
         "Ameli : les données de 600 000 assurés exposées via des comptes de soignants",
         "L'Assurance maladie signale un accès frauduleux à son portail professionnel : des identifiants de praticiens, dérobés par hameçonnage, ont servi à consulter des fiches d'assurés."),
        ("numerama.com", "02-16 11:45",
         "Fuite de données à l'Assurance maladie : ce que les pirates ont récupéré",
         "Nom, date de naissance, numéro de sécurité sociale et organisme complémentaire : la Cnam détaille les informations consultées de quelque 600 000 assurés."),
        ("bfmtv.com", "02-16 14:20",
         "Sécurité sociale : plus d'un demi-million d'assurés touchés par un piratage",
         "La caisse nationale confirme que des comptes de professionnels de santé ont été détournés pour accéder à des données de patients ; aucune donnée médicale ne serait concernée."),
        ("lemagit.fr", "02-17 08:05",
         "Assurance maladie : la double authentification imposée aux professionnels après la fuite",
         "Au lendemain de l'annonce, la Cnam rend obligatoire une seconde étape de connexion sur amelipro, par laquelle les pirates s'étaient introduits."),
    ]),
    # ---------------------------------------------- Cour des comptes: report on the State's big IT projects
    ("cour-comptes-grands-projets", "fresh76", [
        ("lemondeinformatique.fr", "02-18 09:30",
         "Grands projets numériques de l'État : la Cour des comptes pointe 1,3 milliard de dérive",
         "Dans un rapport publié mercredi, les magistrats financiers relèvent que la moitié des 55 projets suivis par la DINUM dépassent leur budget ou leur calendrier."),
        ("next.ink", "02-18 12:00",
         "Retards, surcoûts, abandons : la Cour des comptes étrille les projets informatiques de l'État",
         "Le rapport cite notamment le SIRH des armées et la refonte du système de paie, et recommande de renforcer le pouvoir de la DINUM."),
        ("lefigaro.fr", "02-18 17:40",
         "Informatique de l'État : les sages de la rue Cambon sonnent l'alarme",
         "Selon la juridiction financière, les dérapages des grands chantiers numériques publics coûtent plus d'un milliard d'euros au contribuable."),
    ]),
    # ---------------------------------------------- Ameli: fake SMS campaign, another happening two days later
    ("ameli-fake-sms", "fresh76", [
        ("01net.com", "02-18 15:30",
         "Arnaque : une vague de faux SMS Ameli sur le renouvellement de la carte Vitale",
         "Cybermalveillance.gouv.fr alerte sur des messages invitant à « mettre à jour » sa carte Vitale sur un faux site, une escroquerie qui revient régulièrement."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: CNIL fine
    ("bouygues-cnil-fine", "fresh76", [
        ("next.ink", "02-19 10:00",
         "La CNIL inflige 18 millions d'euros d'amende à Bouygues Telecom",
         "Le gendarme des données personnelles sanctionne l'opérateur pour une sécurité insuffisante de son espace client, à l'origine de la fuite de 2025."),
        ("zdnet.fr", "02-19 13:15",
         "Fuite de données : Bouygues Telecom sanctionné par la CNIL",
         "La formation restreinte de la CNIL retient des mots de passe trop faibles et une conservation excessive des données des anciens abonnés."),
        ("lesechos.fr", "02-19 18:00",
         "L'opérateur de Martin Bouygues écope d'une amende record de la CNIL",
         "Avec 18 millions d'euros, il s'agit de l'une des plus lourdes sanctions prononcées contre un opérateur télécoms en France."),
    ]),
    # ---------------------------------------------- Fake tax refund SMS (single)
    ("impots-fake-refund-sms", "fresh76", [
        ("clubic.com", "02-20 12:40",
         "Faux remboursement d'impôt : l'arnaque par SMS qui refait surface",
         "Des messages promettant un remboursement de la DGFiP renvoient vers une copie d'impots.gouv qui réclame les coordonnées bancaires des victimes."),
    ]),
    # ---------------------------------------------- Lorient town hall cyberattack (single)
    ("mairie-lorient-cyber", "fresh76", [
        ("lemagit.fr", "02-23 10:30",
         "La mairie de Lorient paralysée par une cyberattaque",
         "Les services de la ville et de l'agglomération fonctionnent en mode dégradé depuis le week-end ; l'état civil et les inscriptions scolaires sont suspendus."),
    ]),
    # ---------------------------------------------- France Travail: job cuts (Les Echos scoop)
    ("france-travail-job-cuts", "fresh76", [
        ("lesechos.fr", "02-24 06:00",
         "France Travail va supprimer 500 postes dès cette année",
         "Contraint par le budget 2026, l'opérateur public de l'emploi prévoit de ne pas remplacer 500 départs, en misant sur l'automatisation de l'accompagnement."),
        ("bfmtv.com", "02-24 09:40",
         "France Travail : quelque 500 emplois supprimés, selon Les Echos",
         "L'agence pour l'emploi réduirait ses effectifs de 500 postes en 2026, une première depuis la création de France Travail, selon le quotidien économique."),
        ("lefigaro.fr", "02-24 14:10",
         "Moins de conseillers, plus d'outils numériques : la cure d'austérité de l'ex-Pôle emploi",
         "La direction confirme la suppression de 500 postes et promet que l'intelligence artificielle soulagera les conseillers des tâches administratives."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy S26
    ("galaxy-s26-launch", "fresh76", [
        ("frandroid.com", "02-25 18:30",
         "Samsung Galaxy S26, S26+ et S26 Ultra officialisés : prix, fiche technique et date de sortie",
         "Samsung a présenté sa nouvelle gamme de smartphones haut de gamme lors de l'Unpacked de San Francisco, avec la puce Exynos 2600 en Europe."),
        ("lesnumeriques.com", "02-25 19:00",
         "Galaxy S26 Ultra : Samsung muscle la photo et l'IA embarquée",
         "Capteur de 200 mégapixels, zoom optique 5x, Galaxy AI enrichi : le nouveau fleuron de Samsung sera vendu à partir de 1 469 euros."),
        ("01net.com", "02-25 21:15",
         "Le nouveau fleuron du coréen arrive en mars à partir de 999 euros",
         "Le Galaxy S26 sera disponible le 13 mars ; les précommandes ouvrent dès ce soir avec un doublement de stockage offert."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Buds 4 Pro, separate article
    ("galaxy-buds4-launch", "fresh76", [
        ("frandroid.com", "02-25 19:20",
         "Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés en même temps que les Galaxy S26, les nouveaux écouteurs sans fil de Samsung adoptent une tige et une réduction de bruit améliorée, pour 249 euros."),
        ("numerama.com", "02-26 08:30",
         "Samsung lance ses Galaxy Buds 4 Pro, avec traduction en direct",
         "Les écouteurs haut de gamme du coréen traduisent les conversations en temps réel grâce à Galaxy AI ; sortie le 13 mars."),
    ]),
    # ---------------------------------------------- Govtech fundraising A (same day as B)
    ("dossia-funding", "fresh76", [
        ("journaldunet.com", "02-26 07:30",
         "Dossia lève 9 millions d'euros pour dématérialiser les marchés publics",
         "La start-up lyonnaise, qui aide les PME à répondre aux appels d'offres publics grâce à l'IA, boucle une série A menée par Serena."),
        ("usine-digitale.fr", "02-26 11:00",
         "Appels d'offres publics : la jeune pousse Dossia boucle une série A de 9 millions",
         "La govtech revendique 3 000 entreprises clientes et compte recruter 40 personnes d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- Govtech fundraising B (same day as A)
    ("elyx-funding", "fresh76", [
        ("journaldunet.com", "02-26 09:15",
         "Elyx, qui numérise les démarches des mairies, lève 6 millions d'euros",
         "La start-up bordelaise équipe 1 200 communes d'un guichet en ligne pour l'état civil et l'urbanisme ; Bpifrance participe au tour de table."),
        ("lesechos.fr", "02-26 13:30",
         "Govtech : Elyx séduit les investisseurs avec son guichet numérique pour communes",
         "La jeune entreprise lève 6 millions pour s'étendre aux intercommunalités et proposer un assistant d'IA aux agents d'accueil."),
    ]),
    # ---------------------------------------------- Withholding tax: wrong rate for 300,000 households
    ("pas-taux-errone", "fresh76", [
        ("lefigaro.fr", "02-26 16:00",
         "Prélèvement à la source : un taux erroné appliqué à 300 000 foyers",
         "La DGFiP reconnaît qu'une erreur informatique a conduit à appliquer un mauvais taux sur les salaires de février de 300 000 contribuables, qui seront remboursés en mars."),
        ("bfmtv.com", "02-27 08:20",
         "Impôts : le fisc s'est trompé de taux pour des centaines de milliers de contribuables",
         "Une anomalie dans le calcul du taux de prélèvement a fait gonfler la retenue sur la fiche de paie de février ; Bercy promet une régularisation rapide."),
    ]),
    # ---------------------------------------------- JDN weekly govtech roundup, week 9
    ("jdn-govtech-week9", "fresh76", [
        ("journaldunet.com", "02-27 17:00",
         "Govtech : les infos de la semaine — France Travail, Dossia et Elyx",
         "Les 500 postes supprimés à France Travail, les levées de fonds de Dossia et d'Elyx, l'erreur de prélèvement à la source : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Kyutai speech model (single)
    ("kyutai-voice-model", "fresh76", [
        ("numerama.com", "02-27 10:00",
         "Kyutai publie un modèle vocal open source qui parle français sans accent",
         "Le laboratoire parisien financé par Xavier Niel met en ligne un modèle de synthèse vocale en temps réel, sous licence libre."),
    ]),
    # ---------------------------------------------- Pronote outage after the winter holidays
    ("pronote-outage", "fresh76", [
        ("01net.com", "03-02 08:15",
         "Pronote en panne pour la rentrée des vacances d'hiver",
         "Élèves, parents et enseignants ne parviennent pas à se connecter au logiciel de vie scolaire ce lundi matin, un incident qu'Index Éducation attribue à un pic de connexions."),
        ("bfmtv.com", "03-02 10:30",
         "Cahier de textes et notes inaccessibles : l'outil de vie scolaire planté ce lundi",
         "L'application utilisée par la quasi-totalité des collèges et lycées est restée indisponible une bonne partie de la matinée."),
        ("clubic.com", "03-02 13:00",
         "Pronote refonctionne après une matinée de panne",
         "L'éditeur Index Éducation annonce le retour du service et présente ses excuses aux établissements."),
    ]),
    # ---------------------------------------------- France Identité: driving licence and car registration in the app
    ("france-identite-v3", "fresh76", [
        ("frandroid.com", "03-03 09:00",
         "France Identité : le permis de conduire et la carte grise arrivent dans l'application",
         "La nouvelle version de l'application officielle permet de présenter son certificat d'immatriculation lors d'un contrôle, en plus du permis et de la carte d'identité."),
        ("01net.com", "03-03 11:40",
         "L'appli d'identité numérique de l'État se met à jour : ce qui change",
         "Carte grise dématérialisée, justificatif d'identité pour les démarches en ligne, partage d'attestation : les nouveautés de la version 3 de France Identité."),
        ("lesnumeriques.com", "03-04 09:30",
         "On a testé la carte grise dans France Identité : simple, mais pas sans accroc",
         "Au lendemain de la mise à jour, nous avons ajouté notre certificat d'immatriculation à l'application : l'opération prend cinq minutes, à condition d'avoir une carte d'identité au format carte bancaire."),
    ]),
    # ---------------------------------------------- Pronote: hijacked accounts send threats (another happening)
    ("pronote-hijacked-accounts", "fresh76", [
        ("numerama.com", "03-04 12:20",
         "Des comptes Pronote piratés pour envoyer des messages menaçants à des élèves",
         "Plusieurs collèges d'Île-de-France signalent des messages d'intimidation envoyés depuis des comptes de parents dont les identifiants avaient fuité."),
        ("next.ink", "03-04 17:45",
         "Menaces via Pronote : l'Éducation nationale porte plainte",
         "Le ministère confirme que des comptes d'utilisateurs ont été usurpés pour diffuser des menaces dans une dizaine d'établissements ; la messagerie a été suspendue."),
    ]),
    # ---------------------------------------------- France Travail: agents' strike
    ("france-travail-strike", "fresh76", [
        ("bfmtv.com", "03-05 09:00",
         "Grève chez France Travail : les agences tournent au ralenti",
         "À l'appel de cinq syndicats, les agents de France Travail protestent contre les suppressions de postes et la montée en charge des contrôles des allocataires."),
        ("latribune.fr", "03-05 15:20",
         "Mobilisation des conseillers de France Travail contre la baisse des effectifs",
         "Les syndicats revendiquent 30 % de grévistes ; la direction en compte 12 %."),
    ]),
    # ---------------------------------------------- France Identité: NFC bug on some Samsung phones
    ("france-identite-nfc-bug", "fresh76", [
        ("frandroid.com", "03-06 10:45",
         "L'appli France Identité ne lit plus la carte d'identité sur certains Samsung",
         "Depuis la dernière mise à jour, de nombreux utilisateurs de Galaxy ne parviennent plus à scanner la puce de leur carte : l'application tourne en boucle puis affiche une erreur."),
        ("clubic.com", "03-07 09:10",
         "France Identité : l'État reconnaît un bug et promet un correctif",
         "Le programme France Identité numérique confirme un problème de lecture sans contact sur plusieurs modèles Android et annonce une version corrective sous huit jours."),
    ]),
    # ---------------------------------------------- JDN weekly govtech roundup, week 10
    ("jdn-govtech-week10", "fresh76", [
        ("journaldunet.com", "03-06 17:00",
         "Govtech : les infos de la semaine — France Identité, Pronote et France Travail",
         "La carte grise dans France Identité, les pannes et piratages de Pronote, la grève à France Travail : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- DDoS on ministry websites (pro-Russian group)
    ("ddos-ministries", "fresh76", [
        ("zdnet.fr", "03-09 11:00",
         "Des sites ministériels ciblés par une attaque DDoS revendiquée par NoName057",
         "Les sites des ministères des Armées, de l'Intérieur et de l'Économie ont été ralentis lundi par une attaque par déni de service revendiquée par le groupe prorusse."),
        ("bfmtv.com", "03-09 14:30",
         "Des hackers prorusses perturbent des sites du gouvernement",
         "L'attaque, qui a rendu plusieurs sites institutionnels inaccessibles quelques heures, n'a pas entraîné de vol de données selon l'ANSSI."),
    ]),
    # ---------------------------------------------- Galaxy S26: battery drain bug after an update
    ("galaxy-s26-battery-bug", "fresh76", [
        ("frandroid.com", "03-09 16:00",
         "La première mise à jour du Galaxy S26 vide la batterie en quelques heures",
         "Des propriétaires du nouveau smartphone de Samsung se plaignent d'une autonomie divisée par deux depuis l'installation du correctif de mars."),
        ("clubic.com", "03-10 08:40",
         "Galaxy S26 : Samsung suspend une mise à jour qui siphonne l'autonomie",
         "Le constructeur a retiré le déploiement du correctif en cause et prépare une nouvelle version pour les appareils déjà touchés."),
    ]),
    # ---------------------------------------------- FranceConnect outage (not a cyberattack)
    ("franceconnect-outage", "fresh76", [
        ("next.ink", "03-10 08:30",
         "FranceConnect en panne : impossible de se connecter aux services publics",
         "Depuis 7 heures, le service d'authentification de l'État renvoie une erreur ; impots.gouv, Ameli et les sites de la CAF sont inaccessibles par ce biais."),
        ("bfmtv.com", "03-10 09:50",
         "Impôts, Ameli, CAF : des millions d'usagers privés de connexion ce mardi",
         "Le bouton qui permet de s'identifier sur la plupart des sites administratifs ne fonctionne plus ; la DINUM assure qu'il ne s'agit pas d'une cyberattaque."),
        ("numerama.com", "03-10 11:15",
         "Le bouton bleu de l'État a lâché mardi matin",
         "Pendant près de quatre heures, se connecter à ses démarches en ligne relevait de la gageure : le service d'identification commun aux administrations était hors service."),
        ("01net.com", "03-10 13:00",
         "FranceConnect fonctionne de nouveau après une matinée de panne",
         "Le service est rétabli depuis 11 h 30 ; la DINUM évoque une mise à jour défectueuse d'un composant de son infrastructure."),
        ("next.ink", "03-11 09:00",
         "FranceConnect : le post-mortem",
         "Un certificat expiré sur un répartiteur de charge, une procédure de retour arrière trop lente : la DINUM détaille les causes de la panne de mardi."),
    ]),
    # ---------------------------------------------- Ivanti: new exploited flaw one month later
    ("ivanti-patch-march", "fresh76", [
        ("lemagit.fr", "03-11 18:00",
         "Ivanti : une nouvelle faille activement exploitée dans Connect Secure",
         "Un mois après un premier correctif, l'éditeur publie une mise à jour d'urgence pour une vulnérabilité d'exécution de code déjà exploitée par un groupe étatique."),
        ("silicon.fr", "03-12 09:20",
         "Connect Secure : Ivanti corrige une zero-day exploitée",
         "Le CERT-FR a émis une alerte après des compromissions observées chez des opérateurs d'importance vitale ; les administrateurs sont invités à vérifier leurs journaux."),
    ]),
    # ---------------------------------------------- FranceConnect: users logged into strangers' accounts
    ("franceconnect-session-bug", "fresh76", [
        ("numerama.com", "03-12 10:30",
         "FranceConnect : des usagers se retrouvent connectés au compte d'un inconnu",
         "Plusieurs internautes rapportent avoir accédé à l'espace Ameli ou impots.gouv d'une autre personne après s'être identifiés, jeudi matin."),
        ("zdnet.fr", "03-12 15:40",
         "Sessions mélangées : la DINUM coupe un fournisseur d'identité de FranceConnect",
         "Un défaut de cache chez l'un des fournisseurs d'identité a provoqué des échanges de sessions entre usagers ; la CNIL a été notifiée."),
    ]),
    # ---------------------------------------------- Parcoursup: last-day bug for wishes
    ("parcoursup-last-day", "fresh76", [
        ("bfmtv.com", "03-12 20:30",
         "Parcoursup saturé le dernier jour des vœux",
         "À quelques heures de la clôture, des milliers de lycéens n'arrivaient plus à valider leurs choix sur la plateforme ; le ministère prolonge la saisie jusqu'à vendredi midi."),
        ("lefigaro.fr", "03-13 07:45",
         "Bac 2026 : le ministère accorde un délai supplémentaire après les bugs de la plateforme d'orientation",
         "Les candidats ont jusqu'à vendredi 12 heures pour formuler leurs vœux, après une soirée de dysfonctionnements."),
    ]),
    # ---------------------------------------------- Clubic weekly deals (week 11)
    ("clubic-deals-w11", "fresh76", [
        ("clubic.com", "03-14 08:00",
         "Les meilleurs bons plans tech de la semaine : Galaxy S25, AirPods et SSD à prix cassé",
         "Chaque samedi, notre sélection des meilleures promotions : smartphones, écouteurs et stockage."),
    ]),
    # ---------------------------------------------- Ransomware at Montélimar hospital
    ("ransomware-ch-montelimar", "fresh76", [
        ("lemagit.fr", "03-16 09:20",
         "Le centre hospitalier de Montélimar frappé par un rançongiciel",
         "L'hôpital drômois a basculé en mode dégradé dimanche soir ; les urgences régulent les arrivées et certaines opérations sont reportées."),
        ("numerama.com", "03-16 12:00",
         "Cyberattaque : l'hôpital de Montélimar revient au papier",
         "Dossiers patients, imagerie, pharmacie : le système d'information de l'établissement est à l'arrêt après le chiffrement de ses serveurs."),
        ("bfmtv.com", "03-16 18:10",
         "Drôme : un hôpital paralysé par des pirates informatiques",
         "L'agence régionale de santé confirme une attaque par rançongiciel et l'intervention de l'ANSSI au centre hospitalier."),
    ]),
    # ---------------------------------------------- NIS2 transposition adopted
    ("nis2-law-adopted", "fresh76", [
        ("lemagit.fr", "03-17 16:30",
         "Le Parlement adopte enfin la transposition de NIS2",
         "Le projet de loi résilience, qui transpose la directive européenne NIS2, a été définitivement adopté ; 15 000 entités devront se déclarer auprès de l'ANSSI."),
        ("zdnet.fr", "03-17 19:00",
         "Loi résilience : la France transpose la directive NIS2 avec plus d'un an de retard",
         "Collectivités, hôpitaux, PME de secteurs critiques : qui est concerné par les nouvelles obligations de cybersécurité."),
        ("silicon.fr", "03-18 08:30",
         "NIS2 : ce que change la loi pour les entreprises et les collectivités",
         "Déclaration d'incident sous 24 heures, responsabilité des dirigeants, sanctions : décryptage du texte voté mardi."),
    ]),
    # ---------------------------------------------- France Travail: second leak in March (training portal)
    ("france-travail-leak-march", "fresh76", [
        ("numerama.com", "03-18 10:10",
         "Nouvelle fuite de données chez France Travail, via un portail de formation",
         "Six semaines après le vol de 1,2 million de dossiers, l'opérateur signale un second incident : des données de 340 000 stagiaires ont été extraites du service Kairos."),
        ("lemagit.fr", "03-18 13:30",
         "France Travail : le portail Kairos des organismes de formation compromis",
         "Un compte d'organisme de formation piraté a permis d'exporter les fiches de 340 000 personnes ; l'incident est distinct de celui de février, précise l'opérateur."),
        ("bfmtv.com", "03-18 17:00",
         "France Travail encore piraté : 340 000 personnes concernées",
         "Noms, adresses et formations suivies : l'agence pour l'emploi prévient les victimes de cette deuxième fuite en deux mois."),
    ]),
    # ---------------------------------------------- Ransomware at Nîmes university hospital, two days later
    ("ransomware-chu-nimes", "fresh76", [
        ("zdnet.fr", "03-18 11:40",
         "Le CHU de Nîmes victime à son tour d'une cyberattaque",
         "Deux jours après Montélimar, le centre hospitalier universitaire gardois déclenche son plan blanc numérique après un rançongiciel."),
        ("01net.com", "03-18 15:50",
         "Rançongiciel : le CHU de Nîmes déprogramme des interventions",
         "Le groupe Qilin revendique l'attaque et menace de publier des données de patients ; le CHU a porté plainte."),
    ]),
    # ---------------------------------------------- Conseil d'État ruling on CAF's scoring algorithm
    ("caf-algo-ruling", "fresh76", [
        ("next.ink", "03-20 10:00",
         "Le Conseil d'État suspend l'algorithme de notation de la CAF",
         "Saisie par La Quadrature du Net et une quinzaine d'associations, la haute juridiction juge que le score de risque attribué aux allocataires méconnaît le RGPD."),
        ("numerama.com", "03-20 13:20",
         "Score de risque des allocataires : victoire des associations contre la CNAF",
         "La décision oblige les caisses d'allocations familiales à cesser d'utiliser leur modèle de ciblage des contrôles tant qu'il n'a pas été revu."),
        ("lefigaro.fr", "03-20 18:30",
         "Contrôles des allocataires : la justice administrative désavoue les Caisses d'allocations familiales",
         "La plus haute juridiction administrative estime que le traitement discrimine les publics les plus précaires ; le gouvernement prend acte."),
    ]),
    # ---------------------------------------------- Clubic weekly deals (week 12)
    ("clubic-deals-w12", "fresh76", [
        ("clubic.com", "03-21 08:00",
         "Les meilleurs bons plans tech de la semaine : Galaxy S26, TV OLED et aspirateurs robots",
         "Chaque samedi, notre sélection des meilleures promotions : premiers rabais sur les Galaxy S26, téléviseurs et maison connectée."),
    ]),
    # ---------------------------------------------- Health Data Hub: tender awarded, leaves Azure
    ("hdh-tender-award", "fresh76", [
        ("lemagit.fr", "03-24 08:00",
         "Health Data Hub : l'hébergement attribué à Outscale, Microsoft Azure remercié",
         "La plateforme des données de santé désigne la filiale de Dassault Systèmes au terme de l'appel d'offres SecNumCloud ; la migration doit s'achever mi-2027."),
        ("usine-digitale.fr", "03-24 11:30",
         "Les données de santé des Français vont quitter le cloud de Microsoft",
         "Après des années de polémique, la plateforme nationale choisit un hébergeur souverain pour un marché estimé à 60 millions d'euros sur cinq ans."),
        ("silicon.fr", "03-24 15:00",
         "HDH : c'est Outscale",
         "Le cloud de Dassault Systèmes l'emporte face à OVHcloud et au duo Orange-Capgemini pour héberger la plateforme."),
    ]),
    # ---------------------------------------------- Orange: first outage (mobile)
    ("orange-outage-0324", "fresh76", [
        ("01net.com", "03-24 09:40",
         "Panne Orange : des abonnés mobiles privés d'appels dans toute la France",
         "Depuis le début de matinée, de nombreux clients d'Orange et de Sosh ne peuvent plus passer d'appels ni envoyer de SMS ; la data reste accessible."),
        ("bfmtv.com", "03-24 12:00",
         "L'opérateur historique victime d'une panne nationale de son réseau mobile",
         "Les appels vers les numéros d'urgence restent possibles via les autres réseaux, rappelle le ministère de l'Intérieur."),
        ("numerama.com", "03-24 16:30",
         "Orange explique la panne qui a coupé les appels de ses clients",
         "Un dysfonctionnement logiciel sur des serveurs de cœur de réseau est à l'origine de l'incident, rétabli en début d'après-midi."),
    ]),
    # ---------------------------------------------- DINUM: new director
    ("dinum-new-director", "fresh76", [
        ("lemondeinformatique.fr", "03-25 10:00",
         "La DINUM change de directeur",
         "Le conseil des ministres a nommé à la tête de la direction interministérielle du numérique un ancien directeur des systèmes d'information de la DGFiP."),
        ("next.ink", "03-25 14:00",
         "Un nouveau patron pour le numérique de l'État",
         "Le successeur arrive avec une feuille de route chargée : doctrine cloud, déploiement d'Albert et suite collaborative des agents."),
    ]),
    # ---------------------------------------------- Orange: second outage two days later (fixed internet)
    ("orange-outage-0326", "fresh76", [
        ("clubic.com", "03-26 19:20",
         "Nouvelle panne chez Orange, cette fois sur l'internet fixe",
         "Deux jours après la coupure du réseau mobile, des abonnés Livebox signalent une perte de connexion dans l'ouest de la France."),
        ("frandroid.com", "03-26 21:00",
         "Livebox : Orange confirme un incident sur la fibre dans plusieurs régions",
         "L'opérateur évoque une coupure de câble en Bretagne et Pays de la Loire, sans lien avec la panne du réseau mobile de mardi."),
    ]),
    # ---------------------------------------------- JDN weekly govtech roundup, week 13
    ("jdn-govtech-week13", "fresh76", [
        ("journaldunet.com", "03-27 17:00",
         "Govtech : les infos de la semaine — Health Data Hub, DINUM et CAF",
         "Le choix d'Outscale par le Health Data Hub, la nomination d'un nouveau directeur à la DINUM, l'algorithme de la CAF suspendu : ce qu'il fallait retenir."),
    ]),
    # ---------------------------------------------- UGAP: Microsoft licences framework (single)
    ("ugap-microsoft", "fresh76", [
        ("linforme.com", "03-27 07:00",
         "L'UGAP renouvelle son marché Microsoft pour 700 millions d'euros",
         "Selon nos informations, la centrale d'achat public a reconduit pour quatre ans l'accord qui permet aux administrations d'acheter des licences Microsoft 365."),
    ]),
    # ---------------------------------------------- DGFiP: AI to detect undeclared verandas
    ("dgfip-ai-verandas", "fresh76", [
        ("lefigaro.fr", "03-30 07:30",
         "Après les piscines, le fisc traque les vérandas grâce à l'IA",
         "La DGFiP étend son programme de détection par images aériennes aux extensions et abris de jardin non déclarés, qui alourdissent la taxe foncière."),
        ("bfmtv.com", "03-30 12:10",
         "Taxe foncière : l'intelligence artificielle de Bercy repère désormais les vérandas",
         "Le dispositif Foncier innovant, qui a permis de détecter 140 000 piscines, s'intéresse maintenant aux agrandissements des maisons."),
    ]),
    # ---------------------------------------------- Doctolib: AI note-taking assistant
    ("doctolib-ai-assistant", "fresh76", [
        ("usine-digitale.fr", "03-30 09:00",
         "Doctolib lance un assistant IA qui rédige le compte rendu de consultation",
         "La licorne française propose aux médecins un outil qui transcrit la consultation et prépare la synthèse à intégrer au dossier patient."),
        ("frandroid.com", "03-30 15:30",
         "Le géant français de la prise de rendez-vous veut écouter vos consultations",
         "Le nouvel assistant de Doctolib, facturé 49 euros par mois aux praticiens, nécessite le consentement du patient."),
    ]),
    # ---------------------------------------------- Maiia: patient data leak
    ("maiia-leak", "fresh76", [
        ("zdnet.fr", "03-31 10:20",
         "Maiia : des données de rendez-vous médicaux exposées",
         "La plateforme de prise de rendez-vous du groupe Cegedim reconnaît qu'une interface mal protégée a laissé accessibles les rendez-vous de 180 000 patients."),
        ("numerama.com", "03-31 14:00",
         "Fuite chez un concurrent de Doctolib : les spécialités consultées des patients exposées",
         "Noms des praticiens et motifs de consultation étaient visibles : la plateforme Maiia a corrigé la faille et prévenu la CNIL."),
    ]),
    # ---------------------------------------------- La Suite: Visio rolled out to all ministries
    ("la-suite-visio", "fresh76", [
        ("next.ink", "04-01 09:00",
         "Visio, l'outil de visioconférence de l'État, généralisé à tous les ministères",
         "La DINUM annonce que son service de visioconférence, brique de La Suite numérique, remplace Teams et Zoom dans l'ensemble des administrations centrales."),
        ("lemondeinformatique.fr", "04-01 14:30",
         "La Suite numérique : l'État pousse Visio pour se passer de Teams",
         "Le service, bâti sur le logiciel libre LiveKit, est désormais ouvert à 500 000 agents ; les licences de visioconférence américaines ne seront pas renouvelées."),
    ]),
    # ---------------------------------------------- Doctolib outage (single)
    ("doctolib-outage", "fresh76", [
        ("01net.com", "04-01 11:00",
         "Doctolib en panne : impossible de prendre rendez-vous ce mercredi matin",
         "Le site et l'application de la plateforme de rendez-vous médicaux sont restés inaccessibles près de deux heures, un incident lié à un fournisseur réseau."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: appeal against the CNIL fine
    ("bouygues-appeal", "fresh76", [
        ("linforme.com", "04-02 06:45",
         "Bouygues Telecom conteste son amende devant le Conseil d'État",
         "Selon nos informations, l'opérateur a déposé un recours contre la sanction de 18 millions d'euros prononcée par la CNIL en février, qu'il juge disproportionnée."),
        ("next.ink", "04-02 11:30",
         "Amende de la CNIL : Bouygues Telecom fait appel",
         "L'opérateur confirme avoir saisi la haute juridiction administrative ; le recours n'est pas suspensif."),
    ]),
    # ---------------------------------------------- Tchap outage
    ("tchap-outage", "fresh76", [
        ("next.ink", "04-03 10:40",
         "Tchap, la messagerie des agents publics, en panne",
         "Depuis jeudi soir, les messages ne sont plus distribués sur la messagerie instantanée de l'État ; la DINUM évoque une saturation de sa base de données."),
        ("numerama.com", "04-03 15:00",
         "La messagerie sécurisée du gouvernement coupée pendant près de 20 heures",
         "Ministres, préfets et agents ont dû revenir aux SMS : le service a été rétabli vendredi après-midi."),
    ]),
    # ---------------------------------------------- Mistral AI wins the State AI tender
    ("mistral-state-tender", "fresh76", [
        ("lesechos.fr", "04-07 06:00",
         "Mistral AI décroche le marché de l'IA générative de l'État",
         "La start-up française remporte l'accord-cadre interministériel de 120 millions d'euros pour fournir des modèles d'IA à l'ensemble des administrations."),
        ("usine-digitale.fr", "04-07 10:15",
         "Le champion français de l'IA devient le fournisseur attitré des administrations",
         "Les ministères pourront commander directement les modèles et l'assistant de Mistral AI, hébergés dans un cloud qualifié SecNumCloud."),
        ("silicon.fr", "04-07 13:40",
         "Accord-cadre IA de l'État : Mistral l'emporte face à Microsoft et Google",
         "Le marché, passé par la DINUM et la DAE, porte sur quatre ans et inclut l'hébergement souverain des modèles."),
    ]),
    # ---------------------------------------------- Opening of the online income-tax return
    ("impots-declaration-opening", "fresh76", [
        ("01net.com", "04-09 06:00",
         "Déclaration d'impôts 2026 : le service en ligne est ouvert, ce qui change cette année",
         "Nouvelles cases pour les revenus des plateformes, déclaration automatique étendue, calendrier par département : le point sur la campagne qui s'ouvre ce jeudi."),
        ("bfmtv.com", "04-09 08:30",
         "Impôt sur le revenu : c'est parti pour la campagne de déclaration",
         "Les contribuables peuvent déclarer leurs revenus 2025 sur impots.gouv.fr à partir de ce jeudi ; les premières dates limites tombent le 21 mai."),
        ("lefigaro.fr", "04-09 09:45",
         "Déclaration de revenus : les dates limites département par département",
         "Le fisc ouvre son service en ligne ; 26 millions de foyers devraient déclarer par internet, selon Bercy."),
        ("clubic.com", "04-09 11:00",
         "Déclarer ses revenus en ligne : le mode d'emploi 2026",
         "Connexion, vérification des montants préremplis, nouvelles rubriques : notre guide pas à pas pour la déclaration ouverte ce jeudi."),
    ]),
    # ---------------------------------------------- impots.gouv saturated on opening day (another happening)
    ("impots-gouv-saturation", "fresh76", [
        ("numerama.com", "04-09 14:30",
         "impots.gouv sature : des usagers bloqués pour leur déclaration",
         "Quelques heures après l'ouverture de la campagne, le site des impôts affiche une file d'attente et des erreurs de connexion."),
        ("bfmtv.com", "04-10 08:15",
         "Le site des impôts a flanché jeudi après-midi, Bercy invoque un afflux record",
         "La DGFiP reconnaît des lenteurs de près de trois heures et assure que les déclarations déjà validées ont bien été enregistrées."),
    ]),
    # ---------------------------------------------- Health Data Hub: losing bidder challenges the award in court
    ("hdh-tender-challenge", "fresh76", [
        ("linforme.com", "04-14 06:30",
         "Health Data Hub : OVHcloud attaque l'attribution du marché à Outscale",
         "Selon nos informations, l'hébergeur roubaisien a déposé un référé précontractuel devant le tribunal administratif de Paris pour faire annuler le choix de la plateforme."),
        ("lemagit.fr", "04-14 12:00",
         "Marché du Health Data Hub : le champion français du cloud saisit la justice",
         "OVHcloud conteste la notation technique de son offre ; la signature du contrat est suspendue jusqu'à la décision du juge des référés."),
    ]),
    # ---------------------------------------------- Cour des comptes: report on hospital cybersecurity
    ("cour-comptes-cyber-hopitaux", "fresh76", [
        ("lemagit.fr", "04-15 09:00",
         "Cybersécurité des hôpitaux : la Cour des comptes juge l'effort insuffisant",
         "Dans un rapport publié mercredi, la juridiction financière estime que le programme CaRE n'a pas suffi et que la moitié des établissements restent sans plan de reprise testé."),
        ("zdnet.fr", "04-15 14:20",
         "Hôpitaux et rançongiciels : le rapport sévère de la Cour des comptes",
         "Les magistrats recommandent de mutualiser les équipes de sécurité au niveau des groupements hospitaliers et de conditionner les financements à des audits."),
    ]),
    # ---------------------------------------------- Service-public.fr redesign (single)
    ("service-public-redesign", "fresh76", [
        ("numerama.com", "04-16 10:00",
         "Service-public.fr fait peau neuve et mise sur un moteur de recherche dopé à l'IA",
         "Le site d'information administrative de l'État adopte un nouveau design et un assistant qui répond aux questions des usagers à partir des fiches pratiques."),
    ]),
    # ---------------------------------------------- EU fines TikTok under the DSA (single)
    ("tiktok-dsa-fine", "fresh76", [
        ("lesechos.fr", "04-17 07:00",
         "Bruxelles inflige 250 millions d'euros d'amende à TikTok au titre du DSA",
         "La Commission européenne reproche à la plateforme chinoise des manquements dans la protection des mineurs et la transparence publicitaire."),
    ]),
    # ---------------------------------------------- Carte Vitale app opened to all
    ("carte-vitale-app", "fresh76", [
        ("frandroid.com", "04-20 09:30",
         "L'appli carte Vitale est désormais ouverte à tous les assurés",
         "Après deux ans d'expérimentation, l'Assurance maladie généralise sa carte Vitale dématérialisée sur Android et iOS."),
        ("01net.com", "04-20 12:00",
         "Carte Vitale sur smartphone : comment l'activer",
         "L'application nécessite une vérification d'identité via France Identité ; voici les étapes pour utiliser sa carte Vitale numérique chez le médecin ou en pharmacie."),
        ("lesnumeriques.com", "04-21 08:40",
         "Dites adieu à la carte verte : la Sécu généralise sa version numérique",
         "Tous les assurés de plus de 12 ans peuvent désormais présenter leur carte sur leur téléphone, a annoncé la Cnam lundi."),
    ]),
    # ---------------------------------------------- Ameli account outage two days later (single)
    ("ameli-outage-april", "fresh76", [
        ("clubic.com", "04-22 13:10",
         "Le compte Ameli inaccessible depuis ce matin",
         "Impossible de télécharger une attestation ou de consulter ses remboursements : l'espace en ligne de l'Assurance maladie est en maintenance imprévue."),
    ]),
    # ---------------------------------------------- CNIL fines France Travail for the February leak
    ("france-travail-cnil-fine", "fresh76", [
        ("next.ink", "04-23 10:00",
         "La CNIL sanctionne France Travail pour la fuite de février",
         "Le gendarme des données inflige une amende de 5 millions d'euros à l'opérateur public, pour des contrôles d'accès insuffisants sur les comptes des partenaires."),
        ("lemondeinformatique.fr", "04-23 15:30",
         "Fuite de données : 5 millions d'euros d'amende pour France Travail",
         "La formation restreinte de la CNIL reproche à l'organisme l'absence d'authentification forte pour les conseillers des structures partenaires."),
    ]),
    # ---------------------------------------------- Capgemini: Q1 2026 revenue
    ("capgemini-q1-2026", "fresh76", [
        ("lesechos.fr", "04-28 06:30",
         "Capgemini renoue avec la croissance au premier trimestre",
         "L'ESN affiche un chiffre d'affaires de 5,7 milliards d'euros sur les trois premiers mois, en hausse de 3,1 % à taux de change constants."),
        ("silicon.fr", "04-28 10:00",
         "Chiffre d'affaires trimestriel : Capgemini confirme ses objectifs 2026",
         "Porté par la demande en IA et en cloud, le groupe maintient sa prévision d'une croissance de 2 à 4 % sur l'année."),
    ]),
    # ---------------------------------------------- OVHcloud: SecNumCloud qualification for its public cloud
    ("ovh-secnumcloud", "fresh76", [
        ("lemagit.fr", "02-17 11:00",
         "OVHcloud obtient la qualification SecNumCloud 3.2 pour son cloud public",
         "L'ANSSI qualifie l'offre de cloud public de l'hébergeur, qui espère capter les projets des ministères soumis à la nouvelle doctrine cloud."),
        ("silicon.fr", "02-17 15:45",
         "Le champion français du cloud décroche le précieux sésame de l'ANSSI",
         "Après trois ans d'audit, OVHcloud rejoint la courte liste des fournisseurs qualifiés SecNumCloud pour des services de cloud public."),
    ]),
    # ---------------------------------------------- Free Mobile new 5G plan (single)
    ("free-mobile-forfait", "fresh76", [
        ("frandroid.com", "03-03 08:00",
         "Free Mobile lance un forfait 5G de 150 Go à 9,99 euros par mois",
         "L'opérateur relance la guerre des prix avec une offre sans engagement, réservée aux nouveaux abonnés."),
    ]),
    # ---------------------------------------------- Arcep fibre observatory (single)
    ("arcep-fibre-observatory", "fresh76", [
        ("latribune.fr", "03-05 07:30",
         "Fibre : 92 % des locaux raccordables fin 2025, selon l'Arcep",
         "Le régulateur des télécoms publie son observatoire annuel ; la fermeture du réseau cuivre d'Orange s'accélère dans 800 communes."),
    ]),
    # ---------------------------------------------- Fake ANTS websites (single)
    ("ants-fake-sites", "fresh76", [
        ("lefigaro.fr", "02-21 09:00",
         "Carte grise : la DGCCRF met en garde contre les faux sites de l'ANTS",
         "Des sites non officiels facturent jusqu'à 90 euros des démarches gratuites sur le portail de l'agence des titres ; la répression des fraudes multiplie les sanctions."),
    ]),
    # ---------------------------------------------- Education ministry Microsoft contract ruling (single)
    ("education-microsoft-ruling", "fresh76", [
        ("next.ink", "04-21 10:30",
         "Le tribunal administratif valide le marché Microsoft de l'Éducation nationale",
         "Les associations du libre qui contestaient l'accord de 74 millions d'euros pour les licences du ministère sont déboutées."),
    ]),
    # ---------------------------------------------- Government target: all procedures online and accessible (single)
    ("demarches-accessibilite-plan", "fresh76", [
        ("lemondeinformatique.fr", "04-24 09:15",
         "Démarches en ligne : le gouvernement promet 250 services accessibles d'ici 2027",
         "La ministre chargée du Numérique présente un plan pour rendre les principales démarches administratives utilisables par les personnes handicapées, avec un budget de 40 millions."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
