"""A sixteenth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh16".
It holds telecom prices and outages, cloud incidents, vendor flaws, hospital and town
cyberattacks, data leaks, CNIL and competition fines, appeals and court rulings, laws voted in
each chamber, funding rounds, acquisitions (rumoured then signed), appointments, job cuts and
strikes, AI models, a keynote, a post-launch bug, space launches, semiconductors and public
procurement. Positives are reworded: synonyms, digits against words, English terms, "selon
L'Informé", periphrases for the actor ("le géant de Redmond", "le cloud roubaisien"), actors
named only in the lead, consumer how-tos, interviews, next-day analyses, quotes and figures as
titles. Hard negatives sit close in time and topic: one firm's two models, flaws, fines or buys;
results then cuts, cuts then a strike; a fine then its appeal; two votes of one law; two outages
of one host; a rumour then the signed deal; a US rollout then the French one; two rockets from
Kourou; two firms cutting the same number of jobs; one ministry's two contracts; two operators
down on one day; a rival's reaction; homonymous towns attacked; near-homonymous targets; a
general op-ed after an attack; and roundups, a brief, a podcast, newsletters and a deals post
whose titles list several events and which merge with nothing.
`build` fixes the year 2026; times are UTC, May and September 2026.

Measured once, on the code that lands (c03dc14), and nothing was changed after: precision 1.000,
recall 0.858 (the code that landed before, c40ca00: 1.000, 0.840). No wrong link.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ operator price rise: consumer how-to and periphrasis
    ("orange-hausse-prix-livebox", "fresh16", [
        ("01net.com", "05-04 08:15", "Orange augmente le prix de ses box Livebox de 2 euros par mois dès juin", "L'opérateur historique va relever le tarif de ses abonnements Livebox Fibre et ADSL à partir du 9 juin. Les clients concernés seront prévenus par courrier électronique."),
        ("frandroid.com", "05-04 11:40", "Livebox : Orange passe encore à la caisse, votre abonnement internet va coûter plus cher", "Nouvelle hausse de prix chez Orange : les abonnés Livebox verront leur facture grimper de deux euros mensuels cet été. On fait le point sur les offres concernées et vos recours."),
        ("lesnumeriques.com", "05-04 17:05", "Hausse des prix chez Orange : peut-on résilier sans frais ?", "Après l'annonce d'une augmentation de 2 € par mois des offres Livebox, les abonnés disposent de quatre mois pour résilier sans pénalité. Mode d'emploi."),
        ("lesechos.fr", "05-05 07:30", "Télécoms : l’opérateur historique relève ses tarifs fixes pour doper ses revenus en France", "Orange augmente de deux euros le prix mensuel de ses box, une mesure qui doit rapporter plus de 100 millions d’euros par an, selon nos estimations."),
    ]),
    # ------------------------------------------------ a rival's reaction two days later is its own news
    ("free-gel-tarifs-freebox", "fresh16", [
        ("clubic.com", "05-06 09:20", "Face à Orange, Free promet de ne pas toucher aux prix de ses Freebox en 2026", "Deux jours après la hausse annoncée par son concurrent, l'opérateur de Xavier Niel s'engage à geler les tarifs de toutes ses offres fixes jusqu'à la fin de l'année."),
        ("20minutes.fr", "05-06 14:10", "Box internet : Free s’engage à geler ses tarifs jusqu’à fin 2026", "Le fournisseur d’accès répond à Orange, qui vient d’augmenter ses box de deux euros, en garantissant à ses abonnés des prix inchangés jusqu’au 31 décembre."),
    ]),
    # ------------------------------------------------ the same operator's network news that week
    ("orange-panne-mobile-occitanie", "fresh16", [
        ("20minutes.fr", "05-07 10:05", "Panne Orange : le réseau mobile coupé pendant plusieurs heures en Occitanie", "Depuis ce jeudi matin, de nombreux abonnés Orange de Toulouse, Montpellier et Perpignan ne peuvent plus appeler ni se connecter à Internet. L’opérateur évoque un incident technique."),
        ("bfmtv.com", "05-07 12:30", "Appels impossibles, 4G coupée : ce que l'on sait de la panne géante d'Orange dans le Sud", "Un incident sur un équipement de cœur de réseau prive des centaines de milliers de clients de service mobile depuis le début de matinée. Le rétablissement est attendu en début d'après-midi."),
        ("numerama.com", "05-07 18:45", "L’opérateur historique explique la panne qui a privé l’Occitanie de réseau mobile", "Orange attribue l’incident de ce jeudi à une mise à jour logicielle défaillante sur un routeur toulousain. Le service est revenu à la normale vers 15 heures."),
    ]),
    # ------------------------------------------------ two models of one line, two days apart
    ("mistral-medium-4", "fresh16", [
        ("usine-digitale.fr", "05-05 09:00", "Mistral AI dévoile Mistral Medium 4, son nouveau modèle pour les entreprises", "La start-up parisienne présente un modèle de taille intermédiaire qui revendique des performances proches des meilleurs modèles américains pour un coût huit fois inférieur."),
        ("numerama.com", "05-05 13:20", "La licorne française de l’IA sort un nouveau modèle et vise directement GPT-5", "Mistral AI lance Medium 4, disponible dès aujourd’hui dans Le Chat et via son API. Nous avons pu le tester."),
        ("next.ink", "05-06 08:10", "Medium 4 : Mistral muscle son offre, sans ouvrir les poids", "Le nouveau modèle de Mistral AI reste propriétaire, contrairement à certains de ses prédécesseurs. La société met en avant le raisonnement et la génération de code."),
    ]),
    ("mistral-small-4", "fresh16", [
        ("clubic.com", "05-07 10:30", "Mistral Small 4 : le nouveau petit modèle open source de Mistral AI tourne sur un PC portable", "Deux jours après Medium 4, la start-up publie sous licence Apache 2.0 un modèle de 24 milliards de paramètres pensé pour fonctionner en local."),
        ("journaldunet.com", "05-07 16:00", "Mistral AI publie Small 4 en open weight : ce qu'il faut savoir", "Multimodal, multilingue et sous licence Apache 2.0, Small 4 cible les déploiements sur site et les usages embarqués. Benchmarks, prix et limites."),
    ]),
    # ------------------------------------------------ a US rollout, then the French rollout three weeks later
    ("chatgpt-achat-integre-etats-unis", "fresh16", [
        ("01net.com", "05-06 20:15", "OpenAI lance le paiement direct dans ChatGPT aux États-Unis", "Les utilisateurs américains peuvent désormais acheter des produits sans quitter la conversation, grâce à un partenariat avec Shopify et Stripe. Aucune date n'est annoncée pour l'Europe."),
        ("frandroid.com", "05-07 07:50", "ChatGPT devient une boutique : OpenAI active l'achat intégré outre-Atlantique", "Le chatbot d'OpenAI permet désormais de commander et de payer en un clic, une fonction pour l'instant réservée aux États-Unis."),
    ]),
    ("chatgpt-achat-integre-france", "fresh16", [
        ("numerama.com", "05-27 11:00", "L’achat intégré de ChatGPT arrive en France", "Trois semaines après son lancement américain, la fonction de paiement direct d’OpenAI est déployée pour les utilisateurs français, avec la Fnac et Cdiscount parmi les premiers marchands."),
        ("bfmtv.com", "05-27 15:40", "Vous pouvez désormais faire vos achats dans ChatGPT : comment ça marche", "OpenAI ouvre en France la possibilité d'acheter sans quitter le chatbot. Marchands partenaires, paiement, protection des données : nos explications."),
    ]),
    # ------------------------------------------------ one law: the vote in one chamber, then in the other
    ("assemblee-reseaux-sociaux-moins-15-ans", "fresh16", [
        ("20minutes.fr", "05-05 19:30", "Réseaux sociaux interdits aux moins de 15 ans : les députés adoptent le texte", "L’Assemblée nationale a voté mardi en première lecture la proposition de loi qui impose une vérification d’âge aux plateformes. Le Sénat doit désormais l’examiner."),
        ("bfmtv.com", "05-05 20:10", "Majorité numérique à 15 ans : l'Assemblée dit oui", "Par 312 voix contre 54, les députés ont adopté le texte visant à interdire TikTok, Instagram ou Snapchat aux plus jeunes."),
        ("next.ink", "05-06 09:00", "Interdiction des réseaux sociaux avant 15 ans : ce que contient le texte voté par les députés", "Vérification d’âge, sanctions jusqu’à 1 % du chiffre d’affaires mondial, exclusion des messageries : décryptage de la proposition de loi adoptée mardi soir au Palais Bourbon."),
    ]),
    ("senat-reseaux-sociaux-moins-15-ans", "fresh16", [
        ("numerama.com", "05-28 18:00", "Le Sénat adopte à son tour l’interdiction des réseaux sociaux aux moins de 15 ans", "Trois semaines après l’Assemblée, les sénateurs ont voté le texte en le durcissant. Une commission mixte paritaire devra trancher les désaccords."),
        ("01net.com", "05-28 21:20", "Réseaux sociaux : les sénateurs durcissent le texte sur la majorité numérique", "Le Palais du Luxembourg a adopté jeudi la proposition de loi, en y ajoutant une obligation de contrôle parental activé par défaut sur les smartphones."),
    ]),
    # ------------------------------------------------ two outages of one host three days apart; a post-mortem the next day
    ("ovhcloud-panne-roubaix", "fresh16", [
        ("lemagit.fr", "05-11 11:20", "OVHcloud : panne majeure sur le site de Roubaix", "Depuis 7 h 40 ce lundi, de nombreux serveurs dédiés et instances Public Cloud hébergés à Roubaix sont inaccessibles. L’hébergeur évoque un problème d’alimentation électrique."),
        ("silicon.fr", "05-11 14:05", "Le cloud roubaisien à l'arrêt : des milliers de sites hors ligne", "Un incident électrique dans un datacenter d'OVHcloud a privé de service de nombreux clients pendant près de six heures. Le retour à la normale est progressif."),
        ("next.ink", "05-12 08:30", "L’hébergeur nordiste détaille l’incident électrique de lundi", "Dans un post-mortem publié dans la nuit, OVHcloud attribue la coupure de son site de Roubaix à la défaillance d’un onduleur lors d’une opération de maintenance."),
    ]),
    ("ovhcloud-incident-dns", "fresh16", [
        ("zdnet.fr", "05-14 16:45", "Nouvel incident chez OVHcloud, cette fois sur ses serveurs DNS", "Trois jours après la panne de Roubaix, une erreur de configuration a rendu inaccessibles pendant une heure les noms de domaine gérés par l'hébergeur."),
        ("journaldunet.com", "05-14 18:30", "OVHcloud : une heure de panne DNS perturbe des milliers de sites", "Ce jeudi après-midi, la résolution DNS d'OVHcloud a échoué, rendant injoignables de nombreux sites et messageries. L'hébergeur a annulé le changement en cause."),
    ]),
    # ------------------------------------------------ monthly patches, periphrasis for the vendor
    ("microsoft-patch-tuesday-mai", "fresh16", [
        ("zdnet.fr", "05-12 21:00", "Patch Tuesday de mai : Microsoft corrige 72 failles dont deux zero-days", "L'éditeur publie ses correctifs mensuels, dont deux vulnérabilités de Windows déjà exploitées par des attaquants."),
        ("lemondeinformatique.fr", "05-13 08:40", "Le géant de Redmond colmate deux zero-days lors de son Patch Tuesday", "La mise à jour de mai de Microsoft comble plus de 70 vulnérabilités, dont une élévation de privilèges dans le noyau Windows activement exploitée."),
    ]),
    # ------------------------------------------------ one vendor's two flaws in one week; a number-led follow-up
    ("fortinet-fortios-vpn-ssl-critique", "fresh16", [
        ("lemagit.fr", "05-13 10:15", "Fortinet : une vulnérabilité critique de FortiOS activement exploitée", "Le CERT-FR alerte sur une faille dans le VPN SSL de FortiOS permettant une exécution de code à distance sans authentification. Des correctifs sont disponibles."),
        ("zdnet.fr", "05-13 12:50", "Faille critique dans les pare-feu Fortinet : corrigez d'urgence", "Notée 9,8 sur 10, la vulnérabilité CVE-2026-24817 touche le composant VPN SSL de FortiOS et est déjà exploitée."),
        ("lemondeinformatique.fr", "05-14 09:10", "CVE-2026-24817 : plus de 40 000 pare-feu FortiGate toujours exposés", "Au lendemain de l'alerte, la fondation Shadowserver recense des dizaines de milliers d'équipements vulnérables, dont 2 300 en France."),
    ]),
    ("fortinet-forticlient-ems-injection", "fresh16", [
        ("silicon.fr", "05-15 11:00", "Fortinet corrige une injection SQL critique dans FortiClient EMS", "Deux jours après l'alerte sur FortiOS, Fortinet publie un correctif pour une autre faille, dans son serveur de gestion des postes clients. Aucune exploitation n'est signalée."),
        ("next.ink", "05-15 15:20", "Encore une faille critique chez Fortinet, dans FortiClient EMS cette fois", "La vulnérabilité CVE-2026-25102 permet d’exécuter des commandes sur le serveur de gestion. L’éditeur recommande une mise à jour immédiate."),
    ]),
    # ------------------------------------------------ results, then job cuts two days later
    ("ubisoft-resultats-annuels", "fresh16", [
        ("lesechos.fr", "05-13 19:00", "Ubisoft renoue avec les bénéfices grâce à Assassin’s Creed", "L’éditeur de jeux vidéo a dégagé un résultat net de 84 millions d’euros sur son exercice 2025-2026, porté par les ventes de son dernier opus."),
        ("bfmtv.com", "05-13 20:30", "Jeux vidéo : l'éditeur français sort enfin du rouge", "Ubisoft a publié mercredi des résultats annuels meilleurs que prévu, avec un chiffre d'affaires net en hausse de 12 %."),
        ("clubic.com", "05-14 09:30", "Résultats d'Ubisoft : ce qu'il faut retenir de l'exercice 2025-2026", "Chiffre d'affaires, jeux les plus vendus, calendrier des sorties : on fait le point sur les comptes annuels présentés hier soir par Yves Guillemot."),
    ]),
    ("ubisoft-suppressions-postes-montpellier", "fresh16", [
        ("numerama.com", "05-15 13:00", "Ubisoft va supprimer 180 postes à Montpellier, selon les syndicats", "Deux jours après des résultats en hausse, le syndicat Solidaires Informatique dénonce un plan de départs au studio montpelliérain de l’éditeur."),
        ("20minutes.fr", "05-15 17:45", "Montpellier : le studio d’Ubisoft frappé par un plan de 180 suppressions de postes", "La direction a présenté vendredi aux représentants du personnel un projet de réorganisation qui toucherait près d’un salarié sur trois du site."),
    ]),
    # ------------------------------------------------ two hospitals attacked the same week; a claim the next day
    ("cyberattaque-hopital-cahors", "fresh16", [
        ("20minutes.fr", "05-18 12:00", "Cahors : l’hôpital victime d’une cyberattaque, les urgences en mode dégradé", "Le centre hospitalier a été touché dans la nuit de dimanche à lundi par un rançongiciel. Les patients sont réorientés vers Montauban et Brive."),
        ("lemondeinformatique.fr", "05-18 16:20", "Un rançongiciel paralyse le centre hospitalier de Cahors", "Les systèmes d'information de l'établissement lotois sont à l'arrêt depuis dimanche soir. L'ANSSI est sur place et une plainte a été déposée."),
        ("zdnet.fr", "05-19 10:00", "Cyberattaque de l'hôpital de Cahors : le groupe Qilin revendique", "Le gang de ransomware affirme avoir dérobé 300 Go de données et réclame une rançon. L'établissement lotois fonctionne toujours en mode papier."),
    ]),
    ("cyberattaque-chu-amiens", "fresh16", [
        ("bfmtv.com", "05-20 09:15", "Nouvelle cyberattaque contre un hôpital, cette fois au CHU d'Amiens", "Deux jours après Cahors, le CHU Amiens-Picardie a été visé mercredi matin par une attaque informatique. Les opérations non urgentes sont reportées."),
        ("lemagit.fr", "05-20 14:30", "CHU Amiens-Picardie : une intrusion contraint à déprogrammer des opérations", "L’établissement a coupé ses accès à Internet par précaution après la détection d’une intrusion. L’origine de l’attaque reste inconnue."),
    ]),
    # ------------------------------------------------ a general op-ed on the topic, the day after an attack
    ("tribune-financement-cybersecurite-hopitaux", "fresh16", [
        ("cio-online.com", "05-19 08:00", "Tribune : « La cybersécurité des hôpitaux ne peut plus dépendre des appels à projets »", "Un ancien RSSI de groupement hospitalier plaide pour un financement pérenne de la sécurité numérique des établissements de santé, au-delà du programme CaRE."),
    ]),
    # ------------------------------------------------ two funding rounds in one sector on one day
    ("levee-kerno-comptabilite-ia", "fresh16", [
        ("usine-digitale.fr", "05-19 07:00", "La start-up Kerno lève 25 millions d'euros pour automatiser la comptabilité avec des agents IA", "Fondée en 2024 à Paris, la jeune pousse boucle une série A menée par Accel pour accélérer son déploiement auprès des cabinets d'expertise comptable."),
        ("lesechos.fr", "05-19 08:30", "IA : Kerno séduit Accel pour réinventer l’expertise comptable", "La start-up parisienne annonce un tour de table de 25 millions d’euros, un record pour une série A dans la fintech comptable française."),
        ("journaldunet.com", "05-19 11:00", "25 millions d'euros pour les agents comptables de Kerno", "La jeune pousse, qui revendique 400 cabinets clients, compte tripler ses effectifs d'ici 2027."),
    ]),
    ("levee-sylvea-legaltech", "fresh16", [
        ("journaldunet.com", "05-19 10:00", "Legaltech : Sylvea lève 12 millions d'euros pour son assistant juridique IA", "La start-up lyonnaise, qui aide les directions juridiques à analyser leurs contrats, finalise une série A auprès d'Eurazeo et de Bpifrance."),
        ("lemondeinformatique.fr", "05-19 15:00", "Sylvea boucle un tour de table de 12 M€ pour son IA juridique", "L'éditeur lyonnais va recruter 40 personnes et ouvrir un bureau à Bruxelles."),
    ]),
    # ------------------------------------------------ a fine, then its appeal five days later
    ("cnil-amende-leboncoin-cookies", "fresh16", [
        ("next.ink", "05-21 10:00", "Cookies : la CNIL inflige 6 millions d’euros d’amende à Leboncoin", "La formation restreinte reproche au site de petites annonces d’avoir déposé des traceurs publicitaires sans consentement et d’avoir rendu le refus plus difficile que l’acceptation."),
        ("numerama.com", "05-21 12:30", "Leboncoin sanctionné par la CNIL pour ses bandeaux cookies", "Le gendarme des données personnelles condamne la plateforme à une amende de six millions d’euros."),
        ("linforme.com", "05-21 17:00", "Les coulisses de la sanction du site de petites annonces par la CNIL", "Selon nos informations, Leboncoin contestait depuis deux ans les constats des contrôleurs. Récit d’une procédure qui a abouti jeudi à une amende de 6 M€."),
    ]),
    ("leboncoin-recours-conseil-etat", "fresh16", [
        ("lemondeinformatique.fr", "05-26 11:15", "Leboncoin conteste son amende CNIL devant le Conseil d'État", "Cinq jours après sa sanction, la plateforme a déposé un recours, estimant le montant de 6 M€ « disproportionné »."),
        ("linforme.com", "05-26 16:40", "Amende CNIL : Leboncoin saisit le Conseil d’État", "La plateforme de petites annonces demande l’annulation de la sanction et la suspension de sa publication, d’après le recours consulté par L’Informé."),
    ]),
    # ------------------------------------------------ two leaks at two retailers of one sector; a quote as title
    ("fuite-donnees-darty", "fresh16", [
        ("numerama.com", "05-25 09:30", "Darty victime d’une fuite de données : 1,2 million de clients concernés", "Noms, adresses, numéros de téléphone et historiques d’achats ont été dérobés via un prestataire de service après-vente. Darty a commencé à prévenir ses clients."),
        ("zdnet.fr", "05-25 13:10", "Un prestataire de SAV à l'origine de la fuite de données chez Darty", "L'enseigne d'électroménager confirme une intrusion sur l'outil d'un sous-traitant. Les données bancaires ne seraient pas concernées."),
        ("01net.com", "05-25 18:00", "Fuite de données Darty : comment savoir si vous êtes concerné et que faire", "Après le vol des informations d'un peu plus d'un million de clients, voici les bons réflexes face aux tentatives d'hameçonnage qui vont suivre."),
        ("20minutes.fr", "05-26 08:20", "« Méfiez-vous des faux SMS » : les clients de l’enseigne appelés à la vigilance", "Darty, qui s’est fait dérober les données de 1,2 million de clients, met en garde contre des messages frauduleux se réclamant de son service après-vente."),
    ]),
    ("fuite-donnees-but-fidelite", "fresh16", [
        ("clubic.com", "05-26 14:00", "Après Darty, c'est au tour de But de signaler une fuite de données", "L'enseigne d'ameublement et d'électroménager informe 400 000 clients que leurs coordonnées ont été exposées à la suite d'un accès frauduleux à son programme de fidélité."),
        ("bfmtv.com", "05-26 19:10", "But : les données de 400 000 clients du programme de fidélité dérobées", "Noms, e-mails et points de fidélité ont été consultés par un tiers. L'enseigne assure que l'incident n'a aucun lien avec celui de Darty."),
    ]),
    # ------------------------------------------------ a rumoured deal, then the signed deal two weeks later
    ("thales-cyrelis-negociations", "fresh16", [
        ("linforme.com", "05-04 07:00", "Thales en négociations pour racheter le toulousain Cyrelis", "Selon nos informations, le groupe de défense discute depuis plusieurs semaines d’une offre d’environ 400 millions d’euros pour ce spécialiste de la détection des intrusions."),
        ("lesechos.fr", "05-04 13:00", "Cybersécurité : Thales lorgne la pépite toulousaine Cyrelis", "Le groupe serait en discussions avancées pour s’offrir l’éditeur, selon L’Informé. Ni Thales ni Cyrelis n’ont souhaité commenter."),
    ]),
    ("thales-cyrelis-acquisition-signee", "fresh16", [
        ("lemagit.fr", "05-19 09:45", "Thales officialise l’acquisition de Cyrelis", "Le groupe annonce la signature d’un accord pour racheter l’éditeur toulousain de solutions de détection et de réponse, pour 410 millions d’euros. La finalisation est attendue au troisième trimestre."),
        ("usine-digitale.fr", "05-19 12:10", "Thales met 410 millions d'euros sur la table pour Cyrelis", "Après plusieurs semaines de négociations, l'industriel confirme le rachat de la pépite toulousaine de la cybersécurité, qui compte 280 salariés."),
        ("channelnews.fr", "05-20 08:00", "Rachat de Cyrelis par Thales : quelles conséquences pour les partenaires ?", "L'éditeur toulousain, distribué par une centaine d'intégrateurs en France, rejoindra la division cyber de Thales. Son programme partenaires est maintenu pour 2026."),
    ]),
    # ------------------------------------------------ two rockets from Kourou two days apart
    ("ariane-6-lancement-galileo", "fresh16", [
        ("numerama.com", "05-26 21:30", "Ariane 6 réussit son lancement et place deux satellites Galileo en orbite", "La fusée européenne a décollé mardi soir de Kourou, en Guyane, pour une mission de près de quatre heures."),
        ("20minutes.fr", "05-27 07:00", "Kourou : nouveau succès pour Ariane 6, qui emporte deux satellites de navigation", "Le lanceur d’Arianespace a décollé à 22 h 05, heure de Paris. Les deux satellites Galileo ont été largués près de quatre heures plus tard."),
        ("usine-digitale.fr", "05-27 10:00", "Avec ce nouveau vol, Arianespace accélère la cadence de son lanceur lourd", "Le succès de la mission Galileo de mardi soir conforte l'objectif de huit lancements d'Ariane 6 en 2026, alors qu'ArianeGroup augmente sa production aux Mureaux et à Brême."),
    ]),
    ("vega-c-lancement-observation", "fresh16", [
        ("lesechos.fr", "05-29 08:00", "Vega-C met en orbite un satellite d’observation italien", "Deux jours après Ariane 6, le petit lanceur européen a décollé de Kourou dans la nuit de jeudi à vendredi avec un satellite de la constellation IRIDE."),
        ("01net.com", "05-29 12:15", "Après Ariane 6, un autre lanceur européen décolle de Guyane", "Vega-C, désormais opéré par Avio, a placé en orbite un satellite d'observation de la Terre. C'est son troisième vol réussi depuis son retour en service."),
    ]),
    # ------------------------------------------------ recurring formats whose titles list this month's events
    ("next-hebdo-semaine-20", "fresh16", [
        ("next.ink", "05-16 09:00", "Hebdo #20 : panne chez OVHcloud, failles chez Fortinet et résultats d’Ubisoft", "Comme chaque samedi, retour sur l’actualité de la semaine : l’incident électrique de Roubaix, les vulnérabilités de FortiOS et FortiClient EMS et les comptes de l’éditeur de jeux vidéo."),
    ]),
    ("lemagit-brief-du-12-mai", "fresh16", [
        ("lemagit.fr", "05-12 07:30", "Le brief du mardi : OVHcloud, Broadcom, Salesforce", "Au sommaire de notre revue quotidienne : le post-mortem de la panne de Roubaix, les nouvelles licences VMware et l’offensive de Salesforce dans les agents IA."),
    ]),
    ("frandroid-bons-plans-22-mai", "fresh16", [
        ("frandroid.com", "05-22 08:00", "Bons plans du jour : Pixel 10a, Galaxy S26 et box Orange à prix cassé", "Smartphones, écouteurs et abonnements internet : voici notre sélection des meilleures promotions de ce vendredi."),
    ]),
    ("usine-digitale-lettre-ia-20-mai", "fresh16", [
        ("usine-digitale.fr", "05-20 07:00", "La lettre IA de la semaine : Mistral, Kerno, Sylvea et les agents en entreprise", "Chaque mercredi, l'essentiel de l'intelligence artificielle : les nouveaux modèles de Mistral AI, deux levées de fonds françaises et notre enquête sur les agents dans les directions financières."),
    ]),
    # ------------------------------------------------ single stories of May
    ("sncf-connect-revente-billets", "fresh16", [
        ("frandroid.com", "05-12 12:00", "SNCF Connect permet enfin de revendre ses billets de TGV entre particuliers", "L'application de la SNCF intègre une bourse aux billets officielle, qui remplace les plateformes tierces et garantit le prix d'origine."),
    ]),
    ("bretagne-datacenter-public-rennes", "fresh16", [
        ("silicon.fr", "05-27 09:00", "La Région Bretagne investit 30 millions d'euros dans un datacenter public à Rennes", "Le centre de données, exploité par une société d'économie mixte, hébergera dès 2028 les applications des collectivités et des hôpitaux bretons."),
    ]),
    ("nintendo-switch-2-vingt-millions", "fresh16", [
        ("clubic.com", "05-08 08:30", "Nintendo : la Switch 2 franchit les 20 millions d'exemplaires en un an", "Le constructeur japonais publie ses résultats annuels et prévoit encore 18 millions de consoles vendues sur l'exercice en cours."),
    ]),
    # ------------------------------------------------ two telecom appointments on one day; a behind-the-scenes piece
    ("sfr-nouveau-pdg", "fresh16", [
        ("lesechos.fr", "09-01 07:15", "Altice France nomme Laurent Vasseur à la tête de SFR", "Ancien dirigeant de Proximus, il succède au PDG en poste depuis 2022 et aura la charge de mener la séparation des activités de l’opérateur."),
        ("bfmtv.com", "09-01 10:40", "Nouveau patron chez SFR : Laurent Vasseur prend les commandes de l'opérateur au carré rouge", "Altice France a annoncé mardi la nomination de cet ingénieur de 54 ans, passé par le belge Proximus, au poste de PDG de SFR."),
    ]),
    ("bouygues-telecom-nouvelle-directrice-generale", "fresh16", [
        ("journaldunet.com", "09-01 09:00", "Bouygues Telecom nomme Claire Morvan directrice générale", "L'actuelle directrice de l'activité entreprises succède au directeur général de l'opérateur, appelé à d'autres fonctions au sein du groupe Bouygues."),
        ("01net.com", "09-01 13:30", "Une femme à la tête de Bouygues Telecom, une première", "Claire Morvan, 47 ans, devient directrice générale de l'opérateur à compter du 1er octobre."),
        ("linforme.com", "09-01 18:00", "Pourquoi Martin Bouygues a choisi Claire Morvan", "Selon nos informations, la nouvelle patronne de l’opérateur l’a emporté face à deux candidats externes. Récit d’une succession préparée depuis un an."),
    ]),
    ("anssi-nouveau-directeur-general", "fresh16", [
        ("next.ink", "09-02 08:00", "Un nouveau directeur général à la tête de l’ANSSI", "Le décret nommant l’ancien commandant de la cyberdéfense au poste de directeur général de l’agence est paru ce mercredi au Journal officiel."),
    ]),
    # ------------------------------------------------ two fines of one firm by two authorities on consecutive days
    ("autorite-concurrence-amende-google-droits-voisins", "fresh16", [
        ("lesechos.fr", "09-03 08:30", "Droits voisins : Google condamné à 150 millions d’euros d’amende par l’Autorité de la concurrence", "Le gendarme de la concurrence sanctionne le groupe américain pour ne pas avoir respecté ses engagements envers les éditeurs de presse."),
        ("usine-digitale.fr", "09-03 11:00", "Presse : nouvelle sanction pour le géant de Mountain View", "L'Autorité de la concurrence inflige 150 M€ à Google, accusé d'avoir utilisé des contenus d'éditeurs pour entraîner Gemini sans les en informer."),
        ("next.ink", "09-03 15:00", "150 millions d’euros : l’Autorité de la concurrence sanctionne encore Google sur les droits voisins", "C’est la troisième amende dans ce dossier. Google annonce ne pas faire appel et assure avoir « tiré les leçons » des précédentes décisions."),
    ]),
    ("cnil-amende-google-publicites-gmail", "fresh16", [
        ("numerama.com", "09-04 10:30", "La CNIL inflige 40 millions d’euros à Google pour des publicités dans Gmail", "Le gendarme des données reproche à Google d’avoir affiché des publicités déguisées en e-mails sans le consentement des utilisateurs."),
        ("01net.com", "09-04 14:00", "Publicités dans Gmail : Google sanctionné par la CNIL", "Au lendemain de l'amende de l'Autorité de la concurrence, c'est au tour de la CNIL de frapper Google au portefeuille, pour 40 M€."),
    ]),
    # ------------------------------------------------ a weekly newsletter listing the week's events
    ("cio-online-essentiel-semaine-36", "fresh16", [
        ("cio-online.com", "09-05 08:00", "L’essentiel de la semaine : deux amendes pour Google, nouveaux patrons chez SFR et Bouygues Telecom", "Notre sélection hebdomadaire des actualités qui comptent pour les DSI : sanctions, nominations et tendances du marché."),
    ]),
    # ------------------------------------------------ job cuts: an interview next day; another firm, same figure, same day
    ("atos-plan-suppressions-postes", "fresh16", [
        ("lesechos.fr", "09-08 07:00", "Atos va supprimer 1 200 postes en France", "Le groupe informatique présente ce mardi aux syndicats un plan de restructuration qui touche principalement ses activités d’infogérance. C’est le troisième plan en quatre ans."),
        ("lemondeinformatique.fr", "09-08 12:00", "L'ESN de Bezons annonce un nouveau plan social", "Atos prévoit la suppression d'environ 1 200 emplois dans l'Hexagone, via une rupture conventionnelle collective et des départs contraints."),
        ("channelnews.fr", "09-08 16:30", "Restructuration chez Atos : 1 200 postes menacés, les partenaires s'inquiètent", "Intégrateurs et sous-traitants redoutent un ralentissement des projets après l'annonce du plan de réduction des effectifs."),
        ("silicon.fr", "09-09 09:15", "« Nous devons adapter nos effectifs à notre activité », justifie le directeur général d'Atos", "Dans un entretien, le patron du groupe défend la suppression de 1 200 postes en France, au lendemain de sa présentation aux syndicats."),
    ]),
    ("worldline-suppressions-postes", "fresh16", [
        ("bfmtv.com", "09-08 11:00", "Worldline va supprimer 1 200 postes dans le monde", "Le spécialiste des paiements, en difficulté depuis deux ans, annonce un plan de réduction d'effectifs dont environ 350 postes en France."),
        ("journaldunet.com", "09-08 15:00", "Paiement : Worldline taille dans ses effectifs avec 1 200 suppressions de postes", "Le groupe, qui cherche à renouer avec la rentabilité, supprimera environ 7 % de ses effectifs d'ici à fin 2027."),
    ]),
    # ------------------------------------------------ the job cuts, then the strike a week later
    ("atos-greve-plan-social", "fresh16", [
        ("linforme.com", "09-16 08:00", "Atos : les syndicats appellent à la grève contre le plan social", "La CFE-CGC, la CFDT et la CGT organisent jeudi un premier mouvement sur tous les sites français, une semaine après l’annonce de 1 200 suppressions de postes."),
        ("lemagit.fr", "09-17 17:00", "Grève chez Atos : des centaines de salariés mobilisés à Bezons et Angers", "Premier jour de mobilisation contre le plan de réduction des effectifs. La direction affirme que le dialogue social se poursuit."),
    ]),
    # ------------------------------------------------ one keynote, two products; hands-on and buying advice
    ("apple-iphone-18-pro", "fresh16", [
        ("frandroid.com", "09-09 19:30", "iPhone 18 Pro et 18 Pro Max officiels : prix, fiche technique et date de sortie", "Apple lève le voile sur ses nouveaux iPhone haut de gamme, dotés de la puce A20 Pro gravée en 2 nm et d'un capteur photo à ouverture variable."),
        ("lesnumeriques.com", "09-09 20:00", "La firme de Cupertino mise sur la photo et l'autonomie avec ses nouveaux smartphones Pro", "Ouverture variable, batterie plus grande, modem maison : les iPhone 18 Pro et Pro Max arrivent le 18 septembre à partir de 1 329 €."),
        ("01net.com", "09-09 21:10", "Keynote Apple : les iPhone 18 Pro sont là, à partir de 1 329 euros", "Nouvelle puce A20 Pro, modem C2 et caméra repensée : voici tout ce qu'il faut savoir sur les deux nouveaux smartphones haut de gamme d'Apple."),
        ("numerama.com", "09-10 08:00", "On a pris en main l’iPhone 18 Pro : le changement est dans l’objectif", "Nous avons pu manipuler quelques minutes le nouveau smartphone d’Apple à Cupertino. Premières impressions sur son appareil photo à ouverture variable."),
        ("20minutes.fr", "09-10 11:00", "Faut-il craquer pour l’iPhone 18 Pro ? Ce qui change vraiment par rapport au 17 Pro", "Dévoilé mercredi soir, le nouveau smartphone haut de gamme d’Apple apporte quelques nouveautés notables, mais son prix grimpe encore."),
    ]),
    ("apple-watch-series-12", "fresh16", [
        ("frandroid.com", "09-09 20:15", "Apple Watch Series 12 : Apple ajoute la mesure de la tension artérielle en continu", "Présentée lors de la keynote de rentrée, la nouvelle montre connectée adopte un nouveau capteur et promet 36 heures d'autonomie."),
        ("clubic.com", "09-10 07:45", "Keynote Apple : la Watch Series 12 mise tout sur la santé", "La nouvelle Apple Watch, disponible le 18 septembre dès 449 €, surveille désormais la tension et détecte les apnées du sommeil."),
    ]),
    ("podcast-01net-keynote-apple", "fresh16", [
        ("01net.com", "09-11 17:00", "Le podcast 01net : la keynote d'Apple valait-elle le détour ?", "Dans cet épisode, la rédaction débat des iPhone 18 Pro, de la nouvelle Apple Watch et des absences remarquées de la présentation de mercredi."),
    ]),
    ("nintendo-hausse-prix-switch-2-europe", "fresh16", [
        ("lesnumeriques.com", "09-10 09:30", "Nintendo augmente le prix de la Switch 2 de 30 euros en Europe", "Invoquant la hausse du coût des composants, le constructeur japonais porte le prix de sa console à 499,99 € à partir du 1er octobre."),
    ]),
    # ------------------------------------------------ the launch, then a bug after sales began
    ("iphone-18-pro-bug-ecran", "fresh16", [
        ("01net.com", "09-22 10:00", "iPhone 18 Pro : des utilisateurs signalent un écran qui scintille", "Quelques jours après la sortie, plusieurs propriétaires décrivent un scintillement de l'écran à faible luminosité. Apple n'a pas encore réagi."),
        ("20minutes.fr", "09-23 09:00", "Écran qui clignote sur le dernier iPhone : Apple promet une mise à jour", "La marque à la pomme reconnaît un problème logiciel sur l’iPhone 18 Pro et annonce un correctif dans iOS 27.0.1 dans les prochains jours."),
    ]),
    # ------------------------------------------------ two acquisitions by one buyer in one week; near-homonymous target
    ("sopra-steria-rachat-cybelia", "fresh16", [
        ("channelnews.fr", "09-14 08:30", "Sopra Steria rachète la société de cybersécurité lyonnaise Cybelia", "L'ESN met la main sur ce spécialiste des SOC managés qui compte 350 collaborateurs et 60 M€ de chiffre d'affaires."),
        ("lemondeinformatique.fr", "09-14 11:00", "Sopra Steria renforce son pôle cyber avec l'acquisition de Cybelia", "Le montant de l'opération n'a pas été communiqué. Cybelia apporte une soixantaine de clients dans l'industrie et la santé."),
        ("lesechos.fr", "09-14 17:00", "Cybersécurité : l’ESN s’offre Cybelia pour environ 180 millions d’euros", "Sopra Steria réalise sa plus grosse acquisition depuis 2023 pour doper ses activités de sécurité managée."),
    ]),
    ("sopra-steria-rachat-analitika", "fresh16", [
        ("channelnews.fr", "09-17 09:00", "Après Cybelia, Sopra Steria s'empare de l'espagnol Analitika", "L'ESN poursuit ses emplettes avec ce cabinet madrilène de conseil en données de 200 personnes."),
        ("cio-online.com", "09-17 14:00", "Data : Sopra Steria acquiert le cabinet madrilène Analitika", "L’opération doit renforcer l’offre data et IA du groupe dans la péninsule Ibérique."),
    ]),
    # ------------------------------------------------ one ministry's two public contracts in one week; a next-day analysis
    ("education-nationale-marche-microsoft", "fresh16", [
        ("next.ink", "09-15 09:00", "L’Éducation nationale reconduit son accord avec Microsoft pour quatre ans", "Le ministère a attribué un nouveau marché de 80 millions d’euros pour les licences de ses agents, malgré les appels à privilégier des solutions libres."),
        ("lemondeinformatique.fr", "09-15 13:00", "Licences : le ministère de l'Éducation renouvelle Microsoft pour 80 M€", "Le marché, passé via l'UGAP, couvre les postes de travail et la messagerie des personnels administratifs jusqu'en 2030."),
        ("01net.com", "09-16 10:00", "Pourquoi l'Éducation nationale n'arrive pas à se passer de Microsoft", "Au lendemain du renouvellement d'un contrat de 80 millions d'euros avec l'éditeur américain, retour sur les projets avortés de bascule vers le logiciel libre."),
    ]),
    ("education-nationale-marche-tablettes-colleges", "fresh16", [
        ("clubic.com", "09-17 11:00", "L'Éducation nationale commande 150 000 tablettes pour les collèges", "Le ministère a attribué à Samsung et à l'intégrateur Econocom un marché de 60 millions d'euros pour équiper les élèves de sixième."),
        ("20minutes.fr", "09-17 18:00", "Des tablettes Samsung pour les élèves de 6e : le ministère signe un marché à 60 millions", "Les premiers collèges seront équipés au retour des vacances de la Toussaint."),
    ]),
    # ------------------------------------------------ two operators down on the same day, unrelated causes
    ("bouygues-telecom-panne-nationale", "fresh16", [
        ("20minutes.fr", "09-18 08:30", "Panne Bouygues Telecom : internet et téléphone coupés pour de nombreux abonnés", "Depuis tôt ce vendredi matin, des milliers de clients de l’opérateur signalent des coupures de leur box et de leur forfait mobile, surtout en Île-de-France."),
        ("frandroid.com", "09-18 10:15", "Bouygues Telecom en panne : l'opérateur confirme un incident national", "Box et réseau mobile sont touchés. Bouygues Telecom évoque un problème sur son cœur de réseau et promet un rétablissement dans la matinée."),
        ("bfmtv.com", "09-18 13:00", "Fin de la panne chez Bouygues Telecom, qui promet un geste commercial", "Après cinq heures de perturbations, le service est revenu. L'opérateur va offrir un mois d'abonnement aux clients les plus touchés."),
    ]),
    ("sfr-fibre-cables-sectionnes-lorraine", "fresh16", [
        ("lesnumeriques.com", "09-18 19:00", "SFR : la fibre coupée en Lorraine après un arrachage de câbles", "Le soir même de la panne de Bouygues Telecom, des milliers de foyers abonnés à SFR autour de Nancy et Metz ont perdu leur connexion à cause d'un acte de vandalisme."),
        ("numerama.com", "09-19 09:00", "Câbles sectionnés : des milliers de foyers lorrains privés d’Internet", "SFR a porté plainte après le sabotage de son réseau fibre vendredi soir. Les réparations devraient s’achever dans la journée."),
    ]),
    # ------------------------------------------------ two court rulings about one firm in one week
    ("conseil-etat-amazon-france-logistique-amende-cnil", "fresh16", [
        ("next.ink", "09-22 11:00", "Surveillance des salariés : le Conseil d’État réduit l’amende d’Amazon France Logistique", "La haute juridiction administrative ramène de 32 à 15 millions d’euros la sanction infligée par la CNIL, tout en confirmant le caractère excessif du suivi des scanners."),
        ("lemagit.fr", "09-22 15:30", "Amazon France Logistique obtient une réduction de son amende CNIL", "Le Conseil d’État valide l’essentiel des griefs mais juge disproportionné le montant de 32 M€, ramené à 15 M€."),
    ]),
    ("tribunal-paris-amazon-vendeurs-marketplace", "fresh16", [
        ("lesechos.fr", "09-24 10:00", "Le tribunal des activités économiques de Paris condamne Amazon face à des vendeurs tiers", "Le géant du commerce en ligne devra verser 9 millions d’euros à une fédération de vendeurs pour des déréférencements abusifs sur sa place de marché."),
        ("journaldunet.com", "09-24 16:00", "Marketplace : Amazon condamné à 9 M€ pour avoir suspendu des vendeurs sans justification", "La justice commerciale donne raison à 120 vendeurs français dont les comptes avaient été bloqués en 2024."),
    ]),
    # ------------------------------------------------ one chipmaker: a plant frozen in France, subsidies cleared in Italy
    ("stmicro-gel-extension-crolles", "fresh16", [
        ("usine-digitale.fr", "09-23 10:00", "STMicroelectronics gèle l'extension de son usine de Crolles", "Le fabricant franco-italien de semi-conducteurs suspend le projet d'usine 300 mm mené avec GlobalFoundries, invoquant la faiblesse du marché automobile."),
        ("lesechos.fr", "09-23 18:00", "Semi-conducteurs : coup d’arrêt pour le projet géant de Crolles", "STMicroelectronics met en pause l’investissement de 7,5 milliards d’euros en Isère, soutenu par l’État à hauteur de 2,9 milliards."),
    ]),
    ("stmicro-catane-aides-italiennes-bruxelles", "fresh16", [
        ("lemondeinformatique.fr", "09-24 09:30", "Bruxelles valide 2 milliards d'euros d'aides italiennes pour l'usine de ST à Catane", "La Commission européenne autorise le soutien public au campus de carbure de silicium de STMicroelectronics en Sicile."),
        ("silicon.fr", "09-24 14:00", "Carbure de silicium : feu vert européen pour les aides au site sicilien de STMicroelectronics", "Au lendemain de la suspension du projet de Crolles, le fabricant obtient l'accord de la Commission pour le financement de son usine de Catane."),
    ]),
    ("qonto-licence-bancaire", "fresh16", [
        ("journaldunet.com", "09-24 12:00", "Qonto obtient sa licence bancaire et devient une banque à part entière", "La néobanque des PME a reçu l'agrément de l'ACPR et de la BCE, ce qui lui permettra de proposer des crédits à ses 600 000 clients."),
    ]),
    # ------------------------------------------------ a weekly security roundup listing the week's events
    ("zdnet-recap-securite-semaine-39", "fresh16", [
        ("zdnet.fr", "09-26 08:00", "Le récap sécurité de la semaine : Amazon face au Conseil d'État, panne chez Bouygues Telecom et câbles SFR sabotés", "Chaque samedi, ZDNet revient sur l'essentiel de l'actualité de la sécurité et des infrastructures."),
    ]),
    # ------------------------------------------------ two towns of the same name attacked on consecutive days
    ("cyberattaque-mairie-saint-denis-93", "fresh16", [
        ("20minutes.fr", "09-28 11:00", "Saint-Denis : la mairie paralysée par une cyberattaque", "Les services municipaux de la ville de Seine-Saint-Denis fonctionnent au ralenti depuis le week-end. État civil et inscriptions scolaires sont suspendus."),
        ("zdnet.fr", "09-28 16:00", "Rançongiciel : la ville de Saint-Denis (93) coupe son réseau informatique", "La commune, fusionnée avec Pierrefitte-sur-Seine depuis 2025, a détecté un chiffrement de ses serveurs samedi. Une plainte a été déposée."),
    ]),
    ("cyberattaque-mairie-saint-denis-reunion", "fresh16", [
        ("bfmtv.com", "09-29 09:00", "La Réunion : Saint-Denis visée à son tour par une attaque informatique", "La mairie du chef-lieu réunionnais a annoncé mardi être victime d'une intrusion dans sa messagerie. Aucun lien n'est établi avec l'attaque contre son homonyme de Seine-Saint-Denis."),
        ("lemagit.fr", "09-29 15:00", "Saint-Denis de La Réunion : la messagerie de la mairie compromise", "Une campagne d’hameçonnage aurait permis à des attaquants d’accéder aux boîtes de courriel des agents. Les services restent ouverts au public."),
    ]),
    ("free-freebox-pop-2", "fresh16", [
        ("frandroid.com", "09-29 10:00", "Free lance la Freebox Pop 2 avec le Wi-Fi 7 à 34,99 € par mois", "La nouvelle box d'entrée de gamme de l'opérateur embarque un répéteur et un décodeur Android TV, sans hausse de prix pour les abonnés actuels."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
