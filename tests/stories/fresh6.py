"""A sixth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12,
to be measured once. Same format as `labelled.py`; every event's half is "fresh6".
Each event is one real-world happening: articles of one event are the same story (a follow-up
one or two days later included), every other pair is not. Some multi-article events are told
in near-identical titles, most are reworded (synonyms, digits and words, another angle, an
English word, "selon L'Informé"), a few in very different words (a periphrasis for the firm,
a consumer angle, a quote as title).
Hard negatives are look-alikes on purpose: one firm with two events days apart, the same kind
of event at two firms the same day, one vendor's two vulnerabilities in one week, two versions
of one product, two product lines of one brand, and recurring formats (weekly roundups, daily
digests, a podcast) that must merge with nothing.
`build` fixes the year 2026: times are UTC, December 2026 ("12-01" to "12-28"); no other set
uses December.

Measured once, on this stop's code after fresh5's lessons: precision 0.976, recall 0.471 (the
previous stop's code: 0.889, 0.276). Its one wrong merge led to a roundup phrase ("La semaine
de la sécurité"); its misses read, to "Noël", "les Français" and "Appli" being no names, and to
"OVH" naming "OVHcloud" as a shared name. Since then it is not held out.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Fortinet: two flaws in one week
    ("fortinet-fortios-sslvpn-cve", "fresh6", [
        ("lemagit.fr", "12-01 08:40", "Fortinet : une faille critique de FortiOS déjà exploitée, les VPN SSL en première ligne",
         "L'équipementier a publié en urgence un correctif pour la vulnérabilité CVE-2026-58112, un débordement de tas dans le portail VPN SSL de FortiOS qui permet d'exécuter du code à distance sans authentification."),
        ("zdnet.fr", "12-01 15:10", "CVE-2026-58112 : le CERT-FR appelle à patcher les pare-feu Fortinet sans attendre",
         "Des attaques visant des pare-feu FortiGate exposés sur Internet ont été observées depuis le week-end. L'agence recommande d'appliquer les mises à jour ou, à défaut, de désactiver l'interface VPN SSL."),
    ]),
    ("fortinet-fortiweb-auth-bypass", "fresh6", [
        ("lemondeinformatique.fr", "12-04 09:25", "Nouvelle alerte chez Fortinet, FortiWeb cette fois",
         "Trois jours après le correctif de FortiOS, le fournisseur signale un contournement d'authentification dans son pare-feu applicatif web, noté 9,4 sur 10, qui donne un accès administrateur à la console."),
        ("silicon.fr", "12-04 13:50", "Pare-feu applicatif : une brèche critique dans FortiWeb permet de prendre la main à distance",
         "La vulnérabilité CVE-2026-60417 touche les versions 7.4 à 8.0 du WAF. Aucune exploitation active n'est signalée pour l'instant, mais un code de démonstration circule déjà sur GitHub."),
    ]),
    # ------------------------------------------------ Free: a new box, then a mobile plan
    ("free-freebox-nova-launch", "fresh6", [
        ("frandroid.com", "12-01 10:00", "Free lance la Freebox Nova : Wi-Fi 7, 8 Gbit/s et un boîtier TV sous Android",
         "Xavier Niel a présenté ce mardi la nouvelle box d'Iliad, vendue 44,99 € par mois la première année. Elle remplace la Freebox Delta et intègre un répéteur Wi-Fi 7 dans l'offre."),
        ("01net.com", "12-01 11:35", "Freebox Nova : prix, débits, services inclus, tout savoir sur la nouvelle box de Free",
         "Fibre jusqu'à 8 Gbit/s symétriques, Netflix et Disney+ inclus, stockage de 1 To : voici ce que propose la nouvelle offre haut de gamme de l'opérateur et ce qu'elle coûte après douze mois."),
        ("lesechos.fr", "12-02 06:15", "Iliad mise sur une box premium pour reconquérir les abonnés fibre",
         "Face à la concurrence de Bouygues Telecom sur le fixe, le groupe de Xavier Niel lance un boîtier plus cher et plus riche en contenus, avec l'objectif de relever son revenu moyen par abonné."),
    ]),
    ("free-mobile-5g-plan", "fresh6", [
        ("frandroid.com", "12-09 08:30", "Free Mobile dégaine un forfait 5G de 350 Go à 12,99 € par mois",
         "L'opérateur lance une série limitée disponible jusqu'au 5 janvier, sans engagement et sans hausse de prix au bout d'un an. Les appels depuis l'Europe et 35 Go de roaming sont inclus."),
        ("clubic.com", "12-09 14:00", "Forfait mobile pas cher : la promo de Noël de Free qui bouscule Sosh et RED",
         "Moins de 13 euros pour 350 gigaoctets de données en 5G : l'offre temporaire de l'opérateur de Xavier Niel vient concurrencer frontalement les marques low cost d'Orange et de SFR."),
    ]),
    # ------------------------------------------------ Worldline: a profit warning, then job cuts
    ("worldline-profit-warning", "fresh6", [
        ("lesechos.fr", "12-02 06:45", "Worldline abaisse encore ses objectifs, l'action s'effondre",
         "Le spécialiste des paiements ne table plus que sur une croissance organique nulle en 2026 et réduit sa prévision de flux de trésorerie disponible. Le titre perd plus de 20 % à l'ouverture."),
        ("bfmtv.com", "12-02 10:20", "Nouvel avertissement sur résultats : le titre du champion français des terminaux de paiement dégringole",
         "Pénalisé par le ralentissement du commerce en Allemagne et la perte de clients marchands, le groupe coté au SBF 120 signe sa pire séance depuis un an à la Bourse de Paris."),
    ]),
    ("worldline-job-cuts", "fresh6", [
        ("linforme.com", "12-04 06:00", "Worldline prépare la suppression de 650 postes, dont 200 en France",
         "Selon nos informations, la direction du groupe de paiements présentera lundi aux représentants du personnel un plan de réduction des effectifs touchant surtout les fonctions support et l'informatique."),
        ("lemondeinformatique.fr", "12-04 09:40", "Worldline va supprimer 650 emplois, selon L'Informé",
         "Deux jours après avoir révisé ses objectifs annuels, l'entreprise prévoirait un plan de départs dont environ 200 en France, principalement sur les sites de Bezons et de Seclin."),
        ("latribune.fr", "12-04 12:15", "Paiements : Worldline confirme un plan social et vise 150 millions d'euros d'économies",
         "Le groupe a confirmé vendredi un projet de réorganisation mondiale. Les syndicats dénoncent une « saignée » et réclament des garanties sur les postes basés en France."),
        ("usine-digitale.fr", "12-05 08:30", "Restructuration chez Worldline : les syndicats montent au créneau",
         "La CFDT et la CGT du groupe de paiements demandent l'ouverture d'une négociation sur des départs volontaires uniquement, et l'intervention de Bercy, actionnaire indirect via Bpifrance."),
    ]),
    # ------------------------------------------------ Capgemini: two acquisitions in two weeks
    ("capgemini-buys-datalytix", "fresh6", [
        ("lesechos.fr", "12-02 07:00", "Capgemini s'offre le néerlandais Datalytix pour renforcer son offre en IA",
         "Le groupe de services numériques acquiert ce cabinet de conseil spécialisé en données et en intelligence artificielle, qui compte 1 200 salariés, pour environ 400 millions d'euros."),
        ("silicon.fr", "12-02 11:10", "ESN : Capgemini acquiert le spécialiste de la data Datalytix",
         "Basé à Utrecht, Datalytix réalise 180 millions d'euros de chiffre d'affaires, principalement auprès de banques et d'assureurs du Benelux. L'opération doit être finalisée au premier trimestre."),
    ]),
    ("capgemini-buys-cloudkraft", "fresh6", [
        ("lemondeinformatique.fr", "12-16 10:30", "Capgemini rachète l'intégrateur indien CloudKraft, partenaire de ServiceNow",
         "Deux semaines après l'annonce d'une acquisition aux Pays-Bas, l'ESN française met la main sur un spécialiste de l'automatisation des services informatiques basé à Pune, qui emploie 2 500 personnes."),
    ]),
    # ------------------------------------------------ Mistral AI: two models eight days apart
    ("mistral-large-4", "fresh6", [
        ("usine-digitale.fr", "12-02 15:00", "Mistral AI dévoile Mistral Large 4, son modèle le plus puissant",
         "La start-up française présente un nouveau modèle généraliste multimodal de type mixture of experts, qu'elle dit au niveau des meilleurs modèles américains sur le raisonnement et le code."),
        ("numerama.com", "12-02 16:45", "Mistral Large 4 : le Chat change de cerveau",
         "Le nouveau modèle phare de la pépite parisienne est déjà disponible dans son assistant Le Chat, y compris pour les utilisateurs gratuits, avec une fenêtre de contexte portée à 256 000 tokens."),
        ("journaldunet.com", "12-03 08:20", "Mistral Large 4 : prix, benchmarks et disponibilité de l'API",
         "Facturé 1,50 dollar le million de tokens en entrée, le dernier LLM de Mistral AI est proposé via la plateforme La Plateforme, Azure et AWS Bedrock, ainsi qu'en poids ouverts sous licence de recherche."),
    ]),
    ("mistral-devstral-3", "fresh6", [
        ("next.ink", "12-10 12:30", "Devstral 3 : Mistral publie un modèle de code en open source",
         "Sous licence Apache 2.0, ce petit modèle dédié aux agents de développement peut tourner sur une seule carte graphique. Mistral AI revendique de bons résultats sur le benchmark SWE-bench."),
        ("lemagit.fr", "12-10 16:00", "Agents de codage : la licorne française sort un LLM compact pour les développeurs",
         "Le nouveau modèle spécialisé s'accompagne d'une nouvelle version de l'outil en ligne de commande Mistral Vibe, qui permet de confier des tâches de programmation à un agent directement dans le terminal."),
    ]),
    # ------------------------------------------------ Xiaomi: a launch, then a recall
    ("xiaomi-redmi-note-16-launch", "fresh6", [
        ("frandroid.com", "12-02 13:00", "Redmi Note 16 Pro+ officiel en France : batterie de 6 200 mAh et charge 100 W",
         "Xiaomi lance sa nouvelle gamme de milieu de gamme en Europe, avec trois modèles de 299 € à 499 €. Le Pro+ embarque un capteur de 200 Mpx et une protection IP68."),
        ("journaldugeek.com", "12-02 14:20", "Xiaomi dégaine ses nouveaux Redmi Note juste à temps pour Noël",
         "Écran Amoled 120 Hz, grosse batterie et prix contenu : la marque chinoise renouvelle sa série la plus vendue en France avec trois smartphones disponibles dès le 9 décembre."),
    ]),
    ("xiaomi-powerbank-recall", "fresh6", [
        ("01net.com", "12-11 09:15", "Xiaomi rappelle une batterie externe de 20 000 mAh pour risque d'incendie",
         "Le fabricant demande aux clients ayant acheté ce modèle de batterie nomade entre juin et octobre de cesser immédiatement de l'utiliser. Un remboursement intégral est proposé."),
        ("frandroid.com", "12-11 11:40", "Rappel produit : cette powerbank Xiaomi peut surchauffer, vérifiez votre numéro de lot",
         "Une fiche RappelConso a été publiée pour la référence PB2030. Des cas de gonflement et de départs de feu ont été signalés pendant la charge, précise la marque chinoise."),
    ]),
    # ------------------------------------------------ CNIL: two fines the same day, then an appeal
    ("cnil-fine-leboncoin", "fresh6", [
        ("next.ink", "12-03 10:00", "La CNIL inflige 15 millions d'euros d'amende à Leboncoin pour ses cookies",
         "Le gendarme des données personnelles reproche au site d'annonces d'avoir déposé des traceurs publicitaires avant tout consentement et d'avoir rendu le refus plus compliqué que l'acceptation."),
        ("lefigaro.fr", "12-03 13:30", "Traceurs publicitaires : sanction record pour la plateforme de petites annonces préférée des Français",
         "La Commission nationale de l'informatique et des libertés a condamné l'entreprise à une amende de 15 millions d'euros. Elle lui laisse trois mois pour revoir son bandeau de consentement."),
    ]),
    ("cnil-fine-medilogic", "fresh6", [
        ("lemondeinformatique.fr", "12-03 11:20", "Données de santé : la CNIL sanctionne l'éditeur MediLogic à hauteur de 800 000 euros",
         "L'éditeur de logiciels pour cabinets médicaux n'avait pas chiffré les sauvegardes de dossiers patients ni imposé de mots de passe robustes, selon la délibération publiée jeudi."),
        ("zdnet.fr", "12-03 16:00", "Sécurité insuffisante : amende de 800 000 € pour un éditeur de logiciels médicaux",
         "Une fuite survenue en 2024 avait exposé les données de 400 000 patients. La CNIL relève des manquements persistants dans la gestion des accès des prestataires."),
    ]),
    ("leboncoin-appeal-cnil", "fresh6", [
        ("next.ink", "12-15 09:30", "Leboncoin conteste son amende de la CNIL devant le Conseil d'État",
         "Le site d'annonces a déposé un recours contre la sanction de 15 millions d'euros prononcée début décembre, qu'il juge « disproportionnée » au regard des pratiques du secteur."),
        ("bfmtv.com", "12-15 14:10", "« Nous avons toujours agi de bonne foi » : Leboncoin fait appel de sa sanction",
         "La plateforme saisit la plus haute juridiction administrative et demande la suspension de l'injonction de modifier son bandeau cookies en attendant le jugement sur le fond."),
    ]),
    # ------------------------------------------------ Arianespace: two launchers, two flights
    ("vega-c-launch", "fresh6", [
        ("latribune.fr", "12-03 22:40", "Vega-C place en orbite un satellite d'observation européen depuis Kourou",
         "Le petit lanceur européen a réussi dans la nuit sa mission, plaçant sur orbite héliosynchrone un satellite du programme Copernicus chargé de surveiller la qualité de l'air."),
    ]),
    ("ariane6-galileo-launch", "fresh6", [
        ("latribune.fr", "12-16 20:10", "Ariane 6 réussit le lancement de deux satellites Galileo de nouvelle génération",
         "La fusée européenne a décollé de Guyane mercredi soir et déposé sur orbite moyenne deux satellites de la deuxième génération du système de navigation de l'Union européenne."),
        ("ouest-france.fr", "12-17 07:30", "Espace : nouveau succès pour la fusée Ariane 6, le GPS européen se renforce",
         "Un peu plus de quatre heures après le décollage depuis Kourou, les deux satellites se sont séparés de l'étage supérieur. C'est le sixième vol de l'année pour le lanceur lourd."),
    ]),
    # ------------------------------------------------ Nintendo raises the Switch 2 price
    ("nintendo-switch2-price-rise", "fresh6", [
        ("journaldugeek.com", "12-03 09:00", "Nintendo augmente le prix de la Switch 2 en Europe",
         "À partir du 15 janvier, la console hybride passera de 469,99 € à 499,99 €. Le constructeur japonais invoque la hausse du coût des composants, en particulier de la mémoire."),
        ("numerama.com", "12-03 12:40", "Switch 2 : 30 euros de plus, c'est le moment de l'acheter avant Noël",
         "Le prix de la console de Nintendo va augmenter en janvier en France. Les packs avec Mario Kart World sont également concernés, mais pas les jeux ni les accessoires."),
    ]),
    # ------------------------------------------------ Arcom
    ("arcom-iptv-blocking", "fresh6", [
        ("01net.com", "12-04 11:00", "IPTV : l'Arcom fait bloquer 250 sites pirates avant les matchs de fin d'année",
         "Le régulateur de l'audiovisuel a notifié aux fournisseurs d'accès une nouvelle liste de domaines diffusant illégalement du football et de la Formule 1, en application d'une décision du tribunal judiciaire."),
    ]),
    # ------------------------------------------------ weekly, daily and podcast formats
    ("lemagit-essentiel-w49", "fresh6", [
        ("lemagit.fr", "12-04 16:30", "L'essentiel de la semaine : Fortinet sous pression, Worldline taille dans ses effectifs",
         "Faille exploitée dans FortiOS puis alerte sur FortiWeb, plan social chez Worldline, rachat de Datalytix par Capgemini et nouveau modèle de Mistral AI : retour sur ce qu'il fallait retenir."),
    ]),
    ("next-hebdo-49", "fresh6", [
        ("next.ink", "12-05 07:00", "Next Hebdo #49 : cookies à 15 millions et box à 8 gigas",
         "Cette semaine : l'amende de la CNIL contre Leboncoin, la Freebox Nova, Mistral Large 4, la Switch 2 plus chère en janvier et les sites d'IPTV bloqués par l'Arcom."),
    ]),
    ("lemagit-essentiel-w50", "fresh6", [
        ("lemagit.fr", "12-11 16:30", "L'essentiel de la semaine : le CHU de Brest paralysé, SFR encore en panne",
         "Rançongiciel au CHU de Brest et à l'université de Lille, coupure nationale du réseau mobile de SFR, Patch Tuesday de décembre et grève chez Ubisoft : les temps forts de la semaine."),
    ]),
    ("club-01net-podcast-12-12", "fresh6", [
        ("01net.com", "12-12 10:00", "Le Club 01net : iOS 27.2, Switch 2 plus chère et pannes à répétition chez SFR",
         "Dans ce nouvel épisode de notre podcast, la rédaction débat des nouveautés de la dernière mise à jour d'Apple, de la hausse de prix de Nintendo et des coupures qui ont frappé les abonnés SFR."),
    ]),
    ("clubic-digest-12-15", "fresh6", [
        ("clubic.com", "12-15 18:00", "Les news tech du jour : Bruxelles face à Apple, Leboncoin contre-attaque",
         "Décision européenne sur l'iPhone, enquête visant Google, recours de Leboncoin contre la CNIL : voici les informations à retenir de ce mardi 15 décembre."),
    ]),
    ("clubic-digest-12-16", "fresh6", [
        ("clubic.com", "12-16 18:00", "Les news tech du jour : Ariane 6 décolle, Capgemini fait ses courses",
         "Un lancement réussi pour les satellites Galileo, un nouveau rachat en Inde pour l'ESN française et une amende de l'Autorité de la concurrence : l'essentiel de ce mercredi 16 décembre."),
    ]),
    ("zdnet-hebdo-securite-12-18", "fresh6", [
        ("zdnet.fr", "12-18 17:00", "La semaine de la sécurité : rançongiciels, fuites de données et correctifs en rafale",
         "Revendication de l'attaque contre le CHU de Brest, fuites chez Kiabi et à la MGEN, faille WebKit comblée par iOS 27.2.1 et ransomware à Lille : notre récapitulatif hebdomadaire de l'actualité cyber."),
    ]),
    # ------------------------------------------------ SFR: two outages three days apart
    ("sfr-box-outage-12-05", "fresh6", [
        ("bfmtv.com", "12-05 19:45", "Panne SFR : Internet et télé coupés pour des milliers d'abonnés box",
         "Depuis la fin d'après-midi, des clients fibre de SFR et de RED by SFR sont privés de connexion dans le Sud-Est, notamment à Marseille, Nice et Toulon, selon Downdetector."),
        ("frandroid.com", "12-05 21:10", "SFR Box en rade ce samedi soir : l'opérateur évoque un incident réseau régional",
         "L'opérateur au carré rouge confirme une panne touchant ses box en Provence-Alpes-Côte d'Azur et en Occitanie. Un retour à la normale est annoncé dans la nuit."),
    ]),
    ("sfr-mobile-outage-12-08", "fresh6", [
        ("bfmtv.com", "12-08 08:20", "SFR en panne : impossible de téléphoner depuis ce matin",
         "Nouvelle panne chez SFR : depuis 6 h 30 ce mardi, les abonnés mobiles de l'opérateur ne parviennent plus à passer ni à recevoir d'appels dans une grande partie de la France."),
        ("01net.com", "12-08 09:05", "Panne géante du réseau mobile de SFR : ce que l'on sait",
         "Appels impossibles, SMS qui ne partent pas, 4G intermittente : plus de 60 000 signalements ont été enregistrés. L'opérateur parle d'un incident sur des serveurs de son cœur de réseau."),
        ("clubic.com", "12-08 12:30", "Vos appels ne passent plus ? Pensez au Wi-Fi calling en attendant le retour du réseau",
         "Trois jours après les coupures de box dans le Sud-Est, c'est au tour du mobile de SFR d'être à l'arrêt. Voici comment continuer à appeler via une connexion Wi-Fi."),
        ("lesechos.fr", "12-09 06:30", "Après sa panne nationale, SFR promet un geste commercial à ses clients mobiles",
         "L'opérateur d'Altice attribue la coupure de mardi à une erreur de configuration lors d'une opération de maintenance et annonce un dédommagement. L'Arcep a demandé un rapport."),
    ]),
    # ------------------------------------------------ Ubisoft: a departure plan, then a strike
    ("ubisoft-rcc", "fresh6", [
        ("linforme.com", "12-07 06:00", "Ubisoft prépare une rupture conventionnelle collective de 185 postes en France",
         "Selon nos informations, l'éditeur de jeux vidéo va proposer un plan de départs volontaires touchant ses studios de Montreuil, Montpellier, Annecy et Lyon, au nom de la réduction des coûts."),
        ("journaldugeek.com", "12-07 10:30", "Ubisoft va supprimer 185 postes en France, selon L'Informé",
         "Le géant français du jeu vidéo poursuit sa cure d'austérité avec un plan de départs volontaires, après avoir déjà fermé plusieurs studios à l'étranger depuis deux ans."),
        ("lesechos.fr", "12-07 14:45", "L'éditeur d'Assassin's Creed confirme un plan de départs dans ses studios français",
         "La direction du groupe dirigé par Yves Guillemot a confirmé lundi l'ouverture de négociations sur une rupture conventionnelle collective, qui viserait surtout les fonctions centrales et le support."),
    ]),
    ("ubisoft-strike", "fresh6", [
        ("numerama.com", "12-10 09:00", "Grève chez Ubisoft : les développeurs débrayent contre le plan de départs",
         "À l'appel du STJV et de Solidaires Informatique, des salariés des studios français de l'éditeur ont cessé le travail jeudi pour protester contre le projet de rupture conventionnelle collective."),
        ("bfmtv.com", "12-10 13:15", "Jeu vidéo : mobilisation devant le siège d'Ubisoft à Saint-Mandé",
         "Plusieurs centaines de salariés se sont rassemblés devant le siège du groupe, dénonçant aussi le retour forcé au bureau cinq jours par semaine et l'absence d'augmentation générale."),
        ("journaldugeek.com", "12-10 17:40", "« On nous demande de faire plus avec moins » : les studios de l'éditeur des Lapins crétins en grève",
         "À Montpellier comme à Annecy, une partie des équipes a suivi le mouvement. Les syndicats revendiquent 30 % de grévistes, la direction parle d'une mobilisation limitée."),
    ]),
    # ------------------------------------------------ Apple: two versions of iOS
    ("ios-27-2-release", "fresh6", [
        ("frandroid.com", "12-07 19:10", "iOS 27.2 est disponible : toutes les nouveautés de la mise à jour",
         "Apple déploie la deuxième grande mise à jour de son système pour iPhone, avec la traduction en direct dans l'app Téléphone en français et de nouveaux réglages pour Apple Intelligence."),
        ("01net.com", "12-08 07:45", "Mise à jour iPhone : faut-il installer iOS 27.2 tout de suite ?",
         "Traduction des appels, mode Lecture amélioré, correctifs de sécurité : la nouvelle version du système d'Apple corrige aussi une vingtaine de failles. Voici ce qu'elle change au quotidien."),
    ]),
    ("ios-27-2-1-release", "fresh6", [
        ("journaldugeek.com", "12-17 20:00", "Apple publie iOS 27.2.1 pour corriger un bug de batterie",
         "Dix jours après iOS 27.2, la firme de Cupertino déploie un correctif qui règle une consommation anormale de l'autonomie et des déconnexions Bluetooth signalées par de nombreux utilisateurs."),
        ("numerama.com", "12-18 08:30", "Votre iPhone se vide trop vite depuis la dernière mise à jour ? Installez vite la version corrective",
         "La mise à jour mineure publiée jeudi soir par Apple comble aussi une faille de WebKit déjà exploitée, ce qui la rend prioritaire pour tous les propriétaires d'iPhone."),
    ]),
    # ------------------------------------------------ Deezer's boss leaves
    ("deezer-ceo-departure", "fresh6", [
        ("lesechos.fr", "12-07 07:15", "Deezer : le directeur général quitte ses fonctions à la surprise générale",
         "La plateforme française de streaming musical annonce le départ de son dirigeant à la fin de l'année. Le président du conseil assurera l'intérim le temps de trouver un successeur."),
        ("latribune.fr", "12-07 12:00", "Streaming musical : départ du patron de Deezer, l'action recule",
         "Le concurrent français de Spotify perd son dirigeant au moment où il tente de relancer sa croissance en France. Le titre cède 6 % à la Bourse de Paris."),
    ]),
    # ------------------------------------------------ Microsoft's December Patch Tuesday
    ("patch-tuesday-december", "fresh6", [
        ("lemondeinformatique.fr", "12-08 19:40", "Patch Tuesday de décembre : Microsoft corrige 57 failles dont un zero-day",
         "Le dernier lot de correctifs de l'année traite 57 vulnérabilités dans Windows, Office et Exchange Server. L'une d'elles, dans le pilote Cloud Files, est déjà exploitée par des attaquants."),
        ("zdnet.fr", "12-08 21:00", "Windows : une faille zero-day à corriger en priorité avant les fêtes",
         "L'élévation de privilèges CVE-2026-61203 permet à un attaquant d'obtenir les droits système. Microsoft publie aussi des correctifs critiques pour Hyper-V et le service de bureau à distance."),
        ("silicon.fr", "12-09 08:50", "Mises à jour de sécurité Microsoft : ce qu'il faut prioriser en décembre",
         "Un zero-day exploité, six CVE critiques et Exchange à surveiller : notre sélection des correctifs à déployer d'abord parmi les 57 publiés par l'éditeur pour ce dernier mardi des patchs de 2026."),
    ]),
    # ------------------------------------------------ two funding rounds, the same day
    ("dust-funding", "fresh6", [
        ("lesechos.fr", "12-09 05:45", "Dust lève 60 millions de dollars pour ses agents d'IA en entreprise",
         "La start-up parisienne, qui permet aux salariés de créer des assistants connectés aux outils internes, boucle une série B menée par un fonds américain et vise le marché nord-américain."),
        ("usine-digitale.fr", "12-09 11:00", "Agents IA : la française Dust boucle un tour de table de 60 M$",
         "Fondée par deux anciens de Stripe et d'OpenAI, la jeune pousse revendique plus de 1 000 entreprises clientes et compte doubler ses effectifs, à 180 personnes, d'ici à la fin de 2027."),
    ]),
    ("alice-bob-funding", "fresh6", [
        ("latribune.fr", "12-09 07:30", "Quantique : Alice & Bob lève 120 millions d'euros",
         "La start-up parisienne, qui développe des qubits dits « de chat » plus résistants aux erreurs, réunit de nouveaux fonds auprès de Bpifrance et d'investisseurs européens pour construire son premier ordinateur utile."),
        ("journaldunet.com", "12-09 15:20", "Ordinateur quantique : nouvelle levée de fonds géante pour Alice & Bob",
         "Avec ces 120 millions d'euros, la jeune entreprise va ouvrir un laboratoire de 4 000 mètres carrés à Paris et vise une machine tolérante aux fautes à l'horizon 2030."),
    ]),
    # ------------------------------------------------ Arcep
    ("arcep-orange-copper-notice", "fresh6", [
        ("next.ink", "12-09 14:30", "L'Arcep met Orange en demeure sur l'entretien de son réseau cuivre",
         "Le régulateur des télécoms reproche à l'opérateur historique des délais de réparation trop longs des lignes téléphoniques fixes dans une dizaine de départements ruraux, en attendant la fibre."),
    ]),
    # ------------------------------------------------ two ransomware attacks, the same day
    ("chu-brest-ransomware", "fresh6", [
        ("ouest-france.fr", "12-10 07:50", "Cyberattaque au CHU de Brest : les urgences en mode dégradé",
         "L'hôpital brestois a été victime dans la nuit d'une attaque informatique. Les logiciels de dossiers patients sont inaccessibles et les équipes sont revenues au papier et au crayon."),
        ("bfmtv.com", "12-10 10:15", "Le CHU de Brest visé par un rançongiciel, des patients transférés",
         "L'établissement a déclenché son plan blanc. Une partie des interventions programmées est reportée et certains patients ont été orientés vers les hôpitaux de Quimper et de Morlaix."),
        ("zdnet.fr", "12-10 14:00", "Ransomware : un CHU breton paralysé, l'ANSSI dépêchée sur place",
         "Les experts de l'agence nationale et du CERT Santé accompagnent l'hôpital pour isoler les serveurs chiffrés. Aucune demande de rançon n'a été rendue publique pour le moment."),
        ("lemagit.fr", "12-11 09:30", "CHU de Brest : l'attaque serait partie d'un accès VPN compromis",
         "Selon nos informations, les assaillants se sont introduits par le compte d'un prestataire de maintenance avant de déployer leur charge malveillante sur des centaines de postes."),
        ("ouest-france.fr", "12-12 11:00", "Attaque informatique à l'hôpital de Brest : le groupe Qilin revendique et menace de publier des données",
         "Deux jours après l'intrusion, le groupe cybercriminel affirme avoir dérobé 400 gigaoctets de documents. La direction du CHU a porté plainte et refuse de payer."),
    ]),
    ("univ-lille-ransomware", "fresh6", [
        ("lemondeinformatique.fr", "12-10 11:30", "L'université de Lille frappée par un rançongiciel en pleine période d'examens",
         "Messagerie, environnement numérique de travail et Wi-Fi des campus sont coupés depuis mercredi. L'établissement a reporté les partiels prévus cette semaine."),
        ("next.ink", "12-10 16:45", "Cyberattaque contre une grande université du Nord : 80 000 étudiants sans ENT",
         "L'établissement lillois confirme le chiffrement d'une partie de ses serveurs et a notifié la CNIL. Une plainte a été déposée et l'enquête confiée à la section cyber du parquet de Paris."),
    ]),
    # ------------------------------------------------ two data leaks, the same day
    ("kiabi-data-leak", "fresh6", [
        ("numerama.com", "12-11 08:00", "Kiabi victime d'une fuite de données : noms, adresses et historique d'achats exposés",
         "L'enseigne de prêt-à-porter informe ses clients qu'un tiers a accédé sans autorisation à une base de son programme de fidélité. Les coordonnées bancaires ne seraient pas concernées."),
        ("clubic.com", "12-11 12:20", "Client de l'enseigne nordiste de mode à petits prix ? Méfiez-vous des faux mails ces prochains jours",
         "Après le piratage de sa base clients, Kiabi met en garde contre des tentatives d'hameçonnage. Près de 3 millions de comptes fidélité pourraient être touchés."),
    ]),
    ("mgen-data-leak", "fresh6", [
        ("zdnet.fr", "12-11 10:40", "La MGEN confirme une fuite de données touchant des adhérents",
         "La mutuelle des enseignants a détecté un accès illégitime à un outil de gestion d'un prestataire. Numéros de sécurité sociale et coordonnées de 750 000 personnes ont pu être copiés."),
        ("01net.com", "12-11 17:00", "Mutuelle piratée : 750 000 adhérents concernés, vérifiez vos remboursements",
         "Les données d'assurés de la MGEN sont proposées sur un forum cybercriminel. La mutuelle recommande la plus grande vigilance face aux appels et SMS se réclamant de l'organisme."),
    ]),
    # ------------------------------------------------ budget vote on digital
    ("plf-digital-services-tax", "fresh6", [
        ("lesechos.fr", "12-11 07:00", "Budget 2027 : les députés doublent la taxe sur les géants du numérique",
         "En nouvelle lecture, l'Assemblée a adopté un amendement portant de 3 % à 6 % le taux de la taxe sur les services numériques, contre l'avis du gouvernement qui craint des représailles américaines."),
        ("lepoint.fr", "12-11 13:45", "Taxe Gafam à 6 % : Washington menace, Bercy temporise",
         "Le vote des députés sur la taxation des grandes plateformes américaines pourrait être remis en cause en commission mixte paritaire. L'administration Trump promet des droits de douane en retour."),
    ]),
    # ------------------------------------------------ two CEO appointments, the same day
    ("ovhcloud-new-ceo", "fresh6", [
        ("lesechos.fr", "12-14 06:30", "OVHcloud nomme Claire Vasseur au poste de directrice générale",
         "L'ancienne dirigeante de la division cloud d'un grand opérateur européen prendra la tête de l'hébergeur le 1er février. Elle devra accélérer la croissance à l'international."),
        ("silicon.fr", "12-14 10:15", "Changement de patron au sommet du cloud roubaisien",
         "Le conseil d'administration de l'entreprise fondée par Octave Klaba a choisi une nouvelle directrice générale, qui succède au dirigeant en poste depuis 2024. La famille Klaba garde la présidence."),
    ]),
    ("sopra-steria-new-ceo", "fresh6", [
        ("lemondeinformatique.fr", "12-14 09:00", "Sopra Steria désigne Marc Delorme comme directeur général",
         "L'ESN annonce la nomination de son directeur des opérations France à sa tête à compter de mars. Il aura pour mission de relever la marge opérationnelle du groupe à 10 %."),
        ("latribune.fr", "12-14 15:30", "Services numériques : un homme de la maison prend les rênes de Sopra Steria",
         "En interne depuis vingt ans, le futur dirigeant succède à un directeur général qui part à la retraite. Les analystes saluent un choix de continuité dans un marché des ESN en ralentissement."),
    ]),
    # ------------------------------------------------ Brussels: Apple, then Google, the same day
    ("eu-dma-apple-decision", "fresh6", [
        ("lefigaro.fr", "12-15 11:00", "DMA : Bruxelles ordonne à Apple d'ouvrir l'iPhone aux montres et écouteurs concurrents",
         "La Commission européenne estime qu'Apple ne respecte pas ses obligations d'interopérabilité et lui donne six mois pour ouvrir les notifications et le jumelage à des accessoires tiers."),
        ("numerama.com", "12-15 12:30", "L'Europe force la main à Apple : les montres Garmin et Samsung bientôt mieux intégrées à l'iPhone",
         "Notifications complètes, appairage rapide, Wi-Fi direct : ce que la décision européenne va changer concrètement pour les utilisateurs d'iPhone en France."),
        ("bfmtv.com", "12-15 16:20", "« Une menace pour la sécurité » : la firme à la pomme dénonce la décision de Bruxelles",
         "Le groupe de Cupertino affirme que les exigences européennes exposeront les données des utilisateurs et annonce son intention de contester la décision devant le Tribunal de l'Union européenne."),
    ]),
    ("eu-dma-google-probe", "fresh6", [
        ("next.ink", "12-15 13:00", "DMA : la Commission ouvre une enquête sur Google et les réponses d'IA dans son moteur",
         "Bruxelles soupçonne le groupe de favoriser ses propres services dans les résumés générés par IA en tête des résultats de recherche, au détriment des éditeurs et des comparateurs."),
        ("lepoint.fr", "12-15 18:30", "Après Apple, Google à son tour dans le viseur de Bruxelles",
         "Le même jour, la Commission européenne ouvre une procédure contre le moteur de recherche, accusé d'utiliser les contenus des sites d'information pour nourrir ses « AI Overviews » sans contrepartie."),
    ]),
    # ------------------------------------------------ Autorité de la concurrence
    ("adlc-it-distributors-cartel", "fresh6", [
        ("lemondeinformatique.fr", "12-16 11:45", "L'Autorité de la concurrence sanctionne trois grossistes informatiques pour entente",
         "Les distributeurs de matériel informatique ont écopé de 62 millions d'euros d'amende au total pour s'être répartis des marchés publics d'ordinateurs portables destinés aux collectivités."),
    ]),
    # ------------------------------------------------ the Senate and social networks
    ("senate-social-media-under-15", "fresh6", [
        ("lefigaro.fr", "12-17 09:30", "Le Sénat adopte l'interdiction des réseaux sociaux aux moins de 15 ans",
         "Les sénateurs ont voté dans la nuit la proposition de loi instaurant une majorité numérique à 15 ans, avec une vérification d'âge obligatoire pour TikTok, Instagram ou Snapchat."),
        ("numerama.com", "12-17 11:15", "Majorité numérique : ce qui va changer pour les ados sur TikTok et Instagram",
         "Comptes supprimés, vérification d'âge par un tiers, sanctions pour les plateformes : on fait le point sur le texte voté au Palais du Luxembourg et son calendrier d'application."),
        ("next.ink", "12-17 15:00", "Réseaux sociaux interdits avant 15 ans : la vérification d'âge en question après le vote des sénateurs",
         "Le texte confie à l'Arcom le soin de fixer un référentiel technique. Les associations de défense des libertés numériques craignent une identification généralisée des internautes."),
    ]),
    # ------------------------------------------------ a strike before Christmas
    ("amazon-warehouse-strike", "fresh6", [
        ("bfmtv.com", "12-18 08:40", "Grève dans des entrepôts Amazon à une semaine de Noël",
         "À l'appel de la CGT et de SUD, des salariés des sites de Brétigny-sur-Orge, Saran et Lauwin-Planque ont cessé le travail pour réclamer une prime de fin d'année et dénoncer les cadences."),
        ("ouest-france.fr", "12-18 13:10", "Débrayage chez le géant de l'e-commerce en pleine période des colis",
         "Les syndicats affirment que des livraisons pourraient être retardées. L'entreprise assure que l'activité de ses centres logistiques français n'est « pas perturbée »."),
    ]),
    # ------------------------------------------------ a public IT contract
    ("dgfip-bleu-contract", "fresh6", [
        ("silicon.fr", "12-18 10:00", "Cloud de confiance : la DGFiP retient Bleu pour ses outils bureautiques",
         "La direction générale des finances publiques confie à la coentreprise d'Orange et Capgemini l'hébergement de la messagerie et de la suite collaborative de ses 95 000 agents, pour quatre ans."),
    ]),
    # ------------------------------------------------ a court ruling
    ("google-price-comparator-ruling", "fresh6", [
        ("journaldunet.com", "12-18 16:30", "Le tribunal des activités économiques de Paris condamne Google à verser 85 millions d'euros à un comparateur",
         "Les juges estiment que le moteur de recherche a abusé de sa position dominante en rétrogradant les comparateurs de prix concurrents de Google Shopping entre 2010 et 2017."),
    ]),
    # ------------------------------------------------ OVHcloud outage
    ("ovhcloud-outage-12-21", "fresh6", [
        ("lemagit.fr", "12-21 09:15", "OVHcloud : panne majeure dans le datacenter de Gravelines",
         "Depuis 5 heures ce lundi, des milliers de serveurs dédiés et d'instances Public Cloud hébergés dans le Nord sont inaccessibles. L'hébergeur évoque un incident électrique."),
        ("01net.com", "12-21 10:40", "Des sites web et des services en ligne inaccessibles après une panne chez OVH",
         "Boutiques en ligne, sites de collectivités, serveurs de jeu : de nombreux services s'appuyant sur l'hébergeur français sont hors ligne, à quelques jours de Noël."),
        ("lemondeinformatique.fr", "12-21 17:30", "Coupure d'électricité à Gravelines : OVHcloud rétablit progressivement ses services",
         "Un onduleur défaillant a privé d'alimentation deux salles du site. Une semaine après la nomination de sa nouvelle directrice générale, l'entreprise promet un rapport d'incident détaillé."),
        ("next.ink", "12-22 08:00", "Panne OVHcloud : les clients réclament des comptes sur les SLA",
         "Au lendemain de la coupure de Gravelines, des clients professionnels s'interrogent sur les pénalités prévues au contrat et sur la redondance réelle de la zone de disponibilité."),
    ]),
    # ------------------------------------------------ Christmas e-commerce
    ("fevad-christmas-figures", "fresh6", [
        ("journaldunet.com", "12-22 07:30", "Noël 2026 : les ventes en ligne en hausse de 7 %, selon la Fevad",
         "La fédération du e-commerce prévoit 22 milliards d'euros de dépenses sur Internet pour les fêtes. Les achats sur mobile représentent désormais plus de la moitié des commandes."),
        ("lefigaro.fr", "12-22 12:00", "Les Français n'ont jamais autant acheté leurs cadeaux sur Internet",
         "Selon la Fédération e-commerce et vente à distance, le panier moyen atteint 71 euros en décembre. Les sites de seconde main et les places de marché chinoises profitent de la période."),
    ]),
    ("colissimo-tracking-outage", "fresh6", [
        ("frandroid.com", "12-22 15:45", "Colissimo : le suivi des colis en panne à trois jours de Noël",
         "Numéros de suivi introuvables et application bloquée : La Poste reconnaît un incident sur son système d'information, sans conséquence selon elle sur l'acheminement des paquets."),
    ]),
    # ------------------------------------------------ a bank app down on Christmas Eve
    ("credit-agricole-app-outage", "fresh6", [
        ("bfmtv.com", "12-24 09:30", "Crédit Agricole : l'application bancaire en panne le jour du réveillon",
         "Depuis le début de la matinée, les clients de la banque ne parviennent plus à se connecter à l'application Ma Banque ni au site internet. Les paiements par carte fonctionnent toujours."),
        ("01net.com", "12-24 10:15", "Ma Banque du Crédit Agricole ne fonctionne plus : ce que l'on sait",
         "Message d'erreur à la connexion, virements impossibles, soldes non affichés : des dizaines de milliers de clients signalent des dysfonctionnements sur Downdetector."),
        ("ouest-france.fr", "12-24 12:40", "Virements de Noël bloqués : les clients de la banque verte privés d'accès à leurs comptes",
         "Dans l'Ouest comme ailleurs, des clients n'ont pu ni consulter leur solde ni payer leurs derniers achats par virement. La banque mutualiste évoque un problème technique chez un prestataire."),
        ("clubic.com", "12-24 16:00", "Appli Crédit Agricole down : le service revient peu à peu",
         "Après sept heures de perturbations, l'accès aux comptes est progressivement rétabli. La banque présente ses excuses et assure qu'aucune donnée n'a été compromise."),
        ("lefigaro.fr", "12-25 08:45", "Panne géante au Crédit Agricole : la banque met en cause une mise à jour de son infogéreur",
         "Au lendemain de l'incident, le groupe attribue l'indisponibilité de ses services en ligne à une opération de maintenance mal préparée et promet de rembourser d'éventuels frais d'incident."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
