"""A twelfth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules (no look at the
code, its tests, the other sets' events or the history), to be measured once on the code that
lands. Same format as `labelled.py`; every event's half is "fresh12".
Each event is one real-world happening: articles of one event are the same story (a follow-up
a day or two later included), every other pair is not. Some titles are near-identical across
outlets, most are reworded (synonyms, digits or words, another angle, an English word, "selon
L'Informé", "selon Les Echos"), a few are hard (a periphrasis for the actor, a consumer angle,
a quote as title, the actor named only in the lead, an explainer, an interview, a number-led
title). About a quarter of the events have a single article.
Hard negatives are look-alikes on purpose: one firm's figures then its job cuts, job cuts then
a strike, two outages of one provider days apart, two cyberattacks on two hospitals the same
week (and a university the same week), a launch then a price rise, a fine then its appeal, two
acquisitions by one buyer, two funding rounds in one sector the same day, two leaks at two
firms of one sector, two CEO appointments the same day, one vendor's two flaws in one week, two
versions of one system, two announcements by one firm at one trade show, two decisions about
one firm by two authorities, a bill voted in one chamber then in the other, and recurring
formats (weekly roundups of one outlet, a daily digest, a podcast, numbered newsletters) that
name several of the week's stories and must merge with nothing.
`build` fixes the year 2026; times are UTC, January and February 2026 ("01-05" to "02-25").

Measured once, on the code that was to land at the stop that added it (4f1a6f2), before anything
was changed for it: precision 0.913, recall 0.818 (the code that landed before, 79f7cfc: 0.892,
0.753). Its one wrong link (the Freebox Ultra's launch, the Freebox Pop's price) joined two
stories of 3 and 2 articles.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ one firm, two announcements at one trade show
    ("withings-ces-body-scan-2", "fresh12", [
        ("lesnumeriques.com", "01-06 17:30", "CES 2026 : Withings dévoile la Body Scan 2, une balance qui mesure l'âge vasculaire",
         "La société française présente à Las Vegas une nouvelle version de sa balance connectée haut de gamme, capable d'estimer l'âge des artères et la santé nerveuse grâce à six électrodes. Elle sera commercialisée au printemps à 399 euros."),
        ("frandroid.com", "01-06 19:05", "Withings Body Scan 2 : la balance connectée qui veut remplacer votre bilan de santé",
         "Présentée au CES, la nouvelle balance de la marque d'Issy-les-Moulineaux ajoute une analyse de la variabilité cardiaque et un suivi métabolique couplé à l'application Health+. Prix annoncé : 399 euros."),
    ]),
    ("withings-ces-scanwatch-bp", "fresh12", [
        ("01net.com", "01-07 15:20", "Withings lance au CES une montre qui mesure la tension sans brassard",
         "Après sa balance, le fabricant français présente la ScanWatch BP, une montre hybride qui estime la pression artérielle en continu grâce à un capteur optique. Elle attend encore son marquage médical européen."),
        ("clubic.com", "01-07 18:40", "ScanWatch BP : Withings veut surveiller votre tension en permanence",
         "Deuxième annonce du français à Las Vegas, cette montre connectée promet un suivi de la pression artérielle jour et nuit, sans brassard gonflable. Commercialisation prévue en Europe d’ici la fin de l’année, à un prix non communiqué."),
    ]),
    # ------------------------------------------------ regulator: a phone pulled (single)
    ("anfr-oukitel-das", "fresh12", [
        ("lesnumeriques.com", "01-09 11:00", "L'ANFR suspend la vente d'un smartphone durci pour un DAS trop élevé",
         "L'Agence nationale des fréquences a mesuré un débit d'absorption spécifique « membre » supérieur au seuil réglementaire sur l'Oukitel WP36. Le fabricant chinois doit corriger le problème par une mise à jour ou retirer le modèle du marché français."),
    ]),
    # ------------------------------------------------ a fine, then its appeal five days later
    ("leroy-merlin-cnil-fine", "fresh12", [
        ("lemondeinformatique.fr", "01-08 09:15", "La CNIL inflige 2,5 M€ d'amende à Leroy Merlin",
         "L'autorité sanctionne l'enseigne de bricolage pour avoir conservé trop longtemps les données de millions de clients de son programme de fidélité et pour des manquements à la sécurité de son site marchand."),
        ("next.ink", "01-08 11:30", "Données de fidélité : Leroy Merlin sanctionné de 2,5 millions d’euros par la CNIL",
         "La formation restreinte de la CNIL reproche à l’enseigne des durées de conservation excessives, des mots de passe insuffisamment robustes et une information lacunaire des clients sur le ciblage publicitaire."),
        ("lefigaro.fr", "01-08 14:00", "Bricolage : l’enseigne nordiste épinglée par le gendarme des données personnelles",
         "Leroy Merlin, filiale du groupe Adeo, devra payer 2,5 millions d’euros. La CNIL a constaté que les données de clients inactifs depuis plus de cinq ans étaient toujours conservées, parfois avec leur historique d’achats complet."),
    ]),
    ("leroy-merlin-cnil-appeal", "fresh12", [
        ("lesechos.fr", "01-13 07:00", "Leroy Merlin conteste son amende CNIL devant le Conseil d'Etat",
         "L'enseigne de bricolage a déposé un recours contre la sanction de 2,5 millions d'euros prononcée la semaine dernière, estimant que la CNIL a « mal apprécié » les mesures de mise en conformité engagées depuis 2024."),
        ("zdnet.fr", "01-13 12:10", "Amende de 2,5 M€ : Leroy Merlin fait appel de la décision de la CNIL",
         "Le distributeur saisit la plus haute juridiction administrative et demande la suspension de la publication de la sanction sur le site de l'autorité. Une procédure qui pourrait prendre plus d'un an."),
    ]),
    # ------------------------------------------------ weekly roundup, same outlet, two weeks (singles)
    ("clubic-weekly-0110", "fresh12", [
        ("clubic.com", "01-10 09:00", "Les actus de la semaine : le meilleur du CES 2026, les annonces de Withings et une amende de la CNIL",
         "Chaque samedi, Clubic revient sur les informations qui ont marqué les sept derniers jours. Au programme cette semaine : les nouveautés du salon de Las Vegas, la sanction visant un géant du bricolage et les premières fuites sur le Galaxy S26."),
    ]),
    ("clubic-weekly-0117", "fresh12", [
        ("clubic.com", "01-17 09:00", "Les actus de la semaine : pannes chez OVHcloud, iOS 26.2.1 et Société Générale mise sur Mistral",
         "Notre récapitulatif hebdomadaire revient sur les deux incidents qui ont touché l’hébergeur roubaisien, la faille zero-day corrigée en urgence par Apple et le partenariat géant signé par la banque avec la pépite française de l’IA."),
    ]),
    # ------------------------------------------------ hospital, not a cyberattack
    ("aphp-ia-transcription", "fresh12", [
        ("usine-digitale.fr", "01-12 09:20", "L'AP-HP déploie une IA de transcription des consultations dans ses 38 hôpitaux",
         "Après une expérimentation concluante à la Pitié-Salpêtrière, l'Assistance publique-Hôpitaux de Paris généralise un outil qui rédige automatiquement les comptes rendus médicaux à partir de l'enregistrement des consultations."),
        ("numerama.com", "01-12 14:50", "Les médecins des hôpitaux parisiens vont dicter leurs comptes rendus à une IA",
         "Le plus grand CHU d’Europe, l’AP-HP, équipe ses praticiens d’un assistant vocal développé par la start-up Nabla et hébergé sur des serveurs certifiés pour les données de santé. Les patients pourront refuser l’enregistrement."),
    ]),
    # ------------------------------------------------ one provider, two outages three days apart
    ("ovhcloud-outage-roubaix", "fresh12", [
        ("silicon.fr", "01-13 10:20", "OVHcloud : une panne électrique paralyse une partie du datacenter de Roubaix",
         "Un incident sur l'alimentation électrique d'une salle du site RBX a rendu indisponibles plusieurs milliers de serveurs dédiés et d'instances Public Cloud pendant près de cinq heures mardi matin."),
        ("lemagit.fr", "01-13 13:45", "Panne chez OVHcloud : des clients privés de serveurs pendant cinq heures à Roubaix",
         "Le fournisseur roubaisien explique qu'un onduleur défaillant a entraîné la coupure de deux salles. Les services ont été rétablis progressivement en début d'après-midi, sans perte de données selon l'hébergeur."),
        ("journaldugeek.com", "01-13 15:30", "Des milliers de sites web hors ligne : le cloud français a encore flanché",
         "Mardi, de nombreux sites de e-commerce et de médias hébergés chez OVHcloud sont restés inaccessibles pendant toute la matinée à cause d’un problème d’alimentation dans un datacenter du Nord."),
    ]),
    ("ovhcloud-outage-dns", "fresh12", [
        ("next.ink", "01-16 09:40", "Nouvelle panne chez OVHcloud, cette fois sur ses serveurs DNS",
         "Trois jours après l’incident électrique de Roubaix, l’hébergeur a subi vendredi matin une défaillance de ses serveurs DNS qui a empêché la résolution de nombreux noms de domaine pendant environ 90 minutes."),
        ("01net.com", "01-16 12:15", "OVHcloud : sites inaccessibles et e-mails bloqués après un incident DNS",
         "Les clients de l'offre d'hébergement web et de noms de domaine d'OVHcloud ont été touchés vendredi par une erreur de configuration lors d'une mise à jour, selon l'entreprise, qui présente ses excuses."),
    ]),
    # ------------------------------------------------ two versions of one system
    ("apple-ios-26-2-1", "fresh12", [
        ("numerama.com", "01-14 08:30", "Apple publie iOS 26.2.1 pour corriger une faille activement exploitée",
         "La mise à jour comble une vulnérabilité de WebKit qui aurait été utilisée dans des « attaques extrêmement sophistiquées » contre des personnes ciblées. Apple recommande de l'installer sans attendre."),
        ("01net.com", "01-14 10:05", "iPhone : faites vite la mise à jour, une faille zero-day est exploitée",
         "Apple corrige en urgence avec iOS 26.2.1 une brèche dans le moteur de son navigateur Safari, découverte par le Threat Analysis Group de Google. La mise à jour concerne tous les iPhone compatibles avec iOS 26."),
    ]),
    ("apple-ios-26-3-beta-3", "fresh12", [
        ("journaldugeek.com", "01-15 20:10", "iOS 26.3 bêta 3 : Apple prépare le transfert facilité vers Android",
         "La troisième bêta d’iOS 26.3, disponible pour les développeurs, intègre l’outil de migration vers Android exigé par le DMA et de nouvelles options de notifications pour les montres connectées tierces en Europe."),
        ("clubic.com", "01-16 07:45", "iOS 26.3 : la nouvelle bêta simplifie le passage de l'iPhone à Android",
         "Apple poursuit le développement de sa prochaine mise à jour avec une bêta 3 qui ajoute un assistant de transfert de données vers un smartphone Android, une obligation imposée par la Commission européenne."),
    ]),
    # ------------------------------------------------ bank and AI start-up: interview the next day
    ("socgen-mistral-deal", "fresh12", [
        ("lesechos.fr", "01-15 06:30", "Société Générale signe un accord d'envergure avec Mistral AI",
         "La banque va déployer l'assistant Le Chat Enterprise auprès de ses 110 000 collaborateurs et codévelopper des modèles spécialisés pour la conformité et la relation client. Le contrat porte sur cinq ans."),
        ("usine-digitale.fr", "01-15 09:45", "Mistral AI et Société Générale s'allient dans l'IA générative, selon Les Echos",
         "La start-up française fournira ses modèles à la banque, qui les hébergera sur ses propres infrastructures. Un contrat de plusieurs dizaines de millions d'euros, d'après le quotidien économique."),
        ("journaldunet.com", "01-15 12:00", "La licorne d’Arthur Mensch décroche son plus gros contrat bancaire",
         "Société Générale a choisi Mistral AI pour équiper l’ensemble de ses salariés d’un assistant conversationnel et automatiser l’analyse de documents réglementaires, un contrat inédit par sa taille en Europe."),
        ("larevuedudigital.com", "01-16 08:20", "Le DSI de Société Générale : « Nous voulions garder la maîtrise de nos données »",
         "Au lendemain de l'annonce du partenariat avec Mistral AI, le directeur des systèmes d'information de la banque explique pourquoi le groupe a préféré des modèles ouverts, hébergés sur site, aux offres des hyperscalers américains."),
    ]),
    # ------------------------------------------------ region (single)
    ("occitanie-regional-cloud", "fresh12", [
        ("latribune.fr", "01-15 16:40", "La Région Occitanie lance son propre cloud pour les lycées et les collectivités",
         "Baptisé Cloud Occitanie, le service sera opéré depuis deux datacenters à Toulouse et Montpellier. La collectivité y consacre 25 millions d’euros sur cinq ans et vise 300 communes et intercommunalités utilisatrices d’ici 2028."),
    ]),
    # ------------------------------------------------ court
    ("paris-court-dns-blocking", "fresh12", [
        ("next.ink", "01-19 10:15", "Le tribunal de Paris ordonne à Cloudflare et Google de bloquer des sites de streaming sportif",
         "Saisi par Canal+ et la Ligue de football professionnel, le tribunal judiciaire impose aux résolveurs DNS alternatifs de bloquer une trentaine de domaines diffusant illégalement des matchs de Ligue 1 et de Premier League."),
        ("numerama.com", "01-19 14:00", "Streaming illégal : les résolveurs DNS de Google et Cloudflare contraints au blocage",
         "La décision, rendue vendredi et publiée ce lundi, étend aux services DNS publics les mesures de blocage déjà imposées aux fournisseurs d’accès à Internet. Cloudflare dit étudier la possibilité de faire appel."),
        ("clubic.com", "01-19 17:30", "Vous utilisez le DNS 1.1.1.1 pour regarder le foot ? C'est bientôt fini",
         "Le tribunal judiciaire de Paris a donné raison aux ayants droit du football : Cloudflare, Google et Cisco doivent désormais bloquer une trentaine de sites pirates, y compris pour les internautes qui contournent les DNS de leur opérateur."),
    ]),
    # ------------------------------------------------ one vendor, two flaws in one week
    ("ivanti-epmm-flaw", "fresh12", [
        ("lemagit.fr", "01-20 08:50", "Ivanti EPMM : une vulnérabilité critique activement exploitée",
         "L'éditeur a publié un correctif pour une faille d'exécution de code à distance sans authentification dans Endpoint Manager Mobile. Des exploitations ciblées ont déjà été observées, selon Ivanti."),
        ("zdnet.fr", "01-20 11:20", "Le CERT-FR alerte sur une faille critique dans Ivanti Endpoint Manager Mobile",
         "Notée 9,8 sur 10, la vulnérabilité CVE-2026-0417 permet de prendre le contrôle des serveurs de gestion de flottes mobiles exposés sur Internet. Le centre gouvernemental recommande d'appliquer le correctif en urgence."),
        ("silicon.fr", "01-20 15:35", "Gestion des mobiles : Ivanti corrige en urgence une faille zero-day",
         "Une vulnérabilité de type injection de code affecte les versions sur site d’EPMM. L’éditeur américain indique qu’un « nombre très limité de clients » a été compromis avant la publication du correctif."),
    ]),
    ("ivanti-connect-secure-flaw", "fresh12", [
        ("lemagit.fr", "01-23 09:10", "Ivanti : nouvelle faille critique, cette fois dans Connect Secure",
         "Trois jours après le correctif d'EPMM, l'éditeur alerte sur un débordement de tampon dans ses passerelles VPN Connect Secure et Policy Secure, exploitable sans authentification. Aucun correctif n'est encore disponible pour toutes les versions."),
        ("cio-online.com", "01-23 14:00", "VPN Ivanti Connect Secure : la CISA exige un correctif sous 72 heures",
         "L'agence américaine ajoute la vulnérabilité CVE-2026-0612 à son catalogue des failles exploitées et impose aux administrations fédérales de mettre à jour leurs passerelles d'accès distant d'ici lundi."),
    ]),
    # ------------------------------------------------ a launch, then a price rise two days later
    ("freebox-ultra-2-launch", "fresh12", [
        ("frandroid.com", "01-20 10:00", "Free lance la Freebox Ultra 2 : Wi-Fi 7, 8 Gb/s et Canal+ inclus",
         "Xavier Niel a présenté mardi la nouvelle box haut de gamme de l’opérateur, proposée à 49,99 euros par mois la première année. Elle embarque un répéteur Wi-Fi 7 et un lecteur TV repensé sous Android TV."),
        ("bfmtv.com", "01-20 12:30", "Freebox Ultra 2 : prix, débits, services... tout savoir sur la nouvelle box de Free",
         "L'opérateur renouvelle son offre premium seize mois après la première Ultra. La box promet jusqu'à 8 Gb/s en téléchargement et intègre désormais un disque de 1 To pour l'enregistrement des programmes."),
        ("numerama.com", "01-20 17:15", "Xavier Niel : « C'est la box la plus puissante jamais conçue en France »",
         "Lors de la conférence de lancement de la Freebox Ultra 2, le fondateur d'Iliad a défendu un prix inchangé et promis des débits multigigabits à tous les abonnés fibre éligibles d'ici 2027."),
    ]),
    ("freebox-pop-price-rise", "fresh12", [
        ("01net.com", "01-22 09:30", "Free augmente le prix de la Freebox Pop de 2 euros par mois",
         "Deux jours après le lancement de sa nouvelle box haut de gamme, l’opérateur informe ses abonnés Pop d’une hausse tarifaire à compter du 1er mars, justifiée par l’enrichissement de son offre de chaînes et de services."),
        ("lesnumeriques.com", "01-22 13:50", "Hausse de prix chez Free : les abonnés Freebox Pop vont payer plus cher",
         "Un courriel envoyé aux clients annonce un passage de 29,99 à 31,99 euros par mois. Les abonnés peuvent résilier sans frais dans un délai de quatre mois suivant l'entrée en vigueur de la hausse."),
    ]),
    # ------------------------------------------------ town cyberattack (single)
    ("vierzon-town-ransomware", "fresh12", [
        ("larevuedudigital.com", "01-21 10:30", "Vierzon : la mairie paralysée par une cyberattaque",
         "Les services municipaux de la commune du Cher fonctionnent en mode dégradé depuis lundi après une attaque par rançongiciel ayant chiffré une partie des serveurs. L'état civil, la cantine et la médiathèque sont perturbés."),
    ]),
    # ------------------------------------------------ cloud provider
    ("scaleway-milan-region", "fresh12", [
        ("silicon.fr", "01-21 09:00", "Scaleway ouvre une région cloud à Milan",
         "Le fournisseur de cloud du groupe Iliad met en service sa quatrième région européenne, après Paris, Amsterdam et Varsovie. Elle propose d'emblée des instances GPU H200 pour l'entraînement de modèles d'IA."),
        ("itforbusiness.fr", "01-21 15:10", "Cloud souverain : Scaleway s’implante en Italie",
         "La filiale d’Iliad inaugure un datacenter dans la banlieue de Milan pour séduire les entreprises italiennes soucieuses de localiser leurs données en Europe. Un investissement de 150 millions d’euros sur trois ans."),
    ]),
    # ------------------------------------------------ game studio: figures, then job cuts four days later
    ("ubisoft-q3-sales", "fresh12", [
        ("lesechos.fr", "01-22 18:10", "Ubisoft abaisse encore ses objectifs après un troisième trimestre décevant",
         "L'éditeur de jeux vidéo a publié jeudi soir des réservations nettes en baisse de 18 % sur le trimestre clos fin décembre, pénalisées par les ventes timides de ses titres de fin d'année. Il réduit sa prévision annuelle."),
        ("bfmtv.com", "01-23 07:45", "Ubisoft : l’action s’effondre de 20 % après des ventes de Noël ratées",
         "L’éditeur d’Assassin’s Creed a vu son cours chuter à l’ouverture de la Bourse de Paris vendredi. Les investisseurs sanctionnent un chiffre d’affaires trimestriel inférieur aux attentes et des objectifs revus à la baisse."),
        ("journaldugeek.com", "01-23 11:20", "Pourquoi l’éditeur d’Assassin’s Creed n’arrive plus à vendre ses jeux",
         "Ventes de fin d’année décevantes, reports en série, concurrence des free-to-play : Ubisoft a encore revu ses ambitions à la baisse jeudi. Décryptage d’un trimestre difficile pour le groupe de la famille Guillemot."),
    ]),
    ("arkane-lyon-blade-reveal", "fresh12", [
        ("journaldugeek.com", "01-22 20:30", "Marvel's Blade : Arkane Lyon montre enfin son jeu, sortie prévue en 2027",
         "Le studio lyonnais, propriété de Microsoft via Bethesda, a présenté une première séquence de gameplay lors du Xbox Developer Direct. Le jeu d'action à la première personne sortira sur PC et Xbox Series."),
    ]),
    ("ubisoft-rcc-job-cuts", "fresh12", [
        ("latribune.fr", "01-26 08:30", "Ubisoft prépare une rupture conventionnelle collective de 200 postes en France",
         "Quatre jours après l'abaissement de ses objectifs, l'éditeur a présenté lundi aux représentants du personnel un projet de départs volontaires visant ses services centraux de Saint-Mandé et le studio de Montpellier."),
        ("clubic.com", "01-26 14:40", "200 départs chez Ubisoft : les layoffs touchent le siège et Montpellier",
         "Le groupe confirme un projet de rupture conventionnelle collective, le troisième plan de réduction des coûts en deux ans. Les syndicats appellent à un rassemblement devant le siège de Saint-Mandé jeudi."),
    ]),
    # ------------------------------------------------ a bill voted in one chamber, then in the other
    ("under15-social-ban-assemblee", "fresh12", [
        ("lefigaro.fr", "01-27 06:30", "L'Assemblée nationale adopte l'interdiction des réseaux sociaux avant 15 ans",
         "Les députés ont voté lundi soir, par 130 voix contre 21, la proposition de loi imposant aux plateformes de vérifier l'âge de leurs utilisateurs. Le texte doit encore être examiné par le Sénat."),
        ("numerama.com", "01-27 09:15", "Réseaux sociaux interdits aux moins de 15 ans : les députés disent oui",
         "La proposition de loi portée par le groupe Ensemble pour la République a été adoptée en première lecture. Elle prévoit une vérification d’âge obligatoire et des sanctions pour les plateformes qui ne la respectent pas."),
        ("next.ink", "01-27 11:40", "Majorité numérique à 15 ans : ce qu'il faut retenir du texte voté à l'Assemblée",
         "Vérification d'âge, responsabilité des plateformes, rôle de l'Arcom, entrée en vigueur en septembre : tour d'horizon de la proposition de loi adoptée lundi par les députés et de ses zones d'ombre juridiques."),
        ("bfmtv.com", "01-27 18:20", "« Une victoire pour nos enfants » : Macron salue le vote des députés",
         "Le chef de l'Etat, qui réclamait ce texte depuis l'été, a félicité l'Assemblée nationale pour l'adoption de l'interdiction des réseaux sociaux aux moins de 15 ans et demande au Sénat de l'examiner « au plus vite »."),
    ]),
    # ------------------------------------------------ two funding rounds in one sector the same day
    ("lexiom-series-a", "fresh12", [
        ("maddyness.com", "01-28 07:00", "LegalTech : Lexiom lève 15 millions d'euros pour son assistant juridique IA",
         "La start-up parisienne, fondée en 2023 par deux anciens avocats d'affaires, boucle une série A menée par Balderton Capital. Elle compte recruter 60 personnes et s'implanter en Allemagne dès cette année."),
        ("frenchweb.fr", "01-28 09:20", "Lexiom boucle une série A de 15 M€ pour automatiser la rédaction des contrats",
         "La jeune pousse revendique 400 cabinets et directions juridiques clients. Son outil s'appuie sur des modèles de langage entraînés sur la jurisprudence française et européenne."),
    ]),
    ("clausia-funding", "fresh12", [
        ("maddyness.com", "01-28 10:30", "Clausia lève 8 millions d'euros pour simplifier l'analyse des contrats",
         "La start-up lyonnaise, spécialisée dans la revue automatique des contrats commerciaux pour les PME, réalise un tour de table mené par Eurazeo avec la participation de Bpifrance."),
        ("lesechos.fr", "01-28 12:15", "IA juridique : le lyonnais Clausia séduit les investisseurs",
         "Fondée il y a deux ans, la jeune entreprise a levé 8 millions d’euros pour développer son logiciel de détection des risques contractuels, dans un secteur de la legaltech en pleine effervescence en France."),
    ]),
    # ------------------------------------------------ retailer figures
    ("fnac-darty-annual-sales", "fresh12", [
        ("challenges.fr", "01-28 19:00", "Fnac Darty voit ses ventes progresser de 2 % en 2025",
         "Le distributeur de produits culturels et électroniques a publié mercredi soir un chiffre d'affaires annuel de 8,1 milliards d'euros, porté par les services et l'intégration d'Unieuro en Italie."),
        ("bfmtv.com", "01-29 08:10", "Fnac Darty : un Noël correct, mais la concurrence en ligne pèse toujours",
         "L’enseigne a réalisé un quatrième trimestre stable en France malgré la pression des plateformes asiatiques sur l’électroménager et les petits appareils. Le groupe confirme son objectif de génération de trésorerie."),
    ]),
    # ------------------------------------------------ chip maker figures
    ("stmicro-q4-results", "fresh12", [
        ("lesechos.fr", "01-29 06:50", "STMicroelectronics prévoit un nouveau recul de ses ventes au premier trimestre",
         "Le fabricant franco-italien de semi-conducteurs a publié jeudi un chiffre d'affaires de 3,3 milliards de dollars au quatrième trimestre, en baisse de 1 %, et table sur un début d'année toujours freiné par l'automobile."),
        ("latribune.fr", "01-29 10:15", "Semi-conducteurs : ST, toujours plombé par l'automobile, attend une reprise au second semestre",
         "Le groupe dirigé par Jean-Marc Chéry a vu sa marge brute reculer à 33,5 % en 2025. Il maintient son plan de réorganisation de ses usines de Crolles, Rousset et Agrate."),
        ("challenges.fr", "01-29 15:40", "2025, année noire pour le fabricant de puces franco-italien",
         "Chiffre d’affaires annuel en recul de 20 %, bénéfice divisé par trois : les résultats publiés jeudi par STMicroelectronics confirment la longue crise du marché des composants pour l’automobile et l’industrie."),
    ]),
    # ------------------------------------------------ two CEO appointments the same day
    ("sopra-steria-new-ceo", "fresh12", [
        ("lemondeinformatique.fr", "01-29 08:00", "Sopra Steria nomme une nouvelle directrice générale",
         "L'ESN annonce l'arrivée de Claire Vasseur au poste de directrice générale à compter du 1er avril. Venue de Capgemini, elle succède à Cyril Malargé, qui rejoint le conseil d'administration."),
        ("channelnews.fr", "01-29 11:30", "Changement de direction chez Sopra Steria : Claire Vasseur prend les commandes",
         "L’ancienne directrice des opérations Europe de Capgemini devient DG du groupe de services numériques. Elle devra relancer une croissance organique atone dans la banque et le secteur public."),
    ]),
    ("ledger-new-ceo", "fresh12", [
        ("journaldunet.com", "01-29 09:40", "Ledger nomme un nouveau directeur général venu de la fintech",
         "Le fabricant français de portefeuilles de cryptomonnaies confie sa direction générale à Marc Delorme, ex-directeur produit de Revolut. Pascal Gauthier devient président du conseil d'administration."),
        ("usine-digitale.fr", "01-29 13:20", "Le champion tricolore des wallets crypto change de patron",
         "Ledger annonce l’arrivée de Marc Delorme à sa tête. Ce passage de témoin intervient alors que l’entreprise parisienne prépare une éventuelle introduction en Bourse à New York."),
    ]),
    # ------------------------------------------------ newsletter "#N" (single)
    ("maddyness-newsletter-612", "fresh12", [
        ("maddyness.com", "01-30 07:00", "La Newsletter Maddyness #612 : legaltech, levées de fonds et nominations",
         "Chaque vendredi, retrouvez la sélection de la rédaction : les tours de table de la semaine dans l'écosystème français, dont deux start-up de l'IA juridique, et les nouveaux visages à la tête de Ledger et de Sopra Steria."),
    ]),
    # ------------------------------------------------ job cuts, then a strike three days later
    ("sfr-job-cuts", "fresh12", [
        ("linforme.com", "02-02 06:15", "SFR prépare un nouveau plan de 800 suppressions de postes",
         "Selon nos informations, la direction de l'opérateur présentera jeudi aux syndicats un projet de rupture conventionnelle collective visant principalement les fonctions support et le réseau de boutiques."),
        ("lemondeinformatique.fr", "02-02 10:00", "SFR s'apprête à supprimer 800 postes, selon L'Informé",
         "L'opérateur au carré rouge, filiale d'Altice France, engagerait un nouveau plan de départs, deux ans après celui qui avait concerné un millier de salariés. Les boutiques et la relation client seraient les plus touchées."),
        ("latribune.fr", "02-02 15:30", "Télécoms : l’opérateur de Patrick Drahi taille à nouveau dans ses effectifs",
         "SFR confirme l’ouverture de négociations sur un plan de départs volontaires d’environ 800 postes, sur fond de projet de cession de ses actifs et de guerre des prix avec Free et Bouygues Telecom."),
    ]),
    # ------------------------------------------------ SaaS vendor price rise
    ("microsoft-365-price-rise", "fresh12", [
        ("lemondeinformatique.fr", "02-02 16:00", "Microsoft 365 : hausse des prix de 10 à 15 % à partir du 1er avril",
         "L'éditeur augmente le tarif de plusieurs suites bureautiques professionnelles, dont Business Standard et E3, en justifiant la hausse par l'intégration de fonctions Copilot. Les contrats en cours ne sont pas concernés avant leur renouvellement."),
        ("itforbusiness.fr", "02-03 09:30", "Les DSI face à une nouvelle hausse des licences Microsoft",
         "Le Cigref dénonce l’augmentation des abonnements Microsoft 365 annoncée lundi, qui pourrait alourdir de plusieurs millions d’euros la facture des grandes entreprises françaises. Les utilisateurs réclament plus de transparence."),
    ]),
    # ------------------------------------------------ cybersecurity vendor funding (single, another day)
    ("harfanglab-series-b", "fresh12", [
        ("frenchweb.fr", "02-03 07:30", "HarfangLab lève 35 millions d'euros pour accélérer en Europe",
         "L'éditeur français d'EDR, certifié par l'ANSSI, boucle une série B menée par un fonds d'investissement allemand. Il vise l'ouverture de bureaux à Munich et Madrid et le doublement de ses effectifs d'ici 2027."),
    ]),
    # ------------------------------------------------ quantum start-up and HPC centre
    ("pasqal-tgcc-delivery", "fresh12", [
        ("usine-digitale.fr", "02-03 11:00", "Pasqal livre son premier ordinateur quantique de 1 000 qubits au GENCI",
         "La start-up française a installé au Très Grand Centre de calcul du CEA, à Bruyères-le-Châtel, une machine à atomes neutres couplée au supercalculateur Joliot-Curie, dans le cadre du projet européen HPCQS."),
        ("silicon.fr", "02-03 15:45", "Quantique : 1 000 qubits pour la machine de Pasqal installée au TGCC",
         "Le calculateur à atomes neutres sera accessible aux chercheurs européens via le GENCI dès le printemps. Pasqal y voit une étape vers l’hybridation entre quantique et calcul haute performance pour l’optimisation industrielle."),
    ]),
    # ------------------------------------------------ two leaks at two insurers, two days apart
    ("mma-data-leak", "fresh12", [
        ("zdnet.fr", "02-03 10:40", "Fuite de données chez MMA : des informations de 300 000 assurés dérobées",
         "L'assureur mutualiste a informé ses clients du vol de données personnelles via un prestataire de gestion des sinistres. Noms, adresses, numéros de contrat et IBAN seraient concernés, mais pas les données de santé."),
        ("clubic.com", "02-03 16:15", "Assurés MMA : attention aux arnaques après le vol de vos données",
         "Après la cyberattaque ayant visé un sous-traitant de l’assureur, les clients concernés reçoivent un courriel d’information. Les experts conseillent de se méfier des faux conseillers qui pourraient exploiter leurs coordonnées bancaires."),
    ]),
    ("matmut-data-leak", "fresh12", [
        ("numerama.com", "02-05 08:30", "Matmut victime d’une fuite de données, des clients prévenus par mail",
         "Deux jours après MMA, c’est au tour de la Matmut de signaler un accès non autorisé à une base de données clients. L’assureur rouennais évoque des noms, dates de naissance et immatriculations de véhicules."),
        ("01net.com", "02-05 12:40", "Cyberattaque : l'assureur Matmut confirme le vol de données de ses sociétaires",
         "La mutuelle a déposé plainte et notifié la CNIL après la découverte d'une intrusion sur un outil de gestion de la relation client. Le nombre de personnes touchées n'a pas été communiqué."),
    ]),
    # ------------------------------------------------ one firm, two decisions by two authorities
    ("shein-eu-dsa-proceedings", "fresh12", [
        ("usine-digitale.fr", "02-04 14:00", "DSA : Bruxelles ouvre une enquête formelle contre Shein",
         "La Commission européenne soupçonne la plateforme chinoise de ne pas empêcher suffisamment la vente de produits illégaux et dangereux, et s’interroge sur la transparence de ses systèmes de recommandation."),
        ("lesechos.fr", "02-04 16:30", "DSA : Bruxelles ouvre une procédure formelle contre Shein",
         "Désignée très grande plateforme en ligne en 2024, l'enseigne de mode ultra-éphémère risque une amende pouvant atteindre 6 % de son chiffre d'affaires mondial si les manquements sont confirmés."),
    ]),
    ("shein-dgccrf-fine", "fresh12", [
        ("lefigaro.fr", "02-05 10:15", "Shein écope d'une amende de 15 millions d'euros de la DGCCRF",
         "La répression des fraudes sanctionne le site de mode pour des allégations environnementales trompeuses sur plusieurs milliers de produits. Une décision qui tombe au lendemain de l'ouverture d'une enquête européenne."),
        ("bfmtv.com", "02-05 17:40", "Vêtements « recyclés » : Shein sanctionné en France pour pratiques trompeuses",
         "Le ministère de l’Economie annonce une amende de 15 millions d’euros contre la plateforme, accusée d’avoir mis en avant des vêtements prétendument écoresponsables sans pouvoir le justifier."),
    ]),
    # ------------------------------------------------ strike at the firm that announced job cuts
    ("sfr-strike", "fresh12", [
        ("bfmtv.com", "02-05 09:00", "Grève chez SFR : des boutiques fermées ce jeudi",
         "L'intersyndicale de l'opérateur appelle à une journée de grève nationale pour protester contre le projet de 800 suppressions de postes. Une centaine de points de vente pourraient rester portes closes."),
        ("zdnet.fr", "02-05 13:20", "SFR : les salariés mobilisés contre le plan de départs",
         "Plusieurs centaines de salariés se sont rassemblés jeudi devant le siège de Saint-Denis à l'appel de la CFDT, de l'Unsa et de la CGT, au premier jour des négociations sur la rupture conventionnelle collective."),
    ]),
    # ------------------------------------------------ daily digest (single)
    ("01net-daily-digest-0205", "fresh12", [
        ("01net.com", "02-05 19:30", "L’essentiel de la tech du 5 février : Shein sanctionné, fuite chez Matmut et grève chez SFR",
         "Vous n’avez pas eu le temps de suivre l’actualité aujourd’hui ? Voici notre résumé des informations à retenir de la journée, en moins de cinq minutes de lecture."),
    ]),
    # ------------------------------------------------ two hospital cyberattacks the same week (and a university)
    ("montargis-hospital-ransomware", "fresh12", [
        ("lemagit.fr", "02-09 11:10", "Le centre hospitalier de Montargis frappé par un rançongiciel",
         "L'établissement du Loiret a déclenché son plan blanc dimanche après le chiffrement de plusieurs serveurs. Les urgences restent ouvertes mais les patients non urgents sont réorientés vers Orléans."),
        ("bfmtv.com", "02-09 13:30", "Cyberattaque à l'hôpital de Montargis : les urgences en mode dégradé",
         "Depuis dimanche, soignants et administratifs travaillent au papier et au crayon. L'agence régionale de santé Centre-Val de Loire et l'ANSSI sont mobilisées pour aider l'établissement à restaurer ses systèmes."),
        ("lemondeinformatique.fr", "02-10 08:45", "Montargis : le groupe LockBit revendique l’attaque contre l’hôpital",
         "Le centre hospitalier de l’agglomération montargoise apparaît depuis lundi soir sur le site vitrine du groupe de ransomware, qui réclame une rançon sous sept jours. La direction assure qu’elle ne paiera pas."),
    ]),
    ("arcep-orange-copper", "fresh12", [
        ("next.ink", "02-10 09:30", "Fermeture du cuivre : l’Arcep durcit le ton face à Orange",
         "Le régulateur des télécoms met en demeure l’opérateur historique de respecter le calendrier de fermeture de son réseau cuivre et de mieux informer les abonnés des communes concernées en 2026."),
        ("latribune.fr", "02-10 12:45", "ADSL : l'Arcep met en demeure Orange sur la fin du réseau cuivre",
         "L'autorité reproche à l'opérateur des retards dans la préparation de la fibre dans plusieurs centaines de communes dont la fermeture technique est programmée cette année. Orange dispose de trois mois pour se conformer."),
    ]),
    ("tours-university-cyberattack", "fresh12", [
        ("numerama.com", "02-10 16:30", "L'université de Tours visée par une cyberattaque, l'ENT coupé",
         "L'établissement a suspendu l'accès à son espace numérique de travail et à sa messagerie après la détection d'une activité suspecte lundi. Les examens prévus cette semaine sont maintenus, sur papier."),
    ]),
    ("saint-nazaire-hospital-cyberattack", "fresh12", [
        ("zdnet.fr", "02-11 10:00", "Saint-Nazaire : l'hôpital visé par une cyberattaque, la messagerie coupée",
         "Le centre hospitalier de Saint-Nazaire a détecté mardi soir une intrusion sur son système de messagerie et a isolé son réseau par précaution. La prise en charge des patients n'est pas affectée, selon la direction."),
        ("01net.com", "02-11 15:20", "Deuxième hôpital attaqué en une semaine : Saint-Nazaire coupe ses accès Internet",
         "Après Montargis, l’établissement de Loire-Atlantique a été victime d’une intrusion informatique. Aucune demande de rançon n’a été reçue à ce stade, et une plainte a été déposée."),
    ]),
    # ------------------------------------------------ SaaS acquisition (single)
    ("pennylane-kontora-acquisition", "fresh12", [
        ("maddyness.com", "02-11 08:00", "Pennylane rachète l’allemand Kontora pour accélérer en Europe",
         "La licorne française de la gestion financière des PME acquiert la start-up berlinoise Kontora, spécialiste de la facturation électronique, à quelques mois de l’entrée en vigueur de l’obligation de facturation électronique en France."),
    ]),
    ("under15-social-ban-senat", "fresh12", [
        ("lefigaro.fr", "02-12 07:10", "Le Sénat adopte à son tour l'interdiction des réseaux sociaux avant 15 ans",
         "Les sénateurs ont voté mercredi soir le texte adopté fin janvier par l'Assemblée, en l'amendant sur la vérification d'âge. Une commission mixte paritaire devra trouver une version commune."),
        ("numerama.com", "02-12 10:30", "Réseaux sociaux avant 15 ans : le Sénat vote le texte, mais le modifie",
         "La chambre haute a adopté la proposition de loi par 245 voix contre 12, en ajoutant une obligation de contrôle parental activé par défaut sur les smartphones vendus en France. Le texte repart en navette."),
    ]),
    # ------------------------------------------------ podcast (single)
    ("bfm-techco-podcast-0213", "fresh12", [
        ("bfmtv.com", "02-13 07:00", "Tech & Co, la quotidienne – Réseaux sociaux interdits avant 15 ans : le Sénat valide, et après ?",
         "Dans ce podcast, l’équipe de Tech & Co décrypte chaque jour l’actualité numérique avec ses invités. Au sommaire : le vote des sénateurs, les cyberattaques contre les hôpitaux et l’avenir du réseau cuivre."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions three days apart
    ("docaposte-certeo-acquisition", "fresh12", [
        ("channelnews.fr", "02-16 09:15", "Docaposte rachète l'éditeur de signature électronique Certeo",
         "La filiale numérique du groupe La Poste s'offre la start-up nantaise, qui compte 1 200 entreprises clientes, pour renforcer son offre de confiance numérique. Le montant de l'opération n'est pas divulgué."),
        ("lemagit.fr", "02-16 14:30", "Docaposte rachète Certeo, éditeur de signature électronique",
         "Avec cette acquisition, la filiale de La Poste ajoute un service de signature qualifiée eIDAS à son catalogue. Les 45 salariés de Certeo rejoindront la division Identité et confiance numérique."),
    ]),
    ("dinum-visio-rollout", "fresh12", [
        ("cio-online.com", "02-17 09:00", "La Dinum généralise Visio à toute l'administration d'ici 2027",
         "La direction interministérielle du numérique annonce que son outil de visioconférence souverain, bâti sur des briques open source, remplacera Teams, Zoom et Webex dans tous les ministères d'ici deux ans."),
        ("lemondeinformatique.fr", "02-17 11:40", "Fin de Teams et Zoom dans les ministères : l'Etat bascule sur Visio",
         "Le gouvernement a officialisé mardi le déploiement de la solution interministérielle auprès de 2,5 millions d'agents publics. Il évoque une économie d'un million d'euros par an en licences."),
        ("lefigaro.fr", "02-17 16:20", "« Nous n’avons plus à dépendre d’outils américains » : le ministre du Numérique mise sur Visio",
         "Le ministre délégué chargé du numérique défend la bascule de toute l’administration vers l’outil de visioconférence développé par la Dinum, présenté comme une étape vers la souveraineté numérique de l’Etat."),
    ]),
    # ------------------------------------------------ industrial firm and trusted cloud
    ("safran-bleu-cloud", "fresh12", [
        ("decideurs-it.fr", "02-18 09:30", "Safran choisit Bleu pour migrer ses applications critiques dans un cloud de confiance",
         "L'équipementier aéronautique va transférer son ERP et ses outils de conception sur l'offre de la coentreprise d'Orange et Capgemini, qualifiée SecNumCloud. La migration s'étalera jusqu'en 2028."),
        ("challenges.fr", "02-18 13:10", "Le motoriste français confie ses données sensibles à un cloud tricolore",
         "Safran a signé avec Bleu un contrat de plusieurs centaines de millions d’euros, l’un des plus importants jamais conclus par un acteur du « cloud de confiance » en France."),
    ]),
    ("docaposte-hexalis-acquisition", "fresh12", [
        ("decideurs-it.fr", "02-19 10:20", "Docaposte s’offre Hexalis Santé, hébergeur de données de santé",
         "Trois jours après le rachat de Certeo, la filiale numérique de La Poste annonce une nouvelle acquisition, cette fois dans l’hébergement certifié HDS, pour consolider sa position auprès des hôpitaux et des laboratoires."),
        ("itforbusiness.fr", "02-19 14:45", "Santé numérique : Hexalis rejoint le giron de Docaposte",
         "L'hébergeur lillois, qui gère les données de 80 établissements de santé, intègre la division santé du groupe. Il s'agit de la quatrième acquisition de Docaposte en un an dans ce domaine."),
    ]),
    # ------------------------------------------------ daily newsletter "#N" (single)
    ("frenchweb-daily-1892", "fresh12", [
        ("frenchweb.fr", "02-20 06:30", "FrenchWeb Daily #1892 : Docaposte poursuit ses emplettes, la French Tech recrute",
         "Votre revue quotidienne de l’actualité de la tech française et internationale : les acquisitions, les levées de fonds et les mouvements qui comptent, sélectionnés chaque matin par la rédaction de FrenchWeb."),
    ]),
    # ------------------------------------------------ bank app outage, explanation the next day
    ("bnp-paribas-app-outage", "fresh12", [
        ("bfmtv.com", "02-23 10:30", "Panne géante chez BNP Paribas : l'application et le site inaccessibles",
         "Depuis 8 heures ce lundi, de nombreux clients de la banque ne parviennent plus à se connecter à leur espace en ligne ni à valider leurs paiements par carte sur Internet. BNP Paribas évoque un incident technique."),
        ("frandroid.com", "02-23 12:15", "L’appli Mes Comptes ne fonctionne plus, que se passe-t-il ?",
         "Connexion impossible, authentification forte bloquée : les signalements de clients de BNP Paribas se multiplient sur Downdetector depuis ce matin. La banque assure que les paiements en magasin et les retraits restent possibles."),
        ("lesechos.fr", "02-24 07:00", "BNP Paribas s'explique après la panne qui a privé ses clients d'accès pendant sept heures",
         "La banque attribue l'incident à une mise à jour défaillante d'un composant de son infrastructure d'authentification. Elle promet de rembourser les frais éventuellement facturés aux clients lésés."),
    ]),
    # ------------------------------------------------ public agency report
    ("anssi-threat-panorama-2025", "fresh12", [
        ("lemagit.fr", "02-24 08:30", "Panorama de la cybermenace 2025 : l'ANSSI alerte sur les équipements de bordure",
         "L'agence a traité 162 incidents de rançongiciels en 2025, un chiffre stable, mais observe une hausse marquée des intrusions visant les équipements exposés, en particulier les passerelles VPN et les pare-feu."),
        ("zdnet.fr", "02-24 11:15", "L'ANSSI publie son panorama annuel de la menace informatique",
         "Espionnage d'origine étatique, rançongiciels et hacktivisme prorusse : l'Agence nationale de la sécurité des systèmes d'information dresse le bilan d'une année 2025 marquée par l'exploitation massive de failles réseau."),
        ("journaldunet.com", "02-24 16:00", "162 attaques par rançongiciel en 2025 : ce que révèle le rapport de l’ANSSI",
         "Collectivités, établissements de santé et PME restent les premières victimes des groupes criminels, selon le panorama annuel de l’agence, qui appelle à corriger plus vite les équipements exposés sur Internet."),
    ]),
    # ------------------------------------------------ university (single)
    ("uga-ai-supercomputer", "fresh12", [
        ("lemondeinformatique.fr", "02-25 09:40", "L'Université Grenoble Alpes inaugure un supercalculateur dédié à l'IA",
         "Baptisé Gricad-IA, le calculateur de 4 pétaflops financé avec l'Etat dans le cadre de France 2030 sera mis à disposition des laboratoires et des start-up du bassin grenoblois pour l'entraînement de modèles."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
