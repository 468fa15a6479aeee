"""A seventh fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12,
to be measured once, on the final code. Same format as `labelled.py`; every event's half is
"fresh7". Each event is one real-world happening: articles of one event are the same story
(a reaction or follow-up a day or two later included), every other pair is not. Some titles
are near-identical across outlets, most are reworded (synonyms, digits against words, another
angle, an English word, "selon L'Informé"), a few are hard on purpose (a periphrasis for the
firm, a consumer angle, a quote as title).
Hard negatives are look-alikes on purpose: one firm's figures then its job cuts, job cuts then
a strike, two outages of one host, a launch then a price rise, a fine then its appeal, two
acquisitions by one vendor, two funding rounds the same day, two ransomware attacks the same
day, two fines by one regulator the same day, two data leaks the same day, two CEO changes
the same day, one vendor's two flaws in one week, two versions of one system, two product
lines of one brand the same week, two streaming price rises the same week, and recurring
formats (weekly roundups, a daily digest, a podcast, a newsletter) that merge with nothing.
`build` fixes the year 2026; times are UTC, January and February 2026.

Measured once, on the code of this stop as it was to land: precision 0.975, recall 0.588 (the
previous stop's code: 1.000, 0.427). Its one wrong merge, SFR's data leak and Cultura's the same
day, joined through "Encore une fuite ce lundi : l'enseigne…", whose lead opens "Pendant que les
abonnés de SFR s'inquiètent": that clause is now recalled, not reported, and "encore une fuite"
says it happens again. Since then it is not held out.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ school software down on the first day back
    ("pronote-outage", "fresh7", [
        ("bfmtv.com", "01-05 07:50", "Rentrée de janvier : Pronote en panne, parents et élèves privés d'emploi du temps",
         "Au premier jour de la reprise des cours, l'application de vie scolaire utilisée par la quasi-totalité des collèges et lycées affiche un message d'erreur depuis 7 heures. Index Éducation évoque un afflux massif de connexions."),
        ("01net.com", "01-05 09:15", "Pronote ne fonctionne plus : ce que l'on sait de la panne de ce lundi matin",
         "Connexion impossible, notes et devoirs inaccessibles : des dizaines de milliers de signalements ont été enregistrés sur Downdetector. L'éditeur Index Éducation dit travailler à un rétablissement dans la matinée."),
        ("numerama.com", "01-05 15:40", "Le logiciel de vie scolaire a rendu les armes le jour de la reprise, son éditeur s'explique",
         "Index Éducation attribue la coupure de ce lundi à la saturation d'un prestataire d'hébergement, alors que des millions de comptes ont tenté de se connecter en même temps après les vacances de Noël. Le service est revenu vers 11 heures."),
    ]),
    # ------------------------------------------------ one regulator, two fines, the same day
    ("cnil-cdiscount-fine", "fresh7", [
        ("lemondeinformatique.fr", "01-08 10:30", "La CNIL inflige une amende de 12 millions d'euros à Cdiscount",
         "Le régulateur reproche au site de e-commerce bordelais d'avoir déposé des cookies publicitaires sans consentement et d'avoir rendu le refus plus compliqué que l'acceptation sur son bandeau."),
        ("next.ink", "01-08 11:05", "Cookies : Cdiscount sanctionné à hauteur de 12 M€ par la CNIL",
         "La formation restreinte de la CNIL a retenu trois manquements, dont la lecture de traceurs avant tout choix de l'internaute. Le marchand dispose de trois mois pour se mettre en conformité, sous astreinte de 50 000 euros par jour."),
        ("clubic.com", "01-08 14:20", "Traceurs publicitaires : le géant bordelais du e-commerce écope d'une lourde amende",
         "Douze millions d'euros : c'est ce que devra payer Cdiscount pour ses bandeaux cookies jugés trompeurs. Voici ce qui est reproché au marchand en ligne et ce que cela change pour ses clients."),
        ("lefigaro.fr", "01-09 08:10", "Amende de 12 millions : Cdiscount juge la décision de la CNIL « disproportionnée »",
         "Au lendemain de la sanction, le distributeur en ligne assure avoir déjà modifié son bandeau de consentement et n'exclut pas de contester la décision devant la justice administrative."),
    ]),
    ("cnil-leboncoin-fine", "fresh7", [
        ("zdnet.fr", "01-08 12:40", "RGPD : Leboncoin écope de 3,5 millions d'euros d'amende pour conservation excessive de données",
         "La CNIL a également sanctionné jeudi la plateforme de petites annonces, qui gardait les données de comptes inactifs pendant plus de dix ans et informait mal ses utilisateurs de leurs droits."),
        ("journaldunet.com", "01-08 16:15", "Durée de conservation des données : la CNIL frappe Leboncoin au portefeuille",
         "Pour la deuxième fois de la journée, le gendarme des données personnelles a publié une sanction. La plateforme, filiale d'Adevinta, devra supprimer les comptes dormants depuis plus de trois ans."),
    ]),
    ("clubic-week-02", "fresh7", [
        ("clubic.com", "01-10 09:00", "Le récap' de la semaine tech : Pronote en rade, Cdiscount sanctionné et pluie de nouveautés au CES",
         "Rentrée chaotique pour les collégiens, cookies sanctionnés par la CNIL, téléviseurs et PC portables à gogo à Las Vegas : voici ce qu'il ne fallait pas manquer ces sept derniers jours."),
    ]),
    # ------------------------------------------------ Atos: job cuts, then a strike a week later
    ("atos-pse", "fresh7", [
        ("linforme.com", "01-12 06:00", "Atos prépare un nouveau plan social de 1 200 postes en France",
         "Selon nos informations, la direction du groupe informatique doit présenter mardi aux représentants du personnel un plan de sauvegarde de l'emploi touchant surtout l'infogérance et les fonctions support."),
        ("lesechos.fr", "01-12 07:30", "Atos : 1 200 suppressions d'emplois en vue dans l'Hexagone, selon L'Informé",
         "Le groupe, sorti de sa restructuration financière fin 2024, poursuit sa cure d'amaigrissement. Les sites des Clayes-sous-Bois, d'Angers et de Bezons seraient les plus exposés."),
        ("lemagit.fr", "01-12 10:50", "Layoffs : Atos confirme un PSE et vise 1 200 départs",
         "Le groupe a confirmé lundi l'ouverture d'une procédure d'information-consultation. Il privilégiera les départs volontaires et promet des mesures d'accompagnement supérieures au minimum légal."),
        ("silicon.fr", "01-12 15:20", "« Personne ne sera laissé au bord du chemin » : la direction d'Atos défend son plan de départs",
         "La direction générale justifie la suppression de 1 200 postes par le recul persistant du chiffre d'affaires de l'infogérance et assure que les reclassements internes seront privilégiés."),
        ("lemondeinformatique.fr", "01-13 09:40", "PSE chez Atos : les syndicats dénoncent un plan « sans vision industrielle »",
         "Au lendemain de l'annonce, la CFE-CGC et la CGT réclament des garanties sur l'avenir des sites de province et menacent d'appeler à la mobilisation si la direction maintient son calendrier."),
    ]),
    # ------------------------------------------------ one vendor, two critical flaws, one week
    ("fortios-flaw", "fresh7", [
        ("lemagit.fr", "01-13 08:30", "Fortinet corrige une vulnérabilité critique de FortiOS déjà exploitée",
         "La faille, notée 9,6 sur 10, permet à un attaquant non authentifié d'exécuter du code à distance sur les pare-feu dont l'interface SSL-VPN est exposée. L'éditeur recommande une mise à jour immédiate."),
        ("zdnet.fr", "01-13 12:00", "Pare-feu FortiGate : une faille zero-day activement exploitée, le CERT-FR alerte",
         "L'agence nationale recommande de mettre à jour sans délai les équipements concernés et de rechercher des traces de compromission, plusieurs cas ayant déjà été observés en France."),
        ("silicon.fr", "01-14 07:45", "SSL-VPN : ce qu'il faut savoir de la CVE-2026-21762",
         "Versions concernées, correctifs disponibles, indicateurs de compromission : le point sur la vulnérabilité critique du système des pare-feu FortiGate divulguée mardi par Fortinet."),
    ]),
    # ------------------------------------------------ OVHcloud: two outages, three days apart
    ("ovh-roubaix-outage", "fresh7", [
        ("bfmtv.com", "01-14 09:05", "Panne géante chez OVHcloud : des milliers de sites inaccessibles",
         "Depuis 7h30 ce mercredi, de nombreux sites web et services hébergés par le français OVHcloud ne répondent plus. L'hébergeur évoque un incident électrique dans l'un de ses datacenters de Roubaix."),
        ("journaldugeek.com", "01-14 09:40", "OVH down : pourquoi une partie du web français est en rade ce matin",
         "Sites de médias, boutiques en ligne, serveurs de jeux : la panne de l'hébergeur roubaisien a des conséquences en cascade. Voici ce que l'on sait pour l'instant."),
        ("lemagit.fr", "01-14 13:10", "OVHcloud : un défaut d'alimentation à l'origine de l'incident de Roubaix",
         "L'hébergeur indique qu'un onduleur défaillant a provoqué l'arrêt de deux salles du site RBX. Le redémarrage des serveurs est en cours, mais certains clients pourraient rester privés de service jusqu'au soir."),
        ("lesechos.fr", "01-14 17:30", "Le champion français du cloud de nouveau fragilisé par une panne",
         "Près de cinq ans après l'incendie de Strasbourg, l'arrêt d'un datacenter nordiste pendant une dizaine d'heures ravive les doutes sur la résilience du groupe, au moment où il courtise les grands comptes. Le titre a reculé de 4 %."),
        ("lemondeinformatique.fr", "01-16 10:00", "Incident de Roubaix : OVHcloud publie son rapport et promet des compensations",
         "Dans son post-mortem, l'hébergeur détaille la chaîne de défaillances qui a mis hors ligne deux salles pendant onze heures mercredi et annonce des avoirs pour les clients concernés par la coupure."),
    ]),
    ("aws-sovereign-cloud", "fresh7", [
        ("lemagit.fr", "01-15 08:00", "AWS ouvre son European Sovereign Cloud en Allemagne",
         "La région isolée, opérée depuis le Brandebourg par du personnel résidant dans l'Union européenne, est disponible pour tous les clients. AWS promet qu'aucune donnée ni métadonnée ne quittera le territoire européen."),
        ("silicon.fr", "01-15 11:30", "Cloud souverain : Amazon Web Services lance sa région européenne indépendante",
         "Le numéro un mondial du cloud inaugure une infrastructure juridiquement séparée, dirigée par une entité de droit allemand. Une quarantaine de services sont proposés au lancement."),
        ("lemondeinformatique.fr", "01-15 16:10", "Les promesses de souveraineté d'Amazon face au Cloud Act laissent les acteurs français sceptiques",
         "OVHcloud, Scaleway et Outscale jugent que la nouvelle offre européenne du géant américain, lancée jeudi, reste soumise au droit des États-Unis. Le Cigref demande une évaluation indépendante."),
    ]),
    ("fortiweb-flaw", "fresh7", [
        ("lemondeinformatique.fr", "01-16 09:20", "Fortinet : nouvelle faille critique, le pare-feu applicatif FortiWeb concerné",
         "Trois jours après un correctif d'urgence pour FortiOS, l'éditeur publie un bulletin pour une injection SQL dans FortiWeb permettant de prendre le contrôle de l'interface d'administration."),
        ("01net.com", "01-16 14:30", "Encore une faille chez Fortinet : cette fois, c'est FortiWeb",
         "Le fournisseur américain de solutions de sécurité enchaîne les alertes. La vulnérabilité, notée 9,1, n'aurait pas encore été exploitée, mais un code de démonstration circule déjà en ligne."),
    ]),
    ("ovh-api-outage", "fresh7", [
        ("next.ink", "01-17 11:20", "OVHcloud de nouveau perturbé, l'espace client et l'API hors service",
         "Trois jours après la panne électrique de Roubaix, l'hébergeur connaît un nouvel incident, logiciel cette fois : le manager et l'API ne répondent plus, sans impact sur les serveurs en production selon l'entreprise."),
        ("01net.com", "01-17 14:50", "Nouvelle panne chez OVH : impossible d'accéder à son compte client ce samedi",
         "Les clients de l'hébergeur ne peuvent plus gérer leurs noms de domaine ni commander de serveurs. OVHcloud évoque une mise à jour défectueuse de son système d'authentification."),
    ]),
    ("atos-strike", "fresh7", [
        ("next.ink", "01-20 10:10", "Grève chez Atos : rassemblement devant le siège de Bezons contre le plan social",
         "Plusieurs centaines de salariés ont répondu mardi à l'appel de l'intersyndicale. Ils demandent le retrait du PSE annoncé la semaine dernière et l'ouverture de négociations sur les salaires."),
        ("bfmtv.com", "01-20 13:45", "Les salariés d'Atos débrayent, mobilisation inédite chez le géant de l'informatique",
         "Entre 15 % et 30 % des effectifs ont cessé le travail selon les syndicats, un chiffre contesté par la direction. Une nouvelle journée d'action est déjà prévue début février."),
    ]),
    # ------------------------------------------------ two streaming price rises, one week
    ("netflix-price", "fresh7", [
        ("frandroid.com", "01-20 08:30", "Netflix augmente ses prix en France : voici les nouveaux tarifs",
         "L'offre Standard avec publicité passe à 8,99 € par mois, l'abonnement Standard à 15,99 € et l'offre Premium à 22,99 €. La hausse s'applique dès aujourd'hui aux nouveaux abonnés."),
        ("01net.com", "01-20 09:10", "Hausse des prix chez Netflix : jusqu'à 2 euros de plus par mois",
         "Le service de streaming relève tous ses tarifs français. Les abonnés existants seront prévenus par e-mail et paieront le nouveau prix à partir de leur prochaine échéance."),
        ("numerama.com", "01-20 11:45", "Votre abonnement Netflix va coûter plus cher, et ce n'est sans doute pas la dernière fois",
         "La plateforme justifie cette augmentation par ses investissements dans les contenus et le sport en direct. Voici comment vérifier la date de votre prochain prélèvement et changer d'offre si besoin."),
        ("presse-citron.net", "01-20 14:00", "Streaming : le géant de Los Gatos fait encore grimper la facture des Français",
         "Premium à 22,99 euros, offre avec pub à 8,99 euros : la nouvelle grille tarifaire du leader mondial de la SVOD entre en vigueur immédiatement pour les nouveaux clients."),
        ("lesnumeriques.com", "01-21 10:20", "Netflix plus cher : faut-il passer à l'offre avec publicité ?",
         "Avec la hausse annoncée hier, l'écart entre la formule financée par la publicité et l'abonnement Standard atteint 7 euros par mois. Nous avons comparé catalogue, qualité d'image et nombre d'écrans."),
    ]),
    # ------------------------------------------------ Cegid: two acquisitions, three weeks apart
    ("cegid-nomiq", "fresh7", [
        ("lemondeinformatique.fr", "01-21 09:00", "Cegid rachète l'éditeur espagnol de logiciels de paie Nomiq",
         "Le groupe lyonnais, détenu par des fonds d'investissement, poursuit ses emplettes en Europe du Sud avec cette société de 400 salariés qui équipe 12 000 PME espagnoles. Le montant n'a pas été communiqué."),
        ("journaldunet.com", "01-21 11:40", "Logiciels de gestion : Cegid met la main sur Nomiq et renforce son offre RH en Espagne",
         "Avec cette acquisition, l'éditeur français revendique plus de 100 000 clients dans la péninsule ibérique et compte intégrer le moteur de paie de Nomiq à sa plateforme de gestion des talents."),
        ("lesechos.fr", "01-22 06:30", "L'éditeur lyonnais de logiciels comptables accélère outre-Pyrénées",
         "Le groupe né en 1983 à Lyon signe sa troisième acquisition en Espagne en deux ans, en reprenant un spécialiste de la paie valorisé environ 180 millions d'euros, selon nos informations."),
    ]),
    ("soitec-revenue", "fresh7", [
        ("usine-digitale.fr", "01-21 18:30", "Soitec abaisse encore ses prévisions, plombé par le marché des smartphones",
         "Le fabricant isérois de plaquettes de silicium sur isolant a vu son chiffre d'affaires du troisième trimestre reculer de 18 % et anticipe désormais une baisse d'environ 20 % sur l'ensemble de l'exercice."),
    ]),
    ("disney-price", "fresh7", [
        ("frandroid.com", "01-22 09:30", "Après Netflix, Disney+ augmente à son tour ses tarifs en France",
         "L'abonnement Standard passe à 10,99 € par mois et Premium à 14,99 €. La hausse s'appliquera aux abonnés actuels à partir du 23 février, les nouveaux clients paient déjà le nouveau prix."),
        ("lesnumeriques.com", "01-22 15:10", "Disney+ : les nouveaux prix des abonnements à partir de février",
         "La plateforme de la firme aux grandes oreilles relève l'ensemble de ses formules, y compris l'offre avec publicité, qui passe à 6,99 euros par mois. Voici le détail formule par formule."),
    ]),
    ("cdiscount-appeal", "fresh7", [
        ("next.ink", "01-22 16:00", "Cdiscount demande au Conseil d'État d'annuler son amende CNIL de 12 millions",
         "Deux semaines après sa sanction pour des cookies déposés sans consentement, l'e-commerçant a déposé un recours, estimant que la CNIL a surévalué le nombre de personnes concernées."),
        ("lefigaro.fr", "01-23 08:40", "Cookies : Cdiscount porte le fer devant la plus haute juridiction administrative",
         "Le site bordelais conteste à la fois le montant et le principe de la sanction prononcée début janvier. Le recours n'est pas suspensif : l'amende reste due en attendant la décision."),
    ]),
    ("tech-salaries-2026", "fresh7", [
        ("journaldunet.com", "01-23 10:00", "Salaires de la tech en 2026 : les profils data et cybersécurité tirent les rémunérations vers le haut",
         "Selon l'étude annuelle d'un cabinet de recrutement, un ingénieur en cybersécurité avec cinq ans d'expérience gagne en moyenne 62 000 euros brut par an à Paris, contre 48 000 euros pour un développeur web."),
    ]),
    # ------------------------------------------------ two ransomware attacks, the same day
    ("chu-limoges-ransomware", "fresh7", [
        ("lemagit.fr", "01-26 08:15", "Cyberattaque : le CHU de Limoges contraint de passer en mode dégradé",
         "Le centre hospitalier universitaire a détecté dans la nuit de dimanche à lundi le chiffrement de plusieurs serveurs. Les urgences restent ouvertes, mais des opérations programmées ont été reportées."),
        ("bfmtv.com", "01-26 10:30", "L'hôpital de Limoges paralysé par un rançongiciel, les patients invités à reporter leurs rendez-vous",
         "Informatique coupée, dossiers papier ressortis des placards, transferts de patients vers d'autres établissements : le CHU vit une journée très difficile après une attaque informatique d'ampleur."),
        ("zdnet.fr", "01-26 17:50", "Ransomware : le groupe Qilin revendique l'attaque contre un CHU français",
         "Le groupe cybercriminel affirme avoir dérobé 600 Go de données à l'établissement de santé de Haute-Vienne et menace de les publier sous sept jours. L'ANSSI est mobilisée aux côtés des équipes de l'hôpital."),
        ("lefigaro.fr", "01-28 09:00", "Deux jours après la cyberattaque, le CHU de Limoges rouvre progressivement ses blocs",
         "Les premières interventions programmées ont repris mercredi, mais les résultats d'analyses et le dossier patient informatisé restent indisponibles. La direction table sur plusieurs semaines avant un retour à la normale."),
    ]),
    ("saint-nazaire-ransomware", "fresh7", [
        ("lemondeinformatique.fr", "01-26 11:20", "La ville de Saint-Nazaire victime d'une attaque par rançongiciel",
         "Les services municipaux de la commune de Loire-Atlantique fonctionnent au ralenti depuis lundi matin : état civil, inscriptions scolaires et paiement en ligne de la cantine sont indisponibles."),
        ("clubic.com", "01-26 15:30", "Cyberattaque : une deuxième victime ce lundi, une mairie de l'Ouest cette fois",
         "Après un hôpital de Nouvelle-Aquitaine, c'est la municipalité de Saint-Nazaire qui a vu ses serveurs chiffrés. La collectivité a déposé plainte et assure qu'aucune rançon ne sera versée."),
    ]),
    # ------------------------------------------------ Free: a launch, then a price rise
    ("freebox-ultra-2", "fresh7", [
        ("frandroid.com", "01-27 09:00", "Free dévoile la Freebox Ultra 2 : Wi-Fi 7, 10 Gbit/s et un nouveau Player",
         "L'opérateur présente ce mardi sa nouvelle box haut de gamme, commercialisée 59,99 € par mois avec Netflix, Disney+ et Canal+ inclus. Elle remplace la Freebox Ultra lancée il y a deux ans."),
        ("01net.com", "01-27 10:15", "Freebox Ultra 2 officielle : prix, débits, services inclus, tout savoir",
         "Nouveau serveur compact, répéteur Wi-Fi 7 fourni, stockage de 1 To : voici les caractéristiques de la box que Free commercialise dès aujourd'hui, sans engagement."),
        ("clubic.com", "01-27 12:30", "L'opérateur de Xavier Niel renouvelle sa box la plus chère",
         "Deux ans après la première Ultra, Iliad lance sa successeure avec un boîtier TV sous Android TV et un abonnement à 59,99 euros par mois. Les abonnés actuels pourront migrer sans frais."),
        ("lesnumeriques.com", "01-28 08:00", "Freebox Ultra 2 : nos premières impressions sur la nouvelle box de Free",
         "Nous l'avons installée à la rédaction dès son lancement mardi. Débits mesurés, interface, télécommande : voici ce qui change réellement par rapport au modèle précédent."),
    ]),
    # ------------------------------------------------ two versions of one system, three weeks apart
    ("ios-26-3", "fresh7", [
        ("journaldugeek.com", "01-28 19:30", "iOS 26.3 est disponible : voici les nouveautés",
         "Apple déploie ce mercredi soir la troisième mise à jour d'iOS 26 pour tous les iPhone compatibles. Au programme : transfert simplifié vers Android, nouvelles options pour Liquid Glass et une vingtaine de correctifs de sécurité."),
        ("01net.com", "01-28 20:15", "Mettez à jour votre iPhone : iOS 26.3 corrige des failles exploitées",
         "La nouvelle version du système mobile d'Apple comble deux vulnérabilités de WebKit qui auraient été utilisées dans des attaques ciblées. Une mise à jour à installer sans tarder."),
        ("lesnumeriques.com", "01-29 08:20", "iOS 26.3 : faut-il installer la mise à jour ?",
         "Autonomie, stabilité, nouvelles fonctions : nous avons testé la version disponible depuis hier soir sur plusieurs modèles d'iPhone, de l'iPhone 12 à l'iPhone 17 Pro."),
    ]),
    ("stmicro-results", "fresh7", [
        ("lesechos.fr", "01-29 06:45", "STMicroelectronics prévoit un premier trimestre encore difficile",
         "Le groupe franco-italien a publié un chiffre d'affaires de 3,3 milliards de dollars au quatrième trimestre, en recul de 2 %, et anticipe une nouvelle baisse saisonnière en début d'année malgré des signes de reprise dans l'automobile."),
        ("usine-digitale.fr", "01-29 09:30", "STMicro boucle une année 2025 en net recul mais voit le bout du tunnel",
         "Le fabricant de puces a vu son chiffre d'affaires annuel chuter d'environ 10 %, à 11,9 milliards de dollars. Sa direction mise sur l'industrie et l'automobile pour une reprise au second semestre 2026."),
        ("lemondeinformatique.fr", "01-29 11:00", "STMicroelectronics : résultats annuels en baisse, la réorganisation se poursuit",
         "Le groupe maintient son programme de réduction des coûts, qui prévoit jusqu'à 2 800 départs d'ici à 2027, et confirme la bascule de ses usines de Crolles et d'Agrate vers les plaquettes de 300 mm."),
        ("latribune.fr", "01-29 15:40", "Le fabricant de puces franco-italien rassure la Bourse malgré une année noire",
         "L'action a gagné 5 % à Paris après la publication d'une marge brute supérieure aux attentes au quatrième trimestre. Les analystes saluent des stocks revenus à un niveau normal chez les clients."),
    ]),
    ("chatgpt-ads-france", "fresh7", [
        ("numerama.com", "01-30 16:00", "ChatGPT va afficher de la publicité en France dès le mois de mars",
         "OpenAI étend à l'Europe son test de publicités dans les réponses de son assistant pour les utilisateurs gratuits et ceux de l'offre Go. Les abonnés Plus et Pro n'en verront pas, assure l'entreprise."),
    ]),
    ("clubic-week-05", "fresh7", [
        ("clubic.com", "01-31 09:00", "Le récap' de la semaine tech : Freebox Ultra 2, iOS 26.3 et un CHU paralysé",
         "Nouvelle box chez Free, mise à jour importante pour les iPhone, cyberattaque contre un hôpital de Haute-Vienne : l'essentiel de l'actualité tech de ces sept derniers jours en cinq minutes."),
    ]),
    ("freebox-pop-price", "fresh7", [
        ("frandroid.com", "02-02 08:40", "Free augmente le prix de la Freebox Pop de 3 euros par mois",
         "Moins d'une semaine après le lancement de la Freebox Ultra 2, l'opérateur relève le tarif de son offre intermédiaire, qui passe à 32,99 € par mois pour les nouveaux abonnés."),
        ("01net.com", "02-02 11:10", "Freebox Pop : la hausse de prix concerne aussi les abonnés actuels",
         "Les clients déjà équipés recevront un e-mail et verront leur facture augmenter de 3 euros à partir d'avril. Ils pourront résilier sans frais dans les quatre mois suivant la notification."),
        ("presse-citron.net", "02-03 09:30", "Box internet : votre forfait Free va coûter plus cher, voici comment réagir",
         "Mauvaise nouvelle pour des millions d'abonnés de l'opérateur : l'offre Pop grimpe à 32,99 euros par mois. Changer d'offre, résilier ou négocier : les options qui s'offrent à vous."),
    ]),
    ("france-travail-fake-offers", "fresh7", [
        ("next.ink", "02-03 10:00", "France Travail confie à une IA le tri des offres d'emploi frauduleuses",
         "L'opérateur public déploie un modèle développé en interne qui repère les annonces suspectes avant leur publication. Plus de 60 000 fausses offres avaient été retirées du site en 2025."),
    ]),
    # ------------------------------------------------ two funding rounds, the same day
    ("pigment-funding", "fresh7", [
        ("lesechos.fr", "02-04 06:00", "Pigment lève 200 millions de dollars et triple sa valorisation",
         "Le logiciel de planification financière fondé à Paris en 2019 boucle un tour de table mené par un fonds américain qui le valorise 2,5 milliards de dollars. Il veut accélérer aux États-Unis, où il réalise la moitié de ses revenus."),
        ("journaldunet.com", "02-04 08:45", "Pigment boucle un tour de 200 M$ pour ses agents IA de pilotage financier",
         "La scale-up, qui compte plusieurs multinationales de la grande consommation parmi ses clients, va investir dans des agents capables de préparer budgets et prévisions à partir des données de l'ERP."),
        ("usine-digitale.fr", "02-04 12:00", "Planification financière : la pépite française décroche 185 millions d'euros",
         "Avec cette nouvelle levée, Pigment compte recruter 400 personnes en deux ans, dont la moitié en France, et ouvrir un bureau à Singapour pour servir ses clients asiatiques."),
    ]),
    ("dust-funding", "fresh7", [
        ("usine-digitale.fr", "02-04 10:15", "Agents IA pour entreprises : Dust lève 40 millions d'euros",
         "La start-up parisienne, qui permet de créer des assistants connectés aux outils internes, boucle une série B menée par un fonds de la Silicon Valley. Elle revendique 2 000 entreprises clientes."),
        ("lesechos.fr", "02-04 14:30", "Dust, l'autre pépite française de l'IA agentique, boucle une série B",
         "Fondée par deux anciens de Stripe et d'OpenAI, la jeune pousse lève 40 millions d'euros le même jour que Pigment et entend doubler ses effectifs d'ici à la fin de l'année."),
    ]),
    ("mistral-compute", "fresh7", [
        ("lemondeinformatique.fr", "02-05 09:30", "Mistral AI ouvre Mistral Compute, son cloud IA souverain",
         "La start-up met à disposition des entreprises et des administrations sa plateforme de calcul hébergée dans un datacenter de l'Essonne, équipée de 18 000 puces Nvidia Grace Blackwell."),
        ("silicon.fr", "02-05 10:40", "Mistral Compute entre en service : ce que propose l'offre GPU de Mistral",
         "Location de GPU, modèles managés, environnements isolés pour les données sensibles : le détail de l'offre et de ses premiers tarifs, face à AWS, Azure et Google Cloud."),
        ("lesechos.fr", "02-05 13:00", "La pépite française de l'IA générative se rêve en hyperscaler",
         "En lançant son propre cloud, la société d'Arthur Mensch devient fournisseur d'infrastructure et concurrent direct d'OVHcloud et de Scaleway, qui comptaient jusqu'ici parmi ses partenaires."),
        ("numerama.com", "02-06 08:15", "« Le calcul est devenu une question de souveraineté » : Mistral AI justifie son virage vers l'infrastructure",
         "Au lendemain du lancement de Mistral Compute, la direction de la start-up explique pourquoi elle investit des milliards dans ses propres centres de données plutôt que de louer de la puissance à Microsoft."),
    ]),
    ("lmi-podcast-06", "fresh7", [
        ("lemondeinformatique.fr", "02-06 17:00", "Podcast LMI : le cloud de Mistral, les levées de Pigment et Dust et l'heure des agents",
         "Dans ce nouvel épisode de notre podcast hebdomadaire, la rédaction revient sur les annonces de la semaine : l'offre de calcul de Mistral AI, deux levées de fonds françaises et la course aux agents en entreprise."),
    ]),
    # ------------------------------------------------ two data leaks, the same day
    ("sfr-leak", "fresh7", [
        ("next.ink", "02-09 07:20", "Fuite de données chez SFR : les informations de 4 millions de clients en vente",
         "Un pirate propose sur un forum cybercriminel une base contenant noms, adresses, numéros de téléphone et IBAN d'abonnés de l'opérateur. SFR confirme un « incident de sécurité » chez un prestataire."),
        ("bfmtv.com", "02-09 10:00", "SFR victime d'une cyberattaque : des millions d'abonnés concernés",
         "L'opérateur au carré rouge a commencé à prévenir ses clients par e-mail. Il assure que les mots de passe ne sont pas touchés, mais les appelle à la vigilance face aux tentatives d'hameçonnage."),
        ("01net.com", "02-09 12:30", "Client SFR ? Voici ce qu'il faut faire après la fuite de vos données",
         "Surveiller ses prélèvements, se méfier des faux conseillers, vérifier si l'on fait partie des victimes : nos conseils après le piratage qui touche quatre millions d'abonnés."),
        ("lemagit.fr", "02-09 16:45", "Data breach chez SFR : un sous-traitant de la relation client mis en cause",
         "Selon nos informations, l'attaquant a utilisé les identifiants d'un employé de centre d'appels pour extraire les données via l'outil de gestion client de l'opérateur pendant plusieurs semaines."),
        ("lefigaro.fr", "02-11 08:30", "« Aucun mot de passe n'a été dérobé » : SFR tente de rassurer après la fuite géante",
         "Deux jours après la révélation du piratage, l'opérateur a déposé plainte et notifié la CNIL. Les associations de consommateurs réclament un dédommagement pour les quatre millions de clients touchés."),
    ]),
    ("cultura-leak", "fresh7", [
        ("zdnet.fr", "02-09 11:10", "Cultura confirme une fuite de données touchant ses clients fidélité",
         "L'enseigne de produits culturels a détecté un accès non autorisé à la base de son programme de fidélité. Noms, e-mails et historiques d'achats de 1,5 million de clients seraient concernés."),
        ("clubic.com", "02-09 18:20", "Encore une fuite ce lundi : l'enseigne de livres et de loisirs créatifs prévient ses clients",
         "Pendant que les abonnés de SFR s'inquiètent, les membres du programme de fidélité de Cultura reçoivent à leur tour un e-mail d'alerte. Aucune donnée bancaire ne serait en cause."),
    ]),
    ("cegid-fraisly", "fresh7", [
        ("lemagit.fr", "02-10 08:45", "Cegid s'offre Fraisly, spécialiste des notes de frais",
         "Trois semaines après un rachat en Espagne, le groupe lyonnais acquiert une jeune pousse parisienne de 60 personnes qui automatise la saisie des dépenses professionnelles grâce à la lecture des tickets."),
        ("journaldunet.com", "02-10 13:20", "Notes de frais : nouvelle acquisition pour Cegid, qui rachète Fraisly",
         "L'éditeur de logiciels de gestion intégrera la solution à son offre destinée aux experts-comptables et aux PME. Fraisly avait levé 8 millions d'euros en 2023."),
    ]),
    ("doctolib-assistant", "fresh7", [
        ("usine-digitale.fr", "02-11 09:00", "Doctolib généralise son assistant de consultation à tous les médecins généralistes",
         "L'outil, qui transcrit l'échange avec le patient et rédige une synthèse à intégrer au dossier, sera inclus sans surcoût dans l'abonnement. La plateforme revendique déjà 15 000 praticiens utilisateurs."),
    ]),
    ("ariane-64-first-flight", "fresh7", [
        ("latribune.fr", "02-12 22:40", "Ariane 6 réussit son premier vol en version quatre boosters",
         "Le lanceur européen a décollé jeudi soir de Kourou dans sa configuration la plus puissante, Ariane 64, et placé en orbite une trentaine de satellites de la constellation Amazon Leo."),
        ("lefigaro.fr", "02-12 23:30", "Kourou : succès pour Ariane 64, la version lourde du lanceur européen",
         "Avec quatre propulseurs d'appoint, la fusée peut emporter plus de 20 tonnes en orbite basse. Arianespace doit réaliser dix-huit lancements pour le compte d'Amazon dans les prochaines années."),
        ("numerama.com", "02-13 08:00", "Ariane 6 a lancé ses premiers satellites pour Amazon : pourquoi c'est important",
         "Le géant américain est devenu le premier gros client commercial d'Ariane 6. Un contrat stratégique pour Arianespace, alors que SpaceX domine outrageusement le marché des lancements."),
        ("usine-digitale.fr", "02-13 10:30", "Le premier tir du lanceur européen en configuration lourde est un succès",
         "ArianeGroup salue une « montée en cadence » après le vol inaugural de la version à quatre propulseurs P120C, qui ouvre la voie à une dizaine de lancements cette année depuis la Guyane."),
    ]),
    # ------------------------------------------------ Capgemini: results, then job cuts four days later
    ("capgemini-results", "fresh7", [
        ("lesechos.fr", "02-13 06:40", "Capgemini renoue avec la croissance grâce à l'IA et au rachat de WNS",
         "Le groupe de services informatiques a réalisé un chiffre d'affaires de 22,9 milliards d'euros en 2025 et vise une croissance de 4 % à 6 % à taux de change constants cette année."),
        ("lemondeinformatique.fr", "02-13 09:10", "Capgemini : résultats 2025 solides et objectifs relevés pour 2026",
         "La marge opérationnelle atteint 13,4 % du chiffre d'affaires. L'ESN dit avoir signé pour plus d'un milliard d'euros de contrats liés à l'IA générative et agentique au cours de l'exercice."),
        ("zdnet.fr", "02-13 11:30", "Le numéro un français des services numériques dépasse ses objectifs",
         "Porté par la demande en IA et par l'intégration de l'indien WNS, le groupe dirigé par Aiman Ezzat affiche un bénéfice net de 1,7 milliard d'euros et propose un dividende en hausse."),
        ("latribune.fr", "02-13 16:00", "Capgemini s'envole en Bourse après ses résultats annuels",
         "Le titre a pris 7 % vendredi, les investisseurs saluant des prises de commandes record de 24 milliards d'euros et des perspectives meilleures qu'attendu pour l'année en cours."),
    ]),
    ("ios-26-4-beta", "fresh7", [
        ("journaldugeek.com", "02-16 19:40", "iOS 26.4 : la première bêta est disponible pour les développeurs",
         "Apple ouvre les tests de la prochaine mise à jour de son système mobile, attendue au printemps. Elle inaugure la nouvelle version de Siri dopée à l'IA, promise depuis plus d'un an."),
        ("frandroid.com", "02-17 09:15", "Siri nouvelle génération : ce que révèle la bêta d'iOS 26.4",
         "Compréhension du contexte personnel, actions dans les applications : les premiers testeurs découvrent l'assistant remanié d'Apple, qui ne parle qu'anglais pour l'instant."),
    ]),
    ("capgemini-rcc", "fresh7", [
        ("linforme.com", "02-17 06:00", "Capgemini prépare une rupture conventionnelle collective en France",
         "Selon nos informations, l'ESN va proposer aux syndicats un plan de départs volontaires visant environ 1 500 postes, principalement dans le conseil et parmi les consultants en intercontrat."),
        ("lemagit.fr", "02-17 11:20", "Capgemini : 1 500 départs volontaires envisagés en France, selon L'Informé",
         "Quatre jours après des résultats annuels salués par la Bourse, le groupe envisagerait de réduire ses effectifs hexagonaux, où le taux d'occupation des consultants reste faible."),
        ("lemondeinformatique.fr", "02-18 08:50", "RCC chez Capgemini : la direction confirme et ouvre les négociations",
         "Le groupe confirme un projet de rupture conventionnelle collective portant sur 1 500 postes au maximum. Les syndicats dénoncent un paradoxe au regard de la hausse du dividende."),
    ]),
    ("hugging-face-dextra", "fresh7", [
        ("usine-digitale.fr", "02-18 14:00", "Hugging Face s'offre Dextra pour accélérer dans la robotique open source",
         "La plateforme franco-américaine de l'IA ouverte met la main sur une équipe lyonnaise de 25 ingénieurs spécialisée dans les mains robotiques, un an après le rachat de Pollen Robotics."),
    ]),
    ("presse-citron-digest-18", "fresh7", [
        ("presse-citron.net", "02-18 18:00", "L'essentiel de la tech du jour : départs chez Capgemini, la bêta d'iOS 26.4 et les Galaxy S26",
         "Chaque soir, la rédaction résume en trois minutes ce qu'il fallait retenir de la journée. Au menu ce mercredi : un plan de départs dans une ESN, la nouvelle Siri en test et les dernières fuites sur les smartphones de Samsung."),
    ]),
    # ------------------------------------------------ two CEO changes, the same day
    ("sopra-steria-ceo", "fresh7", [
        ("lesechos.fr", "02-19 07:00", "Sopra Steria change de directeur général",
         "Le conseil d'administration de l'ESN a nommé Nathalie Vautrin, jusqu'ici directrice de la France, à la tête du groupe à compter du 1er avril. Elle succède à un dirigeant en poste depuis 2022."),
        ("lemondeinformatique.fr", "02-19 09:45", "Nathalie Vautrin prend les rênes de Sopra Steria",
         "Entrée dans le groupe en 2003, la future directrice générale devra poursuivre le recentrage sur le conseil et les logiciels, alors que le chiffre d'affaires a stagné en 2025."),
        ("silicon.fr", "02-19 14:10", "Gouvernance : nouvelle patronne pour l'ESN fondée à Annecy",
         "Le groupe de services numériques né en 1968 en Haute-Savoie confie pour la première fois de son histoire sa direction générale à une femme. La Bourse a accueilli la nouvelle sans enthousiasme."),
    ]),
    ("worldline-ceo", "fresh7", [
        ("zdnet.fr", "02-19 10:30", "Worldline nomme un nouveau directeur général, le troisième en deux ans",
         "Le spécialiste français des paiements en difficulté confie les commandes à Thomas Berger, ancien dirigeant d'un concurrent néerlandais en Europe, avec pour mission d'achever le plan de cessions d'actifs."),
        ("latribune.fr", "02-19 17:20", "Paiements : nouveau changement de capitaine chez Worldline",
         "Le groupe, dont l'action a perdu plus de 80 % en trois ans, remplace son patron après des résultats 2025 décevants. Le nouveau directeur général prendra ses fonctions le 1er mars."),
    ]),
    ("silicon-newsletter-08", "fresh7", [
        ("silicon.fr", "02-20 07:00", "La newsletter IT de la semaine : RCC chez Capgemini, nouvelle DG chez Sopra Steria et IA souveraine",
         "Chaque vendredi, la rédaction sélectionne les informations qui ont compté pour les DSI : mouvements sociaux dans les ESN, changements de gouvernance, cloud et intelligence artificielle."),
    ]),
    # ------------------------------------------------ Samsung: laptops, then phones, one week
    ("galaxy-book6", "fresh7", [
        ("lesnumeriques.com", "02-23 15:00", "Samsung lance ses Galaxy Book6 Pro avec puces Intel Panther Lake",
         "Deux jours avant la présentation de ses smartphones, le constructeur coréen dévoile ses nouveaux PC portables de 14 et 16 pouces, disponibles en France à partir de 1 499 euros."),
    ]),
    ("impots-sms-phishing", "fresh7", [
        ("bfmtv.com", "02-24 11:00", "Faux remboursement d'impôts : la DGFiP alerte sur une vague de SMS frauduleux",
         "Des milliers de contribuables reçoivent un message les invitant à se connecter à un faux site impots.gouv pour récupérer un trop-perçu. L'administration rappelle qu'elle ne demande jamais de coordonnées bancaires par SMS."),
    ]),
    ("galaxy-s26", "fresh7", [
        ("frandroid.com", "02-25 18:30", "Samsung Galaxy S26, S26+ et S26 Ultra officiels : prix, fiche technique et date de sortie",
         "Le constructeur coréen a présenté sa nouvelle gamme de smartphones haut de gamme lors de son Galaxy Unpacked à San Francisco. Les précommandes ouvrent ce soir en France, à partir de 999 euros."),
        ("01net.com", "02-25 19:00", "Galaxy S26 Ultra : Samsung mise tout sur l'IA et un nouveau capteur photo de 200 Mpx",
         "Écran anti-reflets, puce Snapdragon de dernière génération, Galaxy AI enrichie de Gemini : voici ce qu'apporte le nouveau fleuron de Samsung, vendu 1 469 euros."),
        ("journaldugeek.com", "02-25 20:10", "Unpacked 2026 : tout ce qu'il faut retenir de la conférence Samsung",
         "Trois smartphones, des fonctions d'IA à la pelle et une surprise sur l'autonomie : on résume en cinq points la keynote du géant sud-coréen, qui s'est tenue ce mercredi en Californie."),
        ("lesnumeriques.com", "02-26 07:30", "Prise en main du Galaxy S26 Ultra : le stylet perd encore des fonctions",
         "Nous avons manipulé le nouveau smartphone phare de Samsung à San Francisco. Design plus fin, écran plus lumineux, mais un S Pen toujours plus limité que sur les générations précédentes."),
        ("presse-citron.net", "02-26 12:00", "Faut-il craquer pour le nouveau smartphone haut de gamme coréen ou attendre une baisse de prix ?",
         "Les bonus de reprise et offres de précommande sur les Galaxy S26 rendent l'achat immédiat tentant. Mais l'historique des prix montre qu'ils chutent souvent de 20 % en trois mois."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
