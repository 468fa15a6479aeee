"""A thirty-eighth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh38".
Positives mix digits and words ("1 000" / "un millier"), periphrases ("le géant de Redmond",
"l'opérateur au carré rouge"), scoops "selon L'Informé", quotes as titles, hands-on tests,
explainers, consumer angles, post-mortems, fixes and next-day reactions. Hard negatives: two
ransomware attacks on two hospitals (one of them in the Vienne département), a Microsoft 365
outage then an Azure outage, a Patch Tuesday then its shutdown bug, two rulings against Apple,
two Shein fines by two regulators, results then job cuts, layoffs then a strike, a funding rumour
then an acquisition, an Ariane 6 scrub then its launch, a data leak then an outage at SFR, two
SecNumCloud qualifications, three products of one keynote, and one-article roundups and briefs.
`build` fixes the year 2026; times are UTC, January and September 2026.

Held out at stop 22, measured once on 655726a, the code of the stop's held-out freeze: precision
0.949, recall 0.671 (the code that landed at stop 21, c3d1421: 0.913 / 0.629); a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ================================================================ JANUARY 2026
    # ------------------------------------------------ two hospital ransomware attacks, three days apart
    ("ch-vienne-ransomware", "fresh38", [
        ("lemagit.fr", "01-05 09:20", "Le centre hospitalier de Vienne frappé par un rançongiciel",
         "L'hôpital isérois a déclenché son plan blanc après le chiffrement d'une partie de ses serveurs dans la nuit de dimanche à lundi."),
        ("bfmtv.com", "01-05 12:40", "Cyberattaque : un hôpital de l’Isère contraint de revenir au papier",
         "Urgences délestées, rendez-vous reportés : le centre hospitalier de Vienne fonctionne en mode dégradé depuis une attaque informatique."),
        ("numerama.com", "01-06 08:30", "« On a tout débranché » : le récit d'une nuit de cyberattaque à l'hôpital",
         "Le directeur du centre hospitalier de Vienne, en Isère, raconte les premières heures après la découverte du ransomware."),
        ("zdnet.fr", "01-06 11:15", "Attaque contre l'hôpital de Vienne : le gang Qilin revendique",
         "Le groupe de rançongiciel affirme avoir dérobé 400 Go de données à l'établissement isérois et menace de les publier sous dix jours."),
        ("next.ink", "01-06 16:40", "CH de Vienne : des données de patients exfiltrées ?",
         "L'hôpital reconnaît une « possible exfiltration » et a notifié la CNIL, au lendemain de l'attaque."),
    ]),
    ("chu-poitiers-ransomware", "fresh38", [
        ("lemondeinformatique.fr", "01-08 10:15", "Le CHU de Poitiers victime d'une cyberattaque",
         "Trois jours après l'hôpital de Vienne en Isère, c'est au tour du CHU de Poitiers de subir un rançongiciel qui paralyse ses outils de gestion."),
        ("silicon.fr", "01-08 13:30", "Rançongiciel : plan blanc au centre hospitalier universitaire de la Vienne",
         "L'établissement poitevin a coupé ses accès internet et reporte les opérations non urgentes après une intrusion détectée mercredi soir."),
        ("01net.com", "01-09 07:50", "Après une cyberattaque, le CHU de Poitiers reporte des dizaines d’opérations",
         "Les équipes soignantes travaillent sur papier depuis jeudi ; l'ANSSI est dépêchée sur place pour aider à la reconstruction du système d'information."),
    ]),
    # ------------------------------------------------ two CES keynotes on chips, same night
    ("ces-nvidia-rubin", "fresh38", [
        ("clubic.com", "01-05 23:10", "CES 2026 : Nvidia lance sa plateforme Vera Rubin pour l'IA",
         "Jensen Huang a ouvert le salon de Las Vegas en présentant la successeure de Blackwell, annoncée comme cinq fois plus performante en inférence."),
        ("lemondeinformatique.fr", "01-06 08:00", "Nvidia annonce que Vera Rubin est en production",
         "Les premiers systèmes NVL144 basés sur la nouvelle génération de GPU arriveront chez les hyperscalers au second semestre."),
        ("usine-digitale.fr", "01-06 10:05", "Jensen Huang : « Rubin est en pleine production »",
         "Au CES, le patron du géant des GPU a assuré que sa prochaine génération de puces pour datacenters tiendrait son calendrier."),
    ]),
    ("ces-amd-ryzen", "fresh38", [
        ("frandroid.com", "01-06 04:00", "AMD dévoile les Ryzen AI 400 pour PC portables au CES",
         "Lisa Su a présenté une nouvelle gamme de processeurs mobiles dotés d'un NPU de 60 TOPS, attendus dans les laptops dès février."),
        ("01net.com", "01-06 09:30", "CES 2026 : Lisa Su muscle l'IA des PC portables",
         "La patronne d'AMD promet une autonomie en hausse et une puce graphique intégrée capable de rivaliser avec les GPU d'entrée de gamme."),
    ]),
    # ------------------------------------------------ CNIL fine (cookies)
    ("cnil-fnac-cookies", "fresh38", [
        ("numerama.com", "01-08 11:00", "La CNIL inflige 3,5 millions d'euros d'amende à Fnac Darty",
         "Le distributeur déposait des cookies publicitaires sans le consentement des internautes, selon la délibération publiée jeudi."),
        ("next.ink", "01-08 12:15", "Cookies : Fnac Darty sanctionné par la CNIL",
         "Le gendarme des données personnelles reproche au groupe un bouton « Refuser » moins visible que celui d'acceptation."),
        ("lesnumeriques.com", "01-09 09:40", "Cookies sans consentement : ce que la sanction de la CNIL contre la Fnac change pour vous",
         "Bandeau revu, refus en un clic : les sites de Fnac et Darty doivent se mettre en conformité sous trois mois."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("zdnet-cyber-hebdo-0110", "fresh38", [
        ("zdnet.fr", "01-10 08:00", "Cybersécurité : les cinq infos à retenir de la semaine",
         "Rançongiciel à l'hôpital de Vienne puis au CHU de Poitiers, amende de la CNIL contre Fnac Darty : l'essentiel de l'actualité cyber."),
    ]),
    # ------------------------------------------------ a funding rumour, then a different deal
    ("mistral-funding-rumour", "fresh38", [
        ("lesechos.fr", "01-12 06:00", "Mistral AI en discussions pour lever 2 milliards d'euros",
         "La start-up française d'intelligence artificielle négocie un tour de table qui la valoriserait autour de 25 milliards, selon nos informations."),
        ("bfmtv.com", "01-12 10:20", "Mistral AI viserait une valorisation record de 25 milliards, selon Les Echos",
         "La licorne parisienne serait en discussions avec des fonds américains et des investisseurs du Golfe."),
        ("usine-digitale.fr", "01-12 13:00", "Le champion français de l'IA prépare une nouvelle levée géante",
         "Mistral AI chercherait deux milliards d'euros, un an et demi après son dernier tour mené par ASML."),
    ]),
    ("mistral-acquires-nevo", "fresh38", [
        ("lemondeinformatique.fr", "01-14 15:00", "Mistral AI rachète la start-up Nevo Labs",
         "L'éditeur français de LLM met la main sur une jeune pousse parisienne spécialisée dans les agents de programmation."),
        ("usine-digitale.fr", "01-14 17:30", "Mistral AI réalise sa première acquisition avec Nevo Labs",
         "Les 40 ingénieurs de Nevo Labs rejoindront les équipes de Mistral chargées de l'assistant de code Devstral."),
        ("lesechos.fr", "01-15 06:00", "Mistral s'empare de Nevo Labs pour accélérer dans le code",
         "La pépite de l'IA, qui négocie par ailleurs une levée de fonds, s'offre une équipe d'une quarantaine d'ingénieurs pour un montant non divulgué."),
        ("lemagit.fr", "01-15 08:10", "Agents de code : pourquoi Mistral mise sur le rachat de Nevo Labs",
         "Face à GitHub Copilot et Claude Code, la start-up française veut proposer une offre souveraine aux DSI ; décryptage."),
    ]),
    # ------------------------------------------------ Patch Tuesday, then the bug it introduced
    ("patch-tuesday-janvier", "fresh38", [
        ("lemagit.fr", "01-13 19:30", "Patch Tuesday de janvier : Microsoft corrige une zero-day exploitée",
         "L'éditeur publie 112 correctifs, dont un pour une vulnérabilité d'élévation de privilèges dans le noyau Windows déjà exploitée."),
        ("zdnet.fr", "01-14 07:45", "Microsoft : 112 failles corrigées, dont une activement exploitée",
         "La faille CVE-2026-21051, qui touche le pilote CLFS, figure désormais au catalogue des vulnérabilités exploitées de la CISA."),
        ("01net.com", "01-14 10:00", "Mettez à jour Windows sans attendre : une faille critique est déjà utilisée par des pirates",
         "La mise à jour de sécurité de janvier bouche plus d'une centaine de trous, dont un exploité dans la nature."),
        ("silicon.fr", "01-14 11:20", "Sécurité : le géant de Redmond livre plus de cent correctifs pour démarrer l’année",
         "Le premier Patch Tuesday de 2026 comprend huit vulnérabilités critiques et une zero-day dans Windows."),
    ]),
    ("hexalis-series-b", "fresh38", [
        ("lesechos.fr", "01-15 06:10", "Hexalis, la pépite nordiste de la cybersécurité, lève 45 millions",
         "La start-up lilloise, qui protège les identités des salariés contre le vol de session, boucle une série B menée par Eurazeo."),
        ("journaldunet.com", "01-15 07:00", "La start-up lilloise Hexalis lève 45 millions d'euros pour sécuriser les identités",
         "L'entreprise veut doubler ses effectifs et s'implanter en Allemagne d'ici la fin de l'année."),
        ("usine-digitale.fr", "01-15 09:30", "Cybersécurité : Hexalis boucle une série B de 45 M€",
         "Fondée en 2021, la jeune pousse revendique 300 clients, dont une dizaine du CAC 40."),
    ]),
    ("windows-shutdown-bug", "fresh38", [
        ("01net.com", "01-16 09:10", "Windows 11 : la mise à jour de janvier empêche certains PC de s'éteindre",
         "Sur les machines où Secure Launch est activé, le PC redémarre au lieu de s'arrêter depuis l'installation du dernier correctif."),
        ("clubic.com", "01-16 14:25", "Votre PC refuse de s’arrêter ? La faute à la dernière mise à jour Windows",
         "Microsoft reconnaît un problème et conseille en attendant de forcer l'arrêt avec la commande shutdown /s /t 0."),
        ("lemondeinformatique.fr", "01-17 08:30", "Le géant de Redmond publie un correctif d'urgence pour le bug d'arrêt de Windows 11",
         "Une mise à jour hors bande corrige le dysfonctionnement introduit par le Patch Tuesday de janvier sur les postes d'entreprise."),
        ("next.ink", "01-17 10:00", "Windows 11 : correctif hors bande pour le bug d’extinction",
         "KB5074109 est disponible via Windows Update et le catalogue Microsoft."),
    ]),
    ("frandroid-bons-plans-0116", "fresh38", [
        ("frandroid.com", "01-16 07:30", "Les meilleurs bons plans du jour : Pixel 10 à -30 %, Freebox Pop à prix cassé et Galaxy Buds 3",
         "Notre sélection quotidienne des meilleures promotions tech repérées ce vendredi."),
    ]),
    # ------------------------------------------------ Brussels vs X / Grok
    ("commission-x-grok-dsa", "fresh38", [
        ("lesechos.fr", "01-19 11:00", "Bruxelles ouvre une procédure contre X au titre du DSA",
         "La Commission européenne soupçonne le réseau social d'avoir laissé son IA Grok générer des images sexualisées de personnes réelles."),
        ("numerama.com", "01-19 13:30", "Images générées par Grok : la Commission européenne lance une enquête contre X",
         "Bruxelles veut savoir si la plateforme a évalué les risques avant d'intégrer le générateur d'images de xAI."),
        ("zdnet.fr", "01-19 16:00", "DSA : l'UE s'attaque au réseau social d'Elon Musk",
         "Une enquête formelle vise les garde-fous de Grok ; X encourt une amende pouvant atteindre 6 % de son chiffre d'affaires mondial."),
    ]),
    # ------------------------------------------------ Microsoft 365 outage (with post-mortem), then Azure outage
    ("m365-outage", "fresh38", [
        ("bfmtv.com", "01-20 09:05", "Outlook et Teams en panne : des millions d'utilisateurs touchés en Europe",
         "Depuis 8 heures ce mardi, de nombreux salariés ne peuvent plus envoyer de mails ni rejoindre leurs réunions."),
        ("lemagit.fr", "01-20 10:30", "Microsoft 365 : une panne majeure perturbe Outlook et Teams",
         "L'incident MO1021537 affecte l'authentification des utilisateurs de la suite bureautique en Europe de l'Ouest."),
        ("01net.com", "01-20 11:00", "Outlook ne marche plus ? Ce que l’on sait de la panne en cours",
         "Messagerie bloquée, Teams inaccessible : Microsoft dit travailler à un retour à la normale dans la matinée."),
        ("silicon.fr", "01-20 15:45", "Outage : le géant de Redmond incrimine une modification de configuration",
         "Le service a été rétabli après six heures ; Microsoft annule le changement déployé sur son infrastructure d'authentification."),
        ("lemondeinformatique.fr", "01-22 07:30", "Panne Microsoft 365 : le rapport post-incident pointe un déploiement défectueux",
         "Dans son analyse publiée mercredi soir, l'éditeur détaille la cascade d'erreurs qui a privé Outlook et Teams de connexion mardi."),
    ]),
    ("apple-tribunal-ue-streaming", "fresh38", [
        ("lesechos.fr", "01-21 10:30", "Le Tribunal de l'UE confirme l'amende de 1,8 milliard d'euros infligée à Apple",
         "Les juges de Luxembourg ont rejeté le recours de la firme de Cupertino contre la sanction de 2024 dans l'affaire du streaming musical."),
        ("igen.fr", "01-21 11:15", "Streaming musical : Apple perd son recours contre l’amende européenne",
         "Le Tribunal estime que la Commission a bien démontré l'interdiction faite à Spotify d'informer ses abonnés sur iOS."),
        ("macg.co", "01-21 12:00", "1,8 milliard : la justice européenne donne raison à Bruxelles face à Apple",
         "Apple dispose de deux mois pour se pourvoir devant la Cour de justice de l'UE."),
    ]),
    ("01net-essentiel-0121", "fresh38", [
        ("01net.com", "01-21 18:00", "Panne d'Outlook, revers d'Apple à Luxembourg : l'essentiel de la tech du 21 janvier",
         "Chaque soir, les informations high-tech à ne pas manquer."),
    ]),
    ("apple-att-appel-paris", "fresh38", [
        ("macg.co", "01-22 09:30", "ATT : la cour d'appel de Paris confirme la sanction de 150 millions contre Apple",
         "Au lendemain de son revers à Luxembourg, Apple voit confirmer l'amende de l'Autorité de la concurrence visant son dispositif de transparence du suivi publicitaire."),
        ("lemondeinformatique.fr", "01-22 14:00", "App Tracking Transparency : Apple débouté en appel en France",
         "La cour d'appel juge que la mise en œuvre d'ATT a désavantagé les éditeurs d'applications tiers face aux propres services d'Apple."),
    ]),
    ("bfmtv-techco-0122", "fresh38", [
        ("bfmtv.com", "01-22 20:00", "Tech&Co, la quotidienne : Microsoft en panne, Apple débouté deux fois",
         "Retrouvez l'émission du jeudi 22 janvier avec nos invités sur la fiabilité du cloud et les déboires judiciaires d'Apple."),
    ]),
    ("azure-westeurope-outage", "fresh38", [
        ("lemagit.fr", "01-23 14:00", "Azure : la région West Europe touchée par un incident réseau",
         "Trois jours après la panne de Microsoft 365, des clients du cloud de Microsoft aux Pays-Bas ont perdu l'accès à leurs machines virtuelles pendant près de quatre heures."),
        ("zdnet.fr", "01-23 16:30", "Nouvel incident chez Microsoft : Azure indisponible dans une partie de l’Europe",
         "Une défaillance d'équipements réseau dans un datacenter d'Amsterdam a perturbé des services de stockage et de calcul."),
        ("channelnews.fr", "01-24 09:00", "Panne Azure West Europe : les intégrateurs en première ligne",
         "Les partenaires de Microsoft racontent une journée à rassurer des clients privés de leurs applications hébergées aux Pays-Bas."),
    ]),
    ("lemagit-semaine-0124", "fresh38", [
        ("lemagit.fr", "01-24 09:30", "Pannes Microsoft 365 et Azure, enquête sur Grok : ce qu’il fallait retenir de la semaine",
         "Notre récapitulatif hebdomadaire de l'actualité des DSI."),
    ]),
    # ------------------------------------------------ public sector, layoffs, space, results then cuts
    ("dinum-visio", "fresh38", [
        ("next.ink", "01-26 10:00", "L’État va abandonner Teams et Zoom au profit de Visio d’ici 2027",
         "La direction interministérielle du numérique annonce la généralisation de son outil de visioconférence à tous les ministères."),
        ("lemondeinformatique.fr", "01-26 14:20", "La DINUM généralise son outil de visioconférence souverain",
         "Bâti sur le logiciel libre LiveKit et hébergé chez un prestataire SecNumCloud, Visio doit équiper 2,5 millions d'agents."),
        ("bfmtv.com", "01-27 07:45", "Fini Zoom pour les fonctionnaires : le gouvernement mise sur un outil maison",
         "Le ministre chargé du numérique veut réduire la dépendance de l'administration aux logiciels américains."),
    ]),
    ("ubisoft-rcc", "fresh38", [
        ("linforme.com", "01-27 06:30", "Ubisoft : une rupture conventionnelle collective visant 200 postes au siège",
         "Selon nos informations, l'éditeur de jeux vidéo présentera jeudi aux élus du personnel un plan de départs volontaires à Saint-Mandé."),
        ("lemondeinformatique.fr", "01-27 12:00", "Ubisoft confirme un plan de 200 départs volontaires, selon L'Informé",
         "Les fonctions support et la production centrale du groupe sont les plus touchées par cette nouvelle cure d'austérité."),
        ("numerama.com", "01-27 15:00", "L'éditeur d'Assassin's Creed veut se séparer d'environ deux cents salariés en France",
         "Ubisoft poursuit sa réorganisation, quelques jours après avoir annulé plusieurs jeux et fermé deux studios."),
    ]),
    ("ariane64-amazon-leo", "fresh38", [
        ("latribune.fr", "01-27 23:10", "Ariane 6 réussit son premier vol en version quatre boosters",
         "Le lanceur européen a placé en orbite 32 satellites de la constellation Amazon Leo depuis le Centre spatial guyanais."),
        ("lesechos.fr", "01-28 06:30", "Avec Amazon, Arianespace décroche un succès à la fois technique et commercial",
         "Le premier tir d'Ariane 64 ouvre la voie à dix-sept autres lancements pour la constellation de Jeff Bezos."),
        ("numerama.com", "01-28 07:30", "Amazon Leo : trente-deux satellites d’un coup pour la version lourde d’Ariane 6",
         "La fusée la plus puissante jamais construite en Europe a décollé de Kourou mardi soir."),
        ("01net.com", "01-28 09:00", "Ariane 64 : un premier vol réussi pour le lanceur lourd européen",
         "Quatre propulseurs d'appoint, une coiffe longue et 21 tonnes en orbite basse : la fiche technique du nouvel Ariane 6."),
    ]),
    ("stmicro-results-2025", "fresh38", [
        ("lesechos.fr", "01-29 06:45", "STMicroelectronics termine 2025 en repli mais table sur un rebond",
         "Le fabricant de semi-conducteurs a vu son chiffre d'affaires annuel reculer, plombé par l'automobile et l'industrie."),
        ("usine-digitale.fr", "01-29 09:00", "Le fabricant franco-italien de puces voit la reprise au second semestre",
         "STMicro anticipe une amélioration progressive des commandes après deux années difficiles."),
        ("latribune.fr", "01-29 10:30", "STMicro : marge en baisse, prévisions prudentes pour le premier trimestre",
         "La marge brute est tombée sous 34 % au quatrième trimestre, en dessous des attentes des analystes."),
    ]),
    ("stmicro-job-cuts", "fresh38", [
        ("linforme.com", "01-30 06:30", "STMicro : un plan de départs d'environ 900 postes en préparation",
         "Selon nos informations, le groupe présentera vendredi en CSE central un plan touchant surtout ses sites de Crolles et Rousset."),
        ("latribune.fr", "01-30 17:00", "STMicroelectronics va supprimer 900 postes en France, dont 400 à Crolles",
         "Au lendemain de résultats décevants, la direction a confirmé aux syndicats un plan de départs volontaires étalé sur deux ans."),
        ("usine-digitale.fr", "01-31 08:00", "Près d'un millier d'emplois menacés chez le champion européen des semi-conducteurs",
         "L'Isère et les Bouches-du-Rhône sont les plus touchées par les réductions d'effectifs annoncées par STMicro."),
    ]),
    ("usine-digitale-newsletter-0130", "fresh38", [
        ("usine-digitale.fr", "01-30 12:00", "La newsletter de l’Usine Digitale : STMicro, Ariane 64, Ubisoft",
         "Chaque vendredi, le meilleur de l'actualité de la transformation numérique de l'industrie."),
    ]),
    # ================================================================ SEPTEMBER 2026
    # ------------------------------------------------ two Shein fines by two regulators
    ("shein-cnil-fine", "fresh38", [
        ("lemondeinformatique.fr", "09-01 10:00", "Cookies : la CNIL inflige 80 millions d'euros d'amende à Shein",
         "Le site de vente de vêtements déposait des traceurs publicitaires dès l'arrivée des internautes, sans leur consentement."),
        ("numerama.com", "09-01 11:30", "Shein sanctionné à hauteur de 80 M€ pour ses cookies",
         "C'est l'une des plus lourdes amendes jamais prononcées par la CNIL en matière de traceurs."),
        ("bfmtv.com", "09-01 14:00", "Pourquoi la CNIL frappe fort contre le géant chinois de la mode en ligne",
         "Bandeau trompeur, refus inopérant : les raisons de la sanction de quatre-vingts millions d'euros visant Shein."),
        ("next.ink", "09-02 08:00", "Shein va contester l’amende de la CNIL devant le Conseil d’État",
         "La plateforme juge la sanction « disproportionnée » et affirme s'être mise en conformité depuis les contrôles."),
    ]),
    ("microsoft-365-price-rise", "fresh38", [
        ("01net.com", "09-03 10:00", "Microsoft 365 Personnel et Famille : les prix augmentent en France",
         "L'abonnement Famille passera à 129 euros par an au 1er octobre, une hausse justifiée par l'intégration de Copilot."),
        ("clubic.com", "09-03 13:00", "Abonnés Microsoft 365 : ce que la hausse de prix change pour vous",
         "Comment conserver une formule sans Copilot, et à quel tarif : notre mode d'emploi."),
    ]),
    ("shein-dgccrf-fine", "fresh38", [
        ("lesechos.fr", "09-03 16:00", "Fausses promotions : Shein écope de 40 millions d'euros d'amende",
         "Deux jours après la CNIL, c'est la DGCCRF qui sanctionne la plateforme pour pratiques commerciales trompeuses."),
        ("01net.com", "09-04 08:30", "Réductions trompeuses : la répression des fraudes sanctionne à son tour Shein",
         "Des prix barrés calculés sur des tarifs jamais pratiqués valent au géant de l'ultra fast-fashion une amende transactionnelle."),
        ("lesnumeriques.com", "09-04 10:00", "Shein : 40 M€ pour des prix barrés fantaisistes",
         "L'enquête de Bercy a porté sur plus de 200 000 produits vendus en France entre 2023 et 2025."),
    ]),
    # ------------------------------------------------ Atos layoffs, then a strike
    ("atos-job-cuts", "fresh38", [
        ("linforme.com", "09-07 06:00", "Atos prépare la suppression d'un millier de postes en France",
         "Selon nos informations, le groupe présentera mardi aux syndicats un plan de départs touchant surtout Eviden et les fonctions support."),
        ("lemagit.fr", "09-07 11:00", "Atos : un millier d’emplois menacés, selon L’Informé",
         "L'ESN, sortie de sa restructuration financière, s'apprête à annoncer une nouvelle réduction d'effectifs."),
        ("lemondeinformatique.fr", "09-08 09:30", "Atos confirme 1 000 suppressions de postes en France",
         "La direction a présenté au CSE central un plan mêlant départs volontaires et reclassements internes sur dix-huit mois."),
        ("silicon.fr", "09-08 12:00", "L’ancien champion tricolore des ESN taille à nouveau dans ses effectifs",
         "Atos justifie son plan par la baisse d'activité dans le conseil et l'intégration de systèmes."),
        ("channelnews.fr", "09-08 15:00", "Plan social chez Atos : quelles conséquences pour les partenaires ?",
         "Distributeurs et sous-traitants s'inquiètent d'un ralentissement des projets après l'annonce d'un millier de départs."),
        ("latribune.fr", "09-08 18:00", "« Ce plan est la condition de notre survie », affirme le directeur général d’Atos",
         "Dans un entretien, le patron du groupe défend la suppression de 1 000 postes et écarte toute nouvelle cession."),
    ]),
    # ------------------------------------------------ one Apple keynote, three products told separately, plus a roundup
    ("iphone-fold-launch", "fresh38", [
        ("igen.fr", "09-09 18:30", "Apple présente l'iPhone Fold, son premier smartphone pliant",
         "Écran intérieur de 7,8 pouces, Touch ID sur la tranche et puce A20 Pro : l'iPhone pliant est enfin officiel."),
        ("frandroid.com", "09-09 19:00", "iPhone Fold officiel : prix, fiche technique et date de sortie",
         "Apple lance son pliant à 2 399 euros en France, avec des précommandes ouvertes dès vendredi."),
        ("lesnumeriques.com", "09-09 21:00", "Prise en main de l’iPhone Fold : la pliure a (presque) disparu",
         "Nous avons pu manipuler le premier pliant d'Apple quelques minutes à Cupertino : nos premières impressions."),
        ("macg.co", "09-10 07:00", "Près de 2 400 € : le pliant d'Apple, une facture qui pique",
         "L'iPhone Fold devient l'iPhone le plus cher de l'histoire, loin devant le Galaxy Z Fold 8."),
        ("01net.com", "09-10 09:00", "Le smartphone pliant d'Apple : ce qu’il faut savoir avant de craquer",
         "Solidité, autonomie, applications compatibles : nos réponses aux questions que vous vous posez sur l'iPhone Fold."),
    ]),
    ("iphone-18-pro-launch", "fresh38", [
        ("lesnumeriques.com", "09-09 19:30", "iPhone 18 Pro et Pro Max : Apple mise sur la photo et la puce A20 Pro",
         "Ouverture variable sur le capteur principal et modem maison C2 : les nouveaux iPhone haut de gamme évoluent par petites touches."),
        ("macg.co", "09-09 20:15", "iPhone 18 Pro : ouverture variable et nouveaux coloris",
         "Les prix restent inchangés en France, à partir de 1 329 euros pour le modèle de 6,3 pouces."),
    ]),
    ("apple-watch-series-12", "fresh38", [
        ("igen.fr", "09-09 19:10", "Apple Watch Series 12 : capteur de tension artérielle et nouveau design",
         "La montre connectée d'Apple adopte un boîtier plus fin et mesure désormais la pression artérielle en continu."),
        ("frandroid.com", "09-09 20:30", "Apple Watch Series 12 officielle : tout ce qui change",
         "Écran plus grand, autonomie de 24 heures et nouvelle puce S12 : la fiche complète de la montre."),
    ]),
    ("clubic-keynote-recap-0909", "fresh38", [
        ("clubic.com", "09-09 20:00", "Keynote Apple : iPhone Fold, iPhone 18 Pro, Apple Watch… toutes les annonces",
         "Notre récapitulatif de la présentation de rentrée d'Apple, produit par produit."),
    ]),
    ("moselle-ai-datacenter", "fresh38", [
        ("lesechos.fr", "09-10 06:15", "Un campus de datacenters de 1 gigawatt pour l'IA va voir le jour en Moselle",
         "Un consortium mené par un fonds canadien prévoit d'investir 10 milliards d'euros sur une ancienne friche sidérurgique."),
        ("latribune.fr", "09-10 09:40", "IA : un projet à dix milliards d'euros pour un datacenter géant près de Metz",
         "Les premiers bâtiments, d'une puissance de 200 MW, doivent être livrés en 2028."),
        ("journaldunet.com", "09-10 14:00", "Datacenter géant en Moselle : qui est derrière le projet et pourquoi la Lorraine",
         "Foncier disponible, raccordement RTE, fibre vers Francfort : les raisons du choix du site, expliquées."),
    ]),
    ("01net-essentiel-0910", "fresh38", [
        ("01net.com", "09-10 18:30", "iPhone Fold, Apple Watch Series 12, datacenter géant en Moselle : l’essentiel de la tech du 10 septembre",
         "Chaque soir, les informations high-tech à ne pas manquer."),
    ]),
    ("frandroid-bons-plans-0911", "fresh38", [
        ("frandroid.com", "09-11 08:00", "Bons plans : l'iPhone 17 baisse déjà après la keynote, la Galaxy Watch 8 à -40 %",
         "Les meilleures offres tech du vendredi, sélectionnées par la rédaction."),
    ]),
    ("atos-strike", "fresh38", [
        ("lemondeinformatique.fr", "09-11 14:00", "Grève chez Atos contre le plan de suppressions de postes",
         "À l'appel d'une intersyndicale, des salariés de l'ESN ont cessé le travail ce vendredi sur plusieurs sites en France."),
        ("next.ink", "09-11 16:30", "Atos : les salariés débraient à Bezons",
         "Quelques centaines de personnes se sont rassemblées devant le siège pour réclamer de meilleures conditions de départ."),
    ]),
    ("next-lettre-0912", "fresh38", [
        ("next.ink", "09-12 09:00", "La lettre du week-end : Atos, Shein, iPhone Fold et datacenters",
         "Le résumé de la semaine, pour rattraper ce que vous avez manqué."),
    ]),
    # ------------------------------------------------ iOS release, then its battery bug
    ("ios-27-release", "fresh38", [
        ("igen.fr", "09-14 17:30", "iOS 27 est disponible",
         "La nouvelle version du système de l'iPhone est proposée en téléchargement pour tous les modèles depuis l'iPhone 12."),
        ("01net.com", "09-14 19:00", "iOS 27 : ce qui change pour vous avec la nouvelle mise à jour de l'iPhone",
         "Siri conversationnel, écran d'accueil réorganisé, traduction en direct : les nouveautés à connaître."),
        ("numerama.com", "09-15 07:30", "Faut-il installer iOS 27 tout de suite ?",
         "La mise à jour d'Apple est sortie lundi soir : nos conseils avant de franchir le pas."),
        ("macg.co", "09-15 09:00", "iOS 27 : notre tour complet des nouveautés",
         "Des dizaines de changements, des plus visibles aux plus discrets, passés en revue après une semaine de bêta finale."),
    ]),
    # ------------------------------------------------ SFR leak, then SFR outage
    ("sfr-data-breach", "fresh38", [
        ("zdnet.fr", "09-15 09:00", "SFR confirme une fuite de données touchant 1,2 million de clients",
         "Noms, adresses, numéros de téléphone et IBAN ont été dérobés via l'outil d'un sous-traitant, indique l'opérateur."),
        ("numerama.com", "09-15 11:00", "Fuite de données chez SFR : des IBAN et adresses dans la nature",
         "L'opérateur a porté plainte et notifié la CNIL ; les clients concernés recevront un e-mail."),
        ("clubic.com", "09-15 15:30", "Client SFR ? Voici comment savoir si vos données ont fuité",
         "Vérification, prélèvements suspects, hameçonnage : les bons réflexes après la cyberattaque."),
        ("01net.com", "09-16 08:00", "Piratage de l'opérateur au carré rouge : plus d'un million d'abonnés concernés",
         "SFR précise que les mots de passe n'ont pas été touchés, mais les escroqueries au faux conseiller se multiplient déjà."),
    ]),
    ("mistral-medium-4", "fresh38", [
        ("usine-digitale.fr", "09-16 14:00", "Mistral AI dévoile Medium 4, un modèle multimodal à poids ouverts",
         "Le nouveau modèle de la start-up française rivalise avec GPT-5 sur le raisonnement, selon ses propres tests."),
        ("lemagit.fr", "09-16 16:00", "Avec Medium 4, Mistral AI vise les agents en entreprise",
         "Le LLM est disponible sur La Plateforme, sur site et chez les principaux clouds, sous licence Apache 2.0."),
        ("numerama.com", "09-17 08:00", "On a testé Mistral Medium 4 : le Chat devient enfin bon en code",
         "Nous avons soumis le nouveau modèle à une série de tâches concrètes : voici nos impressions."),
    ]),
    ("ios-27-battery-bug", "fresh38", [
        ("macg.co", "09-17 08:00", "iOS 27 : des utilisateurs se plaignent d'une autonomie en chute libre",
         "Les témoignages se multiplient sur les forums d'Apple depuis l'installation de la mise à jour."),
        ("01net.com", "09-17 12:30", "Votre iPhone se décharge trop vite depuis la mise à jour ? Vous n’êtes pas seul",
         "Un processus d'indexation semble tourner en boucle chez de nombreux utilisateurs ; voici quoi faire en attendant un correctif."),
        ("igen.fr", "09-18 18:00", "iOS 27.0.1 corrige le bug de batterie",
         "Apple publie une première mise à jour corrective, quatre jours après la sortie de son système."),
    ]),
    ("cour-des-comptes-hdh", "fresh38", [
        ("next.ink", "09-17 09:00", "La Cour des comptes étrille le Health Data Hub",
         "Dans un rapport publié mercredi, les magistrats financiers dénoncent des coûts qui dérapent et un usage limité par les chercheurs."),
        ("lemondeinformatique.fr", "09-17 14:00", "Health Data Hub : la migration hors de Microsoft au point mort, selon la Cour des comptes",
         "La plateforme des données de santé reste hébergée sur Azure, six ans après l'engagement de la quitter."),
    ]),
    ("sfr-outage", "fresh38", [
        ("bfmtv.com", "09-18 08:30", "Panne SFR : internet et mobile coupés pour de nombreux clients",
         "Depuis tôt ce vendredi matin, des milliers d'abonnés signalent une absence de réseau et de connexion sur leur box."),
        ("frandroid.com", "09-18 09:15", "SFR en panne : le réseau mobile et la box touchés dans toute la France",
         "Appels, SMS, 4G et fibre : l'opérateur confirme un incident et promet un rétablissement « au plus vite »."),
        ("next.ink", "09-18 16:00", "Panne géante chez SFR : l’opérateur évoque un incident sur son cœur de réseau",
         "Trois jours après l'annonce d'une fuite de données, SFR a subi vendredi une coupure de plusieurs heures, sans lien avec la cyberattaque selon lui."),
    ]),
    ("zdnet-cyber-hebdo-0919", "fresh38", [
        ("zdnet.fr", "09-19 08:00", "Cybersécurité : les cinq infos à retenir de la semaine",
         "Fuite de données chez SFR, panne géante de l'opérateur, correctif d'urgence pour iOS : l'essentiel de l'actualité cyber."),
    ]),
    ("arcep-orange-cuivre", "fresh38", [
        ("next.ink", "09-21 10:00", "L'Arcep met en demeure Orange sur l'entretien du réseau cuivre",
         "Le régulateur des télécoms donne six mois à l'opérateur historique pour respecter ses obligations de qualité de service sur le fixe."),
        ("zdnet.fr", "09-21 14:00", "Pannes de téléphone fixe : le gendarme des télécoms rappelle Orange à l'ordre",
         "Délais de réparation trop longs, poteaux abandonnés : l'Arcep pointe des manquements dans plusieurs départements."),
    ]),
    # ------------------------------------------------ France Travail leak (another leak, another organisation)
    ("france-travail-leak", "fresh38", [
        ("lemagit.fr", "09-22 09:45", "France Travail : nouvelle fuite de données via un compte de partenaire",
         "Un attaquant a utilisé les identifiants d'un organisme de formation pour consulter les dossiers de 340 000 demandeurs d'emploi."),
        ("bfmtv.com", "09-22 12:30", "Fuite de données chez France Travail : 340 000 inscrits concernés",
         "Noms, numéros de sécurité sociale et coordonnées ont pu être consultés ; l'opérateur public a porté plainte."),
        ("linforme.com", "09-23 07:00", "France Travail : la CNIL ouvre un contrôle après la fuite",
         "Selon nos informations, la Commission veut vérifier les accès accordés aux partenaires, déjà mis en cause en 2024."),
    ]),
    # ------------------------------------------------ Ariane 6: a scrub, then the launch two days later
    ("ariane6-galileo-scrub", "fresh38", [
        ("latribune.fr", "09-22 23:40", "Ariane 6 : le lancement de deux satellites Galileo reporté à la dernière minute",
         "Le compte à rebours a été interrompu à H-4 minutes à Kourou ; Arianespace annonce une nouvelle tentative dans 48 heures."),
        ("numerama.com", "09-23 07:00", "Ariane 6 n’a pas décollé : une vanne en cause",
         "Une anomalie sur une vanne de l'étage principal a conduit à l'arrêt automatique de la chronologie de lancement."),
    ]),
    ("veyra-series-a", "fresh38", [
        ("journaldunet.com", "09-23 07:00", "Veyra lève 18 millions d'euros pour son IA d'aide au diagnostic",
         "La jeune pousse analyse les images de dermatologie pour accélérer la détection des mélanomes."),
        ("usine-digitale.fr", "09-23 10:00", "La start-up bordelaise Veyra boucle une série A de 18 M€",
         "Le tour de table est mené par Bpifrance et un fonds allemand spécialisé dans la santé."),
    ]),
    ("adlc-microsoft-cloud-licences", "fresh38", [
        ("lemagit.fr", "09-24 10:00", "Licences cloud : l’Autorité de la concurrence ouvre une enquête sur Microsoft",
         "L'institution s'intéresse aux conditions tarifaires imposées aux clients qui font tourner Windows Server et SQL Server chez d'autres clouds."),
        ("silicon.fr", "09-24 13:00", "Cloud : l'Autorité de la concurrence s'attaque aux licences du géant de Redmond",
         "La saisie fait suite à une plainte d'un groupement d'hébergeurs français et européens."),
        ("channelnews.fr", "09-25 09:00", "Enquête sur les licences Microsoft : les fournisseurs cloud français applaudissent",
         "OVHcloud, Scaleway et Outscale saluent une décision « attendue depuis des années »."),
    ]),
    ("ariane6-galileo-launch", "fresh38", [
        ("latribune.fr", "09-24 23:30", "Ariane 6 place en orbite deux nouveaux satellites Galileo",
         "Le lanceur européen a décollé jeudi soir de Kourou et largué ses passagers près de quatre heures plus tard."),
        ("lesechos.fr", "09-25 06:30", "Galileo : la constellation européenne s'étoffe grâce à Ariane 6",
         "Avec ces deux satellites, le système de navigation de l'Union compte désormais 30 engins en orbite."),
        ("numerama.com", "09-25 08:15", "Deux jours après son report, Ariane 6 a enfin décollé",
         "Vanne remplacée, météo clémente : la fusée européenne a réussi sa mission pour le programme Galileo."),
    ]),
    ("usine-digitale-newsletter-ia-0925", "fresh38", [
        ("usine-digitale.fr", "09-25 12:00", "La newsletter IA : Mistral Medium 4, Veyra et le datacenter de Moselle",
         "Chaque vendredi, notre sélection de l'actualité de l'intelligence artificielle."),
    ]),
    ("airports-checkin-cyberattack", "fresh38", [
        ("bfmtv.com", "09-26 10:00", "Cyberattaque : retards et files d'attente à Roissy après la panne d'un prestataire",
         "Les comptoirs d'enregistrement de plusieurs compagnies fonctionnent en mode manuel depuis vendredi soir."),
        ("lemondeinformatique.fr", "09-26 15:00", "Une cyberattaque contre un éditeur de logiciels d'enregistrement perturbe des aéroports européens",
         "Paris-Charles de Gaulle, Bruxelles et Berlin sont touchés ; le fournisseur évoque un incident de type rançongiciel."),
        ("zdnet.fr", "09-27 09:00", "Aéroports : le logiciel d’embarquement visé par un ransomware",
         "L'ENISA confirme une attaque par rançongiciel contre le prestataire ; les vols reprennent peu à peu dimanche."),
    ]),
    # ------------------------------------------------ two SecNumCloud qualifications, two days apart
    ("bleu-secnumcloud", "fresh38", [
        ("lemagit.fr", "09-28 09:30", "Bleu décroche la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini obtient le visa de l'ANSSI pour ses services fondés sur les technologies de Microsoft."),
        ("silicon.fr", "09-28 12:00", "Le cloud de confiance d'Orange et Capgemini obtient le visa de l'Anssi",
         "Après plus de trois ans d'attente, l'offre peut désormais accueillir les données sensibles des administrations."),
        ("lemondeinformatique.fr", "09-28 15:00", "SecNumCloud : Bleu peut enfin proposer Microsoft 365 et Azure aux OIV",
         "La qualification couvre le socle IaaS et la suite collaborative, mais pas encore Copilot."),
    ]),
    ("commission-meta-dma-fine", "fresh38", [
        ("lesechos.fr", "09-29 11:00", "DMA : Bruxelles inflige une amende de 350 millions d'euros à Meta",
         "La Commission européenne reproche au groupe de Mark Zuckerberg d'avoir tardé à ouvrir WhatsApp aux messageries tierces."),
        ("numerama.com", "09-29 13:00", "Interopérabilité de WhatsApp : Meta sanctionné par la Commission européenne",
         "Bruxelles estime que le propriétaire de WhatsApp a multiplié les obstacles techniques pour les concurrents."),
        ("bfmtv.com", "09-29 17:30", "« Une attaque contre l'innovation américaine » : Meta dénonce l'amende européenne",
         "La maison mère de Facebook annonce faire appel de la sanction de 350 millions d'euros prononcée au titre du DMA."),
    ]),
    ("numspot-secnumcloud", "fresh38", [
        ("lemagit.fr", "09-30 10:00", "NumSpot obtient à son tour la qualification SecNumCloud",
         "Le cloud souverain porté par la Banque des Territoires, Docaposte, Dassault Systèmes et Bouygues Telecom est qualifié pour son offre IaaS."),
        ("channelnews.fr", "09-30 14:00", "SecNumCloud : NumSpot qualifié, deux jours après Bleu",
         "Les intégrateurs voient s'élargir le choix d'offres de confiance pour les clients publics."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
