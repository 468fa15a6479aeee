"""A twenty-second fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh22".
It holds cloud and network outages, hospital and town cyberattacks, data leaks at operators,
regulator fines and an appeal, job cuts and strikes, results, acquisitions, funding rounds,
appointments, vendor flaws and patches, a law's two readings, court rulings, telecom prices
and launches, AI models, keynotes, video games, space launches, semiconductors and public
procurement. Same-story articles are reworded (synonyms, digits against words, English terms,
"selon L'Informé"), and some are hard: periphrasis for the actor, actor only in the lead,
consumer and explainer angles, a test, a next-day analysis, a quote or a number as title.
Hard negatives: one firm's or one regulator's two decisions close in time, two outages of one
host and two providers' outages on one day, results then cuts, cuts then a strike, the same
job-cut figure at two firms, a rival's price rise, two launches or two products of one keynote,
a launch then its bug, routine and emergency patches, two tenders on one theme, and recurring
formats (roundups listing several events, daily briefs, newsletters, podcasts, deals posts).
`build` fixes the year 2026; times are UTC, January and June 2026.

Measured once, on the code that lands (c03dc14), and nothing was changed after: precision 0.898,
recall 0.830 (the code that landed before, c40ca00: 0.860, 0.811). Its wrong links: WWDC's
iOS 27 and the iOS 27 beta Apple withdrew; two rulings about Uber (the cour d'appel on its
drivers, a tribunal on Heetch).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ one host, first outage (periphrasis, next-day analysis)
    ("ovhcloud-panne-roubaix", "fresh22", [
        ("next.ink", "01-12 09:40", "OVHcloud : une panne électrique paralyse une partie du datacenter de Roubaix", "Depuis 7 h ce matin, de nombreux serveurs dédiés et instances Public Cloud hébergés à Roubaix sont inaccessibles. L'hébergeur évoque un incident sur l'alimentation électrique."),
        ("lemagit.fr", "01-12 11:15", "Incident à Roubaix : des milliers de clients d’OVHcloud privés de leurs serveurs", "L’hébergeur roubaisien reconnaît une coupure d’alimentation sur deux salles de son site RBX. Le rétablissement complet n’est pas attendu avant la fin de journée."),
        ("zdnet.fr", "01-12 16:30", "L'hébergeur nordiste victime d'une coupure de courant : les services reviennent progressivement", "Après plus de huit heures d'interruption, OVHcloud indique que la majorité des serveurs de Roubaix sont de nouveau joignables."),
        ("bfmtv.com", "01-13 08:00", "Panne chez OVHcloud : ce que révèle la fragilité du cloud « souverain »", "Au lendemain de la coupure qui a touché son site de Roubaix, l'incident relance le débat sur la redondance des infrastructures des hébergeurs français."),
    ]),
    # ------------------------------------------------ same host, second outage three days later
    ("ovhcloud-panne-dns", "fresh22", [
        ("lemondeinformatique.fr", "01-15 14:20", "Nouvelle panne chez OVHcloud, cette fois sur ses serveurs DNS", "Trois jours après l'incident de Roubaix, un dysfonctionnement de la résolution DNS a rendu injoignables des milliers de sites web hébergés par le fournisseur pendant près de deux heures."),
        ("silicon.fr", "01-15 17:05", "OVHcloud : deux heures de dysfonctionnement DNS, une semaine noire", "Le fournisseur de cloud a confirmé un problème de configuration sur son infrastructure DNS, sans lien selon lui avec la coupure électrique survenue lundi."),
    ]),
    # ------------------------------------------------ same host, quarterly revenue between the two outages
    ("ovhcloud-ca-t1", "fresh22", [
        ("lesechos.fr", "01-14 07:45", "OVHcloud accélère au premier trimestre malgré le ralentissement du bare metal", "Le groupe roubaisien a publié un chiffre d'affaires de 290 millions d'euros sur son premier trimestre fiscal, en croissance organique de 9,5 %."),
        ("channelnews.fr", "01-14 10:30", "Chiffre d’affaires T1 : OVHcloud progresse de 9,5 % et confirme ses objectifs annuels", "Porté par le Public Cloud, l’hébergeur affiche 290 M€ de revenus trimestriels et maintient sa prévision de croissance pour l’exercice 2026."),
    ]),
    # ------------------------------------------------ another provider's outage the same day as the host's
    ("cloudflare-panne-mondiale", "fresh22", [
        ("numerama.com", "01-12 18:10", "X, ChatGPT, Discord… une panne de Cloudflare fait tomber une partie du web", "Des centaines de services en ligne affichaient une erreur 500 en fin d'après-midi. Cloudflare confirme un incident sur son réseau mondial."),
        ("01net.com", "01-12 18:45", "Cloudflare en panne : pourquoi tant de sites sont inaccessibles ce soir", "Le fournisseur de CDN et de sécurité, qui protège près d’un cinquième du web, rencontre un problème majeur. On fait le point."),
        ("20minutes.fr", "01-12 19:30", "« Internal server error » : vous n'êtes pas seuls, une grande partie d'Internet est en rade", "Réseaux sociaux, sites de presse, outils de travail… Une panne chez le prestataire américain Cloudflare perturbe de nombreux sites depuis 17 h."),
    ]),
    # ------------------------------------------------ hospital attack, with next-day claim
    ("chu-rennes-rancongiciel", "fresh22", [
        ("lemagit.fr", "01-20 12:00", "Le CHU de Rennes frappé par un rançongiciel", "L'établissement a déclenché son plan blanc après le chiffrement d'une partie de ses serveurs dans la nuit. Les urgences fonctionnent en mode dégradé."),
        ("zdnet.fr", "01-20 15:40", "Cyberattaque : l’hôpital de Rennes passe en mode papier", "Le centre hospitalier universitaire breton a coupé ses connexions à Internet après une attaque par ransomware. L’Anssi est sur place."),
        ("numerama.com", "01-21 09:15", "Cyberattaque au CHU de Rennes : des patients transférés, le groupe Qilin revendique", "Au lendemain de l'attaque, un groupe de cybercriminels affirme avoir dérobé des données et fixe un ultimatum à l'hôpital."),
    ]),
    # ------------------------------------------------ a second hospital the same week
    ("ch-cholet-cyberattaque", "fresh22", [
        ("lemondeinformatique.fr", "01-22 11:00", "Le centre hospitalier de Cholet victime d'une cyberattaque", "Deux jours après Rennes, un autre établissement de l'Ouest est touché. L'hôpital de Cholet a activé sa cellule de crise et déprogrammé certaines opérations."),
        ("clubic.com", "01-22 16:20", "Encore un hôpital attaqué : Cholet doit revenir au papier et au crayon", "Le centre hospitalier du Maine-et-Loire a détecté une intrusion sur son système d’information mercredi soir. Aucune revendication pour l’instant."),
    ]),
    # ------------------------------------------------ regulator fine (number-led title, periphrasis)
    ("cnil-amende-google-cookies", "fresh22", [
        ("next.ink", "01-13 10:05", "Cookies : la CNIL inflige 200 millions d'euros d'amende à Google", "La formation restreinte reproche au moteur de recherche d'avoir continué à déposer des traceurs publicitaires sans consentement valable sur YouTube et Gmail."),
        ("numerama.com", "01-13 13:30", "200 millions d’euros : la CNIL frappe encore Google au portefeuille", "Le gendarme des données personnelles sanctionne à nouveau Mountain View pour ses cookies publicitaires, jugés imposés aux internautes français."),
        ("lesechos.fr", "01-13 18:00", "Données personnelles : nouvelle sanction record pour Google en France", "La Commission nationale de l'informatique et des libertés a prononcé une amende de 200 millions d'euros contre le groupe américain, qui annonce étudier un recours."),
    ]),
    # ------------------------------------------------ same regulator, another target, same day
    ("cnil-amende-assurlink", "fresh22", [
        ("lemondeinformatique.fr", "01-13 14:45", "La CNIL sanctionne un courtier en assurance pour démarchage abusif", "Le courtier Assurlink écope de 1,2 million d'euros d'amende pour avoir prospecté par téléphone des centaines de milliers de personnes sans leur consentement."),
        ("next.ink", "01-13 16:10", "Démarchage téléphonique : 1,2 million d’euros d’amende pour Assurlink", "Autre décision de la CNIL publiée ce mardi : le courtier s’appuyait sur des fichiers de prospects achetés à des sites de jeux-concours."),
    ]),
    # ------------------------------------------------ same firm fined by a second authority two days later
    ("adlc-amende-google-droits-voisins", "fresh22", [
        ("bfmtv.com", "01-15 09:30", "Droits voisins : l'Autorité de la concurrence condamne Google à 320 millions d'euros", "Le gendarme de la concurrence estime que le moteur de recherche n'a pas respecté ses engagements envers les éditeurs de presse."),
        ("usine-digitale.fr", "01-15 12:10", "Presse : Google de nouveau sanctionné par l’Autorité de la concurrence", "Deux jours après la CNIL, c’est au tour de l’Autorité de la concurrence de frapper Google : 320 M€ pour manquements à ses engagements sur les droits voisins."),
        ("journaldunet.com", "01-16 08:20", "Droits voisins : ce que change la nouvelle amende infligée à Google pour les éditeurs", "L'amende de 320 millions d'euros prononcée jeudi s'accompagne d'une injonction : le groupe devra rouvrir les négociations avec les éditeurs sous trois mois."),
    ]),
    # ------------------------------------------------ the appeal of the first fine, two weeks later
    ("google-recours-amende-cnil", "fresh22", [
        ("next.ink", "01-27 11:30", "Amende de la CNIL : Google saisit le Conseil d'État", "Le groupe conteste la sanction de 200 millions d'euros prononcée le 13 janvier pour ses cookies publicitaires et demande sa suspension."),
    ]),
    # ------------------------------------------------ results (periphrasis), the eve of the job cuts
    ("ubisoft-ca-t3", "fresh22", [
        ("lesechos.fr", "01-20 18:30", "Ubisoft : des ventes de fin d’année en recul, l’action décroche", "L’éditeur de jeux vidéo a réalisé un chiffre d’affaires net de 610 millions d’euros au troisième trimestre, en baisse de 12 %, pénalisé par des sorties décevantes."),
        ("numerama.com", "01-20 20:00", "Le géant français du jeu vidéo rate son Noël : les ventes baissent de 12 %", "Ubisoft publie des résultats trimestriels décevants et abaisse sa prévision pour l'exercice en cours."),
    ]),
    # ------------------------------------------------ job cuts: scoop, confirmation, "selon L'Informé", quote title
    ("ubisoft-rcc-200-postes", "fresh22", [
        ("linforme.com", "01-21 07:00", "Ubisoft prépare la suppression de 200 postes en France", "Selon nos informations, l'éditeur va présenter ce mercredi aux représentants du personnel une rupture conventionnelle collective visant ses studios de Montreuil, Annecy et Montpellier."),
        ("lesechos.fr", "01-21 12:45", "Ubisoft lance une rupture conventionnelle collective pour 200 salariés", "Au lendemain de ventes trimestrielles décevantes, l’éditeur confirme un plan de départs volontaires dans ses studios français."),
        ("numerama.com", "01-21 14:00", "Après des ventes décevantes, Ubisoft va se séparer d'environ deux cents salariés en France", "L'information, révélée par L'Informé, a été confirmée par l'éditeur : les départs se feront sur la base du volontariat."),
        ("01net.com", "01-22 10:00", "« Une trahison » : les salariés d’Ubisoft sous le choc après l’annonce d’un plan de départs", "Les syndicats dénoncent la rupture conventionnelle collective touchant près de deux cents postes et appellent à se mobiliser."),
    ]),
    # ------------------------------------------------ the strike against those cuts, six days later
    ("ubisoft-greve-stjv", "fresh22", [
        ("20minutes.fr", "01-27 13:00", "Grève chez Ubisoft : des centaines de salariés débraient contre le plan de départs", "À l'appel du STJV et de Solidaires Informatique, des rassemblements ont eu lieu devant les studios de Montreuil et d'Annecy ce mardi."),
        ("numerama.com", "01-27 17:40", "Les développeurs d’Ubisoft en grève, une première depuis 2024", "Une semaine après l’annonce de la rupture conventionnelle collective, le mouvement a été suivi dans plusieurs studios français de l’éditeur."),
    ]),
    # ------------------------------------------------ operator price rise, with a consumer angle
    ("orange-hausse-prix-livebox", "fresh22", [
        ("frandroid.com", "01-06 09:00", "Orange augmente le prix de ses box internet : jusqu’à 3 € de plus par mois", "L’opérateur historique informe ses abonnés Livebox d’une hausse tarifaire à partir de mars. Voici les offres concernées."),
        ("clubic.com", "01-06 11:30", "Livebox : Orange annonce une nouvelle hausse de tarif pour ses anciens abonnés", "Les clients fixes d'Orange vont voir leur facture grimper de 2 à 3 euros par mois. Ils peuvent résilier sans frais pendant quatre mois."),
        ("lesnumeriques.com", "01-07 08:15", "Hausse de prix : peut-on y échapper et comment résilier ?", "Votre Livebox va coûter plus cher ce printemps. On vous explique vos droits face à l'augmentation annoncée par Orange et les alternatives."),
    ]),
    # ------------------------------------------------ same operator's network news the next day
    ("orange-5g-sa", "fresh22", [
        ("frandroid.com", "01-07 14:00", "Orange active la 5G+ (5G SA) pour tous ses forfaits mobiles", "L'opérateur étend la 5G autonome, jusqu'ici réservée à quelques offres premium, à l'ensemble de ses clients 5G compatibles."),
        ("zdnet.fr", "01-07 16:45", "5G autonome : Orange généralise le cœur de réseau SA", "Après deux ans de tests, l’opérateur historique ouvre à tous ses abonnés le mode standalone, promettant une latence réduite et un meilleur débit montant."),
    ]),
    # ------------------------------------------------ a rival's price rise two days later
    ("sfr-hausse-prix-box", "fresh22", [
        ("01net.com", "01-08 10:20", "Après Orange, SFR augmente à son tour le prix de ses box", "L'opérateur au carré rouge notifie une hausse de 3 euros par mois à une partie de ses abonnés fixes, à partir de février."),
        ("clubic.com", "01-08 15:00", "3 euros de plus par mois pour certains abonnés box, voici qui est concerné", "Les clients des anciennes offres Fibre Power et Premium de SFR verront leur abonnement grimper le mois prochain."),
    ]),
    # ------------------------------------------------ leak at one operator (explainer, number-led follow-up)
    ("bouygues-telecom-fuite", "fresh22", [
        ("numerama.com", "01-09 10:00", "Bouygues Telecom victime d’une fuite de données : 1,7 million de clients concernés", "Noms, adresses, IBAN : l’opérateur reconnaît qu’un pirate a pu accéder à des informations personnelles de ses abonnés."),
        ("01net.com", "01-09 12:30", "Fuite de données chez Bouygues Telecom : que faire si vous êtes client ?", "L’opérateur a commencé à prévenir par e-mail les abonnés touchés. Voici les réflexes à adopter face aux tentatives d’hameçonnage qui vont suivre."),
        ("clubic.com", "01-10 09:00", "1,7 million de clients exposés : l'opérateur porte plainte après le piratage", "Bouygues Telecom a déposé plainte et notifié la CNIL. Un hacker revendique la vente du fichier sur un forum."),
    ]),
    # ------------------------------------------------ leak at another operator three days later
    ("sfr-fuite-sous-traitant", "fresh22", [
        ("lemondeinformatique.fr", "01-12 14:10", "SFR confirme à son tour une fuite de données clients", "Quelques jours après Bouygues Telecom, l'opérateur indique qu'un prestataire a été compromis, exposant les coordonnées de 400 000 abonnés."),
        ("frandroid.com", "01-12 17:20", "Après Bouygues, SFR touché par une fuite : 400 000 abonnés concernés", "Le piratage d’un sous-traitant a exposé noms, numéros et adresses. Les données bancaires ne seraient pas concernées, selon l’opérateur."),
    ]),
    # ------------------------------------------------ one buyer's first acquisition (with next-day analysis)
    ("capgemini-rachat-syntheia", "fresh22", [
        ("lemondeinformatique.fr", "01-19 08:30", "Capgemini rachète l'indien Syntheia pour renforcer son offre d'IA générative", "L'ESN française met la main sur un spécialiste de l'ingénierie des données et des agents IA qui emploie 1 800 personnes à Bangalore et Pune."),
        ("silicon.fr", "01-19 11:00", "IA agentique : Capgemini s’offre Syntheia pour 700 millions de dollars", "Le groupe de services numériques poursuit sa stratégie d’acquisitions dans l’IA avec cette opération, sa plus importante depuis WNS."),
        ("channelnews.fr", "01-20 09:45", "Pourquoi Capgemini mise 700 M$ sur Syntheia", "Analyse : avec ce rachat, l'ESN parisienne veut accélérer sur les agents IA auprès de ses clients bancaires nord-américains."),
    ]),
    # ------------------------------------------------ same buyer's second acquisition three days later
    ("capgemini-rachat-vigilis", "fresh22", [
        ("lemagit.fr", "01-22 10:15", "Cybersécurité : Capgemini acquiert le lyonnais Vigilis", "Trois jours après Syntheia, l'ESN annonce une nouvelle acquisition : un spécialiste de la détection et de la réponse managée (MDR) de 250 salariés."),
        ("channelnews.fr", "01-22 14:30", "Capgemini s’empare de Vigilis, pure player français du SOC managé", "Le montant de l’opération n’a pas été dévoilé. Vigilis réalise 40 M€ de chiffre d’affaires, essentiellement auprès d’ETI."),
    ]),
    # ------------------------------------------------ one vendor's first flaw
    ("ivanti-connect-secure-zero-day", "fresh22", [
        ("lemagit.fr", "01-08 09:20", "Ivanti Connect Secure : une vulnérabilité critique activement exploitée", "L'éditeur a publié un correctif d'urgence pour la CVE-2026-0214, une faille de dépassement de tampon permettant une exécution de code à distance sans authentification."),
        ("zdnet.fr", "01-08 13:00", "Nouvelle faille zero-day dans les VPN d’Ivanti : l’Anssi appelle à patcher", "Le CERT-FR a publié une alerte concernant une vulnérabilité de sévérité maximale dans les passerelles Connect Secure, déjà utilisée par des attaquants."),
        ("lemondeinformatique.fr", "01-09 10:30", "VPN : les passerelles Ivanti de nouveau dans le viseur des attaquants", "Des chercheurs de Mandiant attribuent l'exploitation de la faille CVE-2026-0214 à un groupe lié à la Chine, qui ciblerait depuis décembre des organisations européennes."),
    ]),
    # ------------------------------------------------ same vendor, another product's flaws six days later
    ("ivanti-epmm-failles", "fresh22", [
        ("silicon.fr", "01-14 09:00", "Ivanti corrige deux failles critiques dans EPMM, sa solution de gestion des mobiles", "Six jours après l’alerte sur Connect Secure, l’éditeur publie des correctifs pour Endpoint Manager Mobile. Aucune exploitation n’est signalée à ce stade."),
        ("lemagit.fr", "01-14 15:20", "Endpoint Manager Mobile : Ivanti livre des correctifs pour les CVE-2026-0388 et 0389", "Ces vulnérabilités, chaînées, pourraient permettre à un attaquant de prendre le contrôle du serveur EPMM. Les administrateurs sont invités à mettre à jour."),
    ]),
    # ------------------------------------------------ a law's first reading (consumer angle next day)
    ("loi-reseaux-sociaux-15-ans-assemblee", "fresh22", [
        ("numerama.com", "01-27 19:30", "Réseaux sociaux interdits aux moins de 15 ans : l'Assemblée nationale vote le texte", "Les députés ont adopté en première lecture la proposition de loi imposant une vérification de l'âge aux plateformes. Le Sénat doit maintenant s'en saisir."),
        ("bfmtv.com", "01-27 18:00", "Majorité numérique à 15 ans : feu vert des députés", "La proposition de loi a été adoptée par 389 voix contre 62. Elle prévoit des amendes pouvant atteindre 2 % du chiffre d’affaires mondial des plateformes."),
        ("20minutes.fr", "01-28 07:30", "Interdiction des réseaux sociaux avant 15 ans : ce qui va changer pour vos enfants", "Adoptée mardi à l'Assemblée, la loi obligerait TikTok, Instagram ou Snapchat à vérifier l'âge de leurs utilisateurs. On répond à vos questions."),
    ]),
    # ------------------------------------------------ a court ruling about one firm
    ("uber-cour-appel-chauffeurs", "fresh22", [
        ("lesechos.fr", "01-14 11:00", "Uber condamné à verser 17 millions d'euros à 140 chauffeurs requalifiés salariés", "La cour d'appel de Paris a reconnu l'existence d'un lien de subordination entre la plateforme et ses chauffeurs VTC, confirmant le jugement des prud'hommes."),
        ("bfmtv.com", "01-14 17:30", "VTC : la justice donne raison à 140 chauffeurs contre la plateforme américaine", "En appel, les conducteurs obtiennent la requalification de leur contrat et des indemnités. Uber annonce se pourvoir en cassation."),
    ]),
    # ------------------------------------------------ another ruling about the same firm two days later
    ("uber-heetch-tribunal", "fresh22", [
        ("journaldunet.com", "01-16 10:00", "Le tribunal des activités économiques de Paris déboute Uber face à Heetch", "La plateforme américaine accusait sa rivale française de concurrence déloyale sur ses tarifs de nuit. Les juges ont rejeté l'ensemble de ses demandes."),
    ]),
    # ------------------------------------------------ a launch (periphrasis for the system)
    ("ariane6-galileo", "fresh22", [
        ("numerama.com", "01-28 23:10", "Ariane 6 réussit le lancement de deux satellites Galileo", "La fusée européenne a décollé de Kourou ce mercredi soir et placé en orbite deux nouveaux satellites du système de navigation européen."),
        ("usine-digitale.fr", "01-29 08:30", "Galileo : un nouveau succès pour Ariane 6, qui enchaîne les vols", "Le lanceur lourd d’ArianeGroup a réussi sa huitième mission. Arianespace vise une dizaine de lancements en 2026."),
        ("01net.com", "01-29 10:00", "Le « GPS européen » gagne deux satellites grâce à la fusée européenne", "Lancés mercredi depuis la Guyane par Ariane 6, les deux satellites renforceront la précision de Galileo, l'alternative au GPS américain."),
    ]),
    # ------------------------------------------------ chipmaker results
    ("stmicro-resultats-t4", "fresh22", [
        ("lesechos.fr", "01-29 07:30", "STMicroelectronics voit le bout du tunnel mais reste prudent pour 2026", "Le fabricant franco-italien de puces a publié un chiffre d'affaires trimestriel de 3,3 milliards de dollars, en léger rebond, et table sur une reprise au second semestre."),
        ("usine-digitale.fr", "01-29 11:45", "Semi-conducteurs : ST renoue avec la croissance au quatrième trimestre", "Porté par l’automobile chinoise et les microcontrôleurs, le groupe affiche des revenus en hausse de 4 % sur un an."),
    ]),
    # ------------------------------------------------ another chip firm's revenue the day before
    ("soitec-ca-t3", "fresh22", [
        ("bfmtv.com", "01-28 18:40", "Soitec : le chiffre d'affaires plonge encore, l'action dévisse", "Le spécialiste isérois des plaquettes de silicium sur isolant a vu ses ventes reculer de 18 % au troisième trimestre de son exercice, faute de reprise sur le marché des smartphones."),
    ]),
    # ------------------------------------------------ job cuts: scoop then confirmation
    ("atos-300-postes-infogerance", "fresh22", [
        ("linforme.com", "01-07 07:00", "Atos va supprimer 300 postes supplémentaires en France", "Selon nos informations, le groupe de services informatiques présentera jeudi un nouveau plan de départs ciblant ses activités d'infogérance."),
        ("lemagit.fr", "01-08 12:00", "Atos confirme un plan de 300 suppressions d’emplois dans l’infogérance", "Le groupe, sorti de sa restructuration financière fin 2024, justifie ces départs par la baisse des volumes dans ses contrats historiques."),
        ("lesechos.fr", "01-08 16:30", "Atos : une troisième vague de réduction des effectifs en deux ans", "Après avoir confirmé jeudi environ 300 suppressions de postes en France, le groupe poursuit sa cure d’amaigrissement. Les syndicats dénoncent un « plan de trop »."),
    ]),
    # ------------------------------------------------ the same job-cut figure at another firm the next day
    ("worldline-300-postes", "fresh22", [
        ("journaldunet.com", "01-09 09:30", "Worldline annonce la suppression de 300 postes en France", "Le spécialiste des paiements engage un plan de sauvegarde de l'emploi dans le cadre de son programme de réduction des coûts, un jour après Atos."),
        ("lemondeinformatique.fr", "01-09 14:00", "Paiements : Worldline taille dans ses effectifs français", "Environ trois cents emplois sont menacés, principalement dans les fonctions support à Bezons et Lyon, selon les syndicats du groupe."),
    ]),
    # ------------------------------------------------ one keynote, first product (periphrasis, number-led)
    ("nvidia-ces-rtx-50-super", "fresh22", [
        ("lesnumeriques.com", "01-06 04:30", "CES 2026 : Nvidia dévoile les GeForce RTX 5070 Super et 5080 Super", "Plus de mémoire vidéo et des fréquences revues à la hausse : les nouvelles cartes graphiques arrivent en février, à partir de 649 dollars."),
        ("frandroid.com", "01-06 08:00", "RTX 50 Super : tout ce qu’il faut savoir sur les nouvelles cartes graphiques de Nvidia", "Prix, date de sortie, caractéristiques : le point sur les GeForce présentées lors de la conférence du fabricant au CES de Las Vegas."),
        ("01net.com", "01-06 10:30", "24 Go de VRAM : le roi des GPU muscle ses GeForce au CES", "Nvidia annonce des versions Super de ses RTX 5070 et 5080, dotées de modules GDDR7 de 3 Go. Disponibilité prévue le mois prochain."),
    ]),
    # ------------------------------------------------ same keynote, another product
    ("nvidia-ces-vera-rubin", "fresh22", [
        ("lemondeinformatique.fr", "01-06 09:15", "CES : Nvidia confirme la production de ses puces Vera Rubin pour les datacenters", "Jensen Huang a annoncé que la plateforme succédant à Blackwell est en production de volume, avec des premières livraisons aux hyperscalers au second semestre."),
        ("usine-digitale.fr", "01-06 13:00", "Vera Rubin : Nvidia accélère la cadence de ses supercalculateurs IA", "Lors de sa keynote à Las Vegas, le patron du fabricant a détaillé le rack NVL144, qui promet des performances d’inférence multipliées par trois par rapport à Blackwell Ultra."),
    ]),
    # ------------------------------------------------ recurring formats (January): each merges with nothing
    ("next-recap-semaine-0117", "fresh22", [
        ("next.ink", "01-17 08:00", "Récap de la semaine : pannes OVHcloud et Cloudflare, amendes pour Google, failles Ivanti", "Chaque samedi, retour sur l'essentiel de l'actualité de la semaine écoulée en quelques liens."),
    ]),
    ("jdn-brief-0122", "fresh22", [
        ("journaldunet.com", "01-22 06:30", "Le brief tech du jeudi 22 janvier : Ubisoft, Capgemini, le CHU de Rennes", "Chaque matin, les informations à retenir pour bien commencer la journée."),
    ]),
    ("podcast-futur-proche-48", "fresh22", [
        ("01net.com", "01-16 17:00", "[Podcast] Futur Proche #48 : faut-il avoir peur des agents IA ?", "Cette semaine, nos journalistes débattent de l'arrivée des assistants autonomes dans les entreprises et de leurs effets sur l'emploi."),
    ]),
    ("frandroid-bons-plans-0107", "fresh22", [
        ("frandroid.com", "01-07 07:30", "Les bons plans du jour : iPhone 16, Galaxy S25 et AirPods Pro 3 à prix cassés", "Chaque jour, notre sélection des meilleures promotions tech repérées chez les marchands en ligne."),
    ]),
    ("frandroid-soldes-hiver-0114", "fresh22", [
        ("frandroid.com", "01-14 07:00", "Soldes d'hiver 2026 : les meilleures offres tech dès le premier jour", "Smartphones, PC portables, TV : les soldes ont commencé ce mercredi. Voici les remises qui valent vraiment le coup."),
    ]),
    ("ud-lettre-ia-87", "fresh22", [
        ("usine-digitale.fr", "01-23 07:00", "La lettre de l'IA #87 : agents, Capgemini et robots humanoïdes", "Chaque vendredi, notre sélection de l'actualité de l'intelligence artificielle."),
    ]),
    # ------------------------------------------------ keynote, first product (explainer and compatibility angles)
    ("wwdc-ios-27", "fresh22", [
        ("frandroid.com", "06-08 19:30", "iOS 27 officialisé : les nouveautés qui vont changer votre iPhone", "Apple a présenté lors de la WWDC la nouvelle version de son système mobile, axée sur la stabilité et de nouvelles fonctions d'accessibilité."),
        ("01net.com", "06-08 20:15", "WWDC 2026 : Apple dévoile iOS 27, voici la liste des iPhone compatibles", "La mise à jour abandonne le support des iPhone XS et XR. Elle sera disponible en septembre, après une bêta publique en juillet."),
        ("numerama.com", "06-09 08:00", "iOS 27 : la firme de Cupertino mise sur la sobriété après Liquid Glass", "Un an après sa refonte visuelle, Apple présente une mise à jour plus discrète, centrée sur les performances et l’autonomie."),
        ("lesnumeriques.com", "06-09 11:00", "Votre iPhone est-il compatible avec la nouvelle mise à jour ? On fait le point", "Présentée lundi en ouverture de la WWDC, la nouvelle version du système d'Apple, iOS 27, laisse de côté plusieurs modèles. Voici la liste complète."),
    ]),
    # ------------------------------------------------ same keynote, another product (quote title)
    ("wwdc-nouveau-siri", "fresh22", [
        ("zdnet.fr", "06-08 21:00", "WWDC : le nouveau Siri, propulsé par Gemini, enfin présenté", "Apple a dévoilé la version remaniée de son assistant vocal, qui s'appuie sur un modèle de Google exécuté sur ses serveurs Private Cloud Compute."),
        ("bfmtv.com", "06-09 07:45", "« Siri comprend enfin ce que vous lui dites » : Apple joue gros avec son assistant repensé", "Après deux ans de retard, la marque à la pomme présente un assistant capable d’agir dans les applications. Il n’arrivera en français qu’en 2027."),
    ]),
    # ------------------------------------------------ launch then a bug two days later
    ("ios-27-beta-retiree", "fresh22", [
        ("frandroid.com", "06-10 16:00", "iOS 27 bêta : Apple retire la première version après des problèmes de démarrage", "Certains iPhone 15 restaient bloqués sur le logo Apple après l'installation. Apple a suspendu la diffusion de la bêta développeur."),
        ("clubic.com", "06-11 09:30", "Des iPhone bloqués au démarrage : la bêta d’iOS 27 tourne au fiasco", "Deux jours après la WWDC, la première bêta de la mise à jour a été retirée. Apple promet une nouvelle version sous 48 heures."),
    ]),
    # ------------------------------------------------ one model of a line (with a hands-on test)
    ("mistral-magistral-2", "fresh22", [
        ("usine-digitale.fr", "06-11 09:00", "Mistral AI lance Magistral 2, son nouveau modèle de raisonnement", "La start-up française revendique des performances au niveau des meilleurs modèles américains sur les mathématiques et le code, pour un coût d'inférence divisé par deux."),
        ("lemondeinformatique.fr", "06-11 14:30", "Avec Magistral 2, Mistral AI muscle le raisonnement de Le Chat", "Le nouveau modèle est disponible dès aujourd’hui dans l’assistant et via l’API, pour les abonnés Pro et Entreprise."),
        ("numerama.com", "06-12 10:00", "On a testé le nouveau modèle qui « réfléchit » en français", "Magistral 2, le modèle de raisonnement de la pépite française Mistral AI, se montre convaincant sur les problèmes de logique, moins sur la rédaction."),
    ]),
    # ------------------------------------------------ same maker, another model five days later
    ("mistral-small-4", "fresh22", [
        ("next.ink", "06-16 10:30", "Mistral publie Mistral Small 4 sous licence Apache 2.0", "Le modèle de 24 milliards de paramètres, multimodal, peut tourner sur une seule carte graphique. Ses poids sont disponibles sur Hugging Face."),
        ("silicon.fr", "06-16 15:00", "Open source : la licorne parisienne livre un petit modèle taillé pour l’edge", "Mistral AI dévoile la quatrième génération de sa gamme Small, pensée pour être déployée sur site ou sur des postes de travail."),
    ]),
    # ------------------------------------------------ same maker, infrastructure news the next day
    ("mistral-campus-essonne", "fresh22", [
        ("lesechos.fr", "06-12 06:00", "Mistral AI inaugure son campus de calcul de Bruyères-le-Châtel", "Seize mois après l'annonce, la première tranche de 40 MW du datacenter de la start-up est opérationnelle en Essonne."),
    ]),
    # ------------------------------------------------ two funding rounds in one sector on one day
    ("levee-kerlia", "fresh22", [
        ("lesechos.fr", "06-10 06:30", "Legaltech : Kerlia lève 40 millions d'euros pour son assistant juridique dopé à l'IA", "La start-up parisienne, qui équipe déjà 300 cabinets d'avocats, boucle une série B menée par Index Ventures."),
        ("usine-digitale.fr", "06-10 12:00", "IA juridique : la française Kerlia réunit 40 M€ en série B", "Fondée en 2023 par deux anciens avocats d’affaires, la jeune pousse veut s’étendre en Allemagne et en Espagne."),
    ]),
    ("levee-lumio", "fresh22", [
        ("journaldunet.com", "06-10 08:00", "Lumio lève 25 millions d'euros pour ses agents IA de service client", "La start-up lyonnaise automatise le traitement des demandes par e-mail et téléphone pour les e-commerçants. Le tour est mené par Partech."),
        ("bfmtv.com", "06-10 14:15", "Agents IA : encore une levée de fonds française, Lumio empoche 25 millions", "Le même jour que Kerlia, une autre pépite tricolore de l'intelligence artificielle annonce une série A, signe que les investisseurs restent friands du secteur."),
    ]),
    # ------------------------------------------------ two appointments on one day
    ("atos-nouveau-directeur-general", "fresh22", [
        ("lesechos.fr", "06-03 07:00", "Atos : un ancien de Thales nommé directeur général", "Le conseil d'administration du groupe informatique a choisi Laurent Sarrat pour succéder à Philippe Salle dans les fonctions de directeur général, dissociées de la présidence."),
        ("lemagit.fr", "06-03 11:30", "Laurent Sarrat prend la direction générale d’Atos", "L’ex-patron de la division cybersécurité de Thales devra mener le plan de redressement du groupe, Philippe Salle conservant la présidence du conseil."),
        ("channelnews.fr", "06-03 16:00", "Changement de gouvernance chez Atos, qui sépare les fonctions de président et de DG", "Le groupe confie la direction générale à Laurent Sarrat, venu de Thales. Une nomination saluée par les partenaires de l'ESN."),
    ]),
    ("anssi-nouvelle-directrice", "fresh22", [
        ("next.ink", "06-03 13:00", "Une nouvelle directrice générale à la tête de l'Anssi", "Claire Devaux, jusqu'ici adjointe au coordinateur national du renseignement, a été nommée en Conseil des ministres à la tête de l'agence nationale de la sécurité des systèmes d'information."),
        ("lemondeinformatique.fr", "06-03 15:00", "Claire Devaux succède à Vincent Strubel", "Le directeur général de l’Anssi quitte ses fonctions après quatre ans. Sa successeure devra piloter la transposition de NIS 2 auprès de milliers d’entités."),
    ]),
    # ------------------------------------------------ the same law in the other chamber, months later
    ("loi-reseaux-sociaux-15-ans-senat", "fresh22", [
        ("next.ink", "06-09 19:00", "Majorité numérique : le Sénat adopte à son tour la proposition de loi, avec des modifications", "Les sénateurs ont voté le texte interdisant les réseaux sociaux aux moins de 15 ans, mais ont assoupli le régime de sanctions. Une commission mixte paritaire devra trancher."),
        ("20minutes.fr", "06-10 07:00", "Réseaux sociaux avant 15 ans : les sénateurs disent oui, mais…", "Adopté mardi soir au Palais du Luxembourg, le texte diffère de la version votée par les députés en janvier. Ce qui change pour les familles."),
    ]),
    # ------------------------------------------------ routine monthly patches (digits vs words, periphrasis)
    ("microsoft-patch-tuesday-juin", "fresh22", [
        ("lemagit.fr", "06-09 19:00", "Patch Tuesday de juin : Microsoft corrige 68 vulnérabilités, dont deux zero-day", "Parmi les failles corrigées, une élévation de privilèges dans le noyau Windows et un contournement de SmartScreen sont déjà exploités."),
        ("zdnet.fr", "06-10 08:30", "Une soixantaine de failles corrigées : les correctifs de juin sont à installer sans tarder", "Le géant de Redmond livre ses mises à jour mensuelles. Deux vulnérabilités font déjà l'objet d'attaques, prévient l'éditeur."),
        ("lemondeinformatique.fr", "06-10 10:00", "Microsoft comble deux zero-day dans Windows", "La mise à jour mensuelle de juin traite 68 CVE, dont 7 critiques. Le CERT-FR recommande une application rapide."),
    ]),
    # ------------------------------------------------ same vendor, emergency out-of-band patch three days later
    ("microsoft-sharepoint-correctif-urgence", "fresh22", [
        ("silicon.fr", "06-12 09:00", "SharePoint : Microsoft publie un correctif d’urgence hors cycle", "Trois jours après le Patch Tuesday, l’éditeur corrige en urgence une faille critique des serveurs SharePoint on-premise exploitée par un groupe étatique."),
        ("lemagit.fr", "06-12 14:40", "Serveurs SharePoint : une vague d'attaques force Microsoft à patcher en urgence", "La vulnérabilité CVE-2026-32710 permet d'exécuter du code à distance sans authentification. Des centaines de serveurs auraient déjà été compromis."),
    ]),
    # ------------------------------------------------ an operator's launch (periphrasis, consumer angle)
    ("free-freebox-pop-s2", "fresh22", [
        ("frandroid.com", "06-16 09:00", "Free lance la Freebox Pop S2 : Wi-Fi 7 et nouveau player à 34,99 €", "L'opérateur renouvelle son offre milieu de gamme avec un boîtier Wi-Fi 7 et un lecteur TV sous Android TV. Disponible dès aujourd'hui."),
        ("lesnumeriques.com", "06-16 12:30", "Freebox Pop S2 : prix, débits, player… tout savoir sur la nouvelle box", "L’offre de l’opérateur de Xavier Niel gagne le Wi-Fi 7 et jusqu’à 8 Gbit/s symétriques, sans hausse de prix pour les nouveaux abonnés."),
        ("clubic.com", "06-17 08:00", "Nouvelle Freebox : faut-il passer à la Pop S2 si vous êtes déjà abonné ?", "Free ouvre la migration à ses clients actuels. On a comparé la nouvelle box avec la Pop et l'Ultra pour vous aider à choisir."),
    ]),
    # ------------------------------------------------ same operator's outage two days after the launch
    ("free-panne-nationale", "fresh22", [
        ("20minutes.fr", "06-18 08:30", "Panne Free : des milliers d’abonnés privés d’Internet ce jeudi matin", "Depuis 6 h, les signalements se multiplient partout en France. L’opérateur évoque un incident sur son cœur de réseau."),
        ("bfmtv.com", "06-18 12:00", "Free : la panne géante est résolue, l'opérateur s'explique", "Après près de cinq heures de coupure pour ses abonnés fibre et ADSL, Free attribue l'incident à une mise à jour logicielle défectueuse sur des routeurs."),
        ("numerama.com", "06-18 15:00", "« Internet ne marche plus » : ce que l'on sait de la panne de ce jeudi", "Une mise à jour ratée chez Free a coupé la connexion de centaines de milliers de foyers. Un geste commercial est-il prévu ?"),
    ]),
    # ------------------------------------------------ another operator's price rise (June)
    ("bouygues-hausse-forfaits-sensation", "fresh22", [
        ("frandroid.com", "06-03 10:00", "Bouygues Telecom augmente le prix de plusieurs forfaits mobiles", "Jusqu’à 2 € de plus par mois pour les anciens forfaits Sensation à partir de juillet. Les abonnés peuvent résilier sans frais."),
        ("01net.com", "06-03 14:00", "Forfaits Sensation : l'opérateur passe à la caisse… de ses abonnés", "Bouygues Telecom justifie la hausse de 1 à 2 euros par l'enrichissement des offres en data. Voici comment savoir si vous êtes concerné."),
    ]),
    # ------------------------------------------------ two towns attacked the same week
    ("cyberattaque-saint-nazaire", "fresh22", [
        ("lemagit.fr", "06-15 10:00", "La ville de Saint-Nazaire paralysée par une cyberattaque", "Les services municipaux et ceux de l'agglomération fonctionnent en mode dégradé depuis dimanche. L'état civil et les inscriptions scolaires sont à l'arrêt."),
        ("20minutes.fr", "06-15 17:00", "Après la cyberattaque, la mairie ouvre un guichet papier", "Saint-Nazaire, visée par un rançongiciel ce week-end, invite les habitants à reporter leurs démarches non urgentes."),
    ]),
    ("cyberattaque-lorient", "fresh22", [
        ("zdnet.fr", "06-17 09:00", "Après Saint-Nazaire, Lorient victime à son tour d’une attaque informatique", "La mairie et Lorient Agglomération ont coupé leurs réseaux mardi soir après la détection d'une intrusion. Aucun lien n'est établi avec l'attaque nazairienne."),
        ("lemondeinformatique.fr", "06-17 14:00", "Cyberattaque : Lorient Agglomération coupe son système d'information", "La collectivité bretonne a porté plainte et notifié la CNIL. Les 25 communes membres voient leurs services en ligne interrompus."),
    ]),
    # ------------------------------------------------ a firm's investment plan, then a strike at the same firm
    ("amazon-investissement-france", "fresh22", [
        ("lesechos.fr", "06-22 06:00", "Amazon va investir 1,5 milliard d'euros en France en 2026", "Le géant du e-commerce annonce deux nouveaux entrepôts robotisés, dans l'Aisne et en Gironde, et l'extension de sa région cloud AWS de Paris."),
        ("bfmtv.com", "06-22 11:30", "1,5 milliard et 2 000 emplois : le groupe de Seattle accélère en France", "Amazon prévoit deux entrepôts de nouvelle génération et renforce ses datacenters franciliens."),
    ]),
    ("amazon-greve-entrepots", "fresh22", [
        ("linforme.com", "06-24 07:00", "Chez Amazon France, les syndicats appellent à la grève ce mercredi", "L'intersyndicale réclame une prime de partage de la valeur et dénonce la surveillance algorithmique de la productivité dans les entrepôts."),
        ("20minutes.fr", "06-24 12:00", "Grève dans les entrepôts Amazon : la CGT dénonce les cadences", "Des débrayages ont eu lieu dans plusieurs sites logistiques, dont Brétigny-sur-Orge et Lauwin-Planque, deux jours après l’annonce de nouveaux investissements."),
    ]),
    # ------------------------------------------------ chipmaker job cuts (months after its results)
    ("stmicro-suppressions-crolles-rousset", "fresh22", [
        ("usine-digitale.fr", "06-25 08:00", "STMicroelectronics va supprimer 600 postes à Crolles et Rousset", "Le fabricant de puces précise le volet français de son plan de remodelage industriel, qui reposera sur des départs volontaires d'ici fin 2027."),
        ("lesechos.fr", "06-25 11:00", "Semi-conducteurs : ST taille dans ses effectifs français", "Environ six cents emplois seront supprimés sur les sites isérois et provençal du groupe franco-italien, qui souffre du ralentissement de l’automobile électrique."),
        ("lemondeinformatique.fr", "06-26 09:00", "Plan social chez ST : les syndicats craignent pour l'avenir de la fab 300 mm de Crolles", "Au lendemain de l'annonce de 600 suppressions de postes, les représentants du personnel réclament des garanties sur les investissements promis par l'État."),
    ]),
    # ------------------------------------------------ same launcher, another flight five months later
    ("ariane6-syracuse-4c", "fresh22", [
        ("numerama.com", "06-29 21:30", "Ariane 6 lance le satellite militaire Syracuse 4C", "Le lanceur européen a décollé lundi soir de Kourou avec le dernier satellite de télécommunications militaires de la génération Syracuse IV."),
        ("usine-digitale.fr", "06-30 08:00", "Syracuse 4C en orbite : les armées françaises complètent leur constellation", "Lancé par Ariane 6, le satellite construit par Thales Alenia Space et Airbus parachève un programme de plus de 4 milliards d’euros."),
    ]),
    # ------------------------------------------------ a game's date at a showcase (actor named only in lead, quote)
    ("xbox-showcase-fable-date", "fresh22", [
        ("numerama.com", "06-07 19:30", "Fable sortira le 20 octobre : Microsoft fixe enfin la date", "Lors de son Xbox Games Showcase, le constructeur a présenté un long extrait de gameplay du jeu de rôle de Playground Games, attendu aussi sur PS5."),
        ("20minutes.fr", "06-08 08:00", "Xbox Games Showcase : Fable a (enfin) une date de sortie", "Le très attendu RPG britannique, plusieurs fois repoussé, arrivera cet automne sur Xbox, PC et PS5."),
        ("clubic.com", "06-08 10:00", "« Notre jeu le plus ambitieux » : le studio britannique dévoile sa date de sortie", "Playground Games a profité de la conférence de Microsoft pour annoncer la sortie de Fable le 20 octobre et montrer son monde ouvert d’Albion."),
    ]),
    # ------------------------------------------------ regional news
    ("occitanie-cloud-regional", "fresh22", [
        ("cio-online.com", "06-19 09:00", "La Région Occitanie lance un cloud souverain pour ses lycées et ses collectivités", "Hébergée dans deux datacenters toulousains, la plateforme doit accueillir d'ici 2028 les applications de 200 collectivités du territoire."),
    ]),
    # ------------------------------------------------ two public tenders on one theme, two days apart
    ("armees-marche-cloud-classifie", "fresh22", [
        ("lemagit.fr", "06-23 09:00", "Le ministère des Armées attribue son marché de cloud classifié à un consortium Thales-OVHcloud", "D'une durée de huit ans et d'un montant maximal de 900 millions d'euros, le contrat doit doter les armées d'un cloud de niveau Diffusion restreinte."),
        ("next.ink", "06-23 15:00", "Cloud des armées : 900 millions d’euros pour Thales et OVHcloud", "Le marché, très attendu par les acteurs du cloud souverain, écarte les offres des hyperscalers américains, même sous licence."),
    ]),
    ("health-data-hub-appel-offres", "fresh22", [
        ("next.ink", "06-25 10:00", "Health Data Hub : l'appel d'offres pour quitter Microsoft Azure enfin lancé", "La plateforme des données de santé publie son marché de migration vers un hébergeur qualifié SecNumCloud, avec une bascule visée pour fin 2027."),
        ("cio-online.com", "06-25 15:00", "Données de santé : le HDH lance son marché de cloud souverain", "Deux jours après le contrat des Armées, c’est au tour de la plateforme des données de santé de consulter les fournisseurs qualifiés SecNumCloud."),
    ]),
    # ------------------------------------------------ recurring formats (June): each merges with nothing
    ("next-recap-semaine-0613", "fresh22", [
        ("next.ink", "06-13 08:00", "Récap de la semaine : WWDC, Magistral 2, Patch Tuesday et la loi sur les réseaux sociaux au Sénat", "Chaque samedi, retour sur l'essentiel de l'actualité de la semaine écoulée en quelques liens."),
    ]),
    ("01net-infos-semaine-0620", "fresh22", [
        ("01net.com", "06-20 09:00", "Les 7 infos tech à retenir cette semaine : panne Free, nouvelle Freebox, cyberattaques à Saint-Nazaire et Lorient", "Vous avez manqué l'actualité de la semaine ? Voici notre sélection des informations marquantes."),
    ]),
    ("jdn-brief-0611", "fresh22", [
        ("journaldunet.com", "06-11 06:30", "Le brief tech du jeudi 11 juin : iOS 27 bêta, Kerlia, Lumio, le Sénat", "Chaque matin, les informations à retenir pour bien commencer la journée."),
    ]),
    ("ud-lettre-ia-108", "fresh22", [
        ("usine-digitale.fr", "06-19 07:00", "La lettre de l'IA #108 : Magistral 2, Mistral Small 4 et les levées de la semaine", "Chaque vendredi, notre sélection de l'actualité de l'intelligence artificielle."),
    ]),
    ("lesnumeriques-bons-plans-0606", "fresh22", [
        ("lesnumeriques.com", "06-06 08:00", "Bons plans du week-end : TV OLED, aspirateurs robots et Switch 2 en promo", "Notre sélection des meilleures offres du moment, vérifiées par la rédaction."),
    ]),
    ("podcast-futur-proche-71", "fresh22", [
        ("01net.com", "06-26 17:00", "[Podcast] Futur Proche #71 : comment l'IA change le métier de développeur", "Cette semaine, nos journalistes reçoivent une développeuse et un formateur pour parler des assistants de code au quotidien."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
