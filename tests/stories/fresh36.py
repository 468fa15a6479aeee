"""A thirty-sixth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh36".
Positives: digits against words ("110" / "une centaine", "25 M€" / "Vingt-cinq millions"), periphrases
("le géant de Redmond", "le cloud d'Iliad", "l'Airbus du spatial"), "selon L'Informé", quotes as titles,
consumer angles, explainers, hands-on, post-mortems and next-day reactions. Hard negatives: two Scaleway
outages, a Free outage beside a Scaleway one, two hospital ransomwares, CNIL then Arcep fining SFR, two Apple
rulings, Atos results then job cuts, a Mistral rumour then a buyout, iOS 26.4 then its bug, STMicro cuts then
strike, two Fortinet flaws, two Orange outages, two Google fines, two AI datacenters, roundups and podcasts.
`build` fixes the year 2026; times are UTC, April and October 2026.

Measured once, on c116ac2 (stop 22), before anything was changed for it: precision 0.927, recall
0.823; a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ iOS 26.4 ships, then (another event) its battery bug
    ("ios-26-4-release", "fresh36", [
        ("igen.fr", "04-01 17:20", "iOS 26.4 est disponible, voici les nouveautés",
         "Apple publie iOS 26.4 avec la nouvelle version de Siri, de nouveaux emojis et des améliorations pour CarPlay."),
        ("macg.co", "04-01 17:45", "macOS Tahoe 26.4, iOS 26.4 et iPadOS 26.4 sont disponibles",
         "Les mises à jour de printemps d’Apple sont en ligne, avec en vedette le Siri remanié promis depuis deux ans."),
        ("lesnumeriques.com", "04-02 08:00", "iOS 26.4 : ce qui change pour vous avec la nouvelle mise à jour de l'iPhone",
         "Siri plus malin, emojis inédits, réglages de batterie : tour d'horizon des nouveautés à installer dès maintenant."),
        ("01net.com", "04-02 10:30", "Faut-il installer la nouvelle mise à jour de l’iPhone tout de suite ?",
         "La grosse mise à jour de printemps d'iOS est arrivée mercredi soir ; on fait le point sur les nouveautés et les modèles compatibles."),
    ]),
    ("ios-26-4-battery-bug", "fresh36", [
        ("igen.fr", "04-04 09:15", "iOS 26.4 : des utilisateurs se plaignent d'une autonomie en chute libre",
         "Depuis la mise à jour, de nombreux propriétaires d'iPhone 16 et 17 constatent une batterie qui fond, Apple n'a pas encore réagi."),
        ("01net.com", "04-04 14:00", "Votre iPhone se décharge trop vite depuis la mise à jour ? Vous n’êtes pas seul",
         "Un bug lié à la synchronisation des Photos ferait tourner le processeur en tâche de fond sous iOS 26.4."),
        ("clubic.com", "04-05 10:20", "Bug de batterie sous iOS 26.4 : Apple reconnaît le problème",
         "La firme de Cupertino promet un correctif dans une prochaine mise à jour et conseille de désactiver temporairement la synchro iCloud Photos."),
    ]),
    # ------------------------------------------------ Free launches a box, then (another event) Free's network falls
    ("free-freebox-delta-2", "fresh36", [
        ("frandroid.com", "04-02 09:00", "Free dégaine la Freebox Delta 2 : Wi-Fi 7, 10 Gbit/s et disque NVMe",
         "L'opérateur d'Iliad renouvelle son offre haut de gamme, facturée 49,99 euros par mois la première année."),
        ("lesnumeriques.com", "04-02 10:30", "Freebox Delta 2 : prix, débits, services… tout savoir sur la nouvelle box de Free",
         "Ce qui change pour vous : nouveau boîtier, Wi-Fi 7 tri-bande et un abonnement sans engagement."),
        ("clubic.com", "04-02 13:00", "Free renouvelle sa box haut de gamme",
         "L’opérateur de Xavier Niel présente le successeur de la Delta, avec un serveur compatible 10G-EPON et le Wi-Fi 7."),
        ("01net.com", "04-03 08:00", "Nous avons pris en main la Freebox Delta 2",
         "Premières impressions sur la nouvelle box de Free, plus compacte et plus silencieuse que la génération précédente."),
    ]),
    ("free-fixed-outage", "fresh36", [
        ("frandroid.com", "04-05 17:00", "Panne Free : Internet et télévision coupés pour des milliers d'abonnés",
         "Depuis le milieu d'après-midi, de nombreux abonnés Freebox signalent une coupure de leur connexion, notamment en Île-de-France."),
        ("01net.com", "04-05 18:30", "Free victime d’une panne géante de son réseau fixe",
         "L'opérateur confirme un incident sur son cœur de réseau et promet un rétablissement dans la soirée."),
        ("numerama.com", "04-06 08:00", "Free explique la panne qui a privé ses abonnés d'Internet dimanche",
         "Une opération de maintenance sur un routeur de collecte serait à l'origine de la coupure, qui a duré près de trois heures."),
    ]),
    # ------------------------------------------------ two Scaleway outages four days apart
    ("scaleway-outage-paris", "fresh36", [
        ("lemagit.fr", "04-06 09:05", "Scaleway : une panne paralyse la région fr-par pendant près de quatre heures",
         "Instances, bases de données managées et stockage objet ont été indisponibles lundi matin dans la région parisienne du cloud d'Iliad."),
        ("silicon.fr", "04-06 11:40", "Panne chez Scaleway : les clients parisiens dans le noir",
         "Le fournisseur de cloud du groupe Iliad évoque un incident sur un équipement réseau cœur de son datacenter DC3 de Vitry-sur-Seine."),
        ("next.ink", "04-06 15:10", "Le cloud d’Iliad tombe en rade pendant 4 h",
         "Un routeur défaillant à Vitry a privé de service une bonne partie des clients de l'hébergeur ce lundi de Pâques, le temps de basculer sur un équipement de secours."),
        ("lemondeinformatique.fr", "04-07 08:30", "Post-mortem : Scaleway détaille les causes de sa panne de lundi",
         "Mise à jour de firmware, basculement raté et alertes tardives : l'hébergeur publie son rapport d'incident et annonce des compensations."),
    ]),
    ("scaleway-outage-amsterdam", "fresh36", [
        ("lemagit.fr", "04-10 14:20", "Scaleway : nouvel incident, cette fois dans la région nl-ams",
         "Quatre jours après la panne parisienne, le stockage objet d'Amsterdam est resté inaccessible près de deux heures vendredi."),
        ("next.ink", "04-10 17:45", "Scaleway, rebelote : le S3 d'Amsterdam en carafe",
         "Les buckets hébergés aux Pays-Bas ont renvoyé des erreurs 503 en série, sans lien avec l'incident de lundi selon l'hébergeur."),
    ]),
    # ------------------------------------------------ Microsoft France job cuts, then (another event) an M365 outage
    ("microsoft-france-rcc", "fresh36", [
        ("linforme.com", "04-07 06:00", "Microsoft France prépare le départ d'une centaine de salariés",
         "Selon nos informations, la filiale française du géant de Redmond va ouvrir une rupture conventionnelle collective visant environ 110 postes."),
        ("lemondeinformatique.fr", "04-07 10:15", "Microsoft France va supprimer 110 postes, selon L'Informé",
         "Le plan de départs volontaires concernerait surtout les équipes commerciales et marketing d'Issy-les-Moulineaux."),
        ("zdnet.fr", "04-07 13:40", "Le géant de Redmond réduit la voilure dans l'Hexagone",
         "Une centaine de collaborateurs de la filiale française de Microsoft seraient concernés par une RCC présentée aux syndicats."),
        ("channelnews.fr", "04-07 16:00", "RCC chez Microsoft France : les partenaires s’inquiètent",
         "Le plan visant 110 postes toucherait aussi les équipes chargées de l'animation du réseau de revendeurs."),
        ("bfmtv.com", "04-08 07:30", "Une centaine d'emplois menacés chez l'éditeur de Windows en France",
         "Microsoft a confirmé à BFM Business un projet de rupture conventionnelle collective dans sa filiale française."),
    ]),
    ("microsoft-365-outage", "fresh36", [
        ("clubic.com", "04-09 08:10", "Microsoft Teams en panne : impossible de se connecter pour de nombreux utilisateurs",
         "Depuis ce jeudi matin, Teams et Outlook affichent des erreurs de connexion en Europe, Microsoft enquête."),
        ("01net.com", "04-09 08:50", "Panne Microsoft 365 : Teams et Outlook inaccessibles en France",
         "Le service de messagerie et de visioconférence de Microsoft rencontre une panne massive ; l'éditeur évoque un changement de configuration."),
        ("lemagit.fr", "04-09 14:30", "Microsoft 365 : retour à la normale après une matinée de perturbations",
         "Un changement de configuration déployé sur l'infrastructure d'authentification a privé les entreprises européennes de Teams et d'Exchange Online pendant trois heures."),
    ]),
    # ------------------------------------------------ Ariane 6, first Kuiper launch
    ("ariane6-kuiper-launch", "fresh36", [
        ("usine-digitale.fr", "04-09 23:30", "Ariane 6 réussit son premier lancement pour le projet Kuiper d'Amazon",
         "La fusée européenne, dans sa version à quatre propulseurs, a placé en orbite une trentaine de satellites Internet depuis Kourou."),
        ("numerama.com", "04-10 07:00", "32 satellites d’Amazon en orbite : la mission réussie d’Ariane 6",
         "Le lanceur européen a livré sa plus lourde charge utile à ce jour pour le concurrent de Starlink."),
        ("latribune.fr", "04-10 09:30", "Arianespace : le contrat Kuiper, bouffée d'oxygène pour le lanceur européen",
         "Après un tir réussi jeudi soir, Arianespace espère enchaîner les lancements pour Amazon, qui a réservé dix-huit vols."),
    ]),
    # ------------------------------------------------ Switch 2 price rise
    ("switch-2-price-rise", "fresh36", [
        ("lesnumeriques.com", "04-08 09:00", "La Nintendo Switch 2 augmente de 30 euros en France",
         "Nintendo invoque la hausse du coût des composants mémoire ; la console passe à 499,99 euros à compter du 15 avril."),
        ("frandroid.com", "04-08 10:20", "Switch 2 : Nintendo relève ses prix en Europe",
         "La console hybride coûtera désormais 499,99 euros, et le pack Mario Kart World 539,99 euros."),
        ("numerama.com", "04-08 14:10", "Pénurie de mémoire : même la console de Nintendo devient plus chère",
         "Après les PC et les smartphones, la flambée des prix de la DRAM rattrape la Switch 2, qui prend une trentaine d'euros."),
        ("clubic.com", "04-08 17:00", "Hausse de prix de la Switch 2 : faut-il l'acheter avant le 15 avril ?",
         "Il vous reste une semaine pour acheter la console au tarif actuel ; voici où la trouver au meilleur prix."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("nextink-recap-0411", "fresh36", [
        ("next.ink", "04-11 08:00", "Récap' de la semaine : panne chez Scaleway, Microsoft France taille dans ses effectifs, Ariane 6 lance Kuiper",
         "Retour sur les infos qui ont marqué la semaine, de la panne du cloud d'Iliad au premier tir Kuiper d'Arianespace, en passant par la hausse de prix de la Switch 2."),
    ]),
    # ------------------------------------------------ two hospital ransomwares three days apart
    ("ch-vienne-ransomware", "fresh36", [
        ("zdnet.fr", "04-13 08:00", "Le centre hospitalier de Vienne frappé par un rançongiciel",
         "L'hôpital isérois a déclenché son plan blanc et basculé en mode dégradé après le chiffrement d'une partie de ses serveurs dans la nuit de samedi à dimanche."),
        ("lemagit.fr", "04-13 10:30", "Ransomware : l'hôpital de Vienne en mode dégradé",
         "Urgences régulées, consultations reportées : le CH de Vienne (Isère) fait face à une cyberattaque, revendiquée par aucun groupe pour l'instant."),
        ("bfmtv.com", "04-13 16:15", "Cyberattaque à l’hôpital de Vienne : les patients invités à éviter les urgences",
         "L'établissement de santé isérois, victime d'une attaque informatique, demande aux patients de privilégier le 15."),
        ("numerama.com", "04-14 09:00", "Qilin revendique l'attaque contre l'hôpital de Vienne",
         "Le groupe de cybercriminels menace de publier 400 Go de données volées au centre hospitalier isérois."),
    ]),
    ("chu-brest-ransomware", "fresh36", [
        ("lemagit.fr", "04-16 06:45", "Le CHU de Brest victime à son tour d'une cyberattaque",
         "Trois jours après Vienne, le centre hospitalier universitaire brestois a coupé ses accès à Internet après la détection d'une intrusion."),
        ("01net.com", "04-16 11:00", "Après Vienne, un CHU breton touché par un ransomware",
         "Le CHU de Brest a déposé plainte et notifié la CNIL après le chiffrement de plusieurs serveurs administratifs."),
        ("zdnet.fr", "04-17 07:30", "CHU de Brest : l’Anssi dépêchée sur place",
         "Les équipes de l'agence aident l'hôpital finistérien à reconstruire son système d'information, alors que les soins sont assurés en mode dégradé."),
    ]),
    # ------------------------------------------------ two start-up rounds the same day (cyber, quantum)
    ("dolmen-security-series-b", "fresh36", [
        ("journaldunet.com", "04-14 06:00", "Dolmen Security lève 35 millions d'euros pour sécuriser les agents IA",
         "La start-up rennaise boucle une série B menée par Eurazeo et veut recruter 120 personnes d'ici 2027."),
        ("usine-digitale.fr", "04-14 08:45", "Cybersécurité : la pépite rennaise Dolmen boucle une série B de 35 M€",
         "Fondée en 2022, la jeune pousse protège les entreprises contre les détournements d'agents d'IA."),
        ("lesechos.fr", "04-14 10:00", "« Chaque agent d'IA est une porte d'entrée » : le patron de Dolmen Security s'explique après sa levée",
         "Son cofondateur revient sur le tour de table de trente-cinq millions d'euros et ses ambitions aux Etats-Unis."),
    ]),
    ("nexqbit-series-b", "fresh36", [
        ("usine-digitale.fr", "04-14 13:30", "Quantique : Nexqbit lève 60 millions d'euros",
         "La start-up grenobloise, qui développe des qubits de spin sur silicium, finalise une série B avec Bpifrance et le fonds du CEA."),
        ("latribune.fr", "04-15 05:30", "Nexqbit, la pépite grenobloise du quantique, lève une soixantaine de millions d’euros",
         "La jeune pousse issue du CEA-Leti veut produire un processeur de 100 qubits d'ici 2028."),
    ]),
    # ------------------------------------------------ Health Data Hub leaves Azure
    ("health-data-hub-secnumcloud", "fresh36", [
        ("lemagit.fr", "04-15 07:20", "Health Data Hub : la plateforme quitte Azure pour un cloud SecNumCloud",
         "Le GIP a retenu un consortium mené par Outscale et Docaposte pour héberger les données de santé des Français d'ici 2027."),
        ("next.ink", "04-15 09:00", "Données de santé : la fin de l'ère Microsoft se précise",
         "La Plateforme des données de santé a choisi ses nouveaux hébergeurs qualifiés SecNumCloud, six ans après la polémique sur Azure."),
        ("usine-digitale.fr", "04-15 12:30", "Le HDH choisit Outscale et Docaposte",
         "Le marché de migration, estimé à 60 millions d'euros, doit permettre de sortir les données de santé du cloud de Microsoft."),
        ("silicon.fr", "04-16 06:00", "Health Data Hub : un marché d'une soixantaine de millions pour sortir d’Azure",
         "Le calendrier de migration vers l'offre souveraine s'étale sur dix-huit mois."),
    ]),
    # ------------------------------------------------ ads in ChatGPT in France
    ("chatgpt-ads-france", "fresh36", [
        ("numerama.com", "04-16 08:00", "ChatGPT affiche désormais des publicités en France",
         "OpenAI étend aux utilisateurs français des formules gratuite et Go les annonces sponsorisées testées aux États-Unis depuis janvier."),
        ("bfmtv.com", "04-16 10:30", "Des pubs dans ChatGPT : ce qui change pour les utilisateurs français",
         "Les annonces apparaîtront sous les réponses de l'assistant ; les abonnés Plus et Pro en restent exemptés."),
        ("journaldunet.com", "04-16 13:00", "Advertising : OpenAI ouvre ses emplacements aux annonceurs français",
         "Les agences média peuvent réserver des formats contextuels, vendus au CPM, dans l'assistant conversationnel ChatGPT."),
        ("lesechos.fr", "04-17 05:30", "OpenAI s'attaque au marché publicitaire français",
         "L'arrivée des annonces dans l'assistant d'IA le plus utilisé du pays inquiète Google et les régies des médias."),
    ]),
    # ------------------------------------------------ weekly cyber roundup (own event)
    ("zdnet-semaine-cyber-0418", "fresh36", [
        ("zdnet.fr", "04-18 07:00", "La semaine cyber : Vienne, Brest et une faille Cisco",
         "Le point sur l'actualité de la sécurité informatique : ransomwares dans deux hôpitaux, levée de Dolmen Security et correctifs urgents chez Cisco."),
    ]),
    # ------------------------------------------------ SFR fined by the CNIL, then (another event) by the Arcep
    ("cnil-fine-sfr", "fresh36", [
        ("lemondeinformatique.fr", "04-20 08:00", "La CNIL inflige 25 millions d'euros d'amende à SFR",
         "Le gendarme des données personnelles sanctionne l'opérateur pour des défauts de sécurité ayant conduit à la fuite des données de 19 millions de clients fin 2024."),
        ("next.ink", "04-20 10:15", "Fuite de données : SFR sanctionné par la CNIL",
         "L'autorité reproche à l'opérateur au carré rouge des mots de passe mal protégés et une journalisation insuffisante ; l'amende atteint 25 M€."),
        ("numerama.com", "04-20 13:40", "Vos données avaient fuité chez SFR ? L’opérateur écope de 25 millions d’euros d’amende",
         "Ce qui change pour vous : rien d'automatique, mais la décision de la CNIL peut appuyer une demande d'indemnisation."),
        ("latribune.fr", "04-21 05:00", "Vingt-cinq millions d'euros : l'addition salée de la CNIL pour SFR",
         "La sanction, l'une des plus lourdes prononcées contre un opérateur télécom, tombe au plus mal pour Altice France en pleine cession."),
    ]),
    ("arcep-sanction-sfr", "fresh36", [
        ("lesechos.fr", "04-23 07:00", "L'Arcep sanctionne SFR pour des retards dans la 4G rurale",
         "Le régulateur des télécoms inflige une amende de 8 millions d'euros à l'opérateur, qui n'a pas tenu ses engagements du New Deal mobile."),
        ("frandroid.com", "04-23 09:30", "SFR écope d'une amende de l’Arcep : des centaines de pylônes manquent à l'appel",
         "Le régulateur reproche à SFR de ne pas avoir mis en service à temps les sites prévus dans les zones blanches."),
        ("zdnet.fr", "04-23 14:20", "New Deal mobile : le gendarme des télécoms frappe SFR au portefeuille",
         "Après la CNIL en début de semaine, c'est au tour de l'Arcep de sanctionner l'opérateur, cette fois pour sa couverture mobile."),
    ]),
    # ------------------------------------------------ the State's own videoconferencing
    ("dinum-visio-generalised", "fresh36", [
        ("next.ink", "04-20 07:30", "La DINUM généralise Visio, l’alternative souveraine à Teams et Zoom",
         "D'ici 2027, tous les agents de l'État devront utiliser l'outil de visioconférence maison, basé sur LiveKit et hébergé chez Outscale."),
        ("lemondeinformatique.fr", "04-20 12:00", "L'État impose sa visioconférence maison à ses 2,5 millions d'agents",
         "La direction interministérielle du numérique annonce la fin progressive des licences Teams, Zoom et Webex dans les administrations."),
        ("clubic.com", "04-21 06:45", "Adieu Teams : l'administration française passe à Visio",
         "Le ministre de la Fonction publique annonce le déploiement généralisé de l'outil développé par la DINUM."),
    ]),
    # ------------------------------------------------ two Apple rulings three days apart (EU court, Paris court of appeal)
    ("apple-interop-general-court", "fresh36", [
        ("lesechos.fr", "04-21 08:30", "DMA : le Tribunal de l'UE rejette le recours d'Apple contre l'ouverture de l'iPhone",
         "Les juges de Luxembourg confirment les obligations d'interopérabilité imposées par la Commission européenne à la firme de Cupertino."),
        ("igen.fr", "04-21 09:00", "Interopérabilité : Apple perd face à la Commission devant le Tribunal de l'UE",
         "Le recours d'Apple contre la décision de mars 2025 sur l'interopérabilité d'iOS avec les accessoires tiers est rejeté."),
        ("numerama.com", "04-21 12:00", "L’Europe gagne : l’iPhone devra s’ouvrir aux montres concurrentes",
         "Le Tribunal de l'Union européenne valide la décision qui force Apple à ouvrir les notifications et le Bluetooth d'iOS aux accessoires tiers."),
        ("macg.co", "04-22 06:10", "Apple va faire appel de la décision du Tribunal de l'UE sur l'interopérabilité",
         "Cupertino annonce saisir la Cour de justice, tout en rappelant qu'iOS 26.4 intègre déjà une partie des exigences."),
    ]),
    ("apple-att-paris-appeal", "fresh36", [
        ("lemondeinformatique.fr", "04-24 07:40", "ATT : la cour d'appel de Paris confirme l'amende de 150 M€ infligée à Apple",
         "La juridiction valide la sanction de l'Autorité de la concurrence visant le dispositif de transparence du suivi publicitaire d'iOS."),
        ("macg.co", "04-24 08:15", "App Tracking Transparency : Apple perd aussi en appel en France",
         "Trois jours après le revers européen, la cour d'appel de Paris maintient les 150 millions d'euros d'amende prononcés en 2025."),
        ("next.ink", "04-24 12:50", "Suivi publicitaire : la justice française donne raison à l’Autorité de la concurrence",
         "La cour d'appel juge que l'ATT d'Apple a été mis en œuvre de manière ni nécessaire ni proportionnée."),
    ]),
    # ------------------------------------------------ daily podcast (own event)
    ("bfm-techco-0421", "fresh36", [
        ("bfmtv.com", "04-21 16:00", "Tech&Co, la quotidienne : Apple perd face à Bruxelles, SFR sanctionné par la CNIL",
         "Au sommaire de l'émission du 21 avril : la décision du Tribunal de l'UE sur l'iPhone, l'amende record de SFR et la publicité dans ChatGPT."),
    ]),
    # ------------------------------------------------ Atos: quarterly revenue, then (another event) job cuts
    ("atos-q1-revenue", "fresh36", [
        ("lemagit.fr", "04-22 05:30", "Atos : chiffre d'affaires en recul de 11 % au premier trimestre",
         "Le groupe de services numériques affiche 1,9 milliard d'euros de revenus, pénalisé par l'activité d'infogérance."),
        ("lesechos.fr", "04-22 06:15", "Atos continue de reculer au premier trimestre",
         "Le chiffre d'affaires de l'ex-fleuron français des ESN baisse de 11 %, mais la direction maintient ses objectifs annuels."),
        ("channelnews.fr", "04-22 09:00", "Atos : un T1 2026 décevant malgré le redressement",
         "L’ESN publie des revenus trimestriels de 1,9 Md€ et voit ses prises de commandes se tasser."),
    ]),
    ("atos-job-cuts", "fresh36", [
        ("latribune.fr", "04-27 04:45", "Atos va supprimer 1 500 postes en France",
         "Le groupe présente ce lundi aux syndicats un plan de réduction d'effectifs touchant principalement ses activités d'infogérance."),
        ("lemondeinformatique.fr", "04-27 08:30", "Plan social chez Atos : 1 500 emplois visés dans l'Hexagone",
         "Cinq jours après des résultats trimestriels décevants, l'ESN annonce un PSE et des fermetures de sites à Angers et Grenoble."),
        ("bfmtv.com", "04-27 10:00", "« Un plan brutal » : les syndicats dénoncent 1 500 suppressions de postes",
         "La CFE-CGC et la CGT d'Atos promettent de se mobiliser contre le projet présenté au CSE central."),
        ("silicon.fr", "04-28 07:00", "Atos : ce que contient le PSE présenté aux syndicats",
         "Sites concernés, calendrier, mesures d'accompagnement : le détail du projet de suppression de mille cinq cents postes."),
    ]),
    # ------------------------------------------------ Ubuntu 26.04 LTS
    ("ubuntu-26-04-lts", "fresh36", [
        ("next.ink", "04-23 16:00", "Ubuntu 26.04 LTS « Resolute Raccoon » est disponible",
         "Canonical publie sa nouvelle version à support long, avec GNOME 50, un noyau Linux récent et sudo-rs par défaut."),
        ("zdnet.fr", "04-23 18:30", "Canonical lance sa nouvelle LTS, supportée jusqu'en 2031",
         "La distribution Linux la plus populaire adopte Rust pour plusieurs utilitaires de base et renforce le chiffrement du disque par TPM."),
        ("01net.com", "04-24 10:00", "Ubuntu 26.04 : faut-il passer à la nouvelle version de Linux ?",
         "Nouveautés, configuration requise, mise à niveau : tout ce qu'il faut savoir sur la nouvelle LTS de Canonical."),
    ]),
    # ------------------------------------------------ deals post (own event)
    ("clubic-deals-0425", "fresh36", [
        ("clubic.com", "04-25 07:00", "Bons plans du week-end : iPhone 17, MacBook Air M4 et Switch 2 avant la hausse",
         "Notre sélection des meilleures promotions du moment chez Amazon, Fnac et Boulanger, avec des forfaits mobiles à prix cassés."),
    ]),
    # ------------------------------------------------ Mistral AI: a fundraising rumour, then (another event) a buyout
    ("mistral-fundraise-rumour", "fresh36", [
        ("lesechos.fr", "04-27 15:00", "Mistral AI en discussion pour lever 2 milliards d'euros",
         "Selon plusieurs sources, la start-up française d'IA générative négocie avec des fonds américains et du Golfe sur la base d'une valorisation de 30 milliards."),
        ("usine-digitale.fr", "04-28 06:30", "Mistral AI viserait une valorisation de 30 milliards d'euros",
         "La pépite parisienne de l'IA serait en négociations avancées pour un nouveau tour de table de deux milliards, selon Les Echos."),
        ("journaldunet.com", "04-28 09:00", "Levée de fonds XXL en vue pour le champion français des LLM",
         "Mistral AI discuterait d'un tour de table géant, sans commentaire de l'entreprise."),
    ]),
    ("mistral-buys-kairn", "fresh36", [
        ("usine-digitale.fr", "04-29 13:00", "Mistral AI s’offre Kairn, spécialiste lyonnais de l’inférence sur GPU",
         "Il s'agit de la deuxième acquisition de l'entreprise fondée par Arthur Mensch, qui veut réduire les coûts de son offre Mistral Compute."),
        ("lemagit.fr", "04-29 15:10", "Mistral Compute : Mistral AI acquiert Kairn pour muscler son inférence",
         "L'équipe d'une trentaine d'ingénieurs rejoindra la division infrastructure de l'éditeur français."),
        ("silicon.fr", "04-30 06:20", "Deux jours après les rumeurs de levée, Mistral AI rachète une start-up",
         "Le montant de l'opération n'est pas communiqué ; Kairn développe un moteur d'ordonnancement de requêtes sur GPU."),
    ]),
    # ------------------------------------------------ weekly newsletter (own event)
    ("lesechos-techbrief-0429", "fresh36", [
        ("lesechos.fr", "04-29 04:00", "Tech Brief : Mistral AI, Atos et la bataille des datacenters",
         "Chaque mercredi, notre newsletter décrypte l'actualité de la tech : la levée annoncée de Mistral, le plan social d'Atos et la sanction d'Apple en appel."),
    ]),

    # ================================================ October 2026
    # ------------------------------------------------ STMicro job cuts at Crolles, then (another event) a strike there
    ("stmicro-crolles-cuts", "fresh36", [
        ("latribune.fr", "10-06 05:00", "STMicroelectronics va supprimer 900 postes à Crolles",
         "Le fabricant franco-italien de semi-conducteurs confirme un plan de départs volontaires dans son usine iséroise, frappée par le ralentissement de l'automobile."),
        ("usine-digitale.fr", "10-06 08:00", "Semi-conducteurs : STMicro taille dans ses effectifs en France",
         "Près de 900 emplois sont concernés à Crolles, dans le cadre du programme mondial de réduction des coûts du groupe."),
        ("lesechos.fr", "10-06 10:30", "ST : le site de Crolles paie le prix du trou d’air dans l’automobile",
         "Le groupe dirigé par Jean-Marc Chéry prévoit près de neuf cents départs volontaires sur le site isérois d'ici 2027."),
        ("bfmtv.com", "10-07 04:45", "Isère : « un coup de massue » pour les salariés de Crolles",
         "Au lendemain de l'annonce de 900 suppressions de postes chez STMicroelectronics, élus et syndicats réclament des garanties sur l'avenir du site."),
    ]),
    ("stmicro-crolles-strike", "fresh36", [
        ("bfmtv.com", "10-13 09:00", "Grève chez STMicroelectronics à Crolles : la production perturbée",
         "Plusieurs centaines de salariés ont débrayé mardi à l'appel de l'intersyndicale pour réclamer une revalorisation des salaires."),
        ("usine-digitale.fr", "10-13 13:20", "STMicro : les salariés de Crolles en grève pour les salaires",
         "Une semaine après l'annonce du plan de départs, la CGT et la CFDT appellent à un mouvement reconductible sur le site isérois."),
        ("latribune.fr", "10-14 06:00", "Chez ST Crolles, la grève se durcit",
         "Les grévistes bloquent l'accès à la salle blanche 300 mm ; la direction se dit prête à rouvrir les négociations annuelles obligatoires."),
    ]),
    # ------------------------------------------------ two Orange outages five days apart
    ("orange-mobile-outage", "fresh36", [
        ("frandroid.com", "10-07 06:20", "Panne Orange : le réseau mobile inaccessible dans plusieurs régions",
         "Depuis tôt ce matin, de nombreux abonnés Orange et Sosh ne peuvent plus passer d'appels ni utiliser les données mobiles."),
        ("bfmtv.com", "10-07 07:45", "Orange : une panne géante prive des millions de clients de réseau mobile",
         "L'opérateur historique évoque un incident logiciel sur son cœur de réseau 4G et 5G."),
        ("frandroid.com", "10-07 11:00", "Orange : le réseau est rétabli",
         "Les appels et les données mobiles refonctionnent progressivement pour les abonnés Orange et Sosh."),
        ("01net.com", "10-07 12:00", "Panne Orange : ce que l’on sait de la coupure du réseau mobile",
         "Début de l'incident, régions touchées, indemnisation : on fait le point sur la panne qui a frappé l'opérateur ce matin."),
        ("lesechos.fr", "10-08 05:00", "Christel Heydemann promet un geste aux abonnés privés de réseau",
         "Au lendemain de la panne géante du réseau mobile d'Orange, la directrice générale a présenté ses excuses et annoncé une indemnisation."),
    ]),
    ("orange-emergency-calls-outage", "fresh36", [
        ("bfmtv.com", "10-11 19:30", "Panne des numéros d'urgence : le 15, le 17 et le 18 injoignables pour des clients Orange",
         "Le ministère de l'Intérieur a activé des numéros de secours ce dimanche soir après un incident sur le réseau fixe de l'opérateur."),
        ("zdnet.fr", "10-12 06:00", "Orange : nouvelle panne, cette fois sur les appels d'urgence",
         "Moins d'une semaine après la coupure du mobile, une défaillance du réseau fixe a empêché de joindre les secours pendant deux heures."),
        ("latribune.fr", "10-12 08:30", "Appels d'urgence : le gouvernement convoque l’opérateur historique",
         "Après la panne de dimanche soir, la ministre déléguée au Numérique exige des explications d'Orange."),
    ]),
    # ------------------------------------------------ two AI datacenters in France on consecutive days
    ("mistral-datacenter-essonne", "fresh36", [
        ("usine-digitale.fr", "10-08 07:30", "Mistral AI met en service son premier datacenter à Bruyères-le-Châtel",
         "Le campus de 40 MW, construit avec Fluidstack, héberge 18 000 GPU Nvidia Grace Blackwell destinés à Mistral Compute."),
        ("lemagit.fr", "10-08 10:00", "Mistral Compute : le datacenter de l'Essonne entre en production",
         "Les premiers clients, dont la SNCF et BNP Paribas, peuvent réserver des capacités d'entraînement et d'inférence."),
        ("latribune.fr", "10-08 16:00", "« Un moment de souveraineté » : Emmanuel Macron inaugure le datacenter de la pépite de l'IA",
         "Le président de la République a salué la mise en service du site de Mistral AI, au sud de Paris."),
        ("silicon.fr", "10-09 06:30", "18 000 GPU : les chiffres clés du datacenter de Mistral AI",
         "Puissance, refroidissement, énergie : le détail de l'infrastructure inaugurée mercredi par la start-up française."),
    ]),
    ("openai-stargate-france", "fresh36", [
        ("lesechos.fr", "10-09 04:30", "OpenAI va construire un campus Stargate en France",
         "Le créateur de ChatGPT s'associe au fonds MGX pour un centre de données d'un gigawatt dans les Hauts-de-France, selon nos informations."),
        ("bfmtv.com", "10-09 08:00", "Stargate débarque en France : OpenAI confirme un datacenter géant près de Dunkerque",
         "Le projet, évalué à 15 milliards d'euros, doit entrer en service en 2029."),
        ("usine-digitale.fr", "10-09 12:20", "OpenAI officialise Stargate France",
         "Après la Norvège et le Royaume-Uni, le programme d'infrastructures d'OpenAI s'implante dans le Nord, au lendemain de l'inauguration du site de Mistral AI."),
    ]),
    # ------------------------------------------------ two Fortinet flaws six days apart
    ("fortinet-fortigate-zero-day", "fresh36", [
        ("lemagit.fr", "10-08 06:10", "Fortinet : une vulnérabilité critique de FortiOS activement exploitée",
         "L'équipementier alerte sur une faille de contournement d'authentification dans l'interface SSL-VPN de ses pare-feu FortiGate, déjà utilisée par des attaquants."),
        ("zdnet.fr", "10-08 09:00", "Zero-day sur les FortiGate : l'Anssi appelle à patcher d'urgence",
         "Le CERT-FR publie une alerte sur la CVE-2026-41077, notée 9,8 sur 10, qui permet d'exécuter du code à distance."),
        ("silicon.fr", "10-08 14:45", "Pare-feu Fortinet : ce qu’il faut savoir sur la faille exploitée",
         "Versions touchées, correctifs disponibles, indicateurs de compromission : le point pour les équipes de sécurité."),
        ("next.ink", "10-09 07:30", "Des milliers de pare-feu encore exposés en France",
         "Au lendemain de l'alerte sur FortiOS, les scans de Shadowserver recensent plus de 4 000 FortiGate vulnérables dans l'Hexagone."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("nextink-recap-1010", "fresh36", [
        ("next.ink", "10-10 07:00", "Récap' de la semaine : panne Orange, faille FortiGate et datacenters d'IA",
         "Les infos de la semaine, de la coupure géante du réseau mobile d'Orange au Stargate français d'OpenAI, en passant par le site de Mistral AI."),
    ]),
    ("microsoft-patch-tuesday-october", "fresh36", [
        ("lemondeinformatique.fr", "10-14 05:30", "Patch Tuesday d'octobre : Microsoft corrige 6 zero-days",
         "La fournée mensuelle comble 172 vulnérabilités, dont six déjà exploitées, et clôt la première année du support étendu payant de Windows 10."),
        ("zdnet.fr", "10-14 06:30", "Microsoft comble 172 failles, dont six exploitées",
         "Windows, Office et Exchange sont concernés par la mise à jour de sécurité mensuelle, la dernière de la première année d'ESU pour Windows 10."),
        ("clubic.com", "10-14 10:00", "Mettez Windows à jour : six failles sont déjà exploitées par des pirates",
         "La mise à jour mensuelle de Microsoft corrige des vulnérabilités critiques ; voici comment l'installer."),
    ]),
    ("fortinet-fortiweb-flaw", "fresh36", [
        ("lemagit.fr", "10-14 07:00", "Fortinet corrige une nouvelle faille critique, cette fois dans FortiWeb",
         "Une injection SQL permet de prendre le contrôle du pare-feu applicatif ; l'éditeur assure qu'elle n'a pas été exploitée."),
        ("zdnet.fr", "10-14 11:30", "Encore une vulnérabilité chez Fortinet : FortiWeb touché",
         "Moins d'une semaine après le zero-day des FortiGate, l’équipementier publie un correctif pour son WAF."),
    ]),
    # ------------------------------------------------ two Apple products, by separate press releases on consecutive days
    ("apple-ipad-pro-m6", "fresh36", [
        ("igen.fr", "10-14 13:15", "Apple dévoile l'iPad Pro M6",
         "Sans keynote, Apple renouvelle sa tablette haut de gamme avec la puce M6 gravée en 2 nm et une caméra frontale améliorée."),
        ("lesnumeriques.com", "10-14 14:00", "iPad Pro M6 : prix, fiche technique et disponibilité en France",
         "La nouvelle tablette d'Apple démarre à 1 199 euros et sera disponible le 22 octobre."),
        ("frandroid.com", "10-14 16:30", "Apple lance une nouvelle tablette avec la puce M6, et c’est à peu près tout",
         "La firme de Cupertino a mis à jour discrètement l'iPad Pro par communiqué, sans changement de design."),
    ]),
    ("apple-macbook-pro-m6-oled", "fresh36", [
        ("macg.co", "10-15 13:05", "MacBook Pro M6 : Apple passe enfin à l'OLED",
         "Au lendemain de l'iPad Pro, Apple présente des MacBook Pro 14 et 16 pouces dotés d'un écran OLED tandem et des puces M6 Pro et M6 Max."),
        ("01net.com", "10-15 15:00", "Apple dévoile ses nouveaux portables pros à écran OLED",
         "Les MacBook Pro M6 abandonnent l'encoche au profit d'une découpe en forme de pilule ; ils démarrent à 2 199 euros."),
        ("lesnumeriques.com", "10-16 07:00", "MacBook Pro OLED : nous l’avons eu en main",
         "Premières impressions sur le nouveau portable d'Apple, dont l'écran OLED impressionne par ses noirs et sa luminosité."),
    ]),
    # ------------------------------------------------ podcast (own event)
    ("lemagit-podcast-1016", "fresh36", [
        ("lemagit.fr", "10-16 05:00", "Podcast : le point sur les failles Fortinet et le Patch Tuesday d'octobre",
         "Dans ce nouvel épisode, la rédaction revient sur une semaine chargée pour les équipes de sécurité, du zero-day FortiGate aux six failles Windows exploitées."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("frandroid-week-1018", "fresh36", [
        ("frandroid.com", "10-18 07:00", "Les actus tech de la semaine : iPad Pro M6, MacBook Pro OLED et nouvelle panne chez Orange",
         "Vous avez raté quelque chose ? Voici les informations à retenir des sept derniers jours."),
    ]),
    # ------------------------------------------------ Assurance maladie data breach
    ("ameli-data-breach", "fresh36", [
        ("numerama.com", "10-19 07:00", "Fuite de données à l'Assurance maladie : 1,2 million d'assurés concernés",
         "Des pirates ont utilisé les identifiants volés de professionnels de santé pour aspirer des noms, numéros de sécurité sociale et mutuelles."),
        ("01net.com", "10-19 10:00", "Assurance maladie piratée : comment savoir si vous êtes concerné",
         "La Cnam va prévenir les assurés par e-mail ; voici les arnaques à surveiller dans les prochaines semaines."),
        ("zdnet.fr", "10-19 13:30", "La Cnam confirme un data breach touchant 1,2 million de personnes",
         "L'intrusion est passée par l'espace amelipro, via des comptes de praticiens compromis par des infostealers."),
        ("next.ink", "10-20 06:00", "Ameli : la CNIL saisie, la sécurité d'amelipro en question",
         "Au lendemain de l'annonce de la fuite, la question de la double authentification des professionnels de santé revient sur la table."),
    ]),
    # ------------------------------------------------ Ombrel round
    ("ombrel-series-a", "fresh36", [
        ("journaldunet.com", "10-20 06:00", "Ombrel lève 22 millions d'euros pour son assistant juridique",
         "La start-up bordelaise, qui automatise la revue de contrats grâce à l'IA, boucle une série A menée par Partech."),
        ("usine-digitale.fr", "10-20 09:30", "LegalTech : le bordelais Ombrel boucle une série A de 22 M€",
         "La jeune pousse revendique 300 cabinets et directions juridiques clients et veut s'implanter en Allemagne."),
    ]),
    # ------------------------------------------------ Google fined by Brussels, then (another event) by the French competition authority
    ("google-dma-fine-commission", "fresh36", [
        ("lesechos.fr", "10-20 09:00", "DMA : Bruxelles inflige une amende de 2,1 milliards d'euros à Google",
         "La Commission européenne sanctionne le moteur de recherche pour avoir favorisé ses propres services, première amende de ce montant au titre du règlement sur les marchés numériques."),
        ("numerama.com", "10-20 11:00", "Le géant de Mountain View condamné à payer plus de 2 milliards par l’Europe",
         "Google est accusé de mettre en avant Google Flights et Google Hotels au détriment de ses concurrents."),
        ("next.ink", "10-20 13:30", "Autopréférence : la Commission frappe Alphabet au titre du DMA",
         "La décision, attendue depuis l'ouverture de l'enquête en mars 2024, est assortie d'une injonction de mise en conformité sous 60 jours."),
        ("journaldunet.com", "10-21 07:00", "Amende DMA contre Google : ce que cela change pour les comparateurs",
         "Les sites de voyage et de shopping espèrent récupérer du trafic si le moteur modifie l'affichage de ses résultats."),
    ]),
    ("google-neighbouring-rights-adlc", "fresh36", [
        ("lemondeinformatique.fr", "10-22 08:00", "Droits voisins : l'Autorité de la concurrence sanctionne à nouveau Google",
         "Le gendarme de la concurrence inflige 180 millions d'euros à Google pour non-respect de ses engagements envers les éditeurs de presse."),
        ("lesechos.fr", "10-22 10:15", "Presse : Google écope de 180 millions d'euros d'amende en France",
         "Deux jours après la sanction européenne, l'Autorité de la concurrence reproche au moteur de recherche d'avoir utilisé des contenus de presse pour entraîner Gemini."),
        ("bfmtv.com", "10-22 15:30", "« Un signal fort » : les éditeurs saluent la sanction contre Google",
         "L'Alliance de la presse d'information générale se félicite de l'amende de 180 M€ prononcée par l'Autorité de la concurrence."),
    ]),
    # ------------------------------------------------ Windows 11 26H2
    ("windows-11-26h2", "fresh36", [
        ("clubic.com", "10-21 16:30", "Windows 11 26H2 est disponible : comment l'installer",
         "Microsoft déploie progressivement sa mise à jour annuelle, qui apporte le nouveau menu Démarrer et un Copilot plus intégré."),
        ("lesnumeriques.com", "10-22 06:00", "Windows 11 26H2 : ce qui change pour vous",
         "Menu Démarrer repensé, agents Copilot, économies d'énergie : les nouveautés de la mise à jour annuelle de Windows."),
        ("01net.com", "10-22 09:00", "La mise à jour annuelle de Windows 11 commence son déploiement",
         "La version 26H2 arrive d'abord sur les PC les plus récents ; voici comment l’obtenir sans attendre."),
    ]),
    # ------------------------------------------------ daily show (own event)
    ("bfm-techco-1022", "fresh36", [
        ("bfmtv.com", "10-22 16:00", "Tech&Co, la quotidienne : Google sanctionné deux fois, Windows 11 26H2",
         "Au sommaire de l'émission du 22 octobre : amendes européenne et française contre Google, la mise à jour annuelle de Windows."),
    ]),
    # ------------------------------------------------ deals post (own event)
    ("clubic-deals-1024", "fresh36", [
        ("clubic.com", "10-24 06:00", "Bons plans du jour : MacBook Air M4 à prix cassé, SSD et forfaits 5G",
         "Les meilleures promotions repérées ce samedi, de l'ancien portable d'Apple aux offres mobiles sans engagement."),
    ]),
    # ------------------------------------------------ Cour des comptes on the State's software licences
    ("cour-des-comptes-licences", "fresh36", [
        ("next.ink", "10-26 08:00", "La Cour des comptes épingle la dépendance de l'État à Microsoft",
         "Dans un rapport publié lundi, les magistrats financiers chiffrent à 1,2 milliard d'euros les dépenses de licences de l'État en cinq ans."),
        ("lemondeinformatique.fr", "10-26 12:00", "Logiciels : les sages de la rue Cambon appellent l'État à réduire sa dépendance aux éditeurs américains",
         "La Cour des comptes recommande d'accélérer le déploiement des outils de la DINUM, comme Visio et Tchap."),
        ("silicon.fr", "10-27 06:00", "Licences Microsoft : ce que dit le rapport de la Cour des comptes",
         "Renouvellements sans mise en concurrence, coûts cachés, cloud : les principaux constats du rapport."),
    ]),
    # ------------------------------------------------ Brussels clears the space merger
    ("bromo-merger-cleared", "fresh36", [
        ("latribune.fr", "10-27 07:00", "Bromo : Bruxelles autorise la fusion des activités spatiales d'Airbus, Thales et Leonardo",
         "La Commission européenne valide sous conditions la création du nouveau champion européen des satellites, qui pèsera 6,5 milliards d'euros de chiffre d'affaires."),
        ("usine-digitale.fr", "10-27 10:00", "Feu vert européen pour le « Airbus du spatial »",
         "Le rapprochement des trois industriels obtient l'aval de la concurrence moyennant la cession d'activités dans les satellites d'observation."),
        ("lesechos.fr", "10-27 12:30", "Satellites : la Commission valide la création du géant européen",
         "Airbus Defence and Space, Thales Alenia Space et Telespazio vont pouvoir fusionner au 1er janvier 2027."),
    ]),
    # ------------------------------------------------ SFR carve-up: in-depth review
    ("sfr-deal-phase-2", "fresh36", [
        ("lesechos.fr", "10-28 06:00", "Rachat de SFR : l'Autorité de la concurrence ouvre une enquête approfondie",
         "Le gendarme de la concurrence estime que le partage des actifs de l'opérateur entre Bouygues Telecom, Free et Orange soulève des doutes sérieux."),
        ("frandroid.com", "10-28 09:00", "Démantèlement de SFR : le régulateur sort la loupe",
         "Le passage de quatre à trois opérateurs inquiète l'Autorité de la concurrence, qui se donne plusieurs mois pour trancher."),
        ("latribune.fr", "10-28 11:30", "SFR : la phase 2 redoutée par les acheteurs est lancée",
         "Orange, Bouygues et Iliad devront proposer des remèdes pour obtenir l’aval de Benoît Cœuré."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
