"""The 57th fresh labelled set of French tech news (follow-ups and sequels), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh57".
Positives: very different titles for one event; titles naming the firm only by periphrasis
("l'opérateur au carré rouge", "le cloud d'Iliad", "le géant de Redmond", "la marque à la pomme",
"le champion bordelais de l'e-commerce", "l'opérateur de Xavier Niel", "la fusée européenne",
"le site de petites annonces"); quotes as titles; an English-word title ("Layoffs chez Worldline");
syndicated leads ("selon L'Informé", "selon Les Echos", "selon Yonhap"); same-day hands-on
("prise en main", "nous avons testé"); next-day explainers ("ce que contient le PSE", "comment savoir
si vous êtes concerné"); post-mortems up to three days later; a same-day reaction (a minister
summons the operator); a submarine-cable cut told through different operators in each title.
Hard negatives: an outage, then its compensation three days later, then a regulator's inquiry a week
later; a leak, then a CNIL inquiry, then an arrest, then a denied "new leak" weeks later; a layoff
plan, then a strike, then the signed agreement; a keynote's two products in separate articles; a launch,
then its first pre-order figures; a review weeks after a launch; an event invitation and a rumour
preview before the keynote itself; an OS release, then its battery bug; a Patch Tuesday, its boot bug
three days later and an out-of-band patch, and the next two Patch Tuesdays; a model launch, then the
chatbot outage its rush caused the next day; a ransomware attack, then another local authority hit two
days later (whose lead names the first), then the leak of the first victim's data two weeks later; a
fine, then its appeal five weeks later; a rocket launch scrub, then the launch two days later; a
receivership, then the takeover; a price rise, then a consumer group's notice; a CEO's exit, then the
successor; half-year results and an acquisition by the same firm the same morning; quarterly guidance,
then the final results; results mentioning savings, then the voluntary-departure plan; two start-up
rounds on the same day and the week's funding roundup; the same cloud qualification for two firms; two
court-ordered waves of site blocking; a deals post on the days of the sale whose dates were news;
weekly roundups and daily deals posts that recur; an anniversary piece the day before a new outage of
the same vendor; the same operator's outage and its part in the SFR deal on the same day.
Debatable calls (labelled as a careful editor would, but another editor might differ):
- the Bouygues Telecom compensation (three days after the outage) is its own event, not the outage's;
  the boss's interview the next evening ("nous devons des excuses") is the outage's.
- the Arcep inquiry into that outage, the CNIL inquiry into the Cdiscount leak and the arrest of a
  suspect are new happenings, not follow-ups.
- the Leboncoin statement that it will appeal, the next day, is a reaction to the fine (same event);
  Google's actual appeal filed five weeks after its fine is another event.
- the Les Echos scoop on SFR talks (evening before) and Altice's confirmation next morning are one event.
- Microsoft withdrawing the Windows update the day after the boot bug is part of the bug event;
  iOS 27.0.1 fixing the battery drain two days after the reports is part of the battery event.
- the ChatGPT outage the day after GPT-5.5 (blamed on the rush) is its own event.
- Samsung's Fold 8 pre-order figures, the Fold 8 review and the iPhone Fold delivery delays are events of
  their own, not the launches; the same-day hands-on is the launch.
- the Ariane 6 scrub and the launch two days later are two events; the Scaleway post-mortem three days
  after the outage is the outage's; the Qilin leak of Loiret data two weeks later is a new event.
`build` fixes the year 2026; times are UTC, July, August and September 2026.

Held out: measured once, on the code that lands at the end of stop 26: precision 0.950, recall 0.756
(the same on 2e261f0, the code that landed at stop 25); nothing was written for it.

Tuned on in stop 27: precision 0.986, recall 0.790 on the code that lands (0.950 / 0.756 on 13a24e1, the code
that landed at stop 26).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Autorité de la concurrence fines Google (ads)
    ("adlc-google-fine", "fresh57", [
        ("lesechos.fr", "07-01 05:45",
         "L'Autorité de la concurrence inflige 210 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence reproche au moteur de recherche d'avoir favorisé ses propres outils dans la vente d'espaces publicitaires en ligne."),
        ("lemondeinformatique.fr", "07-01 10:20",
         "Publicité en ligne : Google sanctionné par le gendarme de la concurrence",
         "Google écope d'une amende de 210 M€ pour abus de position dominante sur le marché des serveurs publicitaires, une décision attendue par les éditeurs français."),
        ("journaldunet.com", "07-01 14:05",
         "Amende de 210 millions pour Google : ce que lui reproche l'Autorité",
         "Auto-préférence, accès aux données, conditions imposées aux éditeurs : le détail de la décision qui frappe la filiale d'Alphabet."),
    ]),
    # ---------------------------------------------- ... and Google's appeal five weeks later
    ("adlc-google-appeal", "fresh57", [
        ("latribune.fr", "08-05 09:30",
         "Google fait appel de son amende de 210 millions d'euros",
         "Le groupe américain a saisi la cour d'appel de Paris pour contester la sanction prononcée début juillet par l'Autorité de la concurrence."),
    ]),
    # ---------------------------------------------- Amazon announces Prime Day dates
    ("prime-day-dates", "fresh57", [
        ("frandroid.com", "07-01 08:10",
         "Prime Day 2026 : Amazon dévoile les dates, et c'est plus long que jamais",
         "Le marchand en ligne organisera son opération de promotions réservée aux abonnés Prime du 14 au 17 juillet, soit quatre jours."),
        ("clubic.com", "07-01 11:45",
         "Amazon Prime Day : quatre jours de promotions du 14 au 17 juillet",
         "Amazon confirme les dates de son Prime Day 2026, qui s'étale cette année sur quatre jours en France comme dans vingt autres pays."),
    ]),
    # ---------------------------------------------- Samsung confirms Unpacked date (invitation, not the keynote)
    ("samsung-unpacked-invite", "fresh57", [
        ("frandroid.com", "07-01 15:00",
         "C'est officiel : Samsung donne rendez-vous le 22 juillet pour son prochain Unpacked",
         "Le constructeur coréen envoie ses invitations pour une conférence à New York, où sont attendus ses nouveaux smartphones pliants."),
    ]),
    # ---------------------------------------------- Cdiscount data leak
    ("cdiscount-leak", "fresh57", [
        ("zdnet.fr", "07-02 09:40",
         "Cdiscount confirme une fuite de données touchant ses clients",
         "Le site de e-commerce reconnaît qu'un attaquant a pu accéder à des noms, adresses postales et numéros de téléphone de clients."),
        ("numerama.com", "07-02 12:15",
         "Noms, adresses, téléphones : des données de clients Cdiscount dérobées",
         "Cdiscount envoie depuis ce matin un e-mail à une partie de ses clients pour les prévenir d'un accès non autorisé à leurs informations."),
        ("bfmtv.com", "07-02 16:30",
         "Le champion bordelais de l'e-commerce victime d'un piratage",
         "Des informations personnelles de clients du site marchand ont été dérobées ; aucune donnée bancaire ne serait concernée, assure l'entreprise."),
        ("01net.com", "07-03 07:50",
         "Fuite chez Cdiscount : 2,3 millions de clients concernés, comment savoir si vous l'êtes",
         "Le site marchand précise l'ampleur du piratage révélé jeudi. Voici comment vérifier si vos données font partie du lot et quelles précautions prendre."),
        ("lemagit.fr", "07-03 10:05",
         "Cdiscount : l'attaquant est passé par un outil de support client",
         "Le cybercriminel a utilisé les identifiants volés d'un agent d'un prestataire de relation client pour extraire les fichiers, a précisé l'enseigne."),
    ]),
    # ---------------------------------------------- Altice sells SFR to Bouygues/Free/Orange (rumour then confirmation)
    ("sfr-sale-deal", "fresh57", [
        ("lesechos.fr", "07-06 18:20",
         "SFR : Altice sur le point d'accepter l'offre de Bouygues, Free et Orange",
         "Selon nos informations, Patrick Drahi est prêt à céder l'opérateur pour environ 17 milliards d'euros à ses trois concurrents, qui se partageraient clients et réseaux."),
        ("latribune.fr", "07-07 06:40",
         "Altice accepte de céder SFR au trio Bouygues-Free-Orange pour 17 milliards",
         "L'accord, annoncé ce mardi matin, prévoit le partage des abonnés, des fréquences et des infrastructures de SFR entre les trois autres opérateurs."),
        ("lefigaro.fr", "07-07 09:15",
         "Vente de SFR : la fin du marché à quatre opérateurs en France",
         "Dix ans après l'échec de la fusion Orange-Bouygues, le marché français des télécoms va revenir à trois acteurs."),
        ("bfmtv.com", "07-07 11:00",
         "L'opérateur au carré rouge va être découpé entre ses trois concurrents",
         "Altice a signé avec Bouygues Telecom, Iliad et Orange un accord de cession qui doit encore obtenir le feu vert des autorités de concurrence."),
        ("zdnet.fr", "07-08 08:00",
         "Rachat de SFR : les syndicats redoutent des milliers de suppressions de postes",
         "Au lendemain de l'annonce de la cession, l'intersyndicale de SFR demande des garanties sur l'emploi aux trois acquéreurs."),
    ]),
    # ---------------------------------------------- Bouygues Telecom national mobile outage (same day as SFR deal)
    ("bouygues-mobile-outage", "fresh57", [
        ("bfmtv.com", "07-07 07:55",
         "Panne géante chez Bouygues Telecom : appels et données mobiles coupés dans toute la France",
         "Depuis 6 heures ce mardi, de très nombreux abonnés de Bouygues Telecom ne peuvent plus ni appeler ni se connecter à Internet sur leur mobile."),
        ("01net.com", "07-07 08:40",
         "Bouygues Telecom en panne : ce que l'on sait",
         "L'opérateur confirme un incident sur son réseau mobile. Les appels, les SMS et la 4G et 5G sont touchés sur l'ensemble du territoire."),
        ("frandroid.com", "07-07 10:05",
         "Plus de réseau sur votre smartphone ? Bouygues reconnaît un incident national",
         "Si votre téléphone affiche « Appels d'urgence uniquement », vous n'êtes pas seul : le réseau de Bouygues Telecom est en rade depuis le petit matin."),
        ("numerama.com", "07-07 12:30",
         "Le 112 injoignable pour des millions d'abonnés de l'opérateur de Martin Bouygues",
         "Pendant plusieurs heures, les clients mobiles du troisième opérateur français n'ont pas pu joindre les numéros d'urgence, une situation qui inquiète les secours."),
        ("lefigaro.fr", "07-07 17:45",
         "La ministre du Numérique convoque Bouygues Telecom après la coupure de son réseau",
         "Le gouvernement demande des explications à l'opérateur, dont le réseau mobile a été rétabli en milieu d'après-midi après près de neuf heures d'interruption."),
        ("lemagit.fr", "07-08 07:30",
         "Panne Bouygues Telecom : une mise à jour du cœur de réseau en cause",
         "Une modification logicielle déployée dans la nuit sur les serveurs qui authentifient les abonnés a provoqué la coupure de mardi, explique l'opérateur."),
        ("next.ink", "07-08 11:10",
         "Coupure mobile de mardi : l'opérateur pointe un logiciel défaillant",
         "Bouygues Telecom détaille l'enchaînement qui a privé ses 15 millions de clients mobiles de réseau : une mise à jour, un retour arrière raté, puis une saturation."),
        ("lefigaro.fr", "07-08 19:00",
         "« Nous devons des excuses à nos clients » : le patron de Bouygues Telecom s'explique",
         "Au lendemain de la panne géante, le PDG de l'opérateur revient sur les neuf heures de coupure et promet que « cela ne se reproduira pas »."),
    ]),
    # ---------------------------------------------- Samsung Q2 guidance (preliminary)
    ("samsung-q2-guidance", "fresh57", [
        ("lesechos.fr", "07-07 05:30",
         "Samsung anticipe un bond de 40 % de son bénéfice trimestriel grâce à la mémoire HBM",
         "Le géant sud-coréen a publié des estimations préliminaires pour le deuxième trimestre, bien au-dessus des attentes des analystes."),
        ("latribune.fr", "07-07 09:30",
         "Puces mémoire : Samsung table sur un deuxième trimestre record",
         "Selon ses premières estimations, le groupe coréen aurait dégagé un bénéfice d'exploitation de 14 000 milliards de wons entre avril et juin."),
    ]),
    # ---------------------------------------------- European Parliament votes to delay part of the AI Act
    ("aiact-delay-vote", "fresh57", [
        ("usine-digitale.fr", "07-08 13:20",
         "AI Act : les eurodéputés votent le report des règles sur l'IA à haut risque",
         "Le Parlement européen a adopté en séance plénière le volet IA de l'omnibus numérique, qui repousse d'un an les obligations pour les systèmes à haut risque."),
        ("next.ink", "07-08 15:40",
         "Omnibus numérique : Strasbourg repousse une partie de l'AI Act",
         "Par 389 voix contre 241, les députés européens ont validé le décalage à 2027 des règles visant les IA utilisées dans l'emploi, l'éducation ou le crédit."),
        ("lemondeinformatique.fr", "07-09 08:45",
         "Le Parlement européen entérine le report partiel du règlement sur l'IA",
         "Les entreprises qui développent des systèmes d'IA à haut risque disposent d'un an de plus pour se mettre en conformité."),
    ]),
    # ---------------------------------------------- Néovolt placed in receivership
    ("neovolt-receivership", "fresh57", [
        ("lesechos.fr", "07-08 06:15",
         "La start-up grenobloise Néovolt placée en redressement judiciaire",
         "Le fabricant de batteries pour vélos et utilitaires électriques, qui avait levé 90 millions d'euros en 2024, n'a pas trouvé de nouveaux financements."),
        ("usine-digitale.fr", "07-08 10:50",
         "Batteries : Néovolt en redressement judiciaire, 220 emplois en jeu",
         "Le tribunal de commerce de Grenoble a ouvert une période d'observation de six mois pour la jeune pousse, qui cherche un repreneur."),
        ("latribune.fr", "07-09 07:20",
         "Néovolt : la chute d'une pépite de la batterie française",
         "Retards d'usine, clients qui se désistent, levée avortée : comment la start-up iséroise s'est retrouvée devant le tribunal."),
    ]),
    # ---------------------------------------------- Worldline layoff plan (PSE)
    ("worldline-pse", "fresh57", [
        ("linforme.com", "07-09 05:30",
         "Worldline prépare un plan social d'environ 400 postes en France",
         "Selon nos informations, le spécialiste des paiements doit présenter ce jeudi aux représentants du personnel un plan de sauvegarde de l'emploi."),
        ("lesechos.fr", "07-09 08:20",
         "Worldline va supprimer 380 emplois en France",
         "Le groupe de paiements, en pleine restructuration, confirme un PSE qui touchera surtout ses sites de Seclin et de Bezons."),
        ("lemondeinformatique.fr", "07-09 11:05",
         "Le spécialiste des paiements Worldline annonce un PSE, selon L'Informé",
         "Près de 400 postes seraient concernés dans les équipes de développement et de support de l'entreprise."),
        ("silicon.fr", "07-09 15:10",
         "Layoffs chez Worldline : près de 400 postes menacés",
         "Le plan social présenté aux syndicats vise 380 postes en France, sur fond de chute du cours de Bourse et de cessions d'activités."),
        ("journaldunet.com", "07-10 08:30",
         "PSE de Worldline : ce que contient le plan",
         "Métiers visés, calendrier, mesures d'accompagnement : le détail du plan qui prévoit 380 suppressions de postes dans l'Hexagone."),
    ]),
    # ---------------------------------------------- Bleu gets SecNumCloud
    ("bleu-secnumcloud", "fresh57", [
        ("lemagit.fr", "07-09 09:00",
         "Bleu décroche enfin la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini, qui commercialise les services Azure et Microsoft 365 sous contrôle français, obtient le visa de l'ANSSI."),
        ("silicon.fr", "07-09 13:25",
         "Cloud de confiance : l'ANSSI qualifie l'offre de Bleu",
         "Le « cloud de confiance » d'Orange et Capgemini peut désormais héberger les données sensibles des administrations et des opérateurs d'importance vitale."),
        ("lemondeinformatique.fr", "07-10 07:40",
         "SecNumCloud : Microsoft sous pavillon français avec Bleu",
         "Après plus de deux ans d'instruction, Bleu rejoint le cercle restreint des offres qualifiées par l'ANSSI."),
    ]),
    # ---------------------------------------------- Bouygues Telecom compensation (three days after the outage)
    ("bouygues-outage-compensation", "fresh57", [
        ("frandroid.com", "07-10 13:40",
         "Panne Bouygues Telecom : l'opérateur offre cinq jours de forfait à ses abonnés",
         "Bouygues Telecom annonce un geste commercial automatique pour tous ses clients mobiles, qui apparaîtra sur la facture d'août."),
        ("01net.com", "07-10 15:20",
         "Bouygues Telecom dédommage ses clients : voici ce que vous allez recevoir",
         "Une remise équivalente à cinq jours d'abonnement et 50 Go offerts : l'opérateur précise sa compensation, sans démarche à effectuer."),
        ("lefigaro.fr", "07-10 17:00",
         "Après la panne, Bouygues Telecom va rembourser ses 15 millions de clients mobiles",
         "Le geste commercial coûtera une trentaine de millions d'euros à l'opérateur, selon nos estimations."),
    ]),
    # ---------------------------------------------- Next weekly roundup #28
    ("next-hebdo-28", "fresh57", [
        ("next.ink", "07-11 08:00",
         "Hebdo #28 : la vente de SFR, la panne de Bouygues et le PSE de Worldline",
         "Chaque samedi, notre sélection : le partage de SFR entre ses concurrents, la coupure géante du réseau Bouygues Telecom et les 380 postes supprimés chez Worldline."),
    ]),
    # ---------------------------------------------- Ransomware at the Loiret département
    ("loiret-ransomware", "fresh57", [
        ("lemagit.fr", "07-13 08:50",
         "Le Département du Loiret frappé par un rançongiciel",
         "Les systèmes du conseil départemental ont été chiffrés dans la nuit de samedi à dimanche ; les services sociaux fonctionnent en mode dégradé."),
        ("zdnet.fr", "07-13 14:15",
         "Cyberattaque : les services du conseil départemental du Loiret à l'arrêt",
         "La collectivité a coupé ses accès à Internet et porté plainte ; l'ANSSI et le CSIRT régional accompagnent les équipes."),
        ("lefigaro.fr", "07-14 07:45",
         "Loiret : après la cyberattaque, le département travaille « au papier et au crayon »",
         "Versement des aides, accueil du public, collèges : le point sur les services perturbés par l'attaque informatique de ce week-end."),
    ]),
    # ---------------------------------------------- Patch Tuesday July
    ("patch-tuesday-july", "fresh57", [
        ("lemondeinformatique.fr", "07-14 18:50",
         "Patch Tuesday de juillet : Microsoft corrige 137 failles",
         "Le lot de correctifs mensuel de l'éditeur comble 137 vulnérabilités, dont quatre zero-day, notamment dans le pilote CLFS de Windows."),
        ("zdnet.fr", "07-14 20:35",
         "Microsoft colmate quatre zero-day en juillet",
         "La mise à jour de sécurité de juillet de Microsoft corrige 137 vulnérabilités ; quatre étaient déjà exploitées ou publiquement divulguées."),
        ("silicon.fr", "07-15 07:30",
         "Patch Tuesday : 137 vulnérabilités au programme de juillet",
         "Windows, Office, Hyper-V : Microsoft a publié mardi soir ses correctifs mensuels, dont 14 sont jugés critiques."),
    ]),
    # ---------------------------------------------- Prime Day deals post (during the sale)
    ("prime-day-deals-ssd", "fresh57", [
        ("lesnumeriques.com", "07-14 09:00",
         "Prime Day : les meilleures offres sur les SSD et disques durs",
         "Samsung 990 Pro, Crucial T705, WD Red : notre sélection des meilleures promotions sur le stockage pendant le Prime Day d'Amazon."),
    ]),
    # ---------------------------------------------- CNIL fines Leboncoin (and its next-day reaction)
    ("cnil-leboncoin-fine", "fresh57", [
        ("next.ink", "07-15 09:50",
         "Cookies : la CNIL inflige 20 millions d'euros d'amende à Leboncoin",
         "La formation restreinte de la CNIL sanctionne le site d'annonces pour avoir déposé des traceurs publicitaires sans consentement valable."),
        ("lemondeinformatique.fr", "07-15 12:40",
         "Leboncoin sanctionné par la CNIL pour ses traceurs publicitaires",
         "L'amende de 20 M€ vise aussi la difficulté de refuser les cookies, le bouton « tout refuser » étant moins visible que celui d'acceptation."),
        ("bfmtv.com", "07-15 15:10",
         "Le site de petites annonces préféré des Français condamné à 20 millions d'euros",
         "La Commission nationale de l'informatique et des libertés reproche à la plateforme d'avoir imposé des cookies à ses millions de visiteurs."),
        ("numerama.com", "07-16 08:30",
         "Leboncoin va contester son amende devant le Conseil d'État",
         "Au lendemain de la sanction de la CNIL, la plateforme juge la somme « disproportionnée » et annonce un recours."),
    ]),
    # ---------------------------------------------- Daily deals post (July)
    ("frandroid-bons-plans-0715", "fresh57", [
        ("frandroid.com", "07-15 16:00",
         "Les bons plans du jour : Galaxy S26, AirPods Pro 3 et une TV OLED à prix cassé",
         "Chaque jour, la rédaction sélectionne les meilleures promotions tech : voici celles à ne pas manquer ce mercredi."),
    ]),
    # ---------------------------------------------- Brest hit two days after the Loiret (hard negative)
    ("brest-ransomware", "fresh57", [
        ("lemagit.fr", "07-15 15:50",
         "Brest métropole victime à son tour d'une cyberattaque",
         "Les services numériques de la métropole et de la ville de Brest sont indisponibles depuis ce mercredi matin ; une attaque par rançongiciel est suspectée."),
        ("numerama.com", "07-15 18:05",
         "Après le Loiret, Brest touchée par des pirates",
         "Deux jours après le conseil départemental du Loiret, c'est au tour de la métropole bretonne de voir ses systèmes paralysés par une attaque."),
    ]),
    # ---------------------------------------------- Arcep opens an inquiry into the Bouygues outage (a week later)
    ("arcep-bouygues-inquiry", "fresh57", [
        ("next.ink", "07-16 09:05",
         "Panne de Bouygues Telecom : l'Arcep ouvre une enquête administrative",
         "Le régulateur des télécoms veut savoir si l'opérateur a respecté ses obligations d'acheminement des appels d'urgence lors de la coupure du 7 juillet."),
        ("lemondeinformatique.fr", "07-16 13:15",
         "L'Arcep enquête sur la coupure du réseau de Bouygues Telecom",
         "Le gendarme des télécoms a adressé un questionnaire à l'opérateur et pourrait engager une procédure de sanction."),
    ]),
    # ---------------------------------------------- Worldline strike (a week after the plan)
    ("worldline-strike", "fresh57", [
        ("lemagit.fr", "07-16 10:10",
         "Worldline : les salariés en grève contre le plan social",
         "À l'appel de l'intersyndicale, plusieurs centaines de salariés ont cessé le travail ce jeudi pour dénoncer les 380 suppressions de postes."),
        ("latribune.fr", "07-16 16:25",
         "Débrayage sur le site nordiste de Worldline",
         "À Seclin, près de Lille, les salariés du groupe de paiements se sont rassemblés devant le siège historique pour réclamer l'abandon du PSE."),
    ]),
    # ---------------------------------------------- Windows boot bug after the July update (and the pull-back)
    ("windows-july-boot-bug", "fresh57", [
        ("01net.com", "07-17 09:45",
         "Windows 11 : la dernière mise à jour empêche certains PC de démarrer",
         "Depuis l'installation du correctif de mardi, des utilisateurs signalent un écran bleu au démarrage, surtout sur des portables équipés de puces Intel récentes."),
        ("clubic.com", "07-17 13:20",
         "Votre PC reste bloqué sur un écran bleu ? Microsoft reconnaît le problème",
         "L'éditeur confirme qu'une incompatibilité avec certains pilotes de stockage fait planter les machines au redémarrage."),
        ("lemondeinformatique.fr", "07-18 08:55",
         "Microsoft retire la mise à jour de Windows 11 qui bloquait le démarrage",
         "L'éditeur a suspendu la diffusion de la mise à jour cumulative de juillet et publie une procédure de désinstallation pour les machines touchées."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q2 results
    ("stmicro-q2-results", "fresh57", [
        ("lesechos.fr", "07-17 06:00",
         "STMicroelectronics voit le bout du tunnel mais maintient son plan d'économies",
         "Le fabricant franco-italien de puces a publié un chiffre d'affaires trimestriel en hausse de 6 % et confirme vouloir réduire ses coûts de plusieurs centaines de millions."),
        ("usine-digitale.fr", "07-17 10:30",
         "Résultats : STMicroelectronics profite du rebond de l'automobile",
         "Le groupe table sur une croissance au troisième trimestre, portée par la reprise des commandes des équipementiers automobiles."),
    ]),
    # ---------------------------------------------- Next weekly roundup #29
    ("next-hebdo-29", "fresh57", [
        ("next.ink", "07-18 08:00",
         "Hebdo #29 : l'amende de Leboncoin, le Loiret et le Patch Tuesday",
         "Chaque samedi, notre sélection : les 20 millions infligés par la CNIL, les collectivités visées par des rançongiciels et les 137 failles corrigées par Microsoft."),
    ]),
    # ---------------------------------------------- CrowdStrike anniversary retrospective
    ("crowdstrike-two-years", "fresh57", [
        ("numerama.com", "07-19 09:00",
         "Deux ans après la panne CrowdStrike, les leçons ont-elles été tirées ?",
         "Le 19 juillet 2024, une mise à jour défectueuse paralysait 8,5 millions de PC Windows. Retour sur ce qui a changé depuis chez Microsoft et les éditeurs de sécurité."),
    ]),
    # ---------------------------------------------- Microsoft 365 outage (the day after the anniversary)
    ("m365-outage", "fresh57", [
        ("lemondeinformatique.fr", "07-20 07:55",
         "Outlook et Teams en panne pour de nombreux utilisateurs européens",
         "Depuis 6 heures ce lundi, la messagerie et l'outil de visioconférence de Microsoft 365 sont inaccessibles ou très lents pour de nombreuses entreprises."),
        ("01net.com", "07-20 09:10",
         "Panne Microsoft 365 : Outlook inaccessible ce lundi matin",
         "Microsoft reconnaît un incident sur ses serveurs en Europe et dit avoir identifié une modification de configuration en cause."),
        ("clubic.com", "07-20 12:35",
         "Le géant de Redmond reconnaît une panne de sa messagerie professionnelle",
         "Les services ont été rétablis en fin de matinée après une interruption d'environ cinq heures touchant des clients dans toute l'Europe."),
    ]),
    # ---------------------------------------------- Scaleway outage (Paris) and its post-mortem
    ("scaleway-outage-par", "fresh57", [
        ("lemagit.fr", "07-21 09:20",
         "Scaleway : une panne prive de services les clients de la région Paris",
         "Instances, bases de données managées et stockage objet sont indisponibles depuis ce mardi matin dans une zone de disponibilité parisienne de l'hébergeur."),
        ("next.ink", "07-21 11:00",
         "Incident chez Scaleway : la zone fr-par-2 indisponible plusieurs heures",
         "Un problème d'alimentation électrique dans le datacenter DC5 de Saint-Ouen-l'Aumône a coupé une partie des serveurs."),
        ("silicon.fr", "07-21 16:15",
         "Le cloud d'Iliad victime d'une coupure électrique",
         "La filiale cloud du groupe de Xavier Niel a mis près de six heures à rétablir l'ensemble des services de ses clients franciliens."),
        ("lemagit.fr", "07-24 07:45",
         "Panne de Scaleway : le post-mortem pointe un onduleur défaillant",
         "L'hébergeur publie son analyse de l'incident de mardi : une défaillance d'onduleur, puis un basculement sur groupe électrogène qui ne s'est pas déroulé comme prévu."),
    ]),
    # ---------------------------------------------- Atos CEO leaves
    ("atos-ceo-exit", "fresh57", [
        ("lesechos.fr", "07-21 06:30",
         "Atos : le directeur général quitte le groupe",
         "Un peu plus d'un an après la restructuration financière, le patron de l'ex-fleuron des services informatiques cède sa place, officiellement pour raisons personnelles."),
        ("lemondeinformatique.fr", "07-21 10:15",
         "Départ surprise du DG d'Atos",
         "Le conseil d'administration assure l'intérim et lance la recherche d'un successeur ; le titre a reculé de 8 % à l'ouverture."),
        ("bfmtv.com", "07-21 13:00",
         "Nouvelle secousse à la tête de l'ESN française en convalescence",
         "Le directeur général d'Atos s'en va, ouvrant une nouvelle période d'incertitude pour un groupe qui a changé six fois de patron en cinq ans."),
    ]),
    # ---------------------------------------------- Cdiscount leak: CNIL inquiry (three weeks later)
    ("cnil-cdiscount-inquiry", "fresh57", [
        ("linforme.com", "07-22 05:45",
         "Fuite de données : la CNIL a débarqué chez Cdiscount",
         "Selon nos informations, des agents de la CNIL ont mené un contrôle sur place au siège bordelais du site marchand la semaine dernière."),
        ("next.ink", "07-22 09:30",
         "Fuite de données chez Cdiscount : la CNIL lance des contrôles",
         "La Commission confirme avoir ouvert une procédure après la notification de la violation de données qui a touché 2,3 millions de clients début juillet."),
        ("lemondeinformatique.fr", "07-22 14:00",
         "La CNIL enquête sur la cyberattaque subie par Cdiscount, selon L'Informé",
         "Le gendarme des données personnelles veut vérifier les mesures de sécurité imposées par l'e-commerçant à ses prestataires de relation client."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Z Fold 8
    ("galaxy-z-fold8-launch", "fresh57", [
        ("frandroid.com", "07-22 14:05",
         "Samsung Galaxy Z Fold 8 officiel : plus fin, plus léger, plus cher",
         "Présenté lors de l'Unpacked de New York, le nouveau pliant de Samsung mesure 8,2 mm plié et passe au capteur photo de 200 mégapixels."),
        ("lesnumeriques.com", "07-22 14:15",
         "Prise en main du Galaxy Z Fold 8 : le pliant de Samsung change enfin de charnière",
         "Nous avons pu manipuler le nouveau Fold quelques heures avant son annonce : le pli de l'écran est presque invisible."),
        ("01net.com", "07-22 15:30",
         "Le nouveau pliant de Samsung franchit la barre des 2 000 euros",
         "Le Galaxy Z Fold 8 sera vendu à partir de 2 099 euros en France, 100 euros de plus que son prédécesseur ; les précommandes sont ouvertes."),
        ("clubic.com", "07-23 07:50",
         "Galaxy Z Fold 8 : prix, date de sortie, fiche technique, tout ce qu'il faut savoir",
         "Écran, puce Snapdragon, autonomie, disponibilité au 7 août : notre récapitulatif du smartphone pliant dévoilé mercredi par Samsung."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Watch 9 (same keynote, other product)
    ("galaxy-watch9-launch", "fresh57", [
        ("frandroid.com", "07-22 14:40",
         "Galaxy Watch 9 : Samsung mesure désormais la tension artérielle sans brassard",
         "La nouvelle montre connectée de Samsung, présentée à l'Unpacked, n'a plus besoin d'être calibrée avec un tensiomètre classique."),
        ("lesnumeriques.com", "07-22 15:05",
         "Samsung Galaxy Watch 9 et Watch 9 Classic : les nouveautés",
         "Lunette rotative, écran plus lumineux et autonomie en hausse : Samsung renouvelle ses montres lors de sa conférence de New York."),
    ]),
    # ---------------------------------------------- Mistral Medium 4 launch
    ("mistral-medium-4", "fresh57", [
        ("usine-digitale.fr", "07-23 08:30",
         "Mistral AI dévoile Mistral Medium 4, son modèle pour les entreprises",
         "Le nouveau modèle de la start-up parisienne revendique des performances proches des meilleurs modèles américains pour un coût d'inférence divisé par quatre."),
        ("numerama.com", "07-23 12:10",
         "Mistral Medium 4 : le champion français de l'IA vise GPT-5",
         "Le modèle est disponible dans Le Chat et via l'API de Mistral AI, et peut être déployé sur l'infrastructure des clients."),
        ("lemondeinformatique.fr", "07-23 15:45",
         "Mistral AI muscle son offre avec un nouveau modèle de taille moyenne",
         "Raisonnement, code, appels d'outils : Mistral Medium 4 cible les usages agentiques en entreprise."),
    ]),
    # ---------------------------------------------- SharePoint out-of-band patch
    ("sharepoint-oob-patch", "fresh57", [
        ("lemagit.fr", "07-24 08:40",
         "SharePoint : Microsoft publie un correctif d'urgence pour une faille exploitée",
         "Une vulnérabilité d'exécution de code à distance dans SharePoint Server est activement exploitée ; l'éditeur a publié un correctif hors de son cycle mensuel."),
        ("zdnet.fr", "07-24 11:15",
         "Faille SharePoint activement exploitée : le correctif hors cycle est disponible",
         "Les serveurs SharePoint installés sur site sont visés ; Microsoft 365 et SharePoint Online ne sont pas concernés."),
        ("numerama.com", "07-24 15:00",
         "Des pirates exploitent une faille de SharePoint, Microsoft corrige en urgence",
         "Le CERT-FR appelle les administrations et entreprises à appliquer sans attendre la mise à jour et à vérifier leurs journaux."),
    ]),
    # ---------------------------------------------- Clubic weekly "5 actus" (week of 20 July)
    ("clubic-5-actus-w30", "fresh57", [
        ("clubic.com", "07-26 08:00",
         "Les 5 actus de la semaine : Galaxy Z Fold 8, panne de Microsoft 365 et faille SharePoint",
         "Vous avez raté l'actualité tech de la semaine ? Voici les cinq informations à retenir, du nouveau pliant de Samsung à la panne d'Outlook."),
    ]),
    # ---------------------------------------------- Capgemini half-year results
    ("capgemini-h1-results", "fresh57", [
        ("lesechos.fr", "07-28 05:50",
         "Capgemini relève ses objectifs après un premier semestre solide",
         "L'ESN française affiche une croissance de 3,5 % à taux de change constants et anticipe désormais une fin d'année plus dynamique."),
        ("lemondeinformatique.fr", "07-28 11:00",
         "Résultats semestriels : Capgemini profite de la demande en IA générative",
         "Les projets d'IA représentent désormais 9 % des prises de commandes du groupe, qui relève sa prévision de croissance annuelle."),
    ]),
    # ---------------------------------------------- Capgemini buys Northwave (same morning as results)
    ("capgemini-northwave", "fresh57", [
        ("lemagit.fr", "07-28 07:40",
         "Capgemini s'offre le néerlandais Northwave pour renforcer sa cybersécurité",
         "L'ESN acquiert un spécialiste de la détection et de la réponse aux incidents qui compte 450 collaborateurs aux Pays-Bas et en Allemagne."),
        ("silicon.fr", "07-28 12:05",
         "Cybersécurité : Capgemini rachète Northwave",
         "Annoncée en marge de ses résultats semestriels, l'opération doit être finalisée d'ici la fin de l'année ; le montant n'a pas été dévoilé."),
    ]),
    # ---------------------------------------------- Orange half-year results
    ("orange-h1-results", "fresh57", [
        ("lesechos.fr", "07-29 05:40",
         "Orange maintient ses objectifs malgré la guerre des prix en France",
         "L'opérateur historique publie un chiffre d'affaires semestriel stable et compte sur la consolidation du marché après l'accord sur SFR."),
    ]),
    # ---------------------------------------------- Qilin publishes the Loiret's data (two weeks after the attack)
    ("loiret-data-published", "fresh57", [
        ("lemagit.fr", "07-30 10:40",
         "Loiret : le groupe Qilin publie les données volées au département",
         "Le gang de rançongiciel a mis en ligne 180 Go de fichiers, dont des dossiers d'aide sociale, après le refus de la collectivité de payer."),
        ("zdnet.fr", "07-30 15:20",
         "Les fichiers du conseil départemental du Loiret diffusés sur le dark web",
         "Deux semaines après l'attaque, la collectivité prévient les usagers dont les données personnelles figurent dans la fuite."),
    ]),
    # ---------------------------------------------- Samsung final Q2 results (three weeks after the guidance)
    ("samsung-q2-results", "fresh57", [
        ("lesechos.fr", "07-30 06:10",
         "Samsung confirme un bénéfice record au deuxième trimestre, porté par l'IA",
         "Le groupe coréen publie ses comptes définitifs : la division semi-conducteurs a triplé son résultat grâce aux mémoires HBM vendues à Nvidia."),
        ("lemondeinformatique.fr", "07-30 10:25",
         "Résultats de Samsung : la mémoire HBM tire les comptes",
         "Les smartphones reculent mais les puces mémoire pour serveurs d'IA compensent largement ; Samsung prévoit de nouveaux investissements à Pyeongtaek."),
    ]),
    # ---------------------------------------------- Galaxy Z Fold 8 pre-order figures (a week after the launch)
    ("galaxy-z-fold8-preorders", "fresh57", [
        ("frandroid.com", "07-31 08:45",
         "Galaxy Z Fold 8 : Samsung revendique des précommandes record en Corée",
         "Selon Yonhap, 1,3 million d'exemplaires des nouveaux pliants ont été réservés en une semaine dans le pays, un record pour la gamme."),
        ("journaldugeek.com", "07-31 12:30",
         "1,3 million de précommandes : le pliant de Samsung démarre fort",
         "Le Fold 8 représente près de 60 % des réservations, signe que le prix de plus de 2 000 euros ne freine pas les acheteurs coréens."),
    ]),
    # ---------------------------------------------- Clubic weekly "5 actus" (week of 27 July)
    ("clubic-5-actus-w31", "fresh57", [
        ("clubic.com", "08-02 08:00",
         "Les 5 actus de la semaine : résultats de Samsung, Capgemini et fuite du Loiret",
         "Résultats records pour Samsung, rachat pour Capgemini, données publiées par un gang de rançongiciel : les cinq informations tech de la semaine."),
    ]),
    # ---------------------------------------------- AI Act obligations apply from 2 August
    ("aiact-august-2", "fresh57", [
        ("silicon.fr", "07-31 14:00",
         "AI Act : ce qui change le 2 août pour les entreprises",
         "Sanctions applicables aux fournisseurs de modèles d'IA à usage général, autorités nationales désignées : le règlement européen franchit une nouvelle étape."),
        ("numerama.com", "08-02 09:30",
         "ChatGPT, Gemini, Le Chat : ce que l'AI Act change à partir d'aujourd'hui",
         "Depuis ce dimanche, la Commission européenne peut sanctionner les éditeurs de grands modèles d'IA qui ne respectent pas leurs obligations de transparence."),
        ("journaldunet.com", "08-03 08:15",
         "Transparence des modèles d'IA : les nouvelles obligations européennes sont entrées en application",
         "Documentation technique, résumé des données d'entraînement, respect du droit d'auteur : le point sur ce que doivent désormais fournir OpenAI, Google ou Mistral AI."),
    ]),
    # ---------------------------------------------- Free raises the Freebox Pop price
    ("free-freebox-pop-price", "fresh57", [
        ("01net.com", "08-04 08:30",
         "Free augmente le prix de la Freebox Pop de 3 euros par mois",
         "À partir du 1er octobre, l'abonnement passera à 32,99 euros par mois pour les clients existants, qui seront prévenus par e-mail."),
        ("frandroid.com", "08-04 11:40",
         "Freebox Pop : la hausse de prix arrive, voici comment résilier sans frais",
         "Vous avez quatre mois pour partir sans pénalité après la notification de Free : mode d'emploi."),
        ("numerama.com", "08-05 07:55",
         "L'opérateur de Xavier Niel relève le tarif de sa box la plus vendue",
         "Free justifie l'augmentation par l'ajout de nouveaux services, dont un abonnement à une plateforme de streaming et le Wi-Fi 7."),
    ]),
    # ---------------------------------------------- Atos names a new CEO (two weeks after the exit)
    ("atos-ceo-named", "fresh57", [
        ("lesechos.fr", "08-04 06:20",
         "Atos nomme un ancien de Capgemini à sa direction générale",
         "Le conseil d'administration a choisi un dirigeant passé par Capgemini et Sopra Steria pour succéder au directeur général parti en juillet."),
        ("silicon.fr", "08-04 10:10",
         "Atos : un nouveau directeur général deux semaines après le départ du précédent",
         "Le nouveau patron, qui prendra ses fonctions le 1er septembre, devra poursuivre le recentrage du groupe sur ses activités rentables."),
    ]),
    # ---------------------------------------------- OpenAI launches GPT-5.5
    ("openai-gpt55-launch", "fresh57", [
        ("numerama.com", "08-06 17:50",
         "OpenAI lance GPT-5.5, disponible dès aujourd'hui dans ChatGPT",
         "Le nouveau modèle d'OpenAI promet moins d'erreurs factuelles et un mode agent capable de mener des tâches pendant plusieurs heures."),
        ("frandroid.com", "08-06 18:30",
         "« Le modèle le plus utile que nous ayons construit » : Sam Altman présente GPT-5.5",
         "GPT-5.5 arrive pour tous les utilisateurs de ChatGPT, y compris en version gratuite avec des limites d'usage."),
        ("usine-digitale.fr", "08-07 07:40",
         "GPT-5.5 : ce qu'OpenAI promet aux entreprises",
         "Fenêtre de contexte étendue, tarifs d'API en baisse, connecteurs métiers : le détail du nouveau modèle présenté jeudi soir."),
        ("clubic.com", "08-07 09:15",
         "Nous avons testé GPT-5.5 : un vrai bond, mais pas de révolution",
         "Rédaction, code, recherche web : nos premières heures avec le nouveau modèle d'OpenAI."),
    ]),
    # ---------------------------------------------- ChatGPT outage the day after (blamed on the rush)
    ("chatgpt-outage-0807", "fresh57", [
        ("01net.com", "08-07 12:50",
         "ChatGPT en panne : le chatbot d'OpenAI inaccessible pour de nombreux utilisateurs",
         "Depuis la fin de matinée, ChatGPT affiche des messages d'erreur en France et en Europe ; l'API est également touchée."),
        ("bfmtv.com", "08-07 14:10",
         "L'afflux d'utilisateurs fait tomber ChatGPT",
         "Au lendemain du lancement de son nouveau modèle, OpenAI reconnaît que ses serveurs n'ont pas tenu la charge."),
        ("clubic.com", "08-07 17:30",
         "OpenAI rétablit ChatGPT après plusieurs heures de panne",
         "Le service fonctionne de nouveau normalement ; OpenAI évoque une saturation de ses capacités de calcul et promet un rapport d'incident."),
    ]),
    # ---------------------------------------------- Scaleway outage, second one (vague about place)
    ("scaleway-outage-2", "fresh57", [
        ("next.ink", "08-11 10:05",
         "Scaleway de nouveau en panne",
         "Les services de l'hébergeur ont été perturbés pendant deux heures ce mardi matin, trois semaines après un précédent incident."),
        ("lemondeinformatique.fr", "08-11 14:50",
         "Nouvelle interruption de service chez Scaleway",
         "Le fournisseur de cloud évoque un problème de configuration réseau qui a rendu inaccessibles des instances et des bases de données."),
    ]),
    # ---------------------------------------------- Patch Tuesday August
    ("patch-tuesday-august", "fresh57", [
        ("lemondeinformatique.fr", "08-11 19:10",
         "Patch Tuesday d'août : 92 failles corrigées par Microsoft",
         "Le lot de correctifs d'août comble 92 vulnérabilités, dont une zero-day dans Kerberos déjà exploitée."),
        ("zdnet.fr", "08-11 21:00",
         "Microsoft : une zero-day Kerberos corrigée en août",
         "La mise à jour de sécurité mensuelle de Microsoft colmate 92 failles ; celle de Kerberos permet une élévation de privilèges dans Active Directory."),
    ]),
    # ---------------------------------------------- UFC-Que Choisir vs Free's price rise
    ("ufc-free-notice", "fresh57", [
        ("01net.com", "08-12 09:00",
         "Hausse de prix de la Freebox Pop : l'UFC-Que Choisir met Free en demeure",
         "L'association de consommateurs estime que l'ajout de services non demandés ne justifie pas une augmentation imposée aux abonnés."),
        ("next.ink", "08-12 13:30",
         "L'UFC-Que Choisir conteste l'augmentation tarifaire de Free",
         "L'association donne quinze jours à l'opérateur pour renoncer, faute de quoi elle saisira la justice."),
    ]),
    # ---------------------------------------------- Ligue 1 streaming blocking, first wave
    ("ligue1-blocking-august", "fresh57", [
        ("next.ink", "08-14 09:20",
         "Piratage : la justice ordonne le blocage de 40 sites diffusant la Ligue 1",
         "Le tribunal judiciaire de Paris a fait droit à la demande de la Ligue de football professionnel, à une semaine de la reprise du championnat."),
        ("numerama.com", "08-14 12:45",
         "Streaming illégal : Orange, Free, SFR et Bouygues devront bloquer 40 sites",
         "Les fournisseurs d'accès ont trois jours pour rendre inaccessibles les sites visés, ainsi que les serveurs DNS alternatifs de Google et Cloudflare."),
    ]),
    # ---------------------------------------------- Galaxy Z Fold 8 review (weeks after the launch)
    ("galaxy-z-fold8-review", "fresh57", [
        ("lesnumeriques.com", "08-18 08:00",
         "Test du Samsung Galaxy Z Fold 8 : le pliant de la maturité",
         "Après trois semaines d'utilisation, le Fold 8 convainc par sa finesse et son écran, mais son autonomie reste en retrait. Notre verdict."),
    ]),
    # ---------------------------------------------- Submarine cable cut at La Réunion (operators differ per title)
    ("reunion-cable-cut", "fresh57", [
        ("frandroid.com", "08-19 07:10",
         "La Réunion : Internet très ralenti après la rupture d'un câble sous-marin",
         "Les habitants de l'île subissent depuis mardi soir des débits très dégradés vers l'international, après l'endommagement du câble SAFE."),
        ("next.ink", "08-19 09:40",
         "Orange Réunion et SFR Réunion réduits à un filet de bande passante",
         "La coupure d'un câble au large de l'île oblige les opérateurs à basculer leur trafic vers les liaisons de secours, saturées."),
        ("clubic.com", "08-20 08:30",
         "Zeop et Free promettent un retour à la normale d'ici dimanche",
         "Les fournisseurs d'accès réunionnais ont loué de la capacité sur un autre câble en attendant l'arrivée du navire câblier."),
    ]),
    # ---------------------------------------------- Daily deals post (August)
    ("frandroid-bons-plans-0819", "fresh57", [
        ("frandroid.com", "08-19 16:00",
         "Les bons plans du jour : Pixel 10, Galaxy Z Fold 8 et un aspirateur robot à moitié prix",
         "Chaque jour, la rédaction sélectionne les meilleures promotions tech : voici celles à ne pas manquer ce mercredi."),
    ]),
    # ---------------------------------------------- Cdiscount leak: a suspect arrested (seven weeks later)
    ("cdiscount-leak-arrest", "fresh57", [
        ("bfmtv.com", "08-20 10:45",
         "Piratage de Cdiscount : un suspect de 19 ans interpellé",
         "Le jeune homme, arrêté dans l'Oise par les gendarmes de l'unité cyber, est soupçonné d'avoir dérobé les données de 2,3 millions de clients en juillet."),
        ("numerama.com", "08-20 14:25",
         "Fuite Cdiscount : la gendarmerie met la main sur un pirate présumé",
         "Le suspect aurait revendu les fichiers sur un forum cybercriminel ; il a été placé en garde à vue mardi."),
    ]),
    # ---------------------------------------------- Ariane 6 launch scrubbed
    ("ariane6-scrub", "fresh57", [
        ("usine-digitale.fr", "08-25 22:30",
         "Ariane 6 : le lancement des satellites Galileo reporté au dernier moment",
         "Le compte à rebours a été interrompu à quatre minutes du décollage depuis Kourou en raison d'une anomalie sur une vanne de l'étage supérieur."),
        ("latribune.fr", "08-26 06:10",
         "Ariane 6 clouée au sol à quelques minutes du décollage",
         "Arianespace vise une nouvelle tentative dans 48 heures, le temps de remplacer le composant défaillant."),
    ]),
    # ---------------------------------------------- Apple sends keynote invitations (not the keynote)
    ("apple-keynote-invite", "fresh57", [
        ("frandroid.com", "08-26 17:10",
         "Apple officialise sa keynote du 9 septembre",
         "La marque envoie ses invitations pour une conférence au Steve Jobs Theater, où sont attendus les iPhone 18 Pro et un premier iPhone pliant."),
        ("01net.com", "08-26 18:00",
         "Keynote Apple : rendez-vous le 9 septembre",
         "Apple a confirmé la date de sa traditionnelle conférence de rentrée, sous le slogan « Unfold »."),
    ]),
    # ---------------------------------------------- Nvidia Q2 results
    ("nvidia-q2-results", "fresh57", [
        ("lesechos.fr", "08-27 05:30",
         "Nvidia pulvérise encore les attentes avec 61 milliards de dollars de chiffre d'affaires",
         "Le concepteur de puces graphiques profite toujours de la course aux datacenters d'IA, mais la Bourse s'inquiète de la concentration de ses clients."),
    ]),
    # ---------------------------------------------- Ariane 6 launches Galileo satellites (two days after the scrub)
    ("ariane6-launch", "fresh57", [
        ("lesechos.fr", "08-27 23:10",
         "Ariane 6 place en orbite deux satellites Galileo",
         "Le lanceur européen a décollé de Kourou jeudi soir et a largué les deux satellites de navigation près de quatre heures après le départ."),
        ("usine-digitale.fr", "08-28 06:40",
         "Deux jours après son report, Ariane 6 décolle enfin",
         "Succès pour Arianespace, qui remplit sa quatrième mission de l'année après avoir remplacé une vanne défectueuse."),
        ("numerama.com", "08-28 09:15",
         "Galileo : la fusée européenne a bien mis en orbite ses deux satellites",
         "Le système européen de positionnement compte désormais 30 satellites ; les deux nouveaux seront opérationnels d'ici quelques mois."),
    ]),
    # ---------------------------------------------- Numspot gets SecNumCloud (same qualification, other firm)
    ("numspot-secnumcloud", "fresh57", [
        ("lemagit.fr", "09-01 09:10",
         "SecNumCloud : l'ANSSI qualifie à son tour Numspot",
         "Le cloud souverain de Docaposte, Dassault Systèmes, la Banque des Territoires et Bouygues Telecom obtient la qualification, deux mois après Bleu."),
    ]),
    # ---------------------------------------------- DINUM rolls out La Suite numérique
    ("dinum-la-suite", "fresh57", [
        ("next.ink", "09-02 08:30",
         "La DINUM généralise La Suite numérique à tous les ministères",
         "Messagerie, visio, documents partagés : les agents de l'État devront utiliser les outils libres développés par l'administration d'ici fin 2027."),
    ]),
    # ---------------------------------------------- Worldline PSE: agreement signed (two months later)
    ("worldline-pse-agreement", "fresh57", [
        ("lesechos.fr", "09-03 06:45",
         "Worldline : accord signé avec les syndicats, le plan social réduit à 310 postes",
         "Après huit semaines de négociation, la direction et trois syndicats représentatifs ont signé un accord qui limite les départs contraints."),
        ("lemondeinformatique.fr", "09-03 11:50",
         "PSE de Worldline : un accord majoritaire trouvé, selon Les Echos",
         "Le nombre de suppressions de postes passe de 380 à 310, avec des indemnités supra-légales revues à la hausse."),
        ("silicon.fr", "09-04 08:50",
         "Worldline : moins de départs que prévu au terme de la négociation",
         "Reclassements internes, congés de mobilité : ce que les syndicats ont obtenu du groupe de paiements."),
    ]),
    # ---------------------------------------------- Apple keynote preview (rumours, before the event)
    ("apple-keynote-preview", "fresh57", [
        ("journaldugeek.com", "09-07 10:00",
         "Keynote Apple : ce qu'il faut attendre de l'iPhone 18 Pro et de l'iPhone Fold",
         "Puce A20, ouverture variable, écran pliant de 7,8 pouces : tout ce que les rumeurs annoncent avant la conférence de mercredi."),
    ]),
    # ---------------------------------------------- Two funding rounds the same day: Pigment
    ("pigment-funding", "fresh57", [
        ("lesechos.fr", "09-08 05:50",
         "Pigment lève 150 millions de dollars pour accélérer aux États-Unis",
         "L'éditeur français de logiciels de planification financière boucle une série E menée par un fonds américain et double sa valorisation."),
        ("journaldunet.com", "09-08 10:30",
         "La licorne Pigment boucle une série E de 150 millions",
         "Le spécialiste de la planification d'entreprise va recruter 300 personnes, principalement à New York et à Paris."),
    ]),
    # ---------------------------------------------- ... and Dust
    ("dust-funding", "fresh57", [
        ("lesechos.fr", "09-08 06:30",
         "Dust lève 60 millions d'euros pour ses agents IA en entreprise",
         "La start-up parisienne, qui permet de créer des assistants connectés aux outils internes, attire des investisseurs européens et américains."),
        ("usine-digitale.fr", "09-08 11:20",
         "Agents IA : la française Dust boucle un tour de table de 60 millions",
         "Avec cette série B, la jeune pousse veut tripler ses effectifs et ouvrir un bureau à San Francisco."),
    ]),
    # ---------------------------------------------- Patch Tuesday September
    ("patch-tuesday-september", "fresh57", [
        ("lemondeinformatique.fr", "09-08 19:05",
         "Patch Tuesday de septembre : Microsoft comble 84 vulnérabilités",
         "Le lot de correctifs de la rentrée comprend deux zero-day, dont une dans le composant de gestion des fichiers de Windows."),
    ]),
    # ---------------------------------------------- Cdiscount denies a "new leak" (hard negative vs July leak)
    ("cdiscount-denies-new-leak", "fresh57", [
        ("zdnet.fr", "09-09 09:30",
         "Cdiscount dément une nouvelle fuite de données évoquée sur un forum",
         "Le fichier mis en vente par un pirate serait une compilation de données déjà dérobées en juillet et de fuites plus anciennes d'autres enseignes, assure le site marchand."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18 Pro
    ("iphone-18-pro-launch", "fresh57", [
        ("frandroid.com", "09-09 18:25",
         "iPhone 18 Pro officiel : Apple passe à la puce A20 gravée en 2 nm",
         "Le nouveau haut de gamme d'Apple adopte une caméra à ouverture variable et une batterie plus grande, pour un prix de départ de 1 329 euros."),
        ("lesnumeriques.com", "09-09 19:00",
         "iPhone 18 Pro et Pro Max : prix, date de sortie et nouveautés",
         "Précommandes vendredi, sortie le 18 septembre : tout sur les deux nouveaux iPhone Pro présentés à Cupertino."),
        ("01net.com", "09-10 07:20",
         "Ouverture variable et 2 nm : ce que l'iPhone 18 Pro change vraiment",
         "Au-delà de la fiche technique, quelles sont les nouveautés utiles du smartphone présenté mercredi ? Notre analyse."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone Fold (same keynote, other product)
    ("iphone-fold-launch", "fresh57", [
        ("numerama.com", "09-09 18:45",
         "Apple dévoile enfin son iPhone pliant",
         "Après des années de rumeurs, l'iPhone Fold s'ouvre comme un livre sur un écran de 7,8 pouces sans pli visible, assure Apple."),
        ("frandroid.com", "09-09 19:10",
         "iPhone Fold : le premier pliant d'Apple coûtera 2 399 euros",
         "Le smartphone pliant d'Apple sera disponible le 25 septembre en France, en deux coloris."),
        ("bfmtv.com", "09-10 05:50",
         "Un iPhone qui se plie en deux : la marque à la pomme se lance à son tour",
         "Sept ans après Samsung, Apple entre sur le marché des smartphones pliants avec un modèle très haut de gamme."),
    ]),
    # ---------------------------------------------- Ligue 1 blocking, second wave (a month later)
    ("ligue1-blocking-september", "fresh57", [
        ("next.ink", "09-11 09:00",
         "Streaming pirate : nouvelle vague de blocages pour la Ligue 1 et la Ligue des champions",
         "Le tribunal judiciaire de Paris ordonne aux opérateurs de bloquer 27 nouveaux sites, dont plusieurs miroirs de ceux visés en août."),
    ]),
    # ---------------------------------------------- JDN weekly funding roundup
    ("jdn-levees-semaine-37", "fresh57", [
        ("journaldunet.com", "09-11 16:00",
         "French Tech : les levées de fonds de la semaine",
         "Pigment, Dust et une dizaine d'autres start-up ont annoncé des tours de table cette semaine, pour un total de près de 350 millions d'euros."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup
    ("lemagit-essentiel-w37", "fresh57", [
        ("lemagit.fr", "09-11 17:00",
         "L'essentiel de la semaine : Worldline, Patch Tuesday et Numspot",
         "L'accord sur le plan social de Worldline, les correctifs de septembre et la qualification SecNumCloud de Numspot : ce qu'il fallait retenir."),
    ]),
    # ---------------------------------------------- iOS 27 release
    ("ios27-release", "fresh57", [
        ("01net.com", "09-14 17:20",
         "iOS 27 est disponible : comment l'installer et quels iPhone sont compatibles",
         "La nouvelle version du système d'Apple est disponible au téléchargement ; les iPhone 11 ne sont plus pris en charge."),
        ("frandroid.com", "09-14 18:05",
         "iOS 27 disponible : les nouveautés à essayer en premier",
         "Siri remanié, écran d'accueil personnalisable, traduction en direct dans les appels : notre sélection des fonctions de la mise à jour."),
    ]),
    # ---------------------------------------------- iPhone Fold delivery delays (after pre-orders)
    ("iphone-fold-preorders", "fresh57", [
        ("frandroid.com", "09-14 08:30",
         "iPhone Fold : les délais de livraison s'envolent déjà à plusieurs semaines",
         "Trois jours après l'ouverture des précommandes, les nouvelles commandes ne seront pas livrées avant fin octobre en France."),
        ("journaldugeek.com", "09-15 10:00",
         "Ruée sur l'iPhone Fold : Apple déjà en rupture de stock",
         "Selon les analystes, Apple aurait écoulé plus de deux millions de pliants en un week-end de précommandes."),
    ]),
    # ---------------------------------------------- Competition authority's in-depth review of the SFR deal
    ("sfr-deal-adlc-review", "fresh57", [
        ("lesechos.fr", "09-15 06:00",
         "Rachat de SFR : l'Autorité de la concurrence ouvre un examen approfondi",
         "Le gendarme de la concurrence estime que le partage de l'opérateur entre Bouygues Telecom, Free et Orange soulève des doutes sérieux."),
        ("next.ink", "09-15 10:40",
         "Partage de SFR : le gendarme de la concurrence veut prendre son temps",
         "L'ouverture d'une phase 2 repousse de plusieurs mois la décision sur l'opération annoncée en juillet."),
    ]),
    # ---------------------------------------------- Néovolt taken over (two months after the receivership)
    ("neovolt-takeover", "fresh57", [
        ("usine-digitale.fr", "09-16 09:15",
         "Néovolt repris par Saft, la filiale de TotalEnergies",
         "Le tribunal de commerce de Grenoble a retenu l'offre du spécialiste des batteries, qui conserve 140 des 220 salariés."),
        ("latribune.fr", "09-16 12:00",
         "Le tribunal valide la reprise de la start-up iséroise, 140 emplois sauvés",
         "L'usine pilote d'Échirolles sera reconvertie dans les batteries pour le stockage stationnaire."),
    ]),
    # ---------------------------------------------- STMicroelectronics voluntary departures plan
    ("stmicro-departures-plan", "fresh57", [
        ("lesechos.fr", "09-17 06:30",
         "STMicroelectronics ouvre un plan de départs volontaires à Crolles et Rousset",
         "Le fabricant de puces propose 900 départs volontaires en France dans le cadre de son programme d'économies, sans licenciement contraint."),
    ]),
    # ---------------------------------------------- Next weekly roundup #38
    ("next-hebdo-38", "fresh57", [
        ("next.ink", "09-19 08:00",
         "Hebdo #38 : iOS 27, le rachat de SFR et l'iPhone Fold",
         "Chaque samedi, notre sélection : la sortie d'iOS 27, l'examen approfondi du rachat de SFR et la ruée sur le pliant d'Apple."),
    ]),
    # ---------------------------------------------- iOS 27 battery drain (a week after the release) and its fix
    ("ios27-battery-bug", "fresh57", [
        ("journaldugeek.com", "09-21 09:10",
         "Depuis la mise à jour, votre iPhone se vide plus vite ? Vous n'êtes pas seul",
         "De nombreux utilisateurs se plaignent d'une autonomie en chute libre depuis l'installation d'iOS 27, même téléphone en veille."),
        ("01net.com", "09-22 07:45",
         "Autonomie en chute libre : Apple enquête sur un problème d'iOS 27",
         "Un processus d'indexation des photos tournerait en boucle chez certains utilisateurs, vidant la batterie en quelques heures."),
        ("frandroid.com", "09-23 18:20",
         "iOS 27.0.1 arrive pour corriger la batterie qui fond",
         "Apple publie une mise à jour corrective qui met fin à la consommation anormale signalée depuis le début de la semaine."),
    ]),
    # ---------------------------------------------- Mistral AI data-centre inauguration (other Mistral event)
    ("mistral-datacenter-inauguration", "fresh57", [
        ("lesechos.fr", "09-22 06:00",
         "Emmanuel Macron inaugure le datacenter de Mistral AI dans l'Essonne",
         "Le site de Bruyères-le-Châtel, qui accueillera 18 000 puces Nvidia, doit permettre à la start-up d'entraîner ses modèles en France."),
        ("latribune.fr", "09-22 14:30",
         "IA : le champion français se dote de sa propre infrastructure de calcul",
         "Mistral AI ouvre son premier centre de données et propose déjà de la puissance de calcul à des clients industriels."),
    ]),
    # ---------------------------------------------- Digital services tax rise in the budget
    ("taxe-gafam-budget-2027", "fresh57", [
        ("lefigaro.fr", "09-24 16:00",
         "Budget 2027 : le gouvernement veut porter la taxe sur les géants du numérique à 6 %",
         "Le projet de loi de finances double le taux de la taxe sur les services numériques, qui rapporterait un milliard d'euros de plus."),
        ("bfmtv.com", "09-24 18:30",
         "La « taxe Gafam » doublée dans le projet de budget",
         "Bercy confirme le relèvement de 3 % à 6 % de la taxe payée par Google, Meta ou Amazon, au risque de représailles américaines."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
