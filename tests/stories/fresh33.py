"""A thirty-third fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh33".
Positives reworded hard: digits against words, English terms, "selon L'Informé", the actor only
as a periphrasis ("le géant de Redmond", "l'opérateur au carré rouge") or only in the lead,
consumer angles, explainers, hands-on tests, an interview with a quote as title, post-mortems,
next-day reactions and terse follow-ups. Hard negatives sit days from their look-alike: two
Scaleway outages, Ubisoft layoffs then strike, two fines of Bouygues Telecom by two regulators,
two hospital ransomware attacks, launches then their bugs, rulings and fines about one firm,
results then job cuts, a rumour then another deal, and one-article roundups, briefs and deals posts.
`build` fixes the year 2026; times are UTC, May and July 2026.

Measured once, on 4330e6b (stop 22), before anything was changed for it: precision 0.939, recall
0.720; a tuning set since.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Scaleway PAR-2 outage (periphrasis title, terse follow-up, post-mortem, explainer)
    ("scaleway-outage-par2", "fresh33", [
        ("lemagit.fr", "05-04 09:20", "Scaleway : panne majeure dans la région de Paris",
         "Une défaillance réseau dans la zone de disponibilité PAR-2 a rendu inaccessibles instances, Kubernetes managé et bases de données pendant près de cinq heures lundi matin."),
        ("silicon.fr", "05-04 11:45", "Le cloud d'Iliad en rade toute la matinée",
         "Les clients de Scaleway ont été privés de leurs services hébergés en région parisienne après un incident réseau, reconnaît la filiale cloud du groupe de Xavier Niel."),
        ("next.ink", "05-04 14:10", "Scaleway : le service est rétabli",
         "L'hébergeur indique sur sa page de statut que l'ensemble des ressources de PAR-2 sont de nouveau accessibles, après cinq heures de coupure."),
        ("lemondeinformatique.fr", "05-05 08:30", "Panne de Scaleway : le post-mortem pointe une erreur de configuration",
         "Une mise à jour poussée sur des routeurs de cœur de réseau est à l'origine de l'interruption de lundi, explique le fournisseur dans son rapport d'incident."),
        ("journaldunet.com", "05-05 15:00", "Ce que la coupure de PAR-2 dit de la dépendance à une seule zone de disponibilité",
         "Après l'incident qui a privé les clients de Scaleway de leurs services lundi, des DSI rappellent l'intérêt des architectures multi-AZ, y compris chez les clouds français."),
    ]),
    # ------------------------------------------------ hard negative: another Scaleway outage four days later
    ("scaleway-outage-ams", "fresh33", [
        ("lemagit.fr", "05-08 16:05", "Scaleway : nouvelle interruption, à Amsterdam cette fois",
         "Quatre jours après la panne parisienne, c'est le stockage objet de la région NL-AMS qui a été indisponible près de deux heures vendredi après-midi."),
        ("next.ink", "05-08 18:30", "Object Storage : Scaleway de nouveau en panne, aux Pays-Bas",
         "Des erreurs 503 en série ont touché les buckets hébergés à Amsterdam ; l'hébergeur évoque un incident matériel sans lien avec celui de PAR-2."),
    ]),
    # ------------------------------------------------ Ariane 6 launches two Galileo satellites (actor only in lead)
    ("ariane6-galileo", "fresh33", [
        ("latribune.fr", "05-06 22:40", "Ariane 6 place deux satellites Galileo en orbite",
         "Le lanceur européen a décollé mercredi soir de Kourou et déposé deux satellites de navigation de la constellation Galileo pour le compte de l'ESA et de la Commission européenne."),
        ("numerama.com", "05-07 07:30", "Deux nouveaux satellites pour le « GPS européen »",
         "Lancés depuis la Guyane par Ariane 6, les deux satellites Galileo viennent renforcer la constellation de navigation de l'Union européenne."),
        ("lesechos.fr", "05-07 09:00", "Arianespace enchaîne les succès avec son lanceur lourd",
         "Le vol de mercredi soir, qui a mis en orbite deux satellites Galileo, conforte la montée en cadence d'Ariane 6, avec huit lancements visés cette année."),
    ]),
    # ------------------------------------------------ hard negative: another European launcher, two days later
    ("vega-c-delay", "fresh33", [
        ("latribune.fr", "05-08 10:15", "Vega C : Avio repousse son prochain lancement",
         "Le vol du petit lanceur européen, prévu fin mai, est décalé de plusieurs semaines après une anomalie détectée lors d'essais sur l'étage supérieur."),
        ("usine-digitale.fr", "05-08 14:00", "Nouveau report pour Vega C après une anomalie sur l’étage AVUM+",
         "L'italien Avio a décidé de décaler le vol VV28 le temps d'analyser un défaut constaté pendant des tests au sol en Italie."),
    ]),
    # ------------------------------------------------ roundup podcast: its own one-article event
    ("lemagit-podcast-0508", "fresh33", [
        ("lemagit.fr", "05-08 12:00", "Podcast LeMagIT : la panne de Scaleway, Ariane 6 et le cloud souverain",
         "Dans cet épisode, la rédaction revient sur l'incident de PAR-2, le retour en cadence d'Ariane 6 et les débats autour de la qualification SecNumCloud."),
    ]),
    # ------------------------------------------------ Ubisoft layoffs (scoop, "selon L'Informé", periphrasis, digits/words)
    ("ubisoft-rcc", "fresh33", [
        ("linforme.com", "05-11 06:00", "Ubisoft prépare la suppression d'une centaine de postes en France",
         "Selon nos informations, l'éditeur va présenter aux élus du CSE un projet de rupture conventionnelle collective touchant son siège de Saint-Mandé et le studio parisien."),
        ("bfmtv.com", "05-11 10:30", "Ubisoft va supprimer une centaine d'emplois en France, selon L'Informé",
         "L'éditeur d'Assassin's Creed poursuit sa cure d'économies avec un plan de départs au siège et dans son studio de Paris."),
        ("numerama.com", "05-11 13:00", "L’éditeur d’Assassin’s Creed taille encore dans ses effectifs",
         "Ubisoft confirme un projet de rupture conventionnelle collective visant 100 postes en France, après plusieurs vagues de fermetures de studios à l'étranger."),
        ("clubic.com", "05-12 08:45", "Layoffs chez Ubisoft : 100 départs au siège de Saint-Mandé",
         "Le groupe de la famille Guillemot justifie ce nouveau plan par la réorganisation en « maisons créatives » engagée avec Tencent."),
    ]),
    # ------------------------------------------------ hard negative: strike at Ubisoft three days later
    ("ubisoft-strike", "fresh33", [
        ("numerama.com", "05-14 12:00", "Grève chez Ubisoft : les salariés français débraient",
         "À l'appel du STJV et de Solidaires Informatique, des salariés de plusieurs studios français de l'éditeur ont cessé le travail jeudi pour dénoncer le plan de départs."),
        ("bfmtv.com", "05-14 16:20", "Ubisoft : mobilisation dans les studios de Montpellier et de Paris",
         "Le syndicat STJV revendique plusieurs centaines de grévistes ce jeudi, au terme d'une semaine marquée par l'annonce d'une rupture conventionnelle collective."),
    ]),
    # ------------------------------------------------ CNIL fines Bouygues Telecom (periphrasis, consumer angle, next-day reaction)
    ("bouygues-cnil-fine", "fresh33", [
        ("lemagit.fr", "05-12 09:00", "Fuite de données : la CNIL inflige 30 millions d'euros d'amende à Bouygues Telecom",
         "La formation restreinte sanctionne l'opérateur pour des manquements à la sécurité ayant permis le vol des données de 6,4 millions de clients en 2025."),
        ("zdnet.fr", "05-12 11:20", "Bouygues Telecom sanctionné par le gendarme des données personnelles",
         "Trente millions d'euros : c'est le montant de l'amende prononcée par la CNIL après la cyberattaque qui avait frappé l'opérateur l'été dernier."),
        ("01net.com", "05-12 14:00", "Amende record pour Bouygues Telecom : ce que ça change pour les clients victimes de la fuite",
         "La sanction de la CNIL n'ouvre pas droit à une indemnisation automatique, mais elle peut appuyer les actions des abonnés dont les IBAN ont fuité."),
        ("frandroid.com", "05-13 09:10", "Bouygues Telecom va contester l’amende de la CNIL",
         "L'opérateur annonce saisir le Conseil d'État, jugeant « disproportionnée » la sanction de 30 M€ prononcée mardi."),
    ]),
    # ------------------------------------------------ hard negative: a second fine of Bouygues Telecom, by another regulator
    ("bouygues-dgccrf-fine", "fresh33", [
        ("next.ink", "05-14 10:00", "Hausses de forfaits : la DGCCRF met à l'amende Bouygues Telecom",
         "La répression des fraudes sanctionne l'opérateur de 2,1 millions d'euros pour des augmentations tarifaires appliquées sans information suffisante des abonnés."),
        ("01net.com", "05-14 17:30", "Bouygues Telecom à nouveau sanctionné, cette fois pour ses hausses de prix",
         "Deux jours après la CNIL, c'est la DGCCRF qui inflige une amende de 2,1 M€ à l'opérateur pour ses augmentations de forfaits box."),
    ]),
    # ------------------------------------------------ Patch Tuesday of May (periphrasis only, digits vs words, consumer angle)
    ("patch-tuesday-may", "fresh33", [
        ("lemagit.fr", "05-12 19:30", "Patch Tuesday de mai : Microsoft corrige trois zero-days exploités",
         "La livraison mensuelle comble 71 vulnérabilités, dont trois déjà exploitées dans la nature, touchant notamment le noyau Windows et le pilote CLFS."),
        ("zdnet.fr", "05-13 07:45", "Le géant de Redmond colmate 71 failles, dont trois activement exploitées",
         "Les administrateurs sont invités à déployer au plus vite les correctifs de mai, qui traitent notamment une élévation de privilèges dans le pilote CLFS."),
        ("clubic.com", "05-13 12:00", "Mettez à jour Windows : trois failles critiques corrigées ce mois-ci",
         "La mise à jour cumulative de mai pour Windows 11 corrige plus de soixante-dix vulnérabilités, dont trois que des pirates exploitent déjà."),
    ]),
    # ------------------------------------------------ daily brief: its own one-article event
    ("next-brief-0513", "fresh33", [
        ("next.ink", "05-13 06:00", "#LeBrief : amende CNIL pour Bouygues Telecom, Patch Tuesday, RCC chez Ubisoft",
         "Au menu de ce mercredi : la sanction de 30 millions d'euros contre l'opérateur, les trois zero-days corrigés par Microsoft et le plan de départs de l'éditeur de jeux."),
    ]),
    # ------------------------------------------------ hard negative: Microsoft out-of-band fix three days after Patch Tuesday
    ("microsoft-oob-dc", "fresh33", [
        ("lemagit.fr", "05-15 20:10", "Windows Server : Microsoft publie un correctif d'urgence",
         "Une mise à jour hors bande corrige un dysfonctionnement des contrôleurs de domaine introduit par le Patch Tuesday de mai, qui provoquait des redémarrages en boucle."),
        ("silicon.fr", "05-16 08:00", "Contrôleurs de domaine qui redémarrent : un patch out-of-band est disponible",
         "Microsoft a publié vendredi soir un correctif exceptionnel pour Windows Server 2025 et 2022, à installer manuellement depuis le catalogue Microsoft Update."),
    ]),
    # ------------------------------------------------ Microsoft invests at Choose France (periphrasis only, interview with a quote as title)
    ("microsoft-choose-france", "fresh33", [
        ("lesechos.fr", "05-18 06:00", "Choose France : Microsoft va investir 4 milliards d'euros dans des datacenters en France",
         "Le groupe américain annonce la construction de deux nouveaux campus, dans la région lyonnaise et dans le Grand Est, dédiés à l'IA."),
        ("latribune.fr", "05-18 08:30", "Le géant de Redmond mise 4 milliards sur l’Hexagone",
         "L'éditeur de Windows profite du sommet de Versailles pour annoncer une extension massive de ses capacités cloud en France d'ici 2029."),
        ("lemagit.fr", "05-18 11:00", "Azure : Microsoft va doubler ses capacités en France",
         "Les nouvelles régions annoncées à l'occasion de Choose France s'accompagnent d'un programme de formation à l'IA pour un million de Français."),
        ("bfmtv.com", "05-19 07:15", "« La France sera notre premier hub IA en Europe », assure la présidente de Microsoft France",
         "Au lendemain de l'annonce d'un investissement de 4 milliards d'euros, la dirigeante détaille sur BFM Business le calendrier des futurs datacenters."),
    ]),
    # ------------------------------------------------ hospital ransomware #1 (actor renamed, regional angle, claim)
    ("ransomware-ch-vienne", "fresh33", [
        ("zdnet.fr", "05-18 13:00", "Le centre hospitalier de Vienne paralysé par un rançongiciel",
         "L'hôpital isérois a déclenché son plan blanc et basculé en mode dégradé après une cyberattaque survenue dans la nuit de dimanche à lundi."),
        ("lemagit.fr", "05-18 16:30", "Cyberattaque : le CH Lucien-Hussel déprogramme des opérations",
         "Frappé par un ransomware, l'établissement de Vienne a coupé ses liaisons informatiques avec l'extérieur et reporte les interventions non urgentes."),
        ("bfmtv.com", "05-19 08:00", "Isère : après une cyberattaque, un hôpital réoriente ses urgences vers Lyon",
         "Le centre hospitalier de Vienne, touché lundi par un logiciel de rançon, a dû transférer plusieurs patients vers les Hospices civils de Lyon."),
        ("lemagit.fr", "05-19 17:00", "Hôpital de Vienne : le groupe Qilin revendique l'attaque",
         "Le gang de ransomware a ajouté le centre hospitalier isérois à son site vitrine et affirme détenir 400 Go de données."),
    ]),
    # ------------------------------------------------ daily show: its own one-article event
    ("bfm-techco-0518", "fresh33", [
        ("bfmtv.com", "05-18 19:00", "Tech & Co, la quotidienne : Microsoft, 4 milliards pour la France ; un hôpital isérois attaqué",
         "Au sommaire de l'émission de ce lundi : l'annonce de Microsoft à Choose France, la cyberattaque contre l'hôpital de Vienne et l'arrivée d'iOS 26.5."),
    ]),
    # ------------------------------------------------ iOS 26.5 release (consumer angle)
    ("ios-26-5-release", "fresh33", [
        ("macg.co", "05-18 17:30", "iOS 26.5 est disponible",
         "Apple distribue la mise à jour avec le chiffrement de bout en bout des messages RCS, de nouveaux fonds d'écran et une trentaine de correctifs de sécurité."),
        ("igen.fr", "05-18 18:00", "iOS 26.5 : les nouveautés de la mise à jour",
         "RCS chiffrés avec Android, améliorations de Plans et de l'app Téléphone : tour d'horizon de la nouvelle version d'iOS."),
        ("01net.com", "05-19 07:00", "iPhone : ce qui change pour vous avec la dernière mise à jour",
         "Apple a lancé iOS 26.5 lundi soir ; voici les nouvelles fonctions à essayer et les modèles compatibles."),
        ("lesnumeriques.com", "05-19 09:30", "Apple déploie iOS 26.5 : messages RCS chiffrés et correctifs au menu",
         "La mise à jour, disponible pour tous les iPhone depuis l'iPhone 11, comble aussi plusieurs failles de WebKit."),
    ]),
    # ------------------------------------------------ Mistral AI funding rumour
    ("mistral-funding-talks", "fresh33", [
        ("lesechos.fr", "05-19 05:45", "Mistral AI en discussions pour lever 2 milliards d'euros",
         "La start-up française négocie avec plusieurs fonds américains et du Golfe un nouveau tour de table qui la valoriserait autour de 30 milliards, selon nos informations."),
        ("numerama.com", "05-19 10:00", "La pépite française de l’IA viserait une valorisation de 30 milliards",
         "Selon Les Echos, Mistral AI discute d'une levée d'environ deux milliards d'euros, huit mois après l'entrée d'ASML à son capital."),
        ("usine-digitale.fr", "05-19 15:20", "Mistral AI : une méga-levée en préparation",
         "Le champion tricolore de l'IA générative chercherait 2 Md€ pour financer ses capacités de calcul, d'après le quotidien économique."),
    ]),
    # ------------------------------------------------ Google I/O: Gemini model, told apart from the glasses
    ("google-io-gemini-35", "fresh33", [
        ("numerama.com", "05-19 19:00", "Google dévoile Gemini 3.5 Ultra à la conférence I/O",
         "Le nouveau modèle phare de Google promet des capacités de raisonnement et d'agent inédites, accessible d'abord aux abonnés AI Ultra aux États-Unis."),
        ("frandroid.com", "05-19 20:15", "Gemini 3.5 Ultra : Google sort l'artillerie lourde face à OpenAI",
         "Le géant de Mountain View a présenté mardi son modèle le plus puissant, capable d'agir dans Chrome et Gmail à la place de l'utilisateur."),
        ("01net.com", "05-20 08:00", "Gemini 3.5 Ultra : tout savoir sur le nouveau modèle d'IA de Google",
         "Performances, prix, disponibilité en France : ce qu'il faut retenir du modèle annoncé lors de la keynote d'ouverture de Google I/O."),
    ]),
    # ------------------------------------------------ Google I/O: Android XR glasses (hands-on)
    ("google-io-androidxr-glasses", "fresh33", [
        ("frandroid.com", "05-19 20:40", "Android XR : Google présente enfin ses lunettes connectées avec Samsung",
         "Les premières lunettes Android XR, conçues avec Samsung et Gentle Monster, seront commercialisées à l'automne avec Gemini intégré."),
        ("lesnumeriques.com", "05-20 10:00", "Prise en main des lunettes Android XR : l'IA au bout du nez",
         "Nous avons pu essayer à Mountain View les lunettes de Google et Samsung : affichage discret dans le verre droit, traduction en direct et navigation."),
        ("clubic.com", "05-20 12:30", "Google et Samsung lancent leurs lunettes IA pour concurrencer les Ray-Ban Meta",
         "Annoncées lors de Google I/O, les lunettes sous Android XR arriveront d'abord aux États-Unis et en Corée avant l'Europe."),
    ]),
    # ------------------------------------------------ keynote recap: its own one-article event
    ("google-io-recap", "fresh33", [
        ("frandroid.com", "05-20 07:00", "Google I/O 2026 : les 10 annonces à retenir",
         "Gemini 3.5 Ultra, lunettes Android XR, mode IA de Search étendu à l'Europe : le récapitulatif de la keynote de mardi."),
    ]),
    # ------------------------------------------------ hard negative: iOS 26.5 battery bug two days after its release
    ("ios-26-5-battery-bug", "fresh33", [
        ("macg.co", "05-20 10:15", "iOS 26.5 : des utilisateurs signalent une autonomie en chute libre",
         "Depuis la mise à jour, de nombreux propriétaires d'iPhone 17 constatent une décharge anormale de la batterie, liée selon eux à l'indexation de Spotlight."),
        ("igen.fr", "05-20 14:40", "Batterie : Apple enquête sur un bug d’iOS 26.5",
         "Le constructeur reconnaît auprès de plusieurs clients un problème de consommation et prépare une mise à jour corrective."),
        ("clubic.com", "05-21 08:00", "Votre iPhone se décharge trop vite depuis la dernière mise à jour ? Vous n’êtes pas seul",
         "Apple a reconnu un problème d'autonomie lié à iOS 26.5 et promet un correctif dans les prochains jours."),
    ]),
    # ------------------------------------------------ deals post: its own one-article event
    ("lesnumeriques-deals-0520", "fresh33", [
        ("lesnumeriques.com", "05-20 07:30", "Les bons plans du jour : iPhone 17, Galaxy S26 et Pixel 10a en promotion",
         "Notre sélection des meilleures offres de ce mercredi 20 mai, avec des réductions sur les smartphones et les casques à réduction de bruit."),
    ]),
    # ------------------------------------------------ hard negative: Mistral AI acquisition two days after the funding rumour
    ("mistral-acquires-tensoria", "fresh33", [
        ("usine-digitale.fr", "05-21 09:30", "Mistral AI s'empare de Tensoria pour accélérer sur l'inférence",
         "La start-up française rachète la jeune pousse parisienne spécialisée dans l'optimisation des modèles sur GPU, pour un montant non communiqué."),
        ("journaldunet.com", "05-21 13:00", "Le champion tricolore de l'IA générative s'offre une équipe de 25 ingénieurs",
         "Mistral AI met la main sur Tensoria, dont la technologie de compilation doit réduire le coût de service de ses modèles."),
        ("lemondeinformatique.fr", "05-21 16:45", "Mistral AI acquiert Tensoria, spécialiste de l'optimisation GPU",
         "L'opération intervient alors que la start-up négocierait par ailleurs une levée de fonds géante, selon la presse."),
    ]),
    # ------------------------------------------------ hard negative: second hospital ransomware three days later
    ("ransomware-ch-albi", "fresh33", [
        ("zdnet.fr", "05-21 11:00", "Nouvelle cyberattaque contre un hôpital, à Albi cette fois",
         "Trois jours après Vienne, le centre hospitalier d'Albi a été visé par un rançongiciel qui a chiffré une partie de ses serveurs dans la nuit de mercredi à jeudi."),
        ("lemondeinformatique.fr", "05-21 15:00", "Le CH d'Albi touché par un ransomware",
         "L'établissement tarnais a activé sa cellule de crise et travaille avec l'ANSSI et le CERT Santé pour restaurer ses systèmes."),
        ("numerama.com", "05-22 08:30", "Tarn : l’hôpital d’Albi fonctionne au papier après une attaque informatique",
         "Dossiers patients, prescriptions, imagerie : les soignants du centre hospitalier reviennent aux procédures manuelles depuis jeudi."),
    ]),
    # ------------------------------------------------ weekly roundups: each its own one-article event
    ("zdnet-cyber-week-0522", "fresh33", [
        ("zdnet.fr", "05-22 17:00", "Cybersécurité : les 5 infos de la semaine",
         "Rançongiciels contre les hôpitaux de Vienne et d'Albi, faille critique dans des pare-feu Fortinet, revendication de Qilin : le récap de la semaine."),
    ]),
    ("frandroid-recap-0523", "fresh33", [
        ("frandroid.com", "05-23 09:00", "Google I/O, iOS 26.5, lunettes Android XR : le récap de la semaine",
         "Gemini 3.5 Ultra, les lunettes de Google et Samsung, la batterie capricieuse des iPhone : voici les actus tech qui ont marqué la semaine."),
    ]),
    # ------------------------------------------------ France Travail data leak (consumer angle, digits vs words)
    ("france-travail-leak", "fresh33", [
        ("numerama.com", "05-26 09:00", "France Travail : une nouvelle fuite de données touche 1,2 million de demandeurs d'emploi",
         "Les identifiants d'un conseiller d'un organisme partenaire ont permis d'exfiltrer noms, adresses et numéros de sécurité sociale, a reconnu l'opérateur public."),
        ("01net.com", "05-26 12:00", "Fuite chez France Travail : comment savoir si vous êtes concerné",
         "Les personnes touchées doivent recevoir un courriel ; voici les arnaques à surveiller dans les prochaines semaines."),
        ("zdnet.fr", "05-26 16:40", "Plus d'un million de dossiers de demandeurs d'emploi dérobés via un compte partenaire",
         "L'ex-Pôle emploi a déposé plainte et notifié la CNIL après l'utilisation frauduleuse d'un accès au portail Kairos."),
    ]),
    # ------------------------------------------------ SFR sale: exclusive talks (periphrasis, consumer angle)
    ("sfr-exclusive-talks", "fresh33", [
        ("lesechos.fr", "05-26 06:30", "SFR : Altice entre en négociations exclusives avec Bouygues, Free et Orange",
         "Le groupe de Patrick Drahi a accepté l'offre améliorée du trio d'opérateurs, qui valorise l'opérateur au carré rouge autour de 20 milliards d'euros."),
        ("latribune.fr", "05-26 08:00", "Vente de SFR : Patrick Drahi dit oui au trio d’opérateurs",
         "Après des mois de tractations, Altice France accorde l'exclusivité à Bouygues Telecom, Iliad et Orange pour le démantèlement de sa filiale."),
        ("bfmtv.com", "05-26 10:45", "Démantèlement de SFR : ce qui va changer pour les abonnés",
         "Clients mobiles répartis entre trois opérateurs, box, réseau : les premières réponses après l'entrée en négociations exclusives."),
        ("frandroid.com", "05-26 14:00", "L'opérateur au carré rouge bientôt découpé en trois",
         "Bouygues Telecom, Free et Orange obtiennent l'exclusivité pour racheter SFR ; l'opération devra passer devant l'Autorité de la concurrence."),
    ]),
    # ------------------------------------------------ Dust series B (digits vs words)
    ("dust-series-b", "fresh33", [
        ("lesechos.fr", "05-27 06:00", "Dust, la start-up qui fait travailler les agents IA avec les salariés, lève 60 millions",
         "La jeune pousse parisienne fondée par d'anciens d'OpenAI et de Stripe boucle une série B de 60 millions de dollars menée par Sequoia."),
        ("usine-digitale.fr", "05-27 07:00", "Dust lève 60 millions de dollars pour ses agents IA en entreprise",
         "La start-up revendique plus de 2 000 entreprises clientes et compte doubler ses effectifs d'ici la fin de l'année."),
        ("journaldunet.com", "05-27 10:00", "Agents IA : la française Dust boucle une série B d’une soixantaine de millions de dollars",
         "Le tour de table doit financer l'expansion américaine de la plateforme, qui connecte les modèles de langage aux outils internes des entreprises."),
    ]),
    # ------------------------------------------------ Nvidia earnings (English term, periphrasis)
    ("nvidia-q1-earnings", "fresh33", [
        ("lesechos.fr", "05-27 21:45", "Nvidia pulvérise encore les attentes grâce à l'IA",
         "Le concepteur de puces a publié un chiffre d'affaires trimestriel de 76,3 milliards de dollars, porté par la demande des hyperscalers pour ses GPU Blackwell."),
        ("zdnet.fr", "05-28 08:00", "Earnings : Nvidia dépasse les 75 milliards de dollars de revenus trimestriels",
         "Le fabricant californien relève ses prévisions pour le trimestre en cours, malgré les restrictions à l'export vers la Chine."),
        ("bfmtv.com", "05-28 09:30", "Le roi des puces IA publie des résultats record, Wall Street reste prudente",
         "Malgré un chiffre d'affaires en hausse de 70 % sur un an, l'action Nvidia recule dans les échanges d'après-Bourse."),
    ]),
    # ------------------------------------------------ Pasqal funding (another startup, next day)
    ("pasqal-series-c", "fresh33", [
        ("lesechos.fr", "05-28 06:00", "Quantique : Pasqal lève 200 millions d'euros",
         "Le spécialiste francilien des ordinateurs quantiques à atomes neutres boucle une série C emmenée par Bpifrance et un fonds souverain saoudien."),
        ("usine-digitale.fr", "05-28 11:00", "Pasqal réunit 200 M€ pour industrialiser ses processeurs quantiques",
         "La start-up de Massy veut construire une usine de production de ses machines et atteindre 10 000 qubits d'ici 2028."),
    ]),
    # ------------------------------------------------ hard negative: SFR outage two days after the sale news
    ("sfr-mobile-outage", "fresh33", [
        ("frandroid.com", "05-28 09:00", "Panne SFR : le réseau mobile inaccessible dans toute la France",
         "Depuis 7 heures, des milliers d'abonnés ne peuvent ni appeler ni utiliser les données mobiles, selon DownDetector."),
        ("bfmtv.com", "05-28 13:30", "Panne géante chez SFR : l'opérateur évoque un incident sur son cœur de réseau",
         "Deux jours après l'annonce de négociations exclusives pour sa vente, l'opérateur au carré rouge a subi une coupure de plusieurs heures."),
    ]),
    # ------------------------------------------------ Cour des comptes on State cloud (periphrasis)
    ("cour-des-comptes-cloud", "fresh33", [
        ("next.ink", "05-29 10:00", "Cloud de l'État : la Cour des comptes pointe retards et surcoûts",
         "Dans un rapport publié vendredi, les magistrats financiers jugent que la doctrine « cloud au centre » peine à se traduire, faute d'offres qualifiées SecNumCloud suffisantes."),
        ("lemagit.fr", "05-29 14:30", "SecNumCloud, Nubo, Pi : le rapport sévère de la Cour des comptes",
         "Les clouds internes des ministères restent sous-utilisés et leur coût complet est mal connu, selon le rapport consacré à la stratégie cloud de l'État."),
        ("silicon.fr", "05-30 09:00", "« Cloud au centre » : les sages de la rue Cambon réclament un pilote unique",
         "Le rapport publié vendredi recommande de confier à la DINUM l'arbitrage des choix d'hébergement des ministères."),
    ]),
    # ================================================ July 2026
    # ------------------------------------------------ Nothing Phone (4) launch (periphrasis, hands-on)
    ("nothing-phone-4-launch", "fresh33", [
        ("frandroid.com", "07-01 16:00", "Nothing Phone (4) officiel : prix, fiche technique et date de sortie",
         "Carl Pei a dévoilé mercredi à Londres le nouveau smartphone de la marque, avec une interface Glyph repensée et un Snapdragon 8s Gen 5, à partir de 699 euros."),
        ("lesnumeriques.com", "07-01 16:30", "Nothing lance le Phone (4) à 699 €",
         "Le nouveau modèle sera disponible en France le 15 juillet, en noir et en blanc, avec 12 Go de mémoire vive."),
        ("01net.com", "07-01 18:00", "Le nouveau smartphone de Carl Pei abandonne la matrice Glyph",
         "Avec le Phone (4), Nothing remplace sa matrice de LED par un bandeau lumineux et promet sept ans de mises à jour."),
        ("clubic.com", "07-02 10:00", "Test du Nothing Phone (4) : nos premières impressions",
         "Design, écran, photo : nous avons passé 24 heures avec le dernier smartphone de la marque londonienne."),
    ]),
    # ------------------------------------------------ the State rolls out Visio (consumer angle)
    ("dinum-visio-rollout", "fresh33", [
        ("next.ink", "07-02 09:00", "L'État généralise Visio et programme la fin de Teams et Zoom dans les ministères",
         "La DINUM annonce que sa solution de visioconférence souveraine, basée sur LiveKit, devient l'outil par défaut de tous les agents publics d'ici la fin de 2026."),
        ("lemondeinformatique.fr", "07-02 13:00", "Visioconférence : la DINUM impose son outil maison à l'administration",
         "La circulaire du Premier ministre fixe au 31 décembre l'abandon des licences Teams et Zoom dans les services de l'État."),
        ("numerama.com", "07-03 08:00", "Adieu Teams : les fonctionnaires passent à une visio « made in France »",
         "Ce que change pour les agents le passage à Visio, l'outil développé par la direction interministérielle du numérique."),
    ]),
    # ------------------------------------------------ deals post: its own one-article event
    ("clubic-soldes-0703", "fresh33", [
        ("clubic.com", "07-03 08:00", "Soldes d'été : les meilleures offres tech du jour",
         "PC portables, téléviseurs OLED, Nothing Phone (3) et aspirateurs robots : notre sélection des promos à saisir ce vendredi."),
    ]),
    # ------------------------------------------------ hard negative: Nothing Phone (4) screen defect five days after launch
    ("nothing-phone-4-screen-defect", "fresh33", [
        ("frandroid.com", "07-06 11:00", "Nothing Phone (4) : des premiers acheteurs se plaignent d'une ligne verte sur l'écran",
         "Plusieurs possesseurs du smartphone, livré en précommande, signalent une ligne verticale qui apparaît après quelques heures d'utilisation."),
        ("01net.com", "07-06 15:30", "Écran défectueux sur le Phone (4) : Nothing promet un échange",
         "La marque de Carl Pei reconnaît un défaut sur un lot de dalles et proposera un remplacement gratuit aux clients concernés."),
    ]),
    # ------------------------------------------------ Free launches a new box (periphrasis, consumer angle)
    ("freebox-pop-2", "fresh33", [
        ("frandroid.com", "07-07 09:30", "Free lance une nouvelle Freebox Pop avec Wi-Fi 7 à 39,99 €",
         "L'opérateur renouvelle son offre intermédiaire avec un boîtier compatible Wi-Fi 7 et un débit de 8 Gbit/s partagés."),
        ("lesnumeriques.com", "07-07 11:00", "Freebox Pop 2 : tout ce qu'il faut savoir sur la nouvelle box de Free",
         "Prix, débits, player, engagement : les caractéristiques de la nouvelle offre présentée mardi par Iliad."),
        ("01net.com", "07-07 14:00", "Nouvelle box chez Iliad : ce qui change pour les abonnés actuels",
         "Les clients de la Freebox Pop pourront migrer vers la nouvelle version sans frais, mais leur forfait augmentera de 5 euros."),
    ]),
    # ------------------------------------------------ AWS Paris region outage (alias, periphrasis)
    ("aws-eu-west-3-outage", "fresh33", [
        ("lemagit.fr", "07-07 08:30", "AWS : panne dans la région de Paris",
         "La région eu-west-3 d'Amazon Web Services a connu lundi soir une dégradation de service affectant EC2 et RDS pendant environ trois heures."),
        ("silicon.fr", "07-07 10:00", "Amazon Web Services : la région eu-west-3 perturbée pendant trois heures",
         "Le fournisseur évoque un problème d'alimentation dans une zone de disponibilité, qui a entraîné des erreurs de lancement d'instances."),
        ("zdnet.fr", "07-07 14:00", "Incident chez le numéro un du cloud : des sites français hors ligne lundi soir",
         "Plusieurs e-commerçants et médias hébergés par AWS à Paris ont été inaccessibles entre 19 h et 22 h."),
    ]),
    # ------------------------------------------------ OVHcloud quarterly revenue
    ("ovhcloud-q3-revenue", "fresh33", [
        ("lemagit.fr", "07-08 18:00", "OVHcloud : croissance de 9 % au troisième trimestre",
         "L'hébergeur roubaisien publie un chiffre d'affaires de 287 millions d'euros, tiré par le cloud public, et confirme ses objectifs annuels."),
        ("lesechos.fr", "07-09 07:00", "Le champion français du cloud rassure sur sa croissance",
         "OVHcloud maintient sa prévision de croissance organique pour l'exercice et voit sa marge se redresser grâce aux offres Public Cloud."),
    ]),
    # ------------------------------------------------ Samsung Unpacked: Galaxy Z Fold8 (hands-on, periphrasis)
    ("samsung-galaxy-z-fold8", "fresh33", [
        ("frandroid.com", "07-08 15:10", "Galaxy Z Fold8 officiel : plus fin, plus léger, et toujours plus cher",
         "Samsung a présenté à New York son nouveau smartphone pliant, épais de 8 mm une fois fermé, vendu 2 099 euros."),
        ("lesnumeriques.com", "07-08 15:30", "Samsung Galaxy Z Fold8 : prix, date de sortie et fiche technique",
         "Le pliant phare du coréen sera disponible le 24 juillet avec un Snapdragon 8 Elite Gen 5 et un capteur photo de 200 Mpx."),
        ("01net.com", "07-08 17:00", "Prise en main du Galaxy Z Fold8 : le pliant qui se fait oublier",
         "Nous avons eu le nouveau Fold entre les mains quelques heures avant l'Unpacked : un poids de 209 g qui change tout."),
        ("clubic.com", "07-09 09:00", "Le nouveau pliant de Samsung coûte plus de 2 000 euros : est-ce justifié ?",
         "Le Galaxy Z Fold8 augmente encore son prix de lancement ; nous comparons ses caractéristiques avec celles du Fold7."),
    ]),
    # ------------------------------------------------ Samsung Unpacked: Galaxy Watch9, covered separately
    ("samsung-galaxy-watch9", "fresh33", [
        ("frandroid.com", "07-08 15:40", "Galaxy Watch9 : Samsung mise sur l'IA et le suivi du sommeil",
         "La nouvelle montre connectée intègre Gemini et un capteur de température revu, à partir de 349 euros."),
        ("lesnumeriques.com", "07-08 18:00", "Galaxy Watch9 et Watch9 Classic : Samsung renouvelle ses montres",
         "Les deux modèles présentés à New York gagnent un écran plus lumineux et une autonomie annoncée de 60 heures."),
    ]),
    # ------------------------------------------------ CNIL recommendations on AI training
    ("cnil-ia-scraping", "fresh33", [
        ("next.ink", "07-09 10:00", "Moissonnage : la CNIL fixe ses règles pour l'entraînement des IA sur le web",
         "Le régulateur publie ses recommandations définitives sur l'intérêt légitime et le web scraping, avec une liste de sites à exclure par défaut."),
        ("lemagit.fr", "07-09 15:00", "IA générative : le gendarme des données publie ses recommandations finales",
         "La CNIL précise les garanties attendues des développeurs de modèles qui collectent des données personnelles en ligne."),
    ]),
    # ------------------------------------------------ hard negative: OVHcloud incident two days after its results
    ("ovhcloud-gravelines-power", "fresh33", [
        ("lemagit.fr", "07-10 12:00", "OVHcloud : incident électrique à Gravelines",
         "Une coupure d'alimentation sur un des bâtiments du site nordiste a rendu indisponibles des serveurs dédiés et des instances Public Cloud pendant plusieurs heures vendredi."),
        ("next.ink", "07-10 17:00", "Panne chez OVHcloud : des milliers de serveurs privés de courant à Gravelines",
         "Deux jours après la publication de chiffres trimestriels rassurants, l'hébergeur a dû gérer une coupure électrique sur son site du Nord."),
    ]),
    # ------------------------------------------------ weekly recap: its own one-article event
    ("frandroid-recap-0711", "fresh33", [
        ("frandroid.com", "07-11 09:00", "Galaxy Z Fold8, Watch9, Freebox Pop 2 : le récap de la semaine",
         "Les annonces de l'Unpacked, la nouvelle box de Free et l'écran capricieux du Nothing Phone (4) : les actus tech à retenir."),
    ]),
    # ------------------------------------------------ ransomware at a département
    ("ransomware-cd-cher", "fresh33", [
        ("zdnet.fr", "07-13 12:00", "Le conseil départemental du Cher victime d'une cyberattaque",
         "Les services du département, à Bourges, fonctionnent en mode dégradé depuis samedi après le chiffrement de plusieurs serveurs par un rançongiciel."),
        ("lemagit.fr", "07-13 17:30", "Ransomware : le département du Cher coupe son réseau",
         "La collectivité a isolé son système d'information et suspendu le versement de certaines aides le temps de l'analyse."),
    ]),
    # ------------------------------------------------ Patch Tuesday of July
    ("patch-tuesday-july", "fresh33", [
        ("lemagit.fr", "07-14 19:00", "Patch Tuesday de juillet : 130 vulnérabilités corrigées",
         "Microsoft publie l'une de ses plus grosses livraisons de l'année, dont un zero-day dans Hyper-V déjà exploité."),
        ("zdnet.fr", "07-15 07:30", "Windows : une faille zero-day d'Hyper-V corrigée en urgence ce mois-ci",
         "Le lot de correctifs de juillet comble cent trente failles, dont une permettant de s'échapper d'une machine virtuelle."),
    ]),
    # ------------------------------------------------ deals posts: each its own one-article event
    ("lesnumeriques-primeday-0715", "fresh33", [
        ("lesnumeriques.com", "07-15 07:30", "Prime Day 2026 : les meilleures offres sur les smartphones",
         "Galaxy S26, Pixel 10, iPhone 17 : notre sélection des vraies bonnes affaires du premier jour des soldes d'Amazon."),
    ]),
    ("01net-primeday-0716", "fresh33", [
        ("01net.com", "07-16 07:00", "Prime Day : dernier jour, les promos tech à ne pas rater",
         "Casques, SSD, téléviseurs et Kindle : les offres qui valent encore le coup avant la fin de l'opération ce soir."),
    ]),
    # ------------------------------------------------ Mistral Small 4 (periphrasis, English terms, test)
    ("mistral-small-4", "fresh33", [
        ("usine-digitale.fr", "07-15 10:00", "Mistral AI dévoile Mistral Small 4, son modèle compact multimodal",
         "La start-up française revendique des performances proches des grands modèles pour un coût d'inférence huit fois inférieur."),
        ("numerama.com", "07-15 14:00", "La pépite française de l’IA sort un nouveau modèle en open weights",
         "Mistral Small 4, publié sous licence Apache 2.0, comprend le texte et l'image et tient sur une seule carte graphique."),
        ("lemondeinformatique.fr", "07-16 08:30", "Mistral Small 4 : un LLM ouvert pour les déploiements on-premise",
         "Avec 24 milliards de paramètres, le nouveau modèle de Mistral AI vise les entreprises qui veulent garder leurs données en interne."),
        ("next.ink", "07-16 11:00", "On a testé Mistral Small 4 sur un simple GPU",
         "Vitesse de génération, qualité en français, appels d'outils : nos premiers essais du modèle publié mercredi par Mistral."),
    ]),
    # ------------------------------------------------ ruling #1 about Apple: ATT appeal in Paris (periphrasis)
    ("apple-att-appeal", "fresh33", [
        ("lemondeinformatique.fr", "07-16 11:00", "ATT : la cour d'appel de Paris confirme l'amende de 150 millions d'euros infligée à Apple",
         "Les juges valident la décision de l'Autorité de la concurrence de 2025 sur le dispositif App Tracking Transparency, jugé discriminatoire envers les développeurs tiers."),
        ("macg.co", "07-16 13:00", "App Tracking Transparency : Apple perd en appel en France",
         "La cour d'appel rejette les arguments de Cupertino, qui défendait l'outil comme une protection de la vie privée."),
        ("01net.com", "07-16 16:00", "150 M€ d'amende confirmés : la justice française donne tort à la firme de Cupertino",
         "La fenêtre de consentement au pistage des iPhone restait plus contraignante pour les applications tierces que pour celles du constructeur."),
    ]),
    # ------------------------------------------------ one-article newsletter and weekly roundup
    ("jdn-newsletter-ia-0717", "fresh33", [
        ("journaldunet.com", "07-17 08:00", "La newsletter IA du JDN : Mistral Small 4, les règles de la CNIL et la course aux GPU",
         "Chaque vendredi, l'essentiel de l'intelligence artificielle pour les entreprises : modèles, régulation, outils et levées de fonds."),
    ]),
    ("zdnet-cyber-week-0717", "fresh33", [
        ("zdnet.fr", "07-17 17:00", "Cybersécurité : l'essentiel de la semaine",
         "Rançongiciel contre le département du Cher, Patch Tuesday de juillet, fuite chez un courtier en assurance : les cinq infos à retenir."),
    ]),
    # ------------------------------------------------ fine #1 on Google: DMA, Brussels (periphrasis)
    ("google-dma-fine", "fresh33", [
        ("latribune.fr", "07-21 12:00", "Auto-préférence : la Commission européenne inflige 1,8 milliard d'euros à Alphabet",
         "Première sanction au titre du DMA pour Google, accusé de favoriser ses propres services de comparaison dans les résultats de recherche."),
        ("next.ink", "07-21 15:00", "Première amende DMA pour Google : 1,8 milliard d'euros",
         "Bruxelles estime que le moteur de recherche n'a pas mis fin à l'auto-préférence de Google Shopping, Hôtels et Vols malgré ses engagements."),
        ("zdnet.fr", "07-22 08:00", "Le moteur de recherche favorisait ses propres services : Alphabet sanctionné par Bruxelles",
         "La Commission donne soixante jours au groupe de Mountain View pour se mettre en conformité, sous peine d'astreintes."),
    ]),
    # ------------------------------------------------ one-article daily brief
    ("next-brief-0722", "fresh33", [
        ("next.ink", "07-22 06:00", "#LeBrief : amende DMA pour Google, Galaxy Z Fold8 en rayon, Visio dans les ministères",
         "Au menu de ce mercredi : la sanction de Bruxelles contre Alphabet, l'arrivée en magasin du pliant de Samsung et le déploiement de l'outil de la DINUM."),
    ]),
    # ------------------------------------------------ ruling #2 about Apple, a week later: DMA at the General Court
    ("apple-dma-general-court", "fresh33", [
        ("next.ink", "07-22 10:30", "DMA : le Tribunal de l'UE valide l'amende de 500 millions d'euros contre Apple",
         "Les juges de Luxembourg rejettent le recours de la firme contre la sanction de la Commission pour ses règles anti-steering sur l'App Store."),
        ("macg.co", "07-22 12:00", "Anti-steering : Apple déboutée par le Tribunal de l’Union européenne",
         "Cupertino devra bien payer l'amende de 500 M€ infligée en 2025 ; la firme annonce un pourvoi devant la Cour de justice."),
        ("lesechos.fr", "07-22 15:00", "Bruxelles remporte une manche face à Apple devant la justice européenne",
         "Le Tribunal de l'Union confirme que le fabricant de l'iPhone empêchait les développeurs d'orienter leurs clients vers des offres moins chères."),
    ]),
    # ------------------------------------------------ fine #2 on Google, two days later, by another regulator
    ("google-adlc-neighbouring-rights", "fresh33", [
        ("lesechos.fr", "07-23 07:00", "Droits voisins : l'Autorité de la concurrence sanctionne à nouveau Google",
         "Le gendarme de la concurrence inflige 320 millions d'euros au groupe pour ne pas avoir respecté ses engagements envers les éditeurs de presse, notamment avec Gemini."),
        ("lemondeinformatique.fr", "07-23 13:00", "Presse et IA : Google condamné à 320 M€ par l'Autorité de la concurrence",
         "L'Autorité reproche au moteur de recherche d'avoir entraîné son IA sur des contenus de presse sans en informer les éditeurs."),
        ("numerama.com", "07-23 17:00", "Deux jours après Bruxelles, Paris frappe Google au portefeuille",
         "Cette fois, c'est l'Autorité de la concurrence qui sanctionne le géant américain, pour des manquements sur les droits voisins des éditeurs de presse."),
    ]),
    # ------------------------------------------------ Ariane 64 launches Amazon Leo (Kuiper) satellites (names differ, explainer)
    ("ariane64-amazon-leo", "fresh33", [
        ("latribune.fr", "07-24 03:00", "Ariane 64 met en orbite un nouveau lot de satellites Kuiper",
         "La version à quatre propulseurs d'appoint du lanceur européen a emporté 32 satellites de la constellation d'Amazon depuis Kourou dans la nuit de jeudi à vendredi."),
        ("numerama.com", "07-24 08:00", "Amazon Leo : Ariane 6 lance une nouvelle fournée de satellites",
         "Trente-deux satellites de la constellation d'internet spatial d'Amazon ont été placés en orbite basse par le lanceur européen."),
        ("lesechos.fr", "07-24 09:00", "Ariane 6 dans sa version la plus puissante réussit sa mission pour Amazon",
         "Le vol de la nuit dernière conforte le contrat signé par Arianespace avec le géant du commerce en ligne pour déployer sa constellation."),
        ("usine-digitale.fr", "07-24 14:00", "Quatre boosters, 32 satellites : ce que change le lanceur lourd européen pour Amazon",
         "Avec Ariane 64, Arianespace peut emporter plus de 20 tonnes en orbite basse ; explications sur une mission clé pour le concurrent de Starlink."),
    ]),
    # ------------------------------------------------ Capgemini half-year results (periphrasis)
    ("capgemini-h1-results", "fresh33", [
        ("lesechos.fr", "07-28 06:30", "Capgemini abaisse ses objectifs après un premier semestre décevant",
         "Le groupe de services informatiques prévoit désormais une croissance à taux constants comprise entre -1 % et 0 % pour l'année."),
        ("lemondeinformatique.fr", "07-28 10:00", "Capgemini : chiffre d'affaires semestriel en recul de 1,5 % à taux de change constants",
         "L'ESN publie 11 milliards d'euros de revenus sur six mois, pénalisée par le ralentissement des projets de conseil en Europe."),
        ("channelnews.fr", "07-28 14:00", "Le numéro un français des ESN pénalisé par la faiblesse du conseil",
         "Capgemini voit sa marge opérationnelle se tasser au premier semestre malgré la montée en puissance de ses offres d'IA générative."),
    ]),
    # ------------------------------------------------ hard negative: Capgemini job cuts two days after its results
    ("capgemini-rcc", "fresh33", [
        ("linforme.com", "07-30 06:00", "Capgemini prépare le départ de 2 000 salariés en France",
         "Selon nos informations, l'ESN va proposer aux syndicats une rupture conventionnelle collective visant principalement ses activités de conseil et d'ingénierie."),
        ("lemagit.fr", "07-30 11:00", "Capgemini : une RCC de 2 000 postes, selon L’Informé",
         "Le groupe confirme vouloir « adapter ses effectifs » en France et ouvrir des négociations dès la rentrée."),
        ("silicon.fr", "07-30 15:00", "Deux jours après ses résultats, Capgemini lance un plan de départs volontaires",
         "L'ESN parisienne envisage de se séparer de 2 000 collaborateurs dans l'Hexagone, sans licenciement contraint."),
        ("channelnews.fr", "07-31 08:00", "Capgemini : deux mille départs volontaires, les syndicats dénoncent",
         "La CFDT et la CGT jugent le plan injustifié au regard de la rentabilité du groupe et appellent à la mobilisation."),
    ]),
    # ------------------------------------------------ one-article daily show
    ("bfm-techco-0730", "fresh33", [
        ("bfmtv.com", "07-30 19:00", "Tech & Co, la quotidienne : Capgemini taille dans ses effectifs, les lunettes IA arrivent",
         "Au sommaire ce jeudi : le plan de départs chez Capgemini, les lunettes Android XR en précommande et le bilan de Visio dans les ministères."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
