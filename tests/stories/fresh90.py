"""The 90th fresh labelled set (consumer tech: smartphones, tablets, laptops, consoles, wearables,
launches, price rises, updates and their bugs, recalls, batteries, deals days), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh90".
Positives: titles sharing almost no word with the rest of their story ("Dimanche noir pour les joueurs
PlayStation", "Pomme de discorde : la dernière mise à jour d'iOS plombe l'autonomie", "Mauvaise nouvelle
pour les joueurs", "Ça chauffe pour les Pixel 11", "Fin de partie pour les Xperia en Europe"); firms named
only by periphrasis in one article ("le géant de Cupertino", "la firme de Kyoto", "le géant de Redmond",
"le constructeur coréen", "le japonais", "la marque de Carl Pei", "le numéro un français de l'électronique
grand public"); a quote as title (Sony justifying the PS5 price rise); syndication ("selon Les Echos",
"selon L'Informé"); explainers ("ce qui change pour les acheteurs", "faut-il acheter avant le 9 octobre ?",
"faut-il craquer ?"); next-day follow-ups: a DDoS claim the day after the PSN outage, Apple admitting the
iOS 27.1 battery bug, Google pausing the Pixel 11 update, Nintendo pulling the Switch 2 update, the
Switch 2 price explainer; numbers written differently ("320 postes" / "plus de 300 emplois", "1,2
million" / "plus d'un million", "2,1 millions d'euros" / "2,1 M€" / "deux millions cent mille euros").
Hard negatives: PS5, Switch 2 and Xbox price rises a week and a month apart (each citing the previous),
then a PlayStation Plus price rise two months later; Dell then HP PC price rises three days apart; two
PSN outages twelve days apart and an Xbox Cloud Gaming outage; Samsung, Apple, Nintendo and Sony results
citing their launches and price rises; Fnac Darty quarterly sales, then job cuts five days later, then a
Darty strike against them; Xiaomi's DGCCRF fine then its appeal four weeks later; Anker then Xiaomi
power-bank recalls a month apart; Pixel 10a battery swelling, then iOS 27.1 battery drain; iOS 27.1
release then its battery bug three days later, then iOS 27.2 six weeks later; One UI 9 rollout then its
fingerprint bug three days later; November Android security bulletin then the Pixel 11 overheating
update, and the December bulletin; Pixel Drop of December; iPad Pro M6 then MacBook Pro M6 two weeks
apart; Nothing Phone (4) Lite then Nothing's Paris store; Nintendo Partner Showcase then Nintendo Direct;
LDLC then Rue du Commerce data leaks a week apart; Back Market and Murfy funding rounds the same morning;
Prime Big Deal Days, UFC-Que Choisir on fake Black Friday discounts the day before, Black Friday, Cyber
Monday and the Fevad Black Friday figures; weekly 01net roundups and weekly Clubic deals posts that recur
(never to join across weeks).
`build` fixes the year 2026; times are UTC, October to December 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 0.974, recall 0.869
(0.973 / 0.846 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Xiaomi launches the 17T and 17T Pro in Paris
    ("xiaomi-17t-launch", "fresh90", [
        ("frandroid.com", "10-01 12:05", "Xiaomi 17T et 17T Pro officialisés : Leica, 7 000 mAh et un prix qui grimpe",
         "Xiaomi a présenté à Paris ses Xiaomi 17T et 17T Pro, dotés d'une batterie de 7 000 mAh et d'optiques Leica ; le 17T Pro est annoncé à 899 euros."),
        ("lesnumeriques.com", "10-01 13:30", "Xiaomi 17T Pro : le fabricant chinois dégaine son haut de gamme « abordable »",
         "Présenté ce jeudi à Paris, le Xiaomi 17T Pro embarque une puce Dimensity 9500 et un téléobjectif Leica 5x, pour 899 € en version 12/512 Go."),
        ("01net.com", "10-01 15:10", "Xiaomi lance ses 17T en France à partir de 699 euros",
         "Le constructeur chinois a dévoilé jeudi deux nouveaux smartphones, les 17T (699 €) et 17T Pro (899 €), disponibles dès aujourd'hui."),
    ]),
    # ---------------------------------------------- Sony raises PS5 prices in Europe by 50 euros
    ("ps5-price-rise-europe", "fresh90", [
        ("bfmtv.com", "10-02 06:40", "La PS5 va coûter 50 euros de plus en France",
         "Sony augmente de 50 euros le prix de toutes ses PlayStation 5 en Europe à partir du 9 octobre ; la PS5 Pro passe à 849,99 euros."),
        ("frandroid.com", "10-02 07:25", "Sony augmente (encore) le prix de la PS5 : voici les nouveaux tarifs",
         "La PS5 standard passe à 599,99 €, l'édition numérique à 549,99 € et la PS5 Pro à 849,99 €, à compter du 9 octobre."),
        ("numerama.com", "10-02 08:50", "« Un environnement économique difficile » : Sony justifie une nouvelle hausse du prix de la PS5",
         "Le japonais invoque l'inflation et le coût des composants mémoire pour relever de 50 euros le prix de ses consoles en Europe, au Royaume-Uni et en Australie."),
        ("lefigaro.fr", "10-02 10:15", "Jeux vidéo : Sony relève le prix de sa PlayStation 5",
         "Le groupe japonais annonce une hausse de cinquante euros sur l'ensemble de la gamme PS5 en Europe, la deuxième en deux ans."),
        ("clubic.com", "10-02 15:40", "PS5 plus chère : faut-il acheter sa console avant le 9 octobre ?",
         "Avec la hausse de 50 euros annoncée par Sony, il reste une semaine pour acheter une PlayStation 5 à l'ancien tarif ; voici où la trouver."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, week 40
    ("01net-weekly-w40", "fresh90", [
        ("01net.com", "10-03 07:00", "Les 5 infos tech à retenir de la semaine : PS5 plus chère, Xiaomi 17T et Windows 11",
         "Chaque samedi, notre récap : la hausse de prix de la PS5, le lancement des Xiaomi 17T à Paris et la nouvelle mise à jour de Windows 11."),
    ]),
    # ---------------------------------------------- Samsung launches the Galaxy Tab S12 and S12 Ultra
    ("samsung-galaxy-tab-s12-launch", "fresh90", [
        ("frandroid.com", "10-06 13:00", "Samsung Galaxy Tab S12 : la tablette Android passe à l'Exynos 2600",
         "Samsung officialise ses Galaxy Tab S12 et Tab S12 Ultra, qui intègrent la puce Exynos 2600 et un S Pen redessiné, à partir de 1 049 euros."),
        ("lesnumeriques.com", "10-06 13:30", "Galaxy Tab S12 et S12 Ultra : prix, date de sortie et fiche technique",
         "Le constructeur coréen lance deux tablettes haut de gamme, disponibles le 17 octobre à partir de 1 049 € ; l'Ultra garde son écran Oled de 14,6 pouces."),
        ("01net.com", "10-06 15:20", "Samsung veut faire de l'ombre à l'iPad Pro avec ses Galaxy Tab S12",
         "Écran Oled, Exynos 2600 gravée en 2 nm et Galaxy AI : Samsung renouvelle sa gamme de tablettes premium, vendue dès 1 049 euros."),
    ]),
    # ---------------------------------------------- Samsung Electronics' preliminary Q3 results
    ("samsung-q3-preliminary", "fresh90", [
        ("lesechos.fr", "10-07 04:30", "Samsung Electronics s'envole grâce à la mémoire",
         "Le géant sud-coréen prévoit un bénéfice d'exploitation de 14 200 milliards de wons au troisième trimestre, porté par la flambée des prix de la DRAM."),
        ("latribune.fr", "10-07 07:10", "Samsung : bénéfice trimestriel record attendu, la mémoire tire les comptes",
         "Selon ses estimations préliminaires, Samsung Electronics aurait dégagé 14 200 milliards de wons (environ 9 milliards d'euros) de résultat opérationnel entre juillet et septembre."),
    ]),
    # ---------------------------------------------- DGCCRF fines Xiaomi over the missing durability index
    ("xiaomi-dgccrf-fine", "fresh90", [
        ("numerama.com", "10-08 08:00", "Indice de durabilité : Xiaomi écope d'une amende de 2,1 millions d'euros",
         "La DGCCRF a sanctionné Xiaomi France pour ne pas avoir affiché l'indice de durabilité sur plusieurs dizaines de smartphones et trottinettes vendus en ligne."),
        ("01net.com", "10-08 10:30", "La DGCCRF sanctionne Xiaomi pour défaut d'affichage de l'indice de durabilité",
         "Le fabricant chinois devra payer 2,1 M€ : les enquêteurs ont relevé l'absence de l'indice obligatoire sur 43 références de son site français."),
        ("next.ink", "10-08 13:15", "Xiaomi mis à l'amende par Bercy pour son indice manquant",
         "Deux millions cent mille euros : c'est l'amende administrative infligée par la répression des fraudes à Xiaomi, qui n'affichait pas l'indice de durabilité de ses produits."),
    ]),
    # ---------------------------------------------- Nintendo raises the Switch 2 price in Europe
    ("switch2-price-rise-europe", "fresh90", [
        ("lesechos.fr", "10-09 05:15", "Nintendo augmente le prix de la Switch 2 en Europe",
         "La console de Nintendo passera de 469,99 à 499,99 euros le 1er novembre ; le groupe invoque la hausse du coût des composants, une semaine après Sony."),
        ("frandroid.com", "10-09 07:00", "La Switch 2 franchit la barre des 500 € avec le pack Mario Kart World",
         "Nintendo relève de 30 euros le prix de sa Switch 2 en Europe : 499,99 € seule et 539,99 € avec Mario Kart World, à partir du 1er novembre."),
        ("bfmtv.com", "10-09 08:45", "Après la PS5, la Switch 2 devient à son tour plus chère",
         "Nintendo annonce une hausse de 30 euros du prix de sa console en Europe, selon Les Echos, et pointe le coût de la mémoire vive."),
        ("numerama.com", "10-09 11:20", "Mauvaise nouvelle pour les joueurs : la firme de Kyoto revoit ses prix à la hausse",
         "La Nintendo Switch 2 coûtera 499,99 euros à partir du 1er novembre, contre 469,99 euros aujourd'hui."),
        ("lesnumeriques.com", "10-10 07:30", "Hausse de prix de la Switch 2 : ce qui change pour les acheteurs",
         "Console seule, packs, manettes, jeux : on fait le point sur les nouveaux tarifs de Nintendo, qui entrent en vigueur le 1er novembre."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 41
    ("clubic-deals-w41", "fresh90", [
        ("clubic.com", "10-09 16:00", "Bons plans de la semaine : AirPods Pro 3, Galaxy S26 et Pixel 10 au plus bas",
         "Notre sélection hebdomadaire des meilleures promotions high-tech : écouteurs, smartphones et SSD à prix cassés avant le week-end."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, week 41
    ("01net-weekly-w41", "fresh90", [
        ("01net.com", "10-10 07:00", "Les 5 infos tech à retenir de la semaine : Switch 2 plus chère, Xiaomi sanctionné, Galaxy Tab S12",
         "Chaque samedi, notre récap : la hausse de prix de la Switch 2, l'amende de Xiaomi pour son indice de durabilité et les nouvelles tablettes de Samsung."),
    ]),
    # ---------------------------------------------- Amazon's October Prime Big Deal Days
    ("prime-big-deal-days", "fresh90", [
        ("frandroid.com", "10-13 04:30", "Prime Big Deal Days : les meilleures offres tech en direct",
         "Les Prime Big Deal Days d'Amazon ont commencé ce mardi et durent jusqu'à mercredi soir : voici les promotions à ne pas manquer sur les smartphones, TV et PC."),
        ("clubic.com", "10-13 06:00", "Prime Day d'octobre : notre sélection des vraies bonnes affaires",
         "Amazon relance ses ventes flash réservées aux abonnés Prime les 13 et 14 octobre ; nous avons trié les offres high-tech qui valent le coup."),
        ("lesnumeriques.com", "10-13 08:30", "Prime Big Deal Days 2026 : les 40 meilleures promos high-tech",
         "Pour son deuxième Prime Day de l'année, Amazon casse les prix des Kindle, des Echo et de nombreux smartphones, jusqu'au 14 octobre à minuit."),
    ]),
    # ---------------------------------------------- Apple launches the iPad Pro M6 by press release
    ("apple-ipad-pro-m6", "fresh90", [
        ("01net.com", "10-14 13:10", "Apple dévoile l'iPad Pro M6, sans keynote",
         "Le nouvel iPad Pro adopte la puce M6 gravée en 2 nm et une caméra frontale centrée ; il sera disponible le 21 octobre à partir de 1 199 euros."),
        ("frandroid.com", "10-14 13:40", "iPad Pro M6 officiel : prix, nouveautés et date de sortie",
         "Apple met à jour sa tablette haut de gamme par simple communiqué : puce M6, modem C2 maison en 5G et jusqu'à 2 To de stockage."),
        ("numerama.com", "10-14 15:00", "Le géant de Cupertino renouvelle discrètement sa tablette haut de gamme",
         "L'iPad Pro passe à la puce M6 et garde son écran Tandem OLED ; les tarifs français démarrent à 1 199 euros pour le modèle 11 pouces."),
        ("lesnumeriques.com", "10-14 17:25", "iPad Pro M6 : faut-il craquer si vous avez un iPad Pro M4 ?",
         "Puce M6, modem C2, recharge plus rapide : on compare le nouvel iPad Pro annoncé ce mercredi par Apple avec les générations précédentes."),
    ]),
    # ---------------------------------------------- Anker recalls 1.2 million power banks
    ("anker-powerbank-recall", "fresh90", [
        ("numerama.com", "10-15 07:40", "Anker rappelle 1,2 million de batteries externes pour risque d'incendie",
         "Le fabricant chinois demande aux propriétaires de plusieurs modèles PowerCore de 10 000 mAh de cesser de les utiliser : une cellule défectueuse peut surchauffer."),
        ("frandroid.com", "10-15 09:15", "Batterie externe Anker : vérifiez vite si la vôtre est concernée par ce rappel",
         "Anker lance un rappel mondial portant sur environ 1,2 million de PowerCore 10K vendues entre 2024 et 2026 ; voici comment identifier les numéros de série visés."),
        ("01net.com", "10-15 11:50", "Risque de surchauffe : Anker retire du marché plus d'un million de power banks",
         "Le spécialiste de la recharge rembourse ou remplace gratuitement les batteries externes concernées, vendues notamment sur Amazon en France."),
    ]),
    # ---------------------------------------------- Fnac Darty Q3 sales
    ("fnac-darty-q3-sales", "fresh90", [
        ("lesechos.fr", "10-15 15:30", "Fnac Darty voit ses ventes reculer au troisième trimestre",
         "Le distributeur a réalisé un chiffre d'affaires de 1,78 milliard d'euros entre juillet et septembre, en baisse de 1,9 % à périmètre comparable, pénalisé par l'électroménager."),
        ("lefigaro.fr", "10-15 16:45", "Fnac Darty souffre d'une consommation atone",
         "Le numéro un français de la distribution de produits culturels et électroniques a vu ses ventes trimestrielles baisser de près de 2 % et reste prudent pour les fêtes."),
    ]),
    # ---------------------------------------------- Canalys: European smartphone market in Q3
    ("canalys-europe-smartphones-q3", "fresh90", [
        ("frandroid.com", "10-16 07:00", "Marché européen du smartphone : Samsung reste en tête, Xiaomi talonne Apple",
         "Selon Canalys, 31,2 millions de smartphones ont été expédiés en Europe au troisième trimestre, en hausse de 3 % ; Samsung détient 34 % du marché."),
        ("zdnet.fr", "10-16 09:20", "Smartphones : léger rebond du marché européen au troisième trimestre",
         "Les expéditions de smartphones en Europe ont progressé de 3 % sur un an entre juillet et septembre, d'après Canalys, tirées par Samsung et Xiaomi."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 42
    ("clubic-deals-w42", "fresh90", [
        ("clubic.com", "10-16 16:00", "Bons plans de la semaine : iPhone 17, Galaxy Tab S11 et casques Sony en promo",
         "Notre sélection hebdomadaire des meilleures réductions high-tech, au lendemain des Prime Big Deal Days : ce qui reste vraiment intéressant."),
    ]),
    # ---------------------------------------------- PSN global outage, claimed as a DDoS the next day
    ("psn-outage-ddos", "fresh90", [
        ("01net.com", "10-18 17:20", "Panne du PlayStation Network : impossible de jouer en ligne sur PS5",
         "Depuis 18 heures, de nombreux joueurs signalent une panne du PSN qui empêche de se connecter, de lancer des parties en ligne et d'accéder au PlayStation Store."),
        ("frandroid.com", "10-18 18:05", "Le PSN est en rade, Sony confirme une panne mondiale",
         "La page d'état de Sony indique que tous les services du PlayStation Network sont perturbés ; les joueurs européens et américains sont touchés depuis la fin d'après-midi."),
        ("bfmtv.com", "10-18 19:30", "Dimanche noir pour les joueurs PlayStation",
         "Une coupure géante prive depuis plusieurs heures des millions de joueurs de leurs parties en ligne, sans explication du constructeur japonais."),
        ("numerama.com", "10-19 07:15", "Panne du PSN : un groupe de hackers revendique une attaque DDoS",
         "Le collectif Lag Syndicate affirme être à l'origine de la coupure de dimanche soir ; Sony évoque « un volume de trafic anormal » et assure qu'aucune donnée n'a fui."),
    ]),
    # ---------------------------------------------- Fnac Darty plans 320 job cuts at head offices
    ("fnac-darty-job-cuts", "fresh90", [
        ("linforme.com", "10-20 04:00", "Fnac Darty prépare la suppression de 320 postes dans ses sièges",
         "Selon nos informations, le distributeur va présenter aux syndicats un plan de départs touchant 320 emplois dans ses fonctions support à Ivry-sur-Seine et Bondoufle."),
        ("lesechos.fr", "10-20 08:30", "Fnac Darty taille dans ses effectifs administratifs, selon L'Informé",
         "Le groupe confirme un projet de réorganisation portant sur environ 320 postes, sans licenciements contraints dans les magasins."),
        ("bfmtv.com", "10-20 11:40", "Plus de 300 emplois menacés chez le numéro un français de l'électronique grand public",
         "Fnac Darty veut réduire ses coûts après un troisième trimestre en recul ; les syndicats dénoncent un « plan social déguisé »."),
    ]),
    # ---------------------------------------------- Kindle Scribe Colorsoft comes to France
    ("kindle-scribe-colorsoft-france", "fresh90", [
        ("lesnumeriques.com", "10-20 14:00", "La Kindle Scribe Colorsoft arrive en France à 629 euros",
         "Amazon commercialise enfin en France sa liseuse à écran couleur sur laquelle on peut écrire au stylet, avec des expéditions prévues le 4 novembre."),
    ]),
    # ---------------------------------------------- Nothing launches the Phone (4) Lite
    ("nothing-phone-4-lite-launch", "fresh90", [
        ("frandroid.com", "10-21 13:00", "Nothing Phone (4) Lite : le smartphone transparent descend sous les 300 €",
         "La marque de Carl Pei lance un Phone (4) Lite à 299 euros avec Glyph Light, puce Dimensity 7400 et cinq ans de mises à jour de sécurité."),
        ("clubic.com", "10-21 14:15", "Nothing dévoile son Phone (4) Lite à 299 euros",
         "Le constructeur londonien décline son Phone (4) en version plus abordable, disponible le 28 octobre en noir et en blanc."),
        ("lesnumeriques.com", "10-21 15:45", "Phone (4) Lite : Nothing mise sur le design pour séduire à petit prix",
         "Dos transparent, écran Amoled 120 Hz et batterie de 5 000 mAh : le nouveau Nothing vise le milieu de gamme face aux Galaxy A et aux Redmi Note."),
    ]),
    # ---------------------------------------------- Google's Pixel 10a battery swelling programme
    ("pixel-10a-battery-swelling", "fresh90", [
        ("frandroid.com", "10-22 06:30", "Pixel 10a : Google reconnaît un problème de batterie qui gonfle",
         "Google lance un programme de remplacement gratuit pour les Pixel 10a dont la batterie se déforme, et va brider leur charge via une mise à jour obligatoire."),
        ("numerama.com", "10-22 09:00", "Batteries gonflées sur le Pixel 10a : Google va limiter la charge",
         "Une mise à jour publiée la semaine prochaine réduira la capacité de charge des Pixel 10a concernés ; leurs propriétaires pourront obtenir une batterie neuve."),
        ("01net.com", "10-22 12:20", "Votre Pixel 10a gonfle ? Google lance un programme de réparation",
         "Après des dizaines de signalements de batteries déformées, Google propose aux propriétaires de Pixel 10a un remplacement gratuit ou un bon d'achat de 90 euros."),
    ]),
    # ---------------------------------------------- Meta Ray-Ban Display glasses come to France
    ("meta-ray-ban-display-france", "fresh90", [
        ("lesnumeriques.com", "10-22 14:00", "Les lunettes Meta Ray-Ban Display arrivent en France à 849 euros",
         "Les lunettes connectées à écran de Meta, lancées aux États-Unis en 2025, seront vendues en France à partir du 5 novembre avec leur bracelet Neural Band."),
        ("frandroid.com", "10-22 15:10", "Meta Ray-Ban Display : date de sortie et prix français officialisés",
         "Meta commercialisera ses lunettes avec affichage intégré en France, en Allemagne et en Italie dès le 5 novembre, pour 849 €."),
    ]),
    # ---------------------------------------------- Google stops selling Fitbit trackers in France
    ("fitbit-france-exit", "fresh90", [
        ("frandroid.com", "10-23 08:00", "Google cesse de vendre les bracelets Fitbit en France",
         "Les Fitbit Charge 7 et Inspire 4 disparaissent du Google Store français ; Google mise désormais sur les Pixel Watch pour le suivi d'activité."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, week 43
    ("01net-weekly-w43", "fresh90", [
        ("01net.com", "10-24 06:00", "Les 5 infos tech à retenir de la semaine : Pixel 10a, Nothing Phone (4) Lite et panne du PSN",
         "Chaque samedi, notre récap : les batteries gonflées des Pixel 10a, le nouveau Nothing à 299 euros et la panne géante du PlayStation Network."),
    ]),
    # ---------------------------------------------- iOS 27.1 is released
    ("ios-27-1-release", "fresh90", [
        ("frandroid.com", "10-26 18:30", "iOS 27.1 est disponible : toutes les nouveautés de la mise à jour",
         "Apple déploie iOS 27.1 sur les iPhone compatibles, avec un réglage pour atténuer l'effet Liquid Glass, de nouveaux widgets Santé et l'enregistrement des appels FaceTime."),
        ("01net.com", "10-26 19:10", "Apple publie iOS 27.1, faut-il l'installer ?",
         "La première grosse mise à jour d'iOS 27 est disponible depuis ce lundi soir ; elle corrige aussi une vingtaine de failles de sécurité."),
        ("numerama.com", "10-26 20:00", "iOS 27.1 : 5 nouveautés à tester tout de suite sur votre iPhone",
         "Transparence réglable, widgets Santé, alarmes plus faciles à couper : notre sélection des nouveautés de la mise à jour publiée par Apple."),
    ]),
    # ---------------------------------------------- Apple launches the MacBook Pro M6
    ("apple-macbook-pro-m6", "fresh90", [
        ("01net.com", "10-27 13:05", "MacBook Pro M6 : Apple muscle son portable pro",
         "Deux semaines après l'iPad Pro, Apple passe ses MacBook Pro 14 et 16 pouces à la puce M6, avec jusqu'à 24 heures d'autonomie annoncées, dès 1 999 euros."),
        ("lesnumeriques.com", "10-27 14:00", "Apple renouvelle ses MacBook Pro avec les puces M6, M6 Pro et M6 Max",
         "Les nouveaux portables d'Apple gagnent un Wi-Fi 7 maison et une webcam 12 Mpx ; ils seront en magasin le 3 novembre."),
        ("clubic.com", "10-27 15:30", "Les MacBook Pro M6 sont officiels : prix et disponibilité en France",
         "Le MacBook Pro 14 pouces M6 démarre à 1 999 euros, la version 16 pouces M6 Pro à 2 999 euros ; les commandes sont ouvertes."),
    ]),
    # ---------------------------------------------- LDLC customer data leak
    ("ldlc-data-leak", "fresh90", [
        ("zdnet.fr", "10-27 09:30", "LDLC victime d'une fuite de données clients",
         "Le marchand en ligne lyonnais prévient ses clients qu'un accès non autorisé à un outil de service client a exposé noms, adresses et historiques de commandes."),
        ("numerama.com", "10-27 12:45", "Des données de clients LDLC en vente sur un forum de pirates",
         "Un fichier présenté comme issu de LDLC, avec plus de 400 000 lignes, circule sur BreachForums ; l'enseigne confirme un incident et a porté plainte."),
    ]),
    # ---------------------------------------------- Nintendo Direct Partner Showcase
    ("nintendo-partner-showcase", "fresh90", [
        ("clubic.com", "10-29 14:30", "Nintendo Direct Partner Showcase : les annonces des éditeurs tiers sur Switch 2",
         "Nintendo a diffusé ce jeudi une présentation consacrée aux jeux de ses partenaires, avec un nouveau Final Fantasy et l'arrivée d'Elden Ring Nightreign sur Switch 2."),
    ]),
    # ---------------------------------------------- iOS 27.1 drains iPhone batteries; Apple admits it
    ("ios-27-1-battery-drain", "fresh90", [
        ("frandroid.com", "10-29 06:15", "iOS 27.1 vide la batterie des iPhone : les plaintes se multiplient",
         "Depuis la mise à jour publiée lundi, de nombreux utilisateurs signalent une autonomie divisée par deux et des iPhone qui chauffent au repos."),
        ("01net.com", "10-29 08:40", "Autonomie en chute libre après la mise à jour : vous n'êtes pas seul",
         "Sur Reddit et sur les forums d'Apple, les témoignages s'accumulent : depuis iOS 27.1, la batterie des iPhone 16 et 17 fond à vue d'œil."),
        ("clubic.com", "10-29 11:00", "Pomme de discorde : la dernière mise à jour d'iOS plombe l'autonomie",
         "Un processus d'indexation de Photos tournerait en boucle depuis iOS 27.1, vidant la batterie de nombreux iPhone en quelques heures."),
        ("numerama.com", "10-30 07:20", "Batterie : Apple reconnaît un bug dans iOS 27.1 et promet un correctif",
         "Apple confirme qu'un défaut d'indexation de la photothèque provoque une surconsommation sur certains iPhone et annonce une mise à jour corrective « dans les prochains jours »."),
    ]),
    # ---------------------------------------------- Apple's fiscal Q4 results
    ("apple-q4-results", "fresh90", [
        ("lesechos.fr", "10-29 21:00", "Apple bat un record de chiffre d'affaires grâce à l'iPhone 17",
         "Le groupe a réalisé 108,2 milliards de dollars de revenus sur son quatrième trimestre fiscal, en hausse de 10 %, porté par les ventes d'iPhone 17."),
        ("latribune.fr", "10-30 06:30", "Apple : l'iPhone 17 porte les ventes trimestrielles à 108 milliards de dollars",
         "Les ventes d'iPhone ont bondi de 14 % entre juillet et septembre ; Tim Cook promet un trimestre de Noël « record »."),
        ("lefigaro.fr", "10-30 08:00", "Le géant de Cupertino signe un trimestre historique",
         "Apple publie un chiffre d'affaires de plus de 108 milliards de dollars et un bénéfice net de 29 milliards, au-dessus des attentes de Wall Street."),
    ]),
    # ---------------------------------------------- second PSN outage, twelve days after the first
    ("psn-outage-2", "fresh90", [
        ("frandroid.com", "10-30 20:10", "PSN : nouvelle panne ce vendredi soir",
         "Moins de deux semaines après la coupure géante du 18 octobre, le PlayStation Network est de nouveau inaccessible pour de nombreux joueurs européens."),
        ("01net.com", "10-30 21:00", "PlayStation Network : une nouvelle coupure frappe les joueurs",
         "Connexion impossible, boutique indisponible : Sony reconnaît un problème sur le PSN depuis 20 heures et dit travailler à un rétablissement rapide."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, week 44
    ("01net-weekly-w44", "fresh90", [
        ("01net.com", "10-31 07:00", "Les 5 infos tech à retenir de la semaine : iOS 27.1, MacBook Pro M6 et résultats d'Apple",
         "Chaque samedi, notre récap : le bug de batterie d'iOS 27.1, les nouveaux MacBook Pro M6 et le trimestre record d'Apple."),
    ]),
    # ---------------------------------------------- Android security bulletin, November
    ("android-bulletin-november", "fresh90", [
        ("zdnet.fr", "11-02 18:30", "Android : le bulletin de sécurité de novembre corrige 34 failles, dont deux zero-day",
         "Google a publié lundi son bulletin mensuel : 34 vulnérabilités corrigées, dont deux failles du composant System déjà exploitées de manière ciblée."),
        ("frandroid.com", "11-03 07:30", "Mise à jour de sécurité de novembre : Google comble deux failles activement exploitées",
         "Le correctif de sécurité Android de novembre arrive sur les Pixel et doit être intégré par Samsung, Xiaomi et les autres constructeurs dans les semaines à venir."),
    ]),
    # ---------------------------------------------- Rue du Commerce data leak
    ("rueducommerce-data-leak", "fresh90", [
        ("zdnet.fr", "11-03 09:00", "Rue du Commerce confirme une fuite de données",
         "Le site de commerce en ligne indique qu'un pirate a copié une base contenant les coordonnées de clients, une semaine après l'incident de LDLC."),
        ("01net.com", "11-03 13:00", "Fuite de données chez Rue du Commerce : 650 000 clients concernés",
         "Noms, e-mails, téléphones et adresses de 650 000 clients ont été dérobés ; Rue du Commerce assure qu'aucune donnée bancaire n'a été exposée."),
    ]),
    # ---------------------------------------------- Microsoft raises Xbox console prices
    ("xbox-price-rise", "fresh90", [
        ("frandroid.com", "11-03 15:00", "Xbox Series X et S : Microsoft augmente encore ses prix en France",
         "La Xbox Series X passe à 649,99 € et la Series S à 399,99 € à partir du 15 novembre, une deuxième hausse en un an."),
        ("bfmtv.com", "11-03 16:30", "Le géant de Redmond relève à son tour le prix de ses consoles",
         "Microsoft augmente de 50 euros le prix de ses Xbox Series en Europe, invoquant le coût des composants."),
        ("numerama.com", "11-03 17:45", "Après Sony et Nintendo, Microsoft augmente le prix des Xbox",
         "Les trois constructeurs de consoles ont désormais tous relevé leurs tarifs cet automne ; chez Microsoft, la hausse atteint 50 euros."),
    ]),
    # ---------------------------------------------- Nintendo first-half results
    ("nintendo-h1-results", "fresh90", [
        ("lesechos.fr", "11-04 07:00", "Nintendo relève ses prévisions grâce à la Switch 2",
         "Le groupe de Kyoto table désormais sur 23 millions de Switch 2 vendues sur l'exercice, malgré la hausse de prix prévue en Europe le 1er novembre."),
        ("latribune.fr", "11-04 08:30", "La Switch 2 dépasse les 20 millions d'unités vendues",
         "Nintendo annonce un bénéfice d'exploitation semestriel en hausse de 180 % et 21,4 millions de Switch 2 écoulées depuis son lancement."),
        ("clubic.com", "11-04 10:00", "Nintendo : 21,4 millions de Switch 2 écoulées, les prévisions revues à la hausse",
         "Les résultats semestriels de Nintendo confirment le succès de sa console, portée par Mario Kart World et Donkey Kong Bananza."),
    ]),
    # ---------------------------------------------- Samsung Galaxy XR headset arrives in France
    ("galaxy-xr-france", "fresh90", [
        ("lesnumeriques.com", "11-05 09:30", "Le casque Galaxy XR de Samsung débarque en France",
         "Le casque de réalité mixte sous Android XR, lancé aux États-Unis il y a un an, est commercialisé en France à 1 899 euros."),
    ]),
    # ---------------------------------------------- Xiaomi challenges its DGCCRF fine in court
    ("xiaomi-fine-appeal", "fresh90", [
        ("next.ink", "11-05 09:00", "Indice de durabilité : Xiaomi conteste son amende devant le tribunal administratif",
         "Le fabricant a déposé un recours contre la sanction de 2,1 millions d'euros prononcée début octobre par la DGCCRF, qu'il juge « disproportionnée »."),
        ("numerama.com", "11-05 13:00", "Xiaomi attaque en justice l'amende de la répression des fraudes",
         "Un mois après avoir été sanctionné pour défaut d'affichage de l'indice de durabilité, Xiaomi saisit le tribunal administratif de Paris."),
    ]),
    # ---------------------------------------------- Darty staff strike against the job-cut plan
    ("darty-strike", "fresh90", [
        ("bfmtv.com", "11-07 09:00", "Grève chez Darty : des magasins fermés ce samedi",
         "À l'appel de la CGT et de FO, des salariés de Darty débraient dans une soixantaine de magasins contre le plan de suppression de postes du groupe."),
        ("lefigaro.fr", "11-07 12:30", "Fnac Darty : les salariés mobilisés contre la réorganisation",
         "Plusieurs magasins Darty ont baissé le rideau samedi, les syndicats réclamant l'abandon du projet visant quelque 320 emplois dans les sièges."),
    ]),
    # ---------------------------------------------- Dell raises PC prices on memory costs
    ("dell-price-rise", "fresh90", [
        ("lemondeinformatique.fr", "11-09 08:00", "Dell augmente ses prix de 10 à 20 % face à la flambée de la mémoire",
         "Le constructeur texan relève les tarifs de ses PC portables et fixes à partir du 1er décembre, invoquant l'envolée du prix de la DRAM et des SSD."),
        ("01net.com", "11-09 11:00", "PC portables : Dell annonce des hausses de prix jusqu'à 20 %",
         "Les XPS, Inspiron et Alienware vont coûter plus cher en décembre : Dell répercute la pénurie de mémoire sur ses clients."),
    ]),
    # ---------------------------------------------- Fairphone 6 price cut
    ("fairphone-6-price-cut", "fresh90", [
        ("lesnumeriques.com", "11-10 10:00", "Le Fairphone 6 baisse de 100 euros",
         "Le smartphone réparable néerlandais passe à 499 euros en France, un an et demi après sa sortie."),
    ]),
    # ---------------------------------------------- Sony second-quarter results
    ("sony-q2-results", "fresh90", [
        ("lesechos.fr", "11-11 06:30", "Sony relève ses prévisions malgré un ralentissement de la PS5",
         "Le conglomérat japonais profite de ses capteurs d'image et de la musique, alors que les ventes de PS5 reculent après la hausse de prix d'octobre."),
        ("latribune.fr", "11-11 09:00", "Sony : les ventes de PS5 reculent de 12 % au trimestre",
         "Sony a écoulé 3,4 millions de PS5 entre juillet et septembre ; son bénéfice opérationnel progresse toutefois de 8 %."),
    ]),
    # ---------------------------------------------- Nintendo Direct of November
    ("nintendo-direct-november", "fresh90", [
        ("numerama.com", "11-11 14:50", "Nintendo Direct : toutes les annonces de la présentation de novembre",
         "Un nouveau Zelda en 2027, le retour de Metroid et une date pour Pokémon : Nintendo a dévoilé son programme sur Switch 2 pour les mois à venir."),
        ("clubic.com", "11-11 15:10", "Un nouveau Zelda sur Switch 2 : Nintendo frappe fort pendant son Direct",
         "La présentation de 40 minutes diffusée mercredi a mis en avant un Zelda inédit, prévu au printemps 2027."),
        ("lesnumeriques.com", "11-11 16:00", "Nintendo Direct de novembre : Zelda, Metroid et Pokémon au programme",
         "Le constructeur a annoncé une quinzaine de jeux pour sa console, dont plusieurs exclusivités attendues en 2027."),
    ]),
    # ---------------------------------------------- HP raises PC prices three days after Dell
    ("hp-price-rise", "fresh90", [
        ("lemondeinformatique.fr", "11-12 08:30", "HP relève à son tour ses tarifs PC",
         "Trois jours après Dell, HP annonce des hausses de 8 à 15 % sur ses ordinateurs portables à partir de janvier, faute de mémoire à bon prix."),
        ("lesechos.fr", "11-12 12:00", "HP prévient que ses ordinateurs vont coûter plus cher",
         "Le fabricant californien répercutera la hausse du prix des puces mémoire sur ses PC grand public et professionnels dès le début de 2027."),
    ]),
    # ---------------------------------------------- Pixel 11 overheating after an update; Google pauses it
    ("pixel-11-overheating-update", "fresh90", [
        ("frandroid.com", "11-13 07:00", "Ça chauffe pour les Pixel 11",
         "Depuis la mise à jour Android 17 QPR2 publiée cette semaine, des propriétaires de Pixel 11 Pro signalent des températures dépassant 48 °C en veille."),
        ("numerama.com", "11-13 10:00", "Pixel 11 : la dernière mise à jour fait surchauffer les smartphones de Google",
         "Des utilisateurs de Pixel 11 décrivent des téléphones brûlants et une autonomie en chute depuis la dernière mise à jour de Google."),
        ("01net.com", "11-14 08:00", "Surchauffe des Pixel 11 : Google suspend le déploiement de la mise à jour",
         "Google a interrompu la diffusion de la mise à jour mise en cause et promet un correctif pour les Pixel 11 qui chauffent anormalement."),
    ]),
    # ---------------------------------------------- OnePlus 16 launch in Europe
    ("oneplus-16-europe", "fresh90", [
        ("frandroid.com", "11-13 14:00", "Le OnePlus 16 arrive en Europe à 999 euros",
         "OnePlus lance en France son nouveau fleuron, équipé d'un Snapdragon 8 Elite Gen 6 et d'une batterie de 7 300 mAh, après son lancement en Chine."),
    ]),
    # ---------------------------------------------- Apple Watch hypertension alerts in France
    ("apple-watch-hypertension-france", "fresh90", [
        ("lesnumeriques.com", "11-16 09:00", "Les notifications d'hypertension de l'Apple Watch arrivent enfin en France",
         "Après leur validation par les autorités européennes, les alertes d'hypertension de l'Apple Watch sont activées en France avec watchOS 27.1.1."),
    ]),
    # ---------------------------------------------- Samsung starts rolling out One UI 9
    ("samsung-one-ui-9-rollout", "fresh90", [
        ("frandroid.com", "11-17 08:00", "One UI 9 stable : Samsung lance le déploiement sur les Galaxy S26",
         "La nouvelle surcouche de Samsung, basée sur Android 17, commence à arriver sur les Galaxy S26 en France avant les pliables et les Galaxy A."),
        ("lesnumeriques.com", "11-17 10:30", "One UI 9 arrive en France : quels Galaxy sont concernés ?",
         "Samsung publie le calendrier de sa mise à jour One UI 9 : les Galaxy S26 ouvrent le bal, les Galaxy S25 et Z Fold 7 suivront en décembre."),
        ("clubic.com", "11-17 13:00", "Android 17 : le constructeur coréen commence enfin le déploiement",
         "Avec plusieurs mois de retard sur Google, Samsung distribue One UI 9 et ses nouvelles fonctions Galaxy AI aux premiers Galaxy S26."),
    ]),
    # ---------------------------------------------- Back Market raises 150 million euros
    ("backmarket-funding", "fresh90", [
        ("lesechos.fr", "11-18 05:30", "Back Market lève 150 millions d'euros pour accélérer aux États-Unis",
         "La place de marché du reconditionné boucle un tour de table mené par General Atlantic, qui la valorise 5,1 milliards d'euros."),
        ("usine-digitale.fr", "11-18 08:00", "Reconditionné : Back Market boucle un tour de table de 150 millions d'euros",
         "La licorne française veut renforcer ses contrôles qualité et ouvrir de nouveaux marchés, notamment au Japon."),
        ("latribune.fr", "11-18 09:15", "La licorne française du reconditionné lève 150 M€",
         "Back Market annonce une nouvelle levée de fonds et revendique 20 millions de clients depuis sa création en 2014."),
    ]),
    # ---------------------------------------------- Murfy raises 25 million euros, the same morning
    ("murfy-funding", "fresh90", [
        ("lesechos.fr", "11-18 06:00", "Murfy, le réparateur d'électroménager, lève 25 millions d'euros",
         "La start-up française de la réparation à domicile lève 25 millions d'euros auprès de Bpifrance et du fonds Eurazeo."),
        ("usine-digitale.fr", "11-18 10:30", "Murfy lève 25 M€ et se lance dans la réparation de smartphones",
         "La jeune pousse, connue pour réparer lave-linge et réfrigérateurs, veut ouvrir des ateliers dédiés aux téléphones et aux consoles."),
    ]),
    # ---------------------------------------------- Xiaomi recalls a 20,000 mAh power bank
    ("xiaomi-powerbank-recall", "fresh90", [
        ("frandroid.com", "11-19 08:15", "Xiaomi rappelle une batterie externe en France",
         "Xiaomi demande aux acheteurs de sa batterie externe 20 000 mAh 33 W de ne plus l'utiliser, en raison d'un risque de surchauffe."),
        ("01net.com", "11-19 11:30", "Risque d'incendie : Xiaomi retire du marché sa power bank 20 000 mAh",
         "Un mois après Anker, Xiaomi lance à son tour un rappel : environ 85 000 batteries externes vendues en France sont concernées."),
    ]),
    # ---------------------------------------------- One UI 9 breaks the fingerprint reader
    ("one-ui-9-fingerprint-bug", "fresh90", [
        ("frandroid.com", "11-20 07:30", "One UI 9 : un bug bloque le lecteur d'empreintes des Galaxy S26",
         "Trois jours après le début du déploiement, des propriétaires de Galaxy S26 ne parviennent plus à déverrouiller leur smartphone avec leur empreinte."),
        ("numerama.com", "11-20 10:45", "Des Galaxy S26 ne reconnaissent plus les empreintes digitales après la mise à jour",
         "Samsung enquête sur un dysfonctionnement du capteur à ultrasons apparu avec One UI 9 et conseille de réenregistrer ses empreintes."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 47
    ("clubic-deals-w47", "fresh90", [
        ("clubic.com", "11-20 16:00", "Bons plans de la semaine : MacBook Air M5, Galaxy S26 Ultra et Switch 2",
         "Notre sélection hebdomadaire des meilleures promotions high-tech : portables, smartphones et consoles à prix réduit cette semaine."),
    ]),
    # ---------------------------------------------- Switch 2 system update breaks docks; Nintendo pulls it
    ("switch2-update-dock-bug", "fresh90", [
        ("frandroid.com", "11-24 07:30", "Switch 2 : la mise à jour 22.0.0 rend certains docks inutilisables",
         "Depuis l'installation du firmware 22.0.0, de nombreux joueurs ne parviennent plus à afficher leur Switch 2 sur le téléviseur via le dock officiel."),
        ("numerama.com", "11-24 10:15", "Écran noir sur la télé : la dernière mise à jour de la console de Nintendo fâche les joueurs",
         "Les plaintes affluent sur les réseaux sociaux après la mise à jour système de la Switch 2, qui empêche la sortie vidéo en mode TV."),
        ("clubic.com", "11-25 08:00", "Nintendo retire la mise à jour 22.0.0 de la Switch 2",
         "Nintendo reconnaît un problème de compatibilité avec certains docks et a suspendu la mise à jour, le temps de publier une version corrigée."),
    ]),
    # ---------------------------------------------- Huawei Mate 80 launch in China
    ("huawei-mate-80-launch", "fresh90", [
        ("frandroid.com", "11-25 12:00", "Huawei Mate 80 : le géant chinois lance son nouveau fleuron sous HarmonyOS 6",
         "Huawei a présenté à Shenzhen ses Mate 80 et Mate 80 Pro, équipés de la puce Kirin 9030, sans date de sortie en Europe."),
    ]),
    # ---------------------------------------------- Xiaomi HyperOS 4 rollout schedule
    ("xiaomi-hyperos-4", "fresh90", [
        ("lesnumeriques.com", "11-25 14:30", "HyperOS 4 : Xiaomi dévoile le calendrier de déploiement en France",
         "Les Xiaomi 17T et 15T recevront la nouvelle version de l'interface dès décembre, les Redmi Note au premier trimestre 2027."),
    ]),
    # ---------------------------------------------- UFC-Que Choisir on fake Black Friday discounts
    ("ufc-black-friday-fake-discounts", "fresh90", [
        ("lefigaro.fr", "11-26 06:00", "Black Friday : l'UFC-Que Choisir épingle de fausses promotions",
         "L'association de consommateurs a relevé des prix de référence gonflés sur 34 % des 2 000 produits high-tech qu'elle a suivis chez huit enseignes."),
        ("01net.com", "11-26 09:30", "Une promo sur trois serait trompeuse, selon l'UFC-Que Choisir",
         "À la veille du Black Friday, l'association dénonce des réductions artificielles sur les téléviseurs, les smartphones et les aspirateurs robots."),
    ]),
    # ---------------------------------------------- Black Friday day deals
    ("black-friday-deals", "fresh90", [
        ("frandroid.com", "11-27 05:00", "Black Friday 2026 : les meilleures offres tech en direct",
         "C'est le jour J : smartphones, TV, PC portables et consoles, nous suivons toute la journée les meilleures promotions du Black Friday."),
        ("clubic.com", "11-27 06:30", "Black Friday : notre sélection des meilleures promos smartphones, TV et PC",
         "iPhone 17, Galaxy S26, PS5 Pro et OLED LG : les offres du Black Friday qui valent vraiment le coup ce vendredi."),
        ("lesnumeriques.com", "11-27 07:45", "Black Friday 2026 : les vraies bonnes affaires high-tech du jour",
         "Nos testeurs ont trié les promotions de ce vendredi chez Amazon, Fnac, Darty et Boulanger pour ne garder que les produits bien notés."),
        ("01net.com", "11-27 09:00", "C'est le Black Friday : ce qu'il faut acheter (et éviter) aujourd'hui",
         "Prix réellement bas, fausses remises, produits à fuir : notre guide des offres de ce vendredi, avec les meilleurs prix constatés ce matin."),
    ]),
    # ---------------------------------------------- Cyber Monday deals
    ("cyber-monday-deals", "fresh90", [
        ("frandroid.com", "11-30 06:00", "Cyber Monday 2026 : les dernières offres tech à saisir",
         "Le Cyber Monday prolonge le Black Friday jusqu'à ce soir : voici les promotions encore actives sur les smartphones, écouteurs et PC."),
        ("clubic.com", "11-30 07:30", "Cyber Monday : les promos high-tech de la dernière chance",
         "Amazon, Cdiscount et Fnac relancent leurs offres ce lundi ; notre sélection des bonnes affaires à saisir avant minuit."),
    ]),
    # ---------------------------------------------- Sony stops selling Xperia phones in France
    ("sony-xperia-exit-france", "fresh90", [
        ("frandroid.com", "12-01 08:00", "Sony arrête de vendre ses smartphones Xperia en France",
         "Sony Mobile confirme la fin de la commercialisation des Xperia en France et dans plusieurs pays européens à partir de mars 2027, faute de volumes suffisants."),
        ("lesnumeriques.com", "12-01 09:30", "Fin de partie pour les Xperia en Europe",
         "Le Xperia 1 VIII sera le dernier smartphone de Sony vendu sur le Vieux Continent ; le suivi logiciel des modèles existants est maintenu."),
        ("01net.com", "12-01 12:00", "Le japonais jette l'éponge : plus de smartphones Sony en France dès 2027",
         "Avec moins de 1 % de parts de marché, Sony se retire du marché européen du smartphone pour se concentrer sur le Japon et l'Asie."),
    ]),
    # ---------------------------------------------- Fevad Black Friday figures
    ("fevad-black-friday-figures", "fresh90", [
        ("lesechos.fr", "12-02 06:00", "Black Friday : les ventes en ligne progressent de 6 %, selon la Fevad",
         "Les sites marchands ont enregistré une hausse de 6 % de leur chiffre d'affaires pendant la semaine du Black Friday, mais le high-tech recule de 3 %."),
        ("journaldunet.com", "12-02 09:00", "Black Friday 2026 : l'e-commerce progresse, l'électronique décroche",
         "D'après la Fevad, le panier moyen a atteint 87 euros ; les ventes de smartphones et de téléviseurs ont baissé malgré les promotions."),
    ]),
    # ---------------------------------------------- Sony headphones firmware bug
    ("sony-wh1000xm6-firmware", "fresh90", [
        ("lesnumeriques.com", "12-02 14:00", "Le casque Sony WH-1000XM6 perd sa réduction de bruit après une mise à jour",
         "Des utilisateurs constatent une réduction de bruit affaiblie depuis le firmware 2.1 ; Sony conseille de ne pas l'installer en attendant un correctif."),
    ]),
    # ---------------------------------------------- Pixel Drop of December
    ("pixel-drop-december", "fresh90", [
        ("frandroid.com", "12-03 17:00", "Pixel Drop de décembre : toutes les nouveautés pour vos Pixel",
         "Google déploie son Pixel Drop trimestriel avec de nouvelles fonctions Gemini, un mode batterie adaptative et la détection d'arnaques en français."),
        ("numerama.com", "12-03 18:30", "Google offre un cadeau de Noël aux possesseurs de Pixel",
         "Le Pixel Drop de décembre apporte la détection d'arnaques téléphoniques en France et de nouveaux outils photo aux Pixel 8 et suivants."),
    ]),
    # ---------------------------------------------- Sony raises PlayStation Plus prices
    ("ps-plus-price-rise", "fresh90", [
        ("clubic.com", "12-03 15:00", "PlayStation Plus : Sony augmente le prix des abonnements Extra et Premium",
         "À partir du 1er janvier, l'abonnement annuel PS Plus Premium passera à 169,99 euros, et l'Extra à 139,99 euros, en Europe."),
    ]),
    # ---------------------------------------------- Nothing opens its first French store in Paris
    ("nothing-paris-store", "fresh90", [
        ("frandroid.com", "12-04 10:00", "Nothing ouvre sa première boutique en France, à Paris",
         "La marque londonienne inaugure samedi un magasin de 300 m² dans le Marais, après Londres et Bangalore."),
        ("lesnumeriques.com", "12-05 09:00", "On a visité le Nothing Store du Marais",
         "Smartphones transparents, écouteurs et objets en édition limitée : la marque de Carl Pei ouvre ce samedi sa boutique parisienne, rue des Francs-Bourgeois."),
    ]),
    # ---------------------------------------------- Xbox Cloud Gaming outage
    ("xbox-cloud-outage", "fresh90", [
        ("frandroid.com", "12-06 19:30", "Xbox Cloud Gaming en panne : les joueurs privés de streaming",
         "Le service de jeu en streaming de Microsoft est inaccessible depuis le milieu d'après-midi en Europe, sur console, PC et téléviseurs."),
    ]),
    # ---------------------------------------------- Android security bulletin, December
    ("android-bulletin-december", "fresh90", [
        ("zdnet.fr", "12-07 18:30", "Bulletin de sécurité Android de décembre : 107 vulnérabilités corrigées",
         "Google corrige 107 failles ce mois-ci, dont une vulnérabilité critique du framework permettant une élévation de privilèges à distance."),
        ("frandroid.com", "12-08 07:00", "Android : le patch de sécurité de décembre est là, avec une faille critique corrigée",
         "Le correctif de décembre arrive sur les Pixel avec le Pixel Drop et comble plus d'une centaine de failles, dont une critique."),
    ]),
    # ---------------------------------------------- Garmin Connect global outage
    ("garmin-connect-outage", "fresh90", [
        ("01net.com", "12-08 08:00", "Panne Garmin Connect : les montres n'arrivent plus à synchroniser",
         "Depuis la nuit dernière, l'application Garmin Connect est inaccessible et les montres ne transfèrent plus les activités des utilisateurs."),
        ("frandroid.com", "12-08 09:20", "Garmin Connect en panne : le service est inaccessible depuis ce matin",
         "Garmin confirme une interruption de ses services en ligne qui touche Connect, Garmin Pay et la synchronisation des montres dans le monde entier."),
        ("numerama.com", "12-08 13:00", "Les sportifs privés de leurs données : Garmin victime d'une panne mondiale",
         "Coureurs et cyclistes ne peuvent plus consulter leurs séances ; Garmin évoque un incident technique et écarte pour l'heure une cyberattaque."),
    ]),
    # ---------------------------------------------- Apple Vision Pro price cut in France
    ("vision-pro-price-cut", "fresh90", [
        ("01net.com", "12-09 10:00", "Apple baisse le prix du Vision Pro en France",
         "Le casque de réalité mixte d'Apple passe de 3 999 à 3 299 euros, une baisse inédite pour un produit de la marque à la pomme."),
    ]),
    # ---------------------------------------------- iOS 27.2 is released
    ("ios-27-2-release", "fresh90", [
        ("frandroid.com", "12-10 18:20", "iOS 27.2 est disponible : voici les nouveautés",
         "Apple publie iOS 27.2 avec la traduction en direct dans FaceTime en français, un nouveau mode Apple Music hors ligne et des améliorations de Siri."),
        ("01net.com", "12-10 19:00", "iOS 27.2 débarque : Apple active la traduction en direct dans FaceTime",
         "La dernière grosse mise à jour de l'année pour l'iPhone apporte la traduction simultanée des appels vidéo et corrige plus de trente failles."),
        ("clubic.com", "12-11 07:00", "Faut-il installer iOS 27.2 ? Nos premières impressions",
         "Nous avons installé la nouvelle version d'iOS, publiée jeudi soir : traduction dans FaceTime, Siri plus réactif et autonomie stable."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 50
    ("clubic-deals-w50", "fresh90", [
        ("clubic.com", "12-11 16:00", "Bons plans de la semaine : idées cadeaux high-tech à prix réduit",
         "Notre sélection hebdomadaire de promotions avant Noël : montres connectées, liseuses et écouteurs à offrir sans se ruiner."),
    ]),
    # ---------------------------------------------- 01net weekly roundup, week 50
    ("01net-weekly-w50", "fresh90", [
        ("01net.com", "12-12 07:00", "Les 5 infos tech à retenir de la semaine : iOS 27.2, panne Garmin et Vision Pro moins cher",
         "Chaque samedi, notre récap : les nouveautés d'iOS 27.2, la panne mondiale de Garmin Connect et la baisse de prix du casque d'Apple."),
    ]),
    # ---------------------------------------------- AirPods Pro 3 crackling replacement programme
    ("airpods-pro-3-replacement", "fresh90", [
        ("numerama.com", "12-14 09:30", "AirPods Pro 3 qui grésillent : Apple lance un programme de remplacement",
         "Apple remplacera gratuitement les AirPods Pro 3 fabriqués avant août 2026 qui émettent des craquements lorsque la réduction de bruit est activée."),
    ]),
    # ---------------------------------------------- Samsung sets the date of its Galaxy S27 Unpacked
    ("samsung-unpacked-s27-date", "fresh90", [
        ("frandroid.com", "12-15 08:00", "Galaxy S27 : Samsung fixe son Unpacked au 3 février",
         "Samsung a envoyé ses invitations : les Galaxy S27, S27+ et S27 Ultra seront présentés le 3 février 2027 à San Francisco."),
        ("lesnumeriques.com", "12-15 10:00", "Samsung confirme la date de présentation de ses Galaxy S27",
         "Le constructeur coréen tiendra son premier Galaxy Unpacked de 2027 le 3 février, un peu plus tard que d'habitude."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
