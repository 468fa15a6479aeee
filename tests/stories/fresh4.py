"""A fourth fresh labelled set of French tech-news articles grouped by event, for issue 12.

Written by reading only, by a helper blind to the grouping code and its rules, to be measured
once. Same format as `labelled.py`; every event's half is "fresh4".
Each event is one real-world happening: articles of one event are the same story (a follow-up
the next day or two days later included), every other pair is not. Some multi-article events
share near-identical titles; many are reworded (synonyms, "une centaine" for 120, an English
word, "selon L'Informé"); some are hard (a periphrasis for the firm in the title, a consumer
angle "ce que ça change pour vous").
Hard negatives are look-alikes on purpose: two Fortinet flaws the same week, the Patch Tuesday
and an out-of-band Microsoft fix three days later, two SFR outages five days apart, an
Autorité de la concurrence fine on Meta then Meta's appeal (and a court ruling on another fine
of that regulator), Worldline's job plan then a strike against it, Ubisoft's results then a
studio closure, a Freebox launch then a Free price rise, the Switch 2 Lite then a Switch 2
price rise, iOS 27.1 then iOS 27.1.1, two funding rounds the same day, two towns hit by
ransomware the same day, two CNIL fines the same day, two retailers' data leaks on successive
days, two votes on one digital tax, two Black Friday stories, and recurring formats (a daily
"Les infos du jour", a weekly roundup, a weekly podcast) that must merge with nothing.
Times are UTC, 1 to 30 November 2026, so nothing overlaps the other sets.

Measured once, on this stop's finished code: precision 0.821, recall 0.757 (the previous stop's
code: 0.803, 0.476). Its wrong merges led to four rules (a price rise is a kind of event; "Après
Cultura, une autre enseigne…" opens on another firm's event; what a lead recalls, "trois jours
après le lancement…", is not what it reports; a patch "hors bande" is another release); since
then it is not held out.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Fortinet: two flaws in one week
    ("fortinet-fortios-cve", "fresh4", [
        ("lemagit.fr", "11-02 15:10", "Fortinet : une faille critique de FortiOS activement exploitée",
         "L'éditeur corrige une vulnérabilité de dépassement de tampon dans le VPN SSL de FortiOS, notée 9,6 sur 10 et déjà utilisée par des attaquants pour prendre le contrôle de pare-feu exposés sur Internet."),
        ("zdnet.fr", "11-02 18:40", "Pare-feu FortiGate : corrigez d'urgence la CVE-2026-48211",
         "Une exécution de code à distance sans authentification touche plusieurs branches de FortiOS. La CISA américaine a ajouté la faille à son catalogue des vulnérabilités exploitées."),
        ("silicon.fr", "11-03 08:15", "VPN SSL : le CERT-FR alerte sur une vulnérabilité zero-day chez Fortinet",
         "L'agence française recommande d'appliquer sans délai les versions correctives de FortiOS et de rechercher des traces de compromission sur les équipements restés exposés ces dernières semaines."),
    ]),
    ("fortinet-fortiweb-cve", "fresh4", [
        ("lemondeinformatique.fr", "11-05 10:50", "Fortinet corrige une nouvelle faille critique, dans FortiWeb cette fois",
         "Trois jours après l'alerte sur FortiOS, le fournisseur publie un correctif pour son pare-feu applicatif web, touché par une injection de commandes permettant à un attaquant authentifié d'exécuter du code."),
        ("zdnet.fr", "11-05 16:20", "FortiWeb : une injection de commandes notée 9,1 menace les WAF de Fortinet",
         "La CVE-2026-50374 touche les versions 7.4 à 8.0 de l'appliance. Aucune exploitation n'est signalée pour l'instant, mais un code de démonstration circule déjà sur GitHub."),
    ]),
    # ------------------------------------------------ Worldline: a job plan, then a strike against it
    ("worldline-pse", "fresh4", [
        ("lesechos.fr", "11-03 06:30", "Worldline prépare un plan social de 450 postes en France",
         "Le spécialiste des paiements, qui a perdu la moitié de sa valeur en Bourse en un an, présente ce mardi aux représentants du personnel un plan de sauvegarde de l'emploi touchant surtout ses sites de Seclin et de Blois."),
        ("lemondeinformatique.fr", "11-03 10:20", "Worldline annonce un PSE visant 450 salariés",
         "Le groupe de services de paiement confirme la suppression de 450 emplois dans l'Hexagone dans le cadre de son plan de transformation, assorti de mesures de reclassement et de départs anticipés."),
        ("silicon.fr", "11-03 14:00", "Paiements : le plan de sauvegarde de l'emploi de Worldline passe mal",
         "Les syndicats dénoncent un PSE « brutal » qui toucherait près de 10 % des effectifs français du groupe et réclament l'ouverture immédiate de négociations sur les conditions de départ."),
        ("journaldunet.com", "11-04 09:00", "Le spécialiste français des terminaux de paiement supprime plus de 400 postes",
         "Après un exercice marqué par des dépréciations massives, l'ancien fleuron de la fintech tricolore taille dans ses équipes informatiques et de back-office, à Seclin, Blois et La Défense."),
    ]),
    ("worldline-strike", "fresh4", [
        ("lemagit.fr", "11-10 09:00", "Worldline : grève contre le plan social sur les sites français",
         "Une semaine après l'annonce de 450 suppressions de postes, l'intersyndicale appelle les salariés de Worldline à cesser le travail ce mardi, avec des rassemblements à Seclin et à Blois."),
        ("next.ink", "11-10 13:30", "Débrayage chez Worldline, les salariés refusent le PSE en l'état",
         "Plusieurs centaines de grévistes selon la CGT, moins de 15 % selon la direction : le mouvement vise à peser sur la négociation des indemnités et du nombre de départs contraints."),
    ]),
    # ------------------------------------------------ Apple: iOS 27.1, then iOS 27.1.1
    ("ios-27-1", "fresh4", [
        ("01net.com", "11-03 18:10", "iOS 27.1 est disponible : les nouveautés de la mise à jour",
         "Apple déploie la première grosse mise à jour d'iOS 27, avec la traduction en direct des appels en français, de nouveaux réglages pour l'effet Liquid Glass et une quarantaine de correctifs de sécurité."),
        ("journaldugeek.com", "11-03 19:05", "Apple lance iOS 27.1, faut-il mettre à jour votre iPhone ?",
         "La mise à jour corrige plusieurs failles exploitées et améliore l'autonomie des iPhone 17, selon Apple. Voici les modèles compatibles et ce qu'il faut savoir avant de l'installer."),
        ("numerama.com", "11-04 07:30", "La firme de Cupertino déploie enfin la traduction en direct en français sur iPhone",
         "Promise au printemps, la fonction d'Apple Intelligence arrive avec iOS 27.1 : elle traduit les appels téléphoniques et les messages en temps réel, sans passer par le cloud."),
    ]),
    # ------------------------------------------------ SFR: two outages five days apart
    ("sfr-mobile-outage", "fresh4", [
        ("bfmtv.com", "11-04 07:50", "Panne SFR : le réseau mobile coupé dans une grande partie de la France",
         "Depuis tôt ce mercredi matin, de nombreux abonnés SFR et RED by SFR ne peuvent plus passer d'appels ni utiliser leurs données mobiles. L'opérateur confirme un incident."),
        ("frandroid.com", "11-04 08:35", "SFR en panne : appels, SMS et 4G/5G hors service, ce que l'on sait",
         "Les signalements explosent sur Downdetector, avec plus de 60 000 alertes en une heure. SFR évoque un problème technique sur son cœur de réseau et promet un retour à la normale rapide."),
        ("01net.com", "11-04 11:15", "Votre forfait SFR ne marche plus ? Voici comment appeler les urgences malgré la panne",
         "En cas de coupure du réseau de votre opérateur, le 112 reste joignable via les antennes des autres opérateurs. Nos conseils en attendant le rétablissement du service, promis pour la mi-journée."),
        ("lemondeinformatique.fr", "11-05 09:00", "Panne géante : l'opérateur au carré rouge invoque une erreur de configuration",
         "Au lendemain d'une coupure de près de six heures, SFR explique l'incident par une modification erronée sur ses serveurs d'authentification des abonnés et promet un dédommagement."),
    ]),
    ("sfr-fibre-outage", "fresh4", [
        ("frandroid.com", "11-09 19:40", "SFR : nouvelle panne, la fibre touchée dans le Sud-Est",
         "Cinq jours après la coupure de son réseau mobile, SFR fait face à un incident sur ses box Internet. Des abonnés de Marseille, Nice et Toulon sont privés de connexion et de télévision depuis 18 heures."),
        ("clubic.com", "11-09 21:05", "Box SFR : plus d'Internet ni de télé pour des milliers de foyers en Provence",
         "Un câble de collecte sectionné lors de travaux serait à l'origine de la coupure qui frappe les clients fibre de l'opérateur en Provence-Alpes-Côte d'Azur, selon un technicien."),
    ]),
    # ------------------------------------------------ the digital services tax: two votes three weeks apart
    ("tsn-assemblee-vote", "fresh4", [
        ("latribune.fr", "11-05 06:00", "Budget 2027 : l'Assemblée relève la taxe sur les services numériques à 5 %",
         "Les députés ont adopté dans la nuit un amendement portant de 3 % à 5 % la taxe visant le chiffre d'affaires des géants du numérique réalisé en France, contre l'avis du gouvernement."),
        ("next.ink", "11-05 10:00", "Taxe GAFA : les députés votent une hausse, Washington menace",
         "L'amendement adopté en première lecture relève aussi le seuil de déclenchement. Le gouvernement espère revenir dessus au Sénat, redoutant des représailles commerciales américaines."),
    ]),
    ("tsn-senat-vote", "fresh4", [
        ("latribune.fr", "11-25 21:50", "Taxe sur les services numériques : le Sénat ramène le taux à 3 %",
         "Les sénateurs ont supprimé la hausse votée par l'Assemblée en première lecture, suivant l'avis du gouvernement, qui craint une riposte de Washington. La commission mixte paritaire tranchera."),
        ("lesechos.fr", "11-26 07:30", "Budget : la hausse de la taxe GAFA enterrée par les sénateurs",
         "Trois semaines après le vote surprise des députés, la chambre haute a rejeté mercredi soir le relèvement de la taxe sur le chiffre d'affaires des grandes plateformes numériques."),
    ]),
    # ------------------------------------------------ a daily format, two days running
    ("clubic-infos-du-jour-11-04", "fresh4", [
        ("clubic.com", "11-04 18:00", "Les infos du jour : SFR en panne, Worldline taille dans ses effectifs, iOS 27.1 disponible",
         "Panne nationale du réseau mobile de SFR, plan social chez Worldline, nouvelle mise à jour pour les iPhone : voici les actualités tech à retenir ce mercredi."),
    ]),
    # ------------------------------------------------ Autorité de la concurrence: Meta fined, then Meta appeals
    ("adlc-meta-fine", "fresh4", [
        ("lesechos.fr", "11-05 09:30", "L'Autorité de la concurrence inflige 95 millions d'euros d'amende à Meta",
         "Le gendarme de la concurrence sanctionne le groupe de Mark Zuckerberg pour avoir évincé des concurrents du marché de la vérification publicitaire en leur refusant l'accès à Facebook et Instagram sans critères objectifs."),
        ("next.ink", "11-05 10:15", "Vérification publicitaire : Meta sanctionné par l'Autorité de la concurrence",
         "Au terme d'une procédure ouverte après la plainte d'une société française de mesure d'audience, l'Autorité conclut à un abus de position dominante et prononce une amende de 95 millions d'euros."),
        ("lefigaro.fr", "11-05 12:00", "La maison mère de Facebook condamnée à une lourde amende en France",
         "L'Autorité de la concurrence reproche au géant américain d'avoir appliqué des conditions opaques et discriminatoires aux sociétés chargées de mesurer la visibilité des publicités sur ses réseaux."),
        ("journaldunet.com", "11-06 06:30", "Amende de 95 M€ : ce que l'Autorité de la concurrence exige désormais de Meta",
         "Au-delà de la sanction financière, Meta doit publier sous quatre mois des critères d'accès transparents à son écosystème pour les prestataires de vérification, sous le contrôle d'un mandataire."),
    ]),
    ("meta-appeal-adlc", "fresh4", [
        ("next.ink", "11-09 13:10", "Meta fait appel de sa sanction de 95 millions d'euros",
         "Le groupe américain a saisi la cour d'appel de Paris pour contester la décision de l'Autorité de la concurrence rendue jeudi dernier, qu'il juge « infondée en droit comme en fait »."),
        ("lesechos.fr", "11-09 17:30", "Vérification publicitaire : Meta conteste l'amende de l'Autorité devant la justice",
         "Le propriétaire de Facebook et d'Instagram demande aussi la suspension des injonctions qui l'obligent à revoir ses conditions d'accès, le temps que la cour d'appel examine le dossier."),
    ]),
    # ------------------------------------------------ Nintendo: a launch, then a price rise
    ("switch2-lite-launch", "fresh4", [
        ("frandroid.com", "11-05 15:05", "Nintendo annonce la Switch 2 Lite, une version portable et moins chère",
         "La nouvelle console de Nintendo renonce à la connexion au téléviseur et aux Joy-Con détachables pour un format plus compact. Elle sortira le 4 décembre."),
        ("journaldugeek.com", "11-05 15:30", "Switch 2 Lite officielle : prix, date de sortie et fiche technique",
         "Écran LCD de 7 pouces, 256 Go de stockage et compatibilité avec tout le catalogue Switch 2 en mode portable : la petite console sera vendue 349 € en France."),
        ("numerama.com", "11-05 16:10", "Le géant de Kyoto dévoile une Switch 2 sans dock, à 349 euros",
         "Comme pour la première Switch en 2019, Nintendo décline sa console hybride en une version exclusivement portable, pensée pour les plus jeunes et les joueurs nomades."),
        ("01net.com", "11-05 18:00", "Switch 2 ou Switch 2 Lite : laquelle acheter pour Noël ?",
         "Avec une version portable à 349 €, Nintendo complique le choix des parents. Écran, autonomie, jeux compatibles : on compare les deux consoles pour vous aider à choisir."),
        ("bfmtv.com", "11-06 08:00", "Nintendo mise sur une console moins chère pour relancer ses ventes avant les fêtes",
         "La Switch 2 Lite, annoncée jeudi lors d'un Nintendo Direct, doit permettre au fabricant japonais de conquérir une clientèle rebutée par le prix de la Switch 2, vendue 469 €."),
    ]),
    ("clubic-infos-du-jour-11-05", "fresh4", [
        ("clubic.com", "11-05 18:00", "Les infos du jour : Nintendo dévoile la Switch 2 Lite, Meta à l'amende",
         "Une console portable à 349 €, 95 millions d'euros d'amende pour Meta en France et une nouvelle faille chez Fortinet : l'essentiel de l'actualité tech de ce jeudi."),
    ]),
    ("lemagit-essentiel-w45", "fresh4", [
        ("lemagit.fr", "11-06 16:30", "L'essentiel de la semaine : Fortinet sous pression, SFR à l'arrêt",
         "Deux failles critiques chez Fortinet, la panne du réseau mobile de SFR, le PSE de Worldline et l'amende infligée à Meta par l'Autorité de la concurrence : retour sur ce qu'il fallait retenir."),
    ]),
    # ------------------------------------------------ a hospital hit by ransomware, with a follow-up
    ("bourg-hospital-ransomware", "fresh4", [
        ("bfmtv.com", "11-07 10:00", "Cyberattaque à l'hôpital de Bourg-en-Bresse : les urgences en mode dégradé",
         "Le centre hospitalier de Bourg-en-Bresse a été visé dans la nuit par un rançongiciel. Les équipes sont revenues au papier et certains patients sont réorientés vers Lyon."),
        ("zdnet.fr", "11-07 14:30", "Rançongiciel : le centre hospitalier de Bourg-en-Bresse coupe son informatique",
         "L'établissement de l'Ain a isolé l'ensemble de son système d'information après le chiffrement de plusieurs serveurs. L'Anssi et le CERT Santé sont mobilisés pour analyser l'intrusion."),
        ("lemagit.fr", "11-08 09:00", "Hôpital Fleyriat : le groupe Qilin soupçonné derrière l'attaque",
         "Selon nos informations, la note de rançon laissée sur les serveurs de l'hôpital de Bourg-en-Bresse porte la signature de Qilin, l'un des groupes les plus actifs contre le secteur de la santé."),
        ("numerama.com", "11-09 11:00", "Les pirates publient des données de patients de l'hôpital de l'Ain",
         "Deux jours après la cyberattaque, le groupe revendiquant l'intrusion a mis en ligne un échantillon de documents volés, comprenant des comptes rendus médicaux. Une plainte a été déposée."),
    ]),
    # ------------------------------------------------ Salesforce France's RCC, a scoop picked up
    ("salesforce-rcc", "fresh4", [
        ("linforme.com", "11-09 06:00", "Salesforce France prépare une rupture conventionnelle collective",
         "Selon nos informations, la filiale française de l'éditeur américain veut se séparer d'environ 120 salariés, principalement dans les équipes commerciales et le support, en misant sur ses agents d'IA."),
        ("lemagit.fr", "11-09 09:30", "Salesforce : une centaine de départs en France, selon L'Informé",
         "L'éditeur du CRM ouvrirait une rupture conventionnelle collective dans l'Hexagone. La direction française n'a pas souhaité commenter ces informations."),
        ("zdnet.fr", "11-09 11:10", "Le numéro un mondial du CRM réduit ses effectifs français",
         "Environ 120 postes seraient supprimés par la voie de départs volontaires chez Salesforce France, qui emploie près de 1 800 personnes. Les négociations avec les syndicats doivent s'ouvrir d'ici à décembre."),
        ("silicon.fr", "11-09 14:00", "Layoffs chez Salesforce France : 120 postes visés par une RCC",
         "Après les vagues de licenciements aux États-Unis, la filiale hexagonale de Salesforce engage à son tour un plan de départs, justifié par l'automatisation du support grâce à Agentforce."),
        ("lemondeinformatique.fr", "11-10 08:30", "Salesforce confirme un plan de départs volontaires en France",
         "La filiale française de l'éditeur a confirmé lundi soir l'ouverture de négociations sur une rupture conventionnelle collective portant sur 120 postes, comme l'avait révélé L'Informé."),
    ]),
    # ------------------------------------------------ Microsoft: Patch Tuesday, then an out-of-band fix
    ("patch-tuesday-november", "fresh4", [
        ("lemondeinformatique.fr", "11-10 19:00", "Patch Tuesday de novembre : Microsoft corrige 63 failles, dont une zero-day",
         "Le lot mensuel comble 63 vulnérabilités dans Windows, Office, Exchange et Azure, dont une élévation de privilèges dans le pilote CLFS déjà exploitée par des attaquants."),
        ("zdnet.fr", "11-10 20:40", "Windows : une faille zero-day corrigée dans les mises à jour de novembre",
         "Microsoft demande d'installer rapidement les correctifs du mois, qui traitent aussi quatre vulnérabilités critiques d'exécution de code à distance dans Office et le service Kerberos."),
        ("silicon.fr", "11-11 08:00", "Correctifs Microsoft : Exchange et CLFS, les priorités du mois pour les DSI",
         "Sur les 63 CVE traitées par l'éditeur de Redmond ce mois-ci, cinq sont critiques. Les serveurs Exchange sur site et les postes Windows 11 doivent être mis à jour en premier."),
    ]),
    ("microsoft-rdgateway-oob", "fresh4", [
        ("lemagit.fr", "11-13 09:10", "Microsoft publie un correctif d'urgence pour la passerelle Bureau à distance",
         "Trois jours après le Patch Tuesday, l'éditeur diffuse une mise à jour hors cycle pour une faille critique de RD Gateway, exploitée depuis mercredi contre des serveurs Windows exposés sur Internet."),
        ("zdnet.fr", "11-13 12:30", "Mise à jour hors bande : Windows Server exposé à une faille critique du Bureau à distance",
         "La CVE-2026-61208 permet d'exécuter du code sans authentification sur les passerelles RD Gateway. Microsoft, qui l'avait sous-estimée, recommande de désactiver le service en attendant le correctif."),
    ]),
    ("nintendo-switch2-price-rise", "fresh4", [
        ("frandroid.com", "11-11 10:00", "Nintendo augmente le prix de la Switch 2 en Europe",
         "Six jours après avoir annoncé la Switch 2 Lite, Nintendo relève de 40 € le prix de sa console hybride en Europe, qui passe à 509 € à partir du 1er décembre, invoquant le coût de la mémoire."),
        ("clubic.com", "11-11 14:20", "Switch 2 : la hausse de prix est confirmée, achetez avant le 1er décembre",
         "La console de Nintendo coûtera 40 euros de plus le mois prochain, tout comme le pack avec Mario Kart World. Les précommandes passées avant la date d'effet ne sont pas concernées."),
    ]),
    # ------------------------------------------------ a court ruling on another fine of the same regulator
    ("court-apple-att-fine", "fresh4", [
        ("lefigaro.fr", "11-12 15:00", "La cour d'appel de Paris annule l'amende de 150 millions d'euros infligée à Apple",
         "Les juges estiment que l'Autorité de la concurrence n'a pas démontré le caractère abusif de la fenêtre de consentement imposée aux applications tierces sur iPhone. L'Autorité peut se pourvoir en cassation."),
    ]),
    # ------------------------------------------------ Ubisoft: results, then a studio closure
    ("ubisoft-h1-results", "fresh4", [
        ("lesechos.fr", "11-12 17:10", "Ubisoft : les ventes plongent de 20 % au premier semestre",
         "L'éditeur de jeux vidéo publie un chiffre d'affaires net de 690 millions d'euros sur six mois, pénalisé par le report de plusieurs titres, et maintient son objectif de rentabilité annuelle."),
        ("journaldugeek.com", "11-12 18:20", "Résultats : le créateur d'Assassin's Creed à la peine",
         "Les ventes du dernier Assassin's Creed n'ont pas suffi : le groupe de Montreuil affiche un semestre en net recul et s'en remet à sa filiale Vantage Studios, adossée à Tencent, pour rebondir."),
        ("bfmtv.com", "11-13 07:30", "Ubisoft recule en Bourse après un semestre décevant",
         "Le titre de l'éditeur français perd 8 % à l'ouverture, au lendemain de la publication de résultats semestriels inférieurs aux attentes des analystes, avec une perte opérationnelle de 95 millions."),
    ]),
    ("ios-27-1-1", "fresh4", [
        ("01net.com", "11-12 18:30", "iOS 27.1.1 : Apple corrige le bug de batterie qui vidait les iPhone",
         "Une semaine après iOS 27.1, Apple publie une mise à jour corrective pour un défaut qui faisait chauffer certains iPhone et épuisait leur batterie en quelques heures."),
        ("journaldugeek.com", "11-13 07:10", "Batterie qui fond après la mise à jour : installez vite iOS 27.1.1",
         "Le correctif d'Apple règle le problème de consommation anormale signalé par de nombreux utilisateurs sur les forums et comble aussi une faille de WebKit déjà exploitée."),
    ]),
    # ------------------------------------------------ two retailers' data leaks on successive days
    ("cultura-leak", "fresh4", [
        ("numerama.com", "11-13 10:00", "Cultura victime d'une fuite de données : 1,5 million de clients concernés",
         "L'enseigne de loisirs créatifs et culturels informe ses clients qu'un tiers a accédé à leurs noms, e-mails, numéros de téléphone et points de fidélité. Les mots de passe ne seraient pas concernés."),
        ("01net.com", "11-13 15:20", "Fuite chez Cultura : attention aux faux e-mails de remboursement",
         "Après le piratage de son fichier clients, le distributeur met en garde contre des campagnes d'hameçonnage. Voici comment vérifier si vous êtes concerné et quoi faire."),
    ]),
    ("lemagit-essentiel-w46", "fresh4", [
        ("lemagit.fr", "11-13 16:30", "L'essentiel de la semaine : rançongiciel à l'hôpital, Salesforce réduit la voilure",
         "L'attaque contre le centre hospitalier de Bourg-en-Bresse, la RCC de Salesforce France, la grève chez Worldline et le Patch Tuesday de novembre : les faits marquants de la semaine."),
    ]),
    ("norauto-leak", "fresh4", [
        ("clubic.com", "11-14 09:30", "Norauto confirme le vol des données de ses clients",
         "Le réseau de centres auto du groupe Mobivia a détecté une intrusion sur son site marchand. Noms, adresses, plaques d'immatriculation et historiques d'entretien ont été dérobés."),
        ("numerama.com", "11-14 12:10", "Après Cultura, une autre enseigne française touchée par une fuite de données",
         "Cette fois, ce sont les clients de Norauto qui sont concernés : le pirate revendique 3 millions de fiches sur un forum. Rien ne relie pour l'instant les deux attaques."),
    ]),
    # ------------------------------------------------ a weekly podcast, two episodes
    ("01net-podcast-412", "fresh4", [
        ("01net.com", "11-14 08:00", "01Hebdo #412 : iOS 27.1.1, Switch 2 Lite et fuite chez Cultura",
         "Dans ce nouvel épisode de notre podcast hebdomadaire, la rédaction revient sur le correctif d'Apple pour la batterie des iPhone, la console portable de Nintendo et le piratage de Cultura."),
    ]),
    ("ubisoft-annecy-closure", "fresh4", [
        ("numerama.com", "11-16 08:10", "Ubisoft ferme son studio d'Annecy, 150 postes supprimés",
         "Quatre jours après ses résultats semestriels, l'éditeur annonce la fermeture de son studio haut-savoyard, spécialisé dans les jeux de sports de glisse, dans le cadre de son plan d'économies."),
        ("lefigaro.fr", "11-16 12:40", "Jeu vidéo : Ubisoft poursuit sa cure d'austérité et sacrifie un studio français",
         "Le groupe d'Yves Guillemot va consulter les représentants du personnel sur la fermeture du site d'Annecy. Les syndicats parlent d'un « nouveau coup dur » après les départs de l'an dernier."),
    ]),
    ("oneplus-16-launch", "fresh4", [
        ("frandroid.com", "11-16 14:00", "OnePlus 16 : le nouveau flagship arrive en France à 1 049 €",
         "Puce Snapdragon 8 Elite Gen 6, batterie de 7 500 mAh et charge de 120 W : le smartphone haut de gamme de OnePlus est disponible en précommande dès aujourd'hui avec des écouteurs offerts."),
    ]),
    # ------------------------------------------------ Free: a launch, then a price rise
    ("freebox-ultra-2-launch", "fresh4", [
        ("frandroid.com", "11-17 09:00", "Free lance la Freebox Ultra 2 avec le Wi-Fi 8 et la fibre 10 Gb/s symétrique",
         "L'opérateur présente sa nouvelle box haut de gamme, premier modèle grand public compatible Wi-Fi 8 en France, proposée à 49,99 € par mois sans engagement."),
        ("01net.com", "11-17 09:25", "Freebox Ultra 2 : prix, débits et services inclus, tout savoir sur la nouvelle box de Free",
         "Netflix, Disney+ et Canal+ restent inclus, le répéteur passe au Wi-Fi 8 et le serveur intègre un stockage de 1 To. La box est disponible dès ce mardi."),
        ("clubic.com", "11-17 11:00", "L'opérateur de Xavier Niel dégaine une box Wi-Fi 8 pour contrer Orange et Bouygues",
         "Iliad renouvelle son offre premium deux ans après la première Ultra, avec un boîtier plus compact et un lecteur 4K doté d'un assistant vocal à base d'IA générative."),
    ]),
    # ------------------------------------------------ two funding rounds the same day
    ("pigment-funding", "fresh4", [
        ("lesechos.fr", "11-18 05:30", "Pigment lève 200 millions de dollars pour défier Anaplan",
         "L'éditeur français de logiciels de planification financière, valorisé 2,5 milliards de dollars, boucle une série E menée par un fonds américain pour accélérer aux États-Unis."),
        ("journaldunet.com", "11-18 08:00", "Planification financière : Pigment boucle un tour de table de 200 M$",
         "Le logiciel parisien revendique 600 clients, dont plusieurs entreprises du CAC 40. Il va recruter 400 personnes et renforcer ses agents d'IA destinés aux directions financières."),
        ("usine-digitale.fr", "11-18 11:00", "Nouveau méga-tour de table pour la pépite française de la planification budgétaire",
         "Avec ces 200 millions de dollars, la start-up Pigment entend mettre l'IA générative au cœur de ses outils de prévision et ouvrir un bureau à Singapour."),
    ]),
    ("dust-funding", "fresh4", [
        ("usine-digitale.fr", "11-18 06:00", "Dust lève 45 millions d'euros pour ses agents d'IA en entreprise",
         "La start-up parisienne, qui permet aux salariés de créer des assistants connectés aux outils internes, boucle une série B auprès de fonds européens et compte doubler ses effectifs en un an."),
        ("lesechos.fr", "11-18 10:30", "IA : Dust convainc de nouveaux investisseurs",
         "Le jeune éditeur français, cofondé par d'anciens ingénieurs de Stripe et d'OpenAI, réunit 45 millions d'euros pour recruter à Paris et à New York et séduire les grands comptes."),
    ]),
    ("nis2-law-adopted", "fresh4", [
        ("lemondeinformatique.fr", "11-18 16:00", "NIS 2 : le Parlement adopte définitivement la loi résilience",
         "Avec près de deux ans de retard, la France transpose la directive européenne sur la cybersécurité. Quelque 15 000 entités, dont des collectivités et des PME, devront se conformer à de nouvelles obligations."),
    ]),
    # ------------------------------------------------ two towns hit by ransomware the same day
    ("metz-ransomware", "fresh4", [
        ("lemagit.fr", "11-19 08:10", "Metz et sa métropole paralysées par une cyberattaque",
         "Les services en ligne de la ville et de l'Eurométropole de Metz sont inaccessibles depuis mercredi soir. La collectivité évoque un rançongiciel et a porté plainte."),
        ("bfmtv.com", "11-19 11:30", "Cyberattaque à Metz : état civil, cantines et médiathèques à l'arrêt",
         "Les Messins ne peuvent plus réserver de créneau ni payer la cantine en ligne. La mairie assure que les données des habitants ne semblent pas avoir été dérobées à ce stade."),
        ("lemondeinformatique.fr", "11-20 09:00", "Rançongiciel : la métropole lorraine prévoit des semaines de perturbations",
         "Au lendemain de l'attaque, Metz estime à plusieurs semaines le retour complet de ses 1 500 postes de travail. Le groupe LockBit 5.0 a revendiqué l'opération."),
    ]),
    ("agen-ransomware", "fresh4", [
        ("zdnet.fr", "11-19 10:00", "La ville d'Agen victime d'un rançongiciel",
         "Les serveurs de la mairie et de l'agglomération d'Agen ont été chiffrés dans la nuit. Les agents travaillent sans informatique et l'accueil du public est limité aux démarches urgentes."),
        ("clubic.com", "11-19 16:00", "Cyberattaque : après Metz, une deuxième ville française touchée le même jour",
         "Agen, dans le Lot-et-Garonne, fait face à son tour à une attaque par rançongiciel. Rien n'indique à ce stade un lien avec celle qui vise la métropole de Metz, selon l'Anssi."),
    ]),
    ("sap-france-ceo", "fresh4", [
        ("silicon.fr", "11-19 09:00", "SAP France nomme une nouvelle directrice générale",
         "L'éditeur allemand confie sa filiale française à une ancienne dirigeante de ServiceNow, chargée d'accélérer la migration des clients vers S/4HANA Cloud avant la fin du support de l'ancien ERP en 2027."),
    ]),
    ("ai-act-omnibus-vote", "fresh4", [
        ("usine-digitale.fr", "11-19 17:00", "AI Act : les eurodéputés valident le report des obligations sur l'IA à haut risque",
         "Le Parlement européen a adopté l'omnibus numérique, qui repousse de seize mois l'application des règles visant les systèmes d'IA à haut risque, une victoire pour les industriels et un revers pour les associations."),
    ]),
    ("free-mobile-price-rise", "fresh4", [
        ("frandroid.com", "11-20 08:30", "Free augmente le prix de son forfait 5G de 2 € par mois",
         "Trois jours après le lancement de la Freebox Ultra 2, l'opérateur annonce une hausse du Forfait Free 5G, qui passe à 21,99 € pour les non-abonnés Freebox à partir de janvier."),
        ("numerama.com", "11-20 11:15", "Forfait Free plus cher en 2027 : ce que ça change pour vous",
         "Les abonnés mobiles de Free recevront un SMS dans les prochains jours. Ceux qui ont une Freebox échappent à la hausse, et les autres peuvent résilier sans frais pendant quatre mois."),
    ]),
    # ------------------------------------------------ a public-sector contract
    ("health-data-hub-secnumcloud", "fresh4", [
        ("lemondeinformatique.fr", "11-20 10:00", "Health Data Hub : le ministère attribue la migration vers un cloud qualifié SecNumCloud",
         "Les données de santé de la plateforme quitteront Microsoft Azure d'ici 2028. Le marché, d'un montant de 85 millions d'euros, est attribué à un groupement mené par Orange Business et OVHcloud."),
        ("next.ink", "11-20 15:10", "Données de santé : la fin d'Azure pour la plateforme publique est actée",
         "Après des années de polémiques, le groupement d'intérêt public choisit un hébergement souverain français. Les associations saluent la décision mais s'inquiètent des délais de migration."),
    ]),
    ("lemagit-essentiel-w47", "fresh4", [
        ("lemagit.fr", "11-20 16:30", "L'essentiel de la semaine : deux villes frappées par des rançongiciels, Pigment lève 200 M$",
         "Les cyberattaques contre Metz et Agen, les levées de fonds de Pigment et de Dust, la nouvelle Freebox et la migration du Health Data Hub : ce qu'il fallait retenir cette semaine."),
    ]),
    # ------------------------------------------------ a cloud suite outage
    ("microsoft-365-outage", "fresh4", [
        ("bfmtv.com", "11-23 08:40", "Panne Outlook et Teams : Microsoft 365 inaccessible pour de nombreux utilisateurs",
         "Depuis le début de la matinée, des milliers d'entreprises françaises ne peuvent plus accéder à leur messagerie ni à leurs réunions en ligne. Microsoft dit enquêter sur l'incident."),
        ("lemagit.fr", "11-23 10:00", "Microsoft 365 : une panne d'authentification perturbe l'Europe",
         "L'incident MO1180422 touche Exchange Online, Teams et SharePoint en Europe de l'Ouest. Microsoft met en cause une modification de configuration de son service d'identité Entra ID."),
        ("clubic.com", "11-23 16:30", "L'éditeur de Redmond rétablit sa suite bureautique après sept heures de coupure",
         "Outlook, Teams et OneDrive fonctionnent de nouveau normalement, assure Microsoft, qui promet un rapport d'incident détaillé à ses clients entreprises dans les cinq jours ouvrés."),
    ]),
    # ------------------------------------------------ two CNIL fines the same day
    ("cnil-deezer-fine", "fresh4", [
        ("next.ink", "11-24 11:00", "La CNIL inflige 5 millions d'euros d'amende à Deezer",
         "Le régulateur reproche au service de streaming musical de ne pas avoir encadré la sous-traitance qui a conduit à la fuite des données de millions d'abonnés, ni supprimé les données des comptes inactifs."),
        ("numerama.com", "11-24 14:10", "Fuite de données : Deezer sanctionné par la CNIL",
         "L'autorité de protection des données estime que la plateforme française a conservé trop longtemps les informations d'anciens utilisateurs, exposées lors du piratage d'un ancien partenaire."),
    ]),
    ("cnil-cdiscount-fine", "fresh4", [
        ("lemondeinformatique.fr", "11-24 11:20", "Cookies : la CNIL sanctionne Cdiscount à hauteur de 12 millions d'euros",
         "Le site de e-commerce déposait des traceurs publicitaires sans consentement dès l'arrivée des internautes et rendait le refus plus compliqué que l'acceptation, selon la formation restreinte de la CNIL."),
        ("01net.com", "11-24 15:30", "Cdiscount condamné à 12 M€ d'amende : ce que la CNIL lui reproche",
         "Bandeau trompeur, traceurs déposés avant tout clic, refus ignoré : la CNIL détaille les manquements du cybermarchand bordelais, qui a trois mois pour se mettre en conformité."),
    ]),
    # ------------------------------------------------ Black Friday: fake discounts, then the sales figures
    ("black-friday-ufc-fake-discounts", "fresh4", [
        ("lefigaro.fr", "11-24 06:30", "Black Friday : l'UFC-Que Choisir dénonce des fausses promotions chez les cybermarchands",
         "L'association a relevé les prix de 2 000 produits high-tech pendant six semaines : un quart des réductions affichées seraient calculées sur des prix de référence gonflés juste avant l'opération."),
        ("journaldugeek.com", "11-24 12:00", "Black Friday 2026 : comment repérer une fausse promo avant d'acheter",
         "Prix barré artificiel, compte à rebours bidon, stock « presque épuisé » : après l'enquête de l'UFC-Que Choisir, nos conseils pour vérifier l'historique des prix avant de craquer."),
    ]),
    # ------------------------------------------------ an AI model launch
    ("mistral-large-4", "fresh4", [
        ("usine-digitale.fr", "11-25 14:00", "Mistral AI dévoile Mistral Large 4, son modèle le plus puissant",
         "La start-up française publie un nouveau grand modèle de langage, multimodal et doté de capacités de raisonnement, qu'elle dit au niveau des meilleurs modèles américains sur les tâches de code."),
        ("numerama.com", "11-25 14:40", "Le champion français de l'IA sort un nouveau modèle, et il vise ChatGPT",
         "Déjà disponible dans Le Chat, le nouveau modèle phare de Mistral AI répond plus vite, cite ses sources et peut agir dans vos applications. On l'a testé pendant une heure."),
        ("lemondeinformatique.fr", "11-25 16:00", "Avec Large 4, Mistral AI cible les agents en entreprise",
         "Le nouveau LLM de Mistral gère un contexte d'un million de jetons et l'appel d'outils en parallèle. Il est proposé via La Plateforme, sur Azure et dans les clouds souverains partenaires."),
    ]),
    # ------------------------------------------------ SFR is sold
    ("sfr-sale-signed", "fresh4", [
        ("lesechos.fr", "11-26 06:00", "Altice signe la vente de SFR à Bouygues, Free et Orange",
         "Après un an de négociations, Patrick Drahi a accepté l'offre de 17 milliards d'euros des trois opérateurs, qui se partageront les clients, les fréquences et le réseau de SFR. L'Autorité de la concurrence va être saisie."),
        ("bfmtv.com", "11-26 07:40", "C'est officiel : SFR va disparaître, racheté par ses trois concurrents",
         "La filiale télécoms d'Altice sera démantelée entre Bouygues Telecom, Iliad et Orange. Le marché français repasse ainsi de quatre à trois opérateurs mobiles."),
        ("latribune.fr", "11-26 09:30", "Télécoms : Patrick Drahi lâche son opérateur pour 17 milliards d'euros",
         "Le milliardaire franco-israélien se défait du quatrième opérateur français, étranglé par une dette de plus de 20 milliards. Bouygues récupère la plus grosse part de la clientèle grand public."),
        ("numerama.com", "11-26 12:00", "Vous êtes abonné SFR ? Ce que le rachat va changer pour vous",
         "Forfait, box, numéro, prix : rien ne bouge dans l'immédiat pour les clients SFR et RED. La répartition entre Bouygues Telecom, Free et Orange ne prendra effet qu'après le feu vert des autorités, pas avant 2028."),
        ("lefigaro.fr", "11-27 08:00", "Démantèlement de SFR : les syndicats redoutent des milliers de suppressions d'emplois",
         "Au lendemain de l'accord entre Altice et les trois opérateurs, l'Unsa et la CFDT demandent des garanties pour les quelque 8 000 salariés de l'opérateur, dont l'avenir n'est pas précisé."),
    ]),
    ("education-nationale-suite", "fresh4", [
        ("lemagit.fr", "11-27 09:00", "L'Éducation nationale choisit une suite collaborative française pour ses 1,2 million d'agents",
         "Le ministère a notifié un marché de 60 millions d'euros sur quatre ans pour une messagerie et des outils bureautiques hébergés en France, en remplacement progressif des licences Microsoft."),
    ]),
    ("cloudflare-outage", "fresh4", [
        ("next.ink", "11-27 13:00", "Cloudflare en panne : de nombreux sites inaccessibles pendant une heure",
         "Une erreur dans la propagation d'une règle de son pare-feu applicatif a provoqué des erreurs 500 sur une partie des sites protégés par Cloudflare, dont plusieurs boutiques en pleine journée de Black Friday."),
    ]),
    ("01net-podcast-414", "fresh4", [
        ("01net.com", "11-28 08:00", "01Hebdo #414 : la fin de SFR, Mistral Large 4 et nos bons plans Black Friday",
         "Au sommaire de notre podcast : ce que le rachat de SFR change pour les abonnés, le nouveau modèle de Mistral AI et les vraies bonnes affaires tech repérées par la rédaction ce week-end."),
    ]),
    ("black-friday-fevad-figures", "fresh4", [
        ("lesechos.fr", "11-30 06:30", "Black Friday : les ventes en ligne progressent de 6 % en France",
         "Selon la Fevad, les Français ont dépensé 1,4 milliard d'euros sur Internet entre vendredi et dimanche, un record tiré par l'électronique, les jouets et la beauté, malgré un panier moyen en baisse."),
        ("journaldunet.com", "11-30 10:00", "E-commerce : un Black Friday record, porté par le mobile",
         "Près de sept commandes sur dix ont été passées sur smartphone pendant le week-end, selon les chiffres de la Fevad. Les places de marché chinoises captent une part croissante des achats."),
        ("bfmtv.com", "11-30 14:00", "Les Français ont-ils moins dépensé pour le Black Friday ? Les chiffres montrent le contraire",
         "Malgré un moral des ménages en berne, les ventes sur Internet ont atteint 1,4 milliard d'euros ce week-end, selon la fédération du e-commerce. Le Cyber Monday doit prolonger la tendance."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
