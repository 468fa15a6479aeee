"""The 82nd fresh labelled set (streaming, media, boxes, sports rights, telecom), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh82".
Positives: titles sharing almost no word with the rest of their story ("Le binge-watching coûtera plus
cher cet hiver", "Fin d'une époque au carré rouge"); events named only by periphrasis in one article
("la chaîne cryptée", "l'opérateur historique", "le leader français du streaming musical", "le groupe de
Xavier Niel", "l'opérateur public de l'emploi"); a terse follow-up ("Panne myCanal : Canal+ s'excuse");
a quote as title; post-mortems the next day; explainers ("ce qui change"); a launch-day hands-on; an
English word title ("Layoffs chez Deezer"); syndication ("selon Les Echos", "selon L'Informé"); a bug
and its fix the next day; a ransomware claim the day after the attack.
Hard negatives: Bouygues then SFR box price rises two days apart; Netflix, Spotify, Disney+ and YouTube
price rises weeks apart (Spotify's the day after Netflix's, citing it); Netflix price rise then Netflix
quarterly results citing it; Spotify price rise then Spotify's new premium tier; Disney+ price rise then
Disney+ ending password sharing; two myCanal outages ten days apart (the second vague) and a Ligue 1+
outage a week before the first; myCanal outage during a Champions League night then Canal+ winning the
Champions League rights the next morning; Canal+ Champions League rights then Formula 1 rights then a
Canal+ Sport price rise; Ligue 1+ outage then Ligue 1+ price cut; three Arcom piracy actions (two
blocking waves, one annual report) and two court rulings on VPN blocking (first instance, appeal);
Molotov losing TF1 then getting it back three weeks later; Deezer results, layoffs, strike and AI
tagging; Free's box and mobile plan announced the same day, then a Wi-Fi bug in the new box; Orange box
launch, two Orange outages (fibre in the West, mobile) and Orange results; SFR sale agreement then the
competition authority's in-depth review, and Bouygues results the next day; CNIL fine on SFR then SFR's
appeal three weeks later; two Netflix live-event failures (boxing, Christmas NFL); two funding rounds of
two start-ups on the same morning; two hospital ransomware attacks five days apart; Patch Tuesday of
October, November and December; weekly streaming roundups, weekly deals posts and weekly newsletter roundups that
recur (never to join across weeks), Black Friday then Cyber Monday deals.
`build` fixes the year 2026; times are UTC, October to December 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 0.977, recall 0.781 (0.975 / 0.744 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Orange unveils a new Livebox
    ("orange-livebox-8-launch", "fresh82", [
        ("frandroid.com", "10-01 09:30",
         "Orange dévoile la Livebox 8 : Wi-Fi 7 et jusqu'à 8 Gbit/s",
         "L'opérateur lance sa nouvelle box fibre, compatible Wi-Fi 7, proposée à partir de 44,99 euros par mois dans les offres Livebox Max."),
        ("lesnumeriques.com", "10-01 11:45",
         "Livebox 8 : prix, débits, décodeur, tout ce qu'il faut savoir sur la nouvelle box d'Orange",
         "La Livebox 8 arrive avec un nouveau décodeur TV 4K et un répéteur Wi-Fi 7 inclus ; elle sera disponible le 8 octobre."),
        ("bfmtv.com", "10-01 15:10",
         "L'opérateur historique renouvelle sa box pour contrer Free",
         "Plus rapide, plus sobre en énergie, la nouvelle box du numéro un français des télécoms cible les foyers équipés de la fibre multigigabit."),
    ]),
    # ---------------------------------------------- Bouygues Telecom raises its old Bbox prices
    ("bouygues-bbox-price-rise", "fresh82", [
        ("clubic.com", "10-05 08:40",
         "Bouygues Telecom augmente le prix de ses Bbox de 2 euros par mois",
         "À partir du 1er décembre, les abonnés aux anciennes offres Bbox verront leur facture grimper de 2 euros par mois, l'opérateur invoquant l'enrichissement de ses services."),
        ("01net.com", "10-05 10:15",
         "Hausse de prix chez Bouygues : votre Bbox va vous coûter plus cher",
         "L'opérateur prévient par e-mail ses clients fixes d'une augmentation mensuelle de 2 euros. Ceux qui la refusent peuvent résilier sans frais pendant quatre mois."),
        ("lesnumeriques.com", "10-05 14:30",
         "Bbox : Bouygues Telecom relève ses tarifs, comment résilier sans frais",
         "La hausse de 2 euros concerne les forfaits box souscrits avant 2024. Voici comment faire valoir votre droit de résiliation."),
        ("frandroid.com", "10-06 09:00",
         "Les abonnés Bbox vont payer 24 euros de plus par an",
         "Bouygues Telecom applique une hausse tarifaire de deux euros par mois sur une partie de son parc fixe à compter de décembre."),
    ]),
    # ---------------------------------------------- SFR raises box prices two days later (look-alike)
    ("sfr-box-price-rise", "fresh82", [
        ("clubic.com", "10-07 09:10",
         "Après Bouygues, SFR augmente à son tour le prix de ses box",
         "L'opérateur au carré rouge relève de 3 euros par mois le tarif de plusieurs offres SFR Box 8 et Power, deux jours après l'annonce de son concurrent."),
        ("bfmtv.com", "10-07 12:00",
         "SFR : jusqu'à 3 euros de plus par mois pour les abonnés box",
         "Les clients fixes de SFR recevront un courrier les informant d'une hausse de tarif au 1er janvier, justifiée par l'ajout d'un service de sauvegarde en ligne."),
        ("universfreebox.com", "10-08 07:45",
         "Hausse de prix SFR : l'opérateur ajoute un service pour justifier 3 euros de plus",
         "Comme souvent, SFR associe l'augmentation à un « enrichissement » de l'offre ; les abonnés concernés peuvent résilier sans frais."),
    ]),
    # ---------------------------------------------- single: Qonto banking licence (not theme)
    ("qonto-banking-licence", "fresh82", [
        ("lesechos.fr", "10-08 06:30",
         "Qonto obtient enfin sa licence bancaire",
         "La néobanque des PME décroche l'agrément d'établissement de crédit de la BCE, étape clé pour proposer des prêts à ses 600 000 clients."),
    ]),
    # ---------------------------------------------- Arcom: first blocking wave of the autumn
    ("arcom-blocking-wave-october", "fresh82", [
        ("next.ink", "10-09 10:30",
         "Piratage sportif : l'Arcom fait bloquer 37 nouveaux sites",
         "Le régulateur a notifié aux fournisseurs d'accès une nouvelle liste de 37 noms de domaine diffusant illégalement des matchs de Ligue 1, en application de la décision du tribunal judiciaire de Paris."),
        ("numerama.com", "10-09 13:00",
         "Streaming illégal du foot : 37 sites de plus rendus inaccessibles",
         "Orange, Free, SFR et Bouygues Telecom doivent bloquer sous trois jours une nouvelle vague de sites de streaming sportif, à la demande de l'Arcom."),
        ("01net.com", "10-10 08:20",
         "IPTV et sites pirates : le gendarme de l'audiovisuel actualise sa liste noire",
         "Le régulateur ajoute 37 adresses à la liste des sites bloqués pour la saison de Ligue 1, dont plusieurs miroirs de services déjà fermés."),
    ]),
    # ---------------------------------------------- single: Apple TV+ in Bouygues offers
    ("bouygues-apple-tv-bundle", "fresh82", [
        ("universfreebox.com", "10-10 09:15",
         "Apple TV+ débarque dans les offres Bbox",
         "Bouygues Telecom inclut désormais six mois d'Apple TV+ dans ses offres Bbox Ultym, avant un tarif préférentiel de 6,99 euros par mois."),
    ]),
    # ---------------------------------------------- Netflix raises its French prices
    ("netflix-price-rise-france", "fresh82", [
        ("lesnumeriques.com", "10-13 07:30",
         "Netflix augmente ses prix en France : voici les nouveaux tarifs",
         "L'offre Standard avec publicités passe à 7,99 euros, l'offre Standard à 14,99 euros et l'offre Premium à 21,99 euros par mois dès aujourd'hui pour les nouveaux abonnés."),
        ("bfmtv.com", "10-13 09:45",
         "Netflix : jusqu'à 2 euros de plus par mois pour les abonnés français",
         "La plateforme relève l'ensemble de ses tarifs dans l'Hexagone ; les abonnés existants seront prévenus par e-mail un mois avant l'application de la hausse."),
        ("frandroid.com", "10-13 11:20",
         "Le binge-watching coûtera plus cher cet hiver",
         "Le service au N rouge revoit ses grilles : sa formule la plus chère franchit la barre des 21 euros mensuels."),
        ("numerama.com", "10-13 15:00",
         "Hausse des prix de Netflix : ce qui change pour vous",
         "Nouvelles grilles, date d'application, offre avec pub : on fait le point sur l'augmentation des tarifs de Netflix en France."),
        ("lefigaro.fr", "10-14 06:30",
         "Netflix relève encore ses tarifs en France, une première depuis 2024",
         "Le géant américain du streaming augmente le prix de ses trois formules, invoquant ses investissements dans les contenus et le sport en direct."),
    ]),
    # ---------------------------------------------- Patch Tuesday October
    ("patch-tuesday-october", "fresh82", [
        ("lemondeinformatique.fr", "10-13 19:20",
         "Patch Tuesday d'octobre : Microsoft corrige 84 failles",
         "Le lot mensuel de correctifs de Microsoft comble 84 vulnérabilités, dont deux zero-day exploitées dans Windows."),
        ("zdnet.fr", "10-13 21:10",
         "Microsoft colmate deux zero-day en octobre",
         "Le Patch Tuesday d'octobre corrige 84 failles, dont deux déjà exploitées par des attaquants dans le service de partage SMB."),
    ]),
    # ---------------------------------------------- Spotify raises its price the next day (look-alike)
    ("spotify-price-rise-france", "fresh82", [
        ("numerama.com", "10-14 10:00",
         "Spotify augmente ses prix en France : Premium passe à 12,99 euros",
         "Le service de streaming musical relève le prix de son abonnement individuel d'un euro et celui de l'offre Famille à 21,99 euros."),
        ("lesechos.fr", "10-14 12:30",
         "Spotify relève ses tarifs en France pour la deuxième fois en deux ans",
         "Le suédois répercute notamment la taxe sur le streaming musical instaurée en France, et cherche à améliorer sa rentabilité."),
        ("clubic.com", "10-14 16:40",
         "Abonnement Spotify : un euro de plus par mois dès novembre",
         "Les abonnés existants paieront 12,99 euros à partir de leur facture de novembre ; les formules Duo et Famille sont aussi concernées."),
        ("01net.com", "10-15 08:00",
         "Après Netflix, Spotify fait grimper la note",
         "Au lendemain de la hausse chez Netflix, la plateforme suédoise de musique augmente à son tour son forfait Premium en France."),
    ]),
    # ---------------------------------------------- Mistral AI new model (not theme)
    ("mistral-large-3", "fresh82", [
        ("usine-digitale.fr", "10-15 09:00",
         "Mistral AI dévoile Mistral Large 3, son modèle le plus puissant",
         "La start-up parisienne publie un nouveau modèle de fondation multimodal, disponible via son API et dans Le Chat."),
        ("silicon.fr", "10-15 14:20",
         "Mistral Large 3 : ce que l'on sait du nouveau modèle de Mistral AI",
         "Fenêtre de contexte, tarifs de l'API, benchmarks : les premiers détails du nouveau grand modèle du champion français de l'IA."),
    ]),
    # ---------------------------------------------- AWS outage in the Paris region (not theme)
    ("aws-outage-paris-region", "fresh82", [
        ("lemagit.fr", "10-15 11:10",
         "AWS : panne dans la région Paris",
         "Des clients d'Amazon Web Services hébergés dans la région eu-west-3 subissent depuis ce jeudi matin des erreurs sur EC2 et S3."),
        ("zdnet.fr", "10-15 14:00",
         "Amazon Web Services victime d'un incident dans son datacenter parisien",
         "Une défaillance dans une zone de disponibilité de la région Paris a perturbé pendant trois heures de nombreux services en ligne."),
        ("lemondeinformatique.fr", "10-16 08:30",
         "Panne AWS à Paris : le fournisseur livre ses premières explications",
         "Amazon Web Services attribue l'incident de jeudi à une panne de climatisation ayant entraîné l'arrêt automatique de serveurs."),
    ]),
    # ---------------------------------------------- OVHcloud annual results (not theme)
    ("ovhcloud-annual-results", "fresh82", [
        ("lemagit.fr", "10-15 18:30",
         "OVHcloud dépasse le milliard d'euros de chiffre d'affaires annuel",
         "Le fournisseur roubaisien publie des résultats annuels en croissance de 9 %, portés par le cloud public."),
        ("lesechos.fr", "10-16 06:45",
         "Le champion français du cloud franchit le cap du milliard",
         "OVHcloud a réalisé 1,07 milliard d'euros de revenus sur son exercice 2026 et vise une marge en hausse l'an prochain."),
    ]),
    # ---------------------------------------------- single: LeMagIT weekly roundup, week 42
    ("lemagit-roundup-w42", "fresh82", [
        ("lemagit.fr", "10-16 17:00",
         "L'essentiel de la semaine : AWS, OVHcloud et Mistral AI",
         "La panne d'AWS à Paris, les résultats annuels d'OVHcloud et le nouveau modèle de Mistral AI : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Ligue 1+ outage on a Sunday night
    ("ligue1plus-outage-october", "fresh82", [
        ("bfmtv.com", "10-18 22:10",
         "Ligue 1+ en panne pendant Lyon-Marseille, les abonnés furieux",
         "La plateforme de la LFP est restée inaccessible pendant une vingtaine de minutes en début de match dimanche soir."),
        ("numerama.com", "10-19 09:00",
         "Ligue 1+ : la LFP s'excuse après la panne de dimanche",
         "La chaîne de la Ligue promet un geste commercial aux abonnés privés du début de l'affiche de dimanche soir."),
    ]),
    # ---------------------------------------------- TF1 channels dropped from Molotov
    ("molotov-loses-tf1", "fresh82", [
        ("lesnumeriques.com", "10-19 08:30",
         "Les chaînes de TF1 disparaissent de Molotov",
         "Faute d'accord sur la renégociation de leur contrat de distribution, TF1, TMC, TFX et LCI ne sont plus disponibles sur Molotov depuis ce lundi."),
        ("lefigaro.fr", "10-19 12:00",
         "Bras de fer entre TF1 et Molotov : les chaînes du groupe coupées",
         "Le groupe TF1 réclame une rémunération plus élevée pour la distribution de ses chaînes ; Molotov dénonce une « prise d'otage des téléspectateurs »."),
        ("clubic.com", "10-20 09:40",
         "Molotov privé de TF1 : que peuvent faire les abonnés ?",
         "La plateforme offre un mois à ses abonnés payants ; les programmes restent accessibles gratuitement via TF1+."),
    ]),
    # ---------------------------------------------- Netflix Q3 results (look-alike of the price rise)
    ("netflix-q3-results", "fresh82", [
        ("lesechos.fr", "10-20 21:30",
         "Netflix dépasse les attentes au troisième trimestre",
         "Le géant du streaming affiche un chiffre d'affaires de 12,6 milliards de dollars, en hausse de 16 %, porté par la publicité et les hausses de prix."),
        ("bfmtv.com", "10-21 07:15",
         "Netflix : des résultats trimestriels solides, l'action bondit",
         "La plateforme a publié mardi soir des résultats au-dessus des prévisions et relevé son objectif annuel de chiffre d'affaires."),
        ("journaldunet.com", "10-21 10:00",
         "Netflix T3 : la publicité pèse de plus en plus lourd",
         "Les revenus publicitaires de Netflix ont doublé sur un an ; le groupe confirme l'effet de ses récentes augmentations tarifaires en Europe, dont la France."),
    ]),
    # ---------------------------------------------- Disney+ raises its prices
    ("disney-plus-price-rise", "fresh82", [
        ("frandroid.com", "10-21 10:00",
         "Disney+ augmente ses prix en France",
         "L'offre Standard avec publicités passe à 6,99 euros, Standard à 10,99 euros et Premium à 15,99 euros par mois à partir du 20 novembre."),
        ("lesnumeriques.com", "10-21 13:30",
         "Disney+ : les nouveaux tarifs dévoilés, jusqu'à 2 euros de plus",
         "Une semaine après Netflix, la plateforme de Disney revoit ses prix à la hausse dans l'Hexagone."),
        ("lefigaro.fr", "10-22 07:00",
         "La plateforme de Mickey fait grimper ses abonnements",
         "Le service de streaming du groupe de Burbank relèvera ses trois formules en novembre, sur fond de course à la rentabilité."),
    ]),
    # ---------------------------------------------- STMicroelectronics job cuts (not theme)
    ("stmicro-job-cuts-france", "fresh82", [
        ("usine-digitale.fr", "10-22 08:00",
         "STMicroelectronics va supprimer un millier de postes en France",
         "Le fabricant de puces franco-italien annonce un plan de départs volontaires touchant surtout ses sites de Crolles et Rousset."),
        ("latribune.fr", "10-22 10:30",
         "Le franco-italien STMicro accélère sa restructuration à Crolles et Rousset",
         "Face au ralentissement du marché automobile, le groupe réduit ses effectifs français de 1 000 personnes d'ici fin 2027."),
        ("lemondeinformatique.fr", "10-22 15:00",
         "STMicro : 1 000 départs volontaires en France",
         "Le fondeur confirme la suppression de 1 000 emplois dans l'Hexagone, sans licenciement contraint selon la direction."),
    ]),
    # ---------------------------------------------- Orange Q3 results
    ("orange-q3-results", "fresh82", [
        ("lesechos.fr", "10-23 06:30",
         "Orange maintient le cap au troisième trimestre",
         "L'opérateur historique affiche un chiffre d'affaires stable à 10,1 milliards d'euros et confirme ses objectifs annuels."),
        ("latribune.fr", "10-23 11:00",
         "Orange : la France reste atone, l'Afrique tire la croissance",
         "Le groupe dirigé par Christel Heydemann publie des revenus trimestriels portés par l'Afrique et le Moyen-Orient."),
    ]),
    # ---------------------------------------------- single: LeMagIT weekly roundup, week 43
    ("lemagit-roundup-w43", "fresh82", [
        ("lemagit.fr", "10-23 17:00",
         "L'essentiel de la semaine : STMicro, Orange et AWS",
         "Les suppressions de postes chez STMicroelectronics, les résultats d'Orange et le retour d'expérience d'AWS sur sa panne : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- myCanal outage during PSG-OM
    ("mycanal-outage-classique", "fresh82", [
        ("bfmtv.com", "10-25 21:20",
         "Panne de myCanal en plein PSG-OM : des milliers d'abonnés privés du Classique",
         "L'application de Canal+ affiche un écran noir ou un message d'erreur depuis le coup d'envoi du Classique pour de nombreux abonnés."),
        ("numerama.com", "10-25 22:40",
         "Soirée gâchée devant le Classique pour les abonnés de la chaîne cryptée",
         "Écran noir, message d'erreur, reconnexions impossibles : des téléspectateurs ont raté la première mi-temps et l'ont fait savoir sur les réseaux sociaux."),
        ("01net.com", "10-26 08:10",
         "myCanal en rade dimanche soir : Canal+ présente ses excuses",
         "Le groupe reconnaît un incident sur sa plateforme de diffusion pendant PSG-OM et promet un dédommagement."),
        ("frandroid.com", "10-26 11:00",
         "Panne myCanal : Canal+ s'excuse",
         "Un mois de l'offre Sport sera offert aux abonnés concernés."),
        ("lefigaro.fr", "10-26 13:00",
         "« Nous avons sous-estimé l'affluence » : le patron de Canal+ revient sur le fiasco du Classique",
         "Maxime Saada reconnaît que la plateforme n'était pas dimensionnée pour l'audience record de dimanche soir."),
        ("lemagit.fr", "10-26 17:30",
         "Panne de myCanal : un défaut de montée en charge du CDN en cause",
         "Canal+ attribue l'incident de dimanche à un mauvais dimensionnement d'un de ses réseaux de diffusion de contenu face à un pic d'audience."),
    ]),
    # ---------------------------------------------- Deezer Q3 revenue
    ("deezer-q3-revenue", "fresh82", [
        ("lesechos.fr", "10-27 07:00",
         "Deezer : chiffre d'affaires en légère baisse au troisième trimestre",
         "La plateforme française de streaming musical affiche 128 millions d'euros de revenus, en recul de 2 %, et confirme viser un résultat positif."),
        ("journaldunet.com", "10-27 14:00",
         "Deezer perd des abonnés en France mais améliore sa marge",
         "Le nombre d'abonnés directs recule sur un an ; la société mise sur ses partenariats avec les opérateurs pour relancer la croissance."),
    ]),
    # ---------------------------------------------- ransomware at Saint-Nazaire hospital (not theme)
    ("ransomware-hopital-saint-nazaire", "fresh82", [
        ("lemagit.fr", "10-28 09:30",
         "Le centre hospitalier de Saint-Nazaire frappé par un rançongiciel",
         "L'établissement a coupé ses connexions extérieures et fonctionne en mode dégradé depuis une attaque survenue dans la nuit."),
        ("zdnet.fr", "10-28 13:00",
         "Cyberattaque à l'hôpital de Saint-Nazaire : les urgences en mode dégradé",
         "Les soignants travaillent sur papier ; des patients sont réorientés vers Nantes après le chiffrement d'une partie du système d'information."),
        ("numerama.com", "10-29 08:00",
         "Hôpital de Saint-Nazaire : le groupe Qilin revendique l'attaque",
         "Le gang de rançongiciel affirme avoir dérobé 400 Go de données et menace de les publier sous huit jours."),
    ]),
    # ---------------------------------------------- Altice agrees to sell SFR to its three rivals
    ("altice-sfr-sale-agreement", "fresh82", [
        ("lesechos.fr", "10-29 06:00",
         "Altice accepte de vendre SFR à Bouygues, Free et Orange pour 17 milliards",
         "Patrick Drahi a accepté l'offre améliorée du trio d'opérateurs, qui se partageront les clients, le réseau et les fréquences de SFR."),
        ("bfmtv.com", "10-29 09:15",
         "C'est fait : SFR va être découpé entre ses trois concurrents",
         "Le propriétaire de SFR a signé un accord de cession avec Bouygues Telecom, Iliad et Orange ; la France passerait de quatre à trois opérateurs."),
        ("latribune.fr", "10-29 12:30",
         "Fin d'une époque au carré rouge",
         "Patrick Drahi a signé la cession de l'opérateur à ses trois rivaux, qui se répartiront abonnés, antennes et fréquences d'ici 2028."),
        ("lefigaro.fr", "10-29 16:00",
         "Vente de SFR : ce qui va changer pour les 19 millions d'abonnés",
         "Contrats, prix, box, service client : les réponses aux questions que se posent les clients de SFR après l'accord de rachat."),
        ("next.ink", "10-30 09:00",
         "Rachat de SFR : le partage des clients et des fréquences détaillé",
         "Bouygues Telecom récupère l'essentiel des entreprises, Free et Orange se partagent les abonnés grand public : le détail de l'accord signé jeudi."),
    ]),
    # ---------------------------------------------- single: Bouygues results the next day (look-alike)
    ("bouygues-q3-results", "fresh82", [
        ("latribune.fr", "10-30 07:00",
         "Bouygues Telecom : chiffre d'affaires en hausse au troisième trimestre",
         "Au lendemain de l'accord sur SFR, la filiale télécoms de Bouygues publie des revenus en hausse de 3 %, tirés par la fibre."),
    ]),
    # ---------------------------------------------- single: weekly streaming roundup 1
    ("numerama-streaming-week-44", "fresh82", [
        ("numerama.com", "10-30 16:00",
         "Netflix, Prime Video, Disney+ : les nouveautés streaming de la semaine",
         "Le retour de la série « Les Indomptés », un documentaire sur le Tour de France et un film d'animation Pixar : notre sélection pour le week-end."),
    ]),
    # ---------------------------------------------- ransomware at Brest CHU (not theme, look-alike)
    ("ransomware-chu-brest", "fresh82", [
        ("lemagit.fr", "11-02 10:00",
         "Le CHU de Brest victime d'une cyberattaque",
         "Le centre hospitalier universitaire a déclenché son plan blanc après une attaque par rançongiciel, cinq jours après l'hôpital de Saint-Nazaire."),
        ("01net.com", "11-02 15:30",
         "Brest : l'hôpital universitaire paralysé par un ransomware",
         "Opérations déprogrammées, dossiers patients inaccessibles : le CHU de Brest tourne au ralenti ; l'ANSSI est sur place."),
    ]),
    # ---------------------------------------------- Deezer job cuts
    ("deezer-job-cuts", "fresh82", [
        ("linforme.com", "11-03 06:30",
         "Deezer prépare un plan social d'une centaine de postes",
         "Selon nos informations, la plateforme de streaming musical s'apprête à annoncer la suppression d'environ 100 emplois, près d'un cinquième de ses effectifs en France."),
        ("lesechos.fr", "11-03 10:00",
         "Deezer confirme la suppression de 98 postes",
         "Le groupe annonce un plan de sauvegarde de l'emploi visant 98 postes, principalement à Paris, pour atteindre la rentabilité en 2027."),
        ("silicon.fr", "11-03 13:30",
         "Layoffs chez Deezer",
         "La plateforme française de musique en ligne va se séparer d'une centaine de salariés, selon L'Informé."),
        ("bfmtv.com", "11-03 17:00",
         "Le leader français du streaming musical taille dans ses effectifs",
         "Près d'une centaine d'emplois vont disparaître chez la pépite tricolore de la musique en ligne, confrontée à la concurrence des géants américains et suédois."),
        ("numerama.com", "11-04 09:00",
         "Plan social chez Deezer : les équipes produit et marketing les plus touchées",
         "Le détail du PSE présenté mardi aux représentants du personnel : 98 postes supprimés, dont une quarantaine dans la tech."),
    ]),
    # ---------------------------------------------- single: Prime Video adds more ads
    ("prime-video-more-ads", "fresh82", [
        ("clubic.com", "11-03 11:00",
         "Prime Video va diffuser davantage de publicités en France",
         "Amazon double le volume de spots publicitaires par heure sur sa plateforme ; l'option sans pub reste facturée 1,99 euro par mois."),
    ]),
    # ---------------------------------------------- second myCanal outage, vague (look-alike)
    ("mycanal-outage-champions-league", "fresh82", [
        ("frandroid.com", "11-04 22:15",
         "myCanal de nouveau en panne mercredi soir",
         "Des abonnés signalent des coupures de flux et des images figées sur l'application pendant la soirée de Ligue des champions."),
        ("bfmtv.com", "11-05 08:00",
         "Nouvelle panne chez Canal+ : la soirée de Ligue des champions perturbée",
         "Dix jours après le fiasco du Classique, des abonnés de Canal+ ont encore subi des coupures ; le groupe évoque un incident « localisé » chez un prestataire."),
    ]),
    # ---------------------------------------------- Canal+ wins Champions League rights 2027-2031
    ("canal-champions-league-rights", "fresh82", [
        ("lesechos.fr", "11-05 06:00",
         "Canal+ rafle les droits de la Ligue des champions jusqu'en 2031",
         "La chaîne cryptée a remporté l'appel d'offres de l'UEFA pour la période 2027-2031 en France, face à beIN Sports et Amazon, pour près de 500 millions d'euros par saison."),
        ("bfmtv.com", "11-05 11:00",
         "Ligue des champions : Canal+ conserve l'exclusivité jusqu'en 2031, selon Les Echos",
         "Le groupe de Vincent Bolloré diffusera l'intégralité des matchs de C1 pendant quatre saisons supplémentaires."),
        ("lefigaro.fr", "11-05 14:30",
         "Droits TV : la C1 reste sur Canal+, beIN Sports perd la bataille",
         "L'UEFA a attribué ses droits français à Canal+, qui partageait jusqu'ici la compétition avec beIN Sports."),
        ("numerama.com", "11-06 09:00",
         "Droits de la Ligue des champions : ce que le nouveau contrat change pour les abonnés",
         "Tous les matchs sur un seul abonnement, mais un prix qui pourrait grimper : les conséquences de l'accord entre l'UEFA et Canal+."),
    ]),
    # ---------------------------------------------- single: weekly streaming roundup 2
    ("numerama-streaming-week-45", "fresh82", [
        ("numerama.com", "11-06 16:00",
         "Netflix, Prime Video, Disney+ : les nouveautés streaming de la semaine",
         "Au programme : la dernière saison de « Frontière », un biopic de Zidane sur Prime Video et la nouvelle série Marvel sur Disney+."),
    ]),
    # ---------------------------------------------- single: weekly deals post 1
    ("frandroid-deals-week-45", "fresh82", [
        ("frandroid.com", "11-07 08:00",
         "Les meilleurs bons plans box et forfaits de la semaine",
         "Freebox Pop à prix cassé, forfait 5G de Bouygues à 9,99 euros, Livebox en promo : notre sélection des offres télécoms du moment."),
    ]),
    # ---------------------------------------------- TF1 returns to Molotov (look-alike)
    ("molotov-tf1-return", "fresh82", [
        ("lesnumeriques.com", "11-09 09:00",
         "TF1 fait son retour sur Molotov",
         "Après trois semaines d'absence, les chaînes du groupe TF1 sont de nouveau disponibles sur Molotov grâce à un nouvel accord de distribution."),
        ("lefigaro.fr", "11-09 13:00",
         "TF1 et Molotov enterrent la hache de guerre",
         "Les deux groupes ont conclu un accord pluriannuel dont les termes financiers n'ont pas été dévoilés."),
    ]),
    # ---------------------------------------------- Deezer strike (look-alike of the job cuts)
    ("deezer-strike", "fresh82", [
        ("next.ink", "11-10 12:00",
         "Grève chez Deezer contre le plan social",
         "Une partie des salariés de Deezer a cessé le travail ce mardi à l'appel de l'intersyndicale pour protester contre la suppression de 98 postes."),
        ("lemondeinformatique.fr", "11-10 16:30",
         "Débrayage chez Deezer : les salariés réclament de meilleures indemnités",
         "Rassemblés devant le siège parisien, les grévistes demandent un allongement du congé de reclassement, une première dans l'histoire de l'entreprise."),
    ]),
    # ---------------------------------------------- Patch Tuesday November
    ("patch-tuesday-november", "fresh82", [
        ("lemondeinformatique.fr", "11-10 19:15",
         "Patch Tuesday de novembre : 63 vulnérabilités corrigées",
         "Microsoft publie 63 correctifs ce mois-ci, dont un pour une zero-day exploitée dans le noyau Windows."),
        ("silicon.fr", "11-11 08:30",
         "Microsoft corrige une zero-day dans le noyau Windows",
         "Le Patch Tuesday de novembre comble 63 failles ; l'une d'elles, déjà exploitée, permet une élévation de privilèges."),
    ]),
    # ---------------------------------------------- Orange fibre outage in the West
    ("orange-outage-fibre-west", "fresh82", [
        ("bfmtv.com", "11-12 09:00",
         "Panne Orange : Internet coupé pour des milliers d'abonnés en Bretagne",
         "Depuis mercredi soir, de nombreux clients fibre de l'opérateur en Bretagne et en Pays de la Loire sont privés d'Internet, de téléphone et de télévision."),
        ("01net.com", "11-12 11:30",
         "L'opérateur historique confirme une panne de son réseau fixe dans l'Ouest",
         "Un incident sur un équipement de collecte situé à Rennes est à l'origine de la coupure, qui touche des dizaines de milliers de foyers."),
        ("zdnet.fr", "11-12 17:00",
         "Orange : la panne fibre dans l'Ouest résolue après 18 heures",
         "Le service est rétabli pour l'ensemble des abonnés bretons et ligériens ; Orange promet un geste commercial."),
    ]),
    # ---------------------------------------------- court orders VPNs to block Ligue 1 piracy
    ("court-orders-vpn-blocking", "fresh82", [
        ("next.ink", "11-12 10:00",
         "Piratage de la Ligue 1 : la justice ordonne à des VPN de bloquer des sites",
         "Le tribunal judiciaire de Paris enjoint à NordVPN, ProtonVPN, Surfshark et ExpressVPN de bloquer plusieurs dizaines de sites de streaming illégal, à la demande de Canal+ et de la LFP."),
        ("numerama.com", "11-12 14:00",
         "Les VPN contraints de bloquer le foot pirate en France",
         "Une décision inédite étend aux fournisseurs de réseaux privés virtuels les mesures de blocage jusqu'ici imposées aux seuls FAI."),
        ("01net.com", "11-13 08:00",
         "Décision historique : les fournisseurs de VPN devront filtrer les sites pirates",
         "Ils ont quinze jours pour se conformer à l'ordonnance du tribunal de Paris ; Proton annonce déjà faire appel."),
    ]),
    # ---------------------------------------------- single: weekly streaming roundup 3
    ("numerama-streaming-week-46", "fresh82", [
        ("numerama.com", "11-13 16:00",
         "Netflix, Canal+, Disney+ : les nouveautés streaming de la semaine",
         "Au programme : le thriller « Nuit blanche » sur Netflix, la saison 2 de « Bureau 13 » sur Canal+ et un concert de Coldplay sur Disney+."),
    ]),
    # ---------------------------------------------- single: weekly deals post 2
    ("frandroid-deals-week-46", "fresh82", [
        ("frandroid.com", "11-14 08:00",
         "Les meilleurs bons plans box et forfaits de la semaine",
         "Avant le Black Friday, SFR et Free cassent déjà les prix : forfaits 100 Go à moins de 10 euros et box fibre à 24,99 euros la première année."),
    ]),
    # ---------------------------------------------- Netflix live boxing stream failure
    ("netflix-live-boxing-failure", "fresh82", [
        ("frandroid.com", "11-15 08:30",
         "Netflix craque pendant le combat de boxe en direct",
         "Images figées, mises en mémoire tampon interminables : la diffusion du combat événement a été inregardable pour de nombreux abonnés, y compris en France."),
        ("numerama.com", "11-15 10:00",
         "« Inregardable » : la nuit ratée du géant du streaming",
         "Des millions de spectateurs ont subi des coupures lors de la retransmission en direct du combat, la plateforme reconnaissant des « difficultés techniques »."),
        ("bfmtv.com", "11-15 12:15",
         "Panne Netflix : le combat de boxe en direct vire au fiasco",
         "Les réseaux sociaux ont été inondés de plaintes d'abonnés privés du combat vedette de la nuit de samedi à dimanche."),
        ("01net.com", "11-16 09:00",
         "Fiasco du combat en direct : Netflix explique ce qui s'est passé",
         "La plateforme évoque un afflux record de 70 millions de flux simultanés ayant saturé certains serveurs de son réseau de diffusion maison."),
    ]),
    # ---------------------------------------------- Free unveils the Freebox Nova
    ("freebox-nova-launch", "fresh82", [
        ("universfreebox.com", "11-17 10:30",
         "Free lance la Freebox Nova : Wi-Fi 7, 8 Gbit/s et Player 4K",
         "Le groupe de Xavier Niel dévoile sa nouvelle box haut de gamme, vendue 49,99 euros par mois, disponible dès jeudi."),
        ("frandroid.com", "11-17 11:15",
         "Freebox Nova officielle : prix, débit, nouveautés, tout savoir",
         "Wi-Fi 7, fibre 8 Gbit/s symétrique, Netflix et Disney+ inclus : la fiche complète de la nouvelle box de Free."),
        ("lesnumeriques.com", "11-17 14:00",
         "Prise en main de la Freebox Nova : nos premières impressions",
         "Design, Player, interface : nous avons eu entre les mains la nouvelle box de Free lors de sa présentation mardi."),
        ("lefigaro.fr", "11-17 16:00",
         "Xavier Niel dégaine une nouvelle box pour reprendre des abonnés",
         "Le fondateur d'Iliad a présenté une offre fibre ultra-rapide avec plusieurs plateformes de streaming incluses, pour freiner l'hémorragie face à Orange."),
    ]),
    # ---------------------------------------------- Free Mobile plan the same day (look-alike)
    ("free-mobile-400go-plan", "fresh82", [
        ("frandroid.com", "11-17 12:30",
         "Free Mobile : un nouveau forfait 5G de 400 Go à 19,99 euros",
         "Annoncé en même temps que la Freebox Nova, le forfait Free 5G+ remplace l'offre 350 Go et inclut la 5G SA."),
        ("clubic.com", "11-17 15:30",
         "Free Mobile lance un forfait 400 Go, avec remise pour les abonnés Freebox",
         "Le nouveau forfait mobile de Free coûte 19,99 euros par mois, ou 15,99 euros pour les abonnés à une box de l'opérateur."),
    ]),
    # ---------------------------------------------- Kaptiv funding
    ("kaptiv-funding", "fresh82", [
        ("lesechos.fr", "11-18 06:30",
         "Kaptiv lève 14 millions d'euros pour filmer le sport amateur",
         "La start-up lyonnaise, qui installe des caméras automatisées dans les stades pour diffuser les matchs amateurs en streaming, boucle un tour de table mené par Eurazeo."),
        ("usine-digitale.fr", "11-18 10:00",
         "Streaming sportif : Kaptiv boucle une série A de 14 millions",
         "La jeune pousse veut équiper 5 000 clubs en Europe d'ici 2028 et ouvrir un bureau en Espagne."),
    ]),
    # ---------------------------------------------- Sonora funding, same morning (look-alike)
    ("sonora-funding", "fresh82", [
        ("lesechos.fr", "11-18 07:00",
         "Sonora lève 9 millions pour doubler les podcasts grâce à l'IA",
         "La jeune pousse parisienne, qui traduit et double automatiquement podcasts et livres audio, lève 9 millions d'euros auprès de Partech."),
        ("journaldunet.com", "11-18 11:30",
         "IA vocale : Sonora boucle un tour de table de 9 millions d'euros",
         "La start-up compte parmi ses clients plusieurs plateformes de streaming audio et veut s'attaquer au doublage vidéo."),
    ]),
    # ---------------------------------------------- Spotify Music Pro tier (look-alike of the price rise)
    ("spotify-music-pro-launch", "fresh82", [
        ("numerama.com", "11-19 15:00",
         "Spotify lance Music Pro, son abonnement haut de gamme à 19,99 euros",
         "La nouvelle formule ajoute le son sans perte, des outils de mixage et des préventes de billets de concert, un mois après la hausse du prix de Premium."),
        ("frandroid.com", "11-19 16:30",
         "Spotify Music Pro : le son lossless enfin disponible, mais à quel prix",
         "La qualité CD tant attendue arrive sur Spotify, réservée à une option à 7 euros de plus que l'abonnement Premium."),
        ("lesechos.fr", "11-20 06:30",
         "Spotify mise sur les mélomanes fortunés pour doper son revenu par abonné",
         "Avec sa formule Music Pro, le numéro un mondial du streaming musical espère convertir ses utilisateurs les plus fidèles à un tarif supérieur."),
    ]),
    # ---------------------------------------------- single: Nvidia results (not theme)
    ("nvidia-q3-results", "fresh82", [
        ("lemondeinformatique.fr", "11-19 22:00",
         "Nvidia pulvérise encore les attentes grâce aux puces pour l'IA",
         "Le concepteur de processeurs graphiques publie un chiffre d'affaires trimestriel de 68 milliards de dollars, porté par ses accélérateurs pour centres de données."),
    ]),
    # ---------------------------------------------- Arcom: second blocking wave (look-alike)
    ("arcom-blocking-wave-november", "fresh82", [
        ("next.ink", "11-20 10:00",
         "L'Arcom fait bloquer 52 sites pirates supplémentaires",
         "Nouvelle actualisation de la liste des sites de streaming sportif illégal : 52 domaines, dont plusieurs services IPTV, doivent être bloqués par les FAI."),
        ("clubic.com", "11-20 14:30",
         "IPTV illégale : une nouvelle vague de blocages à la demande de l'Arcom",
         "Une semaine après la décision de justice visant les VPN, le régulateur ajoute 52 adresses à sa liste de blocage, valable jusqu'à la fin de la saison de Ligue 1."),
    ]),
    # ---------------------------------------------- Disney+ ends free password sharing (look-alike)
    ("disney-plus-password-sharing", "fresh82", [
        ("frandroid.com", "11-24 09:00",
         "Disney+ met fin au partage de compte gratuit en France",
         "À partir de janvier, les abonnés devront payer 4,99 euros par mois pour chaque membre supplémentaire vivant hors du foyer."),
        ("numerama.com", "11-24 12:00",
         "Partage de mot de passe : Disney+ suit l'exemple de Netflix",
         "La plateforme de Disney généralise en France l'option « abonné extra », quelques jours après l'entrée en vigueur de ses nouveaux tarifs."),
        ("lesnumeriques.com", "11-24 16:00",
         "Disney+ : comment fonctionnera l'option « abonné extra »",
         "Foyer principal, appareils autorisés, vérification par code : le mode d'emploi des nouvelles règles de partage de compte."),
    ]),
    # ---------------------------------------------- Capgemini acquisition (not theme)
    ("capgemini-buys-datalyx", "fresh82", [
        ("lemondeinformatique.fr", "11-25 08:00",
         "Capgemini s'offre l'allemand Datalyx pour 900 millions d'euros",
         "L'ESN française met la main sur un spécialiste des plateformes de données et de l'IA comptant 3 500 consultants outre-Rhin."),
        ("latribune.fr", "11-25 12:00",
         "Capgemini poursuit ses emplettes en Allemagne",
         "Le groupe dirigé par Aiman Ezzat renforce son pôle data avec le rachat de Datalyx, sa plus grosse acquisition depuis WNS."),
    ]),
    # ---------------------------------------------- single: Arte European platform
    ("arte-european-platform", "fresh82", [
        ("lefigaro.fr", "11-25 15:00",
         "Arte lance une plateforme de streaming européenne en douze langues",
         "La chaîne franco-allemande ouvre un service gratuit rassemblant ses documentaires et séries, sous-titrés dans douze langues de l'Union."),
    ]),
    # ---------------------------------------------- CNIL fines SFR
    ("cnil-fine-sfr", "fresh82", [
        ("next.ink", "11-26 10:00",
         "La CNIL inflige 30 millions d'euros d'amende à SFR",
         "Le gendarme des données sanctionne l'opérateur pour des manquements à la sécurité ayant permis la fuite de 2025, qui avait exposé les IBAN de centaines de milliers de clients."),
        ("zdnet.fr", "11-26 13:00",
         "Fuite de données : SFR sanctionné par la CNIL",
         "La commission reproche à l'opérateur des mesures de sécurité insuffisantes sur les accès de ses sous-traitants."),
        ("01net.com", "11-26 15:00",
         "30 millions d'euros : l'amende salée de la CNIL pour l'opérateur au carré rouge",
         "La sanction vise la fuite massive de données clients survenue l'an dernier via un prestataire."),
        ("lemagit.fr", "11-27 08:00",
         "Sanction de SFR : ce que la CNIL reproche à l'opérateur",
         "Mots de passe faibles, absence d'authentification forte des prestataires, journalisation lacunaire : la délibération détaille les failles relevées."),
    ]),
    # ---------------------------------------------- Freebox Nova Wi-Fi bug, ten days after launch
    ("freebox-nova-wifi-bug", "fresh82", [
        ("universfreebox.com", "11-27 09:00",
         "Freebox Nova : des abonnés signalent des coupures de Wi-Fi",
         "Depuis la mise à jour de mardi, de nombreux utilisateurs de la nouvelle box voient leur réseau sans fil disparaître plusieurs fois par jour."),
        ("frandroid.com", "11-27 14:00",
         "La nouvelle box de Free coupe le Wi-Fi, un correctif en préparation",
         "Free reconnaît un problème logiciel qui déconnecte téléphones et ordinateurs ; un redémarrage ne suffit pas toujours."),
        ("01net.com", "11-28 08:30",
         "Free déploie un correctif pour la Freebox Nova",
         "Le firmware 1.0.4 corrige le bug qui faisait tomber le Wi-Fi depuis mardi ; l'installation est automatique dans la nuit."),
    ]),
    # ---------------------------------------------- single: Black Friday deals
    ("frandroid-black-friday-box", "fresh82", [
        ("frandroid.com", "11-27 07:30",
         "Black Friday : les meilleures offres box Internet chez Orange, Free, SFR et Bouygues",
         "Box fibre à moins de 20 euros, mois offerts, décodeurs gratuits : notre sélection des promotions du Black Friday sur les box."),
    ]),
    # ---------------------------------------------- single: Cyber Monday deals (look-alike)
    ("frandroid-cyber-monday-box", "fresh82", [
        ("frandroid.com", "11-30 07:30",
         "Cyber Monday : les dernières offres box et forfaits à ne pas rater",
         "Les opérateurs prolongent leurs promotions du Black Friday jusqu'à ce soir : voici celles qui valent encore le coup."),
    ]),
    # ---------------------------------------------- Orange mobile outage (look-alike, vague about place)
    ("orange-outage-mobile", "fresh82", [
        ("bfmtv.com", "11-30 09:30",
         "Orange : nouvelle panne, le réseau mobile touché cette fois",
         "Des abonnés d'Orange signalent depuis ce matin l'impossibilité de passer des appels et d'utiliser les données mobiles."),
        ("frandroid.com", "11-30 12:00",
         "Panne du réseau mobile Orange : l'opérateur évoque un problème logiciel",
         "Un défaut sur un équipement de cœur de réseau a perturbé appels et SMS pendant quatre heures dans plusieurs régions."),
    ]),
    # ---------------------------------------------- YouTube Premium price rise
    ("youtube-premium-price-rise", "fresh82", [
        ("numerama.com", "12-01 10:00",
         "YouTube Premium augmente ses prix en France",
         "L'abonnement individuel passe de 12,99 à 13,99 euros par mois et l'offre Famille à 25,99 euros."),
        ("clubic.com", "12-01 15:00",
         "YouTube Premium : un euro de plus par mois pour les abonnés français",
         "Google justifie la hausse par l'ajout de fonctions et prévient les abonnés existants par e-mail ; elle s'appliquera dès janvier."),
    ]),
    # ---------------------------------------------- single: Deezer labels AI songs (look-alike)
    ("deezer-ai-tracks-hidden", "fresh82", [
        ("01net.com", "12-02 10:00",
         "Deezer va masquer les morceaux générés par IA de ses recommandations",
         "La plateforme française affirme recevoir 50 000 titres entièrement créés par IA chaque jour et les exclura désormais de ses playlists éditoriales."),
    ]),
    # ---------------------------------------------- single: TF1+ audience record
    ("tf1plus-audience-record", "fresh82", [
        ("lesechos.fr", "12-02 06:30",
         "TF1+ revendique 35 millions d'utilisateurs mensuels",
         "La plateforme gratuite du groupe TF1 affiche une croissance de 25 % sur un an, tirée par le sport et la téléréalité."),
    ]),
    # ---------------------------------------------- Canal+ keeps Formula 1 (look-alike of C1 rights)
    ("canal-formula1-rights", "fresh82", [
        ("lesechos.fr", "12-03 06:00",
         "Canal+ prolonge la Formule 1 jusqu'en 2032",
         "Le groupe a reconduit son contrat avec Formula One Management pour cinq saisons supplémentaires, un mois après avoir sécurisé la Ligue des champions."),
        ("lefigaro.fr", "12-03 11:00",
         "La F1 reste sur Canal+ : un accord de cinq ans signé",
         "Tous les Grands Prix resteront diffusés en intégralité par la chaîne cryptée, qui repousse l'offensive de DAZN."),
    ]),
    # ---------------------------------------------- EU fines Meta under the DMA (not theme)
    ("eu-dma-fine-meta", "fresh82", [
        ("lemondeinformatique.fr", "12-04 10:00",
         "DMA : Bruxelles inflige 800 millions d'euros d'amende à Meta",
         "La Commission européenne sanctionne le modèle « payer ou consentir » imposé aux utilisateurs de Facebook et Instagram."),
        ("numerama.com", "12-04 13:30",
         "La Commission européenne frappe Meta au portefeuille",
         "Le groupe de Mark Zuckerberg écope de 800 millions d'euros pour ne pas s'être conformé au règlement sur les marchés numériques ; il annonce faire appel."),
    ]),
    # ---------------------------------------------- in-depth competition review of the SFR sale (look-alike)
    ("autorite-concurrence-sfr-review", "fresh82", [
        ("lesechos.fr", "12-07 07:00",
         "Rachat de SFR : l'Autorité de la concurrence ouvre une enquête approfondie",
         "Benoît Cœuré annonce un examen de phase 2 du partage de SFR entre Bouygues Telecom, Free et Orange, jugeant que le passage de quatre à trois opérateurs soulève des risques pour les prix."),
        ("latribune.fr", "12-07 12:00",
         "Vente de SFR : le gendarme de la concurrence sort la loupe",
         "L'examen approfondi pourrait repousser d'au moins six mois la finalisation de l'opération signée fin octobre."),
        ("next.ink", "12-08 09:00",
         "SFR : pourquoi l'Autorité de la concurrence prend son temps",
         "Prix des forfaits, sort des MVNO, zones rurales : les points qui inquiètent le régulateur dans l'enquête ouverte lundi."),
    ]),
    # ---------------------------------------------- Patch Tuesday December
    ("patch-tuesday-december", "fresh82", [
        ("lemondeinformatique.fr", "12-08 19:10",
         "Patch Tuesday de décembre : Microsoft termine l'année avec 49 correctifs",
         "Le dernier lot de l'année corrige 49 vulnérabilités, dont une zero-day dans Office exploitée via des documents piégés."),
        ("zdnet.fr", "12-08 21:30",
         "Microsoft : une zero-day corrigée dans Office en décembre",
         "Le Patch Tuesday de décembre comble 49 failles ; une vulnérabilité d'Office est déjà utilisée dans des campagnes d'hameçonnage."),
    ]),
    # ---------------------------------------------- Ligue 1+ price cut (look-alike of the outage)
    ("ligue1plus-price-cut", "fresh82", [
        ("bfmtv.com", "12-09 08:00",
         "Ligue 1+ baisse son prix pour la seconde partie de saison",
         "La plateforme de la LFP passe de 14,99 à 9,99 euros par mois à partir de janvier, afin de relancer les abonnements."),
        ("numerama.com", "12-09 11:00",
         "La chaîne de la Ligue casse ses prix : 9,99 euros par mois dès janvier",
         "Une baisse d'un tiers destinée à séduire les fans de foot qui ont boudé l'offre depuis l'été."),
        ("lesechos.fr", "12-09 14:00",
         "Droits du foot : la LFP brade Ligue 1+ faute d'abonnés",
         "Avec un million d'abonnés, loin de son objectif, la Ligue réduit le prix de sa plateforme, au risque d'entamer les revenus des clubs."),
    ]),
    # ---------------------------------------------- Arcom annual piracy report (look-alike)
    ("arcom-piracy-report", "fresh82", [
        ("next.ink", "12-10 10:00",
         "Piratage : l'Arcom revendique une baisse de 30 % de l'audience des sites illicites",
         "Dans son bilan annuel, le régulateur estime que les blocages dynamiques ont fait reculer la consommation illicite de sport en direct, même si l'IPTV progresse."),
        ("lefigaro.fr", "12-10 15:00",
         "Le piratage sportif recule, mais l'IPTV résiste, selon l'Arcom",
         "Près de 2 millions de Français utiliseraient encore un abonnement IPTV illégal, selon le bilan publié mercredi par l'autorité."),
    ]),
    # ---------------------------------------------- France Travail data leak (not theme)
    ("france-travail-data-leak", "fresh82", [
        ("zdnet.fr", "12-11 09:00",
         "France Travail : nouvelle fuite de données de demandeurs d'emploi",
         "Des pirates ont accédé à un outil utilisé par des partenaires de l'opérateur et exfiltré noms, adresses et numéros de sécurité sociale."),
        ("numerama.com", "12-11 12:00",
         "Les données de 1,2 million d'inscrits à France Travail dérobées",
         "L'organisme confirme une intrusion via le compte d'un conseiller d'une structure partenaire et va prévenir les personnes concernées."),
        ("bfmtv.com", "12-11 17:00",
         "Cyberattaque contre l'opérateur public de l'emploi : ce qu'il faut savoir",
         "Quelles données ont fuité, quels risques d'arnaques, que faire : nos réponses après l'intrusion révélée ce vendredi."),
    ]),
    # ---------------------------------------------- Canal+ Sport price rise (look-alike)
    ("canal-sport-price-rise", "fresh82", [
        ("frandroid.com", "12-14 09:30",
         "Canal+ augmente le prix de son offre Sport",
         "L'abonnement Canal+ Sport passe de 34,99 à 37,99 euros par mois pour les nouveaux clients dès le 1er janvier."),
        ("lesnumeriques.com", "12-14 14:00",
         "Trois euros de plus pour suivre le sport sur la chaîne cryptée",
         "Canal+ répercute le coût de ses nouveaux droits sportifs sur la formule Sport ; les abonnés engagés conservent leur tarif jusqu'à échéance."),
    ]),
    # ---------------------------------------------- single: ANSSI threat overview (not theme)
    ("anssi-threat-overview", "fresh82", [
        ("lemagit.fr", "12-14 11:00",
         "L'ANSSI alerte sur la hausse des attaques contre les hôpitaux",
         "Dans son panorama de la menace, l'agence recense 52 incidents par rançongiciel visant des établissements de santé en 2026."),
    ]),
    # ---------------------------------------------- appeal court confirms VPN blocking (look-alike)
    ("appeal-court-confirms-vpn-blocking", "fresh82", [
        ("next.ink", "12-15 11:00",
         "Blocage du foot pirate : la cour d'appel confirme l'obligation faite aux VPN",
         "La cour d'appel de Paris rejette le recours de NordVPN et ProtonVPN contre l'ordonnance du 12 novembre qui leur impose de bloquer des sites de streaming illégal de Ligue 1."),
        ("numerama.com", "12-15 16:00",
         "Les VPN perdent en appel face à Canal+ et à la LFP",
         "Les juges estiment que les fournisseurs de réseaux privés virtuels sont des intermédiaires tenus de contribuer à la lutte contre le piratage."),
        ("clubic.com", "12-16 09:00",
         "VPN et piratage sportif : ce que change la décision de la cour d'appel",
         "Les services concernés devront maintenir les blocages, y compris pour les abonnés situés hors de France qui se connectent à un serveur français."),
    ]),
    # ---------------------------------------------- SFR appeals the CNIL fine three weeks later (look-alike)
    ("sfr-appeals-cnil-fine", "fresh82", [
        ("next.ink", "12-17 10:00",
         "SFR conteste son amende de 30 millions devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction prononcée fin novembre par la CNIL, qu'il juge disproportionnée."),
        ("zdnet.fr", "12-17 15:00",
         "Amende CNIL : SFR fait appel",
         "L'opérateur demande l'annulation de la sanction et la suspension de sa publication."),
    ]),
    # ---------------------------------------------- single: weekly streaming roundup 4
    ("numerama-streaming-week-51", "fresh82", [
        ("numerama.com", "12-18 16:00",
         "Netflix, Prime Video, Disney+ : les nouveautés streaming de la semaine",
         "Spécial fêtes : le téléfilm de Noël de Netflix, l'intégrale « Astérix » sur Prime Video et la suite de « Vaiana » sur Disney+."),
    ]),
    # ---------------------------------------------- Netflix Christmas NFL streams (look-alike of the boxing fiasco)
    ("netflix-christmas-nfl-glitches", "fresh82", [
        ("frandroid.com", "12-25 22:30",
         "Netflix : des coupures pendant les matchs de NFL de Noël",
         "Pour sa troisième saison de matchs de Noël en direct, la plateforme a de nouveau connu des ralentissements, moins graves qu'en novembre selon les abonnés."),
        ("numerama.com", "12-26 09:30",
         "Matchs de Noël sur Netflix : des bugs, mais pas de fiasco",
         "Quelques images figées et des pertes de son, mais la diffusion des deux rencontres de football américain a tenu la charge."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
